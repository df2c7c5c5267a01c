"""What a sentence is made of, for comparing it with another: its words' stems (Snowball, number words as digits,
the synonyms news writing uses for one event joined), which of them are content words, numbers and names, and the
attribution closing it ("..., police said on Tuesday."), whose words are left out. Pure functions of one sentence's
text, cached by spelling; core/similarity.py weighs and compares what they give. Never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from . import patterncache
from .stopwords import STOPWORDS

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000", "dozen": "12",
}  # fmt: skip

# Stems that news writing uses interchangeably for one event, mapped to one: a rewrite says "25 dead" where the
# wire said "killing 25"; irregular verb forms the stemmer cannot join ("struck"/"strike").
SYNONYM_STEMS = {
    "dead": "kill", "death": "kill", "die": "kill", "fatal": "kill", "slain": "kill",
    "injuri": "injur", "wound": "injur", "hurt": "injur",
    "struck": "strike", "fled": "flee", "shot": "shoot", "fought": "fight", "children": "child",
    "held": "hold", "began": "begin", "begun": "begin", "seen": "see",
    "saw": "see", "left": "leav", "went": "go", "gone": "go", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "told": "tell", "sought": "seek", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "won": "win", "lost": "lose", "led": "lead", "met": "meet", "hit": "hit", "spoke": "speak",
    "spoken": "speak", "caught": "catch", "brought": "bring", "bought": "buy", "sold": "sell", "paid": "pay",
    "arrest": "arrest", "detain": "arrest", "attack": "attack", "assault": "attack",
}  # fmt: skip
# Compiled patterns kept between runs (core/patterncache.py): the attribution tail's alone took ~5.5 ms to compile at
# every start.
_RX = patterncache.Patterns("sentence_features")
_TOKEN_RE = _RX.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
# _TOKEN_RE's words in a text of ASCII characters alone, where \d is [0-9], [^\W\d_] is [A-Za-z] and the curly
# apostrophe cannot occur: the same words, ~20% faster (the 100k-word pair's 10,466 sentences 57 -> 46 ms).
_ASCII_TOKEN_RE = _RX.compile(r"[0-9]+(?:[.,][0-9]+)*|[A-Za-z]+(?:'[A-Za-z]+)*")
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word, with a possessive dropped and number words as digits."""
    word = word.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word[:1].isdigit():
        return word.replace(",", "")
    stemmed = _stemmer.stemWord(word)
    return SYNONYM_STEMS.get(stemmed, stemmed)


@dataclass(frozen=True)
class Token:
    """A word of a sentence: its stem, offsets within the sentence, and what kind of word it is."""

    stem: str
    start: int
    end: int
    stop: bool
    number: bool
    entity: bool


def tokenize(text: str) -> list[Token]:
    """Words of a sentence with stems; hyphenated words split ("rebel-held" -> rebel, held)."""
    tokens = []
    first = True
    for match in _TOKEN_RE.finditer(text):
        raw = match.group(0)
        lower = raw.lower()
        number = raw[0].isdigit() or lower in NUMBER_WORDS
        entity = not first and raw[0].isupper() and lower not in STOPWORDS
        tokens.append(Token(stem(raw), match.start(), match.end(), lower in STOPWORDS, number, entity))
        first = False
    return tokens


@dataclass(frozen=True)
class SentenceFeatures:
    """What the similarity model needs of one sentence."""

    content: frozenset[str]
    numbers: frozenset[str]
    entities: frozenset[str]
    stems: tuple[str, ...]
    length: int

    @property
    def ngrams(self) -> tuple[frozenset[tuple[str, ...]], ...]:
        """Sets of 1-, 2- and 3-grams of all words, stopwords included. Built when asked (the pair-by-pair path),
        not kept: block scoring reads n-grams from ``SentenceSets`` (core/sentence_sets.py), and keeping these
        sets of tuples for every sentence took ~220 MiB on two 2 MB articles."""
        stems = self.stems
        return tuple(frozenset(zip(*(stems[k:] for k in range(n)), strict=False)) for n in (1, 2, 3))


# Words already read, raw as written: (stem, stopword, number, capitalised non-stopword). A word's reading depends
# on its spelling alone; a long article repeats its words (two 2 MB files: 32,000 sentences, ~40,000 spellings),
# so one dictionary look-up replaces lower-casing, three set look-ups and the stem cache's call. Bounded: past
# WORD_CACHE_SIZE spellings (a batch of many stories), new ones are read and not kept.
WORD_CACHE_SIZE = 200_000
_words_read: dict[str, tuple[str, bool, bool, bool]] = {}


def _read_word(raw: str) -> tuple[str, bool, bool, bool]:
    """(stem, stopword, number, capitalised and not a stopword) of one word as written."""
    lower = raw.lower()
    stop = lower in STOPWORDS
    reading = (stem(raw), stop, raw[0].isdigit() or lower in NUMBER_WORDS, raw[0].isupper() and not stop)
    if len(_words_read) < WORD_CACHE_SIZE:
        _words_read[raw] = reading
    return reading


