"""The page's captions and head on sites vnmeet had not seen (s18 page5): a caption printed twice (the picture's own
text, then the caption under it), the short sentence about the delegates or the picture, a caption whose gift is named
in quotes, a sentence that goes on to what was done next (no caption), a star-rating widget above the text, a writer
signing for a body with no dash between. The lines are written in the manner of the web sets' raw pages (not copied from
a gold file). Each test checks what is kept, dropped or read."""
from core.clean.byline import read_undashed_signature
from core.clean.chrome import match_chrome
from core.clean.lines import BODY, BYLINE, CAPTION, classify_lines

LEAD = ("Trong 2 ngày (18 - 19/7), Hội Cựu chiến binh huyện Chợ Mới tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ "
        "2022 – 2027.")
SECOND = ("Nhiệm kỳ 2017 - 2022, Hội thực hiện có hiệu quả phong trào giúp nhau giảm nghèo, làm kinh tế giỏi, bằng "
          "nguồn vốn vay ưu đãi và vốn tự có của hội viên.")
THIRD = ("Nhiệm kỳ 2022 – 2027, Hội Cựu chiến binh huyện đề ra các chỉ tiêu cụ thể: phấn đấu hằng năm kết nạp 30 hội "
         "viên mới trở lên.")


def _labels(*lines: str) -> dict[str, str]:
    result = classify_lines("\n".join(lines))
    return {line.text: line.label for line in result.lines}


def test_a_caption_printed_twice_is_dropped_both_times():
    labels = _labels(
        "Hội Cựu chiến binh huyện Chợ Mới tổ chức Đại hội đại biểu lần thứ VI", LEAD,
        "Các đại biểu bỏ phiếu bầu Ban chấp hành khóa mới.", "Các đại biểu bỏ phiếu bầu Ban Chấp hành khóa mới.",
        SECOND,
        "Ban Chấp hành khóa mới ra mắt Đại hội", "Ban Chấp hành khóa mới ra mắt Đại hội.",
        THIRD)
    assert labels["Các đại biểu bỏ phiếu bầu Ban chấp hành khóa mới."] == CAPTION
    assert labels["Các đại biểu bỏ phiếu bầu Ban Chấp hành khóa mới."] == CAPTION
    assert labels["Ban Chấp hành khóa mới ra mắt Đại hội."] == CAPTION
    assert labels[SECOND] == BODY and labels[THIRD] == BODY


def test_a_caption_taken_up_by_a_longer_caption_under_it():
    labels = _labels(
        "Lễ Khai giảng đặc biệt chào năm học mới 2025 – 2026",
        "Hòa chung không khí của gần 30 triệu học sinh, sinh viên cả nước bước vào năm học mới, ngày 05/9/2025, "
        "Trường Quốc tế đã long trọng tổ chức Lễ Khai giảng năm học 2025 – 2026.",
        "Trường Quốc tế tiếp sóng Lễ Khai giảng của Bộ GD&ĐT",
        "Trường Quốc tế tổ chức tiếp sóng Lễ Khai giảng của Bộ Giáo dục và Đào tạo.",
        "Điểm đặc biệt của lễ khai giảng năm nay là sự kiện được kết hợp với kỷ niệm 80 năm thành lập Bộ Quốc gia "
        "Giáo dục, gợi nhắc truyền thống vẻ vang của ngành.")
    assert labels["Trường Quốc tế tổ chức tiếp sóng Lễ Khai giảng của Bộ Giáo dục và Đào tạo."] == CAPTION


def test_a_subheading_and_the_paragraph_that_takes_up_its_words_stay():
    # the paragraph says what was done (`đã`) and where it stands in time: the writer's
    labels = _labels(
        "Khai trương Cổng Pháp luật quốc gia", LEAD,
        "Khai trương Cổng Pháp luật quốc gia",
        "Ngay trước Tọa đàm, Thủ tướng Chính phủ đã thực hiện nghi thức bấm nút khai trương Cổng Pháp luật quốc gia.",
        SECOND)
    assert labels["Ngay trước Tọa đàm, Thủ tướng Chính phủ đã thực hiện nghi thức bấm nút khai trương Cổng Pháp luật "
                  "quốc gia."] == BODY


