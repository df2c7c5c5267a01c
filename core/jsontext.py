"""A report as JSON text, the one way every surface writes it (``compare --json``, File > Export JSON, ``batch``).

orjson (compiled) encodes the JSON data of a report of 20 articles x 5,000 words (40 MB) in 0.13 s of CPU where
the standard library's C encoder took 1.0-1.7 s (bench/scale.py case 20x5k, one process, three runs each). The
text is compact (no spaces after separators: 40.7 MB instead of 44.2 MB for that report), non-ASCII characters
are written as they are, and it parses to the same data as before. Should orjson refuse a value (an integer wider
than 64 bits), the standard encoder writes the same compact text instead. A report is handed to orjson with its
frozen sentences, link ends and tuples as they are (orjson writes a dataclass as an object of its fields, a tuple
as an array): on that report 0.7 s less than building the plain data first, and the same text. A file or a pipe
takes the report as UTF-8 bytes (``report_json_bytes``): orjson's own output, never decoded to a string and encoded
again (on that report two 37 MB copies, ~0.3 s of CPU in a fresh process). Pure Python, no Qt.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from . import model as m
from .atomic import utf8


def json_text(data: Any) -> str:
    """``data`` (plain JSON data) as compact JSON text."""
    try:
        return orjson.dumps(data).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def report_json_bytes(report: m.Report) -> bytes:
    """The report as ``reportdiff.report/1`` JSON (``Report.to_json``), one line, UTF-8: ``utf8`` of
    ``report_json_text``, without the text in between where orjson writes it."""
    try:
        return orjson.dumps(report.to_json(native=True))
    except (orjson.JSONEncodeError, TypeError):
        return utf8(json_text(report.to_json()))


def report_json_text(report: m.Report) -> str:
    """The report as ``reportdiff.report/1`` JSON text (``Report.to_json``), one line. orjson is handed the
    report's own sentences, link ends and tuples (``to_json(native=True)``): the same text, built faster."""
    try:
        return orjson.dumps(report.to_json(native=True)).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json_text(report.to_json())
