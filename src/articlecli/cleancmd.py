"""The `clean` command's work, kept out of cli.py so the CLI stays a thin mapping."""
from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Callable

from .errors import ArticleError, Exit
from .options import Options
from .output import write_atomic
from .pipeline import clean as clean_bytes, read_input
from .render import Format, render


def read_and_clean(name: str, options: Options):
    """One input ('-' is stdin) → Article; ArticleError carries the name."""
    data = sys.stdin.buffer.read() if name == "-" else read_input(name, options)
    return clean_bytes(data, options, path=None if name == "-" else name)


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
    chunks: list[str] = []
    for name in inputs:
        label = "<stdin>" if name == "-" else name
        try:
            article = read_and_clean(name, options)
        except ArticleError as e:
            e.path = e.path or label
            err(e.line())
            failed += 1
            continue
        except Exception as e:  # a bug must not kill the batch or print a traceback
            if debug:
                traceback.print_exc()
            err(f"articlecli: {label}: internal error ({type(e).__name__}: {e}); rerun with --debug")
            failed += 1
            continue
        if not quiet:
            for w in article.warnings:
                err(f"articlecli: {label}: warning: {w}")
        text = render(article, fmt, captions=options.keep_captions, front_matter=options.front_matter)
        if to_dir and output is not None:
            stem = "stdin" if name == "-" else Path(name).name.removesuffix(".gz")
            target = output / (Path(stem).stem + fmt.extension)
            write_atomic(target, text)
        else:
            chunks.append(text)
    if chunks:
        joined = "".join(chunks) if fmt is Format.jsonl else "\n".join(chunks)
        if output is not None and not to_dir:
            write_atomic(output, joined)
        else:
            sys.stdout.write(joined)
            sys.stdout.flush()
    return Exit.FAILED if failed else Exit.OK
