"""The 2 Dec tenth round: shapes the round's blind audit (audit30, 40 baomoi articles chosen the way dev2 was) and
excerpts of provincial portals from the stored pages found read wrong. Excerpts of baomoi articles other than the
audit's where one was found; each test checks what is returned."""
from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics
from tests.conftest import make_article, meeting_people, named_people

_people = meeting_people


def test_the_country_named_before_may_stand_between_an_office_and_the_name():
    assert named_people("Người phát ngôn của Chính phủ Đức, Steffen Seibert ngày 16/6 cho biết Thủ tướng nước này "
                        "Angela Merkel quan ngại các lệnh trừng phạt mới.")[-1] == ("Angela Merkel", ["Thủ tướng nước này"])
    assert named_people("Chủ tịch Trung Quốc Tập Cận Bình sáng qua có cuộc hội đàm với Thủ tướng nước chủ nhà Dmitry "
                        "Medvedev tại Moskva.") == [
        ("Tập Cận Bình", ["Chủ tịch Trung Quốc"]), ("Dmitry Medvedev", ["Thủ tướng nước chủ nhà"])]
    # a name of any shape after it (no family name of a table opens `Moon Jae-in`)
    assert ("Moon Jae-in", ["Tổng thống nước này"]) in named_people(
        "Phủ tổng thống cho biết Tổng thống nước này Moon Jae-in và Chủ tịch Trung Quốc Tập Cận Bình đã nhất trí.")
    # with no name after it the office names no one
    assert named_people("Thủ tướng nước này cho biết sẽ không tham dự.") == []


def test_a_title_pointing_at_the_country_gives_way_to_the_country_written_out():
    meeting = extract_meeting(make_article(
        "Ngày 4/7, Chủ tịch Trung Quốc Tập Cận Bình sáng qua có cuộc hội đàm với Thủ tướng nước chủ nhà Dmitry Medvedev "
        "tại "
        "Moskva.\nTại cuộc hội đàm, Thủ tướng Nga Dmitry Medvedev đánh giá cao quan hệ hai nước.",
        published="2017-07-05"))
    assert meeting is not None
    titles = {p.name: p.titles for p in [*meeting.chairs, *meeting.attendees]}
    assert titles["Dmitry Medvedev"] == ["Thủ tướng Nga"]


def test_the_lead_taken_up_again_by_tren_places_it_at_an_indefinite_event():
    meeting = extract_meeting(make_article(
        "Hàn Quốc có thể tham vấn với Mỹ về việc giảm quy mô của những cuộc tập trận chung nếu Triều Tiên ngừng các hoạt "
        "động hạt nhân và tên lửa.\nHãng thông tấn Yonhap dẫn lời ông Moon Chung-in, cố vấn đặc biệt của Tổng thống Hàn "
        "Quốc, ngày 16/6 cho biết nước này có thể tham vấn với Mỹ. Ông Moon Chung-in đưa ra phát biểu trên trong một cuộc "
        "hội thảo tổ chức tại Trung tâm Wilson ở Washington.", published="2017-06-17"))
    assert meeting is not None and meeting.kind == "hội thảo"
    assert "Moon Chung-in" in [p.name for p in meeting.attendees]


def test_an_indefinite_event_without_the_lead_taken_up_stays_background():
    meeting = extract_meeting(make_article(
        "Giá dầu tăng mạnh trong phiên giao dịch cuối tuần.\nGiới phân tích cho rằng nhu cầu sẽ còn tăng. Một quan chức "
        "từng phát biểu ý kiến của mình trong một cuộc họp nội bộ năm ngoái.", published="2017-06-17"))
    assert meeting is None


