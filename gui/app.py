"""The ``reportdiff`` entry point and the window's bootstrap: one argument parser, the QApplication, the window.

``reportdiff compare ...`` runs headless through ``reportdiff.presentation.cli`` and never loads the window; Qt is
imported only when a PDF is asked for. Anything else opens the window (``reportdiff [FILE ...]``): ``parse_args``
reads the window's command line, ``make_app`` sets up the QApplication (names for QSettings, style, icon),
``run_app`` opens the window and, with ``--screenshot``, saves a picture once the comparison is drawn. ``run`` is
the installed command: ``main`` and, after ``compare`` without Qt, the quick exit of core/quickexit.py.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from reportdiff.core import codecache, gctune, quickexit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_TIMEOUT_MS = 120_000  # a screenshot run that never finishes drawing gives up rather than hang CI
# Qt warnings that say nothing to a user of ReportDiff (the offscreen platform cannot size windows by hints).
QUIET_QT_MESSAGES = ("propagateSizeHints",)


def _write_pdf(report, path: Path, page_size: str) -> None:  # type: ignore[no-untyped-def]
    """Draw a report to PDF with Qt (``pdf.write_pdf`` goes offscreen itself when there is no display)."""
    from .pdf import write_pdf

    write_pdf(report, path, page_size)


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the headless command or the window; return the exit status."""
    if getattr(sys, "frozen", False):  # only a frozen build needs it; importing multiprocessing costs ~20 ms
        import multiprocessing

        multiprocessing.freeze_support()  # the window's engine process, started by a frozen (PyInstaller) build
    args = list(sys.argv[1:] if argv is None else argv)
    gctune.limit_native_threads()  # before anything imports numpy (core/gctune.py says why)
    if args and args[0] in ("batch", "compare"):
        codecache.install()  # dataclass methods' code kept between runs (core/codecache.py); headless start-up
    if args and args[0] == "batch":
        from reportdiff.batch import cli as batch_cli

        gctune.tune()  # after each command's imports (core/gctune.py)
        return batch_cli.main(args[1:])
    if args and args[0] == "compare":
        from reportdiff.presentation import cli

        gctune.tune()
        return cli.main(args[1:], pdf_writer=_write_pdf)
    gctune.tune()  # thresholds for the window too; its Qt imports happen later, unfrozen
    return run_app(args)


def run() -> int:
    """The installed ``reportdiff`` command: ``main()`` on the process's arguments. ``reportdiff compare`` that
    never loaded Qt then ends without freeing every object one by one (core/quickexit.py); the window, a run that
    drew a PDF with Qt, and ``batch`` (its pools and clusters) exit the ordinary way (the console script's
    ``sys.exit``)."""
    status = main()
    if sys.argv[1:2] == ["compare"] and "PySide6" not in sys.modules:
        quickexit.finish(status)
    return status


def build_parser() -> argparse.ArgumentParser:
    """The window's command line (``reportdiff compare --help`` documents the headless one)."""
    parser = argparse.ArgumentParser(
        prog="reportdiff",
        description="Compare news reports side by side. `reportdiff compare --help` for the headless command.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles (or folders of articles) to compare")
    parser.add_argument("--version", action=_VersionAction, help="print ReportDiff's version and exit")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="open at {}x{} (or --size), save a screenshot once drawn, and exit".format(*SCREENSHOT_SIZE),
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        help="window size for --screenshot (default {}x{})".format(*SCREENSHOT_SIZE),
    )
    parser.add_argument("--aligned", action="store_true", help="start in the aligned-rows view")
    parser.add_argument(
        "--new-window", action="store_true", help="open a window of its own, even when ReportDiff already runs"
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop", action="store_true", help="add ReportDiff to this user's applications menu and file types"
    )
    desktop.add_argument("--uninstall-desktop", action="store_true", help="remove what --install-desktop added")
    return parser


class _VersionAction(argparse.Action):
    """``--version``: prints the installed version, read only when asked (importlib.metadata costs ~50 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from reportdiff.core import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1366x768: {text!r}") from None
    if not (200 <= w <= 10_000 and 200 <= h <= 10_000):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return w, h


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the window's command line."""
    return build_parser().parse_args(list(argv))


def _qt_message(mode: Any, context: Any, message: str) -> None:
    if not any(quiet in message for quiet in QUIET_QT_MESSAGES):
        print(message, file=sys.stderr)


