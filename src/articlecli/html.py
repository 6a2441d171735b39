"""HTML → candidate blocks with structural features, plus page metadata (HTML segment step).

The tree is walked once with lxml's C-level `iterwalk` (no recursion, so 10,000-deep pages are
fine). Every block records its tag, heading level, the class/id tokens of its ancestors, link
density, and whether it sits in nav/aside/footer/figure/table/list/quote. The article container is
the element whose blocks score best (long sentences for, link lists and chrome-classed boxes
against); blocks outside it are marked `outside`. Decisions are left to classify.py.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from lxml import etree, html as lxml_html

from . import htmlmeta
from .model import Block
from .options import Options
from .rules import Rules
from .segment_text import split_units
from .textutil import LIST_MARK, ends_sentence, word_count

DROP = frozenset("script style noscript template svg iframe form button input select textarea object embed "
                 "canvas map audio video head title meta link base dialog".split())
BLOCK = frozenset("p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd "
                  "blockquote pre figure figcaption table tr td th caption address fieldset details summary "
                  "body html hr center tbody thead tfoot".split())
SECTION_FLAGS = {"nav": "in_nav", "aside": "in_aside", "footer": "in_footer", "figure": "in_figure",
                 "figcaption": "in_figcaption", "table": "in_table", "li": "in_li", "blockquote": "in_quote",
                 "article": "in_article", "main": "in_main", "header": "in_header", "a": "in_a",
                 "pre": "in_pre"}
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
MAX_DEPTH_FEATURES = 40
CAPTION_PART_CHARS = 30   # a <div> this short inside a <figcaption> is a part of its line ('Image:'), no block


@dataclass
class _Ctx:
    el: object
    tokens: frozenset
    flags: frozenset
    roles: dict = field(default_factory=dict)     # role → the element's class that gave it
    box: bool = True                              # a block-level box (flushed at its end), not an <a>


def parse(text: str):
    text = _XML_DECL.sub("", text, count=1)
    parser = lxml_html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    if root is None or len(root) == 0:
        from bs4 import BeautifulSoup   # lenient fallback for what lxml refuses

        root = lxml_html.document_fromstring(f"<html><body>{BeautifulSoup(text, 'html.parser').get_text(chr(10))}"
                                             "</body></html>".replace("\n", "<br>"), parser=parser)
    return root


_HAS_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


BR = "\ue000"               # a <br> in the text buffer (kept through whitespace collapsing)
LINK_OPEN, LINK_CLOSE = "\ue001", "\ue002"     # --links: where an <a> starts and ends
_MARKERS = re.compile("[\ue000-\ue002]")
MAX_TABLE_ROWS, MAX_CELL_CHARS = 500, 400


def _data_table(el) -> list[list[str]] | None:
    """Rows of cell texts when `el` is a data table (2+ rows, 2+ columns, short cells, no nested table
    or image); None for layout and image tables, which are walked cell by cell."""
    if el.find(".//table") is not None or el.find(".//img") is not None:
        return None
    rows = []
    for tr in el.iter("tr"):
        cells = [" ".join(_MARKERS.sub(" ", " ".join(c.itertext())).split()) for c in tr if c.tag in ("td", "th")]
        if any(len(c) > MAX_CELL_CHARS for c in cells):
            return None
        if any(cells):
            rows.append(cells)
        if len(rows) > MAX_TABLE_ROWS:
            return None
    width = max((len(r) for r in rows), default=0)
    if len(rows) < 2 or width < 2:
        return None
    return [r + [""] * (width - len(r)) for r in rows]


def _link_spans(text: str, hrefs: list[str | None]) -> tuple[str, list[tuple[int, int, str]]]:
    """Text with link markers → (plain text, [(start, end, href)] of its web links). Spaces are
    collapsed as the markers go; a link left open or closed without opening stays plain text."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    k, open_at, href = 0, None, None
    for ch in text:
        if ch == LINK_OPEN:
            open_at, href = len(out), (hrefs[k] if k < len(hrefs) else None)
            k += 1
        elif ch == LINK_CLOSE:
            if open_at is not None and href and href.startswith(("http://", "https://")):
                s, e = open_at, len(out)
                while s < e and out[s] in " \n":
                    s += 1
                while e > s and out[e - 1] in " \n":
                    e -= 1
                if e > s:
                    spans.append((s, e, href))
            open_at = None
        elif ch in " \n" and (not out or out[-1] == "\n"):
            continue
        elif ch == " " and out[-1] == " ":
            continue
        elif ch == "\n" and out[-1] == " ":
            out[-1] = "\n"
        else:
            out.append(ch)
    while out and out[-1] in " \n":
        out.pop()
    return "".join(out), [(s, e, h) for s, e, h in spans if e <= len(out)]


