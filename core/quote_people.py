"""The people a sentence speaks of, for a "he said" or "she said" to refer to: its subject (``subject_person``), the
name it opens with (``topic_person``), the one person it names (``one_person``), whether a name is an organisation
(``is_organisation``) and which sex the words about a name tell (``sex_of``). No Qt here."""

from __future__ import annotations

import re

from . import pronouns
from .quote_lexicon import (
    FUNCTION_WORDS,
    NAME,
    NAME_RE,
    OFFICE_ENDING,
    ORGANISATION_NOUNS,
    PASSED_OVER,
    ROLE_NOUNS,
    RX,
    SPEECH_VERBS,
    TITLE_DOT_RE,
    VERB_RE,
    is_title,
    not_name,
    trim_name,
    unroled,
)
from .quote_speaker import SUBJECT_REACH, UNNAMED_SUBJECT_RE, office_owner, owner_of

# A sentence opening with a person's name (titles before it, an appositive after it) and an active verb:
# "Deonicia Curry returned to the neighborhood", "U.S. Senator Bob Corker, who served as mayor, commended ...".
_AUXILIARY = r"(?:(?:also|then|later|first|now|still|has|had|have|did|does|would|could|will)\s+)?(?:(?:not|never)\s+)?"
_VERB_AFTER_SUBJECT = rf"\s+{_AUXILIARY}(?P<verb>[a-z][a-z'’-]*)\b(?:\s+(?P<next>[a-z][a-z'’-]*))?"
_SUBJECT_OPENS_RE = RX.compile(
    rf"\s*(?P<lead>(?:[A-Z][\w.'’-]*\s+){{0,4}}?)(?P<name>{NAME})(?:,\s[^,;:]{{1,120}},)?{_VERB_AFTER_SUBJECT}"
)
# A person of two names or more after a role in lower case opening the sentence, as its subject: "Anchorage lawyer
# William Ingaldson, the building's owner, was there", "Assistant chief fire officer Peter Guest admitted". The
# role's last word is a title or a role noun (``ROLE_NOUNS``): a verb there makes the name its object ("Police
# arrested John Smith", "Witnesses saw John Smith running", "Investigators believe John Smith acted alone").
_ROLE_LEAD_OPENS_RE = RX.compile(
    rf"\s*(?P<lead>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){{0,4}}?\s+(?P<role>[a-z][\w-]*))\s+"
    rf"(?P<name>{NAME})(?:,\s[^,;:]{{1,120}},)?{_VERB_AFTER_SUBJECT}"
)

