"""WordLlama's tokenizer without the ``tokenizers`` library: a byte-fallback BPE over a compact cached copy of its
tables, giving the token ids of ``tokenizers`` exactly; the library itself reads the original file where this cannot.

Why: ``tokenizers.Tokenizer.from_file`` parses the 1.8 MB JSON in 80-170 ms of CPU on every start, holding the GIL
(so a loading thread overlaps nothing), and the whole comparison of a 5-article story takes about as long. The
tables this module needs (single characters, byte tokens, the merges as sorted integer arrays) are built from the
same JSON once and kept in the user's cache folder (core/usercache.py) as one ``marshal`` file: ~1 ms to read. The
cache is keyed by the JSON's path, size and modification time (as Python's own bytecode cache is), so a reinstalled
package is read again; a missing, stale, corrupt or unwritable cache only costs the slow first read.

The algorithm is the one ``tokenizers`` runs for this configuration (checked when the tables are built; any other
configuration keeps the library): normalise by prepending "▁" and replacing each space with "▁"; split nothing
before the model (no pre-tokenizer); each character is its vocabulary token, or its UTF-8 bytes as ``<0xNN>``
tokens; then the adjacent pair with the lowest merge rank (the leftmost of equal ones) is merged until none is in
the merge table. No vocabulary token holds "▁" after another character, so no merge crosses the start of a
"▁" run after a character: the text is cut there into pieces, each merged alone and remembered (words repeat).
A batch of texts is cut at its spaces in one pass (``encode_flat``), and the new pieces of a call are merged
together by numpy, one merge per piece and round. Texts holding a special token's text ("<s>", ...), which
``tokenizers`` splits off before normalising, go to the library, as does anything this path cannot encode.
tests/core/test_bpe.py and test_bpe_words.py compare with ``tokenizers`` on every seed and tuning-cluster text and on
generated text. Never imports Qt, numpy or ``tokenizers`` at import time.
"""

from __future__ import annotations

import array
import collections
import contextlib
import itertools
import json
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import usercache

if TYPE_CHECKING:
    import numpy as np

CACHE_FORMAT = 2  # bump when the cached tables change shape
# One file per format: checkouts of two formats on one machine (a bench's before and after) each keep their own.
CACHE_FILE = f"wordllama-bpe-{CACHE_FORMAT}.marshal"
# Words (text between spaces) and pieces (cut by _PIECE) remembered per tokenizer, each kind: 200,000 cover a 2 MB pair
# of real text; a word's ids take ~10 bytes in arrays, a piece's a short tuple (~30 MB at most); emptied when full.
PIECE_CACHE_SIZE = 200_000
_ID_BITS = 15  # every id of this vocabulary (32,000) fits; a larger vocabulary keeps the library
_ID_MASK = (1 << _ID_BITS) - 1
_NO_MERGE = 1 << 62  # above every rank << 15 | id
# A piece (a word with its "▁") of more than this many characters is merged alone, pair by pair (_merge_alone): the
# pieces of a batch advance together one merge a round (_merge_together), so one long piece (a URL, an encoded blob)
# makes the whole batch take as many rounds as it has merges. Review s18: 40 words of 1,500 characters 0.50 -> 1.60 s,
# one word of 100,000 characters 50 -> 179 s, against the loop's times before. News words are far shorter.
LONG_PIECE = 64
_SPACE = "▁"  # U+2581, SentencePiece's word mark
_PIECE = re.compile(f"{_SPACE}*[^{_SPACE}]+|{_SPACE}+")
# Joins a batch's texts for the word path (``BpeTokenizer.encode_flat``): split at spaces, it stands alone as a word
# between two texts' words. A text holding "\x00" takes the text-by-text path.
_SEPARATOR = "\x00"
_JOIN = f" {_SEPARATOR} "
# A word ending in the word mark itself: its "▁" run goes on into the next word, and merges may cross the space.
_MARK_SPACE = f"{_SPACE} "


class Tables(NamedTuple):
    """What the BPE needs: single characters' ids, the 256 byte tokens' ids, the merges as two int64 arrays in
    bytes (the pairs' keys ``left << 15 | right`` in ascending order, and each pair's ``rank << 15 | merged id``),
    and the special tokens' texts."""

    chars: dict[str, int]
    byte_ids: list[int]
    merge_keys: bytes
    merge_values: bytes
    specials: list[str]


