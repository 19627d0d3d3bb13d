"""The 4 Dec twenty-fourth round: what audit50 (drawn blind last round, read this round) found, each checked on the
35,440 baomoi articles; the sentences are baomoi articles', named by their id (none of them an audit set's)."""
import pytest

from core.extract.people import find_people


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# A national or state body's remit after `về` is its name's, in either case, up to a stop word or a verb (22591495,
# 22373294, 22276014); after an acronym's `Quốc gia`, `về` is the topic of what is said (22215173).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ngày 22/6, Phó Thủ tướng Chính phủ Vương Đình Huệ, Trưởng Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công "
     "lập đã dẫn đầu đoàn khảo sát làm việc với Bộ Nội vụ.",
     [("Vương Đình Huệ", ["Phó Thủ tướng Chính phủ",
                          "Trưởng Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công lập"])]),
    ("Ông Vũ Hồng Nam, Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài cho biết.",
     [("Vũ Hồng Nam", ["Thứ trưởng Bộ Ngoại giao", "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài"])]),
    ("Theo ông Trương Đình Tuyển (nguyên Bộ trưởng Thương mại, thành viên Hội đồng Quốc gia về Phát triển bền vững và "
     "Nâng cao năng lực cạnh tranh), vấn đề hoàn thiện thể chế có ý nghĩa quan trọng.",
     [("Trương Đình Tuyển", ["nguyên Bộ trưởng Thương mại",
                             "thành viên Hội đồng Quốc gia về Phát triển bền vững và Nâng cao năng lực cạnh tranh"])]),
    ("Báo cáo gửi Phó Thủ tướng thường trực Chính phủ - Trương Hòa Bình, Chủ tịch UBATGT Quốc gia về tình hình khắc "
     "phục hậu quả của vụ tai nạn.",
     [("Trương Hòa Bình", ["Phó Thủ tướng thường trực Chính phủ", "Chủ tịch UBATGT Quốc gia"])]),
])
def test_a_national_bodys_remit_is_part_of_its_name(sentence: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _people(sentence) == expected
