"""Word diff: a minimal edit script over words, highlights on word boundaries."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

import pytest
from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from reportdiff.core import worddiff
from reportdiff.core.load import load_article
from reportdiff.core.segment import MAX_SENTENCE_CHARS, segment
from reportdiff.core.worddiff import WordDiffer, equal_share, word_diff


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # one figure changed: only that word differs
        (
            "At least 25 people were killed.",
            "At least 31 people were killed.",
            [(0, "At least "), (-1, "25 "), (1, "31 "), (0, "people were killed.")],
        ),
        # a word inserted: never a partial word ("kill" + "ed")
        (
            "Rebels seized the city.",
            "Rebels quickly seized the city.",
            [(0, "Rebels "), (1, "quickly "), (0, "seized the city.")],
        ),
        # identical sentences: one equal chunk
        ("Same words.", "Same words.", [(0, "Same words.")]),
    ],
)
def test_word_diff(a: str, b: str, expected: list[tuple[int, str]]) -> None:
    """The diff is in whole words and reads as a reviewer expects."""
    assert word_diff(a, b) == expected


def test_diff_rebuilds_both_sides() -> None:
    """Equal+delete parts rebuild the first sentence, equal+insert parts the second."""
    a = "Assad vowed to crush the “terrorists” in Aleppo, state media said."
    b = "State media said Assad vowed to crush rebels in Idlib and Aleppo."
    diff = word_diff(a, b)
    assert "".join(t for op, t in diff if op <= 0) == a
    assert "".join(t for op, t in diff if op >= 0) == b


def test_equal_share() -> None:
    """The share of shared words is measured on the longer side."""
    assert equal_share(word_diff("a b c d", "a b c d")) == 1.0
    assert equal_share(word_diff("a b c d", "a b x y")) == 0.5


# -- A minimal edit script on word boundaries: checked against a textbook LCS and the pure-Python diff-match-patch --

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
_UNIT = re.compile(r"\w+(?:['’]\w+)*\s*|[^\w\s]\s*|\s+", re.UNICODE)
_PY_DMP = diff_match_patch()
_PY_DMP.Diff_Timeout = 0.0  # no time limit: Myers' search runs to the end, so the diff is a minimal one


def lcs_length(x: Sequence[str], y: Sequence[str]) -> int:
    """Length of a longest common subsequence of two unit lists: the textbook dynamic programme."""
    row = [0] * (len(y) + 1)
    for u in x:
        diagonal = 0
        for j, v in enumerate(y, 1):
            above = row[j]
            row[j] = diagonal + 1 if u == v else max(above, row[j - 1])
            diagonal = above
    return row[-1]


def python_dmp_equal_units(a: str, b: str) -> int:
    """Units the pure-Python diff-match-patch keeps equal, run on the same one-character-per-unit codes."""
    vocabulary: dict[str, str] = {}

    def encode(text: str) -> str:
        return "".join(vocabulary.setdefault(unit, chr(len(vocabulary) + 1)) for unit in _UNIT.findall(text))

    ea, eb = encode(a), encode(b)
    return sum(len(chars) for op, chars in _PY_DMP.diff_main(ea, eb, False) if op == 0)


def check_edit_script(a: str, b: str, diff: Sequence[tuple[int, str]]) -> int:
    """Assert ``diff`` is an edit script from ``a`` to ``b`` in dmp's conventions, on unit boundaries, with every
    unit found on one side only inside a change; return the number of units it keeps equal."""
    assert "".join(t for op, t in diff if op <= 0) == a
    assert "".join(t for op, t in diff if op >= 0) == b
    assert all(op in (-1, 0, 1) and text for op, text in diff)  # no empty chunk
    ops = [op for op, _ in diff]
    assert all(x != y for x, y in pairwise(ops)), diff  # runs merged
    assert (1, -1) not in set(pairwise(ops)), diff  # within a change, the deletions first
    units_a, units_b = _UNIT.findall(a), _UNIT.findall(b)
    starts_a = set(accumulate((len(u) for u in units_a), initial=0))
    starts_b = set(accumulate((len(u) for u in units_b), initial=0))
    one_side_only = set(units_a) ^ set(units_b)  # a changed figure, a reworded quote: never shown as equal
    at_a = at_b = equal_units = 0
    for op, text in diff:
        if op <= 0:
            at_a += len(text)
            assert at_a in starts_a, (diff, text)
        if op >= 0:
            at_b += len(text)
            assert at_b in starts_b, (diff, text)
        if op == 0:
            units = _UNIT.findall(text)
            assert not one_side_only.intersection(units), (diff, text)
            equal_units += len(units)
    return equal_units


def sentences_of(path: Path) -> list[str]:
    article = load_article(path)
    return [article.text[s.start : s.end] for s in segment(article.text, article.paragraphs)]


WORDS = st.sampled_from(["the", "25", "31", "killed", "people", "at", "least", ",", ".", "“", "Idlib", "said", " "])
SENTENCE = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(SENTENCE, SENTENCE)
def test_minimal_edit_script_on_random_sentences(a: str, b: str) -> None:
    """On arbitrary sentences (few distinct words: many repeats and ties) the diff rebuilds both sides on unit
    boundaries and keeps a longest common subsequence of units equal (the textbook LCS, dmp's count)."""
    equal_units = check_edit_script(a, b, word_diff(a, b))
    assert equal_units == lcs_length(_UNIT.findall(a), _UNIT.findall(b)) == python_dmp_equal_units(a, b)


LONG_SENTENCE = st.lists(
    st.sampled_from(["the ", "25 ", "31 ", "people ", ", ", ". ", "“", "said "]), min_size=60, max_size=400
).map("".join)


@settings(max_examples=40, deadline=None)
@given(LONG_SENTENCE, LONG_SENTENCE)
def test_minimal_edit_script_on_long_sentences(a: str, b: str) -> None:
    """Sentences of 60 to 400 units (past one 64-bit word of the bit-parallel LCS) from eight units: still a
    longest common subsequence, on unit boundaries."""
    assert check_edit_script(a, b, word_diff(a, b)) == lcs_length(_UNIT.findall(a), _UNIT.findall(b))


def test_minimal_edit_script_at_the_longest_sentence() -> None:
    """Two sentences of segment.MAX_SENTENCE_CHARS characters, one unit every two: a longest common subsequence."""
    a = ("9 , 5 . " * MAX_SENTENCE_CHARS)[:MAX_SENTENCE_CHARS]
    b = ("5 , 9 ; 3 . " * MAX_SENTENCE_CHARS)[:MAX_SENTENCE_CHARS]
    units_a, units_b = _UNIT.findall(a), _UNIT.findall(b)
    assert len(units_a) == len(units_b) == MAX_SENTENCE_CHARS // 2
    assert check_edit_script(a, b, word_diff(a, b)) == lcs_length(units_a, units_b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a repeated figure, only the second one changed: the change is shown where it is
        (
            "25 people were killed and 25 were hurt.",
            "25 people were killed and 31 were hurt.",
            [(0, "25 people were killed and "), (-1, "25 "), (1, "31 "), (0, "were hurt.")],
        ),
        # a reworded quote: the changed words, and only them
        (
            "“We will not surrender,” he said.",
            "“We shall never surrender,” he said.",
            [(0, "“We "), (-1, "will not "), (1, "shall never "), (0, "surrender,” he said.")],
        ),
        # nothing in common: all of one side deleted, then all of the other inserted
        ("Rebels fled.", "Troops advanced!", [(-1, "Rebels fled."), (1, "Troops advanced!")]),
    ],
)
def test_changes_surface(a: str, b: str, expected: list[tuple[int, str]]) -> None:
    """Changed figures and quoted words are the chunks that differ, deletions before insertions."""
    assert word_diff(a, b) == expected


