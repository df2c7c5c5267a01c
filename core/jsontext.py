"""A report as JSON text, the one way every surface writes it (``compare --json``, File > Export JSON, ``batch``).

orjson (compiled) encodes the JSON data of a report of 20 articles x 5,000 words (40 MB) in 0.13 s of CPU where
the standard library's C encoder took 1.0-1.7 s (bench/scale.py case 20x5k, one process, three runs each). The
text is compact (no spaces after separators: 40.7 MB instead of 44.2 MB for that report), non-ASCII characters
are written as they are, and it parses to the same data as before. Should orjson refuse a value (an integer wider
than 64 bits), the standard encoder writes the same compact text instead. A report is handed to orjson with its
frozen sentences, link ends and tuples as they are (orjson writes a dataclass as an object of its fields, a tuple
as an array): on that report 0.7 s less than building the plain data first, and the same text. A file or a pipe
takes the report as UTF-8 bytes (``report_json_bytes``): orjson's own output, never decoded to a string and encoded
again (on that report two 37 MB copies, ~0.3 s of CPU in a fresh process). A file takes it in pieces
(``write_report_json``): the links in blocks of JSON_LINK_BLOCK, the same bytes, without the whole document in
memory at once. Pure Python, no Qt.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import orjson

from . import model as m
from .atomic import utf8, write_bytes_atomic, write_pieces_atomic

# Links encoded per orjson call when a report is written to a file in pieces (``write_report_json``). The whole
# document of 20 articles x 5,000 words is one 37 MB bytes object, which a fresh process must page in (~9,300 page
# faults here) and orjson grows by copying; in blocks of 4,096 links (~1.8 MB each) the same bytes are written with
# ~150 page faults, peak memory ~16 MB lower and ~0.04 s less CPU (one process each, five runs alternating: medians
# 0.256 vs 0.293 s). 1,024 measured no better.
JSON_LINK_BLOCK = 4096


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
        return _standard_bytes(report)


def _standard_bytes(report: m.Report) -> bytes:
    """The report as the standard encoder writes it (``json_text``), UTF-8: what is written when orjson refuses."""
    return utf8(json_text(report.to_json()))


def report_json_text(report: m.Report) -> str:
    """The report as ``reportdiff.report/1`` JSON text (``Report.to_json``), one line. orjson is handed the
    report's own sentences, link ends and tuples (``to_json(native=True)``): the same text, built faster."""
    try:
        return orjson.dumps(report.to_json(native=True)).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json_text(report.to_json())


class _Refused(Exception):
    """orjson refused a value (an integer wider than 64 bits): the standard encoder writes the report instead."""


def _dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except (orjson.JSONEncodeError, TypeError) as exc:
        raise _Refused from exc


def report_json_pieces(report: m.Report, block: int = JSON_LINK_BLOCK) -> Iterator[bytes]:
    """``report_json_bytes(report)`` in pieces: what precedes the links, the links ``block`` at a time, what follows
    them (orjson writes an object as ``{"key":value,...}`` and an array as ``[item,...]``, so the pieces join into
    the same bytes). Everything but the links is encoded here, when called, before any piece is asked for: a value
    orjson refuses there (a figure's value) raises ``_Refused`` before the writer opened a file, and the temporary
    file lives only while the links are encoded and written. Raises ``_Refused``."""
    data = report.to_json(native=True)
    keys = list(data)
    at = keys.index("links")
    head = _dumps({key: data[key] for key in keys[:at]})
    tail = _dumps({key: data[key] for key in keys[at + 1 :]})
    opening = head[:-1] + (b"," if at else b"") + b'"links":['
    closing = b"]" + (b"," + tail[1:] if at + 1 < len(keys) else b"}")
    return _pieces(opening, data["links"], block, closing)


def _pieces(opening: bytes, links: list[Any], block: int, closing: bytes) -> Iterator[bytes]:
    """``opening``, the links ``block`` at a time (the array's items, comma-separated), ``closing``."""
    yield opening
    for start in range(0, len(links), block):
        part = _dumps(links[start : start + block])
        yield (b"," if start else b"") + part[1:-1]
    yield closing


def write_report_json(target: str | os.PathLike[str], report: m.Report) -> None:
    """Write ``report_json_bytes(report)`` to the file ``target`` atomically, in pieces (``report_json_pieces``).
    When orjson refuses a value, the standard encoder's text is written instead, as ``report_json_bytes`` gives
    it; the target is replaced only by a whole document. ``WriteError`` when the file cannot be written."""
    try:
        pieces = report_json_pieces(report, JSON_LINK_BLOCK)  # all but the links encoded before the file is opened
        write_pieces_atomic(target, pieces)
    except _Refused:  # the temporary file is gone, the target untouched: write the other encoder's text whole
        write_bytes_atomic(target, _standard_bytes(report))
