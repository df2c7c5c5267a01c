"""Who spoke last, read back lazily over an article (``Named``): the speaker of a quotation naming nobody ("“...,”
he added."), the person a "he" or "she" refers to across sentences and paragraphs, and the knobs that bound how far
back it reads. No Qt here."""

from __future__ import annotations

import re

from . import pronouns
from .quote_lexicon import FUNCTION_WORDS, ROLE_NOUNS, RX, TITLES, VERB_RE
from .quote_outside import HYPHEN_RE
from .quote_people import (
    AGE_OPENS_RE,
    FULL_NAME_RE,
    HE_RE,
    INITIALED_RE,
    NOT_SPEAKING_ROLES,
    QUOTED_HE_RE,
    QUOTED_SHE_RE,
    SHE_RE,
    SURNAME_RE,
    THE_BEFORE_RE,
    fronting,
    is_organisation,
    one_person,
    role_speaker,
    same_sex,
    sex_of,
    subject_person,
    topic_person,
    unnamed_speaks,
)
from .quote_speaker import NOT_INITIALS, ROLE_SUBJECTS, speaker_of
from .segment import TITLE_ABBREVIATIONS

# A quotation naming nobody ("“...,” he added.", or no verb at all) is given the speaker last named in its paragraph,
# or at most this many paragraphs before it. Review s27 found such continuations always unattributed across
# paragraphs (35 of 38 quotations of one article): 'Smith said ...' then a paragraph '“...,” he added.' Read on the
# tuning data (812 files): reaching further back gave 'she said' the police sergeant quoted twenty sentences
# before (the woman was named in a sentence with no speech verb).
CONTINUATION_PARAGRAPHS = 1
# ... but "he said" / "she said" naming nobody goes further back, along its referent: to the person last introduced
# as a sentence's subject with no speech verb ("U.S. Senator Bob Corker ... commended the authorities. “...,” he
# said.", review s29), or named as a speaker before sentences whose subject is the same pronoun ("Diaz said ... / He
# said detectives ... / “...,” he said."). At most ``PRONOUN_GAP_SENTENCES`` sentences between that neither name the
# person nor continue the chain, and nothing beyond ``PRONOUN_PARAGRAPHS`` paragraphs back. Read on the tuning data
# (ECB+ 1-35, clusters < 600000): with one sentence allowed between, about 19 of 96 changed speakers were wrong (the
# sentence between named the real speaker in a way not read: "A big reason why was Quinn", "The commissioner says",
# "Gallagher was back on the job"); with none, fewer (the counts in the commit that set it).
# Session 33: a sentence between that names nobody and speaks of nobody else (``Named._names_nobody``: "Ideas
# included turning it into apartments.", "Still, the director was taking few chances.", a line of the quotation
# itself) no longer ends the search. Read on the tuning data: 10 distinct quotations gained a speaker, all right
# (Weitz x2, Ingaldson x2, Andy Ryan x2, Wee, Farmer x3); 2 and 4 such sentences give the same, 1 loses Farmer's
# three. Allowing any sentence between (one) gave 7 wrong of 26 (Belford for Matusiewicz across "Lenore and Thomas
# Matusiewicz filed ...", "Mark and Condon" for Jackman across "Jackman was abroad ... his Oscar role", Hickok across
# a heading, "Felt" for Joan across "He died ..., the Post stated").
PRONOUN_GAP_SENTENCES = 2
# The start of a sentence, quotations blanked, found again in the article to tell what stands before it: the words
# before a sentence's first quotation (a quotation blanked in it is not found as written).
ROLE_SENTENCE_KEY = 40
PRONOUN_PARAGRAPHS = 4


