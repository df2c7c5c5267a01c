"""Report.index (links by sentence, one union-find) and the JSON ``summary`` it feeds: one definition of a
discrepancy for every surface."""

from __future__ import annotations

import json

import pytest

from reportdiff.core import model as m

R = m.SentenceRef


def link(a: tuple[int, int], b: tuple[int, int], kind: str = m.PARAPHRASE, similarity: float = 0.5) -> m.Link:
    """A link between two sentences; discrepancies carry a flag as the engine's do."""
    flags = (m.FIGURE_CONFLICT,) if kind == m.DISCREPANCY else ()
    return m.Link(R(*a), R(*b), similarity, kind, flags)


def article(index: int, statuses: list[str]) -> m.Article:
    """An article whose sentences have the given statuses ("S0.", "S1.", ...)."""
    sentences, text = [], ""
    for i, status in enumerate(statuses):
        body = f"S{i}."
        sentences.append(m.Sentence(i, body, len(text), len(text) + len(body), status))
        text += body + " "
    return m.Article(index, f"/tmp/{index}.txt", f"Title {index}", text.strip(), f"Source {index}", tuple(sentences))


@pytest.mark.parametrize(
    ("links", "groups"),
    [
        ([], []),  # nothing linked, no group
        ([link((0, 0), (1, 0))], [[R(0, 0), R(1, 0)]]),  # one pair
        ([link((0, 0), (1, 0)), link((1, 0), (2, 3))], [[R(0, 0), R(1, 0), R(2, 3)]]),  # a chain is one group
        ([link((1, 2), (2, 0)), link((0, 5), (1, 1))], [[R(0, 5), R(1, 1)], [R(1, 2), R(2, 0)]]),  # reading order
        ([link((0, 0), (1, 0)), link((0, 0), (1, 1))], [[R(0, 0), R(1, 0), R(1, 1)]]),  # one to many
    ],
)
def test_link_groups(links: list[m.Link], groups: list[list[m.SentenceRef]]) -> None:
    """Links join into connected groups, each listed in reading order, the groups by their first sentence."""
    assert [list(refs) for refs, _ in m.link_groups(links)] == groups


def three_articles() -> m.Report:
    """A (0) and B (1) tell sentence 0 differently through two links of B; B and C (2) agree on one sentence."""
    d, s, u = m.DISCREPANCY, m.SHARED, m.UNIQUE
    links = (
        link((0, 0), (1, 0), d, 0.7),
        link((0, 0), (1, 1), d, 0.6),
        link((1, 2), (2, 0), m.AGREEMENT, 0.9),
        link((0, 1), (2, 1), m.PARAPHRASE, 0.55),
    )
    articles = (
        article(0, [d, s, u, m.BOILERPLATE]),
        article(1, [d, d, s, u]),
        article(2, [s, s]),
    )
    figures = (
        m.Figure(0, 0, 0, "25", 25.0, 0, 2), m.Figure(1, 1, 0, "31", 31.0, 0, 2), m.Figure(2, 2, 0, "4", 4.0, 0, 1)
    )
    facts = (m.Fact(0, "killed", m.CONFLICT, (0, 1)), m.Fact(1, "hurt", m.SINGLE_SOURCE, (2,)))
    return m.Report(articles, links, figures, facts)


def test_index_is_built_once_and_answers_by_sentence() -> None:
    """The same index object every time; links most similar first; figures and facts found by sentence."""
    report = three_articles()
    index = report.index
    assert report.index is index
    assert [k.similarity for k in index.links_of(R(0, 0))] == [0.7, 0.6]
    assert index.links_of(R(0, 2)) == ()
    assert [f.text for f in index.figures_of(R(1, 0))] == ["31"]
    assert index.fact_of_figure(1).label == "killed" and index.fact_of_figure(9) is None
    assert report.links_of(R(2, 0)) == [report.links[2]]


def test_one_discrepancy_however_many_links() -> None:
    """Two discrepancy links sharing a sentence are one discrepancy; every sentence of it knows which."""
    report = three_articles()
    (refs, links), = report.index.discrepancies
    assert refs == (R(0, 0), R(1, 0), R(1, 1)) and len(links) == 2
    assert report.index.discrepancy_of(R(1, 1)) == 0 and report.index.discrepancy_of(R(2, 0)) is None
    assert report.pair_summary(0, 1)["discrepancies"] == 1


def test_groups_follow_the_shown_articles() -> None:
    """With article B hidden, A and C are no longer joined through it; each shown set is cached."""
    report = three_articles()
    everything = report.index.group_of()
    assert everything[R(2, 0)] == everything[R(1, 2)] == R(1, 2)
    without_b = report.index.group_of([0, 2])
    assert R(2, 0) not in without_b and without_b[R(2, 1)] == R(0, 1)
    assert report.index.group_of([2, 0]) is without_b


def test_json_summary_states_the_totals_and_survives_a_round_trip() -> None:
    """`summary` counts discrepancies as groups, conflicts as facts, unique sentences per article (boilerplate
    aside); reading the JSON back gives the same summary."""
    report = three_articles()
    data = json.loads(json.dumps(report.to_json()))
    summary = data["summary"]
    assert summary["discrepancies"] == 1 and summary["linked_pairs"] == 4
    assert summary["figure_conflicts"] == 1 and summary["single_source_figures"] == 1
    assert summary["unique_sentences"] == [1, 1, 0]
    assert [a["sentences"] for a in summary["articles"]] == [3, 4, 2]
    assert summary["articles"][1]["shared"] == 3 and summary["articles"][1]["share"] == 0.75
    assert m.Report.from_json(data).summary() == summary
