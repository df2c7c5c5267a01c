"""`make bundle-check`: prove the one-folder bundle runs on its own, and print its size, start time and the
system libraries a target machine must have.

Starts ``dist/ReportDiff/reportdiff`` from an empty folder with an empty HOME and no Python path: an empty
window screenshot (start-up), the seed comparison screenshot (the engine inside the bundle), and
``--install-desktop`` into a temporary XDG_DATA_HOME (its entry must run the bundle). Each screenshot run is
repeated RUNS times; the median is printed. Timings are a report, never a pass/fail: only a failed or missing
result fails the check. Under ``xvfb-run`` (when installed) the xcb platform is tried too, since offscreen alone
does not load the plugins a desktop uses.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 3  # medians of three: the machine is shared and timings are noisy
TIMEOUT_S = 180


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (no Qt here: this checks the bundle, not the venv)."""
    data = path.read_bytes()[:24]
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", data[16:24])


def run(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    return time.perf_counter() - start, done


def clean_env(home: Path, platform: str = "offscreen") -> dict[str, str]:
    """Only what a desktop session would give: no PYTHONPATH, no virtualenv, an empty home."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": os.environ.get("LANG", "C.UTF-8")}
    env["QT_QPA_PLATFORM"] = platform
    env["XDG_RUNTIME_DIR"] = str(home / "run")
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    return env


def screenshot_runs(exe: Path, args: list[str], work: Path, label: str, platform: str = "offscreen") -> float:
    """Median seconds of RUNS screenshot runs; raises SystemExit when one fails or writes no image."""
    times = []
    for i in range(RUNS):
        home = work / f"home-{label}-{i}"
        home.mkdir()
        out = work / f"{label}-{i}.png"
        cmd = [str(exe), "--screenshot", str(out), *args]
        if platform == "xcb":
            cmd = ["xvfb-run", "-a", *cmd]
        seconds, done = run(cmd, clean_env(home, platform), work)
        if done.returncode != 0 or not out.exists():
            raise SystemExit(f"bundle-check: {label} failed (exit {done.returncode}):\n{done.stderr}")
        width, height = png_size(out)
        if (width, height) != (1400, 900) or out.stat().st_size < 20_000:
            raise SystemExit(f"bundle-check: {label} wrote a {width}x{height} image of {out.stat().st_size} bytes")
        times.append(seconds)
    return statistics.median(times)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def write_html(paras: list[str], path: Path) -> None:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras[1:])
    path.write_text(f"<html><head><title>{html.escape(paras[0])}</title></head><body><nav><a href='/'>Home</a>"
                    f"</nav><article><h1>{html.escape(paras[0])}</h1>{body}</article></body></html>",
                    encoding="utf-8")  # fmt: skip


def write_markdown(paras: list[str], path: Path) -> None:
    path.write_text(f"# {paras[0]}\n\n" + "\n\n".join(paras[1:]) + "\n", encoding="utf-8")


def write_docx(paras: list[str], path: Path) -> None:
    """The smallest Word file: the parts a reader needs, one paragraph per paragraph."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{html.escape(p)}</w:t></w:r></w:p>" for p in paras)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", (
            "<?xml version='1.0' encoding='UTF-8'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/"
            "content-types'><Default Extension='rels' ContentType='application/vnd.openxmlformats-package."
            "relationships+xml'/><Default Extension='xml' ContentType='application/xml'/><Override PartName="
            "'/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml."
            "document.main+xml'/></Types>"))  # fmt: skip
        z.writestr("_rels/.rels", (
            "<?xml version='1.0' encoding='UTF-8'?><Relationships xmlns='http://schemas.openxmlformats.org/package/"
            "2006/relationships'><Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/"
            "2006/relationships/officeDocument' Target='word/document.xml'/></Relationships>"))  # fmt: skip
        z.writestr("word/document.xml", f"<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w='{ns}'>"
                                        f"<w:body>{body}</w:body></w:document>")  # fmt: skip


def write_pdf(paras: list[str], path: Path, width: int = 95, per_page: int = 60) -> None:
    """A plain text PDF (Helvetica, WinAnsi), lines wrapped by hand: enough for a text-layer reader."""
    import textwrap

    lines: list[str] = []
    for para in paras:
        lines += [*textwrap.wrap(para, width), ""]
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]

    def pdf_string(text: str) -> str:
        out = []
        for byte in text.encode("cp1252", "replace"):
            ch = chr(byte)
            out.append(f"\\{byte:03o}" if byte > 126 else ("\\" + ch if ch in "()\\" else ch))
        return "(" + "".join(out) + ")"

    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               "/Encoding /WinAnsiEncoding >>"]  # fmt: skip
    kids = []
    for page in pages:
        stream = "BT /F1 10 Tf 12 TL 50 780 Td " + " ".join(f"{pdf_string(ln)} Tj T*" for ln in page) + " ET"
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")  # fmt: skip
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)


