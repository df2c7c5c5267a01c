"""Review s27's quotation findings (section 6), in the shapes of the tuning articles (court and crime reports): wrong
speakers, a nested quotation listed twice, nicknames, titles and scare quotes listed as quotations, and speakers the
grammar of attribution names but that were missed. Each test failed before."""

from __future__ import annotations

import pytest

from reportdiff.core.load import split_paragraphs
from reportdiff.core.quotes import find_quotes, quotes_in_text
from reportdiff.core.segment import segment


def _speakers(text: str) -> list[tuple[str, str]]:
    """(quoted words, speaker) of each quotation of a text, segmented as the pipeline does."""
    sentences = segment(text, split_paragraphs(text))
    return [(q.text, q.speaker) for found in quotes_in_text(text, sentences) for q in found]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a place before "state police" qualifies the source, who is nobody named
        ("The gunman fired twice in the lobby, according to Delaware state police. “It was over in seconds.”", ""),
        # the source of "according to" stands after it: the child named before it did not speak
        (
            "Laura was ill and Leigh — who is autistic — “was in great pain from abscessed teeth,” according to court "
            "records.",
            "",
        ),
        # the name apposed to a role or an agency after the verb is the speaker
        ("“There was a possibility this was a mistaken identity,” said HPD, Thomas Simmons.", "Thomas Simmons"),
        ("“The crime has got to stop,” said neighbor, Tekia Wilker.", "Tekia Wilker"),
        # a name before a common noun after the verb qualifies it: a diplomat spoke, not "Western"
        ("“The facade has changed but the foundations remain the same,” said a Western diplomat.", ""),
    ],
)
def test_wrong_speakers(text: str, speaker: str) -> None:
    """Wrong speakers of review s27: "Delaware", "Leigh", "HPD", "Western" were given as speakers."""
    assert [who for _words, who in _speakers(text)] == [speaker]


def test_a_nested_quotation_is_listed_once() -> None:
    """An utterance quoting inner words (single marks within double ones) is one quotation, each sentence of it
    listed once: each inner line was listed twice (12 rows for one utterance in review s27)."""
    text = "“You can say, ‘Stop! Don’t touch it! Go tell an adult!’” he explained."
    found = [words for words, _who in _speakers(text)]
    assert len(found) == 3
    assert found[0].startswith("You can say") and "Don’t touch it!" in found[1] and "Go tell an adult!" in found[2]


@pytest.mark.parametrize(
    "text",
    [
        "Speakers singled out one of the dead, Charles Jackson, a father of three, nicknamed “Screwball.”",
        "Laura “Beth” Mulford, a friend who was with Belford, turned to run.",
        "Police said Donnell “Pops A Lot” Strong is wanted on a wanton endangerment charge.",
        "The rapper had hyped the audience for their clear view of “Freedom Over Texas,” which was happening nearby.",
        "He is done with stop-the-violence gatherings “for the hood,” and with block parties.",
        "The case was featured on “America’s Most Wanted.”",
    ],
)
def test_terms_are_not_quotations(text: str) -> None:
    """Nicknames (alone or inside a name, even with a speech verb in the sentence), titles of works and scare quotes
    of up to three words are terms, not quotations: review s27 found them listed, some with a speaker."""
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“Absolutely, absolutely.”", "Absolutely, absolutely."),  # a sentence of its own: spoken
        ("Ilves said it was “vital” to know why.", "vital"),  # a speech verb: a partial quotation
        ("The banner read “No surrender today”.", "No surrender today"),  # what a banner reads
    ],
)
def test_short_quotations_that_are_speech_stay(text: str, quote: str) -> None:
    """A short quotation stays when it is a sentence of its own, when someone speaks in its sentence, or when a sign
    reads it."""
    assert [q.text for q in find_quotes(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person's name that is also a month's, opening its clause before the verb
        ("“It is hard to put into words what has happened here,” August said.", "August"),
        # a broadcast transcript: name, slash, role, colon
        ("Peter Lynch/Timmons' Attorney: “I'm not going to be offering any out-of-court comments.”", "Peter Lynch"),
        ("David Soares/Albany County District Attorney: “The issues will bear themselves out.”", "David Soares"),
        # verbs of speaking aloud
        ("Rossi telling the 7 woman, 5 man jury, “As that little girl lay bleeding, he pedaled away.”", "Rossi"),
        ("Ann Lee on Tuesday recalled screaming “Somebody help me, my baby's been shot.”", "Ann Lee"),
        ("“Please have mercy on our Fourth Ward,” Johnson, pastor at the Rose of Sharon Church, prayed.", "Johnson"),
        # "According" capitalised opens the sentence
        ("According to the LA Times, “The fire started in the kitchen of the restaurant.”", "LA Times"),
    ],
)
def test_missed_speakers(text: str, speaker: str) -> None:
    """Speakers the attribution names, shown as Unattributed in review s27."""
    assert [who for _words, who in _speakers(text)] == [speaker]
