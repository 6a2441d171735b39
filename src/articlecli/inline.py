"""Furniture printed inside the article's text, found before the region is chosen: a post embedded from a social
network, a summary of the article under its notice, links to other articles under one label, the title under a
teaser's picture printed as its file name. None is a wall: the article goes on after it (each sets the block's
'chrome' reason and 'inline')."""
from __future__ import annotations

import re

from .model import Block
from .rules import Rules
from .teasers import is_para
from .textutil import SENTENCE_INSIDE, ends_sentence, letters_key, word_count, words

# the line an embedded post ends with: '— Luke Pollard MP (@LukePollard) August 5, 2024' (X/Twitter), or its
# header 'A post shared by Name (@handle)' (Instagram)
_POST_SIGNATURE = re.compile(r"^(?:[—–-] ?.{1,80}? \(@\w{1,15}\) .{4,30}|A post shared by .{1,80}? \(@[\w.]{1,30}\))$")
POST_CHARS = 300     # an embedded post's text is at most this long (280 characters), its links not counted
_LINK_STARTS = ("https://", "http://", "pic.twitter.com/")
LINKED_POST_CHARS = 10 * POST_CHARS     # characters of a post's line with its links at most


def _length_without_links(text: str) -> int:
    """Characters of a post's line without the links closing it ('… he is reportedly… pic.twitter.com/PbK0B7UjJM',
    '… administrationhttps://t.co/Wc…'): a post's 280 characters do not count them. (rfind from the end, no regex;
    bounded: a line longer than LINKED_POST_CHARS is no post's, its links counted or not.)"""
    t = text.rstrip()
    while len(t) <= LINKED_POST_CHARS:
        cut = max(t.rfind(s) for s in _LINK_STARTS)
        if cut < 0 or any(c.isspace() for c in t[cut:]):
            break
        t = t[:cut].rstrip()
    return len(t)


def embedded_posts(blocks: list[Block]) -> None:
    """A post embedded in the article is quoted page furniture, not the article's text: the signature line
    ('— Name (@handle) date') and the post's lines before it, as long as a post can be: the lines joined to it
    without a blank line, and paragraphs of their own as long as they fit (a post's text set out in paragraphs,
    '🇺🇦 FT: Zelensky is considering …' / '… he is reportedly… pic.twitter.com/…'), but not one that ends with a
    colon or names the poster (the article introducing the post: 'Luke Pollard posted on X …'). Not a wall: the
    article goes on after it."""
    for i, b in enumerate(blocks):
        if b.label is not None or "(@" not in b.text or not _POST_SIGNATURE.match(b.text):
            continue
        if b.features.get("html"):
            _quoted_post(blocks, i)
            continue
        poster = {w for w in words(b.text.split("(@", 1)[0]) if len(w) >= 3 and w[0].isupper()}
        post = []
        size = 0
        for j in range(i - 1, -1, -1):
            a = blocks[j]
            size += _length_without_links(a.text)
            if a.label is not None or a.features.get("html") or size > POST_CHARS:
                break
            if post and a.line != post[-1].line - 1 \
                    and (a.text.rstrip().endswith(":") or poster & set(words(a.text))):
                break            # (a paragraph of its own introducing the post: 'Luke Pollard posted on X …')
            post.append(a)
        for a in [b] + post:
            a.features["chrome"] = ("signature of an embedded post" if a is b else
                                    f"text of the embedded post signed '{b.text}' on the next line")
            a.features["inline"] = True
            a.features["header"] = False


POST_BLOCKS = 12     # blocks of a post quoted in a page's <blockquote> at most


def _quoted_post(blocks: list[Block], i: int) -> None:
    """In HTML, where no class names the embed (a publisher's classes unknown, or gone): the <blockquote> that
    the signature closes is the post, its blocks before the signature the post's text."""
    quote = _blockquote(blocks[i].features.get("el"))
    if quote is None:
        return
    post = [blocks[i]]
    for j in range(i - 1, max(-1, i - 1 - POST_BLOCKS), -1):
        a = blocks[j]
        if a.label is not None or _blockquote(a.features.get("el")) is not quote:
            break
        post.append(a)
    for a in post:
        a.features["chrome"] = ("signature of an embedded post" if a is blocks[i] else
                                f"text of the embedded post signed '{blocks[i].text}' in the same <blockquote>")
        a.features["inline"] = True
        a.features["header"] = False


