"""A sum in brackets right after another sum is that sum converted into another currency, never a second claim, and a
dollar sign with its country code after it ("$US1 million", "$A2.5m", as Australian and Asian papers write it) is that
currency. "Damage was estimated at $US1 million ($1.52 million)" read no "$US1 million" (a model name "US1") and a
"$1.52 million" in US dollars that clashed with every other outlet's "$1 million" (ECB+ tuning, topic 13: 16 flagged
links). Real text shapes through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures


def test_sign_with_country_code() -> None:
    found = find_figures("Damage to the church was estimated at $US1 million ($1.52 million), authorities said.")
    assert [(f.text, f.value, f.unit, f.scope) for f in found] == [
        ("$US1 million", 1_000_000, "money:USD", ""), ("$1.52 million", 1_520_000, "money:USD", "(converted)")]
    assert [(f.text, f.unit) for f in find_figures("The repairs cost $A2.5m, he said.")] == [("$A2.5m", "money:AUD")]
    assert [(f.text, f.value) for f in find_figures("He paid $US20,000 for the boat.")] == [("$US20,000", 20_000)]
    assert find_figures("They drove north on US 20 and found an AK-47.") == []


def test_bracketed_conversion_is_no_claim() -> None:
    found = find_figures("Robbers stole gems worth 85 million euros (about 74 million pounds) from the store.")
    assert [(f.unit, f.scope) for f in found] == [("money:EUR", ""), ("money:GBP", "(converted)")]
    found = find_figures("The fine rose from $5,000 (in 2019) to $8,000.")
    assert [f.scope for f in found if f.unit.startswith("money:")] == ["", ""]
    found = find_figures("The settlement is worth $5 million ($3 million in cash and $2 million in shares).")
    assert [f.scope for f in found] == ["", "", ""]  # a part of the sum in the same dollars


def test_conversion_never_clashes(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "wire.txt": "Church fire\n\nDamage to the church was estimated at $US1 million ($1.52 million), authorities"
                    " said.\n",
        "local.txt": "Church fire\n\nDamage to the church was estimated at $1 million, authorities said.\n",
    })  # fmt: skip
    assert not [n for link in report.links for n in link.notes if n.startswith("figure conflicts")]
    # the conversion is shown in its sum's row (session 36), and judges nothing: the row agrees
    assert [(f.status, [report.figures[i].text for i in f.figures]) for f in report.facts] == [
        (m.AGREE, ["$US1 million", "$1.52 million", "$1 million"])]