# A person named in an appositive after a role that opens the sentence, as its subject: "His barber, Julian Clark,
# also black, concurred", "A professor of economics at the University of Athens, Yanis Varoufakis, did not go to
# work", "his daughter, Joan, persuaded him" (the role is a noun phrase: a determiner or an owner first).
# ... unless the role is one of the accused or the armed ("The suspect, John Smith, fled the scene", "The gunman, Tom
# Reed, opened fire"): who a crime report is about, not who speaks in its next paragraph ('"We are still looking for
# him," he said' is the police chief's, named before). A victim stays: "The victim, John Smith, told police ..." may
# speak next, and a passive or "died" already rules the one harmed out.
NOT_SPEAKING_ROLES = frozenset(
    """suspect suspects gunman gunmen shooter shooters attacker attackers assailant assailants killer killers robber
    robbers intruder hijacker hijackers kidnapper kidnappers murderer bomber bombers""".split()
)
_ROLE_APPOSED_OPENS_RE = RX.compile(
    r"\s*(?P<role>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+[a-z][^,;:]{0,80}?),\s+"
    rf"(?P<name>{NAME}),(?:\s[^,;:]{{1,120}},)?{_VERB_AFTER_SUBJECT}"
)
# A phrase fronted before a sentence's subject, up to its comma: "In it, Olson blames", "Three years ago, Reid,
# who ..., opened up", "Reached by telephone yesterday, O'Brien declined", "While offering his congratulations to
# Hansbrough, Ford is quick to add". It opens with a preposition, a conjunction or another function word, an
# adverb ("Somehow", "Ultimately"), a participle ("Reached", "Speaking") or a number ("Three years ago"); a name
# opening it is the subject itself ("Smith, 45, fled"), never a fronted phrase. It opens a sentence, with a capital:
# a line opening in lower case ("after all, Woodward was sure to profit", ECB+ cutting a sentence at a semicolon)
# continues a sentence whose subject stands before.
_FRONTED_RE = RX.compile(
    r"\s*(?P<first>[A-Z][A-Za-z]*)\b[^,;:.!?]{0,100}?,\s+(?=[A-Z]|(?:the|an?|his|her|their|its|our|my)\s)"
)
_FRONTING_WORDS = frozenset(
    """despite moreover somehow instead eventually afterward afterwards yesterday today tonight last ultimately
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty several""".split()
)
# A subject of the passive or of "died" is who the article is about (the dead, the charged), not who speaks next.
_BE = frozenset("was were is are".split())
_PARTICIPLE_RE = RX.compile(r"\w+(?:ed|en)|shot|hit|hurt|found|held|struck|taken|caught|brought|sent|told|left|born")
_NOT_AGENT_VERBS = frozenset("died dies".split())
_NOT_AGENT_STATES = frozenset("dead unconscious".split())  # "Smith was dead": who the article is about
_OWNERS = frozenset("his her their our my".split())
_HAVE = frozenset("has had have".split())
AGE_OPENS_RE = RX.compile(r"\s*[Tt]he\s+\d+-year-old\b")  # "The 33-year-old attended ...": a pronoun too
# A person's sex as the words about them tell it, from the one lexicon of pronouns and titles (core/pronouns.py):
# the subject ("he said"), any pronoun of a quotation's words but the possessive and reflexive ones ("his", "her";
# ``quote_referents.Named.said``), and a pronoun or title near a name (``sex_of``: "Mrs", "hers").
HE_RE = RX.compile(pronouns.pattern("m", ("subject",), capital=True))
SHE_RE = RX.compile(pronouns.pattern("f", ("subject",), capital=True))
_QUOTED_FORMS = ("subject", "object", "determiner")
QUOTED_HE_RE = RX.compile(pronouns.pattern("m", _QUOTED_FORMS, capital=True))
QUOTED_SHE_RE = RX.compile(pronouns.pattern("f", _QUOTED_FORMS, capital=True))
# After a name, the pronouns that may refer back to it: a subject ("Page avoided the camera ..., though she was
# photographed"), a determiner ("Deonicia Curry returned ... to retrieve her car", "Jackman ... his wife"), a possessive
# or a reflexive. Never an object ("Ann Cole said the officer told him to leave": him is not Ann Cole; in its own
# clause an object pronoun is someone else, a reflexive stands there for the subject) nor a title ("Cole thanked Mr
# Reed"): those tell another person's sex. "her" is both the object and the determiner: a determiner before a word of
# an open class ("her car", "her 3-year-old daughter"), an object before anything else ("told her that", "thanked
# her.").
_BACK_FORMS = ("subject", "determiner", "possessive", "reflexive")
_BACK_RE = RX.compile(
    pronouns.pattern("m", _BACK_FORMS, capital=True) + "|" + pronouns.pattern("f", _BACK_FORMS, capital=True)
)
_AMBIGUOUS_OBJECT = pronouns.PRONOUNS["f"]["object"]  # "her": object or determiner
_DETERMINED_RE = RX.compile(r"\s+([a-z0-9][\w'’-]*)")  # the word after "her"
# Right before a name (within 6 characters), a title or a pronoun of one sex: "Mrs Curry".
_NEAR_NAME_FORMS = ("subject", "object", "determiner", "possessive")
_MALE_RE = RX.compile(pronouns.pattern("m", _NEAR_NAME_FORMS, capital=True, titles=True))
_FEMALE_RE = RX.compile(pronouns.pattern("f", _NEAR_NAME_FORMS, capital=True, titles=True))


def same_sex(a: str, b: str) -> bool:
    """Two sexes ("m", "f", "" unknown) that may be one person's."""
    return not a or not b or a == b


