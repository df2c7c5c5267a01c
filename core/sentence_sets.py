"""The sets every sentence is compared by (content words, n-grams, names, numbers), for block scoring.

Block scoring (core/similarity.py) compares a block of sentence pairs in a few numpy passes over these rows:
each sentence's sets as SetRows (core/setrows.py) over one numbering of stems, its stems as a string for the compiled
LCS, bit masks of its stopword stems, and signatures of its 2- and 3-grams that tell most pairs sharing none apart
without counting. Built once per comparison. Knows nothing of Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from .sentence_features import SentenceFeatures
from .setrows import SetRows, distinct, object_array, row_texts

# -- tuning knobs, one place ---------------------------------------------------------------------------------
# Block scoring counts shared 1-grams by bit masks of the stems some sentence has only from stopwords
# (similarity.UNIGRAM_BY_MASKS says why): past this many 64-bit words of them (never with English stopwords), none.
UNIGRAM_MASK_WORDS = 4
# Each sentence's 2-grams and 3-grams also set one bit each (the n-gram's number modulo the bits) in a signature of
# this many 64-bit words per n: two sentences whose signatures share no bit share no n-gram, and their count is 0
# without the LCS. 20 articles x 5,000 words: 1 in 8 candidate pairs shares a 2-gram, 1 in 3 passes the signature at
# 16 words (1,024 bits), half at 8; the 2-gram counts 0.062 -> 0.037 s (0.013 of it the signatures). 0: no
# signatures, every pair sharing an (n-1)-gram is counted.
NGRAM_SIGNATURE_WORDS = 16
BIT_ROWS = 4096  # sentences whose masks are made at once (_bit_rows)


@dataclass(frozen=True)
class SentenceSets:
    """Every sentence's sets as SetRows over one numbering of stems (n-grams numbered apart), and its stems as a
    string, one character per stem, for the compiled LCS: what block scoring reads."""

    content: SetRows  # values: each word's place in WordIndex.terms (its weight depends on the pair)
    ngrams: tuple[SetRows, SetRows, SetRows]
    numbers: SetRows
    entities: SetRows
    anchors: SetRows  # names and numbers among the content words, valued as ``content``
    present: SetRows  # names, numbers and content words: what "the other sentence has"
    content_word: np.ndarray  # content.values as integers
    term_id: np.ndarray  # the number here of each word of WordIndex.words (core/word_index.py)
    anchor_word: np.ndarray  # anchors.values as integers
    # article_has[k, w]: article k names stem w anywhere (a name, number or content word). A dense table (articles x
    # stems, one byte each) rather than a SetRows row per article: looking a sentence's names up in it costs their
    # number, where an overlap with the article's row laid out per pair cost the article's ~300 words per pair
    # (2.2 of 3.9 s of set overlaps on 20 articles x 5,000 words).
    article_has: np.ndarray
    position: np.ndarray  # a sentence's place among its article's sentences
    lengths: np.ndarray
    n_stems: np.ndarray
    article: np.ndarray
    words: list[str] | list[tuple[int, ...]]
    as_text: bool
    word_array: np.ndarray | None  # ``words`` as an array of objects when they are strings (one fancy index a block)
    # (stopword-only stems, content stems that are also some sentence's stopword-only stem) of each sentence as bit
    # masks, rows x a few uint64 words (``_stop_masks``); None past UNIGRAM_MASK_WORDS
    stop_masks: tuple[np.ndarray, np.ndarray] | None
    signatures: tuple[np.ndarray, np.ndarray] | None  # 2-gram and 3-gram signatures, rows x NGRAM_SIGNATURE_WORDS

    @classmethod
    def build(
        cls,
        features: Sequence[SentenceFeatures],
        words_of_terms: Sequence[str],
        terms: np.ndarray,
        indptr: np.ndarray,
        article_words: Mapping[int, set[str]],
        position: Sequence[int],
        article_of: Sequence[int],
    ) -> SentenceSets:
        """The sets of every sentence (``features``). The similarity's compressed rows of content words come as
        ``terms`` (word ids, sentence after sentence, ``indptr`` where each starts) with ``words_of_terms`` (the
        word of each id); ``article_words``: every word each article names; ``position``: each sentence's place
        among its article's; ``article_of``: its article. Words are numbered in order of first appearance; every
        list is walked flat, at C speed (chain, map), not by a comprehension per sentence (2-3x faster on 2 MB
        files)."""
        stems = list(chain.from_iterable(f.stems for f in features))
        ids = {w: k for k, w in enumerate(dict.fromkeys(stems))}
        width = len(ids)
        flat = np.fromiter(map(ids.__getitem__, stems), dtype=np.int64, count=len(stems))
        n_stems = np.fromiter(map(len, (f.stems for f in features)), dtype=np.int64, count=len(features))

        def rows(words: Sequence[Iterable[str]], values: Iterable[float] | None = None) -> SetRows:
            """One row per sentence: the numbers of its ``words`` (each sentence's collection), ``values`` beside them
            (one value per word, flat; 1 where None)."""
            lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))  # type: ignore[arg-type]
            total = int(lengths.sum())
            row_ids = np.fromiter(map(ids.__getitem__, chain.from_iterable(words)), dtype=np.int64, count=total)
            row_values = np.ones(total) if values is None else np.fromiter(values, dtype=np.float64, count=total)
            owner = np.repeat(np.arange(len(words)), lengths)
            return SetRows.sorted_rows(owner, row_ids, row_values, len(words), width)

        # content words: LexicalSimilarity's compressed rows, renumbered; each valued by its place there
        term_id = np.array([ids[w] for w in words_of_terms], dtype=np.int64)
        content_ids = term_id[terms]
        content_owner = np.repeat(np.arange(len(features)), np.diff(indptr))
        places = np.arange(len(terms), dtype=np.float64)
        content = SetRows.sorted_rows(content_owner, content_ids, places, len(features), width)
        numbers = rows([f.numbers for f in features])
        entities = rows([f.entities for f in features])
        if len(features) * max(1, width) < 2**62:  # (row, id) as one number: the unions below as sorted keys
            anchors, present = _anchor_and_present_rows(content, numbers, entities, width)
        else:
            named = np.array([w in f.entities or w in f.numbers for f in features for w in sorted(f.content)],
                             dtype=bool)  # fmt: skip
            anchors = SetRows.sorted_rows(content_owner[named], content_ids[named], places[named], len(features), width)
            present = rows([f.entities | f.numbers | f.content for f in features])
        # One character per stem (rapidfuzz's fastest input); tuples past Unicode.
        indptr = np.concatenate(([0], np.cumsum(n_stems)))
        words: list[str] | list[tuple[int, ...]] | None = row_texts(indptr, flat)
        as_text = words is not None
        if words is None:
            listed = flat.tolist()
            words = [tuple(listed[a:b]) for a, b in itertools.pairwise(indptr.tolist())]
        ngrams = _ngram_rows(flat, n_stems, width)
        # the masks read the 1-grams by stem number: _ngram_rows keeps those numbers when every stem is in use (here
        # always: the stems are numbered from the sentences' own)
        by_stem = len(flat) > 0 and bool(np.bincount(flat, minlength=width).all())
        return cls(
            content=content,
            ngrams=ngrams,
            numbers=numbers,
            entities=entities,
            anchors=anchors,
            present=present,
            content_word=content.values.astype(np.int64),
            term_id=term_id,
            anchor_word=anchors.values.astype(np.int64),
            article_has=_article_table(article_words, article_of, ids, width),
            position=np.array(position, dtype=np.int64),
            lengths=np.array([f.length for f in features], dtype=np.int64),
            n_stems=n_stems,
            article=np.array(article_of, dtype=np.int64),
            words=words,
            as_text=as_text,
            word_array=object_array(words) if as_text else None,
            stop_masks=_stop_masks(ngrams[0], content, width) if by_stem else None,
            signatures=(_signatures(ngrams[1], NGRAM_SIGNATURE_WORDS), _signatures(ngrams[2], NGRAM_SIGNATURE_WORDS))
            if NGRAM_SIGNATURE_WORDS
            else None,
        )


def unigram_counts(
    shared: np.ndarray, masks: tuple[np.ndarray, np.ndarray], i: np.ndarray, j: np.ndarray
) -> np.ndarray:
    """The 1-grams each pair (i[k], j[k]) shares (``shared_counts`` of the 1-gram rows), from the content words it
    shares (``shared``) and ``_stop_masks``: a 1-gram is a content word or a stopword-only stem (S) of each sentence,
    so the shared ones are the shared content words and the disjoint S_i & S_j, S_i & C_j, C_i & S_j."""
    stop, content = masks
    stop_i, stop_j = stop[i], stop[j]
    extra = (stop_i & (stop_j | content[j])) | (content[i] & stop_j)
    return shared.astype(np.int64) + np.bitwise_count(extra).sum(axis=1, dtype=np.int64)


def _anchor_and_present_rows(
    content: SetRows, numbers: SetRows, entities: SetRows, width: int
) -> tuple[SetRows, SetRows]:
    """(each sentence's names and numbers among its content words, with their content weights; its names, numbers
    and content words), from the three SetRows as sorted (row, id) keys: no set operations per sentence."""
    rows = len(content.indptr) - 1
    span = max(1, width)
    content_keys = content.keys(span)
    named = distinct(np.concatenate([entities.keys(span), numbers.keys(span)]))
    where = np.minimum(np.searchsorted(named, content_keys), max(0, len(named) - 1))
    anchor = named[where] == content_keys if len(named) else np.zeros(len(content_keys), dtype=bool)
    owner = content_keys[anchor] // span
    anchors = SetRows.sorted_rows(owner, content.ids[anchor], content.values[anchor], rows, width)
    present = distinct(np.concatenate([named, content_keys]))
    return anchors, SetRows.sorted_rows(present // span, present % span, np.ones(len(present)), rows, width)


def _stop_masks(unigrams: SetRows, content: SetRows, width: int) -> tuple[np.ndarray, np.ndarray] | None:
    """``SentenceSets.stop_masks``: each sentence's 1-grams (stem numbers) that are not among its content words (the
    stems of its stopwords alone: S), and its content words among every sentence's S (C), one bit per stem of the
    union of all S, in rows x words uint64 masks. None when that union needs more than UNIGRAM_MASK_WORDS words."""
    span = max(1, width)
    all_keys, content_keys = unigrams.keys(span), content.keys(span)  # sorted (row, stem) keys; content in all
    where = np.minimum(np.searchsorted(content_keys, all_keys), max(0, len(content_keys) - 1))
    stop = content_keys[where] != all_keys if len(content_keys) else np.ones(len(all_keys), dtype=bool)
    stop_keys = all_keys[stop]
    stems = distinct(stop_keys % span)
    words = max(1, -(-len(stems) // 64))
    if words > UNIGRAM_MASK_WORDS:
        return None
    bit_of = np.full(span, -1, dtype=np.int64)
    bit_of[stems] = np.arange(len(stems))
    rows = len(unigrams.indptr) - 1
    masks = []
    for keys in (stop_keys, content_keys):
        bits = bit_of[keys % span]
        keys, bits = keys[bits >= 0], bits[bits >= 0]
        masks.append(_bit_rows(keys // span, bits, rows, words))
    return masks[0], masks[1]


def _signatures(rows: SetRows, words: int) -> np.ndarray:
    """Each row's ids as one bit each (id modulo 64 x ``words``) of a rows x ``words`` uint64 signature: two rows
    sharing an id share its bit."""
    return _bit_rows(rows.owners(), rows.ids % (64 * words), len(rows.indptr) - 1, words)


def _bit_rows(row: np.ndarray, bit: np.ndarray, rows: int, words: int) -> np.ndarray:
    """rows x ``words`` uint64 masks with bit bit[k] of row row[k] set (``row`` in order; bit b: word b // 64, that
    word's bit b % 64 when the words are little-endian; any one layout serves, as masks are only ANDed and counted
    among themselves), through tables of bools packed by np.packbits (ufunc.at of 1 << b was ~4x slower), BIT_ROWS
    rows at a time (a 4 MB table at 1,024 bits)."""
    masks = np.zeros((rows, words), dtype=np.uint64)
    for start in range(0, rows, BIT_ROWS):
        stop = min(rows, start + BIT_ROWS)
        low, high = np.searchsorted(row, (start, stop))
        table = np.zeros((stop - start, 64 * words), dtype=bool)
        table[row[low:high] - start, bit[low:high]] = True
        masks[start:stop] = np.packbits(table, axis=1, bitorder="little").view(np.uint64)
    return masks


def _article_table(
    present: Mapping[int, set[str]], article_of: Sequence[int], ids: dict[str, int], width: int
) -> np.ndarray:
    """``SentenceSets.article_has``: which stems each article names."""
    table = np.zeros((max(article_of, default=-1) + 1, max(1, width)), dtype=bool)
    for article, words in present.items():
        table[article, [ids[w] for w in words]] = True
    return table


def _ngram_rows(flat: np.ndarray, lengths: np.ndarray, width: int) -> tuple[SetRows, SetRows, SetRows]:
    """Each sentence's set of 1-, 2- and 3-grams of stem ids (``SentenceFeatures.ngrams``), n-grams numbered: the
    sentences' stem ids one after another in ``flat``, ``lengths`` of them each."""
    owner = np.repeat(np.arange(len(lengths)), lengths)
    end = np.repeat(np.cumsum(lengths), lengths)  # one past each token's sentence
    position = np.arange(len(flat))
    rows = []
    for n in (1, 2, 3):
        start = position[position + n <= end]
        if n == 1 and len(flat) and bool(np.bincount(flat, minlength=width).all()):
            dense = flat  # every id in use: its rank among the distinct ids (np.unique's numbering) is itself
        elif width**n < 2**62:
            code = np.zeros(len(start), dtype=np.int64)
            for k in range(n):
                code = code * width + flat[start + k]
            _, dense = np.unique(code, return_inverse=True)
        else:  # too many stems for one int64 per n-gram: number the n-grams by their ids
            numbering: dict[tuple[int, ...], int] = {}
            grams = zip(*(flat[start + k].tolist() for k in range(n)), strict=True)
            dense = np.array([numbering.setdefault(g, len(numbering)) for g in grams], dtype=np.int64)
        kinds = int(dense.max()) + 1 if len(dense) else 1
        unique = distinct(owner[start] * kinds + dense)
        row, gram = unique // kinds, unique % kinds
        rows.append(SetRows.sorted_rows(row, gram, np.ones(len(gram)), len(lengths), kinds))
    return rows[0], rows[1], rows[2]
