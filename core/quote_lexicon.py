"""The words quotations are read with: speech verbs, what a name looks like, titles, role nouns, English's
function words, and the readers of a name's words every part of the quotation reader shares (``trim_name``,
``not_name``, ``is_title``, ``passive``). ``RX``: the compiled patterns of all the parts, kept between runs and saved
by core/quotes.py once all are compiled. No Qt here; nothing of the other quote_* modules."""

from __future__ import annotations

import re

from . import patterncache
from .segment import TITLE_ABBREVIATIONS

RX = patterncache.Patterns("quotes")  # compiled patterns kept between runs (core/patterncache.py)

# "states" is a speech verb where it introduces words, not where it is the plural noun ("to recapture Southern
# states from the Democrats", "the Gulf states of", "other states the right to"; ECB+ 28 read "Southern" as a speaker):
# before "that", a colon, a comma or a quotation ("The policy states: “...”", "Microsoft states that"), or after a
# quotation or a comma ('“...,” states the report'). On the tuning data (ECB+ 1-35, clusters < 600000) these are its
# three uses as a verb; its eight as a noun are followed by a preposition, "and", a verb, "the" or a full stop.
_STATES = r"(?:(?<=[,;:”\"’]\s)|(?<=\s\s))states|states(?=\s*(?:that\b|[:,“\"‘])|\s\s|\s*$)"
SPEECH_VERBS = (
    r"said|says|say|stated|stating|" + _STATES + r"|declared|declaring|declares|told|tells|added|adding|adds|vowed|"
    r"warned|warning|insisted|wrote|writes|explained|noted|claimed|argued|announced|remarked|replied|"
    r"asked|asks|urged|described|describing|characterized|characterised|[Aa]ccording to|saying|"
    # verbs of speaking aloud that open or close a quotation in court and crime reports (review s27: "Rossi telling
    # the jury, “...”", "Johnson, pastor at ..., prayed", "recalled screaming “...”" were unattributed)
    # (their "-ing" forms, "responded" and "admitted" are left out: on the tuning data they read "heard co-workers
    # yelling, said Jean Larson" as nobody's, "crews responded" and "officials ... but admitted" as speakers)
    r"telling|recalled|screamed|shouted|yelled|prayed|testified"
)
NAME = r"(?:[A-Z][\w'’\-]+(?:(?:\s+[A-Z]\.)?\s+(?:al-|bin\s|de\s|van\s)?[A-Z][\w'’\-]+){0,3})"
NAME_RE = RX.compile(NAME)
OFFICE_ENDING = "'s office"  # a person's office as a speaker: "Tsai Ing-wen's office" (quote_speaker)
VERB_RE = RX.compile(rf"\b(?:{SPEECH_VERBS})\b")
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "abu"}
# Titles and roles before a name: two speakers sharing only "Minister" or "Governor" are two people.
TITLES = set(
    "president prime minister foreign secretary governor mayor senator sen rep representative chief general gen "
    "commander captain capt inspector sergeant sgt officer director spokesman spokeswoman spokesperson judge justice "
    "king queen prince princess sir lord dame mr mrs ms dr prof professor father pope and "
    # titles of police, courts and offices, as news prints them before a name ("Special Agent in Charge", "Deputy
    # District Attorney", "Sheriff"): review s28 found "Agent" read as a speaker
    "agent special deputy assistant acting vice sheriff detective lieutenant superintendent commissioner chairman "
    "chairwoman chair attorney district trooper corporal chancellor ambassador coroner marshal warden councilman "
    "councilwoman councillor congressman congresswoman head executive".split()
)
WORD_RE = RX.compile(r"\w+(?:['’]\w+)*")
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Capitalised words that start a sentence or name a role are not speakers.
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "They", "It", "We", "I", "This", "That",
              "President", "Minister", "Foreign", "General", "Commander", "Mr", "Mrs", "Ms", "Dr",
              "His", "Her", "Their", "Its", "Our", "My",
              "Authorities", "Officials", "Police", "People", "Investigators", "Witnesses", "Residents", "Officers",
              "Sources",
              "Prosecutors", "Doctors", "Analysts", "Experts", "Critics", "Relatives", "Rescuers", "Firefighters",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
              "March", "April", "June", "July", "August", "September", "October", "November", "December"}  # fmt: skip