def sex_of(outside: str, lo: int, hi: int, name: str) -> str:
    """The sex of ``name`` as its sentence ``outside[lo:hi]`` tells it: a title before it (Mr, Mrs, Ms), or the
    pronouns after it that may refer back to it (``_BACK_RE``), all of one sex ("Deonicia Curry returned ... to
    retrieve her car"); "" when it does not."""
    at = outside.find(name, lo, hi)
    if at < 0:
        return ""
    before = outside[max(lo, at - 6) : at]
    if _FEMALE_RE.search(before):
        return "f"
    if _MALE_RE.search(before):
        return "m"
    found = set()
    for m in _BACK_RE.finditer(outside, at, hi):
        word = m.group().lower()
        if word == _AMBIGUOUS_OBJECT:
            after = _DETERMINED_RE.match(outside, m.end(), hi)
            if after is None or after.group(1) in FUNCTION_WORDS:
                continue  # an object: "told her that", "thanked her."
        found.add(pronouns.sex_of_pronoun(word))
    return found.pop() if len(found) == 1 else ""


_OWNED_AFTER_RE = RX.compile(r"\s?['’]s?\s+[a-z]")

# (a surname may hold an apostrophe before a capital: "Jim O'Brien", "Al D'Amato"; not an owner's "Reid's")
# ... or after initials after a title or a given name: "Dr. D.Z. Cofield", "Harold L. Child" (not "the U.S. Capitol").
INITIALED_RE = RX.compile(r"\b([A-Z][a-z]+)\.?\s+(?:[A-Z]\.)+\s+([A-Z][\w-]*(?:['’][A-Z][\w-]*)?)")
SURNAME_RE = RX.compile(r"\b[A-Z][\w'’-]*\s+(?=([A-Z][\w-]*(?:['’][A-Z][\w-]*)?))")
# A given name and a surname, a middle initial between: "Maria Lopez", "Raymond W. Kelly".
FULL_NAME_RE = RX.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][\w'’-]+)")


def _known_person(words: list[str], surnames: frozenset[str]) -> bool:
    """A name (its words) that is a person's: two words or more, or a surname whose full name stands in the
    article (``surnames``: "Jackson issued a statement" after "Stephen Jackson"; not "Tears began")."""
    return len(words) > 1 or words[0] in surnames


# A sentence opening with a name as its topic, a pronoun standing for it further on: "For John Burns, he not only
# lost a distant cousin", "Then Hansbrough -- who followed ... -- choked up as he watched" (not after a
# subordinating word: "After Abdulazeez returned, he seemed more mellow" is the friend's account of him).
_TOPIC_OPENS_RE = RX.compile(rf"\s*(?:(?:For|As\s+for|Then|But|And|So)\s+)?(?P<name>{NAME})")


def topic_person(outside: str, lo: int, hi: int, surnames: frozenset[str]) -> str:
    """The person a sentence opens with (``_TOPIC_OPENS_RE``), known as a person (``_known_person``), not an
    owner ("Nichols ' mother") nor an organisation; or ""."""
    opens = _TOPIC_OPENS_RE.match(outside, lo, hi)
    if not opens:
        return ""
    words = unroled(opens["name"].split())
    if owner_of(outside, opens) or _OWNED_AFTER_RE.match(outside, opens.end()):
        return ""
    if any(not_name(w) or is_title(w) for w in words) or not _known_person(words, surnames):
        return ""
    name = " ".join(words)
    return "" if is_organisation(outside, lo, hi, name) else name


# A person named anywhere in the sentence a "he said" follows, the only capitalised name in it, is who the pronoun
# is ("A big reason why was Quinn, who was just 10 of 22. / '...,' he said", "In the end, those factors appealed more
# to McDermott than money.", "For Page, the bondage photos were harmless fun."), unless the word before the name
# makes them the one acted on or described: any word in lower case but a function word or a role ("Police arrested
# John Smith", "Investigators believe John Smith acted", "suspect John Smith"; "identified as", "shot by":
# ``_MENTION_NOT_AFTER``), or they are the subject of a passive or of "died" ("Hiller was escorted from the
# property": who the article is about, as for ``subject_person``). Read on the tuning data (ECB+ 1-35, clusters
# < 600000): 13 quotations gained a speaker, all right; without the passive rule Hiller's two (right) too, given up
# as crime reports' victims and suspects are the subjects of passives.
_MENTION_BEFORE_RE = RX.compile(r"\b(?P<word>[a-z]+)\s+$")
_MENTION_NOT_AFTER = frozenset("as by against".split())
_APPOSED_TO_RE = RX.compile(r"\b(?P<word>[a-z]+),\s+$")  # "The suspect, John Smith": the role it is apposed to
_MENTION_VERB_RE = RX.compile(rf"(?:,\s[^,;:]{{1,120}},|,)?{_VERB_AFTER_SUBJECT}")


def _role(word: str) -> bool:
    """A word in lower case naming a role before a name ("coach", "lawyer", "officer")."""
    return word in ROLE_NOUNS or is_title(word)


def one_person(outside: str, lo: int, hi: int, surnames: frozenset[str]) -> str:
    """The one person ``outside[lo:hi]`` (a sentence) names, anywhere in it, as a pronoun after it may stand for
    (see ``_MENTION_NOT_AFTER``); "" when it names none, two or more, or a capitalised name of another kind (a place,
    an organisation: the sentence is not about one person)."""
    found = set()
    person = ""
    for m in NAME_RE.finditer(outside, lo, hi):
        trimmed = trim_name(m)
        if trimmed is None:
            continue
        name = trimmed[0]
        words = name.split()
        if any(not_name(w) or is_title(w) for w in words):
            continue
        if not _known_person(words, surnames) or is_organisation(outside, lo, hi, name):
            return ""  # a capitalised word of another kind: a place, an organisation
        found.add(words[-1])
        if len(found) > 1:
            return ""
        before = _MENTION_BEFORE_RE.search(outside, max(lo, m.start() - 30), m.start())
        word = before["word"] if before else ""
        if word in _MENTION_NOT_AFTER or (word and word not in FUNCTION_WORDS and not _role(word)):
            return ""  # "Police arrested John Smith", "Investigators believe John Smith", "identified as John Smith"
        apposed = _APPOSED_TO_RE.search(outside, max(lo, m.start() - 30), m.start())
        if apposed and apposed["word"] in NOT_SPEAKING_ROLES:
            return ""  # "The suspect, John Smith, fled the scene"
        after = _MENTION_VERB_RE.match(outside, m.end(), hi)
        if after and after["verb"] in _BE | _NOT_AGENT_VERBS | {"been"} and not _agent_verb(after):
            return ""  # "Smith was shot", "Her neighbour, Alice Reed, was taken", "Jones died": who it is about
        person = name
    return person if found else ""


def unnamed_speaks(outside: str, lo: int, hi: int) -> bool:
    """The first speech verb of ``outside[lo:hi]`` has a subject naming nobody that is no pronoun: "The
    commissioner says", "cops say" (a pronoun further on stands for them; "He said jurors have told him": he)."""
    verb = VERB_RE.search(outside, lo, hi)
    if verb is None:
        return False
    subject = UNNAMED_SUBJECT_RE.search(outside, max(lo, verb.start() - SUBJECT_REACH), verb.start())
    return subject is not None and subject.group().split()[0].lower() not in _PERSONAL_PRONOUNS


_PERSONAL_PRONOUNS = frozenset("he she i we they".split())
_SENTENCE_CONJUNCTIONS = frozenset("But And Then So".split())


def subject_person(outside: str, lo: int, hi: int, surnames: frozenset[str]) -> str:
    """The person a sentence with no speech verb opens with as the subject of an active verb, or "": a name of
    two words or more, one after a title ("Sen. Corker"), or a surname known (``_known_person``); not after "The"
    (an organisation: "The Charleston Police Department has identified"), nor the subject of a passive."""
    text = TITLE_DOT_RE.sub(r"\1 ", outside[lo:hi])
    name = _opening_subject(text, surnames)
    fronted = _FRONTED_RE.match(text)
    if not name and fronted and fronting(fronted["first"]):
        name = _opening_subject(text[fronted.end() :], surnames)
    return name


def fronting(word: str) -> bool:
    """``word`` may open a phrase fronted before a sentence's subject (``_FRONTED_RE``)."""
    low = word.lower()
    return low in FUNCTION_WORDS or low in _FRONTING_WORDS or low.endswith(("ly", "ing", "ed"))


def _agent_verb(opens: re.Match[str]) -> bool:
    """The verb after a subject (``_VERB_AFTER_SUBJECT``'s groups) makes it an agent: not the subject of a passive
    ("Jones was charged", "Smith was shot"; not "Jackman was abroad"), of "died" or "was dead", nor a function word
    read as a verb ("Smith and Jones"); "has" is a verb when no participle follows ("McDermott now has")."""
    verb, after = opens["verb"], opens["next"]
    if verb in _NOT_AGENT_VERBS:
        return False
    if verb in _BE:
        return after is not None and not _PARTICIPLE_RE.fullmatch(after) and after not in _NOT_AGENT_STATES
    if verb in _HAVE:  # "McDermott now has 2,029 points": a verb of its own, not an auxiliary ("has been charged")
        return after is None or (after != "been" and not _PARTICIPLE_RE.fullmatch(after))
    return verb not in FUNCTION_WORDS


def _opening_subject(text: str, surnames: frozenset[str]) -> str:
    """``subject_person`` of a sentence's text (titles' full stops made spaces) from its start."""
    apposed = _ROLE_APPOSED_OPENS_RE.match(text)
    if apposed and _agent_verb(apposed):
        words = apposed["name"].split()
        role = apposed["role"].split()
        kin = role[0].lower() in _OWNERS  # "his daughter, Joan": a person of one name
        if role[-1] in NOT_SPEAKING_ROLES:
            return ""  # "The suspect, John Smith, fled the scene": not the "he" of the next quotation
        if not any(not_name(w) or is_title(w) for w in words) and (kin or _known_person(words, surnames)):
            return apposed["name"]
    led = _ROLE_LEAD_OPENS_RE.match(text)
    if led and _agent_verb(led) and (led["role"] in ROLE_NOUNS or is_title(led["role"])):
        lead, words = led["lead"].split(), led["name"].split()
        if len(words) > 1 and not any(w.lower() in FUNCTION_WORDS for w in lead) and not any(map(not_name, words)):
            return " ".join(words)
    opens = _SUBJECT_OPENS_RE.match(text)
    if not opens or not _agent_verb(opens):
        return ""
    lead, words = opens["lead"].split(), opens["name"].split()
    if (lead or words)[0] in _SENTENCE_CONJUNCTIONS:  # "But Justice Vincent DelGiudice made clear ..."
        lead, words = (lead[1:], words) if lead else ([], words[1:])
    if not words or any(w.lower() in FUNCTION_WORDS for w in [*lead, words[0]]):
        return ""  # "The Charleston Police Department", "After Abdulazeez returned, he ...": no subject opening
    owned = [k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))]
    if owned:  # "Microsoft's Dustin Childs", "Sheriff's Deputy Timothy Brennan": the owner is no part of the name
        lead, words = words[: owned[-1] + 1], words[owned[-1] + 1 :]
    titled = bool(lead) and is_title(lead[-1].rstrip("."))
    while words and (not_name(words[0]) or is_title(words[0])):
        titled = titled or is_title(words[0])
        words = words[1:]
    words = unroled(words)
    if not words or any(not_name(w) for w in words) or not (titled or _known_person(words, surnames)):
        return ""
    name = re.sub(r"['’]s?$", "", " ".join(words))
    return "" if name.isupper() else name


