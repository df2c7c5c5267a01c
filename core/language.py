"""Whether an article reads as English: ReportDiff finds figures, quotations and their conflicts in English text
only (core/figures/, core/quotes.py), so a comparison of another language would report "0 conflicts" that were
never looked for. ``not_english_warnings(articles)`` names such articles, for the report's warnings.

An article is not English when most of its letters are of another script (Cyrillic, Arabic, Chinese, ...), or
when the function words of another language ("de", "la", "het", "und", ...) make up more of its words than
English ones do and at least OTHER_SHARE of them. Positive evidence of another language, not a lack of English
words: a table of football results or a list of victims' names holds few English function words and is English.
Pure Python; no Qt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

# Function words frequent in news of any subject, per language (English first). A word that is a function word of
# English too ("a", "in", "is", "die" of German and Afrikaans) counts for every language that has it.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in a is was for on that with said by at as from he it his were are has have be an after "
              "who their they had but not this which been will its would she her also more than about when",
        "es": "el la de que y en los las del se por un una con para es al lo como más pero sus su fue ha según",
        "fr": "le la les de des du et en un une est que qui dans pour par sur au aux pas ont a été selon il elle",
        "de": "der die das und ist in den von zu mit sich des auf für im dem nicht ein eine als auch es an wurde "
              "sind bei nach",
        "nl": "de het een en van in is op te dat die voor met zijn niet aan er bij door ook werd naar om worden",
        "af": "die en van is het in op te dat nie vir met 'n aan deur ook sal word na om hulle",
        "it": "il la di che e in un una per del della è non con sono i gli le al nel da ha dei come anche",
        "pt": "o a de que e do da em um uma para com não os as no na por mais dos das foi ao",
        "sv": "och i att det som en på är av för med till den har de inte om ett var men",
        "pl": "i w na z się nie do to że jest o jak po a od przez dla",
        "tr": "ve bir bu da de için ile olarak olan çok daha en gibi ama",
        "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada",
    }.items()
}
# Another language's function words must be at least this share of the words (its news: 0.20-0.35; English
# news holds under 0.05 of the other languages' words that English lacks).
OTHER_SHARE = 0.12
# Texts shorter than this many words are not judged by their words: a headline may hold no function word.
MIN_WORDS = 20
# A text whose letters are mostly of another script is not English however short, once it has this many letters.
MIN_LETTERS = 20
# The start of the text that is judged: some 500 words tell a language; more only costs time (a 20 x 5,000-word
# comparison spent 0.1 s here judging 20,000 characters an article, letter by letter).
SAMPLE_CHARS = 3_000
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\u024f]")  # a letter past Latin Extended-B


def looks_english(text: str) -> bool:
    """Whether ``text`` reads as English (True when nothing says it is another language)."""
    sample = text[:SAMPLE_CHARS]
    non_latin = _NON_LATIN_LETTER.findall(sample)  # few or none: counted before the letters (~0.4 ms a text)
    if non_latin:
        letters = len(_LETTER.findall(sample))
        if letters >= MIN_LETTERS and 2 * len(non_latin) > letters:
            return False
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return True
    counts = Counter(w.lower() for w in words)
    shares = {lang: sum(counts[w] for w in vocab) / len(words) for lang, vocab in FUNCTION_WORDS.items()}
    english = shares.pop("en")
    other = max(shares.values())
    return not (other >= OTHER_SHARE and other > english)


def not_english_warnings(articles: Iterable[tuple[str, str]]) -> Sequence[str]:
    """One warning for each (name, text) that is not English, saying what the comparison could not check."""
    return [
        f"{name} does not read as English: ReportDiff finds figures, quotations and discrepancies in English "
        "text only, so this article's may be missing from the report"
        for name, text in articles
        if not looks_english(text)
    ]
