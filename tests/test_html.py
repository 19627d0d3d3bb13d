"""HTML pages: main content, the page's own metadata, junk that never reaches `text`,
declared charsets, legacy text inside HTML, malformed input, and the floors on the HTML
test set built from the dev and seed dumps (bench/htmlset.py)."""

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from bench import htmlset
from cli.main import app
from core.clean import html as html_module
from core.clean.html import html_to_text
from core.config import RunConfig
from core.legacy import to_cp1258, to_tcvn3
from core.pipeline import process_document
from core.record import Article, Document, Reject
from tests.test_cli import CLEANING_FLOORS, EXTRACTION_FLOORS

runner = CliRunner()

LEAD = ("Sáng ngày 15/02/2023, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác cải cách "
        "hành chính năm 2022, triển khai nhiệm vụ năm 2023.")
SECOND = ("Năm 2022, huyện đã tiếp nhận 47.590 hồ sơ, giải quyết đúng hạn 47.563 hồ sơ, đạt tỷ lệ "
          "99,94%; việc ứng dụng công nghệ thông tin được tăng cường.")
TITLE = "Huyện triển khai nhiệm vụ cải cách hành chính năm 2023"


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{TITLE} | Cổng thông tin</title>'
            f"{head}</head><body>{body}</body></html>")


def article_body(extra: str = "") -> str:
    return (f'<div class="detail-content"><h1>{TITLE}</h1><p>{LEAD}</p>'
            f"<figure><img src=a.jpg><figcaption>Quang cảnh hội nghị</figcaption></figure>"
            f"<p>{SECOND}</p>{extra}</div>")


def test_main_content_and_markup_metadata():
    head = ('<meta property="og:title" content="' + TITLE + '">'
            '<meta property="article:published_time" content="2023-02-15T08:00:00+07:00">'
            '<meta name="author" content="Minh Thoan">')
    crumbs = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/c">Cải cách hành chính</a></li></ol>'
    result = html_to_text(page(crumbs + article_body(), head))
    assert result.title == TITLE
    assert result.published == "2023-02-15T08:00:00+07:00"
    assert result.section == "Cải cách hành chính"
    assert result.authors == ["Minh Thoan"]
    assert result.captions == ["Quang cảnh hội nghị"]
    assert LEAD in result.text and SECOND in result.text and "Quang cảnh" not in result.text


def test_title_without_site_name_and_dates_from_other_markup():
    no_h1 = f'<div class="entry-content"><p>{LEAD}</p><p>{SECOND}</p></div>'
    assert html_to_text(page(no_h1)).title == TITLE  # <title> minus " | Cổng thông tin"
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-14T10:00:00Z"}</script>'
    assert html_to_text(page(article_body(), ld)).published.startswith("2023-02-14")
    timed = article_body('<time datetime="2023-02-13T09:00:00+07:00">13/02/2023</time>')
    assert html_to_text(page(timed)).published.startswith("2023-02-13")
    itemprop = article_body('<span itemprop="datePublished" content="2023-02-12">12/2</span>')
    assert html_to_text(page(itemprop)).published == "2023-02-12"
    site_author = '<meta name="author" content="Báo điện tử Tin Nhanh">'
    assert html_to_text(page(article_body(), site_author)).authors == []


def test_junk_never_reaches_text():
    junk = (
        "<script>var leak = 'script text';</script><style>.leak{color:red}</style>"
        "<nav><a href=/>Menu leak</a></nav><aside>Aside leak</aside>"
        "<form><label>Form leak</label><input value='x'></form>"
        "<!-- Comment leak -->"
        '<div style="display:none">Hidden leak</div><div hidden>Hidden attribute leak</div>'
        '<div class="comments">Comment box leak</div><div class="related-news">Related leak</div>'
        '<div class="share-tools">Share leak</div>'
    )
    result = html_to_text(page(article_body(junk)))
    assert "leak" not in result.text
    assert LEAD in result.text


def test_page_inside_a_webforms_form_keeps_its_article():
    body = (f'<form id="aspnetForm" method="post"><table><tr><td class="left">Liên kết website</td><td>'
            f'<span class="tieude"><b>{TITLE}</b></span><br><p>{LEAD}</p><p>{SECOND}</p></td></tr></table></form>')
    result = html_to_text(page(body))
    assert LEAD in result.text and SECOND in result.text


def test_container_names_are_found_through_their_hints():
    for name in html_module.CONTAINER_CLASSES:
        assert any(hint in name.lower() for hint in html_module.CONTAINER_HINTS), name


def _process(data: bytes, name: str = "p.html") -> Article | Reject:
    return process_document(Document(path=name, data=data, payload=data, format="html"),
                            RunConfig(inputs=(), output=None, tokenize=False), None)


def test_declared_windows_1258_and_legacy_text_inside_html():
    raw = to_cp1258(page(article_body(), charset="windows-1258"))
    record = _process(raw)
    assert isinstance(record, Article) and record.encoding == "windows-1258"
    assert record.title == TITLE and LEAD in record.text
    tcvn3 = page(f"<div class='noidung'><h1>{to_tcvn3(TITLE)}</h1><p>{to_tcvn3(LEAD)}</p><p>{to_tcvn3(SECOND)}</p></div>")
    record = _process(tcvn3.encode("utf-8"))
    assert isinstance(record, Article) and record.encoding == "tcvn3"
    assert record.title.lower() == TITLE.lower() and LEAD.lower() in record.text.lower()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_a_record_or_a_reject(data):
    assert isinstance(_process(b"<html>" + data), (Article, Reject))


TAGS = st.sampled_from(["p", "div", "span", "a", "table", "td", "tr", "h1", "script", "style", "form",
                        "article", "figure", "figcaption", "br", "li", "ul", "time", "nav", "aside"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(
    TAGS.map(lambda t: f"<{t}>"), TAGS.map(lambda t: f"</{t}>"),
    st.sampled_from(['<div class="detail-content">', '<p class="caption">', "<!--", "-->", "<![CDATA[",
                     '<meta charset="windows-1258">', "&nbsp;", "&#x1F600;", "&bogus;", "<", ">", '"']),
    st.text(max_size=40)), max_size=60))
