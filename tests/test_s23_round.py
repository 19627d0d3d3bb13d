"""The 2 Dec eighth round (web24 opened, web25x, audit24): the talks a welcome ceremony turns to, a ward's dialogue
with its residents, a name that ends at `tiếp tục`, the topic of `về (việc) tổ chức`, councils' sittings named with
`thường lệ`, a chair named as a label after `Chủ trì hội nghị`, `lễ sơ kết`, a headline's holder by its acronym, and an
event pointed back to with `trên`. Sentences from the baomoi corpus or written in the pages' shapes."""

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article, named_people
from tests.test_s11_recall import _meeting as meeting


@pytest.mark.parametrize("turn", [
    "Sau lễ đón, Chủ tịch nước Trần Đại Quang đã hội đàm với Tổng thống Cộng hòa Czech Milos Zeman.",
    "Bước vào cuộc hội đàm, Chủ tịch nước Trần Đại Quang hoan nghênh Tổng thống Milos Zeman thăm Việt Nam.",
])
def test_the_talks_a_welcome_ceremony_turns_to_are_the_meeting(turn):
    m = meeting("Sáng 8/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã chủ trì lễ đón trọng thể Tổng thống Cộng hòa "
                "Czech Milos Zeman thăm cấp Nhà nước tới Việt Nam. " + turn, "2017-06-08")
    assert m.kind == "hội đàm"
    assert "Trần Đại Quang" in {p.name for p in m.attendees}


def test_talks_still_to_come_leave_the_welcome_ceremony_the_meeting():
    m = meeting("Ngày 29/5, Tổng thống Pháp Emmanuel Macron đã chủ trì lễ đón người đồng cấp Nga Vladimir Putin tại cung "
                "điện Versailles. Sau lễ đón, lãnh đạo hai nước sẽ có cuộc hội đàm về quan hệ song phương.", "2017-05-29")
    assert m.kind == "lễ"


def test_a_wards_dialogue_with_its_residents_is_a_dialogue():
    m = meeting("Tối 10/5/2019, lãnh đạo Đảng ủy và Ủy ban nhân dân phường đã có buổi tiếp xúc đối thoại trực tiếp với "
                "Nhân dân Phường 3. Buổi tiếp xúc đối thoại đã ghi nhận 10 lượt ý kiến.")
    assert (m.kind, m.name, m.date, m.part_of_day) == (
        "đối thoại", "buổi tiếp xúc đối thoại trực tiếp với Nhân dân Phường 3", "2019-05-10", "tối")


def test_a_conference_named_for_a_dialogue_keeps_its_comma_pair_and_is_a_conference():
    m = meeting("Ngày 16/5/2024, Ủy ban Mặt trận Tổ quốc phường phối hợp Ủy ban nhân dân phường đã tổ chức Hội nghị tiếp "
                "xúc, đối thoại giữa Chủ tịch Ủy ban nhân dân phường với nhân dân.")
    assert (m.kind, m.name) == ("hội nghị", "Hội nghị tiếp xúc, đối thoại giữa Chủ tịch Ủy ban nhân dân phường với nhân dân")
    # (the head noun gives the kind: every gold file naming one writes `hội nghị`, see test_s27_round)
    m = meeting("Sáng 20/6, Cục Thuế tỉnh tổ chức Hội nghị đối thoại chính sách pháp luật thuế với doanh nghiệp.", "2017-06-20")
    assert m.kind == "hội nghị"
    # (the verb after its subject keeps the conference's noun: dev's gold)
    m = meeting("Sáng 20/6, diễn ra hội nghị Thủ tướng đối thoại với doanh nghiệp.", "2017-06-20")
    assert m.kind == "hội nghị"


def test_a_meeting_going_on_with_its_work_ends_its_name_at_tiep_tuc():
    m = meeting("Chiều 5/7, Kỳ họp thứ 5 Hội đồng nhân dân Thành phố Hồ Chí Minh tiếp tục phiên thảo luận về chủ đề an toàn "
                "thực phẩm, ông Nguyễn Tấn Bỉnh, Giám đốc Sở Y tế cho biết nhiều thực phẩm chưa được kiểm soát.", "2017-07-05")
    assert (m.name, m.organizer) == ("Kỳ họp thứ 5 Hội đồng nhân dân Thành phố Hồ Chí Minh",
                                     "Hội đồng nhân dân Thành phố Hồ Chí Minh")