def test_running_the_sitting_with_the_chair_is_chairing_it():
    text = ("Sáng 5/7, Kỳ họp thứ Nhất, Hội đồng nhân dân tỉnh Khóa X đã khai mạc.\n"
            "Ông Nguyễn Minh Dũng – Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Cùng điều hành kỳ họp còn có "
            "bà Lê Thị Thúy Kiều – Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh.")
    chairs, attendees = _people(text)
    assert chairs == ["Nguyễn Minh Dũng", "Lê Thị Thúy Kiều"]
    assert attendees == []


def test_a_portals_abbreviation_of_the_central_committee_member_is_a_title():
    assert named_people("Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh dự "
                        "và chủ trì hội nghị.") == [
        ("Nguyễn Thị Thanh", ["UVT.Ư Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"])]
    text = ("Sáng ngày 27/4, Ban thường vụ Tỉnh ủy đã tổ chức hội nghị để thảo luận các dự thảo nghị quyết.\n"
            "Đồng chí Nguyễn Thị Thanh, UVTW Đảng, Bí thư Tỉnh ủy dự và chủ trì hội nghị.")
    assert _people(text)[0] == ["Nguyễn Thị Thanh"]


def _figures(sentence: str) -> list[tuple[str, float, str, str | None]]:
    return [(s.text, s.value, s.kind, s.unit) for s in extract_statistics([sentence])]


def test_a_jump_in_metres_and_centimetres_is_one_measure():
    assert _figures("Với chiều cao 1m93, cùng sức bật 3m62, anh là người bật cao nhất đội.") == [
        ("1m93", 1.93, "measure", "m"), ("3m62", 3.62, "measure", "m")]
    assert _figures("Cô giành HCV nhảy xa với thành tích 6m54 ngay lượt nhảy đầu tiên.") == [
        ("6m54", 6.54, "measure", "m")]


def test_a_pitchs_line_in_metres_names_a_place():
    assert _figures("Phút 15, tiền vệ Colombatto có cú sút phạt từ ngoài vòng 16m50 đưa bóng vào góc xa.") == []
    assert _figures("Số 11 của họ có pha đệm bóng trong tư thế trống trải ở ngay vạch 5m50.") == []


def test_a_delegation_listed_after_gom_attends_whole():
    text = ("Ngày 30-9, Đoàn ĐBQH tỉnh Thanh Hóa gồm các đồng chí: Uông Chu Lưu, Ủy viên Trung ương Đảng, Phó Chủ tịch "
            "Quốc hội; Mai Sỹ Diến, Tỉnh ủy viên, Phó Trưởng Đoàn ĐBQH tỉnh; Cầm Thị Mẫn, đại biểu quốc hội chuyên "
            "trách, đã có buổi tiếp xúc cử tri tại huyện Thường Xuân trước kỳ họp thứ 8, Quốc hội khóa XIV.\n"
            "Cử tri đã nêu nhiều ý kiến về đất đai và giao thông nông thôn.")
    assert sorted(_people(text)[1]) == ["Cầm Thị Mẫn", "Mai Sỹ Diến", "Uông Chu Lưu"]
    text = ("Sáng 5/6, Tổ đại biểu số 9 HĐND tỉnh gồm các đại biểu Trần Hữu Thế, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch "
            "Ủy ban MTTQ Việt Nam tỉnh; Phạm Ngọc Công, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh và đại biểu Phan Quốc "
            "Thắng đã có buổi tiếp xúc cử tri tại xã Hòa Hội.\nCử tri đã nêu nhiều ý kiến về đất đai.")
    assert sorted(_people(text)[1]) == ["Phan Quốc Thắng", "Phạm Ngọc Công", "Trần Hữu Thế"]


def test_a_committees_members_listed_after_gom_take_no_role_without_a_verb():
    text = ("Sáng 12/6, Bộ Công Thương tổ chức hội nghị về quản lý thị trường.\n"
            "Tổ công tác gồm ông Dương Văn Hiệp, Phó Trưởng phòng 7; ông Phan Đức Quế, Trưởng phòng 5, Cục Quản lý thị "
            "trường. Tổ sẽ kiểm tra các cơ sở kinh doanh trong tháng 7.")
    assert _people(text) == ([], [])


def test_an_ellipsis_glued_to_a_capitalised_word_ends_the_sentence():
    from core.tokenize import split_sentences
    assert split_sentences(["Thành phố tập trung phát triển dưa lưới, hoa lan, rau thủy canh…Tại phiên chất vấn sáng "
                            "6/7, ông Nguyễn Phước Trung đã trả lời nhiều câu hỏi."]) == [
        "Thành phố tập trung phát triển dưa lưới, hoa lan, rau thủy canh…",
        "Tại phiên chất vấn sáng 6/7, ông Nguyễn Phước Trung đã trả lời nhiều câu hỏi."]
    assert split_sentences(["Doanh nghiệp tham gia chuỗi giá trị...Theo Chủ tịch UBND TP, các doanh nghiệp cần hỗ trợ."])[
        1].startswith("Theo Chủ tịch")
    # not before a lower-case word, an acronym or a single capital
    assert len(split_sentences(["Họ nói…và đi. Các tỉnh…UBND đã họp."])) == 2


def test_a_speaker_after_a_glued_ellipsis_is_framed_at_the_session():
    text = ("Đó là khẳng định của ông Trần Văn Khải, Phó Chủ tịch UBND tỉnh tại phiên chất vấn tại kỳ họp thứ 4 HĐND tỉnh "
            "diễn ra vào sáng 12/7.\nTỉnh sẽ phát triển các cây trồng có giá trị như: cà phê, hồ tiêu, sầu riêng…Tại "
            "phiên chất vấn sáng 12/7, ông Lê Minh Hòa, Giám đốc Sở Công Thương tỉnh đã trả lời nhiều câu hỏi của đại "
            "biểu.")
    assert _people(text)[1] == ["Trần Văn Khải", "Lê Minh Hòa"]


def _facts(sentence: str) -> list[tuple[str, float, str, float | None]]:
    return [(s.text, s.value, s.kind, s.of) for s in extract_statistics([sentence])]


def test_a_share_of_a_whole_written_after_it_is_one_statistic():
    assert _facts("Hơn 15% trong số 24.000 cơ sở nhà ở đã qua kiểm tra tại Manhattan có dấu hiệu của chuột.") == [
        ("Hơn 15% trong số 24.000 cơ sở", 15, "percent", 24000)]
    assert _facts("Số thí sinh đạt từ 5 điểm trở lên chiếm 84,68% trong tổng số 67.630 thí sinh.")[-1] == (
        "84,68% trong tổng số 67.630 thí sinh", 84.68, "percent", 67630)
    assert _facts("Đã có doanh nghiệp khai thuế qua mạng, đạt 99,81% trên tổng số 567.768 doanh nghiệp.") == [
        ("99,81% trên tổng số 567.768 doanh nghiệp", 99.81, "percent", 567768)]


def test_a_share_within_a_time_keeps_its_time_apart():
    assert _facts("Giá đất nông nghiệp đã tăng đến 50% trong 04 tháng đầu năm 2017.") == [("50%", 50, "percent", None)]


def test_energy_in_tonnes_of_oil_equivalent_is_a_measure():
    found = [(s.text, s.kind, s.unit) for s in extract_statistics([
        "Nhu cầu năng lượng sơ cấp sẽ vào khoảng 100 - 110 triệu TOE vào năm 2025.",
        "Tổng sản lượng khai thác đạt 55,9 triệu tấn dầu quy đổi trong năm."])]
    assert found == [("khoảng 100 - 110 triệu TOE", "measure", "TOE"), ("khoảng 100 - 110 triệu TOE", "measure", "TOE"),
                     ("55,9 triệu tấn dầu quy đổi", "measure", "tấn dầu quy đổi")]