def test_malformed_markup_never_raises(parts):
    text = "".join(parts)
    assert isinstance(_process(text.encode("utf-8", "surrogatepass")), (Article, Reject))
    result = html_to_text(text)
    assert isinstance(result.text, str)


def test_html_test_set_reaches_the_plain_dump_floors(tmp_path, shared):
    out = tmp_path / "htmlset"
    chosen = htmlset.build(htmlset.default_sources(shared), out)
    assert set(chosen.values()) == set(htmlset.TEMPLATES)  # every template is in use
    records = tmp_path / "html.jsonl"
    result = runner.invoke(app, ["process", str(out / "raw"), "-o", str(records), "--no-tokenize", "-q"])
    assert result.exit_code == 0, result.stderr
    assert all(orjson.loads(line)["source"]["format"] == "html" for line in records.read_bytes().splitlines())
    args = ["evaluate", str(out), str(records)]
    for floor in [*CLEANING_FLOORS, *EXTRACTION_FLOORS]:
        args += ["--min", floor]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stdout + result.stderr


def test_comment_articles_and_ad_scripts_do_not_win():
    comments = "".join(f'<article class="comment-body"><p>Bình luận số {i}: tôi đồng ý với bài viết này, '
                       f"rất hay và bổ ích cho mọi người.</p></article>" for i in range(3))
    body = f"<div><h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p></div>{comments}"
    assert LEAD in html_to_text(page(body)).text
    # Without a CMS container, an advert cell's script text must not outweigh the prose.
    ad = "<table><tr><td><script>" + "var x = 'quảng cáo, quảng cáo, quảng cáo';" * 50 + "</script></td></tr></table>"
    result = html_to_text(page(ad + f"<div><p>{LEAD}</p><p>{SECOND}</p></div>"))
    assert LEAD in result.text and "var x" not in result.text


def test_the_largest_container_wins_and_nested_ones_are_not_measured(monkeypatch):
    inner = f'<div class="article-content fck_detail"><p>{LEAD}</p></div>'
    sidebar = f'<div class="news-content"><p>{SECOND} {SECOND}</p></div>'
    body = f'<article class="article-detail"><h1>{TITLE}</h1>{inner}<p>{SECOND}</p></article>{sidebar}'
    measured: list[str] = []
    original = html_module._inside

    def spy(node, ancestors):
        inside = original(node, ancestors)
        measured.append(f"{node.attributes.get('class')}:{inside}")
        return inside

    monkeypatch.setattr(html_module, "_inside", spy)
    text = html_to_text(page(body)).text
    assert LEAD in text and SECOND in text  # the <article>, which holds the inner container
    assert "article-content fck_detail:True" in measured and "news-content:False" in measured


def test_a_box_matched_twice_is_removed_once():
    boxes = '<div class="comments share-tools related">Hộp bình luận và chia sẻ</div>' * 3
    result = html_to_text(page(article_body(boxes)))
    assert "Hộp bình luận" not in result.text and SECOND in result.text


def test_unspaced_scripts_still_have_prose():
    from core.clean.lines import classify_lines

    japanese = ("先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで二十代の男性が逮捕されたという"
                "ニュースを耳にしました。報道によると、今回販売されたのはいわゆる脱獄したものです。")
    assert classify_lines(f"見出し\n{japanese}\n{japanese}").paragraphs


_BOX_WORDS = ["comment", "Related", "tin-khac", "share", "menu", "ads", "ad", "story", "content", "x"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["div", "form", "footer", "section", "p", "span"]),
                          st.sampled_from(["class", "id", "style", "role", "hidden", "aria-hidden"]),
                          st.sampled_from([*_BOX_WORDS, "display: none", "navigation", "true", "A Comment-Box"])),
                max_size=12))
def test_selector_gate_keeps_every_selector_that_matches(elements):
    from selectolax.lexbor import LexborHTMLParser

    from core.clean.html import _BOX_GATE, REMOVE_IF_SMALL

    body = "".join(f'<{tag} {attr}="{value}">t {i}</{tag}>' for i, (tag, attr, value) in enumerate(elements))
    root = LexborHTMLParser(f"<html><body><main>{body}</main></body></html>").css_first("main")
    gated = _BOX_GATE.selector_for(root)
    expected = {n.mem_id for n in root.css(", ".join(REMOVE_IF_SMALL))}
    found = {n.mem_id for n in root.css(gated)} if gated else set()
    assert found == expected


def test_selector_gate_refuses_what_it_cannot_read():
    from core.clean.html import SelectorGate

    with pytest.raises(ValueError):
        SelectorGate(("div > p",))
    assert SelectorGate(("[class*=comment i]", "form")).probe == "form, [class]"


_TAG_NAMES = st.text(alphabet="abdehlpt16", min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.frozensets(_TAG_NAMES, min_size=1, max_size=12), st.lists(_TAG_NAMES, max_size=20))
def test_prefix_tree_pattern_matches_exactly_its_words(words, probes):
    import re

    from core.clean.alternation import trie_pattern

    pattern = re.compile(trie_pattern(words))
    for probe in [*words, *probes]:
        assert (pattern.fullmatch(probe) is not None) == (probe in words)


# Letters of month names, with pairs that match each other ignoring case (`i`, Turkish `ı`
# and `İ`) and cased forms, so that the tree's branches meet them.
_WORD_LETTERS = "aijıİIstuSTU"


@settings(max_examples=300, deadline=None)
@given(st.frozensets(st.text(alphabet=_WORD_LETTERS, min_size=1, max_size=5), min_size=1, max_size=10),
       st.lists(st.text(alphabet=_WORD_LETTERS + " 1.", max_size=14), max_size=20))
def test_prefix_tree_finds_what_the_longest_first_alternation_finds(words, texts):
    """Inside a pattern that backtracks into it (a month name, then a day), ignoring case:
    the same matches, the same groups, as the alternation sorted longest first that the
    date patterns used before (core/clean/alternation.py)."""
    import re

    from core.clean.alternation import trie_pattern

    around = r"\b({})\.?\s*(\d)?"
    tree = re.compile(around.format(trie_pattern(words, ignore_case=True)), re.IGNORECASE)
    listed = re.compile(around.format("|".join(sorted(words, key=len, reverse=True))), re.IGNORECASE)
    for text in [*texts, *(f"{w} 1" for w in words), *(f"{w}{w}." for w in words)]:
        expected, found = listed.search(text), tree.search(text)
        assert (expected and (expected.span(), expected.groups())) == (found and (found.span(), found.groups()))