def test_two_statistics_sentences_alike_stay():
    labels = _labels(
        "Tình hình xuất khẩu tháng 7", LEAD,
        "Trong tháng 7 xuất khẩu đạt 17,67 tỷ USD, giảm 0,7% so với tháng trước.",
        "Trong tháng 7 nhập khẩu đạt 17,4 tỷ USD, giảm 3,8% so với tháng trước.", SECOND)
    assert labels["Trong tháng 7 xuất khẩu đạt 17,67 tỷ USD, giảm 0,7% so với tháng trước."] == BODY


def test_the_delegates_photo_sentence_is_a_caption():
    labels = _labels(
        "Huyện Tĩnh Gia tọa đàm kỷ niệm 90 năm Ngày thành lập Đảng", LEAD, "Hình ảnh tại lễ tọa đàm.", SECOND,
        "Các đại biểu tham dự.", THIRD)
    assert labels["Hình ảnh tại lễ tọa đàm."] == CAPTION
    assert labels["Các đại biểu tham dự."] == CAPTION


def test_a_short_sentence_on_what_the_delegates_did_stays():
    labels = _labels("Kỳ họp thứ hai HĐND huyện", LEAD, "Đại biểu đã thông qua 12 nghị quyết.", SECOND)
    assert labels["Đại biểu đã thông qua 12 nghị quyết."] == BODY


def test_a_gift_caption_with_a_movement_named_in_quotes():
    caption = ("Thiếu tướng Lê Tấn Tới, Thứ trưởng Bộ Công an trao Cờ thi đua cho các đơn vị xuất sắc trong phong trào "
               "thi đua “Vì an ninh Tổ quốc” năm 2020.")
    labels = _labels("Công an tỉnh tổng kết công tác năm 2020", LEAD, caption, SECOND)
    assert labels[caption] == CAPTION


def test_a_quote_of_speech_keeps_the_sentence():
    line = "Ông Nguyễn Văn A tặng hoa các đơn vị và nhắn nhủ “hãy giữ vững tinh thần”."
    labels = _labels("Công an tỉnh tổng kết công tác năm 2020", LEAD, line, SECOND)
    assert labels[line] == BODY


def test_a_sentence_that_goes_on_to_the_next_act_is_no_caption():
    line = ("Đón Tổng thống Donald Trump, Chủ tịch nước Trần Đại Quang tiến tới cửa xe bắt tay và tặng hoa cho Tổng thống "
            "trong tiết trời mưa nhẹ, sau đó tiến hành nghi thức đón chính thức.")
    labels = _labels("Lễ đón Tổng thống Hoa Kỳ", LEAD, line, SECOND)
    assert labels[line] == BODY


def test_a_star_rating_widget_is_chrome_not_the_headline():
    assert match_chrome("5/5 - (1 vote)") is not None
    assert match_chrome("4.8/5 - (12 bình chọn)") is not None
    assert match_chrome("Tăng 5/10 so với năm trước") is None
    result = classify_lines("\n".join([
        "Trường Cao đẳng Bách Khoa tổ chức Lễ Khai giảng năm học 2025-2026", "5/5 - (1 vote)",
        "Sáng ngày 5/9/2025, Trường Cao đẳng Bách Khoa long trọng tổ chức Lễ Khai giảng năm học mới 2025-2026 với sự "
        "tham dự của đông đảo giảng viên và sinh viên.", SECOND]))
    assert result.title == "Trường Cao đẳng Bách Khoa tổ chức Lễ Khai giảng năm học 2025-2026"


