"""Alignment rules on a hand-made backend whose scores a reviewer can read off the table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from reportdiff.core.align import AlignSettings, align_pair, threshold_for
from reportdiff.core.candidate_search import candidates_between
from reportdiff.core.compare import compare_files
from reportdiff.core.model import SentenceRef


class TableBackend:
    """Scores and containments (how much of the shorter sentence the longer carries) given as tables; every pair
    is a candidate."""

    def __init__(self, scores: dict[tuple[int, int], float], contained: dict[tuple[int, int], float]) -> None:
        self.scores = scores
        self.contained = contained

    def score(self, i: int, j: int, floor: float = 0.0) -> float:
        return self.scores.get((i, j), self.scores.get((j, i), 0.0))

    def containment(self, i: int, j: int) -> float:
        return self.contained.get((i, j), 0.0)

    def candidates(
        self, left: Sequence[int], right: Sequence[int], per_sentence: int = 4, max_work: int = 0
    ) -> Iterable[tuple[int, int]]:
        return [(i, j) for i in left for j in right]


class SharedBackend(TableBackend):
    """A table backend that also says how much of their names and numbers the two articles share."""

    def __init__(
        self, scores: dict[tuple[int, int], float], contained: dict[tuple[int, int], float], share: float
    ) -> None:
        super().__init__(scores, contained)
        self.share = share

    def article_share(self, i: int, j: int) -> float:
        return self.share


# The rules are read off tables at a link threshold of 0.3 (the engine's own threshold depends on its fitted model);
# the weak-pair rule is off here and tested on its own below.
RULES = AlignSettings(link_threshold=0.3, best_ratio=0.8, weak_score=0.0, contained_threshold=0.35, carrier_margin=1.3)
WEAK = AlignSettings(link_threshold=0.3, best_ratio=0.8, weak_score=0.5, weak_other_ratio=0.6)


def links(
    backend: TableBackend, left: Sequence[int], right: Sequence[int], settings: AlignSettings = RULES
) -> list[tuple[int, int]]:
    return [(m.left, m.right) for m in align_pair(backend, left, right, settings)]


def test_best_partner_and_near_best_one_to_many() -> None:
    """Each sentence keeps its best partner; a second partner within the ratio of the best stays (one-to-many)."""
    scores = {
        (0, 10): 0.9,  # 0's best
        (1, 10): 0.8,  # 1's best is 10 too: one wire sentence carries two rewrite sentences
        (0, 11): 0.35,  # far below 0's best and not 11's best... but 11 has nothing better: kept for 11
        (2, 12): 0.2,  # below the link threshold
    }
    assert links(TableBackend(scores, {}), [0, 1, 2], [10, 11, 12]) == [(0, 10), (0, 11), (1, 10)]


def test_order_does_not_matter() -> None:
    """Reordered paragraphs link the same: alignment is order-free."""
    scores = {(0, 12): 0.9, (1, 11): 0.9, (2, 10): 0.9}
    assert links(TableBackend(scores, {}), [0, 1, 2], [10, 11, 12]) == [(0, 12), (1, 11), (2, 10)]


def test_unlinked_sentence_goes_to_its_clear_carrier() -> None:
    """A short sentence restating one clause of a long one links to it when it clearly contains the most of it."""
    contained = {(0, 10): 0.6, (0, 11): 0.2}
    assert links(TableBackend({}, contained), [0], [10, 11]) == [(0, 10)]


def test_no_carrier_when_two_compete() -> None:
    """Sentence 0 shares about as much with 10 as with 11 (both linked elsewhere): no clear carrier, no link."""
    scores = {(1, 10): 0.9, (1, 11): 0.9}
    contained = {(0, 10): 0.5, (0, 11): 0.45}
    assert links(TableBackend(scores, contained), [0, 1], [10, 11]) == [(1, 10), (1, 11)]


def test_a_carrier_printed_twice_carries_it_twice() -> None:
    """A paragraph printed twice (10 and 11 restate each other) ties with itself: both copies carry sentence 0."""
    scores = {(1, 10): 0.9, (1, 11): 0.9, (10, 11): 1.0}
    contained = {(0, 10): 0.5, (0, 11): 0.5, (0, 12): 0.1}
    assert links(TableBackend(scores, contained), [0, 1], [10, 11, 12]) == [(0, 10), (0, 11), (1, 10), (1, 11)]
    del scores[(10, 11)]  # two different sentences carrying as much: no clear carrier
    assert links(TableBackend(scores, contained), [0, 1], [10, 11, 12]) == [(1, 10), (1, 11)]


def test_carriers_only_for_sentences_left_alone() -> None:
    """Sentence 0, linked by the statement score, gets no carrier of its own; lone 11, which it contains, links."""
    scores = {(0, 10): 0.8}
    contained = {(0, 11): 0.9, (0, 12): 0.4, (1, 12): 0.34}  # 12 has no clear carrier, 1 none strong enough
    assert links(TableBackend(scores, contained), [0, 1], [10, 11, 12]) == [(0, 10), (0, 11)]


def test_a_weak_pair_needs_both_sentences_near_their_best() -> None:
    """Below weak_score, a pair that is one sentence's best but far below the other's best partner is no link: a
    fact only one outlet carries stays unique beside a sentence that already has its real partner."""
    scores = {
        (0, 10): 0.66,  # 10's real partner
        (1, 10): 0.35,  # 1's best (a fact only A carries), but 0.35 / 0.66 = 0.53 of 10's best: no link
        (2, 11): 0.45,  # weak, yet the best of both 2 and 11: a link
        (3, 11): 0.40,  # weak, 0.40 / 0.45 = 0.89 of 11's best: near-best for both, a link
    }
    backend = TableBackend(scores, {})
    assert links(backend, [0, 1, 2, 3], [10, 11], WEAK) == [(0, 10), (2, 11), (3, 11)]
    assert (1, 10) in links(backend, [0, 1, 2, 3], [10, 11], RULES)  # the plain rule keeps it


def test_a_strong_pair_may_be_one_sided() -> None:
    """At or above weak_score the plain rule holds: one wire sentence carries two rewrite sentences."""
    scores = {(0, 10): 0.95, (1, 10): 0.55, (1, 11): 0.2}
    assert links(TableBackend(scores, {}), [0, 1], [10, 11], WEAK) == [(0, 10), (1, 10)]


def test_no_carrier_between_articles_sharing_few_names_and_numbers() -> None:
    """A lone sentence links to its clear carrier only when the two articles report one event (their names and
    numbers overlap enough); two events of one kind get no containment links."""
    contained = {(0, 10): 0.6, (0, 11): 0.2}
    settings = AlignSettings(link_threshold=0.3, contained_threshold=0.35, carrier_share_floor=0.2)
    assert links(SharedBackend({}, contained, share=0.5), [0], [10, 11], settings) == [(0, 10)]
    assert links(SharedBackend({}, contained, share=0.1), [0], [10, 11], settings) == []
    assert links(SharedBackend({(0, 10): 0.9}, {}, share=0.1), [0], [10, 11], settings) == [(0, 10)]  # scores stay


class AbsentBackend(TableBackend):
    """A table backend that also says how much of one sentence's names the other report never mentions."""

    def __init__(self, scores: dict[tuple[int, int], float], absent: dict[tuple[int, int], float]) -> None:
        super().__init__(scores, {})
        self.absent = absent

    def anchor_absent(self, i: int, j: int) -> float:
        return self.absent.get((i, j), 0.0)


