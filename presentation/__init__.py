"""ReportDiff's presentation layer: a Report turned into what every surface shows, computed once.

Counts, labels, colours, fact rows, the export document, the HTML writer and the terminal summary live here, so
the window (``reportdiff.gui``), the PDF, the HTML file and the terminal state the same numbers in the same words.
Pure Python: it imports ``reportdiff.core`` and never Qt; ``reportdiff.core`` never imports it.
"""
