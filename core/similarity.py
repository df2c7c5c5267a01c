"""Sentence-pair similarity: does sentence A report the same thing as sentence B? A score in 0..1.

The default backend is lexical and needs nothing but a stemmer: content words are stemmed (Snowball), weighted by
their inverse document frequency over the sentences being compared (so "Idlib" counts for more than "said"),
numbers and names weighted up, stopwords left out. A handful of overlap features are combined by a logistic model
whose weights were fitted on the MSRP *train* split by ``bench/train_similarity.py`` (the weights are printed
there and copied below). Any backend offering ``score(i, j)`` and ``candidates(left, right)`` can replace it,
e.g. a sentence-embedding model. Never imports Qt.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
import snowballstemmer
from rapidfuzz.distance import LCSseq

# -- tuning knobs, one place ---------------------------------------------------------------------------------
# Extra weight for a number or a name shared by two sentences: "25" and "Idlib" anchor a statement more than
# "reported" does.
NUMBER_WEIGHT = 1.6
ENTITY_WEIGHT = 1.4
# Each sentence keeps this many best partners (by IDF cosine) for full scoring; the full score is dearer. On MSRP
# train alignment 4 finds the same links as 8 (recall 0.955, own share 0.82) at half the scoring.
CANDIDATES_PER_SENTENCE = 4
# A bound on the work of finding candidates for one pair of articles: at most this many (sentence, sentence, shared
# word) products. Only a pair far beyond any real report reaches it (two 5,000-sentence articles sharing common
# words); it then leaves out the words making the most products, the least distinctive ones. It depends on the two
# articles alone, never on how many others are loaded: the document-frequency cap it replaces dropped exactly the
# words every report of a story shares once a comparison held 200 sentences (ECB+ held-out recall .142 -> .226).
CANDIDATE_MAX_WORK = 4_000_000
# Containment counts fully only once this much IDF weight is shared (about three distinctive words): two
# sentences sharing one rare name are not yet the same statement.
CONTAINMENT_FULL_MASS = 8.0
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
    "numbers_mismatch", "anchor_clash", "semantic", "semantic_x_clash", "article_share",
)  # fmt: skip
# Features that need the language model (zero, and absent from the lexical model, without it).
SEMANTIC_FEATURES = ("semantic", "semantic_x_clash")
ORDER = FEATURE_NAMES.index("order")
MODEL_FILE = Path(__file__).with_name("similarity_model.json")


@dataclass(frozen=True)
class Logistic:
    """A fitted logistic model: weights in FEATURE_NAMES order, bias."""

    weights: tuple[float, ...]
    bias: float

    def z(self, x: Sequence[float]) -> float:
        return self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))


def _read_models(path: Path = MODEL_FILE) -> dict[str, Logistic]:
    """The fitted models by name; a feature the file does not name gets weight 0."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: Logistic(tuple(float(model["weights"].get(f, 0.0)) for f in FEATURE_NAMES), float(model["bias"]))
        for name, model in data["models"].items()
    }


MODELS = _read_models()
# Score at which MSRP train calls a pair a paraphrase (threshold that maximises F1 on train).
PARAPHRASE_THRESHOLD = 0.45

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her
    here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
    now of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves also said says
    say told according would could may might must shall its it's mr mrs ms""".split()
)
NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000", "dozen": "12",
}  # fmt: skip