# An attribution closing a sentence ("..., police said on Tuesday.", "..., according to the coastguard.", "..., said
# a spokesman for the facility.") says who told the statement, not what it states: its words are left out of the
# sentence's features, as a dateline's are, but for its names (capitalised words, days excepted: a spokesman two
# outlets both name is evidence of one event). Left in, the same statement with and without its source read as two
# (a third of the words unshared, a third shorter, "Tuesday" a name the other report never gives): "No one was killed
# in the fire, police said on Tuesday." / "Nobody died in the fire." 0.52, without the tail 0.81; now 0.74 and 0.81.
# The source is a few words (no clause: no relative pronoun or conjunction opening it), what follows the verb a few
# words of time, place or medium ("in a statement", "on Twitter", "late Tuesday"); at least ATTRIBUTION_KEEP_WORDS
# words stay. ECB+ tuning lines: 568 of 12,214 have one. ECB+ tuning OOF (bench/ecbplus.py --oof; P / R / content
# R, decoy P) at link_threshold 0.33: .9137 / .3893 / .7840, .7947 -> .9155 / .3918 / .7922, .7987 (better at 0.3
# and 0.36 too); the whole tail left out (names too) .9146 / .3881 / .7868, .8011. Shipped trees, in process:
# .934 / .405 / .833, .847 -> .933 / .407 / .834, .845; MSRP unchanged (notes/model26.md).
_ATTRIBUTION_SOURCE = r"(?!(?:and|but|while|who|which|that|as|when|where|if|because|although|though|so|or|after|" \
    r"before|until|since|then|there|it|this|all)\b|[a-z]\w*ing\b)[A-Za-z][\w'’.\-]*(?:\s+(?!(?:who|which|that|" \
    r"there|was|were|is|are|had|has|have)\b)[\w'’.\-&]+){0,7}"  # fmt: skip
_ATTRIBUTION_REST = r"(?:\s+(?:on|in|at|to|via|during|after|before|through|from|with|by|for|late|early|last|this|" \
    r"earlier|later|today|yesterday|tonight|overnight|morning|afternoon|evening|night|week|weekend|a|an|the|his|" \
    r"her|their|its|statement|written|news|conference|release|press|interview|reporters|email|e-mail|telephone|" \
    r"phone|briefing|website|blog|post|message|[A-Z][\w'’.\-]*|\d[\w:.]*)){0,7}"  # fmt: skip
# Each form opens with its comma (the regex engine skips to the commas): "SOURCE said REST", "according to
# SOURCE", "said SOURCE" (a capital or a determiner first: ", said there was" is a clause).
_ATTRIBUTION_TAIL = _RX.compile(
    rf"[,;]\s+(?:{_ATTRIBUTION_SOURCE}\s+(?:said|says|reported|reports|announced|confirmed|stated|added|told)\b"
    rf"{_ATTRIBUTION_REST}|according\s+to\s+{_ATTRIBUTION_SOURCE}|(?:said|says|told)\s+"
    rf"(?:[A-Z]|(?:a|an|the|his|her|their|its)\s)[\w'’.\-]*(?:\s+[\w'’.\-&]+){{0,4}})\s*[.!]?\s*$"
)
_ATTRIBUTION_WORDS = ("said", "says", "reported", "reports", "announced", "confirmed", "stated", "added", "told",
                      "according")  # fmt: skip
# What every tail holds: a comma (or semicolon), then one of those words with no comma between (a source holds no
# comma). Sentences without it skip the tail's pattern: one search where the words were looked for one by one (the
# 2 MB pair's 32k sentences 45 -> 15 ms; real news, a comma in most sentences, the same).
_ATTRIBUTION_HINT = _RX.compile(rf"[,;][^,;]*?(?:{'|'.join(_ATTRIBUTION_WORDS)})")
_RX.save()  # writes the file when a pattern was compiled afresh
ATTRIBUTION_TAIL_CHARS = 200  # an attribution tail is searched for in a sentence's last characters only
ATTRIBUTION_KEEP_WORDS = 3
# The names of a tail stay (a spokesman named by two outlets is evidence of one event), but for those of days.
_TAIL_DROPPED_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def attribution_tail(text: str) -> int | None:
    """Where the attribution closing ``text`` starts (its comma), or None."""
    start = max(0, len(text) - ATTRIBUTION_TAIL_CHARS)
    if _ATTRIBUTION_HINT.search(text, start) is None:
        return None
    match = _ATTRIBUTION_TAIL.search(text, start)
    if match is None or len(_TOKEN_RE.findall(text, 0, match.start())) < ATTRIBUTION_KEEP_WORDS:
        return None
    return match.start()


def sentence_features(text: str, ignore: tuple[int, int] | None = None) -> SentenceFeatures:
    """Features of one sentence; words inside ``ignore`` (a dateline, say) and of an attribution closing it
    (``attribution_tail``) are left out. The words are those of ``tokenize``, read here without building a Token
    per word, each spelling read once (``_read_word``)."""
    tail = attribution_tail(text)
    if ignore is None and tail is None:
        words = (_ASCII_TOKEN_RE if text.isascii() else _TOKEN_RE).findall(text)
        first = 0  # the sentence's first word is never a name (a capital starts every sentence)
    else:
        words, first = [], -1
        for n, match in enumerate(_TOKEN_RE.finditer(text)):
            at, raw = match.start(), match.group(0)
            if ignore is not None and ignore[0] <= at < ignore[1]:
                continue
            if tail is not None and at >= tail and not (raw[0].isupper() and raw.lower() not in _TAIL_DROPPED_NAMES):
                continue
            first = 0 if n == 0 else first
            words.append(raw)
    stems: list[str] = []
    content: set[str] = set()
    numbers: set[str] = set()
    entities: set[str] = set()
    read = _words_read.get
    for k, raw in enumerate(words):
        stemmed, stop, number, capital = read(raw) or _read_word(raw)
        stems.append(stemmed)
        if not stop:
            content.add(stemmed)
        if number:
            numbers.add(stemmed)
        if capital and k != first:
            entities.add(stemmed)
    return SentenceFeatures(
        content=frozenset(content),
        numbers=frozenset(numbers),
        entities=frozenset(entities),
        stems=tuple(stems),
        length=len(content),
    )
