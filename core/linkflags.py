"""Link kinds and flags: for each aligned sentence pair, its figure conflicts, its quote mismatches and its kind.

``figure_conflicts(figures, clashes)`` words the figure conflicts of the links whose two sentences state one thing
two incompatible ways (read from those two sentences, never from facts grouped across all articles: a link's kind
does not depend on what else is loaded); ``describe_link(...)`` gives a link its flags, notes and kind (agreement /
paraphrase / discrepancy): a discrepancy for a figure conflict, a quotation reworded or given to another speaker, a
contradiction, a denial or a negated verb in words (core/negation.py) or the same words attributed to another source
(core/attribution.py). Decides from figures, clashes, quotes and the word diff only; never finds figures or quotes
itself and never imports Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from . import model as m
from .attribution import source_change
from .facts import DEFAULT_FACT_SETTINGS, Clashes, FactSettings, Slots, label_of, stated
from .negation import contradiction, denial, negated_verb, uncertainty
from .quotes import DEFAULT_QUOTE_SETTINGS, REWORDED, TRIMMED, QuoteSettings, is_speech, relation, same_speaker
from .worddiff import equal_share

Place = tuple[int, int]  # (article, sentence)
_WORD = re.compile(r"\w")
_WORDS = re.compile(r"[^\W\d_]+")  # words without digits: figures' numbers never count as moved


@dataclass(frozen=True)
class LinkSettings:
    """Knobs of link kinds, today's values as defaults."""

    # A linked pair whose words are at least this much the same (over the longer sentence) is an `agreement`;
    # below, the same statement is reworded: a `paraphrase`.
    agreement_share: float = 0.75
    # A link whose words are at least this much the same and whose changed words negate one sentence or put a word
    # for its opposite (core/negation.py) is a discrepancy: the two sentences say the same thing and its contrary.
    # Measured on the ECB+ tuning links: the negations read below 0.6 were all between sentences that say other
    # things ("I'm angry." / "I'm not running!", 0.5; "was unknown" / "was not immediately known", 0.53); review
    # s23's "has been arrested on suspicion of negligence" / "has not been arrested" is 0.64.
    contradiction_min_share: float = 0.6
    # An uncertainty frame ("it is not clear whether X" against "X", negation.uncertainty) is read from this share:
    # its own test (the clause said, in order, by the other sentence) holds below contradiction_min_share (the
    # reviews' case shares 0.42), but reading the changed words of every link cost 0.1 s of bench/scale.py's 20x5k
    # (37,702 links, most of them sharing under 0.3 of their words).
    uncertainty_min_share: float = 0.3


DEFAULT_LINK_SETTINGS = LinkSettings()


# What the notes of ``quote_mismatches`` begin with, and the flag each raises (None: a note, no discrepancy).
QUOTE_WORDING_NOTE = "quote wording differs"
QUOTE_SPEAKER_NOTE = "quote attributed differently"
QUOTE_SHORTENED_NOTE = "quote shortened"  # words left out at a marked ellipsis
QUOTE_INSERTION_NOTE = "editorial insertion in quote"  # words put in [brackets] or (parentheses)
CONTRADICTION_NOTE = "wording contradicts"
SOURCE_NOTE = "attributed to another source"
_EDIT_MARKS = re.compile(r"[\[(]|…|\.\s?\.\s?\.")
_NOTE_FLAGS: tuple[tuple[str, str | None], ...] = (
    (QUOTE_WORDING_NOTE, m.QUOTE_MISMATCH),
    (QUOTE_SPEAKER_NOTE, m.QUOTE_SPEAKER),
    (QUOTE_SHORTENED_NOTE, None),
    (QUOTE_INSERTION_NOTE, None),
    (CONTRADICTION_NOTE, m.WORDING_CONTRADICTS),
    (SOURCE_NOTE, m.SOURCE_DIFFERS),
)


