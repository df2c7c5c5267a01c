"""A measure totalled over a count of things ("53 catches for 605 yards", "rushed 106 times for 404 yards", "caught
five passes for 68 yards"): the total of those things, not of the story's. Scope ``(over N)``, so that two totals over
different counts (a season's 53 catches, a half's five passes) never clash, and two over one count compare as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .found import FoundFigure

# Between the count and the measure: the counted things in one word, "for", a hedge ("five passes for 68 yards",
# "106 times for 404 yards", "20 carries for about 90 yards"). In ECB+ topics 1-35 the sports reports hold 23
# sentences of this shape; a season's total linked to one half's (topic 29: "53 catches for 605 yards" / "five
# passes for 68 yards in the first half") was flagged as a conflict.
_COUNT_FOR = re.compile(r"(?:\s+[a-z]+)?\s+for\s+(?:(?:about|nearly|almost|some|just|only|over|more\s+than)\s+)?")
# Between the things done and those tried: "28 of 41 passes", "29-of-34 passes".
_OF = re.compile(r"\s*(?:-of-|\s+of\s+)\s*")
# The measures a total over plays, trips or flights is told in; never a sum of money ("three tickets for $50").
_MEASURES = ("length:", "mass:", "area:", "volume:")


def tallies(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """``found`` with each measure right after "<count> <things> for" scoped ``(over <count>)``."""
    out = list(found)
    for k in range(1, len(out)):
        count, measure = out[k - 1], out[k]
        if (
            measure.unit.startswith(_MEASURES)
            and not measure.scope
            and count.unit in ("", "times")  # "rushed 106 times for 404 yards"
            and count.high is None
            and _COUNT_FOR.fullmatch(sentence, count.end, measure.start)
        ):
            made = out[k - 2] if k > 1 else None
            if made is not None and made.unit == "" and _OF.fullmatch(sentence, made.end, count.start):
                count = made  # "completed 28 of 41 passes for 329 yards": the yards of the 28 completed
            out[k] = replace(measure, scope=f"(over {count.value:g})")
    return out