def _lightbox(el, tag: str) -> bool:
    """A <button> wrapped around a figure and its caption (a lightbox) is walked like any element;
    icon buttons are dropped with the other controls."""
    return tag == "button" and el.find(".//figcaption") is not None


def extract(text: str, rules: Rules, options: Options) -> tuple[list[Block], dict]:
    root = parse(text)
    meta = htmlmeta.extract(root, options, rules)
    blocks = _walk(root, rules, options)
    _unwrap_chrome_roles(blocks)
    _container(blocks)
    joins = sum(bool(b.features.pop("node_join", None)) for b in blocks)
    if joins:
        meta["fixes"] = [f"{joins} scraper ' , ' joins after a subheading split into paragraphs"]
    return blocks, meta


def _good_words(b: Block) -> int:
    n = word_count(b.text)
    return n if n >= 12 and ends_sentence(b.text) and b.features.get("link_density", 0) < 0.3 else 0


def _unwrap_chrome_roles(blocks: list[Block]) -> None:
    """A chrome class on a wrapper that holds much of the page's prose ('share-enabled' body) is ignored."""
    total = sum(_good_words(b) for b in blocks) or 1
    def key_of(role: tuple) -> tuple:     # sibling wrappers with the same class count together
        el = role[1]
        if el.get("class"):
            return (el.tag, el.get("class"))          # (not the id: sibling widgets carry numbered ids)
        return (el.tag, "#" + el.get("id")) if el.get("id") else (id(el),)

    per_el: dict[tuple, int] = {}
    for b in blocks:
        for key in ("chrome", "section", "gallery"):
            role = b.features["roles"].get(key)
            if role:
                k = key_of(role)
                per_el[k] = per_el.get(k, 0) + _good_words(b)
    for b in blocks:
        for key in ("chrome", "section", "gallery"):
            role = b.features["roles"].get(key)
            if role and per_el[key_of(role)] > 0.4 * total:
                del b.features["roles"][key]


def _roles(el, tokens: frozenset, rules: Rules) -> dict:
    """role → (class token, element) for the roles this element's classes give."""
    if not tokens:
        return {}
    return {role: (tok, el) for role, tok in _role_tokens(tokens, rules).items()}


_ROLE_CACHE: dict[tuple[frozenset, int], dict[str, str]] = {}


def _role_tokens(tokens: frozenset, rules: Rules) -> dict[str, str]:
    key = (tokens, id(rules))
    hit = _ROLE_CACHE.get(key)
    if hit is None:
        if len(_ROLE_CACHE) > 20_000:
            _ROLE_CACHE.clear()
        hit = _ROLE_CACHE[key] = {role: sorted(tokens & vocab)[0]
                                  for role, vocab in rules.html_tokens.items() if tokens & vocab}
    return hit


def _el_tokens(el) -> frozenset:
    return _tokens(f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''} {el.get('role') or ''}")


@lru_cache(maxsize=8192)
def _tokens(raw: str) -> frozenset:
    """Class/id tokens: the words, and their parts split at - and _ (pages repeat the same class strings);
    Tailwind variants ('print:…', 'dark:…') are not read."""
    # (a Tailwind variant, 'print:article-dropcap-print', 'dark:text-white', styles the element under a condition:
    # it names no role)
    parts = {p for p in raw.casefold().split() if ":" not in p}
    if "hentry" in parts or "type-post" in parts:
        # a WordPress post wrapper: its "tag-<slug>" and "category-<slug>" classes name the post's topics
        parts = {p for p in parts if not p.startswith(("tag-", "category-"))}
    for p in list(parts):
        # BEM: in "sidebar-grid__content" the role is the element part after "__"
        p = p.rsplit("__", 1)[-1]
        split = [t for t in _TOKEN_SPLIT.split(p) if t]
        if len(split) > 1 and (split[-1] in _STATE_WORDS or split[0] in _STATE_PREFIXES):
            continue                       # a state flag, 'comments-enabled', 'has-image': no role of its own
        parts.update(split)
    return frozenset(parts)


