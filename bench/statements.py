"""Same-statement precision and recall of links, on hand labels of the tuning data (issue 11), printed.

ECB+'s gold counts a link right when both sentences are about the same event, even when they state different
things. ``bench/statement_labels.tsv`` holds 570 sentence pairs of the tuning news clusters and ECB+ tuning
comparisons read by hand (its header: the labelling guide, how the pairs were drawn): 418 links across score bands
and 152 pairs the engine scored but did not link, each ``same`` (one statement), ``related`` (same element of the
story, different statements) or ``different``. This script runs ``compare_files`` on every labelled source, finds
each labelled sentence by its article and start offset in the loaded text, and prints:

* precision of today's links among the labelled pairs: the share ``same`` (strict) and ``same`` + ``related``
  (loose), overall, per score band (today's similarity), per link kind and per source (news / ECB+); "weighted" is
  the estimate over all links of the labelled comparisons (each pair weighed by its stratum's population over its
  sample, the TSV's ``weight``), "sample" the plain share of the labelled pairs;
* recall of the labelled ``same`` pairs (linked or not), also split by how they were drawn;
* what moved since labelling: labelled links no longer linked, labelled candidates now linked, and keys that no
  longer match a sentence (the segmenter moved a sentence start, or the loader changed the text before it: each key
  carries a check of the text at its offset; label those pairs again, never guess).

    python bench/statements.py
    python bench/statements.py --set link_threshold=0.45      # AlignSettings knobs, as bench/ecbplus.py --set
    python bench/statements.py --show related                 # the labelled related/different links still linked
    python bench/statements.py --model /tmp/refit.json        # a refitted similarity_model.json scores the pairs

``--show LABEL`` lists today's links labelled LABEL (or "changed": the pairs whose link state changed) with both
sentences, read from the evaluation data at run time. Tune on these tuning sources only; never label the reporting
splits. Skips (exit 0) when the evaluation data is absent. Prints, never asserts.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from ecbplus import settings_with, use_model
from msrp import EVAL

from reportdiff.core.compare import compare_files
from reportdiff.core.model import Report, SentenceRef
from reportdiff.core.settings import Settings

LABELS = Path(__file__).with_name("statement_labels.tsv")
NEWS = EVAL / "news-clusters"
ECB = EVAL / "ecbplus"
LABEL_VALUES = ("same", "related", "different")
# Score bands of the labelling sample (and of the review that asked for it: below 0.5, 60% of links were wrong).
BANDS = (0.4, 0.5, 0.6, 0.7, 0.85)
FIELDS = ("source", "article_a", "start_a", "check_a", "article_b", "start_b", "check_b", "label", "why", "drawn",
          "score", "kind", "weight")  # fmt: skip
# A key's check: the first hex digits of SHA-1 of the loaded text's CHECK_CHARS characters from the start offset, so
# an offset that now lands on another sentence (the loader changed the text before it) is caught, whatever the
# segmenter does to the sentence's end. Not the sentence: nothing of it can be read back.
CHECK_CHARS = 32


class Label(NamedTuple):
    """One labelled sentence pair; a side is (article name, start offset in the loaded text)."""

    source: str
    article_a: str
    start_a: int
    check_a: str
    article_b: str
    start_b: int
    check_b: str
    label: str
    why: str = ""
    drawn: str = "link"  # "link" or "candidate": what the pair was when it was labelled
    score: float = 0.0  # its score then
    kind: str = ""  # its link kind then
    weight: float = 1.0  # its stratum's population over its sample


def read_labels(text: str) -> list[Label]:
    """The TSV's rows ('#' lines are the guide); ValueError naming the line for a bad row or a repeated key."""
    lines = [(k, line) for k, line in enumerate(text.splitlines(), start=1) if line.strip() and line[0] != "#"]
    if not lines or tuple(lines[0][1].split("\t")) != FIELDS:
        raise ValueError(f"statement labels: the header must be {' '.join(FIELDS)}")
    labels: list[Label] = []
    seen: set[tuple[str, str, int, str, int]] = set()
    for number, row in zip(
        (k for k, _ in lines[1:]), csv.DictReader([x for _, x in lines], delimiter="\t"), strict=True
    ):
        try:
            label = Label(row["source"], row["article_a"], int(row["start_a"]), row["check_a"] or "",
                          row["article_b"], int(row["start_b"]), row["check_b"] or "", row["label"], row["why"] or "",
                          row["drawn"], float(row["score"] or 0), row["kind"] or "",
                          float(row["weight"] or 1))  # fmt: skip
        except (TypeError, ValueError) as exc:  # a missing column reads as None
            raise ValueError(f"statement labels line {number}: {exc}") from None
        if label.label not in LABEL_VALUES or label.drawn not in ("link", "candidate"):
            raise ValueError(f"statement labels line {number}: label {label.label!r}, drawn {label.drawn!r}")
        key = pair_key(label)
        if key in seen:
            raise ValueError(f"statement labels line {number}: the pair is labelled twice")
        seen.add(key)
        labels.append(label)
    return labels


