"""Invariants of the whole pipeline, checked on generated article-like documents (hypothesis)."""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
from hypothesis import example, given, settings, strategies as st
from markdown_it import MarkdownIt

from articlecli import ArticleError, clean, render
from articlecli.decode import repair, unescape_entities

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
# counterexamples hypothesis found (a repeat or a credit line between short lines; a doubled line as a teaser card)
@example(doc="Hà hà hà hà\n\n00 00 00 00\n\n00 00 00 00.\n\n0 0 0 0\n")
@example(doc="Hà hà hà hà\n\nẢNH:0\n\n0 0 0 0\n\n0 0 0 1\n")
@example(doc="Hà hà\n\nHà hà hà hà approved hà nội hà.\n\nApproved hà nội hà.\n\nApproved hà nội hà.\n\nApproved hà nội hà.\n")
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà. Hà hà hà hà. Hà hà hà hà.\n")   # (body text that repeats itself)
@example(doc="Hà hà\n\n0 0 0 0 0 0\n\n0 0 0 0 0 0\n\n0 0 0 0 0 0\n\n0 0 0 0 0 0 0 0\n")   # (repeats inside a headline list)
# (a line closing the article or before a subheading: what the output drops before it does not count)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\n0 0 0 0 0 0 0 0\n")
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n\n0\n\n0 0 0 0 0 0 0 0\n")
@example(doc="Hà hà hà hà\n\nHà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà.\n\nHà hà hà hà.\n\n0 0 0 0 0 0 0 0\n\n"
             "THU HƯỜNG\n\nHà hà hà hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a site tag under the title past chrome lines or bylines: the cleaned text has none of them between; found with
#  the explore profile)
@example(doc="Hà hà hà\n\nĐọc nhiều nhất\n\nĐọc nhiều nhất\n\nĐọc nhiều nhất\n\n0AA\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n")
@example(doc="Hà hà hà\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\n0AA\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a source line under the title names no author: a name line after the lead is found the same without it)
@example(doc="Hà hà hà\n\nTheo TTXVN\n\nHà hà hà hà hà hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a name line after the lead of an article with a 'By' byline: without that byline it would be a second one, so
# it is no subheading with it either)
@example(doc="Hà hà hà\n\nBy Jane Smith\n\nHà hà hà hà hà hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a heading-like line before what the output drops, a caption, then the article's end or a subheading: the same
# line is the last or before the subheading in the cleaned text)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà hà hà hà hà hà.\n\n0 0 0 0 0 0 0 A\n\n:ẢNH:0\n\nĐọc nhiều nhất\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà.\n")
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n\n0 0 0 A\n\n:ẢNH:0\n\nA\n\nHà hà hà hà hà hà hà hà.\n")
# (a pull quote has a paragraph of text after it: a short line after it is no reason to drop it)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà.\n\nHà hà hà hà hà hà hà hà.\n\n0 0 0 0 0 0 0 A\n")
# (an image's alt text, a widget's label, then the caption repeating the alt text with its credit)
@example(doc="Hà council hà hà\n\nĐọc nhiều nhất\n\nHà council hà hà 0 0\n")
# (a paragraph whose last sentence the caption after it repeats is no alt text: an alt text ending with the caption
# has no sentence end before it)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà.\n\n0 0 0 0\n\nHà hà hà hà. Playgrounds hà hà hà hà hà hà.\n\n"
             "Playgrounds hà hà hà hà hà hà. Ảnh: DŨNG PHƯƠNG\n")
# (a heading-like line before a menu's lines and a subheading: the menu is dropped, so the line is before the
# subheading in the cleaned text, an image caption both times)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà.\n\n0 0 0 0 0 A\n\n"
             "THU HƯỜNG\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a paragraph saying one sentence twice is no pull quote of a paragraph that has the sentence once)
@example(doc="Hà hà\n\nHà hà hà hà.\n\nHà hà hà hà hà hà hà hà. Hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\n"
             "Hà hà hà hà hà hà hà hà. Hà hà hà hà hà hà hà nội.\n")
# (a caption of three letters has no alt-text twin among the title-like lines: '0H H h' is the headline)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà.\n\n0H H h\n\n0HHH:ẢNH:0\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a credit line with only punctuation before its marker, ':ẢNH:0', credits the line printed twice above it)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\n:ẢNH:0\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a line printed twice, another caption, then a paragraph: alt text and caption, as once that caption is dropped)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\naẢnh:0\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a line printed twice with a caption between the copies: alt text and caption, as once that caption is dropped)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\naẢnh:0\n\nTHU HƯỜNG\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a line printed twice after another caption: alt text and caption, as once that caption is dropped)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà.\n\naẢnh:0\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (the first paragraph is counted from the title on: '0' between them is a fragment at the article's edge)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\n0 0 0 0 0 0\n\n0\n\n"
             "Hà hà hà hà. Hà hà hà hà hà hà hà hà.\n")
# (a list of short lines is the text's own only with two paragraphs after it; a repeat of the first is none)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a lone '>' is no quote: a quote has words)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà hà.\n\nHà hà hà hà hà hà hà hà hà. Ảnh: DŨNG PHƯƠNG\n\n>\n\n"
             "Hà hà hà hà hà hà hà hà.\n")
# (short lines at the text's edge that do not pay for themselves once the alt text and caption before them are
# dropped are outside the text, as they are when the output is cleaned again)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà hà hà hà.\n\nHà hà hà hà hà hà hà hà hà hà hà. Ảnh: DŨNG PHƯƠNG\n\n"
             "Hà hà hà hà.\n\n?\n\nHà hà hà hà hà hà hà hà.\n")
# (a control character inside mojibake is removed before the repair: 'Â\x1f¡' is '¡' at once)
@example(doc="Hà hà\n\nHà hà hà hà hà hà hà hà.\n\nÂ\x1f¡\n\nHà hà hà hà. Hà hà hà hà.\n")
# (a line printed twice after a repeated line: alt text and caption, as once the repeat is dropped)
@example(doc="Hà hà hà\n\nHà hà hà hà.\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n\nHà hà hà hà.\n\nTHU HƯỜNG\n\n"
             "THU HƯỜNG\n\nHà hà hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a short line over three captions, then the text: a subheading, as it is right over the text once they are dropped)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà.\n\nHà hà hà hà\n\nTHU HƯỜNG\n\nàẢnh:D\n\nàẢnh:D\n\n"
             "àẢnh:D\n\nHà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a short line between the text and a box header is outside the article, as it is once the box is gone)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà hà hà hà hà hà hà.\n\n0 0 0 0\n\nĐọc nhiều nhất\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà hà.\n")
# (a line printed twice, its credit line, then a paragraph: alt text and caption, as without the credit line)
@example(doc="Hà hà\n\nHà hà hà hà. Hà hà hà hà hà hà hà hà.\n\nTHU HƯỜNG\n\nTHU HƯỜNG\n\n:ẢNH:0\n\n"
             "Hà hà hà hà hà hà hà hà hà hà hà hà.\n")
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
