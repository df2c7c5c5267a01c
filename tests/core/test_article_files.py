"""core/article_files.py: one rule for a folder's article files, used by the window, ``compare FOLDER`` and
``batch`` (which also takes the formats load.py refuses, so the story says why)."""

from __future__ import annotations

from pathlib import Path

from reportdiff.batch.stories import find_stories
from reportdiff.core import load
from reportdiff.core.article_files import ARTICLE_SUFFIXES, expand_paths, is_article_file


def make_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ("b.txt", "c.shtml", "d.rdarticle", "e.PDF", "a.doc", "README.md", "LICENSE.txt", "CHANGELOG.md",
                 ".hidden.txt", "~$b.docx", ".~lock.b.docx#", "meta.json", "photo.jpg", "notes"):  # fmt: skip
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "sub.txt").mkdir()  # a folder named like an article
    return folder


def test_folder_rule_for_window_and_compare(tmp_path: Path) -> None:
    """Readable articles in name order; refused formats, README/LICENSE/CHANGELOG, hidden files, the lock files an
    office suite keeps beside a document it has open (Word's "~$b.docx"), other suffixes, files without suffix and
    subfolders are left out."""
    folder = make_folder(tmp_path / "story")
    assert [Path(p).name for p in expand_paths([folder])] == ["b.txt", "c.shtml", "d.rdarticle", "e.PDF"]
    assert expand_paths([folder / "notes"]) == [str(folder / "notes")]  # a file given by name is taken as given


def test_batch_takes_the_same_files_plus_refused_formats(tmp_path: Path) -> None:
    """A story folder gives the same articles, plus the .doc that load.py refuses (so the story fails saying why)."""
    make_folder(tmp_path / "stories" / "one")
    stories, loose = find_stories(tmp_path / "stories")
    assert [Path(p).name for p in stories[0].paths] == ["a.doc", "b.txt", "c.shtml", "d.rdarticle", "e.PDF"]
    assert loose == []
    assert is_article_file(tmp_path / "stories" / "one" / "a.doc", refused=True)
    assert not is_article_file(tmp_path / "stories" / "one" / "a.doc")


def test_every_suffix_load_reads_is_an_article_suffix() -> None:
    """The folder rule and the loader agree: each suffix load.py reads (but "") is taken from a folder."""
    readable = load.TEXT_SUFFIXES | load.MARKDOWN_SUFFIXES | load.HTML_SUFFIXES | {".pdf", ".docx", ".rtf"}
    assert readable - {""} <= ARTICLE_SUFFIXES
    assert not set(load.REFUSED_SUFFIXES) & ARTICLE_SUFFIXES
