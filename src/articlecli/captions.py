"""Caption lines of text dumps, found by their credits: the first step of classify.

A line closed by '© X', a line repeated with a credit after it, a credit line ('X/Getty Images',
'Foto: X') after its caption, a credit printed on both sides of its caption, sentences before a credit
inside a run-on line ('… tối 15/2. Ảnh: Hoàng Huynh Bước vào …', runon.py), a caption by its opening
words or by a word only captions say ('(Archivbild)'). Every piece cut out comes labelled, with its reason.
"""
from __future__ import annotations

import re
from itertools import takewhile

from . import runon
from .bylines import name_with_agency
from .model import Block, Label
from .names import namelike
from .rules import Rules
from .teasers import LONG
from .textutil import (CLOSERS, SENTENCE_END, ends_sentence, is_caps, is_name_word, letters_key, norm_key, spaces_below,
                       word_count)

CREDITED_CAPTION_WORDS = 40   # a line this short before a photo credit line ('X/Getty Images') is its caption
_COPYRIGHT_TAIL = re.compile(r"^(?P<cap>[^©]{3,600}?) ?© ?(?P<credit>[^©]{2,160})$")   # "Rauch. © Anett Seidler"
_PAREN_CREDIT = re.compile(r"\((?P<credit>[^()]{3,80})\)\.?$")
_CAPS_KICKER = re.compile(r"^[^\W\d_a-z]{2,}(?: [^\W\d_a-z]{2,}){1,5} … \w")   # 'THERE YOU GO … President …'
FRAMED = "text between the photo credit"       # (the reason's opening for a caption framed by its credit)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")     # '© 2025 FUNKE Mediengruppe': the site's copyright, not a photo's


COPYRIGHT_CREDIT_WORDS = 10   # words of a '© X' credit at most, of each source where it names several ('X | Y')


def _copyright_credit(credit: str) -> bool:
    """'© Berliner Morgenpost Infografik/OSM | C. Schlippes /Berliner Morgenpost Infografik OSM Datawrapper': a
    credit of a source or a few, each as short as a credit (no sentence after the ©)."""
    parts = credit.split(" | ")
    return len(parts) <= 3 and all(len(p.split()) <= COPYRIGHT_CREDIT_WORDS for p in parts)


