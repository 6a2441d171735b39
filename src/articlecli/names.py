"""Author names out of byline strings: 'Von: Simone Jung', 'By A and B • 30 August 2023', 'You, Xiaoying'."""
from __future__ import annotations

import re

from .rules import Rules
from .textutil import GLUED_CAPITAL, is_caps, is_name_word

# separators between names (inputs are whitespace-collapsed: single spaces, so no \s* runs to backtrack)
_DASH = re.compile(r" [-–—] ")          # 'By Tom Davies - Associated Press - Friday, April 28, 2023'
_AND = ("và", "and", "und", "et", "y", "e")     # 'and' between two names (vi, en, de, fr, es, it)
# (and nb, sv, nl, pl; the serial comma: 'A, B, and C')
AND_WORDS = _AND + ("og", "och", "en")             # (and nb/da, sv, nl: between two names of a list or a credit)
_SPLIT = re.compile(rf" ?[,;&] ?(?:(?-i:{'|'.join(_AND)}) )?|{_DASH.pattern}| (?:{'|'.join(AND_WORDS)}|i) ", re.I)
_CUT = re.compile(r"[•|·/\n@]|(?-i:[A-Z][a-z]{2,3})\. \d|(?-i:(?:January|February|March|April|June|July|August|September|October|"
                  r"November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember) \d)|\d(?!\d? [,;&])|\b(?:Stand|Updated|Published|Aktualisiert|Veröffentlicht|Mis à jour|Publié|"
                  r"Actualizado|Publicado|Posted|Publicerad|Uppdaterad|Pubblicato|Aggiornato|Gepubliceerd|Bijgewerkt|Publisert|Oppdatert|"
                  r"Cập nhật|Twitter|Facebook|Instagram|LinkedIn|E-?mail|Follow|Folgen)\b", re.I)
# affiliation marks after a name: "Xiaoying You 0 , Mariana Lenharo", "Xiaoying You0,"
_MARKER = re.compile(r" \d{1,2}(?= [,;&])|(?<=[^\W\d_])\d{1,2}(?= ?[,;&])")
_INITIALS = re.compile(r"\((?:[a-z.]{2,5}|[A-Z]{2,4})\)$")   # "Elena Oberholzer (obe)"
_LEAD_WORD = re.compile(r"^(?:by|von|par|por|di|door|av|af|bởi|tác giả|text|texte|written by)\s*:?\s+", re.I)


# lowercase words inside a person's name ('Nikolai von Bismarck', 'Ursula von der Leyen', 'Maria das Dores')
NAME_PARTICLES = frozenset("van von der den de del della di da dos das du le la bin ibn al el ten ter zu y".split())


_NAME_SEP = re.compile(r"[\s,&]+")
_NAME_JOINS = frozenset(_AND + ("-", "–", "—"))   # ("THANH HÀ - MINH ANH")


def namelike(text: str) -> bool:
    if " | " in text:             # two or more full names between bars ('Julia Vergin | Clare Roth'; not 'Home | News')
        names = text.split(" | ")
        return len(names) <= 4 and all(len(n.split()) >= 2 and namelike(n) for n in names)
    parts = [w for w in _NAME_SEP.split(text) if w and w.casefold() not in _NAME_JOINS]
    # (a capital glued inside the first word is a label before what follows: 'TopicsIsrael-Hamas War…'; 'Sophie
    # FosterTravel News Reporter' glues its role later, to a name)
    return bool(parts) and all(is_name_word(w) or (w.isupper() and w.isalpha()) for w in parts) \
        and GLUED_CAPITAL.search(parts[0]) is None and parts[0] not in _NOT_FIRST_NAMES


# capitalised English words that open a section label or a phrase, never a person's name ('In Local News, News')
_NOT_FIRST_NAMES = frozenset("In On At For From To Of With About Into Our Your My More All Latest Top".split())


def cjk_name(name: str, spaced: bool = False) -> bool:
    """'松岡大地' (two to six Chinese characters or Hangul); with `spaced`, '大渡 美咲' too (surname and given name,
    one to three each, a space between). (Compared character by character: a regex class over these ranges
    takes milliseconds to compile, in every process that reads a name.)"""
    core = name[:-1] if name.endswith("\n") else name          # (as a regex's '$' would)
    if not core or max(core) < "\u3400":
        return False                                              # (most names: one look at the highest character)
    if 2 <= len(core) <= 6 and all(map(_cjk, core)):
        return True
    surname, space, given = core.partition(" ")
    return spaced and bool(space) and 1 <= len(surname) <= 3 and 1 <= len(given) <= 3 \
        and all(map(_cjk, surname + given))


def _cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"


_NICKNAME_QUOTES = "\"“”‘’'"


