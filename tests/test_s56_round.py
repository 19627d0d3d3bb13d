"""The 5 Dec fortieth round: rules found by reading what prec60, stat58, audit95 and the web pages gathered this round
show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id,
or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from core.extract.people import find_people
from tests.conftest import make_article


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


# The first of several deputies is an office (21488157 `Thứ trưởng thứ nhất Bộ Xây dựng Cuba Angel Vilaragut Montes de
# Oca`, 22644153 `Phó Thủ tướng thứ nhất … Igor Shuvalov`): its holder is named after it.
def test_the_first_deputy_is_an_office() -> None:
    assert _people("Thứ trưởng thứ nhất Bộ Ngoại giao Nga Vladimir Titov trả lời hãng thông tấn Itar Tass.") == [
        ("Vladimir Titov", ["Thứ trưởng thứ nhất Bộ Ngoại giao Nga"])]
    assert _people("Về phía Nga có Phó Thủ tướng thứ nhất Igor Shuvalov; Bộ trưởng Ngoại giao Sergey Lavrov.") == [
        ("Igor Shuvalov", ["Phó Thủ tướng thứ nhất"]), ("Sergey Lavrov", ["Bộ trưởng Ngoại giao"])]


# One side's list of attendees goes on over `;` when its first item's person is not read (22644153 `Về phía Nga có Phó
# Thủ tướng thứ nhất, Chủ tịch phân ban Nga, Ủy ban Liên chính phủ Việt Nam - Liên bang Nga Igor Shuvalov; Bộ trưởng
# Ngoại giao Sergey Lavrov; …`).
def test_a_side_list_goes_on_past_an_unread_first_item() -> None:
    text = ("Ngày 29-6, Chủ tịch nước Trần Đại Quang đã hội đàm với Tổng thống Liên bang Nga Vladimir Putin tại điện "
            "Kremlin.\nVề phía Nga có Phó Thủ tướng thứ nhất, Chủ tịch phân ban Nga, Ủy ban Liên chính phủ Việt Nam - "
            "Liên bang Nga Igor Shuvalov; Bộ trưởng Ngoại giao Sergey Lavrov; Bộ trưởng Bộ Quốc phòng Sergey Shoigu và "
            "nhiều lãnh đạo các bộ, ngành.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    names = [p.name for p in meeting.attendees]
    assert "Sergey Lavrov" in names and "Sergey Shoigu" in names


# `tháng` before what reads as a day and a month makes a span of months (22354553 `khảo sát … thực hiện từ tháng
# 3-4/2017, được công bố tại Hội thảo …`): no day of the meeting; a day written so after `ngày` still is one.
def test_a_span_of_months_is_no_day() -> None:
    text = ("Đây là thông tin từ cuộc khảo sát thực hiện từ tháng 3-4/2017, được công bố tại Hội thảo Điều kiện lao động "
            "do Tổng LĐLĐVN tổ chức.\n")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.date is None
    meeting = extract_meeting(make_article(text.replace("từ tháng 3-4/2017", "ngày 3-4/2017")))
    assert meeting is not None and meeting.date == "2017-04-03"


# A portal's writer signs with the post held in a body after a dash, or after a label and a comma (`Đỗ Thuần – Bí thư
# Chi bộ Các cơ quan Đảng`, `Tác giả: Lò Văn Nguyên, Công chức Văn hoá xã`, web read sets): the name is the author; writers
# listed over dashes stay writers.
def test_a_writer_signs_with_a_post() -> None:
    from core.clean.byline import read_byline

    def names(line: str) -> tuple[str, ...] | None:
        found = read_byline(line)
        return None if found is None else found.names

    assert names("Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng") == ("Đỗ Thuần",)
    assert names("Tác giả: Lò Văn Nguyên, Công chức Văn hoá xã") == ("Lò Văn Nguyên",)
    assert names("Tác giả:  Triệu Thị Hiền, Ban Dân tộc HĐND huyện Chợ Đồn") == ("Triệu Thị Hiền",)
    assert names("Trần Hoàng - Trường Phong - Nguyễn Hoàn") == ("Trần Hoàng", "Trường Phong", "Nguyễn Hoàn")
    assert names("Nguyễn Văn Bình, Công chức Văn hoá xã") is None
