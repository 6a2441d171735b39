"""Every folder in tests/golden: real articles with gold, through the library and the CLI."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from articlecli import clean_file, render
from helpers import TESTS, body_f1, run_cli, tokseq

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = sorted(p for p in (TESTS / "golden").iterdir() if p.is_dir())


def _input(case: Path) -> Path:
    return next(case.glob("input.*"))


def _gold_text(gold: dict) -> str:
    if gold.get("text"):
        return gold["text"]
    return "\n\n".join([gold.get("lead") or "", *gold.get("headings", []), *gold.get("paragraphs", [])])


def norm(s: str | None) -> str:
    return " ".join((s or "").split())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_library(case: Path) -> None:
    conf = tomllib.loads((case / "case.toml").read_text("utf-8"))
    gold = json.loads((case / "gold.json").read_text("utf-8"))
    art = clean_file(_input(case))
    assert body_f1(_gold_text(gold), art.text) >= conf.get("f1_min", 1.0)
    assert [norm(a) for a in art.authors] == [norm(a) for a in gold["authors"]]
    got = " || ".join(tokseq(c.text) for c in art.captions)
    for cap in gold["captions"]:
        # credit-less captions glued into a run can't always be told from body: checked where case.toml says
        if cap.get("credit") or conf.get("uncredited_captions"):
            assert tokseq(cap["text"]) in got, cap["text"]
            assert tokseq(cap["text"]) not in tokseq(art.text), f"caption leaked into body: {cap['text']}"
    expected = case / "expected.md"
    assert expected.exists(), "run python tests/regen_golden.py"
    assert render(art, "md") == expected.read_text("utf-8")
    if conf.get("exact"):
        _exact(art, gold)


def _exact(art, gold: dict) -> None:
    assert norm(art.title) == norm(gold["title"])
    assert art.site == gold["site"]
    assert norm(art.lead) == norm(gold["lead"])
    heads = [b.text for b in art.blocks if b.label.value == "heading"]
    paras = [b.text for b in art.blocks if b.label.value == "paragraph"]
    assert [norm(h) for h in heads] == [norm(h) for h in gold["headings"]]
    assert [norm(p) for p in paras] == [norm(p) for p in gold["paragraphs"]]
    assert [(c.text, c.credit) for c in art.captions] == [(c["text"], c["credit"]) for c in gold["captions"]]
    assert all(c.alt and "ảnh" not in c.text.split()[:1] for c in art.captions)
    removed = [norm(r.text) for r in art.removed if r.kind == "chrome"]
    assert removed == [norm(c) for c in gold["chrome"]]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_cli_matches_library(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = run_cli("clean", str(_input(case)), "-f", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text("utf-8"))
    art = clean_file(_input(case))
    assert data["text"] == art.text
    assert data["authors"] == art.authors
    assert data["captions"] == [c.__dict__ for c in art.captions]
