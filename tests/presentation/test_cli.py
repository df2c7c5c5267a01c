"""The headless command: JSON, summary, and one clear line for every bad input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportdiff.core.textout import write_json_line

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
    assert "D1 Quote wording differs" in out and "! Assad: “Terrorists only understand" in out
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
    "PySide6", "scipy", "sklearn", "wordllama", "tokenizers", "trafilatura", "lxml", "pypdf", "pypdfium2", "tqdm",
    "dask", "logging", "reportdiff.presentation.summary", "reportdiff.presentation.htmlreport", "reportdiff.batch",
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


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "latin-1", "ascii", "utf-16"])
def test_write_json_line_puts_text_written_before_first(encoding: str) -> None:
    """write_json_line after text already written, on a strict stream of any encoding: the text comes first,
    then the JSON (UTF-8 as it is, else with ASCII escapes: the same value) and a newline."""
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=encoding)  # strict, as standard output is
    stream.write("before ")
    value = {"a": "é Жертвы 死 \U0001f600"}
    write_json_line(stream, json.dumps(value, ensure_ascii=False).encode())
    stream.flush()
    text = buffer.getvalue().decode(encoding)
    assert text.startswith("before ") and text.endswith("\n")
    assert json.loads(text.removeprefix("before ")) == value
    string = io.StringIO()
    write_json_line(string, b'{"b":1}')  # no byte stream at all
    assert string.getvalue() == '{"b":1}\n'


CYRILLIC = "Пожар в Москве: погибли 12 человек, сообщили спасатели. Пожар начался ночью в жилом доме.\n"
CYRILLIC_B = "В Москве при пожаре погибли 12 человек, сообщили спасатели. Пожар начался ночью.\n"


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_a_terminal_in_another_encoding_gets_the_report_not_a_traceback(tmp_path: Path, encoding: str) -> None:
    """Standard output in Latin-1 or ASCII and Cyrillic articles: `--json -` prints the same JSON value as the
    file, escaped; the summary prints with the missing letters escaped; `--html -` the UTF-8 document. Exit 0."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(CYRILLIC, encoding="utf-8")
    b.write_text(CYRILLIC_B, encoding="utf-8")
    out = tmp_path / "r.json"
    assert run(str(a), str(b), "--json", str(out), "--quiet").returncode == 0
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    command = [sys.executable, "-m", "reportdiff.gui.app", "compare", str(a), str(b)]
    as_json = subprocess.run([*command, "--json", "-"], capture_output=True, timeout=60, env=env)
    assert as_json.returncode == 0 and b"Traceback" not in as_json.stderr, as_json.stderr
    assert json.loads(as_json.stdout.decode(encoding)) == json.loads(out.read_bytes())
    summary = subprocess.run(command, capture_output=True, timeout=60, env=env)
    assert summary.returncode == 0 and b"Traceback" not in summary.stderr, summary.stderr
    assert "a.txt" in summary.stdout.decode(encoding)
    html = subprocess.run([*command, "--html", "-"], capture_output=True, timeout=60, env=env)
    assert html.returncode == 0 and "Пожар" in html.stdout.decode("utf-8")


def test_a_full_or_closed_standard_output_is_one_line_and_status_2(tmp_path: Path) -> None:
    """Standard output on a full device, or closed: one 'cannot write to standard output' line, exit 2."""
    command = [sys.executable, "-m", "reportdiff.gui.app", "compare", *FILES]
    for extra in (["--json", "-"], []):
        with open("/dev/full", "w") as full:
            proc = subprocess.run([*command, *extra], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
        assert proc.returncode == 2 and "cannot write to standard output" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
        closed = subprocess.run(
            [*command, *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=60,
            preexec_fn=lambda: os.close(1),
        )  # fmt: skip
        assert closed.returncode == 2 and "standard output: it is closed" in closed.stderr, closed.stderr


# The command, with the JSON writer made to receive a signal after its first piece went to the temporary file.
_SIGNALLED_MIDWAY = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # as a terminal starts it (a background job ignores SIGINT)
from reportdiff.core import jsontext
real = jsontext.report_json_pieces
def pieces(report, block=jsontext.JSON_LINK_BLOCK):
    given = real(report, 1)
    yield next(given)
    os.kill(os.getpid(), getattr(signal, sys.argv[1]))
    yield from given
jsontext.report_json_pieces = pieces
from reportdiff.gui.app import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize(("name", "status", "said"), [("SIGTERM", 143, "terminated"), ("SIGINT", 130, "interrupted")])
def test_a_signal_while_writing_keeps_the_old_file_and_leaves_nothing(
    tmp_path: Path, name: str, status: int, said: str
) -> None:
    """SIGTERM or Ctrl-C while --json FILE is half written: one line, exit 128 + the signal, the older file kept
    as it was and no temporary file left beside it (SIGTERM used to end the process on the spot)."""
    target = tmp_path / "report.json"
    target.write_bytes(b"older report")
    args = [name, "compare", *map(str, sorted(SEEDS.glob("*.txt"))), "--json", str(target), "--quiet"]
    proc = subprocess.run([sys.executable, "-c", _SIGNALLED_MIDWAY, *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == status, proc.stderr
    assert proc.stderr.strip() == f"reportdiff: {said}"
    assert target.read_bytes() == b"older report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_an_article_piped_in_as_dash_is_compared() -> None:
    """`reportdiff compare - other.txt` reads pasted text from standard input, as `--json -` writes to standard
    output (review-s25, minor: it said "-: no such file"). The article is named "stdin"; '-' twice is refused."""
    cnews, reuters = FILES
    proc = subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", "compare", "-", reuters, "--json", "-"],
        input=Path(cnews).read_bytes(), capture_output=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    piped = json.loads(proc.stdout)
    files = json.loads(run(cnews, reuters, "--json", "-").stdout)
    assert Path(piped["articles"][0]["path"]).name == "stdin.txt"
    assert piped["summary"] == files["summary"]
    twice = subprocess.run([sys.executable, "-m", "reportdiff.gui.app", "compare", "-", "-"], input=b"x",
                           capture_output=True, text=False, timeout=60)  # fmt: skip
    assert twice.returncode == 2 and b"standard input" in twice.stderr


def test_dash_without_standard_input_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A process started with no standard input at all (a GUI launcher's): '-' is refused in words, no traceback."""
    from reportdiff.presentation import cli

    monkeypatch.setattr(sys, "stdin", None)
    assert cli.main(["-", FILES[1], "--quiet"]) == 2
    assert capsys.readouterr().err == "reportdiff: '-' needs standard input, and this process has none\n"
