"""The typed article model every step shares."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Label(str, Enum):
    title = "title"
    site = "site"
    lead = "lead"
    heading = "heading"
    paragraph = "paragraph"
    quote = "quote"
    list_item = "list_item"
    table = "table"
    caption = "caption"
    byline = "byline"
    date = "date"
    chrome = "chrome"

    @property
    def is_body(self) -> bool:
        return self in BODY_LABELS


BODY_LABELS = frozenset({Label.lead, Label.heading, Label.paragraph, Label.quote, Label.list_item, Label.table})


@dataclass(slots=True)
class Block:
    """One candidate block. Segmenters fill text/line/features; the classifier sets label and reason."""

    text: str
    line: int = 0
    features: dict = field(default_factory=dict)
    label: Label | None = None
    reason: str = ""
    credit: str | None = None      # captions: the photo credit
    alt: str | None = None         # captions: image alt text
    src: str | None = None         # captions: image URL
    level: int = 2                 # headings: 2..6

    def set(self, label: Label, reason: str) -> Block:
        self.label, self.reason = label, reason
        return self


@dataclass
class Caption:
    text: str
    credit: str | None = None
    alt: str | None = None
    src: str | None = None
    position: int = 0              # index in Article.blocks the caption stands before
    line: int = 0


@dataclass
class Removed:
    text: str
    kind: str
    reason: str
    line: int = 0


@dataclass
class Source:
    path: str | None = None
    format: str = "text"
    encoding: str = "utf-8"
    sha256: str = ""
    fixes: list[str] = field(default_factory=list)


@dataclass
class Article:
    title: str | None = None
    site: str | None = None
    lead: str | None = None
    authors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)       # agency/origin credits: "Theo TTXVN"
    published: str | None = None
    url: str | None = None
    language: str | None = None
    blocks: list[Block] = field(default_factory=list)      # body blocks in order (lead, headings, paragraphs…)
    captions: list[Caption] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    trace: list[Block] = field(default_factory=list)       # every candidate block with its label and reason
    warnings: list[str] = field(default_factory=list)      # problems worth one line on stderr

    @property
    def text(self) -> str:
        """The clean body: lead, subheadings and paragraphs joined by blank lines."""
        return "\n\n".join(b.text for b in self.blocks)

    def to_dict(self) -> dict:
        from .render import SCHEMA_VERSION

        return {
            "schema_version": SCHEMA_VERSION,
            "title": self.title,
            "site": self.site,
            "lead": self.lead,
            "authors": list(self.authors),
            "sources": list(self.sources),
            "published": self.published,
            "url": self.url,
            "language": self.language,
            "text": self.text,
            "blocks": [_block_dict(b) for b in self.blocks],
            "captions": [dict(vars(c)) for c in self.captions],      # (flat records: no deep copy, which
            "removed": [dict(vars(r)) for r in self.removed],        # dataclasses.asdict makes, is needed)
            "source": {**vars(self.source), "fixes": list(self.source.fixes)},
        }


def _block_dict(b: Block) -> dict:
    d = {"type": b.label.value if b.label else "paragraph", "text": b.text, "line": b.line}
    if b.label is Label.heading:
        d["level"] = b.level
    if b.label is Label.table and b.features.get("rows"):
        d["rows"] = b.features["rows"]
    return d
