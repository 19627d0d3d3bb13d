"""A second HTML suite, beside the peer suite: pages written in the structures that cost
main-content extraction text (issue 15), each with its article's text known.

Each structure is a function of one article (headline and paragraphs, from baomoi
articles: `structset_texts.json`, or any baomoi dumps given) that returns a whole page;
the gold is the article's paragraphs. The page's chrome (menus, sidebars, teasers of
other articles, newsletter and advertising boxes, footers) is written in the words such
boxes use, so that a rule that takes it for text loses precision. Scored with the peer
suite's own metric (4-token shingles, per-page precision and recall, F1 of the averages)
by bench/html_bench.py and held to a floor by tests/test_html.py.

    python bench/structset.py OUT_DIR [--baomoi DIR --count N]   # writes NAME.html, NAME.txt
"""

from __future__ import annotations

import html
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TEXTS = Path(__file__).resolve().parent / "structset_texts.json"


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: list[str]


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _head(article: Article, site: str = "Báo Điện tử Tin Tỉnh") -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{_e(article.title)} - {site}</title>'
            f'<meta property="og:title" content="{html.escape(article.title)}">'
            '<script>window.dataLayer=[{"page":"article"}];</script><style>body{margin:0}</style></head><body>')


MENU = ('<header class="site-header"><div class="logo"><a href="/">Tin Tỉnh</a></div><ul class="main-menu">'
        + "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(
            ["Thời sự", "Kinh tế", "Xã hội", "Thể thao", "Giải trí", "Pháp luật"])) + "</ul></header>")
FOOTER = ('<footer class="site-footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Giấy phép số 12/GP-BTTTT.</p>'
          '<p>© 2023 Bản quyền thuộc về Báo Điện tử Tin Tỉnh. Ghi rõ nguồn khi phát hành lại thông tin.</p></footer>'
          "</body></html>")
OTHER_NEWS = [
    ("Khởi công dự án đường ven biển nối hai huyện", "Sáng nay, tỉnh khởi công dự án đường ven biển dài 32 km, "
     "tổng vốn đầu tư hơn 2.000 tỷ đồng, dự kiến hoàn thành vào năm 2026, góp phần phát triển du lịch."),
    ("Giá lúa tăng, nông dân phấn khởi vào vụ mới", "Giá lúa tươi tại ruộng tăng 500 đồng mỗi kg so với tuần "
     "trước, nhiều thương lái tìm đến tận đồng để thu mua, nông dân phấn khởi chuẩn bị vụ mới."),
    ("Trường học sẵn sàng đón học sinh trở lại", "Các trường học trên địa bàn đã hoàn tất công tác vệ sinh, "
     "sửa chữa phòng học và chuẩn bị sách giáo khoa để đón học sinh trở lại trường sau kỳ nghỉ."),
]
NEWSLETTER = ('<div class="newsletter-box"><h3>Đăng ký nhận bản tin</h3><p>Nhận tin tức mới nhất mỗi sáng qua '
              'email của bạn, hoàn toàn miễn phí.</p><form><input type="email"><button>Đăng ký</button></form></div>')
AD = ('<div class="advertisement"><span>Quảng cáo</span><a href="https://ads.example/c?1"><img src="/ad.jpg" '
      'alt="Khuyến mãi lớn"></a><p>Ưu đãi đến 50% cho khách hàng mở tài khoản trong tháng này.</p></div>')


def _teasers(cls: str = "news-item") -> str:
    return "".join(f'<div class="{cls}"><h3><a href="/t/{i}">{_e(t)}</a></h3><p>{_e(s)}</p></div>'
                   for i, (t, s) in enumerate(OTHER_NEWS))


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{_e(p)}</p>" for p in paragraphs)


def page_builder(a: Article) -> str:
    """Page-builder sections: every block is a `widget`, the text spread over several."""
    thirds = [a.paragraphs[:1], a.paragraphs[1:3], a.paragraphs[3:]]
    sections = "".join(
        f'<section class="elementor-section"><div class="elementor-widget elementor-widget-text-editor">'
        f'<div class="elementor-widget-container">{_ps(part)}</div></div></section>' for part in thirds if part)
    side = f'<div class="elementor-widget elementor-widget-posts"><h4>Tin mới</h4>{_teasers()}</div>'
    return (_head(a) + MENU + f'<div class="elementor"><section class="elementor-section"><div class="elementor-widget '
            f'elementor-widget-heading"><h1 class="elementor-heading-title">{_e(a.title)}</h1></div></section>'
            f"{sections}{side}</div>" + FOOTER)


