"""The loader's control-character count (a regex since issue 12) is the per-character test it replaced."""

from __future__ import annotations

from reportdiff.core.load import _CONTROL_CHAR


def old_is_control(ch: str) -> bool:
    """load.py's test before issue 12, character by character."""
    return (ch < " " and ch not in "\n\r\t\f") or "\x7f" <= ch < "\xa0"


def test_same_characters_count_as_controls() -> None:
    """Every character of the first 12k code points and the top of the range: control for one, control for both."""
    for code in [*range(0x3000), *range(0xFFF0, 0x10010), 0x10FFFF]:
        ch = chr(code)
        assert bool(_CONTROL_CHAR.fullmatch(ch)) == old_is_control(ch), hex(code)


def test_same_count_on_mixed_text() -> None:
    """A text mixing line breaks, tabs, form feeds, C0 and C1 controls: the same count both ways."""
    text = "Line one\r\n\tTab\f\x00\x01\x0b\x1b\x7f\x85\x9f\xa0 end" * 50
    assert len(_CONTROL_CHAR.findall(text)) == sum(1 for ch in text if old_is_control(ch)) == 7 * 50
