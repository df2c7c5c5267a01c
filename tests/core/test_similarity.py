"""Candidate search and similarity: reachability does not depend on how many articles are loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from reportdiff.core import bpe, semantic
from reportdiff.core import model as m
from reportdiff.core.align import AlignSettings
from reportdiff.core.compare import compare_files
from reportdiff.core.similarity import LexicalSimilarity

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
REUTERS = SEEDS / "reuters-syria-airstrikes.txt"
CNEWS = SEEDS / "cnews-live-syria-airstrikes.txt"


def test_every_pair_sharing_a_word_is_a_candidate() -> None:
    """With room for every partner, the candidates are exactly the pairs sharing a content word."""
    left = ["Rebels held the city of Idlib.", "Warplanes struck a market.", "Nothing alike here."]
    right = ["The market in Idlib was hit.", "Rebels fled north.", "Talks resumed in Geneva."]
    sim = LexicalSimilarity(left + right)
    found = set(sim.candidates(range(3), range(3, 6), per_sentence=10))
    expected = {
        (i, j) for i in range(3) for j in range(3, 6) if sim.features[i].content & sim.features[j].content
    }
    assert found == expected == {(0, 3), (0, 4), (1, 3)}


def test_common_words_still_make_candidates_among_many_sentences() -> None:
    """A word found in every sentence of a large comparison still pairs the two sentences that share only it."""
    filler = [f"Officials in district {k} reported the flooding." for k in range(300)]
    texts = [*filler, "Flooding closed the bridge.", "The bridge reopened after flooding."]
    sim = LexicalSimilarity(texts)
    n = len(texts)
    assert (n - 2, n - 1) in set(sim.candidates([n - 2], [n - 1]))


def test_work_bound_drops_the_most_common_word_first() -> None:
    """Over the work bound, the word making the most products goes first; rarer shared words still pair."""
    left = ["storm storm alpha", "storm bravo", "storm charlie"]
    right = ["storm alpha", "storm delta", "storm echo"]
    sim = LexicalSimilarity(left + right)
    unbounded = set(sim.candidates(range(3), range(3, 6), per_sentence=10))
    bounded = set(sim.candidates(range(3), range(3, 6), per_sentence=10, max_work=2))
    assert len(unbounded) == 9  # "storm" pairs everything
    assert bounded == {(0, 3)}  # only "alpha" is left


@pytest.fixture(scope="module")
def wire_copies(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("wire")
    text = REUTERS.read_text(encoding="utf-8")
    paths = []
    for k in range(20):
        path = folder / f"outlet{k:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _pair_links(report: m.Report, a: int, b: int) -> set[tuple[int, int]]:
    found = set()
    for link in report.links:
        ends = {link.source.article: link.source.sentence, link.target.article: link.target.sentence}
        if set(ends) == {a, b}:
            found.add((ends[a], ends[b]))
    return found


def test_twenty_copies_of_one_wire_story_link_every_sentence_to_its_copies(wire_copies: list[Path]) -> None:
    """20 outlets running one wire story: every content sentence links to its copy in each other outlet, and a
    pair of outlets gets the same links among 20 as compared alone."""
    report = compare_files(wire_copies)
    content = [s.index for s in report.articles[0].sentences if s.status != m.BOILERPLATE]
    assert len(content) > 10
    for b in range(1, 20):
        links = _pair_links(report, 0, b)
        assert {(k, k) for k in content} <= links, f"outlet {b}"
    assert all(s.status != m.UNIQUE for a in report.articles for s in a.sentences)
    alone = compare_files(wire_copies[:2])
    assert _pair_links(alone, 0, 1) == _pair_links(report, 0, 1)


def test_language_model_reads_the_package_folder_without_network(tmp_path: Path) -> None:
    """The model loads and embeds with every socket refused and an empty home (no cache): no download, by design;
    the only files written in the home are ReportDiff's own start-up caches (core/usercache.py)."""
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network refused by the test')\n"
        "socket.socket.connect = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from reportdiff.core import semantic\n"
        "v = semantic.encoder().embed(['Warplanes struck Idlib.', 'Jets bombed Idlib.'])\n"
        "print(semantic.load_error(), v.shape, round(float(v[0] @ v[1]), 2))\n"
    )
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", ""), "HF_HUB_OFFLINE": "0"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    error, shape, cosine = out.strip().split(" ", 2)[0], out.split("(")[1].split(")")[0], float(out.split()[-1])
    assert error == "None" and shape == "2, 256" and cosine > 0.5
    written = [p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()]
    assert Path(".cache", "reportdiff", bpe.CACHE_FILE) in written
    assert all(p.parts[:2] == (".cache", "reportdiff") for p in written)  # nothing downloaded or cached else


