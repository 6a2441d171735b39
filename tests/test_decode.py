"""Decoding: charsets, BOMs, mojibake, NFC, invisible characters."""
from __future__ import annotations

import codecs
import unicodedata

import pytest

from articlecli import ArticleError, clean
from articlecli.decode import repair, to_text

VI = "Đảng ủy Khối Dân - Chính - Đảng TPHCM cần tăng tốc hoàn thành nhiệm vụ"


def test_utf8_bom() -> None:
    d = to_text(codecs.BOM_UTF8 + VI.encode(), max_bytes=10**6)
    assert d.text == VI and any("byte-order mark" in f for f in d.fixes)


def test_utf16_bom() -> None:
    assert to_text(codecs.BOM_UTF16_LE + VI.encode("utf-16-le"), max_bytes=10**6).text == VI


def test_mojibake_utf8_read_as_cp1252() -> None:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252: how browsers show it)

    broken = VI.encode("utf-8").decode("sloppy-windows-1252")
    assert broken.startswith("Ä\x90áº£ng")
    fixed, fixes = repair(broken)
    assert fixed.startswith("Đảng ủy")
    assert any("mojibake" in f for f in fixes)


def test_control_character_inside_mojibake() -> None:
    """A C0 control character inside mojibake ('Ä\\x1f\\x90áº£ng') hides it from the repair: it is removed first,
    so the text is repaired in one pass (cleaning the output again changes nothing); the C1 characters stay for
    the repair, they are what UTF-8 bytes read as Latin-1 look like."""
    import ftfy.bad_codecs  # noqa: F401

    broken = VI.encode("utf-8").decode("sloppy-windows-1252")
    fixed, fixes = repair(broken[:1] + "\x1f" + broken[1:])
    assert fixed.startswith("Đảng ủy")
    assert "1 control character(s) removed" in fixes and any("mojibake" in f for f in fixes)
    assert repair("Â\x1f¡Hola!")[0] == repair("Â¡Hola!")[0] == "¡Hola!"


def test_nfd_becomes_nfc() -> None:
    fixed, fixes = repair(unicodedata.normalize("NFD", VI))
    assert fixed == VI and "Unicode normalised to NFC" in fixes


def test_invisible_and_nbsp() -> None:
    fixed, fixes = repair("Hà\u200bNội\u00a0mùa  thu\u202e")
    assert fixed == "HàNội mùa thu"
    assert len(fixes) >= 2


def test_windows_1258_detected() -> None:
    text = ("Người dân Hà Nội đã đổ về trung tâm thành phố để tham dự lễ hội lớn nhất năm. " * 20)
    raw = to_cp1258(text)
    d = to_text(raw, max_bytes=10**6)
    assert any("detected" in f or "declared" in f for f in d.fixes)
    assert "lễ hội" in unicodedata.normalize("NFC", d.text)


def to_cp1258(text: str) -> bytes:
    """windows-1258 stores tone marks as combining characters after a precomposed base."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def test_cp1252_detected() -> None:
    raw = ("Le café est très apprécié à Paris, où les crêpes sont délicieuses. " * 20).encode("cp1252")
    assert "café" in to_text(raw, max_bytes=10**6).text


def test_html_meta_charset() -> None:
    raw = ('<html><head><meta charset="windows-1252"></head><body><p>Crème brûlée à la française, '
           'très bonne.</p></body></html>').encode("cp1252")
    d = to_text(raw, max_bytes=10**6, html_hint=True)
    assert "Crème brûlée" in d.text and "windows-1252" in d.encoding.replace("cp1252", "windows-1252")


def test_eth_for_dstroke() -> None:
    fixed, fixes = repair("Ðà Nẵng và Ðồng Nai")
    assert fixed == "Đà Nẵng và Đồng Nai"


@pytest.mark.parametrize("text", [
    "Plain English text stays as it is, with “quotes” and — dashes.",
    "Ein ganz normaler deutscher Satz mit Umlauten: Grüße aus Köln.",
    "Une phrase française tout à fait normale, avec des accents : été, où, Noël.",
    VI,
    "Iceland: Þetta er íslenska, með ð og þ.",
])
def test_correct_text_unchanged(text: str) -> None:
    assert repair(text)[0] == text


def test_empty_is_error() -> None:
    with pytest.raises(ArticleError):
        clean(b"   \n\n")


def test_inline_link_notes_removed(tmp_path) -> None:
    """Golem page dumps (../shared/corpus/fundus-dev) keep the screen-reader note of every link inside the
    sentence: '…ihren Investoren(öffnet im neuen Fenster) , zu denen…'. The rules' residue.inline phrases
    come out of the text (source.fixes says how many); a user's rules file can add more."""
    body = ("Das sprach Quantumscape noch vor dem Börsengang ihren Investoren(öffnet im neuen Fenster) , zu denen "
            "Volkswagen auch schon gehörte, in einer Präsentation über die neuen Akkus zu, die bald kommen sollen.")
    doc = f"Neue Akkus für Volkswagen\n\n{body}\n\n{body.replace('Das sprach', 'Dann sprach')}\n"
    art = clean(doc)
    assert "öffnet im neuen Fenster" not in art.text and "ihren Investoren , zu denen" in art.text
    assert "2 inline link note(s) removed (rules: residue.inline)" in art.source.fixes
    rules = tmp_path / "mine.toml"
    rules.write_text('[residue]\ninline = ["[Werbung]"]\n', "utf-8")
    from articlecli import Options
    art = clean(doc.replace("Volkswagen", "Volkswagen[Werbung]"), Options(rules_files=(str(rules),)))
    assert "[Werbung]" not in art.text and "öffnet" not in art.text


def test_html_character_references_in_a_text_dump(tmp_path) -> None:
    """Scrapers that store a page's text often keep its character references ('&quot;', '&#039;' in
    ../shared/corpus/fundus-dev/uk-TechRadar-2026-05-21.page.txt): a text dump gets the characters back
    (source.fixes says so); a lone '&' and a reference without its ';' stay as written."""
    body = ("Ông Nguyễn Văn A cho biết &quot;dự án sẽ hoàn thành trong năm nay&quot; và&nbsp;nhấn mạnh "
            "rằng công ty R&D của AT&T đã góp vốn, còn &amp phí khác thì chưa tính đến.")
    path = tmp_path / "dump.txt"
    path.write_text(f"Dự án lớn về đích sớm\n\n{body}\n\n{body.replace('Ông', 'Bà')}\n", "utf-8")
    art = clean(path.read_bytes())
    assert '"dự án sẽ hoàn thành trong năm nay" và nhấn mạnh' in art.text
    assert "R&D của AT&T" in art.text and "&amp phí" in art.text and "&quot;" not in art.text
    assert any("HTML character reference(s) unescaped" in f for f in art.source.fixes)
    page = f"<html><body><h1>Dự án lớn</h1><p>{body} &lt;b&gt;</p><p>{body}</p></body></html>"
    assert "<b>" in clean(page.encode()).text        # an HTML page: its parser unescapes, once
