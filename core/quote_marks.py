"""Quotation marks: which mark opens or closes what, and the quotations a text holds between them
(``quotation_spans``), a sentence's or a paragraph's, a quotation cut at either end of it included. No speakers
here, no Qt."""

from __future__ import annotations

from .quote_lexicon import FUNCTION_WORDS, NAME, RX, SPEECH_VERBS

# Quote marks by family: a quotation opens and closes with marks of one family. Curly double quotes and guillemets
# say which way they face; a straight mark (" or ') faces the way its neighbours say: after a space or the start,
# before a word, it opens; after a word or punctuation, before a space, punctuation or the end, it closes.
FAMILY = {"“": 0, "”": 0, "«": 1, "»": 1, '"': 2, "‘": 3, "’": 3, "'": 4}
# Families of double marks: never an apostrophe, so a quotation cut by a sentence end (the commonest agency form,
# '"A. B," she said.', is split in two by the segmenter) is still read in each sentence it spans: an opening mark
# left open runs to the end of the text scanned, a closing mark with none before it closes words from its start.
_DOUBLE = {0, 1, 2}
_STRAIGHT = 2  # the family of '"', paired by count (_straight_pairs)
_CURLY = 0
_OPENS_ONLY = {"“", "«", "‘"}
_CLOSES_ONLY = {"”", "»"}
MARK_RE = RX.compile("[" + "".join(FAMILY) + "]")
# What may stand before an opening straight or curly single mark, besides a space or the start: brackets, dashes
# and another family's opening mark ("'...' (a nested quote)").
_BEFORE_OPENING = "([{—–-/“\"‘«"
# After a closing mark: a space, the end, punctuation or another family's closing mark.
_AFTER_CLOSING = ".,;:!?)]}—–-…”\"’»'"
# A single mark before these words is an elision or a clitic ("'90s", "rock 'n' roll", "'em", a detokenised
# "Nationals 's"), never a quotation's opening.
_ELISION_RE = RX.compile(r"(?:\d\ds?|s|t|d|m|re|ll|ve|em|n|til|tis|twas|cause|bout|(?i:lil))\b")  # "'Lil Mouse"

# A single mark with a space on one side, beyond a paragraph's first character: a paragraph holding one does not run
# on from a single mark opening it (ECB+ detaches marks: "... some purpose, ' Craft said." closes it there).
_DETACHED_SINGLE_RE = RX.compile(r"\s['‘’]|['‘’](?:\s|$)")

# An opening curly mark after a clause's punctuation and a space, an attribution glued after it: copy that turned a
# closing mark the wrong way ('“The information we have is a bit sketchy, ... again, “Jonathan Wright, Interoute's
# director of wholesale products, said', ECB+ 30; '“I feel sorry for the young, “said 40-year-old Tsikala
# Stephania'): it closes the quotation open before it, if any (each was read as opening a second one, to the end).
_TURNED_CLOSING_RE = RX.compile(r"[,.!?] “")

_OPEN, _CLOSE, _WEAK = 1, 2, 4  # what a mark can do; _WEAK: a closing single mark after a letter, before a space


def _runs_on(text: str, marks: dict[int, list[tuple[int, int]]]) -> bool:
    """A single mark opening the paragraph ``text`` (``marks``: its marks by family) and left open goes on into the
    next paragraph: nothing else in it may close it, no detached single mark, no double mark ("'I cant speak ...,
    \"Gaskin told the Herald.": a typo's mixed marks, read as a quotation running over the attribution)."""
    return not _DETACHED_SINGLE_RE.search(text, 1) and not marks.keys() & _DOUBLE


