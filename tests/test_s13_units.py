"""Statistics, s13 units: where a counted noun ends, and capitalised counted nouns (baomoi-dev sentences)."""

import pytest

from core.extract.statistics import extract_statistics


def _counts(sentence: str) -> list[tuple[str, float, str]]:
    return [(s.text, s.value, s.unit) for s in extract_statistics([sentence]) if s.kind == "count"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb of an act after a noun of two words or more ends it.
        (
            "Công an thị trấn Dương Đông đang điều tra vụ việc khoảng 15 thanh niên dùng hung khí chém nhau gây náo loạn cả khu phố.",
            ("khoảng 15 thanh niên", 15, "thanh niên"),
        ),
        (
            "Liên quan đến vụ việc “ dùng 6 xe tải chở 120 côn đồ mang hung khí đi trả thù ”, chiều 16/6, Công an tỉnh cho biết.",
            ("6 xe tải", 6, "xe tải"),
        ),
        (
            "đã xảy ra một vụ tai nạn giao thông giữa 3 xe ô tô mang biển kiểm soát 36C - 020.46, 35C - 037.04 và 51B - 111.93.",
            ("3 xe ô tô", 3, "xe ô tô"),
        ),
        # Not inside a word whose second syllable is the verb.
        (
            "trên địa bàn tỉnh đã xẩy ra 03 ổ dịch cúm gia cầm H5N1 tại huyện Đô Lương và huyện Diễn Châu.",
            ("03 ổ dịch cúm gia cầm", 3, "ổ dịch cúm gia cầm"),
        ),
        (
            "Về vũ khí, Type-055 được cho là có 128 ống phóng thẳng đứng (VLS) cho tên lửa phòng không.",
            ("128 ống phóng thẳng đứng", 128, "ống phóng thẳng đứng"),
        ),
        # A capitalised counted noun after a lower-case word.
        (
            "Nhà máy lọc dầu Dung Quất vừa phát hành thư mời mua cổ phần hóa gửi đến 15 Quỹ đầu tư trong và ngoài nước.",
            ("15 Quỹ đầu tư", 15, "quỹ đầu tư"),
        ),
        (
            "Từ 1996 đến nay, Chính phủ đã lần lượt ban hành tới 8 Nghị định về CPH DNNN.",
            ("8 Nghị định", 8, "nghị định"),
        ),
    ],
)
def test_the_counted_noun_ends_where_the_corpus_ends_it(sentence, expected):
    assert expected in _counts(sentence)


def test_a_person_noun_ends_before_the_act():
    assert _counts("2 nữ sinh đánh bạn đã bị kỷ luật cảnh cáo.")[0] == ("2 nữ sinh", 2, "nữ sinh")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sau khi có tin báo, lực lượng Cảnh sát 113 Công an Đồng Nai đã cử một tổ bám theo.",
        "Nhà ở số 24 Hoàng Quốc Việt.",
    ],
)
def test_a_number_before_a_name_stays_no_count(sentence):
    assert _counts(sentence) == []


def test_cut_opens_no_counted_noun():
    assert _counts("Chuyên án được chia thành 2 giai đoạn: giai đoạn 1 cắt nhánh, bắt nhóm Sơn.") == [
        ("2 giai đoạn", 2, "giai đoạn")
    ]
