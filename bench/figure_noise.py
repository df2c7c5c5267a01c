"""Share of extracted numbers that are not figures, on a hand-labelled sample of the tuning clusters, printed.

Run by hand: ``.venv/bin/python bench/figure_noise.py [--show]``. Reads ../shared/eval/news-clusters (skips when
absent) and ``bench/figure_noise_labels.tsv`` (spans labelled by hand: 1 figure, 0 not a figure). Every sentence
holding a labelled span is read again with today's ``find_figures``; each span it extracts is looked up in the
labels by offset and text. Prints the not-a-figure share over labelled extractions, and lists extractions nobody
has labelled yet (label them, never guess). ``--show`` lists the noise found. Asserts nothing.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from msrp import EVAL  # noqa: E402

from reportdiff.core.figures import find_figures  # noqa: E402
from reportdiff.core.load import load_article  # noqa: E402
from reportdiff.core.segment import segment  # noqa: E402

LABELS = Path(__file__).with_name("figure_noise_labels.tsv")


def main() -> None:
    base = EVAL / "news-clusters"
    if not base.is_dir():
        print("figure noise: news clusters absent, skipped")
        return
    lines = [line for line in LABELS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    labels: dict[tuple[str, str, int, str], int] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        labels[(row["cluster"], row["article"], int(row["offset"]), row["text"])] = int(row["label"])
    by_article: dict[tuple[str, str], set[int]] = {}
    for cluster, article, offset, _text in labels:
        by_article.setdefault((cluster, article), set()).add(offset)
    extracted = noise = unlabelled = 0
    shown: list[str] = []
    for (cluster, article), offsets in sorted(by_article.items()):
        loaded = load_article(str(base / cluster / article))
        for span in segment(loaded.text, loaded.paragraphs):
            if not any(span.start <= o < span.end for o in offsets):
                continue
            text = loaded.text[span.start : span.end]
            for f in find_figures(text):
                key = (cluster, article, span.start + f.start, f.text)
                if key not in labels:
                    unlabelled += 1
                    shown.append(f"  unlabelled {cluster}/{article}@{key[2]}: {f.text!r}")
                    continue
                extracted += 1
                if labels[key] == 0:
                    noise += 1
                    if "--show" in sys.argv:
                        shown.append(f"  noise {cluster}/{article}@{key[2]}: {f.text!r}")
    share = 100 * noise / max(1, extracted)
    print(f"figure noise: {noise}/{extracted} labelled extractions are not figures ({share:.1f}%); "
          f"{unlabelled} extractions unlabelled; {len(labels)} labelled spans")  # fmt: skip
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
