"""Labelled blocks → Article (assemble step)."""
from __future__ import annotations

import re

from .bylines import byline_parts
from .model import BODY_LABELS, Article, Block, Caption, Label, Removed, Source
from .rules import Rules
from .teasers import LONG
from .textutil import DATE, SCRIPT_SAMPLE, VIETNAMESE, guess_language, letters_key

def assemble(blocks: list[Block], source: Source, rules: Rules, meta: dict | None = None) -> Article:
    meta = meta or {}
    art = Article(source=source, trace=blocks)
    authors: list[str] = []
    sources: list[str] = []
    parsed = {id(b): byline_parts(b, rules) for b in blocks if b.label is Label.byline}
    skip = _weak_bylines(blocks, parsed)
    first = next((b for b in blocks if b.label in BODY_LABELS), None)
    # (the site's tag opening the text output's first paragraph, which the next reading finds first too)
    tag = _site_prefix(first, rules) if first is not None and first.label in (Label.lead, Label.paragraph) else None
    for b in blocks:
        label = b.label or Label.chrome
        if label is Label.title and art.title is None:
            art.title = b.text
        elif label is Label.site and art.site is None:
            art.site = b.text
        elif label in BODY_LABELS:
            if b is first and tag:
                art.site = art.site or tag[0]
                art.removed.append(Removed(tag[1], Label.site.value,
                                           "the site's tag opening the first paragraph (rules: site.lead_prefix)", b.line))
            if label is Label.lead and art.lead is None:
                art.lead = b.text
            elif label is Label.lead and b.features.get("standfirst_part"):
                art.lead += " " + b.text             # (a standfirst printed a sentence a line)
            art.blocks.append(b)
        elif label is Label.caption:
            prev = art.captions[-1] if art.captions else None
            if not b.text and b.credit and prev and prev.credit in (None, b.credit) \
                    and prev.position == len(art.blocks):
                prev.credit = b.credit                     # a credit line right after its caption
            elif b.text or b.credit:
                art.captions.append(Caption(b.text, b.credit, b.alt, b.src, len(art.blocks), b.line))
        else:
            if label is Label.byline:
                names, srcs = parsed[id(b)]
                authors += names if b.features.get("name_only") not in skip else []
                sources += srcs
            if label is Label.date and not art.published:
                art.published = b.text
            elif label is Label.byline and b.features.get("date") and not art.published:
                art.published = _dated(b.text)     # 'By Tom Davies - Associated Press - Friday, April 28, 2023'
            art.removed.append(Removed(b.text, label.value, b.reason, b.line))
    _add_image_caption(art, meta.get("image_caption"))
    if joins := sum(bool(b.features.get("join_dropped")) for b in blocks):
        source.fixes.append(f"{joins} scraper ' , ' joins after a photo credit dropped")
    art.authors = _unique(meta.get("authors") or _people_first(authors, meta.get("site"), blocks)
                          or meta.get("org_authors", [])[:1])
    art.sources = _unique(sources)
    if meta.get("title"):
        art.title = meta["title"]
    art.site = meta.get("site") or art.site
    art.published = meta.get("published") or art.published
    art.url = meta.get("url")
    art.language = meta.get("language") or guess_language(_head(art.blocks, SCRIPT_SAMPLE))

    return art


def _site_prefix(b: Block, rules: Rules) -> tuple[str, str] | None:
    """'(Dân trí) - Ông A cho biết …', 'TTO - …': the site's tag opening the first paragraph (rules:
    site.lead_prefix), cut from its text; returns (the site, the tag as printed)."""
    m = rules.site_prefix_re.match(b.text) if rules.site_prefix_re else None
    if not m or len(b.text[m.end():m.end() + 400].split()) < LONG:
        return None                         # (the tag opens a paragraph: a line 'TTO - Tuổi Trẻ Online' is no lead)
    groups = m.groupdict()
    site = groups.get("site") or groups.get("tag")
    if not site or groups.get("tag") and not VIETNAMESE.search(b.text, m.end(), m.end() + 200):
        return None
    tag, b.text = b.text[:m.end()].strip(), b.text[m.end():]
    return site, tag


def _people_first(authors: list[str], site: str | None, blocks: list[Block]) -> list[str]:
    """Bylines' names without the site's own name ('by Lesotho Times' above 'Mathatisi Sebusi/Mohalenyane
    Phakela'), unless it is the only one; a page dump names its site in its masthead."""
    if len(authors) < 2 or not (site := site or _masthead(blocks)):
        return authors
    key = letters_key(site)
    people = [a for a in authors if letters_key(a) != key]
    return people or authors


MASTHEAD_WORDS = 4    # words of a page dump's first line that names the site ('Lesotho Times') at most


def _masthead(blocks: list[Block]) -> str | None:
    """A page dump's first line, the site's name printed over the page ('Lesotho Times'), when it is short and
    printed again further on (a masthead repeats in the footer; an article's first line does not)."""
    if not blocks or blocks[0].features.get("html") or blocks[0].label not in (Label.chrome, Label.site) \
            or not 1 <= blocks[0].features["words"] <= MASTHEAD_WORDS:
        return None
    key = letters_key(blocks[0].text)
    return blocks[0].text if any(letters_key(b.text) == key for b in blocks[1:]) else None


def _weak_bylines(blocks: list[Block], parsed: dict[int, tuple[list[str], list[str]]]) -> set[str]:
    """Name-only lines whose names are not the authors: all of them when a byline says 'By …' (or comes
    from the page's byline element), the ones after the text when a byline stands above it. They are
    widgets and tags ('Story Saved', 'Ihr Feedback', 'Keir Starmer') more often than second bylines.
    A byline that names nobody (a source line, 'Quelle: F.A.Z.') says nothing about them."""
    kinds = {b.features.get("name_only") for b in blocks if b.label is Label.byline and parsed[id(b)][0]}
    if None in kinds:
        return {"top", "closing"}
    return {"closing"} if "top" in kinds else set()


def _add_image_caption(art: Article, found: tuple[str, str | None, str | None] | None) -> None:
    """The page's main image caption from its metadata, when no caption on the page already says it."""
    if not found:
        return
    text, credit, src = found
    key = letters_key(text)
    if any(key in k or (len(k) >= 12 and k in key) for k in (letters_key(c.text) for c in art.captions if c.text)):
        return
    if any(key in letters_key(b.text) for b in art.blocks):
        return                                  # the caption text is part of the article (e.g. the lead)
    art.captions.insert(0, Caption(text, credit, None, src, 0, 0))


def _head(blocks: list[Block], n: int) -> str:
    """The first n characters of the body (the script guess needs no more)."""
    parts, size = [], 0
    for b in blocks:
        parts.append(b.text)
        size += len(b.text) + 1
        if size >= n:
            break
    return " ".join(parts)


def _dated(text: str) -> str | None:
    """The date a byline line gives ('April 28, 2023', '25.04.24'; a bare time '10:45' is not one)."""
    m = DATE.search(text)
    return m.group() if m and not _TIME.fullmatch(m.group()) else None


_TIME = re.compile(r"\d{1,2}:\d{2}")


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for x in items:
        x = " ".join(x.split())
        if x and x.casefold() not in {k.casefold() for k in seen}:
            seen[x] = None
    return list(seen)
