"""Bylines and source lines: 'By Jane Smith', 'Theo TTXVN', '(TTXVN)', 'Minh Anh tổng hợp', a name closing
the article or under its title, a name beside a date, a name glued after the last sentence."""
from __future__ import annotations

import re

from . import runon
from .model import BODY_LABELS, Block, Label
from .names import (cjk_name, name_beside_date, name_in_meta_row, name_with_dashed_role, namelike, names_from_byline,
                    two_names)
from .rules import Rules
from .textutil import BULLET, DATE, ends_sentence, is_caps

NAME_OVER_DATE_WORDS = 5   # words of a name on the line over a date line before the headline at most
BYLINE_BEFORE = 8    # blocks before the article (its headline; widget labels not counted) where a 'By …' /
                     # 'Von …' line is its byline
NAME_ONLY = "name-only line "
# a dash closing a line of names: a dateline whose sentence was printed on the next line ('AUBURN, Wash. —')
_DATELINE_END = re.compile(r"^[^-–—].*\s[-–—]$")      # (not a name framed by dashes: '— THU HƯỜNG —')
_PAREN_TAIL = re.compile(r"\([^()]{2,40}\)\.?$")     # callers strip the space before it
_AGENCY_PAREN = re.compile(r"^\(\s*(?P<src>[^()]{2,40})\s*\)\.?$")
_HANDLE = re.compile(r"^(?P<name>[^@]{3,60}?) ?@\w{1,30}$")     # 'Greg Iacurci@GregIacurci': a name and its handle
_SLASH_AGENCY = re.compile(r"^(?P<name>[^/\s]+(?: [^/\s]+){0,4})/(?P<agency>[A-ZĐ][^/\s]*(?: [^/\s]+){0,3})$")
_TIME_AGO = re.compile(r"\b\d{1,3} [^\W\d_]{1,12}\b")    # '15 hours ago', '3 Minuten', '2 minutes read'


def byline_before(blocks: list[Block], start: int, rules: Rules) -> None:
    """Page dumps print the byline above the headline or among the widgets before the text: the nearest
    line there that opens with a byline word and names people ('Von Holger Zschäpitz') or pairs a name with
    a date ('Marco Pizzorno 4 Febbraio 2025 - 14:41') is the byline."""
    seen = 0
    for i in range(start - 1, -1, -1):
        b = blocks[i]
        f = b.features
        if _name_over_date(blocks, i, start):
            # ('Miguel A. Herguedas' / 'Actualizado Lunes, 2 diciembre 2024 - 02:24', over the headline)
            for j in (i - 1, i):
                blocks[j].set(Label.byline, "a name printed twice over the date, just before the article")
            return
        if f["words"] <= 2 or f.get("chrome"):
            continue                  # share buttons and widget labels ('Share', 'Copy', 'Flipboard') do not count
        seen += 1
        if seen >= BYLINE_BEFORE:
            return
        if b.label is not None or f["words"] > 12 or f["sentence"] or f.get("header"):
            continue
        if f["by"]:
            b.set(Label.byline, "byline prefix just before the article (rules: byline.prefixes)")
            return
        if name_with_dashed_role(b.text, rules):
            for j in (i - 1, i, i + 1):         # (one line per author: 'Mathias Hagen – Journalist' / 'Anders …')
                if 0 <= j < start and blocks[j].label is None and name_with_dashed_role(blocks[j].text, rules):
                    blocks[j].set(Label.byline, "a name and the author's role after a dash just before the article "
                                                "(rules: byline.role_nouns)")
            return
        if (DATE.search(b.text) or rules.reading_time_re and rules.reading_time_re.search(b.text)) \
                and dated_byline(b, rules):
            # (a date or a reading time, 'Ntombizethu Ngcobo 2 minutes read'; not '2 Miscreants' or 'Galaxy S26 …')
            b.set(Label.byline, "a name beside a date just before the article")
            return


