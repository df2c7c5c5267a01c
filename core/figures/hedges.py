"""The hedge before a figure ("at least", "about", "more than": ``qualifier_at``), the hedge of a time ("shortly
after": ``time_hedge``), and when "about", "around" or "some" before a figure is no hedge (``not_a_hedge``).
"""

from __future__ import annotations

from . import guards
from . import lexicon as lx
from . import patterns as pt


def qualifier_at(
    sentence: str, start: int, floor: int, lookback: int = 20, ascii_text: bool | None = None
) -> tuple[str, int]:
    """The canonical hedge right before ``start`` and where it begins (``start`` when there is none)."""
    lo = max(floor, start - lookback)
    if guards.USE_GUARDS and (sentence.isascii() if ascii_text is None else ascii_text):
        # QUALIFIER_BEFORE is a hedge, spaces, then the end of the window: a match is a hedge ending where the
        # spaces before the figure begin, at a word's start. The scan finds the leftmost such hedge, so the longest:
        # looked up by its last characters instead (ASCII text, where re.I folds as lower() does).
        window = sentence[lo:start]
        tail = window.rstrip()
        if len(tail) == len(window):
            return "", start  # no space before the figure
        low = tail.lower()
        for hedge in _HEDGES_BY_END.get(low[-_HEDGE_KEY:], ()):
            if low.endswith(hedge):
                at = lo + len(low) - len(hedge)
                if at == 0 or not (sentence[at - 1].isalnum() or sentence[at - 1] == "_"):  # \w in ASCII text
                    return lx.QUALIFIERS[hedge], at
        return "", start
    m = pt.QUALIFIER_BEFORE.search(sentence, lo, start)
    if not m:
        return "", start
    return lx.QUALIFIERS[m.group("q").lower()], m.start()


def qualifier_before(sentence: str, start: int, floor: int, lookback: int = 20, ascii_text: bool | None = None) -> str:
    """The canonical hedge right before ``start`` ("" when there is none): ``qualifier_at`` without where it begins."""
    return qualifier_at(sentence, start, floor, lookback, ascii_text)[0]


def not_a_hedge(sentence: str, at: int, text: str, unit: str, value: float, singular: bool) -> bool:
    """Whether the hedge read at ``at`` is "about", "around" or "some" used as a preposition or a determiner, before the
    figure ``text`` (its ``unit``, ``value``; ``singular``: no range): before an age written before its noun ("a story
    about 19-year-old Daquarius Tucker", "some 19-year-old kid": an age is hedged "about 19 years old"), before a
    count or an age after a word that takes "about" for its topic (``lexicon.TOPIC_HEADS``: "a story about", "worried
    about three children"), and "about one person" (nobody rounds a count to one). After a determiner it is a hedge
    ("an about 19-year-old man"); times, durations, sums and measures keep theirs ("a news conference about 3 p.m.",
    "a report about 30 minutes later")."""
    hedge = pt.AMBIGUOUS_HEDGE_AT.match(sentence, at)
    if hedge is None:
        return False
    found = pt.WORD_BEFORE.search(sentence, max(0, at - 30), at)
    before = found.group("w").lower() if found else ""
    if before in lx.DETERMINERS:
        return False  # "an about 19-year-old man": an adverb of the age, a hedge
    age = unit.startswith("age")
    if age and pt.ATTRIBUTIVE_AGE.search(text):
        return True
    if hedge.group("w").lower() == "some" or not (age or unit in ("", "vague")):
        return False
    if not unit and value == 1 and singular:
        return True  # "It's not just about one person"
    return before in lx.TOPIC_HEADS


def time_hedge(sentence: str, start: int, floor: int, lookback: int) -> str:
    """The hedge of a time of day right before ``start`` ("shortly after", "about": lexicon.TIME_QUALIFIERS), or ""."""
    m = pt.TIME_QUALIFIER_BEFORE.search(sentence, max(floor, start - lookback), start)
    return lx.TIME_QUALIFIERS[m.group("q").lower()] if m else ""


# Every hedge QUALIFIER_BEFORE reads (lower case: what re.I matches in ASCII text), by its last _HEDGE_KEY
# characters, longest first. Each starts with a letter, so its \b means no word character before it.
_HEDGE_KEY = min(map(len, lx.QUALIFIERS))
_HEDGES_BY_END: dict[str, tuple[str, ...]] = {}
for _hedge in sorted(lx.QUALIFIERS, key=pt.longest_first):
    assert _hedge == _hedge.lower() and _hedge[0].isalpha() and not _hedge[-1].isspace(), _hedge
    _HEDGES_BY_END[_hedge[-_HEDGE_KEY:]] = (*_HEDGES_BY_END.get(_hedge[-_HEDGE_KEY:], ()), _hedge)
