"""Legacy Vietnamese 8-bit encodings (TCVN3/ABC and VNI) seen as Latin-1 gibberish → Unicode.

Old archives store Vietnamese in font encodings: TCVN3 ("Hµ Néi" = "Hà Nội") puts each letter in one
Latin-1 byte; VNI ("Haø Noäi") writes a base letter followed by a mark byte. Read as Latin-1/cp1252 they
look like Western text with odd symbols. We convert only with confidence: the text must hold no real
Vietnamese letters, carry many such symbols inside words, and the conversion must produce common
Vietnamese words (của, và, là, …) that were not there before. Ordinary text in any language is
left byte-for-byte unchanged (see tests/encodings).
"""
from __future__ import annotations

import re

from .textutil import VIETNAMESE

# TCVN3 (TCVN 5712:1993, "ABC"): Latin-1 code point → Vietnamese letter (lower case; capitals with
# tone marks use the same codes in capital fonts).
_TCVN3 = dict(zip(
    "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦",
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"))

# VNI: standalone letters, then base + mark combinations.
_VNI_SINGLE = {"ö": "ư", "Ö": "Ư", "ô": "ơ", "Ô": "Ơ", "ñ": "đ", "Ñ": "Đ", "í": "í", "ì": "ì", "æ": "ỉ",
               "ó": "ĩ", "ò": "ị", "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ"}
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
          "Ù": "\u0301", "Ø": "\u0300", "Û": "\u0309", "Õ": "\u0303", "Ï": "\u0323"}
_CIRC = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323",
         "Â": "", "Á": "\u0301", "À": "\u0300", "Å": "\u0309", "Ã": "\u0303", "Ä": "\u0323"}
_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323",
          "Ê": "", "É": "\u0301", "È": "\u0300", "Ú": "\u0309", "Ü": "\u0303", "Ë": "\u0323"}
_VNI_PAIR = re.compile("([aeoyuAEOYUơƠưƯ])([ùøûõïÙØÛÕÏâáàåãäÂÁÀÅÃÄêéèúüëÊÉÈÚÜË])")

_SYMBOL_IN_WORD = re.compile(r"[a-zA-Z][µ¸¶·¹¨»¾¼½©®ª«¬\xadøùûõïöñ]|[µ¸¶·¹¨»¾¼½©®ª«¬\xad][a-zA-Z]")
_COMMON = frozenset("của và là các có được trong người những một không cho với này đã để khi từ theo đến "
                    "về năm cũng như nhiều sẽ đó tại thì nhưng còn đang ra làm phải mới hơn nước việt".split())


_TCVN3_TABLE = str.maketrans(_TCVN3)
_VNI_TABLE = str.maketrans(_VNI_SINGLE)


MIN_CONFIDENCE = 0.3


def _tcvn3(text: str) -> str:
    return text.translate(_TCVN3_TABLE)


def _vni(text: str) -> str:
    import unicodedata

    def pair(m: re.Match) -> str:
        base, mark = m.group(1), m.group(2)
        if mark in _TONES:
            return unicodedata.normalize("NFC", base + _TONES[mark])
        if mark in _CIRC and base.lower() in "aeo":
            return unicodedata.normalize("NFC", base + "\u0302" + _CIRC[mark])
        if mark in _BREVE and base.lower() == "a":
            return unicodedata.normalize("NFC", base + "\u0306" + _BREVE[mark])
        return m.group(0)

    return _VNI_PAIR.sub(pair, text.translate(_VNI_TABLE))


def _common_words(text: str) -> int:
    return len({w for w in re.findall(r"\w+", text[:50_000].lower()) if w in _COMMON})


def convert(text: str) -> tuple[str, str | None]:
    """Text → (converted text, a note for source.fixes) when a legacy encoding is detected with confidence."""
    sample = text[:50_000]
    if VIETNAMESE.search(sample):
        return text, None
    odd = len(_SYMBOL_IN_WORD.findall(sample))
    words = max(1, len(sample.split()))
    if odd < 3 or odd < MIN_CONFIDENCE * 0.05 * words:
        return text, None                 # too few odd symbols for the confidence below to ever pass
    before = _common_words(sample)
    best, name, score = None, None, before
    for label, fn in (("TCVN3 (ABC)", _tcvn3), ("VNI", _vni)):
        s = _common_words(fn(sample))     # judged on the sample; only the winner converts the whole text
        if s > score:
            best, name, score = fn, label, s
    if best is None or score < 3 or score < before + 3:
        return text, None
    confidence = min(1.0, score / 10) * min(1.0, odd / (0.05 * words))
    if confidence < MIN_CONFIDENCE:
        return text, None
    return best(text), f"legacy Vietnamese encoding {name} converted to Unicode (confidence {confidence:.2f})"
