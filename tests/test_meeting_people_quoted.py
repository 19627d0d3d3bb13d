"""People a meeting report names as its matter, not placed at the meeting: the one a meeting disciplines or a penal
act is taken against (`kỷ luật … đối với ông X`, `xem xét xử lý ông X`). Excerpts of baomoi articles (not the gold
files); each test checks the exact lists."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _people(text: str, published: str | None = None) -> tuple[list[str], list[str]]:
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return [p.name for p in meeting.chairs], [p.name for p in meeting.attendees]


def test_the_one_a_meeting_disciplines_was_not_there():
    # 22476138 (lead): the party cell met to vote on expelling its deputy director
    text = ("Đề nghị khai trừ Đảng PGĐ bệnh viện Thường Xuân quan hệ bất chính\n"
            "Chi bộ khoa Sản bệnh viện Đa khoa huyện Thường Xuân (Thanh Hóa) vừa họp bỏ phiếu đề nghị kỷ luật khai "
            "trừ Đảng đối với ông Trần Văn Minh – Phó GĐ bệnh viện, Bí thư Chi bộ khoa Sản. Tại cuộc họp, ông Lê Văn "
            "Hòa, Bí thư Đảng ủy bệnh viện phát biểu đề nghị xử lý nghiêm.")
    assert _people(text, "2017-06-07") == ([], ["Lê Văn Hòa"])


def test_a_person_opening_a_sentence_after_a_glued_subheading_still_speaks():
    # 22509364: the subheading `Rút đơn cũng phải điều tra` runs into the next sentence without its full stop
    text = ("Ngư dân Bình Định đối thoại với doanh nghiệp đóng tàu\n"
            "Sáng 22/6, UBND tỉnh Bình Định tổ chức buổi đối thoại giữa ngư dân và các doanh nghiệp đóng tàu. "
            "Rút đơn cũng phải điều tra Ông Teddy Trương Thưởng, đại diện của Hãng Mitsubishi (Nhật Bản) tại "
            "Singapore, cho hay, các kỹ sư của hãng đã kiểm tra máy chính của tàu.")
    chairs, attendees = _people(text, "2017-06-22")
    assert "Teddy Trương Thưởng" in chairs + attendees


def test_the_one_disciplined_is_the_matter_of_a_voters_question():
    # 22260153: voters ask the party leader about a disciplined official
    text = ("Cử tri muốn Tổng Bí thư nói rõ hơn việc kỷ luật ông Đinh La Thăng\n"
            "Thực hiện chương trình tiếp xúc cử tri trước kỳ họp thứ 3 Quốc hội khóa XIV, Tổng Bí thư Nguyễn Phú Trọng "
            "có buổi tiếp xúc cử tri quận Ba Đình và Tây Hồ sáng 13.5.\n"
            "Đề cập đến việc T.Ư thi hành kỷ luật ông Đinh La Thăng, cử tri Toán nhận xét, ông Thăng là người xông xáo "
            "và có tài.")
    chairs, attendees = _people(text, "2017-05-13")
    assert chairs == []
    assert attendees == ["Nguyễn Phú Trọng"]


def test_a_speaker_at_the_meeting_who_reports_keeps_the_place():
    # written: the saying verb opens no dated meeting clause, the speaker stays
    text = ("Huyện họp bàn phòng chống thiên tai\n"
            "Sáng 5/6, UBND huyện Thường Xuân tổ chức cuộc họp bàn công tác phòng chống thiên tai. Ông Cầm Bá Thể, "
            "Phó Chủ tịch UBND huyện cho biết, ngày 3/6 mưa lớn đã làm sạt lở nhiều tuyến đường.")
    assert _people(text, "2017-06-05") == ([], ["Cầm Bá Thể"])
