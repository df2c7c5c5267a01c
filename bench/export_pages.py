"""How the exported PDF's pages end: page count, and how much the last page holds, on real comparisons.

A page that carries one word or one line of a paragraph (an orphan / widow at the end of the document) wastes a
sheet and reads as a mistake; so does a paragraph's line alone at the top or the bottom of a page inside the
articles' columns. This bench exports the seeds, the news clusters of the tuning split (incident id below
600000) and ECB+ tuning topics 1-35 (each topic's first five articles of one sub-topic), reads every PDF back with
poppler and prints, per comparison, the pages, the share of the last page's height its text takes, and its words and
text lines (the running head and footer left out), and the lines the columns leave alone (``alone``, counted on
the laid-out document: ``gui/pdf.py``'s ``lines_alone``; "-" for a tree without it). A summary counts the last
pages under LOW_SHARE and the lines alone.

Prints figures, asserts nothing (run by hand):

    .venv/bin/python bench/export_pages.py            # every case
    .venv/bin/python bench/export_pages.py --limit 10 # the first ten
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from msrp import EVAL

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CLUSTERS = EVAL / "news-clusters"
ECB = EVAL / "ecbplus" / "docs"
TUNING_CLUSTER_BELOW = 600000  # the tuning split of the news clusters (eval README)
ECB_TUNING_TOPICS = range(1, 36)  # the tuning split of ECB+
ECB_PER_CASE = 5  # articles per ECB+ comparison (a topic's sub-topic has up to ~20)
LOW_SHARE = 0.12  # a last page whose text takes less of its height than this is near-empty: a few lines


def cases() -> list[tuple[str, list[Path]]]:
    """(name, files): the seeds, the tuning clusters, ECB+ tuning topics (ecb and ecbplus sub-topics apart)."""
    found: list[tuple[str, list[Path]]] = [("seeds", SEEDS)]
    if CLUSTERS.is_dir():
        for folder in sorted(CLUSTERS.glob("gva_*")):
            if int(folder.name.split("_")[1]) < TUNING_CLUSTER_BELOW:
                files = sorted(folder.glob("article_*.txt"))
                if len(files) >= 2:
                    found.append((folder.name, files))
    if ECB.is_dir():
        groups: dict[tuple[int, str], list[Path]] = defaultdict(list)
        for path in ECB.glob("*.txt"):
            match = re.fullmatch(r"(\d+)_(\d+)(ecb|ecbplus)\.txt", path.name)
            if match and int(match[1]) in ECB_TUNING_TOPICS:
                groups[(int(match[1]), match[3])].append(path)
        for (topic, kind), files in sorted(groups.items()):
            files.sort(key=lambda p: int(re.fullmatch(r"\d+_(\d+)\D.*", p.name)[1]))  # type: ignore[index]
            if len(files) >= 2:
                found.append((f"ecb {topic} {kind}", files[:ECB_PER_CASE]))
    return found


def body_lines(page_text: str) -> list[str]:
    """The text lines of one page of ``pdftotext -layout``, without the running head and the footer."""
    lines = [ln for ln in page_text.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not re.search(r"Page \d+ of \d+", ln) and not ln.strip().startswith("Files:")]
    if lines and re.search(r"\d{4}, \d\d:\d\d\s*$", lines[0]):  # the running head: title, date compared
        lines = lines[1:]
    return lines


MM = 72 / 25.4  # PDF points per millimetre
BODY_TOP_MM, BODY_BOTTOM_MM = 14 + 7, 12 + 8  # gui/pdf.py's margins with the running head and the footer


def last_page_share(pdf: Path, page: int) -> float:
    """How much of the last page's text area its text takes, top to its lowest word (0-1), from poppler's boxes."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    if not size:
        return 0.0
    height = float(size[2])
    top, bottom = BODY_TOP_MM * MM, height - BODY_BOTTOM_MM * MM
    lows = [float(y) for y in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"', out)]
    lows = [y for y in lows if top < y < bottom]
    return (max(lows) - top) / (bottom - top) if lows else 0.0


def last_page(pdf: Path) -> tuple[int, list[str]]:
    """(pages, the body lines of the last page)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = text.stdout.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return len(pages), body_lines(pages[-1]) if pages else []


def lines_alone(report: object, page_size: str, folder: Path) -> int | None:
    """The paragraph lines left alone on a page in the articles' columns of ``report``'s PDF, as laid out."""
    from reportdiff.gui import pdf
    from reportdiff.presentation.docmodel import build_document

    if not hasattr(pdf, "_page_setup"):
        return None
    document = build_document(report)  # type: ignore[arg-type]
    writer, _key, header_h, footer_h = pdf._page_setup(document, str(folder / "alone.pdf"), page_size)
    body_h = float(writer.height()) - header_h - footer_h
    builder = pdf._paginate(document, writer, float(writer.width()), body_h, pdf._no_progress)
    return len(builder.lines_alone(every=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N cases")
    parser.add_argument("--page-size", default="A4")
    parser.add_argument("--only", default="", help="only the cases whose name contains this")
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args()
    from reportdiff.core.compare import compare_files
    from reportdiff.gui.pdf import write_pdf

    todo = cases()
    todo = [(name, files) for name, files in todo if args.only in name]
    if args.limit:
        todo = todo[: args.limit]
    low = alone_total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, files in todo:
            report = compare_files([str(f) for f in files])
            out = (args.keep or Path(tmp)) / (name.replace(" ", "_") + ".pdf")
            write_pdf(report, out, args.page_size)
            pages, lines = last_page(out)
            words = sum(len(ln.split()) for ln in lines)
            share = last_page_share(out, pages)
            alone = lines_alone(report, args.page_size, Path(tmp))
            alone_total += alone or 0
            flag = "  <- near-empty" if share < LOW_SHARE and pages > 1 else ""
            low += bool(flag)
            shown = " | ".join(ln.strip()[:40] for ln in lines[:3])
            print(f"{name:22s} {len(files):2d} articles {pages:3d} pages  alone: {'-' if alone is None else alone:>2} "
                  f"last: {share:4.0%} {words:4d} words "
                  f"{len(lines):3d} lines  {shown[:90]}{flag}", flush=True)  # fmt: skip
    print(f"\n{len(todo)} comparisons; last page near-empty (text on < {LOW_SHARE:.0%}, not the only page): {low}; "
          f"paragraph lines alone in the columns: {alone_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
