""""Others" after a death toll, in one clause: the rest of the people besides the dead, i.e. the whole count of its
own role ("killing two people and injuring 144 others": 144 injured in all, not a part of the injured).

Read alone, "144 others injured" is a part of some whole (``fact_settings.rest_nouns``: "two others were critically
hurt" beside "20 injured"), so it never clashed with another outlet's "injured 114": the two reports of one toll sat
in two rows with no conflict. Here "others" takes the dead as its contrast, and the dead are no injured: the count is
every injured person the clause tells of. Only where the words between the toll and the count are the toll's own noun,
its verbs and connectives ("people and injuring", "were killed and"): another person between them ("1 Man Killed,
Boy, 2 Others Wounded", "including a child") may be the part the "others" are told beside, so the count stays a rest.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from .found import FoundFigure

# Words that join a death toll to the next count of the clause without naming anybody else: function words, the
# casualty verbs in all their forms, and the hedges a count may carry ("at least", "nearly").
_JOINING = (
    lx.STOP
    | lx.ROLE_STOP
    | frozenset(
        "injuring wounding hurting injure wound hurt leaving left leave sending sent hospitalizing hospitalising "
        "least nearly almost around roughly approximately another".split()
    )
)
_WORD = re.compile(r"[A-Za-z']+")
# Anything but words, commas, dashes and spaces ends the clause (";", ":", brackets, quotes, digits).
_CLAUSE_GAP = re.compile(r"[A-Za-z'\s,—–-]*")


def _noun_and_role(counts: str) -> tuple[str, str]:
    words = counts.split()
    if words and words[-1] in lx.ROLES:
        return " ".join(words[:-1]), words[-1]
    return counts, ""


def _toll_noun(word: str, noun: str) -> bool:
    """Whether a word of the gap is the death toll's own noun as written ("person" for "people", "worker")."""
    low = word.lower()
    return bool(noun) and (lx.NOUN_CANON.get(low, low) == noun or low + "s" == noun)


def rests(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """``found`` with each "<N> others <role>" right after a count of the dead (same clause, nobody else named
    between them, no earlier count of its own role) read as the whole count of that role."""
    out = list(found)
    for k in range(1, len(out)):
        noun, role = _noun_and_role(out[k].counts)
        if noun != "others" or role in ("", lx.KILLED) or out[k].unit not in ("", "vague"):
            continue
        earlier = [(f, _noun_and_role(f.counts)) for f in out[:k] if f.unit in ("", "vague")]
        if any(r == role for _, (_, r) in earlier):
            continue  # "injuring three officers and 12 others": a rest of the injured
        toll = next(((f, n) for f, (n, r) in reversed(earlier) if r), None)
        if toll is None or _noun_and_role(toll[0].counts)[1] != lx.KILLED:
            continue
        gap = sentence[toll[0].end : out[k].start]
        if _CLAUSE_GAP.fullmatch(gap) and all(
            w.lower() in _JOINING or _toll_noun(w, toll[1]) for w in _WORD.findall(gap)
        ):
            out[k] = replace(out[k], counts=role)
    return out