_STATE_WORDS = frozenset({"enabled", "disabled"})
_STATE_PREFIXES = frozenset({"has", "is", "no", "with", "without"})   # 'has-image' is an article with an image


def _custom_box(el, parent: _Ctx, rules: Rules) -> bool:
    """A custom element (web component) whose classes say chrome ('<amedia-factbox class="fact-box">') is a box
    like a <div>; other custom elements stay inline (their text is part of the sentence, their roles unread),
    and so do empty ones (ad slots) and those in image furniture (AP's '<bsp-carousel-read-more class="ReadMore">'
    holds a caption)."""
    if parent.flags & _IMAGE_FLAGS or "caption" in parent.roles or "gallery" in parent.roles:
        return False
    return "chrome" in _role_tokens(_el_tokens(el), rules) and any(t.strip() for t in el.itertext())


_IMAGE_FLAGS = frozenset({"in_figure", "in_figcaption"})


def _hidden(el, hidden_classes: frozenset[str]) -> bool:
    """Not shown on the page: the hidden attribute, an inline display:none, or a utility class that hides
    (rules: html.hidden_classes, 'd-none', 'sr-only', 'visually-hidden')."""
    if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    cls = el.get("class")
    return bool(cls) and not hidden_classes.isdisjoint(_class_words(cls))


@lru_cache(maxsize=8192)
def _class_words(cls: str) -> tuple[str, ...]:
    return tuple(cls.casefold().split())


def _short_text(el, limit: int) -> bool:
    n = 0
    for t in el.itertext():
        n += len(t)
        if n > limit:
            return False
    return True


