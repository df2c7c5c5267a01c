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
of the victim's family ... were in court"). ``negated_verb(diff)`` reads them for a negated verb: one sentence
negates a verb in a clause ("The Obama administration ... has not formally overturned it") that the other, negated
nowhere, says in a clause sharing its subject and object ("Obama overturns Bush endangered species rule"); a negation
read in any clause turned mostly links that were no contradiction (a condition, a time to come, a relative clause,
"did not say when", another object: notes/kinds32.md), and each of those readings is named where it is left out.
No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .sentence_features import stem
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


def _has_cue(text: str, cues: frozenset[str] = _CUE_WORDS) -> bool:
    """Whether ``text`` holds a contraction in "n't" or one of ``cues`` as a word of its own."""
    lowered = text.lower()
    return "n't" in lowered or "n’t" in lowered or not cues.isdisjoint(_LETTERS_RE.findall(lowered))


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


# ``negated_verb``: a verb negated in one sentence ("Police did not release the name") that the other sentence, negated
# nowhere, says of the same subject ("Police released the name of ..."). Read on the ECB+ tuning links, the tuning news
# clusters and MSRP train (notes/kinds32.md, bench/link_kinds.py): 196 links have a "not" / "never" / "n't" before a
# word whose stem the other sentence, negated nowhere, has; most are no contradiction, and each word list below names
# a reading that turned such links wrongly. With all of them, 15 links change kind, all read right.
# The words that negate a verb: "not", "never" and the contractions in "n't" (a denied subject is ``denial``'s).
_VERB_NEGATIONS = frozenset({"not", "never"})
# Words between the negation and its verb ("has not yet been charged", "did not immediately release"), and any word
# in "-ly" ("has not formally overturned it").
_BEFORE_VERB = frozenset(
    "be been being have has had yet immediately formally officially publicly ever also still even".split()
)
# "not only", "not just": the clause adds to what it says, it does not deny it ("not only repulsed an attack ...
# but"); nor does a verb followed by them ("has not sent only three observers": it sent some).
_NOT_NEGATING = frozenset("only just merely simply".split())
# A negation in a clause that holds one of these is a condition or a time to come ("would not have placed Bush on
# injured reserve if ...", "Gary Ross Won't Direct 'Hunger Games' Sequel" / "... in negotiations to direct the
# sequel", "will not reveal the name until ..."), not the contrary of a fact; or its clause is a relative one ("The
# man, whom police did not identify, ..." / "Police identified the other victims"; "a round in which Rahman didn't
# land a clean punch" / "Klitschko ... landed 178 punches to just 30 for Rahman"), whose subject or object stands
# outside it. Apostrophes are dropped before the lookup ("wouldn't", "won't").
_HYPOTHETICAL = frozenset(
    "if unless whether until would could can might may should must will shall cannot wouldnt couldnt cant mightnt "
    "shouldnt mustnt wont who whom which whose".split()
)
# The verb's object begins with one of these: "did not say when", "did not know why": the clause says what is not
# known, not the contrary of what the other sentence says.
_OPEN_OBJECT = frozenset("when why how whether if what who where which".split())
# Words in the other sentence that leave its verb unsaid too ("Riva had yet to regain consciousness" / "Riva had not
# yet regained consciousness", "failed to").
_UNSAID = frozenset("yet fail fails failed failing failure unable without non nor".split())
# Every word that makes a sentence negated for ``negated_verb`` ("n't" aside: read off the text).
_SIDE_NEGATIONS = NEGATION_CUES | _OTHER_NEGATIONS | _UNSAID
# A word of the verb's stem within two words after one of these in the other sentence is no verb it asserts: an
# infinitive ("to help determine the cause of the fire" / "The cause of the fire has not been determined"), a time to
# come or a possibility ("will be charged" / "has not been charged") or a noun ("the play-offs" / "did not play").
_NOT_ASSERTED = frozenset(
    "to will would could can may might should must shall a an the his her its their this that".split()
)
# Nor is a word of the verb's stem with a noun's ending ("a final determination" / "has not been determined"; "lifted
# the requirements" / "The regulations don't require ...").
_NOUN_ENDINGS = tuple(
    f"{end}{plural}" for end in ("tion", "sion", "ment", "ance", "ence", "ure", "er", "or") for plural in ("", "s")
)


def _clauses(text: str) -> list[list[str]]:
    """The words of each clause of a sentence, in their case: split where ``_DENIAL_BREAK_RE`` finds a break."""
    return [words for part in _DENIAL_BREAK_RE.split(text) if (words := _WORD_RE.findall(part))]


def _subject(words: Sequence[str]) -> list[str]:
    """The content stems of a clause's words before its verb (``words``, lower case), reporting verbs left out."""
    return [w for w in _content(words) if w not in _REPORTING]


class NegatedVerb(NamedTuple):
    """A verb negated in a clause: the negation, the verb (lower case), and the content stems of its subject (the
    clause's words before the negation) and of its object (the clause's words after the verb)."""

    cue: str
    verb: str
    subject: frozenset[str]
    object: frozenset[str]


