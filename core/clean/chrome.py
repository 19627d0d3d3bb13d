"""The data table of site chrome: the lines a page dump carries that are not the article.

Each rule names a kind of chrome, its role in the page, and a regular expression that
must match the whole line once it is lower-cased, stripped of leading bullets and of
trailing punctuation. Roles:
- `drop`: the line is chrome wherever it stands (counters, share buttons, image names);
- `related`: a header of a related-news list: the short lines after it are chrome too;
- `end`: the comment box or the site footer begins: nothing after it is the article.

Entries come from the chrome of Vietnamese provincial, district and news portals
(seeds and dev dumps) and from the widgets common to the CMSs those portals run on
(comment forms, visit counters, weather and gold-price boxes, share bars).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core import regex_cache
from core.patterns import CHECKED_OPENERS, first_characters

_N = r"[\d.,\s]*"  # a counter's number, possibly grouped
# See the comment notice in the table; it may run longer than other chrome (MAX_NOTICE_CHARS).
COMMENT_NOTICE = (
    r"(lưu ý|chú ý|ghi chú)\s*:?\s*[^.]{0,60}?(sẽ |được |có quyền )?(biên tập|duyệt|kiểm duyệt|xét duyệt)( lại)? "
    r"(các |những |mọi )?(bình luận|phản hồi|ý kiến[^.]{0,40}?(bạn đọc|độc giả|trước khi (đăng|xuất bản|hiển thị)))"
    r".{0,300}"
)

CHROME_TABLE: tuple[tuple[str, str, str], ...] = (
    # kind, role, pattern
    ("counter", "drop",
     r"(lượt xem|số lượt xem|lượt truy cập|lượt đọc|lượt thích|lượt chia sẻ|đang online|"
     r"đang truy cập|đang trực tuyến|online|trực tuyến|hôm nay|hôm qua|trong ngày|trong tuần|"
     r"tuần này|tuần trước|trong tháng|tháng này|tháng trước|năm nay|tất cả|tổng cộng|"
     r"tổng số|tổng truy cập|tổng lượt truy cập|truy cập|số lượt truy cập|thống kê|khách|"
     r"thành viên|lượt xem trang|đã xem|số lần xem|lượt nghe|lượt tải|lượt bình luận)\s*:?" + _N),
    ("counter", "drop", r"(thống kê truy cập|bộ đếm( truy cập)?|số người truy cập|thống kê lượt truy cập)"),
    # the counter's label may be printed before the count as well as after it (`Lượt xem: 5547 lượt xem`)
    ("views", "drop", r"((lượt xem|lượt đọc|số lượt xem|views?)\s*:?\s*)?\d[\d.,]*\s*(lượt xem|lượt đọc|lần xem|views?)"),
    ("comment", "end",
     r"(gửi bình luận|viết bình luận|bình luận|ý kiến bạn đọc|ý kiến của bạn|gửi ý kiến|"
     r"ý kiến|góp ý|bình luận của bạn|bạn đọc bình luận|thảo luận)\s*(\(\d*\))?|"
     r"(để lại|viết|gửi|thêm)( một| 1)? (bình luận|ý kiến|phản hồi)( của bạn)?( hủy)?|"
     r"đăng nhập để (bình luận|gửi (bình luận|ý kiến))|"
     # and a WordPress theme's box left in English (`Leave a Reply`, web63 w007)
     r"leave a (reply|comment)( to .{1,60})?"),
    ("comment", "drop",
     r"(hãy sử dụng tiếng việt có dấu.*|mã xác thực.*|nhập mã.*|mã bảo vệ.*|\d+\s*/\s*\d+\s*ký tự|"
     r"guest|khách|đang tải dữ liệu.*|đang tải.*|loading.*|họ (và )?tên|họ tên.*|e-?mail|"
     r"nội dung|gửi|hủy|làm lại|xem thêm bình luận|trả lời|thích|báo vi phạm|"
     r"ý kiến của bạn sẽ được biên tập.*|vui lòng .{0,60}|bạn còn \d+ ký tự.*|"
     r"\d+ (bình luận|ý kiến|comments?)|trang web|(địa chỉ )?email của bạn sẽ không được (hiển thị|công bố).{0,120}|"
     r"lưu tên của tôi.{0,160}|sắp xếp (theo)?\s*:?.{0,40}|"
     r"your email address will not be published\.?( required fields are marked \*?)?|required fields are marked \*?|"
     r"save my name, email,? and website.{0,80}|post comment|cancel reply|"
     r"(gửi |chọn )?(file|tệp|tập tin) đính kèm.{0,60}|đính kèm (file|tệp|tập tin).{0,40})"),
    # The paper's word on the comments it takes, at the head of its comment box (`LƯU Ý: BDO sẽ biên tập ý kiến của bạn
    # đọc trước khi xuất bản …`, `Chú ý: Tòa soạn có quyền biên tập các bình luận …`): the box begins.
    ("comment", "end", COMMENT_NOTICE),
    # The account that put the page up, not a writer (`Đăng bởi: admin`, `Người đăng: Quản trị viên`).
    ("poster", "drop",
     r"(người )?(đăng|viết|gửi|cập nhật|posted)( ngày)?( bởi| by)?\s*:?\s*"
     r"(admin\w*|administrator|quản trị( viên)?( hệ thống| website)?|qtv|webmaster|editor)"),
    ("hashtags", "drop", r"[^\s#]+(\s+#[^\s#]+){1,12}"),  # the first `#` is trimmed as a bullet
    ("rating", "drop", r"(đánh giá|lượt đánh giá.*|đánh giá bài viết.*|bình chọn.*|\d+ sao)"),
    ("share", "drop",
     r"(chia sẻ|chia sẻ bài viết|chia sẻ qua.*|in bài viết.*|in bài|bản in|in trang|gửi email.*|"
     r"gửi bài viết qua email|lưu bài viết|lưu tin|lưu|facebook|twitter|zalo|tweet|like|share|"
     r"email|print|a\s*a|a-?\s*a\+?|cỡ chữ.*|font chữ.*|tăng cỡ chữ|giảm cỡ chữ|"
     r"nghe đọc bài.*|đọc bài|nghe|audio|\[?\s*[+-]\s*\]?\s*a|google|copy link|sao chép liên kết)"),
    ("weather", "drop",
     r"(nhiệt độ|độ ẩm|đ\W?ẩm|tốc độ gió|sức gió|thời tiết|dự báo thời tiết|uv|áp suất)\s*:?.{0,20}|"
     r"-?[\d.,]*\s*°\s*[cf]?"),
    ("market", "drop",
     r"(loại|mua|bán|loại mua bán|mua vào|bán ra|giá vàng|tỷ giá|tỉ giá|ngoại tệ|"
     r"giá vàng sjc|vàng sjc|usd|eur|cập nhật lúc.*)"),
    ("image", "drop", r".{0,200}\.(jpe?g|png|gif|webp|bmp|svg|tiff?)"),
    # An image's file name without its extension, left where the picture stood (`hop_bao_tu_hung(1)`,
    # `2016-11-29_21-27-13`): one word of letters and digits tied by underscores, as no text writes.
    ("image", "drop", r"[a-z0-9_.()-]*[a-z0-9]_[a-z0-9][a-z0-9_.()-]*"),
    ("image", "drop",
     r"(anh tin bai|image banner|image|banner|logo|ảnh|hình|hình ảnh|photo|video|clip|"
     r"ảnh đại diện|no image|placeholder|img)"),
    ("nav", "drop",
     r"(trang chủ|trang chu|home|tin tức|liên hệ|giới thiệu|sơ đồ (cổng|trang|site).*|site ?map|"
     r"tìm kiếm( nâng cao| tin| tin tức| bài viết)?\s*(\.\.\.|…|:.{0,40})?|(gõ|nhập) (nội dung|từ khóa|từ khoá)( cần)? tìm( kiếm)?.{0,20}|search.{0,40}|đăng nhập|đăng ký|đăng xuất|về đầu trang|lên đầu trang|quay lên( trên| đầu trang)?|lên trên( cùng)?|back to top|"
     r"quay lại|trở về|trở lại|xem thêm|xem tiếp|đọc tiếp|tiếp theo|trang (trước|sau)|top|menu|"
     r"english|tiếng việt|rss|hỏi đáp|văn bản|lịch công tác|thư điện tử.*|mục lục|"
     r"[«»‹›<>←→]+|\d+(\s+\d+)+|[«‹<←]?\s*((bài|tin|trang) )?(trước|sau|tiếp|đầu|cuối)( đó)?\s*[»›>→]?|"
     r"điều hướng (bài viết|trang))"),
    # A portal's accessibility links to skip its menus (Liferay's `Truy cập nội dung luôn`, SharePoint's `Skip Ribbon
    # Commands`, `Skip to main content`): never a section or a headline, as a link of the menu may be.
    ("skip", "drop", r"(skip to (main )?content|skip ribbon commands|truy cập nội dung luôn|bỏ qua nội dung)"),
    # A date's label left on a line of its own when the date sits in its own element
    # (`Đăng ngày <time>`), and a page's vote box (`Bạn thấy bài viết thế nào?`).
    ("label", "drop", r"(đăng ngày|ngày đăng|đăng lúc|ngày cập nhật|cập nhật lúc|bạn thấy bài viết (này )?(như )?thế nào\s*\??)"),
    ("breadcrumb", "drop", r"(trang chủ|home)\s*([>»›/|]|&gt;).*"),
    # A breadcrumb without its home crumb, the headline as its last crumb (`> Tin tức - Sự kiện > Tin hoạt động HĐND >
    # Phát biểu khai mạc …`): two or more short crumbs of words, each closed by ` > `.
    ("breadcrumb", "drop", r"([^\W\d_][^>»›\d]{0,59}\s[>»›]\s){2,}[^>»›]{1,200}"),
    ("menu", "drop", r"[^|]{1,60}(\|[^|]{1,60}){2,}"),
    ("related", "related",
     r"((các|những)\s+)?(tin|bài|tin bài|bài viết|tin tức)\s+(khác|liên quan|cùng (chuyên mục|"
     r"loại|lĩnh vực|danh mục|chủ đề)|mới( nhất| hơn| đăng)?|đã đưa|nổi bật|đọc nhiều( nhất)?|"
     r"xem nhiều( nhất)?|tiêu điểm|trước|sau|cũ hơn|hot|đáng chú ý|tiếp theo)(\s*[:>»].*)?|"
     r"xem (thêm|nhiều)|xem (video|clip)( liên quan| khác)?|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm|tiêu điểm|"
     r"tin nổi bật|tin mới|tin đọc nhiều|nổi bật|mới nhất|đọc nhiều|xem nhiều|"
     r"chuyên mục khác|video nổi bật|tin ảnh|phóng sự ảnh"),
    # A teaser put in the page under a prompt (`Xem thêm: <headline>`, `>> Đọc thêm » …`):
    # the prompt says the headline that follows it is another page's.
    ("teaser", "drop",
     r"(xem thêm|đọc thêm|xem tiếp|xem chi tiết|tin liên quan|bài liên quan|tin cùng chuyên mục|"
     r"xem video|xem clip|mời (quý vị|bạn đọc|độc giả) xem.{0,20}|tin nóng|tin hot|tin mới)\s*(:|>+|»+|›+)\s*.{3,200}"),
    # The paper's word to its readers under (or inside) the article: where to send news,
    # what to watch next, whose view the piece is (`Mọi thông tin phản ánh xin gửi về …`).
    ("notice", "drop",
     r"(bạn đang (đọc|xem|nghe) bài viết|mời (quý )?(bạn đọc|độc giả|quý vị)( và [^ ]+)? (xem|đón (xem|đọc)|theo dõi)|"
     r"mọi (thông tin|ý kiến|phản ánh|đóng góp)[^.]{0,60}?(xin|vui lòng|có thể) (vui lòng )?(gửi|liên hệ)|"
     r"(quý )?(bạn đọc|độc giả) (có thể|vui lòng|xin) (gửi|liên hệ)|"
     r"\*?\s*bài viết thể hiện quan điểm (riêng )?của tác giả).{0,220}"),
    # The site's footer. Its labels also open sentences of the text (`Tổng biên tập Báo … chia sẻ, …`, `Giấy phép lái xe
    # …`): the editor's or the owner's label holds a colon or a name of a few words (no comma, stop or verb), the licence its number,
    # the copyright whose it is.
    ("footer", "end",
     r"((copyright|ghi rõ nguồn|thiết kế bởi|phát triển bởi|powered by|designed by)\b|"
     r"bản quyền\s*(thuộc|của|©|\(c\)|[:：]|(19|20)\d\d)|"
     r"giấy phép[^.,:;]{0,60}?(\bsố\b|[:：]|\d)|"
     r"(cơ quan chủ quản|chịu trách nhiệm( nội dung| chính)?|trưởng ban biên tập|tổng biên tập|ban biên tập|"
     r"đơn vị quản lý)(\s*[:：]|(?!.*\b(phát biểu|cho biết|chia sẻ|nói|trao|tặng|thăm|dự|đã|đang|sẽ|tại|với)\b)(\s+[^\s.,:;!?]+){0,8}$)|©|\(c\)).*"),
    ("contact", "drop",
     r"(địa chỉ|điện thoại|đt|tel|fax|e-?mail|website|hotline|đường dây nóng|liên hệ)\s*:.{0,120}|"
     r"(điện thoại|đt|tel|fax)\s*[\d.\s()+-]{6,}"),
    ("links", "drop", r"(liên kết website|liên kết|liên kết web|weblink|web link|qr|qr code|mã qr|"
                      r"lịch|lịch âm|âm lịch|thư viện ảnh|thư viện video|tiện ích|quảng cáo|advertisement|nóng|tin nóng|hot)"),
    ("date_widget", "drop", r"(hôm nay|ngày)\s*:?\s*(thứ|chủ nhật).{0,40}"),
    # Widgets portals print between the headline and the body.
    ("text_size", "drop", r"(cỡ chữ\s*:?\s*)?(a\s*[-+]?\s*){2,3}"),
    ("player", "drop",
     r"((nghe|đọc)( đọc)?( bài( viết| báo)?| tin| audio| podcast)?|audio|podcast|phát|play|tạm dừng)?\s*"
     r"[►▶❚\s]*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|"
     r"((bạn )?đang |(nhấn|bấm|click|chạm)( vào đây)? để )?(nghe|đọc)( (bài|tin|bài viết|audio|podcast)( này)?)?|"
     r"nghe audio|podcast|giọng (nam|nữ).{0,20}"),
    ("rating", "drop", r"[★☆✩✭✮⭐\s]{3,}.{0,30}|(đánh giá|xếp hạng|bình chọn)\s*:?\s*[\d.,/\s]+(\(.{0,30}\))?"),
    # A star-rating plugin's score and vote count (`5/5 - (1 vote)`, `4.8/5 - (12 bình chọn)`), WordPress's kk Star Ratings.
    ("rating", "drop", r"\d(?:[.,]\d+)?\s*/\s*(?:5|10)\s*[-–]?\s*\(?\s*\d[\d.,]*\s*"
                       r"(?:votes?|phiếu|lượt( bình chọn| đánh giá)?|bình chọn|đánh giá)\s*\)?"),
    ("reading_time", "drop", r"((thời gian|thời lượng) đọc\s*:?\s*)?(khoảng\s*)?\d+\s*phút( đọc)?"),
    # (`Subscribe to <tag>`: the feed link Drupal prints under a tag's page)
    # (`Theo dõi Báo X trên`: the network's name was the button's icon, which the dump leaves out)
    ("follow", "drop",
     r"subscribe( to .{1,60})?|"
     r"theo dõi( (chúng tôi|.{0,60} trên (google news|facebook|zalo|youtube|tiktok|twitter|telegram)).{0,20})?|"
     r"theo dõi [^,;:!?]{1,60} trên|"
     r"(tải|cài) (ứng dụng|app).{0,30}"),
    ("share", "drop",
     r"((like|thích)\s*\d*\s*(share|chia sẻ)\s*\d*)|(chia sẻ|share)\s*:?\s*((facebook|zalo|twitter|email|"
     r"linkedin|messenger|telegram|pinterest|copy link)[\s,|]*)+|(gửi|gửi bài|gửi tin|lưu|in)( bài| tin)?"
     r"( viết)?( qua email)?"),
    # Share buttons with their counts, and share bars dumped as the letters of their icons
    # (`Chia sẻ 12`, `Tweet 0`, `f t in ✉`); the comment button with its count (`Bình luận 0`), the button that copies
    # the page's link (`Click để copy`).
    ("share", "drop",
     r"(chia sẻ|share|tweet|like|thích|pin|lưu|gửi|bình luận|comments?)\s*:?\s*\d[\d.,]*\s*k?|"
     r"(click|nhấn|bấm|chạm)( vào)?( đây)? để (copy|sao chép)( link| liên kết| đường dẫn)?|"
     r"(f|t|x|g\+?|in|p|fb|yt|zalo|[✉✆☎📧🖨⎙🔗])(\s+(f|t|x|g\+?|in|p|fb|yt|zalo|[✉✆☎📧🖨⎙🔗])){1,8}"),
    # (the label alone on its line, its tags in elements the dump left empty or put on the lines below: `TAGS`)
    ("tags", "drop", r"(từ khóa|tags?|chủ đề|tag)\s*:.{0,200}|từ khóa|từ khoá|tags?"),
    ("relative_time", "drop",
     r"((cập nhật|đăng|đăng tải|xuất bản)\s*:?\s*)?(khoảng\s*)?\d+\s*(giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s*trước|"
     r"((cập nhật|đăng|đăng tải|xuất bản)\s*:?\s*)?cách đây\s*(khoảng\s*)?\d+\s*(giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)"),
)

# Words of the site's widgets (players, share and save buttons, text size, ratings,
# counters): a short line that holds one, near the headline, is a widget the table above
# does not know (`Bạn đang nghe bài viết`, `Lưu lại xem sau`, `12 bình luận`), not the
# headline, when a longer headline stands above it (lower case, whole words).
WIDGET_WORDS = (
    "nghe", "xem", "đọc", "gửi", "lưu", "in", "thích", "yêu thích", "bình luận", "theo dõi", "tải", "báo lỗi",
    "phóng to", "thu nhỏ", "cỡ chữ", "tóm tắt", "copy", "sao chép", "quan tâm", "zalo", "facebook", "twitter",
    "email", "bình chọn", "đánh giá", "like", "share", "print", "audio", "podcast", "bản in", "góp ý",
    "phản hồi", "lượt", "font", "chia sẻ", "mạng xã hội", "bài viết", "link", "tin nhắn", "đăng ký", "nhận tin",
    # a portal's accessibility bar (`Xem cỡ chữ`, `Tương phản chữ`, `Đọc bài viết`, `Từ viết tắt`, web51 w015, whose
    # headline was taken to be `Từ viết tắt`): a platform many provincial portals share
    "tương phản", "viết tắt",
)
MAX_WIDGET_WORDS = 8
_WIDGET_WORD_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in WIDGET_WORDS) + r")(?!\w)", re.IGNORECASE)


# A clock time without a date: a short line that holds one is the page's stamp
# (`Phát hành lúc 16:40`, `Cập nhật 9h15`), not a headline.
MAX_CLOCK_LINE_WORDS = 5
_CLOCK_RE = re.compile(r"(?<!\d)\d{1,2}\s*(?::|h)\s*\d{2}(?!\d)")


def is_widget_like(text: str, words: int) -> bool:
    """A short line made of widget words, or a few words and a number (`Thích 25`), or a
    few words and a clock time."""
    if words > MAX_WIDGET_WORDS:
        return False
    if words <= MAX_CLOCK_LINE_WORDS and _CLOCK_RE.search(text) is not None:
        return True
    return _WIDGET_WORD_RE.search(text) is not None or (words <= 3 and any(ch.isdigit() for ch in text))


# Kinds whose patterns also cover a date line (`Hôm nay: Thứ Hai, 12/3/2018`, `Cập nhật lúc
# 10:20 12/3/2018`, `Thứ 3 | 07/08/18 | 12:04`): such a line is read as a date, and its
# place on the page says whether it is the article's or the page's clock.
STAMP_CHROME_KINDS = frozenset({"date_widget", "market", "menu"})

# Normalise a line to the key the table is matched against.
_BULLETS = "•·●○◦▪▫■□►▶»›-–—*+~#>|"
_TRAILING = " \t:：.…,;!|-–—»›>"


@dataclass(slots=True, frozen=True)
class ChromeMatch:
    kind: str
    role: str


def _compile() -> tuple[tuple[ChromeMatch, ...], re.Pattern[str]]:
    """One pattern for the whole table, an alternative per rule: the first rule that covers
    the line wins, as in the table's order, in one call into the regex engine."""
    matches = tuple(ChromeMatch(kind, role) for kind, role, _ in CHROME_TABLE)
    combined = "|".join(f"(?P<r{i}>{pattern})" for i, (_, _, pattern) in enumerate(CHROME_TABLE))
    return matches, re.compile(combined, re.IGNORECASE)


