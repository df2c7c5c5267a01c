"""Review s25's quotation findings, in the shapes of the tuning articles (court and crime reports): F3 speakers with
an abbreviated title ("said Sgt. Dale Horner") and sentence openers read as speakers ("When asked ..."); F9 a short
quotation worded two ways ("Mommy, mommy, I've been hit" / "Mommy, Mommy, I got hit"); F8 (its uncertainty half) "it
isn't clear whether X" against "X". Each test failed before."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.load import split_paragraphs
from reportdiff.core.negation import contradiction
from reportdiff.core.quotes import REWORDED, SAME, find_quotes, quotes_in_text, relation
from reportdiff.core.segment import segment
from reportdiff.core.worddiff import word_diff

LEAD = "Two men were shot dead outside a bar on Harlan Street on Saturday night, police said."


def _pair(tmp_path: Path, first: str, second: str) -> list[m.Link]:
    """The links between the second paragraphs of two articles that share LEAD as their first."""
    report = compare_texts(tmp_path, {"agency.txt": f"{LEAD}\n\n{first}", "rewrite.txt": f"{LEAD}\n\n{second}"})
    return [link for link in report.links if link.source.sentence > 0 and link.target.sentence > 0]


def _speakers(paragraph: str) -> list[tuple[str, str]]:
    """(quoted words, speaker) of each quotation of one paragraph, segmented as the pipeline does."""
    sentences = segment(paragraph, split_paragraphs(paragraph))
    return [(q.text, q.speaker) for found in quotes_in_text(paragraph, sentences) for q in found]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"Three men started shooting," said Sgt. Dale Horner, a homicide investigator.', "Dale Horner"),
        ('"Three men started shooting," said Lt. Dale Horner of the gang unit.', "Dale Horner"),
        ("“We will rebuild every house in this town,” said Capt. Mark Hale.", "Mark Hale"),
        ("“We will rebuild every house in this town,” said Mr. Mark Hale, the mayor.", "Mark Hale"),
        ("“We have no idea what caused it,” the Rev. Paul Kern said.", "Paul Kern"),
        ("Dist. Atty. Ann Cole said, “This is the kind of crime the law was made for.”", "Ann Cole"),
    ],
)
def test_the_speaker_after_a_title_is_the_name(paragraph: str, speaker: str) -> None:
    """F3: the title's full stop ended the sentence (speaker "Sgt", or none) or the clause ("Capt"); the speaker is
    the name after the title."""
    assert [who for _words, who in _speakers(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "When asked about the friend being shot in the foot, he then answered, “I don't know.”",
        "Such a request would be a difficult thing to say “no” to, given all the attention.",
        "Known as “the man who never sleeps,” he was described by his family as a devoted father of three.",
    ],
)
def test_a_sentence_opener_is_no_speaker(paragraph: str) -> None:
    """F3: a capitalised word opening the sentence ("When", "Such") or a speech verb in the passive ("he was
    described by ...") names no speaker."""
    assert [who for _words, who in _speakers(paragraph)] == [""]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # F16 (minor): "X was quoted as saying" names X
        ("Hale was quoted as saying “the town will be rebuilt house by house.”", "Hale"),
        ("“Two people were hurt,” county governor Ali Rezaei was quoted as saying.", "Ali Rezaei"),
        ("“The cops jumped out so fast,” the Daily Post quoted witness Dion Brown as saying.", "Dion Brown"),
        # what "saying" brings must not give the speaker to a name that did not speak
        ("“It doesn't hurt that he looks amazing in a suit,” People quoted him as saying.", ""),
        ("Beat writer Lee Hold puts it in one line, saying Bush “could sit out the final two games.”", "Lee Hold"),
        ("His friends raised money for him on a GoFundMe page, saying he is “fighting for his life now.”", ""),
        ("It described Mr. Banks as “a compassionate and dedicated leader who will be missed.”", ""),
        # a title inside a longer run of capitals: the name after it
        ("Oklahoma Sen. Jim Hale said in a statement the rules were “common-sense changes to a law.”", "Jim Hale"),
    ],
)
def test_saying_and_quoted_as_saying(sentence: str, speaker: str) -> None:
    """The speaker of "saying" is before it, never the name after it; "quoted X as saying" names X."""
    assert [q.speaker for q in find_quotes(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # two speakers, two quotations: each is introduced by the verb nearest it
        (
            "Police chief Ray Kell told the Times there was “nothing to indicate that this was wrong” while John C. "
            "Cera, the former commander for training, said “it appears to be a good shooting” under the rules.",
            ["Ray Kell", "John C. Cera"],
        ),
        # "and added" shares the subject of "said"; a name told something is the listener, whatever verb follows
        (
            "Lyons said that Comeaux used a wheelchair in prison and added, “Since he fled on foot, that is in "
            "question.”",
            ["Lyons"],
        ),
        (
            "Steele told the Anchorage Daily News that investigators see the blaze as “potential arson” and said it "
            "was too early to say more.",
            ["Steele"],
        ),
        # a pronoun opening the sentence spoke, not the name in the clause after the verb
        ("He said it was “remarkable” that Dr. Ann Benz has done her work there.", [""]),
        # a negated verb introduces nothing; a blanked quotation does not put a name after a preposition
        (
            "Dow never said a word before “instantly” going for the women, who were his target, said Chinsky.",
            ["Chinsky"],
        ),
        ("Both women had been dead there for “days,” Milotte said.", ["Milotte"]),
    ],
)
def test_the_verb_nearest_the_quotation_names_its_speaker(sentence: str, speakers: list[str]) -> None:
    """With "saying" a speech verb and titles read, several verbs in one sentence pick their quotation's speaker."""
    assert [q.speaker for q in find_quotes(sentence)] == speakers


