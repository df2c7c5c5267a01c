"""core/patterncache.py: patterns rebuilt from their stored compiled form are the ones ``re.compile`` gives, and
the store is used only when it is current."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from reportdiff.core import load, patterncache, quotes
from reportdiff.core.figures import patterns


def engine_patterns() -> list[tuple[str, int]]:
    """Every (pattern, flags) the engine's modules compiled through the cache at import."""
    found = [key for module in (patterns, quotes, load) for key in module._RX.stored if len(key) == 2]
    assert len(found) > 70  # figures alone compile ~80
    return found


def test_every_engine_pattern_equals_re_compile(tmp_path: Path) -> None:
    """Each pattern of figures.patterns, quotes and load, compiled afresh and then read back from a stored file in
    a new process's way (a new Patterns object), equals re.compile's (same text, flags and compiled code)."""
    keys = engine_patterns()
    first = patterncache.Patterns("test", tmp_path)
    fresh = [first.compile(p, f) for p, f in keys]
    first.save()
    assert (tmp_path / "patterns-test.marshal").is_file()
    second = patterncache.Patterns("test", tmp_path)
    assert not second.missing and len(second.stored) == len(set(keys))
    again = [second.compile(p, f) for p, f in keys]
    assert not second.missing  # all served from the file
    expected = [re.compile(p, f) for p, f in keys]
    assert fresh == expected
    assert again == expected
    assert all(a.groupindex == e.groupindex and a.groups == e.groups for a, e in zip(again, expected, strict=True))


def test_the_module_patterns_match_as_re_compile_would() -> None:
    """The module-level patterns in use are re.compile's: a figure pattern finds the same spans."""
    text = "On March 3, 2024, at least 12 people, aged 30 to 45, were killed and twenty-one injured at 10:30 p.m."
    for name in ("DIGIT_NUM", "WORD_NUM", "DATE_MD", "TIME", "AGE"):
        ours = getattr(patterns, name)
        theirs = re.compile(ours.pattern, ours.flags)
        assert ours == theirs
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_stale_corrupt_and_unwritable_stores(tmp_path: Path) -> None:
    """A store written by another interpreter (other key) or corrupt is ignored and rewritten; with no writable
    folder, patterns still compile."""
    path = tmp_path / "patterns-x.marshal"
    path.write_bytes(marshal.dumps((("other-python", 0), {(r"\d+", 0): (0, [1, 2], 0, {}, ())})))
    cache = patterncache.Patterns("x", tmp_path)
    assert cache.stored == {}
    assert cache.compile(r"\d+") == re.compile(r"\d+")
    cache.save()
    assert patterncache.Patterns("x", tmp_path).stored  # rewritten with this interpreter's key
    path.write_bytes(b"\x00 not marshal")
    assert patterncache.Patterns("x", tmp_path).compile(r"a|b", re.I) == re.compile(r"a|b", re.I)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    cache = patterncache.Patterns("y", blocked / "cache")
    assert cache.compile(r"x+") == re.compile(r"x+")
    cache.save()  # nothing to raise


def test_a_bad_pattern_raises_as_re_does(tmp_path: Path) -> None:
    """An invalid pattern raises re.error, as re.compile does, and is not stored."""
    cache = patterncache.Patterns("bad", tmp_path)
    with pytest.raises(re.error):
        cache.compile(r"(unclosed")
    assert cache.stored == {}


def test_derived_values_are_stored_read_back_and_keyed_by_their_label(tmp_path: Path) -> None:
    """A value derived from a pattern (figures' guards: needs.required_text) is stored with the compiled patterns
    and read back by a new Patterns without deriving again; another label derives afresh; no label never stores."""
    from reportdiff.core.figures import needs

    calls: list[str] = []

    def read(pattern: re.Pattern[str]) -> frozenset[str] | None:
        calls.append(pattern.pattern)
        return needs.required_text(pattern)

    first = patterncache.Patterns("derived", tmp_path)
    role = first.compile(patterns.ROLE_BEFORE.pattern, patterns.ROLE_BEFORE.flags)
    expected = needs.required_text(role)
    assert expected  # the role verbs do require text: the stored value is not a trivial None
    assert first.derived("needs-a", role, read) == expected
    first.save()
    second = patterncache.Patterns("derived", tmp_path)
    assert second.derived("needs-a", second.compile(role.pattern, role.flags), read) == expected
    assert not second.missing and len(calls) == 1  # read back, not derived again
    assert second.derived("needs-b", role, read) == expected and len(calls) == 2  # another label: derived afresh
    assert second.missing
    assert second.derived(None, role, read) == expected and len(calls) == 3
    second.save()
    third = patterncache.Patterns("derived", tmp_path)
    assert ("needs-b", role.pattern, int(role.flags)) in third.stored
    assert all(len(key) != 3 or key[0] is not None for key in third.stored)


def test_the_engine_guards_equal_their_patterns_derivation() -> None:
    """The role and currency guards the figures module holds (read back from the store on a later start) are what
    needs.required_text derives from their patterns now, and the label follows needs.py's source."""
    from reportdiff.core.figures import needs

    assert needs.LABEL is not None and needs.LABEL.startswith("needs-")
    for pattern, held in ((patterns.ROLE_BEFORE, patterns.ROLE_BEFORE_NEEDS),
                          (patterns.ROLE_AFTER, patterns.ROLE_AFTER_NEEDS),
                          (patterns.CURRENCY_BEFORE, patterns.CURRENCY_BEFORE_NEEDS)):  # fmt: skip
        assert held == needs.required_text(pattern)
