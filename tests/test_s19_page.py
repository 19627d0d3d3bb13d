"""The page head and cleaning on real web pages (round s19): staff credits as authors, the field row under the text,
the comment box's notice, the site footer's labels, photo credits closed by a stop, paragraphs the dump's cut leaves
open. Sentences from baomoi articles (/work/baomoi-dev) and the shapes of provincial portals."""

from __future__ import annotations

import pytest

from core.clean.byline import read_byline, split_glued_byline
from core.clean.chrome import match_chrome
from core.clean.lines import (
    BODY,
    BYLINE,
    CAPTION,
    CHROME,
    META,
    _is_credited_caption,
    classify_lines,
)

HEADLINE = "Huyện Hương Khê tổng kết công tác phòng chống thiên tai năm 2016"
LEAD = ("Sáng 6/2, UBND huyện Hương Khê tổ chức hội nghị tổng kết công tác phòng chống thiên tai, tìm kiếm cứu nạn "
        "năm 2016 và triển khai nhiệm vụ năm 2017.")
BODY_TEXT = ("Năm 2016, trên địa bàn huyện đã xảy ra nhiều đợt mưa lớn gây thiệt hại về người và tài sản, ảnh hưởng "
             "đến đời sống của nhân dân các xã vùng thấp trũng.")

MORE_TEXT = ("Hội nghị đã đề ra các giải pháp chủ động ứng phó với thiên tai trong năm 2017, nhất là công tác thông tin, "
             "cảnh báo sớm và sơ tán dân ở các vùng nguy hiểm.")


def _page(*lines: str, end: str = "\n") -> str:
    return "\n\n".join(lines) + end


# 22527744: `… đã có mặt xử lý vụ tai nạn. PV`; 22269433: `… đúng phút cuối trận. Nhóm PV`; 21511471: `… CTV`.
@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("… Đội CSGT đường mòn Hồ Chí Minh đã có mặt xử lý vụ tai nạn. PV", ["PV"]),
        ("… đưa bóng đập mép trong cột dọc vào lưới U20 Argentina đúng phút cuối trận. Nhóm PV", ["Nhóm PV"]),
        ("… phần mềm hỗ trợ yêu cầu THA trực tuyến trên Trang thông tin điện tử của Cục THADS. CTV", ["CTV"]),
        ("… sự việc xảy ra có thể do mâu thuẫn tình cảm. PV/VOV.VN", ["PV"]),
    ],
)
def test_staff_credit_signing_the_article_is_its_author(paragraph, names):
    found = split_glued_byline(paragraph)
    assert found is not None and list(found[1].names) == names


def test_staff_credit_beside_a_name_or_after_theo_is_no_author():
    byline = read_byline("Như Anh - CTV")  # 22599008: the writer's role
    assert byline is not None and byline.names == ("Như Anh",)
    found = split_glued_byline("… Chi cục trưởng Chi cục Thủy sản. Theo Nhóm PV (Báo Hà Tĩnh)")  # 21486561
    assert found is not None and found[1].names == () and found[1].sources == ("Báo Hà Tĩnh",)


def test_staff_credit_on_its_own_line_under_the_headline():
    result = classify_lines(_page(HEADLINE, "PV.", LEAD, BODY_TEXT))
    assert result.authors == ["PV"] and result.title == HEADLINE


def test_field_row_under_the_text_gives_date_and_writer():
    result = classify_lines(_page(HEADLINE, LEAD, BODY_TEXT, MORE_TEXT, "  • 20/07/2023 09:14", "  • Ngọc Tuấn", "  • 3277", end=""))
    assert result.published is not None and result.published.startswith("2023-07-20")
    assert result.authors == ["Ngọc Tuấn"]
    labels = [line.label for line in result.lines[-3:]]
    assert labels == [META, BYLINE, CHROME]