def several_blocks(a: Article) -> str:
    """The article over several `<section>` blocks of one `<article>`, other `<article>`s below."""
    blocks = "".join(f'<section class="story-block">{_ps([p])}</section>' for p in a.paragraphs)
    others = "".join(f'<article class="card"><h3><a href="/t/{i}">{_e(t)}</a></h3></article>'
                     for i, (t, _) in enumerate(OTHER_NEWS))
    return (_head(a) + MENU + f'<main><article class="story"><h1>{_e(a.title)}</h1><time>12/06/2023 08:30</time>'
            f'{blocks}</article><div class="more-stories">{others}</div></main>' + FOOTER)


def teaser_with_content_class(a: Article) -> str:
    """The article in plain `<div>`s; a teaser elsewhere wears a content class name."""
    teaser = ('<div class="sidebar-box"><div class="article-content"><h4>Đọc nhiều</h4>'
              + "".join(f"<p>{_e(t)}. {_e(s)}</p>" for t, s in OTHER_NEWS[:2]) + "</div></div>")
    return (_head(a) + MENU + f'<div class="wrap"><div class="col-main"><h1>{_e(a.title)}</h1>'
            f'<div class="txt">{_ps(a.paragraphs)}</div></div><div class="col-side">{teaser}</div></div>' + FOOTER)


def box_inside(a: Article) -> str:
    """An advertising box and a newsletter box in the middle of the article's text."""
    half = max(1, len(a.paragraphs) // 2)
    return (_head(a) + MENU + f'<div class="detail-content"><h1>{_e(a.title)}</h1>{_ps(a.paragraphs[:1])}{AD}'
            f"{_ps(a.paragraphs[1:half + 1])}{NEWSLETTER}{_ps(a.paragraphs[half + 1:])}</div>"
            f'<div class="related-news"><h3>Tin liên quan</h3>{_teasers()}</div>' + FOOTER)


def br_separated(a: Article) -> str:
    """Paragraphs as `<br>`-separated runs of text in one element."""
    text = "<br><br>".join(_e(p) for p in a.paragraphs)
    return (_head(a) + MENU + f'<div id="main"><h1 class="title">{_e(a.title)}</h1><div class="body-text">{text}'
            f'</div></div><div class="others">{_teasers()}</div>' + FOOTER)


def nested_divs(a: Article) -> str:
    """Text in nested `<div>`s and `<span>`s, with no `<p>` at all."""
    text = "".join(f'<div class="row"><div class="col"><span class="t">{_e(p)}</span></div></div>' for p in a.paragraphs)
    return (_head(a) + MENU + f'<div class="page"><div class="inner"><div class="hd"><h1>{_e(a.title)}</h1></div>'
            f'<div class="bd">{text}</div></div></div>' + FOOTER)


SPEC_ROWS = [("Giá bán", "1.250.000 đồng"), ("Bảo hành", "12 tháng"), ("Xuất xứ", "Việt Nam")]


def label_value_table(a: Article) -> str:
    """A label/value table in the article, the table's rows part of the text."""
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in SPEC_ROWS)
    return (_head(a) + MENU + f'<article><h1>{_e(a.title)}</h1>{_ps(a.paragraphs[:2])}<table class="spec">{rows}'
            f"</table>{_ps(a.paragraphs[2:])}</article>" + FOOTER)


def short_text(a: Article) -> str:
    """A short product text: one short paragraph under the headline."""
    return (_head(a) + MENU + f'<div class="product"><h1>{_e(a.title)}</h1><div class="desc">'
            f"<p>{_e(a.paragraphs[0])}</p></div></div>" + FOOTER)


def heading_after(a: Article) -> str:
    """Headings after the article (a box of other news with its titles in `<h2>`)."""
    after = "".join(f'<h2><a href="/t/{i}">{_e(t)}</a></h2><p>{_e(s)}</p>' for i, (t, s) in enumerate(OTHER_NEWS))
    return (_head(a) + MENU + f'<div class="content"><h1>{_e(a.title)}</h1>{_ps(a.paragraphs)}'
            f"<h2>Tin cùng chuyên mục</h2>{after}</div>" + FOOTER)


