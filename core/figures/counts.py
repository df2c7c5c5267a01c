"""The passes that find counts: in digits ("25", "1,200", "3.5 million", "$2.1bn"), in words ("twenty-five",
"several hundred"), vague ("dozens"), fractions ("2 1/2"), multiples ("a triple shooting") and "a man" when a
person noun and a casualty role follow (``articles``). Count candidates get their units, ranges and years later.
"""

from __future__ import annotations

import re

from . import guards
from . import lexicon as lx
from . import patterns as pt
from .guards import no_person
from .number_values import number_pieces, parse_digits, parse_number_words
from .scan import Raw, Scan


def fractions(scan: Scan) -> None:
    """Proper fractions ("2 1/2", "½", the tokenised "4 - 1 / 2"), and a whole glued to its fraction before a unit
    ("41 / 2 months": ``patterns.LOST_SPACE_FRACTION``); "24/7" and "9/11" are not, and no other number joined by a
    slash is read, whole or in part (``patterns.SLASHED_NUMBERS``)."""
    for m in scan.digits(pt.LOST_SPACE_FRACTION):
        if int(m.group("n")) < int(m.group("d")) and scan.free(m.start(), m.end()):
            scan.cands.append(Raw(m.start(), m.end(), int(m.group("w")) + int(m.group("n")) / int(m.group("d"))))
            scan.blocked.append((m.start(), m.end()))
    for m in scan.find(pt.FRACTION):
        if not scan.free(m.start(), m.end()):
            continue
        if m.group("u"):
            value = int(m.group("w2") or 0) + lx.UNICODE_FRACTIONS[m.group("u")]  # "½", "2½"
        elif int(m.group("n")) < int(m.group("d")) and int(m.group("d")) in lx.FRACTION_DENOMINATORS:
            value = int(m.group("w") or 0) + int(m.group("n")) / int(m.group("d"))
        else:
            continue
        scan.cands.append(Raw(m.start(), m.end(), value))
        scan.blocked.append((m.start(), m.end()))
    for m in scan.digits(pt.SLASHED_NUMBERS):
        if scan.free(m.start(), m.end()):
            scan.blocked.append((m.start(), m.end()))  # "17 / 35", "12 / 16 / 08": neither a date nor a fraction


def multiples(scan: Scan) -> None:
    """ "a triple shooting" states how many were shot as surely as "three people were shot"."""
    for m in scan.find(pt.MULTIPLE):
        role = lx.SHOT if m.group("k").lower() == "shooting" else lx.KILLED
        scan.multiples.append((m.start("w"), m.end("w"), float(lx.MULTIPLES[m.group("w").lower()]), role))
        scan.blocked.append((m.start("w"), m.end("w")))


def digit_counts(scan: Scan) -> None:
    """Counts in digits ("25", "1,200", "3.5 million", "$2.1bn") and "half a dozen"."""
    blocked, taken, cands = scan.blocked.bits, scan.taken.bits, scan.cands
    for m in scan.digits(pt.DIGIT_NUM):
        start, end = m.span()
        if 1 in blocked[start:end]:  # scan.free, inlined: ~16,000 counts a second on long articles of figures
            tail = m.group().find(", ")  # "May 5, 200 people": a date holds the first group; the count is the last
            last = pt.DIGIT_NUM.match(scan.sentence, start + tail + 2) if tail > 0 else None
            if last is None or 1 in blocked[last.start() : last.end()]:
                continue
            m = last
            start, end = m.span()
        value, scaled = parse_digits(m.group())
        cands.append(Raw(start, end, value, "", None, "count", scaled))  # positional: ~0.5 us less a count
        taken[start:end] = b"\x01" * (end - start)  # scan.taken.append, inlined
    if "$" in scan.sentence:
        for m in scan.digits(pt.GLUED_CODE_NUM):  # "$US1 million": units() reads the sign and code before it
            start, end = m.span()
            if scan.free(start, end) and not scan.taken.hit(start, end):
                value, scaled = parse_digits(m.group())
                cands.append(Raw(start, end, value, "", None, "count", scaled))
                scan.taken.append((start, end))
    if "," in scan.sentence:
        for m in scan.digits(pt.DECIMAL_COMMA):  # "1,5 million euros", "2,5%" (review-s23 F30)
            start, end = m.span()
            if not scan.free(start, end) or scan.taken.hit(start, end):
                continue
            value = float(f"{m.group('i')}.{m.group('d')}")
            scale = (m.group("s") or "").strip().lower()
            if scale:
                value *= lx.SCALES.get(scale) or {"mn": 1e6, "bn": 1e9}[scale]
            cands.append(Raw(start, end, value, "", None, "count", bool(scale)))
            scan.taken.append((start, end))  # (vague_counts puts the candidates in reading order)
    for m in scan.find(pt.HALF_DOZEN):
        if scan.free(m.start(), m.end()) and not scan.taken.hit(m.start(), m.end()):
            scan.cands.append(Raw(m.start(), m.end(), 6.0, scaled=True))
            scan.taken.append((m.start(), m.end()))


