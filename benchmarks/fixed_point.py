"""How many real inputs have a text output that is a fixed point: cleaning it again changes nothing.

tests/test_properties.py checks this invariant on generated documents; this script checks it on the corpus
(real pages and scrapes), where a rule that reads a neighbour the text output drops (a caption, a byline, a box
header) shows up as an article whose text loses or gains a line the second time.

    python benchmarks/fixed_point.py                       # ../shared/corpus: seed, vi-dev, fundus-dev
    python benchmarks/fixed_point.py DIR … --list          # and name the inputs that are no fixed point
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from articlecli import ArticleError, clean  # noqa: E402
from articlecli.render import render  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
INPUTS = (".txt", ".html", ".html.gz")


def fixed_point(path: Path) -> bool | None:
    """Is the text output of `path` a fixed point? None when the input is refused (empty, binary)."""
    try:
        once = render(clean(path.read_bytes(), path=str(path)), "text")
        return render(clean(once), "text") == once
    except ArticleError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path,
                    default=[CORPUS / "seed", CORPUS / "vi-dev", CORPUS / "fundus-dev"])
    ap.add_argument("--list", action="store_true", help="name the inputs whose text output is no fixed point")
    args = ap.parse_args()
    total_ok = total = 0
    for d in args.dirs:
        files = sorted(f for f in d.iterdir() if f.name.endswith(INPUTS))
        results = {f: fixed_point(f) for f in files}
        counted = {f: r for f, r in results.items() if r is not None}
        ok = sum(counted.values())
        total_ok, total = total_ok + ok, total + len(counted)
        print(f"{d.name:12s} {ok:4d}/{len(counted):<4d} fixed points ({ok / max(1, len(counted)):.3f})")
        if args.list:
            for f, r in counted.items():
                if not r:
                    print(f"    {f.name}")
    print(f"{'all':12s} {total_ok:4d}/{total:<4d} fixed points ({total_ok / max(1, total):.3f})")


if __name__ == "__main__":
    main()
