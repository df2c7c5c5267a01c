"""How each sentence is drawn: its display status, decided once for the window's columns, the aligned view, the
PDF and the HTML.

A sentence's engine status is shared / unique / discrepancy / boilerplate; a shared sentence is drawn as an
agreement when one of its links is nearly word for word, else as a paraphrase. Pure Python: no Qt.
"""

from __future__ import annotations

from reportdiff.core.model import (
    AGREEMENT,
    BOILERPLATE,
    DISCREPANCY,
    PARAPHRASE,
    SHARED,
    UNIQUE,
    Report,
    SentenceRef,
)

DISPLAY_STATUSES = (AGREEMENT, PARAPHRASE, DISCREPANCY, UNIQUE, BOILERPLATE)


def sentence_status(report: Report, ref: SentenceRef) -> str:
    """The legend entry the sentence ``ref`` is drawn as: agreement, paraphrase, discrepancy, unique or
    boilerplate."""
    sentence = report.sentence(ref)
    if sentence.status in (UNIQUE, BOILERPLATE, DISCREPANCY):
        return sentence.status
    kinds = {link.kind for link in report.index.links_of(ref)}
    if AGREEMENT in kinds:
        return AGREEMENT
    if DISCREPANCY in kinds:
        return DISCREPANCY
    return PARAPHRASE if kinds or sentence.status == SHARED else UNIQUE
