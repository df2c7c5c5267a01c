"""Page furniture a real page carries inside the article (review-s26): captions with their credits, breadcrumb
trails, embedded posts' attributions, widget labels, and bylines; each is kept out of the article's sentences, and
a byline names the outlet, never a writer. Each test reads a small article as a person saves it from a page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import load
from reportdiff.core.load import load_article, load_text

LEAD = "A teenage gunman opened fire in a high school cafeteria on Monday, killing three students, police said."
BODY = [
    LEAD,
    "The suspect, a 17-year-old student, was arrested near the school an hour later.",
    "Parents gathered at a church to wait for news of their children.",
    "The school will remain closed for the rest of the week, the district said.",
]


def _content(article: load.LoadedArticle) -> list[str]:
    """The paragraphs that are neither furniture nor the title: what becomes the article's sentences."""
    aside = {*article.boilerplate, article.title_span}
    return [article.text[a:b] for a, b in article.paragraphs if (a, b) not in aside]


def _saved(tmp_path: Path, text: str, name: str = "courier.txt") -> load.LoadedArticle:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_captions_breadcrumbs_and_post_attributions_are_no_sentences(tmp_path: Path) -> None:
    """A page pasted as text: the trail over the headline, two captions with credits, a screen reader's "Image
    caption", an embedded post's attribution; only the story's paragraphs and the post's own words stay."""
    tweet = "So sad. My thoughts are with the families of Chardon."
    page = "\n\n".join([
        "Home > News > World",
        "Gunman kills three at Ohio high school",
        BODY[0],
        "Police outside the school on Tuesday. (Photo: John Smith/AP)",
        BODY[1],
        "Image caption Students were evacuated to a nearby elementary school",
        BODY[2],
        "Police cordon off the street near the school. Photograph: Mark Duncan/AP",
        f"{tweet} pic.twitter.com/abc123XYZ — Jane Roe (@janeroe) February 27, 2012",
        "— John Public (@jpublic) February 27, 2012",
        "Home / US / Crime",
        BODY[3],
    ])  # fmt: skip
    article = _saved(tmp_path, page)
    assert article.title == "Gunman kills three at Ohio high school"
    assert _content(article) == [*BODY[:3], tweet, BODY[3]]


@pytest.mark.parametrize(
    "caption",
    [
        "Police outside the school on Tuesday. (Photo: John Smith/AP)",
        "Police outside the school on Tuesday. (AP Photo/Tony Dejak)",
        "Police outside the school on Tuesday. Photograph: Mark Duncan/AP",
        "Police outside the school on Tuesday. [Photo by Jane Roe / Reuters]",
        "Police outside the school on Tuesday. Picture: Jane Roe",
        "Media caption, Police describe the arrest",
        "Image source, Getty Images",
    ],
)
def test_a_caption_with_its_credit_is_furniture(caption: str) -> None:
    """A picture's caption ends in its credit, or opens with the label a page prints for screen readers."""
    article = load_text("\n\n".join(["Gunman kills three at Ohio high school", BODY[0], caption, BODY[1]]))
    assert _content(article) == BODY[:2]


@pytest.mark.parametrize(
    "sentence",
    [
        "She described the photograph: a boy on a beach, smiling.",  # a credit's label, then prose
        "The photo by the school gate was taken on Monday.",  # no credit at the end
        "Police released a picture of the suspect (below).",
        "He sold his shares in Home Depot / Lowe's / Walmart last year.",  # a slash list with a sentence's end
    ],
)
def test_prose_about_pictures_and_lists_stays(sentence: str) -> None:
    """A sentence that mentions a photo, or lists with slashes, is no caption and no breadcrumb."""
    article = load_text("\n\n".join(["Gunman kills three at Ohio high school", BODY[0], sentence, BODY[1]]))
    assert _content(article) == [BODY[0], sentence, BODY[1]]


@pytest.mark.parametrize(
    "widget",
    ["Slideshow", "Skip Ad", "Advertisement", "Continue reading below", "Story continues below advertisement",
     "Continue reading the main story", "Replay", "Watch: Police describe the moment of the arrest", "1 of 12",
     "Comments (34)", "SHARE", "Loading..."],
)  # fmt: skip
@pytest.mark.parametrize("where", ["under the title", "in the body", "last"])
def test_a_widget_label_is_furniture_wherever_it_stands(widget: str, where: str) -> None:
    """A lone widget label is furniture right under the headline and at the article's end too, where a short line
    is otherwise a deck or a closing line and stays."""
    body = list(BODY)
    at = {"under the title": 0, "in the body": 2, "last": len(body)}[where]
    body.insert(at, widget)
    article = load_text("\n\n".join(["Gunman kills three at Ohio high school", *body]))
    assert _content(article) == BODY


