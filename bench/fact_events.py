"""Two events' figures read as one outlet disagreeing with another, counted on ECB+ (printed, asserts nothing).

ECB+ has two real events of one kind per topic (two fires, two earthquakes); its decoy comparisons ("mixed") load
both events' articles in one comparison. A conflict fact there whose clashing articles report two different events
is a false conflict: the sidebar says two outlets disagree on one count where they report two things. This bench
counts, over the ECB+ tuning topics (1-35; ``--held-out``: the counts alone over topics 36-45, to report):

* in the mixed comparisons: conflict facts with a clashing pair of articles of two events (cross-event), those of
  them that arrive through a flagged link (a link between two events' look-alike sentences), and conflict facts all
  of whose clashing pairs are articles of one event (same-event: real ones, must not drop);
* in the same-event comparisons: every conflict fact (all of one event);
* with ``--pairs``: per pair of articles of the mixed comparisons, the share of each article's content sentences
  linked to the other, by same / cross event (the evidence the comparison has that two articles tell two events).

Run by hand: ``.venv/bin/python bench/fact_events.py [--list] [--pairs]``; ``--list`` prints every conflict
fact, one line each (cross / same / one (a one-event comparison's), link / unlinked, comparison, label, figures),
to diff two trees' outputs. Reads ../shared/eval/ecbplus (skips when absent).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from msrp import EVAL  # noqa: E402

from reportdiff.core.compare import compare_files  # noqa: E402
from reportdiff.core.facts import stated  # noqa: E402
from reportdiff.core.model import BOILERPLATE, CONFLICT, FIGURE_CONFLICT, Report  # noqa: E402

TUNING_TOPICS = 35  # ECB+ topics 1-35 are the tuning split (../shared/eval/README.md)


def _flagged_between(report: Report) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """The sentence pairs (both orders) of the links flagged with a figure conflict."""
    found = set()
    for link in report.links:
        if FIGURE_CONFLICT in link.flags:
            x, y = (link.source.article, link.source.sentence), (link.target.article, link.target.sentence)
            found.update({(x, y), (y, x)})
    return found


def conflicts_by_event(report: Report, event: list[str]) -> list[tuple[str, str, str]]:
    """Each conflict fact of a report as (cross | same, link | unlinked, one line): cross when some clashing pair of
    articles are of two events (``event``: each article's event), link when some such pair's figures stand in
    sentences a flagged link joins."""
    flagged = _flagged_between(report)
    rows = []
    for fact in report.facts:
        if fact.status != CONFLICT:
            continue
        members = [report.figures[i] for i in fact.figures]
        cross_pairs = {(a, b) for a, b in fact.clashing if event[a] != event[b]}
        pairs = cross_pairs or set(fact.clashing)
        via = any(
            ((f.article, f.sentence), (g.article, g.sentence)) in flagged
            for f in members
            for g in members
            if (f.article, g.article) in pairs
        )
        told = " | ".join(f"a{f.article}{event[f.article][-4:]} {stated(f)!r}" for f in members)
        rows.append(("cross" if cross_pairs else "same", "link" if via else "unlinked", f"{fact.label}: {told}"))
    return rows


def _pair_shares(report: Report, event: list[str]) -> list[tuple[bool, float, int, int, int]]:
    """Per pair of articles: (same event, share of linked sentences, linked in a, linked in b, links)."""
    linked: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
    count: Counter[tuple[int, int]] = Counter()
    for link in report.links:
        a, b = link.source.article, link.target.article
        sa, sb = linked.setdefault((a, b), (set(), set()))
        sa.add(link.source.sentence)
        sb.add(link.target.sentence)
        count[(a, b)] += 1
    content = [sum(1 for s in art.sentences if s.status != BOILERPLATE) for art in report.articles]
    out = []
    n = len(report.articles)
    for a in range(n):
        for b in range(a + 1, n):
            sa, sb = linked.get((a, b), (set(), set()))
            share = (len(sa) + len(sb)) / max(1, content[a] + content[b])
            out.append((event[a] == event[b], share, len(sa), len(sb), count[(a, b)]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="every conflict fact, one line each")
    parser.add_argument("--pairs", action="store_true", help="share of linked sentences per article pair")
    parser.add_argument(
        "--held-out", action="store_true", help="the held-out topics (36-45) instead: counts only, to report"
    )
    args = parser.parse_args()
    gold_path = EVAL / "ecbplus" / "gold.json"
    if not gold_path.is_file():
        print("ECB+: absent, skipped")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    mixed: Counter[str] = Counter()
    same_event = 0
    shares: list[tuple[bool, float, int, int, int]] = []
    if args.held_out:
        args.list = args.pairs = False  # the held-out split is reported, never studied
    for comparison in gold["decoy_comparisons"] + gold["comparisons"]:
        if (comparison["topic"] > TUNING_TOPICS) != args.held_out:
            continue
        docs = comparison["docs"]
        report = compare_files([EVAL / "ecbplus" / "docs" / f"{doc}.txt" for doc in docs])
        event = [gold["docs"][doc]["sub"] for doc in docs]
        rows = conflicts_by_event(report, event)
        if comparison["id"].endswith("mixed"):
            for where, via, line in rows:
                mixed[f"{where} {via}"] += 1
                if args.list:
                    print(f"  {where} {via} {comparison['id']}: {line}")
            if args.pairs:
                shares.extend(_pair_shares(report, event))
        else:
            same_event += len(rows)
            for _where, via, line in rows if args.list else ():
                print(f"  one {via} {comparison['id']}: {line}")
    split = "held-out (topics 36-45)" if args.held_out else "tuning"
    print(f"ECB+ {split}, two events per comparison ({time.perf_counter() - t0:.1f} s)")
    print(f"  mixed: cross-event conflicts {mixed['cross link'] + mixed['cross unlinked']} ({mixed['cross link']} "
          f"through a flagged link, {mixed['cross unlinked']} not); same-event conflicts "
          f"{mixed['same link'] + mixed['same unlinked']} ({mixed['same link']} through a flagged link)")
    print(f"  same-event comparisons: {same_event} conflicts")
    if args.pairs:
        for same in (True, False):
            values = sorted(share for s, share, *_ in shares if s == same)
            if not values:
                continue
            cut = [values[int(q * (len(values) - 1))] for q in (0.05, 0.1, 0.25, 0.5, 0.75, 0.9)]
            print(f"  {'same' if same else 'cross'}-event article pairs {len(values)}: share of linked sentences "
                  f"p5/p10/p25/p50/p75/p90 " + " ".join(f"{c:.3f}" for c in cut))


if __name__ == "__main__":
    main()
