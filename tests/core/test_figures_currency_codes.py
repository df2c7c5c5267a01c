"""An ISO currency code before an amount ("EUR 12,000", "USD 5m") is its currency (review-s23 F30: "EUR 12,000" was a
bare 12,000, so it and "12,000 euros" were two single sources). Real texts through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures


def test_codes_before_amounts() -> None:
    assert [(f.text, f.unit) for f in find_figures("It paid USD 5m.")] == [("USD 5m", "money:USD")]
    assert [f.unit for f in find_figures("FEUR 12 units")] == [""]  # a code inside a word


def test_code_and_currency_word_agree(tmp_path: Path) -> None:
    sentence = "The operator was fined {} in 2021 for safety breaches, court records show."
    report = compare_texts(tmp_path, {"a.txt": f"Fine\n\n{sentence.format('EUR 12,000')}\n",
                                      "b.txt": f"Fine\n\n{sentence.format('12,000 euros')}\n"})  # fmt: skip
    fines = [f for f in report.facts if any(report.figures[i].value == 12000 for i in f.figures)]
    assert [(f.status, len(f.figures)) for f in fines] == [(m.AGREE, 2)]
