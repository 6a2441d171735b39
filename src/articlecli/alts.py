"""Pictures in page dumps, found by how a dump prints them: an image's alt text and its caption printed twice in a
row, the alt text on the line right over its caption, a linked story's card (its headline, a label, the headline
again) and a video's (its title with the player's label, the title again, its description). Passes over the blocks
before the region is labelled (the glued alt text after it); each sets its labels with the reason.
"""
from __future__ import annotations

from .bylines import CARD_HEADLINE_WORDS
from .captions import COUNTER_REASON, CREDITED_CAPTION_WORDS, caption_after_alt, gallery_counter
from .model import Block, Label
from .teasers import LONG, is_para
from .textutil import ends_sentence, words
from .title import REPEAT

DROPPED_GAP = 6      # blocks the output drops (bylines, repeats, fragments) looked past for the paragraph before


def _dropped_between(b: Block) -> bool:
    """A caption, a line set aside as a repeat of an earlier one or furniture printed inside the article (an ad
    label, a link in capitals): the text output drops it wherever it stands. (A widget's label, 'Share', is a wall
    the passes below read as such.)"""
    f = b.features
    return b.label is Label.caption or b.label is None and (f.get("chrome") == REPEAT or bool(f.get("inline")))


DOUBLED_GAP = 4      # blocks between a line and its second copy at most: a gallery's number, captions


def doubled_captions(blocks: list[Block]) -> None:
    """A short line of a text dump printed twice in a row between two paragraphs ('Jarrad Branthwaite (FC
    Everton) jubelt nach seinem Treffer …'): an image's alt text, then its caption. (After teasers.mark:
    a teaser card's headline is printed twice too, then its summary and byline.)"""
    for i in range(1, len(blocks) - 2):
        b, t = blocks[i], i + 1
        counter = blocks[t] if gallery_counter(blocks[t]) and i + 3 < len(blocks) else None
        if counter is not None:
            t += 1                                 # ('… together since their teens' / '2' / the same line)
        while t + 2 < len(blocks) and t < i + DOUBLED_GAP and _dropped_between(blocks[t]) and blocks[t].text != b.text:
            t += 1                                 # (past a caption or a repeat of another line between the copies:
            #                                        the text output drops it)
        twin = blocks[t]
        if b.text != twin.text or b.label is not None or twin.label is not None or b.features.get("html") \
                or b.features.get("teaser") or twin.features.get("teaser") or b.features["words"] > CREDITED_CAPTION_WORDS \
                or not any(c.isalpha() for c in b.text):
            continue                               # (a caption says something in words: '.' or '0?' twice is no alt text
            #                                        and caption)
        k = t + 1
        while k + 1 < min(len(blocks), t + 1 + DROPPED_GAP) and _dropped_between(blocks[k]):
            k += 1                                 # (past another caption: the text output drops it)
        p = i - 1
        while p > max(0, i - 1 - DROPPED_GAP) and _dropped_between(blocks[p]):
            p -= 1                                 # (and before: a caption or a repeat above the copies)
        around = (blocks[p], blocks[k])
        if any(x.label is not None or x.features.get("teaser") or x.features.get("chrome") for x in around):
            if b.features["sentence"] and b.features["words"] >= TWICE_SENTENCE_WORDS \
                    and _text_follows(blocks, t + 1):
                # ('Adriane Burnett reads to her son … April 14, 2024.' twice between the byline and 'Share')
                caption_after_alt(twin, b.text, None, "a sentence printed twice, the text after it: an image's alt "
                                  "text and its caption", [b])
            continue
        body = [x.features["words"] >= LONG and x.features["sentence"] for x in around]
        if all(body):
            why = "printed twice between two paragraphs: an image's alt text and its caption"
        elif any(body) and b.features["sentence"]:     # (a headline printed twice has no full stop)
            why = "a sentence printed twice beside a paragraph: an image's alt text and its caption"
        elif any(body) and counter is not None:         # (nor an image's number between its copies)
            why = "printed twice around a gallery's image number, beside a paragraph: an image's alt text and caption"
        else:
            continue
        caption_after_alt(twin, b.text, None, why, [b])
        if counter is not None:
            counter.set(Label.chrome, COUNTER_REASON)


CARD_LABEL_WORDS = 4    # words of the label under a linked story's headline at most ('Frétt af mbl.is')


