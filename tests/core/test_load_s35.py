"""Datelines told from a headline's kicker: a page's label word or a person's name opening the lead is no place."""

from __future__ import annotations

import pytest

from reportdiff.core.load import load_text

_HEAD = "Sailor hailed as a hero after the shooting\n\n"


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        # a page's label before a colon (gva_375022 article_4's lead) and a stamp's word (ECB+ 18_1's "POSTED:")
        ("UPDATE: Federal authorities say it remains unclear what led the gunman to open fire.", None),
        ("BREAKING NEWS - Federal authorities say two people were shot at the base.", None),
        ("POSTED: 1052 GMT (1852 HKT), April 10, 2007\n\nA Michigan man shot one person dead.", None),
        # a person's name the story then uses as a person's (gva_375022 article_1's headline kicker)
        ("RANDALL SMITH: Close friends rally around the family of U.S. Navy sailor.\n\n"
         "Smith died from his injuries Saturday. Smith is survived by his wife and three young daughters.", None),
        ("JANE DOE: Neighbours remember a nurse who helped everyone.\n\nMs. Doe worked at the hospital.", None),
        # places stay datelines: one word, a place noun last, a state or an agency after a label-like word
        ("CHICAGO - Two men were shot in Chicago on Monday, police said.", "CHICAGO"),
        ("KANSAS CITY - A man was shot on Monday. City officials said the street was closed.", "KANSAS CITY"),
        ("LIVE OAK, Fla. (AP) - A man was shot on Monday, deputies said.", "LIVE OAK, Fla. (AP)"),
        ("NEW ORLEANS - A man was shot on Monday. Orleans Parish deputies said he died.", "NEW ORLEANS"),
        ("Amman: Syrian air strikes killed 12 people on Monday, a monitor said.", "Amman"),
    ],
)
def test_dateline_is_a_place(lead: str, dateline: str | None) -> None:
    """A dateline names a place, an agency or a date; a label word or a person's name before the lead does not."""
    assert load_text(_HEAD + lead, "article.txt").dateline == dateline


def test_label_word_is_still_left_out_of_the_lead() -> None:
    """A page's label opening the lead is no dateline, but its words stay out of the lead's similarity (its span)."""
    article = load_text(_HEAD + "UPDATE: Federal authorities say the gunman acted alone.", "article.txt")
    assert article.dateline is None
    assert article.dateline_span is not None
    assert article.text[slice(*article.dateline_span)] == "UPDATE: "
