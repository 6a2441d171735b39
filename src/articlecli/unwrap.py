"""Hard-wrapped text dumps → one line per paragraph (a step of segmenting plain text).

`lynx -dump`, `w3m -dump`, html2text and mail archives wrap every paragraph at a fixed width (72–80
columns), so one paragraph arrives as many lines. A line that ends because the next word would not
have fitted is a wrap, not a boundary: it is joined to the next line. A line that ends early (a
title, a subheading, a list item, a paragraph's last line) keeps its break. Text that is not
wrapped (one line per paragraph, line lengths all over the place) is left alone.
"""
from __future__ import annotations

import re

from .textutil import BULLETS

MIN_WRAPPED = 8       # different lines that end at the width before a text counts as wrapped …
WRAPPED_SHARE = 0.6   # … and this share of the longer lines inside paragraphs must end there
WIDTH_RANGE = (30, 200)
WIDTH_CANDIDATES = 8  # the longest line lengths tried as the width (a long URL may stick out)
# a first word that opens a list item or a Markdown block (heading, quote): never a wrapped line's rest
_LIST_MARK = re.compile(rf"[{BULLETS}>]|#{{1,6}}|\d{{1,3}}[.)]|\[\d+\].*")


def wrap_width(lines: list[str]) -> int | None:
    """The column the text was wrapped at, or None when it was not wrapped: the width at which most
    longer lines followed by more text end because the next word did not fit. (Menus and short lines
    of a page dump in between do not count; paragraphs kept on one line each are never near one width.)"""
    if sum(len(line) > WIDTH_RANGE[1] for line in lines) * 10 > len(lines):
        return None                     # (many lines longer than any wrap width: a cheap first test)
    inner = [(a.rstrip(), b) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if len(inner) < MIN_WRAPPED:
        return None
    widths = sorted({len(a) for a, _ in inner if WIDTH_RANGE[0] <= len(a) <= WIDTH_RANGE[1]},
                    reverse=True)[:WIDTH_CANDIDATES]
    best, width = 0, None
    for w in widths:
        full = len({a for a, b in inner if len(a) <= w and _full(a, b, w)})   # (distinct: not a repeated teaser)
        if full > best:
            best, width = full, w
    if width is None or best < MIN_WRAPPED:
        return None
    longer = sum(width // 2 < len(a) <= width for a, _ in inner)
    return width if best >= WRAPPED_SHARE * longer else None


def _full(line: str, nxt: str, width: int) -> bool:
    """The next line's first word would not have fitted on this line: the break is a wrap."""
    first = nxt.split(None, 1)[0]
    return len(line) + 1 + len(first) > width and not _LIST_MARK.fullmatch(first)


def unwrap(text: str) -> tuple[str, list[int], str | None]:
    """Join wrapped lines. Returns the text, the source line number of each of its lines and the fix
    made (the text unchanged, [] and None when it is not wrapped)."""
    if text.count("\n") - 2 * text.count("\n\n") < MIN_WRAPPED:
        return text, [], None                                # (too few single line breaks: a cheap first test)
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text, [], None
    out: list[str] = []
    numbers: list[int] = []
    joined = 0
    for i, line in enumerate(lines):
        prev = lines[i - 1].rstrip() if i else ""
        if out and prev.strip() and line.strip() and _full(prev, line, width):
            word = line.strip()
            # 'well-' + 'known': a break after a hyphen inside a word takes no space
            sep = "" if prev[-1:] == "-" and prev[-2:-1].isalnum() and word[:1].isalnum() else " "
            out[-1] = out[-1].rstrip() + sep + word
            joined += 1
        else:
            out.append(line)
            numbers.append(i + 1)
    return "\n".join(out), numbers, f"{joined} hard-wrapped line breaks joined (text wrapped at {width} columns)"
