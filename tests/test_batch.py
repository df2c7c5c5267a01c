"""`reportdiff batch` on a process pool: one report per story, failures named with their reasons, nothing lost."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportdiff.batch.executors import WORKER_DIED, run_local
from reportdiff.batch.run import Outcome, StoryTimeout, run_story, time_limit
from reportdiff.batch.stories import Story, find_stories
from reportdiff.core.compare import compare_files
from reportdiff.core.model import Report

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def make_stories(root: Path) -> Path:
    """Three stories: the seeds (good), the seeds again with a notes file beside them (good, notes ignored),
    one article only (fails), a damaged PDF beside one article (fails with the PDF's reason), an empty folder."""
    stories = root / "stories"
    for name in ("a-seeds", "b-seeds-with-notes"):
        (stories / name).mkdir(parents=True)
        for f in SEED_FILES:
            shutil.copy(f, stories / name / f.name)
    (stories / "b-seeds-with-notes" / "meta.json").write_text('{"id": 1}', encoding="utf-8")
    (stories / "c-one").mkdir()
    shutil.copy(SEED_FILES[0], stories / "c-one" / "only.txt")
    (stories / "d-pdf").mkdir()
    shutil.copy(SEED_FILES[0], stories / "d-pdf" / "a.txt")
    (stories / "d-pdf" / "b.pdf").write_bytes(b"%PDF-1.4\n%binary")
    (stories / "e-empty").mkdir()
    return stories


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", "batch", *args],
        capture_output=True, text=True, timeout=120, cwd=cwd,
    )  # fmt: skip


def test_find_stories_takes_subfolders_and_their_article_files(tmp_path: Path) -> None:
    """Each subfolder is a story with its .txt/.pdf files in name order; meta.json and loose files are not."""
    stories = make_stories(tmp_path)
    (stories / "loose.txt").write_text("A loose article.", encoding="utf-8")
    found, loose = find_stories(stories)
    assert [s.name for s in found] == ["a-seeds", "b-seeds-with-notes", "c-one", "d-pdf", "e-empty"]
    assert [Path(p).name for p in found[1].paths] == [f.name for f in SEED_FILES]
    assert [Path(p).name for p in found[3].paths] == ["a.txt", "b.pdf"]
    assert found[4].paths == ()
    assert loose == ["loose.txt"]


