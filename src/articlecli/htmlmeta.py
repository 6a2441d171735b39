"""Page metadata from <head> and JSON-LD, each field from the strongest source, with its origin."""
from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from .options import Options

_TITLE_SEP = re.compile(r"\s+(?:[-–—|·•:»]|::)\s+")
_ORG_WORDS = re.compile(r"\b(?:news|media|press|redaktion|redacción|rédaction|online|team|staff|agency|desk|"
                        r"newsroom|editorial|zeitung|journal|times|post|gmbh|ltd|inc|báo|tòa soạn)\b", re.I)
_DATE_ONLY = re.compile(r"^[\d\s:./,-]+$")


def absolute(src: str | None, base: str | None) -> str | None:
    if not src or src.startswith("data:"):
        return None
    if base:
        try:
            return urljoin(base, src)
        except ValueError:
            return src
    return src


def base_url(root) -> str | None:
    for xp in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content", "//base/@href"):
        v = root.xpath(xp)
        if v and v[0].strip().startswith("http"):
            return v[0].strip()
    return None


def _meta(root, *names: str) -> str | None:
    for n in names:
        for attr in ("property", "name", "itemprop"):
            v = root.xpath(f"//meta[@{attr}=$n]/@content", n=n)
            if v and v[0].strip():
                return " ".join(v[0].split())
    return None


def _jsonld(root) -> list[dict]:
    out: list[dict] = []
    for s in root.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(s.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(out) < 50:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                if "@graph" in d:
                    stack.extend(d["@graph"] if isinstance(d["@graph"], list) else [d["@graph"]])
                types = d.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and ("Article" in t or t in ("BlogPosting", "Report", "WebPage", "LiveBlogPosting"))
                       for t in types):
                    out.append(d)
    out.sort(key=lambda d: 0 if "Article" in str(d.get("@type")) or "Posting" in str(d.get("@type")) else 1)
    return out


def _names(value) -> list[str]:
    """JSON-LD author → person names (organisations and bare dates left out)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for it in items:
        if isinstance(it, dict):
            if "Organization" in str(it.get("@type", "")):
                continue
            name = it.get("name")
            if isinstance(name, list):
                name = " ".join(map(str, name))
            if isinstance(name, str):
                out.append(name)
        elif isinstance(it, str):
            out.append(it)
    clean = []
    for n in out:
        n = " ".join(n.split()).strip(" ,;")
        if n and not _DATE_ONLY.match(n) and not n.startswith("http") and len(n) < 80:
            clean.append(n)
    return clean


def _is_site(name: str, site: str | None, url: str | None) -> bool:
    key = re.sub(r"\W", "", name.casefold())
    return bool(key) and ((site is not None and key in re.sub(r"\W", "", site.casefold()))
                          or (url is not None and key in re.sub(r"\W", "", url.casefold())))


def split_title(title: str, site: str | None) -> str:
    """'Headline - Site' → 'Headline' (the longest part, or the part that is not the site name)."""
    parts = _TITLE_SEP.split(title)
    if len(parts) == 1:
        return title
    if site:
        keep = [p for p in parts if p.casefold() not in site.casefold() and site.casefold() not in p.casefold()]
        if keep and len(keep) < len(parts):
            return " - ".join(keep) if len(keep) > 1 else keep[0]
    return max(parts, key=len)


def extract(root, options: Options) -> dict:
    ld = _jsonld(root)
    first = ld[0] if ld else {}
    site = _meta(root, "og:site_name", "application-name", "twitter:site")
    if not site and isinstance(first.get("publisher"), dict):
        site = first["publisher"].get("name")
    og_title = _meta(root, "og:title", "twitter:title")
    doc_title = " ".join((root.findtext(".//title") or "").split()) or None
    ld_title = first.get("headline") if isinstance(first.get("headline"), str) else None
    authors: list[str] = []
    for d in ld:
        authors = [a for a in _names(d.get("author") or d.get("creator") or [])
                   if not _is_site(a, site, base_url(root))]
        if authors:
            break
    if not authors:
        meta_author = _meta(root, "author", "article:author", "dc.creator", "DC.creator", "sailthru.author", "parsely-author")
        if meta_author and not meta_author.startswith("http") and not _ORG_WORDS.search(meta_author) \
                and not _is_site(meta_author, site, base_url(root)):
            authors = [a.strip() for a in re.split(r"\s*(?:,|;|\band\b|&)\s*", meta_author) if a.strip()]
    published = (first.get("datePublished") if isinstance(first.get("datePublished"), str) else None) or _meta(
        root, "article:published_time", "og:published_time", "datePublished", "pubdate", "date", "dc.date")
    if not published:
        t = root.xpath("//time[@datetime]/@datetime")
        published = t[0] if t else None
    lang = (root.get("lang") or root.get("xml:lang") or "").split("-")[0].lower() or _meta(root, "og:locale")
    url = options.url or base_url(root)
    return {
        "title_candidates": [t for t in (og_title, ld_title, doc_title) if t],
        "site": site,
        "authors": authors,
        "published": published,
        "language": (lang or "")[:2] or None,
        "url": url,
        "description": _meta(root, "og:description", "description", "twitter:description") or (
            first.get("description") if isinstance(first.get("description"), str) else None),
        "doc_title": doc_title,
    }
