"""Batch conversion of a folder: discovery, a real process pool, resume manifest, report, learning.

Presentation (progress bar, summary table) is not here: `run` reports each result to a callback.
"""
from __future__ import annotations

import fnmatch
import json
import os
import signal
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import ArticleError, EmptyInput
from .options import Options
from .output import write_atomic
from .render import Format, render

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.txt.gz", "*.html.gz", "*.htm.gz")
MANIFEST = ".articlecli-manifest.json"
REPORT = "articlecli-report.jsonl"
CHUNK = 16                     # files per task sent to a worker
LEARN_MIN_FILES = 4            # learning is on by default from this many files


@dataclass(frozen=True)
class Spec:
    src: Path
    dest: Path | None
    fmt: Format = Format.md
    jsonl: Path | None = None
    globs: tuple[str, ...] = DEFAULT_GLOBS
    jobs: int = 0
    force: bool = False
    fail_fast: bool = False
    report: Path | None = None
    learn: bool | None = None              # None: on when the batch is large enough
    save_rules: Path | None = None
    options: Options = field(default_factory=Options)


@dataclass
class Result:
    path: str
    status: str                            # converted | skipped | empty | failed
    reason: str = ""
    ms: float = 0.0
    line: str | None = None                # jsonl mode: the rendered line


@dataclass
class Summary:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("converted", "skipped", "empty", "failed"), 0))
    seconds: float = 0.0
    interrupted: bool = False
    learned_keys: int = 0

    @property
    def files(self) -> int:
        return sum(self.counts.values())


class UsageError(Exception):
    pass


class _Stop(Exception):
    """--fail-fast: stop submitting work."""


def check(spec: Spec) -> None:
    if not spec.src.is_dir():
        raise UsageError(f"{spec.src}: not a folder (one file is cleaned with `articlecli clean FILE`)")
    if spec.dest is not None and spec.dest.resolve() == spec.src.resolve():
        raise UsageError(f"{spec.dest}: DEST must differ from SRC (inputs are never overwritten)")
    if spec.dest is None and spec.jsonl is None:
        raise UsageError("give DEST or --jsonl FILE")


def _files(src: Path, skip: Path | None) -> Iterator[Path]:
    """Every file under src, sorted per folder; not in hidden folders nor inside `skip` (DEST)."""
    skip_r = skip.resolve() if skip is not None else None
    for root, dirs, files in os.walk(src):
        rp = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (skip_r is None or (rp / d).resolve() != skip_r))
        for name in sorted(files):
            yield rp / name


def discover(src: Path, globs: Iterable[str], skip: Path | None) -> Iterator[Path]:
    """Matching files under src, recursively, sorted per folder; never inside `skip` (DEST)."""
    pats = tuple(globs)
    return (p for p in _files(src, skip) if any(fnmatch.fnmatch(p.name, pat) for pat in pats))


def other_suffixes(src: Path, globs: Iterable[str], skip: Path | None) -> Counter[str]:
    """What the files under src that match none of the patterns are: their suffixes, counted ('.md': 12)."""
    pats = tuple(globs)
    return Counter(("".join(p.suffixes[-2:]) if p.suffix == ".gz" else p.suffix) or p.name for p in _files(src, skip)
                   if not p.name.startswith(".") and not any(fnmatch.fnmatch(p.name, pat) for pat in pats))


def output_path(dest: Path, rel: Path, fmt: Format) -> Path:
    name = rel.name[:-3] if rel.name.endswith(".gz") else rel.name
    return dest / rel.parent / (Path(name).stem + fmt.extension)


# --------------------------------------------------------------------------- workers

_LEARNED: dict[str, dict[str, str]] = {}