def formats_compared(exe: Path, seeds: list[str], work: Path) -> dict[str, int]:
    """The seeds as text, HTML + Markdown, Word + PDF compared headless by the bundle: linked pairs for each,
    so a reader library that lost its data files in the bundle shows up as a failure or a drop."""
    a, b = (_paragraphs(Path(p).read_text(encoding="utf-8")) for p in seeds[:2])
    pairs = {"text": (Path(seeds[0]), Path(seeds[1]))}
    write_html(a, work / "a.html")
    write_markdown(b, work / "b.md")
    pairs["HTML + Markdown"] = (work / "a.html", work / "b.md")
    write_docx(a, work / "a.docx")
    write_pdf(b, work / "b.pdf")
    pairs["Word + PDF"] = (work / "a.docx", work / "b.pdf")
    home = work / "home-formats"
    home.mkdir()
    linked = {}
    for label, (one, two) in pairs.items():
        _, done = run([str(exe), "compare", str(one), str(two), "--json", "-"], clean_env(home), work)
        if done.returncode != 0:
            raise SystemExit(f"bundle-check: compare ({label}) failed (exit {done.returncode}):\n{done.stderr}")
        report = json.loads(done.stdout)
        if len(report["articles"]) != 2 or not report["links"]:
            raise SystemExit(f"bundle-check: compare ({label}) linked nothing:\n{done.stderr}")
        if report["warnings"]:  # e.g. the language model's files left out of the bundle: lexical links only
            raise SystemExit(f"bundle-check: compare ({label}) warned: {'; '.join(report['warnings'])}")
        fallback = [a["path"] for a in report["articles"] if a["origin"].get("notes") and any(
            "found no article" in note for note in a["origin"]["notes"])]  # fmt: skip
        if fallback:  # trafilatura's data files left out: every page read by the fallback, menus and all
            raise SystemExit(f"bundle-check: compare ({label}) read {', '.join(fallback)} without its extractor")
        linked[label] = len(report["links"])
    return linked


def system_libraries(bundle: Path) -> dict[str, str]:
    """Shared libraries the bundle's binaries load from the system (not from the bundle), with their Debian
    package: what a target machine must provide."""
    outside: set[str] = set()
    # the bootloader puts _internal on the library path at run time: ldd must see the same
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or not (path.suffix == ".so" or ".so." in path.name
                                                           or path == bundle / "reportdiff"):  # fmt: skip
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False, env=env)
        inside = str(bundle.resolve())
        for line in done.stdout.splitlines():
            if "=>" not in line:
                continue
            target = line.split("=>", 1)[1].strip().split(" (", 1)[0]
            if target.startswith("/") and "not found" not in line:
                real = os.path.realpath(target)
                if not real.startswith(inside):
                    outside.add(real)
    packages: dict[str, str] = {}
    for lib in sorted(outside):
        owner = ""
        for name in (lib, lib.removeprefix("/usr")):  # merged /usr: dpkg may know the file under /lib
            owner = owner or subprocess.run(["dpkg", "-S", name], capture_output=True, text=True, check=False).stdout
        packages[lib] = owner.split(":", 1)[0] if owner else "?"
    return packages


def main() -> int:
    """Run every check on dist/ReportDiff and print the figures; non-zero when the bundle does not work."""
    bundle = REPO / "dist" / "ReportDiff"
    exe = bundle / "reportdiff"
    if not exe.is_file():
        print("bundle-check: no dist/ReportDiff/reportdiff: run `make bundle` first", file=sys.stderr)
        return 1
    seeds = sorted(str(p) for p in (REPO / "seeds").glob("*.txt"))
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory(prefix="reportdiff-bundle-") as tmp:
        work = Path(tmp)
        empty = screenshot_runs(exe, [], work, "empty")
        seeded = screenshot_runs(exe, seeds, work, "seeds")
        xcb = None
        if shutil.which("xvfb-run"):
            xcb = screenshot_runs(exe, seeds, work, "xcb", platform="xcb")
        home = work / "home-install"
        home.mkdir()
        env = {**clean_env(home), "XDG_DATA_HOME": str(work / "xdg")}
        _, done = run([str(exe), "--install-desktop"], env, work)
        entry = work / "xdg" / "applications" / "reportdiff.desktop"
        if done.returncode != 0 or not entry.is_file() or f"Exec={exe}" not in entry.read_text():
            raise SystemExit(f"bundle-check: --install-desktop did not point the entry at the bundle:\n{done.stdout}"
                             f"{done.stderr}")  # fmt: skip
        run([str(exe), "--uninstall-desktop"], env, work)
        linked = formats_compared(exe, seeds, work)
    print(f"bundle: {bundle.relative_to(REPO)}  {size / 1e6:.0f} MB in {files} files")
    print(f"start, empty window to screenshot (offscreen): median {empty:.2f} s of {RUNS}")
    print(f"start, compare the seeds to screenshot (offscreen): median {seeded:.2f} s of {RUNS}")
    if xcb is not None:
        print(f"start, compare the seeds to screenshot (xcb under xvfb): median {xcb:.2f} s of {RUNS}")
    else:
        print("xcb not tried: xvfb-run not installed")
    print("--install-desktop: entry runs the bundle; uninstalled again")
    print("compare headless, links found: " + ", ".join(f"{k} {v}" for k, v in linked.items()))
    print("system libraries the bundle loads from the target machine (library: Debian package):")
    for lib, package in system_libraries(bundle).items():
        print(f"  {lib}: {package}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
