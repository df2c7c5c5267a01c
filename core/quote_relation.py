"""How two renderings of a quotation relate: the same words, trimmed by an editor's marks, reworded, or two
quotations (``relation``); whether two speakers may be one person (``same_speaker``), and whether a short name may
stand for a full one (``name_within``); and the knobs of that comparison (``QuoteSettings``). No Qt here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import LCSseq, Levenshtein

from . import pronouns
from .quote_lexicon import (
    FUNCTION_WORDS,
    OFFICE_ENDING,
    ORGANISATION_NOUNS,
    PARTICLES,
    ROLE_NOUNS,
    RX,
    TITLE_JOIN_RE,
    TITLES,
    is_title,
    not_name,
    plural_role,
    words,
)
from .quote_speaker import NOT_INITIALS
from .quote_text import is_headline


@dataclass(frozen=True)
class QuoteSettings:
    """Knobs of quote comparison, today's values as defaults."""

    # A quotation of fewer words is a term in scare quotes ("difficult"), not speech whose wording can differ.
    min_speech_words: int = 4
    # Two renderings are one quotation worded two ways when at least this share of the shorter one's words (and at
    # least ``same_quote_min_words`` of them) stand in the same order within a stretch of the longer one about as
    # long (``same_quote_window_slack``: up to this share of its length more, at least two words). Read on the 223
    # distinct quote pairs of linked sentences of the tuning data (ECB+ 1-35, clusters < 600000, seeds): the word
    # set overlap used before (Jaccard >= 0.15) called "I am so excited to be hosting the Oscars for the second
    # time" and "We are thrilled to have Ellen DeGeneres host the Oscars" one quotation; at 0.6 and 5 words the seeds'
    # Assad quotation (10 of 15) and "Within one minute or two, the whole roof was ablaze" / "Within a moment or two,
    # the entire roof was engulfed in flame" (6 of 10) stay, the quotations sharing "the" and "Oscars" go.
    same_quote_min_share: float = 0.6
    same_quote_min_words: int = 5
    same_quote_window_slack: float = 0.5
    # A short quotation (its shorter rendering of at most ``same_quote_min_words`` words, the other at most
    # ``short_quote_max_extra_words`` longer) is one quotation worded two ways when all its words but
    # ``short_quote_missing_words`` stand in order in the other, contractions written out ("I've" is "I have"):
    # "Mommy, mommy, I've been hit" / "Mommy, Mommy, I got hit" (review s25 finding 9) and "The man is petrified" /
    # "The man is an emotional wreck" (the same judge) kept fewer than the 5 words the floor asks. Read on the
    # tuning data (bench/quote_flags.py): with no length bound, or contractions cut into words of their own, it
    # also joined "the purposes of the [Endangered Species Act]" to a 20-word quotation sharing "the ... of the",
    # and "We love Stephenie Meyer's fantastic TWILIGHT series" to another sentence on the series (the "'s").
    short_quote_missing_words: int = 1
    short_quote_max_extra_words: int = 2


DEFAULT_QUOTE_SETTINGS = QuoteSettings()


def _unmarked(text: str) -> list[str]:
    """``words`` with their apostrophes dropped: an outlet that printed "cant" for "can't" or "were" for "we're"
    misspelt the quotation, it did not reword it."""
    return [w.replace("'", "") for w in words(text)]


def is_speech(quote: str, settings: QuoteSettings = DEFAULT_QUOTE_SETTINGS) -> bool:
    """Long enough to be speech whose exact wording matters."""
    return len(words(quote)) >= settings.min_speech_words


# How two renderings of quoted words relate (``relation``).
SAME = "same"  # the same words, or one rendering an unchanged stretch of the other
TRIMMED = "trimmed"  # the same words but for a marked omission ("…", "...") or an insertion in [brackets]
REWORDED = "reworded"  # one quotation, words changed
# (None: two different quotations)

# An editor's marks inside a quotation: an ellipsis (words left out), an insertion in square brackets or, in the
# Associated Press's style, in parentheses ("[the government] need[s]", "her (Tara Reid) family").
_EDIT_RE = RX.compile(r"\[[^\]]{0,60}\]|\([^)]{0,60}\)|…|\.\s?\.\s?\.")
_TOKEN_RE = RX.compile(r"\[[^\]]{0,60}\]|\([^)]{0,60}\)|…|\.\s?\.\s?\.|\w+(?:['’]\w+)*")
# At most this many words of the other rendering stand where an editor put an insertion ("we" for "[the government]").
_INSERTION_WORDS = 4


