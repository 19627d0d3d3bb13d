"""The meeting's people, precision: a Khmer honorific is no part of a name, and a sentence opening on a span counted
back (`Một ngày trước đó, …`) or on a frame set at a recent other occasion (`Trong một cuộc phỏng vấn … gần đây, …`)
tells another time. Sentences from baomoi-dev articles (no gold file); each test checks the exact value."""

from core.extract.meetings import _EARLIER_RE, extract_meeting
from core.extract.people import find_people
from core.normalize import normalize_tone, same_length_lower
from tests.conftest import make_article


def _names(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_samdech_before_a_khmer_name_is_an_honorific():
    assert _names("Trong diễn văn đáp từ, Chủ tịch Thượng viện Campuchia Samdech Say Chhum cho rằng nhân dân Campuchia "
                  "và Việt Nam có mối quan hệ lâu đời.") == [("Say Chhum", ["Chủ tịch Thượng viện Campuchia"])]
    assert _names("Reuters đưa tin Thủ tướng Campuchia Samdech Techo Hun Sen ngày 25/5 một lần nữa lên tiếng cảnh báo.") == [
        ("Hun Sen", ["Thủ tướng Campuchia"])]
    assert _names("Thủ tướng Samdech Hun Sen bày tỏ biết ơn vì sự hy sinh mà Việt Nam đã dành cho Campuchia.") == [
        ("Hun Sen", ["Thủ tướng"])]


def _earlier(sentence: str) -> bool:
    return _EARLIER_RE.match(normalize_tone(same_length_lower(sentence))) is not None


def test_a_span_counted_back_opens_another_time():
    assert _earlier("Một ngày trước đó, bên lề một hội nghị tổ chức ở Tỉnh ủy Yên Bái, thiếu tướng Đặng Trần Chiêu khẳng "
                    "định mọi việc sẽ được cơ quan có thẩm quyền làm rõ.")
    assert _earlier("Vài giờ trước đó, cha cô đã đưa ra nhận xét về một phụ nữ.")
    assert _earlier("Chỉ ít ngày trước đó, cha của hai anh em thủ lĩnh khủng bố Maute là Cayamora đã bị quân đội "
                    "Philippines bắt giữ.")


def test_a_frame_at_a_recent_occasion_opens_another_time():
    assert _earlier("Trong một cuộc phỏng vấn với đài CBS (Mỹ) gần đây, Tổng thống Hàn Quốc Moon Jae-in cũng tuyên bố "
                    "Seoul không có ý định giảm.")
    assert _earlier("Tại các cuộc họp gần đây, Bộ trưởng Bộ TT&TT cũng quyết liệt chỉ đạo đối với việc xử lý lĩnh vực "
                    "thông tin điện tử trên không gian mạng.")


def test_the_meetings_own_frame_is_not_another_time():
    assert not _earlier("Tại hội nghị, Phó Thủ tướng Vương Đình Huệ đã ghi nhận những chuyển biến.")
    assert not _earlier("Ngày 28/6 trong cuộc họp báo 6 tháng tại Bộ Công an, trung tướng Tô Ân Xô cho biết.")


def test_a_bare_span_counted_back_before_a_comma_opens_another_time():
    assert _earlier("Vài ngày trước, Tổng thống Mỹ Donald Trump đã bày tỏ sự hài lòng đối với lệnh ngừng bắn.")
    assert _earlier("5 năm trước, cảnh sát giao thông này từng bị một người vi phạm tốc độ tông trọng thương.")
    assert not _earlier("Hai ngày trước khai mạc hội nghị, Bộ trưởng đã có cuộc gặp.")


# The lead of baomoi-dev 22531935 (a district's review conference), then sentences of other baomoi-dev articles.
_LEAD = ("Ông Đoàn Ngọc Hải sẽ tiếp tục kiểm tra, xử lý lấn chiếm vỉa hè\n"
         "Tại Hội nghị sơ kết công tác quản lý trật tự đô thị trên địa bàn Q.1 (TP.HCM) năm tháng đầu năm 2017 diễn ra vào "
         "chiều 14.6, ông Trần Thế Thuận - chủ tịch UBND Q.1 cho biết: lực lượng kiểm tra xử lý tình trạng lấn chiếm vỉa hè "
         "tại Q.1 (TP.HCM) sẽ tiếp tục xuống đường để xử lý các tình trạng lấn chiếm vỉa hè.\n")


def _people(text: str) -> list[str]:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return sorted(p.name for p in (*meeting.chairs, *meeting.attendees))


def test_words_given_to_a_paper_do_not_place_the_speaker_at_the_meeting():
    text = _LEAD + ("Trả lời trên báo Dân Việt, ông Nguyễn Văn Công - Giám đốc Sở NNPTNT tỉnh Đồng Tháp cho biết thêm, tôm "
                    "hùm đỏ không có trong danh mục được phép nuôi.")
    assert _people(text) == ["Trần Thế Thuận"]


def test_who_speaks_a_span_before_the_news_is_not_at_the_meeting():
    text = _LEAD + ("Một ngày trước đó, bên lề một hội nghị tổ chức ở Tỉnh ủy Yên Bái, thiếu tướng Đặng Trần Chiêu khẳng "
                    "định mọi việc sẽ được cơ quan có thẩm quyền làm rõ.")
    assert _people(text) == ["Trần Thế Thuận"]
