"""``reportdiff --install-desktop`` / ``--uninstall-desktop``: ReportDiff in the user's application menu.

After ``pip install`` / ``pipx install`` nothing tells the desktop that ReportDiff exists. This puts the desktop
entry (with ``Exec`` pointing at the ``reportdiff`` that ran it), the icons, the AppStream metainfo and the MIME
package for ``.reportdiff`` session files into the user's XDG data folder (``$XDG_DATA_HOME``, else
``~/.local/share``), refreshes the caches desktops read, and says what it wrote where. Running it twice changes
nothing; uninstalling removes exactly those files, the caches that only they needed, and the folders it leaves
empty. Qt-free on purpose: it runs in a terminal, with no display, in a fraction of a second.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportdiff.resources import DESKTOP_ENTRY, ICON_SVG, METAINFO, MIME_PACKAGE, icon_pngs, resource_path

APP_ID = "reportdiff"  # desktop-file id and icon name (the window sets the same desktop file name)
# Files a database tool generates in mime/ from mime/packages/*.xml: when no package is left, these go too.
MIME_GENERATED = (
    "XMLnamespaces", "aliases", "generic-icons", "globs", "globs2", "icons", "magic", "mime.cache",
    "subclasses", "treemagic", "types", "version",
)  # fmt: skip
MIMEINFO_CACHE = "mimeinfo.cache"  # what update-desktop-database writes into applications/
TOOL_TIMEOUT_S = 60  # a cache tool that hangs must not hang the installer


@dataclass
class Outcome:
    """What one run did, as paths, for the message and for the tests."""

    data_home: Path
    written: list[Path] = field(default_factory=list)  # files created or replaced
    unchanged: list[Path] = field(default_factory=list)  # files already there with the same content
    removed: list[Path] = field(default_factory=list)  # files deleted
    refreshed: list[Path] = field(default_factory=list)  # cache files a desktop tool (re)generated
    notes: list[str] = field(default_factory=list)  # tools missing or failing: the install still stands


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path (the spec ignores a relative one), else ~/.local/share."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or str(Path.home())
    return Path(home) / ".local" / "share"


def launcher() -> list[str]:
    """The command a desktop entry should run to start this very installation of ReportDiff."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: its own executable
        return [os.path.abspath(sys.executable)]
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == APP_ID and argv0.is_file():
        # absolute but not resolved: pipx's ~/.local/bin/reportdiff symlink survives an upgrade, its target may not
        return [os.path.abspath(argv0)]
    found = shutil.which(APP_ID)
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "reportdiff.gui.app"]


