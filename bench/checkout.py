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
    return env


def user_bytecode(cache: Path) -> None:
    """Let every child of this process keep compiled bytecode as a user's Python does, in ``cache``.

    This workplace sets PYTHONDONTWRITEBYTECODE, so without this each timed process would recompile ReportDiff's
    own modules (about 0.12 s of CPU) where a user's second run reads them. The bytecode goes to ``cache``
    (PYTHONPYCACHEPREFIX, keyed by source path, so two trees never share it), never into a checkout.
    """
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(cache)


def entry_command() -> list[str]:
    """``reportdiff`` through this interpreter, so PYTHONPATH decides which tree runs."""
    return [sys.executable, "-c", "import sys; from reportdiff.gui.app import main; sys.exit(main())"]
