"""An HTML test set from the labelled page dumps: the same articles and the same gold,
served in the page structure of Vietnamese portals.

For every dump in ../shared/corpus/dev/raw and ../shared/corpus/seeds/raw, the labelled
lines (`gold/NAME.lines.tsv`) are laid out in one of four page templates written here,
in the manner of real portals: a provincial Liferay-style portal, a national news site,
an old ASP.NET table layout without meta tags, and a WordPress district site. Each adds
its own chrome (menus, sidebars, related-news boxes, share bars, comment forms, footers
with visit counters), breadcrumbs, figure captions and meta tags. That added chrome is
appended to the copied `lines.tsv` as `X` lines, so `chrome_leak` counts it too; the
`NAME.json` gold is copied unchanged.

    python bench/htmlset.py OUT_DIR [--shared ../shared]   → OUT_DIR/raw/*.html, OUT_DIR/gold/
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.legacy import to_cp1258  # noqa: E402


@dataclass
class Dump:
    name: str
    title: str
    section: str | None
    date_line: str | None
    published: str | None  # gold date, for the page's meta tags as a CMS writes them
    head: list[str] = field(default_factory=list)  # chrome above the headline
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (label, text): B C A X in order
    tail: list[str] = field(default_factory=list)  # chrome after the article
    authors: list[str] = field(default_factory=list)


def read_dump(gold_dir: Path, name: str) -> Dump:
    gold = json.loads((gold_dir / f"{name}.json").read_text(encoding="utf-8"))
    rows = [line.split("\t", 1) for line in (gold_dir / f"{name}.lines.tsv").read_text(encoding="utf-8").splitlines()
            if "\t" in line]
    dump = Dump(name, gold.get("title") or "", gold.get("section"), None, gold.get("published"),
                authors=gold.get("authors") or [])
    title_at = next((i for i, (label, _) in enumerate(rows) if label == "T"), 0)
    last = max((i for i, (label, _) in enumerate(rows) if label in "BCA"), default=len(rows) - 1)
    for i, (label, text) in enumerate(rows):
        if label == "M":
            if dump.section and text.strip() == dump.section:
                continue
            if dump.date_line is None:
                dump.date_line = text
                continue
            label = "X"
        if label == "T":
            dump.title = text
        elif i < title_at:
            dump.head.append(text)
        elif i > last:
            dump.tail.append(text)
        else:
            dump.blocks.append((label, text))
    return dump


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _iso(dump: Dump) -> str | None:
    return f"{dump.published}T07:30:00+07:00" if dump.published else None


def _body(dump: Dump, p_class: str = "", caption: str = "figure", box: str = "div") -> str:
    """Paragraphs as the CMS writes them: the lead in bold, links inside the prose,
    no-break spaces, captions under an image, chrome boxes where the dump had them."""
    out = []
    images = 0
    for k, (label, text) in enumerate(dump.blocks):
        if label == "B":
            words = _e(text).split(" ")
            if k == 0:
                out.append(f'<p{p_class}><strong>{" ".join(words)}</strong></p>')
            elif len(words) > 12 and k % 2 == 0:
                # a link on a few words in the middle of the paragraph, as editors add them
                mid = len(words) // 2
                linked = f'<a href="/tag/{mid}.html">{" ".join(words[mid:mid + 3])}</a>'
                out.append(f'<p{p_class}>{" ".join(words[:mid])} {linked} {" ".join(words[mid + 3:])}</p>')
            else:
                out.append(f'<p{p_class}>{"&nbsp;".join(words[:1])} {" ".join(words[1:])}</p>')
        elif label == "C":
            images += 1
            img = f'<img src="/uploads/2023/anh-{images}.jpg" alt="{_e(text)}" width="600">'
            if caption == "figure":
                out.append(f"<figure class=\"image\">{img}<figcaption>{_e(text)}</figcaption></figure>")
            else:
                out.append(f'<table class="image"><tr><td>{img}</td></tr><tr><td class="caption">'
                           f"<em>{_e(text)}</em></td></tr></table>")
        elif label == "A":
            out.append(f'<p class="author" style="text-align:right"><strong>{_e(text)}</strong></p>')
        else:
            out.append(f'<{box} class="box-inline">{_e(text)}</{box}>')
    return "\n".join(out)


def _lis(items: list[str], href: str = "/tin-tuc/") -> str:
    return "".join(f'<li><a href="{href}{i}.html">{_e(t)}</a></li>' for i, t in enumerate(items))


# -- chrome each template adds (it goes into lines.tsv as X) ---------------------------------

MENU = ["Trang chủ", "Giới thiệu chung", "Tin tức - Sự kiện", "Văn bản chỉ đạo điều hành",
        "Thủ tục hành chính", "Công khai ngân sách", "Hỏi đáp trực tuyến"]
PORTAL_FOOTER = ["Cơ quan chủ quản: Ủy ban nhân dân tỉnh", "Địa chỉ: Số 01 đường Trần Hưng Đạo, thành phố",
                 "Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh",
                 "Ghi rõ nguồn Cổng Thông tin điện tử khi phát hành lại thông tin từ website này.",
                 "Đang truy cập: 128", "Tổng lượt truy cập: 2.345.678"]
NEWS_FOOTER = ["Tổng biên tập: Nguyễn Văn A", "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
               "© Bản quyền thuộc về Báo điện tử. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
               "Liên hệ quảng cáo: 0243.123.4567"]


@dataclass
class Page:
    html: str
    chrome: list[str]


# -- what every real portal page also carries: a mega menu, side boxes of other news with
# pictures and teasers, link lists, and kilobytes of inline CSS and JavaScript ------------

MEGA_MENU = {
    "Giới thiệu": ["Lịch sử hình thành", "Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo qua các thời kỳ"],
    "Tin tức - Sự kiện": ["Thời sự chính trị", "Kinh tế - Xã hội", "Văn hóa - Thể thao", "Quốc phòng - An ninh",
                          "Tin địa phương"],
    "Chính quyền": ["Hội đồng nhân dân", "Ủy ban nhân dân", "Các sở, ban, ngành", "Các đơn vị sự nghiệp"],
    "Công dân": ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Phản ánh kiến nghị", "Lịch tiếp công dân"],
    "Doanh nghiệp": ["Thông tin đầu tư", "Quy hoạch - Kế hoạch", "Đấu thầu - Mua sắm công"],
    "Văn bản": ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến"],
}


def _mega_menu(tag: str = "nav") -> tuple[str, list[str]]:
    groups, lines = [], []
    for k, (head, items) in enumerate(MEGA_MENU.items()):
        groups.append(f'<li class="menu-item has-sub"><a href="/c/{k}">{_e(head)}</a><ul class="sub-menu">'
                      + "".join(f'<li><a href="/c/{k}/{i}">{_e(item)}</a></li>' for i, item in enumerate(items))
                      + "</ul></li>")
        lines += [head, *items]
    return f'<{tag} class="mega-menu"><ul>{"".join(groups)}</ul></{tag}>', lines


def _news_box(title: str, others: list[tuple[str, str]], css: str = "box-news") -> tuple[str, list[str]]:
    """A side or bottom box of other articles: picture, headline and teaser each."""
    items, lines = [], [title]
    for k, (headline, teaser) in enumerate(others):
        items.append(f'<div class="item"><a href="/tin/{k}.html" class="thumb"><img src="/thumb/{k}.jpg" '
                     f'alt="{_e(headline)}"></a><h3 class="item-title"><a href="/tin/{k}.html">{_e(headline)}</a>'
                     f'</h3><p class="item-sapo">{_e(teaser)}</p></div>')
        lines += [headline, teaser]
    return f'<div class="{css}"><h2 class="box-title">{_e(title)}</h2>{"".join(items)}</div>', lines


DEPARTMENTS = [f"{kind} {name}" for kind, names in (
    ("Sở", ["Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Tư pháp", "Công Thương", "Xây dựng", "Giao thông vận tải",
            "Y tế", "Giáo dục và Đào tạo", "Tài nguyên và Môi trường", "Lao động - Thương binh và Xã hội",
            "Văn hóa, Thể thao và Du lịch", "Khoa học và Công nghệ", "Thông tin và Truyền thông",
            "Nông nghiệp và Phát triển nông thôn"]),
    ("UBND", ["thành phố Quy Nhơn", "thị xã An Nhơn", "thị xã Hoài Nhơn", "huyện Phù Cát", "huyện Phù Mỹ",
              "huyện Tuy Phước", "huyện Tây Sơn", "huyện Vân Canh", "huyện Vĩnh Thạnh", "huyện An Lão",
              "huyện Hoài Ân"]),
) for name in names]


def _directory(title: str, tag: str = "div") -> tuple[str, list[str]]:
    """The links to every department and district that government portals carry."""
    links = "".join(f'<li><a href="https://{k}.example.gov.vn" target="_blank" rel="noopener">'
                    f'<svg class="icon" viewBox="0 0 16 16"><path d="M4 8h8M8 4v8"/></svg>{_e(name)}</a></li>'
                    for k, name in enumerate(DEPARTMENTS))
    return f'<{tag} class="link-directory"><h3>{_e(title)}</h3><ul>{links}</ul></{tag}>', [title, *DEPARTMENTS]


def _assets(seed: str) -> str:
    """Inline CSS and scripts as CMSs and ad networks leave them (about 20 KB a page)."""
    rules = "".join(f".m{seed[:4]}-{i} .col-{i % 12}{{margin:{i % 7}px {i % 5}px;padding:0 {i % 9}px;"
                    f"font-size:{12 + i % 6}px;line-height:1.{i % 9}}}\n" for i in range(200))
    script = "".join(f"window.dataLayer=window.dataLayer||[];dataLayer.push({{'event':'view','slot':'{seed}-{i}',"
                     f"'size':[{300 + i},{250 + i}]}});\n" for i in range(120))
    return (f"<style>{rules}</style>\n<script>(function(w,d){{var s=d.createElement('script');s.async=1;"
            f"s.src='//ads.example.vn/{seed}.js';d.head.appendChild(s);}})(window,document);\n{script}</script>")


def portal(dump: Dump, others: list[tuple[str, str]]) -> Page:
    """A provincial portal (Liferay-style journal article), meta tags, breadcrumb list,
    the dump's own tail inside the article portlet, a 'Tin mới' sidebar."""
    crumb = f'<li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">{_e(dump.section)}</a></li>' if dump.section else ""
    iso = _iso(dump)
    meta = f'<meta property="article:published_time" content="{iso}">' if iso else ""
    menu, menu_lines = _mega_menu()
    side, side_lines = _news_box("Tin mới", others[:6])
    below, below_lines = _news_box("Tin cùng chuyên mục", others[6:10], "box-news same-category")
    directory, directory_lines = _directory("Liên kết website")
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{_e(dump.title)} - Cổng thông tin điện tử tỉnh</title>
<meta property="og:title" content="{_e(dump.title)}">{meta}
<meta name="description" content="{_e(dump.blocks[0][1][:150] if dump.blocks else '')}">
<link rel="stylesheet" href="/o/portal.css"><script>var Liferay = {{}}; Liferay.Portlet = {{}};</script>
<style>.portlet-boundary{{margin:0}}</style>{_assets("portal")}</head>
<body class="portal"><div id="wrapper">
<header id="banner" role="banner"><div class="site-title">{"".join(f"<div>{_e(t)}</div>" for t in dump.head)}</div>
{menu}
<div class="weather">Thời tiết: <span>Nhiệt độ: 30°C</span></div></header>
<div id="content" class="columns-2"><div class="col-md-8">
<div class="portlet-boundary portlet-journal-content"><div class="portlet-body">
<ul class="breadcrumb">{crumb}</ul>
<div class="journal-content-article news-detail">
<h1 class="title">{_e(dump.title)}</h1>
{f'<div class="date">{_e(dump.date_line)}</div>' if dump.date_line else ''}
{_body(dump)}
{"".join(f"<div>{_e(t)}</div>" for t in dump.tail)}
</div>{below}</div></div></div>
<div class="col-md-4"><div class="portlet-boundary">{side}</div></div></div>
<footer id="footer" role="contentinfo">{directory}{"".join(f"<p>{_e(t)}</p>" for t in PORTAL_FOOTER)}</footer>
</div><script src="/o/main.js"></script></body></html>"""
    return Page(body, [*menu_lines, "Nhiệt độ: 30°C", *side_lines, *below_lines, *directory_lines, *PORTAL_FOOTER])


def news(dump: Dump, others: list[tuple[str, str]]) -> Page:
    """A national news site: <article> with <time>, sapo, figures, a related box after the
    article, a share bar, a comment form, JSON-LD, a large footer."""
    iso = _iso(dump)
    related, related_lines = _news_box("Tin liên quan", others[:4], "related-news")
    popular, popular_lines = _news_box("Đọc nhiều", others[4:9], "box-popular")
    directory, directory_lines = _directory("Chuyên trang địa phương")
    menu, menu_lines = _mega_menu()
    share = ["Chia sẻ", "Facebook", "Zalo", "Sao chép liên kết"]
    comments = ["Bình luận (0)", "Gửi bình luận", "Bạn đọc có thể gửi ý kiến về bài viết này."]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": dump.title,
                     "datePublished": iso}, ensure_ascii=False)
    authors = "".join(f'<meta name="author" content="{_e(a)}">' for a in dump.authors[:1])
    body = f"""<!doctype html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_e(dump.title)} | Báo điện tử Tin Nhanh</title>
