"""Round s20, the faults web18 showed: an anniversary held with no event noun, `Ngày hội`/`Ngày thành lập` in a
sentence's middle, abbreviated ministries in titles, captions placed at the bare event, sourced or opened on `Trong
ảnh:`. Sentences from baomoi-dev articles (none from the gold files)."""

from __future__ import annotations

from core.clean.lines import (
    BODY,
    CAPTION,
    Line,
    _is_at_event_caption,
    _is_credited_caption,
    classify_lines,
)
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _meeting(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    return extract_meeting(make_article(text, published))


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# 22342699, 22657202: `tổ chức kỷ niệm N năm …` is the anniversary's ceremony.
def test_anniversary_held_by_verb_is_a_ceremony() -> None:
    meeting = _meeting("Ngày 22/5, liên ngành Thông tin và Truyền thông, Giáo dục và Đào tạo, Bưu điện Hà Nội tổ chức kỷ "
                       "niệm 30 năm Việt Nam tham gia Cuộc thi viết thư quốc tế UPU (1987 – 2017).", "2017-05-23")
    assert meeting is not None
    assert (meeting.kind, meeting.date) == ("lễ", "2017-05-22")
    assert meeting.name is not None and meeting.name.startswith("kỷ niệm 30 năm Việt Nam tham gia")
    meeting = _meeting("Tối 1/7, UBND tỉnh Bến Tre long trọng tổ chức kỷ niệm 195 năm Ngày sinh nhà thơ yêu nước Nguyễn "
                       "Đình Chiểu (1/7/1822 - 1/7/2017).", "2017-07-02")
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day, meeting.organizer) == (
        "lễ", "2017-07-01", "tối", "UBND tỉnh Bến Tre")


def test_anniversary_of_no_day_or_the_committee_is_no_ceremony() -> None:
    # 22341470: a couple's years together, in a wish
    assert _meeting("“Tôi đã định chờ đến khi bà bình phục trở về để tổ chức kỉ niệm 60 năm cùng nhau.") is None
    # 22321267: `Ban tổ chức kỷ niệm …` names a committee
    meeting = _meeting("Tối 19/5, tại Sân khấu Công viên Tượng đài Chủ tịch Hồ Chí Minh, Ban tổ chức kỷ niệm các ngày lễ "
                       "lớn Thành phố Hồ Chí Minh tổ chức chương trình biểu diễn nghệ thuật đặc biệt.")
    assert meeting is None or meeting.kind != "lễ" or not (meeting.name or "").startswith("kỷ niệm")


def test_anniversary_founding_day_gives_no_year() -> None:
    # 22627907: the founding day `(27/6/1977)` restates the day held; no `published`: null, not 1977
    meeting = _meeting("Ngày 27/6, Cty CP Cơ giới và Xây lắp số 9 (LICOGI 9) tổ chức kỷ niệm 40 năm ngày thành lập. Ông "
                       "Nguyễn Văn Cửu nhớ lại, Cty được thành lập sau ngày đất nước thống nhất hơn 2 năm (27/6/1977).")
    assert meeting is not None and meeting.kind == "lễ"
    assert meeting.date is None


def test_festival_named_in_the_sentence_is_no_merged_dateline() -> None:
    # `Ngày hội …` after `Ban tổ chức` does not start a new sentence: the day before it dates the meeting
    meeting = _meeting("Chiều 16-11, Ban tổ chức Ngày hội hoa mai anh đào Đà Lạt lần thứ nhất tổ chức họp báo cung cấp "
                       "thông tin về các sự kiện. Ngày hội sẽ diễn ra trong 3 ngày (từ ngày 29-11 đến ngày 01-12-2017).",
                       "2017-11-17")
    assert meeting is not None
    assert (meeting.kind, meeting.date, meeting.part_of_day) == ("họp báo", "2017-11-16", "chiều")
    # 22701839: the anniversary's name goes on over `Ngày sinh`
    meeting = _meeting("Sáng 7/7, tại Hà Nội, Thành ủy Hà Nội tổ chức lễ dâng hương kỷ niệm 100 năm Ngày sinh đồng chí "
                       "Phan Trọng Tuệ (7/7/1917 - 7/7/2017).", "2017-07-07")
    assert meeting is not None and meeting.name is not None and "Ngày sinh đồng chí Phan Trọng Tuệ" in meeting.name


