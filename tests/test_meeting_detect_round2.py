"""Meeting detection round 2 on real text: sentences from baomoi articles (not the gold files); each
test checks the meeting returned, or None."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def test_news_said_to_the_press_after_talks_is_told_at_the_talks():
    # 22621158: `Phát biểu với báo giới … sau cuộc gặp đầu tiên với …`.
    text = ("Tổng thống Mỹ Donald Trump hôm 26/6 cảm ơn Thủ tướng Ấn Độ Narendra Modi, đang ở thăm Mỹ, vì đã ủng hộ "
            "các biện pháp trừng phạt Bình Nhưỡng.\n"
            "Phát biểu với báo giới tại Vườn Hồng sau cuộc gặp đầu tiên với Thủ tướng Ấn Độ, Tổng thống Trump nói: "
            "\"Chế độ ở Triều Tiên đang gây ra nhiều rắc rối\".")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "cuộc gặp"
    assert meeting.name is not None and meeting.name.startswith("cuộc gặp đầu tiên với Thủ tướng Ấn Độ")


def test_a_press_speech_with_no_event_after_it_is_no_meeting():
    text = ("Phát biểu với báo giới tại Vườn Hồng, Tổng thống Trump nói chế độ ở Triều Tiên đang gây ra nhiều rắc rối.\n"
            "Ông cho rằng cần có các biện pháp mạnh hơn.")
    assert extract_meeting(make_article(text)) is None


def test_the_close_of_a_sitting_frames_the_news():
    # 22520974: `Cuối phiên chất vấn sáng nay (13/6), Phó Thủ tướng … đã giải trình …`.
    text = ("Cuối phiên chất vấn sáng nay (13/6), Phó Thủ tướng Trịnh Đình Dũng đã giải trình một số nội dung, trong "
            "đó có đưa ra 9 giải pháp tổng thể nhằm nâng cao sức cạnh tranh của các sản phẩm nông nghiệp.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert (meeting.kind, meeting.name) == ("phiên họp", "phiên chất vấn")


def test_starting_a_conversation_is_no_meeting():
    # 22677054: `bắt đầu cuộc đối thoại với cụm từ này` is advice, not an event.
    text = ("Chuyên gia hôn nhân và các vấn đề gia đình Carin Goldstein cho rằng việc bắt đầu cuộc đối thoại với cụm "
            "từ này có thể khiến chồng bạn nghĩ rằng bạn đang xúc phạm anh ấy.")
    assert extract_meeting(make_article(text)) is None


def test_an_indefinite_event_opening_the_sentence_holds_the_news():
    # 22750349: `Trong một cuộc hội thảo của Trung tâm … ngày 13/7, cựu Thủ tướng … cho rằng …`.
    text = ("Cựu Thủ tướng Australia Howard cho rằng Australia cần phải kiên nhẫn với ông Trump.\n"
            "Cựu Thủ tướng Australia John Howard.\n"
            "(Nguồn: AAP) Trong một cuộc hội thảo của Trung tâm nghiên cứu Mỹ thuộc Đại học Sydney ngày 13/7, cựu Thủ tướng "
            "Australia John Howard cho rằng Australia cần phải kiên nhẫn với Tổng thống Mỹ.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "hội thảo"
    assert meeting.name is not None and meeting.name.startswith("hội thảo của Trung tâm nghiên cứu Mỹ")


def test_an_indefinite_event_inside_a_clause_is_generic():
    # 22376300 and 22504230: `trong một cuộc họp mà …`, `trong một diễn đàn phù hợp`.
    for text in (
        "Có trường hợp cán bộ chủ chốt ở Bình Định có biểu hiện vội vàng. Có trường hợp vừa quy hoạch vừa bổ "
        "nhiệm, trong một cuộc họp mà quy hoạch xong lại bổ nhiệm luôn.",
        "Ông Sessions cho biết, điều quan trọng là ông đã có cơ hội để giải quyết vấn đề trong một diễn đàn phù hợp.",
    ):
        assert extract_meeting(make_article(text)) is None


def test_a_working_sitting_is_a_session():
    # 22298495: `tại phiên làm việc sáng 17-5 của Ủy ban thường vụ Quốc hội`.
    text = ("Phó Chủ tịch Quốc hội Phùng Quốc Hiển đã nói như vậy khi cho ý kiến tại phiên làm việc sáng 17-5 của Ủy "
            "ban thường vụ Quốc hội về nội dung chương trình kỳ họp.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "phiên họp"
    assert meeting.name is not None and meeting.name.startswith("phiên làm việc")


def test_a_task_heading_opening_the_lead_is_no_meeting_held():
    # 21511079: `Tập trung tổ chức Đại hội Công đoàn các cấp; …` lists tasks; the session is later.
    text = ("Tập trung tổ chức Đại hội Công đoàn các cấp; đẩy mạnh thực hiện Nghị quyết 20 về xây dựng giai cấp công "
            "nhân; tiếp tục đổi mới nội dung, phương thức hoạt động.\n"
            "Bà Trần Kim Yến - Chủ tịch LĐLĐ TP HCM - trả lời như vậy tại buổi làm việc với Thường trực Thành ủy TP HCM "
            "chiều 10-2.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "buổi làm việc"


def test_news_days_after_an_event_is_not_told_there():
    # 22740181: `Trong cuộc phỏng vấn … vài ngày sau cuộc gặp … tại hội nghị thượng đỉnh G20, ông Donald Trump nói`.
    text = ("Trong cuộc phỏng vấn của mạng truyền hình CBN vài ngày sau cuộc gặp Tổng thống Putin tại hội nghị thượng "
            "đỉnh G20, ông Donald Trump nói: \"Mọi người nói họ không nên có mối quan hệ tốt\".")
    assert extract_meeting(make_article(text)) is None


def test_a_saying_before_a_credit_is_the_news_not_a_caption():
    # 22504763: a statement made in a closed meeting, then the credit of an illustration.
    text = ("Tổng thống Thổ Nhĩ Kỳ Erdogan đã kêu gọi Qatar và các nước Arab giải quyết khủng hoảng ngoại giao trước khi "
            "kết thúc tháng lễ Ramadan.\n"
            "Theo Ngoại trưởng Thổ Nhĩ Kỳ Mevlut Cavusoglu, ông Erdogan đã đưa ra tuyên bố trên trong cuộc họp kín với "
            "Ngoại trưởng Bahrain Khaled Bin Ahmed Al-Khalif tại Istanbul.\n"
            "Ảnh minh họa: AP\n"
            "Theo ông Cavusoglu, Tổng thống Erdogan nhấn mạnh rằng cuộc khủng hoảng này cần phải được giải quyết.")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "cuộc họp"
    assert meeting.name is not None and meeting.name.startswith("cuộc họp kín với Ngoại trưởng Bahrain")


def test_a_caption_naming_where_someone_is_pictured_stays_a_caption():
    # 22586014: the caption's press conference is not what the article reports.
    text = ("Mỹ kêu gọi các nước vùng Vịnh sớm đưa ra danh sách yêu cầu với Qatar.\n"
            "Ngoại trưởng Mỹ Rex Tillerson trong cuộc họp báo ở Washington ngày 21/6.\n"
            "(Nguồn: EPA/TTXVN)\n"
            "Bộ Ngoại giao Mỹ muốn các nước này đưa ra danh sách hợp lý.")
    assert extract_meeting(make_article(text)) is None


def test_a_sentence_opening_after_the_meeting_with_what_was_said_there():
    # 21481260: `Sau buổi họp sáng 7/2, Trưởng Ban kỷ luật … khẳng định …`.
    text = ("Trưởng Ban kỷ luật VFF Nguyễn Hải Hường cho rằng Thế Nhật cố tình đấm Trung Hiếu (Đắk Lắk).\n"
            "Sau buổi họp sáng 7/2, Trưởng Ban kỷ luật Liên đoàn bóng đá Việt Nam, ông Nguyễn Hải Hường khẳng định cầu "
            "thủ Thế Nhật của SLNA đã cố ý hành hung và gây thương tích cho đồng nghiệp Trung Hiếu (Đắk Lắk).")
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.kind == "cuộc họp"


def test_a_sentence_opening_after_the_meeting_with_no_saying_is_no_report():
    text = ("Sau hội nghị, các đại biểu đi thăm quan nhà máy xử lý rác thải của thành phố.\n"
            "Nhà máy có công suất 500 tấn mỗi ngày.")
    assert extract_meeting(make_article(text)) is None