<meta property="og:title" content="{_e(dump.title)}">{authors}
<script type="application/ld+json">{ld}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>{_assets("news")}</head>
<body>
<div class="top-bar"><a href="/">Tin Nhanh</a> <span>{_e(" | ".join(dump.head))}</span></div>
{menu}
<main class="container"><div class="sidebar-left"><div class="ads">Quảng cáo</div></div>
<article class="article-detail">
<div class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
{f'<span itemprop="itemListElement"><a href="/c">{_e(dump.section)}</a></span>' if dump.section else ''}</div>
<header><h1 class="article-title">{_e(dump.title)}</h1>
{f'<time datetime="{iso}">{_e(dump.date_line or "")}</time>' if iso else (f"<span class='time'>{_e(dump.date_line)}</span>" if dump.date_line else "")}
</header>
<div class="share-bar">{"".join(f"<a href='#'>{_e(s)}</a>" for s in share)}</div>
<div class="article-content fck_detail" itemprop="articleBody">
{_body(dump)}
</div>
<div class="tail">{"".join(f"<p>{_e(t)}</p>" for t in dump.tail)}</div>
</article>
{related}
<div class="col-right">{popular}</div>
<section id="comments" class="comment-box"><h3>{_e(comments[0])}</h3>
<form action="/comment" method="post"><textarea name="c" placeholder="Ý kiến của bạn"></textarea>
<input name="name" placeholder="Họ tên"><button>{_e(comments[1])}</button></form><p class="note">{_e(comments[2])}</p></section>
</main>
<footer class="site-footer">{directory}{"".join(f"<p>{_e(t)}</p>" for t in NEWS_FOOTER)}</footer>
<div style="display:none">Tin nóng: đăng ký nhận bản tin hằng ngày</div>
</body></html>"""
    return Page(body, [*menu_lines, "Quảng cáo", *share, *related_lines, *popular_lines, *comments, *directory_lines,
                       *NEWS_FOOTER,
                       "Tin nóng: đăng ký nhận bản tin hằng ngày"])


def aspnet(dump: Dump, others: list[tuple[str, str]]) -> Page:
    """An old ASP.NET portal: the whole page inside the WebForms <form>, table layout,
    generated ids, no meta tags at all, the date as a text line, captions in table cells,
    a visit counter in the left column."""
    left = ["LIÊN KẾT WEBSITE", "Chính phủ", "Bộ Nội vụ", "Số lượt truy cập: 1.024.768", "Đang online: 57"]
    others_box = ["CÁC TIN ĐÃ ĐƯA", *(headline for headline, _ in others[:4])]
    menu, menu_lines = _mega_menu("div")
    hot, hot_lines = _news_box("TIN NỔI BẬT", others[4:8], "tinnoibat")
    directory, directory_lines = _directory("CÁC ĐƠN VỊ TRỰC THUỘC")
    body = f"""<html xmlns="http://www.w3.org/1999/xhtml"><head id="Head1"><title>
	{_e(dump.title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{_assets("aspnet")}</head>
<body><form name="aspnetForm" method="post" action="./ChiTiet.aspx?id=123" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBA==" />
<table width="1000" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3" class="banner">{"<br />".join(_e(t) for t in dump.head)}</td></tr>
<tr><td colspan="3" class="menu">{" | ".join(f'<a href="#">{_e(m)}</a>' for m in MENU[:5])}</td></tr>
<tr><td width="200" valign="top" class="left">{menu}{"<br />".join(_e(t) for t in left)}{directory}</td>
<td width="600" valign="top">
{f'<span id="ctl00_ContentPlaceHolder1_lblChuyenMuc" class="chuyenmuc">{_e(dump.section)}</span><br />' if dump.section else ''}
<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude"><b>{_e(dump.title)}</b></span><br />
{f'<span id="ctl00_ContentPlaceHolder1_lblNgay" class="ngay">{_e(dump.date_line)}</span><br />' if dump.date_line else ''}
<div id="ctl00_ContentPlaceHolder1_pnNoiDung">
{_body(dump, caption="table", box="p")}
</div>
{"<br />".join(_e(t) for t in dump.tail)}
<table class="tinkhac"><tr><td><b>{_e(others_box[0])}</b></td></tr>
{"".join(f'<tr><td>- <a href="#">{_e(t)}</a></td></tr>' for t in others_box[1:])}</table>
</td><td width="200" valign="top" class="right"><img src="/images/qc.gif" />{hot}</td></tr>
<tr><td colspan="3" class="footer">Bản quyền thuộc Ủy ban nhân dân huyện<br />Thiết kế bởi Trung tâm CNTT</td></tr>
</table></form></body></html>"""
    return Page(body, [*MENU[:5], *menu_lines, *left, *directory_lines, *others_box, *hot_lines,
                       "Bản quyền thuộc Ủy ban nhân dân huyện",
                       "Thiết kế bởi Trung tâm CNTT"])


def wordpress(dump: Dump, others: list[tuple[str, str]]) -> Page:
    """A WordPress district site: entry-content, itemprop dates, a breadcrumb nav, widgets,
    tags, a comment-respond form; Windows-1258 declared for the old theme's sake."""
    iso = _iso(dump)
    widgets = ["Chuyên mục", "Thông báo", "Lịch công tác"]
    recent, recent_lines = _news_box("Bài viết mới", others[:5], "widget recent-posts")
    directory, directory_lines = _directory("Liên kết", "section")
    menu, menu_lines = _mega_menu()
    tags = ["Thẻ:", "cải cách hành chính", "tin địa phương"]
    respond = ["Trả lời", "Email của bạn sẽ không được hiển thị công khai.", "Phản hồi"]
    crumbs = f'<nav class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/c/">{_e(dump.section)}</a> » <span>{_e(dump.title)}</span></nav>' if dump.section else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="windows-1258">
<title>{_e(dump.title)} &#8211; UBND huyện</title>
{f'<meta itemprop="datePublished" content="{iso}">' if iso else ''}
<link rel='stylesheet' id='theme-css' href='/wp-content/themes/x/style.css' type='text/css' media='all' />
{_assets("wp")}</head><body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title">{_e(" ".join(dump.head[:1]))}</p>
{menu}</header>
{"".join(f"<div class='notice'>{_e(t)}</div>" for t in dump.head[1:])}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{crumbs}
<article id="post-1" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{_e(dump.title)}</h1>
<div class="entry-meta">{f'<span class="posted-on">{_e(dump.date_line)}</span>' if dump.date_line else ''}</div></header>
<div class="entry-content">
{_body(dump)}
</div>
<footer class="entry-footer"><span class="tags-links">{_e(tags[0])} {", ".join(f'<a href="#" rel="tag">{_e(t)}</a>' for t in tags[1:])}</span></footer>
</article>
{"".join(f"<p class='after-post'>{_e(t)}</p>" for t in dump.tail)}
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title">{_e(respond[0])}</h3>
<p class="comment-notes">{_e(respond[1])}</p><form id="commentform"><p class="form-submit"><input type="submit" value="{_e(respond[2])}"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget">{recent}</section>
<section class="widget"><h2 class="widget-title">{_e(widgets[0])}</h2><ul>{_lis(widgets[1:], "/?cat=")}</ul></section>
{directory}</aside>
</div><footer id="colophon" class="site-footer"><div class="site-info">UBND huyện &copy; 2023. Phát triển bởi WordPress.</div></footer>
</div><!-- #page --><script type='text/javascript' src='/wp-includes/js/wp-embed.min.js'></script></body></html>"""
    return Page(body, [*menu_lines, *recent_lines, *widgets, *directory_lines, *tags, *respond,
                       "UBND huyện © 2023. Phát triển bởi WordPress."])


TEMPLATES: dict[str, Callable[[Dump, list[tuple[str, str]]], Page]] = {
    "portal": portal, "news": news, "aspnet": aspnet, "wordpress": wordpress,
}


def build(sources: list[Path], out: Path) -> dict[str, str]:
    """Write OUT/raw/NAME.html and OUT/gold/NAME.{json,lines.tsv}; returns NAME → template."""
    raw_dir, gold_dir = out / "raw", out / "gold"
    raw_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    dumps: list[tuple[Path, Dump]] = []
    for source in sources:
        for tsv in sorted((source / "gold").glob("*.lines.tsv")):
            name = tsv.name[: -len(".lines.tsv")]
            dumps.append((source / "gold", read_dump(source / "gold", name)))
    # Other articles' headlines and teasers (the start of their lead) fill the side and
    # related boxes, as on a real site.
    teasers = [(dump.title, _teaser(next((t for label, t in dump.blocks if label == "B"), ""))) for _, dump in dumps]
    chosen: dict[str, str] = {}
    names = list(TEMPLATES)
    for k, (gold, dump) in enumerate(dumps):
        template = names[int(hashlib.sha256(dump.name.encode()).hexdigest(), 16) % len(names)]
        others = [pair for pair in teasers[k + 1:] + teasers[:k] if pair[0] and pair[0] != dump.title]
        page = TEMPLATES[template](dump, others)
        data = to_cp1258(page.html) if template == "wordpress" else page.html.encode("utf-8")
        (raw_dir / f"{dump.name}.html").write_bytes(data)
        shutil.copy(gold / f"{dump.name}.json", gold_dir / f"{dump.name}.json")
        lines = (gold / f"{dump.name}.lines.tsv").read_text(encoding="utf-8").rstrip("\n")
        extra = "".join(f"\nX\t{text}" for text in page.chrome if text.strip())
        (gold_dir / f"{dump.name}.lines.tsv").write_text(lines + extra + "\n", encoding="utf-8")
        chosen[dump.name] = template
    return chosen


def _teaser(text: str, limit: int = 150) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def default_sources(shared: Path) -> list[Path]:
    return [shared / "corpus" / "dev", shared / "corpus" / "seeds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sources = [s for s in default_sources(args.shared) if (s / "gold").is_dir()]
    if not sources:
        print(f"skipped: no gold under {args.shared}/corpus")
        return 0
    chosen = build(sources, args.out)
    counts = {t: list(chosen.values()).count(t) for t in TEMPLATES}
    print(f"{len(chosen)} pages in {args.out}/raw ({', '.join(f'{t} {n}' for t, n in counts.items())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
