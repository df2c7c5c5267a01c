"""Entity-clash columns for ``bench/ecbplus.py --oof --columns decoy_columns.py:FUNCTION`` (issue 11, decoy
precision; session 32, notes/decoy32.md). A bench experiment: core/ never imports it. Screen the columns of one
memoised run with ``bench/decoy_screen.py``.

What the engine calls a name (core/sentence_features.py) is a capitalised non-stopword that is not a
sentence's first word. Here a capitalised word is also "name-like" when the pair's two articles never write it in
lower case, and a sentence's names (``_Pair.names``) are the engine's plus a name-like first word ("Oracle completes
...", "Nvidia completes ..."). A name's salience in an article is the share of its sentences mentioning the stem.

Four sets of columns (each its own ``--columns`` run; the trees see the engine's features beside them):
- ``absence``: read against the other ARTICLE, as the engine's ``anchor_absent`` is, min and max of the two directions:
  ``nm_absent_*`` the IDF share (the pair's weights) of a sentence's name-like words the other article never has;
  ``nm_count_min`` how many (capped at 3); ``nm_lead_clash`` each sentence's first name absent from the other
  article; ``first_absent_*`` the engine's names plus a name-like first word, IDF share absent.
- ``salience``: ``sal_gap_*`` a sentence's names' salience in its own article less that in the other's (IDF-weighted
  mean); ``sal_other_*`` their salience in the other's; ``profile_cos`` the cosine of the two articles' name
  profiles (how many sentences name each); ``top_other_min`` each article's most-named name, its salience in the
  other article, the smaller.
- ``article_views``: article-pair views of "one event or two": ``profile_cos`` (and with IDF), the TF-IDF cosine of
  the two articles, the cosine of their mean embeddings, the Jaccard of their numbers, ``top_other_min``, and the
  mean of each article's three most distinctive names' salience in the other over that in its own.
- ``profiles`` / ``profiles_lead`` / ``dominant``: who each article is about, per article pair: the cosine of the two
  articles' name profiles (how many sentences name each name: the engine's names; ``profiles_lead`` and ``dominant``
  add a capitalised first word that either article names elsewhere) and each article's most-named name's share of
  the other article's sentences, the smaller (``dominant``: only where that name fills at least 20 / 30 / 40% of its
  own article's sentences, else 1).
- ``slots``: names filling one slot (a replaced run of the two sentences' word alignment, each side holding a name
  the other sentence lacks: "Chargers' Jackson arrested" / "Chargers' Jamal Williams arrested"), and how well the
  other article knows each side's substituted names (1 without a slot).

Measured (ECB+ tuning OOF, --strict 0.34, link_threshold 0.30; P / R / content R, decoy P): without .9186 / .3873 /
.7840, .8027; ``absence`` all six .9166 / .3872 / .7836, .7979, each alone within -.006 .. +.0003 decoy P; ``salience``
all six .9189 / .3981 / .7849, .8084, ``top_other_min`` alone (monotone) .9182 / .3905 / .7881, .8099 (at 0.31
.9180 / .3873 / .7863, .8116: equal R, precision -.0006); ``article_views`` each alone and all seven within the same
noise; ``slots`` .9160 / .3888 / .7822, .8015; ``profiles`` .9171 / .3905 / .7868, .8040; ``profiles_lead``
.9200 / .3940 / .7936, .8079 (all four up; built into core/ as the features name_profile and top_name_other: the
same OOF, in-sample decoy .845 -> .856, MSRP train recall .970 -> .968, own share .654 -> .683, but the 12 tuning
news clusters 378 -> 324 links, 75 lost of which about half right, 21 gained: not landed, branch s32-decoy-names);
``dominant`` at 20 / 30 / 40% .8083 / .8027 / .8119 decoy P (not monotone in its own knob: noise). A useless column
moves decoy P by -.006 .. +.0003 and content R by up to -.004: the decoy gains above are within about twice that.
"""

from __future__ import annotations

import difflib
from typing import Any

import numpy as np