def pair_key(label: Label) -> tuple[str, str, int, str, int]:
    """The pair's key whichever side was written first."""
    a, b = (label.article_a, label.start_a), (label.article_b, label.start_b)
    (x, i), (y, j) = min(a, b), max(a, b)
    return label.source, x, i, y, j


def band_of(score: float) -> str:
    """The score band's name: "<0.4", "0.4-0.5", ..., ">=0.85"."""
    for k, top in enumerate(BANDS):
        if score < top:
            return f"<{top}" if k == 0 else f"{BANDS[k - 1]}-{top}"
    return f">={BANDS[-1]}"


def source_files(source: str, gold: dict[str, dict[str, list[str]]] | None) -> tuple[list[Path], list[str]]:
    """(the files to compare, each one's article name) for a news cluster or an ECB+ comparison id."""
    if source.startswith("gva_"):
        paths = sorted((NEWS / source).glob("article_*.txt"))
        return paths, [p.name for p in paths]
    docs = (gold or {}).get(source, {}).get("docs", [])
    return [ECB / "docs" / f"{d}.txt" for d in docs], list(docs)


def text_check(text: str, start: int) -> str:
    """The check of a key: 8 hex digits of SHA-1 over ``text[start : start + CHECK_CHARS]``."""
    return hashlib.sha1(text[start : start + CHECK_CHARS].encode("utf-8")).hexdigest()[:8]


class Found(NamedTuple):
    """A labelled pair as today's report has it: whether both keys matched, and its link if linked."""

    label: Label
    matched: bool
    why_not: str  # when not matched: "moved" (an offset now falls inside a sentence), "text" (the text at an
    # offset is not the text labelled), "gone" (no sentence there, or no such article)
    similarity: float | None  # None: not linked today
    kind: str
    refs: tuple[SentenceRef, SentenceRef] | None


def find(report: Report, names: Sequence[str], labels: Iterable[Label]) -> list[Found]:
    """Each label's sentences by (article name, start offset, check of the text there), and its link in the report.
    ``names[k]``: the name the labels give article k (its file name, or its ECB+ document id)."""
    starts: dict[tuple[str, int], SentenceRef] = {}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    texts: dict[str, str] = {}
    for article in report.articles:
        name = names[article.index]
        texts[name] = article.text
        for s in article.sentences:
            starts[(name, s.start)] = SentenceRef(article.index, s.index)
            spans[name].append((s.start, s.end))
    links = {(link.source, link.target): link for link in report.links}
    out = []
    for label in labels:
        sides = ((label.article_a, label.start_a, label.check_a), (label.article_b, label.start_b, label.check_b))
        ends = [starts.get((name, at)) for name, at, _ in sides]
        if any(check and name in texts and text_check(texts[name], at) != check for name, at, check in sides):
            out.append(Found(label, False, "text", None, "", None))
            continue
        if ends[0] is None or ends[1] is None:
            inside = any(start < at < end for name, at, _ in sides for start, end in spans.get(name, ()))
            out.append(Found(label, False, "moved" if inside else "gone", None, "", None))
            continue
        a, b = sorted((ends[0], ends[1]))
        link = links.get((a, b))
        out.append(Found(label, True, "", None if link is None else link.similarity,
                         "" if link is None else link.kind, (a, b)))  # fmt: skip
    return out


