"""Speed of fact grouping on large inputs, printed (never asserted): two articles with 8,000 figures each.

Run by hand: ``.venv/bin/python bench/facts_speed.py``. Three shapes, each timed as the median of 3 runs:
* repeats: every figure the same statement ("5 people killed") - one fact of 16,000 figures;
* spread: counts with roles over 2,000 distinct values, dates, times, ages, money - many facts;
* bare: plain numbers with nothing counted, every sentence aligned with its counterpart.
Goal (issue 12): under 2 s each.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportdiff.core.facts import group_facts  # noqa: E402
from reportdiff.core.model import Figure, SentenceRef  # noqa: E402

PER_ARTICLE = 8_000
PER_SENTENCE = 4


def _shape(name: str, rng: random.Random) -> list[Figure]:
    figures: list[Figure] = []
    for art in (0, 1):
        for k in range(PER_ARTICLE):
            sentence = k // PER_SENTENCE
            spec: tuple[str, float, str, str, str, float | None]
            if name == "repeats":
                spec = ("5", 5.0, "", "people killed", "", None)
            elif name == "bare":
                v = float(rng.randrange(10_000))
                spec = (str(int(v)), v, "", "", "", None)
            else:
                kind = rng.randrange(6)
                v = float(rng.randrange(2_000))
                role = rng.choice(("killed", "injured", "shot", "people killed", "children killed", "others injured"))
                q = rng.choice(("", "", "at least", "about", "more than"))
                spec = [(str(int(v)), v, q, role, "", None),
                        (f"May {int(v) % 28 + 1}", 500 + v % 28 + 1, "", "", "date", None),
                        ("9 p.m.", 2100.0 + v % 60, q, "", "time", None),
                        (f"{int(v) % 90}", v % 90, "", "", "age", None),
                        (f"${v}", v * 1000, "", "", "money:USD", None),
                        ("dozens", 24.0, "", role, "vague", 120.0)][kind]  # fmt: skip
            text, value, qualifier, counts, unit, high = spec
            figures.append(
                Figure(len(figures), art, sentence, text, value, 0, len(text), qualifier, counts, unit, high)
            )
    return figures


def main() -> None:
    rng = random.Random(7)
    sentences = PER_ARTICLE // PER_SENTENCE
    pairs = {((0, s), (1, s)) for s in range(sentences)}  # every sentence aligned with its counterpart

    def linked(a: SentenceRef, b: SentenceRef) -> bool:
        return ((a.article, a.sentence), (b.article, b.sentence)) in pairs

    for name in ("repeats", "spread", "bare"):
        figures = _shape(name, rng)
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            facts = group_facts(figures, linked, pairs=pairs)
            times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        print(f"{name:8s}: {len(figures)} figures -> {len(facts)} facts in {median:.2f} s (median of 3)")


if __name__ == "__main__":
    main()
