"""Generated page heads: real baomoi articles wrapped in the heads Vietnamese portals print,
with the truth (title, published, section, authors) known by construction.

Every page is composed from INDEPENDENT random choices, each drawn from a data table
below that was written from how portals print their heads (VnExpress, Dân trí, Tuổi Trẻ,
Thanh Niên, VOV, VietnamPlus, provincial Liferay/ASP.NET portals, WordPress district
sites), not from what vnmeet's reader knows:

- the date line: label × weekday × date digits × clock × order × separator × zone, and
  where it stands (above the headline, under it, after the lead, on the section's line or
  on the byline's line);
- widget lines between the headline and the body (text size, print/email/share/save,
  listen-to-article players, rating stars, reading time, view counts, follow buttons);
- the headline in sentence case, title case or capitals, maybe repeated as the first body line;
- the section as the last crumb of a breadcrumb (`>`, `»`, `›`, `/`, `|`) or a label line;
- the byline in one of six placements, with its prefixes, agency parentheses, capitals,
  several names, or a source only (`Theo …`, `Nguồn: …`), which gives no author, or a staff credit (`PV`), its author;
- a page clock, related items, comment stamps and a footer, each with its own (other) date.

    python bench/headset.py [--pages 2000] [--seed 7] [--dump DIR]
prints title/published/section/authors accuracy over the generated pages (floors 0.98).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tarfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BAOMOI_DIR = Path("/work/baomoi/data")
BAOMOI_TAR = ROOT.parent / "shared" / "corpus" / "news" / "baomoi-35k.tar.gz"

# ---------------------------------------------------------------------------------------
# The date line. A form is one choice from each table; `{}` slots are filled in `date_line`.

# Labels portals put before the article's date (posted, updated, published), or none.
DATE_LABELS = (
    "", "", "Ngày đăng: ", "Ngày đăng ", "Đăng ngày ", "Đăng lúc ", "Đăng lúc: ", "Cập nhật: ",
    "Cập nhật lúc ", "Cập nhật ngày: ", "Ngày cập nhật: ", "Xuất bản: ", "Ngày xuất bản: ",
    "Xuất bản lúc ", "Thời gian đăng: ", "Posted: ", "Published: ", "Updated: ", "- ",
    "Ngày: ",
)
# Weekday spellings: index 0 = Monday … 6 = Sunday; None prints no weekday.
WEEKDAY_STYLES: tuple[tuple[str, ...] | None, ...] = (
    None,
    None,
    ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
    ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"),
    ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"),
    ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"),
    ("T2", "T3", "T4", "T5", "T6", "T7", "CN"),
)
# What follows the weekday.
WEEKDAY_SEPARATORS = (", ", ", ngày ", " ", " - ", " | ")
# The date's digits (strftime-like with our own codes: d/m unpadded, D/M padded, Y, y).
DATE_FORMATS = (
    "D/M/Y", "d/m/Y", "D-M-Y", "D.M.Y", "D/M/y", "Y-M-D", "words", "ngày D/M/Y", "d-m-Y",
)
# The clock, or none: 24-hour with or without seconds, `10h25`, 12-hour SA/CH or AM/PM.
CLOCK_FORMATS = (
    "", "{H}:{MM}", "{HH}:{MM}", "{HH}:{MM}:{SS}", "{HH}h{MM}", "{h}:{MM} {SA}", "{h}:{MM} {AM}", "{hh}:{MM}:{SS} {AM}",
    "{HH} giờ {MM}", "{HH}:{MM}'",
)
# Between the date and the clock.
DATE_TIME_SEPARATORS = (" ", ", ", " | ", " - ", " lúc ", " • ", " – ")
# Time zones in the spellings and brackets portals use, or none.
ZONES = ("", "", " GMT+7", " (GMT+7)", " (GMT+07:00)", " UTC+7", " (UTC+07:00)", " GMT +7", " [GMT+7]")

# ---------------------------------------------------------------------------------------
# Lines of the page around the article.

# Site widgets printed between the headline and the body.
WIDGET_LINES = (
    "A- A A+", "Cỡ chữ: A- A+", "In bài | Gửi email | Lưu tin", "Chia sẻ: Facebook Zalo Twitter",
    "Lưu bài viết", "Nghe bài viết", "Nghe đọc bài viết 00:00 / 04:12", "0:00 / 3:27", "★★★★☆",
    "Đánh giá: 4,5/5 (23 lượt)", "Thời gian đọc: 5 phút", "5 phút đọc", "1.234 lượt xem", "Lượt xem: 2.345",
    "Theo dõi {site} trên Google News", "Theo dõi", "Bình luận (12)", "Copy link", "Cập nhật 2 giờ trước",
    "Like 12 Share", "Gửi bài viết qua email", "Tải ứng dụng", "Nghe audio", "In trang",
)
# Site names (banners, footers, sources, follow buttons).
SITES = (
    "Báo Điện tử Tin Mới", "Tạp chí Đời Sống", "Báo Nhân Dân Miền Nam", "Cổng thông tin điện tử tỉnh Hòa Sơn",
    "Báo Tin Tức Ngày Nay", "Đài Phát thanh và Truyền hình Lam Hà", "Tin Nhanh 24h", "Báo Phố Núi",
)
# Menus at the top of the page.
MENU_LINES = (
    "Trang chủ | Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa", "Thời sự Thế giới Kinh doanh Giải trí Thể thao",
    "Trang chủ Giới thiệu Tin tức Văn bản Liên hệ", "Mới nhất Tin theo khu vực Video Podcast",
)
# Sections (the last crumb) and their parents.
SECTIONS = (
    ("Thời sự", "Chính trị"), ("Thời sự", "Xã hội"), ("Kinh tế", "Tài chính"), ("Kinh doanh", "Doanh nghiệp"),
    ("Thế giới", "Quân sự"), ("Pháp luật", "Hồ sơ vụ án"), ("Văn hóa", "Du lịch"), ("Thể thao", "Bóng đá"),
    ("Giáo dục", "Tuyển sinh"), ("Sức khỏe", "Dinh dưỡng"), ("Công nghệ", "Ứng dụng"), ("Xã hội", "Giao thông"),
)
# Breadcrumb separators, with and without a home crumb.
CRUMB_SEPARATORS = (" > ", " » ", " › ", " / ", " | ")
CRUMB_HOMES = ("Trang chủ", "Home", "")
# Ways the section stands: breadcrumb, bare label, label in capitals.
SECTION_FORMS = ("crumb", "crumb", "label", "caps")
# Where the article's date stands.
DATE_PLACES = ("under", "under", "above", "after_lead", "with_section", "with_byline")
# Separators between two fields on one line.
FIELD_SEPARATORS = (" · ", " | ", " - ", "   ", " • ")

# People's names for bylines (family, middle, given).
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Minh", "Thanh", "Hữu", "Đức", "Ngọc", "Quang", "Thu", "Hồng", "Anh", "Xuân")
GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phong",
         "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến", "Hiếu", "Khánh")
# Byline prefixes; the names follow.
BYLINE_PREFIXES = ("", "", "", "Tác giả: ", "Bài và ảnh: ", "Bài, ảnh: ", "Tin, ảnh: ", "Bài: ", "Nhóm PV: ", "Theo ")
# What an agency or the byline's source adds after the names (not an author).
BYLINE_SUFFIXES = ("", "", "", " (TTXVN)", " (T/h)", " (tổng hợp)", "/VOV", " - TTXVN", " (Theo {site})", " (Báo {site})")
# How several names are joined.
NAME_JOINERS = (" - ", ", ", " và ", " – ")
# Where the byline stands.
BYLINE_PLACES = ("end_line", "under_headline", "glued", "with_date", "end_caps", "source_only")
# Bylines that name no author: a source or a staff credit.
STAFF_ONLY = ("PV", "Nhóm PV", "CTV")
SOURCE_ONLY = ("Theo {site}", "Nguồn: {site}", "Theo TTXVN", "PV", "Nhóm PV", "CTV", "Theo báo {short}", "Nguồn: TTXVN")
SHORT_SITES = ("Tin Mới", "Phố Núi", "Đời Sống", "Hòa Sơn")
# Widgets under the body.
TAIL_WIDGETS = ("Chia sẻ", "Lượt xem: 1.234", "In bài viết | Gửi email", "Từ khóa: kinh tế, xã hội", "Theo dõi chúng tôi")
RELATED_HEADERS = ("Tin liên quan", "Tin cùng chuyên mục", "Các tin khác", "Xem thêm", "Đọc nhiều nhất")
COMMENT_HEADERS = ("Bình luận (3)", "Ý kiến bạn đọc", "Gửi bình luận")
FOOTERS = (
    "© {year} {site}. Bản quyền thuộc {site}.", "Copyright © {year} {site}", "Giấy phép số 123/GP-BTTTT cấp ngày {date}",
    "Cơ quan chủ quản: {site}", "Cập nhật lúc {time} {date}",
)


@dataclass
class Article:
    title: str
    lead: str
    sentences: list[str]


@dataclass
class Page:
    text: str
    title: str
    published: str
    section: str | None
    authors: list[str] = field(default_factory=list)
    forms: dict[str, str] = field(default_factory=dict)


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ỹ“\"])")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’)]?$")
_NOT_BODY_RE = re.compile(r"\b(?:Ảnh|Theo|Nguồn|Video|Clip)\b|>>|\(T/h\)|tổng hợp", re.IGNORECASE)


def article_from_text(raw: str) -> Article | None:
    """A baomoi article (headline, lead, body on one line) with its own byline cut away:
    the body keeps its sentences up to the last one that ends a sentence and names no
    source, so that the generated byline is the page's only one."""
    lines = [line.strip() for line in raw.split("\n") if line.strip()]
    if len(lines) < 3 or not 3 <= len(lines[0].split()) <= 30:
        return None
    sentences = _SENTENCE_SPLIT_RE.split(" ".join(lines[2:]))
    while sentences and (not _SENTENCE_END_RE.search(sentences[-1]) or _NOT_BODY_RE.search(sentences[-1])):
        sentences.pop()
    if sentences:
        sentences.pop()  # the last sentence may still carry a glued credit
    if len(sentences) < 4 or any(len(s) > 1500 for s in sentences):
        return None
    lead = lines[1]
    if not _SENTENCE_END_RE.search(lead) or len(lead.split()) < 8:
        return None
    return Article(lines[0], lead, sentences)


