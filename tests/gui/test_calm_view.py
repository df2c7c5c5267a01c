"""The calm view: conflicts that cannot be missed, shared rewording left unpainted, markers in the scroll bars."""

from __future__ import annotations

from gui_helpers import open_seeds
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m
from reportdiff.gui.highlight import FORMAT_ROLE
from reportdiff.presentation.totals import totals


def _roles(view, start: int, end: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The FORMAT_ROLE of every character in a document range of ``view``."""
    doc = view.document()
    out = set()
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and frag.position() < end and frag.position() + frag.length() > start:
                out.add(frag.charFormat().property(FORMAT_ROLE) or "")
            it += 1
        block = block.next()
    return out


def _drawn(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()


def test_conflicting_figure_is_boxed_and_badged_with_the_other_source(qtbot, window, tiny_report):
    """"25" in Daily A is followed by the badge "25 ≠ 31 Herald B" and framed by a conflict box; 31 likewise."""
    window.show_report(tiny_report)
    _drawn(qtbot, window)
    left, right = (c.view for c in window.columns)
    assert "25 ≠ 31 Herald B" in left.toPlainText()
    assert "31 ≠ 25 Daily A" in right.toPlainText()
    boxes = [mk for mk in left.marks() if mk.style == "conflict"]
    assert len(boxes) == 1
    cursor = left.textCursor()
    cursor.setPosition(boxes[0].start)
    cursor.setPosition(boxes[0].end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "25"
    # The badge is not article text: clicking the sentence and reading its range still finds the sentence.
    assert left.ref_at_position(boxes[0].end + 2) == m.SentenceRef(0, 0)


def test_toolbar_counts_figure_conflicts_and_jumps_to_the_first(qtbot, window, tiny_report):
    """The toolbar says "Figure conflicts (1)" (the totals' number) and a click frames both figures."""
    window.show_report(tiny_report)
    _drawn(qtbot, window)
    button = window.nav_labels["conflict"]
    assert button.text() == f"Figure conflicts ({totals(tiny_report).figure_conflicts})" == "Figure conflicts (1)"
    assert button.property("alert") is True
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.position_text() == "Figure conflict 1 of 1"
    for column in window.columns:
        assert [mk.style for mk in column.view.marks()].count("figure") == 1


def test_scroll_bars_mark_discrepancies_and_only_here_sentences(qtbot, window, tiny_report):
    """Each column's scroll bar carries one marker per discrepancy and per unique sentence, in document order."""
    window.show_report(tiny_report)
    _drawn(qtbot, window)
    qtbot.waitUntil(lambda: all(c.view.chunk_markers() for c in window.columns))
    left, right = (c.view for c in window.columns)
    assert [k for _, _, k in left.chunk_markers()] == ["discrepancy", "unique"]
    assert [k for _, _, k in right.chunk_markers()] == ["unique", "discrepancy"]
    tops = [top for top, _, _ in left.chunk_markers()]
    assert tops == sorted(tops) and all(0.0 <= t <= 1.0 for t in tops)


def test_reworded_shared_sentence_is_plain_until_selected(qtbot, window, seeds):
    """A paraphrase with many differing words carries no tint or mark by default; selecting it paints its word
    diff over it and over its counterpart."""
    open_seeds(qtbot, window, seeds)
    report = window.report
    assert report is not None
    hl = window.highlighter
    paraphrase = next(
        ref
        for ref, s in report.iter_sentences()
        if hl.kind_of(ref) == m.PARAPHRASE
        and not hl.figures_of(ref)
        and len(hl.word_spans(ref)) >= 3
        and not _roles(window.column_for(ref.article).view, *window.column_for(ref.article).view.range_of(ref))
        - {""}
    )
    view = window.column_for(paraphrase.article).view
    assert not [mk for mk in view.marks() if mk.style == "words"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(paraphrase))
    assert window.selected == paraphrase
    assert any(mk.style == "words" and mk.ref == paraphrase for mk in view.marks())
    other = window.linked_refs(paraphrase)[0]
    other_view = window.column_for(other.article).view
    assert any(mk.style == "words" and mk.ref == other for mk in other_view.marks())


def test_default_view_of_the_seeds_is_mostly_untinted(qtbot, window, seeds):
    """With the heat map off (the default), under a fifth of the seeds' text carries a tint or mark; on, the
    sentences only one article has are tinted too."""
    open_seeds(qtbot, window, seeds)

    def tinted_share() -> float:
        total = tinted = 0
        for column in window.columns:
            doc = column.view.document()
            block = doc.begin()
            while block.isValid():
                it = block.begin()
                while not it.atEnd():
                    frag = it.fragment()
                    total += frag.length()
                    tinted += frag.length() * bool(frag.charFormat().property(FORMAT_ROLE))
                    it += 1
                block = block.next()
        return tinted / total

    calm = tinted_share()
    assert calm < 0.2
    assert not window.heat_action.isChecked()
    window.heat_action.trigger()
    _drawn(qtbot, window)
    assert window.prefs.heat_map is True
    assert tinted_share() > calm + 0.2


def test_a_badge_names_two_other_values_then_how_many_more(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Four sources give four death tolls: each conflicting figure's badge names two other values and says how
    many more there are, instead of listing every source over several lines."""
    from reportdiff.core.compare import compare
    from reportdiff.core.load import load_article

    paths = []
    for name, n in (("alpha", 25), ("bravo", 31), ("charlie", 40), ("delta", 12)):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Storm report\n\nPolice said {n} people died in the storm on Monday.\n", encoding="utf-8")
        paths.append(path)
    report = compare([load_article(str(p)) for p in paths])
    window.show_report(report)
    qtbot.waitUntil(window.is_drawn, timeout=10_000)
    text = window.columns[0].view.toPlainText()
    assert "25 ≠" in text and "+1 more" in text
    badge = text[text.index("25 ≠") : text.index("+1 more")]
    assert sum(name in badge for name in ("bravo", "charlie", "delta")) == 2
