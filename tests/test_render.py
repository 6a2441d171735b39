"""Renderers: Markdown parses as CommonMark, JSON validates against the shipped schema."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
from markdown_it import MarkdownIt

from articlecli import Format, Label, clean, clean_file, render
from helpers import ROOT, TESTS

SAMPLE = next((ROOT / "samples").glob("sggp-*.txt"))
SCHEMA = json.loads((resources.files("articlecli") / "schema" / "article.schema.json").read_text("utf-8"))


def _tokens(md: str) -> list:
    return MarkdownIt("commonmark").parse(md)


def test_markdown_structure() -> None:
    md = render(clean_file(SAMPLE), Format.md)
    toks = _tokens(md)
    h = [(t.tag, toks[i + 1].content) for i, t in enumerate(toks) if t.type == "heading_open"]
    assert h[0][0] == "h1" and h[0][1].startswith("Đảng ủy Khối")
    assert [tag for tag, _ in h[1:]] == ["h2", "h2", "h2"]
    inline = [t for t in toks if t.type == "inline"]
    assert any(c.type == "strong_open" for c in inline[1].children)           # the lead is marked
    ems = [t for t in toks if t.type == "inline" and any(c.type == "em_open" for c in t.children)]
    assert len(ems) == 5                                                        # five captions


def test_markdown_escapes_survive_parsing() -> None:
    text = "Tiêu đề *thử* [1]\n\n# không phải heading, 1. không phải danh sách > không quote là câu dài đủ.\n"
    md = render(clean(text), "md")
    plain = " ".join("".join(c.content for c in t.children if c.type == "text")
                     for t in _tokens(md) if t.type == "inline")
    assert "*thử* [1]" in plain
    assert "# không phải heading" in plain
    assert not any(t.type == "bullet_list_open" or t.type == "ordered_list_open" for t in _tokens(md))


def test_json_validates_against_schema() -> None:
    for case in sorted((TESTS / "golden").iterdir()):
        if case.is_dir():
            data = json.loads(render(clean_file(next(case.glob("input.*"))), "json"))
            jsonschema.validate(data, SCHEMA)


def test_jsonl_is_one_line() -> None:
    out = render(clean_file(SAMPLE), "jsonl")
    assert out.count("\n") == 1 and json.loads(out)["title"]


def test_text_format() -> None:
    art = clean_file(SAMPLE)
    out = render(art, "text")
    assert out == f"{art.title}\n\n{art.text}\n"


def test_bench_contract_fields() -> None:
    data = json.loads(render(clean_file(SAMPLE), "json"))
    assert isinstance(data["text"], str) and isinstance(data["authors"], list)
    assert all(set(c) >= {"text", "credit"} for c in data["captions"])


def test_front_matter_is_yaml_like(tmp_path: Path) -> None:
    md = render(clean_file(SAMPLE), "md", front_matter=True)
    lines = md.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    for line in lines[1:end]:
        key, value = line.split(": ", 1)
        json.loads(value)                      # values are JSON scalars/lists: valid YAML flow values


PAGE = """<html><head><title>Budget numbers for the year</title></head><body><article>
<h1>Budget numbers for the year</h1>
<p>The council published its budget on Monday, and the <a href="/figures">full figures</a> show a rise in
spending on schools and roads across the region, officials said.</p>
<table><tr><th>Item</th><th>2024</th><th>2025</th></tr><tr><td>Schools</td><td>1.2</td><td>1.4</td></tr>
<tr><td>Roads | bridges</td><td>0.8</td><td>0.9</td></tr></table>
<p>The increase would be paid for by higher taxes on property,<br>which critics say will hurt families on
low incomes in the coming years of the plan.</p>
<p>2024. A year that starts with a number and a full stop is not an ordered list, the editors noted.</p>
</article></body></html>"""


def test_data_table_is_a_markdown_table() -> None:
    art = clean(PAGE)
    tables = [b for b in art.blocks if b.label.value == "table"]
    assert len(tables) == 1 and tables[0].features["rows"][0] == ["Item", "2024", "2025"]
    md = render(art, "md")
    toks = MarkdownIt("commonmark").enable("table").parse(md)
    cells = [t.children[0].content if t.children else "" for t in toks if t.type == "inline"
             and toks[toks.index(t) - 1].type in ("th_open", "td_open")]
    assert cells == ["Item", "2024", "2025", "Schools", "1.2", "1.4", "Roads | bridges", "0.8", "0.9"]
    data = json.loads(render(art, "json"))
    jsonschema.validate(data, SCHEMA)
    assert next(b for b in data["blocks"] if b["type"] == "table")["rows"][2] == ["Roads | bridges", "0.8", "0.9"]


def test_links_kept_only_with_the_option() -> None:
    from articlecli.options import Options

    plain = render(clean(PAGE, Options(url="https://example.com/a")), "md")
    assert "[full figures]" not in plain and "full figures show" in plain
    art = clean(PAGE, Options(url="https://example.com/a", links=True))
    md = render(art, "md")
    links = [c for t in _tokens(md) if t.type == "inline" for c in t.children if c.type == "link_open"]
    assert [c.attrs["href"] for c in links] == ["https://example.com/figures"]
    assert "full figures show" in art.text and "](" not in art.text          # text and JSON stay plain


def test_links_spanning_blocks_and_script_links() -> None:
    from articlecli.options import Options

    page = ("<html><body><article><h1>A headline for the test</h1><p>The first paragraph is long enough to be "
            "body text with a <a href='https://a.example/x'>link</a> inside it, clearly.</p>"
            "<a href='https://b.example/card'><div><p>A teaser card paragraph inside a link that spans block "
            "elements for testing purposes.</p></div></a><p>Another paragraph with a "
            "<a href='javascript:void(0)'>script link</a> that must stay plain text in every output.</p>"
            "</article></body></html>")
    art = clean(page, Options(links=True))
    assert all(b.text.strip() for b in art.blocks)                            # no empty block from a link's end
    md = render(art, "md")
    assert "[link](https://a.example/x)" in md and "javascript:" not in md and "script link" in md


def test_br_inside_a_sentence_joins_and_list_like_starts_are_escaped() -> None:
    art = clean(PAGE)
    assert any(b.text.startswith("The increase would") and b.text.endswith("of the plan.") for b in art.blocks)
    toks = _tokens(render(art, "md"))
    assert not any(t.type == "ordered_list_open" for t in toks)
    assert any(t.type == "inline" and t.content.startswith("2024\\. A year") for t in toks)


def test_list_items_keep_one_marker(tmp_path: Path) -> None:
    """A list item printed with its own marker ('- Học bổng …', '2. …') is one Markdown list item with that
    text, not an item holding an escaped dash ('- \\- Học bổng …')."""
    doc = ("Học bổng du học Australia năm nay\n\n"
           "Monash College hiện có nhiều học bổng hấp dẫn dành cho sinh viên Việt Nam trong năm học mới, gồm:\n\n"
           "- Học bổng 20% học phí cho học sinh bắt đầu vào kỳ nhập học tháng một.\n\n"
           "- Học bổng toàn phần cho sinh viên có thành tích xuất sắc nhất khóa.\n\n"
           "Các bước nộp hồ sơ như sau:\n\n"
           "1. Chuẩn bị bảng điểm và chứng chỉ tiếng Anh theo yêu cầu của trường.\n\n"
           "2. Nộp hồ sơ trực tuyến trước ngày hết hạn của kỳ nhập học.\n\n"
           "Sinh viên có thể liên hệ văn phòng tuyển sinh để được tư vấn thêm về các chương trình học bổng.\n")
    src = tmp_path / "list.txt"
    src.write_text(doc, "utf-8")
    art = clean_file(src)
    assert sum(b.label is Label.list_item for b in art.blocks) == 4
    toks = _tokens(render(art, "md"))
    items = [toks[i + 2].content for i, t in enumerate(toks) if t.type == "list_item_open"]
    assert items == ["Học bổng 20% học phí cho học sinh bắt đầu vào kỳ nhập học tháng một.",
                     "Học bổng toàn phần cho sinh viên có thành tích xuất sắc nhất khóa.",
                     "Chuẩn bị bảng điểm và chứng chỉ tiếng Anh theo yêu cầu của trường.",
                     "Nộp hồ sơ trực tuyến trước ngày hết hạn của kỳ nhập học."]
    assert [t.type for t in toks if t.type.endswith("list_open")] == ["bullet_list_open", "ordered_list_open"]
    assert "- Học bổng 20%" in render(art, "text")          # (the text output prints the item as the page did)
