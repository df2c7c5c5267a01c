"""The ``reportdiff`` entry point.

``reportdiff compare ...`` runs headless through ``reportdiff.core.cli`` and never loads the window; Qt is
imported only when a PDF is asked for. Anything else opens the window (``reportdiff [FILE ...]``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reportdiff.core import gctune


def _write_pdf(report, path: Path, page_size: str) -> None:  # type: ignore[no-untyped-def]
    """Draw a report to PDF with Qt (``pdf.write_pdf`` goes offscreen itself when there is no display)."""
    from .pdf import write_pdf

    write_pdf(report, path, page_size)


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the headless command or the window; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "batch":
        from reportdiff.batch import cli as batch_cli

        gctune.tune()  # after each command's imports (core/gctune.py)
        return batch_cli.main(args[1:])
    if args and args[0] == "compare":
        from reportdiff.core import cli

        gctune.tune()
        return cli.main(args[1:], pdf_writer=_write_pdf)
    from .main_window import run_app

    gctune.tune()
    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
