"""The 3 Dec eleventh round: shapes the round's audits and blind sets found read wrong, each written from a
baomoi article other than the audits' and checked for what is returned."""
from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics
from core.tokenize import split_sentences
from tests.conftest import make_article, named_people


def _figures(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(s.text, s.value, s.kind, s.unit) for s in extract_statistics([sentence])]


def test_a_rate_read_per_two_things_keeps_both():
    assert _figures("Lúa sản xuất theo phương pháp hữu cơ đạt bình quân 6 tấn/ha/vụ.") == [
        ("6 tấn/ha/vụ", 6, "measure", "tấn/ha/vụ")]
    assert _figures("Mỗi tàu chỉ đánh bắt được 10 kg/chuyến/tàu.") == [
        ("10 kg/chuyến/tàu", 10, "measure", "kg/chuyến/tàu")]
    # one stroke, one rate, as before
    assert _figures("Công suất nhà máy đạt 300.000 tấn/năm.") == [("300.000 tấn/năm", 300000, "measure", "tấn/năm")]


def test_the_head_of_a_team_is_an_office_and_the_team_a_body():
    assert named_people("Sáng nay, Phó Thủ tướng Vương Đình Huệ, Tổ trưởng Tổ Công tác của Chính phủ chủ trì cuộc họp.") == [
        ("Vương Đình Huệ", ["Phó Thủ tướng", "Tổ trưởng Tổ Công tác của Chính phủ"])]
    # the team's name after the head no longer reads as a person's (`Tổ Công`)
    assert [p for p, _ in named_people("Tổ trưởng Tổ Công tác cho biết sẽ kiểm tra tiếp.")] == []
    # `Tổ chức` opens a body after an office too
    assert named_people("Thủ tướng tiếp ông Atsusuke Kawada, Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản "
                        "(JETRO) tại Việt Nam.")[-1] == (
        "Atsusuke Kawada", ["Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản (JETRO) tại Việt Nam"])


def test_a_speaker_whose_offices_run_long_before_the_verb_attends():
    meeting = extract_meeting(make_article(
        "Chiều ngày 22/6, Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định đã tổ chức cuộc họp với các chủ tàu cá.\n"
        "Ông Trần Văn Phúc, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định kiêm Tổ trưởng tổ công "
        "tác thẩm định tàu cá vỏ thép đã cho biết, chỉ trong một thời gian ngắn đã thẩm định xong.",
        published="2017-06-23"))
    assert meeting is not None
    assert [p.name for p in meeting.attendees] == ["Trần Văn Phúc"]


def test_a_bullet_after_a_stop_opens_a_sentence():
    assert split_sentences(["Quan điểm của quận là xử lý nghiêm, không bao che\". * Tại cuộc họp đó, Giám đốc Sở đã "
                            "tham dự. *Vậy hiệu trưởng đã tường trình ra sao?"]) == [
        "Quan điểm của quận là xử lý nghiêm, không bao che\".", "* Tại cuộc họp đó, Giám đốc Sở đã tham dự.",
        "*Vậy hiệu trưởng đã tường trình ra sao?"]
    # a product of two figures is no bullet
    assert len(split_sentences(["Diện tích 3 * 4 mét. Hết."])) == 2


def test_a_bound_before_the_figure_after_cung_or_phai():
    found = [(s.text, s.qualifier) for s in extract_statistics([
        "Muốn tách thửa đất trống thì tối thiểu phải 80 m 2 nhưng đất có nhà thì chỉ 50 m 2."])]
    assert found == [("tối thiểu phải 80 m 2", "over"), ("50 m 2", None)]
    assert [(s.value, s.qualifier) for s in extract_statistics(["Dù sao cũng là lễ, ít nhất cũng phải 10 triệu đồng."])] == [
        (10_000_000, "over")]


def test_a_group_of_members_is_a_body_and_its_name_may_hold_a_title_word():
    assert named_people("Phó Chủ tịch Thường trực Quốc hội, Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam khóa XIV Tòng "
                        "Thị Phóng phát biểu.") == [
        ("Tòng Thị Phóng", ["Phó Chủ tịch Thường trực Quốc hội", "Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam khóa XIV"])]
    # the list goes on past the group's name to the next item
    found = named_people("Tham dự có Chủ nhiệm Ủy ban Quốc phòng và An ninh, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam- Cuba, "
                         "Thượng tướng Võ Trọng Việt; Trưởng Ban Công tác đại biểu Trần Văn Túy.")
    assert found == [("Võ Trọng Việt", ["Chủ nhiệm Ủy ban Quốc phòng và An ninh", "Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam- Cuba",
                                       "Thượng tướng"]), ("Trần Văn Túy", ["Trưởng Ban Công tác đại biểu"])]


def test_an_event_as_subject_with_its_bare_verb_and_day_was_held_then():
    meeting = extract_meeting(make_article(
        "Hội nghị lần thứ hai các quan chức cao cấp APEC khai mạc sáng nay tại Hà Nội, với sự tham dự của các nền kinh tế "
        "thành viên.\nCác đại biểu thảo luận nhiều nội dung.", published="2017-05-11"))
    assert meeting is not None
    assert (meeting.kind, meeting.name, meeting.part_of_day) == (
        "hội nghị", "Hội nghị lần thứ hai các quan chức cao cấp APEC", "sáng")
    # a plan stays a plan
    assert extract_meeting(make_article("Kỳ họp thứ ba của Quốc hội sẽ khai mạc sáng 22/5 tới.\nCử tri mong đợi nhiều.",
                                        published="2017-05-11")) is None


def test_a_speaker_for_a_body_after_an_aspect_word_and_before_an_adverb():
    meeting = extract_meeting(make_article(
        "Chiều 15/6, Quốc hội đã hoàn thành phiên chất vấn và trả lời chất vấn tại Kỳ họp thứ 3.\n"
        "Trong nửa ngày cuối, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình đã thay mặt Chính phủ, trực tiếp trả "
        "lời chất vấn của đại biểu Quốc hội.", published="2017-06-16"))
    assert meeting is not None
    assert [(p.name, p.titles) for p in meeting.attendees] == [
        ("Trương Hòa Bình", ["Phó Thủ tướng Thường trực Chính phủ"])]
