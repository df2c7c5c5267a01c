"""Split an article's paragraphs into sentences with character offsets into the article text.

syntok does the splitting (abbreviations such as U.S., Gen., Jan.; quotes that close after the full stop;
em-dashes): STYLE.md records that it splits the seeds correctly and fast, where pysbd is accurate but slow.
Each paragraph is segmented on its own, so no sentence ever crosses a paragraph break. An abbreviated title before a
name ("said Sgt. Dale Horner", ``TITLE_ABBREVIATIONS``) never ends a sentence: syntok's sentences are joined again
there. No Qt here.

Speed (bench/scale.py): syntok's tokenizer and state machine, pure Python, cost ~20-40 us a token. Most sentence
ends are sure ones ("... word. Next"): syntok ends a sentence there whatever came before (``_SURE_END`` says why),
so each paragraph is cut at them first, and a piece between two with no terminal or bracket inside is one sentence
without syntok (tests/core/test_segment.py compares with syntok on the whole paragraph: random text built from
every kind of word, terminal, quote and space, seeds, clusters and generated articles). Only the other pieces reach
syntok (~4% of the sentences of the generated long articles, ~25% in the news clusters: abbreviations, initials,
brackets, numbers).

syntok decides only at a terminal (". ! ? ;" and their kin) or an opening bracket, looking at the tokens around it;
a run of ordinary words between two such places passes through its state machine untouched. So syntok is given each
paragraph with the middle of those runs cut out (``_condensed``): every chunk holding a terminal or a bracket, the
two chunks before it, the chunks after it up to the first plain word (60 after a bracket: syntok looks that far
inside one), and the paragraph's ends; offsets are mapped back. About a quarter of the text reaches syntok, for the
same sentences (tests/core/test_segment.py compares with syntok on the whole text: seeds, tuning clusters, synthetic
long articles and random text). Paragraphs already seen are not segmented again (a cache keyed by the paragraph's
text): a window that adds a third article to two re-segments only the new one, and wire copies repeated across
outlets are segmented once.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import syntok.segmenter as syntok_segmenter
from syntok._segmentation_states import State as _SyntokState

# A sentence longer than this is cut at the nearest space: lists and tables pasted as one "sentence" would
# otherwise swamp the similarity of everything they touch.
MAX_SENTENCE_CHARS = 1500
# Paragraphs whose sentences are remembered: a few articles' worth for the window's re-comparisons, a few MB at
# most (each entry holds its paragraph's text and a tuple of offsets).
PARAGRAPH_CACHE_SIZE = 4096
# Condensing (see the module docstring). Chunks kept before a terminal or a bracket: syntok reads the token before
# a terminal and whether it opened the sentence. Plain-word chunks kept after one: syntok reads the token after it.
KEEP_BEFORE = 2
KEEP_AFTER = 1
# Chunks kept after an opening bracket: syntok scans at most 50 tokens inside brackets.
BRACKET_REACH = 60
# Paragraphs of fewer chunks (or where less than a third could be cut) go to syntok whole: nothing to gain.
CONDENSE_MIN_CHUNKS = 12

# Where syntok may decide: its terminals and opening brackets.
_TRIGGER = re.compile(
    "[" + re.escape("".join(sorted({t for t in _SyntokState.terminals if len(t) == 1} | _SyntokState.opening_brackets)))
    + "]"
)  # fmt: skip
_OPENING = frozenset(_SyntokState.opening_brackets)
# syntok's chunks (its tokenizer's `[^\s\u200b]+` in the regex module, whose \s is Unicode White_Space: re's \s
# less \x1c-\x1f, so text holding those is never condensed).
_CHUNK = re.compile(r"[^\s\u200b]+")
_NOT_CONDENSABLE = re.compile(r"[\x1c-\x1f]|\n\s*\n")  # those, and syntok's paragraph breaks
# The same test in two scans that each run ~3x faster than the alternation (a line break is rare in a paragraph).
_SEPARATORS = re.compile(r"[\x1c-\x1f]")
_BLANK_LINE = re.compile(r"\n\s*\n")
_SPACE = re.compile(r"[\s\u200b]")

# Sure ends (see the module docstring): False sends every paragraph to syntok (condensed) as before; the tests
# compare both ways.
USE_SURE_ENDS = True
# How far back from a terminal the word before it is looked for: a word longer than this (none in real text) is
# left to syntok. Unbounded, the look back rescanned a whole paragraph of no newline at every end (the lead's
# review: one 2 MB paragraph of short sentences, 0.55 s at 2 MB and 2.2 s at 4 MB in _sure_ends alone).
SURE_WORD_CHARS = 64
# A sure end: a chunk that is one plain word (ASCII letters with no lower-to-upper change inside, so one token for
# syntok's tokenizer; or a number of two digits or more), after an optional opening quote, then one terminal and an
# optional closing quote, then spaces and a chunk opening with an ASCII capital or a quote. syntok ends a sentence
# there (every branch of its decision leads there), unless the word is an abbreviation, a roman numeral or "no"
# (``_NOT_SURE_BEFORE``) or the number is followed by a month's abbreviation ("25. Jan"); a single letter or digit is
# never a sure end (syntok keeps initials). Nothing before the sure end looks past the token after it (no opening
# bracket within ``BRACKET_REACH`` chunks before it), so syntok on the pieces between sure ends gives its sentences
# on the whole paragraph, and a piece with no terminal or bracket inside is one sentence without syntok.
# Found in two steps (one pattern trying every position of the text costs ~6x more): the terminal with what follows,
# then the word before it, from the space before it.
_SURE_END = re.compile(r"[.!?;][\"'\u2019\u201d]?(?=(\s+)(?:[\"'\u2018\u201c]|([A-Z][A-Za-z]*)(.?)))", re.S)
_SURE_WORD = re.compile(r"[\"'\u2018\u201c]?([A-Za-z][a-z]+|[A-Z]{2,}|[0-9]{2,}|[0-9]{1,3}(?:,[0-9]{3})+)")
# After a number: the next chunk's first token is a prefix of its run of ASCII letters (when no other letter or digit
# follows the run), so a run opening with no month's abbreviation cannot be one.
_MONTHS = tuple(sorted(_SyntokState.months))
_NOT_SURE_BEFORE = _SyntokState.abbreviations | _SyntokState.roman_numerals | {"no", "No", "NO"}
# The paragraph's last chunk ending in a word, one terminal and an optional closing quote: whatever syntok decides
# there, the sentence ends with the paragraph (the quote follows the terminal with no space, so syntok takes it).
_LAST_TERMINAL = re.compile(r"(?<=[A-Za-z0-9])[.!?;][\"'\u2019\u201d]?\Z")
_LAST_TERMINAL_CHARS = 2  # its match is this long at most: only the piece's last characters are searched
_OPENING_CHAR = re.compile("[" + re.escape("".join(sorted(_SyntokState.opening_brackets))) + "]")

# Abbreviated titles that stand before a name and never end a sentence: syntok ends one after those it does not
# list ("said Sgt. Derrick Fontenot" became "said Sgt." and "Derrick Fontenot.", so the quotation's speaker was
# "Sgt") and after those it lists when the name's first token is one of its sentence starters ("Mr. La Calamita",
# tokenised "La" "Calamita"). In the tuning articles (ECB+ 1-35, clusters < 600000, seeds) sentences ended at Mr. 45
# times, Sgt. 27, Lt. 20, Gov. 18, Const. 12, Rev. 9, Rep. 9, Msgr. 4, Dist. and Atty. 2, Cpl. 2, Det., Dep. and Ms.
# once, each before the name. Suffixes and words that end sentences ("Jr.", "Sr.", "St.", "Co.") are not titles.
TITLE_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Messrs Dr Prof Rev Msgr Fr Hon Gov Lt Sen Sens Rep Reps Pres Amb Atty Dist Gen Col Maj Capt Cpt Cmdr "
    "Adm Brig Sgt Cpl Pvt Pfc Spc Det Insp Supt Const Ofc Dep Cmdt".split()
)
_TITLE_END = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.\Z")
_TITLE_CHARS = max(map(len, TITLE_ABBREVIATIONS)) + 1  # its match is this long at most: only the end is searched
# A sentence opening with one of syntok's sentence starters ("The", "This", "However") after a title is no name: the
# "title" was a word that ends sentences too ("on Elm Dr. The house burned": Drive), and syntok's end stands. Name
# particles among its starters ("Sgt. La Croix", "Mr. De Luca", "Ms. Van Dyke") still open a name.
_NAME_PARTICLES = frozenset("La Le Las Los De Del Da Di Du Der Die Den El Van Von".split())
_NOT_NAME_STARTS = _SyntokState.starters - _NAME_PARTICLES
_FIRST_WORD = re.compile(r"[A-Za-z]+")
# A dateline's place cut off at its abbreviated state or country (``_join_dateline``): up to four words, a comma,
# then "Tenn.", "Calif.", "N.Y.", "D.C.".
_DATELINE_PLACE = re.compile(r"(?P<city>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}), [A-Z][A-Za-z]{0,4}\.(?:[A-Z]\.)?")
# A dateline ending in its agency's or station's bracket ("TAIPEI (Reuters)", "LONDON, Feb 7 (AP)", "CHICAGO
# (STMW)"), which syntok cuts off before the dash that opens the story (``_join_dateline``): a capital, at most
# DATELINE_CHARS more characters with no sentence end, then a short bracket.
# Datelines before their bracket are short: 21 characters at most in the tuning files ("GOODLETTSVILLE, Tenn."), 27
# with a date ("CHATTANOOGA, Tenn., July 18"); 60 leaves room for two places and a date, and refuses a sentence.
DATELINE_CHARS = 60
_DATELINE_AGENCY = re.compile(rf"[A-Z][^!?\n()]{{0,{DATELINE_CHARS}}}\([^()\n]{{1,30}}\)")
# Two sentences glued with no space (``_split_glued``): a terminal, an optional closing quote, and the next
# sentence's capital and small letter (an opening quote first), found by one scan of the paragraph (in C: most
# paragraphs have none); then a word of two small letters or two capitals before the terminal, looked for only there.
_GLUED_END = re.compile(r"[.!?](?=[\"”’]?[\"“]?[A-Z][a-z])")
_GLUED_WORD = re.compile(r"(?<![\w.@/])[A-Za-z]*(?:[a-z]{2}|[A-Z]{2})\Z")


class Span(NamedTuple):
    """A sentence: offsets into the article text and the paragraph it belongs to. A named tuple: a 2 MB pair
    has 32,000 sentences, built ~2.5x faster than as a frozen dataclass."""

    start: int
    end: int
    paragraph: int


def segment(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Span]:
    """Sentences of ``text`` in reading order, paragraph by paragraph."""
    spans: list[Span] = []
    for number, (p_start, p_end) in enumerate(paragraphs):
        pieces = _paragraph_sentences(text[p_start:p_end])
        spans += [Span(p_start + s, p_start + e, number) for s, e in pieces]
    return _fix_gaps(text, spans)


@functools.lru_cache(maxsize=PARAGRAPH_CACHE_SIZE)
def _paragraph_sentences(chunk: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of one paragraph, relative to it: syntok's (``_split``), then
    ``after_syntok``."""
    return after_syntok(chunk, _split(chunk))


