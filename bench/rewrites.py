"""Text rewrites measured for issue 11 (session 6): what the similarity model would read if each article's references
were resolved first. Each function takes the sentence texts of a comparison and each sentence's article, and
returns the texts the similarity model reads instead (a name appended, or headline capitals lowered); the engine
is untouched. Run one through the out-of-fold harness:

    python bench/ecbplus.py --oof --rewrite bench/rewrites.py:recent_name

The idea (from the encoder research): ECB+ pairs the engine misses restate the event through references ("The
actress, 33, reportedly headed to ..." / "Tara Reid has checked herself into ..."); resolve "the actress", "she",
"the company" to the name the article gave earlier, and the lexical features see a shared name. Measured OOF on
ECB+ tuning (same-event P / R / content R; decoy P, cross-event links), shipped rules; shipped texts:
.9134 / .4032 / .7995; .8071, 458. (Figures of the first measurement, 30 Nov 2026 before the simspeed/embed merges;
a re-run of ``recent_name`` through ``--oof`` on 5f7f960 gave .9125 / .3996 / .7895; .8038, 481, while the shipped
texts give the same figures on both trees: the newer similarity code treats the rewritten texts slightly
differently, not investigated. See the note of issue 11, session 6.)

- ``salient_name`` (the article's most salient name appended to each sentence not naming it: 65% of sentences):
  .9135 / .3858 / .7735; .8160, 429.
- ``random_name`` (control: the same sentences get a name from another tuning topic): .9125 / .3873 / .7822;
  .8070, 458.
- ``referring_name`` (only sentences with a personal pronoun, a "the <noun>" opening or an age apposition: 28%):
  .9153 / .3953 / .7840; .8104, 458.
- ``recent_name`` (a referring sentence naming nobody gets the most recent salient name of the 3 sentences
  before it: 11%): .9135 / .4019 / .7959; .8074, 473.
- ``untitled`` (headline-style capitals lowered, names the article writes mid-sentence kept): .9139 / .4041 /
  .7995; .8083, 460.
- ``headline_lead`` (a short first sentence gets its article's lead appended): .9089 / .4101 / .7717; .7993, 508.
None gains content recall: a shared name is what the pairs already have (58% of the missed content pairs share
a name; only 15% have a side naming nobody), so appending names makes every pair of two articles about one person
look alike and the best-match rules lose the real partner. Not shipped; kept so the measurement can be re-run.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from reportdiff.core.stopwords import STOPWORDS

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
POSSESSIVE = re.compile(r"['’]s$")
NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st i im
    i'm""".split()
)
PRONOUNS = frozenset("he she him her his hers".split())  # as measured: personal pronouns only
REFERRING_START = re.compile(r"^\W*(?:the|this|that)\s+([a-z][a-z-]+)", re.IGNORECASE)
AGE = re.compile(r",\s*\d{1,3}\s*,|\b\d{1,3}-year-old\b")
OPENING_QUOTES = "“\"‘'"
# A name counts as salient from this many points (a sentence naming it: 2, in the first three sentences: 4, the last
# word of a full name: 1 more).
MIN_SALIENCE = 6
# How far back recent_name looks for the name a referring sentence means.
RECENT_SENTENCES = 3


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in WORD.finditer(text)]


def _capitalised(word: str) -> bool:
    lower = word.lower()
    return bool(word) and word[0].isupper() and lower not in STOPWORDS and lower not in NOT_NAMES and len(word) > 1


def _title_case(words: Sequence[tuple[str, int]]) -> bool:
    return len(words) >= 4 and sum(1 for w, _ in words if w[0].isupper()) / len(words) > 0.6


def _opens(text: str, position: int) -> bool:
    """The word at ``position`` opens the sentence or a quotation (its capital says nothing)."""
    return position == 0 or text[:position].rstrip()[-1:] in OPENING_QUOTES


