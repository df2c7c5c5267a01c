"""Sentence-pair similarity: does sentence A report the same thing as sentence B? A score in 0..1.

The default backend is lexical and needs nothing but a stemmer: content words are stemmed (Snowball; what each
sentence is made of, its stems, numbers and names, is read by core/sentence_features.py), weighted by
their inverse document frequency (so "Idlib" counts for more than "said"), numbers and names weighted up, stopwords
left out. The frequencies are counted over the sentences of the two articles a pair of sentences comes from (of its
one article, for two sentences of one), never over the other articles loaded: a pair of articles is weighed as if
compared alone, so its links do not change when articles are added (issue 11; ``LexicalSimilarity.between``).
With WordLlama's static embeddings (core/semantic.py) loaded, the overlap features and the embeddings' cosines are
combined by an ensemble of gradient-boosted trees (core/trees.py, model "same_statement"); without them, by a
logistic model of the overlap features alone ("same_statement_lexical"), and MSRP's paraphrase label by another
("paraphrase"). All were fitted on the tuning splits (MSRP train, ECB+ topics 1-35) by
``bench/train_similarity.py``, which writes ``similarity_model.json``.
Any backend offering ``score(i, j)`` and ``candidates(left, right)`` can replace it. Never imports Qt.
Its parts, one job each: core/word_index.py numbers and weighs the words per article pair, core/candidate_search.py
finds the pairs worth scoring, core/sentence_sets.py holds the sets block scoring compares, core/article_semantics.py
(with core/embedding_maxima.py) each sentence's best cosine in another article, core/topk.py the partners kept; this
module computes the features and scores.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Union

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import LCSseq

from .article_semantics import ArticleSemantics
from .candidate_search import ContentSums, Search, candidates_between, search
from .embedding_maxima import pair_cosines
from .sentence_features import SentenceFeatures, sentence_features
from .sentence_sets import SentenceSets, unigram_counts
from .setrows import SetRows, isin, overlap, shared_counts
from .trees import TreeEnsemble
from .word_index import RowWeights, WordIndex

# -- tuning knobs, one place ---------------------------------------------------------------------------------
# Each sentence keeps this many best partners (by IDF cosine) for full scoring; the full score is dearer. On MSRP
# train alignment 4 finds the same links as 8 (recall 0.955, own share 0.82) at half the scoring.
# Session 23 (issue 11): the list is not what keeps recall down. ECB+ tuning (bench/ecbplus.py --ceiling): these 4
# reach .978 of the content gold and .874 of the event gold, where links reach ~.80 and ~.40. Measured and not
# taken: 6 / 8 partners, or each sentence's 1 / 2 best partners by embedding cosine added (words the index never
# matches): content gold reached .986 / .988, .983 / .991. Out-of-fold with the trees as shipped (--oof --fit-tree,
# 0.33; P / R / content R, decoy P): 4 .9136 / .4091 / .8068, .8003; 6 .9132 / .4106 / .8105, .8006; 8 .9130 /
# .4107 / .8110, .8002; +1 semantic .9136 / .4092 / .8073, .8006; +2 semantic .9133 / .4101 / .8100, .8006: 1-9
# content pairs of 2,190 for a little precision, 12-41% more pairs to score, and MSRP train's own-partner share
# falls every time (.614 -> .606-.612).
CANDIDATES_PER_SENTENCE = 4
# A bound on the work of finding candidates for one pair of articles: at most this many (sentence, sentence, shared
# word) products. Only a pair far beyond any real report reaches it (two 5,000-sentence articles sharing common
# words); it then leaves out the words making the most products, the least distinctive ones. It depends on the two
# articles alone, never on how many others are loaded: the document-frequency cap it replaces dropped exactly the
# words every report of a story shares once a comparison held 200 sentences (ECB+ held-out recall .142 -> .226).
CANDIDATE_MAX_WORK = 4_000_000
# Candidates are scored a block at a time (numpy over all pairs of one candidate search) rather than pair by pair
# in Python: the same features and scores (to the last few bits of a float: sums run in another order), 10-20x less
# time. At most BLOCK_PAIRS pairs go through numpy at once, which bounds the memory of the laid-out word lists
# (~250 ids a pair). False: every score is computed one pair at a time, the reference path the tests compare with.
# 8192 rather than 4096 (with PREFETCH_ROWS below): half the blocks, each ~300 numpy calls; 20 articles x 5,000 words,
# aligning in process (best of 5, twice) 1.03 / 1.00 -> 0.99 / 0.98 s, 20 news articles 0.091 -> 0.089 s, the
# 100k-word pair the same (0.49-0.51 s); 16384 no better. The same scores bit for bit (every feature row by row).
BLOCK_SCORING = True
BLOCK_PAIRS = 8192
# Alignment asks for every article pair of a comparison in turn (itertools.combinations order). A whole-article
# candidate search is scored together with the searches of the pairs that follow it, run ahead until their candidates
# reach PREFETCH_ROWS, in one block: a block costs ~100 numpy calls whatever its size, and on 20 news articles (190
# article pairs, ~90 candidates each) those calls were most of the aligning time (in-process, 0.59 s). Each pair's
# scores are the same bit for bit (every feature is computed row by row; tests/core/test_sim_prefetch.py). A pair asked
# out of that order drops what was run ahead and starts again from itself. 0: one article pair at a time. 8192:
# see BLOCK_PAIRS.
PREFETCH_ROWS = 8192
# Block scoring counts the 1-grams two sentences share as the content words they share (which it has: ``shared``)
# plus the stems of their stopwords (``says``, ``the``) found among the other's words, by bit masks: the stems that
# some sentence has only from stopwords are few in any comparison (at most the ~170 stopwords' stems), one bit each,
# so each sentence holds two masks of a few 64-bit words (its stopword-only stems; its content stems among them) and
# a pair's count is ``shared`` plus three popcounts. The same counts as the compiled LCS of the 1-gram rows
# (tests/core/test_sim_gram_shortcuts.py); 20 articles x 5,000 words, 265k pairs: ~0.05 -> ~0.01 s. Past
# sentence_sets.UNIGRAM_MASK_WORDS words of bits (never with English stopwords), or False: the LCS.
UNIGRAM_BY_MASKS = True
# Containment counts fully only once this much IDF weight is shared (about three distinctive words): two
# sentences sharing one rare name are not yet the same statement.
CONTAINMENT_FULL_MASS = 8.0
# What a pair shares once its one shared name and the words of attribution are set aside (``name_only_semantic``,
# align.py's name_only_semantic rule; review-s23 F12): two sentences sharing only "coastguard spokesman Pavel Dorn
# said" or "the MV Halden Star" name the same actor, not the same statement. A name phrase is a run of shared names
# (capitalised words) in both sentences with up to NAME_TITLE_WORDS shared words just before it, in both: its title
# ("coastguard spokesman Pavel Dorn", "regional governor Marta Ilves"). ATTRIBUTION_STEMS are the stems of the
# words of attribution that are not stopwords ("said", "told", "according" already are): "a spokesman said in a
# statement", "declined to comment". A sentence with more than half its content words capitalised (a Title Case
# headline) has no evidence of names: its pairs are never name-only.
NAME_TITLE_WORDS = 2
ATTRIBUTION_STEMS = frozenset({"spokesman", "spokeswoman", "spokesperson", "statement", "comment", "declin"})
# Features summed over weighted words (cosine, cover, containment, anchor_clash, anchor_absent) are snapped to this
# many decimals (``_snap``): a float sum depends on the order it adds, which differs with the side a sentence is on
# (and between the block and the pair-by-pair paths) in the last bit, and a tree split that falls in that bit gave
# ``compare A B`` and ``compare B A`` different scores (gva_586609, 0.729 / 0.732 under per-article weights). 1e-9 is
# far below any split the trees learn and far above the 1e-16 noise.
FEATURE_DECIMALS = 9
# Logistic models over the features of ``pair_features``, fitted by bench/train_similarity.py, which writes their
# weights to similarity_model.json beside this file (read once, at import):
# - "paraphrase": is the pair an MSRP paraphrase? (the MSRP train pairs; negatives are same-story sentences);
# - "same_statement": is this candidate pair one statement? The alignment score. Fitted on the candidates the index
#   proposes in (1) the alignment of all MSRP train first sentences against all second ones (a sentence's own
#   partner against look-alikes from other stories) and (2) the ECB+ tuning comparisons, same-event and decoy
#   (pairs sharing an annotated event against pairs that do not, two events of one kind included): it learns what
#   tells a statement from a template twin (other names, other numbers, other places).
# - "same_statement_lexical": the same without the semantic features, used when the language model cannot load.
FEATURE_NAMES = (
    "cosine", "cover_min", "cover_max", "uni_min", "uni_max", "bi_min", "bi_max", "tri_min", "tri_max", "order",
    "numbers_equal", "numbers_clash", "length_ratio", "entity_jaccard", "containment", "entity_clash",
    "numbers_mismatch", "anchor_clash", "semantic", "semantic_x_clash", "article_share", "anchor_absent_min",
    "anchor_absent_max", "semantic_rel_min", "semantic_rel_max", "semantic_mutual", "semantic_support",
    "semantic_support_hi",
)  # fmt: skip
# Features that need the language model (zero, and absent from the lexical model, without it).
SEMANTIC_FEATURES = ("semantic", "semantic_x_clash", "semantic_rel_min", "semantic_rel_max", "semantic_mutual",
                     "semantic_support", "semantic_support_hi")  # fmt: skip
# The article-pair features read against the other ARTICLE, not only the other sentence (both depend on the two
# articles alone, never on the others loaded):
# - anchor_absent: the IDF-weighted share of a sentence's names and numbers found nowhere in the other article (min
#   and max of the two directions). A template twin across two events of one kind names people the other report
#   never mentions ("Chargers' Jackson arrested" / "Chargers' Williams arrested"); a restatement's extra names
#   usually appear elsewhere in the other report.
# - semantic_rel: the pair's cosine over each sentence's best cosine in the other article (min, max; 1 = its best),
#   semantic_mutual: each is the other's best; semantic_support: the mean of every sentence's best cosine in the
#   other article, and the share of them at least article_semantics.SUPPORT_HIGH: how much of the two reports say
#   the same at all (core/article_semantics.py computes the best cosines).
# Measured on ECB+ tuning, topic-grouped 5-fold cross-validation of the tree model (bench/train_similarity.py):
# see similarity_model.json's "cv" and docs in AlignSettings.
# A sentence's best cosine comes from one matrix product per article pair, its pair's cosine from one dot product:
# the two may differ in their last bits, so a ratio within this of 1 is 1 (the best partner).
REL_SNAP = 1e-6
ORDER = FEATURE_NAMES.index("order")
SEMANTIC = FEATURE_NAMES.index("semantic")
RELATIVES = FEATURE_NAMES.index("semantic_rel_min")  # the last five: _semantic_relatives, in this order
# Features of the article pair alone, one value over all its sentence pairs (a block scores a few article pairs, each
# pair's rows together): the tree margins look them up once per run of rows (TreeEnsemble.margin_columns).
STEADY_COLUMNS = frozenset(FEATURE_NAMES.index(name) for name in ("article_share", "semantic_support",
                                                                  "semantic_support_hi"))  # fmt: skip
MODEL_FILE = Path(__file__).with_name("similarity_model.json")


Model = Union["Logistic", TreeEnsemble]


@dataclass(frozen=True)
class Logistic:
    """A fitted logistic model: weights in FEATURE_NAMES order, bias."""

    weights: tuple[float, ...]
    bias: float

    def z(self, x: Sequence[float]) -> float:
        return self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))

    def margin(self, rows: np.ndarray) -> np.ndarray:
        """Log-odds of each row of ``rows`` (rows x FEATURE_NAMES), summed column after column as ``z`` sums one
        row: the same bits as ``z``, whatever the number of rows (a BLAS matrix-vector product rounds a row
        differently by its place in the block)."""
        x = np.asarray(rows, dtype=np.float64)
        total = np.zeros(len(x))
        for k, weight in enumerate(self.weights):
            total += weight * x[:, k]
        return self.bias + total


def _read_models(path: Path = MODEL_FILE) -> dict[str, Model]:
    """The fitted models by name: logistic (a feature the file does not name gets weight 0) or, with
    ``"kind": "trees"``, a tree ensemble (core/trees.py)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    models: dict[str, Model] = {}
    for name, model in data["models"].items():
        if model.get("kind") == "trees":
            models[name] = TreeEnsemble.from_json(model, FEATURE_NAMES)
        else:
            weights = tuple(float(model["weights"].get(f, 0.0)) for f in FEATURE_NAMES)
            models[name] = Logistic(weights, float(model["bias"]))
    return models