def test_a_ceremonys_second_act_ends_the_body_its_name_carries():
    meeting = extract_meeting(make_article(
        "Sáng 15/11, Thủ tướng Phạm Minh Chính đến dự lễ kỷ niệm 80 năm ngày thành lập Tổng Công ty May 10 và đón nhận "
        "Huân chương Lao động hạng Nhất.\nCùng dự sự kiện có Phó Thủ tướng Chính phủ Lê Thành Long.",
        published="2026-11-15"))
    assert meeting is not None and meeting.organizer == "Tổng Công ty May 10"


def test_a_lead_telling_who_chairs_gives_the_part_of_the_day_it_dates():
    meeting = extract_meeting(make_article(
        "Tại cuộc họp Chính phủ thường kỳ ngày 3/6, đề cập đến vụ bệnh nhân chạy thận tử vong, Thủ tướng Nguyễn Xuân "
        "Phúc đề nghị điều tra làm rõ nguyên nhân.\nSáng 3/6, tại trụ sở Chính phủ, dưới sự chủ trì của Thủ tướng Nguyễn "
        "Xuân Phúc, Chính phủ họp phiên thường kỳ tháng 5/2017.", published="2017-06-04"))
    assert meeting is not None
    assert (meeting.date, meeting.part_of_day) == ("2017-06-03", "sáng")


def test_offices_chained_by_commas_up_to_the_next_name_are_that_names():
    # a list whose people stand after their offices writes each person so
    assert named_people("Dự tọa đàm có Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ Vương Đình Huệ, Ủy viên Bộ Chính "
                        "trị, Phó Thủ tướng Trung Quốc Uông Dương và đại diện lãnh đạo một số bộ, ngành.") == [
        ("Vương Đình Huệ", ["Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"]),
        ("Uông Dương", ["Ủy viên Bộ Chính trị", "Phó Thủ tướng Trung Quốc"])]
    assert named_people("Hội nghị do Bí thư Đà Nẵng Nguyễn Xuân Anh, Chủ tịch TP Huỳnh Đức Thơ chủ trì.") == [
        ("Nguyễn Xuân Anh", ["Bí thư Đà Nẵng"]), ("Huỳnh Đức Thơ", ["Chủ tịch TP"])]


def test_after_a_rank_or_a_profession_the_offices_after_the_name_stay_its_own():
    assert named_people("Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Thượng tướng Phạm "
                        "Trường Long, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc đã hội đàm.") == [
        ("Ngô Xuân Lịch", ["Đại tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"]),
        ("Phạm Trường Long", ["Thượng tướng", "Ủy viên Bộ Chính trị", "Phó Chủ tịch Quân ủy Trung ương Trung Quốc"])]
    # the chain ends on a rank: the office before it is the first person's
    assert named_people("Việc bắt giữ nhà báo Lê Duy Phong, Trưởng ban Bạn đọc Báo Giáo dục Việt Nam, Trung tướng Đỗ Kim "
                        "Tuyến, Phó Tổng cục trưởng Tổng cục Cảnh sát, cho biết.")[0] == (
        "Lê Duy Phong", ["nhà báo", "Trưởng ban Bạn đọc Báo Giáo dục Việt Nam"])


def test_an_office_ending_on_a_name_it_did_not_read_keeps_the_chain_apart():
    people = dict(named_people("Tại các buổi hội kiến với Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn "
                               "quốc Trương Đức Giang, Chủ tịch Ủy ban toàn quốc Hội nghị hiệp thương chính trị Du Chính "
                               "Thanh, Chủ tịch nước Trần Đại Quang cũng nhấn mạnh."))
    assert people["Trần Đại Quang"] == ["Chủ tịch nước"]


def test_a_scheme_is_a_body_a_title_heads():
    assert named_people("Theo ông Hoàng Đạo Bảo Cầm – Chủ nhiệm Đề án quy hoạch du lịch trên bán đảo Sơn Trà, đề án tập "
                        "trung vào việc phát triển sản phẩm.") == [("Hoàng Đạo Bảo Cầm", ["Chủ nhiệm Đề án"])]


