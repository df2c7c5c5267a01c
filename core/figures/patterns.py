"""Compiled patterns for reading figures, built once at import from the words in ``lexicon.py``.

Each pattern finds one kind of span (a date, a time, an age, a phone number, a role verb ...); deciding what a
match means is left to ``passes.py``. Pure standard library.
"""

from __future__ import annotations

import re

from . import lexicon as lx

W_SMALL = "|".join(sorted(lx.SMALL, key=len, reverse=True))
W_TENS = "|".join(lx.TENS)
W_SCALE = "|".join(lx.SCALES)
WORD_ATOM = rf"(?:(?:{W_TENS})(?:-(?:{W_SMALL}))?|{W_SMALL}|{W_SCALE}|dozen)"
WORD_NUM = re.compile(
    rf"\b(?:(?:an?|several|a\s+few)\s+(?=(?:{W_SCALE}|dozen)\b))?"
    rf"{WORD_ATOM}(?:(?:\s+(?:and\s+)?|-){WORD_ATOM})*\b",
    re.I,
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
DIGIT_NUM = re.compile(
    rf"(?<![\w.,/:])(?<![A-Za-z]-)(?:{DIGITS})(?:\s*(?:{W_SCALE})\b|-(?:{W_SCALE})\b)?(?![\w/]|\.\d|,\d)|"
    rf"(?<![\w.,/:])(?:{DIGITS})(?=[-–—](?:\d|year|month|week|day|pound|mile|foot|inch|hour|minute))|"
    # A unit or a thousands "k" glued to the digits: "10kg", "25lbs", "5k"; "€10M", "$2.1bn" after a currency sign.
    rf"(?<![\w.,/:])(?:{DIGITS})(?:k\b|(?=(?:km|kg|mm|cm|mg|ml|lbs|lb|ft|mph|m|g)\b))|"
    rf"(?<=[$€£¥])(?:{DIGITS})(?:bn|mn|tn|[mbt])\b",
    re.I,
)
# Fractions: "2 1/2", "1/4", "½"; only proper fractions, so "24/7" and "9/11" are not read as numbers.
FRACTION = re.compile(r"(?<![\w/.])(?:(?P<w>\d+)\s+)?(?P<n>\d)/(?P<d>\d{1,2})(?![\w/])|(?P<u>[½⅓⅔¼¾⅛])")
DECADE = re.compile(r"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)['’]?s\b")
VAGUE_NUM = re.compile(
    r"\b(?:(?:tens|hundreds|thousands|millions)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\b"
    r"|\b(?:tens)\s+of\s+(?:thousands|millions)\b",
    re.I,
)
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")  # fmt: skip
DATE_MD = re.compile(
    rf"\b(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:|\.\d|,\d{{3}})(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
)
DATE_DM = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_RE})(?:,?\s+(?P<y>(?:1[89]|20)\d\d)\b)?"
)
DATE_ORD = re.compile(
    r"\b(?P<o>" + "|".join(sorted(lx.ORDINAL_WORDS, key=len, reverse=True)) + rf")\s+of\s+(?P<m>{MONTH_RE})\b", re.I
)
MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH_RE})\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)\b")
TIME = re.compile(
    r"(?<![\w.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b)"
    r"|(?<![\w.:])(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])"
    r"|(?<![\w.:])(?P<h3>[01]?\d)\s+o['’]clock\b",
    re.I,
)
AGE_WORD = rf"(?:\d{{1,3}}|{WORD_ATOM}(?:-{WORD_ATOM})?)"
AGE = re.compile(
    rf"\b(?P<a>{AGE_WORD})(?:\s*(?:to|or|-|–)\s*(?P<b>{AGE_WORD}))?[-\s](?P<u>year|month|week|day)s?[-\s]olds?\b"
    rf"|\b(?:aged?|ages)\s+(?P<a2>\d{{1,3}})(?:\s*(?:to|and|-|–)\s*(?P<b2>\d{{1,3}}))?\b",
    re.I,
)
AGE_APPOSITION = re.compile(
    r"\b(?P<name>[A-Z][A-Za-z'’-]+)\.?,\s+(?P<a>\d{1,3})(?=\s*(?:[,;)]|—|–|\s-\s|$)|\s+(?:of|from|and)\b)"
)
ADDRESS = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,6})\s+(?:block\b|(?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
    r"(?:[A-Z][A-Za-z'’]+\s+|\d+(?:st|nd|rd|th)\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|"
    r"Highway|Hwy|Terrace|Circle|Trail|Square|Sq)\b\.?)"
)
ROAD = re.compile(r"\b(?:Highway|Route|Interstate|I-|US|U\.S\.|State Road|SR|County Road|Room|No\.|Number)\s?\d+")
SKIP = re.compile(
    r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # URLs, e-mail addresses (linear)
    r"|\(?\b\d{3}\)?[-.\s]\d{3}[-.](?:\d{4}|[A-Z]{4})\b(?:\s*\(\d{4}\))?"  # phones: 713-222-TIPS (8477)
    r"|\b\d+\s+(?-i:News|Action|Eyewitness|Channel)\b"  # TV stations: "KHOU 11 News"
    r"|\b\d+(?:st|nd|rd|th)\b"  # ordinals
    r"|\b[A-Za-z]+[-]?\d+[A-Za-z\d]*\b(?:-\d+)?|\b\d+[A-Za-z]+\d+\w*"  # model names, codes: AK-47, COVID-19, L2
    r"|\b\d+(?:/\d+)+\b(?<!\b\d/\d)(?<!\b\d/\d\d)"  # 24/7, 9/11, 7/4/2016: dates and ratios we cannot read safely
    r"|\b\d+(?:\.\d+){2,}\b|#\d+|\b\d+'s\b",  # version numbers, hashtags, "the 1990's"
    re.I,
)
CURRENCY_BEFORE = re.compile(r"(?P<c>US\$|C\$|A\$|[$€£¥₹₽])\s?$", re.I)
CURRENCY_SHORT_SCALE = re.compile(r"(?P<s>bn|mn|m|k)\b", re.I)
UNIT_AFTER = re.compile(
    r"(?P<sep>\s*|-)(?P<u>%|per\s?cent\b|pct\b|percent\b|percentage points?\b|"
    + "|".join(sorted((re.escape(k) + r"\b" for k in lx.CURRENCY_WORDS), key=len, reverse=True))
    + "|"
    + "|".join(sorted((re.escape(k) + r"\b" for k in lx.MEASURES), key=len, reverse=True))
    + ")",
    re.I,
)
QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>" + "|".join(sorted((re.escape(q) for q in lx.QUALIFIERS), key=len, reverse=True)) + r")\s+$", re.I
)
YEAR_BEFORE = re.compile(r"\b(?:in|since|of|from|until|till|by|during|before|after|early|late|mid|year|summer|"
                          r"spring|fall|autumn|winter)\s+$", re.I)