MODELS = _read_models()
# Score at which MSRP train calls a pair a paraphrase (threshold that maximises F1 on train).
PARAPHRASE_THRESHOLD = 0.45

def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def _margin(model: Model, x: Sequence[float]) -> float:
    """Log-odds of one feature row."""
    if isinstance(model, Logistic):
        return model.z(x)
    return model.margin_one(x)


def _lcs_length(a: Sequence[str] | str, b: Sequence[str] | str) -> int:
    """Length of the longest common subsequence of two word lists (or two strings, one character per word):
    rapidfuzz's compiled bit-parallel LCS, the same lengths as the textbook table at a twentieth of the time."""
    return int(LCSseq.similarity(a, b))


@dataclass(frozen=True)
class CandidateScores:
    """One candidate search scored at once (``LexicalSimilarity.candidate_scores``): entry k is the pair (left[k],
    right[k]); ``bound`` is what ``score``'s floor is compared with (the score itself for a tree model)."""

    left: np.ndarray
    right: np.ndarray
    score: np.ndarray
    bound: np.ndarray
    containment: np.ndarray
    anchor_absent: np.ndarray
    semantic_relative: np.ndarray


class SimilarityBackend(Protocol):
    """What alignment needs of a similarity model over a fixed list of sentences."""

    def score(self, i: int, j: int, floor: float = 0.0) -> float:
        """Similarity of sentences i and j, 0..1; below ``floor`` the value only has to stay below it."""
        ...

    def containment(self, i: int, j: int) -> float:
        """How much of one sentence the other carries, 0..1, the same for (i, j) and (j, i) (0 when the backend cannot
        say)."""
        ...

    def candidates(
        self, left: Sequence[int], right: Sequence[int], per_sentence: int = ..., max_work: int = ...
    ) -> Iterable[tuple[int, int]]:
        """Pairs (i in left, j in right) worth scoring; may be every pair. ``per_sentence`` partners kept per
        sentence, at most ``max_work`` units of work (a backend may ignore both)."""
        ...


