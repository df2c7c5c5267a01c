"""The main window: articles side by side (or in aligned rows), the legend, the sidebar, menus, and ``run_app``.

It owns the set of files being compared and the Report last drawn. Files come from drops, File > Open, recent
comparisons and the command line; every change of the set starts a background comparison (``worker.py``) and the
window stays usable meanwhile, still showing the previous report. The window draws and navigates the Report; it
never computes anything about the texts itself.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reportdiff.core import model as m

from .aligned_view import AlignedView
from .article_view import DEFAULT_POINT_SIZE, ArticleColumn, FileDropMixin, Highlighter, Mark, SentenceView
from .figures_panel import Sidebar
from .palette import Palette, current_palette
from .widgets import DropZone, LegendBar, MessageBar
from .worker import CompareResult, CompareWorker

ORGANISATION = "ReportDiff"
APPLICATION = "ReportDiff"

# Files a dropped or opened folder contributes; anything else in it (images, PDFs) is skipped silently.
ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}
RECENT_LIMIT = 8
MIN_POINT_SIZE, MAX_POINT_SIZE = 7.0, 28.0
SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_TIMEOUT_MS = 120_000  # a screenshot run that never finishes drawing gives up rather than hang CI
SIDEBAR_WIDTH = 450
# Drawing a report: the first two columns are laid out at once, the rest in slices of
# at most this long per event-loop turn, so the window keeps repainting while 20 articles are drawn.
FIRST_COLUMNS = 2
FILL_BUDGET_S = 0.03
OPEN_FILTER = "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"
PDF_FILTERS = {"A4": "PDF, A4 paper (*.pdf)", "Letter": "PDF, US Letter paper (*.pdf)"}

VIEW_COLUMNS = "columns"
VIEW_ALIGNED = "aligned"

# QSettings keys, in one place.
K_GEOMETRY = "window/geometry"
K_SPLITTER = "window/splitter"
K_VIEW = "view/mode"
K_POINT_SIZE = "view/pointSize"
K_SIDEBAR = "view/sidebar"
K_LAST_FOLDER = "files/lastFolder"
K_RECENT = "files/recent"
K_PAGE_SIZE = "export/pageSize"
K_EXPORT_FOLDER = "export/lastFolder"


# -- dialogs, as module functions so tests can answer them --------------------------------------------------


def ask_open_paths(parent: QWidget, folder: str) -> list[str]:
    """Ask for article files (several at once); empty when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, "Open articles", folder, OPEN_FILTER)
    return list(paths)


