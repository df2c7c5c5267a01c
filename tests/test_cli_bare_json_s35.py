"""`reportdiff compare A B --json` with no file name prints the JSON, as `--json -` does; before, argparse stopped with
"argument --json: expected one argument", though the README and the issue tracker write the command that way."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reportdiff.presentation import cli

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FILES = [str(SEEDS / "cnews-live-syria-airstrikes.txt"), str(SEEDS / "reuters-syria-airstrikes.txt")]


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main([*args], stdout=out), out.getvalue()


@pytest.mark.parametrize("where", ["last", "before --quiet"])
def test_bare_json_prints_the_report(where: str) -> None:
    args = [*FILES, "--json"] if where == "last" else [*FILES, "--json", "--quiet"]
    status, printed = _run(*args)
    assert status == 0
    bare = json.loads(printed)
    status, dashed = _run(*FILES, "--json", "-")
    assert status == 0 and json.loads(dashed) == bare
    assert len(bare["articles"]) == 2


def test_bare_html_prints_the_document() -> None:
    status, printed = _run(*FILES, "--html", "--quiet")
    assert status == 0
    assert printed.lstrip().lower().startswith("<!doctype html")


def test_both_on_stdout_is_refused_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    status, printed = _run(*FILES, "--json", "--html")
    assert status == 2 and printed == ""
    assert "cannot both write to standard output" in capsys.readouterr().err


def test_a_named_file_still_takes_the_report(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    status, _ = _run(*FILES, "--json", str(target), "--quiet")
    assert status == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))["articles"]) == 2
