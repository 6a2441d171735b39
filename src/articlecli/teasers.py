"""Lists that page dumps wrap around an article: menus, headline lists, teaser cards, site directories,
date-stamped cards and related-article tails. Each pass marks features (`menu_run`, `headline_run`,
`teaser`) that count against the article region in `region.best_region`; none decides a label alone.
"""
from __future__ import annotations

from .model import Block, Label
from .textutil import ends_sentence, letters_key

LONG = 12            # words: a block this long with a sentence end is body evidence


def is_para(b: Block) -> bool:
    return b.features["words"] >= LONG and b.features["sentence"]


def mark(blocks: list[Block]) -> None:
    """All the list passes, in order (later passes see the marks of earlier ones)."""
    _mark_short_runs(blocks)
    _mark_headline_runs(blocks)
    _mark_teaser_cards(blocks)
    _mark_kicker_cards(blocks)
    _mark_kicker_headlines(blocks)
    _mark_directories(blocks)
    _mark_dated_cards(blocks)
    _mark_teaser_tail(blocks)


DOUBLED_MIN = 15     # characters of each half: "Düsseldorf Düsseldorf" may be a place line


def doubled(t: str) -> bool:
    """'Headline here Headline here': a page dump printing a teaser's alt text and link text on one line."""
    half = len(t) // 2
    return half >= DOUBLED_MIN and len(t) % 2 == 1 and t[half] == " " and t[:half] == t[half + 1:] \
        and not ends_sentence(t)     # (a headline: text that repeats a sentence is still text)


SHORT_RUN = 3        # this many short lines in a row read as a menu or a link list


def _mark_short_runs(blocks: list[Block]) -> None:
    """Runs of short lines without sentences (menus, link lists, widget labels) count against the region."""
    i = 0
    while i < len(blocks):
        j, run = i, []
        while j < len(blocks):
            if _shortish(blocks[j]):
                run.append(blocks[j])
            elif not (run and _removed_anyway(blocks[j])):   # (widget labels, repeats and credit lines
                break                                           #  inside a menu do not end it)
            j += 1
        if len(run) >= SHORT_RUN and not _list_in_text(blocks, i, j, run):
            for b in run:
                b.features["menu_run"] = len(run)
        i = max(j, i + 1)


def _list_in_text(blocks: list[Block], i: int, j: int, run: list[Block]) -> bool:
    """A list of short items with a paragraph of text right before it, two after it (the text goes on) and
    nothing from the rules among them ('Broccoli' / 'Cabbage' / 'Garlic' between paragraphs): the text's
    own list, not a menu. (One paragraph after is not enough: a tag list sits between the article's last
    paragraph and a teaser's summary.)"""
    return i > 0 and j + 1 < len(blocks) and len(run) == j - i \
        and all(is_para(b) and b.label is None and not b.features.get("chrome")    # (a repeat is no text: dropped)
                for b in (blocks[i - 1], blocks[j], blocks[j + 1])) \
        and not any(b.features.get("chrome") for b in run)


def _mark_headline_runs(blocks: list[Block]) -> None:
    """A list of headlines (teaser links without summaries) with no text after it counts against the region."""
    i = 0
    while i < len(blocks):
        j, run = i, []
        while j < len(blocks) and (headline_like(blocks[j]) or run and blocks[j].features.get("chrome")):
            if not blocks[j].features.get("chrome"):    # (a repeat inside the list neither ends nor lengthens it)
                run.append(blocks[j])
            j += 1
        if len(run) >= HEADLINE_RUN and not (i > 0 and blocks[i - 1].text.rstrip().endswith(":")) \
                and not any(is_para(b) for b in blocks[j:j + 2]):    # (a list in the text has text around it)
            for b in run:
                b.features["headline_run"] = len(run)   # counts against the region; inside it, kept
        i = max(j, i + 1)


KICKER_CARDS = 3     # image caption + section kicker + headline, this many in a row: a teaser list


def _mark_kicker_cards(blocks: list[Block]) -> None:
    """Teaser cards of three lines: the image's caption, the section kicker ('Gaza-Krieg', 'Tarife') and
    the headline, with no text after them. A text's subheading has a paragraph under it, not a headline
    without a full stop, and text goes on after its sections."""
    for i, j in _card_runs(blocks, (_card_caption, _kicker, _card_headline), KICKER_CARDS, rarest=1):
        if not any(is_para(b) for b in blocks[j:j + 2]):
            for b in blocks[i:j]:
                b.features["teaser"] = "teaser card (an image caption, a section kicker and a headline)"


