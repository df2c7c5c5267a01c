"""The bundle's entry script: what the ``reportdiff`` console script does in an installed copy."""

import sys

from reportdiff.gui.app import run

if __name__ == "__main__":
    sys.exit(run())
