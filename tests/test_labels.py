"""Label cases as data (tests/cases/labels.toml): positives and negatives for each label."""
from __future__ import annotations

import sys

import pytest

from articlecli import Options, clean
from helpers import TESTS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = tomllib.loads((TESTS / "cases" / "labels.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_label(case: dict) -> None:
    art = clean(case["doc"], Options())
    matches = [b for b in art.trace if b.text == case["block"] or b.text.startswith(case["block"])]
    assert matches, f"no block starts with {case['block']!r}: {[b.text[:30] for b in art.trace]}"
    if "credit" in case:                       # the caption, not an alt line with the same text
        matches = [b for b in matches if b.credit == case["credit"]] or matches
    b = matches[case.get("occurrence", 1) - 1]         # (a line printed twice: which copy)
    if "not_label" in case:                    # a negative that pins no label, only excludes one
        assert b.label.value != case["not_label"], f"{b.label.value}: {b.reason}"
    else:
        assert b.label.value == case["label"], f"{b.label.value}: {b.reason}"
    assert b.reason
    if case.get("exact"):                      # the block is this text, with nothing after it
        assert b.text == case["block"]
    if "credit" in case:
        assert b.credit == case["credit"]


@pytest.mark.parametrize("line,name", [("By Sauli Giliard", "Sauli Giliard"), ("bySauli Giliard", "Sauli Giliard"),
                                       ("vonMax Muster", "Max Muster"), ("bygone days", None), ("DoorDash", None),
                                       ("ByteDance Ltd", None)])
def test_byline_prefix_glued_to_the_name(line: str, name: str | None) -> None:
    """Scrapers join a byline label to its linked name: 'bySauli Giliard' (Daily News TZ in
    ../shared/corpus/fundus-dev); a word that merely starts with 'by'/'Door' is not a byline."""
    from articlecli import rules

    m = rules.load(()).byline_prefix_re.match(line)
    assert (m.group("name") if m else None) == name


@pytest.mark.parametrize("byline,names", [
    ("Von Anna Sleegers, Frankfurt", ["Anna Sleegers"]),                 # fundus-dev BoersenZeitung page.txt
    ("Von Paulina Cwiartka, Online-Redakteurin", ["Paulina Cwiartka"]),  # fundus-dev WAZ page.txt
    ("Adam Vidler and AP", ["Adam Vidler", "AP"]),                       # an agency stays
    ("Von dpa 30.04.2024, 18:58", ["dpa"]),                              # fundus-dev MitteldeutscheZeitung page.txt
    ("Von heute 30.04.2024, 18:58", []),                                 # (a lowercase word that names no agency)
    ("By Smith and Jones", ["Smith", "Jones"]),                          # no full name: single words stay
    ("Sophie FosterTravel News Reporter", ["Sophie Foster"]),            # fundus-dev DailyStar page.txt: glued role
    ("Sarah LazareTwitter", ["Sarah Lazare"]),                           # fundus-dev TheNation page.txt
    ("Amy Gibbons Political Correspondent", ["Amy Gibbons"]),            # fundus-dev TheTelegraph (rules: role_nouns)
    ("By Jon King, News Reporter", ["Jon King"]),                        # fundus-dev Express page.txt
    ("Kate MacKenzie", ["Kate MacKenzie"]),                              # a capital inside a name stays
    ("Tuva Mathilde Løland Tips meg", ["Tuva Mathilde Løland"]),         # fundus-dev Nettavisen page.txt: a widget
    ("Jane Smith Share", ["Jane Smith"]),                                #  label glued after the name (chrome.lines)
    ("大渡 美咲", ["大渡 美咲"]),                                             # fundus-dev Sankei page.txt: Japanese, spaced
    ("Nguyễn Văn An tổng hợp", ["Nguyễn Văn An"]),                       # a Vietnamese role suffix: three-word name
    ("Travel By Sophie Foster Travel News Reporter", []),                # a section word before the byline word
    ("by Cristina Laila Apr. 28, 2023 1:15 pm", ["Cristina Laila"]),     # fundus-dev TheGatewayPundit: the date cut
    ("Von: Simone Jung", ["Simone Jung"]),                               # fundus-dev FrankfurterRundschau
    ("By Lance Ulanoff published 19 May 2026", ["Lance Ulanoff"]),       # fundus-dev TechRadar
    ("by the way we went home", []),
    ("By Samya Kullab and Vasilisa Stepanenko The Associated Press",      # fundus-dev GlobalNews page.txt:
     ["Samya Kullab", "Vasilisa Stepanenko"]),                            # the agency they write for
    ("By Jane Doe AP", ["Jane Doe"]),
    ("By Tom Davies - Associated Press - Friday, April 28, 2023",          # fundus-dev WashingtonTimes page.txt:
     ["Tom Davies"]),                                                    # the agency and date after dashes
    ("By Tom Davies and Ann Lee - The Associated Press", ["Tom Davies", "Ann Lee"]),
    ("Tom Davies - Jane Smith", ["Tom Davies", "Jane Smith"]),           # a dash between two names: both
    ("Von Anne-Kathrin Neuberg-Vural", ["Anne-Kathrin Neuberg-Vural"]),  # hyphens inside names stay
    ("By Ann Lee, Tom Davies, and Jane Smith", ["Ann Lee", "Tom Davies", "Jane Smith"]),   # the serial comma (seen
    ("Ana Pérez, Luis Gómez, y Marta Ruiz", ["Ana Pérez", "Luis Gómez", "Marta Ruiz"]),    # on newspaper4k's CNN page)
])
def test_a_place_or_role_beside_a_name_is_not_an_author(byline: str, names: list[str]) -> None:
    from articlecli import rules
    from articlecli.names import names_from_byline
    assert names_from_byline(byline, rules.load(())) == names


@pytest.mark.parametrize("line,name", [
    ("Stefan Trunzik, 26.04.2024 10:00 Uhr", "Stefan Trunzik"),          # fundus-dev WinFuture page.txt
    ("27. Januar 2026 • Gregor Meier • 3 Minuten", "Gregor Meier"),      # fundus-dev Landesspiegel page.txt
    ("Zimbili Vilakazi|Published 15 hours ago", "Zimbili Vilakazi"),      # fundus-dev Isolezwe page.txt
    ("Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch", "Eva Kirchner-Rätsch"),   # fundus-dev RBB24 page.txt
    ("12.03.2024 | Von der Leyen kommt", None),                          # 'Von' opening a headline, not a byline
    ("Associated PressApril 28, 2023 GMT", "Associated Press"),          # fundus-dev APNews: the date glued on
    ("Frankfurt, November 05, 2025, 5:09 Uhr", None),                    # a place and a date
    ("Aktuelle Zeit:0:00Gesamtdauer:0:00", None),                        # a video player's labels
    ("Posted May 24, 2026 10:05 am", None),                              # fundus-dev GlobalNews: a date label
    ("Publicerad 23 okt 2025 kl 10.23", None),                           # fundus-dev Expressen
    ("Geingob’s Funeral, National, News, Top Story 1 | Published: 5 hours ago | Last Updated: 5 hours ago | Written by "
     "Eliaser Ndeyanale", "Eliaser Ndeyanale"),                          # fundus-dev TheNamibian: a metadata row
    ("Galaxy S26 Ultra review", None),                                   # fundus-dev TechRadar: a number inside a word
    ("9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer", "Frank Wunderlich-Pfeiffer"),   # fundus-dev Golem
    ("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch", "Tobias Költzsch"),   # fundus-dev Golem
    ("Frankfurt, November 05, 2025, 5:09 Uhr, Hauptbahnhof", None),       # a place after the date: one word
])
def test_the_name_beside_a_date(line: str, name: str | None) -> None:
    from articlecli import rules
    from articlecli.names import name_beside_date, names_from_byline
    assert name_beside_date(line) == name
    if name:
        assert names_from_byline(line, rules.load(())) == [name]


def test_names_in_name_dash_role_bylines() -> None:
    """'Name – Role' bylines give the name, not the role (fundus-dev NRK page.txt)."""
    from articlecli import rules
    from articlecli.names import name_with_dashed_role, names_from_byline
    r = rules.load(())
    assert names_from_byline("Anders Skjerdingstad – Journalist i Paris Journalist i Paris", r) == ["Anders Skjerdingstad"]
    assert name_with_dashed_role("Mathias Hagen – Journalist", r) == "Mathias Hagen"
    assert name_with_dashed_role("Oslo – Journalist Day brings protests", r) is None     # a place, one word
    assert name_with_dashed_role("Tom Davies – Associated Press", r) is None              # no role after the dash


def test_names_between_bars() -> None:
    """Full names between bars are one name each (fundus-dev DW 2023-06-13 page.txt: 'Julia Vergin | Clare Roth');
    after 'By' the part after the bar is the outlet, and a link row of one-word labels is no name line."""
    from articlecli import rules
    from articlecli.names import namelike, names_from_byline
    r = rules.load(())
    assert names_from_byline("Julia Vergin | Clare Roth", r) == ["Julia Vergin", "Clare Roth"]
    assert names_from_byline("By Aaron Kliegman | Fox News", r) == ["Aaron Kliegman"]
    assert namelike("Julia Vergin | Clare Roth")
    assert not namelike("Politik | Ausland | Sport")


BODY = ("The council published its budget on Monday, and the figures show a clear rise in spending on schools, "
        "roads and public transport across the whole region this year.")


@pytest.mark.parametrize("top,end,authors", [
    ("By Jane Smith", "Story Saved\n\nMore On", ["Jane Smith"]),     # fundus-dev DailyStar, Stern: widgets, tags
    ("Jane Smith", "Ihr Feedback", ["Jane Smith"]),                   # fundus-dev DW: a name line above the text
    ("", "NGUYỄN AN", ["NGUYỄN AN"]),                                  # seed/000.txt: the closing name is the byline
])
def test_name_lines_after_the_text_are_not_authors_when_a_byline_stands_above(top: str, end: str,
                                                                             authors: list[str]) -> None:
    doc = (f"Council budget rises for schools and roads\n\n{top}\n\n{BODY}\n\n{BODY.replace('Monday', 'Friday')}"
           f"\n\n{end}\n")
    art = clean(doc, Options())
    assert art.authors == authors
    assert "Story Saved" not in art.text and "Ihr Feedback" not in art.text


@pytest.mark.parametrize("top,authors", [
    ("By\n\nRachel Brazil", ["Rachel Brazil"]),           # fundus-dev Nature: the prefix alone, the name's link apart
    ("By Lucy Thornton\n\nTim Hanlon\n\nPhoebe Tonks", ["Lucy Thornton", "Tim Hanlon", "Phoebe Tonks"]),  # TheMirror
    ("Von Holger Zschäpitz\nLeitender Wirtschaftsredakteur", ["Holger Zschäpitz"]),   # DieWelt: the role, no co-author
    ("By\n\nXiaoying You0,\n\nMariana Lenharo,\n\nMohana Basu,\n\nDavide Castelvecchi &\n\n…\n\nJeff Tollefson",
     ["Xiaoying You", "Mariana Lenharo", "Mohana Basu", "Davide Castelvecchi", "Jeff Tollefson"]),   # Nature: a list
])
def test_name_lines_under_a_by_byline_are_co_authors(top: str, authors: list[str]) -> None:
    doc = f"Council budget rises for schools and roads\n\n{top}\n\n{BODY}\n\n{BODY.replace('Monday', 'Friday')}\n"
    assert clean(doc, Options()).authors == authors


def test_headline_above_standfirst_and_bare_by_byline() -> None:
    """fundus-dev Nature: headline, standfirst, 'By' / name, the author's bio, share buttons and an image's alt
    line above the text: the headline is the one the byline stands under, not the alt line."""
    doc = ("Universities in exile: displaced scholars count the costs of starting afresh\n\n"
           "War and political unrest can force staff members and students to uproot their lives, "
           "but some institutions manage to carry on.\n\nBy\n\nRachel Brazil\n\n"
           "Rachel Brazil is a freelance journalist in London, UK.\n\nView author publications\n\n"
           "Email\n\nFacebook\n\nLinkedIn\n\nX\n\nFind a new job\n\n"
           "A solitary soldier walks through rubble on a road outside a badly damaged university building\n"
           "Donetsk National Technology University had to leave its second location. Credit: Yan Dobronosov\n\n"
           f"{BODY}\n\n{BODY.replace('Monday', 'Friday')}\n")
    art = clean(doc, Options())
    assert art.title == "Universities in exile: displaced scholars count the costs of starting afresh"
    assert art.authors == ["Rachel Brazil"]


@pytest.mark.parametrize("byline,authors", [
    ("von David Straub, MDR THÜRINGEN", ["David Straub"]),      # fundus-dev MDR: the outlet in capitals
    ("THANH HÀ - MINH ANH", ["THANH HÀ", "MINH ANH"]),           # vi: a byline all in capitals is names
])
def test_part_in_capitals_after_a_mixed_case_name_is_the_outlet(byline: str, authors: list[str]) -> None:
    from articlecli.names import names_from_byline
    from articlecli.rules import load
    assert names_from_byline(byline, load()) == authors


def test_breadcrumb_above_the_bylined_headline_is_not_the_title() -> None:
    """fundus-dev SalzburgerNachrichten: the page's path above the headline, the byline under it."""
    doc = (f"SN.AT / Politik / Innenpolitik\n\nEx-Ministerin Raab neue Chefin von Migrations-Thinktank\n\n"
           f"Von Anna Berger\n\nDonnerstag\n\n{BODY}\n\n{BODY.replace('Monday', 'Friday')}\n")
    assert clean(doc, Options()).title == "Ex-Ministerin Raab neue Chefin von Migrations-Thinktank"


def test_where_the_authors_report_from_is_no_headline() -> None:
    """fundus-dev NRK: two 'Name – Journalist' bylines (the role printed twice), 'Vi rapporterer fra Oslo/Paris' and
    the date under them, both printed again for a second layout: the headline is the one above the standfirst,
    and both names are authors."""
    doc = ("Tårene rant for norsk OL-håp – så kom sjokkvendingen\n\n"
           "Kvalifiseringen i stavsprang ble av det dramatiske slaget for norske Lene Retzius.\n\n"
           "Mathias Hagen – Journalist Journalist\n\n"
           "Anders Skjerdingstad – Journalist i Paris Journalist i Paris\n\n"
           "Vi rapporterer fra Oslo/Paris\n\nPublisert 05.08.2024, kl. 13.05 Oppdatert 05.08.2024, kl. 13.52\n\n"
           "Publisert 05.08.2024, kl. 13.05 Oppdatert 05.08.2024, kl. 13.52\nVi rapporterer fra Oslo/Paris\n\n"
           "Lene Retzius er, sammen med hele 19 andre stavhoppere, klar for finalen i stavsprang. Det var lenge "
           "usikkert om hun skulle klare det etter en dramatisk kvalifisering på Stade de France.\n\n"
           "Det var ikke tolv utøvere som klarte å hoppe 4,55 meter, og etter en periode med uvisshet ble det klart "
           "at Retzius var videre til finalen på onsdag kveld.\n")
    art = clean(doc, Options())
    assert art.title == "Tårene rant for norsk OL-håp – så kom sjokkvendingen"
    assert art.authors == ["Mathias Hagen", "Anders Skjerdingstad"]


def test_rules_files_list_each_phrase_once() -> None:
    """A phrase listed twice in one rules list is a sign two edits added the same finding."""
    from pathlib import Path

    import articlecli
    from articlecli.rules import tomllib          # (tomli before Python 3.11)
    for path in sorted((Path(articlecli.__file__).parent / "rules").glob("*.toml")):
        for section, table in tomllib.loads(path.read_text("utf-8")).items():
            for key, value in table.items() if isinstance(table, dict) else ():
                if isinstance(value, list) and all(isinstance(x, str) for x in value):
                    twice = sorted({x for x in value if value.count(x) > 1})
                    assert not twice, f"{path.name} [{section}] {key}: {twice}"


def test_chrome_phrase_lists_do_not_overlap() -> None:
    """chrome.headers, chrome.lines and chrome.in_article are looked up in that order by the casefolded line
    (rules.chrome_match): a phrase in two of them, or twice in one in another case, is a dead entry; so is a
    phrase in two of the prefix lists (prefixes, in_article_prefixes and the notices)."""
    from pathlib import Path

    import articlecli
    from articlecli.rules import tomllib
    from articlecli.textutil import norm_key
    for path in sorted((Path(articlecli.__file__).parent / "rules").glob("*.toml")):
        chrome = tomllib.loads(path.read_text("utf-8")).get("chrome", {})
        seen: dict[str, str] = {}
        for key in ("headers", "lines", "in_article"):
            for phrase in chrome.get(key, []):
                k = norm_key(phrase)
                assert k not in seen, f"{path.name}: {phrase!r} in chrome.{key} is already in chrome.{seen[k]}"
                seen[k] = key
        starts: dict[str, str] = {}        # (the prefix lists are one list of prefixes to the chrome match)
        for key in ("prefixes", "in_article_prefixes", "summary_notices", "signup_notices", "cut_notices"):
            for phrase in chrome.get(key, []):
                k = norm_key(phrase)
                assert k not in starts, f"{path.name}: {phrase!r} in chrome.{key} is already in chrome.{starts[k]}"
                starts[k] = key


def test_source_line_leaves_name_only_authors() -> None:
    """'Quelle: F.A.Z.' closing the article is a source line that names nobody: the name-only bylines
    ('Von' / 'Felix Schwarz' under the title, the name again at the end) still give the author."""
    case = next(c for c in CASES if c["name"] == "last-paragraph-after-a-box-of-headline-links")
    art = clean(case["doc"], Options())
    assert art.authors == ["Felix Schwarz"]
    assert any(r.text.startswith("Quelle: F.A.Z.") and r.kind == "byline" for r in art.removed)


def _evidenced(lines: list[str]):
    from articlecli import rules
    from articlecli.classify import evidence
    from articlecli.model import Block

    blocks = [Block(t, n) for n, t in enumerate(lines, 1)]
    for b in blocks:
        evidence(b, rules.load(()))
    return blocks


NOTICE = ("Aus datenschutzrechtlichen Gründen werden Kommentare, bei denen die E-Mail-Adresse in den Feldern Name, "
          "Wohnort oder Text geschrieben wurde, nicht freigegeben. Mit Nutzung der Kommentarfunktion stimmen Sie "
          "unserer Netiquette sowie unserer Datenschutzerklärung zu. Wir behalten uns vor, Kommentare, die nicht zu "
          "einer konstruktiven Diskussion beitragen, nicht freizugeben oder zu löschen.")


@pytest.mark.parametrize("box,resumes", [
    (["Mehr zum Thema", "Unterdrückung in Russland", "Die Gesichter der politischen Gefangenen",
      "Wie der FSB an Geheimdienstlaptops gekommen ist"], True),            # fundus-dev de-FAZ-2024-04-17.page.txt
    (["Kommentar verfassen", "Name (Pflichtfeld)*", "Text (max. 1000 Zeichen)*", "Wohnort (Angabe freiwillig)",
      "E-Mail (wird nicht veröffentlicht, Angabe freiwillig)", "*Pflichtfelder"], False),   # de-RBB24-2024-04-25
])
def test_box_of_links_before_a_very_long_paragraph(box: list[str], resumes: bool) -> None:
    """After a box of headline links, one very long paragraph is the article going on (its last paragraph);
    after a comment form's field labels it is the form's notice (fundus-dev page dumps, as printed)."""
    from articlecli.region import _body_resumes

    blocks = _evidenced(box + [NOTICE])
    assert _body_resumes(blocks, 1, len(blocks)) is resumes


def test_a_dated_byline_before_the_text_gives_authors_and_date() -> None:
    """fundus-dev us-WashingtonTimes-2023-04-28.page.txt, lines 355-385, shortened: 'By X - Agency - date' under a
    widget label after the standfirst is the byline (not a date line), and its date is the article's."""
    doc = ("Indiana governor endorses revised budget package\n\n"
           "Do you expect the state budget to pass before the end of the legislative session this week?\n\n"
           "Print\n\nBy Tom Davies - Associated Press - Friday, April 28, 2023\n\n"
           f"INDIANAPOLIS (AP) — {BODY}\n\n{BODY}\n")
    art = clean(doc, Options())
    assert art.authors == ["Tom Davies"]
    assert art.published == "April 28, 2023"
    assert "Tom Davies" not in art.text


def test_name_and_agency_glued_after_the_last_sentence() -> None:
    """'… kỳ họp tới. Minh Anh (TTXVN)': the author is the name, the agency is the source, neither is text."""
    case = next(c for c in CASES if c["name"] == "name-and-agency-glued-after-the-last-sentence-is-the-byline")
    art = clean(case["doc"], Options())
    assert art.authors == ["Minh Anh"] and art.sources == ["TTXVN"]
    assert art.text.endswith("kỳ họp tới.")


@pytest.mark.parametrize("end,authors,sources", [
    ("Minh Anh/TTXVN", ["Minh Anh"], ["TTXVN"]),
    ("Thu Hà/VOV-Tây Bắc", ["Thu Hà"], ["VOV-Tây Bắc"]),
    ("THANH HÀ - MINH ANH", ["THANH HÀ", "MINH ANH"], []),
    ("Lê Minh (tổng hợp)", ["Lê Minh"], []),                 # a role in parentheses is no source
])
def test_closing_byline_authors_and_sources(end: str, authors: list[str], sources: list[str]) -> None:
    case = next(c for c in CASES if c["name"] == "name-slash-agency-closing-the-article-is-the-byline")
    art = clean(case["doc"].replace("Minh Anh/TTXVN", end), Options())
    assert (art.authors, art.sources) == (authors, sources)
    assert end not in art.text


def test_a_word_mixing_a_capital_with_a_caseless_script_is_no_name() -> None:
    # fundus-dev jp-SankeiShimbun-2025-01-21 page.txt: the share buttons 'Facebookでシェアする LINEで共有する'
    # under the headline were taken for a name-only byline
    from articlecli.names import namelike
    assert not namelike("Facebookでシェアする LINEで共有する")
    assert namelike("Nguyễn Văn An") and namelike("Ólafur Müller")


def test_a_box_of_repeated_cards_inside_the_article_does_not_end_it() -> None:
    # newspaper4k 0.9.6 test page wired_001.html as a page dump: a 'Most Popular' box past the middle of the
    # article repeats the four cards (section, headline, author) of the same box above the headline; the
    # repeated headlines do not count against the window in which the text must resume
    from articlecli import clean
    cards = ["Gear", "30 Essential Home Repair Tools You Should Have", "Matt Jancer", "Business",
             "Elon Musk Announces a Rebellious AI With Few Guardrails", "Will Knight", "Culture",
             "First-Gen Social Media Users Have Nowhere to Go", "Jason Parham", "Backchannel",
             "How Citizen Surveillance Ate San Francisco", "Lauren Smiley"]
    box = "\n\n".join(["Most Popular"] + cards)

    def paras(topic: str, n: int) -> list[str]:
        return [f"Paragraph {i} about {topic}: the cameras at the checkpoints of the old city record every person who "
                f"walks past them, residents and researchers told the magazine this week." for i in range(n)]
    before, after = paras("the checkpoints", 10), paras("the researchers", 9)
    doc = "\n\n".join([box, "Intensified Surveillance Has Put the Region on Lockdown", *before, box, *after]) + "\n"
    art = clean(doc)
    assert [b.text for b in art.blocks if b.label.value in ("paragraph", "lead")] == before + after


def test_image_caption_notes_are_no_wall_inside_the_article() -> None:
    # newspaper4k 0.9.6 test page burmese_article.html (BBC Burmese) as a page dump: an image's alt text and
    # 'Image caption …' printed between the paragraphs cut the article's last two paragraphs off (rules:
    # chrome.in_article_patterns in en.toml)
    from articlecli import clean
    para = [f"Paragraph {i}: the journalists charged under the law said in court on Monday that they had only "
            "reported what the officials told them." for i in range(1, 5)]
    last = ["The media council says the case should first have gone to it under section 21.",
            "The council says it will ask the court to move the case."]
    image = ["Reporters charged under the law, photo by Khin Maung Win", "Image caption Reporters charged under the law"]
    doc = "\n\n".join(["Journalists charged under the media law appear in court", *para[:2], *image, *para[2:], *image,
                       *last]) + "\n"
    art = clean(doc)
    assert [b.text for b in art.blocks if b.text.startswith(("Paragraph", "The "))] == para + last


def test_a_row_of_links_separated_by_bars_counts_against_the_article() -> None:
    """Footer and menu rows ('Chi Siamo | Dichiarazione di accessibilità | The Trust Project', fundus-dev
    CorriereDellaSera page.txt) are no text; a caption line with one bar and sentences between bars are."""
    from articlecli.classify import _link_row
    assert _link_row("Chi Siamo | Dichiarazione di accessibilità | The Trust Project")
    assert _link_row("Abbonati a Corriere della Sera | Gazzetta | El Mundo | Marca | RCS Mediagroup")
    assert not _link_row("Das Schulzentrum Nord in Lienz | Auch im Schulzentrum Nord fanden sich nur wenige Kinder ein")
    assert not _link_row("Er kam. | Er sah. | Er siegte.")


def test_an_embedded_posts_length_does_not_count_the_links_closing_it() -> None:
    """A post's text may be 280 characters and its links after them ('… pic.twitter.com/…', a link glued to the
    last word: fundus-dev TheGatewayPundit-2026-07-19 page.txt); links inside the text count, and a line far
    longer than a post is measured whole (the search stays bounded on any line)."""
    from articlecli.inline import LINKED_POST_CHARS, _length_without_links
    text = "While no decision has been made, he is reportedly…"
    assert _length_without_links(text + " pic.twitter.com/PbK0B7UjJM") == len(text)
    assert _length_without_links("the boot under this administrationhttps://t.co/Wc4bQ https://t.co/x") == 34
    assert _length_without_links("see https://example.com/a for more") == 34
    long = " https://t.co/x" * (LINKED_POST_CHARS // 10)
    assert _length_without_links(long) == len(long.rstrip())


def test_image_files_from_a_users_rules_file(tmp_path) -> None:
    """An image printed as its file name is furniture, and the short lines under it a player's or teaser's title
    (rules: chrome.image_files, bundled for .jpg, .png, …); a user's rules file can add forms ('.heic')."""
    doc = ("„Dem Teufel begegnet“: Deutsche Hamas-Geisel erlebte Missbrauch\n\n"
           "Der Deutsch-Israeli Rom Braslavski hat nach seiner Freilassung aus der Geiselhaft der Hamas von "
           "sexuellem Missbrauch berichtet.\n\n"
           "Braslavski war am 7. Oktober 2023 auf dem Nova-Musikfestival von der Hamas entführt worden.\n\n"
           "214824_1325_214824_cover.heic\n\n"
           "#27 Dorothee Bär über Kinder im Bundestag und den Feminismus-Faktor von Friedrich Merz\n\n"
           "Meine schwerste Entscheidung\n\n"
           "Am 13. Oktober wurde er schließlich freigelassen und gemeinsam mit 19 weiteren Geiseln zurück nach "
           "Israel gebracht.\n")
    assert "Meine schwerste Entscheidung" in clean(doc).text
    rules = tmp_path / "mine.toml"
    rules.write_text("[chrome]\nimage_files = ['[\\w.~-]+\\.heic']\n", "utf-8")
    art = clean(doc, Options(rules_files=(str(rules),)))
    assert "cover.heic" not in art.text and "Meine schwerste Entscheidung" not in art.text
    assert "Am 13. Oktober wurde er" in art.text
    assert any("rules: chrome.image_files" in r.reason for r in art.removed if r.text.endswith(".heic"))


def test_sentence_patterns_and_endings_from_a_users_rules_file(tmp_path) -> None:
    """Lines as long as a paragraph that are furniture by their form: a user's rules file adds a whole-line form
    (chrome.sentence_patterns) and the words that close such a line (chrome.endings, as written, after a space);
    the same words inside a paragraph, or glued to a word, leave it text."""
    doc = ("Council approves the new budget for the city schools\n\n"
           "The council approved the budget on Monday after a long debate about spending on schools and roads.\n\n"
           "Listen to this article read aloud by our newsroom's own synthetic voice, available on every device.\n\n"
           "The mayor said the plan would be reviewed in spring, and that the schools would get their money first.\n\n"
           "Anna Berger wrote this in the city hall, with the help of the whole team, for the Morning Ledger desk.\n\n"
           "Teachers welcomed the decision for the Morning Ledger desk. They called it a fair deal for every school.\n")
    assert "Listen to this article" in clean(doc).text
    rules = tmp_path / "mine.toml"
    rules.write_text("[chrome]\nsentence_patterns = ['listen to this article .{1,200}']\n"
                     "endings = [\"for the morning ledger desk.\"]\n", "utf-8")
    art = clean(doc, Options(rules_files=(str(rules),)))
    assert "Listen to this article" not in art.text and "Anna Berger wrote this" not in art.text
    assert "The mayor said the plan" in art.text and "Teachers welcomed the decision" in art.text   # (not at its end)
    reasons = {r.text[:10]: r.reason for r in art.removed}
    assert "rules: chrome.sentence_patterns" in reasons["Listen to "] and "rules: chrome.endings" in reasons["Anna Berge"]


def test_two_names_joined_by_a_slash_under_the_title_are_the_authors() -> None:
    """fundus-dev ls-LesothoTimes-2025-11-24 ('<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>' above
    the text): two full names joined by a slash are two authors; a reporter and an outlet after a slash ('Minh
    Anh/TTXVN', 'Thu Hà/VOV-Tây Bắc') name one, and a photo credit under the title ('Fredrik Persson/TT') none."""
    def doc(line: str) -> str:
        return (f"Chinese-owned quarry under fire from villagers\n\n{line}\n\n{BODY}\n\n"
                f"{BODY.replace('Monday', 'Friday')}\n")
    assert clean(doc("Mathatisi Sebusi/Mohalenyane Phakela")).authors == ["Mathatisi Sebusi", "Mohalenyane Phakela"]
    html = ("<html><body><article><h1>Chinese-owned quarry under fire from villagers</h1>"
            "<p>…as Bela Bela communities cry foul over lost livelihoods</p>"
            "<p>…accuse chiefs of accepting bribes to ignore concerns</p>"
            f"<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p><p>{BODY}</p>"
            f"<p>{BODY.replace('Monday', 'Friday')}</p></article></body></html>")
    assert clean(html).authors == ["Mathatisi Sebusi", "Mohalenyane Phakela"]
    # (the site's own name in a 'by' line above the headline is no author beside them: <meta og:site_name>)
    html = html.replace("<html><body>", '<html><head><meta property="og:site_name" content="Lesotho Times"></head>'
                        '<body><p>by <a href="/author/lt">Lesotho Times</a></p>')
    assert clean(html).authors == ["Mathatisi Sebusi", "Mohalenyane Phakela"]
    from articlecli.names import names_from_byline
    from articlecli.rules import load
    rules = load()
    assert names_from_byline("Minh Anh/TTXVN", rules) == ["Minh Anh"]
    assert names_from_byline("Thu Hà/VOV-Tây Bắc", rules) == ["Thu Hà"]
    assert names_from_byline("Mike Marsland/Getty Images", rules) == ["Mike Marsland"]
    assert clean(doc("Fredrik Persson/TT")).authors == []


def test_teaser_cards_byline_is_no_author() -> None:
    """The case teaser-cards-byline-inside-the-article (cases/labels.toml), by the authors it gives."""
    from articlecli.rules import tomllib          # (tomli before Python 3.11)

    cases = tomllib.loads((TESTS / "cases" / "labels.toml").read_text("utf-8"))["case"]
    doc = next(c["doc"] for c in cases if c["name"] == "teaser-cards-byline-inside-the-article")
    assert clean(doc).authors == ["Philipp Wehsack"]


def test_framed_alt_text_gives_its_credit_to_the_caption_under_it() -> None:
    """fundus-dev uk-BBC-2024-08-01.page.txt: 'EPA Kwasi Kwarteng and Liz Truss EPA' is the alt text, the line under
    it the visible caption; the credit goes with the caption (the alt text, set aside, keeps none)."""
    doc = ("Office for Budget Responsibility: what it does\n\n"
           "The OBR had offered to prepare a draft economic forecast, but the government rejected the offer then.\n\n"
           "EPA Kwasi Kwarteng and Liz Truss EPA\n\n"
           "Former PM Liz Truss and her then chancellor Kwasi Kwarteng were criticised for not working with the OBR\n\n"
           "Jeremy Hunt, who replaced Kwasi Kwarteng as chancellor shortly afterwards, said it was a mistake then.\n")
    art = clean(doc, Options())
    alt = next(b for b in art.trace if b.text == "Kwasi Kwarteng and Liz Truss")
    assert alt.label.value == "chrome" and alt.credit is None
    assert [(c.text[:20], c.credit, c.alt) for c in art.captions] == \
        [("Former PM Liz Truss ", "EPA", "Kwasi Kwarteng and Liz Truss")]


def test_a_prefix_with_a_slash_is_no_name_and_agency() -> None:
    """'Autorin/Autor Roman Goncharenko' (fundus-dev de-DW-2023-04-28): the prefix names the author; its slash is
    not the one between a name and an agency ('Minh Anh/TTXVN')."""
    from articlecli import rules
    from articlecli.bylines import parse_byline
    r = rules.load(())
    assert parse_byline("Autorin/Autor Roman Goncharenko", r) == (["Roman Goncharenko"], [])
    assert parse_byline("Minh Anh/TTXVN", r) == (["Minh Anh"], ["TTXVN"])
    assert parse_byline("Author: Jane Smith", r) == (["Jane Smith"], [])   # (each author label is a byline prefix)


def test_the_metadata_box_s_author_is_the_article_s() -> None:
    """An article without a byline of its own takes its author from the metadata box after the text (the label case
    'metadata-box-author-line-is-the-byline' in tests/cases/labels.toml, read as an Article)."""
    case = next(c for c in CASES if c["name"] == "metadata-box-author-line-is-the-byline")
    assert clean(case["doc"], Options()).authors == ["Roman Goncharenko"]


def test_every_author_label_is_a_byline_prefix() -> None:
    """rules byline.author_labels name the author line of a metadata box; the name after each is read as a byline's
    (byline.prefixes), or the line would name nobody."""
    from articlecli import rules
    from articlecli.bylines import parse_byline
    r = rules.load(())
    labels = [label for f in sorted((TESTS.parent / "src" / "articlecli" / "rules").glob("*.toml"))
              for label in tomllib.loads(f.read_text("utf-8")).get("byline", {}).get("author_labels", [])]
    assert labels
    for label in labels:
        assert parse_byline(f"{label.rstrip()} Jane Smith", r)[0] == ["Jane Smith"], label


# ls-LesothoTimes-2025-11-24 page.txt in ../shared/corpus/fundus-dev, shortened: the page dump opens with the site's
# name, prints it again, and its byline 'by Lesotho Times' stands over the article ({reporters}: their names or none)
LESOTHO = ("Lesotho Times\n\nHome\n\nNews\n\nPrimary Menu\nLesotho Times\n\nMining blasts shatter homes\n\n"
           "by Lesotho TimesNovember 21, 2025\n\n{reporters}"
           "A Chinese-owned crusher and quarry mining company has come under heavy criticism from five Bela Bela "
           "villages who claim its blasting operations are destroying their homes.\n\n"
           "Communities living near the site report that frequent powerful explosions have caused severe structural "
           "damage to their houses, and their fields are no longer productive.\n")


def test_byline_naming_the_site_of_a_page_dump_is_no_author_beside_the_reporters() -> None:
    art = clean(LESOTHO.format(reporters="Mathatisi Sebusi/Mohalenyane Phakela\n\n"), Options())
    assert art.authors == ["Mathatisi Sebusi", "Mohalenyane Phakela"]


def test_byline_naming_the_site_alone_stays_the_author() -> None:
    # with no reporter named beside it, the site's byline is all the page says of its author
    assert clean(LESOTHO.format(reporters=""), Options()).authors == ["Lesotho Times"]


def test_credit_before_a_comma_join_keeps_its_last_name_and_the_text_loses_the_join() -> None:
    # a dump whose scraper joined text nodes with ' , ' (the seed article, 000.txt in ../shared/corpus/seed, stored so:
    # 'Ảnh: DŨNG PHƯƠNG , Phải chọn …'): the comma opens no sentence, so 'PHƯƠNG' is the credit's, and the text
    # after it starts at 'Phải', the join dropped and said so in source.fixes
    doc = ("Đảng ủy Khối Dân - Chính - Đảng TPHCM cần tăng tốc hoàn thành nhiệm vụ\n\n"
           "Chiều 15-10, Ban Chấp hành Đảng bộ khối Dân – Chính – Đảng TPHCM tổ chức hội nghị lần thứ 5 để đánh giá "
           "kết quả thực hiện nhiệm vụ 9 tháng đầu năm. , Quang cảnh hội nghị. Ảnh: DŨNG PHƯƠNG , Phải chọn người "
           "đứng đầu có tài, có tâm, dám làm, dám chịu trách nhiệm trong công việc của mình.\n")
    art = clean(doc, Options())
    assert [(c.text, c.credit) for c in art.captions] == [("Quang cảnh hội nghị.", "DŨNG PHƯƠNG")]
    assert any(b.text.startswith("Phải chọn người") for b in art.blocks) and "PHƯƠNG" not in art.text
    assert "1 scraper ' , ' joins after a photo credit dropped" in art.source.fixes


SAPO = "HLV Văn Sỹ Sơn cho rằng Quảng Nam xứng đáng thắng và bị trọng tài xử ép ở tình huống dẫn đến bàn gỡ hòa 4-4."
BODY_VI = ("Ở phút bù thứ bảy hiệp hai, trận đấu trên sân Hàng Đẫy tối 15/2, Hà Văn Phương đoạt bóng từ Nguyễn Phú "
           "Nguyên ở biên trái rồi chuyền cho Lê Phạm Thành Long.")


@pytest.mark.parametrize("tag, site", [("(Dân trí) - ", "Dân trí"), ("(PLO)- ", "PLO"), ("TTO - ", "TTO"),
                                       ("VTV.vn - ", "VTV.vn")])
def test_site_tag_opening_the_lead_is_cut_and_kept_as_the_site(tag: str, site: str) -> None:
    """Vietnamese sites open the standfirst with their tag ('(Dân trí) - …', 'TTO - …'; baomoi republishes them
    so): the site, removed from the text with its reason, as the seed's 'SGGPO' line is (rules: vi
    site.lead_prefix)."""
    art = clean(f"HLV Quảng Nam bức xúc với trọng tài\n\n{tag}{SAPO}\n\n{BODY_VI}\n")
    assert art.site == site
    assert art.lead == SAPO and art.text.startswith(SAPO)
    assert [(r.kind, r.text) for r in art.removed if r.kind == "site"] == [("site", tag.strip())]


def test_a_dateline_in_capitals_before_english_text_is_no_site_tag() -> None:
    """Negative: 'TOKYO - ' before English text is the story's dateline, the text's own (the bare tag form is
    only taken before Vietnamese text)."""
    lead = ("TOKYO - The Japanese government said on Monday that talks with its neighbours over the disputed "
            "islands would resume next month in Seoul.")
    art = clean(f"Island talks to resume\n\n{lead}\n\nOfficials from both countries declined to comment further on "
                "the timing of the meeting or on who would attend it.\n")
    assert art.site is None and art.text.startswith(lead)


def test_lead_is_the_whole_standfirst_printed_a_sentence_a_line() -> None:
    """The JSON `lead` of a standfirst printed a sentence a line is all of it (se-Expressen-2025-10-23 page.txt in
    ../shared/corpus/fundus-dev: the label case 'standfirst-sentence-on-its-own-line-goes-on')."""
    doc = next(c["doc"] for c in CASES if c["name"] == "standfirst-sentence-on-its-own-line-goes-on")
    assert clean(doc, Options()).lead == ("Eleverna på privatskolan Lundsberg trängde på natten in och misshandlade "
                                          "flera andra elever, enligt åtalet. I sovrummen slog de skolkamraterna med "
                                          "skärp. Nu åtalas fem elever för misshandel och grovt hemfridsbrott.")