def person_like(name: str) -> bool:
    parts = [p.strip(_NICKNAME_QUOTES) or p for p in name.split()]    # (a nickname: 'Amanda "Tania Mae" Tan')
    if len(parts) <= 2 and cjk_name(name, spaced=True):                # ('松岡大地', '大渡 美咲')
        return True
    if not 1 <= len(parts) <= 5 or _LEAD_WORD.match(name + " "):
        return False
    return all(is_name_word(p) or p in NAME_PARTICLES or p.isupper() and p.isalpha() for p in parts) \
        and any(is_name_word(p) or p.isupper() for p in parts)


def _unglued(part: str) -> str:
    """The words before a glue point inside a later word: a lowercase letter, then a capital, in a word of 4+
    letters ('Sophie FosterTravel News Reporter' → 'Sophie Foster'; 'McDonald', 'MacKenzie' stay whole)."""
    words = part.split()
    for i, w in enumerate(words[1:], 1):
        cut = next((k for k in range(4, len(w)) if w[k].isupper() and w[k - 1].islower()), 0)
        if cut:
            return " ".join(words[:i] + [w[:cut]])
    return part


def name_with_dashed_role(text: str, rules: Rules) -> str | None:
    """'Mathias Hagen – Journalist', 'Anders Skjerdingstad – Journalist i Paris': a name, a dash and the author's
    role (rules: byline.role_nouns): the name."""
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) != 2 or len(text) > 80:
        return None
    name, role = parts[0].strip(), parts[1].split()
    return name if role and role[0].casefold() in rules.role_nouns and 2 <= len(name.split()) <= 4 \
        and person_like(name) else None


def _without_role(part: str, rules: Rules) -> str:
    """A name without the job after it: 'Sophie FosterTravel News Reporter' (glued where the name's last word
    meets the role), 'Amy Gibbons Political Correspondent' (rules: byline.role_nouns) → the first two words, and
    a part that is only a role ('News Reporter') → ''."""
    unglued = _unglued(part)
    if unglued != part:
        return unglued
    words = part.split()
    if words and words[0].casefold() in rules.role_nouns and not namelike(part):
        return ""                                       # ('Journalist i Paris' after a dash: the role alone)
    if words and words[-1].strip(".,").casefold() in rules.role_nouns \
            and not any(_LEAD_WORD.match(w + " ") for w in words):     # (not 'Travel By Sophie Foster …')
        if len(words) <= 2:
            return ""
        keep = 2
        while keep < len(words) - 1 and words[keep - 1].casefold() in NAME_PARTICLES:
            keep += 1                                   # 'Jan van Dijk Reporter'
        return " ".join(words[:keep])
    return part


_SEGMENT = re.compile(r" ?[|•·] ?")
META_ROW_CHARS = 200    # a page's metadata row ('National, News | Published: 5 hours ago | Written by X') at most


def _segment_byline(segments: list[str]) -> str | None:
    """The name in a later segment that opens with a byline word ('Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch')."""
    for seg in segments[1:]:
        by = _LEAD_WORD.match(seg)
        if by and 2 <= len(seg[by.end():].split()) <= 4 and person_like(seg[by.end():].strip()):
            return seg[by.end():].strip()
    return None


def name_in_meta_row(text: str) -> str | None:
    """'Geingob’s Funeral, National, News | Published: 5 hours ago | Written by Eliaser Ndeyanale': the name in a
    metadata row's byline segment."""
    return _segment_byline(_SEGMENT.split(text)) if " | " in text and len(text) <= META_ROW_CHARS else None


def name_beside_date(text: str) -> str | None:
    """The person named in a short line that pairs a name with a date or time: 'Stefan Trunzik, 26.04.2024
    10:00 Uhr', '27. Januar 2026 • Gregor Meier • 3 Minuten', 'Zimbili Vilakazi|Published 15 hours ago',
    'Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch' (a later part opening with a byline word)."""
    if len(text) > META_ROW_CHARS:
        return None
    segments = _SEGMENT.split(text)
    name = _segment_byline(segments)
    if name or len(text) > 100:
        return name
    for seg in segments:
        cut = _CUT.search(seg)
        if cut and seg[cut.start()].isdigit() and cut.start() and seg[cut.start() - 1].isalpha():
            return None                               # (a number inside a word: 'Galaxy S26 Ultra review')
        raw = (seg[:cut.start()] if cut else seg).rstrip()
        head = _unglued(raw.strip(" ,.-–—"))                 # ('Associated PressApril 28, 2023 GMT')
        if 2 <= len(head.split()) <= 4 and "," not in head and ":" not in raw and person_like(head):
            return head
        if head:
            break
    return _name_after_date(text)


_LAST_PART = re.compile(r"(?:, | / | \| )(?P<name>[^,/|]+)$")
_DATE_HINT = re.compile(r"\b\d{4}\b|\b\d{1,2}:\d{2}\b")