def test_a_writer_signing_for_a_body_without_a_dash():
    byline = read_undashed_signature("Hồng Mai Trung tâm TT/GDSK")
    assert byline is not None and byline.names == ("Hồng Mai",) and byline.sources == ("Trung tâm TT/GDSK",)
    assert read_undashed_signature("Bắc Ninh Hội Nghị Tổng Kết") is None  # a headline in title case: no acronym
    assert read_undashed_signature("Ông Nguyễn Văn An Sở GD&ĐT") is None
    result = classify_lines("\n".join([
        "Ngày 7.2, Đảng bộ Sở Y tế tổ chức Hội nghị Ban Chấp hành lần thứ 27 để triển khai nhiệm vụ năm mới.",
        "Hội nghị đã triển khai các văn bản của Tỉnh ủy, Ban Thường vụ Tỉnh ủy và kiểm điểm công tác tháng 1.",
        "Hồng Mai Trung tâm TT/GDSK"]))
    assert result.authors == ["Hồng Mai"]
    assert result.lines[-1].label == BYLINE


def test_a_caption_glued_to_the_paragraph_above_comes_off():
    paragraph = ("Sáng ngày 21/3/2014, tại Hội trường Sở Văn hóa, Thể thao và Du lịch, Liên đoàn Cờ tỉnh đã tổ chức Đại "
                 "hội lần thứ nhất. Ngoài ra còn có 45/50 đại biểu chính thức được triệu tập dự đại hội.")
    result = classify_lines("\n".join([
        "Đại hội Liên đoàn Cờ tỉnh lần thứ nhất", paragraph + "Đại biểu tham gia thảo luận nội dung đại hội", SECOND]))
    labels = {line.text: line.label for line in result.lines}
    assert labels[paragraph] == BODY
    assert labels["Đại biểu tham gia thảo luận nội dung đại hội"] == CAPTION
    assert "Đại biểu tham gia thảo luận" not in "\n".join(result.paragraphs)


def test_sentences_glued_inside_a_paragraph_stay():
    # the crawl's glue inside a paragraph: the tail is a sentence of its own (an end mark), or a source in brackets
    line = ("Phó Thủ tướng đề nghị các bộ, ngành khẩn trương hoàn thành phương án cổ phần hóa trong tháng này.Phó "
            "Thủ tướng yêu cầu Bộ Nông nghiệp tích cực triển khai để đảm bảo tiến độ.")
    labels = _labels("Cổ phần hóa Tổng công ty Lương thực", LEAD, line, SECOND)
    assert labels[line] == BODY


def test_a_gift_caption_that_describes_the_gift_at_length():
    caption = ("Chủ tịch UBND tỉnh Nguyễn Văn Sơn tặng Đại sứ Lào bức ảnh Chủ tịch Hồ Chí Minh và Hoàng thân "
               "Xu-pha-nu-vông trong thời gian diễn ra Đại hội II Đảng Cộng sản Đông Dương tại xã Kim Bình (Chiêm Hóa).")
    labels = _labels("Chủ tịch UBND tỉnh tiếp Đại sứ Lào tại Việt Nam", LEAD, caption, SECOND)
    assert labels[caption] == CAPTION


def test_a_caption_the_page_broke_in_two_lines():
    labels = _labels(
        "Chủ tịch UBND tỉnh tiếp Đoàn đại biểu Đại sứ quán Mông Cổ", LEAD,
        "Đại sứ đặc mệnh toàn quyền Mông Cổ tại Việt Nam tặng Chủ tịch UBND tỉnh Nguyễn Văn Sơn",
        "bức thư pháp chữ Mông Cổ.", SECOND)
    assert labels["Đại sứ đặc mệnh toàn quyền Mông Cổ tại Việt Nam tặng Chủ tịch UBND tỉnh Nguyễn Văn Sơn"] == CAPTION
    assert labels["bức thư pháp chữ Mông Cổ."] == CAPTION


def test_a_tag_pages_feed_link_is_chrome():
    assert match_chrome("Subscribe to sốt xuất huyết") is not None
    result = classify_lines("\n".join([
        "Một tuần thêm hơn 10.000 ca sốt xuất huyết",
        "Tính đến ngày 7/11, tích lũy từ đầu năm đến nay cả nước ghi nhận hơn 292.000 ca sốt xuất huyết, 112 ca tử "
        "vong.", "Subscribe to sốt xuất huyết"]))
    assert all("Subscribe" not in p for p in result.paragraphs)
