"""The 6 Dec forty-eighth round: rules found by reading what stat66, audit118/120 and the web pages gathered this round
show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id,
or on the round's web pages."""
from core.extract.meetings import extract_meeting
from core.extract.statistics import extract_statistics
from tests.conftest import make_article


def facts(sentence: str) -> list[tuple[str, float, str, str, float | None]]:
    return [(s.text, s.value, s.kind, s.unit, s.of) for s in extract_statistics([sentence])]


# A range is written once for both its ends: each end's text is the whole range, as the gold writes it (`20 - 50%`,
# `9-15 triệu`); a size's sides stay apart (stat66 S016, S090; baomoi 22709214).
def test_each_end_of_a_range_carries_the_whole_range() -> None:
    assert facts("Độ ẩm 57-96%.") == [("57-96%", 57, "percent", "%", None), ("57-96%", 96, "percent", "%", None)]
    assert facts("Người bệnh phải tái khám mỗi tuần 2 đến 3 lần.") == [
        ("2 đến 3 lần", 2, "count", "lần", None), ("2 đến 3 lần", 3, "count", "lần", None)]
    assert facts("Có kích thước khoảng 17 x 12 cm.")[0][0] == "khoảng 17"


# The whole a range's part is read against is found though both ends share one text (baomoi 21473623, 22709214).
def test_a_range_after_its_whole_is_a_part_of_it() -> None:
    assert facts("Trong số 10 người thì hết 7-8 người là mua các sản phẩm vàng miếng.") == [
        ("7-8 người", 7, "count", "người", 10), ("7-8 người", 8, "count", "người", 10)]
    assert facts("Theo bác sĩ, cứ 100 cặp vợ chồng có 10 – 15 cặp bị vô sinh, hiếm muộn.") == [
        ("10 – 15 cặp", 10, "count", "cặp", 100), ("10 – 15 cặp", 15, "count", "cặp", 100)]


# `thứ N/M` with a whole of ten or more is a place in a ranking, not a weekday's date (baomoi 22677117, 22671521);
# `hôm thứ 9/5` and a small set (`hàng thứ 2/3 ghế`) stay out.
def test_a_place_out_of_a_large_whole_is_a_rank() -> None:
    found = facts("Du lịch Việt Nam tăng 8 bậc, từ thứ 75/141 quốc gia được đánh giá trong năm 2015 lên thứ 67/136 quốc gia.")
    assert ("thứ 75/141", 75, "rank", "hạng", 141) in found and ("lên thứ 67/136", 67, "rank", "hạng", 136) in found
    assert facts("Hai bên sẽ họp vào hôm thứ 9/5 để đánh giá các bước tiếp theo.") == []
    assert facts("Xe có ghế ở hàng thứ 2/3 gập được.") == []


# A place named after a day of the calendar (`Hội trường 2-9`, web75 w002) counts nothing; a lower-case noun before a
# range keeps it (baomoi `trên thị trường 7-10 tuổi`).
def test_a_place_named_after_a_day_counts_nothing() -> None:
    assert facts("Sáng nay (30-8) tại Hội trường 2-9 thành phố Pleiku, Đại hội đã khai mạc với 300 đại biểu.") == [
        ("300 đại biểu", 300, "count", "đại biểu", None)]
    assert [f[1] for f in facts("Loại xe này khá khó kiếm trên thị trường 7-10 tuổi.")] == [7, 10]


# A name's dash with the space misplaced after it (`Covid- 19`, web75 w015) is still the name's number.
def test_a_name_dashed_apart_from_its_number_is_no_count() -> None:
    assert facts("Mặc dù thời tiết mưa gió, dịch bệnh Covid- 19 phức tạp, nhưng lực lượng vẫn làm tốt.") == []
    assert facts("Hậu vệ Cesar Azpilicueta- 7,8 điểm: 1 đường kiến tạo.")[0][:3] == ("7,8 điểm", 7.8, "score")


# A caption glued to the next sentence leaves its `Đó là` after the meeting's name: the name ends before it (baomoi
# 22339690).
def test_a_meeting_name_ends_before_a_glued_do_la() -> None:
    meeting = extract_meeting(make_article(
        "Cử tri bức xúc trước nạn cát tặc, phá rừng\n"
        "Chủ tịch Ủy ban T.Ư MTTQ Việt Nam trình bày báo cáo kiến nghị cử tri tại kỳ họp thứ 3 Quốc hội khóa XIV Đó là"
        " một trong những nội dung được nhấn mạnh trong báo cáo.\n"))
    assert meeting is not None and meeting.name == "kỳ họp thứ 3 Quốc hội khóa XIV"
