"""The window's remembered settings, with typed accessors (git-cola's ``prefs`` module is the model).

Every QSettings key the GUI uses is named here, once, with its default; callers read and write plain Python values
(``prefs.point_size``, ``prefs.recent``) and never see a key or a QVariant. A hand-edited or stale settings file
cannot break the window: unreadable values fall back to the default, sizes are clamped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .sentence_view import DEFAULT_POINT_SIZE

ORGANISATION = "ReportDiff"
APPLICATION = "ReportDiff"

VIEW_COLUMNS = "columns"
VIEW_ALIGNED = "aligned"
VIEW_MODES = (VIEW_COLUMNS, VIEW_ALIGNED)

MIN_POINT_SIZE, MAX_POINT_SIZE = 7.0, 28.0
RECENT_LIMIT = 8
PAGE_SIZES = ("A4", "Letter")

# QSettings keys, in one place.
K_GEOMETRY = "window/geometry"
K_SPLITTER = "window/splitter"
K_VIEW = "view/mode"
K_POINT_SIZE = "view/pointSize"
K_SIDEBAR = "view/sidebar"
K_HEAT = "view/heatMap"
K_SIDEBAR_TAB = "view/sidebarTab"
K_CONFLICTS_ONLY = "figures/conflictsOnly"
K_SINGLE_SOURCE = "figures/singleSource"
K_LAST_FOLDER = "files/lastFolder"
K_RECENT = "files/recent"
K_PAGE_SIZE = "export/pageSize"
K_EXPORT_FOLDER = "export/lastFolder"


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() not in ("false", "0", "no", "")


def clamp_point_size(size: float) -> float:
    """A text size the window can show (a hand-edited file cannot set 0 or 500)."""
    return min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))


class Prefs:
    """Typed view of the application's QSettings (the organisation and application names set by ``app``)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    # -- the window -----------------------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        """The window's saved geometry, or None on a first start."""
        value = self.settings.value(K_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.settings.setValue(K_GEOMETRY, value)

    @property
    def splitter(self) -> QByteArray | None:
        """The saved state of the articles | sidebar splitter, or None."""
        value = self.settings.value(K_SPLITTER)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self.settings.setValue(K_SPLITTER, value)

    @property
    def sidebar(self) -> bool:
        """Whether the sidebar shows (Ctrl+B)."""
        return _bool(self.settings.value(K_SIDEBAR), True)

    @sidebar.setter
    def sidebar(self, shown: bool) -> None:
        self.settings.setValue(K_SIDEBAR, bool(shown))

    @property
    def sidebar_tab(self) -> int:
        """The sidebar's chosen tab, by position (0, the Figures tab, on a first start); the caller checks it
        against the tabs it has."""
        try:
            return max(0, int(self.settings.value(K_SIDEBAR_TAB, 0)))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 0

    @sidebar_tab.setter
    def sidebar_tab(self, index: int) -> None:
        self.settings.setValue(K_SIDEBAR_TAB, max(0, int(index)))

    @property
    def conflicts_only(self) -> bool:
        """The figures table's "Conflicts only" filter."""
        return _bool(self.settings.value(K_CONFLICTS_ONLY), False)

    @conflicts_only.setter
    def conflicts_only(self, on: bool) -> None:
        self.settings.setValue(K_CONFLICTS_ONLY, bool(on))

    @property
    def single_source(self) -> bool:
        """The figures table's "Single source" filter: the facts one article gives listed too (folded by default)."""
        return _bool(self.settings.value(K_SINGLE_SOURCE), False)

    @single_source.setter
    def single_source(self, on: bool) -> None:
        self.settings.setValue(K_SINGLE_SOURCE, bool(on))

    @property
    def heat_map(self) -> bool:
        """Whether less corroborated sentences are tinted (View > Heat Map); off: a calm page."""
        return _bool(self.settings.value(K_HEAT), False)

    @heat_map.setter
    def heat_map(self, on: bool) -> None:
        self.settings.setValue(K_HEAT, bool(on))

    @property
    def view_mode(self) -> str:
        """``VIEW_COLUMNS`` or ``VIEW_ALIGNED``."""
        mode = str(self.settings.value(K_VIEW, VIEW_COLUMNS))
        return mode if mode in VIEW_MODES else VIEW_COLUMNS

    @view_mode.setter
    def view_mode(self, mode: str) -> None:
        self.settings.setValue(K_VIEW, mode if mode in VIEW_MODES else VIEW_COLUMNS)

    @property
    def point_size(self) -> float:
        """The article text size in points, clamped."""
        return clamp_point_size(_float(self.settings.value(K_POINT_SIZE, DEFAULT_POINT_SIZE), DEFAULT_POINT_SIZE))

    @point_size.setter
    def point_size(self, size: float) -> None:
        self.settings.setValue(K_POINT_SIZE, clamp_point_size(size))

    # -- files ----------------------------------------------------------------------------------------------

    @property
    def last_folder(self) -> str:
        """The folder the last article was opened from (home when none, or when it is gone)."""
        folder = str(self.settings.value(K_LAST_FOLDER, "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self.settings.setValue(K_LAST_FOLDER, folder)

    @property
    def recent(self) -> list[list[str]]:
        """Recent comparisons, newest first, each a list of file paths."""
        try:
            data = json.loads(str(self.settings.value(K_RECENT, "[]")))
        except ValueError:
            return []
        if not isinstance(data, list):
            return []
        return [list(map(str, item)) for item in data if isinstance(item, list)][:RECENT_LIMIT]

    @recent.setter
    def recent(self, items: Sequence[Sequence[str]]) -> None:
        self.settings.setValue(K_RECENT, json.dumps([list(i) for i in items][:RECENT_LIMIT]))

    def remember(self, paths: Sequence[str]) -> None:
        """Put a comparison's files at the top of the recent list."""
        entry = [str(Path(p).resolve()) for p in paths]
        self.recent = [entry] + [r for r in self.recent if r != entry]

    # -- export ---------------------------------------------------------------------------------------------

    @property
    def page_size(self) -> str:
        """The paper of the last PDF export (``A4`` or ``Letter``)."""
        size = str(self.settings.value(K_PAGE_SIZE, "A4"))
        return size if size in PAGE_SIZES else "A4"

    @page_size.setter
    def page_size(self, size: str) -> None:
        self.settings.setValue(K_PAGE_SIZE, size)

    @property
    def export_folder(self) -> str:
        """Where the last export went ('' when none yet)."""
        return str(self.settings.value(K_EXPORT_FOLDER, "") or "")

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self.settings.setValue(K_EXPORT_FOLDER, folder)

    def sync(self) -> None:
        """Write to disk now."""
        self.settings.sync()
