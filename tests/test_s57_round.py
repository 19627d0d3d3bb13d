"""The 5 Dec forty-first round: rules found by reading what prec62, stat59, audit99 and the web pages gathered this round
show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id,
or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A legislature's debate told by its verb opening the sentence, on its day, deputies the subject after the comma
# (22493452 `Thảo luận về tình hình kinh tế - xã hội sáng 9/6, đại biểu … (Ninh Thuận) cho rằng …`, 22440717 `Chiều 2/6,
# thảo luận về dự thảo Luật …, đại biểu Quốc hội …`, 22490290 `Thảo luận tại hội trường ngày 8.6, các đại biểu …`).
def test_the_deputies_debate_on_its_day_is_a_sitting() -> None:
    for text in (
        "Thảo luận về tình hình kinh tế - xã hội sáng 9/6, đại biểu Nguyễn Sỹ Cương (Ninh Thuận) cho rằng thực trạng "
        "nông nghiệp thời gian qua còn nhiều bất cập.\n",
        "Chiều 2/6, thảo luận về dự thảo Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ, đại biểu Quốc hội "
        "Giàng A Chu (Yên Bái) nêu băn khoăn.\n",
        "Thảo luận tại hội trường ngày 8.6, các đại biểu đều đồng tình với chủ trương đầu tư dự án.\n",
    ):
        meeting = extract_meeting(make_article(text))
        assert meeting is not None and meeting.kind == "phiên họp", text
    meeting = extract_meeting(make_article(
        "Thảo luận về tình hình kinh tế - xã hội sáng 9/6, đại biểu Nguyễn Sỹ Cương (Ninh Thuận) cho rằng nông nghiệp "
        "còn nhiều bất cập.\n"))
    assert meeting is not None and meeting.part_of_day == "sáng"
    assert [p.name for p in meeting.attendees] == ["Nguyễn Sỹ Cương"]


def test_an_undated_or_planned_debate_is_no_sitting() -> None:
    assert extract_meeting(make_article(
        "Thảo luận về dự án luật, đại biểu Nguyễn Văn Thể cho rằng cần sửa nhiều điều khoản.\n")) is None
    assert extract_meeting(make_article(
        "Thảo luận về dự án luật dự kiến vào ngày 5/6, đại biểu Nguyễn Văn Thể cho rằng cần sửa nhiều điều khoản.\n")) is None


# At a sitting, a deputy named with a constituency in brackets took part, whatever the verb (22372819 `Đại biểu … (Thành
# phố Hồ Chí Minh) nhận định …`, 22536342 `Liên quan đến câu hỏi của đại biểu … (Bạc Liêu) …, Bộ trưởng … cho biết`);
# one named so in a working session's article is not added.
def test_a_deputy_with_a_constituency_attends_the_sitting() -> None:
    text = ("Chiều 22/5, Quốc hội thảo luận tại hội trường về tình hình kinh tế - xã hội.\n"
            "Đại biểu Phạm Phú Quốc (Thành phố Hồ Chí Minh) nhận định 4 tháng đầu năm 2017, lần đầu tiên thặng dư ngân sách.\n"
            "Liên quan đến câu hỏi của đại biểu Tạ Văn Hạ (Bạc Liêu) về kế hoạch đầu tư công, Bộ trưởng Nguyễn Chí Dũng cho "
            "biết việc bố trí vốn tập trung hơn.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "phiên họp"
    assert [(p.name, p.titles) for p in meeting.attendees] == [
        ("Nguyễn Chí Dũng", ["Bộ trưởng"]), ("Phạm Phú Quốc", ["Đại biểu"]), ("Tạ Văn Hạ", ["đại biểu"])]
    text = ("Sáng 3/7, Bộ trưởng Nguyễn Chí Dũng làm việc với UBND tỉnh Bạc Liêu.\n"
            "Trước đó, đại biểu Tạ Văn Hạ (Bạc Liêu) đã có ý kiến về kế hoạch đầu tư công.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "buổi làm việc"
    assert "Tạ Văn Hạ" not in [p.name for p in meeting.attendees]