# Stems that news writing uses interchangeably for one event, mapped to one: a rewrite says "25 dead" where the
# wire said "killing 25"; irregular verb forms the stemmer cannot join ("struck"/"strike").
SYNONYM_STEMS = {
    "dead": "kill", "death": "kill", "die": "kill", "fatal": "kill", "slain": "kill",
    "injuri": "injur", "wound": "injur", "hurt": "injur",
    "struck": "strike", "fled": "flee", "shot": "shoot", "fought": "fight", "children": "child",
    "held": "hold", "began": "begin", "begun": "begin", "seen": "see",
    "saw": "see", "left": "leav", "went": "go", "gone": "go", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "told": "tell", "sought": "seek", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "won": "win", "lost": "lose", "led": "lead", "met": "meet", "hit": "hit", "spoke": "speak",
    "spoken": "speak", "caught": "catch", "brought": "bring", "bought": "buy", "sold": "sell", "paid": "pay",
    "arrest": "arrest", "detain": "arrest", "attack": "attack", "assault": "attack",
}  # fmt: skip
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word, with a possessive dropped and number words as digits."""
    word = word.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word[:1].isdigit():
        return word.replace(",", "")
    stemmed = _stemmer.stemWord(word)
    return SYNONYM_STEMS.get(stemmed, stemmed)


@dataclass(frozen=True)
class Token:
    """A word of a sentence: its stem, offsets within the sentence, and what kind of word it is."""

    stem: str
    start: int
    end: int
    stop: bool
    number: bool
    entity: bool


def tokenize(text: str) -> list[Token]:
    """Words of a sentence with stems; hyphenated words split ("rebel-held" -> rebel, held)."""
    tokens = []
    first = True
    for match in _TOKEN_RE.finditer(text):
        raw = match.group(0)
        lower = raw.lower()
        number = raw[0].isdigit() or lower in NUMBER_WORDS
        entity = not first and raw[0].isupper() and lower not in STOPWORDS
        tokens.append(Token(stem(raw), match.start(), match.end(), lower in STOPWORDS, number, entity))
        first = False
    return tokens


@dataclass(frozen=True)
class SentenceFeatures:
    """What the similarity model needs of one sentence."""

    content: frozenset[str]
    numbers: frozenset[str]
    entities: frozenset[str]
    ngrams: tuple[frozenset[tuple[str, ...]], ...]  # all words, stopwords included: n = 1, 2, 3
    stems: tuple[str, ...]
    length: int


def sentence_features(text: str, ignore: tuple[int, int] | None = None) -> SentenceFeatures:
    """Features of one sentence; words inside ``ignore`` (a dateline, say) are left out."""
    tokens = [t for t in tokenize(text) if ignore is None or not (ignore[0] <= t.start < ignore[1])]
    stems = [t.stem for t in tokens]
    content = frozenset(t.stem for t in tokens if not t.stop)
    return SentenceFeatures(
        content=content,
        numbers=frozenset(t.stem for t in tokens if t.number),
        entities=frozenset(t.stem for t in tokens if t.entity),
        ngrams=tuple(frozenset(zip(*(stems[k:] for k in range(n)), strict=False)) for n in (1, 2, 3)),
        stems=tuple(stems),
        length=len(content),
    )


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def _lcs_length(a: Sequence[str] | str, b: Sequence[str] | str) -> int:
    """Length of the longest common subsequence of two word lists (or two strings, one character per word):
    rapidfuzz's compiled bit-parallel LCS, the same lengths as the textbook table at a twentieth of the time."""
    return int(LCSseq.similarity(a, b))


class SimilarityBackend(Protocol):
    """What alignment needs of a similarity model over a fixed list of sentences."""

    def score(self, i: int, j: int, floor: float = 0.0) -> float:
        """Similarity of sentences i and j, 0..1; below ``floor`` the value only has to stay below it."""
        ...

    def containment(self, i: int, j: int) -> float:
        """How much of the shorter sentence the longer one carries, 0..1 (0 when the backend cannot say)."""
        ...

    def candidates(
        self, left: Sequence[int], right: Sequence[int], per_sentence: int = ..., max_work: int = ...
    ) -> Iterable[tuple[int, int]]:
        """Pairs (i in left, j in right) worth scoring; may be every pair. ``per_sentence`` partners kept per
        sentence, at most ``max_work`` units of work (a backend may ignore both)."""
        ...


