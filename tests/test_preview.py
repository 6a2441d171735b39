"""`preview`: rendered through a recording rich Console at a fixed width, compared with snapshots;
and the real CLI in a pseudo-terminal."""
from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from articlecli import clean_file
from articlecli.preview import show
from helpers import ROOT, TESTS, run_cli

SAMPLE = next((ROOT / "samples").glob("sggp-*.txt"))
SNAPSHOTS = TESTS / "snapshots"
UPDATE = os.environ.get("ARTICLECLI_UPDATE_SNAPSHOTS") == "1"


def _render(path: Path, annotate: bool, width: int = 100) -> str:
    console = Console(record=True, width=width, force_terminal=True, color_system="truecolor",
                      file=open(os.devnull, "w"))
    art = clean_file(path)
    art.source.path = path.name                       # snapshots do not depend on where the repo lives
    show(art, console, annotate=annotate)
    return console.export_text(styles=False)


@pytest.mark.parametrize("name,path,annotate", [
    ("sample-preview", SAMPLE, False),
    ("sample-annotate", SAMPLE, True),
    ("vnexpress-preview", TESTS / "pages" / "vn-VnExpress-2025-10-22" / "input.html.gz", False),
])
def test_snapshot(name: str, path: Path, annotate: bool) -> None:
    got = _render(path, annotate)
    snap = SNAPSHOTS / f"{name}.txt"
    if UPDATE or not snap.exists():
        snap.write_text(got, "utf-8")
    assert got == snap.read_text("utf-8")


def test_annotate_shows_every_block_with_reason() -> None:
    text = _render(SAMPLE, True, width=200)
    assert "legend:" in text and "removed (chrome)" in text
    assert "box header 'Đọc nhiều nhất'" in text
    assert "byline" in text and "caption" in text


def test_plain_output_when_not_a_tty() -> None:
    proc = run_cli("preview", str(SAMPLE), "--width", "90")
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "\x1b[" not in out
    assert "Quang cảnh hội nghị. — DŨNG PHƯƠNG" in out


def _in_a_terminal(*args: str, **env_extra: str) -> tuple[int, str]:
    """Run `articlecli ARGS` with a pseudo-terminal as stdin, stdout and stderr."""
    master, slave = pty.openpty()
    env = dict(os.environ, COLUMNS="100", LINES="40", TERM="xterm-256color", PYTHONIOENCODING="utf-8", **env_extra)
    env.pop("NO_COLOR", None)
    p = subprocess.Popen([sys.executable, "-m", "articlecli", *args],
                         stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT)
    os.close(slave)
    chunks = []
    while True:
        r, _, _ = select.select([master], [], [], 30)
        if not r:
            break
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    p.wait(timeout=30)
    os.close(master)
    return p.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_preview_in_a_pseudo_terminal() -> None:
    code, out = _in_a_terminal("preview", str(SAMPLE), "--annotate")
    assert code == 0
    assert "\x1b[" in out                            # styled: colours per label
    assert "Đọc nhiều nhất" in out and "legend" in out


def test_several_files_one_after_another_and_a_bad_one_does_not_stop_the_others(tmp_path: Path) -> None:
    page = TESTS / "pages" / "vn-VnExpress-2025-10-22" / "input.html.gz"
    proc = run_cli("preview", str(SAMPLE), str(tmp_path / "missing.txt"), str(page), "--width", "90")
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == [f"articlecli: {tmp_path / 'missing.txt'}: no such file"]
    first, second = out.index("THU HƯỜNG"), out.index("Y bác sĩ nội soi cho bệnh nhân.")
    assert first < second and out.count("╭─") == 2
    assert "\n\n╭─" in out                           # a blank line before the second article's panel


def test_pager_shows_every_file_in_one_pager() -> None:
    page = TESTS / "pages" / "vn-VnExpress-2025-10-22" / "input.html.gz"
    code, out = _in_a_terminal("preview", str(SAMPLE), str(page), "--pager", PAGER="cat", MANPAGER="cat")
    assert code == 0
    assert "THU HƯỜNG" in out and "Y bác sĩ nội soi cho bệnh nhân." in out


def test_preview_bad_file_one_line(tmp_path: Path) -> None:
    proc = run_cli("preview", str(tmp_path / "missing.html"))
    assert proc.returncode == 1 and proc.stderr.decode().count("\n") == 1


def test_data_table_renders_as_a_terminal_table(tmp_path: Path) -> None:
    page = tmp_path / "budget.html"
    page.write_text("<html><body><article><h1>Council budget</h1><p>The council published its budget on "
                    "Monday and the figures show a rise in spending on schools and roads in the region.</p>"
                    "<table><tr><th>Item</th><th>2025</th></tr><tr><td>Schools</td><td>1.4</td></tr>"
                    "<tr><td>Roads</td><td>0.9</td></tr></table></article></body></html>", "utf-8")
    out = _render(page, annotate=False, width=80)
    header = next(line for line in out.splitlines() if "Item" in line)
    assert "2025" in header and "|" not in header                  # columns, not the text form "Item | 2025"
    assert any("Schools" in line and "1.4" in line for line in out.splitlines())


def test_a_caption_stands_apart_from_the_block_after_it() -> None:
    """The caption is its own line with a blank line after it, not glued onto the subheading that
    follows ('▣ Quang cảnh hội nghị. — DŨNG PHƯƠNG' / 'Phải chọn người đứng đầu …')."""
    lines = _render(SAMPLE, False).splitlines()
    at = next(i for i, line in enumerate(lines) if "Quang cảnh hội nghị. — DŨNG PHƯƠNG" in line)
    assert lines[at + 1] == "" and lines[at + 2].startswith("Phải chọn người đứng đầu")


def test_piped_text_is_previewed_without_naming_stdin() -> None:
    """As `clean`: no file and something piped in reads stdin."""
    proc = run_cli("preview", "--width", "90", stdin=SAMPLE.read_bytes())
    assert proc.returncode == 0 and "Quang cảnh hội nghị. — DŨNG PHƯƠNG" in proc.stdout.decode()