_MATCHES, _COMBINED = _compile()


def _rule_openers(pattern: str) -> str | None:
    """The characters (of CHECKED_OPENERS) a rule's match can open on, None for any (core.patterns)."""
    def make() -> str | None:
        opening = first_characters(pattern, re.IGNORECASE)
        return None if opening is None else "".join(re.compile(f"[{opening}]", re.IGNORECASE).findall(CHECKED_OPENERS))
    return regex_cache.remembered(("chrome_openers", pattern), make)


def _combined(rules: tuple[int, ...]) -> re.Pattern[str] | None:
    """The rules given, in the table's order, as one pattern (their alternatives keep the table's numbers)."""
    if not rules:
        return None
    return re.compile("|".join(f"(?P<r{i}>{CHROME_TABLE[i][2]})" for i in rules), re.IGNORECASE)


def _split_table() -> tuple[re.Pattern[str] | None, dict[str, tuple[tuple[int, re.Pattern[str]], ...]]]:
    """The rules that may open on any character, as one pattern, and by each checked character the other rules that may
    open on it, each compiled alone, in the table's order: a line is matched against those (the earlier rule wins, as
    in the table's order), not against an alternation of every rule, most of which cannot open on its first character."""
    openers = [_rule_openers(pattern) for _, _, pattern in CHROME_TABLE]
    anywhere = tuple(i for i, chars in enumerate(openers) if chars is None)
    alone = {i: re.compile(pattern, re.IGNORECASE) for i, (_, _, pattern) in enumerate(CHROME_TABLE) if openers[i] is not None}
    rules_by_char: dict[str, list[tuple[int, re.Pattern[str]]]] = {ch: [] for ch in CHECKED_OPENERS}
    for i, chars in enumerate(openers):
        for ch in chars or ():
            rules_by_char[ch].append((i, alone[i]))
    return _combined(anywhere), {ch: tuple(rules) for ch, rules in rules_by_char.items()}


