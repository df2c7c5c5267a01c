"""A writer's rounding is no conflict: "$114 million" and "$114.3 million" (MSRP's two reports of the Red Cross's
spending) can both be true, as can "2.6 percent" and "2.63 percent"; "5.6" and "5.7" percent, "0.47" and "0.42"
percent, "250,000" and "250,400" cannot. The figures table says compatible, and the link carries no figure conflict
(one truth for the sidebar and the discrepancies)."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.facts import compatible


def _figure(text: str, value: float, unit: str) -> m.Figure:
    return m.Figure(0, 0, 0, text, value, 0, len(text), unit=unit)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("$114 million", 114e6, "money:USD"), ("$114.3 million", 114.3e6, "money:USD"), True),
        (("2.6 percent", 2.6, "percent"), ("2.63 percent", 2.63, "percent"), True),
        (("4.2 million", 4.2e6, ""), ("4.24 million", 4.24e6, ""), True),
        (("5.6 percent", 5.6, "percent"), ("5.7 percent", 5.7, "percent"), False),
        (("0.47 percent", 0.47, "percent"), ("0.42 percent", 0.42, "percent"), False),
        (("250,000", 250000.0, ""), ("250,400", 250400.0, ""), False),  # written whole: its zeros are claimed
        (("$114 million", 114e6, "money:USD"), ("$115 million", 115e6, "money:USD"), False),
        (("2 1/2 percent", 2.5, "percent"), ("3 percent", 3.0, "percent"), False),
    ],
)
def test_rounding(a: tuple[str, float, str], b: tuple[str, float, str], expected: bool) -> None:
    assert compatible(_figure(*a), _figure(*b)) is expected
    assert compatible(_figure(*b), _figure(*a)) is expected


def test_a_rounded_amount_is_compatible_and_flags_nothing(tmp_path: Path) -> None:
    spent = ("From July 1, 2002, to June 30, 2003, the Red Cross said it spent {} on disaster relief but took in "
             "only $39.5 million.")  # fmt: skip
    report = compare_texts(tmp_path, {f"{name}.txt": f"Red Cross deficit\n\n{spent.format(amount)}\n"
                                      for name, amount in (("a", "$114.3 million"), ("b", "$114 million"))})
    facts = {f.label: f for f in report.facts}
    assert facts["$114 million"].status == m.COMPATIBLE
    assert "rounding" in facts["$114 million"].note
    assert not any(m.FIGURE_CONFLICT in link.flags for link in report.links)
    assert report.links  # the two sentences are linked
