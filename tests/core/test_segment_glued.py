"""Sentences glued with no space are cut, and a dateline's place is no sentence of its own (review-s27 findings 5
and 7): real shapes from web pages and transcripts, through segment() and through a whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.load import split_paragraphs
from reportdiff.core.segment import segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation opening right after the full stop (an even count of straight quotes before it)
        (
            'Police say Tucker was not the target."There was a possibility this was a mistake," said Simmons.',
            ["Police say Tucker was not the target.", '"There was a possibility this was a mistake," said Simmons.'],
        ),
        # a quotation closing after the full stop (it was open), the next sentence glued after it
        (
            '"Very tragic scene, unfortunately."People in the Third Ward say they are not surprised.',
            ['"Very tragic scene, unfortunately."', "People in the Third Ward say they are not surprised."],
        ),
        # curly quotes say their direction
        (
            "“It doesn’t make sense.”Everybody is fighting.",
            ["“It doesn’t make sense.”", "Everybody is fighting."],
        ),
        # a word in capitals before the full stop
        (
            "Call the HPD.Anyone with information should call Crime Stoppers.",
            ["Call the HPD.", "Anyone with information should call Crime Stoppers."],
        ),
    ],
)
def test_glued_sentences_are_cut(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The U.S.Army base was closed on Monday.",  # an initialism's last letter
        "She met Mrs.Smith and Gov.Brown on Monday.",  # titles before names
        "The team flew to St.Louis on Monday.",  # one small letter before the stop
        "Shares of Amazon.com rose on Monday.",  # no capital after the stop
        "The tests were positive.the lab said.",  # no capital after the stop
    ],
)
def test_what_is_no_glued_end_stays_whole(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GOODLETTSVILLE, Tenn. (WKRN) – Police have determined that a boy was shot by his brother. He was 5.",
            ["GOODLETTSVILLE, Tenn. (WKRN) – Police have determined that a boy was shot by his brother.", "He was 5."],
        ),
        (
            "INDIANAPOLIS, Ind. -- Having lost three sons to violence, Clarence Havvard mourns.",
            ["INDIANAPOLIS, Ind. -- Having lost three sons to violence, Clarence Havvard mourns."],
        ),
        (
            "WASHINGTON, D.C. (AP) — The Senate voted on Monday.",
            ["WASHINGTON, D.C. (AP) — The Senate voted on Monday."],
        ),
        (
            "Goodlettsville, Tenn. (WKRN) – Police said the boy died.",
            ["Goodlettsville, Tenn. (WKRN) – Police said the boy died."],
        ),
        # not a dateline: a place in small letters, then a sentence of its own
        (
            "He grew up in Nashville, Tenn. His brother stayed.",
            ["He grew up in Nashville, Tenn.", "His brother stayed."],
        ),
    ],
)
def test_a_datelines_place_opens_its_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_two_outlets_sharing_a_dateline_share_no_sentence(tmp_path: Path) -> None:
    """The town's dateline alone was linked as an agreement (1.00) between two stories of the same station."""
    one = tmp_path / "boy.txt"
    two = tmp_path / "dad.txt"
    one.write_text("Boy shot by sibling\n\nGOODLETTSVILLE, Tenn. (WKRN) – Goodlettsville police have determined that "
                   "a 5-year-old boy was shot by an older sibling.\n", encoding="utf-8")  # fmt: skip
    two.write_text("Dad charged in son's death\n\nGOODLETTSVILLE, Tenn. (WKRN) – A Goodlettsville father has been "
                   "indicted on two felonies in the shooting death of his son.\n", encoding="utf-8")  # fmt: skip
    report = compare_files([one, two])
    texts = [[s.text for s in a.sentences] for a in report.articles]
    assert not any(t.rstrip() == "GOODLETTSVILLE, Tenn." for side in texts for t in side), texts
    assert not report.links, [(link.similarity, link.kind) for link in report.links]
