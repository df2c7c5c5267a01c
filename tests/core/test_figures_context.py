"""What a count's context says (its noun, its hedge) read the fast way is what the plain reading gives."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_figures_guards import PIECES, corpus_sentences  # tests/core/test_figures_guards.py

from reportdiff.core.figures import FoundFigure, find_figures
from reportdiff.core.figures import guards as guards_module
from reportdiff.core.figures import hedges as hedges_module
from reportdiff.core.figures import lexicon as lx
from reportdiff.core.figures import nouns as nouns_module
from reportdiff.core.figures import patterns as pt


def noun_after_one_word_at_a_time(
    sentence: str, pos: int, singular: bool, of_ok: bool = False, max_words: int = 4
) -> tuple[str, int, str]:
    """_noun_after as it read a phrase before words were remembered (session 5): the oracle."""
    of = pt.OF_THE.match(sentence, pos) or (pt.OF.match(sentence, pos) if of_ok else None)
    if of:
        pos = of.end()
    words: list[tuple[str, int, int]] = []
    at = pos
    for _ in range(max_words):
        m = pt.WORD_TOKEN.match(sentence, at)
        if not m:
            break
        raw, start, end = m.group(1), m.start(1), m.end(1)
        at = m.end()
        w = raw.lower().rstrip(".")
        if raw[0].isdigit():
            words.append(("", start, end))
            continue
        if w in lx.ROLE_NOUNS and w not in ("dead", "killed", "injured", "wounded", "missing", "displaced"):
            words.append((w, start, end))
            break
        if (w in lx.STOP or w in lx.ROLE_STOP or w in lx.NUMBER_WORDS
                or (w.endswith("ly") and w not in ("family", "ally"))):  # fmt: skip
            break
        if w.endswith("ing") and w not in ("siblings", "offspring", "ring", "king"):
            break
        words.append((w, start, end - (1 if raw.endswith(".") and "." not in raw[:-1] else 0)))
        if raw.endswith(".") and w not in ("u.s", "u.k", "st", "jr", "sr", "dr", "mr", "mrs", "ms", "gen", "sgt",
                                           "lt", "col", "capt", "cpl", "pvt", "rep", "sen", "gov"):  # fmt: skip
            break
    if not words:
        return "", pos, ""
    if singular:
        for k, (w, _s, e) in enumerate(words):
            if w and k and not words[k - 1][0] and w.endswith("ed"):
                return "people", words[k - 1][2], ""
            if w and w not in lx.MODIFIERS:
                return lx.canon_noun(w), e, lx.ROLE_NOUNS.get(w, "")
        if words and not words[0][0]:
            return "people", words[0][2], ""
        return "", pos, ""
    head: tuple[str, int] | None = None
    for w, _s, e in words:
        if w in lx.ROLE_NOUNS:
            return (head[0] if head else ""), e, lx.ROLE_NOUNS[w]
        if w and "." not in w and lx.is_plural(w) and w not in lx.MODIFIERS:
            head = (lx.canon_noun(w), e)
    if head and head[0] in lx.PERSON_CANON:  # "five men and women": two person nouns are people (session 27)
        both = re.match(r"\s+and\s+([A-Za-z]+)\b", sentence[head[1] :])
        if both and lx.is_plural(both.group(1)) and lx.canon_noun(both.group(1).lower()) in lx.PERSON_CANON:
            return "people", head[1] + both.end(), ""
    return (head[0], head[1], "") if head else ("", pos, "")


def check_nouns(sentence: str, max_words: tuple[int, ...] = (4,)) -> None:
    for pos in range(len(sentence) + 1):
        for singular in (False, True):
            for of_ok in (False, True):
                for n in max_words:
                    expected = noun_after_one_word_at_a_time(sentence, pos, singular, of_ok, n)
                    got = nouns_module.counted_noun(sentence, pos, singular, of_ok, n)
                    assert got == expected, (sentence, pos, singular, of_ok, n)
                    of_the = pt.OF_THE.match(sentence, pos)
                    assert nouns_module.counted_noun(sentence, pos, singular, of_ok, n, of_the) == expected


PHRASE_WORDS = st.sampled_from([
    "people", "persons", "officers", "Capitol", "Police", "police", "U.S.", "u.k.", "St.", "soldiers.", "men.",
    "dead", "deaths", "Deaths.", "killed", "injured", "lives", "casualties", "missing", "other", "young", "more",
    "three", "dozen", "the", "were", "of", "of the", "of them", "family", "ally", "badly", "shocked", "king", "ring",
    "siblings", "running", "25-year-old", "3 year old", "10-month-old", "child", "children", "man", "woman", "kids",
    "a", "ex-wife", "it’s", "O'Brien", "Dr.", "gov.", "e.g.", "x.y", "victims", ",", ";", "  ", "\t", "5", "1990s",
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PHRASE_WORDS, PIECES, st.text(max_size=4)), max_size=10).map(" ".join))
def test_noun_read_with_remembered_words_is_the_plain_reading(sentence: str) -> None:
    """Random phrases after a count, from every position, singular and plural, with and without "of": the same
    noun, end and role as reading one word at a time."""
    check_nouns(sentence, (1, 2, 4, 6))


def test_noun_read_with_remembered_words_on_the_corpus() -> None:
    """Every seed and tuning-cluster sentence holding a digit, from every position: the same noun as before."""
    for sentence in corpus_sentences():
        if any(c.isdigit() for c in sentence):
            check_nouns(sentence)


def test_hedges_by_their_last_characters_cover_the_lexicon() -> None:
    """Every hedge of the lexicon is looked up, under the key of its last characters, longest first."""
    listed = [h for hedges in hedges_module._HEDGES_BY_END.values() for h in hedges]
    assert sorted(listed) == sorted(lx.QUALIFIERS)
    for key, hedges in hedges_module._HEDGES_BY_END.items():
        assert all(h.endswith(key) for h in hedges)
        assert [len(h) for h in hedges] == sorted((len(h) for h in hedges), reverse=True)


@pytest.mark.parametrize("text", ["(about 25", "xabout 25", "_about 25", "5about 25", "-about 25", "no more than 5",
                                  "some 3", "awesome 3", "approx. 4", "more  than 5", "at least\n7", "AT LEAST 9"])
def test_hedge_lookup_at_word_starts(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hedge glued to a letter, digit or underscore is no hedge; after a bracket or hyphen it is, as the scan says."""
    start = len(text) - len(text.split()[-1])
    fast = hedges_module.qualifier_at(text, start, 0)
    monkeypatch.setattr(guards_module, "USE_GUARDS", False)
    assert hedges_module.qualifier_at(text, start, 0) == fast


