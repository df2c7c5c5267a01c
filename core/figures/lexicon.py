"""The vocabulary figures are read with: number words, months, hedges, currencies, units, casualty roles, nouns.

Plain data and two tiny word functions (``canon_noun``, ``is_plural``). No patterns here (``patterns.py`` compiles
them from these words) and no logic about sentences (the passes: ``passes.py`` and the modules it runs). Pure
standard library.
"""

from __future__ import annotations

import functools
import re

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}  # fmt: skip
NUMBER_WORDS = frozenset([*SMALL, *TENS, *SCALES, "dozen", "dozens", "hundreds", "thousands", "millions"])
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
          "billions": 1_000_000_000, "tens": 10}  # fmt: skip

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirty-first": 31,
}  # fmt: skip

# Hedging words before a number -> canonical phrase. Synonyms share one phrase so facts can compare hedging.
QUALIFIERS = {
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

# Hedge words that are also a preposition ("a story about 19-year-old Daquarius Tucker", "worried about three
# children") or a determiner ("some 19-year-old kid"): read as hedges unless the words around them say otherwise
# (``hedges.not_a_hedge``).
AMBIGUOUS_HEDGES = frozenset({"about", "around", "some"})
# Determiners: right before "about" they make it an adverb of the next word, a hedge ("an about 19-year-old man").
DETERMINERS = frozenset("a an the this that these those his her their its our my your".split())
# Words after which "about"/"around" opens what they are about, not an amount, before a count or an age: nouns and
# adjectives of talk, knowledge and feeling ("a story about", "concerns about", "worried about") and verbs that take
# "about" and never a count as their object ("talked about", "learned about"). Verbs that also take a count or a
# clause are left out, since "about" after them is as often a hedge: "told about 30 residents to leave", "asked about
# 30 people", "I think about 50 came", "heard about 10 shots", "wrote about 50 songs", "reported about 30 injuries".
TOPIC_HEADS = frozenset(
    "story stories report reports article articles news item piece column editorial documentary film movie book "
    "books song video podcast interview series speech lecture lesson lessons message messages post posts tweet "
    "tweets question questions concern concerns worry worries fear fears complaint complaints rumor rumors rumour "
    "rumours joke jokes debate discussion discussions conversation conversations talk talks information details "
    "warning warnings allegation allegations claims inquiry inquiries truth something nothing anything everything "
    "talking talked speak speaks spoke spoken speaking learn learns learned learnt learning worried worrying "
    "concerned anxious nervous upset angry sad sorry curious care cares cared caring complain complains complained "
    "complaining joked joking argue argues argued arguing wonder wonders wondered wondering forget forgets forgot "
    "forgotten".split()
)
# Comparatives that make the figure before them (with its unit or counted noun) a difference, not a total: "finished
# five rounds sooner", "two hours later", "2% higher than the year before", "four years older". A difference is
# stated from either end ("escorted from the building 10 minutes earlier" / "re-entered 10 minutes later": ECB+
# topic 22, one interval), so it keeps its value unsigned, except "more"/"fewer"/"less" before "than", signed as
# patterns.DIFFERENCE_AFTER's "23 more than" always was. Those three only before "than"
# (patterns.COMPARATIVE_AFTER): "injuring dozens more" counts others besides.
COMPARATIVES = {
    **dict.fromkeys("later longer higher older bigger larger greater faster further farther sooner earlier shorter "
                    "lower younger smaller slower".split(), 1),
    "more": 1, "fewer": -1, "less": -1,
}  # fmt: skip
# After these, "earlier"/"later" place the clause in time, they do not compare the figure: "missed three games
# earlier this season", "two people killed later that night".
TIME_ADVERB_NEXT = frozenset(
    "this that these those in on at the today tonight yesterday tomorrow last next monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD",
                     # the code after the sign, as Australian and Asian papers write it: "$US1 million", "$A2.5m"
                     "$us": "USD", "$a": "AUD", "$nz": "NZD", "nz$": "NZD", "$hk": "HKD", "hk$": "HKD",
                     "₹": "INR", "₽": "RUB", **{code.lower(): code for code in (
                         "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "CNY", "RUB")}}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound sterling": "GBP", "pounds sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "peso": "MXN", "pesos": "MXN", "lira": "TRY",
    "cent": "USD", "cents": "USD",
    # the issuing country before the word: "5 million US dollars" is "$5 million", "Egyptian pounds" no sterling
    "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "canadian dollar": "CAD", "canadian dollars": "CAD", "australian dollar": "AUD", "australian dollars": "AUD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "new zealand dollars": "NZD", "british pound": "GBP",
    "british pounds": "GBP", "swiss franc": "CHF", "swiss francs": "CHF", "japanese yen": "JPY",
    "chinese yuan": "CNY", "indian rupee": "INR", "indian rupees": "INR", "russian roubles": "RUB",
    "russian rubles": "RUB", "mexican pesos": "MXN", "turkish lira": "TRY", "egyptian pound": "EGP",
    "egyptian pounds": "EGP", "syrian pounds": "SYP", "lebanese pounds": "LBP",
}  # fmt: skip
# "pounds" after a plain number is a weight ("weighed 200 pounds", "1,100 pounds of an explosive chemical") unless the
# clause before it speaks of money: "fined 40,000 pounds" is "£40,000" (review-s23 F30). Scaled ("5 million pounds")
# it is money anyway (units.units).
MONEY_WORDS = frozenset(
    "fine fined fines pay paid pays paying payment payments payout cost costs costing worth valued value price priced "
    "sold sell selling bought buy buying raised raise raising donated donation donations spent spend spending owe "
    "owed owes debt debts bail compensation damages award awarded salary wage wages earn earned earns earning "
    "earnings bonus reward ransom prize fee fees fund funds funding budget grant loan tax taxes rent bill cash sum "
    "profit profits revenue settlement invested investment pension bribe bribes embezzled stole stolen".split()
)
# ... and never where the sentence speaks of weight ("lost 15 pounds", "30 pounds over a healthy weight").
WEIGHT_WORDS = frozenset(
    "weigh weighs weighed weighing weight weights overweight heavy heavier lighter lbs lb kg kilograms kilos "
    "tons tonnes".split()
)
MEASURES = {
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
    # temperatures: "6 degrees Celsius", "6°C" and a glued "6C" (units.units) are one unit with "6 degrees"
    "degrees celsius": "degree", "degree celsius": "degree", "degrees centigrade": "degree", "celsius": "degree",
    "°c": "degree", "degrees fahrenheit": "degree:F", "degree fahrenheit": "degree:F", "fahrenheit": "degree:F",
    "°f": "degree:F",
    # areas: "three square kilometres" / "3 sq km" (not a length)
    "square kilometres": "area:km2", "square kilometers": "area:km2", "square kilometre": "area:km2",
    "square kilometer": "area:km2", "sq km": "area:km2", "km2": "area:km2", "square miles": "area:sq mi",
    "square mile": "area:sq mi", "sq mi": "area:sq mi", "square metres": "area:m2", "square meters": "area:m2",
    "sq m": "area:m2", "m2": "area:m2",
    "mg": "mass:mg", "ml": "volume:ml",
    "times": "times", "caliber": "caliber", "calibre": "caliber", "percentage point": "percentage points",
    "percentage points": "percentage points",
}  # fmt: skip

# Casualty roles, from the words that state them.
KILLED, INJURED, SHOT, ARRESTED, MISSING, DISPLACED, CASUALTIES = (
    "killed", "injured", "shot", "arrested", "missing", "displaced", "casualties")  # fmt: skip
RESCUED = "rescued"  # "42 were rescued", "saved", "pulled out alive" (review-s23 F24)
# Every role a count may state: the last word of its ``counts`` ("people killed").
ROLES = frozenset({KILLED, INJURED, SHOT, ARRESTED, MISSING, DISPLACED, CASUALTIES, RESCUED})
ROLE_NOUNS = {
    "deaths": KILLED, "death": KILLED, "lives": KILLED, "fatalities": KILLED, "fatality": KILLED, "dead": KILLED,
    "killed": KILLED, "injuries": INJURED, "injured": INJURED, "wounded": INJURED, "casualties": CASUALTIES,
    "arrests": ARRESTED, "missing": MISSING, "displaced": DISPLACED,
}  # fmt: skip
# Nouns normalised to one key, so "persons"/"people" and "kids"/"children" compare equal.
NOUN_CANON = {
    "person": "people", "persons": "people", "people": "people", "individual": "people", "individuals": "people",
    "child": "children", "children": "children", "kid": "children", "kids": "children", "man": "men",
    "men": "men", "woman": "women", "women": "women", "other": "others", "others": "others", "police": "police",
    "teen": "teenagers", "teens": "teenagers", "teenager": "teenagers", "teenagers": "teenagers",
    "gunman": "gunmen", "gunmen": "gunmen", "serviceman": "servicemen", "servicemen": "servicemen",
    "policeman": "policemen", "policemen": "policemen", "fireman": "firemen", "firemen": "firemen",
    "staff": "staff", "personnel": "personnel", "militia": "militia", "crew": "crew",
}  # fmt: skip
# Singular person nouns that make "a"/"an"/"one" a count ("a man was killed").
PERSON_SINGULAR = frozenset(
    "man woman boy girl child kid person teen teenager toddler infant baby officer deputy trooper agent student "
    "victim resident bystander soldier civilian juvenile male female adult suspect gunman shooter driver passenger "
    "worker employee customer guard marine sailor airman pedestrian motorist father mother son daughter brother "
    "sister husband wife neighbor neighbour friend relative cousin uncle aunt grandmother grandfather nephew niece "
    "youth security journalist reporter doctor nurse teacher policeman patron clerk cashier owner sergeant "
    "detective firefighter inmate prisoner protester protestor fighter militant rebel".split()
)
# Words that may stand between a number and its noun without being the noun ("three other people").
MODIFIERS = frozenset(
    "other more additional young old older younger unidentified unknown male female adult juvenile innocent "
    "armed unarmed local several separate different elderly small little big teenage".split()
)
# Words that end a noun phrase: auxiliaries, prepositions, conjunctions, pronouns, determiners.
STOP = frozenset(
    "a an the this that these those who whom whose which what where when while as at by for from in into of on "
    "onto to with without within near after before during since until than then and or but nor so yet if because "
    "was were is are be been being am have has had having do does did will would shall should can could may might "
    "must it its he she they them their his her him we us our you your i me my there here all both each every any "
    "some no not only also just about over up down out off per via like among including plus versus vs while "
    "still already reportedly allegedly later earlier now say says said told according".split()
)
ROLE_STOP = frozenset(
    "killed dead died die dies dying slain murdered shot wounded injured hurt hospitalized hospitalised fatally "
    "arrested detained missing displaced killing wounding injuring".split()
)
# Words of an illness: a count "hospitalized" or "treated" in a sentence naming one counts the sick, not the injured
# ("Twelve patients were hospitalized with food poisoning"; review s29 finding 14). Care alone ("hospitalized",
# "in stable condition") stays a state of the injured, as in most casualty reports.
ILLNESS_WORDS = frozenset(
    "sick sickened sickness ill illness illnesses disease diseases flu influenza virus viral infection infections "
    "infected poisoning poisoned overdose overdoses overdosed fever outbreak contaminated dehydration "
    "dehydrated exhaustion heatstroke allergic pneumonia cholera measles covid coronavirus".split()
)
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅛": 0.125}
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32})  # not 11: "9/11" is a date
WEEKDAYS_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january february march "
    "april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov "
    "dec in on at since by of and or but as from".split()
)
# The words a page's time stamp holds besides its date and time ("Posted: Jul 07, 2012 7:40 PM ET", "Last updated
# on: November 11, 2011 19:04 IST", "Wednesday, 05 January 2011"): a line of nothing else stamps the page.
STAMP_WORDS = frozenset(
    "posted updated published last first originally modified created time date on at am pm a m p hrs h th st nd rd "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec".split()
)
STAMP_VERBS = frozenset("posted updated published modified created".split())
# Words that make "3-1" a match's result, not a range: before it in its clause ("beat Brask United 3-1", "the match
# ended 3-1") or right after it ("a 3-1 win"); review-s23 F32. WIN_WORDS name the result by its winner first, whatever
# order it is written in ("lost 1-3" and "lost 3-1" are one result).
SCORE_BEFORE = frozenset(
    "beat beats beating defeated defeat defeats edged edges routed thrashed crushed downed won win wins winning lost "
    "lose loses losing drew draw draws tied ties ended ends finished finishes score scored scoreline result trailed "
    "trailing trails led leading leads victory".split()
)
SCORE_AFTER = frozenset(
    "win victory defeat loss lead draw tie triumph result scoreline aggregate thrashing drubbing rout "
    "decision".split()
)
WIN_WORDS = frozenset(
    "beat beats beating defeated defeat defeats edged edges routed thrashed crushed downed won win wins winning lost "
    "lose loses losing victory loss".split()
)
# Verbs that say a figure right after them (or after "by") is a change, and its direction: "sales rose 12%", "the toll
# rose by 2 to 19", "shares fell 8 percent" (review-s23 F15, F33). "up"/"down" after "was"/"were"/... or before a
# percentage or a sum ("up 12% on last year"); "lost"/"gained" are left out ("lost 3 games", "gained 200 yards").
CHANGE_UP = frozenset(
    "rose risen rise rises rising increased increases increase increasing climbed climbs climb climbing jumped jumps "
    "jump jumping grew grown grow grows growing soared soars surged surges rallied advanced".split()
)
CHANGE_DOWN = frozenset(
    "fell fallen fall falls falling dropped drops drop dropping declined declines decline declining decreased "
    "decreases decrease decreasing slipped slips slid slumped slumps plunged plunges plummeted tumbled tumbles sank "
    "sinks shrank shrunk shrinks eased".split()
)
ROLE_GAP_OK = frozenset(
    "the a an all another total of his her their its also at least nearly about some more than rose risen rises "
    "rising climbed climbing reached reaching reaches stands stood stand to is was now has had hit hits of been "
    "jumped increased grew up over police military official final from by".split()  # "by": after a rise only
)


