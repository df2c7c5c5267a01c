"""The headless ``reportdiff compare`` command: files -> Report -> JSON, HTML or a readable summary.

Pure Python, no Qt. PDF export needs Qt, so the caller (``reportdiff.gui.app``) passes a PDF writer in; this
module never imports the GUI. Every failure a user can cause ends as one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from reportdiff.core import gctune
from reportdiff.core.atomic import WriteError, resolve_target, write_text_atomic
from reportdiff.core.errors import InputError
from reportdiff.core.jsontext import report_json_bytes, write_report_json
from reportdiff.core.model import Report
from reportdiff.core.termination import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, termination_unwinds
from reportdiff.core.textout import write_json_line, write_text

PdfWriter = Callable[[Report, Path, str], None]
PAGE_SIZES = ("A4", "Letter")


def build_parser() -> argparse.ArgumentParser:
    """The ``compare`` sub-command's arguments."""
    parser = argparse.ArgumentParser(
        prog="reportdiff compare",
        description="Compare two or more news reports of the same event, without opening a window.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article files (.txt, .md, .html, ...) or folders of them; '-' reads one article from standard input",
    )
    # OUT may be left out: `compare a.txt b.txt --json` prints the JSON, as '-' does (argparse's const)
    parser.add_argument(
        "--json", metavar="OUT", nargs="?", const="-", help="write the report as JSON to OUT (none or '-': stdout)"
    )
    parser.add_argument(
        "--html",
        metavar="OUT",
        nargs="?",
        const="-",
        help="write a self-contained HTML document to OUT (none or '-': stdout)",
    )
    parser.add_argument("--pdf", metavar="OUT", help="write a highlighted PDF to OUT")
    parser.add_argument("--page-size", choices=PAGE_SIZES, default="A4", help="paper size of the PDF (default A4)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    parser.add_argument(
        "--strict", action="store_true", help="fail when any file cannot be read (default: leave it out, warn)"
    )
    return parser


def output_problem(args: argparse.Namespace, pdf_writer: PdfWriter | None) -> str | None:
    """What stops the requested exports from being written, said before any comparison runs; None when nothing
    does. The same checks run again when writing (the disk can change meanwhile); this only spares a user the wait."""
    if args.json == "-" and args.html == "-":
        return "--json and --html cannot both write to standard output: give one of them a file name"
    if args.pdf and pdf_writer is None:
        return "PDF export needs the Qt part of ReportDiff"
    if args.pdf == "-":
        return "--pdf needs a file name: a PDF is not written to standard output"
    from reportdiff.core.article_files import expand_paths

    articles = {Path(os.path.realpath(path)) for path in expand_paths(args.files)}  # never raises on a symlink loop
    targets: dict[Path, str] = {}
    for option in ("json", "html", "pdf"):
        name = getattr(args, option)
        if not name or name == "-":
            continue
        try:
            real = resolve_target(name).resolve()
        except WriteError as exc:
            return str(exc)
        if Path(os.path.realpath(real)) in articles:  # tab completion's slip would replace the article
            return f"--{option} {name} is one of the articles being compared; choose another name"
        if real in targets:
            return f"--{targets[real]} and --{option} both write {name}; give each its own file"
        targets[real] = option
    return None


def main(argv: Sequence[str], pdf_writer: PdfWriter | None = None, stdout: TextIO | None = None) -> int:
    """Run ``compare`` on ``argv`` (without the word "compare"); return the exit status."""
    out = stdout or sys.stdout
    args = build_parser().parse_args(list(argv))
    problem = output_problem(args, pdf_writer)
    if problem:  # before comparing: a long comparison must not end in "cannot write"
        print(f"reportdiff: {problem}", file=sys.stderr)
        return 2
    try:
        with termination_unwinds(), gctune.paused():  # one comparison, and the process ends (core/gctune.py)
            return _run(args, pdf_writer, out)
    except BrokenPipeError:  # the reader left (`| head`): stop quietly, as any writer into a pipe does
        _stdout_to_null()
        return 1
    except KeyboardInterrupt:  # Ctrl-C: a file being written was removed on the way out, its older copy kept
        print("reportdiff: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("reportdiff: terminated", file=sys.stderr)
        return EXIT_TERMINATED


def _folder_notes(files: Sequence[str]) -> list[str]:
    """What to say of each folder given that holds no article files, whose name would otherwise vanish from the
    comparison without a word: `batch` compares its story folders if it holds those; else it is named as empty of
    articles (an empty folder, a folder of .doc files or screenshots)."""
    from reportdiff.core.article_files import ARTICLE_SUFFIXES, folders_of_articles, is_article_file

    notes = []
    for name in files:
        folder = Path(name)
        try:
            if not folder.is_dir() or any(is_article_file(p) for p in folder.iterdir()):
                continue
        except OSError:
            continue
        if folders_of_articles(folder):
            notes.append(f"{name} holds one folder per story: run `reportdiff batch {name}` to compare each")
        else:
            kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
            notes.append(f"{name} is a folder with no article files in it; ReportDiff reads {kinds}")
    return notes


def _stdout_to_null() -> None:
    """Standard output onto the null device, so that the interpreter's last flush has nowhere to fail."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # no standard output to redirect
        pass


# An article read from standard input ('-') is saved under this name in a temporary folder for the comparison: the
# report names it "stdin", and the loader sniffs its format (a web page, Markdown, plain text) from its bytes.
STDIN_NAME = "stdin.txt"


def _run(args: argparse.Namespace, pdf_writer: PdfWriter | None, out: TextIO) -> int:
    import tempfile

    from reportdiff.core.article_files import expand_paths
    from reportdiff.core.compare import compare_files  # here, not above: `compare --help` skips numpy and the engine

    with tempfile.TemporaryDirectory(prefix="reportdiff-stdin-") as folder:
        files = list(args.files)
        if "-" in files:  # pasted text, piped in: one article, read once
            if files.count("-") > 1:
                print("reportdiff: '-' (standard input) can be given once", file=sys.stderr)
                return 2
            stdin = getattr(sys.stdin, "buffer", None)  # none where the process was started without one
            if stdin is None:
                print("reportdiff: '-' needs standard input, and this process has none", file=sys.stderr)
                return 2
            pasted = Path(folder) / STDIN_NAME
            pasted.write_bytes(stdin.read())
            files[files.index("-")] = str(pasted)
        try:
            report = compare_files(expand_paths(files), strict=args.strict)
        except InputError as exc:
            hints = "".join(f" ({note})" for note in _folder_notes(args.files))
            print(f"reportdiff: {exc}{hints}", file=sys.stderr)
            return 2
    for warning in [*_folder_notes(args.files), *report.warnings]:
        print(f"reportdiff: warning: {warning}", file=sys.stderr)
    try:
        if args.json == "-":
            write_json_line(out, report_json_bytes(report))  # UTF-8 as orjson writes it, never decoded
        elif args.json:
            write_report_json(args.json, report)  # the same bytes, in pieces (core/jsontext.py)
        if args.html:
            from .htmlreport import render_html

            if args.html == "-":
                write_text(out, render_html(report), document=True)
            else:
                write_text_atomic(args.html, render_html(report))
        if args.pdf and pdf_writer is not None:
            pdf_writer(report, Path(args.pdf), args.page_size)
        if not args.quiet and "-" not in (args.json, args.html):
            from .summary import summary_text  # here: a --quiet export skips the summary's modules (~10 ms)

            write_text(out, summary_text(report))
    except WriteError as exc:
        print(f"reportdiff: {exc}", file=sys.stderr)
        return 2
    return 0
