"""Statistics recall, s20 round: sentences of the baomoi corpus (none from the gold files)."""

from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, float, str, str, str | None]]:
    return [(s.text, s.value, s.kind, s.unit, s.qualifier) for s in extract_statistics([sentence])]


def test_medical_staff_counted_with_y():
    assert _stats("Hơn 100 y bác sĩ vừa khám, phân loại bệnh nhân, tập trung cấp cứu ca nặng.")[0] == (
        "Hơn 100 y bác sĩ", 100.0, "count", "y bác sĩ", "over"
    )
    stats = _stats("Có tới 17 y, bác sĩ và 7 người dân tham gia cứu người trong vụ tai nạn.")
    assert [(s[0], s[1], s[3]) for s in stats] == [("17 y, bác sĩ", 17.0, "y, bác sĩ"), ("7 người dân", 7.0, "người dân")]
    assert _stats("Bác sĩ Nam đẩy con tôi lên xe và cho 2 y tá đi theo.")[0][1:3] == (2.0, "count")


def test_a_lone_letter_still_opens_no_count():
    assert _stats("Công thức của nước là H 2 O.") == []


def test_capitalised_titles_and_state_firms_are_counted():
    assert _stats("Federer – người đã có tới 18 Grand Slam sau khi đăng quang Australian Open năm nay.")[0][:4] == (
        "18 Grand Slam", 18.0, "count", "grand slam"
    )
    stats = _stats("Tái cơ cấu 16 DN (gồm 12 Tổng công ty-công ty cổ phần và 4 Tổng công ty-công ty TNHH).")
    assert [(s[1], s[3]) for s in stats] == [(16.0, "dn"), (12.0, "tổng công ty"), (4.0, "tổng công ty")]


def test_a_world_war_number_is_no_count():
    assert _stats("Vậy mục tiêu nào sẽ bị tên lửa Triều Tiên tấn công nếu Thế chiến 3 nổ ra?") == []


def test_gold_weights_before_a_conjunction():
    stats = _stats("Người dân lựa chọn nhiều vẫn là vàng ta trọng lượng 1 chỉ, 2 chỉ, 3 chỉ và 5 chỉ.")
    assert [(s[1], s[2], s[3]) for s in stats] == [(v, "measure", "chỉ") for v in (1.0, 2.0, 3.0, 5.0)]
    assert [s[1] for s in _stats("Cầu Tài nên mua 5 chỉ vàng, cầu Phát mua 2 chỉ và cầu Lộc mua 1 chỉ.")] == [5.0, 2.0, 1.0]
    # `chỉ` before a verb is still the adverb "only".
    assert _stats("Nokia 3 chỉ có giá 3 triệu đồng.") == [("3 triệu đồng", 3_000_000.0, "money", "VND", None)]


def test_a_range_of_exam_marks_after_a_word_of_marks():
    assert [(s[1], s[2]) for s in _stats("Phổ điểm sẽ tập trung ở mức 7 - 8 điểm, thí sinh đạt điểm 9 - 10 sẽ không nhiều.")] == [
        (7.0, "score"), (8.0, "score"), (9.0, "score"), (10.0, "score")
    ]
    assert [(s[1], s[2]) for s in _stats("Vì với mức điểm 26-28 khó có thể tăng nhiều hơn.")] == [(26.0, "score"), (28.0, "score")]
    # A scale is no mark reached.
    assert _stats("Nếu xét theo thang điểm 1-10 thì chắc chắn chúng chỉ ở mức cao.") == []


def test_a_figure_glued_to_a_word_comma():
    stats = _stats("Hội đã tiết kiệm được 226 triệu đồng,120 kg gạo hỗ trợ 32 phụ nữ, trẻ em có hoàn cảnh khó khăn.")
    assert [(s[1], s[2], s[3]) for s in stats] == [
        (226_000_000.0, "money", "VND"), (120.0, "measure", "kg"), (32.0, "count", "phụ nữ")
    ]
    assert _stats("Tuấn Kiệt, kỹ sư điện,28 tuổi, cho biết gắn bó với công việc này.")[0][:4] == ("28 tuổi", 28.0, "measure", "tuổi")
    # After a digit the comma is a decimal mark.
    assert _stats("Giá bán 2,5 triệu đồng.")[0][1] == 2_500_000.0
