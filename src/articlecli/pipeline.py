"""The one-way pipeline: bytes → decode → segment → classify → assemble → Article."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from . import decode, rules as rules_mod
from .classify import classify
from .errors import ArticleError, EmptyInput, Unreadable
from .model import Article, Source
from .options import InputFormat, Options

_HTML_SNIFF = re.compile(rb"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:p|div|article|table|span)[\s>]", re.I)
_HTML_SNIFF_STR = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:p|div|article|table|span)[\s>]", re.I)


def looks_like_html(head: bytes | str) -> bool:
    pattern = _HTML_SNIFF if isinstance(head, bytes) else _HTML_SNIFF_STR
    return len(pattern.findall(head[:65536])) >= (1 if head[:200].lstrip()[:1] in (b"<", "<") else 3)


def segment_input(data: bytes | str, options: Options, path: str | None = None):
    """Decode and segment: (candidate blocks, page metadata, Source, warnings). No decisions yet."""
    rules = rules_mod.load(options.rules_files)
    if isinstance(data, str):
        raw = data.encode("utf-8", errors="surrogatepass")
        text, fixes = decode.repair(data)
        if not text.strip():
            raise EmptyInput("empty input (no text)", path)
        encoding, warnings = "utf-8", []
    else:
        raw = data
        if decode.is_gzip(raw):
            raw = _gunzip(raw, options, path)
        try:
            d = decode.to_text(raw, max_bytes=options.max_bytes, html_hint=_is_html(raw, options))
        except ArticleError as e:
            e.path = e.path or path
            raise
        text, fixes, encoding, warnings = d.text, d.fixes, d.encoding, d.warnings
    is_html = _is_html(text, options)
    if not is_html:
        text, more = decode.unescape_entities(text)
        fixes += more
    source = Source(path=path, format="html" if is_html else "text", encoding=encoding,
                    sha256=hashlib.sha256(raw).hexdigest(), fixes=fixes)
    if options.tone_style.value != "keep":
        from .vietnamese import tone_style
        text, note = tone_style(text, options.tone_style.value)
        if note:
            fixes.append(note)
    text, more = rules.strip_residue(text)
    fixes += more
    if is_html:
        from .html import extract
        blocks, meta = extract(text, rules, options)
        fixes += meta.pop("fixes", [])
    else:
        from .frontmatter import split
        from .segment_text import segment
        text, meta, note = split(text)              # a metadata header on top (YAML front matter, Jina Reader)
        fixes += [note] if note else []
        blocks, more = segment(text, rules)
        fixes += more
    return blocks, meta, source, warnings


def clean(data: bytes | str, options: Options | None = None, *, path: str | None = None,
          learned: dict[str, str] | None = None) -> Article:
    """Clean one raw article (bytes as read from disk, or str) into an Article.

    `learned` maps normalised blocks to a reason (corpus boilerplate from `convert`)."""
    options = options or Options()
    rules = rules_mod.load(options.rules_files)
    blocks, meta, source, warnings = segment_input(data, options, path)
    blocks = classify(blocks, rules, meta, learned)
    from .assemble import assemble
    art = assemble(blocks, source, rules, meta)
    art.warnings = warnings
    return art


def _gunzip(raw: bytes, options: Options, path: str | None) -> bytes:
    try:
        return decode.gunzip(raw, options.max_bytes)
    except ArticleError as e:
        e.path = path
        raise
    except Exception as e:  # zlib.error, EOFError: a broken .gz
        raise Unreadable(f"corrupt gzip data ({e})", path) from None


def _is_html(content: bytes | str, options: Options) -> bool:
    if options.input_format is InputFormat.html:
        return True
    if options.input_format is InputFormat.text:
        return False
    return looks_like_html(content)


IS_A_FOLDER = "is a directory (a folder is converted with `articlecli convert SRC DEST`)"


def read_input(path: str, options: Options) -> bytes:
    """Read a file with clear, one-line errors (missing, directory, unreadable, too large)."""
    p = Path(path)
    try:
        if p.is_dir():
            raise Unreadable(IS_A_FOLDER, path)
        size = p.stat().st_size
        if size > options.max_bytes:
            raise Unreadable(f"file is {size} bytes, more than --max-bytes ({options.max_bytes})", path)
        return p.read_bytes()
    except FileNotFoundError:
        raise Unreadable("no such file", path) from None
    except PermissionError:
        raise Unreadable("permission denied", path) from None
    except IsADirectoryError:
        raise Unreadable(IS_A_FOLDER, path) from None
    except OSError as e:
        raise Unreadable(f"cannot read ({e.strerror or e})", path) from None


def clean_file(path: str | os.PathLike, options: Options | None = None,
               learned: dict[str, str] | None = None) -> Article:
    options = options or Options()
    path = os.fspath(path)
    return clean(read_input(path, options), options, path=path, learned=learned)
