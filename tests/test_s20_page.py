"""Line cleaning of real page dumps, round s20: photo credits glued to a paragraph by the crawl, and captions in the
shape of a sentence. Sentences are taken from baomoi-dev articles (the file is named above each)."""

from core.clean.lines import BODY, CAPTION, classify_lines

# baomoi-dev 22695921: a long last paragraph, the writer and the photo's credit glued after its last sentence
LONG_PARA = (
    "Trước đó, cảnh sát địa phương đã xảy ra va chạm với những người biểu tình gần nơi sẽ diễn ra hội nghị. Cảnh sát "
    "đã phải dùng vòi rồng và hơi cay để giải tán hàng trăm người biểu tình mặc đồ đen, sau khi họ ném chai lọ vào lực "
    "lượng thực thi pháp luật. Gần 75 cảnh sát đã bị thương, trong đó 3 người phải nhập viện điều trị. Những người biểu "
    "tình đã phá hủy xe cộ, đốt cháy nhiều vật dụng trên đường và ném chai lọ về phía lực lượng an ninh. Một số hình "
    "ảnh về cuộc đụng độ tại Humburg."
)
# baomoi-dev 21468795
LEAD = (
    "Chiều 5.2, bà Vũ Thị Tân, chủ Cơ sở mầm non Sen Vàng (P.Minh Khai, Q.Hai Bà Trưng, Hà Nội), cho biết đã chấm dứt "
    "hợp đồng lao động với 2 cô giáo mầm non có hành vi bạo hành trẻ em tại cơ sở này."
)
# baomoi-dev 22237003
CAPTION_LINE = "Tân Bí thư Thành ủy TPHCM Nguyễn Thiện Nhân thắp hương trước tượng đài Bác Hồ. Ảnh: Zing"


def _labels(raw: str) -> list[tuple[str, str]]:
    return [(line.label, line.text) for line in classify_lines(raw).lines]


def test_credit_glued_after_the_last_sentence_comes_off():
    result = classify_lines(LEAD + "\n" + LONG_PARA + " Dương Lâm - Ảnh: Reuters\n")
    assert result.paragraphs == [LEAD, LONG_PARA]  # (the writer comes off as the byline)
    assert (CAPTION, "Ảnh: Reuters") in _labels(LEAD + "\n" + LONG_PARA + " Dương Lâm - Ảnh: Reuters\n")
    assert result.authors == ["Dương Lâm"]


def test_credit_without_colon_glued_after_a_stop_comes_off():
    result = classify_lines(LEAD + "\n" + LONG_PARA + " Ảnh BD\n")
    assert result.paragraphs == [LEAD, LONG_PARA]


def test_sentence_opening_on_anh_huong_is_no_credit():
    para = LONG_PARA + " Ảnh hưởng lớn nhất là các hộ kinh doanh nhỏ"
    assert classify_lines(LEAD + "\n" + para + "\n").paragraphs == [LEAD, para]


def test_short_paragraph_closed_by_a_credit_keeps_it():
    # a short paragraph is the caption (or the body line) it has always been: only long prose loses its credit
    line = "Trong đó, có 12 dự án nông nghiệp. Ông Trần Văn Nam tại buổi họp báo. Ảnh: Minh Khang."
    assert line in classify_lines(LEAD + "\n" + line + "\n" + LONG_PARA + "\n").paragraphs


def test_caption_and_credit_glued_before_the_lead_come_off():
    raw = CAPTION_LINE + LEAD + "\n" + LONG_PARA + "\n"
    labels = _labels(raw)
    assert classify_lines(raw).paragraphs == [LEAD, LONG_PARA]
    assert all(label != BODY for label, text in labels if text == CAPTION_LINE)


def test_brand_in_capitals_after_a_credit_is_no_glue():
    # baomoi-dev 22652303: `Ảnh:The New YorkTimes 7-Eleven …` and 22329759 `Ảnh: VFF Đại diện VPMilk …`
    for line in (
        "Giới trẻ Indonesia thích đến 7-Eleven để hẹn hò và dùng wifi miễn phí. Ảnh:The New YorkTimes 7-Eleven từng "
        "đạt được những thành công nhất định tại Indonesia, khai trương cửa hàng đầu tiên vào năm 2009.",
        "Đại diện VPMilk trao quà cho HLV Hoàng Anh Tuấn. Ảnh: VFF Đại diện VPMilk trao tận tay HLV Hoàng Anh Tuấn "
        "phần quà khích lệ tinh thần U20 Việt Nam trước thềm giải đấu lớn.",
    ):
        assert line in classify_lines(LEAD + "\n" + line + "\n" + LONG_PARA + "\n").paragraphs