def test_month_names_read_as_before_in_the_date_patterns():
    from core.clean.html_dates import date_in_text

    assert date_in_text("Posted on November 18, 2019, 08:19 PM") == "2019-11-18"
    assert date_in_text("18 de novembro de 2019") == "2019-11-18"
    assert date_in_text("2019. november 18.") == "2019-11-18"
    assert date_in_text("18 KASIM 2019") == "2019-11-18"  # Turkish `kasım` written in capitals
    assert date_in_text("18 Kasim 2019") == "2019-11-18"
    assert date_in_text("18 NİSAN 2019") == "2019-04-18"  # Turkish capitals: `İ` lower-cases with a dot


def test_list_items_and_subheadings_of_the_article_are_text_related_links_are_not():
    items = "".join(f"<li>Cấp {n} giấy phép xây dựng</li>" for n in (120, 85, 42))
    related = "".join(f'<li><span>15/02</span> <a href="/t{n}">Tin khác số {n} về huyện</a></li>' for n in range(3))
    body = (f'<div class="detail-content"><h1>{TITLE}</h1><p>{LEAD}</p><h3>Kết quả nổi bật</h3><ul>{items}</ul>'
            f"<p>{SECOND}</p><ul>{related}</ul></div>")
    result = html_to_text(page(body))
    assert result.kinds[result.text.split("\n").index("Kết quả nổi bật")] == "h3"
    record = _process(page(body).encode())
    assert isinstance(record, Article)
    paragraphs = record.text.split("\n")
    assert "Kết quả nổi bật" in paragraphs and "Cấp 85 giấy phép xây dựng" in paragraphs
    assert not any("Tin khác" in p for p in paragraphs)


_FRAGMENTS = st.lists(st.sampled_from(["<li>", "</li>", "<p>", "</p>", "<h3 class=x>", "</h3>", "<a href=x>", "</a>",
                                       "<b>", "</b>", "<ul>", "</ul>", "chữ", " ", "\n", "&amp;", "&#10;", "\x00", "một câu."]),
                       max_size=30)


@settings(max_examples=300, deadline=None)
@given(_FRAGMENTS)
def test_line_kinds_never_change_the_text(parts):
    import re
    from html import unescape

    from core.normalize import single_spaced

    root = html_module._parser()(f"<html><body><div>{''.join(parts)}</div></body></html>").body
    text, kinds = html_module._block_text(root)
    source = re.sub(r"<!--.*?-->", " ", root.html, flags=re.DOTALL).replace("\n", " ").replace("\r", " ")
    source = html_module._ADJACENT_ITEMS_RE.sub(r"\1 ", source)  # side-by-side links read apart
    plain = unescape(html_module._TAG_RE.sub("", html_module._BLOCK_TAG_RE.sub("\n", source)))
    assert text == "\n".join(single_spaced(raw) for raw in plain.split("\n") if raw and not raw.isspace())
    assert not kinds or len(kinds) == text.count("\n") + 1
    assert set(kinds) <= {"", *html_module.LINE_KINDS}


# -- issue 15: pages nested deep, short lines the markup says are text, the structure suite --

# Sentences of a baomoi article (baomoi/22649854.txt), not of any gold set.
RIG = ("Dài 488m, rộng 74m, trọng lượng lên tới khoảng 260.000 tấn, giàn thăm dò mang tên Prelude được cho "
       "là giàn nổi khai thác khí thiên nhiên hóa lỏng lớn nhất thế giới.")
RIG_TITLE = "Giàn khai thác khí đốt lớn nhất thế giới bắt đầu hải trình đầu tiên"


def test_a_page_nested_fifty_thousand_deep_keeps_its_article():
    deep = "<div>" * 50_000 + f"<p>{RIG}</p>" + "</div>" * 50_000
    result = html_to_text(page(f"<h1>{RIG_TITLE}</h1>{deep}"))
    assert RIG in result.text.split("\n")
    record = _process(page(f"<h1>{RIG_TITLE}</h1>{deep}").encode())
    assert isinstance(record, Article) and record.text == RIG


def test_depth_cap_keeps_shallow_pages_and_the_text_of_deep_ones():
    from core.clean.html_depth import MAX_DEPTH, flatten_deep

    shallow = page(article_body()) * 3
    assert flatten_deep(shallow) is shallow
    deep = "<span>" * (MAX_DEPTH * 20) + "chữ" + "</span>" * (MAX_DEPTH * 20)
    flat = flatten_deep(deep.encode())
    assert isinstance(flat, bytes) and flat.count(b"<span>") == MAX_DEPTH and flat.count(b"</span>") == MAX_DEPTH
    assert "chữ".encode() in flat


def test_short_lines_inside_the_article_are_text_not_captions():
    schedule = "".join(f"<p>Chặng {i}: {d}</p>" for i, d in enumerate(["Hàn Quốc", "Biển Đông", "Tây Australia"], 1))
    body = (f'<div class="detail-content"><h1>{RIG_TITLE}</h1><p>{RIG}</p>{schedule}<p>{LEAD}</p>'
            '<p><a href="/a">Xem thêm</a> <a href="/b">tin khác</a></p></div>')
    record = _process(page(body).encode())
    assert isinstance(record, Article)
    assert record.text.split("\n") == [RIG, "Chặng 1: Hàn Quốc", "Chặng 2: Biển Đông", "Chặng 3: Tây Australia", LEAD]


def test_a_data_row_is_one_line_a_layout_row_keeps_its_blocks():
    rows = "<table><tr><th>Dài</th><td>488 m</td></tr><tr><th>Rộng</th><td>74 m</td></tr></table>"
    result = html_to_text(page(f'<div class="detail-content"><h1>{RIG_TITLE}</h1><p>{RIG}</p>{rows}</div>'))
    assert "Dài 488 m" in result.text.split("\n") and "Rộng 74 m" in result.text.split("\n")
    layout = f"<table><tr><td>Liên kết</td><td><p>{RIG}</p><p>{LEAD}</p></td></tr></table>"
    lines = html_to_text(page(layout)).text.split("\n")
    assert RIG in lines and LEAD in lines


