"""Compiled patterns for reading figures, built once at import from the words in ``lexicon.py``.

Each pattern finds one kind of span (a date, a time, an age, a phone number, a role verb ...); deciding what a
match means is left to the passes (``passes.py`` and the modules it runs). Pure standard library.
"""

from __future__ import annotations

import re

from .. import patterncache
from . import lexicon as lx
from . import needs

_RX = patterncache.Patterns("figures.patterns")  # compiled patterns kept between runs (core/patterncache.py)


def longest_first(word: str) -> tuple[int, str]:
    """Sort key of alternatives: longest first (so a longer word wins over its prefix), then alphabetical, so a
    pattern built from a set is the same text in every process (set order follows the hash seed)."""
    return -len(word), word


W_SMALL = "|".join(sorted(lx.SMALL, key=longest_first))
W_TENS = "|".join(lx.TENS)
W_SCALE = "|".join(lx.SCALES)
# A tens word joined to its unit by a hyphen, or by a dash or another hyphen character a typesetter or a translation put
# there ("forty–two", "forty—two", "forty‐two": 42, never "forty" and "two").
COMPOUND_DASHES = r"\-\u2010\u2011\u2013\u2014"
WORD_ATOM = rf"(?:(?:{W_TENS})(?:[{COMPOUND_DASHES}](?:{W_SMALL}))?|{W_SMALL}|{W_SCALE}|dozen)"


def first_letters(*words: str) -> str:
    """A lookahead for the first letters of ``words``: put in front of a pattern every match of which starts with
    one of them, compiled with the pattern's flags (so re.I folds the class as it folds the words), it fails at
    every other position at once instead of trying each word there. The matches are the same
    (tests/core/test_figures_guards.py compares with the bodies)."""
    return "(?=[" + "".join(sorted({w[0] for w in words})) + "])"


WORD_NUM_BODY = (
    rf"\b(?:(?:an?|several|a\s+few)\s+(?=(?:{W_SCALE}|dozen)\b))?"
    rf"{WORD_ATOM}(?:(?:\s+(?:and\s+)?|-){WORD_ATOM})*\b"
)
# ~2.5x faster on long articles of words.
WORD_NUM = _RX.compile(
    first_letters("a", "an", "several", *lx.SMALL, *lx.TENS, *lx.SCALES, "dozen") + WORD_NUM_BODY, re.I
)
# Digit groups joined by a comma, or by a no-break, narrow no-break, thin or figure space ("1\u202f200": SI style,
# common in international and translated copy; review-s23 F31), never mixed; a plain space stays two numbers.
# Tokenised text puts a space after the comma ("120, 000 people", "1, 400", "$1, 199"): one number, unless a dash and
# a space stand before it ("5 - foot - 8, 135 pounds": a height, then a weight); a date before it claims its own
# digits first ("May 5, 200 people": ``counts.digit_counts`` reads 200 alone).
GROUP_SPACES = "\u00a0\u202f\u2009\u2007"
DIGITS = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|(?<![-–]\s)\d{{1,3}}(?:,\s\d{{3}})+(?!\d)|\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+|\d+)"
    r"(?:\.\d+)?"
    r"|\.\d+"
)
# DIGITS once its first character, a digit or a decimal point, has been read: the same matches, in the same order.
DIGITS_AFTER_FIRST = (
    rf"(?<=\d)(?:\d{{0,2}}(?:,\d{{3}})+|(?<![-–]\s.)\d{{0,2}}(?:,\s\d{{3}})+(?!\d)|\d{{0,2}}(?:[{GROUP_SPACES}]\d{{3}})+"
    r"|\d*)"
    r"(?:\.\d+)?|(?<=\.)\d+"
)
# At the end of digits: no dash and space before them ("- 8": not the first group of a tokenised number).
# Nor four digits: "In 2009, 300 people".
_NOT_AFTER_DASH = r"(?<![-–]\s\d)(?<![-–]\s\d\d)(?<![-–]\s\d\d\d)(?<!\d\d\d\d)"
# A count in digits, form by form: what may stand before it (look-behinds only), DIGITS, what follows.
_DIGIT_NUM_FORMS = (
    (rf"(?<![\w.,/:])(?<![A-Za-z]-)(?<!\d[{GROUP_SPACES}])",
     rf"(?:\s*(?:{W_SCALE})\b|\s?[-–]\s?(?:{W_SCALE})\b)?(?![\w/]|\.\d|,\d|{_NOT_AFTER_DASH},\s\d{{3}}(?!\d))"),
    (rf"(?<![\w.,/:])(?<!\d[{GROUP_SPACES}])", r"(?=[-–—](?:\d|year|month|week|day|pound|mile|foot|inch|hour|minute))"),
    # A unit or a thousands "k" glued to the digits: "10kg", "25lbs", "5k"; "€10M", "$2.1bn" after a currency sign; a
    # temperature in capitals, "6C", "43F" (British house style; review-s23 F6).
    (rf"(?<![\w.,/:])(?<!\d[{GROUP_SPACES}])", r"(?:k\b|(?=(?:km|kg|mm|cm|mg|ml|lbs|lb|ft|mph|m|g)\b|(?-i:[CF])\b))"),
    (r"(?<=[$€£¥])", r"(?:bn|mn|tn|[mbt])\b"),
)
DIGIT_NUM_BODY = "|".join(f"{before}(?:{DIGITS}){after}" for before, after in _DIGIT_NUM_FORMS)  # plain spelling


def _one_further(lookbehinds: str) -> str:
    """Look-behinds asked one character later, past a character they do not read: "(?<!x)" -> "(?<!x.)"."""
    assert re.fullmatch(r"(?:\(\?<[!=][^()]*\))+", lookbehinds), lookbehinds
    return lookbehinds.replace(")", ".)")


# Every form starts at a digit or a decimal point: the pattern reads that character first, as a class, so re's search
# skips every other character in C (a pattern opening with a look-around is entered at every position); each form's
# look-behinds are asked one character further back and DIGITS goes on after its first character. The same spans as
# DIGIT_NUM_BODY, ~3x faster over a sentence (tests/core/test_guards_from_patterns.py and test_figures_guards.py).
DIGIT_NUM = _RX.compile(
    r"[\d.](?:"
    + "|".join(f"{_one_further(before)}(?:{DIGITS_AFTER_FIRST}){after}" for before, after in _DIGIT_NUM_FORMS)
    + ")",
    re.I,
)
# Fractions: "2 1/2", "1/4", "½"; only proper fractions, so "24/7" and "9/11" are not read as numbers. Tokenised copy
# spaces the slash and the hyphen of a whole and its fraction (ECB+: "1 / 2", "a 4 - 1 / 2 - month prison term").
FRACTION = _RX.compile(
    r"(?<![\w/.])(?<!/\s)(?:(?P<w>\d+)(?:\s+|\s?-\s?))?(?P<n>\d)\s?/\s?(?P<d>\d{1,2})(?![\w/]|\s?/\s?\d|[.,]\d)"
    r"|(?<![\d.,])(?:(?P<w2>\d+)\s?)?(?P<u>[½⅓⅔¼¾⅛])"
)
DECADE = _RX.compile(r"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)['’]?s\b")
VAGUE_NUM_BODY = (
    r"\b(?:(?:tens|hundreds|thousands|millions)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\b"
    r"|\b(?:tens)\s+of\s+(?:thousands|millions)\b"
)
VAGUE_NUM = _RX.compile(
    first_letters("tens", "hundreds", "thousands", "millions", "dozens", "scores", "billions")
    + f"(?:{VAGUE_NUM_BODY})",
    re.I,
)
# Month names as written, and in capitals as page stamps and datelines write them ("MAY 3, 2013 AT 1:10PM", "MON 22 JUL
# 2013": their dates were counts, so the lines were no stamps and two pages' times clashed; ECB+ topics 1, 4, 14).
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?|"
             r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
             r"JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT\.?|SEP\.?|OCT\.?|NOV\.?|DEC\.?)")  # fmt: skip
