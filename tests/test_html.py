"""HTML structure cases (small pages written for one behaviour each; the real pages are in tests/pages)."""
from __future__ import annotations

import pytest

from articlecli import clean

PARA = ("The council published its budget on Monday, and the figures show a clear rise in spending on schools, "
        "roads and public transport across the whole region this year.")


def _page(body: str) -> str:
    return f"<html><head><title>Council budget</title></head><body>{body}</body></html>"


def _in_article(*parts: str):
    """Clean a page whose <article> holds the headline 'Council budget' and then the given parts."""
    return clean(_page("<article><h1>Council budget</h1>" + "".join(parts) + "</article>"))


def _para(day: str = "Monday") -> str:
    """A paragraph of text, told apart by its weekday."""
    return f"<p>{PARA.replace('Monday', day)}</p>"


def _ld_page(headline: str, body: str) -> str:
    """A page whose JSON-LD gives the headline, and the body after it."""
    return (f'<html><head><script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}"}}'
            f"</script></head><body>{body}</body></html>")


def test_wordpress_tag_classes_do_not_make_the_post_a_tag_box() -> None:
    # three boxes of other prose, each too small for the wrapper guard to doubt its class
    other = "".join(f"<aside class='box{i}'><p>{PARA.replace('council', f'board {i}')}</p></aside>" for i in range(3))
    art = clean(_page(f'<div class="post type-post hentry category-news tag-budget-2025 tag-schools">'
                      f'<h1>Council budget</h1><p>{PARA}</p><p>{PARA.replace("Monday", "Tuesday")}</p></div>'
                      f'{other}'))
    assert "Tuesday" in art.text and "Monday" in art.text and "board 2" not in art.text


@pytest.mark.parametrize("box,snippet", [
    ('<div class="tag-list"><a href="/t/budget">Budget</a> <a href="/t/schools">Schools in the region and their '
     'funding</a></div>', "Schools in the region"),
    ('<div class="print-only"><p>Printed from the council website on the day of the budget, with every figure as '
     'published at that time.</p></div>', "Printed from"),          # (a print box, unlike 'print:…' variants)
    # a WordPress post's meta line (fundus-dev IsraelNachrichten: 'Von israel news am 21/02/2021. Abgelegt unter …')
    # a pull quote repeats a sentence of the text (fundus-dev TimesLive: 'b-article-body__pullquote')
    ('<div class="b-article-body__pullquote"><p>What is dangerous about a tweet that says we see you, with a video '
     'of premises that had already burnt?</p></div>', "What is dangerous"),
    ('<div class="singlepostmeta">Von <a href="/author/news">israel news</a> am 21/02/2021. Abgelegt unter '
     '<a href="/category/israel">Israel</a>. Kommentare und Pings sind derzeit geschlossen.</div>', "Abgelegt unter"),
])
def test_classed_box_after_the_text_is_still_chrome(box: str, snippet: str) -> None:
    art = clean(_page(f'<article><h1>Council budget</h1><p>{PARA}</p><p>{PARA.replace("Monday", "Friday")}</p>'
                      f'{box}</article>'))
    assert "Friday" in art.text and snippet not in art.text


def test_teaser_cards_wrapped_in_links_are_chrome() -> None:
    card = ('<div class="item"><a href="/other-story"><section><h3>Another story</h3><div><p>A summary of another '
            'story that the site wants readers to click, long enough to look like a paragraph of text.</p>'
            '</div></section></a></div>')
    art = clean(_page(f"<main><article><h1>Council budget</h1><p>{PARA}</p>"
                      f"<p>{PARA.replace('Monday', 'Sunday')}</p></article><div class='list'>{card * 4}</div></main>"))
    assert "Sunday" in art.text and "A summary of another story" not in art.text


def test_credit_glued_to_the_caption_text_is_split_off() -> None:
    art = clean(_page(f"<article><h1>Council budget</h1><figure><img src='/a.jpg' alt=''><figcaption>"
                      f"<span>Rebecca Cooke at the Qatar World Cup</span><span>Credit: PA</span></figcaption></figure>"
                      f"<p>{PARA}</p><p>{PARA.replace('Monday', 'Friday')}</p></article>"))
    assert [(c.text, c.credit) for c in art.captions] == [("Rebecca Cooke at the Qatar World Cup", "PA")]


def test_lead_classed_teaser_text_is_the_lead_not_a_teaser() -> None:
    # DW pages (fundus-dev de-DW-*): <p class="teaser-text"> under the headline; the part 'teaser' of the
    # class would make it chrome, the whole class 'teaser-text' says lead
    art = clean(_page(f"<header><h1>Council budget</h1><p class='sc-x teaser-text has-italic'>Thousands waited "
                      f"for hours in the cold to hear the mayor explain where the money for schools will go.</p>"
                      f"</header><article><p>{PARA}</p><p>{PARA.replace('Monday', 'Friday')}</p></article>"))
    assert art.lead and art.lead.startswith("Thousands waited")
    assert art.text.startswith("Thousands waited")


def test_h1_with_a_kicker_before_the_headline_is_the_title() -> None:
    # SportSchau pages (fundus-dev de-SportSchau-2024-04-25): <h1><span>Premier League</span> <span>headline</span>
    # </h1> while JSON-LD gives the headline alone; the <h1> is not body text
    art = clean(_ld_page("Liverpool lose at Everton and fall behind in the title race",
                         f"<article><h1><span>Premier League</span> <span>Liverpool lose at Everton and fall behind "
                         f"in the title race</span></h1><p>{PARA}</p><p>{PARA.replace('Monday', 'Friday')}</p></article>"))
    assert art.title == "Liverpool lose at Everton and fall behind in the title race"
    assert "Premier League" not in art.text and art.text.startswith("The council")


def test_headline_in_an_h2_leaves_the_body() -> None:
    # Funke pages (fundus-dev BSZ, WAZ, Hamburger Abendblatt, Berliner Morgenpost): the visible headline is an
    # <h2> in the article, the page's <h1> stands elsewhere and says something else
    art = clean(_ld_page("Council approves a record budget for schools",
                         f"<nav><h1>Budget: council says yes</h1></nav><article><p>{PARA.replace('Monday', 'Sunday')}"
                         f"</p><h2>Council approves a record budget for schools</h2><p>{PARA}</p>"
                         f"<p>{PARA.replace('Monday', 'Friday')}</p></article>"))
    assert art.title == "Council approves a record budget for schools"
    assert "record budget" not in art.text and "Sunday" in art.text