@pytest.mark.parametrize(
    ("first", "second", "who"),
    [
        (
            '"Three or four men showed up with guns and started shooting," said Sgt. Dale Horner.',
            '"Three or four men showed up with guns and started shooting," said Lt. Mark Hale.',
            "Dale Horner vs Mark Hale",
        ),
        (
            "“Three or four men showed up with guns and started shooting,” said Mr. Dale Horner, a neighbour.",
            "“Three or four men showed up with guns and started shooting,” said Mr. Mark Hale, the owner.",
            "Dale Horner vs Mark Hale",
        ),
    ],
)
def test_one_quotation_given_to_two_titled_people_is_a_discrepancy(
    tmp_path: Path, first: str, second: str, who: str
) -> None:
    """F3: the same quotation given to two people who each have a title read "agreement" before."""
    (link,) = _pair(tmp_path, first, second)
    assert link.kind == m.DISCREPANCY and m.QUOTE_SPEAKER in link.flags
    assert link.notes[0].startswith(f"quote attributed differently: {who}: “")


def test_a_sentence_opener_gives_no_false_misattribution(tmp_path: Path) -> None:
    """F3: "When asked who fired, Coleman told the jury" was "quote attributed differently: Coleman vs When"."""
    links = _pair(
        tmp_path,
        "“Jermayne fired the shot,” Coleman told the jury on Tuesday.",
        "When asked who fired, Coleman told the jury on Tuesday, “Jermayne fired the shot.”",
    )
    assert links and all(m.QUOTE_SPEAKER not in link.flags for link in links)


@pytest.mark.parametrize(
    ("a", "b", "how"),
    [
        ("Mommy, mommy, I've been hit,", "' Mommy, Mommy, I got hit.", REWORDED),
        ("The man is petrified,", "The man is an emotional wreck,", REWORDED),
        # a contraction written out is the same wording
        ("Somebody help me, my daughter's been shot.", "My daughter has been shot.", SAME),
        # short, but far shorter than the other, or sharing only a possessive and the words around it
        (
            "the purposes of the [Clean Water Act].",
            "The new rules weaken the foundation of the Clean Water Act and make it easier to cut corners.",
            None,
        ),
        (
            "We love Ann Lee's fantastic LANTERN series.",
            "the second installment of Ann Lee's best-selling 'Lantern' series.",
            None,
        ),
    ],
)
def test_a_short_quotation_worded_two_ways(a: str, b: str, how: str | None) -> None:
    """F9: a quotation of five words or fewer, all but one in order in the other rendering (contractions written
    out), is one quotation reworded; before, five words in order were asked of every quotation."""
    assert relation(a, b) == how


def test_a_childs_words_quoted_two_ways_are_flagged(tmp_path: Path) -> None:
    """F9 through the compare path: the two renderings of the girl's cry are "quote wording differs"."""
    links = _pair(
        tmp_path,
        "The mother said her daughter cried out “Mommy, mommy, I've been hit,” and then fell down the steps.",
        "After the girl was shot, she cried out, “Mommy, Mommy, I got hit,” and fell down the steps.",
    )
    assert any(m.QUOTE_MISMATCH in link.flags for link in links)


@pytest.mark.parametrize(
    ("a", "b", "note"),
    [
        (
            "Police said it isn't clear whether the gunman took his own life.",
            "Police said the gunman took his own life.",
            "“isn't clear whether” in one sentence only",
        ),
        (
            "The paper says it is not yet known whether the gunman took his own life or was shot by the guards.",
            "The paper says the gunman took his own life, police said.",
            "“is not yet known whether” in one sentence only",
        ),
        # both uncertain, or the clause after the frame not the other's: no contradiction
        (
            "Police said it isn't clear whether the gunman took his own life.",
            "Police said it is unclear if the gunman took his own life.",
            None,
        ),
        (
            "It isn't clear whether the gunman acted alone, police said.",
            "The gunman fled the scene, police said.",
            None,
        ),
    ],
)
def test_uncertain_against_asserted(a: str, b: str, note: str | None) -> None:
    """F8: "it isn't clear whether X" where the other sentence says X is one sentence saying the contrary."""
    assert contradiction(word_diff(a, b)) == note


def test_uncertain_against_asserted_through_compare(tmp_path: Path) -> None:
    """F8 through the compare path: the link is a discrepancy flagged "wording contradicts"."""
    links = _pair(
        tmp_path,
        "Police said it isn't clear whether the gunman took his own life.",
        "Police said the gunman took his own life.",
    )
    assert [link.flags for link in links] == [(m.WORDING_CONTRADICTS,)]
