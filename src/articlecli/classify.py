"""Label every candidate block (text and HTML alike) with a reason.

Order of decisions:
1. caption lines found by their credits, run-on blocks cut into body and caption pieces (captions.py,
   runon.py), pictures found by how a dump prints them (alts.py), furniture printed inside the text (embedded
   posts, summaries, labelled links: inline.py);
2. per-block evidence from the rules (chrome phrases, captions, credits, bylines, dates);
3. the article region (region.py): the best-scoring stretch of blocks (long sentences count for, menus,
   widgets and teaser lists against: teasers.py finds the lists), with the teaser list after a
   closing byline + box header cut;
4. context labels inside the region: title (title.py), site tag, lead, subheadings, bylines (bylines.py),
   list items.
"""
from __future__ import annotations

import re

from . import alts, boxes, classify_html, inline, runon, teasers
from .alts import DROPPED_GAP
from .bylines import (BYLINE_LIST_WORDS, NAME_ONLY, Signatures, author_bio, byline_before, byline_parts, byline_reason,
                      cjk_byline, closing_line, cut_trailing_byline, dated_byline, join_bare_prefixes, metadata_author,
                      name_with_agency, prefixed_byline, signed_names, source_line, teaser_bylines)
from .captions import CREDITED_CAPTION_WORDS, caption_element, split_runons
from .model import BODY_LABELS, Block, Label
from .names import name_with_dashed_role, namelike
from .region import CLOSING_LINES, UNDER_HEADER, best_region, extend_to_byline, max_stretch, prev_content, trim_region
from .rules import WIDGET_TAIL_WORDS, Rules
from .teasers import LONG, doubled, is_para
from .textutil import (BULLETS, DATE, GLUED_CAPITAL, LIST_MARK, NOT_HEADING_END, dates_in, ends_sentence, head_key,
                       is_caps, letters_key, norm_key, word_count, words)
from .title import NEAR_TITLE, REPEAT, find_title, keyword_list, leading_subheading, repeat_or_free, titlelike

HEADING_MAX = 25     # words
REPEAT_CHARS = 20    # characters of a line without spaces printed again that make it a repeat
DATE_LINE_WORDS = 24 # words of a line with two dates or times at most: a 'published … updated …' line
HEADING_END_MAX = 12 # words of a heading-like line closing the article (a chart or image title)
_QUOTE_LINE = re.compile(r"^>\s?(?=\W*\w)")     # (a quote has words: a lone ">" is no quote)


def evidence(b: Block, rules: Rules, learned: dict[str, str] | None = None) -> None:
    """Per-block features from the text alone (no decisions that need neighbours)."""
    f = b.features
    f["words"] = n = word_count(b.text)
    f["sentence"] = ends_sentence(b.text)
    # the phrase-lookup key of short blocks (long ones are never a phrase from the rules: None)
    f["key"] = key = norm_key(b.text) if n <= 12 or b.text.startswith(_KEYED_STARTS) else None
    if key is not None:
        kind, f["chrome"] = rules.chrome_match(b.text, key) or (None, None)
    else:                                     # (a long block: only a prefix; "Image caption, …" stays a caption)
        kind, f["chrome"] = None, None if caption_element(b) else rules.prefix_reason(b.text)
        if f["chrome"]:
            kind = rules.prefix_kind(head_key(b.text))
        elif len(b.text) <= LONG_FORM_CHARS and (why := rules.form_reason(b.text, short=False)):
            kind, f["chrome"] = "inline", why     # ('Follow TechRadar on Google News and add us as a preferred …')
    # (a summary's notice is a chrome prefix: 'Diese Zusammenfassung wurde künstlich erzeugt', 'Key Points')
    f["summary_notice"] = kind == "prefix" and rules.is_summary_notice(b.text)
    f["signup_notice"] = kind == "prefix" and rules.is_signup_notice(b.text)
    f["paywall_notice"] = kind == "prefix" and rules.is_paywall_notice(b.text)
    # a short source line ('Theo TTXVN'): a byline wherever it stands, which the output drops
    f["source"] = n <= SOURCE_WORDS and rules.source_re.match(b.text.strip()) is not None
    if not f["chrome"] and (learned or rules.learned) and not (n >= 8 and f["sentence"]):
        # guard: never a full sentence of body text
        f["chrome"] = rules.learned_reason(b.text, learned, key)
    if not f["chrome"] and n == 1 and _identifier(b.text):
        kind, f["chrome"] = "inline", "an identifier or an icon's name ('werbung_3', 'expand_circle_down'), not text"
    elif not f["chrome"] and CAPS_LINK_WORDS <= n <= HEADING_MAX and not f["sentence"] and not f.get("html") \
            and b.text.isascii() and is_caps(b.text):
        kind, f["chrome"] = "inline", ("a link to another story in capitals ('VIDEO SHOWS SUSPECT ACCUSED OF OPERATING "
                                       "SECRET CHINESE POLICE STATIONS …'), not a subheading")
    elif not f["chrome"] and not f["sentence"] and "," in b.text and keyword_list(b.text):
        kind, f["chrome"] = "inline", ("a list of keywords (an image's alt text or the page's tags: 'lobby, restaurant, "
                                       "totems, table')")
    elif not f["chrome"] and not f["sentence"] and SLUG_WORDS <= n <= HEADING_MAX and not f.get("html") \
            and _slug(b.text):
        kind, f["chrome"] = "inline", ("a line in lowercase with no punctuation ('two new york residents arrested "
                                       "operating undisclosed chinese police station'): an image's alt text")
    elif not f["chrome"] and not f["sentence"] and n <= GLUED_ROW_WORDS and len(GLUED_CAPITAL.findall(b.text)) >= GLUED_LINKS:
        kind, f["chrome"] = "line", "links or tags glued into one line ('DAZN GutscheineNike Store Gutscheine…')"
    f["header"] = n <= 8 and kind == "header"
    # (a paywall's cut notice ends the article as a box header does: 'Il vous reste 57% de cet article à lire')
    f["cut_notice"] = kind == "prefix" and rules.is_cut_notice(b.text)
    f["inline"] = kind == "inline"          # (an ad label: chrome, but no wall between the article's parts)
    f["widget"] = kind == "line"            # (a widget's label, 'Chia sẻ', 'Share': dropped wherever it stands)
    # a date in a short line, or two in a longer one ('Publié le 18 juil. 2024 à 08:01Mis à jour le …')
    # (a date line may end in an abbreviation: '06.01.2026, Lesezeit 5 Min.', '… - 18:50 UhrLesedauer: 4 Min.')
    dates = dates_in(b.text) if n <= DATE_LINE_WORDS and (not f["sentence"] or n <= 5 and DATE.match(b.text)
                                                          or n <= 8 and _UNIT_END.search(b.text)) else ()
    f["date"] = bool(dates) and (n <= 14 or len(dates) >= 2)
    f["list"] = bool(LIST_MARK.match(b.text))
    f["namelike"] = 1 <= n <= 6 + WIDGET_TAIL_WORDS and not f["sentence"] and (
        n <= 6 and namelike(b.text)      # (or a name with a widget label glued after it: 'Tuva Mathilde Løland Tips meg')
        or (bare := rules.without_widget_tail(b.text)) != b.text and len(bare.split()) <= 6 and namelike(bare)
        and not any(rules.chrome_match(w) for w in bare.split()))       # (not 'Kommentare News folgen')
    # ('By Samya Kullab and … The Associated Press'; longer, a list of names: 'By Xiaoying You, Mariana Lenharo, …')
    f["by"] = (n <= 12 or n <= BYLINE_LIST_WORDS and b.text.count(",") >= 2) and prefixed_byline(b, rules)
    # a byline by its form ('By X', 'Theo TTXVN'), which the output drops wherever it stands: the passes that ask
    # what follows or precedes a line as the text output prints it look past it
    f["byline_form"] = bool(f["by"] or f["source"])
    # (a photo credit is no link row: 'Francesco Carta Fotografo | Moment | Getty Images')
    f["link_row"] = " | " in b.text and not f.get("rows") and _link_row(b.text) and not rules.photo_credit(b.text)
    if f.get("html"):
        classify_html.evidence(b)
    if not f.get("teaser") and doubled(b.text):      # (in HTML too, where the classes say nothing)
        f["teaser"] = "the line says the same thing twice (a teaser's image text + link text)"


