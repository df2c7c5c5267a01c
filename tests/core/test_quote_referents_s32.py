"""Session 32: "he said" / "she said" naming nobody refers back across paragraphs to a person named in a form the
resolver missed: after a phrase fronted before the subject, in an appositive after a role opening the sentence, and
at the opening of a quotation printed over several paragraphs. Texts written in the shapes found on the tuning
articles (no article copied). Each case failed before unless marked kept."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of  # tests/core/quotetexts.py


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle phrase fronted
        (
            "Reached by telephone on Monday, Jim O'Brien declined to discuss the decision.\n\n"
            '"I am not going to have any discussion about this," he said.',
            ["Jim O'Brien"],
        ),
        # a preposition's phrase, a surname known from the full name before
        (
            "Karen Olson wrote to the board in August.\n\nIn the letter, Olson blames the state for the losses.\n\n"
            '"There are some who would say that we were victims of our own idealism," she wrote.',
            ["Olson"],
        ),
        # a subordinate clause naming someone else, the subject after its comma
        (
            "While offering his congratulations to Tyler Hansbrough, Phil Ford is quick to add a caution.\n\n"
            '"We never cared who scored the ball at all," he says.',
            ["Phil Ford"],
        ),
        # an owner before the name is no part of it
        (
            "In a blog post, Microsoft's Dustin Childs advised users to change their settings.\n\n"
            '"This may affect the usability of some sites," he said.',
            ["Dustin Childs"],
        ),
        # kept: a pronoun after the comma is the subject ("After Abdulazeez returned, he ...": his friend's account)
        (
            "After Mo Abdulazeez returned, he seemed more mellow, his friend said.\n\n"
            '"He used it to de-stress when things were difficult at home," he said.',
            [""],
        ),
        # kept: a line opening in lower case continues a sentence whose subject stands before it
        (
            "Ultimately, the family persuaded him to go public;\n\nafter all, Bob Woodward was sure to profit.\n\n"
            '"We could make at least enough money to pay some bills," she told her father.',
            [""],
        ),
    ],
)
def test_a_subject_after_a_fronted_phrase(text: str, expected: list[str]) -> None:
    """The subject after a phrase fronted before it ("Reached by telephone, O'Brien declined") is who "he" is."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owned role, the name between commas, an appositive of its own after it
        (
            "His barber, Julian Clark, also black, concurred.\n\n"
            '"They have a hard time because there is a lot of crime in the neighborhood," he said.',
            ["Julian Clark"],
        ),
        # a long role with names inside it; the verb after an auxiliary and "not"; a sentence of "he" between
        (
            "A professor of economics at the University of Athens, Yanis Varoufakis, did not go to work today.\n\n"
            "But he rode his bicycle into the city to survey the damage.\n\n"
            '"What I did witness was the battlefields after the troops had departed," he said.',
            ["Yanis Varoufakis"],
        ),
        # a person of one name after an owned role
        (
            "Ultimately, his daughter, Joan, persuaded the family to go public.\n\n"
            '"We could make at least enough money to pay some bills," she told her father.',
            ["Joan"],
        ),
        # kept: the subject of a passive is not who speaks next
        (
            "Her neighbour, Alice Reed, was taken to hospital.\n\n"
            '"It could have been any one of us in that building," she said.',
            [""],
        ),
    ],
)
def test_a_name_apposed_to_a_role(text: str, expected: list[str]) -> None:
    """A name between commas after a role opening the sentence ("His barber, Julian Clark, concurred") is its
    subject, and the person a pronoun after it may stand for."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence a paragraph (ECB+'s form): the first line takes the speaker named before, the last says "he"
        (
            "The church was heavily damaged by flames and smoke, Larry Kroon said.\n\n"
            "\u201cThe fire investigators and insurance people are there now.\n\n"
            "There's definitely a lot of damage.\n\n"
            "I've heard the figure of $1 million, but I don't know for sure,\u201d he said.",
            ["Larry Kroon", "Larry Kroon"],
        ),
    ],
)
def test_he_said_closing_a_quotation_over_paragraphs(text: str, expected: list[str]) -> None:
    """A "he said" closing a quotation opened in an earlier paragraph names the speaker its opening was given."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a man's given name: "she" is not him
        (
            '"We are searching the whole area tonight," John Carter said.\n\n'
            '"It was terrifying to watch it all from the window," she said.',
            ["John Carter", ""],
        ),
        # a surname alone, its full name before it telling a woman: "he" is not her
        (
            "Maria Lopez, the police chief, arrived at noon.\n\n"
            '"We closed the road at once," Lopez said.\n\n'
            '"It was the right call for everyone on the street," he said.',
            ["Lopez", ""],
        ),
        # kept: a woman's given name and "she"
        (
            '"We closed the road at once," Maria Lopez said.\n\n"It was the right call for everyone," she said.',
            ["Maria Lopez", "Maria Lopez"],
        ),
        # kept: two people of one surname, a man and a woman: the surname tells nothing
        (
            "Joan Felt persuaded her father, Mark Felt, to go public.\n\n"
            '"We could make enough money to pay some bills," Felt said.\n\n'
            '"It was the only way to do it for the family," he said.',
            ["Felt", "Felt"],
        ),
    ],
)
def test_a_given_name_tells_who_the_pronoun_is_not(text: str, expected: list[str]) -> None:
    """A speaker whose given name (or their surname's full name in the article) tells the other sex is not who "he"
    or "she" names."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role in lower case before the name, an appositive after it
        (
            "Anchorage lawyer William Ingaldson, the building's owner, was there to inspect the damage.\n\n"
            "He said he had owned the property for six or seven years.\n\n"
            '"None of it was insured by anyone," he said.',
            ["William Ingaldson"],
        ),
        # a title of several words, the first capitalised
        (
            "Assistant chief fire officer Peter Guest admitted it was impossible to save the building.\n\n"
            '"The fire grew very rapidly and there was a large explosion," he said.',
            ["Peter Guest"],
        ),
        # a surname with an apostrophe, known from the full name before
        (
            "The club fired Jim O'Brien after one season.\n\n"
            "Reached by telephone yesterday, O'Brien declined to comment.\n\n"
            '"I am not going to have any discussion about this," he said.',
            ["O'Brien"],
        ),
        # kept: a verb before the name makes it the object
        (
            'Police arrested John Smith later that night.\n\n"We had been watching the house for a week," he said.',
            [""],
        ),
        # kept: a plural subject and its verb before the name, whatever follows it
        (
            "Investigators believe John Smith acted alone.\n\n"
            '"There is no sign that anyone else was involved," he said.',
            [""],
        ),
    ],
)
def test_a_role_in_lower_case_before_the_name(text: str, expected: list[str]) -> None:
    """A person named after a role in lower case ("Anchorage lawyer William Ingaldson") is the sentence's subject."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "has" after an adverb is the verb, not an auxiliary
        (
            "Doug McDermott broke the record in the first half.\n\n"
            "McDermott now has 2,029 points in 106 games, but who is counting?\n\n"
            '"It is a special feeling that I cannot explain," he said.',
            ["McDermott"],
        ),
        # kept: "has been" is an auxiliary before a passive
        (
            "Doug McDermott broke the record in the first half.\n\n"
            "McDermott has been suspended for the next game.\n\n"
            '"It is a special feeling that I cannot explain," he said.',
            [""],
        ),
    ],
)
def test_has_as_a_verb(text: str, expected: list[str]) -> None:
    """A subject followed by "has" as a verb of its own ("McDermott now has 2,029 points") is who "he" may be."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one person the sentence before names, after the verb
        (
            "Brady Quinn started the game.\n\nA big reason why was Quinn, who was just 10 of 22 for 162 yards.\n\n"
            '"This game was without a doubt on my shoulders," he said.',
            ["Quinn"],
        ),
        # ... as an indirect object, after a fronted phrase
        (
            "Doug McDermott weighed the offers.\n\nIn the end, those factors appealed more to McDermott than money.\n\n"
            '"I believe I am going to play in the NBA one day," he said.',
            ["McDermott"],
        ),
        # kept: the one acted on
        (
            "Police arrested John Smith later that night at his home.\n\n"
            '"We had been watching the house for a week," he said.',
            [""],
        ),
        # kept: named as the suspect
        (
            "Officers chased the suspect John Smith for a mile.\n\n"
            '"We had been watching the house for a week," he said.',
            [""],
        ),
        # kept: the subject of a passive
        (
            'Debbie Hiller was escorted from the property.\n\n"I planned on going right home after that," she said.',
            [""],
        ),
        # kept: two people named
        (
            "Garrard threw the ball over the head of Reggie Williams.\n\n"
            '"I thought it was not the best coverage," he said.',
            [""],
        ),
    ],
)
def test_the_one_person_the_sentence_before_names(text: str, expected: list[str]) -> None:
    """The only person named anywhere in the sentence before "he said" is who "he" is, unless acted on."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will find them," said Police Commissioner Raymond W. Kelly.', ["Commissioner Raymond W. Kelly"]),
        ('Raymond W. Kelly, the police commissioner, said "the case is closed."', ["Raymond W. Kelly"]),
        ('"No comment," said Patrick J. Buchanan, the former candidate.', ["Patrick J. Buchanan"]),
        # kept: no middle initial
        ('"No comment," said Patrick Buchanan.', ["Patrick Buchanan"]),
        # an initial alone before a surname is the name's too (session 37: was "Smith")
        ('"No," said J. Smith.', ["J. Smith"]),
    ],
)
def test_a_middle_initial_is_part_of_the_name(text: str, expected: list[str]) -> None:
    """A name with a middle initial ("Raymond W. Kelly") is one name: the initial split it, and the speaker read
    "Kelly" (or, after an appositive, nobody)."""
    assert speakers_of(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police Chief Mark Lopez spoke to reporters. The suspect, John Smith, fled the scene on foot.\n\n"
            '"We are still looking for him," he said.',
            [""],
        ),
        ('The gunman, John Smith, opened fire at the party.\n\n"It was chaos," he said.', [""]),
        # kept: a victim may speak next; another role apposed
        ('The victim, John Smith, told police he was robbed.\n\n"They took everything," he said.', ["John Smith"]),
        ('His barber, Julian Clark, also black, concurred.\n\n"It was time," he said.', ["Julian Clark"]),
    ],
)
def test_the_suspect_apposed_is_not_the_next_speaker(text: str, expected: list[str]) -> None:
    """A person apposed to "the suspect" or "the gunman" is who a crime report is about, not the "he" of the next
    paragraph's quotation (the apposed-role and one-person readings of s32 gave it them)."""
    assert speakers_of(text) == expected
