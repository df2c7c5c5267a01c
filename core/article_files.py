"""Which files a drop, File > Open or the command line contributes: files as given, folders replaced by the article
files directly inside them. Paths only; reading a file is the engine's job (``core/load.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# Files a dropped or opened folder contributes; anything else in it (images, PDFs) is skipped silently.
ARTICLE_SUFFIXES = {
    ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx", ".rtf", ".rdarticle",
}  # fmt: skip


def _is_furniture(name: str) -> bool:
    """Hidden files and a folder's README/LICENSE are not articles."""
    return name.startswith(".") or name.upper().startswith(("README", "LICENSE", "CHANGELOG"))


def expand_paths(paths: Sequence[str | Path]) -> list[str]:
    """Files as given, folders replaced by the article files directly inside them (sorted)."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(
                str(p)
                for p in sorted(path.iterdir())
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not _is_furniture(p.name)
            )
        else:
            out.append(str(path))
    return out
