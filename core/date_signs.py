"""Whether two equal years or dates may date one thing: which need a sign that they do (``needs_sign``), and the
words a year or date is told with (``event_words``), for comparing with another sentence's, and the test of two equal
figures grouping asks (``SameEvent``). It reads one sentence around one figure; grouping decides what to do with the
answer."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .fact_keys import Place, Sentences, date_year, figure_kind
from .fact_settings import DEFAULT_FACT_SETTINGS
from .model import Figure
from .stopwords import STOPWORDS

# Words that say nothing of what a year or date is about (``event_words``): function words, the calendar's own words,
# and the words of attribution and of time in general.
_NOT_EVENT_WORDS = STOPWORDS | frozenset(
    "year years month months day days week weeks time times last first next ago early late earlier later monday "
    "tuesday wednesday thursday friday saturday sunday today yesterday tonight night morning evening afternoon "
    "january february march april june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec".split()
)
_EVENT_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# Words compared by their first letters, so an event's word forms meet ("retired" / "retiring", "murder" /
# "murdering", "colony" / "colonists").
_EVENT_STEM = 5


def event_words(
    sentence: str, start: int, end: int, window: int = DEFAULT_FACT_SETTINGS.event_window
) -> frozenset[str]:
    """What a figure at ``sentence[start:end]`` (a year, a date) is told of, as words to compare with another
    sentence's: up to ``window`` words either side of it, each of three letters or more and not one of
    ``_NOT_EVENT_WORDS``, in lower case, cut to their first ``_EVENT_STEM`` letters ("Smith first enlisted back in
    November of 2010": smith, enlis, back)."""
    found = [(m.start(), m.group().lower().strip("'’-")) for m in _EVENT_WORD_RE.finditer(sentence)]
    words = [(at, w[:_EVENT_STEM]) for at, w in found if len(w) >= 3 and w not in _NOT_EVENT_WORDS]
    return frozenset([w for at, w in words if at < start][-window:] + [w for at, w in words if at >= end][:window])


def needs_sign(a: Figure, b: Figure) -> bool:
    """Two equal figures whose value alone does not say they date one thing: years, and dates unless both state
    their year ("April 21, 2004" twice is one day told alike; "July 18" may be a death and a dateline)."""
    kind = figure_kind(a)
    return kind == "year" or (kind == "date" and (date_year(a) is None or date_year(b) is None))


class SameEvent:
    """Whether two equal figures may be one thing (called with their indexes): any but a year or a date stand for
    what they count; a year or a date needs a sign it dates one thing: one article, aligned sentences, or a shared
    word of what they tell (``event_words``); a day and month, also two articles that tell one story by what else
    they share (``storied``). Without ``sentences``, equal values join as they are."""

    def __init__(
        self,
        figures: Sequence[Figure],
        sentences: Sentences | None,
        aligned: Collection[tuple[Place, Place]],
        storied: Collection[tuple[int, int]],
        window: int = DEFAULT_FACT_SETTINGS.event_window,
    ) -> None:
        self.figures, self.sentences, self.aligned, self.storied, self.window = (
            figures, sentences, aligned, storied, window
        )  # fmt: skip
        # What each year or date is told of (``event_words``), asked only of those that join another article's equal
        # value unaligned.
        self._told_words: dict[int, frozenset[str]] = {}

    def words_of(self, i: int) -> frozenset[str]:
        """``event_words`` of figure ``i``, read once."""
        found = self._told_words.get(i)
        if found is None:
            assert self.sentences is not None
            f = self.figures[i]
            at, text = self.sentences((f.article, f.sentence))
            found = self._told_words[i] = event_words(text, f.start - at, f.end - at, self.window)
        return found

    def __call__(self, i: int, j: int) -> bool:
        figures, sentences, aligned, storied = self.figures, self.sentences, self.aligned, self.storied
        words_of = self.words_of
        a, b = figures[i], figures[j]
        if sentences is None or a.article == b.article or not needs_sign(a, b):
            return True
        x, y = (a.article, a.sentence), (b.article, b.sentence)
        pair = (a.article, b.article) if a.article < b.article else (b.article, a.article)
        if figure_kind(a) == "date" and figure_kind(b) == "date" and pair in storied:
            return True  # a day and month both articles state, where they tell one story by what else they share
        return (x, y) in aligned or (y, x) in aligned or not words_of(i).isdisjoint(words_of(j))
