"""The 4 Dec twenty-eighth round: what audit56 (drawn blind last round, read this round) and audit57 found, each checked
on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article, named_people


# An emergency sitting named with its council and no `của` is the council's (22265189, 22334569).
def test_an_emergency_sitting_of_a_council_is_the_councils() -> None:
    text = ("Hàn Quốc họp khẩn\nSáng 14/5, Tổng thống Hàn Quốc Moon Jae-in đã triệu tập một cuộc họp khẩn cấp Hội đồng An "
            "ninh Quốc gia để thảo luận về vụ phóng tên lửa.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "cuộc họp"
    assert meeting.organizer == "Hội đồng An ninh Quốc gia"


# The day after the host of a sentence-opening `Làm việc với` closes the host's clause past a dotted abbreviation in
# the host's name (`lãnh đạo TP.HCM`, `H.Phúc Thọ`: 22734137, 21487898).
def test_a_working_session_whose_host_has_a_dotted_abbreviation() -> None:
    text = ("Bộ trưởng nói về sân golf\nQuân đội sẵn sàng thu hồi sân golf.\nLàm việc với lãnh đạo TP.HCM và Tổng công "
            "ty Tân cảng Sài Gòn sáng 12/7, Bộ trưởng Quốc phòng Ngô Xuân Lịch cho biết quân đội sẵn sàng thu hồi đất."
            "\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "buổi làm việc" and meeting.part_of_day == "sáng"
    assert [p.name for p in meeting.attendees] == ["Ngô Xuân Lịch"]


# A bracketed locality after an office's body, out to a province, is the office's (21484800, 21766215).
def test_a_bracketed_locality_after_an_offices_body_is_part_of_the_office() -> None:
    assert named_people("Ông Dương Văn Khái, Chủ tịch UBND xã Minh Đài (H.Tân Sơn, Phú Thọ), cho biết người dân đã vây bắt.") == [
        ("Dương Văn Khái", ["Chủ tịch UBND xã Minh Đài (H.Tân Sơn, Phú Thọ)"])]
    assert named_people("Bà Phạm Thị Tân, Hiệu trưởng trường mầm non Sen Vàng (Hai Bà Trưng – Hà Nội) cho biết.") == [
        ("Phạm Thị Tân", ["Hiệu trưởng trường mầm non Sen Vàng (Hai Bà Trưng – Hà Nội)"])]
    # (a bracket that ends on no province or country is no locality)
    assert named_people("Ông Lê Văn Cảnh, Giám đốc Công ty Minh Long (Bình Dương, Tổng Công ty Becamex) cho biết.")[0][1] == [
        "Giám đốc Công ty Minh Long"]


# An economist is named by the calling, chief or not (21491016, 22236405).
def test_an_economist_is_named_by_the_calling() -> None:
    assert named_people("Nhà kinh tế Carsten Brzeski từ ngân hàng ING Diba cho rằng thời tiết lạnh.") == [
        ("Carsten Brzeski", ["Nhà kinh tế"])]
    assert named_people("Theo nhà kinh tế trưởng Yoshiki Shinke của Viện Nghiên cứu Dai-ichi, xuất khẩu tăng.")[0][0] == "Yoshiki Shinke"


# A team's head and its team's lower-case name (22582318, 22305018); `tổ chức` opens no team.
def test_a_teams_head_takes_the_teams_lower_case_name() -> None:
    assert named_people("Phó chủ nhiệm Văn phòng Chính phủ - Tổ phó tổ công tác Nguyễn Cao Lục, cho hay, Thủ tướng đã chỉ đạo.") == [
        ("Nguyễn Cao Lục", ["Phó chủ nhiệm Văn phòng Chính phủ", "Tổ phó tổ công tác"])]
    assert named_people("Ông Trần Văn Phúc, Phó Giám đốc Sở Nông nghiệp tỉnh Bình Định kiêm Tổ trưởng tổ công tác thẩm định tàu "
                   "cá vỏ thép đã cho biết.")[0][1][-1].endswith(
        " kiêm Tổ trưởng tổ công tác thẩm định tàu cá vỏ thép")
    assert named_people("Ông Lê Văn Bình, Tổ trưởng tổ chức Đảng cho biết.")[0][1] == ["Tổ trưởng"]


# `UB` is how the press shortens `Ủy ban` (22545883, 22364655).
def test_ub_opens_a_committee_in_a_title() -> None:
    assert named_people("Sau đó, ủy viên thường trực UB Tài chính ngân sách Hoàng Quang Hàm đề nghị nên thống nhất.") == [
        ("Hoàng Quang Hàm", ["ủy viên thường trực UB Tài chính ngân sách"])]


# A mark bounded after `có|đạt điểm` is a score (22732873, 22673877).
def test_a_bounded_mark_after_a_verb_of_marks_is_a_score() -> None:
    from core.extract.statistics import extract_statistics
    found = [(s.value, s.kind, s.qualifier) for s in extract_statistics(
        ["Hơn 113.590 thí sinh đạt từ 20 trở lên, trong đó, khoảng 19.000 thí sinh có điểm từ 25 trở lên."])]
    assert (25.0, "score", "over") in found
    found = [(s.value, s.kind, s.qualifier) for s in extract_statistics(["Chỉ có 23 thí sinh đạt điểm trên 80."])]
    assert found == [(23.0, "count", None), (80.0, "score", "over")]


# One per cent after `trung bình` is an average rate, not the unit of a rate (22424526).
def test_an_average_of_one_per_cent_is_a_percentage() -> None:
    from core.extract.statistics import extract_statistics
    found = [(s.value, s.kind) for s in extract_statistics(["Vốn ODA có lãi suất trung bình 1%, thời gian ân hạn dài."])]
    assert found == [(1.0, "percent")]


# A part of a group the text does not number is a count of its members; one is "one of" (22538458, audit51 a035).
def test_a_part_of_an_unnumbered_group_is_a_count_of_its_members() -> None:
    from core.extract.statistics import extract_statistics
    found = [(s.value, s.kind, s.unit, s.of) for s in extract_statistics(["“5 trong số những kẻ tấn công bị tiêu diệt”, ông Bashir nói."])]
    assert found == [(5.0, "count", "kẻ tấn công", None)]
    assert extract_statistics(["Bắn cung cũng là 1 trong số các bộ môn bắt buộc."]) == []


# A new holder's word stays in the title as written (audit56 a006, audit51 a015), and an earlier title with the body
# written out is still the fuller one (21491042).
def test_a_new_holders_word_stays_in_the_title() -> None:
    assert named_people("Tân Tổng thống Pháp Emmanuel Macron, Thủ tướng Đức Angela Merkel phát biểu.") == [
        ("Emmanuel Macron", ["Tân Tổng thống Pháp"]), ("Angela Merkel", ["Thủ tướng Đức"])]
    from core.extract.meetings import _fuller
    assert _fuller(["Tổng thống Mỹ"], ["tân Tổng thống"])
    # (after the name too, where the office had been lost: 22229654)
    assert named_people("Ông Đinh La Thăng gửi lời chúc mừng ông Nguyễn Thiện Nhân, tân Bí thư Thành ủy TP.HCM.")[-1] == (
        "Nguyễn Thiện Nhân", ["tân Bí thư Thành ủy TP.HCM"])


# The body that informs the press in a briefing's frame holds it (21480926, audit50 a010); a person there holds none.
def test_the_body_informing_in_a_press_briefings_frame_holds_it() -> None:
    text = ("Lễ hội sắp khai mạc\nTại buổi họp báo giới thiệu Lễ hội tổ chức tại Thành phố Hà Nội ngày 06/2, Ban Tổ chức "
            "cho biết: Lễ khai mạc sẽ được tổ chức vào ngày 10/3/2017.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo" and meeting.organizer == "Ban Tổ chức"
    text = ("Tuổi hưu\nTại cuộc họp báo chiều 12/5, trả lời báo chí, ông Nguyễn Duy Cường, Phó vụ trưởng Vụ BHXH, Bộ "
            "LĐ-TB-XH cho biết quỹ vẫn cân đối.\nNội dung khác của bài.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.organizer is None


# The body thanked for holding the meeting holds it (audit56 a003).
def test_the_body_thanked_for_holding_the_meeting_holds_it() -> None:
    text = ("Thủ tướng gặp doanh nghiệp\nNgày 12/5, Thủ tướng Nguyễn Xuân Phúc đã có cuộc gặp gỡ với lãnh đạo các doanh "
            "nghiệp. Thủ tướng bày tỏ cảm ơn Tập đoàn VinaCapital tổ chức cuộc gặp gỡ thú vị này.\nNội dung khác.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "cuộc gặp" and meeting.organizer == "Tập đoàn VinaCapital"


# A founder's title (22711137, 22662751).
def test_a_founder_is_titled() -> None:
    assert named_people("Ông Brad Sugars, nhà sáng lập kiêm Chủ tịch ActionCOACH toàn cầu, cho biết.") == [
        ("Brad Sugars", ["nhà sáng lập kiêm Chủ tịch ActionCOACH toàn cầu"])]


# A teacher addressed as `thầy`/`cô` before a full name (21484241, 22259234).
def test_a_teacher_addressed_before_a_full_name_is_a_person() -> None:
    assert named_people("Thầy Phan Ngọc Vũ, Phó Hiệu trưởng nhà trường cho biết, tinh thần đọc sách rất cao.") == [
        ("Phan Ngọc Vũ", ["Phó Hiệu trưởng nhà trường"])]
    assert named_people("Du khách đến huyện đảo Cô Tô rất đông.") == []


# A surname two full names end on resolves to the one the article gave the same office (22269846).
def test_a_surname_resolves_to_the_full_name_of_the_same_office() -> None:
    from core.extract.meetings import _full_names
    from core.record import Person
    people = [Person(name="Hollande", titles=["Cựu Tổng thống"])]
    _full_names(people, ["Cựu Tổng thống François Hollande dự lễ cùng ông Thomas Hollande.",
                         "Cựu Tổng thống Hollande phát biểu."])
    assert people[0].name == "François Hollande"


# A byline after a gallery's last bracketed credit (22654387, audit51 a015).
def test_a_byline_after_a_bracketed_photo_credit() -> None:
    from core.clean.byline import split_glued_byline
    found = split_glued_byline("Không khí sôi động diễn ra trong buổi lễ kỷ niệm. (Ảnh: Reuters) Sầm Hoa")
    assert found is not None and found[0] == "Không khí sôi động diễn ra trong buổi lễ kỷ niệm." and found[1].names == ("Sầm Hoa",)
    assert split_glued_byline("Tin tức trong ngày. (Ảnh: AP) Ảnh: VICE News Ảnh: AP Thanh Hảo") is None
    # (a caption without its full stop before the credit: 22313155; a gallery that ends on a caption's credit has none)
    found = split_glued_byline("Hình ảnh hiện trường vụ tai nạn tại Quảng trường Thời đại (Ảnh: Reuters) Hà Liên")
    assert found is not None and found[1].names == ("Hà Liên",)
    assert split_glued_byline("Thần tốc tiến về Sài Gòn. (Ảnh: Lâm Tấn Tài/TTXVN) Vượt Trường Sơn. (Ảnh: Lâm Tấn Tài/TTXVN)") is None


# A writer before `Theo|Nguồn` and the source (22680096, 22254887), and `Theo Writer/site` (audit50 a036, audit51 a024).
def test_a_writer_before_a_source_credit_is_the_author() -> None:
    from core.clean.byline import read_byline, split_glued_byline
    found = split_glued_byline("Mỹ tin rằng tên lửa này có tầm bắn 5.471 km. VĂN VIỆT Theo Reuters")
    assert found is not None and found[1].names == ("VĂN VIỆT",) and found[1].sources == ("Reuters",)
    found = split_glued_byline("Dư luận dễ dãi hơn với nam giới. Dạ Hi Nguồn Tổng hợp")
    assert found is not None and found[1].names == ("Dạ Hi",)
    byline = read_byline("Theo Thanh Tuyết/Vnexpress.net")
    assert byline is not None and byline.names == ("Thanh Tuyết",) and byline.sources == ("Vnexpress.net",)
    byline = read_byline("Theo Thoan/ Đất Việt")
    assert byline is not None and byline.names == ("Thoan",)
    byline = read_byline("Theo VnExpress/Zing")
    assert byline is not None and byline.names == ()


# A byline that opens on an initial (22619775, 22569444, audit53 a025).
def test_a_byline_that_opens_on_an_initial() -> None:
    from core.clean.byline import split_glued_byline
    found = split_glued_byline("Cơ hội dường như vẫn đang để ngỏ và chờ ở tuần mới này. V. Minh")
    assert found is not None and found[0].endswith("tuần mới này.") and found[1].names == ("V. Minh",)
    found = split_glued_byline("Tiền của WB. Minh An")
    assert found is not None and found[1].names == ("Minh An",)


# A notice or a teaser glued to the last paragraph is the page's chrome; a byline after it stays (21487579, 22581601).
def test_a_notice_glued_to_the_last_paragraph_is_chrome() -> None:
    from core.clean.lines import classify_lines
    raw = ("Trang trí nhà đẹp\nLead của bài viết về trang trí.\nGia chủ đã chọn phong cách tối giản cho căn phòng khách "
           "của mình và rất hài lòng với kết quả. Mọi phản ánh, ý kiến, thông tin nóng, bài vở cộng tác của độc giả có thể "
           "gửi cho chúng tôi theo địa chỉ: Email: banbientap@i-com.vn Hotline: 0914926900\n")
    result = classify_lines(raw)
    assert result.paragraphs[-1].endswith("rất hài lòng với kết quả.")
    raw = ("Sư tử\nLead của bài về sư tử.\nCon sư tử đã lao lên tấn công người khi bị giật mình trong công viên. >> Xem "
           "thêm: CLIP ĐỘNG VẬT ĐẠI CHIẾN ẤN TƯỢNG NHẤT TUẦN: Sư tử hành hạ linh dương. Như Ý\n")
    result = classify_lines(raw)
    assert result.paragraphs[-1].endswith("khi bị giật mình trong công viên.") and result.authors == ["Như Ý"]


# `chỉ` (gold's weight, and "only") is the measure where it bounds or closes a range of itself (21476424, audit57 a038).
def test_a_function_word_unit_in_a_range_of_itself_is_the_measure() -> None:
    from core.extract.statistics import extract_statistics
    found = [(s.value, s.unit) for s in extract_statistics(['Nhẫn tròn trơn trọng lượng từ 0,5 chỉ - 3 chỉ đã "cháy hàng".'])]
    assert found == [(0.5, "chỉ"), (3.0, "chỉ")]
    assert [(s.value, s.qualifier) for s in extract_statistics(["Cửa hàng chỉ còn bán vàng từ 3 chỉ trở lên."])] == [(3.0, "over")]
    assert extract_statistics(["Nokia 3 chỉ có giá rẻ."]) == []


# A byline after a photographer's credit filed for an agency (audit52 a003); not after a credit that runs into a name.
def test_a_byline_after_an_agency_photographers_credit() -> None:
    from core.clean.byline import split_glued_byline
    found = split_glued_byline("Chủ tịch phát biểu tại tiệc chiêu đãi. Ảnh: Trọng Đức/TTXVN Hoàng Thị Hoa  (TTXVN)")
    assert found is not None and found[1].names == ("Hoàng Thị Hoa",)
    assert split_glued_byline("Thủ tướng phát biểu. Ảnh: VGP/Quang Hiếu Quang Hiếu") is None