def _name_over_date(blocks: list[Block], i: int, start: int) -> bool:
    """A person's name printed twice (the author's link, then the name) over a date line, before the article
    ('Miguel A. Herguedas' twice / 'Actualizado Lunes, 2 diciembre 2024 - 02:24'); not a widget's label ('Share
    Article', labelled chrome before). (A name printed once there may be a place or a label: 'New York', 'CAREER
    FEATURE'.)"""
    b = blocks[i]
    f = b.features
    return b.label is None and f["namelike"] and 2 <= f["words"] <= NAME_OVER_DATE_WORDS and 0 < i < start - 1 \
        and blocks[i + 1].features["date"] and blocks[i - 1].text == b.text and blocks[i - 1].label is None


BARE_PREFIX_GAP = 2      # lines from a byline's line to the name under it at most
BYLINE_LIST_WORDS = 24  # words of a 'By' byline that lists names ('By A B, C D, E F & G H') at most
BYLINE_LINES = 12        # name lines joined to one byline at most (a list of authors, one a line)
BARE_PREFIX_CHARS = 24   # characters of a byline prefix alone at most ('Written by', 'Author of the article:')
BARE_NAME_WORDS = 8      # words of a name line under a byline's line at most ('Sophie FosterTravel News Reporter')
_LIST_GOES_ON = (",", "&", "…")      # a byline's list of names goes on on the next line ('By Xiaoying You,')


def join_bare_prefixes(blocks: list[Block], rules: Rules) -> list[Block]:
    """A byline prefix alone on its line ('By', 'Von') and the name on the next ('Rachel Brazil'): one byline
    block, 'By Rachel Brazil' (the page sets each name apart as its link); so are the names on the lines after a
    byline that ends in a comma or '&' ('By Xiaoying You,' / 'Mariana Lenharo,' / 'Davide Castelvecchi &' / '…' /
    'Jeff Tollefson'). Only a short line with no sentence end is a name."""
    starts = [k for k, b in enumerate(blocks) if (len(b.text) <= BARE_PREFIX_CHARS or b.text.endswith(_LIST_GOES_ON))
              and _byline_head(b, rules)]
    if not starts:
        return blocks                # (most texts: no byline prefix alone, no byline ending in a comma)
    out: list[Block] = []
    k = 0
    for start in starts:
        if start < k:
            continue                 # (a line this byline already took)
        out += blocks[k:start]
        text, j = blocks[start].text.strip(), start + 1
        while j < min(len(blocks), start + 1 + BYLINE_LINES) and _name_under(blocks[j - 1], blocks[j]) \
                and (text.casefold() in rules.byline_words or text.endswith(_LIST_GOES_ON)):
            text = f"{text} {blocks[j].text.strip()}"
            j += 1
        out.append(Block(text, blocks[start].line, dict(blocks[j - 1].features)) if j > start + 1 else blocks[start])
        k = j
    return out + blocks[k:]


def _byline_head(b: Block, rules: Rules) -> bool:
    """A byline prefix alone ('By') or a 'By' byline ending in a comma, '&' or '…'."""
    text = b.text.strip()
    return b.label is None and not b.features.get("html") and (text.casefold() in rules.byline_words or (
        text.endswith(_LIST_GOES_ON) and rules.byline_prefix_re.match(text) is not None))


def _name_under(above: Block, b: Block) -> bool:
    return b.label is None and 0 < b.line - above.line <= BARE_PREFIX_GAP \
        and len(b.text.split()) <= BARE_NAME_WORDS and (b.text.strip() == "…" or not ends_sentence(b.text))


