"""Page metadata from <head> and JSON-LD, each field from the strongest source, with its origin."""
from __future__ import annotations

import html as html_lib
import json
import re
from urllib.parse import urljoin, urlsplit

from .options import Options

TITLE_SEP = re.compile(r" (?:[-–—|·•:»]|::|--) | ?｜ ?")      # titles are whitespace-collapsed (clean_str)
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]{1,255}\.[^\W\d_]{2,24}")   # an address, not a name: 'a.sleegers@boersen-zeitung.de'
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


def clean_str(value: str) -> str:
    """A metadata string: HTML entities left in JSON-LD decoded, invisible characters dropped, spaces collapsed."""
    if "&" in value:
        value = html_lib.unescape(value)
    return " ".join(value.translate(INVISIBLE).split())


def _meta(root, *names: str) -> str | None:
    for n in names:
        for attr in ("property", "name", "itemprop"):
            v = root.xpath(f"//meta[@{attr}=$n]/@content", n=n)
            if v and v[0].strip():
                return clean_str(v[0])
    return None


def _jsonld_nodes(root) -> tuple[list[dict], dict[str, dict]]:
    """Article-like JSON-LD objects, and every node by @id (to resolve {'@id': …} references)."""
    out: list[dict] = []
    by_id: dict[str, dict] = {}
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
                if isinstance(d.get("@id"), str) and len(d) > 1:
                    by_id[d["@id"]] = d
                for key in ("author", "creator"):
                    if isinstance(d.get(key), (dict, list)):
                        stack.append(d[key])
                if "@graph" in d:
                    stack.extend(d["@graph"] if isinstance(d["@graph"], list) else [d["@graph"]])
                types = d.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and ("Article" in t or t in ("BlogPosting", "Report", "WebPage", "LiveBlogPosting"))
                       for t in types):
                    out.append(d)
    out.sort(key=lambda d: 0 if "Article" in str(d.get("@type")) or "Posting" in str(d.get("@type")) else 1)
    return out, by_id


def _jsonld(root) -> list[dict]:
    return _jsonld_nodes(root)[0]


def _names(value, by_id: dict, orgs: list[str]) -> list[str]:
    """JSON-LD author → person names (organisations go to `orgs`; ids, urls and dates left out)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for it in items:
        if isinstance(it, dict) and set(it) <= {"@id", "@type"} and it.get("@id") in by_id:
            it = by_id[it["@id"]]
        if isinstance(it, dict):
            if "Organization" in str(it.get("@type", "")):
                if isinstance(it.get("name"), str):
                    orgs.append(clean_str(it["name"]))
                continue
            name = it.get("name")
            if isinstance(name, list):
                name = " ".join(map(str, name))
            if not name and isinstance(it.get("familyName"), str):        # {"givenName": …, "familyName": …}
                given = it.get("givenName")
                name = f"{given} {it['familyName']}" if isinstance(given, str) else it["familyName"]
            if isinstance(name, str):
                out.append(clean_str(name))
        elif isinstance(it, str):
            out.append(clean_str(it))
    clean = []
    for n in out:
        n = " ".join(n.split()).strip(" ,;")
        if "," in n and len(n.split(",", 1)[1].split()) > 3:
            n = n.split(",", 1)[0]                   # "Name, professor at … university, Site"
        if n and not _DATE_ONLY.match(n) and not n.startswith("http") and len(n) < 80 and not n.isdigit():
            clean.append(n)
    return clean


def _image_caption(value, by_id: dict, base: str | None) -> tuple[str, str | None, str | None] | None:
    """The article's main image caption from JSON-LD ImageObject: (caption, credit, url)."""
    for it in (value if isinstance(value, list) else [value])[:3]:
        if isinstance(it, dict) and set(it) <= {"@id", "@type"} and it.get("@id") in by_id:
            it = by_id[it["@id"]]
        if isinstance(it, dict) and isinstance(it.get("caption"), str) and len(it["caption"].split()) >= 3:
            credit = it.get("creditText") if isinstance(it.get("creditText"), str) else None
            url = it.get("url") or it.get("contentUrl")
            return (clean_str(it["caption"]), clean_str(credit) if credit else None,
                    absolute(url, base) if isinstance(url, str) else None)
    return None