def figure_conflicts(
    figures: Sequence[m.Figure], clashes: Clashes, settings: FactSettings = DEFAULT_FACT_SETTINGS
) -> dict[tuple[Place, Place], list[str]]:
    """Notes per linked pair (its two places in order) whose two sentences state one thing two incompatible ways:
    ``clashes`` from ``facts.facts_and_clashes``, read from the two sentences alone, so a note names the two
    figures and what they count, never a fact that other articles' figures joined."""
    notes: dict[tuple[Place, Place], list[str]] = {}
    for pair, found in clashes.items():
        notes[pair] = [
            f"figure conflicts: {stated(figures[i])} vs {stated(figures[j])} "  # hedges too: "more than 40 vs 40"
            f"({label_of([figures[i], figures[j]], settings)})"
            for i, j in found
        ]
    return notes


def _changes(diff: Sequence[tuple[int, str]]) -> Iterator[tuple[int, int, str, int]]:
    """The changed chunks of a word diff, in order: (side: 0 for words only the first sentence has, 1 for the
    second's; where the chunk starts within its sentence; its text; the number of its changed stretch, which the
    chunks between the same two unchanged runs share on both sides)."""
    at = [0, 0]
    stretch = 0
    for op, text in diff:
        if op == 0:
            at[0] += len(text)
            at[1] += len(text)
            stretch += 1
            continue
        side = 0 if op < 0 else 1
        yield side, at[side], text, stretch
        at[side] += len(text)


def figure_regions(
    diff: Sequence[tuple[int, str]],
    here: Sequence[tuple[int, int, int]],
    there: Sequence[tuple[int, int, int]],
) -> dict[int, int]:
    """Which figures of two linked sentences were put one for the other in their word diff: figure index -> the
    number of the changed stretch that holds it and no other word (stretches between the same two unchanged runs
    share a number on both sides: "scored 14 points" / "scored 12 points"). ``here`` / ``there``: (figure index,
    start, end) within the diff's first / second sentence. Left out: a figure in unchanged words (the same on both
    sides), one among other changed words ("14 points and Echenique had 11" for "12": which is which is unknown)
    and one cut across several stretches."""
    # Per side, the changed stretches in order: where each ends, where it starts, its text and its number.
    ends: tuple[list[int], list[int]] = ([], [])
    stretches: tuple[list[tuple[int, str, int]], list[tuple[int, str, int]]] = ([], [])
    for side, lo, text, stretch in _changes(diff):
        stretches[side].append((lo, text, stretch))
        ends[side].append(lo + len(text))
    where: dict[int, int] = {}
    for side, figures in ((0, here), (1, there)):
        for index, start, end in figures:
            k = bisect_right(ends[side], start)  # the first stretch ending after the figure starts
            if k == len(ends[side]):
                continue
            lo, text, number = stretches[side][k]
            if lo >= end:
                continue  # in unchanged words
            if k + 1 < len(ends[side]) and stretches[side][k + 1][0] < end:
                continue  # "7:21" cut into "7", ":", "21" by the diff is not one figure put for another
            if not _WORD.search(text[: max(0, start - lo)] + text[max(0, end - lo) :]):
                where[index] = number
    return where


_TOKEN = re.compile(r"\w+")
# Words a diff may change beside a figure without changing what the sentence says of it: the article before a number
# follows its sound ("a 78-year-old" / "an 87-year-old", "a 1987 law" / "an 1887 law").
_ARTICLES = frozenset({"a", "an"})