def test_tiep_tuc_before_the_holding_verb_still_places_the_meeting():
    m = meeting("Ngày 13/5, các cuộc họp liên quan trong khuôn khổ Hội nghị lần thứ hai các quan chức cao cấp APEC tiếp tục "
                "diễn ra tại Hà Nội.", "2017-05-13")
    assert m.location == "Hà Nội"


def test_the_holding_a_document_or_talk_is_about_is_no_meeting_held():
    m = meeting("Thực hiện Điều 125, Luật Tổ chức Chính quyền địa phương năm 2015 về tổ chức hội nghị trao đổi, đối thoại giữa Ủy ban "
                "nhân dân phường với nhân dân; Quyết định số 12-QĐ/TU về ban hành Quy chế đối thoại trực tiếp. Tối ngày "
                "17/10/2018 UBND Phường An Bình đã tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND phường với nhân dân.")
    assert (m.name, m.date, m.organizer) == ("hội nghị đối thoại trực tiếp giữa Chủ tịch UBND phường với nhân dân",
                                             "2018-10-17", "UBND Phường An Bình")


def test_a_councils_regular_sitting_names_its_council():
    m = meeting("Chiều ngày 09/12/2025, kỳ họp thường lệ cuối năm 2025 HĐND tỉnh khoá XV tiếp tục chương trình làm việc "
                "với các nội dung nghe báo cáo tổng hợp ý kiến, kiến nghị của cử tri.")
    assert (m.kind, m.organizer, m.date) == ("kỳ họp", "HĐND tỉnh khoá XV", "2025-12-09")


@pytest.mark.parametrize("chair, titles", [
    ("BSCKII Trần Văn Minh – Giám đốc Bệnh viện", ["BSCKII", "Giám đốc Bệnh viện"]),
    ("Giám đốc Sở Y tế Trần Văn Minh", ["Giám đốc Sở Y tế"]),
])
def test_a_chair_named_as_a_label_after_chu_tri_hoi_nghi(chair, titles):
    m = meeting("Chiều ngày 08/07/2022, Bệnh viện Đa khoa tỉnh đã tổ chức Hội nghị sơ kết 6 tháng đầu năm 2022. Chủ trì hội "
                f"nghị {chair} cùng với sự tham gia của Ban lãnh đạo và các Trưởng khoa.")
    assert [(p.name, p.titles) for p in m.chairs] == [("Trần Văn Minh", titles)]


def test_a_half_year_review_held_as_a_ceremony():
    m = meeting("Ngày 14 tháng 7 năm 2018 vừa qua, Bệnh viện Đa khoa tỉnh đã tổ chức lễ sơ kết 6 tháng đầu năm, nhằm đánh "
                "giá tình hình thực hiện nhiệm vụ chuyên môn.")
    assert (m.kind, m.date, m.organizer) == ("lễ", "2018-07-14", "Bệnh viện Đa khoa tỉnh")


def test_a_headline_names_the_holder_by_its_acronym():
    article = make_article("Kết thúc năm 2019, các công ty thành viên ghi nhận doanh thu ổn định. Đây là nội dung được ông "
                           "Trần Văn Minh, Tổng Giám đốc, báo cáo tại Hội nghị tổng kết hoạt động kinh doanh năm 2019, triển "
                           "khai kế hoạch năm 2020.")
    article.title = "HAG tổ chức Hội nghị Tổng kết hoạt động kinh doanh năm 2019"
    m = extract_meeting(article)
    assert m is not None and (m.kind, m.organizer) == ("hội nghị", "HAG")
    article.title = "Hội nghị Tổng kết hoạt động kinh doanh năm 2019"
    m = extract_meeting(article)
    assert m is not None and m.organizer is None


