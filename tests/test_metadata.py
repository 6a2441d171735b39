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


PROFILE = """# a user's rules file: one publisher's profile
[[profile]]
name = "Example News"
hosts = ["example-news.com"]
title = ["h1"]
"""


@pytest.mark.parametrize("case", CASES, ids=[c["name"][:60] for c in CASES])
def test_metadata(case: dict, tmp_path) -> None:
    rules = ()
    if case.get("profile"):
        (tmp_path / "site.toml").write_text(PROFILE, "utf-8")
        rules = (str(tmp_path / "site.toml"),)
    art = clean(page(case), Options(input_format=InputFormat.html, rules_files=rules))
    if "title" in case:
        assert art.title == case["title"]
    if "authors" in case:
        assert art.authors == case["authors"]


def test_profile_only_applies_to_its_host() -> None:
    case = next(c for c in CASES if c.get("profile"))
    art = clean(page(case), Options(input_format=InputFormat.html))     # no profile loaded: og:title
    assert art.title == "Shared title for social media"


def test_bad_profile_is_a_clean_error(tmp_path) -> None:
    from articlecli.errors import ArticleError

    bad = tmp_path / "bad.toml"
    bad.write_text('[[profile]]\nhosts = ["x.com"]\ntitle = ["headline"]\n', "utf-8")
    with pytest.raises(ArticleError, match="title sources among"):
        clean("<html><body><p>x</p></body></html>", Options(rules_files=(str(bad),)))
