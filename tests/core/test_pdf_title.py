"""A PDF's title is the headline it prints (review-s26): a one-page PDF has no running header to drop, and its
header line (a site's name and a date, a browser's date and page title) or footer (the page's address) is page
furniture, never the title or a sentence. Each PDF is written here (tests/core/documents.py ``make_pdf``) with its
lines in the sizes a printed page sets them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import make_pdf  # tests/core/documents.py

from reportdiff.core.load import load_article
from reportdiff.core.readers.pdf_doc import headline

HEADLINE = "Gunman kills three at Ohio high school"
BODY = [
    "A teenage gunman opened fire in a high school cafeteria on Monday, killing three",
    "students and wounding two others, police said on Tuesday evening in a statement.",
    "The suspect, a 17-year-old student, was arrested near the school an hour later,",
    "the county sheriff told reporters at a news conference outside the building.",
]
LEAD = " ".join(BODY)


@pytest.mark.parametrize(
    "page",
    [
        # a site's header line in small type over the headline
        [("Chardon Courier | Monday, March 3, 2013", 8), (HEADLINE, 20), *BODY],
        # a browser's print header (date and page title) and footer (the address and the page counter)
        [("3/3/13, 10:04 AM Gunman kills three at Ohio high school | Chardon Courier", 8), (HEADLINE, 20), *BODY,
         ("https://www.chardoncourier.com/2013/03/03/gunman-kills-three 1/1", 8)],
        # a header set in the body's size: told by its shape, a site's name and a date
        ["Chardon Courier - March 3, 2013", HEADLINE, *BODY],
        # the headline over two lines, under a kicker
        [("CRIME", 9), ("Gunman kills three at", 22), ("Ohio high school", 22), *BODY],
    ],
    ids=["site and date", "browser header and footer", "same size", "two-line headline"],
)  # fmt: skip
def test_a_one_page_pdf_is_titled_by_its_headline(tmp_path: Path, page: list[str | tuple[str, float]]) -> None:
    """The printed headline is the title, whatever the page prints above it; only the story is left as text."""
    path = tmp_path / "courier.pdf"
    path.write_bytes(make_pdf([page], title="Gunman kills three | Chardon Courier"))
    article = load_article(path)
    assert article.title == HEADLINE
    aside = {*article.boilerplate, article.title_span}
    assert [article.text[a:b] for a, b in article.paragraphs if (a, b) not in aside] == [LEAD]


def test_a_masthead_in_larger_type_is_no_headline(tmp_path: Path) -> None:
    """A masthead set larger than the headline is shorter: the headline is still the title, the masthead the
    source."""
    page = [("The Chardon Courier", 30), (HEADLINE, 20), *BODY]
    path = tmp_path / "courier.pdf"
    path.write_bytes(make_pdf([page]))
    article = load_article(path)
    assert (article.title, article.source) == (HEADLINE, "The Chardon Courier")


@pytest.mark.parametrize(
    ("lines", "heights", "printed"),
    [
        (["Header 3/3/13", "Big news in the city today", "body line one"], [8, 22, 11], "Big news in the city today"),
        (["All the body", "body line two", "body line three"], [11, 11, 11], ""),  # nothing stands out
        (["Local", "body line two", "body line three"], [20, 11, 11], ""),  # one word: a kicker, no headline
    ],
)
def test_the_headline_is_the_largest_type_on_the_first_lines(lines: list[str], heights: list[float],
                                                             printed: str) -> None:  # fmt: skip
    """headline() takes the largest type that stands out from the body's height, of two words at least."""
    assert headline(lines, heights, 11) == printed


def test_a_pdf_without_larger_type_keeps_its_first_line_as_title(tmp_path: Path) -> None:
    """All lines in one size and no header line: the first line that reads as a headline stays the title."""
    path = tmp_path / "plain.pdf"
    path.write_bytes(make_pdf([[HEADLINE, *BODY]], title="Untitled"))
    assert load_article(path).title == HEADLINE