def split_runons(blocks: list[Block], rules: Rules) -> list[Block]:
    """Cut captions/credits out of blocks; caption pieces come out labelled."""
    out: list[Block] = []
    last = blocks[-1] if blocks else None
    for b in _cut_standalone(_cut_openers(blocks, rules), rules):
        if "©" in b.text and b.label is None and not caption_element(b):
            m = _COPYRIGHT_TAIL.match(b.text)
            if m and _copyright_credit(m.group("credit")) and len(m.group("cap").split()) <= runon.MAX_CAPTION_WORDS \
                    and not _YEAR.search(m.group("credit")) and m.group("cap").strip().casefold() != "copyright":
                cap, credit = m.group("cap").strip(), m.group("credit").strip()
                prev = out[-1] if out else None
                caption_after_alt(b, cap, credit, f"text before the credit '© {credit}'",
                                   [prev] if prev is not None and letters_key(prev.text) == letters_key(cap) else [])
                out.append(b)
                continue
        prev = out[-1] if out else None
        if len(out) >= 2 and b.label is None and len(b.text) > len(out[-2].text) >= 15 \
                and b.text.startswith(out[-2].text) and not b.features.get("html") \
                and rules.chrome_match(prev.text) is not None and rules.chrome_match(out[-2].text) is None:
            prev = out[-2]                        # (past a widget's label between the alt text and the caption)
        if prev is not None and b.label is None and prev.label is None and not b.features.get("html") \
                and len(b.text) > len(prev.text) >= 15 and b.text.startswith(prev.text):
            credit = b.text[len(prev.text):].strip(" |-–—/")
            # (or glued to the caption's full stop when it is an agency the rules know: '… Risiken bergen.dpa')
            if (b.text[len(prev.text)] == " " or prev.text[-1:] == "." and (
                    rules.is_photo_agency(credit) or rules.photo_credit(credit))) \
                    and 1 <= len(credit.split()) <= 8 and not ends_sentence(credit) \
                    and credit[0] not in ":;,'\"‘“":     # not "…Concerns: 'I'm Devastated'" (a longer headline)
                # "Sophie Binet à Matignon." then "Sophie Binet à Matignon. BERTRAND GUAY / AFP": alt + caption
                caption_after_alt(b, prev.text, credit, f"repeats the line before with the credit '{credit}'", [prev])
                out.append(b)
                continue
        if prev is not None and b.label is None and prev.label is None and prev.text.endswith(("…", "...")):
            cut = _after_shortened_alt(prev.text, b.text, rules)
            if cut:                                # "Mikil örtröð hefur verið … og …" / "Mikil örtröð … á skjá. Ljósmynd/Aðsend"
                caption_after_alt(b, *cut, f"the line before is its start cut short, then the credit '{cut[1]}'", [prev])
                out.append(b)
                continue
        if prev is not None and prev.line == b.line and b.label is None and prev.label is None \
                and not b.features.get("html") and rules.line_credit_re.match(b.text) and word_count(b.text) <= 12 \
                and word_count(prev.text) <= CREDITED_CAPTION_WORDS and (not ends_sentence(prev.text) or (
                    len(out) >= 2 and letters_key(out[-2].text) == letters_key(prev.text))):
            # 'Mario Voigt (CDU) und Björn Höcke (AfD)Quelle: Hannes P. Albert/dpa': a caption and its source line
            # printed as one line (split where they were glued), often after the same text as the image's alt
            credit = b.text.split(":", 1)[1].strip()
            _credit_after_caption(b, out, credit, f"text glued before the source line '{b.text}'", "source line of "
                                  "the caption before it (rules: caption.line_credit_markers)")
            continue
        # ('Minh Anh/TTXVN' as the text's last line is its byline, not a photo credit)
        credit = _credit_line(b, out, rules) if b is not last or not name_with_agency(b.text) else None
        if credit:                                 # "Zendaya attends a 2021 screening." / "Samir Hussein/Getty Images"
            _credit_after_caption(b, out, credit, f"line before the photo credit '{credit}' (rules: "
                                  "caption.photo_agencies)", "photo credit line (rules: caption.photo_agencies)")
            continue
        if prev is not None and prev.reason.startswith(FRAMED) and prev.alt is None and _visible_caption(b):
            # 'EPA Kwasi Kwarteng and Liz Truss EPA' / 'Former PM Liz Truss and her then chancellor … the OBR'
            b.set(Label.caption, "the line after an image's alt text framed by its credit, with no full stop: the "
                                 "image's caption")
            b.credit, b.alt = prev.credit, prev.text
            prev.set(Label.chrome, "image alt text, between its credit printed twice (its caption follows)")
            prev.credit = None                     # (the caption carries it now)
            out.append(b)
            continue
        framed = rules.framed_credit(b.text) if b.label is None and not b.features.get("html") else None
        if framed:
            b.text, b.credit = framed
            out.append(b.set(Label.caption, f"{FRAMED} '{framed[1]}' printed twice"))
            continue
        node = runon.cut_node_caption(b.text, rules.photo_agencies) if b.label is None and " , " in b.text else None
        if node:
            cap, credit, rest = node
            out.append(Block(cap, b.line, dict(b.features), credit=credit).set(
                Label.caption, f"caption node followed by the photographer node '{credit}'"))
            b = Block(rest, b.line, dict(b.features))
        pieces = runon.cut_captions(b.text, rules) if b.label is None and ":" in b.text \
            and not caption_element(b) else ()
        if len(pieces) <= 1 and (not pieces or pieces[0].kind == "body"):
            prev = out[-1] if out else None       # nothing cut out
            if prev is not None and b.label is None and not b.features.get("html") and rules.is_gallery_button(prev.text) \
                    and word_count(b.text) <= CREDITED_CAPTION_WORDS:
                b.set(Label.caption, f"the line after the gallery button '{prev.text}' (rules: caption.gallery_buttons)")
                _alt_before(out, b.text)
            elif prev is not None and b.label is None and prev.label is None and not b.features.get("html") \
                    and not prev.features.get("html") and (cut := rules.glued_gallery_button(prev.text)) is not None \
                    and word_count(b.text) <= CREDITED_CAPTION_WORDS:
                button = prev.text[cut:]
                prev.set(Label.chrome, f"image alt text with the gallery button '{button}' after it "
                                       "(rules: caption.gallery_buttons)")
                b.set(Label.caption, f"the line after the image's alt text and its button '{button}'")
                _source_in_parens(b, rules)              # ('… inzwischen gelöscht. (Quelle: Truth Social)')
            out.append(b)
            continue
        if pieces[0].kind == "caption" and out and rules.is_gallery_button(out[-1].text):
            _alt_before(out, pieces[0].text)       # 'X' / 'View 3 Images' / 'X(Image: Y)'
        if len(pieces) == 1 and pieces[0].kind == "credit" and norm_key(pieces[0].marker) in rules.standalone_captions:
            b.text, b.credit = pieces[0].marker, pieces[0].credit     # 'Ảnh minh họa: Internet': the marker says
            out.append(b.set(Label.caption, "stock caption with its credit (rules: caption.standalone)"))  # it all
            continue
        if len(pieces) == 1 and pieces[0].kind == "credit" and _caption_before_credit(b, out, rules):
            credit = pieces[0].credit              # "Strava's new dark mode." / "Image Credits: Strava"
            _credit_after_caption(b, out, credit, f"line before the credit line '{pieces[0].marker}: {credit}'",
                                  "photo credit line")
            continue
        for piece in pieces:
            nb = Block(piece.text, b.line, dict(b.features))
            if piece.join_dropped:
                nb.features["join_dropped"] = True     # (assemble says so in source.fixes)
            if piece.kind == "caption" and rules.is_role_word(piece.text):
                nb.text = f"{piece.text} ({piece.marker}: {piece.credit})"     # 'Tổng hợp (Ảnh: NVCC)'
                nb.set(Label.byline, f"the role word '{piece.text}' before the photo credit: who compiled the "
                       "article and its photos (rules: byline.role_suffixes)")
            elif piece.kind == "caption":
                nb.credit = piece.credit
                nb.set(Label.caption, f"sentence before the credit '{piece.marker}: {piece.credit}'")
            elif piece.kind == "credit":
                nb.text = f"{piece.marker}: {piece.credit}"
                nb.credit = piece.credit
                nb.set(Label.caption, "photo credit line")
            out.append(nb)
    for i, b in enumerate(out):   # (last: a line repeated with another credit after it is the image's alt text first)
        if b.label is not None:
            continue
        if "/" in b.text[-60:] and (not b.features.get("html") or b.text[-1:] == ")"):
            # (in HTML too, where a page's classes may say nothing: '… (AP Photo/Morry Gash)' closing a <p>)
            credit = _paren_credit(b.text, rules) if b.text[-1:] == ")" else _tail_credit(b.text, rules)
            if credit:                             # "FBI Director Christopher Wray listens … (AP Photo/Carolyn Kaster)"
                b.text, b.credit = credit
                b.set(Label.caption, f"line ending in the photo credit '{b.credit}'")
                continue
        if b.features.get("html"):
            continue
        # (captions are short: no search in long paragraphs)
        # (the marks only where one of their characters is: a cheap gate; the forms, anchored, on any short line)
        mark = None
        if spaces_below(b.text, CREDITED_CAPTION_WORDS):
            marked = "(" in b.text or "（" in b.text or ", " in b.text or ":" in b.text
            mark = marked and rules.image_mark_re.search(b.text) or rules.image_form_re.search(b.text)
        if mark and word_count(b.text) <= CREDITED_CAPTION_WORDS:
            _marked_caption(b, mark.group(), rules)
        elif b.text.find(" … ", 0, 60) >= 0 and _CAPS_KICKER.match(b.text) and ends_sentence(b.text) \
                and word_count(b.text) <= CREDITED_CAPTION_WORDS:
            b.set(Label.caption, "a sentence under a kicker in capitals and '…' ('THERE YOU GO … President …'): "
                                 "how a photo's caption opens")
        elif b.text[-1:] not in _SENTENCE_LAST and (credit := _agency_tail(b.text, rules)) \
                and any(_body_like(a) for a in out[i + 1:i + 4]):     # (and the article goes on after it)
            b.text, b.credit = credit              # "… offer guests picture-perfect panoramic views upon arrival. Supplied"
            b.set(Label.caption, f"short line closed by the photo credit '{b.credit}' after its last sentence "
                  "(rules: caption.photo_agencies)")
        elif b.text[-1:] == ")" and i + 1 < len(out) and _body_like(out[i + 1]):
            credit = _named_paren_credit(b.text, rules)    # (and the article goes on after it)
            if credit:                             # "The Caribbean Islands … have been listed for sale. (Bespoke Real Estate)"
                b.text, b.credit = credit
                b.set(Label.caption, f"sentence closed by the credit '({b.credit})' on a line of its own")
    _named_credit_tails(out)
    _caption_twins(out)
    return out