# An organisation as a speaker: a name after "the" ("the Post", "the Sentinel", "the FBI"; "the Rev. Larry Kroon" is
# trimmed to the name after the title, which "the" does not stand before) or in capitals ("CNA", "THR").
THE_BEFORE_RE = RX.compile(r"\b[Tt]he\s+$")


def is_organisation(outside: str, lo: int, hi: int, name: str) -> bool:
    """The speaker ``name``, named in ``outside[lo:hi]``, is an organisation (a publication, an agency, a company),
    not a person: written in capitals, or after "the" where it stands; or a person's office ("Tsai Ing-wen's
    office", ``quote_speaker``): a later "she said" is not the office."""
    if (name.isupper() and len(name) > 1) or name.endswith(OFFICE_ENDING):
        return True
    at = outside.find(name, lo, hi)
    return at >= 0 and bool(THE_BEFORE_RE.search(outside, max(lo, at - 6), at))


# A definite role as a speech verb's subject ("“...,” the governor said", "said the mayor") stands for the one person
# the article named before it with that role's title ("Gov. Greg Abbott", "Mayor John Smith", "Police Chief Jane
# Roe"): wire copy names a governor, a mayor or a police chief once, then calls them by the role (AP, 2018 Santa Fe
# shooting: '"We need to do more than just pray for the victims ...," the governor said' after "Gov. Greg Abbott").
# Two people named so (two senators) or none: nobody, as "the commissioner says" is. The role -> its titles (an
# abbreviation's full stop optional).
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "governor": ("Gov", "Governor"),
    "senator": ("Sen", "Senator"),
    "representative": ("Rep", "Representative"),
    "lieutenant": ("Lt", "Lieutenant"),
    "detective": ("Det", "Detective"),
    "mayor": ("Mayor",),
    "chief": ("Chief",),
    "sheriff": ("Sheriff",),
}
# A word before the title that makes it another role: "Lt. Gov. Dan Patrick" (not the governor), "Deputy Chief",
# "Assistant Chief", "Vice Mayor", "former Gov. Rick Perry" (not the one in office).
_OTHER_ROLE_BEFORE = frozenset("lt lieutenant deputy assistant vice associate former ex".split())
_ROLES = "|".join(ROLE_TITLES)
# A word of a role's modifiers ("the Harris County sheriff", "the police chief", "the state's governor"): no function
# word ("the man who defeated the governor said": no role of the man's), at most ``_MODIFIERS_MAX`` of them.
_MODIFIER = rf"(?!(?i:{'|'.join(sorted(FUNCTION_WORDS))})\s)[\w'’-]+\s+"
_MODIFIERS_MAX = 3  # "the Harris County police chief": a place of two words and the body
# The role as the subject of a speech verb ("the governor said", "The mayor also told", "the county sheriff said"), or
# after "said" inverted ("said the police chief"; never after "told" or "asked": the listener). Not an owner: "the
# governor's office said" (``office_speaker``).
_ROLE_SUBJECT_RE = RX.compile(
    rf"(?<![\w'’-])[Tt]he\s+(?P<mods>(?:{_MODIFIER}){{0,{_MODIFIERS_MAX}}}?)(?P<role>{_ROLES})\s+"
    rf"(?:(?:{PASSED_OVER})\s+)*(?:{SPEECH_VERBS})\b"
    rf"|\b(?:said|says|added)\s+the\s+(?P<after_mods>(?:{_MODIFIER}){{0,{_MODIFIERS_MAX}}}?)(?P<after>{_ROLES})\b"
    r"(?!['’])"
)
# A role's title before a name ("Gov. Greg Abbott", "Harris County Sheriff Ed Gonzalez"), or the full title in lower
# case as some outlets print it ("county sheriff Ed Gonzalez", "police chief Art Acevedo").
_TITLED_RES = {
    role: RX.compile(rf"(?<![\w.'’-])(?:{'|'.join(titles)}|{role})\.?\s+(?={NAME})")
    for role, titles in ROLE_TITLES.items()
}
# A role apposed to a name: "said Ed Gonzalez, the Harris County sheriff.", "Greg Abbott, the state's governor,",
# "Jane Roe, police chief of Kodiak," (the role ends the appositive: not "the sheriff's spokesman", "the sheriff and
# his deputies", "who succeeded the sheriff"); or the role first and the name apposed to it: "The Harris County
# sheriff, Ed Gonzalez, said".
_APPOSED_ROLE_RE = RX.compile(
    rf"(?P<name>{NAME}),\s+(?:(?:[Tt]he|an?)\s+)?(?P<mods>(?:{_MODIFIER}){{0,{_MODIFIERS_MAX}}}?)(?P<role>{_ROLES})"
    rf"(?:\s+of\s+(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}))?(?=\s*[,.;:)]|\s*$)"
)
_ROLE_APPOSED_RE = RX.compile(
    rf"\b[Tt]he\s+(?P<mods>(?:{_MODIFIER}){{0,{_MODIFIERS_MAX}}}?)(?P<role>{_ROLES}),\s+(?P<name>{NAME}),"
)
# Words a role's modifier may say without the person's title saying them too: the place the office is of ("the county
# sheriff" is "Sheriff Ed Gonzalez"; "the state's governor" is "Gov. Greg Abbott"), which one holder has. Any other
# modifier must stand in the words of the person's role ("the police chief" is "Police Chief Jane Roe" or "Houston
# police Chief Art Acevedo", never "Fire Chief Bob Smith" nor a "Chief Bob Smith" of whom nothing more is said).
_JURISDICTIONS = frozenset("state city county town village country nation island province region local".split())
_LEAD_WORDS = 3  # the words before a title read as the role's ("Harris County Sheriff", "Houston police Chief")
_CLAUSE_BREAK_RE = RX.compile(r"[,.;:!?()\"“”\n]")
_WORD_BEFORE_RE = RX.compile(r"([\w'’-]+)\.?\s+$")
# A name before an apposed role that is a place, not the role's holder: "In Harris County, the sheriff, ...".
_PLACE_BEFORE_RE = RX.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Oo]f|[Ff]or|[Oo]n|[Tt]o|[Nn]ear)\s+$")
# Words of a place's or a body's name, never of a person's: "Harris County", "Kodiak Police Department".
_PLACE_WORDS = ORGANISATION_NOUNS | _JURISDICTIONS


