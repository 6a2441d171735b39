"""The headline of a text dump: the title-like line before the article's first paragraph that shares
the words of the text after it (and is often printed twice on the page), a Markdown '# headline', or a
short question opening the text."""
from __future__ import annotations

from .bylines import Signatures, dated_byline, signed_names
from .model import Block, Label
from .names import name_with_dashed_role
from .rules import Rules
from .teasers import is_para
from .textutil import (BULLET, CLOSERS, NOT_HEADING_END, SENTENCE_INSIDE, ends_sentence, is_caps, letters_key,
                       line_words, spaceless, words)

MD_TITLE_GAP = 15    # blocks: how far before the first paragraph a Markdown '# headline' may stand
TITLE_WINDOW = 20    # blocks before the first paragraph where the headline is looked for; beyond the
NEAR_TITLE = 9       # nearest 9 of them, a line must share FAR_TITLE_SHARED of its words with the text
FAR_TITLE_SHARED = 0.3   # or be printed twice
TEXT_SHARED = 0.5        # of its words the text says: a headline over one that says none of them
SHORT_TITLE = 4      # content words: a shorter line's share of the text's words counts as if it had this many
REPEAT = "repeats an earlier block of the page"
CAPTION_TWIN_LETTERS = 10   # letters a caption has at least for a line with the same letters to be its alt text
REPEAT_TITLE_WORDS = 4   # a line printed twice counts as a headline so from 4 words ('Ask an Advisor' twice: a section label)
WIDGET_PRINTS = 3       # a line printed more often than this before the text is a widget label, not the headline
QUESTION_TITLE_WORDS = 20   # words: a question this short opening the text, with text after it, is the headline
STANDFIRST_TITLE_WORDS = 5   # a title-like line this long right above the chosen one is the headline (kickers are shorter)
BYLINE_BELOW = 1.5      # score of a title-like line with a byline ('By Serafina Kenny') right below it
STANDFIRST_WORDS = 40   # words of a standfirst sentence between a headline and its byline at most
HEADLINE_WORDS = 25     # words of a one-sentence first 'paragraph' that is a headline (its byline under it) at most