def prefixed_byline(b: Block, rules: Rules) -> bool:
    """'By Jane Smith', 'Von Holger Zschäpitz', 'Bài và ảnh: A': a byline word, then names (also as an item of the
    page's list of the article's data, a full name alone after the word: '* Von Ralf Euler')."""
    t = b.text.strip()
    if (bare := BULLET.sub("", t)) != t:           # (a full name: not '* Von Share')
        m = rules.byline_prefix_re.match(bare)
        return m is not None and len(m.group("name").split()) >= 2 and namelike(m.group("name"))
    m = rules.byline_prefix_re.match(t)
    if m is None:               # (a longer list of names: 'By Xiaoying You, Mariana Lenharo, Mohana Basu, …')
        return t.count(",") >= 2 and rules.opens_with_byline_word(t) and len(names_from_byline(t, rules)) >= 3
    return b.features["namelike"] or namelike(m.group("name")) \
        or bool(names_from_byline(t, rules))     # ('By Lance Ulanoff published 19 May 2026')


def source_line(b: Block, rules: Rules) -> bool:
    """The article's source: 'Quelle: F.A.Z.', 'Theo TTXVN', '(AP)'."""
    t = b.text.strip()
    return not b.features.get("chrome") and bool(rules.source_re.match(t) or rules.line_credit_re.match(t)
                                                 or _AGENCY_PAREN.match(t))


def closing_line(b: Block, rules: Rules) -> bool:
    """A line that may close an article: a name, a source ('Theo …', 'Nguồn: …'), an agency tag."""
    f, t = b.features, b.text.strip()
    if f.get("chrome") or f.get("teaser"):
        return False
    return bool(f["namelike"] or source_line(b, rules) or rules.byline_prefix_re.match(t) or _name_with_source(t)
                or _name_with_role(t, rules) or name_with_agency(t))


def byline_reason(b: Block, i: int, last_para: int, first_para: int, rules: Rules) -> str | None:
    f, t = b.features, b.text.strip()
    near_end = i > last_para
    near_top = i < first_para
    if near_top and name_in_meta_row(t):
        return "a byline in the metadata row under the title ('… | Written by Eliaser Ndeyanale')"
    if f["words"] > 12 and not f["by"] or f["sentence"] and not t.endswith(")"):
        return None                                      # (a 'By' byline may list more names: BYLINE_LIST_WORDS)
    if f["by"]:                                          # (evidence: prefixed_byline)
        return "byline prefix (rules: byline.prefixes)"
    m = rules.source_re.match(t)
    if m and (near_end or f["words"] <= 4) and "," not in t:
        return "source line 'Theo …' (rules: byline.source_prefixes)"
    m = _AGENCY_PAREN.match(t)
    if m and (m.group("src") in rules.agencies or is_caps(m.group("src"))):
        return "agency tag in parentheses"
    if (near_end or near_top) and name_with_dashed_role(t, rules):
        return "name with a role word after a dash ('Mathias Hagen – Journalist') " + (
            "closing the article" if near_end else "under the title")
    dateline = near_top and not near_end and _DATELINE_END.match(t)     # ('AUBURN, Wash. —' under the title)
    if f["namelike"] and (near_end or near_top) and f["words"] <= 6 and (f["words"] > 1 or is_caps(t)
                                                                          or _initialled_name(t)) \
            and not (f["words"] == 1 and f.get("link_density", 0.0) >= 1.0) and not dateline:   # ('[GDP](/…)': a tag)
        return NAME_ONLY + ("closing the article" if near_end else "under the title")
    if near_top and dated_byline(b, rules):
        return "a name with the date or time under the title"
    if (near_top or near_end) and "@" in t and (m := _HANDLE.match(t)) and 2 <= len(m.group("name").split()) <= 4 \
            and namelike(m.group("name")):
        return "a name with its social media handle ('Greg Iacurci@GregIacurci')"
    if (near_end or near_top) and _name_with_role(t, rules):
        return "name with a role word ('tổng hợp', 'ghi') " + ("closing the article" if near_end else "under the title")
    if near_end and _name_with_source(t):
        return "name with a source in parentheses closing the article"
    if near_end and name_with_agency(t):
        return "name and agency joined by '/' closing the article"
    if near_top and "/" in t and two_names(t, rules):
        return "two names joined by '/' under the title ('Mathatisi Sebusi/Mohalenyane Phakela')"
    return None


