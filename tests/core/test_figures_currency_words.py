"""A currency written as a word after the number is that currency (review-s23 F30): "£40,000" and "fined 40,000
pounds" are one amount, as are "$5 million" and "5 million US dollars", "CHF 300" and "300 Swiss francs"; they were two
single sources. "pounds" stays a weight where the sentence speaks of weight or of "pounds of" something. Real text
shapes (agency and translated copy) through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def _amounts(tmp_path: Path, first: str, second: str) -> list[tuple[str, list[str]]]:
    """Each fact about a sum of money or a weight: its status and its figures' texts."""
    report = compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                      "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip
    return [(f.status, [report.figures[i].text for i in f.figures]) for f in report.facts
            if report.figures[f.figures[0]].unit.startswith(("money:", "mass:"))]  # fmt: skip


@pytest.mark.parametrize(("sign", "word"), [
    ("The operator was fined £40,000 in 2021 for safety breaches.",
     "The operator was fined 40,000 pounds in 2021 for safety breaches."),
    ("The company agreed to pay $5 million to the families.",
     "The company agreed to pay 5 million US dollars to the families."),
    ("Damages of £5,000 were awarded to each survivor.",
     "Damages of 5,000 British pounds were awarded to each survivor."),
    ("A ticket for the crossing cost CHF 30.", "A ticket for the crossing cost 30 Swiss francs."),
    ("The operator faces a £40,000 fine.", "The operator faces a 40,000-pound fine."),
])  # fmt: skip
def test_sign_and_word_are_one_amount(tmp_path: Path, sign: str, word: str) -> None:
    assert [status for status, _texts in _amounts(tmp_path, sign, word)] == [m.AGREE]


def test_pounds_of_weight_stay_weight() -> None:
    assert [f.unit for f in find_figures("The suspect weighed about 200 pounds, police said.")] == ["mass:pound"]
    seized = find_figures("Police seized 300 pounds of cannabis worth £1m.")
    assert [f.unit for f in seized] == ["mass:pound", "money:GBP"]
    assert [f.unit for f in find_figures("He was fined for carrying 300 pounds of fish.")] == ["mass:pound"]
    assert [f.unit for f in find_figures("The cost of the 5,000 Egyptian pounds ticket rose.")] == ["money:EGP"]
