"""Batch throughput and memory, side by side in one run.

    python benchmarks/batch.py [--files 5000] [--corpus ../shared/corpus]

Builds folders of real text dumps (copies of fundus-dev page.txt, vi-dev and seed files), then runs
`articlecli convert` with --jobs 1 and with all cores on the same files and prints files/s and the
speed-up; then peak RSS of the whole run (parent + workers) at 1,000 and at 10,000 files.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(folder: Path, n: int, corpus: Path) -> None:
    sources = sorted(corpus.glob("fundus-dev/*.page.txt")) + sorted(corpus.glob("vi-dev/*.txt")) + \
        sorted(corpus.glob("seed/*.txt"))
    data = [p.read_bytes() for p in sources]
    for i in range(n):
        sub = folder / f"d{i // 500:03d}"
        if i % 500 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:06d}.txt").write_bytes(data[i % len(data)])


def run(src: Path, dest: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the run and its children) — measured in a fresh child process."""
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            f"subprocess.run([sys.executable,'-m','articlecli','convert',{str(src)!r},{str(dest)!r},"
            f"'--jobs','{jobs}','-q','--no-learn'],check=False);"
            "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        build(t / "src", args.files, args.corpus)
        s1, _ = run(t / "src", t / "out1", 1)
        sn, _ = run(t / "src", t / "outn", cores)
        print(f"{args.files} text files: --jobs 1 {args.files / s1:,.0f} files/s, --jobs {cores} "
              f"{args.files / sn:,.0f} files/s, speed-up {s1 / sn:.2f}x (target >= 1.7x on 2 cores)")
        shutil.rmtree(t / "out1")
        shutil.rmtree(t / "outn")
        rss = {}
        for n in (1000, 10000):
            src = t / f"src{n}"
            build(src, n, args.corpus)
            _, rss[n] = run(src, t / f"out{n}", cores)
            shutil.rmtree(src)
            shutil.rmtree(t / f"out{n}")
        print(f"peak RSS (largest process of the run): 1,000 files {rss[1000]:.0f} MB, 10,000 files "
              f"{rss[10000]:.0f} MB, ratio {rss[10000] / rss[1000]:.2f} (target: flat, within 1.20)")


if __name__ == "__main__":
    main()
