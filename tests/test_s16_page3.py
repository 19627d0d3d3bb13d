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


# baomoi-dev 22695567, 22353081: captions whose credit is initials or follows a bracket
def test_credit_in_initials_or_a_bracket_makes_a_caption() -> None:
    from core.clean.lines import _is_credited_caption

    for text in (
        "Cựu binh chế độ cũ ông Lê Công Hoàng (giữa) người đã đưa các liệt sĩ vào hai ngôi mộ. Ảnh: T.N.A.",
        "Bà Oxana Abovskaya, đại diện Quỹ hỗ trợ kĩ thuật của EU cho Việt Nam phát biểu tại Hội thảo (Ảnh: TTXVN).",
        "Hiện trường vụ tai nạn - Ảnh: N.Đ.N.",
        "Nhà dân bị ngập chìm trong biển nước. (Ảnh: baolamdong.vn)",
        "Toàn cảnh buổi tọa đàm tại Bến Nhà Rồng - Ảnh Trung Anh.",
        "Ngành thủy sản có thể chạm mốc 10 tỷ USD như kỳ vọng. Ảnh minh họa.",
    ):
        assert _is_credited_caption(text, text.count(" ") + 1), text
    # a credit glued to the end of a paragraph, closed by the paragraph's own full stop, stays body
    glued = (  # baomoi 22697121
        "Cán bộ và người dân Đồng Tâm trong diện được mời có mặt tại hội trường UBND huyện từ sớm. Chủ tịch UBND "
        "Hà Nội Nguyễn Đức Chung về Mỹ Đức dự buổi công bố dự thảo kết luận thanh tra. Ảnh: Thắng Quang."
    )
    assert not _is_credited_caption(glued, glued.count(" ") + 1)


def test_credited_caption_between_paragraphs_is_dropped() -> None:
    caption = "Hiện trường vụ tai nạn - Ảnh: N.Đ.N."
    labels = _labels(f"{LEAD}\n{caption}\n{PARA}\n")
    assert labels[caption] == "C"
    assert labels[PARA] == "B"


# baomoi-dev 22387720, 22702838, 22324990, 22558955: a speech at the event as a caption, and the
# writer's sentences of the same words
def test_speech_at_the_event_is_a_caption() -> None:
    for caption in (
        "Ông Lê Quốc Doanh, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn phát biểu tại hội nghị.",
        "Đại tướng Ngô Xuân Lịch phát biểu kết luận buổi làm việc.",
        "TS. Phùng Danh Thắng, Phó Hiệu trưởng thường trực, phát biểu khai mạc buổi lễ.",
        "Phó Thủ tướng Vương Đình Huệ chụp ảnh lưu niệm với Hoàng hậu Hà Lan Maxima.",  # baomoi-dev 22432754
        "Các đại biểu tham dự Đối thoại chụp ảnh lưu niệm.",  # baomoi-dev 22275688
    ):
        labels = _labels(f"{LEAD}\n{caption}\n{PARA}\n")
        assert labels[caption] == "C", caption
        assert labels[PARA] == "B"
    for body in (
        "Thay mặt Lãnh đạo Đảng, Nhà nước, Chủ tịch nước Trần Đại Quang tới dự và phát biểu tại buổi lễ.",
        "Cuối buổi, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu bế mạc kỳ họp.",
        "Sáng 24/6, Bí thư thứ nhất Trung ương Đoàn Lê Quốc Phong phát biểu tại hội nghị.",
        "Bộ trưởng Nguyễn Ngọc Thiện đã phát biểu tại buổi lễ.",
        "Khi Mhatre định hôn lên đầu rắn để chụp ảnh lưu niệm thì bị nó bất ngờ quay lại cắn vào ngực.",
    ):
        assert _labels(f"{LEAD}\n{body}\n{PARA}\n")[body] == "B", body


TITLE = "Khắc phục những yếu kém trong công tác quản lý cán bộ"  # baomoi-dev 22446428


