"""The `clean` command's work, kept out of cli.py so the CLI stays a thin mapping."""
from __future__ import annotations

import sys
import traceback
from contextlib import ExitStack
from pathlib import Path
from typing import Callable

from .errors import ArticleError, Exit
from .model import Article
from .options import Options
from .output import atomic_file, write_atomic
from .pipeline import clean as clean_bytes, read_input
from .render import Format, render


def read_and_clean(name: str, options: Options):
    """One input ('-' is stdin) → Article; ArticleError carries the name."""
    data = sys.stdin.buffer.read() if name == "-" else read_input(name, options)
    return clean_bytes(data, options, path=None if name == "-" else name)


def clean_or_report(name: str, options: Options, *, quiet: bool, debug: bool,
                    err: Callable[[str], None]) -> Article | None:
    """One input cleaned, its warnings on stderr; or None after its one-line error (a bug in
    articlecli included: no traceback unless --debug)."""
    label = "<stdin>" if name == "-" else name
    try:
        article = read_and_clean(name, options)
    except ArticleError as e:
        e.path = e.path or label
        err(e.line())
        return None
    except Exception as e:  # a bug must not kill the batch or print a traceback
        if debug:
            traceback.print_exc()
        err(f"articlecli: {label}: internal error ({type(e).__name__}: {e}); rerun with --debug")
        return None
    if not quiet:
        for w in article.warnings:
            err(f"articlecli: {label}: warning: {w}")
    return article


def run_clean(inputs: list[str], fmt: Format, output: Path | None, options: Options, *,
              quiet: bool, debug: bool, err: Callable[[str], None]) -> int:
    many = len(inputs) > 1
    to_dir = output is not None and (output.is_dir() or (many and fmt is not Format.jsonl))
    if many and fmt is not Format.jsonl and not to_dir:
        err("articlecli: several inputs need -o DIR (one output each) or -f jsonl")
        return Exit.USAGE
    if to_dir and output is not None and output.exists() and not output.is_dir():
        err(f"articlecli: {output}: not a folder")
        return Exit.USAGE
    failed = 0
    with ExitStack() as stack:
        sink = None        # -o FILE: opened at the first article, appears whole when all are written
        for name in inputs:
            article = clean_or_report(name, options, quiet=quiet, debug=debug, err=err)
            if article is None:
                failed += 1
                continue
            text = render(article, fmt, captions=options.keep_captions, front_matter=options.front_matter)
            if to_dir and output is not None:
                stem = "stdin" if name == "-" else Path(name).name.removesuffix(".gz")
                write_atomic(output / (Path(stem).stem + fmt.extension), text)
            elif output is not None:
                sink = sink or stack.enter_context(atomic_file(output))
                sink.write(text)
            else:          # stdout: each article as soon as it is cleaned (a pipe reads as we go)
                sys.stdout.write(text)
                sys.stdout.flush()
    return Exit.FAILED if failed else Exit.OK
