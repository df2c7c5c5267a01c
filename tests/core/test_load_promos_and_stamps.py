"""What a page prints around a story that is not the story (review-s27 finding 5): a caption widget's button, a
reporter's contact line, a prompt whose link was lost, hashtags alone, the outlet speaking of its own coverage, a
photographer's credit closing a caption, a breadcrumb trail printed without separators, and a date stamp above the
headline or before it on its line. None is a sentence, and the headline is the title. Real shapes, read from files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import load
from reportdiff.core.compare import compare_files
from reportdiff.core.load import load_article

HEADLINE = "Gunman kills two at county courthouse"
BODY = [
    "A gunman opened fire in the lobby of the county courthouse on Monday, killing two women, police said.",
    "Two officers were wounded before the gunman was shot dead in the parking lot.",
    "The courthouse will stay closed for the rest of the week, the county said.",
]
FURNITURE = [
    "View Full Caption DNAinfo/ Josh McGhee",
    "Contact Jessica Parks at 610-313-8117; jparks@philly.com, or @JS_Parks on Twitter.",
    "Reach Kate White at kate.white@example.com, 304-348-1723 or follow @KateLWhite on Twitter.",
    "For more neighborhood news, listen to DNAinfo Radio here:",
    "#abc13",
    "We're following this story on Eyewitness News.",
    "Watch for updates on air, online and on our mobile news app.",
    "Check back later for updates.",
    "Officers check the parking garage at the courthouse, February 11, 2013. ( DAVID M WARREN / Staff Photographer )",
    "Home Daily News Gunman kills two at county…",
]
# Sentences that share words with the furniture above and must stay.
PROSE = [
    "Contact with the gunman was lost at 3 p.m., police said.",
    "Police said they would watch the building closely here.",
    "The #MeToo movement spread to the courthouse staff.",
    "We are following every lead, the sheriff said.",
    "Home prices near the courthouse fell by a third…",
]


def _saved(tmp_path: Path, text: str, name: str = "courier.txt") -> load.LoadedArticle:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def _content(article: load.LoadedArticle) -> list[str]:
    aside = {*article.boilerplate, article.title_span}
    return [article.text[a:b] for a, b in article.paragraphs if (a, b) not in aside]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_lines_are_no_sentences(tmp_path: Path, line: str) -> None:
    article = _saved(tmp_path, "\n\n".join([HEADLINE, BODY[0], line, *BODY[1:]]) + "\n")
    assert _content(article) == BODY
    assert article.title == HEADLINE


@pytest.mark.parametrize("line", PROSE)
def test_prose_like_them_stays(tmp_path: Path, line: str) -> None:
    article = _saved(tmp_path, "\n\n".join([HEADLINE, BODY[0], line, *BODY[1:]]) + "\n")
    assert _content(article) == [BODY[0], line, *BODY[1:]]


@pytest.mark.parametrize(
    "stamp", ["Sunday, March 17, 2013 | 5:00 PM", "21 July 2013 Last updated at 11:11 GMT", "11 / 28 / 05"]
)
def test_a_stamp_over_the_headline_is_no_title(tmp_path: Path, stamp: str) -> None:
    """ECB+ pages printed their date over the headline, and 47 of its tuning articles took the stamp for title."""
    article = _saved(tmp_path, "\n\n".join([stamp, HEADLINE, *BODY]) + "\n")
    assert article.title == HEADLINE
    assert _content(article) == BODY


def test_a_stamp_before_the_headline_on_its_line_is_cut_from_the_title(tmp_path: Path) -> None:
    article = _saved(tmp_path, "\n\n".join([f"27 / 09 / 2013 - {HEADLINE}", *BODY]) + "\n")
    assert article.title == HEADLINE
    only_a_stamp = _saved(tmp_path, "\n\n".join(["Sunday, March 17, 2013 | 5:00 PM", *BODY]) + "\n", "b.txt")
    assert only_a_stamp.title != "5:00 PM"


def test_two_pages_of_one_site_share_no_furniture(tmp_path: Path) -> None:
    """Two stories of one station, each with the station's promos: nothing but the story is compared."""
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    one.write_text("\n\n".join([HEADLINE, BODY[0], "We're following this story on Eyewitness News.",
                                "Watch for updates on air, online and on our mobile news app.", "#abc13"]) + "\n",
                   encoding="utf-8")  # fmt: skip
    two.write_text("\n\n".join(["Woman charged in bakery fire", "A woman was charged with arson on Friday after a "
                                "fire gutted a bakery downtown, fire officials said.",
                                "We're following this story on Eyewitness News.",
                                "Watch for updates on air, online and on our mobile news app.", "#abc13"]) + "\n",
                   encoding="utf-8")  # fmt: skip
    report = compare_files([one, two])
    assert not report.links, [(link.similarity, link.kind) for link in report.links]


def test_a_kicker_between_the_title_and_its_repeat_is_furniture(tmp_path: Path) -> None:
    """A news page saved as text: its title, a trail, the section's kicker, then the article's own heading (the
    title again). Before, the kicker and the repeated headline were the article's first two "sentences"."""
    article = _saved(tmp_path, "\n\n".join([HEADLINE, "Home Daily News Gunman kills two at…", "Criminal Justice",
                                            HEADLINE, *BODY]) + "\n")  # fmt: skip
    assert article.title == HEADLINE
    assert _content(article) == BODY
