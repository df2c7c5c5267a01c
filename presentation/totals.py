"""The totals every surface states, and how they are written: one source for the numbers a reader compares.

``totals(report)`` reads ``Report.summary()`` (the JSON ``summary`` object; "a discrepancy" is one group of
sentences that tell one thing differently, ``ReportIndex.discrepancies``), so the window's top bar and F7 button,
the notes tab, the PDF and HTML covers, the terminal summary and the JSON cannot disagree. ``headline`` is the
sentence they print: "2 articles · 11 linked pairs · 1 discrepancy · 0 figure conflicts". Pure Python: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportdiff.core.model import Report

from .labels import plural


@dataclass(frozen=True)
class ArticleTotals:
    """One article's counts: content sentences (boilerplate aside), shared with another article, unique, and the
    discrepancies it takes part in."""

    index: int
    sentences: int
    shared: int
    unique: int
    discrepancies: int

    @property
    def share(self) -> float:
        """The share of its content sentences another article also reports."""
        return self.shared / self.sentences if self.sentences else 0.0

    def stats_line(self) -> str:
        """The column's stats line: "21 sentences · 11 shared · 10 unique · 1 discrepancy"."""
        return " · ".join(
            (
                plural(self.sentences, "sentence"),
                f"{self.shared} shared",
                f"{self.unique} unique",
                plural(self.discrepancies, "discrepancy"),
            )
        )

    def stats_lines(self) -> tuple[str, ...]:
        """The stats line, then shorter forms for a narrow column, each keeping the discrepancies: at 300 px the
        whole line was cut to "… 51 unique · 0 discrepan…", the count a reader looks for cut first."""
        discrepancies = plural(self.discrepancies, "discrepancy")
        return (
            self.stats_line(),
            f"{self.shared} shared · {self.unique} unique · {discrepancies}",
            f"{self.unique} unique · {discrepancies}",
            discrepancies,
        )


@dataclass(frozen=True)
class Totals:
    """A report's totals, as every surface states them."""

    articles: tuple[ArticleTotals, ...]
    linked_pairs: int
    discrepancies: int
    figure_conflicts: int
    compatible_figures: int
    agreeing_figures: int
    single_source_figures: int
    facts: int

    @property
    def unique_sentences(self) -> tuple[int, ...]:
        """Unique sentences of each article, in article order."""
        return tuple(a.unique for a in self.articles)

    def headline_parts(self) -> list[str]:
        """The parts of :meth:`headline`."""
        return [
            plural(len(self.articles), "article"),
            plural(self.linked_pairs, "linked_pair"),
            plural(self.discrepancies, "discrepancy"),
            plural(self.figure_conflicts, "figure_conflict"),
        ]

    def headline(self) -> str:
        """"2 articles · 11 linked pairs · 1 discrepancy · 0 figure conflicts": the window's top bar, the covers
        and the terminal summary say exactly this."""
        return " · ".join(self.headline_parts())

    def no_discrepancy_note(self, figures_at: str = "Figures below") -> str:
        """What the exports' Discrepancies section (and the window's Discrepancies & quotes tab) says when no link
        is a discrepancy. When figures still conflict (their sentences were not linked, so no discrepancy shows
        them), it says so and points to the figures table, ``figures_at`` ("the Figures tab" in the window),
        rather than stating that everything is told the same way (review s29: "No discrepancy" printed above a
        table of two conflicts)."""
        if not self.figure_conflicts:
            return "No discrepancy: every linked statement is told the same way."
        verb = "conflicts" if self.figure_conflicts == 1 else "conflict"
        return (
            f"No linked statement is told two ways, but {plural(self.figure_conflicts, 'figure')} {verb} between "
            f"the articles in sentences that are not linked: see {figures_at}."
        )

    def facts_line(self) -> str:
        """The figures tab's summary: "14 facts · 0 conflicts · 1 compatible · 10 agree · 3 single source"."""
        parts = [
            plural(self.facts, "fact"),
            plural(self.figure_conflicts, "conflict"),
            f"{self.compatible_figures} compatible",
            f"{self.agreeing_figures} agree",
            f"{self.single_source_figures} single source",
        ]
        return " · ".join(parts)


def totals(report: Report) -> Totals:
    """The totals of ``report``, from its JSON ``summary`` (computed once per report through ``Report.index``)."""
    summary = report.summary()
    per_article = [0] * len(report.articles)
    for refs, _links in report.index.discrepancies:
        for article in {ref.article for ref in refs}:
            per_article[article] += 1
    return Totals(
        articles=tuple(
            ArticleTotals(a["index"], a["sentences"], a["shared"], a["unique"], per_article[i])
            for i, a in enumerate(summary["articles"])
        ),
        linked_pairs=summary["linked_pairs"],
        discrepancies=summary["discrepancies"],
        figure_conflicts=summary["figure_conflicts"],
        compatible_figures=summary["compatible_figures"],
        agreeing_figures=summary["agreeing_figures"],
        single_source_figures=summary["single_source_figures"],
        facts=summary["facts"],
    )
