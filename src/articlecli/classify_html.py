"""HTML-only evidence and labels: structure (tags, sections, class roles) decides before text rules."""
from __future__ import annotations

from itertools import islice
from urllib.parse import urlsplit

from . import runon
from .htmlmeta import TITLE_SEP
from .model import Block, Label
from .rules import TITLE_SOURCES, Rules
from .teasers import LONG
from .textutil import letters_key, word_count, words

def evidence(b: Block) -> None:
    """Structural chrome evidence for one HTML block (sets features['chrome'])."""
    f = b.features
    if f.get("times") and not f["date"] and not f["sentence"] and _dateline(b.text, f["times"]):
        f["date"] = True                 # '19:55Antony Clements-Thrower': a live blog entry's time and author
    section = f["roles"].get("section")
    if section:
        f["chrome"] = f"inside {section[0]}"
        return
    role = f["roles"].get("chrome")
    lead = f["roles"].get("lead")
    if role and lead and lead[1] is role[1] and role[0] in lead[0]:
        role = None                     # 'teaser-text': the whole class says lead, its part 'teaser' says chrome
    elif role and lead and _article_header(role[1], lead[1]):
        role = None                     # <header class="container-widget-content"><h1>…<div class="article-lead">
    if role and _gated(f, role):
        role = None                     # <p class="paywall">: article text behind the paywall, shipped in the page
    if role:
        f["chrome"] = f"inside an element classed '{role[0]}'"
    elif f.get("link_density", 0) > 0.6 and f["words"] <= 25 and not in_image_box(f) \
            and not _linked_sentence(b) and not f.get("by"):                   # (a photo linked to its gallery;
        f["chrome"] = f"link text {f['link_density']:.0%} of the block"      # 'von <a>Dr. Max Kolter</a>')
    elif f.get("in_header") and not (f.get("in_article") or f.get("in_main")) and f["tag"] != "h1" \
            and "lead" not in f["roles"] and "byline" not in f["roles"] and "date" not in f["roles"]:
        f["chrome"] = "inside the page <header>"


LINKED_SENTENCE_WORDS = 8   # words of a paragraph of the article that links most of itself, at least


def _linked_sentence(b: Block) -> bool:
    """A paragraph of the article that is a sentence linking most of its words to another story ('It also
    co-ordinates military plans and carries out joint military exercises.'): text, not a link list. A
    teaser's link is a headline (no full stop) or all link."""
    f = b.features
    return f["tag"] == "p" and f["sentence"] and f["words"] >= LINKED_SENTENCE_WORDS and f["link_density"] < 0.95 \
        and bool(f.get("in_article") or f.get("in_main"))


DATELINE_WORDS = 6   # words beside a <time> element's text in a date line at most (an author, 'Key Event')


def _dateline(text: str, times: list[str]) -> bool:
    """A short block made of <time> text and a few words more: the time (and author) of a post or entry."""
    rest = text
    for t in times:
        rest = rest.replace(t, " ", 1) if t else rest
    return rest != text and word_count(rest) <= DATELINE_WORDS


LINK_LIST_ITEMS = 3          # items, each mostly a link to another page of the same site: a related-articles list
LINK_LIST_DENSITY = 0.4


def related_boxes(blocks: list[Block], url: str | None) -> None:
    """Boxes of links to other articles of the same site (the page's URL names the site): lists and teaser cards.
    (Links to other sites, a review's shop links, are the article's own.)"""
    host = urlsplit(url).netloc.casefold() if url else ""
    _link_lists(blocks, host)
    _teaser_cards(blocks, host)


def _link_lists(blocks: list[Block], host: str) -> None:
    """A list whose items are each mostly a link to another article of the site, and the heading right above it
    ('Exklusive Politik-Hintergründe – für Sie recherchiert' / '„Über manches irritiert“: Klingbeil greift
    Klöckner an' …): a related-articles box inside the text."""
    lists: dict = {}
    for i, b in enumerate(blocks):
        if b.features.get("tag") == "li" and b.label is None:
            lists.setdefault(b.features["el"].getparent(), []).append(i)
    for box, items in lists.items():
        if len(items) < LINK_LIST_ITEMS or not all(
                blocks[i].features.get("link_density", 0.0) >= LINK_LIST_DENSITY and _site_links(blocks[i], host)
                for i in items):
            continue
        for i in items:
            blocks[i].features["chrome"] = blocks[i].features.get("chrome") \
                or "one of a list of links to other articles of the site"
        above = blocks[items[0] - 1] if items[0] else None
        if above is not None and above.label is None and above.features.get("tag") in ("h2", "h3", "h4") \
                and not above.features.get("chrome") and above.features["el"].getnext() is box:
            above.features["chrome"] = "heading of a list of links to other articles of the site"


