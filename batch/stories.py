"""Find the stories of a batch: each subfolder of the stories folder is one story, its article files the articles.

Only the folder listing happens here (no file is read): files whose suffix ReportDiff reads (text, Markdown, HTML,
PDF, Word, RTF, saved-article snapshots) or names as unsupported (the story then reports why) are articles; anything
else beside them (``meta.json``, notes, hidden files, the folder's README/LICENSE/CHANGELOG) is not. The rule is
core/article_files.py's, the one the window and ``reportdiff compare FOLDER`` use. Stories and their articles come
in name order, so two runs over the same folder submit the same work in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportdiff.core.article_files import folders_of_articles, is_article_file


@dataclass(frozen=True)
class Story:
    """One story: its name (the subfolder's), its article files, and why it cannot run if its folder failed."""

    name: str
    paths: tuple[str, ...]
    problem: str = ""


class StoriesError(Exception):
    """The stories folder itself is unusable (missing, not a folder, unreadable): the batch cannot start."""


def is_article(path: Path) -> bool:
    """Whether a file in a story folder is one of its articles: core/article_files.py's rule (the window's and
    ``compare``'s), with the formats load.py refuses taken too, so a story of .doc files fails saying why instead of
    looking empty."""
    return is_article_file(path, refused=True)


def find_stories(root: str | Path) -> tuple[list[Story], list[str]]:
    """The stories under ``root`` and the names of loose article files at its top level (not in any story)."""
    folder = Path(root)
    if not folder.exists():
        raise StoriesError(f"{root}: no such folder")
    if not folder.is_dir():
        raise StoriesError(f"{root} is a file; give the folder that holds one subfolder per story")
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise StoriesError(f"{root}: cannot list ({exc.strerror or exc})") from exc
    stories: list[Story] = []
    loose: list[str] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            try:
                files = sorted((p for p in entry.iterdir() if is_article(p)), key=lambda p: p.name)
            except OSError as exc:  # this story fails with the reason; the others run
                stories.append(Story(entry.name, (), f"cannot list its folder ({exc.strerror or exc})"))
                continue
            stories.append(Story(entry.name, tuple(str(p) for p in files), "" if files else _deeper(entry)))
        elif is_article(entry):
            loose.append(entry.name)
    return stories, loose


def _deeper(folder: Path) -> str:
    """Why a story folder with no article files directly in it fails, when its articles sit one folder deeper:
    the batch reads only a story folder's own files. "" when no subfolder holds any."""
    inner = folders_of_articles(folder, refused=True)
    if not inner:
        return ""
    return f"its article files are one folder deeper, in {inner[0]}/; put them directly in the story's folder"