def known_names(sentences: Sequence[str]) -> set[str]:
    """Words (lower-case) the article writes as names: capitalised mid-sentence outside title-case lines, or
    capitalised at a sentence's start at least twice and never written lower-case."""
    mid: set[str] = set()
    initial: Counter[str] = Counter()
    lower: set[str] = set()
    for s in sentences:
        words = _words(s)
        if _title_case(words):
            continue
        for k, (raw, p) in enumerate(words):
            w = POSSESSIVE.sub("", raw)
            if w[:1].islower():
                lower.add(w.lower())
            elif k > 0 and _capitalised(w) and not _opens(s, p):
                mid.add(w.lower())
            elif _capitalised(w):
                initial[w.lower()] += 1
    return mid | {w for w, c in initial.items() if c >= 2 and w not in lower}


def mentions(text: str, known: set[str]) -> list[tuple[str, ...]]:
    """Runs of adjacent name words in one sentence."""
    words = _words(text)
    title = _title_case(words)
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    previous_end = -1
    for k, (raw, p) in enumerate(words):
        w = POSSESSIVE.sub("", raw)
        first = k == 0 or not text[:p].rstrip()[-1:] or text[:p].rstrip()[-1:] in OPENING_QUOTES
        following = words[k + 1][0] if k + 1 < len(words) else ""
        ok = _capitalised(w) and (
            not (first or title)
            or w.lower() in known
            or (first and not title and _capitalised(following) and following.lower() in known)
        )
        joined = bool(run) and text[previous_end:p].strip() == ""
        if ok and (not run or joined):
            run.append(w)
        else:
            if run:
                out.append(tuple(run))
            run = [w] if ok else []
        previous_end = p + len(raw)
    if run:
        out.append(tuple(run))
    return out


def article_names(sentences: Sequence[str]) -> tuple[list[list[tuple[str, ...]]], Counter[str]]:
    """(each sentence's name mentions, each name word's salience)."""
    known = known_names(sentences)
    per = [mentions(s, known) for s in sentences]
    salience: Counter[str] = Counter()
    for k, found in enumerate(per):
        for w in {w.lower() for m in found for w in m}:
            salience[w] += 4 if k < 3 else 2
        for m in found:
            if len(m) > 1:  # the last word of a full name is the one later sentences repeat ("Reid")
                salience[m[-1].lower()] += 1
    return per, salience


def salient(per: Sequence[Sequence[tuple[str, ...]]], salience: Counter[str], k: int = 1) -> list[str]:
    """The article's k most salient names, each in its fullest frequent form ("Tara Reid")."""
    chosen: list[str] = []
    used: set[str] = set()
    for token, points in salience.most_common():
        if len(chosen) >= k:
            break
        if token in used or points < MIN_SALIENCE:
            continue
        forms = Counter(m for found in per for m in found if token in {w.lower() for w in m})
        if not forms:
            continue
        form = max(forms.items(), key=lambda kv: (min(len(kv[0]), 3), kv[1]))[0]
        chosen.append(" ".join(form))
        used |= {w.lower() for w in form}
    return chosen


def _referring(text: str) -> bool:
    """A personal pronoun, an opening "the <noun>", or an age apposition (", 33,")."""
    if any(w.lower() in PRONOUNS for w, _ in _words(text)):
        return True
    return bool(REFERRING_START.match(text) or AGE.search(text))


