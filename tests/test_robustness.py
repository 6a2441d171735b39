"""Pathological inputs finish (bounded by the time/memory benchmark, guarded here only against hangs),
errors are one line with a distinct exit code, fuzz crashers stay fixed."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from articlecli import ArticleError, clean
from helpers import TESTS, run_cli

pytestmark = pytest.mark.slow


def test_50mb_one_line(tmp_path: Path) -> None:
    s = "Người dân Hà Nội đã đổ về trung tâm thành phố. Ảnh: DŨNG PHƯƠNG Câu tiếp theo của bài. "
    p = tmp_path / "big.txt"
    p.write_bytes((s * (50 * 1024 * 1024 // len(s.encode()))).encode())
    proc = run_cli("clean", str(p), "-f", "text", timeout=600)
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr


@pytest.mark.parametrize("name,data", [
    ("empty-lines", b"\n" * 1_000_000 + "Một câu cuối cùng của bài báo này đủ dài để giữ.\n".encode()),
    ("one-char-lines", b"a\n" * 100_000),
    ("no-spaces", b"x" * (10 * 1024 * 1024)),
    ("deep-html", b"<html><body>" + b"<div>" * 10_000 + "Một đoạn văn sâu trong cây.".encode() + b"</div>" * 10_000),
    ("unclosed-html", b"<html><body>" + b"<div><p><span>" * 10_000 + b"text"),
])
def test_pathological_inputs_finish(tmp_path: Path, name: str, data: bytes) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    proc = run_cli("clean", str(p), "-f", "json", timeout=300)
    assert proc.returncode in (0, 1)
    assert b"Traceback" not in proc.stderr and proc.stderr.count(b"\n") <= 1
    if proc.returncode == 0:
        json.loads(proc.stdout)


def test_gzip_bomb_refused(tmp_path: Path) -> None:
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(gzip.compress(b"a" * (100 * 1024 * 1024)))
    proc = run_cli("clean", str(p), "--max-bytes", str(10 * 1024 * 1024), timeout=300)
    assert proc.returncode == 1
    assert "--max-bytes" in proc.stderr.decode() and proc.stderr.count(b"\n") == 1


def test_too_large_file_refused(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a b c. " * 200_000)
    proc = run_cli("clean", str(p), "--max-bytes", "1000")
    assert proc.returncode == 1 and "more than --max-bytes" in proc.stderr.decode()


@pytest.mark.parametrize("crasher", sorted((TESTS / "fuzz_regressions").glob("*")), ids=lambda p: p.name)
def test_fuzz_regressions(crasher: Path) -> None:
    try:
        clean(crasher.read_bytes())
    except ArticleError:
        pass


def test_every_error_path_is_one_line_with_distinct_code(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    codes = {
        "missing": run_cli("clean", str(tmp_path / "none.txt")).returncode,
        "directory": run_cli("clean", str(tmp_path / "d")).returncode,
        "usage": run_cli("clean", "--format", "pdf", "x").returncode,
        "convert-usage": run_cli("convert", str(tmp_path / "d"), str(tmp_path / "d")).returncode,
    }
    assert codes == {"missing": 1, "directory": 1, "usage": 2, "convert-usage": 2}


def _all_patterns():
    import importlib
    import pkgutil
    import re

    import articlecli
    from articlecli import rules
    from articlecli.textutil import Lazy

    out = []
    for mod in pkgutil.iter_modules(articlecli.__path__):
        if mod.name in ("__main__", "cli"):
            continue
        m = importlib.import_module(f"articlecli.{mod.name}")
        out += [(f"{mod.name}.{k}", v) for k, v in vars(m).items() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)]
        out += [(f"{mod.name}.{k}", re.compile(v.pattern)) for k, v in vars(m).items() if isinstance(v, Lazy)]
    out += [(f"rules.{k}", v) for k, v in vars(rules.load()).items() if isinstance(v, re.Pattern)]
    return out


@pytest.mark.parametrize("name,pattern", _all_patterns(), ids=lambda x: x if isinstance(x, str) else "")
def test_regex_has_no_catastrophic_backtracking(name: str, pattern) -> None:
    """Every pattern of the package and the rules, on adversarial strings: linear patterns finish at
    once; a quadratic one would take minutes here, so the alarm is only a hang guard."""
    import signal

    evil = ["a" * 20000, " " * 20000, "Ảnh: " * 4000, "(" * 8000, "." * 20000, "A" * 20000, "a " * 10000,
            "Theo " * 4000, "ảnh 1 " * 3000, " , " * 6000, "Aa" * 10000, "1." * 10000, "\t" * 20000]

    def hang(*_):
        raise TimeoutError(f"{name} hangs")

    old = signal.signal(signal.SIGALRM, hang)
    try:
        for s in evil:
            signal.alarm(20)
            pattern.search(s)
            pattern.findall(s[:8000])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