# a Japanese article signs its text in lenticular brackets: '…と発表した。【エルサレム松岡大地、カイロ金子淳】'
_SIGNATURE = re.compile(r"【([^【】\n]{2,60})】")
# the names that sign an article at the end of its last paragraph, with the date: '… umgekehrt." (Birgit Baumann
# aus Berlin, Anna Giulia Fink, Jan Michael Marchart, 3.5.2024)'
_SIGNED = re.compile(r"\((?P<names>[^()]{5,200}?),\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\)\s*$")
SIGNED_LINE_WORDS = 24    # words of a line of names printed without separators at most


class Signatures:
    """How the text of blocks[lo:hi] signs itself, looked for once, when first asked (each name line under the
    headline asks: a scan per line would be quadratic)."""

    def __init__(self, blocks: list[Block], lo: int, hi: int) -> None:
        self.blocks, self.lo, self.hi = blocks, lo, hi
        self._cjk: str | None = None
        self._closing: list[list[str]] | None = None

    def cjk(self) -> str:
        """The names in its 【…】 signatures, joined, spaces removed."""
        if self._cjk is None:
            self._cjk = "|".join(m.replace(" ", "") for b in self.blocks[self.lo:self.hi] if "【" in b.text
                                 for m in _SIGNATURE.findall(b.text))
        return self._cjk

    def closing(self) -> list[list[str]]:
        """The parts of each '(A, B, 3.5.2024)' closing a block, split into words."""
        if self._closing is None:
            found = (_SIGNED.search(b.text[-300:]) for b in self.blocks[self.lo:self.hi] if b.text.endswith(")"))
            self._closing = [[part.split() for part in m.group("names").split(",")] for m in found if m]
        return self._closing


def cjk_byline(b: Block, above: Block | None, signatures: Signatures, rules: Rules) -> str | None:
    """A name in Chinese characters under the headline ('松岡大地', '大渡 美咲': one word, or surname and given name
    with a space between), with evidence that it is the author's: the text's signature in 【…】 holds it, or the
    line over it is the alt text of the author's photo ('大渡 美咲の写真', rules: byline.author_photo_suffixes)."""
    t = b.text.strip()
    if not cjk_name(t, spaced=True):
        return None
    if above is not None and any(above.text.strip() == t + suffix for suffix in rules.author_photo_suffixes):
        return "a name in Chinese characters under the alt text of its photo (rules: byline.author_photo_suffixes)"
    if t.replace(" ", "") in signatures.cjk():
        return "a name in Chinese characters that the text signs in 【…】"
    return None


def signed_names(b: Block, signatures: Signatures) -> list[str] | None:
    """A line under the headline that is the names signing the text, printed one after the other without
    separators ('Birgit Baumann Anna Giulia Fink Jan Michael Marchart', each a link): the names, as the signature
    separates them (a name's words, then what the signature says after it: 'aus Berlin'); None when it is not."""
    line = b.text.split()
    if not 4 <= len(line) <= SIGNED_LINE_WORDS or not all(w[:1].isupper() for w in line):
        return None
    for parts in signatures.closing():
        names, at = [], 0
        for words in parts:
            k = next((k for k in range(len(words), 1, -1) if line[at:at + k] == words[:k]), 0)
            if not k:
                break
            names.append(" ".join(words[:k]))
            at += k
        if at == len(line) and len(names) >= 2:
            return names
    return None


def dated_byline(b: Block, rules: Rules | None = None) -> bool:
    """'Stefan Trunzik, 26.04.2024 10:00 Uhr', 'Kyle Wiggers 7 hours': a person's name beside a date or time."""
    t = b.text
    if b.features["words"] > 12 or not any(c.isdigit() for c in t):
        return False
    name = name_beside_date(t)
    if not name or rules is not None and rules.chrome_reason(name):
        return False
    rest = t.replace(name, " ", 1)
    return DATE.search(rest) is not None or _TIME_AGO.search(rest) is not None