DATE_MD = _RX.compile(
    rf"\b(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:|\.\d|,\d{{3}})(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
)
DATE_DM = _RX.compile(
    rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_RE})(?![A-Za-z])(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
)
# A month name right before a position: "August 2nd", "May 29th", "Aug. 2nd" have their day in an ordinal, which the
# noise scan would otherwise skip, so the date was no figure (review-s25 F6: "August 2nd" / "August 3" agreed).
MONTH_BEFORE = _RX.compile(rf"(?<![A-Za-z]){MONTH_RE}\s+$")
DATE_ORD = _RX.compile(
    r"\b(?P<o>" + "|".join(sorted(lx.ORDINAL_WORDS, key=longest_first)) + rf")\s+of\s+(?P<m>{MONTH_RE})\b", re.I
)
# An ISO date, "2026-03-12": unambiguous, unlike "12/03/2026" (day or month first), which stays no figure.
ISO_DATE = _RX.compile(r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w/-])")
# A date in digits with its year, "27/09/2013", "27 / 09 / 2013" (tokenised text): a date when one of its first two
# numbers can only be the day (over 12: "27 / 09" is the 27th of September, "09/27" too); else which is the month is
# unknown ("12/03/2026") and the numbers are no figure at all (review s29 finding 13: "27 / 09 / 2013" was the counts
# 27 and 9 and the year 2013).
NUMERIC_DATE = _RX.compile(
    r"(?<![\w/.,])(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})\s?/\s?(?P<y>(?:19|20)\d\d)(?![\w/]|[.,]\d)"
)
# The last day of a span of days after a date: "October 1 - 2", "Oct. 1-2" (its "2" was a count: "2 hosts" in "October
# 1 - 2 Ashgabat hosts", review s29 finding 13); the day ends a phrase: the end, a mark, a name or a linking word,
# not a noun it counts ("on March 3 - 5 people died").
DATE_LAST_DAY = _RX.compile(
    r"\s?[-–]\s?(?P<d>[0-3]?\d)(?![\d:.,]\d|\s?[ap]\.?m\b|\s?%)"
    r"(?=\s*$|\s*[,.;:)!?]|\s+(?:[A-Z]|(?:in|at|on|and|of|to|this|next|last|from|with|for)\b))"
)
# A dateline opening a sentence: a place in capitals, its state or country ("CHATTANOOGA, Tenn.,"), then the date
# (read by ``dates``), a year, the agency and a dash before a capital ("July 18 (Reuters) - Hours", "27 / 09 / 2013 -
# Turkmenistan"): the date the page was written, not the event's (review s29 finding 4: "July 18" of a dateline agreed
# with "died Saturday July 18"). A date alone before the dash needs its year ("July 4 - Independence Day ...").
DATELINE_PLACE = _RX.compile(
    r"\s*(?:[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,3},\s+(?:[A-Z][A-Za-z.]{1,12},\s+)?)?"
)
DATELINE_AFTER = _RX.compile(
    r"(?P<y>,?\s+(?:19|20)\d\d)?(?P<agency>\s*\([A-Za-z .&]{2,30}\))?\s*[-–—]{1,2}\s+(?=[A-Z\"“])"
)
# An age in a short form: "a 21 y/o man", "Jones, 21 y.o.," (its number was a bare count: review s29 finding 13).
AGE_SHORT = _RX.compile(r"(?<![\w.,/])(?P<a>\d{1,3})\s?(?:y/o|y\.o\.|yrs?\.?\s+old\b)(?![\w/])", re.I)
MONTH_YEAR = _RX.compile(rf"\b(?P<m>{MONTH_RE})\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)\b")
TIME = _RX.compile(
    r"(?<![\w.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b)"
    r"|(?<![\w.:])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])"
    r"|(?<![\w.:])(?P<h3>[01]?\d)\s+o['’]clock\b",
    re.I,
)
# Time zones after a clock time (capitals, as agencies write them): "6:40 a.m. (0440 GMT)", "1100 hrs IST", "06:00 BST".
ZONE_CODES = ("GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "IST", "PKT", "JST", "KST", "AEST",
              "AEDT", "ACST", "AWST", "NZST", "NZDT", "SGT", "HKT", "WIB", "EST", "EDT", "CST", "CDT", "MST", "MDT",
              "PST", "PDT", "AKST", "HST", "ET", "CT", "PT")  # fmt: skip
# The zones that state universal time, not the place's own: a time in one of them is another clock than the local
# time an article gives ("6:40 a.m. (0440 GMT)"), so it is kept apart from local times (facts: scope "GMT").
UNIVERSAL_ZONES = frozenset({"GMT", "UTC"})
_ZONE = "(?-i:" + "|".join(sorted(ZONE_CODES, key=longest_first)) + r")\b"
# A clock time written without a colon or a.m./p.m. is a time only by what follows it: a zone or "local time"
# ("(0440 GMT)", "04.40 GMT", "at 0640 local time", "1100 hrs IST"), or "hours"/"hrs" after a preposition of time
# ("at 1100 hours"; "72 to 120 hours", "about 1200 hours", "after 1500 hours of community service" are durations).
# Read before the counts: "The toll stood at 1130 GMT" was a toll of 1,130 (review-s23 F6, r42).
ZONE_TIME = _RX.compile(
    r"(?<![\w.,:/$€£¥-])(?:(?P<h>[01]\d|2[0-3])[.:]?|(?P<h1>\d)[.:])(?P<mi>[0-5]\d)(?![\d.,:])"
    rf"(?:\s+(?:hrs|hours|h)\b)?(?=\.?\s+\(?{_ZONE}|\s+local\s+time\b)"
    r"|\b(?:at|from|until|till|by|before|after|since)\s+(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)"
    r"\s+(?:hrs|hours)\b(?!\s+of\b)",  # not "about 1200 hours", "after 1500 hours of community service": durations
    re.I,
)
# "1952", "2012": a year too, so a time only after one of these ("at 2045 GMT", "(2045 GMT)"; "a 2012 UTC grad" is no
# time: ZONE_TIME in fixed_kinds.times).
YEAR_SHAPED = _RX.compile(r"(?:19|20)\d\d$")
TIME_CUE_BEFORE = _RX.compile(
    r"(?:\(|\b(?:at|from|until|till|by|before|after|around|about|since|to|between|and|of))\s*$", re.I
)
# A zone right after a time (and its "hrs"): "04:40 GMT", "6:40 a.m. GMT", "0440 GMT".
ZONE_AFTER = _RX.compile(rf"\s*(?:(?:hrs|hours|h)\b\.?\s*)?(?P<z>{_ZONE})", re.I)
# "midnight" and "noon" are times of day too ("shortly after midnight").
TIME_WORD = _RX.compile(r"\b(?P<w>midnight|noon)\b", re.I)
AGE_WORD = rf"(?:\d{{1,3}}|{WORD_ATOM}(?:-{WORD_ATOM})?)"
# The hyphens of "25-year-old" may stand between spaces in tokenised text ("the 40 - year - old Thompson": ECB+, 113
# times in topics 1-35, each read as a bare count 40 before).
_AGE_JOIN = r"(?:\s?[-\u2010\u2011\u2013]\s?|\s)"
AGE = _RX.compile(
    rf"\b(?P<a>{AGE_WORD})(?:\s*(?:to|or|-|–)\s*(?P<b>{AGE_WORD}))?{_AGE_JOIN}(?P<u>year|month|week|day)s?{_AGE_JOIN}"
    r"olds?\b"
    rf"|\b(?:aged?|ages)\s+(?P<a2>\d{{1,3}})(?:\s*(?:to|and|-|–)\s*(?P<b2>\d{{1,3}}))?\b",
    re.I,
)
# "Smith, 40," "Smith, about 40," "Timmons, now 16," (review s30 finding 7: "now 16" was a bare 16); also ending its
# sentence: "... said Dawson, 66." (gva_480327: a bare "66" row of its own, beside the article's other ages).
AGE_APPOSITION = _RX.compile(
    r"\b(?P<name>[A-Z][A-Za-z'’-]+)\.?,\s+(?:(?:about|around|approximately|roughly|nearly|almost|now)\s+)?"
    r"(?P<a>\d{1,3})(?=\s*(?:[,;)]|—|–|\s-\s|$)|\s+(?:of|from|and)\b|\.[\"”’]?\s*$)"
    r"(?!\s+of\s+\d)"  # "Wells, 1 of 4 Marines": a part, not an age
    r"(?!,\s\d{3}(?!\d))"  # "In Patras, around 20, 000 protesters": a number with a spaced thousands group (ECB+)
)
# An age set off after a person noun: "the gunman, 24, killed three people"; "a victim, 19, died".
_PEOPLE = "|".join(sorted(lx.PERSON_SINGULAR | {lx.canon_noun(w) for w in lx.PERSON_SINGULAR}, key=longest_first))
# Either may be hedged ("the suspect, about 19, was arrested"): still an age, the hedge read as any figure's.
_AGE_HEDGE = r"(?:(?:about|around|approximately|roughly|nearly|almost|some|perhaps|possibly|maybe)\s+)?"
PERSON_AGE = _RX.compile(rf"\b(?:{_PEOPLE}),\s+{_AGE_HEDGE}(?P<a>\d{{1,3}})(?=\s*,)", re.I)
# A firearm's calibre, a name of its model, not a quantity: ".45-caliber", ".45 - caliber" (tokenised text), "a. 357
# revolver" (the dot cut from its digits), ".38 Special"; one figure (unit "caliber", value the digits: 45, 357)
# however it is written, so ".357" and ". 357" are one calibre.
CALIBER = _RX.compile(
    r"(?:(?<![\w.,])|(?<=\ba\.))(?P<dot>\.\s?)?(?P<d>\d{2,3})(?![\d.,])"
    r"(?:\s*[-\u2010\u2011\u2013\u2014]\s*|\s+)(?P<u>caliber|calibre|cal\.)(?!\w)"
    r"|(?:(?<=\s)(?P<dot2>\.\s?)|(?<=\ba\.\s))(?P<d2>\d{2,3})(?![\d.,])"
    r"(?=\s+(?:magnum|special|revolver|pistol|handgun|rifle|semi-?automatic|automatic|gun|acp|auto|colt)\b)",
    re.I,
)
# An earthquake's magnitude, a reading on a scale, not a count: "a magnitude 5.6 earthquake", "magnitude-5.2", "of
# magnitude 7", "a magnitude of at least 5.9", "put the magnitude at 6.1", "a 6.1-magnitude quake", "measuring 5.6 on
# the Richter scale", "a 5.9 quake" (a decimal right before a quake word: "7 quakes" is a count) (unit "magnitude";
# review s29 finding 7: "magnitude 5.6" / "5.2" were two bare numbers, linked as an agreement). One digit before an
# optional decimal point, so "magnitude 2011" is no reading. A hedge may sit between the word and the number.
_MAG_VALUE = r"\d(?:\.\d{1,2})?(?![\d.,]\d)"
_MAG_DASH = r"(?:\s*[-\u2010\u2011\u2013]\s*|\s+)"
_MAG_HEDGE = r"(?:(?:at\s+least|about|around|approximately|roughly|nearly|almost|some|up\s+to|more\s+than)\s+)?"
MAGNITUDE = _RX.compile(
    rf"\bmagnitude(?:\s+(?:of|at|was|is))?{_MAG_DASH}{_MAG_HEDGE}(?P<a>{_MAG_VALUE})(?![\w%])"
    rf"|(?<![\w.,])(?P<b>{_MAG_VALUE}){_MAG_DASH}(?:on\s+the\s+)?(?:magnitude|Richter)\b"
    rf"|(?<![\w.,])(?P<c>\d\.\d{{1,2}}){_MAG_DASH}(?:earthquake|quake|temblor|tremor)\b",
    re.I,
)
# Ages listed after a person noun or a name: "Two men, 45 and 52, were killed"; "the victims, 19, 20 and 23,".
AGE_LIST = _RX.compile(r"(?<=[A-Za-z]),\s+(?P<list>\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})+),")
# Where the counted people were, between them and their verb: "all 64 people on board died", "the 73 passengers
# aboard the Boeing 737 were killed" (review-s23 F11).
ON_BOARD_SKIP = _RX.compile(
    r"\s+(?:on\s+board|aboard|onboard)(?:\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})?"
    r"(?:\s+(?:flight|train|bus|ferry|vessel)\s+[A-Z]*\d+[A-Z]?\b)?"  # "on board Skyway Air flight 212 died"
)
AGE_LIST_SKIP = _RX.compile(r",\s+(?:\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*|including\s+[^,;]{1,40}?)\s*(?=,)")
_STREET_WORDS = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|"
                 r"Highway|Hwy|Terrace|Circle|Trail|Square|Sq")  # fmt: skip