def test_a_widget_line_pasted_inside_a_paragraph_is_cut_out() -> None:
    """Text pasted from a page keeps a button's line inside the paragraph (single line breaks): the line is cut
    out, and the sentences before and after it stay whole."""
    pasted = f"Gunman kills three at Ohio high school\n\n{BODY[0]}\nSkip Ad\n{BODY[1]}\n\n{BODY[2]}\nReplay\n"
    article = load_text(pasted)
    assert _content(article) == [BODY[0], BODY[1], BODY[2]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stop.",  # a one-word sentence ends in its mark
        "Replay the tape, the coach told them.",
        "“Share,” she said.",
        "Advertisement revenue fell by a third.",
    ],
)
def test_a_short_sentence_in_prose_stays(sentence: str) -> None:
    """A one-word sentence, or a sentence opening with a widget's word, is prose: it stays."""
    article = load_text("\n\n".join(["Gunman kills three at Ohio high school", BODY[0], sentence, BODY[1]]))
    assert sentence in _content(article)


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("By Jane Doe, John Roe", "courier"),  # two writers: no outlet, the file's name
        ("By Jane Doe, John Roe and Ann Lee", "courier"),
        ("By Jane Doe, Chief Political Correspondent", "courier"),  # a role, not an outlet ("Political")
        ("By Jane Doe, Associated Press", "Associated Press"),
        ("By Jane Doe - Associated Press - Monday, March 3, 2013", "Associated Press"),
        ("By Jane Doe\nAssociated Press", "Associated Press"),
        ("By Jane Doe for MailOnline", "MailOnline"),
        ("BY JANE DOE", "courier"),
        ("By Jane Doe @janedoe", "courier"),
        ("By Jane Doe on March 3, 2013", "courier"),
        ("Jane Doe, Associated Press", "Associated Press"),  # no "By", under the headline
        ("Jane Doe, Staff Writer", "courier"),
    ],
)
def test_a_byline_names_the_outlet_never_a_writer_and_is_no_sentence(tmp_path: Path, byline: str, source: str) -> None:
    """A byline under the headline is furniture; the source is the outlet it names, never a writer's name."""
    article = _saved(tmp_path, f"Gunman kills three at Ohio high school\n\n{byline}\n\n" + "\n\n".join(BODY))
    assert _content(article) == BODY
    assert article.source == source


def test_a_byline_further_down_still_names_the_outlet() -> None:
    """Under a deck, a caption and a stamp, the byline is the article's fourth paragraph; it is furniture and
    names the outlet all the same."""
    article = load_text("\n\n".join([
        "Gunman kills three at Ohio high school", "Students evacuated to a nearby school",
        "Police outside the school. (Photo: Ann Lee/AP)", "Updated 3:04 PM EST March 3, 2013",
        "By Jane Doe, Associated Press", *BODY,
    ]))  # fmt: skip
    assert _content(article) == ["Students evacuated to a nearby school", *BODY]
    assert article.source == "Associated Press"


def test_a_site_name_beats_a_byline() -> None:
    """A page's own site name names the source before the byline's outlet does."""
    article = load.analyse("a.txt", "Gunman kills three\n\nBy Jane Doe, Associated Press\n\n" + LEAD, "utf-8",
                           site_name="Chardon Courier")  # fmt: skip
    assert article.source == "Chardon Courier"


def test_two_pages_sharing_widgets_and_a_trail_are_not_linked_by_them(tmp_path: Path) -> None:
    """Two outlets' pages with the same breadcrumb trail, player labels and embedded post: none of it links
    them, and none of it is a sentence only one of them carries."""
    furniture = ["Home > News > US", "Slideshow", "Skip Ad", "Replay", "Advertisement",
                 "pic.twitter.com/abc123XYZ — Jane Roe (@janeroe) February 27, 2012"]  # fmt: skip
    first = ["A gunman killed three students at an Ohio high school on Monday, police said.",
             "The 17-year-old suspect was arrested near the school."]  # fmt: skip
    second = ["Three students were shot dead at a high school in Chardon, Ohio, on Monday.",
              "Schools across the district will stay closed until Friday."]  # fmt: skip
    report = compare_texts(tmp_path, {
        "a.txt": "\n\n".join(["Gunman kills three at Ohio school", furniture[0], first[0], *furniture[1:4],
                              first[1], *furniture[4:]]),
        "b.txt": "\n\n".join(["Three students shot dead in Chardon", furniture[0], second[0], *furniture[1:4],
                              second[1], *furniture[4:]]),
    })  # fmt: skip
    counted = [[s.text for s in a.sentences if s.status != "boilerplate" and s.text != a.title]
               for a in report.articles]
    assert counted == [first, second]


