"""Quality of figures and facts, printed: casualty counts on the news clusters, recall/precision on number specs.

Run by hand: ``.venv/bin/python bench/figures_eval.py [--details]``. Reads ../shared/eval/ (skips what is absent);
asserts nothing. Tuning was done only on the clusters with a Gun Violence Archive incident id below 600000
(``tune``); the clusters from 600000 up (``report``) are printed separately and were never looked at while tuning.

News clusters (gold = the archive's num_killed / num_injured):
* killed found: some figure in the cluster has role "killed" and the gold value (or a range covering it).
* injured found (strict): role "injured" with the gold value. (loose): also "shot" == killed + injured, since
  "five people were shot" counts everyone hit, which is the archive's killed + injured.
* gold 0: judged found when no article of the cluster gives that role a positive count (nothing contradicts it).
  Reported apart too, because "found" is then an absence.
* conflicts: clusters where group_facts reports a conflict on a casualty fact (killed / injured / shot).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from msrp import EVAL  # noqa: E402

from reportdiff.core.compare import compare_files  # noqa: E402
from reportdiff.core.figures import find_figures  # noqa: E402

TUNE_BELOW = 600_000  # incident ids below this are the tuning split (../shared/eval/README.md)
CASUALTY_ROLES = ("killed", "injured", "shot")


def _role(counts: str) -> str:
    words = counts.split()
    return words[-1] if words and words[-1] in ("killed", "injured", "shot", "arrested", "missing") else ""


def _has(figs: list[tuple[float, float | None, str]], role: str, value: int) -> bool:
    return any(r == role and (v == value or (h is not None and v <= value <= h)) for v, h, r in figs)


def clusters() -> None:
    base = EVAL / "news-clusters"
    if not base.is_dir():
        print("news clusters: absent, skipped")
        return
    details = "--details" in sys.argv
    rows: dict[str, list[dict[str, object]]] = {"tune": [], "report": []}
    t0 = time.perf_counter()
    for d in sorted(base.glob("gva_*")):
        meta = json.loads((d / "meta.json").read_text())
        k, i = int(meta["num_killed"]), int(meta["num_injured"])
        split = "tune" if int(meta["gva_incident_id"]) < TUNE_BELOW else "report"
        paths = sorted(d.glob("article_*.txt"), key=lambda p: int(re.sub(r"\D", "", p.stem)))
        report = compare_files(paths)
        figs = [(f.value, f.high, _role(f.counts)) for f in report.figures]
        k_found = _has(figs, "killed", k) if k else not any(r == "killed" and v > 0 for v, _h, r in figs)
        i_strict = _has(figs, "injured", i) if i else not any(r == "injured" and v > 0 for v, _h, r in figs)
        i_loose = i_strict or (i > 0 and _has(figs, "shot", k + i))
        conflicts = [fact for fact in report.facts if fact.status == "conflict"
                     and any(_role(report.figures[i].counts) in CASUALTY_ROLES for i in fact.figures)]  # fmt: skip
        row = {"id": d.name, "k": k, "i": i, "k_found": k_found, "i_strict": i_strict, "i_loose": i_loose,
               "conflicts": [(c.label, c.note) for c in conflicts], "n": len(paths)}  # fmt: skip
        rows[split].append(row)
        if details and split == "tune":
            print(f"{d.name} gold killed={k} injured={i} -> killed {k_found} injured {i_strict}/{i_loose}")
            for f in report.figures:
                if _role(f.counts):
                    print(f"    [{f.article}] {f.qualifier + ' ' if f.qualifier else ''}{f.text!r} {f.counts}")
            for label, note in row["conflicts"]:  # type: ignore[attr-defined]
                print(f"    CONFLICT {label}: {note}")
    elapsed = time.perf_counter() - t0
    print(f"news clusters ({elapsed:.1f} s for all, through compare_files)")
    for split, rs in rows.items():
        n = len(rs)
        if not n:
            continue

        def share(key: str, rs: list[dict[str, object]] = rs) -> str:
            return f"{sum(1 for r in rs if r[key])}/{len(rs)}"

        both_strict = sum(1 for r in rs if r["k_found"] and r["i_strict"])
        both_loose = sum(1 for r in rs if r["k_found"] and r["i_loose"])
        pos_k = [r for r in rs if r["k"]]
        pos_i = [r for r in rs if r["i"]]
        print(f"  {split:6s} {n} clusters: killed found {share('k_found')}, injured found {share('i_strict')} strict "
              f"/ {share('i_loose')} loose; both found {both_strict}/{n} strict, {both_loose}/{n} loose "
              f"({100 * both_loose / n:.0f}%)")  # fmt: skip
        print(f"         gold > 0 only: killed {sum(1 for r in pos_k if r['k_found'])}/{len(pos_k)}, injured "
              f"{sum(1 for r in pos_i if r['i_strict'])}/{len(pos_i)} strict, "
              f"{sum(1 for r in pos_i if r['i_loose'])}/{len(pos_i)} loose")  # fmt: skip
        with_conf = [r for r in rs if r["conflicts"]]
        print(f"         clusters with a casualty conflict between outlets: {len(with_conf)}/{n}")
        for r in with_conf:
            notes = "; ".join(str(note) for _label, note in r["conflicts"])  # type: ignore[attr-defined]
            print(f"           {r['id']} (gold {r['k']} killed, {r['i']} injured): {notes}")
        missed = [str(r["id"]) for r in rs if not (r["k_found"] and r["i_loose"])]
        print(f"         not found: {', '.join(missed) or '-'}")


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _matches(f: object, gold: float) -> bool:
    """A figure gives ``gold``: its value, or the midpoint of its range (quantulum3 resolves "3 to 4" to 3.5)."""
    value, high = f.value, f.high  # type: ignore[attr-defined]
    return _close(value, gold) or (high is not None and _close((value + high) / 2, gold))


def quantulum() -> None:
    path = EVAL / "numbers" / "quantulum3" / "quantities.json"
    if not path.is_file():
        print("quantulum3: absent, skipped")
        return
    cases = json.loads(path.read_text())
    gold_n = found_n = out_n = right_n = 0
    t0 = time.perf_counter()
    for case in cases:
        figs = find_figures(case["req"])
        gold = [float(g["value"]) for g in case["res"]]
        gold_n += len(gold)
        found_n += sum(1 for g in gold if any(_matches(f, g) for f in figs))
        out_n += len(figs)
        right_n += sum(1 for f in figs if any(_matches(f, g) for g in gold))
    ms = 1000 * (time.perf_counter() - t0) / len(cases)
    print(f"quantulum3 quantities ({len(cases)} sentences, {gold_n} gold): value recall {found_n / gold_n:.2f}, "
          f"precision {right_n / max(1, out_n):.2f} ({ms:.2f} ms per sentence)")  # fmt: skip


def recognizers() -> None:
    path = EVAL / "numbers" / "recognizers_text" / "Number_English_NumberModel.json"
    if not path.is_file():
        print("recognizers_text: absent, skipped")
        return
    cases = [c for c in json.loads(path.read_text()) if not c.get("NotSupported")]
    gold_n = found_n = out_n = right_n = 0
    for case in cases:
        figs = find_figures(case["Input"])
        gold = []
        for g in case["Results"]:
            try:
                gold.append(float(g["Resolution"]["value"]))
            except (KeyError, TypeError, ValueError):
                continue
        gold_n += len(gold)
        found_n += sum(1 for g in gold if any(_matches(f, g) for f in figs))
        out_n += len(figs)
        right_n += sum(1 for f in figs if any(_matches(f, g) for g in gold))
    print(f"recognizers_text Number ({len(cases)} inputs, {gold_n} gold): value recall {found_n / max(1, gold_n):.2f}, "
          f"precision {right_n / max(1, out_n):.2f}")  # fmt: skip


def speed() -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    sentences = [s for p in seeds for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")) if s.strip()]
    t0 = time.perf_counter()
    reps = 20
    for _ in range(reps):
        for s in sentences:
            find_figures(s)
    ms = 1000 * (time.perf_counter() - t0) / (reps * len(sentences))
    print(f"speed: find_figures {ms:.3f} ms per seed sentence ({len(sentences)} sentences)")


if __name__ == "__main__":
    clusters()
    quantulum()
    recognizers()
    speed()
