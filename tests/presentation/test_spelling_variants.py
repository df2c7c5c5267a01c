"""A word changed only in typography or accents is not a changed word: "Łukasz Wiśniewski" / "Lukasz Wisniewski",
"it's" / "it’s", "—" / "-" (review-s23 minor item; the gui review of session 24)."""

from __future__ import annotations

from pathlib import Path

from reportdiff.core.compare import compare_files
from reportdiff.presentation.emphasis import all_spans, informative_spans

LEAD = "A ferry capsized on Lake Tamsin on Tuesday, killing 17 people, the coastguard said."


def _changed(tmp_path: Path, quote_a: str, quote_b: str) -> tuple[list[str], list[str]]:
    texts = {
        "a.txt": f"Ferry capsizes on Lake Tamsin\n\n{LEAD}\n\n{quote_a}\n",
        "b.txt": f"Ferry capsizes on Lake Tamsin\n\n{LEAD}\n\n{quote_b}\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = compare_files([tmp_path / "a.txt", tmp_path / "b.txt"])
    link = next(link for link in report.links if "harbour" in report.sentence(link.source).text)
    out = []
    for ref in (link.source, link.target):
        text = report.sentence(ref).text
        shown = [text[a:b] for a, b in all_spans(report, ref, link)]
        assert [text[a:b] for a, b in informative_spans(report, ref)] == shown  # near-identical: all are shown
        out.append(shown)
    return out[0], out[1]


def test_a_transliterated_name_and_typeset_marks_are_no_change(tmp_path: Path) -> None:
    ours, theirs = _changed(
        tmp_path,
        "“We are doing everything we can,” said Łukasz Wiśniewski, the harbour master — it's grim.",
        '"We are doing everything we can," said Lukasz Wisniewski, the harbour master - it’s grim.',
    )
    assert ours == [] and theirs == []


def test_a_real_change_beside_them_is_still_marked(tmp_path: Path) -> None:
    ours, theirs = _changed(
        tmp_path,
        "“We are doing everything we can,” said Łukasz Wiśniewski, the harbour master.",
        '"We are doing everything we can," said Lukasz Wisniewski, the harbour chief.',
    )
    assert ours == ["master"] and theirs == ["chief"]
