"""Thin Typer CLI: parse options, call the library, map errors to exit codes."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import ArticleError, Exit
from .options import InputFormat, Options, ToneStyle
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
Captions = Annotated[str, typer.Option("--captions", help="keep|drop captions in the output.")]
Tone = Annotated[ToneStyle, typer.Option("--tone-style", help="Vietnamese tone marks: keep, old (hoà) or new (hòa).")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this (also after gunzip).")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]


def make_options(input_format: InputFormat, rules: Optional[list[Path]], captions: str, tone: ToneStyle,
                 max_bytes: int, front_matter: bool = False, links: bool = False, url: str | None = None) -> Options:
    if captions not in ("keep", "drop"):
        _err(f"articlecli: --captions must be 'keep' or 'drop', not '{captions}'")
        raise typer.Exit(Exit.USAGE)
    return Options(input_format=input_format, rules_files=tuple(str(r) for r in rules or ()),
                   keep_captions=captions == "keep", keep_links=links, front_matter=front_matter,
                   tone_style=tone, max_bytes=max_bytes, url=url)


@app.command()
def clean(
    inputs: Annotated[Optional[list[str]], typer.Argument(help="Files to clean; '-' or nothing reads stdin.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Output file (one input) or folder.")] = None,
    front_matter: Annotated[bool, typer.Option("--front-matter", help="Markdown: add YAML metadata.")] = False,
    links: Annotated[bool, typer.Option("--links", help="Markdown: keep links from HTML input.")] = False,
    url: Annotated[Optional[str], typer.Option("--url", help="Page URL (makes image sources absolute).")] = None,
    input_format: InputFmt = InputFormat.auto,
    rules: Rules = None,
    captions: Captions = "keep",
    tone_style: Tone = ToneStyle.keep,
    max_bytes: MaxBytes = 64 * 1024 * 1024,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings on stderr.")] = False,
    debug: Debug = False,
) -> None:
    """Clean articles: files or stdin in, Markdown/JSON/text out (stdout or -o)."""
    from .cleancmd import run_clean

    options = make_options(input_format, rules, captions, tone_style, max_bytes, front_matter, links, url)
    inputs = list(inputs or [])
    if not inputs:
        if sys.stdin.isatty():
            _err("articlecli: no input: give files, or pipe text into stdin ('-')")
            raise typer.Exit(Exit.USAGE)
        inputs = ["-"]
    code = run_clean(inputs, fmt, output, options, quiet=quiet, debug=debug, err=_err)
    raise typer.Exit(code)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _err("articlecli: interrupted")
        sys.exit(Exit.INTERRUPTED)
