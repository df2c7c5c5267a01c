"""The window's top bar: the two view buttons, the conflict / discrepancy / unique steppers, and the totals line.

In a window narrower than the bar's one row (below about 1000 px with the seeds; the window allows 618 px), the
steppers move to a row of their own under the view buttons instead of Qt eliding every button's words in the
middle ("Discre…es (1)", "Align… rows"); the totals line then has the first row's width beside the view buttons.
Where even that row is too narrow for the three steppers (a large desktop font), they wrap onto another row, each
‹ word › group whole. One layout places every button (``TopBarLayout``), so a button's new width (its count, the
style sheet's bold) reaches the bar at once, as in a plain row. It lays out; the window says what the buttons do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem

from .widgets import ElidedLabel

MARGINS = (10, 6, 10, 6)  # left, top, right, bottom
SPACING = 6  # between two buttons of a group
GROUP_GAP = 16  # between the view buttons and the steppers, and between two steppers' ‹ word › groups
ROW_GAP = 2  # between two rows of a narrow window
# The totals line keeps at least its first part beside the buttons on one row ("2 articles · …", the rest in its
# tooltip); with less, the steppers take a row of their own. At 926 px it had 30 px and read "2 …": nothing.
SUMMARY_SEPARATOR = " · "


class TopBarLayout(QLayout):
    """The view buttons, the stepper groups and the totals line on one row when it holds them, else the view buttons
    and the totals on the first row and the stepper groups on the rows under it (height for width)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setContentsMargins(*MARGINS)
        self._views: list[QLayoutItem] = []
        self._groups: list[list[QLayoutItem]] = []
        self._summary: QLayoutItem | None = None
        self._summary_label: ElidedLabel | None = None

    # -- what it holds ---------------------------------------------------------------------------------------

    def add_view(self, widget: QWidget) -> None:
        """A view button, after the others."""
        self.addChildWidget(widget)
        self._views.append(QWidgetItem(widget))
        self.invalidate()

    def add_group(self, widgets: Sequence[QWidget]) -> None:
        """A stepper's buttons (‹ word ›), kept together on a row, after the other groups."""
        for widget in widgets:
            self.addChildWidget(widget)
        self._groups.append([QWidgetItem(w) for w in widgets])
        self.invalidate()

    def set_summary(self, label: ElidedLabel) -> None:
        """The totals line: what the buttons leave of the first row."""
        self.addChildWidget(label)
        self._summary = QWidgetItem(label)
        self._summary_label = label
        self.invalidate()

    def _items(self) -> list[QLayoutItem]:
        return [*self._views, *(item for group in self._groups for item in group)] + (
            [self._summary] if self._summary is not None else []
        )

    # -- QLayout -----------------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        """A widget added by Qt (not by this bar) goes with the view buttons."""
        self._views.append(item)

    def count(self) -> int:
        return len(self._items())

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        items = self._items()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        item = self.itemAt(index)
        if item is None:
            return None
        if item is self._summary:
            self._summary = None
        elif item in self._views:
            self._views.remove(item)
        else:
            for group in self._groups:
                if item in group:
                    group.remove(item)
            self._groups = [g for g in self._groups if g]
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        return QSize(self.one_row_width(), self._row_height() + MARGINS[1] + MARGINS[3])

    def minimumSize(self) -> QSize:
        """The widest row the bar cannot break: the view buttons, or one stepper group."""
        widest = max([_width(self._views), *(_width(g) for g in self._groups)], default=0)
        return QSize(widest + MARGINS[0] + MARGINS[2], self._row_height() + MARGINS[1] + MARGINS[3])

    # -- the rows ----------------------------------------------------------------------------------------------

    def summary_least(self) -> int:
        """The least width of the totals line on one row: its first part and "…" (0 with no totals)."""
        label = self._summary_label
        if label is None or not label.text():
            return 0
        text = label.text()
        first = text.split(SUMMARY_SEPARATOR)[0]
        shown = first + (SUMMARY_SEPARATOR + "…" if first != text else "")
        return label.fontMetrics().horizontalAdvance(shown) + 2

    def steppers_width(self) -> int:
        """The stepper groups side by side."""
        visible = [g for g in self._groups if any(not i.isEmpty() for i in g)]
        return sum(_width(g) for g in visible) + GROUP_GAP * max(len(visible) - 1, 0)

    def one_row_width(self) -> int:
        """The width the bar needs to hold everything on one row, the totals line at its least."""
        return (
            MARGINS[0] + _width(self._views) + GROUP_GAP + self.steppers_width() + GROUP_GAP + self.summary_least()
            + MARGINS[2]
        )

    def _row_height(self) -> int:
        return max((i.sizeHint().height() for i in self._items() if not i.isEmpty()), default=0)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); the height they take."""
        left, top, right, bottom = MARGINS
        x0, x1 = rect.x() + left, rect.x() + rect.width() - right
        row_h = self._row_height()
        y = rect.y() + top

        def place(items: list[QLayoutItem], x: int, y: int) -> int:
            for item in items:
                if item.isEmpty():
                    continue
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(x, y + (row_h - hint.height()) // 2, hint.width(), hint.height()))
                x += hint.width() + SPACING
            return x - SPACING

        end = place(self._views, x0, y)
        one_row = rect.width() >= self.one_row_width()
        if one_row:
            for group in self._groups:
                end = place(group, end + GROUP_GAP, y)
        if self._summary is not None and move:
            self._summary.setGeometry(QRect(end + GROUP_GAP, y, max(0, x1 - end - GROUP_GAP), row_h))
        if not one_row:
            x = x0
            y += row_h + ROW_GAP
            for group in self._groups:
                width = _width(group)
                if x > x0 and x + width > x1:  # no room left on this row
                    x = x0
                    y += row_h + ROW_GAP
                x = place(group, x, y) + GROUP_GAP
        return y + row_h + bottom - rect.y()


def _width(items: list[QLayoutItem]) -> int:
    """The width of ``items`` side by side, SPACING apart."""
    widths = [i.sizeHint().width() for i in items if not i.isEmpty()]
    return sum(widths) + SPACING * max(len(widths) - 1, 0)


class TopBar(QFrame):
    """The top bar. Add the view buttons, then each stepper's group; ``summary`` is the totals line. ``wrapped``
    says whether the steppers have rows of their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self._layout = TopBarLayout(self)
        self.summary = ElidedLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._layout.set_summary(self.summary)
        # As wide as the window allows, never wider (the window's least width is set by its columns, not by this);
        # as tall as its rows need (height for width).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def add_view_button(self, button: QWidget) -> None:
        """Add one of the view buttons (left to right)."""
        self._layout.add_view(button)

    def add_stepper_group(self, buttons: Sequence[QWidget]) -> None:
        """Add one stepper's buttons (‹ word ›), kept together on a row, after the others."""
        self._layout.add_group(buttons)

    def one_row_width(self) -> int:
        """The width the bar needs to hold everything on one row, the totals line at its least."""
        return self._layout.one_row_width()

    @property
    def wrapped(self) -> bool:
        """Whether the steppers are on rows of their own (the bar narrower than its one row)."""
        return self.width() < self.one_row_width()
