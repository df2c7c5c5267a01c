"""Saved comparisons (``.reportdiff``): the article texts, where they came from, and the window's view state, in one
JSON file that reopens to the same result even after the original files moved or changed.

Format ``reportdiff.session/1``::

    {"format": "reportdiff.session/1",
     "articles": [{"path": "...", "title": "...", "text": "...", "encoding": "utf-8", "source": "The Daily Ledger",
                   "origin": {"path": "...", "format": "html", "extractor": "trafilatura 2.3.1", "notes": []}}],
     "view": {...}}            # free-form state of the window (mode, selection, text size), kept as given

Each article is kept as the loader's text (already extracted and normalised) with its title and the source name
it was shown under, so analysing it again gives the same paragraphs, title, furniture and name, hence the same
report (a web page's name comes from its og:site_name, which the text alone no longer carries; "source" is
optional, so files written before it still open, named as then). One article alone can be written as
a snapshot file (``.rdarticle``, format ``reportdiff.article/1``) that ``load_article`` reads like any file: the
window compares a reopened session through them. A file from a newer ReportDiff gets a clear message. Never
imports Qt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .atomic import write_text_atomic
from .errors import InputError, display_name
from .load import LoadedArticle, analyse
from .model import Origin, Report
from .read_file import read_bounded

SESSION_FORMAT = "reportdiff.session/1"
ARTICLE_FORMAT = "reportdiff.article/1"
SESSION_SUFFIX = ".reportdiff"
SNAPSHOT_SUFFIX = ".rdarticle"
# 20 articles of at most 2 million characters each, written as JSON (escapes can double a text's size).
MAX_SESSION_BYTES = 100_000_000
_UNSAFE_NAME = re.compile(r"[^\w .,()\-]+")


@dataclass(frozen=True)
class SessionArticle:
    """One article of a session: its original path, loaded text, title, encoding, origin and the source name it was
    shown under ("" when not known: a file saved before it was kept)."""

    path: str
    text: str
    title: str
    encoding: str = "utf-8"
    origin: Origin = field(default_factory=Origin)
    source: str = ""


@dataclass(frozen=True)
class Session:
    """A saved comparison: its articles in column order and the window's view state."""

    articles: tuple[SessionArticle, ...]
    view: dict[str, Any] = field(default_factory=dict)


def session_from_report(report: Report, view: dict[str, Any] | None = None) -> Session:
    """The session that reopens ``report``: each article's text, title and origin, and ``view``."""
    return Session(
        tuple(
            SessionArticle(a.origin.path or a.path, a.text, a.title, a.encoding, a.origin, a.source)
            for a in report.articles
        ),
        dict(view or {}),
    )


def _article_json(article: SessionArticle) -> dict[str, Any]:
    origin = article.origin
    return {
        "path": display_name(article.path),
        "title": article.title,
        "text": article.text,
        "encoding": article.encoding,
        "source": article.source,
        "origin": {"path": origin.path, "format": origin.format, "extractor": origin.extractor,
                   "notes": list(origin.notes)},
    }  # fmt: skip


def session_json(session: Session) -> dict[str, Any]:
    """``session`` as JSON data, format ``reportdiff.session/1``."""
    return {
        "format": SESSION_FORMAT,
        "articles": [_article_json(a) for a in session.articles],
        "view": session.view,
    }


def save_session(path: str | Path, session: Session) -> None:
    """Write ``session`` to ``path`` atomically (WriteError when it cannot be written)."""
    write_text_atomic(path, json.dumps(session_json(session), ensure_ascii=False, allow_nan=False))


def _check_format(name: str, raw: str, found: object, expected: str) -> None:
    family, _, version = str(found).rpartition("/")
    ours, _, our_version = expected.rpartition("/")
    if family == ours and version.isdigit() and int(version) > int(our_version):
        raise InputError(f"{name} was saved by a newer ReportDiff (format {found}); update ReportDiff to open it", raw)
    if found != expected:
        raise InputError(f"{name} is not a ReportDiff {expected.split('.')[1].split('/')[0]} file", raw)


