"""Session 37's reporting verbs: a quotation later in a sentence whose only verb of saying is no speech verb, before
"that" ("Powell had reiterated that the Fed is “in a good place”", "confirmed on his Twitter feed that he “...”"), is
the verb's subject's (core/quote_speaker.py ``_REPORTED_RE``); a subject naming nobody, a verb of belief or the
passive name nobody."""

from __future__ import annotations

import pytest

from reportdiff.core.quotes import find_quotes


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an auxiliary before the verb, a time between it and "that"
        ("Powell had reiterated that the Fed is “in a good place” on rates.", "Powell"),
        (
            "Fed Chair Jerome Powell had reiterated on Wednesday that policy was “in a good place.”",
            "Fed Chair Jerome Powell",
        ),
        ("Powell has stressed that the economy is “strong and very resilient.”", "Powell"),
        # ECB+ 34's shape: the verb's place between it and "that", a clause before it sharing its subject
        (
            "Dr. Sanjay Gupta would not comment, but confirmed on his Twitter feed that he “has been approached by "
            "the Obama administration.”",
            "Sanjay Gupta",
        ),
        # nobody named: a group as the subject, a verb of belief, the passive
        ("Officials confirmed that the man had been “acting strangely for several days.”", ""),
        ("Powell felt that the Fed was “in a good place for now.”", ""),
        ("It was confirmed that the man had been “acting strangely for several days.”", ""),
    ],
)
def test_a_reporting_verb_before_that_names_who_spoke(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(sentence)] == [speaker]
