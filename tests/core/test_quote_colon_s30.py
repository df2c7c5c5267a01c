"""A speaker named with a comma, their role and a colon before the quotation, as a broadcast transcript writes it
("Darry Lloyd, State Attorney's Office: “...”"), is the quotation's speaker, as with a slash ("David Soares/Albany
County District Attorney: “...”"); it was unattributed, or given to the speaker named before (review s30 finding 8).
"""

from __future__ import annotations

from quotetexts import speakers_of  # tests/core/quotetexts.py


def test_a_name_comma_role_colon_names_the_speaker() -> None:
    text = (
        "The trial was thrown out on Friday.\n\n"
        "Darry Lloyd, State Attorney's Office: \"It gives us more time.\"\n\n"
        "David Soares/Albany County District Attorney: \"The issues will bear themselves out.\"\n\n"
        "John Smith, police spokesman: \"We have no suspects.\"\n"
    )
    assert speakers_of(text) == ["Darry Lloyd", "David Soares", "John Smith"]


def test_one_word_before_the_comma_names_nobody() -> None:
    """ "Meanwhile, the mayor's office: “...”" opens with an adverb, not a name."""
    assert speakers_of("Meanwhile, the mayor's office: \"We will rebuild every house on this street.\"\n") == [""]
