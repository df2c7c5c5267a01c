"""A print header that repeats the page's title is found however the title is cased or spelt, now that lines missing
one of the title's words are passed over before the title's pattern is compiled (core/load.py ``print_header``):
the pass-over must never drop a line the case-blind pattern matches ("ſ" matches "s", which ``str.lower`` keeps
apart; the Kelvin sign matches "k")."""

from __future__ import annotations

import pytest

from reportdiff.core.load import print_header

TITLE = "Gunman kills three at Ohio high school"


@pytest.mark.parametrize(
    ("line", "below", "site"),
    [
        (f"3/3/13, 10:04 AM {TITLE} | Chardon Courier", [TITLE], "Chardon Courier"),
        (f"3/3/13, 10:04 AM {TITLE.upper()} | Chardon Courier", [TITLE], "Chardon Courier"),  # other capitals
        ("3/3/13, 10:04 AM Gunman kills three at Ohio high ſchool | Chardon Courier", [TITLE], "Chardon Courier"),
        ("3/3/13, 10:04 AM Gunman \u212aills three at Ohio high school | Chardon Courier", [TITLE], "Chardon Courier"),
        ("3/3/13, 10:04 AM Gunman kills three at Ohio high school | Chardon Courier", [TITLE.replace("s", "ſ")],
         "Chardon Courier"),
        # the title's second candidate is the one repeated: the first, missing from the line, is passed over
        (f"3/3/13, 10:04 AM {TITLE} | Chardon Courier", ["Storm hits Ohio town overnight", TITLE], "Chardon Courier"),
        # a title one word short of the line's is no repeat: the words left are more than a site's name
        ("3/3/13, 10:04 AM Gunman kills three at Ohio high | Chardon Courier", [TITLE], None),
    ],
)
def test_a_repeated_title_is_cut_from_a_header(line: str, below: list[str], site: str | None) -> None:
    assert print_header(line, below) == site
