"""A page's label opening a body paragraph ("UPDATE: ", "PREVIOUS STORY: ") is no part of what its sentence states:
it is left out of the sentence's similarity and of the word diff that tells its link's kind, as the lead's dateline
is, while the link's diff still spells out the whole sentence."""

from __future__ import annotations

import itertools

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare
from reportdiff.core.load import load_text
from reportdiff.core.worddiff import WordDiffer, with_heads

_HEAD = "Sailor dies days after the recruiting centre shooting\n\n"
_LEAD = "Close friends rallied on Sunday around the family of a Navy sailor wounded in the attack.\n\n"
_DEATH = "Officer Smith died of his wounds on Saturday."  # short: one label's word weighs in its similarity
_MEMORIAL = "A memorial outside the recruiting office kept growing through the weekend as neighbours left flowers."


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("UPDATE: " + _DEATH, "UPDATE: "),
        ("PREVIOUS STORY: " + _DEATH, "PREVIOUS STORY: "),
        ("BREAKING: " + _DEATH, "BREAKING: "),
        ("LATEST UPDATE: " + _DEATH, "LATEST UPDATE: "),
        # a transcript's speaker, a name, an acronym: no label's word before the colon
        ("OBAMA: We will find out what happened in Chattanooga.", None),
        ("JOHN SMITH: " + _DEATH, None),
        ("NCAA: " + _DEATH, None),
        # a label's word inside the paragraph, not opening it
        ("He said UPDATE: " + _DEATH, None),
    ],
)
def test_label_opening_a_body_paragraph(paragraph: str, label: str | None) -> None:
    article = load_text(_HEAD + _LEAD + paragraph + "\n\n" + _MEMORIAL, "article.txt")
    found = [article.text[a:b] for a, b in article.label_spans]
    assert found == ([label] if label else [])
    assert article.dateline is None  # the lead's reading is untouched


def test_lead_dateline_and_body_label_both_ignored() -> None:
    article = load_text(_HEAD + "CHICAGO - " + _LEAD + "UPDATE: " + _DEATH, "article.txt")
    assert [article.text[a:b] for a, b in article.ignore_spans] == ["CHICAGO - ", "UPDATE: "]


def _compare(first: str, second: str) -> m.Report:
    return compare([load_text(_HEAD + _LEAD + first + "\n\n" + _MEMORIAL, "a.txt"),
                    load_text("Sailor dies\n\n" + _LEAD + second + "\n\n" + _MEMORIAL, "b.txt")])  # fmt: skip


def _link_of(report: m.Report, words: str) -> m.Link:
    return next(k for k in report.links if words in report.sentence(k.source).text)


def test_label_left_out_of_similarity_and_kind() -> None:
    """The labelled sentence links to its unlabelled twin as the unlabelled one would: same similarity, same kind;
    its diff spells out both sentences, the label as the first side's own words."""
    labelled = _link_of(_compare("UPDATE: " + _DEATH, _DEATH), "Smith died")
    plain = _link_of(_compare(_DEATH, _DEATH), "Smith died")
    assert labelled.similarity == pytest.approx(plain.similarity, abs=0.001)  # counted, the label lowered it
    assert labelled.kind == plain.kind
    assert labelled.diff == ((-1, "UPDATE: "), (0, _DEATH))


def test_label_left_out_of_a_links_changed_words() -> None:
    """A reworded sentence: the label joins the first change, and the equal share is the rests' alone."""
    other = _DEATH.replace("wounds", "injuries")
    labelled = _link_of(_compare("UPDATE: " + _DEATH, other), "Smith died")
    plain = _link_of(_compare(_DEATH, other), "Smith died")
    assert labelled.similarity == pytest.approx(plain.similarity, abs=0.001)
    assert labelled.kind == plain.kind == m.AGREEMENT  # counted, the label made it a paraphrase
    source = "".join(text for op, text in labelled.diff if op <= 0)
    target = "".join(text for op, text in labelled.diff if op >= 0)
    assert (source, target) == ("UPDATE: " + _DEATH, other)


@pytest.mark.parametrize(
    ("a", "b", "head_a", "head_b"),
    [
        ("UPDATE: Smith, 26, died on Saturday.", "Randall Smith, 26, died on Saturday.", 8, 0),
        ("Smith, 26, died on Saturday.", "CHICAGO - Smith, 26, died Sunday.", 0, 10),
        ("UPDATE: Smith died.", "CHICAGO - Randall Smith died.", 8, 10),
        ("UPDATE: ", "Smith died.", 8, 0),
    ],
)
def test_heads_put_back_spell_out_both_sentences(a: str, b: str, head_a: int, head_b: int) -> None:
    chunks, _share = WordDiffer().diff(a[head_a:], b[head_b:])
    whole = with_heads(chunks, a[:head_a], b[:head_b])
    assert "".join(text for op, text in whole if op <= 0) == a
    assert "".join(text for op, text in whole if op >= 0) == b
    ops = [op for op, _text in whole]
    assert all(x != y for x, y in itertools.pairwise(ops))  # one chunk per run, as diffs are written
    assert ops[:2] in ([-1, 1], [-1, 0], [1, 0], [-1])
