"""Markdown page dumps → plain lines, keeping what the markup said as features (a step of segmenting).

Crawlers that hand pages to language-model pipelines (Jina Reader, Firecrawl, html2text, "markdown"
exports) print the whole page as Markdown: menus as lists of links, images as `![alt](src)`, the
headline as `# …`. The markup comes out of the text — link addresses and images are not body
text — and stays as evidence: the share of each line that is link text (a menu is all links, a
paragraph hardly any), heading levels and the images a line held.
"""
from __future__ import annotations

import re

CREDIT_WORDS = 6      # a line this short between an image and its alt text printed again: the image's credit
MIN_REFS = 3          # links or images before a text is read as Markdown
# [text](url "title") and ![alt](src); link text may hold one level of brackets ("[![alt](src)](href)"); an
# address with a scheme may hold spaces, as converters print a share link's ('mailto:?subject=How to fight …')
_REF = re.compile(r"(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\]){0,500})\]"
                  r"\(\s*(?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*|[a-z][a-z0-9+.-]{1,15}:[^()\n]{0,2000}?)"
                  r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
_HEADING = re.compile(r"(#{1,6})[ \t]+")


def _without_closing_hashes(line: str) -> str:
    """'The headline ##' → 'The headline' (a string test: the regex for it backtracks on long space runs)."""
    line = line.rstrip()
    bare = line.rstrip("#")
    return bare.rstrip() if bare != line and (not bare or bare[-1] in " \t") else line


_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>|#+\-=.)!(])")
# a whole line in emphasis, with a credit after a dash: how articlecli's own Markdown prints a caption
_EMPHASIS_LINE = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*(?:\s+—\s+(\S.*))?")


def _plain(text: str) -> str:
    """Text as compared with an image's alt text: escapes undone, whitespace runs as one space, casefolded."""
    return " ".join(_ESCAPED.sub(r"\1", text).split()).casefold()


def looks_like_markdown(text: str) -> bool:
    """Links or images (3+), or headings: two of them, or one opening the text."""
    if text.count("](") >= MIN_REFS and len(_REF.findall(text, 0, 1_000_000)) >= MIN_REFS:
        return True
    if "#" not in text:
        return False
    headings = _HEADING_LINE.findall(text, 0, 1_000_000)
    return len(headings) >= 2 or bool(headings) and bool(_HEADING_LINE.match(text.lstrip()))


_RULE_CELL = re.compile(r":?-{3,}:?")
_RULE_CHARS = frozenset("|-: \t")


def _table_rule(line: str) -> bool:
    """'|---|:---:|' under a table's header: two or more cells of dashes (a colon at either end), bars between
    (string tests and one short match per cell: no backtracking on long lines)."""
    line = line.strip().strip("|")
    if "|" not in line or not set(line) <= _RULE_CHARS:
        return False
    return all(_RULE_CELL.fullmatch(c.strip()) for c in line.split("|"))


_CELL_BAR = re.compile(r"(?<!\\)\|")


def _cells(line: str) -> list[str]:
    """'| Schools | [1.4](/x) |' → ['Schools', '1.4']: the cells of a table row, their links and emphasis as text."""
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [" ".join(_ESCAPED.sub(r"\1", _REF.sub(lambda r: "" if r.group(1) else r.group(2), c)).replace("**", "").split())
            for c in _CELL_BAR.split(line)]


def _tables(lines: list[str]) -> dict[int, list[list[str]]]:
    """GitHub-flavoured tables: the index of each header line → its rows (header first; the rule line and the body
    rows are the lines after it)."""
    out: dict[int, list[list[str]]] = {}
    i = 0
    while i + 1 < len(lines):
        if lines[i].lstrip().startswith("|") and _table_rule(lines[i + 1]):
            rows, j = [_cells(lines[i])], i + 2
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                rows.append(_cells(lines[j]))
                j += 1
            width = max(len(r) for r in rows)
            out[i] = [r + [""] * (width - len(r)) for r in rows]
            i = j
        else:
            i += 1
    return out


def strip(text: str) -> tuple[str, list[dict], str | None]:
    """The text without Markdown markup (same lines, in the same places), the features of each line
    ({} where there was no markup) and the fix made; (text, [], None) when the text is not Markdown."""
    if not looks_like_markdown(text):
        return text, [], None
    lines, features = [], []
    links = images = headings = 0
    image_before = False                 # the last line with text or an image held an image
    alts_before: set[str] = set()        # the alt texts of the last image, until a line not its credit
    source = text.split("\n")
    tables = _tables(source) if "|" in text else {}
    in_table = 0
    for at, line in enumerate(source):
        if at in tables:                 # (the table's rows on its first line: segment makes one block of them)
            rows = tables[at]
            lines.append(" | ".join(rows[0]))
            features.append({"md_table": rows})
            in_table = len(rows)         # (the rule line and the body rows: left blank)
            continue
        if in_table:
            in_table -= 1
            lines.append("")
            features.append({})
            continue
        f: dict = {"md_after_image": True} if image_before and line.strip() else {}
        m = _HEADING.match(line.lstrip())
        if m:
            f["md_heading"] = len(m.group(1))
            line = _without_closing_hashes(line.lstrip()[m.end():])
            headings += 1
        alts: set[str] = set()
        if "](" in line:
            linked = [0, 0]          # characters of link text, images

            def one(r: re.Match) -> str:
                inner = _REF.sub(one, r.group(2))       # ("[![alt](src)](href)": the image inside the link)
                if r.group(1):
                    linked[1] += 1
                    alts.add(_plain(inner))
                    return " "
                linked[0] += len(inner.strip())
                return inner
            line = _REF.sub(one, line)
            links += bool(linked[0])
            images += linked[1]
            if linked[1]:
                f["md_images"] = linked[1]
            plain = " ".join(line.split())
            if plain:
                f["link_density"] = min(1.0, linked[0] / len(plain))
        pairs = line.count("**")
        if pairs >= 2 and pairs % 2 == 0:             # '**bold**' (in pairs: a lone '**' is text)
            line = line.replace("**", "")
        m = _EMPHASIS_LINE.fullmatch(line.strip()) if line[:1] == "*" and line[1:2] not in (" ", "*") \
            and len(line) <= 2000 else None
        if m:                                         # '*A caption.* — CREDIT'
            line = m.group(1)
            if m.group(2):
                f["md_credit"] = _ESCAPED.sub(r"\1", m.group(2))
        if line.startswith("— ") and len(line.split()) <= 9:
            line = line[2:]                           # '— THU HƯỜNG': a signature line (articlecli's own byline)
        if "\\" in line:
            line = _ESCAPED.sub(r"\1", line)         # '\#', '\*', '2024\.': escaped Markdown characters
        if alts_before and _plain(line) in alts_before:
            f["md_alt_repeated"] = True               # the image's alt text printed again: its caption
        lines.append(" ".join(line.split()) if f else line)
        features.append(f)
        if line.strip() or f.get("md_images"):
            image_before = bool(f.get("md_images"))
            if image_before:
                alts_before = alts - {""}
            elif len(line.split()) > CREDIT_WORDS or f.keys() & {"md_alt_repeated", "md_heading"}:
                alts_before = set()          # (past a short line, the image's credit, its alt may still come)
    note = f"Markdown markup removed ({links} line(s) with links, {images} image(s), {headings} heading(s)" \
        + (f", {len(tables)} table(s))" if tables else ")")
    return "\n".join(lines), features, note