CARD_LEVELS = 4      # a teaser card holds its headline link this many elements deep at most
CARD_HEADLINE = 3    # words of a card's headline link at least
CARD_WORDS = 80      # words of a whole card at most: a headline, a date, a summary
TEASER_CARDS = 3     # sibling cards of one class at least


def _teaser_cards(blocks: list[Block], host: str) -> None:
    """Teaser cards: three or more sibling boxes of one class, each holding a headline that links to another
    article of the site ('<div class="cnn_stryspcvbx"><a href="/2013/…">A tornado's heading your way</a>' + date,
    image and summary). Every block inside them is chrome: the summary sentences too."""
    groups: dict[tuple, set] = {}
    repeated: dict[tuple, bool] = {}      # (parent, tag, class) → 3+ siblings alike (asked once per group)
    for b in blocks:
        f = b.features
        if b.label is not None or not f.get("html") or f.get("link_density", 0.0) < 0.8 \
                or f["words"] < CARD_HEADLINE or not _site_links(b, host):
            continue
        box = f["el"]
        for _ in range(CARD_LEVELS):
            box = box.getparent()
            parent = box.getparent() if box is not None else None
            if parent is None:
                break
            cls = box.get("class")
            if not cls:
                continue
            group = (parent, box.tag, cls)
            if group not in repeated:
                alike = (s for s in parent if s.tag == box.tag and s.get("class") == cls)
                repeated[group] = len(list(islice(alike, TEASER_CARDS))) >= TEASER_CARDS
            if repeated[group]:
                if len(box.text_content().split()) <= CARD_WORDS:     # (a live blog's entry is longer)
                    groups.setdefault(group, set()).add(box)
                break
    cards = {box for boxes in groups.values() if len(boxes) >= TEASER_CARDS for box in boxes}
    if not cards:
        return
    for b in blocks:
        el = b.features.get("el")
        if b.label is None and el is not None and not b.features.get("chrome") \
                and (el in cards or any(a in cards for a in islice(el.iterancestors(), CARD_LEVELS + 2))):
            b.features["chrome"] = "inside one of a row of teaser cards linking to other articles of the site"


def _site_links(b: Block, host: str) -> bool:
    hrefs = [a.get("href") or "" for a in b.features["el"].iter("a")]
    return bool(hrefs) and all(h.startswith("/") and not h.startswith("//")
                               or host and urlsplit(h).netloc.casefold() == host for h in hrefs)


def _article_header(box, lead_el) -> bool:
    """A chrome-classed box holding the page's <h1> and, inside it, a lead-classed element: the article's header
    (NRK's '<header class="container-widget-content article-header">'), whatever its layout classes say."""
    return any(a is box for a in lead_el.iterancestors()) and next(box.iter("h1"), None) is not None


def _gated(f: dict, role: tuple) -> bool:
    """A paragraph of article text whose own class is only a paywall word (rules: html.gated_tokens): the page
    ships the text the paywall hides. (A box with that word, or a short line, is the paywall's notice.)"""
    own = f["own_roles"].get("gated")
    return own is not None and own[1] is role[1] and f["tag"] == "p" and f["words"] >= LONG and f["sentence"] \
        and (role[1].get("class") or "").casefold().split() == [own[0]]


def classed_teaser(b: Block) -> bool:
    """Chrome only by a 'teaser' class: under the headline that is the article's own teaser (German sites call
    the standfirst 'Teaser': '<p class="teaser">', '<div class="header-teaser">')."""
    f = b.features
    role = f["roles"].get("chrome") if f.get("html") else None
    return role is not None and role[0] == "teaser" and "section" not in f["roles"] and f["link_density"] < 0.5


