"""Markdown page dumps (Jina Reader, Firecrawl, html2text): markup out of the text, kept as evidence.

The dumps in tests/markdown/ are real pages of ../shared/corpus/fundus-dev printed as whole-page
Markdown by benchmarks/mdpage.py (see tests/markdown/README.md)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from articlecli import Label, clean_file, render
from articlecli.markdown import strip
from helpers import TESTS, tokseq

DUMPS = TESTS / "markdown"


def test_bbc_page_dump() -> None:
    art = clean_file(DUMPS / "uk-BBC-2024-08-01.md")
    assert art.title == "Office for Budget Responsibility: What is the OBR and what does it do?"
    assert any(f.startswith("Markdown markup removed") for f in art.source.fixes)
    assert "](" not in art.text and "http" not in art.text and "/news" not in art.text
    assert tokseq("The Office for Budget Responsibility (OBR) monitors the UK government's spending plans") \
        in tokseq(art.text)
    for menu in ("Skip to content", "Newsletters", "Weather"):
        assert tokseq(menu) not in tokseq(art.text), menu
    headings = [b for b in art.blocks if b.label is Label.heading]
    assert [h.text for h in headings][:2] == ["What is the OBR and what does it do?", "Why do OBR forecasts matter?"]
    assert all(h.level == 2 for h in headings)
    # '![EPA Kwasi Kwarteng and Liz Truss](…) EPA' then the caption line: a caption with its credit
    cap = next(c for c in art.captions if c.text.startswith("Former PM Liz Truss"))
    assert cap.credit == "EPA" and "Former PM Liz Truss" not in art.text
    assert "GDP" not in art.authors            # '[GDP](/news/topics/…)' closing the page is a topic link


def test_vnexpress_page_dump() -> None:
    art = clean_file(DUMPS / "vn-VnExpress-2025-10-22.md")
    assert art.title == "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non"
    assert art.authors == ["Lê Phương"] and art.language == "vi"
    assert art.lead.startswith("Người đàn ông 63 tuổi đau bụng kéo dài")
    assert "](" not in art.text and "base64" not in art.text


def test_markup_out_evidence_kept() -> None:
    text = "\n".join(["* [Home](/) * [News](/news)", "# The headline #", "![A photo](/a.jpg) Getty Images",
                      "A paragraph with [one link](https://x.org/a_(b)) and **bold** words in it.",
                      "[![alt](/i.png)](/gallery)", "Caption under the image", "Plain [brackets] stay."])
    out, marks, note = strip(text)
    lines = out.split("\n")
    assert lines[0] == "* Home * News" and marks[0]["link_density"] > 0.5
    assert lines[1] == "The headline" and marks[1]["md_heading"] == 1
    assert lines[2] == "Getty Images" and marks[2]["md_images"] == 1
    assert lines[3] == "A paragraph with one link and bold words in it." and marks[3]["link_density"] < 0.3
    assert lines[4] == "" and marks[4]["md_images"] == 1
    assert lines[5] == "Caption under the image" and marks[5]["md_after_image"]
    assert lines[6] == "Plain [brackets] stay." and note and "2 image(s), 1 heading(s)" in note


def test_text_without_markdown_is_left_alone() -> None:
    text = "A title\n\nA paragraph that mentions [1] a reference and (brackets](odd) once.\n"
    assert strip(text) == (text, [], None)


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


pieces = st.sampled_from(["[", "]", "(", ")", "!", "#", "*", "_", " ", "a", "Hà", "link", "http://x.y/z",
                          "](", "![", "\n", "**", "##"])


@given(st.lists(pieces, max_size=60).map("".join))
def test_markup_removal_only_deletes(text: str) -> None:
    """Every line keeps only characters it had, in their order (markup and addresses are deleted,
    nothing is added but spaces)."""
    text = "[a](b) [c](d) [e](f)\n" + text
    out, _, _ = strip(text)
    assert out.count("\n") == text.count("\n")
    for a, b in zip(out.split("\n"), text.split("\n")):
        assert _subsequence("".join(a.split()), "".join(b.split())), (a, b)


def test_articlecli_markdown_reads_back(tmp_path) -> None:
    """`clean -f md --front-matter` output cleaned again gives the same article: title, lead, text,
    captions with credits, authors (the front matter and the '— NAME' line), site."""
    sample = next((TESTS.parent / "samples").glob("sggp-*.txt"))
    first = clean_file(sample)
    md = tmp_path / "article.md"
    md.write_text(render(first, "md", front_matter=True), "utf-8")
    again = clean_file(md)
    assert (again.title, again.lead, again.text, again.authors, again.site, again.language) == \
        (first.title, first.lead, first.text, first.authors, first.site, first.language)
    assert [(c.text, c.credit) for c in again.captions] == [(c.text, c.credit) for c in first.captions]
    assert any(f.startswith("YAML front matter read as metadata") for f in again.source.fixes)
    md.write_text(render(first, "md"), "utf-8")               # without front matter: the byline line
    assert clean_file(md).authors == ["THU HƯỜNG"]


def test_jina_reader_header(tmp_path) -> None:
    body = (DUMPS / "uk-BBC-2024-08-01.md").read_text("utf-8")
    page = tmp_path / "jina.md"
    page.write_text("Title: What is the OBR? - BBC News\n\nURL Source: https://www.bbc.com/news/business-41368562\n\n"
                    "Published Time: 2024-08-01T10:00:00Z\n\nMarkdown Content:\n" + body, "utf-8")
    art = clean_file(page)
    assert art.title == "What is the OBR? - BBC News" and art.url == "https://www.bbc.com/news/business-41368562"
    assert art.published == "2024-08-01T10:00:00Z" and "URL Source" not in art.text
    assert any(f.startswith("Jina Reader header read as metadata") for f in art.source.fixes)
    assert tokseq("The Office for Budget Responsibility (OBR) monitors") in tokseq(art.text)


def test_a_rule_line_on_top_is_not_front_matter() -> None:
    from articlecli.frontmatter import split
    text = "---\nMột dòng kẻ rồi tiêu đề\n---\nĐoạn văn bản đầu tiên của bài báo.\n"
    assert split(text) == (text, {}, None)
    text = "---\ntitle: 'It''s a title'\nauthor:\n  - Jane Doe\n  - John Roe\ndate: 2024-05-01\n---\nBody.\n"
    blanked, meta, note = split(text)
    assert meta == {"title": "It's a title", "authors": ["Jane Doe", "John Roe"], "published": "2024-05-01"}
    assert blanked == "\n" * 7 + "Body.\n" and note


TABLE_PAGE = """# Council budget

