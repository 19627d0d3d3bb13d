"""s19 statistics precision: road numbers and runner-up titles are no figures."""

from core.extract.statistics import extract_statistics


def _stats(sentence: str) -> list[tuple[str, float, str]]:
    return [(s.text, s.value, s.kind) for s in extract_statistics([sentence])]


def test_abbreviated_road_numbers() -> None:
    stats = _stats("Công an tỉnh Phú Thọ đã xác định được 2 nghi can nổ súng bắn người trong ô tô trên QL 32 đoạn qua huyện Cẩm Khê.")
    assert [s[1] for s in stats] == [2.0]
    assert _stats("Tài xế điều khiển lưu thông trên đường ĐT 743 hướng từ thị xã Dĩ An về thị xã Tân Uyên.") == []
    assert [s[1] for s in _stats("Bước đầu đã xác định trên ĐT 827 có 35 trường hợp đấu nối.")] == [35.0]


def test_runner_up_by_number_is_a_title() -> None:
    assert _stats("Người đẹp đoạt Á hậu 1 Hoa hậu Hoàn vũ 2012.") == []
    assert _stats("Cũng trong năm đó, Nhã Kỳ đoạt giải Á hậu 2 cuộc thi Hoa hậu Liên lục địa.") == []
