"""Review s23's quotation findings and its contradiction finding, through the real compare path (article files
written and compared): F8 a quotation of two sentences, F29 a quotation given to another speaker, F22 straight
single quotes, F35 an honest omission or insertion, F17 a contradiction in words. Each test failed before."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.load import split_paragraphs
from reportdiff.core.quotes import REWORDED, SAME, TRIMMED, find_quotes, quotes_in_text, relation
from reportdiff.core.segment import segment

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, killing 17 people, the coastguard said."


def _pair(tmp_path: Path, first: str, second: str) -> list[m.Link]:
    """The links between the second paragraphs of two articles that share LEAD as their first."""
    report = compare_texts(tmp_path, {"agency.txt": f"{LEAD}\n\n{first}", "rewrite.txt": f"{LEAD}\n\n{second}"})
    return [link for link in report.links if link.source.sentence > 0 and link.target.sentence > 0]


def test_a_quotation_of_two_sentences_is_compared_in_each_sentence(tmp_path: Path) -> None:
    """F8: '"A. B," she said.' is cut in two by the sentence ends; the quoted words of each sentence are still a
    quotation, so the rewrite's "must know" for the agency's "need to know" is a discrepancy."""
    agency = (
        'Regional governor Marta Ilves said the weather had been calm. "We are doing everything possible to find '
        'those still missing. The weather was calm, and we need to know why this happened," she said.'
    )
    rewrite = 'Governor Marta Ilves said the weather was calm and "we must know why this happened".'
    links = _pair(tmp_path, agency, rewrite)
    flagged = [link for link in links if m.QUOTE_MISMATCH in link.flags]
    assert len(flagged) == 1 and flagged[0].kind == m.DISCREPANCY
    assert "“The weather was calm, and we need to know why this happened,” vs “we must know" in flagged[0].notes[0]


def test_find_quotes_in_a_sentence_that_cuts_a_quotation() -> None:
    """F8: an opening mark left open runs to the sentence's end; a closing mark first closes words from its
    start; straight double marks pair by count, so glued copy ('unfortunately."People') pairs as written."""
    assert [q.text for q in find_quotes('"We are doing everything possible to find those still missing.')] == [
        "We are doing everything possible to find those still missing."
    ]
    assert [q.text for q in find_quotes('The weather was calm, and we need to know why," she said.')] == [
        "The weather was calm, and we need to know why,"
    ]
    assert [q.text for q in find_quotes("It’s great to have a guy like Will on the team.”")] == [
        "It’s great to have a guy like Will on the team."
    ]
    glued = '"Very tragic scene, unfortunately."People say they are not surprised."They are killing all the children."'
    assert [q.text for q in find_quotes(glued)] == [
        "Very tragic scene, unfortunately.",
        "They are killing all the children.",
    ]


@pytest.mark.parametrize(
    ("first", "second", "who"),
    [
        (
            '"Divers recovered 11 bodies from the hull overnight," coastguard spokesman Pavel Dorn said.',
            '"Divers recovered 11 bodies from the hull overnight," Governor Marta Ilves said.',
            "Pavel Dorn vs Governor Marta Ilves",
        ),
        (
            'Governor Marta Ilves said: "We need to know why this happened."',
            'Prime Minister Jonas Berg said: "We need to know why this happened."',
            "Governor Marta Ilves vs Prime Minister Jonas Berg",
        ),
    ],
)
def test_the_same_quotation_given_to_another_speaker_is_a_discrepancy(
    tmp_path: Path, first: str, second: str, who: str
) -> None:
    """F29: the same words, two speakers who share no name (a title alone, "Minister", is no name)."""
    (link,) = _pair(tmp_path, first, second)
    assert link.kind == m.DISCREPANCY and link.flags == (m.QUOTE_SPEAKER,)
    assert link.notes[0].startswith(f"quote attributed differently: {who}: “")


@pytest.mark.parametrize(
    "second",
    [
        '"Divers recovered 11 bodies from the hull overnight," Dorn said.',  # the same man, named shorter
        '"Divers recovered 11 bodies from the hull overnight," he told the Kellford Herald.',  # told: the listener
        '"Divers recovered 11 bodies from the hull overnight," said Dorn, coastguard spokesman.',
    ],
)
def test_the_same_speaker_named_otherwise_is_no_misattribution(tmp_path: Path, second: str) -> None:
    """F29's guard: "Dorn" is "Pavel Dorn"; a newspaper told is not who spoke."""
    first = '"Divers recovered 11 bodies from the hull overnight," coastguard spokesman Pavel Dorn said.'
    assert all(m.QUOTE_SPEAKER not in link.flags for link in _pair(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "'We need to know why this happened,' said Governor Marta Ilves.",
            "'We must know why this happened,' said Governor Marta Ilves.",
        ),
        (
            "Governor Marta Ilves said: 'We need to know why this happened.'",
            "Governor Marta Ilves said: 'We must know why this happened.'",
        ),
    ],
)
def test_straight_single_quotes_are_quotations(tmp_path: Path, first: str, second: str) -> None:
    """F22: British-style straight single quotes, changed word for word, are a quote wording discrepancy."""
    (link,) = _pair(tmp_path, first, second)
    assert link.flags == (m.QUOTE_MISMATCH,)


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        ("It's clear the ministers' decision was made in the '90s, Ilves' office said.", []),
        ("They played rock 'n' roll until the 'em dash debate, the band's manager said.", []),
        ("'The ministers' decision was wrong,' he said.", ["The ministers' decision was wrong,"]),
        ("Ilves said it was 'vital' to know why, and the Joneses' lawyer agreed.", ["vital"]),
        # the inner quotation is part of the outer one, not listed again (review s27)
        ("“He told me, 'we are leaving now,' and left,” she said.", ["He told me, 'we are leaving now,' and left,"]),
    ],
)
def test_apostrophes_are_not_quotation_marks(sentence: str, quotes: list[str]) -> None:
    """F22's guard: apostrophes inside words, possessives ("ministers'", "Joneses'"), elisions ("'90s", "'n'",
    "'em") open or close nothing; a quotation holding a possessive closes at its own mark."""
    assert sorted(q.text for q in find_quotes(sentence)) == sorted(quotes)


