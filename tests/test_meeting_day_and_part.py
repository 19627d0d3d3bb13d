"""The meeting's day and part of day: clock times, `chiều cùng ngày`, a lead that dates its news in a clause or
after a merged caption, and relative days read end to end from pages in the dev sites' style, whose head carries
the `published` date. Sentences from baomoi articles no rule was tuned on."""

import json

import pytest
from typer.testing import CliRunner

from cli.main import app
from core.extract.meetings import _dates_in, extract_meeting
from tests.conftest import make_article

runner = CliRunner()


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        # A clock time right before the day tells its part.
        ("Trước đó, vào lúc 15 giờ, ngày 13/5, tại khu vực bản San, xã Tri Lễ", [(13, 5, "chiều")]),
        ("Đúng 7h30 phút ngày 17/5, Thủ tướng Chính phủ chủ trì Hội nghị", [(17, 5, "sáng")]),
        # A span of hours: its first.
        ("từ 9h30 đến 11h ngày 20/6 tại hội trường", [(20, 6, "sáng")]),
        # Midnight, the night and 18h tell no part of RECORD's.
        ("Đúng 0h ngày 11.2, BTC đã mở cửa cho người dân vào đền dâng lễ.", [(11, 2, None)]),
        ("Sau lễ dâng hương, vào lúc 23 giờ ngày 10/2 đã diễn ra lễ rước kiệu Ấn", [(10, 2, None)]),
        ("giữa U23 Việt Nam - U23 Malaysia diễn ra lúc 18 giờ ngày 7-2 (VTV6 tường thuật trực tiếp)", [(7, 2, None)]),
        # A relative day right before a dotted date restates it.
        ("Trả lời các chất vấn của cử tri các quận Ba Đình, Tây Hồ (Hà Nội) vào sáng nay 13.5 , Tổng bí thư cho biết",
         [(13, 5, "sáng")]),
        ("Nhận định về phiên giao dịch hôm nay 14.6, nhiều chuyên gia và nhà đầu tư", [(14, 6, None)]),
        # A written part wins over the hour.
        ("Tập 1 sẽ ra mắt lúc 9 giờ tối 12.2 trên VTV3", [(12, 2, "tối")]),
    ],
)
def test_the_part_a_clock_time_tells(sentence, days):
    assert [(d.day, d.month, part) for _, d, part in _dates_in(sentence)] == days


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # `Chiều cùng ngày` opening the meeting's sentence: the dateline's day, its own part.
        ("Sáng 8/6, Ban quản lý đường sắt đô thị Hà Nội đã kiểm tra hiện trường sự cố mất an toàn trong công trường "
         "đường sắt đô thị Nhổn-Ga Hà Nội.\nChiều cùng ngày, Ban đã tổ chức cuộc họp nhanh với tư vấn, nhà thầu tại "
         "văn phòng của nhà thầu POSCO E&C để sơ bộ đánh giá xác định nguyên nhân sự cố.", "2017-06-09",
         ("2017-06-08", "chiều")),
        # The lead dates its news in a clause after a frame; the next sentence names the meeting.
        ("Trong khuôn khổ chuyến thăm chính thức Bê-la-rút, chiều 27-6, tại Minsk, Chủ tịch nước Trần Đại Quang đã "
         "hội kiến Thủ tướng Bê-la-rút A. Cô-bi-a-cốp.\nTại cuộc hội kiến, Thủ tướng A. Cô-bi-a-cốp bày tỏ vui mừng "
         "được đón Chủ tịch nước Trần Đại Quang.", "2017-06-28", ("2017-06-27", "chiều")),
        # A clock time dates the lead's meeting with its part.
        ("Đúng 7h30 phút ngày 17/5, Thủ tướng Chính phủ Nguyễn Xuân Phúc chủ trì Hội nghị “Đồng hành cùng doanh "
         "nghiệp (DN)”, thể hiện quyết tâm xây dựng Chính phủ kiến tạo.", "2017-05-18", ("2017-05-17", "sáng")),
    ],
)
def test_the_meetings_day_and_part(text, published, expected):
    m = extract_meeting(make_article(text, published))
    assert m is not None
    assert (m.date, m.part_of_day) == expected


def test_a_same_day_inside_a_clause_is_what_set_the_meeting_off():
    text = ("Sáng 14/5, Triều Tiên phóng một vật thể nghi là tên lửa đạn đạo ra vùng biển phía Đông.\n"
            "Ngay sau khi Triều Tiên phóng vật thể nghi là tên lửa đạn đạo vào chiều cùng ngày, Tổng thống Hàn Quốc "
            "Moon Jae-in đã quyết định triệu tập cuộc họp khẩn của Hội đồng An ninh Quốc gia.")
    m = extract_meeting(make_article(text, "2017-05-15"))
    assert m is not None and m.kind == "cuộc họp"
    assert m.part_of_day != "chiều"


def test_a_deadline_hour_is_no_meetings_day():
    days = _dates_in("Đến 17 giờ ngày 23/5, sau khi nghe giải thích, vận động của UBND xã, người dân đã thông qua")
    assert days == []


def _dev_style_page(title: str, stamp: str, body: list[str]) -> str:
    """A page as the dev sites dump it: the portal's chrome, the section, the headline, the `Ngày đăng` stamp."""
    return "\n\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN", "Trang chủ | Tin tức | Thông báo | Thủ tục hành chính | "
                        "Liên hệ", "Tìm kiếm...", "Tin tức - Sự kiện", title, f"Ngày đăng: {stamp}", *body,
                        "Thu Hà", "Lượt xem: 7770", "In bài viết | Gửi email", "Các tin khác"])


