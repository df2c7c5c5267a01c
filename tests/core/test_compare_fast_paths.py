"""Issue 12's fast paths leave the report as it was: the same report, link for link, with every one of them
switched back to the reference way (syntok on whole paragraphs, every figure pass on every sentence, one word diff
and one equal share per link), on the seeds and the tuning clusters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportdiff.core import compare as compare_module
from reportdiff.core import segment as segment_module
from reportdiff.core.compare import compare_files
from reportdiff.core.figures import guards as guards_module
from reportdiff.core.worddiff import equal_share, word_diff

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
TUNING_MAX_ID = 600_000  # clusters at or above are held out


class ReferenceDiffer:
    """The link loop as before issue 12: word_diff and equal_share for each link."""

    def diff(self, a: str, b: str) -> tuple[tuple[tuple[int, str], ...], float]:
        result = word_diff(a, b)
        return tuple(result), equal_share(result)


def inputs() -> list[list[Path]]:
    sets = [sorted((REPO / "seeds").glob("*.txt"))]
    if CLUSTERS.is_dir():
        for folder in sorted(p for p in CLUSTERS.iterdir() if p.is_dir()):
            if int(re.sub(r"\D", "", folder.name) or 0) < TUNING_MAX_ID:
                sets.append(sorted(folder.glob("article_*.txt")))
    return sets


def test_same_reports_with_the_fast_paths_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seeds and tuning clusters: the report with condensed segmentation, guarded figure passes and bulk word
    diffs equals, link for link (JSON compared whole), the report with all three switched back."""
    fast = []
    for paths in inputs():
        segment_module._paragraph_sentences.cache_clear()
        fast.append(compare_files(paths).to_json())
    with monkeypatch.context() as patch:
        patch.setattr(segment_module, "CONDENSE_MIN_CHUNKS", 10**9)
        patch.setattr(guards_module, "USE_GUARDS", False)
        patch.setattr(compare_module, "WordDiffer", ReferenceDiffer)
        segment_module._paragraph_sentences.cache_clear()
        for paths, report in zip(inputs(), fast, strict=True):
            reference = compare_files(paths).to_json()
            assert [k["kind"] for k in report["links"]] == [k["kind"] for k in reference["links"]], paths[0].parent
            assert report == reference, paths[0].parent
    segment_module._paragraph_sentences.cache_clear()
    assert sum(len(r["links"]) for r in fast) > (100 if len(fast) > 1 else 10)  # the seeds alone: 18 links