FULL = (
    '"We are doing everything possible to find those still missing, and we need to know why this happened," said '
    "Governor Marta Ilves."
)


@pytest.mark.parametrize(
    ("second", "note"),
    [
        (
            '"We are doing everything possible ... and we need to know why this happened," said Governor Marta Ilves.',
            "quote shortened",
        ),
        (
            '"We are doing everything possible … and we need to know why this happened," said Governor Marta Ilves.',
            "quote shortened",
        ),
        (
            '"We are doing everything possible to find those still missing, and [the government] need[s] to know why '
            'this happened," said Governor Marta Ilves.',
            "editorial insertion in quote",
        ),
    ],
)
def test_an_honest_omission_or_insertion_is_a_note_not_a_discrepancy(tmp_path: Path, second: str, note: str) -> None:
    """F35: words left out at a marked ellipsis, or put in brackets, are an editor's honest marks: a note on the
    link, which stays an agreement."""
    (link,) = _pair(tmp_path, FULL, second)
    assert link.kind == m.AGREEMENT and link.flags == ()
    assert link.notes[0].startswith(f"{note} (Governor Marta Ilves): “")


def test_a_changed_word_beside_an_ellipsis_stays_a_discrepancy(tmp_path: Path) -> None:
    """F35's other half: the words that remain differ ("must" for "need")."""
    second = '"We are doing everything possible ... and we must know why this happened," said Governor Marta Ilves.'
    (link,) = _pair(tmp_path, FULL, second)
    assert link.kind == m.DISCREPANCY and link.flags == (m.QUOTE_MISMATCH,)