def find_title(blocks: list[Block], lo: int, hi: int, rules: Rules) -> int | None:
    """The last title-like block before the first long paragraph of the region."""
    first_para = next((i for i in range(lo, hi) if blocks[i].label is None and is_para(blocks[i])), None)
    if first_para is None:
        return None
    if _headline_over_kicker(blocks, first_para, hi):
        first_para = next((j for j in range(first_para + 3, hi) if blocks[j].label is None and is_para(blocks[j])),
                          first_para + 3)
    for i in range(first_para - 1, max(-1, first_para - MD_TITLE_GAP), -1):
        b = blocks[i]                                # a Markdown dump says which line is the headline: '# …'
        if b.features.get("md_heading") == 1 and b.label is None and not b.features.get("chrome") \
                and 1 <= b.features["words"] <= 40:
            return i
    # title-like lines (a repeat of an earlier line too: headlines are printed twice) up to TITLE_WINDOW
    # blocks before the text; the nearest NEAR_TITLE blocks as before, further ones only when they say
    # what the text says. The headline shares the words of the text after it and is often printed
    # twice on the page (its link, its heading); nearer is better only on a tie. (Near: counted without the
    # furniture and chrome between the headline and the text.)
    near = _counted_back(blocks, first_para, NEAR_TITLE)
    # (the caption of the image above the text, printed again as its alt text, is not the headline)
    # (of a caption's length: a few letters alike are no twin, '0H H h' and '0HHH:')
    captions = {k for b in blocks[:first_para] if b.label is Label.caption
                and len(k := letters_key(b.text)) >= CAPTION_TWIN_LETTERS}
    signatures = Signatures(blocks, lo, hi)
    found = [i for i in _window(blocks, first_para)
             if repeat_or_free(blocks[i]) and not blocks[i].features.get("teaser")
             and titlelike(blocks[i], repeat_ok=blocks[i].features.get("chrome") == REPEAT)
             and not (captions and letters_key(blocks[i].text) in captions)
             and not rules.line_credit_re.match(blocks[i].text)        # ('Quelle: fhm/Getty Images; Montage: …')
             and not rules.photo_credit(blocks[i].text)                # ('Francesco Carta Fotografo | Moment | Getty Images')
             and not name_with_dashed_role(blocks[i].text, rules)       # ('Anders Skjerdingstad – Journalist i Paris')
             and not _glued_to_next(blocks, i) and not _byline_furniture(blocks, i, rules)
             and not signed_names(blocks[i], signatures)]    # ('Birgit Baumann Anna Giulia Fink …': the signature)
    if first_para - 1 not in found and _bylined_headline(blocks, first_para, hi, rules):
        return first_para                           # (with a title-like line right above, that is the headline)
    if not found:
        return first_para if _question_headline(blocks, first_para, hi) else None
    if len(found) == 1 and found[0] > near:
        return found[0]                             # (one near candidate: no scoring needed)
    text_words = set()
    for b in blocks[first_para:first_para + 3]:
        text_words.update(_content_words(b.text))
    keys: dict[str, int] = {}
    for b in blocks[max(0, found[-1] - 30):first_para]:
        k = letters_key(b.text)
        keys[k] = keys.get(k, 0) + 1

    def shared_words(i: int) -> float:
        t = blocks[i].text
        ws = _content_words(t)            # (one word of two: weak; in CJK a word is some two pairs of characters)
        return len(ws & text_words) / max(len(ws), SHORT_TITLE * (2 if spaceless(t) else 1)) if ws else 0.0

    # the headline is printed just above its byline ('By Serafina Kenny', 'Patricio Candia | Palma | 08/01/2014'),
    # or just above the standfirst there
    # (a standfirst sentence may stand between: 'Faker wins 4th title …!' / 'Same tears, different emotions.' / 'By …')
    bylined = next((i for i in found if _byline_below(blocks, i, first_para, rules)), None)
    if bylined is not None and bylined - 1 in found and blocks[bylined - 1].features["words"] >= STANDFIRST_TITLE_WORDS \
            and blocks[bylined].text not in blocks[bylined - 1].text and not _breadcrumb(blocks[bylined - 1].text):
        bylined -= 1          # (a kicker above the headline is shorter; a breadcrumb ends with the headline or
        #                        names the sections: 'SN.AT / Politik / Innenpolitik')

    def score(i: int) -> float | None:
        b = blocks[i]
        shared = shared_words(i)
        printed = keys.get(letters_key(b.text), 0)
        if printed > WIDGET_PRINTS:
            return None                              # ('Search author on: PubMed Google Scholar' under each author)
        repeated = printed >= 2
        if i <= near and shared < FAR_TITLE_SHARED and not repeated and i != bylined:
            return None                              # (far lines need the text's words, a repeat or the byline)
        if b.label is not None and shared < FAR_TITLE_SHARED:
            return None                              # (a widget printed twice: 'Click to Expand Search Input')
        n = title_words(b)
        return 2 * shared + (1.0 if repeated and n >= REPEAT_TITLE_WORDS else 0.0) \
            + (0.5 if 5 <= n <= 25 else 0.0) - 0.05 * (first_para - i) \
            + (BYLINE_BELOW if i == bylined else 0.0)
    scores = {i: s for i in found if (s := score(i)) is not None}
    if not scores:
        return None
    best = max(scores, key=lambda i: (scores[i], i))       # (nearer the text on a tie)
    if shared_words(best) == 0:
        # a line that says none of the text's words, nearer the text than one that says half of them, is a box's
        # between them ('Question of the Day' … 'No, neither will be on the ballot' under the headline 'Indiana
        # governor endorses revised GOP state budget package')
        best = max((i for i in scores if shared_words(i) >= TEXT_SHARED), key=lambda i: (scores[i], i), default=best)
    # a headline right above a longer standfirst that says the same ('US Open 2023 results: Andy Murray among
    # six British players …' / 'Boulter, Burrage, Draper, Evans, Murray and Norrie all won …'): the standfirst
    # shares more words with the text, but the headline comes first (a kicker above it is shorter than 5 words)
    # (or printed again elsewhere on the page: 'Iconic Jasper resort reopens after $100M revamp' / 'Canadian Rockies
    # resort completes a sweeping property-wide overhaul …', the headline's words not quite the text's)
    # (or opening the document: an article's text starts with its headline, then the standfirst)
    above = best - 1
    opens = 0 in found and _opens_text_output(blocks, first_para)     # (asked once: a scan of the top lines)
    if above in found and STANDFIRST_TITLE_WORDS <= blocks[above].features["words"] <= blocks[best].features["words"] \
            and (above in scores and shared_words(above) >= FAR_TITLE_SHARED
                 or above == 0 and best != bylined and not _breadcrumb(blocks[0].text)
                 or best != bylined and blocks[above].reason == REPEAT
                 and keys.get(letters_key(blocks[above].text), 0) <= WIDGET_PRINTS):
        best = above
    elif best > 0 and opens and best != bylined and not _breadcrumb(blocks[0].text):
        best = 0
    if best == 0 and opens:
        blocks[0].features["opens_output"] = True     # (the lines under it are the article's: classify)
    best = _under_kicker(blocks, found, _dated_copy(blocks, found, best, rules), rules)
    return _colon_twin(blocks, found, _without_kicker(blocks, found, best))