def _name_after_date(text: str) -> str | None:
    """'9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer', 'Artikel veröffentlicht am 28. April 2024,
    14:26 Uhr, Tobias Költzsch': a date (a year or a time of day) and then, after the last separator, a name of two
    to four words."""
    m = _LAST_PART.search(text)
    if m is None or not _DATE_HINT.search(text[:m.start()]):
        return None
    name = m["name"].strip()
    return name if 2 <= len(name.split()) <= 4 and person_like(name) else None


_NAME_PIECES = re.compile(r"[\s-]")     # words and hyphenated parts of a name ('VOV-Tây Bắc')


def two_names(t: str, rules: Rules) -> list[str] | None:
    """'Mathatisi Sebusi/Mohalenyane Phakela': two full names joined by a slash, neither an agency nor a photo
    agency (a reporter and the agency after a slash is one name: 'Minh Anh/TTXVN', 'Mike Marsland/Getty Images')."""
    parts = [p.strip() for p in t.split("/")]
    if len(parts) != 2 or not all(2 <= len(p.split()) <= 4 and person_like(p) and namelike(p)
                                  and not any(is_caps(w) for w in _NAME_PIECES.split(p) if len(w) > 1) for p in parts):
        return None                           # (an acronym is an outlet's: 'Thu Hà/VOV-Tây Bắc')
    if any(p in rules.agencies or rules.is_photo_agency(p) for p in parts):
        return None
    return parts


def names_from_byline(text: str, rules: Rules) -> list[str]:
    """Person names in a byline string, in order; [] when it holds none."""
    t = " ".join(text.split())[:300]
    m = rules.byline_prefix_re.match(t)
    if m:
        t = m.group("name")
    t = rules.without_widget_tail(_MARKER.sub("", _LEAD_WORD.sub("", t)))    # ('Jane Smith Share')
    if not m and " | " in t and namelike(t):    # ('Julia Vergin | Clare Roth'; after 'By': 'By X | Fox News')
        return [n for n in t.split(" | ") if not rules.chrome_reason(n)]
    if "/" in t and (pair := two_names(t, rules)):
        return pair                           # ('Mathatisi Sebusi/Mohalenyane Phakela'; not 'Minh Anh/TTXVN')
    cut = _CUT.search(t)
    if cut:
        if cut.start() == 0 or t[cut.start()] != "|" and _SEGMENT.search(t):
            name = name_beside_date(t)        # '27. Januar 2026 • Gregor Meier • 3 Minuten', 'Do 25.04.24 | …'
            return [name] if name and not rules.chrome_reason(name) else []
        tail = _name_after_date(t)             # ('Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch')
        head = t[:cut.start()].strip(" ,.-–—")
        if tail and not (len(head.split()) >= 2 and person_like(head)) and not rules.chrome_reason(tail):
            return [tail]
        t = t[:cut.start()]
    t = rules.role_suffix_re.sub("", t).strip(" .,:-–—")
    if " " in t and _DASH.search(t):                 # the agency a reporter writes for, after a dash, is no author
        first, *rest = _DASH.split(t)
        t = " - ".join([first] + [p for p in rest if _strip_the(p.strip()) not in rules.agencies])
    parts = [_INITIALS.sub("", p.strip()).strip(" .:-–—…") for p in _SPLIT.split(t)]
    parts = [p for p in parts if p]
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts) and "," in t and " and " not in t:
        parts = [f"{parts[1]} {parts[0]}"]                       # "You, Xiaoying" → "Xiaoying You"
    parts = [q for q in (_without_role(_without_agency(p, rules), rules) for p in parts) if q]
    # (an agency the rules know is an author as it writes itself: 'Von dpa 30.04.2024, 18:58')
    names = [p for p in parts if (person_like(p) or p in rules.agencies) and not rules.chrome_reason(p)]
    if any(len(p.split()) >= 2 for p in names):
        # beside a full name, one word is a place or a role ('Von Anna Sleegers, Frankfurt', 'Paulina
        # Cwiartka, Online-Redakteurin'), unless it is an agency ('Adam Vidler and AP') or a CJK name
        names = [p for p in names if len(p.split()) >= 2 or p in rules.agencies or cjk_name(p)]
    if len(names) >= 2 and not is_caps(names[0]):
        # after a name in mixed case, a part in capitals is the outlet ('von David Straub, MDR THÜRINGEN'); a
        # byline all in capitals is names ('THANH HÀ - MINH ANH')
        names = [p for p in names if not is_caps(p) or p in rules.agencies]
    return names


def _strip_the(name: str) -> str:
    return name[4:] if name[:4].casefold() == "the " else name


def _without_agency(name: str, rules: Rules) -> str:
    """'Vasilisa Stepanenko The Associated Press' → 'Vasilisa Stepanenko': the agency the reporter writes for,
    after the name (rules: byline.agencies), is not part of it."""
    if " " not in name:
        return name
    for agency in rules.agencies:
        if name.endswith(" " + agency):
            head = name[:-len(agency)].rstrip()
            head = head[:-4].rstrip() if head.casefold().endswith(" the") else head
            return head if len(head.split()) >= 2 else name
    return name
