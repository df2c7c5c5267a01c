"""core/jsontext.py: the report's JSON text parses back to ``Report.to_json()`` exactly, compact and UTF-8."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from reportdiff.core import jsontext
from reportdiff.core import model as m
from reportdiff.core.atomic import WriteError, utf8
from reportdiff.core.compare import compare_files
from reportdiff.core.jsontext import (
    json_text,
    report_json_bytes,
    report_json_pieces,
    report_json_text,
    write_report_json,
)

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"


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


def _plain_text(report: m.Report) -> str:
    """The report's text as built before issue 12's native path: plain data, then orjson."""
    return json_text(report.to_json())


def _odd_report() -> m.Report:
    """A hand-made report with what the native path hands orjson as it is: empty and non-ASCII diffs, flags,
    notes, refs of several articles, a sentence with every field set."""
    text = "“Élan” — 25 killed.\tTabs and\u00a0spaces. 🙂 emoji"
    sentences = (
        m.Sentence(0, "“Élan” — 25 killed.", 0, 19, m.DISCREPANCY, 0),
        m.Sentence(1, "Tabs and\u00a0spaces.", 20, 36, m.UNIQUE, 3),
        m.Sentence(2, "🙂 emoji", 37, 44, m.BOILERPLATE),
    )
    articles = tuple(m.Article(i, f"/tmp/{i}.txt", "T", text, f"S{i}", sentences) for i in range(3))
    links = (
        m.Link(m.SentenceRef(0, 0), m.SentenceRef(1, 0), 0.1 + 0.2, m.DISCREPANCY, (m.FIGURE_CONFLICT,),
               ((0, "“Élan” — "), (-1, "25 "), (1, "31 "), (0, "killed.")), ("figure conflicts: 25 vs 31 (killed)",)),
        m.Link(m.SentenceRef(0, 1), m.SentenceRef(2, 1), 1.0, m.AGREEMENT),
        m.Link(m.SentenceRef(1, 2), m.SentenceRef(2, 0), 0.5, m.PARAPHRASE, (), ((1, "🙂 "),), ()),
    )  # fmt: skip
    return m.Report(articles, links, warnings=("a warning",))


def test_the_native_path_writes_the_plain_datas_text_byte_for_byte() -> None:
    """Seeds, a tuning cluster and a hand-made report: the text from the report's own objects is the plain data's."""
    reports = [compare_files(SEEDS), _odd_report(), m.Report(())]
    cluster = sorted(CLUSTERS.glob("*/article_*.txt"))[:3] if CLUSTERS.is_dir() else []
    if cluster:
        reports.append(compare_files(cluster))
    for report in reports:
        assert report_json_text(report) == _plain_text(report)
    assert reports[0].links and reports[0].articles[0].sentences  # the seeds have both to write


def test_sentence_fields_are_its_json_keys_in_order() -> None:
    """The native path writes a Sentence as its dataclass fields: they must be the JSON keys, in order."""
    keys = list(_odd_report().to_json()["articles"][0]["sentences"][0])
    assert [f.name for f in dataclasses.fields(m.Sentence)] == keys


def test_a_report_orjson_refuses_falls_back_to_the_plain_data() -> None:
    """A figure value wider than 64 bits (orjson refuses it): the standard encoder writes the plain data."""
    figure = m.Figure(0, 0, 0, "a lot", 2**70, 0, 5)  # type: ignore[arg-type]  # an int, as a reader might give
    report = dataclasses.replace(_odd_report(), figures=(figure,))
    text = report_json_text(report)
    assert '"value":1180591620717411303424' in text
    assert json.loads(text) == report.to_json()


def test_the_bytes_are_the_texts_utf8() -> None:
    """report_json_bytes is report_json_text encoded as UTF-8, on every report above and on the fallback path."""
    figure = m.Figure(0, 0, 0, "a lot", 2**70, 0, 5)  # type: ignore[arg-type]  # orjson refuses it: fallback
    reports = [compare_files(SEEDS), _odd_report(), m.Report(()), dataclasses.replace(_odd_report(), figures=(figure,))]
    for report in reports:
        data = report_json_bytes(report)
        assert isinstance(data, bytes)
        assert data == report_json_text(report).encode("utf-8")


def test_a_lone_surrogate_becomes_a_question_mark_not_a_crash() -> None:
    """An undecodable byte (a lone surrogate) in a report's text: orjson refuses it, the standard encoder writes
    it, and the bytes carry "?" in its place, as write_text_atomic always wrote such text."""
    report = _odd_report()
    odd = dataclasses.replace(report.articles[0], title="caf\udce9")
    report = dataclasses.replace(report, articles=(odd, *report.articles[1:]))
    data = report_json_bytes(report)
    assert json.loads(data)["articles"][0]["title"] == "caf?"
    assert utf8("caf\udce9") == b"caf?"


def _refused_in_a_link() -> m.Report:
    """The hand-made report with a lone surrogate in its last link's diff: orjson refuses it only once the pieces
    before it were given."""
    report = _odd_report()
    last = report.links[-1]._replace(diff=((1, "caf\udce9"),))
    return dataclasses.replace(report, links=(*report.links[:-1], last))


def test_the_pieces_join_into_the_one_piece_bytes() -> None:
    """report_json_pieces, in blocks of 1, 2, 3 and 4,096 links, joins into exactly report_json_bytes: seeds, a
    tuning cluster, the hand-made report, a report with no link, one with nothing at all."""
    reports = [compare_files(SEEDS), _odd_report(), dataclasses.replace(_odd_report(), links=()), m.Report(())]
    cluster = sorted(CLUSTERS.glob("*/article_*.txt"))[:3] if CLUSTERS.is_dir() else []
    if cluster:
        reports.append(compare_files(cluster))
    for report in reports:
        whole = report_json_bytes(report)
        for block in (1, 2, 3, 4096):
            pieces = list(report_json_pieces(report, block))
            assert b"".join(pieces) == whole
            assert len(pieces) == 2 + -(-len(report.links) // block)  # head, one per block, tail
    assert len(reports[0].links) > 3  # the seeds span several blocks of 1, 2 and 3


def test_write_report_json_writes_the_one_piece_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file write_report_json leaves holds report_json_bytes exactly, in blocks of 2 links and of the default,
    replacing an older file whole; no temporary file is left beside it."""
    report = compare_files(SEEDS)
    target = tmp_path / "report.json"
    target.write_bytes(b"old")
    write_report_json(target, report)
    assert target.read_bytes() == report_json_bytes(report)
    monkeypatch.setattr(jsontext, "JSON_LINK_BLOCK", 2)
    target.write_bytes(b"old")
    write_report_json(target, report)
    assert target.read_bytes() == report_json_bytes(report)
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@pytest.mark.parametrize("where", ["figure", "link"])
def test_a_refusal_falls_back_to_the_whole_text_and_leaves_no_part_file(tmp_path: Path, where: str) -> None:
    """orjson refusing a figure (when the pieces are asked for, before a file is opened) or a link's diff (after
    the first pieces went to the temporary file): the file is the standard encoder's text, the bytes
    report_json_bytes gives; nothing else is left in the folder."""
    if where == "figure":
        figure = m.Figure(0, 0, 0, "a lot", 2**70, 0, 5)  # type: ignore[arg-type]  # orjson refuses it
        report = dataclasses.replace(_odd_report(), figures=(figure,))
    else:
        report = _refused_in_a_link()
    if where == "figure":
        with pytest.raises(jsontext._Refused):  # refused when called, before a writer could open a file
            report_json_pieces(report, 1)
    else:
        pieces = report_json_pieces(report, 1)
        assert next(pieces).startswith(b'{"format":')  # the head is given before the refusal
        with pytest.raises(jsontext._Refused):
            list(pieces)
    target = tmp_path / "report.json"
    target.write_bytes(b"old")
    write_report_json(target, report)
    data = target.read_bytes()
    assert data == report_json_bytes(report) == utf8(json_text(report.to_json()))
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_failed_fallback_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the standard encoder fails too (here made to), the error goes up, the older file is left as it was and
    no temporary file remains."""

    def broken(data: object) -> str:
        raise ValueError("cannot encode")

    monkeypatch.setattr(jsontext, "json_text", broken)
    target = tmp_path / "report.json"
    target.write_bytes(b"old")
    with pytest.raises(ValueError, match="cannot encode"):
        write_report_json(target, _refused_in_a_link())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_write_error_names_the_target(tmp_path: Path) -> None:
    """A target in a missing folder: WriteError naming it, from the piecewise writer as from the one-piece one."""
    with pytest.raises(WriteError, match="does not exist"):
        write_report_json(tmp_path / "missing" / "report.json", _odd_report())