def _by_article(articles: Sequence[int]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for k, a in enumerate(articles):
        groups[a].append(k)
    return groups


def _appending(texts: Sequence[str], additions: Sequence[str]) -> list[str]:
    return [t + (" " + a if a else "") for t, a in zip(texts, additions, strict=True)]


def _lacks(name: str, text: str) -> bool:
    return not ({w.lower() for w in name.split()} & {w.lower() for w, _ in _words(text)})


def salient_name(texts: Sequence[str], articles: Sequence[int]) -> list[str]:
    """Every sentence not naming its article's most salient name gets it appended."""
    add = [""] * len(texts)
    for members in _by_article(articles).values():
        top = salient(*article_names([texts[k] for k in members]))
        for k in members:
            if top and _lacks(top[0], texts[k]):
                add[k] = top[0]
    return _appending(texts, add)


def referring_name(texts: Sequence[str], articles: Sequence[int]) -> list[str]:
    """Sentences with a referring cue (pronoun, "the <noun>", age) not naming the salient name get it appended."""
    add = [""] * len(texts)
    for members in _by_article(articles).values():
        top = salient(*article_names([texts[k] for k in members]))
        for k in members:
            if top and _referring(texts[k]) and _lacks(top[0], texts[k]):
                add[k] = top[0]
    return _appending(texts, add)


def recent_name(texts: Sequence[str], articles: Sequence[int]) -> list[str]:
    """A referring sentence that names nobody gets the salient name (of the article's three) mentioned most recently
    in the RECENT_SENTENCES before it, else the most salient one."""
    add = [""] * len(texts)
    for members in _by_article(articles).values():
        sentences = [texts[k] for k in members]
        per, salience = article_names(sentences)
        names = salient(per, salience, 3)
        if not names:
            continue
        tokens = [{w.lower() for w in name.split()} for name in names]
        for n, k in enumerate(members):
            if per[n] or not _referring(texts[k]):
                continue
            pick = None
            for back in range(n - 1, max(-1, n - 1 - RECENT_SENTENCES), -1):
                for found in per[back]:
                    words = {w.lower() for w in found}
                    pick = next((name for name, t in zip(names, tokens, strict=True) if words & t), None)
                    if pick:
                        break
                if pick:
                    break
            add[k] = pick or names[0]
    return _appending(texts, add)


_FOREIGN: list[str] = []
_CALLS = [0]


def random_name(texts: Sequence[str], articles: Sequence[int]) -> list[str]:
    """Control for ``salient_name``: the same sentences get, instead, the salient name of a random ECB+ tuning
    article whose name appears nowhere in this comparison."""
    if not _FOREIGN:
        from msrp import EVAL

        for path in sorted((EVAL / "ecbplus" / "docs").glob("*.txt")):
            if int(path.name.split("_")[0]) <= 35:  # tuning topics only
                per, salience = article_names(path.read_text(encoding="utf-8").split("\n"))
                _FOREIGN.extend(salient(per, salience))
    _CALLS[0] += 1
    rng = random.Random(_CALLS[0])
    here = {w.lower() for t in texts for w, _ in _words(t)}
    pool = [name for name in _FOREIGN if not ({w.lower() for w in name.split()} & here)]
    add = [""] * len(texts)
    for members in _by_article(articles).values():
        per, salience = article_names([texts[k] for k in members])
        top = salient(per, salience)
        if not top or not pool:
            continue
        stranger = rng.choice(pool)
        for k in members:
            if _lacks(top[0], texts[k]):
                add[k] = stranger
    return _appending(texts, add)


def untitled(texts: Sequence[str], articles: Sequence[int]) -> list[str]:
    """Title-case sentences (headlines) with the capitals of words the article never writes as names lowered."""
    out = list(texts)
    for members in _by_article(articles).values():
        known = known_names([texts[k] for k in members])
        for k in members:
            words = _words(texts[k])
            if not _title_case(words):
                continue
            chars = list(texts[k])
            for n, (w, p) in enumerate(words):
                if n and w[0].isupper() and not w.isupper() and POSSESSIVE.sub("", w).lower() not in known:
                    chars[p] = w[0].lower()
            out[k] = "".join(chars)
    return out


def headline_lead(texts: Sequence[str], articles: Sequence[int], max_words: int = 20, lead_words: int = 8) -> list[str]:
    """An article's first sentence, when short (a headline), gets the article's lead (the next sentence of at least
    ``lead_words`` words among the three after it) appended."""
    add = [""] * len(texts)
    for members in _by_article(articles).values():
        if len(members) < 2 or len(_words(texts[members[0]])) > max_words:
            continue
        lead = next((texts[k] for k in members[1:4] if len(_words(texts[k])) >= lead_words), "")
        add[members[0]] = lead
    return _appending(texts, add)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="The three most salient names of each file (one sentence a line).")
    parser.add_argument("files", nargs="*", type=Path)
    for name in parser.parse_args().files:
        try:
            sentences = name.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as error:
            parser.error(f"{name}: cannot be read as UTF-8 text ({error})")
        per, salience = article_names(sentences)
        print(name, salient(per, salience, 3))