def test_headline_ending_on_its_stamp_after_a_crawler_date() -> None:
    result = classify_lines(f" date 2017-06-03 {TITLE} 03/06/2017 15:47\n\n{LEAD}\n\n{PARA}\n")
    assert result.title == TITLE
    assert result.published is not None and result.published.startswith("2017-06-03")
    assert result.paragraphs == [LEAD, PARA]


def test_lead_trailing_off_under_headline_and_date_is_not_a_headline() -> None:
    lead = LEAD[:-1] + "…"
    result = classify_lines(
        f"Trang chủ > {TITLE}\n\n{TITLE}\n\n03/06/2017 19:59:25\n\n{lead}\n\nToàn cảnh hội nghị\n\n{PARA}\n"
    )
    assert result.title == TITLE
    assert result.published is not None and result.published.startswith("2017-06-03")
    assert result.paragraphs == [lead, PARA]


def test_view_counter_with_its_label_twice_is_chrome() -> None:
    from core.clean.chrome import match_chrome

    for line in ("• Lượt xem: 5547 lượt xem", "Số lượt xem: 1.234 lượt xem"):
        found = match_chrome(line)
        assert found is not None and found.kind == "views", line
    assert match_chrome("Đã có 5000 lượt xem video này") is None
    result = classify_lines(f"{TITLE}\n  • Cập nhật: 19/11/2020\n  • Lượt xem: 5547 lượt xem\n\n{LEAD}\n{PARA}\n")
    assert result.title == TITLE and result.published == "2020-11-19"
    assert result.paragraphs == [LEAD, PARA]


# baomoi-dev 22733724, 22410386, 21494882: a line that points into the photo
def test_a_place_in_the_photo_makes_a_caption() -> None:
    for caption in (
        "CEO Bkav Nguyễn Tử Quảng (giữa) trong bàn bạc với nhà phân phối bán lẻ.",
        "Tổng thống Emmanuel Macron (trái) và Tổng thống Putin (phải) tại lễ đón ở Paris.",
        "Lê Ngọc Trọng (bên trái) trong một lần đón đoàn công tác của Sở Y tế Hải Phòng.",
    ):
        labels = _labels(f"{LEAD}\n{caption}\n{PARA}\n")
        assert labels[caption] == "C", caption
        assert labels[PARA] == "B"
    for body in (
        "Ông Arkhom (phải) cho biết Thái Lan đang lên kế hoạch đề xuất phía Nhật Bản chung vai góp vốn đầu tư.",
        "Tổng thống Nga Putin (trái) và Tổng thống Mỹ Trump gặp nhau lần đầu. Hai bên đã trao đổi nhiều vấn đề.",
    ):
        assert _labels(f"{LEAD}\n{body}\n{PARA}\n")[body] == "B", body


# baomoi-dev 21472415, 21486686: a headline closed with a full stop
def test_first_line_headline_with_a_full_stop() -> None:
    title = "Xe buýt nhanh BRT trong ngày đầu thu tiền vé."
    lead = ("Sáng 6/2, hệ thống xe buýt nhanh BRT qua thời gian chạy thử nghiệm và miễn phí vé đã chính thức "
            "thu tiền vé đối với hành khách.")
    result = classify_lines(f"{title}\n{lead}\n{PARA}\n")
    assert result.title == title
    assert result.paragraphs == [lead, PARA]
    # a short lead at the top of a dump without a headline stays the body
    short = "Sáng 7/2, bà Vũ Thị Tân đã ký đơn xin giải thể trường."
    assert classify_lines(f"{short}\n{lead}\n{PARA}\n").paragraphs[0] == short


def test_breadcrumb_without_home_crumb_is_chrome() -> None:
    from core.clean.chrome import match_chrome

    found = match_chrome("> Tin tức - Sự kiện > Tin hoạt động HĐND > Phát biểu khai mạc của Chủ tọa tại Kỳ họp thứ Chín")
    assert found is not None and found.kind == "breadcrumb"
    assert match_chrome("Giá trị x > 5 và y > 3 thì được") is None


