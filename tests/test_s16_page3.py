"""The page head and the cleaning on real page dumps (s16 page3): a crawler's month-only
header, captions written as sentences, credits, counters and headlines with their stamp."""

from core.clean.lines import classify_lines

# baomoi-dev 22373455 (a caption of a conference report)
LEAD = (
    "Sáng 12/1, Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội tổ chức hội nghị tổng kết nhiệm vụ "
    "khu vực phòng thủ năm 2016, triển khai nhiệm vụ năm 2017."
)
PARA = (
    "Ban Chỉ đạo về khu vực phòng thủ thành phố cho biết, năm 2016, thành phố đã quán triệt sâu sắc các "
    "văn bản lãnh đạo, chỉ đạo của Trung ương về xây dựng khu vực phòng thủ."
)


def _labels(raw: str) -> dict[str, str]:
    return {line.text: line.label for line in classify_lines(raw).lines}


def test_month_header_is_the_published_month() -> None:
    result = classify_lines(f" date 2023-12 {LEAD}\n\n{PARA}\n")
    assert result.published == "2023-12"
    assert result.paragraphs == [LEAD, PARA]


def test_month_header_gives_way_to_a_full_date() -> None:
    result = classify_lines(f"date 2023-12\nTổng kết nhiệm vụ khu vực phòng thủ năm 2016\nNgày đăng: 13/01/2017\n{LEAD}\n{PARA}\n")
    assert result.published == "2017-01-13"
