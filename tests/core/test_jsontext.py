"""core/jsontext.py: the report's JSON text parses back to ``Report.to_json()`` exactly, compact and UTF-8."""

from __future__ import annotations

import json
from pathlib import Path

from reportdiff.core.compare import compare_files
from reportdiff.core.jsontext import json_text, report_json_text

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_the_seeds_report_text_parses_back_to_its_data() -> None:
    """The seeds' report: the text is one line and reads back as exactly the report's JSON data."""
    report = compare_files(SEEDS)
    text = report_json_text(report)
    assert "\n" not in text
    assert json.loads(text) == report.to_json()


def test_non_ascii_is_written_as_is_and_floats_round_trip() -> None:
    """Quotation marks, accents and floats survive as they are (no \\u escapes, no rounding)."""
    data = {"text": "“Élan” — 25 killed", "similarity": 0.1 + 0.2, "values": [1e-7, 12345678.9, None, True]}
    text = json_text(data)
    assert "“Élan” — 25 killed" in text
    assert json.loads(text) == data


def test_a_value_orjson_refuses_is_written_by_the_standard_encoder() -> None:
    """An integer wider than 64 bits (orjson refuses it) is still written, in the same compact form."""
    data = {"big": 2**70, "list": [1, 2]}
    assert json_text(data) == '{"big":1180591620717411303424,"list":[1,2]}'
