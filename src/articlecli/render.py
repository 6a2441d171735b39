"""Article → Markdown, JSON, JSONL or plain text (render step): a dispatch table keyed by Format."""
from __future__ import annotations

import json
import re
from enum import Enum
from typing import Callable

from .model import Article, Block, Caption, Label
from .textutil import BULLETS

SCHEMA_VERSION = "1.1"   # 1.1: table blocks carry `rows`


class Format(str, Enum):
    md = "md"
    json = "json"
    jsonl = "jsonl"
    text = "text"

    @property
    def extension(self) -> str:
        return {"md": ".md", "json": ".json", "jsonl": ".jsonl", "text": ".txt"}[self.value]


# --------------------------------------------------------------------------- markdown

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)(?:([#+\-=>])|(\d{1,9})([.)])(?=\s|$))")


def md_escape(text: str) -> str:
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(_escape_start, text)


def _escape_start(m: re.Match) -> str:
    if m.group(2):                                   # "# x", "- x", "> x" → "\# x"
        return m.group(1) + "\\" + m.group(2)
    return m.group(1) + m.group(3) + "\\" + m.group(4)   # "2024. x" (an ordered list marker) → "2024\. x"


def _md_table(rows: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table; the first row is the header."""
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(md_escape(c) for c in cells) + " |"      # (md_escape escapes "|")
    return "\n".join([row(rows[0]), "|" + " --- |" * len(rows[0])] + [row(r) for r in rows[1:]])


def _md_links(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Text with [label](url) links at the given character spans (HTML input with --links)."""
    parts, pos = [], 0
    for start, end, href in spans:
        parts.append(md_escape(text[pos:start]))
        parts.append(f"[{md_escape(text[start:end])}]({href.replace(')', '%29').replace(' ', '%20')})")
        pos = end
    parts.append(md_escape(text[pos:]))
    return "".join(parts)


def _md_block(b: Block) -> str:
    if b.label is Label.table and b.features.get("rows"):
        return _md_table(b.features["rows"])
    text = _md_links(b.text, b.features["links"]) if b.features.get("links") else md_escape(b.text)
    if b.label is Label.heading:
        return "#" * max(2, min(b.level, 6)) + " " + text
    if b.label is Label.lead:
        return f"**{text}**"
    if b.label is Label.quote:
        return "> " + text
    if b.label is Label.list_item:
        return _md_item(text)
    return text


# the item's own marker as md_escape left it: '\- x', '• x', '\* x', '3\. x', '2) x'
_ITEM_MARK = re.compile(rf"^(?:\\?[{BULLETS}+]|(?P<n>\d{{1,2}})\\?(?P<d>[.)]))\s+")


def _md_item(text: str) -> str:
    """A list item: the marker the text printed becomes the Markdown one ('- Học bổng …' is '- Học bổng …', not
    '- \\- Học bổng …'; '3. x' stays an ordered item)."""
    m = _ITEM_MARK.match(text)
    if m is None:
        return "- " + text
    return f"{m.group('n')}{m.group('d')} {text[m.end():]}" if m.group("n") else "- " + text[m.end():]


def _md_caption(c: Caption) -> str:
    lines = []
    if c.src:
        lines.append(f"![{md_escape(c.alt or c.text or '')}]({c.src.replace(')', '%29').replace(' ', '%20')})")
    text = md_escape(c.text) if c.text else ""
    credit = md_escape(c.credit) if c.credit else ""
    if text and credit:
        lines.append(f"*{text}* — {credit}")
    elif text:
        lines.append(f"*{text}*")
    elif credit:
        lines.append(f"— {credit}")
    return "\n".join(lines)


def front_matter(a: Article) -> str:
    def q(v: object) -> str:
        return json.dumps(v, ensure_ascii=False)   # JSON scalars are valid YAML
    fields = {"title": a.title, "site": a.site, "authors": a.authors, "date": a.published, "url": a.url,
              "language": a.language, "source": a.source.path}
    lines = ["---"] + [f"{k}: {q(v)}" for k, v in fields.items() if v not in (None, [], "")] + ["---"]
    return "\n".join(lines)


def to_markdown(a: Article, *, captions: bool = True, with_front_matter: bool = False) -> str:
    parts: list[str] = []
    if with_front_matter:
        parts.append(front_matter(a))
    if a.title:
        parts.append("# " + md_escape(a.title))
    caps = sorted(a.captions, key=lambda c: c.position) if captions else []
    ci = 0
    for i, b in enumerate(a.blocks):
        while ci < len(caps) and caps[ci].position <= i:
            parts.append(_md_caption(caps[ci]))
            ci += 1
        parts.append(_md_block(b))
    parts += [_md_caption(c) for c in caps[ci:]]
    if a.authors:
        parts.append("— " + md_escape(", ".join(a.authors)))
    return "\n\n".join(p for p in parts if p) + "\n"


# --------------------------------------------------------------------------- json / text

def to_dict(a: Article, *, captions: bool = True) -> dict:
    d = a.to_dict()
    if not captions:
        d["captions"] = []
    return d


def to_json(a: Article, *, captions: bool = True, **_: object) -> str:
    return json.dumps(to_dict(a, captions=captions), ensure_ascii=False, indent=2) + "\n"


def to_jsonl(a: Article, *, captions: bool = True, **_: object) -> str:
    return json.dumps(to_dict(a, captions=captions), ensure_ascii=False) + "\n"


def to_text(a: Article, **_: object) -> str:
    parts = [a.title] if a.title else []
    if a.text:
        parts.append(a.text)
    return "\n\n".join(parts) + "\n"


def _md(a: Article, *, captions: bool = True, with_front_matter: bool = False) -> str:
    return to_markdown(a, captions=captions, with_front_matter=with_front_matter)


RENDERERS: dict[Format, Callable[..., str]] = {
    Format.md: _md,
    Format.json: to_json,
    Format.jsonl: to_jsonl,
    Format.text: to_text,
}


def render(a: Article, fmt: Format | str = Format.md, *, captions: bool = True, front_matter: bool = False) -> str:
    return RENDERERS[Format(fmt)](a, captions=captions, with_front_matter=front_matter)
