"""Word diff: diff-match-patch on words, highlights on word boundaries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core import worddiff
from reportdiff.core.load import load_article
from reportdiff.core.segment import segment
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


# -- Same output as the pure-Python diff-match-patch (the implementation before issue 12) ------------------------

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
_UNIT = re.compile(r"\w+(?:['’]\w+)*\s*|[^\w\s]\s*|\s+", re.UNICODE)
_PY_DMP = diff_match_patch()
_PY_DMP.Diff_Timeout = 0.0


def reference_word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """worddiff.word_diff as it was: the same unit encoding, diffed by the pure-Python diff-match-patch."""
    vocabulary: dict[str, str] = {}
    units: list[str] = []

    def encode(text: str) -> str:
        chars = []
        for unit in _UNIT.findall(text):
            if unit not in vocabulary:
                units.append(unit)
                vocabulary[unit] = chr(len(units) + (2048 if len(units) >= 0xD800 else 0))
            chars.append(vocabulary[unit])
        return "".join(chars)

    ea, eb = encode(a), encode(b)
    decode = {code: unit for unit, code in vocabulary.items()}
    result: list[tuple[int, str]] = []
    for op, chars in _PY_DMP.diff_main(ea, eb, False):
        text = "".join(decode[c] for c in chars)
        if result and result[-1][0] == op:
            result[-1] = (op, result[-1][1] + text)
        else:
            result.append((op, text))
    return result


def sentences_of(path: Path) -> list[str]:
    article = load_article(path)
    return [article.text[s.start : s.end] for s in segment(article.text, article.paragraphs)]


WORDS = st.sampled_from(["the", "25", "31", "killed", "people", "at", "least", ",", ".", "“", "Idlib", "said", " "])
SENTENCE = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(SENTENCE, SENTENCE)
def test_same_diff_as_python_dmp_on_random_sentences(a: str, b: str) -> None:
    """On arbitrary sentences (few distinct words, so many equal runs and ties) the diff is the old one."""
    assert word_diff(a, b) == reference_word_diff(a, b)


def test_same_diff_as_python_dmp_on_the_seeds() -> None:
    """Every sentence of one seed against every sentence of the other: the same chunks as before."""
    left, right = (sentences_of(p) for p in sorted((REPO / "seeds").glob("*.txt")))
    pairs = [(a, b) for a in left for b in right]
    assert len(pairs) > 300
    assert [word_diff(a, b) for a, b in pairs] == [reference_word_diff(a, b) for a, b in pairs]


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="../shared/eval/news-clusters is absent")
def test_same_diff_as_python_dmp_on_the_clusters() -> None:
    """Sentences of each tuning cluster's first article against its second's (both orders): the same chunks."""
    compared = 0
    for cluster in sorted(CLUSTERS.iterdir()):
        if not cluster.is_dir() or int(cluster.name.split("_")[1]) >= 600000:
            continue
        first, second = (sentences_of(p) for p in sorted(cluster.glob("article_*.txt"))[:2])
        for a in first[:10]:
            for b in second[:10]:
                assert word_diff(a, b) == reference_word_diff(a, b), (cluster.name, a, b)
                assert word_diff(b, a) == reference_word_diff(b, a), (cluster.name, b, a)
                compared += 2
    assert compared > 500


# -- WordDiffer (bulk, one vocabulary per comparison): word_diff's chunks and equal_share's share ------------------


def differ_with_codes_from(first_code: int) -> WordDiffer:
    """A WordDiffer whose next code is ``first_code``: high codes (past the surrogate block, past 0xFFFF) must
    give the same runs as the small codes of a per-pair vocabulary."""
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
