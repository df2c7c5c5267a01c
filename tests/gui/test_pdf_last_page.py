"""The exported PDF never ends on a near-empty page: real comparisons exported and read back with poppler.

Before, ECB+ comparisons ended on a page holding one quotation row under the repeated header ("Navy · We acted in
self-defence"), or the heading "Quotations (0)" with its one line, sent to a page of its own by the rule that
keeps a section from starting in the last scraps of a page. ``gui/pdf.py`` now keeps a short section whole where
it fits and, when the last page would hold less than LAST_PAGE_MIN of a page, starts it a few rows earlier.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.gui import pdf

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
ECB_DOCS = REPO.parent / "shared" / "eval" / "ecbplus" / "docs"
MM = 72 / 25.4
# The text area of a page after the first, in mm from the top and from the bottom: margins, running head, footer.
BODY_TOP_MM = pdf.MARGINS_MM.top() + pdf.HEADER_MM
BODY_BOTTOM_MM = pdf.MARGINS_MM.bottom() + pdf.FOOTER_MM
NEAR_EMPTY = 0.1  # what a last page's text takes of its height, at least (the export aims at 0.15)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def poppler(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def pages(path: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(path)))[1])  # type: ignore[index]


def text_share(path: Path, page: int) -> float:
    """The share of ``page``'s text area its text takes, from the top to its lowest word (poppler's boxes)."""
    out = poppler("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-")
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out)[1])  # type: ignore[index]
    top, bottom = BODY_TOP_MM * MM, height - BODY_BOTTOM_MM * MM
    lows = [float(y) for y in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"', out)]
    inside = [y for y in lows if top < y < bottom]
    return (max(inside) - top) / (bottom - top) if inside else 0.0


def ecb(topic: int, kind: str, count: int = 5) -> list[Path]:
    """The first ``count`` articles of an ECB+ tuning topic's sub-topic (``kind`` "ecb" or "ecbplus")."""
    found = [p for p in ECB_DOCS.glob(f"{topic}_*{kind}.txt") if re.fullmatch(rf"{topic}_\d+{kind}\.txt", p.name)]
    return sorted(found, key=lambda p: int(p.name.split("_")[1].removesuffix(f"{kind}.txt")))[:count]


@pytest.mark.skipif(not ECB_DOCS.is_dir(), reason="../shared/eval/ecbplus is not on this machine")
@pytest.mark.parametrize(
    ("topic", "kind"),
    [
        (1, "ecb"),  # ended on the last two rows of the quotations table
        (22, "ecb"),  # "Quotations (0)" and its one line, alone on the last page
        (27, "ecbplus"),  # one quotation row under the repeated header
    ],
)
def test_last_page_is_not_near_empty(tmp_path, topic, kind):
    """ECB+ comparisons that used to end on a page of a line or two end on a page at least a tenth full."""
    files = ecb(topic, kind)
    out = tmp_path / "report.pdf"
    pdf.write_pdf(compare_files([str(f) for f in files]), out)
    count = pages(out)
    assert count > 1  # the premise: a document running over a page
    assert text_share(out, count) >= NEAR_EMPTY, poppler("pdftotext", "-f", str(count), str(out), "-")


def test_the_seeds_keep_their_pages_and_totals(tmp_path):
    """The seeds still export to three pages, the last one well filled, stating 17 linked pairs, 1 discrepancy and
    0 figure conflicts."""
    out = tmp_path / "seeds.pdf"
    pdf.write_pdf(compare_files([str(f) for f in SEEDS]), out)
    assert pages(out) == 3
    assert text_share(out, 3) >= NEAR_EMPTY
    cover = " ".join(poppler("pdftotext", "-f", "1", "-l", "1", str(out), "-").split())
    for said in ("17 linked pairs", "1 discrepancy", "0 figure conflicts"):
        assert said in cover
