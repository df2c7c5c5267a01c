"""The comparison pipeline, stage after stage: load -> segment -> similarity -> align -> word diff, figures,
quotes -> facts -> Report. Nothing but the order of the stages and the assembly of their results lives here.

``compare_files(paths)`` is what the CLI and the GUI worker call; ``compare(loaded)`` takes articles already
loaded (the GUI loads files one by one so one bad file does not sink the rest). ``progress(stage, fraction)``
is called between stages; it may raise to cancel. Pure Python: never imports Qt.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from . import model as m
from . import semantic
from .align import Match, align_pair
from .episodes import episode_scope, other_times
from .errors import InputError, display_name
from .facts import facts_and_clashes
from .figures import find_figures
from .language import not_english_warnings
from .linkflags import LinkRegions, describe_link, figure_conflicts, quote_mismatches
from .load import LoadedArticle, load_article
from .quotes import quotes_in_text
from .segment import segment
from .settings import DEFAULT_SETTINGS, Settings
from .similarity import LexicalSimilarity
from .worddiff import WordDiffer, with_heads

Progress = Callable[[str, float], None]

_WORD = re.compile(r"\w")
# More articles than this are refused: the window shows at most 20 columns, and N-way alignment is quadratic.
MAX_ARTICLES = 20


def _no_progress(stage: str, fraction: float) -> None:
    pass


class _Within:
    """Whether an offset lies in any of some spans ``[start, end)``: one binary search over the starts, with the
    furthest end reached so far (spans may nest or overlap), instead of a test per span for every sentence."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [b0 for b0, _ in ordered]
        self.reach = list(itertools.accumulate((b1 for _, b1 in ordered), max))

    def __call__(self, offset: int) -> bool:
        k = bisect.bisect_right(self.starts, offset)
        return k > 0 and self.reach[k - 1] > offset


def compare_files(
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    settings: Settings | None = None,
    strict: bool = False,
) -> m.Report:
    """Load and compare files. A file that cannot be read is left out with a warning, as the window does, unless
    ``strict``; InputError (one line, naming the file) when fewer than two readable articles remain."""
    progress = progress or _no_progress
    if (settings or DEFAULT_SETTINGS).align.semantic:
        semantic.start_loading()  # in the background, while the files load
    unique: list[str] = []
    seen: set[Path] = set()
    warnings: list[str] = []
    for path in paths:
        try:
            resolved = Path(path).resolve()
        except (OSError, RuntimeError, ValueError):  # a symlink loop or a bad name: the loader says which
            resolved = Path(path).absolute()
        if resolved in seen:
            warnings.append(f"{display_name(path)} was given twice; it is compared once")
            continue
        seen.add(resolved)
        unique.append(str(path))
    if len(unique) < 2 and not any(p.lower().endswith(".reportdiff") for p in unique):
        raise InputError("need at least two different articles to compare")
    loaded = []
    skipped: list[InputError] = []
    for k, path in enumerate(unique):
        progress("loading", k / len(unique))
        try:
            if path.lower().endswith(".reportdiff"):  # a saved comparison: its own copies of the texts
                from .session import loaded_articles, read_session

                loaded.extend(loaded_articles(read_session(path)))
                continue
            article = load_article(path)
        except InputError as exc:
            if strict:
                raise
            skipped.append(exc)
            continue
        loaded.append(article)
        warnings.extend(f"{article.origin.path}: {note}" for note in article.origin.notes if "not valid" in note)
    if len(loaded) < 2:
        if len(skipped) == 1:
            raise InputError(f"{skipped[0]} (need at least two readable articles)", skipped[0].path)
        raise InputError(f"need at least two readable articles; {'; '.join(map(str, skipped))}")
    warnings.extend(f"left out: {exc}" for exc in skipped)
    report = compare(loaded, progress, settings)
    if warnings:
        report = dataclasses.replace(report, warnings=tuple(warnings) + report.warnings)
    return report