# Words of English's closed classes (conjunctions, prepositions, determiners, pronouns, wh-words, auxiliaries and a
# few adverbs that open clauses): capitalised, they open a sentence and name nobody. Review s25 found "When asked
# ..., he answered" read as a speaker "When" (a false "quote attributed differently: Coleman vs When"), and "Such".
# "May" and "Will" are left out: names as often as not.
FUNCTION_WORDS = frozenset(
    """a about above after again against all although an and any are as at because been before being below between
    both but by can could did do does during each either even every few for from had has have having he her here
    his how however i if in into is it its just later meanwhile more most much my neither no nor not now of off
    often on once only or other our out over since so some still such than that the their then there these they
    this those though through thus to too under unless until upon was we were what whatever when whenever where
    whether which while who whom whose why with within without would yet you your""".split()
)
# Nouns in lower case naming what a person is or does, before a name ("lawyer William Ingaldson") or as
# a role ("his daughter", "a witness").
ROLE_NOUNS = frozenset(
    """lawyer owner manager worker employee resident neighbor neighbour student teacher coach player actor actress
    singer musician writer author analyst economist expert scientist researcher doctor surgeon nurse witness pastor
    priest bishop rabbi imam activist leader member official founder producer engineer pilot driver firefighter
    paramedic farmer businessman businesswoman entrepreneur blogger journalist reporter editor photographer
    veteran survivor victim mother father son daughter brother sister wife husband friend cousin uncle aunt
    grandmother grandfather""".split()
)
# Nouns that end an organisation's name ("New York State Organized Crime Task Force", "The New York Times Magazine",
# "LA County Sheriff's Homicide Bureau") or head one before "of" or "for" ("Office of the Surgeon General",
# "Department of Justice", "Union of Concerned Scientists"): never a person's name. Words naming kinds of bodies
# news prints, from the organisations of the tuning data's long names.
ORGANISATION_NOUNS = frozenset(
    """office department ministry bureau council commission committee institute institution university association
    agency board court society foundation union league federation academy college school centre center museum party
    bank fund authority service administration force program programme project magazine network corporation company
    group organisation organization alliance coalition trust club police army navy command unit division squad
    assembly parliament congress senate government""".split()
)


# A role noun capitalised before a person's full name is no part of the name: "Actor Leonardo DiCaprio" (opening a
# sentence), "Coach Sean Payton", "Lawyer Alexis Kougias" are Leonardo DiCaprio, Sean Payton and Alexis Kougias,
# whom another outlet names without the role (the window listed them as two speakers). Titles stay, as the tests
# keep them ("Governor Marta Ilves", "Captain Manohar Nambiar", "Commissioner Raymond W. Kelly"), and so do the role
# nouns that are titles when capitalised before a name: kin and religious ranks ("Sister Carol Keehan", "Father ...",
# "Rabbi ...") and "Doctor".
_NAME_ROLE_WORDS = ROLE_NOUNS - TITLES - frozenset(
    """mother father son daughter brother sister wife husband friend cousin uncle aunt grandmother grandfather
    pastor priest bishop rabbi imam doctor""".split()
)


def unroled(words: list[str]) -> list[str]:
    """The words of a name without the capitalised role nouns before a full name (``_NAME_ROLE_WORDS``): at least
    two words are left ("Coach Payton" is left as it is: the role may be all that tells who is meant). A role in the
    plural is never part of a name: "Producers Laurence Mark and Bill Condon said" names Laurence Mark (and Bill
    Condon), "Sisters Venus and Serena Williams" Venus (ECB+ 2 listed a speaker "Producers Laurence Mark")."""
    while len(words) > 1 and plural_role(words[0]):
        words = words[1:]
    while len(words) > 2 and words[0].lower() in _NAME_ROLE_WORDS and words[0][0].isupper():
        words = words[1:]
    return words