_WORD_AFTER = re.compile(r"[\s\-‐‑]+([A-Za-z]+)")


def word_counts(scan: Scan) -> None:
    """Counts in words ("twenty-five", "four million", "a dozen", "two and a half", "several hundred"), one per
    number however the words run on ("three and four" is 3 and 4: ``number_pieces``)."""
    for m in scan.find(pt.WORD_NUM):
        for a, b in number_pieces(m.group(0)):
            _word_count(scan, m.start() + a, m.start() + b)


def _word_count(scan: Scan, start: int, end: int) -> None:
    """The count the number words at ``start:end`` state, if they are one."""
    s, cfg = scan.sentence, scan.settings
    low = s[start:end].lower()
    if not scan.free(start, end) or scan.taken.hit(start, end):
        return
    if low in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
        return  # a bare scale word: "a hundred" is matched with its article; "hundred" alone is rare prose
    value = parse_number_words(s[start:end])
    if value is None:
        return
    named = pt.NAMED_NUMBER.match(s, start)
    if named and named.end() >= end:
        return  # "the Ten Point Coalition": a name
    before = s[max(0, start - cfg.one_left_context) : start].lower()
    # "no one", "No-one", "no - one" (tokenised), "not one person": nobody, no count
    if low == "one" and (re.search(r"\b(?:no|not|any|every|some|each|the|that|this|which)(?:\s+|\s?[-–]\s?)$", before)
                         or re.match(r"\s+(?:another|of|in|by|after|on|at|day|time)\b",
                                     s[end : end + cfg.one_right_context], re.I)):  # fmt: skip
        return
    if low == "zero":
        after = _WORD_AFTER.match(s, end)
        if after and not lx.is_plural(after.group(1)) and after.group(1).lower() not in lx.STOP:
            return  # "a zero-day flaw", "the zero hour", "zero tolerance": a thing's name ("zero days" is a count)
    scaled = any(w in low for w in ("hundred", "thousand", "million", "billion", "dozen"))
    vague = low.startswith(("several", "a few"))
    half = pt.AND_A_HALF.match(s, end)
    if half:  # "two and a half"
        value += 0.5
        end = half.end()
        low = "half"
    raw = Raw(start, end, value, scaled=scaled, kind="word_one" if low == "one" else "count")
    if vague:
        raw.unit = "vague"
        raw.high = value * cfg.several_high_factor
    scan.cands.append(raw)
    scan.taken.append((start, end))


def vague_counts(scan: Scan) -> None:
    """ "dozens" (24..120), "hundreds of thousands" (200000..1000000): vague, with an upper bound."""
    cfg = scan.settings
    for m in scan.find(pt.VAGUE_NUM):
        start, end = m.start(), m.end()
        if not scan.free(start, end) or scan.taken.hit(start, end):
            continue
        base = 1.0
        for part in re.split(r"\s+of\s+", m.group(0).lower()):
            base *= lx.VAGUE[part]
        scan.cands.append(Raw(start, end, base * cfg.vague_low_factor, "vague", base * cfg.vague_high_factor))
    scan.cands.sort(key=lambda r: r.start)


def articles(scan: Scan) -> None:
    """ "a man was killed": the article is a count only when a person noun and a casualty role follow."""
    s, cfg = scan.sentence, scan.settings
    if guards.USE_GUARDS and scan.words is not None and no_person(s, scan.has_digit, scan.words):
        return
    for m in pt.ARTICLE_OR_ONE.finditer(s):
        if not scan.free(m.start(), m.end()) or pt.OF.match(s, m.end()):
            continue  # "one of the victims" names one of a group, it does not count anybody
        if pt.NOT_BEFORE.search(s, max(0, m.start() - 6), m.start()):
            continue  # "Not one person was hurt", "not a single officer was hurt": nobody
        noun, nend, nrole = scan.noun_after(m.end(), True)
        if not noun or noun not in lx.PERSON_CANON:
            continue
        role = nrole or scan.role_after(nend)
        if not role:
            role = scan.role_before(max(0, m.start() - cfg.role_lookback), m.start())
        if role in (lx.KILLED, lx.INJURED, lx.SHOT):
            scan.claim(Raw(m.start(), m.end(), 1.0, kind="article"))
