"""Article pages marked up as Vietnamese news and portal sites do: JSON-LD authors, names in
sibling links, classed author boxes, WordPress category links, portal titles
(`Site > Section > Headline`), a headline holding a dash, links set in the body."""

import json

from core.clean.html import html_to_text
from core.config import RunConfig
from core.pipeline import process_document
from core.record import Article, Document

TITLE = "Quan chức cao cấp ASEAN – Nhật Bản bàn nhiều vấn đề nóng"
P1 = ("Sáng 8/7, tại Hà Nội, Bộ Ngoại giao tổ chức hội nghị quan chức cao cấp ASEAN – EU lần thứ 23 "
      "với sự tham dự của đại diện 28 nước thành viên và Ban Thư ký ASEAN.")
P2 = ("Các đại biểu đã trao đổi về tình hình khu vực, hợp tác kinh tế, thương mại và đầu tư, đồng thời "
      "thống nhất đẩy mạnh triển khai kế hoạch hành động giai đoạn 2018 – 2022.")
P3 = ("Phát biểu bế mạc, Thứ trưởng Bộ Ngoại giao đánh giá cao tinh thần hợp tác của các nước, "
      "khẳng định quan hệ đối tác chiến lược sẽ tiếp tục được tăng cường trong thời gian tới.")
RELATED = "Mở rộng cầu vượt phố Kim Mã: Sở Giao thông nói gì?"


def _page(head: str, body: str, title: str = f"{TITLE} - Báo Điện tử") -> str:
    return f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>'


def _process(html: str) -> Article:
    data = html.encode()
    out = process_document(Document(path="p.html", data=data, payload=data, format="html"),
                           RunConfig(inputs=(), output=None, tokenize=False), None)
    assert isinstance(out, Article)
    return out


def _ld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
            "datePublished": "2017-07-08T09:30:00+07:00", "author": author,
            "publisher": {"@type": "Organization", "name": "Báo Điện tử"}}
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def test_json_ld_authors_are_read_and_an_organization_is_not_one():
    body = f'<h1 class="title">{TITLE}</h1><div class="detail-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
    two = _ld([{"@type": "Person", "name": "Thanh Bình"}, {"@type": "Person", "name": "Ngọc Lan"}])
    assert html_to_text(_page(two, body)).authors == ["Thanh Bình", "Ngọc Lan"]
    one = _ld({"@type": "Person", "name": "Quốc Việt"})
    assert html_to_text(_page(one, body)).authors == ["Quốc Việt"]
    org = _ld({"@type": "Organization", "name": "Báo Điện tử"})
    assert html_to_text(_page(org, body)).authors == []
    graph = ('<script type="application/ld+json">' + json.dumps({"@graph": [
        {"@type": "WebSite", "name": "Báo Điện tử"},
        {"@type": "NewsArticle", "headline": TITLE, "author": {"@type": "Person", "name": "Hải Yến"}}]},
        ensure_ascii=False) + "</script>")
    assert html_to_text(_page(graph, body)).authors == ["Hải Yến"]


def test_names_in_sibling_links_stay_apart_and_make_no_joined_author():
    body = (f'<h1 class="detail-title">{TITLE}</h1><div class="author-info"><a class="name" href="/a">Thanh Bình</a>'
            f'<a class="name" href="/b">Ngọc Lan</a></div><div class="detail-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>')
    article = _process(_page('<meta name="author" content="Thanh Bình, Ngọc Lan">', body))
    assert article.authors == ["Thanh Bình", "Ngọc Lan"]
    assert article.title == TITLE
    assert article.text == "\n".join((P1, P2, P3))


def test_classed_author_elements_name_the_authors():
    body = (f'<article><h1 class="title-page">{TITLE}</h1><div class="author-wrap"><div class="author-name"><a><b>Phương Thảo</b></a></div>'
            f'<div class="author-name"><a><b>Trọng Nghĩa</b></a></div><time class="author-time" datetime="2017-07-08 09:30">'
            f'Thứ Bảy, 08/07/2017 - 09:30</time></div><div class="singular-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article>')
    page = html_to_text(_page("", body))
    assert page.authors == ["Phương Thảo", "Trọng Nghĩa"]
    assert (page.published or "")[:10] == "2017-07-08"


def test_wordpress_post_category_is_the_section_and_the_account_no_author():
    body = (f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{TITLE}</h1>'
            f'<div class="entry-meta"><span class="posted-on">Đăng ngày <a><time class="entry-date published" '
            f'datetime="2017-07-08T09:30:00+07:00">08/07/2017</time></a></span><span class="byline"> bởi '
            f'<span class="author vcard"><a class="url fn n" href="/author/admin/">quantri</a></span></span></div></header>'
            f'<div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div><footer class="entry-footer">'
            f'<span class="cat-links">Chuyên mục: <a href="/category/tin-tuc/" rel="category tag">Tin tức - Sự kiện</a>'
            f'</span></footer></article>')
    article = _process(_page("", body, f"{TITLE} – UBND Phường 5"))
    assert article.section == "Tin tức - Sự kiện"
    assert (article.published or "")[:10] == "2017-07-08"
    assert article.authors == []
    assert article.text == "\n".join((P1, P2, P3))


def test_portal_title_with_greater_than_signs_and_a_span_headline():
    title = "Hội nghị tổng kết công tác năm 2016 của Viettel Post"
    body = (f'<span id="dnn_ctr1_ViewNews_lblTitle" class="NewsTitle">{title}</span>'
            f'<span class="NewsDate">Cập nhật lúc: 15:22 ngày 06/02/2017</span>'
            f'<div id="dnn_ctr1_ViewNews_lblContent" class="NewsContent"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
            f'<div class="NewsAuthor" style="text-align:right"><b>Tin, ảnh: Quốc Việt</b></div>')
    article = _process(_page("", f'<div class="main">{body}</div>', f"UBND huyện Krông Pắc > Thời sự > {title}"))
    assert article.title == title
    assert (article.published or "")[:10] == "2017-02-06"
    assert article.authors == ["Quốc Việt"]


def test_headline_holding_a_dash_is_read_whole():
    body = (f'<h3 class="header-title"><span>{TITLE}</span></h3><div class="asset-metadata">'
            f'<span class="metadata-entry metadata-publish-date">08/07/2017</span> <span class="metadata-entry">123 lượt xem</span></div>'
            f'<div class="journal-content-article"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>')
    article = _process(_page("", f'<div class="main">{body}</div>', f"{TITLE} - Cổng thông tin điện tử tỉnh"))
    assert article.title == TITLE
    assert (article.published or "")[:10] == "2017-07-08"
    assert article.text == "\n".join((P1, P2, P3))


def test_a_link_set_in_the_body_and_page_labels_leave_the_text():
    body = (f'<h1 class="title-detail">{TITLE}</h1><article class="fck_detail"><p class="Normal">{P1}</p>'
            f'<p class="Normal"><strong>Xem thêm: </strong><a href="/x.html">{RELATED}</a></p>'
            f'<div class="related"><a href="/r.html">{RELATED}</a></div><p class="Normal">{P2}</p>'
            f'<p class="Normal">{P3}</p><div class="article-vote"><span>Bạn thấy bài viết thế nào?</span></div></article>')
    article = _process(_page("", body))
    assert article.text == "\n".join((P1, P2, P3))
