"""Contradictions in words: two linked sentences that say nearly the same words, one of them negated or with a word
put for its opposite ("Police confirmed ..." / "Police denied ..."; "found alive" / "found dead"; "has been
arrested" / "has not been arrested").

``contradiction(diff)`` reads a link's word diff only: a negation cue taken out of or put into one sentence (more
cues on one side than on the other among the changed words: "did not" for "didn't" is no change), one word of a
pair of opposites taken out where the other is put in, in the same changed stretch, or an uncertainty frame ("it
isn't clear whether") before a clause the other sentence asserts (``uncertainty``). Two short named lists are the
whole of its knowledge (``NEGATION_CUES``, ``OPPOSITES``); whether the rest of the link matches is the caller's
test (``linkflags.LinkSettings.contradiction_min_share``). ``denial(diff)`` reads reworded pairs, whose changed
stretches are too long for ``contradiction``: one sentence denies, with a negated subject opening a clause ("None of
Thomas' family members were present"), what the other, negated nowhere, says of the same subject ("Several members
of the victim's family ... were in court"). A negated verb ("Police did not release the name") is not read: read so,
most links it turned were no contradiction (notes of session 31). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .similarity import stem
from .stopwords import STOPWORDS

# Words that negate the clause they stand in ("n't" is read off the word: "hasn't", "didn't", "can't").
NEGATION_CUES = frozenset(
    "not no never nobody none nothing neither nor cannot cant dont doesnt didnt isnt wasnt arent werent hasnt havent "
    "hadnt wont couldnt shouldnt wouldnt refused refuses refuse refusing declined declines decline declining".split()
)
# A word made of one of these and a word the other side of the same stretch has negates it: "unknown" / "not known".
NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
# A negation or an opposite counts only in a changed stretch of at most this many words on either side: "has been"
# / "has not been", "confirmed" / "denied". A negation inside a clause one sentence adds ("..., and police did not
# have any suspects") says something more, not the contrary. Read on the ECB+ tuning links: every negation counted
# across whole sentences there (66 links) was such an added clause, "No. 1" or a typo ("can't" / "cant").
MAX_STRETCH_WORDS = 3

# Pairs of words of opposite meaning, each word with the forms a report uses. A pair is read only where one word is
# taken out and the other put in at the same place of the word diff.
OPPOSITES: tuple[tuple[str, str], ...] = (
    ("confirmed confirms confirm", "denied denies deny"),
    ("alive", "dead"),
    ("survived survives", "died dies"),
    ("passed passes", "failed fails"),
    ("guilty convicted", "innocent acquitted"),
    ("won wins", "lost loses"),
    ("rose rises risen", "fell falls fallen"),
    ("increased increases", "decreased decreases"),
    ("up", "down"),
    ("higher", "lower"),
    ("more", "fewer less"),
    ("approved approves", "rejected rejects"),
    ("accepted accepts", "rejected rejects"),
    ("true", "false"),
    ("legal", "illegal"),
    ("allowed allows", "banned bans"),
    ("open opened", "closed"),
    ("before", "after"),
)

_OPPOSITE: dict[str, frozenset[str]] = {}
for _one, _other in OPPOSITES:
    for _word in _one.split():
        _OPPOSITE[_word] = _OPPOSITE.get(_word, frozenset()) | frozenset(_other.split())
    for _word in _other.split():
        _OPPOSITE[_word] = _OPPOSITE.get(_word, frozenset()) | frozenset(_one.split())

_NUMBER_SIGN_RE = re.compile(r"\bNo\.(?=\s*\d)")  # "the No. 1 Tar Heels"
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Every word a cue can be made of: a changed stretch with none of them (and no "n't") is skipped at once. A set
# lookup of the letter runs of all the changed words at once: one case-blind regular expression of the cues took
# 23 us a link over the 9,270 links of bench/scale.py's 20x5k case that reach contradiction_min_share (0.22 s of a
# 3.3 s comparison), this 5 us (0.05 s).
_CUE_WORDS = frozenset(NEGATION_CUES | _OPPOSITE.keys())
_LETTERS_RE = re.compile(r"[a-z]+")


def _has_cue(text: str) -> bool:
    lowered = text.lower()
    return "n't" in lowered or "n’t" in lowered or not _CUE_WORDS.isdisjoint(_LETTERS_RE.findall(lowered))


def _negates(word: str) -> bool:
    """A negation cue: a word of ``NEGATION_CUES`` or a contraction in "n't"."""
    return word in NEGATION_CUES or word.endswith(("n't", "n’t"))


def _negating(words: Sequence[str], others: Sequence[str]) -> list[str]:
    """The negations among ``words``, a word whose negating prefix the same word among ``others`` lacks included
    ("unknown" beside "known")."""
    plain = set(others)
    return [w for w in words if _negates(w) or any(w.startswith(p) and w[len(p) :] in plain for p in NEGATING_PREFIXES)]


def contradiction(diff: Sequence[tuple[int, str]]) -> str | None:
    """What in a link's word diff (diff-match-patch chunks, first sentence -1, second +1) makes one sentence say
    the opposite of the other, in words for a note, or None: "“not” in one sentence only", "“confirmed” vs
    “denied”"."""
    changed = " ".join([text for op, text in diff if op])  # read by both tests: joined once
    if not _has_cue(changed):  # most links: no cue among the changed words
        return uncertainty(diff, changed)
    stretches: list[tuple[list[str], list[str]]] = []  # per changed stretch: words taken out, words put in
    taken: list[str] = []
    put: list[str] = []
    for op, text in diff:
        if op == 0:
            if taken or put:
                stretches.append((taken, put))
                taken, put = [], []
            continue
        found = [w.lower() for w in _WORD_RE.findall(_NUMBER_SIGN_RE.sub(" ", text))]
        (taken if op < 0 else put).extend(found)
    if taken or put:
        stretches.append((taken, put))
    out_all = [w for out, _into in stretches for w in out]
    in_all = [w for _out, into in stretches for w in into]
    negated = len(_negating(out_all, in_all)) != len(_negating(in_all, out_all))  # one sentence negated, not the other
    for out, into in stretches:
        if len(out) > MAX_STRETCH_WORDS or len(into) > MAX_STRETCH_WORDS:
            continue
        if negated:
            out_no, into_no = _negating(out, into), _negating(into, out)
            if len(out_no) != len(into_no):
                return f"“{(out_no if len(out_no) > len(into_no) else into_no)[0]}” in one sentence only"
        for word in out:
            opposite = _OPPOSITE.get(word)
            if opposite is None:
                continue
            for other in into:
                if other in opposite and word not in into and other not in out:
                    return f"“{word}” vs “{other}”"
    return uncertainty(diff, changed)