def test_paragraph_classed_paywall_is_article_text_the_notice_is_not() -> None:
    # Future plc pages (fundus-dev uk-TechRadar-2026-05-21): paragraphs after the first few are
    # <p class="paywall" aria-hidden="true"> with their full text in the page; the notice is a box
    gated = PARA.replace("Monday", "Wednesday")
    art = clean(_page(f"<article><h1>Council budget</h1><p>{PARA}</p><p class='paywall'>{gated}</p>"
                      f"<p>{PARA.replace('Monday', 'Friday')}</p><div class='paywall'><p>Subscribe today to keep "
                      f"reading every story on the council, the schools and the roads, with unlimited access.</p>"
                      f"</div><p class='paywall'>Subscribe now</p></article>"))
    assert "Wednesday" in art.text and "Friday" in art.text
    assert "Subscribe" not in art.text


def test_text_under_a_hiding_utility_class_is_not_on_the_page() -> None:
    # Postmedia pages (fundus-dev ca-TheProvince-2026-06-06) ship their subscription box inside
    # class="… hidden"; Bootstrap's d-none and sr-only hide text the same way
    box = ("<div class='article-block article-content__sign-in-group hidden'><div class='h2'>THIS CONTENT IS "
           "RESERVED FOR SUBSCRIBERS ONLY</div><ul><li>Exclusive articles by top sports columnists and others, "
           "plus newsletters and events.</li><li>Unlimited online access to fifteen news sites with one account."
           "</li></ul></div>")
    art = clean(_page(f"<article><h1>Council budget</h1><p>{PARA}</p>{box}<p class='d-none'>Hidden copy of a "
                      f"sentence the page never shows to anyone.</p><span class='sr-only'>Article content</span>"
                      f"<p>{PARA.replace('Monday', 'Friday')}</p></article>"))
    assert "Monday" in art.text and "Friday" in art.text
    assert "SUBSCRIBERS" not in art.text and "Unlimited online" not in art.text and "never shows" not in art.text
    assert "Article content" not in art.text


def test_custom_element_classed_as_chrome_is_a_box() -> None:
    # Nettavisen (fundus-dev no-Nettavisen-2024-10-16): a fact box is a web component,
    # <amedia-factbox class="fact-box">; an inline custom element stays part of its sentence
    box = ("<amedia-factbox class='fact-box' role='complementary'><h3>Facts about budgets</h3><ul><li>A budget "
           "is a plan for the money a council expects to raise and spend over the coming year.</li></ul>"
           "</amedia-factbox>")
    art = clean(_page(f"<article><h1>Council budget</h1><p>{PARA}</p>{box}<p>The mayor spoke at "
                      f"<x-time class='stamp'>noon</x-time> on Friday and thanked the staff who prepared the plan "
                      f"for the council.</p></article>"))
    assert "Facts about budgets" not in art.text and "A budget is a plan" not in art.text
    assert "The mayor spoke at noon on Friday" in art.text


def test_paragraph_classed_teaser_under_the_headline_is_the_lead() -> None:
    # German sites call the standfirst 'Teaser' (fundus-dev de-MotorSportMagazin-2024-04-24: <p class="teaser">
    # in the article's <header>; de-FAZ-2024-04-17: <div class="header-teaser">); teaser boxes after the body
    # stay chrome
    lead = ("Thousands waited for hours in the cold to hear the mayor explain where the money for schools and "
            "roads will go next year.")
    card = "<div class='teaser'><p>Another story the site wants readers to click, long enough to be a paragraph.</p></div>"
    art = clean(_ld_page("Council budget", f"<article><header><h1>Council budget</h1><p class='teaser'>{lead}</p>"
                         f"</header><section><p>{PARA}</p><p>{PARA.replace('Monday', 'Friday')}</p></section>"
                         f"</article>{card * 3}"))
    assert art.lead == lead and art.text.startswith("Thousands waited")
    assert "Another story" not in art.text


def test_tailwind_print_variant_is_no_print_box() -> None:
    """Rheinische Post (fundus-dev de-RheinischePost-2024-04-21.html.gz) wraps its text in Tailwind classes such
    as 'print:article-dropcap-print': a style for printing, not a print-only box, so the text inside is the body."""
    art = clean(_page(f'<article><h1>Council budget</h1><p>{PARA}</p>'
                      f'<div class="my-6 article-dropcap-small print:article-dropcap-print">'
                      f'<p>{PARA.replace("Monday", "Friday")}</p></div>'
                      f'<div class="my-6"><p>{PARA.replace("Monday", "Sunday")}</p>'
                      f'<p>{PARA.replace("Monday", "Tuesday")}</p></div></article>'))
    assert "Monday" in art.text and "Friday" in art.text and "Tuesday" in art.text


def test_state_class_names_no_role() -> None:
    """TimesLive (fundus-dev za-TimesLive-2025-05-22.html.gz) marks its article header 'comments-enabled': a state
    flag (comments are on), not a comments box, so the standfirst and byline inside are not page chrome."""
    art = clean(_page(f'<div id="article" class="None comments-enabled"><h1>Council budget</h1>'
                      f'<h3>Spending rises on schools and roads in the new plan</h3><div class="author">Thabo Mokone'
                      f'</div></div><div class="body"><p>{PARA}</p><p>{PARA.replace("Monday", "Friday")}</p></div>'))
    labels = {b.text: b.label.value for b in art.trace}
    assert labels["Thabo Mokone"] == "byline"
    assert "Spending rises on schools and roads" in art.text


def test_standfirst_heading_repeating_the_description_is_the_lead() -> None:
    """TimesLive again: the standfirst is an <h3> without a full stop between the headline and the byline;
    it says what og:description says, so it is the lead (it was set aside as page chrome)."""
    lead = "Tax agency will hire more than 1,000 debt collectors to claw back billions owed to it"
    page = (f'<html><head><title>Council budget</title><meta property="og:description" content="{lead}">'
            f'</head><body><h1>Council budget</h1><h3>{lead}</h3><div class="author">By Thabo Mokone</div>'
            f'<div class="body"><p>{PARA}</p><p>{PARA.replace("Monday", "Friday")}</p></div></body></html>')
    art = clean(page)
    assert art.lead == lead and art.text.startswith(lead)


def test_lead_inside_an_article_header_with_layout_classes() -> None:
    """NRK (fundus-dev no-NRK-2024-08-05.html.gz): '<header class="container-widget-content article-header">'
    holds the <h1> and the lead; 'widget' there is a layout word, so the lead is not page chrome."""
    lead = "The council published its plan for the coming year after a long night of talks."
    art = clean(_page(f'<article><header class="container-widget-content article-header"><h1>Council budget</h1>'
                      f'<div class="text-body article-lead"><p>{lead}</p></div></header>'
                      f'<div class="body"><p>{PARA}</p><p>{PARA.replace("Monday", "Friday")}</p></div></article>'))
    assert art.lead == lead


def test_lead_classed_text_in_a_teaser_box_stays_chrome() -> None:
    """Negative: a teaser card's 'lead' text inside a chrome box without the page's <h1> is still a teaser."""
    art = clean(_page(f'<article><h1>Council budget</h1><p>{PARA}</p><p>{PARA.replace("Monday", "Friday")}</p>'
                      '</article><div class="related-widget"><h3>Other news</h3><div class="article-lead"><p>The '
                      'mayor opened a new bridge over the river on Saturday after two years of building work.</p>'
                      '</div></div>'))
    assert "new bridge" not in art.text


