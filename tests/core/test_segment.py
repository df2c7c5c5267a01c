"""Sentence segmentation: offsets, abbreviations, quotes, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
import syntok.segmenter as syntok_segmenter
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core import segment as segment_module
from reportdiff.core.load import load_article, split_paragraphs
from reportdiff.core.segment import Span, segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations do not end sentences
        (
            "The U.S. and Gen. Smith met on Jan. 5 in Washington. Talks failed.",
            ["The U.S. and Gen. Smith met on Jan. 5 in Washington.", "Talks failed."],
        ),
        # a quotation closing after the full stop belongs to its sentence
        (
            'He said, "We will fight." The army withdrew.',
            ['He said, "We will fight."', "The army withdrew."],
        ),
        # an em-dash aside stays inside its sentence
        (
            "Hayat Tahrir al-Sham—an Islamist group—seized Idlib. Fighting continued.",
            ["Hayat Tahrir al-Sham—an Islamist group—seized Idlib.", "Fighting continued."],
        ),
        # a sentence never crosses a paragraph break
        ("First paragraph without a stop\nSecond line.", ["First paragraph without a stop", "Second line."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    """Sentences split where a reader would split them."""
    assert sentences(text) == expected


def test_offsets_index_the_text() -> None:
    """Every span's offsets cut its sentence out of the original text, in order, with paragraph numbers."""
    text = "Alpha one. Beta two.\n\nGamma three."
    spans = segment(text, split_paragraphs(text))
    assert [(text[s.start : s.end], s.paragraph) for s in spans] == [
        ("Alpha one.", 0),
        ("Beta two.", 0),
        ("Gamma three.", 1),
    ]


# -- Same sentences as before issue 12 (syntok on each paragraph, no cache) ----------------------------------------

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"


def reference_segment(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """segment.segment as it was: syntok over every paragraph, every time."""
    spans: list[Span] = []
    for number, (p_start, p_end) in enumerate(paragraphs):
        chunk = text[p_start:p_end]
        found = False
        for paragraph in syntok_segmenter.analyze(chunk):
            for sentence in paragraph:
                tokens = [t for t in sentence if t.value]
                if not tokens:
                    continue
                start = tokens[0].offset
                end = tokens[-1].offset + len(tokens[-1].value)
                for s, e in segment_module._cut_long(chunk, start, end):
                    spans.append(Span(p_start + s, p_start + e, number))
                    found = True
        if not found and chunk.strip():
            spans.append(Span(p_start, p_end, number))
    return segment_module._fix_gaps(text, spans)


def article_files() -> list[Path]:
    files = sorted((REPO / "seeds").glob("*.txt"))
    if CLUSTERS.is_dir():
        files += sorted(CLUSTERS.glob("gva_*/article_*.txt"))
    return files


def test_same_sentences_as_before_on_seeds_and_clusters() -> None:
    """Every seed and cluster article (when the data is there), segmented twice (the second from the cache):
    the spans of the uncached syntok pass, span for span."""
    for path in article_files():
        article = load_article(path)
        expected = reference_segment(article.text, list(article.paragraphs))
        assert segment(article.text, article.paragraphs) == expected, path
        assert segment(article.text, article.paragraphs) == expected, path


TEXT = st.lists(
    st.one_of(st.sampled_from(["U.S.", "Gen.", "said.", "“We", "fight.”", "(AP)", "—", "25", "\n", "\n\n", "?"]),
              st.text(max_size=10)),
    max_size=50,
).map(" ".join)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_same_sentences_as_before_on_random_text(text: str) -> None:
    """Arbitrary text with abbreviations, quotes and breaks: the same spans as the uncached pass."""
    paragraphs = split_paragraphs(text)
    assert segment(text, paragraphs) == reference_segment(text, paragraphs)


def test_a_paragraph_seen_before_is_not_segmented_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph repeated (a wire copy, a re-comparison) reaches syntok once; its offsets follow its position."""
    calls: list[str] = []
    analyze = syntok_segmenter.analyze

    def counting(chunk: str):  # type: ignore[no-untyped-def]
        calls.append(chunk)
        return analyze(chunk)

    monkeypatch.setattr(syntok_segmenter, "analyze", counting)
    segment_module._paragraph_sentences.cache_clear()
    para = "Rebels seized Idlib on Tuesday. The army withdrew, officials said."
    text = f"{para}\n\nA new paragraph.\n\n{para}"
    spans = segment(text, split_paragraphs(text))
    assert calls.count(para) == 1
    assert [text[s.start : s.end] for s in spans] == [
        "Rebels seized Idlib on Tuesday.", "The army withdrew, officials said.", "A new paragraph.",
        "Rebels seized Idlib on Tuesday.", "The army withdrew, officials said.",
    ]  # fmt: skip
    assert [s.paragraph for s in spans] == [0, 0, 1, 2, 2]