# An uncertainty frame: "it isn't clear whether", "it is not known if", "unclear whether". Around a clause one
# sentence asserts ("State police said Matusiewicz took his own life"), the other says the clause may not be so.
_FRAME_RE = re.compile(
    r"\b(?:(?:is|was|are|were|remains?|remained|be|been)(?:\s+not|n['’]t)\s+(?:yet\s+|immediately\s+)?"
    r"(?:clear|known|certain|confirmed)|(?:unclear|unknown|uncertain|unconfirmed))\s+(?:whether|if)\s+",
    re.IGNORECASE,
)
# The clause after the frame counts when it has at least this many words and all but one of them stand, in order,
# in the other sentence, which holds no frame of its own.
FRAME_CLAUSE_MIN_WORDS = 4
_CLAUSE_END_RE = re.compile(r"[,;:.!?]|\s(?:and|but|or)\s")


def uncertainty(diff: Sequence[tuple[int, str]], changed: str | None = None) -> str | None:
    """What in a link's word diff (diff-match-patch chunks, first sentence -1, second +1) makes one sentence call
    uncertain what the other asserts, in words for a note ("“isn't clear whether” in one sentence only"), or
    None: an uncertainty frame in one sentence only, before a clause whose words the other sentence says.
    ``changed``: the changed chunks' texts joined by spaces, when the caller has them (``contradiction``)."""
    if changed is None:
        changed = " ".join([text for op, text in diff if op])
    if "whether" not in changed and " if " not in changed:
        return None  # most links: no frame among the changed words
    first = "".join(text for op, text in diff if op <= 0)
    second = "".join(text for op, text in diff if op >= 0)
    for here, there in ((first, second), (second, first)):
        frame = _FRAME_RE.search(here)
        if frame is None or _FRAME_RE.search(there):
            continue
        end = _CLAUSE_END_RE.search(here, frame.end())
        clause = [w.lower() for w in _WORD_RE.findall(here[frame.end() : end.start() if end else len(here)])]
        if len(clause) < FRAME_CLAUSE_MIN_WORDS:
            continue
        other = [w.lower() for w in _WORD_RE.findall(there)]
        k = 0
        for word in other:  # the clause's words in order in the other sentence
            if k < len(clause) and word == clause[k]:
                k += 1
        if k >= len(clause) - 1:
            return f"“{frame.group().strip()}” in one sentence only"
    return None


