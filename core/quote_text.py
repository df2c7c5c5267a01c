"""Quotations of a sentence (``find_quotes``) and of an article, read paragraph by paragraph (``quotes_in_text``):
each quotation's pieces in the sentences it spans, with the speaker its sentences name or the one named before.
No Qt here."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from .quote_lexicon import NAME, RX, SPEECH_VERBS, VERB_RE
from .quote_marks import FAMILY, MARK_RE, quotation_spans
from .quote_outside import HYPHEN_RE, blanked, hyphens_joined, outside_text
from .quote_people import is_organisation, office_speaker, role_speaker, unnamed_speaks
from .quote_referents import Named
from .quote_speaker import SUBJECT_REACH, speaker_of
from .quote_terms import is_term


@dataclass(frozen=True)
class FoundQuote:
    """A quotation in one sentence: offsets of the quoted words (without the marks) within the sentence."""

    text: str
    start: int
    end: int
    speaker: str


def find_quotes(sentence: str) -> list[FoundQuote]:
    """Quotations in a sentence, with the speaker named outside the quote marks if any. The sentence may cut a
    quotation of several sentences: its words in this sentence are a quotation of their own (see
    ``quote_marks._DOUBLE``)."""
    spans = quotation_spans(sentence, cut=True)
    if not spans:
        return []
    outside = outside_text(sentence, spans, not HYPHEN_RE.search(sentence))
    return [
        FoundQuote(sentence[start:end], start, end, speaker_of(outside, mark_start, mark_end))
        for mark_start, start, end, mark_end in spans
        if not is_term(sentence, outside, mark_start, start, end, mark_end, 0, len(sentence))
    ]


class Sentence(Protocol):
    """Where a sentence lies in its article's text (core/segment.py's Span)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def paragraph(self) -> int: ...


# A quotation's speaker is read within this many characters of its marks (and a sentence before it, within twice
# this of its end), so no quotation reads a whole long run of text. With the reaches of speaker_of's searches below,
# a paragraph of 8,000 'X said "..." and' pieces takes 8 s to compare with another text, where it took over 5
# minutes (4.9 s before quotations were read over paragraphs). Quotations and speakers of ECB+ 1-35, the tuning
# clusters and the seeds: as without the limit.
SPEAKER_REACH = 400


def quotes_in_text(text: str, sentences: Sequence[Sentence]) -> list[list[FoundQuote]]:
    """Quotations of an article, per sentence (offsets within the sentence, as ``find_quotes`` gives them), found
    over each paragraph and not sentence by sentence: a quotation of three sentences is read in the middle one too,
    and its speaker is read from every sentence it spans ('"A. B," she said.'). A quotation whose sentences name
    nobody ("she said", or no verb at all: a quotation going on after '"...," Pavel Dorn said.') is given the speaker
    last named before it in its paragraph or the one before ("Marta Ilves said the weather had been calm. "..." she
    said.", ``CONTINUATION_PARAGRAPHS``)."""
    found: list[list[FoundQuote]] = [[] for _ in sentences]
    named = Named(text)
    top = True  # no paragraph read yet has ended in a sentence's end: the headlines above the article
    k = 0
    while k < len(sentences):
        first = k
        while k + 1 < len(sentences) and sentences[k + 1].paragraph == sentences[first].paragraph:
            k += 1
        top = top and is_headline(text[sentences[first].start : sentences[k].end])
        named.next_paragraph(top)
        _paragraph_quotes(text, sentences, first, k, found, named)
        k += 1
    return found


# What may close a sentence after its terminal: closing quotation marks and brackets.
_CLOSERS = "\"'”’»)]"
_TERMINALS = ".!?…:;,"


def is_headline(paragraph: str) -> bool:
    """``paragraph`` may be a headline: no sentence's end closes it (a terminal, a colon or a comma, closing marks
    after it): "Filmmaker says he cannot commit to production schedule for 'Catching Fire'", a headline's dek.
    ``quotes_in_text`` takes for headlines only such paragraphs above the article's first that ends a sentence:
    ECB+ prints many a sentence of its body with no full stop ('“...,” he said')."""
    return paragraph.rstrip().rstrip(_CLOSERS).rstrip()[-1:] not in _TERMINALS


