"""What a count counts: the noun phrase after it (``counted_noun``: "two Capitol Police officers" counts officers,
"the five wounded" states a role), read word by word from a few words after the count.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import lexicon as lx
from . import patterns as pt


@functools.cache
def _word_tokens(count: int) -> re.Pattern[str]:
    """WORD_TOKEN up to ``count`` times in a row, each word its own group: one match instead of one per word. Each
    repetition is optional and nothing after it can fail, so each group is what WORD_TOKEN alone matches where the
    one before ended (tests/core/test_figures_guards.py compares)."""
    one = pt.WORD_TOKEN.pattern
    return re.compile(f"(?:{one}" * count + ")?" * count, pt.WORD_TOKEN.flags)


# What a word after a count does to its noun phrase (counted_noun), by the word alone.
_STEP_DIGIT, _STEP_ROLE_NOUN, _STEP_BREAK, _STEP_WORD, _STEP_LAST = range(5)
# Abbreviations whose full stop does not end the phrase ("two U.S. soldiers").
_ABBREVIATIONS = frozenset({"u.s", "u.k", "st", "jr", "sr", "dr", "mr", "mrs", "ms", "gen", "sgt", "lt", "col", "capt",
                            "cpl", "pvt", "rep", "sen", "gov"})  # fmt: skip
_NOT_ROLE_NOUNS = frozenset({"dead", "killed", "injured", "wounded", "missing", "displaced"})


class _Token(NamedTuple):
    """One word after a count as ``counted_noun`` reads it (a pure function of the word, so remembered)."""

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


def counted_noun(
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


_AND_WORD = re.compile(r"\s+and\s+([A-Za-z]+)\b")
