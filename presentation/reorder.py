"""A report with its articles in another order: the order the reader arranged the window's columns in, for the
exports (the PDF's and the HTML's A, B, C follow the columns on screen, not the order the files were given in).

``reordered(report, order)`` renumbers the articles and every reference to them (sentence refs of links, figures,
quotations); a link whose two ends change sides is turned round (source is always the lower-numbered article,
and its word diff is read the other way). Facts refer to figures by position, which does not change. Nothing is
recomputed: the same comparison, listed in another order. Pure Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportdiff.core.model import Link, Report, SentenceRef


def reordered(report: Report, order: Sequence[int]) -> Report:
    """``report`` with article ``order[0]`` first, ``order[1]`` second, ...; ``report`` itself when ``order`` is
    its own order or not an order of all its articles."""
    count = len(report.articles)
    order = list(order)
    if order == list(range(count)) or sorted(order) != list(range(count)):
        return report
    new_of = {old: new for new, old in enumerate(order)}
    articles = tuple(replace(report.articles[old], index=new) for new, old in enumerate(order))

    def ref(r: SentenceRef) -> SentenceRef:
        return SentenceRef(new_of[r.article], r.sentence)

    links: list[Link] = []
    for link in report.links:
        source, target = ref(link.source), ref(link.target)
        if source.article > target.article:
            # Turned round: what the source alone had (-1) is now the target's (+1), and the other way.
            diff = tuple((-op, text) for op, text in link.diff)
            links.append(link._replace(source=target, target=source, diff=diff))
        else:
            links.append(link._replace(source=source, target=target))
    figures = tuple(replace(f, article=new_of[f.article]) for f in report.figures)
    quotes = tuple(replace(q, article=new_of[q.article]) for q in report.quotes)
    return Report(articles, tuple(links), figures, report.facts, quotes, report.warnings, report.format)
