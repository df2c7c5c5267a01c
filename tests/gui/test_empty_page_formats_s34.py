"""The empty window names every kind of article the Open dialog offers (and the README lists), so a reader with an
OpenDocument file or a press release saved from e-mail knows it can be dropped."""

from __future__ import annotations

import re

import pytest

from reportdiff.gui import dialogs
from reportdiff.gui.main_window import MainWindow

# Each extension of the Open dialog's "Articles" filter, by the word the empty page uses for it.
KINDS = {
    "Plain text": ("txt", "text"),
    "Markdown": ("md", "markdown"),
    "web pages": ("html", "htm", "xhtml", "mhtml", "mht"),
    "Word": ("docx",),
    "OpenDocument": ("odt",),
    "PDF": ("pdf",),
    "RTF": ("rtf",),
    "e-mail": ("eml",),
}


def test_the_table_covers_the_open_dialogs_filter() -> None:
    """Every article extension the Open dialog accepts has its word above (a saved comparison is no article)."""
    accepted = set(re.findall(r"\*\.(\w+)", dialogs.OPEN_FILTER.split(";;")[0])) - {"reportdiff"}
    assert accepted == {ext for exts in KINDS.values() for ext in exts}


@pytest.mark.parametrize("word", list(KINDS))
def test_the_empty_page_names_each_kind(window: MainWindow, word: str) -> None:
    """The empty window's line under "Drop two or more articles here" names each kind (before: OpenDocument and
    e-mail were missing, though both open)."""
    assert word in window.drop_zone.detail.text()
