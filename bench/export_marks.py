"""Share of the text the PDF/HTML columns mark as "changed words", before and after the calm view (issue 8).

Before, the export columns marked every differing word of each linked sentence against its closest counterpart;
now they mark what ``presentation.emphasis.informative_spans`` keeps (near-identical sentences, figures, names,
negations, quotations), as the window does by default. Prints, per report, the share of the characters of all
content sentences, and of linked sentences only. Run: ``.venv/bin/python bench/export_marks.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from msrp import EVAL

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.presentation.emphasis import all_spans, informative_spans

ROOT = Path(__file__).resolve().parents[1]
CLUSTER_5 = EVAL / "news-clusters" / "gva_595069"  # five articles, tuning split


def shares(report: m.Report) -> dict[str, float]:
    """Marked characters over content characters and over linked sentences' characters, before and after."""
    content = linked = before = after = 0
    for ref, sentence in report.iter_sentences():
        if sentence.status == m.BOILERPLATE:
            continue
        size = len(sentence.text)
        content += size
        if report.index.links_of(ref):
            linked += size
            before += sum(b - a for a, b in all_spans(report, ref))
            after += sum(b - a for a, b in informative_spans(report, ref))
    return {
        "before_content": before / content if content else 0.0,
        "after_content": after / content if content else 0.0,
        "before_linked": before / linked if linked else 0.0,
        "after_linked": after / linked if linked else 0.0,
    }


def main() -> None:
    """Print one line per report."""
    reports = [("seeds", sorted((ROOT / "seeds").glob("*.txt")))]
    if CLUSTER_5.is_dir():
        reports.append((CLUSTER_5.name, sorted(CLUSTER_5.glob("article_*.txt"))))
    else:
        print(f"({CLUSTER_5} absent: seeds only)")
    print(f"{'report':<12} {'marked, of all text':>22} {'marked, of linked sentences':>30}")
    for name, paths in reports:
        s = shares(compare_files([str(p) for p in paths]))
        print(
            f"{name:<12} {s['before_content']:>10.1%} -> {s['after_content']:<8.1%}"
            f"{s['before_linked']:>14.1%} -> {s['after_linked']:.1%}"
        )


if __name__ == "__main__":
    main()