def test_found_figure_is_still_a_frozen_record() -> None:
    """FoundFigure's own __init__ keeps the dataclass: defaults, equality, hash, replace, and no assignment."""
    a = FoundFigure("25", 25.0, 3, 5, counts="people killed")
    assert (a.qualifier, a.unit, a.high, a.scope) == ("", "", None, "")
    same = FoundFigure("25", 25.0, 3, 5, "", "people killed")
    assert a == same and hash(a) == hash(same)
    assert dataclasses.replace(a, value=26.0).value == 26.0
    assert [f.name for f in dataclasses.fields(FoundFigure)] == list(vars(a))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.value = 3.0  # type: ignore[misc]


COUNTS = st.lists(st.sampled_from([
    "25", "3", "1,200", "at least 4", "people", "were", "killed", "died", "in critical condition", "wounded", "shot",
    "taken into custody", "and", ",", "officers", "homes", "the toll", "rose to", "a man", "was", "hit", "struck by",
    "gunfire", "who", "had", "been", "missing", "said", "x",
]), min_size=3, max_size=30).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(COUNTS)
def test_role_guards_from_any_count_change_nothing(sentence: str) -> None:
    """Sentences of many counts, with and without role verbs: the same figures whether the role-verb guard is asked
    from the first count, from the third (the default) or never."""
    expected = find_figures(sentence)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(guards_module, "ROLE_AFTER_GUARD_FROM", 1)
        assert find_figures(sentence) == expected
        patch.setattr(guards_module, "USE_GUARDS", False)
        assert find_figures(sentence) == expected