def _walk(root, rules: Rules, options: Options) -> list[Block]:
    blocks: list[Block] = []
    stack: list[_Ctx] = []
    buf: list[str] = []
    buf_len = [0]                  # running length of buf (link density without re-joining it)
    link_chars = [0]
    base = options.url or htmlmeta.base_url(root)

    def add(s: str) -> None:
        buf.append(s)
        buf_len[0] += len(s)
    images: list[dict] = []
    times: list[str] = []
    body = root.find("body")
    start = body if body is not None else root

    def flush(ctx: _Ctx) -> None:
        raw = "".join(buf)
        if _HAS_INVISIBLE.search(raw):            # entities (&shy;, &#8203;) decoded by the parser
            raw = raw.translate(htmlmeta.INVISIBLE)
        text = " ".join(raw.split())
        if BR in text:
            text = "\n".join(x for x in (" ".join(t.split()) for t in text.split(BR)) if x)
        spans = None
        if LINK_OPEN in text or LINK_CLOSE in text:
            text, spans = _link_spans(text, hrefs)
        hrefs.clear()
        if text or images:
            b = Block(text, getattr(ctx.el, "sourceline", 0) or 0)
            f = b.features
            f.update(dict.fromkeys(ctx.flags, True))
            f["html"] = True
            f["tag"] = ctx.el.tag
            f["el"] = ctx.el
            f["roles"] = dict(ctx.roles)
            f["own_roles"] = _roles(ctx.el, ctx.tokens, rules)
            # text inside an <a> (a teaser card wrapped in its link) is all link text
            f["link_density"] = 1.0 if "in_a" in ctx.flags and text else (
                min(1.0, link_chars[0] / max(1, len(text))) if text else 0.0)
            if images:
                f["images"] = list(images)
            if times:
                f["times"] = list(times)             # the text of its <time> elements ('19:55')
            if spans:
                f["links"] = spans               # rendered by render.py (--links)
            if ctx.el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                b.level = int(ctx.el.tag[1])
            blocks.append(b)
        buf.clear()
        buf_len[0] = 0
        images.clear()
        times.clear()
        link_chars[0] = 0

    hrefs: list[str | None] = []              # --links: the href of each LINK_OPEN in the buffer

    def _table_block(el, rows: list[list[str]], parent: _Ctx) -> None:
        b = Block("\n".join(" | ".join(r) for r in rows), getattr(el, "sourceline", 0) or 0)
        f = b.features
        f.update(dict.fromkeys(parent.flags | {"in_table"}, True))
        f.update(html=True, tag="table", el=el, roles=dict(parent.roles), rows=rows, link_density=0.0,
                 own_roles=_roles(el, _el_tokens(el), rules))
        blocks.append(b)

    walker = etree.iterwalk(start, events=("start", "end"))
    link_starts: list[int] = []
    kept: set = set()
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if _lightbox(el, tag):
                kept.add(el)
            elif tag in DROP or not tag or _hidden(el, rules.hidden_classes):
                walker.skip_subtree()
                if el.tail and stack:
                    add(el.tail)
                continue
            if tag == "br":
                add(BR)
                continue
            if tag == "table" and stack:
                rows = _data_table(el)
                if rows:
                    flush(stack[-1])
                    _table_block(el, rows, stack[-1])
                    walker.skip_subtree()
                    continue
            if tag == "time":
                times.append(" ".join("".join(el.itertext()).split()))
            if tag == "img":
                src = next((v for v in (el.get("data-src"), el.get("data-original"), el.get("data-lazy-src"),
                                        el.get("src")) if v and not v.startswith("data:")), None)
                images.append({"src": htmlmeta.absolute(src, base),
                               "alt": " ".join((el.get("alt") or "").split()) or None,
                               "title": " ".join((el.get("title") or "").split()) or None})
                continue
            parent = stack[-1] if stack else None
            box = tag in BLOCK or "-" in tag and parent is not None and _custom_box(el, parent, rules)
            if box and parent is not None and "in_figcaption" in parent.flags and tag == "div" \
                    and _short_text(el, CAPTION_PART_CHARS):
                box = False                        # (one caption: '… tonight (<div>Image:</div>Anadolu via Getty)')
                add(" ")
            if box and stack:
                flush(stack[-1])
            if box or tag == "a" or parent is None:
                # (<body> and <html> classes theme the whole page, 'standardnavigation-site-navigation',
                # 'single-post has-sidebar': they name no part of it)
                toks = _el_tokens(el) if len(stack) < MAX_DEPTH_FEATURES and tag not in ("body", "html") \
                    else frozenset()
                flags = (parent.flags if parent else frozenset()) | ({SECTION_FLAGS[tag]} if tag in SECTION_FLAGS else set())
                roles = dict(parent.roles) if parent else {}
                roles.update(_roles(el, toks, rules))
                if tag in ("nav", "aside", "footer"):
                    roles["section"] = (f"<{tag}>", el)
                if tag == "table":
                    roles["table"] = ("table", el)
                stack.append(_Ctx(el, toks, frozenset(flags), roles, box))
                if tag == "a":
                    link_starts.append(buf_len[0])
                    if options.links:
                        hrefs.append(htmlmeta.absolute(el.get("href"), base))
                        add(LINK_OPEN)
            if el.text:
                add(el.text)
        else:
            if (tag in DROP and el not in kept) or not tag or tag in ("br", "img"):
                if tag in ("br", "img") and el.tail:
                    add(el.tail)
                continue
            if stack and stack[-1].el is el:
                ctx = stack.pop()
                if tag == "a":
                    link_chars[0] += buf_len[0] - (link_starts.pop() if link_starts else 0)
                    if options.links:
                        add(LINK_CLOSE)
                elif ctx.box:
                    flush(ctx)
            if el.tail and el is not start:
                add(el.tail)
    if stack:
        flush(stack[0])
    return _split_breaks(blocks)


def _split_breaks(blocks: list[Block]) -> list[Block]:
    """A <br> inside a block: lines become separate blocks where a line ends a sentence (or is a short
    heading-like line before a capital); a <br> inside a sentence only joins its two halves."""
    out: list[Block] = []
    for b in blocks:
        if " , " in b.text and "rows" not in b.features:
            b = _split_nodes(b, out)
        if "\n" not in b.text or "rows" in b.features:
            out.append(b)
            continue
        lines = _break_groups(b.text.split("\n"))      # (lines are joined by " ": offsets keep)
        if len(lines) <= 1:
            b.text = lines[0] if lines else ""
            out.append(b)
            continue
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        out += _cut(b, list(zip(starts, lines)))
    return out