def test_batch_jsonl_matches_compare_and_names_each_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each good story's line is compare --json's report plus "story"; each bad one an error line; exit 1."""
    make_stories(tmp_path)
    proc = run_cli("stories", "--out", "results.jsonl", "--workers", "2", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    lines = [json.loads(x) for x in (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    by_story = {line["story"]: line for line in lines}
    assert sorted(by_story) == ["a-seeds", "b-seeds-with-notes", "c-one", "d-pdf", "e-empty"]
    assert not (tmp_path / "results.jsonl.part").exists()

    monkeypatch.chdir(tmp_path)  # the paths in the report are as the batch saw them
    expected = compare_files([f"stories/a-seeds/{f.name}" for f in SEED_FILES])
    got = dict(by_story["a-seeds"])
    assert got.pop("story") == "a-seeds"
    assert Report.from_json(got) == Report.from_json(expected.to_json())
    assert got == json.loads(json.dumps(expected.to_json()))

    assert "need two" in by_story["c-one"]["error"]
    assert "is not a readable PDF" in by_story["d-pdf"]["error"]
    assert "no article files" in by_story["e-empty"]["error"]
    # The summary table: counts and every failure with its reason.
    assert "stories compared       2" in proc.stdout
    assert "stories failed         3" in proc.stdout
    assert "c-one" in proc.stdout and "is not a readable PDF" in proc.stdout


def test_batch_out_dir_writes_compare_json_byte_for_byte(tmp_path: Path) -> None:
    """--out-dir: STORY.json is exactly what compare --json writes; failures.jsonl lists the failed stories."""
    stories = tmp_path / "stories"
    (stories / "s1").mkdir(parents=True)
    for f in SEED_FILES:
        shutil.copy(f, stories / "s1" / f.name)
    proc = run_cli("stories", "--out-dir", "out", "--workers", "1", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    files = [f"stories/s1/{f.name}" for f in SEED_FILES]
    single = subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", "compare", *files, "--json", "one.json", "--quiet"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert single.returncode == 0, single.stderr
    assert (tmp_path / "out" / "s1.json").read_bytes() == (tmp_path / "one.json").read_bytes()
    assert (tmp_path / "out" / "failures.jsonl").read_text(encoding="utf-8") == ""


def test_batch_to_stdout_prints_the_files_lines(tmp_path: Path) -> None:
    """--out -: standard output holds exactly the lines --out FILE writes (the reports' UTF-8 bytes as they are),
    the summary goes to stderr."""
    make_stories(tmp_path)
    to_file = run_cli("stories", "--out", "results.jsonl", "--workers", "1", "--quiet", cwd=tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", "batch", "stories", "--out", "-", "--workers", "1"],
        capture_output=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert to_file.returncode == proc.returncode == 1, proc.stderr
    lines = (tmp_path / "results.jsonl").read_bytes().splitlines()
    assert len(lines) == 5 and sorted(proc.stdout.splitlines()) == sorted(lines)
    assert b"stories compared       2" in proc.stderr


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        # the stories folder does not exist
        (lambda root: None, ["missing", "--out", "r.jsonl"], "no such folder"),
        # articles lie directly in the folder: say to put them in subfolders
        (lambda root: (root / "flat").mkdir() or (root / "flat" / "a.txt").write_text("x"),
         ["flat", "--out", "r.jsonl"], "put each story's files in a subfolder"),
        # the output's folder does not exist
        (lambda root: (root / "st" / "s").mkdir(parents=True), ["st", "--out", "nowhere/r.jsonl"], "does not exist"),
    ],
)  # fmt: skip
def test_batch_that_cannot_start_says_why(tmp_path: Path, setup, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    """A bad stories folder or output: one line on stderr, exit 2, no traceback, no output file."""
    setup(tmp_path)
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "r.jsonl").exists() and not (tmp_path / "r.jsonl.part").exists()


def die_on_story_two(story: Story, timeout: float | None) -> Outcome:
    """A task that kills its worker process on the story named "two" (as an out-of-memory kill would)."""
    if story.name == "two":
        os._exit(9)
    return Outcome(story.name, len(story.paths), report_json=b"{}", worker=str(os.getpid()))


def test_a_story_that_kills_its_worker_fails_alone() -> None:
    """When a worker dies, the story that killed it is failed by name and every other story still completes."""
    stories = [Story(name, ()) for name in ("one", "two", "three", "four", "five")]
    outcomes = {o.story: o for o in run_local(stories, 2, None, task=die_on_story_two)}
    assert sorted(outcomes) == ["five", "four", "one", "three", "two"]
    assert outcomes["two"].error == WORKER_DIED
    assert all(outcomes[n].ok for n in ("one", "three", "four", "five"))


def test_time_limit_interrupts_a_story_in_the_main_thread() -> None:
    """The per-story limit raises StoryTimeout in a worker's main thread, and leaves no alarm behind."""
    start = time.perf_counter()
    with pytest.raises(StoryTimeout), time_limit(0.05):
        time.sleep(2)
    assert time.perf_counter() - start < 1.5
    time.sleep(0.1)  # an alarm left armed would raise here


def test_run_story_reports_an_unreadable_article_as_a_warning(tmp_path: Path) -> None:
    """One bad file among three costs only itself: the story is compared, the report warns about the file."""
    for f in SEED_FILES:
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "broken.txt").write_bytes(b"")
    paths = tuple(str(p) for p in sorted(tmp_path.iterdir()))
    outcome = run_story(Story("s", paths))
    assert outcome.ok and outcome.compared == 2 and outcome.warnings == 1
    report = json.loads(outcome.report_json or b"")
    assert any("broken.txt is empty" in w for w in report["warnings"])


def test_the_end_table_counts_discrepancies_as_the_report_does(tmp_path: Path) -> None:
    """A sentence printed twice in one article, both copies linked to the other outlet's differing figure: two
    discrepancy links, one discrepancy. The end table said 2 where the story's report and ``compare`` say 1
    (review-s25 finding 14)."""
    changed = "Police said 12 people were injured in the explosion at the harbour market on Monday."
    (tmp_path / "a.txt").write_text(
        f"Blast at harbour market\n\n{changed}\n\nThe market was closed.\n\n{changed}\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Harbour market blast\n\nPolice said 15 people were injured in the explosion at the harbour market on "
        "Monday.\n\nFirefighters arrived within minutes.\n",
        encoding="utf-8",
    )
    outcome = run_story(Story("twice", (str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))))
    report = json.loads(outcome.report_json or b"")
    kinds = [link["kind"] for link in report["links"]]
    assert kinds.count("discrepancy") == 2  # the case: one discrepancy of two links
    assert outcome.discrepancies == report["summary"]["discrepancies"] == 1


