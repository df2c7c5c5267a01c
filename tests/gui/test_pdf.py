"""The PDF export, read back with poppler: real text, embedded fonts, highlight colours, paper sizes, atomic writes.

The seeds are compared by the real engine and exported once per paper size; every assertion reads the PDF the way
an editor's viewer would (``pdftotext``, ``pdftoppm``, ``pdffonts``, ``pdfinfo``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reportdiff.core import model as m
from reportdiff.core.atomic import WriteError
from reportdiff.core.compare import compare_files
from reportdiff.gui import pdf
from reportdiff.presentation import docmodel as dm

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CNEWS = SEEDS / "cnews-live-syria-airstrikes.txt"
REUTERS = SEEDS / "reuters-syria-airstrikes.txt"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def poppler(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True, timeout=60).stdout


def page_text(path: Path, page: int | None = None, layout: bool = False) -> str:
    """The PDF's text: in drawing order (each column whole), or laid out as on the page (table rows on a line)."""
    args = ["-f", str(page), "-l", str(page)] if page else []
    return poppler("pdftotext", *args, "-layout" if layout else "-raw", str(path), "-")


def flat(text: str) -> str:
    """Text with line breaks and hyphen-free wrapping undone, so a sentence can be searched whole."""
    return re.sub(r"\s+", " ", text)


def page_count(path: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(path))).group(1))


@pytest.fixture(scope="module")
def seeds_report() -> m.Report:
    return compare_files([str(CNEWS), str(REUTERS)])


