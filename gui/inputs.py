"""The window's ways in beyond File > Open: paste an article, open a folder, save and reopen a comparison
(``.reportdiff``), autosave offered back after a crash, and each article's origin as plain text for its tooltip.

Hooked into the window with a few lines (``MainWindow.__init__``, ``add_paths``, ``closeEvent``, ``gui/app.py``);
the reading itself is the engine's (``core/load.py``, ``core/session.py``). A pasted article becomes a file in
ReportDiff's data folder ("Pasted 1.html"), so it is loaded, compared and reloaded like any other; a reopened
session's articles become ``.rdarticle`` snapshot files there, so the comparison never needs the original files.
"""

from __future__ import annotations

import hashlib
import html
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reportdiff.core import model as m
from reportdiff.core.atomic import WriteError, write_text_atomic
from reportdiff.core.errors import InputError
from reportdiff.core.session import (
    SESSION_SUFFIX,
    read_session,
    save_session,
    session_from_report,
    write_snapshots,
)
from reportdiff.presentation.names import export_stem, shown_path

from . import dialogs

if TYPE_CHECKING:
    from .main_window import MainWindow

AUTOSAVE_NAME = "autosave" + SESSION_SUFFIX
AUTOSAVE_AFTER_MOVE_MS = 1500  # a column's ‹ › clicked a few times in a row is saved once, after the last click
SESSION_FILTER = "ReportDiff comparisons (*.reportdiff)"
PASTE_SHORTCUT = "Ctrl+Shift+V"
DATA_DIR_ENV = "REPORTDIFF_DATA_DIR"


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally: Qt guesses rich text from the first tag it sees, so a title
    such as "<b>Breaking</b>" would turn bold; escaped inside a paragraph it shows as typed."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def data_dir() -> Path:
    """ReportDiff's own data folder (pasted articles, reopened sessions, the autosave); ``REPORTDIFF_DATA_DIR``
    points it elsewhere (tests, a portable install)."""
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV])
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".local" / "share" / "reportdiff")


def is_private(path: str | Path) -> bool:
    """Whether ``path`` lies in ReportDiff's own data folder (a reopened session's snapshots, pasted articles, the
    autosave): never a folder to suggest in a dialog or to remember as the user's."""
    try:
        Path(path).resolve().relative_to(data_dir().resolve())
    except (ValueError, OSError):
        return False
    return True


def autosave_path() -> Path:
    """Where the open comparison is saved after each comparison, until the window closes normally."""
    return data_dir() / AUTOSAVE_NAME


def origin_tooltip(article: m.Article) -> str:
    """Where an article's text came from, as rich text made only of escaped plain text (a file called
    "<b>x</b>.txt" shows its name, never bold)."""
    origin = article.origin
    lines = [origin.path or article.path]
    if origin.format:
        read_by = f", read by {origin.extractor}" if origin.extractor else ""
        lines.append(f"{origin.format.upper() if len(origin.format) <= 4 else origin.format.title()}{read_by}")
    lines.extend(origin.notes)
    return "<p style='white-space:pre'>" + "<br>".join(html.escape(line) for line in lines) + "</p>"


def view_state(window: MainWindow) -> dict[str, Any]:
    """The window's view as a session keeps it: mode, text size, selected sentence, column order."""
    selected = window.selected
    return {
        "mode": window.view_mode,
        "point_size": window.point_size,
        "order": list(window.order),
        "selected": [selected.article, selected.sentence] if selected else None,
    }


def apply_view_state(window: MainWindow, view: dict[str, Any]) -> None:
    """Restore what :func:`view_state` kept, ignoring anything that no longer fits the report."""
    mode = view.get("mode")
    if isinstance(mode, str) and mode != window.view_mode:
        window.set_view_mode(mode, remember=False)
    size = view.get("point_size")
    if isinstance(size, (int, float)) and size != window.point_size:
        window.point_size = float(size) - 1
        window.zoom(1)
    selected = view.get("selected")
    report = window.report
    if isinstance(selected, list) and len(selected) == 2 and report is not None:
        a, s = selected
        fits = isinstance(a, int) and isinstance(s, int) and 0 <= a < len(report.articles)
        if fits and 0 <= s < len(report.articles[a].sentences):
            window.select(m.SentenceRef(a, s))


