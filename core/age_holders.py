"""Who an age is of, read from its sentence (``age_holder``: a name, a noun of ``HOLDER_CLASSES``, a pronoun's
sex), and whether two ages' holders may be one person (``same_holder``) or are both names of one
(``one_named_person``); and whether two linked sentences' figures of any kind are told of two people both name
(``people_named``, ``told_of_two``). It reads sentences around figures; it never compares figures' values."""

from __future__ import annotations

import re

from . import pronouns
from .stopwords import STOPWORDS

# Who an age is of, read from its sentence (``age_holder``): the noun or name after "N-year-old" ("a 33-year-old
# woman", "10-year-old De'Shaun Swanson"), or the name or noun the age stands apposed to ("Jamaine Sutton, 32,", "the
# other man, 37", "Two men, ages 26 and 36"). Nouns of one sex or one role are one class: two equal ages of two
# classes of one kind are two people (gva_595069: "The 33-year-old attended the party with her 3-year-old
# daughter" and "a 33-year-old man was shot" agreed by value alone, review s28); a sex and a role ("the 5-year-old
# victim", "a 5-year-old boy") may be one person.
HOLDER_CLASSES = {
    ("sex", "male"): "man men boy boys son sons father husband brother grandfather male males gentleman boyfriend",
    ("sex", "female"): "woman women girl girls daughter daughters mother wife sister grandmother female females "
                       "lady girlfriend",
    ("role", "accused"): "suspect suspects gunman shooter defendant assailant attacker killer",
    ("role", "victim"): "victim victims",
}
_CLASS_OF = {word: kind for kind, words in HOLDER_CLASSES.items() for word in words.split()}
# a name after "N-year-old" that ends there (punctuation, the end, or a word that follows a person's name): not the
# modifier of a noun ("a 26-year-old U.S. Navy logistics specialist")
_AGE_NAME_AFTER = re.compile(
    r"\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)(?=\s*(?:[,;.:)—–]|$|\s(?:of|was|is|who|has|had|and|from)\b))"
)
_NOT_HOLDER = frozenset("the a an and or of in on at was were is are who his her their its with to for".split())
_AGE_NOUN_AFTER = re.compile(r"[\s-]+([A-Za-z]+)")
_AGE_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+|[a-z]+),?\s+(?:ages?d?\s+)?$")
# A name in the possessive just before an attributive age ("Timmons' 16 year-old best friend", "Smith's 8-year-old
# son", tokenised "Timmons ' 16"): the age is of someone of that person's, never of that person (ECB+ 33ecb: the
# friend's "16 year-old" agreed with "16-year-old Jermayne Timmons" as one age). The holder reads "of Timmons" ("son
# of Smith" where a noun of a class follows): ``same_holder`` keeps it from any name sharing a word with the owner.
_AGE_POSSESSOR = re.compile(r"(?<![\w'’])((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)\s?['’](?:s\b)?\s*$")
_OWNED = " of "  # "son of Smith": a holder and the name whose possessive it follows
_PRONOUN_CLASS = {"m": "man", "f": "woman"}  # the holder class a pronoun's sex stands for (core/pronouns.py)
_PRONOUN_RE = re.compile("|".join(pronouns.pattern(sex) for sex in pronouns.SEXES))  # any form, lower case


def _holder_word(word: str) -> str:
    """A holder as compared: a noun of a class in lower case ("Boy" of a headline is "boy"), a name as written."""
    last = word.split()[-1].lower()
    return last if last in _CLASS_OF else word if word[0].isupper() else ""