The council published its budget on Monday and the figures show a rise in spending on schools and roads in the region.

| Item | [2025](/budget/2025) | 2026 |
|---|:---:|---:|
| **Schools** | 1.4 | 1.5 |
| Roads | 0.9 | 1.0 \\| est. |

The council will vote on the budget next week after a public consultation on the plans for schools.
"""


def test_a_markdown_table_is_one_table_block_with_its_rows(tmp_path) -> None:
    """A GitHub-flavoured table in a Markdown dump is a table (its rows, links and emphasis as text), not one
    paragraph per row, and articlecli's own Markdown of it reads back the same."""
    page = tmp_path / "budget.md"
    page.write_text(TABLE_PAGE, "utf-8")
    art = clean_file(page)
    tables = [b for b in art.blocks if b.label is Label.table]
    assert len(tables) == 1 and tables[0].features["rows"] == [
        ["Item", "2025", "2026"], ["Schools", "1.4", "1.5"], ["Roads", "0.9", "1.0 | est."]]
    assert [b.label for b in art.blocks] == [Label.lead, Label.table, Label.paragraph]
    assert "|---" not in art.text and "**" not in art.text
    md = render(art, "md")
    again = tmp_path / "again.md"
    again.write_text(md, "utf-8")
    assert render(clean_file(again), "md") == md


def test_bars_without_a_rule_line_are_no_table() -> None:
    text = "# Title\n\n## Section\n\n| not a table | just a line |\n\nText after it.\n"
    out, marks, _ = strip(text)
    assert "| not a table | just a line |" in out and not any("md_table" in m for m in marks)


def test_link_and_image_addresses_with_spaces_come_out() -> None:
    """Converters print a share link's or an inline image's address as it is, spaces and all (a mailto
    subject, an SVG placeholder's data URI): the markup still comes out, the link text stays
    (us-BusinessInsider-2024-02-14 and uk-Nature-2025-11-04 printed as Markdown by benchmarks/mdpage.py)."""
    text = "\n".join([
        "# How to fight climate change without the US",
        "* [Email](mailto:?subject=How to fight climate change without the US: a guide&body=https%3A%2F%2Fx.org)",
        "![Zendaya attends a 2021 \"Dune\" photocall in Paris.](data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'%3E%3C/svg%3E)",
        "A paragraph with [a link](https://x.org/a \"its title\") and [another](/b) in it.",
        "Plain (brackets) [x] (y) and a [bracket](without an address stay."])
    out, marks, _ = strip(text)
    lines = out.split("\n")
    assert lines[1] == "* Email" and marks[1]["link_density"] > 0.5
    assert lines[2] == "" and marks[2]["md_images"] == 1
    assert lines[3] == "A paragraph with a link and another in it."
    assert lines[4] == "Plain (brackets) [x] (y) and a [bracket](without an address stay."