def make_app(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with ReportDiff's names (for QSettings), style and icon."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from reportdiff.core import __version__
    from reportdiff.resources import resource_path

    from .prefs import APPLICATION, ORGANISATION

    qInstallMessageHandler(_qt_message)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["reportdiff", *(argv or [])])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reportdiff")
    from .app_icon import app_icon
    from .indicator_style import ReadableIndicatorStyle

    app.setStyle(ReadableIndicatorStyle())  # Fusion, its check boxes outlined readably on any window colour

    app.setWindowIcon(app_icon())  # the title bar, the task switcher and the About box
    qss = resource_path("style.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app


def install_excepthook(window: MainWindow) -> None:
    """Unexpected exceptions on the UI thread become a dialog instead of a traceback on stderr: one at a time, so
    an error repeated on every repaint does not open a box per repaint."""
    from PySide6.QtWidgets import QMessageBox

    from .dialogs import show_error_dialog

    open_box: list[QMessageBox] = []

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if open_box:
            print(details, file=sys.stderr, end="")  # a box is already up; the repeat goes to stderr only
            return
        box = show_error_dialog(window, "Something went wrong", f"{exc_type.__name__}: {exc}", details)
        open_box.append(box)
        box.finished.connect(open_box.clear)
        box.destroyed.connect(open_box.clear)

    sys.excepthook = hook


def run_app(argv: Sequence[str]) -> int:
    """Open the window on ``argv``'s files; with ``--screenshot`` save a picture once drawn and exit."""
    import os

    args = parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        from .desktop_install import run

        return run(uninstalling=args.uninstall_desktop)
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer

    from .main_window import MainWindow
    from .prefs import VIEW_ALIGNED, VIEW_COLUMNS

    app = make_app()
    instance = None
    if not (args.new_window or args.screenshot):  # a screenshot run is always a window of its own
        from .single_instance import hand_over_or_listen, serve_window

        handed_over, instance = hand_over_or_listen(args.files)
        if handed_over:
            return 0
    from .worker import prestart

    prestart()  # the engine's process (engine and language model) loads while the window is built
    window = MainWindow()
    if instance is not None:
        serve_window(instance, window)
    install_excepthook(window)
    if args.aligned or args.screenshot:
        # A screenshot shows the same view whatever the last session left behind.
        window.set_view_mode(VIEW_ALIGNED if args.aligned else VIEW_COLUMNS, remember=not args.screenshot)
    status = {"code": 0}

    if args.screenshot:
        out = Path(args.screenshot)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*(args.size or SCREENSHOT_SIZE))

        def shoot(_result: object = None) -> None:
            QTimer.singleShot(250, save)

        def save() -> None:
            app.processEvents()
            ok = window.grab().save(str(out))
            if not ok:
                print(f"reportdiff: cannot write screenshot {out}", file=sys.stderr)
            status["code"] = 0 if ok else 2
            window.prefs.sync()
            app.exit(status["code"])

        def give_up() -> None:
            print("reportdiff: the comparison did not finish in time; no screenshot", file=sys.stderr)
            status["code"] = 3
            app.exit(3)

        def failed(message: str) -> None:
            print(f"reportdiff: {message}", file=sys.stderr)
            status["code"] = 2
            app.exit(2)

        window.comparisonFailed.connect(failed)
        if len(args.files) >= 1:
            window.comparisonDone.connect(shoot)
        else:
            QTimer.singleShot(0, shoot)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, give_up)
    window.show()
    if args.screenshot:
        window.inputs.autosave_enabled = False  # a picture run leaves nothing to restore
    elif not args.files:
        from .inputs import offer_autosave

        QTimer.singleShot(0, lambda: offer_autosave(window))  # after a crash: restore the last comparison?
    if args.files:
        window.add_paths(args.files)
        if args.screenshot and len(window.files) < 2:
            QTimer.singleShot(0, shoot)
    code = app.exec()
    if instance is not None:
        instance.close()  # from here on a new `reportdiff` starts its own window instead of waiting on this one
    window.worker.close()
    from .worker import shutdown_all

    shutdown_all()  # the engine's processes end with the window
    return status["code"] if args.screenshot else code


if __name__ == "__main__":
    sys.exit(main())
