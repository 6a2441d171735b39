"""`articlecli convert` on a real batch built from the repository's own real files."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers import ROOT, TESTS, run_cli

BROKEN = {"img.txt": b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "empty.txt": b"", "bad.html.gz": b"\x1f\x8b\x08garbage",
          "zipped.txt": b"PK\x03\x04" + b"\x00" * 50}


def make_batch(root: Path, copies: int) -> int:
    """Real inputs (golden text dumps, HTML pages, gz and plain) copied into `copies` folders + broken files."""
    sources = sorted(TESTS.glob("golden/*/input.txt")) + sorted(TESTS.glob("pages/*/input.html.gz"))
    n = 0
    for c in range(copies):
        folder = root / f"site{c % 3}" / f"day{c}"
        folder.mkdir(parents=True)
        for s in sources:
            name = s.parent.name
            if s.suffix == ".gz" and c % 2:
                (folder / f"{name}.html").write_bytes(gzip.decompress(s.read_bytes()))
            else:
                shutil.copy(s, folder / (f"{name}.txt" if s.suffix == ".txt" else f"{name}.html.gz"))
            n += 1
    for name, data in BROKEN.items():
        (root / "site0" / name).write_bytes(data)
    return n


def report(dest: Path) -> list[dict]:
    return [json.loads(x) for x in (dest / "articlecli-report.jsonl").read_text("utf-8").splitlines()]


def test_batch_convert_resume_and_report(tmp_path: Path) -> None:
    src, dest = tmp_path / "src", tmp_path / "out"
    good = make_batch(src, 12)
    assert good >= 200
    proc = run_cli("convert", str(src), str(dest), "-f", "json", "--jobs", "2", timeout=600)
    assert proc.returncode == 1, proc.stderr                       # some inputs are broken
    rows = report(dest)
    status = {r["path"]: r["status"] for r in rows}
    assert sum(s == "converted" for s in status.values()) == good
    failed = {r["path"]: r["reason"] for r in rows if r["status"] != "converted"}
    assert set(failed) == {f"site0/{n}" for n in BROKEN}
    assert "PNG image" in failed["site0/img.txt"] and "empty" in failed["site0/empty.txt"]
    for line in proc.stderr.decode().splitlines():
        assert "Traceback" not in line
    outputs = [o for o in dest.rglob("*.json") if not o.name.startswith(".")]
    assert len(outputs) == good
    for o in outputs:
        json.loads(o.read_text("utf-8"))
    again = run_cli("convert", str(src), str(dest), "-f", "json", "--jobs", "2", timeout=600)
    assert {r["status"] for r in report(dest) if not r["path"].split("/")[-1] in BROKEN} == {"skipped"}
    assert again.returncode == 1


def test_interrupted_run_leaves_whole_outputs_and_resumes(tmp_path: Path) -> None:
    src, dest = tmp_path / "src", tmp_path / "out"
    good = make_batch(src, 16)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    p = subprocess.Popen([sys.executable, "-m", "articlecli", "convert", str(src), str(dest), "-f", "json",
                          "--jobs", "2", "--no-learn", "-q"], env=env, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not _checkpointed(dest):
        time.sleep(0.05)                                           # until a resume checkpoint with entries
    os.killpg(p.pid, signal.SIGKILL)                               # the whole process group, mid-run
    p.wait()
    done = [o for o in dest.rglob("*.json") if not o.name.startswith(".")]
    assert 0 < len(done) < good
    for o in done:
        json.loads(o.read_text("utf-8"))                            # every output present is whole
    proc = run_cli("convert", str(src), str(dest), "-f", "json", "--jobs", "2", "--no-learn", timeout=600)
    rows = report(dest)
    assert sum(r["status"] == "converted" for r in rows) + sum(r["status"] == "skipped" for r in rows) == good
    assert sum(r["status"] == "skipped" for r in rows) >= 1
    assert not list(dest.rglob(".*.part"))
    assert proc.returncode == 1


def _checkpointed(dest: Path) -> bool:
    try:
        return len(json.loads((dest / ".articlecli-manifest.json").read_text("utf-8"))["entries"]) >= 10
    except (OSError, ValueError):
        return False


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    src, dest = tmp_path / "src", tmp_path / "out"
    make_batch(src, 64)      # (about 1,700 files: the batch outlasts a test process the machine starves a while)
    p = subprocess.Popen([sys.executable, "-m", "articlecli", "convert", str(src), str(dest), "--jobs", "2",
                          "--no-learn"], stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and len(list(dest.rglob("*.md"))) < 10:
        time.sleep(0.05)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 130, err
    assert b"interrupted" in err and b"Traceback" not in err
    assert not list(dest.rglob(".*.part"))


def test_dest_rules(tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_batch(src, 1)
    assert run_cli("convert", str(src), str(src)).returncode == 2
    inner = src / "out"
    assert run_cli("convert", str(src), str(inner), "--no-learn", "-q").returncode == 1
    again = run_cli("convert", str(src), str(inner), "--no-learn", "-q", "--force")
    assert not [r for r in report(inner) if r["path"].startswith("out/")]   # DEST inside SRC is never input
    assert again.returncode == 1


def test_a_file_or_a_folder_given_to_the_other_command_says_which_command_to_use(tmp_path: Path) -> None:
    """`convert FILE` and `clean FOLDER` are the two ways users mix the commands up: each is one
    line naming the path and the command that does what they meant."""
    src = tmp_path / "src"
    make_batch(src, 1)
    one = next(p for p in sorted(src.rglob("*")) if p.is_file())
    proc = run_cli("convert", str(one), str(tmp_path / "out"))
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == [
        f"articlecli: {one}: not a folder (one file is cleaned with `articlecli clean FILE`)"]
    proc = run_cli("clean", str(src))
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines() == [
        f"articlecli: {src}: is a directory (a folder is converted with `articlecli convert SRC DEST`)"]


def test_jsonl_corpus(tmp_path: Path) -> None:
    src = tmp_path / "src"
    good = make_batch(src, 1)
    out = tmp_path / "corpus.jsonl"
    proc = run_cli("convert", str(src), "--jsonl", str(out), "--report", str(tmp_path / "r.jsonl"), "-q")
    assert proc.returncode == 1
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == good and all(json.loads(x)["source"]["path"] for x in lines)


def test_learning_removes_repeated_chrome_but_keeps_body(tmp_path: Path) -> None:
    """Ten articles of one site share a menu line and a closing sentence: the menu goes, the sentence stays."""
    src = tmp_path / "src" / "site"
    src.mkdir(parents=True)
    body = (ROOT / "samples").glob("sggp-*.txt").__next__().read_text("utf-8").split("\n\n")
    closing = "Hội nghị cũng đã thông qua nghị quyết về các nhiệm vụ trọng tâm của quý cuối năm nay."
    for i in range(10):
        paras = body[2 + i:6 + i]
        doc = f"Trang chủ Thời sự Thế giới\n\nTiêu đề bài số {i} về hội nghị thành phố\n\n" + "\n\n".join(paras)
        (src / f"a{i}.txt").write_text(doc + f"\n\n{closing}\n\nLiên hệ quảng cáo Hotline\n", "utf-8")
    dest = tmp_path / "out"
    rules_file = tmp_path / "learned.toml"
    proc = run_cli("convert", str(tmp_path / "src"), str(dest), "-f", "json", "--save-rules", str(rules_file), "-q")
    assert proc.returncode == 0, proc.stderr
    data = json.loads((dest / "site" / "a3.json").read_text("utf-8"))
    removed = {r["text"]: r["reason"] for r in data["removed"]}
    assert "repeated in 10 of 10 files" in removed["Liên hệ quảng cáo Hotline"]
    assert closing in data["text"]                                   # a full body sentence is never learned away
    assert "Liên hệ quảng cáo Hotline" not in data["text"]
    assert "liên hệ quảng cáo hotline" in rules_file.read_text("utf-8")
    one = tmp_path / "one.txt"
    one.write_text((src / "a3.txt").read_text("utf-8"), "utf-8")
    alone = json.loads(run_cli("clean", str(one), "-f", "json").stdout)
    with_rules = json.loads(run_cli("clean", str(one), "-f", "json", "--rules", str(rules_file)).stdout)
    assert not any("learned" in r["reason"] for r in alone["removed"])
    assert "Liên hệ quảng cáo Hotline" not in with_rules["text"]
    assert any("learned boilerplate" in r["reason"] for r in with_rules["removed"])


def test_a_folder_of_markdown_dumps_says_how_to_take_them(tmp_path: Path) -> None:
    """Markdown page dumps (Jina Reader, Firecrawl) are not in the default patterns (a data folder's README.md
    would be read as an article): a folder of them converts nothing and says so, with the --glob that takes
    them; with it, each is converted."""
    src = tmp_path / "jina"
    src.mkdir()
    shutil.copy(TESTS / "markdown" / "uk-BBC-2024-08-01.md", src / "obr.md")
    (src / "vne.md.gz").write_bytes(gzip.compress((TESTS / "markdown" / "vn-VnExpress-2025-10-22.md").read_bytes()))
    (src / "obr2.md").write_bytes((src / "obr.md").read_bytes())
    proc = run_cli("convert", str(src), "--jsonl", str(tmp_path / "none.jsonl"))
    assert proc.returncode == 0
    assert proc.stderr.decode().splitlines()[-1] == (
        f"articlecli: {src}: no file matches *.txt *.html *.htm *.txt.gz *.html.gz *.htm.gz; "
        "it holds 2 .md files (--glob '*.md' converts them)")
    proc = run_cli("convert", str(src), "--jsonl", str(tmp_path / "corpus.jsonl"), "--glob", "*.md", "--glob", "*.md.gz",
                   "-q")
    assert proc.returncode == 0, proc.stderr
    titles = sorted(json.loads(line)["title"] for line in (tmp_path / "corpus.jsonl").read_text("utf-8").splitlines())
    assert titles == ["Office for Budget Responsibility: What is the OBR and what does it do?"] * 2 + [
        "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non"]
