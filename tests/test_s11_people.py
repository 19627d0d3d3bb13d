"""s11 people: titles of bodies named in sentence case, and who a round-up of another event names.

Sentences from baomoi articles (ids in the comments); each test checks the exact names and titles returned.
"""

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article, meeting_people


def _people(sentence: str, short: bool = False) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence, short=short)]


def test_sentence_case_body_name_goes_on_to_an_auxiliary() -> None:
    # 22278588: not cut inside `Công tác`
    assert _people("Ông Bùi Đức Thụ, Phó trưởng Ban Công tác đại biểu vừa xác nhận, tại phiên họp thứ 10 chiều nay") == [
        ("Bùi Đức Thụ", ["Phó trưởng Ban Công tác đại biểu"])]
    # 22372206
    assert _people("Ngày 25-5, Phó Thủ tướng Vương Đình Huệ, Trưởng đoàn Kiểm tra số 471 của Bộ Chính trị đã dự hội "
                   "nghị công bố quyết định") == [
        ("Vương Đình Huệ", ["Phó Thủ tướng", "Trưởng đoàn Kiểm tra số 471 của Bộ Chính trị"])]


def test_sentence_case_body_name_goes_on_to_a_speech_verb() -> None:
    # 22639192
    assert _people("Phát biểu tại cuộc họp báo, bà Vũ Thị Thu Thủy, Vụ trưởng Vụ Thống kê giá cho biết, chỉ số giá "
                   "tiêu dùng") == [("Vũ Thị Thu Thủy", ["Vụ trưởng Vụ Thống kê giá"])]


def test_a_verb_after_the_body_is_the_predicate() -> None:
    # 22532243: `gửi lời` is what the minister does
    assert _people("Bà Nguyễn Thị Kim Tiến - Bộ trưởng Bộ Y tế gửi lời cảm ơn tới những người hiến máu tình nguyện") == [
        ("Nguyễn Thị Kim Tiến", ["Bộ trưởng Bộ Y tế"])]


def test_another_meeting_of_the_kind_told_the_same_day_is_not_the_meetings() -> None:
    # 21511095: the Prime Minister co-chaired another conference that day, not this one
    text = ("Thường vụ Quốc hội và MTTQ Việt Nam sẽ tăng cường phối hợp giám sát\n"
            "Chiều 10/2, Ủy ban Thường vụ Quốc hội (UBTVQH) và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) "
            "Việt Nam tổ chức hội nghị tổng kết thực hiện quy chế phối hợp công tác năm 2016.\n"
            "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Chủ tịch UBTW MTTQ VN Nguyễn Thiện Nhân chủ trì hội nghị.\n"
            "Công khai kết luận thanh tra để giám sát Cũng trong ngày 10/2, Thủ tướng Chính phủ Nguyễn Xuân Phúc và "
            "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Thiện Nhân chủ trì Hội nghị liên tịch thường niên của "
            "Chính phủ và Ủy ban Trung ương MTTQ, kiểm điểm việc phối hợp công tác năm 2016.")
    chairs, attendees = meeting_people(text)
    assert chairs == ["Nguyễn Thị Kim Ngân", "Nguyễn Thiện Nhân"]
    assert "Nguyễn Xuân Phúc" not in attendees



def test_an_office_held_under_its_bodys_acronym_is_the_holders() -> None:
    # 22219205: `Chủ tịch VCCI` before the comma is Vũ Tiến Lộc's office, not Lê Mạnh Hà's
    text = ("Ông Vũ Tiến Lộc: Để 20.000 viên thuốc hết hạn vì thủ tục là 'đỉnh cao' của vô cảm\n"
            "\"Không ai muốn có những việc như thế này\", ông Vũ Tiến Lộc - Chủ tịch Phòng Thương mại và Công nghiệp Việt "
            "Nam (VCCI) trả lời trong buổi họp báo thông tin về Hội nghị Thủ tướng với doanh nghiệp năm 2017 khi được "
            "hỏi về \"điểm nhấn\" của sự kiện trong năm nay. "
            "Cùng quan điểm Chủ tịch VCCI, Phó chủ nhiệm Văn phòng Chính phủ Lê Mạnh Hà cũng cho rằng: \"Các cơ quan "
            "chức năng không mong muốn có những điểm nóng cho doanh nghiệp\".")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    titles = {p.name: p.titles for p in meeting.attendees}
    assert titles["Lê Mạnh Hà"] == ["Phó chủ nhiệm Văn phòng Chính phủ"]
    assert titles["Vũ Tiến Lộc"] == ["Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI)"]


def test_restating_at_the_meeting_is_speaking_there() -> None:
    # 22374793: a minister who restates a story at the group discussion spoke at it
    text = ("Thiên thời, địa lợi, nhân hòa sao tăng trưởng kinh tế vẫn thấp?\n"
            "Câu chuyện tăng trưởng kinh tế thấp là chủ đề được đa số đại biểu đề cập khi Quốc hội (QH) thảo luận tại "
            "tổ về tình hình kinh tế - xã hội và thu chi ngân sách vào chiều qua (25.5) tại phiên thảo luận tổ. "
            "Tại đoàn Quảng Ngãi, Bộ trưởng Công thương Trần Tuấn Anh cũng nhắc lại câu chuyện giải cứu thịt heo với "
            "một tinh thần không lấy gì làm thoải mái.")
    assert "Trần Tuấn Anh" in meeting_people(text)[1]
