"""The 4 Dec twenty-third round: what audit49 (drawn blind this round) and prec38 found, each checked on the 35,440
baomoi articles; the sentences are baomoi articles', named by their id (none of them an audit set's)."""
import pytest

from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from core.extract.statistics import extract_statistics
from tests.conftest import make_article


def _read(sentence: str) -> list[tuple[str, float, str]]:
    return [(s.text, s.value, s.kind) for s in extract_statistics([sentence])]


# A measure's unit then `rưỡi` is that measure and a half (22710070, 22662080); a duration so written is no statistic
# (22538240) and `rưỡi` after a scale word stays the scale's half.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bé Hoàng Long hiện chỉ mới 5 tuổi rưỡi đến từ Long Xuyên, An Giang.", [("5 tuổi rưỡi", 5.5, "measure")]),
    ("Khi được 2 tuổi rưỡi, Arnav đã có năng khiếu về toán học.", [("2 tuổi rưỡi", 2.5, "measure")]),
    ("Cuộc đối thoại trực tuyến đầu tiên kéo dài 2 tiếng rưỡi.", []),
])
def test_a_measure_and_a_half(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert _read(sentence) == expected


# The rank word written again after the first position's scope (21474280, 22261813): a second position; a weekday
# after a day's `vào` is not (no rank word heads the gap).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Việt Nam hiện là nhà cung cấp tôm lớn thứ 3 cho thị trường Mỹ, và thứ 4 cho EU.",
     [("lớn thứ 3", 3.0, "rank"), ("thứ 4", 4.0, "rank")]),
    ("Rousey là nữ võ sĩ xếp thứ 4 trên thế giới theo UFC, và thứ 9 theo Sherdog.",
     [("xếp thứ 4", 4.0, "rank"), ("thứ 9", 9.0, "rank")]),
    ("Đội bóng đứng thứ 3 sẽ thi đấu vào thứ 7 và thứ 6 tuần sau.", [("đứng thứ 3", 3.0, "rank")]),
])
def test_a_second_position_after_its_scope(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert _read(sentence) == expected


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# An envoy's office goes on with the country it is sent about, and ends there: the name after it is read whatever its
# shape (21472667, 22386206, 22756966); `về` after any other office is still no part of it.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Trong khi đó, Đặc phái viên Liên hợp quốc về Iraq Jan Kubis tuyên bố các chiến dịch quân sự sẽ kết thúc.",
     [("Jan Kubis", ["Đặc phái viên Liên hợp quốc về Iraq"])]),
    ("Đặc phái viên LHQ về Libya Martin Kobler kêu gọi các bên chấm dứt giao tranh.",
     [("Martin Kobler", ["Đặc phái viên LHQ về Libya"])]),
    ("Ngày 14/7, Đặc phái viên Liên hợp quốc (LHQ) về Syria Staffan de Mistura cho biết tiến triển đã đạt được.",
     [("Staffan de Mistura", ["Đặc phái viên Liên hợp quốc (LHQ) về Syria"])]),
])
def test_an_envoys_remit_is_part_of_the_office(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected


# Several events counted with no number in a sentence that writes no day sum up a body's work: none is the news
# (21488336, 22524596); `các cuộc gặp` on a day reports that day's meetings (21487330).
@pytest.mark.parametrize(("lead", "kind"), [
    ("Những bất cập liên quan đến vận tải hành khách đã tồn tại hàng chục năm nay. Bộ Giao thông Vận tải biết và đã tổ "
     "chức nhiều cuộc họp để tháo gỡ.", None),
    ("Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn cho biết Hà Tĩnh cũng đã tổ chức một số cuộc họp khẩn để làm rõ nguyên nhân.",
     None),
    ("Phóng viên TTXVN tại Canada cho biết trong ngày 7/2, bà Freeland có các cuộc gặp với Chủ tịch Hạ viện Mỹ Paul "
     "Ryan.", "cuộc gặp"),
])
def test_several_uncounted_events_are_no_news(lead: str, kind: str | None) -> None:
    meeting = extract_meeting(make_article(f"Tin trong nước\n{lead}\nNội dung khác của bài.\n"))
    assert (meeting and meeting.kind) == kind


# A sapo restated deep in the body (a quotation's context) reports nothing there: the lead's frame, the forum its
# day's dialogue is held within, is still the meeting (22322472, its first 1,900 characters).
_RESTATED_SAPO = 'Khởi nghiệp đổi mới sáng tạo mà Bill Gates nói đến luôn là khởi nghiệp bao dung, luôn cho con người, là khởi nghiệp của sự phát triển.'
_RESTATED_BODY = (
    'Ngày 19/5, Phó Thủ tướng Chính phủ Vương Đình Huệ cùng đại diện các bộ, ngành đã đối thoại với hơn '
    '400 đại biểu doanh nghiệp khởi nghiệp, doanh nghiệp nhỏ và vừa trên toàn quốc trong khuôn khổ Diễn '
    'đàn Doanh nhân trẻ và Thanh niên khởi nghiệp với chủ đề “Khởi nghiệp sáng tạo - Hiểu đúng, hành động '
    'đúng”. Diễn đàn nằm trong chuỗi sự kiện thường niên dành cho cộng đồng khởi nghiệp toàn quốc, với '
    'mục tiêu thúc đẩy hoạt động đối thoại công - tư, tham vấn chính sách giữa cộng đồng doanh nghiệp '
    'khởi nghiệp với lãnh đạo Chính phủ, lãnh đạo bộ, ngành và các tổ chức có liên quan. Phó Thủ tướng '
    'bày tỏ diễn đàn đã truyền cảm hứng cho cá nhân Phó Thủ tướng và Chính phủ. Theo Ban Tổ chức, lạc '
    'quan vào phong trào start-up, có đến 77% đại biểu tham dự Diễn đàn đã tham gia trắc nhiệm bày tỏ tin '
    'tưởng Việt Nam sẽ trở thành quốc gia khởi nghiệp. Đánh giá cao và hoan nghênh Ban Tổ chức có sáng '
    'kiến tổ chức Diễn đàn, Phó Thủ tướng Vương Đình Huệ cho rằng Diễn đàn diễn ra trong bối cảnh Hội '
    'nghị Trung ương 5 (khóa XII) đã ra 3 Nghị quyết rất quan trọng về kinh tế: Một là "Hoàn thiện thể '
    'chế kinh tế thị trường định hướng xã hội chủ nghĩa"; Hai là "Tiếp tục cơ cấu lại, đổi mới và nâng '
    'cao hiệu quả doanh nghiệp nhà nước"; Ba là "Phát triển kinh tế tư nhân trở thành một động lực quan '
    'trọng của nền kinh tế thị trường định hướng xã hội chủ nghĩa". Ngày 17/5, Thủ tướng Chính phủ, Chính '
    'phủ đã đối thoại trực tiếp với doanh nghiệp. Trích bức thư của tỷ phú Bill Gates nhắn gửi sinh viên '
    'mới tốt nghiệp năm 2017 và các doanh nghiệp trẻ khởi nghiệp trên trang cá nhân, Phó Thủ tướng cho '
    'rằng khởi nghiệp mà Bill Gates đề cập đều là khởi nghiệp đổi mới sáng tạo, đó là trí thông minh nhân '
    'tạo; năng lượng sạch và rẻ; công nghệ sinh học. Khởi nghiệp đổi mới sáng tạo mà Bill Gates nói đến '
    'luôn là khởi nghiệp bao dung, luôn cho con người, là khởi nghiệp của sự phát triển.'
)


def test_a_restated_sapo_leaves_the_leads_frame() -> None:
    meeting = extract_meeting(make_article(f"{_RESTATED_SAPO}\n{_RESTATED_BODY}\n"))
    assert meeting is not None and meeting.kind == "diễn đàn"


# A legislature's bare `thảo luận` on the day the sentence opens on is a sitting it holds (22410648, 22515835; the
# Standing Committee's, 22292343, is the committee's); anyone else's talk is no event.
@pytest.mark.parametrize(("lead", "expected"), [
    ("Sáng 30/5, Quốc hội thảo luận dự án Luật đường sắt (sửa đổi).", ("phiên họp", "Quốc hội")),
    ("Chiều 12/6, Quốc hội tiếp tục thảo luận về dự thảo Nghị quyết xử lý nợ xấu của các tổ chức tín dụng.",
     ("phiên họp", "Quốc hội")),
    ("Chiều 16/5, lần đầu tiên Ủy ban Thường vụ Quốc hội thảo luận báo cáo tổng hợp ý kiến, kiến nghị của cử tri.",
     ("phiên họp", "Ủy ban Thường vụ Quốc hội")),
    ("Sáng 5/6, hai bên thảo luận về hợp tác kinh tế.", None),
])
def test_a_legislatures_bare_debate_is_a_sitting(lead: str, expected: tuple[str, str] | None) -> None:
    meeting = extract_meeting(make_article(f"{lead}\nNội dung khác của bài.\n"))
    assert ((meeting.kind, meeting.organizer) if meeting else None) == expected