def after_syntok(chunk: str, pieces: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """syntok's sentences of a paragraph, joined again where one ends at a title before a name (``_join_titles``)
    or is a dateline's place alone (``_join_dateline``), and cut where two sentences are glued with no space
    (``_split_glued``)."""
    return _split_glued(chunk, _join_dateline(chunk, _join_titles(chunk, pieces)))


def _join_dateline(chunk: str, pieces: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``pieces`` with a paragraph's first sentence joined to the next when it is a dateline's place ending in an
    abbreviated state or country ("GOODLETTSVILLE, Tenn." before "(WKRN) – Police said ..."): syntok ends a
    sentence at the abbreviation, and the place alone became a "sentence" every outlet of the town printed, linked
    as an agreement (review-s27 finding 5). A place in capitals, or any place before a bracket or a dash. Also a
    whole dateline ending in its agency's bracket before the dash ("TAIPEI (Reuters)" before "– A magnitude 6.4
    ..."): syntok ends a sentence at the bracket, and every wire story's dateline was a "sentence" of its own."""
    if len(pieces) < 2:
        return pieces
    (start, end), (after, after_end) = pieces[0], pieces[1]
    place = _DATELINE_PLACE.fullmatch(chunk, start, end)
    if place is not None and (place["city"].isupper() or chunk[after] in "([-–—"):
        return ((start, after_end), *pieces[2:])
    if chunk[after] in "-–—" and _DATELINE_AGENCY.fullmatch(chunk, start, end):
        return ((start, after_end), *pieces[2:])
    return pieces


def _split_glued(chunk: str, pieces: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``pieces`` cut where a sentence ends with no space before the next ("arrived.\"The", "call the
    HPD.Anyone"): web pages and transcripts glue them, syntok reads one word there, and one "sentence" held two or
    three speakers' quotations, linked to what one of them said (review-s27 finding 7). The end is a word of two
    letters or more (not an abbreviation: "U.S.Army", "Mrs.Smith", "St.Louis" stay) and a terminal, then a capital
    and a small letter, an opening quote allowed before it. A straight quote right after the terminal closes the
    sentence when it is the paragraph's odd one (its quotation was open), else it opens the next."""
    if _GLUED_END.search(chunk) is None:  # most paragraphs
        return pieces
    out: list[tuple[int, int]] = []
    counted = quotes = 0  # straight quotes before ``counted`` (counted as the matches go: linear in the paragraph)
    for start, end in pieces:
        for glued in _GLUED_END.finditer(chunk, start, end):
            terminal = glued.start()
            word = _GLUED_WORD.search(chunk, max(start, terminal - SURE_WORD_CHARS), terminal)
            if word is None or word.group() in _SyntokState.abbreviations or word.group() in TITLE_ABBREVIATIONS:
                continue
            cut = terminal + 1
            if chunk[cut] in "”’":
                cut += 1
            elif chunk[cut] == '"':
                quotes, counted = quotes + chunk.count('"', counted, cut), cut
                cut += quotes % 2  # an odd count before it: it closes the sentence; even, it opens the next
            if cut - start > 0 and end - cut > 0:
                out.append((start, cut))
                start = cut
        out.append((start, end))
    return tuple(out)


def _split(chunk: str) -> tuple[tuple[int, int], ...]:
    """syntok's sentences of one paragraph, relative to it; the whole paragraph when syntok finds no sentence in
    text that is not blank."""
    pieces: list[tuple[int, int]] = []
    if not USE_SURE_ENDS or _not_condensable(chunk):
        _syntok_sentences(chunk, 0, len(chunk), pieces)
    else:
        start = 0
        first = -1  # where the piece's first chunk starts, when the sure end before it says so
        for terminal, end, following in _sure_ends(chunk):
            if _TRIGGER.search(chunk, start, terminal):
                _syntok_sentences(chunk, start, end, pieces)
            else:  # one sentence (the commonest case, inlined)
                if first < 0:
                    first = _CHUNK.search(chunk, start, end).start()  # type: ignore[union-attr]  # the word is one
                if end - first > MAX_SENTENCE_CHARS:
                    pieces.extend(_cut_long(chunk, first, end))
                else:
                    pieces.append((first, end))
            start, first = end, following
        last = len(chunk)  # the paragraph's last piece: its sentence would end with its last chunk
        while last > start and _SPACE.match(chunk[last - 1]):
            last -= 1
        _piece_sentences(chunk, start, _last_terminal(chunk, start, last), last, len(chunk), pieces)
    if not pieces and chunk.strip():
        pieces.append((0, len(chunk)))
    return tuple(pieces)


def _join_titles(chunk: str, pieces: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``pieces`` with each sentence that ends at a title's abbreviation ("said Sgt.", "Mr.") joined to the next
    when that opens with a capital: the title's name."""
    if len(pieces) < 2 or "." not in chunk:
        return pieces
    joined = [pieces[0]]
    for start, end in pieces[1:]:
        last_start, last_end = joined[-1]
        if (
            chunk[start : start + 1].isupper()
            and chunk[last_end - 1] == "."
            and _first_word(chunk, start) not in _NOT_NAME_STARTS
            and end - last_start <= MAX_SENTENCE_CHARS
            and _TITLE_END.search(chunk, max(last_start, last_end - _TITLE_CHARS), last_end)
        ):
            joined[-1] = (last_start, end)
        else:
            joined.append((start, end))
    return tuple(joined)


def _first_word(chunk: str, start: int) -> str:
    """The run of ASCII letters at ``start`` ("" when there is none: "Élan")."""
    word = _FIRST_WORD.match(chunk, start)
    return word[0] if word else ""


def _last_terminal(chunk: str, start: int, last: int) -> int:
    """Where ``_LAST_TERMINAL`` matches ``chunk[start:last]`` (``last`` when it does not): only the last characters
    are searched, as its match ends the piece; its look-behind still sees the character before them."""
    tail = _LAST_TERMINAL.search(chunk, max(start, last - _LAST_TERMINAL_CHARS), last)
    return tail.start() if tail else last


def _not_condensable(chunk: str) -> bool:
    """``_NOT_CONDENSABLE.search(chunk)``, faster: syntok's paragraph break or a character re and regex split
    differently."""
    return _SEPARATORS.search(chunk) is not None or ("\n" in chunk and _BLANK_LINE.search(chunk) is not None)


def _sure_ends(chunk: str) -> Iterator[tuple[int, int, int]]:
    """(position of the terminal, end of the sentence, start of the next chunk) at every place where syntok is sure
    to end a sentence and where nothing before it looks past it (see ``_SURE_END``)."""
    reach = _bracket_reach(chunk) if _OPENING_CHAR.search(chunk) else ()
    k = 0
    blocked = -1
    for m in _SURE_END.finditer(chunk):
        terminal = m.start()
        lo = max(0, terminal - SURE_WORD_CHARS)  # a bounded look back: one long unspaced run is not rescanned
        space = max(chunk.rfind(" ", lo, terminal), chunk.rfind("\n", lo, terminal))
        if space < 0 < lo:
            continue  # no word start within reach: syntok decides
        start = space + 1
        w = _SURE_WORD.fullmatch(chunk, start, terminal)
        if w is None:
            continue  # not a plain word, or a chunk after another space: syntok decides
        while k < len(reach) and reach[k][0] < start:
            blocked = max(blocked, reach[k][1])
            k += 1
        if start < blocked:
            continue
        word = w[1]
        if word[0].isdigit():
            if m[2] is not None and (m[3].isalnum() or m[2].startswith(_MONTHS)):
                continue
        elif word in _NOT_SURE_BEFORE:
            continue
        yield terminal, m.end(), m.end(1)


def _bracket_reach(chunk: str) -> list[tuple[int, int]]:
    """(position, end of syntok's look-ahead) of each opening bracket: syntok scans at most 50 tokens (so at most 50
    chunks) past one for its closing bracket and the token after; ``BRACKET_REACH`` chunks are kept clear."""
    # A bracket is no space, so the chunks met from it are the rest of its own chunk, then the chunks after: the
    # chunks are found once, and each bracket looks its end up (a search per bracket rescanned its own chunk, so one
    # long unspaced run of brackets, 2 MB of "(", was quadratic).
    starts = [c.start() for c in _CHUNK.finditer(chunk)]
    reach = []
    for m in _OPENING_CHAR.finditer(chunk):
        past = bisect_right(starts, m.start()) + BRACKET_REACH  # the chunk BRACKET_REACH + 1 after its own
        reach.append((m.start(), starts[past] if past < len(starts) else len(chunk)))
    return reach


def _piece_sentences(chunk: str, start: int, terminal: int, last: int, end: int, out: list[tuple[int, int]]) -> None:
    """Sentences of ``chunk[start:end]``, a piece of the paragraph ending at a sure end or at the paragraph's end:
    one sentence up to ``last`` when nothing before ``terminal`` (its final terminal, if any) can end one, else
    syntok's."""
    if _TRIGGER.search(chunk, start, terminal):
        _syntok_sentences(chunk, start, end, out)
        return
    first = _CHUNK.search(chunk, start, last)
    if first is not None:
        out.extend(_cut_long(chunk, first.start(), last))


def _syntok_sentences(chunk: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """syntok's sentences of ``chunk[start:end]`` (condensed), as offsets into ``chunk``."""
    piece = chunk[start:end] if start or end < len(chunk) else chunk
    text, starts, shifts = _condensed(piece)
    for paragraph in syntok_segmenter.analyze(text):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if not tokens:
                continue
            first = tokens[0].offset
            last = tokens[-1].offset + len(tokens[-1].value)
            if starts:  # back to offsets in the piece
                last += shifts[bisect_right(starts, tokens[-1].offset) - 1]
                first += shifts[bisect_right(starts, first) - 1]
            out.extend(_cut_long(chunk, start + first, start + last))


def _condensed(chunk: str) -> tuple[str, list[int], list[int]]:
    """The paragraph with the middle of its runs of plain chunks cut out (one space instead), the start of each kept
    run in it and the shift of each back to ``chunk``; ``(chunk, [], [])`` when it is not worth it or not safe."""
    if chunk.count(" ") < CONDENSE_MIN_CHUNKS or _not_condensable(chunk):
        return chunk, [], []
    starts: list[int] = []
    ends: list[int] = []
    for m in _CHUNK.finditer(chunk):
        starts.append(m.start())
        ends.append(m.end())
    n = len(starts)
    if n < CONDENSE_MIN_CHUNKS:
        return chunk, [], []
    # plain[k]: how many of the first k chunks are plain words (letters and digits alone), so the chunk after a
    # terminal where KEEP_AFTER plain ones have passed is one search, not a walk: a paragraph of terminals with no
    # plain word between them ("A. A. A. ...", 100,000 of them) walked to its end from each, quadratic (~45 min)
    plain = [0, *itertools.accumulate(chunk[a:b].isalnum() for a, b in zip(starts, ends, strict=True))]
    runs: list[list[int]] = []  # [first, last] chunk of each kept run, in order, disjoint

    def keep(first: int, last: int) -> None:
        if runs and first <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], last)
        else:
            runs.append([first, last])

    keep(0, KEEP_BEFORE - 1)
    done = -1
    for m in _TRIGGER.finditer(chunk):
        i = bisect_right(starts, m.start()) - 1
        if i <= done:
            continue  # a chunk with two terminals ("U.S.") is kept once
        done = i
        j = min(n - 1, i + BRACKET_REACH) if not _OPENING.isdisjoint(chunk[starts[i] : ends[i]]) else i
        if j + 1 < n and KEEP_AFTER > 0:  # on to the KEEP_AFTER-th plain chunk after j, or the last chunk
            j = min(n - 1, bisect_left(plain, plain[j + 1] + KEEP_AFTER) - 1)
        keep(max(0, i - KEEP_BEFORE), j)
    keep(max(0, n - 2), n - 1)
    if sum(last - first + 1 for first, last in runs) * 3 > n * 2:
        return chunk, [], []
    parts = [chunk[: starts[0]]]
    run_starts: list[int] = []
    shifts: list[int] = []
    pos = len(parts[0])
    for k, (first, last) in enumerate(runs):
        if k:
            parts.append(" ")
            pos += 1
        run_starts.append(pos)
        shifts.append(starts[first] - pos)
        parts.append(chunk[starts[first] : ends[last]])
        pos += ends[last] - starts[first]
    parts.append(chunk[ends[-1] :])
    return "".join(parts), run_starts, shifts


def _cut_long(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = chunk.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and chunk[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def _fix_gaps(text: str, spans: list[Span]) -> list[Span]:
    """syntok drops nothing but stray characters between tokens (a lone closing quote, say) can fall between
    two sentences; attach any non-space leftover inside a paragraph to the sentence before it."""
    for k, (span, nxt) in enumerate(itertools.pairwise(spans)):  # spans[k] is replaced after pairwise read it
        if nxt.start > span.end and nxt.paragraph == span.paragraph:
            gap = text[span.end : nxt.start]
            if not gap.isspace():
                spans[k] = Span(span.start, span.end + len(gap.rstrip()), span.paragraph)
    return spans