CAPS_LINK_WORDS = 8  # words of a line in capitals (English letters) that links another story at least (subheadings
#                      in capitals are shorter: 'BREAKING THE NEWS TO THE WORLD')
GLUED_LINKS = 3      # links or tags run into each other in a line without a sentence (textutil.GLUED_CAPITAL) at least
GLUED_ROW_WORDS = 40
_UNIT_END = re.compile(r"\d ?(?:min|std|h)\.$", re.IGNORECASE)   # a reading time closes the line: '4 Min.'
_KEYED_STARTS = ("©", ">")     # long blocks that still get a lookup key ("© 2024 …", "> quote")
SOURCE_WORDS = 8               # words of a source line ('Theo Tuổi Trẻ') a later pass looks past at most
LONG_FORM_CHARS = 400          # a long line is matched against chrome.sentence_patterns and endings up to this length


SLUG_WORDS = 4       # words of a line in lowercase with no punctuation, an image's alt text, at least


def _slug(text: str) -> bool:
    """Words of a script with case, all in lowercase, no punctuation: how a CMS writes an image's alt text."""
    return text == text.lower() and text != text.upper() and not any(c in _SLUG_MARKS for c in text)


_SLUG_MARKS = ".,;:!?…\"'“”‘’()–—/|&#@%" + BULLETS    # (a list's item has its marker)


def _identifier(text: str) -> bool:
    """One word with underscores ('werbung_3', 'expand_circle_down') or a CSS selector's hyphens and dot
    ('lead-art-block.fullscreen-enterExpand'): code, not text."""
    t = text.strip()
    head, sep, tail = t.partition("_")
    if sep:
        return head.isalpha() and tail.replace("_", "").isalnum()
    return "-" in t and _SELECTOR_DOT.search(t) is not None and t.replace("-", "").replace(".", "").isalpha()


_SELECTOR_DOT = re.compile(r"[a-z]\.[a-z]")


LINK_ROW_ITEMS = 3      # links in a row separated by ' | ' at least
LINK_WORDS_MAX = 6      # words of each at most


def _link_row(text: str) -> bool:
    """'Abbonati a Corriere della Sera | Gazzetta | El Mundo | Marca': a row of short links separated by bars, no
    sentence (a footer's or a menu's)."""
    if text[:1] == "|" or text[-1:] == "|":
        return False                                     # (a Markdown table's row: '| Schools | 1.4 | 1.5 |')
    items = text.split(" | ")
    return len(items) >= LINK_ROW_ITEMS and all(0 < len(x.split()) <= LINK_WORDS_MAX for x in items) \
        and not any(ends_sentence(x) for x in items[:-1])


def classify(blocks: list[Block], rules: Rules, meta: dict | None = None,
             learned: dict[str, str] | None = None) -> list[Block]:
    meta = meta or {}
    blocks = join_bare_prefixes(split_runons(blocks, rules), rules)
    seen: set[str] = set()
    for b in blocks:
        evidence(b, rules, learned)
        if b.label is None and (b.features["words"] >= 4 or len(b.text) >= REPEAT_CHARS and " " not in b.text):
            # (a line of a script without spaces counts few words: '記事に『リアクション』ができます。')
            key = b.features["key"] or b.text                   # (long blocks repeat verbatim)
            if key in seen and not b.features.get("chrome"):
                b.features["chrome"] = REPEAT
            seen.add(key)
    is_html = any(b.features.get("html") for b in blocks)
    if is_html:
        classify_html.related_boxes(blocks, meta.get("url"))
    teasers.mark(blocks)
    boxes.paywall_offers(blocks)
    alts.doubled_captions(blocks)
    alts.linked_story_cards(blocks)
    alts.video_cards(blocks)
    alts.alts_over_captions(blocks)
    inline.embedded_posts(blocks)
    inline.machine_summary(blocks, rules)
    inline.labelled_links(blocks)
    inline.titles_under_image_files(blocks, rules)
    lo, hi = best_region(blocks)
    while 0 < lo < hi and blocks[lo - 1].line == blocks[lo].line and blocks[lo - 1].label is None \
            and not blocks[lo].features.get("html") and not blocks[lo - 1].features.get("chrome"):
        lo -= 1                  # (no region starts inside a source line: 'Không khí sạch nhất thế giớiTasmania, …')
    hi = trim_region(blocks, lo, hi, rules)
    hi = extend_to_byline(blocks, hi, rules)
    for i, b in enumerate(blocks):
        if b.label is None and not lo <= i < hi:
            if b.features.get("chrome"):
                b.set(Label.chrome, b.features["chrome"])
            elif b.features.get("teaser"):
                b.set(Label.chrome, b.features["teaser"])
    if is_html:
        profile = meta.get("profile") or {}
        title, title_at, why = classify_html.choose_title(blocks, meta.get("title_candidates", []),
                                                          profile.get("title", ()))
        if profile.get("title"):
            why += f" (site profile '{profile['name']}')"
        meta["title"] = title
        if title_at is not None:
            blocks[title_at].set(Label.title, why)
            title_at = None
        has_lead = any(b.label is Label.lead for b in blocks)
        for i in range(lo - 1, max(-1, lo - 15), -1):      # a lead/byline just before the article body
            _outside_html(blocks[i], lead_ok=not has_lead, rules=rules)
            has_lead = has_lead or blocks[i].label is Label.lead
        h1 = next((i for i, b in enumerate(blocks) if b.label is Label.title), None)
        if h1 is not None and h1 < lo:
            _standfirst_html(blocks, h1, lo, has_lead, meta)
    else:
        title_at = find_title(blocks, lo, hi, rules)
        if title_at is not None and leading_subheading(blocks, title_at, hi):
            lo, title_at = title_at, None
        byline_before(blocks, lo if title_at is None else title_at, rules)     # (above the headline)
    _label_region(blocks, lo, hi, title_at, rules, meta)
    if is_html:
        classify_html.figures(blocks, lo, hi, rules)
        classify_html.second_headline_print(blocks)
        classify_html.headline_heading(blocks, meta.get("title"))
    _trailing_headings(blocks)
    if not is_html:
        alts.alts_glued_to_captions(blocks)
    for i, b in enumerate(blocks):
        if b.label is None:
            b.set(Label.chrome, "outside the article body (page menus, teasers or footer)")
        elif not b.text.strip() and b.label.is_body and not b.features.get("rows"):   # ('<li><img src=…></li>')
            b.set(Label.chrome, "no text of its own (an image without a caption)")
    cut_trailing_byline(blocks, rules)
    boxes.newsletter_boxes(blocks)
    boxes.fact_boxes(blocks, rules)
    boxes.link_lists(blocks)
    boxes.pull_quotes(blocks)
    author_bio(blocks, rules, meta.get("authors") or [])
    teaser_bylines(blocks, rules)
    metadata_author(blocks, rules)
    if not is_html:
        _trim_edges(blocks)        # (after the boxes: the text as the output prints it, without them)
    _captions_past_boxes(blocks)
    return blocks


