"""The year a headline attaches to the meeting, and the part of day the lead gives elsewhere than by the
date chosen: sentences from baomoi-dev articles (not gold files); each test checks the exact value."""

from dataclasses import replace

from core.extract.meetings import _headline_year, extract_meeting
from tests.conftest import make_article


def test_a_series_acronym_with_its_year_in_the_headline_dates_the_meeting():
    text = ("Sáng 17/5, tại Hà Nội, Hội nghị lần thứ hai các quan chức cao cấp (SOM2) Diễn đàn hợp tác kinh tế "
            "châu Á-Thái Bình Dương (APEC) đã chính thức khai mạc.")
    article = replace(make_article(text), title="APEC 2017: Khai mạc Hội nghị lần thứ hai các quan chức cao cấp APEC")
    m = extract_meeting(article)
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("hội nghị", "2017-05-17", "sáng")


def test_a_headline_year_of_something_else_does_not_date_it():
    # `lễ hội chọi trâu Đồ Sơn năm 2017`: a festival's year after a Vietnamese place name, not the meeting's
    assert _headline_year("Bộ VHTT&DL đã kết luận gì về đề nghị dừng lễ hội chọi trâu Đồ Sơn năm 2017?",
                          "buổi làm việc", "buổi làm việc với UBND quận Đồ Sơn và Sở VH-TT Hải Phòng") is None
    # a treaty's year the name itself writes (`UNCLOS 1982`)
    assert _headline_year("Việt Nam hợp tác với các nước thực hiện chặt chẽ DOC và UNCLOS 1982", "hội nghị",
                          "Hội nghị lần thứ 27 Công ước Liên Hợp Quốc về Luật biển (UNCLOS) năm 1982") is None
    # a target after the event noun
    assert _headline_year("Hội nghị bàn giải pháp đến năm 2020", "hội nghị", "Hội nghị") is None


def test_the_event_noun_with_its_year_in_the_headline():
    assert _headline_year("Khai mạc Hội nghị thường niên năm 2017 của ngành", "hội nghị", "hội nghị") == 2017


def test_the_part_of_day_of_the_same_day_written_again_after_a_caption():
    text = ("Ban quản trị Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB) đã thông qua các nghị quyết nhất trí kết nạp "
            "3 thành viên mới.\nCác đại biểu chụp ảnh chung tại Hội nghị thường niên AIIB, Jeju, ngày 16/6. Ảnh: "
            "EPA/TTXVN  Quyết định trên được đưa ra trong khuôn khổ Hội nghị thường niên AIIB lần thứ 2 khai mạc "
            "sáng 16/6 tại Trung tâm Hội nghị quốc gia trên đảo Jeju (Hàn Quốc). Phát biểu tại hội nghị, Chủ tịch AIIB "
            "Kim Lập Quần (Jin Liqun) nhấn mạnh cơ sở hạ tầng sẽ tạo ra những lợi ích sâu rộng.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("hội nghị", None, "sáng")


def test_an_observance_day_in_brackets_is_not_the_meetings():
    text = ("Đây là thông tin chia sẻ tại lễ mít tinh Hưởng ứng ngày Thế giới phòng, chống tăng huyết áp (17/5) được "
            "Bộ Y tế phối hợp với UBND TP Hà Nội và Tổ chức Y tế Thế giới (WHO) tổ chức sáng ngày 13/5 tại xã Phù "
            "Linh, huyện Sóc Sơn, TP Hà Nội.")
    m = extract_meeting(make_article(text, published="2017-05-13"))
    assert m is not None and (m.kind, m.date, m.part_of_day) == ("mít tinh", "2017-05-13", "sáng")


def test_the_part_of_day_of_a_later_sentence_holding_the_event():
    text = ("Buổi họp báo Giọng hát Việt 2017 đã được diễn ra thành công trong không khí ấm cúng.\nNhằm tạo sự thu "
            "hút cũng như chất lượng cho chương trình, năm nay đã có những thay đổi mới mẻ.\nĐó là Đông Nhi, Noo "
            "Phước Thịnh, Tóc Tiên, cùng với Thu Minh.\nChiều nay, 8/2, Giọng hát Việt mùa thứ 4 (2017) chính thức "
            "tổ chức họp báo tại TP HCM.")
    m = extract_meeting(make_article(text))
    assert m is not None and (m.kind, m.part_of_day) == ("họp báo", "chiều")
