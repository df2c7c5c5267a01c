"""The window's dialogs, as module functions so tests can answer them (``monkeypatch.setattr(dialogs, ...)``).

File choosers (open articles, where to save an export), the error box, About. Each returns plain values (paths,
None when cancelled); none of them changes the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

OPEN_FILTER = (
    "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.eml *.pdf *.docx *.odt *.rtf "
    "*.reportdiff)"
    ";;All files (*)"
)
PDF_FILTERS = {"A4": "PDF, A4 paper (*.pdf)", "Letter": "PDF, US Letter paper (*.pdf)"}


def ask_open_paths(parent: QWidget, folder: str) -> list[str]:
    """Ask for article files (several at once); empty when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, "Open articles", folder, OPEN_FILTER)
    return list(paths)


def _confirm_replace(parent: QWidget, title: str, path: str) -> bool:
    answer = QMessageBox.question(parent, title, f"{Path(path).name} already exists. Do you want to replace it?")
    return answer == QMessageBox.StandardButton.Yes


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
        if Path(path).exists() and not _confirm_replace(parent, "Export PDF", path):
            return None
    return path, size


def ask_save_path(parent: QWidget, title: str, suggested: str, suffix: str, name_filter: str) -> str | None:
    """Ask where to save an export with ``suffix`` ("html", "json"); None when cancelled."""
    dialog = QFileDialog(parent, title, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = dialog.selectedFiles()[0]
    if not path.lower().endswith("." + suffix):
        path += "." + suffix
        if Path(path).exists() and not _confirm_replace(parent, title, path):
            return None
    return path


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


def show_about(parent: QWidget) -> None:
    """Help > About: what this is, and its version."""
    from reportdiff.core import __version__

    QMessageBox.about(
        parent,
        "About ReportDiff",
        f"<h3>ReportDiff {__version__}</h3>"
        "<p>Compares news reports of the same event side by side: which statements they share, how they "
        "word them, which figures and quotations differ, and what only one of them reports.</p>"
        "<p>Colours: the Okabe–Ito palette, readable with common colour-vision deficiencies.</p>",
    )


def show_keys(parent: QWidget, menus: list[QAction], legend: list[tuple[QPixmap, str, str]]) -> QDialog:
    """Help > Keys and Colours: every menu shortcut (read from the menus themselves, so it is never out of date)
    and each legend entry with its sample and meaning. Non-modal; returns the dialog."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keys and Colours — ReportDiff")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    keys = QTableWidget(dialog)
    keys.setObjectName("keysTable")
    rows: list[tuple[str, str]] = []
    for menu_action in menus:
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():  # type: ignore[union-attr,attr-defined]
            shortcuts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            if shortcuts and action.text():
                rows.append((", ".join(shortcuts), action.text().replace("&", "")))
    rows.append(("Click / hover", "A sentence: frame it and its counterparts, and show every differing word"))
    rows.append(("Enter", "In an article (Tab to it, the arrows move the text cursor): select the sentence there"))
    keys.setColumnCount(2)
    keys.setRowCount(len(rows) + len(legend))
    keys.setHorizontalHeaderLabels(["Key or colour", "What it does or means"])
    for r, (key, what) in enumerate(rows):
        keys.setItem(r, 0, QTableWidgetItem(key))
        keys.setItem(r, 1, QTableWidgetItem(what))
    for k, (pix, label, meaning) in enumerate(legend, start=len(rows)):
        item = QTableWidgetItem(label)
        item.setIcon(QIcon(pix))
        keys.setItem(k, 0, item)
        keys.setItem(k, 1, QTableWidgetItem(meaning))
    keys.verticalHeader().hide()
    keys.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    keys.setTabKeyNavigation(False)  # Tab goes on to Close, not through the 40-odd rows cell by cell
    keys.horizontalHeader().setStretchLastSection(True)
    keys.resizeColumnToContents(0)
    keys.setWordWrap(True)
    # Rows fitted here would wrap for the table's width before the dialog has its own (a one-line "Heat Map: ..."
    # stood three lines tall): they are fitted again whenever the meaning column takes its width, and on a resize.
    keys.horizontalHeader().sectionResized.connect(lambda *_: keys.resizeRowsToContents())
    keys.resizeRowsToContents()
    # The table takes the keyboard on opening (arrows and Page Down scroll it at once), and a view given the focus
    # makes its first cell current, framed and tinted as if chosen. An explicitly empty current cell stays empty
    # until the reader moves.
    keys.setCurrentIndex(QModelIndex())
    layout.addWidget(keys)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)
    dialog.resize(720, 560)
    dialog.show()
    return dialog
