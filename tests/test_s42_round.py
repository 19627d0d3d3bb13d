"""The 4 Dec twenty-seventh round: what audit54 (drawn blind last round, read this round) found, each checked on the
35,440 baomoi articles; the sentences are baomoi articles', named by their id (none of them an audit set's)."""
from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics
from tests.conftest import make_article


# A ceremony the subject `đã làm` is held by it, as `đã tổ chức` one is (21491499, 21472016).
def test_the_body_that_has_performed_the_ceremony_holds_it() -> None:
    text = ("Tin địa phương\n"
            "Sáng 6/2, UBND huyện Thạch Hà, Phòng Giáo dục huyện đã làm lễ tuyên dương, khen thưởng em Nguyễn Thị Lan "
            "Anh, học sinh lớp 4A.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ"
    assert meeting.organizer == "UBND huyện Thạch Hà, Phòng Giáo dục huyện"


def test_a_family_that_performs_a_rite_holds_no_meeting_as_a_body() -> None:
    text = ("Tin địa phương\nSáng 6/6, gia đình ông Lê Văn Chính trú xóm 5, xã Diễn Yên đã làm lễ mai táng cho con trai."
            "\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is None or meeting.organizer is None


# A parade and a wedding are ceremonies (RECORD.md: `lễ`, any ceremony) when the news happened at one (22650100,
# 22363325); a wedding's holders are the couple, no body (22754968).
def test_a_parade_the_news_happened_at_is_a_ceremony() -> None:
    text = ("Chủ tịch Trung Quốc Tập Cận Bình dự lễ duyệt binh ở Hong Kong\nSáng nay 30/6, Chủ tịch Trung Quốc Tập Cận Bình đã tham gia lễ diễu binh lớn chưa từng có của "
            "lực lượng PLA tại doanh trại Shek Kong ở Hong Kong.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text, published="2017-06-30"))
    assert meeting is not None and meeting.kind == "lễ" and meeting.date == "2017-06-30"
    assert [p.name for p in meeting.attendees + meeting.chairs] == ["Tập Cận Bình"]


def _statistics(sentence: str) -> list[tuple[str, str, float, float | None, str]]:
    return [(s.text, s.kind, s.value, s.of, s.unit) for s in extract_statistics([sentence])]


# People counted by another noun in the whole or the parts are parts of it (22663203, 22366827, 22373670); a household
# or a ticket is no person (22374744, 21480580).
def test_people_are_parts_of_a_whole_of_people_named_otherwise() -> None:
    assert _statistics("Trong số 259 ứng cử viên, có tới 65 người là nữ.") == [
        ("65 người", "count", 65.0, 259.0, "người")]
    assert _statistics("Trong số 10 người bị thương, có 5 cảnh sát và 5 dân thường.") == [
        ("5 cảnh sát", "count", 5.0, 10.0, "cảnh sát"), ("5 dân thường", "count", 5.0, 10.0, "dân thường")]
    assert [s[3] for s in _statistics("Trong số 14 người trúng thưởng Jackpot thì có 12 vé số được bán tại TP.HCM.")] == [
        None, None]


# A fraction of a `bảng` is pounds: no groups or boards come in fractions (22463119, 22501997).
def test_a_fraction_of_a_pound_is_money() -> None:
    assert _statistics("Chi phí cho mỗi bàn thắng là 23,75 bảng.") == [("23,75 bảng", "money", 23.75, None, "GBP")]
    assert _statistics("Các đội chia thành 8 bảng, mỗi bảng gồm 4 đội.")[0] == ("8 bảng", "count", 8.0, None, "bảng")


# A dateline later than the day the page was published is the plan's own day: the meeting has not taken place (the
# form of baomoi 22652088, `Ngày 7-7, Sở Xây dựng TP sẽ tổ chức buổi triển khai Quyết định 26`, with a conference); on
# the day itself the dateline is the report's and the meeting opens that day.
def test_a_dateline_after_the_published_day_is_a_plan() -> None:
    text = ("Tin trong nước\nNgày 7-7, Sở Xây dựng TP sẽ tổ chức hội nghị triển khai Quyết định 26 để giải đáp, hướng "
            "dẫn cụ thể.\nNội dung khác của bài.\n")
    assert extract_meeting(make_article(text, published="2017-07-05")) is None
    meeting = extract_meeting(make_article(text, published="2017-07-07"))
    assert meeting is not None and meeting.kind == "hội nghị" and meeting.date == "2017-07-07"


# A count per year, per commune, per match keeps its base in the unit, as a measure's rate does (22374744-like forms from
# baomoi: `10 triệu lượt khách/năm`, `12 dự án/doanh nghiệp`); a frequency keeps `lần` (dev's gold).
def test_a_count_per_base_keeps_its_base() -> None:
    assert _statistics("Sân bay Tân Sơn Nhất đón 10 triệu lượt khách/năm.") == [
        ("10 triệu lượt khách/năm", "count", 10_000_000.0, None, "lượt khách/năm")]
    assert _statistics("Bình quân mỗi cán bộ xử lý 12 dự án/doanh nghiệp.")[0][4] == "dự án/doanh"
    assert _statistics("Đoàn kiểm tra làm việc 1 lần/năm như Nghị quyết.")[0][4] == "lần"
    assert _statistics("Mỹ mua ít nhất 80 chiếc F/A-18E trong vòng 5 năm.")[0][4] == "chiếc f"