def role_speaker(outside: str, lo: int, hi: int, before: str) -> str:
    """The person a definite role speaking in ``outside[lo:hi]`` ("the governor said", "the county sheriff said")
    stands for: the one person ``before`` (the article up to the quotation) names with that role (``titled_person``);
    or ""."""
    said = _ROLE_SUBJECT_RE.search(outside, lo, hi)
    if said is None:
        return ""
    role = (said["role"] or said["after"]).lower()
    return titled_person(before, role, _modifiers(said["mods"] if said["role"] else said["after_mods"]))


def _modifiers(text: str | None) -> frozenset[str] | None:
    """The words of a role's modifiers in lower case, an owner's "'s" dropped ("state's" -> "state"); None when one
    makes it another role ("the lieutenant governor", "the former mayor", "the deputy chief")."""
    words = frozenset(re.sub(r"['’]s?$", "", w.lower()) for w in (text or "").split())
    return None if words & _OTHER_ROLE_BEFORE else words


def titled_person(text: str, role: str, modifiers: frozenset[str] | None = frozenset()) -> str:
    """The one person ``text`` names with ``role``: after its title ("Gov. Greg Abbott" for "governor", "county
    sheriff Ed Gonzalez") or in an appositive ("Ed Gonzalez, the Harris County sheriff"), in its fullest form ("Greg
    Abbott" over a later "Abbott"), whose role's words hold ``modifiers`` but the place it is of ("the police chief":
    "Police Chief Jane Roe"; ``_JURISDICTIONS``); "" when it names none or two (two surnames), or ``modifiers`` is
    None (another role: ``_modifiers``)."""
    if modifiers is None:
        return ""
    needed = modifiers - _JURISDICTIONS
    found: dict[str, str] = {}  # surname -> the longest name written with it
    for words, role_words in _role_holders(text, role):
        if not needed <= role_words:
            continue  # "the police chief" is not "Fire Chief Bob Smith"
        longest = found.get(words[-1], "")
        found[words[-1]] = max(longest, " ".join(words), key=len)
        if len(found) > 1:
            return ""
    return next(iter(found.values()), "")


