"""The file an article is named by, on every surface (window, PDF, HTML, terminal): the file it was read from.

A comparison reopened from a ``.reportdiff`` session reads each article from its snapshot (``.rdarticle``) in
ReportDiff's private data folder; those copies are named by the file the article was read from when the
comparison was saved (its origin), never by the snapshot's own path. Pure Python: no Qt.
"""

from __future__ import annotations

from reportdiff.core.model import Article
from reportdiff.core.session import SNAPSHOT_SUFFIX


def shown_path(article: Article) -> str:
    """The path an article is shown by: its original file's for a reopened comparison's snapshot."""
    if article.path.lower().endswith(SNAPSHOT_SUFFIX) and article.origin.path:
        return article.origin.path
    return article.path