def _dated_copy(blocks: list[Block], found: list[int], best: int, rules: Rules) -> int:
    """The headline printed twice before the text ('Elever åtalas för misshandel på Lundsberg' over the date, the
    standfirst and the byline, and again over an audio player's buttons): the copy with its date or byline right
    under it heads the article; the other is a player's or a sticky bar's."""
    if _header_under(blocks, best + 1, rules):
        return best
    return next((i for i in found if i < best and blocks[i].text == blocks[best].text
                 and _header_under(blocks, i + 1, rules)), best)


def _header_under(blocks: list[Block], j: int, rules: Rules) -> bool:
    return j < len(blocks) and bool(blocks[j].features["date"] or blocks[j].features.get("by")
                                    or dated_byline(blocks[j], rules))


KICKER_LINE_WORDS = 6   # words of a kicker on its own line over the headline at most


def _under_kicker(blocks: list[Block], found: list[int], best: int, rules: Rules) -> int:
    """'Stromausfall Berlin: Ampeln, S-Bahnen – Wie sicher ist unser Stromnetz?' (the page's short title, the
    last item of its path) / 'Stromausfall in Berlin' (the kicker) / 'Ampeln tot, S-Bahnen stoppen: Wie sicher ist
    Deutschlands Stromnetz?' / the lead / 'Von …': a kicker stands over the headline, and the headline over its
    'By'/'Von' byline (or over the standfirst sentence over it); the title-like line over the kicker is the
    page's, not the article's. (The byline is what says so: a text output read again has none.)"""
    k, h = best + 1, best + 2
    if h not in found or h + 2 >= len(blocks):
        return best
    kicker = blocks[k]
    f = kicker.features          # (not the authors under a headline: 'Julia Vergin | Clare Roth')
    if kicker.label is not None or f.get("chrome") or f["sentence"] or f["namelike"] or f["byline_form"] \
            or not any(c.isalpha() for c in kicker.text) or not 1 <= f["words"] <= KICKER_LINE_WORDS:
        return best

    def byline_at(j: int) -> bool:
        return bool(blocks[j].features.get("by") or rules.opens_with_byline_word(blocks[j].text))
    under = blocks[h + 1]
    return h if byline_at(h + 1) or under.features["sentence"] and under.features["words"] <= STANDFIRST_WORDS \
        and byline_at(h + 2) else best


def _colon_twin(blocks: list[Block], found: list[int], best: int) -> int:
    """'Bei Protesten 2022 Bericht: Aktivistin getötet' printed next to 'Bei Protesten 2022: Bericht: Aktivistin
    getötet': the headline with its kicker glued on, and the same with the kicker's colon; the colon's is the
    headline as written."""
    t = blocks[best].text
    for i in (best - 1, best + 1):
        s = blocks[i].text if i in found and len(blocks[i].text) == len(t) + 1 else ""
        at = s.find(": ")
        while at >= 0:
            if s[:at] + s[at + 1:] == t:        # (the same but for one colon)
                return i
            at = s.find(": ", at + 1)
    return best


def _opens_text_output(blocks: list[Block], first_para: int) -> bool:
    """The document opens the way articlecli's text output does: the headline alone on the first line, then
    title-like standfirst lines and the text, nothing between them that the output drops (no date, byline or
    widget: a raw dump prints those around its headline). The first line is the headline, however long or near
    the lines after it."""
    return all(b.label is None and not b.features.get("chrome") and not b.features["date"]
               and not b.features.get("by") and "://" not in b.text for b in blocks[1:first_para + 1])
    # (nor a raw link: 'FacebookTwitter[WhatsApp](https://api.whatsapp.com/…)', a share row of a Markdown dump)


_CRUMB_SEPARATORS = (" / ", " > ", " » ", " › ")


def _breadcrumb(t: str) -> bool:
    """'SN.AT / Politik / Innenpolitik', 'Home > News > World': the page's path, two separators or more."""
    return any(t.count(sep) >= 2 for sep in _CRUMB_SEPARATORS)


KICKER_WORDS = 4     # words of a kicker glued before the headline at most ('Premier League Rückschlag im …')