def _cut(b: Block, pieces: list[tuple[int, str]]) -> list[Block]:
    """`b` cut into one block per piece (its offset in b.text, its text): each keeps the links inside it, at
    offsets of its own; the block's images stay with the first."""
    spans = b.features.get("links", [])
    out = []
    for i, (at, text) in enumerate(pieces):
        nb = Block(text, b.line, dict(b.features), level=b.level)
        if i:
            nb.features.pop("images", None)
        nb.features["links"] = [(s - at, e - at, h) for s, e, h in spans if at <= s and e <= at + len(text)]
        out.append(nb)
    return out


def _split_nodes(b: Block, out: list[Block]) -> Block:
    """A scraper's text-node join inside a block, a subheading node glued to its paragraph with ' , ' ('Nhận
    định về thị trường văn phòng , Cushman & Wakefield Việt Nam cho rằng …'): split as the text path splits it
    (segment_text.split_units), so the page's text output reads the same when it is cleaned again. The units
    before the last go to `out`; the last is returned."""
    units = split_units(b.text)
    if len(units) == 1:
        return b
    pieces, at = [], 0
    for unit in units:
        at = b.text.index(unit, at)
        pieces.append((at, unit.strip()))
        at += len(unit)
    *joined, last = _cut(b, pieces)
    for nb in joined:
        nb.features["node_join"] = True
    out += joined
    return last


def _break_groups(lines: list[str]) -> list[str]:
    groups: list[str] = []
    for line in lines:
        if groups and not _ends_unit(groups[-1], line):
            groups[-1] += " " + line
        else:
            groups.append(line)
    return groups


def _ends_unit(prev: str, nxt: str) -> bool:
    """A line after a <br> starts a block of its own: after a sentence end or a colon, at a list item's marker
    ('…đối với Dự án<br><br>4. Cơ chế …', whether or not the item before ends with a full stop), or after a short
    heading-like line before a capital."""
    return ends_sentence(prev) or prev.endswith(":") or LIST_MARK.match(nxt) is not None or (
        len(prev.split()) <= 12 and nxt[:1].isupper() and not prev.endswith((",", ";")))


def value_html(b: Block) -> float:
    f = b.features
    n = word_count(b.text)
    if "section" in f["roles"]:
        return -max(4.0, n * 0.8)
    if "chrome" in f["roles"]:
        return -4.0          # a related/share/ad box: inside an article too, so it barely counts against one
    if f.get("link_density", 0) > 0.5:
        return -max(3.0, n * 0.5)
    if n >= 8 and ends_sentence(b.text):
        return float(min(n, 150))
    if n >= 8:
        return n * 0.3
    return -1.0


def _container(blocks: list[Block]) -> None:
    """Pick the element whose blocks sum to the best score; mark blocks outside it."""
    score: dict[int, float] = {}
    count: dict[int, int] = {}
    elements: dict[int, object] = {}
    for b in blocks:
        v = value_html(b)
        b.features["hvalue"] = v
        el, depth = b.features["el"], 0
        while el is not None and depth < MAX_DEPTH_FEATURES:
            score[id(el)] = score.get(id(el), 0.0) + v
            count[id(el)] = count.get(id(el), 0) + 1
            elements[id(el)] = el
            el, depth = el.getparent(), depth + 1
    if not score:
        return
    best_id = max(score, key=lambda k: score[k])
    best = elements[best_id]
    parent = best.getparent()
    if count[best_id] == 1 and parent is not None and score.get(id(parent), 0.0) >= 0.5 * score[best_id]:
        best = parent        # one long <p> is not the container when its short siblings cost little
    chosen = {id(best)} | _paragraph_twins(best, score)
    for b in blocks:
        el, depth, inside = b.features["el"], 0, False
        while el is not None and depth < MAX_DEPTH_FEATURES:
            if id(el) in chosen:
                inside = True
                break
            el, depth = el.getparent(), depth + 1
        b.features["outside"] = not inside


def _paragraph_twins(best, score: dict[int, float]) -> set[int]:
    """A container that is one paragraph's own element ('<div class="block">'): its siblings of the same tag and
    class that score are the article's other paragraphs (a paywall box beside them kept their parent from
    scoring best: Chunichi's '<div class="block">' paragraphs above its members-only notice)."""
    parent = best.getparent()
    if parent is None or not best.get("class"):
        return set()
    return {id(el) for el in parent if el is not best and el.tag == best.tag and el.get("class") == best.get("class")
            and score.get(id(el), 0.0) > 0}
