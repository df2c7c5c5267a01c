"""Picture captions credited the way agencies hand them out: "... Feb. 7 2018. (Hualien County Fire Bureau via AP)"
and "... struck the island. AFP/Getty Images". They were read as the article's sentences and listed as found only in
it (seen on an unseen four-outlet quake story); prose that merely mentions "via" or Getty stays text."""

from __future__ import annotations

import pytest

from reportdiff.core.load import is_caption, load_text

AP_CAPTION = (
    "In this photo released by Hualien County Fire Bureau, debris around a building as rescue workers gain entry after "
    "the building collapsed onto its side following an early morning earthquake in Hualien County, eastern Taiwan, "
    "Wednesday, Feb. 7 2018. (Hualien County Fire Bureau via AP)"
)
GETTY_CAPTION = (
    "Rescue workers search through rubble outside the Marshal Hotel in Hualien, eastern Taiwan early February 7, 2018, "
    "after a strong earthquake struck the island. AFP/Getty Images"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        AP_CAPTION,
        GETTY_CAPTION,
        "The victim was named on Monday. (Smith family photo via AP)",
        "Protesters marched on the Capitol on Monday. Chip Somodevilla/Getty Images",
    ],
)
def test_agency_credits_end_a_caption(paragraph: str) -> None:
    assert is_caption(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Officials said the talks would go on (the deal came via Twitter).",
        "Officials said the talks would go on. (The deal came via Twitter.)",
        "The data was shared by the ministry (reported via AP).",
        "He flew to New York/Getty Images later.",
    ],
)
def test_prose_with_via_or_getty_is_no_caption(paragraph: str) -> None:
    assert not is_caption(paragraph)


def test_a_caption_paragraph_is_no_sentence_of_the_article() -> None:
    text = (
        "Taiwan hit by 6.4 magnitude earthquake\n\nTAIPEI, Taiwan — Officials say a magnitude-6.4 earthquake has "
        f"killed two hotel employees.\n\n{AP_CAPTION}\n\nThe agency also posted photos of a fractured road.\n\n"
        f"{GETTY_CAPTION}\n\nThe earthquake followed one over the weekend.\n"
    )
    article = load_text(text, "canoe.txt")
    furniture = [article.text[s:e] for s, e in article.boilerplate]
    assert any("via AP)" in piece for piece in furniture), furniture
    assert any("AFP/Getty Images" in piece for piece in furniture), furniture
    assert not any("agency also posted" in piece for piece in furniture), furniture
