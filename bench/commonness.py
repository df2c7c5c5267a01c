"""Write core/word_commonness.tsv: how common each word stem is in English at large, from wordfreq's word list.

The similarity weighs a word by its inverse document frequency over its own article's sentences times a factor
that falls as the word gets commoner in English (core/similarity.py, COMMON_ZIPF): the background that the IDF
over every article loaded used to give, without looking at the other articles. The table maps each stem (the
engine's own ``stem``, synonyms and number words included) to its Zipf frequency (log10 of uses per billion words):
the frequencies of wordfreq's English "small" list (words of letters only) summed over the words sharing a stem.
Rerun after a change to the stemmer, SYNONYM_STEMS or NUMBER_WORDS.

wordfreq (Robyn Speer et al., https://github.com/rspeer/wordfreq): code Apache-2.0; its word lists, from which the
table is derived, are distributed under the Creative Commons Attribution-ShareAlike 4.0 licence, which the table keeps
(its "license" field). A bench dependency (pyproject's ``bench`` extra), never imported at run time.

    python bench/commonness.py            # writes core/word_commonness.tsv
    python bench/commonness.py --dry-run  # prints a few stems only
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from importlib.metadata import version

from reportdiff.core.similarity import COMMONNESS_FILE, stem

WORDLIST = "small"  # wordfreq's list of ~29,000 English words (frequency over ~1 per million words)


def zipf_by_stem() -> dict[str, float]:
    """Stem -> Zipf frequency (rounded to 0.01) of the words of wordfreq's English list that share it."""
    import wordfreq

    frequency: dict[str, float] = {}
    for k, words in enumerate(wordfreq.get_frequency_list("en", wordlist=WORDLIST)):
        for word in words:  # bin k: words used 10^(-k/100) of the time
            if word.isalpha():
                stemmed = stem(word)
                frequency[stemmed] = frequency.get(stemmed, 0.0) + 10 ** (-k / 100)
    return {s: round(math.log10(f) + 9, 2) for s, f in sorted(frequency.items())}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print a few stems, do not write the table")
    args = parser.parse_args(argv)
    try:
        import wordfreq  # noqa: F401
    except ImportError:
        print("wordfreq is not installed (pip install -e '.[bench]'); nothing written")
        return 1
    table = zipf_by_stem()
    for word in ("people", "police", "killed", "earthquake", "rehab", "Idlib"):
        print(f"{word}: stem {stem(word)!r}, Zipf {table.get(stem(word), 'not listed')}")
    print(f"{len(table)} stems")
    if not args.dry_run:
        by_value: dict[float, list[str]] = {}
        for word, value in table.items():
            by_value.setdefault(value, []).append(word)
        lines = [
            f"# wordfreq {version('wordfreq')} English '{WORDLIST}' list, Zipf frequency summed by the engine's stem;"
            " written by bench/commonness.py",
            "# CC-BY-SA-4.0: derived from wordfreq's word lists (https://github.com/rspeer/wordfreq)",
            "# one line per Zipf value: the value, a tab, the stems with it, separated by spaces",
        ]
        lines += [f"{value:.2f}\t{' '.join(sorted(words))}" for value, words in sorted(by_value.items(), reverse=True)]
        COMMONNESS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"written: {COMMONNESS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