def links_box_inside(a: Article) -> str:
    """A `Đọc thêm` box of links to other articles between the article's last paragraphs."""
    box = ('<div class="read-more"><strong>Đọc thêm</strong><ul>'
           + "".join(f'<li><a href="/t/{i}">{_e(t)}</a></li>' for i, (t, _) in enumerate(OTHER_NEWS)) + "</ul></div>")
    cut = max(1, len(a.paragraphs) - 2)
    return (_head(a) + MENU + f'<div class="main-col"><h1>{_e(a.title)}</h1>{_ps(a.paragraphs[:cut])}{box}'
            f"{_ps(a.paragraphs[cut:])}</div>" + FOOTER)


CODE_LINES = ["pip install vnmeet", "vnmeet process raw -o out.jsonl --no-tokenize", "vnmeet evaluate gold out.jsonl"]


def code_block(a: Article) -> str:
    """A documentation page: the article's paragraphs around a `<pre>` block of commands."""
    code = "\n".join(_e(c) for c in CODE_LINES)
    return (_head(a) + MENU + f'<div class="doc"><h1>{_e(a.title)}</h1>{_ps(a.paragraphs[:2])}'
            f"<pre><code>{code}</code></pre>{_ps(a.paragraphs[2:])}</div>" + FOOTER)


CATEGORIES = ["Thời sự", "Kinh tế", "Xã hội", "Thể thao", "Giải trí", "Pháp luật", "Giáo dục", "Y tế", "Du lịch",
              "Văn hóa", "Nông nghiệp", "Giao thông", "Môi trường", "Quốc phòng", "Đối ngoại", "Khoa học"]


def column_beside_sidebar(a: Article) -> str:
    """A grid row: the article's column, a short text (two paragraphs) held by the column
    itself in `<br>`-separated runs (no `<p>`) under a title paragraph, and beside it a
    column of category and archive links and a tag cloud (scripted `<span>`s)."""
    links = "".join(f'<li><a href="/c/{i}">{t}</a></li>' for i, t in enumerate(CATEGORIES))
    archive = "".join(f'<li><a href="/archive/{y}/{m}">Tháng {m}/{y} ({7 * m + y % 50})</a></li>'
                      for y in (2021, 2022, 2023) for m in range(1, 13))
    tags = " ".join(f'<span class="label" onclick="go({i})">{t.lower()}</span>' for i, t in enumerate(CATEGORIES))
    text = "<br><br>".join(_e(p) for p in a.paragraphs[:2])
    side = (f'<div class="col-md-3"><div class="well"><b>Chuyên mục</b><ul>{links}</ul></div><div class="well">'
            f'<b>Lưu trữ</b><ul>{archive}</ul></div><div class="well"><b>Thẻ</b> {tags}</div></div>')
    return (_head(a) + MENU + f'<div class="row"><div class="col-md-9"><p class="titulo">{_e(a.title)}</p>'
            f'<small class="text-muted">Đăng lúc 12/06/2023 08:30</small><br><br>{text}<br><br></div>{side}</div>'
            + FOOTER)


COMMENTS = [
    "Tôi đồng ý với ý kiến của tác giả, nhưng cũng phải nói rằng việc này đã được bàn nhiều lần, nhiều năm, "
    "ở nhiều cấp, mà đến nay vẫn chưa có kết quả rõ ràng, người dân vẫn phải chờ đợi, vẫn phải đi lại nhiều "
    "lần, tốn kém thời gian, công sức, tiền bạc.<br>Mong các cơ quan chức năng sớm vào cuộc, giải quyết dứt "
    "điểm, công khai, minh bạch, để người dân yên tâm, tin tưởng, đồng thuận, ủng hộ.<br>Xin cảm ơn tòa soạn "
    "đã phản ánh kịp thời, đầy đủ, khách quan, trung thực.",
    "Bài viết hay, thông tin hữu ích, cảm ơn tác giả.",
]