def only_change(
    diff: Sequence[tuple[int, str]],
    here: Sequence[tuple[int, int, int]],
    there: Sequence[tuple[int, int, int]],
) -> tuple[int, int] | None:
    """The figure of each sentence that the word diff changed, when it changed one figure on each side and no other
    word but an article before it ("The ferry was 38 years old" / "... 47 years old"; "The dead include a 78-year-old
    woman" / "... an 87-year-old woman"): (index in the first sentence, index in the second); else None. ``here`` /
    ``there`` as for ``figure_regions``."""
    changed: tuple[set[int], set[int]] = (set(), set())
    for side, base, text, _stretch in _changes(diff):
        figures = here if side == 0 else there
        for token in _TOKEN.finditer(text):
            lo, hi = base + token.start(), base + token.end()
            inside = [index for index, start, end in figures if start < hi and lo < end]
            if inside:
                changed[side].update(inside)
            elif token.group().lower() not in _ARTICLES:
                return None
    if len(changed[0]) == 1 and len(changed[1]) == 1:
        return next(iter(changed[0])), next(iter(changed[1]))
    return None


def words_moved(
    diff: Sequence[tuple[int, str]],
    here: Sequence[tuple[int, int, int]],
    there: Sequence[tuple[int, int, int]],
) -> bool:
    """Whether some word other than the figures crossed a figure: the same word, case aside, taken out of the first
    sentence and put into the second on another side of the figures, between two of them on one side at least
    ("Artino scored 14 and Echenique 16" / "Echenique scored 16 and Artino 14": the names changed sides of the
    numbers, so a figure put for another where it stands may belong to another name now). A word put back where it
    was taken out ("said on Monday" / "said") or carried past all the figures ("On Saturday, Artino ..." / "...
    on Saturday") changes no figure's neighbours and is no move. ``here`` / ``there`` as for ``figure_regions``."""
    spans = (sorted((start, end) for _i, start, end in here), sorted((start, end) for _i, start, end in there))
    firsts = ([start for start, _end in spans[0]], [start for start, _end in spans[1]])
    lasts = ([end for _start, end in spans[0]], [end for _start, end in spans[1]])
    # Per side, each changed word -> where it stands among the figures (how many figures end before it).
    words: tuple[dict[str, set[int]], dict[str, set[int]]] = ({}, {})
    for side, base, text, _stretch in _changes(diff):
        starts, stops = firsts[side], lasts[side]
        for word in _WORDS.finditer(text):
            lo, hi = base + word.start(), base + word.end()
            before = bisect_right(stops, lo)  # figures ending before the word (figures never overlap)
            if before < len(starts) and starts[before] < hi:
                continue  # "fourteen" is a figure, not a word
            words[side].setdefault(word.group().lower(), set()).add(before)
    n_here, n_there = len(spans[0]), len(spans[1])
    for name, taken in words[0].items():
        for put in words[1].get(name, set()):
            for was in taken:
                if was != put and (0 < was < n_here or 0 < put < n_there):
                    return True
    return False


# Where a clause ends, for the words told with a figure: punctuation, dashes and the words that join clauses
# ("Artino scored 14 points and Echenique had 16": "and" parts Artino's words from Echenique's).
_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|or)\b", re.I)