def _card_runs(blocks: list[Block], card: tuple, cards: int, rarest: int = 0):
    """(start, end) of each run of `cards` or more cards in a row, a card being consecutive blocks that pass
    the tests in `card`, one test a block; the test at `rarest` is tried first (this runs on every block)."""
    i, n, k = 0, len(blocks), len(card)
    order = [rarest] + [m for m in range(k) if m != rarest]
    while i <= n - k:
        j = i
        while j + k <= n:
            for m in order:
                if not card[m](blocks[j + m]):
                    break
            else:
                j += k
                continue
            break
        if (j - i) // k >= cards:
            yield i, j
        i = max(j, i + 1)


def _card_caption(b: Block) -> bool:
    f = b.features
    return b.label in (None, Label.caption) and 3 <= f["words"] <= 40 and f["sentence"] and not f.get("html")


def _card_headline(b: Block) -> bool:
    return headline_like(b, min_words=3)


def _kicker(b: Block) -> bool:
    f = b.features
    return b.label is None and 1 <= f["words"] <= 3 and not f["sentence"] and not f.get("html") and not f["date"]


KICKER_HEADLINES = 3  # 'Kicker: headline' lines in a row, each with its own kicker: a list of links


def _mark_kicker_headlines(blocks: list[Block]) -> None:
    """Teaser headlines in the news form 'Kicker: headline' ('Naturkatastrophe: Santorini-Vulkan löschte ganze
    Kultur aus – …', 'Interview: Deutscher Archäologe findet …') listed between the article's paragraphs. An
    article's subheading has text under it: the last line before a paragraph may be one, and is left out.
    Numbered steps ('Schritt 1: …') and one kicker over and over ('Tipp: …') are the text's own list. They are
    chrome, but no wall between the article's parts (inline)."""
    for i, j in _card_runs(blocks, (_kicker_headline,), KICKER_HEADLINES):
        end = j - 1 if j < len(blocks) and is_para(blocks[j]) else j
        kickers = [blocks[k].text.split(":", 1)[0].casefold() for k in range(i, end)]
        if end - i >= KICKER_HEADLINES and len(set(kickers)) == len(kickers):
            for b in blocks[i:end]:
                b.features["chrome"] = "one of a list of teaser headlines ('Kicker: headline') inside the text"
                b.features["inline"] = True


def _kicker_headline(b: Block) -> bool:
    if ": " not in b.text or not headline_like(b) or b.features.get("chrome") and not b.features.get("inline"):
        return False             # (furniture by its form may be one: 'Hiring nach US-Vorgaben: … undefined')
    kicker, sep, rest = b.text.partition(": ")
    return bool(sep) and 1 <= len(kicker.split()) <= 3 and not any(c.isdigit() for c in kicker) \
        and len(rest.split()) >= 4 and rest[0].isupper()      # (a review's 'We like: the shoe racks at the bottom')


DIRECTORY_PAIRS = 5  # name line + one-sentence blurb, this many times in a row: a site directory or teaser grid


def _mark_directories(blocks: list[Block]) -> None:
    """'Site name' / 'One sentence about it.' repeated down a footer or teaser grid. An article's
    subheadings have paragraphs of text under them, not one short blurb each."""
    for i, j in _card_runs(blocks, (_name_line, _blurb), DIRECTORY_PAIRS):
        for b in blocks[i:j]:
            b.features["teaser"] = "a list of names each with a one-line blurb (site directory or teaser grid)"


DATED_GAP = 6        # blocks between two date-only lines of a teaser list …
DATED_CARDS = 3      # … this many dates in a row …
CARD_WORDS = 40      # … and nothing between them longer than this: a teaser card list


def _mark_dated_cards(blocks: list[Block]) -> None:
    """Teaser cards each stamped with a date or time ('19:00', '10.06.2026'): between two stamps a
    headline (no full stop) and short lines. A live blog also stamps its entries, but its entries are
    sentences of text."""
    dates = [i for i, b in enumerate(blocks)
             if b.label is None and b.features["date"] and b.features["words"] <= 3 and not b.features.get("html")]
    run: list[int] = []
    for i in dates + [None]:
        card = blocks[run[-1] + 1:i] if run and i is not None else ()
        if card and i - run[-1] <= DATED_GAP and all(b.features["words"] <= CARD_WORDS for b in card) \
                and any(b.features["words"] >= 3 and not b.features["sentence"] for b in card):  # a headline
            run.append(i)
            continue
        if len(run) >= DATED_CARDS:
            blocks[run[0]].features["header"] = True       # (ends the article like a box header would)
            for b in blocks[run[0]:run[-1] + 1]:
                if b.label is None:
                    b.features["teaser"] = f"between {len(run)} date-stamped teaser cards"
        run = [i] if i is not None else []


TAIL_PAIRS = 3       # headline + one-sentence summary, this many times at the very end: related-article teasers
SUMMARY_WORDS = 45


