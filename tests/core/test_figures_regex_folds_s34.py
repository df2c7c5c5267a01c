"""Text holding a long s ("ſ") or a Turkish i ("ı", "İ"): a case-insensitive pattern matches each as an ASCII
letter, which str.lower() does not give, so a matched word was looked up in a table and not found ("at leaſt": a
KeyError that stopped the whole comparison). Figures are read as in the same text with plain letters, and each
figure's text is still the sentence's as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.figures import find_figures

PLAIN = [
    "Police said scores of people were hurt and at least 5 people died in the sixth fatal crash this year.",
    "Hundreds of thousands marched, and earlier 3 million people had signed the petition.",
    "Five people were injured in Istanbul, officials said, and 2 were killed.",
]


def _written(text: str, swap: dict[str, str]) -> str:
    return "".join(swap.get(c, c) for c in text)


@pytest.mark.parametrize("swap", [{"s": "ſ"}, {"i": "ı"}, {"i": "İ", "I": "İ"}])
@pytest.mark.parametrize("plain", PLAIN)
def test_figures_read_as_with_plain_letters(plain: str, swap: dict[str, str]) -> None:
    written = _written(plain, swap)
    want = find_figures(plain)
    got = find_figures(written)
    assert [(f.value, f.start, f.end, f.counts, f.unit) for f in got] == [
        (f.value, f.start, f.end, f.counts, f.unit) for f in want
    ]
    assert all(f.text == written[f.start : f.end] for f in got)
    assert want  # each sentence holds figures: the comparison above is not of two empty lists


def test_a_comparison_of_such_text_gives_a_report(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(_written(PLAIN[0], {"s": "ſ"}) + "\n\n" + _written(PLAIN[1], {"i": "ı"}) + "\n", encoding="utf-8")
    second.write_text(PLAIN[0] + "\n\n" + PLAIN[2] + "\n", encoding="utf-8")
    report = compare_files([str(first), str(second)])
    assert len(report.links) >= 1
    shown = {f.text for f in report.figures if f.article == 0}
    assert {"ſcoreſ", "5", "ſixth", "3 mıllıon"} <= shown  # as the article writes them
