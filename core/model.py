"""The Report and its parts: frozen dataclasses (a Link: a named tuple), and their JSON form ``reportdiff.report/1``.

Everything the GUI and the exporters draw comes from here. This module imports nothing of the project and no
third-party package, so every layer can depend on it. All character offsets (``start``/``end``) index into
``Article.text``, the loaded text after newline and Unicode (NFC) normalisation; ``end`` is exclusive.

Data shape of a link's word diff, as diff-match-patch gives it, ``from`` side first::

    ((-1, "Hello "), (1, "Goodbye "), (0, "world."))   # -1 only in `from`, 1 only in `to`, 0 in both
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

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
QUOTE_SPEAKER = "quote_speaker"  # the same quoted words given to two different speakers
WORDING_CONTRADICTS = "wording_contradicts"  # one sentence negates the other, or says the opposite word
SOURCE_DIFFERS = "source_differs"  # the same words attributed to another source ("police said" / "the operator said")

# Fact statuses. `compatible`: two or more sources give values that can all be true but are not equal ("at least
# 25" and 31; "dozens" and "at least 40"): not a conflict, not plain agreement either; the fact's note says why.
AGREE = "agree"
COMPATIBLE = "compatible"
CONFLICT = "conflict"
SINGLE_SOURCE = "single_source"
FACT_STATUSES = (AGREE, COMPATIBLE, CONFLICT, SINGLE_SOURCE)

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
    # spans of ``text`` that are no part of what their sentence states, in order: the lead's dateline and a page's
    # label opening a paragraph ("UPDATE: "). The engine leaves them out of similarity and of the diff that tells a
    # link's kind and flags; a link's diff still spells them out (as changed words), and every view shows them plain.
    ignored: tuple[tuple[int, int], ...] = ()

    @property
    def content_count(self) -> int:
        """Sentences that are content: every one but the boilerplate (what "N sentences" means everywhere)."""
        return sum(1 for s in self.sentences if s.status != BOILERPLATE)


@dataclass(frozen=True, order=True)
class SentenceRef:
    """Address of one sentence: article index, sentence index within it."""

    article: int
    sentence: int


class Link(NamedTuple):
    """Two sentences of two different articles that report the same thing.

    ``source`` is always the sentence of the lower-numbered article. ``diff`` is the word diff from source to
    target. ``notes`` are human-readable explanations of the flags ("figure conflicts: 25 vs 31").

    A named tuple, immutable and compared and hashed by its fields as the frozen dataclass it replaced (issue 12):
    20 articles x 5,000 words make 83,000 links, built ~2.5x faster this way. Unlike the dataclass it also equals
    a plain tuple of the same fields, and a changed copy is ``link._replace(kind=...)``.
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
    scope: str = ""  # what narrows the count, for telling two tolls apart: "since Nov. 27", "this year"

    def __init__(
        self, index: int, article: int, sentence: int, text: str, value: float, start: int, end: int,
        qualifier: str = "", counts: str = "", unit: str = "", high: float | None = None, scope: str = "",
    ) -> None:
        # The fields set at once through the instance's dict: the generated __init__ of a frozen dataclass sets
        # them one at a time through object.__setattr__ (~5 us a figure against ~1.5; 16,000 figures in a long
        # article of figures).
        vars(self).update(index=index, article=article, sentence=sentence, text=text, value=value, start=start,
                          end=end, qualifier=qualifier, counts=counts, unit=unit, high=high, scope=scope)  # fmt: skip


