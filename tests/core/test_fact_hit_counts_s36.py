"""One article's shot and wounded of one noun and one value are one fact ("wounding two officers" ... "Two Capitol
Police officers were shot"), even at two, where counts across articles join only above ``hit_min_value``."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.facts import role_of
from reportdiff.core.model import Report


def _facts_of(report: Report, article: int) -> list[list[str]]:
    """Per fact holding a casualty count of ``article``: the roles of that article's counts in it."""
    out = []
    for fact in report.facts:
        roles = sorted(role_of(report.figures[i]) for i in fact.figures
                       if report.figures[i].article == article and role_of(report.figures[i]) in ("shot", "injured"))
        if roles:
            out.append(roles)
    return out


def test_one_articles_shot_and_wounded_officers_are_one_fact(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "a.txt": "Gunman opens fire at courthouse\n\nA man opened fire in the lobby of the county courthouse on "
                 "Monday, wounding two officers before he turned the gun on himself.\n\nTwo Capitol Police officers "
                 "were shot in the chest but were saved by their bulletproof vests.",
        "b.txt": "Courthouse shooting\n\nThe gunman opened fire in the lobby of the courthouse on Monday and injured "
                 "two capitol police officers, police said.",
    })
    assert _facts_of(report, 0) == [["injured", "shot"]]


def test_shot_dead_and_wounded_stay_apart(tmp_path: Path) -> None:
    """An article that states a death toll: its shot may be its dead and wounded together, so its two counts of one
    value stay two facts."""
    report = compare_texts(tmp_path, {
        "a.txt": "Shooting at a bar\n\nTwo people were shot outside a bar on Monday night, police said.\n\n"
                 "Two people were wounded by flying glass inside, and one person was killed.",
        "b.txt": "Bar shooting\n\nGunfire outside a bar on Monday night killed one person, police said.",
    })
    assert sorted(_facts_of(report, 0)) == [["injured"], ["shot"]]
