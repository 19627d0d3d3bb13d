"""The 6 Dec forty-seventh round: rules found by reading what prec68, audit115 and the web pages gathered this round
show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from core.extract.statistics import extract_statistics
from tests.conftest import make_article


# A wedding is a family's rite, not a meeting, whichever noun names it (baomoi 22323766 `hôn lễ của diễn viên …`,
# 22363325 `lễ cưới`, 22754968 `lễ thành hôn`); a body's rite held the same way is still one. (The forty-second round's
# test held the opposite; the annotators now stand 6 to 4 for no meeting: see WEDDING_RITES.)
def test_a_wedding_is_no_meeting() -> None:
    for text in ("Tối 19/5, hôn lễ của diễn viên Maika được tổ chức tại một trung tâm tiệc cưới lớn ở TP.HCM.\n",
                 "Chiều 24/5, đạo diễn Nguyễn Tranh tổ chức lễ cưới với vợ tại quê nhà ở Cần Thơ.\n",
                 "Tối 14/7, ca sĩ Huy Nam vừa tổ chức lễ thành hôn tại TP HCM trong sự chúc mừng của bạn bè.\n"):
        assert extract_meeting(make_article(text)) is None, text
    meeting = extract_meeting(make_article("Sáng 24/5, UBND tỉnh Cà Mau tổ chức lễ kỷ niệm 20 năm ngày tái lập tỉnh.\n"))
    assert meeting is not None and meeting.kind == "lễ"


# A minister of state as the press renders the office (baomoi 22547539, `Quốc vụ khanh Ung Sean đã trao cúp`).
def test_a_minister_of_state_is_an_office() -> None:
    found = find_people("Quốc vụ khanh Ung Sean đã trao cúp hữu nghị cho các vận động viên tham gia thi đấu giao hữu.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Ung Sean", ["Quốc vụ khanh"])]


# An office in lower case that opens a clause and runs to `, ông X` is X's whole office, also when its body names
# another office (baomoi 22260590 `người phát ngôn Văn phòng Tổng thống Myanmar, ông U Zaw Htay`, 22355833 `cựu Bộ
# trưởng Y tế Ethiopia, ông Tedros Adhanom`); not an office a verb governs (`thông qua người phát ngôn, ông Guterres`),
# nor a list's bare noun (`cán bộ, công chức, viên chức, đồng chí X`).
def test_a_lower_case_office_before_an_addressed_name() -> None:
    for sentence, expected in (
        ("Sau khi kết thúc cuộc họp, người phát ngôn Văn phòng Tổng thống Myanmar, ông U Zaw Htay, cho biết kết quả.",
         [("U Zaw Htay", ["người phát ngôn Văn phòng Tổng thống Myanmar"])]),
        ("Tại Geneva, cựu Bộ trưởng Y tế Ethiopia, ông Tedros Adhanom, đã được bầu làm Tổng Giám đốc mới.",
         [("Tedros Adhanom", ["cựu Bộ trưởng Y tế Ethiopia"])]),
        ("Trong một tuyên bố thông qua người phát ngôn, ông Antonio Guterres cho hay hành động này vi phạm nghị quyết.",
         [("Antonio Guterres", [])]),
        ("Về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức, đồng chí Phạm Minh Chính lưu ý.",
         [("Phạm Minh Chính", [])]),
    ):
        assert [(m.person.name, m.person.titles) for m in find_people(sentence)] == expected, sentence


# A list of people over `;` whose last clause joins a group with no name to its person before the attending verb
# (web69 w008 `Thủ tướng A; Ủy viên Bộ Chính trị B và đại diện lãnh đạo một số Bộ, ngành Trung ương, …; lãnh đạo tỉnh
# …, cùng đông đảo cán bộ … đến tham dự`): everyone the list names attends, as when the group closes the list alone.
def test_a_list_whose_last_item_joins_a_group_before_the_verb() -> None:
    lead = "Ngày 28/4, tỉnh Kiên Giang tổ chức Lễ kỷ niệm 40 năm Ngày giải phóng hoàn toàn miền Nam.\n"
    for listing in (
        "Thủ tướng Chính phủ Nguyễn Tấn Dũng; Thường trực Ban Bí thư Lê Hồng Anh và đại diện lãnh đạo một số Bộ đến "
        "tham dự.\n",
        "Thủ tướng Chính phủ Nguyễn Tấn Dũng; Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lê Hồng Anh và đại diện lãnh "
        "đạo một số Bộ, ngành Trung ương, Quân khu 9, Ban Chỉ đạo Tây Nam bộ; lãnh đạo tỉnh Kiên Giang, Bà mẹ Việt Nam Anh "
        "hùng, Anh hùng Lực lượng vũ trang nhân dân cùng đông đảo cán bộ, chiến sĩ và nhân dân thành phố đến tham dự.\n",
    ):
        meeting = extract_meeting(make_article(lead + listing))
        assert meeting is not None
        assert [p.name for p in meeting.attendees] == ["Nguyễn Tấn Dũng", "Lê Hồng Anh"], listing


# A city's abbreviation inside a sentence heads the place the name or the body runs on with (web69 w018 `Đại hội đại
# biểu Đoàn TNCS Hồ Chí Minh TP. Cần Thơ lần thứ I`; baomoi 22664483 `kỳ họp thứ 4 HĐND TP. Hà Nội khóa XV`); a place
# whose name opens on a function word is whole too (`thành phố Cần Thơ`); the sentence's own last dot still ends it.
def test_a_city_abbreviation_and_a_place_name_do_not_cut_a_body() -> None:
    for text, name, organizer in (
        ("Sáng 20/12, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP. Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030 đã khai mạc.\n",
         "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP. Cần Thơ lần thứ I", "Đoàn TNCS Hồ Chí Minh TP. Cần Thơ"),
        ("Sáng 20/12, Đại hội đại biểu Hội Nông dân thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030 đã khai mạc.\n",
         "Đại hội đại biểu Hội Nông dân thành phố Cần Thơ lần thứ I", "Hội Nông dân thành phố Cần Thơ"),
        ("Sáng 5/6, kỳ họp thứ 4 HĐND TP. Hà Nội khóa XV khai mạc.\n", "kỳ họp thứ 4 HĐND TP. Hà Nội khóa XV",
         "HĐND TP. Hà Nội khóa XV"),
        ("Chiều 5/6, Sở Y tế tổ chức cuộc họp về quản lý thức ăn trên địa bàn TP.\n",
         "cuộc họp về quản lý thức ăn trên địa bàn TP", "Sở Y tế"),
    ):
        meeting = extract_meeting(make_article(text))
        assert meeting is not None and (meeting.name, meeting.organizer) == (name, organizer), text


def _statistics(sentence: str) -> list[tuple[str, str, float]]:
    return [(s.text, s.kind, s.value) for s in extract_statistics([sentence])]


# Sites and features counted by `điểm` (audit115 a024 `13 điểm trồng cam`, a004 `1 điểm sáng`; baomoi 22403998 `6 điểm
# yếu`); a mark stays a score, `sáng` as the morning too.
def test_points_that_are_sites_or_features_are_counted() -> None:
    assert _statistics("Ông thăm một trong 13 điểm trồng cam của gia đình ông Mạnh.") == [
        ("13 điểm trồng cam", "count", 13.0)]
    assert _statistics("VNG sẽ là 1 điểm sáng trong mô hình Start-up.") == [("1 điểm sáng", "count", 1.0)]
    assert _statistics("Ông đã tìm ra 6 điểm yếu của đối thủ.") == [("6 điểm yếu", "count", 6.0)]
    assert _statistics("Đội tuyển giành 3 điểm sáng nay.") == [("3 điểm", "score", 3.0)]
    assert _statistics("Thí sinh đạt 23 điểm mới được nhận hồ sơ.") == [("23 điểm", "score", 23.0)]


# `điều` in lower case before what a body sends is the verb of dispatching (audit115 a002, baomoi 22748659); an article
# of a law is still no figure.
def test_a_dispatch_is_counted_an_article_of_law_is_not() -> None:
    assert _statistics("Cơ quan chức năng đã điều 2 xe chữa cháy đến hiện trường.") == [
        ("2 xe chữa cháy", "count", 2.0)]
    assert _statistics("Mỹ đã điều 3 tàu sân bay tới khu vực.") == [("3 tàu sân bay", "count", 3.0)]
    assert _statistics("Theo điều 5 của Luật Đất đai, người sử dụng đất có quyền này.") == []


# The classifiers of people count as `người` does when a part follows its whole (stat65 S111, baomoi 22653286 `Trong số
# 65 thủ phạm, 63 kẻ là đàn ông`; `cứ 10 bé gái … thì lại có 1 em`); an animal's or a thing's stays apart.
def test_a_part_counted_by_a_people_classifier() -> None:
    assert [(s.text, s.of) for s in extract_statistics(["Trong số 65 thủ phạm, 63 kẻ là đàn ông."])] == [("63 kẻ", 65)]
    assert [(s.text, s.of) for s in extract_statistics(["Cứ 10 bé gái tại đây thì lại có 1 em bị bệnh."])] == [
        ("1 em", 10)]
    assert [(s.text, s.of) for s in extract_statistics(["Trong số 20 con bò, 3 người nuôi được hỗ trợ."])] == [
        ("20 con bò", None), ("3 người nuôi", None)]


# A dollar price grouped in thousands whose decimals follow a comma and a stray space (audit117 a011, baomoi's gold
# reports `niêm yết ở mốc 1.244, 2 USD/oz`): one number, not the decimals alone.
def test_a_dollar_price_with_a_stray_space_after_its_decimal_comma() -> None:
    assert _statistics("Giá vàng thế giới niêm yết ở mốc 1.244, 2 USD/oz.") == [("1.244, 2 USD/oz", "money", 1244.2)]
    assert _statistics("Giá vàng thế giới niêm yết ở mốc 1.250, 86 USD/oz.") == [
        ("1.250, 86 USD/oz", "money", 1250.86)]


# The source a clause cites is not the subject of the verb another person after it does (audit117 a040, baomoi 22547330
# `Theo Đại tá X, cùng ngày, Thiếu tướng Y … đã chủ trì cuộc họp`); one the clause describes as chairing still chairs.
def test_a_cited_source_does_not_chair_what_it_reports() -> None:
    meeting = extract_meeting(make_article(
        "Theo Đại tá Phùng Tất Thành, cùng ngày, Thiếu tướng Bùi Văn Sơn đã chủ trì cuộc họp 3 ngành đánh giá vụ việc.\n"))
    assert meeting is not None and [p.name for p in meeting.chairs] == ["Bùi Văn Sơn"]
    meeting = extract_meeting(make_article(
        "Theo ông Nguyễn Hoàng Giang, giám đốc của VCPMC miền Bắc, người chủ trì cuộc gặp gỡ sáng ngày 7/7 thì doanh "
        "thu này chỉ bằng 1/2 so với mọi năm.\n"))
    assert meeting is not None and [p.name for p in meeting.chairs] == ["Nguyễn Hoàng Giang"]


# A list over `;` goes on past a group item with no name and past a full name the grammar does not read before its
# clause's person (web71 w018 `Các đồng chí: A, …; B, C – nguyên Tổng Bí thư; D, …; E - …; cùng các đồng chí lãnh đạo,
# …; lãnh đạo các bộ, ngành trung ương đã về dự`; baomoi 21511476 `Phó Chủ tịch nước A; đại diện lãnh đạo một số bộ,
# ban, ngành T.Ư; lãnh đạo tỉnh Hà Nam, cùng đông đảo nhân dân và du khách tham dự`).
def test_a_list_goes_on_past_group_items_and_unread_names() -> None:
    lead = "Sáng 7/5, tại Sân vận động tỉnh Điện Biên, Ban tổ chức tổ chức Lễ kỷ niệm 60 năm Chiến thắng Điện Biên Phủ.\n"
    meeting = extract_meeting(make_article(
        lead + "Các đồng chí: Nguyễn Phú Trọng, Tổng Bí thư; Lê Khả Phiêu, Nông Đức Mạnh – nguyên Tổng Bí thư; Trần Đức "
        "Lương - nguyên Chủ tịch nước; cùng các đồng chí lãnh đạo, nguyên là lãnh đạo Đảng, Nhà nước; lãnh đạo các bộ, "
        "ngành trung ương đã về dự.\n"))
    assert meeting is not None
    assert [p.name for p in meeting.attendees] == ["Nguyễn Phú Trọng", "Nông Đức Mạnh", "Trần Đức Lương"]
    meeting = extract_meeting(make_article(
        "Đêm 10-2, UBND huyện Lý Nhân tổ chức lễ đón nhận bằng công nhận di sản văn hóa phi vật thể quốc gia. Phó Chủ "
        "tịch nước Đặng Thị Ngọc Thịnh; đại diện lãnh đạo một số bộ, ban, ngành T.Ư; lãnh đạo tỉnh Hà Nam, cùng đông "
        "đảo nhân dân và du khách tham dự.\n"))
    assert meeting is not None and [p.name for p in meeting.attendees] == ["Đặng Thị Ngọc Thịnh"]
