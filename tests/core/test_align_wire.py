"""Syndicated wire copy: 20 outlets run one wire story, each with its own small edits; every sentence links to its
copies in every other outlet, whatever the alignment knobs do to weak or one-sided pairs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
REUTERS = SEEDS / "reuters-syria-airstrikes.txt"
OUTLETS = 20
HEADLINES = (
    "Russian and Syrian jets pound Idlib, at least 25 dead",
    "Syria: airstrikes on rebel-held northwest kill 25, rescuers say",
    "Assad vows to crush rebels as warplanes hit Idlib",
)


def _paragraphs() -> list[str]:
    """The wire's paragraphs, without its closing "REUTERS" line."""
    return [p for p in REUTERS.read_text(encoding="utf-8").splitlines() if p.strip() and p.strip() != "REUTERS"]


def _outlet_copy(k: int, paragraphs: list[str]) -> str:
    """What outlet k prints: its own headline, sometimes a dateline, a house word or two, sometimes the last
    paragraph cut for length, its own footer."""
    body = list(paragraphs)
    if k % 3 == 1:
        body = body[:-1]  # trimmed for length
    if k % 4 == 2:
        body[0] = "BEIRUT (Reuters) - " + body[0]
    if k % 5 == 3:
        body = [p.replace("approximately", "about").replace("reported Monday", "reported on Monday") for p in body]
    footer = f"Copyright {2024} Outlet {k}. All rights reserved."
    return "\n\n".join([HEADLINES[k % len(HEADLINES)], *body, footer]) + "\n"


@pytest.fixture(scope="module")
def wire(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[str]]:
    """The 20 outlets' files, and the wire's paragraphs."""
    folder = tmp_path_factory.mktemp("wire-edited")
    paragraphs = _paragraphs()
    paths = []
    for k in range(OUTLETS):
        path = folder / f"outlet{k:02d}.txt"
        path.write_text(_outlet_copy(k, paragraphs), encoding="utf-8")
        paths.append(path)
    return paths, paragraphs


def _wire_sentence_ids(report: m.Report, article: int, endings: list[str]) -> dict[int, int]:
    """Sentence index -> which wire sentence it prints (found by the sentence's last words, which no edit
    touches)."""
    found = {}
    for s in report.articles[article].sentences:
        tail = _tail(s.text)
        matches = [n for n, ending in enumerate(endings) if tail == ending]
        if len(matches) == 1:
            found[s.index] = matches[0]
    return found


def _tail(text: str) -> str:
    return " ".join(re.findall(r"\w+", text)[-6:])


def test_twenty_edited_copies_of_one_wire_story_link_every_sentence_to_its_copies(
    wire: tuple[list[Path], list[str]],
) -> None:
    """Every wire sentence an outlet prints links to the same sentence in each other outlet that prints it."""
    paths, paragraphs = wire
    report = compare_files(paths)
    # The wire's sentences, as the engine splits the first outlet's copy (outlet 0 prints every paragraph).
    first = [s for s in report.articles[0].sentences if s.status != m.BOILERPLATE]
    body = "\n".join(paragraphs)
    endings = [_tail(s.text) for s in first if s.text in body]
    assert len(endings) >= 14 and len(set(endings)) == len(endings)
    ids = [_wire_sentence_ids(report, a, endings) for a in range(OUTLETS)]
    for a in range(OUTLETS):
        expected = len(endings) - (2 if a % 3 == 1 else 0)  # the cut last paragraph holds two sentences
        assert len(ids[a]) == expected, f"outlet {a}: {len(ids[a])} wire sentences found, {expected} expected"
    linked: set[tuple[int, int, int, int]] = set()
    for link in report.links:
        linked.add((link.source.article, link.source.sentence, link.target.article, link.target.sentence))
    missing = []
    for a in range(OUTLETS):
        for b in range(a + 1, OUTLETS):
            by_id_b = {wire_id: s for s, wire_id in ids[b].items()}
            for s, wire_id in ids[a].items():
                if wire_id in by_id_b and (a, s, b, by_id_b[wire_id]) not in linked:
                    missing.append((a, b, endings[wire_id]))
    assert not missing, f"{len(missing)} copies not linked, e.g. {missing[:3]}"
    wire_sentences = {(a, s) for a in range(OUTLETS) for s in ids[a]}
    assert all(report.sentence(m.SentenceRef(a, s)).status != m.UNIQUE for a, s in wire_sentences)