TAIL_CAPTION_WORDS = 6   # words of such a line at least, its name included
ALT_WORDS = 25           # words of the one sentence printed before each such caption at most: the image's alt text


def _named_credit_tails(blocks: list[Block]) -> None:
    """Short lines that end in the same name after their last sentence ('Roma Jayne underwent bariatric surgery
    in 2023. Emma Roma Jayne'), two or more of them on the page: captions, the name their photo credit. A name
    closing one line only may be a byline glued to the text. When every one of them has a short sentence on the
    line before it, that is the image's alt text ('A woman taking a mirror selfie at the gym.')."""
    tails: dict[str, list[tuple[int, str]]] = {}
    for i, b in enumerate(blocks):
        t = b.text
        if b.label is not None or not t[-1:].isalpha() or b.features.get("html") or len(t) > 400:
            continue
        cut = _after_last_sentence(t)
        if cut is None:
            continue
        caption, name = cut
        if 2 <= name.count(" ") + 1 <= 4 and (caption[-2:-1].islower() or caption[-2:-1].isdigit()) \
                and namelike(name) and TAIL_CAPTION_WORDS <= word_count(t) <= CREDITED_CAPTION_WORDS:
            tails.setdefault(name, []).append((i, caption))      # (not 'U.S. Open Tennis': a capital before '.')
    for name, lines in tails.items():
        if len({caption for _, caption in lines}) < 2:      # (not one slogan printed twice: 'Be Bold. Discover Saudi')
            continue
        alts = [blocks[i - 1] for i, _ in lines if i and _alt_like(blocks[i - 1])]
        for i, caption in lines:
            blocks[i].text, blocks[i].credit = caption, name
            blocks[i].set(Label.caption, f"line closed by the name '{name}' after its last sentence, as {len(lines)} "
                          "lines of the page are: the photo credit")
        for alt in alts if len(alts) == len(lines) else ():
            alt.set(Label.chrome, "image alt text (one short sentence before each caption with that credit)")


