"""Cut captions, photo credits and trailing bylines out of run-on text at sentence level.

Real dumps glue captions into the body: "… tối 15/2. Ảnh: Hoàng Huynh Bước vào phòng họp báo …".
The caption is the sentence before the credit marker; the credit is the run of name words after it;
the next sentence starts where the name ends. Body words are never dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .names import AND_WORDS, NAME_PARTICLES
from .rules import Rules
from .textutil import SENTENCE_END, is_caps, is_name_word

# The last sentence boundary before a position: ". " / "." glued to a capital / start of text.
_BOUNDARY = re.compile(r"(?:[.!?…][\"”’»)]*\s+|[.!?…][\"”’)]*(?=[A-ZĐÀ-ÝẠ-Ỹ“\"])|\s,\s)")
_TOKEN = re.compile(r"\S+")
MAX_CAPTION_WORDS = 70
_SEPARATORS = frozenset("/|·•-–—")     # not words of a credit
_JOINS = frozenset(AND_WORDS + ("&",))     # nor the 'and' between two names of one
MAX_NAME_WORDS = 5
SOURCE_AFTER_WORDS = 3      # words after a colon that close a credit's line ('Screenshot: fdp.de') at most
SOURCE_AFTER_CHARS = 60     # characters of that rest of the line at most
CREDIT_TAIL_CHARS = 60      # characters from the marker to a credit's closing words ('… cung cấp') at most
_CREDIT_JOINS = _JOINS | frozenset("-–—/")   # between two names of one credit ('Huy Mạnh - Văn Phú')


@dataclass
class Piece:
    text: str
    kind: str = "body"          # body | caption | credit
    credit: str | None = None
    marker: str = ""
    join_dropped: bool = False  # a body piece that lost a scraper's ' , ' join after a credit


CREDIT_WINDOW = 64     # characters before a colon where a credit marker ("(Ảnh chụp màn hình 2:") can start


def credit_markers(text: str, rules: Rules):
    """The credit-marker matches of `text`, left to right (as `credit_re.finditer` finds them).

    A marker always ends in a colon, so the case-insensitive alternation is only tried in a short
    window before each colon instead of at every character of a long paragraph."""
    colon, last = text.find(":"), -1
    while colon >= 0:
        start = max(last, colon - CREDIT_WINDOW, 0)
        head = text[start:colon].rstrip(" \t0123456789").casefold()
        if not head.endswith(rules.credit_words):
            colon = text.find(":", colon + 1)             # (a cheap test first: no marker word ends here)
            continue
        word = next(w for w in rules.credit_words if head.endswith(w))      # (longest first)
        near = max(start, start + len(head) - len(word) - 6)   # the regex only where that word starts ("(Ảnh")
        rx = rules.credit_re
        m = rx.search(text, near, colon + 1)
        if not m:                                          # '…Qatar World CupCredit: PA' (a figcaption's spans)
            rx = rules.glued_credit_re
            m = rx.search(text, near, colon + 1)
            m = m if m and text[m.start() - 1].islower() else None
        if m:
            m = rx.match(text, m.start())             # again without the window's end: same match, spaces after
            yield m
            last = m.end()
        colon = text.find(":", max(colon + 1, last))


def cut_captions(text: str, rules: Rules) -> list[Piece]:
    """Split a block into body pieces and caption pieces (each with its credit)."""
    pieces: list[Piece] = []
    pos = 0
    for m in credit_markers(text, rules):
        if m.start() < pos or not _is_credit_marker(text, m, rules):
            continue
        again = rules.credit_re.match(text, m.end()) if not m.group("open") else None
        credit, end = _parse_credit(text, again if again and not again.group("open") else m, rules)
        if not credit:                                 # ('Foto: Bild: SN/APA': the credit after both markers)
            continue
        start = _caption_start(text, pos, m.start())
        caption = text[start:m.start()].strip().rstrip(" -–—|")      # ('… sáng nay - Ảnh: VGP/Nhật Bắc')
        if len(caption.split()) > MAX_CAPTION_WORDS:
            continue
        if " " not in caption and caption[-1:].isalpha() and any(w[:1].islower() for w in credit.split()):
            continue                  # ('Erstes Bild: So könnte die Duisburger Seilbahn aussehen': a headline)
        body, dropped = _after_credit(text[pos:start], pos)
        if body:
            pieces.append(Piece(body, join_dropped=dropped))
        if not any(c.isalnum() for c in caption):
            caption = ""              # (only punctuation before the marker, ': Ảnh: X': a credit line)
        pieces.append(Piece(caption, "caption" if caption else "credit", credit, m.group("marker")))
        pos = end
    rest, dropped = _after_credit(text[pos:], pos)
    if rest:
        pieces.append(Piece(rest, join_dropped=dropped))
    return pieces


def _after_credit(piece: str, pos: int) -> tuple[str, bool]:
    """A body piece, stripped; after a credit (pos > 0) without the scraper's ' , ' join that glued the next text
    node to it ('… Ảnh: DŨNG PHƯƠNG , Phải chọn …': the text goes on at 'Phải'); and whether a join was dropped."""
    piece = piece.strip()
    rest = piece.lstrip(",; ") if pos else piece
    return rest, len(rest) < len(piece)


def _is_credit_marker(text: str, m: re.Match, rules: Rules) -> bool:
    marker = m.group("marker")
    if not m.group("open") and marker[0].islower():
        return False                                   # "hình ảnh: …" inside a sentence
    before = text[max(0, m.start() - 30):m.start()].split()
    if before and before[-1].strip("(") in rules.credit_not_after:
        return False                                   # "Trong ảnh: …" is caption text
    return True


def _parse_credit(text: str, m: re.Match, rules: Rules | None = None) -> tuple[str, int]:
    """The credit after the marker and where it ends: the words up to a credit's closing words ('Ảnh: Bệnh viện
    cung cấp'; rules: caption.credit_tails), else the run of name words after it (`_name_run`), or an agency or
    platform the rules know where the name words stop short of it ('Video: FPT Play', 'Ảnh: Reuters, AFP')."""
    if m.group("open"):
        close = text.find(")", m.end(), m.end() + 160)
        if close < 0:
            return "", m.end()
        return text[m.end():close].strip(), _past_stops(text, close + 1)
    tail = rules.credit_tail_re.match(text, m.end(), m.end() + CREDIT_TAIL_CHARS) \
        if rules is not None and rules.credit_tail_re is not None else None
    if tail:                                          # ('Ảnh: Bệnh viện cung cấp Câu sau …')
        return tail.group().strip(), _past_stops(text, tail.end())
    if len(text) - m.end() <= 120:                    # (a window: never copy the rest of a long line)
        rest = text[m.end():].strip()
        if rest and sum(w not in _SEPARATORS and w not in _JOINS and w[0] != "(" for w in rest.split()) <= 6 \
                and not any(c in rest.rstrip(".") for c in ".!?…:"):      # ('picture alliance / SZ Photo | X',
            # 'Alexander Ragnoli Winger og Vilde Holta Røssland (Nettavisen)')
            return rest.rstrip(" ."), len(text)       # the credit runs to the end: "Ảnh: Bệnh viện cung cấp"
    names = _name_run(text, m.end(), rules)
    known = rules.known_credit_re.match(text, m.end()) if rules is not None and rules.known_credit_re else None
    if known and known.end() > (names[-1][1] if names else m.end()) and text[known.end():known.end() + 1] != "/":
        return known.group(), _past_stops(text, known.end())   # ('Video: FPT Play', 'Video: K+': the name words
        #                                                          stop short of a name the rules know)
    if not names or _last_name_words(names) > MAX_NAME_WORDS:
        return "", m.end()
    end = names[-1][1]
    rest = text[end:].strip() if len(text) - end <= SOURCE_AFTER_CHARS else ""     # (never copy a long line's rest)
    if rest.startswith(":") and 1 <= len(rest[1:].split()) <= SOURCE_AFTER_WORDS and rest[-1:] not in ".!?…":
        return f"{' '.join(n for n, _ in names)}{rest}", len(text)     # 'Bild: Screenshot: fdp.de' closing the line
    return " ".join(n for n, _ in names), _past_stops(text, end)


def _past_stops(text: str, end: int) -> int:
    """Past the full stops, commas and semicolons that close a credit."""
    while end < len(text) and text[end] in ".,;":
        end += 1
    return end


def _name_run(text: str, start: int, rules: Rules | None) -> list[tuple[str, int]]:
    """The name words from `start` (and agencies the rules write in lowercase: 'Foto: dpa', 'Max Muster/dpa'),
    each with where it ends, up to a word that opens the next sentence: one of the rules' (caption.next_openers:
    'Ảnh: Hiếu Lương Ông Sơn nói …'), a change from capitals ('VFF Miền Bắc …'), or the last name word before a
    word that is none ('Hoàng Huynh Bước vào …')."""
    next_opener = rules.credit_next_re if rules is not None else None
    lower_agencies = rules.lowercase_agencies if rules is not None else frozenset()
    names: list[tuple[str, int]] = []
    stop, word = "end", ""
    for tok in _TOKEN.finditer(text, start):
        word = tok.group()
        core = word.rstrip(".,;:")
        if names and core == word and (core in NAME_PARTICLES or core in _CREDIT_JOINS):
            names.append((core, tok.start() + len(core)))      # 'Nikolai von Bismarck', 'Huy Mạnh - Văn Phú':
            continue                                           # kept if a name follows
        if not (is_name_word(core) or _is_agency(core, lower_agencies) or core in lower_agencies) \
                or _last_name_words(names) > MAX_NAME_WORDS:
            stop = "word"
            break
        if names and next_opener is not None and next_opener.match(text, tok.start()):
            stop = "opener"                            # (the next sentence starts here, whatever follows)
            break
        if names and is_caps(names[0][0]) != is_caps(core) and len(names[0][0]) > 1:
            stop = "case"                              # "VFF Miền Bắc": the next sentence starts
            break
        names.append((core, tok.start() + len(core)))
        if core != word:
            break
    _drop_particles(names)                             # (no name after 'von der': not the name's)
    if stop == "word" and len(names) >= 2 and word[:1].isalpha():
        names.pop()                                    # "Hoàng Huynh Bước vào": "Bước" opens the next sentence
        # (only before a word: 'Minh Khang "Nhưng …', a quote opens the next sentence, so the last name is the
        # credit's; so does a scraper's ' , ' join, 'Ảnh: DŨNG PHƯƠNG , Phải chọn …', and what is no word:
        # 'Foto: Sebastian Christoph Gollnow/dpa +++ dpa-Bildfunk +++')
        _drop_particles(names)
    return names


def _drop_particles(names: list[tuple[str, int]]) -> None:
    while names and (names[-1][0] in NAME_PARTICLES or names[-1][0] in _CREDIT_JOINS):
        names.pop()


def _last_name_words(names: list[tuple[str, int]]) -> int:
    """Words of the last name of a credit, past the dash or 'và' that joins it to the one before."""
    n = 0
    for word, _ in reversed(names):
        if word in _CREDIT_JOINS:
            break
        n += 1
    return n


def _is_agency(word: str, lower_agencies: frozenset[str] = frozenset()) -> bool:
    """'Muster/dpa', 'VGP/Nhật': a name and an agency joined by a slash."""
    return "/" in word and all(is_name_word(p) or p.isupper() or p in lower_agencies for p in word.split("/") if p)


def _caption_start(text: str, lo: int, marker_at: int) -> int:
    """Start of the sentence that ends right before the credit marker."""
    head = text[lo:marker_at].rstrip()
    head = head.rstrip("\"”’»")
    if head.endswith((".", "!", "?", "…")):
        head = head[:-1]
    for b in reversed(list(_BOUNDARY.finditer(head))):      # (the last boundary that is no abbreviation's stop)
        if not _PAREN_ABBREVIATION.search(head, max(0, b.start() - PAREN_ABBREVIATION_CHARS), b.start()):
            return lo + b.end()
    return lo


# an abbreviation in parentheses closing before the stop, no sentence end: 'Chef Holland-Moritz (r.) berät sich …',
# '(v. l.)', '(t.v.)'
_PAREN_ABBREVIATION = re.compile(r"\((?:\w{1,3}\. ?)*\w{1,3}$")
PAREN_ABBREVIATION_CHARS = 12   # characters before a stop where such an abbreviation opens its parenthesis


_SENTENCE_STOP = re.compile(r"[.!?…][\"”’»)]*(?=\s|$)")


def cut_openers(text: str, openers: tuple[str, ...]) -> list[Piece]:
    """Sentences that are captions by their opening words, with no credit ("Diễn biến chính trận X 4-4
    ở vòng 13 V-League."): each starts a sentence and ends at the next full stop."""
    hits = sorted(i for op in openers for i in _find_all(text, op) if _starts_sentence(text, i))
    pieces: list[Piece] = []
    pos = 0
    for at in hits:
        if at < pos:
            continue
        stop = _SENTENCE_STOP.search(text, at, at + 400)
        end = stop.end() if stop else len(text)
        if len(text[at:end].split()) > MAX_CAPTION_WORDS // 2 or (stop is None and len(text) - at > 400):
            continue
        if text[pos:at].strip():
            pieces.append(Piece(text[pos:at].strip()))
        pieces.append(Piece(text[at:end].strip(), "caption"))
        pos = end
    if text[pos:].strip():
        pieces.append(Piece(text[pos:].strip()))
    return pieces


def cut_standalone(text: str, phrases: tuple[str, ...]) -> list[Piece]:
    """A caption that says only what the picture is ('Ảnh minh họa', illustration; rules: caption.standalone)
    inside run-on text, in parentheses or as a sentence of its own after a sentence end ('… thắng. (Ảnh minh
    họa) Sau …', '… thắng. Ảnh minh họa. Sau …'): cut out as a caption; the sentences around it stay text."""
    cuts = []
    for phrase in phrases:
        for at in _find_all(text, phrase):
            end = at + len(phrase)
            nxt = text[end:end + 1]
            if at and text[at - 1] == "(" and nxt == ")":
                at, end = at - 1, end + 1                    # '(Ảnh minh họa)'
            elif _starts_sentence(text, at) and (nxt in ("", ".") or nxt == " " and text[end + 1:end + 2].isupper()):
                end += nxt == "."                            # 'Ảnh minh họa.', 'Ảnh minh họa Sau …'
            else:
                continue
            cuts.append((at, end))
    pieces: list[Piece] = []
    pos = 0
    for at, end in sorted(cuts):
        if at < pos:
            continue
        if text[pos:at].strip():
            pieces += _again(text[pos:at].strip(), phrases)
        pieces.append(Piece(text[at:end].strip("() ."), "caption"))
        pos = end
    if text[pos:].strip():
        pieces += _again(text[pos:].strip(), phrases) if pos else [Piece(text[pos:].strip())]
    return pieces


def _again(text: str, phrases: tuple[str, ...]) -> list[Piece]:
    """A piece left between cuts, read again as a block of its own: a phrase at its edge now starts or ends it
    ('Ảnh minh họa (Ảnh minh họa)'), as the next reading of the text output sees it."""
    return cut_standalone(text, phrases) if any(p in text for p in phrases) else [Piece(text)]


def _find_all(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _starts_sentence(text: str, at: int) -> bool:
    head = text[max(0, at - 4):at].rstrip()
    return at == 0 or head.rstrip("\"”’»)")[-1:] in (".", "!", "?", "…")


# Text-node-joined dumps (" , " between nodes): "<caption> , <PHOTOGRAPHER> , <Next paragraph…>"
_NODE_CAPTION = re.compile(r"^(?P<cap>[^.!?…,]{12,240}?) , (?P<name>[^,.]{2,40}?) ,? (?=[^\W\d_])")
# (with an agency's credit, a comma glued to the word before it is the caption's own: 'ở Budapest, Hungary ,
# Reuters , Reuters dẫn lại …'; a name after such a comma is a link node of the text: 'Trong đó, cựu Thứ trưởng ,
# Cao Minh Quang , …')
_AGENCY_NODE_CAPTION = re.compile(r"^(?P<cap>(?:[^.!?…,]|(?<=\S),){12,240}?) , (?P<name>[^,.]{2,40}?) ,? (?=[^\W\d_])")


def cut_node_caption(text: str, agencies: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    """'Nghiên cứu … nhà máy , DUY TÍNH , Theo số liệu…' → (caption, credit, rest); the credit is a name or one of
    `agencies` (casefolded: '… nhóm 12 18 tuổi , afp , Kết quả …')."""
    m = _NODE_CAPTION.match(text)
    if m is None or not _node_credit(m.group("name"), agencies):
        m = _AGENCY_NODE_CAPTION.match(text)
        if m is None or m.group("name").casefold() not in agencies:
            return None
    if not text[m.end()].isupper() or len(m.group("cap").split()) < 3:
        return None
    return m.group("cap").strip(), m.group("name").strip(), text[m.end():]


def _node_credit(name: str, agencies: frozenset[str]) -> bool:
    words = name.split()
    return 1 <= len(words) <= 4 and all(is_name_word(w) for w in words) or name.casefold() in agencies


_PAREN_AFTER = re.compile(r" ?\((?P<inner>[^()]{1,40})\)$")   # ' (tổng hợp)', ' (Theo Reuters)', ' (TTXVN/Vietnam+)'
PAREN_CHARS = 44                                           # (the longest match: a space, 40 characters, 2 brackets)
_AGENCY = re.compile(r"[A-ZĐ]{2,10}")                      # an agency in capitals: 'TTXVN', 'AP'
_TAIL = re.compile(r"(?:(?<=[.!?…\"”])|\s)(?P<name>[^\s.!?…]+(?: [^\s.!?…]+){0,8})$")
TRAILING_NAME_WORDS = 4     # words of each name of a byline glued after the last sentence at most
TRAILING_BYLINE_CHARS = 120  # characters from the end where a byline glued after the last sentence starts at most
_STOP = re.compile(r"[.!?…][\"”]?(?: |(?=[A-ZĐ(]))")    # a sentence end, then a space or a capital or '(' glued to it


def cut_trailing_byline(text: str, rules: Rules | None = None) -> tuple[str, str | None]:
    """'…chị Tiên nói.Duy Phương' → ('…chị Tiên nói.', 'Duy Phương'); '… kỳ họp tới. Minh Anh (TTXVN)' →
    ('… kỳ họp tới.', 'Minh Anh (TTXVN)'): an agency in capitals after the name stays with it, and alone after
    the last sentence it is the byline too ('(TTXVN)'). Two names joined by a dash ('Thanh Hà - Minh Anh'), a
    name with its agency after a slash ('Nguyễn Văn Hùng/VOV') are bylines too; with the rules, so are a name with
    a parenthesis a byline writes after it ('(tổng hợp)', '(theo Reuters)': _byline_paren), names after a byline
    prefix ('… cuối năm. Bài và ảnh: Ngọc Trâm') and a source line ('… trong nước. Theo Dân trí', '… nước.(Theo
    Dân trí)')."""
    if rules is not None:
        for stop in _STOP.finditer(text, max(0, len(text) - TRAILING_BYLINE_CHARS)):
            tail = text[stop.end():].strip()
            by = rules.byline_prefix_re.match(tail)
            if stop.start() >= 20 and (by and _names(by.group("name").strip()) or rules.source_re.match(tail)):
                return text[:stop.end()].rstrip(), tail
    paren = _PAREN_AFTER.search(text, max(0, len(text) - PAREN_CHARS))
    agency = paren is not None and _AGENCY.fullmatch(paren.group("inner")) is not None      # '(TTXVN)', '(AP)'
    if paren and (agency or rules is not None and _byline_paren(paren.group("inner"), rules)):
        head, name = cut_trailing_byline(text[:paren.start()])
        if name:
            return head, f"{name} {paren.group().strip()}"
        if agency:                                    # (an agency alone after the last sentence: the byline)
            head = text[:paren.start()].rstrip()
            return (head, paren.group().strip()) if len(head) >= 20 and head[-1] in SENTENCE_END else (text, None)
    m = _TAIL.search(text, max(0, len(text) - TRAILING_BYLINE_CHARS))
    if not m or m.start("name") < 20:
        return text, None
    name = m.group("name")
    head = text[:m.start("name")].rstrip()
    if not head.endswith((".", "!", "?", "…", "\"", "”")) or not _names(name) \
            or head[-1] == "." and head == text[:m.start("name")] and _abbreviation_before(head[:-1], rules):
        return text, None
    return head, name


def _abbreviation_before(head: str, rules: Rules | None) -> bool:
    """The word before a stop glued to a capital is an abbreviation, not a sentence's end ('TP.Hồ Chí Minh',
    'Q.Ba Đình', 'Dr.Win'), as the segmenter reads it (segment_text._split_at); a word of one lowercase letter
    ends a sentence ('…bác sĩ Tùng lưu ý.Lệ Thu')."""
    word = head.rsplit(None, 1)[-1] if head.strip() else ""
    word = word.rsplit(".", 1)[-1]
    return bool(word) and (word.isupper() or rules is not None and word in rules.abbreviations)


PAREN_AGENCY_WORDS = 3   # words of an agency in parentheses after a name ('(TTXVN/Vietnam+)') at most


def _byline_paren(inner: str, rules: Rules) -> bool:
    """What a byline puts in parentheses after the name: a role word ('tổng hợp', 't/h'), a source ('theo
    Reuters', 'Theo AFP'; rules: byline.role_suffixes, source_prefixes) or an agency ('Vietnam+', 'TTXVN/VNA')."""
    inner = inner.strip()
    if not inner:
        return False
    words = inner.replace("/", " ").split()
    return rules.is_role_word(inner) or rules.source_re.match(inner[0].upper() + inner[1:]) is not None \
        or len(words) <= PAREN_AGENCY_WORDS and all(w[0].isupper() for w in words)


_NAME_LIST = re.compile(rf", | (?:[-–—&]|{'|'.join(AND_WORDS)}) ")     # between the names of one byline
TRAILING_NAMES = 3          # names of a byline glued after the last sentence at most


def _names(text: str) -> bool:
    """'Duy Phương', 'Thanh Hà - Minh Anh', 'John Smith and Jane Doe', 'Nguyễn Văn Hùng/VOV': up to three names,
    each of name words."""
    parts = [p.split() for p in _NAME_LIST.split(text)]
    return len(parts) <= TRAILING_NAMES and all(
        0 < len(p) <= TRAILING_NAME_WORDS and all(is_name_word(w) or _is_agency(w) for w in p) for p in parts)


# Credits written after the caption without a label: "… (Reuters)", "… Foto: dpa", "… Getty Images"
_TRAILING_CREDIT = re.compile(
    r"^(?P<text>.*?[.!?…)\"”])?\s*(?:\((?P<paren>[^()]{2,60})\)|(?P<agency>(?:AFP|AP|Reuters|Getty Images|EPA|"
    r"dpa|imago|picture alliance|Shutterstock|iStock|Bloomberg|Xinhua|ANP|Keystone|APA)[^.]{0,60}))\s*$")


def split_trailing_credit(text: str) -> tuple[str, str | None]:
    """'Demonstrators in Paris. (Reuters)' → ('Demonstrators in Paris.', 'Reuters')."""
    m = _TRAILING_CREDIT.match(text)
    if not m:
        return text, None
    credit = (m.group("paren") or m.group("agency") or "").strip()
    if m.group("paren") and not credit_like(credit):
        return text, None
    return (m.group("text") or "").strip(), credit or None


def credit_like(s: str) -> bool:
    ws = s.replace("/", " ").split()
    return 1 <= len(ws) <= 6 and sum(is_name_word(w) or w.isupper() for w in ws) >= len(ws) - 1
