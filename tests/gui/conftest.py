"""GUI test fixtures: isolated QSettings, the app's names and style, a window, the seeds, a hand-made Report, a
partial dark palette.

QSettings go to an INI file in each test's temporary folder, so no test reads or writes the user's settings and
tests cannot leak settings into one another.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import shown_window
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m
from reportdiff.gui.app import make_app
from reportdiff.gui.main_window import MainWindow
from reportdiff.resources import sample_paths

# tests/core/documents.py (compare_texts, and articles written as Word and PDF files) serves GUI tests too. pytest
# puts tests/core on sys.path only once it collects a test there, so a GUI test importing it passed in the full
# run and failed alone (test_pdf_pair_conflicts.py: "No module named 'documents'"). Conftest loads before them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Path:
    """Every test gets empty settings in its own folder."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    make_app()
    return folder


@pytest.fixture
def window(qtbot, isolated_settings: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A shown main window at the screenshot size."""
    win = shown_window(qtbot)
    yield win
    win.worker.cancel()
    win.worker.wait(5000)


@pytest.fixture
def seeds() -> list[Path]:
    """The two seed articles: Reuters first, then Cnews Live (the order the tests expect)."""
    paths = sample_paths()
    return sorted(paths, key=lambda p: 0 if "reuters" in p.name else 1)


@pytest.fixture
def tiny_report() -> m.Report:
    """Two short articles by hand: a linked pair with a figure conflict, an agreeing pair, a unique sentence each.

    A (index 0): "Police said 25 people died. The mayor spoke. Roads closed."
    B (index 1): "A witness saw it. Officials said 31 people died. Roads were closed."
    """
    a_text = "Police said 25 people died. The mayor spoke. Roads closed."
    b_text = "A witness saw it. Officials said 31 people died. Roads were closed."

    def sentences(text: str, statuses: list[str]) -> tuple[m.Sentence, ...]:
        out, start = [], 0
        for i, part in enumerate(text.split(". ")):
            body = part if part.endswith(".") else part + "."
            begin = text.index(body, start)
            out.append(m.Sentence(i, body, begin, begin + len(body), statuses[i]))
            start = begin + len(body)
        return tuple(out)

    a = m.Article(
        0, "/tmp/a.txt", "Police report", a_text, "Daily A", sentences(a_text, [m.DISCREPANCY, m.UNIQUE, m.SHARED])
    )
    b = m.Article(
        1, "/tmp/b.txt", "Witness report", b_text, "Herald B", sentences(b_text, [m.UNIQUE, m.DISCREPANCY, m.SHARED])
    )
    links = (
        m.Link(
            m.SentenceRef(0, 0),
            m.SentenceRef(1, 1),
            0.62,
            m.DISCREPANCY,
            (m.FIGURE_CONFLICT,),
            ((-1, "Police "), (1, "Officials "), (0, "said "), (-1, "25"), (1, "31"), (0, " people died.")),
            ("figure conflicts: 25 vs 31",),
        ),
        m.Link(
            m.SentenceRef(0, 2),
            m.SentenceRef(1, 2),
            0.81,
            m.AGREEMENT,
            (),
            ((0, "Roads "), (1, "were "), (0, "closed.")),
        ),
    )
    f25 = a_text.index("25")
    f31 = b_text.index("31")
    figures = (
        m.Figure(0, 0, 0, "25", 25.0, f25, f25 + 2, counts="died"),
        m.Figure(1, 1, 1, "31", 31.0, f31, f31 + 2, counts="died"),
    )
    facts = (m.Fact(0, "people died", m.CONFLICT, (0, 1), "25 vs 31 died"),)
    return m.Report((a, b), links, figures, facts)


@pytest.fixture
def partial_dark_palette(qapp: QApplication) -> Iterator[QPalette]:
    """The application in a dark palette that sets window, text, base and button colours only, as many themes do:
    PlaceholderText, AlternateBase and Link keep Fusion's light-theme defaults (what ``fix_readability`` mends)."""
    before = QPalette(qapp.palette())
    pal = QPalette(qapp.style().standardPalette())  # Fusion's own, whatever earlier tests set
    for role, colour in (
        (QPalette.ColorRole.Window, "#2B2D30"),
        (QPalette.ColorRole.WindowText, "#E6E6E6"),
        (QPalette.ColorRole.Base, "#1E1F22"),
        (QPalette.ColorRole.Text, "#E6E6E6"),
        (QPalette.ColorRole.Button, "#3C3F41"),
        (QPalette.ColorRole.ButtonText, "#E6E6E6"),
    ):
        pal.setColor(role, QColor(colour))
    qapp.setPalette(pal)
    yield pal
    qapp.setPalette(before)
