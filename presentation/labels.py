"""Every word ReportDiff uses for a status, a flag or a count, written once for the window and the exports.

One wording per status: a sentence is drawn as agreement / paraphrase / discrepancy / unique / boilerplate, a fact
is agree / compatible, not equal / conflict / single source. ``plural`` spells counts ("1 discrepancy",
"3 figure conflicts") the same way on every surface. Pure Python: no Qt.
"""

from __future__ import annotations

import re

from reportdiff.core.model import (
    AGREE,
    AGREEMENT,
    BOILERPLATE,
    COMPATIBLE,
    CONFLICT,
    DISCREPANCY,
    FIGURE_CONFLICT,
    PARAPHRASE,
    QUOTE_MISMATCH,
    QUOTE_SPEAKER,
    SINGLE_SOURCE,
    SOURCE_DIFFERS,
    UNIQUE,
    WORDING_CONTRADICTS,
)

# How a sentence is drawn (its display status, see presentation.status.sentence_status), in legend order.
SENTENCE_LABELS: dict[str, str] = {
    AGREEMENT: "agreement",
    PARAPHRASE: "paraphrase",
    DISCREPANCY: "discrepancy",
    UNIQUE: "unique",
    BOILERPLATE: "boilerplate",
}
SENTENCE_HELP: dict[str, str] = {
    AGREEMENT: "Same statement, nearly the same words",
    PARAPHRASE: "Same statement, reworded",
    DISCREPANCY: "Same statement, but a figure, a quotation, its speaker or source differs, or one says the contrary",
    UNIQUE: "Only this article reports it",
    BOILERPLATE: "Headline repeats, bylines, comment policies (greyed)",
}

# Fact statuses, in the order a fact-checker reads them: what disagrees first, lone figures last.
FACT_ORDER: tuple[str, ...] = (CONFLICT, COMPATIBLE, AGREE, SINGLE_SOURCE)
FACT_RANK: dict[str, int] = {status: rank for rank, status in enumerate(FACT_ORDER)}
FACT_LABELS: dict[str, str] = {
    CONFLICT: "conflict",
    COMPATIBLE: "compatible, not equal",
    AGREE: "agree",
    SINGLE_SOURCE: "single source",
}
FACT_SYMBOLS: dict[str, str] = {CONFLICT: "≠", COMPATIBLE: "≈", AGREE: "=", SINGLE_SOURCE: "·"}
# What a figures table with no row says instead, on every surface (the window showed an empty table).
NO_FIGURES = "No figures found."
NO_SHARED_FIGURES = "No figure is given by two articles or more."
NO_FIGURE_CONFLICTS = "No figure conflicts: the articles' figures agree or can all be true."
FACT_HELP: dict[str, str] = {
    CONFLICT: "The sources give values that cannot both be true",
    COMPATIBLE: "The sources give unequal values that can both be true (a bound and a count, a round and an "
    "exact number)",
    AGREE: "The sources give the same value",
    SINGLE_SOURCE: "Only one source gives this figure",
}

# The exports mark changed words as the window's calm view does by default (presentation.emphasis).
CHANGED_WORDS_HELP = (
    "Changed words, marked where they matter: nearly identical sentences, figures, names, negations and "
    "quotations (every differing word is marked in the discrepancies)"
)

FLAG_TEXT: dict[str, str] = {
    QUOTE_MISMATCH: "quote wording differs",
    QUOTE_SPEAKER: "quote attributed differently",
    FIGURE_CONFLICT: "figures conflict",
    WORDING_CONTRADICTS: "wording contradicts",
    SOURCE_DIFFERS: "attributed to another source",
}

# Counted things: (one, many).
NOUNS: dict[str, tuple[str, str]] = {
    "article": ("article", "articles"),
    "discrepancy": ("discrepancy", "discrepancies"),
    "figure_conflict": ("figure conflict", "figure conflicts"),
    "compatible": ("compatible figure", "compatible figures"),
    "fact": ("fact", "facts"),
    "fact_with_figures": ("fact with figures", "facts with figures"),
    "linked_pair": ("linked pair", "linked pairs"),
    "sentence": ("sentence", "sentences"),
    "unique_sentence": ("unique sentence", "unique sentences"),
}


def plural(count: int, noun: str) -> str:
    """``count`` and the noun, singular or plural: plural(1, "discrepancy") -> "1 discrepancy". ``noun`` is a key
    of NOUNS, or any word that takes an "s"."""
    one, many = NOUNS.get(noun, (noun, noun + "s"))
    return f"{count} {one if count == 1 else many}"


def fact_label(status: str) -> str:
    """The one wording of a fact status ("compatible, not equal")."""
    return FACT_LABELS.get(status, status.replace("_", " "))


def sentence_label(status: str) -> str:
    """The one wording of a sentence's display status."""
    return SENTENCE_LABELS.get(status, status.replace("_", " "))


def flag_text(flag: str) -> str:
    """What a link flag means, in words ("quote wording differs")."""
    return FLAG_TEXT.get(flag, flag.replace("_", " "))


# A bracket inside a bracket: what a figure conflict's note names is a fact's label, and a label may carry its own
# qualifier in brackets ("five rounds (in 2008)", core/facts.py's episode scopes): "(five rounds (in 2008))".
_NESTED_BRACKETS = re.compile(r"\(([^()]*?)\s*\(([^()]*)\)([^()]*)\)$")


def note_text(note: str) -> str:
    """An engine's note as a person reads it: a qualifier in brackets within the note's closing brackets follows a
    comma instead, "figure conflicts: five vs 11 (five rounds, in 2008)"; any other note is left as it is (quoted
    words keep their own brackets)."""
    return _NESTED_BRACKETS.sub(
        lambda m: "(" + ", ".join(x.strip(" ,") for x in m.groups() if x.strip(" ,")) + ")", note
    )


def flags_headline(flags: tuple[str, ...]) -> str:
    """What a discrepancy's flags say, in a few words: "Quote wording differs", "Figures conflict", ..."""
    said = [flag_text(flag) for flag in flags]
    text = "; ".join(said) if said else "the accounts differ"
    return text[:1].upper() + text[1:]


def percent(share: float) -> str:
    """A share as a whole percentage, as the window, the PDF, the HTML and the terminal all print it: 0.64 -> "64%"
    (English style, no space: the terminal and the window's tooltips wrote "64%" while the PDF and HTML wrote "64 %").
    Halves round to even, as Python's "%" format does: 0.625 -> "62%"."""
    return f"{round(share * 100)}%"