def linked_story_cards(blocks: list[Block]) -> None:
    """A card linking another story, printed inside the text: its headline, a short label glued under it (no blank
    line between: 'Frétt af mbl.is'), and the headline again, between two paragraphs. A headline printed twice
    around a label is no caption (an image's alt text and caption say the same once each, with nothing between)."""
    for i in range(1, len(blocks) - 3):
        b, tag, again = blocks[i], blocks[i + 1], blocks[i + 2]
        if again.text != b.text or tag.line != b.line + 1 or b.label is not None or tag.label is not None \
                or b.features.get("html") or b.features["sentence"] or tag.features["sentence"] \
                or tag.features["words"] > CARD_LABEL_WORDS or not 2 <= b.features["words"] <= CARD_HEADLINE_WORDS:
            continue
        if is_para(blocks[i - 1]) and is_para(blocks[i + 3]):
            for x in (b, tag, again):
                x.set(Label.chrome, f"a card linking another story inside the text: its headline, the label "
                                    f"'{tag.text}' and the headline again")


VIDEO_LABEL = " Video"
VIDEO_NOTE_WORDS = 60   # words of a video's description under its title at most


def video_cards(blocks: list[Block]) -> None:
    """A video's card printed in a page dump: its title with the player's label glued on, the title again, then one
    sentence that says what the video shows ('Why the China threat is growing … Video' / 'Why the China threat is
    growing …' / 'The Heritage Foundation's Michael Pillsbury discusses …'): the video's, not the text's. (The title
    and its copy are left to the passes after: a headline, a repeat.)"""
    for i in range(len(blocks) - 2):
        a, b, note = blocks[i], blocks[i + 1], blocks[i + 2]
        if not a.text.endswith(VIDEO_LABEL) or a.text[:-len(VIDEO_LABEL)].rstrip() != b.text \
                or b.features["words"] < 3 or a.features.get("html") or note.label is not None:
            continue
        if note.features["sentence"] and note.features["words"] <= VIDEO_NOTE_WORDS:
            note.set(Label.chrome, f"the description of the video '{b.text}' under its title")


ALT_WORDS = 6        # words of an image's alt text printed on the line over its caption at most ('meghan markle')


def says_all_words(line: str, caption: str) -> set[str] | None:
    """The words of `line` when `caption` says every one of them (casefolded), else None: a picture's alt text
    over its caption ('Schriftsteller Mario Vargas Llosa' / 'Mario Vargas Llosa, peruanischer Schriftsteller …')."""
    said = set(words(line.casefold()))
    return said if said <= set(words(caption.casefold())) else None


def alts_over_captions(blocks: list[Block]) -> None:
    """A short line right over a caption (the next line, no blank line between) whose words the caption all says,
    in lowercase or as the caption's first words, is the image's alt text ('meghan markle' / 'Meghan Markle
    reportedly hissed at a staff member … (Image: Getty)'). Its words tell it in any dump; in a dump with blank
    lines between its blocks, alts_glued_to_captions takes any short line glued over a caption."""
    for a, c in zip(blocks, blocks[1:]):
        if c.label is not Label.caption or a.label is not None or c.line != a.line + 1 or a.features.get("html") \
                or ends_sentence(a.text):
            continue
        alt = says_all_words(a.text, c.text)
        if alt and len(alt) <= ALT_WORDS \
                and (a.text.islower() or c.text.casefold().startswith(a.text.strip().casefold())):
            # (a slug in lowercase, or the caption's first words: a subheading over a caption is neither)
            a.set(Label.chrome, "the image's alt text, on the line over its caption, which says all its words")


GLUED_ALT_WORDS = 25   # words of a line glued over a caption at most: the picture's alt text


def alts_glued_to_captions(blocks: list[Block]) -> None:
    """In a dump that sets a blank line between its blocks, a short line on the line right over a caption (no
    blank line between: one element) is the same picture's alt text, not a subheading or a paragraph ('Russland
    Kandidatin Yekaterina Duntsova' / 'Wollte gegen Putin antreten, wurde aber …')."""
    glued = sum(1 for a, b in zip(blocks, blocks[1:]) if b.line == a.line + 1)
    if 2 * glued >= len(blocks):
        return               # (a dump without blank lines: every line stands right over the next)
    for a, c in zip(blocks, blocks[1:]):
        if c.label is Label.caption and c.line == a.line + 1 and a.label in (Label.heading, Label.paragraph) \
                and a.features["words"] <= GLUED_ALT_WORDS:
            a.set(Label.chrome, "the picture's alt text: on the line right over its caption, with no blank line "
                                "between (one element of the page)")
            c.alt = c.alt or a.text


TWICE_SENTENCE_WORDS = 6   # words of a sentence printed twice in a row, among widgets, that is a caption at least


def _text_follows(blocks: list[Block], j: int, window: int = 6) -> bool:
    """A long paragraph within `window` blocks from `j`, past widget labels and labelled blocks."""
    for x in blocks[j:j + window]:
        if x.label is None and not x.features.get("chrome") and not x.features.get("teaser"):
            if x.features["words"] >= LONG and x.features["sentence"]:
                return True
            if x.features["words"] > 3:
                return False
    return False
