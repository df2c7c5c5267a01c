"""Precision on long articles: wrong links between statements of different stories, as articles grow.

A comparison of two long reports (a long read, a live blog, a daily round-up) gives each sentence hundreds of
candidates, and a statement one outlet alone carries can find a look-alike among them by chance. ECB+ (the tuning
data of the similarity model) has short articles, so its figures cannot show this. Here articles are built from real
news sentences (ECB+ tuning topics 1-35, one sentence per line, read from ../shared/eval, never copied) whose origin
is known:

- a share of each article's sentences (``--shared``) is drawn from a common pool and lightly reworded (bench/scale.py's
  ``Writer.reword``): their copies in the other articles are the links that should be there;
- the others are the article's own, drawn from ECB+ topics no other article and not the pool draws from.

A link between sentences of two different ECB+ topics is wrong (two stories: a Red Sox offer and a ferry disaster),
whatever its wording. Links between two different pool sentences of one topic may be right (two outlets' sentences
on one event) and are counted apart. Printed per size: links, copies linked, links across topics (wrong), the share
of wrong links among links whose two ends are known, and the share of copy pairs linked.

    python bench/long_reports.py [--sizes 15,60,263] [--articles 2] [--shared 0.5] [--seed 12]

In process, with the engine's settings (``--set knob=value`` as bench/ecbplus.py). 263 sentences are about 5,000
words. Tuning data only: it reads topics 1-35.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ecbplus import settings_with
from msrp import EVAL
from scale import Writer

from reportdiff.core.compare import compare_files
from reportdiff.core.settings import Settings

DOCS = EVAL / "ecbplus" / "docs"
TUNING_TOPICS = range(1, 36)
# Sentences taken: whole lines of 8-40 words ending a sentence (ECB+ lines are sentences; short ones are headlines
# and datelines).
MIN_WORDS, MAX_WORDS = 8, 40

Origin = tuple[int, str, int]  # topic, document, line


def tuning_sentences() -> list[tuple[str, Origin]]:
    """Every distinct sentence line of the tuning topics' articles, with its origin."""
    seen: set[str] = set()
    found: list[tuple[str, Origin]] = []
    for path in sorted(DOCS.glob("*.txt")):
        topic = int(path.name.split("_")[0])
        if topic not in TUNING_TOPICS:
            continue
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=1):
            line = line.strip()
            if MIN_WORDS <= len(line.split()) <= MAX_WORDS and line[-1:] in ".?!" and line not in seen:
                seen.add(line)
                found.append((line, (topic, path.name, k)))
    return found


def build(sentences: list[tuple[str, Origin]], articles: int, size: int, shared: float, seed: int,
          folder: Path) -> tuple[list[Path], dict[str, Origin]]:  # fmt: skip
    """``articles`` texts of ``size`` sentences; the pool and each article's own sentences from disjoint topics."""
    rng = random.Random(seed)
    writer = Writer(seed=seed)
    groups: dict[int, list[tuple[str, Origin]]] = defaultdict(list)
    topics = sorted({origin[0] for _, origin in sentences})
    rng.shuffle(topics)
    group_of = {topic: k % (articles + 1) for k, topic in enumerate(topics)}  # group `articles`: the pool's
    for sentence in sentences:
        groups[group_of[sentence[1][0]]].append(sentence)
    for members in groups.values():
        rng.shuffle(members)
    pool = groups[articles][:size]
    folder.mkdir(parents=True, exist_ok=True)
    origin: dict[str, Origin] = {}
    paths = []
    for a in range(articles):
        own = groups[a]
        body = []
        for _ in range(size):
            if rng.random() < shared or not own:
                text, where = rng.choice(pool)
                text = writer.reword(text)
            else:
                text, where = own.pop()
            origin.setdefault(text, where)
            body.append(text)
        paragraphs, i = [], 0
        while i < len(body):
            n = rng.randint(1, 5)
            paragraphs.append(" ".join(body[i : i + n]))
            i += n
        path = folder / f"report_{a + 1}.txt"
        path.write_text(f"Report {a + 1}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths, origin


def score(report: Any, origin: dict[str, Origin]) -> dict[str, float]:
    """Links by what their two ends are (see the module's docstring)."""
    texts = [
        [re.sub(r"\s+", " ", sentence.text.strip()) for sentence in article.sentences] for article in report.articles
    ]
    where = [[origin.get(text) for text in article] for article in texts]
    copies: dict[Origin, set[int]] = defaultdict(set)
    for a, article in enumerate(where):
        for found in article:
            if found is not None:
                copies[found].add(a)
    copy_pairs = sum(len(arts) * (len(arts) - 1) // 2 for arts in copies.values() if len(arts) > 1)
    counts = {"links": len(report.links), "copies": 0, "across": 0, "same_topic": 0, "unknown": 0}
    linked: set[tuple[Origin, int, int]] = set()
    for link in report.links:
        x = where[link.source.article][link.source.sentence]
        y = where[link.target.article][link.target.sentence]
        if x is None or y is None:
            counts["unknown"] += 1
        elif x == y:
            counts["copies"] += 1
            linked.add((x, link.source.article, link.target.article))
        elif x[0] != y[0]:
            counts["across"] += 1
        else:
            counts["same_topic"] += 1
    known = counts["copies"] + counts["across"] + counts["same_topic"]
    counts["wrong_share"] = counts["across"] / known if known else 0.0
    counts["copy_recall"] = len(linked) / copy_pairs if copy_pairs else 1.0
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="15,60,263", help="sentences per article, comma-separated")
    parser.add_argument("--articles", type=int, default=2)
    parser.add_argument("--shared", type=float, default=0.5, help="share of each article's sentences from the pool")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--seeds", type=int, default=3, help="texts built per size (seed, seed + 1, ...)")
    parser.add_argument("--set", nargs="*", default=[], metavar="KNOB=VALUE", help="alignment settings to change")
    args = parser.parse_args(argv)
    if not DOCS.is_dir():
        print(f"ECB+ not found at {DOCS}; nothing to measure")
        return 0
    sentences = tuning_sentences()
    settings = Settings(align=settings_with(args.set))
    print(f"{args.articles} articles, {args.shared:.0%} of each from a common pool, {args.seeds} texts per size "
          f"(sums); ECB+ tuning sentences: {len(sentences)}")  # fmt: skip
    print("| sentences an article | links | copies linked | across topics (wrong) | same topic | wrong share | "
          "copy pairs linked |")  # fmt: skip
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in (int(s) for s in args.sizes.split(",")):
        total: dict[str, float] = defaultdict(float)
        recalls = []
        for k in range(args.seeds):
            with tempfile.TemporaryDirectory() as tmp:
                paths, origin = build(sentences, args.articles, size, args.shared, args.seed + k, Path(tmp))
                found = score(compare_files(paths, settings=settings), origin)
            for key in ("links", "copies", "across", "same_topic", "unknown"):
                total[key] += found[key]
            recalls.append(found["copy_recall"])
        known = total["copies"] + total["across"] + total["same_topic"]
        print(f"| {size} | {total['links']:.0f} | {total['copies']:.0f} | {total['across']:.0f} | "
              f"{total['same_topic']:.0f} | {total['across'] / known if known else 0:.3f} | "
              f"{sum(recalls) / len(recalls):.3f} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
