"""The article region: the best-scoring stretch of blocks, and where it ends.

Every block has a value (long sentences count for the article; menus, widgets, link rows and teaser lists
against: teasers.py finds the lists); the region is the stretch with the highest sum (Kadane). A box header
after the text ('Đọc nhiều nhất', 'Related articles') or a paywall's cut notice ends it, unless the article's
text resumes after the box; the closing byline or source line right after it belongs to it.
"""
from __future__ import annotations

from . import classify_html
from .bylines import closing_line, source_line
from .model import Block, Label
from .rules import Rules
from .teasers import LONG
from .textutil import is_caps
from .title import REPEAT

CLOSING_LINES = 3    # bylines and source lines after the last paragraph
UNDER_HEADER = "teaser list under a box header"
INLINE_VALUE = -2.0  # an ad or player label ('Anzeige'): chrome, but pages print it between the article's paragraphs


def value(b: Block) -> float:
    """How much a block says 'this is the article' (positive) or 'this is page chrome' (negative)."""
    f = b.features
    if b.label is Label.caption or f.get("paywall"):
        return 0.0            # captions and a paywall's offer say nothing about where the article is
    if f.get("html"):
        v = classify_html.value(b)
        if v is not None:
            return v
    if f.get("inline"):
        return INLINE_VALUE                              # (ads sit inside the article: no wall between its parts)
    run = f.get("menu_run") or f.get("headline_run")
    if f.get("chrome") or f.get("teaser"):
        return -20.0 if run and run >= 6 else -15.0     # (a long menu stays the stronger wall)
    if f.get("link_density", 0.0) > 0.5:
        return -4.0
    if run:
        return -20.0 if run >= 6 else -6.0               # a long menu is a wall between page parts
    if f.get("link_row"):
        return -6.0                                      # ('Chi Siamo | Dichiarazione di accessibilità | The Trust Project')
    n = f["words"]
    if n >= 8 and f["sentence"]:
        return float(min(n, 150))
    if n >= 8:
        return n * 0.4
    if n >= 4 and f["sentence"]:
        return 1.0
    return -3.0 if n <= 2 else -2.0


def best_region(blocks: list[Block]) -> tuple[int, int]:
    """Maximum-sum stretch of block values; the whole text if nothing scores."""
    values = []
    for b in blocks:
        values.append(value(b))
        b.features["value"] = values[-1]
    return max_stretch(values) or (0, len(blocks))


def max_stretch(values: list[float]) -> tuple[int, int] | None:
    """The stretch [start, end) with the highest positive sum (Kadane), or None if no value is positive."""
    best, span = 0.0, None
    run, start = 0.0, 0
    for i, v in enumerate(values):
        if run <= 0:
            run, start = v, i
        else:
            run += v
        if run > best:
            best, span = run, (start, i + 1)
    return span


def extend_to_byline(blocks: list[Block], hi: int, rules: Rules) -> int:
    """The region ends at the last paragraph; a closing byline or source line right after belongs to it."""
    for j in range(hi, min(len(blocks), hi + CLOSING_LINES)):
        if not closing_line(blocks[j], rules):
            break
        hi = j + 1
    return hi