def test_a_day_before_the_holding_verb_is_no_part_of_the_holder():
    meeting = extract_meeting(make_article(
        "Nhiều chủ trang trại đề xuất mở quầy thịt để giải cứu cho người chăn nuôi.\nSở NN&PTNT tỉnh Tiền Giang ngày "
        "hôm qua 12-5 đã tổ chức hội nghị bàn về giải pháp cấp bách tiêu thụ thịt heo trên địa bàn.",
        published="2017-05-13"))
    assert meeting is not None and meeting.organizer == "Sở NN&PTNT tỉnh Tiền Giang"


def test_a_web_portal_is_a_body_a_title_heads():
    assert named_people("Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Thanh Lâm và Tổng Giám đốc Cổng Thông tin điện "
                        "tử Chính phủ Nguyễn Hồng Sâm đồng chủ trì Hội nghị.") == [
        ("Nguyễn Thanh Lâm", ["Thứ trưởng Bộ Thông tin và Truyền thông"]),
        ("Nguyễn Hồng Sâm", ["Tổng Giám đốc Cổng Thông tin điện tử Chính phủ"])]


def test_a_names_initial_keeps_the_sentence_and_the_name_whole():
    from core.tokenize import split_sentences
    assert split_sentences(["Tổng thống Nga V. Putin đang khiến châu Âu lo ngại. Từ Dwight D. Eisenhower tới Barack "
                            "Obama. Vitamin C. Kết quả tốt. Bệnh viện K. PGS.TS Trần Văn Thuấn cho biết."]) == [
        "Tổng thống Nga V. Putin đang khiến châu Âu lo ngại.", "Từ Dwight D. Eisenhower tới Barack Obama.",
        "Vitamin C.", "Kết quả tốt.", "Bệnh viện K.", "PGS.TS Trần Văn Thuấn cho biết."]
    assert named_people("Bí thư Tỉnh ủy tiếp xã giao Ngài Marc E. Knapper, Đại sứ đặc mệnh toàn quyền Hoa Kỳ tại Việt "
                        "Nam.") == [("Marc E. Knapper", ["Đại sứ đặc mệnh toàn quyền Hoa Kỳ tại Việt Nam"])]
    assert named_people("Tổng thống Mỹ Donald J. Trump đã tiếp Ngoại trưởng Nga.") == [
        ("Donald J. Trump", ["Tổng thống Mỹ"])]


def test_a_person_named_again_by_initials_is_the_same_person():
    from core.extract.meetings import _same
    assert _same("v. putin", "vladimir putin") and _same("v.putin", "vladimir putin")
    assert _same("donald j. trump", "donald trump")
    assert not _same("v. putin", "vladimir ivanov")


def test_the_un_general_assembly_is_a_body_not_a_congress():
    meeting = extract_meeting(make_article(
        "Guinea Xích Đạo đã lần đầu tiên trúng cử vào Hội đồng Bảo an.\nNgày 2/6, Đại hội đồng Liên hợp quốc đã tiến hành "
        "bỏ phiếu bầu 6 thành viên không thường trực mới cho Hội đồng bảo an Liên hợp quốc.", published="2017-06-03"))
    assert meeting is None


def test_meeting_the_press_told_by_the_verb_after_an_aspect_word_is_a_press_conference():
    meeting = extract_meeting(make_article(
        "Thành phần đoàn thể thao tham dự SEA Games 29 đã được công bố.\nSáng 14.7, Tổng cục TDTT đã gặp mặt báo chí để "
        "thông tin chi tiết về vấn đề này.", published="2017-07-14"))
    assert meeting is not None and meeting.kind == "cuộc gặp"  # (the noun its verb writes: meetings.PRESS_MEETING_KIND)
    # not a gathering a body holds with the press on its day
    meeting = extract_meeting(make_article(
        "Chiều 15-6, Tạp chí Xây dựng Đảng tổ chức gặp mặt báo chí nhân kỷ niệm 92 năm Ngày Báo chí cách mạng Việt Nam.\n"
        "Dự buổi gặp mặt có đại diện nhiều cơ quan báo chí.", published="2017-06-16"))
    assert meeting is not None and meeting.kind == "cuộc gặp"


