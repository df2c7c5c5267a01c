"""The terminal, the HTML export and the PDF print an article pair's shared shares one way: the terminal wrote
"64% of [A]" while the HTML and the PDF wrote "A 64 %" (the eyes review). The seeds through the engine."""

from __future__ import annotations

import re

from reportdiff.core.compare import compare_files
from reportdiff.presentation.htmlreport import render_html
from reportdiff.presentation.summary import summary_text
from reportdiff.resources import sample_paths


def test_the_terminal_and_the_html_state_the_same_shares() -> None:
    report = compare_files(sorted(sample_paths()))
    terminal = re.search(r"(\d+%) of \[A\] and (\d+%) of \[B\] shared", summary_text(report))
    assert terminal is not None
    html = render_html(report)
    assert f"A {terminal.group(1)} · B {terminal.group(2)}" in html
    assert not re.search(r"\d %", html)  # no percentage printed with a space before its sign
