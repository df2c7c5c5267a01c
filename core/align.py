"""N-way, order-free sentence alignment: which sentences of different articles report the same thing.

Every pair of articles is aligned on its own; order is ignored (a rewrite reshuffles paragraphs). A sentence may
link to several sentences of another article (one wire sentence often carries what two rewrite sentences say):
a pair is linked when its similarity clears ``link_threshold`` and it is, within ``best_ratio``, the best
partner of at least one of its two sentences. Candidates come from the similarity backend's sparse word index, so
two 4,000-sentence articles align in seconds rather than scoring sixteen million pairs; they depend on the two
articles alone, never on how many others are loaded. Knobs: ``AlignSettings``. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .similarity import CANDIDATE_MAX_WORK, CANDIDATES_PER_SENTENCE, SimilarityBackend


@dataclass(frozen=True)
class AlignSettings:
    """The alignment knobs, one place, each with the measurement behind its value."""

    # A pair below this same-statement score is not the same statement. The score is the fitted model's
    # probability that two sentences say mostly the same (bench/train_similarity.py). Measured on ECB+ tuning topics
    # (bench/ecbplus.py --grid; same-event P / R / content R, decoy P), with contained_threshold 0.35: 0.15
    # .902/.465/.842, .731; 0.2 .904/.437/.827, .748; 0.3 .912/.398/.801, .767; 0.5 .917/.340/.742, .771; 0.7
    # .918/.302/.677, .767; 0.4 .915/.366/.770, .773. Precision barely moves above 0.2 while recall falls, but
    # below 0.35 the seeds' facts only one outlet reports (Cnews' capture of Khansir) link to mere topic neighbours
    # ("the sudden rebel advance into Aleppo"), and below 0.5 Reuters' Assad quote gains a second, loose partner
    # ("The gains mark one of the most significant shifts", 0.50): 0.5 is the lowest value keeping the seeds'
    # reading. (The lexical engine before: 0.30 on its own score, ECB+ tuning P .905 R .219 content .525.)
    link_threshold: float = 0.5
    # A pair also has to be (nearly) the best partner of one of its sentences: within this ratio of that sentence's
    # best score. Keeps one-to-many links where one sentence really carries two, drops weaker look-alikes. On ECB+
    # tuning 0.9 instead trades .03 recall for .006 precision at every threshold (0.5 to 0.85): kept at 0.8.
    best_ratio: float = 0.8
    # A sentence that no sentence of the other article restates whole may still be carried inside a longer one: a
    # rewrite's "At least 25 dead as warplanes escalate airstrikes" is one clause of the wire's lead. Such a
    # sentence, left without a link, is linked to the sentence it shares most of its content with (containment: the
    # share of the shorter of the two that the longer carries, so a long sentence left alone also links to a short
    # one it contains), when that reaches contained_threshold and is clearly the best: carrier_margin times the
    # runner-up's. Tuned on MSRP train: letting containment compete with the statement score linked look-alikes
    # from other stories (own-partner share 0.82 -> 0.60); as a fallback for unlinked sentences, guarded by the
    # smallest margin that keeps the own-partner share of the statement score alone (0.82), it raises recall of
    # partners from 0.92 to 0.955. Re-measured on ECB+ tuning with the semantic model at link_threshold 0.2: 0.5
    # instead of 0.35 drops 145 links across two events of one kind (decoy P .748 -> .770) for .015 recall; at
    # 0.25, .760 -> .788 for .022. Not yet measured at 0.35 (kept at 0.35: recall is the scarcer goal there).
    contained_threshold: float = 0.35
    carrier_margin: float = 1.3
    # Two sentences of one article scoring this much are one text printed twice, not two carriers.
    copy_score: float = 0.9
    # Candidates: each sentence keeps this many best partners by IDF cosine (similarity.CANDIDATES_PER_SENTENCE),
    # and the products of one article pair's candidate search are bounded (similarity.CANDIDATE_MAX_WORK).
    candidates_per_sentence: int = CANDIDATES_PER_SENTENCE
    max_candidate_work: int = CANDIDATE_MAX_WORK
    # Use the language model (core/semantic.py) as a feature of the score; off, or when it cannot load, the
    # lexical-only model scores alone.
    semantic: bool = True


DEFAULT = AlignSettings()


@dataclass(frozen=True)
class Match:
    """Sentence ``left`` of article A matches sentence ``right`` of article B (global sentence numbers)."""

    left: int
    right: int
    score: float


def align_pair(
    sim: SimilarityBackend, left: Sequence[int], right: Sequence[int], settings: AlignSettings = DEFAULT
) -> list[Match]:
    """Links between two articles' sentences (global sentence numbers into the backend)."""
    scores: dict[tuple[int, int], float] = {}
    contained: dict[int, list[tuple[float, int, int]]] = {}
    threshold = settings.link_threshold
    for i, j in sim.candidates(left, right, settings.candidates_per_sentence, settings.max_candidate_work):
        s = sim.score(i, j, floor=threshold)
        if s >= threshold:
            scores[(i, j)] = s
        c = sim.containment(i, j)
        if c > 0:
            contained.setdefault(i, []).append((c, i, j))
            contained.setdefault(j, []).append((c, i, j))
    best_left: dict[int, float] = {}
    best_right: dict[int, float] = {}
    for (i, j), s in scores.items():
        best_left[i] = max(best_left.get(i, 0.0), s)
        best_right[j] = max(best_right.get(j, 0.0), s)
    matches = [
        Match(i, j, s)
        for (i, j), s in scores.items()
        if s >= settings.best_ratio * best_left[i] or s >= settings.best_ratio * best_right[j]
    ]
    linked = {m.left for m in matches} | {m.right for m in matches}
    carried: dict[tuple[int, int], float] = {}
    for lone, options in contained.items():
        if lone in linked:
            continue
        options.sort(reverse=True)
        best = options[0][0]
        # A carrier printed twice (a repeated paragraph) ties exactly with itself: both copies carry the sentence,
        # and the margin is measured against the next carrier that is not a copy.
        first = _partner(options[0], lone)
        copies = [
            option
            for option in options
            if option[0] == best
            and (_partner(option, lone) == first or sim.score(first, _partner(option, lone)) >= settings.copy_score)
        ]
        tied = [(i, j) for _, i, j in copies]
        runner_up = next((option[0] for option in options if option not in copies), 0.0)
        if best >= settings.contained_threshold and best >= settings.carrier_margin * runner_up:
            carried.update(dict.fromkeys(tied, best))
    matches.extend(Match(i, j, c) for (i, j), c in carried.items())
    matches.sort(key=lambda m: (m.left, m.right))
    return matches


def _partner(option: tuple[float, int, int], lone: int) -> int:
    """The other sentence of a (containment, left, right) option."""
    _, i, j = option
    return i if j == lone else j
