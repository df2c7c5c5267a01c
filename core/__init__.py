"""ReportDiff's comparison engine: a pure function of article texts to a Report.

Nothing under this package imports Qt or ``reportdiff.gui``; the GUI and the exporters only draw what it returns.
"""

from typing import Any


def __getattr__(name: str) -> Any:
    # The version is read lazily: importlib.metadata costs ~50 ms, paid only by the About box and --version.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("reportdiff")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0"
    raise AttributeError(name)
