"""Small pure text helpers shared by the steps."""
from __future__ import annotations

import re
from itertools import islice
import unicodedata

_WORD = re.compile(r"\w+")
_PUNCT_EDGES = " \t.:;,-–—|·•»«›‹>*#…"
DATE = re.compile(    # '26.04.2024', '2024-04-26', '10:00', '5 Mai 2024', 'May 5, 2024', '2025年1月14日'
    # ('April 10, 20233 years': a page dump glues the year to the age after it; '21 mins ago11:48': the time to the
    # words before it)
    r"(?:\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|\b\d{4}-\d{2}-\d{2}\b|(?<!\d)\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}\.? [A-Za-zÀ-ÿ]{3,10}\.? \d{4}\b|\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{4}年\d{1,2}月\d{1,2}日)")
_DIGIT = re.compile(r"\d")


def dates_in(text: str) -> list[str]:
    """The dates and times DATE finds in the text. Each holds a digit: a text without one is not scanned (the
    pattern's word boundaries cost a test at every character, ~9 µs on a line of 100)."""
    return DATE.findall(text) if _DIGIT.search(text) else []


# (and the full stops of Devanagari and Bengali '।', Myanmar '။', Ethiopic '።', Urdu '۔')
SENTENCE_END = ".!?…。！？।॥။።۔"
NOT_HEADING_END = ".,;:。，；：、।။።۔"    # a line ending in one of these goes on or has ended: no heading, no title
CLOSERS = "\"”“’‘»)]'」』）"
SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’»)]*\s")   # a sentence ends inside the text (more than one sentence)
# a lowercase word run into a capital, four letters before it: two words printed without a space between them
# ('TopicsIsrael', 'GutscheineNike'; a name's own capital comes sooner: 'McDonald', 'MacArthur', 'WhatsApp' is one)
GLUED_CAPITAL = re.compile(r"[a-zß-öø-ÿ]{4}[A-ZÀ-ÖØ-Þ]")


def norm_key(text: str) -> str:
    """Key for phrase lookups: casefold, collapsed spaces, edge punctuation stripped (text is NFC already)."""
    return " ".join(text.casefold().split()).strip(_PUNCT_EDGES)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


class Lazy:
    """A regex compiled on first use: classes over big Unicode ranges take milliseconds to compile,
    and most runs (Latin and Vietnamese text) never need them."""

    def __init__(self, pattern: str) -> None:
        self.pattern, self._rx = pattern, None

    def __getattr__(self, name: str):
        if self._rx is None:
            self._rx = re.compile(self.pattern)
        value = getattr(self._rx, name)
        setattr(self, name, value)       # (kept: the next `.search` is a plain attribute, not this call again)
        return value


# scripts written without spaces between words: CJK, and Thai, Lao, Khmer, Myanmar (spaces there end phrases)
_SPACELESS = Lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                  r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


_SPACELESS_SMALL = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")   # (of them, the ranges below U+3000)


_AT_U3000 = re.compile(rb"[\xe3-\xef]")     # a UTF-8 lead byte of U+3000-U+FFFF


def spaceless(text: str) -> bool:
    """Characters of a script written without spaces between words (CJK, Thai, Lao, Khmer, Myanmar). (The big
    classes are asked only of a text with a character at U+3000 or above, one look at its UTF-8 bytes: compiling
    them costs milliseconds, in every process that reads a Vietnamese or Latin name.)"""
    if text.isascii():
        return False
    if _AT_U3000.search(text.encode("utf-8", "surrogatepass")) is None:
        return _SPACELESS_SMALL.search(text) is not None
    return _SPACELESS.search(text) is not None


def word_count(text: str) -> int:
    """Words: whitespace-separated tokens; scripts written without spaces (Chinese, Japanese, Thai …) count
    as 2 characters a word. (A token scan, not a regex: this runs on every block.)"""
    if len(text) < 300 or "  " in text or "\n" in text:
        if "  " not in text and text[:1] != " " and text[-1:] != " " and text.isprintable():
            n = text.count(" ") + 1 if text else 0    # (exactly what split() counts: only single spaces)
        else:
            n = len(text.split())
    else:
        n = text.count(" ") + 1           # long blocks: every threshold is far below, counting spaces will do
    if len(text) <= 16 * n + 16:
        return n                          # words of ordinary length: a script that uses spaces
    return _spaceless_count(text)