class MeaningBackend(TableBackend):
    """A table backend that also says how close a pair's meaning is to each sentence's best match (0..1)."""

    def __init__(self, scores: dict[tuple[int, int], float], relative: dict[tuple[int, int], float]) -> None:
        super().__init__(scores, {})
        self.relative = relative

    def semantic_relative(self, i: int, j: int) -> float:
        return self.relative.get((i, j), 1.0)


def test_news_the_other_report_never_names_is_no_second_partner() -> None:
    """A pair whose one sentence names what the other report lacks links only as the best pair of both sentences
    (or when it scores absent_strong): the same table without that evidence links it as a near-best partner."""
    scores = {(0, 10): 0.64, (1, 10): 0.52, (2, 11): 0.45}
    absent = {(1, 10): 0.88, (2, 11): 0.9}
    rules = AlignSettings(link_threshold=0.3, weak_score=0.0, absent_share=0.8, absent_strong=0.7)
    assert links(TableBackend(scores, {}), [0, 1, 2], [10, 11], rules) == [(0, 10), (1, 10), (2, 11)]
    # 1 -> 10 is 1's best but not 10's; 2 -> 11 is the best of both, kept
    assert links(AbsentBackend(scores, absent), [0, 1, 2], [10, 11], rules) == [(0, 10), (2, 11)]
    strong = {**scores, (1, 10): 0.62, (0, 10): 0.75}
    kept = AlignSettings(link_threshold=0.3, weak_score=0.0, absent_share=0.8, absent_strong=0.6)
    assert links(AbsentBackend(strong, absent), [0, 1, 2], [10, 11], kept) == [(0, 10), (1, 10), (2, 11)]


