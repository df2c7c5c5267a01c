"""Word-diff spans as a reader sees them: trimmed, and joined into phrases. Pure Python: no Qt.

Used by the calm view's emphasis (``presentation.emphasis``), the export document and, through them, the window.
"""

from __future__ import annotations


def merged_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word-diff spans trimmed of surrounding spaces and joined when only spaces or punctuation separate them, so
    "intensified bombing raids" reads as one marked phrase; the screen (gui/article_view.py) uses it too."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        chunk = text[a:b]
        a += len(chunk) - len(chunk.lstrip())
        b -= len(chunk) - len(chunk.rstrip())
        if a >= b:
            continue
        if out and a >= out[-1][0] and not text[out[-1][1] : a].strip(" ,;:"):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out