def exec_quote(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted and escaped as the Desktop Entry spec asks."""
    arg = arg.replace("%", "%%")
    if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    # the Exec value is also a "string" key, whose own escape turns each backslash into two
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry_text(command: Sequence[str]) -> str:
    """The shipped desktop entry with Exec/TryExec pointing at ``command``."""
    lines = []
    for line in resource_path(DESKTOP_ENTRY).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_quote(a) for a in command) + " %F"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned(home: Path, command: Sequence[str]) -> dict[Path, bytes]:
    """Every file the install puts in place, with its content."""
    files: dict[Path, bytes] = {home / "applications" / f"{APP_ID}.desktop": desktop_entry_text(command).encode()}
    for size, png in icon_pngs().items():
        files[home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png.read_bytes()
    files[home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"] = resource_path(ICON_SVG).read_bytes()
    files[home / "metainfo" / METAINFO] = resource_path(METAINFO).read_bytes()
    files[home / "mime" / "packages" / f"{APP_ID}.xml"] = resource_path(MIME_PACKAGE).read_bytes()
    return files


def installed(home: Path) -> list[Path]:
    """ReportDiff's files present under ``home`` (icons of any size, so an older install's sizes go too)."""
    candidates = [
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / METAINFO,
        home / "mime" / "packages" / f"{APP_ID}.xml",
    ]
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        candidates += sorted(hicolor.glob(f"*/apps/{APP_ID}.png")) + sorted(hicolor.glob(f"*/apps/{APP_ID}.svg"))
    return [p for p in candidates if p.is_file() or p.is_symlink()]


def _write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, so a failure never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else set()


def _run_tool(tool: str, folder: Path, outcome: Outcome, generated: Callable[[], set[Path]]) -> None:
    """Run a desktop cache tool on ``folder``; record the cache files it wrote, or a note when it could not."""
    exe = shutil.which(tool)
    if exe is None:
        outcome.notes.append(f"{tool} not found: desktops pick the change up at their next scan or login")
        return
    try:
        proc = subprocess.run(
            [exe, str(folder)], capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        outcome.notes.append(f"{tool} failed ({exc}); the files are in place")
        return
    if proc.returncode != 0:
        first = (proc.stderr or proc.stdout).strip().splitlines()[:1]
        outcome.notes.append(f"{tool} failed ({first[0] if first else f'exit {proc.returncode}'})")
        return
    outcome.refreshed.extend(sorted(generated()))


def _mime_generated(home: Path) -> set[Path]:
    """The files update-mime-database derives in mime/ (everything there but the packages/ it reads)."""
    mime = home / "mime"
    return {p for p in _files_under(mime) if (mime / "packages") not in p.parents}


def _desktop_cache(home: Path) -> set[Path]:
    cache = home / "applications" / MIMEINFO_CACHE
    return {cache} if cache.is_file() else set()


def install(home: Path | None = None, command: Sequence[str] | None = None, refresh: bool = True) -> Outcome:
    """Put the entry, icons, metainfo and MIME package under ``home``; refresh the caches when ``refresh``."""
    home = data_home() if home is None else home
    outcome = Outcome(home)
    for path, data in planned(home, command or launcher()).items():
        try:
            same = path.is_file() and not path.is_symlink() and path.read_bytes() == data
        except OSError:
            same = False
        if same:
            outcome.unchanged.append(path)
        else:
            _write_atomic(path, data)
            outcome.written.append(path)
    if refresh:
        _run_tool("update-mime-database", home / "mime", outcome, lambda: _mime_generated(home))
        _run_tool("update-desktop-database", home / "applications", outcome, lambda: _desktop_cache(home))
    return outcome


def _prune_empty(folder: Path, stop: Path) -> None:
    """Remove ``folder`` and its parents while empty, never ``stop`` or above it."""
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def uninstall(home: Path | None = None, refresh: bool = True) -> Outcome:
    """Remove ReportDiff's files from ``home``, and the caches and folders nothing else needs any more."""
    home = data_home() if home is None else home
    outcome = Outcome(home)
    for path in installed(home):
        path.unlink()
        outcome.removed.append(path)
        _prune_empty(path.parent, home)
    if not outcome.removed or not refresh:
        return outcome
    packages = home / "mime" / "packages"
    if packages.is_dir() and any(packages.iterdir()):
        _run_tool("update-mime-database", home / "mime", outcome, lambda: _mime_generated(home))
    else:  # no package left: the derived database describes nothing, so it goes with ours
        for name in MIME_GENERATED:
            _remove_generated(home / "mime" / name, home, outcome)
        for media_dir in (p for p in (home / "mime").glob("*") if p.is_dir() and p.name != "packages"):
            for xml in media_dir.glob("*.xml"):
                _remove_generated(xml, home, outcome)
    applications = home / "applications"
    if applications.is_dir() and any(applications.rglob("*.desktop")):
        _run_tool("update-desktop-database", applications, outcome, lambda: _desktop_cache(home))
    else:
        _remove_generated(applications / MIMEINFO_CACHE, home, outcome)
    return outcome


def _remove_generated(path: Path, home: Path, outcome: Outcome) -> None:
    if path.is_file():
        path.unlink()
        outcome.removed.append(path)
        _prune_empty(path.parent, home)


def describe(outcome: Outcome, installing: bool) -> str:
    """The message a person reads after the command: what was written, kept, refreshed or removed, where."""
    home = outcome.data_home
    lines: list[str] = []
    if installing:
        lines.append(f"ReportDiff is in this user's applications (data folder {home}):")
        lines += [f"  wrote     {p}" for p in outcome.written]
        lines += [f"  unchanged {p}" for p in outcome.unchanged]
        lines += _refreshed_lines(outcome)
        entry = home / "applications" / f"{APP_ID}.desktop"
        exec_line = next((ln for ln in entry.read_text(encoding="utf-8").splitlines() if ln.startswith("Exec=")), "")
        lines.append(f"The menu entry runs: {exec_line.removeprefix('Exec=')}")
        lines.append("Undo with: reportdiff --uninstall-desktop")
    elif not outcome.removed:
        lines.append(f"Nothing to remove: ReportDiff's desktop files are not in {home}.")
    else:
        lines.append(f"ReportDiff's desktop files are gone from {home}:")
        lines += [f"  removed   {p}" for p in outcome.removed]
        lines += _refreshed_lines(outcome)
    lines += [f"  note: {n}" for n in outcome.notes]
    return "\n".join(lines)


def _refreshed_lines(outcome: Outcome) -> list[str]:
    """One line per cache folder: a dozen generated MIME database files say nothing one by one."""
    folders: dict[Path, int] = {}
    for path in outcome.refreshed:
        top = outcome.data_home / path.relative_to(outcome.data_home).parts[0]
        folders[top] = folders.get(top, 0) + 1
    return [f"  refreshed {folder} ({n} cache file{'s' if n > 1 else ''})" for folder, n in folders.items()]


def run(uninstalling: bool = False) -> int:
    """Install (or uninstall) for the current user, print what happened; the exit status."""
    try:
        outcome = uninstall() if uninstalling else install()
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"reportdiff: cannot {'uninstall' if uninstalling else 'install'} the desktop entry{where}: "
              f"{exc.strerror or exc}", file=sys.stderr)  # fmt: skip
        return 1
    print(describe(outcome, installing=not uninstalling))
    return 0