def test_a_pair_far_from_one_sentences_best_meaning_is_no_second_partner() -> None:
    """A pair, not the best of both, whose meaning is far from one sentence's best match (relative cosine under
    semantic_ratio) does not link; the best pair of both does, whatever its relative cosine."""
    scores = {(0, 10): 0.95, (1, 10): 0.65, (2, 11): 0.4}
    relative = {(1, 10): 0.27, (2, 11): 0.2}
    rules = AlignSettings(link_threshold=0.3, weak_score=0.0, semantic_ratio=0.35, absent_strong=0.7)
    assert links(TableBackend(scores, {}), [0, 1, 2], [10, 11], rules) == [(0, 10), (1, 10), (2, 11)]
    assert links(MeaningBackend(scores, relative), [0, 1, 2], [10, 11], rules) == [(0, 10), (2, 11)]
    assert links(MeaningBackend(scores, {(1, 10): 0.4}), [0, 1, 2], [10, 11], rules) == [(0, 10), (1, 10), (2, 11)]


def test_a_pair_nearly_as_good_as_both_bests_links() -> None:
    """A pair that neither sentence ranks first (within best_ratio) links when it is within mutual_ratio of both
    sentences' bests and among the mutual_rank best of each; a pair far from one best does not."""
    scores = {
        (0, 10): 0.9,  # 0 and 10: each other's best
        (1, 11): 0.9,  # 1 and 11: each other's best
        (0, 11): 0.6,  # 0.67 of both bests, second of both: a restatement both rank high
        (1, 10): 0.5,  # 0.56 of both bests: no
    }
    backend = TableBackend(scores, {})
    assert links(backend, [0, 1], [10, 11]) == [(0, 10), (0, 11), (1, 11)]
    assert links(backend, [0, 1], [10, 11], replace(RULES, mutual_rank=1)) == [(0, 10), (1, 11)]
    assert links(backend, [0, 1], [10, 11], replace(RULES, mutual_ratio=0.7)) == [(0, 10), (1, 11)]


def test_no_link_far_down_either_sentences_ranking() -> None:
    """A pair below the max_rank-th best of one of its sentences does not link, even as the other's only partner:
    the fifth sentence of one article alike to one sentence of the other is a topic neighbour."""
    scores = {(0, 10): 0.9, (1, 10): 0.85, (2, 10): 0.8, (3, 10): 0.75, (4, 10): 0.7}
    backend = TableBackend(scores, {})
    assert links(backend, [0, 1, 2, 3, 4], [10]) == [(0, 10), (1, 10), (2, 10), (3, 10)]
    assert len(links(backend, [0, 1, 2, 3, 4], [10], replace(RULES, max_rank=5))) == 5


def test_across_events_a_pair_must_be_near_the_best_of_both() -> None:
    """Between articles sharing under across_share of their names and numbers, a pair links only within
    best_ratio of both sentences' bests; between articles of one event, one sentence's best is enough."""
    scores = {(0, 10): 0.9, (1, 10): 0.6}  # 1's best, 0.67 of 10's best
    assert links(SharedBackend(scores, {}, share=0.5), [0, 1], [10]) == [(0, 10), (1, 10)]
    assert links(SharedBackend(scores, {}, share=0.1), [0, 1], [10]) == [(0, 10)]


class UnknownShareBackend(SharedBackend):
    """Articles that name nothing (all-lowercase text): their share is 0 for want of evidence."""

    def article_share_known(self, i: int, j: int) -> bool:
        return False


def test_a_share_of_nothing_named_is_no_evidence_of_two_events() -> None:
    """Where an article names nothing, a share of 0 gates neither the across-events rule nor the carriers."""
    scores = {(0, 10): 0.9, (1, 10): 0.6}
    assert links(UnknownShareBackend(scores, {}, share=0.0), [0, 1], [10]) == [(0, 10), (1, 10)]
    contained = {(0, 10): 0.6, (0, 11): 0.2}
    settings = AlignSettings(link_threshold=0.3, contained_threshold=0.35, carrier_share_floor=0.2)
    assert links(UnknownShareBackend({}, contained, share=0.0), [0], [10, 11], settings) == [(0, 10)]


