"""Read the MSRP paraphrase corpus from ../shared/eval/msrp (evaluation data, never copied into the repo)."""

from __future__ import annotations

from pathlib import Path

# The evaluation data lives beside the checkout (../shared/eval); every bench script finds it through this.
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
MSRP = EVAL / "msrp"


def read_msrp(split: str) -> list[tuple[int, str, str]]:
    """(label, sentence 1, sentence 2) for split "train" or "test"; empty when the data is absent."""
    path = MSRP / f"msr_paraphrase_{split}.txt"
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) == 5:
            rows.append((int(parts[0]), parts[3], parts[4]))
    return rows