def test_a_prize_giving_or_an_inauguration_held_by_its_verb_is_a_ceremony():
    meeting = extract_meeting(make_article(
        "Ba khách hàng trúng độc đắc đã nhận thưởng.\nSáng 8-2, tại TP.HCM, Công ty Xổ số Điện toán Việt Nam (Vietlott) "
        "tổ chức trao giải Jackpot cho ba khách hàng với tổng giải thưởng gần 127 tỉ đồng.", published="2017-02-09"))
    assert meeting is not None and meeting.kind == "lễ"
    assert meeting.organizer == "Công ty Xổ số Điện toán Việt Nam (Vietlott)"
    meeting = extract_meeting(make_article(
        "Bệnh viện Tâm thần Cần Thơ đi vào hoạt động.\nNgày 17-5, Sở Y tế Cần Thơ tổ chức khánh thành, đưa vào hoạt động "
        "bệnh viện Tâm thần tại phường Phước Thới.", published="2017-05-18"))
    assert meeting is not None and (meeting.kind, meeting.organizer) == ("lễ", "Sở Y tế Cần Thơ")


def test_a_minister_presenting_by_the_prime_ministers_authority_attends():
    text = ("Ngày 25/5, buổi sáng, Quốc hội họp phiên toàn thể tại hội trường. Chủ tịch Quốc hội Nguyễn Thị Kim Ngân chủ trì "
            "phiên họp.\nQuốc hội đã nghe Bộ trưởng Bộ Tài chính Đinh Tiến Dũng, thừa ủy quyền của Thủ tướng Chính phủ trình "
            "bày Tờ trình dự án Luật Quản lý nợ công (sửa đổi). Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn "
            "Đức Hải trình bày Báo cáo thẩm tra dự án Luật.")
    assert _people(text) == (["Nguyễn Thị Kim Ngân"], ["Đinh Tiến Dũng", "Nguyễn Đức Hải"])


def test_the_finance_committees_comma_stays_inside_its_name_not_a_lists():
    assert named_people("Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Đức Hải trình bày Báo cáo thẩm tra.") == [
        ("Nguyễn Đức Hải", ["Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội"])]


def test_a_western_name_met_again_by_the_given_name_takes_the_full_name():
    text = ("Sáng 20/6, Phó Thủ tướng Vương Đình Huệ có buổi làm việc với Ngân hàng Thế giới (WB).\nÔng Sebastian Eckardt, "
            "Chuyên gia kinh tế trưởng WB tại Việt Nam cho rằng, Việt Nam cần có tác động mạnh hơn. “Kết nối nội địa sẽ "
            "là rất quan trọng”, ông Sebastian nói.")
    assert "Sebastian Eckardt" in _people(text)[1] and "Sebastian" not in _people(text)[1]


def test_a_discussion_sitting_named_by_buoi_is_a_sitting():
    meeting = extract_meeting(make_article(
        "Sáng 5-7, vấn đề lập lại trật tự vỉa hè tiếp tục là chủ đề nóng tại buổi thảo luận hội trường kỳ họp thứ 5 HĐND "
        "TP.HCM khóa IX.\nĐB Diệp Hồng Di cho rằng người kinh doanh đang thăm dò cách làm của chính quyền địa phương.",
        published="2017-07-05"))
    assert meeting is not None and meeting.kind == "phiên họp"
    assert meeting.organizer == "HĐND TP.HCM khóa IX"
    assert [p.name for p in meeting.attendees] == ["Diệp Hồng Di"]