def _name_with_role(t: str, rules: Rules) -> bool:
    """'Minh Anh tổng hợp', 'Thanh Hằng ghi': a short name followed by a role word (rules: byline.role_suffixes)."""
    if len(t) > 80:
        return False
    if _name_before(t, rules.role_suffix_re, " .,:-–—") or name_with_dashed_role(t, rules):
        return True                       # (or 'Anders Skjerdingstad – Journalist i Paris': rules: byline.role_nouns)
    parts = t.split()                     # 'Thabo Mokone Parliamentary editor' (rules: byline.role_nouns)
    return 3 <= len(parts) <= 7 and parts[-1].strip(".,").casefold() in rules.role_nouns \
        and namelike(" ".join(parts[:2]))


def _name_with_source(t: str) -> bool:
    """'Minh Anh (Theo Reuters)': a short name followed by a source in parentheses."""
    return _name_before(t, _PAREN_TAIL, " ")


def name_with_agency(t: str) -> bool:
    """'Minh Anh/TTXVN', 'Thu Hà/VOV-Tây Bắc': a reporter's name, then the agency or paper after a slash."""
    m = _SLASH_AGENCY.match(t)
    return bool(m) and namelike(m.group("name")) and not any(c.isdigit() for c in t)


def _name_before(t: str, tail: re.Pattern, strip: str) -> bool:
    """`t` is a short name (1–5 capitalised words) once the `tail` pattern is cut off its end."""
    head = tail.sub("", t)
    if head == t:
        return False
    head = head.rstrip(strip)
    return 1 <= len(head.split()) <= 5 and namelike(head)


def _initialled_name(t: str) -> bool:
    """'T.Trang', 'N.H.Anh': initials glued to a name, the way Vietnamese papers sign short pieces."""
    *initials, name = t.replace(" ", "").split(".")
    return bool(initials) and all(len(i) == 1 and i.isupper() for i in initials) \
        and len(name) >= 2 and name.isalpha() and name[0].isupper() and name[1:].islower()


def cut_trailing_byline(blocks: list[Block], rules: Rules) -> None:
    """A byline glued to the end of the last paragraph: '…chị Tiên nói.Duy Phương', '… phút bù giờ. Như Tâm
    (theo AFP)'."""
    body = [i for i, b in enumerate(blocks) if b.label in (Label.paragraph, Label.lead)]
    if not body or any(b.label is Label.byline for b in blocks[body[-1]:]):
        return
    i = body[-1]
    head, name = runon.cut_trailing_byline(blocks[i].text, rules)
    if name:
        blocks[i].text = head
        what = "source line" if rules.source_re.match(name) else "agency" if name.startswith("(") else "name"
        blocks.insert(i + 1, Block(name, blocks[i].line, dict(blocks[i].features)).set(
            Label.byline, f"{what} glued after the last sentence"))


_PAREN_SOURCE = re.compile(r"\(\s*(?:Theo\s+)?(?P<src>[^()]+)\)\s*$")


def parse_byline(text: str, rules: Rules) -> tuple[list[str], list[str]]:
    """'Bài và ảnh: A, B' → (['A', 'B'], []); 'Theo TTXVN' → ([], ['Theo TTXVN'])."""
    t = BULLET.sub("", " ".join(text.split())[:300]).strip("-–—").strip()
    if rules.source_re.match(t) or rules.line_credit_re.match(t):
        return [], [t.strip("().")]                 # 'Theo TTXVN', '(Nguồn: AAE Việt Nam)'
    sources = []
    paren = _PAREN_SOURCE.search(t)
    if paren and t[: paren.start()].strip():
        if not rules.is_role_word(paren.group(0).strip("() ")):     # ('Lê Minh (tổng hợp)': a role, no source)
            sources.append(paren.group(0).strip("() "))
        t = t[: paren.start()].strip()
    elif name_with_agency(named := _after_prefix(t, rules)) and not two_names(named, rules):
        t, agency = named.split("/", 1)               # 'Minh Anh/TTXVN' (not 'A Sebusi/M Phakela', nor the
        sources.append(agency)                        # prefix 'Autorin/Autor Roman Goncharenko')
    elif paren:
        return [], [paren.group("src").strip()]
    return names_from_byline(t, rules), sources