def _roles(text: str, at: int, mark: str) -> int:
    """What the mark at ``at`` can do: open, close, close weakly (a single mark after a letter and before a space
    closes "it was 'vital' to" but is as likely the apostrophe of "the ministers' decision"), or nothing."""
    if mark in _OPENS_ONLY and mark != "‘":
        if mark == "“" and _TURNED_CLOSING_RE.match(text, max(0, at - 2)) and _ATTRIBUTION_AFTER_RE.match(text, at + 1):
            return _OPEN | _CLOSE  # '“... an anchor again, “Jonathan Wright, ..., said': closes an open quotation
        return _OPEN
    if mark in _CLOSES_ONLY:
        return _CLOSE
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    roles = 0
    opens = (before.isspace() or before in _BEFORE_OPENING) and not after.isspace() and after not in _AFTER_CLOSING
    if opens and not _ELISION_RE.match(text, at + 1):
        roles |= _OPEN
    if mark != "‘" and not before.isspace() and (after.isspace() or after in _AFTER_CLOSING):
        roles |= _CLOSE
        if mark != '"' and before.isalpha() and after.isspace():
            roles |= _WEAK
    return roles


def _straight_pairs(text: str, marks: list[int], cut: bool) -> list[tuple[int, int, int, int]]:
    """Quotations between straight double marks: the first with the second, the third with the fourth (a straight
    double mark is never an apostrophe, and counting pairs holds where the spaces around marks are wrong, as in
    copy glued together: 'unfortunately."People say'). With an odd count in a sentence that may cut a quotation
    (``cut``), the mark left over is the first when it can only close (words before it and a space, punctuation or
    the end after it: 'why this happened," she said.'; or a space before it and nothing or a glued attribution after
    it: ``_detached_closing``) and otherwise the last, whose quotation runs to the end."""
    found = []
    if cut and len(marks) % 2:
        at = marks[0]
        after = text[at + 1] if at + 1 < len(text) else " "
        if (at and not text[at - 1].isspace() and (after.isspace() or after in _AFTER_CLOSING)) or _detached_closing(
            text, at
        ):
            found.append((0, 0, at, at + 1))
            marks = marks[1:]
        else:
            found.append((marks[-1], marks[-1] + 1, len(text), len(text)))
            marks = marks[:-1]
    found.extend((a, a + 1, b, b + 1) for a, b in zip(marks[::2], marks[1::2], strict=True))
    return found


def _detached_closing(text: str, at: int) -> bool:
    """The straight double mark at ``at``, a space before it, closes all the same: nothing follows it to quote
    ('... it was going to. "' ending a paragraph), or the attribution follows it, glued ('..., "he said.', '..., "said
    the source'): text detokenised or typed with spaces inside the marks. Its words begin before ``text``."""
    before = text[:at].rstrip()
    if not before or before == text[:at] or before[-1] == ":":
        return False  # words before it, a space between; not 'said: "' (a quotation opening at a paragraph's end)
    if not text[at + 1 :].strip():
        return True
    return before[-1] in ",.!?" and bool(_ATTRIBUTION_AFTER_RE.match(text, at + 1))