def _alt_like(b: Block) -> bool:
    return b.label is None and not b.features.get("html") and b.text[-1:] == "." and b.text.count(". ") == 0 \
        and word_count(b.text) <= ALT_WORDS


TWIN_KEY = 20          # letters of a caption at least, for the lines around it that repeat it
TWIN_TAIL_WORDS = 8    # words after the repeated caption at most: its credit ('… "Festkörperakku" VW')


def _caption_twins(blocks: list[Block]) -> None:
    """The image printed around its caption: the alt text before it holding the caption's words ('Tennis - U.S.
    Open - … Britain's Andy Murray reacts … REUTERS/Mike Segar TPX IMAGES OF THE DAY'), and the caption printed
    again after it with the credit appended ('Ein Motorrad … (Bild: VW)' / 'Ein Motorrad … VW')."""
    for i, c in enumerate(blocks):
        if c.label is not Label.caption or len(c.text) < TWIN_KEY or c.features.get("html"):
            continue
        counter = blocks[i - 1] if i >= 2 and gallery_counter(blocks[i - 1]) else None
        before = blocks[i - 1 - (counter is not None)] if i else None     # (past the gallery's '2' between them)
        if before is not None and before.label is Label.caption and before.text == c.text \
                and before.credit == c.credit and not before.features.get("html"):
            before.set(Label.chrome, "image alt text (the caption after it repeats it)")
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if after is not None and after.label is Label.caption and not after.text and i + 2 < len(blocks) \
                and blocks[i + 2].label is None and blocks[i + 2].text == c.text:
            # ('Ex-Ministerin Raab hat neuen Spitzenjob …' / 'BILD: SN/APA/…' / the same line again)
            blocks[i + 2].set(Label.chrome, "the caption printed again after its credit line")
            continue
        # (cheap tests first: letters_key reads the whole line, and is taken once per caption; an alt text that
        # ends with the caption may end a sentence: 'Chemnitzer Hutfestival: Wann … - Im Vorjahr zog … an.')
        alt = before is not None and before.label is None and not before.features.get("html") \
            and (not ends_sentence(before.text) or before.text.endswith(c.text) and len(before.text) > len(c.text)
                 and not ends_sentence(before.text[:-len(c.text)]))
        again = after is not None and after.label is None and not ends_sentence(after.text) \
            and 0 < len(after.text[len(c.text):].split()) <= TWIN_TAIL_WORDS and not after.features.get("html")
        if not (alt or again) or len(key := letters_key(c.text)) < TWIN_KEY:
            continue
        if alt and key in letters_key(before.text):
            before.set(Label.chrome, "image alt text (holds the words of the caption after it)")
            if counter is not None:
                counter.set(Label.chrome, COUNTER_REASON)
        if again and letters_key(after.text).startswith(key):
            after.set(Label.chrome, "the caption before it printed again with its credit")


