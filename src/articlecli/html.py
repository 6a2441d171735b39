"""HTML → candidate blocks with structural features, plus page metadata (HTML segment step).

The tree is walked once with lxml's C-level `iterwalk` (no recursion, so 10,000-deep pages are
fine). Every block records its tag, heading level, the class/id tokens of its ancestors, link
density, and whether it sits in nav/aside/footer/figure/table/list/quote. The article container is
the element whose blocks score best (long sentences for, link lists and chrome-classed boxes
against); blocks outside it are marked `outside`. Decisions are left to classify.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree, html as lxml_html

from . import htmlmeta
from .model import Block
from .options import Options
from .rules import Rules
from .textutil import ends_sentence, word_count, words

DROP = frozenset("script style noscript template svg iframe form button input select textarea object embed "
                 "canvas map audio video head title meta link base dialog".split())
# Dropped controls that some templates wrap around content: a lightbox <button> around a figure and
# its caption is walked like any element (icon buttons are still dropped).
WRAPPERS = {"button": ".//figcaption"}
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


@dataclass
class _Ctx:
    el: object
    tokens: frozenset
    flags: frozenset
    roles: dict = field(default_factory=dict)     # role → the element's class that gave it


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


def _wraps_content(el, tag: str) -> bool:
    return el.find(WRAPPERS[tag]) is not None


def extract(text: str, rules: Rules, options: Options) -> tuple[list[Block], dict]:
    root = parse(text)
    meta = htmlmeta.extract(root, options, rules)
    blocks = _walk(root, rules, options)
    _unwrap_chrome_roles(blocks)
    _container(blocks)
    return blocks, meta


def _good_words(b: Block) -> int:
    n = word_count(b.text)
    return n if n >= 12 and ends_sentence(b.text) and b.features.get("link_density", 0) < 0.3 else 0


def _unwrap_chrome_roles(blocks: list[Block]) -> None:
    """A chrome class on a wrapper that holds much of the page's prose ('share-enabled' body) is ignored."""
    total = sum(_good_words(b) for b in blocks) or 1
    def key_of(role: tuple) -> tuple:     # sibling wrappers with the same class count together
        el = role[1]
        return (el.tag, el.get("class"), el.get("id")) if el.get("class") or el.get("id") else (id(el),)

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
    out = {}
    for role, vocab in rules.html_tokens.items():
        hit = tokens & vocab
        if hit:
            out[role] = (sorted(hit)[0], el)
    return out


def _el_tokens(el) -> frozenset:
    raw = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''} {el.get('role') or ''}".casefold()
    parts = set(raw.split())
    for p in list(parts):
        # BEM: in "sidebar-grid__content" the role is the element part after "__"
        p = p.rsplit("__", 1)[-1]
        parts.update(t for t in _TOKEN_SPLIT.split(p) if t)
    return frozenset(parts)


def _hidden(el) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


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
    body = root.find("body")
    start = body if body is not None else root

    def flush(ctx: _Ctx) -> None:
        raw = "".join(buf)
        if _HAS_INVISIBLE.search(raw):            # entities (&shy;, &#8203;) decoded by the parser
            raw = raw.translate(htmlmeta.INVISIBLE)
        text = " ".join(raw.split())
        if text or images:
            b = Block(text, getattr(ctx.el, "sourceline", 0) or 0)
            f = b.features
            f.update(dict.fromkeys(ctx.flags, True))
            f["html"] = True
            f["tag"] = ctx.el.tag
            f["el"] = ctx.el
            f["roles"] = dict(ctx.roles)
            f["own_roles"] = _roles(ctx.el, _el_tokens(ctx.el), rules)
            f["link_density"] = min(1.0, link_chars[0] / max(1, len(text))) if text else 0.0
            if images:
                f["images"] = list(images)
            if ctx.el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                b.level = int(ctx.el.tag[1])
            blocks.append(b)
        buf.clear()
        buf_len[0] = 0
        images.clear()
        link_chars[0] = 0

    walker = etree.iterwalk(start, events=("start", "end"))
    link_starts: list[int] = []
    kept: set = set()
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in WRAPPERS and _wraps_content(el, tag):
                kept.add(el)
            elif tag in DROP or not tag or _hidden(el):
                walker.skip_subtree()
                if el.tail and stack:
                    add(el.tail)
                continue
            if tag == "br":
                add("\n")
                continue
            if tag == "img":
                src = next((v for v in (el.get("data-src"), el.get("data-original"), el.get("data-lazy-src"),
                                        el.get("src")) if v and not v.startswith("data:")), None)
                images.append({"src": htmlmeta.absolute(src, base),
                               "alt": " ".join((el.get("alt") or "").split()) or None,
                               "title": " ".join((el.get("title") or "").split()) or None})
                continue
            if tag in BLOCK and stack:
                flush(stack[-1])
            parent = stack[-1] if stack else None
            if tag in BLOCK or tag == "a" or parent is None:
                toks = _el_tokens(el) if len(stack) < MAX_DEPTH_FEATURES else frozenset()
                flags = (parent.flags if parent else frozenset()) | ({SECTION_FLAGS[tag]} if tag in SECTION_FLAGS else set())
                roles = dict(parent.roles) if parent else {}
                roles.update(_roles(el, toks, rules))
                if tag in ("nav", "aside", "footer"):
                    roles["section"] = (f"<{tag}>", el)
                if tag == "table":
                    roles["table"] = ("table", el)
                stack.append(_Ctx(el, toks, frozenset(flags), roles))
                if tag == "a":
                    link_starts.append(buf_len[0])
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
                elif tag in BLOCK:
                    flush(ctx)
            if el.tail and el is not start:
                add(el.tail)
    if stack:
        flush(stack[0])
    return _split_breaks(blocks)


def _split_breaks(blocks: list[Block]) -> list[Block]:
    """A <br> inside a block: lines become separate blocks when they are paragraphs of their own."""
    out: list[Block] = []
    for b in blocks:
        if "\n" not in b.text:
            out.append(b)
            continue
        lines = [" ".join(x.split()) for x in b.text.split("\n")]
        lines = [x for x in lines if x]
        if len(lines) <= 1:
            b.text = lines[0] if lines else ""
            out.append(b)
            continue
        for i, line in enumerate(lines):
            nb = Block(line, b.line, dict(b.features), level=b.level)
            if i:
                nb.features.pop("images", None)
            out.append(nb)
    return out


def value_html(b: Block) -> float:
    f = b.features
    n = word_count(b.text)
    if "section" in f["roles"] or "chrome" in f["roles"]:
        return -max(4.0, n * 0.8)
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
    elements: dict[int, object] = {}
    for b in blocks:
        v = value_html(b)
        b.features["hvalue"] = v
        el, depth = b.features["el"], 0
        while el is not None and depth < MAX_DEPTH_FEATURES:
            score[id(el)] = score.get(id(el), 0.0) + v
            elements[id(el)] = el
            el, depth = el.getparent(), depth + 1
    if not score:
        return
    best_id = max(score, key=lambda k: score[k])
    best = elements[best_id]
    for b in blocks:
        el, depth, inside = b.features["el"], 0, False
        while el is not None and depth < MAX_DEPTH_FEATURES:
            if el is best:
                inside = True
                break
            el, depth = el.getparent(), depth + 1
        b.features["outside"] = not inside
