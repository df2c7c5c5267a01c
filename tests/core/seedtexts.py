"""Sentences of the seed articles for tests that need many tied candidates: each seed loaded three times, so every
sentence has equally good partners and each article has copies of itself in the comparison."""

from __future__ import annotations

from pathlib import Path

from reportdiff.core.load import load_article
from reportdiff.core.segment import segment

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def tripled_seed_sentences() -> tuple[list[str], list[int]]:
    """(sentence texts, the article number of each) of the seeds loaded three times, articles numbered in order."""
    texts: list[str] = []
    articles: list[int] = []
    for k, path in enumerate(SEEDS * 3):
        article = load_article(path)
        spans = segment(article.text, article.paragraphs)
        texts += [article.text[s.start : s.end] for s in spans]
        articles += [k] * len(spans)
    return texts, articles
