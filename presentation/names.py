"""The file an article is named by, on every surface (window, PDF, HTML, terminal): the file it was read from; and
the name an export or a saved comparison suggests (``export_stem``); and each article's letter (``letter``: A, B,
C, ...), the short name that every surface gives it beside its name (the window's column titles and figures table,
the PDF, the HTML), so one article is one letter wherever a reader meets it.

A comparison reopened from a ``.reportdiff`` session reads each article from its snapshot (``.rdarticle``) in
ReportDiff's private data folder; those copies are named by the file the article was read from when the
comparison was saved (its origin), never by the snapshot's own path. Pure Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportdiff.core.model import Article
from reportdiff.core.session import SNAPSHOT_SUFFIX


def shown_path(article: Article) -> str:
    """The path an article is shown by: its original file's for a reopened comparison's snapshot."""
    if article.path.lower().endswith(SNAPSHOT_SUFFIX) and article.origin.path:
        return article.origin.path
    return article.path


def export_stem(paths: Sequence[str]) -> str:
    """The file name an export or a saved comparison suggests, from its articles' paths in column order:
    "meridian-vs-ledger", "meridian-vs-ledger-and-3-more" (the first two alone named five articles as if two)."""
    stems = [Path(p).stem for p in paths]
    stem = "-vs-".join(stems[:2])
    return f"{stem}-and-{len(stems) - 2}-more" if len(stems) > 2 else stem


def one_outlet(sources: Sequence[str]) -> str | None:
    """The outlet of a comparison of two reports by one source (a story and its update), else None: the export's
    title ("Comparison of two Reuters reports") and the window's ("Two Reuters reports") name it once."""
    if len(sources) == 2 and sources[0].casefold() == sources[1].casefold():
        return sources[0]
    return None


def letter(index: int) -> str:
    """The short name of article ``index``: A, B, ..., Z, then A2, B2, ..."""
    rounds, pos = divmod(index, 26)
    return chr(ord("A") + pos) + (str(rounds + 1) if rounds else "")