from reportdiff.core import sentence_features as words
from reportdiff.core.stopwords import STOPWORDS

COUNT_CAP = 3
ABSENCE = ("nm_absent_min", "nm_absent_max", "nm_count_min", "nm_lead_clash", "first_absent_min", "first_absent_max")
SALIENCE = ("sal_gap_min", "sal_gap_max", "profile_cos", "top_other_min", "sal_other_min", "sal_other_max")
ARTICLE_VIEWS = ("profile_cos", "profile_cos_idf", "art_tfidf_cos", "art_emb_cos", "num_jaccard", "top_other_min",
                 "top3_other_min")  # fmt: skip
SLOTS = ("slot_any", "slot_known_min", "slot_known_max")


class _Read:
    """Per sentence: its capitalised non-stopword non-number words (stem, first word?) in order, as the engine reads
    them (a dateline's words and an attribution tail's, but for its names, left out); per article: the stems it
    writes in lower case somewhere."""

    def __init__(self, sim: Any) -> None:
        texts, ignore, _, articles = sim.bench_inputs
        self.capitals: list[list[tuple[str, bool]]] = []
        self.lower: dict[int, set[str]] = {}
        for text, ign, article in zip(texts, ignore, articles, strict=True):
            tail = words.attribution_tail(text)
            lower = self.lower.setdefault(article, set())
            caps: list[tuple[str, bool]] = []
            first = True
            for match in words._TOKEN_RE.finditer(text):
                at, raw = match.start(), match.group(0)
                if ign is not None and ign[0] <= at < ign[1]:
                    continue
                is_first, first = first, False
                stem, stop, number, _ = words._read_word(raw)
                if raw[0].islower():
                    lower.add(stem)
                dropped_tail = not raw[0].isupper() or raw.lower() in words._TAIL_DROPPED_NAMES
                if tail is not None and at >= tail and dropped_tail:
                    continue
                if raw[0].isupper() and not stop and not number and raw.lower() not in STOPWORDS:
                    caps.append((stem, is_first))
            self.capitals.append(caps)


def _read(sim: Any) -> _Read:
    """``sim``'s capitalised words, read once per similarity object and kept on it."""
    read = getattr(sim, "_decoy_read", None)
    if read is None:
        read = sim._decoy_read = _Read(sim)
    return read


def _lead_profiles(
    sim: Any, left: int, right: int, lead: bool = True
) -> tuple[int, int, dict[int, dict[str, float]], dict[int, dict[str, float]]]:
    """The articles of ``left`` and ``right`` (a, b) and, per article, how many of its sentences name each name (with
    ``lead``, a capitalised first word counting when either article has it as a name elsewhere; without, the
    engine's names alone) and the share of its sentences mentioning each name or content word: what ``profiles``,
    ``profiles_lead`` and ``dominant`` read."""
    read = _read(sim) if lead else None
    a, b = sim.article_of[left], sim.article_of[right]
    named: set[str] = set()
    for k in sim._members[a] + sim._members[b] if lead else ():
        named |= sim.features[k].entities
    profile, present = {}, {}
    for x in (a, b):
        counts: dict[str, float] = {}
        mentions: dict[str, float] = {}
        for k in sim._members[x]:
            f = sim.features[k]
            names = set(f.entities)
            caps = read.capitals[k] if read is not None else ()
            if caps and caps[0][1] and caps[0][0] in named:
                names.add(caps[0][0])
            for w in names:
                counts[w] = counts.get(w, 0.0) + 1
            for w in f.entities | f.content:
                mentions[w] = mentions.get(w, 0.0) + 1
        size = max(1, len(sim._members[x]))
        profile[x], present[x] = counts, {w: c / size for w, c in mentions.items()}
    return a, b, profile, present


