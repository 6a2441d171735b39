"""Metadata headers at the top of a text dump → page metadata (a step before segmenting plain text).

Two forms are common: YAML front matter (`---` / `title: …` / `---`, as static-site exports and
`articlecli clean --front-matter` write it) and the header Jina Reader puts before its Markdown
(`Title: …`, `URL Source: …`, `Published Time: …`, `Markdown Content:`). Their lines become blank
(line numbers stay) and their values the article's title, authors, date, URL, site and language.
"""
from __future__ import annotations

import json
import re

MAX_LINES = 40        # a header is at the very top and short
_KEY = re.compile(r"([A-Za-z][A-Za-z _-]{0,30}):(?:\s+(.*))?$")
_FIELDS = {"title": "title", "headline": "title", "author": "authors", "authors": "authors", "by": "authors",
           "date": "published", "published": "published", "published time": "published",
           "url": "url", "url source": "url", "link": "url", "site": "site", "site_name": "site",
           "language": "language", "lang": "language"}


def split(text: str) -> tuple[str, dict, str | None]:
    """(the text with its header lines blanked, the metadata, the fix made) — (text, {}, None) without one."""
    if not text[:10_000].lstrip().startswith(("---", "Title: ")):
        return text, {}, None                       # (most text: one look at its start)
    lines = text.split("\n", MAX_LINES + 1)
    first = next((i for i, line in enumerate(lines[:MAX_LINES]) if line.strip()), None)
    if first is None:
        return text, {}, None
    if lines[first].strip() == "---":
        end = next((i for i in range(first + 1, min(len(lines), MAX_LINES)) if lines[i].strip() in ("---", "...")), None)
        if end is None:
            return text, {}, None
        meta = _fields(lines[first + 1:end])
        kind, last = "YAML front matter", end
    elif lines[first].startswith("Title: ") and any(line.startswith("URL Source: ") for line in lines[first:first + 6]):
        last = next((i for i in range(first, min(len(lines), MAX_LINES)) if lines[i].strip() == "Markdown Content:"), None)
        if last is None:
            return text, {}, None
        meta = _fields(lines[first:last])
        kind = "Jina Reader header"
    else:
        return text, {}, None
    if not meta:
        return text, {}, None
    blanked = "\n" * (last + 1) + "\n".join(lines[last + 1:])     # (lines[-1] holds the rest of the text)
    return blanked, meta, f"{kind} read as metadata ({', '.join(sorted(meta))})"


def _fields(lines: list[str]) -> dict:
    meta: dict = {}
    key = None
    for line in lines:
        item = line.strip()
        if key == "authors" and item.startswith("- "):
            meta.setdefault("authors", []).append(_value(item[2:]))
            continue
        m = _KEY.match(item)
        if not m:
            key = None
            continue
        key = _FIELDS.get(m.group(1).strip().casefold().replace("-", " "))
        value = _value(m.group(2) or "")
        if key is None or value in ("", None, []):
            continue
        if key == "authors":
            meta["authors"] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        elif isinstance(value, str):
            meta[key] = value
    return meta


def _value(raw: str):
    raw = raw.strip()
    if raw[:1] in ('"', "["):
        try:
            return json.loads(raw)                # (JSON scalars and lists are YAML too: what we write)
        except ValueError:
            pass
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw
