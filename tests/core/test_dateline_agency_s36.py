"""A wire story's dateline ending in its agency's bracket ("TAIPEI (Reuters) – A magnitude 6.4 ...") opens its first
sentence: syntok ended a sentence at the bracket, so every Reuters or AP story showed "TAIPEI (Reuters)" as a sentence
of its own, listed as found only in that article, and its first sentence began with the dash."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.load import load_text, split_paragraphs
from reportdiff.core.segment import after_syntok, segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    "dateline",
    [
        "TAIPEI (Reuters) –",
        "LONDON (AP) —",
        "BEIRUT (Reuters) -",
        "TAIPEI, Feb 7 (Reuters) --",
        "CHICAGO (STMW) —",
        "WASHINGTON/NEW YORK (Reuters) -",
    ],
)
def test_an_agency_dateline_opens_the_first_sentence(dateline: str) -> None:
    text = f"{dateline} A magnitude 6.4 earthquake struck near Hualien on Tuesday. Two people died."
    assert sentences(text) == [f"{dateline} A magnitude 6.4 earthquake struck near Hualien on Tuesday.",
                               "Two people died."]  # fmt: skip


@pytest.mark.parametrize(
    "chunk",
    [
        # a sentence ending in a bracket, longer than any dateline
        "The quake damaged many old buildings across the coastal city on Tuesday night (AP) - More follows.",
        # a short one with a sentence end inside
        "Rescuers ran! (AP) - More follows.",
    ],
)
def test_a_sentence_ending_in_a_bracket_is_no_dateline(chunk: str) -> None:
    """Given syntok's cut after the bracket, only a dateline's shape is joined to the dashed piece after it."""
    cut = chunk.index(") -") + 1
    pieces = ((0, cut), (cut + 1, len(chunk)))
    assert after_syntok(chunk, pieces) == pieces


def test_the_dateline_is_still_read_and_left_out_of_the_link(tmp_path: Path) -> None:
    """Two outlets' copies of one wire story: no "TAIPEI (Reuters)" sentence on either side, the dateline still read
    as the article's, and the two first sentences linked with the story's words only."""
    one = tmp_path / "reuters.txt"
    two = tmp_path / "outlet.txt"
    one.write_text("At least two dead in Taiwan quake\n\nTAIPEI (Reuters) – A magnitude 6.4 earthquake struck near "
                   "the coastal city of Hualien late on Tuesday, killing at least two people.\n\nThe Marshal Hotel "
                   "collapsed.\n", encoding="utf-8")  # fmt: skip
    two.write_text("Quake kills two in Taiwan\n\nA magnitude 6.4 earthquake struck near the coastal city of Hualien "
                   "late on Tuesday, killing at least two people.\n\nRescuers searched the hotel.\n",
                   encoding="utf-8")  # fmt: skip
    assert load_text(one.read_text(encoding="utf-8"), "reuters.txt").dateline == "TAIPEI (Reuters)"
    report = compare_files([one, two])
    texts = [[s.text for s in a.sentences] for a in report.articles]
    assert not any(t.strip() in {"TAIPEI (Reuters)", "TAIPEI (Reuters) –"} for side in texts for t in side), texts
    assert not any(t.startswith("–") for side in texts for t in side), texts
    first = next(i for i, t in enumerate(texts[0]) if t.startswith("TAIPEI (Reuters) – A magnitude"))
    linked = [link for link in report.links if first in (link.source.sentence, link.target.sentence)
              and 0 in (link.source.article, link.target.article)]  # fmt: skip
    assert linked and linked[0].kind == "agreement", [(link.similarity, link.kind) for link in linked]
