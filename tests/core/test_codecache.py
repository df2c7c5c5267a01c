"""core/codecache.py: dataclasses built with cached code are the ones ``dataclasses`` builds itself, method for
method, cold and warm, and the engine's classes are unchanged by it."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reportdiff.core import codecache


def make_classes() -> list[type]:
    """Dataclasses of every kind the generator writes differently for (frozen, order, slots, defaults, factories,
    keyword-only, string annotations)."""

    @dataclasses.dataclass(frozen=True, order=True)
    class Frozen:
        a: int
        b: str = "x"
        c: tuple[int, ...] = ()

    @dataclasses.dataclass(slots=True, kw_only=True)
    class Slotted:
        items: list[int] = dataclasses.field(default_factory=list)
        name: str | None = None

    @dataclasses.dataclass(eq=True, unsafe_hash=True)
    class Hashed:
        x: float
        y: Frozen | None = None

    return [Frozen, Slotted, Hashed]


def signature(classes: list[type]) -> list[tuple[object, ...]]:
    """Each generated method's code and annotations, per class."""
    out: list[tuple[object, ...]] = []
    for cls in classes:
        for name, member in sorted(vars(cls).items()):
            code = getattr(member, "__code__", None)
            if code is not None and code.co_filename == "<string>":
                out.append((cls.__name__, name, code, repr(getattr(member, "__annotations__", None))))
    return out


def built(install: Callable[[], object] | None) -> list[tuple[object, ...]]:
    if install is not None:
        install()
    try:
        return signature(make_classes())
    finally:
        codecache.uninstall()


def test_classes_from_cached_code_equal_dataclasses_own(tmp_path: Path) -> None:
    """Methods built cold (compiled, stored) and warm (read back) equal those ``dataclasses`` compiles itself:
    same code objects, same annotations; and the warm run compiles nothing."""
    assert codecache._installed is None
    own = built(None)
    cold = built(lambda: codecache.install(tmp_path))
    assert (tmp_path / codecache.CACHE_FILE).is_file()
    codecache.install(tmp_path)
    assert codecache._installed is not None and codecache._installed.codes
    warm = signature(make_classes())
    assert not codecache._installed.missing  # every text came from the file
    codecache.uninstall()
    assert len(own) > 10
    assert cold == own and warm == own


def test_behaviour_of_cached_classes(tmp_path: Path) -> None:
    """Classes built from cached code compare, order, hash, print and refuse assignment as dataclasses do."""
    built(lambda: codecache.install(tmp_path))  # fill the cache
    codecache.install(tmp_path)
    try:
        frozen, slotted, hashed = make_classes()
    finally:
        codecache.uninstall()
    assert frozen(1) < frozen(2) and frozen(1, "y") == frozen(1, "y")
    assert repr(frozen(1)).endswith("Frozen(a=1, b='x', c=())")
    with pytest.raises(dataclasses.FrozenInstanceError):
        frozen(1).a = 2  # type: ignore[misc]
    assert slotted().items == [] and slotted().items is not slotted().items
    with pytest.raises(TypeError):
        slotted([1])  # type: ignore[misc]
    assert hash(hashed(1.0)) == hash(hashed(1.0))


ENGINE_DIGEST = """
import sys, hashlib, importlib
{install}
for name in ("reportdiff.core.compare", "reportdiff.presentation.cli", "reportdiff.batch.run"):
    importlib.import_module(name)
parts = []
for mod in sorted(k for k in sys.modules if k.startswith("reportdiff.")):
    for cls in vars(sys.modules[mod]).values():
        if isinstance(cls, type) and "__dataclass_fields__" in vars(cls) and cls.__module__ == mod:
            for name, member in sorted(vars(cls).items()):
                code = getattr(member, "__code__", None)
                if code is not None and code.co_filename == "<string>":
                    parts.append(repr((mod, cls.__name__, name, code.co_code, code.co_consts, code.co_names,
                                       code.co_varnames, getattr(member, "__annotations__", None))))
print(len(parts), hashlib.sha256("\\n".join(parts).encode()).hexdigest())
"""


def test_engine_classes_are_unchanged(tmp_path: Path) -> None:
    """Every dataclass method of the engine, CLI and batch: the same code without the cache, with it cold and with
    it warm (separate processes)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))

    def digest(install: bool) -> str:
        code = ENGINE_DIGEST.format(install="from reportdiff.core import codecache; codecache.install()" if install
                                    else "")  # fmt: skip
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                              check=True).stdout  # fmt: skip

    plain = digest(False)
    assert int(plain.split()[0]) > 100
    assert digest(True) == plain  # cold: compiled and stored
    assert (tmp_path / "reportdiff" / codecache.CACHE_FILE).is_file()
    assert digest(True) == plain  # warm: read back
