"""A sentence that calls uncertain what a linked sentence asserts is a discrepancy from 0.3 of shared words (review-s25
finding 13, review-s27 finding 3): "it is not clear whether X took his own life" against "X took his own life" share
under 0.6 of their words, where other contradictions in words are read, and was shown as a paraphrase."""

from __future__ import annotations

from pathlib import Path

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.linkflags import describe_link

LEAD = "A gunman who killed two women at the county courthouse in Wilmington died on Monday."
DOUBT = ("The newspaper says it is not clear whether Matusiewicz took his own life in the parking lot or was killed "
         "by police returning his fire.")  # fmt: skip
CLAIM = "State police said Matusiewicz took his own life in the parking lot after the shooting."


def test_a_doubted_claim_is_a_discrepancy(tmp_path: Path) -> None:
    one, two = tmp_path / "ledger.txt", tmp_path / "star.txt"
    one.write_text(f"Gunman dies after courthouse shooting\n\n{LEAD}\n\n{DOUBT}\n", encoding="utf-8")
    two.write_text(f"Courthouse gunman dead\n\n{LEAD}\n\n{CLAIM}\n", encoding="utf-8")
    report = compare_files([one, two])
    texts = {(link.source, link.target): link for link in report.links}
    doubted = [link for (a, b), link in texts.items() if {report.sentence(a).text, report.sentence(b).text} ==
               {DOUBT, CLAIM}]  # fmt: skip
    assert len(doubted) == 1
    assert doubted[0].kind == m.DISCREPANCY
    assert any("not clear whether" in note for note in doubted[0].notes)


def test_a_low_share_link_without_a_frame_stays_a_paraphrase() -> None:
    diff = [(-1, "Police said the gunman"), (1, "The man who opened fire"), (0, " took his own life.")]
    assert describe_link(diff, (), ())[0] == m.PARAPHRASE
