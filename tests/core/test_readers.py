"""Each input format, read from documents made in the test: web page, Markdown, Word, PDF, RTF, and the origin."""

from __future__ import annotations

import socket
import zipfile
from pathlib import Path

import pytest
from documents import RTF, encrypt_pdf, make_docx, make_docx_xml, make_pdf  # tests/core/documents.py

from reportdiff.core.compare import compare_files
from reportdiff.core.errors import InputError
from reportdiff.core.load import load_article, load_text
from reportdiff.core.readers.pdf_doc import _justified, pdf_text

BODY = [
    "At least 12 people died in floods in the north of the country, police said on Monday.",
    "Roads were closed and schools shut across the region after two days of heavy rain.",
    "The army was sent to help evacuate villages along the river, the governor told reporters.",
]

REMOTE_PAGE = (
    "<!doctype html><html><head><title>Floods kill 12 in the north | Example News</title>"
    "<link rel='stylesheet' href='http://203.0.113.5/site.css'>"
    "<script src='http://203.0.113.5/tracker.js'></script>"
    "<script>fetch('http://203.0.113.5/beacon'); document.write('<p>INJECTED BY SCRIPT</p>');</script>"
    "<meta property='og:title' content='Floods kill 12 in the north'>"
    "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<img src='http://203.0.113.5/banner.png'><iframe src='http://203.0.113.5/ad.html'></iframe>"
    "<article><h1>Floods kill 12 in the north</h1>"
    + "".join(f"<p>{p}</p><img src='http://203.0.113.5/{k}.jpg'>" for k, p in enumerate(BODY))
    + "</article><object data='http://203.0.113.5/flash.swf'></object></body></html>"
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every way Python opens a connection or resolves a name records the attempt and fails."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_web_page_loads_with_no_network_and_no_script(tmp_path: Path, no_network: list[object]) -> None:
    """A page full of remote CSS, scripts, images and frames loads offline: no socket opened, no script run."""
    page = tmp_path / "floods.html"
    page.write_text(REMOTE_PAGE, encoding="utf-8")
    article = load_article(page)
    assert no_network == []
    assert "INJECTED BY SCRIPT" not in article.text  # the script's document.write never ran
    assert article.title == "Floods kill 12 in the north"
    for paragraph in BODY:
        assert paragraph in article.text
    assert "Home" not in article.text and "fetch(" not in article.text


def test_big_page_with_a_small_article_is_accepted(tmp_path: Path) -> None:
    """The size limit applies to the extracted text: a 3 MB page (inline data, scripts) around 3 paragraphs loads."""
    padding = "<script>var blob = '" + "x" * 3_000_000 + "';</script>"
    page = tmp_path / "heavy.html"
    page.write_text(REMOTE_PAGE.replace("</head>", padding + "</head>"), encoding="utf-8")
    assert page.stat().st_size > 3_000_000
    article = load_article(page)
    assert BODY[1] in article.text and len(article.text) < 2000


def test_page_trafilatura_cannot_read_falls_back_to_every_paragraph(tmp_path: Path) -> None:
    """When trafilatura finds no article, our paragraph reader keeps the text and the origin says so."""
    page = tmp_path / "bare.html"
    page.write_text("<html><body><p>Floods kill 12 in the north. Rescuers searched the villages on Monday.</p>"
                    "</body></html>", encoding="utf-8")  # fmt: skip
    article = load_article(page)
    assert "Floods kill 12 in the north." in article.text
    assert article.origin.format == "html" and article.origin.extractor


def test_markdown_through_a_real_parser(tmp_path: Path) -> None:
    """Setext headings, reference links, escapes, code spans and _em_ come out as a reader sees them."""
    md = tmp_path / "story.md"
    md.write_text(
        "Floods kill twelve in the north\n===============================\n\n"
        "At \\*least\\* 12 people died, [police][p] said, in `Region 5` on _Monday_.\n\n"
        "![a photo](pic.jpg)\n\n[p]: https://police.example\n",
        encoding="utf-8",
    )
    article = load_article(md)
    assert article.title == "Floods kill twelve in the north"
    assert article.text == (
        "Floods kill twelve in the north\n\nAt *least* 12 people died, police said, in Region 5 on Monday."
    )
    assert article.origin.extractor.startswith("markdown-it-py")


def test_docx_paragraphs_in_order_with_heading_as_title(tmp_path: Path) -> None:
    """A Word file gives its paragraphs in order, its Title paragraph as the title, table rows as paragraphs."""
    path = make_docx(tmp_path / "floods.docx", "Floods kill 12", BODY, [["Region", "Dead"], ["North", "12"]])
    article = load_article(path)
    assert article.title == "Floods kill 12"
    assert article.text == "\n\n".join(["Floods kill 12", *BODY, "Region | Dead", "North | 12"])
    assert article.origin.format == "docx" and article.origin.extractor.startswith("python-docx")


def _p(inner: str, style: str = "") -> str:
    tabs = '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'  # a tab stop is a w:tab too, and no text
    props = f'<w:pPr><w:pStyle w:val="{style}"/>{tabs}</w:pPr>' if style else ""
    return f"<w:p>{props}{inner}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_docx_reads_a_newsroom_draft_as_word_shows_it(tmp_path: Path) -> None:
    """A draft from a template, edited with Track Changes on (review-s23 F13): the headline and a paragraph inside
    content controls were lost, and the tracked insertion "19" too ("has risen to , the coastguard said."); now
    the text reads as with the changes accepted, a text box once (not again from its fallback copy)."""
    box = "<w:txbxContent>" + _p(_r("Ferry had 68 passengers.")) + "</w:txbxContent>"
    body = (
        f'<w:sdt><w:sdtPr><w:alias w:val="Headline"/></w:sdtPr><w:sdtContent>{_p(_r("Ferry toll rises"), "Title")}'
        "</w:sdtContent></w:sdt>"
        + _p(_r("The toll has risen to ") + '<w:del w:id="1" w:author="Ed"><w:r><w:delText>17</w:delText></w:r></w:del>'
             + '<w:ins w:id="2" w:author="Ed">' + _r("19") + "</w:ins>" + _r(", the coastguard said."))
        + "<w:sdt><w:sdtContent>" + _p(_r("Rescuers pulled 42 people from the water.")) + "</w:sdtContent></w:sdt>"
        + _p(_r("Divers searched the hull.") + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
             f"<w:drawing>{box}</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
             "</mc:AlternateContent></w:r>")
    )  # fmt: skip
    article = load_article(make_docx_xml(tmp_path / "draft.docx", body))
    assert article.title == "Ferry toll rises"
    assert article.text == "\n\n".join([
        "Ferry toll rises", "The toll has risen to 19, the coastguard said.",
        "Rescuers pulled 42 people from the water.", "Divers searched the hull.",
        "Ferry had 68 passengers."])  # fmt: skip


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    """A .docx whose member would inflate ~1000x (a zip bomb) is refused before anything is inflated."""
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 5_000_000)
    with pytest.raises(InputError, match="zip bomb"):
        load_article(path)