class Clauses:
    """The words of each figure's clause in the two sentences of a word diff, worked out for a figure when first
    asked: before it (back to the previous figure or clause break) and after it (on to the next figure or clause
    break), in lower case, and the names among them (capitalised, not the sentence's first word): "Will Artino
    scored 14 points and ...": {will, artino, scored}, {points}, {artino}. ``here`` / ``there`` as for
    ``figure_regions`` (every figure of each sentence: each bounds its neighbours' clauses)."""

    def __init__(
        self,
        diff: Sequence[tuple[int, str]],
        here: Sequence[tuple[int, int, int]],
        there: Sequence[tuple[int, int, int]],
    ) -> None:
        self.texts = ("".join(t for op, t in diff if op <= 0), "".join(t for op, t in diff if op >= 0))
        self.sides = (sorted(here, key=lambda f: (f[1], f[2])), sorted(there, key=lambda f: (f[1], f[2])))
        self.at = {i: (side, k) for side in (0, 1) for k, (i, _s, _e) in enumerate(self.sides[side])}
        self.breaks: list[tuple[list[int], list[int], int] | None] = [None, None]
        self.known: dict[int, tuple[set[str], set[str], set[str]]] = {}

    def _breaks(self, side: int) -> tuple[list[int], list[int], int]:
        """Where the clause breaks of one sentence start and end, and where its first word starts."""
        found = self.breaks[side]
        if found is None:
            text = self.texts[side]
            spans = [(m.start(), m.end()) for m in _BREAK.finditer(text)]
            first = _WORDS.search(text)
            found = ([a for a, _b in spans], [b for _a, b in spans], first.start() if first else -1)
            self.breaks[side] = found
        return found

    def __getitem__(self, i: int) -> tuple[set[str], set[str], set[str]]:
        known = self.known.get(i)
        if known is not None:
            return known
        side, k = self.at[i]
        text, figures = self.texts[side], self.sides[side]
        starts, stops, opening = self._breaks(side)
        _i, start, end = figures[k]
        lo = figures[k - 1][2] if k else 0
        hi = figures[k + 1][1] if k + 1 < len(figures) else len(text)
        n = bisect_right(stops, start) - 1  # the last break ending before the figure
        left = stops[n] if n >= 0 and starts[n] >= lo else lo
        n = bisect_left(starts, end)  # the first break starting after it
        right = starts[n] if n < len(starts) and stops[n] <= hi else hi
        said: tuple[set[str], set[str], set[str]] = (set(), set(), set())
        for part, (a, b) in enumerate(((left, start), (end, right))):
            for w in _WORDS.finditer(text, a, b):
                word = w.group()
                said[part].add(word.lower())
                if word[0].isupper() and w.start() != opening:
                    said[2].add(word.lower())
        self.known[i] = said
        return said


def figure_partners(
    diff: Sequence[tuple[int, str]],
    here: Sequence[tuple[int, int, int]],
    there: Sequence[tuple[int, int, int]],
    xs: Sequence[int],
    ys: Sequence[int],
    clauses: Clauses | None = None,
) -> list[tuple[int, int]]:
    """Which figures of ``xs`` (of one sentence of the diff) and ``ys`` (of the other) are told of one thing, read
    from the words of each figure's clause (``Clauses``) wherever the clause stands. Only the words no other
    figure of its side has in its clause count; a pair shares a name (a word capitalised where no sentence starts)
    and more of those words with each other than either does with any other figure: names before the figures first
    (who did it: "Will Artino scored 16 points and Gregory Echenique had 14 for Creighton" / "Gregory Echenique had
    16 points and Will Artino scored 14 for Creighton": Artino with Artino, whichever figure "for Creighton"
    follows; a verb moved alone, "Artino scored 14 ... Echenique had 16" / "Artino added 16 ... Echenique scored
    14", still pairs by the names), then any words before them, then names and words on both sides. A clause that
    names nobody ("Charles had 226 yards" / "the Chiefs, who had 352 yards") ties nothing. Pairs (one of ``xs``,
    one of ``ys``); figures that share no name, or as much with two, are left out.
    ``here`` / ``there`` as for ``figure_regions``; ``clauses``: their ``Clauses``, when known."""
    if clauses is None:
        clauses = Clauses(diff, here, there)
    names: set[str] = set()  # words capitalised where no sentence starts ("Artino", "Republicans"), either side
    words: list[dict[int, tuple[set[str], set[str]]]] = []
    for side in (xs, ys):
        seen: Counter[str] = Counter(w for i in side for w in clauses[i][0] | clauses[i][1])
        kept = {}
        for i in side:
            before, after, named = clauses[i]
            kept[i] = ({w for w in before if seen[w] == 1}, {w for w in before | after if seen[w] == 1})
            names |= named
        if not names:
            return []  # no clause names anyone on this side: nothing can be tied by a name
        words.append(kept)
    shared: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for i, (before_i, all_i) in words[0].items():
        for j, (before_j, all_j) in words[1].items():
            before, told = before_i & before_j, all_i & all_j
            shared[(i, j)] = (len(before & names), len(before), len(told & names), len(told))
    best: dict[int, tuple[int, tuple[int, ...]]] = {}  # figure -> (its partner, what they share): strict best only
    for (i, j), n in shared.items():
        for me, other in ((i, j), (j, i)):
            known = best.get(me)
            if known is None or n > known[1]:
                best[me] = (other, n)
            elif n == known[1]:
                best[me] = (-1, n)  # two as good: neither
    return [(i, j) for (i, j), n in shared.items() if n[2] and best[i] == (j, n) and best[j] == (i, n)]