def compare(
    loaded: Sequence[LoadedArticle], progress: Progress | None = None, settings: Settings | None = None
) -> m.Report:
    """Compare loaded articles; the pure heart of ReportDiff. ``settings``: the knobs (default ``Settings()``)."""
    progress = progress or _no_progress
    settings = settings or DEFAULT_SETTINGS
    if len(loaded) < 2:
        raise InputError("need at least two articles to compare")
    if len(loaded) > MAX_ARTICLES:
        raise InputError(f"{len(loaded)} articles given; ReportDiff compares at most {MAX_ARTICLES} at once")

    if settings.align.semantic:
        semantic.start_loading()  # in the background, while segmenting (at once if compare_files began it)

    # Segment, and mark furniture.
    progress("segmenting", 0.1)
    spans_of = [segment(a.text, a.paragraphs) for a in loaded]
    # Furniture: boilerplate paragraphs, and leftovers with no word in them (a stray "*" or closing quote).
    boiler_of = []
    for a, spans in zip(loaded, spans_of, strict=True):
        inside = _Within(a.boilerplate)
        boiler_of.append([inside(s.start) or not _WORD.search(a.text, s.start, s.end) for s in spans])

    # One similarity model over every content sentence of every article; each article pair weighed as if compared
    # alone (IDF over its two articles' sentences: similarity.py).
    progress("measuring similarity", 0.2)
    glob: list[tuple[int, int]] = []  # global sentence number -> (article, sentence)
    texts: list[str] = []
    ignore: list[tuple[int, int] | None] = []
    for ai, (a, spans) in enumerate(zip(loaded, spans_of, strict=True)):
        # a dateline, a page's label opening a paragraph ("UPDATE: "): left out of its sentence's similarity
        ignored = a.ignore_spans
        for si, s in enumerate(spans):
            if boiler_of[ai][si]:
                continue
            glob.append((ai, si))
            texts.append(a.text[s.start : s.end])
            ds = next((span for span in ignored if span[0] < s.end and s.start < span[1]), None) if ignored else None
            # the part inside this sentence (a dateline the segmenter cut after its agency: "CHICAGO (STMW)" / "— ...")
            ignore.append((max(ds[0], s.start) - s.start, min(ds[1], s.end) - s.start) if ds else None)
    if settings.align.semantic:
        progress("loading language model", 0.25)
    embeddings, model_warnings = semantic.embed_sentences(texts, ignore) if settings.align.semantic else (None, ())
    sim = LexicalSimilarity(texts, ignore, embeddings, [ai for ai, _ in glob])
    members: list[list[int]] = [[] for _ in loaded]  # each article's global sentence numbers, in order
    for g, (ai, _) in enumerate(glob):
        members[ai].append(g)

    # Align every pair of articles.
    pairs = list(itertools.combinations(range(len(loaded)), 2))
    matches = []
    printed = [_printed_as(texts, article) for article in members]
    for k, (x, y) in enumerate(pairs):
        progress("aligning", 0.3 + 0.4 * k / max(1, len(pairs)))
        found = align_pair(sim.between(x, y), members[x], members[y], settings.align)
        matches.extend(found)
        matches.extend(_copies_left_out(found, printed[x], printed[y]))

    # Figures and quotations, per content sentence.
    progress("finding figures", 0.75)
    figures: list[m.Figure] = []
    quotes: list[m.Quote] = []
    quotes_of: dict[tuple[int, int], list[m.Quote]] = {}
    figured = bytearray(len(glob))  # per global sentence: whether it states a figure
    # Quotations are read over each paragraph: a quotation of three sentences is a quotation in the middle one too,
    # and its speaker is read from any sentence it spans (core/quotes.py).
    quotes_at = [quotes_in_text(a.text, spans) for a, spans in zip(loaded, spans_of, strict=True)]
    # Sentences told of another event or time than the story's ("That temblor ...", "In February, ..."): their counts
    # are scoped by it (core/episodes.py).
    episode = {glob[gs[k]]: phrase for gs in members for k, phrase in other_times([texts[g] for g in gs]).items()}
    room = [settings.figures.article_figures] * len(loaded)  # figures each article may still state (a bound)
    for g, (ai, si) in enumerate(glob):
        span = spans_of[ai][si]
        text = loaded[ai].text[span.start : span.end]
        told_of = episode.get((ai, si), "")
        stated = find_figures(text, settings.figures) if room[ai] >= 0 else []
        if len(stated) > room[ai] >= 0:
            stated, room[ai] = stated[: room[ai]], -1  # -1: figures were left out, and the warning below says so
        elif room[ai] >= 0:
            room[ai] -= len(stated)
        for f in stated:
            figured[g] = 1
            figures.append(
                m.Figure(len(figures), ai, si, f.text, f.value, span.start + f.start, span.start + f.end,
                         f.qualifier, f.counts, f.unit, f.high, episode_scope(f.unit, f.scope, told_of))
            )  # fmt: skip
        for q in quotes_at[ai][si]:
            quote = m.Quote(len(quotes), ai, si, q.text, span.start + q.start, span.start + q.end, q.speaker)
            quotes.append(quote)
            quotes_of.setdefault((ai, si), []).append(quote)

    # Word diffs of the links: where a figure lies in its link's diff tells which figure answers which.
    progress("comparing wording", 0.85)
    # A dateline or a page's label opening a sentence ("UPDATE: ") is left out of its diffs as out of its
    # similarity: the rests are diffed, and their diff (with its equal share) tells the link's kind and flags; the
    # diff a link keeps puts the heads back as changed words, so that it spells out both sentences.
    diff = WordDiffer().diff
    head = [span[1] if span and span[0] == 0 else 0 for span in ignore]
    diffs = [diff(texts[left][head[left] :], texts[right][head[right] :]) for left, right, _score in matches]
    shown = [
        with_heads(chunks, texts[left][: head[left]], texts[right][: head[right]])
        for (left, right, _score), (chunks, _share) in zip(matches, diffs, strict=True)
    ]

    # Facts: figures across articles, grouped with the help of the links; each link's figure conflicts from its own
    # two sentences.
    progress("reconciling figures", 0.9)
    # Only the links whose two sentences both state figures (on 20 articles of 5,000 words, 9k of 83k links).
    with_figures = [k for k, (left, right, _score) in enumerate(matches) if figured[left] and figured[right]]
    ends = [(glob[matches[k][0]], glob[matches[k][1]]) for k in with_figures]
    # Each link's two places, the lower-numbered article's first (so a pair is one tuple whichever way it is met).
    places = [(x, y) if x < y else (y, x) for x, y in ends]
    linked_pairs = set(places)

    def linked(a: m.SentenceRef, b: m.SentenceRef) -> bool:
        x, y = (a.article, a.sentence), (b.article, b.sentence)
        return ((x, y) if x < y else (y, x)) in linked_pairs

    regions = LinkRegions(
        figures, ends, places, [shown[k] for k in with_figures], lambda p: spans_of[p[0]][p[1]].start
    )

    def sentence_at(place: tuple[int, int]) -> tuple[int, str]:
        span = spans_of[place[0]][place[1]]
        return span.start, loaded[place[0]].text[span.start : span.end]

    # Each sentence's text lets an age join an equal age only of a person it may be (facts.age_holder), and lets
    # two ages of one named person in linked sentences clash, whatever their spelling ("19-year-old Daquarius
    # Tucker" / "Daquarius Tucker, 20": facts.one_named_person).
    facts, clashes = facts_and_clashes(figures, linked, settings.facts, linked_pairs, regions, sentence_at)
    notes_at = figure_conflicts(figures, clashes, settings.facts)
    conflicts = {with_figures[k]: notes_at[pair] for k, pair in enumerate(places) if pair in notes_at}

    # Links with their word diff, kind and flags.
    links: list[m.Link] = []
    new_link = functools.partial(tuple.__new__, m.Link)  # m.Link(*fields) without its Python __new__ (83k links)
    refs: list[m.SentenceRef | None] = [None] * len(glob)  # one frozen ref per linked sentence, for its links
    quoting = {g for g, place in enumerate(glob) if place in quotes_of}
    for k, ((left, right, score), (chunks, share)) in enumerate(zip(matches, diffs, strict=True)):  # Match: a tuple
        quote_notes: Sequence[str] = ()
        if left in quoting and right in quoting:  # most linked sentences quote nobody
            quote_notes = quote_mismatches(quotes_of[glob[left]], quotes_of[glob[right]], settings.quotes)
        kind, flags, notes = describe_link(chunks, conflicts.get(k, ()), quote_notes, settings.links, share)
        source, target = refs[left], refs[right]
        if source is None:
            source = refs[left] = m.SentenceRef(*glob[left])
        if target is None:
            target = refs[right] = m.SentenceRef(*glob[right])
        links.append(new_link((source, target, round(score, 4), kind, flags, shown[k], notes)))

    # Sentence statuses follow from the links.
    progress("assembling", 0.97)
    # a sentence with any discrepant link is a discrepancy, else shared
    status: dict[tuple[int, int], str] = dict.fromkeys(
        (glob[g] for left, right, _score in matches for g in (left, right)), m.SHARED
    )
    for link, (left, right, _score) in zip(links, matches, strict=True):
        if link.kind == m.DISCREPANCY:
            status[glob[left]] = status[glob[right]] = m.DISCREPANCY
    articles = []
    for ai, a in enumerate(loaded):
        sentences = tuple(
            m.Sentence(
                si,
                a.text[s.start : s.end],
                s.start,
                s.end,
                m.BOILERPLATE if boiler_of[ai][si] else status.get((ai, si), m.UNIQUE),
                s.paragraph,
            )
            for si, s in enumerate(spans_of[ai])
        )
        articles.append(
            m.Article(
                ai, a.path, a.title, a.text, a.source, sentences, a.dateline, a.encoding, a.origin, a.ignore_spans
            )
        )
    progress("done", 1.0)
    names = [a.origin.path or a.path for a in loaded]
    cut = [
        f"{names[x]} and {names[y]} are so long that the search for the sentences they share left out their "
        f"{words} commonest shared word{'s' if words != 1 else ''} (a bound on the work): sentences that share "
        "little else are not linked and show as only in one of them"
        for (x, y), words in sorted(sim.cut_searches.items())
    ]
    full = [
        f"{names[ai]} states more than {settings.figures.article_figures:,} figures: those after the "
        f"{settings.figures.article_figures:,}th are not read or reconciled (a bound on the work)"
        for ai, left in enumerate(room)
        if left < 0
    ]
    warnings = (*not_english_warnings(zip(names, (a.text for a in loaded), strict=True)), *model_warnings, *cut, *full)
    return m.Report(tuple(articles), tuple(links), tuple(figures), tuple(facts), tuple(quotes), warnings)


def _printed_as(texts: Sequence[str], article: Sequence[int]) -> dict[str, list[int]]:
    """An article's sentences by their words as printed (spacing aside), in order; only sentences with a letter or
    a digit."""
    printed: dict[str, list[int]] = {}
    for g in article:
        key = " ".join(texts[g].split())
        if any(c.isalnum() for c in key):
            printed.setdefault(key, []).append(g)
    return printed


def _copies_left_out(found: Sequence[Match], left: dict[str, list[int]], right: dict[str, list[int]]) -> list[Match]:
    """A sentence printed word for word in both articles is one statement whatever its words: pairs of identical
    sentences the alignment left unlinked, the k-th copy in one article with the k-th in the other. The similarity
    weighs words by how telling they are, so a sentence of common words alone ("“So which is it?”") scored nothing
    and was "only in" each of two identical articles (review-s25 finding 10)."""
    linked = {(match.left, match.right) for match in found}
    extra: list[Match] = []
    for key, here in left.items():
        there = right.get(key)
        if there:
            extra.extend(Match(i, j, 1.0) for i, j in zip(here, there, strict=False) if (i, j) not in linked)
    return extra