def ask_pdf_path(parent: QWidget, suggested: str, page_size: str) -> tuple[str, str] | None:
    """Ask where to save a PDF and on which paper; None when cancelled. The dialog adds ".pdf" itself before it
    asks about overwriting, so the name it confirmed is the name written."""
    dialog = QFileDialog(parent, "Export PDF", suggested, ";;".join(PDF_FILTERS.values()))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    if page_size in PDF_FILTERS:
        dialog.selectNameFilter(PDF_FILTERS[page_size])
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = dialog.selectedFiles()[0]
    chosen = dialog.selectedNameFilter()
    size = next((k for k, v in PDF_FILTERS.items() if v == chosen), page_size)
    if not path.lower().endswith(".pdf"):  # a name with another suffix ("report.v2"): the dialog left it alone
        path += ".pdf"
        if Path(path).exists():
            answer = QMessageBox.question(
                parent, "Export PDF", f"{Path(path).name} already exists. Do you want to replace it?"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
    return path, size


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


class ColumnsArea(FileDropMixin, QScrollArea):
    """The side-by-side columns in a splitter, scrolling sideways when they do not fit; accepts drops."""

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnsArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("columnsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.setWidget(self.splitter)


class MainWindow(FileDropMixin, QMainWindow):
    """ReportDiff's window. ``comparisonDone(CompareResult)`` fires after each comparison has been drawn (or has
    failed on its inputs); ``comparisonFailed(str)`` after an unexpected engine error."""

    comparisonDone = Signal(object)
    comparisonFailed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("ReportDiff")
        self.setAcceptDrops(True)
        self.settings = QSettings()
        self.files: list[str] = []
        self.report: m.Report | None = None
        self.order: list[int] = []
        self.columns: list[ArticleColumn] = []
        self.highlighter: Highlighter | None = None
        self.pal: Palette = current_palette()
        self.view_mode = str(self.settings.value(K_VIEW, VIEW_COLUMNS))
        if self.view_mode not in (VIEW_COLUMNS, VIEW_ALIGNED):
            self.view_mode = VIEW_COLUMNS
        size = _float(self.settings.value(K_POINT_SIZE, DEFAULT_POINT_SIZE), DEFAULT_POINT_SIZE)
        self.point_size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))  # a hand-edited file cannot set 0 or 500
        self.selected: m.SentenceRef | None = None
        self.hovered: m.SentenceRef | None = None
        self._figure_marks: list[tuple[int, int, int, m.SentenceRef]] = []  # article, start, end, sentence
        self._nav: dict[str, list[m.SentenceRef]] = {"discrepancy": [], "unique": []}
        self._nav_pos: dict[str, int] = {"discrepancy": -1, "unique": -1}
        self._aligned_stale = True
        self._draw_generation = 0
        self._unfilled: list[int] = []  # articles whose column is still to be drawn
        self._done_pending: CompareResult | None = None

        self.worker = CompareWorker(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

        self._build_ui()
        self._build_menus()
        self._restore_settings()
        self._show_page()

    # -- construction --------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.topbar = QFrame(central)
        self.topbar.setObjectName("topBar")
        tl = QHBoxLayout(self.topbar)
        tl.setContentsMargins(10, 6, 10, 6)
        tl.setSpacing(6)
        self.view_buttons = QButtonGroup(self)
        self.columns_button = self._segment("Side by side", "Articles in columns (Ctrl+1)", VIEW_COLUMNS)
        self.aligned_button = self._segment("Aligned rows", "Counterparts on the same row (Ctrl+2)", VIEW_ALIGNED)
        tl.addWidget(self.columns_button)
        tl.addWidget(self.aligned_button)
        tl.addSpacing(16)
        self.nav_buttons: list[QToolButton] = []
        self.nav_labels: dict[str, QToolButton] = {}
        for text, tip, kind, step in (
            ("‹", "Previous discrepancy (Shift+F7)", "discrepancy", -1),
            ("Discrepancies", "Next discrepancy (F7)", "discrepancy", 1),
            ("›", "Next discrepancy (F7)", "discrepancy", 1),
            ("‹", "Previous unique sentence (Shift+F8)", "unique", -1),
            ("Unique", "Next unique sentence (F8)", "unique", 1),
            ("›", "Next unique sentence (F8)", "unique", 1),
        ):
            button = QToolButton(self.topbar)
            button.setObjectName("navButton")
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, k=kind, s=step: self.step(k, s))
            tl.addWidget(button)
            self.nav_buttons.append(button)
            if text not in ("‹", "›"):
                self.nav_labels[kind] = button
            if text == "›" and kind == "discrepancy":
                tl.addSpacing(10)
        tl.addStretch(1)
        self.summary_label = QLabel(self.topbar)
        self.summary_label.setObjectName("summaryLabel")
        tl.addWidget(self.summary_label)
        outer.addWidget(self.topbar)
        # The bars may be clipped on a narrow screen rather than force a window wider than the screen.
        self.topbar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.legend = LegendBar(central)
        self.legend.set_palette(self.pal)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        outer.addWidget(self.legend)

        self.message_bar = MessageBar(central)
        outer.addWidget(self.message_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self.splitter)
        self.drop_zone = DropZone(self.stack)
        self.drop_zone.filesDropped.connect(self.add_paths)
        self.drop_zone.openRequested.connect(self.open_dialog)
        self.drop_zone.sampleRequested.connect(self.open_sample)
        self.columns_area = ColumnsArea(self.stack)
        self.columns_area.filesDropped.connect(self.add_paths)
        self.aligned_view = AlignedView(self.stack)
        self._connect_view(self.aligned_view)
        self.stack.addWidget(self.drop_zone)
        self.stack.addWidget(self.columns_area)
        self.stack.addWidget(self.aligned_view)
        self.sidebar = Sidebar(self.splitter, self.pal)
        self.sidebar.factActivated.connect(self.jump_to_fact)
        self.sidebar.linkActivated.connect(self._jump_to_link)
        self.sidebar.quoteActivated.connect(self._jump_to_quote)
        self.sidebar.setMinimumWidth(240)
        self.sidebar.set_report(None)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.sidebar)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.position_label = QLabel(self)
        self.position_label.setObjectName("positionLabel")
        status.addPermanentWidget(self.position_label)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFixedWidth(160)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.progress_label = QLabel(self)
        self.progress_label.hide()
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.progress_bar)

    def _segment(self, text: str, tip: str, mode: str) -> QToolButton:
        button = QToolButton(self.topbar)
        button.setObjectName("segment")
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setChecked(mode == self.view_mode)
        button.clicked.connect(lambda: self.set_view_mode(mode))
        self.view_buttons.addButton(button)
        return button

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = self._action(file_menu, "&Open Articles…", self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self._action(file_menu, "Open the &Sample", self.open_sample)
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, "&Export PDF…", self.export_pdf, "Ctrl+E")
        file_menu.addSeparator()
        self.close_action = self._action(file_menu, "&Close Comparison", self.close_comparison, "Ctrl+W")
        self.quit_action = self._action(file_menu, "&Quit", self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        view_menu = bar.addMenu("&View")
        self.columns_action = self._action(
            view_menu, "&Side by Side", lambda: self.set_view_mode(VIEW_COLUMNS), "Ctrl+1"
        )
        self.aligned_action = self._action(
            view_menu, "&Aligned Rows", lambda: self.set_view_mode(VIEW_ALIGNED), "Ctrl+2"
        )
        view_menu.addSeparator()
        larger = self._action(view_menu, "&Larger Text", lambda: self.zoom(1), "Ctrl+=")
        larger.setShortcuts(_unique_keys("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn))
        smaller = self._action(view_menu, "S&maller Text", lambda: self.zoom(-1), "Ctrl+-")
        smaller.setShortcuts(_unique_keys("Ctrl+-", QKeySequence.StandardKey.ZoomOut))
        self._action(view_menu, "&Reset Text Size", lambda: self.zoom(0), "Ctrl+0")
        view_menu.addSeparator()
        self.sidebar_action = self._action(view_menu, "Show Side&bar", self._toggle_sidebar, "Ctrl+B")
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.fullscreen_action = self._action(view_menu, "&Full Screen", self.toggle_full_screen, "F11")

        go_menu = bar.addMenu("&Go")
        self._action(go_menu, "&Next Discrepancy", lambda: self.step("discrepancy", 1), "F7")
        self._action(go_menu, "&Previous Discrepancy", lambda: self.step("discrepancy", -1), "Shift+F7")
        self._action(go_menu, "Next &Unique Sentence", lambda: self.step("unique", 1), "F8")
        self._action(go_menu, "Previous U&nique Sentence", lambda: self.step("unique", -1), "Shift+F8")
        go_menu.addSeparator()
        self._action(go_menu, "&Clear Selection", self.clear_selection, "Esc")

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About ReportDiff", self.about)
        self._update_recent_menu()

    def _connect_view(self, view: SentenceView) -> None:
        view.hovered.connect(self._on_hover)
        view.clicked.connect(self.select)
        view.filesDropped.connect(self.add_paths)

    # -- settings ------------------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value(K_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*SCREENSHOT_SIZE)
        splitter = self.settings.value(K_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([max(self.width() - SIDEBAR_WIDTH, 400), SIDEBAR_WIDTH])
        shown = str(self.settings.value(K_SIDEBAR, "true")).lower() not in ("false", "0")
        self.sidebar_action.setChecked(shown)
        self.sidebar.setVisible(shown)

    def save_settings(self) -> None:
        """Remember geometry, splitter, sidebar, view mode and text size."""
        self.settings.setValue(K_GEOMETRY, self.saveGeometry())
        self.settings.setValue(K_SIDEBAR, self.sidebar_action.isChecked())
        self.settings.setValue(K_SPLITTER, self.splitter.saveState())
        self.settings.setValue(K_VIEW, self.view_mode)
        self.settings.setValue(K_POINT_SIZE, self.point_size)
        self.settings.sync()

    def last_folder(self) -> str:
        """The folder the last article was opened from (home when none)."""
        folder = str(self.settings.value(K_LAST_FOLDER, "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def recent(self) -> list[list[str]]:
        """Recent comparisons, newest first, each a list of file paths."""
        raw = self.settings.value(K_RECENT, "[]")
        try:
            data = json.loads(str(raw))
        except ValueError:
            return []
        return [list(map(str, item)) for item in data if isinstance(item, list)][:RECENT_LIMIT]

    def _remember(self, paths: Sequence[str]) -> None:
        entry = [str(Path(p).resolve()) for p in paths]
        items = [entry] + [r for r in self.recent() if r != entry]
        self.settings.setValue(K_RECENT, json.dumps(items[:RECENT_LIMIT]))
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        items = self.recent()
        for paths in items:
            more = f" and {len(paths) - 3} more" if len(paths) > 3 else ""
            names = ", ".join(Path(p).name for p in paths[:3]) + more
            action = self.recent_menu.addAction(names)
            action.setToolTip("\n".join(paths))
            action.triggered.connect(lambda _=False, ps=paths: self.open_paths(ps))
        if not items:
            none = self.recent_menu.addAction("No recent comparisons")
            none.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear Menu", self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.setValue(K_RECENT, "[]")
        self._update_recent_menu()

    # -- loading -------------------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """File > Open: pick articles to add to the comparison."""
        paths = ask_open_paths(self, self.last_folder())
        if paths:
            self.add_paths(paths)

    def open_sample(self) -> None:
        """Compare the two bundled seed articles."""
        from reportdiff.resources import sample_paths

        self.open_paths([str(p) for p in sample_paths()])

    def open_paths(self, paths: Sequence[str | Path]) -> None:
        """Replace the comparison with these files."""
        self.files = []
        self.add_paths(paths)

    def add_paths(self, paths: Sequence[str | Path]) -> None:
        """Add files (folders: the articles in them) to the comparison and re-run it."""
        new = expand_paths(paths)
        if not new:
            if paths:
                names = ", ".join(Path(p).name for p in paths)
                self.statusBar().showMessage(f"No articles found in {names}.", 4000)
            return
        known = {Path(p).resolve() for p in self.files}
        added = []
        for path in new:
            resolved = Path(path).resolve()
            if resolved not in known:
                known.add(resolved)
                added.append(path)
        if not added:
            self.statusBar().showMessage("Those articles are already in the comparison.", 4000)
            return
        self.settings.setValue(K_LAST_FOLDER, str(Path(added[-1]).resolve().parent))
        self.files.extend(added)
        self.message_bar.dismiss()
        self.run_comparison()

    def remove_article(self, index: int) -> None:
        """Take one article (by report index) out of the comparison and re-run it."""
        if self.report is None:
            return
        path = Path(self.report.articles[index].path).resolve()
        self.files = [p for p in self.files if Path(p).resolve() != path]
        self.run_comparison()

    def close_comparison(self) -> None:
        """Back to the empty window."""
        self.worker.cancel()
        self.files = []
        self._set_report(None)
        self._end_progress()
        self.message_bar.dismiss()
        self.drop_zone.set_pending([])
        self._show_page()

    def run_comparison(self) -> None:
        """Compare the current files in the background (a running comparison becomes stale)."""
        if len(self.files) < 2:
            self.worker.cancel()
            self._end_progress()
            if self.report is not None:
                self._set_report(None)
            self.drop_zone.set_pending([Path(p).name for p in self.files])
            self._show_page()
            return
        self._done_pending = None  # a newer comparison is under way: the one being drawn is no longer news
        self.worker.start(list(self.files))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.progress_label.setText(f"Comparing {len(self.files)} articles…")
        self.progress_label.show()

    def _on_progress(self, stage: str, fraction: float) -> None:
        self.progress_bar.setValue(round(fraction * 100))
        self.progress_label.setText(f"{stage.capitalize()}…")

    def _end_progress(self) -> None:
        self.progress_bar.hide()
        self.progress_label.hide()

    def _on_finished(self, result: CompareResult) -> None:
        self._end_progress()
        failed = {e.path for e in result.errors if e.path}
        messages = [str(e.message) for e in result.errors]
        if failed:
            bad = {Path(p).resolve() for p in failed}
            self.files = [p for p in self.files if Path(p).resolve() not in bad]
        report = result.report
        redraw = False
        if isinstance(report, m.Report):
            # The very same report again (a bad file was dropped beside them): keep what is drawn, and the
            # selection. Same files with edited text compare unequal and are redrawn.
            redraw = report != self.report
            self.files = list(result.paths)
            self._remember(result.paths)
            messages.extend(f"Note: {w}" for w in report.warnings)
        elif self.report is None:
            self.drop_zone.set_pending([Path(p).name for p in self.files])
            self._show_page()
        else:
            # Nothing comparable came back (say, too many articles): the comparison on screen stays usable, and
            # its files are the set again, so the rejected ones do not ride along with the next change.
            self.files = [a.path for a in self.report.articles]
        if messages:
            if report is None and len(self.files) < 2 and self.report is None:
                messages.append("Add at least two readable articles to compare.")
            self.message_bar.show_messages(messages)
            self.statusBar().showMessage(messages[0], 8000)
        if redraw:
            self._set_report(report, done=result)  # type: ignore[arg-type]
        else:
            self.comparisonDone.emit(result)

    def _on_failed(self, message: str, details: str) -> None:
        self._end_progress()
        self.comparisonFailed.emit(message)
        show_error_dialog(self, "The comparison stopped unexpectedly", message, details)

    # -- drawing -------------------------------------------------------------------------------------------

    def show_report(self, report: m.Report) -> None:
        """Draw a report computed elsewhere (a saved JSON report, a test's fixture); its files become the set."""
        self.worker.cancel()
        self._end_progress()
        self.files = [a.path for a in report.articles]
        self._set_report(report)

    def _set_report(
        self, report: m.Report | None, order: Sequence[int] | None = None, done: CompareResult | None = None
    ) -> None:
        """Draw ``report`` (None: the empty window), its columns in ``order`` (default: as the report lists them);
        ``done`` is announced by ``comparisonDone`` once every column is filled, and only by this drawing."""
        self._draw_generation += 1  # stops the filling of a previous report's columns
        self._unfilled = []
        self._done_pending = done if report is not None else None  # never a result of an earlier drawing
        self.report = report
        self.selected = self.hovered = None
        self._figure_marks = []
        self._nav_pos = {"discrepancy": -1, "unique": -1}
        self.position_label.clear()
        for column in self.columns:
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        if report is None:
            self.highlighter = None
            self.order = []
            self.sidebar.set_report(None)
            self.sidebar.setEnabled(True)
            self.summary_label.clear()
            self.aligned_view.clear()
            self.setWindowTitle("ReportDiff")
            self._build_nav()
            self._show_page()
            return
        self.highlighter = Highlighter(report, self.pal)
        natural = list(range(len(report.articles)))
        self.order = list(order) if order is not None and sorted(order) == natural else natural
        self.sidebar.setEnabled(False)  # it still lists the previous report's facts until the columns are drawn
        self._aligned_stale = True
        self._build_nav()
        discrepancies = sum(1 for k in report.links if k.kind == m.DISCREPANCY)
        conflicts = sum(1 for f in report.facts if f.status == m.CONFLICT)
        self.summary_label.setText(
            f"{len(report.articles)} articles · {len(report.links)} linked pairs · "
            f"{discrepancies} discrepanc{'y' if discrepancies == 1 else 'ies'} · "
            f"{conflicts} figure conflict{'' if conflicts == 1 else 's'}"
        )
        names = " vs ".join(a.source for a in report.articles[:3]) + (" …" if len(report.articles) > 3 else "")
        self.setWindowTitle(f"{names} — ReportDiff")
        self._draw_generation += 1
        self._unfilled = list(self.order)
        self._fill_columns(self._draw_generation)
        self._show_page()

    def _fill_columns(self, generation: int) -> None:
        """Lay out the columns' text a few at a time, so 20 articles never freeze the window for long."""
        if generation != self._draw_generation or self.report is None or self.highlighter is None:
            return
        started = time.perf_counter()
        while self._unfilled:
            first_batch = len(self.columns) < FIRST_COLUMNS
            if not first_batch and time.perf_counter() - started > FILL_BUDGET_S:
                break
            self._add_column(self._unfilled.pop(0))
        self._update_column_positions()
        self._even_columns()
        if self._unfilled:
            QTimer.singleShot(0, lambda: self._fill_columns(generation))
            return
        self.sidebar.set_report(self.report)  # after the columns: the text is what a reader looks at first
        self.sidebar.setEnabled(True)
        self._refresh_marks()
        result, self._done_pending = self._done_pending, None
        if result is not None:
            self.comparisonDone.emit(result)

    def _add_column(self, index: int) -> None:
        assert self.report is not None and self.highlighter is not None
        column = ArticleColumn(self.columns_area.splitter)
        # Lay the text out at about its final width at once, not at a placeholder width first.
        n = max(len(self.order), 1)
        area = self.columns_area.viewport().size()
        column.resize(max(ArticleColumn.MIN_WIDTH, area.width() // n), max(area.height(), 200))
        column.view.palette_ = self.pal
        column.show_article(self.report, index, self.highlighter, self.point_size)
        self._connect_view(column.view)
        column.moveRequested.connect(lambda step, c=column: self.move_column(c, step))
        column.closeRequested.connect(lambda c=column: self.remove_article(c.article_index))
        self.columns_area.splitter.addWidget(column)
        self.columns.append(column)

    def is_drawn(self) -> bool:
        """Whether every column of the current report has its text laid out."""
        return not self._unfilled

    def _even_columns(self) -> None:
        n = len(self.columns)
        if n:
            width = max(self.columns_area.viewport().width(), ArticleColumn.MIN_WIDTH * n)
            self.columns_area.splitter.setSizes([width // n] * n)

    def _update_column_positions(self) -> None:
        for pos, column in enumerate(self.columns):
            column.set_position(pos, len(self.columns))

    def move_column(self, column: ArticleColumn, step: int) -> None:
        """Move a column left (-1) or right (+1)."""
        pos = self.columns.index(column)
        new = pos + step
        if not 0 <= new < len(self.columns):
            return
        self.columns.insert(new, self.columns.pop(pos))
        self.order = [c.article_index for c in self.columns]
        self.columns_area.splitter.insertWidget(new, column)
        self._update_column_positions()
        self._aligned_stale = True
        self._build_nav()
        if self.view_mode == VIEW_ALIGNED:
            self._draw_aligned()

    def _draw_aligned(self) -> None:
        if self.report is not None and self.highlighter is not None:
            self.aligned_view.show_report(self.report, self.order, self.highlighter, self.point_size)
            self._aligned_stale = False
            self._refresh_marks()

    def _show_page(self) -> None:
        if self.report is None:
            self.stack.setCurrentWidget(self.drop_zone)
        elif self.view_mode == VIEW_ALIGNED:
            if self._aligned_stale:
                self._draw_aligned()
            self.stack.setCurrentWidget(self.aligned_view)
        else:
            self.stack.setCurrentWidget(self.columns_area)
        has = self.report is not None
        self.export_action.setEnabled(has)
        for button in self.nav_buttons:
            button.setEnabled(has)

    def set_view_mode(self, mode: str, remember: bool = True) -> None:
        """Switch between side-by-side columns and aligned rows (``remember``: for the next start too)."""
        self.view_mode = mode
        self.columns_button.setChecked(mode == VIEW_COLUMNS)
        self.aligned_button.setChecked(mode == VIEW_ALIGNED)
        if remember:
            self.settings.setValue(K_VIEW, mode)
        self._show_page()
        self._refresh_marks()  # the frames were kept up to date only in the view that was showing
        if self.selected is not None:
            self._reveal_selection(center=True)

    def views(self) -> list[SentenceView]:
        """Every sentence view currently showing the report."""
        if self.view_mode == VIEW_ALIGNED:
            return [self.aligned_view]
        return [c.view for c in self.columns]

    def column_for(self, article: int) -> ArticleColumn | None:
        """The column showing article ``article``."""
        return next((c for c in self.columns if c.article_index == article), None)

    def zoom(self, step: int) -> None:
        """Text size: +1 larger, -1 smaller, 0 back to the default."""
        size = DEFAULT_POINT_SIZE if step == 0 else self.point_size + step
        self.point_size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))
        self.settings.setValue(K_POINT_SIZE, self.point_size)
        for column in self.columns:
            column.view.set_point_size(self.point_size)
        self.aligned_view.set_point_size(self.point_size)
        self.statusBar().showMessage(f"Text size {self.point_size:g} pt", 2000)

    def toggle_full_screen(self) -> None:
        """F11."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def _toggle_sidebar(self) -> None:
        self.sidebar.setVisible(self.sidebar_action.isChecked())

    # -- selection, hover, navigation ----------------------------------------------------------------------

    def linked_refs(self, ref: m.SentenceRef) -> list[m.SentenceRef]:
        """The counterparts of ``ref`` in the other articles."""
        if self.highlighter is None:
            return []
        return [link.other(ref) for link in self.highlighter.links_of(ref)]

    def select(self, ref: m.SentenceRef | None) -> None:
        """Select a sentence: frame it and its counterparts, and scroll the counterparts into view."""
        self.selected = ref
        self._figure_marks = []
        self._refresh_marks()
        if ref is not None:
            self._reveal_selection(center=False)
            self.statusBar().showMessage(self.describe(ref))

    def clear_selection(self) -> None:
        """Esc: no sentence or figure framed any more."""
        self.select(None)
        self.position_label.clear()
        self.statusBar().clearMessage()

    def describe(self, ref: m.SentenceRef) -> str:
        """One line about a sentence for the status bar: where it is, what it is, what it is linked to."""
        if self.report is None or self.highlighter is None:
            return ""
        article = self.report.articles[ref.article]
        sentence = self.report.sentence(ref)
        kind = self.highlighter.kind_of(ref)
        parts = [f"{article.source}, paragraph {sentence.paragraph + 1}: {kind}"]
        for link in self.highlighter.links_of(ref)[:3]:
            other = self.report.articles[link.other(ref).article].source
            note = f" — {link.notes[0]}" if link.notes else ""
            parts.append(f"{other} {link.similarity:.0%}{note}")
        return " · ".join(parts)

    def _reveal_selection(self, center: bool) -> None:
        if self.selected is None:
            return
        targets = [self.selected, *self.linked_refs(self.selected)]
        for view in self.views():
            for ref in targets:
                if view.range_of(ref) is not None:
                    view.reveal(ref, center=center or ref != self.selected)
                    break

    def _on_hover(self, ref: m.SentenceRef | None) -> None:
        self.hovered = ref
        self._refresh_marks()
        if ref is None or self.view_mode == VIEW_ALIGNED:
            return
        for other in self.linked_refs(ref):
            column = self.column_for(other.article)
            if column is not None:
                column.view.reveal(other, keep=False)  # the selection's counterpart stays the one kept in view

    def _refresh_marks(self) -> None:
        selected = self.selected
        linked = set(self.linked_refs(selected)) if selected is not None else set()
        hover = self.hovered if self.hovered != selected else None
        hover_linked = set(self.linked_refs(hover)) - linked - {selected} if hover is not None else set()
        for view in self.views():
            marks: list[Mark] = []
            for style, refs in (
                ("hover_linked", hover_linked),
                ("hover", {hover} if hover else set()),
                ("linked", linked),
                ("selected", {selected} if selected else set()),
            ):
                for ref in refs:
                    rng = view.range_of(ref)
                    if rng is not None:
                        marks.append(Mark(style, rng[0], rng[1], ref))
            for _, start, end, ref in self._figure_marks:
                rng = view.offset_range(self.report, ref, start, end) if self.report else None
                if rng is not None:
                    marks.append(Mark("figure", rng[0], rng[1], ref))
            view.set_marks(marks)

    def _build_nav(self) -> None:
        report = self.report
        if report is None:
            self._nav = {"discrepancy": [], "unique": []}
            self._update_nav_labels()
            return
        pos = {art: i for i, art in enumerate(self.order)}
        disc = []
        for link in report.links:
            if link.kind == m.DISCREPANCY:
                first = min((link.source, link.target), key=lambda r: (pos.get(r.article, 99), r.sentence))
                disc.append(first)
        key = lambda r: (pos.get(r.article, 99), r.sentence)  # noqa: E731 - a sort key, read in place
        self._nav["discrepancy"] = sorted(dict.fromkeys(disc), key=key)
        self._nav["unique"] = sorted((ref for ref, s in report.iter_sentences() if s.status == m.UNIQUE), key=key)
        self._nav_pos = {"discrepancy": -1, "unique": -1}
        self._update_nav_labels()

    def _update_nav_labels(self) -> None:
        for kind, word in (("discrepancy", "Discrepancies"), ("unique", "Unique")):
            n = len(self._nav[kind]) if self.report is not None else 0
            self.nav_labels[kind].setText(f"{word} ({n})" if self.report is not None else word)

    def step(self, kind: str, step: int) -> None:
        """Go to the next (+1) or previous (-1) discrepancy or unique sentence, and say which one of how many."""
        items = self._nav.get(kind, [])
        noun = "discrepancy" if kind == "discrepancy" else "unique sentence"
        if not items:
            self.position_label.setText(f"No {noun.replace('discrepancy', 'discrepancie')}s" if self.report else "")
            return
        current = self._nav_pos[kind]
        new = (current + step) % len(items) if current >= 0 else (0 if step > 0 else len(items) - 1)
        self._nav_pos[kind] = new
        ref = items[new]
        self.select(ref)
        self._reveal_selection(center=True)
        self.position_label.setText(f"{noun.capitalize()} {new + 1} of {len(items)}")
        if current >= 0 and ((step > 0 and new < current) or (step < 0 and new > current)):
            self.statusBar().showMessage("Wrapped around", 2000)

    def position_text(self) -> str:
        """What the status bar says about the navigation position ("Discrepancy 3 of 7")."""
        return self.position_label.text()

    def jump_to_fact(self, fact: m.Fact) -> None:
        """Show every figure of a fact, in every column, framed."""
        if self.report is None:
            return
        self.selected = None
        self._figure_marks = []
        for i in fact.figures:
            fig = self.report.figures[i]
            self._figure_marks.append((fig.article, fig.start, fig.end, m.SentenceRef(fig.article, fig.sentence)))
        self._refresh_marks()
        for view in self.views():
            for _, start, end, ref in self._figure_marks:
                rng = view.offset_range(self.report, ref, start, end)
                if rng is not None:
                    view.reveal(rng, center=True)
                    break
        note = f" — {fact.note}" if fact.note else ""
        self.statusBar().showMessage(f"{fact.label}: {fact.status.replace('_', ' ')}{note}", 6000)

    def _jump_to_link(self, link: m.Link) -> None:
        self.select(link.source)
        self._reveal_selection(center=True)

    def _jump_to_quote(self, quote: m.Quote) -> None:
        self.select(m.SentenceRef(quote.article, quote.sentence))
        self._reveal_selection(center=True)

    # -- export, about, errors -----------------------------------------------------------------------------

    def export_pdf(self) -> None:
        """File > Export PDF: ask where and on which paper, write it, say so."""
        if self.report is None:
            self.statusBar().showMessage("Nothing to export yet: open two or more articles first.", 4000)
            return
        page_size = str(self.settings.value(K_PAGE_SIZE, "A4"))
        folder = Path(str(self.settings.value(K_EXPORT_FOLDER, "") or self.last_folder()))
        stem = "-vs-".join(Path(a.path).stem for a in self.report.articles[:2])
        answer = ask_pdf_path(self, str(folder / f"{stem}.pdf"), page_size)
        if answer is None:
            return
        path, page_size = answer
        self.settings.setValue(K_PAGE_SIZE, page_size)
        self.settings.setValue(K_EXPORT_FOLDER, str(Path(path).parent))
        from reportdiff.core.atomic import WriteError

        try:
            from .pdf import write_pdf
        except ImportError:
            QMessageBox.warning(self, "Export PDF", "PDF export is not available in this build of ReportDiff.")
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_pdf(self.report, Path(path), page_size)
        except WriteError as exc:
            error: WriteError | None = exc
        else:
            error = None
        finally:
            QApplication.restoreOverrideCursor()  # whatever happened, the cursor is not left spinning
        if error is not None:
            QMessageBox.warning(self, "The PDF was not saved", str(error))
            return
        self.statusBar().showMessage(f"Saved {path} ({page_size})", 8000)

    def about(self) -> None:
        """Help > About: what this is, and its version."""
        from reportdiff.core import __version__

        QMessageBox.about(
            self,
            "About ReportDiff",
            f"<h3>ReportDiff {__version__}</h3>"
            "<p>Compares news reports of the same event side by side: which statements they share, how they "
            "word them, which figures and quotations differ, and what only one of them reports.</p>"
            "<p>Colours: the Okabe–Ito palette, readable with common colour-vision deficiencies.</p>",
        )

    # -- window events -------------------------------------------------------------------------------------

    def files_dropped(self, paths: list[str]) -> None:
        """Files dropped anywhere on the window are added."""
        self.add_paths(paths)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw in the new colours when the system switches between light and dark."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(
            self, "legend"
        ):
            pal = current_palette()
            if pal.dark != self.pal.dark:
                self.pal = pal
                self.legend.set_palette(pal)
                self.sidebar.model.palette = pal
                if self.report is not None:
                    selected = self.selected
                    # The columns stay where the reader put them; a result not yet announced still is, once drawn.
                    self._set_report(self.report, order=self.order, done=self._done_pending)
                    self.select(selected)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save settings and let a running comparison stop before the window goes."""
        self.save_settings()
        self.worker.cancel()
        self.worker.wait(3000)
        super().closeEvent(event)


def _unique_keys(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Shortcuts without repeats: the platform's ZoomOut is often Ctrl+- already, and a repeat is "ambiguous"."""
    out: list[QKeySequence] = []
    for key in keys:
        seqs = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        out.extend(seq for seq in seqs if not seq.isEmpty() and seq not in out)
    return out


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def show_error_dialog(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    """A non-modal error box, with the technical details folded away."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("ReportDiff")
    box.setText(title)
    box.setInformativeText(message + "\n\nThe rest of the window still works. Please report this.")
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.show()
    return box


def _install_excepthook(window: MainWindow) -> None:
    """Unexpected exceptions on the UI thread become a dialog instead of a traceback on stderr: one at a time, so
    an error repeated on every repaint does not open a box per repaint."""
    open_box: list[QMessageBox] = []

    def hook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))  # type: ignore[arg-type]
        if open_box:
            print(details, file=sys.stderr, end="")  # a box is already up; the repeat goes to stderr only
            return
        box = show_error_dialog(window, "Something went wrong", f"{exc_type.__name__}: {exc}", details)
        open_box.append(box)
        box.finished.connect(open_box.clear)
        box.destroyed.connect(open_box.clear)

    sys.excepthook = hook


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="reportdiff",
        description="Compare news reports side by side. `reportdiff compare --help` for the headless command.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles (or folders of articles) to compare")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="open at 1400x900, save a screenshot once drawn, and exit"
    )
    parser.add_argument("--aligned", action="store_true", help="start in the aligned-rows view")
    return parser.parse_args(list(argv))


# Qt warnings that say nothing to a user of ReportDiff (the offscreen platform cannot size windows by hints).
QUIET_QT_MESSAGES = ("propagateSizeHints",)


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not any(quiet in message for quiet in QUIET_QT_MESSAGES):
        print(message, file=sys.stderr)


def make_app(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with ReportDiff's names (for QSettings), style and icon."""
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance()
    if app is None:
        app = QApplication(["reportdiff", *(argv or [])])
    from reportdiff.core import __version__
    from reportdiff.resources import resource_path

    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reportdiff")
    app.setStyle("Fusion")
    icon = resource_path("reportdiff.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = resource_path("style.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def run_app(argv: Sequence[str]) -> int:
    """Open the window on ``argv``'s files; with ``--screenshot`` save a picture once drawn and exit."""
    import os

    args = _parse_args(argv)
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    window = MainWindow()
    _install_excepthook(window)
    if args.aligned or args.screenshot:
        # A screenshot shows the same view whatever the last session left behind.
        window.set_view_mode(VIEW_ALIGNED if args.aligned else VIEW_COLUMNS, remember=not args.screenshot)
    status = {"code": 0}

    if args.screenshot:
        out = Path(args.screenshot)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*SCREENSHOT_SIZE)

        def shoot(_result: object = None) -> None:
            QTimer.singleShot(250, save)

        def save() -> None:
            app.processEvents()
            ok = window.grab().save(str(out))
            if not ok:
                print(f"reportdiff: cannot write screenshot {out}", file=sys.stderr)
            status["code"] = 0 if ok else 2
            window.settings.sync()
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
    if args.files:
        window.add_paths(args.files)
        if args.screenshot and len(window.files) < 2:
            QTimer.singleShot(0, shoot)
    code = app.exec()
    window.worker.cancel()
    window.worker.wait(3000)
    return status["code"] if args.screenshot else code