def _trim_edges(blocks: list[Block]) -> None:
    """The article's text as the text output prints it (without the captions, bylines and chrome between its
    blocks) is the stretch of its body blocks with the highest sum of values: short lines at its edges that do not
    pay for themselves are left outside, as they are when that output is cleaned again."""
    body = [i for i, b in enumerate(blocks) if b.label in BODY_LABELS]
    span = max_stretch([blocks[i].features.get("value", 0.0) for i in body])
    if span is None:
        return
    # (a subheading or the lead before the stretch: the text starts there; under a title, the text starts under it;
    # a subheading too short for a title does not: cleaning the output again finds no title and drops it, 'A')
    first = 0 if any(b.label is Label.title for b in blocks) else \
        next((k for k in range(span[0]) if blocks[body[k]].label is Label.lead
              or blocks[body[k]].label is Label.heading and titlelike(blocks[body[k]])), span[0])
    for k in list(range(first)) + list(range(span[1], len(body))):
        if blocks[body[k]].label in (Label.paragraph, Label.quote, Label.list_item, Label.heading) \
                and not is_para(blocks[body[k]]):
            blocks[body[k]].set(Label.chrome, "outside the article's text: a short line at its edge, once what the "
                                "output drops between is set aside")


_NUMBERED_ITEM = re.compile(r"\d{1,2}\.\s+\S")    # '1. Evergrande …': an item of the article's numbered list
SENTENCE_HEADING_WORDS = 10   # words of a heading that is a sentence of the text, at least ('Please read our comment
#                               policy before commenting.' over a comment form is shorter)


def _trailing_headings(blocks: list[Block]) -> None:
    """A heading with no text after it ends no section of the article: it is the title of a box after it ('More
    Must-Reads From TIME' over a list of links). A heading that is a long sentence, or an item of a numbered list
    ('1. Evergrande besaß mehr als 1300 Immobilienprojekte in China.' over an embedded chart), is the text's."""
    for b in reversed(blocks):
        if b.label is Label.heading and not (b.features["words"] >= SENTENCE_HEADING_WORDS and ends_sentence(b.text)
                                             or _NUMBERED_ITEM.match(b.text)):
            b.set(Label.chrome, "heading with no article text after it (the title of a box after the article)")
        elif b.label is not None and b.label.is_body:
            return


