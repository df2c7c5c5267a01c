"""core/language.py: an article that is not English is named in the report's warnings, since figures, quotes and
their conflicts are found in English only ("0 figure conflicts" must not read as an all-clear)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.language import looks_english

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
SPANISH = (
    "El presidente del gobierno anunció el lunes que las tropas se retirarán de la región antes de fin de año, "
    "según informaron fuentes oficiales a la agencia de noticias, mientras que los partidos de la oposición "
    "criticaron la decisión y pidieron más información sobre los costes."
)
GERMAN = (
    "Der Präsident kündigte am Montag an, dass die Truppen bis Ende des Jahres aus der Region abgezogen werden, "
    "wie offizielle Quellen der Nachrichtenagentur mitteilten, während die Oppositionsparteien die Entscheidung "
    "kritisierten und mehr Informationen forderten."
)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_english_articles_read_as_english(path: Path) -> None:
    assert looks_english(path.read_text(encoding="utf-8"))


RUSSIAN = "В результате авиаударов на северо-западе Сирии погибли 25 человек."
DUTCH = (
    "Bij overstromingen in het zuiden van het land zijn zeker 23 mensen om het leven gekomen, meldt de regionale "
    "overheid. Duizenden bewoners moesten hun huis verlaten. Het water in de rivier steeg in een nacht meer dan vier "
    "meter. De regering heeft 60 miljoen euro aan noodhulp toegezegd."
)
# English with few English function words: a table of results, a list of names.
RESULTS = (
    "Premier League results and table\n\nSaturday's results: Arsenal 3 Chelsea 1; Liverpool 2 Everton 2; Manchester "
    "City 4 Burnley 0; Tottenham 1 Newcastle 2; Aston Villa 0 Brighton 0; Fulham 2 Wolves 1; Brentford 3 "
    "Bournemouth 3; Crystal Palace 1 Nottingham Forest 0."
)
VICTIMS = (
    "Police named the victims on Monday:\n\nJohn Smith, 45, Springfield; Mary Jones, 32, Springfield; Robert "
    "Brown, 67, Shelbyville; Linda Davis, 29, Ogdenville; Michael Wilson, 51, Springfield; Patricia Moore, 38, "
    "Capital City; James Taylor, 22, Shelbyville."
)


@pytest.mark.parametrize("text", [RESULTS, VICTIMS], ids=["results", "victims"])
def test_english_lists_with_few_function_words_read_as_english(text: str) -> None:
    assert looks_english(text)


@pytest.mark.parametrize("text", [SPANISH, GERMAN, DUTCH, RUSSIAN])
def test_other_languages_do_not(text: str) -> None:
    assert not looks_english(text)


def test_a_short_english_headline_is_not_judged() -> None:
    assert looks_english("Quake hits coast")


def test_the_report_warns_that_a_russian_toll_conflict_was_not_looked_for(tmp_path: Path) -> None:
    """25 vs 31 dead in Russian: no figure conflict is found, and the report says why, naming both files."""
    a = tmp_path / "ru1.txt"
    b = tmp_path / "ru2.txt"
    a.write_text("В результате авиаударов на северо-западе Сирии погибли 25 человек, сообщили спасатели.\n", "utf-8")
    b.write_text("В результате авиаударов на северо-западе Сирии погибли 31 человек, сообщили спасатели.\n", "utf-8")
    report = compare_files([a, b])
    said = [w for w in report.warnings if "does not read as English" in w]
    assert len(said) == 2 and "ru1.txt" in said[0] and "ru2.txt" in said[1]
    assert not any("English" in w for w in compare_files(SEEDS).warnings)
