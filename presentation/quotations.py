"""The quotations every surface lists: the window's Discrepancies & quotes tab, the PDF and HTML exports and the
terminal summary, one row per quotation in the report's order, so they cannot differ in number or wording.

Each row names the speaker (``UNATTRIBUTED`` when the text names no one), the article and the words without their
quotation marks. Pure Python: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportdiff.core.model import Report

UNATTRIBUTED = "Unattributed"
QUOTE_MARKS = "“”\" "  # stripped from the ends of a quotation's text: the surfaces set their own marks
NO_QUOTATIONS = "No quoted speech found."


@dataclass(frozen=True)
class QuoteRow:
    """One quotation: its index in ``Report.quotes``, who says it, in which article, the words."""

    number: int
    speaker: str
    article: int
    words: str


def quote_rows(report: Report) -> tuple[QuoteRow, ...]:
    """Every quotation of ``report``, in its order."""
    return tuple(
        QuoteRow(i, quote.speaker or UNATTRIBUTED, quote.article, quote.text.strip(QUOTE_MARKS))
        for i, quote in enumerate(report.quotes)
    )


def quotations_heading(count: int) -> str:
    """The section's heading with its count, the same on every surface: "Quotations (5)"."""
    return f"Quotations ({count})"
