"""Link kinds on the tuning data, and which links changed kind against a saved run, printed.

A rule of link kinds (core/linkflags.py, core/negation.py) is judged by the links whose kind it changes: this script
runs ``compare_files`` on the ECB+ tuning comparisons (topics 1-35, same-event setting), the tuning news clusters
(incident id < 600000) and MSRP train (one article of all first sentences, one of all second sentences, as
bench/quality.py part (b) does), and prints the count of each kind and flag per source. ``--save FILE`` keeps every
link's kind, flags, notes and both sentences (JSON, outside the repo: the sentences are evaluation data);
``--against FILE`` prints each link whose kind or flags differ from that run, with both sentences, to be read by hand.
``--pairs`` also gives every MSRP train pair (linked or not) the kind ``linkflags.describe_link`` gives its own word
diff with no figure or quote notes: how a word rule reads reworded pairs the alignment may not link (the MSRP label,
1 same meaning / 0 not, printed beside each change).

    python bench/link_kinds.py --save /tmp/kinds-before.json
    python bench/link_kinds.py --against /tmp/kinds-before.json [--pairs] [--only ecb,news,msrp]
    python bench/link_kinds.py --held-out --save /tmp/held-before.json     # then --held-out --against it

Tune on these tuning splits only. ``--held-out`` runs the reporting splits instead (ECB+ topics 36-45, clusters from
600000 up, MSRP test) and prints only how many links changed kind, never their sentences: those splits are for
reporting a rule's reach, not for reading its errors. Skips (exit 0) when the evaluation data is absent. Prints,
never asserts.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from msrp import EVAL, read_msrp
from quality import map_sentences, write_article

from reportdiff.core.compare import compare_files
from reportdiff.core.linkflags import describe_link
from reportdiff.core.model import Report
from reportdiff.core.worddiff import WordDiffer

NEWS = EVAL / "news-clusters"
ECB = EVAL / "ecbplus"
TUNE_BELOW = 600000  # news clusters below this incident id are for tuning (eval README)
Record = dict[str, Any]


def _records(source: str, report: Report, names: Sequence[str]) -> Iterator[tuple[str, Record]]:
    """Each link of a report keyed by its source and both sentences' (article name, start offset)."""
    for link in report.links:
        a, b = report.sentence(link.source), report.sentence(link.target)
        key = f"{source}|{names[link.source.article]}:{a.start}|{names[link.target.article]}:{b.start}"
        yield key, {
            "source": source, "kind": link.kind, "flags": list(link.flags), "notes": list(link.notes),
            "similarity": link.similarity, "a": a.text, "b": b.text,
        }  # fmt: skip


def ecb_links(split: str = "tuning") -> Iterator[tuple[str, Record]]:
    """The links of the ECB+ comparisons of one split ("tuning" or "held-out"; same-event setting)."""
    gold = json.loads((ECB / "gold.json").read_text(encoding="utf-8"))
    for c in gold["comparisons"]:
        if c["split"] != split:
            continue
        report = compare_files([ECB / "docs" / f"{d}.txt" for d in c["docs"]])
        yield from _records(f"ecb:{c['id']}", report, c["docs"])


def news_links(held_out: bool = False) -> Iterator[tuple[str, Record]]:
    """The links of the tuning news clusters (or, ``held_out``, of the reporting ones)."""
    for folder in sorted(NEWS.glob("gva_*")):
        if (int(folder.name.split("_")[1]) >= TUNE_BELOW) != held_out:
            continue
        paths = sorted(folder.glob("article_*.txt"))
        if len(paths) >= 2:
            yield from _records(f"news:{folder.name}", compare_files(paths), [p.name for p in paths])