# ``denial``: the words that deny the subject of a clause when they open it ("None of the family members were
# present", "No shots were fired", "Nobody claimed responsibility"). Only there: "no" or "not" inside a clause
# ("have no outlets", "was offering no reply", "has not been determined") says something of its own more often
# than the contrary of the other sentence. Read on the ECB+ tuning links and the tuning news clusters (notes/
# kinds31.md): any of these words or "not" / "never" / "n't" before a verb, with the clause's subject and verb
# found in the other sentence, turned 165 links into discrepancies, few of them contradictions ("The cause of the
# fire has not been determined" / "... surveyed the scene to help determine the cause of the fire").
DENYING_SUBJECT = frozenset("none nobody nothing neither no".split())
# Words that stand between a denying word and its noun phrase: "None of the", "No single", "Not one of".
_PASSED = frozenset("of the a an one single".split())
# Words that may follow a denied subject's noun phrase: "None of the family members were present".
_AUXILIARIES = frozenset(
    "is are was were be been being has have had will would shall should can could may might must did does do".split()
)
# A denied subject counts when at least this many of its noun phrase's content words are the other sentence's: one
# word ("No dollar figures have been released" / "The dollar amount was unspecified ..."; "No pleas were entered" /
# "... due to enter his plea in September") was no contradiction in any ECB+ tuning link read (notes/kinds31.md).
DENIED_SUBJECT_MIN_SHARED = 2
# Words in the other sentence that deny something there too ("non-life threatening" / "not life-threatening").
_OTHER_NEGATIONS = frozenset({"non", "without", "nor"})
# Verbs that report the clause after them ("Police said no one was hurt"), where a denied subject may open it.
_REPORTING = frozenset("said says say told added stated reported confirmed announced".split())
# Where a clause ends: a denial at the start of another clause of the same sentence denies that clause only.
_DENIAL_BREAK_RE = re.compile(
    r"[,;:()\u2013\u2014\"“”]|\s-\s|\b(?:and|but|while|whereas|although|though|because)\b", re.I
)
_DENIAL_CUE_RE = re.compile(r"\b(?:none|nobody|nothing|neither|no)\b", re.I)


def _content(words: Sequence[str]) -> list[str]:
    """The stems of the words that are not stopwords."""
    return [stem(w) for w in words if w not in STOPWORDS]


def _denied(clause: Sequence[str], roots: set[str]) -> str | None:
    """The denying word that opens a clause (its words in lower case) when the subject it denies is the other
    sentence's (``roots``: that sentence's content stems): its noun phrase (the words after "none of", "no", ...
    up to the first stopword after them, which must be an auxiliary: "None of Thomas' family members were") shares
    at least half its content words, and ``DENIED_SUBJECT_MIN_SHARED`` or more, with the other sentence; or, "no
    one" / "nobody" / "nothing" and an auxiliary, the verb after it ("no one was hurt") is in the other sentence.
    None otherwise."""
    if not clause or clause[0] not in DENYING_SUBJECT:
        return None
    rest = clause[1:]
    n = 0
    while n < len(rest) and rest[n] in _PASSED:
        n += 1
    phrase = []
    while n < len(rest) and rest[n] not in STOPWORDS:
        phrase.append(rest[n])
        n += 1
    if n == len(rest) or rest[n] not in _AUXILIARIES:
        return None  # "no outlets for their anger", "nothing in this regulation", "neither Perlo nor": no clause
    nouns = _content(phrase)
    if nouns:
        shared = sum(1 for w in nouns if w in roots)
        return clause[0] if shared >= DENIED_SUBJECT_MIN_SHARED and 2 * shared >= len(nouns) else None
    if clause[0] == "no" and clause[1:2] != ["one"]:
        return None
    while n < len(rest) and rest[n] in _AUXILIARIES:
        n += 1
    return clause[0] if n < len(rest) and stem(rest[n]) in roots else None  # "no one was hurt": hurt


def denial(diff: Sequence[tuple[int, str]], changed: str | None = None) -> str | None:
    """What in a link's word diff (diff-match-patch chunks, first sentence -1, second +1) makes one sentence deny
    what the other says, in words for a note ("“none” in one sentence only"), or None: one sentence opened by a
    denied subject (``_denied``) while the other sentence holds no negation at all. A negated clause
    one sentence adds ("..., and police did not have any suspects") denies nothing the other says. ``changed``:
    the changed chunks' texts joined by spaces, when the caller has them."""
    if changed is None:
        changed = " ".join([text for op, text in diff if op])
    if _DENIAL_CUE_RE.search(changed) is None:
        return None  # most links: no denying word among the changed words
    first = "".join(text for op, text in diff if op <= 0)
    second = "".join(text for op, text in diff if op >= 0)
    for here, there in ((first, second), (second, first)):
        others = [w.lower() for w in _WORD_RE.findall(there)]
        if any(_negates(w) or w in _OTHER_NEGATIONS for w in others):
            continue
        roots = set(_content(others))
        # The sentence's opening clause only: a denial further on ("..., just to be sure that everyone is on the
        # safe side and no successful attacks are possible" / "... help prevent successful attacks") tells of
        # something the other sentence does not assert (the one such link of the ECB+ tuning links read).
        opening = next((c for c in _DENIAL_BREAK_RE.split(_NUMBER_SIGN_RE.sub(" ", here)) if _WORD_RE.search(c)), "")
        words = [w.lower() for w in _WORD_RE.findall(opening)]
        found = _denied(words, roots)
        said = next((k for k, w in enumerate(words) if w in _REPORTING), None)
        if found is None and said is not None:  # "Police said no one was hurt": the clause reported
            found = _denied(words[said + 1 + (words[said + 1 : said + 2] == ["that"]) :], roots)
        if found is not None:
            return f"“{found}” in one sentence only"
    return None