def age_holder(sentence: str, start: int, end: int) -> str:
    """Who the age at ``sentence[start:end]`` is of: a name ("Jamaine Sutton", "David Wyatt"), a noun of
    ``HOLDER_CLASSES`` ("woman", "suspect"), or "" when the sentence does not say. "The 33-year-old attended the
    party with her 3-year-old daughter": no noun after it, so the first personal pronoun after it tells ("woman").
    After a name in the possessive, the holder is someone of that person's: "Timmons' 16 year-old best friend" is
    "of Timmons", "Smith's 8-year-old son" "son of Smith" (``_AGE_POSSESSOR``)."""
    stated = sentence[start:end].lower()
    if stated.endswith("year-old") or stated.endswith("year old"):
        named = _AGE_NAME_AFTER.match(sentence, end)  # "37-year-old David Wyatt of Hixson"
        if named:
            return _holder_word(named.group(1))
        owner = _AGE_POSSESSOR.search(sentence, max(0, start - 60), start)
        noun = _AGE_NOUN_AFTER.match(sentence, end)  # "a 33-year-old man"
        if noun and noun.group(1).lower() in _CLASS_OF:
            return noun.group(1).lower() + (_OWNED + owner.group(1) if owner else "")
        if owner:  # the pronouns after it may be the owner's ("Timmons' best friend said he ...")
            return _OWNED.lstrip() + owner.group(1)
        if noun and noun.group(1)[0].islower() and noun.group(1) not in _NOT_HOLDER:
            pronoun = _PRONOUN_RE.search(sentence, end)  # "The 33-year-old attended ... with her daughter"
            return _PRONOUN_CLASS[pronouns.sex_of_pronoun(pronoun.group())] if pronoun else ""
        return ""
    if "old" in stated:  # "he was 13 years old": the subject before is a pronoun, read by nobody here
        return ""
    before = _AGE_NAME_BEFORE.search(sentence, max(0, start - 60), start)  # "Sutton, 32", "the other man, 37"
    if before and sentence[before.end(1) : start].lstrip().startswith(","):
        word = before.group(1)
        return "" if word.lower() in _NOT_HOLDER else _holder_word(word)
    return ""


def same_holder(a: str, b: str) -> bool:
    """Two ages' holders (``age_holder``) may be one person: either unknown, two names sharing a word, a name and
    a noun, or two nouns not of two classes of one kind (a man and a woman, a suspect and a victim); never someone
    of a named person's ("of Timmons": "Timmons' 16 year-old best friend") and a name sharing a word with that
    person's ("Jermayne Timmons") or an age of nobody said ("the 16-year-old accused of firing the shot")."""
    a, owner_a = _owned(a)
    b, owner_b = _owned(b)
    if _names_meet(owner_a, b) or _names_meet(owner_b, a):
        return False
    if bool(owner_a) != bool(owner_b) and (not a and not b):
        # Someone of Timmons' and an age of nobody said: in an article about Timmons, an age told alone is most
        # likely his, not his friend's.
        return False
    if not a or not b:
        return True
    named_a, named_b = a[0].isupper(), b[0].isupper()
    if named_a and named_b:
        return bool({w.lower() for w in a.split()} & {w.lower() for w in b.split()})
    if named_a or named_b:
        return True
    class_a, class_b = _CLASS_OF.get(a.lower()), _CLASS_OF.get(b.lower())
    return class_a is None or class_b is None or class_a[0] != class_b[0] or class_a == class_b


def _owned(holder: str) -> tuple[str, str]:
    """A holder and the name it belongs to ("son of Smith" -> ("son", "Smith"), "of Timmons" -> ("", "Timmons")),
    ``(holder, "")`` for a holder of nobody's."""
    if holder.startswith(_OWNED.lstrip()):
        return "", holder[len(_OWNED) - 1 :]
    person, _of, owner = holder.partition(_OWNED)
    return person, owner


def _names_meet(a: str, b: str) -> bool:
    """Two names sharing a word ("Timmons" / "Jermayne Timmons"); False where either is no name."""
    if not a or not b or not a[0].isupper() or not b[0].isupper():
        return False
    return bool({w.lower() for w in a.split()} & {w.lower() for w in b.split()})


def one_named_person(a: str, b: str) -> bool:
    """Two ages' holders (``age_holder``) are both names of one person: the same name, or a surname alone and a
    whole name ending in it ("Tucker" / "Daquarius Tucker"). Two ages of one named person in linked sentences are
    one thing told two ways ("19-year-old Daquarius Tucker" / "Daquarius Tucker, 20": review s29), not two people;
    two given names with one surname ("Daquarius Tucker" / "Damarcus Tucker") are two people."""
    if not a or not b or not a[0].isupper() or not b[0].isupper():
        return False
    wa, wb = a.lower().split(), b.lower().split()
    if wa == wb:
        return True
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return len(short) == 1 and short[0] == long[-1]


