"""Session 37's transcript lines: "Nixon asks: “...”" (a speech verb in the present) and 'Haldeman: “Yes, sir.”' (a
person's name and a colon opening the quotation) name their speakers; a word the article never shows as a name
("Update:", "REPORTER:") names nobody (core/quote_speaker.py ``_TRANSCRIPT_NAME_RE``; a surname after initials
alone, "H.R. Haldeman", is one the article knows: core/quote_referents.py ``Named.surnames``)."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of

# ECB+ 28's shape (the Watergate tapes): the answer took the asker's name
TAPES = (
    "The tapes captured White House chief of staff H.R. Haldeman telling Nixon that Felt was the source.\n"
    "Nixon asks: “Somebody in the FBI?”\n"
    "Haldeman: “Yes, sir, it is.”\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TAPES, ["Nixon", "Haldeman"]),
        # a full name needs no other mention
        (
            'Police closed the road.\n\nJim Cervera: "No, they did not have any engagement with him at all."\n',
            ["Jim Cervera"],
        ),
        # a word never written as a name, a role in capitals
        ('Police closed the road.\n\nUpdate: "The road is open again to all traffic."\n', [""]),
        ('Police closed the road.\n\nREPORTER: "Did he say anything at all to the officers?"\n', [""]),
    ],
)
def test_a_transcript_line_names_its_speaker(text: str, expected: list[str]) -> None:
    assert speakers_of(text) == expected
