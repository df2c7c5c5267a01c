"""Same report before and after: compare the reports of two checkouts on the seeds and the tuning clusters, link for
link (sentences and their statuses, links with score, kind, flags, notes and word diff, figures, facts, quotes).

    python bench/same_reports.py --before /tmp/main-tree [--after TREE] [--all-clusters] [--scale CASE ...] [--cli]

Each tree runs in its own process with this venv (bench/checkout.py). Tuning clusters only (id < 600000) unless
``--all-clusters`` (the held-out ones may be compared for a report, never tuned on); ``--scale`` adds
bench/scale.py's generated cases (20x5k, pair100k, 2mb, figures8k: slow); ``--cli`` also compares, input by
input, the bytes ``reportdiff compare FILES --json OUT`` writes (the command's own JSON path, which
``Report.to_json`` above does not take). Prints each input that differs with its first differences; exit status 0
whatever it finds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checkout import entry_command, environment
from msrp import EVAL

REPO = Path(__file__).resolve().parents[1]
CLUSTERS = EVAL / "news-clusters"
TUNING_MAX_ID = 600_000

# The child sets up its process as the tree's ``reportdiff`` entry point does where that changes numbers (the BLAS
# thread count, core/gctune.py, for trees that have it), then compares each input.
CHILD = """
import json, sys
try:
    from reportdiff.core.gctune import limit_native_threads
except ImportError:
    pass
else:
    limit_native_threads()
from reportdiff.core.compare import compare_files
out = {}
for name, paths in json.load(open(sys.argv[1])).items():
    out[name] = compare_files(paths).to_json()
json.dump(out, open(sys.argv[2], "w"))
"""


def inputs(all_clusters: bool, scale_cases: Sequence[str], tmp: Path) -> dict[str, list[str]]:
    sets = {"seeds": [str(p) for p in sorted((REPO / "seeds").glob("*.txt"))]}
    if scale_cases:
        from scale import build_case

        for case in scale_cases:
            sets[case] = [str(p) for p in build_case(case, tmp)]
    if CLUSTERS.is_dir():
        for folder in sorted(p for p in CLUSTERS.iterdir() if p.is_dir()):
            number = int(re.sub(r"\D", "", folder.name) or 0)
            if all_clusters or number < TUNING_MAX_ID:
                sets[folder.name] = [str(p) for p in sorted(folder.glob("article_*.txt"))]
    return sets


def reports(tree: Path | None, sets: dict[str, list[str]], tmp: Path) -> dict[str, Any]:
    job, out = tmp / "inputs.json", tmp / f"out-{'after' if tree is None else 'before'}.json"
    job.write_text(json.dumps(sets))
    # One string-hash seed for both sides: the similarity stage sums weights in set order, so with Python's
    # random seeds two runs of one tree can differ in the last bits and, on large inputs, in a tied link or two.
    env = dict(environment(tree) or os.environ, PYTHONHASHSEED="0")
    subprocess.run([sys.executable, "-c", CHILD, str(job), str(out)], check=True, env=env)
    return json.loads(out.read_text())


def cli_bytes(tree: Path | None, paths: list[str], out: Path) -> bytes:
    """What ``reportdiff compare PATHS --json OUT --quiet`` of ``tree`` (None: this checkout) writes."""
    env = dict(environment(tree) or os.environ, PYTHONHASHSEED="0")
    subprocess.run([*entry_command(), "compare", *paths, "--json", str(out), "--quiet"], check=True, env=env)
    return out.read_bytes()


def link_key(link: dict[str, Any]) -> tuple[Any, ...]:
    return (link["from"]["article"], link["from"]["sentence"], link["to"]["article"], link["to"]["sentence"])


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What differs, one line each (empty: the same report)."""
    found: list[str] = []
    for ai, (a, b) in enumerate(zip(before["articles"], after["articles"], strict=True)):
        sa = [(s["start"], s["end"], s["status"]) for s in a["sentences"]]
        sb = [(s["start"], s["end"], s["status"]) for s in b["sentences"]]
        if sa != sb:
            found.append(f"article {ai}: sentences differ ({len(sa)} vs {len(sb)})")
    la = {link_key(x): x for x in before["links"]}
    lb = {link_key(x): x for x in after["links"]}
    for key in sorted(la.keys() - lb.keys()):
        found.append(f"link {key} only before ({la[key]['kind']})")
    for key in sorted(lb.keys() - la.keys()):
        found.append(f"link {key} only after ({lb[key]['kind']})")
    for key in sorted(la.keys() & lb.keys()):
        if la[key] != lb[key]:
            changed = sorted(k for k in la[key] if la[key][k] != lb[key].get(k))
            found.append(f"link {key}: {', '.join(changed)} differ")
    if [link_key(x) for x in before["links"]] != [link_key(x) for x in after["links"]] and not found:
        found.append("the same links in another order")
    for part in ("figures", "facts", "quotes", "warnings"):
        if before.get(part) != after.get(part):
            found.append(f"{part} differ ({len(before.get(part) or ())} vs {len(after.get(part) or ())})")
    rest = {k for k in before.keys() | after.keys() if k not in ("articles", "links", "figures", "facts", "quotes",
                                                                  "warnings")}  # fmt: skip
    for k in sorted(rest):
        if before.get(k) != after.get(k):
            found.append(f"{k} differs")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="the checkout to compare with")
    parser.add_argument("--after", type=Path, help="another checkout (default: this one, as installed)")
    parser.add_argument("--all-clusters", action="store_true", help="also the held-out clusters (id >= 600000)")
    parser.add_argument("--scale", nargs="+", default=[], help="also these generated cases of bench/scale.py")
    parser.add_argument("--cli", action="store_true", help="also compare the command's JSON bytes, input by input")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rd-same-") as name:
        tmp = Path(name)
        sets = inputs(args.all_clusters, args.scale, tmp)
        before = reports(args.before, sets, tmp)
        after = reports(args.after, sets, tmp)
        if args.cli:
            alike = [
                key
                for key, paths in sets.items()
                if cli_bytes(args.before, paths, tmp / "b.json") == cli_bytes(args.after, paths, tmp / "a.json")
            ]
            for key in sets:
                if key not in alike:
                    print(f"{key}: the command's JSON bytes differ")
            print(f"{len(alike)} of {len(sets)} inputs: the command writes the same JSON bytes")
    same = 0
    links = 0
    for key in sets:
        found = differences(before[key], after[key])
        links += len(after[key]["links"])
        if not found:
            same += 1
            continue
        print(f"{key}: {len(found)} differences")
        for line in found[:8]:
            print(f"  {line}")
    print(f"{same} of {len(sets)} inputs give the same report ({links} links after)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