ADDRESS = _RX.compile(
    r"(?<![\w.,])(?P<n>\d{1,6})\s+(?:block\b|(?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
    r"(?:[A-Z][A-Za-z'’]+\s+|\d+(?:st|nd|rd|th)\s+){1,3}"
    rf"(?:{_STREET_WORDS})\b\.?)"
)
_ROAD_WORDS = r"Highway|Route|Interstate|I-|US|U\.S\.|State Road|SR|County Road|Room|No\.|Number"
ROAD = _RX.compile(rf"\b(?:{_ROAD_WORDS})\s?\d+")
# URLs and e-mail addresses (linear): skipped in every sentence ("www.one.com" holds no count).
SKIP_WEB = _RX.compile(r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Digits that are never figures; scanned only in sentences with a digit (the costliest scan of a sentence).
# In reading order, as one alternation would try them (SKIP_BODY, kept for the test that compares the two): the
# compiled SKIP tries at each position only the alternatives that can start with its character (a digit, a letter,
# "(" or "#"), 3-4x faster than all twenty at every character, with the same matches.
# Capital words before a number that are no model's code: page stamps' months, days, zones and words in capitals
# ("MON 22 JUL", "BST 16 Sep", "MAY 3, 2013 AT 1:10PM"), and country or body codes ("US 15 soldiers").
_MODEL_CODE_NOT = "|".join((
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "CNY", "RUB",  # "EUR 12,000": a currency code
    "AM", "PM", "AT", "ON", "IN", "OF", "TO", "BY", "OR", "AN", "AS", "IS", "IT", "NO", "US", "UK", "UN", "EU", "ET",
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "IST", "AEST",
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
    "MON", "TUE", "TUES", "WED", "THU", "THUR", "THURS", "FRI", "SAT", "SUN",
))  # fmt: skip
# A model's variant after its number, glued or with a tokenised hyphen: "Boeing 737-800", "737 - 800", "A320 - 200",
# "777-300ER" (one to three digits: "Q3 - 2012" keeps its year). Its number was read as a count ("a Boeing 737 - 800
# with 189 people": 800).
_VARIANT = r"(?:\s?[-–]\s?\d{1,3}[A-Z]*\b(?![.,]\d))?"
_SKIP_ALTERNATIVES = (
    r"\(?\b\d{3}\)?[-.\s]\d{3}[-.](?:\d{4}|[A-Z]{4})\b(?:\s*\(\d{4}\))?",  # phones: 713-222-TIPS (8477)
    r"\b\d+\s+(?-i:News|Action|Eyewitness|Channel)\b",  # TV stations: "KHOU 11 News"
    r"\b\d+(?:st|nd|rd|th)\b",  # ordinals
    # model names, codes: AK-47, COVID-19, L2, and a model's variant ("A320-200", tokenised "A320 - 200")
    rf"\b[A-Za-z]+[-]?\d+[A-Za-z\d]*\b(?:-\d+)?{_VARIANT}", r"\b\d+[A-Za-z]+\d+\w*",
    r"\b\d+(?:/\d+)+\b(?<!\b\d/\d)(?<!\b\d/\d\d)",  # 24/7, 9/11, 7/4/2016: dates and ratios we cannot read safely
    r"\b\d+(?:\.\d+){2,}\b", r"#\d+", r"\b\d+'s\b",  # version numbers, hashtags, "the 1990's"
    r"\b1[-.\s]\(?8\d\d\)?[-.\s]\w{3}[-.\s]\w{4}\b", r"(?<![\d-])\b\d{3}-\d{4}\b",  # 1-800-222-TIPS, 555-1234
    # numbers to call or text: "text TIP411 to 274637", "call 911", "hotline at 1 888 ...": the digits after the verb
    r"\b(?:text(?:ing)?|texts|txt|sms|call(?:ing)?|dial(?:ing)?|phone|hotline|tip\s?line|tips?)\b"
    r"(?:\s+(?!\d)[\w'’]+){0,4}?\s+(?:at\s+|to\s+|on\s+)?\(?\d[\d()\-.\s]{1,}\d",
    r"\b\d{1,2}:\d{2}(?=[A-Za-z]{3,})\w*",  # a time glued into another token: "10:35PMEDT"
    # caption counters and galleries: "Photo 3 of 12", "Image 1/5", "12 photos"
    r"\b(?:photo|image|picture|slide|gallery|video)s?\s*:?\s*\d+\s*(?:of|/)\s*\d+",
    r"\b\d+\s+(?:photos|images|pictures|slides|videos)\b",
    # labels, not quantities: zone, district, unit, station and room numbers ("Zone 5", "Engine 12", "Apt. 3")
    r"\b(?:zone|district|precinct|ward|beat|engine|ladder|station|squad|battalion|apartment|apt\.?|suite|room|exit|"
    r"gate|terminal|platform|page|channel|route|highway|interstate|sector|unit|rescue|medic|truck|pct\.?|"
    r"flight|runway|track|pier|berth|hangar|bus|tram|"
    # and the numbers of laws, texts and stages: "Article 60 of the penal code", "Chapter 11", "Proposition 8"
    r"article|section|chapter|clause|paragraph|amendment|proposition|prop\.?|resolution|volume|vol\.?|verse|phase|"
    r"grade)\s?#?\d+\b",  # "flight 212" (review-s23 F10)
    r"\bNo\.\s?\d+", r"\bnumber\s+\d+\b", r"(?<![\d/])\b911\b(?!/)",  # "No. 1"; 911 is a phone number
    # TV and radio stations: "Fox 5", "WRCB-TV Channel 3", "CBS 2", "24-Hour News 8"
    r"(?-i:\b(?:Fox|CBS|NBC|ABC|CW|PBS|News|Action|Eyewitness|[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?)\s+\d{1,3}\b)",
    # model names written with a space: a capital code, then the number, then a word or a stop ("12 AK 47 guns",
    # "B 52 bombers", "MiG 29 jets", "IE 7 users", "14 AK 47 Rifles" in a title-case line: its 47 counted "Rifles" on
    # ECB+ 12ecbplus); not a stamp's month, day, zone or "AT" (MODEL_CODE_NOT)
    rf"(?-i:\b(?!(?:{_MODEL_CODE_NOT})\b)(?:[A-Z]{{2,3}}|[B-HJ-Z]|[A-Z][a-z][A-Z])\s\d{{1,4}}"
    r"(?![.,]\d)(?=s?(?:\s+[A-Za-z]|[.,;)]|$)))",
    # and with a tokenised hyphen: "seven AK - 47 rifles", "F - 16 jets" (a capital code, " - ", the number)
    rf"(?-i:\b(?!(?:{_MODEL_CODE_NOT})\b)(?:[A-Z]{{1,3}}|[A-Z][a-z][A-Z])\s[-–]\s\d{{1,4}}\b(?![.,]\d){_VARIANT})",
    # model names: a maker followed by a number ("Glock 19", "Saiga 12", "Boeing 737")
    r"(?-i:\b(?:Glock|Saiga|Sig(?:\s+Sauer)?|Ruger|Beretta|Colt|Remington|Winchester|Mossberg|Taurus|Walther|"
    r"Browning|Marlin|Savage|Kimber|Springfield\s+Armory|Smith\s*&\s*Wesson|S&W|Boeing|Airbus|iPhone|Galaxy|"
    rf"Model|Windows|Xbox|PlayStation)\s+[A-Z]?\d+\b{_VARIANT})",
)
SKIP_BODY = "|".join(_SKIP_ALTERNATIVES)


def _skip_by_first_character() -> str:
    """SKIP_BODY regrouped by the character an alternative starts with: at "(" only the phone number, at "#" the
    hashtag, at a digit the alternatives whose first character is a digit, at a letter the others; each group in
    reading order, so the first alternative that matches at a position is the same one. Every letter-led
    alternative opens with a word boundary, so that group is tried only where a word starts (no word character
    before it), not at every letter inside one: the same matches, a quarter less scanning."""
    phone, hashtag = _SKIP_ALTERNATIVES[0], r"#\d+"
    digit = [a for a in _SKIP_ALTERNATIVES if re.match(r"(?:\(\?<!\[[^]]*\]\))?(?:\\\(\?)?\\b(?:\\d|\d)", a)]
    letter = [a for a in _SKIP_ALTERNATIVES if a not in digit and a != hashtag]
    assert phone.startswith("\\(?") and phone in digit
    assert all(re.match(r"(?:\(\?-i:)?\\b", a) for a in letter), "a letter-led alternative without \\b at its start"
    return rf"\({phone[3:]}|{hashtag}|(?=\d)(?:{'|'.join(digit)})|(?<!\w)(?=[^\W\d_])(?:{'|'.join(letter)})"


SKIP = _RX.compile(_skip_by_first_character(), re.I)
# A currency sign, or an ISO code in capitals ("EUR 12,000", "USD 5m": review-s23 F30), right before a count.
CURRENCY_BEFORE = _RX.compile(
    r"(?P<c>\$(?-i:US|A|NZ|HK)|(?:US|C|A|NZ|HK)\$|[$€£¥₹₽]|(?-i:USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY|RUB)\s)\s?$", re.I
)
# Digits glued after a sign and its country code, "$US1 million", "$A2.5m" (the code's letters would make "US1" a model
# name, skipped, and no count reads digits after a letter).
GLUED_CODE = _RX.compile(r"\$(?:US|A|NZ|HK)(?=\d)")
GLUED_CODE_NUM = _RX.compile(
    rf"(?:(?<=\$US)|(?<=\$A)|(?<=\$NZ)|(?<=\$HK))(?:{DIGITS})(?:\s*(?:{W_SCALE})\b)?(?=(?:bn|mn|m|k)?\b)(?![.,]\d)",
    re.I,
)
# A currency's country code written with the sum: "$US1 million", "US$5m", "A$2bn", "USD 12,000".
CURRENCY_CODE_IN = _RX.compile(r"\$[A-Z]{1,3}|[A-Z]{1,3}\$|\b[A-Z]{3}\b")
# Between a sum and another in brackets right after it: the second is the first converted into another currency
# ("$US1 million ($1.52 million)", "85 million euros (74 million pounds)"), never a second claim.
CONVERSION_GAP = _RX.compile(
    r"\s*[(\[]\s*(?:(?:about|around|some|roughly|approximately|approx\.|nearly|almost|or|equivalent\s+to)\s+)*", re.I
)
# "$2.1bn", "$5m", "$10k"; "$160MM" (the trade press's million: ECB+ 10 "$27.5MM per year" was $27.50).
CURRENCY_SHORT_SCALE = _RX.compile(r"(?P<s>bn|mn|mm|m|k)\b", re.I)
# "basis points" (hundredths of a percentage point: "raised rates by 25 basis points") read as percentage points
_PERCENT_FORMS = r"%|per\s?cent\b|pct\b|percent\b|percentage points?\b|basis[\s-]points?\b"
# A unit after its number: spaced, glued by a hyphen ("a 28-yard pass") or by a spaced dash, as ECB+'s tokenised
# texts write a compound ("an 86 - yard run", "a two million - euro heist"). A compound measure is scoped to the
# noun it modifies (figures/modifiers.py), so it never clashes with a total ("226 yards"); a duration so written is
# left unread (units.units): "a 4 - month prison term" is the span "served five months" tells, and read, it joined
# the other durations of its story's facts (ECB+ topics 26, 28: 2 facts of two incompatible figures of one article).
# ECB+ topics 1-35 (a sentence a line): 63 lines gain such a measure, each read; bench/fact_check.py --ecb: 218 -> 215
# flagged links (4 false gone: "30 miles vs 50 miles" x2, "102 yards vs 63 yards" x2; 1 false new: two yard lines).
UNIT_AFTER = _RX.compile(
    rf"(?P<sep>\s*|-|\s[-–]\s)(?P<u>{_PERCENT_FORMS}|"
    + "|".join(sorted((re.escape(k) + r"\b" for k in lx.CURRENCY_WORDS), key=longest_first))
    + "|"
    + "|".join(sorted((re.escape(k) + r"\b" for k in lx.MEASURES), key=longest_first))
    + ")",
    re.I,
)


def leading_letters(word: str) -> str:
    """The letters a word opens with, up to its first other character: "km/h" -> "km", "pound sterling" -> "pound"."""
    m = re.match(r"[A-Za-z]*", word)
    return m.group() if m else ""


# Lead words: the word right after a count (after its spaces) that a unit after it can open with. Every unit of
# UNIT_AFTER is "%" or a word followed by a non-letter (its \b, "/", a space), so in ASCII text the letters at the
# unit's start are exactly one of these (re.I folds ASCII as lower() does); other letters there: no unit
# (units.units asks before matching; tests/core/test_guards_from_patterns.py holds it to the pattern's examples).
UNIT_LEAD_WORDS = frozenset(
    {"per", "percent", "pct", "percentage", "basis"} | {leading_letters(k) for k in (*lx.CURRENCY_WORDS, *lx.MEASURES)}
)
# The letters after a position's spaces (and one comma): where UNIT_AFTER's unit and ROLE_AFTER's first word start.
LEAD_WORD = _RX.compile(r"\s*([A-Za-z]*)")
LEAD_WORD_AFTER_COMMA = _RX.compile(r"\s*(?:,\s*)?([A-Za-z]*)")
QUALIFIER_BEFORE = _RX.compile(
    r"\b(?P<q>" + "|".join(sorted((re.escape(q) for q in lx.QUALIFIERS), key=longest_first)) + r")\s+$", re.I
)
YEAR_BEFORE = _RX.compile(r"\b(?:in|since|of|from|until|till|by|during|before|after|early|late|mid|year|summer|"
                          r"spring|fall|autumn|winter)\s+$", re.I)
# "a triple shooting" states how many were shot as surely as "three people were shot".
MULTIPLE = _RX.compile(r"\b(?P<w>double|triple|quadruple|quintuple)[- ](?P<k>shooting|homicide|murder)s?\b", re.I)
AND_A_HALF = _RX.compile(r"\s+and\s+a\s+half\b", re.I)
HALF_DOZEN = _RX.compile(r"\bhalf\s+a\s+dozen\b", re.I)
# A decimal comma, as continental and translated copy writes it ("1,5 million euros", "2,5%", "0,8 km"): read only
# where it cannot be a thousands group, exactly one or two digits after the comma, and only before a scale word, a
# percent, a currency word or a measure ("1,500" stays 1500; "1,5" alone or "1,25 people" stay no figure).
_UNIT_WORDS = "|".join(sorted(
    (re.escape(k) for k in (*lx.CURRENCY_WORDS, *lx.MEASURES) if k not in ("times", "m", "g")), key=longest_first
))  # fmt: skip
DECIMAL_COMMA = _RX.compile(
    r"(?<![\w.,/:])(?P<i>\d{1,3}),(?P<d>\d{1,2})(?![\d,.]|\s?\d)"
    rf"(?:(?P<s>\s*(?:{W_SCALE}|mn|bn)\b)|(?=\s*(?:%|per\s?cent\b|percent\b|pct\b|(?:{_UNIT_WORDS})\b)))",
    re.I,
)
# A whole number and a fraction that lost the space between them, before a unit: "served 41 / 2 months" (ECB+ 28: a
# "4 1/2" whose space the page lost, as a fraction set in superscript and subscript loses it). A proper fraction of a
# common denominator only; without a unit after it the number is no figure at all (``SLASHED_NUMBERS``).
LOST_SPACE_FRACTION = _RX.compile(
    rf"(?<![\w/.,])(?P<w>\d{{1,2}})(?P<n>[1-7])\s?/\s?(?P<d>[248])(?![\w/]|\s?/\s?\d|[.,]\d)"
    rf"(?=[\s-]+(?:{_UNIT_WORDS})\b)",
    re.I,
)
# Numbers joined by slashes that are neither a date (``NUMERIC_DATE``) nor a fraction: "17 / 35" (passes completed),
# "12 / 16 / 08" (a date with its year cut), "9 / 11": no figure, and no number is read across the slash or beside
# it ("41 / 2" was the count 41 and "2 months"; "12 / 16 / 08" the counts 12, 16 and 8). Unspaced ones are ``SKIP``'s.
# A clock time after the slash is no part of one ("Jul 13, 2009 / 02:00 pm").
SLASHED_NUMBERS = _RX.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)?(?:\s?/\s?\d+(?:[.,]\d+)?)+(?![\w/:]|[.,]\d)")
# An ordinal that counts events: "the third fatal accident on the lake since 2019", "its fourth such incident this
# year", "a 4th win in a row" (review-s23 F33): the ordinal, up to five words, then a time frame the events are
# counted in. Ordinals without one ("the fourth quarter", "third-ranked", "the 5th seed") name a place in an order.
# The words between (group "w") name the kind of event counted, not how many it hit: "the third accidental shooting
# of a child this year" counts shootings, and "a child" there is no count of children (gva_586609).
ORDINAL_COUNT = _RX.compile(
    r"\b(?:the|a|an|its|their|his|her|our)\s+(?P<o>"
    + "|".join(sorted((w for w in lx.ORDINAL_WORDS if w != "first"), key=longest_first))
    + r"|[1-9]?\d(?:st|nd|rd|th))\s+(?P<w>(?:[A-Za-z][\w-]*\s+){1,5}?)"
    r"(?:since|this\s+(?:year|month|week|season|decade|century)|so\s+far|in\s+a\s+row|on\s+record|in\s+(?:\d+|a|two|"
    r"three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?|days?|decades?)|in\s+(?:19|20)\d\d)\b",
    re.I,
)
# A fraction of a percentage point told in words: "a quarter of a percentage point", "half a percentage point",
# "three-quarters of a percentage point", and the markets' "a quarter-point rise", "a half-point cut" (fixed_kinds).
POINT_FRACTION = _RX.compile(
    r"\b(?P<f>quarter|half|three[\s-]quarters?)(?:(?:\s+of)?\s+(?:a|one)\s+|\s+)percentage[\s-]points?\b"
    r"|\b(?P<g>quarter|half|three[\s-]quarter)-points?\b",
    re.I,
)
# A result: two scores joined by a dash ("3-1", "102 - 98"), then no noun ("3-1 seats" is no result), read as one only
# with a result word near it (lexicon.SCORE_BEFORE / SCORE_AFTER, see fixed_kinds.scores).
SCORE = _RX.compile(
    r"(?<![\w.,/:-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\w/]|\.\d|,\d|\s?[-–]\s?\d)"
    r"(?=\s+(?:(?P<after>[a-z]+)|[A-Z]|\()|\s*[^\w\s]|\s*$)"
)
SCORE_WORDS = _RX.compile(r"[a-z]+", re.I)
RANGE_JOIN = _RX.compile(r"\A\s*(?:to|-|–|—|or|and)\s*\Z", re.I)
WORD_TOKEN = _RX.compile(r"\s+(\d{1,3}[-\s](?:year|month|week)s?[-\s]old|[A-Za-z][A-Za-z'’.]*(?:-[A-Za-z]+)*)")
OF = _RX.compile(r"\s+of(?=\s)", re.I)
OF_THE = _RX.compile(r"\s+of\s+(?:the|them|those|these|whom|which|its|their|our)\b", re.I)