def in_image_box(f: dict) -> bool:
    """Inside a <figure>, a <figcaption> or a caption-classed box: image furniture, not body or chrome."""
    return bool(f.get("in_figure") or f.get("in_figcaption") or "caption" in f["roles"])


def value(b: Block) -> float | None:
    """Region value for HTML blocks (None: use the text value)."""
    f = b.features
    if f.get("outside"):
        return -8.0
    if f.get("chrome"):
        return 0.0        # a box inside the article container is removed anyway; it does not end the article
    return None


KICKED_TITLE = 20     # letters: a headline this long that ends the <h1> is that <h1> with a kicker before it
MIN_TITLE = 10        # characters: a shorter title source is no headline to cut a longer one down to


def choose_title(blocks: list[Block], candidates: list[tuple[str, str]],
                 order: tuple[str, ...] = ()) -> tuple[str | None, int | None, str]:
    """The headline, from the strongest source present: JSON-LD headline, og:title, <title> (site name
    cut off), first <h1>, twitter:title. Publishers disagree on which one holds the editorial headline;
    measured on fundus-dev (151 pages, 105 publishers) this order beats every other order and a vote
    between sources (134 vs 116–130 right). A site profile (rules `[[profile]] title = [...]`) puts its
    own order first. Returns
    (title, index of the <h1>/<h2> block that says it, after a kicker or not, reason)."""
    h1 = next((i for i, b in enumerate(blocks) if b.features.get("tag") == "h1" and b.text), None)
    sources = list(candidates)
    if h1 is not None:
        sources.insert(1 if sources and sources[0][0] == "ld" else 0, ("h1", blocks[h1].text))
    if not sources:
        return None, None, ""
    rank: dict[str, int] = {}
    for i, k in enumerate(tuple(order) + TITLE_SOURCES):   # a site profile's order first
        rank.setdefault(k, i)
    value = min(sources, key=lambda kv: rank.get(kv[0], 9))[1]
    # another source that says the same without what follows a separator: 'Headline » Local » Noticias » Ultima
    # Hora Mallorca' (a section trail and a site name split_title could not tell) beside 'Headline'
    value = min((v for _, v in sources
                 if len(v) >= MIN_TITLE and value.startswith(v) and TITLE_SEP.match(value, len(v))),
                key=len, default=value)
    key = letters_key(value)
    agree = [k for k, v in sources if letters_key(v) == key]
    # the headline's block: the first <h1> or <h2> that says it, maybe after a kicker ('Premier League
    # Rückschlag im Titelkampf - …'); a page may set the visible headline in an <h2>, its <h1> elsewhere
    at = next((i for i, b in enumerate(blocks) if b.features.get("tag") in ("h1", "h2") and b.text
               and ((k := letters_key(b.text)) == key or len(key) >= KICKED_TITLE and k.endswith(key))), None)
    return value, at, "headline from " + " = ".join(agree)


def _gallery_intro(roles: dict) -> bool:
    """The gallery's element names its introduction too ('slideshow-intro-content'): the text above the slides,
    the article's own, not a slide's caption."""
    return "lead" in roles and roles["lead"][1] is roles["gallery"][1]


