"""A QTableView whose first columns stay put while the others scroll sideways (Qt's "frozen column" pattern).

``FrozenColumnsTable`` lays a second QTableView over its own left edge, showing only the first ``frozen``
columns of the same model, with the same selection model, the same sort and the same vertical scroll. The
columns after them slide underneath when the table scrolls sideways, so a row's label and status stay in sight
beside the 20th article's value. It knows nothing of figures; ``figures_panel`` uses it for the facts table.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex


# The frozen columns never take more than this share of the table's width, so a narrow sidebar still shows some
# of the scrolling columns beside them (at 1366 px wide the window gives the sidebar ~230 px).
MAX_FROZEN_SHARE = 0.6
# In their narrow form (``set_frozen_widths``' ``narrow``) the frozen columns may take a little more: the first
# column's labels ("68 passengers", "time 06:40") then read whole at 1366 px, and one scrolling column still shows.
NARROW_FROZEN_SHARE = 0.75
MIN_FROZEN_COLUMN_PX = 48  # a squeezed frozen column keeps room for a few characters (its tooltip has the rest)


class FrozenColumnsTable(QTableView):
    """A table whose first ``frozen`` columns never scroll out of view; ``self.frozen`` is the overlay.

    ``set_frozen_widths`` gives the frozen columns the widths they want; they get them when the table is wide
    enough, else shrink together to ``MAX_FROZEN_SHARE`` of its width. Given narrow widths too, a table too
    narrow for the wanted ones switches to those instead (and says so by ``narrowed(bool)``, so the model can
    show a shorter form of the columns, such as symbols for words): the columns after the first keep their
    narrow widths whole and the first takes the rest of ``NARROW_FROZEN_SHARE``."""

    narrowed = Signal(bool)
    fitted = Signal()  # the frozen columns took their widths for the table's width (the others may follow)

    def __init__(self, frozen: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the table itself, which owns the cursor
        self.frozen.verticalHeader().hide()
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.horizontalHeader().setHighlightSections(False)
        self.frozen.setAutoFillBackground(True)
        for view in (self, self.frozen):
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(self._row_resized)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.horizontalHeader().sortIndicatorChanged.connect(self._frozen_sorted)
        self.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self._syncing = False
        self._wanted: list[int] = []  # the frozen columns' preferred widths
        self._narrow: list[int] = []  # and the ones they make do with in a narrow table ([]: none)
        self._least: list[int] = []  # and the ones no squeeze goes below (a header's whole title)
        self._keep = (0, 0)  # the width the scrolling columns keep in view beside them (``set_room_kept``)
        self.is_narrow = False
        self._fitting = False
        # Said under the headers while the table shows no row (``set_empty_text``): above the overlay, which
        # would hide the start of a message drawn in the viewport.
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyTable")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.hide()

    # -- the model and the look, mirrored on the overlay ----------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model`` in both views, with one selection model between them."""
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self.update_frozen)
            model.layoutChanged.connect(self.update_frozen)
            model.columnsInserted.connect(self.update_frozen)
            model.columnsRemoved.connect(self.update_frozen)
        self.update_frozen()

    def setSortingEnabled(self, enable: bool) -> None:
        """Sorting by a header click works on both views' headers."""
        super().setSortingEnabled(enable)
        self.frozen.setSortingEnabled(enable)

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:
        """Mirrored on the overlay."""
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:
        """Mirrored on the overlay."""
        super().setSelectionMode(mode)
        self.frozen.setSelectionMode(mode)

    def setEditTriggers(self, triggers: QAbstractItemView.EditTrigger) -> None:
        """Mirrored on the overlay."""
        super().setEditTriggers(triggers)
        self.frozen.setEditTriggers(triggers)

    def setShowGrid(self, show: bool) -> None:
        """Mirrored on the overlay."""
        super().setShowGrid(show)
        self.frozen.setShowGrid(show)

    def setAlternatingRowColors(self, enable: bool) -> None:
        """Mirrored on the overlay."""
        super().setAlternatingRowColors(enable)
        self.frozen.setAlternatingRowColors(enable)

    def setWordWrap(self, on: bool) -> None:
        """Mirrored on the overlay."""
        super().setWordWrap(on)
        self.frozen.setWordWrap(on)

    def update_frozen(self) -> None:
        """Show the first ``frozen_count`` columns on the overlay and only those; match widths, heights, place."""
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        for col in range(columns):
            self.frozen.setColumnHidden(col, col >= self.frozen_count)
            if col < self.frozen_count:
                self.frozen.setColumnWidth(col, self.columnWidth(col))
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setVisible(columns > 0 and not self.isColumnHidden(0))
        self._place_frozen()

    def set_empty_text(self, text: str) -> None:
        """Say ``text`` under the headers, where the rows would be ("" hides it: the table has rows)."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self._place_empty()

    def _place_empty(self) -> None:
        label = getattr(self, "empty_label", None)  # None while __init__ runs (Qt lays out the headers first)
        if label is not None and label.isVisible():
            frame = self.frameWidth()
            top = frame + self.horizontalHeader().height()
            label.setGeometry(frame, top, self.width() - 2 * frame, max(0, self.height() - top - frame))
            label.raise_()

    def frozen_width(self) -> int:
        """The overlay's width: its columns side by side."""
        model = self.model()
        count = min(self.frozen_count, model.columnCount() if model is not None else 0)
        return sum(self.columnWidth(col) for col in range(count) if not self.isColumnHidden(col))

    def least_frozen_width(self) -> int:
        """The frozen columns' width at their narrowest: the narrow widths with the first squeezed to its least
        (the least widths, with no narrow ones)."""
        if not self._wanted:
            return self.frozen_width()
        if self._narrow:
            return self._least[0] + sum(self._narrow[1:])
        return sum(self._least)

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(
            self.verticalHeader().width() + frame,
            frame,
            self.frozen_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def set_frozen_widths(
        self, widths: list[int], narrow: list[int] | None = None, least: list[int] | None = None
    ) -> None:
        """The widths the frozen columns would like, (``narrow``) the ones they make do with when the table is
        too narrow for those, and (``least``) the ones no squeeze goes below, such as their headers' titles;
        fitted to the table's width now and on every resize."""
        self._wanted = list(widths[: self.frozen_count])
        self._narrow = list(narrow[: self.frozen_count]) if narrow else []
        self._least = [max(MIN_FROZEN_COLUMN_PX, w) for w in (least or [])[: self.frozen_count]]
        self._least += [MIN_FROZEN_COLUMN_PX] * (len(self._wanted) - len(self._least))
        self._fit_frozen()

    def set_room_kept(self, width: int, at_least: int = 0) -> None:
        """Keep ``width`` px beside the frozen columns for the scrolling ones (say, three articles' values): a
        table with less room beside the wanted widths takes the narrow ones, the first shrinking (down to its
        least) to make that room, as long as the room it makes holds ``at_least`` (a squeeze that still leaves
        less buys nothing: the first column then keeps its narrow width)."""
        if (width, at_least) != self._keep:
            self._keep = (width, at_least)
            self._fit_frozen()

    def _fit_frozen(self) -> None:
        if not self._wanted:
            return
        width = self.viewport().width()
        room = max(int(width * MAX_FROZEN_SHARE), sum(self._least))
        # With narrow widths to fall back on, the wanted ones may take up to NARROW_FROZEN_SHARE before they do:
        # a 450 px sidebar keeps the status words beside two articles' columns.
        roomy = int(width * NARROW_FROZEN_SHARE)
        keep, at_least = self._keep
        narrow = bool(self._narrow) and (sum(self._wanted) > roomy or width - sum(self._wanted) < keep)
        if self._narrow and not narrow:
            widths = list(self._wanted)
        elif narrow:
            rest = sum(self._narrow[1:])
            first = min(self._narrow[0], roomy - rest)
            if width - rest - self._least[0] >= at_least:
                first = min(first, width - rest - keep)
            first = max(self._least[0], first)
            widths = [first, *self._narrow[1:]]
        else:
            scale = min(1.0, room / max(sum(self._wanted), 1))
            widths = [max(least, int(w * scale)) for w, least in zip(self._wanted, self._least, strict=True)]
        self._fitting = True
        try:
            for col, w in enumerate(widths):
                self.setColumnWidth(col, w)
        finally:
            self._fitting = False
        self._place_frozen()
        if narrow != self.is_narrow:
            self.is_narrow = narrow
            self.narrowed.emit(narrow)
        self.fitted.emit()

    def _section_resized(self, section: int, _old: int, new: int) -> None:
        if section < self.frozen_count:
            wanted = self._narrow if self.is_narrow else self._wanted
            if not self._fitting and section < len(wanted):
                wanted[section] = new  # the reader dragged it: that is the width wanted now
            self.frozen.setColumnWidth(section, new)
            self._place_frozen()

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.frozen.setRowHeight(row, new)

    def _frozen_sorted(self, section: int, order: Qt.SortOrder) -> None:
        if not self._syncing:
            self._syncing = True
            self.horizontalHeader().setSortIndicator(section, order)
            self._syncing = False

    def _sorted(self, section: int, order: Qt.SortOrder) -> None:
        if not self._syncing:
            self._syncing = True
            self.frozen.horizontalHeader().setSortIndicator(section, order)
            self._syncing = False

    # -- keep the cursor in sight: columns under the overlay scroll out from under it -------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The overlay follows the table's size; the frozen columns shrink or grow back with its width (only its
        width: a horizontal scroll bar that comes or goes changes the height, and refitting then undid the width
        the reader had just dragged an article column to)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_frozen()
        self._place_frozen()
        self._place_empty()

    def updateGeometries(self) -> None:
        """Headers changed size: the overlay follows."""
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
            self._place_frozen()
            self._place_empty()

    def scrollTo(
        self, index: AnyIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
    ) -> None:
        """Scroll a cell into view: a frozen cell is always in view sideways (only the rows move); a cell that
        would slide under the overlay comes out on its right."""
        bar = self.horizontalScrollBar()
        if index.isValid() and index.column() < self.frozen_count:
            sideways = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(sideways)
            return
        super().scrollTo(index, hint)
        overlap = self.frozen_width() - self.visualRect(index).left()
        if index.isValid() and overlap > 0:
            bar.setValue(bar.value() - overlap)