def _without_kicker(blocks: list[Block], found: list[int], best: int) -> int:
    """The headline printed with its kicker glued before it, no separator between ('Premier League Rückschlag im
    Titelkampf - …'), when the page prints it without the kicker too, near it: that copy (the kicker is the
    section, not the title)."""
    t = blocks[best].text
    for i in found:
        s = blocks[i].text
        if len(s) < len(t) and t.endswith(s) and t[-len(s) - 1] == " " and t[-len(s) - 2].isalnum() \
                and len(t[:-len(s)].split()) <= KICKER_WORDS:
            return i                        # (a kicker the publisher joined with ':' is part of the title)
    return best


def leading_subheading(blocks: list[Block], i: int, hi: int) -> bool:
    """The input's first line, title-like, directly above the first paragraph (no blank line between), in a text
    with subheadings of its own between paragraphs further on: a scraper's content field that opens with a
    subheading ('Muốn lớn lên, cần vốn ngân hàng' / 'Nhiều năm “làm thuê” …'; the title was stored apart)."""
    if i != 0 or len(blocks) < 4 or blocks[1].line != blocks[0].line + 1 or not is_para(blocks[1]):
        return False
    return any(blocks[j].label is None and titlelike(blocks[j]) and is_para(blocks[j - 1]) and is_para(blocks[j + 1])
               for j in range(2, min(hi, len(blocks) - 1)))


def _byline_furniture(blocks: list[Block], i: int, rules: Rules) -> bool:
    """'Anders Skjerdingstad – Journalist i Paris' / 'Vi rapporterer fra Oslo/Paris' / 'Publisert 05.08.2024 …': a
    line between a byline and the date under it is the byline's (where the authors report from), not the
    headline, which stands above the byline."""
    if i == 0 or i + 1 >= len(blocks) or not blocks[i + 1].features["date"]:
        return False
    above = blocks[i - 1]
    return bool(above.features.get("by") or name_with_dashed_role(above.text, rules) or dated_byline(above, rules))


def _glued_to_next(blocks: list[Block], i: int) -> bool:
    """'Không khí sạch nhất thế giớiTasmania, bang đảo …': a line split off the start of the paragraph it was
    glued to is a subheading (a scraper joined the text of <h2> and <p>); a headline stands on its own line."""
    return i + 1 < len(blocks) and blocks[i + 1].line == blocks[i].line and not blocks[i].features.get("html") \
        and blocks[i + 1].text[:1].isupper() and not blocks[i].text.endswith((" ", ":"))


def _window(blocks: list[Block], first_para: int) -> list[int]:
    """The TITLE_WINDOW blocks before the first paragraph, nearest first, not counting the furniture pages
    print inside an article (an ad label, a player's '1.0x' and '00:00': rules chrome.in_article*) nor the
    widget labels and repeats set aside as chrome (share buttons, 'Se connecter') nor the name lines of an author
    list nor captions (a gallery of twelve between the headline and the text), up to four times as many blocks
    back."""
    out, counted = [], 0
    for i in range(first_para - 1, max(-1, first_para - 4 * TITLE_WINDOW), -1):
        out.append(i)
        counted += _counts(blocks[i])
        if counted >= TITLE_WINDOW - 1:
            break
    return out


def _counted_back(blocks: list[Block], first_para: int, n: int) -> int:
    """The index `n` blocks before the first paragraph, counted as `_window` counts (not the affiliate note,
    'Article content', the share bar or the names between)."""
    counted, i = 0, first_para
    while i > 0 and counted < n:
        i -= 1
        counted += _counts(blocks[i])
    return i if counted >= n else -1


def _counts(b: Block) -> bool:
    """A block that counts in how far before the text a headline stands: not furniture, chrome, a name line
    (an author list prints one name a line) or a caption."""
    f = b.features
    return not (f.get("inline") or f.get("chrome") or f.get("namelike")) and b.label is not Label.caption


def _byline_below(blocks: list[Block], i: int, end: int, rules: Rules) -> bool:
    """A byline ('By X', 'Name | Place | date') on the line after `i`, or after one standfirst sentence there, or
    after a one-word section label ('News' / 'By Lance Ulanoff published 19 May 2026')."""
    def byline_at(j: int) -> bool:
        return j < end and bool(blocks[j].features.get("by") or dated_byline(blocks[j], rules))
    if byline_at(i + 1):
        return True
    between = blocks[i + 1] if i + 1 < end else None
    return between is not None and byline_at(i + 2) and (
        ends_sentence(between.text) and between.features["words"] <= STANDFIRST_WORDS
        or between.features["words"] == 1 and between.text[:1].isupper() and between.text[-1:].isalpha()
        and bool(blocks[i + 2].features.get("by")))      # (a section and a time under a teaser: 'Lietuvoje Prieš 2 val.')


