"""Fixtures the core tests share: WordLlama's tokenizer as the ``tokenizers`` library runs it, and core/bpe.py's
tokenizer on the same configuration with its tables in a cache of the module's own."""

from __future__ import annotations

import pytest

from reportdiff.core import bpe, semantic

TOKENIZER_CONFIG = semantic.package_folder() / semantic.TOKENIZER_FILE


@pytest.fixture(scope="module")
def library() -> bpe.LibraryTokenizer:
    """The ``tokenizers`` library on WordLlama's tokenizer file: the ids core/bpe.py must give."""
    return bpe.LibraryTokenizer(TOKENIZER_CONFIG)


@pytest.fixture(scope="module")
def fast(tmp_path_factory: pytest.TempPathFactory, library: bpe.LibraryTokenizer) -> bpe.BpeTokenizer:
    """core/bpe.py's tokenizer, tables built into a fresh cache, shared by a module's tests."""
    tables = bpe.load_tables(TOKENIZER_CONFIG, tmp_path_factory.mktemp("cache"))
    assert tables is not None, "WordLlama's configuration is the one core/bpe.py reproduces"
    return bpe.BpeTokenizer(tables, library.encode_ids)