def words_shared(diff: Sequence[tuple[int, str]], here: Sequence[tuple[int, int, int]]) -> bool:
    """Whether the two sentences of ``diff`` share a word besides the first one's figures (``here`` as for
    ``figure_regions``): a dateline ("September 10, 2012") shares none with another ("September 10, 2010")."""
    spans = [(start, end) for _i, start, end in here]
    at = 0
    for op, text in diff:
        if op > 0:
            continue
        if op == 0:
            for word in _WORDS.finditer(text):
                lo, hi = at + word.start(), at + word.end()
                if not any(start < hi and lo < end for start, end in spans):
                    return True
        at += len(text)
    return False


class LinkRegions:
    """``figure_regions`` of a link on demand, by its two places in order (``facts.facts_and_clashes``' regions), as
    ``facts.Slots``: firm where ``words_moved`` finds no word but the figures moved.

    ``ends``: each link's two places as its diff was taken (first sentence, second sentence); ``places``: the same
    two in order (lower first), as the caller keys its links; ``diffs``: each link's word diff; ``start(place)``:
    where that sentence begins in its article (figures hold article offsets).
    """

    def __init__(
        self,
        figures: Sequence[m.Figure],
        ends: Sequence[tuple[Place, Place]],
        places: Sequence[tuple[Place, Place]],
        diffs: Sequence[Sequence[tuple[int, str]]],
        start: Callable[[Place], int],
    ) -> None:
        self.ends, self.diffs, self.start = ends, diffs, start
        self.link = {place: k for k, place in enumerate(places)}
        self.figures_at: dict[Place, list[m.Figure]] = {}
        for f in figures:
            self.figures_at.setdefault((f.article, f.sentence), []).append(f)

    def _sentence(self, place: Place) -> list[tuple[int, int, int]]:
        offset = self.start(place)
        return [(f.index, f.start - offset, f.end - offset) for f in self.figures_at.get(place, ())]

    def __call__(self, x: Place, y: Place) -> Slots:
        k = self.link.get((x, y) if x < y else (y, x))
        if k is None:
            return Slots({})
        first, second = self.ends[k]
        here, there = self._sentence(first), self._sentence(second)
        diff = self.diffs[k]
        known: list[Clauses] = []

        def clauses() -> Clauses:  # once per link, however many of its keys ask
            if not known:
                known.append(Clauses(diff, here, there))
            return known[0]

        return Slots(
            lambda: figure_regions(diff, here, there),
            lambda: words_moved(diff, here, there),
            lambda: words_shared(diff, here),
            lambda xs, ys: figure_partners(diff, here, there, xs, ys, clauses()),
            lambda: only_change(diff, here, there),
        )