def _bylined_headline(blocks: list[Block], i: int, hi: int, rules: Rules) -> bool:
    """'Faker wins 4th title as T1 embody Heartsteel’s song to become your Worlds 2023 champion!': the first
    'paragraph', one sentence of a headline's length, with the byline under it (past a standfirst sentence), is
    the headline."""
    t = blocks[i].text.rstrip()
    return blocks[i].features["words"] <= HEADLINE_WORDS and not SENTENCE_INSIDE.search(t) \
        and _byline_below(blocks, i, hi, rules)


KICKER_REACH = 6     # blocks after a second headline where its kicker, headline and text stand, bylines included


def _headline_over_kicker(blocks: list[Block], i: int, hi: int) -> bool:
    """'Annalena Baerbock: Jetzt Top-Job in New York – folgt schon bald der Nächste?' / 'UN-Generalversammlung' /
    'Baerbock zur UN: Nur eine Etappe …?' / the text: a one-sentence line of a headline's length over a kicker (one
    or two words) and a title-like line right above the text is a second headline (the page's social one), not
    the first paragraph."""
    if blocks[i].features["words"] > HEADLINE_WORDS or SENTENCE_INSIDE.search(blocks[i].text.rstrip()):
        return False
    # (past bylines by their form, 'Theo TTXVN': the output drops them, and the text output read again has none)
    nxt = [blocks[j] for j in range(i + 1, min(hi, i + 1 + KICKER_REACH)) if not blocks[j].features.get("byline_form")]
    if len(nxt) < 3:
        return False
    kicker, headline = nxt[0], nxt[1]
    if not (kicker.label is None and not kicker.features.get("chrome") and kicker.features["words"] <= 2
            and not ends_sentence(kicker.text) and headline.label is None and titlelike(headline)):
        return False
    after = nxt[2]                    # (the text, or a date line first: 'April 10, 2023 3 years Dizindaba 142 Views')
    if after.label is None and not is_para(after) and not after.features["sentence"] and after.features["words"] <= 12 \
            and len(nxt) > 3:
        after = nxt[3]
    return after.label is None and is_para(after)


def _question_headline(blocks: list[Block], i: int, hi: int) -> bool:
    """'Office for Budget Responsibility: What is the OBR and what does it do?': with no title-like line before
    the text, its first 'paragraph' is the headline when it is one short question and text follows it
    (past captions). (A question of twelve words or more counts as a paragraph by its length.)"""
    t = blocks[i].text.rstrip().rstrip(CLOSERS)
    if not t.endswith("?") or blocks[i].features["words"] > QUESTION_TITLE_WORDS or SENTENCE_INSIDE.search(t[:-1]):
        return False
    nxt = next((b for b in blocks[i + 1:hi] if b.label is not Label.caption), None)
    return nxt is not None and nxt.label is None and is_para(nxt)


def repeat_or_free(b: Block) -> bool:
    """Not labelled yet, or only set aside as a repeat (outside the region: the headline is printed twice)."""
    return b.label is None or b.label is Label.chrome and b.reason == REPEAT


def _content_words(text: str) -> set[str]:
    """Words of 4+ letters, casefolded; for scripts written without spaces, pairs of characters."""
    if spaceless(text):                                # (a 'word' there is a whole clause)
        return {text[i:i + 2] for i in range(len(text) - 1) if text[i].isalpha() and text[i + 1].isalpha()}
    return {w for w in words(text.casefold()) if len(w) >= 4}


def title_words(b: Block) -> int:
    """A headline's words in any script (textutil.line_words; from 25 words on, the block's own count will do)."""
    return line_words(b.text) if b.features["words"] < 25 else b.features["words"]


def titlelike(b: Block, repeat_ok: bool = False) -> bool:
    f = b.features
    t = b.text.rstrip()
    return (3 <= title_words(b) <= 40 and t[-1:] not in NOT_HEADING_END and (not f.get("chrome") or repeat_ok)
            and not f["date"] and not f["namelike"] and not is_caps(t) and not f.get("by") and not dated_byline(b)
            and not keyword_list(t) and not BULLET.match(t))     # (a bulleted item is a list's: '* Crónica…')


KEYWORD_ITEMS = 4    # comma-separated items of one or two words at least: a list of keywords


def keyword_list(t: str) -> bool:
    """'water, trees, mountain, sky, resort': an image's keywords printed as its alt text (or a page's tags), no
    headline: four or more items of one or two words, nothing but commas between them."""
    if t.count(",") < KEYWORD_ITEMS - 1:
        return False
    items = t.split(",")
    return all(0 < len(x.split()) <= 2 and x.replace(" ", "").replace("-", "").isalnum() for x in items)