class Named:
    """The speaker last named in an article, read lazily: sentences before a quotation are kept unread until a
    quotation naming nobody asks who spoke last, then read from the nearest back (most never need reading). An
    organisation ("the Post stated", "CNA asked") is the speaker of a quotation naming nobody, but never of one
    after "he said" or "she said": that one takes the person named last (``last(personal=True)``)."""

    def __init__(self, text: str = "") -> None:
        self.text = text  # the article: a surname alone is a person's when its full name stands in it
        self._read: str | None = None  # the text its names are read in (``read_text``)
        self.spaced_hyphens = not HYPHEN_RE.search(text)  # it writes its hyphens with spaces (``hyphens_joined``)
        self._surnames: frozenset[str] | None = None
        self._surname_sexes: dict[str, str] | None = None
        self._mid_capitals: frozenset[str] | None = None
        self._named_words: frozenset[str] | None = None
        self.paragraph = -1  # the paragraph being read (counted from 0)
        self.headings: set[int] = set()  # the paragraphs that are headings (``quote_text.is_headline``)
        self.name = ""  # the speaker last named, and the paragraph where
        self.named_in = -1
        self.organisation = False  # the speaker last named is an organisation (``is_organisation``)
        self.person = ""  # the person last named (no organisation), and the paragraph where
        self.person_in = -1
        self.person_sex = ""  # "m" or "f" when the person's quotation said "he" or "she"
        self.sexes: dict[str, str] = {}  # the words of people's names -> "m" or "f", as their quotations told
        self.quoted: set[str] = set()  # the sexes of the third persons the last quotation's words speak of
        # (paragraph, a paragraph's text with quotations blanked, a sentence's offsets in it), in order
        self.unread: list[tuple[int, str, int, int]] = []
        # the pieces (sentence, index in its list) of a quotation left open at the end of the paragraph read last,
        # naming nobody: they take the speaker named where it closes, in the next paragraph
        self.pending: list[tuple[int, int]] = []
        self.single_open = False  # the paragraph read last ended in a quotation opened with a single mark
        # the speaker of a quotation left open at the end of a paragraph, and the paragraph where: a "he said"
        # closing it in a later one names that speaker again (``open_speaker``)
        self.open_quote = ("", -1)

    def next_paragraph(self, heading: bool = False) -> None:
        self.paragraph += 1
        if heading:
            self.headings.add(self.paragraph)
        keep = self.paragraph - max(CONTINUATION_PARAGRAPHS, PRONOUN_PARAGRAPHS)
        if self.unread and self.unread[0][0] < keep:
            self.unread = [u for u in self.unread if u[0] >= keep]

    def read_later(self, outside: str, lo: int, hi: int) -> None:
        self.unread.append((self.paragraph, outside, lo, hi))

    def said(self, name: str, organisation: bool = False, sex: str = "", words: str = "") -> None:
        self.name, self.named_in, self.organisation = name, self.paragraph, organisation
        self.quoted = {k for k, pattern in (("m", QUOTED_HE_RE), ("f", QUOTED_SHE_RE)) if pattern.search(words)}
        if not organisation:  # "his wife said" (nobody named) stands for a person too
            self.person, self.person_in, self.person_sex = name, self.paragraph, sex
            if name and sex:
                self.sexes.update(dict.fromkeys(name.split(), sex))
        self.unread.clear()

    def last(self, personal: bool = False, sex: str = "") -> str:
        """The speaker last named, in this paragraph or within ``CONTINUATION_PARAGRAPHS`` before; or "".
        ``personal`` (the quotation's own verb has "he" or "she" for its subject, ``sex`` "m" or "f" for which):
        the person last named, else the one its pronoun refers back to (``_referent``)."""
        unread = list(self.unread)
        found = self._last(personal)
        if personal and sex and found and not self.told(found) <= {sex}:
            found = ""  # "she said" after John Carter spoke: not his (his sex told by his name or an earlier "he said")
        if personal and sex and not found:
            found = self._referent(unread, sex)
        return found

    def _referent(self, unread: list[tuple[int, str, int, int]], sex: str) -> str:
        """Who "he" or "she" (``sex``: "m" or "f") refers to, read back over the sentences ``unread`` since the
        last quotation: a person named as a speaker, or introduced as a sentence's subject, or the one person named
        in a sentence where the pronoun stands ("Tears began streaming down Curry's face as she thought back"), or
        else the one person a sentence names anywhere (``one_person``), of that sex where the article tells; a
        sentence with the pronoun and no name continues the chain ("He said detectives ...", "Like many students,
        she passionately defends"). ``PRONOUN_GAP_SENTENCES`` sentences at
        most that do neither, ``PRONOUN_PARAGRAPHS`` back at most; reaching the last quotation, its speaker."""
        gap = 0
        oldest = self.paragraph - PRONOUN_PARAGRAPHS
        for paragraph, outside, lo, hi in reversed(unread):
            if paragraph < oldest:
                return ""
            speech = VERB_RE.search(outside, lo, hi)
            if speech:
                name = self._speaker(paragraph, outside, lo, hi)
                if name and not is_organisation(outside, lo, hi, name) and self._may_be(sex, outside, lo, hi, name):
                    return name
                if not name and unnamed_speaks(outside, lo, hi):
                    # "The commissioner says he's put ...": he is the commissioner, named only when the role is one
                    # the article gave a person before ("Gov. Greg Abbott ... / The governor said ... / “...,” he
                    # said": Abbott, as "“...,” the governor said" is)
                    held = self._role_holder(outside, lo, hi)
                    return held if held and self._may_be(sex, outside, lo, hi, held) else ""
            else:
                name = subject_person(outside, lo, hi, self.surnames())
                if name and self._may_be(sex, outside, lo, hi, name):
                    return name
            pronoun = SHE_RE if sex == "f" else HE_RE
            if pronoun.search(outside, lo, hi) or AGE_OPENS_RE.match(outside, lo):
                # with a speech verb the pronoun is who speaks there, not a name beside it ("..., he testified,
                # Timmons pulled the trigger")
                topic = "" if speech else topic_person(outside, lo, hi, self.surnames())
                if topic and self._may_be(sex, outside, lo, hi, topic):
                    return topic
                gap = 0  # the same person goes on
                continue
            if not speech:
                mentioned = one_person(outside, lo, hi, self.surnames())
                if mentioned and self._may_be(sex, outside, lo, hi, mentioned):
                    return mentioned
            gap += 1
            if gap > PRONOUN_GAP_SENTENCES or not self._names_nobody(outside, lo, hi, sex):
                return ""
        # ... unless its words spoke of someone by that pronoun: '“She is the embodiment of beauty,” her agent said'
        person = self.person
        if person and self.person_in >= oldest and same_sex(sex, self.person_sex) and sex not in self.quoted:
            return person if self.told(person) <= {sex} else ""
        return ""

    def _role_holder(self, outside: str, lo: int, hi: int) -> str:
        """The one person a definite role speaking in ``outside[lo:hi]`` stands for (``role_speaker``), named with it
        in the article before that sentence; or ""."""
        sentence = outside[lo:hi].strip()[:ROLE_SENTENCE_KEY]
        at = self.text.find(sentence) if sentence else -1
        return role_speaker(outside, lo, hi, self.text[:at]) if at > 0 else ""

    def named_before(self, outside: str, lo: int, hi: int, sex: str) -> str:
        """The person ``outside[lo:hi]`` (a quotation's own sentence, up to the "he" or "she" of ``sex`` that speaks)
        names as a speaker at its end, when they may be that pronoun; or ""."""
        if not VERB_RE.search(outside, lo, hi):
            return ""
        name = self._speaker(self.paragraph, outside, lo, hi)
        if not name or is_organisation(outside, lo, hi, name) or not self._may_be(sex, outside, lo, hi, name):
            return ""
        return name

    def open_speaker(self, left_open: tuple[str, int], sex: str) -> str:
        """The speaker of the quotation left open in an earlier paragraph (``left_open``: its speaker and paragraph;
        no paragraph between holding a quotation, ``PRONOUN_PARAGRAPHS`` at most), when "he" or "she" (``sex``)
        closing it may be them: ECB+ prints a
        sentence a line, so '“The fire investigators ... are there now. / There's definitely a lot of damage. /
        I've heard the figure ...,” he said.' is one quotation over three paragraphs, its first line after
        "..., Kroon said." given to Kroon; the lines between name nobody, and the pronoun reached no one."""
        name, opened = left_open
        if not name or opened < self.paragraph - PRONOUN_PARAGRAPHS:
            return ""
        return name if self.told(name) <= {sex} else ""

    def _speaker(self, paragraph: int, outside: str, lo: int, hi: int) -> str:
        """Who ``outside[lo:hi]`` (a sentence of ``paragraph``) names as a speaker at its end, as if a quotation
        followed it."""
        return speaker_of(
            outside[lo:hi] + " ", hi - lo, hi - lo + 1, known=self.known, heading=paragraph in self.headings
        )

    def _names_nobody(self, outside: str, lo: int, hi: int, sex: str) -> bool:
        """``outside[lo:hi]`` (a sentence) may stand between a person and the "he" or "she" (``sex``) that refers to
        them: a whole sentence that speaks of nobody else, as "Ideas included turning it into apartments." or "Still,
        the director was taking few chances." do. No speech verb (someone spoke there), no pronoun of the other sex,
        no capitalised word but its first, and that one no name (capitalised mid-sentence in the article, a known
        surname or a given name): "Jackman was abroad ... when his Oscar role was announced", "He died ..., the
        Post stated"; nor a line with no sentence's end (a heading: "`Tragic situation'")."""
        text = outside[lo:hi].strip()
        if not text or text[-1] not in _SENTENCE_ENDS or VERB_RE.search(text):
            return False
        if (_HE_OR_HIM_RE if sex == "f" else _SHE_OR_HER_RE).search(text):
            return False
        for person in _PERSON_NOUN_RE.finditer(text):
            at = person.start()
            if person.group(1) in _PEOPLE and not THE_BEFORE_RE.search(text, max(0, at - 4), at):
                return False  # "His brother arrived an hour later", "A witness saw the car": someone else
        capitals = _CAPITALISED_RE.findall(text)
        if not capitals:
            return True
        if len(capitals) > 1 or not text.startswith(capitals[0]) or capitals[0] == "I":
            return False
        first = capitals[0]
        if first.lower() in FUNCTION_WORDS or fronting(first):
            return True
        if first in self.mid_capitals() or first in self.surnames():
            return False  # a name: "Jackman was abroad ..."
        return not pronouns.sex_of_given_name(first)

    def read_text(self) -> str:
        """The article with a full stop at each paragraph break (``paragraphs_ended``), as the readers of its names
        (``mid_capitals``, ``surnames``, ``known``) read it; built once."""
        if self._read is None:
            self._read = paragraphs_ended(self.text)
        return self._read

    def mid_capitals(self) -> frozenset[str]:
        """Words the article capitalises within a sentence (after a word in lower case or a comma): names."""
        if self._mid_capitals is None:
            self._mid_capitals = frozenset(m.group(1) for m in _MID_CAPITAL_RE.finditer(self.read_text()))
        return self._mid_capitals

    def known(self, word: str) -> bool:
        """``word`` (capitalised, opening a sentence) is a name as the article writes it: capitalised within a
        sentence too (``mid_capitals``, or after a quotation or a title: '"...," Pigeon said', "Mr. Pigeon"), a
        surname (``surnames``) or a given name. A word capitalised only where sentences open ("Moments after the
        shooting", "One said:", "Associates described") names nobody: ``speaker_of`` passes it over."""
        word = re.sub(r"['’]s?$", "", word)
        if pronouns.sex_of_given_name(word) or word in self.mid_capitals() or word in self.surnames():
            return True  # read in this order, each set built once when first asked (most words stop at the first)
        if self._named_words is None:
            self._named_words = frozenset(m.group(1) for m in _NAMED_AFTER_RE.finditer(self.read_text()))
        return word in self._named_words

    def surnames(self) -> frozenset[str]:
        """Words standing after a capitalised word in the article ("Jackson" of "Stephen Jackson"), read once."""
        if self._surnames is None:
            text = self.read_text()
            initialed = (m[2] for m in INITIALED_RE.finditer(text) if m[1].lower() not in FUNCTION_WORDS)
            # a surname after initials alone: "chief of staff H.R. Haldeman" (not a country's: "the U.S. Capitol")
            bare = (m[2] for m in _INITIALS_SURNAME_RE.finditer(text) if m[1].replace(".", "") not in NOT_INITIALS)
            self._surnames = frozenset([*(m.group(1) for m in SURNAME_RE.finditer(text)), *initialed, *bare])
        return self._surnames

    def _may_be(self, sex: str, outside: str, lo: int, hi: int, name: str) -> bool:
        """``name`` (named in ``outside[lo:hi]``) may be the person "he" or "she" (``sex``) stands for: the sex
        its sentence tells (``sex_of``) or an earlier quotation of theirs told is not the other."""
        return same_sex(sex, sex_of(outside, lo, hi, name)) and self.told(name) <= {sex}

    def told(self, name: str) -> set[str]:
        """The sexes the article tells for the person ``name``: as their quotations' pronouns told (``sexes``), or
        their given name (``pronouns.sex_of_given_name``: "Maria Lopez"), or for a surname alone the given name
        of the full name it stands for ("Lopez" after "Maria Lopez"; nothing when the article's full names of it
        tell both sexes: "Mark Felt" and "Joan Felt")."""
        words = name.split()
        found = {self.sexes.get(w, "") for w in words}
        found.add(pronouns.sex_of_given_name(words[0]) if len(words) > 1 else self.surname_sexes().get(words[0], ""))
        return found - {""}

    def surname_sexes(self) -> dict[str, str]:
        """Surnames of the article's full names -> the sex their given names tell, when all tell one; read once."""
        if self._surname_sexes is None:
            seen: dict[str, set[str]] = {}
            for given, surname in FULL_NAME_RE.findall(self.read_text()):
                seen.setdefault(surname, set()).add(pronouns.sex_of_given_name(given))
            one = {w: sexes.pop() for w, sexes in seen.items() if len(sexes) == 1}
            self._surname_sexes = {w: sex for w, sex in one.items() if sex}
        return self._surname_sexes

    def _last(self, personal: bool) -> str:
        reach = self.paragraph - CONTINUATION_PARAGRAPHS
        first = True
        while self.unread and self.unread[-1][0] >= reach:
            paragraph, outside, lo, hi = self.unread.pop()
            # who speaks at the sentence's end, as if a quotation followed it: "Witnesses said the shooter fled,
            # Lt. Gerry Scherlinck said." names Scherlinck (all its verbs at once named nobody: "Witnesses")
            name = ""
            if VERB_RE.search(outside, lo, hi):
                name = self._speaker(paragraph, outside, lo, hi)
            if not name:
                continue
            organisation = is_organisation(outside, lo, hi, name)
            if first:
                self.name, self.named_in, self.organisation = name, paragraph, organisation
                first = False
            if not organisation:
                self.person, self.person_in, self.person_sex = name, paragraph, ""
                break  # an organisation named nearer: read on back to the person ("she told the Washington
                # Post. He died ..., the Post stated. “He slipped away,” she said.": she is Joan Felt, not the Post)
        self.unread.clear()
        if personal:
            return self.person if self.person_in >= reach else ""
        return self.name if self.named_in >= reach else ""