def _after_prefix(t: str, rules: Rules) -> str:
    """The byline without its prefix ('Autorin/Autor Roman Goncharenko' → 'Roman Goncharenko')."""
    m = rules.byline_prefix_re.match(t)
    return m.group("name") if m else t


def byline_parts(b: Block, rules: Rules) -> tuple[list[str], list[str]]:
    """parse_byline of a byline block, read once: the author's bio box and assemble both need it."""
    parts = b.features.get("byline_parts")
    if parts is None or parts[0] != b.text:
        parts = b.features["byline_parts"] = (b.text, parse_byline(b.text, rules))
    return parts[1]


def author_bio(blocks: list[Block], rules: Rules, meta_authors: list[str] = ()) -> None:
    """A paragraph near the end of the body that opens with the name of the article's own author is the
    author's bio box: 'Aaron Kliegman is a politics reporter for Fox News Digital.', 'Johannes
    RitterKorrespondent für Politik …'. The author is named by a 'By' or dated byline or by the page's
    metadata (a name-only line may be a tag), and the text does not name them before (a byline misread from
    a section label and a date: 'North Korea 09:31 August 20, 2019'). The name line above the bio is the box's
    (a name line with text under it near the end opens the box too: 'Ralf Euler' / 'Redakteur in der …'), and
    the few body blocks after it (a newsletter box, 'To submit a correction, click here.') are the page's."""
    names = {n for b in blocks if b.label is Label.byline and not b.features.get("name_only")
             for n in byline_parts(b, rules)[0]}
    names = [n for n in names | set(meta_authors) if len(n.split()) >= 2]
    # (a name-only byline's name counts when the name line stands right above the bio: 'John Nichols' /
    # 'John Nichols is a national affairs correspondent …')
    named = [n for b in blocks if b.label is Label.byline and b.features.get("name_only")
             for n in byline_parts(b, rules)[0] if len(n.split()) >= 2 and n not in names]
    if not names and not named:
        return
    body = [i for i, b in enumerate(blocks) if b.label is not None and b.label.is_body]
    for i, j in zip(body, body[1:]):         # (a box inside the text: 'Ralf Euler' / 'Redakteur in der Rhein-Main-…')
        role = blocks[j].text.split(maxsplit=1)[:1]
        if blocks[i].text in names and role and role[0].strip(",.").casefold() in rules.role_nouns:
            blocks[i].set(Label.chrome, "the name line of the author's bio box (its role under it)")
            blocks[j].set(Label.chrome, "the author's bio: the byline's name, then the role (rules: byline.role_nouns)")
    for k in range(max(len(body) // 2, len(body) - 5), len(body)):
        i, t = body[k], blocks[body[k]].text
        role, _, rest = t.partition(" ")
        if role.casefold() in rules.role_nouns:
            t = rest                             # ('Korrespondent Ulrich Exner ist bei WELT für … zuständig.')
        if t in names and k + 1 < len(body):
            why = "the name line of the author's bio box (the byline's name, with the bio under it)"
        elif any(t.startswith(n) and _bio_goes_on(t[len(n):])
                 and not any(n in blocks[j].text and blocks[j].text != n for j in body[:k]) for n in names):
            why = "the author's bio: opens with the byline's name"
        elif k and any(n in (blocks[body[k - 1]].text, blocks[i - 1].text) and t.startswith(n + " ")
                       and _bio_goes_on(t[len(n):]) and not any(n in blocks[j].text for j in body[:k - 1])
                       for n in named):       # (the name line right above: text, or the byline's name again)
            why = "the author's bio: opens with the name of the byline, printed on the line above"
        else:
            continue
        blocks[i].set(Label.chrome, why)
        above = prev_body(blocks, i)
        if above is not None and (blocks[above].text in names or blocks[above].text in named):
            blocks[above].set(Label.chrome, "the name line of the author's bio")
        for j in body[k + 1:]:
            blocks[j].set(Label.chrome, "the author's bio box, or after it")
        return


def teaser_bylines(blocks: list[Block], rules: Rules) -> None:
    """Under a byline above the text, a 'By' byline naming someone else between the article's paragraphs, with
    text after it, is a teaser card's ('Mode' / 'Diese überraschenden Sandalen …' / 'Von Alexandre Marain' in a
    most-popular box printed inside the article), not a second author."""
    body = [i for i, b in enumerate(blocks) if b.label in BODY_LABELS]
    first = next((i for i in body if blocks[i].label is Label.paragraph), None)
    if first is None:
        return
    top = {n for b in blocks[:first] if b.label is Label.byline and not b.features.get("name_only")   # (not a tag)
           for n in byline_parts(b, rules)[0]}
    if not top:
        return
    last_para = next(i for i in reversed(body) if blocks[i].label is Label.paragraph)
    for i in range(first + 1, last_para):
        b = blocks[i]
        if b.label is Label.byline and b.features.get("by") and not b.features.get("date"):
            names = byline_parts(b, rules)[0]
            if names and not top.intersection(names):
                b.set(Label.chrome, "a teaser card's byline inside the article (the article's byline stands above)")
                _card_above(blocks, i)


METADATA_DATE_REACH = 2    # blocks from a metadata box's author line to its date line at most


def metadata_author(blocks: list[Block], rules: Rules) -> None:
    """An article with no byline of its own: the author line of the page's metadata box after the text, beside
    the box's date line ('Datum 28.04.2023' / 'Autorin/Autor Roman Goncharenko'), names its author. Only the
    labelled form (rules: byline.author_labels), which no teaser card uses, and only one."""
    if not rules.author_labels or any(b.label is Label.byline and not source_line(b, rules) for b in blocks):
        return
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].label.is_body), None)
    if last is None:
        return
    for i in range(last + 1, len(blocks)):
        b = blocks[i]
        if b.label is Label.chrome and b.features["words"] <= 8 and b.text.casefold().startswith(rules.author_labels) \
                and any(x.features.get("date") for x in blocks[max(0, i - METADATA_DATE_REACH):i + 1 + METADATA_DATE_REACH]
                        if x is not b):
            b.set(Label.byline, "the author line of the page's metadata box after the text, beside its date line "
                                "(rules: byline.author_labels)")
            return