def test_a_specialist_or_a_civil_servants_post_after_the_name_is_a_title():
    assert named_people("Bùi Thị Hoàng Yến - Công chức Trung tâm Phục vụ hành chính công xã Bình Tuyền đã có buổi tiếp "
                        "xúc cử tri.") == [("Bùi Thị Hoàng Yến", ["Công chức Trung tâm Phục vụ hành chính công xã Bình Tuyền"])]
    assert named_people("Bà Hà Thị Quỳnh Nga – chuyên viên Phòng GD&ĐT huyện Anh Sơn cho biết.") == [
        ("Hà Thị Quỳnh Nga", ["chuyên viên Phòng GD&ĐT huyện Anh Sơn"])]
    # after a department's noun they name the department
    assert named_people("Bà Lê Minh Hương, Phó Vụ trưởng Vụ Công chức Viên chức (Bộ Nội vụ) cho biết.") == [
        ("Lê Minh Hương", ["Phó Vụ trưởng Vụ Công chức Viên chức (Bộ Nội vụ)"])]


def test_a_delegation_or_a_bar_in_brackets_after_the_name_is_its_affiliation():
    assert named_people("ĐB Nguyễn Hoàng Mai (Đoàn ĐB Tiền Giang) cho rằng cần sửa luật.") == [
        ("Nguyễn Hoàng Mai", ["ĐB", "Đoàn ĐB Tiền Giang"])]
    assert named_people("Theo luật sư Phương Ngọc Dũng (Đoàn Luật sư TP Cần Thơ), trong trường hợp này cần làm rõ.") == [
        ("Phương Ngọc Dũng", ["luật sư", "Đoàn Luật sư TP Cần Thơ"])]
    # a bare province in brackets is no title; the offices after it are read on
    assert named_people("Đại biểu Ngô Thị Minh (Quảng Ninh), Phó Chủ nhiệm Ủy ban Văn hóa cho rằng cần sửa.") == [
        ("Ngô Thị Minh", ["Đại biểu", "Phó Chủ nhiệm Ủy ban Văn hóa"])]


def test_a_national_committee_named_after_the_year_it_hosts_holds_the_meeting():
    meeting = extract_meeting(make_article(
        "Sáng 16/5, tại Hà Nội, Ủy ban quốc gia APEC 2017 phối hợp với Hội đồng hợp tác kinh tế Thái Bình Dương (PECC) tổ "
        "chức Đối thoại nhiều bên về APEC hướng tới 2020 và tương lai.\nChủ tịch nước Trần Đại Quang tham dự và phát biểu.",
        published="2017-05-17"))
    assert meeting is not None and meeting.organizer == (
        "Ủy ban quốc gia APEC 2017 phối hợp với Hội đồng hợp tác kinh tế Thái Bình Dương (PECC)")


def test_a_speech_verb_glued_to_the_word_before_it_is_read_apart():
    assert named_people("Trong buổi tiếp xúc cử tri, Phó Thủ tướng Phạm Bình Minhcho biết: Việt Nam đang chuẩn bị.") == [
        ("Phạm Bình Minh", ["Phó Thủ tướng"])]
    assert named_people("Ông Cầm Bá Thể, Giám đốc BVcho biết, hội đồng kỷ luật đã họp.") == [
        ("Cầm Bá Thể", ["Giám đốc BV"])]


def test_people_placed_at_an_online_meetings_connected_halls_attend():
    text = ("Sáng 9/11, lễ khởi công đồng loạt 72 trường phổ thông nội trú diễn ra tại 17 tỉnh, thành phố trên cả nước.\n"
            "Lễ khởi công được truyền hình trực tiếp, kết nối 14 điểm cầu trên cả nước.\nPhó Thủ tướng Thường trực Nguyễn "
            "Hòa Bình dự tại điểm cầu Hà Tĩnh, cùng dự có Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng; Phó Thủ tướng Bùi Thanh "
            "Sơn dự tại điểm cầu An Giang.")
    assert _people(text)[1] == ["Nguyễn Hòa Bình", "Nguyễn Văn Thắng", "Bùi Thanh Sơn"]


