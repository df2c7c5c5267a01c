"""A hedge elsewhere in an article does not excuse a clash between two linked sentences (review-s23 F1): "at least
17" or "no more than 50 people" covers a whole range of values, and any figure of the other outlet in it was taken
for "stated there too", so a toll update read as no discrepancy."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m

TOLL = (
    "Ferry capsizes on Lake Tamsin, killing 17\n\nA passenger ferry capsized on Lake Tamsin early on Tuesday, killing "
    "at least 17 people, the regional coastguard said.\n\nRescuers pulled 42 people from the water alive.\n",
    "Ferry capsizes on Lake Tamsin, killing 19\n\nA passenger ferry capsized on Lake Tamsin early on Tuesday, killing "
    "at least 19 people, the regional coastguard said.\n\nRescuers pulled 42 people from the water alive.\n",
)
RESCUE = (
    "Ferry capsizes on Lake Tamsin.\n\nRescuers pulled 42 people from the water alive, and 9 remained missing by "
    "nightfall, the coastguard said. The ferry was licensed to carry no more than 50 people.\n",
    "Ferry capsizes on Lake Tamsin.\n\nThe coastguard said 40 people had been rescued from the water alive and 9 "
    "were still missing by nightfall. It was licensed for 50 people.\n",
)
def _report(tmp_path: Path, texts: tuple[str, str]) -> m.Report:
    return compare_texts(tmp_path, {f"{k}.txt": text for k, text in enumerate(texts)})


def _flagged(report: m.Report) -> list[tuple[str, str]]:
    pairs = []
    for link in report.links:
        if m.FIGURE_CONFLICT in link.flags:
            a, b = report.sentence(link.source).text, report.sentence(link.target).text
            pairs.append((a[:40], b[:40]))
    return sorted(pairs)


def test_a_toll_update_under_hedged_leads_is_a_discrepancy(tmp_path: Path) -> None:
    report = _report(tmp_path, TOLL)
    flagged = _flagged(report)
    assert ("Ferry capsizes on Lake Tamsin, killing 1", "Ferry capsizes on Lake Tamsin, killing 1") in flagged
    assert sum(1 for link in report.links if link.kind == m.DISCREPANCY) >= 1


def test_a_capacity_hedge_does_not_silence_a_rescue_count(tmp_path: Path) -> None:
    report = _report(tmp_path, RESCUE)
    flagged = [("Rescuers pulled 42 people from the water", "The coastguard said 40 people had been r")]
    assert _flagged(report) == flagged
    conflicts = [f for f in report.facts if f.status == m.CONFLICT]
    assert [sorted(report.figures[i].text for i in f.figures) for f in conflicts] == [["40", "42"]]
