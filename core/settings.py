"""All tuning knobs of a comparison in one frozen bundle: ``Settings``, one field per stage.

Each stage module defines its own frozen dataclass with today's values as defaults and the measured reason beside
each knob; this module only gathers them, so ``compare(loaded, settings=Settings(...))`` (and every bench script)
can change a knob without touching module globals. Pure Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .align import AlignSettings
from .facts import FactSettings
from .figures import FigureSettings
from .linkflags import LinkSettings
from .quotes import QuoteSettings


@dataclass(frozen=True)
class Settings:
    """The knobs of every stage; ``Settings()`` is what the app uses."""

    figures: FigureSettings = field(default_factory=FigureSettings)
    facts: FactSettings = field(default_factory=FactSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    links: LinkSettings = field(default_factory=LinkSettings)
    align: AlignSettings = field(default_factory=AlignSettings)


DEFAULT_SETTINGS = Settings()