STRUCTURE_FLOOR = 0.98  # shingle F1 over bench/structset.py's pages (see README)


def test_structure_suite_floor_and_no_page_rejected():
    from bench import structset
    from bench.html_bench import peer_scores

    pages = structset.pages()
    truth = {name: gold for name, _, gold, _ in pages}
    records = {name: _process(html.encode(), f"{name}.html") for name, html, _, _ in pages}
    assert all(isinstance(r, Article) for r in records.values()), [n for n, r in records.items() if not isinstance(r, Article)]
    predicted = {name: r.text for name, r in records.items() if isinstance(r, Article)}
    assert peer_scores(truth, predicted)["f1"] >= STRUCTURE_FLOOR


def test_dates_from_more_meta_names_and_the_address_path():
    parsely = '<meta name="parsely-pub-date" content="2019-11-18T16:07:00Z">'
    assert html_to_text(page(article_body(), parsely)).published == "2019-11-18T16:07:00Z"
    canonical = '<link rel="canonical" href="https://example.vn/thoi-su/2023/2/15/hoi-nghi-cai-cach.html">'
    assert html_to_text(page(article_body(), canonical)).published == "2023-02-15"
    og_url = '<meta property="og:url" content="https://example.com/news/2019-11-18/story-123">'
    assert html_to_text(page(article_body(), og_url)).published == "2019-11-18"
    named = '<link rel="canonical" href="https://example.com/statements/2019/nov/18/someone/claim/">'
    assert html_to_text(page(article_body(), named)).published == "2019-11-18"
    no_date = '<meta property="og:url" content="https://example.vn/tin-tuc/2023/bai-viet-13-02.html">'
    assert html_to_text(page(article_body(), no_date)).published is None


def test_a_box_of_other_articles_after_the_text_is_cut_one_inside_it_is_passed_over():
    others = "".join(f'<h3><a href="/t/{i}">{t}</a></h3><p>{t}, bài viết khác của chuyên mục.</p>'
                     for i, t in enumerate(["Khởi công đường ven biển", "Giá lúa tăng vụ mới", "Trường học đón học sinh"]))
    body = (f'<div class="detail-content"><h1>{RIG_TITLE}</h1><p>{RIG}</p><p>{LEAD}</p><p>{SECOND}</p>'
            f"<h2>Tin cùng chuyên mục</h2>{others}</div>")
    record = _process(page(body).encode())
    assert isinstance(record, Article) and record.text.split("\n") == [RIG, LEAD, SECOND]
    links = "".join(f'<li><a href="/t/{i}">{t}</a></li>' for i, t in enumerate(["Khởi công đường ven biển",
                                                                                 "Giá lúa tăng vụ mới", "Trường học đón học sinh"]))
    inside = (f'<div class="main-col"><h1>{RIG_TITLE}</h1><p>{RIG}</p><p>{LEAD}</p>'
              f"<div><b>Đọc nhiều</b><ul>{links}</ul></div><p>{SECOND}</p></div>")
    record = _process(page(inside).encode())
    assert isinstance(record, Article) and record.text.split("\n") == [RIG, LEAD, SECOND]


def test_link_share_runs_across_lines_of_a_link_around_blocks():
    card = '<a href="/t/1"><div>THỜI SỰ</div><h3>Khởi công đường ven biển nối hai huyện</h3></a>'
    result = html_to_text(page(f'<div class="detail-content"><h1>{RIG_TITLE}</h1><p>{RIG}</p>{card}</div>'))
    lines = result.text.split("\n")
    assert result.links[lines.index("THỜI SỰ")] == 1.0
    assert result.links[lines.index(RIG)] == 0.0


def test_a_short_line_under_an_image_stays_a_caption():
    body = (f'<div class="detail-content"><h1>{RIG_TITLE}</h1><p>{RIG}</p>'
            '<div class="pic"><img src="/gian-khoan.jpg"></div><div>Giàn Prelude rời xưởng đóng tàu Geoje</div>'
            f"<p>{LEAD}</p><p>{SECOND}</p></div>")
    record = _process(page(body).encode())
    assert isinstance(record, Article) and record.text.split("\n") == [RIG, LEAD, SECOND]
    assert "Giàn Prelude rời xưởng đóng tàu Geoje" in record.captions


def test_dates_shown_in_foreign_forms_and_by_the_headline():
    from core.clean.html_dates import date_in_text

    assert date_in_text("Published Nov. 18, 2019 at 4:07 PM") == "2019-11-18"
    assert date_in_text("segunda-feira, 22 de janeiro de 2018 às 0:13") == "2018-01-22"
    assert date_in_text("Mis à jour le 3 mars 2021") == "2021-03-03"
    assert date_in_text("Aktualisiert: 18. November 2019") == "2019-11-18"
    assert date_in_text("May 45, 2019") is None and date_in_text("Chuyên mục Thời sự") is None
    shown = (f'<div class="header-clock"><span class="date">Thứ Hai, 01/01/2024</span></div>'
             f'<div class="post"><h1>{TITLE}</h1><div class="post-meta">By Jane Doe | November 18, 2019</div>'
             f'<div class="entry-content"><p>{LEAD}</p><p>{SECOND}</p></div></div>')
    assert html_to_text(page(shown)).published == "2019-11-18"  # by the headline, not the site's clock


def test_a_stamp_a_day_off_the_address_date_is_the_address_day_and_placeholders_are_no_date():
    utc = ('<meta property="article:published_time" content="2019-11-19T02:34:30Z">'
           '<meta property="og:url" content="https://example.com/2019/11/18/markets/index.html">')
    assert html_to_text(page(article_body(), utc)).published == "2019-11-18"
    same = ('<meta property="article:published_time" content="2019-11-18T09:00:00Z">'
            '<meta property="og:url" content="https://example.com/2019/11/18/markets/index.html">')
    assert html_to_text(page(article_body(), same)).published == "2019-11-18T09:00:00Z"
    placeholder = '<meta property="article:published_time" content="0001-01-01T00:00:00Z">'
    assert html_to_text(page(article_body(), placeholder)).published is None


