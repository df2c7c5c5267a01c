"""The launcher files: the desktop entry and metainfo validate, the icons match their drawing, and
``--install-desktop`` / ``--uninstall-desktop`` put and remove exactly the files they say, in XDG_DATA_HOME."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reportdiff.gui import desktop_install as di
from reportdiff.resources import DESKTOP_ENTRY, METAINFO, icon_pngs, resource_path

REPO = Path(__file__).resolve().parents[2]
needs_desktop_validate = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed (apt desktop-file-utils)"
)
needs_appstream = pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstreamcli not installed (apt appstream)"
)


def _desktop_validate(path: Path) -> str:
    """desktop-file-validate's complaints; hints (suggestions) are not complaints."""
    proc = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, check=False)
    complaints = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip() and ": hint:" not in ln]
    assert proc.returncode == 0 or complaints, "non-zero exit without a message"
    return "\n".join(complaints)


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")} if root.exists() else set()


def _files(root: Path) -> set[Path]:
    return {p for p in _tree(root) if p.is_file()}


@needs_desktop_validate
def test_shipped_desktop_entry_validates() -> None:
    """resources/reportdiff.desktop passes desktop-file-validate with no error or warning."""
    assert _desktop_validate(resource_path(DESKTOP_ENTRY)) == ""


@needs_desktop_validate
def test_installed_desktop_entry_with_awkward_path_validates(tmp_path: Path) -> None:
    """The installed entry validates even when the launcher's path has spaces, quotes and a percent sign."""
    odd = tmp_path / 'my "apps" 100%' / "reportdiff"
    di.install(tmp_path / "data", command=[str(odd)], refresh=False)
    entry = tmp_path / "data" / "applications" / "reportdiff.desktop"
    assert _desktop_validate(entry) == ""
    exec_line = next(ln for ln in entry.read_text().splitlines() if ln.startswith("Exec="))
    assert exec_line == 'Exec="' + str(odd).replace('"', '\\\\"').replace("%", "%%") + '" %F'


@needs_appstream
def test_metainfo_validates() -> None:
    """The AppStream metainfo is clean by appstreamcli validate (offline: no URL is fetched)."""
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(resource_path(METAINFO))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_desktop_entry_declares_the_inputs_mime_types() -> None:
    """The entry opens many files at once (%F) and declares text, Markdown, HTML, Word, PDF and sessions."""
    text = resource_path(DESKTOP_ENTRY).read_text()
    assert "Exec=reportdiff %F" in text
    mime = next(ln for ln in text.splitlines() if ln.startswith("MimeType=")).removeprefix("MimeType=").split(";")
    for wanted in (
        "text/plain",
        "text/markdown",
        "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/pdf",
        "application/x-reportdiff",
    ):
        assert wanted in mime


def test_icon_pngs_match_their_svg() -> None:
    """Every PNG size exists, is that size, and is what tools/make_icons.py renders from the SVG today."""
    spec = importlib.util.spec_from_file_location("make_icons", REPO / "tools" / "make_icons.py")
    assert spec and spec.loader
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    from PySide6.QtGui import QImage

    pngs = icon_pngs()
    assert sorted(pngs) == sorted(make_icons.SIZES)
    for size, path in pngs.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() < 64  # rounded corner: see-through
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert make_icons.stale_sizes() == []


def test_data_home_respects_xdg_and_ignores_a_relative_one() -> None:
    """XDG_DATA_HOME wins when absolute; a relative one is ignored, as the XDG spec says."""
    assert di.data_home({"XDG_DATA_HOME": "/x/data", "HOME": "/home/u"}) == Path("/x/data")
    assert di.data_home({"XDG_DATA_HOME": "rel/data", "HOME": "/home/u"}) == Path("/home/u/.local/share")
    assert di.data_home({"HOME": "/home/u"}) == Path("/home/u/.local/share")


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("/usr/bin/reportdiff", "/usr/bin/reportdiff"),  # nothing reserved: as is
        ("/opt/Report Diff/reportdiff", '"/opt/Report Diff/reportdiff"'),  # a space: quoted
        ("/a/50%/rd", "/a/50%%/rd"),  # a percent would read as a field code: doubled
        ("/a/$x/rd", '"/a/\\\\$x/rd"'),  # dollar: escaped inside quotes, the backslash doubled for the string
    ],
)
def test_exec_quote(arg: str, quoted: str) -> None:
    """Exec arguments follow the Desktop Entry quoting rules."""
    assert di.exec_quote(arg) == quoted