def _edited_pattern(text: str) -> re.Pattern[str] | None:
    """A pattern matching the words (``words``, joined by single spaces) that an edited quotation was cut from: an
    ellipsis stands for any words, an insertion for a few ("[the government]" for "we"), an insertion inside a word
    for any letters ("need[s]" for "need"). None when ``text`` holds no editor's mark."""
    if not _EDIT_RE.search(text):
        return None
    items: list[str] = []
    prev_end = -1
    for token in _TOKEN_RE.finditer(text):
        item = token.group()
        glued_before = token.start() == prev_end  # no space between this token and the one before
        prev_end = token.end()
        if item[0] in "[(":
            if glued_before and items and items[-1][-1].isalnum():
                items[-1] += r"\w*"  # "need[s]": the word before may end otherwise
            else:
                items.append(rf"(?:\S+ ){{0,{_INSERTION_WORDS}}}?\w*")  # "[the government]", "[T]he"
            continue
        if item[0] in ".…":
            items.append(r"(?:\S+ )*?")
            continue
        word = re.escape(item.lower().replace("’", "'"))
        if items and items[-1].endswith(r"?\w*") and glued_before:
            items[-1] += word  # "[T]he": the insertion and the word are one word
        else:
            items.append(word)
    pattern = ""
    for item in items:  # words end in a space; a wildcard ending in "?" or "\w*" brings its own spaces
        pattern += item if item.endswith(" )*?") else item + " "
    return re.compile(r"(?:^| )" + pattern.replace("\\w* ", "\\w* ?"))


def _in_order(short: list[str], long: list[str], slack: float) -> int:
    """The most words of ``short`` found in the same order within a stretch of ``long`` not much longer than
    ``short`` (``slack``: its length times this, at least two words, may stand between them): a quotation reworded
    keeps most of its words where they were; two quotations share a few words scattered far apart."""
    width = min(len(long), len(short) + max(2, int(len(short) * slack)))
    best = 0
    for start in range(max(1, len(long) - width + 1)):
        best = max(best, LCSseq.similarity(short, long[start : start + width]))  # the compiled LCS, over words
        if best == len(short):
            break
    return best


def _contained(a: list[str], b: list[str]) -> bool:
    """One list of words is an unbroken stretch of the other."""
    sa, sb = f" {' '.join(a)} ", f" {' '.join(b)} "
    return bool(a) and bool(b) and (sa in sb or sb in sa)


def relation(a: str, b: str, settings: QuoteSettings = DEFAULT_QUOTE_SETTINGS) -> str | None:
    """How two renderings of quoted words relate: ``SAME``, ``TRIMMED``, ``REWORDED``, or None for two different
    quotations (too few words in the same order)."""
    if _contained(_unmarked(a), _unmarked(b)):  # the same words, or one outlet quoted only part of the sentence
        return SAME
    wa, wb = words(_EDIT_RE.sub(" ", a)), words(_EDIT_RE.sub(" ", b))
    if not wa or not wb:
        return None
    if _contained(wa, wb):
        return TRIMMED  # the same words but for the editor's marks
    for edited, other in ((a, wb), (b, wa)):
        pattern = _edited_pattern(edited)
        if pattern is not None and pattern.search(" ".join(other) + " "):
            return TRIMMED
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    kept = _in_order(short, long, settings.same_quote_window_slack)
    if kept >= settings.same_quote_min_words and kept >= settings.same_quote_min_share * len(short):
        return REWORDED
    if len(short) <= settings.same_quote_min_words and len(long) - len(short) <= settings.short_quote_max_extra_words:
        return _short_relation(_written_out(wa), _written_out(wb), settings)
    return None


def _short_relation(wa: list[str], wb: list[str], settings: QuoteSettings) -> str | None:
    """``relation`` of a short quotation's two renderings, contractions written out: the same words ("my
    daughter's been shot" / "my daughter has been shot"), all words but one in order (reworded), or None."""
    if _contained(wa, wb):
        return SAME
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    kept = _in_order(short, long, settings.same_quote_window_slack)
    if kept >= len(short) - settings.short_quote_missing_words and kept >= settings.same_quote_min_share * len(short):
        return REWORDED
    return None