def negated_verbs(text: str) -> list[NegatedVerb]:
    """The negated verbs of a sentence, one a clause at most: a "not", "never" or "n't" followed, past auxiliaries
    and adverbs (``_BEFORE_VERB``), by a word that is no stopword and no name (capitalised where the negation is not:
    "was not Deep Throat"; a headline capitalises both), in a clause that is no condition, time to come or relative
    clause (``_HYPOTHETICAL``), whose object is not open ("did not say when") and whose subject holds a content word.
    A clause of auxiliaries before the negation ("..., but has not formally overturned it") takes the subject of the
    clause before it, its words up to its first auxiliary ("The Obama administration has addressed the rule change")."""
    found = []
    clauses = _clauses(text)
    for c, clause in enumerate(clauses):
        lower = [w.lower() for w in clause]
        at = next((k for k, w in enumerate(lower) if w in _VERB_NEGATIONS or w.endswith(("n't", "n’t"))), None)
        if at is None:  # most clauses
            continue
        if not _HYPOTHETICAL.isdisjoint(w.replace("'", "").replace("’", "") for w in lower):
            continue
        n = at + 1
        while (
            n < len(lower) and lower[n] not in _NOT_NEGATING and (lower[n] in _BEFORE_VERB or lower[n].endswith("ly"))
        ):
            n += 1
        if n == len(lower) or lower[n] in STOPWORDS or lower[n] in _NOT_NEGATING or stem(lower[n]).isdigit():
            continue  # no verb: "was not one person" is a count
        if clause[n][0].isupper() and not clause[at][0].isupper():
            continue
        if n + 1 < len(lower) and (lower[n + 1] in _OPEN_OBJECT or lower[n + 1] in _NOT_NEGATING):
            continue
        subject = _subject(lower[:at])
        if c and at and all(w in _AUXILIARIES for w in lower[:at]):
            before = [w.lower() for w in clauses[c - 1]]
            verb_at = next((k for k, w in enumerate(before) if w in _AUXILIARIES), None)
            subject = [] if verb_at is None else _subject(before[:verb_at])
        if subject:
            found.append(NegatedVerb(lower[at], lower[n], frozenset(subject), frozenset(_content(lower[n + 1 :]))))
    return found


# A sentence's reading for ``negated_verb`` is kept for its next links: one sentence is linked to several, and a
# reading read again cost most of the rule's time (bench/scale.py's 20x5k, notes/kinds32.md). Entries: sentences.
SENTENCE_READINGS = 4096


class _Reading(NamedTuple):
    negated: bool  # a negation anywhere in the sentence (``_SIDE_NEGATIONS``, "n't")
    verbs: tuple[NegatedVerb, ...]  # ``negated_verbs``, for a negated sentence that asks no question


class _Clause(NamedTuple):
    words: tuple[str, ...]  # lower case
    stems: tuple[str, ...]
    content: frozenset[str]  # stems of the words that are no stopwords (and of its subject's: ``_said``)


@lru_cache(maxsize=SENTENCE_READINGS)
def _reading(text: str) -> _Reading:
    negated = _has_cue(text, _SIDE_NEGATIONS)
    asks = text.rstrip().endswith("?")  # a question asserts nothing
    return _Reading(negated, tuple(negated_verbs(text)) if negated and not asks else ())


@lru_cache(maxsize=SENTENCE_READINGS)
def _said(text: str) -> tuple[_Clause, ...]:
    """The clauses of a sentence, each with the content stems of the clause before it when it opens with an
    auxiliary: there stands its subject ("John Smith, 34, was charged with murder")."""
    said: list[_Clause] = []
    for clause in _clauses(text):
        words = [w.lower() for w in clause]
        content = frozenset(_content(words))
        if said and words[0] in _AUXILIARIES:
            content |= said[-1].content
        said.append(_Clause(tuple(words), tuple(map(stem, words)), content))
    return tuple(said)


def _asserts(clause: _Clause, root: str) -> bool:
    """Whether a clause says a verb of stem ``root``: a word of that stem with no noun's ending (``_NOUN_ENDINGS``)
    and none of ``_NOT_ASSERTED`` in the two words before it."""
    words = clause.words
    return any(
        s == root and not words[k].endswith(_NOUN_ENDINGS) and _NOT_ASSERTED.isdisjoint(words[max(0, k - 2) : k])
        for k, s in enumerate(clause.stems)
    )


def negated_verb(diff: Sequence[tuple[int, str]], changed: str | None = None) -> str | None:
    """What in a link's word diff (diff-match-patch chunks, first sentence -1, second +1) makes one sentence deny with
    a negated verb what the other says, in words for a note ("“not released” in one sentence only"), or None: one
    sentence negates a verb (``negated_verbs``) that the other, negated nowhere (nor "yet to", "failed to":
    ``_UNSAID``), says (``_asserts``) in a clause sharing a content word with its subject and, when it has one, with
    its object ("Police have not released the names of the victims" / "Police released the names of the two men
    killed"; "John Smith has not been charged" / "John Smith was charged with murder"). ``changed``: the changed
    chunks' texts joined by spaces, when the caller has them."""
    if changed is None:
        changed = " ".join([text for op, text in diff if op])
    lowered = changed.lower()
    # Most links: no negation among the changed words, told by substring tests before any word is read.
    if "n't" not in lowered and "n’t" not in lowered and "not" not in lowered and "never" not in lowered:
        return None
    first = "".join(text for op, text in diff if op <= 0)
    second = "".join(text for op, text in diff if op >= 0)
    one, other = _reading(first), _reading(second)
    if one.negated == other.negated:
        return None  # one sentence negated, the other negated nowhere
    here, there = (one, second) if one.negated else (other, first)
    for found in here.verbs:
        root = stem(found.verb)
        for clause in _said(there):
            if (
                not clause.content.isdisjoint(found.subject)
                and (not found.object or not clause.content.isdisjoint(found.object))
                and _asserts(clause, root)
            ):
                return f"“{found.cue} {found.verb}” in one sentence only"
    return None
