"""Edit > Find: a find bar under the articles that searches every column (or the aligned table) at once.

``FindBar`` is the strip (field, "3 of 12", previous / next, close); ``find_all`` lists the matches of a phrase
in a set of views, in reading order (column by column, top to bottom). The window paints the matches as marks and
moves to the current one; this module only finds and reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from .sentence_view import SentenceView, fold_for_find, utf16_len

MAX_MATCHES = 5000  # a one-letter search in 20 long articles stops counting here rather than stall the window

Match = tuple[int, int, int]  # view index, start, end (document positions)


def find_all(views: Sequence[SentenceView], phrase: str) -> list[Match]:
    """Every occurrence of ``phrase`` in the articles' text of ``views`` (the badges beside conflicting figures
    are no article text), in view order then document order. Case-insensitive; curly and straight quotes and
    apostrophes, dashes and hyphens (and no-break and plain spaces) match each other: "“Divers" finds a copy typed
    with '"Divers', "forty-two" one set "Forty–two"."""
    out: list[Match] = []
    wanted = fold_for_find(phrase)
    if not wanted:
        return out
    for i, view in enumerate(views):
        text = view.article_text()
        folded = fold_for_find(text.text)
        at = folded.find(wanted)
        while at >= 0 and len(out) < MAX_MATCHES:
            last = at + len(wanted) - 1
            end = text.position(last) + utf16_len(text.text[last])  # the last character's end, not a badge's
            out.append((i, text.position(at), end))
            at = folded.find(wanted, at + len(wanted))
    return out


class FindBar(QFrame):
    """The find strip. Signals: ``searched(str)`` as the phrase changes, ``step(int)`` (+1 next, -1 previous),
    ``closed()``."""

    searched = Signal(str)
    step = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(QLabel("Find:", self))
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText("in every article")
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(320)
        self.field.textChanged.connect(self.searched.emit)
        self.field.returnPressed.connect(lambda: self.step.emit(1))
        self.field.installEventFilter(self)
        layout.addWidget(self.field, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        layout.addWidget(self.count_label)
        for text, tip, direction in (("‹", "Previous match (Shift+F3)", -1), ("›", "Next match (F3)", 1)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, d=direction: self.step.emit(d))
            layout.addWidget(button)
        layout.addStretch(1)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip("Close the find bar (Esc)")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with the field focused and its text selected (Ctrl+F again: search anew)."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; the matches stop being painted."""
        self.hide()
        self.closed.emit()

    def set_count(self, current: int, total: int, phrase: str) -> None:
        """Say where we are: "3 of 12", "No matches"."""
        if not phrase:
            self.count_label.clear()
        elif total == 0:
            self.count_label.setText("No matches")
        else:
            more = "+" if total >= MAX_MATCHES else ""
            self.count_label.setText(f"{current + 1} of {total}{more}" if current >= 0 else f"{total}{more} matches")

    def eventFilter(self, watched: object, event: object) -> bool:
        """Esc in the field closes the bar."""
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            if event.type() == QKeyEvent.Type.ShortcutOverride:
                event.accept()  # Esc is the window's Clear Selection shortcut; in the field it closes the bar
                return True
            if event.type() == QKeyEvent.Type.KeyPress:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
