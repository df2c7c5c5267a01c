"""Run another checkout of ReportDiff (a "before" tree) with this venv: a folder whose ``reportdiff`` package maps
``reportdiff.core`` etc. onto that checkout's folders, as pyproject.toml's package-dir does, put first on PYTHONPATH.

Used by bench/scale.py --before and bench/same_reports.py to compare two trees side by side in one run. A tree
comes from ``git worktree add`` or ``git archive COMMIT | tar -x -C DIR``; its dependencies must be this venv's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

PACKAGES = ("core", "presentation", "gui", "resources", "seeds", "batch")


def shim(tree: Path) -> Path:
    """A temporary folder holding ``reportdiff/`` whose sub-packages link to ``tree``'s folders."""
    root = Path(tempfile.mkdtemp(prefix="rd-before-"))
    package = root / "reportdiff"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in PACKAGES:
        if (tree / name).is_dir():
            (package / name).symlink_to(tree.resolve() / name)
    return root


def environment(tree: Path | None) -> dict[str, str] | None:
    """The environment for a child running ``tree`` (None: this checkout, as installed)."""
    if tree is None:
        return None
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(shim(tree)), env.get("PYTHONPATH", "")]))
    if _CACHES is not None:
        env["XDG_CACHE_HOME"] = str(_CACHES / f"cache-{tree.resolve().name}")
    return env


_CACHES: Path | None = None  # as_installed's folder: each checkout's user cache below it


def as_installed(folder: Path) -> None:
    """Let every child of this process run as a user's install runs, with its files below ``folder``.

    - Bytecode is kept, in ``folder/pycache`` (PYTHONPYCACHEPREFIX, keyed by source path, never in a checkout). This
      workplace sets PYTHONDONTWRITEBYTECODE, so each timed process would otherwise recompile ReportDiff's own modules
      (about 0.12 s of CPU) where a user's second run reads them.
    - Each checkout has a user cache of its own (XDG_CACHE_HOME: the stored compiled patterns, the tokenizer tables),
      as one install has. Two trees sharing one rewrite each other's files when their patterns differ, and each then
      parses and compiles them again at every run (~50 ms each side on a 5-article comparison).
    """
    global _CACHES
    _CACHES = folder
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache-this")


def entry_command() -> list[str]:
    """``reportdiff`` through this interpreter, so PYTHONPATH decides which tree runs."""
    code = "import sys; from reportdiff.gui import app; sys.exit(getattr(app, 'run', app.main)())"  # the tree's own
    return [sys.executable, "-c", code]