def test_source_credits_and_pointers_are_not_promoted_to_text():
    # Credits as baomoi articles write them (baomoi/21486715.txt, 22626192.txt).
    for tail in ("Theo Vnexpress", "Nguồn video: YouTube", "Xem thêm: Hội nghị tổng kết năm 2022"):
        body = f'<div class="detail-content"><h1>{RIG_TITLE}</h1><p>{RIG}</p><p>{LEAD}</p><p>{tail}</p></div>'
        record = _process(page(body).encode())
        assert isinstance(record, Article) and record.text.split("\n") == [RIG, LEAD], tail


def test_preformatted_lines_stay_lines():
    code = "pip install vnmeet\nvnmeet process raw -o out.jsonl --no-tokenize"
    body = f'<article><h1>{RIG_TITLE}</h1><p>{RIG}</p><pre><code>{code}</code></pre><p>{LEAD}</p></article>'
    record = _process(page(body).encode())
    assert isinstance(record, Article)
    assert record.text.split("\n") == [RIG, *code.split("\n"), LEAD]


def test_unclosed_blocks_beyond_the_depth_cap_still_break_lines():
    sloppy = "".join(f"<div>Dòng số {i} của trang" for i in range(4500))  # never closed
    lines = html_to_text(page(sloppy)).text.split("\n")
    assert "Dòng số 10 của trang" in lines and "Dòng số 4321 của trang" in lines


def test_dates_written_in_figures_and_in_more_languages():
    from core.clean.html_dates import date_in_text

    assert date_in_text("Veröffentlicht am 12.03.2019 um 10:00") == "2019-03-12"
    assert date_in_text("05/10/2018 - Publicado por: Redação") == "2018-10-05"  # day first
    assert date_in_text("05/10/2018", month_first=True) == "2018-05-10"  # a US English page
    assert date_in_text("Posted 11/18/2019") == "2019-11-18"  # no 18th month: month first
    assert date_in_text("2019/11/18 10:02") == "2019-11-18"
    assert date_in_text("2019年11月18日 10:02") == "2019-11-18"
    assert date_in_text("입력 2019년 11월 18일") == "2019-11-18"
    assert date_in_text("Опубликовано 18 ноября 2019") == "2019-11-18"
    assert date_in_text("Dodano 18 listopada 2019") == "2019-11-18"
    assert date_in_text("2019. november 18. 10:02") == "2019-11-18"
    assert date_in_text("November 20 15:23 2019") == "2019-11-20"
    assert date_in_text("version v2.10.2019") is None and date_in_text("Posted Nov 18, 8:19 PM") is None


FOREIGN_TITLE = "Scientists confirm water vapour above the surface of a frozen moon"
FOREIGN_TEXT = ("A team of planetary scientists said on Monday that it had found enough water vapour above the "
                "surface of the moon to fill an Olympic swimming pool within minutes, a finding that raises hopes "
                "for future missions. The measurements were made with a telescope on a mountain summit.")


def foreign_page(head: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>{FOREIGN_TITLE} | Science Daily</title>{head}</head>"
            f'<body><div class="site-clock">Wednesday, 20 November 2019</div>{body}</body></html>')


def test_the_date_written_next_to_the_headline_whatever_its_element_is_called():
    after = (f'<div class="story"><div class="story-title"><h1>{FOREIGN_TITLE}</h1></div>'
             f'<div class="writer">JANE DOE, REUTERS 18 NOV 2019</div><div class="text"><p>{FOREIGN_TEXT}</p></div></div>')
    assert html_to_text(foreign_page("", after)).published == "2019-11-18"
    bare = (f'<div class="news"><dl class="newsTitle"><dt>{FOREIGN_TITLE}</dt></dl> Posted : [ 2018-08-25 15:24 ]'
            f'<div class="text"><p>{FOREIGN_TEXT}</p></div></div>')
    assert html_to_text(foreign_page("", bare)).published == "2018-08-25"  # a bare line, a headline class in capitals
    before = (f'<div class="hero"><p><span class="about">publiziert am 25. September 2018</span></p>'
              f"<h1>{FOREIGN_TITLE}</h1></div><div class=\"text\"><p>{FOREIGN_TEXT}</p></div>")
    assert html_to_text(foreign_page("", before)).published == "2018-09-25"
    in_prose = (f'<div class="story"><h1>{FOREIGN_TITLE}</h1><p>{FOREIGN_TEXT} It was first seen on '
                f"November 12, 2019.</p><p>{FOREIGN_TEXT}</p></div>")
    assert html_to_text(foreign_page("", in_prose)).published is None  # an event's date, not the page's
    beside = (f'<div class="main-article"><div class="date"><div class="calendar-date">November 20</div>'
              f'<div class="calendar-time">15:23 2019</div></div><div class="shortcode-content"><p>{FOREIGN_TEXT}</p>'
              f"<p>{FOREIGN_TEXT}</p></div></div>")
    assert html_to_text(foreign_page("", beside)).published == "2019-11-20"  # the region's own header


def test_a_utc_stamp_gives_way_to_the_publishers_day_a_local_date_shows():
    body = (f'<div class="story"><h1>{FOREIGN_TITLE}</h1><div class="dateline">By Jane Doe - Nov 19, 2019, '
            f'10:31 pm CST</div><div class="text"><p>{FOREIGN_TEXT}</p></div></div>')
    utc = '<meta property="article:published_time" content="2019-11-20T04:31:13+00:00">'
    assert html_to_text(foreign_page(utc, body)).published == "2019-11-19"
    local = '<meta property="article:published_time" content="2019-11-19T22:31:13-06:00">'
    assert html_to_text(foreign_page(local, body)).published == "2019-11-19T22:31:13-06:00"
    same_day = '<meta property="article:published_time" content="2019-11-19T14:31:13Z">'
    assert html_to_text(foreign_page(same_day, body)).published == "2019-11-19T14:31:13Z"
    metas = ('<meta property="article:published_time" content="2019-11-19T01:19:34.819Z">'
             '<meta name="article_date_original" content="Monday, November 18, 2019, 08:19 PM">')
    plain = f'<div class="story"><h1>{FOREIGN_TITLE}</h1><div class="text"><p>{FOREIGN_TEXT}</p></div></div>'
    assert html_to_text(foreign_page(metas, plain)).published == "2019-11-18"
    written = '<meta name="citation_publication_date" content="2019/11/18">'
    assert html_to_text(foreign_page(written, plain)).published == "2019-11-18"