def _role_holders(text: str, role: str) -> list[tuple[list[str], frozenset[str]]]:
    """The people ``text`` names with ``role``, in order: (the name's words, the words of their role in lower case).
    Not one named with another role ("Lt. Gov. Dan Patrick", "Deputy Chief Tom Reed", "the former sheriff"), nor a
    name holding a title ("Chief Justice John Roberts")."""
    holders = []
    for m in _TITLED_RES[role].finditer(text):
        word = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if word and word.group(1).lower() in _OTHER_ROLE_BEFORE:
            continue  # "Lt. Gov. Dan Patrick", "Deputy Chief Tom Reed", "former Gov. Rick Perry"
        named = NAME_RE.match(text, m.end())
        words = _person_words(named.group(), titled=True) if named else []
        if words:
            clause = text[max(0, m.start() - 60) : m.start()]
            lead = _CLAUSE_BREAK_RE.split(clause)[-1].split()[-_LEAD_WORDS:]
            holders.append((words, frozenset(re.sub(r"['’]s?$", "", w.lower()) for w in [*lead, role])))
    for m in [*_APPOSED_ROLE_RE.finditer(text), *_ROLE_APPOSED_RE.finditer(text)]:
        mods = _modifiers(m["mods"])
        if m["role"].lower() != role or mods is None:
            continue  # another role, or "Ed Gonzalez, the former sheriff,"
        if m.re is _APPOSED_ROLE_RE and _PLACE_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "In Harris County, the sheriff, Ed Gonzalez, said": a place
        words = _person_words(m["name"])
        if words:
            place = (m.groupdict().get("of") or "").lower().split()
            holders.append((words, mods | {role, *place}))
    return holders


