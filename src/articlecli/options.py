"""The one options object passed explicitly down the pipeline."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class InputFormat(str, Enum):
    auto = "auto"
    html = "html"
    text = "text"


class CaptionMode(str, Enum):
    keep = "keep"
    drop = "drop"


class ToneStyle(str, Enum):
    keep = "keep"
    old = "old"   # hoà, thuỷ
    new = "new"   # hòa, thủy


@dataclass(frozen=True)
class Options:
    input_format: InputFormat = InputFormat.auto
    rules_files: tuple[str, ...] = ()        # extra user rules (TOML), on top of the bundled ones
    keep_captions: bool = True               # --captions keep|drop
    front_matter: bool = False
    tone_style: ToneStyle = ToneStyle.keep
    max_bytes: int = 64 * 1024 * 1024        # refuse larger inputs (also after gunzip)
    url: str | None = None                   # page URL, to make image sources absolute
    links: bool = False                      # Markdown: keep HTML links as [text](href)

    def fingerprint(self) -> str:
        """What the output depends on; batch resume compares it."""
        return repr((self.input_format.value, self.rules_files, self.keep_captions,
                     self.front_matter, self.tone_style.value, self.url, self.links))