def test_clock_under_the_text_without_a_bulleted_writer_is_the_page_clock():
    result = classify_lines(_page(HEADLINE, LEAD, BODY_TEXT, MORE_TEXT, "20/07/2023 09:14", "Ngọc Tuấn"))
    assert result.published is None
    result = classify_lines(_page(HEADLINE, LEAD, "• 20/07/2023 09:14", "• Ngọc Tuấn", BODY_TEXT))
    assert result.authors == []  # more prose below: not the row of the article's fields


def test_comment_box_notice_ends_the_article():
    notice = ("LƯU Ý: BDO sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. BDO hoan nghênh những ý kiến khách quan, "
              "có tính xây dựng và có quyền không sử dụng những ý kiến cực đoan không phù hợp. Vui lòng gõ tiếng việt "
              "có dấu, cám ơn sự đóng góp của bạn đọc.")
    found = match_chrome(notice)
    assert found is not None and found.role == "end"
    result = classify_lines(_page(HEADLINE, LEAD, BODY_TEXT, "HỒ VĂN", "Chia sẻ bài viết", notice,
                                  "Gửi file đính kèm không quá 10MB Đính kèm File", "Quay lên trên"))
    assert result.authors == ["HỒ VĂN"]
    assert result.paragraphs == [LEAD, BODY_TEXT]
    assert match_chrome("Lưu ý: Sở sẽ duyệt các ý kiến trước khi trình UBND tỉnh.") is None  # a sentence of the text


@pytest.mark.parametrize(
    "line",
    [
        "Bản quyền thuộc UBND huyện Phù Mỹ",
        "Giấy phép số 46/GP-STTTT ngày 12/3/2019",
        "Tổng biên tập: Nguyễn Văn An",
        "Chịu trách nhiệm nội dung: Trưởng ban biên tập",
        "Cơ quan chủ quản: UBND tỉnh Bình Định",
        "© 2019 Báo Bình Dương",
    ],
)
def test_site_footer_lines(line):
    found = match_chrome(line)
    assert found is not None and found.kind == "footer"


@pytest.mark.parametrize(
    "line",
    [
        # 21487823, 21512343: a headline and a lead on driving licences
        "Giấy phép lái xe bị mất, hết hạn phải làm sao? (P.2)",
        "Giấy phép lái xe tạm thời của nước ngoài, giấy phép lái xe quốc tế, giấy phép lái xe bị tẩy xóa, rách nát… "
        "sẽ không thuộc diện được đổi giấy phép lái xe.",
        "Tổng biên tập Báo Nông nghiệp Việt Nam Nguyễn Ngọc Thạch chia sẻ, sự kiện sắp tới sẽ có một trung tâm báo chí.",
        "Tổng biên tập Lê Văn An phát biểu tại hội nghị.",
        "Bản quyền phần mềm đang bị vi phạm ở nhiều doanh nghiệp.",
    ],
)
def test_footer_labels_opening_a_sentence_are_not_the_footer(line):
    assert match_chrome(line) is None


def test_photo_credit_closed_by_a_stop_under_a_one_sentence_caption():
    caption = "Chủ nhiệm Ủy ban Công tác đại biểu Nguyễn Thanh Hải. Ảnh: Media Quốc hội."
    assert _is_credited_caption(caption, len(caption.split()))
    glued = "Trong đó, có 12 dự án nông nghiệp. Ông Trần Văn Nam tại buổi họp báo. Ảnh: Minh Khang."
    assert not _is_credited_caption(glued, len(glued.split()))
    result = classify_lines(_page(HEADLINE, LEAD, caption, BODY_TEXT))
    assert [line.label for line in result.lines if line.text == caption] == [CAPTION]


@pytest.mark.parametrize(
    "cut",
    ["Đại hội đã bầu 21 đồng chí tham gia Ban Chấp hành Hội LHPN huyện nhiệm kỳ 2021 - ",
     "Với chủ đề “Tăng cường xây dựng Đảng "],
)
def test_paragraph_the_cut_leaves_open_before_a_space(cut):
    result = classify_lines(_page(HEADLINE, LEAD, BODY_TEXT, end="\n\n") + cut)
    assert result.lines[-1].label == BODY and result.paragraphs[-1] == cut.strip()


