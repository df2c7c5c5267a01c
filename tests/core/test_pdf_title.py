"""A PDF's title is the headline it prints (review-s26): a one-page PDF has no running header to drop, and its
header line (a site's name and a date, a browser's date and page title) or footer (the page's address) is page
furniture, never the title or a sentence. Each PDF is written here (tests/core/documents.py ``make_pdf``) with its
lines in the sizes a printed page sets them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import make_pdf, print_pdf  # tests/core/documents.py

from reportdiff.core.load import load_article, load_text, print_header
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


# -- real PDFs, printed as browsers print a page (Qt's PDF writer) --------------------------------------------------

ADDRESS = "https://www.chardoncourier.com/2013/03/03/gunman-kills-three"
# (header, footer), each (left, centre, right), as each browser draws them along the page's edges
PRINT_LAYOUTS = {
    # Chrome: the date and time, the page's title; the address, the page counter
    "chrome": (("3/3/13, 10:04 AM", f"{HEADLINE} | Chardon Courier", ""), (ADDRESS, "", "{page}/{pages}")),
    # Firefox: the page's title, the address; the page counter, the date and time
    "firefox": (
        (f"{HEADLINE} | Chardon Courier", "", ADDRESS), ("Page {page} of {pages}", "", "3/3/2013, 10:04:17 AM")
    ),
    # Safari: the page's title alone; the address, the page counter
    "safari": (("", HEADLINE, ""), (ADDRESS, "", "Page {page} of {pages}")),
    # a site's own print layout: its name and the date, the page number
    "site": (("Chardon Courier", "", "Monday, March 3, 2013"), ("", "{page}", "")),
}
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# the seeds' paragraphs after their headlines: real text, over more than one page
MORE = [line for seed in sorted(SEEDS.glob("*.txt"))
        for line in seed.read_text(encoding="utf-8").split("\n")[1:] if line.strip()]  # fmt: skip


LONG_HEADLINE = "Gunman kills three students and wounds two more in Ohio high school cafeteria attack"


@pytest.mark.parametrize("layout", PRINT_LAYOUTS)
@pytest.mark.parametrize("headline_pt", [20, 11], ids=["large headline", "headline in the body's size"])
@pytest.mark.parametrize("story", [[LEAD], [LEAD, *MORE]], ids=["one page", "pages"])
@pytest.mark.parametrize("title", [HEADLINE, LONG_HEADLINE], ids=["headline", "two-line headline"])
def test_a_printed_page_is_titled_by_its_headline(tmp_path: Path, layout: str, headline_pt: int,
                                                  story: list[str], title: str) -> None:  # fmt: skip
    """A web page printed to PDF: its title is the headline, not the browser's header (the date, the page's title,
    the address, "Page 1 of 1"), whose lines are furniture, never a sentence of the article, on one page as on many
    (where they repeat at each page's edges)."""
    header, footer = (tuple(item.replace(HEADLINE, title) for item in edge) for edge in PRINT_LAYOUTS[layout])
    path = tmp_path / "printed.pdf"
    pages = print_pdf(path, title, story, header, footer, headline_pt, edge_pt=11 if layout == "site" else 7)
    assert (pages == 1) == (len(story) == 1)
    article = load_article(path)
    assert article.title == title
    aside = {*article.boilerplate, article.title_span}
    body = [article.text[a:b] for a, b in article.paragraphs if (a, b) not in aside]
    assert body[0] == LEAD and len(body) >= len(story) // 2
    assert not [p for p in body if any(mark in p for mark in ("Courier", "chardoncourier", "Page ", "3/3/", "10:04"))]


@pytest.mark.parametrize(
    ("line", "below", "site"),
    [
        (f"3/3/13, 10:04 AM {HEADLINE} | Chardon Courier", [HEADLINE], "Chardon Courier"),  # date, title, site
        (f"{HEADLINE} | Chardon Courier {ADDRESS}", [HEADLINE], "Chardon Courier"),  # title, site, address
        ("Page 1 of 2 3/3/2013, 10:04:17 AM", [], ""),  # a page counter and a date and time
        ("Chardon Courier Monday, March 3, 2013", [], "Chardon Courier"),  # drawn apart, read as one line
        ("Article posted on 08.07.2012", [], ""),  # a stamp's label names no site
        ("Friday, June 7, 2013", [], ""),  # a date alone, over the headline
        # not a header
        ("Gunman kills three at Ohio high school", [], None),  # a headline
        ("Storm hits Ohio on March 3, 2013", [], None),  # a headline with a date: words left that name no site
        ("Police said 3 of 12 victims were students", [], None),  # a sentence with a count
        ("Chardon Courier", [], None),  # a name alone: a masthead, read apart
    ],
)
def test_print_header_lines(line: str, below: list[str], site: str | None) -> None:
    """print_header takes out addresses, page counters, sure dates and times and the repeated title, and keeps the
    line as a header only if at most a site's name is left."""
    assert print_header(line, below) == site


def test_a_date_over_the_headline_is_no_title() -> None:
    """A page's date line over its headline (42 of ECB+'s tuning articles open so: "Friday, June 7, 2013",
    "18 September 2013 Last updated at 13:59 GMT") was the article's title; the headline under it is."""
    article = load_text("Friday, June 7, 2013\nHollywood's mermaid Esther Williams dies\n" + LEAD)
    assert article.title == "Hollywood's mermaid Esther Williams dies"
    assert article.text[slice(*article.boilerplate[0])] == "Friday, June 7, 2013"


def test_a_headline_repeated_under_a_breadcrumb_stays_the_title() -> None:
    """A headline printed again further down, under a breadcrumb and a section's name, is still the title: only a
    copy with nothing but furniture between it and the headline is the page's header."""
    text = f"{HEADLINE}\n\nHome News {HEADLINE[:20]}…\n\nCrime and Courts\n\n{HEADLINE}\n\n{LEAD}"
    assert load_text(text).title_span == (0, len(HEADLINE))