COUNTER_REASON = "a gallery's image number between the image's alt text and its caption"


def gallery_counter(b: Block) -> bool:
    """'2' on a line of its own, unlabelled: the number of an image in a gallery."""
    return b.label is None and len(b.text) <= 3 and b.text.isdigit() and not b.features.get("html")


LONG_CAPTION_WORDS = 100    # words of a caption closed by '(Photo by …/Agency)' at most
_BY_CREDIT = re.compile(r"^\w+ (?:by|von|di|de|par|por) ", re.IGNORECASE)    # 'Photo by', 'Foto von', 'Photo de'…
PAREN_CAPTION_WORDS = 25      # a caption line closed by '(Credit)' is at most this long


def _body_like(b: Block) -> bool:
    """A paragraph of text, before `evidence` has counted its words."""
    return b.label is None and ends_sentence(b.text) and word_count(b.text) >= LONG


_SENTENCE_LAST = frozenset(SENTENCE_END + CLOSERS)
_LAST_WORDS = re.compile(r"[.!?…][\"”’»]*\s+(?P<tail>\S*[^\s.!?…](?: \S*[^\s.!?…]){0,4})$")   # the words after the last sentence


def _after_last_sentence(text: str) -> tuple[str, str] | None:
    """(the sentences, the one to five words after the last of them): '… upon arrival.', 'Supplied'."""
    m = _LAST_WORDS.search(text, max(0, len(text) - 60))
    return (text[:m.start("tail")].rstrip(), m.group("tail")) if m else None


def _agency_tail(text: str, rules: Rules) -> tuple[str, str] | None:
    """'… upon arrival. Supplied': a short line of whole sentences, then a photo agency alone
    (rules: caption.photo_agencies) → (caption, credit)."""
    cut = _after_last_sentence(text)
    if not cut or not rules.is_photo_agency(cut[1]) or word_count(text) > CREDITED_CAPTION_WORDS:
        return None
    return cut


def _after_shortened_alt(alt: str, text: str, rules: Rules) -> tuple[str, str] | None:
    """'Norskir fjölmiðlar hafa fylgst með … Dagen …' then 'Norskir fjölmiðlar hafa fylgst með … árið 2023.
    Skjáskot/Dagen': a line cut short with '…' whose whole text follows, closed by a photo credit after its
    last sentence ('X/Y', or a photo agency), is the image's alt text, then its caption → (caption, credit).
    (Without the credit the long line may as well be a paragraph the teaser before it quoted.)"""
    stem = alt.rstrip(".… ")
    if len(stem) < 20 or len(text) <= len(stem) + 20 or not text.startswith(stem):
        return None
    cut = _after_last_sentence(text)
    if not cut:
        return None
    credit = cut[1]
    if not (rules.is_photo_agency(credit) or "/" in credit and "//" not in credit and runon.credit_like(credit)):
        return None
    return cut


