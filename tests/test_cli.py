"""The CLI end to end, in real processes on real files (tmp_path)."""
from __future__ import annotations

import gzip
import os
import select
import signal
import subprocess
import sys
import json
from pathlib import Path

import pytest

from helpers import ROOT, run_cli

SAMPLE = next((ROOT / "samples").glob("sggp-*.txt"))


def test_pipe_stdin_to_stdout_markdown() -> None:
    proc = run_cli("clean", "--format", "md", stdin=SAMPLE.read_bytes())
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert out.startswith("# Đảng ủy Khối Dân")
    assert "Đọc nhiều nhất" not in out
    assert "*Quang cảnh hội nghị.* — DŨNG PHƯƠNG" in out


def test_dash_reads_stdin() -> None:
    proc = run_cli("clean", "-", "-f", "text", stdin=SAMPLE.read_bytes())
    assert proc.returncode == 0
    assert "Ảnh: DŨNG PHƯƠNG" not in proc.stdout.decode()


def test_json_to_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = run_cli("clean", str(SAMPLE), "-f", "json", "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == b""
    data = json.loads(out.read_text("utf-8"))
    assert data["schema_version"] == "1.1"
    assert data["authors"] == ["THU HƯỜNG"]
    assert data["source"]["path"] == str(SAMPLE)
    assert len(data["source"]["sha256"]) == 64


def test_text_format_has_no_captions_or_bylines() -> None:
    out = run_cli("clean", str(SAMPLE), "-f", "text").stdout.decode()
    assert out.splitlines()[0].startswith("Đảng ủy Khối")
    assert "Quang cảnh hội nghị" not in out and "THU HƯỜNG" not in out and "SGGPO" not in out


def test_jsonl_many_inputs(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Tiêu đề\n\nMột đoạn văn đủ dài để làm thân bài của bài báo này, có dấu chấm cuối câu.\n", "utf-8")
    proc = run_cli("clean", str(SAMPLE), str(a), "-f", "jsonl")
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 0 and len(lines) == 2
    assert [json.loads(x)["source"]["path"] for x in lines] == [str(SAMPLE), str(a)]


def test_many_inputs_need_dir_or_jsonl(tmp_path: Path) -> None:
    proc = run_cli("clean", str(SAMPLE), str(SAMPLE), "-f", "md")
    assert proc.returncode == 2
    assert b"-o DIR" in proc.stderr


def test_many_inputs_to_dir(tmp_path: Path) -> None:
    b = tmp_path / "b.txt"
    b.write_bytes(SAMPLE.read_bytes())
    outdir = tmp_path / "out"
    proc = run_cli("clean", str(SAMPLE), str(b), "-f", "md", "-o", str(outdir))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in outdir.iterdir()) == ["b.md", SAMPLE.stem + ".md"]


def test_front_matter() -> None:
    out = run_cli("clean", str(SAMPLE), "--front-matter").stdout.decode()
    head = out.split("---")[1]
    assert 'title: "Đảng ủy' in head and 'authors: ["THU HƯỜNG"]' in head and 'site: "SGGPO"' in head


def test_captions_drop() -> None:
    data = json.loads(run_cli("clean", str(SAMPLE), "-f", "json", "--captions", "drop").stdout)
    assert data["captions"] == []
    assert run_cli("clean", str(SAMPLE), "--captions", "maybe").returncode == 2


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n \xc2\xa0\n")
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "a.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (tmp_path / "bad.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (tmp_path / "folder").mkdir()
    return {
        "empty": (tmp_path / "empty.txt", "empty input"),
        "blank": (tmp_path / "blank.txt", "empty input"),
        "png": (tmp_path / "img.png", "PNG image"),
        "pdf": (tmp_path / "doc.pdf", "PDF document"),
        "zip": (tmp_path / "a.zip", "zip archive"),
        "gz": (tmp_path / "bad.gz", "corrupt gzip"),
        "dir": (tmp_path / "folder", "is a directory (a folder is converted with `articlecli convert SRC DEST`)"),
        "missing": (tmp_path / "nope.txt", "no such file"),
    }


@pytest.mark.parametrize("kind", ["empty", "blank", "png", "pdf", "zip", "gz", "dir", "missing"])
def test_bad_input_one_line_error(tmp_path: Path, kind: str) -> None:
    path, message = _bad_inputs(tmp_path)[kind]
    proc = run_cli("clean", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert err.count("\n") == 1, err
    assert err.startswith(f"articlecli: {path}: ") and message in err
    assert "Traceback" not in err


def test_bad_input_does_not_stop_others(tmp_path: Path) -> None:
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    before = (tmp_path / "img.png").read_bytes()
    proc = run_cli("clean", str(tmp_path / "img.png"), str(SAMPLE), "-f", "jsonl")
    assert proc.returncode == 1
    assert len(proc.stdout.decode().splitlines()) == 1
    assert (tmp_path / "img.png").read_bytes() == before       # inputs are never modified


def test_invalid_utf8_is_a_warning_not_an_error(tmp_path: Path) -> None:
    raw = SAMPLE.read_bytes().replace("Quang cảnh".encode(), b"Quang c\xff\xfenh", 1)
    p = tmp_path / "broken.txt"
    p.write_bytes(raw)
    proc = run_cli("clean", str(p), "-f", "json")
    assert proc.returncode == 0
    assert "warning" in proc.stderr.decode() and proc.stderr.decode().count("\n") == 1
    assert any("invalid UTF-8" in f for f in json.loads(proc.stdout)["source"]["fixes"])


def test_gzip_input_read_transparently(tmp_path: Path) -> None:
    p = tmp_path / "a.txt.gz"
    p.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    data = json.loads(run_cli("clean", str(p), "-f", "json").stdout)
    assert data["authors"] == ["THU HƯỜNG"]


def test_usage_error_exit_2() -> None:
    assert run_cli("clean", "--format", "docx", str(SAMPLE)).returncode == 2
    assert run_cli("frobnicate").returncode == 2
    proc = run_cli("clean", "--captions", "hide", str(SAMPLE))
    assert proc.returncode == 2 and b"'keep'" in proc.stderr and not proc.stdout


def test_help_shows_option_text_verbatim() -> None:
    # (Typer renders help with rich markup: an unescaped '[text]' vanished from the --links help)
    out = run_cli("clean", "--help").stdout.decode()
    assert "[text](url)" in out and "<keep|drop>" in out


def test_version_and_module_entry() -> None:
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.decode().startswith("articlecli ")


def test_output_is_atomic_and_complete(tmp_path: Path) -> None:
    out = tmp_path / "x.md"
    out.write_text("old", "utf-8")
    assert run_cli("clean", str(SAMPLE), "-o", str(out)).returncode == 0
    assert out.read_text("utf-8").startswith("# ")
    assert not list(tmp_path.glob("*.part"))


def test_links_flag(tmp_path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><body><article><h1>Council budget for the year</h1><p>The council published "
                    "its budget on Monday, and the <a href='https://example.com/f'>full figures</a> show a rise "
                    "in spending on schools and roads across the region.</p></article></body></html>", "utf-8")
    with_links = run_cli("clean", str(page), "--links")
    assert with_links.returncode == 0 and "[full figures](https://example.com/f)" in with_links.stdout.decode()
    plain = run_cli("clean", str(page))
    assert "[full figures]" not in plain.stdout.decode() and "full figures show" in plain.stdout.decode()


def test_jsonl_on_stdout_streams_each_article_as_it_is_cleaned(tmp_path: Path) -> None:
    """A pipe reads the corpus as it is made: the first article's line is on stdout while the
    second input is still unread. The second input is a named pipe written only after that line
    arrives, so a CLI that held its output until the end would never print it."""
    fifo = tmp_path / "second.txt"
    os.mkfifo(fifo)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "articlecli", "clean", str(SAMPLE), str(fifo), "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no output while the second input waits"
        first = json.loads(proc.stdout.readline())
        assert first["authors"] == ["THU HƯỜNG"]
        with open(fifo, "wb") as f:
            f.write(SAMPLE.read_bytes())
        rest, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert json.loads(rest)["source"]["path"] == str(fifo)


def test_output_file_appears_whole_and_not_at_all_when_every_input_fails(tmp_path: Path) -> None:
    target = tmp_path / "corpus.jsonl"
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run_cli("clean", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "-f", "jsonl", "-o", str(target))
    assert proc.returncode == 1 and not target.exists() and list(tmp_path.iterdir()) == [tmp_path / "empty.txt"]
    proc = run_cli("clean", str(SAMPLE), str(tmp_path / "empty.txt"), str(SAMPLE), "-f", "jsonl", "-o", str(target))
    assert proc.returncode == 1
    assert [json.loads(line)["title"] for line in target.read_text("utf-8").splitlines()] == [
        json.loads(run_cli("clean", str(SAMPLE), "-f", "json").stdout)["title"]] * 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl", "empty.txt"]


def test_a_bug_is_one_line_naming_the_file_and_the_other_inputs_go_on(tmp_path: Path, monkeypatch, capsys) -> None:
    """The safety net for a bug in articlecli itself (no input here triggers one, so one is
    injected): `clean` and `preview` print one line naming the file, no traceback, and carry on."""
    from rich.console import Console

    from articlecli import cleancmd
    from articlecli.options import Options
    from articlecli.preview import run_preview
    from articlecli.render import Format

    real = cleancmd.read_and_clean

    def buggy(name, options):
        if name.endswith("b.txt"):
            raise KeyError("boom")
        return real(name, options)

    monkeypatch.setattr(cleancmd, "read_and_clean", buggy)
    bad = tmp_path / "b.txt"
    bad.write_text("Một câu.", "utf-8")
    lines: list[str] = []
    code = cleancmd.run_clean([str(bad), str(SAMPLE)], Format.jsonl, None, Options(), quiet=True, debug=False,
                              err=lines.append)
    assert code == 1 and len(capsys.readouterr().out.splitlines()) == 1
    assert lines == [f"articlecli: {bad}: internal error (KeyError: 'boom'); rerun with --debug"]
    lines.clear()
    console = Console(record=True, width=90, file=open(os.devnull, "w"))
    code = run_preview([str(bad), str(SAMPLE)], Options(), console, annotate=False, pager=False, debug=False,
                       err=lines.append)
    assert code == 1 and "THU HƯỜNG" in console.export_text()
    assert lines == [f"articlecli: {bad}: internal error (KeyError: 'boom'); rerun with --debug"]


@pytest.mark.skipif(not hasattr(signal, "SIGPIPE"), reason="no SIGPIPE on this platform")
def test_a_reader_that_stops_reading_ends_the_run_as_it_ends_cat(tmp_path: Path) -> None:
    """`articlecli clean *.txt -f jsonl | head -1`: once the reader has gone, the run ends by SIGPIPE, as `cat`
    does, with nothing on stderr; not exit 1, which says an input failed."""
    inputs = []
    for k in range(40):
        inputs.append(tmp_path / f"a{k}.txt")
        inputs[-1].write_bytes(SAMPLE.read_bytes())
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "articlecli", "clean", *map(str, inputs), "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    try:
        assert json.loads(proc.stdout.readline())["authors"] == ["THU HƯỜNG"]
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == -signal.SIGPIPE and err == b""