def test_minimal_edit_script_on_the_seeds() -> None:
    """Every sentence of one seed against every sentence of the other: a minimal edit script on unit boundaries
    (as many equal units as the pure-Python diff-match-patch keeps)."""
    left, right = (sentences_of(p) for p in sorted((REPO / "seeds").glob("*.txt")))
    pairs = [(a, b) for a in left for b in right]
    assert len(pairs) > 300
    for a, b in pairs:
        assert check_edit_script(a, b, word_diff(a, b)) == python_dmp_equal_units(a, b), (a, b)


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="../shared/eval/news-clusters is absent")
def test_minimal_edit_script_on_the_clusters() -> None:
    """Sentences of each tuning cluster's first article against its second's (both orders): a minimal edit
    script on unit boundaries, as many equal units as the pure-Python diff-match-patch and the textbook LCS."""
    compared = 0
    for cluster in sorted(CLUSTERS.iterdir()):
        if not cluster.is_dir() or int(cluster.name.split("_")[1]) >= 600000:
            continue
        first, second = (sentences_of(p) for p in sorted(cluster.glob("article_*.txt"))[:2])
        for a in first[:10]:
            for b in second[:10]:
                for x, y in ((a, b), (b, a)):
                    equal_units = check_edit_script(x, y, word_diff(x, y))
                    assert equal_units == python_dmp_equal_units(x, y), (cluster.name, x, y)
                    assert equal_units == lcs_length(_UNIT.findall(x), _UNIT.findall(y)), (cluster.name, x, y)
                    compared += 1
    assert compared > 500


