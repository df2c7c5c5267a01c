"""Files dragged in from a file manager: the paths a drag carries, and a mixin that accepts them on any widget."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QUrl


def paths_from_mime(mime: object) -> list[str]:
    """Local file and folder paths carried by a drag's mime data (files inside a folder are listed later)."""
    urls: Iterable[QUrl] = mime.urls() if mime is not None and mime.hasUrls() else []  # type: ignore[attr-defined]
    return [url.toLocalFile() for url in urls if url.isLocalFile()]


class FileDropMixin:
    """Accept files and folders dragged in from a file manager and hand their paths to ``files_dropped``, by
    default the widget's ``filesDropped`` signal. Put it before the Qt class: ``class X(FileDropMixin, QWidget)``."""

    def dragEnterEvent(self, event: QEvent) -> None:
        """Accept a drag that carries files; refuse anything else (text, images)."""
        if paths_from_mime(event.mimeData()):  # type: ignore[attr-defined]
            event.acceptProposedAction()  # type: ignore[attr-defined]
        else:
            event.ignore()

    def dragMoveEvent(self, event: QEvent) -> None:
        """Keep accepting while the drag moves."""
        self.dragEnterEvent(event)

    def dropEvent(self, event: QEvent) -> None:
        """Hand the dropped paths on."""
        paths = paths_from_mime(event.mimeData())  # type: ignore[attr-defined]
        if paths:
            event.acceptProposedAction()  # type: ignore[attr-defined]
            self.files_dropped(paths)

    def files_dropped(self, paths: list[str]) -> None:
        """Where dropped paths go: the ``filesDropped`` signal unless a subclass says otherwise."""
        self.filesDropped.emit(paths)  # type: ignore[attr-defined]
