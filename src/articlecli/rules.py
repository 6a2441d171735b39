"""Rules as data: the bundled `rules/*.toml` plus user files, compiled once into a `Rules` object."""
from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .errors import ArticleError
from .textutil import head_key, norm_key

BUNDLED = ("vi.toml", "en.toml", "multi.toml")


_CREDIT_PARTS = re.compile(r"[/|]| via ")      # (the parts are stripped: no \s* around, which backtracks)
GALLERY_BUTTON_CHARS = 40   # a gallery's button is a short line
LABEL_ROW = 3               # one-word widget labels in a line that make it a row of them (a share bar)
_ROW_SEPARATORS = ",.|·•/"
TOPIC_WORDS = 4             # words of the topic before a box header at most ('Politics & Government Latest Articles')
HEADER_WORDS = 3            # words of that box header at most
LABEL_ROW_ENTRIES = 4       # whole labels and box headers glued in one line at most ('Zur Startseite Kommentare')
LABEL_ENTRY_WORDS = 4       # words of one such entry at most
COUNT_DIGITS = 4            # digits of a count before a box header at most ('12 Kommentare')
GLUED_LABEL_CHARS = 60      # a row of widget labels printed without spaces is short ('TeilenMerkenDrucken')
WIDGET_TAIL_WORDS = 3       # words of a widget label glued after a name at most ('Tips meg', 'Share this')


