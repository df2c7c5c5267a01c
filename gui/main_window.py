"""The main window: articles side by side (or in aligned rows), the legend, the sidebar, menus, and ``run_app``.

It owns the set of files being compared and the Report last drawn. Files come from drops, File > Open, recent
comparisons and the command line; every change of the set starts a background comparison (``worker.py``) and the
window stays usable meanwhile, still showing the previous report. The window draws and navigates the Report; it
never computes anything about the texts itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reportdiff.core import model as m
from reportdiff.core.article_files import expand_paths
from reportdiff.presentation.labels import note_text, sentence_label
from reportdiff.presentation.names import export_stem, one_outlet, shown_path
from reportdiff.presentation.reorder import reordered
from reportdiff.presentation.totals import Totals, totals

from . import dialogs
from .aligned_view import AlignedView
from .column import ArticleColumn, ColumnsArea
from .drops import FileDropMixin
from .export_process import ExportJob
from .figures_panel import Sidebar
from .find import FindBar, Match, find_all
from .highlight import Highlighter, SentencePlan
from .inputs import InputActions, is_private
from .menus import build_menus
from .navigation import NOUNS, Navigator, nav_targets
from .palette import Palette, current_palette, fix_readability
from .prefs import DEFAULT_POINT_SIZE, VIEW_ALIGNED, VIEW_COLUMNS, Prefs, clamp_point_size
from .sentence_view import Mark, SentenceView
from .slices import Slices
from .top_bar import TopBar
from .widgets import DropZone, LegendBar, MessageBar, ProgressPage, fitting
from .worker import CompareResult, CompareWorker

DEFAULT_SIZE = (1400, 900)
SIDEBAR_WIDTH = 450  # at most; on a first start about a quarter of the window
SIDEBAR_SHARE = 0.27
SIDEBAR_MIN = 240
FIRST_START_SCREEN_SHARE = 0.92  # a first start fills most of the available screen, never more than it
READABLE_COLUMNS = 3  # the sidebar shrinks, then folds away, before fewer than three columns (or all, if fewer)
# fit side by side: at 1366 px, three 290 px columns and a 240 px sidebar
# The sidebar widens past its share to show every article's figures side by side (Sidebar.wanted_width), as long as
# every text column that fits beside it still does, and never past this: with many articles the rest scroll.
SIDEBAR_TABLE_MOST = 600
# A part of a text column this wide beside the sidebar shows the first 15 or so characters of its lines, two or
# three words: the reader's own sidebar width stays beside it. A narrower part (35 px of a fourth column under a
# width saved with two articles, shown with five at 1366 px) is a sliver: the sidebar takes it or yields.
USEFUL_PART = ArticleColumn.MIN_WIDTH // 2
# With no report, the sidebar folds away once the window leaves its page (the welcome or the progress page) less
# than this beyond the page's least width: the window, 584 px at least with the sidebar, can then be narrowed to
# the page's least (344 px), as it can once the columns fold it away.
PAGE_FOLD_SLACK = 24
# The fold message's shorter forms, for a status bar too narrow for the whole sentence (below ~430 px it was cut
# before its shortcut, which is the part a reader needs): the shortcut kept in each.
FOLD_MESSAGES_SHORT = ("Sidebar folded away to leave room (Ctrl+B).", "Sidebar folded away (Ctrl+B).")
FOLD_MESSAGE_MS = 5000
# Drawing a report: column text, the aligned rows and the sidebar are laid out in slices of about this long per
# event-loop turn (Qt's layout of each slice's text included), so the window keeps repainting while 20 articles,
# a 100k-word pair or one paragraph of 20,000 sentences are drawn (issues 8 and 12: no stall over 100 ms; a
# slice of 30 ms leaves room for the paint and the input events of the turn).
FILL_BUDGET_S = 0.02
DRAW_JOB, ALIGNED_JOB = "draw", "aligned"  # the drawing jobs of ``self.slices``
_styled_for: list[int] = []  # the application palette (cacheKey) the style sheet was last applied for


def restyle(app: QApplication) -> None:
    """Apply the application's style sheet again for its current palette, once per palette (every window asks):
    its palette(...) colours are resolved when it is applied, and applying the same text again is not enough."""
    key = app.palette().cacheKey()
    sheet = app.styleSheet()
    if not sheet or _styled_for == [key]:
        return
    _styled_for[:] = [key]
    app.setStyleSheet("")
    app.setStyleSheet(sheet)


class MainWindow(FileDropMixin, QMainWindow):
    """ReportDiff's window. ``comparisonDone(CompareResult)`` fires after each comparison has been drawn (or has
    failed on its inputs); ``comparisonFailed(str)`` after an unexpected engine error."""

    comparisonDone = Signal(object)
    comparisonFailed = Signal(str)
    columnsMoved = Signal()  # a column moved with its ‹ ›: the order a session keeps changed

    # Menus and actions, made by menus.build_menus.
    file_menu: QMenu
    edit_menu: QMenu
    layout_group: QActionGroup
    export_html_action: QAction
    export_json_action: QAction
    undo_action: QAction
    copy_action: QAction
    find_action: QAction
    find_next_action: QAction
    find_prev_action: QAction
    keys_action: QAction
    recent_menu: QMenu
    view_menu: QMenu
    go_menu: QMenu
    help_menu: QMenu
    open_action: QAction
    export_action: QAction
    close_action: QAction
    reload_action: QAction
    quit_action: QAction
    columns_action: QAction
    aligned_action: QAction
    sidebar_action: QAction
    heat_action: QAction
    fullscreen_action: QAction
    next_conflict_action: QAction
    prev_conflict_action: QAction
    next_discrepancy_action: QAction
    prev_discrepancy_action: QAction
    next_unique_action: QAction
    prev_unique_action: QAction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("ReportDiff")
        self.setAcceptDrops(True)
        self.prefs = Prefs()
        self.files: list[str] = []
        self.report: m.Report | None = None
        self.order: list[int] = []
        self.columns: list[ArticleColumn] = []
        self.highlighter: Highlighter | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if not _styled_for:
                _styled_for.append(app.palette().cacheKey())  # the style sheet was applied for this palette
            fix_readability(app)  # secondary text and links readable in a dark palette without their own
        self.pal: Palette = current_palette()
        self.view_mode = self.prefs.view_mode
        self.point_size = self.prefs.point_size
        self.selected: m.SentenceRef | None = None
        self.hovered: m.SentenceRef | None = None
        self._figure_marks: list[tuple[int, int, int, m.SentenceRef]] = []  # article, start, end, sentence
        self.nav = Navigator()
        self._matches: list[Match] = []
        self._match_pos = -1
        self._find_phrase = ""
        self._closed: list[str] = []  # files closed with a column's ×, for Edit > Undo
        # and where each one's column stood and its place among the files compared, to put it back there: the
        # comparison after Undo is the one before the close (same article order, so the same D numbers)
        self._closed_at: dict[str, tuple[int, int]] = {}
        self._restore_at: tuple[Path, int, int] | None = None  # the article Undo is bringing back, and where
        self._arranged: list[Path] | None = None  # the columns' order a reopened comparison was saved with
        # When each file of the comparison on screen was read (size, modification time), to tell a file changed on
        # disk since (File > Reload, a file dropped again); and those of the comparison under way.
        self._read_stamps: dict[Path, Stamp | None] = {}
        self._pending_stamps: dict[Path, Stamp | None] = {}
        self._close_run = False  # the running comparison follows a column's ×
        self._restyle_pending = False  # the style sheet is applied again after a palette change (changeEvent)
        self._aligned_stale = True
        self._draw_generation = 0
        self.slices = Slices(self, FILL_BUDGET_S)  # drawing done a slice per event-loop turn (gui/slices.py)
        self._plans: tuple[m.Report, dict[m.SentenceRef, SentencePlan]] | None = None  # the worker's, per report
        self._drawn = False  # every column and the sidebar of the current report drawn
        self._stats: Totals | None = None  # the drawn report's totals, computed once per drawing
        self._done_pending: CompareResult | None = None

        self.worker = CompareWorker(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.exporter = ExportJob(self)  # File > Export ... in a process of its own (gui/export_process.py)
        self.exporter.progress.connect(self._on_export_progress)
        self.exporter.done.connect(self._on_export_done)
        self.exporter.failed.connect(self._on_export_failed)
        self.exporter.cancelled.connect(self._on_export_cancelled)
        self._export_page_size = self.prefs.page_size

        self._build_ui()
        build_menus(self)
        self.inputs = InputActions(self)  # paste, open folder, save/open comparison, autosave (gui/inputs.py)
        self._update_recent_menu()
        self._restore_settings()
        self._show_page()

    # -- construction --------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.topbar = TopBar(central)
        self.view_buttons = QButtonGroup(self)
        self.columns_button = self._segment("Side by side", "Articles in columns (Ctrl+1)", VIEW_COLUMNS)
        self.aligned_button = self._segment("Aligned rows", "Counterparts on the same row (Ctrl+2)", VIEW_ALIGNED)
        self.topbar.add_view_button(self.columns_button)
        self.topbar.add_view_button(self.aligned_button)
        self.nav_buttons: list[QToolButton] = []
        self.nav_labels: dict[str, QToolButton] = {}
        for text, tip, kind, step in (
            ("‹", "Previous figure conflict (Shift+F6)", "conflict", -1),
            ("Figure conflicts", "Next figure conflict (F6): every source's figure framed", "conflict", 1),
            ("›", "Next figure conflict (F6)", "conflict", 1),
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
            button.setProperty("navKind", kind)
            self.nav_buttons.append(button)
            if text == "›":
                self.topbar.add_stepper_group(self.nav_buttons[-3:])
            if text not in ("‹", "›"):
                self.nav_labels[kind] = button
                button.setProperty("kind", kind)
        # The totals line takes the width the buttons leave, right-aligned, shortened with "…" when it is less
        # than its text: at half a 1920 px screen the buttons kept their full width only at its expense.
        self.summary_label = self.topbar.summary
        outer.addWidget(self.topbar)

        self.legend = LegendBar(central)
        self.legend.set_palette(self.pal)
        # Its entries wrap onto a second row when the window is narrow: as tall as its rows need (height for width).
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        self.drop_zone.compareRequested.connect(self.run_comparison)
        self.columns_area = ColumnsArea(self.stack)
        self.columns_area.filesDropped.connect(self.add_paths)
        self.progress_page = ProgressPage(self.stack)
        self.progress_page.cancelRequested.connect(self.cancel_comparison)
        self.aligned_view = AlignedView(self.stack)
        self._connect_view(self.aligned_view)
        self.stack.addWidget(self.drop_zone)
        self.stack.addWidget(self.columns_area)
        self.stack.addWidget(self.aligned_view)
        self.stack.addWidget(self.progress_page)
        self.sidebar = Sidebar(self.splitter, self.pal)
        self.sidebar.factActivated.connect(self.jump_to_fact)
        self.sidebar.linkActivated.connect(self._jump_to_link)
        self.sidebar.quoteActivated.connect(self._jump_to_quote)
        self.sidebar.widthWanted.connect(self._fit_sidebar)  # its table measured: every article's values in view?
        self.sidebar.setMinimumWidth(SIDEBAR_MIN)
        self._sidebar_folded = False  # hidden by the window to make room, not by the reader
        self._fold_forms: tuple[str, ...] = ()  # the fold message's forms, longest first
        # The width the reader gave the sidebar (dragged, or restored); None until known. The window may show it
        # wider or narrower for a while (no sliver of a column beside it, a narrow window) and comes back to it.
        self._sidebar_chosen: int | None = None
        self.sidebar.set_report(None)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.sidebar)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        outer.addWidget(self.splitter, 1)
        self.find_bar = FindBar(central)
        self.find_bar.searched.connect(self._search)
        self.find_bar.step.connect(self.find_step)
        self.find_bar.closed.connect(lambda: self._search(""))
        outer.addWidget(self.find_bar)
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
        self.export_label = QLabel(self)
        self.export_label.setObjectName("exportLabel")
        self.export_bar = QProgressBar(self)
        self.export_bar.setRange(0, 100)
        self.export_bar.setFixedWidth(120)
        self.export_bar.setTextVisible(False)
        self.export_cancel = QToolButton(self)
        self.export_cancel.setObjectName("exportCancel")
        self.export_cancel.setText("Cancel")
        self.export_cancel.setToolTip("Stop the export (Esc): the file already there stays as it was")
        self.export_cancel.clicked.connect(self.cancel_export)
        for widget in (self.export_label, self.export_bar, self.export_cancel):
            widget.hide()
            status.addPermanentWidget(widget)

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

    def _connect_view(self, view: SentenceView) -> None:
        view.hovered.connect(self._on_hover)
        view.clicked.connect(self.select)
        view.filesDropped.connect(self.add_paths)

    # -- settings ------------------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.prefs.geometry
        available = self._available()
        if geometry is not None and self.restoreGeometry(geometry):
            if available is not None and (
                self.width() > available.width() or self.height() > available.height()
            ):  # saved on a larger screen
                self.resize(min(self.width(), available.width()), min(self.height(), available.height()))
        else:
            self.fit_to_screen()
        splitter = self.prefs.splitter
        # With no width of the reader's own, the sidebar keeps its share of the window as the window changes size
        # (a first start maximised, or ``--size 1920x1080``, left it at the 240 px of the first, small layout).
        self._sidebar_auto = splitter is None or not self.splitter.restoreState(splitter)
        if self._sidebar_auto:
            side = self._sidebar_width(self.width())
            self.splitter.setSizes([max(self.width() - side, 400), side])
        self.splitter.splitterMoved.connect(self._sidebar_dragged)
        shown = self.prefs.sidebar
        self.sidebar_action.setChecked(shown)
        self.sidebar.setVisible(shown)
        # The sidebar as the reader left it: the figures filters and the tab (review s34: both were back to their
        # defaults after every restart).
        self.sidebar.conflicts_only.setChecked(self.prefs.conflicts_only)
        self.sidebar.single_source.setChecked(self.prefs.single_source)
        if self.prefs.sidebar_tab < self.sidebar.count():
            self.sidebar.setCurrentIndex(self.prefs.sidebar_tab)

    def _available(self) -> QRect | None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    @staticmethod
    def _sidebar_width(window_width: int) -> int:
        return max(SIDEBAR_MIN, min(SIDEBAR_WIDTH, int(window_width * SIDEBAR_SHARE)))

    def fit_to_screen(self) -> None:
        """Size and centre the window on the available screen (a first start): most of it, never beyond it."""
        available = self._available()
        if available is None:
            self.resize(*DEFAULT_SIZE)
            return
        w = min(DEFAULT_SIZE[0], int(available.width() * FIRST_START_SCREEN_SHARE))
        h = min(DEFAULT_SIZE[1], int(available.height() * FIRST_START_SCREEN_SHARE))
        if available.width() > 1600:  # a large screen: use it
            w, h = int(available.width() * 0.8), int(available.height() * 0.85)
        self.resize(w, h)
        self.move(available.center() - QPoint(w // 2, h // 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the columns readable: the sidebar shrinks, then folds away, as the window narrows."""
        super().resizeEvent(event)
        self._fit_sidebar()
        self._refit_message()

    def _fit_sidebar(self) -> None:
        # Folded away, the sidebar's View > Show Sidebar is unchecked (it is not shown: one Ctrl+B shows it);
        # the reader's own choice to show it (prefs.sidebar) is kept.
        if not hasattr(self, "sidebar_action") or not (self.sidebar_action.isChecked() or self._sidebar_folded):
            return
        total = self.splitter.width()
        shown = min(len(self.order), READABLE_COLUMNS) if self.report is not None else 0
        needed = self._columns_width(shown)
        if self.report is None:  # the welcome or progress page: it folds the sidebar away too, in a narrow window
            needed = self.stack.minimumSizeHint().width() + PAGE_FOLD_SLACK
        if self._sidebar_folded:
            if total - SIDEBAR_MIN >= needed + 40:  # room again (with a margin, so it does not flicker)
                self._sidebar_folded = False
                self.sidebar_action.setChecked(True)
                self.sidebar.show()
                side = min(self._sidebar_width(total), total - needed)
                self.splitter.setSizes([total - side, side])
            return
        if not self.sidebar.isVisible():
            return
        sizes = self.splitter.sizes()
        side = sizes[1] if len(sizes) > 1 else 0
        if getattr(self, "_sidebar_auto", False):
            # Its share, but not at the cost of a column that would fit beside it (five outlets at 1920 px).
            every = self._columns_width(len(self.order)) if self.report is not None else 0
            room = total - every if total - every >= SIDEBAR_MIN else total - needed
            want = max(SIDEBAR_MIN, min(self._sidebar_width(self.width()), room))
            step = ArticleColumn.MIN_WIDTH + self.columns_area.splitter.handleWidth()
            whole = len(self.order)
            if self.report is not None and total - want < every:
                # The columns scroll sideways anyway: the sliver of one beyond the last whole column serves no
                # one, the sidebar takes it (five outlets at 1366 px: 368 -> 430 px, three articles' figures; four
                # outlets: 450 px left a 30 px sliver of the fourth column under the cap of SIDEBAR_WIDTH).
                whole = max(shown, (total - want - self._columns_width(1) + step) // step)
                want = max(want, min(SIDEBAR_TABLE_MOST, total - self._columns_width(whole)))
            if self.report is not None and self.sidebar.wanted_width() > want:
                # Wider still for the figures table to show every article's values, if the text columns in view
                # keep their least width (five outlets at 1920 px: all five columns and all five values). It
                # takes all the whole columns leave: the values' wrapped lines unwrap in it.
                want = max(want, min(SIDEBAR_TABLE_MOST, total - self._columns_width(whole)))
            if want != side and total - want >= needed:
                self.splitter.setSizes([total - want, want])
                return
        else:
            # The reader's own width (dragged, or restored from the last session), as far as it fits: no sliver
            # of a column beside it either (a width saved with two articles left 35 px of the fourth of five
            # columns under the sidebar at 1366 px), and back to it once there is room again.
            if self._sidebar_chosen is None:
                self._sidebar_chosen = side
            want = self._no_sliver(total, self._sidebar_chosen)
            if want != side and total - want >= needed:
                self.splitter.setSizes([total - want, want])
                return
        if total - side >= needed:
            return
        if total - SIDEBAR_MIN >= needed:
            self.splitter.setSizes([needed, total - needed])
        else:
            self._sidebar_folded = True
            self.sidebar_action.setChecked(False)
            self.sidebar.hide()
            what = "the articles" if self.report is not None else "the page"
            message = f"The sidebar is folded away to leave room for {what} (Ctrl+B)."
            self._fold_forms = (message, *FOLD_MESSAGES_SHORT)
            self.statusBar().showMessage(fitting(self.statusBar(), self._fold_forms), FOLD_MESSAGE_MS)

    def _refit_message(self) -> None:
        """The fold message, shown while the window is still narrowing: its form that fits the narrower bar."""
        status = self.statusBar()
        forms = getattr(self, "_fold_forms", ())  # (a resize while the window is being built)
        if forms and status.currentMessage() in forms:
            shown = fitting(status, forms)
            if shown != status.currentMessage():
                status.showMessage(shown, FOLD_MESSAGE_MS)

    def _no_sliver(self, total: int, side: int) -> int:
        """The sidebar's width nearest ``side`` that leaves no sliver of a text column beside it in a splitter
        ``total`` wide. When the columns scroll sideways, a part of a column beyond the last whole one is either
        shown usefully (USEFUL_PART or more) or is a sliver; the sidebar yields the room for that column whole
        (not below SIDEBAR_MIN) or takes a sliver, whichever moves it less. ``side`` itself when every column
        fits (they widen to fill the room), when a useful part has no better place, or with no report."""
        if self.report is None or total - side >= self._columns_width(len(self.order)):
            return side
        step = ArticleColumn.MIN_WIDTH + self.columns_area.splitter.handleWidth()
        whole = max(0, (total - side - self._columns_width(1) + step) // step)
        if whole == 0:
            return side  # not one column in view: the fold rule decides
        sliver = total - side - self._columns_width(whole)
        if sliver <= 0:
            return side
        widths = [total - self._columns_width(whole + 1), side + sliver]  # yield, take
        fits = [w for w in widths if w >= SIDEBAR_MIN and (w <= side or sliver < USEFUL_PART)]
        return min(fits, key=lambda w: abs(w - side)) if fits else side

    def _columns_width(self, count: int) -> int:
        """The splitter's width that ``count`` text columns take at their least width beside the sidebar (the
        handles between them and the sidebar's included); 0 for none."""
        if count <= 0:
            return 0
        handles = (count - 1) * self.columns_area.splitter.handleWidth() + self.splitter.handleWidth()
        return count * ArticleColumn.MIN_WIDTH + handles

    def _sidebar_dragged(self, _pos: int, _index: int) -> None:
        self._sidebar_auto = False  # the reader chose the sidebar's width: it is kept as the window changes size
        sizes = self.splitter.sizes()
        if len(sizes) > 1 and sizes[1] > 0:
            self._sidebar_chosen = sizes[1]

    def save_settings(self) -> None:
        """Remember geometry, splitter, sidebar (its tab and filters too), view mode and text size."""
        self.prefs.geometry = self.saveGeometry()
        self.prefs.sidebar = self.sidebar_action.isChecked() or self._sidebar_folded  # folded: not the reader's
        self.prefs.splitter = self._splitter_state()
        self.prefs.view_mode = self.view_mode
        self.prefs.point_size = self.point_size
        self.prefs.sidebar_tab = self.sidebar.currentIndex()
        self.prefs.conflicts_only = self.sidebar.conflicts_only.isChecked()
        self.prefs.single_source = self.sidebar.single_source.isChecked()
        self.prefs.sync()

    def _splitter_state(self) -> QByteArray:
        """The splitter's state to remember: with the reader's own sidebar width, not the one the window fitted
        to this comparison for now."""
        sizes = self.splitter.sizes()
        chosen = self._sidebar_chosen
        if chosen is None or len(sizes) != 2 or sizes[1] in (0, chosen) or sum(sizes) - chosen < 0:
            return self.splitter.saveState()
        self.splitter.setSizes([sum(sizes) - chosen, chosen])  # laid out now, not painted before it is put back
        state = self.splitter.saveState()
        self.splitter.setSizes(sizes)
        return state

    def last_folder(self) -> str:
        """The folder the last article was opened from (home when none, or when an earlier version remembered
        ReportDiff's own data folder)."""
        folder = self.prefs.last_folder
        return str(Path.home()) if is_private(folder) else folder

    def recent(self) -> list[list[str]]:
        """Recent comparisons, newest first, each a list of file paths."""
        return self.prefs.recent

    def _remember(self, paths: Sequence[str]) -> None:
        entry = self.inputs.recent_entry(paths)  # a reopened comparison is remembered as its .reportdiff file
        if entry:
            self.prefs.remember(entry)
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
        self.prefs.recent = []
        self._update_recent_menu()

    # -- loading -------------------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """File > Open: pick articles to add to the comparison."""
        paths = dialogs.ask_open_paths(self, self.last_folder())
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
        paths = self.inputs.divert_sessions(paths)  # a .reportdiff reopens a saved comparison instead
        if not paths:
            return
        new = expand_paths(paths)
        if not new:
            if paths:
                names = ", ".join(Path(p).name for p in paths)
                # In the message bar, where an empty or unreadable file is reported: a status-bar line alone went
                # after four seconds, the window otherwise unchanged by the drop.
                self.message_bar.show_messages([f"No articles found in {names}."])
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
            if self.report is None and len(self.files) >= 2 and not self.worker.is_busy():
                self.run_comparison()  # a cancelled comparison's files, kept, asked for again: compare them
                return
            dropped = {Path(p).resolve() for p in new}
            changed = [p for p in self.changed_files() if p in dropped]
            if changed and not self.worker.is_busy():  # corrected on disk and dropped again: read it again
                self.run_comparison()
                self.statusBar().showMessage(f"{_names(changed)} changed on disk: comparing again.", 6000)
                return
            self.statusBar().showMessage(
                "Those articles are already in the comparison, unchanged on disk since they were read.", 4000
            )
            return
        real = [p for p in added if not is_private(p)]  # never ReportDiff's own folder (snapshots, pasted text)
        if real:
            self.prefs.last_folder = str(Path(real[-1]).resolve().parent)
        back = self._restore_at
        if back is not None and len(added) == 1 and Path(added[0]).resolve() == back[0]:
            self.files.insert(min(back[2], len(self.files)), added[0])  # Undo: among the files where it was
        else:
            self.files.extend(added)
        self.message_bar.dismiss()
        self.run_comparison()

    def _carried_order(self, report: m.Report) -> list[int]:
        """The column order for a new comparison of (mostly) the same files: the columns keep the order the reader
        gave them (a reload, an added or closed article), a reopened comparison's stand as they were saved
        (``arrange_next``), a column Undo brings back returns to where it stood, and new articles come last."""
        index = {Path(a.path).resolve(): a.index for a in report.articles}
        shown: list[Path] = []
        arranged, self._arranged = self._arranged, None
        if arranged is not None and set(arranged) == set(index):
            shown = arranged
        elif self.report is not None:
            shown = [Path(self.report.articles[i].path).resolve() for i in self.order if i < len(self.report.articles)]
        order = [index[p] for p in dict.fromkeys(shown) if p in index]
        restore, self._restore_at = self._restore_at, None
        if restore is not None and restore[0] in index and index[restore[0]] not in order:
            order.insert(min(restore[1], len(order)), index[restore[0]])
        order += [a.index for a in report.articles if a.index not in order]
        return order

    def arrange_next(self, paths: Sequence[str | Path]) -> None:
        """The next comparison, if it is of exactly these files, shows their columns in this order (a reopened
        comparison's columns stand as they were saved)."""
        self._arranged = [Path(p).resolve() for p in paths]

    def changed_files(self) -> list[Path]:
        """The files of the comparison on screen that changed on disk since they were read (or are gone)."""
        return [p for p, stamp in self._read_stamps.items() if _stamp(p) != stamp]

    def reload(self) -> None:
        """File > Reload Changed Articles (F5): read again the articles whose files changed on disk since they were
        compared (an outlet corrected its story, a typo fixed in a draft), and compare again."""
        if self.worker.is_busy():
            self.statusBar().showMessage("A comparison is running: it reads every file as it is now.", 4000)
            return
        if self.report is None:
            if len(self.files) >= 2:
                self.run_comparison()  # a cancelled comparison's files: read and compare them now
            return
        changed = self.changed_files()
        gone = [p for p in changed if not p.exists()]
        if gone:
            one = len(gone) == 1
            QMessageBox.warning(
                self,
                "Reload Changed Articles",
                f"{_names(gone)} {'is' if one else 'are'} no longer where {'it was' if one else 'they were'} read "
                f"from ({gone[0].parent}).\n\nThe comparison on screen keeps the text read before. Put the file "
                "back, or close its column (×) to compare without it.",
            )
            return
        if not changed:
            self.statusBar().showMessage("No article has changed on disk since it was compared.", 4000)
            return
        self.run_comparison()
        self.statusBar().showMessage(f"{_names(changed)} changed on disk: comparing again.", 6000)

    def remove_article(self, index: int) -> None:
        """Take one article (by report index) out of the comparison and re-run it."""
        if self.report is None:
            return
        path = Path(self.report.articles[index].path).resolve()
        kept = [Path(p).resolve() != path for p in self.files]
        place = kept.index(False) if False in kept else len(self.files)
        self.files = [p for p, keep in zip(self.files, kept, strict=True) if keep]
        self._closed.append(str(path))
        column = self.order.index(index) if index in self.order else len(self.order)
        self._closed_at[str(path)] = (column, place)
        self.statusBar().showMessage(
            f"Closed {path.name}: Edit > Undo ({self.undo_action.shortcut().toString()}) brings it back", 6000
        )
        self.run_comparison(closing=True)
        self.update_actions()

    def close_comparison(self) -> None:
        """Back to the empty window."""
        self.worker.cancel()
        self.files = []
        self._set_report(None)
        self._end_progress()
        self.message_bar.dismiss()
        self.drop_zone.set_pending([])
        self._show_page()

    def run_comparison(self, closing: bool = False) -> None:
        """Compare the current files in the background (a running comparison becomes stale); ``closing``: the
        run follows a column's × (the close stands even if what is left cannot be compared)."""
        self._close_run = closing
        if len(self.files) < 2:
            self.worker.cancel()
            self._end_progress()
            if self.report is not None:
                self._set_report(None)
            self.drop_zone.set_pending([Path(p).name for p in self.files])
            self._show_page()
            return
        self._done_pending = None  # a newer comparison is under way: the one being drawn is no longer news
        self._pending_stamps = {Path(p).resolve(): _stamp(p) for p in self.files}
        self.worker.start(list(self.files))
        self.progress_page.start([Path(p).name for p in self.files])
        self._show_page()
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.progress_label.setText(f"Comparing {len(self.files)} articles…")
        self.progress_label.show()

    def cancel_comparison(self) -> None:
        """Cancel (the progress page, Esc): stop the running comparison; what was drawn stays, files included.
        With nothing drawn yet, the chosen files stay too, on the empty page with Compare Again (and in File >
        Open Recent), so cancelling to think again never means picking 20 files again."""
        if not self.worker.is_busy():
            return
        self.worker.cancel()
        self._end_progress()
        if self.report is not None:
            self.files = [a.path for a in self.report.articles]
        else:
            self._remember(self.files)
            self.drop_zone.set_pending([Path(p).name for p in self.files], cancelled=True)
        self._show_page()
        self.statusBar().showMessage("Comparison cancelled", 4000)

    def _on_progress(self, stage: str, fraction: float) -> None:
        self.progress_page.set_progress(stage, fraction)
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
            self._read_stamps = {
                (key := Path(p).resolve()): self._pending_stamps.get(key, _stamp(p)) for p in result.paths
            }
            self._remember(result.paths)
            messages.extend(f"Note: {w}" for w in report.warnings)
        elif self.report is None:
            self.drop_zone.set_pending([Path(p).name for p in self.files])
            self._show_page()
        elif self._close_run:
            # A column's × and then fewer than two readable articles (another one's file was deleted): the close
            # stands, as asked (Edit > Undo brings the article back); the message bar says which file is gone.
            self._set_report(None)
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
            self._set_report(report, order=self._carried_order(report), done=result)  # type: ignore[arg-type]
        else:
            self.comparisonDone.emit(result)

    def _on_failed(self, message: str, details: str) -> None:
        self._end_progress()
        self.comparisonFailed.emit(message)
        dialogs.show_error_dialog(self, "The comparison stopped unexpectedly", message, details)

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
        ``done`` is announced by ``comparisonDone`` once every column is filled, and only by this drawing.
        The drawing is a job of ``self.slices``: the first slice now, the rest on later event-loop turns."""
        self._draw_generation += 1
        self.slices.cancel(DRAW_JOB)  # the previous report's drawing (columns, sidebar, aligned rows) stops here
        self.slices.cancel(ALIGNED_JOB)
        self._drawn = False
        self._stats = None
        self._done_pending = done if report is not None else None  # never a result of an earlier drawing
        self.report = report
        self._matches, self._match_pos = [], -1  # the documents searched are being replaced
        self.selected = self.hovered = None
        self._figure_marks = []
        self.nav.reset()
        self.position_label.clear()
        for column in self.columns:
            column.view.stop()
        if self.columns:
            self._discard(self.columns_area.fresh_splitter(), self.columns)
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
        # The sentences' plans the worker worked out for this very report (a redraw keeps them).
        if done is not None and done.report is report and done.plans:
            self._plans = (report, done.plans)
        plans = self._plans[1] if self._plans is not None and self._plans[0] is report else None
        self.highlighter = Highlighter(report, self.pal, heat=self.prefs.heat_map, plans=plans)
        natural = list(range(len(report.articles)))
        self.order = list(order) if order is not None and sorted(order) == natural else natural
        self.sidebar.article_order = list(self.order)  # its table's article columns, once filled, stand so too
        self.sidebar.setEnabled(False)  # it still lists the previous report's facts until the columns are drawn
        self._aligned_stale = True
        outlet = one_outlet([a.source for a in report.articles])
        names = " vs ".join(a.source for a in report.articles[:3]) + (" …" if len(report.articles) > 3 else "")
        self.setWindowTitle(f"{f'Two {outlet} reports' if outlet else names} — ReportDiff")  # as the exports
        self._update_nav_labels()
        self.update_actions()
        self.slices.start(DRAW_JOB, self._draw_steps(report))
        self._show_page()  # the aligned rows, when they show, start first
        self.slices.run_now()

    def _discard(self, splitter: QSplitter, columns: list[ArticleColumn]) -> None:
        """Delete the columns of a previous drawing, hidden already, one per slice (each goes with its
        document), then their splitter: a job of its own that a new drawing does not cancel."""

        def steps() -> Iterator[None]:
            for column in columns:
                column.deleteLater()
                yield
            splitter.deleteLater()

        self.slices.start(f"discard{self._draw_generation}", steps())

    def _draw_steps(self, report: m.Report) -> Iterator[None]:
        """The drawing of ``report``, in steps small enough to share an event-loop turn: counts, navigation,
        every column's frame, each column's text (the view's own slices), the sidebar, then the announcement.
        The aligned rows are a job of their own, started first when they are on screen (``_draw_aligned``)."""
        assert self.highlighter is not None
        self._stats = stats = totals(report)
        self.summary_label.setText(stats.headline())
        yield
        self._build_nav()
        yield
        # First every column's frame (header, empty text), so the widths settle before any text is laid out:
        # a column added later would re-lay out every finished one at a new width.
        for index in self.order:
            self._add_column(index, stats)
            yield
        self._update_column_positions()
        self._fit_sidebar()
        self._even_columns()
        yield
        for column in list(self.columns):
            while not column.view.fill(self.slices.left()):
                yield
            yield
        yield from self.sidebar.fill_steps(report)  # after the columns: the text is what a reader looks at first
        self.sidebar.setEnabled(True)
        yield
        if self.find_bar.isVisible() and self._find_phrase:
            self._search(self._find_phrase)
        self._refresh_marks()
        self._drawn = True
        result, self._done_pending = self._done_pending, None
        if result is not None:
            self.comparisonDone.emit(result)

    def _add_column(self, index: int, stats: Totals) -> ArticleColumn:
        assert self.report is not None and self.highlighter is not None
        column = ArticleColumn(self.columns_area.splitter)
        # Lay the text out at about its final width at once, not at a placeholder width first.
        n = max(len(self.order), 1)
        area = self.columns_area.viewport().size()
        column.resize(max(ArticleColumn.MIN_WIDTH, area.width() // n), max(area.height(), 200))
        column.view.palette_ = self.pal
        column.show_article(self.report, index, self.highlighter, self.point_size, lazy=True, stats=stats)
        self._connect_view(column.view)
        column.moveRequested.connect(lambda step, c=column: self.move_column(c, step))
        column.closeRequested.connect(lambda c=column: self.remove_article(c.article_index))
        self.columns_area.splitter.addWidget(column)
        self.columns.append(column)
        return column

    def is_drawn(self) -> bool:
        """Whether every column of the current report has its text laid out (and the sidebar filled)."""
        return self.report is None or (self._drawn and not self.slices.running(DRAW_JOB))

    def _even_columns(self) -> None:
        n = len(self.columns)
        if n:
            width = max(self.columns_area.viewport().width(), ArticleColumn.MIN_WIDTH * n)
            self.columns_area.splitter.setSizes([width // n] * n)

    def _update_column_positions(self) -> None:
        for pos, column in enumerate(self.columns):
            column.set_position(pos, len(self.columns))
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab walks the columns left to right (each column's buttons, then its text) right after the columns'
        area, so the sidebar comes after them: the columns are made after the sidebar, and Qt's focus chain, in
        order of making, put them last."""
        previous: QWidget = self.columns_area
        for column in self.columns:
            for widget in column.findChildren(QWidget):
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                    QWidget.setTabOrder(previous, widget)
                    previous = widget

    def move_column(self, column: ArticleColumn, step: int) -> None:
        """Move a column left (-1) or right (+1)."""
        pos = self.columns.index(column)
        new = pos + step
        if not 0 <= new < len(self.columns):
            return
        self.columns.insert(new, self.columns.pop(pos))
        self.order = [c.article_index for c in self.columns]
        self.sidebar.set_article_order(self.order)
        self.columns_area.splitter.insertWidget(new, column)
        self._update_column_positions()
        self._aligned_stale = True
        self._build_nav()
        if self.view_mode == VIEW_ALIGNED:
            self._draw_aligned()
            self.slices.run_now()
        self.columnsMoved.emit()

    def _draw_aligned(self) -> None:
        """Start drawing the aligned rows, a slice at a time, before any other drawing job (they show)."""
        if self.report is not None and self.highlighter is not None:
            self._aligned_stale = False
            self.slices.start(ALIGNED_JOB, self._aligned_steps(), first=True)

    def _aligned_steps(self) -> Iterator[None]:
        if self.report is None or self.highlighter is None:
            return
        view = self.aligned_view
        view.begin(self.report, self.order, self.highlighter, self.point_size)
        while not view.fill(self.slices.left()):
            yield
        if self.view_mode == VIEW_ALIGNED:
            self._refresh_marks()
            if self.selected is not None:
                self._reveal_selection(center=True)

    def aligned_is_drawn(self) -> bool:
        """Whether the aligned rows of the current report are laid out (they are drawn when first shown)."""
        return not self._aligned_stale and not self.slices.running(ALIGNED_JOB)

    def _show_page(self) -> None:
        if self.report is None and self.worker.is_busy():
            self.stack.setCurrentWidget(self.progress_page)  # not the welcome page while articles are compared
        elif self.report is None:
            self.stack.setCurrentWidget(self.drop_zone)
        elif self.view_mode == VIEW_ALIGNED:
            if self._aligned_stale:
                self._draw_aligned()
            self.stack.setCurrentWidget(self.aligned_view)
        else:
            self.stack.setCurrentWidget(self.columns_area)
        self.update_actions()

    def set_view_mode(self, mode: str, remember: bool = True) -> None:
        """Switch between side-by-side columns and aligned rows (``remember``: for the next start too)."""
        self.view_mode = mode
        self.columns_button.setChecked(mode == VIEW_COLUMNS)
        self.aligned_button.setChecked(mode == VIEW_ALIGNED)
        if hasattr(self, "columns_action"):
            self.columns_action.setChecked(mode == VIEW_COLUMNS)
            self.aligned_action.setChecked(mode == VIEW_ALIGNED)
        if remember:
            self.prefs.view_mode = mode
        self._show_page()
        self.slices.run_now()  # a small report's aligned rows are drawn at once; a long one's first rows
        if self.find_bar.isVisible() and self._find_phrase:
            self._search(self._find_phrase)  # the matches live in the views now showing
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
        self.point_size = clamp_point_size(size)
        self.prefs.point_size = self.point_size
        for column in self.columns:
            column.view.set_point_size(self.point_size)
        self.aligned_view.set_point_size(self.point_size)
        self.statusBar().showMessage(f"Text size {self.point_size:g} pt", 2000)

    def toggle_full_screen(self) -> None:
        """F11."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def toggle_heat_map(self) -> None:
        """View > Heat Map: tint the sentences fewer sources report (remembered), and redraw."""
        self.prefs.heat_map = self.heat_action.isChecked()
        self._redraw()

    def _redraw(self) -> None:
        """Draw the same report again (new colours, heat map on or off), keeping column order and selection."""
        if self.report is not None:
            selected = self.selected
            self._set_report(self.report, order=self.order, done=self._done_pending)
            self.select(selected)

    def toggle_sidebar(self) -> None:
        """Ctrl+B: show or hide the sidebar (folded away by a narrow window, it shows, narrow)."""
        shown = self.sidebar_action.isChecked()
        if shown and self._sidebar_folded:
            total = self.splitter.width()
            self.splitter.setSizes([max(total - SIDEBAR_MIN, 0), SIDEBAR_MIN])
        self._sidebar_folded = False
        self.sidebar.setVisible(shown)

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
        """Esc: stop a running comparison (else a running export); else no sentence or figure framed any more."""
        if self.worker.is_busy():
            self.cancel_comparison()
            return
        if self.exporter.is_running():
            self.cancel_export()
            return
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
        parts = [f"{article.source}, paragraph {sentence.paragraph + 1}: {sentence_label(kind)}"]
        said = self.highlighter.describe_corroboration(ref) if kind != m.BOILERPLATE else ""
        if said:
            parts.append(said)
        for link in self.highlighter.links_of(ref)[:3]:
            other = self.report.articles[link.other(ref).article].source
            note = f" — {note_text(link.notes[0])}" if link.notes else ""
            parts.append(f"{other} {link.similarity:.0%}{note}")
        return " · ".join(parts)

    def _reveal_selection(self, center: bool) -> None:
        if self.selected is None:
            return
        targets = [self.selected, *self.linked_refs(self.selected)]
        for view in self.views():
            refs = [ref for ref in targets if view.range_of(ref) is not None]
            if not refs:
                continue
            if refs[0] == self.selected:
                view.reveal(refs[0], center=center)
                continue
            # Every counterpart in this view, centred together where they fit in it (the seeds' "The region, home
            # to approximately four million ..." has two in the other article, four sentences apart: the closest
            # was centred and the other left cut at the top edge); else the closest one.
            ranges = [rng for ref in refs if (rng := view.range_of(ref)) is not None]
            span = (min(a for a, _b in ranges), max(b for _a, b in ranges))
            rects = view.range_rects(*span) if len(refs) > 1 else []
            fits = bool(rects) and rects[-1].bottom() - rects[0].top() <= view.viewport().height()
            view.reveal(span if fits else refs[0], center=True)

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
        views = self.views()
        for view in views:
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
            marks.extend(Mark("conflict", a, b, ref) for a, b, ref in view.conflict_ranges)
            index = views.index(view)
            current = self.current_match()
            for i, start, end in self._matches:
                if i == index:
                    style = "find_current" if current == (i, start, end) else "find"
                    marks.append(Mark(style, start, end, None))
            # The full word diff, only for the sentence in focus and its counterparts: each against the focus.
            focus = selected if selected is not None else hover
            if focus is not None and self.highlighter is not None and self.report is not None:
                pairs = [(focus, None)] + [(other, focus) for other in self.linked_refs(focus)]
                for ref, against in pairs:
                    if view.range_of(ref) is None:
                        continue
                    sentence = self.report.sentence(ref)
                    for a, b in self.highlighter.word_spans(ref, against):
                        rng = view.offset_range(self.report, ref, sentence.start + a, sentence.start + b)
                        if rng is not None:
                            marks.append(Mark("words", rng[0], rng[1], ref))
            view.set_marks(marks)

    def _build_nav(self) -> None:
        self.nav.set_targets(nav_targets(self.report, self.order) if self.report is not None else {})
        self._update_nav_labels()
        self.update_actions()

    def _update_nav_labels(self) -> None:
        counts = self._stats if self.report is not None else None
        for kind, word in (("conflict", "Figure conflicts"), ("discrepancy", "Discrepancies"), ("unique", "Unique")):
            button = self.nav_labels[kind]
            n = self.nav.count(kind)
            button.setText(f"{word} ({n})" if counts is not None else word)
            alert = counts is not None and n > 0 and kind != "unique"
            if button.property("alert") != alert:
                button.setProperty("alert", alert)  # the style sheet paints it in the conflict colour
                button.style().unpolish(button)
                button.style().polish(button)

    def step(self, kind: str, step: int) -> None:
        """Go to the next (+1) or previous (-1) discrepancy or unique sentence, and say which one of how many."""
        singular, plural = NOUNS[kind]
        landed = self.nav.step(kind, step)
        if landed is None:
            self.position_label.setText(f"No {plural}" if self.report else "")
            return
        if isinstance(landed.item, m.Fact):
            self.jump_to_fact(landed.item)
        else:
            self.select(landed.item)
            self._reveal_selection(center=True)
        self.position_label.setText(f"{singular.capitalize()} {landed.index + 1} of {landed.total}")
        if landed.wrapped:
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
        """File > Export PDF: ask where and on which paper, then write it in the background (``_start_export``)."""
        if self.report is None:
            self.statusBar().showMessage("Nothing to export yet: open two or more articles first.", 4000)
            return
        if self._export_busy():
            return
        page_size = self.prefs.page_size
        answer = dialogs.ask_pdf_path(self, str(self._export_folder() / f"{self._export_stem()}.pdf"), page_size)
        if answer is None:
            return
        path, page_size = answer
        self._start_export("pdf", path, page_size)

    def export_html(self) -> None:
        """File > Export HTML: the presentation layer's HTML document, written atomically in the background."""
        self._export_file("Export HTML", "html", "HTML page (*.html)")

    def export_json(self) -> None:
        """File > Export JSON: the bytes ``reportdiff compare --json FILE`` writes, by the same writer (atomic, in
        pieces, never the whole document in memory), in the background."""
        self._export_file("Export JSON", "json", "JSON report (*.json)")

    def _export_file(self, title: str, suffix: str, name_filter: str) -> None:
        """Ask where, then write ``suffix`` (html, json) there in the background."""
        if self.report is None or self._export_busy():
            return
        suggested = str(self._export_folder() / f"{self._export_stem()}.{suffix}")
        path = dialogs.ask_save_path(self, title, suggested, suffix, name_filter)
        if path is None:
            return
        self._start_export(suffix, path, self.prefs.page_size)

    def overwrites_article(self, path: str | Path) -> bool:
        """Whether ``path`` is one of the articles being compared (then a dialog says so and nothing is written):
        an export or a saved comparison written over ``ledger.html`` would replace the article itself, often the
        only copy of a page since changed online (review s23 F9)."""
        if self.report is None:
            return False
        target = Path(path).resolve()
        for article in self.report.articles:
            if target in {Path(article.path).resolve(), Path(shown_path(article)).resolve()}:
                QMessageBox.warning(
                    self,
                    "Choose another name",
                    f"{target.name} is one of the articles being compared; writing there would replace the article "
                    "itself.\n\nNothing was written. Choose another name.",
                )
                return True
        return False

    def _export_stem(self) -> str:
        assert self.report is not None
        articles = [self.report.articles[i] for i in self.order] or list(self.report.articles)
        return export_stem([shown_path(a) for a in articles])

    def _export_folder(self) -> Path:
        """Where an export dialog opens: the folder of the last export, else the last folder articles came from."""
        folder = self.prefs.export_folder
        return Path(folder if folder and not is_private(folder) else self.last_folder())

    def _export_busy(self) -> bool:
        if self.exporter.is_running():
            self.statusBar().showMessage("An export is still being written; wait for it or cancel it.", 4000)
            return True
        return False

    def _start_export(self, kind: str, path: str, page_size: str) -> None:
        """Write the shown report to ``path`` in the export's own process; the window stays usable, the status
        bar shows how far it is with a Cancel button. Settings (folder, paper) are kept once the file is written."""
        assert self.report is not None
        if self.overwrites_article(path):
            return
        self._export_page_size = page_size
        self.statusBar().clearMessage()  # never an earlier export's "Saved ..." beside this one
        # The PDF and the HTML list the articles as the columns stand (A is the leftmost); the JSON keeps the order
        # they were compared in, as ``reportdiff compare --json`` writes it.
        report = self.report if kind == "json" else reordered(self.report, self.order)
        self.exporter.start(report, kind, path, page_size)
        self.export_label.setText(f"Exporting {kind.upper()}…")
        self.export_bar.setValue(0)
        for widget in (self.export_label, self.export_bar, self.export_cancel):
            widget.show()
        self.update_actions()

    def cancel_export(self) -> None:
        """The status bar's Cancel (or Esc) during an export: stop it; the file that was there stays as it was."""
        self.exporter.cancel()

    def _on_export_progress(self, stage: str, fraction: float) -> None:
        self.export_label.setText(f"Exporting {self.exporter.kind.upper()}: {stage}…")
        self.export_bar.setValue(round(fraction * 100))

    def _end_export(self) -> None:
        for widget in (self.export_label, self.export_bar, self.export_cancel):
            widget.hide()
        self.update_actions()

    def _on_export_done(self, path: str) -> None:
        self._end_export()
        self.prefs.export_folder = str(Path(path).parent)  # only a folder that was written to is remembered
        kind = self.exporter.kind
        if kind == "pdf":
            self.prefs.page_size = self._export_page_size
            self.statusBar().showMessage(f"Saved {path} ({self._export_page_size})", 8000)
        else:
            self.statusBar().showMessage(f"Saved {path}", 8000)

    def _on_export_failed(self, message: str, details: str) -> None:
        self._end_export()
        kind = self.exporter.kind
        self.statusBar().showMessage(f"The {kind.upper()} file was not saved.", 8000)
        title = "The PDF was not saved" if kind == "pdf" else f"The {kind.upper()} file was not saved"
        if details:
            dialogs.show_error_dialog(self, title, message, details)
        else:
            QMessageBox.warning(self, title, message)

    def _on_export_cancelled(self) -> None:
        self._end_export()
        name = Path(self.exporter.path).name
        left = f"{name} was left as it was" if Path(self.exporter.path).exists() else f"{name} was not written"
        self.statusBar().showMessage(f"Export cancelled: {left}.", 6000)

    # -- edit ----------------------------------------------------------------------------------------------

    def copy(self) -> None:
        """Edit > Copy: the text selected in a view; with none, the selected sentence."""
        focus = QApplication.focusWidget()
        for view in self.views():
            if view.textCursor().hasSelection() and (focus is view or focus is None or focus is view.viewport()):
                view.copy()
                return
        for view in self.views():
            if view.textCursor().hasSelection():
                view.copy()
                return
        if self.selected is not None and self.report is not None:
            QApplication.clipboard().setText(self.report.sentence(self.selected).text)
            self.statusBar().showMessage("Sentence copied", 2000)

    def open_find(self) -> None:
        """Edit > Find (Ctrl+F): the find bar, searching every column."""
        if self.report is None:
            return
        self.find_bar.open_bar()
        if self.find_bar.field.text():
            self._search(self.find_bar.field.text())

    def _search(self, phrase: str) -> None:
        self._find_phrase = phrase
        self._matches = find_all(self.views(), phrase) if phrase and self.report is not None else []
        self._match_pos = -1
        self.find_bar.set_count(-1, len(self._matches), phrase)
        self._refresh_marks()
        self.update_actions()
        if self._matches:
            self.find_step(1)

    def find_step(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous match, in every column, scrolled into view."""
        if not self._matches:
            if self.report is not None and not self.find_bar.isVisible():
                self.open_find()
            return
        n = len(self._matches)
        self._match_pos = (self._match_pos + step) % n if self._match_pos >= 0 else (0 if step > 0 else n - 1)
        index, start, end = self._matches[self._match_pos]
        self.find_bar.set_count(self._match_pos, n, self._find_phrase)
        self._refresh_marks()
        views = self.views()
        if index < len(views):
            views[index].reveal((start, end), center=True, keep=False)

    def current_match(self) -> Match | None:
        """The match the find bar is on (view index, start, end), or None."""
        return self._matches[self._match_pos] if 0 <= self._match_pos < len(self._matches) else None

    # -- undo ----------------------------------------------------------------------------------------------

    def undo(self) -> None:
        """Edit > Undo: bring back the last article closed with its ×."""
        if not self._closed:
            return
        path = self._closed.pop()
        at = self._closed_at.pop(path, None)
        self._restore_at = (Path(path).resolve(), *at) if at is not None else None
        self.add_paths([path])
        self.update_actions()
        self.statusBar().showMessage(f"{Path(path).name} is back in the comparison", 4000)

    def show_keys(self) -> None:
        """Help > Keys and Colours: every shortcut of the menus, and what each colour and mark means."""
        dialogs.show_keys(self, self.menuBar().actions(), self.legend.help_items())

    def update_actions(self) -> None:
        """Enable only the actions that would do something now."""
        has = self.report is not None
        for action in (self.find_action, self.columns_action, self.aligned_action):
            action.setEnabled(has)
        exporting = self.exporter.is_running()  # one export at a time
        for action in (self.export_action, self.export_html_action, self.export_json_action):
            action.setEnabled(has and not exporting)
        self.close_action.setEnabled(bool(self.files) or has)
        self.reload_action.setEnabled(len(self.files) >= 2)
        self.find_next_action.setEnabled(has and bool(self._matches))
        self.find_prev_action.setEnabled(has and bool(self._matches))
        self.undo_action.setEnabled(bool(self._closed))
        self.undo_action.setText(f"&Undo Close {Path(self._closed[-1]).name}" if self._closed else "&Undo")
        for kind, nxt, prev in (
            ("conflict", self.next_conflict_action, self.prev_conflict_action),
            ("discrepancy", self.next_discrepancy_action, self.prev_discrepancy_action),
            ("unique", self.next_unique_action, self.prev_unique_action),
        ):
            on = has and self.nav.count(kind) > 0
            nxt.setEnabled(on)
            prev.setEnabled(on)
        for button in self.nav_buttons:
            button.setEnabled(has and self.nav.count(str(button.property("navKind"))) > 0)

    def about(self) -> None:
        """Help > About: what this is, and its version."""
        dialogs.show_about(self)

    # -- window events -------------------------------------------------------------------------------------

    def files_dropped(self, paths: list[str]) -> None:
        """Files dropped anywhere on the window are added."""
        self.add_paths(paths)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw in the new colours when the system switches between light and dark."""
        super().changeEvent(event)
        palette_change = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_change and not getattr(self, "_restyle_pending", True):
            # After every widget has its new palette (this event reaches them one by one): the style sheet's
            # palette(...) colours are resolved when it is applied, so the top bar and legend stayed light on a
            # switch to dark, their labels white on white (review s22, finding 6).
            self._restyle_pending = True
            QTimer.singleShot(0, self._restyle)
        if event.type() in palette_change and hasattr(self, "legend"):
            app = QApplication.instance()
            if isinstance(app, QApplication) and fix_readability(app):
                return  # the palette changes again, readable now: that change redraws
            pal = current_palette()
            if pal.dark != self.pal.dark:
                self.pal = pal
                self.legend.set_palette(pal)
                self.sidebar.model.palette = pal
                # The columns stay where the reader put them; a result not yet announced still is, once drawn.
                self._redraw()

    def _restyle(self) -> None:
        self._restyle_pending = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            restyle(app)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save settings and let a running comparison stop before the window goes."""
        self.save_settings()
        self._draw_generation += 1
        self.slices.cancel()  # a drawing in progress stops with the window
        for column in self.columns:
            column.view.stop()
        self.aligned_view.stop()
        self.inputs.closing()
        self.exporter.stop_now()  # an export still being written stops; the file already there stays as it was
        self.worker.close()  # the engine's process stops the comparison; an idle one is kept for another window
        super().closeEvent(event)


Stamp = tuple[int, int]  # a file's size and modification time (ns): what changes when it is saved again


def _stamp(path: str | Path) -> Stamp | None:
    """The file's size and modification time, None when it cannot be read."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _names(paths: Sequence[Path]) -> str:
    """"a.md", "a.md and b.txt", "a.md, b.txt and 2 more"."""
    names = [p.name for p in paths]
    if len(names) <= 2:
        return " and ".join(names)
    return f"{names[0]}, {names[1]} and {len(names) - 2} more"