@pytest.fixture(scope="module")
def seeds_pdf(qapp, seeds_report: m.Report, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    """The seeds exported once on A4."""
    path = tmp_path_factory.mktemp("pdf") / "seeds.pdf"
    pdf.write_pdf(seeds_report, path, "A4")
    return path


def test_text_is_real_and_has_both_wordings_of_the_quote(seeds_pdf: Path) -> None:
    """pdftotext finds Assad's quote as Cnews and as Reuters render it, and the facts only one outlet carries."""
    text = flat(page_text(seeds_pdf))
    assert "Terrorists only understand the language of power" in text  # Cnews
    assert "Terrorists only know the language of force" in text  # Reuters
    assert "Khansir" in text  # only Cnews
    assert "Mazloum Abdi" in text  # only Reuters
    assert "Comparison of" in text and "Articles side by side" in text
    assert "reshuffled" in text and "ReportDiff" in text  # no ligature glyphs: searchable as typed
    assert not re.search("[\ufb00-\ufb06]", text)


def test_discrepancy_section_gives_both_wordings_and_the_page_they_stand_on(
    seeds_pdf: Path, seeds_report: m.Report
) -> None:
    """The discrepancy list quotes both wordings and says on which page of the columns each sentence stands."""
    text = flat(page_text(seeds_pdf))
    section = text[text.rindex("Discrepancies") : text.rindex("Figures")]
    assert "understand the language of power" in section and "know the language of force" in section
    doc = dm.build_document(seeds_report)
    quote = next(d for d in doc.discrepancies if any("language of" in v.text for v in d.sides))
    for view in quote.sides:
        said = re.search(rf"paragraph {view.paragraph}, page (\d+)", section)
        assert said, f"no reference to paragraph {view.paragraph} in {section[:300]}"
        page = int(said.group(1))
        words = " ".join(view.text.split()[:6])
        assert words in flat(page_text(seeds_pdf, page)), f"{words!r} is not on page {page}"


def test_figure_table_rows(seeds_pdf: Path, seeds_report: m.Report) -> None:
    """Each fact two articles give is a row of the figure table (label, each value with its hedge, status, on one
    line); each fact one article gives is listed after it with that article's letter and value."""
    text = page_text(seeds_pdf, layout=True)
    table = text[text.rindex("Discrepancies") :]
    lines = [re.sub(r"\s+", " ", line).strip() for line in table.splitlines() if line.strip()]
    doc = dm.build_document(seeds_report)
    assert doc.compared_facts and doc.single_source_facts, "the seeds have shared and lone figures"
    for row in doc.compared_facts:
        values = " ".join(v or "—" for v in row.values)
        expected = f"{row.label} {values} {row.status_label}"
        assert expected in lines, f"{expected!r} not in the figure table"
    raw = flat(page_text(seeds_pdf))  # in drawing order: a value wrapped inside its cell stays whole
    listed = raw[raw.index(f"{dm.SINGLE_SOURCE_HEADING} ({len(doc.single_source_facts)})") :]
    for row, article in doc.single_source_facts:
        expected = f"{row.label} {doc.articles[article].letter} {row.values[article]}"
        assert expected in listed, f"{expected!r} not in the list of single-source figures"
    assert "four million people about four million about four million agree" in lines  # the hedge is kept


def _colour_counts(png: Path, from_top: float = 0.0) -> Counter[str]:
    """How many pixels of each colour (#RRGGBB) the image has below ``from_top`` (a share of its height)."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    top = int(image.height() * from_top)
    image = image.copy(0, top, image.width(), image.height() - top)
    pixels = memoryview(bytes(image.constBits())).cast("I")  # 0xFFRRGGBB, one per pixel
    return Counter({f"#{value & 0xFFFFFF:06X}": n for value, n in Counter(pixels).items()})


def test_page_one_shows_the_highlight_colours(seeds_pdf: Path, tmp_path: Path) -> None:
    """Page 1, rendered: the lower half (article text, below the cover and the legend) carries the screen's tints
    for reworded, unique and discrepant sentences, and the deeper tint of the words that differ."""
    poppler("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(seeds_pdf), str(tmp_path / "page"))
    counts = _colour_counts(next(tmp_path.glob("page*.png")), from_top=0.5)
    for status in (m.PARAPHRASE, m.UNIQUE, m.DISCREPANCY):
        fill = dm.PALETTE[status]["fill"].upper()
        assert counts[fill] > 300, f"{status} tint {fill}: {counts[fill]} pixels"
    for status in (m.PARAPHRASE, m.DISCREPANCY):
        strong = dm.PALETTE[status]["strong"].upper()
        assert counts[strong] > 100, f"{status} differing words {strong}: {counts[strong]} pixels"
    assert counts["#FFFFFF"] > counts[dm.PALETTE[m.PARAPHRASE]["fill"].upper()]  # paper stays paper


def test_fonts_are_embedded(seeds_pdf: Path) -> None:
    """pdffonts lists the fonts drawn with, every one embedded."""
    lines = poppler("pdffonts", str(seeds_pdf)).splitlines()[2:]
    assert lines, "no font: the text would not be text"
    for line in lines:
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_every_page_has_its_number_and_the_files(seeds_pdf: Path) -> None:
    """The footer names both files and numbers the pages "Page n of m"."""
    pages = page_count(seeds_pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = flat(page_text(seeds_pdf, page))
        assert f"Page {page} of {pages}" in text
        assert "cnews-live-syria-airstrikes.txt" in text and "reuters-syria-airstrikes.txt" in text


@pytest.mark.parametrize(
    ("size", "extra", "points"),
    [
        ("A4", False, "595 x 842"),  # two articles: portrait
        ("Letter", False, "612 x 792"),
        ("Letter", True, "792 x 612"),  # three articles: landscape
        ("A4", True, "842 x 595"),
    ],
)
def test_paper_size_and_orientation(
    qapp, seeds_report: m.Report, tmp_path: Path, size: str, extra: bool, points: str  # type: ignore[no-untyped-def]
) -> None:
    """--page-size A4 / Letter, portrait for two articles and landscape for three or more."""
    report = seeds_report
    if extra:
        third = tmp_path / "wire.txt"
        third.write_text(
            "Syrian and Russian jets struck Idlib on Sunday, killing at least 25 people, rescuers said.\n\n"
            "A wire service reporter saw smoke over the city centre.\n",
            encoding="utf-8",
        )
        report = compare_files([str(CNEWS), str(REUTERS), str(third)])
    out = tmp_path / "out.pdf"
    pdf.write_pdf(report, out, size)
    assert f"Page size:       {points}" in poppler("pdfinfo", str(out))
    if extra:
        assert "wire.txt" in page_text(out, 1)


def test_existing_file_survives_a_failed_export(
    qapp, seeds_report: m.Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """Drawing fails half-way: the old file is untouched and no temporary file is left beside it."""
    tmp_path = tmp_path / "out"  # tmp_path itself holds the test settings (tests/gui/conftest.py)
    tmp_path.mkdir()
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the editor's copy")

    def half_then_fail(document: dm.ExportDocument, filename: str, page_size: str, progress: object = None) -> int:
        Path(filename).write_bytes(b"%PDF-1.4 half")
        raise WriteError(f"cannot write {target}: the disk is full")

    monkeypatch.setattr(pdf, "_render", half_then_fail)
    with pytest.raises(WriteError, match="disk is full"):
        pdf.write_pdf(seeds_report, target)
    assert target.read_bytes() == b"the editor's copy"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_overwrite_replaces_the_file_whole(qapp, seeds_report: m.Report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A successful export replaces an existing file with a complete PDF."""
    tmp_path = tmp_path / "out"  # tmp_path itself holds the test settings (tests/gui/conftest.py)
    tmp_path.mkdir()
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    pdf.write_pdf(seeds_report, target, "A4")
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("missing/out.pdf", "does not exist"),  # a folder that is not there
        ("a-folder", "it is a folder"),  # the target is a folder
    ],
)
def test_unwritable_targets_say_why(
    qapp, seeds_report: m.Report, tmp_path: Path, where: str, message: str  # type: ignore[no-untyped-def]
) -> None:
    """A target that cannot be written raises WriteError naming it, in words for a person."""
    (tmp_path / "a-folder").mkdir(exist_ok=True)
    with pytest.raises(WriteError, match=message) as err:
        pdf.write_pdf(seeds_report, tmp_path / where)
    assert str(tmp_path / where) in str(err.value)