# Between a counted noun and its role: "25 people [who had] [reportedly] been killed". A bare "who killed" is the
# active verb ("a man who killed two"), so after who/that/which a transitive role needs an auxiliary first.
AUX = (r"(?:(?:who|that|which)\s+(?!(?:killed|shot|wounded|injured|hurt|murdered|gunned|struck)\b))?"
        r"(?:(?:(?!fatally|mortally)[a-z]+ly|had|have|has|were|was|are|is|been|being|be|all|also|reportedly|allegedly|later|each|critically|"
        r"seriously|badly|gravely|slightly|both|now|since|subsequently|initially|confirmed|reported|pronounced|"
        r"left|found|believed|to|then|apparently|police|say|said|officials|remain|remains|remained|still|"
        r"continue|continues|continued)\s+)*"
        )  # fmt: skip
ROLE_AFTER = _RX.compile(
    r"\s*(?:,\s*)?" + AUX + r"(?:"
    r"(?P<k>shot\s+(?:and|&)\s+killed|shot\s+dead|shot\s+to\s+death|gunned\s+down|(?:fatally|mortally)\s+"
    r"(?:shot|wounded|injured|hurt|struck)|fatally|killed|dead|died|die|slain|murdered|perished|"
    r"lost\s+(?:their|his|her)\s+lives?)"
    r"|(?P<i>shot\s+(?:and|&)\s+(?:wounded|injured|hurt)|wounded|injured|hurt|hospitali[sz]ed|"
    r"(?:suffer|sustain)(?:ed|ing|s)?\s+(?:from\s+)?(?:(?:[a-z]+(?:-[a-z]+)*|or|and),?\s+){0,3}?"
    r"(?:wounds?|injur(?:y|ies))|with\s+(?:gunshot\s+)?wounds|"
    r"(?:in|listed\s+in)\s+(?:critical|stable|serious|fair|good)\s+condition|treated|injuries|"
    r"receiv(?:e|es|ed|ing)\s+treatment|being\s+treated)"
    r"|(?P<s>shot|struck\s+by\s+(?:gunfire|bullets)|hit\s+by\s+(?:gunfire|bullets)|(?:were|was)\s+(?:hit|struck))"
    r"|(?P<a>arrested|detained|taken\s+into\s+custody|in\s+custody|charged)"
    r"|(?P<m>missing|unaccounted\s+for)"
    r"|(?P<d>displaced|homeless|evacuated)"
    r"|(?P<r>rescued|saved|pulled\s+(?:out\s+)?alive|(?:from\s+(?:the\s+)?[a-z]+\s+)?alive)"
    r")\b",
    re.I,
)
# A group before its count that the role verb after it negates: "None of the 40 passengers were injured", "Neither of
# the two men was hurt", "Not one of the 12 crew was hurt": the count is the group's size, nobody took the role.
NONE_OF_BEFORE = _RX.compile(
    r"\b(?:none|neither|not\s+(?:one|any|a\s+single\s+one)|no\s*[-\u2013]?\s*one)\s+of\s+"
    r"(?:(?:the|its|their|his|her|these|those|our|all)\s+){0,2}$",
    re.I,
)
# Between a part and the count of its group: "Two of the 40 passengers", "three of 12 people".
PART_OF_GAP = _RX.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", re.I)
# The sentence's verb after a count's noun: its subject (the part before "of the") took the role.
PREDICATE_AUX = _RX.compile(r"\s*(?:was|were|are|is|had\s+been|have\s+been|has\s+been)\b", re.I)
# "not" or "no" right before an article or "one": the count is nobody ("Not one person was hurt").
NOT_BEFORE = _RX.compile(r"\b(?:not|no)\s*[-\u2013]?\s*$", re.I)
# The forms of ROLE_AFTER's injured group that tell care, not a wound ("hospitalized", "treated", "in stable
# condition"), and the words of an illness (lexicon.ILLNESS_WORDS): care in a sentence naming one counts no injured.
CARE_FORM = _RX.compile(r"hospitali[sz]ed|treated|treatment|condition", re.I)
ILLNESS = _RX.compile(r"\b(?:" + "|".join(sorted(lx.ILLNESS_WORDS, key=longest_first)) + r")\b(?!-)", re.I)
# The words ROLE_AFTER's first word can be, after the spaces and comma it opens with: an auxiliary of AUX (or any
# word ending in "ly"), "who/that/which", or the first word of a role form. Each is followed by a space or a \b, so
# in ASCII text the letter run there is one of them exactly; any other run (or none): no role verb after the count.
# scan.Scan.role_after asks before matching (~1 us against ~5 us); the test holds it to the pattern's examples.
ROLE_AFTER_LEAD_WORDS = frozenset({
    "who", "that", "which", "had", "have", "has", "were", "was", "are", "is", "been", "being", "be", "all", "also",
    "reportedly", "allegedly", "later", "each", "critically", "seriously", "badly", "gravely", "slightly", "both",
    "now", "since", "subsequently", "initially", "confirmed", "reported", "pronounced", "left", "found", "believed",
    "to", "then", "apparently", "police", "say", "said", "officials", "remain", "remains", "remained", "still",
    "continue", "continues", "continued",
    "shot", "gunned", "fatally", "mortally", "killed", "dead", "died", "die", "slain", "murdered", "perished", "lost",
    "wounded", "injured", "hurt", "hospitalised", "hospitalized", "suffered", "suffering", "suffer", "suffers",
    "sustained", "sustaining", "sustain", "sustains", "with", "in", "listed",
    "treated", "injuries", "receive", "receives", "received", "receiving", "struck", "hit", "arrested", "detained",
    "taken", "charged", "missing", "unaccounted", "displaced", "homeless", "evacuated",
    "rescued", "saved", "pulled", "from", "alive",
})  # fmt: skip
ROLE_BEFORE = _RX.compile(
    r"\b(?:(?P<k>(?:shooting\s+)?death\s+of|killing\s+of|murder\s+of|killing|killed|kills|kill|shot\s+dead|shooting\s+dead|claimed\s+the\s+lives\s+of|"
    r"(?:death|casualty)\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities|people\s+killed|victims))"
    r"|(?P<i>wounding|wounded|wounds|injuring|injured|injures|injure|hurting|hurt|"
    r"number\s+of\s+(?:injured|wounded|injuries))"
    r"|(?P<s>shooting\s+of|shot|shooting|shoots|shoot)"
    r"|(?P<a>arresting|arrested|arrests|detained|detaining)"
    r"|(?P<d>displacing|displaced)"
    r")\b",
    re.I,
)
# The text every match of the role verbs holds (in lower case), read from the patterns (needs.py; the answer is kept
# with the compiled patterns, so no start parses them again): an ASCII sentence holding none of it is not scanned for
# one before or after each of its figures. None: always scanned.
ROLE_BEFORE_NEEDS = _RX.derived(needs.LABEL, ROLE_BEFORE, needs.required_text)
ROLE_AFTER_NEEDS = _RX.derived(needs.LABEL, ROLE_AFTER, needs.required_text)
# Words allowed between a role verb and its number ("killing a total of 25", "toll rose to 56").
INCLUDING = _RX.compile(
    r"(?:\bincluding|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|them|those)|\bincluded|\bamong\s+the\s+\w+\s+were"
    r"|\bwere|^\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?to)\s*$",  # "rose from 25 to 31": the second number too
    re.I,
)
CLAUSE_BREAK = _RX.compile(r"[;:()\[\]\"“”—]|,(?!\s*(?:including|among|of whom))|\s-\s|\.\s")
_TIME_HEDGES = "|".join(sorted((re.escape(q) for q in lx.TIME_QUALIFIERS), key=longest_first))
TIME_QUALIFIER_BEFORE = _RX.compile(r"\b(?P<q>" + _TIME_HEDGES + r")\s+(?:at\s+)?$", re.I)
TIME_EVENT = _RX.compile(r"\b(?:" + "|".join(sorted(lx.TIME_EVENTS, key=longest_first)) + r")\b", re.I)
# After a killed count: the attacker killed himself too ("killed two people and then himself"): 2 or 3 dead.
ATTACKER_TOO = _RX.compile(
    r"[^.;]{0,40}?\b(?:and\s+(?:then\s+)?(?:(?:killed|shot|turned\s+the\s+gun\s+on)\s+)?|before\s+(?:killing|shooting|"
    r"turning\s+the\s+gun\s+on)\s+|then\s+(?:killed|shot|turned\s+the\s+gun\s+on)\s+)(?:himself|herself|themselves)\b"
    r"|\s*,?\s*plus\s+the\s+(?:alleged\s+|suspected\s+|lone\s+)?(?:gunman|shooter|suspect|attacker|assailant)\b"
    r"|[^.;]{0,60}?\b(?:took\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|(?:killed|shot)\s+(?:himself|herself)|"
    r"turned\s+the\s+gun\s+on\s+(?:himself|herself))",
    re.I,
)
# After a killed count: the count includes the attacker ("3 dead, including the gunman"): 2 or 3 victims.
ATTACKER_INCLUDED = _RX.compile(
    r"[^.;]{0,30}?\b(?:including|includes?|counting|among\s+them)\s+(?:the\s+)?(?:alleged\s+|suspected\s+|lone\s+)?"
    r"(?:gunman|shooter|suspect|attacker|assailant|killer)\b",
    re.I,
)
# After a count of people hit: more were found ("found three people shot, then a fourth and a fifth").
_ORDINALS = "|".join(sorted(lx.ORDINAL_WORDS, key=longest_first))
ORDINAL_MORE = _RX.compile(r"\b(?:a|the)\s+(?P<o>" + _ORDINALS + r")\b", re.I)
# A part of a group: "two of the victims", "10 of the dead were children" (then the part is what it names).
PART_IS = _RX.compile(r"\s+of\s+(?:the|them|those|these)\b(?:\s+[\w-]+){0,2}?\s+(?:were|was|are)\s+(?:all\s+)?"
                     r"(?P<n>[A-Za-z]+)\b", re.I)  # fmt: skip