class LexicalSimilarity:
    """IDF-weighted lexical overlap, combined by logistic models fitted on MSRP train."""

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
        df: Counter[str] = Counter()
        for f in self.features:
            df.update(f.content)
        n = len(self.features)
        self.df = df
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
        self.weights = [self._weigh(f) for f in self.features]
        self.norms = [math.sqrt(sum(v * v for v in w.values())) for w in self.weights]
        self.totals = [sum(w.values()) for w in self.weights]
        self._index_terms()
        self.article_of = list(articles) if articles is not None else [0] * n
        self._anchors: dict[int, set[str]] = defaultdict(set)
        for k, f in enumerate(self.features):
            self._anchors[self.article_of[k]] |= (f.entities | f.numbers) & f.content
        self._shares: dict[tuple[int, int], float] = {}

    def _index_terms(self) -> None:
        """The sentence x word weight matrix in compressed rows (numpy), for vectorised candidate search."""
        vocab: dict[str, int] = {}
        terms: list[int] = []
        values: list[float] = []
        lengths: list[int] = []
        for weights in self.weights:
            lengths.append(len(weights))
            for w, v in weights.items():
                terms.append(vocab.setdefault(w, len(vocab)))
                values.append(v)
        self._indptr = np.zeros(len(self.weights) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self._indptr[1:])
        self._terms = np.array(terms, dtype=np.int64)
        self._values = np.array(values, dtype=np.float64)
        self._norms = np.array([v or 1.0 for v in self.norms], dtype=np.float64)

    def _rows(self, sentences: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(position in ``sentences``, word id, weight) of every word of the given sentences."""
        starts = self._indptr[sentences]
        lengths = self._indptr[sentences + 1] - starts
        owner = np.repeat(np.arange(len(sentences)), lengths)
        position = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        position += np.repeat(starts, lengths)
        return owner, self._terms[position], self._values[position]

    def _weigh(self, f: SentenceFeatures) -> dict[str, float]:
        weights = {}
        for w in f.content:
            weight = self.idf[w]
            if w in f.numbers:
                weight *= NUMBER_WEIGHT
            elif w in f.entities:
                weight *= ENTITY_WEIGHT
            weights[w] = weight
        return weights

    def pair_features(self, i: int, j: int, order: float | None = None) -> tuple[float, ...]:
        """The model's inputs for sentences i and j, each in 0..1 (see FEATURE_NAMES). ``order`` replaces the
        word-order feature, the dearest one, when the caller only needs a bound."""
        a, b = self.features[i], self.features[j]
        wa, wb = self.weights[i], self.weights[j]
        shared = a.content & b.content
        dot = sum(wa[w] * wb[w] for w in shared)
        cosine = dot / (self.norms[i] * self.norms[j]) if self.norms[i] and self.norms[j] else 0.0
        cover_a = sum(wa[w] for w in shared) / self.totals[i] if self.totals[i] else 0.0
        cover_b = sum(wb[w] for w in shared) / self.totals[j] if self.totals[j] else 0.0
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
        anchor_clash = min(_unshared(a, b, wa), _unshared(b, a, wb))
        semantic = max(0.0, float(self.embeddings[i] @ self.embeddings[j])) if self.embeddings is not None else 0.0
        return (cosine, min(cover_a, cover_b), max(cover_a, cover_b), *grams, order, numbers_equal, numbers_clash,
                length_ratio, entity_jaccard, self.containment(i, j), entity_clash, numbers_mismatch, anchor_clash,
                semantic, semantic * anchor_clash, self.article_share(i, j))  # fmt: skip

    def article_share(self, i: int, j: int) -> float:
        """How much of the names and numbers of the two sentences' articles the articles share (IDF-weighted, over
        the article with fewer): two reports of one event name the same people, places and figures; two events of
        one kind (two earthquakes) do not. Depends on the two articles alone."""
        a, b = sorted((self.article_of[i], self.article_of[j]))
        if a == b:
            return 1.0
        if (a, b) not in self._shares:
            first, second = self._anchors[a], self._anchors[b]
            smaller = min(sum(self.idf[w] for w in first), sum(self.idf[w] for w in second))
            shared = sum(self.idf[w] for w in first & second)
            self._shares[(a, b)] = shared / smaller if smaller else 0.0
        return self._shares[(a, b)]

    def paraphrase(self, i: int, j: int, order: float | None = None) -> float:
        """Probability that sentences i and j are paraphrases, by the model fitted on MSRP train."""
        x = self.pair_features(i, j, order)
        return _sigmoid(MODELS["paraphrase"].z(x))

    def containment(self, i: int, j: int) -> float:
        """How much of the shorter sentence the longer one carries (IDF-weighted), damped when only a little
        weight is shared: a rewrite's short sentence often restates one clause of a long wire sentence."""
        a, b = self.features[i], self.features[j]
        shared = a.content & b.content
        mass = sum(self.weights[i][w] for w in shared)
        smaller = min(self.totals[i], self.totals[j])
        return (mass / smaller) * min(1.0, mass / CONTAINMENT_FULL_MASS) if smaller else 0.0

    def score(self, i: int, j: int, floor: float = 0.0) -> float:
        """Do i and j report the same thing: the same-statement model's probability, 0..1.

        With ``floor``, a pair that cannot reach it may get any lower value: the model is first bounded with the
        best possible word order (0..1), and the dear word-order measure is only computed when that bound could
        reach the floor."""
        if not (self.features[i].content & self.features[j].content):
            return 0.0
        x = self.pair_features(i, j, order=0.0)
        z = self.model.z(x)
        w_order = self.model.weights[ORDER]
        if floor and _sigmoid(z + max(0.0, w_order)) < floor:
            return 0.0
        a, b = self.features[i].stems, self.features[j].stems
        order = 2 * _lcs_length(a, b) / (len(a) + len(b))
        return _sigmoid(z + w_order * order)

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
        lefts = np.asarray(left, dtype=np.int64)
        rights = np.asarray(right, dtype=np.int64)
        if not len(lefts) or not len(rights):
            return []
        l_row, l_term, l_value = self._rows(lefts)
        r_row, r_term, r_value = self._rows(rights)
        order = np.argsort(r_term, kind="stable")
        r_row, r_term, r_value = r_row[order], r_term[order], r_value[order]
        first = np.searchsorted(r_term, l_term, side="left")
        count = np.searchsorted(r_term, l_term, side="right") - first
        if int(count.sum()) > max_work:
            count = _bound_work(l_term, count, max_work)
        total = int(count.sum())
        if not total:
            return []
        which = np.repeat(np.arange(len(l_term)), count)
        there = np.arange(total) - np.repeat(np.cumsum(count) - count, count) + np.repeat(first, count)
        key = l_row[which] * len(rights) + r_row[there]
        pairs, inverse = np.unique(key, return_inverse=True)
        dots = np.bincount(inverse, weights=l_value[which] * r_value[there])
        a, b = pairs // len(rights), pairs % len(rights)
        cosine = dots / (self._norms[lefts[a]] * self._norms[rights[b]])
        keep = _top_per_group(a, cosine, per_sentence) | _top_per_group(b, cosine, per_sentence)
        chosen = sorted(zip(lefts[a[keep]].tolist(), rights[b[keep]].tolist(), strict=True))
        return chosen


