"""Quotations and the link flags that are not figure conflicts, on the tuning data, one checkout or two side by side.

    python bench/quote_flags.py [--before TREE] [--after TREE] [--out FILE] [--show] [--held-out]

Inputs: the seeds, the news clusters of the tuning split (incident id < 600000) and the ECB+ tuning comparisons
(topics 1-35, same-event and decoy). For each checkout (``--before``: another tree from ``git archive``, run with
this venv through bench/checkout.py; the other side is this checkout, or ``--after``'s tree) it collects every
quotation found (its text, its speaker, the sentence) and every link whose flags or notes hold anything but figure
conflicts (a quote flag, a contradiction flag, a quote note). Prints the counts per input set (quotations, those of
speech, those given a speaker, flagged links) and, with
``--before``, every quotation and every such link one side has and the other has not, with both sentences, to be
read one by one (a flag a change adds is true or false only by reading it). ``--out``: the collected records as
JSON. Tuning splits only, unless ``--held-out``: the held-out splits instead (clusters from 600000 up, ECB+ topics
36-45), counts only, to report once and never to study (no record is printed or written).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from checkout import environment
from msrp import EVAL

REPO = Path(__file__).resolve().parents[1]
CLUSTERS = EVAL / "news-clusters"
TUNING_MAX_ID = 600_000
ECB_TUNING_MAX_TOPIC = 35

CHILD = """
import collections, json, os, sys
from reportdiff.core import compare as pipeline
from reportdiff.core.compare import compare_files
if os.environ.get("QF_TEXT_QUOTES"):  # what compare.py would report calling quotes.quotes_in_text per article
    from reportdiff.core.quotes import quotes_in_text
    pending = collections.defaultdict(collections.deque)
    plain_segment = pipeline.segment
    def segment(text, paragraphs):
        spans = plain_segment(text, paragraphs)
        for s, found in zip(spans, quotes_in_text(text, spans)):
            pending[text[s.start:s.end]].append(found)
        return spans
    def find_quotes(sentence):
        return pending[sentence].popleft() if pending[sentence] else []
    pipeline.segment, pipeline.find_quotes = segment, find_quotes
out = {}
for name, paths in json.load(open(sys.argv[1])).items():
    r = compare_files(paths)
    quotes = []
    for q in r.quotes:
        s = r.articles[q.article].sentences[q.sentence]
        quotes.append([q.article, q.sentence, q.text, q.speaker, s.text])
    links = []
    for l in r.links:
        notes = [n for n in l.notes if not n.startswith("figure conflicts")]
        flags = [f for f in l.flags if f != "figure_conflict"]
        if notes or flags:
            a = r.articles[l.source.article].sentences[l.source.sentence].text
            b = r.articles[l.target.article].sentences[l.target.sentence].text
            links.append([[l.source.article, l.source.sentence], [l.target.article, l.target.sentence], l.kind,
                          flags, notes, a, b])
    out[name] = {"quotes": quotes, "links": links}