@dataclass(frozen=True)
class Fact:
    """Figures across articles that speak of the same thing, and whether they agree."""

    index: int
    label: str
    status: str
    figures: tuple[int, ...]
    note: str = ""  # why: "25 vs 31 killed", "'at least 25' and '25' agree: ..."
    # The pairs of articles (lower index first) whose own figures in this fact cannot both be true: [1] five vs [3]
    # two. Two articles that both state the same value in a conflict row do not clash with each other.
    clashing: tuple[tuple[int, int], ...] = ()


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

    @cached_property
    def index(self) -> ReportIndex:
        """Lookups by sentence and by figure, and the groups of linked sentences, built once per report."""
        return ReportIndex(self)

    def sentence(self, ref: SentenceRef) -> Sentence:
        """The sentence at ``ref``."""
        return self.articles[ref.article].sentences[ref.sentence]

    def links_of(self, ref: SentenceRef) -> list[Link]:
        """Every link with ``ref`` at one end, most similar first."""
        return list(self.index.links_of(ref))

    def figures_of(self, ref: SentenceRef) -> list[Figure]:
        """Figures inside the sentence at ``ref``."""
        return list(self.index.figures_of(ref))

    def fact_of_figure(self, figure_index: int) -> Fact | None:
        """The fact a figure belongs to, if any."""
        return self.index.fact_of_figure(figure_index)

    def iter_sentences(self) -> Iterator[tuple[SentenceRef, Sentence]]:
        """Every sentence of every article, in reading order."""
        for article in self.articles:
            for sentence in article.sentences:
                yield SentenceRef(article.index, sentence.index), sentence

    def pair_summary(self, a: int, b: int) -> dict[str, Any]:
        """Counts for one pair of articles: sentences shared, discrepancies, figure conflicts, unique sentences of each
        side.

        ``unique_a`` counts the sentences of ``a`` that ``b`` does not report (they may be shared with a third
        article); ``discrepancies`` counts groups as :attr:`ReportIndex.discrepancies` does, within the pair;
        ``figure_conflicts`` the facts where the two articles' own figures disagree (:attr:`Fact.clashing`), linked
        or not: a pair with no discrepancy link may still give five and two injured (review-s27 finding 9)."""
        pair_links = [link for link in self.links if {link.source.article, link.target.article} == {a, b}]
        pair = (a, b) if a < b else (b, a)
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
            "discrepancies": len(link_groups(k for k in pair_links if k.kind == DISCREPANCY)),
            "figure_conflicts": sum(1 for fact in self.facts if pair in fact.clashing),
            "unique_a": ca - len(linked_a),
            "unique_b": cb - len(linked_b),
        }

    def summary(self) -> dict[str, Any]:
        """The totals every surface states (the JSON ``summary`` object): discrepancies (groups of sentences that
        tell one thing differently, see :attr:`ReportIndex.discrepancies`), facts by status, and per article its
        content sentences, how many another article also reports (shared) and how many no other one does."""
        by_status = {status: 0 for status in FACT_STATUSES}
        for fact in self.facts:
            by_status[fact.status] = by_status.get(fact.status, 0) + 1
        articles = []
        for article in self.articles:
            content = article.content_count
            unique = sum(1 for s in article.sentences if s.status == UNIQUE)
            articles.append(
                {
                    "index": article.index,
                    "sentences": content,
                    "shared": content - unique,
                    "unique": unique,
                    "share": round((content - unique) / content, 4) if content else 0.0,
                }
            )
        return {
            "discrepancies": len(self.index.discrepancies),
            "figure_conflicts": by_status[CONFLICT],
            "compatible_figures": by_status[COMPATIBLE],
            "agreeing_figures": by_status[AGREE],
            "single_source_figures": by_status[SINGLE_SOURCE],
            "facts": len(self.facts),
            "linked_pairs": len(self.links),
            "unique_sentences": [a["unique"] for a in articles],
            "articles": articles,
        }

    # -- JSON --------------------------------------------------------------------------------------------

    def to_json(self, native: bool = False) -> dict[str, Any]:
        """The report as plain JSON data, format ``reportdiff.report/1``.

        ``native``: the sentences, the links' ends and their tuples are left as the frozen dataclasses and tuples
        they are, for an encoder that writes a dataclass as an object of its fields in order and a tuple as an
        array (orjson, ``core/jsontext.py``): the same text, without a dict and four lists built per link (on 20
        articles x 5,000 words, 83,000 links: 0.7 s less). Not plain JSON data: only for such an encoder."""
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
                    "ignored": [[start, end] for start, end in a.ignored],
                    # a Sentence's fields are its JSON object's keys, in order (tests/core/test_jsontext.py)
                    "sentences": a.sentences
                    if native
                    else [
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
                    "from": k.source,
                    "to": k.target,
                    "similarity": k.similarity,
                    "kind": k.kind,
                    "flags": k.flags,
                    "notes": k.notes,
                    "diff": k.diff,
                }
                for k in self.links
            ]
            if native
            else [
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
                    "scope": f.scope,
                    "start": f.start,
                    "end": f.end,
                }
                for f in self.figures
            ],
            "facts": [
                {"index": t.index, "label": t.label, "status": t.status, "figures": list(t.figures), "note": t.note,
                 "clashing": [list(pair) for pair in t.clashing]}
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
            "summary": self.summary(),  # derived: written for readers of the JSON, recomputed on reading
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
                ignored=tuple((start, end) for start, end in a.get("ignored", ())),
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
                scope=f.get("scope", ""),
                start=f["start"],
                end=f["end"],
            )
            for f in data["figures"]
        )
        facts = tuple(
            Fact(t["index"], t["label"], t["status"], tuple(t["figures"]), t.get("note", ""),
                 tuple((a, b) for a, b in t.get("clashing", ())))
            for t in data["facts"]
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


def link_groups(links: Iterable[Link]) -> list[tuple[tuple[SentenceRef, ...], tuple[Link, ...]]]:
    """``links`` joined into connected groups (one union-find): each group's sentences in reading order and its
    links, the groups ordered by their first sentence. The same quotation worded differently by three articles is
    one group, however many links join them."""
    parent: dict[SentenceRef, SentenceRef] = {}

    def find(ref: SentenceRef) -> SentenceRef:
        root = ref
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while ref != root:  # path compression
            parent[ref], ref = root, parent[ref]
        return root

    links = list(links)
    for link in links:
        a, b = find(link.source), find(link.target)
        if a != b:
            parent[max(a, b)] = min(a, b)  # the root is always the group's first sentence
    refs: dict[SentenceRef, set[SentenceRef]] = {}
    members: dict[SentenceRef, list[Link]] = {}
    for link in links:
        root = find(link.source)
        refs.setdefault(root, set()).update((link.source, link.target))
        members.setdefault(root, []).append(link)
    return [(tuple(sorted(refs[root])), tuple(members[root])) for root in sorted(refs)]


class ReportIndex:
    """A report's lookups, built once (``Report.index``) for every view and export instead of a copy each.

    ``links_of`` (most similar first) and ``figures_of`` by sentence, ``fact_of_figure`` by figure index,
    ``discrepancies``: the discrepancy links joined into groups (THE definition of "a discrepancy" that every
    count and every "next discrepancy" uses), and ``group_of``: every sentence's group of linked sentences, the
    rows of the aligned view.
    """

    def __init__(self, report: Report) -> None:
        # Each lookup is built on first use: the JSON summary needs only the discrepancies, and a report of 20 long
        # articles holds some 30,000 links to sort by sentence (0.3 s) for views that never open.
        self._report = report
        self._groups: dict[frozenset[int], dict[SentenceRef, SentenceRef]] = {}

    @cached_property
    def _links(self) -> dict[SentenceRef, tuple[Link, ...]]:
        links: dict[SentenceRef, list[Link]] = {}
        for link in self._report.links:
            links.setdefault(link.source, []).append(link)
            links.setdefault(link.target, []).append(link)
        return {ref: tuple(sorted(found, key=lambda k: -k.similarity)) for ref, found in links.items()}

    @cached_property
    def _figures(self) -> dict[SentenceRef, tuple[Figure, ...]]:
        figures: dict[SentenceRef, list[Figure]] = {}
        for fig in self._report.figures:
            figures.setdefault(SentenceRef(fig.article, fig.sentence), []).append(fig)
        return {ref: tuple(found) for ref, found in figures.items()}

    @cached_property
    def _fact_of(self) -> dict[int, Fact]:
        return {i: fact for fact in self._report.facts for i in fact.figures}

    @cached_property
    def discrepancies(self) -> tuple[tuple[tuple[SentenceRef, ...], tuple[Link, ...]], ...]:
        """The discrepancy links joined into groups, each group's sentences in reading order."""
        return tuple(link_groups(k for k in self._report.links if k.kind == DISCREPANCY))

    @cached_property
    def _discrepancy_of(self) -> dict[SentenceRef, int]:
        return {ref: n for n, (refs, _) in enumerate(self.discrepancies) for ref in refs}

    def links_of(self, ref: SentenceRef) -> tuple[Link, ...]:
        """Links with ``ref`` at one end, most similar first."""
        return self._links.get(ref, ())

    def figures_of(self, ref: SentenceRef) -> tuple[Figure, ...]:
        """Figures inside the sentence ``ref``."""
        return self._figures.get(ref, ())

    def fact_of_figure(self, figure_index: int) -> Fact | None:
        """The fact figure ``figure_index`` belongs to, if any."""
        return self._fact_of.get(figure_index)

    def discrepancy_of(self, ref: SentenceRef) -> int | None:
        """The position in ``discrepancies`` of the group holding ``ref`` (None: not in a discrepancy)."""
        return self._discrepancy_of.get(ref)

    def group_of(self, shown: Collection[int] | None = None) -> dict[SentenceRef, SentenceRef]:
        """Each linked sentence's group (its first sentence), counting only links between articles in ``shown``
        (all by default); a sentence absent from the mapping is alone. Cached per set of shown articles."""
        key = frozenset(range(len(self._report.articles)) if shown is None else shown)
        if key not in self._groups:
            inside = (k for k in self._report.links if k.source.article in key and k.target.article in key)
            self._groups[key] = {ref: refs[0] for refs, _ in link_groups(inside) for ref in refs}
        return self._groups[key]