def test_pdf_reading_order_hyphenation_and_running_lines(tmp_path: Path) -> None:
    """A two-page PDF: header, page numbers gone; 'Mon-/day' joined; paragraphs rebuilt across the page break."""
    pages = [
        ["Example Times - Monday", "Floods kill twelve in the north",
         "At least 12 people died in floods in the north of the country, police said on Mon-",
         "day, as rescuers searched for more victims in the villages along the river banks.",
         "Roads were closed.", "Page 1 of 2"],
        ["Example Times - Monday",
         "The army was sent to help evacuate villages along the river, the governor told re-",
         "porters at a news conference in the regional capital on Monday evening.", "Page 2 of 2"],
    ]  # fmt: skip
    path = tmp_path / "floods.pdf"
    path.write_bytes(make_pdf(pages, title="Floods kill twelve"))
    article = load_article(path)
    assert article.text == (
        "Floods kill twelve in the north\n\n"
        "At least 12 people died in floods in the north of the country, police said on Monday, as rescuers "
        "searched for more victims in the villages along the river banks. Roads were closed.\n\n"
        "The army was sent to help evacuate villages along the river, the governor told reporters at a news "
        "conference in the regional capital on Monday evening."
    )
    assert article.title == "Floods kill twelve in the north"
    assert article.origin.format == "pdf" and article.origin.extractor.startswith("pypdfium2 ")


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["Story text one.", "3"], "Story text one."),  # a bare page number at the foot
        (["- 4 -", "Story text two."], "Story text two."),  # a dashed page number at the head
        (["Page 7", "Story text three."], "Story text three."),  # "Page 7"
        (["Story 25 said.", "25 people"], "Story 25 said. 25 people"),  # a number inside text stays
    ],
)
def test_pdf_page_numbers(lines: list[str], text: str) -> None:
    """Bare page numbers at a page's edge go; text that merely holds a number stays."""
    assert pdf_text([lines]) == text


