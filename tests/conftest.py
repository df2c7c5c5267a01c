"""Test-wide setup: Qt renders offscreen, so the GUI tests run without a display (CI, ssh)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
