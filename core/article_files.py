"""Which files are articles: the suffixes ``core/load.py`` reads (or refuses with a reason), and the rule for a
folder's files, one rule for every place that lists a folder (a drop or File > Open in the window, a folder given
to ``reportdiff compare``, a story folder of ``reportdiff batch``). Paths only; reading a file is the engine's job
(``core/load.py``). Imports nothing of the project, so the window can list folders without loading the engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# Suffixes load.py reads, by reader ("" is plain text: a file given by name may have none).
TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".odt", ".rtf"}
PAGE_ARCHIVE_SUFFIXES = {".mhtml", ".mht"}  # a web page saved as one file (Chrome, Edge: "Webpage, Single File")
EMAIL_SUFFIXES = {".eml"}  # a story forwarded by mail
SNAPSHOT_SUFFIXES = {".rdarticle"}  # one article of a saved comparison (core/session.py)
# Formats load.py recognises and refuses, with the reason it gives.
REFUSED_SUFFIXES = {
    ".doc": "old Word (.doc) files are not supported; save it as .docx",
    ".ods": "is a spreadsheet (OpenDocument), not an article",
    ".odp": "is a presentation (OpenDocument), not an article",
    ".pages": "Pages files are not supported; export it as .docx or PDF",
    ".epub": "e-books are not supported; save the chapter as text",
}

# A folder's article files: every suffix load.py reads except none at all (in a folder, a file without suffix is
# a README or a LICENSE far more often than an article).
ARTICLE_SUFFIXES = frozenset(
    (TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | DOCUMENT_SUFFIXES | PAGE_ARCHIVE_SUFFIXES | EMAIL_SUFFIXES
     | SNAPSHOT_SUFFIXES) - {""}
)
# Names (upper case, prefixes) of a folder's own notes, whatever their suffix: README.md is no article.
FURNITURE_PREFIXES = ("README", "LICENSE", "CHANGELOG")
# Microsoft Office's owner file beside a document open in Word ("~$draft.docx", 162 bytes, no document inside):
# in a folder dropped while the editor still has the draft open, it is not a second article.
OFFICE_OWNER_PREFIX = "~$"


def _is_furniture(name: str) -> bool:
    """Hidden files (LibreOffice's ``.~lock.*#`` among them), Office's ``~$`` owner files and a folder's
    README/LICENSE/CHANGELOG are not articles."""
    return name.startswith((".", OFFICE_OWNER_PREFIX)) or name.upper().startswith(FURNITURE_PREFIXES)


def is_article_file(path: Path, refused: bool = False) -> bool:
    """Whether a file found in a folder is one of its articles: a regular file, not hidden, not an Office owner
    file, not the folder's README/LICENSE/CHANGELOG, with a suffix load.py reads; with ``refused``, also one it
    refuses with a reason (``reportdiff batch`` takes those so the story fails saying why; the window and
    ``compare`` skip them)."""
    suffix = path.suffix.lower()
    wanted = suffix in ARTICLE_SUFFIXES or (refused and suffix in REFUSED_SUFFIXES)
    return wanted and not _is_furniture(path.name) and path.is_file()


def expand_paths(paths: Sequence[str | Path]) -> list[str]:
    """Files as given, folders replaced by the article files directly inside them (sorted)."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(str(p) for p in sorted(path.iterdir()) if is_article_file(p))
        else:
            out.append(str(path))
    return out


def folders_of_articles(folder: Path, refused: bool = False) -> list[str]:
    """The names of ``folder``'s subfolders that hold article files directly (``is_article_file``), sorted; none
    when a folder cannot be listed. A story folder one level too deep for ``batch``, or a folder of stories given to
    ``compare``, is told by these."""
    try:
        return sorted(p.name for p in folder.iterdir()
                      if p.is_dir() and any(is_article_file(f, refused) for f in p.iterdir()))  # fmt: skip
    except OSError:
        return []
