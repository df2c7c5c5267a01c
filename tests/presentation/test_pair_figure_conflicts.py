"""Each pair of articles states its figure conflicts beside its discrepancies (review-s27 finding 9): a pair with no
discrepancy link whose figures the table shows in conflict must not read as agreeing, on the terminal, in the JSON
round trip and in the export document; two articles stating the same value in a conflict row do not clash."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.presentation.docmodel import build_document
from reportdiff.presentation.summary import summary_text

ECB = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "ecbplus" / "docs"
QUAKE = [ECB / f"20_{k}ecb.txt" for k in (1, 2, 3)]  # five injured, five injured, two injured (ECB+ tuning topic 20)


@pytest.fixture(scope="module")
def quake() -> m.Report:
    if not all(p.is_file() for p in QUAKE):
        pytest.skip("evaluation data (../shared/eval) absent")
    return compare_files(QUAKE)


def test_pairs_count_the_conflicts_of_their_own_figures(quake: m.Report) -> None:
    """[A] and [B] both say five injured, [C] two: [A]-[C] and [B]-[C] clash, [A]-[B] does not."""
    conflict = next(f for f in quake.facts if f.status == m.CONFLICT and "injured" in f.label)
    assert conflict.clashing == ((0, 2), (1, 2))
    assert quake.pair_summary(0, 1)["figure_conflicts"] == 0
    assert quake.pair_summary(0, 2)["figure_conflicts"] == 1
    assert quake.pair_summary(2, 1)["figure_conflicts"] == 1


def test_terminal_and_export_state_the_pairs_conflicts(quake: m.Report) -> None:
    """The terminal's per-pair line and the export document's pair row say "0 discrepancies · 1 figure conflict"
    for [A] vs [C], which no discrepancy link joins, and the JSON round trip keeps it."""
    lines = {line.split(":")[0]: line for line in summary_text(quake).splitlines() if " vs [" in line}
    assert lines["[A] 20_1ecb vs [C] 20_3ecb"].endswith("shared, 0 discrepancies · 1 figure conflict")
    assert lines["[A] 20_1ecb vs [B] 20_2ecb"].endswith("shared, 0 discrepancies")
    row = build_document(quake).pair(0, 2)
    assert row is not None and row.figure_conflicts == 1 and row.differences == "0 discrepancies · 1 figure conflict"
    again = m.Report.from_json(quake.to_json())
    assert again.pair_summary(0, 2) == quake.pair_summary(0, 2)
