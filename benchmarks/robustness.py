"""Pathological inputs: time and peak memory of `articlecli clean` on each, against stated bounds.

    python benchmarks/robustness.py

Each case runs in its own process (so peak RSS is that case's). Bounds: 10 s and 1 GB on this machine.
Also times every compiled regex of the package and of the rules against adversarial strings
(catastrophic backtracking check), and reports the fuzzing recorded in fuzz/FUZZING.md.
"""
from __future__ import annotations

import gzip
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_BOUND, MEM_BOUND_MB = 10.0, 1024


def cases(tmp: Path) -> dict[str, tuple[Path, list[str]]]:
    out: dict[str, tuple[Path, list[str]]] = {}

    def add(name: str, data: bytes, *args: str) -> None:
        p = tmp / name
        p.write_bytes(data)
        out[name] = (p, list(args))

    sentence = "Người dân Hà Nội đã đổ về trung tâm thành phố để tham dự lễ hội lớn nhất năm nay. "
    add("50MB-one-line.txt", (sentence * (50 * 1024 * 1024 // len(sentence.encode()))).encode())
    add("1M-empty-lines.txt", b"\n" * 1_000_000 + "Một câu cuối cùng của bài báo này đủ dài.\n".encode())
    add("100k-one-char-lines.txt", b"a\n" * 100_000)
    add("10MB-no-spaces.txt", b"x" * (10 * 1024 * 1024))
    add("deep-html-10000.html", b"<html><body>" + b"<div>" * 10_000 + "Một đoạn văn sâu.".encode() +
        b"</div>" * 10_000 + b"</body></html>")
    add("unclosed-html-10000.html", b"<html><body>" + b"<div><p><span>" * 10_000 + b"text")
    add("gzip-bomb.txt.gz", gzip.compress(b"a" * (200 * 1024 * 1024)), "--max-bytes", str(64 * 1024 * 1024))
    add("2MB-caption-every-sentence.txt", ("Câu mở đầu. Ảnh: A B Câu tiếp. (Ảnh: X) " * 50000).encode())
    add("100k-byline-name-lines.txt", ("Tiêu đề bài báo\n\nBy Jane Smith,\n" + "Minh Anh,\n" * 100_000).encode())
    # numbered items glued to words in one line, as FeHuynhVI glues a list: each '1.' asks for a '2.' after it
    add("200k-glued-numbered-items.txt", ("Mở đầu.Hôm nay " + "trời đẹp1. Bắt đầu " * 200_000 + "xong2. Hết").encode())
    # (each short line a name-like line under the headline, each asking how the text signs itself: once, not per line)
    add("100k-cjk-name-lines.txt", ("見出しの記事タイトル\n\n" + "国際\n\n" * 50_000
                                    + "Alpha Beta Gamma Delta\n\n" * 50_000).encode())
    return out


def run_case(path: Path, args: list[str]) -> tuple[float, float, int]:
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            f"r=subprocess.run([sys.executable,'-m','articlecli','clean',{str(path)!r},'-f','json',*{args!r}],"
            "stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
            "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024, int(out[2])


def regex_worst_cases() -> list[tuple[str, float]]:
    """Every compiled pattern in the package and the rules, against adversarial strings."""
    import importlib
    import pkgutil

    import articlecli
    from articlecli import rules
    from articlecli.textutil import Lazy

    patterns: list[tuple[str, re.Pattern]] = []
    for mod in pkgutil.iter_modules(articlecli.__path__):
        if mod.name in ("__main__", "cli"):
            continue
        m = importlib.import_module(f"articlecli.{mod.name}")
        patterns += [(f"{mod.name}.{k}", v) for k, v in vars(m).items()
                     if isinstance(v, re.Pattern) and isinstance(v.pattern, str)]
        patterns += [(f"{mod.name}.{k}", re.compile(v.pattern)) for k, v in vars(m).items() if isinstance(v, Lazy)]
    r = rules.load()
    patterns += [(f"rules.{k}", v) for k, v in vars(r).items() if isinstance(v, re.Pattern)]
    evil = ["a" * 50_000, " " * 50_000, "Ảnh: " * 10_000, "(" * 20_000, "." * 50_000, "A" * 50_000,
            "a " * 25_000, "Theo " * 10_000, "ảnh 1 " * 8_000, " , " * 15_000, "Aa" * 25_000, "1." * 25_000]
    out = []
    for name, p in patterns:
        t0 = time.perf_counter()
        for s in evil:
            p.search(s)
            p.findall(s[:20_000])
        out.append((name, time.perf_counter() - t0))
    return sorted(out, key=lambda x: -x[1])


def main() -> None:
    print(f"bounds: {TIME_BOUND:.0f} s and {MEM_BOUND_MB} MB per case\n")
    print("| case | seconds | peak MB | exit | within bounds |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, args) in cases(Path(tmp)).items():
            secs, mb, rc = run_case(path, args)
            ok = secs <= TIME_BOUND and mb <= MEM_BOUND_MB
            print(f"| {name} | {secs:.2f} | {mb:.0f} | {rc} | {'yes' if ok else 'NO'} |")
    worst = regex_worst_cases()
    print(f"\nregexes checked: {len(worst)}; slowest on adversarial input: "
          + ", ".join(f"{n} {t * 1000:.0f} ms" for n, t in worst[:3]))
    fuzz = ROOT / "fuzz" / "FUZZING.md"
    if fuzz.exists():
        print("\nfuzzing log (fuzz/FUZZING.md):")
        print(fuzz.read_text("utf-8").split("## Log", 1)[-1].strip())


if __name__ == "__main__":
    main()
