"""Word-level soft alignment of two sentences from WordLlama's token table (BERTScore-style), as extra feature
columns for ``bench/ecbplus.py --oof --columns soft_alignment.py:columns``. A bench experiment: core/ never uses it.

Each content word of one sentence is matched to its most similar content word of the other: the cosine of the two
words' vectors (a word's vector is the mean of its tokens' rows of the table core/semantic.py loads), clipped at 0;
the same stem counts 1, and a number matches only itself (the digits' tokens of "25" and "30" are not synonyms).
Weighted by the engine's IDF weights of the article pair, each direction gives a share in 0..1:
- ``soft_min``, ``soft_max``: of all its words' weight (1 = every word found, exactly or by a synonym);
- ``gain_min``, ``gain_max``: of the same weight, what the words the other sentence lacks add (``soft`` - cover).

Session 29 (issue 11), ECB+ tuning OOF with the trees refit as shipped (--strict 0.34; P / R / content R, decoy P) at
link_threshold 0.30: without .9186 / .3873 / .7840, .8027; with these four .9164 / .3849 / .7845, .7994; other forms
(names matched exactly too, cosines under .4 or .5 dropped, plain words only, an IDF-weighted mean of word vectors,
the same over the unshared words only) all within +-.005 content R at equal precision: no recall. The table's word
cosines are weak evidence: buys / acquires .24, hanged / hung .33, stronghold / city -.04, but Wednesday /
Thursday .32 and police / officers .48 (notes/model29.md).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from reportdiff.core import semantic
from reportdiff.core import sentence_features as words

NAMES = ("soft_min", "soft_max", "gain_min", "gain_max")


class _Words:
    """Word vectors by spelling, and each sentence's content words (stem, vector, number?) as the engine reads it."""

    def __init__(self) -> None:
        encoder = semantic.encoder()
        if encoder is None:
            raise RuntimeError(semantic.load_error() or "language model not loaded")
        self.encoder = encoder
        self.vectors: dict[str, np.ndarray] = {}

    def vector(self, word: str) -> np.ndarray:
        found = self.vectors.get(word)
        if found is None:
            ids = self.encoder.tokenizer.encode_ids([word])[0]
            found = np.asarray(self.encoder.table[ids], dtype=np.float32).mean(axis=0)
            norm = float(np.linalg.norm(found))
            found = self.vectors[word] = found / norm if norm else found
        return found

    def sentence(self, text: str, ignore: tuple[int, int] | None) -> tuple[list[str], np.ndarray, np.ndarray]:
        """(stems, unit vectors, is a number) of the sentence's content words, the words of a dateline and of an
        attribution tail left out as ``sentence_features`` leaves them out; a stem's first spelling."""
        tail = words.attribution_tail(text)
        seen: dict[str, tuple[str, bool]] = {}
        for match in words._TOKEN_RE.finditer(text):
            at, raw = match.start(), match.group(0)
            if ignore is not None and ignore[0] <= at < ignore[1]:
                continue
            if tail is not None and at >= tail and not (raw[0].isupper() and raw.lower() not in
                                                        words._TAIL_DROPPED_NAMES):  # fmt: skip
                continue
            stem, stop, number, _ = words._read_word(raw)
            if not stop and stem not in seen:
                seen[stem] = (raw.lower(), number)
        stems = sorted(seen)
        vectors = np.array([self.vector(seen[s][0]) for s in stems], dtype=np.float32).reshape(len(stems), -1)
        return stems, vectors, np.array([seen[s][1] for s in stems], dtype=bool)


_WORDS: _Words | None = None


def columns(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """NAMES' columns for the pairs (lefts[k], rights[k]) of ``sim`` (its inputs in ``sim.bench_inputs``)."""
    global _WORDS
    _WORDS = _WORDS or _Words()
    texts, ignore, _, _ = sim.bench_inputs
    read: dict[int, tuple[list[str], np.ndarray, np.ndarray]] = {}
    out = np.zeros((len(lefts), len(NAMES)))
    for row, (i, j) in enumerate(zip(lefts.tolist(), rights.tolist(), strict=True)):
        for k in (i, j):
            if k not in read:
                read[k] = _WORDS.sentence(texts[k], ignore[k])
        (stems_a, vectors_a, numbers_a), (stems_b, vectors_b, numbers_b) = read[i], read[j]
        if not stems_a or not stems_b:
            continue
        context = sim._context(i, j)
        weights_a, weights_b = sim.index.weights(i, context)[0], sim.index.weights(j, context)[0]
        same = np.array(stems_a)[:, None] == np.array(stems_b)[None, :]
        match = np.clip(vectors_a @ vectors_b.T, 0.0, 1.0)
        match[numbers_a, :] = 0.0
        match[:, numbers_b] = 0.0
        match[same] = 1.0
        shares = []
        for best, found, stems, weights in ((match.max(axis=1), same.any(axis=1), stems_a, weights_a),
                                            (match.max(axis=0), same.any(axis=0), stems_b, weights_b)):  # fmt: skip
            w = np.array([weights.get(s, 0.0) for s in stems])
            total = float(w.sum())
            shares.append((float(w @ best) / total, float(w @ (best * ~found)) / total) if total else (0.0, 0.0))
        (soft_a, gain_a), (soft_b, gain_b) = shares
        out[row] = (min(soft_a, soft_b), max(soft_a, soft_b), min(gain_a, gain_b), max(gain_a, gain_b))
    return NAMES, np.round(out, 9)
