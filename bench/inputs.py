"""Input formats and adversarial inputs: how long each loader takes on the seeds, and how its work grows.

Prints (1) the median time to load the Reuters seed as text, Markdown, HTML (trafilatura), Word, OpenDocument, PDF
and RTF, all made here from the same text; (2) for each adversarial input of tests/core/test_bad_input.py, the time at
n, 2n and 4n and the growth per doubling (about 2 is linear, about 4 quadratic). Run by hand:
``.venv/bin/python bench/inputs.py``. Figures only; nothing here is asserted.
"""

from __future__ import annotations

import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core"))

from documents import make_docx, make_odt, make_pdf  # noqa: E402  (tests/core/documents.py)

from reportdiff.core.errors import InputError  # noqa: E402
from reportdiff.core.load import load_article  # noqa: E402

RUNS = 7


def _median(work, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with contextlib.suppress(InputError):
            work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def formats() -> None:
    seed = (ROOT / "seeds" / "reuters-syria-airstrikes.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in seed.split("\n") if p.strip()]
    folder = Path(tempfile.mkdtemp())
    files = {
        "text": folder / "a.txt",
        "markdown": folder / "a.md",
        "html (trafilatura)": folder / "a.html",
        "docx (python-docx)": folder / "a.docx",
        "odt (stdlib)": folder / "a.odt",
        "pdf (pypdfium2)": folder / "a.pdf",
        "rtf (striprtf)": folder / "a.rtf",
    }
    files["text"].write_text(seed, encoding="utf-8")
    files["markdown"].write_text("# " + "\n\n".join(paragraphs), encoding="utf-8")
    files["html (trafilatura)"].write_text(
        "<html><head><title>t</title></head><body><nav>Home | World</nav><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article><footer>© 2026</footer></body></html>",
        encoding="utf-8",
    )
    make_docx(files["docx (python-docx)"], paragraphs[0], paragraphs[1:])
    escaped = [p.replace("&", "&amp;").replace("<", "&lt;") for p in paragraphs]
    make_odt(files["odt (stdlib)"], "".join(f"<text:p>{p}</text:p>" for p in escaped))
    words = " ".join(paragraphs).split()
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) > 80:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    lines.append(line)
    files["pdf (pypdfium2)"].write_bytes(make_pdf([lines[k : k + 45] for k in range(0, len(lines), 45)]))
    body = "".join(f"{{\\pard {p}\\par}}" for p in paragraphs)
    rtf = "{\\rtf1\\ansi " + "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in body) + "}"
    files["rtf (striprtf)"].write_text(rtf, encoding="ascii")
    print(f"Load time of the Reuters seed ({len(seed)} characters), median of {RUNS}:")
    for name, path in files.items():
        load_article(path)  # lazy imports once
        print(f"  {name:<20} {_median(lambda p=path: load_article(p)) * 1000:7.1f} ms")


def growth() -> None:
    from test_bad_input import ADVERSARIAL

    print("\nAdversarial inputs: time at n, 2n, 4n and growth per doubling (2 = linear, 4 = quadratic):")
    for what, work, n in ADVERSARIAL:
        times = [_median(work(k * n), 3) for k in (1, 2, 4)]
        per = (times[2] / max(times[0], 1e-6)) ** 0.5
        print(f"  {what:<32} n={n:<7} " + " ".join(f"{t * 1000:8.1f}" for t in times) + f" ms   x{per:.1f}")


if __name__ == "__main__":
    formats()
    growth()
