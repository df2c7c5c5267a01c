"""How long the exports take: the seeds (goal under 1 s) and 10 articles (goal under 5 s).

Prints figures, asserts nothing (run by hand or by CI as a report). The comparison itself is timed apart: the
export figures are PDF and HTML writing only. "first" includes starting Qt headless (QGuiApplication, fonts), which
the command line pays once per run; "again" is what File > Export PDF costs in a window that is already open.

    .venv/bin/python bench/export_speed.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from msrp import EVAL

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [ROOT / "seeds" / "cnews-live-syria-airstrikes.txt", ROOT / "seeds" / "reuters-syria-airstrikes.txt"]
CLUSTERS = EVAL / "news-clusters"  # articles grouped by event; ten taken across clusters
TEN = 10
GOALS = {"seeds": 1.0, "10 articles": 5.0}  # seconds, from issue 4


def ten_articles() -> list[Path]:
    """The first ten articles of the evaluation clusters, or [] when they are not on this machine."""
    if not CLUSTERS.is_dir():
        return []
    return sorted(CLUSTERS.glob("gva_*/article_*.txt"))[:TEN]


def pages(path: Path) -> int:
    """Page count, read from the PDF's page objects (no poppler needed)."""
    return path.read_bytes().count(b"/Type /Page\n") or path.read_bytes().count(b"/Type /Page")


def main() -> int:
    from reportdiff.core.compare import compare_files
    from reportdiff.presentation.htmlreport import render_html

    cases = [("seeds", SEEDS)]
    ten = ten_articles()
    if len(ten) == TEN:
        cases.append(("10 articles", ten))
    else:
        print(f"10 articles: skipped ({CLUSTERS} not found or fewer than {TEN} articles)")

    t0 = time.perf_counter()
    from reportdiff.gui.pdf import write_pdf  # imports Qt

    print(f"import Qt + gui.pdf: {time.perf_counter() - t0:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for n, (name, files) in enumerate(cases):
            t = time.perf_counter()
            report = compare_files([str(f) for f in files])
            compared = time.perf_counter() - t
            out = Path(tmp) / f"{name.replace(' ', '-')}.pdf"
            runs = []
            for _ in range(3):
                t = time.perf_counter()
                write_pdf(report, out, "A4")
                runs.append(time.perf_counter() - t)
            t = time.perf_counter()
            (Path(tmp) / "out.html").write_text(render_html(report), encoding="utf-8")
            html = time.perf_counter() - t
            first_label = "first (starts Qt)" if n == 0 else "first"
            verdict = "ok" if runs[0] + html < GOALS[name] else "OVER GOAL"  # the slower, first export
            print(
                f"{name}: {len(files)} articles, compare {compared:.2f} s | PDF {first_label} {runs[0]:.2f} s, "
                f"again {min(runs[1:]):.2f} s, {pages(out)} pages, {out.stat().st_size // 1024} KB | "
                f"HTML {html:.3f} s | goal < {GOALS[name]:.0f} s: {verdict}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