# Contractions written out for comparing short quotations: the unambiguous ones, and "'s" as "has" before "been"
# and as "is" after a pronoun; any other "'s" (a possessive) and "'d" (had or would) are dropped.
_CONTRACTIONS = {"n't": "not", "'ve": "have", "'re": "are", "'ll": "will", "'m": "am"}
_IS_AFTER = frozenset("it he she that there what who where here how".split())
_CLITIC_RE = RX.compile(r"(\w+?)(n't|'ve|'re|'ll|'d|'m|'s)")


def _written_out(found: list[str]) -> list[str]:
    """Words (lower case, ``words``) with their contractions written out: "i've" -> "i", "have"."""
    out: list[str] = []
    for k, word in enumerate(found):
        clitic = _CLITIC_RE.fullmatch(word) if "'" in word else None
        if clitic is None:
            out.append(word)
            continue
        base, ending = clitic.groups()
        out.append(base)
        if ending in _CONTRACTIONS:
            out.append(_CONTRACTIONS[ending])
        elif ending == "'s" and k + 1 < len(found) and found[k + 1] == "been":
            out.append("has")
        elif ending == "'s" and base in _IS_AFTER:
            out.append("is")
    return out


def wording_differs(a: str, b: str, settings: QuoteSettings = DEFAULT_QUOTE_SETTINGS) -> bool:
    """Two renderings of one quotation differ in wording: words changed, not only left out at an ellipsis, put in
    brackets, or cut off at either end (``relation``)."""
    return relation(a, b, settings) == REWORDED


def same_speaker(a: str, b: str) -> bool:
    """Speakers compatible: unknown on either side, or sharing a name word ("Assad" and "Bashar al-Assad")."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:  # nobody named, or a title alone ("Manager")
        return True
    return bool(wa & wb) or any(_misspelt(x, y) for x in wa for y in wb)


def name_within(short: str, full: str) -> bool:
    """Every word of the name ``short`` is a word of ``full`` or spelt one letter apart from one, titles aside: the
    short name may stand for the person the full one names ("Professor Varoufakis" and "Varoufakis" in "Yanis
    Varoufakis", "Hefner" in "Hugh Heffner"; not "Joan Felt" in "Mark Felt"). False when ``short`` names no one."""
    return words_within(name_words(short), name_words(full))


def words_within(short: set[str], full: set[str]) -> bool:
    """``name_within`` of two names' words (``name_words``), for a reader comparing many names with one another: a
    word of ``short`` is one of ``full``'s, spelt a letter apart or a common short form of it ("Dave" of "David",
    ``NICKNAMES``)."""
    return bool(short) and all(w in full or any(_misspelt(w, f) or _nickname(w, f) for f in full) for w in short)


# Common short forms of English given names, as news prints one person both ways ("Albany County District Attorney
# Dave Rossi" / "David Rossi", ECB+ 33; "Bill de Blasio" / "William de Blasio"): short form -> the given names it
# stands for. A name is never the short form of another full name ("Alexander" and "Alexandra" stay two people), and
# a short form standing for two names ("Ted": Edward, Theodore) matches either. Only names whose short form no
# outlet prints as a name of another person; "Jack" (John, or a name of its own) and "Harry" are left out.
NICKNAMES: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "dave": "david", "davey": "david", "bill": "william", "billy": "william", "will": "william",
        "willie": "william", "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
        "jim": "james", "jimmy": "james", "jamie": "james", "mike": "michael", "mick": "michael",
        "tom": "thomas", "tommy": "thomas", "joe": "joseph", "joey": "joseph", "dan": "daniel", "danny": "daniel",
        "chris": "christopher christine christina", "steve": "stephen steven", "tony": "anthony",
        "andy": "andrew", "matt": "matthew", "nick": "nicholas nicolas", "rick": "richard", "rich": "richard",
        "dick": "richard", "ed": "edward edwin edmund", "eddie": "edward", "ted": "edward theodore",
        "pat": "patrick patricia", "kate": "katherine catherine kathryn", "katie": "katherine catherine kathryn",
        "liz": "elizabeth", "beth": "elizabeth", "sue": "susan", "jenny": "jennifer", "jen": "jennifer",
        "alex": "alexander alexandra", "sam": "samuel samantha", "ben": "benjamin", "greg": "gregory",
        "doug": "douglas", "jeff": "jeffrey geoffrey", "ron": "ronald", "don": "donald", "tim": "timothy",
        "larry": "lawrence laurence", "jerry": "gerald jerome", "fred": "frederick", "ken": "kenneth",
        "chuck": "charles", "charlie": "charles", "hank": "henry", "phil": "philip phillip",
    }.items()
}


