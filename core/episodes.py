"""Episodes: the sentences of one article that tell of another event or time than its story, read from their words.

News stories recall earlier events in the background ("The same island was hit by a 6.1 quake in September. That
temblor killed at least six people, injured almost 50 ..."; "In February, a gunman killed five people at a shopping
mall"). Their counts are not the story's: compared with another outlet's toll of the story they make false conflicts
("two vs nearly 50 injured"), and they make their own article look ambiguous about the story's toll, hiding a real
conflict (review-s27 finding 1). ``other_times(sentences)`` returns, per sentence index, the phrase that places the
sentence elsewhere: a time phrase the story's lead does not state ("in September", "last year", "eight years ago",
"earlier this year", "in 2003"), a reference to another event ("another shooting", "an earlier quake"), or, for a
sentence opening on a demonstrative ("That temblor ...", "The earlier attack ..."), the phrase of the sentence before.
A time phrase the lead states too is the story's own time (a trial's report of a shooting "two years ago", a man
"fired last week" in the lead), never another episode. ``episode_scope`` turns it into a figure's scope (facts key
counts by scope: unequal values of two scopes never conflict, ``core/facts.py``).

Reads the sentences of one article only; never looks at other articles, never finds figures (``core/figures``
does) and imports nothing of the project.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The story's own time is what its lead states: the headline and the first body sentences. Tuning (ECB+ 1-35 and
# the clusters < 600000): a follow-up's lead names the event's time ("in 2005", "two years ago", "last year") in its
# first two sentences after the headline; background times came later in every case read.
LEAD_SENTENCES = 3

_MONTHS = ("(?-i:January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)")  # fmt: skip
_EVENTS = (r"(?:earth)?quakes?|temblors?|tremors?|shootings?|attacks?|incidents?|crash(?:es)?|bombings?|blasts?|"
           r"explosions?|fires?|storms?|raids?|accidents?|rampages?|massacres?|killings?|murders?|disasters?|"
           r"floods?|hurricanes?|typhoons?|cyclones?|outbreaks?")  # fmt: skip
# Another time than the story's: a month with no day ("in September", "in early March"; "on September 12" is a date
# the figures read), a past period ("last year", "eight years ago", "two weeks earlier", "earlier this year"), a year
# ("in 2003", "back in 1967").
_TIME = re.compile(
    rf"\b(?:(?:back\s+)?in\s+(?:(?:early|late|mid)[-\s]+)?(?P<month>{_MONTHS})(?!\s*\d)(?:\s+(?:19|20)\d\d)?"
    r"|last\s+(?P<last>year|month|spring|summer|fall|autumn|winter)"
    r"|(?P<ago>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+few)\s+"
    r"(?:years?|months?|decades?)\s+(?:ago|earlier|before))"
    r"|earlier\s+this\s+(?P<this>year|month)"
    r"|(?:back\s+)?in\s+(?P<year>(?:19|20)\d\d))\b",
    re.I,
)
# Another event: "another shooting", "a separate attack", "an earlier quake", "a previous incident".
_OTHER = re.compile(rf"\b(?:another|a\s+separate|an\s+earlier|a\s+previous|an\s+unrelated|a\s+similar)\s+(?:\w+\s+)?"
                    rf"(?:{_EVENTS})\b", re.I)  # fmt: skip
# A sentence that goes on about the episode of the sentence before: "That temblor killed ...", "Those attacks ...".
_DEMONSTRATIVE = re.compile(rf"^\W*(?:That|Those|The\s+earlier|The\s+previous|The\s+(?:same|earlier)\s+\w+)\s+"
                            rf"(?:\w+\s+)?(?:{_EVENTS})\b")  # fmt: skip


def _phrase(text: str) -> str:
    """A phrase as a scope reads it: whitespace folded, its first word in lower case unless a month ("in
    September", "last year", "eight years ago")."""
    words = text.split()
    if words and not _ANY_MONTH.fullmatch(words[0]):
        words[0] = words[0].lower()
    return " ".join(words)


def _times(sentence: str) -> list[tuple[str, str]]:
    """Each time phrase of a sentence with the time it names: ("in September", "month sep"), ("last year", "last
    year"), ("in 2003", "year 2003"), ("eight years ago", "eight years ago")."""
    found = []
    for m in _TIME.finditer(sentence):
        if m.group("month"):
            named = "month " + m.group("month").lower()[:3]
        elif m.group("year"):
            named = "year " + m.group("year")
        else:
            named = " ".join(m.group(0).lower().split())
        found.append((_phrase(m.group(0)), named))
    return found


_ANY_MONTH = re.compile(rf"\b(?:{_MONTHS})", re.I)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _lead_times(lead: str) -> set[str]:
    """The times a lead names: its time phrases, and every month and year it states ("on September 12", "2010")."""
    named = {t for _p, t in _times(lead)}
    named.update("month " + m.group(0).lower()[:3] for m in _ANY_MONTH.finditer(lead))
    named.update("year " + m.group(0) for m in _ANY_YEAR.finditer(lead))
    return named


# Text every match of a pattern holds, so an ASCII sentence holding none of it is not scanned: the scans cost ~25 us a
# sentence (0.2 s of the 100k-word pair, 0.7 s of two 2 MB files), the test ~5 us; _TIME matched in none of the pair's
# sentences (tests/core/test_episodes.py holds the lists to the patterns). _TIME: a month as it is written, in its
# capitals (the pattern reads months case-sensitively: "may" and "Mar" in "Market" name none), or in the lower-cased
# text "last", "year" / "month" / "decade" ("years ago", "earlier this month") or a year's "19" / "20". Months
# looked for in lower case too let three times as many of bench/scale.py's 2 MB files' sentences through ("mar",
# "nov", "dec" inside words).
_TIME_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TIME_NEEDS = ("last", "year", "month", "decade", "19", "20")
_OTHER_NEEDS = ("another", "separate", "earlier", "previous", "unrelated", "similar")


def _may_hold(needs: Sequence[str], lowered: str | None) -> bool:
    """Whether text (lower-cased, or None when it is not ASCII: re.I folds "ſ" onto "s") may hold a match of a
    pattern every match of which holds one of ``needs``."""
    return lowered is None or any(need in lowered for need in needs)


def _may_name_time(sentence: str, lowered: str | None) -> bool:
    """Whether ``sentence`` (``lowered``: as ``_may_hold`` takes it) may hold a match of _TIME."""
    return _may_hold(_TIME_NEEDS, lowered) or any(month in sentence for month in _TIME_MONTHS)


def other_times(sentences: Sequence[str]) -> dict[int, str]:
    """Per sentence index (in ``sentences``, one article's content sentences in order), the phrase that tells of
    another event or time than the story's; sentences of the story are left out."""
    lead = _lead_times(" ".join(sentences[:LEAD_SENTENCES]))
    out: dict[int, str] = {}
    for k, sentence in enumerate(sentences):
        if k < LEAD_SENTENCES:
            continue
        lowered = sentence.lower() if sentence.isascii() else None
        other = _OTHER.search(sentence) if _may_hold(_OTHER_NEEDS, lowered) else None
        if other:
            out[k] = _phrase(other.group(0))
            continue
        # The first time phrase the lead does not name: the lead's own time is the story's.
        times = _times(sentence) if _may_name_time(sentence, lowered) else ()
        phrase = next((p for p, named in times if named not in lead), None)
        if phrase is not None:
            out[k] = phrase
        elif k - 1 in out and _DEMONSTRATIVE.match(sentence):
            out[k] = out[k - 1]
    return out


def episode_scope(unit: str, scope: str, episode: str) -> str:
    """The scope of a figure of a sentence told of ``episode`` (another event or time, "" for the story's): counts
    ("at least six people killed", "dozens") take the episode's phrase unless they have a scope of their own ("since
    Nov. 27"); dates, times, ages and measures keep theirs (their values tell them apart)."""
    return f"({episode})" if episode and not scope and unit in ("", "vague") else scope
