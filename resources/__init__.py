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
