"""Sentence embeddings for the similarity model: WordLlama's static token embeddings, offline, no torch.

WordLlama (PyPI ``wordllama``, MIT) ships its 16 MB embedding table and its tokenizer inside the package folder. A
sentence's vector is the mean of its tokens' vectors, exactly as ``WordLlamaInference.embed`` computes it; cosine
of two vectors says how close two sentences are in meaning even with other words ("buys" / "acquires").

No network, by design: the two files are read from the installed package's folder; WordLlama's own loader (which
downloads a missing file from a hub, and configures the root logger on import) is never imported. The tokenizer is
core/bpe.py's (the same ids as ``tokenizers``, without parsing the JSON on every start); the table is mapped from
the safetensors file, not read: only the rows of tokens met are paged in and widened from float16 (80-200 ms of
reading and converting 16 MB saved at each start). The model loads lazily, once per process, in a background thread that
``start_loading()`` starts early (the pipeline does, before reading files) so the load overlaps other work;
``encoder()`` waits for it. When it cannot load, ``encoder()`` returns None and ``load_error()`` says why: the
similarity model then falls back to its lexical-only weights. Importing this module costs nothing: numpy and the
tokenizer are imported by the loading thread, so the window can start the load once it is drawn. Never imports Qt.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import json
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from . import bpe

if TYPE_CHECKING:
    import numpy as np

PACKAGE = "wordllama"
TOKENIZER_FILE = "tokenizers/l2_supercat_tokenizer_config.json"
WEIGHTS_FILE = "weights/l2_supercat_256.safetensors"
TENSOR = "embedding.weight"


# Vectors kept from earlier calls, by sentence text: a comparison run again in the window (an article added)
# embeds only the new sentences. 8,192 vectors of 256 floats: 8 MB.
CACHE_SENTENCES = 8192
# Texts embedded at once, token slot by token slot: a slot's 128 x 256 float32 vectors (128 KB) and the running sums
# stay in the processor's cache (1 MB of L2 here); on two 2 MB files 64 rows measured slower, 256 no faster. A chunk
# of at most EMBED_BLOCK_TOKENS token vectors (few texts, short ones) is gathered in one call instead: per-slot calls
# cost more than they save there (20 news articles: 0.027 s per-slot vs 0.020 as a block; 512 and 2,048 measured
# slower on every bench input).
EMBED_CHUNK_ROWS = 128
EMBED_BLOCK_TOKENS = 1024


class Tokenizer(Protocol):
    """What the encoder needs of a tokenizer (core/bpe.py's two kinds)."""

    def encode_ids(self, texts: Sequence[str]) -> list[list[int]]: ...

    def encode_flat(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]: ...


class Encoder:
    """Mean-of-token-embeddings sentence encoder over a tokenizer and an embedding table."""

    def __init__(self, tokenizer: Tokenizer, table: np.ndarray) -> None:
        import numpy as np

        self.tokenizer = tokenizer
        # float16 or float32 rows are kept as they are (a float16 table may be a read-only map of the file); rows
        # are widened to float32 when gathered, exactly as a widened table would give them.
        self.table = table if table.dtype in (np.float16, np.float32) else np.asarray(table, dtype=np.float32)
        # A call widens the float16 rows of the tokens it meets, once each, into a compact float32 table, by looking
        # their bit patterns up in a table of all 65,536 widened values: the same floats as astype(float32), which
        # runs 2-3x slower here (element by element). The compact table (a few thousand rows for news text, at
        # most the whole 32 MB) keeps the gathers in the processor's cache, and nothing widened outlives the call.
        self._bits = self.table.view(np.uint16) if self.table.dtype == np.float16 else None
        self._widened = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16).astype(np.float32)
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()  # the window's worker thread and a batch may share one encoder

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length vectors, one row per text (a text without tokens gets a zero row). Each distinct text is
        embedded once (wire copy repeats sentences), and recently embedded texts are not embedded again."""
        import numpy as np

        with self._lock:
            known = {t: v for t in set(texts) if (v := self._cache.get(t)) is not None}
        new = list(dict.fromkeys(t for t in texts if t not in known))
        vectors = self._embed_distinct(new)
        kept = min(len(new), CACHE_SENTENCES)
        with self._lock:
            if len(self._cache) + len(new) > CACHE_SENTENCES:
                self._cache.clear()
            # Rows of one copy of the first CACHE_SENTENCES vectors (8 MB at most): a row view of ``vectors`` would
            # keep the whole array of a long comparison alive in the cache (32 MB on the 2 MB pair), and a copy per
            # row cost ~1 us each (10,000 rows on the 100k-word pair). The copy lives as long as any of its rows.
            self._cache.update(zip(new[:kept], vectors[:kept].copy(), strict=True))
        if not known and len(new) == len(texts):
            return vectors  # every text distinct and new: already in order (no second array of the same size)
        # Each text's row by one gather from the new vectors and the cached ones (a row copied per text in Python
        # cost ~0.8 us each: 8 ms on the 100k-word pair, whose repeated sentences take this path; 3 ms now).
        if known:
            vectors = np.concatenate([vectors, np.stack(list(known.values()))])
        row_of = dict(zip(itertools.chain(new, known), itertools.count(), strict=False))  # new rows, then cached
        return vectors[np.fromiter(map(row_of.__getitem__, texts), dtype=np.intp, count=len(texts))]

    def _embed_distinct(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        if not texts:
            return out
        ids, lengths = self.tokenizer.encode_flat(texts)
        np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
        table = self.table
        if self._bits is not None:
            met = np.zeros(len(table), dtype=bool)
            met[ids] = True
            present = np.flatnonzero(met)
            table = self._widened[self._bits[present]]
            compact = np.zeros(len(met), dtype=np.int32)
            compact[present] = np.arange(len(present), dtype=np.int32)
            ids = compact[ids]
        starts = np.cumsum(lengths) - lengths
        # Texts of one token count at a time, EMBED_CHUNK_ROWS texts at once. Their ids are laid out token slot
        # first (slots x texts), so the vectors of one slot are gathered as one contiguous (texts, 256) block and
        # added to running sums of the same shape, in numpy's own order (``_slot_sums``): the same floats as
        # np.add.reduceat over each text's token rows, which runs one slow strided loop per text and column. The
        # blocks stay in the processor's cache; a (texts, tokens, 256) gather summed across its middle axis gave the
        # same floats ~1.3-1.6x slower (strided adds over a block larger than the cache; 2 MB pair 0.41 -> 0.25 s).
        rows = np.flatnonzero(lengths > 0)
        rows = rows[np.argsort(lengths[rows], kind="stable")]
        edges = [0, *(np.flatnonzero(np.diff(lengths[rows])) + 1).tolist(), len(rows)]
        for begin, end in itertools.pairwise(edges):
            size = int(lengths[rows[begin]]) if end > begin else 0
            for first in range(begin, end, EMBED_CHUNK_ROWS):
                part = rows[first : min(end, first + EMBED_CHUNK_ROWS)]
                slots = ids[starts[part] + np.arange(size, dtype=np.intp)[:, None]]  # (tokens, texts)
                if len(part) * size <= EMBED_BLOCK_TOKENS:
                    gather = table[slots].__getitem__
                else:
                    gather = functools.partial(_rows_of, table, slots)
                out[part] = _slot_sums(gather, size) / lengths[part, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def _rows_of(table: np.ndarray, slots: np.ndarray, k: int) -> np.ndarray:
    """The table's rows of token slot ``k``."""
    return table[slots[k]]


