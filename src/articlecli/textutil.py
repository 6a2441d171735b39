"""Small pure text helpers shared by the steps."""
from __future__ import annotations

import re
from itertools import islice
import unicodedata



_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_PUNCT_EDGES = " \t.:;,-–—|·•»«›‹>*#"
SENTENCE_END = ".!?…。！？"
CLOSERS = "\"”’»)]'」』）"


def norm_key(text: str) -> str:
    """Key for phrase lookups: casefold, collapsed spaces, edge punctuation stripped (text is NFC already)."""
    return " ".join(text.casefold().split()).strip(_PUNCT_EDGES)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words: whitespace-separated tokens; scripts written without spaces (Chinese, Japanese) count
    as 2 characters a word. (A token scan, not a regex: this runs on every block.)"""
    if len(text) < 300 or "  " in text or "\n" in text:
        n = len(text.split())
    else:
        n = text.count(" ") + 1           # long blocks: every threshold is far below, counting spaces will do
    if len(text) <= 16 * n + 16:
        return n                          # words of ordinary length: a script that uses spaces
    tokens = text.split()
    if len(text) > 2000 and _CJK.search(text, 0, 2000) is None:
        return len(tokens)
    if _CJK.search(text) is None:
        return len(tokens)
    toks = _WORD.findall(text)
    cjk = len(_CJK.findall(text))
    return sum(1 for t in toks if not _CJK.search(t)) + (cjk + 1) // 2


def ends_sentence(text: str) -> bool:
    t = text.rstrip().rstrip(CLOSERS)
    return bool(t) and t[-1] in SENTENCE_END


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def letters_key(text: str) -> str:
    """Only letters and digits, casefolded: compares texts that differ in quotes and dashes."""
    return "".join(_NOT_ALNUM.split(unicodedata.normalize("NFC", text).casefold()))


_NOT_ALNUM = re.compile(r"[\W_]+")


def is_name_word(w: str) -> bool:
    """A word that can be part of a person's name: capitalised letters (with . ' - inside)."""
    core = w.strip(".,'’-")
    return bool(core) and core[0].isupper() and all(c.isalpha() or c in ".'’-" for c in core)


_SCRIPTS = (("ja", re.compile(r"[\u3040-\u30ff]")), ("ko", re.compile(r"[\uac00-\ud7af]")),
            ("zh", re.compile(r"[\u4e00-\u9fff]")), ("th", re.compile(r"[\u0e00-\u0e7f]")),
            ("hi", re.compile(r"[\u0900-\u097f]")), ("ar", re.compile(r"[\u0600-\u06ff]")),
            ("he", re.compile(r"[\u0590-\u05ff]")), ("el", re.compile(r"[\u0370-\u03ff]")),
            ("vi", re.compile(r"[ăơưđĂƠƯĐ\u1ea0-\u1ef9]")))


_OTHER_SCRIPTS = re.compile("[" + "".join(rx.pattern[1:-1] for code, rx in _SCRIPTS if code != "vi") + "]")


def guess_language(text: str) -> str | None:
    """Language from the script alone, where the script says it (no guess for Latin or Cyrillic text)."""
    sample = text[:4000]
    if _OTHER_SCRIPTS.search(sample) is None:          # one scan settles the common case
        return "vi" if len(list(islice(_SCRIPTS[-1][1].finditer(sample), 20))) >= 20 else None
    counts = [(len(rx.findall(sample)), code) for code, rx in _SCRIPTS]
    n, code = max(counts)
    if code == "zh" and counts[0][0] > 20:
        return "ja"                      # kanji with kana is Japanese
    return code if n >= 20 else None