def _host(url: str | None) -> str | None:
    """The host of a page URL: only it names the site (the path holds the headline's own words)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def _is_site(name: str, site: str | None, url: str | None) -> bool:
    url = _host(url)
    key = re.sub(r"\W", "", name.casefold())
    return bool(key) and ((site is not None and key in re.sub(r"\W", "", site.casefold()))
                          or (url is not None and key in re.sub(r"\W", "", url.casefold())))


def split_title(title: str, site: str | None, url: str | None = None) -> str:
    """'Headline - Site' → 'Headline': drop a leading/trailing part only when it names the site
    (or, after '|', is a short label such as a section name)."""
    title = " ".join(title.split())
    url = _host(url)
    pieces = TITLE_SEP.split(title)
    seps = TITLE_SEP.findall(title)
    if len(pieces) == 1:
        return title
    def is_site(part: str) -> bool:
        key = re.sub(r"\W", "", part.casefold())
        names = [re.sub(r"\W", "", x.casefold()) for x in (site, url) if x]
        return bool(key) and any(key in n or (len(n) > 3 and n in key) for n in names)
    while len(pieces) > 1 and (is_site(pieces[-1]) or ("|" in seps[-1] or "｜" in seps[-1])
                               and len(pieces[-1].split()) <= 4):
        pieces.pop()
        seps.pop()
    while len(pieces) > 1 and is_site(pieces[0]):
        pieces.pop(0)
        seps.pop(0)
    out = pieces[0]
    for sep, part in zip(seps, pieces[1:]):
        out += sep + part
    return out.strip()


_BYLINE_XPATH = ("//*[@rel='author' or @itemprop='author' or contains(concat(' ', @class, ' '), 'byline')"
                 " or contains(@class, 'author') or contains(@class, 'Author') or contains(@id, 'author')]")


def byline_texts(root) -> list[str]:
    """Texts of byline-like elements outside nav/footer/aside, innermost first-seen."""
    out: list[str] = []
    for el in root.xpath(_BYLINE_XPATH)[:40]:
        if el.xpath("ancestor::nav|ancestor::footer|ancestor::aside|ancestor::script"):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if 2 <= len(text) <= 120 and text not in out:
            out.append(text)
    return out


def extract(root, options: Options, rules=None) -> dict:
    ld, by_id = _jsonld_nodes(root)
    page_url = base_url(root)
    first = ld[0] if ld else {}
    site = _meta(root, "og:site_name", "application-name", "twitter:site")
    if not site and isinstance(first.get("publisher"), dict):
        site = first["publisher"].get("name")
    og_title = _meta(root, "og:title")
    tw_title = _meta(root, "twitter:title")
    doc_title = clean_str(root.findtext(".//title") or "") or None
    ld_title = clean_str(first["headline"]) if isinstance(first.get("headline"), str) else None
    from .names import cjk_name, names_from_byline

    authors: list[str] = []
    orgs: list[str] = []
    for d in ld[:1]:
        found = _names(d.get("author") or d.get("creator") or [], by_id, orgs)
        orgs += [a for a in found if _is_site(a, site, page_url)]        # a "Person" named after the site
        authors = [n for a in found if not _is_site(a, site, page_url) and not _EMAIL.fullmatch(a)
                   for n in (names_from_byline(a, rules) if rules else [a])]
    meta_author = _meta(root, "author", "article:author", "dc.creator", "DC.creator", "sailthru.author",
                        "parsely-author", "DCSext.author", "citation_author")
    if not authors and rules is not None:
        for text in byline_texts(root):
            authors = [n for n in names_from_byline(text, rules) if not _is_site(n, site, page_url)
                       and (" " in n or n.isupper() or n in rules.agencies or cjk_name(n))]   # not "Folgen", "Abbruch"
            if authors:
                break
        if authors and meta_author:
            # "Sophie Foster Travel News Reporter" in the byline, "Sophie Foster" in <meta name=author>
            short = names_from_byline(meta_author, rules)
            authors = [next((m for m in short if a.startswith(m + " ")), a) for a in authors]
    if not authors and meta_author and not meta_author.startswith("http") and not _EMAIL.fullmatch(meta_author):
        if _ORG_WORDS.search(meta_author) or _is_site(meta_author, site, page_url) or not rules:
            orgs.append(meta_author)
        else:
            authors = names_from_byline(meta_author, rules) or []
            if not authors:
                orgs.append(meta_author)
    published = (first.get("datePublished") if isinstance(first.get("datePublished"), str) else None) or _meta(
        root, "article:published_time", "og:published_time", "datePublished", "pubdate", "date", "dc.date")
    if not published:
        t = root.xpath("//time[@datetime]/@datetime")
        published = t[0] if t else None
    lang = (root.get("lang") or root.get("xml:lang") or "").split("-")[0].lower() or _meta(root, "og:locale")
    url = options.url or page_url
    return {
        "title_candidates": [(k, split_title(t, site, page_url)) for k, t in
                             (("ld", ld_title), ("og", og_title), ("title", doc_title), ("twitter", tw_title)) if t],
        "site": site,
        "authors": authors,
        "org_authors": [o for o in orgs if any(c.isalpha() for c in o)],
        "image_caption": _image_caption(first.get("image"), by_id, page_url),
        "profile": rules.profile_for(_host(options.url or page_url)) if rules is not None else {},
        "published": published,
        "language": (lang or "")[:2] or None,
        "url": url,
        "description": _meta(root, "og:description", "description", "twitter:description") or (
            first.get("description") if isinstance(first.get("description"), str) else None),
        "doc_title": doc_title,
    }
