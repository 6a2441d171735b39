"""HTML metadata (title, authors) from the cases in tests/cases/metadata.toml."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from articlecli import clean
from articlecli.options import InputFormat, Options

CASES = tomllib.loads((Path(__file__).parent / "cases" / "metadata.toml").read_text("utf-8"))["case"]
BODY = ("<p>Der Bericht beschreibt ausführlich, was am Montag geschah, und nennt dabei die wichtigsten "
        "Zahlen, Namen und Orte, die für die Leser von Bedeutung sind.</p>") * 3


def page(case: dict) -> str:
    head = case["html"]
    byline = f'<div class="byline">{case["byline"]}</div>' if "byline" in case else ""
    h1 = f"<h1>{case['h1']}</h1>" if "h1" in case else ""
    return f"{head}<body><article>{h1}{byline}{BODY}</article></body></html>"


@pytest.mark.parametrize("case", CASES, ids=[c["name"][:60] for c in CASES])
def test_metadata(case: dict) -> None:
    art = clean(page(case), Options(input_format=InputFormat.html))
    if "title" in case:
        assert art.title == case["title"]
    if "authors" in case:
        assert art.authors == case["authors"]
