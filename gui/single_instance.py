"""One ReportDiff window per user: files opened while it runs are added to it, and it comes to the front.

The first ReportDiff listens on a per-user local socket (QLocalServer). A later ``reportdiff FILE ...`` (from a
file manager's "Open with", or a second double-click) connects, sends the files as one JSON line, waits for
"ok", and exits; the running window adds them to its comparison and raises itself. A socket left behind by a
crash answers nobody: it is removed and listened on again. ``--new-window`` skips all of this.

Protocol, one line each way (UTF-8): ``{"files": ["/abs/a.txt", ...]}\\n`` -> ``ok\\n``.
No comparison logic here; what the window does with the files is its own ``add_paths``.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

SOCKET_BASENAME = "reportdiff"
CONNECT_TIMEOUT_MS = 1000  # a live server accepts at once; a stale socket is refused at once
REPLY_TIMEOUT_MS = 5000  # a window busy drawing a big comparison may answer late; past this, open our own
MAX_MESSAGE_BYTES = 1 << 20  # paths of thousands of files fit; a peer sending more is not a ReportDiff


def socket_name(environ: dict[str, str] | None = None) -> str:
    """The per-user server name: a socket in $XDG_RUNTIME_DIR (private to the user) when there is one, else in
    a folder of the temporary folder that only this user can enter. A private folder, not Qt's
    UserAccessOption: that option binds elsewhere and renames over the name, silently taking it from a live
    instance, where a plain bind fails and tells a live instance from a crashed one."""
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        return str(Path(runtime) / f"{SOCKET_BASENAME}.sock")
    if not hasattr(os, "getuid"):  # Windows: a named pipe in the user's session
        return f"{SOCKET_BASENAME}-{env.get('USERNAME') or 'user'}"
    return str(_private_folder(Path(tempfile.gettempdir()) / f"{SOCKET_BASENAME}-{os.getuid()}") / "instance.sock")


def _private_folder(folder: Path) -> Path:
    """``folder``, created 0700 if missing; refused (OSError) when it is not a real folder of ours, closed to others."""
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise OSError(f"{folder} is not a private folder of this user")
    return folder


def encode(files: Sequence[str | os.PathLike[str]], cwd: str | None = None) -> bytes:
    """The request line: the files made absolute against the sender's working folder."""
    base = Path(cwd or os.getcwd())
    paths = [str(base / Path(f)) if not Path(f).is_absolute() else str(f) for f in files]
    return json.dumps({"files": paths}).encode("utf-8") + b"\n"


def decode(line: bytes) -> list[str] | None:
    """The files of a request line, or None when it is not one."""
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return files


def send_to_running(files: Sequence[str | os.PathLike[str]], name: str | None = None) -> bool:
    """Hand ``files`` to a running ReportDiff; True when it took them (then this process has nothing to do)."""
    socket = QLocalSocket()
    socket.connectToServer(name or socket_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False  # nobody listening (or only a stale socket file): this process becomes the window
    socket.write(encode(files))
    socket.flush()
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if reply.strip() == b"ok":
        return True
    print("reportdiff: the running ReportDiff did not answer; opening a new window", file=sys.stderr)
    return False


class InstanceServer(QObject):
    """Listens for later ReportDiff processes; ``filesReceived`` carries each one's files (maybe none)."""

    filesReceived = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or socket_name()
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)
        self.recovered_stale = False  # True when a dead instance's socket had to be removed first

    def listen(self) -> bool:
        """Start listening; False when another live ReportDiff already does (the caller should hand over)."""
        if self.server.listen(self.name):
            return True
        if self.server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            return False
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.disconnectFromServer()
            return False  # it answers: a live instance
        # Nobody answers on it: what a crash leaves behind. Remove the file and take the name.
        QLocalServer.removeServer(self.name)
        self.recovered_stale = self.server.listen(self.name)
        return self.recovered_stale

    def close(self) -> None:
        """Stop listening and remove the socket."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(conn: QLocalSocket = conn, buffer: bytearray = buffer) -> None:
                buffer += bytes(conn.readAll().data())
                if len(buffer) > MAX_MESSAGE_BYTES:
                    conn.abort()
                    return
                if b"\n" not in buffer:
                    return
                files = decode(bytes(buffer.split(b"\n", 1)[0]))
                if files is None:
                    conn.abort()
                    return
                conn.write(b"ok\n")
                conn.flush()
                conn.disconnectFromServer()
                self.filesReceived.emit(files)

            conn.readyRead.connect(read)
            conn.disconnected.connect(conn.deleteLater)
            if conn.bytesAvailable():
                read()


def bring_to_front(window: QWidget) -> None:
    """Show the window, un-minimised, above the others (as far as the window manager lets a program)."""
    window.show()
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()


def serve_window(server: InstanceServer, window: QWidget) -> None:
    """Files sent by later processes go to ``window.add_paths``; every request raises the window."""

    def received(files: list[str]) -> None:
        bring_to_front(window)
        if files:
            window.add_paths(files)  # type: ignore[attr-defined]

    server.filesReceived.connect(received)


def hand_over_or_listen(files: Sequence[str], name: str | None = None) -> tuple[bool, InstanceServer | None]:
    """At start-up: ``(True, None)`` when a running ReportDiff took ``files`` (this process should exit);
    else ``(False, server)`` with this process now the one listening, or ``(False, None)`` when neither worked
    (a window of its own, as with --new-window)."""
    try:
        server = InstanceServer(name)
    except OSError as exc:  # the private socket folder is not private: no single instance, say why
        print(f"reportdiff: {exc}; opening a window of its own", file=sys.stderr)
        return False, None
    if server.listen():
        return False, server
    if send_to_running(files, server.name):
        return True, None
    return False, None