def label(b: Block, rules: Rules, meta: dict) -> bool:
    """Label a block from HTML structure; False leaves it to the text rules."""
    f, tag, roles = b.features, b.features.get("tag"), b.features["roles"]
    n = f["words"]
    if f.get("rows"):
        b.set(Label.table, f"data table ({len(f['rows'])} rows)")
        return True
    if f.get("in_figcaption") or tag == "caption" or ("caption" in f["own_roles"] and n <= 80) or (
            "caption" in roles and n <= 80 and (f.get("in_figure") or f.get("in_table")
                                                or _image_caption(roles["caption"][1], f["el"]))):
        _caption(b, rules, "credit" in roles or "credit" in f["own_roles"])
        return True
    if "gallery" in roles and 3 <= n <= 80 and not f.get("in_li") and not _gallery_intro(roles):
        _caption(b, rules, "credit" in roles)
        b.reason = f"text of a slide inside an element classed '{roles['gallery'][0]}'"
        return True
    if f.get("in_figure") and n <= 60 and not f.get("in_quote"):
        _caption(b, rules, "credit" in roles)
        return True
    if n <= CREDIT_WORDS and not f["sentence"] and rules.photo_credit(b.text):
        b.text, b.credit = "", b.text                  # ('Francesco Carta Fotografo | Moment | Getty Images')
        b.set(Label.caption, "photo credit line (rules: caption.photo_agencies)")
        return True
    if tag == "p" and f.get("images") and n <= IMAGE_TEXT_WORDS and _image_first(f["el"]):
        _caption(b, rules, "credit" in roles)          # '<p><img …><br><em>Bethany Funke (R)</em></p>'
        b.reason = "short text after an image in the same paragraph"
        return True
    if tag in ("h2", "h3", "h4", "h5", "h6") and n <= 40:
        if repeats_description(b, meta):       # ('<h3>Tax agency will hire …</h3>' under the headline)
            b.set(Label.lead, f"<{tag}> that repeats the page description (the standfirst)")
        else:
            b.set(Label.heading, f"<{tag}> in the article")
        return True
    if "byline" in roles and n <= 12 and not f["sentence"]:
        b.set(Label.byline, f"inside an element classed '{roles['byline'][0]}'")
        return True
    if "date" in roles and n <= 14 and f["date"]:
        b.set(Label.date, f"inside an element classed '{roles['date'][0]}'")
        return True
    if "lead" in roles and n >= 6 and not f.get("in_li") and _near(roles["lead"][1], f["el"]):
        lead_el = roles["lead"][1]
        if meta.setdefault("_lead_el", lead_el) is lead_el:
            b.set(Label.lead, f"inside an element classed '{roles['lead'][0]}'")
            return True
        b.set(Label.caption, f"one of several '{roles['lead'][0]}' elements (a gallery or slide caption)")
        return True
    if f.get("in_quote"):
        b.set(Label.quote, "inside <blockquote>")
        return True
    if tag == "li" or f.get("in_li"):
        b.set(Label.list_item, "<li> in the article")
        return True
    if tag in ("td", "th") and n <= 30:
        b.set(Label.table, "table cell")
        return True
    if repeats_description(b, meta):
        b.set(Label.lead, "repeats the page description (meta description / og:description)")
        return True
    return False


IMAGE_TEXT_WORDS = 30     # at most this much text after an image inside one paragraph: the image's caption
CREDIT_WORDS = 12         # words of a photo credit line at most


def _image_first(el) -> bool:
    """The paragraph opens with its image (bare or linked), before any text."""
    if (el.text or "").strip() or not len(el):
        return False
    first = el[0]
    return first.tag == "img" or first.tag in ("a", "picture", "span") and not (first.text or "").strip() \
        and first.find(".//img") is not None


def repeats_description(b: Block, meta: dict) -> bool:
    """The block says what the page's meta description (og:description) says: the article's standfirst."""
    desc = meta.get("description")
    return bool(desc) and b.features["words"] >= 6 and letters_key(desc) == letters_key(b.text)


def _image_caption(caption_el, el) -> bool:
    """A caption-classed element close around the block, next to an image: <div class=caption><p>…
    after a <picture> (no <figure> in the markup)."""
    if not _near(caption_el, el):
        return False
    box = caption_el
    for _ in range(2):                   # the image box around it: <div class=image><picture/><div class=info>…
        box = box.getparent()
        if box is None or len(box) > 12 or len(box.text_content()) > 2000:   # (children first: cheap)
            return False
        if box.xpath("(.//img|.//picture)[1]"):
            return True
    return False


def _near(ancestor, el, levels: int = 2) -> bool:
    """The role's element is the block's own element or one of its closest ancestors (not a page wrapper)."""
    for _ in range(levels + 1):
        if el is None:
            return False
        if el is ancestor:
            return True
        el = el.getparent()
    return False


def _caption(b: Block, rules: Rules, credit_role: bool) -> None:
    """A caption element: split off the credit ('Ảnh: X', 'Photo: X', '(Reuters)', 'Getty Images')."""
    m = None
    for m in rules.caption_credit_re.finditer(b.text):
        pass
    if m is not None and len(b.text) - m.end() <= 120 and b.text[m.end():].strip():
        b.text, b.credit = b.text[:m.start()].strip(), b.text[m.end():].strip().rstrip(")").strip()
    elif credit_role and "caption" not in b.features["own_roles"]:
        b.credit, b.text = b.text, ""
    else:
        text, credit = runon.split_trailing_credit(b.text)
        b.text, b.credit = text, credit
    imgs = b.features.get("images") or []
    if imgs:
        b.src, b.alt = imgs[0]["src"], imgs[0]["alt"]
    b.set(Label.caption, "figure caption" if b.features.get("in_figcaption") else "caption element")


