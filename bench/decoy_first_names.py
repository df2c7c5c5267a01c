"""Measure (bench/ecbplus.py --oof) the engine reading a sentence's FIRST word as a name when its article never
writes that word in lower case ("Oracle completes ...", "Nvidia completes ..."), where core/sentence_features.py's
``sentence_features`` never counts the first word as a name: every name feature (entity_clash, anchor_clash,
anchor_absent, article_share, the names' weight) then sees sentence-initial subjects. A bench experiment (session 32,
issue 11): core/ is patched in this process only.

    python bench/decoy_first_names.py --oof --strict 0.34 --memo /tmp/first.pkl   # any ecbplus.py flags
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from typing import Any

import ecbplus

from reportdiff.core import compare as compare_module
from reportdiff.core import sentence_features as words
from reportdiff.core import similarity

_real_features = similarity.sentence_features
_state: dict[str, Any] = {"lower": [], "at": 0}


def _lower_of(texts: Sequence[str], articles: Sequence[int]) -> list[set[str]]:
    """For each sentence, the stems its article writes in lower case somewhere."""
    by_article: dict[int, set[str]] = {}
    for text, article in zip(texts, articles, strict=True):
        found = by_article.setdefault(article, set())
        for raw in words._TOKEN_RE.findall(text):
            if raw[0].islower():
                found.add(words._read_word(raw)[0])
    return [by_article[a] for a in articles]


def first_name_features(text: str, ignore: tuple[int, int] | None = None) -> words.SentenceFeatures:
    """``sentence_features`` with a name-like first word (capitalised, not a stopword or number, never written in
    lower case in its article) among the names."""
    found = _real_features(text, ignore)
    lower = _state["lower"][_state["at"]] if _state["at"] < len(_state["lower"]) else set()
    _state["at"] += 1
    for match in words._TOKEN_RE.finditer(text):
        if ignore is not None and ignore[0] <= match.start() < ignore[1]:
            continue
        raw = match.group(0)
        stem, _, number, capital = words._read_word(raw)
        if capital and not number and stem not in lower and stem in found.content and stem not in found.entities:
            return dataclasses.replace(found, entities=found.entities | {stem})
        break
    return found


def main(argv: Sequence[str] | None = None) -> int:
    real = compare_module.LexicalSimilarity

    def patched(texts: Sequence[str], ignore: Any, embeddings: Any, articles: Sequence[int]) -> Any:
        _state["lower"], _state["at"] = _lower_of(texts, articles), 0
        return real(texts, ignore, embeddings, articles)

    compare_module.LexicalSimilarity = patched  # type: ignore[assignment,misc]
    similarity.sentence_features = first_name_features  # type: ignore[assignment]
    try:
        return ecbplus.main(argv)
    finally:
        compare_module.LexicalSimilarity = real  # type: ignore[misc]
        similarity.sentence_features = _real_features


if __name__ == "__main__":
    sys.exit(main())