def test_a_span_of_days_opening_the_clause_is_no_part_of_the_holder():
    meeting = extract_meeting(make_article(
        "Trong 3 ngày (từ 29 - 31/12/2022) Hội Cựu chiến binh Việt Nam (CCBVN) tổ chức Đại hội đại biểu Hội CCB toàn quốc "
        "lần thứ VII nhiệm kỳ 2022 - 2027.\nĐại hội đã bầu Ban Chấp hành khóa mới.", published="2022-12-31"))
    assert meeting is not None and meeting.organizer == "Hội Cựu chiến binh Việt Nam (CCBVN)"


def test_an_unmarked_spelling_of_a_rally_is_a_rally_noun():
    meeting = extract_meeting(make_article(
        "Sáng 5/6, Tỉnh đoàn tổ chức Lễ Mittinh hưởng ứng Ngày Môi trường thế giới.\nĐoàn viên thanh niên tham gia trồng "
        "cây xanh.", published="2022-06-05"))
    assert meeting is not None and meeting.kind == "mít tinh"


def test_an_office_right_after_an_addressed_name_with_its_comma_left_out_is_the_persons():
    assert named_people("Đến dự còn có đ/c Huỳnh Út Mười Bí thư huyện ủy, ông Trần Văn Dũng, Chủ tịch UBND huyện.") == [
        ("Huỳnh Út Mười", ["Bí thư huyện ủy"]), ("Trần Văn Dũng", ["Chủ tịch UBND huyện"])]
    assert named_people("Ông Trần Thanh Hải Chủ tịch Hội đồng quản trị NutiFood, cho hay việc đầu tư là cần thiết.") == [
        ("Trần Thanh Hải", ["Chủ tịch Hội đồng quản trị NutiFood"])]
    # not without a form of address before the name: the run is no person then
    assert named_people("Nguyễn Văn An Chủ tịch UBND tỉnh cho biết.") == []


def test_a_foreign_provinces_or_districts_head_is_an_office():
    assert named_people("Chủ tịch UBND Thành phố Hồ Chí Minh Nguyễn Thành Phong và Tỉnh trưởng tỉnh Gangwon Choi Moonsoon "
                        "thực hiện nghi thức ký kết.")[-1] == ("Choi Moonsoon", ["Tỉnh trưởng tỉnh Gangwon"])
    assert named_people("Đoàn công tác do Quận trưởng Kim Youngbae làm trưởng đoàn.") == [
        ("Kim Youngbae", ["Quận trưởng"])]


def test_one_elected_at_the_congress_in_the_passive_attends_it():
    text = ("Sáng 20/7, Hội Liên hiệp Phụ nữ huyện Vạn Ninh tổ chức Đại hội đại biểu phụ nữ huyện lần thứ XII, nhiệm kỳ "
            "2016 - 2021.\nĐại hội đã bầu Ban Chấp hành gồm 25 đồng chí. Bà Phan Thị Tuyết Nhung tiếp tục được tín nhiệm "
            "bầu giữ chức Chủ tịch Hội LHPN huyện lần thứ XII, nhiệm kỳ 2016 - 2021.")
    assert _people(text)[1] == ["Phan Thị Tuyết Nhung"]


def test_one_elected_elsewhere_on_whose_occasion_a_message_is_sent_is_no_attendee():
    text = ("Nhân dịp Ngài Hassan Rouhani được bầu làm Tổng thống nước Cộng hòa Hồi giáo Iran, Chủ tịch nước Trần Đại Quang "
            "đã gửi điện mừng.\nNgày 25/5, Thứ trưởng Bộ Ngoại giao Vũ Hồng Nam đã có cuộc gặp với Đại sứ Iran tại Hà Nội "
            "Saleh Adibi.")
    assert "Hassan Rouhani" not in _people(text)[1]