def figures(blocks: list[Block], lo: int, hi: int, rules: Rules) -> None:
    """Images and their captions: a figure's image gives its caption src/alt; a lead image's caption just
    before the article counts too; an image with only alt text inside the article gets that as caption."""
    recent: list[tuple[int, dict]] = []
    title_at = next((i for i in range(min(lo, len(blocks))) if blocks[i].label is Label.title), None)   # lead image: after it
    for i, b in enumerate(blocks):
        f = b.features
        imgs = f.get("images")
        recent = [(j, im) for j, im in recent if i - j <= 4]
        if b.text and b.label not in (Label.caption, Label.title) and not f.get("chrome"):
            im = _matching_image(b.text, recent) or _image_table_caption(b, i, blocks)
            if im is not None:
                _caption(b, rules, False)
                b.src, b.alt = im["src"], im["alt"]
                b.set(Label.caption, "repeats the alt/title text of the image just before it")
        if imgs:
            recent += [(i, im) for im in imgs]
        if i and b.label in (Label.paragraph, Label.heading) and f["words"] <= WRAPPED_CAPTION_WORDS \
                and ((wrapped := _wrapped_with_image(blocks[i - 1], b)) or _emphasis_under_image(blocks, i)):
            im = blocks[i - 1].features["images"][0]
            _caption(b, rules, False)
            b.src, b.alt = im["src"], im["alt"]
            b.set(Label.caption, "the short text that shares a wrapper with only an image before it" if wrapped
                  else "a short line in emphasis right under an image inside the text")
            blocks[i - 1].set(Label.chrome, "image (its caption follows)")
        if i >= 2 and b.label is Label.caption and b.credit and (not b.text or b.text.endswith(b.credit)) \
                and b.features["words"] <= 10:
            _between_image_and_credit(blocks[i - 2], blocks[i - 1], b)
        if b.label is None and f.get("in_figcaption") and not f.get("chrome") and lo - 12 <= i < hi + 3:
            _caption(b, rules, False)
            b.reason = "figure caption (next to the article)"
        if imgs and not b.text and (b.label is None or b.label is Label.caption):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and nxt.label is Label.caption and nxt.src is None and (
                    f.get("in_figure") or nxt.features.get("in_figcaption")):
                nxt.src, nxt.alt = imgs[0]["src"], imgs[0]["alt"]
                b.set(Label.chrome, "image (its caption follows)")
            elif (lo <= i < hi and not f.get("chrome") or title_at is not None and title_at < i < lo) \
                    and imgs[0]["alt"] and len(imgs[0]["alt"].split()) >= 3:
                b.text, b.src, b.alt = imgs[0]["alt"], imgs[0]["src"], imgs[0]["alt"]
                b.set(Label.caption, "image alt text (no caption element)")
            else:
                b.set(Label.chrome, "image without caption")


WRAPPED_CAPTION_WORDS = 30   # words of a caption set beside its image in a wrapper of their own at most


def _wrapped_with_image(image: Block, b: Block) -> bool:
    """'<div><span><img></span><div>Mercedes là ứng cử viên số 1 cho chức vô địch</div></div>': a short text that
    closes an element holding only an image before it is the image's caption, without caption markup."""
    wrap, el = image.features.get("el"), b.features.get("el")
    if wrap is None or el is None or image.text or not image.features.get("images") or el.getparent() is not wrap \
            or el.getnext() is not None:
        return False
    return " ".join("".join(wrap.itertext()).split()) == " ".join(b.text.split())


def _emphasis_under_image(blocks: list[Block], i: int) -> bool:
    """'<div><img></div><div align=center><em>Liberty Restyling 2014 bản tiêu chuẩn</em></div>': a short line all in
    emphasis right under an image that stands after a paragraph of the text is the image's caption (under the
    headline, an emphasised line under the lead image is the standfirst)."""
    image, el = blocks[i - 1], blocks[i].features.get("el")
    if el is None or image.text or not image.features.get("images") or i < 2 or blocks[i - 2].label is not Label.paragraph:
        return False
    full = "".join(el.itertext()).split()
    return bool(full) and "".join(t for e in el.iter("em", "i") for t in e.itertext()).split() == full