def test_encoder_matches_wordllama_own_embeddings() -> None:
    """Our reading of the package's files gives exactly WordLlama's normalised embeddings."""
    wordllama = pytest.importorskip("wordllama")
    texts = ["The strikes targeted the rebel-controlled city of Idlib", "HP acquires EYP", ""]
    ours = semantic.encoder()
    assert ours is not None
    theirs = wordllama.WordLlama.load(cache_dir=semantic.package_folder(), disable_download=True)
    expected = theirs.embed(texts[:2], norm=True)
    got = ours.embed(texts)
    assert np.allclose(got[:2], expected, atol=1e-6)
    assert not got[2].any()  # a text without tokens: a zero vector, not NaN


def test_without_the_language_model_the_comparison_is_lexical_and_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """When the model cannot load, sentences still link (lexical model) and the report carries a warning."""

    def missing(folder: Path | None = None) -> semantic.Encoder:
        raise FileNotFoundError("no weights here")

    monkeypatch.setattr(semantic, "_LOADER", semantic._Loader())
    monkeypatch.setattr(semantic, "load_encoder", missing)
    report = compare_files([REUTERS, CNEWS])
    assert any("language model not loaded" in w and "no weights here" in w for w in report.warnings)
    assert len(report.links) > 5


def test_seed_idlib_sentences_link() -> None:
    """The seeds' "strikes targeted the rebel-controlled city of Idlib" / "air campaign targeted the rebel
    stronghold of Idlib" report one thing: linked."""
    report = compare_files([REUTERS, CNEWS])
    a = next(s.index for s in report.articles[0].sentences if "rebel stronghold of Idlib" in s.text)
    b = next(s.index for s in report.articles[1].sentences if "rebel-controlled city of Idlib" in s.text)
    assert (a, b) in _pair_links(report, 0, 1)


def test_clashing_places_and_figures_lower_the_score() -> None:
    """Two quakes of one kind (other place, day, magnitude, toll) score below two reports of one quake, each
    sentence standing for its own article (the articles' names and numbers are a feature of the model)."""
    texts = [
        "A magnitude 6.1 earthquake struck Aceh province on Tuesday, killing 12 people.",
        "A 6.1-magnitude quake hit Aceh province on Tuesday, killing 12.",
        "A magnitude 7.0 earthquake struck Hokkaido on Friday, killing 40 people.",
        "Officials said rescue teams were searching the rubble.",
    ]
    model = semantic.encoder()
    assert model is not None
    sim = LexicalSimilarity(texts, None, model.embed(texts), articles=[0, 1, 2, 3])
    assert sim.score(0, 1) > AlignSettings().link_threshold
    assert sim.score(0, 1) - sim.score(0, 2) > 0.2


def test_package_folder_in_a_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen build, where wordllama is no importable package, finds the model's files in the bundle's folder;
    without them (or unfrozen) the lookup says the package is missing."""
    monkeypatch.setattr(semantic.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(FileNotFoundError, match="wordllama"):
        semantic.package_folder()
    (tmp_path / "wordllama").mkdir()
    assert semantic.package_folder() == tmp_path / "wordllama"
    monkeypatch.setattr(sys, "frozen", False)
    with pytest.raises(FileNotFoundError, match="wordllama"):
        semantic.package_folder()
