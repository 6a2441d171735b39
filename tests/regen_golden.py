"""Regenerate tests/golden/*/expected.md from the current code; review the diff before committing."""
from __future__ import annotations

from pathlib import Path

from articlecli import clean_file, render

GOLDEN = Path(__file__).resolve().parent / "golden"

if __name__ == "__main__":
    for case in sorted(p for p in GOLDEN.iterdir() if p.is_dir()):
        src = next(case.glob("input.*"))
        (case / "expected.md").write_text(render(clean_file(src), "md"), "utf-8")
        print("wrote", case / "expected.md")