class LexicalSimilarity:
    """IDF-weighted lexical overlap and, when loaded, embedding cosines, combined by the fitted models above. Word
    weights are those of the article pair of the two sentences (``Weighting``): never the other articles'."""

    def __init__(
        self,
        sentences: Sequence[str],
        ignore: Sequence[tuple[int, int] | None] | None = None,
        embeddings: np.ndarray | None = None,
        articles: Sequence[int] | None = None,
    ) -> None:
        """``embeddings``: one unit vector per sentence (core/semantic.py), or None for the lexical-only model.
        ``articles``: the article of each sentence (all one article when None)."""
        ignore = ignore or [None] * len(sentences)
        self.embeddings = embeddings
        self.model = MODELS["same_statement" if embeddings is not None else "same_statement_lexical"]
        self.features = [sentence_features(s, ign) for s, ign in zip(sentences, ignore, strict=True)]
        n = len(self.features)
        self.article_of = list(articles) if articles is not None else [0] * n
        self._anchors: dict[int, set[str]] = defaultdict(set)
        self._present: dict[int, set[str]] = defaultdict(set)  # every name, number and content word of an article
        self._members: dict[int, list[int]] = defaultdict(list)
        self._position = [0] * n  # a sentence's place among its article's sentences
        for k, f in enumerate(self.features):
            article = self.article_of[k]
            self._anchors[article] |= (f.entities | f.numbers) & f.content
            self._present[article] |= f.entities | f.numbers | f.content
            self._position[k] = len(self._members[article])
            self._members[article].append(k)
        self.index = WordIndex(self.features, self.article_of, self._members, self._position)
        self._shares: dict[tuple[int, int], float] = {}
        # each sentence's best cosine in another article, per article pair (with the language model)
        self.semantics = (
            None if embeddings is None else ArticleSemantics(embeddings, self._members, self.index.no_article)
        )
        self._sets: SentenceSets | None = None  # built on first block scoring
        self._plain: tuple[SetRows, SetRows] | None = None  # name_only_semantics' rows, made on first use
        self._pending: tuple[np.ndarray, np.ndarray] | None = None  # the last candidates, not scored yet
        self._scored: dict[tuple[int, int], tuple[float, float, float]] = {}  # (score, bound, containment)
        # pairs scored one at a time, by (i, j, article pair weighing them): (score, bound)
        self._memo: dict[tuple[int, int, tuple[int, int]], tuple[float, float]] = {}
        # candidate searches of article pairs scored ahead (PREFETCH_ROWS), by (article, article, per_sentence, work)
        self._ahead: dict[tuple[int, int, int, int, tuple[int, int] | None], CandidateScores] = {}
        # article pairs (lower number first) whose candidate search reached its work bound, with how many of their
        # commonest shared words it left out (_bound_work): the report says so (review-gui-s22 finding 14)
        self.cut_searches: dict[tuple[int, int], int] = {}

    def _context(self, i: int, j: int, context: tuple[int, int] | None = None) -> tuple[int, int]:
        """The article pair whose weights weigh sentences i and j: their two articles; for two sentences of one
        article, ``context`` when given (the pair being aligned: ``between``), else that article alone."""
        a, b = self.article_of[i], self.article_of[j]
        if a == b and context is not None and a in context:
            return context
        return (a, b) if a <= b else (b, a)

    def between(self, a: int, b: int) -> ArticlePairSimilarity:
        """This model seen from article pair (a, b), for aligning it: two sentences of ONE of the two articles
        (alignment's copy checks) are weighed by the pair's weights too, as when the two are compared alone."""
        return ArticlePairSimilarity(self, (a, b) if a <= b else (b, a))

    def pair_features(
        self, i: int, j: int, order: float | None = None, context: tuple[int, int] | None = None
    ) -> tuple[float, ...]:
        """The model's inputs for sentences i and j, each in 0..1 (see FEATURE_NAMES). ``order`` replaces the
        word-order feature, the dearest one, when the caller only needs a bound. ``context``: see ``_context``."""
        row = self._pair_features_but_relatives(i, j, order, context)
        return (*row, *self._semantic_relatives(i, j, row[SEMANTIC]))

    def _pair_features_but_relatives(
        self, i: int, j: int, order: float | None = None, context: tuple[int, int] | None = None
    ) -> tuple[float, ...]:
        """``pair_features`` without its last five (the semantic relatives, read against the two articles)."""
        a, b = self.features[i], self.features[j]
        context = self._context(i, j, context)
        (wa, norm_i, total_i), (wb, norm_j, total_j) = self.index.weights(i, context), self.index.weights(j, context)
        shared = a.content & b.content
        dot = sum(wa[w] * wb[w] for w in sorted(shared))
        cosine = _snap(dot / (norm_i * norm_j) if norm_i and norm_j else 0.0)
        cover_a = _snap(sum(wa[w] for w in sorted(shared)) / total_i if total_i else 0.0)
        cover_b = _snap(sum(wb[w] for w in sorted(shared)) / total_j if total_j else 0.0)
        grams = []
        for ga, gb in zip(a.ngrams, b.ngrams, strict=True):
            common = len(ga & gb)
            pa = common / len(ga) if ga else 0.0
            pb = common / len(gb) if gb else 0.0
            grams += [min(pa, pb), max(pa, pb)]
        if order is None:
            order = 2 * _lcs_length(a.stems, b.stems) / (len(a.stems) + len(b.stems))
        both_numbers = bool(a.numbers and b.numbers)
        numbers_equal = 1.0 if both_numbers and a.numbers == b.numbers else 0.0
        numbers_clash = 1.0 if both_numbers and not (a.numbers & b.numbers) else 0.0
        longer = max(a.length, b.length)
        length_ratio = min(a.length, b.length) / longer if longer else 0.0
        entities = a.entities | b.entities
        entity_jaccard = len(a.entities & b.entities) / len(entities) if entities else 0.0
        entity_clash = 1.0 if (a.entities - b.entities) and (b.entities - a.entities) else 0.0
        numbers = a.numbers | b.numbers
        numbers_mismatch = len(a.numbers ^ b.numbers) / len(numbers) if both_numbers else 0.0
        anchor_clash = _snap(min(_unshared(a, b, wa), _unshared(b, a, wb)))
        semantic = max(0.0, float(self.embeddings[i] @ self.embeddings[j])) if self.embeddings is not None else 0.0
        absent_a = _snap(self._absent(i, self.article_of[j], wa))
        absent_b = _snap(self._absent(j, self.article_of[i], wb))
        return (cosine, min(cover_a, cover_b), max(cover_a, cover_b), *grams, order, numbers_equal, numbers_clash,
                length_ratio, entity_jaccard, self.containment(i, j, context), entity_clash, numbers_mismatch,
                anchor_clash,
                semantic, semantic * anchor_clash, self.article_share(i, j), min(absent_a, absent_b),
                max(absent_a, absent_b))  # fmt: skip

    def anchor_absent(self, i: int, j: int) -> float:
        """The larger share, of the two sentences, of names and numbers (IDF-weighted) that the other sentence's
        article never mentions: the ``anchor_absent_max`` feature."""
        context = self._context(i, j)
        wa, wb = self.index.weights(i, context)[0], self.index.weights(j, context)[0]
        return _snap(max(self._absent(i, self.article_of[j], wa), self._absent(j, self.article_of[i], wb)))

    def name_only_semantic(self, i: int, j: int) -> float:
        """The embedding cosine of a pair whose shared content is nothing but one name phrase and words of
        attribution (``_name_only``); 1.0 for any other pair, and without the language model (no evidence)."""
        return float(self.name_only_semantics(np.array([i]), np.array([j]))[0])

    def name_only_semantics(self, lefts: np.ndarray, rights: np.ndarray, below: float = 2.0) -> np.ndarray:
        """``name_only_semantic`` of each pair (lefts[k], rights[k]), where its cosine is under ``below``; 1.0 for the
        others. Most pairs share more content words that are neither names nor attribution than one title holds, or
        no name at all: two counts over all pairs at once (SetRows) leave the few whose phrases are read."""
        values = np.ones(len(lefts))
        if self.embeddings is None or not len(lefts):
            return values
        if self._plain is None:  # each sentence's content words, and those that are neither names nor attribution
            self._plain = _plain_rows(self.features) if self._sets is None else self._plain_from_sets(self._sets)
        content, plain = self._plain
        lefts, rights = np.asarray(lefts, dtype=np.int64), np.asarray(rights, dtype=np.int64)
        beyond = shared_counts(plain, lefts, rights)
        few = beyond <= NAME_TITLE_WORDS
        maybe = np.flatnonzero(few & (shared_counts(content, lefts, rights, few) > beyond))
        if not len(maybe):
            return values
        cosines = np.maximum(np.einsum("kd,kd->k", self.embeddings[lefts[maybe]], self.embeddings[rights[maybe]]), 0.0)
        for k, i, j, cosine in zip(maybe.tolist(), lefts[maybe].tolist(), rights[maybe].tolist(), cosines.tolist(),
                                   strict=True):  # fmt: skip
            if cosine < below and _name_only(self.features[i], self.features[j]):
                values[k] = cosine
        return values

    def _plain_from_sets(self, sets: SentenceSets) -> tuple[SetRows, SetRows]:
        """``_plain_rows`` from block scoring's rows (the same words, another numbering), without reading every
        sentence's sets again in Python: the content rows less each sentence's names and the attribution words."""
        content, width = sets.content, sets.content.width
        vocab = self.index.vocab
        attribution = [int(sets.term_id[vocab[w]]) for w in sorted(ATTRIBUTION_STEMS) if w in vocab]
        owner = content.owners()
        named = isin(content.keys(width), sets.entities.keys(width)) | isin(content.ids, np.array(attribution))
        plain = SetRows.sorted_rows(owner[~named], content.ids[~named], content.values[~named],
                                    len(content.indptr) - 1, width)  # fmt: skip
        return content, plain

    def semantic_relative(self, i: int, j: int) -> float:
        """The pair's cosine over the best cosine of each of its sentences in the other's article, the smaller
        (the ``semantic_rel_min`` feature); 1.0 without the language model (no evidence)."""
        if self.embeddings is None:
            return 1.0
        cosine = max(0.0, float(self.embeddings[i] @ self.embeddings[j]))
        return self._semantic_relatives(i, j, cosine)[0]

    def _absent(self, i: int, article: int, weights: dict[str, float]) -> float:
        """Share of sentence i's names and numbers (weighted by ``weights``, i's) found nowhere in ``article``; 0 when
        it has none."""
        a = self.features[i]
        anchors = (a.entities | a.numbers) & weights.keys()
        total = sum(weights[w] for w in sorted(anchors))
        if not total:
            return 0.0
        return sum(weights[w] for w in sorted(anchors - self._present[article])) / total

    def _semantic_relatives(self, i: int, j: int, cosine: float) -> tuple[float, float, float, float, float]:
        """(semantic_rel_min, semantic_rel_max, semantic_mutual, semantic_support, semantic_support_hi) of a pair
        whose cosine is ``cosine``; zeros without the language model."""
        if self.embeddings is None:
            return 0.0, 0.0, 0.0, 0.0, 0.0
        assert self.semantics is not None
        best_i, best_j, support, high = self.semantics.best(self.article_of[i], self.article_of[j])
        rel_i = _relative_one(cosine, float(best_i[self._position[i]]))
        rel_j = _relative_one(cosine, float(best_j[self._position[j]]))
        mutual = 1.0 if rel_i == 1.0 and rel_j == 1.0 else 0.0
        return min(rel_i, rel_j), max(rel_i, rel_j), mutual, support, high

    def article_share(self, i: int, j: int) -> float:
        """How much of the names and numbers of the two sentences' articles the articles share (IDF-weighted, over
        the article with fewer; the two articles' weights): two reports of one event name the same people, places
        and figures; two events of one kind (two earthquakes) do not. Depends on the two articles alone."""
        return self._article_pair_share(self.article_of[i], self.article_of[j])

    def article_share_known(self, i: int, j: int) -> bool:
        """Whether both sentences' articles name anything at all (a name or number among their content words):
        without, their ``article_share`` is 0 for want of evidence (all-lowercase text, a script without capitals),
        not because they report two events. Every IDF weight is positive, so this is the share's divisor above 0."""
        a, b = self.article_of[i], self.article_of[j]
        return a == b or bool(self._anchors[a] and self._anchors[b])

    def _article_pair_share(self, a: int, b: int) -> float:
        """``article_share`` of articles a and b (memoised)."""
        a, b = sorted((a, b))
        if a == b:
            return 1.0
        if (a, b) not in self._shares:
            weighting = self.index.weighting(a, b)
            df_first, df_other = self.index.df[weighting.first], self.index.df[weighting.other]
            # each article's names' IDF, sorted by word, summed in that order as Python's ``sum`` adds
            idf_a, idf_b = (
                weighting.logs[df_first[t] + df_other[t]] for t in (self._anchor_terms(a), self._anchor_terms(b))
            )
            names = self._anchors[b]
            both = np.fromiter((w in names for w in sorted(self._anchors[a])), bool, len(idf_a))
            smaller = min(sum(idf_a.tolist()), sum(idf_b.tolist()))
            shared = sum(idf_a[both].tolist())
            self._shares[(a, b)] = shared / smaller if smaller else 0.0
        return self._shares[(a, b)]

    def _anchor_terms(self, article: int) -> np.ndarray:
        """The word ids of an article's names and numbers (among its content words), sorted by word; kept."""
        kept: dict[int, np.ndarray] = self.__dict__.setdefault("_anchor_terms_kept", {})
        if article not in kept:
            kept[article] = np.array([self.index.vocab[w] for w in sorted(self._anchors[article])], dtype=np.int64)
        return kept[article]

    def paraphrase(self, i: int, j: int, order: float | None = None) -> float:
        """Probability that sentences i and j are paraphrases, by the model fitted on MSRP train."""
        x = self.pair_features(i, j, order)
        return _sigmoid(_margin(MODELS["paraphrase"], x))

    def containment(self, i: int, j: int, context: tuple[int, int] | None = None) -> float:
        """How much of one sentence the other carries (IDF-weighted), damped when only a little weight is shared: a
        rewrite's short sentence often restates one clause of a long wire sentence. Each direction is read in its
        own sentence's weights (the share of i's weight that j has too, damped by that weight; the same for j), the
        larger taken: a share in 0..1, the same for (i, j) and (j, i). (Read in i's weights only and divided by the
        smaller total, it depended on the order of the two articles, and went above 1, when a word weighs
        differently in the two sentences: a name in one, not in the other.) ``context``: see ``_context``."""
        if self._pending is not None:
            self._score_pending()
        weighed = self._context(i, j, context)
        scored = self._scored.get((i, j)) if weighed == self._context(i, j) else None
        if scored is not None:
            return scored[2]
        shared = sorted(self.features[i].content & self.features[j].content)
        carried = 0.0
        for k in (i, j):
            weights, _, total = self.index.weights(k, weighed)
            mass = sum(weights[w] for w in shared)
            if total:
                carried = max(carried, (mass / total) * min(1.0, mass / CONTAINMENT_FULL_MASS))
        return _snap(min(1.0, carried))

    def score(self, i: int, j: int, floor: float = 0.0, context: tuple[int, int] | None = None) -> float:
        """Do i and j report the same thing: the same-statement model's probability, 0..1.

        With ``floor``, a pair that cannot reach it may get any lower value: the model is first bounded with the
        best possible word order (0..1), and the dear word-order measure is only computed when that bound could
        reach the floor. Pairs of the last ``candidates`` search are scored all at once, on first use.
        ``context``: see ``_context``."""
        if self._pending is not None:
            self._score_pending()
        weighed = self._context(i, j, context)
        scored = self._scored.get((i, j)) if weighed == self._context(i, j) else None
        if scored is not None:
            value, bound, _ = scored
            return 0.0 if floor and bound < floor else value
        if BLOCK_SCORING:  # other pairs (alignment's copy checks ask one pair many times): computed once each
            memo = self._memo.get((i, j, weighed))
            if memo is None:
                memo = self._memo[(i, j, weighed)] = self._score_with_bound(i, j, weighed)
            value, bound = memo
            return 0.0 if floor and bound < floor else value
        if not (self.features[i].content & self.features[j].content):
            return 0.0
        model = self.model
        if not isinstance(model, Logistic):  # trees: no bound by word order; the whole feature row
            return _sigmoid(_margin(model, self.pair_features(i, j, context=weighed)))
        x = self.pair_features(i, j, order=0.0, context=weighed)
        z = model.z(x)
        w_order = model.weights[ORDER]
        if floor and _sigmoid(z + max(0.0, w_order)) < floor:
            return 0.0
        a, b = self.features[i].stems, self.features[j].stems
        order = 2 * _lcs_length(a, b) / (len(a) + len(b))
        return _sigmoid(z + w_order * order)

    def _score_with_bound(self, i: int, j: int, context: tuple[int, int] | None = None) -> tuple[float, float]:
        """(``score`` of one pair without a floor, the best-order bound a floor is compared with; for a tree
        model, which no word order bounds, the score itself), weighed by article pair ``context``."""
        if not (self.features[i].content & self.features[j].content):
            return 0.0, 0.0
        model = self.model
        if not isinstance(model, Logistic):
            margin = self._same_article_margin(i, j, model, context)
            exact = margin if margin is not None else _margin(model, self.pair_features(i, j, None, context))
            value = _sigmoid(exact)
            return value, value
        z = model.z(self.pair_features(i, j, order=0.0, context=context))
        w_order = model.weights[ORDER]
        a, b = self.features[i].stems, self.features[j].stems
        order = 2 * _lcs_length(a, b) / (len(a) + len(b))
        return _sigmoid(z + w_order * order), _sigmoid(z + max(0.0, w_order))

    def reaches(self, i: int, j: int, floor: float, context: tuple[int, int] | None = None) -> bool:
        """Whether ``score(i, j, context=context)`` is at least ``floor``: alignment's copy check asks only this of
        two sentences of one article. Where the bounds of ``_same_article_margins`` leave two possible margins
        (whether the two are each other's best, ``semantic_mutual``, cannot be told from bounds: two copies of one
        sentence) and both fall on one side of the floor, the answer comes without the article's self-product (5,234 x
        5,234 sentences on a 100k-word article, ~0.14 s of CPU); else from ``score``'s exact value."""
        if self._pending is not None:
            self._score_pending()
        weighed = self._context(i, j, context)
        model = self.model
        if (
            BLOCK_SCORING
            and isinstance(model, TreeEnsemble)
            and (i, j, weighed) not in self._memo
            and (weighed != self._context(i, j) or (i, j) not in self._scored)
            and self.features[i].content & self.features[j].content
        ):
            margins = self._same_article_margins(i, j, model, weighed)
            if margins is not None:
                low, high = _sigmoid(margins[0]), _sigmoid(margins[1])
                if low >= floor or high < floor:
                    return low >= floor
        return self.score(i, j, context=context) >= floor

    def _same_article_margin(
        self, i: int, j: int, model: TreeEnsemble, context: tuple[int, int] | None = None
    ) -> float | None:
        """The tree margin of two sentences of ONE article (alignment's copy check asks these) without that
        article's best-cosine table against itself, a product of its sentences by its sentences (15,000 x 15,000
        on a 2 MB file): the five semantic relatives are bounded instead, and when every tree node testing them
        decides alike over their bounds, the margin is the one the exact values give. None when a bound straddles
        a threshold (or the table exists already): the caller then computes it exactly."""
        margins = self._same_article_margins(i, j, model, context)
        return margins[0] if margins is not None and margins[0] == margins[1] else None

    def _same_article_margins(
        self, i: int, j: int, model: TreeEnsemble, context: tuple[int, int] | None = None
    ) -> tuple[float, float] | None:
        """``_same_article_margin``'s bounds, read as the margins they allow: (lowest, highest). One margin twice
        where every tree node testing the relatives decides alike over their bounds; two where only
        ``semantic_mutual`` is undecided (a 0/1 feature: the margin is one of the two it gives, the other columns'
        leaves being decided); None else (or when the table exists already).

        Bounds: an entry of that product is a float32 dot product of d terms, within d x 2^-23 x |u| |v| of the
        exact one whatever the order of the sum (twice the classic error bound); a sentence's best is its row's
        (or column's) maximum, so within that slack of the exact maximum, which the two rows computed here give
        within the slack again; and at least its product with itself. No value is guessed: past the bounds, the
        exact table."""
        article = self.article_of[i]
        semantics = self.semantics
        if semantics is None or self.article_of[j] != article or (article, article) in semantics.found:
            return None
        vectors, slack, support, high = semantics.self_bounds(article)
        if high is None:
            return None
        row = self._pair_features_but_relatives(i, j, None, context)
        cosine = row[SEMANTIC]
        rows = np.array([self._position[i], self._position[j]])
        # each row's maximum in float32 (any order of sum: within the slack again), so twice the slack around it;
        # a column's maximum is its row's: the same products
        best = (vectors[rows] @ vectors.T).max(axis=1).astype(np.float64)
        relatives = []  # (low, high) of each sentence's relative cosine
        for k in range(2):
            margin = 2.0 * float(slack[rows[k]])
            low_best, high_best = max(0.0, float(best[k]) - margin), max(0.0, float(best[k]) + margin)
            if not low_best > 0.0:
                return None  # the relative is 0 at a best of 0, not the ratio: no monotone bound
            relatives.append((_relative_one(cosine, high_best), _relative_one(cosine, low_best)))
        (low_i, high_i), (low_j, high_j) = relatives
        mutual = (1.0 if low_i == 1.0 and low_j == 1.0 else 0.0, 0.0 if high_i < 1.0 or high_j < 1.0 else 1.0)
        lows = (min(low_i, low_j), max(low_i, low_j), mutual[0], support[0], high)
        highs = (min(high_i, high_j), max(high_i, high_j), mutual[1], support[1], high)
        columns = np.arange(RELATIVES, RELATIVES + 5)
        if model.decides_alike(columns, np.array(lows), np.array(highs)):
            margin = model.margin_one((*row, *lows))
            return margin, margin
        others = columns != RELATIVES + 2  # all but semantic_mutual, whose bounds are 0 and 1 here
        if not model.decides_alike(columns[others], np.array(lows)[others], np.array(highs)[others]):
            return None
        zero, one = (model.margin_one((*row, *lows[:2], value, *lows[3:])) for value in (0.0, 1.0))
        return min(zero, one), max(zero, one)

    def _score_pending(self) -> None:
        """Score the whole last candidate search at once (the first time one of its pairs is asked for): its
        pairs' (score, best-order bound, containment), which ``score`` and ``containment`` then look up."""
        assert self._pending is not None
        lefts, rights = self._pending
        self._pending = None
        scores, bounds, contained = self.score_pairs(lefts, rights)
        keys = zip(lefts.tolist(), rights.tolist(), strict=True)
        self._scored = dict(
            zip(keys, zip(scores.tolist(), bounds.tolist(), contained.tolist(), strict=True), strict=True)
        )

    def score_pairs(self, lefts: np.ndarray, rights: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For many pairs at once (vectorised): (``score`` without a floor, the bound ``score`` compares with a
        floor, ``containment``), one entry per pair (lefts[k], rights[k])."""
        lefts = np.asarray(lefts, dtype=np.int64)
        rights = np.asarray(rights, dtype=np.int64)
        parts = [self._score_block(lefts[k : k + BLOCK_PAIRS], rights[k : k + BLOCK_PAIRS])
                 for k in range(0, len(lefts), BLOCK_PAIRS)]  # fmt: skip
        if not parts:
            return np.zeros(0), np.zeros(0), np.zeros(0)
        return tuple(np.concatenate(column) for column in zip(*parts, strict=True))  # type: ignore[return-value]

    def pair_features_block(self, lefts: np.ndarray, rights: np.ndarray, with_order: bool = True) -> np.ndarray:
        """``pair_features`` of many pairs at once: one row per pair, columns in FEATURE_NAMES order (the order
        column 0 unless ``with_order``)."""
        lefts = np.asarray(lefts, dtype=np.int64)
        rights = np.asarray(rights, dtype=np.int64)
        columns, _ = self._block_columns(lefts, rights)
        if with_order:
            columns["order"] = self._order(lefts, rights)
        return (
            np.column_stack([columns[name] for name in FEATURE_NAMES])
            if len(lefts)
            else np.zeros((0, len(FEATURE_NAMES)))
        )

    def _score_block(
        self, lefts: np.ndarray, rights: np.ndarray, extra: bool = False, sums: ContentSums | None = None
    ) -> tuple[np.ndarray, ...]:
        """(score, bound, containment) of each pair; with ``extra`` also (anchor_absent_max, semantic_rel_min).
        ``sums``: the pairs' shared content words as the candidate search found them (``ContentSums``)."""
        scores, bounds, columns = self._score_columns(lefts, rights, sums)
        if extra:
            return (scores, bounds, columns["containment"], columns["anchor_absent_max"],
                    columns["semantic_rel_min"])  # fmt: skip
        return scores, bounds, columns["containment"]

    def _score_columns(
        self, lefts: np.ndarray, rights: np.ndarray, sums: ContentSums | None = None
    ) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        columns, shared = self._block_columns(lefts, rights, sums)
        some = shared > 0
        order = np.zeros(len(lefts))
        order[some] = self._order(lefts[some], rights[some])
        model = self.model
        if not isinstance(model, Logistic):  # trees: the whole row, order included; the bound is the score
            columns["order"] = order
            x = [np.ascontiguousarray(columns[name], dtype=np.float64) for name in FEATURE_NAMES]
            margins = model.margin_columns(x, len(lefts), STEADY_COLUMNS)
            scores = np.where(some, 1.0 / (1.0 + np.exp(-margins)), 0.0)
            return scores, scores, columns
        z = model.margin(np.column_stack([columns[name] for name in FEATURE_NAMES]))
        w_order = model.weights[ORDER]
        scores = np.where(some, 1.0 / (1.0 + np.exp(-(z + w_order * order))), 0.0)
        bounds = np.where(some, 1.0 / (1.0 + np.exp(-(z + max(0.0, w_order)))), 0.0)
        return scores, bounds, columns

    def _order(self, lefts: np.ndarray, rights: np.ndarray) -> np.ndarray:
        """The word-order feature of many pairs: 2 x LCS / (sum of lengths), by rapidfuzz over the word strings."""
        sets = self._sentence_sets()
        words = sets.words
        if sets.word_array is not None:
            array = sets.word_array
            lcs = process.cpdist(array[lefts], array[rights], scorer=LCSseq.similarity, dtype=np.int64)
        else:
            lcs = np.array(
                [_lcs_length(words[a], words[b]) for a, b in zip(lefts.tolist(), rights.tolist(), strict=True)]
            )
        total = sets.n_stems[lefts] + sets.n_stems[rights]
        return np.divide(2.0 * lcs, total, out=np.zeros(len(lefts)), where=total > 0)

    def _block_columns(
        self, i: np.ndarray, j: np.ndarray, sums: ContentSums | None = None
    ) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """Every feature of ``pair_features`` but the word order (zero), as columns over the pairs (i[k], j[k]);
        and the number of content words each pair shares. Same formulas as ``pair_features``, line for line.
        ``sums``: the shared content words' count, dot product and masses of each pair, when the candidate search
        has them (the same bits as laid out here)."""
        sets = self._sentence_sets()
        n = len(i)
        zero = np.zeros(n)

        def ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
            return np.divide(num, den, out=np.zeros(n), where=den > 0)

        weigh = self.index.row_weights(i, j)
        shared, dot, mass_a, mass_b = self._content_sums(i, j, weigh) if sums is None else sums
        norm_i, norm_j = weigh.norms[weigh.first], weigh.norms[weigh.second]
        total_i, total_j = weigh.totals[weigh.first], weigh.totals[weigh.second]
        cover_a, cover_b = _snaps(ratio(mass_a, total_i)), _snaps(ratio(mass_b, total_j))
        cols: dict[str, np.ndarray] = {
            "cosine": _snaps(np.divide(dot, norm_i * norm_j, out=np.zeros(n), where=(norm_i > 0) & (norm_j > 0))),
            "cover_min": np.minimum(cover_a, cover_b),
            "cover_max": np.maximum(cover_a, cover_b),
            "order": zero,
        }
        common: np.ndarray | None = None
        for name, grams in zip(("uni", "bi", "tri"), sets.ngrams, strict=True):
            # an n-gram two sentences share holds an (n-1)-gram they share: only pairs sharing one are counted
            # (20 articles x 5,000 words: 1 in 8 candidate pairs shares a 2-gram)
            if common is None and sets.stop_masks is not None and UNIGRAM_BY_MASKS:
                common = unigram_counts(shared, sets.stop_masks, i, j)
            elif common is not None and sets.signatures is not None:
                signature = sets.signatures[name == "tri"]
                where = np.flatnonzero(common)  # (sorted) the pairs sharing an (n-1)-gram, whose signatures are read
                where = where[(signature[i[where]] & signature[j[where]]).any(axis=1)]
                common = np.zeros(n, dtype=np.int64)
                common[where] = shared_counts(grams, i[where], j[where])
            else:
                common = shared_counts(grams, i, j, None if common is None else common > 0)
            pa, pb = ratio(common, grams.sizes(i)), ratio(common, grams.sizes(j))
            cols[f"{name}_min"], cols[f"{name}_max"] = np.minimum(pa, pb), np.maximum(pa, pb)
        numbers_a, numbers_b = sets.numbers.sizes(i), sets.numbers.sizes(j)
        both = (numbers_a > 0) & (numbers_b > 0)
        numbers_shared = shared_counts(sets.numbers, i, j, both)  # two sentences share none unless both have one
        cols["numbers_equal"] = (both & (numbers_shared == numbers_a) & (numbers_shared == numbers_b)).astype(float)
        cols["numbers_clash"] = (both & (numbers_shared == 0)).astype(float)
        union = numbers_a + numbers_b - numbers_shared
        cols["numbers_mismatch"] = np.where(both, ratio(numbers_a + numbers_b - 2 * numbers_shared, union), 0.0)
        length_i, length_j = sets.lengths[i], sets.lengths[j]
        cols["length_ratio"] = ratio(np.minimum(length_i, length_j), np.maximum(length_i, length_j))
        entities_a, entities_b = sets.entities.sizes(i), sets.entities.sizes(j)
        entities_shared = shared_counts(sets.entities, i, j, (entities_a > 0) & (entities_b > 0))
        cols["entity_jaccard"] = ratio(entities_shared, entities_a + entities_b - entities_shared)
        cols["entity_clash"] = ((entities_a > entities_shared) & (entities_b > entities_shared)).astype(float)
        # each direction in its own sentence's weights, the larger: a share, order-free (``containment``)
        carried_a = ratio(mass_a, total_i) * np.minimum(1.0, mass_a / CONTAINMENT_FULL_MASS)
        carried_b = ratio(mass_b, total_j) * np.minimum(1.0, mass_b / CONTAINMENT_FULL_MASS)
        cols["containment"] = _snaps(np.minimum(1.0, np.maximum(carried_a, carried_b)))
        # each sentence's names and numbers with their weights: their total, those the other sentence lacks and
        # those the other's article never names (``anchor_absent`` below), summed in the rows' order
        article = sets.article
        anchor_sums = []
        for mine, theirs in ((i, j), (j, i)):
            laid = overlap(sets.anchors, mine, sets.present, theirs)
            weights = weigh.words(laid.owner, sets.anchor_word[laid.left])
            unshared = ~laid.found
            missing = ~sets.article_has[article[theirs][laid.owner], sets.anchors.ids[laid.left]]
            anchor_sums.append(tuple(
                np.bincount(laid.owner[keep], weights=weights[keep], minlength=n)
                for keep in (slice(None), unshared, missing)
            ))  # fmt: skip
        (anchor_total_i, unshared_a, absent_mass_a), (anchor_total_j, unshared_b, absent_mass_b) = anchor_sums
        cols["anchor_clash"] = _snaps(np.minimum(ratio(unshared_a, anchor_total_i), ratio(unshared_b, anchor_total_j)))
        if self.embeddings is not None and n:
            cosines = pair_cosines(self.embeddings, i, j)
            semantic = np.maximum(0.0, cosines.astype(np.float64))
        else:
            semantic = zero
        cols["semantic"] = semantic
        cols["semantic_x_clash"] = semantic * cols["anchor_clash"]
        base = int(article.max()) + 1 if len(article) else 1  # article numbers may exceed the sentence count
        pair_key = article[i] * base + article[j]
        keys, inverse = np.unique(pair_key, return_inverse=True)
        shares = np.array([self._article_pair_share(int(k) // base, int(k) % base) for k in keys])
        cols["article_share"] = shares[inverse] if n else zero
        absent_a = _snaps(ratio(absent_mass_a, anchor_total_i))
        absent_b = _snaps(ratio(absent_mass_b, anchor_total_j))
        cols["anchor_absent_min"] = np.minimum(absent_a, absent_b)
        cols["anchor_absent_max"] = np.maximum(absent_a, absent_b)
        for name in ("semantic_rel_min", "semantic_rel_max", "semantic_mutual", "semantic_support",
                     "semantic_support_hi"):  # fmt: skip
            cols[name] = np.zeros(n)
        if self.semantics is not None:
            position = sets.position
            for k, key in enumerate(keys.tolist()):
                rows = np.flatnonzero(inverse == k)
                best_a, best_b, support, high = self.semantics.best(key // base, key % base)
                rel_i = _relative(semantic[rows], best_a[position[i[rows]]])
                rel_j = _relative(semantic[rows], best_b[position[j[rows]]])
                cols["semantic_rel_min"][rows] = np.minimum(rel_i, rel_j)
                cols["semantic_rel_max"][rows] = np.maximum(rel_i, rel_j)
                cols["semantic_mutual"][rows] = ((rel_i == 1.0) & (rel_j == 1.0)).astype(float)
                cols["semantic_support"][rows] = support
                cols["semantic_support_hi"][rows] = high
        return cols, shared

    def _content_sums(self, i: np.ndarray, j: np.ndarray, weigh: RowWeights) -> ContentSums:
        """The content words each pair (i[k], j[k]) shares, laid out and looked up (``overlap``), summed in the left
        sentence's order: their count, the dot product of their weights under ``weigh``, each side's sum of them."""
        sets = self._sentence_sets()
        n = len(i)
        content = overlap(sets.content, i, sets.content, j)
        owner, left, right = content.shared()
        # a shared word's IDF is the same on both sides (one word, one article pair): looked up once
        word_a, word_b = sets.content_word[left], sets.content_word[right]
        idf = weigh.idf(owner, word_a)
        weight_a, weight_b = weigh.multipliers[word_a] * idf, weigh.multipliers[word_b] * idf
        return ContentSums(
            content.count(),
            np.bincount(owner, weights=weight_a * weight_b, minlength=n),
            np.bincount(owner, weights=weight_a, minlength=n),
            np.bincount(owner, weights=weight_b, minlength=n),
        )

    def _sentence_sets(self) -> SentenceSets:
        if self._sets is None:
            index = self.index
            self._sets = SentenceSets.build(self.features, index.words, index.terms, index.indptr, self._present,
                                            self._position, self.article_of)  # fmt: skip
        return self._sets

    def candidates(
        self,
        left: Sequence[int],
        right: Sequence[int],
        per_sentence: int = CANDIDATES_PER_SENTENCE,
        max_work: int = CANDIDATE_MAX_WORK,
    ) -> Iterable[tuple[int, int]]:
        """Pairs worth scoring: the IDF cosine of every pair sharing a content word, from a sparse product of the
        two articles' sentence x word matrices (vectorised: no loop over pairs), and each sentence keeps its
        ``per_sentence`` best partners, from either side. Every pair sharing a word is ranked, whatever the
        number of articles loaded; only ``max_work`` bounds the products (see CANDIDATE_MAX_WORK)."""
        chosen_left, chosen_right, _ = self._candidate_arrays(left, right, per_sentence, max_work)
        if BLOCK_SCORING and len(chosen_left):
            self._pending = (chosen_left, chosen_right)
        return sorted(zip(chosen_left.tolist(), chosen_right.tolist(), strict=True))

    def candidate_scores(
        self,
        left: Sequence[int],
        right: Sequence[int],
        per_sentence: int = CANDIDATES_PER_SENTENCE,
        max_work: int = CANDIDATE_MAX_WORK,
        long: tuple[int, int] | None = None,
    ) -> CandidateScores | None:
        """The pairs of ``candidates`` with everything alignment asks of each, as arrays (no Python per pair):
        what ``score``, its floor bound, ``containment``, ``anchor_absent`` and ``semantic_relative`` return.
        None when BLOCK_SCORING is off (the caller then asks pair by pair, the reference path). ``long``: (size,
        candidates), fewer candidates per sentence between long articles (``candidates_between``), also for the
        searches run ahead."""
        if not BLOCK_SCORING:
            return None
        whole = self._article_pair(left, right)
        if whole is None or not PREFETCH_ROWS:
            per = candidates_between(len(left), len(right), per_sentence, long)
            return self._scored_searches([self._candidate_arrays(left, right, per, max_work, True)])[0]
        key = (*whole, per_sentence, max_work, long)
        if key not in self._ahead:
            searches, keys, rows = [], [], 0
            for a, b in self._pairs_from(*whole):
                if rows >= PREFETCH_ROWS:
                    break
                per = candidates_between(len(self._members[a]), len(self._members[b]), per_sentence, long)
                found = self._candidate_arrays(self._members[a], self._members[b], per, max_work, True)
                searches.append(found)
                keys.append((a, b, per_sentence, max_work, long))
                rows += len(found[0])
            self._ahead = dict(zip(keys, self._scored_searches(searches), strict=True))
        return self._ahead.pop(key)

    def _article_pair(self, left: Sequence[int], right: Sequence[int]) -> tuple[int, int] | None:
        """(a, b) when ``left`` is every sentence of article a and ``right`` every sentence of article b, in order,
        a < b: a search ``candidate_scores`` may run ahead from. None otherwise."""
        if not len(left) or not len(right):
            return None
        a, b = self.article_of[int(left[0])], self.article_of[int(right[0])]
        if a >= b or len(left) != len(self._members[a]) or len(right) != len(self._members[b]):
            return None
        if list(left) != self._members[a] or list(right) != self._members[b]:
            return None
        return a, b

    def _pairs_from(self, a: int, b: int) -> Iterable[tuple[int, int]]:
        """Article pairs in itertools.combinations order from (a, b) on."""
        articles = max(self.article_of, default=0) + 1
        for first in range(a, articles):
            for second in range(b if first == a else first + 1, articles):
                yield first, second

    def _scored_searches(self, searches: Sequence[Search]) -> list[CandidateScores]:
        """Candidate searches ((left, right) arrays each, with their content sums or None) scored in one block,
        split back into one CandidateScores each."""
        lefts = np.concatenate([found[0] for found in searches])
        rights = np.concatenate([found[1] for found in searches])
        sums = (
            ContentSums(*(np.concatenate(column) for column in zip(*(found[2] for found in searches), strict=True)))
            if all(found[2] is not None for found in searches)
            else None
        )
        blocks = -(-len(lefts) // BLOCK_PAIRS)  # blocks of even size, none over BLOCK_PAIRS
        size = -(-len(lefts) // blocks) if blocks else 0
        parts = [self._score_block(lefts[k : k + size], rights[k : k + size], extra=True,
                                   sums=None if sums is None else ContentSums(*(c[k : k + size] for c in sums)))
                 for k in range(0, len(lefts), size or 1)]  # fmt: skip
        columns = [np.concatenate(c) for c in zip(*parts, strict=True)] if parts else [np.zeros(0)] * 5
        if self.embeddings is None:
            columns[4] = np.ones(len(lefts))  # semantic_relative: no evidence without the language model
        ends = np.cumsum([len(found[0]) for found in searches])[:-1]
        split = [np.split(column, ends) for column in (lefts, rights, *columns)]
        return [CandidateScores(*fields) for fields in zip(*split, strict=True)]

    def _candidate_arrays(
        self, left: Sequence[int], right: Sequence[int], per_sentence: int, max_work: int, sums: bool = False
    ) -> Search:
        """``candidates`` as two arrays (left sentence, right sentence), in no particular order; with ``sums`` (and
        candidate_search.SEARCH_SUMS), where the search took the dense path with every shared word, the kept pairs'
        content sums (``ContentSums``) as third item, else None."""
        lefts = np.asarray(left, dtype=np.int64)
        rights = np.asarray(right, dtype=np.int64)
        if not len(lefts) or not len(rights):
            none = np.zeros(0, dtype=np.int64)
            return Search(none, none, None)
        # the two articles' weights (an article pair's search: each side one article, as alignment asks)
        pair = (self.article_of[int(lefts[0])], self.article_of[int(rights[0])])
        weighting = self.index.weighting(*pair)
        left_side, right_side = self.index.postings(lefts), self.index.postings(rights)
        l_value = self.index.weigh_terms(weighting, left_side.term, left_side.value)
        r_value = self.index.weigh_terms(weighting, right_side.sorted_term, right_side.sorted_value)
        l_norms, r_norms = (
            np.where(norms > 0.0, norms, 1.0)
            for norms in (weighting.norms[self.index.local(weighting, side)] for side in (lefts, rights))
        )
        term_id = (lambda: self._sentence_sets().term_id) if sums else None
        found = search(left_side, right_side, l_value, r_value, l_norms, r_norms, per_sentence, max_work, term_id)
        if found.left_out is not None:
            cut_pair = (min(pair), max(pair))
            self.cut_searches[cut_pair] = max(self.cut_searches.get(cut_pair, 0), found.left_out)
        return Search(lefts[found.left], rights[found.right], found.sums)

class ArticlePairSimilarity:
    """A ``LexicalSimilarity`` seen from one article pair (``LexicalSimilarity.between``), what ``align_pair`` asks of
    it: every pair of sentences weighed by the two articles' weights, two sentences of ONE of them included
    (alignment's copy checks), as when the two articles are compared alone."""

    def __init__(self, sim: LexicalSimilarity, context: tuple[int, int]) -> None:
        self.sim = sim
        self.context = context

    def score(self, i: int, j: int, floor: float = 0.0) -> float:
        """``LexicalSimilarity.score`` under the pair's weights."""
        return self.sim.score(i, j, floor, self.context)

    def reaches(self, i: int, j: int, floor: float) -> bool:
        """``LexicalSimilarity.reaches`` under the pair's weights."""
        return self.sim.reaches(i, j, floor, self.context)

    def containment(self, i: int, j: int) -> float:
        """``LexicalSimilarity.containment`` under the pair's weights."""
        return self.sim.containment(i, j, self.context)

    def candidates(
        self,
        left: Sequence[int],
        right: Sequence[int],
        per_sentence: int = CANDIDATES_PER_SENTENCE,
        max_work: int = CANDIDATE_MAX_WORK,
    ) -> Iterable[tuple[int, int]]:
        """``LexicalSimilarity.candidates`` (the two articles' weights)."""
        return self.sim.candidates(left, right, per_sentence, max_work)

    def candidate_scores(
        self,
        left: Sequence[int],
        right: Sequence[int],
        per_sentence: int = CANDIDATES_PER_SENTENCE,
        max_work: int = CANDIDATE_MAX_WORK,
        long: tuple[int, int] | None = None,
    ) -> CandidateScores | None:
        """``LexicalSimilarity.candidate_scores`` (the two articles' weights)."""
        return self.sim.candidate_scores(left, right, per_sentence, max_work, long)

    def article_share(self, i: int, j: int) -> float:
        """``LexicalSimilarity.article_share``."""
        return self.sim.article_share(i, j)

    def article_share_known(self, i: int, j: int) -> bool:
        """``LexicalSimilarity.article_share_known``."""
        return self.sim.article_share_known(i, j)

    def anchor_absent(self, i: int, j: int) -> float:
        """``LexicalSimilarity.anchor_absent``."""
        return self.sim.anchor_absent(i, j)

    def semantic_relative(self, i: int, j: int) -> float:
        """``LexicalSimilarity.semantic_relative``."""
        return self.sim.semantic_relative(i, j)

    def name_only_semantic(self, i: int, j: int) -> float:
        """``LexicalSimilarity.name_only_semantic`` (the sentences alone: no article weights)."""
        return self.sim.name_only_semantic(i, j)

    def name_only_semantics(self, lefts: np.ndarray, rights: np.ndarray, below: float = 2.0) -> np.ndarray:
        """``LexicalSimilarity.name_only_semantics``."""
        return self.sim.name_only_semantics(lefts, rights, below)


def _relative(cosine: np.ndarray, best: np.ndarray) -> np.ndarray:
    """Each cosine over its sentence's best cosine in the other article (0 where the best is 0), snapped to 1
    within REL_SNAP: the best itself comes from another product whose last bits may differ."""
    ratio = np.divide(cosine, best, out=np.zeros(len(cosine)), where=best > 0)
    return np.where(ratio > 1.0 - REL_SNAP, 1.0, ratio)


def _relative_one(cosine: float, best: float) -> float:
    """``_relative`` of one pair."""
    ratio = cosine / best if best > 0 else 0.0
    return 1.0 if ratio > 1.0 - REL_SNAP else ratio


def _snap(x: float) -> float:
    """``x`` to FEATURE_DECIMALS places, by the same float operations as ``_snaps`` (bit for bit alike)."""
    return math.floor(x * _SNAP + 0.5) / _SNAP


def _snaps(x: np.ndarray) -> np.ndarray:
    """``_snap`` of each value."""
    return np.floor(x * _SNAP + 0.5) / _SNAP


_SNAP = 10.0**FEATURE_DECIMALS


def _plain_rows(features: Sequence[SentenceFeatures]) -> tuple[SetRows, SetRows]:
    """(each sentence's content words, those of them that are neither names nor words of attribution) as SetRows
    over one numbering: ``name_only_semantics``' two counts."""
    ids: dict[str, int] = {}
    content = [[ids.setdefault(w, len(ids)) for w in f.content] for f in features]
    plain = [[ids[w] for w in f.content - f.entities - ATTRIBUTION_STEMS] for f in features]
    return SetRows.build(content, len(ids)), SetRows.build(plain, len(ids))


def _name_only(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Whether all that two sentences share, once ONE name phrase (its names and up to NAME_TITLE_WORDS title
    words before them, the same in both) and the words of attribution (ATTRIBUTION_STEMS) are set aside, is
    nothing: "The captain of the MV Halden Star ... was arrested" / "17 died when the MV Halden Star capsized".
    Two name phrases shared ("Klitschko stops Thompson") or any other shared word (a number, a verb) is more."""
    shared = a.content & b.content
    rest = shared - ATTRIBUTION_STEMS
    if not shared or len(rest - a.entities - b.entities) > NAME_TITLE_WORDS:
        return False  # most pairs: more shared words than one title holds
    if any(2 * len(f.entities) > len(f.content) for f in (a, b)):
        return False  # Title Case: capitals are no evidence of names
    names = a.entities | b.entities
    first, count_a = _name_phrases(a.stems, shared, names)
    second, count_b = _name_phrases(b.stems, shared, names)
    return count_a <= 1 and count_b <= 1 and not (rest - (first & second))


def _name_phrases(stems: Sequence[str], shared: frozenset[str], names: frozenset[str]) -> tuple[set[str], int]:
    """(the words of a sentence's name phrases among the shared words, how many phrases): each run of shared names
    with up to NAME_TITLE_WORDS shared words just before it, within a run of consecutive shared words."""
    words: set[str] = set()
    count = 0
    run: list[str] = []
    for word in [*stems, ""]:  # "" ends the last run
        if word and word in shared:
            run.append(word)
            continue
        k = lead = 0
        while k < len(run):
            if run[k] in names:
                end = k
                while end < len(run) and run[end] in names:
                    end += 1
                words.update(run[max(lead, k - NAME_TITLE_WORDS) : end])
                count += 1
                k = lead = end
            else:
                k += 1
        run = []
    return words, count


def _unshared(a: SentenceFeatures, b: SentenceFeatures, weights: dict[str, float]) -> float:
    """Share of a's names and numbers (IDF-weighted) that b does not have; 0 when a has none."""
    anchors = (a.entities | a.numbers) & weights.keys()
    total = sum(weights[w] for w in sorted(anchors))
    if not total:
        return 0.0
    return sum(weights[w] for w in sorted(anchors - b.entities - b.numbers - b.content)) / total