def test_standfirst_without_full_stop_then_a_teaser_classed_first_paragraph() -> None:
    """Washington Post (fundus-dev us-WashingtonPost-2024-04-26.html.gz): '<h2 class="subheadline">' without a
    full stop is the standfirst, and the 'teaser'-classed paragraph before the article body is its first
    paragraph (it was set aside as a teaser once the lead was found)."""
    sub = "Strong tornadoes are possible across the central states both Friday and Saturday"
    first = PARA.replace("The council", "The regional council")
    art = clean(_page(f'<h1>Council budget</h1><h2 class="subheadline">{sub}</h2><div class="byline">By Matthew '
                      f'Cappucci</div><p class="teaser">{first}</p><div class="article-body"><p>{PARA}</p>'
                      f'<p>{PARA.replace("Monday", "Friday")}</p></div>'))
    assert art.lead == sub
    assert "The regional council" in art.text


def _link_list_page(href: str) -> str:
    items = "".join(f'<li><strong>What the minister said on day {i}: </strong><a href="{href}{i}.html">Another story '
                    f'of the site {i}</a></li>' for i in range(3))      # (half of each item is its link)
    return _page(f'<article><h1>Council budget</h1><p>{PARA}</p><h3>Background reading for you</h3><ul>{items}</ul>'
                 f'<h3>What happens next</h3><p>{PARA.replace("Monday", "Friday")}</p></article>')


def test_list_of_links_to_the_sites_articles_is_chrome() -> None:
    """WAZ (fundus-dev de-WAZ-2025-09-10.html.gz): inside the text, a heading and a list whose items are each mostly
    a link to another article of the site ('„Über manches irritiert“: Klingbeil greift Klöckner an'): a
    related-articles box, heading and all."""
    art = clean(_link_list_page("/politik/article"))
    assert "Another story" not in art.text and "Background reading" not in art.text
    assert "What happens next" in art.text and "Friday" in art.text


def test_list_of_links_to_other_sites_stays_text() -> None:
    """Negative (The Telegraph's review, fundus-dev uk-TheTelegraph-2023-08-30.html.gz): links to shops are the
    article's own list."""
    art = clean(_link_list_page("https://shop.example.com/item"))
    assert "Another story of the site 1" in art.text


# (scripts without spaces between words: the newspaper4k 0.9.6 test pages chinese_article.html, BBC Chinese, and
# thai_article.html, Prachatai, showed both: a short sentence closed by '。' taken for a subheading, and Thai
# paragraphs counted as a few 'words' each taken for bylines under '<article class="… author-sarayut">')
ZH = ["梁振英在星期二的答问大会开始之际在其演说中道歉，但强调他在违章建筑问题上没有隐瞒的意图和动机，并承诺尽快处理。",
      "不过泛民主派议员们普遍指责梁振英撒谎。",
      "一些亲北京阵营议员欢迎梁振英道歉，且认为应能获得香港民众接受，但这些议员也质问梁振英有否向执法部门施压。"]
TH = ["ภูชนะ (นามแฝง) เป็นคนใกล้ชิดของนายสุรชัย ด่านวัฒนานุสรณ์ นักเคลื่อนไหวทางการเมืองที่ลี้ภัยออกจากประเทศไทย",
      "ปรานี ด่านวัฒนานุสรณ์ ภรรยาของสุรชัยกล่าวว่า ได้ทราบข่าวจากบุตรชายของภูชนะแล้ว แต่ยังไม่ขอพูดอะไร",
      "ผู้สื่อข่าวได้รับแจ้งจากบุตรชายว่า ผลการตรวจดีเอ็นเอยืนยันว่าศพที่พบลอยในแม่น้ำโขงเป็นของบิดา"]


def test_short_sentence_closed_by_an_ideographic_full_stop_is_no_subheading() -> None:
    art = clean(_page("<article><h1>梁振英就违建事件道歉</h1>" + "".join(f"<p>{p}</p>" for p in ZH) + "</article>"))
    assert [(b.label.value, b.text) for b in art.blocks] == [("paragraph", p) for p in ZH]


def test_thai_paragraphs_in_an_author_classed_article_are_text_not_bylines() -> None:
    art = clean(_page('<article class="node node-report author-sarayut"><h1>ผล DNA ยืนยัน</h1>'
                      + "".join(f"<p>{p}</p>" for p in TH) + "</article>"))
    assert [b.text for b in art.blocks if b.label.value == "paragraph"] == TH and art.authors == []


def test_body_classes_name_no_part_of_the_page() -> None:
    # newspaper4k 0.9.6 test page wired_001.html: '<body class="standardnavigation-site-navigation …">' and the
    # other paragraphs classed 'paywall', so the first paragraph alone kept the body's 'navigation' role
    art = clean(f'<html><head><title>Council budget</title></head><body class="standardnavigation-site-navigation">'
                f'<article><h1>Council budget</h1><p>{PARA}</p><p class="paywall">{PARA.replace("Monday", "Friday")}'
                f'</p><p class="paywall">{PARA.replace("Monday", "Sunday")}</p></article></body></html>')
    assert "Monday" in art.text and "Friday" in art.text


def test_short_text_after_an_image_in_the_same_paragraph_is_its_caption() -> None:
    # fundus-dev us-TheGatewayPundit-2023-04-28: '<p><img …><br><em>Bethany Funke (R)</em></p>' (WordPress)
    art = clean(_page(f'<article><h1>Council budget</h1><p>{PARA}</p><p><img src="/budget.jpg" alt=""><br>'
                      f'<em>The council leader (R) at the meeting</em></p><p>{PARA.replace("Monday", "Friday")}</p>'
                      f'<p><img src="/map.jpg" alt="">{PARA.replace("Monday", "Sunday")} And the '
                      f'figures for the next two years follow the same line.</p></article>'))
    assert [(c.text, c.src) for c in art.captions] == [("The council leader (R) at the meeting", "/budget.jpg")]
    assert "Friday" in art.text and "Sunday" in art.text and "council leader" not in art.text


def _cards_page(cls: str, summary: str) -> str:
    card = ('<div class="{cls}"><div><a href="/2013/05/25/{n}/index.html">A tornado heading your way number {n}</a>'
            '</div><div>May 30, 2013</div><div><img src="/t{n}.jpg" alt=""></div><div>{summary} ({n})</div></div>')
    cards = "".join(card.format(cls=cls, n=n, summary=summary) for n in range(4))
    return _page(f'<article><h1>Council budget</h1><p>{PARA}</p><p>{PARA.replace("Monday", "Friday")}</p></article>'
                 f'<div>{cards}</div>')