def test_a_story_of_more_articles_than_one_comparison_holds_compares_the_first(tmp_path: Path) -> None:
    """22 outlets in one story folder: the batch compares the first 20 and names the two it left out, rather than
    failing the whole story (a media monitor's story often has more outlets than one comparison holds)."""
    texts = [f.read_text(encoding="utf-8") for f in SEED_FILES]
    for k in range(22):
        extra = f"Outlet number {k} added a paragraph of its own about harbour berth {k + 100}."
        (tmp_path / f"outlet{k:02d}.txt").write_text(f"{texts[k % len(texts)]}\n\n{extra}\n", encoding="utf-8")
    paths = tuple(str(p) for p in sorted(tmp_path.iterdir()))
    outcome = run_story(Story("many", paths))
    assert outcome.ok, outcome.error
    assert outcome.articles == 22 and outcome.compared == 20
    report = json.loads(outcome.report_json or b"")
    left = [w for w in report["warnings"] if w.startswith("left out:")]
    assert left == ["left out: outlet20.txt, outlet21.txt (ReportDiff compares at most 20 articles at once)"]


def test_resume_keeps_finished_stories_and_runs_the_rest(tmp_path: Path) -> None:
    """--resume after an interrupted run: a compared story in results.jsonl.part is kept as it is (not run
    again), a torn last line and failed stories run again, and results.jsonl ends with every story once."""
    make_stories(tmp_path)
    first = run_cli("stories", "--out", "first.jsonl", "--workers", "2", "--quiet", cwd=tmp_path)
    assert first.returncode == 1, first.stderr
    lines = {json.loads(x)["story"]: x for x in (tmp_path / "first.jsonl").read_text(encoding="utf-8").splitlines()}
    kept = json.loads(lines["a-seeds"])
    kept["warnings"] = ["kept from the first run"]  # a mark that only survives if the story is not run again
    torn = lines["b-seeds-with-notes"][:200]
    (tmp_path / "r.jsonl.part").write_text(json.dumps(kept) + "\n" + lines["c-one"] + "\n" + torn, encoding="utf-8")

    proc = run_cli("stories", "--out", "r.jsonl", "--workers", "2", "--resume", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "resuming: 1 story already compared kept" in proc.stderr
    assert not (tmp_path / "r.jsonl.part").exists()
    result = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    by_story = {d["story"]: d for d in result}
    assert len(result) == len(by_story) == 5
    assert by_story["a-seeds"]["warnings"] == ["kept from the first run"]
    assert by_story["b-seeds-with-notes"]["format"] == "reportdiff.report/1"  # the torn line ran again
    assert "need two" in by_story["c-one"]["error"]  # a failure runs again (and fails again)
    assert "stories compared       1" in proc.stdout  # only b was compared in this run


@pytest.mark.parametrize("out", [("--out", "r.jsonl"), ("--out-dir", "reports")])
def test_resume_runs_again_a_story_whose_folder_changed(tmp_path: Path, out: tuple[str, str]) -> None:
    """A media monitor's hourly `--resume` kept a story's old report when a late outlet's article had landed in its
    folder, or an article was updated: the new article was never compared (review-s23 F34). Now a story runs again
    when one of its files is newer than its report or is not one of its articles; the others are kept."""
    stories = tmp_path / "stories"
    for name in ("ferry", "storm", "quake"):
        (stories / name).mkdir(parents=True)
        for f in SEED_FILES[:2]:
            shutil.copy(f, stories / name / f.name)
    first = run_cli("stories", *out, "--workers", "1", "--quiet", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    past = time.time() - 100  # the first run an hour ago, as it were; every story file older still
    for path in [*(tmp_path / out[1]).glob("*"), tmp_path / out[1], *stories.glob("*/*")]:
        os.utime(path, (past - 100 if path.parent.parent == stories else past,) * 2)
    third = stories / "ferry" / "late-outlet.txt"
    third.write_text(SEED_FILES[0].read_text(encoding="utf-8").replace("25", "27"), encoding="utf-8")
    updated = stories / "storm" / SEED_FILES[1].name
    os.utime(updated, (past + 50, past + 50))  # edited after the report was written
    old = stories / "quake" / "moved-in.txt"
    shutil.copy(SEED_FILES[0], old)
    os.utime(old, (1_000_000_000, 1_000_000_000))  # moved in from an archive: an old date, but not in the report
    proc = run_cli("stories", *out, "--workers", "1", "--resume", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "resuming: 0 stories already compared kept; 3 stories changed since and run again" in proc.stderr
    if out[0] == "--out":
        reports = {d["story"]: d for d in map(json.loads, (tmp_path / "r.jsonl").read_text("utf-8").splitlines())}
    else:
        reports = {p.stem: json.loads(p.read_bytes()) for p in (tmp_path / "reports").glob("*.json")}
    assert {name: len(r["articles"]) for name, r in reports.items()} == {"ferry": 3, "storm": 2, "quake": 3}
    again = run_cli("stories", *out, "--workers", "1", "--resume", cwd=tmp_path)
    assert "resuming: 3 stories already compared kept" in again.stderr and "changed" not in again.stderr
    assert "stories compared       0" in again.stdout


# Runs `reportdiff batch` in this process and sends the signal named by argv[1] to itself once the first story is
# written and counted, recording the pool's processes (its workers and the fork server) at that moment in argv[2].
_SIGNALLED_AFTER_FIRST_STORY = """
import json, multiprocessing, multiprocessing.forkserver, os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # as a terminal starts it (a background job ignores SIGINT)
from reportdiff.batch import tally
from reportdiff.gui.app import main
add = tally.Tally.add
def add_then_signal(self, outcome):
    add(self, outcome)
    pids = [p.pid for p in multiprocessing.active_children()]
    pids.append(multiprocessing.forkserver._forkserver._forkserver_pid)
    with open(sys.argv[2], "w") as f:
        json.dump(pids, f)
    os.kill(os.getpid(), getattr(signal, sys.argv[1]))
tally.Tally.add = add_then_signal
sys.exit(main(sys.argv[3:]))
"""


def _running(pid: int) -> bool:
    """Whether process ``pid`` still runs (a zombie waiting for a parent that never reaps it has ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.parametrize(("name", "status", "said"), [("SIGTERM", 143, "terminated"), ("SIGINT", 130, "interrupted")])
def test_a_signal_stops_the_workers_and_keeps_the_finished_stories(
    tmp_path: Path, name: str, status: int, said: str
) -> None:
    """SIGTERM (a service stop, `timeout`) or Ctrl-C during a batch: one line naming where the finished stories
    are, exit 128 + the signal, every finished story's line kept in results.jsonl.part, and no worker process
    left running (SIGTERM used to end the parent on the spot and leave its pool's workers behind)."""
    stories = tmp_path / "stories"
    for n in range(12):
        (stories / f"s{n:02}").mkdir(parents=True)
        for f in SEED_FILES:
            shutil.copy(f, stories / f"s{n:02}" / f.name)
    pids_file = tmp_path / "pids.json"
    args = ["batch", "stories", "--out", "r.jsonl", "--workers", "2", "--quiet"]
    # Output into files, not pipes: a pipe's reader waits for every process holding its other end, so a worker
    # left behind would hang the test rather than fail the check of the processes below.
    with (tmp_path / "out.txt").open("w") as out, (tmp_path / "err.txt").open("w") as err:
        proc = subprocess.run(
            [sys.executable, "-c", _SIGNALLED_AFTER_FIRST_STORY, name, str(pids_file), *args],
            stdout=out, stderr=err, text=True, timeout=300, cwd=tmp_path,
        )  # fmt: skip  (a hang guard: ~20 s alone, past 120 s twice in 12 full checks at load ~4-5)
    proc.stderr = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert proc.returncode == status, proc.stderr
    kept = (tmp_path / "r.jsonl.part").read_text(encoding="utf-8").splitlines()
    assert 1 <= len(kept) < 12
    assert all(json.loads(line)["format"] == "reportdiff.report/1" for line in kept)
    assert proc.stderr.strip() == f"reportdiff batch: {said}; {len(kept)} finished stories are in r.jsonl.part"
    assert not (tmp_path / "r.jsonl").exists()
    pids = json.loads(pids_file.read_text(encoding="utf-8"))
    assert len(pids) == 3  # two workers and the fork server
    deadline = time.monotonic() + 10
    while any(map(_running, pids)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in pids if _running(pid)] == []


def test_a_story_one_folder_too_deep_says_where_its_files_are(tmp_path: Path) -> None:
    """A story whose articles sit in a subfolder failed "no article files in the folder", with no hint; and
    `compare` on a folder of story folders suggests `batch` (review-s23, minor)."""
    inner = tmp_path / "stories" / "ferry" / "copies"
    inner.mkdir(parents=True)
    for f in SEED_FILES:
        shutil.copy(f, inner / f.name)
    shutil.copy(SEED_FILES[0], tmp_path / "stories" / "loose.txt")
    proc = run_cli("stories", "--out", "r.jsonl", "--workers", "1", cwd=tmp_path)
    assert "its article files are one folder deeper, in copies/" in proc.stdout
    assert "1 file directly in stories belongs to no story" in proc.stderr
    compare = subprocess.run([sys.executable, "-m", "reportdiff.gui.app", "compare", "ferry"], capture_output=True,
                             text=True, timeout=120, cwd=tmp_path / "stories")  # fmt: skip
    assert compare.returncode == 2
    assert "ferry holds one folder per story: run `reportdiff batch ferry`" in compare.stderr