# -- The chunks as a plain writer puts them: units joined, not sliced by offsets ------------------------------------


def plain_chunks(a: str, b: str) -> list[tuple[int, str]]:
    """The diff written out the plain way: each side cut into a list of units, the matching blocks of their codes,
    and each chunk the units joined (dmp's conventions: equal runs merged, deletions before insertions)."""
    units_a, units_b = _UNIT.findall(a), _UNIT.findall(b)
    vocabulary: dict[str, str] = {}
    ea, eb = ("".join(vocabulary.setdefault(u, chr(len(vocabulary) + 1)) for u in us) for us in (units_a, units_b))
    chunks: list[tuple[int, str]] = []
    ia = ib = 0
    for block in Indel.opcodes(ea, eb).as_matching_blocks():
        for op, text in ((-1, "".join(units_a[ia : block.a])), (1, "".join(units_b[ib : block.b]))):
            if text:
                chunks.append((op, text))
        equal = "".join(units_a[block.a : block.a + block.size])
        if equal and chunks and chunks[-1][0] == 0:
            chunks[-1] = (0, chunks[-1][1] + equal)
        elif equal:
            chunks.append((0, equal))
        ia, ib = block.a + block.size, block.b + block.size
    return chunks


def plain_either_way(x: str, y: str) -> list[tuple[int, str]]:
    """The plain writer's chunks of the pair in the order it is diffed in (the smaller text first), read for
    (x, y): deletions and insertions exchanged, each change's deletion still first."""
    if x <= y:
        return plain_chunks(x, y)
    out: list[tuple[int, str]] = []
    for op, text in plain_chunks(y, x):
        if -op == -1 and out and out[-1][0] == 1:
            out.insert(len(out) - 1, (-1, text))
        else:
            out.append((-op, text))
    return out


def mirrored(chunks: list[tuple[int, str]]) -> list[tuple[str, ...]]:
    """The equal runs and, between them, each change's deleted and inserted text, with the sides exchanged:
    what the diff of the other order must say."""
    out: list[tuple[str, ...]] = []
    for op, text in chunks:
        if op == 0:
            out.append(("=", text))
            continue
        if not out or out[-1][0] == "=":
            out.append(("~", "", ""))
        _, gone, added = out[-1]
        out[-1] = ("~", gone + text, added) if op > 0 else ("~", gone, added + text)
    return out


@settings(max_examples=200, deadline=None)
@given(SENTENCE, SENTENCE)
def test_either_order_highlights_the_same_words(a: str, b: str) -> None:
    """The diff of (b, a) is the diff of (a, b) with deletions and insertions exchanged: the same equal runs,
    so `compare A B` and `compare B A` highlight the same words."""
    differ = WordDiffer()
    forward, back = list(differ.diff(a, b)[0]), list(WordDiffer().diff(b, a)[0])
    assert mirrored(forward) == mirrored([(-op, text) for op, text in back])


def test_either_order_highlights_the_same_words_on_the_seeds() -> None:
    """Every sentence of one seed against every sentence of the other, both ways: the same equal runs (the LCS
    alone picks other runs for some of these pairs when the sides swap)."""
    left, right = (sentences_of(p) for p in sorted((REPO / "seeds").glob("*.txt")))
    for a in left:
        for b in right:
            forward, back = list(WordDiffer().diff(a, b)[0]), list(WordDiffer().diff(b, a)[0])
            assert mirrored(forward) == mirrored([(-op, text) for op, text in back]), (a, b)


@settings(max_examples=300, deadline=None)
@given(SENTENCE, SENTENCE, st.sampled_from([1, 0xD7F0, 200_000]))
def test_chunks_are_the_plain_writers(a: str, b: str, first_code: int) -> None:
    """WordDiffer's chunks (slices of the sentence at unit offsets, units encoded once over a shared vocabulary)
    are the chunks of the plain writer that joins units, on random sentences, both ways."""
    differ = differ_with_codes_from(first_code)
    for x, y in ((a, b), (b, a), (a, a + " " + b)):
        assert list(differ.diff(x, y)[0]) == plain_either_way(x, y), (x, y)


def test_chunks_are_the_plain_writers_on_the_seeds() -> None:
    """Every sentence of one seed against every sentence of the other: the plain writer's chunks."""
    left, right = (sentences_of(p) for p in sorted((REPO / "seeds").glob("*.txt")))
    differ = WordDiffer()
    for a in left:
        for b in right:
            assert list(differ.diff(a, b)[0]) == plain_either_way(a, b), (a, b)


# -- WordDiffer (bulk, one vocabulary per comparison): a fresh differ's chunks and equal_share's share ------------