def test_pdf_words_are_spaced_where_the_glyphs_stand(tmp_path: Path) -> None:
    """A PDF set as typesetters set justified text (each word placed by position, no space characters between
    words, and a space glyph the typesetter then moves back over) reads as the words a reader sees: PDFium's own
    spacing gave "We hav e never seen", glued and split words that read as a quote worded differently."""
    lines = ['Flooding killed 23 people on Thursday, and "We hav|e never seen water rise this fast," the',
             "governor told reporters. Emergency services said the river first broke its banks overnight."]  # fmt: skip
    path = tmp_path / "typeset.pdf"
    path.write_bytes(make_pdf([lines], word_gap=250))
    text = load_article(path).text
    assert '"We have never seen water rise this fast," the governor told reporters.' in text
    assert text.split() == " ".join(lines).replace("|", "").split()


@pytest.mark.parametrize(
    ("lines", "justified", "text"),
    [
        (["The govern-", "ment said."], True, "The government said."),  # justified text: a typesetter's break
        (["Villages in the low-", "lying delta were cut off."], False, "Villages in the low-lying delta were cut off."),
        # ragged-right text, but another break splits a word the document spells whole: this producer hyphenates
        (["Police said on Mon-", "day that re-", "porters had left on Monday."], False,
         "Police said on Monday that reporters had left on Monday."),
        (["The low-lying north was spared, but the low-", "lying south was not."], True,
         "The low-lying north was spared, but the low-lying south was not."),  # the document spells it so
        (["A 12-", "kilometre levee broke."], True, "A 12-kilometre levee broke."),  # numbers are never hyphenated
        (["An Anglo-", "American firm."], True, "An Anglo-American firm."),
        (["Hayat Tahrir al-Sham—", "an alliance—said so."], True, "Hayat Tahrir al-Sham—an alliance—said so."),
        (["It rose - ", "and fell."], True, "It rose - and fell."),  # a dash between words stays spaced
    ],
)  # fmt: skip
def test_pdf_line_end_hyphens(lines: list[str], justified: bool, text: str) -> None:
    """A hyphen at a line end is undone where a typesetter hyphenated a word and kept where it is the word's own
    (review-s22: "low-lying" read "lowlying", "12-kilometre" read "12- kilometre", one agreeing figure lost)."""
    assert pdf_text([lines], justified=justified) == text


def test_pdf_running_lines_keep_to_their_edge() -> None:
    """A header at the top of every page goes; the line Qt's writer draws at the foot of one page and the head of
    the next (one copy hidden by the margin) stays, once: both copies were taken for a running line."""
    pages = [["Example Times", "The senator was asked about the", "award on Monday. He declined",
              "to comment further on the"],
             ["Example Times", "to comment further on the", "contract, his office said. A",
              "hearing is set for June."]]  # fmt: skip
    assert pdf_text(pages) == ("The senator was asked about the award on Monday. He declined to comment further on the "
                               "contract, his office said. A hearing is set for June.")  # fmt: skip


@pytest.mark.parametrize(
    ("ends", "justified"),
    [
        ([538.0, 538.4, 537.9, 538.1, 300.2, 538.0, 412.0], True),  # one flush-right column, paragraph ends short
        ([289.0, 538.0, 289.3, 538.2, 288.8, 538.1, 150.0, 289.1], True),  # two columns
        ([514.0, 527.0, 490.0, 503.0, 531.0, 470.0, 520.0, 498.0], False),  # ragged right
        ([300.0, 410.0], True),  # too few lines to tell: as before
    ],
)  # fmt: skip
def test_pdf_justified_lines(ends: list[float], justified: bool) -> None:
    assert _justified(ends) is justified


