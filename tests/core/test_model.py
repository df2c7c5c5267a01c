"""The report model: derived helpers behave as the views expect."""

from __future__ import annotations

from reportdiff.core import __version__
from reportdiff.core import model as m


def test_link_spans_mark_only_differing_words() -> None:
    """Spans are offsets of each side's own words inside its sentence, trailing spaces left out."""
    link = m.Link(
        m.SentenceRef(0, 0),
        m.SentenceRef(1, 0),
        0.9,
        m.DISCREPANCY,
        diff=((0, "At least "), (-1, "25 "), (1, "31 "), (0, "people died.")),
    )
    source, target = "At least 25 people died.", "At least 31 people died."
    assert [source[a:b] for a, b in link.spans("source")] == ["25"]
    assert [target[a:b] for a, b in link.spans("target")] == ["31"]
    assert link.other(m.SentenceRef(0, 0)) == m.SentenceRef(1, 0)


def test_version_is_known() -> None:
    """The installed package reports its version (About box, --version)."""
    assert __version__.count(".") >= 2