def trim_region(blocks: list[Block], lo: int, hi: int, rules: Rules) -> int:
    """After a box header ('Đọc nhiều nhất', 'Related articles'), the teaser list that follows is chrome.

    A header right after a closing byline, or after half the region's text or more, ends the article: the
    region is cut there. A header earlier in the body only takes the short lines after it, until long
    sentences resume (one long sentence with a card's headline or widget after it is a teaser's summary).
    A paywall's cut notice ('Il vous reste 57% de cet article à lire') ends the article as a header does, in
    HTML too, but takes no lines when the text goes on after it.
    """
    seen_body = False
    after_header = False
    total = sum(max(0.0, b.features["value"]) for b in blocks[lo:hi]) or 1.0    # (set by best_region)
    so_far = 0.0
    for i in range(lo, hi):
        b = blocks[i]
        f = b.features
        so_far += max(0.0, f["value"])
        if (f["header"] or f["cut_notice"]) and seen_body:
            prev = prev_content(blocks, i)
            closing = prev is not None and (prev.label is Label.byline or prev.features.get("namelike") and (
                prev.features["words"] > 1 or is_caps(prev.text)))
            if (closing or so_far >= 0.5 * total and not _body_resumes(blocks, i + 1, hi)
                    and not _text_resumes_to_its_source(blocks, i + 1, rules)) \
                    and (not f.get("html") or f["cut_notice"]):
                for j in range(i, len(blocks)):
                    if blocks[j].label is None and not blocks[j].features.get("chrome"):
                        blocks[j].features["teaser"] = "after the article's closing byline and box header"
                return _best_end(blocks, lo, i)
            after_header = f["header"]       # (a cut notice the text goes on after heads no teaser list)
            continue
        if after_header:
            if f["words"] >= LONG and f["sentence"] and (f["words"] >= 2 * LONG or not _card_goes_on(blocks, i + 1, hi)):
                after_header = False             # (a teaser's image line or summary, then its headline: still the box)
            elif _html_subheading_over_text(blocks, i, hi):
                after_header = False             # ('<h3>Kontroversen um Klöckners Entscheidungen</h3>' after the box)
            else:
                f["teaser"] = UNDER_HEADER
                continue
        if f["words"] >= LONG and f["sentence"]:
            seen_body = True
    return hi


def _best_end(blocks: list[Block], lo: int, hi: int) -> int:
    """Where the region cut at `hi` ends as best_region would end it on the text without what follows: after
    the block where the sum of values from `lo` is highest (short lines between the text and the box leave it,
    as they do once the box is gone; widget lines, dropped wherever they stand, do not count)."""
    best, end, run = float("-inf"), hi, 0.0
    for j in range(lo, hi):
        if blocks[j].features.get("chrome") or blocks[j].label is Label.chrome:
            continue                  # (the output drops widget lines wherever they stand: they do not count)
        run += blocks[j].features["value"]
        if run >= best:
            best, end = run, j + 1
    return end


SUBHEADED_WORDS = 5  # words of the paragraph under an HTML subheading that ends a teaser box at least


def _html_subheading_over_text(blocks: list[Block], i: int, hi: int) -> bool:
    """A subheading of the article's HTML (<h2>–<h4>, not a link) with a paragraph of text right under it ends an
    in-article teaser box above it: the article goes on."""
    f = blocks[i].features
    if not f.get("html") or f.get("tag") not in ("h2", "h3", "h4") or f.get("chrome") \
            or f.get("link_density", 0.0) >= 0.5 or i + 1 >= hi:
        return False
    j = next((j for j in range(i + 1, hi) if not blocks[j].features.get("inline")), hi)   # (past an ad label)
    if j >= hi:
        return False
    n = blocks[j].features
    return n.get("tag") == "p" and n["words"] >= SUBHEADED_WORDS and not n.get("chrome") and n.get("link_density", 0.0) < 0.5


def _card_goes_on(blocks: list[Block], i: int, hi: int) -> bool:
    """Block `i` goes on with a teaser card: a headline, or a widget of the card ('Teaser-Bild'), not a
    box header or an ad label (those stand between the article's own paragraphs)."""
    if i >= hi:
        return False
    f = blocks[i].features
    if f.get("chrome"):
        return not f["header"] and not f.get("inline")
    return f["words"] >= 3 and not f["sentence"]


_FIELD_ENDS = ("*", ")")       # a form's field labels end so ('Name (Pflichtfeld)*', 'Wohnort (freiwillig)')