def _named_paren_credit(text: str, rules: Rules) -> tuple[str, str] | None:
    """'The islands where Epstein abused young women and girls. (Christie's)': a short line, whole sentences,
    then a name of one to four capitalised words in parentheses, the image's credit → (caption, credit);
    words before the name that only a credit has ('Courtesy of', rules: caption.credit_leads) are not the name's.
    ('… ist frei. (kas)': reporters' initials are lowercase; '($21.99, #683213)' has no name; a news agency,
    '… trình Quốc hội. (TTXVN)', is the source of the paragraph it closes.)"""
    m = _paren_tail(text)
    if not m:
        return None
    credit, caption = m.group("credit").strip(), text[:m.start()].rstrip()
    if not ends_sentence(caption) and rules.is_photo_agency(credit):
        return _photographer_before(caption, credit)
    lead = rules.credit_lead_re.match(credit) if rules.credit_lead_re else None
    if lead:                                       # '(Courtesy of Tanner Fischer)' (rules: caption.credit_leads)
        credit = credit[lead.end():]
    names = credit.split()
    if not 1 <= len(names) <= 4 or not all(is_name_word(w) for w in names) or credit in rules.agencies and not lead \
            or not ends_sentence(caption) or word_count(caption) > PAREN_CAPTION_WORDS:
        return None
    return caption, credit


def _photographer_before(caption: str, agency: str) -> tuple[str, str] | None:
    """'… en Gjadër (Albania), el 11 de octubre. Florion Goga (REUTERS)': the photographer's name after the last
    sentence, then the agency in parentheses → (caption, 'Florion Goga (REUTERS)')."""
    cut = _after_last_sentence(caption)
    if not cut or word_count(cut[0]) > PAREN_CAPTION_WORDS:
        return None
    names = cut[1].split()
    if not 2 <= len(names) <= 4 or not all(is_name_word(w) for w in names):
        return None
    return cut[0], f"{cut[1]} ({agency})"


def _marked_caption(b: Block, mark: str, rules: Rules) -> None:
    """'Steffen Kauert … erklärt, welche Folgen die Hitze hat. (Archivbild)': a caption by a word only captions
    say (rules: caption.image_marks); a '(Quelle: X)' after it is its credit."""
    _source_in_parens(b, rules)
    b.set(Label.caption, f"says '{mark}', as only an image's caption does (rules: caption.image_marks)")


def _source_in_parens(b: Block, rules: Rules) -> None:
    """A source in parentheses closing a caption ('… (Quelle: Truth Social)', rules: caption.line_credit_markers)
    is its credit: cut from the text."""
    m = _paren_tail(b.text)
    if m and rules.line_credit_re.match(m.group()):
        b.text, b.credit = b.text[:m.start()].rstrip(), m.group("credit").split(":", 1)[1].strip()


def _cut_openers(blocks, rules: Rules):
    """Sentences that are captions by their first words (rules: caption.openers) come out as captions."""
    openers = rules.caption_openers
    return _cut_out(blocks, lambda t: any(op in t for op in openers), lambda t: runon.cut_openers(t, openers),
                    "a caption by its first words (rules: caption.openers)") if openers else blocks


def _cut_standalone(blocks, rules: Rules):
    """A caption that only says what the picture is ('(Ảnh minh họa)', rules: caption.standalone) inside a longer
    block of run-on text comes out as a caption; the text around it stays (a line that is only the phrase is
    classify's standalone caption)."""
    phrases, found = rules.standalone_phrases, rules.standalone_re
    return _cut_out(blocks, lambda t: found.search(t) is not None and t.strip("() .") not in phrases,
                    lambda t: runon.cut_standalone(t, phrases),
                    "a caption that only says what the picture is, inside the text (rules: caption.standalone)") \
        if found is not None else blocks