def msrp_links(rows: Sequence[tuple[int, str, str]]) -> Iterator[tuple[str, Record]]:
    """The links of MSRP train as two articles (all first sentences, all second sentences), each with the label of
    the pair when it joins a sentence to its own partner (else None)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _text_a, ranges_a = write_article([a for _, a, _ in rows], folder / "first.txt")
        _text_b, ranges_b = write_article([b for _, _, b in rows], folder / "second.txt")
        report = compare_files([folder / "first.txt", folder / "second.txt"])
    owners = [map_sentences([(s.start, s.end) for s in art.sentences], r).owner
              for art, r in zip(report.articles, (ranges_a, ranges_b), strict=True)]  # fmt: skip
    records = dict(_records("msrp", report, ["first", "second"]))
    for link, record in zip(report.links, records.values(), strict=True):
        i, j = owners[link.source.article][link.source.sentence], owners[link.target.article][link.target.sentence]
        record["label"] = rows[i][0] if i == j and i >= 0 else None
    yield from records.items()


def msrp_pairs(rows: Sequence[tuple[int, str, str]]) -> Iterator[tuple[str, Record]]:
    """Every MSRP train pair with the kind ``describe_link`` gives its own word diff (no figure or quote notes)."""
    diff = WordDiffer().diff
    for k, (label, a, b) in enumerate(rows):
        chunks, share = diff(a, b)
        kind, flags, notes = describe_link(chunks, (), (), share=share)
        yield f"pair|{k}", {"source": "pairs", "kind": kind, "flags": list(flags), "notes": list(notes),
                            "similarity": round(share, 4), "a": a, "b": b, "label": label}  # fmt: skip


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--save", type=Path, help="write every link's kind and sentences here (JSON)")
    parser.add_argument("--against", type=Path, help="print the links whose kind or flags differ from this run")
    parser.add_argument("--pairs", action="store_true", help="also every MSRP train pair's own describe_link kind")
    parser.add_argument("--only", default="ecb,news,msrp", help="comma-separated: ecb, news, msrp")
    parser.add_argument("--held-out", action="store_true", help="the reporting splits, changes counted only")
    args = parser.parse_args(argv)
    if not (ECB / "gold.json").is_file() or not NEWS.is_dir() or not read_msrp("train"):
        print("link_kinds: evaluation data absent (../shared/eval), skipped")
        return
    only = set(args.only.split(","))
    runs = [("ecb", lambda: ecb_links("held-out" if args.held_out else "tuning")),
            ("news", lambda: news_links(args.held_out))]  # fmt: skip
    rows = read_msrp("test" if args.held_out else "train")
    records: dict[str, Record] = {}
    for name, run in runs:
        if name in only:
            began = time.perf_counter()
            records.update(run())
            print(f"  {name}: {time.perf_counter() - began:.0f} s")
    if "msrp" in only:
        began = time.perf_counter()
        records.update(msrp_links(rows))
        print(f"  msrp: {time.perf_counter() - began:.0f} s")
    if args.pairs:
        records.update(msrp_pairs(rows))
    print_counts(records)
    if args.save:
        args.save.write_text(json.dumps(records), encoding="utf-8")
        print(f"saved {len(records)} links to {args.save}")
    if args.against:
        print_changes(json.loads(args.against.read_text(encoding="utf-8")), records, sentences=not args.held_out)


def _group(record: Record) -> str:
    return record["source"].split(":")[0]


def print_counts(records: dict[str, Record]) -> None:
    """Kinds and flags per group of sources."""
    kinds: dict[str, Counter[str]] = {}
    for record in records.values():
        counts = kinds.setdefault(_group(record), Counter())
        counts[record["kind"]] += 1
        counts.update(f"flag {f}" for f in record["flags"])
    for group, counts in sorted(kinds.items()):
        total = sum(v for k, v in counts.items() if not k.startswith("flag "))
        print(f"{group}: {total} links; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def print_changes(before: dict[str, Record], after: dict[str, Record], sentences: bool = True) -> None:
    """The links whose kind or flags changed, with both sentences unless ``sentences`` is False (counts only); links
    found in one run only, counted."""
    both = before.keys() & after.keys()
    print(f"\nagainst the saved run: {len(both)} links in both, {len(before.keys() - after.keys())} only before, "
          f"{len(after.keys() - before.keys())} only now")  # fmt: skip
    changed = [
        k for k in sorted(both) if (before[k]["kind"], before[k]["flags"]) != (after[k]["kind"], after[k]["flags"])
    ]
    moves = Counter(f"{_group(after[k])} {before[k]['kind']} -> {after[k]['kind']}" for k in changed)
    print(f"changed kind or flags: {len(changed)} ({', '.join(f'{k} {v}' for k, v in sorted(moves.items())) or '-'})")
    for k in changed if sentences else ():
        was, now = before[k], after[k]
        label = f"; MSRP label {now['label']}" if now.get("label") is not None else ""
        print(f"\n  [{k} {now['similarity']}{label}] {was['kind']} -> {now['kind']}: "
              f"{'; '.join(n for n in now['notes'] if n not in was['notes']) or now['flags']}")  # fmt: skip
        print(f"    a: {now['a']}\n    b: {now['b']}")


if __name__ == "__main__":
    main(sys.argv[1:])
