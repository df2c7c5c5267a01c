"""The terminal's figures table reads every value whole: a hedged value wider than its column goes on below it.

Before, five articles' columns of 12 characters cut "about 10:30 p.m." to "about 10:3…" and "more than 1,400" to
"more than …": the hedge or the number a fact-checker reads the table for was gone.
"""

from __future__ import annotations

from reportdiff.core import model as m
from reportdiff.presentation.summary import summary_text

# Per article: (time, toll) as stated; five articles make the table's columns narrowest.
STATED = [("about 10:30 p.m.", "at least 12"), ("10:30 p.m.", "more than 1,400"), ("10:30 p.m.", "about 30"),
          ("shortly after 10 p.m.", "12"), ("10:30 p.m.", "12")]  # fmt: skip


def five_hedged() -> m.Report:
    articles, figures = [], []
    for i, (time, toll) in enumerate(STATED):
        text = f"The fire started at {time} and {toll} people were killed."
        articles.append(m.Article(i, f"/n/outlet-{i + 1}.txt", "Fire", text, f"Outlet {i + 1}",
                                  (m.Sentence(0, text, 0, len(text), m.SHARED),)))  # fmt: skip
        for said in (time, toll):
            at = text.index(said)
            figures.append(m.Figure(len(figures), i, 0, said, 1.0, at, at + len(said)))
    facts = (
        m.Fact(0, "time 22:30", m.COMPATIBLE, tuple(range(0, 10, 2)), "they can all be true"),
        m.Fact(1, "people killed", m.CONFLICT, tuple(range(1, 10, 2)), "12 vs 1,400 killed"),
    )
    return m.Report(tuple(articles), (), tuple(figures), facts)


def columns_read(text: str) -> dict[str, list[str]]:
    """Each fact row of the figures table: its article cells, their lines joined (a cell's lines share its
    column's start, read off the header)."""
    lines = text.splitlines()
    top = next(k for k, line in enumerate(lines) if line.startswith("fact "))
    header = lines[top]
    starts = [header.index(f"{'ABCDE'[i]} Outlet {i + 1}") for i in range(len(STATED))]  # "A Outlet 1": letter, name
    ends = [*starts[1:], header.index("status")]
    rows: dict[str, list[list[str]]] = {}
    label = ""
    for line in lines[top + 1 :]:
        if not line.strip():
            break  # the end of the table
        if line.lstrip().startswith("!"):
            continue  # the engine's note under a row, and its continuation lines below
        if line[: starts[0]].strip():
            label = line[: starts[0]].strip()
            rows[label] = [[] for _ in starts]
        for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
            part = line[a:b].strip()
            if part:
                rows[label][k].append(part)
    return {label: [" ".join(parts) for parts in cells] for label, cells in rows.items()}


def test_hedged_values_read_whole_in_the_terminal_table() -> None:
    """Every value of the five columns reads whole, on as many lines as it needs, under its own column."""
    read = columns_read(summary_text(five_hedged()))
    assert read["time 22:30"] == [time for time, _ in STATED]
    assert read["people killed"] == [toll for _, toll in STATED]