def _person_words(name: str, titled: bool = False) -> list[str]:
    """The words of a person's name read after a role's title (``titled``) or apposed to a role, titles before the
    latter dropped ("Sheriff Ed Gonzalez, the Harris County sheriff"); [] when a word of it names nobody, is a title
    ("Chief Justice John Roberts" after "Chief", "Lt. Gov.") or names a place or a body ("Harris County", "Houston
    Police Department")."""
    words = re.sub(r"['’]s?$", "", name).split()
    while words and not titled and (is_title(words[0].rstrip(".")) or not_name(words[0].rstrip("."))):
        words = words[1:]
    if not words or any(not_name(w) or is_title(w) or (not titled and w.lower() in _PLACE_WORDS) for w in words):
        return []
    return words



# A person's office speaking, as the article writes it after the speech verb ("“...,” said Tsai's office.", "said
# Tsai Ing-wen's office in a statement") or before it with an owner of one word ("Tsai's office said"), or owned by a
# definite role ("the governor's office said", "said the mayor's office"): it speaks for the person holding the role
# (``titled_person``). The roles whose office is a person's staff: an elected official's; "the sheriff's office" and
# "the chief's office" are agencies (a department of deputies or officers), whose holder did not speak.
_OFFICE_ROLES = "governor|senator|representative|mayor"
_OFFICE_OWNER = (
    rf"(?:(?<![\w'’-])[Tt]he\s+(?P<mods>(?:{_MODIFIER}){{0,{_MODIFIERS_MAX}}}?)(?P<role>{_OFFICE_ROLES})"
    rf"|(?P<name>{NAME}))['’]s?\s+office"
)
_OFFICE_SPEAKS_RE = RX.compile(
    rf"{_OFFICE_OWNER}\s+(?:(?:{PASSED_OVER})\s+)*(?:{SPEECH_VERBS})\b"
    # ... or inverted after "said", up to the clause's end or the place and time it said it
    rf"|\b(?:said|says|added)\s+(?:{_OFFICE_OWNER.replace('?P<', '?P<after_')})"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|late|early|earlier|last|this|yesterday|today)\b)"
)


