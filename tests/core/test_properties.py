"""Property test: arbitrary Unicode texts through compare() always give a well-formed report."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportdiff.core import model as m
from reportdiff.core.compare import compare
from reportdiff.core.errors import InputError
from reportdiff.core.load import load_text

# Words and punctuation mixed with arbitrary Unicode, so sentences, numbers and quotes actually occur.
WORDS = st.sampled_from(
    ["the", "25", "killed", "four", "million", "“", "”", '"', ".", ",", "\n", "\n\n", "Idlib", "at least", "—"]
)
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=60).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=2, max_size=4))
def test_report_invariants(texts: list[str]) -> None:
    """Offsets inside the text, one status per sentence, links between different articles, figures in sentences."""
    loaded = []
    for k, text in enumerate(texts):
        try:
            loaded.append(load_text(text, f"t{k}.txt"))
        except InputError:
            return  # an empty text is refused with a message: that is the contract
    report = compare(loaded)
    for article in report.articles:
        previous_end = 0
        for s in article.sentences:
            assert 0 <= s.start < s.end <= len(article.text)
            assert s.start >= previous_end
            previous_end = s.end
            assert article.text[s.start : s.end] == s.text
            assert s.status in m.SENTENCE_STATUSES
    for link in report.links:
        assert link.source.article != link.target.article
        assert link.kind in m.LINK_KINDS
        a, b = report.sentence(link.source), report.sentence(link.target)
        assert "".join(t for op, t in link.diff if op <= 0) == a.text
        assert "".join(t for op, t in link.diff if op >= 0) == b.text
        assert a.status != m.BOILERPLATE and b.status != m.BOILERPLATE
    linked = {ref for k in report.links for ref in (k.source, k.target)}
    for ref, s in report.iter_sentences():
        assert (ref in linked) == (s.status in (m.SHARED, m.DISCREPANCY))
    for f in report.figures:
        s = report.articles[f.article].sentences[f.sentence]
        assert s.start <= f.start < f.end <= s.end
    in_facts = sorted(i for t in report.facts for i in t.figures)
    assert in_facts == list(range(len(report.figures)))
    assert m.Report.from_json(report.to_json()) == report