def baomoi_articles(limit: int, seed: int = 0) -> list[Article]:
    """Up to `limit` articles from /work/baomoi/data, else from the corpus tarball."""
    texts: list[str] = []
    if BAOMOI_DIR.is_dir():
        names = sorted(BAOMOI_DIR.iterdir())
        random.Random(seed).shuffle(names)
        for path in names:
            if len(texts) >= limit * 2:
                break
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    else:
        texts = list(tar_texts(BAOMOI_TAR, limit * 2))
    found = [a for a in (article_from_text(t) for t in texts) if a is not None]
    return found[:limit]


def tar_texts(tar_path: Path, limit: int) -> Iterator[str]:
    with tarfile.open(tar_path, "r:gz") as tar:
        count = 0
        for member in tar:
            if count >= limit:
                return
            if member.isfile() and member.name.endswith(".txt"):
                handle = tar.extractfile(member)
                if handle is not None:
                    count += 1
                    yield handle.read().decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------------------


def _digits(day: date, form: str) -> str:
    if form == "words":
        return f"ngày {day.day} tháng {day.month} năm {day.year}"
    prefix, out = ("ngày ", form[5:]) if form.startswith("ngày ") else ("", form)
    for code, value in (("D", f"{day.day:02d}"), ("M", f"{day.month:02d}"), ("Y", str(day.year)),
                        ("d", str(day.day)), ("m", str(day.month)), ("y", f"{day.year % 100:02d}")):
        out = out.replace(code, value)
    return prefix + out