def quote_mismatches(
    here: Sequence[m.Quote], there: Sequence[m.Quote], settings: QuoteSettings = DEFAULT_QUOTE_SETTINGS
) -> list[str]:
    """Notes for the quotations of two linked sentences that are one quotation (``quotes.relation``) told two
    ways: its words changed (a discrepancy), the same words given to another speaker (a discrepancy), or words
    left out at a marked ellipsis or put in brackets by an editor (a note only: honest editing)."""
    notes = []
    for qa in here:
        for qb in there:
            if not (is_speech(qa.text, settings) and is_speech(qb.text, settings)):
                continue
            how = relation(qa.text, qb.text, settings)
            if how is None:
                continue
            if not same_speaker(qa.speaker, qb.speaker):
                if how != REWORDED:  # the same words in two mouths (reworded, two speakers may say alike things)
                    notes.append(f"{QUOTE_SPEAKER_NOTE}: {qa.speaker} vs {qb.speaker}: “{qa.text}”")
                continue
            who = qa.speaker or qb.speaker
            said = f"{' (' + who + ')' if who else ''}: “{qa.text}” vs “{qb.text}”"
            if how == REWORDED:
                notes.append(QUOTE_WORDING_NOTE + said)
            elif how == TRIMMED:
                marks = "".join(_EDIT_MARKS.findall(qa.text + qb.text))
                notes.append((QUOTE_INSERTION_NOTE if "[" in marks or "(" in marks else QUOTE_SHORTENED_NOTE) + said)
    return notes


def _flags_of(notes: Sequence[str]) -> list[str]:
    """The flags quote and contradiction notes raise, in the order first met, each once."""
    flags: list[str] = []
    for note in notes:
        flag = next((f for start, f in _NOTE_FLAGS if note.startswith(start)), m.QUOTE_MISMATCH)
        if flag is not None and flag not in flags:
            flags.append(flag)
    return flags


def describe_link(
    diff: Sequence[tuple[int, str]],
    conflict_notes: Sequence[str],
    quote_notes: Sequence[str],
    settings: LinkSettings = DEFAULT_LINK_SETTINGS,
    share: float | None = None,
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(kind, flags, notes) of one link from its figure-conflict and quote notes and its word diff (which also
    tells a contradiction in words: ``negation.contradiction``, ``uncertainty``, ``denial`` and ``negated_verb``);
    ``share``: the diff's ``equal_share`` when the caller has it already (worddiff.WordDiffer counts it)."""
    if share is None:
        share = equal_share(list(diff))
    contrary = source = None
    if share >= settings.contradiction_min_share:
        contrary = contradiction(diff)
        source = source_change(diff)
    elif share >= settings.uncertainty_min_share:  # "it isn't clear whether Matusiewicz took his own life or was
        # killed by police returning his fire" / "Matusiewicz took his own life" share 0.42 of their words
        # (review-s25 finding 13, review-s27 finding 3)
        contrary = uncertainty(diff)
    if contrary is None:  # a reworded denial at any share: "Several members of the victim's family ... were in
        # court" / "None of Thomas' family members were present ..." share 0.28 of their words (review-s30 finding 6)
        changed = " ".join([text for op, text in diff if op])
        contrary = denial(diff, changed)
        if contrary is None:  # a negated verb at any share: "The Obama administration has addressed the rule
            # change, but has not formally overturned it" / "Obama overturns Bush endangered species rule" share 0.07
            contrary = negated_verb(diff, changed)
    if not conflict_notes and not quote_notes and contrary is None and source is None:  # most links: share alone
        return (m.AGREEMENT if share >= settings.agreement_share else m.PARAPHRASE), (), ()
    if conflict_notes and all(op == 0 for op, _text in diff):
        conflict_notes = ()  # the same text: two sentences that say the same thing never conflict on figures
        # (not "every word the same": "-5 degrees" / "5 degrees" and "$12,000" / "€12,000" differ in a sign only)
    word_notes = (
        *((f"{CONTRADICTION_NOTE}: {contrary}",) if contrary is not None else ()),
        *((f"{SOURCE_NOTE}: {source}",) if source is not None else ()),
    )
    flags: list[str] = []
    if conflict_notes:
        flags.append(m.FIGURE_CONFLICT)
    flags += _flags_of([*quote_notes, *word_notes])
    if flags:
        kind = m.DISCREPANCY
    elif share >= settings.agreement_share:
        kind = m.AGREEMENT
    else:
        kind = m.PARAPHRASE
    return kind, tuple(flags), (*conflict_notes, *quote_notes, *word_notes)