def comments_after(a: Article) -> str:
    """Readers' comments after the article, each one's text held by its block without `<p>`,
    one long and full of commas."""
    comments = "".join(f'<div class="comment"><div class="comment_content"><div class="username"><a href="/u/{i}">'
                       f'Bạn đọc {i}</a></div><div class="content">{c}</div></div></div>'
                       for i, c in enumerate(COMMENTS))
    return (_head(a) + MENU + f'<div class="main"><div class="post"><h1>{_e(a.title)}</h1>{_ps(a.paragraphs)}</div>'
            f'<div class="comments"><h3>Ý kiến bạn đọc</h3>{comments}</div></div>' + FOOTER)


def headline_above_wrapper(a: Article) -> str:
    """The headline and byline in a header above the article's element, and after the
    article, in the same wrapper, a block of other stories with their summaries (named as
    no box): what joins the headline to the article must not take in that block."""
    popular = "".join(f'<div class="story-card"><h4><a href="/t/{i}">{_e(t)}</a></h4><p>{_e(s)}</p></div>'
                      for i, (t, s) in enumerate(OTHER_NEWS))
    return (_head(a) + MENU + f'<div id="page" class="site"><header class="page-header"><h1>{_e(a.title)}</h1>'
            '<div class="byline">Nguyễn Minh - 12/06/2023 08:30</div></header><main class="site-main">'
            f'<article class="post">{_ps(a.paragraphs)}</article><div class="section-content">'
            f"{popular}</div></main></div>" + FOOTER)


def sections_with_links(a: Article) -> str:
    """The article in sections, each a subheading over a paragraph with a link in it (a
    roundup of deals or events), then a box of video links with no heading of its own."""
    parts = "".join(f"<h3>{_e(' '.join(p.split()[:6]))}</h3><p>{_e(p[:60])}<a href=\"/x/{i}\">{_e(p[60:120])}</a>"
                    f"{_e(p[120:])}</p>" for i, p in enumerate(a.paragraphs))
    videos = "".join(f'<p><a href="/v/{i}">Video: {_e(t)}</a></p>' for i, (t, _) in enumerate(OTHER_NEWS))
    return (_head(a) + MENU + f'<article class="post"><h1>{_e(a.title)}</h1>{parts}{videos}</article>' + FOOTER)


STRUCTURES: dict[str, Callable[[Article], str]] = {
    f.__name__: f for f in (page_builder, several_blocks, teaser_with_content_class, box_inside, br_separated,
                            nested_divs, label_value_table, short_text, heading_after, links_box_inside,
                            code_block, column_beside_sidebar, comments_after, headline_above_wrapper,
                            sections_with_links)
}


def gold_text(name: str, a: Article) -> str:
    if name == "short_text":
        return a.paragraphs[0]
    if name == "sections_with_links":
        return "\n".join(line for p in a.paragraphs for line in (" ".join(p.split()[:6]), p))
    if name == "column_beside_sidebar":
        return "\n".join(a.paragraphs[:2])
    if name == "code_block":
        return "\n".join([*a.paragraphs[:2], *CODE_LINES, *a.paragraphs[2:]])
    if name == "label_value_table":
        rows = [f"{k} {v}" for k, v in SPEC_ROWS]
        return "\n".join([*a.paragraphs[:2], *rows, *a.paragraphs[2:]])
    return "\n".join(a.paragraphs)


def articles(baomoi: Path | None = None, count: int = 0) -> list[Article]:
    """The suite's articles: the committed sample, or `count` baomoi dumps (headline on
    line 1, then paragraphs), chosen with a fixed seed."""
    if baomoi is None:
        return [Article(x["title"], x["paragraphs"]) for x in json.loads(TEXTS.read_text(encoding="utf-8"))]
    files = sorted(baomoi.glob("*.txt"))
    chosen = random.Random(15).sample(files, min(count, len(files)))
    out = []
    for path in chosen:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if len(lines) >= 3:
            out.append(Article(lines[0], lines[1:]))
    return out


def pages(baomoi: Path | None = None, count: int = 0) -> list[tuple[str, str, str, str]]:
    """(name, html, gold text, headline) for every article in every structure."""
    out = []
    for k, a in enumerate(articles(baomoi, count)):
        for name, build in STRUCTURES.items():
            out.append((f"{name}-{k:03d}", build(a), gold_text(name, a), a.title))
    return out


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--baomoi", type=Path)
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, page, gold, _ in pages(args.baomoi, args.count):
        (args.out / f"{name}.html").write_text(page, encoding="utf-8")
        (args.out / f"{name}.txt").write_text(gold, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