def _nickname(a: str, b: str) -> bool:
    """``a`` and ``b`` (name words in lower case) are one given name, one a short form of the other or both short
    forms of it (``NICKNAMES``: "dave" and "david", "bill" and "billy")."""
    fa, fb = NICKNAMES.get(a), NICKNAMES.get(b)
    if fa is None and fb is None:
        return False
    return (fa is not None and b in fa) or (fb is not None and a in fb) or bool(fa and fb and fa & fb)


# A name word spelt two ways by two outlets is one name when it is this long and one letter differs: "Heffner" and
# "Hefner" (review s27: 6 links of ECB+ topic 4 flagged "quote attributed differently" for the same man).
SPELLING_MIN_LETTERS = 5
_OWNER_ENDS = ("'s", "’s", "s'", "s’")


def _misspelt(a: str, b: str) -> bool:
    """Two name words one letter apart (added, dropped or changed), both long enough not to be two names."""
    return min(len(a), len(b)) >= SPELLING_MIN_LETTERS and Levenshtein.distance(a, b, score_cutoff=1) <= 1


_OFFICE_OF_RE = re.compile(re.escape(OFFICE_ENDING) + "$")


def name_words(name: str) -> set[str]:
    """Words of a name without particles and titles: "Bashar al-Assad" -> {"bashar", "assad"}; of a titled name
    (``quote_speaker._titled``), the person's after the title's complement: "Agent in Charge Ed Reinhold" -> {"ed",
    "reinhold"} ("charge" would make two agents in charge one speaker); of an owned name, the person's after the
    owner: "Microsoft's Dustin Childs" -> {"dustin", "childs"} ("microsoft's" made him and "Microsoft's Christopher
    Budd" one speaker); of an organisation's head and its complement, all but its function words and titles:
    "Office of the Surgeon General" -> {"office", "surgeon"}; of a person's office, the person's: "Tsai Ing-wen's
    office" -> {"tsai", "ing", "wen"} (``quote_speaker``'s office speaking for its owner); initials left out: "A.J.
    Smith", "AJ Smith" -> {"smith"}."""
    name = _OFFICE_OF_RE.sub("", name)
    titled = TITLE_JOIN_RE.split(name)
    if len(titled) > 1 and titled[0].lower() in ORGANISATION_NOUNS:  # "Office of the Surgeon General": all of it
        return {w for w in re.split(r"[\s\-]+", name.lower()) if w not in FUNCTION_WORDS and w not in TITLES}
    if len(titled) > 1:
        person = titled[-1].split()
        name = " ".join(person[1:])  # "Charge Ed Reinhold", "State Kerry": the first word completes the title
    owned = name.split()
    for k in range(len(owned) - 1, 0, -1):
        if owned[k - 1].endswith(_OWNER_ENDS):  # "Microsoft's Dustin Childs": the employer is no part of the name
            name = " ".join(owned[k:])
            break
    split = name.split()
    for k in range(len(split) - 1, 0, -1):
        if _titles_before(split[k - 1]) and not all(_titles_before(w) or w.lower() in _SUFFIXES for w in split[k:]):
            name = " ".join(split[k:])  # "Brooklyn Councilman Jumaane Williams": a place or a body before a title
            break
    split = name.split()
    if len(split) > 1 and _BARE_INITIALS_RE.fullmatch(split[0]):
        name = " ".join(split[1:])  # "AJ Butler": initials printed without their full stops ("A.J. Butler")
    return {
        w
        for w in re.split(r"[\s\-]+", name.lower())
        if w and w not in PARTICLES and w not in TITLES and not _INITIALS_RE.fullmatch(w)
    }


# Initials ("a.j.", "w.", "j.r.r."): no word of a name to tell two people apart or one alike by ("A.J. Smith" and
# "A.J. Butler" are two people, ECB+ 35; "Raymond W. Kelly" and "Raymond Kelly" one).
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+")
_BARE_INITIALS_RE = re.compile(r"[A-Z]{2}")


