"""Secondary text (totals, column stats) stays readable in a dark palette that sets no PlaceholderText colour."""

from __future__ import annotations

from gui_helpers import open_and_draw, shown_report
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTextBrowser

from reportdiff.gui.highlight import FORMAT_ROLE
from reportdiff.gui.main_window import MainWindow
from reportdiff.gui.palette import (
    DISABLED_MIN_DIFFERENCE,
    LINK_MIN_CONTRAST,
    PLACEHOLDER_MIN_CONTRAST,
    contrast,
    dimmed_disabled,
    readable_link,
    readable_placeholder,
)


def test_an_unset_placeholder_colour_is_unreadable_on_dark(partial_dark_palette):
    """The premise: Qt's default PlaceholderText, painted on this dark window, is below the readable contrast."""
    window = partial_dark_palette.color(QPalette.ColorRole.Window)
    own = partial_dark_palette.color(QPalette.ColorRole.PlaceholderText)
    assert readable_placeholder(partial_dark_palette) is not None
    assert contrast(QColor(own.red(), own.green(), own.blue()), window) < PLACEHOLDER_MIN_CONTRAST or own.alpha() < 255


def test_window_in_a_dark_palette_draws_its_totals_readably(qtbot, partial_dark_palette, tiny_report):
    """With that palette, the top bar's totals and each column's stats line contrast at least 3:1 with the window."""
    window = shown_report(qtbot, tiny_report, (1200, 800))  # events handled: the style sheet's re-polish
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    for label in (window.summary_label, window.columns[0].stats_label):
        ink = label.palette().color(label.foregroundRole())
        assert contrast(ink, background) >= PLACEHOLDER_MIN_CONTRAST, label.objectName()
    assert readable_placeholder(QApplication.palette()) is None


def test_a_light_palette_is_left_as_it_is(qapp):
    """Fusion's light palette already has readable secondary text: nothing is changed."""
    assert readable_placeholder(qapp.palette()) is None


def anchor_colours(browser: QTextBrowser) -> list[tuple[str, QColor]]:
    """Each link's text in ``browser`` and the colour it is drawn in."""
    out = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                out.append((fragment.text(), fragment.charFormat().foreground().color()))
            it += 1
        block = block.next()
    return out


def test_links_are_readable_in_a_dark_palette_without_a_link_colour(qtbot, partial_dark_palette, tiny_report):
    """The notes tab's discrepancy headings and speakers, and each column's file name, contrast at least 4.5:1 with
    what they are drawn on (before: Qt's default link blue, 1.9:1 on the dark notes, the speakers unreadable; the
    file name in the highlight colour, 2.5:1)."""
    window = shown_report(qtbot, tiny_report)
    window.sidebar.setCurrentWidget(window.sidebar.notes)  # the reader opens the Discrepancies & quotes tab
    notes = window.sidebar.notes
    links = anchor_colours(notes)
    assert links, "the notes tab links its discrepancies"
    paper = notes.viewport().palette().color(QPalette.ColorRole.Base)
    for text, colour in links:
        assert contrast(colour, paper) >= LINK_MIN_CONTRAST, text
    label = window.columns[0].source_label
    assert label.text()
    ink = label.palette().color(label.foregroundRole())
    assert contrast(ink, QApplication.palette().color(QPalette.ColorRole.Window)) >= LINK_MIN_CONTRAST


def test_a_readable_link_colour_is_left_as_it_is(qapp):
    """Fusion's light palette's link blue is readable on its base and window: nothing is changed."""
    assert readable_link(qapp.palette()) is None


def test_a_disabled_button_looks_disabled_in_a_palette_that_sets_one_colour_for_all_states(
    qtbot, partial_dark_palette, tiny_report
):  # type: ignore[no-untyped-def]
    """The dark palette draws disabled text like enabled text (one colour for every state): once the window is up,
    "Figure conflicts (0)" (disabled: no conflict) is drawn dimmer than "Discrepancies (1)", still legible."""
    assert dimmed_disabled(partial_dark_palette)  # the premise: the theme draws disabled text like enabled text
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    palette = QApplication.palette()
    assert dimmed_disabled(palette) == {}
    for text, ground in ((QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                         (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window)):  # fmt: skip
        active = palette.color(QPalette.ColorGroup.Active, text)
        disabled = palette.color(QPalette.ColorGroup.Disabled, text)
        assert contrast(active, disabled) >= DISABLED_MIN_DIFFERENCE
        assert contrast(disabled, palette.color(QPalette.ColorGroup.Active, ground)) >= 2.5


def test_a_light_palette_keeps_its_own_disabled_text(qapp):
    """Fusion's light palette already dims disabled text: nothing is changed."""
    assert dimmed_disabled(qapp.style().standardPalette()) == {}


def mark_formats(view: QTextBrowser) -> list[tuple[str, QColor, QColor]]:
    """Each run of changed words in ``view``'s text: its words, its tint and its underline colour."""
    out = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.property(FORMAT_ROLE) == "mark":
                out.append((it.fragment().text(), fmt.background().color(), fmt.underlineColor()))
            it += 1
        block = block.next()
    return out


def test_changed_words_stand_out_in_a_dark_window(qtbot, partial_dark_palette, seeds):
    """Open the seeds in a dark window: the changed words of Assad's quotation are underlined at least 2:1 against
    their own tint, as in a light window (before: a darker underline on the dark tint, 1.5:1, hardly seen)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    open_and_draw(qtbot, window, seeds)
    assert window.pal.dark  # the window took the dark palette
    marks = [mark for column in window.columns for mark in mark_formats(column.view)]
    assert any("crush them" in words for words, _tint, _line in marks)
    for words, tint, line in marks:
        assert contrast(line, tint) >= 2.0, words
