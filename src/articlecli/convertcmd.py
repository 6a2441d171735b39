"""`convert` presentation: rich progress bar and summary on stderr (plain lines when not a terminal)."""
from __future__ import annotations

import sys

from .batch import Result, Spec, Summary, UsageError, other_suffixes, run
from .errors import Exit


def run_convert(spec: Spec, *, quiet: bool, err) -> int:
    live = sys.stderr.isatty() and not quiet
    failures = 0
    progress = task = None
    if live:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        progress = Progress(TextColumn("[bold]converting"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]:.0f} files/s"), TextColumn("failed: {task.fields[failed]}"),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        task = progress.add_task("convert", total=None, rate=0.0, failed=0)
        progress.start()

    def on_total(n: int) -> None:
        if progress is not None:
            progress.update(task, total=n)

    def on_result(r: Result) -> None:
        nonlocal failures
        if r.status == "failed":
            failures += 1
            line = f"articlecli: {r.path}: {r.reason}"
            if progress is not None:
                progress.console.print(line, markup=False, highlight=False)
            else:
                err(line)
        if progress is not None:
            t = progress.tasks[0]
            progress.update(task, advance=1, failed=failures, rate=(t.completed + 1) / max(t.elapsed or 1e-9, 1e-9))

    try:
        summary = run(spec, on_result, on_total)
    except UsageError as e:
        if progress is not None:
            progress.stop()
        err(f"articlecli: {e}")
        return Exit.USAGE
    finally:
        if progress is not None:
            progress.stop()
    if not quiet:
        _print_summary(summary, live, err)
        if not summary.files and not summary.interrupted:
            err(_nothing_matched(spec))
    if summary.interrupted:
        err("articlecli: interrupted; outputs written so far are complete, run again to resume")
        return Exit.INTERRUPTED
    return Exit.FAILED if summary.counts["failed"] else Exit.OK


def _nothing_matched(spec: Spec) -> str:
    """One line: no file matched the patterns; what the folder holds instead, and how to take it."""
    line = f"articlecli: {spec.src}: no file matches {' '.join(spec.globs)}"
    kind, n = next(((k, n) for k, n in other_suffixes(spec.src, spec.globs, spec.dest).most_common()
                    if k.startswith(".")), ("", 0))
    if n:
        line += f"; it holds {n} {kind} file{'s' * (n > 1)} (--glob '*{kind}' converts them)"
    return line


def _print_summary(s: Summary, live: bool, err) -> None:
    rate = s.files / s.seconds if s.seconds else 0.0
    rows = [(k, str(v)) for k, v in s.counts.items()] + [("learned blocks", str(s.learned_keys)),
                                                         ("time", f"{s.seconds:.1f} s"), ("files/s", f"{rate:.0f}")]
    if live:
        from rich.console import Console
        from rich.table import Table

        table = Table(title="articlecli convert", show_header=False)
        for k, v in rows:
            table.add_row(k, v)
        Console(stderr=True).print(table)
    else:
        err("articlecli: " + ", ".join(f"{k} {v}" for k, v in rows))