def test_one_quotation_is_told_from_two_quotations() -> None:
    """Two quotations sharing a few scattered words ("the Oscars") are not one quotation reworded; the seeds'
    Assad quotation is."""
    assert relation(
        "I am so excited to be hosting the Oscars for the second time.",
        "We are thrilled to have Ellen DeGeneres host the Oscars,",
    ) is None
    assert relation(
        "Terrorists only understand the language of power, and we will use it to crush them.",
        "Terrorists only know the language of force and it is the language we will crush them with,",
    ) == REWORDED
    assert relation("we need to know why this happened", "We need to know why this happened.") == SAME
    assert relation("her (Tara Reid) family's privacy at this time", "her family's privacy at this time") == TRIMMED


@pytest.mark.parametrize(
    ("first", "second", "note"),
    [
        (
            "The captain of the ferry has been arrested on suspicion of negligence, police said.",
            "The captain of the ferry has not been arrested, police said.",
            "“not” in one sentence only",
        ),
        (
            "Police confirmed that the captain had been drinking before the crossing.",
            "Police denied that the captain had been drinking before the crossing.",
            "“confirmed” vs “denied”",
        ),
        (
            "The ferry's captain was found alive on Wednesday, the coastguard said.",
            "The ferry's captain was found dead on Wednesday, the coastguard said.",
            "“alive” vs “dead”",
        ),
        (
            "Tamsin Lines said the ferry had passed its last safety inspection.",
            "Tamsin Lines said the ferry had failed its last safety inspection.",
            "“passed” vs “failed”",
        ),
    ],
)
def test_a_contradiction_in_words_is_no_agreement(tmp_path: Path, first: str, second: str, note: str) -> None:
    """F17: a negation put in, or a word put for its opposite, in an otherwise matching link."""
    links = [link for link in _pair(tmp_path, first, second) if link.similarity > 0.9]
    assert [(link.kind, link.flags, link.notes) for link in links] == [
        (m.DISCREPANCY, (m.WORDING_CONTRADICTS,), (f"wording contradicts: {note}",))
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The captain did not answer questions, police said.", "The captain didn't answer questions, police said."),
        (
            "No gun has been recovered, police said on Tuesday.",
            "The gun has not been recovered, police said on Tuesday.",
        ),
        (
            "The ferry's captain was not found, and police had no suspects, the coastguard said.",
            "The ferry's captain was not found, the coastguard said.",
        ),
        ("The cause of the sinking was unknown, police said.", "The cause of the sinking was not known, police said."),
    ],
)
def test_the_same_negation_said_otherwise_is_no_contradiction(tmp_path: Path, first: str, second: str) -> None:
    """F17's guard: "didn't" for "did not", "No gun" for "The gun has not", "unknown" for "not known", and a
    negated clause one sentence adds are no contradiction."""
    assert all(m.WORDING_CONTRADICTS not in link.flags for link in _pair(tmp_path, first, second))


