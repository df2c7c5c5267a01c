"""The passes that read figures out of one sentence, in order, and the small readers they share.

``find_figures(sentence, settings)`` runs ``PASSES`` over a shared ``_Scan`` (the spans claimed so far), then
``roles`` attaches hedges and what each count counts. Words come from ``lexicon.py``, patterns from
``patterns.py``, knobs from ``knobs.py``. Reads one sentence at a time, never other sentences or articles.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from . import lexicon as lx
from . import needs as needs_module
from . import patterns as pt
from .knobs import DEFAULT_FIGURE_SETTINGS, FigureSettings


@dataclass(frozen=True)
class FoundFigure:
    """One figure in a sentence: ``text == sentence[start:end]``; ``high`` is the upper end of a range."""

    text: str
    value: float
    start: int
    end: int
    qualifier: str = ""
    counts: str = ""
    unit: str = ""
    high: float | None = None
    scope: str = ""  # what narrows a toll: "since November 27", "this year"

    def __init__(
        self, text: str, value: float, start: int, end: int, qualifier: str = "", counts: str = "", unit: str = "",
        high: float | None = None, scope: str = "",
    ) -> None:
        # The fields set at once through the instance's dict: the generated __init__ of a frozen dataclass sets
        # them one at a time through object.__setattr__ (~4 us of a figure's ~60).
        vars(self).update(text=text, value=value, start=start, end=end, qualifier=qualifier, counts=counts,
                          unit=unit, high=high, scope=scope)  # fmt: skip


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    value: float
    unit: str = ""
    high: float | None = None
    kind: str = "count"  # count | article | word_one | fixed (dates, times, ages, addresses: no context read)
    scaled: bool = False
    zone: str = ""  # a time's: "GMT" for universal time ("0440 GMT"), else "" (the place's own clock)


_WORD_PARTS = re.compile(rf"[\s{pt.COMPOUND_DASHES}]+")


def _parse_number_words(text: str) -> float | None:
    """ "four million" -> 4e6, "twenty-five" -> 25, "a dozen" -> 12, "one hundred and five" -> 105."""
    words = _WORD_PARTS.split(text.lower())
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = 1
            seen = True
        elif w == "several":
            current = 3
            seen = True
        elif w == "few":
            current = 2
            seen = True
        elif w in lx.SMALL:
            current += lx.SMALL[w]
            seen = True
        elif w in lx.TENS:
            current += lx.TENS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in lx.SCALES:
            total += (current or 1) * lx.SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


_NO_GROUPS = str.maketrans("", "", ", " + pt.GROUP_SPACES)  # "1,200", "1\u202f200", "1, 200" -> "1200"


@functools.lru_cache(maxsize=lx.WORD_CACHE_SIZE)
def _parse_digits(text: str) -> tuple[float, bool]:
    """ "1,200" -> 1200; "3.5 million" -> 3.5e6; returns (value, has_scale_word)."""
    m = pt.DIGITS_AND_SCALE.match(text)
    assert m is not None
    value = float(m.group(1).translate(_NO_GROUPS))
    scale = m.group(2).lower()
    if scale in lx.SCALES:
        return value * lx.SCALES[scale], True
    short = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12}
    if scale in short:
        return value * short[scale], True
    return value, False


class _Mask:
    """Characters already claimed by a figure or a skipped span: O(span) checks, however many spans there are."""

    def __init__(self, size: int) -> None:
        self.bits = bytearray(size + 1)

    def append(self, span: tuple[int, int]) -> None:
        self.bits[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    def hit(self, start: int, end: int) -> bool:
        return 1 in self.bits[start:end]


def _overlaps(spans: _Mask | list[tuple[int, int]], start: int, end: int) -> bool:
    if isinstance(spans, _Mask):
        return spans.hit(start, end)
    return any(s < end and start < e for s, e in spans)


@functools.cache
def _word_tokens(count: int) -> re.Pattern[str]:
    """WORD_TOKEN up to ``count`` times in a row, each word its own group: one match instead of one per word. Each
    repetition is optional and nothing after it can fail, so each group is what WORD_TOKEN alone matches where the
    one before ended (tests/core/test_figures_guards.py compares)."""
    one = pt.WORD_TOKEN.pattern
    return re.compile(f"(?:{one}" * count + ")?" * count, pt.WORD_TOKEN.flags)


# What a word after a count does to its noun phrase (_noun_after), by the word alone.
_STEP_DIGIT, _STEP_ROLE_NOUN, _STEP_BREAK, _STEP_WORD, _STEP_LAST = range(5)
# Abbreviations whose full stop does not end the phrase ("two U.S. soldiers").
_ABBREVIATIONS = frozenset({"u.s", "u.k", "st", "jr", "sr", "dr", "mr", "mrs", "ms", "gen", "sgt", "lt", "col", "capt",
                            "cpl", "pvt", "rep", "sen", "gov"})  # fmt: skip
_NOT_ROLE_NOUNS = frozenset({"dead", "killed", "injured", "wounded", "missing", "displaced"})


class _Token(NamedTuple):
    """One word after a count as ``_noun_after`` reads it (a pure function of the word, so remembered)."""

    word: str  # lower case without its final stops; "" for an age ("25-year-old"), which only modifies
    # _STEP_DIGIT (a modifier: read on), _STEP_ROLE_NOUN (the phrase ends with it), _STEP_BREAK (it ends before
    # it), _STEP_WORD (read on), _STEP_LAST (its full stop ends the sentence)
    step: int
    trim: int  # characters of a final full stop left out of the phrase's end
    role: str | None  # the role the word states as a noun ("deaths": killed), None when it states none
    head: str | None  # its canonical plural when it can head a plural phrase ("officers"), else None
    noun: str | None  # its canonical noun when it can be a singular count's noun (not a modifier), else None
    verb_like: bool  # ends in "ed" ("a 3-year-old shocked ...": a verb after the age)


@functools.lru_cache(maxsize=lx.WORD_CACHE_SIZE)
def _token(raw: str) -> _Token:
    w = raw.lower().rstrip(".")
    if raw[0].isdigit():
        return _Token("", _STEP_DIGIT, 0, None, None, None, False)
    trim = 0
    if w in lx.ROLE_NOUNS and w not in _NOT_ROLE_NOUNS:
        step = _STEP_ROLE_NOUN
    elif (w in lx.STOP or w in lx.ROLE_STOP or w in lx.NUMBER_WORDS
          or (w.endswith("ly") and w not in ("family", "ally"))
          or (w.endswith("ing") and w not in ("siblings", "offspring", "ring", "king"))):  # fmt: skip
        step = _STEP_BREAK
    else:
        trim = 1 if raw.endswith(".") and "." not in raw[:-1] else 0
        step = _STEP_LAST if raw.endswith(".") and w not in _ABBREVIATIONS else _STEP_WORD
    head = lx.canon_noun(w) if w and "." not in w and lx.is_plural(w) and w not in lx.MODIFIERS else None
    noun = lx.canon_noun(w) if w and w not in lx.MODIFIERS else None
    return _Token(w, step, trim, lx.ROLE_NOUNS.get(w), head, noun, w.endswith("ed"))


def _phrase_words(tokens: re.Match[str]) -> list[tuple[_Token, int]]:
    """A noun phrase's words, each with its end offset, read in one walk: up to a break (left out) or a role noun or
    full stop (kept)."""
    words: list[tuple[_Token, int]] = []
    for k, raw in enumerate(tokens.groups(), 1):
        if raw is None:
            break
        token = _token(raw)
        step = token.step
        if step == _STEP_BREAK:
            break
        words.append((token, tokens.end(k) - token.trim))
        if step in (_STEP_ROLE_NOUN, _STEP_LAST):
            break
    return words


def _noun_after(
    sentence: str, pos: int, singular: bool, of_ok: bool = False, max_words: int = 4,
    of_the: re.Match[str] | bool | None = True,
) -> tuple[str, int, str]:
    """The counted noun after ``pos``: (canonical noun, end offset of the phrase, role the noun itself states).

    ``of_ok``: a vague or scaled number takes its noun after "of" ("dozens of soldiers", "millions of people").
    ``of_the``: ``OF_THE.match(sentence, pos)`` when the caller has it (True: look here).
    """
    of = (pt.OF_THE.match(sentence, pos) if of_the is True else of_the) or (
        pt.OF.match(sentence, pos) if of_ok else None
    )
    if of:
        pos = of.end()
    tokens = _word_tokens(max_words).match(sentence, pos)  # the next max_words words at once
    assert tokens is not None  # every repetition is optional: it always matches
    words = _phrase_words(tokens)
    if not singular:
        # The head of an English noun phrase is its last noun: "two Capitol Police officers" counts officers: the
        # last plural noun before a word stating a role.
        head, head_end = "", -1
        for token, end in words:
            if token.role is not None:
                return head, end, token.role
            if token.head is not None:
                head, head_end = token.head, end
        if head_end < 0:
            return "", pos, ""
        both = _AND_WORD.match(sentence, head_end) if head in lx.PERSON_CANON else None
        if both and lx.is_plural(both.group(1)) and lx.canon_noun(both.group(1).lower()) in lx.PERSON_CANON:
            return "people", both.end(), ""  # "five men and women were injured": people, whoever they are
        return head, head_end, ""
    if not words:
        return "", pos, ""
    for k, (token, e) in enumerate(words):
        if token.word and k and not words[k - 1][0].word and token.verb_like:
            return "people", words[k - 1][1], ""  # "a 3-year-old shocked ...": a verb after the age
        if token.noun is not None:
            return token.noun, e, token.role or ""
    if not words[0][0].word:
        return "people", words[0][1], ""  # "a 17-year-old was killed": the age stands for a person
    return "", pos, ""


_ROLE_OF_GROUP = {"k": lx.KILLED, "i": lx.INJURED, "s": lx.SHOT, "a": lx.ARRESTED, "m": lx.MISSING, "d": lx.DISPLACED,
                  "r": lx.RESCUED}  # fmt: skip


_PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being|be|get|got|have\s+been|had\s+been)\b", re.I)
_TRANSITIVE = frozenset({"killed", "shot", "wounded", "injured", "hurt", "murdered", "saved", "rescued"})


def _role_after(sentence: str, pos: int) -> str:
    """The role a verb right after ``pos`` states ("were killed"), unless the verb is active with an object: "a
    gunman killed two people" does not say the gunman was killed."""
    m = pt.ROLE_AFTER.match(sentence, pos)
    if not m:
        return ""
    group = m.lastgroup or "k"
    verb = m.group(group)
    lead = sentence[pos : m.start(group)]
    if (not pt.ANY_LETTER.search(lead) and verb.split()[-1].lower() in _TRANSITIVE
            and pt.ACTIVE_OBJECT.match(sentence, m.end())):  # fmt: skip
        return ""
    if group == "r" and pt.ANY_LETTER.search(lead) and not _PASSIVE.search(lead):
        return ""  # "Smith, 26 likely saved many lives": the rescuer; "42 were rescued", "42 rescued": the rescued
    if group == "i" and pt.CARE_FORM.search(verb) and pt.ILLNESS.search(sentence):
        return ""  # "hospitalized with food poisoning": the sick, not the injured
    return _ROLE_OF_GROUP[group]


