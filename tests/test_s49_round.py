"""The 5 Dec thirty-fourth round: rules found by reading what audit73 (drawn and annotated blind at this round's start),
prec49 and stat49 show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles',
named by their id."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# The speaker whose own predicate places them at `một` (an) event of the meeting's kind (22521874 `Người phát ngôn Cho
# June-hyuck … tuyên bố tại một cuộc họp báo`, 22711525 `… Christine Lagarde trong một phiên thảo luận`) attends it.
def test_placed_at_an_indefinite_event() -> None:
    text = ("Bộ Ngoại giao Hàn Quốc tuyên bố coi trọng quan hệ với Việt Nam.\n"
            "Người phát ngôn Cho June-hyuck của bộ này tuyên bố tại một cuộc họp báo rằng hai nước cần hướng tới tương lai.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "họp báo"
    assert [(p.name, p.titles) for p in meeting.attendees] == [("Cho June-hyuck", ["Người phát ngôn"])]


# An office after `với` in the phrase that opens the sentence is the one addressed (22528722 `Tiếp tục tranh luận với Bộ
# trưởng, đại biểu Trương Trọng Nghĩa`, 21489784 `Báo cáo với Bí thư Thành ủy, Phó Giám đốc Sở …`, 22708308 `Tại cuộc
# gặp với Tổng Giám đốc WHO, Thủ tướng …`); after a subject and its verb the chain is the object's (22244997 `… đã hội
# đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình`).
def test_an_office_addressed_after_voi_opens_no_title_chain() -> None:
    from tests.conftest import named_people

    assert named_people("Tiếp tục tranh luận với Bộ trưởng, đại biểu Trương Trọng Nghĩa bày tỏ lo âu.") == [
        ("Trương Trọng Nghĩa", ["đại biểu"])]
    assert named_people("Báo cáo với Bí thư Thành ủy, Phó Giám đốc Sở TN&MT Nguyễn Văn Hồng cho biết như vậy.") == [
        ("Nguyễn Văn Hồng", ["Phó Giám đốc Sở TN&MT"])]
    assert named_people("Chủ tịch nước Trần Đại Quang đã hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.") == [
        ("Trần Đại Quang", ["Chủ tịch nước"]), ("Tập Cận Bình", ["Tổng Bí thư", "Chủ tịch Trung Quốc"])]
    assert named_people("Phóng viên đã trao đổi với Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng.") == [
        ("Mai Tiến Dũng", ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"])]


# A steering committee's name in lower case goes on over `và` up to its verb of saying, an aspect word between (22728845
# `Trưởng Ban chỉ đạo đổi mới và phát triển doanh nghiệp đã nhấn mạnh`).
def test_a_committees_lower_case_fields_before_an_aspect_and_a_speech_verb() -> None:
    from tests.conftest import named_people

    assert named_people("Phó Thủ tướng Vương Đình Huệ, Trưởng Ban chỉ đạo đổi mới và phát triển doanh nghiệp đã nhấn "
                        "mạnh như vậy.") == [
        ("Vương Đình Huệ", ["Phó Thủ tướng", "Trưởng Ban chỉ đạo đổi mới và phát triển doanh nghiệp"])]
    # a second person after `và` is no field
    assert named_people("Giám đốc Sở Y tế Nguyễn Văn A và Phó Giám đốc Trần Văn B đã cho biết như vậy.") == [
        ("Nguyễn Văn A", ["Giám đốc Sở Y tế"]), ("Trần Văn B", ["Phó Giám đốc"])]


# `cả N` before a verb or an adverb stands for those just named: all N of them, a count (22756456 `Cả 2 đã được cảnh
# sát cho tại ngoại`; dev d026 `cả 3`, audit73's `cả 2`), people as the gold sets infer; a noun after it is its own unit.
def test_all_n_of_them_is_a_count_of_people() -> None:
    from core.extract.statistics import extract_statistics

    def facts(sentence: str) -> list[tuple[float, str, str | None]]:
        return [(s.value, s.kind, s.unit) for s in extract_statistics([sentence])]

    assert facts("Cả 2 đã được cảnh sát cho tại ngoại.") == [(2, "count", "người")]
    assert facts("Theo nhóm anh Dèn, cả 3 sau khi bị dọa nên đã bỏ chạy.") == [(3, "count", "người")]
    assert facts("Cả 4 nước đều đồng ý.") == [(4, "count", "nước")]
    # no `cả`: a bare number before an adverb counts nothing
    assert facts("Anh ấy nói 3 đều đúng.") == []


# One office written bare once and with its body once, a middle name left out once (22326058 `Bộ trưởng Nguyễn Thị Kim
# Tiến nêu rõ` | `Bộ trưởng Bộ Y tế Nguyễn Kim Tiến khẳng định`): one person, the fuller name and the fuller office; not
# two deputies (22438614 `đại biểu Nguyễn Thị Lan (Hà Nội)` | `Đại biểu Quốc hội tỉnh Bắc Ninh Nguyễn Thị Ngọc Lan`).
def test_a_middle_name_dropped_with_the_office_written_bare() -> None:
    from core.extract.meetings import _merge_middle_dropped
    from core.record import Person

    _, attendees = _merge_middle_dropped([], [Person("Nguyễn Thị Kim Tiến", ["Bộ trưởng"]),
                                              Person("Nguyễn Kim Tiến", ["Bộ trưởng Bộ Y tế"])])
    assert [(p.name, p.titles) for p in attendees] == [("Nguyễn Thị Kim Tiến", ["Bộ trưởng Bộ Y tế"])]
    _, deputies = _merge_middle_dropped([], [Person("Nguyễn Thị Lan", ["đại biểu"]),
                                             Person("Nguyễn Thị Ngọc Lan", ["Đại biểu Quốc hội tỉnh Bắc Ninh"])])
    assert len(deputies) == 2


# A fraction after a verb of proportion with no noun after it is a share (22662604 `giá loại nho này lại rẻ chỉ bằng 1/3`,
# 22570519 `Sinh viên chiếm 1/5 tổng số lao động nước ngoài`): a part of a whole, not a day of a month; after `đến`,
# `khoảng` it stays a date.
def test_a_bare_fraction_after_a_verb_of_proportion_is_a_share() -> None:
    from core.extract.statistics import extract_statistics

    def facts(sentence: str) -> list[tuple[float, str, str | None, float | None]]:
        return [(s.value, s.kind, s.unit, s.of) for s in extract_statistics([sentence])]

    assert facts("Số dự án cần bố trí vốn giảm 2/3 so với thời gian trước.") == [(2, "count", "", 3)]
    assert facts("So sánh với Trung Quốc con số này chỉ bằng 1/3.") == [(1, "count", "", 3)]
    assert facts("Lễ hội diễn ra từ ngày 24/2 đến 1/3 tại Recife.") == []
    assert facts("Cô gái mất tích từ khoảng 1/2 sau khi chia sẻ trên Facebook.") == []


# `Đoàn kết` (solidarity) inside a front's name, its second syllable a verb's elsewhere (22603107 `Chủ tịch Hội đồng quốc
# gia Mặt trận Đoàn kết phát triển Tổ quốc Campuchia`): the title goes on past it.
def test_doan_ket_inside_a_fronts_name() -> None:
    from tests.conftest import named_people

    assert named_people("Ngài Heng Samrin - Chủ tịch Hội đồng quốc gia Mặt trận Đoàn kết phát triển Tổ quốc Campuchia "
                        "phát biểu.") == [
        ("Heng Samrin", ["Chủ tịch Hội đồng quốc gia Mặt trận Đoàn kết phát triển Tổ quốc Campuchia"])]


# A speaker placed at `cuộc họp này` (this meeting) after a `phiên họp` was told (22457625 `Bộ trưởng Quốc phòng Mỹ James
# Mattis trong cuộc họp này cũng nói`): the noun points back to the meeting reported, whatever its kind.
def test_placed_at_this_meeting_by_another_noun() -> None:
    text = ("Thứ trưởng Quốc phòng Nga Alexander Fomin trong phiên họp an ninh ở Singapore đã tuyên bố như vậy.\n"
            "Bộ trưởng Quốc phòng Mỹ James Mattis trong cuộc họp này cũng nói rằng đây là mối đe dọa.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "phiên họp"
    assert [p.name for p in meeting.attendees] == ["Alexander Fomin", "James Mattis"]


# A sentence past the meeting's that opens on a part of a month (22457625 `Đầu tháng 6, phó đại sứ Nga ở LHQ Vladimir
# Safronkov khẳng định …`) tells another time: its speaker is no attendee.
def test_a_month_part_opener_tells_another_time() -> None:
    text = ("Thứ trưởng Quốc phòng Nga Alexander Fomin trong phiên họp an ninh ở Singapore đã tuyên bố như vậy.\n"
            "Đầu tháng 6, phó đại sứ Nga ở LHQ Vladimir Safronkov khẳng định ngoại giao là cách tốt nhất.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and [p.name for p in meeting.attendees] == ["Alexander Fomin"]


# `Luật` after a title opens a law's name or a field, never a person's (22536342 `Theo Bộ trưởng Luật Đầu tư công ra
# đời …`, a comma lost; 21471951 `GS Luật Jonathan Turley`); a law firm's name goes on (`Công ty Luật Basico`).
def test_luat_opens_no_name() -> None:
    from tests.conftest import named_people

    assert named_people("Theo Bộ trưởng Luật Đầu tư công ra đời góp phần tăng cường quản lý.") == []
    assert named_people("Nhận định về việc này, GS Luật Jonathan Turley tại Đại học George Washington cho rằng như "
                        "vậy.") == [("Jonathan Turley", ["GS Luật"])]


# An anniversary's start in a bracket counts to the year of the occasion (22699897 `nhân kỷ niệm 64 năm Hiệp định đình
# chiến (1953)`, 22340203 `kỷ niệm 90 năm ngày sinh của ông X (ông sinh ngày 22.5.1927 …)`): that year dates the
# undated day; not a bracket that dates the occasion itself (`(tối 21/6/2017)`: 2109 is no year yet).
def test_an_anniversarys_start_dates_the_undated_day() -> None:
    from core.extract.meetings import _anniversary_year, _Day

    assert _anniversary_year("nhân kỷ niệm 64 năm Hiệp định đình chiến (1953).", _Day(7, 7, None)) == 2017
    assert _anniversary_year("nhằm kỷ niệm 90 năm ngày sinh của ông Võ Trần Chí (ông sinh ngày 22.5.1927 và mất ngày "
                             "16.11.2011).", _Day(22, 5, None)) == 2017
    assert _anniversary_year("kỷ niệm 92 năm Ngày Báo chí Cách mạng Việt Nam (tối 21/6/2017)", _Day(21, 6, None)) is None
    assert _anniversary_year("kỷ niệm 127 năm ngày sinh Chủ tịch Hồ Chí Minh (19.5.2017)", _Day(19, 5, None)) is None


# A legislature's vote the lead tells on its day, no other event reported (22572919 `Chiều ngày 20/6, Quốc hội biểu
# quyết thông qua dự thảo Luật …`, 22650910 `Ngày 30/6, Quốc hội Đức đã bỏ phiếu thông qua …`, 22702351 HĐND): the
# sitting that voted; not a vote asked for (21491515 `… đồng ý để Quốc hội thông qua …`, 22520183 `kêu gọi Quốc hội Mỹ
# thông qua`), nor a passive's agent (22498771 `đạo luật được các nghị sĩ quốc hội thông qua`).
def test_a_legislatures_vote_is_its_sitting() -> None:
    meeting = extract_meeting(make_article("Chiều 20/6, Quốc hội đã chính thức thông qua Luật Cảnh vệ với 455 phiếu tán "
                                           "thành.\n"))
    assert meeting is not None and (meeting.kind, meeting.organizer, meeting.part_of_day) == ("phiên họp", "Quốc hội",
                                                                                               "chiều")
    german = extract_meeting(make_article("Ngày 30/6, Quốc hội Đức đã bỏ phiếu thông qua điều luật mới.\n"))
    assert german is not None and german.organizer == "Quốc hội Đức"
    for asked in ("Hôm 7/2, Thủ tướng Anh Theresa May đã đồng ý để Quốc hội thông qua dự thảo.\n",
                  "Ngày 12/6, Bộ trưởng Quốc phòng Mỹ kêu gọi Quốc hội Mỹ thông qua một số biện pháp.\n",
                  "Ngày 9/6, Tổng thống đã ký một đạo luật được các nghị sĩ quốc hội thông qua.\n"):
        assert extract_meeting(make_article(asked)) is None


# A writer's role in brackets between two names ends the first (22366059 `Chí Hiếu (ghi) Tuệ Nguyễn (thực hiện)`,
# 22434931 `Đình Mười - Nguyên Nga - Ngô Minh Trí (ghi) TTXVN`): two writers, the agency after the last no name's part.
def test_a_writers_role_between_two_names_separates_them() -> None:
    from core.clean.byline import read_byline

    byline = read_byline("Chí Hiếu (ghi) Tuệ Nguyễn (thực hiện)")
    assert byline is not None and byline.names == ("Chí Hiếu", "Tuệ Nguyễn")
    agency = read_byline("Đình Mười - Nguyên Nga - Ngô Minh Trí (ghi) TTXVN")
    assert agency is not None and agency.names == ("Đình Mười", "Nguyên Nga", "Ngô Minh Trí") and "TTXVN" in agency.sources


# The meeting's own sentence writes the office with its body where the lead wrote it bare (22434931 `Thủ tướng Nguyễn
# Xuân Phúc …` in the sapo, `… hội đàm với Thủ tướng Chính phủ Nguyễn Xuân Phúc tại Nhà Trắng`): the fuller office is
# the person's, as the blind annotators read it there.
def test_the_meetings_sentence_writes_the_fuller_office() -> None:
    text = ("Thủ tướng Nguyễn Xuân Phúc khẳng định quan hệ hai nước đang phát triển tốt đẹp.\n"
            "Chiều 31/5, Tổng thống Mỹ Donald Trump đã hội đàm với Thủ tướng Chính phủ Nguyễn Xuân Phúc tại Nhà Trắng.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "hội đàm"
    assert ("Nguyễn Xuân Phúc", ["Thủ tướng Chính phủ"]) in [(p.name, p.titles) for p in meeting.chairs + meeting.attendees]


# A league's season is a span of time, as a year is (21476333 `trong 10 mùa liên tiếp`, 22496961 `chia tay M.U sau 1
# mùa giải`); a place this season stays a rank (22336365 `về thứ 4 mùa này`).
def test_seasons_are_spans_of_time() -> None:
    from core.extract.statistics import extract_statistics

    assert extract_statistics(["Ibrahimovic chia tay M.U sau 1 mùa giải."]) == []
    assert [(s.value, s.kind) for s in extract_statistics(["Juventus ghi được 24 bàn trong 1 mùa giải."])] == [(24, "count")]
    assert [(s.value, s.kind) for s in extract_statistics(["Arsenal chỉ về thứ 4 mùa này."])] == [(4, "rank")]


# A lead that tells words said to the press: an event a later sentence names with no day is the interview's mention,
# not the news (21494944 `… đã trao đổi với báo chí …` then `Trong phiên họp đầu năm Thủ tướng … đã chỉ đạo …`, 22366059
# `Trả lời phỏng vấn của Thanh Niên …` then `Mới đây, trong cuộc tiếp xúc cử tri …`); a day from the frame on keeps it.
def test_an_undated_event_past_a_press_frame_is_the_interviews_mention() -> None:
    framed = ("Ông Phạm Thanh Hà, Phó Tổng giám đốc ngân hàng, đã trao đổi với báo chí xung quanh vấn đề lãi suất.\n"
              "Trong phiên họp đầu năm, Thủ tướng Chính phủ cũng vừa chỉ đạo hệ thống ngân hàng tiết giảm chi phí.\n")
    assert extract_meeting(make_article(framed)) is None
    dated = framed.replace("Trong phiên họp đầu năm,", "Trong phiên họp chiều 3/2,")
    assert extract_meeting(make_article(dated)) is not None
