"""What the things a count without a role counts did or had done to them ("30 officers responded", "12 people were
questioned"): the scope that keeps two counts of one noun told of two things apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from .changes import LEVEL
from .found import FoundFigure
from .knobs import DEFAULT_FIGURE_SETTINGS, FigureSettings
from .nouns import counted_noun
from .scan import Nouns
from .stamps import STAMP

# What the things a count without a role counts did or had done to them ("30 officers responded", "12 people were
# questioned"): the verb right after the count's noun phrase, through auxiliaries and a "who" - a participle in -ed,
# a form in -ing after an auxiliary ("were searching") or a common irregular past. Not a verb before the count
# ("Artino scored 14 points" / "Artino had 16 points": one tally told with two verbs).
_IRREGULAR_PAST = (
    "went|came|took|made|held|fled|ran|saw|seen|gave|given|found|left|met|sent|fought|stood|brought|caught|began|"
    "begun|spent|won|lost|stole|stolen|hid|hidden|drew|drawn|threw|thrown|rode|ridden|flew|flown|kept|led|paid|sold|"
    "told|built|got|gotten|set|put|cut|hit|struck|taken|swept|sank|sunk|fell|fallen"
)
_EVENT_SKIP = frozenset({
    "red", "bed", "hundred", "seed", "feed", "need", "breed", "shed", "sled", "sped", "speed", "weed", "deed", "greed",
    "bred", "wed", "armed", "aged", "related", "based", "named", "united", "limited", "used",
    "interested", "involved", "injured", "wounded", "killed", "arrested", "missing", "displaced", "rescued",
    "dead", "shot", "hurt", "during", "including", "according", "following", "nothing", "something", "anything",
    "everything", "building", "morning", "evening", "meeting", "being", "having", "thing",
})  # fmt: skip
_AUX = (
    r"(?:were|was|are|is|have|has|had|been|being|be|will|would|could|can|may|might|did|do|does|reportedly|also|all|"
    r"then|later|allegedly|still|both|each|not|never|already)"
)
_EVENT_AFTER = re.compile(
    rf"\s*(?:,?\s*(?:who|that|which)\s+)?(?:(?P<aux>{_AUX})\s+){{0,3}}"
    rf"(?P<v>[a-z]{{3,}}ed|[a-z]{{3,}}ing|{_IRREGULAR_PAST})\b",
    re.I,
)
_LIST_GOES_ON = re.compile(r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s*", re.I)


def _event_word(m: re.Match[str] | None) -> str:
    if m is None:
        return ""
    verb = m.group("v").lower()
    if verb in _EVENT_SKIP or (verb.endswith("ing") and not m.group("aux")):
        return ""
    return verb


def events(
    sentence: str, found: list[FoundFigure], cfg: FigureSettings = DEFAULT_FIGURE_SETTINGS, nouns: Nouns | None = None
) -> list[FoundFigure]:
    """A count of a noun with no role ("30 officers", "12 magazines") is scoped by what they did or had done to them
    (``_EVENT_AFTER``: "30 officers responded", "12 people were questioned"; a list's next count takes its last one:
    "14 rifles, 31 magazines and 923 rounds were seized"), so two counts of one noun told of two things ("about 30
    officers responded" / "12 officers searched the scene"; "12 people were questioned" / "three people were held")
    are two facts, never one conflict (review-s26). A count with no such verb keeps no scope. Equal values still
    agree (``facts`` joins equal values whatever their scope). ``nouns``: ``Scan.nouns``, the noun phrases read
    already."""
    counted: list[tuple[int, str, int]] = []  # (index in found, event, end of the noun phrase)
    for k, f in enumerate(found):
        if not f.counts or f.scope or (f.unit and f.unit != "vague") or f.counts in (STAMP, LEVEL) \
                or f.counts.split()[-1] in lx.ROLES or f.counts.startswith("of "):  # fmt: skip
            continue
        singular, of_ok = f.value == 1 and f.high is None, f.unit == "vague"
        known = nouns.get((f.end, singular, of_ok)) if nouns is not None else None
        _noun, nend, _role = known or counted_noun(sentence, f.end, singular, of_ok, cfg.noun_words)
        counted.append((k, _event_word(_EVENT_AFTER.match(sentence, nend)), nend))
    out = found
    later = ""  # the event of the next count of a list, read back from its end
    for n in range(len(counted) - 1, -1, -1):
        k, event, nend = counted[n]
        if not event and later and counted[n + 1][0] == k + 1 \
                and _LIST_GOES_ON.fullmatch(sentence, nend, found[k + 1].start):  # fmt: skip
            event = later
        if event:
            out = list(found) if out is found else out
            out[k] = replace(found[k], scope=event)
        later = event
    return out