def test_row_of_teaser_cards_linking_to_the_sites_articles_is_chrome() -> None:
    # newspaper4k 0.9.6 test page cnn_article.html: sibling '<div class="cnn_stryspcvbx">' cards, each a headline link,
    # a date, an image and a one-sentence summary long enough to read as text
    summary = ("Getting the latest warnings when tornadoes are headed your way and knowing what to do before, during "
               "and after one hits are all key to staying safe.")
    art = clean(_cards_page("cnn_stryspcvbx", summary))
    assert "Friday" in art.text and "warnings" not in art.text
    # boxes of one class that are long (a live blog's entries) are not cards
    art = clean(_cards_page("entry", " ".join([summary] * 4)))
    assert "warnings" in art.text


def test_list_item_or_cell_holding_only_an_image_is_no_empty_block() -> None:
    # trafilatura 2.0.0 test resource mozilla.org.firefox.developer.html: '<li><img src=…></li>' printed blank
    # lines into the text and '- ' into the Markdown
    art = clean(_page(f'<article><h1>Council budget</h1><p>{PARA}</p><ul><li><img src="/a.png"></li>'
                      f'<li>Roads first, then schools</li></ul><table><tr><td><img src="/b.png"></td></tr></table>'
                      f'<p>{PARA.replace("Monday", "Friday")}</p></article>'))
    assert all(b.text for b in art.blocks) and "\n\n\n" not in art.text


def test_credit_line_with_bars_is_a_photo_credit_not_a_subheading() -> None:
    # fundus-dev us-CNBC-2023-04-28: 'Francesco Carta Fotografo | Moment | Getty Images' under the lead image
    art = clean(_page(f'<article><h1>Council budget</h1><div><img src="/lead.jpg" alt=""></div>'
                      f'<div>Francesco Carta Fotografo | Moment | Getty Images</div>'
                      f'<p>{PARA}</p><p>{PARA.replace("Monday", "Friday")}</p></article>'))
    assert "Getty" not in art.text
    assert [c.credit for c in art.captions] == ["Francesco Carta Fotografo | Moment | Getty Images"]


def test_block_elements_inside_a_figcaption_stay_one_caption() -> None:
    # The Mirror (fundus-dev uk-TheMirror-2024-08-05): '<span class="credit"> (<div class="camera">Image:</div>
    # Anadolu via Getty Images)</span>' came out as three captions, '(', 'Image:' and 'Anadolu via Getty Images)'
    art = clean(_page(f"<article><h1>Council budget</h1><figure><img src='/a.jpg' alt=''><figcaption>"
                      f"<span class='caption'>Anti-racism activists in Plymouth tonight</span><span class='credit'> "
                      f"(<div class='camera'><span></span>Image:</div>Anadolu via Getty Images)</span></figcaption>"
                      f"</figure><p>{PARA}</p><p>{PARA.replace('Monday', 'Friday')}</p></article>"))
    assert [(c.text, c.credit) for c in art.captions] == [("Anti-racism activists in Plymouth tonight",
                                                           "Anadolu via Getty Images")]


def test_time_element_and_a_name_are_a_live_blog_entrys_date_line() -> None:
    # The Mirror's live blog (fundus-dev uk-TheMirror-2024-08-05): '<div class="entry-info"><time>19:55</time>
    # <mark>Antony Clements-Thrower</mark></div>' above each entry came out as a paragraph '19:55Antony …'
    entry = ("<div class='entry'><div class='entry-info'><time>{t}</time><mark>Antony Clements-Thrower</mark></div>"
             "<h2>Update {t}</h2><p>{p}</p></div>")
    art = clean(_page("<article><h1>Council budget live</h1>" + "".join(
        entry.format(t=t, p=PARA.replace("Monday", day)) for t, day in (("19:55", "Friday"), ("19:48", "Sunday")))
        + "</article>"))
    assert "Friday" in art.text and "Sunday" in art.text and "Clements-Thrower" not in art.text
    # (removed as a date line, or as the live-blog stamp of rules' chrome.in_article_patterns: either way not text)
    assert any(r.kind in ("date", "chrome") and r.text.startswith("19:48") for r in art.removed)


def test_time_element_inside_a_sentence_stays_text() -> None:
    art = clean(_page(f"<article><h1>Council budget</h1><p>The council met at <time>19:55</time> on Monday.</p>"
                      f"<p>{PARA}</p><p>{PARA.replace('Monday', 'Friday')}</p></article>"))
    assert "The council met at 19:55 on Monday." in art.text


def test_headings_inside_a_figcaption_stay_blocks_of_their_own() -> None:
    # Ultima Hora (a newspaper4k test page, not in the repository): '<figcaption><h4>Las discrepancias … del
    # Rey.</h4><h5>27-06-2012</h5>' — only a short <div> ('Image:') is a part of the caption's line; merging the
    # headings glued the date to the sentence
    art = clean(_page(f"<article><h1>Council budget</h1><figure><img src='/a.jpg' alt=''><figcaption>"
                      f"<h4>The council members during the vote on the budget in the town hall on Monday.</h4>"
                      f"<h5>27-06-2012</h5></figcaption></figure><p>{PARA}</p><p>{PARA.replace('Monday', 'Friday')}"
                      f"</p></article>"))
    assert "The council members during the vote on the budget in the town hall on Monday." in [c.text for c in art.captions]


def test_key_points_box_is_the_summary_not_the_text() -> None:
    # fundus-dev us-CNBC-2023-04-28: 'Key Points' and three one-sentence points above the lead image and the text
    art = clean(_page('<article><h1>Council budget</h1><div><h2>Key Points</h2><ul>'
                      '<li>The council plans to spend more on schools next year.</li>'
                      '<li>Roads get a bigger share of the money than in any year before.</li></ul></div>'
                      '<figure><img src="/lead.jpg" alt=""><figcaption>The town hall. Photo: Jane Doe</figcaption></figure>'
                      f'<p>{PARA}</p><p>{PARA.replace("Monday", "Friday")}</p></article>'))
    assert "spend more on schools next year" not in art.text and "Roads get a bigger share" not in art.text
    assert art.text.startswith("The council published its budget on Monday")


def test_headings_printed_with_a_second_copy_of_the_headline_are_its_header() -> None:
    # fundus-dev BoersenZeitung: the print layout repeats the headline with its kicker (h3), subtitle (h2) and a
    # short author line (h5) above the text; they are not subheadings of the article
    art = _in_article("<div class='content-body'><h3>Finanzen</h3><h1>Council budget</h1><h2>Spending on schools and "
                      "roads up by a tenth, the mayor says</h2><h5>ku London</h5></div>",
                      _para(), "<h2>Roads first</h2>", _para("Friday"))
    heads = [b.text for b in art.blocks if b.label.value == "heading"]
    assert heads == ["Roads first"] and "Friday" in art.text