def quotation_spans(
    text: str, cut: bool, paragraph: bool = False, single_open: bool = False
) -> list[tuple[int, int, int, int]]:
    """Quotations in ``text``: (opening mark's start, words' start, words' end, closing mark's end), in order of
    their opening. ``cut``: ``text`` is one sentence of a longer text, so a double mark's quotation may have begun
    before it (a closing mark first) or go on after it (an opening mark left open). With ``paragraph`` (``text`` is
    a paragraph) a single mark's quotation may too: one opening the paragraph runs on to its end, and one so left
    open in the paragraph before (``single_open``) closes at the first closing mark ("'Representatives ... will
    compete. / This will give ... legislative body', the message said.": ECB+ prints a sentence a line; review s27
    found it missed). Elsewhere a single mark left open is more likely an apostrophe."""
    marks: dict[int, list[tuple[int, int]]] = {}
    for match in MARK_RE.finditer(text):
        mark = match.group()
        roles = _OPEN if mark == '"' else _roles(text, match.start(), mark)  # straight doubles: by count
        if roles:
            marks.setdefault(FAMILY[mark], []).append((match.start(), roles))
    curly = marks.get(_CURLY)
    if curly and len(curly) % 2 and len(marks.get(_STRAIGHT, ())) % 2:
        # One quotation opened with one kind of double mark and closed with the other ('"for 15 years” and'):
        # with an odd count of each, all double marks are paired by count together.
        marks[_STRAIGHT] = sorted([*marks.pop(_CURLY), *marks[_STRAIGHT]])
    found = []
    for family, seen in marks.items():
        if family == _STRAIGHT:
            found.extend(_straight_pairs(text, [at for at, _roles in seen], cut))
            continue
        opened = -1  # where the open quotation's mark stands
        weak = -1  # the first weak closing mark since it opened
        for k, (at, roles) in enumerate(seen):
            if opened < 0:
                if roles & _OPEN:
                    opened, weak = at, -1
                elif roles & _CLOSE and not roles & _WEAK and cut and k == 0 and (family in _DOUBLE or single_open):
                    found.append((0, 0, at, at + 1))  # opened in an earlier sentence
            elif roles & _CLOSE and not roles & _WEAK:
                found.append((opened, opened + 1, at, at + 1))
                opened = -1
            elif roles & _OPEN:  # opens again: a weak mark seen since closed the first ("'vital' to ... 'now'")
                if weak >= 0:
                    found.append((opened, opened + 1, weak, weak + 1))
                opened, weak = at, -1
            elif weak < 0:
                weak = at
        if opened >= 0:
            if weak >= 0:
                found.append((opened, opened + 1, weak, weak + 1))
            elif cut and (family in _DOUBLE or (paragraph and opened == 0 and _runs_on(text, marks))):
                found.append((opened, opened + 1, len(text), len(text)))
    out = []
    reach = -1  # where the last quotation kept closes: one opening before that is nested in it
    for mark_start, start, end, mark_end in sorted(found):
        words = text[start:end]
        lead = len(words) - len(words.lstrip())
        words = words.strip()
        if len(words) < 2:
            continue
        if mark_end <= reach:
            # a quotation within a quotation ('“You can say, ‘Stop! Don’t touch it!’” he explained.'): part of the
            # utterance around it, not one of its own (review s27: each inner line was listed twice)
            continue
        out.append((mark_start, start + lead, start + lead + len(words), mark_end))
        reach = max(reach, mark_end)
    return out


# An attribution right after a quotation's closing mark: "he said", "the source told us", "Ann Cole said", "said ...";
# in lower case but for a name ('"He asked why, ...' opens a quotation). A name's appositive may stand between: '...,
# barricaded in, "Bill Adgate, who works for LPL Financial in the office building, told CNN' (ECB+ 18, a quotation
# opened on the line before: "Bill Adgate ..." was read as a quotation running to the end, and nobody spoke); and a
# role in lower case before it, no function word: 'He bleeds Philadelphia, "team president Billy King said.' (ECB+ 5);
# an owner before a role ('..., "Kafoury's son, Charlie, said', ECB+ 18), and a name longer than NAME's four words
# ('..., "New York City Councilman Jumaane D. Williams, who represents the area, said on Twitter', ECB+ 19).
APPOSITION_MAX = 120
_ROLE_WORD = rf"(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\b)[a-z][\w'’-]*\s+"
_ATTRIBUTION_AFTER_RE = RX.compile(
    rf"\s?(?:(?:he|she|they|we)\s+|(?:(?:the|an?|his|her|their|{NAME}['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+"
    rf"|(?:{_ROLE_WORD}){{0,3}}(?!(?:He|She|It|They|We|I|You|The|This|That|There)\b){NAME}(?:\s+{NAME})?)"
    rf"(?:,\s[^,\"“”]{{1,{APPOSITION_MAX}}}?,)?\s+)?"
    rf"(?:also\s+)?(?:{SPEECH_VERBS})\b"
)
