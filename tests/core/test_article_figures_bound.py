"""An article's figures are read up to a bound (FigureSettings.article_figures), and the report says when it cut
them (issue #12): two 2 MB files of short lines of percentages made 610,000 figures, 15 s and 1.4 GB."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reportdiff.core.compare import compare_files
from reportdiff.core.figures.knobs import FigureSettings
from reportdiff.core.settings import Settings

LINES = [f"Prices rose {k}% in district {k + 40}." for k in range(1, 9)]  # a figure a sentence (a district's
# number is a name)


def _compare(tmp_path: Path, bound: int) -> object:
    one, two = tmp_path / "ledger.txt", tmp_path / "star.txt"
    one.write_text("Prices rise\n\n" + "\n\n".join(LINES) + "\n", encoding="utf-8")
    two.write_text("Prices rise again\n\n" + "\n\n".join(LINES[:3]) + "\n", encoding="utf-8")
    settings = Settings(figures=dataclasses.replace(FigureSettings(), article_figures=bound))
    return compare_files([one, two], settings=settings)


def test_figures_past_the_bound_are_left_out_with_a_warning(tmp_path: Path) -> None:
    report = _compare(tmp_path, 5)
    per_article = [sum(1 for f in report.figures if f.article == a) for a in range(2)]
    assert per_article == [5, 3]  # 8 and 3 figures stated
    said = [w for w in report.warnings if "figures:" in w]
    assert len(said) == 1
    assert said[0].endswith(
        "ledger.txt states more than 5 figures: those after the 5th are not read or reconciled (a bound on the work)"
    )


def test_an_article_at_the_bound_exactly_has_no_warning(tmp_path: Path) -> None:
    report = _compare(tmp_path, 8)
    assert [sum(1 for f in report.figures if f.article == a) for a in range(2)] == [8, 3]
    assert not any("figures:" in w for w in report.warnings)