def plural_role(word: str) -> bool:
    """``word`` is a role noun or a title in the plural, capitalised ("Producers", "Senators", "Coaches"), that is
    no title itself ("Mrs", "Sens": read as titles are)."""
    low = word.lower()
    if not word[:1].isupper() or not low.endswith("s") or low in TITLES or word.rstrip(".") in TITLE_ABBREVIATIONS:
        return False
    roles = ROLE_NOUNS | TITLES
    return low[:-1] in roles or (low.endswith("es") and low[:-2] in roles)


# Between a title and its complement ("Agent in Charge", "Chief of Police", "Secretary of the Interior"): the name
# after the complement is the titled person's (review s28: "said Agent in Charge Ed Reinhold" read "Agent", the rest
# taken for a place after "in").
TITLE_JOIN_RE = RX.compile(r"\s+(?:of|in|for)\s+(?:the\s+)?")


def is_title(name: str) -> bool:
    """Every word of ``name`` is a title or a role ("Special Agent", "Chief", "Deputy Secretary", "Sgt")."""
    return all(w.lower() in TITLES or w.rstrip(".") in TITLE_ABBREVIATIONS for w in name.split())


# Adverbs and auxiliaries passed over between a subject and its verb ("police also said", "was
# repeatedly described").
PASSED_OVER = (
    "also|has|had|have|later|then|again|once|previously|recently|earlier|further|publicly|repeatedly|reportedly|"
    "only|not|never|often|frequently|always|subsequently|would|will|could|might"
)

# The full stop of an abbreviated title before a name (core/segment.py keeps such a sentence whole).
TITLE_DOT_RE = RX.compile(r"(?<![\w.])(" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.(?=\s+[A-Z])")
# A speech verb in the passive ("he was described by loved ones as", "was asked"): its subject is who was spoken
# of or to, never the speaker. The "-ing" forms after "was" are active ("was warning").
PASSIVE_REACH = 40  # the auxiliary and adverbs before the verb: _PASSIVE_RE's longest run in practice
_NEGATED_VERB_RE = RX.compile(r"\b(?:never|not|n['’]t)\s+(?:(?:also|ever|yet|publicly)\s+)?$")
_PASSIVE_RE = RX.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:" + PASSED_OVER + r")\s+)*$")


def passive(text: str, verb: re.Match[str]) -> bool:
    """The speech verb is a participle after a form of "be" ("was described", "were told"), or negated ("never
    said a word before “instantly” going for the women, said Chinski": who never said it did not say it)."""
    before = max(0, verb.start() - PASSIVE_REACH)
    if _NEGATED_VERB_RE.search(text, before, verb.start()):
        return True
    return not verb.group().endswith("ing") and bool(_PASSIVE_RE.search(text, before, verb.start()))


def not_name(word: str) -> bool:
    """A capitalised word that names nobody: a sentence's opener ("When", "Such"), a role or a title."""
    return word in _NOT_NAMES or word in TITLE_ABBREVIATIONS or word.lower() in FUNCTION_WORDS


def trim_name(match: re.Match[str]) -> tuple[str, int, int] | None:
    """The name a match of ``NAME_RE`` holds, as (name, start, end): without the titles and the words naming
    nobody before it (``not_name``), the role nouns before a full name (``unroled``) and a weekday after it; None
    when nothing is left."""
    words = match.group(0).split()
    titled = [k for k, word in enumerate(words) if word in TITLE_ABBREVIATIONS]
    if titled:  # "Oklahoma Sen. James Inhofe", "U.S. Vice Adm. Bill Gortney": the name after the last title
        words = words[titled[-1] + 1 :]
    while words and not_name(words[0]):
        words = words[1:]
    words = unroled(words)
    written = match.group(0)
    while len(words) > 1 and words[-1] in _WEEKDAYS:  # "said detective Joe Coffey Monday": when he said it
        written = written[: written.rindex(words.pop())].rstrip()
    end = match.start() + len(written)
    if not words:
        return None
    name = " ".join(words)
    name = re.sub(r"['’]s?$", "", name)
    return name, end - len(" ".join(words)), end


def words(text: str) -> list[str]:
    """Lower-cased words of a quotation, punctuation dropped."""
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]