def _act_caption(text: str) -> bool:
    from core.clean.lines import Line, _features, _is_act_caption

    return _is_act_caption(_features(Line(text=text)))


def test_signing_before_the_camera_is_a_caption():
    # baomoi-dev 22598913, 22529628, 22691922
    assert _act_caption("Chủ tịch Tổng Liên đoàn Lao động Việt Nam Bùi Văn Cường và Tổng Giám đốc Thông tấn xã Việt Nam "
                        "Nguyễn Đức Lợi ký kết chương trình phối hợp.")
    assert _act_caption("Tổng Giám đốc Thông tấn xã Việt Nam Nguyễn Đức Lợi và Tổng Giám đốc Hãng thông tấn Algeria "
                        "Abdelhamid Kacha ký kết Thỏa thuận hợp tác.")
    assert _act_caption("Đồng chí Nguyễn Đức Lợi, Ủy viên Trung ương Đảng, Tổng Giám đốc TTXVN và đồng chí Nguyễn Thị Thu "
                        "Hà, Ủy viên Trung ương Đảng, Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam ký kết chương "
                        "trình phối hợp hoạt động.")


def test_signing_told_by_the_writer_stays_body():
    # baomoi-dev 22516423 (a wish), 22732197 (a date), 21494293 (a linking word), 21491270 (a tense word)
    assert not _act_caption("Ông Sergei Shoigu đề nghị ký kết Kế hoạch hợp tác quân sự giai đoạn 2017 - 2020 giữa hai nước.")
    assert not _act_caption("Trung Quốc và Djibouti ký kết Thỏa thuận An ninh Quốc phòng vào năm 2014.")
    assert not _act_caption("Tuy nhiên, chính sách này ảnh hưởng đến du khách muốn đi du lịch Mỹ nhiều lần hoặc những người "
                            "đi công tác, làm ăn, ký kết hợp đồng, thăm thân nhân thường xuyên.")
    assert not _act_caption("Capitaland Việt Nam và Công ty Toong vừa ký kết thỏa thuận trở thành đối tác chiến lược.")


def _speech_caption(text: str) -> bool:
    from core.clean.lines import Line, _features, _is_speech_caption

    return _is_speech_caption(_features(Line(text=text)))


def test_speech_caption_with_more_words_after_the_event():
    # baomoi-dev 22325897, 22578324, 22301497, 22598523
    assert _speech_caption("Phó Thủ tướng Vương Đình Huệ phát biểu tại buổi làm việc với Bộ Y tế.")
    assert _speech_caption("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu bế mạc kỳ họp thứ ba của Quốc hội.")
    assert _speech_caption("Tổng giám đốc Tập đoàn Dầu khí Việt Nam (PVN) Nguyễn Vũ Trường Sơn phát biểu.")
    assert _speech_caption("Bà Phạm Khánh Phong Lan phát biểu trong lễ ký kết phối hợp.")


def test_speech_told_by_the_writer_stays_body():
    # baomoi-dev 22296024, 22460916; a sentence that says what was said or when
    assert not _speech_caption("Chỗ nào phải dự thì tốt nhất là không có dresscode, không chụp hình, không thảm đỏ, được "
                               "ngồi sau và không lên sân khấu phát biểu.")
    assert not _speech_caption("Thủ tướng Nguyễn Xuân Phúc phát biểu tại Hội nghị xúc tiến đầu tư Việt Nam được tổ chức "
                               "tại Tokyo (Nhật Bản).")
    assert not _speech_caption("Tại hội nghị, Chủ tịch UBND tỉnh phát biểu tại buổi làm việc với các sở ngành.")
    assert not _speech_caption("Ông Nguyễn Văn Tùng phát biểu tại cuộc họp sáng 9/3.")