# "a triple shooting" states how many were shot as surely as "three people were shot".
MULTIPLE = re.compile(r"\b(?P<w>double|triple|quadruple|quintuple)[- ](?P<k>shooting|homicide|murder)s?\b", re.I)
AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
HALF_DOZEN = re.compile(r"\bhalf\s+a\s+dozen\b", re.I)
RANGE_JOIN = re.compile(r"\A\s*(?:to|-|–|—|or|and)\s*\Z", re.I)
WORD_TOKEN = re.compile(r"\s+(\d{1,3}[-\s](?:year|month|week)s?[-\s]old|[A-Za-z][A-Za-z'’.]*(?:-[A-Za-z]+)*)")
OF = re.compile(r"\s+of(?=\s)", re.I)
OF_THE = re.compile(r"\s+of\s+(?:the|them|those|these|whom|which|its|their|our)\b", re.I)

# Between a counted noun and its role: "25 people [who had] [reportedly] been killed". A bare "who killed" is the
# active verb ("a man who killed two"), so after who/that/which a transitive role needs an auxiliary first.
AUX = (r"(?:(?:who|that|which)\s+(?!(?:killed|shot|wounded|injured|hurt|murdered|gunned|struck)\b))?"
        r"(?:(?:(?!fatally|mortally)[a-z]+ly|had|have|has|were|was|are|is|been|being|be|all|also|reportedly|allegedly|later|each|critically|"
        r"seriously|badly|gravely|slightly|both|now|since|subsequently|initially|confirmed|reported|pronounced|"
        r"left|found|believed|to|then|apparently|police|say|said|officials)\s+)*"
        )  # fmt: skip
ROLE_AFTER = re.compile(
    r"\s*(?:,\s*)?" + AUX + r"(?:"
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
ROLE_BEFORE = re.compile(
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
INCLUDING = re.compile(
    r"(?:\bincluding|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|them|those)|\bincluded|\bamong\s+the\s+\w+\s+were"
    r"|\bwere|^\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?to)\s*$",  # "rose from 25 to 31": the second number too
    re.I,
)
CLAUSE_BREAK = re.compile(r"[;:()\[\]\"“”—]|,(?!\s*(?:including|among|of whom))|\s-\s|\.\s")
