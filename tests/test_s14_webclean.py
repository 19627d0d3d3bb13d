"""Cleaning and the page head of real web page dumps: captions closed by a photo credit, writers' initials in
capitals, the page's clock above the headline and a time zone on a line of its own."""

from core.clean.byline import read_byline, split_glued_byline
from core.clean.lines import CAPTION, META, classify_lines
from core.clean.meta import parse_byline

HEADLINE = "Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Cộng hòa Czech"
LEAD = (
    "Chiều 2/6, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã tiếp Đại sứ Cộng hòa Czech Vitezslav Grepl "
    "nhân dịp Đại sứ kết thúc nhiệm kỳ công tác tại Việt Nam."
)
BODY = (
    "Thủ tướng đánh giá cao những đóng góp của Đại sứ đối với quan hệ hữu nghị truyền thống và hợp tác nhiều mặt "
    "giữa hai nước trong thời gian qua."
)


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_caption_closed_by_a_photo_credit_is_a_caption():
    for caption in (
        "Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Cộng hòa Czech Vitezslav Grepl. Ảnh: VGP/Quang Hiếu",
        "Tòa Mỹ đã nghe tranh luận về lệnh hạn chế nhập cảnh của Donald Trump. Ảnh NYTimes",
        "Hiệp định Paris 1972 - Mỹ rút quân. (Ảnh: Lâm Tấn Tài/TTXVN)",
    ):
        result = classify_lines(_page(HEADLINE, LEAD, caption, BODY))
        labels = {line.text: line.label for line in result.lines}
        assert labels[caption] == CAPTION, caption
        assert caption not in result.paragraphs
        assert result.paragraphs == [LEAD, BODY]


def test_caption_with_its_credit_does_not_open_the_body():
    caption = "Các đại biểu dự lễ khởi công dự án đường cao tốc tại điểm cầu tỉnh Bà Rịa - Vũng Tàu. (Ảnh: Hải Quân) |"
    result = classify_lines(_page(HEADLINE, caption, LEAD, BODY))
    assert result.title == HEADLINE
    assert result.paragraphs == [LEAD, BODY]


def test_a_sentence_about_a_photo_stays_body():
    line = "Những bức ảnh gắn với các bước ngoặt quan trọng trong cuộc kháng chiến được trưng bày tại bảo tàng tỉnh."
    result = classify_lines(_page(HEADLINE, LEAD, line, BODY))
    assert line in result.paragraphs


def test_initials_in_capitals_sign_the_article():
    assert parse_byline("HG") == (["HG"], False)
    assert parse_byline("VT.") == (["VT"], False)
    assert parse_byline("HYTV") == (["HYTV"], False)
    result = classify_lines(_page(HEADLINE, LEAD, BODY, "PL"))
    assert result.authors == ["PL"]


def test_acronyms_of_agencies_and_nameless_credits_are_no_authors():
    for credit in ("TTXVN", "VOV", "VGP", "ST", "UBND"):  # (a staff credit, `PV`, signs as the author: test_s19_page)
        byline = read_byline(credit)
        assert byline is not None and byline.names == (), credit
    found = split_glued_byline("Máy cũng có hai phiên bản với bộ nhớ trong 32GB và 64GB. TTXVN")
    assert found is not None and found[1].names == () and found[1].sources == ("TTXVN",)


def test_weekday_without_time_above_the_headline_is_the_page_clock():
    result = classify_lines(_page("Thứ tư, 08/02/2023", HEADLINE, LEAD, BODY))
    assert result.title == HEADLINE
    assert result.published is None


def test_date_with_time_above_the_headline_and_its_zone_line():
    result = classify_lines(_page("Thứ Năm, 17/08/2017 19:40", "(GMT+7)", HEADLINE, LEAD, BODY, "HG"))
    assert result.title == HEADLINE
    assert result.published is not None and result.published.startswith("2017-08-17T19:40")
    assert result.authors == ["HG"]
    zone = next(line for line in result.lines if line.text == "(GMT+7)")
    assert zone.label == META


def test_clock_above_and_the_date_under_the_headline():
    result = classify_lines(_page("Thứ 3, Ngày 16/07/2024 -", HEADLINE, "Ngày đăng: 08/07/2024 11:38", LEAD, BODY))
    assert result.published is not None and result.published.startswith("2024-07-08")