def _between_image_and_credit(image: Block, text: Block, credit: Block) -> None:
    """<img>, a short text, 'Image: NAME': the text is the image's caption even without caption markup."""
    imgs = image.features.get("images")
    tag = text.features.get("tag") or ""
    if imgs and not image.text and text.features["words"] <= 60 and not (len(tag) == 2 and tag[0] == "h") \
            and text.label in (Label.paragraph, Label.heading, None):
        text.credit = credit.credit
        text.src, text.alt = imgs[0]["src"], imgs[0]["alt"]
        text.set(Label.caption, "text between an image and its credit line")
        credit.set(Label.chrome, "credit line of the caption before (kept with it)")
        if image.label in (Label.caption, Label.paragraph) and not image.text:
            image.set(Label.chrome, "image (its caption follows)")


def _image_table_caption(b: Block, i: int, blocks: list[Block]) -> dict | None:
    """An image table (a row with the image, a row with the text): the short text cell is its caption."""
    table = b.features["roles"].get("table")
    if table is None or b.features["words"] > 50 or b.features.get("tag") not in ("td", "th", "p", "span", "div"):
        return None
    for j in range(i - 1, max(-1, i - 3), -1):
        prev = blocks[j]
        if prev.features.get("roles", {}).get("table", (None, None))[1] is not table[1]:
            return None
        if prev.features.get("images") and not prev.text:
            return prev.features["images"][0]
    return None


MATCH_KEY = 12       # letters of a text that starts like an image's alt text, at least
SAME_KEY = 6         # letters of a text that is the whole alt text ('जानकारी देते एएसपी': a short caption)


def _matching_image(text: str, recent: list[tuple[int, dict]]) -> dict | None:
    key = letters_key(text)
    if len(key) < SAME_KEY:
        return None
    for _, im in reversed(recent):
        for attr in (im.get("alt"), im.get("title")):
            a = letters_key(attr or "").rstrip()
            if len(a) >= SAME_KEY and key == a or len(key) >= MATCH_KEY and len(a) >= MATCH_KEY \
                    and (key.startswith(a[:60]) or a.startswith(key)):
                return im
    return None


def second_headline_print(blocks: list[Block]) -> None:
    """A page that prints its headline twice (a print layout under the screen one: Börsen-Zeitung) prints the
    kicker, subtitle and short author line with the second copy too, as headings with no text between them
    and it ('Finanzmärkte' / headline / 'Index gibt leicht nach – …' / 'ku Frankfurt'): they are that
    header's, not the article's subheadings."""
    title = next((letters_key(b.text) for b in blocks if b.label is Label.title), None)
    for i, b in enumerate(blocks):
        if not title or b.label not in (None, Label.chrome) or b.features.get("tag") != "h1" \
                or letters_key(b.text) != title:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(blocks) and blocks[j].label is Label.heading:
                blocks[j].set(Label.chrome, "printed with the headline's second copy (its kicker, subtitle or "
                                            "author line), not a subheading of the text")
                j += step


HEADLINE_AGAIN_SHARE = 0.6   # of the title's words a heading above the text repeats, at least


def headline_heading(blocks: list[Block], title: str | None) -> None:
    """The page's headline printed as an <h1>/<h2> above the text when the title came from the metadata and
    differs a little ('Technologie im Klassenzimmer Künstliche Intelligenz in der Schule – …' under the
    title 'Künstliche Intelligenz in der Schule - …'): the headline again, not the text's first subheading."""
    first = next((b for b in blocks if b.label is not None and b.label.is_body), None)
    if not title or first is None or first.label is not Label.heading or first.features.get("tag") not in ("h1", "h2"):
        return
    want = set(words(title.casefold()))
    have = set(words(first.text.casefold()))
    if want and len(want & have) >= HEADLINE_AGAIN_SHARE * len(want):
        first.set(Label.chrome, "the headline again, above the text (the title came from the page's metadata)")