def test_an_update_stamp_a_microformat_title_a_compact_address_date_and_us_figures():
    plain = f'<div class="story"><h1>{FOREIGN_TITLE}</h1><div class="text"><p>{FOREIGN_TEXT}</p></div></div>'
    times = (f'<div class="story"><h1>{FOREIGN_TITLE}</h1><div class="dateline"><span class="dateline__updated">'
             f'<time datetime="2019-11-19T14:41:32-05:00">Updated Nov 19</time></span><span class="dateline__posted">'
             f'<time datetime="2019-11-18T20:19:34-05:00">Posted Nov 18</time></span></div>'
             f'<div class="text"><p>{FOREIGN_TEXT}</p></div></div>')
    assert html_to_text(foreign_page("", times)).published == "2019-11-18T20:19:34-05:00"
    abbr = (f'<div class="hentry"><h2 class="entry-title">{FOREIGN_TITLE}</h2><div class="entry-meta">Posted on '
            f'<abbr class="published" title="2019-11-18T10:00:00+01:00">Monday</abbr></div><div class="entry-content">'
            f"<p>{FOREIGN_TEXT}</p><p>{FOREIGN_TEXT}</p></div></div>")
    assert html_to_text(foreign_page("", abbr)).published == "2019-11-18"
    compact = '<link rel="canonical" href="https://example.com/world/20191118/water-vapour.html">'
    assert html_to_text(foreign_page(compact, plain)).published == "2019-11-18"
    long_id = '<link rel="canonical" href="https://example.com/world/water-vapour-20191118101010123.htm">'
    assert html_to_text(foreign_page(long_id, plain)).published is None
    figures = (f'<div class="story"><h1>{FOREIGN_TITLE}</h1><div class="byline">By Jane Doe, 11/05/2019</div>'
               f'<div class="text"><p>{FOREIGN_TEXT}</p></div></div>')
    assert html_to_text(foreign_page("", figures)).published == "2019-05-11"  # day first, as most write
    us = '<meta property="og:locale" content="en_US">'
    assert html_to_text(foreign_page(us, figures)).published == "2019-11-05"
    itemprop = (f'<div class="story"><h1>{FOREIGN_TITLE}</h1><span itemprop="datePublished">18 November 2019</span>'
                f'<div class="text"><p>{FOREIGN_TEXT}</p></div></div>')
    assert html_to_text(foreign_page("", itemprop)).published == "2019-11-18"


def test_widening_to_the_headline_takes_what_stands_above_the_article_not_what_follows_it():
    popular = "".join(f'<div class="card"><h4><a href="/s/{i}">Another story number {i} of the day</a></h4>'
                      f"<p>{FOREIGN_TEXT[:120]}</p></div>" for i in range(3))
    body = (f'<div id="page"><header class="page-header"><h1>{FOREIGN_TITLE}</h1><div class="byline">By Jane Doe'
            f'</div></header><main><article class="post"><p>{FOREIGN_TEXT}</p><p>{FOREIGN_TEXT[::-1]}</p></article>'
            f'<div class="section-content">{popular}</div></main></div>')
    result = html_to_text(foreign_page("", body))
    assert "widened" in result.container
    assert "Another story" not in result.text and FOREIGN_TEXT[:120] not in result.text.split("\n")
    assert FOREIGN_TITLE in result.text and FOREIGN_TEXT in result.text


SHOP_MENU = "<nav><ul>" + "".join(f'<li><a href="/c/{i}">{t}</a></li>' for i, t in enumerate(
    ["Home", "Kitchen", "Outdoor", "Sale", "Contact"])) + "</ul></nav>"
MOST_READ = '<aside class="sidebar"><h3>Most read</h3><ul>' + "".join(
    f'<li><a href="/s/{i}">Story number {i} that many people read today</a></li>' for i in range(6)) + "</ul></aside>"


def short_page(title: str, body: str, lang: str = "en") -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Example</title>'
            f'</head><body>{SHOP_MENU}<div class="wrap">{body}{MOST_READ}</div><footer>© 2019 Example</footer>'
            "</body></html>").encode()


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Stainless steel water bottle 750 ml", "Double-walled stainless steel keeps drinks cold for 24 hours and hot "
     "for 12. The leak-proof lid makes it easy to carry every day.", "en"),
    ("Braided USB-C cable 1 m", "Braided USB-C to USB-C cable, 60 W charging, 480 Mbps data.", "en"),
    ("Bình giữ nhiệt inox 750 ml", "Bình hai lớp inox giữ lạnh 24 giờ và giữ nóng 12 giờ, nắp chống tràn, lớp sơn "
     "tĩnh điện bền màu, tiện mang theo mỗi ngày.", "vi"),
])
def test_a_short_product_text_is_kept(title, text, lang):
    body = (f'<div class="product"><h1>{title}</h1><div class="price">24,90</div><div class="product-description">'
            f"<p>{text}</p></div><button>Add to cart</button></div>")
    record = _process(short_page(title, body, lang))
    assert isinstance(record, Article) and text in record.text.split("\n")


def test_an_abstract_and_a_two_paragraph_brief_are_kept():
    abstract = ("We examine how spring soil moisture anomalies persist into summer and modulate the frequency of "
                "heat extremes over mid-latitude land, using reanalysis data for 1980-2018.")
    body = (f'<article><h1>Soil moisture memory and summer heat</h1><div class="authors">A. Smith, B. Jones</div>'
            f'<section class="abstract"><h2>Abstract</h2><p>{abstract}</p></section></article>')
    record = _process(short_page("Soil moisture memory and summer heat", body))
    assert isinstance(record, Article) and abstract in record.text.split("\n")
    brief = ["The Main Street bridge was closed on Tuesday after a barge struck one of its piers, the city said.",
             "Inspectors expect to reopen it to traffic by Friday."]
    body = f'<article class="story"><h1>Bridge closed after barge strike</h1><p>{brief[0]}</p><p>{brief[1]}</p></article>'
    record = _process(short_page("Bridge closed after barge strike", body))
    assert isinstance(record, Article) and record.text.split("\n") == brief