def _blockquote(el):
    """The nearest <blockquote> holding the element (itself included), or None."""
    if el is None or el.tag == "blockquote":
        return el
    return next(el.iterancestors("blockquote"), None)


SUMMARY_POINTS = 8         # sentences of a machine-made summary at most
SUMMARY_POINT_WORDS = 40   # words of each


def machine_summary(blocks: list[Block], rules: Rules) -> None:
    """'Diese Zusammenfassung wurde künstlich erzeugt.', 'Key Points' (rules: chrome.summary_notices) and the
    one-sentence blocks right after it, up to SUMMARY_POINTS, when something other than a paragraph follows them:
    the summary of the article (a machine's or the editor's), not its text. Not a wall: the text goes on after it."""
    if not rules.summary_notices:
        return
    for i, b in enumerate(blocks):
        if not b.features.get("summary_notice"):
            continue
        points = []
        for a in blocks[i + 1:i + 2 + SUMMARY_POINTS]:
            t = a.text.strip()
            if a.label is not None or a.features.get("chrome") \
                    or a.features["words"] > SUMMARY_POINT_WORDS or not ends_sentence(t) or SENTENCE_INSIDE.search(t):
                break
            points.append(a)
        end = i + 1 + len(points)
        # (the points end where something else begins: a photo, its credit, a widget; one-sentence paragraphs
        # running on are the article's own, and then nothing is taken for the summary)
        nxt = blocks[end] if end < len(blocks) else None
        if not points or len(points) > SUMMARY_POINTS or nxt is None \
                or nxt.label is None and not nxt.features.get("chrome") and is_para(nxt):
            continue
        for a in points:
            a.features["chrome"] = f"a point of the summary under '{b.text[:40]}'"
            a.features["inline"] = True
        b.features["inline"] = True


# 'FUNDA OLUNYE UDABA LAPHA | Kuboshwe abahlanu …', 'LEES OOK: …': a link to another article under a label in capitals
_LABELLED_LINK = re.compile(r"^(?P<label>[^\W\d_][^|:.!?]{2,40}?) ?[|:] (?P<rest>\S.{4,200})$")
LINK_WORDS = 25      # words of the headline after the label at most
LINK_LINE_WORDS = LINK_WORDS + 6     # words of the whole line at most, the label's own included


FILE_TITLE_LINES = 2   # short lines under an image's file name that are the embed's or teaser's title at most
FILE_TITLE_WORDS = 20  # words of each


def titles_under_image_files(blocks: list[Block], rules: Rules) -> None:
    """A picture a page dump prints as its file name ('214824_1325_214824_cover.jpg', 'xs3zxzk-O.jpg') is a
    teaser's or an embedded player's, and the short lines under it, up to the next sentence, are its title
    and show ('#27 Dorothee Bär über Kinder im Bundestag …' / 'Meine schwerste Entscheidung'): the article's
    own images come with captions, not file names."""
    for i, b in enumerate(blocks):
        if not b.features.get("inline") or " " in b.text.strip() or not rules.is_image_file(b.text):
            continue
        for n in blocks[i + 1:i + 1 + FILE_TITLE_LINES]:
            f = n.features
            if n.label is not None or f.get("chrome") or f["sentence"] or f["words"] > FILE_TITLE_WORDS:
                break
            f["chrome"] = "the title under a teaser's or player's picture, printed as its file name"
            f["inline"] = True             # (inside the article: no wall between its parts)


def labelled_links(blocks: list[Block]) -> None:
    """Lines that start with the same label in capitals, two or more of them with different headlines after it,
    are links to other articles printed between the article's paragraphs, whatever the language: furniture,
    not a wall. (A speaker's name before what they said, 'SPIEGEL: Warum …?', is followed by sentences.)"""
    groups: dict[str, list[Block]] = {}
    for b in blocks:
        if b.label is not None or b.features.get("html") or b.features.get("chrome") or b.features["words"] > LINK_LINE_WORDS \
                or not ("|" in b.text or ":" in b.text):
            continue
        m = _LABELLED_LINK.match(b.text)
        if m and m.group("label").isupper() and not ends_sentence(m.group("rest")) \
                and word_count(m.group("rest")) <= LINK_WORDS:
            groups.setdefault(m.group("label"), []).append(b)
    for label, group in groups.items():
        if len({letters_key(b.text) for b in group}) < 2:      # (not one headline printed twice)
            continue
        for b in group:
            b.features["chrome"] = f"a link to another article under the label '{label}', which heads other such links"
            b.features["inline"] = True
            b.features["header"] = False
