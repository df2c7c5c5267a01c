"""core/semantic.py on real text: the sentences of the seeds and of the tuning news clusters (when present) embed to
exactly the vectors of the reference computation (np.add.reduceat over each text's token rows of the widened table,
divided by the count, normalised), whether the float16 table is read through its bit patterns or widened."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from reportdiff.core import semantic

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"


def real_sentences(clusters: bool) -> list[str]:
    """Rough sentences and lines of the seeds, or of the tuning clusters (id < 600000)."""
    if clusters:
        files = [p for p in sorted(CLUSTERS.glob("gva_*/article_*.txt")) if int(p.parent.name[4:]) < 600000]
    else:
        files = sorted((REPO / "seeds").glob("*.txt"))
    texts: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts += re.split(r"(?<=[.!?])\s+|\n", text)
    return texts


def reference(model: semantic.Encoder, texts: list[str]) -> np.ndarray:
    """Each text alone: its token vectors widened to float32, summed by np.add.reduceat, divided, normalised."""
    table = np.asarray(model.table, dtype=np.float32)
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for k, ids in enumerate(model.tokenizer.encode_ids(texts)):
        if ids:
            rows = table[np.clip(np.array(ids), 0, table.shape[0] - 1)]
            out[k] = np.add.reduceat(rows, [0], axis=0)[0] / len(ids)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


@pytest.mark.parametrize("clusters", [False, True], ids=["seeds", "clusters"])
def test_real_sentences_embed_to_the_reference_vectors(clusters: bool) -> None:
    """Seeds / tuning clusters: bit for bit the reference, through the float16 bit patterns (few texts at a time)
    and through the widened table (all at once), and repeated texts keep their vector."""
    if clusters and not CLUSTERS.is_dir():
        pytest.skip("evaluation clusters not present")
    model = semantic.encoder()
    assert model is not None
    texts = real_sentences(clusters)
    assert len(texts) > 30
    expected = reference(model, texts).view(np.uint32)
    small = semantic.Encoder(model.tokenizer, model.table)
    assert model.table.dtype == np.float16  # WordLlama's table, mapped: read through its bit patterns
    few = np.concatenate([small.embed(texts[k : k + 7]) for k in range(0, len(texts), 7)])
    assert small.table.dtype == np.float16  # never more token rows than the table at once: not widened
    assert few.view(np.uint32).tolist() == expected.tolist()
    whole = semantic.Encoder(model.tokenizer, np.asarray(model.table, dtype=np.float32))  # the widened table
    assert whole.embed(texts + texts[:50]).view(np.uint32).tolist() == expected.tolist() + expected[:50].tolist()
