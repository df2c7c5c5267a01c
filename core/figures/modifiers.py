"""A measure that modifies a noun ("a 28-yard pass", "a five-year sentence", "an 86-yard run"): the measure of that
one thing, not a total the story states. Scope ``(<noun>)``, as a tally's ``(over N)`` (core/figures/tallies.py):
it meets only figures of the same noun ("a 28-yard pass" / "a 30-yard pass" compare), and a figure of another
noun or of none never clashes with it ("an 86-yard run" / "226 yards" rushing; "a 28-yard pass" / "127 yards"),
though equal values still join.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from .found import FoundFigure

# A compound modifier: the figure's text ends in its unit glued by a hyphen, singular ("28-yard", "five-year",
# "40,000-pound"), or in the unit's singular word after a number other than one ("the Colts 7 yard line", "a 15
# minute call"), and a word follows it at once. The measures only: never a sum of money ("a $161-million deal" is
# the deal's price, the story's figure), an age ("10-year-old") or a percentage.
_COMPOUND = re.compile(r"[-–]\s?[a-z]+\Z")
_LAST_WORD = re.compile(r"\s(?P<w>[a-z]+)\Z")
_MEASURES = ("length:", "mass:", "area:", "volume:", "speed:")
# The words after it, up to three: the noun, or the nouns before the one it modifies in turn ("28-yard touchdown
# pass", "45-yard field goal", "a 73 - yard game winning drive"): the last of the run is the thing measured. The first
# may be an abbreviation in capitals ("an 80 - yard TD run"), never a name ("a 260 - pound Echenique").
_WORDS_AFTER = re.compile(r"[ \t]+(?P<w>[A-Za-z][A-Za-z\-]*)")


def _ended(word: str, k: int) -> bool:
    """Whether the run of nouns ends with its ``k``-th word (from 0): a plural is a head ("30-yard passes fell
    incomplete"); a third word follows only a participle ("game winning drive"), never a verb ("an 80 - yard TD run
    came on the opening play")."""
    return (word.endswith("s") and not word.endswith("ss")) or k == 2 or (k == 1 and not word.endswith("ing"))


# Words that end the run ("offer to", "veteran of", "sentence and", "deal worth", "offer first", "extension earlier",
# "contract that", "runoff because", "television made", "drive midway", "10-metre -long"): function words, adverbs
# and past participles by their endings (``_not_a_noun``) or, a few irregular ones, by name, and the adjectives a
# measure is told with. Read on the compound measures of the tuning data (ECB+ topics 1-35, news clusters below id
# 600000, the seeds).
_NOT_NOUNS = frozenset(
    "of to for with that which who and or but nor is was were are be been being has have had will would could "
    "should can may might must in on at by from as than into onto after before since during over under about "
    "against through across between among upon within without toward towards a an the this these those its his "
    "her their our my your any some no all both either neither first earlier later ago last next then now also "
    "not worth plus each every per because although though when while where if so yet midway "
    "made built held given taken won paid sold set left tall long wide high deep thick old away".split()
)
# A compound's unit is singular: "6 - feet tall" is a height, no modifier.
_PLURAL_UNIT = re.compile(r"(?:s|feet)\Z")


def _not_a_noun(word: str) -> bool:
    """Whether ``word`` ends a compound's run of nouns: ``_NOT_NOUNS``, an adverb or past participle by its ending,
    or a time told after the thing ("a 47 - yard field goal moments later", "... 10 seconds later")."""
    return word in _NOT_NOUNS or word.endswith(("ly", "ed")) or word in _TIME_WORDS


_TIME_WORDS = frozenset({"moment", "moments", "time", "times", *lx.MEASURES})


def _singular(word: str) -> str:
    """A plural noun's singular as a scope names it ("passes" -> "pass", "runs" -> "run"); others as they are."""
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3 else word


def modifiers(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """``found`` with each measure written as a compound modifier of a noun scoped ``(<noun>)``."""
    out = list(found)
    for k, f in enumerate(out):
        if f.scope or not f.unit.startswith(_MEASURES):
            continue
        last = _LAST_WORD.search(f.text)
        singular = last is not None and last.group("w") == f.unit.partition(":")[2] and f.value != 1
        if not singular and not _COMPOUND.search(f.text):
            continue
        if _PLURAL_UNIT.search(f.text):
            continue
        noun, at = "", f.end
        for n in range(3):
            word = _WORDS_AFTER.match(sentence, at)
            if word is None or _not_a_noun(word.group("w").lower()) or not (word.group("w").islower() or (
                not noun and word.group("w").isupper())):
                break
            noun, at = word.group("w").lower(), word.end()
            if _ended(noun, n):
                break
        if noun:
            out[k] = replace(f, scope=f"({_singular(noun)})")
    return out