def _mark_teaser_tail(blocks: list[Block]) -> None:
    """'Headline without a full stop' / 'One or two sentences of summary.' repeated at the end of a
    dump (VietNamNet's related articles). An article's last sections have more text than a summary each."""
    j = len(blocks)
    while j > 0 and (blocks[j - 1].label is not None or blocks[j - 1].features.get("chrome")
                     or blocks[j - 1].features["words"] < 5):
        j -= 1                                          # (widget lines and bylines after the list)
    pairs, end = 0, j
    while j >= 2:
        head, summary = blocks[j - 2], blocks[j - 1]
        n = summary.features["words"]
        # (a summary may be cut short without its full stop: "… với mức phạt 150-250 nghìn")
        if not (head.label is None and summary.label is None and headline_like(head)
                and 8 <= n <= SUMMARY_WORDS and not summary.features.get("html")
                and (summary.features["sentence"] or n >= 15 and n > head.features["words"])):
            break
        pairs += 1
        j -= 2
    tail_words = sum(b.features["words"] for b in blocks[j:end])
    if pairs >= TAIL_PAIRS and sum(b.features["words"] for b in blocks[:j] if is_para(b)) > tail_words:
        # (a list article of short tips is mostly its list: the text before the teasers must outweigh them)
        for b in blocks[j:end]:
            b.features["teaser"] = f"one of {pairs} headline + summary teasers ending the page"


def _name_line(b: Block) -> bool:
    f = b.features
    return b.label is None and 1 <= f["words"] <= 6 and not f["sentence"] and not f.get("html") \
        and not f["date"]     # (time-stamped entries: see _mark_dated_cards)


def _blurb(b: Block) -> bool:
    f = b.features
    return b.label is None and 4 <= f["words"] <= 40 and f["sentence"] and not f.get("html")


HEADLINE_RUN = 4     # this many headline-like lines in a row are a teaser list (an article puts text between)


HEADLINE_MIN_WORDS = 6   # words of a headline-like line at least (a teaser card's headline under its kicker: 3)


def headline_like(b: Block, min_words: int = HEADLINE_MIN_WORDS) -> bool:
    f = b.features
    return b.label is None and min_words <= f["words"] <= 25 and _headline_text(b) \
        and not f.get("html") and not f["list"] and not b.text.rstrip().endswith((",", ";", ":"))


def _removed_anyway(b: Block) -> bool:
    return b.label is Label.caption or bool(b.features.get("chrome"))


def _shortish(b: Block) -> bool:
    f = b.features
    return b.label is None and f["words"] < 6 and not f["sentence"] and not f["list"] and not f.get("html")


TEASER_GAP = 6       # blocks: repeated headlines this close together …
TEASER_CARDS = 3     # … and this many of them make a teaser list


def _mark_teaser_cards(blocks: list[Block]) -> None:
    """Teaser cards in a page dump: a headline printed twice in a row (link text + heading, with or
    without the kicker's colon), then a one-paragraph summary. Three such cards close together are a
    teaser list; a title or a caption printed twice is not."""
    pairs, keys = [], {}        # (each block's key once: the second of one pair is the first of the next)
    for i in range(len(blocks) - 1):
        a, b = blocks[i], blocks[i + 1]
        if a.label is None and b.label is None and 3 <= a.features["words"] <= 30 and 3 <= b.features["words"] <= 30 \
                and _headline_text(a) and _headline_text(b):
            ka = keys.pop(i, None)
            ka = letters_key(a.text) if ka is None else ka
            kb = keys[i + 1] = letters_key(b.text)
            if len(ka) >= 15 and (ka == kb or (len(kb) >= 15 and (ka.endswith(kb) or kb.endswith(ka)))):
                pairs.append(i)
    clusters: list[list[int]] = []
    for i in pairs:
        if clusters and i - clusters[-1][-1] <= TEASER_GAP:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    paired = set(pairs)          # (a set: a page of many repeated lines has many pairs)
    for i in (i for c in clusters if len(c) >= TEASER_CARDS for i in c):
        card = [i, i + 1]
        nxt = i + 2
        if nxt < len(blocks) and blocks[nxt].label is None and blocks[nxt].features["words"] <= 60 \
                and nxt not in paired:
            card.append(nxt)
        for j in card:
            blocks[j].features["teaser"] = "teaser card (a headline printed twice, then its summary)"


def _headline_text(b: Block) -> bool:
    """No full stop at the end (a question or an exclamation mark is fine: 'Fleisch: Die Verbraucher bekommen mehr
    Macht – gut so!'): how headlines are written."""
    return not b.features["sentence"] or b.text.rstrip().endswith(("?", "!"))
