"""The 3 Dec eighteenth round: shapes the round's read set (audit43, baomoi articles annotated by hand, blind until this
round) and its precision audit (prec33) read wrong, each checked on the 35,440 baomoi articles; the sentences are
baomoi articles' outside every audit, named by their id."""
from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics
from tests.conftest import make_article
from tests.conftest import named_people as _titles


def _stats(sentence: str) -> list[tuple[str, str, float, str | None, str | None, float | None]]:
    """(text, kind, value, unit, qualifier, of) of every statistic read in one sentence."""
    return [(s.text, s.kind, s.value, s.unit, s.qualifier, s.of) for s in extract_statistics([sentence])]


def test_a_size_glued_to_its_sign_gives_each_side_in_its_unit():
    # 21477961, 21490235: the sides written without spaces around `x`
    assert _stats("Theo quan sát của PV, vết khoét có hình chữ nhật, kích thước khoảng 30x40 cm, sâu vào thân khoảng 2 cm.") == [
        ("khoảng 30", "measure", 30, "cm", "about", None), ("40 cm", "measure", 40, "cm", "about", None),
        ("khoảng 2 cm", "measure", 2, "cm", "about", None)]
    assert [s[:4] for s in _stats("Anh Long có khu đất rộng 70m2 (5x14m), nền đất cứng.")] == [
        ("70m2", "measure", 70, "m2"), ("5", "measure", 5, "m"), ("14m", "measure", 14, "m")]


def test_a_resolution_in_pixels_is_two_measures():
    # 22462726: after `độ phân giải`, which names what the size is of
    assert _stats("Màn hình: TFT cỡ 2,4 inch; độ phân giải 240 x 320 pixel.") == [
        ("2,4 inch", "measure", 2.4, "inch", None, None), ("240", "measure", 240, "pixel", None, None),
        ("320 pixel", "measure", 320, "pixel", None, None)]


def test_glued_figures_without_a_length_unit_are_no_size():
    # 22507565: a relay's legs; a drive and a pack of a volume (22365013) are no sides either
    assert _stats("Anh là thành viên của đội chạy nội dung 4x100m tiếp sức của đoàn thể thao Mỹ.") == []
    assert _stats("Xe trang bị hệ dẫn động 4x4.") == []
    assert [s[0] for s in _stats("Hóa chất Retic Park reagen kit, 1x380 ml+1.900 ml đắt gấp 5,8 lần.")] == [
        "1.900 ml", "5,8 lần"]


def test_parts_counted_by_a_classifier_are_of_their_whole():
    # 22578961: `quả` takes a modifier of its own in each part
    assert [(s[0], s[5]) for s in _stats(
        "Trong số 7 quả tên lửa đạn đạo tầm trung quân đội Iran dùng để tấn công IS ở Syria, chỉ có 2 quả đánh trúng mục "
        "tiêu, nguồn tin Israel tiết lộ.")] == [("2 quả đánh trúng mục tiêu", 7)]
    # 22443112: `cứ N hộ … thì có tới M hộ …`
    assert [(s[0], s[2], s[5]) for s in _stats(
        "Như vậy, tính trung bình, cứ 100 hộ gia đình thì có tới 15 hộ nghèo và cận nghèo.")] == [
        ("15 hộ nghèo", 15, 100)]


def test_destinations_are_counted_not_marks():
    # 21481762; a mark's range stays a pair of scores
    assert _stats("Travel + Leisure cung cấp thông tin tại hơn 65 điểm đến trên khắp thế giới.") == [
        ("hơn 65 điểm đến", "count", 65, "điểm đến", "over", None)]
    assert [s[1] for s in _stats("Học sinh trung bình có thể đạt từ 5 điểm đến 6 điểm.")] == ["score", "score"]