def _unshared(a: SentenceFeatures, b: SentenceFeatures, weights: dict[str, float]) -> float:
    """Share of a's names and numbers (IDF-weighted) that b does not have; 0 when a has none."""
    anchors = (a.entities | a.numbers) & weights.keys()
    total = sum(weights[w] for w in anchors)
    if not total:
        return 0.0
    return sum(weights[w] for w in anchors - b.entities - b.numbers - b.content) / total


def _bound_work(terms: np.ndarray, count: np.ndarray, max_work: int) -> np.ndarray:
    """Postings counts with the words making the most products left out until the products fit ``max_work``."""
    words, inverse = np.unique(terms, return_inverse=True)
    products = np.bincount(inverse, weights=count)
    order = np.argsort(-products, kind="stable")
    remaining = products.sum() - np.cumsum(products[order])
    dropped = order[: int(np.searchsorted(-remaining, -max_work)) + 1]
    mask = np.zeros(len(words), dtype=bool)
    mask[dropped] = True
    return np.where(mask[inverse], 0, count)


def _top_per_group(group: np.ndarray, value: np.ndarray, k: int) -> np.ndarray:
    """Mask of the ``k`` highest values within each group (ties broken by position)."""
    order = np.lexsort((-value, group))
    sorted_groups = group[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_groups, sorted_groups, side="left")
    mask = np.zeros(len(order), dtype=bool)
    mask[order[rank < k]] = True
    return mask
