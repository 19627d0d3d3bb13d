"""Statistics, s12 round: sentences of the baomoi corpus (none from the gold files)."""

import pytest

from core.extract.statistics import extract_statistics


def _stats(*sentences: str) -> list[tuple[str, float, str, float | None]]:
    return [(s.text, s.value, s.kind, s.of) for s in extract_statistics(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "text", "sides"),
    [
        ("Sừng sỏ như Đức vẫn bại trận 0-2 trước Venezuela.", "0-2", [0, 2]),
        ("Chủ nhà vượt qua Argentina 2-1, còn Venezuela thì mạnh hơn.", "2-1", [2, 1]),
        ("Venezuela đè bẹp Vanuatu 7-0.", "7-0", [7, 0]),
        ("Real Madrid nhấn chìm Juventus 4-1 trong trận chung kết Champions League.", "4-1", [4, 1]),
        ("U20 Honduras bất ngờ gục ngã 1-3 trước U20 New Zealand.", "1-3", [1, 3]),
        ("hôm nay họ thất thủ trước Lebanon 1-2.", "1-2", [1, 2]),
        ("đã chơi tưng bừng và vùi dập đối thủ 5-1.", "5-1", [5, 1]),
        # A youth side between the result and its score-line.
        ("Chiều 10/5, thầy trò HLV Hoàng Anh Tuấn đã thua U20 Argentina 1-4 trong trận giao hữu.", "1-4", [1, 4]),
        ("đội tuyển U-20 Việt Nam thua đau U-20 Argentina 1-4 mà ông thầy của họ vẫn tỉnh như không.", "1-4", [1, 4]),
        ("Chung cuộc, U17 Viettel thắng U17 HAGL 3-0, để giành quyền vào chung kết.", "3-0", [3, 0]),
    ],
)
def test_a_score_line_after_a_verb_of_the_result_or_a_youth_side(sentence, text, sides):
    scores = [(t, v) for t, v, kind, _ in _stats(sentence) if kind == "score"]
    assert scores == [(text, side) for side in sides]


def test_a_falling_temperature_is_no_score_line():
    assert [kind for _, _, kind, _ in _stats("Những ngày tiếp theo, nhiệt độ hạ khoảng 1-2 độ C.")] == [
        "measure", "measure"]


def test_a_noun_numbered_with_so_is_a_name_without_it():
    sentences = [
        "Trâu số 18 húc chết chủ, chủ trâu số 23 kể lại.",
        "khi hai trâu cách nhau khoảng 50m thì trâu 18 lao về phía anh Vũ.",
        "trâu 18 bất ngờ quay lại tấn công liên tiếp chủ của mình.",
    ]
    assert _stats(*sentences) == [("khoảng 50m", 50, "measure", None)]


def test_a_count_after_a_noun_not_numbered_with_so_stays():
    assert _stats("Anh nuôi trâu 3 năm nay.", "bán trâu 5 con được 60 triệu đồng.") == [
        ("5 con", 5, "count", None), ("60 triệu đồng", 60_000_000, "money", None)]
    # The word before `số` is the noun numbered, not a verb before it (`chuyển đầu số 11 số`).
    assert _stats("các công cụ chuyển đầu số 11 số về 10 số", "Hướng dẫn chuyển 11 số về 10 số")[-2:] == [
        ("11 số", 11, "count", None), ("10 số", 10, "count", None)]
