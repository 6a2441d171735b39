"""Boxes the page prints inside the article's text, found after the labelling: a newsletter box over its
sign-up form, a fact box closed by its source line, a pull quote. Each is set aside as chrome with its reason."""
from __future__ import annotations

import re

from .bylines import CARD_HEADLINE_WORDS, prev_body, source_line
from .model import Block, Label
from .rules import Rules
from .teasers import is_para
from .textutil import SENTENCE_INSIDE, head_key


FACT_BOX_BLOCKS = 25     # blocks of a fact box at most


def fact_boxes(blocks: list[Block], rules: Rules) -> None:
    """A fact box inside the text: its title (rules: chrome.fact_box_openers, 'Fakta om fødselsdepresjon'), the
    facts, and its source line closing it ('Kilde: Helsenorge.no'), with the article's text going on after
    it. At the end of the article a source line is the article's own ('Quelle: dpa'), and the box is kept."""
    if not rules.fact_box_openers:
        return
    for i, b in enumerate(blocks):
        if b.label not in (Label.heading, Label.paragraph) or b.features["words"] > 8 \
                or not head_key(b.text).startswith(rules.fact_box_openers):
            continue
        for j in range(i + 1, min(len(blocks), i + FACT_BOX_BLOCKS)):
            x = blocks[j]
            if x.features["words"] <= 6 and (source_line(x, rules) or x.label is Label.caption and x.credit
                                             and not x.text):     # ('Kilde: Helsenorge.no' read as a credit line)
                if any(y.label is Label.paragraph and is_para(y) for y in blocks[j + 1:j + 4]):
                    for y in blocks[i:j + 1]:
                        y.set(Label.chrome, f"a fact box: '{b.text[:40]}' to its source line "
                                            "(rules: chrome.fact_box_openers)")
                break
            if x.label is not None and not x.label.is_body and x.label is not Label.chrome:
                break


PAYWALL_GAP = 12         # blocks between two notices of one paywall offer at most
PAYWALL_LINE_WORDS = 30  # words of a line inside the offer (a benefit, a form's label) at most
PAYWALL_FORM_WORDS = 4   # words of the sign-in form's lines after the offer's last notice at most


def paywall_offers(blocks: list[Block]) -> None:
    """A paywall's offer printed inside the article, which goes on after it: from one notice (rules:
    chrome.paywall_notices, 'THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY') to the last of two or more, each
    within PAYWALL_GAP blocks of the one before and only short lines between (the benefits: 'Unlimited online
    access to The Province and 15 news sites with one account.'), then the sign-in form's short lines ('Email
    Address', 'Continue'). Set aside before the region is found: chrome that says nothing about where the
    article is (a 40-line offer between the first paragraph and the rest is no wall between them)."""
    i = 0
    while i < len(blocks):
        if not blocks[i].features.get("paywall_notice"):
            i += 1
            continue
        last, j = i, i + 1
        while j < len(blocks) and j - last <= PAYWALL_GAP and blocks[j].features["words"] <= PAYWALL_LINE_WORDS:
            if blocks[j].features.get("paywall_notice"):
                last = j
            j += 1
        if last == i:
            i += 1
            continue
        end = last + 1
        while end < len(blocks) and blocks[end].features["words"] <= PAYWALL_FORM_WORDS \
                and not blocks[end].features.get("header"):
            end += 1
        for b in blocks[i:end]:
            if not b.features.get("paywall_notice"):          # (a notice keeps its own reason)
                b.features["chrome"] = "a paywall's offer printed inside the article (rules: chrome.paywall_notices)"
            b.features["paywall"] = b.features["inline"] = True
        i = end


NEWSLETTER_BLOCKS = 3    # the title, the schedule and the blurb of a newsletter box above its sign-up form
BLURB_WORDS = 35         # words of the box's blurb at most