def _init_worker(learned: dict[str, dict[str, str]] | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # the parent decides how to stop
    _LEARNED.clear()
    _LEARNED.update(learned or {})


def _convert_chunk(items: list[tuple[str, str, str | None, str, Options]]) -> list[Result]:
    from .pipeline import clean_file

    out = []
    for src, rel, dst, fmt, options in items:
        t0 = time.perf_counter()
        try:
            art = clean_file(src, options, learned=_LEARNED.get(rel))
            if not art.text.strip():
                out.append(Result(rel, "empty", "no article text found", (time.perf_counter() - t0) * 1000))
                continue
            text = render(art, Format(fmt), captions=options.keep_captions, front_matter=options.front_matter)
            if dst is None:
                out.append(Result(rel, "converted", "", (time.perf_counter() - t0) * 1000, line=text))
            else:
                write_atomic(dst, text)
                out.append(Result(rel, "converted", "", (time.perf_counter() - t0) * 1000))
        except EmptyInput as e:
            out.append(Result(rel, "empty", e.message, (time.perf_counter() - t0) * 1000))
        except ArticleError as e:
            out.append(Result(rel, "failed", e.message, (time.perf_counter() - t0) * 1000))
        except Exception as e:  # a bug in one file must not kill the batch
            out.append(Result(rel, "failed", f"internal error ({type(e).__name__}: {e})",
                              (time.perf_counter() - t0) * 1000))
    return out


def _keys_chunk(items: list[tuple[str, str, Options]]) -> list[tuple[str, str, frozenset[str]]]:
    from .learn import keys_of
    from .pipeline import read_input, segment_input

    out = []
    for src, rel, options in items:
        try:
            blocks, meta, _, _ = segment_input(read_input(src, options), options, src)
        except Exception:  # broken files are reported by the conversion pass
            continue
        top = rel.split("/", 1)[0] if "/" in rel else "."
        out.append((rel, meta.get("site") or top, keys_of([b.text for b in blocks])))
    return out


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    buf: list = []
    for it in items:
        buf.append(it)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def _stream(pool: ProcessPoolExecutor, fn: Callable, chunks: Iterable[list], jobs: int) -> Iterator:
    """Submit chunks with a bounded number in flight, so memory stays flat for any batch size."""
    inflight: deque = deque()
    for chunk in chunks:
        inflight.append(pool.submit(fn, chunk))
        while len(inflight) >= jobs * 3:
            yield inflight.popleft().result()
    while inflight:
        yield inflight.popleft().result()


# --------------------------------------------------------------------------- manifest

def _load_manifest(dest: Path) -> dict:
    try:
        data = json.loads((dest / MANIFEST).read_text("utf-8"))
        return data if data.get("version") == 1 else {"version": 1, "entries": {}}
    except (OSError, ValueError):
        return {"version": 1, "entries": {}}


def _stamp(p: Path) -> list[int]:
    st = p.stat()
    return [st.st_size, st.st_mtime_ns]


def _clean_stale(dest: Path) -> None:
    """Temporary files left by a killed run (outputs themselves are always whole)."""
    if dest.is_dir():
        for p in dest.rglob(".*.part"):
            try:
                p.unlink()
            except OSError:
                pass


# --------------------------------------------------------------------------- run

def run(spec: Spec, on_result: Callable[[Result], None], on_total: Callable[[int], None] | None = None) -> Summary:
    check(spec)
    jobs = spec.jobs or os.cpu_count() or 1
    summary = Summary()
    t0 = time.perf_counter()
    dest = spec.dest
    if dest is not None:
        dest.mkdir(parents=True, exist_ok=True)
        _clean_stale(dest)
    skip = dest if dest is not None and _inside(dest, spec.src) else None
    total = sum(1 for _ in discover(spec.src, spec.globs, skip))
    if on_total:
        on_total(total)
    fingerprint = f"{spec.options.fingerprint()}|{spec.fmt.value}|learn={spec.learn is not False}"
    manifest = _load_manifest(dest) if dest is not None else {"version": 1, "entries": {}}
    if manifest.get("fp") != fingerprint:
        manifest = {"version": 1, "fp": fingerprint, "entries": {}}   # other options: redo everything
    entries = manifest["entries"]
    report_path = spec.report or (dest / REPORT if dest is not None else None)
    report = open(report_path, "w", encoding="utf-8") if report_path else None   # noqa: SIM115

    def todo() -> Iterator[tuple[str, str, str | None, str, Options]]:
        """Files to convert, streamed (up-to-date ones are reported as skipped on the way)."""
        for p in discover(spec.src, spec.globs, skip):
            rel = p.relative_to(spec.src).as_posix()
            out = output_path(dest, Path(rel), spec.fmt) if dest is not None and spec.jsonl is None else None
            if not spec.force and out is not None and entries.get(rel) == _stamp(p) and out.exists():
                summary.counts["skipped"] += 1
                _emit(Result(rel, "skipped", "up to date"), report, on_result)
                continue
            yield str(p), rel, str(out) if out else None, fmt.value, spec.options

    learn_on = spec.learn if spec.learn is not None else total >= LEARN_MIN_FILES
    jsonl_tmp = None
    fmt = Format.jsonl if spec.jsonl is not None else spec.fmt
    try:
        learned: dict[str, dict[str, str]] = {}
        if learn_on:
            learned = _learn(spec, jobs, skip)
            summary.learned_keys = len({k for d in learned.values() for k in d})
            if spec.save_rules:
                from .learn import rules_toml
                write_atomic(spec.save_rules, rules_toml(learned))
        if spec.jsonl is not None:
            spec.jsonl.parent.mkdir(parents=True, exist_ok=True)
            jsonl_tmp = spec.jsonl.with_name(f".{spec.jsonl.name}.part")
            sink = open(jsonl_tmp, "w", encoding="utf-8")   # noqa: SIM115
        items = todo()
        saved = 0.0
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(learned,)) as pool:
            try:
                for results in _stream(pool, _convert_chunk, _chunks(items, CHUNK), jobs):
                    for r in results:
                        summary.counts[r.status] += 1
                        if r.line is not None:
                            sink.write(r.line)
                            r.line = None
                        if r.status == "converted" and dest is not None and spec.jsonl is None:
                            entries[r.path] = _stamp(spec.src / r.path)
                        _emit(r, report, on_result)
                        if r.status == "failed" and spec.fail_fast:
                            raise _Stop
                    if dest is not None and time.perf_counter() - saved > 0.5:
                        _save_manifest(dest, manifest)      # checkpoint: a killed run resumes from here
                        saved = time.perf_counter()
            except _Stop:
                pool.shutdown(wait=True, cancel_futures=True)
            except KeyboardInterrupt:
                summary.interrupted = True
                pool.shutdown(wait=True, cancel_futures=True)
        if spec.jsonl is not None:
            sink.close()
            if not summary.interrupted:
                os.replace(jsonl_tmp, spec.jsonl)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if dest is not None:
            _save_manifest(dest, manifest)
        if report:
            report.close()
        if jsonl_tmp is not None and jsonl_tmp.exists():
            jsonl_tmp.unlink()
    summary.seconds = time.perf_counter() - t0
    return summary


def _learn(spec: Spec, jobs: int, skip: Path | None) -> dict[str, dict[str, str]]:
    from .learn import FileKeys, learn

    items = ((str(p), p.relative_to(spec.src).as_posix(), spec.options) for p in discover(spec.src, spec.globs, skip))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker) as pool:
        keys = [FileKeys(rel, group, k) for chunk in _stream(pool, _keys_chunk, _chunks(items, CHUNK), jobs)
                for rel, group, k in chunk]
    return learn(keys)


def _emit(r: Result, report, on_result: Callable[[Result], None]) -> None:
    if report is not None:
        report.write(json.dumps({"path": r.path, "status": r.status, "reason": r.reason, "ms": round(r.ms, 2)},
                                ensure_ascii=False) + "\n")
    on_result(r)


def _save_manifest(dest: Path, manifest: dict) -> None:
    write_atomic(dest / MANIFEST, json.dumps(manifest, ensure_ascii=False))


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
        return True
    except ValueError:
        return False
