"""How calm the default view is: the share of the article text that carries a tint or a word-level mark.

Run by hand: ``.venv/bin/python bench/gui_calm.py`` (offscreen unless a display is set). Prints figures; asserts
nothing. It opens the window on the seeds and on a 5-article cluster (../shared/eval/news-clusters/gva_595069,
skipped when absent), waits until every column is drawn with nothing selected, and reads the character formats of
each column's document:

- tinted: characters with any background (a status tint, a corroboration tint or a word mark);
- marked: characters with a word-level mark (a stronger tint, a box or a badge on a few words);
- marked inside linked sentences: the same, counted over the sentences that have a counterpart only (the issue
  measured 70-83% there before).

A format says what it is through ``highlight.FORMAT_ROLE`` ("tint", "mark", "figure"); formats without it (the
drawing before this property existed) are classified by colour against the palette's ``*_mark`` colours.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from msrp import EVAL

CLUSTER = EVAL / "news-clusters" / "gva_595069"


def _classify(fmt, pal, role_key: int) -> str:  # type: ignore[no-untyped-def]
    """'mark', 'tint' or '' for one character format."""
    role = fmt.property(role_key) if role_key is not None else None
    if isinstance(role, str):  # drawn with roles: "" is untinted text
        return "mark" if role in ("mark", "figure", "badge") else ("tint" if role else "")
    from PySide6.QtCore import Qt

    if fmt.background().style() == Qt.BrushStyle.NoBrush:
        return ""
    colour = fmt.background().color().name()
    marks = {getattr(pal, n).name() for n in dir(pal) if n.endswith("_mark")}
    return "mark" if colour in marks else "tint"


def measure(paths: list[Path]) -> dict[str, float]:
    """Open ``paths`` in a window, wait for the drawing, and count tinted and marked characters."""
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "/tmp/reportdiff-bench-config")
    from reportdiff.core import model as m
    from reportdiff.gui import highlight
    from reportdiff.gui.app import make_app
    from reportdiff.gui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.comparisonDone.connect(lambda _r: QTimer.singleShot(0, app.quit))
    window.open_paths([str(p) for p in paths])
    app.exec()
    for _ in range(50):  # anything drawn lazily (corroboration, marks) settles within a few turns
        app.processEvents()
    report = window.report
    assert report is not None
    role_key = getattr(highlight, "FORMAT_ROLE", None)
    totals = {"chars": 0, "tinted": 0, "marked": 0, "linked_chars": 0, "linked_marked": 0}
    linked = {ref for link in report.links for ref in (link.source, link.target)}
    for column in window.columns:
        view = column.view
        doc = view.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid():
                    kind = _classify(frag.charFormat(), window.pal, role_key)
                    start, n = frag.position(), frag.length()
                    # Per character only where it matters: whether it lies in a linked sentence.
                    for pos in range(start, start + n):
                        ref = view.ref_at_position(pos)
                        if ref is None:
                            continue
                        if report.sentence(ref).status == m.BOILERPLATE:
                            continue
                        totals["chars"] += 1
                        totals["tinted"] += kind != ""
                        totals["marked"] += kind == "mark"
                        if ref in linked:
                            totals["linked_chars"] += 1
                            totals["linked_marked"] += kind == "mark"
                it += 1
            block = block.next()
    window.close()
    window.deleteLater()
    app.processEvents()
    return totals


def main() -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reportdiff.resources import sample_paths

    sets = [("seeds", sorted(sample_paths()))]
    cluster = sorted(CLUSTER.glob("article_*.txt"))
    if len(cluster) == 5:
        sets.append((f"5 articles ({CLUSTER.name})", cluster))
    else:
        print(f"5-article cluster: skipped ({CLUSTER} not found)")
    for name, paths in sets:
        t = measure(paths)
        chars = max(t["chars"], 1)
        print(
            f"{name}: {t['tinted'] / chars:.0%} of the text tinted, {t['marked'] / chars:.0%} marked word by word; "
            f"inside linked sentences {t['linked_marked'] / max(t['linked_chars'], 1):.0%} marked "
            f"({t['chars']} characters, boilerplate aside)"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