def test_encrypted_pdf_says_password_protected(tmp_path: Path) -> None:
    """A PDF with a user password: one line saying it is password-protected."""
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypt_pdf(make_pdf([BODY]), "secret"))
    with pytest.raises(InputError, match="is password-protected") as info:
        load_article(path)
    assert str(path) in str(info.value)


def test_pdf_encrypted_with_empty_password_is_read(tmp_path: Path) -> None:
    """Owner-only protection (empty user password) opens like any PDF."""
    path = tmp_path / "owner.pdf"
    path.write_bytes(encrypt_pdf(make_pdf([BODY]), ""))
    assert BODY[0] in load_article(path).text


def test_image_only_pdf_has_no_text_layer(tmp_path: Path) -> None:
    """A scan (pages with pictures only) gets "has no text layer", not an empty article."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []], image_only=True))
    with pytest.raises(InputError, match="has no text layer"):
        load_article(path)


def test_rtf(tmp_path: Path) -> None:
    """RTF: paragraphs, cp1252 escapes and Unicode escapes decoded."""
    path = tmp_path / "floods.rtf"
    path.write_bytes(RTF.encode("ascii"))
    article = load_article(path)
    assert article.title == "Flood toll rises to twelve in the north"
    assert "Café owners said “it is over”." in article.text
    assert "Roads were closed — schools shut." in article.text


def test_formats_compare_together_and_origins_reach_the_json(tmp_path: Path) -> None:
    """A PDF and a Word file of the same story compare; each article's origin is in the JSON."""
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(make_pdf([["Floods kill twelve in the north", *BODY]]))
    doc = make_docx(tmp_path / "b.docx", "Floods kill 12 in the north", BODY)
    report = compare_files([pdf, doc])
    origins = [a["origin"] for a in report.to_json()["articles"]]
    assert [o["format"] for o in origins] == ["pdf", "docx"]
    assert origins[0]["path"] == str(pdf)
    assert report.links  # the same sentences linked across formats


@pytest.mark.parametrize(
    ("markup", "said"),
    [
        # a section front: a menu and a list of headlines, no sentence among them
        ('<html><head><title>Home</title></head><body><nav><a href="/a">World</a><a href="/b">Sport</a></nav><ul>'
         '<li><a href="/x">Fire kills 25 in the old town</a></li><li><a href="/y">Storm closes every school in the'
         ' north</a></li></ul></body></html>', "holds no article text"),
        # a page that shows its text with a script
        ('<html><body><script>window.location="/article"</script><noscript>Please enable JavaScript to continue.'
         "</noscript></body></html>", "no "),
    ],
)  # fmt: skip
def test_a_page_without_an_article_is_refused_saying_why(tmp_path: Path, markup: str, said: str) -> None:
    """A saved page with no running text is no article: it is left out with a reason, not compared as one whose
    link texts would all show as statements only it carries."""
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    with pytest.raises(InputError, match=said):
        load_article(page)


def _page(title: str, body: str, lang: str = "en") -> str:
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ["News", "Sport", "Business", "Opinion"])
    head = f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
    article = f"<main><article><h1>{title}</h1>{body}</article></main>"
    return f"{head}<body><header><ul>{nav}</ul></header>{article}</body></html>"


@pytest.mark.parametrize(
    "markup",
    [
        _page("北部省份洪水造成23人死亡", "<p>地方政府星期四表示，连续三天的暴雨引发洪水，造成北部省份至少23人死亡，"
              "4500人被迫离开家园。</p><p>救援人员仍在搜寻11名失踪者。</p>", "zh"),
        _page("Election night live", "".join(f"<div><time>{t}</time><p>{x}</p></div>" for t, x in [
            ("22:41", "Polls close in Ohio"), ("22:45", "Turnout up 4 points on 2022, officials say"),
            ("22:52", "First results: Smith 52%, Jones 48%")])),
        _page("What we know about the mall shooting", "<ul><li>Three people were killed and five injured</li>"
              "<li>The gunman, 24, was arrested at the scene</li><li>Police say the motive is unclear</li></ul>"),
        _page("Three killed in mall shooting", "<p>Three people were killed at Springfield Mall, police say.</p>"),
    ],
    ids=["chinese", "live-blog", "key-points", "one-line-alert"],
)  # fmt: skip
def test_short_pages_without_spaces_or_final_periods_are_articles(tmp_path: Path, markup: str) -> None:
    """Text outside links is what makes a page an article, in any script, with or without sentence ends."""
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    assert load_article(page).text