def tables_from_config(config: dict[str, Any]) -> Tables | None:
    """The tables of a ``tokenizers`` JSON config, or None when it is not the configuration this module
    reproduces (then the library must tokenize)."""
    model = config.get("model") or {}
    expected_normalizer = {
        "type": "Sequence",
        "normalizers": [
            {"type": "Prepend", "prepend": _SPACE},
            {"type": "Replace", "pattern": {"String": " "}, "content": _SPACE},
        ],
    }
    if (
        config.get("normalizer") != expected_normalizer
        or config.get("pre_tokenizer") is not None
        or model.get("type") != "BPE"
        or model.get("dropout") is not None
        or model.get("continuing_subword_prefix") is not None
        or model.get("end_of_word_suffix") is not None
        or model.get("byte_fallback") is not True
        or model.get("ignore_merges") is not False
    ):
        return None
    vocab: dict[str, int] = model.get("vocab") or {}
    if not vocab or max(vocab.values()) > _ID_MASK:
        return None
    byte_names = [f"<0x{b:02X}>" for b in range(256)]
    if any(name not in vocab for name in byte_names):
        return None  # bytes without a token would become <unk>: not reproduced here
    if any(_SPACE in token.lstrip(_SPACE) for token in vocab):
        return None  # a token joining a word to the next one: pieces would not be independent
    merges: dict[int, int] = {}
    for rank, merge in enumerate(model.get("merges") or []):
        left, right = merge.split(" ") if isinstance(merge, str) else merge
        merged = vocab.get(left + right)
        if merged is None or left not in vocab or right not in vocab:
            return None
        merges[vocab[left] << _ID_BITS | vocab[right]] = rank << _ID_BITS | merged
    specials = [t["content"] for t in config.get("added_tokens") or []]
    chars = {token: id_ for token, id_ in vocab.items() if len(token) == 1}
    keys = sorted(merges)
    return Tables(
        chars,
        [vocab[name] for name in byte_names],
        array.array("q", keys).tobytes(),
        array.array("q", map(merges.__getitem__, keys)).tobytes(),
        specials,
    )


def load_tables(config_file: Path, cache: Path | None = None) -> Tables | None:
    """The tables of ``config_file``, from the cache when it is current, else read from the JSON (and cached).
    None when the configuration is not reproduced here."""
    stat = config_file.stat()
    key = (str(config_file.resolve()), stat.st_size, stat.st_mtime_ns, CACHE_FORMAT)
    folder = cache if cache is not None else usercache.cache_folder()
    cached = folder / CACHE_FILE if folder is not None else None
    missing = object()
    stored = usercache.read_keyed(cached, key, missing)
    if stored is None:
        return None  # cached answer: a configuration this module does not reproduce
    if stored is not missing:
        try:
            return Tables(*stored)
        except TypeError:
            pass  # corrupt: read the JSON
    tables = tables_from_config(json.loads(config_file.read_text(encoding="utf-8")))
    usercache.write_keyed(cached, key, None if tables is None else tuple(tables))
    return tables


# A code point the library refuses (it takes only valid Unicode): a lone surrogate, which a saved article's JSON
# escape (\udc80) or a file name can carry. The library is given U+FFFD, "a character that could not be read", in
# its place, as a UTF-8 decoder with errors="replace" would read it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class LibraryTokenizer:
    """``tokenizers``' own reading of the config file, loaded on first use; the reference and the fallback."""

    def __init__(self, config_file: Path) -> None:
        self.config_file = config_file
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def encode_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of each text, no special tokens added."""
        with self._lock:
            if self._tokenizer is None:
                from tokenizers import Tokenizer

                tokenizer = Tokenizer.from_file(str(self.config_file))
                tokenizer.no_padding()
                tokenizer.no_truncation()
                self._tokenizer = tokenizer
        valid = [_LONE_SURROGATE.sub("\ufffd", t) for t in texts]
        return [e.ids for e in self._tokenizer.encode_batch(valid, add_special_tokens=False)]

    def encode_flat(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Every text's token ids one after another (int32) and each text's count (int64)."""
        return flatten(self.encode_ids(texts))