def test_sentence_that_links_most_of_its_words_is_text() -> None:
    # fundus-dev BBC, The Sun: '<p>It also <a>co-ordinates military plans and carries out joint military
    # exercises</a>.</p>' links most of a sentence of the article to another story
    linked = "<p>It also <a href='/news/nato'>co-ordinates military plans and carries out joint military exercises</a>.</p>"
    art = _in_article(_para(), linked, _para("Friday"))
    assert "co-ordinates military plans" in art.text


@pytest.mark.parametrize("block", [
    "<p><a href='/news/other'>Council elections: what the parties promise on schools</a></p>",   # a headline link
    "<p><a href='/news/other'>Read the full report on the council's budget for next year.</a></p>",  # all link
])
def test_linked_headline_or_all_link_paragraph_inside_the_text_is_chrome(block: str) -> None:
    art = _in_article(_para(), block, _para("Friday"))
    assert "Friday" in art.text and "what the parties promise" not in art.text and "full report" not in art.text



def test_has_image_class_is_a_state_not_an_image_box() -> None:
    # fundus-dev ElMundo: '<article class="ue-c-article has-image">' (an article with an image) made every block of
    # the article an image's furniture (a caption role), and the standfirst under the headline was lost
    from articlecli.html import _tokens
    assert "image" not in _tokens("ue-c-article has-image") and "byline" not in _tokens("card has-byline is-premium")
    assert "image" in _tokens("article-image") and "comments" not in _tokens("comments-enabled")


def test_subheading_with_text_under_it_ends_an_in_article_teaser_box() -> None:
    # fundus-dev WAZ: an 'Auch interessant' box inside the text, then '<h3>Kontroversen um Klöckners
    # Entscheidungen</h3>' and the article's next paragraph; the subheading was taken for one of the box's teasers
    box = ("<h4>Auch interessant</h4><div class='teaser'><a href='/politik/lang'>Ex-Grünen-Chefin Ricarda Lang ist "
           "in der Kinderplanung</a></div>")
    art = _in_article(_para(), _para("Tuesday"), _para("Wednesday"), box, "<h3>Roads come first</h3>", _para("Friday"))
    assert [b.text for b in art.blocks if b.label.value == "heading"] == ["Roads come first"]
    assert "Friday" in art.text and "Kinderplanung" not in art.text


def test_subheading_over_a_short_entry_past_an_ad_label_ends_an_in_article_teaser_box() -> None:
    # fundus-dev LesEchos: 'Lire aussi :' and its link, then a live blog's '<h3>» Le fil des événements de jeudi :</h3>',
    # the 'Publicité' label and a short entry '9h05 - La Bourse de Paris ouvre dans le vert'
    box = "<h3>Lire aussi :</h3><p><a href='/politique/fil'>Présidence de l'Assemblée, le fil des événements</a></p>"
    art = _in_article(_para(), _para("Tuesday"), _para("Wednesday"), box, "<h3>Events of Thursday:</h3>",
                      "<div>Publicité</div>", "<p>9h05 - The stock exchange opens higher</p>", _para("Friday"))
    assert "Events of Thursday" in art.text and "9h05 - The stock exchange opens higher" in art.text
    assert "Présidence" not in art.text


def test_paragraphs_of_a_teaser_classed_box_under_the_standfirst_are_the_texts_first() -> None:
    # fundus-dev WashingtonPost: the first two paragraphs sit in a 'teaser-content' box, each in its own
    # '<div class="article-body">'; only the first was taken back as the text's
    first = ("<div class='teaser-content'><div class='article-body'><p>Friday marks day two of a four-day-long barrage "
             "of severe storms across the Plains.</p></div><div class='article-body'><p>Rotating thunderstorms are "
             "expected from Nebraska and Iowa as far south as the Ozarks.</p></div></div>")
    art = _in_article("<h2 class='subheadline'>Strong storms are possible across the Plains on Friday</h2>", first,
                      "<div class='rest'>", _para(), _para("Friday"), "</div>")
    assert "Friday marks day two" in art.text and "Rotating thunderstorms" in art.text


def test_embedded_video_player_title_between_paragraphs_is_chrome() -> None:
    # fundus-dev DW: '<div class="vjs-wrapper embed big"><h2 class="headline">Wie häufig sind Impfschäden?</h2>'
    # between two paragraphs was taken for a subheading
    video = "<div class='vjs-wrapper embed big'><h2 class='headline'>Wie häufig sind Impfschäden?</h2></div>"
    art = _in_article(_para(), video, _para("Friday"), _para("Sunday"))
    assert "Friday" in art.text and "Impfschäden" not in art.text


def test_short_text_that_is_the_whole_alt_of_the_image_before_it_is_its_caption() -> None:
    # fundus-dev Bhaskar: '<img alt="जानकारी देते एएसपी">' then '<div><span>जानकारी देते एएसपी</span></div>' (a
    # short caption in a script whose vowel signs letters_key drops) stayed in the text
    img = ("<div><img src='https://example.com/a.jpg' alt='जानकारी देते एएसपी'></div>"
           "<div class='x'><span>जानकारी देते एएसपी</span></div>")
    art = _in_article(_para(), img, _para("Friday"))
    assert "जानकारी" not in art.text and [c.text for c in art.captions] == ["जानकारी देते एएसपी"]


def test_headline_printed_as_a_heading_above_the_text_is_not_a_subheading() -> None:
    # fundus-dev RheinischePost: the title comes from the page's metadata ('Künstliche Intelligenz in der Schule -
    # …'); the visible headline, with its kicker, is an <h2> above the text
    page = (f"<html><head><meta property='og:title' content='Council budget rises for schools'></head><body>"
            f"<article><h2>Money for education Council budget rises for schools and roads</h2>{_para()}"
            f"{_para('Friday')}<h2>Roads first</h2>{_para('Sunday')}</article></body></html>")
    art = clean(page)
    assert [b.text for b in art.blocks if b.label.value == "heading"] == ["Roads first"]
    assert "Friday" in art.text


def test_paragraphs_in_their_own_classed_elements_stay_together_beside_a_paywall_box() -> None:
    """Chunichi's shape (fundus-dev jp-ChunichiShimbun-2025-01-13.html.gz): each paragraph in its own
    <div class="block">, the last one cut short, then a members-only box with sign-up links in the same parent.
    The first paragraph alone scores best; its twin beside it is the article's text too, the box is not."""
    box = "".join(f'<li><a href="/r{i}">Rubrik {i} lesen</a></li>' for i in range(30))
    art = clean(_page(
        '<main><h1>Council budget</h1><div class="story">'
        f'<div class="block">{PARA}</div>'
        '<div class="block">The mayor said the plan would be reviewed again in spring, after the first reports '
        'from the schools and the transport board had come in and the...</div>'
        f'<div class="signup"><p>This article is for members only.</p><ul>{box}</ul></div>'
        '</div></main>'))
    assert "reviewed again in spring" in art.text
    assert "members only" not in art.text and "Rubrik" not in art.text