def _article_quotes(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(quoted words, speaker) of each quotation piece ``quotes_in_text`` finds, the article's sentences as the
    pipeline segments them."""
    text = "\n\n".join(paragraphs)
    sentences = segment(text, split_paragraphs(text))
    return [(q.text, q.speaker) for found in quotes_in_text(text, sentences) for q in found]


def test_a_quotation_read_over_its_paragraph_takes_the_speaker_named_there() -> None:
    """F8's second half (quotes.quotes_in_text, for compare.py to call per article): "she said" and a quotation
    going on after '"...," Pavel Dorn said.' take the speaker named before them in the paragraph; the middle
    sentence of a quotation of three is quoted too; "his wife said" names nobody."""
    found = _article_quotes(
        [
            'Regional governor Marta Ilves said the weather had been calm. "We are doing everything possible to find '
            'those still missing. The weather was calm, and we need to know why this happened," she said.',
            '"Divers recovered 11 bodies from the hull overnight," coastguard spokesman Pavel Dorn said. "The search '
            'will continue as long as there is any chance of finding survivors."',
            '"We searched the lake. We looked everywhere for them. We found no one," Dorn said.',
            'Jonas Berg said the ferry left early. "We lost everything we had on board," his wife said.',
        ]
    )
    assert found == [
        ("We are doing everything possible to find those still missing.", "Marta Ilves"),
        ("The weather was calm, and we need to know why this happened,", "Marta Ilves"),
        ("Divers recovered 11 bodies from the hull overnight,", "Pavel Dorn"),
        ("The search will continue as long as there is any chance of finding survivors.", "Pavel Dorn"),
        ("We searched the lake.", "Dorn"),
        ("We looked everywhere for them.", "Dorn"),
        ("We found no one,", "Dorn"),
        ("We lost everything we had on board,", ""),
    ]


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        # opened with a straight mark, closed with a curly one (and the other way round)
        ('His daughter said he had a brain tumor "for at least 15 years” and that it played a role.',
         [("for at least 15 years", "")]),
        ("“The bad news is that this patch is very wide-reaching,\" he says.",
         [("The bad news is that this patch is very wide-reaching,", "")]),
        # a subject that names nobody spoke: not the name read elsewhere in the sentence
        ('"Stay down, or we will shoot you again," police said once Gray had been hit, according to the Times.',
         [("Stay down, or we will shoot you again,", "")]),
        ("Lohan left because “she was not happy with the place,” her father said.",
         [("she was not happy with the place,", "")]),
        # a name's appositive missing its second comma, and "when asked", still give the name
        ('"Dissolution has taken four years," Robert McFarlane, an assistant attorney general said Tuesday.',
         [("Dissolution has taken four years,", "Robert McFarlane")]),
        ("“We are a totally different team,” Greg McDermott said when asked about the game.",
         [("We are a totally different team,", "Greg McDermott")]),
    ],
)
def test_mixed_marks_and_unnamed_speakers(sentence: str, quotes: list[tuple[str, str]]) -> None:
    """A quotation whose two double marks differ is one quotation; "police said", "her father said" name nobody."""
    assert [(q.text, q.speaker) for q in find_quotes(sentence)] == quotes


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("the ferry capsized, killing 17 people, police said.", "the ferry capsized, killing 17 people, the ferry "
         "operator said.", "police vs the ferry operator"),
        ("the ferry capsized, killing 17 people, according to the coastguard.",
         "the ferry capsized, killing 17 people, according to Reuters.", "the coastguard vs Reuters"),
        # guards: the same source written short or with a modifier, a pronoun, a date added beside the source
        ("the ferry capsized, killing 17 people, the CHP said.",
         "the ferry capsized, killing 17 people, the California Highway Patrol said.", None),
        ("the ferry capsized, killing 17 people, the coastguard said.",
         "the ferry capsized, killing 17 people, the regional coastguard said.", None),
        ("the ferry capsized, killing 17 people, police said.",
         "the ferry capsized, killing 17 people, he said.", None),
        ("the ferry capsized, killing 17 people, police said.",
         "the ferry capsized, killing 17 people, police said on Wednesday.", None),
    ],
)
def test_the_same_claim_attributed_to_another_source(
    tmp_path: Path, first: str, second: str, flagged: str | None
) -> None:
    """F29's other half: the same words, another source ("police said" / "the ferry operator said")."""
    links = _pair(tmp_path, f"On Lake Tamsin on Tuesday {first}", f"On Lake Tamsin on Tuesday {second}")
    notes = [note for link in links for note in link.notes if note.startswith("attributed to another source")]
    assert notes == ([f"attributed to another source: {flagged}"] if flagged else [])
    assert all((m.SOURCE_DIFFERS in link.flags) == bool(flagged) for link in links)