def flatten(id_lists: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Lists of ids as (all ids one after another, int32; each list's length, int64)."""
    import numpy as np

    lengths = np.fromiter(map(len, id_lists), dtype=np.int64, count=len(id_lists))
    ids = np.fromiter(itertools.chain.from_iterable(id_lists), dtype=np.int32, count=int(lengths.sum()))
    return ids, lengths


class BpeTokenizer:
    """The BPE in Python over ``Tables``; texts it cannot take go to ``fallback``."""

    def __init__(self, tables: Tables, fallback: Callable[[Sequence[str]], list[list[int]]]) -> None:
        import numpy as np

        self.tables = tables
        self.fallback = fallback
        self._merge_keys = np.frombuffer(tables.merge_keys, dtype=np.int64)
        self._merge_values = np.frombuffer(tables.merge_values, dtype=np.int64)
        self._merges: dict[int, int] | None = None  # the same merges as a dictionary, for _merge_alone
        self._pieces: dict[str, tuple[int, ...]] = {}
        # The word path's memory: each word (text between two spaces) numbered, its ids at
        # _word_ids[_word_starts[n] : _word_starts[n] + _word_counts[n]]; word 0 is the separator, without ids.
        self._words: collections.defaultdict[str, int] = collections.defaultdict(int)  # made on the first call
        self._word_starts: Any = None
        self._word_counts: Any = None
        self._word_ids: Any = None
        self._lock = threading.Lock()  # the window's worker thread and a batch may share one tokenizer

    def encode_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of each text, as ``tokenizers`` gives them without special tokens."""
        import numpy as np

        ids, lengths = self.encode_flat(texts)
        return [part.tolist() for part in np.split(ids, np.cumsum(lengths)[:-1])] if len(texts) else []

    def encode_flat(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Every text's token ids one after another (int32, a new array) and each text's count (int64): the ids of
        ``encode_ids``. The texts are joined and split at spaces in one pass, and each distinct word's ids (merged
        once, then remembered) are laid out by numpy: no Python per text or per word, which the text-by-text path
        spends (findall, a dictionary look-up and a list per piece). A word's ids are those of its "▁" + word:
        each space becomes a "▁" after a character other than "▁", where no merge crosses (no token holds "▁"
        after another character, checked when the tables are built), and the pieces the text-by-text path cuts a
        word into merge alike as one for the same reason. Texts where a space follows a space or a "▁", or that
        are empty, begin or end with a space, or hold a special token's text or the separator, take the
        text-by-text path."""
        with self._lock:
            flat = self._words_flat(texts) if texts else None
        if flat is not None:
            return flat
        odd = [not _plain(text, self.tables.specials) for text in texts]
        if not any(odd) and texts:
            return flatten(self._encode_texts(texts))  # a word the table cannot merge (a lone surrogate)
        plain = [t for t, o in zip(texts, odd, strict=True) if not o]
        with self._lock:
            plain_flat = self._words_flat(plain) if plain else None
        if plain_flat is None:
            return flatten(self._encode_texts(texts))
        import numpy as np

        plain_ids = iter(np.split(plain_flat[0], np.cumsum(plain_flat[1])[:-1]))
        odd_ids = iter(self._encode_texts([t for t, o in zip(texts, odd, strict=True) if o]))
        return flatten([next(odd_ids) if o else next(plain_ids).tolist() for o in odd])

    def _words_flat(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray] | None:
        """``encode_flat`` by words, or None when a text needs the text-by-text path (caller holds the lock)."""
        import numpy as np

        joined = _JOIN.join(texts)
        if not _spaced_plainly(joined, self.tables.specials) or joined.count(_SEPARATOR) != len(texts) - 1:
            return None
        words = joined.split(" ")
        if self._word_ids is None or len(self._words) > PIECE_CACHE_SIZE:
            self._words = collections.defaultdict(itertools.count(1).__next__, {_SEPARATOR: 0})
            self._word_starts = np.zeros(1, dtype=np.int64)
            self._word_counts = np.zeros(1, dtype=np.int64)
            self._word_ids = np.zeros(0, dtype=np.int32)
        known = self._words
        first = len(known)
        # One pass numbers every word, a new one as it is first met (the defaultdict's counter, in C): the new
        # words are then the dictionary's last entries, in order. Listing the distinct words first and looking
        # each word up afterwards took two passes over the ~200,000 words of the 100k-word pair (~14 ms more).
        numbers = np.fromiter(map(known.__getitem__, words), dtype=np.intp, count=len(words))
        if len(known) > first:
            new = list(itertools.islice(known, first, None))
            try:
                merged, counts = self._merge_pieces([_SPACE + word for word in new])
            except UnicodeEncodeError:  # a lone surrogate: the text-by-text path sends its text to the library
                for word in new:  # forgotten again, and numbering goes on where it stood
                    del known[word]
                known.default_factory = itertools.count(first).__next__
                return None
            self._word_starts = np.concatenate([self._word_starts, len(self._word_ids) + np.cumsum(counts) - counts])
            self._word_counts = np.concatenate([self._word_counts, counts])
            self._word_ids = np.concatenate([self._word_ids, merged])
        counts = self._word_counts[numbers]
        ends = np.cumsum(counts)
        total = int(ends[-1])
        ids = self._word_ids[np.repeat(self._word_starts[numbers] - (ends - counts), counts) + np.arange(total)]
        text_ends = np.append(ends[numbers == 0], total)
        return ids, np.diff(text_ends, prepend=0)

    def _encode_texts(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids of each text, text by text: pieces cut by a regular expression, the new ones merged together
        (and remembered); texts holding a special token's text, or that cannot be encoded, go to the library."""
        specials = self.tables.specials
        split = [
            None if any(s in text for s in specials) else _PIECE.findall((_SPACE + text).replace(" ", _SPACE))
            for text in texts
        ]
        split = [[] if not text else pieces for text, pieces in zip(texts, split, strict=True)]
        known = self._pieces
        if len(known) > PIECE_CACHE_SIZE:
            known.clear()
        new = [p for p in dict.fromkeys(itertools.chain.from_iterable(p for p in split if p)) if p not in known]
        try:
            known.update(zip(new, self._merged_tuples(new), strict=True))
        except UnicodeEncodeError:  # a lone surrogate: the pieces that can be merged, one by one
            for piece in new:
                with contextlib.suppress(UnicodeEncodeError):
                    known[piece] = self._merged_tuples([piece])[0]
        out: list[list[int]] = []
        odd: list[int] = []
        for k, pieces in enumerate(split):
            if pieces is None or not all(p in known for p in pieces):
                odd.append(k)  # the library says what it makes of it
                out.append([])
            else:
                out.append(list(itertools.chain.from_iterable(map(known.__getitem__, pieces))))
        if odd:
            for k, ids in zip(odd, self.fallback([texts[k] for k in odd]), strict=True):
                out[k] = ids
        return out

    def _merged_tuples(self, pieces: Sequence[str]) -> list[tuple[int, ...]]:
        """Each piece's ids as a tuple (``_merge_pieces``)."""
        import numpy as np

        ids, counts = self._merge_pieces(pieces)
        return [tuple(part.tolist()) for part in np.split(ids, np.cumsum(counts)[:-1])] if len(pieces) else []

    def _merge_pieces(self, pieces: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The pieces' ids one after another (int32) and their counts (int64): ``_merge_together``, except that a
        piece of more than LONG_PIECE characters is merged alone (``_merge_alone``), the same ids. Raises
        UnicodeEncodeError for a lone surrogate."""
        import numpy as np

        if all(len(piece) <= LONG_PIECE for piece in pieces):
            return self._merge_together(pieces)
        short = [piece for piece in pieces if len(piece) <= LONG_PIECE]
        ids, counts = self._merge_together(short)
        parts = iter(np.split(ids, np.cumsum(counts)[:-1]) if short else ())
        out = [np.array(self._merge_alone(p), dtype=np.int32) if len(p) > LONG_PIECE else next(parts) for p in pieces]
        return np.concatenate(out).astype(np.int32), np.fromiter(map(len, out), dtype=np.int64, count=len(out))

    def _merge_alone(self, piece: str) -> tuple[int, ...]:
        """One piece's ids, as ``_merge_together`` gives them, by a loop over its pairs (one merge at a time: the
        leftmost lowest-ranked pair), with the merges in a dictionary made on the first long piece."""
        if self._merges is None:
            self._merges = dict(zip(self._merge_keys.tolist(), self._merge_values.tolist(), strict=True))
        ids = self._symbols(piece)
        merge = self._merges.get
        # ranks[k]: the merge of ids[k] and ids[k + 1] (rank in the high bits, so the lowest value is the lowest
        # rank; one pair has one rank, so equal values are the same pair and index() finds the leftmost).
        ranks = [merge(a << _ID_BITS | b, _NO_MERGE) for a, b in itertools.pairwise(ids)]
        while ranks and (best := min(ranks)) != _NO_MERGE:
            at = ranks.index(best)
            ids[at : at + 2] = [best & _ID_MASK]
            del ranks[at]
            if at < len(ranks):
                ranks[at] = merge(ids[at] << _ID_BITS | ids[at + 1], _NO_MERGE)
            if at:
                ranks[at - 1] = merge(ids[at - 1] << _ID_BITS | ids[at], _NO_MERGE)
        return tuple(ids)

    def _symbols(self, piece: str) -> list[int]:
        """A piece's characters' ids, a character without a token of its own as its UTF-8 bytes' tokens. Raises
        UnicodeEncodeError for a lone surrogate."""
        chars, byte_ids = self.tables.chars, self.tables.byte_ids
        ids: list[int] = []
        for char in piece:
            found = chars.get(char)
            if found is None:
                ids.extend(byte_ids[b] for b in char.encode("utf-8"))
            else:
                ids.append(found)
        return ids

    def _merge_together(self, pieces: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The pieces' ids one after another (int32) and their counts (int64): each piece's characters (or their
        UTF-8 bytes' tokens), then its lowest-ranked adjacent pair merged, leftmost first among equal ranks, until
        no pair is in the table (``tokenizers``' BPE ``merge_all``). All pieces advance together, one merge each
        per round, by numpy (pairs looked up by binary search in the sorted merge keys); a piece leaves when it has
        nothing left to merge. Raises UnicodeEncodeError for a lone surrogate."""
        import numpy as np

        chars = self.tables.chars
        symbols: list[int | None] = list(map(chars.get, "".join(pieces)))
        lengths: list[int] = list(map(len, pieces))
        if None in symbols:  # a character without its own token: its UTF-8 bytes' tokens
            symbols, lengths = [], []
            for piece in pieces:
                found = self._symbols(piece)
                symbols.extend(found)
                lengths.append(len(found))
        sym = np.array(symbols, dtype=np.int64)
        owner = np.repeat(np.arange(len(pieces), dtype=np.int64), lengths)
        keys, values = self._merge_keys, self._merge_values
        done_owner: list[np.ndarray] = []
        done_sym: list[np.ndarray] = []
        while sym.size:
            same = owner[1:] == owner[:-1]  # pair k (symbols k and k + 1) lies inside one piece
            pairs = sym[:-1] << _ID_BITS | sym[1:]
            at = np.minimum(np.searchsorted(keys, pairs), len(keys) - 1)
            found = same & (keys[at] == pairs)
            rank = np.full(sym.size, _NO_MERGE, dtype=np.int64)  # a piece's last symbol starts no pair
            rank[:-1][found] = values[at[found]]
            starts = np.flatnonzero(np.concatenate(([True], ~same)))
            sizes = np.diff(np.append(starts, sym.size))
            best = np.repeat(np.minimum.reduceat(rank, starts), sizes)
            finished = best == _NO_MERGE
            if finished.any():
                done_owner.append(owner[finished])
                done_sym.append(sym[finished])
                if finished.all():
                    break
            # Equal values are one pair (one rank each): the first position holding its piece's best is the
            # leftmost lowest-ranked pair.
            at_best = np.flatnonzero((rank == best) & ~finished)
            leftmost = at_best[np.concatenate(([True], owner[at_best[1:]] != owner[at_best[:-1]]))]
            sym[leftmost] = rank[leftmost] & _ID_MASK
            keep = ~finished
            keep[leftmost + 1] = False
            sym, owner = sym[keep], owner[keep]
        if not done_owner:
            return np.zeros(0, dtype=np.int32), np.zeros(len(pieces), dtype=np.int64)
        owners = np.concatenate(done_owner)
        order = np.argsort(owners, kind="stable")  # a piece's symbols leave together, in their order
        ids = np.concatenate(done_sym)[order].astype(np.int32)
        return ids, np.bincount(owners, minlength=len(pieces)).astype(np.int64)


def _plain(text: str, specials: Sequence[str]) -> bool:
    """Whether the word path takes ``text``."""
    return _spaced_plainly(text, specials) and _SEPARATOR not in text


def _spaced_plainly(text: str, specials: Sequence[str]) -> bool:
    """Not empty, no space at either end, none after a space or a word mark, no special token's text."""
    return bool(text) and not (
        "  " in text or _MARK_SPACE in text or text[0] == " " or text[-1] == " " or any(s in text for s in specials)
    )


def load(config_file: Path, cache: Path | None = None) -> BpeTokenizer | LibraryTokenizer:
    """The fast tokenizer for ``config_file`` (the library behind it for odd texts), or the library alone when the
    configuration is not one this module reproduces."""
    library = LibraryTokenizer(config_file)
    tables = load_tables(config_file, cache)
    if tables is None:
        return library
    return BpeTokenizer(tables, library.encode_ids)