def test_linked_by_byline_above_the_text_is_the_author() -> None:
    """LTO's shape (fundus-dev de-LTO-2025-10-20.html.gz): 'von <a href="/autoren/…">Dr. Max Kolter</a>' in the
    article's header, the name a link to the author's page: a 'By' byline, not a link row, though it stands before
    the article body; the page's <meta name="author"> is the site."""
    page = ('<html><head><meta property="og:site_name" content="LTO"><meta name="author" content="LTO"></head>'
            '<body><article><header><h1>Council budget</h1><p class="reader__meta-info">von '
            '<a href="/autoren/name/max-kolter">Dr. Max Kolter</a></p><p class="reader__meta-info">20.10.2025</p>'
            f'</header><div class="content">{_para()}{_para("Friday")}</div></article></body></html>')
    assert clean(page).authors == ["Dr. Max Kolter"]



def test_a_slideshow_s_introduction_is_text_not_slide_captions() -> None:
    """fundus-dev us-BusinessInsider-2024-02-14: the text above a slideshow sits in an element classed
    'slideshow-intro-content' (a gallery's and an introduction's name at once): the article's text, not the
    captions of slides."""
    intro = ["Zendaya is a fashion superstar.", "Here's a look at her outfits, ranked from least to most daring."]
    slides = "".join(f'<div class="slide"><h2>Look number {n}</h2><figure><img src="{n}.jpg" alt="">'
                     f"<figcaption>Zendaya at a photo-call, look {n}.</figcaption></figure>{_para(day)}</div>"
                     for n, day in ((1, "Monday"), (2, "Tuesday"), (3, "Friday")))
    art = _in_article('<section class="slideshow-container">',
                      '<section class="slideshow-intro-content">' + "".join(f"<p>{t}</p>" for t in intro) + "</section>",
                      f'<section class="slideshow-inner-content">{slides}</section></section>')
    assert all(t in art.text for t in intro), [(b.label.value, b.reason) for b in art.trace]
    assert "Friday" in art.text and not any(t in c.text for c in art.captions for t in intro)


def test_subheading_node_joined_with_a_comma_is_split_as_in_text() -> None:
    # a scraper's text-node join inside a <p> (vi-dev-042.html.gz in ../shared/corpus/vi-dev, a baomoi.com
    # fragment: 'Nhận định về thị trường văn phòng , Cushman & Wakefield Việt Nam cho rằng …'): split as the
    # text path splits it, so the text output is the same when it is cleaned again
    from articlecli.render import render
    intro = ("Tỷ lệ lấp đầy của văn phòng hạng A đạt hơn 90%, mức tăng cao nhất trong gần 4 năm trở lại đây, "
             "theo báo cáo của các công ty tư vấn bất động sản.")
    joined = ("Nhận định về thị trường văn phòng , Cushman & Wakefield Việt Nam cho rằng triển vọng quý I đầy "
              "khởi sắc sẽ tiếp tục kéo dài đến quý II. Theo đó, nhiều cao ốc sẽ được đưa vào sử dụng.")
    art = clean("<html><head><title>Thị trường văn phòng khởi sắc</title></head><body><article>"
                f"<h1>Thị trường văn phòng khởi sắc</h1><p>{intro}</p><p>{joined}</p></article></body></html>")
    assert [b.text for b in art.blocks if b.label.value == "heading"] == ["Nhận định về thị trường văn phòng"]
    assert any("' , ' joins" in f for f in art.source.fixes)
    once = render(art, "text")
    assert render(clean(once), "text") == once


def test_comma_join_inside_a_sentence_is_left_alone() -> None:
    # a linked name joined inside a sentence ('như , Dược Hậu Giang , , riêng'): no subheading before it
    text = ("Các doanh nghiệp dược lớn như , Dược Hậu Giang , , riêng năm nay đều tăng trưởng mạnh về doanh thu "
            "và lợi nhuận trong quý đầu tiên của năm.")
    art = _in_article(f"<p>{text}</p>", _para())
    assert not [b for b in art.blocks if b.label.value == "heading"]
    assert "Dược Hậu Giang" in art.text and not any("' , ' joins" in f for f in art.source.fixes)


def test_short_text_closing_a_wrapper_with_only_an_image_is_its_caption() -> None:
    # '<div><span class="storyInlinePhoto"><img></span><div>caption</div></div>' (vi-dev-043.html.gz in
    # ../shared/corpus/vi-dev, a baomoi.com fragment): no caption markup, but the text shares a wrapper with the
    # image alone (as a paragraph, the text output cleaned again took it for the headline)
    art = _in_article(_para("Sunday"), "<div><span class='storyInlinePhoto'><img src='https://example.org/f1.jpg'>"
                      "</span><div>Mercedes is the favourite for the title</div></div>", _para(), _para("Tuesday"))
    caps = [c for c in art.captions if c.text == "Mercedes is the favourite for the title"]
    assert caps and caps[0].src == "https://example.org/f1.jpg"
    assert "Mercedes" not in art.text


def test_text_that_goes_on_after_an_image_in_its_wrapper_is_no_caption() -> None:
    # the wrapper holds the image, a short line and more text: the line is the article's, not a caption
    art = _in_article(_para("Sunday"), "<div><span><img src='https://example.org/f1.jpg'></span>"
                      "<div>Spending rises again</div>" + _para() + "</div>", _para("Tuesday"))
    assert not [c for c in art.captions if "Spending" in c.text]
    assert "Spending rises again" in art.text


def test_text_output_that_opens_with_the_headline_over_standfirst_lines_is_a_fixed_point() -> None:
    # the page's headline (from its metadata), then its <h1> and standfirst lines as paragraphs (ls-LesothoTimes-
    # 2025-11-24 and de-MDR-2026-07-08 in ../shared/corpus/fundus-dev): cleaned again, the text output kept its
    # first line as the headline and the lines under it, which read like headlines, as the article's
    from articlecli.render import render
    page = ("<html><head><title>Mining blasts shatter homes</title></head><body><article>"
            "<h1>Mining blasts shatter homes</h1><p>…as Bela Bela communities cry foul over lost livelihoods</p>"
            "<p>…accuse chiefs of accepting bribes to ignore concerns</p>" + _para() + _para("Tuesday")
            + "</article></body></html>")
    once = render(clean(page), "text")
    assert "…accuse chiefs" in once
    again = clean(once)
    assert again.title == "Mining blasts shatter homes" and render(again, "text") == once


def test_dump_with_a_dateline_under_its_headline_keeps_the_nearest_title() -> None:
    # a raw dump prints a date under the headline: the lines under its first line are no standfirst of a text
    # output, and the title-like line right above the text stays the headline
    art = clean("Weekend football results, fixtures and league tables from all divisions\n\n"
                "Council approves budget after long debate\n\n12 May 2024\n\n"
                + PARA + "\n\n" + PARA.replace("Monday", "Tuesday") + "\n")
    assert art.title == "Council approves budget after long debate"


