"""Plain text → candidate blocks (one per non-empty line), keeping source line numbers.

Scrapers often glue paragraphs: "…đồng.Câu sau" (no space after the full stop), "…nói.”“Câu" or
join text nodes with " , " ("…cao. , Câu sau"). Those glue points are split here; nothing is dropped
except the joining " , " itself, and each split is counted in the fixes.
"""
from __future__ import annotations

import re

from .model import Block
from .textutil import LOWER, UPPER

# "đồng.Câu", "2018.Australia", "nói.”“Câu": a sentence end glued to the next sentence's capital.
_GLUED = re.compile(rf"[{LOWER}0-9%)][.!?…](?=[{UPPER}“\"])|[.!?…][”\"](?=[{UPPER}“])")
# a subheading glued to the next paragraph: "…thế giớiTasmania", "…năm 2022Australia", "CollegeChương"
# (candidates only; _split_case decides: never "iPhone", "TikTok", "WordPress")
_CASE_PAIR = re.compile(rf"[{LOWER}0-9](?=[{UPPER}][{LOWER}])")
# scraper text-node joins at a sentence end: "…cao. , Câu", "…cao. xa0 , Câu"
_COMMA_JOIN = re.compile(r"(?<=[.!?…”\"]) (?:xa0 )*, (?=\S)")
MAX_LINE = 200_000   # longer lines are cut at spaces so every later step stays linear


def segment(text: str) -> tuple[list[Block], list[str]]:
    blocks: list[Block] = []
    glued = joins = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        line = line.strip()
        if not line:
            continue
        for chunk in _chunks(line):
            parts = _COMMA_JOIN.split(chunk) if " , " in chunk else [chunk]
            joins += len(parts) - 1
            for part in parts:
                pieces = [q for p in _split_at(_GLUED, part) for q in _split_case(p)]
                glued += len(pieces) - 1
                blocks.extend(Block(p.strip(), lineno) for p in pieces if p.strip())
    fixes = []
    if glued:
        fixes.append(f"{glued} glued paragraph boundaries split ('…end.Next')")
    if joins:
        fixes.append(f"{joins} scraper ' , ' joins at sentence ends split into paragraphs")
    return blocks, fixes


def _split_at(pattern: re.Pattern, text: str) -> list[str]:
    """Split after each match of a consuming pattern (faster than lookbehind splits on long lines)."""
    out, start = [], 0
    for m in pattern.finditer(text):
        out.append(text[start:m.end()])
        start = m.end()
    out.append(text[start:])
    return out


def _split_case(text: str) -> list[str]:
    """Split lowercase→Capital glue inside a word that starts lowercase (2+ letters), after a 4-digit
    number, or before a Vietnamese word."""
    out, start = [], 0
    for m in _CASE_PAIR.finditer(text):
        at = m.end()
        word_start = text.rfind(" ", 0, at) + 1
        left = text[word_start:at]
        if left.isdigit():
            ok = len(left) >= 4
        elif left[:1].isupper():
            ok = len(left) >= 4 and left[1:].islower() and _vi_right(text, at)
        else:
            ok = len(left) >= 2 and left.isalpha() and left.islower()
        if ok:
            out.append(text[start:at])
            start = at
    out.append(text[start:])
    return out


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