# The noun helpers are pure functions of a word and asked about the same few nouns at every figure: remembered.
WORD_CACHE_SIZE = 4096


# Words in "-man" whose plural is "-mans": everything else in "-man" is a man ("chairman" / "chairmen").
_MAN_PLURAL_S = ("human", "german", "roman", "shaman", "caiman", "talisman", "ottoman", "doberman", "walkman")


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def canon_noun(word: str) -> str:
    w = word.lower().strip(".'’")
    if w in NOUN_CANON:
        return NOUN_CANON[w]
    if w.endswith("men") or w.endswith("people") or w.endswith("children"):
        return w
    if w.endswith("man") and len(w) > 4 and not w.endswith(_MAN_PLURAL_S):
        return w[:-3] + "men"  # "gentleman", "fisherman", "policeman": "gentlemen", never "gentlemans" (review s30)
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("ch", "sh", "x", "ss")):
        return w + "es"
    return w + "s"


# Canonical forms of the person nouns, for "a man" / "one woman" counts.
PERSON_CANON = frozenset({canon_noun(w) for w in PERSON_SINGULAR} | {"people"})


def _spelled(canon: str) -> set[str]:
    """Every word ``canon_noun`` gives ``canon`` for (lower case, stripped as it strips): the form itself, the
    words NOUN_CANON maps onto it and the singulars its suffix rules make plural."""
    words = {canon, canon[:-1], canon[:-2], canon[:-3] + "y", canon[:-3] + "man",
             *(k for k, v in NOUN_CANON.items() if v == canon)}  # fmt: skip
    return {w for w in words if canon_noun(w) == canon}