def test_short_line_closed_at_the_dump_end_by_a_space_stays_a_caption():
    result = classify_lines(_page(HEADLINE, LEAD, BODY_TEXT, end="\n\n") + "Toàn cảnh hội nghị ")
    assert result.lines[-1].label == CAPTION


def test_clip_caption_amid_the_text():
    video = "Video: Mưa lớn khiến nhà dân ở Đà Nẵng ngập sâu."
    result = classify_lines(_page(HEADLINE, LEAD, video, BODY_TEXT))
    assert [line.label for line in result.lines if line.text == video] == [CAPTION]
    assert video not in result.paragraphs


def test_page_whose_text_is_the_clip_caption_keeps_it():
    # 21478681: the headline, then the clip's caption as the whole text
    video = "Video: Những pha lừa bóng qua người đẳng cấp nhất của các cầu thủ hàng đầu thế giới."
    result = classify_lines(_page("Những pha lừa bóng qua người đẳng cấp nhất", video))
    assert result.paragraphs == [video]


def test_headline_restated_by_the_lead_under_the_date():
    notice = "Thông báo về việc tổ chức Triển lãm quốc tế lần thứ nhất về công nghiệp hỗ trợ năm 2020"
    headline = "Sở Công Thương tổ chức Hội nghị Sơ kết công tác 6 tháng đầu năm 2021."
    lead = ("Chiều 30/6, Sở Công Thương tổ chức Hội nghị Sơ kết công tác 6 tháng đầu năm 2021 và phương hướng nhiệm "
            "vụ 6 tháng cuối năm 2021.")
    result = classify_lines(_page(notice, "Thời gian: 30/06/2021 18:00", headline, lead, BODY_TEXT))
    assert result.title == headline
    assert result.published is not None and result.published.startswith("2021-06-30")
    assert result.paragraphs == [lead, BODY_TEXT]


def test_first_paragraph_under_the_date_that_the_next_does_not_restate_is_the_lead():
    first = "Hội nghị đã thống nhất các giải pháp trọng tâm cho 6 tháng cuối năm."
    result = classify_lines(_page(HEADLINE, "30/06/2021 18:00", first, LEAD, BODY_TEXT))
    assert result.title == HEADLINE and result.paragraphs[0] == first


def test_speech_caption_without_its_stop_and_with_a_year_in_the_title():
    caption = ("Đồng chí Đỗ Văn Bình – Huyện ủy viên, Phó Chủ tịch UBND huyện, Trưởng Tiểu Ban cứu hộ, cứu nạn và tuyên "
               "truyền năm 2018 phát biểu tại cuộc họp")
    result = classify_lines(_page(HEADLINE, LEAD, caption, BODY_TEXT))
    assert [line.label for line in result.lines if line.text == caption] == [CAPTION]
    said = "Ngày 6/6/2018, đồng chí Đỗ Văn Bình, Phó Chủ tịch UBND huyện phát biểu tại cuộc họp."
    result = classify_lines(_page(HEADLINE, LEAD, said, BODY_TEXT))
    assert said in result.paragraphs


def test_a_home_link_above_the_headline_is_no_section():
    from core.clean.lines import classify_lines

    page = "\n".join([
        "home",
        "",
        "Va chạm với xe tải, người đi xe máy thiệt mạng",
        "",
        "13:08 | 15/04/2018",
        "Một người đi xe máy trong lúc lái xe từ TP Hồ Chí Minh về Đồng Nai đã va chạm với xe tải và tử vong tại chỗ.",
        "",
        "Vụ tai nạn xảy ra trên quốc lộ 1 vào khoảng 11h ngày 14/4, lực lượng chức năng đã có mặt để điều tra.",
    ])
    result = classify_lines(page)
    assert result.title == "Va chạm với xe tải, người đi xe máy thiệt mạng"
    assert result.section is None
