"""Bytes → clean Unicode text, recording every fix applied (decode step of the pipeline)."""
from __future__ import annotations

import codecs
from itertools import chain, islice
import re
import unicodedata
import zlib
from dataclasses import dataclass, field

from .errors import BinaryInput, EmptyInput, TooLarge
from .textutil import VIETNAMESE

# Magic numbers of files that are certainly not articles.
_MAGIC = (
    (b"\x89PNG", "PNG image"), (b"%PDF", "PDF document"), (b"PK\x03\x04", "zip archive"),
    (b"GIF8", "GIF image"), (b"\xff\xd8\xff", "JPEG image"), (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"), (b"OggS", "Ogg media file"), (b"7z\xbc\xaf", "7z archive"),
    (b"BZh", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"), (b"SQLite format 3", "SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
def _chars(*ranges: str) -> tuple[str, ...]:
    return tuple(chr(c) for r in ranges for c in range(ord(r[0]), ord(r[-1]) + 1))


# Characters removed or replaced: one regex scan finds which are present, str.replace removes them.
_CONTROL = _chars("\x00\x08", "\x0e\x1f", "\x7f\x9f")
_C0_CONTROL = frozenset(_chars("\x00\x08", "\x0e\x1f", "\x7f"))
_INVISIBLE = _chars("\u200b\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e\u200f", "\u202a\u202e", "\u2066\u2069")
_SPACES = _chars("\u00a0", "\u2000\u200a", "\u202f", "\u205f", "\u3000", "\t", "\x0b", "\x0c")
_SPECIAL = frozenset(_CONTROL + _INVISIBLE + _SPACES)
# A UTF-8 lead byte shown as Latin-1/cp1252 followed by a continuation byte shown the same way:
# the signature of mojibake ("Ã©", "Ä\x90", "áº£"). Only then is ftfy (slow on long text) consulted.
_LEGACY_HINT = re.compile("[µ¸¶·¹¨»¾¼½©®ª«¬øùûõïöñ]")      # TCVN3/VNI symbols: only then is legacy.py consulted
# (Written continuation-first so the regex engine scans for the rarer character.)
_CONTINUATION = ("[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                 "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_MOJIBAKE_HINT = re.compile(_CONTINUATION + "(?<=[\u00c2-\u00f4].)")
# Every character any repair step looks for, in one class: one scan of the text says which steps can
# have work (most text: none, or only its dashes and quotes) instead of one scan per step.
_SUSPECT = re.compile("[" + "".join(map(re.escape, sorted(_SPECIAL))) + _LEGACY_HINT.pattern[1:-1] + _CONTINUATION[1:])
_CONTINUATION_RE = re.compile(_CONTINUATION)
_ETH_AS_DSTROKE = re.compile(r"\u00d0(?=[^\W\d_])")               # "Ðà Nẵng": U+00D0 used for Đ


@dataclass
class Decoded:
    text: str
    encoding: str
    fixes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing to inflate past max_bytes (gzip bombs)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(data, max_bytes + 1)
    if len(out) > max_bytes or d.unconsumed_tail:
        raise TooLarge(f"gzip content larger than --max-bytes ({max_bytes} bytes)")
    if not d.eof:
        raise zlib.error("truncated stream")
    return out


def sniff_binary(data: bytes) -> str | None:
    head = data[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    sample = data[:4096]
    if sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if sample.count(0) > len(sample) // 10:
            return "binary data (NUL bytes)"
    return None


def to_text(data: bytes, *, max_bytes: int, html_hint: bool = False) -> Decoded:
    """Decode bytes: BOM, UTF-8, HTML <meta charset>, else detection; then repair."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gunzip(data, max_bytes)
        except (OSError, EOFError, zlib.error) as e:
            raise BinaryInput(f"corrupt gzip data ({e})") from None
    if len(data) > max_bytes:
        raise TooLarge(f"input is {len(data)} bytes, more than --max-bytes ({max_bytes})")
    kind = sniff_binary(data)
    if kind:
        raise BinaryInput(f"not a text or HTML file ({kind})")
    text, encoding, fixes, warnings = _decode_bytes(data, html_hint)
    text, more = repair(text)
    fixes += more
    if not text.strip():
        raise EmptyInput("empty input (no text)")
    return Decoded(text, encoding, fixes, warnings)


def _decode_bytes(data: bytes, html_hint: bool) -> tuple[str, str, list[str], list[str]]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc, [f"byte-order mark ({enc})"], []
    try:
        return data.decode("utf-8"), "utf-8", [], []
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if html_hint or b"<meta" in data[:4096].lower() else None
    if declared:
        try:
            return data.decode(declared), declared, [f"decoded as {declared} (declared in <meta>)"], []
        except (LookupError, UnicodeDecodeError):
            pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad * 200 < len(text):
        msg = f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"
        return text, "utf-8", [msg], [msg]
    latin = data.decode("latin-1")
    if _LEGACY_HINT.search(latin):
        from .legacy import convert

        if convert(latin)[1]:                      # TCVN3/VNI bytes: read them as Latin-1, repair converts
            return latin, "latin-1", ["read as Latin-1 (legacy Vietnamese font encoding)"], []
    guess = _detect(data)
    if guess:
        msg = f"not UTF-8: decoded as {guess} (detected)"
        return data.decode(guess, errors="replace"), guess, [msg], [msg]
    msg = "not UTF-8 and no charset detected: decoded as cp1252"
    return data.decode("cp1252", errors="replace"), "cp1252", [msg], [msg]


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=None).best()
    return best.encoding if best else None


def repair(text: str) -> tuple[str, list[str]]:
    """Mojibake (ftfy), NFC, invisible and control characters, spaces and line ends."""
    fixes: list[str] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        fixes.append("line ends normalised to LF")
    present = _present(text)                           # the one scan: which steps below have work
    if _C0_CONTROL.intersection(present):    # (first: a control character inside mojibake, 'Â\x1f¡', hides it from
        text = _remove(text, _C0_CONTROL.intersection(present), CONTROL_NOTE, fixes)   # the repair; the C1 ones
        present = _present(text)             # stay for it: they are what UTF-8 read as Latin-1 looks like, 'Ä\x90')
    if _mojibake_hint(text, _CONTINUATION_RE.findall(present)):
        text, more = _fix_mojibake(text)
        if more:
            fixes += more
            present = _present(text)
    if _LEGACY_HINT.search(present):
        from .legacy import convert

        text, note = convert(text)
        if note:
            fixes.append(note)
            present = _present(text)
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        fixes.append("Unicode normalised to NFC")
        text = nfc
        present = _present(text)
    if "\u00d0" in text and VIETNAMESE.search(text) and _ETH_AS_DSTROKE.search(text):
        text = _ETH_AS_DSTROKE.sub("Đ", text)
        fixes.append("U+00D0 (Ð) used as Vietnamese Đ replaced")
    text = _strip_special(text, fixes, set(present))
    return _single_spaces(text), fixes


_SPACE_RUN = re.compile("  +")
SPACE_RUNS = 64      # runs of spaces found one by one at most; past them, one regex pass over the rest


def _single_spaces(text: str) -> str:
    """Every run of spaces as one space. A text holds few of them (where a non-breaking space stood beside a
    space): they are found one by one, which costs a third of rewriting the whole text twice (str.replace)."""
    at = text.find("  ")
    parts, pos = [], 0
    while at >= 0:
        if len(parts) == SPACE_RUNS:
            parts.append(_SPACE_RUN.sub(" ", text[pos:]))
            return "".join(parts)
        parts.append(text[pos:at + 1])
        pos = _SPACE_RUN.match(text, at).end()
        at = text.find("  ", pos)
    return "".join(parts) + text[pos:] if parts else text


def _present(text: str) -> str:
    """The characters of _SUSPECT the text holds, each once."""
    return "".join(set(_SUSPECT.findall(text)))


def _strip_special(text: str, fixes: list[str], present: set[str]) -> str:
    """Remove or replace the special characters `present` in the text (str.replace for each)."""
    present = present.intersection(_SPECIAL)
    if not present:
        return text
    for chars, note in ((_INVISIBLE, "zero-width/bidi/soft-hyphen character(s) removed"), (_CONTROL, CONTROL_NOTE)):
        text = _remove(text, present.intersection(chars), note, fixes)
    spaces = present.intersection(_SPACES)
    for c in spaces:
        text = text.replace(c, " ")
    if spaces:
        fixes.append("non-breaking and other special spaces turned into plain spaces")
    return text


CONTROL_NOTE = "control character(s) removed"


def _remove(text: str, chars: set[str], note: str, fixes: list[str]) -> str:
    """The text without `chars`; how many were removed goes into `fixes` with `note`."""
    n = len(text)
    for c in chars:
        text = text.replace(c, "")
    if len(text) < n:
        fixes.append(f"{n - len(text)} {note}")
    return text


def _mojibake_hint(text: str, continuations: list[str]) -> bool:
    """Does a continuation character present in the text follow a lead character somewhere? (str.find per
    character: the dashes and quotes of ordinary text are few, and a regex scan costs more.)"""
    for c in continuations:
        i, seen = text.find(c, 1), 0
        while i > 0:
            if "\u00c2" <= text[i - 1] <= "\u00f4":
                return True
            seen += 1
            if seen > 1000:                                # (a text full of them: one regex scan instead)
                return _MOJIBAKE_HINT.search(text) is not None
            i = text.find(c, i + 1)
    return False


def _fix_mojibake(text: str) -> tuple[str, list[str]]:
    found = _MOJIBAKE_HINT.finditer(text)
    hints = list(islice(found, 50))
    if not hints:
        return text, []
    import ftfy
    from ftfy.badness import is_bad

    # ftfy's badness test around the suspicious pairs only (on a whole page it costs ~20 ms)
    if not is_bad(" ".join(text[max(0, m.start() - 24):m.end() + 24] for m in hints)):
        return text, []
    config = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_character_width=False,
                                  fix_latin_ligatures=False, fix_line_breaks=False, normalization=None,
                                  explain=True)
    # only the lines that carry the signature go through ftfy (a whole page can take it 0.5 s)
    out, pos, steps = [], 0, set()
    for m in chain(hints, found):                      # (the same scan, continued: not a second one)
        if m.start() < pos:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        fixed, plan = ftfy.fix_and_explain(text[start:end], config=config)
        steps.update(step[1] for step in (plan or []))
        out += [text[pos:start], fixed]
        pos = end
    out.append(text[pos:])
    fixed = "".join(out)
    if fixed == text:
        return text, []
    return fixed, [f"mojibake repaired by ftfy ({', '.join(sorted(steps)) or 'ftfy'})"]


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def unescape_entities(text: str) -> tuple[str, list[str]]:
    """HTML character references left in a text dump ('&quot;', '&#039;', '&nbsp;') → the characters.
    Only complete references ending in ';' (a lone '&' as in 'AT&T' stays); for text input only: in an
    HTML page they are the parser's business."""
    if "&" not in text or not _ENTITY.search(text):
        return text, []
    import html

    n = 0

    def one(m: re.Match) -> str:
        nonlocal n
        out = html.unescape(m.group())
        n += out != m.group()
        return out
    text = _ENTITY.sub(one, text)
    if not n:
        return text, []
    text, more = repair(text)                   # ('&nbsp;' is a special space; '&#776;' a combining mark)
    return text, [f"{n} HTML character reference(s) unescaped ('&quot;' → '\"')", *more]


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


__all__ = ["Decoded", "to_text", "repair", "unescape_entities", "gunzip", "sniff_binary", "is_gzip"]