def _slot_sums(gather: Callable[[int], np.ndarray], size: int) -> np.ndarray:
    """The sum of ``gather(0) .. gather(size - 1)`` (each a fresh array of one token slot's vectors, texts x dim),
    added in the order np.add.reduceat adds a text's token rows, so each text's sum is the very float it gives: the
    first row plus numpy's pairwise sum of the others (its float loop: under 8 terms one after another; up to 128
    eight running sums, combined pairwise, then the rest; past 128 two halves, the first a multiple of 8 long, summed
    alike). tests/core/test_sim_embed.py checks this against reduceat bit for bit."""
    total = gather(0).copy()
    if size > 1:
        total += _pairwise(gather, 1, size)
    return total


def _pairwise(gather: Callable[[int], np.ndarray], lo: int, hi: int) -> np.ndarray:
    """numpy's pairwise sum of the slots ``lo`` .. ``hi - 1`` (at least one)."""
    n = hi - lo
    if n < 8:
        total = gather(lo).copy()
        for k in range(lo + 1, hi):
            total += gather(k)
        return total
    if n <= 128:
        sums = [gather(lo + k).copy() for k in range(8)]
        whole = lo + n - n % 8
        for start in range(lo + 8, whole, 8):
            for k in range(8):
                sums[k] += gather(start + k)
        total = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]))
        for k in range(whole, hi):
            total += gather(k)
        return total
    half = n // 2
    half -= half % 8
    return _pairwise(gather, lo, lo + half) + _pairwise(gather, lo + half, hi)


