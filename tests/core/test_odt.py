"""OpenDocument text (.odt) input: read as a reader sees the document, refused in words when it cannot be.

Every document is made here (tests/core/documents.py ``make_odt``), laid out as LibreOffice writes one.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from documents import make_docx, make_odt  # tests/core/documents.py

from reportdiff.core.article_files import ARTICLE_SUFFIXES, expand_paths
from reportdiff.core.compare import compare_files
from reportdiff.core.errors import InputError
from reportdiff.core.load import load_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def test_an_odt_reads_as_a_reader_sees_it(tmp_path: Path) -> None:
    """Heading as title; spans, links, runs of spaces, tabs and line breaks as words and single spaces; a list, a
    table row and a text box as paragraphs; a footnote, a comment, a deleted change and a picture's alt text left
    out."""
    body = (
        '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
        "</text:sequence-decls>"
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Eleven people died.</text:p>'
        "</text:deletion></text:changed-region></text:tracked-changes>"
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Flood toll rises to '
        "<text:span>twelve</text:span></text:h>"
        + _p('At least 12 people<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
             "<text:note-body><text:p>Police figure.</text:p></text:note-body></text:note> died in floods,"
             "<text:s text:c=\"3\"/>police said<text:tab/>on Monday.<text:change text:change-id=\"c1\"/>")
        + _p('Roads were closed<text:line-break/>and <text:a xlink:href="https://example.org">schools</text:a> shut.'
             "<office:annotation><dc:creator>Ed</dc:creator><text:p>check this</text:p></office:annotation>")
        + '<text:list><text:list-item><text:p>Rescue teams reached the valley.</text:p></text:list-item></text:list>'
        + "<table:table><table:table-row><table:table-cell><text:p>Deaths</text:p></table:table-cell>"
          "<table:table-cell><text:p>12</text:p></table:table-cell></table:table-row></table:table>"
        + _p('<draw:frame draw:name="Box"><draw:text-box><text:p>Helpline: call 112.</text:p></draw:text-box>'
             "</draw:frame>The army was deployed.")
        + _p('<draw:frame draw:name="Pic"><draw:image xlink:href="Pictures/a.png"/><svg:title>A flooded street'
             "</svg:title></draw:frame>")
        + '<text:section text:name="S1"><text:soft-page-break/>' + _p("More rain is forecast.") + "</text:section>"
    )
    article = load_article(make_odt(tmp_path / "flood.odt", body, title="draft"))
    assert article.title == "Flood toll rises to twelve"
    assert article.text.split("\n\n") == [
        "Flood toll rises to twelve",
        "At least 12 people died in floods, police said on Monday.",
        "Roads were closed and schools shut.",
        "Rescue teams reached the valley.",
        "Deaths | 12",
        "The army was deployed.",
        "Helpline: call 112.",
        "More rain is forecast.",
    ]
    assert article.origin.format == "odt" and "OpenDocument" in article.origin.extractor


def test_an_odt_title_styled_by_hand_or_from_its_metadata(tmp_path: Path) -> None:
    """A paragraph in an automatic style derived from "Title" is the title; with no heading at all the
    document's own title (meta.xml) is."""
    styles = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
    styled = make_odt(tmp_path / "a.odt", _p("Floods in the north", "P1") + _p("Twelve people died, police said."),
                      automatic_styles=styles)  # fmt: skip
    assert load_article(styled).title == "Floods in the north"
    plain = make_odt(tmp_path / "b.odt", _p("Twelve people died, police said."), title="Floods in the north")
    assert load_article(plain).title == "Floods in the north"


def test_the_seeds_as_odt_compare_as_their_text(tmp_path: Path) -> None:
    """The two seed articles written as .odt, a paragraph each, compare as their text files do."""
    paths = []
    for seed in sorted(SEEDS.glob("*.txt")):
        paragraphs = [p.strip() for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()]
        body = "".join(_p(_xml(p)) for p in paragraphs)
        paths.append(str(make_odt(tmp_path / f"{seed.stem}.odt", body)))
    as_odt = compare_files(paths)
    as_text = compare_files([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    assert len(as_odt.links) == len(as_text.links) == 17
    assert [a.title for a in as_odt.articles] == [a.title for a in as_text.articles]
    assert [[s.text for s in a.sentences] for a in as_odt.articles] == [
        [s.text for s in a.sentences] for a in as_text.articles
    ]


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_bytes(b"PK\x03\x04" + b"\0" * 200), "its archive is damaged"),
        (lambda p: make_odt(p, "<text:p>unclosed"), "is not a readable OpenDocument text: part of it is damaged"),
        (lambda p: make_odt(p, _p("Secret."), encrypted=True), "is password-protected"),
        (lambda p: _without_content(make_odt(p, _p("x"))), "no content.xml inside"),
        (lambda p: _entity_bomb(p), "is not a readable OpenDocument text"),
    ],
    ids=["damaged zip", "bad XML", "encrypted", "no content", "entity expansion"],
)
def test_a_broken_odt_says_why_in_one_line(tmp_path: Path, make, said: str) -> None:  # type: ignore[no-untyped-def]
    """A damaged, encrypted or hostile .odt is refused with one line naming the file, as a .docx is."""
    path = tmp_path / "story.odt"
    make(path)
    with pytest.raises(InputError) as caught:
        load_article(path)
    assert "story.odt " in str(caught.value) and said in str(caught.value)
    assert "\n" not in str(caught.value)


def _without_content(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name != "content.xml"}
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _entity_bomb(path: Path) -> None:
    """Billion laughs in content.xml: expat refuses the expansion instead of filling memory."""
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(9)
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", f'<?xml version="1.0"?><!DOCTYPE x [{entities}]><x>&j;</x>')


def test_odt_is_an_article_type_and_docx_still_reads(tmp_path: Path) -> None:
    """A folder's .odt files are articles beside its .docx ones."""
    make_odt(tmp_path / "a.odt", _p("Floods killed twelve people on Monday, police said."))
    make_docx(tmp_path / "b.docx", "Floods", ["Floods killed twelve people on Monday, police said."])
    assert ".odt" in ARTICLE_SUFFIXES
    assert [Path(p).name for p in expand_paths([tmp_path])] == ["a.odt", "b.docx"]
