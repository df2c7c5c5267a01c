"""How many discrepancies each surface states, before and after the presentation layer (issue 8).

Before, five places counted for themselves: the window's top bar, the notes tab and the terminal counted
discrepancy links; the F7 button counted distinct first sentences of those links; the PDF/HTML cover counted
groups of linked sentences. Now every surface states ``presentation.totals`` (one group = one discrepancy).
Prints one line per report (the seeds, every news cluster, split by the tuning boundary) and how many reports
had surfaces disagreeing. Run: ``.venv/bin/python bench/surface_counts.py``. Reads ../shared/eval when present.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from msrp import EVAL

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.presentation.totals import totals

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = EVAL / "news-clusters"
TUNING_BELOW = 600000  # cluster ids below this are the tuning split (coord/BRIEF.md)


def before(report: m.Report) -> dict[str, int]:
    """The counts the old surfaces showed, each computed its own way (as the code before issue 8 did)."""
    links = [k for k in report.links if k.kind == m.DISCREPANCY]
    firsts = {min(k.source, k.target) for k in links}
    return {
        "top bar": len(links),
        "F7": len(firsts),
        "notes": len(links),
        "terminal": len(links),
        "PDF": len(m.link_groups(k for k in report.links if k.kind == m.DISCREPANCY or k.flags)),
    }


def long_pair(folder: Path) -> list[str]:
    """A long pair: every cluster's first article in one file, its second in the other (as a live blog and a
    wire round-up of many stories would be), written to ``folder``."""
    halves: list[list[str]] = [[], []]
    for cluster in sorted(CLUSTERS.glob("gva_*")):
        for k, half in enumerate(halves, start=1):
            path = cluster / f"article_{k}.txt"
            if path.exists():
                half.append(path.read_text(encoding="utf-8").split("\n", 1)[-1])
    out = []
    for k, half in enumerate(halves, start=1):
        path = folder / f"long_{k}.txt"
        path.write_text(f"Long report {k}\n\n" + "\n\n".join(half), encoding="utf-8")
        out.append(str(path))
    return out


def main() -> None:
    """Print the table."""
    seeds = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    reports: list[tuple[str, str, list[str]]] = [("seeds", "", seeds)]
    if CLUSTERS.is_dir():
        for folder in sorted(CLUSTERS.glob("gva_*")):
            split = "tuning" if int(folder.name.split("_")[1]) < TUNING_BELOW else "held-out"
            reports.append((folder.name, split, [str(p) for p in sorted(folder.glob("article_*.txt"))]))
        every = sorted(CLUSTERS.glob("gva_*/article_*.txt"))
        reports.append(("20 articles", "mixed", [str(p) for p in every[:20]]))
        reports.append(("long pair", "mixed", long_pair(Path(tempfile.mkdtemp(prefix="surface_counts_")))))
    else:
        print(f"({CLUSTERS} absent: seeds only)")
    print(f"{'report':<14}{'split':<10}{'n':>3}  {'top bar':>7}{'F7':>5}{'notes':>7}{'terminal':>9}{'PDF':>5}  |  now")
    disagreeing = 0
    for name, split, files in reports:
        report = compare_files(files)
        old = before(report)
        now = totals(report).discrepancies
        disagreeing += len(set(old.values())) > 1
        cells = "".join(f"{old[k]:>{w}}" for k, w in (("top bar", 7), ("F7", 5), ("notes", 7), ("terminal", 9),
                                                        ("PDF", 5)))
        print(f"{name:<14}{split:<10}{len(files):>3}  {cells}  |  {now:>3}")
    print(f"\nreports whose surfaces disagreed before: {disagreeing} of {len(reports)}; after: 0 (one definition, "
          "tests/gui/test_one_set_of_numbers.py)")


if __name__ == "__main__":
    main()