def spaces_below(text: str, n: int) -> bool:
    """text.count(" ") < n, without counting the spaces of a long paragraph past its first 16 * n characters."""
    return text.count(" ", 0, 16 * n) < n and text.count(" ") < n


def _spaceless_count(text: str) -> int:
    tokens = text.split()
    if len(text) > 2000 and not spaceless(text[:2000]) or not spaceless(text):
        return len(tokens)              # (asked through spaceless: the big classes only for a text that can hold them)
    toks = _WORD.findall(text)
    chars = len(_SPACELESS.findall(text))
    return sum(1 for t in toks if not _SPACELESS.search(t)) + (chars + 1) // 2


def line_words(text: str) -> int:
    """Words of a short line, counted the same way in every script: a 33-character Japanese headline with one
    space in it is some 16 words, not 2. (word_count keeps whitespace tokens for short lines, so that a menu's
    CJK labels stay short: counting them by characters everywhere cost NikkanGendai and Mainichi their text.)"""
    return _spaceless_count(text) if spaceless(text) else word_count(text)


def head_key(text: str) -> str:
    """The first 80 characters casefolded, whitespace runs as one space: what chrome prefixes are matched against."""
    return " ".join(text[:80].casefold().split())


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


# a list item's marker opening a line: '- ', '• ', '2. ', '3) ', 'a) ' (classify's list items; html's <br> lines)
BULLETS = "-–•*▪●◦·"     # the characters an unnumbered item opens with (the dash first: literal in a class)
LIST_MARK = re.compile(rf"^(?:[{BULLETS}]\s+|\d{{1,2}}[.)]\s+|[a-z][.)]\s+)")
BULLET = re.compile(rf"^[{BULLETS}]\s+")      # (the unnumbered ones)


def is_name_word(w: str) -> bool:
    """A word that can be part of a person's name: capitalised letters (with . ' - inside)."""
    core = w.strip(".,'’-")
    return bool(core) and core[0].isupper() and (core.isalpha() or all(c.isalpha() or c in ".'’-" for c in core)) \
        and (core.isascii() or not spaceless(core))   # (no caseless script after a capital: 'LINEで共有')


VIETNAMESE = re.compile(r"[ăơưđĂƠƯĐ\u1ea0-\u1ef9]")        # letters only Vietnamese writes
_SCRIPTS = (("ja", Lazy(r"[\u3040-\u30ff]")), ("ko", Lazy(r"[\uac00-\ud7af]")),
            ("zh", Lazy(r"[\u4e00-\u9fff]")), ("th", Lazy(r"[\u0e00-\u0e7f]")),
            ("hi", Lazy(r"[\u0900-\u097f]")), ("ar", Lazy(r"[\u0600-\u06ff]")),
            ("he", Lazy(r"[\u0590-\u05ff]")), ("el", Lazy(r"[\u0370-\u03ff]")),
            ("vi", VIETNAMESE))
# The UTF-8 lead bytes of those other scripts: Greek to Arabic (U+0370–06FF: 0xCD–0xDB), Devanagari and
# Thai (U+0800–0FFF: 0xE0), kana, CJK and Hangul (U+3000–DFFF: 0xE3–0xED). A bytes class compiles at once.
_OTHER_SCRIPTS = re.compile(rb"[\xcd-\xdb\xe0\xe3-\xed]")


SCRIPT_SAMPLE = 4000     # characters the script guess reads


def guess_language(text: str) -> str | None:
    """Language from the script alone, where the script says it (no guess for Latin or Cyrillic text)."""
    sample = text[:SCRIPT_SAMPLE]
    if len(list(islice(VIETNAMESE.finditer(sample), 20))) >= 20:
        return "vi"                      # (Vietnamese first: its letters come early, the scan stops there)
    if _OTHER_SCRIPTS.search(sample.encode("utf-8")) is None:      # one scan settles the Latin case
        return None
    counts = [(len(rx.findall(sample)), code) for code, rx in _SCRIPTS]
    n, code = max(counts)
    if code == "zh" and counts[0][0] > 20:
        return "ja"                      # kanji with kana is Japanese
    return code if n >= 20 else None
