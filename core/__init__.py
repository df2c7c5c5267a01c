"""ReportDiff's comparison engine: a pure function of article texts to a Report.

Nothing under this package imports Qt or ``reportdiff.gui``; the GUI and the exporters only draw what it returns.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reportdiff")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
