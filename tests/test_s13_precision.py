"""The meeting's people, precision: a Khmer honorific is no part of a name, and a sentence opening on a span counted
back (`Một ngày trước đó, …`) or on a frame set at a recent other occasion (`Trong một cuộc phỏng vấn … gần đây, …`)
tells another time. Sentences from baomoi-dev articles (no gold file); each test checks the exact value."""

from core.extract.meetings import _EARLIER_RE
from core.extract.people import find_people
from core.normalize import normalize_tone, same_length_lower


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
    assert not _earlier("Hai năm trước, Công ty đã có sự thay đổi lớn.")