# A death toll named further back than a role verb may be, its event or place between, then the count: "the death toll
# from the quake has risen to 12", "bringing the death toll after the rampage in Chattanooga, Tennessee to 5", "a
# death toll in the region of 30" (the count of the killed; review s29 finding 2). Matched against the text between
# the count and the figure before it (so no other number lies in between), ending where the count's hedge begins.
TOLL_TO = _RX.compile(
    r"\b(?:death|casualty)\s+tolls?\b[^.;:!?()\[\]\"“”]{0,80}?\b(?:to|at|of|reached|hit|topped|passed|surpassed|is|was|"
    r"now|stands|stood)\s+$",
    re.I,
)
# What narrows a toll, anywhere in the sentence: "since Nov. 27", "this year", "so far this year".
SCOPE = _RX.compile(
    rf"\bsince\s+(?:(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)\b|(?P<y>(?:19|20)\d\d)\b|(?P<w>the\s+start\s+of\s+\w+|"
    r"(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)))"
    r"|\b(?P<t>(?:so\s+far\s+)?this\s+(?:year|month|week)|last\s+(?:year|month|week))\b"
    r"|\b(?P<b>(?:by|as\s+of)\s+(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
# A rate right after a figure (or its counted noun): "$23 million per season", "$50,000 a year", "14 points a game",
# "$2 a share", "annually", "50 percent daily"; not "a year ago" (a time), nor "a year-long" (a noun phrase).
RATE = _RX.compile(
    r"\s*(?:(?:per|a|an|each|every)\s+(?P<p>season|year|game|match|hour|day|night|week|month|share|head|person|"
    r"capita|barrel|gallon)(?![\w-])(?!\s+(?:ago|earlier|later|before|after|from)\b)|(?P<a>annually|yearly|apiece|"
    r"a\s+piece|per\s+annum|daily|weekly|monthly|hourly|nightly)\b)",
    re.I,
)
# A change's verb right before a figure (and its hedge): "rose 12%", "fell by about 8 percent", "were up 12%",
# ", up 12%" (not "brought down 70 percent": a bare "up"/"down" opens a clause or follows "was", "closed", ...).
CHANGE_BEFORE = _RX.compile(
    r"\b(?:(?P<v>" + "|".join(sorted(lx.CHANGE_UP | lx.CHANGE_DOWN, key=longest_first))
    + r")|(?:(?P<be>(?:is|are|was|were|be|been|being|now|remains?|remained|closed|ended|finished)\s+)|(?<=,\s)|^)"
    r"(?P<ud>up|down))(?:\s+by)?\s+$",
    re.I,
)
# A capacity, not a count of the people there (review-s23 F2): "licensed for 50 people", "designed to carry up to 50",
# "a capacity of 50", "room for 50", "can seat 50"; matched before the figure's hedge.
CAPACITY_BEFORE = _RX.compile(
    r"\b(?:(?:licensed|licenced|certified|approved|rated|permitted|designed|built|allowed|authori[sz]ed|equipped)\s+"
    r"(?:to\s+(?:carry|hold|seat|take|accommodate|transport)|for)|capacity\s+(?:of|for)|room\s+for|seating\s+for|"
    r"licen[cs]e\s+(?:allowed|permitted)|"
    r"(?:can|could)\s+(?:carry|hold|seat|accommodate|take))\s+$",
    re.I,
)
# A difference, right after its figure: "23 more than it was licensed for", "5 fewer than last year" (a change); not
# "injuring dozens more" or "two more bodies", which count others besides (ECB+ topic 20: "killing at least 10 people,
# injuring dozens more").
DIFFERENCE_AFTER = _RX.compile(r"\s+(?P<d>more|fewer|less)\s+than\b", re.I)
# A comparative right after a figure's unit or counted noun: "five rounds sooner", "two hours later", "2% higher",
# "13 points more than"; "more"/"fewer"/"less" only before "than" (DIFFERENCE_AFTER's rule). "earlier"/"later"
# before a time word place the clause in time ("three games earlier this season"): not matched.
COMPARATIVE_AFTER = _RX.compile(
    r"\s+(?P<d>(?:more|fewer|less)(?=\s+than\b)|(?:earlier|later)\b(?!\s+(?:"
    + "|".join(sorted(lx.TIME_ADVERB_NEXT, key=longest_first)) + r")\b)|(?:"
    + "|".join(sorted(set(lx.COMPARATIVES) - {"more", "fewer", "less", "earlier", "later"}, key=longest_first))
    + r")\b)",
    re.I,
)
THAN_AFTER = _RX.compile(r"\s+than\b", re.I)
# An age written before its noun ("a 19-year-old", "19 - year - old Daquarius Tucker"): one person's, never hedged by
# "about"/"around"/"some" (``hedges.not_a_hedge``), which say "about 19" or "about 19 years old".
ATTRIBUTIVE_AGE = _RX.compile(r"[-\u2010\u2011\u2013]\s*olds?$", re.I)
# "about", "around" or "some" at a hedge's start.
AMBIGUOUS_HEDGE_AT = _RX.compile(
    r"(?P<w>" + "|".join(sorted(lx.AMBIGUOUS_HEDGES, key=longest_first)) + r")\s", re.I
)
# The word right before a hedge (to its left, spaces between).
WORD_BEFORE = _RX.compile(r"(?P<w>[A-Za-z]+)\s+$")
# A capitalised word right before a figure: a label ("Grade 3C", "Form 6C", "Block 9F"), so a glued C or F is no
# temperature.
LABEL_BEFORE = _RX.compile(r"(?<![.!?]\s)\b[A-Z][a-z]*\s+$")
# A short scale glued to digits, then a currency word: "1.2m dollars", "3bn euros".
SCALED_CURRENCY = _RX.compile(
    r"(?P<s>bn|mn|m|b|k)\s*(?P<u>"
    + "|".join(sorted((re.escape(k) for k in lx.CURRENCY_WORDS if k not in ("cent", "cents")), key=longest_first))
    + r")\b",
    re.I,
)
# The text every match of a currency sign before a count holds ("$" in ASCII text), read from it (needs.py).
CURRENCY_BEFORE_NEEDS = _RX.derived(needs.LABEL, CURRENCY_BEFORE, needs.required_text)
# A role verb in the active voice takes an object: "a gunman killed two people" - the gunman is not a victim.
ACTIVE_OBJECT = _RX.compile(
    r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\d|(?:a|an|the|his|her|their|its|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|dozens|many|multiple|another|both|all|him|them|police|officers?)\b)",
    re.I,
)
# A comma, then a casualty verb's bare past form with no auxiliary: after a count its verb governs from before
# ("killed six people, injured almost 50"), the next verb of a list (roles.roles), not the count's role.
BARE_VERB_AFTER_COMMA = _RX.compile(
    r"\s*,\s*(?:killed|injured|wounded|hurt|shot|murdered|arrested|detained|displaced|evacuated|rescued|saved)\b",
    re.I,
)
# A number word used as a name: "members of the Ten Point Coalition" (capitalised mid-sentence, before a capital).
NAMED_NUMBER = _RX.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:-[A-Za-z]+)?(?=\s+[A-Z])")
# "a 7 woman, 5 man jury", "a 12 member panel": a number before a singular person noun and another noun describes
# (the spaced form of "a five-man crew"), it counts nothing a reader can name (review s30 finding 7).
COMPOUND_SPACED = _RX.compile(
    r"\s+(?:man|woman|person|member)(?:,\s*\S+\s+(?:man|woman|person|member))?\s+(?!(?:was|were|is|are|has|had|have|who|that|and|or|of|in|at|on|to|said)\b)"
    r"[a-z]{3,}(?<!s)\b"
)
# "on day two, three and four", "in round two,", "Game 7 of the series": a number naming which one, not how many.
DESIGNATION = _RX.compile(
    rf"\b(?:day|game|round|stage|phase|chapter|episode|season|week|leg)\s+(?P<n>(?:\d{{1,3}}|{WORD_ATOM})\b"
    rf"(?:\s*(?:,|,?\s*and|,?\s*or|to|through|&)\s*(?:\d{{1,3}}|{WORD_ATOM})\b)*)(?=\s*(?:[,.;:)!?\"”]|$|of\b))",
    re.I,
)
# A number fused into an adjective: "a four-door car", "a three-story building" (units and ages are read first); not
# another number ("three-four people", "10-fifteen": a range, ``settle.ranges``).
COMPOUND_AFTER = _RX.compile(rf"-(?!(?:{W_SMALL}|{W_TENS})\b)[A-Za-z]", re.I)