def test_text_output_with_a_longer_standfirst_under_the_headline_is_a_fixed_point() -> None:
    # the headline, a longer standfirst and two short lines over the text (ch-NZZ-2024-07-18 in
    # ../shared/corpus/fundus-dev, shortened): cleaned again, the lines between headline and text stay the article's
    from articlecli.render import render
    title = "Israel und Gaza: News und Entwicklungen im Nahostkonflikt"
    page = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            "<p>Krieg in Nahost: USA schliessen provisorischen Hafen vor Gaza-Küste +++ Israel schickt Panzer in "
            "Norden von Rafah</p><p>Die wichtigsten Neuigkeiten zum Gaza-Krieg im Überblick</p>"
            "<p>Das Wichtigste in Kürze:</p>"
            "<p>Die USA stellen den Betrieb des provisorischen Hafens an der Küste des Gazastreifens ein. Dies teilte "
            "das zuständige Regionalkommando des US-Militärs am Mittwoch in einer Erklärung mit.</p>"
            "<p>Im Grenzgebiet zwischen Israel und Libanon ist es erneut zu einem heftigen Schusswechsel zwischen der "
            "Hizbullah-Miliz und den israelischen Streitkräften gekommen, meldeten beide Seiten.</p>"
            "</article></body></html>")
    once = render(clean(page), "text")
    assert "Das Wichtigste in Kürze:" in once
    assert render(clean(once), "text") == once


def test_line_in_emphasis_under_an_image_inside_the_text_is_its_caption() -> None:
    # '<div><img></div><div align=center><em>…</em></div>' between paragraphs (vi-dev-048.html.gz in
    # ../shared/corpus/vi-dev, a baomoi.com fragment of songmoi.vn): no caption markup, the emphasis says it
    art = _in_article(_para("Sunday"), "<div><span class='storyInlinePhoto'><img src='https://example.org/l1.jpg'>"
                      "</span></div><div align='center'><em>Liberty</em><em> Restyling 2014 bản tiêu chuẩn</em></div>",
                      _para(), _para("Tuesday"))
    caps = [c for c in art.captions if c.text == "Liberty Restyling 2014 bản tiêu chuẩn"]
    assert caps and caps[0].src == "https://example.org/l1.jpg" and "Liberty" not in art.text


def test_line_in_emphasis_under_the_lead_image_is_no_caption() -> None:
    # under the headline, an emphasised line below the lead image is the standfirst (ls-LesothoTimes-2025-11-24 in
    # ../shared/corpus/fundus-dev: '…as Bela Bela communities cry foul over lost livelihoods')
    art = _in_article("<div><img src='https://example.org/lead.jpg'></div>"
                      "<p><em>…as communities cry foul over lost livelihoods after months of blasting at the quarry near "
                      "their homes, villagers say.</em></p>", _para(), _para("Tuesday"))
    assert not [c for c in art.captions if "livelihoods" in c.text] and "livelihoods" in art.text


def test_newsletter_box_with_its_blurb_in_a_description_element_is_chrome() -> None:
    # '<h2>Newsletter: Sport inside</h2><p class=description>Jeden Montag …</p>' over the sign-up form's consent line
    # (lu-LuxemburgerWort-2026-07-12 in ../shared/corpus/fundus-dev, shortened): the box's title and blurb
    art = _in_article(_para(), _para("Tuesday"), "<div><h2>Newsletter: Sport inside</h2>"
                      "<p class='description'>Jeden Montag die Topstorys der Woche aus der Sportredaktion</p>"
                      "<div>Sie können sich jederzeit wieder abmelden, wenn Sie das möchten.</div></div>")
    assert "Sport inside" not in art.text and "Jeden Montag" not in art.text and art.lead != (
        "Jeden Montag die Topstorys der Woche aus der Sportredaktion")


def test_numbered_headings_over_embedded_charts_at_the_end_are_the_article() -> None:
    # a listicle whose items are headings over embedded charts, no paragraph after them (de-BusinessInsiderDE-
    # 2024-01-29 in ../shared/corpus/fundus-dev with its class and id attributes removed, shortened): no box title
    art = _in_article(_para(), _para("Tuesday"),
                      "<h3>1. Evergrande besaß mehr als 1300 Immobilienprojekte in China.</h3><figure><img src='a.png'>"
                      "</figure><h3>2. Evergrande war mit 300 Milliarden Dollar verschuldet.</h3><figure>"
                      "<img src='b.png'></figure>")
    assert "1. Evergrande besaß" in art.text and "2. Evergrande war" in art.text


def test_short_sentence_heading_over_a_comment_form_is_no_text() -> None:
    # 'Please read our comment policy before commenting.' (an <h4> over the comment form, us-WashingtonTimes-2023-04-28
    # in ../shared/corpus/fundus-dev): a trailing heading, a sentence but a short one, is still a box's title
    art = _in_article(_para(), _para("Tuesday"), "<h4>Please read our comment policy before commenting.</h4>")
    assert "comment policy" not in art.text


VI_PARAS = ("<p>Trận đấu diễn ra trên sân Hàng Đẫy tối 15/2 với sự chứng kiến của hơn mười nghìn khán giả, trong đó "
            "có nhiều cổ động viên từ Quảng Nam ra cổ vũ đội nhà.</p>"
            "<p>Sau trận đấu, HLV Văn Sỹ Sơn cho rằng trọng tài đã bắt không chính xác trong tình huống dẫn đến bàn "
            "gỡ hòa của đội khách ở phút bù giờ.</p>")


@pytest.mark.parametrize("line, author", [("Minh Anh/TTXVN", "Minh Anh"), ("Vũ Lê/Vietnam+", "Vũ Lê")])
def test_reporter_and_news_agency_closing_the_text_is_its_byline(line: str, author: str) -> None:
    """A reporter and the news agency they write for, after the last paragraph (the form of TTXVN's reports, in a
    baomoi-style fragment like vi-dev-036), is the byline, not a photo credit with no caption."""
    art = clean(f"<div>{VI_PARAS}<p><strong>{line}</strong></p></div>")
    assert art.authors == [author]
    assert not art.captions


def test_reporter_and_news_agency_under_a_caption_is_its_credit() -> None:
    """Negative: the same line under an image's caption, inside the text, is the caption's credit."""
    art = clean(f"<div>{VI_PARAS[:VI_PARAS.index('</p>') + 4]}<figure><img src='a.jpg'></figure>"
                f"<p>Đội chủ nhà ăn mừng bàn thắng</p><p>Minh Anh/TTXVN</p>{VI_PARAS[VI_PARAS.index('</p>') + 4:]}</div>")
    assert [(c.text, c.credit) for c in art.captions] == [("Đội chủ nhà ăn mừng bàn thắng", "Minh Anh/TTXVN")]
    assert art.authors == []