# A paragraph break, as core/load.py's split_paragraphs finds them: a blank line where the text has one (a single line
# break is then a soft wrap inside a paragraph), else every line break (a paragraph a line, as ECB+ and wire copy
# write them).
_BLANK_LINE_RE = RX.compile(r"\n[ \t]*\n")
_BLANK_LINES_RE = RX.compile(r"[ \t]*\n[ \t]*\n\s*")
_LINE_BREAKS_RE = RX.compile(r"[ \t]*\n\s*")


def paragraphs_ended(text: str) -> str:
    """``text`` with ``" .\n"`` at each paragraph break: a word opening a paragraph follows a sentence's end, never a
    word in lower case, a closing quotation mark or a capitalised word across the break. A heading with no full stop
    ("Gary Ross Will Not Direct 'Hunger Games' Sequel" / "Filmmaker says he cannot commit ...", ECB+ 6) made
    "Filmmaker" a word capitalised within a sentence and a surname after "Sequel", so a role opening the next line
    passed for a name."""
    breaks = _BLANK_LINES_RE if _BLANK_LINE_RE.search(text) else _LINE_BREAKS_RE
    return breaks.sub(" .\n", text)


# What ``Named._names_nobody`` reads as speaking of another person: people named by a noun ("his brother", "a
# witness", "welcome police"; "the director" may be the person the pronoun refers to), a pronoun of the other sex, a
# capitalised word after a sentence's first, and a sentence's end (a heading has none).
_PERSON_NOUN_RE = RX.compile(r"\b([a-z]+)\b")
_PEOPLE = frozenset(
    ROLE_NOUNS
    | NOT_SPEAKING_ROLES
    | {t for t in TITLES if len(t) > 3}
    | {w.lower() for w in ROLE_SUBJECTS.split("|")}
    | set("man woman men women boy girl boys girls person people someone somebody child children".split())
)
_SENTENCE_ENDS = ".!?\"”’'"
_CAPITALISED_RE = RX.compile(r"\b[A-Z][\w'’-]*")
_MID_CAPITAL_RE = RX.compile(r"[a-z,;]\s+([A-Z][\w'’-]*)")  # a capital within a sentence: a name
# ... and after a quotation's closing mark or a title's full stop ('"...," Pigeon said', "Mr. Pigeon"): ``known``
_INITIALS_SURNAME_RE = RX.compile(r"(?<![\w.])((?:[A-Z]\.){1,3})\s+([A-Z][\w'’-]+)")
_NAMED_AFTER_RE = RX.compile(
    r"(?:[”\"’']|\b(?:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.)\s+([A-Z][\w'’-]*)"
)
_HE_OR_HIM_RE = RX.compile(pronouns.pattern("m", capital=True))
_SHE_OR_HER_RE = RX.compile(pronouns.pattern("f", capital=True))