def test_abbreviated_ministry_stays_in_the_title() -> None:
    # 22331971, 21478871, 21480220: `Bộ VH,TT&DL`, `Bộ LĐ,TB&XH`, `Sở VH, TT&DL`
    assert _people("Sự việc chỉ chính thức khép lại khi ông Lê Khánh Hải - Thứ trưởng Bộ VH,TT&DL lên tiếng.") == [
        ("Lê Khánh Hải", ["Thứ trưởng Bộ VH,TT&DL"])]
    assert _people("Ông Đỗ Văn Vịnh (cán bộ Bộ LĐ,TB&XH về hưu) cho biết.") == [("Đỗ Văn Vịnh", ["cán bộ Bộ LĐ,TB&XH"])]
    assert _people("Dự có ông Trần Hữu Sơn, nguyên Giám đốc Sở VH, TT&DL tỉnh Lào Cai.") == [
        ("Trần Hữu Sơn", ["nguyên Giám đốc Sở VH, TT&DL tỉnh Lào Cai"])]
    # a list of acronyms not closed by `&` is no body's fields
    assert _people("Dự có ông Nguyễn Văn An, Giám đốc Sở GTVT, UBND tỉnh và các sở, ngành.")[0][1][0] == "Giám đốc Sở GTVT"


def _line(text: str) -> Line:
    return Line(text, words=len(text.split()))


def test_act_placed_at_the_bare_event_is_a_caption() -> None:
    # 22516011, 21482117: captions merged into baomoi's running text
    assert _is_at_event_caption(_line("Các đại biểu thảo luận tại Hội nghị."))
    assert _is_at_event_caption(_line("Các bác sĩ đầu ngành trình bày báo cáo tại hội nghị."))
    assert _is_at_event_caption(_line("Tiết mục văn nghệ tại Đại hội."))
    # a writer's sentence: a tense word, a number, a frame opener, or more said after the event
    assert not _is_at_event_caption(_line("Tuy nhiên, chưa có thông tin cụ thể về thành phần tham dự của từng phái đoàn "
                                          "tại cuộc họp."))
    assert not _is_at_event_caption(_line("Bộ trưởng đã phát biểu tại hội nghị."))
    assert not _is_at_event_caption(_line("Tại hội nghị, các đại biểu thảo luận sôi nổi tại hội nghị."))
    assert not _is_at_event_caption(_line("Các đại biểu thảo luận tại hội nghị về 3 nội dung lớn."))


def test_sourced_or_in_photo_line_is_a_caption() -> None:
    assert _is_credited_caption("Binh sỹ Bỉ đứng gác bên ngoài nhà ga trung tâm Brussels. (Nguồn: AP)", 11)
    assert _is_credited_caption("Tòa chung cư Grenfell Tower ở London bị thiêu rụi sau hỏa hoạn ngày 14/6. "
                                "(Nguồn: AFP/TTXVN)", 16)
    assert not _is_credited_caption("Nguồn vốn cho dự án được bố trí từ ngân sách tỉnh.", 10)
    lead = ("Sáng 20/6, Công an tỉnh Bắc Ninh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2017, triển khai nhiệm vụ "
            "6 tháng cuối năm.")
    caption = ("Trong ảnh: Đại diện một doanh nghiệp đang phát biểu tại buổi đối thoại với lãnh đạo Cục Thuế và các sở, "
               "ngành của tỉnh về những vướng mắc trong thủ tục hoàn thuế giá trị gia tăng, thủ tục hải quan và đất đai "
               "ở khu công nghiệp.")
    body = ("Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ trong 6 tháng đầu năm và đề ra các giải pháp trọng tâm "
            "cho những tháng cuối năm.")
    result = classify_lines("\n\n".join(["Công an tỉnh Bắc Ninh sơ kết 6 tháng", lead, caption, body]) + "\n")
    labels = {line.text: line.label for line in result.lines}
    assert labels[caption] == CAPTION and labels[body] == BODY and labels[lead] == BODY


