"""Clock times written the agencies' way are times, never counts (review-s23 F6, r42): "(0440 GMT)", "04.40 GMT", "at
0640 local time", "1100 hrs IST", "at 1100 hours". "The toll stood at 56 at 1130 GMT" held a toll of 1,130 that
clashed with the other outlet's 56. A time in universal time (GMT, UTC) is another clock than the local time the
article gives beside it, so "6:40 a.m. (0440 GMT)" and "6:40 a.m." agree on the local time; two universal times of one
event told apart are a conflict, as times. Real text shapes through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                    "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip


@pytest.mark.parametrize(("sentence", "times"), [
    ("The death toll stood at 56 at 1130 GMT on Sunday.", [("1130 GMT", 1130.0, "GMT")]),
    ("The quake struck at 2215 local time (1415 GMT).", [("2215", 2215.0, ""), ("1415 GMT", 1415.0, "GMT")]),
    ("He was shot at 04.40 GMT outside the station.", [("04.40 GMT", 440.0, "GMT")]),
    ("Pirates attacked the ship at about 1100 hrs IST, 150 nautical miles off the coast.", [("1100 hrs", 1100.0, "")]),
    ("The ship put out a message at 1100 hours that it was under attack.", [("1100 hours", 1100.0, "")]),
    ("It struck at 17:06 pm (1336 GMT) on Sunday.", [("17:06 pm", 1706.0, ""), ("1336 GMT", 1336.0, "GMT")]),
])  # fmt: skip
def test_agency_clock_times_are_times(sentence: str, times: list[tuple[str, float, str]]) -> None:
    found = find_figures(sentence)
    assert [(f.text, f.value, f.scope) for f in found if f.unit == "time"] == times
    assert not [f for f in found if f.unit == "" and f.value in {t[1] for t in times}]


def test_durations_and_years_stay_what_they_are() -> None:
    assert [f.unit for f in find_figures("The city was crippled for at least 72 to 120 hours.")] == ["duration:hour"]
    assert [f.unit for f in find_figures("The gunman, who was a 2012 UTC grad, was killed.")] == ["year"]
    assert [f.unit for f in find_figures("He was released after 1500 hours of community service.")] == [
        "duration:hour"]
    assert [f.unit for f in find_figures("Volunteers spent about 1200 hours on the search.")] == ["duration:hour"]


def test_a_time_never_clashes_with_a_toll(tmp_path: Path) -> None:
    report = _report(tmp_path, "The death toll stood at 1130 GMT on Sunday, officials said.",
                     "The death toll stood at 56 on Sunday, officials said.")  # fmt: skip
    assert not [n for link in report.links for n in link.notes if n.startswith("figure conflicts")]
    assert not [f for f in report.facts if f.status == m.CONFLICT]


def test_universal_time_beside_local_time(tmp_path: Path) -> None:
    report = _report(tmp_path, "The ferry overturned at 6:40 a.m. (0440 GMT), about 2 km from the harbour.",
                     "The ferry overturned at 6:40 a.m., about 2 km from the harbour.")  # fmt: skip
    times = [(f.status, [report.figures[i].text for i in f.figures]) for f in report.facts
             if report.figures[f.figures[0]].unit == "time"]  # fmt: skip
    assert times == [(m.AGREE, ["6:40 a.m.", "6:40 a.m."]), (m.SINGLE_SOURCE, ["0440 GMT"])]
    report = _report(tmp_path, "The ferry overturned at 0440 GMT, about 2 km from the harbour.",
                     "The ferry overturned at 0450 GMT, about 2 km from the harbour.")  # fmt: skip
    assert [n for link in report.links for n in link.notes if n.startswith("figure conflicts")] == [
        "figure conflicts: 0440 GMT vs 0450 GMT (time 04:40 GMT)"]
