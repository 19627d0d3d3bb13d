"""Chairs, attendees and their titles (s19): a body's fields listed in lower case, a committee's year, a subcommittee,
an office abbreviated by a portal, the office met again with its body written out, presenting a bill to the assembly,
a side's representatives, a bridge point's list, a list that goes on after one item's chairing words. Sentences of
baomoi-dev articles and of the raw web dev pages (not the gold files); each test checks what is extracted."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _found(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def _meeting(text: str) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    return ([(p.name, p.titles) for p in meeting.chairs], [(p.name, p.titles) for p in meeting.attendees])


def test_a_ministry_s_fields_listed_in_lower_case_after_the_first():
    assert _found("Trước đó, ngày 2-6, Thứ trưởng Bộ Văn hóa, thể thao và du lịch Huỳnh Vĩnh Ái ký công văn gửi "
                  "Hiệp hội du lịch thành phố Đà Nẵng.") == [
        ("Huỳnh Vĩnh Ái", ["Thứ trưởng Bộ Văn hóa, thể thao và du lịch"])]
    assert _found("Năm 2020 mới chính thức bỏ hàng loạt giấy tờ Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực "
                  "Nguyễn Công Khanh thông tin thêm.") == [
        ("Nguyễn Công Khanh", ["Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực"])]


def test_a_committee_s_lower_case_fields_then_its_owner():
    assert _found("Phó Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường của Quốc hội Phùng Đức Tiến đánh giá: "
                  "Việc sản xuất còn nhỏ lẻ.") == [
        ("Phùng Đức Tiến", ["Phó Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường của Quốc hội"])]


def test_a_list_of_groups_after_a_title_is_no_body_s_fields():
    # (`cán bộ` opens a title: the list after the comma is the people's, not the office's)
    found = _found("Ông Nguyễn Văn An, Trưởng phòng tài chính, cán bộ và nhân viên phòng dự họp.")
    assert found[0][1][0] == "Trưởng phòng tài chính"


def test_a_subcommittee_s_fields_and_year_after_the_name():
    assert _found("Đồng chí Đỗ Văn Bình – Huyện ủy viên, Phó Chủ tịch UBND huyện, Trưởng Tiểu Ban cứu hộ, cứu nạn và "
                  "tuyên truyền năm 2018 chủ trì cuộc họp.") == [
        ("Đỗ Văn Bình", ["Huyện ủy viên", "Phó Chủ tịch UBND huyện",
                         "Trưởng Tiểu Ban cứu hộ, cứu nạn và tuyên truyền năm 2018"])]


def test_a_festival_committee_s_year():
    assert _found("Trao đổi với báo chí, bà Phạm Thị Oanh, Phó Chủ tịch Thường trực UBND TP.Nam Định, Trưởng Ban tổ "
                  "chức lễ hội đền Trần năm 2017 cho biết, hơn 2.000 chiến sĩ được huy động.") == [
        ("Phạm Thị Oanh", ["Phó Chủ tịch Thường trực UBND TP.Nam Định", "Trưởng Ban tổ chức lễ hội đền Trần năm 2017"])]
    assert _found("Đồng chí Thuận Hữu, Ủy viên T.Ư Đảng, Chủ tịch Hội đồng Chung khảo Giải Báo chí quốc gia năm 2016, "
                  "cho biết: Quá trình chấm được thực hiện đúng Điều lệ.") == [
        ("Thuận Hữu", ["Ủy viên T.Ư Đảng", "Chủ tịch Hội đồng Chung khảo Giải Báo chí quốc gia năm 2016"])]


def test_an_office_abbreviated_before_the_next_title():
    assert _found("Về dự và chỉ đạo Đại hội có đồng chí Lê Trí Viễn, TUC, Bí thư Huyện ủy, Chủ tịch HĐND huyện; đồng "
                  "chí Nguyễn Văn Hùng, Phó Chủ tịch Hội Cựu chiến binh tỉnh") == [
        ("Lê Trí Viễn", ["TUC", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]),
        ("Nguyễn Văn Hùng", ["Phó Chủ tịch Hội Cựu chiến binh tỉnh"])]


def test_a_body_s_acronym_is_no_abbreviated_office():
    assert _found("Ông Lê Văn An, UBND, Chủ tịch Hội nông dân cho biết.") == [("Lê Văn An", [])]


def test_the_bare_office_where_the_role_is_told_takes_the_introduced_body():
    text = ("Thủ tướng: Hoài bão của tiền nhân là cảm hứng cho doanh nhân\n"
            "Ngày 17/5, tại Trung tâm Hội nghị Quốc gia, Hà Nội, Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị Thủ tướng "
            "Chính phủ với doanh nghiệp năm 2017. Ngay sau đó, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng đã "
            "thay mặt Chính phủ trình bày báo cáo sơ kết tình hình 1 năm thực hiện Nghị quyết 35.\n"
            "“Doanh nghiệp đã tăng mạnh”, Bộ trưởng Nguyễn Chí Dũng khẳng định.")
    _, attendees = _meeting(text)
    assert ("Nguyễn Chí Dũng", ["Bộ trưởng Bộ Kế hoạch và Đầu tư"]) in attendees


def test_the_first_mention_s_bare_office_stays_where_it_tells_the_role():
    # (dev gold: the chair keeps the office as written where the chairing is told)
    text = ("Nhà mạng phải chịu trách nhiệm về thông tin thuê bao di động\n"
            "Ngày 14-6, Bộ Tài chính đã tổ chức Hội nghị phổ biến Nghị định 52/2017/NĐ-CP dưới sự chủ trì của Thứ "
            "trưởng Lê Văn Khoa. Kết luận hội nghị, Thứ trưởng Bộ Tài chính Lê Văn Khoa khẳng định, Nghị định 52 sẽ "
            "chính thức được áp dụng từ 1-8-2017.")
    chairs, _ = _meeting(text)
    assert chairs == [("Lê Văn Khoa", ["Thứ trưởng"])]


def test_presenting_a_draft_to_the_assembly_is_taking_part():
    text = ("Quốc hội thảo luận về xử lý nợ xấu\n"
            "Chiều 22/5, tại kỳ họp thứ 3, Thống đốc Ngân hàng Nhà nước Lê Minh Hưng đã trình Quốc hội dự thảo nghị "
            "quyết về xử lý nợ xấu của các tổ chức tín dụng.")
    assert _meeting(text)[1] == [("Lê Minh Hưng", ["Thống đốc Ngân hàng Nhà nước"])]


def test_a_side_s_representatives_listed():
    text = ("Tổng LĐLĐVN và Hội LHPN VN: Đem lại nhiều lợi ích cho lao động nữ\n"
            "Chiều 9.6, tại Hà Nội đã diễn ra lễ ký kết Chương trình phối hợp giữa Tổng LĐLĐVN và Hội Liên hiệp Phụ "
            "nữ VN. Đại diện Hội LHPN VN có đồng chí Nguyễn Thị Thu Hà - Ủy viên T.Ư Đảng, Chủ tịch T.Ư Hội LHPNVN; "
            "đồng chí Nguyễn Thị Tuyết - Phó Chủ tịch T.Ư Hội LHPN VN.")
    names = [name for name, _ in _meeting(text)[1]]
    assert names == ["Nguyễn Thị Thu Hà", "Nguyễn Thị Tuyết"]


def test_a_bridge_point_s_list():
    text = ("Hội nghị trực tuyến triển khai kỳ thi tốt nghiệp THPT năm 2021\n"
            "Sáng 17/6, Bộ Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai kỳ thi tốt nghiệp THPT năm "
            "2021. Tại điểm cầu tỉnh có các đồng chí: Trần Văn Tân - Phó Chủ tịch UBND tỉnh; Hà Thanh Quốc- Giám đốc "
            "Sở Giáo dục và Đào tạo cùng các thành viên trong Ban Chỉ đạo thi.")
    names = [name for name, _ in _meeting(text)[1]]
    assert names == ["Trần Văn Tân", "Hà Thanh Quốc"]


def test_a_list_goes_on_after_an_item_s_chairing_words():
    text = ("Viện Kiểm sát tỉnh sơ kết công tác 6 tháng đầu năm 2017\n"
            "Ngày 9/6, Viện Kiểm sát nhân dân tỉnh Trà Vinh tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2017. "
            "Tham dự Hội nghị có: đồng chí Phan Hoàng Hải- Viện trưởng, chủ trì Hội nghị, các đồng chí Phó viện "
            "trưởng Nguyễn Văn Lâu, Lê Trai cùng các đồng chí Viện trưởng VKS cấp huyện.")
    chairs, attendees = _meeting(text)
    assert [name for name, _ in chairs] == ["Phan Hoàng Hải"]
    assert [name for name, _ in attendees] == ["Nguyễn Văn Lâu", "Lê Trai"]
