"""What a fact-checker would act on, per news cluster, printed: every conflict and compatible fact with its sentences,
and whether the archive's killed / injured counts land in an agree / compatible / single-source fact of that role.

Run by hand: ``.venv/bin/python bench/fact_check.py [--split tune|report|all] [--quiet] [--facts] [--ecb
[--ecb-conflicts]]``. (``--sentences`` is gone: core/compare.py gives facts_and_clashes each sentence itself, so
ages are reconciled per person in every run.) ``--ecb-conflicts`` lists every conflict fact of the ECB+ tuning
comparisons, one line each, to diff two trees' outputs. Reads ../shared/eval/news-clusters (skips when absent);
asserts nothing. Tune only on ``tune`` (incident id < 600000); for ``report`` read only the counts (``--quiet``),
never the conflicts themselves.

* conflicts: every fact with status ``conflict``, each figure shown as stated with its sentence.
* split: a casualty count (> 1) stated alike by two outlets yet left in separate single-source facts.
* gold in a fact: the archive's num_killed (num_injured) > 0 equals the value (or lies in the range) of some figure
  whose fact has role killed (injured) and status agree / compatible / single_source, counted where some article of
  the cluster states that number at all (a count nobody printed cannot be found), and apart where some article
  states it as a casualty count (killed, injured or shot: "three counts of battery" is not the toll).
* one truth (``one_truth``): flagged links whose named figures are not one conflict fact (the sidebar contradicts
  the flag); pairs of incompatible figures of a link's two sentences inside one conflict fact that the link does not
  flag (the sidebar reports a conflict the link does not show); facts holding two incompatible figures of one article
  (one outlet's two counts chained into one fact). A conversion in brackets ("$5 million (3.1 million pounds)") is its
  figure told twice and counts in neither of the last two. ``--ecb`` also prints them over the ECB+ tuning comparisons
  (topics 1-35, same-event and decoy), which have far more figures than the clusters.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from msrp import EVAL  # noqa: E402

from reportdiff.core.compare import compare_files  # noqa: E402
from reportdiff.core.fact_rows import conversions_of  # noqa: E402
from reportdiff.core.facts import compatible, role_of, stated  # noqa: E402
from reportdiff.core.model import COMPATIBLE, CONFLICT, FIGURE_CONFLICT, Figure, Report  # noqa: E402

TUNE_BELOW = 600_000  # incident ids below this are the tuning split (../shared/eval/README.md)
FOUND_STATUSES = ("agree", "compatible", "single_source")


def _covers(value: float, high: float | None, gold: int) -> bool:
    return value == gold or (high is not None and value <= gold <= high)


def _stated_anywhere(report: Report, gold: int, casualty: bool = False) -> bool:
    """Some count of the cluster has this value (``casualty``: a count of killed, injured or shot people)."""
    roles = ("killed", "injured", "shot")
    return any(_covers(f.value, f.high, gold) for f in report.figures
               if f.unit in ("", "vague") and (not casualty or role_of(f) in roles))  # fmt: skip


def _found(report: Report, role: str, gold: int) -> bool:
    for fact in report.facts:
        if fact.status not in FOUND_STATUSES:
            continue
        for i in fact.figures:
            f = report.figures[i]
            if role_of(f) == role and _covers(f.value, f.high, gold):
                return True
    return False


def _split(report: Report) -> list[str]:
    """Casualty counts stated alike by two outlets but left in separate single-source facts (lost corroboration)."""
    seen: dict[tuple[str, float], set[int]] = {}
    for fact in report.facts:
        if fact.status != "single_source":
            continue
        for i in fact.figures:
            f = report.figures[i]
            if role_of(f) in ("killed", "injured", "shot") and f.unit in ("", "vague") and f.value > 1:
                seen.setdefault((role_of(f), f.value), set()).add(f.article)
    return [f"{int(v)} {role}" for (role, v), arts in seen.items() if len(arts) > 1]


def one_truth(report: Report) -> Counter[str]:
    """The three one-truth counts of a report (see the module docstring): "flag_not_fact", "fact_not_flag",
    "chained"; also "flags" (flagged links) and "conflicts" (conflict facts)."""
    fact_of = {i: fact for fact in report.facts for i in fact.figures}
    at: dict[tuple[int, int], list[Figure]] = {}
    for f in report.figures:
        at.setdefault((f.article, f.sentence), []).append(f)
    found: Counter[str] = Counter()
    # a conversion in brackets ("$5 million (3.1 million pounds)") is its figure told twice: its fact neither holds
    # it as a second figure of its article nor judges it (core/fact_rows.conversions_of)
    converted = conversions_of(report.figures)
    for link in report.links:
        here = at.get((link.source.article, link.source.sentence), [])
        there = at.get((link.target.article, link.target.sentence), [])
        notes = [note for note in link.notes if note.startswith("figure conflicts: ")]
        found["flags"] += FIGURE_CONFLICT in link.flags

        def named(a: Figure, b: Figure, notes: list[str] = notes) -> bool:
            return any(note.startswith(f"figure conflicts: {stated(x)} vs {stated(y)} (")
                       for note in notes for x, y in ((a, b), (b, a)))  # fmt: skip

        for note in notes:
            found["flag_not_fact"] += not any(
                fact_of[a.index] is fact_of[b.index] and fact_of[a.index].status == CONFLICT and named(a, b, [note])
                for a in here for b in there
            )
        for a in here:
            for b in there:
                if a.index in converted or b.index in converted:
                    continue
                fact = fact_of[a.index]
                if fact is fact_of[b.index] and fact.status == CONFLICT and not compatible(a, b) and not named(a, b):
                    found["fact_not_flag"] += 1
    for fact in report.facts:
        members = [report.figures[i] for i in fact.figures if i not in converted]
        found["conflicts"] += fact.status == CONFLICT
        found["chained"] += any(p.article == q.article and not compatible(p, q)
                                for k, p in enumerate(members) for q in members[k + 1:])  # fmt: skip
    return found


def _one_truth_line(found: Counter[str]) -> str:
    return (f"one truth: {found['flags']} flagged links, {found['flag_not_fact']} whose figures are not one conflict "
            f"fact; {found['conflicts']} conflict facts, {found['fact_not_flag']} linked incompatible pairs in them "
            f"that no flag names; {found['chained']} facts holding two incompatible figures of one article")


def _ecb(show: bool = False) -> None:
    """The one-truth counts over the ECB+ tuning comparisons; ``show``: also every conflict fact, one line each
    (comparison, label, figures as stated), to diff before and after a change."""
    gold_path = EVAL / "ecbplus" / "gold.json"
    if not gold_path.is_file():
        print("ECB+: absent, skipped")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    found: Counter[str] = Counter()
    n = 0
    for comparison in gold["comparisons"] + gold["decoy_comparisons"]:
        if comparison["topic"] > 35:  # tuning topics only
            continue
        n += 1
        report = compare_files([EVAL / "ecbplus" / "docs" / f"{doc}.txt" for doc in comparison["docs"]])
        found += one_truth(report)
        for fact in report.facts if show else ():
            if fact.status == CONFLICT:
                told = " | ".join(f"a{report.figures[i].article} {stated(report.figures[i])!r}" for i in fact.figures)
                print(f"  {'+'.join(comparison['docs'])}: {fact.label}: {told}")
    print(f"  ECB+ tuning, {n} comparisons: {_one_truth_line(found)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="all")
    parser.add_argument("--quiet", action="store_true", help="counts only, no sentences")
    parser.add_argument("--facts", action="store_true", help="also print every fact (tune split only)")
    parser.add_argument("--ecb", action="store_true", help="also the one-truth counts over the ECB+ tuning topics")
    parser.add_argument("--ecb-conflicts", action="store_true", help="with --ecb, also list every ECB+ conflict fact")
    args = parser.parse_args()
    base = EVAL / "news-clusters"
    if not base.is_dir():
        print("news clusters: absent, skipped")
        return
    totals: dict[str, dict[str, int]] = {}
    truth: dict[str, Counter[str]] = {}
    t0 = time.perf_counter()
    for d in sorted(base.glob("gva_*")):
        meta = json.loads((d / "meta.json").read_text())
        split = "tune" if int(meta["gva_incident_id"]) < TUNE_BELOW else "report"
        if args.split not in ("all", split):
            continue
        paths = sorted(d.glob("article_*.txt"), key=lambda p: int(re.sub(r"\D", "", p.stem)))
        report = compare_files(paths)
        t = totals.setdefault(split, {"clusters": 0, "conflicts": 0, "compatible": 0, "gold": 0, "found": 0,
                                      "facts": 0, "agree": 0, "split": 0, "gold_c": 0, "found_c": 0})  # fmt: skip
        t["clusters"] += 1
        truth[split] = truth.get(split, Counter()) + one_truth(report)
        conflicts = [f for f in report.facts if f.status == CONFLICT]
        t["conflicts"] += len(conflicts)
        t["compatible"] += sum(1 for f in report.facts if f.status == COMPATIBLE)
        t["agree"] += sum(1 for f in report.facts if f.status == "agree")
        t["facts"] += len(report.facts)
        split_counts = _split(report)
        t["split"] += len(split_counts)
        misses = []
        for role, key in (("killed", "num_killed"), ("injured", "num_injured")):
            gold = int(meta[key])
            if gold > 0 and _stated_anywhere(report, gold):
                found = _found(report, role, gold)
                t["gold"] += 1
                t["found"] += found
                if _stated_anywhere(report, gold, casualty=True):
                    t["gold_c"] += 1
                    t["found_c"] += found
                if not found:
                    misses.append(f"{role} {gold}")
        if not args.quiet and split == "tune":  # the report split's conflicts are counted, never read
            print(f"== {d.name} [{split}] gold killed {meta['num_killed']}, injured {meta['num_injured']}: "
                  f"{len(conflicts)} conflicts; gold missed: {', '.join(misses) or '-'}; corroboration split: "
                  f"{', '.join(split_counts) or '-'}")  # fmt: skip
            shown = report.facts if args.facts else [f for f in report.facts if f.status in (CONFLICT, COMPATIBLE)]
            for fact in shown:
                print(f"  [{fact.status}] {fact.label}: {fact.note}")
                for i in fact.figures:
                    f = report.figures[i]
                    sent = report.articles[f.article].sentences[f.sentence].text
                    print(f"      a{f.article} {stated(f)!r} ({f.counts or f.unit or '-'}): {sent[:200]}")
    print(f"fact check over news clusters ({time.perf_counter() - t0:.1f} s)")
    for split, t in totals.items():
        print(f"  {split:6s} {t['clusters']} clusters: {t['conflicts']} conflict facts, {t['compatible']} compatible, "
              f"{t['agree']} agree of {t['facts']} facts; gold counts in an agree/compatible/single-source fact of "
              f"the right role: {t['found']}/{t['gold']} where some count has the value, {t['found_c']}/{t['gold_c']} "
              f"where some casualty count has it; casualty counts stated alike by two outlets but split into "
              f"single-source facts: {t['split']}")  # fmt: skip
        print(f"         {_one_truth_line(truth[split])}")
    if args.ecb:
        _ecb(args.ecb_conflicts)


if __name__ == "__main__":
    main()