def test_in_photo_caption_glued_to_the_paragraph_is_split_off() -> None:
    lead = "Ngày 29/6, đã diễn ra hội nghị hợp tác đại học doanh nghiệp với nhiều đại biểu tham dự."
    signed = ("Tại hội nghị, đã diễn ra nghi thức ký kết giữa hai bên. Trong ảnh: Giám đốc Đại học Đà Nẵng (bên phải) "
              "giới thiệu văn kiện hợp tác vừa được ký kết. Ảnh: Trần Thanh Nhã.")
    body = "Hội nghị đã đánh giá thực trạng hợp tác giữa doanh nghiệp với các đơn vị đào tạo của Đại học Đà Nẵng."
    result = classify_lines("\n\n".join(["Hợp tác đại học và doanh nghiệp", lead, signed, body]) + "\n")
    labelled = [(line.label, line.text[:22]) for line in result.lines]
    assert (CAPTION, "Trong ảnh: Giám đốc Đạ") in labelled and (BODY, "Tại hội nghị, đã diễn ") in labelled
    # 22686010: baomoi's running text goes on after the caption: the line is left whole
    merged = signed.replace("Ảnh: Trần Thanh Nhã.", "Nhiều doanh nghiệp phản ánh gặp khó vì thủ tục còn chưa rõ ràng.")
    result = classify_lines("\n\n".join(["Hợp tác đại học và doanh nghiệp", lead, merged, body]) + "\n")
    assert [line.label for line in result.lines if line.text.startswith("Tại hội nghị")] == [BODY]
    assert not any(line.text.startswith("Trong ảnh") for line in result.lines)


def test_emulation_covenant_is_the_year_planned() -> None:
    # 21510674
    meeting = _meeting("Sáng 10-2, Cụm thi đua số 4 CATP Hà Nội đã tổ chức hội nghị ký giao ước thi đua năm 2017.",
                       "2017-02-10")
    assert meeting is not None and (meeting.review_year, meeting.plan_year) == (None, 2017)


def test_part_of_a_year_in_the_name_is_the_year_reviewed() -> None:
    # 22550861, 22684836: a press conference on the half-year's figures, a briefing of the half-year
    meeting = _meeting("Sáng 5/7, UBND tỉnh tổ chức họp báo thông tin về tình hình kinh tế xã hội của tỉnh 6 tháng đầu "
                       "năm 2017.", "2017-07-05")
    assert meeting is not None and (meeting.kind, meeting.review_year, meeting.plan_year) == ("họp báo", 2017, None)
    meeting = _meeting("Ngày 12/7, Thanh tra Chính phủ tổ chức Hội nghị giao ban thanh tra các bộ, ngành 6 tháng đầu năm "
                       "2017 để đánh giá kết quả công tác.", "2017-07-12")
    assert meeting is not None and meeting.review_year == 2017
    # a working session's topic is no review
    meeting = _meeting("Sáng 5/7, Đoàn công tác của Tỉnh ủy có buổi làm việc với huyện về tình hình phát triển kinh tế, "
                       "xã hội 6 tháng đầu năm 2017.", "2017-07-05")
    assert meeting is not None and meeting.review_year is None


def test_caption_at_the_bare_event_is_no_headline() -> None:
    caption = "Đồng chí Hoàng Văn Tứ, Phó Chủ tịch Thường trực HĐND tỉnh phát biểu tại hội nghị"
    lead = ("Ngày 08/6, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban với Thường trực HĐND các huyện, thành phố 6 "
            "tháng đầu năm 2018 để đánh giá kết quả hoạt động của HĐND các cấp.")
    body = "Các đại biểu đã trao đổi kinh nghiệm trong thực hiện các nhiệm vụ của Thường trực HĐND theo quy định."
    result = classify_lines("\n\n".join([caption, lead, body]) + "\n")
    assert result.title != caption
