"""A conflict badge names an article whose file name another one shares by its letter, as the column titles, the
PDF and the terminal do, never by a number shown nowhere else ("story (2)")."""

from __future__ import annotations

from gui_helpers import open_and_draw, write_texts
from test_review_s23 import badges_of

from reportdiff.gui.main_window import MainWindow
from reportdiff.presentation.names import letter

# One story saved twice under one file name (the morning and the evening edition, each in its own folder), and a
# third outlet: the evening edition's toll (19) disagrees with the other two (17).
MORNING = {
    "story.txt": "Bus plunges into Varna gorge, killing 17\n\nVARNA - A bus carrying pilgrims plunged into a gorge "
    "near Varna on Sunday, killing 17 people, the regional governor said.\n\nThe driver survived with burns.\n"
}
EVENING = {
    "story.txt": "Varna gorge bus crash toll rises to 19\n\nA bus carrying pilgrims plunged into a gorge near Varna "
    "on Sunday, killing 19 people, the regional governor said.\n\nThe driver survived with burns.\n"
}
LEDGER = {
    "ledger.txt": "Pilgrims die in Varna gorge crash\n\nSeventeen people were killed when a bus carrying pilgrims "
    "plunged into a gorge near Varna on Sunday, the regional governor said.\n\nThe driver survived with burns.\n"
}


def test_badges_tell_two_articles_of_one_name_apart_by_letter(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Open morning/story.txt, evening/story.txt and ledger.txt: the badges after the 17s name the evening edition
    as "19 B story" (B: the letter on its column's title) and the 19's badge names "17 A story, Seventeen ledger"
    (before: "19 story (2)" and "17 story (1)", numbers found nowhere else in the window). A name no other
    article has stays as it was ("ledger")."""
    files = [
        *write_texts(tmp_path / "morning", MORNING),
        *write_texts(tmp_path / "evening", EVENING),
        *write_texts(tmp_path / "wire", LEDGER),
    ]
    open_and_draw(qtbot, window, files)
    report = window.report
    assert report is not None
    by_name = {a.path: a.index for a in report.articles}
    evening = letter(by_name[str(files[1])])
    morning = letter(by_name[str(files[0])])
    titles = {column.article_index: column.letter_label.text() for column in window.columns}
    assert titles[by_name[str(files[1])]] == evening  # the column's title carries that letter
    badges = badges_of(window)
    assert f"17 ≠ 19 {evening} story" in badges, badges
    assert f"Seventeen ≠ 19 {evening} story" in badges, badges
    assert f"19 ≠ 17 {morning} story, Seventeen ledger" in badges, badges
    assert not [b for b in badges if "(1)" in b or "(2)" in b], badges
