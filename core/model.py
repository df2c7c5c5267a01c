"""The Report and its parts: frozen dataclasses, and their JSON form ``reportdiff.report/1``.

Everything the GUI and the exporters draw comes from here. This module imports nothing of the project and no
third-party package, so every layer can depend on it. All character offsets (``start``/``end``) index into
``Article.text``, the loaded text after newline and Unicode (NFC) normalisation; ``end`` is exclusive.

Data shape of a link's word diff, as diff-match-patch gives it, ``from`` side first::

    ((-1, "Hello "), (1, "Goodbye "), (0, "world."))   # -1 only in `from`, 1 only in `to`, 0 in both
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

FORMAT = "reportdiff.report/1"

# Sentence statuses. A sentence linked to another article is `shared` (or `discrepancy` when one of its links is),
# one with no link is `unique`, and furniture (a repeated headline, a comment policy, a lone byline) is `boilerplate`.
SHARED = "shared"
UNIQUE = "unique"
DISCREPANCY = "discrepancy"
BOILERPLATE = "boilerplate"
SENTENCE_STATUSES = (SHARED, UNIQUE, DISCREPANCY, BOILERPLATE)

# Link kinds, from closest to furthest.
AGREEMENT = "agreement"
PARAPHRASE = "paraphrase"
LINK_KINDS = (AGREEMENT, PARAPHRASE, DISCREPANCY)

# Link flags.
QUOTE_MISMATCH = "quote_mismatch"
FIGURE_CONFLICT = "figure_conflict"

# Fact statuses.
AGREE = "agree"
CONFLICT = "conflict"
SINGLE_SOURCE = "single_source"
FACT_STATUSES = (AGREE, CONFLICT, SINGLE_SOURCE)

DIFF_DELETE, DIFF_INSERT, DIFF_EQUAL = -1, 1, 0


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article; ``paragraph`` counts paragraphs from 0 in reading order."""

    index: int
    text: str
    start: int
    end: int
    status: str
    paragraph: int = 0