def _cut_out(blocks, wanted, cut, reason: str):
    """Each unlabelled block of text that `wanted` says may hold such captions, cut into pieces by `cut`: the
    caption pieces labelled with `reason`, the rest left to the classifier."""
    for b in blocks:
        if b.label is not None or not wanted(b.text) or caption_element(b):
            yield b
            continue
        for piece in cut(b.text):
            nb = Block(piece.text, b.line, dict(b.features))
            if piece.kind == "caption":
                nb.set(Label.caption, reason)
            yield nb


def _credit_after_caption(b: Block, out: list[Block], credit: str, caption_reason: str, reason: str) -> None:
    """`b` is a credit line for the line before it (`out[-1]`), which becomes its caption; the same text
    just before that caption is the image's alt text."""
    prev = out[-1]
    key = letters_key(prev.text)
    alts = list(takewhile(lambda a: a.label is None and letters_key(a.text) == key, out[-2:-4:-1]))
    caption_after_alt(prev, prev.text, credit, caption_reason, alts)
    b.text, b.credit = "", credit          # (the caption before it has this credit: assemble skips it)
    out.append(b.set(Label.caption, reason))


def _alt_before(out: list[Block], caption: str) -> None:
    """The line before a gallery's button (`out[-1]`) is the image's alt text when the caption after the button
    says the same, or when the button opens the image ('View 6 Images', 'Enlarge this image': 'Marina Lacerda, 37'
    over it; a counter, '1 of 12 |', numbers a gallery's pictures, and the line over the first is no picture's)."""
    alt = out[-2] if len(out) >= 2 else None
    if alt is None or alt.label is not None:
        return
    if letters_key(alt.text) == letters_key(caption):
        alt.set(Label.chrome, "image alt text (the caption after the gallery button repeats it)")
    elif not out[-1].text[:1].isdigit() and not alt.features.get("html") and word_count(alt.text) <= ALT_WORDS \
            and not out[-1].features.get("md_after_image"):     # (a Markdown image over the button has its own alt)
        alt.set(Label.chrome, f"image alt text (over the gallery button '{out[-1].text}', the caption under it)")


def _visible_caption(b: Block) -> bool:
    """A line that can be an image's visible caption under its alt text: a few words, no sentence's end (a
    subheading may ask: 'What is Nato?')."""
    t = b.text.rstrip()
    return b.label is None and not b.features.get("html") and not ends_sentence(t) \
        and 4 <= word_count(t) <= CREDITED_CAPTION_WORDS


def caption_after_alt(b: Block, caption: str, credit: str, reason: str, alts: list[Block]) -> None:
    """`b` is a caption with its credit; `alts`, the lines before repeating it, are the image's alt text."""
    b.set(Label.caption, reason)
    b.text, b.credit = caption, credit
    for alt in alts:
        if alt.label is None:
            alt.set(Label.chrome, "image alt text (the caption after it repeats it)")


def _credit_line(b: Block, out: list[Block], rules: Rules) -> str | None:
    """The photo credit that `b` is, for the short line before it (`out[-1]`, its caption): 'Samir
    Hussein/Getty Images' (rules: caption.photo_agencies), or a lone agency or '© X' line after the same
    text twice (the image's alt text, then its caption)."""
    prev = out[-1] if out else None
    if prev is None or b.label is not None or prev.label is not None or b.features.get("html"):
        return None
    t = b.text.strip()
    credit = None
    if "/" in t or " via " in t:
        credit = rules.photo_credit(t)
    elif t.startswith("©") and rules.is_photo_agency(t.strip(" ©")):
        credit = t.strip(" ©")                     # ('© Picture Alliance' under its caption)
    if not credit and (rules.is_photo_agency(t) or t.startswith("©") and len(t.split()) <= 8) \
            and _printed_before(out, letters_key(prev.text)):
        credit = t.strip(" ©")
    # (the caption's length last: splitting every long paragraph before it cost more than the rest)
    return credit if credit and len(prev.text.split()) <= CREDITED_CAPTION_WORDS else None


def _printed_before(out: list[Block], key: str) -> bool:
    """The caption `key` (the last line of `out`) was printed just before as the image's alt text: the line before
    it, or the one before that past its credit, says the same or ends with it ('Das Schulzentrum Nord in Lienz |
    Auch im … ein' / '© André Schmidt' / 'Auch im … ein')."""
    for back in (2, 3):
        if len(out) < back or out[-back].label is not None:
            return False
        alt = letters_key(out[-back].text)
        if key and (alt == key or back == 3 and alt.endswith(key)):
            return True
    return False