def _body_resumes(blocks: list[Block], start: int, hi: int, window: int = 10) -> bool:
    """An in-article box ('Read more' + a few teasers) that the article continues after: within `window`
    blocks (ten let a box of seven teaser headlines pass: Global News' 'More on World'), two long
    paragraphs in a row, or a box of headline links with a very long paragraph after it. Headlines the page
    printed before (repeats) do not count against the window: Wired's 'Most Popular' box in mid-article
    repeats the four cards of the box above it."""
    end, counted = start, 0
    while end < hi and counted < window + 2:
        counted += blocks[end].features.get("chrome") != REPEAT
        end += 1
    return _links_then_long_paragraph(blocks, start, end) or _two_long_paragraphs(blocks, start, end)


LONG_BOX = 30        # blocks: a box of teaser cards (six lines each) the article's text may resume after


def _text_resumes_to_its_source(blocks: list[Block], start: int, rules: Rules) -> bool:
    """A longer box inside the article (three teaser cards of six lines: FAZ's 'Mehr zum Thema') that the text
    continues after: within LONG_BOX blocks, two long paragraphs in a row, and right after them the article's
    source line ('Quelle: F.A.Z.', 'Theo TTXVN'). A teaser's summary has its card's lines after it."""
    run = 0
    for j in range(start, min(len(blocks), start + LONG_BOX)):
        f = blocks[j].features
        if f["words"] >= 2 * LONG and f["sentence"] and not f.get("chrome"):
            run += 1
        elif run >= 2:
            return source_line(blocks[j], rules)
        else:
            run = 0
    return False


def _links_then_long_paragraph(blocks: list[Block], start: int, end: int) -> bool:
    """Two or more headline links, then a very long paragraph: the article's own (a teaser's summary is
    shorter). Form field labels are not links ('Name (Pflichtfeld)*')."""
    links = headlines = 0
    for j in range(start, end):
        f = blocks[j].features
        if f["header"]:
            return False
        if f["words"] >= LONG and f["sentence"] and not f.get("chrome"):
            return links >= 2 and f["words"] >= 3 * LONG and (not headlines or _sentence_after(blocks, j, end))
        links += f["words"] >= 3 and not blocks[j].text.endswith(_FIELD_ENDS)
        headlines += f["words"] >= LONG      # (a long headline without a full stop is a link too; past one, the
        #                                       paragraph needs a sentence after it: a teaser's summary has the next
        #                                       card's headline)
    return False


def _sentence_after(blocks: list[Block], j: int, end: int) -> bool:
    return j + 1 < end and blocks[j + 1].features["sentence"] and not blocks[j + 1].features.get("chrome")


def _two_long_paragraphs(blocks: list[Block], start: int, end: int) -> bool:
    """Two long paragraphs in a row (a teaser list has headlines between its summaries). A short question
    between two very long paragraphs is the article's subheading, not a teaser headline ('Wem gehört der
    Tanker?'): the run goes on past it when the paragraph after it is very long too. Ad labels between two
    paragraphs ('Reklama') are passed over: pages print them inside the article."""
    run, last, asked = 0, 0, False
    for j in range(start, end):
        f = blocks[j].features
        if f["header"]:
            run = 0
            continue
        if f.get("inline"):
            continue            # (an ad label between two paragraphs: 'Reklama')
        if run and last >= 3 * LONG and not asked and f["words"] <= 10 and blocks[j].text.rstrip().endswith("?"):
            asked = True
            continue
        long_para = f["words"] >= (3 if asked else 2) * LONG and f["sentence"] and not f.get("chrome")
        run, last, asked = (run + 1 if long_para else 0), f["words"], False
        if run >= 2:
            return True
    return False


PREV_CHROME = 6      # chrome blocks prev_content looks past at most


def prev_content(blocks: list[Block], i: int) -> Block | None:
    """The block before `i`, past up to PREV_CHROME widget labels and other chrome ('Anzeige', 'Share', 'Artikel
    teilen'), which the output drops."""
    for j in range(i - 1, max(-1, i - 1 - PREV_CHROME), -1):
        if not blocks[j].features.get("chrome") and blocks[j].label is not Label.chrome:
            return blocks[j]
    return None