def _may_open_role(sentence: str, pos: int) -> bool:
    """Whether ROLE_AFTER may match at ``pos`` of an ASCII sentence: the letters after the spaces and comma it opens
    with are an auxiliary's, a role form's first word or end in "ly" (patterns.ROLE_AFTER_LEAD_WORDS; none: no)."""
    lead = pt.LEAD_WORD_AFTER_COMMA.match(sentence, pos).group(1).lower()  # type: ignore[union-attr]
    return lead in pt.ROLE_AFTER_LEAD_WORDS or lead.endswith("ly")


def _may_open_unit(sentence: str, pos: int) -> bool:
    """Whether UNIT_AFTER may match at ``pos`` of an ASCII sentence: the letters after the spaces are a unit's first
    letters (patterns.UNIT_LEAD_WORDS), or there are none ("%", "-mile" open with none)."""
    return pt.LEAD_WORD.match(sentence, pos).group(1).lower() in _UNIT_LEADS  # type: ignore[union-attr]


def _role_before(left: str, max_gap: int = 4) -> str:
    """The role stated by the last casualty verb in ``left`` when only filler words follow it ("killing a total of")."""
    matches = list(pt.ROLE_BEFORE.finditer(left))
    if not matches:
        return ""
    m = matches[-1]
    if m is None:
        return ""
    gap = left[m.end() :].lower().split()
    if len(gap) > max_gap or any(g not in lx.ROLE_GAP_OK for g in gap):
        return ""
    if "by" in gap and not any(g in lx.CHANGE_UP for g in gap):
        return ""  # "the toll rose by 2" counts the dead; "shot by a male suspect" names who shot
    for name, role in (("k", lx.KILLED), ("i", lx.INJURED), ("s", lx.SHOT), ("a", lx.ARRESTED), ("d", lx.DISPLACED)):
        if m.group(name):
            return role
    return ""


def _toll_named(sentence: str, lo: int, end: int) -> str:
    """``KILLED`` when sentence[lo:end] names a death toll and ends with the word that gives its count ("the death
    toll from the quake has risen to"), else ""."""
    return lx.KILLED if pt.TOLL_TO.search(sentence, lo, end) else ""


def _clause_start(sentence: str, lo: int, hi: int) -> int:
    """Offset after the last clause break in sentence[lo:hi]."""
    start = lo
    for m in pt.CLAUSE_BREAK.finditer(sentence, lo, hi):
        start = m.end()
    return start


def _qualifier_at(
    sentence: str, start: int, floor: int, lookback: int = 20, ascii_text: bool | None = None
) -> tuple[str, int]:
    """The canonical hedge right before ``start`` and where it begins (``start`` when there is none)."""
    lo = max(floor, start - lookback)
    if USE_GUARDS and (sentence.isascii() if ascii_text is None else ascii_text):
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


def _qualifier(sentence: str, start: int, floor: int, lookback: int = 20, ascii_text: bool | None = None) -> str:
    return _qualifier_at(sentence, start, floor, lookback, ascii_text)[0]


def _not_a_hedge(sentence: str, at: int, text: str, unit: str, value: float, singular: bool) -> bool:
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


# ---------------------------------------------------------------------------------------------------------------
# The passes. Each reads the sentence and the spans already claimed, and claims spans of its own; the order is
# the order of ``PASSES``: noise first, then fixed kinds (dates, times, ages, addresses) that must claim their
# digits before counts can, then counts, their units, ranges, years, "a man", and last the roles.
# ---------------------------------------------------------------------------------------------------------------


_Nouns = dict[tuple[int, bool, bool], tuple[str, int, str]]