def differ_with_codes_from(first_code: int) -> WordDiffer:
    """A WordDiffer whose next code is ``first_code``: high codes (past the surrogate block, past 0xFFFF) must
    give the same chunks as the small codes of a per-pair vocabulary (word_diff's fresh differ)."""
    differ = WordDiffer()
    differ._vocabulary.update((f"\0filler{k}", chr(k)) for k in range(1, first_code))
    return differ


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(SENTENCE, SENTENCE), min_size=1, max_size=6),
       st.sampled_from([1, 300, 0xD7F0, 0x10000, 200_000]))  # fmt: skip
def test_differ_gives_word_diff_and_share(pairs: list[tuple[str, str]], first_code: int) -> None:
    """Pairs diffed through one WordDiffer (sentences shared between pairs, codes small or past 0xFFFF): each
    diff is word_diff's and its share equal_share's."""
    differ = differ_with_codes_from(first_code)
    for a, b in [*pairs, *((b, a) for a, b in pairs), *pairs]:  # the last round from the pair cache
        diff, share = differ.diff(a, b)
        assert list(diff) == word_diff(a, b)
        assert share == equal_share(word_diff(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They don't know rock'n'roll.", "They do not know rock’n’roll."),  # apostrophes inside words
        ("_x_ said '25' ’", "_x_ said 25 ’tis"),  # underscores are word characters; lone apostrophes are not
        ("", "One."),  # an empty side
    ],
)
def test_differ_counts_words_as_equal_share(a: str, b: str) -> None:
    """Words counted per unit (apostrophes, underscores, empty sides) give equal_share's share."""
    assert WordDiffer().diff(a, b) == (tuple(word_diff(a, b)), equal_share(word_diff(a, b)))


def test_differ_on_the_seeds() -> None:
    """Every sentence of one seed against every sentence of the other through one WordDiffer: word_diff's chunks
    and equal_share's shares."""
    left, right = (sentences_of(p) for p in sorted((REPO / "seeds").glob("*.txt")))
    differ = WordDiffer()
    for a in left:
        for b in right:
            diff, share = differ.diff(a, b)
            assert (list(diff), share) == (word_diff(a, b), equal_share(word_diff(a, b))), (a, b)


def test_differ_starts_afresh_rather_than_overflow(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the vocabulary full, a WordDiffer clears it and still diffs right."""
    monkeypatch.setattr(worddiff, "MAX_CODES", 40)
    differ = WordDiffer()
    a, b = "At least 25 people were killed in the city.", "At least 31 people died in the old city, police said."
    for _ in range(3):
        assert differ.diff(a, b) == (tuple(word_diff(a, b)), equal_share(word_diff(a, b)))
        more = a + " More."
        assert differ.diff(b, more) == (tuple(word_diff(b, more)), equal_share(word_diff(b, more)))
    assert len(differ._vocabulary) <= 40


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcd", max_size=150), st.text(alphabet="abcd", max_size=150))
def test_editops_give_the_opcodes_blocks(a: str, b: str) -> None:
    """WordDiffer reads the matching blocks from Indel.editops: the same blocks as from Indel.opcodes, which the
    plain writer above (and the diffs before) used; few letters, so ties are everywhere, past one 64-bit word."""

    def blocks(found: Any) -> list[tuple[int, int, int]]:
        return [(k.a, k.b, k.size) for k in found.as_matching_blocks()]

    assert blocks(Indel.editops(a, b)) == blocks(Indel.opcodes(a, b))


# -- The unit pattern: written for speed, it must find the units of the plain pattern ------------------------------

UNIT_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["don't", "it’s", "rock'n'roll", "'", "’", "''", "a'", "'b", "_", "__x", "\t", "\x1c", "\u00a0",
                         "\u2003", "é", "٣", "—", "..."]),
        st.text(max_size=5),
    ),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(UNIT_TEXT)
def test_units_are_the_plain_patterns(text: str) -> None:
    """worddiff's unit pattern (possessive, "\\S" for "[^\\w\\s]") cuts any text into the units of the plain
    r"\\w+(?:['’]\\w+)*\\s*|[^\\w\\s]\\s*|\\s+": apostrophes inside and at the ends of words, underscores, Unicode
    spaces and digits, control characters Python counts as spaces."""
    assert worddiff._UNIT_RE.findall(text) == _UNIT.findall(text)


def test_units_are_the_plain_patterns_on_the_seeds_and_clusters() -> None:
    """The same units on every sentence of the seeds and, when present, the news clusters."""
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted(CLUSTERS.glob("*/article_*.txt"))
    for path in paths:
        for sentence in sentences_of(path):
            assert worddiff._UNIT_RE.findall(sentence) == _UNIT.findall(sentence), (path, sentence)
