"""The 3 Dec eighteenth round: shapes the round's read set (audit43, baomoi articles annotated by hand, blind until this
round) and its precision audit (prec33) read wrong, each checked on the 35,440 baomoi articles; the sentences are
baomoi articles' outside every audit, named by their id."""
from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, str, float, str | None, str | None, float | None]]:
    """(text, kind, value, unit, qualifier, of) of every statistic read in one sentence."""
    return [(s.text, s.kind, s.value, s.unit, s.qualifier, s.of) for s in extract_statistics([sentence])]


def test_a_size_glued_to_its_sign_gives_each_side_in_its_unit():
    # 21477961, 21490235: the sides written without spaces around `x`
    assert _stats("Theo quan sát của PV, vết khoét có hình chữ nhật, kích thước khoảng 30x40 cm, sâu vào thân khoảng 2 cm.") == [
        ("khoảng 30", "measure", 30, "cm", "about", None), ("40 cm", "measure", 40, "cm", "about", None),
        ("khoảng 2 cm", "measure", 2, "cm", "about", None)]
    assert [s[:4] for s in _stats("Anh Long có khu đất rộng 70m2 (5x14m), nền đất cứng.")] == [
        ("70m2", "measure", 70, "m2"), ("5", "measure", 5, "m"), ("14m", "measure", 14, "m")]


def test_a_resolution_in_pixels_is_two_measures():
    # 22462726: after `độ phân giải`, which names what the size is of
    assert _stats("Màn hình: TFT cỡ 2,4 inch; độ phân giải 240 x 320 pixel.") == [
        ("2,4 inch", "measure", 2.4, "inch", None, None), ("240", "measure", 240, "pixel", None, None),
        ("320 pixel", "measure", 320, "pixel", None, None)]


def test_glued_figures_without_a_length_unit_are_no_size():
    # 22507565: a relay's legs; a drive and a pack of a volume (22365013) are no sides either
    assert _stats("Anh là thành viên của đội chạy nội dung 4x100m tiếp sức của đoàn thể thao Mỹ.") == []
    assert _stats("Xe trang bị hệ dẫn động 4x4.") == []
    assert [s[0] for s in _stats("Hóa chất Retic Park reagen kit, 1x380 ml+1.900 ml đắt gấp 5,8 lần.")] == [
        "1.900 ml", "5,8 lần"]


def test_parts_counted_by_a_classifier_are_of_their_whole():
    # 22578961: `quả` takes a modifier of its own in each part
    assert [(s[0], s[5]) for s in _stats(
        "Trong số 7 quả tên lửa đạn đạo tầm trung quân đội Iran dùng để tấn công IS ở Syria, chỉ có 2 quả đánh trúng mục "
        "tiêu, nguồn tin Israel tiết lộ.")] == [("2 quả đánh trúng mục tiêu", 7)]
    # 22443112: `cứ N hộ … thì có tới M hộ …`
    assert [(s[0], s[2], s[5]) for s in _stats(
        "Như vậy, tính trung bình, cứ 100 hộ gia đình thì có tới 15 hộ nghèo và cận nghèo.")] == [
        ("15 hộ nghèo", 15, 100)]


def test_destinations_are_counted_not_marks():
    # 21481762; a mark's range stays a pair of scores
    assert _stats("Travel + Leisure cung cấp thông tin tại hơn 65 điểm đến trên khắp thế giới.") == [
        ("hơn 65 điểm đến", "count", 65, "điểm đến", "over", None)]
    assert [s[1] for s in _stats("Học sinh trung bình có thể đạt từ 5 điểm đến 6 điểm.")] == ["score", "score"]
