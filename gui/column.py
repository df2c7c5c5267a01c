"""One article's column: a header (title, source file, stats, move and close buttons) above its ArticleView, and
the scroll area that holds the columns side by side."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reportdiff.core import model as m
from reportdiff.presentation import names
from reportdiff.presentation.facts_table import full_name
from reportdiff.presentation.totals import Totals, totals

from .article_view import ArticleView
from .drops import FileDropMixin
from .highlight import Highlighter
from .inputs import origin_tooltip, plain_tooltip
from .textlines import text_lines

TITLE_LINES = 2  # column titles are cut to this many lines so every column's text starts at the same height
# Each column's title starts with its article's letter (A, B, ...: presentation.names.letter), in a badge, as a
# desktop diff tool labels its panes (KDiff3's A / B / C): the figures table's narrow columns are headed by the
# same letter, and the PDF and HTML name the article by it too. Drawn from the palette, so it reads light or dark.
LETTER_BADGE_CSS = (
    "QLabel#columnLetter { font-weight: bold; border: 1px solid palette(mid); border-radius: 4px;"
    " padding: 0px 5px; font-size: 10.5pt; background: palette(base); color: palette(text); }"
)


class ElidedLabel(QLabel):
    """A word-wrapped label cut to ``max_lines`` lines, the last one ending in "…"; always that tall, so the
    headers of side-by-side columns line up whatever their titles."""

    def __init__(self, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._full = ""
        self._shorter: list[str] = []
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a title or file name is text, never markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str, shorter: Sequence[str] = ()) -> None:
        """Show ``text``, or the first of the ``shorter`` forms that fits when it does not, else the last one cut
        to fit; the tooltip has ``text`` whole."""
        self._full = " ".join(text.split())
        self._shorter = [" ".join(form.split()) for form in shorter]
        self.setToolTip(plain_tooltip(self._full))
        self._fit()

    def full_text(self) -> str:
        """The whole text, uncut."""
        return self._full

    def changeEvent(self, event: QEvent) -> None:
        """Re-measure when the font changes (style sheets set it after construction)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def resizeEvent(self, event: QEvent) -> None:
        """Re-cut for the new width."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        metrics = QFontMetrics(self.font())
        self.setFixedHeight(metrics.lineSpacing() * self.max_lines + 2)
        width = max(self.width(), 40)
        for form in (self._full, *self._shorter):
            starts = self._line_starts(form, width)
            if len(starts) <= self.max_lines:
                text = form
                break
        else:
            cut = starts[self.max_lines - 1]
            text = form[:cut] + metrics.elidedText(form[cut:], Qt.TextElideMode.ElideRight, width)
        if text != self.text():
            self.setText(text)

    def _line_starts(self, text: str, width: int) -> list[int]:
        return [line.start for line in text_lines(text, self.font(), width)]


def shown_path(article: m.Article) -> Path:
    """The file an article is named by (presentation/names.py: a reopened comparison's snapshot by its original)."""
    return Path(names.shown_path(article))


def source_line(report: m.Report, index: int) -> str:
    """The outlet and the file, with its folder when another article has the same file name."""
    article = report.articles[index]
    path = shown_path(article)
    same_name = sum(1 for a in report.articles if shown_path(a).name == path.name) > 1
    name = f"{path.parent.name}/{path.name}" if same_name else path.name
    return name if article.source in (path.stem, "") else f"{article.source} · {name}"


class ArticleColumn(QFrame):
    """One article: a header (title, source file, stats, move/close buttons) above its ArticleView.

    Signals: ``moveRequested(int)`` (-1 left, +1 right), ``closeRequested()``.
    """

    moveRequested = Signal(int)
    closeRequested = Signal()

    # Narrower columns wrap every few words; beyond this the columns scroll sideways. 290 px holds a line of a
    # median 29.5-30 characters at 11 pt (the text's right margin is 8 px: sentence_view.RIGHT_MARGIN_PX), what
    # 300 px held with an 18 px one.
    MIN_WIDTH = 290

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleColumn")
        self.setMinimumWidth(self.MIN_WIDTH)
        self.article_index = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QFrame(self)
        header.setObjectName("columnHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(14, 10, 8, 10)
        hl.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(2)
        self.letter_label = QLabel(header)
        self.letter_label.setObjectName("columnLetter")
        self.letter_label.setTextFormat(Qt.TextFormat.PlainText)
        self.letter_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.letter_label.setStyleSheet(LETTER_BADGE_CSS)
        top.addWidget(self.letter_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(4)
        self.title_label = ElidedLabel(TITLE_LINES, header)
        self.title_label.setObjectName("columnTitle")
        top.addWidget(self.title_label, 1, Qt.AlignmentFlag.AlignTop)
        self.left_button = self._tool_button("‹", "Move this column left", lambda: self.moveRequested.emit(-1))
        self.right_button = self._tool_button("›", "Move this column right", lambda: self.moveRequested.emit(1))
        self.close_button = self._tool_button("×", "Remove this article from the comparison", self.closeRequested.emit)
        for button in (self.left_button, self.right_button, self.close_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        hl.addLayout(top)
        self.source_label = QLabel(header)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setObjectName("columnSource")
        self.stats_label = ElidedLabel(1, header)
        self.stats_label.setObjectName("columnStats")
        hl.addWidget(self.source_label)
        hl.addWidget(self.stats_label)
        layout.addWidget(header)
        self.view = ArticleView(self)
        layout.addWidget(self.view, 1)

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("columnButton")
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def show_article(
        self,
        report: m.Report,
        index: int,
        highlighter: Highlighter,
        point_size: float,
        lazy: bool = False,
        stats: Totals | None = None,
    ) -> None:
        """Fill the header and the text for article ``index``; ``lazy``: the text only once ``view.fill`` has
        laid it out (a slice at a time); ``stats``: the report's totals when the caller has them already."""
        article = report.articles[index]
        self.article_index = index
        self.letter_label.setText(names.letter(index))
        self.letter_label.setToolTip(
            f"Article {names.letter(index)}: {full_name(report, index)}\n"
            "The figures table, the PDF and the HTML name it by this letter"
        )
        self.title_label.set_full_text(article.title or Path(article.path).stem)
        self.source_label.setText(source_line(report, index))
        self.source_label.setToolTip(origin_tooltip(article))  # file, format, extractor, notes (gui/inputs.py)
        full, *shorter = (stats or totals(report)).articles[index].stats_lines()
        self.stats_label.set_full_text(full, shorter)
        self.view.begin(report, index, highlighter, point_size)
        if not lazy:
            self.view.fill(float("inf"))

    def set_position(self, position: int, count: int) -> None:
        """Enable the move buttons that make sense at this position."""
        self.left_button.setEnabled(position > 0)
        self.right_button.setEnabled(position < count - 1)


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
        # The splitter sits in a holder, so a redraw can swap in a new one without reparenting the old (see
        # ``fresh_splitter``).
        self.holder = QWidget()
        self.holder.setObjectName("columnsHolder")
        self._holder_layout = QHBoxLayout(self.holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = self._new_splitter()
        self._holder_layout.addWidget(self.splitter)
        self.setWidget(self.holder)

    def _new_splitter(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, self.holder)
        splitter.setObjectName("columnsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(6)
        return splitter

    def fresh_splitter(self) -> QSplitter:
        """Show a new, empty splitter; return the old one, hidden, its columns still in it (the caller deletes
        them when it likes). Taking 20 columns out of a shown splitter one by one re-laid out the others after
        each (190 column resizes, 360 ms of the window's thread on a redraw), and reparenting the splitter
        re-polished every widget in it (80 ms): hidden where it is, it costs neither."""
        old = self.splitter
        old.hide()
        self._holder_layout.removeWidget(old)
        self.splitter = self._new_splitter()
        self._holder_layout.addWidget(self.splitter)
        return old