def test_a_wrapped_line_of_prose_that_ends_like_a_credit_stays() -> None:
    """Hard-wrapped prose is cut at no line that merely ends like a credit or reads like a label: such a line goes
    on below (its sentence is open, or the next line continues in lower case)."""
    wrapped = ("Gunman kills three at Ohio high school\n\n"
               "The county released a picture of the suspect and a photo by Jane Roe\n"
               "taken outside the school, where students were evacuated on Monday.\n\n" + BODY[1])
    article = load_text(wrapped)
    assert _content(article)[0].startswith("The county released") and _content(article)[0].endswith("on Monday.")


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # an abbreviation's full stop ends no sentence (ECB+ articles were titled "Gov.", "Dr.", "U.S.")
        ("Alaska Gov. Sarah Palin named a new commissioner on Friday. He starts next week.",
         "Alaska Gov. Sarah Palin named a new commissioner on Friday."),
        ("Dr. Regina Benjamin was nominated as surgeon general. She runs a clinic.",
         "Dr. Regina Benjamin was nominated as surgeon general."),
    ],
)  # fmt: skip
def test_an_article_without_a_headline_is_titled_by_its_first_sentence(lead: str, title: str) -> None:
    """No headline: the title is the first sentence as the engine splits sentences, not the text up to the first
    full stop."""
    assert load_text(lead + "\n\nA second paragraph follows here.").title == title


@pytest.mark.parametrize(
    "stamp",
    ["9 / 10 / 2010 @ 1:19PM", "12 January 2010 @ 09:29 pm", "8 / 2 / 13 at 1:30 PM", "Release: 03 / 08 / 2013"],
)
def test_a_date_line_over_the_headline_is_furniture(stamp: str) -> None:
    """A page's date and time over the headline, "@" or a label between them: furniture, and the headline the
    title (ECB+ tuning articles open so)."""
    article = load_text(f"{stamp}\nFemale employee kills two in Kraft shooting\n" + "\n".join(BODY))
    assert article.title == "Female employee kills two in Kraft shooting"
    assert _content(article) == BODY


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # a page's title ending in its site's address and name (news clusters)
        ("UPDATE: No motive known for gunman - WRCBtv.com | Chattanooga News, Weather & Sports",
         "UPDATE: No motive known for gunman"),
        ("Storm hits Ohio coast - cnn.com", "Storm hits Ohio coast"),
        # a headline that names a site, with no site after a separator: as printed
        ("Yahoo.com buys Tumblr for 1.1 billion", "Yahoo.com buys Tumblr for 1.1 billion"),
        ("Gunman kills three | Chardon Courier", "Gunman kills three | Chardon Courier"),
    ],
)  # fmt: skip
def test_a_title_is_shown_without_its_sites_address(first_line: str, title: str) -> None:
    """The site's address and name a page's title ends in are cut from the title shown."""
    assert load_text(first_line + "\n" + "\n".join(BODY)).title == title


@pytest.mark.parametrize(
    "line",
    [
        "ASSOCIATED PRESS",  # an outlet's name alone in capitals under a headline: a lost picture's credit
        "(THE ASSOCIATED PRESS)",
        "RELATED STORY:",  # a link list's heading, in the singular
        "Related article:",
    ],
)
def test_an_outlets_name_alone_and_a_related_link_heading_are_furniture(line: str) -> None:
    """An outlet's name alone in capitals, or a related-story heading, under a headline is no sentence of the
    article, and names no source (a Reuters story printed "ASSOCIATED PRESS" under its headline)."""
    article = load_text(f"Gunman kills three at Ohio high school\n{line}\n" + "\n".join(BODY), name="story.txt")
    assert _content(article) == BODY
    assert article.source == "story"


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("ASSOCIATED PRESS", True),
        ("THE NEW YORK TIMES", False),  # four words: no tag of two or three
        ("POLICE SAID NOTHING", False),  # no outlet's word
        ("Associated Press", False),  # not in capitals: a byline's piece, read elsewhere
        ("REUTERS", False),  # one word: _BYLINE_RE's, which names the source
    ],
)
def test_an_outlet_tag_is_two_or_three_words_in_capitals_one_an_outlets(line: str, tag: bool) -> None:
    """_is_outlet_tag: two or three words in capitals, one of them an outlet's word."""
    assert load._is_outlet_tag(line) is tag
