"""Figures inside one sentence: every number a reader would compare, with its hedging and what it counts.

``find_figures(sentence)`` returns :class:`FoundFigure` records (offsets into the sentence, end exclusive):

* counts in digits or words ("25", "1,200", "3.5", "four million", "twenty-five", "a dozen"), vague quantities
  ("dozens" -> 24, "hundreds of thousands" -> 200000, unit ``vague``, ``high`` the upper bound), ranges
  ("10 to 15", "10-15", "between 10 and 15" -> value 10, high 15);
* percentages (unit ``percent``), money (``money:USD``, ``money:EUR``, ...), measures (``length:mile``,
  ``duration:year``, ``mass:pound``, ``times`` ...);
* dates ("November 27", "Nov. 27", "27 November", "the Fourth of July": unit ``date``, value month*100+day),
  years ("since 2011": unit ``year``), times of day ("10 a.m.", "3:15 p.m.": unit ``time``, value HHMM on 24 h),
  ages ("a 25-year-old man", "Smith, 40,", "aged 21 to 36": unit ``age``) and street numbers ("the 1200 block of",
  "3900 Graceland Ave": unit ``address``). These keep their own unit so they are never read as a casualty count.
  Ordinals ("2nd", "third"), phone numbers, numbers inside URLs, e-mail addresses and model names ("AK-47",
  "COVID-19") are skipped: nobody compares them.

For counts it also reads the ``qualifier`` ("at least", "about", "more than", ..., canonical lower-case phrases,
see ``lexicon.QUALIFIERS``) and ``counts``: "<noun> <role>", "<role>" or "<noun>" ("people killed", "killed",
"people"), with roles killed / injured / shot / arrested / missing / displaced / casualties. "shot" is kept apart
from "injured" because "five people were shot" counts the dead too. A bare "a"/"an" ("a man was killed") and the
word "one" are figures only when a casualty role or a person noun makes the count explicit, so "one of the",
"a car" never are; "a double/triple shooting" counts 2/3 shot.

The package: ``lexicon`` (words), ``patterns`` (compiled regexes), ``knobs`` (``FigureSettings``, every tuning
knob with its reason), ``passes`` (``find_figures`` and the named passes, in order), which run from ``fixed_kinds``,
``counts``, ``units``, ``settle`` and ``roles``, then ``signs``, ``changes``, ``conversions``, ``tallies``,
``modifiers``, ``parts``, ``events`` and ``stamps`` over the figures found; they share ``scan`` (the sentence being
read), ``found`` (``FoundFigure``), ``guards`` (cheap checks before a pattern), ``number_values``, ``nouns``,
``verbs`` and ``hedges``. Pure standard library; reads one sentence at a time:
it must not look at other sentences or articles (``core/facts.py`` does that) and must not import Qt or anything
else of the project.
"""


from __future__ import annotations

from .found import FoundFigure
from .knobs import DEFAULT_FIGURE_SETTINGS, FigureSettings
from .lexicon import ARRESTED, CASUALTIES, DISPLACED, INJURED, KILLED, MISSING, MONTH_NAMES, SHOT
from .passes import PASSES, find_figures

__all__ = [
    "ARRESTED", "CASUALTIES", "DEFAULT_FIGURE_SETTINGS", "DISPLACED", "INJURED", "KILLED", "MISSING", "MONTH_NAMES",
    "PASSES", "SHOT", "FigureSettings", "FoundFigure", "find_figures",
]  # fmt: skip