def test_hard_wrapped_text_joins_words_hyphenated_at_line_ends() -> None:
    """Wire copy and text copied from a PDF viewer or an e-mail come wrapped, words hyphenated at line ends: the
    same quote read "hull over- night" against "hull overnight", a false "quote wording differs" (review-s23 F26).
    A compound keeps its hyphen (the document spells it so, or a number is hyphenated), and text with one paragraph
    a line (no blank lines: no soft wraps) is left as it is."""
    wrapped = (
        "Ferry capsizes, killing 17\n\n"
        '   "Divers recovered 11 bodies from the hull over-\nnight," Dorn said. The low-lying shore and the low-\n'
        "   lying islands were searched along a 12-\nkilometre stretch by investi-\ngators.\n"
    )
    text = load_text(wrapped).text
    assert '"Divers recovered 11 bodies from the hull overnight," Dorn said.' in text
    assert "the low-lying islands were searched along a 12-kilometre stretch by investigators." in text
    lines = "Ferry capsizes, killing 17\nA list of the dead is kept by the town-\nhall of Kellford.\n"
    assert load_text(lines).text == lines.strip()


def _mime(headers: str, parts: list[tuple[str, str]], multipart: str = "related") -> bytes:
    """A MIME message: ``headers`` then each (content type, body) part, quoted-printable, in one multipart."""
    import quopri

    out = [headers.strip("\n"), "MIME-Version: 1.0", f'Content-Type: multipart/{multipart}; boundary="----B----"', ""]
    for kind, body in parts:
        out += ["------B----", f"Content-Type: {kind}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
                "", quopri.encodestring(body.encode()).decode()]  # fmt: skip
    return "\n".join([*out, "------B------", ""]).encode()


def test_a_page_saved_as_one_file_is_read_as_the_page(tmp_path: Path) -> None:
    """Chrome's and Edge's "Webpage, Single File" (.mhtml) was read as plain text: its MIME headers and
    quoted-printable markup ('<html lang=3D"en">') became the article, dateline "From" (review-s23 F28). Now its
    page is read as a web page, and a message without a name that says so is recognised too."""
    page = ("<html><head><title>Ferry toll rises to 19</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article><h1>Ferry toll rises to 19</h1><p>KELLFORD - The number of people killed when a ferry capsized "
            "on Lake Tamsin on Tuesday has risen to 19, the coastguard said on Wednesday.</p><p>Rescuers pulled 42 "
            "people from the water alive, and 9 remained missing by nightfall, officials said.</p></article>"
            "</body></html>")  # fmt: skip
    data = _mime("From: <Saved by Blink>\nSubject: Ferry toll rises to 19", [("text/html", page), ("image/png", "x")])
    for name in ("ledger.mhtml", "ledger"):
        (tmp_path / name).write_bytes(data)
        article = load_article(tmp_path / name)
        assert article.title == "Ferry toll rises to 19"
        assert "has risen to 19, the coastguard said on Wednesday." in article.text
        assert "=3D" not in article.text and "Saved by Blink" not in article.text and "Home" not in article.text
        assert article.origin.format == "mhtml"


