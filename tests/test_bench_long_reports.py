"""bench/long_reports.py counts what it says: copies of one pool sentence, and links across two stories, on reports
built from invented sentences of known origin (the bench itself reads ECB+, which tests must not need)."""

from __future__ import annotations

import sys
from pathlib import Path

from reportdiff.core.compare import compare_files
from reportdiff.core.similarity import MODEL_FILE

sys.path.insert(0, str(MODEL_FILE.parents[1] / "bench"))
try:
    import long_reports
finally:
    sys.path.pop(0)

SENTENCES = [
    ("A passenger ferry carrying 73 people capsized on Lake Tamsin early on Tuesday, the coastguard said.", 1),
    ("Divers recovered 12 bodies from the wreck of the MV Halden Star by Wednesday evening.", 1),
    ("The operator Tamsin Lines said it was cooperating fully with the investigation into the sinking.", 1),
    ("The Red Sox offered first baseman Mark Teixeira an eight-year contract worth 200 million dollars.", 2),
    ("Teixeira is expected to decide between Boston and New York before the winter meetings end.", 2),
    ("A magnitude 6.1 earthquake struck the northern coast of the island late on Sunday night.", 3),
    ("Residents of the coastal villages spent the night outdoors, fearing strong aftershocks.", 3),
]


def _topics(path: Path, origin: dict[str, tuple[int, str, int]]) -> set[int]:
    text = path.read_text(encoding="utf-8")
    return {where[0] for sentence, where in origin.items() if sentence in text}


def test_each_reports_own_sentences_come_from_stories_no_other_report_draws_from(tmp_path: Path) -> None:
    sentences = [(text, (topic, f"{topic}_1.txt", k)) for k, (text, topic) in enumerate(SENTENCES)]
    own = long_reports.build(sentences, articles=2, size=2, shared=0.0, seed=3, folder=tmp_path / "own")
    first, second = (_topics(path, own[1]) for path in own[0])
    assert first and second and not first & second
    pooled = long_reports.build(sentences, articles=2, size=3, shared=1.0, seed=3, folder=tmp_path / "pool")
    assert len(_topics(pooled[0][0], pooled[1]) | _topics(pooled[0][1], pooled[1])) == 1  # one group: the pool's


def test_links_are_told_apart_by_the_origin_of_their_ends(tmp_path: Path) -> None:
    """A copy, a link across two stories and a sentence of unknown origin, counted on a real comparison."""
    pool = SENTENCES[0][0]
    reworded = pool.replace("early on Tuesday", "on Tuesday morning")
    first = f"Report 1\n\n{pool} {SENTENCES[3][0]}\n"
    second = f"Report 2\n\n{reworded} {SENTENCES[5][0]} Nothing else was said.\n"
    paths = []
    for k, text in enumerate((first, second), start=1):
        paths.append(tmp_path / f"report_{k}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    origin = {pool: (1, "1_1.txt", 1), reworded: (1, "1_1.txt", 1), SENTENCES[3][0]: (2, "2_1.txt", 4),
              SENTENCES[5][0]: (3, "3_1.txt", 6)}  # fmt: skip
    report = compare_files(paths)
    counts = long_reports.score(report, origin)
    assert counts["copies"] == 1 and counts["copy_recall"] == 1.0
    assert counts["copies"] + counts["across"] + counts["same_topic"] + counts["unknown"] == counts["links"]