@dataclass(frozen=True)
class Origin:
    """Where an article's text came from: the file (or "Pasted 1"), its format (text, markdown, html, docx, pdf,
    rtf), the extractor that read it ("trafilatura 2.3.1"), and notes (a byline found, bytes that did not decode)."""

    path: str = ""
    format: str = ""
    extractor: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One loaded article: its normalised text, where it came from, and its sentences in reading order."""

    index: int
    path: str
    title: str
    text: str
    source: str  # a short display name: the outlet when known, else the file name without extension
    sentences: tuple[Sentence, ...] = ()
    dateline: str | None = None
    encoding: str = "utf-8"
    origin: Origin = Origin()

    @property
    def content_count(self) -> int:
        """Sentences that are content: every one but the boilerplate (what "N sentences" means everywhere)."""
        return sum(1 for s in self.sentences if s.status != BOILERPLATE)


@dataclass(frozen=True, order=True)
class SentenceRef:
    """Address of one sentence: article index, sentence index within it."""

    article: int
    sentence: int


@dataclass(frozen=True)
class Link:
    """Two sentences of two different articles that report the same thing.

    ``source`` is always the sentence of the lower-numbered article. ``diff`` is the word diff from source to
    target. ``notes`` are human-readable explanations of the flags ("figure conflicts: 25 vs 31").
    """

    source: SentenceRef
    target: SentenceRef
    similarity: float
    kind: str
    flags: tuple[str, ...] = ()
    diff: tuple[tuple[int, str], ...] = ()
    notes: tuple[str, ...] = ()

    def other(self, ref: SentenceRef) -> SentenceRef:
        """The end of this link that is not ``ref``."""
        return self.target if ref == self.source else self.source

    def spans(self, side: str) -> tuple[tuple[int, int], ...]:
        """Offsets (within the sentence text) of the words only one side has, trailing spaces left out;
        ``side`` is "source" or "target"."""
        own = DIFF_DELETE if side == "source" else DIFF_INSERT
        spans: list[tuple[int, int]] = []
        pos = 0
        for op, text in self.diff:
            if op in (DIFF_EQUAL, own):
                if op == own and text.strip():
                    spans.append((pos, pos + len(text.rstrip())))
                pos += len(text)
        return tuple(spans)


@dataclass(frozen=True)
class Figure:
    """A number a reader would compare: "at least 25 people killed", "four million", "November 27".

    ``value`` is the number as a float (a date's day-of-year style ordinal is not used: dates keep ``value`` as
    the day or year and ``unit`` says which); ``high`` is the upper end of a range. ``counts`` is what is counted
    ("killed", "children", "people"), empty when the sentence does not say.
    """

    index: int
    article: int
    sentence: int
    text: str
    value: float
    start: int
    end: int
    qualifier: str = ""  # "at least", "about", "more than", "up to", ... or ""
    counts: str = ""
    unit: str = ""  # "", "percent", "money:USD", "date", "year", "vague"
    high: float | None = None


@dataclass(frozen=True)
class Fact:
    """Figures across articles that speak of the same thing, and whether they agree."""

    index: int
    label: str
    status: str
    figures: tuple[int, ...]
    note: str = ""  # why: "25 vs 31 killed", "'at least 25' and '25' are compatible"


@dataclass(frozen=True)
class Quote:
    """Quoted speech inside one sentence, with its speaker where the text names one."""

    index: int
    article: int
    sentence: int
    text: str
    start: int
    end: int
    speaker: str = ""


@dataclass(frozen=True)
class Report:
    """The whole comparison: what every view and export draws."""

    articles: tuple[Article, ...]
    links: tuple[Link, ...] = ()
    figures: tuple[Figure, ...] = ()
    facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()
    format: str = field(default=FORMAT)

    # -- navigation helpers (derived, never stored) --------------------------------------------------------

    def sentence(self, ref: SentenceRef) -> Sentence:
        """The sentence at ``ref``."""
        return self.articles[ref.article].sentences[ref.sentence]

    def links_of(self, ref: SentenceRef) -> list[Link]:
        """Every link with ``ref`` at one end."""
        return [link for link in self.links if ref in (link.source, link.target)]

    def figures_of(self, ref: SentenceRef) -> list[Figure]:
        """Figures inside the sentence at ``ref``."""
        return [f for f in self.figures if f.article == ref.article and f.sentence == ref.sentence]

    def fact_of_figure(self, figure_index: int) -> Fact | None:
        """The fact a figure belongs to, if any."""
        for fact in self.facts:
            if figure_index in fact.figures:
                return fact
        return None

    def iter_sentences(self) -> Iterator[tuple[SentenceRef, Sentence]]:
        """Every sentence of every article, in reading order."""
        for article in self.articles:
            for sentence in article.sentences:
                yield SentenceRef(article.index, sentence.index), sentence

    def pair_summary(self, a: int, b: int) -> dict[str, Any]:
        """Counts for one pair of articles: sentences shared, discrepancies, unique sentences of each side."""
        pair_links = [link for link in self.links if {link.source.article, link.target.article} == {a, b}]
        linked_a = {link.source if link.source.article == a else link.target for link in pair_links}
        linked_b = {link.source if link.source.article == b else link.target for link in pair_links}

        ca, cb = self.articles[a].content_count, self.articles[b].content_count
        return {
            "articles": (a, b),
            "links": len(pair_links),
            "shared_a": len(linked_a),
            "shared_b": len(linked_b),
            "share_a": len(linked_a) / ca if ca else 0.0,
            "share_b": len(linked_b) / cb if cb else 0.0,
            "discrepancies": sum(1 for link in pair_links if link.kind == DISCREPANCY),
            "unique_a": ca - len(linked_a),
            "unique_b": cb - len(linked_b),
        }

    # -- JSON --------------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON data, format ``reportdiff.report/1``."""
        return {
            "format": self.format,
            "articles": [
                {
                    "index": a.index,
                    "path": _printable(a.path),
                    "title": a.title,
                    "source": a.source,
                    "dateline": a.dateline,
                    "encoding": a.encoding,
                    "origin": {
                        "path": a.origin.path,
                        "format": a.origin.format,
                        "extractor": a.origin.extractor,
                        "notes": list(a.origin.notes),
                    },
                    "text": a.text,
                    "sentences": [
                        {
                            "index": s.index,
                            "text": s.text,
                            "start": s.start,
                            "end": s.end,
                            "status": s.status,
                            "paragraph": s.paragraph,
                        }
                        for s in a.sentences
                    ],
                }
                for a in self.articles
            ],
            "links": [
                {
                    "from": {"article": k.source.article, "sentence": k.source.sentence},
                    "to": {"article": k.target.article, "sentence": k.target.sentence},
                    "similarity": k.similarity,
                    "kind": k.kind,
                    "flags": list(k.flags),
                    "notes": list(k.notes),
                    "diff": [[op, text] for op, text in k.diff],
                }
                for k in self.links
            ],
            "figures": [
                {
                    "index": f.index,
                    "article": f.article,
                    "sentence": f.sentence,
                    "text": f.text,
                    "value": _finite(f.value),
                    "high": _finite(f.high),
                    "unit": f.unit,
                    "qualifier": f.qualifier,
                    "counts": f.counts,
                    "start": f.start,
                    "end": f.end,
                }
                for f in self.figures
            ],
            "facts": [
                {"index": t.index, "label": t.label, "status": t.status, "figures": list(t.figures), "note": t.note}
                for t in self.facts
            ],
            "quotes": [
                {
                    "index": q.index,
                    "article": q.article,
                    "sentence": q.sentence,
                    "text": q.text,
                    "speaker": q.speaker,
                    "start": q.start,
                    "end": q.end,
                }
                for q in self.quotes
            ],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Report:
        """Rebuild a report from :meth:`to_json` output; raises ``ValueError`` on another format."""
        found = str(data.get("format", ""))
        family, _, version = found.rpartition("/")
        ours = FORMAT.rpartition("/")
        if family == ours[0] and version.isdigit() and int(version) > int(ours[2]):
            raise ValueError(f"written by a newer ReportDiff (format {found}); update ReportDiff to open it")
        if data.get("format") != FORMAT:
            raise ValueError(f"not a ReportDiff report (format {data.get('format')!r}, expected {FORMAT!r})")
        articles = tuple(
            Article(
                index=a["index"],
                path=a["path"],
                title=a["title"],
                text=a["text"],
                source=a.get("source", ""),
                dateline=a.get("dateline"),
                encoding=a.get("encoding", "utf-8"),
                origin=Origin(
                    a.get("origin", {}).get("path", a["path"]),
                    a.get("origin", {}).get("format", ""),
                    a.get("origin", {}).get("extractor", ""),
                    tuple(a.get("origin", {}).get("notes", ())),
                ),
                sentences=tuple(
                    Sentence(s["index"], s["text"], s["start"], s["end"], s["status"], s.get("paragraph", 0))
                    for s in a["sentences"]
                ),
            )
            for a in data["articles"]
        )
        links = tuple(
            Link(
                source=SentenceRef(k["from"]["article"], k["from"]["sentence"]),
                target=SentenceRef(k["to"]["article"], k["to"]["sentence"]),
                similarity=k["similarity"],
                kind=k["kind"],
                flags=tuple(k.get("flags", ())),
                notes=tuple(k.get("notes", ())),
                diff=tuple((op, text) for op, text in k.get("diff", ())),
            )
            for k in data["links"]
        )
        figures = tuple(
            Figure(
                index=f["index"],
                article=f["article"],
                sentence=f["sentence"],
                text=f["text"],
                value=math.inf if f["value"] is None else f["value"],
                high=f.get("high"),
                unit=f.get("unit", ""),
                qualifier=f.get("qualifier", ""),
                counts=f.get("counts", ""),
                start=f["start"],
                end=f["end"],
            )
            for f in data["figures"]
        )
        facts = tuple(
            Fact(t["index"], t["label"], t["status"], tuple(t["figures"]), t.get("note", "")) for t in data["facts"]
        )
        quotes = tuple(
            Quote(q["index"], q["article"], q["sentence"], q["text"], q["start"], q["end"], q.get("speaker", ""))
            for q in data.get("quotes", ())
        )
        return cls(
            articles=articles,
            links=links,
            figures=figures,
            facts=facts,
            quotes=quotes,
            warnings=tuple(data.get("warnings", ())),
        )


def _finite(value: float | None) -> float | None:
    """A number JSON can hold: a figure past 1.8e308 ("1" and 400 zeros) is infinite in a float and would be
    written as ``Infinity``, which is not JSON; it is written as null (the figure's text keeps what was stated)."""
    return value if value is None or math.isfinite(value) else None


def _printable(path: str) -> str:
    """A file name as valid UTF-8 text: bytes of a POSIX name that are not UTF-8 become U+FFFD."""
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return path.encode("utf-8", "replace").decode("utf-8")