def test_an_email_is_read_as_its_text_with_the_subject_as_title(tmp_path: Path) -> None:
    """A wire story forwarded by mail (.eml): its headers were the title and its first sentence; now the text part,
    hard-wrapped as mail is, and the Subject without "Fwd:"."""
    body = ("KELLFORD - A passenger ferry capsized on Lake Tamsin early on Tuesday, killing\nat least 17 people, "
            "the coastguard said.\n\nRescuers pulled 42 people from the water over-\nnight, officials "
            "said.\n")  # fmt: skip
    data = _mime("From: desk@example.org\nSubject: Fwd: Ferry capsizes on Lake Tamsin",
                 [("text/plain", body), ("text/html", "<p>HTML copy</p>")], "alternative")  # fmt: skip
    path = tmp_path / "wire.eml"
    path.write_bytes(data)
    article = load_article(path)
    assert article.title == "Ferry capsizes on Lake Tamsin"
    assert "killing\nat least 17 people" in article.text and "over night" not in article.text
    assert "overnight, officials said." in article.text and "HTML copy" not in article.text
    assert article.origin.format == "email"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.eml", b"From: a@example.org\nSubject: hi\nMIME-Version: 1.0\n\n", "holds no text part to read"),
        ("pic.mhtml", b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: '
                      b"image/png\n\nxx\n--b--\n", "holds no web page part to read"),
        ("odd.mht", b"\x00\xff" * 40, "holds no web page part to read"),
    ],
)  # fmt: skip
def test_unreadable_saved_pages_and_mails_say_why(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load_article(path)


@pytest.mark.parametrize(
    "front",
    [
        '---\ntitle: "Ferry disaster on Lake Tamsin"\nauthor: Lina Park\ndate: 2025-03-12\n'
        "tags: [ferry, kellford]\n---\n",
        '+++\ntitle = "Ferry disaster on Lake Tamsin"\ndate = 2025-03-12T08:00:00Z\n+++\n',  # Hugo's TOML
    ],
)
def test_markdown_front_matter_is_metadata(tmp_path: Path, front: str) -> None:
    """A blog's or CMS's front matter was a setext heading under CommonMark: the title read "title: ... author:
    Lina Park date: ...", a shared sentence and the figures 2025 and 03-12 (review-s23 F25)."""
    path = tmp_path / "post.md"
    path.write_text(front + "\nKELLFORD - A ferry capsized on Lake Tamsin on Tuesday, killing 17 people.\n", "utf-8")
    article = load_article(path)
    assert article.title == "Ferry disaster on Lake Tamsin"
    assert article.text == "KELLFORD - A ferry capsized on Lake Tamsin on Tuesday, killing 17 people."


def test_markdown_rule_and_setext_heading_stay_text(tmp_path: Path) -> None:
    """A thematic break then a setext heading is no front matter: its text stays."""
    path = tmp_path / "post.md"
    path.write_text("---\nFerry capsizes on Lake Tamsin\n---\n\nSeventeen people were killed on Tuesday.\n", "utf-8")
    assert load_article(path).text.startswith("Ferry capsizes on Lake Tamsin")


def test_control_characters_never_reach_the_text(tmp_path: Path) -> None:
    """A scraped page's escape sequences (as entities or raw) were printed by `compare` and cleared and recoloured
    the terminal (review-s23 F27): control characters are no text; a form feed is a line break."""
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Ferry capsizes&#27;[2J&#27;[31m on Lake Tamsin</title></head><body><article>"
                    "<p>A passenger ferry capsized on Lake Tamsin on Tuesday, killing 17 people, the coastguard "
                    "said.&#27;[41m</p><p>Rescuers pulled 42 people from the water alive, officials said\x1b[5m.</p>"
                    "</article></body></html>", encoding="utf-8")  # fmt: skip
    article = load_article(page)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in article.text + article.title)
    assert article.title == "Ferry capsizes[2J[31m on Lake Tamsin"
    assert load_text("Storm hits\x0cthe coast\x85 today").text == "Storm hits\nthe coast today"


def test_an_encrypted_word_file_says_password_protected(tmp_path: Path) -> None:
    """Word encrypts a .docx into an OLE container: it was refused as "not a text file (binary data)"."""
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    with pytest.raises(InputError, match="is password-protected; save an unprotected copy"):
        load_article(path)


def test_markdown_rules_around_a_statement_stay_text(tmp_path: Path) -> None:
    """Two rules around a line that happens to hold a colon are no front matter: "Update: ..." stays text."""
    path = tmp_path / "post.md"
    path.write_text("---\nUpdate: the toll rose to 19 on Wednesday.\n---\n\nSeventeen people were killed.\n", "utf-8")
    assert "Update: the toll rose to 19 on Wednesday." in load_article(path).text
