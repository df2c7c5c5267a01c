"""The casualty role a verb near a count states: right after it ("25 people were killed": ``role_verb_after``), or at
the end of the clause before it ("killing a total of 25": ``role_verb_before``), a toll named before it
(``toll_named``), and where a clause starts (``clause_start``).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import patterns as pt

_ROLE_OF_GROUP = {"k": lx.KILLED, "i": lx.INJURED, "s": lx.SHOT, "a": lx.ARRESTED, "m": lx.MISSING, "d": lx.DISPLACED,
                  "r": lx.RESCUED}  # fmt: skip

_PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being|be|get|got|have\s+been|had\s+been)\b", re.I)
_TRANSITIVE = frozenset({"killed", "shot", "wounded", "injured", "hurt", "murdered", "saved", "rescued"})


def role_verb_after(sentence: str, pos: int) -> str:
    """The role a verb right after ``pos`` states ("were killed"), unless the verb is active with an object: "a
    gunman killed two people" does not say the gunman was killed."""
    m = pt.ROLE_AFTER.match(sentence, pos)
    if not m:
        return ""
    group = m.lastgroup or "k"
    verb = m.group(group)
    lead = sentence[pos : m.start(group)]
    if (not pt.ANY_LETTER.search(lead) and verb.split()[-1].lower() in _TRANSITIVE
            and pt.ACTIVE_OBJECT.match(sentence, m.end())):  # fmt: skip
        return ""
    if group == "r" and pt.ANY_LETTER.search(lead) and not _PASSIVE.search(lead):
        return ""  # "Smith, 26 likely saved many lives": the rescuer; "42 were rescued", "42 rescued": the rescued
    if group == "i" and pt.CARE_FORM.search(verb) and pt.ILLNESS.search(sentence):
        return ""  # "hospitalized with food poisoning": the sick, not the injured
    return _ROLE_OF_GROUP[group]


def role_verb_before(left: str, max_gap: int = 4) -> str:
    """The role stated by the last casualty verb in ``left`` when only filler words follow it ("killing a total of")."""
    matches = list(pt.ROLE_BEFORE.finditer(left))
    if not matches:
        return ""
    m = matches[-1]
    if m is None:
        return ""
    gap = left[m.end() :].lower().split()
    if len(gap) > max_gap or any(g not in lx.ROLE_GAP_OK for g in gap):
        return ""
    if "by" in gap and not any(g in lx.CHANGE_UP for g in gap):
        return ""  # "the toll rose by 2" counts the dead; "shot by a male suspect" names who shot
    for name, role in (("k", lx.KILLED), ("i", lx.INJURED), ("s", lx.SHOT), ("a", lx.ARRESTED), ("d", lx.DISPLACED)):
        if m.group(name):
            return role
    return ""


def toll_named(sentence: str, lo: int, end: int) -> str:
    """``KILLED`` when sentence[lo:end] names a death toll and ends with the word that gives its count ("the death
    toll from the quake has risen to"), else ""."""
    return lx.KILLED if pt.TOLL_TO.search(sentence, lo, end) else ""


def clause_start(sentence: str, lo: int, hi: int) -> int:
    """Offset after the last clause break in sentence[lo:hi]."""
    start = lo
    for m in pt.CLAUSE_BREAK.finditer(sentence, lo, hi):
        start = m.end()
    return start