json.dump(out, open(sys.argv[2], "w"))
"""


def inputs(held_out: bool = False) -> dict[str, list[str]]:
    """The comparisons to run: the seeds and the tuning splits, or (``held_out``) the held-out splits alone."""
    sets = {} if held_out else {"seeds": [str(p) for p in sorted((REPO / "seeds").glob("*.txt"))]}
    if CLUSTERS.is_dir():
        for folder in sorted(p for p in CLUSTERS.iterdir() if p.is_dir()):
            if (int(re.sub(r"\D", "", folder.name) or 0) >= TUNING_MAX_ID) == held_out:
                sets[folder.name] = [str(p) for p in sorted(folder.glob("article_*.txt"))]
    gold_path = EVAL / "ecbplus" / "gold.json"
    if gold_path.is_file():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for comparison in gold["comparisons"] + gold["decoy_comparisons"]:
            if (comparison["topic"] > ECB_TUNING_MAX_TOPIC) == held_out:
                sets["ecb-" + comparison["id"]] = [
                    str(EVAL / "ecbplus" / "docs" / f"{doc}.txt") for doc in comparison["docs"]
                ]
    return sets


def collect(
    tree: Path | None, sets: dict[str, list[str]], tmp: Path, text_quotes: bool = False, side: str = "before"
) -> dict[str, Any]:
    job, out = tmp / "inputs.json", tmp / f"out-{'after' if tree is None else side}.json"
    job.write_text(json.dumps(sets))
    env = dict(environment(tree) or os.environ, PYTHONHASHSEED="0", OMP_NUM_THREADS="1")
    if text_quotes:
        env["QF_TEXT_QUOTES"] = "1"
    subprocess.run([sys.executable, "-c", CHILD, str(job), str(out)], check=True, env=env)
    return json.loads(out.read_text())


def _quote_key(q: list[Any]) -> tuple[Any, ...]:
    """A quotation by its article, sentence text, words and speaker: a change of segmentation elsewhere in the
    article (sentence numbers shifted) leaves it the same quotation."""
    return (q[0], q[4], q[2], q[3])


def _link_key(link: list[Any]) -> tuple[Any, ...]:
    """A link by its articles and sentence texts (not sentence numbers, for the same reason)."""
    return (link[0][0], link[5], link[1][0], link[6])


def counts(found: dict[str, Any]) -> Counter[str]:
    c: Counter[str] = Counter()
    for name, got in found.items():
        part = "ecb" if name.startswith("ecb-") else "seeds" if name == "seeds" else "clusters"
        c[f"{part} quotes"] += len(got["quotes"])
        c[f"{part} speech quotes (4+ words)"] += sum(len(re.findall(r"\w+", q[2])) >= 4 for q in got["quotes"])
        c[f"{part} quotes with a speaker"] += sum(bool(q[3]) for q in got["quotes"])
        for link in got["links"]:
            for flag in link[3] or ["(note only)"]:
                c[f"{part} links flagged {flag}"] += 1
    return c


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="the checkout to compare with")
    parser.add_argument("--out", type=Path, help="write the records of this checkout as JSON")
    parser.add_argument("--show", action="store_true", help="print every flagged link of this checkout")
    parser.add_argument(
        "--text-quotes",
        action="store_true",
        help="this checkout with quotations read per paragraph (quotes.quotes_in_text), as compare.py would",
    )
    parser.add_argument("--before-this", action="store_true", help="compare with this checkout as it is")
    parser.add_argument("--after", type=Path, help="another checkout in place of this one (with --before)")
    parser.add_argument(
        "--held-out", action="store_true", help="the held-out splits instead of the tuning ones: counts only, once"
    )
    args = parser.parse_args()
    if args.held_out and (args.out or args.show):
        parser.error("--held-out prints counts only (no --out, no --show): held-out records are not studied")
    sets = inputs(args.held_out)
    with tempfile.TemporaryDirectory(prefix="rd-quotes-") as name:
        tmp = Path(name)
        after = collect(args.after, sets, tmp, args.text_quotes, side="after")
        before = collect(args.before, sets, tmp) if args.before else None
        if args.before_this:
            (tmp / "out-after.json").rename(tmp / "kept.json")
            before = collect(None, sets, tmp)
    if args.out:
        args.out.write_text(json.dumps(after, indent=1))
    c_after = counts(after)
    c_before = counts(before) if before else Counter()
    for key in sorted(c_after.keys() | c_before.keys()):
        print(f"{key}: {c_before[key]} -> {c_after[key]}" if before else f"{key}: {c_after[key]}")
    if args.show:
        for name, got in after.items():
            for link in got["links"]:
                print(f"{name} {link[0]}-{link[1]} {link[2]} {link[3]} {link[4]}\n    A: {link[5]}\n    B: {link[6]}")
    if before is None or args.held_out:
        return 0
    for name in sets:
        qa = {_quote_key(q): q for q in before[name]["quotes"]}
        qb = {_quote_key(q): q for q in after[name]["quotes"]}
        for key in sorted(qa.keys() - qb.keys()):
            print(f"{name} quote only before: {key[2]!r} ({key[3]})\n    in: {qa[key][4]}")
        for key in sorted(qb.keys() - qa.keys()):
            print(f"{name} quote only after: {key[2]!r} ({key[3]})\n    in: {qb[key][4]}")
        la = {_link_key(x): x for x in before[name]["links"]}
        lb = {_link_key(x): x for x in after[name]["links"]}
        for key in sorted(la.keys() | lb.keys()):
            old, new = la.get(key), lb.get(key)
            flags_old, flags_new = set(old[3]) if old else set(), set(new[3]) if new else set()
            link = new or old
            assert link is not None
            for flag in sorted(flags_new - flags_old):
                print(f"{name} flag added {flag}: {link[0]}-{link[1]} {link[4]}\n    A: {link[5]}\n    B: {link[6]}")
            for flag in sorted(flags_old - flags_new):
                gone = old or link
                print(f"{name} flag removed {flag}: {link[0]}-{link[1]} {gone[4]} (now: {new[4] if new else '-'})"
                      f"\n    A: {link[5]}\n    B: {link[6]}")
            if flags_old == flags_new and (old[4] if old else []) != (new[4] if new else []):
                print(f"{name} notes changed: {link[0]}-{link[1]} {old[4] if old else '-'} -> {new[4] if new else '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