def test_install_then_uninstall_puts_and_removes_exactly_what_it_says(tmp_path: Path) -> None:
    """Into an empty data folder: the files present are exactly those reported; a second run writes nothing;
    uninstall leaves the folder as empty as it was."""
    home = tmp_path / "data"
    home.mkdir()
    first = di.install(home, command=["/opt/rd/bin/reportdiff"])
    assert _files(home) == set(first.written) | set(first.refreshed)
    assert home / "applications" / "reportdiff.desktop" in first.written
    assert home / "icons" / "hicolor" / "16x16" / "apps" / "reportdiff.png" in first.written
    assert home / "icons" / "hicolor" / "scalable" / "apps" / "reportdiff.svg" in first.written
    assert home / "metainfo" / METAINFO in first.written
    assert home / "mime" / "packages" / "reportdiff.xml" in first.written
    message = di.describe(first, installing=True)
    for path in first.written:
        assert str(path) in message
    for path in first.refreshed:  # caches are named by their folder
        assert f"refreshed {home / path.relative_to(home).parts[0]} (" in message
    assert "/opt/rd/bin/reportdiff %F" in message

    if shutil.which("update-mime-database"):  # what a file manager reads: .reportdiff is a known type now
        assert "application/x-reportdiff:*.reportdiff" in (home / "mime" / "globs2").read_text()
    if shutil.which("update-desktop-database"):  # and ReportDiff is offered for a PDF
        assert "application/pdf=reportdiff.desktop;" in (home / "applications" / "mimeinfo.cache").read_text()

    second = di.install(home, command=["/opt/rd/bin/reportdiff"])
    assert second.written == []
    assert sorted(second.unchanged) == sorted(first.written)
    assert _files(home) == set(first.written) | set(first.refreshed)

    gone = di.uninstall(home)
    assert set(gone.removed) == set(first.written) | set(first.refreshed)
    assert _tree(home) == set()
    assert "Nothing to remove" in di.describe(di.uninstall(home), installing=False)


def test_uninstall_keeps_other_applications(tmp_path: Path) -> None:
    """Another application's entry, icon and MIME package survive install + uninstall byte for byte."""
    home = tmp_path / "data"
    others = {
        home / "applications" / "other.desktop": b"[Desktop Entry]\nType=Application\nName=Other\nExec=other\n",
        home / "icons" / "hicolor" / "16x16" / "apps" / "other.png": b"not really a png",
        home / "mime" / "packages" / "other.xml": (REPO / "resources" / "reportdiff-mime.xml")
        .read_bytes()
        .replace(b"reportdiff", b"otherapp"),
    }
    for path, data in others.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    di.install(home, command=["/usr/bin/reportdiff"])
    di.uninstall(home)
    for path, data in others.items():
        assert path.read_bytes() == data
    assert di.installed(home) == []
    assert not (home / "icons" / "hicolor" / "scalable").exists()  # folders only ReportDiff used are gone


def test_install_desktop_command_says_where(tmp_path: Path) -> None:
    """`reportdiff --install-desktop` with XDG_DATA_HOME set writes there, says so, and never starts Qt."""
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-X", "importtime", "-m", "reportdiff.gui.app"]
    done = subprocess.run([*cmd, "--install-desktop"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert str(tmp_path / "xdg" / "applications" / "reportdiff.desktop") in done.stdout
    assert not (tmp_path / "home").exists()
    assert "PySide6" not in done.stderr  # the import log: no Qt loaded for a terminal command
    undone = subprocess.run([*cmd, "--uninstall-desktop"], capture_output=True, text=True, env=env, check=False)
    assert undone.returncode == 0, undone.stderr
    assert "removed" in undone.stdout
    assert _tree(tmp_path / "xdg") == set()


def test_window_icon_has_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    """The application icon (title bar, task switcher, About box) offers each drawn size, 16 to 512 px."""
    from reportdiff.gui.app import make_app

    icon = make_app().windowIcon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(icon_pngs()) <= sizes
    assert not icon.pixmap(16, 16).isNull()


def test_about_box_shows_the_icon(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Help › About draws ReportDiff's icon (Qt takes the application icon), not a generic information sign."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reportdiff.gui.dialogs import show_about

    seen: list[tuple[int, int]] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, inspect)
            return
        pixmap = box.iconPixmap()
        image = pixmap.toImage()
        # the drawing's blue frame, where a stock icon would be something else or nothing
        seen.append((pixmap.width(), image.pixelColor(pixmap.width() // 2, 4).blue()))
        box.accept()

    QTimer.singleShot(0, inspect)
    show_about(window)
    assert seen and seen[0][0] >= 48 and seen[0][1] > 120


def test_version_command_prints_the_installed_version() -> None:
    """`reportdiff --version` prints the installed package's version and exits 0 without starting Qt."""
    from importlib.metadata import version

    cmd = [sys.executable, "-X", "importtime", "-m", "reportdiff.gui.app", "--version"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"reportdiff {version('reportdiff')}"
    assert "PySide6" not in done.stderr