# (a line whose first character is not a checked one is matched against the whole table, `_COMBINED`)
_ANYWHERE, _BY_FIRST = _split_table()


def _trimmed(line: str) -> str:
    # Trimmed before lower-casing: no character trimmed has a case, and a paragraph too
    # long to be chrome is turned down before it is lower-cased.
    return line.lstrip(_BULLETS + " ").rstrip(_TRAILING)


MAX_CHROME_CHARS = 240
MAX_NOTICE_CHARS = 400  # the comment box's notice, a few sentences long
_COMMENT_NOTICE_RE = re.compile(COMMENT_NOTICE, re.IGNORECASE)


def match_chrome(line: str) -> ChromeMatch | None:
    """The first rule whose pattern covers the whole line, or None."""
    trimmed = _trimmed(line)
    if len(trimmed) > MAX_CHROME_CHARS:
        if len(trimmed) <= MAX_NOTICE_CHARS and trimmed[:1] in "LlCcGg" and _COMMENT_NOTICE_RE.fullmatch(trimmed):
            return ChromeMatch("comment", "end")
        return None
    key = trimmed.lower()
    if len(key) > MAX_CHROME_CHARS:  # lower-casing can lengthen (İ)
        return None
    if not key:
        return ChromeMatch("punctuation", "drop")
    if key[0] not in _BY_FIRST:
        found = _COMBINED.fullmatch(key)
        if found is None or found.lastgroup is None:
            return None
        return _MATCHES[int(found.lastgroup[1:])]
    other = _ANYWHERE.fullmatch(key) if _ANYWHERE is not None else None
    last = int(other.lastgroup[1:]) if other is not None and other.lastgroup is not None else len(_MATCHES)
    for rule, pattern in _BY_FIRST[key[0]]:
        if rule > last:
            break
        if pattern.fullmatch(key) is not None:
            return _MATCHES[rule]
    return _MATCHES[last] if last < len(_MATCHES) else None


