"""bench/statements.py reads its hand labels strictly and finds a labelled sentence by its article, its start offset
and the check of the text there, on invented articles (the bench itself reads the evaluation data, which tests must
not need)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.similarity import MODEL_FILE

sys.path.insert(0, str(MODEL_FILE.parents[1] / "bench"))
try:
    import statements
finally:
    sys.path.pop(0)

HEADER = "\t".join(statements.FIELDS)


def _row(label: str = "same", a: int = 0, b: int = 0, source: str = "gva_1") -> str:
    return f"{source}\tarticle_1.txt\t{a}\t\tarticle_2.txt\t{b}\t\t{label}\t\tlink\t0.5\tparaphrase\t1.0"


def test_the_shipped_labels_parse_and_stay_on_the_tuning_splits() -> None:
    """Every row of bench/statement_labels.tsv reads, and none comes from a reporting split (news clusters from
    incident 600000 up, ECB+ topics 36-45)."""
    labels = statements.read_labels(statements.LABELS.read_text(encoding="utf-8"))
    assert len(labels) >= 500
    assert {label.label for label in labels} == set(statements.LABEL_VALUES)
    for label in labels:
        if label.source.startswith("gva_"):
            assert int(label.source.removeprefix("gva_")) < 600000, label
        else:
            assert int(label.source.split("ecb")[0]) <= 35, label
        assert len(label.check_a) == len(label.check_b) == 8 and label.weight > 0


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (f"# guide\n{HEADER}\n{_row()}\n{_row('maybe', 5)}\n", 4),  # a label outside the three
        (f"{HEADER}\n{_row(a=3, b=7)}\n{_row('related', a=3, b=7)}\n", 3),  # one pair labelled twice
        (f"{HEADER}\n{_row(a=3)}\n{_row(b=7).replace(chr(9) + '7' + chr(9), chr(9) + 'x' + chr(9))}\n", 3),  # offset
    ],
)
def test_a_bad_row_is_refused_naming_its_line(text: str, line: int) -> None:
    """A label outside the three, a pair labelled twice or an offset that is not a number stops the bench, with
    the line to fix."""
    with pytest.raises(ValueError, match=f"line {line}"):
        statements.read_labels(text)


def test_a_wrong_header_is_refused() -> None:
    """A file whose columns are not the bench's (a text column added, say) is refused."""
    with pytest.raises(ValueError, match="header"):
        statements.read_labels(f"{HEADER}\ttext\n")


@pytest.mark.parametrize(
    ("score", "band"),
    [(0.0, "<0.4"), (0.33, "<0.4"), (0.4, "0.4-0.5"), (0.69, "0.6-0.7"), (0.85, ">=0.85"), (1.0, ">=0.85")],
)
def test_score_bands(score: float, band: str) -> None:
    """A band holds its lower bound, not its upper one."""
    assert statements.band_of(score) == band


def test_sentences_are_found_by_offset_and_check(tmp_path: Path) -> None:
    """A pair keyed right is found and its link read; an offset inside a sentence is "moved"; an offset whose text is
    not the text labelled is "text", even where a sentence starts there."""
    first = "Ferry sinks\n\nA ferry carrying 73 people capsized on Lake Tamsin on Tuesday. Divers searched all night.\n"
    second = "Lake ferry lost\n\nA ferry with 73 people on board capsized on Lake Tamsin on Tuesday. Nobody spoke.\n"
    paths = []
    for k, text in enumerate((first, second), start=1):
        paths.append(tmp_path / f"article_{k}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    report = compare_files(paths)
    names = ["article_1.txt", "article_2.txt"]
    link = next(link for link in report.links if "capsized" in report.sentence(link.source).text)
    a, b = report.sentence(link.source), report.sentence(link.target)
    ta, tb = report.articles[0].text, report.articles[1].text
    other = report.articles[0].sentences[-1]  # "Divers searched all night."

    def label(start_a: int, check_a: str) -> statements.Label:
        return statements.Label("t", "article_1.txt", start_a, check_a, "article_2.txt", b.start,
                                statements.text_check(tb, b.start), "same")  # fmt: skip

    found = statements.find(
        report,
        names,
        [label(a.start, statements.text_check(ta, a.start)), label(a.start + 2, ""),
         label(other.start, statements.text_check(ta, a.start))],
    )  # fmt: skip
    assert found[0].matched and found[0].similarity == link.similarity and found[0].kind == link.kind
    assert (found[1].matched, found[1].why_not) == (False, "moved")
    assert (found[2].matched, found[2].why_not) == (False, "text")