def _clock(moment: datetime, form: str) -> str:
    hour12 = moment.hour % 12 or 12
    am = moment.hour < 12
    return form.format(
        HH=f"{moment.hour:02d}", H=moment.hour, hh=f"{hour12:02d}", h=hour12, MM=f"{moment.minute:02d}",
        SS=f"{moment.second:02d}", SA="SA" if am else "CH", AM="AM" if am else "PM",
    )


def date_line(rng: random.Random, moment: datetime, label: bool = True) -> tuple[str, dict[str, str]]:
    """One date line from independent choices; the forms chosen come back for the report."""
    forms = {
        "label": rng.choice(DATE_LABELS) if label else "",
        "weekday": str(rng.randrange(len(WEEKDAY_STYLES))),
        "digits": rng.choice(DATE_FORMATS),
        "clock": rng.choice(CLOCK_FORMATS),
        "order": rng.choice(("date-time", "time-date")),
        "sep": rng.choice(DATE_TIME_SEPARATORS),
        "zone": rng.choice(ZONES),
        "wsep": rng.choice(WEEKDAY_SEPARATORS),
    }
    style = WEEKDAY_STYLES[int(forms["weekday"])]
    digits = _digits(moment.date(), forms["digits"])
    clock = _clock(moment, forms["clock"]) if forms["clock"] else ""
    if (digits.startswith("ngày") or (clock and forms["order"] == "time-date")) and forms["wsep"] == ", ngày ":
        forms["wsep"] = ", "  # `ngày` is printed once, before the date
    if not clock:
        stamp = digits
    elif forms["order"] == "date-time":
        stamp = f"{digits}{forms['sep']}{clock}"
    else:
        sep = " ngày " if forms["sep"] == " lúc " and not digits.startswith("ngày") else forms["sep"]
        sep = " " if sep == " lúc " else sep
        stamp = f"{clock}{sep}{digits}"
    if style is not None:
        stamp = f"{style[moment.weekday()]}{forms['wsep']}{stamp}"
    line = f"{forms['label']}{stamp}{forms['zone'] if clock else ''}"
    return line, forms