# Small patterns the passes use at every figure (compiled once rather than looked up in re's cache each time).
# "3.5 million" -> "3.5", "million"
DIGITS_AND_SCALE = _RX.compile(rf"((?:\d{{1,3}}(?:,\s\d{{3}})+(?!\d)|[\d,{GROUP_SPACES}]*\.?\d+))[\s-]*([a-z]*)", re.I)
ANY_LETTER = _RX.compile(r"[A-Za-z]")
FROM_BEFORE = _RX.compile(r"\bfrom\s+$")  # "from 25 to 31" is a change, not a range
# "rose by 2 to 19" is a change and a new level, not a range ("by 10 to 15 percent", a unit after the second only, is
# one; "by one or two bodyguards" too)
BY_BEFORE = _RX.compile(r"\bby\s+$")
BETWEEN_BEFORE = _RX.compile(r"\bbetween\s+$")
FOUR_DIGITS = _RX.compile(r"\d{4}")
# "a", "an" or "one" before a space: ARTICLE_OR_ONE_BODY under re.I (which folds no other character onto a, n, o or
# e), spelled to start with a class of the first letters so re's search skips to them in C (~2x faster).
ARTICLE_OR_ONE_BODY = r"\b(?:an?|one)\b(?=\s)"
ARTICLE_OR_ONE = _RX.compile(r"[aAoO](?<!\w.)(?:(?<=[aA])[nN]?|(?<=[oO])[nN][eE])\b(?=\s)")
# "a"/"an" and a space: \ban?\s under re.I (which folds no other character onto a or n), spelled to start with a class
# of the first letter so re's search skips to each "a" in C (~40% faster over a sentence; the test compares).
ARTICLE_BODY = r"\ban?\s"
ARTICLE = _RX.compile(r"[aA](?<!\w.)[nN]?\s")

