"""A quotation two outlets print alike but for an apostrophe ("can't" / "cant", "population's" / "populations'")
is one quotation misspelt, not reworded: no "quote wording differs" discrepancy. A changed word still is one. Shaped
on ECB+ tuning reports of a police inspector's words; real texts through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.linkflags import QUOTE_WORDING_NOTE

LEAD = "A climber died in Aoraki Mount Cook National Park on Friday, police said."


def _wording_notes(tmp_path: Path, first: str, second: str) -> list[str]:
    report = compare_texts(tmp_path, {"wire.txt": f"Climber dies\n\n{LEAD}\n\n{first}\n",
                                      "paper.txt": f"Climber dies\n\n{LEAD}\n\n{second}\n"})  # fmt: skip
    return [n for link in report.links for n in link.notes if n.startswith(QUOTE_WORDING_NOTE)]


@pytest.mark.parametrize(
    "second",
    [
        '"I cant speak for the first death, but in this case it looks like a lack of experience," Gaskin said.',
        '"I can\'t speak for the first death, but in this case it looks like a lack of experience," Gaskin said.',
    ],
)
def test_an_apostrophe_is_no_rewording(tmp_path: Path, second: str) -> None:
    first = '"I can\'t speak for the first death, but in this case it looks like a lack of experience," Gaskin said.'
    assert _wording_notes(tmp_path, first, second) == []


def test_a_changed_word_is_still_a_rewording(tmp_path: Path) -> None:
    first = '"I can\'t speak for the first death, but in this case it looks like a lack of experience," Gaskin said.'
    second = '"I can\'t speak for the first death, but in this case it looks like a lack of equipment," Gaskin said.'
    assert len(_wording_notes(tmp_path, first, second)) == 1