def _paren_tail(text: str) -> re.Match | None:
    """The parenthesis closing a line after some text: '… (Quelle: X)', '… (AP Photo/Carolyn Kaster)'."""
    m = _PAREN_CREDIT.search(text, max(0, len(text) - 90))
    return m if m and m.start() > 0 else None


def _paren_credit(text: str, rules: Rules) -> tuple[str, str] | None:
    """'Xi Jinping at a gathering in Beijing. (Lintao Zhang/Getty Images)': a short line closed by a photographer
    and agency in parentheses (rules.photo_credit) → (caption, credit)."""
    m = _paren_tail(text)
    if not m:
        return None
    credit = rules.photo_credit(m.group("credit"))
    caption = text[:m.start()].rstrip()
    # (a credit that says 'Photo by' closes a long caption too: an agency's 'TOPSHOT - …' runs to 80 words)
    limit = LONG_CAPTION_WORDS if credit and credit.casefold().startswith(rules.credit_words) \
        and _BY_CREDIT.match(credit) else CREDITED_CAPTION_WORDS
    if not credit or word_count(caption) > limit:
        return None
    return caption, credit


def _tail_credit(text: str, rules: Rules) -> tuple[str, str] | None:
    """'… to represent the UK Jon Super/AP', '… illegally. AP Photo/Eric Gay, File': a short line closed by a
    photographer's name and a photo agency joined by '/' (rules: caption.photo_agencies) → (caption, credit)."""
    words = text.split()
    if len(words) > 45:
        return None
    head, bar, tail = text.rpartition(" | ")       # ('… Michael D. Higgins. | Niall Carson/PA Images via Getty Images')
    if bar and len(head.split()) >= 3 and rules.photo_credit(tail):
        return head.rstrip(), tail.strip()
    for k in range(2, 7):                          # the agency first: '… illegally. AP Photo/Eric Gay, File'
        if len(words) - k < 3:
            break
        tail = " ".join(words[-k:])
        if words[-k].casefold() in rules.photo_agency_words and "/" in tail and rules.photo_credit(tail):
            return " ".join(words[:-k]), tail
    last = words[-1] if words else ""
    name, _, agency = last.partition("/")
    if not name or not rules.is_photo_agency(agency) or not is_name_word(name):
        return None
    n = 1                                          # the photographer: up to two name words before the agency
    while n < 2 and len(words) > n + 3 and is_name_word(words[-1 - n]) and not is_caps(words[-1 - n]):
        n += 1
    caption = " ".join(words[:-n]).rstrip()
    return (caption, " ".join(words[-n:])) if len(words) - n >= 3 else None


def _caption_before_credit(b: Block, out: list[Block], rules: Rules) -> bool:
    """Is the line before `b`, a credit line alone ('Foto: Andreas Woitschützke', 'Credit: Panos Pictures'),
    the caption it credits? A short line of a text dump, not page chrome ('Read more: …') nor the article's
    byline ('By TPN, in News, Portugal, … · 31 Jan 2025, 20:02 · 0 Comments')."""
    prev = out[-1] if out else None
    return prev is not None and prev.label is None and not b.features.get("html") \
        and not prev.features.get("html") and word_count(prev.text) <= CREDITED_CAPTION_WORDS \
        and rules.prefix_reason(prev.text) is None and not _by_a_name(prev.text, rules)


def _by_a_name(text: str, rules: Rules) -> bool:
    """'By TPN, in News, …', 'Von Anna Berger': a byline prefix, then a capitalised word ('By night, …' is not)."""
    rest = text.split(maxsplit=1)[1:]
    return bool(rest) and rest[0][:1].isupper() and rules.opens_with_byline_word(text)


def caption_element(b: Block) -> bool:
    """A caption element of an HTML page is one caption: its credit is split off there, not sentence by sentence."""
    f = b.features
    return bool(f.get("in_figcaption") or "caption" in f.get("own_roles", ())
                or f.get("in_figure") and not f.get("in_quote") and len(b.text.split()) <= 60)