def office_speaker(outside: str, lo: int, hi: int, before: str) -> str:
    """A person's office speaking in ``outside[lo:hi]`` (``_OFFICE_SPEAKS_RE``), as "NAME's office" (an organisation:
    ``is_organisation``), or "": its owner's name when it holds no title of an office's ("the City Attorney's
    office", ``office_owner``), and a name of one word only when ``before`` (the article up to the quotation) names a
    person so, after a title or a given name ("President Tsai Ing-wen", "Donald Trump"; not "Microsoft's office");
    or the one person ``before`` names with the owning role ("Gov. Greg Abbott": "the governor's office")."""
    said = _OFFICE_SPEAKS_RE.search(outside, lo, hi)
    if said is None:
        return ""
    fields = {k.removeprefix("after_"): v for k, v in said.groupdict().items() if v is not None}
    if "role" in fields:
        owner = titled_person(before, fields["role"].lower(), _modifiers(fields.get("mods")))
    elif " " in fields["name"].strip():
        owner = office_owner(fields["name"])
    else:
        owner = re.sub(r"['’]s?$", "", fields["name"])
        owner = owner if _named_person(before, owner) else ""
    return owner + OFFICE_ENDING if owner else ""


def _named_person(text: str, word: str) -> bool:
    """``text`` names ``word`` (a capitalised word) as a person: after a title or a given name ("President Tsai",
    "Donald Trump")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}\b", text):
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if before and (is_title(before.group(1)) or pronouns.sex_of_given_name(before.group(1))):
            return True
    return False
