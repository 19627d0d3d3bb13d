"""Statistics, s14: where a counted noun ends before an adverb or a verb, the split part of a
whole (`Trong số Y …, có X …`), a bound before `có`, `tình hình N` (baomoi-dev sentences)."""

import pytest

from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, float, str, float | None, str | None]]:
    return [(s.text, s.value, s.unit, s.of, s.qualifier) for s in extract_statistics([sentence])]


def _units(sentence: str) -> list[str]:
    return [s.unit for s in extract_statistics([sentence]) if s.kind == "count"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Adverbs end the counted noun.
        ("Hiện nay, Bệnh viện Đa khoa tỉnh Hòa Bình đang có hơn 100 bệnh nhân thường xuyên chạy thận.", ["bệnh nhân"]),
        ("Ngày 29-5, sự cố tai biến xảy ra khiến bảy người tử vong và 11 người hiện đang nằm viện điều trị.", ["người"]),
        ("Cùng lúc, hơn 200 cảnh sát đồng loạt khám xét 13 xưởng sản xuất ma túy, nơi ở của nhóm này.", ["cảnh sát", "xưởng sản xuất ma túy"]),
        ("HLV cũng có 11 cầu thủ từng tham dự World Cup U-17 năm 2015.", ["cầu thủ"]),
        ("Sạt lở khiến 200 nghìn người phải sơ tán.", ["người"]),
        ("Theo đó, có 12 dự án cần phải xem xét gồm: 4 dự án sản xuất phân bón.", ["dự án", "dự án sản xuất"]),
        ("Việt Nam có 3 thế mạnh rất quan trọng.", ["thế mạnh"]),
        ("Hội làng có 2 phần thi luôn thu hút được sự chú ý của đông đảo mọi người.", ["phần thi"]),
        ("Đã thành lập 5 đoàn công tác trực tiếp đi kiểm tra việc triển khai.", ["đoàn công tác"]),
        # Not inside a word with the syllable before or after.
        ("Mátxcơva đã thử nghiệm 162 vũ khí hiện đại ở Syria.", ["vũ khí hiện đại"]),
        ("Cả nước sẽ đóng mới 2.079 tàu đánh bắt xa bờ, 205 tàu dịch vụ hậu cần.", ["tàu đánh bắt xa bờ", "tàu dịch vụ hậu cần"]),
        # Verbs end the counted noun, but not after a noun that takes the act or the agent.
        ("Qua kiểm tra thực tế có 3 máy phụ Cummins hoạt động không ổn định.", ["máy phụ cummins"]),
        ("Bắc Ninh có 126 xã, trong đó có 97 xã thực hiện chương trình MTQG.", ["xã", "xã"]),
        ("Giethoorn là ngôi làng ở Hà Lan, với hơn 2.600 dân cư sinh sống.", ["dân cư"]),
        ("Từ ngày phục dựng lại lễ hội đã có 4 cặp vợ chồng tham gia diễn cảnh.", ["cặp vợ chồng"]),
        ("Bình khai nhận đã 9 lần thực hiện hành vi giao cấu.", ["lần thực hiện hành vi"]),
        ("Cơ quan chức năng xác định 4 hình thức hoạt động chèo kéo khách du lịch.", ["hình thức hoạt động"]),
        ("Năm 2016 có 200 nhà hoạt động bảo vệ môi trường bị giết.", ["nhà hoạt động bảo vệ"]),
        # What befell the people counted ends the noun, even after `người`; not after a noun of cases.
        ("Mưa lũ ở Điện Biên, Cao Bằng, Bắc Kạn đã làm 12 người chết, 1 người mất tích.", ["người", "người"]),
        ("Vụ va chạm làm 7 thủy thủ thiệt mạng được xem là thiệt hại về người lớn nhất.", ["thủy thủ"]),
        ("Vụ tai nạn giao thông nghiêm trọng giữa 2 xe khách làm 14 người thương vong.", ["xe khách", "người"]),
        ("Mỗi năm trên thế giới có khoảng 6 triệu ca tử vong do các căn bệnh liên quan.", ["ca tử vong"]),
        ("Hiện đã có 59 người nhập viện sau khi ăn bánh kẹo.", ["người"]),
        ("Bệnh viện đã tiếp nhận 22 trường hợp nhập viện trong tình trạng cấp cứu.", ["trường hợp nhập viện"]),
        # An adjective after the noun when no verb follows.
        ("Riêng tháng 6 phải xóa 8 điểm ngập thường xuyên.", ["điểm ngập thường xuyên"]),
    ],
)
def test_noun_ends_before_adverb_or_verb(sentence: str, expected: list[str]) -> None:
    assert _units(sentence) == expected


def test_split_whole_gives_of_to_parts() -> None:
    sentence = (
        "Trong số 25 máy phụ trên, có 3 máy phụ hiệu Cummins hoạt động không ổn định, "
        "3 máy phụ hiệu Mitsubishi –Nhật Bản bị vỡ thân máy."
    )
    assert _stats(sentence) == [
        ("3 máy phụ hiệu Cummins", 3, "máy phụ hiệu cummins", 25, None),
        ("3 máy phụ hiệu Mitsubishi", 3, "máy phụ hiệu mitsubishi", 25, None),
    ]


def test_split_whole_after_a_frame_and_with_a_head_of_one_word() -> None:
    sentence = (
        "Thống kê của ngành tài chính cũng cho thấy, trong số 27 doanh nghiệp kinh doanh xăng dầu "
        "hiện tại, có 9 doanh nghiệp bị âm quỹ."
    )
    assert _stats(sentence) == [("9 doanh nghiệp", 9, "doanh nghiệp", 27, None)]
    sentence = "Trong số 59 người góp mặt trong danh sách khủng bố, có 18 người Qatar, 5 người Libya."
    assert [(t, of) for t, _, _, of, _ in _stats(sentence)] == [("18 người Qatar", 59), ("5 người Libya", 59)]


def test_split_whole_kept_when_the_noun_differs() -> None:
    sentence = "Trong số 20 con tin, 3 người trốn thoát được, một người bị thương."
    assert [(t, of) for t, _, _, of, _ in _stats(sentence)] == [("20 con tin", None), ("3 người", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sở đã yêu cầu khách sạn 3-4 sao phải có ít nhất có 1 chỗ đỗ xe/4 phòng ngủ.",
            ("ít nhất có 1 chỗ đỗ xe", 1, "chỗ đỗ xe", None, "over"),
        ),
        (
            "Về công bố khoa học, chức danh PGS ít nhất phải có 5 bài báo ISI.",
            ("ít nhất phải có 5 bài báo ISI", 5, "bài báo isi", None, "over"),
        ),
        (
            "Trong thân máy bay, tối đa có 4 tên lửa đối không AIM-120 AMRAAM.",
            ("tối đa có 4 tên lửa đối", 4, "tên lửa đối", None, "under"),
        ),
    ],
)
def test_bound_before_co(sentence: str, expected: tuple[str, float, str, None, str]) -> None:
    assert _stats(sentence)[0] == expected


def test_tinh_hinh_is_no_identifier() -> None:
    sentence = "Về tình hình 5 ban quản lý dự án mới được thành lập, Chủ tịch yêu cầu chuyển toàn bộ thủ tục."
    assert _stats(sentence) == [("5 ban quản lý dự án", 5, "ban quản lý dự án", None, None)]
    assert _stats("Hội nghị nhằm làm rõ tình hình 6 tháng đầu năm 2017.") == []