def test_lowercase_reports_keep_a_reworded_restatement(tmp_path: Path) -> None:
    """Two all-lowercase reports of one event (no capitals, so no names): a restatement links as in Title Case."""
    other = "rebels took control of the northern city of idlib after days of heavy fighting with government forces."
    first = (
        "rebels seized the northern city of idlib on tuesday after days of heavy fighting with government forces.\n\n"
        "residents said the northern city had fallen after heavy fighting.\n\n"
        "aid groups warned that thousands of families had fled toward the turkish border.\n"
    )
    second = f"{other}\n\nthousands of families fled north toward the border with turkey, aid groups said.\n"
    for name, text in (("a.txt", first), ("b.txt", second), ("A.txt", first.title()), ("B.txt", second.title())):
        (tmp_path / name).write_text(text, encoding="utf-8")
    for a, b in (("a.txt", "b.txt"), ("A.txt", "B.txt")):
        report = compare_files([tmp_path / a, tmp_path / b])
        restated = [k.target.sentence for k in report.links if k.source == SentenceRef(0, 1)]
        assert restated == [0], (a, [(k.source, k.target) for k in report.links])


def test_a_long_article_pair_asks_more_of_a_link() -> None:
    """Between two long articles each sentence has hundreds of candidates and finds a look-alike by chance
    (bench/long_reports.py): past long_from sentences the threshold rises by long_step per doubling of the pair's
    size (the geometric mean of the two articles'), to long_cap at most. The same pair scoring 0.45 links between
    two 20-sentence articles, not between two of 160 (threshold 0.5)."""
    settings = replace(RULES, long_from=40, long_step=0.1, long_cap=0.6)
    assert threshold_for(settings, 40, 40) == threshold_for(settings, 5, 300) == 0.3  # sqrt(5 x 300) < 40
    assert abs(threshold_for(settings, 160, 160) - 0.5) < 1e-12
    assert threshold_for(settings, 10**5, 10**5) == 0.6
    assert threshold_for(replace(settings, long_step=0.0), 10**5, 10**5) == 0.3
    for size, linked in ((20, True), (160, False)):
        backend = TableBackend({(0, 1000): 0.45}, {})
        found = links(backend, list(range(size)), list(range(1000, 1000 + size)), settings)
        assert ((0, 1000) in found) is linked



class AskedBackend(TableBackend):
    """A table backend that notes how many candidates per sentence alignment asks for."""

    def __init__(self) -> None:
        super().__init__({}, {})
        self.asked: list[int] = []

    def candidates(
        self, left: Sequence[int], right: Sequence[int], per_sentence: int = 4, max_work: int = 0
    ) -> Iterable[tuple[int, int]]:
        self.asked.append(per_sentence)
        return super().candidates(left, right, per_sentence, max_work)


def test_long_articles_keep_fewer_candidates_a_sentence() -> None:
    """Past long_candidates_from sentences (the pair's geometric mean) each sentence keeps long_candidates partners,
    never more than candidates_per_sentence; below it, candidates_per_sentence."""
    settings = replace(RULES, candidates_per_sentence=4, long_candidates_from=160, long_candidates=3)
    for size, expected in ((20, 4), (160, 4), (161, 3), (400, 3)):
        backend = AskedBackend()
        align_pair(backend, list(range(size)), list(range(1000, 1000 + size)), settings)
        assert backend.asked == [expected]
    assert candidates_between(10, 10_000, 4, (160, 3)) == 3  # sqrt(10 x 10,000) = 316
    assert candidates_between(500, 500, 2, (160, 3)) == 2  # never more than asked
    assert candidates_between(500, 500, 4, (160, 0)) == 1  # at least one
    assert candidates_between(500, 500, 4, None) == 4

def test_a_sentence_printed_in_both_articles_is_linked_whatever_its_words(tmp_path: Path) -> None:
    """An article compared with a copy of itself: "“So which is it?”" holds only common words, which the similarity
    weighs at nothing, and was "only in" each of the two (review-s25 finding 10). Printed word for word in both, it
    is one statement: linked, as an agreement."""
    text = "Police said the suspect fled.\n\n“So which is it?”\n\nThe trial resumes Monday.\n"
    paths = []
    for name in ("a.txt", "b.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    report = compare_files(paths)
    assert all(s.status != "unique" for article in report.articles for s in article.sentences)
    question = [k for k in report.links if report.sentence(k.source).text.strip() == "“So which is it?”"]
    assert len(question) == 1 and question[0].kind == "agreement"
