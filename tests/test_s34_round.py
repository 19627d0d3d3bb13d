"""The 3 Dec nineteenth round: shapes the round's read set (audit44, baomoi articles annotated by hand, blind until this
round) and a robustness run read wrong, each checked on the 35,440 baomoi articles; the sentences are baomoi articles',
named by their id (22284899 is audit44's, the others outside every audit)."""
from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics
from tests.conftest import make_article


def _stats(sentence: str) -> list[tuple[str, str, float, str | None]]:
    """(text, kind, value, unit) of every statistic read in one sentence."""
    return [(s.text, s.kind, s.value, s.unit) for s in extract_statistics([sentence])]


def _location(lead: str) -> str | None:
    meeting = extract_meeting(make_article("Tin hội thảo\n" + lead + "\nCác đại biểu đã thảo luận nhiều vấn đề.", None))
    assert meeting is not None
    return meeting.location


def test_a_time_after_the_place_ends_it():
    # 22661235, 22751280: `gần đây`, `hồi cuối tuần trước`, `hồi tháng …` tell when, not where
    assert _location("Các chuyên gia Hoa Kỳ đã phát biểu tại Hội thảo Quốc tế về tiêu chuẩn chất lượng hàng nông sản "
                     "dành cho doanh nghiệp Mekong, diễn ra tại Cần Thơ gần đây.") == "Cần Thơ"
    assert _location("Hai nhà lãnh đạo Nga và Mỹ đã có cuộc gặp trực tiếp đầu tiên tại Đức hồi cuối tuần trước bên lề "
                     "Hội nghị thượng đỉnh G20.") == "Đức"
    assert _location("Thông tin được chia sẻ tại cuộc gặp của Tổng thống Mỹ Donald Trump với Ngoại trưởng Nga Sergei "
                     "Lavrov tại Nhà Trắng hồi tuần trước.") == "Nhà Trắng"  # 22284899


def test_a_bare_hoi_stays_in_the_place():
    # `phục hồi` is a word of a hospital's name, not the time word `hồi tháng`
    assert _location("Sáng 3/6, Sở Y tế tổ chức hội thảo tại Bệnh viện phục hồi chức năng tỉnh.") == (
        "Bệnh viện phục hồi chức năng tỉnh")


def test_things_done_at_once_are_counted():
    # 21473442, 22355552, 22594616: `một lúc` is "at once", not the time word `lúc`
    assert _stats("Kim Chi hiện tại còn điều hành một lúc 2 công ty.") == [("2 công ty", "count", 2, "công ty")]
    assert _stats("Cảnh sát đột kích bất ngờ vào cùng một lúc 10 căn hộ ở 2 chung cư.") == [
        ("10 căn hộ", "count", 10, "căn hộ"), ("2 chung cư", "count", 2, "chung cư")]
    assert _stats("Hội nghị khai mạc lúc 8 giờ sáng.") == []  # `lúc 8 giờ` stays a time