class _Pair:
    """One article pair of ``sim`` (the articles of lefts[0] and rights[0]): names, salience, the pair's weights."""

    def __init__(self, sim: Any, left: int, right: int) -> None:
        self.sim, self.read = sim, _read(sim)
        self.a, self.b = sim.article_of[left], sim.article_of[right]
        self.context = (self.a, self.b) if self.a <= self.b else (self.b, self.a)
        self.members = sim._members[self.a] + sim._members[self.b]
        self.lower = self.read.lower.get(self.a, set()) | self.read.lower.get(self.b, set())
        self.entity_stems: set[str] = set()
        for k in self.members:
            self.entity_stems |= sim.features[k].entities
        self.salience = {x: self._salience(x) for x in (self.a, self.b)}

    def name_like(self, k: int) -> list[str]:
        """Sentence k's capitalised words that neither article writes in lower case, in order, once each."""
        return list(dict.fromkeys(stem for stem, _ in self.read.capitals[k] if stem not in self.lower))

    def names(self, k: int) -> set[str]:
        """The engine's names of sentence k plus its first word when that is name-like (a name elsewhere in the two
        articles, or never written in lower case there)."""
        found = set(self.sim.features[k].entities)
        caps = self.read.capitals[k]
        if caps and caps[0][1] and (caps[0][0] in self.entity_stems or caps[0][0] not in self.lower):
            found.add(caps[0][0])
        return found

    def weights(self, k: int) -> dict[str, float]:
        """Sentence k's word weights under the pair's weighting (the engine's)."""
        weights: dict[str, float] = self.sim.index.weights(k, self.context)[0]
        return weights

    def _salience(self, article: int) -> dict[str, float]:
        """Share of the article's sentences mentioning each stem (as a name or content word)."""
        members = self.sim._members[article]
        counts: dict[str, int] = {}
        for k in members:
            f = self.sim.features[k]
            for w in f.entities | f.content:
                counts[w] = counts.get(w, 0) + 1
        return {w: c / max(1, len(members)) for w, c in counts.items()}

    def profile(self, article: int) -> dict[str, float]:
        """How many of the article's sentences name each name."""
        counts: dict[str, float] = {}
        for k in self.sim._members[article]:
            for w in self.names(k):
                counts[w] = counts.get(w, 0.0) + 1
        return counts

    def top_other_min(self) -> float:
        """Each article's most-named name(s), the highest salience of them in the other article; the smaller of the
        two (1 for an article naming nobody)."""
        tops = []
        for mine, theirs in ((self.a, self.b), (self.b, self.a)):
            p = self.profile(mine)
            top = max(p.values(), default=0.0)
            tops.append(max((self.salience[theirs].get(w, 0.0) for w, v in p.items() if v == top), default=1.0))
        return min(tops)


def _share(weights: dict[str, float], words: Any, keep: Any) -> float:
    """The weight share of ``words`` for which ``keep(word)`` holds (0 when they weigh nothing)."""
    total = sum(weights.get(w, 0.0) for w in words)
    return sum(weights.get(w, 0.0) for w in words if keep(w)) / total if total else 0.0


def _cos(x: dict[str, float], y: dict[str, float]) -> float:
    dot = sum(v * y.get(w, 0.0) for w, v in x.items())
    norm = (sum(v * v for v in x.values()) ** 0.5) * (sum(v * v for v in y.values()) ** 0.5)
    return dot / norm if norm else 0.0