# A banner: the site's own name in capitals above everything else.
BANNER_WORDS = (
    "CỔNG THÔNG TIN", "TRANG THÔNG TIN", "TRANG TIN", "BÁO ĐIỆN TỬ", "ĐIỆN TỬ", "WEBSITE",
    "PORTAL", "TẠP CHÍ", "ĐÀI PHÁT THANH", "TRUYỀN HÌNH", "BÁO ", "ỦY BAN NHÂN DÂN", "UBND",
)


def is_banner(line: str) -> bool:
    if len(line) > 160 or line.upper() != line or sum(ch.isalpha() for ch in line) < 6:
        return False
    upper = line.upper()
    return any(word in upper for word in BANNER_WORDS)


# The nation's and the Party's slogans that portals print in their top bar, on a line of their own or several joined by
# the dump (`Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh`, `Quyết tâm thực hiện thắng lợi
# Nghị quyết Đại hội Đảng bộ tỉnh … lần thứ XVI, nhiệm kỳ 2015 - 2020`): never the headline nor the text, when the
# line opens on one and says nothing more in a sentence of its own (lower case, whole words, the line's start).
SLOGANS = (
    "tất cả vì mục tiêu dân giàu",
    "quyết tâm thực hiện thắng lợi nghị quyết",
    "đảng cộng sản việt nam quang vinh muôn năm",
    "nước cộng hòa xã hội chủ nghĩa việt nam muôn năm",
    "chủ tịch hồ chí minh vĩ đại sống mãi",
    "sống, chiến đấu, lao động và học tập theo tấm gương",
)
_SLOGAN_RE = re.compile(r"\W*(?:" + "|".join(re.escape(s) for s in SLOGANS) + r")(?!\w)", re.IGNORECASE)
_SENTENCE_INSIDE_RE = re.compile(r"[.!?…][\"”’']?\s+\S|\.$")


def is_slogan(line: str) -> bool:
    return line[:1] in "TtQqĐđNnCcSs•·●-–*" and _SLOGAN_RE.match(line) is not None and _SENTENCE_INSIDE_RE.search(line) is None
