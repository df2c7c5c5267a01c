"""Words hyphenated at a line end, joined again or not: the evidence a document gives about its own spellings.

A typesetter or a word processor that hyphenates splits "govern-" / "ment" (the halves join), but a compound that
breaks at its own hyphen ("low-" / "lying", "12-" / "kilometre") keeps it; a PDF reader (PDFium marks both alike)
and hard-wrapped plain text cannot tell them apart by the characters alone. Used by the PDF reader
(readers/pdf_doc.py) and for hard-wrapped text files (``join_wrapped``). No Qt.
"""

from __future__ import annotations

import itertools
import re

_HYPHENATED = re.compile(r"(\w+)-$")  # a line ending in a word and a hyphen ("govern-", "12-")
TAIL_CHARS = 80  # the end of a line that line_end_hyphen reads
_WORD_START = re.compile(r"\w+")
_COMPOUND = re.compile(r"\w+(?:-\w+)+")  # "low-lying", "cnews-live-syria-airstrikes"
_WRAPPED = re.compile(r"\w-\n[ \t]*\w")  # a word hyphenated over a soft line break


class Spellings:
    """The words and hyphenated pairs a document spells out within its lines: the evidence for undoing a hyphen
    at a line end. A word processor or a typesetter hyphenates "govern-" / "ment" (the halves join), but a compound
    that breaks at its own hyphen ("low-" / "lying", "12-" / "kilometre") keeps it; PDFium marks both alike.
    Where the document spells the word neither way, it is joined when the document was set by a producer that
    hyphenates: justified text, or text where another line-end hyphen splits a word the document spells whole
    elsewhere ("Mon-" / "day" beside "Monday"). Otherwise (ragged-right text from a word processor or a browser,
    which do not hyphenate unless asked) the hyphen stays."""

    def __init__(self, lines: list[str], justified: bool) -> None:
        self.words: set[str] = set()
        self.pairs: set[str] = set()
        for line in lines:
            lowered = line.lower()
            self.words.update(_WORD_START.findall(lowered))
            for compound in _COMPOUND.findall(lowered):
                parts = compound.split("-")
                self.pairs.update(f"{a}-{b}" for a, b in itertools.pairwise(parts))
        self.hyphenates = justified or any(
            self._spelled(last, line) == "" for last, line in itertools.pairwise(lines) if last.endswith("-")
        )

    def line_end_hyphen(self, last: str, line: str) -> str | None:
        """How ``last``, a line ending in a hyphen, runs into ``line``: "" when a word was hyphenated there (its
        halves join), "-" when the hyphen is a compound's own (kept, no space), None when no word breaks there (a
        dash; the lines are joined with a space)."""
        spelled = self._spelled(last, line)
        if spelled == "?":
            return "" if self.hyphenates else "-"
        return spelled

    def _spelled(self, last: str, line: str) -> str | None:
        """``line_end_hyphen`` as far as the words themselves tell; "?" where the document spells the word
        neither way."""
        last = last[-TAIL_CHARS:]
        head = _HYPHENATED.search(last)
        tail = _WORD_START.match(line)
        if head is None or tail is None:
            return None
        first, second = head.group(1), tail.group(0)
        if first[-1].isdigit() or not second[0].islower():  # "12-kilometre", "Anglo-American", "COVID-19"
            return "-"
        if last[: head.start(1)].endswith("-"):  # the break is inside a compound of several ("a-b-" / "c")
            return "-"
        pair, joined = f"{first}-{second}".lower(), (first + second).lower()
        if pair in self.pairs and joined not in self.words:
            return "-"  # the document spells it with its hyphen elsewhere and never without
        if joined in self.words and pair not in self.pairs:
            return ""
        return "?"


def join_wrapped(text: str) -> str:
    """Plain text hard-wrapped with words hyphenated at line ends ("over-" / "night", as wire feeds and text copied
    from a PDF viewer or an e-mail come), each such word joined again on the first line, as ``Spellings`` decides
    (a compound keeps its hyphen). Lines are soft wraps here: the caller only asks this of text whose paragraphs
    are set apart by blank lines. Text without such a break is returned as it is."""
    if "-\n" not in text or not _WRAPPED.search(text):  # the plain test first: 0.6 ms for 20 articles, not 10
        return text
    lines = text.split("\n")
    spellings = Spellings(lines, justified=True)
    out: list[str] = []
    # the line being joined, in pieces: adding each piece to one string was quadratic ("word-\n" x 160,000: 2.8 s)
    parts = [lines[0]]
    tail = lines[0][-TAIL_CHARS:]  # its last characters, all that Spellings reads of it
    for line in lines[1:]:
        stripped = line.lstrip(" \t")
        joint = spellings.line_end_hyphen(tail, stripped) if tail.endswith("-") and stripped else None
        if joint is None:
            out.append("".join(parts))
            parts, tail = [line], line[-TAIL_CHARS:]
        else:
            if not joint:
                parts[-1] = parts[-1][:-1]
            parts.append(stripped)
            tail = ((tail if joint else tail[:-1]) + stripped)[-TAIL_CHARS:]
    out.append("".join(parts))
    return "\n".join(out)
