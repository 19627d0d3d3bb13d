"""The 5 Dec forty-second round: rules found by reading what prec63, stat60, audit101 and web57 (the web pages gathered
this round) show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by
their id, or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A span of days whose month is written as a word: the first day (a provincial union's page: `Trong ngày 26 và 27 tháng 4
# năm 2023, tại Hội trường UBND huyện, Đại hội …`, where the last day was read; baomoi writes it
# so too, `từ ngày 2-5 tháng 8 năm 2017`).
def test_a_span_of_days_before_a_written_month_opens_on_its_first_day() -> None:
    for text in (
        "Trong ngày 26 và 27 tháng 4 năm 2023, tại Hội trường UBND huyện, Đại hội đại biểu Hội Nông dân huyện lần thứ XI "
        "chính thức diễn ra.\n",
        "Trong 2 ngày 26 - 27 tháng 4 năm 2023, Đại hội đại biểu Hội Nông dân huyện lần thứ XI diễn ra.\n",
        "Sáng 26 đến 27 tháng 4 năm 2023, Đại hội đại biểu Hội Nông dân huyện lần thứ XI diễn ra.\n",
    ):
        meeting = extract_meeting(make_article(text))
        assert meeting is not None and meeting.date == "2023-04-26", text


def test_a_score_before_a_month_is_no_span_of_days() -> None:
    # no day cue before `1-0`: the match's score, then the month of a history
    meeting = extract_meeting(make_article(
        "Hội nghị tổng kết mùa giải của liên đoàn diễn ra tại Hà Nội, nơi đội tuyển từng thắng 1-0 tháng 6 năm 1997.\n"))
    assert meeting is None or meeting.date != "1997-06-01"


# A dialogue held as a conference takes its head noun's kind (22636710 `… tổ chức hội nghị đối thoại chính sách pháp luật
# về bảo hiểm y tế`); the dialogue named on its own stays `đối thoại`.
def test_a_dialogue_conference_is_a_conference() -> None:
    meeting = extract_meeting(make_article(
        "Ngày 28/6/2017, Bảo hiểm xã hội Việt Nam tổ chức hội nghị đối thoại với các cơ sở y tế tư nhân.\n"))
    assert meeting is not None and (meeting.kind, meeting.date) == ("hội nghị", "2017-06-28")
    meeting = extract_meeting(make_article(
        "Ngày 28/6/2017, Chủ tịch UBND tỉnh có buổi đối thoại với doanh nghiệp về thủ tục hành chính.\n"))
    assert meeting is not None and meeting.kind == "đối thoại"


# `Theo` a writer's initials and the outlet after a slash or in brackets: the initials sign the article, as a full name
# does (21480675 `Theo C.THÀNH (Lâm Đồng Online)`, 22277408 `Theo P.Thảo/Dân Trí`, a portal's `Theo X.B / NDĐT`); the
# initials alone after `Theo` stay the source credited (`Theo T.H`).
def test_initials_credited_with_their_outlet_are_the_writer() -> None:
    from core.clean.byline import read_byline

    for line, name, source in (("Theo C.THÀNH (Lâm Đồng Online)", "C.THÀNH", "Lâm Đồng Online"),
                               ("Theo P.Thảo/Dân Trí", "P.Thảo", "Dân Trí"),
                               ("Theo X.B / NDĐT", "X.B", "NDĐT")):
        byline = read_byline(line)
        assert byline is not None and (byline.names, byline.sources) == ((name,), (source,)), line
    byline = read_byline("Theo T.H")
    assert byline is not None and byline.names == ()


# A place's name is no writer's: a portal's location line under the date (`TP Tây Ninh`), an address glued after the last
# sentence (22577539 `… khu Công nghiệp Biên Hòa 2, TP. Biên Hòa, Tỉnh Đồng Nai.`).
def test_a_place_is_no_byline() -> None:
    from core.clean.byline import read_byline

    for line in ("TP Tây Ninh", "Tp. Hồ Chí Minh", "Huyện Ba Tri", "Tỉnh Đồng Nai"):
        assert read_byline(line) is None, line
    byline = read_byline("Xuân Trường")
    assert byline is not None and byline.names == ("Xuân Trường",)


def test_a_place_line_under_the_date_is_no_headline() -> None:
    # a portal's location line between its date and its lead: the headline stands above the date
    from core.clean.lines import classify_lines

    page = ("Họp báo công bố số liệu thống kê kinh tế xã hội 6 tháng đầu năm 2023\n\n"
            "Thứ năm - 13/07/2023 09:46\nTP Tây Ninh\nTP Tây Ninh\n\n"
            "Sáng 13/7, Cục Thống kê tỉnh tổ chức họp báo công bố số liệu thống kê kinh tế - xã hội 6 tháng đầu năm 2023. "
            "Tổng sản phẩm trên địa bàn tỉnh tăng 6,5% so với cùng kỳ năm trước.\n")
    result = classify_lines(page)
    assert result.title == "Họp báo công bố số liệu thống kê kinh tế xã hội 6 tháng đầu năm 2023"
    assert result.authors == []
