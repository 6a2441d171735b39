"""Plain text → candidate blocks (one per non-empty line), keeping source line numbers.

Scrapers often glue paragraphs: "…đồng.Câu sau" (no space after the full stop), "…nói.”“Câu" or
join text nodes with " , " ("…cao. , Câu sau"). Those glue points are split here; nothing is dropped
except the joining " , " itself, and each split is counted in the fixes.
"""
from __future__ import annotations

import re
from itertools import islice

from . import markdown
from .model import Block
from .rules import Rules
from .textutil import VIETNAMESE, guess_language
from .unwrap import unwrap

# "đồng.Câu", "2018.Australia", "nói.”“Câu": a sentence end glued to the next sentence's capital.
# (Starts at the punctuation so the regex engine can scan for it; the letter before is checked in _split_at.)
_GLUE_AFTER_STOP = r"(?:(?=[^\W\d_]|[“\"(])|[”\"](?=[^\W\d_]|“))"
_GLUED = re.compile(r"[.!?…]" + _GLUE_AFTER_STOP)
# the same, one pattern per stop so each starts with a literal (the regex engine then skips ahead to
# it instead of testing a class at every character): used for the whole-text scan
_GLUED_EACH = tuple(re.compile(re.escape(c) + _GLUE_AFTER_STOP) for c in ".!?…")
_VI_UPPER = "".join(chr(c) for c in range(0x1EA0, 0x1EFA, 2))      # Ạ Ả Ấ … Ỹ (case alternates)
_VI_LOWER = "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2))
# a list item glued to the sentence or colon before it: '…tại Monash College.- Chương trình …', 'gồm:- Học bổng …'
# (a lowercase word or a number before the stop; 'S.p.A. - Divisione' is a company's name)
# (matches the dash: a literal first, which the regex engine scans for fast)
_GLUED_ITEM = re.compile(f"- (?=[A-ZÀ-ÞĐ{_VI_UPPER}])(?<=[a-zß-öø-ÿđơư{_VI_LOWER}0-9)][.:]- )")
# a numbered list item glued to the sentence before it, '…pháp luật đất đai.1. Áp dụng luật …', or to a word,
# '…Vương quốc Anh2. Giải quyết …' (see _numbered_items; matched at the item's '. ', a literal)
_GLUED_NUMBER = re.compile(f"\\. (?=[A-ZÀ-ÞĐ{_VI_UPPER}])(?:(?<=(?:[^\\W\\d_]|[.:])\\d\\. )|(?<=(?:[^\\W\\d_]|[.:])\\d\\d\\. ))")
# the next item inside a list item, after its full stop: '- Chương trình Dự bị: … Đại học. - Chương trình …'
_NEXT_ITEM = re.compile(f"(?<=[^\\W_][.;]) (?=- [A-ZÀ-ÞĐ{_VI_UPPER}])")
# (capital first: fast scan; after a quote or parenthesis it is a glue point only if a letter precedes that)
_CASE_HINT = re.compile(f"[A-ZÀ-ÖØ-ÞĐƠƯ{_VI_UPPER}](?<=[a-zß-öø-ÿđơư{_VI_LOWER}0-9)\"”].)")
# scraper text-node joins at a sentence end: "…cao. , Câu", "…cao. xa0 , Câu"
_COMMA_JOIN = re.compile(r"(?<=[.!?…”\"]) (?:xa0 )*,(?: (?:xa0 )*,)* (?=\S)")
_CLOSERS = ")\"”"
# a join before a list item, full stop or not: ' , 2. Giải quyết', ' , - Học bổng'
_ITEM_JOIN = re.compile(f" ,(?: ,)* (?=(?:- |\\d{{1,2}}\\. )[A-ZÀ-ÞĐ{_VI_UPPER}])")
# any other text-node join: " , " not after a comma (", , " joins over an empty node)
_NODE_JOIN = re.compile(r"(?<!,) ,(?: ,)* (?=\S)")
_SENTENCE_END = re.compile(r"[.!?…:;]\s|[.!?…:;,]$")
_FULL_STOP = re.compile(r"[.!?…](?:\s|$)")
UNIT_WORDS = (2, 25)        # a caption or subheading node
NEXT_WORDS = 6              # the node after it: the start of a paragraph, not a linked name
PREFIXED_NAMES = 15         # lowercase→Capital words per 1,000 words above which a language writes them
LABEL_LINE_WORDS = 10       # at most this many words: a line of glued UI labels, not a sentence
MAX_LINE = 200_000   # longer lines are cut at spaces so every later step stays linear


def segment(text: str, rules: Rules | None = None) -> tuple[list[Block], list[str]]:
    """Blocks of a text dump, with the fixes made. With the rules, a sentence end glued to a credit marker is no
    paragraph boundary ('…ngày 5/1.Ảnh: Đức Đồng …': the credit of the caption before; caption.credit_markers),
    nor is a stop after a title ('Dr.Win') or before an address's ending ('Canada.Com'; segment.abbreviations,
    segment.domains)."""
    blocks: list[Block] = []
    glued = joins = rejoined = 0
    text, numbers, unwrapped = unwrap(text)         # (numbers: the source line of each line, when joined)
    text, marks, demarked = markdown.strip(text)     # (marks: the features the markup gave each line)
    # one scan of the whole text for possible glue points; lines without one skip the splitting
    case_hits = [i for i in (m.start() for m in _CASE_HINT.finditer(text))
                 if text[i - 1] not in _CLOSERS or i > 1 and text[i - 2].isalnum()]
    after_stop, after_word = _numbered_items(text)
    hits = sorted([m.start() for rx in _GLUED_EACH for m in rx.finditer(text)] + case_hits
                  + [m.start() for m in _GLUED_ITEM.finditer(text)] + after_stop + [at for at, _ in after_word])
    # lowercase→Capital inside words is a glue point unless the language writes it (Xhosa, Zulu:
    # 'lukaGigaba', 'kwaTransnet' dozens of times per article)
    glued_case = guess_language(text) == "vi" or \
        sum(_prefixed(text, i) for i in case_hits) * 1000 < PREFIXED_NAMES * (text.count(" ") + 1)
    h, pos, skip = 0, 0, 0
    node_joins = " , " in text                      # (one look, not one per line)
    lines = text.split("\n")
    for at, raw in enumerate(lines):
        lineno = numbers[at] if numbers else at + 1
        end = pos + len(raw)
        while h < len(hits) and hits[h] < pos:
            h += 1
        has_glue = h < len(hits) and hits[h] < end
        pos = end + 1
        if skip:
            skip -= 1
            continue
        line = raw.strip()
        if not line:
            continue
        if line[-1] == "(":
            line, skip = _rejoin_parenthesis(line, lines, at + 1)
            rejoined += skip > 0
            has_glue = has_glue or skip > 0
        features = marks[at] if marks else {}
        if "md_table" in features:                   # (a Markdown table: one block, its rows kept)
            rows = features["md_table"]
            blocks.append(Block("\n".join(" | ".join(r) for r in rows), lineno, {"rows": rows}))
            continue
        if not has_glue and len(line) <= MAX_LINE and (not node_joins or " , " not in line):
            blocks.append(Block(line, lineno, dict(features)))
            continue
        for chunk in _chunks(line):
            parts = [u for p in _split_joins(chunk) for u in split_units(p)] \
                if " , " in chunk else [chunk]
            joins += len(parts) - 1
            for part in parts:
                pieces = [q for p in _split_at(_GLUED, part, rules) for i in _split_items(p)
                          for q in _split_case(i, glued_case)]
                glued += len(pieces) - 1
                blocks.extend(Block(p.strip(), lineno, dict(features)) for p in pieces if p.strip())
    fixes = [fix for fix in (unwrapped, demarked) if fix]
    if glued:
        fixes.append(f"{glued} glued paragraph boundaries split ('…end.Next')")
    if joins:
        fixes.append(f"{joins} scraper ' , ' joins at sentence ends split into paragraphs")
    if rejoined:
        fixes.append(f"{rejoined} parenthesis broken across lines rejoined ('… (' / 'Image:' / 'X)')")
    return blocks, fixes


PAREN_SOURCE = 40    # characters after a stop where a source in parentheses has its colon ('(Nguồn: X)')
PAREN_LINES = 2      # a parenthesis a page dump broke over this many more lines ("(" / "Image:" / "Getty)")


def _rejoin_parenthesis(line: str, lines: list[str], at: int) -> tuple[str, int]:
    """'Caption text (' + 'Image:' + 'Getty Images)': the credit of a caption that a page dump printed one
    element a line. Returns the joined line and how many following lines it took (0: left alone)."""
    for n in range(1, PAREN_LINES + 1):
        parts = [p.strip() for p in lines[at:at + n]]
        if len(parts) < n or not all(parts) or any(len(p) > 100 or "(" in p for p in parts) \
                or any(")" in p for p in parts[:-1]):
            return line, 0
        if parts[-1].endswith(")") and parts[-1].count(")") == 1:
            return line + " ".join(parts), n
    return line, 0


def _split_joins(text: str) -> list[str]:
    """Split at each scraper join after a sentence end ('…cao. , Câu'); after a closing quote only when the next
    word does not go on in lowercase ('… "trọng tài đã xé nát trận đấu" , còn một số …' is one sentence); before a
    list item too ('…quốc Anh , 2. Giải quyết …', '…gồm: , - Học bổng …'). (Not after any colon: 'Kommentare: ,
    Empfehlungen: 12' is a widget's row.)"""
    cuts = [(m.start(), m.end()) for m in _COMMA_JOIN.finditer(text)
            if not (text[m.start() - 1] in _CLOSERS and not (m.start() > 1 and text[m.start() - 2] in ".!?…")
                    and text[m.end()].islower())]
    items = {(m.start(), m.end()) for m in _ITEM_JOIN.finditer(text)}
    if items:
        cuts = sorted(set(cuts) | items)
    out, start = [], 0
    for at, end in cuts:
        if at >= start:
            out.append(text[start:at])
            start = end
    out.append(text[start:])
    return out


def split_units(part: str) -> list[str]:
    """A caption or subheading node joined to the next paragraph: "…3 tháng trở lại đây , Hợp khẩu vị
    khối ngoại , Cần nhấn mạnh…". Only at the start of a paragraph, for a capitalised node without
    sentence punctuation or inner commas, followed by a capitalised node of paragraph length that holds
    a full stop or is not continued in lowercase (a linked name inside a sentence is: "như , Dược Hậu
    Giang , , riêng")."""
    out = []
    while True:
        joins = list(islice(_NODE_JOIN.finditer(part, 0, 2000), 2))
        if not joins:
            break
        head, nxt = part[:joins[0].start()], part[joins[0].end():joins[1].start() if len(joins) > 1 else len(part)]
        after = part[joins[1].end():joins[1].end() + 1] if len(joins) > 1 else ""
        unit = head.lstrip(", ").replace(", , ", " ")
        if not (unit[:1].isupper() and UNIT_WORDS[0] <= len(unit.split()) <= UNIT_WORDS[1]
                and ", " not in unit and not _SENTENCE_END.search(unit)
                and nxt[:1].isupper() and len(nxt.split()) >= NEXT_WORDS
                and (not after or after.isupper() or _FULL_STOP.search(nxt))):
            break
        out.append(head)
        part = part[joins[0].end():]
    out.append(part)
    return out


NAME_LETTERS = 12    # letters of a title before a stop ('Prof') or an address's ending after it ('info') read at most
_WORD_AFTER = re.compile(rf"[^\W_]{{1,{NAME_LETTERS}}}")


def _glued_name(text: str, at: int, rules: Rules) -> bool:
    """The stop at `at` is inside a name: after a title ('Dr.Win', rules: segment.abbreviations) or before the
    ending of an address ('Canada.Com', rules: segment.domains)."""
    abbreviations, domains = rules.abbreviations, rules.domains
    k = at
    while k > max(0, at - NAME_LETTERS) and text[k - 1].isalpha():
        k -= 1
    if abbreviations and k < at and not (k and text[k - 1].isalnum()) and text[k:at] in abbreviations:
        return True
    after = _WORD_AFTER.match(text, at + 1)
    return bool(domains and k < at and after and after.group().casefold() in domains
                and not text[after.end():after.end() + 1].isalnum())


def _split_at(pattern: re.Pattern, text: str, rules: Rules | None = None) -> list[str]:
    """Split after each sentence end glued to the next sentence's capital ('…đồng.Câu', '…nói.”“Câu'), except,
    with the rules, inside a name ('Dr.Win', 'Canada.Com') and before a credit marker ('5/1.Ảnh: Đức Đồng')."""
    out, start = [], 0
    for m in pattern.finditer(text):
        at, end = m.start(), m.end()
        if rules is not None and text[at] == "." and _glued_name(text, at, rules):
            continue
        if end - at == 1:                               # "đồng.Câu", "(Mỹ).Xem", "Việt Nam”.Sau", "cherry...Bên":
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in _CLOSERS   # a letter, digit, closer
                               or text[at - 2:at] == ".." or text[at - 1] == "%"    # an ellipsis, a percentage
                               or _spaced_stop(text, at, end)):                     # or a scraper's ' .'
                continue
            before = text[at - 1]
        else:                                           # "nói.”“Câu"
            before = text[at]
        after = text[end]
        if after == "(":                                # "…từ AAE.(Nguồn: AAE Việt Nam)": a source in
            if not text[end + 1:end + 2].isupper() or ":" not in text[end:end + PAREN_SOURCE]:
                continue                                # parentheses, not an aside ('dry.(In fact, I …)')
        elif after in "“\"" and not text[end + 1:end + 2].isalnum():
            continue                                    # „Isch over.“ closes a German quote
        elif not (after.isupper() or after in "“\"") or before.isupper() and not _code_before(text, at, end) \
                or _abbreviation(text, at, end):
            continue                                    # "TP.HCM", "v.v", "U.23", "Tp.HCM"
        elif not (text[end + 1:end + 2].isalpha() or text[end + 1:end + 2] in " “\"'’") \
                or before.isdigit() and _ACRONYM.match(text, end) and _ORDINAL.search(text, max(0, at - 3), at):
            continue                                    # 'Az. 5 L 3799/24.F)', 'des 1.FC Kaiserslautern'
            #                                             (a letter alone is no sentence's first word; an ordinal
            #                                             before a club's acronym; not a score or a year: 'hòa
            #                                             0-0.HLV Hoàng Anh Tuấn', 'năm 2024.UBND tỉnh')
        elif rules is not None and rules.credit_re.match(text, end):
            continue                                    # '…ngày 5/1.Ảnh: Đức Đồng …': the credit goes with the
            #                                             caption before it
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


_ACRONYM = re.compile(r"[A-ZĐ]{2,}\b")
_ORDINAL = re.compile(r"(?<![^\s(])\d{1,2}$")     # a number of one or two digits standing alone: '1' in 'des 1.FC'


def _spaced_stop(text: str, at: int, end: int) -> bool:
    """'…hậu quả nghiêm trọng .Các bị can': a scraper's space before the full stop, the next sentence glued to it
    (not '.NET' after a space: an acronym after the stop is a name)."""
    return text[at] == "." and at >= 2 and text[at - 1] == " " and text[at - 2].isalnum() \
        and _ACRONYM.match(text, end) is None


_CODE = re.compile(r"(?<![^\W\d_])[A-Z]{3,5}$")     # 'AUD', 'USD', 'ASEAN' (after a number too: '15.000AUD')


def _code_before(text: str, at: int, end: int) -> bool:
    """'…15.000AUD.Ngoài ra': a code of 3–5 capitals ends the sentence, a word in lowercase opens the next (not
    'TP.Hồ Chí Minh', two letters; not 'U.S.A.', one)."""
    return _CODE.search(text, max(0, at - 6), at) is not None and text[end + 1:end + 2].islower()


def _abbreviation(text: str, at: int, end: int) -> bool:
    """'Tp.HCM', 'Dr.NGUYEN': a capitalised word of two letters before the stop, an acronym after it; 'z.B.
    Grafiken': a one-letter word before the stop."""
    if text[at - 1].isalpha() and (at == 1 or not text[at - 2].isalnum()):
        return True                                     # (a number is no abbreviation: 'cuối tháng 3, đầu tháng 4.Mãi')
    return at >= 2 and text[at - 2].isupper() and (at == 2 or not text[at - 3].isalnum()) \
        and _ACRONYM.match(text, end) is not None


