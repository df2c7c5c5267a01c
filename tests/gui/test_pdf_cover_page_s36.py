"""A PDF of three articles or more (landscape pages, the columns on a page of their own) uses its cover page: the
key to the columns' colours and marks closes the cover, where a five-article cover left half its page empty under
the Pairs table (session 35's pass). Two articles (portrait) keep the key right above their columns, on the cover
page as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_helpers import write_texts
from test_pdf_last_page import SEEDS, poppler, text_share

from reportdiff.core.compare import compare_files
from reportdiff.gui import pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

TEXT = (
    "Warehouse fire\n\nA fire destroyed a warehouse in the port district of Marseille on Monday night. "
    "At least {killed} people were killed and 14 were injured, the fire service said. "
    "Firefighters fought the blaze for {hours} hours before bringing it under control."
)
KEY_LINE = "Same statement, nearly the same words"  # the legend's first entry


def page_text(path: Path, page: int) -> str:
    return " ".join(poppler("pdftotext", "-f", str(page), "-l", str(page), str(path), "-").split())


@pytest.mark.parametrize("count", [3, 5])
def test_the_cover_page_holds_the_key_when_the_columns_start_a_page(tmp_path: Path, count: int) -> None:
    texts = {f"outlet-{n}.txt": TEXT.format(killed=3 + n % 2, hours=6 + n) for n in range(count)}
    out = tmp_path / "report.pdf"
    pdf.write_pdf(compare_files([str(p) for p in write_texts(tmp_path / "in", texts)]), out, "A4")
    cover, columns = page_text(out, 1), page_text(out, 2)
    assert "Pairs" in cover and KEY_LINE in cover
    before = columns.split("side by side")[0]  # the running head, then the columns' heading
    assert "side by side" in columns and len(before) < 100 and "Articles" in before, columns[:200]
    assert KEY_LINE not in columns  # the key once, on the cover
    assert text_share(out, 1) > 0.6  # before: 0.5 (five articles), 0.45 (three)


def test_two_articles_keep_the_key_above_their_columns(tmp_path: Path) -> None:
    out = tmp_path / "seeds.pdf"
    pdf.write_pdf(compare_files([str(p) for p in SEEDS]), out, "A4")
    cover = page_text(out, 1)
    assert "Key to the colours" not in cover
    assert cover.index("Pairs") < cover.index("Articles side by side") < cover.index(KEY_LINE)
