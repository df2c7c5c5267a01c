"""An age set off after a name at the end of its sentence ("... said Dawson, 66.") is an age, as it is with a comma
after it ("Dawson, 66, said"); it was a bare number, a row of its own labelled "66" in the figures table
(gva_480327). On the tuning sentences (ECB+ 1-35, clusters below 600000, seeds) 11 ages were read so, all right."""

from __future__ import annotations

import pytest

from reportdiff.core.figures import find_figures


def _read(sentence: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“It’s Fort Knox over there,” said Dawson, 66.", [("66", 66.0, "age")]),
        ("She is currently dating her business partner Julien Jarmoune, 34.", [("34", 34.0, "age")]),
        (
            "Police allege Eric Allen Kirkpatrick, 61, opened fire, killing Benjamin David Banky, 40.",
            [("61", 61.0, "age"), ("40", 40.0, "age")],
        ),
        ('The gunman was named as Mark Ellis, 29."', [("29", 29.0, "age")]),  # a closing quotation mark after it
        # not an age: a decimal, a year before the number, a number over the oldest age
        ("Its share rose to Texas, 66.5 percent of the market.", [("66.5 percent", 66.5, "percent")]),
        ("He scored in 2008, 66.", [("2008", 2008.0, "year"), ("66", 66.0, "")]),
        ("The plant is in Dover, 350.", [("350", 350.0, "")]),
    ],
)
def test_an_age_ending_its_sentence(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert _read(sentence) == expected
