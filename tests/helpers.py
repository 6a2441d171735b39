"""Shared test helpers: the bench metric re-implemented (4-word shingles), CLI runner."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
_TOKEN = re.compile(r"\w+")


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFC", (text or "").lower()))


def shingles(toks: list[str], n: int = 4) -> Counter:
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def body_f1(gold: str, pred: str) -> float:
    g, s = shingles(tokens(gold)), shingles(tokens(pred))
    if not g and not s:
        return 1.0
    common = sum((g & s).values())
    if not common:
        return 0.0
    p, r = common / sum(s.values()), common / sum(g.values())
    return 2 * p * r / (p + r)


def tokseq(text: str | None) -> str:
    return " ".join(tokens(text))


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    e = dict(os.environ, PYTHONIOENCODING="utf-8", **(env or {}))
    return subprocess.run([sys.executable, "-m", "articlecli", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, env=e, timeout=timeout)
