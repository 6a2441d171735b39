"""Thin Typer CLI: parse options, call the library, map errors to exit codes."""
from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import Exit
from .options import CaptionMode, InputFormat, Options, ToneStyle
from .render import Format

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn raw scraped news articles (HTML or text dumps) into clean Markdown, JSON or text.")


def _err(line: str) -> None:
    sys.stderr.write(line.rstrip("\n") + "\n")


def _version(value: bool) -> None:
    if value:
        print(f"articlecli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """articlecli: clean scraped news articles."""


InputFmt = Annotated[InputFormat, typer.Option("--input-format", help="Force how inputs are read.")]
Rules = Annotated[Optional[list[Path]], typer.Option("--rules", help="Extra rules file (TOML); repeatable.")]
Captions = Annotated[CaptionMode, typer.Option("--captions", help="Keep or drop captions in the output.")]
Tone = Annotated[ToneStyle, typer.Option("--tone-style", help="Vietnamese tone marks: keep, old (hoà) or new (hòa).")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this (also after gunzip).")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]
Links = Annotated[bool, typer.Option("--links", help="Markdown from HTML: keep links as \\[text](url).")]


def make_options(input_format: InputFormat, rules: Optional[list[Path]], captions: CaptionMode, tone: ToneStyle,
                 max_bytes: int, front_matter: bool = False, url: str | None = None, links: bool = False) -> Options:
    return Options(input_format=input_format, rules_files=tuple(str(r) for r in rules or ()),
                   keep_captions=captions is CaptionMode.keep, front_matter=front_matter,
                   tone_style=tone, max_bytes=max_bytes, url=url, links=links)


@app.command()
def clean(
    inputs: Annotated[Optional[list[str]], typer.Argument(help="Files to clean; '-' or nothing reads stdin.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Output file (one input) or folder.")] = None,
    front_matter: Annotated[bool, typer.Option("--front-matter", help="Markdown: add YAML metadata.")] = False,
    links: Links = False,
    url: Annotated[Optional[str], typer.Option("--url", help="Page URL (makes image sources absolute).")] = None,
    input_format: InputFmt = InputFormat.auto,
    rules: Rules = None,
    captions: Captions = CaptionMode.keep,
    tone_style: Tone = ToneStyle.keep,
    max_bytes: MaxBytes = 64 * 1024 * 1024,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings on stderr.")] = False,
    debug: Debug = False,
) -> None:
    """Clean articles: files or stdin in, Markdown/JSON/text out (stdout or -o)."""
    from .cleancmd import run_clean

    options = make_options(input_format, rules, captions, tone_style, max_bytes, front_matter, url, links)
    code = run_clean(_inputs_or_stdin(inputs), fmt, output, options, quiet=quiet, debug=debug, err=_err)
    raise typer.Exit(code)


def _inputs_or_stdin(inputs: list[str] | None) -> list[str]:
    """The files given; none means stdin when something is piped in, else a usage error."""
    if inputs:
        return list(inputs)
    if sys.stdin.isatty():
        _err("articlecli: no input: give files, or pipe text into stdin ('-')")
        raise typer.Exit(Exit.USAGE)
    return ["-"]


@app.command()
def convert(
    src: Annotated[Path, typer.Argument(help="Folder of scraped files (walked recursively).")],
    dest: Annotated[Optional[Path], typer.Argument(help="Output folder (mirrors SRC).")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format per file.")] = Format.md,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", help="Write one corpus file instead: one article per line.")] = None,
    globs: Annotated[Optional[list[str]], typer.Option("--glob", help="File patterns (repeatable).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")] = 0,
    force: Annotated[bool, typer.Option("--force", help="Redo files whose output is up to date.")] = False,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first failure.")] = False,
    report: Annotated[Optional[Path], typer.Option("--report", help="JSONL report (default DEST/articlecli-report.jsonl).")] = None,
    learn: Annotated[Optional[bool], typer.Option("--learn/--no-learn", help="Learn boilerplate repeated across the batch (default: on for 4+ files).")] = None,
    save_rules: Annotated[Optional[Path], typer.Option("--save-rules", help="Write what was learned as a rules file.")] = None,
    front_matter: Annotated[bool, typer.Option("--front-matter", help="Markdown: add YAML metadata.")] = False,
    links: Links = False,
    input_format: InputFmt = InputFormat.auto,
    rules: Rules = None,
    captions: Captions = CaptionMode.keep,
    tone_style: Tone = ToneStyle.keep,
    max_bytes: MaxBytes = 64 * 1024 * 1024,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Convert a folder of scraped files: one output per input under DEST, or one --jsonl corpus."""
    from .batch import DEFAULT_GLOBS, Spec
    from .convertcmd import run_convert

    options = make_options(input_format, rules, captions, tone_style, max_bytes, front_matter, links=links)
    if fmt is Format.jsonl and jsonl is None:
        _err("articlecli: for one corpus file use --jsonl FILE")
        raise typer.Exit(Exit.USAGE)
    spec = Spec(src=src, dest=dest, fmt=fmt, jsonl=jsonl, globs=tuple(globs or DEFAULT_GLOBS), jobs=jobs,
                force=force, fail_fast=fail_fast, report=report, learn=learn, save_rules=save_rules, options=options)
    raise typer.Exit(run_convert(spec, quiet=quiet, err=_err))


@app.command()
def preview(
    files: Annotated[Optional[list[str]], typer.Argument(help="Files to preview, one after another; '-' or nothing reads stdin.")] = None,
    annotate: Annotated[bool, typer.Option("--annotate", "-a", help="Show every original block with its label and why.")] = False,
    pager: Annotated[bool, typer.Option("--pager", help="Page long articles.")] = False,
    width: Annotated[Optional[int], typer.Option("--width", help="Render width (default: the terminal's).")] = None,
    input_format: InputFmt = InputFormat.auto,
    rules: Rules = None,
    tone_style: Tone = ToneStyle.keep,
    max_bytes: MaxBytes = 64 * 1024 * 1024,
    debug: Debug = False,
) -> None:
    """Preview cleaned articles in the terminal; --annotate shows what was removed and why."""
    from rich.console import Console

    from .preview import run_preview

    options = make_options(input_format, rules, "keep", tone_style, max_bytes)
    console = Console(width=width, highlight=False)
    code = run_preview(_inputs_or_stdin(files), options, console, annotate=annotate,
                       pager=pager and sys.stdout.isatty(), debug=debug, err=_err)
    raise typer.Exit(code)


def main() -> None:
    if hasattr(signal, "SIGPIPE"):      # a reader that stops reading ('| head') ends the run as it ends `cat`,
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # not as a failed input (exit 1) with the work going on
    try:
        app()
    except KeyboardInterrupt:
        _err("articlecli: interrupted")
        sys.exit(Exit.INTERRUPTED)