@dataclass
class _Scan:
    """The state the passes share while reading one sentence."""

    sentence: str
    settings: FigureSettings
    has_digit: bool
    words: frozenset[str] | None  # its words in lower case when it is ASCII text (for the guards), else None
    blocked: _Mask  # characters claimed by a figure or skipped as noise
    taken: _Mask  # characters claimed by a count candidate
    raws: list[_Raw] = field(default_factory=list)  # figures settled, fixed kinds and counts alike
    cands: list[_Raw] = field(default_factory=list)  # count candidates before units, ranges and years
    multiples: list[tuple[int, int, float, str]] = field(default_factory=list)  # "a triple shooting"
    role_words: bool | None = None  # whether ROLE_BEFORE may match (patterns.ROLE_BEFORE_NEEDS), once asked
    role_after_words: bool | None = None  # whether ROLE_AFTER may match (patterns.ROLE_AFTER_NEEDS), once asked
    lowered: str | None = None  # the sentence in lower case, once asked
    role_after_calls: int = 0
    role_spots: tuple[list[int], list[int]] | None = None  # where ROLE_BEFORE's needed strings lie, once asked
    hints: dict[int, bool] | None = None  # whether each guard hint (by identity) was found, once asked
    # Where each span skip_noise left out starts -> its end (model names, codes, stations): a count right before one
    # takes its noun after it ("14 AK - 47 rifles" counts rifles).
    skipped: dict[int, int] = field(default_factory=dict)
    nouns: _Nouns = field(default_factory=dict)  # noun_after's answers, by (offset, singular, of_ok)

    def noun_after(
        self, pos: int, singular: bool, of_ok: bool = False, of_the: re.Match[str] | bool | None = True
    ) -> tuple[str, int, str]:
        """``_noun_after`` of the sentence (``of_the`` as there), remembered: years, articles, roles and events ask it
        of the same counts (on bench/scale.py's figures8k events asked it again of nearly every count: ~9% of the
        time finding figures)."""
        key = (pos, singular, of_ok)
        found = self.nouns.get(key)
        if found is None:
            found = self.nouns[key] = _noun_after(self.sentence, pos, singular, of_ok, self.settings.noun_words, of_the)
        return found

    def find(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """Matches of a pattern in the sentence, unless its guard (patterns.WORD_NEEDS, HINTS) says there is none:
        ``_may_match``, inlined (asked ~20 times a sentence), with each hint searched once a sentence (the month hint
        guards three date patterns)."""
        if USE_GUARDS:
            guard = _GUARDS.get(id(pattern))
            if guard is not None:
                need, hint, either = guard
                words = self.words
                if words is not None and (
                    (need is not None and words.isdisjoint(need))
                    or (either is not None and words.isdisjoint(either[0]) and not self.hinted(either[1]))
                ):
                    return ()
                if hint is not None and not self.hinted(hint):
                    return ()
        return pattern.finditer(self.sentence)

    def hinted(self, hint: re.Pattern[str]) -> bool:
        """Whether the sentence holds a match of a guard's hint, searched once a sentence."""
        if self.hints is None:
            self.hints = {}
        found = self.hints.get(id(hint))
        if found is None:
            found = self.hints[id(hint)] = hint.search(self.sentence) is not None
        return found

    def digits(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """Matches of a pattern that needs a digit; most sentences have none, and each scan costs (~0.1 ms)."""
        return self.find(pattern) if self.has_digit else ()

    def role_before(self, lo: int, end: int) -> str:
        """``_role_before`` of the clause of sentence[lo:end] that ends at ``end``; "" at once when the sentence
        holds no casualty word."""
        if not self.may_role_before() or not self.role_text_within(lo, end):
            return ""
        start = _clause_start(self.sentence, lo, end)
        return _role_before(self.sentence[start:end], self.settings.role_gap_words)

    def role_after(self, pos: int) -> str:
        """``_role_after`` at ``pos``; "" at once when the sentence holds no word a role verb after a count needs
        (asked from the ROLE_AFTER_GUARD_FROM-th count on: the test costs as much as a few matches)."""
        if USE_GUARDS and self.words is not None and not _may_open_role(self.sentence, pos):
            return ""
        self.role_after_calls += 1
        if self.role_after_calls >= ROLE_AFTER_GUARD_FROM and not self.may_role_after():
            return ""
        return _role_after(self.sentence, pos)

    def may_role_before(self) -> bool:
        if self.role_words is None:
            self.role_words = self.may_hold(pt.ROLE_BEFORE_NEEDS)
        return self.role_words

    def role_text_within(self, lo: int, end: int) -> bool:
        """Whether sentence[lo:end] may hold a match of ROLE_BEFORE: in ASCII text, whether one of the strings every
        match holds (patterns.ROLE_BEFORE_NEEDS) lies wholly inside it. The sentence is searched for them once; then
        each count's window is one binary search instead of a clause scan and a ROLE_BEFORE scan (~10 us)."""
        if not USE_GUARDS or self.words is None or pt.ROLE_BEFORE_NEEDS is None:
            return True
        if self.role_spots is None:
            if self.lowered is None:
                self.lowered = self.sentence.lower()
            self.role_spots = _spots(self.lowered, pt.ROLE_BEFORE_NEEDS)
        starts, ends = self.role_spots
        k = bisect.bisect_left(starts, lo)
        return k < len(starts) and ends[k] <= end

    def may_role_after(self) -> bool:
        if self.role_after_words is None:
            self.role_after_words = self.may_hold(pt.ROLE_AFTER_NEEDS)
        return self.role_after_words

    def may_hold(self, needs: frozenset[str] | None) -> bool:
        """Whether a pattern needing ``needs`` (patterns.py, derived by needs.py) may match this sentence."""
        if not USE_GUARDS or self.words is None:
            return True
        if self.lowered is None:
            self.lowered = self.sentence.lower()
        return needs_module.may_hold(needs, self.lowered)

    def free(self, start: int, end: int) -> bool:
        return not self.blocked.hit(start, end)

    def claim(self, r: _Raw) -> None:
        self.raws.append(r)
        self.blocked.append((r.start, r.end))


def _spots(lowered: str, needs: frozenset[str]) -> tuple[list[int], list[int]]:
    """Every place one of ``needs`` occurs in ``lowered``: their starts in order and, for each, the smallest end of an
    occurrence starting there or later (so "one lies wholly inside [lo, end)" is ``ends[k] <= end`` for the first
    start ``k`` at or after lo)."""
    spots = []
    for need in needs:
        at = lowered.find(need)
        while at >= 0:
            spots.append((at, at + len(need)))
            at = lowered.find(need, at + 1)
    spots.sort()
    starts = [a for a, _b in spots]
    ends = [b for _a, b in spots]
    for k in range(len(ends) - 2, -1, -1):
        ends[k] = min(ends[k], ends[k + 1])
    return starts, ends


def ordinals(scan: _Scan) -> None:
    """An ordinal that counts events in a time frame ("the third fatal accident on the lake since 2019", "a 4th win in
    a row"): unit ``ordinal``, value its number; other ordinals stay no figure (skipped as noise)."""
    for m in scan.find(pt.ORDINAL_COUNT):  # guarded by its words, "4th" among them
        word = m.group("o").lower()
        value = lx.ORDINAL_WORDS.get(word) or int(word[:-2])
        if scan.free(m.start("o"), m.end("o")):
            scan.claim(_Raw(m.start("o"), m.end("o"), float(value), "ordinal", kind="fixed"))


_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


def numeric_dates(scan: _Scan) -> None:
    """ "27/09/2013", "27 / 09 / 2013": a date when one number can only be the day (``patterns.NUMERIC_DATE``), else no
    figure (before the noise scan, which skips "27/09/2013" as a ratio)."""
    for m in scan.digits(pt.NUMERIC_DATE):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if a > 12 else (b, a)  # "27 / 09", "09/27"
        if 1 <= month <= 12 < day <= 31 and scan.free(m.start(), m.end()):
            scan.claim(_Raw(m.start(), m.end(), month * 100 + day, "date", kind="fixed"))
        else:
            scan.blocked.append((m.start(), m.end()))  # "12/03/2026": day or month first, unknown


def skip_noise(scan: _Scan) -> None:
    """URLs, e-mail and phone numbers, stations, ordinals, model names, codes: never figures."""
    for m in scan.find(pt.SKIP_WEB):
        scan.blocked.append((m.start(), m.end()))
    s = scan.sentence
    for m in scan.find(pt.DESIGNATION):
        scan.blocked.append((m.start("n"), m.end("n")))  # "day two, three and four": which days, not how many
    for m in scan.digits(pt.SKIP):
        if pt.DATE_DM.match(s, m.start()) or (m.start() > 0 and s[m.start() - 1] == "$"):
            continue  # "3rd of August"; "$US1", "$A2.5m": a sign and its country, no model name
        if s[m.end() - 2 : m.end()].lower() in _ORDINAL_ENDS and pt.MONTH_BEFORE.search(s, max(0, m.start() - 12),
                                                                                         m.start()):
            continue  # "August 2nd", "Aug. 2nd": the day of a date
        scan.blocked.append((m.start(), m.end()))
        scan.skipped[m.start()] = m.end()


def decades(scan: _Scan) -> None:
    """ "the 1990s" is the year 1990's decade, not a count."""
    for m in scan.digits(pt.DECADE):
        if scan.free(m.start("y"), m.end()):
            scan.claim(_Raw(m.start("y"), m.end(), float(m.group("y")), "year", kind="fixed"))


def fractions(scan: _Scan) -> None:
    """Proper fractions ("2 1/2", "½"); "24/7" and "9/11" are not."""
    for m in scan.find(pt.FRACTION):
        if not scan.free(m.start(), m.end()):
            continue
        if m.group("u"):
            value = int(m.group("w2") or 0) + lx.UNICODE_FRACTIONS[m.group("u")]  # "½", "2½"
        elif int(m.group("n")) < int(m.group("d")) and int(m.group("d")) in lx.FRACTION_DENOMINATORS:
            value = int(m.group("w") or 0) + int(m.group("n")) / int(m.group("d"))
        else:
            continue
        scan.cands.append(_Raw(m.start(), m.end(), value))
        scan.blocked.append((m.start(), m.end()))


def _month(text: str) -> int:
    return lx.MONTHS[text.lower().rstrip(".")]


def dates(scan: _Scan) -> None:
    """ "Nov. 27", "27 November", "the Fourth of July" (value month*100+day); "March 2015" (a year)."""
    s = scan.sentence
    for m in scan.digits(pt.DATE_MD):
        day = int(m.group("d"))
        if m.group("m").lower() == "may" and s[max(0, m.start() - 1) : m.start()].isalpha():
            continue
        if 1 <= day <= 31 and scan.free(m.start(), m.end()):
            month = _month(m.group("m")) * 100
            last = None if m.group("y") else pt.DATE_LAST_DAY.match(s, m.end())  # "October 1 - 2": one span of days
            if last is not None and day < int(last.group("d")) <= 31 and scan.free(last.start(), last.end()):
                scan.claim(_Raw(m.start(), last.end(), month + day, "date", month + int(last.group("d")), kind="fixed"))
            else:
                scan.claim(_Raw(m.start(), m.end(), month + day, "date", kind="fixed"))
    for m in scan.digits(pt.DATE_DM):
        day = int(m.group("d"))
        if 1 <= day <= 31 and scan.free(m.start(), m.end()):
            scan.claim(_Raw(m.start(), m.end(), _month(m.group("m")) * 100 + day, "date", kind="fixed"))
    for m in scan.find(pt.DATE_ORD):
        if scan.free(m.start(), m.end()):
            day = lx.ORDINAL_WORDS[m.group("o").lower()]
            scan.claim(_Raw(m.start(), m.end(), _month(m.group("m")) * 100 + day, "date", kind="fixed"))
    for m in scan.digits(pt.ISO_DATE):  # "2026-03-12" was a year and a count "03-12" (review-s23 r33)
        if scan.free(m.start(), m.end()):
            scan.claim(_Raw(m.start(), m.end(), int(m.group("m")) * 100 + int(m.group("d")), "date", kind="fixed"))
    for m in scan.digits(pt.MONTH_YEAR):
        if scan.free(m.start(), m.end()):
            scan.claim(_Raw(m.start("y"), m.end("y"), float(m.group("y")), "year", kind="fixed"))


def _zone(s: str, end: int) -> tuple[str, int]:
    """The universal zone right after a time ending at ``end`` ("04:40 GMT", "6:40 a.m. UTC") and where it ends; ("",
    end) for local time or another zone."""
    z = pt.ZONE_AFTER.match(s, end)
    if z is None or z.group("z") not in pt.UNIVERSAL_ZONES:
        return "", end
    return "GMT", z.end()


def times(scan: _Scan) -> None:
    """Times of day: "10 a.m.", "3:15 p.m.", "22:40", "3 o'clock", "0440 GMT", "at 1100 hours" (value HHMM on 24 h);
    one in universal time ("GMT", "UTC") is zoned "GMT" and takes its zone into its text."""
    s = scan.sentence
    for m in scan.digits(pt.TIME):
        if not scan.free(m.start(), m.end()):
            continue
        if m.group("h") is not None:
            h, mi = int(m.group("h")), int(m.group("mi") or 0)
            pm = m.group("ap").lower().startswith("p")
            if h <= 12:  # "17:06 pm" (a 24-hour time with a needless pm) keeps its hour
                h = (h % 12) + (12 if pm else 0)
        elif m.group("h2") is not None:
            h, mi = int(m.group("h2")), int(m.group("mi2"))
        else:
            h, mi = int(m.group("h3")), 0
        zone, end = _zone(s, m.end())
        scan.claim(_Raw(m.start(), end, float(h * 100 + mi), "time", kind="fixed", zone=zone))
    for m in scan.digits(pt.ZONE_TIME):
        hour = m.group("h") or m.group("h1")
        start = m.start() if hour is not None else m.start("h2")
        if not scan.free(start, m.end()):
            continue
        mi = int(m.group("mi") if hour is not None else m.group("mi2"))
        if hour is not None and m.group(0).isdigit() and pt.YEAR_SHAPED.match(m.group(0)) and not \
                pt.TIME_CUE_BEFORE.search(s, max(0, start - 12), start):
            continue  # "a 2012 UTC grad" (a university): a year-shaped time needs "at", "(" ... before it
        zone, end = _zone(s, m.end())
        scan.claim(_Raw(start, end, float(int(hour or m.group("h2")) * 100 + mi), "time", kind="fixed", zone=zone))
    for m in scan.find(pt.TIME_WORD):
        if scan.free(m.start(), m.end()):
            hhmm = 1200.0 if m.group("w").lower() == "noon" else 0.0
            scan.claim(_Raw(m.start(), m.end(), hhmm, "time", kind="fixed"))


_SCORE_NEXT = frozenset({"on", "in", "to", "at", "against", "over", "after", "before", "for", "with", "and", "but",
                         "as", "last", "this", "away", "when", "thanks"})  # fmt: skip


def scores(scan: _Scan) -> None:
    """A match's result: "beat Brask United 3-1", "the match ended 3-1", "a 3-1 win" (unit ``score``, value
    first*1000+second; after a win or loss word the winner's score first, so "lost 1-3" and "lost 3-1" are one
    result); never a range, so "3-1" / "2-1" and "3-1" / "1-3" (ended ... to Kellford) conflict (review-s23 F32)."""
    s, cfg = scan.sentence, scan.settings
    for m in scan.digits(pt.SCORE):
        after = m.group("after")
        if after is not None and after not in _SCORE_NEXT and after not in lx.SCORE_AFTER:
            continue  # "3-1 seats": a count follows
        start = _clause_start(s, max(0, m.start() - cfg.score_lookback), m.start())
        before = [w.lower() for w in pt.SCORE_WORDS.findall(s, start, m.start())]
        cues = [w for w in before if w in lx.SCORE_BEFORE]
        if not cues and after not in lx.SCORE_AFTER:
            continue
        if not scan.free(m.start(), m.end()):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if any(w in lx.WIN_WORDS for w in (*cues, after or "")):
            a, b = max(a, b), min(a, b)
        scan.claim(_Raw(m.start(), m.end(), float(a * 1000 + b), "score", kind="fixed"))


def ages(scan: _Scan) -> None:
    """ "a 25-year-old", "aged 21 to 36", "Smith, 40,": ages, never counts."""
    for m in scan.find(pt.AGE):
        if not scan.free(m.start(), m.end()):
            continue
        a_txt = m.group("a") or m.group("a2")
        b_txt = m.group("b") or m.group("b2")
        a = float(a_txt) if a_txt.isdigit() else _parse_number_words(a_txt)
        b = (float(b_txt) if b_txt.isdigit() else _parse_number_words(b_txt)) if b_txt else None
        if a is None:
            continue
        unit = "age" if (m.group("u") or "year").lower() == "year" else f"age:{m.group('u').lower()}"
        if m.group("a2"):
            scan.claim(_Raw(m.start("a2"), m.end("b2") if b_txt else m.end("a2"), a, unit, b, kind="fixed"))
        else:
            scan.claim(_Raw(m.start(), m.end(), a, unit, b if b and b > a else None, kind="fixed"))
    for m in scan.digits(pt.AGE_LIST):
        for n in re.finditer(r"\d+", m.group("list")):
            start, end = m.start("list") + n.start(), m.start("list") + n.end()
            if int(n.group()) <= scan.settings.max_age and scan.free(start, end):
                scan.claim(_Raw(start, end, float(n.group()), "age", kind="fixed"))
    for m in scan.digits(pt.AGE_SHORT):  # "21 y/o"
        if int(m.group("a")) <= scan.settings.max_age and scan.free(m.start("a"), m.end()):
            scan.claim(_Raw(m.start("a"), m.end("a"), float(m.group("a")), "age", kind="fixed"))
    for m in scan.digits(pt.PERSON_AGE):
        if int(m.group("a")) <= scan.settings.max_age and scan.free(m.start("a"), m.end("a")):
            scan.claim(_Raw(m.start("a"), m.end("a"), float(m.group("a")), "age", kind="fixed"))
    for m in scan.digits(pt.AGE_APPOSITION):
        a = int(m.group("a"))
        if (m.group("name").lower() in lx.WEEKDAYS_MONTHS or a > scan.settings.max_age
                or not scan.free(m.start("a"), m.end("a"))):  # fmt: skip
            continue
        scan.claim(_Raw(m.start("a"), m.end("a"), float(a), "age", kind="fixed"))


def calibers(scan: _Scan) -> None:
    """ ".45-caliber", ".45 - caliber", "a. 357 revolver": a firearm's calibre, one figure (unit "caliber", value the
    digits however the dot and dash are spaced), never a count or a fraction."""
    for m in scan.digits(pt.CALIBER):
        digits = "d" if m.group("d") else "d2"
        dot = "dot" if digits == "d" else "dot2"
        start = m.start(dot) if m.group(dot) else m.start(digits)
        if scan.free(start, m.end()):
            scan.claim(_Raw(start, m.end(), float(m.group(digits)), "caliber", kind="fixed"))


def magnitudes(scan: _Scan) -> None:
    """ "a magnitude 5.6 earthquake", "a 6.1-magnitude quake", "5.6 on the Richter scale": a reading on a scale (unit
    ``magnitude``), never a count, so two readings of one quake agree or conflict as figures do."""
    for m in scan.digits(pt.MAGNITUDE):
        g = "a" if m.group("a") else "b" if m.group("b") else "c"
        if scan.free(m.start(g), m.end(g)):
            scan.claim(_Raw(m.start(g), m.end(g), float(m.group(g)), "magnitude", kind="fixed"))


def addresses(scan: _Scan) -> None:
    """Street numbers ("the 1200 block of", "3900 Graceland Ave"); roads and room numbers are skipped."""
    for m in scan.digits(pt.ADDRESS):
        if scan.free(m.start("n"), m.end("n")):
            scan.claim(_Raw(m.start("n"), m.end("n"), float(m.group("n")), "address", kind="fixed"))
    for m in scan.digits(pt.ROAD):  # every road or room number has a digit
        if m.start() == 0 or scan.sentence[m.start() - 1] != "$":  # "$US20,000" is no road "US 20"
            scan.blocked.append((m.start(), m.end()))


def multiples(scan: _Scan) -> None:
    """ "a triple shooting" states how many were shot as surely as "three people were shot"."""
    for m in scan.find(pt.MULTIPLE):
        role = lx.SHOT if m.group("k").lower() == "shooting" else lx.KILLED
        scan.multiples.append((m.start("w"), m.end("w"), float(lx.MULTIPLES[m.group("w").lower()]), role))
        scan.blocked.append((m.start("w"), m.end("w")))


def digit_counts(scan: _Scan) -> None:
    """Counts in digits ("25", "1,200", "3.5 million", "$2.1bn") and "half a dozen"."""
    blocked, taken, cands = scan.blocked.bits, scan.taken.bits, scan.cands
    for m in scan.digits(pt.DIGIT_NUM):
        start, end = m.span()
        if 1 in blocked[start:end]:  # scan.free, inlined: ~16,000 counts a second on long articles of figures
            tail = m.group().find(", ")  # "May 5, 200 people": a date holds the first group; the count is the last
            last = pt.DIGIT_NUM.match(scan.sentence, start + tail + 2) if tail > 0 else None
            if last is None or 1 in blocked[last.start() : last.end()]:
                continue
            m = last
            start, end = m.span()
        value, scaled = _parse_digits(m.group())
        cands.append(_Raw(start, end, value, "", None, "count", scaled))  # positional: ~0.5 us less a count
        taken[start:end] = b"\x01" * (end - start)  # scan.taken.append, inlined
    if "$" in scan.sentence:
        for m in scan.digits(pt.GLUED_CODE_NUM):  # "$US1 million": units() reads the sign and code before it
            start, end = m.span()
            if scan.free(start, end) and not scan.taken.hit(start, end):
                value, scaled = _parse_digits(m.group())
                cands.append(_Raw(start, end, value, "", None, "count", scaled))
                scan.taken.append((start, end))
    if "," in scan.sentence:
        for m in scan.digits(pt.DECIMAL_COMMA):  # "1,5 million euros", "2,5%" (review-s23 F30)
            start, end = m.span()
            if not scan.free(start, end) or scan.taken.hit(start, end):
                continue
            value = float(f"{m.group('i')}.{m.group('d')}")
            scale = (m.group("s") or "").strip().lower()
            if scale:
                value *= lx.SCALES.get(scale) or {"mn": 1e6, "bn": 1e9}[scale]
            cands.append(_Raw(start, end, value, "", None, "count", bool(scale)))
            scan.taken.append((start, end))  # (vague_counts puts the candidates in reading order)
    for m in scan.find(pt.HALF_DOZEN):
        if scan.free(m.start(), m.end()) and not scan.taken.hit(m.start(), m.end()):
            scan.cands.append(_Raw(m.start(), m.end(), 6.0, scaled=True))
            scan.taken.append((m.start(), m.end()))


_LETTER_WORDS = re.compile(r"[A-Za-z]+")
_SPACE = re.compile(r" +")
_AND_WORD = re.compile(r"\s+and\s+([A-Za-z]+)\b")
_WORD_AFTER = re.compile(r"[\s\-‐‑]+([A-Za-z]+)")
_DASH_SPACED = re.compile(r"\s*[-–]\s*")
_CODE_SPACE = re.compile(r"^((?:[A-Z]{1,3}|[A-Z][a-z][A-Z])) (?=\d)")


def _model_name(text: str) -> str:
    """A model name as a noun's modifier, one way however it is printed: "AK - 47", "AK 47", "AK-47" -> "AK-47";
    "Boeing 737 - 800" -> "Boeing 737-800"."""
    return _CODE_SPACE.sub(r"\1-", _DASH_SPACED.sub("-", " ".join(text.split())))


def _number_pieces(text: str) -> list[tuple[int, int]]:
    """Where a run of number words holds one number each (offsets into ``text``): English joins number words into
    one number only as a unit after a tens word ("twenty-five", "forty two"), a scale after a number ("four
    million", "two hundred") and words after a scale ("one hundred and five", "two thousand five hundred"); any
    other neighbours are two numbers ("three and four", "three four-year-olds"), never their sum."""
    pieces: list[tuple[int, int]] = []
    start = end = -1
    prev = ""  # what the last word of the current piece is: "lead" (a, an, several, few), unit, teen, tens, scale
    after_and = False
    for w in _LETTER_WORDS.finditer(text):
        word = w.group().lower()
        if word == "and":
            after_and = prev in ("hundred", "scale")
            if not after_and:  # "three and four": the number ends before "and"
                pieces.append((start, end))
                start, prev = -1, ""
            continue
        small = lx.SMALL.get(word)
        kind = ("lead" if word in ("a", "an", "several", "few") else "unit" if small is not None and small < 10
                else "teen" if small is not None else "tens" if word in lx.TENS else "hundred" if word == "hundred"
                else "scale" if word in lx.SCALES else "dozen")  # fmt: skip
        joins = start >= 0 and (
            prev == "lead"
            or (kind in ("hundred", "scale", "dozen") and prev in ("unit", "teen", "tens"))
            or (kind == "scale" and prev == "hundred" and not after_and)
            or (kind == "unit" and prev in ("tens", "hundred", "scale"))
            or (kind in ("teen", "tens") and prev in ("hundred", "scale"))
        )
        if not joins:
            if start >= 0:
                pieces.append((start, end))
            start = w.start()
        end, prev, after_and = w.end(), kind, False
    if start >= 0:
        pieces.append((start, end))
    return pieces


def word_counts(scan: _Scan) -> None:
    """Counts in words ("twenty-five", "four million", "a dozen", "two and a half", "several hundred"), one per
    number however the words run on ("three and four" is 3 and 4: ``_number_pieces``)."""
    for m in scan.find(pt.WORD_NUM):
        for a, b in _number_pieces(m.group(0)):
            _word_count(scan, m.start() + a, m.start() + b)


def _word_count(scan: _Scan, start: int, end: int) -> None:
    """The count the number words at ``start:end`` state, if they are one."""
    s, cfg = scan.sentence, scan.settings
    low = s[start:end].lower()
    if not scan.free(start, end) or scan.taken.hit(start, end):
        return
    if low in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
        return  # a bare scale word: "a hundred" is matched with its article; "hundred" alone is rare prose
    value = _parse_number_words(s[start:end])
    if value is None:
        return
    named = pt.NAMED_NUMBER.match(s, start)
    if named and named.end() >= end:
        return  # "the Ten Point Coalition": a name
    before = s[max(0, start - cfg.one_left_context) : start].lower()
    # "no one", "No-one", "no - one" (tokenised), "not one person": nobody, no count
    if low == "one" and (re.search(r"\b(?:no|not|any|every|some|each|the|that|this|which)(?:\s+|\s?[-–]\s?)$", before)
                         or re.match(r"\s+(?:another|of|in|by|after|on|at|day|time)\b",
                                     s[end : end + cfg.one_right_context], re.I)):  # fmt: skip
        return
    if low == "zero":
        after = _WORD_AFTER.match(s, end)
        if after and not lx.is_plural(after.group(1)) and after.group(1).lower() not in lx.STOP:
            return  # "a zero-day flaw", "the zero hour", "zero tolerance": a thing's name ("zero days" is a count)
    scaled = any(w in low for w in ("hundred", "thousand", "million", "billion", "dozen"))
    vague = low.startswith(("several", "a few"))
    half = pt.AND_A_HALF.match(s, end)
    if half:  # "two and a half"
        value += 0.5
        end = half.end()
        low = "half"
    raw = _Raw(start, end, value, scaled=scaled, kind="word_one" if low == "one" else "count")
    if vague:
        raw.unit = "vague"
        raw.high = value * cfg.several_high_factor
    scan.cands.append(raw)
    scan.taken.append((start, end))


def vague_counts(scan: _Scan) -> None:
    """ "dozens" (24..120), "hundreds of thousands" (200000..1000000): vague, with an upper bound."""
    cfg = scan.settings
    for m in scan.find(pt.VAGUE_NUM):
        start, end = m.start(), m.end()
        if not scan.free(start, end) or scan.taken.hit(start, end):
            continue
        base = 1.0
        for part in re.split(r"\s+of\s+", m.group(0).lower()):
            base *= lx.VAGUE[part]
        scan.cands.append(_Raw(start, end, base * cfg.vague_low_factor, "vague", base * cfg.vague_high_factor))
    scan.cands.sort(key=lambda r: r.start)


def units(scan: _Scan) -> None:
    """A currency sign before, or percent / currency word / measure after a count."""
    s = scan.sentence
    if not scan.cands:
        return
    signs = scan.may_hold(pt.CURRENCY_BEFORE_NEEDS)  # "$" in ASCII text (most sentences hold none)
    # ASCII text: the unit's first letters, read by one small match, are looked up before UNIT_AFTER is tried (its
    # ~100 alternatives cost ~3 us a count); no letters there ("25%", "25-mile", "25.") still try it.
    lead_guard = USE_GUARDS and scan.words is not None
    for c in scan.cands:
        cm = pt.CURRENCY_BEFORE.search(s[max(0, c.start - 4) : c.start]) if signs else None
        if cm and cm.group("c")[0].isalpha():
            at = c.start - len(cm.group(0))
            cm = None if s[max(0, at - 1) : at].isalnum() else cm  # a code inside a word ("FEUR 12")
        if cm and c.unit != "vague":
            code = lx.CURRENCY_SYMBOLS[cm.group("c").strip().lower()]
            c.start -= len(cm.group(0))
            sm = pt.CURRENCY_SHORT_SCALE.match(s, c.end)
            if sm and not c.scaled:
                c.value *= {"bn": 1e9, "mn": 1e6, "mm": 1e6, "m": 1e6, "k": 1e3}[sm.group("s").lower()]
                c.end = sm.end()
            c.unit = f"money:{code}"
            continue
        sc = pt.SCALED_CURRENCY.match(s, c.end) if not c.scaled and c.unit != "vague" else None
        if sc:  # "1.2m dollars" is money, never metres
            c.value *= {"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}[sc.group("s").lower()]
            c.unit = f"money:{lx.CURRENCY_WORDS[sc.group('u').lower()]}"
            c.end = sc.end()
            continue
        glued = s[c.end : c.end + 1]
        if (glued in ("C", "F") and s[c.end - 1].isdigit() and not s[c.end + 1 : c.end + 2].isalnum()
                and not pt.LABEL_BEFORE.search(s, 0, c.start)):  # fmt: skip
            c.unit = "degree" if glued == "C" else "degree:F"  # "6C", "43F": a temperature (not "Grade 3C")
            c.end += 1
            continue
        if lead_guard and not _may_open_unit(s, c.end):
            continue
        um = pt.UNIT_AFTER.match(s, c.end)
        if not um:
            continue
        u = re.sub(r"\s+", " ", um.group("u").lower())
        if u in ("%", "percent", "per cent", "percentcent", "pct") or u.startswith("per"):
            c.unit = "percentage points" if u.startswith("percentage") else "percent"
        elif u in lx.CURRENCY_WORDS and not (u in ("pound", "pounds") and um.group("sep") == "-"):
            c.unit = f"money:{lx.CURRENCY_WORDS[u]}"
            if u in ("cent", "cents"):
                c.value /= 100
        elif u in ("pound", "pounds"):
            c.unit = "money:GBP" if c.scaled or _money_pounds(scan, c.start, um.end()) else "mass:pound"
        elif u in ("m", "g") and um.group("sep") != "":
            continue  # "5 m" is too often something else to call it metres
        elif u in lx.MEASURES:
            c.unit = lx.MEASURES[u]
        if c.unit and c.unit != "vague":
            c.end = um.end()


_LETTER_RUNS = re.compile(r"[a-z]+")
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_IN_MONEY_AFTER = re.compile(r"\s+in\s+([a-z]+)", re.I)


def _money_pounds(scan: _Scan, start: int, end: int) -> bool:
    """Whether "pounds" after an unscaled number (sentence[start:end]) is sterling: the clause before it speaks of
    money ("fined 40,000 pounds", "a reward of 5,000 pounds"), the word after it is money's ("a 40,000-pound fine",
    "40,000 pounds in damages") or the sentence writes "£"; never "pounds of" anything, nor in a sentence of weight
    ("weighed 200 pounds", "30 pounds over a healthy weight"): lexicon.MONEY_WORDS, WEIGHT_WORDS (review-s23 F30)."""
    s = scan.sentence
    if _OF_AFTER.match(s, end):
        return False  # "1,100 pounds of an explosive chemical"
    if scan.lowered is None:
        scan.lowered = s.lower()
    low = scan.lowered
    if not lx.WEIGHT_WORDS.isdisjoint(_LETTER_RUNS.findall(low)):
        return False
    if "£" in s:
        return True
    lo = _clause_start(s, max(0, start - scan.settings.role_lookback), start)
    if not lx.MONEY_WORDS.isdisjoint(_LETTER_RUNS.findall(low, lo, start)):
        return True
    after = _IN_MONEY_AFTER.match(s, end) or pt.LEAD_WORD.match(s, end)
    return after is not None and after.group(1).lower() in lx.MONEY_WORDS


def compounds(scan: _Scan) -> None:
    """ "a four-door car", "a three-story house": a number fused into an adjective describes, it does not count."""
    s = scan.sentence
    kept = []
    for c in scan.cands:
        if not c.unit and (pt.COMPOUND_AFTER.match(s, c.end) or (c.value > 1 and pt.COMPOUND_SPACED.match(s, c.end))):
            scan.blocked.append((c.start, c.end))
            continue
        kept.append(c)
    scan.cands = kept


_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|to|a|an|per|each|in|for|from)\b)[A-Za-z]")


def ranges(scan: _Scan) -> None:
    """ "10 to 15", "10-15", "between 10 and 15", "two or three"; not "from 25 to 31", which is a change."""
    s, cfg = scan.sentence, scan.settings
    merged: list[_Raw] = []
    for c in scan.cands:
        if merged:
            p = merged[-1]
            gap = s[p.end : c.start]
            if pt.RANGE_JOIN.match(gap) is None:  # most neighbours: not joined as a range, nothing else to read
                merged.append(c)
                continue
            left = s[max(0, p.start - cfg.range_cue_lookback) : p.start].lower()
            word = gap.strip().lower()
            # "$140-150 million", "$5-10 and": the sign before the first bound is the second's currency too (not
            # "$20-30 people": a count follows)
            sign_first = (
                p.unit.startswith("money:") and c.unit == "" and gap.strip() in ("-", "–", "—")
                and (c.scaled or _NOUN_NEXT.match(s, c.end) is None)
            )  # fmt: skip
            ok = (
                pt.RANGE_JOIN.match(gap) is not None
                and p.high is None
                and (p.unit in ("", c.unit) or sign_first)
                and c.unit != "vague"
                and not pt.FROM_BEFORE.search(left)
                and not (word == "to" and pt.BY_BEFORE.search(left) and (p.unit or not c.unit))  # "rose by 2 to 19"
                and (word != "and" or pt.BETWEEN_BEFORE.search(left) is not None)
                and (word != "or" or c.value - p.value <= cfg.or_range_max_gap)
            )
            pv = p.value
            if ok and not p.scaled and c.scaled and c.value > pv:
                scale = next((v for k, v in lx.SCALES.items() if k in s[c.start : c.end].lower()), 1)
                if pv * scale <= c.value:
                    pv = pv * scale
            if ok and c.value > pv and not (cfg.year_min <= pv <= cfg.year_max and word in ("or", "and")):
                merged[-1] = _Raw(p.start, c.end, pv, c.unit or p.unit, c.value,
                                  p.kind if p.kind != "word_one" else "count", c.scaled)  # fmt: skip
                continue
        merged.append(c)
    scan.cands = merged


def years(scan: _Scan) -> None:
    """A bare 4-digit number in the plausible span with no noun after it is a year; then every count is settled."""
    s, cfg = scan.sentence, scan.settings
    for c in scan.cands:
        if (cfg.year_min <= c.value <= cfg.year_max and c.unit == "" and c.high is None
                and pt.FOUR_DIGITS.fullmatch(s, c.start, c.end)):  # fmt: skip
            noun, _e, _role = scan.noun_after(c.end, False)
            if not noun or pt.YEAR_BEFORE.search(s, max(0, c.start - cfg.year_cue_lookback), c.start):
                c.unit = "year"
                c.kind = "fixed"
    # scan.claim of each, at once
    scan.raws.extend(scan.cands)
    blocked = scan.blocked.bits
    for c in scan.cands:
        blocked[c.start : c.end] = b"\x01" * (c.end - c.start)
    scan.cands = []


def articles(scan: _Scan) -> None:
    """ "a man was killed": the article is a count only when a person noun and a casualty role follow."""
    s, cfg = scan.sentence, scan.settings
    if USE_GUARDS and scan.words is not None and _no_person(s, scan.has_digit, scan.words):
        return
    for m in pt.ARTICLE_OR_ONE.finditer(s):
        if not scan.free(m.start(), m.end()) or pt.OF.match(s, m.end()):
            continue  # "one of the victims" names one of a group, it does not count anybody
        if pt.NOT_BEFORE.search(s, max(0, m.start() - 6), m.start()):
            continue  # "Not one person was hurt", "not a single officer was hurt": nobody
        noun, nend, nrole = scan.noun_after(m.end(), True)
        if not noun or noun not in lx.PERSON_CANON:
            continue
        role = nrole or scan.role_after(nend)
        if not role:
            role = scan.role_before(max(0, m.start() - cfg.role_lookback), m.start())
        if role in (lx.KILLED, lx.INJURED, lx.SHOT):
            scan.claim(_Raw(m.start(), m.end(), 1.0, kind="article"))


# In order. Fixed kinds claim their digits before counts can; units, ranges and years refine the counts.
PASSES: tuple[Callable[[_Scan], None], ...] = (
    ordinals, magnitudes, numeric_dates, skip_noise, decades, fractions, dates, times, scores, calibers, ages,
    addresses, multiples, digit_counts, word_counts, vague_counts, units, compounds, ranges, years, articles,
)  # fmt: skip


def _time_hedge(sentence: str, start: int, floor: int, lookback: int) -> str:
    m = pt.TIME_QUALIFIER_BEFORE.search(sentence, max(floor, start - lookback), start)
    return lx.TIME_QUALIFIERS[m.group("q").lower()] if m else ""


def _time_event(sentence: str, start: int, lookback: int) -> str:
    """What a time of day times: the last event word before it in the sentence ("officers arrived ... at 8:30")."""
    last = ""
    for m in pt.TIME_EVENT.finditer(sentence, max(0, start - lookback), start):
        last = lx.TIME_EVENTS[m.group(0).lower()]
    return last


def _scope(sentence: str) -> str:
    """What narrows every toll of the sentence: "since November 27", "this year" ("" when nothing does)."""
    m = pt.SCOPE.search(sentence)
    if not m:
        return ""
    if m.group("m"):
        return f"since {lx.MONTH_NAMES[lx.MONTHS[m.group('m').lower().rstrip('.')]]} {int(m.group('d'))}"
    if m.group("y"):
        return f"since {m.group('y')}"
    return re.sub(r"\s+", " ", m.group(0).lower())


_RATE_WORDS = {"daily": "per day", "weekly": "per week", "monthly": "per month", "hourly": "per hour",
               "nightly": "per night"}  # fmt: skip


def _rate(sentence: str, end: int) -> str:
    """The rate a figure is told at, from the words right after it (or its counted noun): "$23 million per season"
    -> "per season", "$50,000 a year" and "annually" -> "per year"; "" when none. A rate is a scope: "$22 million
    per season" is never the same thing as a "$200 million" total."""
    m = pt.RATE.match(sentence, end)
    if not m:
        return ""
    if m.group("p"):
        return f"per {m.group('p').lower()}"
    said = m.group("a").lower()
    if "piece" in said:
        return "apiece"
    return _RATE_WORDS.get(said, "per year")  # "annually", "yearly", "per annum"


def _toll_bounds(sentence: str, end: int, value: float, role: str, high: float | None) -> tuple[float, float | None]:
    """A toll's span when the sentence says more about it: the attacker counted in or out, more victims found."""
    if high is not None:
        return value, high
    if role == lx.KILLED:
        if pt.ATTACKER_INCLUDED.match(sentence, end):  # "3 dead, including the gunman": 2 victims, or 3 dead
            return value - 1, value
        if pt.ATTACKER_TOO.match(sentence, end):  # "killed two people and then himself": 2 victims, 3 dead
            return value, value + 1
    if role in (lx.KILLED, lx.INJURED, lx.SHOT):
        more = [lx.ORDINAL_WORDS[m.group("o").lower()] for m in pt.ORDINAL_MORE.finditer(sentence, end)]
        top = max(more, default=0)
        if top > value:  # "found three people shot, then a fourth and a fifth": three, then five
            return value, float(top)
    return value, None


def roles(scan: _Scan) -> list[FoundFigure]:
    """The last pass: each settled figure with its hedge and, for counts, what it counts (noun and role)."""
    s, cfg = scan.sentence, scan.settings
    ascii_text = scan.words is not None
    lead_guard = USE_GUARDS and ascii_text  # the role verb after a count, asked first of the word there
    before_words = bool(scan.raws) and scan.may_role_before()  # any casualty text before a count, once a sentence
    raws = sorted(scan.raws, key=_START_END)
    scope = _scope(s) if (raws or scan.multiples) and _may_match(pt.SCOPE, s, scan.words) else ""
    out = [FoundFigure(s[a:b], v, a, b, "", role, scope=scope) for a, b, v, role in scan.multiples]
    prev_end = 0
    prev_role = ""
    for k, r in enumerate(raws):
        text = s[r.start : r.end]
        if r.unit == "time":
            hedge = _time_hedge(s, r.start, prev_end, cfg.qualifier_lookback)
            event = _time_event(s, r.start, cfg.role_lookback)
            out.append(FoundFigure(text, r.value, r.start, r.end, hedge, event, r.unit, r.high, r.zone))
            prev_end, prev_role = r.end, ""
            continue
        if r.unit == "address":
            continue  # a street number locates, it counts nothing: its digits stay claimed, no figure
        if r.kind == "fixed" or (r.unit and r.unit != "vague"):
            qualifier, qstart = _qualifier_at(s, r.start, prev_end, cfg.qualifier_lookback, ascii_text)
            if qualifier and _not_a_hedge(s, qstart, text, r.unit, r.value, r.high is None):
                qualifier = ""
            rate = _rate(s, r.end) if r.kind != "fixed" else ""
            out.append(FoundFigure(text, r.value, r.start, r.end, qualifier, "", r.unit, r.high, rate))
            prev_end = r.end
            prev_role = ""
            continue
        singular = r.value == 1 and r.high is None
        after, model = r.end, ""
        if scan.skipped and s[after : after + 1] == " ":
            # "14 AK - 47 rifles", "two F-16 jets", "3 Glock 19 pistols": the noun lies after the name
            spaces = _SPACE.match(s, after)
            name_at = spaces.end() if spaces else after
            after = scan.skipped.get(name_at, after)
            model = _model_name(s[name_at:after])
        of_the = pt.OF_THE.match(s, after)
        part = r.kind != "article" and of_the is not None
        noun, nend, role = scan.noun_after(after, singular, r.unit == "vague" or r.scaled, of_the)
        noun_role = role  # "the five wounded": the role the noun phrase itself states
        negated = ""
        if noun == "times":
            qualifier = _qualifier(s, r.start, prev_end, cfg.qualifier_lookback, ascii_text)
            out.append(FoundFigure(text, r.value, r.start, r.end, qualifier, "", "times", r.high))
            prev_end = r.end
            continue
        ages = pt.AGE_LIST_SKIP.match(s, nend)  # "Two men, 45 and 52, were killed": the ages sit in between
        qualifier, qstart = _qualifier_at(s, r.start, prev_end, cfg.qualifier_lookback, ascii_text)
        if qualifier and _not_a_hedge(s, qstart, text, r.unit, r.value, singular):
            qualifier, qstart = "", r.start
        if not role:
            at = ages.end() if ages else nend
            aboard = pt.ON_BOARD_SKIP.match(s, at) if "board" in s[at : at + 12] else None
            at = aboard.end() if aboard else at
            if not lead_guard or _may_open_role(s, at):  # most counts: the word after opens no role verb
                role = scan.role_after(at)
            if role and before_words and pt.BARE_VERB_AFTER_COMMA.match(s, at):
                # "killed six people, injured almost 50": a verb before the count governs it; a bare participle
                # after a comma opens the next verb of the list (its own object follows), it does not state the
                # count's role. With an auxiliary ("six people, all injured", "..., who were hurt") it still does.
                governed = scan.role_before(max(prev_end, r.start - cfg.role_lookback), qstart)
                role = governed or role
        if not role and before_words:
            role = scan.role_before(max(prev_end, r.start - cfg.role_lookback), qstart)
        if not role and before_words and r.kind == "count" and not r.unit and "toll" in s[prev_end:qstart].lower():
            role = _toll_named(s, max(prev_end, r.start - cfg.toll_lookback), qstart)
        if not role and prev_role and pt.INCLUDING.search(s[prev_end:qstart]):
            role = prev_role
        if part:
            named = pt.PART_IS.match(s, r.end)
            whom = lx.canon_noun(named.group("n")) if named else ""
            # "10 of the dead were children" counts children killed; otherwise a part of a group, never its total.
            part_of = f"of the {noun}" if noun else "of them"
            noun = whom if whom in lx.PERSON_CANON and whom != "people" else part_of
        if r.kind == "article":
            # "a man" when nothing else lies inside; "A" alone when an age sits in the phrase ("A 10-year-old boy").
            following = raws[k + 1].start if k + 1 < len(raws) else len(s)
            end = nend if nend - r.start < cfg.article_phrase_max and following >= nend else r.end
            out.append(FoundFigure(s[r.start : end], 1.0, r.start, end, "", " ".join(x for x in (noun, role) if x),
                                   scope=scope if role else ""))  # fmt: skip
            prev_end, prev_role = end, role
            continue
        if r.kind == "word_one" and not role and noun not in lx.PERSON_CANON:
            continue
        if role and role != noun_role and pt.PREDICATE_AUX.match(s, nend) \
                and pt.NONE_OF_BEFORE.search(s, max(prev_end, qstart - cfg.role_lookback), qstart):  # fmt: skip
            # "None of the 40 passengers were injured": 40 aboard, nobody injured (a scope in brackets, as an
            # episode's: facts joins it only with the same scope, never with a count of the injured); "None of the
            # five wounded were in critical condition": five wounded
            negated, role = f"(none {role})", ""
        elif role and out and out[-1].end == prev_end and out[-1].counts.startswith("of ") \
                and pt.PART_OF_GAP.fullmatch(s, prev_end, qstart) and pt.PREDICATE_AUX.match(s, nend):  # fmt: skip
            # "Two of the 40 passengers were injured": the part took the role, the group is how many were aboard (not
            # "Three of the 12 people shot died": a bare participle tells the group's role)
            out[-1] = replace(out[-1], counts=f"{noun} {role}" if noun else role)
            role = ""
        value, high = _toll_bounds(s, r.end, r.value, role, r.high) if role and not part else (r.value, r.high)
        if model and noun and not role and not part:
            # what an object count counts is told apart by its model: "seven AK-47 rifles" are not the "three other
            # rifles" seized with them; a casualty count is not ("two F-16 pilots killed" and "two pilots killed")
            noun = f"{model} {noun}"
        counts = f"{noun} {role}" if noun and role else noun or role
        out.append(FoundFigure(text, value, r.start, r.end, qualifier, counts, r.unit, high,
                               scope if role else negated or _rate(s, nend)))  # fmt: skip
        prev_end = r.end
        prev_role = role or prev_role
    return sorted(out, key=_START_END) if scan.multiples else out


LEVEL = "level"  # what a bare number right after a change and "to" counts: the level the change reached
_TO_LEVEL = re.compile(r"\s+to\s+", re.I)
CHANGE = "change"  # the scope of a figure that states a change ("rose 12%", "fell by 2"): never a level or a total
CAPACITY = "capacity"  # the scope of a capacity ("licensed for 50 people"): never the count of those there
# A sentence of ASCII words with none of these holds no change (its verb), difference ("more than") or capacity.
_VERB_WORDS = lx.CHANGE_UP | lx.CHANGE_DOWN | {"up", "down"}
_CAPACITY_WORDS = frozenset({
    "licensed", "licenced", "certified", "approved", "rated", "permitted", "designed", "built", "allowed", "authorised",
    "authorized", "equipped", "capacity", "room", "seating", "can", "could", "licence", "license",
})  # fmt: skip
_CHANGE_WORDS = _VERB_WORDS | _CAPACITY_WORDS | set(lx.COMPARATIVES)
# Units that are never a difference: they name a point (a date, a time, a year, an address, a place in a list), a
# person's age, a result or a reading on a scale, not an amount a comparative can measure.
_NOT_DIFFERENCES = ("date", "time", "year", "address", "age", "score", "ordinal", "caliber", "magnitude")
# A count (no unit) with a comparative after its noun and no "than" is a difference only as the measure phrase that
# opens its clause and ends where the comparative ends ("Two trips later, Artino missed", "But fifteen games later and
# the Colts stand at 10 - 5"); elsewhere the count is a verb's object and "earlier"/"later" tell of the verb ("killed
# five people earlier.", "Two people later died").
_OPENS_CLAUSE = re.compile(
    r"\s*(?:(?:and|but|so|yet|then|just|only|barely|" + "|".join(
        sorted((re.escape(q) for q in lx.QUALIFIERS), key=pt.longest_first)) + r")\s+)*", re.I
)
_CLOSES_PHRASE = re.compile(r"\s*(?:[,;:.!?)\u2014]|\s-\s|(?:and|but)\b|$)", re.I)
# The units a change is told in: counts, shares and sums ("rose 12%", "fell $3 million"); a length after "fell" is a
# distance fallen ("falling about 150 metres": ECB+ topic 23), not a quantity that changed. Bare "up"/"down" come only
# before a share or a sum ("up 12%"), never before a count ("up 3 points").
_CHANGE_UNITS = ("percent", "percentage points", "money:")


def _difference(sentence: str, f: FoundFigure, cfg: FigureSettings, nouns: _Nouns | None) -> re.Match[str] | None:
    """The comparative that makes ``f`` a difference ("five rounds sooner", "two hours later", "2% higher than"), read
    after its unit or counted noun (``patterns.COMPARATIVE_AFTER``), or None. Not after a role ("two people killed
    earlier": the comparative tells of the verb), and after a count with no "than" only where the count opens its
    clause (``_OPENS_CLAUSE``)."""
    if f.unit and f.unit != "vague":
        return pt.COMPARATIVE_AFTER.match(sentence, f.end)
    if not f.counts or f.counts.startswith("of "):
        return None  # a bare count: only "23 more than" (DIFFERENCE_AFTER); a part of a group is no measure
    singular, of_ok = f.value == 1 and f.high is None, f.unit == "vague"
    known = nouns.get((f.end, singular, of_ok)) if nouns is not None else None
    noun, nend, role = known or _noun_after(sentence, f.end, singular, of_ok, cfg.noun_words)
    if not noun or role:
        return None
    m = pt.COMPARATIVE_AFTER.match(sentence, nend)
    if m is None or pt.THAN_AFTER.match(sentence, m.end()):
        return m
    opens = _OPENS_CLAUSE.match(sentence, _clause_start(sentence, 0, f.start), f.start)
    return m if opens and opens.end() == f.start and _CLOSES_PHRASE.match(sentence, m.end()) else None


def changes(
    sentence: str, found: list[FoundFigure], cfg: FigureSettings = DEFAULT_FIGURE_SETTINGS,
    words: frozenset[str] | None = None, nouns: _Nouns | None = None,
) -> list[FoundFigure]:
    """A capacity ("licensed for 50 people", "designed to carry up to 50") is scoped ``CAPACITY``: never one thing with
    a count of those there (review-s23 F2). A difference ("23 more than it was licensed for") is a change ("23
    more"). A figure right after a change verb ("rose 12%", "fell by about 8 percent", "were down 3", "up
    12%") states a change, not a level: its scope is ``CHANGE``, its text starts at the verb ("fell 12%"), and a fall
    is negative ("fell 12%" is -12, so it never agrees with "rose 12%"; review-s23 F33). "The toll rose by 2 to 19"
    is a change of 2 and the toll 19 (F15; ``ranges`` keeps "by 2 to 19" apart). A figure with a comparative after its
    unit or counted noun ("finished five rounds sooner", "two hours later", "2% higher than") is a difference, scoped
    ``CHANGE``, its text up to the comparative (``_difference``; unsigned but for "more"/"fewer"/"less"): never a total
    of that unit ("five rounds sooner" is not "went 11 rounds"). ``words``: the sentence's words in lower case (ASCII
    text), so only the patterns whose words it holds are tried at each figure; ``nouns``: ``_Scan.nouns``."""
    out = found
    capacity = words is None or not words.isdisjoint(_CAPACITY_WORDS)
    differ = words is None or ("than" in words and not words.isdisjoint(("more", "fewer", "less")))
    verbs = words is None or not words.isdisjoint(_VERB_WORDS)
    compare = words is None or not words.isdisjoint(lx.COMPARATIVES)
    for k, f in enumerate(found):
        if f.counts == STAMP or f.scope:
            continue
        less = _difference(sentence, f, cfg, nouns) if compare and not f.unit.startswith(_NOT_DIFFERENCES) else None
        if less:  # "five rounds sooner": a difference, its text to the comparative
            sign = lx.COMPARATIVES[less.group("d").lower()]
            out = list(found) if out is found else out
            out[k] = replace(f, text=sentence[f.start : less.end("d")], end=less.end("d"), value=sign * f.value,
                             high=None if f.high is None else sign * f.high, scope=CHANGE)  # fmt: skip
            continue
        if f.unit and f.unit != "vague" and not f.unit.startswith(_CHANGE_UNITS):
            continue
        lo = max(0, f.start - cfg.qualifier_lookback - cfg.change_lookback)
        hedge = pt.QUALIFIER_BEFORE.search(sentence, lo, f.start) if f.qualifier and (capacity or verbs) else None
        if capacity and pt.CAPACITY_BEFORE.search(sentence, lo, hedge.start() if hedge else f.start):
            out = list(found) if out is found else out
            out[k] = replace(f, scope=CAPACITY)
            continue
        more = pt.DIFFERENCE_AFTER.match(sentence, f.end) if differ and (not f.unit or f.unit == "vague") else None
        if more:  # "23 more than it was licensed for": a difference, never a count of its own
            sign = 1 if more.group("d").lower() == "more" else -1
            out = list(found) if out is found else out
            out[k] = replace(f, text=sentence[f.start : more.end("d")], end=more.end("d"), value=sign * f.value,
                             high=None if f.high is None else sign * f.high, scope=CHANGE)  # fmt: skip
            continue
        m = pt.CHANGE_BEFORE.search(sentence, lo, hedge.start() if hedge else f.start) if verbs else None
        if not m or (m.group("ud") and not m.group("be") and not (f.unit and f.unit.startswith(_CHANGE_UNITS))):
            continue
        verb = (m.group("v") or m.group("ud")).lower()
        sign = -1 if verb in lx.CHANGE_DOWN or verb == "down" else 1
        start = m.start("v") if m.group("v") else m.start("ud")
        if out is found:
            out = list(found)
        out[k] = replace(f, text=sentence[start : f.end], start=start, value=sign * f.value,
                         high=None if f.high is None else sign * f.high, scope=CHANGE)  # fmt: skip
        after = found[k + 1] if k + 1 < len(found) else None
        if (after is not None and not after.unit and not after.counts and not after.scope
                and _TO_LEVEL.fullmatch(sentence, f.end, after.start)):  # fmt: skip
            # "sales fell 12% to 4,800 a day": 4,800 is the level the change reached, not a bare number (F15)
            out[k + 1] = replace(after, counts=LEVEL)
    return out


# What the things a count without a role counts did or had done to them ("30 officers responded", "12 people were
# questioned"): the verb right after the count's noun phrase, through auxiliaries and a "who" - a participle in -ed,
# a form in -ing after an auxiliary ("were searching") or a common irregular past. Not a verb before the count
# ("Artino scored 14 points" / "Artino had 16 points": one tally told with two verbs).
_IRREGULAR_PAST = (
    "went|came|took|made|held|fled|ran|saw|seen|gave|given|found|left|met|sent|fought|stood|brought|caught|began|"
    "begun|spent|won|lost|stole|stolen|hid|hidden|drew|drawn|threw|thrown|rode|ridden|flew|flown|kept|led|paid|sold|"
    "told|built|got|gotten|set|put|cut|hit|struck|taken|swept|sank|sunk|fell|fallen"
)
_EVENT_SKIP = frozenset({
    "red", "bed", "hundred", "seed", "feed", "need", "breed", "shed", "sled", "sped", "speed", "weed", "deed", "greed",
    "bred", "wed", "armed", "aged", "related", "based", "named", "united", "limited", "used",
    "interested", "involved", "injured", "wounded", "killed", "arrested", "missing", "displaced", "rescued",
    "dead", "shot", "hurt", "during", "including", "according", "following", "nothing", "something", "anything",
    "everything", "building", "morning", "evening", "meeting", "being", "having", "thing",
})  # fmt: skip
_AUX = (
    r"(?:were|was|are|is|have|has|had|been|being|be|will|would|could|can|may|might|did|do|does|reportedly|also|all|"
    r"then|later|allegedly|still|both|each|not|never|already)"
)
_EVENT_AFTER = re.compile(
    rf"\s*(?:,?\s*(?:who|that|which)\s+)?(?:(?P<aux>{_AUX})\s+){{0,3}}"
    rf"(?P<v>[a-z]{{3,}}ed|[a-z]{{3,}}ing|{_IRREGULAR_PAST})\b",
    re.I,
)
_ROLES = frozenset({lx.KILLED, lx.INJURED, lx.SHOT, lx.ARRESTED, lx.MISSING, lx.DISPLACED, lx.CASUALTIES, lx.RESCUED})
_LIST_GOES_ON = re.compile(r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s*", re.I)


def _event_word(m: re.Match[str] | None) -> str:
    if m is None:
        return ""
    verb = m.group("v").lower()
    if verb in _EVENT_SKIP or (verb.endswith("ing") and not m.group("aux")):
        return ""
    return verb


def events(
    sentence: str, found: list[FoundFigure], cfg: FigureSettings = DEFAULT_FIGURE_SETTINGS, nouns: _Nouns | None = None
) -> list[FoundFigure]:
    """A count of a noun with no role ("30 officers", "12 magazines") is scoped by what they did or had done to them
    (``_EVENT_AFTER``: "30 officers responded", "12 people were questioned"; a list's next count takes its last one:
    "14 rifles, 31 magazines and 923 rounds were seized"), so two counts of one noun told of two things ("about 30
    officers responded" / "12 officers searched the scene"; "12 people were questioned" / "three people were held")
    are two facts, never one conflict (review-s26). A count with no such verb keeps no scope. Equal values still
    agree (``facts`` joins equal values whatever their scope). ``nouns``: ``_Scan.nouns``, the noun phrases read
    already."""
    counted: list[tuple[int, str, int]] = []  # (index in found, event, end of the noun phrase)
    for k, f in enumerate(found):
        if not f.counts or f.scope or (f.unit and f.unit != "vague") or f.counts in (STAMP, LEVEL) \
                or f.counts.split()[-1] in _ROLES or f.counts.startswith("of "):  # fmt: skip
            continue
        singular, of_ok = f.value == 1 and f.high is None, f.unit == "vague"
        known = nouns.get((f.end, singular, of_ok)) if nouns is not None else None
        _noun, nend, _role = known or _noun_after(sentence, f.end, singular, of_ok, cfg.noun_words)
        counted.append((k, _event_word(_EVENT_AFTER.match(sentence, nend)), nend))
    out = found
    later = ""  # the event of the next count of a list, read back from its end
    for n in range(len(counted) - 1, -1, -1):
        k, event, nend = counted[n]
        if not event and later and counted[n + 1][0] == k + 1 \
                and _LIST_GOES_ON.fullmatch(sentence, nend, found[k + 1].start):  # fmt: skip
            event = later
        if event:
            out = list(found) if out is found else out
            out[k] = replace(found[k], scope=event)
        later = event
    return out


_UNSIGNED = ("date", "year", "time", "address", "age", "score")
_MINUS_WORD = re.compile(r"\bminus\s+$", re.I)


def signs(sentence: str, found: list[FoundFigure], minus: bool = True) -> list[FoundFigure]:
    """A minus sign glued to a figure ("-5 degrees", "\u22125") or the word "minus" before it makes it negative, its
    text from the sign: "-5 degrees" and "5 degrees" were one value (review-s23 F32). A dash with a space after it, or
    after a letter or digit ("COVID-19", "10-15"), is no sign."""
    out = found
    for k, f in enumerate(found):
        if f.unit.startswith(_UNSIGNED) or f.value < 0 or f.start == 0:
            continue
        at = f.start
        if f.qualifier:
            continue  # "about -5": rare; the hedge stands between
        if sentence[at - 1] in "-\u2212" and (at == 1 or sentence[at - 2] in " \t([{/"):
            start = at - 1
        else:
            word = _MINUS_WORD.search(sentence, max(0, at - 8), at) if minus else None
            if not word:
                continue
            start = word.start()
        if out is found:
            out = list(found)
        out[k] = replace(f, text=sentence[start : f.end], start=start, value=-f.value,
                         high=None if f.high is None else -f.high)  # fmt: skip
    return out


# The scope of a sum in brackets after another sum: its conversion ("$US1 million ($1.52 million)").
CONVERTED = "(converted)"


def conversions(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """A sum in brackets right after another sum is that sum converted into another currency (agency and foreign copy:
    "$US1 million ($1.52 million)", "85 million euros (74 million pounds)"): scope ``CONVERTED``, so it never clashes
    with another outlet's sum in the first currency (ECB+ topic 13: "$1.52 million vs $1 million")."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (a.unit.startswith("money:") and b.unit.startswith("money:") and not b.scope
                and (a.unit != b.unit or pt.CURRENCY_CODE_IN.search(a.text))
                and pt.CONVERSION_GAP.fullmatch(sentence, a.end, b.start)):  # fmt: skip
            # another currency, or the first names its own ("$US1 million ($1.52 million)"): not "$5 million ($3
            # million in cash and $2 million in shares)", a part of the sum in the same dollars
            out[k] = replace(b, scope=CONVERTED)
    return out


STAMP = "stamp"  # what the date and time of a page's own time stamp count ("Posted: Jul 07, 2012 7:40 PM ET")
_LETTERS = re.compile(r"[^\W\d_]+")


def stamps(sentence: str, found: list[FoundFigure], cfg: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> list[FoundFigure]:
    """A line that holds nothing but a date (or a time and a stamp verb: "Updated 9:06 AM"), stamp words
    ("Posted", "Last updated on", weekdays) and capital codes ("ET", "GMT") is the page's own time stamp, not a
    claim about the event: its dates and times count ``STAMP`` (``core/facts.py`` never compares them with another
    page's), and the numbers it is written with ("Last updated 13:26 14 / 09 / 2013": 14, 09, 2013) are no
    figures. Decided by the line's shape only, whatever the page's wording of the stamp; any other figure (a count,
    a sum, an age) or word makes it a sentence."""
    if not any(f.unit in ("date", "time") for f in found):
        return found
    if any(f.unit not in ("date", "time", "year") and (f.unit or f.counts or f.qualifier) for f in found):
        return found
    dated = any(f.unit == "date" for f in found)  # a dateline ("May 23, 2005"); a time alone needs a stamp verb
    spans = [(f.start, f.end) for f in found]
    for word in _LETTERS.finditer(sentence):
        if any(start <= word.start() < end for start, end in spans):
            continue
        text = word.group()
        if text.lower() not in lx.STAMP_WORDS and not (text.isupper() and len(text) <= cfg.stamp_code_letters):
            return found
        dated = dated or text.lower() in lx.STAMP_VERBS
    if not dated:
        return found  # "At 7:40 PM on Saturday": a time told, not a page stamped
    return [replace(f, counts=STAMP, qualifier="") for f in found if f.unit in ("date", "time")]


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _year_in(text: str) -> bool:
    return _YEAR_DIGITS.search(text) is not None


def datelines(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """A date that opens a sentence as a dateline does ("CHATTANOOGA, Tenn., July 18 (Reuters) - Hours before ...",
    "27 / 09 / 2013 - Turkmenistan to hold ..."; ``patterns.DATELINE_PLACE``, ``DATELINE_AFTER``) dates the page, not
    the event: it counts ``STAMP``, as a page's time stamp does, and ``core/facts.py`` never joins it with another
    page's dates or the story's."""
    opens = pt.DATELINE_PLACE.match(sentence)
    first = found[0]
    if opens is None or first.unit != "date" or first.start != opens.end() or first.counts:
        return found
    after = pt.DATELINE_AFTER.match(sentence, first.end)
    if after is None:
        return found
    if not (opens.group().strip() or after.group("y") or after.group("agency") or _year_in(first.text)):
        return found  # "July 4 - Independence Day parade ...": a sentence opening with a date
    return [replace(first, counts=STAMP, qualifier=""), *found[1:]]


_START_END = operator.attrgetter("start", "end")  # reading order of figures (as a key, ~3x faster than a lambda)


# Every hedge QUALIFIER_BEFORE reads (lower case: what re.I matches in ASCII text), by its last _HEDGE_KEY
# characters, longest first. Each starts with a letter, so its \b means no word character before it.
_HEDGE_KEY = min(map(len, lx.QUALIFIERS))
_HEDGES_BY_END: dict[str, tuple[str, ...]] = {}
for _hedge in sorted(lx.QUALIFIERS, key=pt.longest_first):
    assert _hedge == _hedge.lower() and _hedge[0].isalpha() and not _hedge[-1].isspace(), _hedge
    _HEDGES_BY_END[_hedge[-_HEDGE_KEY:]] = (*_HEDGES_BY_END.get(_hedge[-_HEDGE_KEY:], ()), _hedge)
# The guards of patterns.py are used (False: every pattern scans every sentence, as the test compares).
USE_GUARDS = True
# The role verb after a count is looked for without testing the sentence for the words it needs at the first counts
# of a sentence: the test (~35 substrings, ~6 us) costs about four matches (~1.5 us each), so it pays only in
# sentences of many counts (figures8k: ~6 a sentence; the 100k-word pair: ~1, where testing first was ~2% slower).
ROLE_AFTER_GUARD_FROM = 3
# The passes that can find or skip anything in ASCII text with no digit and none of the words a figure pattern
# needs (patterns.ANY_FIGURE_WORD): every other pass's scans are guarded off there, so it would do nothing.
_PLAIN_PASSES: tuple[Callable[[_Scan], None], ...] = (skip_noise, articles)
_WORD = re.compile(r"\w+")
# In ASCII text \w is [A-Za-z0-9_]: every other ASCII character made a space, split() gives _WORD's words (~20%
# faster than findall; tests/core/test_figures_guards.py compares); capitals made small letters in the same pass,
# so the words come in lower case with no lower() first.
_SPLIT_WORDS = str.maketrans({
    **{chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")},
    **{chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)},
})
_ASCII_DIGIT = re.compile(r"[0-9]")
_DIGIT_RUN = re.compile(r"[0-9]+")
# where a word of ASCII text may hold a second run of digits: a digit found first (a scan in C skips to digits; a
# letter first was tried at every letter, ~2 us a sentence), then the character before it
_DIGIT_AFTER_LETTER = re.compile(r"[0-9](?<=[A-Za-z_][0-9])")
# The number words NUMBER_TOKEN matches, in lower case (what re.I matches of them in ASCII text).
_TOKEN_WORDS = frozenset(w.lower() for w in pt.TOKEN_WORDS)
# What a sentence with no digit and no article may hold a figure in, cheapest scan first.
_WORDED_FIGURES = (pt.TIME_WORD, pt.VAGUE_NUM, pt.WORD_NUM, pt.ORDINAL_COUNT)
# A count followed by letters no unit opens with has no unit after it (patterns.UNIT_LEAD_WORDS); no letters ("") is
# let through, since "%" and "-" units start with none.
_UNIT_LEADS = pt.UNIT_LEAD_WORDS | {""}


# Each guarded pattern's (words needed, hint, words-or-hint), looked up by the pattern's identity: a compiled pattern
# hashes its whole compiled code at every dict lookup (CPython does not cache a pattern's hash), ~1 us for the large
# ones, and find_figures asks ~20 times a sentence (17% of finding figures on the 100k-word pair).
_Guard = tuple[frozenset[str] | None, re.Pattern[str] | None, tuple[frozenset[str], re.Pattern[str]] | None]
_GUARDS: dict[int, _Guard] = {
    id(p): (pt.WORD_NEEDS.get(p), pt.HINTS.get(p), pt.WORD_OR_HINT.get(p))
    for p in (*pt.WORD_NEEDS, *pt.HINTS, *pt.WORD_OR_HINT)
}


def _may_match(
    pattern: re.Pattern[str], sentence: str, words: frozenset[str] | None,
    hinted: Callable[[re.Pattern[str]], bool] | None = None,
) -> bool:
    """False when the pattern's guard shows it cannot match ``sentence`` (``words``: its words, or None).
    ``hinted``: whether the sentence holds a match of a guard's hint, when the caller remembers the answers
    (``_Scan.hinted``); else each hint is searched."""
    if not USE_GUARDS:
        return True
    guard = _GUARDS.get(id(pattern))
    if guard is None:
        return True
    need, hint, either = guard
    if need is not None and words is not None and words.isdisjoint(need):
        return False
    if (either is not None and words is not None and words.isdisjoint(either[0])
            and not (hinted(either[1]) if hinted else either[1].search(sentence))):  # fmt: skip
        return False
    if hint is None:
        return True
    return hinted(hint) if hinted else hint.search(sentence) is not None


def find_figures(sentence: str, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> list[FoundFigure]:
    """Every figure in ``sentence``, in reading order, with offsets into it: at most ``settings.sentence_figures``,
    read up to the number after that many (a list or a table run together is not read to its end: issue #12)."""
    limit = settings.sentence_figures
    split = sentence.translate(_SPLIT_WORDS).split() if sentence.isascii() else None  # its words, in lower case
    # Shorter than 2 * limit, it cannot hold more numbers: each but the last has a character after it. ASCII text
    # holds more only when its number tokens counted from its words do (~1 us, where the scan cost ~9-25 us a
    # sentence: most of a sentence with no figure's time).
    if len(sentence) > 2 * limit and (split is None or _may_hold_more(sentence, split, limit)):
        beyond = next(itertools.islice(pt.NUMBER_TOKEN.finditer(sentence), limit, None), None)
        if beyond is not None:
            sentence = sentence[: beyond.start()]
            split = None if split is None else sentence.translate(_SPLIT_WORDS).split()
    found = _figures_in(sentence, settings, split)
    return found if len(found) <= limit else found[:limit]


def _number_tokens(sentence: str, split: list[str]) -> int:
    """How many matches of NUMBER_TOKEN an ASCII sentence holds, from its words (``split``: its ``\\w+`` runs in lower
    case): a run of digits, or a whole word that is a number word (under re.I, in ASCII text, the word in lower
    case), never a piece of a word, since \\b stands on both sides (tests/core/test_figures_bounds.py compares)."""
    return sum(map(_TOKEN_WORDS.__contains__, split)) + len(_DIGIT_RUN.findall(sentence))


def _may_hold_more(sentence: str, split: list[str], limit: int) -> bool:
    """Whether an ASCII sentence holds more than ``limit`` matches of NUMBER_TOKEN (``_number_tokens``), asked only of
    a sentence of more words than ``limit`` or with a digit right after a letter: each token lies in one word of
    ``split`` (a number word is one whole; a run of digits is inside a word, and a second run in the same word comes
    after a letter or "_"), so otherwise it holds at most one token a word. Asked of nearly every sentence: over the
    100k-word pair's, 21 -> 9.5 ms against counting each (tests/core/test_figures_bounds.py compares)."""
    if len(split) <= limit and _DIGIT_AFTER_LETTER.search(sentence) is None:
        return False
    return _number_tokens(sentence, split) > limit


def _no_person(sentence: str, has_digit: bool, words: Iterable[str]) -> bool:
    """Whether an ASCII sentence (``words``: its words in lower case) surely holds no person noun for "a man", "one
    woman" to count (``articles``): with no digit and no "_", each word _noun_after reads is a run of letters between
    spaces and marks, so a person noun is one of its words (lexicon.PERSON_WORDS). Most sentences with an article hold
    none, and reading each article's noun phrase cost ~10 us an article (0.06 s of the 100k-word pair)."""
    return not has_digit and "_" not in sentence and lx.PERSON_WORDS.isdisjoint(words)


def _figures_in(sentence: str, settings: FigureSettings, split: list[str] | None = None) -> list[FoundFigure]:
    """``find_figures`` of a sentence short enough to be read whole; ``split``: its words in lower case when it is
    ASCII text, None otherwise."""
    ascii_text = split is not None
    # ASCII text: a digit is [0-9], found by one scan in C; other text keeps str.isdigit's wider sense ("²").
    # (a vulgar fraction, "½", counts as a digit: review-s23 F33)
    has_digit = _ASCII_DIGIT.search(sentence) is not None if ascii_text else any(
        c.isdigit() or c in lx.UNICODE_FRACTIONS for c in sentence
    )
    # ASCII text with no digit and none of ANY_FIGURE_WORD: only the plain passes can find anything
    plain = USE_GUARDS and not has_digit and split is not None and pt.ANY_FIGURE_WORD.isdisjoint(split)
    # Cheapest first (an article is in most sentences; the worded-number scan is the costliest). ANY_FIGURE_WORD holds
    # every word the worded figures need: a plain sentence holds none of them. A plain sentence with no article is
    # done before its words are made a set (half the sentences of the 100k-word pair: ~4 us each).
    if plain and (not pt.ARTICLE.search(sentence) or _no_person(sentence, has_digit, split or ())):
        return []
    words = frozenset(split) if split is not None else None
    if not has_digit and not plain and not pt.ARTICLE.search(sentence) and not any(
        _may_match(p, sentence, words) and p.search(sentence) for p in _WORDED_FIGURES
    ):
        return []
    scan = _Scan(sentence, settings, has_digit, words, _Mask(len(sentence)), _Mask(len(sentence)))
    for step in _PLAIN_PASSES if plain else PASSES:
        step(scan)
    found = roles(scan)
    if found and ("-" in sentence or "minus" in sentence or not ascii_text):
        found = signs(sentence, found, words is None or "minus" in words)
    if found and (words is None or not words.isdisjoint(_CHANGE_WORDS)):
        found = changes(sentence, found, settings, words, scan.nouns)
    if len(found) > 1 and ("(" in sentence or "[" in sentence):
        found = conversions(sentence, found)
    if found:
        found = events(sentence, found, settings, scan.nouns)
    if found and (sentence[:1].isdigit() or sentence[:1].isupper()):
        found = datelines(sentence, found)
    return stamps(sentence, found, settings) if len(sentence) <= settings.stamp_max_chars and found else found