def test_an_event_pointed_back_to_with_tren_is_the_meeting_told():
    m = meeting("Kết quả được công bố tại hội nghị sơ kết công tác 6 tháng đầu năm 2017 của Bộ Thông tin và Truyền thông, "
                "sáng 14/7. Tại lễ sơ kết trên, ông Trần Mạnh Hùng, Chủ tịch Tập đoàn Bưu chính Viễn thông Việt Nam cho "
                "biết doanh thu tăng 5%.", "2017-07-14")
    assert m.kind == "hội nghị"
    assert "Trần Mạnh Hùng" in {p.name for p in m.attendees}


@pytest.mark.parametrize("sentence, titles", [
    ("Đại biểu Bùi Sỹ Lợi (Thanh Hóa), Phó Chủ nhiệm Ủy ban về các vấn đề xã hội nhìn nhận tình trạng này.",
     ["Đại biểu", "Phó Chủ nhiệm Ủy ban về các vấn đề xã hội"]),
    ("Ông Lu Kang (Lục Khảng), người phát ngôn bộ Ngoại giao Trung Quốc, trong cuộc họp báo thường kỳ cho biết.",
     ["người phát ngôn bộ Ngoại giao Trung Quốc"]),
    # no title after the bracket: the clause goes on, nothing is added
    ("Theo đại biểu Trần Hoàng Ngân (TP.HCM), trong 3 năm qua Chính phủ đã làm việc tốt.", ["đại biểu"]),
])
def test_titles_go_on_after_a_bracketed_province_or_spelling(sentence, titles):
    assert named_people(sentence)[0][1] == titles


@pytest.mark.parametrize("text, name", [
    ("Sáng 16/5, tại Hà Nội, Ủy ban quốc gia APEC 2017 phối hợp với Hội đồng hợp tác kinh tế Thái Bình Dương tổ chức Đối "
     "thoại nhiều bên về APEC hướng tới 2020 và tương lai.", "Đối thoại nhiều bên về APEC hướng tới 2020 và tương lai"),
    ("Phát biểu tại Đối thoại Shangri-La 2017 đang diễn ra ở Singapore, Thủ tướng Australia Malcolm Turnbull kêu gọi các "
     "nước tôn trọng luật pháp quốc tế.", "Đối thoại Shangri-La 2017"),
])
def test_a_dialogue_named_with_a_capital_is_an_event(text, name):
    m = meeting(text, "2017-06-02")
    assert (m.kind, m.name) == ("đối thoại", name)
    assert m.location != name  # the event is no place


def test_a_dialogue_in_lower_case_is_the_practice_not_an_event():
    from core.extract.meetings import find_events
    assert find_events("Tỉnh yêu cầu các sở tổ chức đối thoại định kỳ với doanh nghiệp.", 0) == []


@pytest.mark.parametrize("sentence", [
    "Đại biểu Đỗ Ngọc Thịnh, Chủ tịch Liên đoàn Luật sư Việt Nam cho rằng điều tra tội phạm là trách nhiệm của nhà nước.",
    "Chủ tịch Liên đoàn Luật sư Việt Nam Đỗ Ngọc Thịnh phát biểu tại phiên thảo luận.",
])
def test_a_federation_of_a_profession_keeps_its_name(sentence):
    assert named_people(sentence)[0] == ("Đỗ Ngọc Thịnh", [*(["Đại biểu"] if sentence.startswith("Đại") else []),
                                                          "Chủ tịch Liên đoàn Luật sư Việt Nam"])


def test_a_delegation_head_is_no_guild():
    # (the delegation's head is a bare office chained without its comma: a title of its own since the 3 Dec eighteenth
    # round, not one title with the minister's office)
    assert named_people("Trưởng đoàn Bộ trưởng Bộ Công Thương Trần Tuấn Anh phát biểu.")[0] == (
        "Trần Tuấn Anh", ["Trưởng đoàn", "Bộ trưởng Bộ Công Thương"])


def test_tu_do_does_not_end_a_meetings_name_at_do():
    m = meeting("Ngày 29/6, tại Moskva đã diễn ra phiên họp đầu tiên của Ủy ban hỗn hợp về thực thi Hiệp định thương mại tự "
                "do giữa Việt Nam và Liên minh Kinh tế Á-Âu.", "2017-06-30")
    assert m.name == ("phiên họp đầu tiên của Ủy ban hỗn hợp về thực thi Hiệp định thương mại tự do giữa Việt Nam và Liên "
                      "minh Kinh tế Á-Âu")


