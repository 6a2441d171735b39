"""Encoding cases as data (tests/encodings/cases.toml): bytes in, text out; negatives unchanged."""
from __future__ import annotations

import sys
import unicodedata

import pytest

from articlecli import Options, clean
from articlecli.decode import to_text
from helpers import TESTS
from test_decode import to_cp1258

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = tomllib.loads((TESTS / "encodings" / "cases.toml").read_text("utf-8"))["case"]


def make(kind: str, text: str) -> bytes:
    import ftfy.bad_codecs  # noqa: F401  (sloppy-windows-1252)

    if kind in ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"):
        return text.encode(kind)
    if kind == "cp1258":
        return to_cp1258(text)
    if kind == "mojibake":
        return text.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")
    if kind == "mojibake2":
        once = text.encode("utf-8").decode("sloppy-windows-1252")
        return once.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")
    if kind == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if kind == "mixed-nf":
        half = len(text) // 2
        return (text[:half] + unicodedata.normalize("NFD", text[half:])).encode("utf-8")
    if kind == "raw-latin1":
        return text.encode("latin-1")
    if kind == "html-meta-lies":
        return f'<html><head><meta charset="iso-8859-1"></head><body><p>{text}</p></body></html>'.encode("utf-8")
    if kind == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if kind == "cr":
        return text.replace("\n", "\r").encode("utf-8")
    raise ValueError(kind)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_encoding_case(case: dict) -> None:
    data = make(case["make"], case["input"])
    if case["make"] == "html-meta-lies":
        art = clean(data)
        assert art.text == case["expected"]
        return
    got = to_text(data, max_bytes=10**7).text
    assert got == case["expected"]
    if case["name"].startswith("negative"):
        assert got.encode("utf-8") == case["input"].encode("utf-8")


def test_legacy_conversion_is_reported() -> None:
    data = make("raw-latin1", next(c for c in CASES if c["name"] == "tcvn3")["input"])
    d = to_text(data, max_bytes=10**6)
    assert any("TCVN3" in f and "confidence" in f for f in d.fixes)


@pytest.mark.parametrize("style,text,expected", [
    ("new", "Hoà bình và thuỷ điện khoẻ mạnh", "Hòa bình và thủy điện khỏe mạnh"),
    ("old", "Hòa bình và thủy điện khỏe mạnh", "Hoà bình và thuỷ điện khoẻ mạnh"),
    ("keep", "Hoà bình và thủy điện", "Hoà bình và thủy điện"),
])
def test_tone_style(style: str, text: str, expected: str) -> None:
    from articlecli.options import ToneStyle

    doc = f"Tiêu đề\n\n{text}, một câu đủ dài để được giữ lại làm đoạn văn của bài báo.\n"
    art = clean(doc, Options(tone_style=ToneStyle(style)))
    assert expected in art.text