# ---------------------------------------------------------------------------------------------------------------
# Who any figure is told of, where two linked sentences each name the same two people (``told_of_two``): "The day
# following Rait's death ... Robert Buckley ... fell 700 meters" / "The day before Buckley's death ... Duncan Rait
# ... died after falling about 200 feet" tell two climbers' falls, not one fall two ways (ECB+ topic 23).
# ---------------------------------------------------------------------------------------------------------------

# A run of capitalised words, the last of them a surname, and a possessive after it ("Rait’s", "Buckley's", the
# tokenised "Timmons ' death").
_NAME_RUN = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)(\s?['’]s?(?![\w]))?")
# What says a run of capitalised words is a person's name: an age before it ("36 - year - old Duncan Rait") or
# after it ("Sutton, 32"), a title before it ("Mr Buckley"), or a given name of the lexicon as its first word
# ("Robert Buckley"). A run with none of these ("New Orleans", "Internet Explorer", "Middle East") is no person.
_AGE_BEFORE = re.compile(r"year\s?-?\s?old\s+$|\bage[sd]?\s+\d+\s*,?\s*$")
_AGE_AFTER = re.compile(r"\s*,\s*(?:age[sd]?\s+)?\d{1,3}\s*[,;.)]")
_TITLES = frozenset(title for sex in pronouns.SEXES for title in pronouns.TITLES[sex]) | {"Dr"}


def people_named(sentence: str) -> list[tuple[int, str, bool, bool]]:
    """Every name in ``sentence`` that may be a person's, in order: (where it starts, its surname in lower case,
    whether it is in the possessive, whether something says it is a person's: an age, a title or a given name of
    the lexicon; ``_AGE_BEFORE``...). A name's surname alone elsewhere ("Buckley's death") is the same person."""
    found = []
    for m in _NAME_RUN.finditer(sentence):
        words = [w.rstrip(".") for w in m.group(1).split()]
        if words and words[0] in _TITLES:
            words, titled = words[1:], True
        else:
            titled = False
        if not words or words[-1].lower() in STOPWORDS:
            continue
        marked = (
            titled
            or bool(pronouns.sex_of_given_name(words[0]) and len(words) > 1)
            or bool(_AGE_BEFORE.search(sentence, max(0, m.start() - 30), m.start()))
            or bool(_AGE_AFTER.match(sentence, m.end(1)))
        )
        found.append((m.start(), words[-1].lower(), m.group(2) is not None, marked))
    return found


def told_of_two(
    x: list[tuple[int, str, bool, bool]], at_x: int, y: list[tuple[int, str, bool, bool]], at_y: int
) -> bool:
    """Whether the figure at ``at_x`` of one sentence and the one at ``at_y`` of another (their ``people_named``) are
    told of two people: both sentences name the same two or more people, each names one of them only other than in
    the possessive, before its figure (the one it tells of: "Robert Buckley ... fell 700 meters", where "Rait’s death"
    only dates it), and that one differs. A sentence that names two of them plainly ("Smith said Jones was shot three
    times"; "Alice McMeekin, 58, and Kathryn Jenkin, 20") tells nothing here. A name counts as a person's when either
    sentence says so of it somewhere (an age, a title, a given name)."""
    persons = {surname for named in (x, y) for _at, surname, _own, marked in named if marked}
    common = {s for _a, s, _o, _m in x if s in persons} & {s for _a, s, _o, _m in y if s in persons}
    if len(common) < 2:
        return False
    holders = []
    for named, at in ((x, at_x), (y, at_y)):
        plain = {(s, a < at) for a, s, own, _m in named if s in common and not own}
        if len({s for s, _before in plain}) != 1 or not all(before for _s, before in plain):
            return False
        holders.append(next(iter(plain))[0])
    return holders[0] != holders[1]