def test_an_article_in_a_script_without_spaces_between_words_is_kept():
    thai = ["งานวิจัยใหม่พบว่าความผิดปกติของความชื้นในดินในฤดูใบไม้ผลิคงอยู่ถึงฤดูร้อนและส่งผลต่อคลื่นความร้อน",
            "นักวิจัยใช้ข้อมูลระหว่างปี 1980 ถึง 2018 และพบว่าฤดูใบไม้ผลิที่แห้งแล้งทำให้โอกาสเกิดฤดูร้อนเพิ่มขึ้นสองเท่า"]
    title = "ความชื้นในดินฤดูใบไม้ผลิส่งผลต่อความร้อนในฤดูร้อน"
    body = f"<article><h1>{title}</h1><p>{thai[0]}</p><p>{thai[1]}</p></article>"
    record = _process(short_page(title, body, "th"))
    assert isinstance(record, Article) and record.text.split("\n") == thai


def test_a_page_rendered_by_script_gives_its_json_ld_article_body():
    import json

    text = ("The Main Street bridge was closed on Tuesday after a barge struck one of its piers, the city said. "
            "Inspectors expect to reopen it to traffic by Friday, and buses will use the Elm Street crossing.")
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {
        "@type": "NewsArticle", "headline": "Bridge closed after barge strike", "datePublished": "2019-11-18T10:00:00Z",
        "articleBody": f"<p>{text}</p><p>Second paragraph &amp; more of the article, about the works.</p>"}]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    record = _process(short_page("Bridge closed after barge strike", '<div id="root"></div>').replace(
        b"</head>", head.encode() + b"</head>"))
    assert isinstance(record, Article) and record.published == "2019-11-18T10:00:00Z"
    assert record.text.split("\n") == [text, "Second paragraph & more of the article, about the works."]
    with_markup = short_page("Bridge closed after barge strike", f"<article><h1>Bridge closed</h1><p>{text}</p>"
                             f"<p>{text}</p></article>").replace(b"</head>", head.encode() + b"</head>")
    record = _process(with_markup)
    assert isinstance(record, Article) and "Second paragraph" not in record.text  # the markup's article first


def test_a_subheading_over_a_paragraph_with_links_is_no_box_of_other_articles():
    deals = [(f"Deal number {i} of the day on a popular gadget",
              f'Today only, a large shop offers the <a href="/d/{i}">popular gadget number {i} for $99</a>, '
              f"which is $40 off its usual price and the lowest we have tracked this year.") for i in range(5)]
    sections = "".join(f"<h3>{h}</h3><p>{p}</p>" for h, p in deals)
    videos = "".join(f'<p><a href="/v/{i}">Our video review of another gadget number {i} in full</a></p>'
                     for i in range(3))
    body = (f'<article class="post"><h1>Best deals of the day</h1><p>{FOREIGN_TEXT}</p>{sections}'
            f'<p><a href="/t">The bundle delivers over 40 apps from just $1 each</a></p>{videos}</article>')
    record = _process(foreign_page("", body).encode())
    assert isinstance(record, Article)
    lines = record.text.split("\n")
    assert all(h in lines for h, _ in deals)  # the last section too
    assert "Our video review of another gadget number 0 in full" not in lines


def test_a_summary_above_the_byline_leaves_the_text_a_lead_under_the_dateline_stays():
    dek = "Prosecutors said the man faces up to ten years in prison when he is sentenced next year."
    paragraphs = [FOREIGN_TEXT, FOREIGN_TEXT.replace("Monday", "Tuesday"), FOREIGN_TEXT.replace("team", "group")]
    body = (f'<article class="story"><h1>{FOREIGN_TITLE}</h1><p class="dek">{dek}</p>'
            f'<div class="meta"><span>Nov. 19, 2019, 8:41 AM UTC</span></div><div class="author">By Jane Doe</div>'
            f'<div class="story-body">{"".join(f"<p>{p}</p>" for p in paragraphs)}</div></article>')
    record = _process(foreign_page("", body).encode())
    assert isinstance(record, Article) and record.text.split("\n") == paragraphs
    # A Vietnamese lead stands under the dateline: it is the article's first paragraph.
    vn = (f'<div class="detail-content"><h1>{RIG_TITLE}</h1><div class="date">Thứ Hai, 15/02/2023 08:30</div>'
          f'<p class="sapo">{RIG}</p><p>{LEAD}</p><p>{SECOND}</p><p>{LEAD}</p></div>')
    record = _process(page(vn).encode())
    assert isinstance(record, Article) and record.text.split("\n")[0] == RIG


def test_a_date_meta_tag_in_figures_alone():
    plain = f'<div class="story"><h1>{FOREIGN_TITLE}</h1><div class="text"><p>{FOREIGN_TEXT}</p></div></div>'
    for value in ("20191118", "201911181022", "20191118102233"):
        assert html_to_text(foreign_page(f'<meta name="pubdate" content="{value}">', plain)).published == "2019-11-18"
    assert html_to_text(foreign_page('<meta name="pubdate" content="123456789">', plain)).published is None


def test_the_date_on_the_short_lines_that_open_the_article():
    opening = (f'<h1>{FOREIGN_TITLE}</h1><div class="corpo"><p><em>18 novembre 2019</em></p><p>{FOREIGN_TEXT}</p>'
               f"<p>{FOREIGN_TEXT}</p></div>")
    assert html_to_text(foreign_page("", opening)).published == "2019-11-18"
    later = (f'<h1>{FOREIGN_TITLE}</h1><div class="corpo"><p>{FOREIGN_TEXT}</p><p><em>18 novembre 2019</em></p>'
             f"<p>{FOREIGN_TEXT}</p></div>")
    assert html_to_text(foreign_page("", later)).published is None  # under the prose: an event's date


