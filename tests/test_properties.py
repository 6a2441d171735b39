"""Invariants of the whole pipeline, checked on generated article-like documents (hypothesis)."""
from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
from hypothesis import example, given, settings, strategies as st
from markdown_it import MarkdownIt

from articlecli import ArticleError, clean, render
from articlecli.decode import repair, unescape_entities
from articlecli.rules import tomllib          # (tomli before Python 3.11)
from helpers import TESTS

SCHEMA = json.loads((resources.files("articlecli") / "schema" / "article.schema.json").read_text("utf-8"))
WORDS = ("Hà Nội thành phố người dân đã đổ về trung tâm để tham dự lễ hội lớn nhất năm nay "
         "the council approved a new budget on Tuesday for public parks and playgrounds").split()

word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=4, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
heading = st.lists(word, min_size=2, max_size=8).map(lambda ws: " ".join(ws).capitalize())
caption = st.tuples(sentence, st.sampled_from(["Ảnh: DŨNG PHƯƠNG", "Ảnh: Hoàng Huynh", "Photo: John Doe"])).map(" ".join)
chrome = st.sampled_from(["Đọc nhiều nhất", "Tin liên quan", "Related articles", "Chia sẻ", "Most read"])
byline = st.sampled_from(["THU HƯỜNG", "Theo TTXVN", "By Jane Smith", "Hiếu Lương"])
noise = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
block = st.one_of(paragraph, paragraph, paragraph, heading, caption, chrome, byline, noise)
document = st.tuples(heading, st.lists(block, min_size=1, max_size=15)).map(
    lambda t: "\n\n".join([t[0], *t[1]]) + "\n")

# examples per test and derandomizing come from the profile (tests/conftest.py): `ci` by default,
# `--hypothesis-profile=explore` for new draws

# documents that once broke the fixed point, as data (what explore finds goes there, with a note of the cause)
FIXED_POINT_CASES = [c["doc"] for c in tomllib.loads((TESTS / "cases" / "fixed_point.toml").read_text("utf-8"))["case"]]


def with_examples(docs: list[str]):
    """@example(doc=…) for each document, in order."""
    def apply(test):
        for doc in reversed(docs):
            test = example(doc=doc)(test)
        return test
    return apply


def _norm(s: str) -> str:
    return " ".join(s.split())


@given(document)
def test_no_invented_text(doc: str) -> None:
    try:
        art = clean(doc)
    except ArticleError:
        return
    source = _norm(unescape_entities(repair(doc)[0])[0])
    for piece in [art.title or "", *(b.text for b in art.blocks), *(c.text for c in art.captions),
                  *(c.credit or "" for c in art.captions), *(r.text for r in art.removed)]:
        assert _norm(piece) in source, piece


@given(document)
@with_examples(FIXED_POINT_CASES)
def test_text_output_is_a_fixed_point(doc: str) -> None:
    try:
        once = render(clean(doc), "text")
    except ArticleError:
        return
    if not once.strip():
        return                       # nothing found: cleaning it again is an "empty input" error
    assert render(clean(once), "text") == once


@given(document)
def test_renderers_produce_valid_output(doc: str) -> None:
    try:
        art = clean(doc)
    except ArticleError:
        return
    jsonschema.validate(json.loads(render(art, "json")), SCHEMA)
    MarkdownIt("commonmark").parse(render(art, "md", front_matter=True))
    assert render(art, "jsonl").count("\n") == 1


@settings(max_examples=max(300, settings.default.max_examples))   # (the profile's count when it is higher)
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000)))
def test_any_input_gives_article_or_clean_error(data: bytes | str) -> None:
    try:
        art = clean(data)
    except ArticleError as e:
        assert e.line().startswith("articlecli: ") and "\n" not in e.line()
        return
    assert isinstance(art.text, str)


# fast paths written for speed (benchmarks/speed.py) answer exactly what the plain forms answer
spacey = st.text(st.sampled_from(" a\nĐ1:"), max_size=400)     # (past SPACE_RUNS runs too)


@given(spacey)
def test_single_spaces_is_every_run_as_one(text: str) -> None:
    from articlecli.decode import _single_spaces
    assert _single_spaces(text) == re.sub(" {2,}", " ", text)


@given(spacey, st.integers(min_value=0, max_value=8))
def test_spaces_below_counts_as_count_does(text: str, n: int) -> None:
    from articlecli.textutil import spaces_below
    assert spaces_below(text, n) == (text.count(" ") < n)


@given(st.text(st.sampled_from("0123456789 .:-/May年月日a"), max_size=40))
def test_dates_in_finds_what_the_pattern_finds(text: str) -> None:
    from articlecli.textutil import DATE, dates_in
    assert dates_in(text) == DATE.findall(text)


# (names and words of every script, the CJK and Hangul ranges' edges among them)
script_text = st.text(st.sampled_from([
    "a", "Ă", "ễ", " ", "\n", "…", "\u3000", "\u0e00", "\u0eff", "\u0f00", "\u1000", "\u17ff", "\u3040", "\u30ff",
    "\u33ff", "\u3400", "\u4dbf", "\u4dc0", "松", "\u9fff", "\ua000", "가", "\ud7af", "\ud7b0", "\uf900", "\ufaff",
    "\U0001f600"]), max_size=9)


@given(script_text, st.booleans())
def test_cjk_name_is_what_its_pattern_said(name: str, spaced: bool) -> None:
    from articlecli.names import cjk_name
    cjk = "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    expected = re.match(f"^[{cjk}]{{2,6}}$", name) or spaced and re.match(f"^[{cjk}]{{1,3}} [{cjk}]{{1,3}}$", name)
    assert cjk_name(name, spaced) == bool(expected)


@given(script_text.filter(bool))
def test_spaceless_is_what_its_pattern_says(word: str) -> None:
    from articlecli.textutil import _SPACELESS, spaceless
    assert spaceless(word) == (re.search(_SPACELESS.pattern, word) is not None)
