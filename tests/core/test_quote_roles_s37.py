"""Session 37's definite roles: a role apposed to a name ("said Ed Gonzalez, the Harris County sheriff") or a role's
title in lower case ("county sheriff Ed Gonzalez") tells who holds it, and a role with modifiers ("the police chief
said", "the county sheriff said", "the state's governor said") stands for the one person whose role those words fit
(core/quote_people.py ``role_speaker``, ``titled_person``)."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of

# AP's shape (the 2017 Hurricane Harvey coverage): the sheriff named once with an apposed role, then by the role
GONZALEZ = (
    '"We are working around the clock," said Ed Gonzalez, the Harris County sheriff.\n\n'
    '"Nobody should be on the roads tonight," the sheriff said.\n'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GONZALEZ, ["Ed Gonzalez", "Ed Gonzalez"]),
        # the role first, the name apposed to it; a place before it is not the sheriff
        (
            "In Harris County, the sheriff, Ed Gonzalez, closed the roads.\n\n"
            '"Nobody should be on the roads tonight," the sheriff said.\n',
            ["Ed Gonzalez"],
        ),
        # an apposed role with its place after "of", asked with that place
        (
            "Jane Roe, police chief of Kodiak, arrived at noon.\n\n"
            '"It was awful," the Kodiak police chief said.\n',
            ["Jane Roe"],
        ),
        # an owner's place in the appositive, the role alone after the verb
        (
            "Greg Abbott, the state's governor, visited the school.\n\n"
            '"We need to do more than pray," said the governor.\n',
            ["Greg Abbott"],
        ),
        # modified roles: the place the office is of ...
        (
            "Harris County Sheriff Ed Gonzalez said the roads were closed.\n\n"
            '"Nobody should be out tonight," the county sheriff said.\n',
            ["Ed Gonzalez"],
        ),
        (
            "Gov. Greg Abbott visited the school.\n\n"
            '"We need to do more than pray," the state’s governor said.\n',
            ["Greg Abbott"],
        ),
        # ... or words the title's own lead holds ("Police Chief", "Houston police Chief")
        (
            'Police Chief Art Acevedo arrived.\n\n"It was awful," the police chief said.\n',
            ["Art Acevedo"],
        ),
        (
            "Houston police Chief Art Acevedo arrived.\n\n"
            '"It was awful," said the Houston police chief.\n',
            ["Art Acevedo"],
        ),
        # two chiefs, one of them the police's
        (
            "Fire Chief Bob Smith and Police Chief Jane Roe arrived.\n\n"
            '"It was awful," the police chief said.\n',
            ["Jane Roe"],
        ),
        # a role's full title in lower case before the name
        (
            "Reporters met county sheriff Ed Gonzalez at the bridge.\n\n"
            '"Nobody should be out tonight," the sheriff said.\n',
            ["Ed Gonzalez"],
        ),
    ],
)
def test_a_role_apposed_or_modified_speaks_for_the_one_person_holding_it(text: str, expected: list[str]) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a fire chief, or a chief of whom nothing says "police", is not "the police chief"
        'Fire Chief Bob Smith arrived.\n\n"It was awful," the police chief said.\n',
        'Chief Bob Smith arrived.\n\n"It was awful," the police chief said.\n',
        # modifiers making another role: a lieutenant governor, a former sheriff
        'Gov. Greg Abbott visited.\n\n"It was awful," the lieutenant governor said.\n',
        'Ed Gonzalez, the former sheriff, closed the roads.\n\n"It was awful," the sheriff said.\n',
        # the role is not the appositive's: a son of the sheriff, the sheriff's spokesman
        'John Smith, the son of the sheriff, arrived.\n\n"It was awful," the sheriff said.\n',
        'John Smith, the sheriff\'s spokesman, arrived.\n\n"It was awful," the sheriff said.\n',
        # two sheriffs, one by title and one apposed
        'Sheriff Ed Gonzalez met Tom Reed, the Fort Bend County sheriff.\n\n"It was awful," the sheriff said.\n',
    ],
)
def test_a_role_names_nobody_when_no_one_person_holds_it_so(text: str) -> None:
    assert speakers_of(text) == [""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP's shape: the role speaks in a sentence with no quotation, then "he said" (was nobody)
        (
            "Gov. Greg Abbott visited the school on Friday.\n\n"
            "The governor said the state would pay for the repairs.\n\n"
            '"We will rebuild this school," he said.\n',
            ["Greg Abbott"],
        ),
        (
            "Polk County Sheriff Grady Judd spoke on Saturday.\n\n"
            "The sheriff told reporters the man shot first.\n\n"
            '"He asked for a gunfight, we gave him one," he said.\n',
            ["Grady Judd"],
        ),
        # two senators before: nobody, as before; a role no title of ROLE_TITLES names: nobody
        (
            "Sen. Ted Cruz and Sen. John Cornyn visited the school.\n\n"
            "The senator said the state would help.\n\n"
            '"We will be back," he said.\n',
            [""],
        ),
        (
            "Commissioner Tom Reed visited the school.\n\n"
            "The commissioner said the state would help.\n\n"
            '"We will be back," he said.\n',
            [""],
        ),
    ],
)
def test_he_after_a_role_speaking_is_the_one_person_holding_it(text: str, expected: list[str]) -> None:
    assert speakers_of(text) == expected