def _name(rng: random.Random) -> str:
    parts = [rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(GIVEN)] if rng.random() < 0.35 else [
        rng.choice(MIDDLE), rng.choice(GIVEN)]
    return " ".join(parts)


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def _other_moment(rng: random.Random, moment: datetime) -> datetime:
    """A date that is not the article's (page clocks, footers, related items, comments)."""
    return moment + timedelta(days=rng.choice((-1, 1)) * rng.randint(1, 400), minutes=rng.randint(0, 1000))


def make_page(article: Article, rng: random.Random) -> Page:
    site = rng.choice(SITES)
    moment = datetime(2014, 1, 1) + timedelta(minutes=rng.randint(0, 10 * 365 * 24 * 60))
    moment = moment.replace(second=rng.randint(0, 59))
    forms: dict[str, str] = {}

    # headline
    case = rng.choice(("sentence", "title", "caps"))
    forms["headline"] = case
    title = article.title if case == "sentence" else _title_case(article.title) if case == "title" else article.title.upper()

    # section
    parent, section = rng.choice(SECTIONS)
    section_form = rng.choice(SECTION_FORMS)
    forms["section"] = section_form
    if section_form == "crumb":
        sep = rng.choice(CRUMB_SEPARATORS)
        crumbs = [c for c in (rng.choice(CRUMB_HOMES), parent, section) if c]
        section_line = sep.join(crumbs)
        forms["crumb_sep"] = sep.strip()
    elif section_form == "caps":
        section = section.upper()
        section_line = section
    else:
        section_line = section

    # date
    stamp, date_forms = date_line(rng, moment)
    forms.update({f"date_{k}": v for k, v in date_forms.items()})
    date_place = rng.choice(DATE_PLACES)
    forms["date_place"] = date_place

    # byline
    byline_place = rng.choice(BYLINE_PLACES)
    forms["byline_place"] = byline_place
    names = [_name(rng) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
    if byline_place == "end_caps":
        names = [n.upper() for n in names]
    prefix = rng.choice(BYLINE_PREFIXES)
    suffix = rng.choice(BYLINE_SUFFIXES).format(site=rng.choice(SHORT_SITES))
    if prefix == "Theo " and not suffix:
        suffix = " (TTXVN)"  # `Theo X` alone is a source: a person is credited with the agency
    byline = prefix + rng.choice(NAME_JOINERS).join(names) + suffix
    authors = names
    if byline_place == "source_only":
        byline = rng.choice(SOURCE_ONLY).format(site=site, short=rng.choice(SHORT_SITES))
        authors = [byline] if byline in STAFF_ONLY else []  # a staff credit signs as the author

    # fields sharing a line: the byline and the date (under the headline), the section and the date (above it)
    if byline_place == "with_date":
        date_place = "with_byline" if date_place != "with_section" else date_place
    forms["date_place"] = date_place
    joiner = rng.choice(FIELD_SEPARATORS)

    # page top
    top: list[str] = []
    if rng.random() < 0.6:
        clock_line, _ = date_line(rng, _other_moment(rng, moment), label=False)
        top.append(rng.choice(("", "Hôm nay: ", "Hôm nay, ")) + clock_line)
    if rng.random() < 0.7:
        top.append(site.upper())
    if rng.random() < 0.7:
        top.append(rng.choice(MENU_LINES))
    if rng.random() < 0.3:
        top.append("Tìm kiếm")
    head = [f"{section_line}{joiner}{stamp}" if date_place == "with_section" else section_line]
    if date_place == "above":
        head.append(stamp)
    head.append(title)
    under: list[str] = []
    if byline_place == "with_date" and date_place == "with_byline":
        under.append(f"{byline}{joiner}{stamp}")
    else:
        if date_place in ("under", "with_byline"):
            under.append(stamp)
        if byline_place in ("under_headline", "with_date"):
            under.append(byline)
    rng.shuffle(under)
    widgets = [w.format(site=site) for w in rng.sample(WIDGET_LINES, rng.randint(0, 3))]
    for widget in widgets:
        under.insert(rng.randint(0, len(under)), widget)
    head.extend(under)
    forms["widgets"] = str(len(widgets))
    if rng.random() < 0.15:
        head.append(title)  # the headline repeated as the first line of the body
        forms["repeat"] = "yes"

    # body
    body = [article.lead]
    if date_place == "after_lead":
        body.append(stamp)
    sentences = article.sentences
    at = 0
    while at < len(sentences):
        step = rng.randint(1, 4)
        body.append(" ".join(sentences[at : at + step]))
        at += step
    if byline_place == "byline_end_line" or byline_place in ("end_line", "end_caps", "source_only"):
        body.append(byline)
    elif byline_place == "glued":
        body[-1] = f"{body[-1]} {byline}"

    # tail
    tail: list[str] = []
    tail.extend(rng.sample(TAIL_WIDGETS, rng.randint(0, 2)))
    if rng.random() < 0.6:
        tail.append(rng.choice(RELATED_HEADERS))
        for _ in range(3):
            other = _other_moment(rng, moment)
            item = f"{_name(rng)} được bổ nhiệm làm giám đốc sở mới"
            tail.append(rng.choice((f"{item} ({other:%d/%m/%Y})", f"{other:%d/%m/%Y %H:%M} - {item}", f"{item} - {other:%d/%m/%Y}")))
    if rng.random() < 0.4:
        tail.append(rng.choice(COMMENT_HEADERS))
        other = _other_moment(rng, moment)
        tail.append(f"{_name(rng)} - {other:%d/%m/%Y %H:%M}")
        tail.append("Bài viết rất hay, cảm ơn tác giả")
    if rng.random() < 0.7:
        other = _other_moment(rng, moment)
        tail.append(rng.choice(FOOTERS).format(year=other.year, site=site, date=f"{other:%d/%m/%Y}", time=f"{other:%H:%M}"))

    text = "\n\n".join([*top, *head, *body, *tail]) + "\n"
    return Page(text=text, title=title, published=moment.date().isoformat(), section=section, authors=authors, forms=forms)


def generate(articles: Sequence[Article], pages: int, seed: int) -> Iterator[Page]:
    rng = random.Random(seed)
    for n in range(pages):
        yield make_page(articles[n % len(articles)], rng)


# ---------------------------------------------------------------------------------------


@dataclass
class Score:
    pages: int = 0
    title: int = 0
    published: int = 0
    section: int = 0
    author_tp: int = 0
    author_fp: int = 0
    author_fn: int = 0
    misses: list[tuple[str, Page, dict[str, object]]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        p = self.author_tp / max(1, self.author_tp + self.author_fp)
        r = self.author_tp / max(1, self.author_tp + self.author_fn)
        f1 = 2 * p * r / (p + r) if p + r else 1.0
        n = max(1, self.pages)
        return {"title_acc": self.title / n, "published_acc": self.published / n, "section_acc": self.section / n,
                "authors_f1": f1}


def read_page(text: str) -> dict[str, object]:
    """What vnmeet reads off the page (the whole cleaning stage, as `process` runs it)."""
    from core.pipeline import clean_document, decode_document
    from core.record import Document

    data = text.encode("utf-8")
    doc = decode_document(Document(path="page.txt", data=data, payload=data))
    cleaned = clean_document(doc)  # type: ignore[arg-type]
    if not isinstance(cleaned, tuple):
        return {"title": None, "published": None, "section": None, "authors": [], "text": ""}
    article = cleaned[0]
    return {"title": article.title, "published": article.published, "section": article.section,
            "authors": article.authors, "text": article.text}


def score(pages: Sequence[Page] | Iterator[Page], keep: int = 0) -> Score:
    from core.evaluate import norm

    result = Score()
    for page in pages:
        got = read_page(page.text)
        result.pages += 1
        ok = {
            "title": norm(str(got["title"] or "")) == norm(page.title),
            "published": str(got["published"] or "")[:10] == page.published,
            "section": norm(str(got["section"] or "")) == norm(page.section),
        }
        result.title += ok["title"]
        result.published += ok["published"]
        result.section += ok["section"]
        want = {norm(a) for a in page.authors}
        have = {norm(str(a)) for a in got["authors"]}  # type: ignore[attr-defined]
        result.author_tp += len(want & have)
        result.author_fp += len(have - want)
        result.author_fn += len(want - have)
        if want != have:
            ok["authors"] = False
        if len(result.misses) < keep and not all(ok.values()):
            result.misses.append((",".join(k for k, v in ok.items() if not v), page, got))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", type=int, default=0, help="print this many pages read wrong")
    parser.add_argument("--dump", type=Path, help="write the generated pages here")
    args = parser.parse_args(argv)
    articles = baomoi_articles(min(args.pages, 1500), seed=args.seed)
    pages = list(generate(articles, args.pages, args.seed))
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for n, page in enumerate(pages):
            (args.dump / f"h{n:04d}.txt").write_text(page.text, encoding="utf-8")
    result = score(pages, keep=args.misses)
    for what, page, got in result.misses:
        print(f"--- wrong: {what}\n{page.forms}\ntruth: {page.title!r} {page.published} {page.section!r} {page.authors}")
        print(f"got:   {got['title']!r} {got['published']} {got['section']!r} {got['authors']}")
        print("\n".join(line for line in page.text.split("\n")[:16] if line))
        print("…", page.text.strip().split("\n")[-12:])
    figures = result.figures()
    print(f"{result.pages} generated pages: " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
