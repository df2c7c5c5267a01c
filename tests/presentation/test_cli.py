"""The headless command: JSON, summary, and one clear line for every bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportdiff.core.jsontext import write_json_line

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FILES = [str(SEEDS / "cnews-live-syria-airstrikes.txt"), str(SEEDS / "reuters-syria-airstrikes.txt")]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", "compare", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_json_to_stdout_is_a_report() -> None:
    """`compare A B --json -` prints a reportdiff.report/1 document and nothing else."""
    proc = run(*FILES, "--json", "-")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["format"] == "reportdiff.report/1"
    assert len(data["articles"]) == 2 and data["links"] and data["facts"]


def test_summary_shows_what_a_reader_needs() -> None:
    """The readable summary names the share, the quote discrepancy, the unique facts and the figures table."""
    proc = run(*FILES)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "shared" in out and "Discrepancies (1)" in out
    assert "quote wording differs (Assad)" in out
    assert "Khansir" in out and "Mazloum Abdi" in out
    assert "agree" in out


def test_json_file_is_written(tmp_path: Path) -> None:
    """--json OUT writes the file whole."""
    out = tmp_path / "r.json"
    proc = run(*FILES, "--json", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "reportdiff.report/1"
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", FILES[0]], "no such file"),  # a missing file
        ([FILES[0]], "at least two"),  # one article only
        ([FILES[0], FILES[0]], "at least two"),  # the same file twice
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    """Bad input: exit status 2, one line on stderr, no traceback."""
    proc = run(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_unwritable_output_leaves_nothing_half_written(tmp_path: Path) -> None:
    """Writing into a missing folder fails clearly; an existing target stays as it was."""
    proc = run(*FILES, "--json", str(tmp_path / "nope" / "r.json"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    target = tmp_path / "keep.json"
    target.write_text("old", encoding="utf-8")
    proc = run(*FILES, "--json", str(target), "--quiet")
    assert proc.returncode == 0
    assert target.read_text(encoding="utf-8") != "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]  # no temporary file left behind


def test_headless_path_does_not_load_qt() -> None:
    """The JSON path never imports PySide6 (fast start, works without any display library)."""
    code = (
        "import sys; from reportdiff.gui.app import main; "
        f"main(['compare', {FILES[0]!r}, {FILES[1]!r}, '--json', '-']); "
        "sys.stderr.write(str(any(k.startswith('PySide6') for k in sys.modules)))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip().endswith("False")


def test_html_to_stdout() -> None:
    """`--html -` prints the document instead of writing a file named '-'."""
    proc = run(*FILES, "--html", "-")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.lstrip().lower().startswith("<!doctype html")
    assert not Path("-").exists()


def test_a_folder_compares_the_articles_inside_it(tmp_path: Path) -> None:
    """`compare FOLDER` compares the article files directly inside it, as a folder dropped on the window does;
    a README and a picture beside them are left out."""
    folder = tmp_path / "story"
    folder.mkdir()
    for name in FILES:
        (folder / Path(name).name).write_bytes(Path(name).read_bytes())
    (folder / "README.txt").write_text("Notes about this folder.", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    proc = run(str(folder), "--json", "-")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert sorted(Path(a["origin"]["path"]).name for a in data["articles"]) == sorted(Path(f).name for f in FILES)
    assert data["warnings"] == []


# What the headless JSON path of plain-text articles must not import: the window's toolkit, libraries only other
# inputs, exports or commands need, and the heavy ones nothing in compare uses (each costs start-up time).
NOT_IMPORTED = (
    "PySide6", "scipy", "sklearn", "wordllama", "tokenizers", "trafilatura", "lxml", "pypdf", "tqdm", "dask",
    "logging", "reportdiff.presentation.summary", "reportdiff.presentation.htmlreport", "reportdiff.batch",
)  # fmt: skip


def test_the_json_path_imports_only_what_it_needs(tmp_path: Path) -> None:
    """`compare A B --json OUT --quiet` on text files loads none of NOT_IMPORTED (and does write the report)."""
    out = tmp_path / "r.json"
    code = (
        "import sys; from reportdiff.gui.app import main; "
        f"main(['compare', {FILES[0]!r}, {FILES[1]!r}, '--json', {str(out)!r}, '--quiet']); "
        "print(' '.join(sorted(sys.modules)))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    loaded = set(proc.stdout.split())
    assert "reportdiff.core.compare" in loaded and json.loads(out.read_bytes())["links"]
    assert [name for name in NOT_IMPORTED if any(m == name or m.startswith(name + ".") for m in loaded)] == []


def test_json_on_stdout_is_the_files_bytes_and_a_newline(tmp_path: Path) -> None:
    """`--json -` prints exactly the bytes `--json OUT` writes, then a newline."""
    out = tmp_path / "r.json"
    assert run(*FILES, "--json", str(out), "--quiet").returncode == 0
    proc = subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", "compare", *FILES, "--json", "-"], capture_output=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == out.read_bytes() + b"\n"


@pytest.mark.parametrize(
    ("encoding", "raw"),
    [
        ("utf-8", True),  # standard output as a rule: the bytes go straight to its buffer
        ("UTF8", True),  # another name of the same encoding
        ("latin-1", False),  # a terminal in another encoding: decoded and encoded by the stream, as any text
    ],
)
def test_write_json_line_puts_text_written_before_first(encoding: str, raw: bool) -> None:
    """write_json_line after text already written: the text comes first, then the JSON and a newline."""
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=encoding, errors="replace")
    stream.write("before ")
    write_json_line(stream, '{"a":"é"}'.encode())
    stream.flush()
    assert buffer.getvalue() == "before {\"a\":\"é\"}\n".encode(encoding)
    string = io.StringIO()
    write_json_line(string, b'{"b":1}')  # no byte stream at all
    assert string.getvalue() == '{"b":1}\n'