def _numbered_items(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Numbered items glued to the text, each where its number starts: those glued to a sentence's stop or a colon
    after a word ('…đất đai.1. Áp dụng'; not '2.1. Các', a section's number), and those glued to a word, each with
    its number ('…quốc Anh2. Giải quyết'; items only in sequence: _word_items)."""
    after_stop, after_word = [], []
    for m in _GLUED_NUMBER.finditer(text):
        at = m.start() - 2 if text[m.start() - 2].isdigit() else m.start() - 1
        if text[at - 1] not in ".:":
            after_word.append((at, int(text[at:m.start()])))
        elif at >= 2 and text[at - 2].isalpha():
            after_stop.append(at)
    return after_stop, after_word


def _word_items(text: str, after_stop: list[int], after_word: list[tuple[int, int]]) -> list[int]:
    """Where a numbered item glued to a word starts: when the item before it has the number before ('…đất đai.1.
    Áp dụng …', or the text opens with '1. '), or it is '1.' and a '2.' glued the same way follows ('…Bạc Liêu1.
    Áp dụng … Anh2. Giải quyết'); 'H5N1. Các' is a name."""
    if not after_word:
        return []
    items = {int(text[at:text.index(".", at)]): at for at in after_stop}
    if m := re.match(r"(\d{1,2})\. ", text):
        items.setdefault(int(m.group(1)), 0)
    last_two = max((at for at, n in after_word if n == 2), default=-1)     # (one pass: no rescan per '1.')
    out = []
    for at, n in after_word:
        if n - 1 in items and items[n - 1] < at or n == 1 and at < last_two:
            items[n] = at
            out.append(at)
    return out


def _split_items(text: str) -> list[str]:
    """Split before each list item glued to a stop or colon ('…gồm:- Học bổng 20% …', '…đất đai.1. Áp dụng …'), to a
    word in sequence ('…Anh2. Giải quyết …'), and inside an item before the next one after its full stop ('-
    Chương trình Dự bị: … Đại học. - Chương trình …')."""
    after_stop, after_word = _numbered_items(text)
    cuts = sorted([m.start() for m in _GLUED_ITEM.finditer(text)] + after_stop
                  + _word_items(text, after_stop, after_word))
    if not cuts and not text.startswith("- "):
        return [text]
    pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
    return [q for p in pieces for q in (_NEXT_ITEM.split(p) if p.startswith("- ") else [p])]


def _split_case(text: str, lower_left: bool = True) -> list[str]:
    """A subheading glued to the next paragraph: '…thế giớiTasmania', '…năm 2022Australia',
    'CollegeChương'. Split lowercase→Capital only inside a word that starts lowercase (2+ letters;
    with `lower_left` false, as in Xhosa text, only in a short line of labels), after a 4-digit number,
    or before a Vietnamese word: never 'iPhone', 'TikTok', 'WordPress'."""
    out, start = [], 0
    # (elsewhere only in a short line of labels: "Jetzt testenLogin für Abonnenten", "Share this articleShare")
    label_line = not lower_left and text.count(" ") < LABEL_LINE_WORDS and text.rstrip()[-1:] not in ".!?…"
    for m in _CASE_HINT.finditer(text):             # approximate classes; exact checks below
        at = m.start()
        if not (text[at].isupper() and at + 1 < len(text) and text[at + 1].islower()):
            continue
        prev = text[at - 1]
        if prev in _CLOSERS:                # '…giấc mơ Mỹ sau những pha "cua gấp"Đinh Khánh Linh', '(Mỹ)Đinh'
            if at - 1 > start and text[at - 2].isalnum():
                out.append(text[start:at])
                start = at
            continue
        if not (prev.islower() or prev.isdigit()):
            continue
        left = text[text.rfind(" ", start, at) + 1:at]
        if left.isdigit():
            ok = len(left) >= 4
        elif left[:1].isupper():
            ok = (len(left) >= 4 or VIETNAMESE.search(left) is not None or _vi_short(left, text, at)) \
                and left[1:].islower() and _vi_right(text, at)   # ('MỹTổng': a short Vietnamese word is a word)
        else:
            ok = _lower_word(left) and (lower_left or label_line or _vi_right(text, at))
        if ok and at > start:
            out.append(text[start:at])
            start = at
    out.append(text[start:])
    return out


def _prefixed(text: str, at: int) -> bool:
    """A lowercase prefix on a capitalised word: 'lukaGigaba', 'kwaTransnet', 'eMbali', 'uRejoice' (not
    'TechRadar'; 'iPhone' counts too, but no English page says such words 15 times in 1,000)."""
    if not (text[at - 1].islower() and text[at].isupper()):
        return False
    left = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1:at]
    return _lower_word(left) or left.isalpha() and len(left) == 1


def _lower_word(left: str) -> bool:
    """The lowercase start of a glued word: 'giới' in 'giớiTasmania', 'luka' in 'lukaGigaba'."""
    return len(left) >= 2 and left.isalpha() and left.islower()


def _vi_short(left: str, text: str, at: int) -> bool:
    """'BáoĐối': a short word with an accented vowel before a word with a letter only Vietnamese writes."""
    end = text.find(" ", at)
    return any(c in _VI_LETTERS for c in left.lower()) and \
        VIETNAMESE.search(text, at, end if end > 0 else len(text)) is not None


def _vi_right(text: str, at: int) -> bool:
    end = text.find(" ", at)
    word = text[at:end if end > 0 else len(text)]
    return any(c in _VI_LETTERS for c in word.lower())


_VI_LETTERS = set("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


def _chunks(line: str) -> list[str]:
    if len(line) <= MAX_LINE:
        return [line]
    out, start = [], 0
    while start < len(line):
        end = min(start + MAX_LINE, len(line))
        if end < len(line):
            space = line.rfind(" ", start + MAX_LINE // 2, end)
            end = space if space > start else end
        out.append(line[start:end])
        start = end
    return out
