"""s17 page4: cleaning and the page head on real portal pages (sentences from baomoi-dev articles)."""

import pytest

from core.clean.lines import classify_lines

HEADLINE = "Đồng chí Đỗ Đức Duy nhận nhiệm vụ mới"
LEAD = (
    "Sáng 16/2, tại Hà Nội, Ban Tổ chức Trung ương đã tổ chức hội nghị công bố quyết định của Bộ Chính trị "
    "về công tác cán bộ đối với đồng chí Đỗ Đức Duy."
)
PARA = (
    "Phát biểu tại hội nghị, đồng chí Đỗ Đức Duy cảm ơn sự quan tâm của lãnh đạo Đảng, Nhà nước và hứa sẽ "
    "cùng tập thể lãnh đạo hoàn thành tốt nhiệm vụ được giao."
)


def _page(middle: str) -> list[str]:
    result = classify_lines("\n".join([HEADLINE, LEAD, middle, PARA]))
    return [line.label for line in result.lines]


@pytest.mark.parametrize(
    "caption",
    [
        "Lãnh đạo Bộ Xây dựng tặng hoa chúc mừng đồng chí Đỗ Đức Duy nhận nhiệm vụ mới.",  # 21490865
        "Phó Thủ tướng Trịnh Đình Dũng chụp ảnh lưu niệm với các đại biểu.",  # 22290012
        "Tổng Bí thư Nguyễn Phú Trọng tiếp Chủ tịch Đảng Hành động nhân dân Singapore (PAP) Khaw Boon Wan.",  # 22643187
        "Các đồng chí lãnh đạo Đảng, Nhà nước và các đại biểu dự Lễ tuyên dương.",  # 22501044
        "Các Đại biểu Quốc hội biểu quyết thông qua Nghị quyết về phê chuẩn quyết toán ngân sách nhà nước năm 2015.",
    ],
)
def test_act_caption_between_paragraphs(caption: str) -> None:
    assert _page(caption) == ["T", "B", "C", "B"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's sentences: a second act, a tense word, a purpose, a number
        "Chủ tịch nước Trần Đại Quang mời Tổng thống Nga Vladimir Putin thăm chính thức Việt Nam và dự Hội nghị "
        "cấp cao APEC tại Việt Nam.",  # 22644684
        "Trên sân nhà Etihad, thầy trò Pep Guardiola quyết giành lấy tấm vé dự Champions League mùa sau.",  # 22291083
        "Đoàn Thể thao Việt Nam tham dự Đại hội do ông Mai Bá Hùng, Phó Giám đốc Sở Văn hóa và Thể thao Thành "
        "phố Hồ Chí Minh làm trưởng đoàn.",  # 21474368
        "Nhạc sĩ Văn Cao và nhạc sĩ Phạm Tuyên đều được nhà nước trao Giải thưởng Hồ Chí Minh về âm nhạc.",  # 22353452
        # who chairs stays in the text: it may be the only line naming the chairs
        "Đồng chí Lê Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.",
    ],
)
def test_writers_sentence_is_no_act_caption(sentence: str) -> None:
    assert _page(sentence) == ["T", "B", "B", "B"]


def test_act_caption_is_never_the_lead() -> None:
    lead = "Phó Thủ tướng thường trực Trương Hòa Bình hội đàm với Chánh án Tòa án Liên bang Malaysia Md Raus Sharif."
    result = classify_lines("\n".join([HEADLINE, lead, PARA]))
    assert [line.label for line in result.lines] == ["T", "B", "B"]


def test_long_souvenir_caption_without_stop() -> None:
    caption = (
        "Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam Trần Thanh Mẫn cùng đoàn công tác và cán bộ, phóng viên, "
        "biên tập viên Tạp chí Mặt trận, đại diện lãnh đạo các ban, đơn vị của Ủy ban Trung ương Mặt trận Tổ quốc "
        "Việt Nam chụp ảnh lưu niệm"
    )  # 22553580, its stop taken off as portals print it
    assert _page(caption) == ["T", "B", "C", "B"]


@pytest.mark.parametrize(
    "slogan",
    [
        "Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh          Đoàn kết, kỷ cương, "
        "hành động, sáng tạo, đột phá, phát triển          Công minh, chính trực, khách quan, thận trọng, khiêm tốn",
        "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020",
    ],
)
def test_slogan_in_the_top_bar_is_chrome(slogan: str) -> None:
    result = classify_lines("\n".join([slogan, HEADLINE, LEAD, PARA]))
    assert [line.label for line in result.lines] == ["X", "T", "B", "B"]
    assert result.title == HEADLINE


def test_slogan_quoted_in_a_sentence_stays_text() -> None:
    sentence = "Tất cả vì mục tiêu dân giàu, nước mạnh là khẩu hiệu được treo tại hội trường trong suốt hội nghị."
    result = classify_lines("\n".join([HEADLINE, LEAD, sentence, PARA]))
    assert [line.label for line in result.lines] == ["T", "B", "B", "B"]


def test_bullet_before_the_headline_is_not_the_title() -> None:
    result = classify_lines("\n".join(["• " + HEADLINE, LEAD, PARA]))
    assert result.title == HEADLINE
    assert [line.label for line in result.lines] == ["T", "B", "B"]


def test_headline_under_the_date_below_the_sites_name() -> None:
    page = "\n".join(["Liên hiệp các hội khoa học và kỹ thuật Việt Nam", "Thứ năm, 11/09/2025 14:20 (GMT+7)", HEADLINE, LEAD, PARA])
    result = classify_lines(page)
    assert result.title == HEADLINE
    assert result.published is not None and result.published.startswith("2025-09-11")
    assert result.paragraphs == [LEAD, PARA]


def test_lead_trailing_off_under_headline_and_date_stays_the_lead() -> None:
    lead = "Đồng chí Đỗ Đức Duy nhận nhiệm vụ mới tại Bộ Xây dựng…"
    result = classify_lines("\n".join([HEADLINE + " ở Bộ", "11/09/2025 14:20", lead, PARA]))
    assert result.paragraphs == [lead, PARA]


@pytest.mark.parametrize("signature", ["Liên đoàn Lao động tỉnh", "Thường trực HĐND xã Long Giang"])
def test_body_signing_at_a_cut_dumps_end_is_no_paragraph(signature: str) -> None:
    result = classify_lines("\n".join([HEADLINE, LEAD, PARA, signature]))  # no newline after it: a cut dump's shape
    assert result.paragraphs == [LEAD, PARA]


def test_paragraph_cut_by_the_dumps_end_is_kept() -> None:
    cut = "Hội nghị đã tiến hành biểu"
    result = classify_lines("\n".join([HEADLINE, LEAD, PARA, cut]))
    assert result.paragraphs == [LEAD, PARA, cut]
