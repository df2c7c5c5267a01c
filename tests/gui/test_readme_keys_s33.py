"""The README's paragraph on the window names every key of the Go menu: a user reading it learns the keys the menu
has (F6 / Shift+F6 were missing while the menu and Help > Keys had them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_go_menu_key_is_in_the_readme(window) -> None:  # type: ignore[no-untyped-def]
    """Each shortcut of each Go menu action, as Qt writes it ("Shift+F6"), stands in the README's window paragraph."""
    text = README.read_text(encoding="utf-8")
    start = text.index("In the window:")
    paragraph = " ".join(text[start : text.index("\n\n", start)].split())
    keys = [
        shortcut.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.go_menu.actions()
        for shortcut in action.shortcuts()
        if not shortcut.isEmpty()
    ]
    assert "F6" in keys and "Shift+F7" in keys  # the menu is read, not an empty list
    missing = [key for key in keys if key not in paragraph]
    assert not missing, f"Go menu keys not in README: {missing}"