def newsletter_boxes(blocks: list[Block]) -> None:
    """A newsletter box inside the article: a title, maybe a schedule, one sentence about it, then the sign-up
    form with its consent line (rules: chrome.signup_notices). Above the consent line, past the form's labels
    and buttons, up to three short blocks of two sentences at most, the first of them a title (no full stop:
    'Get daily National news', '„Zehn vor Zwölf“', 'WAZ-Newsletter: Jetzt kostenlos anmelden!'), are the box's.
    The article's paragraph before a box is longer or has no title-like line above the blurb."""
    for i, b in enumerate(blocks):
        if not b.features.get("signup_notice"):
            continue
        box, j = [], _prev_not_chrome(blocks, i - 1)
        while j >= 0 and len(box) < NEWSLETTER_BLOCKS and _box_line(blocks[j]) and _sentences_in(blocks[j]) <= 2:
            box.append(j)
            j = _prev_not_chrome(blocks, j - 1)
        above = []
        while box and not _box_title(blocks[box[-1]]):
            above.append(box.pop())        # (the box starts at its title: a sentence above it is the article's)
        if box:
            # (a sentence above the title that the box prints again under it is the box's too: 'Get daily Canada
            # news delivered …' / 'Get daily National news' / 'Get daily Canada news delivered …')
            printed = {blocks[k].text for k in range(box[-1], i) if blocks[k].label is Label.chrome}
            for k in box + [k for k in above if blocks[k].text in printed]:
                blocks[k].set(Label.chrome, "a newsletter box: its title and blurb above the sign-up form "
                                            "(rules: chrome.signup_notices)")
            _newsletter_picker(blocks, box[-1])


def _box_title(b: Block) -> bool:
    """A newsletter box's title: no full stop, or a call ending in '!' ('WAZ-Newsletter: Jetzt kostenlos
    anmelden!')."""
    return not b.features["sentence"] or b.text.rstrip().endswith("!")


PICKER_TITLE_WORDS = 8   # words of a newsletter's name in a picker at most
PICKER_HEAD = 2          # short lines over a picker of newsletters (its title, 'Explore all newsletters') at most


def _box_line(x: Block) -> bool:
    """A line a newsletter box may hold: a heading or paragraph of a blurb's length, or a newsletter's name taken
    for a name-only byline ('TechCrunch Mobility')."""
    # (an HTML box's blurb in an element classed 'description' is labelled a lead)
    return (x.label in (Label.heading, Label.paragraph, Label.lead)
            or x.label is Label.byline and x.features.get("name_only")) and x.features["words"] <= BLURB_WORDS


def _newsletter_picker(blocks: list[Block], top: int) -> None:
    """Over a newsletter box's title, more newsletters of the same form, each a name (no full stop) over one
    sentence about it ('Startups Weekly' / 'Startups are the core of TechCrunch, so get our best coverage …'):
    the form lets the reader pick several. With one such pair or more, the picker's own title lines above them
    ('Get the industry's biggest tech news' / 'Explore all newsletters') are the box's too."""
    pairs, j = 0, top - 1
    while True:
        k = _prev_not_chrome(blocks, j)
        t = _prev_not_chrome(blocks, k - 1) if k >= 0 else -1
        if k < 0 or t < 0 or not _box_line(blocks[k]) or not blocks[k].features["sentence"] \
                or _sentences_in(blocks[k]) > 1 or not _box_line(blocks[t]) or blocks[t].features["sentence"] \
                or blocks[t].features["words"] > PICKER_TITLE_WORDS:
            break
        for m in (k, t):
            blocks[m].set(Label.chrome, "a newsletter picker: one of its newsletters, a name and a sentence "
                                        "about it, above the sign-up form (rules: chrome.signup_notices)")
        pairs, j = pairs + 1, t - 1
    if not pairs:
        return
    for _ in range(PICKER_HEAD):
        k = _prev_not_chrome(blocks, j)
        if k < 0 or not _box_line(blocks[k]) or blocks[k].features["sentence"] \
                or blocks[k].features["words"] > PICKER_TITLE_WORDS:
            return
        blocks[k].set(Label.chrome, "a newsletter picker: its title above the newsletters (rules: "
                                    "chrome.signup_notices)")
        j = k - 1


def _sentences_in(b: Block) -> int:
    """Sentences of a short block: one, and one more for each sentence end inside it."""
    return 1 + len(SENTENCE_INSIDE.findall(b.text.rstrip(".!? ")))


def _prev_not_chrome(blocks: list[Block], j: int) -> int:
    """The nearest block at or before `j` that is not chrome already (-1 if none)."""
    while j >= 0 and blocks[j].label is Label.chrome:
        j -= 1
    return j


LINK_LIST_MIN = 2        # headlines in a row between a paragraph and a subheading that are links, at least