def _token_sums(vectors: np.ndarray) -> np.ndarray:
    """Sum over axis 1 of ``vectors`` (texts, tokens, dim) by ``_slot_sums``: each text's sum the float
    np.add.reduceat gives over its token rows."""
    return _slot_sums(lambda k: vectors[:, k].copy(), vectors.shape[1])


def package_folder() -> Path:
    """The installed wordllama package's folder, found without importing (running) the package; in a PyInstaller
    bundle, which carries only its two files as data (packaging/reportdiff.spec), their folder in the bundle."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    bundled = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundled and (Path(bundled) / PACKAGE).is_dir():
        return Path(bundled) / PACKAGE
    raise FileNotFoundError(f"the {PACKAGE} package is not installed")


def read_table(path: Path, name: str = TENSOR) -> np.ndarray:
    """One tensor of a safetensors file, mapped read-only (a little-endian u64 header size, a JSON header giving
    each tensor's dtype, shape and byte range, then the data); ``safetensors`` reads it when it is not a plain
    float16/float32 matrix."""
    import numpy as np

    with path.open("rb") as stream:
        (size,) = struct.unpack("<Q", stream.read(8))
        info = json.loads(stream.read(size)).get(name) or {}
    dtypes: dict[str, np.dtype[Any]] = {"F16": np.dtype("<f2"), "F32": np.dtype("<f4")}
    dtype = dtypes.get(info.get("dtype", ""))
    shape = tuple(info.get("shape") or ())
    begin, end = info.get("data_offsets") or (0, -1)
    if dtype is None or len(shape) != 2 or end - begin != shape[0] * shape[1] * dtype.itemsize:
        from safetensors.numpy import load_file

        return load_file(str(path))[name]
    return np.memmap(path, dtype=dtype, mode="r", offset=8 + size + begin, shape=shape)


def load_encoder(folder: Path | None = None) -> Encoder:
    """Read the tokenizer and the embedding table from local files (the package folder by default)."""
    folder = folder or package_folder()
    return Encoder(bpe.load(folder / TOKENIZER_FILE), read_table(folder / WEIGHTS_FILE))


class _Loader:
    """One background load per process; every caller waits for the same result."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.encoder: Encoder | None = None
        self.error: str | None = None

    def start(self) -> None:
        with self.lock:
            if self.thread is None:
                # Not a daemon: the interpreter waits for the load (under a second) at exit. A daemon thread still
                # importing numpy or parsing the tokenizer when a short run exits (a bad input, a closed window)
                # is torn down inside native code and the process aborts ("FATAL: exception not rethrown").
                self.thread = threading.Thread(target=self._load, name="language-model", daemon=False)
                self.thread.start()

    def _load(self) -> None:
        try:
            self.encoder = load_encoder()
        except Exception as error:  # any failure means: no semantic signal, say why, go on lexically
            self.error = f"language model not loaded ({type(error).__name__}: {error}); similarity is lexical only"

    def get(self) -> Encoder | None:
        self.start()
        assert self.thread is not None
        self.thread.join()
        return self.encoder


_LOADER = _Loader()


def start_loading() -> None:
    """Begin loading the model in the background (once per process); returns at once."""
    _LOADER.start()


def encoder() -> Encoder | None:
    """The loaded encoder, waiting for the load if needed; None when it could not load (see ``load_error``)."""
    return _LOADER.get()


def load_error() -> str | None:
    """Why the model did not load, as one line for the report's warnings; None when it loaded (or has not yet)."""
    return _LOADER.error


def embed_sentences(
    texts: Sequence[str], ignore: Sequence[tuple[int, int] | None] | None = None
) -> tuple[np.ndarray | None, tuple[str, ...]]:
    """(one unit vector per text, with each ``ignore`` span (a dateline) left out; warnings). Without the model:
    (None, the reason as a warning)."""
    model = encoder()
    if model is None:
        return None, (load_error() or "language model not loaded; similarity is lexical only",)
    spans = ignore or [None] * len(texts)
    return model.embed([t[: g[0]] + t[g[1] :] if g else t for t, g in zip(texts, spans, strict=True)]), ()