def _paragraph_quotes(
    text: str, sentences: Sequence[Sentence], first: int, last: int, found: list[list[FoundQuote]], named: Named
) -> None:
    """``quotes_in_text`` for the sentences ``first``..``last`` (one paragraph), into ``found``; ``named``: who was
    named before."""
    base = sentences[first].start
    para = text[base : sentences[last].end]
    if not MARK_RE.search(para):
        # No quote mark, no quotation: what is left is what the rest does with none (its sentences kept for a later
        # quotation to read who spoke, no quotation left open). Every paragraph of bench/scale.py's cases and 428 of
        # the tuning clusters' 688 hold none: 40% of quotes_in_text's time there, 23% on the clusters.
        named.single_open = False
        named.pending = []
        joined = hyphens_joined(para, named.spaced_hyphens)
        for s in sentences[first : last + 1]:
            _read_later(joined, (s.start - base, s.end - base), named)
        return
    spans = quotation_spans(para, cut=True, paragraph=True, single_open=named.single_open)
    named.single_open = any(para[ms] in "'‘" and me == len(para) for ms, _s, _e, me in spans)
    outside = outside_text(para, spans, named.spaced_hyphens)
    bounds = [(s.start - base, s.end - base) for s in sentences[first : last + 1]]
    los = [lo for lo, _hi in bounds]
    his = [hi for _lo, hi in bounds]  # sentences are in order and apart: both lists ascend
    done = 0  # sentences whose own naming has been read (or kept to be read: ``Named``)
    pending, named.pending = named.pending, []  # a quotation of the paragraph before, going on into this one
    left_open = named.open_quote  # a quotation left open before, going on until here (an apostrophe ends none)
    if spans:
        named.open_quote = ("", -1)
    for mark_start, start, end, mark_end in spans:
        # the sentences the quotation overlaps (lo < max(end, start + 1) and start < hi), found by bisection: a
        # paragraph of 20,000 sentences and as many quotations took 52 s scanning every sentence for each
        spanned = range(bisect.bisect_right(his, start), bisect.bisect_left(los, max(end, start + 1)))
        if not spanned:
            continue
        while done < spanned[0]:  # sentences before the quotation: "Marta Ilves said the weather had been calm."
            _read_later(outside, bounds[done], named)
            done += 1
        lo, hi = bounds[spanned[0]][0], bounds[spanned[-1]][1]
        lo, hi = max(lo, mark_start - SPEAKER_REACH), min(hi, mark_end + SPEAKER_REACH)
        if is_term(para, outside, mark_start, start, end, mark_end, lo, hi):
            continue
        following = spanned[-1] + 1
        if (
            following < len(bounds)
            and not VERB_RE.search(outside, lo, hi)
            and _ATTRIBUTION_OPENS_RE.match(outside, bounds[following][0])
        ):  # its attribution cut off into a sentence of its own: '"It's official! "DeGeneres tweeted Friday.'
            hi = min(bounds[following][1], mark_end + SPEAKER_REACH)
        heading = named.paragraph in named.headings
        own = speaker = speaker_of(outside[lo:hi], mark_start - lo, mark_end - lo, para[end - 1], named.known, heading)
        if not speaker and not heading:  # '“...,” the governor said' after "Gov. Greg Abbott": Abbott; '“...,” said
            # the governor's office': Greg Abbott's office
            before = text[: base + mark_start]
            own = speaker = role_speaker(outside, lo, hi, before) or office_speaker(outside, lo, hi, before)
        sex = ""
        if (
            not speaker
            and not heading  # a headline stands alone: who it names, or nobody ("Filmmaker says he cannot commit")
            and (not VERB_RE.search(outside, lo, hi) or _PRONOUN_SAID_RE.search(outside, lo, hi))
        ):
            pronoun = _PRONOUN_SAID_RE.search(outside, lo, hi)
            said_by = pronoun.group().lower().split() if pronoun else []
            # "he" or "she" refers back (``Named._referent``), unless someone unnamed speaks in the quotation's
            # own sentences ("The commissioner says he's put many officers through “active shooter” training")
            sex = "f" if "she" in said_by else "m" if "he" in said_by else ""
            if unnamed_speaks(outside, lo, hi):
                sex = ""
            # "she said", or no verb: the speaker named before; "his wife said": nobody named
            if sex and mark_start == 0 and para[0] not in FAMILY:  # it closes a quotation opened before
                speaker = named.open_speaker(left_open, sex)
            if not speaker and pronoun is not None and sex:
                # the quotation's own sentence before its pronoun may name who it is: "Stanley Perlo said his client
                # ..., which he described as “very pro death.”", "Kroon said the church, which he described as “...”"
                speaker = named.named_before(outside, lo, pronoun.start(), sex)
            if not speaker:
                speaker = named.last(pronoun is not None, sex)
        if own and pending and mark_start == 0 and para[0] not in FAMILY:  # it opened in the paragraph before
            for si, k in pending:  # where it opened named nobody: the speaker named where it closes is its speaker
                found[si][k] = dataclasses.replace(found[si][k], speaker=own)
            speaker = own
        # 'Jonas Berg said ... "We lost everything," his wife said. "All of it."': hers too
        named.said(
            speaker,
            is_organisation(outside, lo, hi, speaker) if own else named.organisation and bool(speaker),
            "" if own else sex,
            para[start:end],
        )
        done = max(done, spanned[-1] + 1)
        if not own and para[mark_end - 1] not in FAMILY:  # no closing mark: it goes on in the next paragraph
            named.pending = [(first + i, len(found[first + i])) for i in spanned]
        if mark_end == len(para) and para[mark_end - 1] not in FAMILY:
            named.open_quote = (speaker, named.paragraph)
        nested = _nested(para, start, end) if len(spanned) > 1 else []
        for i in spanned:
            s_lo, s_hi = bounds[i]
            a, b = max(start, s_lo), min(end, s_hi)
            piece = para[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if len(piece) >= 2:
                inside = (n for n_lo, n_hi, n in nested if n_lo <= a + lead and a + lead + len(piece) <= n_hi)
                who = next(inside, speaker)
                found[first + i].append(FoundQuote(piece, a + lead - s_lo, a + lead - s_lo + len(piece), who))
    named.pending = [(si, k) for si, k in named.pending if k < len(found[si])]  # pieces too short are not listed
    for bound in bounds[done:]:  # sentences after the last quotation: who they name may speak in the next paragraph
        _read_later(outside, bound, named)


def _nested(para: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Quotations within the quotation ``para[start:end]``, as (start, end of the closing mark, speaker named in
    the quotation around them): a sentence of the quotation lying wholly inside one is that speaker's words, not
    the quoting speaker's ('"As I was locking the door, a guy said on the outside that, 'They're shooting outside.
    They're shooting outside.' I allowed him to get in," he said': the second sentence is the guy's, review s29,
    gva_483737)."""
    words = para[start:end]
    if words.count('"') % 2:
        return []  # a straight double mark left over: no quotation within is told for sure (_straight_pairs)
    inner = quotation_spans(words, cut=False)
    if not inner:
        return []
    around = blanked(words, [(ms, me) for ms, _s, _e, me in inner])
    return [
        (start + s, start + me, speaker_of(around, ms, me, words[e - 1]))
        for ms, s, e, me in inner
        if not _SELF_QUOTED_RE.search(around, max(0, ms - SUBJECT_REACH), ms)
    ]  # "I told them, 'Stay inside.'", "You can say, 'Stop! Don't touch it!'": the quoting speaker's own words


# Before a quotation within a quotation, its speaker is the quoting speaker: "I told them", "you can say".
_SELF_QUOTED_RE = RX.compile(rf"\b(?:I|[Ww]e|[Yy]ou)\s+(?:[\w'’]+\s+){{0,2}}(?:{SPEECH_VERBS})\b")


def _read_later(outside: str, bound: tuple[int, int], named: Named) -> None:
    """Keep a sentence (``bound``: its offsets in ``outside``) for ``named`` to read if a quotation asks."""
    lo, hi = bound
    named.read_later(outside, max(lo, hi - 2 * SPEAKER_REACH), hi)  # its end, nearest what follows


# A sentence opening with an attribution: a name or a pronoun and a speech verb or a verb in the past.
_ATTRIBUTION_OPENS_RE = RX.compile(rf"\s*(?:{NAME}|[Hh]e|[Ss]he)\s+(?:(?:{SPEECH_VERBS})\b|[a-z]+ed\b)")
# "he said", "said she", and a person's age standing for their name, as a pronoun does: 'Jackson's great-aunt,
# Rosaland Jackson, said ... / "...," the 56-year-old said' (gva_595069: unattributed, as "his wife said" is).
_PRONOUN_SAID_RE = RX.compile(
    rf"\b(?:[Hh]e|[Ss]he|I|[Tt]he\s+\d+-year-old)\s+(?:{SPEECH_VERBS})\b|\b(?:{SPEECH_VERBS})\s(?:he|she)\b"
)
