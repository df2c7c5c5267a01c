"""A vulgar fraction ("½", "2½") is a figure, in a sentence with no other digit too (review-s23 F33: "½ of its
passengers" found nothing, while "1/3 of its passengers" was read)."""

from __future__ import annotations

from reportdiff.core.figures import find_figures


def test_vulgar_fractions() -> None:
    found = find_figures("The ferry was carrying ½ of its passengers on the upper deck.")
    assert [(f.text, f.value) for f in found] == [("½", 0.5)]
    assert [(f.text, f.value, f.unit) for f in find_figures("The crossing took 2½ hours.")] == [
        ("2½ hours", 2.5, "duration:hour")]