def test_numbered_items_split_by_breaks_are_list_items_under_their_heading() -> None:
    # vi-dev-146 (Báo Đầu Tư fragment in ../shared/corpus/vi-dev): '<strong>Các nhóm vấn đề …</strong><br><br>1. …
    # Vương quốc Anh<br><br>2. …<br><br>3. … đối với Dự án<br><br>4. …': items without a full stop
    items = ["Áp dụng luật điều chỉnh hợp đồng mua bán điện là luật của Vương quốc Anh",
             "Giải quyết tranh chấp hợp đồng bằng trọng tài quốc tế theo thông lệ các hợp đồng quốc tế",
             "Quy định nhằm bảo đảm rằng các thay đổi về pháp luật sẽ không gây ảnh hưởng tiêu cực đối với Dự án",
             "Cơ chế ngoại hối để đảm bảo chuyển đổi ngoại tệ phục vụ việc thanh toán quốc tế"]
    listed = "<br><br>".join(f"{n}. {t}" for n, t in enumerate(items, 1))
    art = _in_article(_para(), _para("Friday"),
                      f"<div><strong>Các nhóm vấn đề của Dự án Điện khí LNG Bạc Liêu</strong><br><br>{listed}</div>")
    assert [(b.label.value, b.text) for b in art.blocks[-5:]] == \
        [("heading", "Các nhóm vấn đề của Dự án Điện khí LNG Bạc Liêu")] + \
        [("list_item", f"{n}. {t}") for n, t in enumerate(items, 1)]
    assert not art.captions


@pytest.mark.parametrize("end, author", [("thành phố.Duy Phương", ["Duy Phương"]), ("TP.Hồ Chí Minh", []),
                                         ("Q.Ba Đình", []), ("bác sĩ Tùng lưu ý.Lệ Thu", ["Lệ Thu"])])
def test_name_glued_after_the_last_stop_unless_the_stop_closes_an_abbreviation(end: str, author: list) -> None:
    # the FeHuynhVI and Người Đưa Tin shapes (../shared/corpus/vi-dev): a byline glued to the last sentence's stop
    # ('…nói.Duy Phương', vi-dev-018's '…lưu ý.Lệ Thu' after a word of one letter); 'TP.' and 'Q.' are
    # abbreviations of a place's kind, the place after them no byline
    para = ("<p>Nhiều doanh nghiệp nước ngoài bày tỏ mong muốn mở rộng hoạt động sản xuất tại Việt Nam trong năm "
            "tới, theo khảo sát mới nhất của hiệp hội.</p>")
    art = _in_article(para, para.replace("năm tới", "quý tới"),
                      f"<p>Hội nghị xúc tiến đầu tư diễn ra vào cuối tuần qua với hơn hai trăm doanh nghiệp tại {end}</p>")
    assert art.authors == author
    assert art.text.endswith(end[:len(end) - len(author[0])] if author else end)


def test_paragraph_closed_by_a_photo_credit_is_a_caption_where_no_class_says_so() -> None:
    """A page whose classes say nothing (or that has none, as a publisher kept back from the corpus may): a
    <p> after an image, closed by '(AP Photo/Name)', is the image's caption with its credit, as in a text dump
    (us-APNews-2024-09-03 with its class and id attributes removed: 22 carousel captions were text)."""
    cap = ("Republican presidential nominee former President Donald Trump greets supporters at a town hall, "
           "Thursday, Aug. 29, 2024, in La Crosse, Wis.")
    art = _in_article(_para(), '<div><img src="/a.jpg" alt="Image"><span><p>' + cap + " (AP Photo/Morry Gash)</p>"
                      "</span></div>", _para("Tuesday"), _para("Wednesday"))
    assert [(c.text, c.credit) for c in art.captions] == [(cap, "AP Photo/Morry Gash")]
    assert "La Crosse" not in art.text and "Tuesday" in art.text


def test_paragraph_ending_in_a_parenthesis_with_a_slash_that_is_no_credit_stays_text() -> None:
    para = PARA.replace("this year.", "this year (and the next one, said the treasurer, who runs the 2024/25 budget).")
    art = _in_article(_para(), f"<p>{para}</p>", _para("Tuesday"))
    assert "2024/25 budget" in art.text and not art.captions


def test_a_post_quoted_in_a_blockquote_without_class_is_no_text() -> None:
    """An embedded post whose classes are gone (us-TheGatewayPundit-2026-07-19 with its class and id attributes
    removed): the <blockquote> its signature closes ('— Name (@handle) date') is furniture, all its paragraphs;
    a quotation in a <blockquote> without a signature stays the text's."""
    post = ("<blockquote><p>FT: Zelensky is considering replacing Syrsky as criticism of his leadership continues "
            "to grow.</p><p>While no decision has been made, he is reportedly… pic.twitter.com/PbK0B7UjJM</p>"
            "<p>— MAKS 26 (@Maks_NAFO_FELLA) July 18, 2026</p></blockquote>")
    quote = "<blockquote><p>We will not give up a single metre of our land, the commander told the parliament.</p></blockquote>"
    art = _in_article(_para(), post, _para("Tuesday"), quote, _para("Wednesday"))
    assert "Zelensky" not in art.text and "reportedly" not in art.text and "Maks" not in art.text
    assert "single metre" in art.text and "Tuesday" in art.text and "Wednesday" in art.text


def test_a_teaser_line_printed_twice_is_no_text_in_html_either() -> None:
    """'Mike Johnson’s Art of the Deal Mike Johnson’s Art of the Deal': a teaser card's image text and link text
    in one block (us-TheNation-2024-01-11 with its class and id attributes removed), as in a text dump."""
    teaser = "<div><p><span>Mike Johnson’s Art of the Deal</span> Mike Johnson’s Art of the Deal</p></div>"
    art = _in_article(_para(), _para("Tuesday"), teaser, _para("Wednesday"))
    assert "Art of the Deal" not in art.text and "Wednesday" in art.text


def test_a_headline_like_line_with_a_number_before_the_text_is_no_byline() -> None:
    """A name beside a date before the text is the byline where no class says so (tests/pages/
    li-Landesspiegel-2026-01-27-noclass); a headline-like line with a number in it is not one
    ('Samastipur Police Caught 2 Miscreants', ind-Bhaskar-2024-09-04: only a line with a date is asked)."""
    page = _page("<h1>Samastipur police caught two miscreants</h1><div><div>Samastipur Police Caught 2 Miscreants</div>"
                 "</div><article><div><img src='/a.jpg' alt='Police'></div><p>" + PARA + "</p><p>"
                 + PARA.replace("Monday", "Tuesday") + "</p><p>" + PARA.replace("Monday", "Friday") + "</p></article>")
    assert clean(page).authors == []