def _captions_past_boxes(blocks: list[Block]) -> None:
    """Past the article's last text block and a box header after it ('Related articles', 'Mehr zum Thema'),
    a caption is a teaser's image or the footer's, not the article's."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].label in BODY_LABELS), None)
    if last is None:
        return
    boxed = False
    for b in blocks[last + 1:]:
        if b.features.get("header"):
            boxed = True
        elif boxed and b.label is Label.caption:
            b.set(Label.chrome, "image caption past a box header after the article (a teaser's or the footer's)")


STANDFIRST_WORDS = 20        # a standfirst often has no full stop; a shorter line without one is a second headline
STANDFIRST_LINE_WORDS = 8    # … but under a headline that opens the document, a line this long is the standfirst


def _standfirst(b: Block, title: str, line_ok: bool = False) -> bool:
    """The paragraph right under a headline that stands apart from the text: a sentence, or a long line
    that is not the headline again (an image's alt text) nor a line of metadata fields ('News | Published: …').
    With `line_ok` (the headline opens the document, an article's text with no second headline, or a 'By'
    byline stands under the line), a line of STANDFIRST_LINE_WORDS without a full stop is one too ('Strong
    tornadoes are possible across the central states both Friday and Saturday'), unless it goes on ('… (')."""
    f, t = b.features, b.text.rstrip()
    if is_para(b):
        return True
    if " | " in t or t.startswith(title):
        return False
    return f["words"] >= STANDFIRST_WORDS or line_ok and f["words"] >= STANDFIRST_LINE_WORDS \
        and t[-1:] not in NOT_HEADING_END + "([{-–—" and letters_key(t) != letters_key(title)


BYLINE_BELOW_STANDFIRST = 3   # blocks under a standfirst line where its 'By' byline may stand


def _first_under_title(blocks: list[Block], start: int, i: int) -> bool:
    """The line is the first under the headline but for the headline printed again and the bylines and dates
    (labelled already: 'di Viviana Mazza' between the headline and the standfirst)."""
    return all(blocks[j].label in (Label.byline, Label.date) or blocks[j].features.get("chrome") == REPEAT
               for j in range(start, i))


def _headline_read_again(title: Block, b: Block, text: list[Block], rules: Rules) -> bool:
    """Cleaning the text output again reads the headline, the standfirst line (no full stop: title-like too) and
    the text: the headline must still be the title there, or the standfirst becomes it ('Hà hà hà' /
    '0 0 0 0 0 0 0 0' / text). Asked of the same title finder on those blocks alone."""
    again = [Block(x.text, k) for k, x in enumerate([title, b] + text)]
    for x in again:
        evidence(x, rules)
    return find_title(again, 0, len(again), rules) == 0


def _byline_below(blocks: list[Block], i: int) -> bool:
    """A 'By' byline stands right under the line (past captions and widget lines: 'By Madeleine Howell …'):
    the line over it is the standfirst, as it is once the text output drops the byline and the headline opens
    the document."""
    return any(b.features.get("by") for b in blocks[i + 1:i + 1 + BYLINE_BELOW_STANDFIRST])


def _standfirst_html(blocks: list[Block], h1: int, lo: int, has_lead: bool, meta: dict) -> None:
    """Between the headline and the article body: the standfirst (a paragraph, or a heading that repeats the page
    description), with the short paragraphs printed beside it in the same box; under a lead already found, the
    first paragraph there is the text's own."""
    for i in range(h1 + 1, lo):
        b = blocks[i]
        f = b.features
        if b.label is Label.lead:
            continue                                # (found above by its class)
        if (b.label is None and not f.get("chrome") or classify_html.classed_teaser(b)) and is_para(b) \
                and not (classify_html.in_image_box(f) or f.get("images")):
            why = " (classed 'teaser': the article's own teaser)" if f.get("chrome") else ""
            if has_lead:                            # (under a standfirst: the text's first paragraph)
                b.set(Label.paragraph, "paragraph between the standfirst and the article body" + why)
            else:
                b.set(Label.lead, "paragraph between the headline and the article body" + why)
            box = f["el"].getparent()
            for nb in blocks[i + 1:lo]:             # 'I sovrummen slog de skolkamraterna med skärp.' beside it
                teaser = classify_html.classed_teaser(nb)
                if nb.label is not None and not (teaser and nb.label is Label.chrome) \
                        or nb.features.get("tag") != "p" or not nb.features["sentence"] \
                        or not _same_box(nb.features["el"].getparent(), box) or nb.features.get("chrome") and not teaser:
                    return
                nb.set(Label.paragraph, "paragraph beside the standfirst, in its box" + why)
            return
        if b.label is None and classify_html.repeats_description(b, meta):
            b.set(Label.lead, "between the headline and the article body, repeats the page description")
            return          # ('<h3>Tax agency will hire …</h3>': a standfirst without a full stop)


def _same_box(a, b) -> bool:
    """The same element, or its twin: the same tag and class under the same parent (one paragraph a box:
    Washington Post's '<div class="article-body"><p>…</p></div>' repeated)."""
    return a is b or a is not None and b is not None and a.tag == b.tag and a.get("class") == b.get("class") \
        and a.getparent() is b.getparent()


_STANDFIRST_TAGS = frozenset({"h2", "h3", "p"})


DATED_BYLINE_WORDS = 14   # words of a line that pairs a name with the date before the article body at most


def _outside_html(b: Block, lead_ok: bool, rules: Rules) -> None:
    """Just before the article region, HTML roles still find the lead and the byline."""
    f, roles = b.features, b.features["roles"]
    if b.label is not None or f.get("chrome"):
        return
    # (a standfirst may lack the full stop: '<h2 class="subheadline">Strong tornadoes are possible …</h2>')
    if lead_ok and "lead" in roles and f["words"] >= 6 and (f["sentence"] or f["tag"] in _STANDFIRST_TAGS
                                                           and f["words"] >= 8) \
            and classify_html._near(roles["lead"][1], f["el"]):
        b.set(Label.lead, f"inside an element classed '{roles['lead'][0]}' (before the article body)")
    elif "byline" in roles and f["words"] <= 12 and not f["sentence"]:
        b.set(Label.byline, f"inside an element classed '{roles['byline'][0]}'")
    elif f.get("by"):
        b.set(Label.byline, "byline prefix (rules: byline.prefixes), just before the article body")
    elif f["date"] and f["words"] <= DATED_BYLINE_WORDS and dated_byline(b, rules):
        b.set(Label.byline, "a name with the date or time, just before the article body")   # ('27. Januar 2026 •
        #                                                              Gregor Meier • 3 Minuten', where no class says)


def _co_author(blocks: list[Block], i: int, rules: Rules) -> bool:
    """A name line right under a 'By' byline, or under a co-author's line there, names a co-author ('By Lucy
    Thornton' / 'Tim Hanlon' / 'Phoebe Tonks'), as strong as the byline; not the author's role under it
    ('Von Holger Zschäpitz' / 'Leitender Wirtschaftsredakteur')."""
    above = blocks[i - 1] if i > 0 else None
    if above is None or above.label is not Label.byline or above.features.get("name_only") \
            or not (above.features.get("by") or above.features.get("co_author")):
        return False
    words = [w.casefold() for name in byline_parts(blocks[i], rules)[0] for w in name.split()]
    roles = tuple(rules.role_nouns)                  # (as word endings: 'Wirtschaftsredakteur')
    blocks[i].features["co_author"] = bool(words) and not any(w.endswith(roles) for w in words)
    return blocks[i].features["co_author"]


def _label_region(blocks: list[Block], lo: int, hi: int, title_at: int | None, rules: Rules,
                  meta: dict) -> None:
    md_title = title_at is not None and blocks[title_at].features.get("md_heading") == 1
    repeat_title = title_at is not None and blocks[title_at].label is Label.chrome    # (printed again above)
    region_lo = lo
    if title_at is not None and repeat_or_free(blocks[title_at]):
        blocks[title_at].set(Label.title, "Markdown headline ('# …') before the first paragraph" if md_title
                             else "title-like line right before the first paragraph")
        lo = min(lo, title_at)
    start = (title_at + 1) if title_at is not None else lo
    # (from the title on: what stands before a title inside the region is left outside the article)
    paras = [i for i in range(start, hi) if blocks[i].label is None and is_para(blocks[i])]
    first_para, last_para = (paras[0], paras[-1]) if paras else (hi, -1)
    lead_done, standfirst_end = title_at is None, False
    body_seen, bylines = False, set()
    signatures = Signatures(blocks, start, hi)      # (how the text signs itself: looked for once, if asked)
    # a headline chosen over title-like lines nearer the text, or far before it: what stands between
    # is page furniture (bylines and dates are labelled first)
    text_start = next((j for j in paras if j >= region_lo), first_para)   # (the region's own first paragraph)
    opens_output = title_at is not None and bool(blocks[title_at].features.get("opens_output"))
    far_title = title_at is not None and not opens_output and (
        repeat_title or text_start - title_at > NEAR_TITLE
        or any(blocks[j].label is None and titlelike(blocks[j]) for j in range(title_at + 1, first_para)))
    # (a document that opens as articlecli's text output does, the headline alone on its first line and the
    # lines under it kept: those lines are the article's standfirst, not furniture between headline and text)
    title_words = set(words(blocks[title_at].text.casefold())) if title_at is not None else set()
    _image_alts(blocks, rules, title_words)
    _title_alts(blocks, title_words)
    for i in range(start, hi):
        b = blocks[i]
        if b.label is not None:
            continue
        f = b.features
        if f.get("chrome"):
            b.set(Label.chrome, f["chrome"])
            continue
        if f.get("teaser"):
            b.set(Label.chrome, f["teaser"])
            continue
        if f.get("rows") and not f.get("html"):
            b.set(Label.table, f"Markdown table ({len(f['rows'])} rows)")
            continue
        if f.get("html") and not (i > last_para and _reporter_of_agency(b.text, rules)) \
                and classify_html.label(b, rules, meta):
            if b.label is Label.lead:
                lead_done = True
            continue
        if _caption_line(b, rules, closing=i > last_para and blocks[i - 1].label is not Label.caption):
            continue
        if not lead_done and _site_tag(b) and _under_title(blocks, start, i):
            b.set(Label.site, "short all-caps tag under the title")
            continue
        # a name line after the lead but before the text, right after the date or photo, is under the title too
        # (past the widget labels between: 'in Pocket speichern' / 'Artikel teilen')
        under_title = not body_seen and (above := prev_content(blocks, i)) is not None \
            and above.label in _UNDER_TITLE and _no_word_twice(name_with_dashed_role(b.text, rules) or b.text)
        top = i < first_para or under_title and (bylines <= {b.text} or above.label is Label.byline)
        # (a co-author's line under a byline; not a dateline, 'Düsseldorf Düsseldorf'; the role may be printed twice:
        # 'Mathias Hagen – Journalist Journalist')
        # (a date line: 12 words at most, or longer with two dates, which is all `date` says past 14 words)
        if f["date"] and not 12 < f["words"] <= 14 and not ((top or not body_seen) and f["by"]
                                                             or top and dated_byline(b, rules)):
            b.set(Label.date, "date line")
            continue
        if f["namelike"] and b.text in bylines:
            b.set(Label.byline, "the name of a byline above, printed again")    # (dropped with it: one decision)
            f["name_only"] = next((x.features.get("name_only") for x in blocks[start:i]
                                   if x.label is Label.byline and x.text == b.text), None)   # (as weak as it)
            continue
        by = byline_reason(b, i, last_para, first_para if not top else max(first_para, i + 1), rules) \
            or top and not body_seen and (cjk_byline(b, blocks[i - 1] if i else None, signatures, rules)
                                          or _signed_line(b, signatures))
        if by and by.startswith(NAME_ONLY) and _between_tags(blocks, i, hi):
            b.set(Label.chrome, "a name between page chrome as short as a topic tag: one of the tags ('Recession' / "
                                "'GDP' / 'UK economy')")
            continue       # (dropped as a byline would be: neither a heading nor text)
        if by and by.startswith(NAME_ONLY) and (_named_in(b.text, blocks, paras) or _in_name_run(blocks, i)):
            by = None      # ('Tone Damli' after an article about her: a topic tag)
        if by and by.startswith(NAME_ONLY) and i > last_para and (above := blocks[i - 1]).label is Label.byline \
                and source_line(above, rules) and not is_caps(b.text) and not _co_author(blocks, i, rules):
            # (a byline in capitals, 'THU HƯỜNG', may follow 'Theo TTXVN')
            b.set(Label.chrome, "a name under the source line that closes the article: a topic tag ('(Quelle: "
                                "APA/sda/dpa)' / 'Giorgia Meloni'), a byline stands above its source")
            continue
        if by and by.startswith(NAME_ONLY) and _alt_over_caption(blocks, i):
            b.set(Label.chrome, "the image's alt text: the caption under it says all its words (a byline's name is "
                                "not in the caption of the picture under it)")
            continue
        if by and by.startswith(NAME_ONLY) and (header := _box_header_above(blocks, i)):
            b.set(Label.chrome, f"one of the tags under the box header '{header}'")     # 'Related Topics' /
            continue                                                                    # 'Keir Starmer,'
        if not by and under_title and not top and f["namelike"] and not _named_in(b.text, blocks, paras) \
                and not any(b.text in x for x in bylines) \
                and (byline_reason(b, i, last_para, i + 1, rules) or "").startswith(NAME_ONLY):
            # (the same line is the byline of the article without that byline: cleaning the text output again,
            # which drops bylines, must not make it one; the byline's own name opens the author's box: author_bio)
            b.set(Label.chrome, "a name line under the title of an article that has its byline (an image's alt "
                                "text or a tag)")
            continue
        if by:
            b.set(Label.byline, by)
            if not source_line(b, rules):          # (a source, 'Theo TTXVN', names no author: the text output
                bylines.add(b.text)                 #  drops it, and a name under the title is found the same)
            if by.startswith(NAME_ONLY) and not _co_author(blocks, i, rules):
                f["name_only"] = "closing" if i > last_para else "top"    # weaker than 'By X': assemble may
            continue                                                      # pass over its names
        if f.get("md_credit") and f["words"] <= runon.MAX_CAPTION_WORDS:
            b.credit = f["md_credit"]
            b.set(Label.caption, "a line in emphasis with its credit ('*A caption.* — CREDIT')")
            continue
        if (f.get("md_images") or f.get("md_after_image") or f.get("md_alt_repeated")) and _md_caption(blocks, i, hi):
            continue          # (after the bylines: an author's photo comes before the name)
        if (md_title or far_title or opens_output) and i < text_start and (not is_para(b) or i < region_lo):
            title = blocks[title_at]
            if not lead_done and _first_under_title(blocks, start, i) \
                    and _standfirst(b, title.text, line_ok=start == 1 or _byline_below(blocks, i)) \
                    and (is_para(b) or _headline_read_again(title, b, [blocks[j] for j in paras[:3]], rules)):
                b.set(Label.lead, "paragraph right under the headline (the standfirst)")
                lead_done = standfirst_end = True
                continue
            if standfirst_end and blocks[i - 1].label is Label.lead and f["sentence"] \
                    and not f.get("chrome") and not f.get("inline"):
                # ('Eleverna … enligt åtalet.' / 'I sovrummen slog de skolkamraterna med skärp.' / 'Nu åtalas …':
                # a standfirst printed a sentence a line; its byline comes after it)
                b.set(Label.lead, "the standfirst goes on: its next sentence, on a line of its own")
                f["standfirst_part"] = True           # (assemble: the lead is all of the standfirst)
                continue
            if not opens_output:      # (under the first line of a text output: the article's lines, as they are)
                b.set(Label.chrome, "between the headline and the article text (not a paragraph of it)")
                continue
        if not lead_done and is_para(b):
            b.set(Label.lead, "first paragraph after the title")
            lead_done = True
            continue
        if f["list"] and not _speech_dash(blocks, i):
            b.set(Label.list_item, "starts with a list marker")
            continue
        if _QUOTE_LINE.match(b.text):
            b.set(Label.quote, "starts with '>'")
            continue
        if f.get("md_heading") and i > start and f["words"] <= 40 and _next_is_body(blocks, i, hi):
            b.set(Label.heading, f"Markdown heading (level {f['md_heading']})")
            b.level = min(6, max(2, f["md_heading"]))
            continue
        found = _section_end_line(blocks, i, hi, rules, last_para, bylines)
        if found:
            b.set(*found)
            continue
        if f["words"] <= IMAGE_LABEL_WORDS and not f["sentence"] and 0 < i < hi - 1 \
                and blocks[i - 1].label is Label.caption is blocks[i + 1].label:
            b.set(Label.chrome, "a short line between two captions (an image's alt text or credit)")
            continue
        if _headinglike(b) and _next_is_body(blocks, i, hi) and i > start - 1:
            b.set(Label.heading, "short line without final punctuation followed by body text")
            continue
        if f["words"] < 4 and not f["sentence"] and not (first_para < i < last_para):
            b.set(Label.chrome, "short fragment at the edge of the article")
            continue
        if f.get("menu_run") and not _headinglike_in_body(blocks, i, hi):
            b.set(Label.chrome, f"one of {f['menu_run']} short lines in a row (a menu or link list)")
            continue
        b.set(Label.paragraph, "body text" if f["words"] >= LONG else "short text inside the article")
        lead_done = body_seen = True


def _signed_line(b: Block, signatures: Signatures) -> str | None:
    """The names that sign the text, printed under the headline without separators: the byline, its names
    taken as the signature separates them."""
    names = signed_names(b, signatures)
    if not names:
        return None
    b.features["byline_parts"] = (b.text, (names, []))
    return "the names that sign the text at its end ('(A, B, 3.5.2024)'), printed under the title one after another"


IMAGE_LABEL_WORDS = 4   # words of a line between two captions at most that is the second image's alt text or credit


def _reporter_of_agency(text: str, rules: Rules) -> bool:
    """'Minh Anh/TTXVN', 'Vũ Lê/Vietnam+': a reporter and the news agency they write for (rules: byline.agencies).
    After the text's last paragraph it is the byline, not a photo credit, in HTML too (the text rules judge it: a
    credit still when it closes a caption)."""
    return name_with_agency(text) and text.rsplit("/", 1)[1].strip() in rules.agencies


SITE_TAG_REACH = 3    # blocks under the title where a site tag stands, not counting what the output drops …
SITE_TAG_SPAN = 20    # … and no further than this many blocks in all


def _under_title(blocks: list[Block], start: int, i: int) -> bool:
    """Block i is among the first blocks under the title, not counting what the text output drops between
    (chrome lines, bylines, dates, captions): cleaning that output again must find the same line there."""
    return i - start < SITE_TAG_SPAN and sum(1 for x in blocks[start:i] if x.label is None or x.label.is_body) \
        < SITE_TAG_REACH


def _no_word_twice(text: str) -> bool:
    parts = text.split()
    return len(set(parts)) == len(parts)


_UNDER_TITLE = (Label.title, Label.lead, Label.date, Label.caption, Label.site, Label.byline)


def _image_alts(blocks: list[Block], rules: Rules, title_words: set[str]) -> None:
    """SGGP-style image lines '<alt> ảnh N <caption>': the alt repeats the title or recurs on many lines."""
    if rules.image_alt_re is None:
        return
    found: list[tuple[Block, re.Match]] = []
    counts: dict[str, int] = {}
    keys: dict[str, str] = {}        # alt → its key (the alt is the same text on every image line)
    for b in blocks:
        m = rules.image_alt_re.match(b.text) if b.label in (None, Label.caption) \
            and rules.image_num_re.search(b.text, 12, 420) else None
        if m:
            alt = m.group("alt")
            k = keys.get(alt)
            if k is None:
                k = keys[alt] = letters_key(alt)
            found.append((b, m, k))
            counts[k] = counts.get(k, 0) + 1
    for b, m, k in found:
        alt = m.group("alt")
        if counts[k] < 2 and not (title_words and len(title_words & set(words(alt.casefold())))
                                  >= 0.6 * len(title_words)):
            continue
        b.alt, b.text = alt, m.group("caption")
        if b.label is None:
            parts = runon.cut_captions(b.text, rules)
            if len(parts) == 1 and parts[0].kind == "caption":
                b.text, b.credit = parts[0].text, parts[0].credit
        b.set(Label.caption, f"image alt text (repeats the title) + 'ảnh {m.group('n')}' + caption")


ALT_TITLE_SHARE = 0.6     # of a line's words in the title: right before a caption, the image's alt text


def _title_alts(blocks: list[Block], title_words: set[str]) -> None:
    """VnExpress-style alt text: 'Đau bụng kéo dài hé lộ ung thư ruột non hiếm gặp' right before the caption
    'Y bác sĩ nội soi cho bệnh nhân. Ảnh: …', a line without a full stop that says mostly what the title says."""
    if not title_words:
        return
    for b, nxt in zip(blocks, blocks[1:]):
        if b.label is None and nxt.label is Label.caption and nxt.text and 4 <= b.features["words"] <= 30 \
                and not b.features["sentence"]:
            ws = set(words(b.text.casefold()))
            if len(ws & title_words) >= ALT_TITLE_SHARE * len(ws):
                b.set(Label.chrome, "image alt text (the title's words, right before the caption)")


MD_CREDIT_WORDS = 6   # words printed with a Markdown image before its caption line: its credit ('EPA')


def _md_caption(blocks: list[Block], i: int, hi: int) -> bool:
    """Markdown dumps print an image as ![alt](src), with its credit or caption on the same line or its
    caption on the next: '![…](…) EPA' / 'Former PM Liz Truss … were criticised'. Labels them captions."""
    b, f = blocks[i], blocks[i].features

    def caption_like(x: Block) -> bool:
        return x.label is None and 1 <= x.features["words"] <= CREDITED_CAPTION_WORDS and not is_para(x) \
            and not x.features.get("md_heading") and not LIST_MARK.match(x.text) and not x.features.get("chrome")
    if f.get("md_alt_repeated") and b.label is None and f["words"] <= runon.MAX_CAPTION_WORDS \
            and not f.get("md_heading") and not f.get("chrome"):
        b.set(Label.caption, "line repeating the alt text of the Markdown image above it")
        return True
    if not caption_like(b):
        return False
    nxt = blocks[i + 1] if i + 1 < hi else None
    if f.get("md_images") and f["words"] <= MD_CREDIT_WORDS and not f["sentence"] and nxt is not None \
            and nxt.features.get("md_after_image") and not nxt.features.get("md_images") and caption_like(nxt):
        nxt.set(Label.caption, "line after a Markdown image, with the credit printed beside the image")
        nxt.credit = b.text
        b.set(Label.chrome, f"credit printed beside a Markdown image (its caption after it carries it: '{b.text}')")
        return True
    b.set(Label.caption, "text printed beside a Markdown image" if f.get("md_images")
          else "line right after a Markdown image")
    return True


def _caption_line(b: Block, rules: Rules, closing: bool = False) -> bool:
    """Stock captions and credit-only lines ('Nguồn: X'); `closing`: after the last paragraph and not
    after a caption, where such a line credits the article, not an image."""
    text = b.text
    key = b.features.get("key")
    if key is not None and (key in rules.standalone_captions or key[:1] == "(" and key[-1:] == ")"
                            and key[1:-1] in rules.standalone_captions):   # ('(Ảnh minh họa)'; long blocks: no key)
        b.set(Label.caption, "stock caption (rules: caption.standalone)")
        return True
    if rules.line_credit_re.match(text) and b.features["words"] <= 12:
        if closing:
            b.set(Label.byline, "source line closing the article (rules: caption.line_credit_markers)")
            return True
        b.credit = text.split(":", 1)[1].strip().rstrip(")")
        b.text = ""
        b.set(Label.caption, "source/credit line")
        return True
    return False


TOPIC_MENTIONS = 2   # times the article's paragraphs name a topic tag at least (a guest author is introduced once)
TAG_WORDS = 4        # words of a topic tag at most


def _named_in(name: str, blocks: list[Block], paras: list[int]) -> bool:
    """The article's paragraphs say the name again and again: the article is about it (a topic tag), not by it."""
    name = name.strip()
    if sum(blocks[j].text.count(name) for j in paras) < TOPIC_MENTIONS:     # (a plain count first: cheap)
        return False
    rx = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return sum(len(rx.findall(blocks[j].text)) for j in paras) >= TOPIC_MENTIONS


def _alt_over_caption(blocks: list[Block], i: int) -> bool:
    """The next block is a caption that says every word of the line ('Schriftsteller Mario Vargas Llosa' / 'Mario
    Vargas Llosa, peruanischer Schriftsteller und Literatur-Nobelpreisträger …')."""
    nb = blocks[i + 1] if i + 1 < len(blocks) else None
    return nb is not None and nb.label is Label.caption and alts.says_all_words(blocks[i].text, nb.text) is not None


def _between_tags(blocks: list[Block], i: int, hi: int) -> bool:
    """The line before and the line after are page chrome (or past the article's end) as short as a topic tag:
    the line is one of the tags."""
    return 0 < i < len(blocks) - 1 and all(
        (x.label is Label.chrome or x.features.get("chrome") or j >= hi) and x.features["words"] <= TAG_WORDS
        for j, x in ((i - 1, blocks[i - 1]), (i + 1, blocks[i + 1])))


NAME_RUN = 3         # name-like lines in a row, each a different one: a list of tags, not of authors


def _in_name_run(blocks: list[Block], i: int) -> bool:
    """The line is one of NAME_RUN or more different name-like lines in a row, each on its own ('Max Verstappen' /
    'Red Bull Racing' / 'Artículos Miguel A. Herguedas' after the text): the article's tags. (Co-authors are
    printed on one line, or each on its own under a 'By' byline: _co_author.)"""
    def name(j: int) -> bool:
        f = blocks[j].features          # (not a widget label, 'Share' / 'Facebook', nor a 'By' or source line)
        return bool(f.get("namelike")) and f["words"] <= TAG_WORDS and not f.get("chrome") \
            and not f.get("byline_form")
    lo = hi = i
    while lo > 0 and name(lo - 1) and i - lo < NAME_RUN:
        lo -= 1
    while hi + 1 < len(blocks) and name(hi + 1) and hi - i < NAME_RUN:
        hi += 1
    return hi - lo + 1 >= NAME_RUN and len({blocks[j].text for j in range(lo, hi + 1)}) == hi - lo + 1 \
        and not (lo > 0 and blocks[lo - 1].features.get("by"))   # (co-authors under 'By Lucy Thornton')


TAG_RUN = 8          # short lines between a box header and a tag under it at most


def _box_header_above(blocks: list[Block], i: int) -> str | None:
    """The box header ('Related Topics') over a list of two or more short lines that holds the line `i`."""
    def tag(b: Block) -> bool:
        return b.features["words"] <= TAG_WORDS and not b.features["sentence"] and b.label in (None, Label.chrome) \
            and not b.features.get("header")
    for j in range(i - 1, max(-1, i - 1 - TAG_RUN), -1):
        if blocks[j].features.get("header"):
            listed = j < i - 1 or i + 1 < len(blocks) and tag(blocks[i + 1])    # (not one name under 'Comments')
            return blocks[j].text.strip() if listed else None
        if not tag(blocks[j]):
            return None
    return None


def _site_tag(b: Block) -> bool:
    t = b.text.strip()
    return b.features["words"] == 1 and is_caps(t) and 2 <= len(t) <= 16


def _headinglike(b: Block) -> bool:
    f, t = b.features, b.text.strip()
    if not 1 <= f["words"] <= HEADING_MAX or t[-1] in NOT_HEADING_END or t[-1] == "…":
        return False
    if not any(c.isalpha() for c in t):
        return False          # ('13': a gallery's counter, a number with no words)
    if f["words"] > 8 and t[-1] in "”“\"»’'" and t.rstrip("”“\"»’' ")[-1:] in ".,;!?…":
        return False          # 'She added, “I was just very impressed.”': a sentence ending in a quote
    if t[0] in "“\"'«„" and t.rstrip("?!")[-1:] in "”\"'»“":
        return False          # a one-line quoted sentence is not a heading
    return not f["date"] and not f.get("chrome")


def _headinglike_in_body(blocks: list[Block], i: int, hi: int) -> bool:
    return _headinglike(blocks[i]) and _next_is_body(blocks, i, hi) and i > 0 and is_para(blocks[i - 1])


def _edge_fragment(blocks: list[Block], j: int, last_para: int) -> bool:
    """A few words after the last paragraph, no sentence and nothing a heading is made of ('0'), or printed twice
    in a row (the first copy has no text under it): the output drops it as a fragment at the article's edge
    (`_label_region`), so it stands between no line and the next."""
    b = blocks[j]
    return j > last_para and b.label is None and b.features["words"] < 4 and not b.features["sentence"] \
        and (not _headinglike(b) or j + 1 < len(blocks) and blocks[j + 1].text == b.text)


def _section_end_line(blocks: list[Block], i: int, hi: int, rules: Rules,
                      last_para: int, bylines: set[str]) -> tuple[Label, str] | None:
    """A section does not end in a subheading: a heading-like line after a paragraph and right before
    a real subheading, or closing the article, is the caption of an image at the section's end (charts
    in finance dumps)."""
    b = blocks[i]
    if i == 0 or b.features["words"] < 4 or not _headinglike(b) or b.features["namelike"] \
            or b.text.rstrip().endswith("?"):
        return None               # (two questions in a row are an interview's, not a caption and a heading)
    prev, stop = i - 1, max(0, i - DROPPED_GAP)
    while prev > stop and blocks[prev].label is not None and not blocks[prev].label.is_body:
        prev -= 1                 # (what the output drops in between, e.g. a byline, does not count)
    if not is_para(blocks[prev]):
        return None
    if hi - i <= 1 + CLOSING_LINES and all(blocks[j].label in (Label.caption, Label.chrome)
                                           or closing_line(blocks[j], rules) for j in range(i + 1, hi)):
        # (only bylines, credits or what the output drops after it; a last line may be a paragraph that lost its
        #  full stop: short only)
        if b.features["words"] > HEADING_END_MAX or b.features["sentence"]:
            return None           # ('Xin cảm ơn ông!' closing an interview is body)
        if any(blocks[j].label is Label.byline for j in range(prev + 1, i)):
            return Label.chrome, "heading-like line after the article's closing byline: page chrome"
        why = "heading-like line closing the article, after its last paragraph: "
        if b.features.get("html"):
            return Label.chrome, why + "page chrome (an HTML page marks its image captions)"
        return Label.caption, why + "an image caption"
    past_menus = not b.features.get("menu_run")      # (a menu's own line is no caption before the next one)
    n = next((j for j in range(i + 1, hi) if blocks[j].label not in (Label.caption, Label.chrome, Label.byline)
              and not blocks[j].features.get("chrome") and not blocks[j].features.get("byline_form")
              and blocks[j].features.get("teaser") != UNDER_HEADER
              and not (past_menus and _menu_line(blocks, j, hi)) and not _closing_byline(blocks, j, last_para, rules)
              and not _edge_fragment(blocks, j, last_para)
              and not (blocks[j].label is None and blocks[j].features["namelike"] and blocks[j].text in bylines)), hi)
    if n < hi and blocks[n].label is None and _headinglike(blocks[n]) and not _list_text(blocks[n]) \
            and _next_is_body(blocks, n, hi, dropped=True):
        # (past what the output drops between: another caption, a widget's label, the lines of a menu, a byline or
        #  source line, a box header's teaser list, a fragment at the edge, a byline's name printed again (the
        #  names in `bylines`, which _label_region drops the same way); a list's first item, '1. Áp dụng luật …', is
        #  no subheading: the line above it heads the list)
        return Label.caption, "line between body text and a subheading, with no text of its own: an image caption"
    return None


SPEECH_DASH_WORDS = 8    # words of a sentence opened by a dash of direct speech at least (a list's item may be shorter)


def _speech_dash(blocks: list[Block], i: int) -> bool:
    """'– Jeg vet ikke om TV-bildene viste tårene som rant, …, sier Retzius.': a paragraph of direct speech opened by
    an en or em dash (Norwegian, Polish, Swedish … quote so), a sentence, and no list item on either side of it."""
    b = blocks[i]
    return b.text[:2] in ("– ", "— ") and b.features["sentence"] and b.features["words"] >= SPEECH_DASH_WORDS \
        and not any(0 <= j < len(blocks) and blocks[j].features.get("list") for j in (i - 1, i + 1))


def _list_text(b: Block) -> bool:
    """An item of a list of text ('1. Áp dụng luật …'), not of links (a teaser box's '* [Headline](/…)')."""
    return b.features["list"] and b.features.get("link_density", 0.0) < 0.5


def _closing_byline(blocks: list[Block], j: int, last_para: int, rules: Rules) -> bool:
    """The line will be labelled a byline closing the article ('THU HƯỜNG' after the last paragraph): the output
    drops it."""
    b = blocks[j]
    return b.label is None and j > last_para >= 0 and b.features["namelike"] \
        and (byline_reason(b, j, last_para, j + 1, rules) or "").startswith(NAME_ONLY)


def _menu_line(blocks: list[Block], i: int, hi: int) -> bool:
    """A line of a run of short lines that is not followed by body text: the loop below makes it chrome."""
    return bool(blocks[i].features.get("menu_run")) and blocks[i].label is None and not _next_is_body(blocks, i, hi)


NEXT_BODY_REACH = 16    # blocks after a line where the body text that makes it a subheading may start at most


def _next_is_body(blocks: list[Block], i: int, hi: int, dropped: bool = False) -> bool:
    """The next block, past captions and source lines (the text output drops them; a gallery's captions, up to
    NEXT_BODY_REACH blocks) and up to two date lines, is body text. With `dropped`, past widget and ad labels too
    ('Chia sẻ', 'Anzeige') and lines the page printed before, all of which the output drops: where a line is taken
    for a subheading to decide the line before it, as the text output read again would take it."""
    dates = 0
    for j in range(i + 1, min(hi, i + 1 + NEXT_BODY_REACH)):
        nb = blocks[j]
        if nb.label is Label.caption or nb.features.get("byline_form") or nb.features.get("header") \
                or nb.features.get("teaser") == UNDER_HEADER \
                or dropped and (nb.features.get("widget") or nb.features.get("inline") or nb.features.get("chrome") == REPEAT):
            continue                # (a byline by its form, 'Theo TTXVN', 'By X': the output drops it too; so is a
            #                          box header the text resumes after, with its teaser list)
        if nb.features.get("date") and dates < 2:
            dates += 1
            continue
        return nb.features["words"] >= 8 and (nb.features["sentence"] or nb.features["words"] >= LONG)
    return False