def test_a_numbered_department_or_team_is_in_the_title():
    # 21491201, 22728111
    assert _titles("Tại buổi lễ, Đại tá Phạm Minh Hòa, Trưởng phòng 3, Cục An ninh Tài chính, tiền tệ, Đầu tư (A84-Bộ "
                   "Công An) cho biết, đại diện Bộ Công an là thành viên.") == [
        ("Phạm Minh Hòa", ["Đại tá", "Trưởng phòng 3", "Cục An ninh Tài chính"])]
    assert _titles("Đoàn Vũ Duy – Nguyên Đội trưởng đội 11 phụ trách địa bàn quận Bình Thủy khai nhận.") == [
        ("Đoàn Vũ Duy", ["Nguyên Đội trưởng đội 11"])]


def test_a_bare_office_chained_without_its_comma_keeps_both_titles():
    # 22515810, 21495328
    assert _titles("Trả lời báo chí sau cuộc họp, Bộ trưởng Chủ nhiệm Văn phòng Chính phủ - Người phát ngôn của Chính "
                   "phủ, ông Mai Tiến Dũng cho biết.") == [
        ("Mai Tiến Dũng", ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ", "Người phát ngôn của Chính phủ"])]
    assert _titles("Cuộc mổ ghép diễn ra thành công”, PGS TS BS Thái Minh Sâm, Trưởng khoa Tiết niệu BV Chợ Rẫy cho "
                   "biết.") == [("Thái Minh Sâm", ["PGS", "TS", "BS", "Trưởng khoa Tiết niệu BV Chợ Rẫy"])]
    # an office with its body stays one title where a name follows (`Bộ trưởng Bộ Y tế X`)
    assert _titles("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cho biết.") == [("Nguyễn Thị Kim Tiến", ["Bộ trưởng Bộ Y tế"])]


def test_bodies_named_after_an_office_stay_in_the_title():
    # 21486224, 22279766, 22628395-like, 22261574
    assert _titles("Tư lệnh Bộ Tư lệnh Thái Bình Dương Quân đội Mỹ, Đô đốc Harry Harris gần đây đã tiến hành hội đàm.") == [
        ("Harry Harris", ["Tư lệnh Bộ Tư lệnh Thái Bình Dương Quân đội Mỹ", "Đô đốc"])]
    assert _titles("Cũng theo Tiến sỹ Alan Bollard, Giám đốc điều hành Ban Thư ký APEC, để tăng trưởng bền vững.") == [
        ("Alan Bollard", ["Tiến sỹ", "Giám đốc điều hành Ban Thư ký APEC"])]
    assert _titles("Chủ tịch Viện Đại biểu Quốc hội Belarus Vladimir Andreichenko cho biết.") == [
        ("Vladimir Andreichenko", ["Chủ tịch Viện Đại biểu Quốc hội Belarus"])]
    assert _titles("Tham dự có Tổng Biên tập Báo Đại biểu Nhân dân Đỗ Chí Nghĩa.") == [
        ("Đỗ Chí Nghĩa", ["Tổng Biên tập Báo Đại biểu Nhân dân"])]


def test_who_came_to_the_meeting_told_with_the_event_left_unsaid_attended():
    # 21490653: the attending sentence stands after the lead and names no event
    lead = ("Sáng nay 8.2, tại Công viên Gia Định (Q.Gò Vấp, TP.HCM) đã diễn ra lễ khởi công xây dựng 2 cầu vượt tại nút "
            "giao Trường Sơn (Q.Tân Bình) và nút giao Nguyễn Kiệm - Nguyễn Thái Sơn (Q.Gò Vấp).")
    body = ("Các đại biểu dự lễ thực hiện nghi thức khởi công. Hai cầu vượt này sẽ góp phần giải quyết nạn kẹt xe, nâng "
            "cao năng lực lưu thông cho các tuyến đường xung quanh sân bay Tân Sơn Nhất. Ủy viên Bộ Chính trị - Bí thư "
            "Thành ủy TP.HCM Đinh La Thăng cùng các lãnh đạo UBND TP, Sở GTVT, UBND các quận Gò Vấp, Tân Bình đã đến dự.")
    m = extract_meeting(make_article(f"{lead}\n{body}"))
    assert m is not None and [p.name for p in m.attendees] == ["Đinh La Thăng"]
