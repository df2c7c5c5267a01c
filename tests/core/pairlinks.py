"""What a report says about one pair of its articles, in a form two reports can be compared by: the pair's links
with their sentence numbers, similarities and kinds (test_either_order.py, test_alone_or_among.py)."""

from __future__ import annotations

from reportdiff.core import model as m


def pair_links(report: m.Report, a: int, b: int) -> list[tuple[int, int, float, str]]:
    """Every link between articles a and b as (sentence of a, sentence of b, similarity, kind), sorted."""
    found = []
    for link in report.links:
        ends = {link.source.article: link.source.sentence, link.target.article: link.target.sentence}
        if set(ends) == {a, b}:
            found.append((ends[a], ends[b], link.similarity, link.kind))
    return sorted(found)