def alternation(words: list[str]) -> str:
    """Join phrases into one regex group; refuse an empty group (it would match everything)."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return r"(?!x)x"
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


@dataclass(frozen=True)
class Rules:
    chrome_headers: frozenset[str]
    chrome_lines: frozenset[str]
    chrome_line_ends: frozenset[str]     # their last words (a cheap first test for a label glued after a name)
    chrome_prefixes: tuple[str, ...]
    open_header_re: re.Pattern | None   # a box header that names its topic: 'More from Politics', 'Mehr aus Thüringen'
    credit_re: re.Pattern            # an inline credit marker: "Ảnh: ", "(Photo: "
    glued_credit_re: re.Pattern      # the same glued to the caption: "…World CupCredit: PA"
    credit_words: tuple[str, ...]    # the markers casefolded, longest first: what must end the text before a colon
    credit_not_after: frozenset[str] # "Trong ảnh:" is caption text ("in the photo"), not a credit
    credit_next_re: re.Pattern | None  # a word opening the next sentence where a credit runs on into it ('Ông', 'The')
    credit_tail_re: re.Pattern | None  # a credit up to its closing words: 'Bệnh viện cung cấp' (provided by the hospital)
    known_credit_re: re.Pattern | None  # agencies and platforms, one or a list: 'Reuters, AFP', 'FPT Play', 'K+'
    caption_credit_re: re.Pattern    # inside a caption element: any credit label, the credit runs to the end
    line_credit_re: re.Pattern       # a line that is only a source/credit: "Nguồn: X"
    standalone_captions: frozenset[str]
    caption_openers: tuple[str, ...]  # a sentence that is a caption by its first words ("Diễn biến chính trận …")
    standalone_phrases: tuple[str, ...]  # the standalone captions as written, for run-on text ('Ảnh minh họa')
    standalone_re: re.Pattern | None     # any of them (one scan of a block for all)
    image_mark_re: re.Pattern        # words only an image's caption says: "(Archivbild)", "(l.)", "(trái)"
    image_form_re: re.Pattern        # forms only a caption has (caption.image_mark_patterns): '…担当者＝１３日午後…'
    image_alt_re: re.Pattern | None  # "<alt> ảnh N <caption>"
    image_num_re: re.Pattern | None  # " ảnh 2 ": the cheap search that must hit before image_alt_re is tried
    source_re: re.Pattern            # "Theo TTXVN", "(Theo VTC news)"
    agencies: frozenset[str]
    lowercase_agencies: frozenset[str]   # the agencies written in lowercase ('dpa', 'epd'): credit words all the same
    byline_prefix_re: re.Pattern
    author_labels: tuple[str, ...]   # casefolded: 'autorin/autor ', 'author:' (a metadata box's author line)
    author_photo_suffixes: tuple[str, ...]   # '{name}の写真': the alt text of the author's photo over the name
    role_suffix_re: re.Pattern
    role_nouns: frozenset[str]       # "Reporter", "Korrespondentin": a byline ends in the author's role
    site_prefix_re: re.Pattern | None
    # words with a stop inside that are no glued boundary: 'Dr.Win' (the title before it), 'Canada.Com' (the ending)
    abbreviations: frozenset[str]
    domains: frozenset[str]
    html_tokens: dict[str, frozenset[str]] = field(default_factory=dict)   # role → class/id tokens
    hidden_classes: frozenset[str] = frozenset()   # casefolded class words that hide an element ('d-none')
    in_article: frozenset[str] = frozenset()   # 'Anzeige', 'Back to video': chrome printed inside the article
    in_article_form_re: re.Pattern | None = None   # lines that are furniture by their form: '0.5x', '5 min read'
    sentence_form_re: re.Pattern | None = None     # … as long as a paragraph: 'Follow X on Google News and add us …'
    endings: tuple[str, ...] = ()                  # … by the words closing them: '… contributed to this report.'
    image_file_re: re.Pattern | None = None        # an image printed as its file name: 'AFP_48KT7NQ.jpg'
    learned: dict[str, str] = field(default_factory=dict)   # normalised block → reason (from `convert --save-rules`)
    sources: tuple[str, ...] = ()
    profiles: dict[str, dict] = field(default_factory=dict)  # host → site profile ([[profile]] tables)
    prefix_heads: frozenset[str] = frozenset()               # the first 3 characters of every chrome prefix
    inline_residue_re: re.Pattern | None = None              # "(opens in a new window)" inside sentences
    photo_agencies: frozenset[str] = frozenset()             # casefolded: "getty images", "afp", "dpa"
    glued_button_re: re.Pattern | None = None               # a gallery's button glued at the end of a line
    in_article_prefixes: tuple[str, ...] = ()               # notices printed inside the article (privacy
    # placeholders of embeds): chrome, no wall (normalised; chrome prefixes too)
    summary_notices: tuple[str, ...] = ()                    # 'Diese Zusammenfassung wurde künstlich erzeugt': a
    # machine-made summary of the article stands next to it (normalised; chrome prefixes too)
    fact_box_openers: tuple[str, ...] = ()                   # 'Fakta om': the title of a fact box (normalised)
    paywall_notices: tuple[str, ...] = ()                    # 'This content is reserved for subscribers': a
    # paywall's offer printed inside the article (normalised; chrome prefixes too)
    signup_notices: tuple[str, ...] = ()                     # 'By providing your email address': a newsletter's
    # sign-up form, its box's title and blurb above it (normalised; chrome prefixes too)
    byline_words: frozenset[str] = frozenset()              # the byline prefixes alone, casefolded: 'by', 'von:'
    cut_notices: tuple[str, ...] = ()                        # 'Il vous reste 57% de cet article à lire': the page
    # prints no more of the article after it (normalised; chrome prefixes too)
    photo_agency_words: frozenset[str] = frozenset()         # their first words, casefolded (a cheap first test)
    photo_only: frozenset[str] = frozenset()                 # casefolded: agencies that only take photos (getty)
    photo_agency_longest: int = 0                            # characters (casefolding never shortens text)
    credit_lead_re: re.Pattern | None = None                 # '(Courtesy of X)': words that make the name after them a credit
    label_words: frozenset[str] = frozenset()                # the one-word widget labels of chrome.lines ('share', 'linkedin')
    label_starts: frozenset[str] = frozenset()               # the first words of all chrome.lines and chrome.headers
    gallery_button_re: re.Pattern | None = None              # 'View 3 Images': the line after it is the image's caption
    reading_time_re: re.Pattern | None = None                # '2 minutes read', '5 Min. Lesezeit' inside a line

    def photo_credit(self, text: str) -> str | None:
        """'Mike Marsland/Getty Images', 'BERTRAND GUAY / AFP', 'Anadolu via Getty Images', 'Francesco Carta
        Fotografo | Moment | Getty Images': a line that is a photographer and an agency, and nothing else (a lone
        'AFP', or 'TTXVN/Vietnam+', closing an article is its source; 'Ngọc Lan (TTXVN/Vietnam+)' is its byline)."""
        t = text.strip().removeprefix("©").strip(" ()")
        if len(t) > 80 or ":" in t or t[-1:] in ".!?…" or "/" not in t and "|" not in t and " via " not in t:
            return None
        if "(" in t:                 # 'Ngọc Lan (TTXVN/Vietnam+)': a name, and two news agencies as its source
            inner = [p.strip() for p in _CREDIT_PARTS.split(t.split("(", 1)[1])]
            if len(inner) >= 2 and all(self.is_photo_agency(p) and p.casefold() not in self.photo_only for p in inner):
                return None
        parts = [p.strip() for p in _CREDIT_PARTS.split(t)]
        agency = [self.is_photo_agency(p) for p in parts]
        # (two news agencies, 'TTXVN/Vietnam+', are a source line; with a photo agency, 'Getty Images/Sipa USA',
        # a credit)
        if 2 <= len(parts) <= 4 and all(p and len(p.split()) <= 5 for p in parts) and any(agency) \
                and (" via " in t or not all(agency) or any(p.casefold() in self.photo_only for p in parts)):
            return t
        return None

    def is_gallery_button(self, text: str) -> bool:
        """'View 3 Images' (rules: caption.gallery_buttons; a short line, tested before the patterns are tried)."""
        return len(text) <= GALLERY_BUTTON_CHARS and self.gallery_button_re is not None \
            and self.gallery_button_re.match(text) is not None

    def glued_gallery_button(self, text: str) -> int | None:
        """Where a gallery's button glued after an image's alt text starts ('Trump als Jesus. Der US-Präsident
        teilte dieses Foto. Vergrößern des Bildes'), or None."""
        if self.glued_button_re is None or len(text) < GALLERY_BUTTON_CHARS // 2 or text[-1] in ".!?…:;,\"”»)":
            return None                                   # (most lines end a sentence: one look at the last character)
        tail = text[-GALLERY_BUTTON_CHARS:]
        m = self.glued_button_re.search(tail)
        return len(text) - len(tail) + m.start() if m and m.start() > 0 else None

    def is_role_word(self, text: str) -> bool:
        """'Tổng hợp', '(Lược dịch)': the whole text is a byline's role word, with no name before it."""
        m = self.role_suffix_re.search(text) if len(text) <= 30 else None
        return m is not None and m.start() == 0

    def is_photo_agency(self, text: str) -> bool:
        """'Getty Images', 'AFP': the whole text is a photo agency (without casefolding every long paragraph)."""
        return len(text) <= self.photo_agency_longest and text.casefold() in self.photo_agencies

    def framed_credit(self, text: str) -> tuple[str, str] | None:
        """'Getty Images Heads of state gathered in Washington. Getty Images': an image's credit printed on
        both sides of its caption (BBC page dumps). Returns (caption, credit)."""
        if text[:text.find(" ")].casefold() not in self.photo_agency_words:
            return None
        words = text.split()
        for n in (1, 2, 3):
            if len(words) > 2 * n + 2 and words[:n] == words[-n:] \
                    and self.is_photo_agency(" ".join(words[:n])):
                return " ".join(words[n:-n]), " ".join(words[:n])
        return None

    def strip_residue(self, text: str) -> tuple[str, list[str]]:
        """Remove the inline residue phrases (screen-reader link notes) from the text; the fix, if any."""
        if self.inline_residue_re is None or not self.inline_residue_re.search(text):
            return text, []
        text, removed = self.inline_residue_re.subn("", text)
        return text, [f"{removed} inline link note(s) removed (rules: residue.inline)"]

    def profile_for(self, host: str | None) -> dict:
        """The site profile whose host is `host` or a parent domain of it ({} when none)."""
        while host:
            if host in self.profiles:
                return self.profiles[host]
            host = host.partition(".")[2] if "." in host else ""
        return {}

    def _open_header(self, text: str, key: str) -> bool:
        return self.open_header_re is not None and text.rstrip()[-1:] not in ":.!?" \
            and self.open_header_re.match(key) is not None

    def _topic_header(self, text: str, key: str) -> bool:
        """'Politics & Government Latest Articles': a topic of one to four words, then a box header of two words
        or more (rules: chrome.headers), every word capitalised as a box's title is ('Die Entscheidung fällt in
        Kürze' is a subheading)."""
        words = key.split()
        if not 3 <= len(words) <= TOPIC_WORDS + HEADER_WORDS or text.rstrip()[-1:] in ":.!?" \
                or not all(w[:1].isupper() or not w[:1].isalpha() for w in text.split()):
            return False
        return any(" ".join(words[-k:]) in self.chrome_headers for k in range(2, min(HEADER_WORDS, len(words) - 1) + 1))

    def chrome_match(self, text: str, key: str | None = None) -> tuple[str, str] | None:
        """(kind, reason) of a chrome line: kind 'header' (a box header), 'line' (a widget label), 'inline' (an ad
        or player label, or furniture by its form: printed inside the article) or 'prefix'. The first list that
        has the line decides, in that order."""
        key = key if key is not None else norm_key(text)
        if key in self.chrome_headers or key[:1].isdigit() and _counted(key) in self.chrome_headers:
            kind, why = "header", "box header '{}' (rules: chrome.headers)"    # (or with its count: '12 Kommentare')
        elif self._open_header(text, key):
            kind, why = "header", "box header naming its topic '{}' (rules: chrome.open_headers)"
        elif self._topic_header(text, key):
            kind, why = "header", "box header after its topic '{}' (rules: chrome.headers)"
        elif key in self.chrome_lines:
            kind, why = "line", "widget label '{}' (rules: chrome.lines)"
        elif row := self._label_row(key):
            kind, why = row, "labels and box headers glued in one line '{}' (rules: chrome.lines, chrome.headers)"
        elif text.isalpha() and (split := _unglue(text)) \
                and (row := self._labels_only(split.split(), 0, LABEL_ROW_ENTRIES)):     # (isalpha: most lines, in C)
            kind, why = row, "widget labels printed without spaces '{}' (rules: chrome.lines, chrome.headers)"
        elif self._in_article_label(key):
            kind, why = "inline", "ad or player label '{}' printed inside the article (rules: chrome.in_article)"
        elif form := self.form_reason(text):
            return "inline", form
        elif self.is_image_file(text):
            kind, why = "inline", "an image printed as its file name '{}' (rules: chrome.image_files)"
        else:
            reason = self._prefix(key) if self._may_prefix(key[:3]) else None
            return (self.prefix_kind(key), reason) if reason else None
        return kind, why.format(text.strip()[:40])

    def without_widget_tail(self, text: str) -> str:
        """The text without a widget label glued after it ('Tuva Mathilde Løland Tips meg' → 'Tuva Mathilde
        Løland', rules: chrome.lines): a label of up to WIDGET_TAIL_WORDS words, with words before it."""
        words = text.split()
        if len(words) < 2 or norm_key(words[-1]) not in self.chrome_line_ends:
            return text
        for n in range(min(WIDGET_TAIL_WORDS, len(words) - 1), 0, -1):
            if norm_key(" ".join(words[-n:])) in self.chrome_lines:
                return " ".join(words[:-n])
        return text

    def form_reason(self, text: str, short: bool = True) -> str | None:
        """A line that is furniture by its form, wherever it stands: a short line of the form of
        chrome.in_article_patterns, a line of any length of chrome.sentence_patterns, or one closed by a phrase
        of chrome.endings, as written, after a space ('… contributed to this report.')."""
        t = text.strip()
        if short and self.in_article_form_re is not None and self.in_article_form_re.match(t):
            key = "in_article_patterns"
        elif self.sentence_form_re is not None and self.sentence_form_re.match(t):
            key = "sentence_patterns"
        elif self.endings and (tail := t[-ENDING_CHARS:].casefold()).endswith(self.endings) \
                and any(tail.endswith(e) and (len(t) == len(e) or tail[-len(e) - 1] == " ") for e in self.endings):
            # (one look at the tail for all the phrases first; then the one that matched must follow a space)
            key = "endings"
        else:
            return None
        return f"page furniture by its form '{t[:40]}' (rules: chrome.{key})"

    def is_image_file(self, text: str) -> bool:
        return self.image_file_re is not None and self.image_file_re.match(text.strip()) is not None

    def chrome_reason(self, text: str, key: str | None = None) -> str | None:
        match = self.chrome_match(text, key)
        return match[1] if match else None

    def _label_row(self, key: str) -> str | None:
        """Labels glued in one line, whole entries of chrome.lines and chrome.headers ('Zur Startseite Kommentare',
        'Lesen Sie mehr zum Thema': a box header when the last is one), or a share bar ('Facebook X LinkedIn Tumblr
        Pinterest WhatsApp Telegram Share via Email Print': three or more one-word labels of chrome.lines and at
        most one other word for every two of them): the kind, 'header' or 'line'."""
        row = key.split()
        if len(row) >= 2 and row[0] in self.label_starts:
            kind = self._labels_only(row, 0, LABEL_ROW_ENTRIES)
            if kind:
                return kind
        if len(row) < LABEL_ROW or self.label_words.isdisjoint(row):
            return None                              # (most lines: no label word at all)
        row = [w for w in (w.strip(_ROW_SEPARATORS) for w in row) if w and not w.isdigit()]
        # ('Facebook | X | Email'; the share counts beside the labels, 'Facebook 0 Twitter 0 LinkedIn', are no words)
        labels = sum(w in self.label_words for w in row)
        return "line" if labels >= LABEL_ROW and 2 * (len(row) - labels) <= labels else None

    def _labels_only(self, row: list[str], at: int, left: int) -> str | None:
        """If row[at:] is a sequence of at most `left` chrome.lines and chrome.headers entries (longest first):
        the kind of its last entry, 'header' or 'line'."""
        if left == 0:
            return None
        for end in range(min(len(row), at + LABEL_ENTRY_WORDS), at, -1):
            part = " ".join(row[at:end])
            if part in self.chrome_headers or part in self.chrome_lines:
                last = ("header" if part in self.chrome_headers else "line") if end == len(row) \
                    else self._labels_only(row, end, left - 1)
                if last:
                    return last
        return None

    def _in_article_label(self, key: str) -> bool:
        """'Anzeige', 'Advertisement 2' (a numbered ad slot): a label of the rules' chrome.in_article."""
        return key in self.in_article or key[-1:].isdigit() and key.rstrip("0123456789 ") in self.in_article

    def prefix_reason(self, text: str) -> str | None:
        """A long block that opens with a chrome prefix (paywall and account notices run long)."""
        if not self._may_prefix(text[:3].casefold()):
            return None                              # (most blocks: a few set lookups)
        return self._prefix(head_key(text))

    def prefix_kind(self, key: str) -> str:
        """'inline' for a notice printed inside the article (rules: chrome.in_article_prefixes), else 'prefix'."""
        return "inline" if self.in_article_prefixes and key.startswith(self.in_article_prefixes) else "prefix"

    def is_paywall_notice(self, text: str) -> bool:
        """'This content is reserved for subscribers only', 'Sign In or Create an Account' (rules:
        chrome.paywall_notices)."""
        return _opens(text, self.paywall_notices)

    def is_signup_notice(self, text: str) -> bool:
        """'By providing your email address', 'Mit meiner Anmeldung zum Newsletter' (rules: chrome.signup_notices)."""
        return _opens(text, self.signup_notices)

    def is_cut_notice(self, text: str) -> bool:
        """'Il vous reste 57.09% de cet article à lire', 'La suite est réservée aux abonnés' (rules:
        chrome.cut_notices)."""
        return _opens(text, self.cut_notices)

    def is_summary_notice(self, text: str) -> bool:
        """'Diese Zusammenfassung wurde künstlich erzeugt', 'Key Points' (rules: chrome.summary_notices)."""
        return _opens(text, self.summary_notices)

    def opens_with_byline_word(self, text: str) -> bool:
        """'By TPN, in News, …', 'Von Anna Berger': the first word is a byline prefix (rules: byline.prefixes)."""
        first = text.split(maxsplit=1)[:1]
        return bool(first) and first[0].casefold() in self.byline_words

    def _may_prefix(self, head: str) -> bool:
        """The first three characters of a line (casefolded) can start a chrome prefix."""
        return head in self.prefix_heads or head[:2] in self.prefix_heads or head[:1] in self.prefix_heads

    def _prefix(self, key: str) -> str | None:
        if key.startswith(self.chrome_prefixes):
            p = next(p for p in self.chrome_prefixes if key.startswith(p))
            lists = (("in_article_prefixes", self.in_article_prefixes), ("cut_notices", self.cut_notices),
                     ("summary_notices", self.summary_notices), ("signup_notices", self.signup_notices),
                     ("paywall_notices", self.paywall_notices))
            return f"starts with '{p}' (rules: chrome.{next((n for n, ps in lists if p in ps), 'prefixes')})"
        return None

    def learned_reason(self, text: str, extra: dict[str, str] | None = None, key: str | None = None) -> str | None:
        key = key if key is not None else norm_key(text)
        return (extra or {}).get(key) or self.learned.get(key)


ENDING_CHARS = 60    # characters at the end of a line looked at for chrome.endings (a longer phrase is never met)


def _counted(key: str) -> str:
    """The key without the count before it ('12 kommentare' -> 'kommentare'); '' for no count."""
    count, _, rest = key.partition(" ")
    return rest if count.isdigit() and len(count) <= COUNT_DIGITS else ""


def _unglue(text: str) -> str | None:
    """The key of a short line of words glued without any space, split where a small letter meets a capital
    ('KommentareDruckenTeilen' -> 'kommentare drucken teilen'); None for a line with no such join."""
    t = text.strip()
    if len(t) > GLUED_LABEL_CHARS or not t.isalpha() or t[1:].islower() or t.isupper() \
            or not any(a.islower() and b.isupper() for a, b in zip(t, t[1:])):
        return None                   # (one token of letters, a capital inside: labels run together have no space)
    return norm_key("".join(c + " " if c.islower() and n.isupper() else c for c, n in zip(t, t[1:] + " ")))


def _whole_line(patterns: list[str]) -> re.Pattern | None:
    """One case-insensitive regex matching a whole line of any of the patterns (anchored: only ever tried on a whole
    line, and a search over a long text stays linear); None for no patterns."""
    return re.compile(rf"^(?:{'|'.join(patterns)})\Z", re.IGNORECASE) if patterns else None


def _opens(text: str, phrases: tuple[str, ...]) -> bool:
    """The text opens with one of the (normalised) phrases of a notice list."""
    return bool(phrases) and head_key(text).startswith(phrases)


@lru_cache(maxsize=8)
def load(extra: tuple[str, ...] = ()) -> Rules:
    """Bundled rules plus the user's files, merged (lists are concatenated)."""
    tables: list[dict] = []
    pkg = Path(__file__).resolve().parent / "rules"
    for name in BUNDLED:
        tables.append(tomllib.loads((pkg / name).read_text("utf-8")))
    for path in extra:
        try:
            tables.append(tomllib.loads(Path(path).read_text("utf-8")))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ArticleError(f"cannot read rules file ({e})", path) from None
    return _compile(tables, BUNDLED + extra)


def _gather(tables: list[dict], section: str, key: str) -> list[str]:
    out: list[str] = []
    for t in tables:
        value = t.get(section, {}).get(key, [])
        out.extend([value] if isinstance(value, str) else value)
    return [unicodedata.normalize("NFC", v) for v in out if v]


def _compile(tables: list[dict], names: tuple[str, ...]) -> Rules:
    g = lambda s, k: _gather(tables, s, k)  # noqa: E731
    markers = alternation(g("caption", "credit_markers"))
    image_words = g("caption", "image_word")
    learned: dict[str, str] = {}
    for t in tables:
        for entry in t.get("learned", {}).get("blocks", []):
            learned[norm_key(unicodedata.normalize("NFC", entry["text"]))] = "learned boilerplate: " + entry.get("reason", "rules file")
    sources = g("byline", "source_prefixes")
    photo_agencies = g("byline", "agencies") + g("caption", "photo_agencies")    # (news agencies take photos too)
    buttons = g("caption", "gallery_buttons")
    reading = g("chrome", "reading_times")
    # (a gallery's button and a reading time alone on a line are furniture inside the article; a page may print
    # the reading time twice, for two layouts: 'Lecture 4 min. Lecture 4 min.')
    lines = [norm_key(x) for x in g("chrome", "lines")]
    # (summary, sign-up and in-article notices are chrome prefixes too: one list of every prefix)
    prefixes = [norm_key(x) for x in g("chrome", "prefixes") + g("chrome", "summary_notices")
                + g("chrome", "signup_notices") + g("chrome", "cut_notices") + g("chrome", "in_article_prefixes")
                + g("chrome", "paywall_notices")]
    forms = g("chrome", "in_article_patterns") + [rf"(?:{r})\.?(?: (?:{r})\.?)?" for r in reading] + buttons
    files = g("chrome", "image_files")
    by_prefixes = g("byline", "prefixes") + g("byline", "author_labels")    # (an author label is a byline's prefix)
    # (the standalone captions as written, for run-on text; 'Ảnh: Internet' is a credit's form there)
    standalone = [unicodedata.normalize("NFC", x) for x in g("caption", "standalone") if ":" not in x]
    return Rules(
        chrome_headers=frozenset(norm_key(x) for x in g("chrome", "headers")),
        chrome_lines=frozenset(lines),
        chrome_line_ends=frozenset(k.rsplit(" ", 1)[-1] for k in lines),
        label_words=frozenset(k for k in lines if k and " " not in k),
        label_starts=frozenset(k.split()[0] for k in lines + [norm_key(x) for x in g("chrome", "headers")] if k),
        in_article=frozenset(norm_key(x) for x in g("chrome", "in_article")),
        in_article_form_re=_whole_line(forms),
        sentence_form_re=_whole_line(g("chrome", "sentence_patterns")),
        endings=tuple(e.casefold() for e in g("chrome", "endings") if len(e) < ENDING_CHARS),
        image_file_re=_whole_line(files),
        chrome_prefixes=tuple(prefixes),
        in_article_prefixes=tuple(norm_key(x) for x in g("chrome", "in_article_prefixes")),
        summary_notices=tuple(norm_key(x) for x in g("chrome", "summary_notices")),
        signup_notices=tuple(norm_key(x) for x in g("chrome", "signup_notices")),
        paywall_notices=tuple(norm_key(x) for x in g("chrome", "paywall_notices")),
        cut_notices=tuple(norm_key(x) for x in g("chrome", "cut_notices")),
        fact_box_openers=tuple(norm_key(x) for x in g("chrome", "fact_box_openers")),
        # (the topic: one to four words, and no colon or sentence end after it: 'More from NBC's TODAY:' opens a quote)
        open_header_re=(re.compile(rf"^(?:{alternation([norm_key(x) for x in g('chrome', 'open_headers')])}) \S+(?: \S+){{0,3}}$")
                        if g("chrome", "open_headers") else None),
        credit_re=re.compile(rf"(?P<open>\(\s*)?\b(?P<marker>{markers})\s*(?:\d+\s*)?:\s*", re.IGNORECASE),
        # a capitalised label glued to the caption's last word, as page dumps join a figcaption's spans
        glued_credit_re=re.compile(rf"(?<=[^\W\d_])(?P<open>)(?P<marker>{markers})\s*:\s*"),   # (after a lowercase letter)
        credit_words=tuple(sorted({m.casefold() for m in g("caption", "credit_markers")}, key=len, reverse=True)),
        credit_not_after=frozenset(g("caption", "not_after")),
        credit_next_re=(re.compile(rf"(?:{alternation(g('caption', 'next_openers'))})(?![^\W_])")
                        if g("caption", "next_openers") else None),
        known_credit_re=(re.compile(rf"(?:{alternation(photo_agencies)})(?: ?[,/&] ?(?:{alternation(photo_agencies)}))*"
                                    r"(?![\w+])", re.IGNORECASE) if photo_agencies else None),
        # (up to four words of 30 characters at most before the closing words, none of them ending a sentence or
        # a clause: bounded, so a search is linear on any line; the closing words in any case: 'Tư liệu')
        credit_tail_re=(re.compile(rf"(?:[^\s.!?…:;,]{{1,30}} ){{0,4}}?(?i:{alternation(g('caption', 'credit_tails'))})"
                                   r"(?![^\W_])") if g("caption", "credit_tails") else None),
        # (inside a caption element a capitalised marker may be glued to the text: "…World CupCredit: PA")
        caption_credit_re=re.compile(
            rf"(?P<open>\(\s*)?(?<![\d_])(?:{alternation(g('caption', 'credit_markers') + g('caption', 'line_credit_markers'))})"
            r"\s*:\s*"),
        line_credit_re=re.compile(rf"^\(?(?:{alternation(g('caption', 'line_credit_markers'))})\s*:\s*\S.{{0,80}}$"),
        standalone_captions=frozenset(norm_key(x) for x in g("caption", "standalone")),
        caption_openers=tuple(unicodedata.normalize("NFC", x) + " " for x in g("caption", "openers")),
        standalone_phrases=tuple(standalone),
        standalone_re=re.compile(alternation(standalone)) if standalone else None,
        image_mark_re=re.compile(alternation(g("caption", "image_marks"))),   # (one scan, not one per mark)
        # (whole forms: a Japanese caption's '＝' and when and where; a regex of their own, as joined to the
        # marks' alternation they cost its fast scan, 4 → 35 µs an article)
        image_form_re=re.compile("|".join(f"(?:{p})" for p in g("caption", "image_mark_patterns")) or r"(?!x)x"),
        gallery_button_re=_whole_line(buttons),
        glued_button_re=(re.compile(rf"(?<= )(?:{'|'.join(buttons)})\Z", re.IGNORECASE) if buttons else None),
        reading_time_re=(re.compile(rf"\b(?:{'|'.join(reading)})\b", re.IGNORECASE) if reading else None),
        credit_lead_re=(re.compile(rf"^(?:{alternation(g('caption', 'credit_leads'))})\s+", re.IGNORECASE)
                        if g("caption", "credit_leads") else None),
        image_num_re=(re.compile(rf" {alternation(image_words)} \d{{1,3}} ") if image_words else None),
        image_alt_re=(re.compile(rf"^(?P<alt>.{{12,400}}?) {alternation(image_words)} (?P<n>\d{{1,3}}) (?P<caption>\S.*)$")
                      if image_words else None),
        source_re=re.compile(rf"^\(?\s*(?:{alternation(sources)})\s+(?P<src>[^,;:]{{2,60}}?)\s*\)?\.?$"),
        agencies=frozenset(g("byline", "agencies")),
        lowercase_agencies=frozenset(a for a in g("byline", "agencies") if a.islower()),
        # (also glued to the name the way scrapers join a label to its link: "bySauli Giliard")
        byline_prefix_re=re.compile(rf"^(?:{alternation(by_prefixes)}|(?:{_glued(by_prefixes)})"
                                    r"(?=[A-ZÀ-ÖØ-ÞĐ]))\s*(?P<name>\S.{1,80})$"),
        byline_words=frozenset(p.strip().casefold() for p in by_prefixes),
        author_labels=tuple(p.casefold() for p in g("byline", "author_labels")),
        author_photo_suffixes=tuple(g("byline", "author_photo_suffixes")),
        role_suffix_re=re.compile(rf"(?:^|(?<=\s)){alternation(g('byline', 'role_suffixes'))}\)?$", re.IGNORECASE),
        role_nouns=frozenset(x.casefold() for x in g("byline", "role_nouns")),
        site_prefix_re=(re.compile(g("site", "lead_prefix")[0]) if g("site", "lead_prefix") else None),
        abbreviations=frozenset(g("segment", "abbreviations")),
        domains=frozenset(d.casefold() for d in g("segment", "domains")),
        html_tokens={role: frozenset(t.casefold() for t in g("html", f"{role}_tokens"))
                     for role in ("chrome", "caption", "credit", "byline", "lead", "date", "gallery", "gated")},
        hidden_classes=frozenset(c.casefold() for c in g("html", "hidden_classes")),
        learned=learned,
        sources=names,
        profiles=_profiles(tables, names),
        prefix_heads=frozenset(p[:3] for p in prefixes),
        inline_residue_re=re.compile(alternation(g("residue", "inline"))) if g("residue", "inline") else None,
        photo_agencies=frozenset(a.casefold() for a in photo_agencies),
        photo_only=frozenset(a.casefold() for a in g("caption", "photo_agencies")),
        photo_agency_words=frozenset(a.split()[0].casefold() for a in photo_agencies),
        photo_agency_longest=max((len(a.casefold()) for a in photo_agencies), default=0),
    )


def _glued(prefixes: list[str]) -> str:
    """The one-word prefixes that end in a space, lowercased, without it: 'By ' → 'by'."""
    words = {p.strip().lower() for p in prefixes if p.endswith(" ") and " " not in p.strip()}
    return alternation(sorted(words))


TITLE_SOURCES = ("ld", "og", "title", "h1", "twitter")


def _profiles(tables: list[dict], names: tuple[str, ...]) -> dict[str, dict]:
    """[[profile]] tables: what one publisher does differently, e.g. `title = ["og", "h1"]`."""
    out: dict[str, dict] = {}
    for t, name in zip(tables, names):
        for prof in t.get("profile", []):
            hosts = prof.get("hosts") or []
            title = tuple(prof.get("title") or ())
            bad = [x for x in title if x not in TITLE_SOURCES]
            if not hosts or bad:
                raise ArticleError(f"bad [[profile]]: needs hosts, and title sources among {', '.join(TITLE_SOURCES)}"
                                   + (f" (not {', '.join(bad)})" if bad else ""), name)
            for host in hosts:
                out[host.casefold().removeprefix("www.")] = {"title": title, "name": prof.get("name", host)}
    return out