# Every run of letters of a word canon_noun reads as a person noun: a sentence of ASCII letters (no digit, no "_")
# holding none of them as a word holds no person noun, so no "a man" / "one woman" count (counts.articles).
PERSON_WORDS = frozenset(part for canon in PERSON_CANON for w in _spelled(canon) for part in re.findall("[a-z]+", w))


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_plural(word: str) -> bool:
    w = word.lower().strip(".'’")
    if w in NOUN_CANON:
        return w not in ("person", "child", "kid", "man", "woman", "other", "teen", "teenager", "individual")
    return (w.endswith(("men", "people", "children", "police", "staff", "personnel", "militia", "crew"))
            or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 2))  # fmt: skip

# Hedges before a time of day -> the phrase shown ("shortly before 2 a.m." is 1:30..2:00: see core/facts.py, which
# reads any phrase with "before" as up to, "after" as from).
TIME_QUALIFIERS = {
    "shortly before": "shortly before", "just before": "just before", "right before": "just before",
    "before": "before", "shortly after": "shortly after", "just after": "just after", "soon after": "shortly after",
    "right after": "just after", "after": "after", "just past": "just after", "shortly past": "shortly after",
    "past": "after",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about", "roughly": "about",
    "circa": "about", "some time around": "about", "sometime around": "about", "close to": "nearly",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly",
    # a deadline, not the moment: "extinguished by 7 a.m.", "By 6:40 a.m. the fire was under control"
    "by": "by", "no later than": "by",
}  # fmt: skip
# What a time of day times, from the nearest word before it: the shooting itself ("") or another event. Times of
# different events are different facts, never one conflict ("officers arrived at 8:30", "the shooting was at 8:35").
TIME_EVENTS = {
    "called": "call", "call": "call", "calls": "call", "911": "call", "dispatched": "call", "summoned": "call",
    "alerted": "call", "notified": "call",
    "arrived": "arrival", "arrive": "arrival", "arriving": "arrival", "arrival": "arrival", "responded": "arrival",
    "responding": "arrival", "response": "arrival",
    "died": "death", "pronounced": "death", "death": "death",
    "conference": "briefing", "briefing": "briefing",
    "posted": "publication", "updated": "publication", "published": "publication",
    "open": "hours", "opens": "hours", "opening": "hours", "until": "hours",
    "shooting": "", "shot": "", "shots": "", "fired": "", "happened": "", "occurred": "", "place": "",
    "attack": "", "incident": "", "gunfire": "", "reported": "",
}  # fmt: skip
# People who do the killing: "a gunman killed two" counts two victims, never the gunman.
ATTACKERS = frozenset("gunman gunmen shooter shooters suspect suspects attacker attackers assailant assailants killer "
                      "killers robber robbers perpetrator perpetrators".split())  # fmt: skip