class InputActions(QObject):
    """Paste, open folder, save/open comparison and autosave for one window (``window.inputs``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pasted = 0
        self._pending_view: dict[str, Any] | None = None
        # Snapshot folder of each reopened comparison -> its .reportdiff file: Recent, Save and the dialogs name
        # the user's file, never ReportDiff's private copies.
        self.sessions: dict[Path, Path] = {}
        self.autosave_enabled = True
        window.comparisonDone.connect(self._on_comparison_done)
        # A column moved: the autosave keeps the new order, once the clicks have settled (it writes every text).
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_AFTER_MOVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        window.columnsMoved.connect(self._autosave_timer.start)
        self._add_actions()

    # -- menus -----------------------------------------------------------------------------------------------

    def _add_actions(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = w.file_menu
        first = file_menu.actions()[1] if len(file_menu.actions()) > 1 else None  # after Open Articles…
        self.open_folder_action = self._insert(file_menu, first, "Open &Folder…", self.open_folder, "Ctrl+Shift+O")
        self.open_session_action = self._insert(file_menu, first, "Open &Comparison…", self.open_comparison_dialog)
        export = getattr(w, "export_action", None)
        self.save_action = self._insert(
            file_menu, export, "&Save Comparison…", self.save_comparison, QKeySequence.StandardKey.Save
        )
        edit_menu = w.findChild(type(file_menu), "editMenu")
        if edit_menu is None:
            edit_menu = type(file_menu)("&Edit", w)
            edit_menu.setObjectName("editMenu")
            bar.insertMenu(w.view_menu.menuAction(), edit_menu)
        self.paste_action = self._insert(edit_menu, None, "&Paste as New Article", self.paste_article, PASTE_SHORTCUT)

    def _insert(
        self, menu: Any, before: QAction | None, text: str, slot: Callable[[], None], key: Any = None
    ) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        self.window.addAction(action)  # its shortcut works even with the menu bar hidden
        return action

    # -- paste -----------------------------------------------------------------------------------------------

    def paste_article(self) -> None:
        """Edit > Paste as New Article: the clipboard's HTML (else its text) becomes "Pasted N" and is compared."""
        mime = QGuiApplication.clipboard().mimeData()
        content, suffix = "", ".txt"
        if mime is not None and mime.hasHtml() and mime.html().strip():
            content, suffix = mime.html(), ".html"
        elif mime is not None and mime.hasText():
            content = mime.text()
        if not content.strip():
            self.window.statusBar().showMessage("The clipboard holds no text to paste.", 4000)
            return
        self.pasted += 1
        while (data_dir() / "pasted" / f"Pasted {self.pasted}{suffix}").exists():
            self.pasted += 1
        path = data_dir() / "pasted" / f"Pasted {self.pasted}{suffix}"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, content)
        except (OSError, WriteError) as exc:
            QMessageBox.warning(self.window, "Paste as New Article", f"The pasted text could not be kept: {exc}")
            return
        self.window.add_paths([str(path)])

    # -- folders ---------------------------------------------------------------------------------------------

    def open_folder(self) -> None:
        """File > Open Folder: every article file directly inside the chosen folder joins the comparison."""
        folder = QFileDialog.getExistingDirectory(self.window, "Open Folder", self.window.last_folder())
        if folder:
            self.window.add_paths([folder])

    # -- sessions --------------------------------------------------------------------------------------------

    def save_comparison(self) -> None:
        """File > Save Comparison: the articles' texts, origins and the view, in one .reportdiff file."""
        w = self.window
        if w.report is None:
            w.statusBar().showMessage("Nothing to save yet: open two or more articles first.", 4000)
            return
        articles = [w.report.articles[i] for i in w.order] or list(w.report.articles)
        stem = export_stem([shown_path(a) for a in articles])
        session = self.session_of([a.path for a in w.report.articles])
        suggested = str(session) if session is not None else str(Path(w.last_folder()) / stem)
        path = dialogs.ask_save_path(w, "Save Comparison", suggested, "reportdiff", SESSION_FILTER)
        if not path or w.overwrites_article(path):
            return
        try:
            save_session(path, session_from_report(w.report, view_state(w)))
        except WriteError as exc:
            QMessageBox.warning(w, "The comparison was not saved", str(exc))
            return
        if not is_private(path):
            w.prefs.last_folder = str(Path(path).resolve().parent)
        w.statusBar().showMessage(f"Saved {path}", 8000)

    def open_comparison_dialog(self) -> None:
        """File > Open Comparison: pick a .reportdiff file and reopen it."""
        path, _ = QFileDialog.getOpenFileName(self.window, "Open Comparison", self.window.last_folder(), SESSION_FILTER)
        if path:
            self.open_comparison(path)

    def open_comparison(self, path: str | Path) -> bool:
        """Reopen a saved comparison from its own copy of the texts; False (and a message) when it cannot be read."""
        w = self.window
        try:
            session = read_session(path)
            if len(session.articles) < 2:
                raise InputError(f"{path} holds fewer than two articles")
            digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8", "replace")).hexdigest()[:12]
            folder = data_dir() / "sessions" / digest
            snapshots = write_snapshots(session, folder)
        except (InputError, WriteError, OSError) as exc:
            QMessageBox.warning(w, "The comparison could not be opened", str(exc))
            return False
        self._pending_view = session.view
        order = session.view.get("order")
        if isinstance(order, list) and sorted(order) == list(range(len(snapshots))):
            w.arrange_next([snapshots[i] for i in order])  # the columns as the reader had moved them
        if not is_private(path):  # the autosave is ReportDiff's own: neither a folder nor a recent comparison
            self.sessions[folder.resolve()] = Path(path).resolve()
            w.prefs.last_folder = str(Path(path).resolve().parent)  # where the user keeps this story
        w.open_paths(snapshots)
        return True

    def session_of(self, paths: Sequence[str | Path]) -> Path | None:
        """The .reportdiff file whose snapshots ``paths`` all are (a reopened comparison, unchanged), else None."""
        folders = {Path(p).resolve().parent for p in paths}
        if len(folders) != 1:
            return None
        return self.sessions.get(folders.pop())

    def recent_entry(self, paths: Sequence[str | Path]) -> list[str]:
        """What File > Open Recent keeps for a comparison of ``paths``: a reopened comparison's snapshots become
        its .reportdiff file (reopened as a comparison); other private copies (the autosave's) are left out;
        pasted articles stay (they are the only copy of their text)."""
        entry: list[str] = []
        for p in paths:
            resolved = Path(p).resolve()
            session = self.sessions.get(resolved.parent)
            if session is not None:
                if str(session) not in entry:
                    entry.append(str(session))
            elif not is_private(resolved) or resolved.parent.name == "pasted":
                entry.append(str(p))
        return entry

    def divert_sessions(self, paths: Sequence[str | Path]) -> list[str | Path]:
        """Paths to load as articles; a .reportdiff among them (dropped, opened, on the command line) is
        reopened as a comparison instead."""
        sessions = [p for p in paths if str(p).lower().endswith(SESSION_SUFFIX)]
        if sessions:
            self.open_comparison(sessions[-1])
        return [p for p in paths if not str(p).lower().endswith(SESSION_SUFFIX)]

    # -- autosave --------------------------------------------------------------------------------------------

    def _on_comparison_done(self, _result: object) -> None:
        w = self.window
        if self._pending_view is not None and w.report is not None:
            view, self._pending_view = self._pending_view, None
            apply_view_state(w, view)
        self.autosave()

    def autosave(self) -> None:
        """Keep the comparison on screen, texts and view, where the next start offers it back after a crash."""
        w = self.window
        if self.autosave_enabled and w.report is not None:
            try:
                autosave_path().parent.mkdir(parents=True, exist_ok=True)
                save_session(autosave_path(), session_from_report(w.report, view_state(w)))
            except (OSError, WriteError) as exc:
                w.statusBar().showMessage(f"Autosave failed: {exc}", 8000)

    def closing(self) -> None:
        """The window closes normally: nothing to restore at the next start."""
        self._autosave_timer.stop()  # a column moved just before: not saved after the close
        autosave_path().unlink(missing_ok=True)


def offer_autosave(window: MainWindow, ask: Callable[[], bool] | None = None) -> bool:
    """At start: when the last run left an autosave (it did not close normally), offer to restore it.
    ``ask`` answers the question (tests); by default a dialog asks. True when the comparison was restored."""
    path = autosave_path()
    if not path.is_file():
        return False
    if ask is None:
        def ask() -> bool:
            answer = QMessageBox.question(
                window, "Restore the last comparison?",
                "ReportDiff did not close normally last time. Restore the comparison that was open?",
            )  # fmt: skip
            return answer == QMessageBox.StandardButton.Yes

    if not ask():
        path.unlink(missing_ok=True)
        return False
    return window.inputs.open_comparison(path)
