"""The 3 Dec eleventh round: shapes the round's audits and blind sets found read wrong, each written from a
baomoi article other than the audits' and checked for what is returned."""
from core.extract.statistics import extract_statistics


def _figures(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(s.text, s.value, s.kind, s.unit) for s in extract_statistics([sentence])]


def test_a_rate_read_per_two_things_keeps_both():
    assert _figures("Lúa sản xuất theo phương pháp hữu cơ đạt bình quân 6 tấn/ha/vụ.") == [
        ("6 tấn/ha/vụ", 6, "measure", "tấn/ha/vụ")]
    assert _figures("Mỗi tàu chỉ đánh bắt được 10 kg/chuyến/tàu.") == [
        ("10 kg/chuyến/tàu", 10, "measure", "kg/chuyến/tàu")]
    # one stroke, one rate, as before
    assert _figures("Công suất nhà máy đạt 300.000 tấn/năm.") == [("300.000 tấn/năm", 300000, "measure", "tấn/năm")]
