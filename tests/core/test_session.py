"""Saved comparisons: the same report after the original files moved or changed; damaged and newer files named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from documents import make_docx  # tests/core/documents.py

from reportdiff.core.compare import compare, compare_files
from reportdiff.core.errors import InputError
from reportdiff.core.load import load_article
from reportdiff.core.session import (
    loaded_articles,
    read_session,
    save_session,
    session_from_report,
    write_snapshots,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PAGE = (
    "<html><head><title>Floods kill 12 | Example News</title></head><body><nav>Home | World | Sport</nav><article>"
    "<h1>Floods kill 12 in the north</h1><p>At least 12 people died in floods in the north, police said on Monday."
    "</p><p>Roads were closed and schools shut across the region after two days of rain.</p></article></body></html>"
)


def _articles(tmp_path: Path) -> list[Path]:
    """Three originals of three formats in a folder that the test later empties."""
    folder = tmp_path / "originals"
    folder.mkdir()
    page = folder / "floods.html"
    page.write_text(PAGE, encoding="utf-8")
    doc = make_docx(folder / "floods.docx", "Floods kill twelve", [
        "At least 12 people died in floods in the north of the country, police said on Monday.",
        "Roads were closed and schools shut after two days of heavy rain.",
    ])  # fmt: skip
    seed = folder / "cnews.txt"
    shutil.copy(SEEDS / "cnews-live-syria-airstrikes.txt", seed)
    return [page, doc, seed]


def test_session_reopens_to_the_same_report_after_files_moved(tmp_path: Path) -> None:
    """Save, delete the originals, reopen: the recomputed report equals the saved one, view state included."""
    paths = _articles(tmp_path)
    report = compare_files(paths)
    target = tmp_path / "floods.reportdiff"
    save_session(target, session_from_report(report, {"mode": "aligned", "selected": [0, 1]}))
    shutil.rmtree(tmp_path / "originals")
    session = read_session(target)
    assert session.view == {"mode": "aligned", "selected": [0, 1]}
    again = compare(loaded_articles(session))
    assert again.to_json() == report.to_json()


def test_session_survives_changed_originals(tmp_path: Path) -> None:
    """An original edited after saving does not change what the session reopens to."""
    paths = _articles(tmp_path)
    report = compare_files(paths)
    target = tmp_path / "s.reportdiff"
    save_session(target, session_from_report(report))
    paths[2].write_text("Something else entirely, written later.", encoding="utf-8")
    assert compare(loaded_articles(read_session(target))).to_json() == report.to_json()


def test_snapshots_load_like_files_and_keep_titles_and_origins(tmp_path: Path) -> None:
    """Each article written as a .rdarticle loads back with the same text, title, furniture and origin."""
    paths = _articles(tmp_path)
    report = compare_files(paths)
    snapshots = write_snapshots(session_from_report(report), tmp_path / "snap")
    assert [Path(p).stem for p in snapshots] == ["floods", "floods (2)", "cnews"]
    for path, article in zip(snapshots, report.articles, strict=True):
        loaded = load_article(path)
        assert (loaded.text, loaded.title, loaded.origin) == (article.text, article.title, article.origin)
    assert compare_files(snapshots).links == report.links


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"format": "reportdiff.session/9", "articles": []}', "newer ReportDiff"),  # from a newer version
        ('{"format": "something/1"}', "not a ReportDiff session file"),  # another program's JSON
        ('{"format": "reportdiff.session/1", "articles": [{"path": "a"}]}', "damaged"),  # an article with no text
        ('{"format": "reportdiff.session/1", "articles": 3}', "damaged"),  # articles not a list
        ('{"format": "reportdiff.ses', "damaged"),  # cut short
        ("[1, 2]", "not a ReportDiff file"),  # JSON, but not an object
        ("[" * 100_000, "damaged"),  # nested past the parser's recursion limit
    ],
)
def test_bad_session_files_one_line(tmp_path: Path, content: str, fragment: str) -> None:
    """A damaged, foreign or newer session file: one line naming it, never a traceback."""
    path = tmp_path / "bad.reportdiff"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_session(path)
    assert fragment in str(info.value) and str(path) in str(info.value) and "\n" not in str(info.value)


def test_session_json_is_plain_json(tmp_path: Path) -> None:
    """The file is one JSON object of format reportdiff.session/1 with each article's origin."""
    report = compare_files(_articles(tmp_path))
    target = tmp_path / "s.reportdiff"
    save_session(target, session_from_report(report))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "reportdiff.session/1"
    assert [a["origin"]["format"] for a in data["articles"]] == ["html", "docx", "text"]


def test_command_compares_a_saved_comparison(tmp_path: Path) -> None:
    """`reportdiff compare saved.reportdiff` gives the saved report again, the originals gone."""
    paths = _articles(tmp_path)
    report = compare_files(paths)
    target = tmp_path / "s.reportdiff"
    save_session(target, session_from_report(report))
    shutil.rmtree(tmp_path / "originals")
    assert compare_files([target]).to_json() == report.to_json()