CARD_HEADLINE_WORDS = 25   # words of a teaser card's headline at most
CARD_KICKER_WORDS = 3      # words of the section kicker over it at most ('Mode')


def _card_above(blocks: list[Block], i: int) -> None:
    """The teaser card over its byline: the headline right above it (no full stop) and the section kicker over
    that ('Mode' / 'Sandalen mit Holzsohle im 60s-Style werden im Sommer 2024 überall zu sehen sein')."""
    j = prev_body(blocks, i)
    if j is None or blocks[j].features["sentence"] or blocks[j].features["words"] > CARD_HEADLINE_WORDS:
        return
    blocks[j].set(Label.chrome, "a teaser card's headline inside the article, over the card's byline")
    k = prev_body(blocks, j)
    if k is not None and blocks[k].features["words"] <= CARD_KICKER_WORDS and not blocks[k].features["sentence"]:
        blocks[k].set(Label.chrome, "a teaser card's section kicker inside the article, over its headline")


def _bio_goes_on(rest: str) -> bool:
    """What follows the name in a bio: a word glued on in capitals ('RitterKorrespondent', 'LazareTwitter')
    or a lowercase word ('… is a politics reporter')."""
    return rest[:1].isupper() or (rest[:1].isspace() and rest.lstrip()[:1].islower())


def prev_body(blocks: list[Block], i: int) -> int | None:
    """The body block before block i, past captions and chrome."""
    j = i - 1
    while j >= 0 and not blocks[j].label.is_body:
        j -= 1
    return j if j >= 0 else None