def absence(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """ABSENCE's columns for the pairs (lefts[k], rights[k]) of ``sim`` (its inputs in ``sim.bench_inputs``)."""
    out = np.zeros((len(lefts), len(ABSENCE)))
    if not len(lefts):
        return ABSENCE, out
    pair = _Pair(sim, int(lefts[0]), int(rights[0]))
    for row, (i, j) in enumerate(zip(lefts.tolist(), rights.tolist(), strict=True)):
        shares, counts, leads, firsts = [], [], [], []
        for mine, theirs in ((i, j), (j, i)):
            weights, present = pair.weights(mine), sim._present[sim.article_of[theirs]]
            name_like = pair.name_like(mine)
            shares.append(_share(weights, name_like, lambda w, p=present: w not in p))
            counts.append(min(COUNT_CAP, sum(w not in present for w in name_like)))
            leads.append(bool(name_like) and name_like[0] not in present)
            firsts.append(_share(weights, pair.names(mine), lambda w, p=present: w not in p))
        out[row] = (min(shares), max(shares), min(counts), float(all(leads)), min(firsts), max(firsts))
    return ABSENCE, out


def salience(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """SALIENCE's columns: how salient a sentence's names are in its own article and in the other (a template twin's
    names are its own article's subject and at most a background mention in the other's)."""
    out = np.zeros((len(lefts), len(SALIENCE)))
    if not len(lefts):
        return SALIENCE, out
    pair = _Pair(sim, int(lefts[0]), int(rights[0]))
    cos = _cos(pair.profile(pair.a), pair.profile(pair.b))
    top = pair.top_other_min()
    art = sim.article_of
    for row, (i, j) in enumerate(zip(lefts.tolist(), rights.tolist(), strict=True)):
        gaps, others = [], []
        for mine, theirs in ((i, j), (j, i)):
            weights, names = pair.weights(mine), pair.names(mine)
            own, other = pair.salience[art[mine]], pair.salience[art[theirs]]
            total = sum(weights.get(w, 0.0) for w in names)
            gap = sum(weights.get(w, 0.0) * max(0.0, own.get(w, 0.0) - other.get(w, 0.0)) for w in names)
            gaps.append(gap / total if total else 0.0)
            others.append(sum(weights.get(w, 0.0) * other.get(w, 0.0) for w in names) / total if total else 1.0)
        out[row] = (min(gaps), max(gaps), cos, top, min(others), max(others))
    return SALIENCE, out


def article_views(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """ARTICLE_VIEWS' columns: one value per article pair, the same on all its candidates."""
    out = np.zeros((len(lefts), len(ARTICLE_VIEWS)))
    if not len(lefts):
        return ARTICLE_VIEWS, out
    pair = _Pair(sim, int(lefts[0]), int(rights[0]))
    a, b = pair.a, pair.b
    n = len(pair.members)
    df: dict[str, int] = {}
    for k in pair.members:
        for w in sim.features[k].content | sim.features[k].entities:
            df[w] = df.get(w, 0) + 1

    def idf(w: str) -> float:
        return float(np.log((n + 1) / (df.get(w, 0) + 0.5)))

    profile = {x: pair.profile(x) for x in (a, b)}
    words: dict[int, dict[str, float]] = {}
    numbers: dict[int, set[str]] = {}
    for x in (a, b):
        counts: dict[str, float] = {}
        found: set[str] = set()
        for k in sim._members[x]:
            for w in sim.features[k].content:
                counts[w] = counts.get(w, 0.0) + 1
            found |= sim.features[k].numbers
        words[x], numbers[x] = counts, found
    cos = _cos(profile[a], profile[b])
    cos_idf = _cos(*({w: v * idf(w) for w, v in profile[x].items()} for x in (a, b)))
    tfidf = _cos(*({w: v * idf(w) for w, v in words[x].items()} for x in (a, b)))
    emb = 0.0
    if sim.embeddings is not None:
        mean_a, mean_b = (sim.embeddings[sim._members[x]].mean(axis=0) for x in (a, b))
        emb = float(mean_a @ mean_b / (np.linalg.norm(mean_a) * np.linalg.norm(mean_b) or 1.0))
    union = numbers[a] | numbers[b]
    number_jaccard = len(numbers[a] & numbers[b]) / len(union) if union else 0.0
    top3s = []
    for mine, theirs in ((a, b), (b, a)):
        p, size = profile[mine], max(1, len(sim._members[mine]))
        ranked = sorted(p.items(), key=lambda kv: (-kv[1] * idf(kv[0]), kv[0]))[:3]
        top3s.append(
            float(np.mean([min(1.0, pair.salience[theirs].get(w, 0.0) / (v / size)) for w, v in ranked]))
            if ranked
            else 1.0
        )
    out[:] = (cos, cos_idf, tfidf, emb, number_jaccard, pair.top_other_min(), min(top3s))
    return ARTICLE_VIEWS, out


def slots(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """SLOTS' columns: names substituted for each other in one slot of the two sentences, and how well the other
    article knows them (the highest salience there of each side's substituted names; the smaller, the larger)."""
    out = np.zeros((len(lefts), len(SLOTS)))
    if not len(lefts):
        return SLOTS, out
    pair = _Pair(sim, int(lefts[0]), int(rights[0]))
    art = sim.article_of
    for row, (i, j) in enumerate(zip(lefts.tolist(), rights.tolist(), strict=True)):
        stems_i, stems_j = sim.features[i].stems, sim.features[j].stems
        names_i, names_j = pair.names(i) - set(stems_j), pair.names(j) - set(stems_i)
        found_i: set[str] = set()
        found_j: set[str] = set()
        if names_i and names_j:
            matcher = difflib.SequenceMatcher(None, stems_i, stems_j, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                left, right = names_i & set(stems_i[i1:i2]), names_j & set(stems_j[j1:j2])
                if tag == "replace" and left and right:
                    found_i |= left
                    found_j |= right
        if found_i:
            known_i = max(pair.salience[art[j]].get(w, 0.0) for w in found_i)
            known_j = max(pair.salience[art[i]].get(w, 0.0) for w in found_j)
            out[row] = (1.0, min(known_i, known_j), max(known_i, known_j))
        else:
            out[row] = (0.0, 1.0, 1.0)
    return SLOTS, out


PROFILES = ("name_profile_cos", "top_name_other")


def profiles(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """``profile_cos`` and ``top_other_min`` of ``salience`` with the engine's names alone (no first word): the
    form core/ can compute per article, whatever the other."""
    return _profile_columns(sim, lefts, rights, lead=False)


def profiles_lead(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """``profiles`` with a sentence's capitalised first word among its names when either article has it as a name
    elsewhere (no lower-case test)."""
    return _profile_columns(sim, lefts, rights, lead=True)


def _profile_columns(sim: Any, lefts: np.ndarray, rights: np.ndarray, lead: bool) -> tuple[tuple[str, ...], np.ndarray]:
    """PROFILES' two columns of one article pair (``_lead_profiles``): the cosine of the two name profiles, and each
    article's most-named name(s), the highest share of the other article's sentences mentioning them, the smaller."""
    out = np.zeros((len(lefts), len(PROFILES)))
    if not len(lefts):
        return PROFILES, out
    a, b, profile, present = _lead_profiles(sim, int(lefts[0]), int(rights[0]), lead)
    tops = []
    for mine, theirs in ((a, b), (b, a)):
        p = profile[mine]
        top = max(p.values(), default=0.0)
        tops.append(max((present[theirs].get(w, 0.0) for w, v in p.items() if v == top), default=1.0))
    out[:] = (_cos(profile[a], profile[b]), min(tops))
    return PROFILES, out


DOMINANT = ("name_profile_cos", "top_dom_20", "top_dom_30", "top_dom_40", "top_dom_ratio_30")


def dominant(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """``profiles_lead``'s name profile cosine, and ``top_name_other`` counted only where an article is about one
    name (its most-named name in at least 20 / 30 / 40% of its sentences; else 1, no evidence); ``top_dom_ratio_30``:
    that name's share of the other article's sentences over its share of its own, capped at 1."""
    out = np.zeros((len(lefts), len(DOMINANT)))
    if not len(lefts):
        return DOMINANT, out
    a, b, profile, present = _lead_profiles(sim, int(lefts[0]), int(rights[0]))
    values = []
    for floor in (0.2, 0.3, 0.4, -0.3):
        tops = []
        for mine, theirs in ((a, b), (b, a)):
            p = profile[mine]
            top = max(p.values(), default=0.0)
            own = top / max(1, len(sim._members[mine]))
            if own < abs(floor):
                tops.append(1.0)
                continue
            best = max(present[theirs].get(w, 0.0) for w, v in p.items() if v == top)
            tops.append(min(1.0, best / own) if floor < 0 else best)
        values.append(min(tops))
    out[:] = (_cos(profile[a], profile[b]), *values)
    return DOMINANT, out