@pytest.mark.parametrize("sentence, titles", [
    ("Cục trưởng Cục Quản lý giá (Bộ Tài chính) Nguyễn Anh Tuấn cho biết chỉ số giá tiêu dùng tăng nhẹ.",
     ["Cục trưởng Cục Quản lý giá (Bộ Tài chính)"]),
    ("Tổng Cục trưởng Tổng cục Du lịch (Bộ Văn hóa - Thể thao và Du lịch) Nguyễn Văn Tuấn nhận định: nhân lực còn thiếu.",
     ["Tổng Cục trưởng Tổng cục Du lịch (Bộ Văn hóa - Thể thao và Du lịch)"]),
])
def test_the_body_a_title_belongs_to_in_brackets_before_the_name(sentence, titles):
    assert named_people(sentence)[0][1] == titles


def test_after_a_name_the_bracketed_body_closes_the_titles():
    people = named_people("Theo ông Triệu Khắc Dũng, Phó Cục trưởng Cục Quản lý Xây dựng (Bộ Giao thông Vận tải), dự án "
                          "Cát Linh - Hà Đông hiện đã hoàn thành phần xây lắp.")
    assert people[0] == ("Triệu Khắc Dũng", ["Phó Cục trưởng Cục Quản lý Xây dựng (Bộ Giao thông Vận tải)"])


@pytest.mark.parametrize("sentence, unit", [
    ("Các nước Arab đưa ra bản yêu sách gồm 13 điểm với Qatar.", "điểm"),
    ("Lực lượng chức năng đã tháo dỡ 812 điểm lấn chiếm, tái lập hiện trạng vỉa hè.", "điểm lấn chiếm"),
    ("Ở cấp quận huyện có 111 điểm vị trí bán hoa, đặc biệt đường hoa ở Phú Mỹ Hưng.", "điểm vị trí bán hoa"),
])
def test_points_that_are_items_or_places_are_counted(sentence, unit):
    from core.extract.statistics import extract_statistics
    found = [(s.kind, s.unit) for s in extract_statistics([sentence])]
    assert found == [("count", unit)]


def test_points_of_a_mark_stay_a_score():
    from core.extract.statistics import extract_statistics
    assert [(s.kind, s.unit) for s in extract_statistics(["Thí sinh đạt 27 điểm ba môn."])] == [("score", "điểm")]


@pytest.mark.parametrize("sentence, found", [
    ("Các công trình cần hơn 6 triệu khối cát san lấp.", [("measure", "khối", 6_000_000)]),
    ("Khu di tích có 29.000 khối đá được xếp chồng.", [("count", "khối đá", 29_000)]),  # blocks counted, no volume
    ("Hai dự án sai phạm khoảng 22 tỷ đối với dự án xây dựng cầu.", [("money", "VND", 22_000_000_000)]),
    ("Điểm thi được quy về thang điểm 10 đối với toàn bài.", []),
])
def test_khoi_before_a_material_is_a_volume_and_doi_voi_no_counted_noun(sentence, found):
    from core.extract.statistics import extract_statistics
    assert [(s.kind, s.unit, s.value) for s in extract_statistics([sentence])] == found


def test_a_review_held_as_a_session_is_a_conference():
    m = meeting("Chiều 17/6 tại tỉnh Hà Nam, Phó Thủ tướng Vương Đình Huệ chủ trì buổi sơ kết của 16 tỉnh, thành phố khu "
                "vực Đồng bằng sông Hồng và Bắc Trung Bộ.", "2017-06-18")
    assert (m.kind, m.date, m.part_of_day) == ("hội nghị", "2017-06-17", "chiều")
    assert [p.name for p in m.chairs] == ["Vương Đình Huệ"]


def test_before_leaving_dates_the_meeting_that_follows():
    m = meeting("Trước khi lên đường vào TP.HCM dự vòng chung kết, sáng 11/7, HLV Hữu Thắng có buổi gặp gỡ, chia sẻ thông "
                "tin với các đơn vị truyền thông.", "2017-07-11")
    assert (m.kind, m.date) == ("cuộc gặp", "2017-07-11")