# ---------------------------------------------------------------------------------------------------------------
# Guards: cheap tests that a pattern cannot match a sentence, so it is not scanned. An alternation of words is tried
# at every character of the sentence; a set lookup is not. Both kinds are exact: the test that compares scans with
# and without them (tests/core/test_figures_guards.py) holds them to it.
# ---------------------------------------------------------------------------------------------------------------

# Whole words (lower case) of which every match of the pattern holds at least one, each matched as a whole word:
# a sentence of ASCII text holding none of them has no match. (ASCII only: under re.I a few other characters match
# ASCII letters, "ſ" for "s", so other sentences are always scanned.)
WORD_NEEDS: dict[re.Pattern[str], frozenset[str]] = {
    WORD_NUM: frozenset({*lx.SMALL, *lx.TENS, *lx.SCALES, "dozen"}),
    VAGUE_NUM: frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "billions"}),
    AGE: frozenset({"old", "olds", "age", "aged", "ages"}),
    DATE_ORD: frozenset({m for m in lx.MONTHS if m.isalpha()}),
    TIME_WORD: frozenset({"midnight", "noon"}),
    ZONE_TIME: frozenset({*(z.lower() for z in ZONE_CODES), "local", "hrs", "hours"}),
    MULTIPLE: frozenset(lx.MULTIPLES),
    POINT_FRACTION: frozenset({"point", "points"}),
    HALF_DOZEN: frozenset({"dozen"}),
    SCOPE: frozenset({"since", "this", "last", "by", "as"}),  # "since Nov. 27", "this year", "last week", "by Tuesday"
    # its ordinal: a word ("third", "twenty-first" split at its hyphen) or digits and a suffix ("4th")
    ORDINAL_COUNT: frozenset({part for w in lx.ORDINAL_WORDS if w != "first" for part in w.split("-")}
                             | {f"{n}{end}" for n in range(100) for end in ("st", "nd", "rd", "th")}),
    # its unit ("caliber", "cal.") or the arm after it ("semi-automatic" holds "automatic"): scanned in every sentence
    # with a digit, it cost ~50 us a sentence of bench/scale.py's figures8k (lookbehinds at every character), ~20 us
    # of the tuning clusters' (~5% of their figures' time)
    CALIBER: frozenset({"caliber", "calibre", "cal", "magnum", "special", "revolver", "pistol", "handgun", "rifle",
                        "automatic", "semiautomatic", "gun", "acp", "auto", "colt"}),
    # its scale word or the quake after it: scanned in every sentence with a digit, its lookbehinds cost ~30 us a
    # seed sentence (find_figures 0.076 -> 0.110 ms unguarded)
    MAGNITUDE: frozenset({"magnitude", "richter", "earthquake", "quake", "temblor", "tremor"}),
}
# Any of them: an ASCII sentence without a digit and without any of these words holds no figure but "a man
# killed" (passes.find_figures then runs only the passes that can find that). SCOPE finds no figure: not counted;
# ZONE_TIME, CALIBER and MAGNITUDE need a digit too: not counted.
ANY_FIGURE_WORD: frozenset[str] = frozenset().union(
    *(need for p, need in WORD_NEEDS.items() if p not in (SCOPE, ZONE_TIME, CALIBER, MAGNITUDE))
)
# A pattern that finds text every match of the pattern holds: no hint, no match.
# An age after a name or in a list: a comma, space and digits.
_COMMA_NUMBER = _RX.compile(r",\s+\d")
# The dates are matched case-sensitively, and every month MONTH_RE names starts with one of these: a sentence with
# none of them holds no date (three scans of every sentence with a digit saved for one).
_MONTH_HINT = _RX.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
)
_DASH = _RX.compile("[-–]")
_SLASH = _RX.compile("/")
HINTS: dict[re.Pattern[str], re.Pattern[str]] = {
    PERSON_AGE: _RX.compile(r",\s+(?:[a-z]+\s+)?\d{1,3}\s*,", re.I),
    SKIP_WEB: _RX.compile(r"https?://|www\.|@"),
    FRACTION: _RX.compile(r"/|[½⅓⅔¼¾⅛]"),
    SLASHED_NUMBERS: _SLASH,
    DATE_MD: _MONTH_HINT,
    DATE_DM: _MONTH_HINT,
    MONTH_YEAR: _MONTH_HINT,
    # Each way TIME reads a time holds a digit followed by a.m./p.m., by a colon and minutes, or by o'clock
    # (the same flags: what TIME folds, this folds).
    TIME: _RX.compile(r"\d\s*[ap](?:\.\s?m|m)|\d:[0-5]\d|\d\s+o['’]clock", re.I),
    DECADE: _RX.compile(r"0['’]?s"),  # "1990s", "the 1980's"
    AGE_LIST: _COMMA_NUMBER,
    AGE_APPOSITION: _RX.compile(r",\s+(?:[a-z]+\s+)?\d"),  # "Smith, 40," or "Smith, about 40,"
    # a street number needs "block" or a street word after it, a road or room number its word before
    ADDRESS: _RX.compile("block|" + _STREET_WORDS),
    ROAD: _RX.compile(_ROAD_WORDS),
    # a score's dash ("3-1", "45 – 21") and an ISO date's ("2026-03-12"): both open on lookbehinds tried at every
    # character, ~12 and ~10 us a sentence of bench/scale.py's figures8k, which holds no dash
    SCORE: _DASH,
    ISO_DATE: _DASH,
}

