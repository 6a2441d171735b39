"""A whole web page printed as Markdown, the way LLM-pipeline crawlers (Jina Reader, Firecrawl,
html2text) print it: menus as link lists, images as ![alt](src), headings as #. Used by
`quality.py --input markdown` to score articlecli on such dumps of the fundus-dev pages (the corpus
has none of its own), and to make the Markdown test dumps under tests/markdown/.

    python benchmarks/mdpage.py PAGE.html.gz > page.md
"""
from __future__ import annotations

import gzip
import re
import sys

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "td", "th",
          "section", "article", "header", "footer", "nav", "ul", "ol", "figure", "aside", "main", "form",
          "table", "tr", "dt", "dd"}


def to_markdown(page: bytes) -> str:
    from lxml import html

    doc = html.fromstring(page.decode("utf-8", "replace"))     # (the corpus pages are UTF-8)
    for el in doc.xpath("//script|//style|//noscript|//template|//svg"):
        el.drop_tree()
    out: list[str] = []
    cur: list[str] = []

    def flush(prefix: str = "") -> None:
        text = " ".join("".join(cur).split())
        if text:
            out.append(prefix + text)
        cur.clear()

    def walk(el, prefix: str = "") -> None:
        if not isinstance(el.tag, str):                   # comments, processing instructions
            if el.tail:
                cur.append(el.tail)
            return
        tag = el.tag
        if tag in BLOCKS:
            flush()
        mark = "#" * int(tag[1]) + " " if re.fullmatch(r"h[1-6]", tag) else ("* " if tag == "li" else prefix)
        if tag == "img":
            cur.append(f" ![{el.get('alt', '')}]({el.get('src', '')}) ")
        elif tag == "a" and el.get("href"):
            text = " ".join(el.text_content().split())
            if text:
                cur.append(f"[{text}]({el.get('href')})")
            if el.tail:
                cur.append(el.tail)
            return
        else:
            if el.text:
                cur.append(el.text)
            for child in el:
                walk(child, mark)
        if tag in BLOCKS:
            flush(mark)
        if el.tail:
            cur.append(el.tail)

    walk(doc.body if doc.body is not None else doc)
    flush()
    return "\n\n".join(out) + "\n"


if __name__ == "__main__":
    data = open(sys.argv[1], "rb").read()
    print(to_markdown(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data), end="")
