"""The report model: derived helpers behave as the views expect."""

from __future__ import annotations

import dataclasses

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


def test_a_link_is_an_immutable_value() -> None:
    """A Link (a named tuple since issue 12) cannot be changed, is equal and hashed by its fields, pickles, and
    comes back equal from the report's JSON."""
    import pickle

    import pytest

    link = m.Link(m.SentenceRef(0, 1), m.SentenceRef(1, 0), 0.75, m.DISCREPANCY, (m.QUOTE_MISMATCH,),
                  ((0, "He said "), (-1, "“no” "), (1, "“never” ")), ("quote wording differs",))  # fmt: skip
    with pytest.raises(AttributeError):
        link.kind = m.AGREEMENT  # type: ignore[misc]
    same = m.Link(m.SentenceRef(0, 1), m.SentenceRef(1, 0), 0.75, m.DISCREPANCY, (m.QUOTE_MISMATCH,),
                  ((0, "He said "), (-1, "“no” "), (1, "“never” ")), ("quote wording differs",))  # fmt: skip
    assert link == same and hash(link) == hash(same) and link is not same
    assert link != link._replace(similarity=0.5)
    assert pickle.loads(pickle.dumps(link)) == link
    assert m.Link(m.SentenceRef(0, 0), m.SentenceRef(1, 1), 1.0, m.AGREEMENT).diff == ()
    text = "x"
    article = m.Article(
        0, "a.txt", "A", text, "A", (m.Sentence(0, text, 0, 1, m.SHARED), m.Sentence(1, text, 0, 1, m.SHARED))
    )
    report = m.Report((article, dataclasses.replace(article, index=1)), (link,))
    assert m.Report.from_json(report.to_json()).links == (link,)


def test_figure_init_takes_every_field_with_its_default() -> None:
    """Figure's hand-written __init__ (fields set at once, for speed) lists exactly the dataclass's fields, in
    order, with the same defaults, and sets each: a field added to the class cannot be left out of it."""
    import inspect

    fields = dataclasses.fields(m.Figure)
    params = list(inspect.signature(m.Figure).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        assert p.default == (inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default), f.name
    values = {f.name: (f"v{i}" if f.type in ("str", str) else i) for i, f in enumerate(fields)}
    figure = m.Figure(**values)
    assert {f.name: getattr(figure, f.name) for f in fields} == values
    assert dataclasses.replace(figure, scope="x").scope == "x"
