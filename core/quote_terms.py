"""Terms, not speech: a quotation of a few words, or of a title, in a sentence where nobody speaks ("the “Fourth
Ward of July” celebration", a nickname within a name) is not listed as a quotation (``is_term``). No Qt here."""

from __future__ import annotations

from .quote_lexicon import FUNCTION_WORDS, RX, VERB_RE, WORD_RE, not_name, passive, words

# A quotation of at most this many words is a term, a name or a title, not speech, unless a speech verb stands in its
# sentence or it is a sentence of its own ('“Absolutely, absolutely.”'). Review s27 found nicknames ("Screwball"),
# titles ("Freedom Over Texas", "America's Most Wanted") and scare quotes ("for the hood", "all too familiar") listed
# as quotations, and given a speaker from the sentence before; the comparison of wording already ignores quotations
# under QuoteSettings.min_speech_words (4) words.
TERM_MAX_WORDS = 3
# So is a longer one in title case, in a sentence where nobody speaks ("the “Fourth Ward of July” celebration"), up to
# this many words.
TITLE_MAX_WORDS = 8
_NAME_BEFORE_RE = RX.compile(r"(?:^|[\s(])([A-Z][\w'’.-]*)\s+$")
_NAME_AFTER_RE = RX.compile(r"\s+([A-Z][\w'’-]*)")
_READ_RE = RX.compile(r"\b(?:read|reads)\b")


def _title_cased(quoted: str) -> bool:
    """Every word capitalised but English's function words: a title ("Fourth Ward of July", "The Lord of the
    Rings"), not a sentence someone said."""
    if quoted.rstrip(" ,.'’\"”").endswith(("?", "!", "…", "..")):
        return False  # asked, exclaimed or trailing off: "Mark Felt...", "Somebody in the FBI?"
    found = WORD_RE.findall(quoted)
    return len(found) <= TITLE_MAX_WORDS and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in FUNCTION_WORDS for w in found
    ) and sum(w[0].isupper() for w in found) >= 2


def is_term(text: str, outside: str, mark_start: int, start: int, end: int, mark_end: int, lo: int, hi: int) -> bool:
    """The quotation between ``mark_start`` and ``mark_end`` of ``text`` (``outside``: ``text`` with quotations
    blanked; ``lo``..``hi``: the sentences it spans) is a term, not speech (``TERM_MAX_WORDS``): a nickname within a
    name ('Laura “Beth” Mulford said'), or a few words in a sentence where nobody speaks."""
    if not term_words(text[start:end]):
        return False
    before = _NAME_BEFORE_RE.search(text, max(0, mark_start - 40), mark_start)
    after = _NAME_AFTER_RE.match(text, mark_end)
    if before and after and not not_name(before.group(1)) and not not_name(after.group(1)):
        return True
    if not WORD_RE.search(outside, lo, hi) or _READ_RE.search(outside, lo, hi):
        return False  # the whole sentence is quoted (someone said it), or what a sign or a banner reads
    return not any(not passive(outside, v) for v in VERB_RE.finditer(outside, lo, hi))


def term_words(quoted: str) -> bool:
    """Quoted words few enough, or titled, to be a term rather than speech (``TERM_MAX_WORDS``, ``_title_cased``)."""
    return len(words(quoted)) <= TERM_MAX_WORDS or _title_cased(quoted)
