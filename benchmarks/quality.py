"""Extraction quality on a corpus folder, articlecli side by side with trafilatura when installed.

    python benchmarks/quality.py ../shared/corpus/fundus-dev [--input html|text|markdown] [--batch] [--wrap 80]

Uses the judging harness's own metrics (../shared/tools/bench/metrics.py): body P/R/F1 over 4-word
shingles, accuracy (share of articles with F1 >= 0.99), title, authors, caption recall and leakage. The
`blocks` columns say how the text is cut into paragraphs, which shingles do not see: the share of the output's
paragraphs that are one of the gold's blocks (lead, subheadings, paragraphs) exactly, whitespace aside, and the
share of the gold's blocks the output prints so.
`--batch` also scores the same inputs converted as one batch with corpus-level learning on
(`articlecli convert`), next to each file cleaned alone. `--wrap N` also scores the text dumps
hard-wrapped at N columns, as `lynx -dump`, `w3m -dump` or html2text print pages. `--strip-attrs`
scores the HTML pages with every class and id attribute removed, for both systems: a stand-in for
publishers whose templates use class names the rules have never seen. `--glued` also scores the gold's own
text (its blocks in order) glued into one line with nothing between them ('…đồng.Câu'), as the FeHuynhVI scraper of
../shared/corpus/vi-dev stores Dân trí and VnExpress, and joined with ' , ' as the Anhduchb01 scraper stores CafeF and
Người Đưa Tin: the blocks columns say how many paragraph boundaries come back.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "tools" / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import metrics  # noqa: E402
from mdpage import to_markdown  # noqa: E402


def load(folder: Path, kind: str) -> list[dict]:
    items = []
    for g in sorted(folder.glob("*.gold.json")):
        doc_id = g.name[: -len(".gold.json")]
        path = folder / (f"{doc_id}.html.gz" if kind == "html" else f"{doc_id}.page.txt")
        if not path.exists():
            path = folder / f"{doc_id}.txt"
        if path.exists():
            items.append({"id": doc_id, "gold": json.loads(g.read_text("utf-8")), "path": path})
    return items


def _blocks(texts) -> set[str]:
    return {" ".join(t.split()) for t in texts if t and t.strip()}


def score(items: list[dict], preds: dict[str, dict]) -> dict:
    docs, titles, authors, caps, leaks, blocks = [], [], [], [0, 0], [0, 0], [0, 0, 0, 0]
    for it in items:
        g, p = it["gold"], preds.get(it["id"], {"text": ""})
        gold_text = g.get("text") or "\n\n".join([g.get("lead") or ""] + g.get("headings", []) + g.get("paragraphs", []))
        docs.append(metrics.body_scores(gold_text, p.get("text", "")))
        if g.get("paragraphs"):                      # (paragraphs as printed, exactly)
            gold_blocks = _blocks([g.get("lead")] + (g.get("headings") or []) + g["paragraphs"])
            ours = [" ".join(t.split()) for t in (p.get("text") or "").split("\n\n") if t.strip()]
            blocks[0] += sum(t in gold_blocks for t in ours)
            blocks[1] += len(ours)
            blocks[2] += len(gold_blocks & set(ours))
            blocks[3] += len(gold_blocks)
        fields = g.get("gold_fields") or [k for k in ("title", "authors", "captions") if g.get(k) is not None]
        if "title" in fields and g.get("title") and p.get("title") is not None:
            titles.append(metrics.title_match(g["title"], p.get("title")))
        if "authors" in fields and g.get("authors") is not None and p.get("authors") is not None:
            authors.append(metrics.authors_match(g["authors"], p.get("authors")))
        if "captions" in fields:                     # the harness's own counting (whole-token matches)
            cs = metrics.caption_stats({**g, "text": gold_text}, p.get("text"), p.get("captions"))
            caps[0] += cs["captions_found"]
            caps[1] += cs["captions"]
            leaks[0] += cs["leaked"]
            leaks[1] += cs["leak_eligible"]
    agg = metrics.aggregate_body(docs)
    mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")  # noqa: E731
    return {**agg, "title": mean(titles), "authors": mean(authors),
            "cap_recall": caps[0] / caps[1] if caps[1] else float("nan"),
            "cap_leak": leaks[0] / leaks[1] if leaks[1] else float("nan"), "n": len(items),
            "blocks_p": blocks[0] / blocks[1] if blocks[1] else float("nan"),
            "blocks_r": blocks[2] / blocks[3] if blocks[3] else float("nan")}


def stripped(page: bytes) -> bytes:
    """The page without class and id attributes (tags, text and the rest kept)."""
    from lxml import etree, html as lxml_html

    root = lxml_html.document_fromstring(page.decode("utf-8", "replace"))    # (str: no <meta charset> guessing)
    for el in root.iter():
        if isinstance(el.tag, str):
            el.attrib.pop("class", None)
            el.attrib.pop("id", None)
    return etree.tostring(root, encoding="unicode", method="html").encode()


def wrapped(data: bytes, width: int) -> bytes:
    """The dump as `lynx -dump`/`w3m -dump`/html2text would print it: every line wrapped at `width`."""
    import textwrap

    from articlecli.decode import repair

    text = repair(data.decode("utf-8", "replace"))[0]
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                     if len(line) > width else line for line in text.split("\n")).encode()


def glued(gold: dict, sep: str = "") -> bytes:
    """The gold's text (lead, subheadings, paragraphs in order) in one line, `sep` between its blocks: nothing
    ('…đồng.Câu sau …', FeHuynhVI) or ' , ' ('…đồng. , Câu sau …', Anhduchb01)."""
    return sep.join(" ".join(p.split()) for p in (gold.get("text") or "").split("\n\n") if p.strip()).encode()


def run_articlecli(items: list[dict], wrap: int = 0, markdown: bool = False,
                   glue: str | None = None) -> tuple[dict, float]:
    from articlecli import clean, render

    preds, t0 = {}, time.perf_counter()
    for it in items:
        try:
            data = it["markdown"] if markdown else it.get("data") or it["path"].read_bytes()   # (made by main)
            data = wrapped(data, wrap) if wrap else glued(it["gold"], glue) if glue is not None else data
            preds[it["id"]] = json.loads(render(clean(data, path=str(it["path"])), "json"))
        except Exception as e:  # noqa: BLE001
            print(f"  articlecli failed on {it['id']}: {e}", file=sys.stderr)
    return preds, (time.perf_counter() - t0) * 1000 / max(1, len(items))


def run_batch(items: list[dict], kind: str) -> tuple[dict, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        for it in items:
            data = it.get("markdown") or it.get("data") or it["path"].read_bytes()
            if "markdown" not in it and "data" not in it and it["path"].name.endswith(".gz"):
                data = gzip.decompress(data)
            (src / f"{it['id']}.{'html' if kind == 'html' else 'txt'}").write_bytes(data)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "articlecli", "convert", str(src), str(out), "-f", "json", "-q",
                        "--learn"], check=False)
        ms = (time.perf_counter() - t0) * 1000 / max(1, len(items))
        preds = {p.stem: json.loads(p.read_text("utf-8")) for p in out.glob("*.json") if not p.name.startswith(".")}
    return preds, ms


def run_trafilatura(items: list[dict], kind: str) -> tuple[dict, float] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    preds, t0 = {}, time.perf_counter()
    for it in items:
        raw = it.get("data") or it["path"].read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        html = raw.decode("utf-8", "replace") if kind == "html" else "".join(
            f"<p>{line}</p>" for line in raw.decode("utf-8", "replace").splitlines() if line.strip())
        d = trafilatura.bare_extraction(html, with_metadata=True) or {}
        d = d if isinstance(d, dict) else d.as_dict()
        preds[it["id"]] = {"text": d.get("text") or "", "title": d.get("title"),
                           "authors": [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]}
    return preds, (time.perf_counter() - t0) * 1000 / max(1, len(items))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--input", choices=("html", "text", "markdown"), default="html",
                    help="markdown: the HTML pages printed as whole-page Markdown dumps (benchmarks/mdpage.py)")
    ap.add_argument("--batch", action="store_true", help="also score `convert` with learning on")
    ap.add_argument("--wrap", type=int, action="append", default=[], metavar="COLUMNS",
                    help="text input: also score the dumps hard-wrapped at COLUMNS (repeatable)")
    ap.add_argument("--glued", action="store_true",
                    help="text input: also score the gold's text glued into one line, and joined with ' , '")
    ap.add_argument("--strip-attrs", action="store_true",
                    help="html input: score the pages with their class and id attributes removed (both systems)")
    args = ap.parse_args()
    items = load(args.corpus, "html" if args.input == "markdown" else args.input)
    if args.input == "markdown":                              # the pages as Markdown dumps, made once
        for it in items:
            it["markdown"] = to_markdown(gzip.decompress(it["path"].read_bytes())).encode()
    if args.strip_attrs and args.input == "html":             # the pages without class/id, made once
        for it in items:
            it["data"] = stripped(gzip.decompress(it["path"].read_bytes()))
    rows = [("articlecli", *run_articlecli(items, markdown=args.input == "markdown"))]
    for width in args.wrap if args.input == "text" else ():
        rows.append((f"articlecli, dumps wrapped at {width} columns", *run_articlecli(items, width)))
    if args.glued and args.input == "text":
        rows.append(("articlecli, the gold's text glued", *run_articlecli(items, glue="")))
        rows.append(("articlecli, the gold's text joined with ' , '", *run_articlecli(items, glue=" , ")))
    if args.batch:
        rows.append(("articlecli convert (learning)", *run_batch(items, "html" if args.input == "html" else "text")))
    peer = run_trafilatura(items, args.input) if args.input != "markdown" else None
    if peer:
        rows.append(("trafilatura", *peer))
    stripped_note = ", class and id attributes removed" if args.strip_attrs and args.input == "html" else ""
    print(f"### {args.corpus} — {args.input} input{stripped_note} ({len(items)} articles)\n")
    print("| system | P | R | F1 | acc | title | authors | cap.recall | cap.leak | blocks P | blocks R | ms/page |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, preds, ms in rows:
        s = score(items, preds)
        print(f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['accuracy']:.3f} | "
              f"{s['title']:.3f} | {s['authors']:.3f} | {s['cap_recall']:.3f} | {s['cap_leak']:.3f} | "
              f"{s['blocks_p']:.3f} | {s['blocks_r']:.3f} | {ms:.0f} |")


if __name__ == "__main__":
    main()
