# Two entry points for a fresh Debian 12 machine (see README): `make run` and `make test`.
# System packages come from apt (root, or sudo when there is one); Python packages go into .venv.
PY ?= python3
VENV := .venv
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core \
	poppler-utils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 desktop-file-utils appstream shared-mime-info

.PHONY: system venv run test lint bench clean bundle bundle-check

system:
	@if dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then echo "system packages: present"; else \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); fi

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

venv: system $(VENV)/.installed

run: venv
	$(VENV)/bin/reportdiff seeds/reuters-syria-airstrikes.txt seeds/cnews-live-syria-airstrikes.txt

test: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/python tools/typecheck.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

bench: venv
	$(VENV)/bin/pip install -q -e '.[test,bench]'
	$(VENV)/bin/python bench/speed.py
	$(VENV)/bin/python bench/quality.py

# The one-folder app (dist/ReportDiff): PyInstaller on a regular `pip install .` in its own venv, so the bundle
# holds what an install holds (the editable .venv maps packages in a way PyInstaller cannot follow).
BUNDLE_VENV := build/bundle-venv
bundle: system
	[ -x $(BUNDLE_VENV)/bin/python ] || $(PY) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/pip install -q --upgrade pip
	$(BUNDLE_VENV)/bin/pip install -q '.[bundle]'
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --clean --log-level ERROR --distpath dist \
		--workpath build/pyinstaller packaging/reportdiff.spec
	@du -sh dist/ReportDiff

# Not part of `make test`: builds the bundle, starts it offscreen (and under xvfb when present) with --screenshot,
# prints its size, start time and the system libraries a target needs.
bundle-check: bundle
	$(PY) packaging/check_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