# Titles news prints in capitals before a name, as an abbreviation of words in TITLES: "ADA Fairman" (an assistant
# district attorney, ECB+ 22, beside "Gail Fairman"), "DA", "AG", "MP", "CEO". Read as titles by ``name_words`` only.
_TITLE_ACRONYMS = frozenset("ADA DA AG MP MEP PM CEO".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())  # "Nick J. Rahall II": no name after a title


def _titles_before(word: str) -> bool:
    """``word`` is a title written before a name ("Councilman", "Sen.", "ADA")."""
    return word.lower().rstrip(".") in TITLES or word in _TITLE_ACRONYMS


# A given name (initials after it) before a surname, as an article names a person in full once ("Gilroy Fernandes
# said he and his wife had about an hour", "Colts quarterback Peyton Manning") and quotes them by the surname after
# ("“...,” Fernandes said"): ``full_name``.
_NAME_ENDS_RE = re.compile(r"[A-Z][\w'’-]*\s+$")  # a given name before initials: read with them above
_INITIALS_BEFORE = r"(?<![\w.])(?P<initials>(?:[A-Z]\.){1,3})\s+"  # ... or initials alone: "H.R. Haldeman"
_GIVEN_BEFORE = r"(?<![\w'’.-])(?P<given>[A-Z][a-z][\w'’-]*)(?P<initials>(?:\s+[A-Z]\.)*)\s+"


# Capitalised words before a name that are no given name, beyond function words: "Per THR", "Via Reuters".
_NOT_GIVEN = frozenset("per via amid despite".split())


def full_name(text: str, surname: str) -> str:
    """The one person's full name ``text`` (an article) writes for ``surname`` (a speaker named by one word), as
    written ("Peyton Manning" for "Manning", "Michael L. Farmer" for "Farmer"), the fullest form when it writes one
    person several ways ("Frederick C. LaRue", "Fred LaRue"); "" when it writes none, or two people ("Doug McDermott"
    and "Greg McDermott": which one spoke is not told). The word before the surname is a given name: listed
    (``pronouns.sex_of_given_name``), or a capitalised word that is no function word, title, role or plural ("If
    Felt", "President Obama", "Coach Williams", "Colts Manning" name no one's given name), outside a headline
    (where every word is capitalised: "Says Quinn")."""
    if " " in surname or not surname[:1].isupper() or surname.isupper():
        return ""  # several words, or an organisation's letters ("THR", "NRDC")
    forms: list[str] = []
    pattern = re.compile(_GIVEN_BEFORE + re.escape(surname) + r"(?![\w-])")
    for m in pattern.finditer(text):
        given = m["given"]
        if not pronouns.sex_of_given_name(given) and (
            given.lower() in FUNCTION_WORDS | ROLE_NOUNS | _NOT_GIVEN
            or is_title(given)
            or not_name(given)
            or plural_role(given)
            or given.endswith("s")
            or _in_headline(text, m.start())
        ):
            continue
        forms.append(" ".join([given, *m["initials"].split(), surname]))
    for m in re.finditer(_INITIALS_BEFORE + re.escape(surname) + r"(?![\w-])", text):
        given = _NAME_ENDS_RE.search(text, max(0, m.start() - 40), m.start())
        if m["initials"].replace(".", "") not in NOT_INITIALS and not given:
            forms.append(f"{m['initials']} {surname}")  # "H.R. Haldeman"; not "the U.S. Capitol", "Frederick C. LaRue"
    if not forms:
        return ""
    fullest = max(forms, key=lambda form: len(form.split()))
    words_of = name_words(fullest)
    if not all(words_within(name_words(form), words_of) for form in forms):
        return ""
    # initials tell no name word (``name_words``) but its first letter: "A.J. Smith" and "John Smith" are two people
    initialled = {form[0] for form in forms if _INITIALS_RE.match(form.lower())}
    return fullest if not initialled or {form[0] for form in forms} == initialled else ""


def _in_headline(text: str, at: int) -> bool:
    """``text[at]`` lies in a line that is a headline (``quote_text.is_headline``: no sentence's end closes it)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return is_headline(text[start : end if end >= 0 else len(text)])
