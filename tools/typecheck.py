"""Run mypy over the installed namespace ``reportdiff.*`` as it maps onto this repository's folders.

mypy cannot follow setuptools' ``package-dir`` (``reportdiff.core`` -> ``core/``), and an editable install hides
the mapping behind an import hook. So this script reads the mapping from pyproject.toml, lays out a throw-away tree
``reportdiff/<package>`` of symlinks to the real folders, and checks ``-p reportdiff`` there with the settings in
pyproject.toml's ``[tool.mypy]``. Exit status is mypy's.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Build the symlink tree and run mypy on it; return mypy's exit status."""
    config = ROOT / "pyproject.toml"
    package_dir: dict[str, str] = tomllib.loads(config.read_text())["tool"]["setuptools"]["package-dir"]
    with tempfile.TemporaryDirectory(prefix="reportdiff-typecheck-") as tmp:
        top = Path(tmp) / "reportdiff"
        top.mkdir()
        (top / "__init__.py").touch()
        for name, folder in package_dir.items():
            prefix, _, leaf = name.partition(".")
            if prefix != "reportdiff" or "." in leaf:
                continue  # sub-packages live inside their parent's folder
            (top / leaf).symlink_to(ROOT / folder, target_is_directory=True)
        cmd = [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(Path(tmp) / ".cache"),
               "-p", "reportdiff"]
        return subprocess.run(cmd, cwd=tmp).returncode


if __name__ == "__main__":
    sys.exit(main())
