"""Static resources: icons, style sheet, desktop entry, and the way to the bundled sample articles."""

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    """Path of a file shipped in this package (icon, style sheet)."""
    return Path(str(files(__name__).joinpath(name)))


def sample_paths() -> list[Path]:
    """The seed articles (the sample comparison), in a stable order."""
    folder = Path(str(files("reportdiff.seeds")))
    return sorted(p for p in folder.glob("*.txt"))


# The application icon: a scalable drawing and PNGs rendered from it by tools/make_icons.py.
ICON_SVG = "reportdiff.svg"
ICON_PNG_PATTERN = "reportdiff-*.png"  # in icons/, named by their size in pixels
DESKTOP_ENTRY = "reportdiff.desktop"
METAINFO = "io.github.reportdiff.ReportDiff.metainfo.xml"
MIME_PACKAGE = "reportdiff-mime.xml"


def icon_pngs() -> dict[int, Path]:
    """The shipped PNG icons by size in pixels, smallest first."""
    out = {}
    for path in resource_path("icons").glob(ICON_PNG_PATTERN):
        size = path.stem.rsplit("-", 1)[-1]
        if size.isdigit():
            out[int(size)] = path
    return dict(sorted(out.items()))