def test_a_utc_stamp_keeps_its_day_when_no_time_zone_can_move_it():
    body = (f'<div class="story"><h1>{FOREIGN_TITLE}</h1><div class="dateline">Published November 18, 2019</div>'
            f'<div class="text"><p>{FOREIGN_TEXT}</p></div></div>')
    afternoon = '<meta property="article:published_time" content="2019-11-19T15:00:00Z">'
    assert html_to_text(foreign_page(afternoon, body)).published == "2019-11-19T15:00:00Z"  # 15:00 UTC is the 19th from UTC-12 on
    early = '<meta property="article:published_time" content="2019-11-19T03:00:00Z">'
    assert html_to_text(foreign_page(early, body)).published == "2019-11-18"


def test_a_logo_h1_is_no_headline_when_another_element_holds_the_title():
    head = f'<meta property="og:title" content="{FOREIGN_TITLE}">'
    body = (f'<div class="header"><div class="logo"><h1><a href="/">Science Daily News Weekly</a></h1></div></div>'
            f'<div class="main-article"><h2 class="article-title">{FOREIGN_TITLE}</h2><div class="date">'
            f'<div class="calendar-date">November 20</div></div><div class="content"><p>{FOREIGN_TEXT}</p>'
            f"<p>{FOREIGN_TEXT}</p></div></div>")
    result = html_to_text(foreign_page(head, body))
    assert result.title == FOREIGN_TITLE and "Science Daily News Weekly" not in result.text
    record = _process(foreign_page(head, body).encode())
    assert isinstance(record, Article) and "November 20" not in record.text.split("\n")  # a date label
    site_first = (f'<!DOCTYPE html><html><head><title>Science Daily | {FOREIGN_TITLE}</title></head><body>'
                  f'<h1 class="logo">Science Daily</h1><div class="post"><h2>{FOREIGN_TITLE}</h2><p>{FOREIGN_TEXT}</p>'
                  f"<p>{FOREIGN_TEXT}</p></div></body></html>")
    assert html_to_text(site_first).title == FOREIGN_TITLE  # the site's name is the title's shorter part


def test_month_abbreviations_of_more_languages():
    from core.clean.html_dates import date_in_text

    assert date_in_text("Publié le 18 janv. 2019") == "2019-01-18"
    assert date_in_text("Veröffentlicht am 18. Okt. 2019") == "2019-10-18"
    assert date_in_text("Pubblicato il 18 dic 2019") == "2019-12-18"
    assert date_in_text("18 de out. de 2019") == "2019-10-18"
    assert date_in_text("3 days ago, in 2019") is None


def test_an_embedded_posts_signature_stays_with_the_quotation():
    tweet = ('<blockquote class="twitter-tweet"><p>The committee meets again on Thursday to vote on the motion, '
             'the chairman said after the session.</p>— Jane Doe (@janedoe) <a href="https://t.co/x">November 19, '
             "2019</a></blockquote>")
    body = (f'<article class="story"><h1>{FOREIGN_TITLE}</h1><p>{FOREIGN_TEXT}</p>{tweet}'
            f"<p>{FOREIGN_TEXT.replace('Monday', 'Tuesday')}</p></article>")
    record = _process(foreign_page("", body).encode())
    assert isinstance(record, Article)
    assert "— Jane Doe (@janedoe) November 19, 2019" in record.text.split("\n")
    dated = (f'<article class="story"><h1>{FOREIGN_TITLE}</h1><p>{FOREIGN_TEXT}</p><div>November 19, 2019</div>'
             f"<p>{FOREIGN_TEXT.replace('Monday', 'Tuesday')}</p></article>")
    record = _process(foreign_page("", dated).encode())
    assert isinstance(record, Article) and "November 19, 2019" not in record.text.split("\n")  # a dateline


def test_a_comments_date_is_never_the_pages():
    comments = ('<div id="comments"><ol class="comment-list"><li class="comment"><div class="comment-meta">'
                '<span class="comment-date">November 21, 2019 at 9:14 am</span></div><p>Great article, thanks for '
                "writing it, I learned a lot from it today.</p></li></ol></div>")
    body = f'<article class="post"><h1>{FOREIGN_TITLE}</h1><p>{FOREIGN_TEXT}</p><p>{FOREIGN_TEXT}</p>{comments}</article>'
    assert html_to_text(foreign_page("", body)).published is None
    timed = body.replace('<span class="comment-date">November 21, 2019 at 9:14 am</span>',
                         '<time datetime="2019-11-21T09:14:00+00:00">November 21, 2019 at 9:14 am</time>')
    assert "<time" in timed and html_to_text(foreign_page("", timed)).published is None


def test_a_time_marked_as_the_publication_comes_before_a_sidebars():
    sidebar = ('<div class="latest"><ul><li><a href="/a">Another story of the day</a> '
               '<time datetime="2019-11-20T08:00:00+01:00">Nov 20</time></li></ul></div>')
    body = (f'{sidebar}<article class="post"><h1>{FOREIGN_TITLE}</h1><time class="entry-date published" '
            f'datetime="2019-11-18T10:00:00+01:00">November 18, 2019</time><p>{FOREIGN_TEXT}</p>'
            f"<p>{FOREIGN_TEXT}</p></article>")
    assert html_to_text(foreign_page("", body)).published == "2019-11-18T10:00:00+01:00"


def test_a_link_box_before_the_last_paragraph_and_the_byline_is_passed_over():
    links = "".join(f'<li><a href="/r/{i}">Another story number {i} from the same section today</a></li>'
                    for i in range(3))
    last = "The agency expects to publish the full study in the spring, after a review by outside experts."
    body = (f'<article class="story"><h1>{FOREIGN_TITLE}</h1><p>{FOREIGN_TEXT}</p>'
            f"<p>{FOREIGN_TEXT.replace('Monday', 'Tuesday')}</p><div class=\"more\"><b>Read more</b><ul>{links}</ul></div>"
            f'<p>{last}</p><p class="author">Jane Doe</p></article>')
    record = _process(foreign_page("", body).encode())
    assert isinstance(record, Article) and last in record.text.split("\n")
    assert "Another story number 0 from the same section today" not in record.text