class Tally:
    """Labelled pairs counted plainly and weighed by their strata."""

    def __init__(self) -> None:
        self.n: Counter[str] = Counter()
        self.w: Counter[str] = Counter()

    def add(self, label: Label) -> None:
        self.n[label.label] += 1
        self.w[label.label] += label.weight

    def line(self, name: str) -> str:
        total = sum(self.n.values())
        if not total:
            return f"  {name:<24} no labelled links"
        wt = sum(self.w.values())
        strict, loose = self.w["same"] / wt, (self.w["same"] + self.w["related"]) / wt
        s_strict, s_loose = self.n["same"] / total, (self.n["same"] + self.n["related"]) / total
        return (f"  {name:<24} n {total:>3}: same {strict:.3f}, same+related {loose:.3f} weighted;"
                f" sample {s_strict:.3f} / {s_loose:.3f} (same {self.n['same']}, related {self.n['related']},"
                f" different {self.n['different']})")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="an AlignSettings knob")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--show", choices=(*LABEL_VALUES, "changed"), help="list these pairs with their sentences")
    parser.add_argument("--model", type=Path, help="score with this model file (similarity_model.json's format)")
    args = parser.parse_args(argv)
    if args.model:
        use_model(args.model)
    if not NEWS.is_dir() or not (ECB / "gold.json").is_file():
        print("statements: evaluation data absent (../shared/eval), skipped")
        return
    labels = read_labels(args.labels.read_text(encoding="utf-8"))
    align = settings_with(args.set)
    gold = {c["id"]: c for c in json.loads((ECB / "gold.json").read_text(encoding="utf-8"))["comparisons"]}
    by_source: dict[str, list[Label]] = defaultdict(list)
    for label in labels:
        by_source[label.source].append(label)
    found: list[Found] = []
    reports: dict[str, tuple[Report, list[str]]] = {}
    all_links: Counter[str] = Counter()
    for source, group in sorted(by_source.items()):
        paths, names = source_files(source, gold)
        if len(paths) < 2 or not all(p.is_file() for p in paths):
            found.extend(Found(label, False, "gone", None, "", None) for label in group)
            print(f"  {source}: articles not found, {len(group)} labelled pairs unmatched")
            continue
        report = compare_files(paths, settings=Settings(align=align))
        reports[source] = (report, names)
        all_links["news" if source.startswith("gva_") else "ECB+"] += len(report.links)
        found.extend(find(report, names, group))

    changes = ", ".join([*args.set, *([f"model={args.model}"] if args.model else [])]) or "none"
    drawn = Counter(f.label.drawn for f in found)
    print(f"statements: {len(found)} labelled pairs ({drawn['link']} drawn as links, {drawn['candidate']} as "
          f"candidates) in {len(by_source)} comparisons; knobs changed: {changes}; links in these comparisons: "
          f"{sum(all_links.values())} ({', '.join(f'{k} {v}' for k, v in sorted(all_links.items()))})")  # fmt: skip
    lost = Counter(f.why_not for f in found if not f.matched)
    print(f"keys: {len(found) - lost.total()} matched, {lost.total()} not found (a start offset now inside a "
          f"sentence {lost['moved']}, other text at an offset {lost['text']}, no sentence or article there "
          f"{lost['gone']})")  # fmt: skip

    linked = [f for f in found if f.similarity is not None]
    print(f"\nprecision of today's links among the labelled pairs ({len(linked)} linked):")
    overall, per_band, per_kind, per_source = Tally(), defaultdict(Tally), defaultdict(Tally), defaultdict(Tally)
    for f in linked:
        assert f.similarity is not None
        overall.add(f.label)
        per_band[band_of(f.similarity)].add(f.label)
        per_kind[f.kind].add(f.label)
        per_source["news" if f.label.source.startswith("gva_") else "ECB+"].add(f.label)
    print(overall.line("all"))
    for name, tallies in (("band", per_band), ("kind", per_kind), ("source", per_source)):
        order = [band_of(x) for x in (0.0, *BANDS)] if name == "band" else sorted(tallies)
        for key in order:
            if key in tallies:
                print(tallies[key].line(f"{name} {key}"))

    wrong = Counter(f.label.why or "?" for f in linked if f.label.label != "same")
    print(
        f"  why the {sum(wrong.values())} related / different links look alike (TSV's why): "
        + ", ".join(f"{k} {v}" for k, v in wrong.most_common())
    )

    same = [f for f in found if f.matched and f.label.label == "same"]
    print(f"\nrecall of the labelled same pairs ({len(same)} matched):")
    for name, group in (("all", same), ("drawn as links", [f for f in same if f.label.drawn == "link"]),
                        ("drawn as candidates", [f for f in same if f.label.drawn == "candidate"])):  # fmt: skip
        hit = [f for f in group if f.similarity is not None]
        weighed = sum(f.label.weight for f in hit) / max(1e-9, sum(f.label.weight for f in group))
        print(f"  {name:<24} linked {len(hit)} / {len(group)} (sample {len(hit) / max(1, len(group)):.3f}, "
              f"weighted {weighed:.3f})")  # fmt: skip

    gone = [f for f in found if f.matched and f.label.drawn == "link" and f.similarity is None]
    new = [f for f in found if f.matched and f.label.drawn == "candidate" and f.similarity is not None]
    print("\nsince labelling:")
    for name, group in (("links no longer linked", gone), ("candidates now linked", new)):
        counts = Counter(f.label.label for f in group)
        print(f"  {name:<24} {len(group)} ({', '.join(f'{k} {counts[k]}' for k in LABEL_VALUES)})")

    if args.show:
        shown = (gone + new) if args.show == "changed" else [f for f in linked if f.label.label == args.show]
        print(f"\n{args.show}: {len(shown)}")
        for f in sorted(shown, key=lambda f: -(f.similarity or 0)):
            report, _names = reports[f.label.source]
            assert f.refs is not None
            score = "unlinked" if f.similarity is None else f"{f.similarity:.3f} {f.kind}"
            print(f"  [{f.label.source} {score}; {f.label.label} {f.label.why}]")
            for ref in f.refs:
                print(f"    {report.sentence(ref).text}")


if __name__ == "__main__":
    main(sys.argv[1:])
