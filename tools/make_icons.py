"""Render ReportDiff's application icon (resources/*.svg) to the PNG sizes a desktop and a bundle ask for.

Run after editing an icon SVG:  ``.venv/bin/python tools/make_icons.py``  (``--check`` only compares).
Uses Qt's own SVG renderer (QtSvg ships in PySide6-Essentials), so no other library is needed, and the PNGs
match what the window draws from the SVG.  Nothing here runs when ReportDiff runs: the PNGs are committed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICON_DIR = RESOURCES / "icons"
LARGE_SVG = RESOURCES / "reportdiff.svg"
# At 16-24 px the full drawing's bars fall between pixels and blur into a smudge; a second drawing on a
# 16-unit grid keeps every edge on a pixel (render both with --check off and look at them side by side).
SMALL_SVG = RESOURCES / "reportdiff-small.svg"
SMALL_UP_TO = 24  # sizes up to this many pixels come from the small drawing
# The hicolor sizes desktops look up (16-256), plus 512 for high-density screens and the bundle.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Antialiasing may differ by a step between platforms' float rounding; more than this is a changed drawing.
CHECK_TOLERANCE = 3


def png_path(size: int) -> Path:
    """Where the PNG of one size lives in the repository (and in the installed package)."""
    return ICON_DIR / f"reportdiff-{size}.png"


def source_for(size: int) -> Path:
    """The SVG a size is drawn from."""
    return SMALL_SVG if size <= SMALL_UP_TO else LARGE_SVG


def render(svg: Path, size: int):  # type: ignore[no-untyped-def]  # -> QImage (Qt imported lazily)
    """The SVG drawn into a transparent ``size`` x ``size`` image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def differs(a, b, tolerance: int = CHECK_TOLERANCE) -> bool:  # type: ignore[no-untyped-def]
    """True when two images differ in size or in any channel of any pixel by more than ``tolerance``."""
    from PySide6.QtGui import QImage

    if a.size() != b.size():
        return True
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            for shift in (0, 8, 16, 24):
                if abs(((pa >> shift) & 0xFF) - ((pb >> shift) & 0xFF)) > tolerance:
                    return True
    return False


def stale_sizes() -> list[int]:
    """Sizes whose committed PNG is missing or no longer matches its SVG."""
    from PySide6.QtGui import QImage

    out = []
    for size in SIZES:
        path = png_path(size)
        if not path.exists() or differs(QImage(str(path)), render(source_for(size), size)):
            out.append(size)
    return out


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) every PNG size; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report PNGs that are missing or out of date")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    if args.check:
        stale = stale_sizes()
        for size in stale:
            print(f"out of date: {png_path(size).relative_to(RESOURCES.parent)}")
        return 1 if stale else 0
    ICON_DIR.mkdir(exist_ok=True)
    for size in SIZES:
        path = png_path(size)
        if not render(source_for(size), size).save(str(path), "PNG"):
            print(f"make_icons: cannot write {path}", file=sys.stderr)
            return 2
        print(f"wrote {path.relative_to(RESOURCES.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