def link_lists(blocks: list[Block]) -> None:
    """Links to other stories printed between a paragraph and the next subheading ('How the government raises
    and spends £1 trillion a year' / 'Budget: Key points at a glance' / 'Why do OBR forecasts matter?'): two or
    more headline-like lines in a row (no full stop, no question, no colon closing them). The text does not set
    two such lines between a paragraph and a subheading: a subheading has its own text under it."""
    i = 1
    while i < len(blocks):
        run, j = [], i
        while j < len(blocks) and (_link_headline(blocks[j]) or run and not blocks[j].label.is_body
                                   or run and _link_headline(run[-1]) and _link_label(blocks[j])):
            if blocks[j].label.is_body:
                run.append(blocks[j])        # (the captions, dates and chrome between them the output drops)
            j += 1
        sub = blocks[j] if j < len(blocks) else None
        if run and run[-1].label is Label.heading and (sub is None or sub.label is not Label.heading):
            sub = run.pop()                  # (the subheading reads like a headline too: the run's last line)
        if len(run) >= LINK_LIST_MIN and sub is not None and sub.label is Label.heading \
                and (above := prev_body(blocks, i)) is not None \
                and blocks[above].label is Label.paragraph and is_para(blocks[above]):
            # (prev_body walks back only here, past the non-body blocks since the last body block: linear)
            for x in run:
                x.set(Label.chrome, "a link to another story: one of headlines in a row between a paragraph and "
                                    "the next subheading")
        i = max(j, i + 1)


LINK_LABEL_WORDS = 3     # words of the label under a link's headline at most (its site or section: 'Sportschau')
LINK_HEADLINE_WORDS = 4  # words of a link's headline at least (at most a teaser card's: CARD_HEADLINE_WORDS)


def _link_headline(b: Block) -> bool:
    return _link_line(b, LINK_HEADLINE_WORDS, CARD_HEADLINE_WORDS)


def _link_label(b: Block) -> bool:
    return _link_line(b, 1, LINK_LABEL_WORDS)


def _link_line(b: Block, least: int, most: int) -> bool:
    """A heading or paragraph of `least` to `most` words, no full stop, no question, no colon or comma closing it."""
    f = b.features
    return b.label in (Label.heading, Label.paragraph) and least <= f["words"] <= most \
        and not f["sentence"] and not b.text.rstrip().endswith(("?", ":", ",", ";"))


PULL_QUOTE_WORDS = (8, 60)   # words of a pull quote: a sentence or two


def pull_quotes(blocks: list[Block]) -> None:
    """A paragraph between two paragraphs whose sentences all stand in a longer paragraph of the text is a
    pull quote: the page prints a line of the article again in large type. (Subheadings that repeat words of
    the text, even one in quotes without a full stop ("'He put me in a hole in the basement floor'"), stay.)"""
    body = [b for b in blocks if b.label in (Label.paragraph, Label.lead, Label.quote)]
    lo, hi = PULL_QUOTE_WORDS
    candidates = [k for k in range(1, len(body) - 1)          # (between the article's paragraphs, text after it)
                  if body[k].label is not Label.lead and lo <= body[k].features["words"] <= hi
                  and body[k].features["sentence"] and is_para(body[k + 1])]
    if not candidates:
        return
    joined = "\n".join(b.text for b in body)
    candidates = [k for k in candidates if joined.count(_opening(body[k].text)) > 1]   # (a quick look first)
    if not candidates:
        return
    where: dict[str, int] = {}                 # a sentence → the length of the longest paragraph that has it
    for b in body:
        for sentence in _sentences(b.text):
            where[sentence] = max(where.get(sentence, 0), len(b.text))
    for k in candidates:
        b = body[k]
        sentences = _sentences(b.text)
        if len(set(sentences)) == len(sentences) and all(where.get(s, 0) > len(b.text) for s in sentences):
            # (a paragraph saying one sentence twice repeats itself, not a longer paragraph: no pull quote)
            b.set(Label.chrome, "a pull quote: repeats the sentences of a longer paragraph of the text")


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»“„)]*\s+")
_QUOTES = "\"'“”„‘’«»‚ "


def _opening(text: str) -> str:
    """The first words of a paragraph without its opening quote mark: what a pull quote repeats first."""
    return text.lstrip(_QUOTES)[:24]


def _sentences(text: str) -> list[str]:
    """The sentences of a paragraph without the quote marks around them ('„In der Stunde … 45 Schweine.')."""
    return [t.strip(_QUOTES) for t in _SENTENCE_END.split(" ".join(text.split())) if t.strip(_QUOTES)]
