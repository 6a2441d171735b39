"""Hard-wrapped text dumps (lynx/w3m -dump, html2text, mail archives) are joined back into paragraphs."""
from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given, strategies as st

from articlecli import Label, clean
from articlecli.unwrap import unwrap

SAMPLE = next((Path(__file__).parent.parent / "samples").glob("sggp-*.txt"))


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width) if len(line) > width else line for line in text.split("\n"))


def test_the_sample_wrapped_at_72_columns_comes_out_as_the_sample(tmp_path) -> None:
    raw = SAMPLE.read_text("utf-8").replace("\u00a0", " ")
    path = tmp_path / "wrapped.txt"
    path.write_text(_wrap(raw, 72), "utf-8")
    plain, wrapped = clean(raw), clean(path.read_bytes())
    assert wrapped.text == plain.text and wrapped.title == plain.title and wrapped.authors == plain.authors
    assert [(c.text, c.credit) for c in wrapped.captions] == [(c.text, c.credit) for c in plain.captions]
    assert any("hard-wrapped line breaks joined (text wrapped at 72 columns)" in f for f in wrapped.source.fixes)
    # blocks keep the source line of their first line
    lines = path.read_text("utf-8").split("\n")
    for b in wrapped.blocks:
        assert lines[b.line - 1].strip() and b.text.startswith(lines[b.line - 1].strip()[:20])


def test_text_that_is_not_wrapped_is_left_alone() -> None:
    raw = SAMPLE.read_text("utf-8")
    assert unwrap(raw) == (raw, [], None)
    menu = "\n".join(["Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Văn hóa", "Thể thao"] * 3)
    page = f"{menu}\n\n{raw}\n\n{menu}\n"
    assert unwrap(page)[2] is None


def test_early_line_ends_keep_their_break() -> None:
    """A title, a short last line, list items: only lines that end because the next word did not fit
    are joined (here the paragraphs follow each other without blank lines)."""
    para = ("The council approved a new budget on Tuesday for public parks and playgrounds across the city, "
            "with money for new benches, lights and trees in every district that asked for them this year.")
    items = ["- first item of the list that is here", "- second item of the list that is here"]
    doc = "\n".join(["A short title", *textwrap.wrap(para, 60), *textwrap.wrap(para.replace("The", "A"), 60),
                     *items, *textwrap.wrap(para.upper(), 60), "The end."])
    text, numbers, note = unwrap(doc)
    lines = text.split("\n")
    assert lines[0] == "A short title" and lines[1] == para and lines[2] == para.replace("The", "A")
    assert lines[3:5] == items and lines[5] == para.upper() and lines[6] == "The end."
    assert numbers[:2] == [1, 2] and note and "60 columns" in note


def test_a_word_broken_after_its_hyphen_is_joined_without_a_space() -> None:
    words = "Die Stadt hat am Dienstag einen neuen Haushalt für die öffentlichen Parks beschlossen."
    lines = textwrap.wrap(" ".join([words] * 6), 50)
    broken = "Das Projekt ist in der Stadt seit Jahren well-"             # 46 characters: 'known' does not fit
    text, _, note = unwrap("\n".join([*lines, broken, "known und beliebt.", "", "Ende."]))
    assert note and "seit Jahren well-known und beliebt.\n\nEnde." in text


def test_wrapped_article_labels() -> None:
    """The wrapped sample still has its subheadings, captions and byline recognised."""
    art = clean(_wrap(SAMPLE.read_text("utf-8").replace("\u00a0", " "), 80))
    assert sum(b.label is Label.heading for b in art.blocks) == 3 and len(art.captions) == 5
    assert art.authors == ["THU HƯỜNG"]


words = st.lists(st.sampled_from("Hà Nội the council approved well- a new budget - 1. [2] phố người dân".split()),
                 min_size=1, max_size=30).map(" ".join)
paragraphs = st.lists(st.one_of(words, st.just("")), min_size=1, max_size=12)


@given(paragraphs, st.integers(min_value=20, max_value=90))
def test_unwrapping_only_removes_line_breaks(paras: list[str], width: int) -> None:
    doc = "\n".join(textwrap.fill(p, width) if p else "" for p in paras)
    text, numbers, note = unwrap(doc)
    assert "".join(text.split()) == "".join(doc.split())          # every character but whitespace stays
    if note:
        lines = doc.split("\n")
        assert len(numbers) == text.count("\n") + 1 and numbers == sorted(set(numbers))
        assert all(out.startswith(lines[n - 1].rstrip()) for out, n in zip(text.split("\n"), numbers))
    else:
        assert text == doc