@pytest.mark.parametrize(
    ("stamp", "lead", "expected"),
    [
        # A day and month with no year: the year of `published`; a late-December day read in January, the year before.
        ("03/01/2017 09:15", "Chiều 29/12, tại Hà Nội, Bộ Công Thương tổ chức hội nghị tổng kết công tác năm 2016, "
         "triển khai nhiệm vụ năm 2017 với sự tham dự của lãnh đạo các đơn vị.", ("2016-12-29", "chiều")),
        ("08/02/2017 18:40", "Chiều nay, 8/2, Giọng hát Việt mùa thứ 4 chính thức tổ chức họp báo tại TP HCM.",
         ("2017-02-08", "chiều")),
        ("07/07/2017 08:00", "Các quốc gia châu Phi khu vực Sahel đã nhất trí thành lập một lực lượng quân đội đa quốc "
         "gia tại Hội nghị An ninh nhóm 5 nước Sahel (G5 Sahel) diễn ra ngày hôm qua (2/7).", ("2017-07-02", None)),
        ("09/06/2017 07:30", "Sáng thứ Năm (8/6), Bộ Y tế tổ chức họp báo công bố kết quả kiểm tra chất lượng thuốc.",
         ("2017-06-08", "sáng")),
        # The page's source before the lead's dateline (a capitalised time opener inside the sentence); the next
        # sentence names the meeting.
        ("04/07/2017 10:05", "(Chinhphu.vn) - Chiều 3/7, tại TCT Bảo đảm ATHH miền Nam - TP. Vũng Tàu, Bộ GTVT đã công "
         "bố Quyết định của Bộ trưởng Bộ GTVT về việc bổ nhiệm ông Bùi Thế Hùng.\n\nPhát biểu tại Hội nghị công bố "
         "quyết định, Thứ trưởng Nguyễn Văn Công đề nghị ông Bùi Thế Hùng phát huy kinh nghiệm.", ("2017-07-03", "chiều")),
        # `sáng nay` with no day number: no date (RECORD), the part of day still.
        ("10/05/2017 14:00", "Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng sáng nay có buổi tiếp bà Barbara Weisel, Trợ lý Đại "
         "diện thương mại Hoa Kỳ phụ trách khu vực châu Á-TBD.", (None, "sáng")),
    ],
)
def test_relative_days_on_a_dev_style_page(tmp_path, stamp, lead, expected):
    page = _dev_style_page("Tin hội nghị", stamp, [lead, "Các đại biểu đã thảo luận nhiều nội dung quan trọng."])
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["process", str(tmp_path / "page.txt"), "-o", str(out), "--no-tokenize", "-q"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    day, month, year = stamp[:10].split("/")
    assert (record["published"] or "")[:10] == f"{year}-{month}-{day}"
    assert record["meeting"] is not None
    assert (record["meeting"]["date"], record["meeting"]["part_of_day"]) == expected


def test_a_later_sentence_dates_the_meeting_only_by_its_dateline():
    # `Hoa Kỳ hôm 12/5 đã phàn nàn …` opens on its subject, not on the day: it does not date the summit.
    text = "\n".join([
        "Chủ tịch Trung Quốc hôm qua (14/5) đã cam kết khoản ngân sách 124 tỷ USD cho dự án “Con đường tơ lụa” mới.",
        "Reuters cho rằng, Chủ tịch Tập Cận Bình đã tận dụng Hội nghị sáng kiến “Một vành đai, một con đường” với sự góp "
        "mặt của các lãnh đạo và quan chức hàng đầu thế giới.",
        "“Chúng ta nên xây dựng một nền tảng hợp tác, duy trì và tăng trưởng trong một nền kinh tế thế giới mở”, ông Tập "
        "phát biểu khai mạc Hội nghị kéo dài hai ngày tại Bắc Kinh.",
        "Trung Quốc từng cho biết sáng kiến “Một vành đai, một con đường” là cách thức mới để tăng cường phát triển toàn cầu.",
        "Chủ tịch Tập Cận Bình cho rằng thế giới cần phải tạo ra các điều kiện để thúc đẩy sự phát triển mở.",
        "Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Putin bên lề Hội nghị ngày 14/5.",
        "Nguồn: Reuters Vài tiếng trước khi Hội nghị khai mạc, Triều Tiên đã thử một quả tên lửa đạn đạo mới nhất.",
        "Hoa Kỳ hôm 12/5 đã phàn nàn với Bắc kinh về sự có mặt của đoàn đại biểu Triều Tiên trong Hội nghị này.",
    ])
    m = extract_meeting(make_article(text, "2017-05-15"))
    assert m is not None and m.kind == "hội nghị"
    assert m.date != "2017-05-12"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A headline's label with an acronym and a year: the season the meeting belongs to, so its year.
        ("Kỳ thi THPT quốc gia 2017: Đừng để trượt oan vì lơ là quy chế!", "2017-06-19"),
        # A label that names the year a plan is for, with no event in it, gives none.
        ("Lương tối thiểu vùng 2018: Tổng LĐLĐVN đề xuất tăng 13,3%, VCCI chỉ muốn tăng 5%", None),
    ],
)
def test_the_year_of_a_headlines_label(title, expected):
    article = make_article("Tại hội nghị triển khai công tác coi thi ngày 19-6, Giám đốc Sở Giáo dục và Đào tạo Hà Nội "
                           "Nguyễn Hữu Độ đặc biệt lưu ý việc phổ biến quy chế thi đến từng học sinh.")
    article.title = title
    m = extract_meeting(article)
    assert m is not None and m.kind == "hội nghị"
    assert m.date == expected