def test_speech_address_lines_are_body() -> None:
    headline = "Phát biểu khai mạc của Chủ tọa tại Kỳ họp thứ Chín, Hội đồng nhân dân tỉnh khóa XII"
    first = "Thưa các vị đại biểu Quốc hội, các vị đại biểu Hội đồng nhân dân tỉnh, các vị đại biểu tham dự Kỳ họp,"
    second = "Thưa toàn thể cử tri và Nhân dân trong tỉnh,"
    result = classify_lines(
        f"> Tin tức - Sự kiện > Tin hoạt động HĐND > {headline}\n{headline}\n07/12/2022\n{first}\n{second}\n{LEAD}\n"
        f"Kính thưa các vị đại biểu,\n{PARA}\n"
    )
    assert result.title == headline and result.published == "2022-12-07"
    assert result.paragraphs == [first, second, LEAD, "Kính thưa các vị đại biểu,", PARA]


def test_paragraph_cut_by_the_dump_end_is_body() -> None:
    cut = "Chiều cùng ngày, Bệnh viện đa khoa Đồng Nai xá"
    result = classify_lines(f"{TITLE}\n{LEAD}\n{PARA}\n{cut}")
    assert result.paragraphs == [LEAD, PARA, cut]
    # a dump saved whole (a newline or a space at its end) keeps its last caption a caption
    caption = "Nguồn video: Facebook"
    for end in ("\n", " "):
        assert classify_lines(f"{TITLE}\n{LEAD}\n{PARA}\n{caption}{end}").paragraphs == [LEAD, PARA]
    # the writer's signature at the cut end is not a paragraph
    assert classify_lines(f"{TITLE}\n{LEAD}\n{PARA}\nPhùng Vị – HND tỉnh").paragraphs == [LEAD, PARA]


# baomoi-dev 22708670: a paragraph broken after its comma; web dumps: a lead the site cut after a comma
def test_long_line_ending_on_a_comma_is_not_a_caption() -> None:
    broken = "Nhân dịp kỷ niệm 57 năm ngày thành lập ngành du lịch Việt Nam (9.7.1960 - 9.7.2017), Tổng cục Du lịch phối hợp tổ chức,"
    assert _labels(f"{TITLE}\n{LEAD}\n{broken}\n{PARA}\n")[broken] == "B"
    lead = ("Đêm 30-4 và rạng sáng 1-5, trên địa bàn nhiều tỉnh phía Bắc đã xảy ra mưa to và lốc xoáy gây thiệt "
            "hại nặng,")
    result = classify_lines(f"Mưa, lốc gây thiệt hại nhiều nơi\n\n{lead}\n\n{PARA}\n")
    assert result.title == "Mưa, lốc gây thiệt hại nhiều nơi"
    assert result.paragraphs == [lead, PARA]


def test_caption_in_a_table_cell_is_a_caption() -> None:
    cell = "Tham dự Đại hội có 980 đại biểu ưu tú đại diện cho 22 triệu đoàn viên, thanh niên |"
    labels = _labels(f"{TITLE}\n{LEAD}\n{cell}\n{PARA}\n")
    assert labels[cell] == "C" and labels[PARA] == "B"


def test_signature_with_the_body_signed_for() -> None:
    from core.clean.byline import read_byline

    found = read_byline("Phùng Vị – HND tỉnh")
    assert found is not None and found.names == ("Phùng Vị",) and found.sources == ("HND tỉnh",)
    found = read_byline("Lữ Nhiên Hương - Đảng ủy Khối CCQ và DN tỉnh")
    assert found is not None and found.names == ("Lữ Nhiên Hương",)
    found = read_byline("Trần Hoàng - Trường Phong")  # baomoi-dev 22405805: two writers
    assert found is not None and found.names == ("Trần Hoàng", "Trường Phong")
    assert read_byline("Ông Nguyễn Văn A - Sở Y tế cho biết thêm về việc này") is None
    result = classify_lines(f"{TITLE}\n{LEAD}\n{PARA}\n\nPhùng Vị – HND tỉnh\n")
    assert result.authors == ["Phùng Vị"] and result.paragraphs == [LEAD, PARA]