def test_read_only_folder_says_permission_denied(
    qapp, seeds_report: m.Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """A folder the user may not write to: WriteError "Permission denied" (simulated: tests may run as root)."""
    tmp_path = tmp_path / "out"  # tmp_path itself holds the test settings (tests/gui/conftest.py)
    tmp_path.mkdir()

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(WriteError, match="Permission denied"):
        pdf.write_pdf(seeds_report, tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []


def test_unknown_page_size_is_refused(qapp, seeds_report: m.Report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Only A4 and Letter: anything else is a WriteError, and nothing is written."""
    tmp_path = tmp_path / "out"  # tmp_path itself holds the test settings (tests/gui/conftest.py)
    tmp_path.mkdir()
    with pytest.raises(WriteError, match="page size"):
        pdf.write_pdf(seeds_report, tmp_path / "out.pdf", "A5")
    assert list(tmp_path.iterdir()) == []


def test_export_colours_are_the_screen_colours() -> None:
    """The exports' colours (presentation.colours) are the window's light palette (gui/palette.py)."""
    from reportdiff.gui.palette import make_palette

    screen = make_palette(dark=False)
    for status in (m.AGREEMENT, m.PARAPHRASE, m.DISCREPANCY, m.UNIQUE):
        assert getattr(screen, status).name().upper() == dm.PALETTE[status]["fill"], status
    for status in (m.AGREEMENT, m.PARAPHRASE, m.DISCREPANCY):
        assert getattr(screen, f"{status}_mark").name().upper() == dm.PALETTE[status]["strong"], status
    assert screen.fig_agree.name().upper() == dm.FIGURE_INK[m.AGREE]
    assert screen.fig_conflict.name().upper() == dm.FIGURE_INK[m.CONFLICT]
    assert screen.fig_single.name().upper() == dm.FIGURE_INK[m.SINGLE_SOURCE]
    assert screen.muted.name().upper() == dm.MUTED_TEXT


def test_conflicting_figure_is_badged_with_what_the_other_says(qapp, tiny_report: m.Report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On paper a conflicting figure cannot be missed: "25" in A is followed by "≠ 31 B", in the columns and in the
    discrepancy, and the figure table states both values with the conflict status."""
    out = tmp_path / "tiny.pdf"
    pdf.write_pdf(tiny_report, out, "A4")
    text = flat(page_text(out))
    assert text.count("25 ≠ 31 B") == 2 and text.count("31 ≠ 25 A") == 2
    assert "people died 25 31 conflict" in flat(page_text(out, layout=True))


def test_many_articles_list_each_facts_values_in_one_cell(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Twelve articles: a column each would be narrower than a word, so a fact's values come in one cell, each
    after its article's letter, whole ("at least 25" is never broken)."""
    articles, figures = [], []
    for i in range(12):
        text = "At least 25 people were killed." if i == 3 else "25 people were killed."
        start = text.index("25")
        sentence = m.Sentence(0, text, 0, len(text), m.SHARED)
        articles.append(m.Article(i, f"/n/{i}.txt", text, text, f"Outlet {i}", (sentence,)))
        figures.append(m.Figure(i, i, 0, "25", 25.0, start, start + 2, "at least" if i == 3 else ""))
    report = m.Report(tuple(articles), (), tuple(figures), (m.Fact(0, "people killed", m.AGREE, tuple(range(12))),))
    out = tmp_path / "twelve.pdf"
    pdf.write_pdf(report, out, "A4")
    text = flat(page_text(out))
    assert "What each article states" in text
    assert "people killed A 25 · B 25 · C 25 · D at least 25 · E 25" in text
