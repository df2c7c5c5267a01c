"""The passes that run first: noise that is never a figure (URLs, phone numbers, model names, codes, road numbers)
and the figures of fixed kinds that must claim their digits before counts can: ordinals of events, dates, decades,
times of day, match scores, ages, calibres, quake magnitudes and street numbers. They read no counted noun or role.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import patterns as pt
from .number_values import parse_number_words
from .scan import Raw, Scan
from .verbs import clause_start


def ordinals(scan: Scan) -> None:
    """An ordinal that counts events in a time frame ("the third fatal accident on the lake since 2019", "a 4th win in
    a row"): unit ``ordinal``, value its number; other ordinals stay no figure (skipped as noise). The words naming
    the event between them state no figure ("the third shooting of a child this year" counts no child)."""
    for m in scan.find(pt.ORDINAL_COUNT):  # guarded by its words, "4th" among them
        word = m.group("o").lower()
        value = lx.ORDINAL_WORDS.get(word) or int(word[:-2])
        if scan.free(m.start("o"), m.end("o")):
            scan.claim(Raw(m.start("o"), m.end("o"), float(value), "ordinal", kind="fixed"))
            # the kind of event it counts ("accidental shooting of a child"): "a child" there counts no child
            scan.blocked.append((m.start("w"), m.end("w")))


# What each fraction of POINT_FRACTION is: "three-quarter(s)" by its last word
_POINT_FRACTIONS = {"quarter": 0.25, "half": 0.5, "quarters": 0.75}


def point_fractions(scan: Scan) -> None:
    """A fraction of a percentage point told in words ("a quarter of a percentage point", "a half-point cut"): unit
    ``percentage points``, as "0.25 percentage point" and "25 basis points" are (``patterns.POINT_FRACTION``)."""
    for m in scan.find(pt.POINT_FRACTION):
        words = (m.group("f") or m.group("g")).lower().replace("-", " ").split()
        value = 0.75 if words[0] == "three" else _POINT_FRACTIONS[words[-1]]
        if scan.free(m.start(), m.end()):
            scan.claim(Raw(m.start(), m.end(), value, "percentage points", kind="fixed"))


_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


def numeric_dates(scan: Scan) -> None:
    """ "27/09/2013", "27 / 09 / 2013": a date when one number can only be the day (``patterns.NUMERIC_DATE``), else no
    figure (before the noise scan, which skips "27/09/2013" as a ratio)."""
    for m in scan.digits(pt.NUMERIC_DATE):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if a > 12 else (b, a)  # "27 / 09", "09/27"
        if 1 <= month <= 12 < day <= 31 and scan.free(m.start(), m.end()):
            scan.claim(Raw(m.start(), m.end(), month * 100 + day, "date", kind="fixed"))
        else:
            scan.blocked.append((m.start(), m.end()))  # "12/03/2026": day or month first, unknown


def skip_noise(scan: Scan) -> None:
    """URLs, e-mail and phone numbers, stations, ordinals, model names, codes: never figures."""
    for m in scan.find(pt.SKIP_WEB):
        scan.blocked.append((m.start(), m.end()))
    s = scan.sentence
    for m in scan.find(pt.DESIGNATION):
        scan.blocked.append((m.start("n"), m.end("n")))  # "day two, three and four": which days, not how many
    for m in scan.digits(pt.SKIP):
        if pt.DATE_DM.match(s, m.start()) or (m.start() > 0 and s[m.start() - 1] == "$"):
            continue  # "3rd of August"; "$US1", "$A2.5m": a sign and its country, no model name
        if "/" in m.group() and pt.LOST_SPACE_FRACTION.match(s, m.start()):
            continue  # "41/2 months": "4 1/2" that lost its space (counts.fractions), not a ratio
        if s[m.end() - 2 : m.end()].lower() in _ORDINAL_ENDS and pt.MONTH_BEFORE.search(s, max(0, m.start() - 12),
                                                                                         m.start()):
            continue  # "August 2nd", "Aug. 2nd": the day of a date
        scan.blocked.append((m.start(), m.end()))
        scan.skipped[m.start()] = m.end()


def decades(scan: Scan) -> None:
    """ "the 1990s" is the year 1990's decade, not a count."""
    for m in scan.digits(pt.DECADE):
        if scan.free(m.start("y"), m.end()):
            scan.claim(Raw(m.start("y"), m.end(), float(m.group("y")), "year", kind="fixed"))


def _month(text: str) -> int:
    return lx.MONTHS[text.lower().rstrip(".")]


def dates(scan: Scan) -> None:
    """ "Nov. 27", "27 November", "the Fourth of July" (value month*100+day); "March 2015" (a year)."""
    s = scan.sentence
    for m in scan.digits(pt.DATE_MD):
        day = int(m.group("d"))
        if m.group("m").lower() == "may" and s[max(0, m.start() - 1) : m.start()].isalpha():
            continue
        if 1 <= day <= 31 and scan.free(m.start(), m.end()):
            month = _month(m.group("m")) * 100
            last = None if m.group("y") else pt.DATE_LAST_DAY.match(s, m.end())  # "October 1 - 2": one span of days
            if last is not None and day < int(last.group("d")) <= 31 and scan.free(last.start(), last.end()):
                scan.claim(Raw(m.start(), last.end(), month + day, "date", month + int(last.group("d")), kind="fixed"))
            else:
                scan.claim(Raw(m.start(), m.end(), month + day, "date", kind="fixed"))
    for m in scan.digits(pt.DATE_DM):
        day = int(m.group("d"))
        if 1 <= day <= 31 and scan.free(m.start(), m.end()):
            scan.claim(Raw(m.start(), m.end(), _month(m.group("m")) * 100 + day, "date", kind="fixed"))
    for m in scan.find(pt.DATE_ORD):
        if scan.free(m.start(), m.end()):
            day = lx.ORDINAL_WORDS[m.group("o").lower()]
            scan.claim(Raw(m.start(), m.end(), _month(m.group("m")) * 100 + day, "date", kind="fixed"))
    for m in scan.digits(pt.ISO_DATE):  # "2026-03-12" was a year and a count "03-12" (review-s23 r33)
        if scan.free(m.start(), m.end()):
            scan.claim(Raw(m.start(), m.end(), int(m.group("m")) * 100 + int(m.group("d")), "date", kind="fixed"))
    for m in scan.digits(pt.MONTH_YEAR):
        if scan.free(m.start(), m.end()):
            scan.claim(Raw(m.start("y"), m.end("y"), float(m.group("y")), "year", kind="fixed"))


def _zone(s: str, end: int) -> tuple[str, int]:
    """The universal zone right after a time ending at ``end`` ("04:40 GMT", "6:40 a.m. UTC") and where it ends; ("",
    end) for local time or another zone."""
    z = pt.ZONE_AFTER.match(s, end)
    if z is None or z.group("z") not in pt.UNIVERSAL_ZONES:
        return "", end
    return "GMT", z.end()


def times(scan: Scan) -> None:
    """Times of day: "10 a.m.", "3:15 p.m.", "22:40", "3 o'clock", "0440 GMT", "at 1100 hours" (value HHMM on 24 h);
    one in universal time ("GMT", "UTC") is zoned "GMT" and takes its zone into its text."""
    s = scan.sentence
    for m in scan.digits(pt.TIME):
        if not scan.free(m.start(), m.end()):
            continue
        if m.group("h") is not None:
            h, mi = int(m.group("h")), int(m.group("mi") or 0)
            pm = m.group("ap").lower().startswith("p")
            if h <= 12:  # "17:06 pm" (a 24-hour time with a needless pm) keeps its hour
                h = (h % 12) + (12 if pm else 0)
        elif m.group("h2") is not None:
            h, mi = int(m.group("h2")), int(m.group("mi2"))
        else:
            h, mi = int(m.group("h3")), 0
        zone, end = _zone(s, m.end())
        scan.claim(Raw(m.start(), end, float(h * 100 + mi), "time", kind="fixed", zone=zone))
    for m in scan.digits(pt.ZONE_TIME):
        hour = m.group("h") or m.group("h1")
        start = m.start() if hour is not None else m.start("h2")
        if not scan.free(start, m.end()):
            continue
        mi = int(m.group("mi") if hour is not None else m.group("mi2"))
        if hour is not None and m.group(0).isdigit() and pt.YEAR_SHAPED.match(m.group(0)) and not \
                pt.TIME_CUE_BEFORE.search(s, max(0, start - 12), start):
            continue  # "a 2012 UTC grad" (a university): a year-shaped time needs "at", "(" ... before it
        zone, end = _zone(s, m.end())
        scan.claim(Raw(start, end, float(int(hour or m.group("h2")) * 100 + mi), "time", kind="fixed", zone=zone))
    for m in scan.find(pt.TIME_WORD):
        if scan.free(m.start(), m.end()):
            hhmm = 1200.0 if m.group("w").lower() == "noon" else 0.0
            scan.claim(Raw(m.start(), m.end(), hhmm, "time", kind="fixed"))


_SCORE_NEXT = frozenset({"on", "in", "to", "at", "against", "over", "after", "before", "for", "with", "and", "but",
                         "as", "last", "this", "away", "when", "thanks"})  # fmt: skip


def scores(scan: Scan) -> None:
    """A match's result: "beat Brask United 3-1", "the match ended 3-1", "a 3-1 win" (unit ``score``, value
    first*1000+second; after a win or loss word the winner's score first, so "lost 1-3" and "lost 3-1" are one
    result); never a range, so "3-1" / "2-1" and "3-1" / "1-3" (ended ... to Kellford) conflict (review-s23 F32)."""
    s, cfg = scan.sentence, scan.settings
    for m in scan.digits(pt.SCORE):
        after = m.group("after")
        if after is not None and after not in _SCORE_NEXT and after not in lx.SCORE_AFTER:
            continue  # "3-1 seats": a count follows
        start = clause_start(s, max(0, m.start() - cfg.score_lookback), m.start())
        before = [w.lower() for w in pt.SCORE_WORDS.findall(s, start, m.start())]
        cues = [w for w in before if w in lx.SCORE_BEFORE]
        if not cues and after not in lx.SCORE_AFTER:
            continue
        if not scan.free(m.start(), m.end()):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if any(w in lx.WIN_WORDS for w in (*cues, after or "")):
            a, b = max(a, b), min(a, b)
        scan.claim(Raw(m.start(), m.end(), float(a * 1000 + b), "score", kind="fixed"))


def ages(scan: Scan) -> None:
    """ "a 25-year-old", "aged 21 to 36", "Smith, 40,": ages, never counts."""
    for m in scan.find(pt.AGE):
        if not scan.free(m.start(), m.end()):
            continue
        a_txt = m.group("a") or m.group("a2")
        b_txt = m.group("b") or m.group("b2")
        a = float(a_txt) if a_txt.isdigit() else parse_number_words(a_txt)
        b = (float(b_txt) if b_txt.isdigit() else parse_number_words(b_txt)) if b_txt else None
        if a is None:
            continue
        unit = "age" if (m.group("u") or "year").lower() == "year" else f"age:{m.group('u').lower()}"
        if m.group("a2"):
            scan.claim(Raw(m.start("a2"), m.end("b2") if b_txt else m.end("a2"), a, unit, b, kind="fixed"))
        else:
            scan.claim(Raw(m.start(), m.end(), a, unit, b if b and b > a else None, kind="fixed"))
    for m in scan.digits(pt.AGE_LIST):
        for n in re.finditer(r"\d+", m.group("list")):
            start, end = m.start("list") + n.start(), m.start("list") + n.end()
            if int(n.group()) <= scan.settings.max_age and scan.free(start, end):
                scan.claim(Raw(start, end, float(n.group()), "age", kind="fixed"))
    for m in scan.digits(pt.AGE_SHORT):  # "21 y/o"
        if int(m.group("a")) <= scan.settings.max_age and scan.free(m.start("a"), m.end()):
            scan.claim(Raw(m.start("a"), m.end("a"), float(m.group("a")), "age", kind="fixed"))
    for m in scan.digits(pt.PERSON_AGE):
        if int(m.group("a")) <= scan.settings.max_age and scan.free(m.start("a"), m.end("a")):
            scan.claim(Raw(m.start("a"), m.end("a"), float(m.group("a")), "age", kind="fixed"))
    for m in scan.digits(pt.AGE_APPOSITION):
        a = int(m.group("a"))
        if (m.group("name").lower() in lx.WEEKDAYS_MONTHS or a > scan.settings.max_age
                or not scan.free(m.start("a"), m.end("a"))):  # fmt: skip
            continue
        scan.claim(Raw(m.start("a"), m.end("a"), float(a), "age", kind="fixed"))


def calibers(scan: Scan) -> None:
    """ ".45-caliber", ".45 - caliber", "a. 357 revolver": a firearm's calibre, one figure (unit "caliber", value the
    digits however the dot and dash are spaced), never a count or a fraction."""
    for m in scan.digits(pt.CALIBER):
        digits = "d" if m.group("d") else "d2"
        dot = "dot" if digits == "d" else "dot2"
        start = m.start(dot) if m.group(dot) else m.start(digits)
        if scan.free(start, m.end()):
            scan.claim(Raw(start, m.end(), float(m.group(digits)), "caliber", kind="fixed"))


def magnitudes(scan: Scan) -> None:
    """ "a magnitude 5.6 earthquake", "a 6.1-magnitude quake", "5.6 on the Richter scale": a reading on a scale (unit
    ``magnitude``), never a count, so two readings of one quake agree or conflict as figures do."""
    for m in scan.digits(pt.MAGNITUDE):
        g = "a" if m.group("a") else "b" if m.group("b") else "c"
        if scan.free(m.start(g), m.end(g)):
            scan.claim(Raw(m.start(g), m.end(g), float(m.group(g)), "magnitude", kind="fixed"))


def addresses(scan: Scan) -> None:
    """Street numbers ("the 1200 block of", "3900 Graceland Ave"); roads and room numbers are skipped."""
    for m in scan.digits(pt.ADDRESS):
        if scan.free(m.start("n"), m.end("n")):
            scan.claim(Raw(m.start("n"), m.end("n"), float(m.group("n")), "address", kind="fixed"))
    for m in scan.digits(pt.ROAD):  # every road or room number has a digit
        if m.start() == 0 or scan.sentence[m.start() - 1] != "$":  # "$US20,000" is no road "US 20"
            scan.blocked.append((m.start(), m.end()))