# The noise scan SKIP (the costliest of a sentence with a digit): every match holds one of these words or the hint
# (ASCII text only, where the words are read; other text is always scanned). By alternative: labels and station
# and maker names hold their word (or a letter glued to the digits), calls and texts their verb, "No. 3" "no",
# galleries "photos" or "3 of 12"; everything else glues a digit to a letter, "/", ":", "'" or "#", or joins digits
# or a digit and a letter by "-" or "." (phones, versions: never a full stop after a number), or is "1 800". A
# sentence of counts written as words and bare numbers ("at least 25 people") is not scanned.
SKIP_WORDS = frozenset({
    "news", "action", "eyewitness", "channel",  # "KHOU 11 News"
    "text", "texting", "texts", "txt", "sms", "call", "calling", "dial", "dialing", "phone", "hotline", "tip", "tips",
    "tipline", "photos", "images", "pictures", "slides", "videos", "no", "number", "911",
    "zone", "district", "precinct", "ward", "beat", "engine", "ladder", "station", "squad", "battalion", "apartment",
    "apt", "suite", "room", "exit", "gate", "terminal", "platform", "page", "route", "highway", "interstate",
    "sector", "unit", "rescue", "medic", "truck", "pct", "fox", "cbs", "nbc", "abc", "cw", "pbs",
    "flight", "runway", "track", "pier", "berth", "hangar", "bus", "tram",
    "article", "section", "chapter", "clause", "paragraph", "amendment", "proposition", "prop", "resolution", "volume",
    "vol", "verse", "phase", "grade",
    # makers: the word each name holds ("Sig Sauer" "sig", "Smith & Wesson" "wesson", "S&W" "w"; never "s", which
    # every "Assad's" holds)
    "glock", "saiga", "sig", "ruger", "beretta", "colt", "remington", "winchester", "mossberg", "taurus", "walther",
    "browning", "marlin", "savage", "kimber", "springfield", "wesson", "w", "boeing", "airbus", "iphone", "galaxy",
    "model", "windows", "xbox", "playstation",
})  # fmt: skip
# Found somewhere in a sentence exactly when one of these is: a digit followed by "-" or "." and a digit or letter,
# or by "/", ":", "'" or a letter; a letter (and "-") before a digit; "#" and a digit; "1 8", "1-(8"; a digit, "of"
# or "/" and a digit; a capital, a space and a digit ("AK 47"); "K" or "W" and two capitals. Written so every match
# starts at a digit, "#", "K" or "W" (the letter before a digit looked behind from the digit): re then skips every
# other character at once, ~3x faster than the plain alternation (tests/core/test_figures_guards.py holds it to that
# spec).
SKIP_HINT = _RX.compile(
    r"[\d#KW](?:(?<=\d)(?:[-.][\dA-Za-z]|[/:'A-Za-z]|\s*(?:[oO][fF]|/)\s*\d|(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d)"
    r"|(?<=1)[-.\s]\(?8|(?<=[A-Z]\s\d)|(?<=[A-Z]\s-\s\d)|(?<=[A-Z]\s–\s\d))|(?<=#)\d|(?<=[KW])[A-Z]{2})"
)
WORD_OR_HINT: dict[re.Pattern[str], tuple[frozenset[str], re.Pattern[str]]] = {SKIP: (SKIP_WORDS, SKIP_HINT)}

# A number as find_figures counts them to bound its work in one sentence (knobs.sentence_figures): a run of digits or a
# number word. Loose on purpose ("1,200" is two, "twenty-one" two): it only decides where a list of numbers run
# together stops being read.
TOKEN_WORDS = sorted(lx.NUMBER_WORDS | set(lx.VAGUE), key=longest_first)
NUMBER_TOKEN = _RX.compile(r"\d+|" + first_letters(*TOKEN_WORDS) + rf"\b(?:{'|'.join(TOKEN_WORDS)})\b", re.I)


_RX.save()  # stores the patterns compiled afresh above, if any
