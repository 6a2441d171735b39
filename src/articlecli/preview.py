"""Terminal preview with rich: the cleaned article, or every original block annotated with its label."""
from __future__ import annotations

from typing import Callable

from rich.console import Console, Group
from rich.panel import Panel
from rich.rule import Rule
from rich import box
from rich.table import Table
from rich.text import Text

from .cleancmd import clean_or_report
from .errors import Exit
from .model import Article, Label
from .options import Options

STYLES = {
    Label.title: "bold bright_white", Label.site: "yellow", Label.lead: "bold", Label.heading: "bold cyan",
    Label.paragraph: "default", Label.quote: "italic", Label.list_item: "default", Label.table: "default",
    Label.caption: "italic green", Label.byline: "magenta", Label.date: "yellow", Label.chrome: "red",
}
LEGEND_TEXT = {
    Label.title: "title", Label.site: "site tag", Label.lead: "lead", Label.heading: "subheading",
    Label.paragraph: "body", Label.quote: "quote", Label.list_item: "list item", Label.table: "table",
    Label.caption: "caption / credit", Label.byline: "byline", Label.date: "date", Label.chrome: "removed (chrome)",
}


def header(a: Article) -> Panel:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold")
    grid.add_column()
    for key, value in (("site", a.site), ("authors", ", ".join(a.authors) or None), ("date", a.published),
                       ("source", a.source.path)):
        if value:
            grid.add_row(key, value)
    chrome = sum(1 for r in a.removed if r.kind == "chrome")
    grid.add_row("counts", f"{sum(b.label is Label.paragraph for b in a.blocks)} paragraphs, "
                           f"{sum(b.label is Label.heading for b in a.blocks)} subheadings, "
                           f"{len(a.captions)} captions, {chrome} blocks removed")
    return Panel(grid, title=Text(a.title or "(no title)", style=STYLES[Label.title]), title_align="left")


def article_view(a: Article) -> Group:
    parts: list = [header(a)]
    caps = sorted(a.captions, key=lambda c: c.position)
    ci = 0
    for i, b in enumerate(a.blocks):
        while ci < len(caps) and caps[ci].position <= i:
            parts += [_caption(caps[ci]), Text("")]
            ci += 1
        if b.label is Label.table and b.features.get("rows"):
            parts.append(_table(b.features["rows"]))
        else:
            prefix = {Label.list_item: "• ", Label.quote: "│ "}.get(b.label, "")
            parts.append(Text(prefix + b.text, style=STYLES.get(b.label, "default")))
        parts.append(Text(""))
    parts += [_caption(c) for c in caps[ci:]]
    if a.authors:
        parts.append(Text("— " + ", ".join(a.authors), style=STYLES[Label.byline], justify="right"))
    return Group(*parts)


def _table(rows: list[list[str]]) -> Table:
    """A data table as a terminal table (the first row is the header)."""
    table = Table(show_header=True, header_style="bold", box=box.SIMPLE)
    for cell in rows[0]:
        table.add_column(cell)
    for row in rows[1:]:
        table.add_row(*row)
    return table


def _caption(c) -> Text:
    t = Text("  ▣ ", style="green")
    t.append(c.text or "", style=STYLES[Label.caption])
    if c.credit:
        t.append(f" — {c.credit}", style="green dim")
    return t


def annotated_view(a: Article) -> Group:
    legend = Text("legend: ")
    for label, name in LEGEND_TEXT.items():
        legend.append(f" {name} ", style=f"reverse {STYLES[label]}" if label is not Label.paragraph else "reverse")
        legend.append(" ")
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=False, box=None)
    table.add_column("line", justify="right", style="dim", width=5)
    table.add_column("label", width=10)
    table.add_column("text", ratio=3)
    table.add_column("why", ratio=2, style="dim")
    for b in a.trace:
        label = b.label or Label.chrome
        style = STYLES[label]
        text = b.text if len(b.text) <= 300 else b.text[:297] + "…"
        if b.credit:
            text += f"  [credit: {b.credit}]"
        table.add_row(str(b.line), Text(label.value, style=style), Text(text, style=style), b.reason)
    return Group(header(a), legend, Rule(), table)


def view(a: Article, *, annotate: bool = False) -> Group:
    return annotated_view(a) if annotate else article_view(a)


def show(a: Article, console: Console, *, annotate: bool = False, pager: bool = False) -> None:
    if pager:
        with console.pager(styles=True):
            console.print(view(a, annotate=annotate))
    else:
        console.print(view(a, annotate=annotate))


def run_preview(files: list[str], options: Options, console: Console, *, annotate: bool, pager: bool,
                debug: bool, err: Callable[[str], None]) -> int:
    """Each file's preview in turn, a blank line between two; a file that cannot be cleaned is one
    line on stderr and the others are still shown. With a pager, all of them in one pager."""
    failed = shown = 0
    paged: list = []
    for name in files:
        article = clean_or_report(name, options, quiet=False, debug=debug, err=err)
        if article is None:
            failed += 1
            continue
        parts = [Text("")] if shown else []
        parts.append(view(article, annotate=annotate))
        shown += 1
        if pager:
            paged += parts
        else:
            console.print(*parts)
    if paged:
        with console.pager(styles=True):
            console.print(Group(*paged))
    return Exit.FAILED if failed else Exit.OK
