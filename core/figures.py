"""Figures inside one sentence: every number a reader would compare, with its hedging and what it counts.

``find_figures(sentence)`` returns :class:`FoundFigure` records (offsets into the sentence, end exclusive):

* counts in digits or words ("25", "1,200", "3.5", "four million", "twenty-five", "a dozen"), vague quantities
  ("dozens" -> 24, "hundreds of thousands" -> 200000, unit ``vague``, ``high`` the upper bound), ranges
  ("10 to 15", "10-15", "between 10 and 15" -> value 10, high 15);
* percentages (unit ``percent``), money (``money:USD``, ``money:EUR``, ...), measures (``length:mile``,
  ``duration:year``, ``mass:pound``, ``times`` ...);
* dates ("November 27", "Nov. 27", "27 November", "the Fourth of July": unit ``date``, value month*100+day),
  years ("since 2011": unit ``year``), times of day ("10 a.m.", "3:15 p.m.": unit ``time``, value HHMM on 24 h),
  ages ("a 25-year-old man", "Smith, 40,", "aged 21 to 36": unit ``age``) and street numbers ("the 1200 block of",
  "3900 Graceland Ave": unit ``address``). These keep their own unit so they are never read as a casualty count.
  Ordinals ("2nd", "third"), phone numbers, numbers inside URLs, e-mail addresses and model names ("AK-47",
  "COVID-19") are skipped: nobody compares them.

For counts it also reads the ``qualifier`` ("at least", "about", "more than", ..., canonical lower-case phrases, see
``_QUALIFIERS``) and ``counts``: "<noun> <role>", "<role>" or "<noun>" ("people killed", "killed", "people"), with
roles killed / injured / shot / arrested / missing / displaced / casualties. "shot" is kept apart from "injured"
because "five people were shot" counts the dead too. A bare "a"/"an" ("a man was killed") and the word "one" are
figures only when a casualty role or a person noun makes the count explicit, so "one of the", "a car" never are;
"a double/triple shooting" counts 2/3 shot.

This module is pure standard library and reads one sentence at a time: it must not look at other sentences or
articles (``core/facts.py`` does that) and must not import Qt or anything of the project.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------------------------
# Tuning constants, in one place.
# ---------------------------------------------------------------------------------------------------------------

# How far (characters) to look left of a number for the verb that says what it counts ("killing at least 25"):
# a clause rarely puts more than a few words between the verb and its object, and further back lies another clause.
ROLE_LOOKBACK = 60
# How many words after a number may belong to its noun phrase ("two capitol police officers").
NOUN_WORDS = 4
# Vague plurals: "dozens" is at least two dozen and fewer than ten dozen; the same for hundreds, thousands, ...
VAGUE_LOW_FACTOR = 2
VAGUE_HIGH_FACTOR = 10
# A 4-digit number in this span with no noun after it is a year ("since 2011"), not a count.
YEAR_MIN, YEAR_MAX = 1800, 2099
# The largest plausible age ("Smith, 40,") - beyond this ", 140," is something else.
MAX_AGE = 120

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary.
# ---------------------------------------------------------------------------------------------------------------

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}  # fmt: skip
_NUMBER_WORDS = frozenset([*_SMALL, *_TENS, *_SCALES, "dozen", "dozens", "hundreds", "thousands", "millions"])
_VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
          "billions": 1_000_000_000, "tens": 10}  # fmt: skip

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirty-first": 31,
}  # fmt: skip

# Hedging words before a number -> canonical phrase. Synonyms share one phrase so facts can compare hedging.
_QUALIFIERS = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "a minimum of": "at least",
    "about": "about", "approximately": "about", "approx.": "about", "around": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "close to": "nearly", "circa": "about",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "just shy of": "nearly",
    "more than": "more than", "over": "more than", "upwards of": "more than", "in excess of": "more than",
    "just over": "more than", "above": "more than", "greater than": "more than",
    "up to": "up to", "as many as": "up to", "at most": "up to", "no more than": "up to", "a maximum of": "up to",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than", "below": "fewer than",
    "exactly": "exactly", "precisely": "exactly", "only": "only", "just": "only",
}  # fmt: skip

_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD",
                     "₹": "INR", "₽": "RUB"}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound sterling": "GBP", "pounds sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "peso": "MXN", "pesos": "MXN", "lira": "TRY",
    "cent": "USD", "cents": "USD",
}  # fmt: skip
_MEASURES = {
    "second": "duration:second", "seconds": "duration:second", "minute": "duration:minute",
    "minutes": "duration:minute", "hour": "duration:hour", "hours": "duration:hour", "day": "duration:day",
    "days": "duration:day", "night": "duration:night", "nights": "duration:night", "week": "duration:week",
    "weeks": "duration:week", "month": "duration:month", "months": "duration:month", "year": "duration:year",
    "years": "duration:year", "decade": "duration:decade", "decades": "duration:decade",
    "mile": "length:mile", "miles": "length:mile", "km": "length:km", "kilometre": "length:km",
    "kilometres": "length:km", "kilometer": "length:km", "kilometers": "length:km", "metre": "length:m",
    "metres": "length:m", "meter": "length:m", "meters": "length:m", "m": "length:m", "cm": "length:cm",
    "mm": "length:mm", "foot": "length:foot", "feet": "length:foot", "ft": "length:foot", "inch": "length:inch",
    "inches": "length:inch", "yard": "length:yard", "yards": "length:yard", "pound": "mass:pound",
    "pounds": "mass:pound", "lb": "mass:pound", "lbs": "mass:pound", "kg": "mass:kg", "kilogram": "mass:kg",
    "kilograms": "mass:kg", "gram": "mass:g", "grams": "mass:g", "g": "mass:g", "ton": "mass:ton",
    "tons": "mass:ton", "tonne": "mass:ton", "tonnes": "mass:ton", "mph": "speed:mph", "km/h": "speed:km/h",
    "acre": "area:acre", "acres": "area:acre", "hectare": "area:hectare", "hectares": "area:hectare",
    "gallon": "volume:gallon", "gallons": "volume:gallon", "litre": "volume:litre", "litres": "volume:litre",
    "liter": "volume:litre", "liters": "volume:litre", "degree": "degree", "degrees": "degree",
    "mg": "mass:mg", "ml": "volume:ml",
    "times": "times", "caliber": "caliber", "calibre": "caliber", "percentage point": "percentage points",
    "percentage points": "percentage points",
}  # fmt: skip

# Casualty roles, from the words that state them.
KILLED, INJURED, SHOT, ARRESTED, MISSING, DISPLACED, CASUALTIES = (
    "killed", "injured", "shot", "arrested", "missing", "displaced", "casualties")  # fmt: skip
_ROLE_NOUNS = {
    "deaths": KILLED, "death": KILLED, "lives": KILLED, "fatalities": KILLED, "fatality": KILLED, "dead": KILLED,
    "killed": KILLED, "injuries": INJURED, "injured": INJURED, "wounded": INJURED, "casualties": CASUALTIES,
    "arrests": ARRESTED, "missing": MISSING, "displaced": DISPLACED,
}  # fmt: skip
# Nouns normalised to one key, so "persons"/"people" and "kids"/"children" compare equal.
_NOUN_CANON = {
    "person": "people", "persons": "people", "people": "people", "individual": "people", "individuals": "people",
    "child": "children", "children": "children", "kid": "children", "kids": "children", "man": "men",
    "men": "men", "woman": "women", "women": "women", "other": "others", "others": "others", "police": "police",
    "teen": "teenagers", "teens": "teenagers", "teenager": "teenagers", "teenagers": "teenagers",
    "gunman": "gunmen", "gunmen": "gunmen", "serviceman": "servicemen", "servicemen": "servicemen",
    "policeman": "policemen", "policemen": "policemen", "fireman": "firemen", "firemen": "firemen",
    "staff": "staff", "personnel": "personnel", "militia": "militia", "crew": "crew",
}  # fmt: skip
# Singular person nouns that make "a"/"an"/"one" a count ("a man was killed").
_PERSON_SINGULAR = frozenset(
    "man woman boy girl child kid person teen teenager toddler infant baby officer deputy trooper agent student "
    "victim resident bystander soldier civilian juvenile male female adult suspect gunman shooter driver passenger "
    "worker employee customer guard marine sailor airman pedestrian motorist father mother son daughter brother "
    "sister husband wife neighbor neighbour friend relative cousin uncle aunt grandmother grandfather nephew niece "
    "youth security journalist reporter doctor nurse teacher policeman patron clerk cashier owner sergeant "
    "detective firefighter inmate prisoner protester protestor fighter militant rebel".split()
)
# Words that may stand between a number and its noun without being the noun ("three other people").
_MODIFIERS = frozenset(
    "other more additional young old older younger unidentified unknown male female adult juvenile innocent "
    "armed unarmed local several separate different elderly small little big teenage".split()
)
# Words that end a noun phrase: auxiliaries, prepositions, conjunctions, pronouns, determiners.
_STOP = frozenset(
    "a an the this that these those who whom whose which what where when while as at by for from in into of on "
    "onto to with without within near after before during since until than then and or but nor so yet if because "
    "was were is are be been being am have has had having do does did will would shall should can could may might "
    "must it its he she they them their his her him we us our you your i me my there here all both each every any "
    "some no not only also just about over up down out off per via like among including plus versus vs while "
    "still already reportedly allegedly later earlier now say says said told according".split()
)
_ROLE_STOP = frozenset(
    "killed dead died die dies dying slain murdered shot wounded injured hurt hospitalized hospitalised fatally "
    "arrested detained missing displaced killing wounding injuring".split()
)

# ---------------------------------------------------------------------------------------------------------------
# Compiled patterns (module level: find_figures runs once per sentence of every article).
# ---------------------------------------------------------------------------------------------------------------

_W_SMALL = "|".join(sorted(_SMALL, key=len, reverse=True))
_W_TENS = "|".join(_TENS)
_W_SCALE = "|".join(_SCALES)
_WORD_ATOM = rf"(?:(?:{_W_TENS})(?:-(?:{_W_SMALL}))?|{_W_SMALL}|{_W_SCALE}|dozen)"
_WORD_NUM = re.compile(
    rf"\b(?:(?:an?|several|a\s+few)\s+(?=(?:{_W_SCALE}|dozen)\b))?"
    rf"{_WORD_ATOM}(?:(?:\s+(?:and\s+)?|-){_WORD_ATOM})*\b",
    re.I,
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_DIGIT_NUM = re.compile(
    rf"(?<![\w.,/:])(?<![A-Za-z]-)(?:{_DIGITS})(?:\s*(?:{_W_SCALE})\b|-(?:{_W_SCALE})\b)?(?![\w/]|\.\d|,\d)|"
    rf"(?<![\w.,/:])(?:{_DIGITS})(?=[-–—](?:\d|year|month|week|day|pound|mile|foot|inch|hour|minute))|"
    # A unit or a thousands "k" glued to the digits: "10kg", "25lbs", "5k"; "€10M", "$2.1bn" after a currency sign.
    rf"(?<![\w.,/:])(?:{_DIGITS})(?:k\b|(?=(?:km|kg|mm|cm|mg|ml|lbs|lb|ft|mph|m|g)\b))|"
    rf"(?<=[$€£¥])(?:{_DIGITS})(?:bn|mn|tn|[mbt])\b",
    re.I,
)
# Fractions: "2 1/2", "1/4", "½"; only proper fractions, so "24/7" and "9/11" are not read as numbers.
_FRACTION = re.compile(r"(?<![\w/.])(?:(?P<w>\d+)\s+)?(?P<n>\d)/(?P<d>\d{1,2})(?![\w/])|(?P<u>[½⅓⅔¼¾⅛])")
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32})  # not 11: "9/11" is a date
_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅛": 0.125}
_DECADE = re.compile(r"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)['’]?s\b")
_VAGUE_NUM = re.compile(
    r"\b(?:(?:tens|hundreds|thousands|millions)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\b"
    r"|\b(?:tens)\s+of\s+(?:thousands|millions)\b",
    re.I,
)
_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")  # fmt: skip
_DATE_MD = re.compile(
    rf"\b(?P<m>{_MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:|\.\d|,\d{{3}})(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
)
_DATE_DM = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH_RE})(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
)
_DATE_ORD = re.compile(
    r"\b(?P<o>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + rf")\s+of\s+(?P<m>{_MONTH_RE})\b", re.I
)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH_RE})\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)\b")
_TIME = re.compile(
    r"(?<![\w.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b)"
    r"|(?<![\w.:])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])"
    r"|(?<![\w.:])(?P<h3>[01]?\d)\s+o['’]clock\b",
    re.I,
)
_AGE_WORD = rf"(?:\d{{1,3}}|{_WORD_ATOM}(?:-{_WORD_ATOM})?)"
_AGE = re.compile(
    rf"\b(?P<a>{_AGE_WORD})(?:\s*(?:to|or|-|–)\s*(?P<b>{_AGE_WORD}))?[-\s](?P<u>year|month|week|day)s?[-\s]olds?\b"
    rf"|\b(?:aged?|ages)\s+(?P<a2>\d{{1,3}})(?:\s*(?:to|and|-|–)\s*(?P<b2>\d{{1,3}}))?\b",
    re.I,
)
_WEEKDAYS_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january february march "
    "april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov "
    "dec in on at since by of and or but as from".split()
)
_AGE_APPOSITION = re.compile(
    r"\b(?P<name>[A-Z][A-Za-z'’-]+)\.?,\s+(?P<a>\d{1,3})(?=\s*(?:[,;)]|—|–|\s-\s|$)|\s+(?:of|from|and)\b)"
)
_ADDRESS = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,6})\s+(?:block\b|(?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
    r"(?:[A-Z][A-Za-z'’]+\s+|\d+(?:st|nd|rd|th)\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|"
    r"Highway|Hwy|Terrace|Circle|Trail|Square|Sq)\b\.?)"
)
_ROAD = re.compile(r"\b(?:Highway|Route|Interstate|I-|US|U\.S\.|State Road|SR|County Road|Room|No\.|Number)\s?\d+")
_SKIP = re.compile(
    r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # URLs, e-mail addresses (linear)
    r"|\(?\b\d{3}\)?[-.\s]\d{3}[-.](?:\d{4}|[A-Z]{4})\b(?:\s*\(\d{4}\))?"  # phones: 713-222-TIPS (8477)
    r"|\b\d+\s+(?-i:News|Action|Eyewitness|Channel)\b"  # TV stations: "KHOU 11 News"
    r"|\b\d+(?:st|nd|rd|th)\b"  # ordinals
    r"|\b[A-Za-z]+[-]?\d+[A-Za-z\d]*\b(?:-\d+)?|\b\d+[A-Za-z]+\d+\w*"  # model names, codes: AK-47, COVID-19, L2
    r"|\b\d+(?:/\d+)+\b(?<!\b\d/\d)(?<!\b\d/\d\d)"  # 24/7, 9/11, 7/4/2016: dates and ratios we cannot read safely
    r"|\b\d+(?:\.\d+){2,}\b|#\d+|\b\d+'s\b",  # version numbers, hashtags, "the 1990's"
    re.I,
)
_CURRENCY_BEFORE = re.compile(r"(?P<c>US\$|C\$|A\$|[$€£¥₹₽])\s?$", re.I)
_CURRENCY_SHORT_SCALE = re.compile(r"(?P<s>bn|mn|m|k)\b", re.I)
_UNIT_AFTER = re.compile(
    r"(?P<sep>\s*|-)(?P<u>%|per\s?cent\b|pct\b|percent\b|percentage points?\b|"
    + "|".join(sorted((re.escape(k) + r"\b" for k in _CURRENCY_WORDS), key=len, reverse=True))
    + "|"
    + "|".join(sorted((re.escape(k) + r"\b" for k in _MEASURES), key=len, reverse=True))
    + ")",
    re.I,
)
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>" + "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True)) + r")\s+$", re.I
)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|from|until|till|by|during|before|after|early|late|mid|year|summer|"
                          r"spring|fall|autumn|winter)\s+$", re.I)
# "a triple shooting" states how many were shot as surely as "three people were shot".
_MULTIPLE = re.compile(r"\b(?P<w>double|triple|quadruple|quintuple)[- ](?P<k>shooting|homicide|murder)s?\b", re.I)
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_HALF_DOZEN = re.compile(r"\bhalf\s+a\s+dozen\b", re.I)
_RANGE_JOIN = re.compile(r"\A\s*(?:to|-|–|—|or|and)\s*\Z", re.I)
_WORD_TOKEN = re.compile(r"\s+(\d{1,3}[-\s](?:year|month|week)s?[-\s]old|[A-Za-z][A-Za-z'’.]*(?:-[A-Za-z]+)*)")
_OF = re.compile(r"\s+of(?=\s)", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the|them|those|these|whom|which|its|their|our)\b", re.I)

# Between a counted noun and its role: "25 people [who had] [reportedly] been killed". A bare "who killed" is the
# active verb ("a man who killed two"), so after who/that/which a transitive role needs an auxiliary first.
_AUX = (r"(?:(?:who|that|which)\s+(?!(?:killed|shot|wounded|injured|hurt|murdered|gunned|struck)\b))?"
        r"(?:(?:(?!fatally|mortally)[a-z]+ly|had|have|has|were|was|are|is|been|being|be|all|also|reportedly|allegedly|later|each|critically|"
        r"seriously|badly|gravely|slightly|both|now|since|subsequently|initially|confirmed|reported|pronounced|"
        r"left|found|believed|to|then|apparently|police|say|said|officials)\s+)*"
        )  # fmt: skip
_ROLE_AFTER = re.compile(
    r"\s*(?:,\s*)?" + _AUX + r"(?:"
    r"(?P<k>shot\s+(?:and|&)\s+killed|shot\s+dead|shot\s+to\s+death|gunned\s+down|(?:fatally|mortally)\s+"
    r"(?:shot|wounded|injured|hurt|struck)|fatally|killed|dead|died|die|slain|murdered|perished|"
    r"lost\s+(?:their|his|her)\s+lives?)"
    r"|(?P<i>shot\s+(?:and|&)\s+(?:wounded|injured|hurt)|wounded|injured|hurt|hospitali[sz]ed|"
    r"suffer(?:ed|ing)\s+(?:from\s+)?(?:gunshot\s+)?(?:wounds|injuries)|with\s+(?:gunshot\s+)?wounds|"
    r"(?:in|listed\s+in)\s+(?:critical|stable|serious|fair|good)\s+condition|treated|injuries)"
    r"|(?P<s>shot|struck\s+by\s+(?:gunfire|bullets)|hit\s+by\s+(?:gunfire|bullets)|(?:were|was)\s+(?:hit|struck))"
    r"|(?P<a>arrested|detained|taken\s+into\s+custody|in\s+custody|charged)"
    r"|(?P<m>missing|unaccounted\s+for)"
    r"|(?P<d>displaced|homeless|evacuated)"
    r")\b",
    re.I,
)
_ROLE_BEFORE = re.compile(
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
# Words allowed between a role verb and its number ("killing a total of 25", "toll rose to 56").
_ROLE_GAP_OK = frozenset(
    "the a an all another total of his her their its also at least nearly about some more than rose risen rises "
    "rising climbed climbing reached reaching reaches stands stood stand to is was now has had hit hits of been "
    "jumped increased grew up over police military official final from".split()
)
_INCLUDING = re.compile(
    r"(?:\bincluding|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|them|those)|\bincluded|\bamong\s+the\s+\w+\s+were"
    r"|\bwere|^\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?to)\s*$",  # "rose from 25 to 31": the second number too
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[;:()\[\]\"“”—]|,(?!\s*(?:including|among|of whom))|\s-\s|\.\s")


@dataclass(frozen=True)
class FoundFigure:
    """One figure in a sentence: ``text == sentence[start:end]``; ``high`` is the upper end of a range."""

    text: str
    value: float
    start: int
    end: int
    qualifier: str = ""
    counts: str = ""
    unit: str = ""
    high: float | None = None


@dataclass
class _Raw:
    start: int
    end: int
    value: float
    unit: str = ""
    high: float | None = None
    kind: str = "count"  # count | article | word_one | fixed (dates, times, ages, addresses: no context read)
    scaled: bool = False


def _parse_number_words(text: str) -> float | None:
    """ "four million" -> 4e6, "twenty-five" -> 25, "a dozen" -> 12, "one hundred and five" -> 105."""
    words = re.split(r"[\s-]+", text.lower())
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = 1
            seen = True
        elif w == "several":
            current = 3
            seen = True
        elif w == "few":
            current = 2
            seen = True
        elif w in _SMALL:
            current += _SMALL[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _parse_digits(text: str) -> tuple[float, bool]:
    """ "1,200" -> 1200; "3.5 million" -> 3.5e6; returns (value, has_scale_word)."""
    m = re.match(r"([\d,]*\.?\d+)[\s-]*([a-z]*)", text, re.I)
    assert m is not None
    value = float(m.group(1).replace(",", ""))
    scale = m.group(2).lower()
    if scale in _SCALES:
        return value * _SCALES[scale], True
    short = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12}
    if scale in short:
        return value * short[scale], True
    return value, False


class _Mask:
    """Characters already claimed by a figure or a skipped span: O(span) checks, however many spans there are."""

    def __init__(self, size: int) -> None:
        self.bits = bytearray(size + 1)

    def append(self, span: tuple[int, int]) -> None:
        self.bits[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    def hit(self, start: int, end: int) -> bool:
        return 1 in self.bits[start:end]


def _overlaps(spans: _Mask | list[tuple[int, int]], start: int, end: int) -> bool:
    if isinstance(spans, _Mask):
        return spans.hit(start, end)
    return any(s < end and start < e for s, e in spans)


def _canon_noun(word: str) -> str:
    w = word.lower().strip(".'’")
    if w in _NOUN_CANON:
        return _NOUN_CANON[w]
    if w.endswith("men") or w.endswith("people") or w.endswith("children"):
        return w
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("ch", "sh", "x", "ss")):
        return w + "es"
    return w + "s"


# Canonical forms of the person nouns, for "a man" / "one woman" counts.
_PERSON_CANON = frozenset({_canon_noun(w) for w in _PERSON_SINGULAR} | {"people"})


def _is_plural(word: str) -> bool:
    w = word.lower().strip(".'’")
    if w in _NOUN_CANON:
        return w not in ("person", "child", "kid", "man", "woman", "other", "teen", "teenager", "individual")
    return (w.endswith(("men", "people", "children", "police", "staff", "personnel", "militia", "crew"))
            or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 2))  # fmt: skip


def _noun_after(sentence: str, pos: int, singular: bool, of_ok: bool = False) -> tuple[str, int, str]:
    """The counted noun after ``pos``: (canonical noun, end offset of the phrase, role the noun itself states).

    ``of_ok``: a vague or scaled number takes its noun after "of" ("dozens of soldiers", "millions of people").
    """
    of = _OF_THE.match(sentence, pos) or (_OF.match(sentence, pos) if of_ok else None)
    if of:
        pos = of.end()
    words: list[tuple[str, int, int]] = []
    p = pos
    for _ in range(NOUN_WORDS):
        m = _WORD_TOKEN.match(sentence, p)
        if not m:
            break
        raw = m.group(1)
        w = raw.lower().rstrip(".")
        if raw[0].isdigit():
            words.append(("", m.start(1), m.end(1)))  # an age inside the phrase: a modifier
            p = m.end()
            continue
        if w in _ROLE_NOUNS and w not in ("dead", "killed", "injured", "wounded", "missing", "displaced"):
            words.append((w, m.start(1), m.end(1)))
            break
        if w in _STOP or w in _ROLE_STOP or w in _NUMBER_WORDS or (w.endswith("ly") and w not in ("family", "ally")):
            break
        if w.endswith("ing") and w not in ("siblings", "offspring", "ring", "king"):
            break
        words.append((w, m.start(1), m.end(1) - (1 if raw.endswith(".") and "." not in raw[:-1] else 0)))
        p = m.end()
        if raw.endswith(".") and w not in ("u.s", "u.k", "st", "jr", "sr", "dr", "mr", "mrs", "ms", "gen", "sgt",
                                           "lt", "col", "capt", "cpl", "pvt", "rep", "sen", "gov"):
            break  # a full stop ends the sentence
    if not words:
        return "", pos, ""
    if singular:
        for k, (w, _s, e) in enumerate(words):
            if w and k and not words[k - 1][0] and w.endswith("ed"):
                return "people", words[k - 1][2], ""  # "a 3-year-old shocked ...": a verb after the age
            if w and w not in _MODIFIERS:
                return (_canon_noun(w), e, _ROLE_NOUNS.get(w, ""))
        if words and not words[0][0]:
            return "people", words[0][2], ""  # "a 17-year-old was killed": the age stands for a person
        return "", pos, ""
    # The head of an English noun phrase is its last noun: "two Capitol Police officers" counts officers.
    head: tuple[str, int] | None = None
    for w, _s, e in words:
        if w in _ROLE_NOUNS:
            return (head[0] if head else ""), e, _ROLE_NOUNS[w]
        if w and "." not in w and _is_plural(w) and w not in _MODIFIERS:
            head = (_canon_noun(w), e)
    return (head[0], head[1], "") if head else ("", pos, "")


def _role_after(sentence: str, pos: int) -> str:
    m = _ROLE_AFTER.match(sentence, pos)
    if not m:
        return ""
    return {"k": KILLED, "i": INJURED, "s": SHOT, "a": ARRESTED, "m": MISSING, "d": DISPLACED}[m.lastgroup or "k"]


def _role_before(left: str) -> str:
    """The role stated by the last casualty verb in ``left`` when only filler words follow it ("killing a total of")."""
    matches = list(_ROLE_BEFORE.finditer(left))
    if not matches:
        return ""
    m = matches[-1]
    if m is None:
        return ""
    gap = left[m.end() :].lower().split()
    if len(gap) > 4 or any(g not in _ROLE_GAP_OK for g in gap):
        return ""
    for name, role in (("k", KILLED), ("i", INJURED), ("s", SHOT), ("a", ARRESTED), ("d", DISPLACED)):
        if m.group(name):
            return role
    return ""


def _clause_start(sentence: str, lo: int, hi: int) -> int:
    """Offset after the last clause break in sentence[lo:hi]."""
    start = lo
    for m in _CLAUSE_BREAK.finditer(sentence, lo, hi):
        start = m.end()
    return start


def find_figures(sentence: str) -> list[FoundFigure]:
    """Every figure in ``sentence``, in reading order, with offsets into it."""
    has_digit = any(c.isdigit() for c in sentence)
    if (not has_digit and not _WORD_NUM.search(sentence)
            and not _VAGUE_NUM.search(sentence) and not re.search(r"\ban?\s", sentence, re.I)):
        return []

    def digits(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """Matches of a pattern that needs a digit; most sentences have none, and each scan costs (~0.1 ms)."""
        return pattern.finditer(sentence) if has_digit else ()

    blocked = _Mask(len(sentence))
    raws: list[_Raw] = []

    def claim(r: _Raw) -> None:
        raws.append(r)
        blocked.append((r.start, r.end))

    for m in _SKIP.finditer(sentence):
        if not _DATE_DM.match(sentence, m.start()):
            blocked.append((m.start(), m.end()))
    for m in digits(_DECADE):
        if not _overlaps(blocked, m.start("y"), m.end()):
            claim(_Raw(m.start("y"), m.end(), float(m.group("y")), "year", kind="fixed"))
    fractions: list[_Raw] = []
    for m in _FRACTION.finditer(sentence):
        if _overlaps(blocked, m.start(), m.end()):
            continue
        if m.group("u"):
            value = _UNICODE_FRACTIONS[m.group("u")]
        elif int(m.group("n")) < int(m.group("d")) and int(m.group("d")) in _FRACTION_DENOMINATORS:
            value = int(m.group("w") or 0) + int(m.group("n")) / int(m.group("d"))
        else:
            continue
        fractions.append(_Raw(m.start(), m.end(), value))
        blocked.append((m.start(), m.end()))
    # Fixed kinds first: dates, times, ages, addresses claim their digits before counts can.
    for m in digits(_DATE_MD):
        month = _MONTHS[m.group("m").lower().rstrip(".")]
        day = int(m.group("d"))
        if m.group("m").lower() == "may" and sentence[max(0, m.start() - 1) : m.start()].isalpha():
            continue
        if 1 <= day <= 31 and not _overlaps(blocked, m.start(), m.end()):
            claim(_Raw(m.start(), m.end(), month * 100 + day, "date", kind="fixed"))
    for m in digits(_DATE_DM):
        day = int(m.group("d"))
        if 1 <= day <= 31 and not _overlaps(blocked, m.start(), m.end()):
            if m.group("m") == "May" and not m.group("y") and "of" not in m.group(0):
                # "5 May" is a date, but so is "... 5 may ..." in no text we read; keep it simple and accept
                pass
            claim(_Raw(m.start(), m.end(), _MONTHS[m.group("m").lower().rstrip(".")] * 100 + day, "date",
                       kind="fixed"))  # fmt: skip
    for m in _DATE_ORD.finditer(sentence):
        if not _overlaps(blocked, m.start(), m.end()):
            day = _ORDINAL_WORDS[m.group("o").lower()]
            claim(_Raw(m.start(), m.end(), _MONTHS[m.group("m").lower().rstrip(".")] * 100 + day, "date",
                       kind="fixed"))  # fmt: skip
    for m in digits(_MONTH_YEAR):
        if not _overlaps(blocked, m.start(), m.end()):
            claim(_Raw(m.start("y"), m.end("y"), float(m.group("y")), "year", kind="fixed"))
    for m in digits(_TIME):
        if _overlaps(blocked, m.start(), m.end()):
            continue
        if m.group("h") is not None:
            h, mi = int(m.group("h")), int(m.group("mi") or 0)
            pm = m.group("ap").lower().startswith("p")
            if h > 12:
                continue
            h = (h % 12) + (12 if pm else 0)
        elif m.group("h2") is not None:
            h, mi = int(m.group("h2")), int(m.group("mi2"))
        else:
            h, mi = int(m.group("h3")), 0
        end = m.end()
        claim(_Raw(m.start(), end, float(h * 100 + mi), "time", kind="fixed"))
    for m in _AGE.finditer(sentence):
        if _overlaps(blocked, m.start(), m.end()):
            continue
        a_txt = m.group("a") or m.group("a2")
        b_txt = m.group("b") or m.group("b2")
        a = float(a_txt) if a_txt.isdigit() else _parse_number_words(a_txt)
        b = (float(b_txt) if b_txt.isdigit() else _parse_number_words(b_txt)) if b_txt else None
        if a is None:
            continue
        unit = "age" if (m.group("u") or "year").lower() == "year" else f"age:{m.group('u').lower()}"
        if m.group("a2"):
            claim(_Raw(m.start("a2"), m.end("b2") if b_txt else m.end("a2"), a, unit, b, kind="fixed"))
        else:
            claim(_Raw(m.start(), m.end(), a, unit, b if b and b > a else None, kind="fixed"))
    for m in digits(_AGE_APPOSITION):
        a = int(m.group("a"))
        if m.group("name").lower() in _WEEKDAYS_MONTHS or a > MAX_AGE or _overlaps(blocked, m.start("a"), m.end("a")):
            continue
        claim(_Raw(m.start("a"), m.end("a"), float(a), "age", kind="fixed"))
    for m in digits(_ADDRESS):
        if not _overlaps(blocked, m.start("n"), m.end("n")):
            claim(_Raw(m.start("n"), m.end("n"), float(m.group("n")), "address", kind="fixed"))
    for m in _ROAD.finditer(sentence):
        blocked.append((m.start(), m.end()))
    multiples: list[tuple[int, int, float, str]] = []
    for m in _MULTIPLE.finditer(sentence):
        role = SHOT if m.group("k").lower() == "shooting" else KILLED
        multiples.append((m.start("w"), m.end("w"), float(_MULTIPLES[m.group("w").lower()]), role))
        blocked.append((m.start("w"), m.end("w")))

    # Counts: digits, number words, vague plurals.
    cands: list[_Raw] = fractions
    taken = _Mask(len(sentence))  # spans of the counts found so far
    for m in digits(_DIGIT_NUM):
        if _overlaps(blocked, m.start(), m.end()):
            continue
        value, scaled = _parse_digits(m.group(0))
        cands.append(_Raw(m.start(), m.end(), value, scaled=scaled))
        taken.append((m.start(), m.end()))
    for m in _HALF_DOZEN.finditer(sentence):
        if not _overlaps(blocked, m.start(), m.end()) and not taken.hit(m.start(), m.end()):
            cands.append(_Raw(m.start(), m.end(), 6.0, scaled=True))
            taken.append((m.start(), m.end()))
    for m in _WORD_NUM.finditer(sentence):
        s, e = m.start(), m.end()
        txt = m.group(0)
        if _overlaps(blocked, s, e) or taken.hit(s, e):
            continue
        low = txt.lower()
        if low in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
            continue  # a bare scale word: "a hundred" is matched with its article; "hundred" alone is rare prose
        value = _parse_number_words(txt)
        if value is None:
            continue
        before = sentence[max(0, s - 8) : s].lower()
        if low == "one" and (re.search(r"\b(?:no|any|every|some|each|the|that|this|which)\s+$", before)
                             or re.match(r"\s+(?:another|of|in|by|after|on|at|day|time)\b",
                                         sentence[e : e + 10], re.I)):  # fmt: skip
            continue
        scaled = any(w in low for w in ("hundred", "thousand", "million", "billion", "dozen"))
        vague = low.startswith(("several", "a few"))
        half = _AND_A_HALF.match(sentence, e)
        if half:  # "two and a half"
            value += 0.5
            e = half.end()
            low = "half"
        raw = _Raw(s, e, value, scaled=scaled, kind="word_one" if low == "one" else "count")
        if vague:
            raw.unit = "vague"
            raw.high = value * 3
        cands.append(raw)
        taken.append((s, e))
    # "a hundred", "a dozen" came above; digits followed by a word scale ("3 million") are in _DIGIT_NUM.
    for m in _VAGUE_NUM.finditer(sentence):
        s, e = m.start(), m.end()
        if _overlaps(blocked, s, e) or taken.hit(s, e):
            continue
        parts = re.split(r"\s+of\s+", m.group(0).lower())
        base = 1.0
        for p in parts:
            base *= _VAGUE[p]
        if re.match(r"\s+of\s+(?:dollars|euros|pounds)", sentence[e : e + 14], re.I):
            pass
        cands.append(_Raw(s, e, base * VAGUE_LOW_FACTOR, "vague", base * VAGUE_HIGH_FACTOR))
    cands.sort(key=lambda r: r.start)

    # Units: currency symbol before, percent / currency word / measure after.
    for c in cands:
        before = sentence[max(0, c.start - 3) : c.start]
        cm = _CURRENCY_BEFORE.search(before)
        if cm and c.unit != "vague":
            code = _CURRENCY_SYMBOLS[cm.group("c").lower()]
            c.start -= len(cm.group(0))
            sm = _CURRENCY_SHORT_SCALE.match(sentence, c.end)
            if sm and not c.scaled:
                c.value *= {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}[sm.group("s").lower()]
                c.end = sm.end()
            c.unit = f"money:{code}"
            continue
        um = _UNIT_AFTER.match(sentence, c.end)
        if not um:
            continue
        u = um.group("u").lower()
        u = re.sub(r"\s+", " ", u)
        if u in ("%", "percent", "per cent", "percentcent", "pct") or u.startswith("per"):
            if u.startswith("percentage"):
                c.unit = "percentage points"
            else:
                c.unit = "percent"
        elif u in _CURRENCY_WORDS and not (u in ("pound", "pounds") and um.group("sep") == "-"):
            c.unit = f"money:{_CURRENCY_WORDS[u]}"
            if u in ("cent", "cents"):
                c.value /= 100
        elif u in ("pound", "pounds"):
            c.unit = "money:GBP" if c.scaled else "mass:pound"
        elif u in ("m", "g") and um.group("sep") != "":
            continue  # "5 m" is too often something else to call it metres
        elif u in _MEASURES:
            c.unit = _MEASURES[u]
        if c.unit == "vague":
            continue
        if c.unit:
            c.end = um.end()

    # Ranges: "10 to 15", "10-15", "between 10 and 15", "two or three" (not "from 25 to 31": that is a change).
    merged: list[_Raw] = []
    for c in cands:
        if merged:
            p = merged[-1]
            gap = sentence[p.end : c.start]
            left = sentence[max(0, p.start - 9) : p.start].lower()
            join = _RANGE_JOIN.match(gap)
            word = gap.strip().lower()
            ok = (
                join is not None
                and p.high is None
                and p.unit in ("", c.unit)
                and c.unit != "vague"
                and not re.search(r"\bfrom\s+$", left)
                and (word != "and" or re.search(r"\bbetween\s+$", left) is not None)
                and (word != "or" or c.value - p.value <= 2)
            )
            pv = p.value
            if ok and not p.scaled and c.scaled and c.value > pv:
                scale = next((v for k, v in _SCALES.items() if k in sentence[c.start : c.end].lower()), 1)
                if pv * scale <= c.value:
                    pv = pv * scale
            if ok and c.value > pv and not (YEAR_MIN <= pv <= YEAR_MAX and word in ("or", "and")):
                merged[-1] = _Raw(p.start, c.end, pv, c.unit, c.value, p.kind if p.kind != "word_one" else "count",
                                  c.scaled)  # fmt: skip
                continue
        merged.append(c)

    # Years: a bare 4-digit number in the plausible span with no noun after it.
    for c in merged:
        txt = sentence[c.start : c.end]
        if (c.unit == "" and c.high is None and re.fullmatch(r"\d{4}", txt) and YEAR_MIN <= c.value <= YEAR_MAX):
            noun, _e, _role = _noun_after(sentence, c.end, False)
            if not noun or _YEAR_BEFORE.search(sentence, max(0, c.start - 12), c.start):
                c.unit = "year"
                c.kind = "fixed"
        claim(c)

    # "a man was killed": the article is a count only when a person noun and a casualty role follow.
    for m in re.finditer(r"\b(?:an?|one)\b(?=\s)", sentence, re.I):
        if _overlaps(blocked, m.start(), m.end()) or _OF.match(sentence, m.end()):
            continue  # "one of the victims" names one of a group, it does not count anybody
        noun, nend, nrole = _noun_after(sentence, m.end(), True)
        if not noun or noun not in _PERSON_CANON:
            continue
        role = nrole or _role_after(sentence, nend)
        if not role:
            lo = _clause_start(sentence, max(0, m.start() - ROLE_LOOKBACK), m.start())
            role = _role_before(sentence[lo : m.start()])
        if role in (KILLED, INJURED, SHOT):
            claim(_Raw(m.start(), m.end(), 1.0, kind="article"))

    raws.sort(key=lambda r: (r.start, r.end))
    out: list[FoundFigure] = [FoundFigure(sentence[s:e], v, s, e, "", role) for s, e, v, role in multiples]
    prev_end = 0
    prev_role = ""
    for k, r in enumerate(raws):
        text = sentence[r.start : r.end]
        if r.kind == "fixed" or (r.unit and r.unit != "vague"):
            qualifier = _qualifier(sentence, r.start, prev_end)
            out.append(FoundFigure(text, r.value, r.start, r.end, qualifier, "", r.unit, r.high))
            prev_end = r.end
            prev_role = ""
            continue
        singular = r.value == 1 and r.high is None
        noun, nend, role = _noun_after(sentence, r.end, singular, r.unit == "vague" or r.scaled)
        if noun in ("times",):
            out.append(FoundFigure(text, r.value, r.start, r.end, _qualifier(sentence, r.start, prev_end), "",
                                   "times", r.high))  # fmt: skip
            prev_end = r.end
            continue
        role = role or _role_after(sentence, nend)
        qualifier, qstart = _qualifier_at(sentence, r.start, prev_end)
        if not role:
            lo = _clause_start(sentence, max(prev_end, r.start - ROLE_LOOKBACK), qstart)
            role = _role_before(sentence[lo:qstart])
        if not role and prev_role and _INCLUDING.search(sentence[prev_end:qstart]):
            role = prev_role
        if r.kind == "article":
            # "a man" when nothing else lies inside; "A" alone when an age sits in the phrase ("A 10-year-old boy").
            following = raws[k + 1].start if k + 1 < len(raws) else len(sentence)
            end = nend if nend - r.start < 40 and following >= nend else r.end
            text = sentence[r.start : end]
            out.append(FoundFigure(text, 1.0, r.start, end, "", " ".join(x for x in (noun, role) if x)))
            prev_end, prev_role = end, role
            continue
        if r.kind == "word_one" and not role and noun not in _PERSON_CANON:
            continue
        counts = " ".join(x for x in (noun, role) if x)
        out.append(FoundFigure(text, r.value, r.start, r.end, qualifier, counts, r.unit, r.high))
        prev_end = r.end
        prev_role = role or prev_role
    return sorted(out, key=lambda f: (f.start, f.end)) if multiples else out


def _qualifier_at(sentence: str, start: int, floor: int) -> tuple[str, int]:
    """The canonical hedge right before ``start`` and where it begins (``start`` when there is none)."""
    m = _QUALIFIER_BEFORE.search(sentence, max(floor, start - 20), start)
    if not m:
        return "", start
    return _QUALIFIERS[m.group("q").lower()], m.start()


def _qualifier(sentence: str, start: int, floor: int) -> str:
    return _qualifier_at(sentence, start, floor)[0]
