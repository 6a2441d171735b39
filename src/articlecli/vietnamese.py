"""Vietnamese tone-mark placement: old style 'hoà, thuỷ' vs new style 'hòa, thủy' (--tone-style)."""
from __future__ import annotations

import re
import unicodedata

# tone marks as combining characters: grave, acute, hook above, tilde, dot below
_TONES = "\u0300\u0301\u0309\u0303\u0323"
# open syllables ending in these vowel pairs are the ones whose mark moves (oa, oe, uy)
_PAIRS = ("oa", "oe", "uy")


def _with_tone(ch: str, tone: str) -> str:
    return unicodedata.normalize("NFC", ch + tone)


def _split_tone(ch: str) -> tuple[str, str]:
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    return base, tone


_WORD = re.compile(r"[^\W\d_]{2,7}")


def tone_style(text: str, style: str) -> tuple[str, str | None]:
    """Move tone marks in open 'oa/oe/uy' syllables to the old or new position."""
    if style not in ("old", "new"):
        return text, None
    changed = 0

    def fix(m: re.Match) -> str:
        nonlocal changed
        word = m.group(0)
        b1, t1 = _split_tone(word[-2])
        b2, t2 = _split_tone(word[-1])
        head = word[:-2].lower()
        if (b1 + b2).lower() not in _PAIRS or not (t1 or t2) or head.endswith(("q", "g")):
            return word                       # 'quà', 'giỏi': the u/i belongs to the consonant
        tone = t1 or t2
        new = b1 + _with_tone(b2, tone) if style == "old" else _with_tone(b1, tone) + b2
        if new == word[-2:]:
            return word
        changed += 1
        return word[:-2] + new

    out = _WORD.sub(fix, text)
    return out, (f"{changed} tone mark(s) moved to the {style} placement" if changed else None)