def _read_json(path: str | Path, limit: int) -> tuple[str, str, dict[str, Any]]:
    raw = str(path)
    name = display_name(raw)
    data = read_bounded(raw, limit, "saved comparison")
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise InputError(f"{name} is damaged or not a ReportDiff file ({type(exc).__name__})", raw) from None
    if not isinstance(parsed, dict):
        raise InputError(f"{name} is not a ReportDiff file", raw)
    return raw, name, parsed


def _article_from(name: str, raw: str, data: object) -> SessionArticle:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
        raise InputError(f"{name} is damaged (an article without text)", raw)
    found = data.get("origin")
    origin: dict[str, Any] = found if isinstance(found, dict) else {}
    listed = origin.get("notes")
    notes: list[Any] = listed if isinstance(listed, list) else []
    return SessionArticle(
        path=str(data.get("path") or "article"),
        text=data["text"],
        title=str(data.get("title") or ""),
        encoding=str(data.get("encoding", "utf-8")),  # "" for documents (PDF, Word) stays ""
        origin=Origin(str(origin.get("path") or data.get("path") or ""), str(origin.get("format") or ""),
                      str(origin.get("extractor") or ""), tuple(str(n) for n in notes)),
        source=str(data.get("source") or ""),
    )  # fmt: skip


def read_session(path: str | Path) -> Session:
    """Read a ``.reportdiff`` file; InputError (one line naming it) when it is damaged, not a session, or newer."""
    raw, name, data = _read_json(path, MAX_SESSION_BYTES)
    _check_format(name, raw, data.get("format"), SESSION_FORMAT)
    articles = data.get("articles")
    if not isinstance(articles, list):
        raise InputError(f"{name} is damaged (no list of articles)", raw)
    view = data.get("view")
    return Session(tuple(_article_from(name, raw, a) for a in articles), view if isinstance(view, dict) else {})


def loaded_article(article: SessionArticle, path: str | None = None) -> LoadedArticle:
    """The loaded article a session article stands for, analysed as when it was first loaded. Its kept source name
    stands where the page's own name stood (an agency tag in the text still comes first, as it did)."""
    return analyse(
        path or article.path, article.text, article.encoding, article.title, article.origin,
        prefer_doc_title=article.origin.format == "html", site_name=article.source,
    )  # fmt: skip


def loaded_articles(session: Session) -> list[LoadedArticle]:
    """Every article of ``session``, ready for ``compare``: the same report as when it was saved."""
    return [loaded_article(a) for a in session.articles]


def write_snapshots(session: Session, folder: str | Path) -> list[str]:
    """Write each article of ``session`` as a ``.rdarticle`` file in ``folder`` (named after its original file,
    so the column keeps its name); return their paths in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[str] = []
    used: set[str] = set()
    for article in session.articles:
        stem = _UNSAFE_NAME.sub("_", Path(display_name(article.path)).stem).strip() or "article"
        name, k = stem, 1
        while name.lower() in used:
            k += 1
            name = f"{stem} ({k})"
        used.add(name.lower())
        target = folder / f"{name}{SNAPSHOT_SUFFIX}"
        write_text_atomic(target, json.dumps({"format": ARTICLE_FORMAT, **_article_json(article)}, ensure_ascii=False))
        paths.append(str(target))
    return paths


def read_snapshot(path: str | Path) -> LoadedArticle:
    """A ``.rdarticle`` file -> its loaded article (``load_article`` calls this for the suffix)."""
    raw, name, data = _read_json(path, MAX_SESSION_BYTES)
    _check_format(name, raw, data.get("format"), ARTICLE_FORMAT)
    return loaded_article(_article_from(name, raw, data), raw)


def session_paths(paths: Sequence[str | Path]) -> list[str]:
    """The ``.reportdiff`` files among ``paths``."""
    return [str(p) for p in paths if str(p).lower().endswith(SESSION_SUFFIX)]
