"""The 4 Dec twenty-sixth round: what audit53 (drawn blind last round, read this round) and the precision audit prec40
found, each checked on the 35,440 baomoi articles; the sentences are baomoi articles', named by their id (none of them
an audit set's)."""
import pytest

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# A body's field whose word opens capitalised and ends on a verb's syllable (`Dự báo`, `Đăng kiểm`, `Đăng ký`, `Tình
# báo`): the title goes on over it, and a holder named after the field is read (21511929, 22591914, 22540419, 22593017).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Báo cáo nội dung Dự thảo Nghị định, Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm Phạm Tuấn Ngọc cho biết, "
     "công tác đăng ký hiện hành đang được điều chỉnh bởi Nghị định số 83/2010/NĐ-CP.",
     [("Phạm Tuấn Ngọc", ["Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm"])]),
    ("Ông Đào Hồng Đức, Giám đốc Trung tâm Đăng kiểm tàu cá thuộc Tổng cục Thủy sản (Bộ NN&PTNT), thừa nhận như vậy.",
     [("Đào Hồng Đức", ["Giám đốc Trung tâm Đăng kiểm tàu cá thuộc Tổng cục Thủy sản (Bộ NN&PTNT)"])]),
    ("Theo ông Hoàng Đức Cường - Giám đốc Trung tâm Dự báo khí tượng thủy văn Trung ương, đợt nắng nóng này sẽ kéo dài.",
     [("Hoàng Đức Cường", ["Giám đốc Trung tâm Dự báo khí tượng thủy văn Trung ương"])]),
    ("Giám đốc Trung tâm Dự báo quân sự Anatoly Tsyganok giải thích với Sputnik.",
     [("Anatoly Tsyganok", ["Giám đốc Trung tâm Dự báo quân sự"])]),
])
def test_a_field_word_ending_on_a_verbs_syllable_stays_in_the_title(
        sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


def test_a_verb_after_a_bodys_capitalised_name_still_ends_the_title() -> None:
    # (`Sở GTVT cho biết`: the verb is no field's syllable)
    assert _people("Giám đốc Sở Giao thông vận tải Nguyễn Văn An cho biết.") == [
        ("Nguyễn Văn An", ["Giám đốc Sở Giao thông vận tải"])]


# `quan ngại`, as `lo ngại`: the delegate voices a concern at the sitting she attends (22475580).
def test_voicing_a_concern_is_speaking_at_the_sitting() -> None:
    body = ("Sáng 7/6, Quốc hội thảo luận tại hội trường về dự thảo Nghị quyết về xử lý nợ xấu. Đại biểu Quốc hội Hoàng "
            "Thị Thu Trang, đoàn Nghệ An, cho biết việc thu hồi tài sản bảo đảm là rất khó khăn. Tuy nhiên, đại biểu "
            "Phan Thị Mỹ Dung, đoàn Long An, quan ngại về quyền thu giữ tài sản đảm bảo được quy định trong dự thảo "
            "Nghị quyết.")
    meeting = extract_meeting(make_article(f"Tin trong nước\n{body}\nNội dung khác của bài.\n"))
    assert meeting is not None
    assert [p.name for p in (*meeting.chairs, *meeting.attendees)] == ["Hoàng Thị Thu Trang", "Phan Thị Mỹ Dung"]


# A firm's own English word (`Airways`, `Group`, `Electronics`) is no one's name's: the holder's name starts after the
# last one (22398623, 22421040); not in the titles after a name, nor before a year, where the run is the firm's or the
# contest's (22243222, 22317276).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tổng giám đốc điều hành British Airways Alex Cruz ngày 28/5 đã gửi lời xin lỗi đến các hành khách.",
     [("Alex Cruz", ["Tổng giám đốc điều hành British Airways"])]),
    ("Chủ tịch Keer Group Zhu Shanqin cho hay: “Chúng tôi phải đối mặt với áp lực ở Mỹ.",
     [("Zhu Shanqin", ["Chủ tịch Keer Group"])]),
    ("Ông Lê Xuân Trường, Công ty cổ phần Đầu tư Logistics Bắc Kỳ cho rằng cần có chính sách ưu thế.",
     [("Lê Xuân Trường", ["Công ty cổ phần Đầu tư Logistics Bắc Kỳ"])]),
    ("Cô cũng giữ vai trò Giám đốc Quốc gia Miss Global Beauty Queen Vietnam 2017, chịu trách nhiệm đào tạo.", []),
])
def test_a_holders_name_starts_after_the_firms_own_words(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# A particle inside a foreign name (`de`, `van`, `da`) is no word of the two a foreign name after a body's name counts
# (22551563, 22353777, 22385289).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tổng Giám đốc IATA Alexandre de Juniac đã kêu gọi các quốc gia mở lại biên giới càng nhanh càng tốt.",
     [("Alexandre de Juniac", ["Tổng Giám đốc IATA"])]),
    ("Theo kết quả kiểm phiếu, ông Guterres giành được 57% số phiếu, cao hơn đối thủ chính của ông là Bộ trưởng Giáo dục "
     "Antonio da Conceicao, người được 33% số phiếu ủng hộ.",
     [("Guterres", []), ("Antonio da Conceicao", ["Bộ trưởng Giáo dục"])]),
    ("Còn ở hàng thủ, đội trưởng của Southampton - Virgil van Dijk, một trong những trung vệ hay nhất Premier League sẽ "
     "là sự thay thế hoàn hảo.",
     [("Virgil van Dijk", ["đội trưởng của Southampton"])]),
])
def test_a_particle_is_no_word_of_a_foreign_names_count(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected
