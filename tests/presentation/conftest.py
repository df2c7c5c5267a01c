"""Presentation tests share texts with the core tests (tests/core/quotetexts.py). pytest puts tests/core on sys.path
only once it collects a test there, so a test here importing it would pass in the full run and fail alone, as the GUI
tests did (tests/gui/conftest.py); this conftest loads before them."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
