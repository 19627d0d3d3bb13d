"""The 6 Dec forty-ninth round: rules found by reading what prec70, stat67, audit121/123 and the web pages gathered
this round show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by
their id, or on the round's web pages."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from core.extract.statistics import extract_statistics
from tests.conftest import make_article, meeting_people


def facts(sentence: str) -> list[tuple[str, float, str, str, float | None]]:
    return [(s.text, s.value, s.kind, s.unit, s.of) for s in extract_statistics([sentence])]


# Degrees and professions that universities' and hospitals' portals capitalise are counted like the titles of
# COUNTED_TITLES (web75 w008); a house number before a street named after no degree stays an address.
def test_capitalised_degrees_after_a_number_are_counted() -> None:
    assert facts("Trường hiện có 45 Tiến sĩ, 120 Thạc sĩ và 2 Bác sĩ chuyên khoa II.") == [
        ("45 Tiến sĩ", 45, "count", "tiến sĩ", None), ("120 Thạc sĩ", 120, "count", "thạc sĩ", None),
        ("2 Bác sĩ chuyên khoa II", 2, "count", "bác sĩ chuyên khoa ii", None)]
    assert facts("Trụ sở đặt tại số 24 Hoàng Quốc Việt.") == []


# A count per minute or per second is a rate, measured as a speed is: kind `measure`, its base in the unit, written with
# a slash or with `mỗi` (baomoi 22721811, 21475809, 22368538); a count per year stays a count, a frequency stays bare.
def test_a_count_per_minute_or_second_is_a_measured_rate() -> None:
    assert facts("Loại súng này có tốc độ bắn 650-750 viên/phút.") == [
        ("650-750 viên/phút", 650, "measure", "viên/phút", None), ("650-750 viên/phút", 750, "measure", "viên/phút", None)]
    assert facts("Pháo có thể bắn 6000 viên mỗi phút.") == [("6000 viên mỗi phút", 6000, "measure", "viên mỗi phút", None)]
    assert facts("Camera quay được 30 khung hình/giây.") == [("30 khung hình/giây", 30, "measure", "khung hình/giây", None)]
    assert facts("Sân bay đón 15 triệu hành khách/năm.") == [
        ("15 triệu hành khách/năm", 15_000_000, "count", "hành khách/năm", None)]
    assert facts("Nhà máy xuất xưởng 200 xe mỗi ngày.") == [("200 xe", 200, "count", "xe", None)]


# A run after a title that ends on a firm's legal form (`Corporation`, `JSC`, `Ltd`) is the firm's name, no one's: it
# stays the title of the person before it, and a name after the firm still opens a person (baomoi 22382546).
def test_a_run_ending_on_a_firms_legal_form_is_no_person() -> None:
    found = [(m.person.name, m.person.titles) for m in find_people(
        "Hội thảo nghe tham luận của bà Lưu Thị Thanh Mẫu, Tổng Giám đốc Phúc Khang Corporation.")]
    assert found == [("Lưu Thị Thanh Mẫu", ["Tổng Giám đốc Phúc Khang Corporation"])]
    assert [m.person.name for m in find_people("CEO Malaysia Airlines Peter Bellew cho biết.")] == ["Peter Bellew"]


# Staff joined after a title's body by `và` (`và đông đảo cán bộ`, `và chuyên viên`) are the list's next group, no field
# of the body's name; a body's own last field after `và` stays (web79 w001, w015; baomoi `Cục Quản lý nhà và thị trường
# bất động sản`).
def test_staff_after_and_end_a_title() -> None:
    found = find_people("Dự lễ khánh thành có ông Nguyễn Hữu Đông, Bí thư Tỉnh ủy Sơn La và đông đảo cán bộ, lãnh đạo ngành y tế.")
    assert [(m.person.name, m.person.titles) for m in found] == [("Nguyễn Hữu Đông", ["Bí thư Tỉnh ủy Sơn La"])]
    found = find_people("Về phía Bộ có đồng chí Trần Văn Quang, Phó Vụ trưởng Vụ Phát triển KH&CN địa phương và chuyên viên.")
    assert found[0].person.titles == ["Phó Vụ trưởng Vụ Phát triển KH&CN địa phương"]
    found = find_people("Ông Trần Văn An, Cục trưởng Cục Quản lý nhà và thị trường bất động sản cho biết.")
    assert found[0].person.titles == ["Cục trưởng Cục Quản lý nhà và thị trường bất động sản"]


# A later side of an attendance list, after its `;` or its colon, lists that side's people at the meeting (baomoi
# 22262228; the portals' `…; về phía xã có đồng chí C`, `…: Về phía Trung ương có …; Lãnh đạo tỉnh có …`).
def test_a_later_side_of_an_attendance_list_attends() -> None:
    _, attendees = meeting_people(
        "Chiều 13/5, Chủ tịch nước Trần Đại Quang đã tới dự và phát biểu tại Tọa đàm Hợp tác kinh tế - thương mại.\n"
        "Dự tọa đàm có các thành viên Đoàn đại biểu cấp cao Việt Nam; về phía Trung Quốc có Chủ tịch tỉnh Phúc Kiến Vu Vĩ "
        "Quốc, Đại sứ Trung Quốc tại Việt Nam Hồng Tiểu Dũng, cùng gần 300 doanh nghiệp.\n")
    assert "Hồng Tiểu Dũng" in attendees
    _, attendees = meeting_people(
        "Sáng 2/12, Hội Văn học nghệ thuật tỉnh tổ chức Đại hội đại biểu lần thứ V.\n"
        "Dự đại hội có các đồng chí: Về phía Trung ương có Nhà văn Trần Văn An- Phó Chủ tịch Hội Nhà văn; Lãnh đạo tỉnh có "
        "đồng chí Hoàng Thu Hà- Phó Chủ tịch HĐND tỉnh; Phạm Duy Bình- Phó Chủ tịch UBND tỉnh.\n")
    assert attendees == ["Trần Văn An", "Hoàng Thu Hà", "Phạm Duy Bình"]


# A range after a comparison is the difference, exact: `hơn` there is the comparison's, no bound (stat67 T023; baomoi
# 21473385); a range after `hơn` alone keeps `over`.
def test_a_range_after_a_comparison_has_no_bound() -> None:
    assert [(s.text, s.value, s.qualifier) for s in extract_statistics(["Nhiệt độ ngoài trời còn cao hơn 2 đến 4 độ C."])] == [
        ("2 đến 4 độ C", 2, None), ("2 đến 4 độ C", 4, None)]
    assert [s.qualifier for s in extract_statistics(["Giá tôm Việt Nam còn cao hơn 1-1,2 USD/kg."])] == [None, None]
    assert [s.qualifier for s in extract_statistics(["Có hơn 200-300 người tham gia."])] == ["over", "over"]


# A frequency per minute or per second is a measured rate too (stat67 S075; baomoi 22302073), a frequency per year stays
# a bare count of times.
def test_a_frequency_per_minute_is_a_rate() -> None:
    assert facts("Mạch 100 lần/phút, nhiệt độ 39 độ.")[0] == ("100 lần/phút", 100, "measure", "lần/phút", None)
    assert facts("Đoàn kiểm tra 3 lần/năm.") == [("3 lần", 3, "count", "lần", None)]


# The end of a programme under way for years (`chạy thử nghiệm từ tháng 11/2015 và sẽ kết thúc vào tháng 03/2020`) is no
# near plan: it does not date an undated meeting (baomoi 21511369, prec70 m01); a span within one year still does.
def test_the_end_of_a_span_begun_years_before_dates_no_meeting() -> None:
    lead = "Sáng nay (10/02), UBND thành phố Hải Phòng đã tổ chức Hội nghị công bố kết quả dự án xe buýt điện.\n"
    meeting = extract_meeting(make_article(
        lead + "Công ty sẽ cho mượn 1 xe để chạy thử nghiệm từ tháng 11/2015 và sẽ kết thúc vào tháng 03/2020.\n"))
    assert meeting is not None and meeting.date is None
    meeting = extract_meeting(make_article(
        lead + "Vòng bán kết sẽ diễn ra từ 23/02/2017 – 26/03/2017 tại Hà Nội.\n"))
    assert meeting is not None and meeting.date == "2017-02-10"
