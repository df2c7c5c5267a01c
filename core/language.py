"""Whether an article reads as English: ReportDiff finds figures, quotations and their conflicts in English text
only (core/figures/, core/quotes.py), so a comparison of another language would report "0 conflicts" that were
never looked for. ``not_english_warnings(articles)`` names such articles, for the report's warnings.

The test is the share of a text's words that are English function words ("the", "of", "and", "said", ...):
25-35% of the words of English news, under 5% of Spanish, French or German news (whose "a", "in", "on" are few),
none in Cyrillic, Arabic or Chinese text. Pure Python; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# English function words frequent in news of any subject.
FUNCTION_WORDS = frozenset(
    "the of and to in a is was for on that with said by at as from he it his were are has have be an after who "
    "their they had but not this which been will its would she her also more than about when".split()
)
# Below this share of function words among a text's words, it is not English (English news: 0.25-0.35; a list of
# names and figures in English still holds 0.10 and more).
MIN_FUNCTION_SHARE = 0.08
# Texts in the Latin script shorter than this many words are not judged: a headline may hold no function word.
MIN_WORDS = 30
# A text whose letters are mostly of another script (Cyrillic, Arabic, Chinese, ...) is not English however short,
# once it has this many letters.
MIN_LETTERS = 20
# The start of the text that is judged: enough to tell, bounded work on a long article.
SAMPLE_CHARS = 20_000
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_END = 0x0250  # Basic Latin to Latin Extended-B


def looks_english(text: str) -> bool:
    """Whether ``text`` reads as English (True for Latin-script texts too short to tell)."""
    words = _WORD.findall(text[:SAMPLE_CHARS])
    letters = sum(map(len, words))
    if letters >= MIN_LETTERS and sum(ord(c) < _LATIN_END for w in words for c in w) < letters / 2:
        return False
    if len(words) < MIN_WORDS:
        return True
    return sum(w.lower() in FUNCTION_WORDS for w in words) >= MIN_FUNCTION_SHARE * len(words)


def not_english_warnings(articles: Iterable[tuple[str, str]]) -> Sequence[str]:
    """One warning for each (name, text) that is not English, saying what the comparison could not check."""
    return [
        f"{name} does not read as English: ReportDiff finds figures, quotations and discrepancies in English "
        "text only, so this article's may be missing from the report"
        for name, text in articles
        if not looks_english(text)
    ]
