"""The quotations every surface lists: the window's Discrepancies & quotes tab, the PDF and HTML exports and the
terminal summary, one row per quotation in the report's order, so they cannot differ in number or wording.

Each row names the speaker (``UNATTRIBUTED`` when the text names no one), the article and the words without their
quotation marks. A person named several ways ("Yanis Varoufakis", "Professor Varoufakis", "Varoufakis") is named one
way on every row (``speaker_names``), the fullest name the report gives them. Pure Python: no Qt.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reportdiff.core.model import Report
from reportdiff.core.quotes import full_name, name_words, words_within

UNATTRIBUTED = "Unattributed"
QUOTE_MARKS = "“”\" "  # stripped from the ends of a quotation's text: the surfaces set their own marks
NO_QUOTATIONS = "No quoted speech found."


@dataclass(frozen=True)
class QuoteRow:
    """One quotation: its index in ``Report.quotes``, who says it (``speaker_names``), in which article, the words."""

    number: int
    speaker: str
    article: int
    words: str


def quote_rows(report: Report) -> tuple[QuoteRow, ...]:
    """Every quotation of ``report``, in its order, each person named one way (``speaker_names``)."""
    names = speaker_names(report)
    return tuple(
        QuoteRow(
            i,
            names.get((quote.article, quote.speaker), quote.speaker) or UNATTRIBUTED,
            quote.article,
            quote.text.strip(QUOTE_MARKS),
        )
        for i, quote in enumerate(report.quotes)
    )


def speaker_names(report: Report) -> dict[tuple[int, str], str]:
    """(article, speaker as the article names them) -> the one name the surfaces give that person: the fullest name
    of them the report holds ("Professor Varoufakis" and "Varoufakis" -> "Yanis Varoufakis"; "Watch" -> "Human
    Rights Watch"), read in the speaker's own article first, then in the others ("Assad" in one, "Bashar al-Assad"
    in another). A name two people's fuller names hold ("Felt" beside "Mark Felt" and "Joan Felt") is left as
    written, and so is a speaker of several people ("Zadan and Meron"). Fullest names written two ways (a title
    before one, a letter apart: "Hugh Hefner", "Hugh Heffner") are named as the report names them most, then first,
    except that an article's own spelling of a full name is kept in its rows ("Alexis Kougias" in one, "Alexis
    Kouyias" in another). The engine tells which names may stand for one person (``words_within``: every word of
    one is the other's, or a letter apart, as ``same_speaker`` reads two speakers as one)."""
    said = Counter(q.speaker for q in report.quotes if q.speaker)
    written = list(said)  # in the order of the report's first quotation of each
    in_article: dict[int, list[str]] = {}
    for quote in report.quotes:
        if quote.speaker and quote.speaker not in in_article.setdefault(quote.article, []):
            in_article[quote.article].append(quote.speaker)
    named = {name: name_words(name) for name in written}
    # how full a name is: its words, and its initials, which tell no one apart (``name_words`` leaves them out) but
    # make "D.Z. Cofield" and "Edward J. Markey" fuller than "Cofield" and "Edward Markey"
    sizes = {name: len(words) + len(_INITIALS_RE.findall(name)) for name, words in named.items()}
    fuller = {
        name: [
            other for other in written
            if other != name and _one(other) and sizes[other] >= sizes[name] and words_within(named[name], named[other])
        ]
        for name in written
    }
    fullest = [name for name in written if _one(name) and not any(sizes[o] > sizes[name] for o in fuller[name])]
    shown: dict[str, str] = {}  # a fullest name -> the way its person is shown
    for name in fullest:
        if name not in shown:
            forms = [name, *(o for o in fuller[name] if o in fullest and name in fuller[o])]
            best = max(forms, key=lambda form: (said[form], -written.index(form)))
            shown.update({form: best for form in forms})
    out: dict[tuple[int, str], str] = {}
    for article, names in in_article.items():
        for name in names:
            if not _one(name) or not sizes[name]:
                out[article, name] = name
                continue
            # in the speaker's own article, a full name as it spells it: a spelling another outlet gives ("Alexis
            # Kougias" / "Alexis Kouyias") is the reader's to see, not to have corrected; a title is not a spelling
            own = [o for o in [name, *fuller[name]] if o in shown and o in names]
            people = {o if named[o] != named[shown[o]] else shown[o] for o in own}
            if len(people) > 1 and len({shown[o] for o in own}) == 1:  # one article spelling them two ways: one name
                people = {shown[own[0]]}
            if not people:
                people = {shown[o] for o in [name, *fuller[name]] if o in shown}
            out[article, name] = people.pop() if len(people) == 1 else name
    for (article, name), shown_as in out.items():
        # a person still shown by one word whose own article names them in full ("Gilroy Fernandes said he had about
        # an hour ... / “...,” Fernandes said"): by that full name; only in that article's rows (another article's
        # "Williams" may be another Williams)
        full = full_name(report.articles[article].text, shown_as) if _one(shown_as) else ""
        if full:
            out[article, name] = full
    return out


# A name's initials, a run of them read as one: "D.Z." of "D.Z. Cofield", "J." of "Edward J. Markey".
_INITIALS_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.)+(?=\s)")


def _one(name: str) -> bool:
    """``name`` names one speaker, not several joined by "and" ("Zadan and Meron")."""
    return " and " not in name


def quotations_heading(count: int) -> str:
    """The section's heading with its count, the same on every surface: "Quotations (5)"."""
    return f"Quotations ({count})"
