"""People an article names who were not at the meeting it reports: the matter talked about, words said
to a medium or at another time, who sent an envoy, a former office-holder commenting. Excerpts of baomoi
articles (not the gold files); each test checks who is returned."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


def _people(text: str, published: str | None = None) -> tuple[list[str], list[str]]:
    meeting = extract_meeting(make_article(text, published))
    assert meeting is not None
    return [p.name for p in meeting.chairs], [p.name for p in meeting.attendees]


def test_words_said_to_a_named_medium_are_an_interview():
    text = ("Mở rộng Tân Sơn Nhất: Làm đường băng mới là tối ưu\n"
            "“Tôi đánh giá cao quyết định của Thủ tướng tại cuộc họp chiều 12-6. Theo tôi, nếu thu hồi 157 ha đất "
            "sân golf, chúng ta nên xây dựng đường băng thứ ba dài 2.700 m trên phần đất đó”. PGS-TS Nguyễn Thiện "
            "Tống, nguyên Chủ nhiệm bộ môn Kỹ thuật hàng không, Trường ĐH Bách khoa TP.HCM, nói với Pháp Luật TP.HCM.")
    assert _people(text) == ([], [])


def test_at_a_press_conference_only_an_interview_naming_its_medium_is_apart():
    text = ("Nga sắp tập trận lớn, các nước Baltic cầu cứu NATO\n"
            "Phát biểu trong cuộc họp báo chung với hai tổng thống Latvia và Estonia tại thủ đô Riga (Latvia) ngày "
            "9-2, Tổng thống Litva Dalia Grybauskaite cho biết các nước Baltic sẽ thúc Mỹ và NATO có thêm biện pháp "
            "an ninh trong khu vực để đối phó Nga. Nói với Reuters, Bộ trưởng Quốc phòng Litva Raimundas Karoblis "
            "cho rằng NATO cần chuẩn bị sẵn sàng xử lý mọi diễn biến hiếu chiến.")
    assert _people(text) == ([], ["Dalia Grybauskaite"])


def test_answering_the_press_at_a_press_conference_is_taking_part():
    text = ("Tháo gỡ vướng mắc của doanh nghiệp là trách nhiệm của Chính phủ\n"
            "Chiều 17/5/2017, tại Hà Nội diễn ra Họp báo Hội nghị Thủ tướng Chính phủ với doanh nghiệp. "
            "Trả lời báo chí liên quan tới việc mở rộng cho vay đối với các doanh nghiệp vừa và nhỏ, Thứ trưởng "
            "Bộ Kế hoạch và Đầu tư Đặng Huy Đông cho biết các ngân hàng sẽ có cách quản lý theo chuẩn mực của mình.")
    assert _people(text)[1] == ["Đặng Huy Đông"]


def test_sharing_with_a_country_is_no_interview():
    text = ("Lãnh đạo Hàn Quốc, Pháp nhất trí thúc đẩy quan hệ song phương\n"
            "Ngày 29/5, tại Seoul, Tổng thống Hàn Quốc Moon Jae-in đã tiếp Đại sứ Pháp Fabien Penone. "
            "Về phần mình, Đại sứ Fabien Penone nhấn mạnh Pháp sẵn sàng chia sẻ với Hàn Quốc các thông tin "
            "về ngoại giao và quân sự liên quan vấn đề Triều Tiên.")
    assert _people(text)[1] == ["Moon Jae-in", "Fabien Penone"]


def test_the_subject_of_a_viec_clause_is_talked_about():
    text = ("Bộ Ngoại giao Hàn Quốc tuyên bố coi trọng quan hệ với Việt Nam\n"
            "Ngày 13/6, tại một cuộc họp báo, người phát ngôn Bộ Ngoại giao Hàn Quốc Cho June-hyuck nêu rõ nước này "
            "rất coi trọng mối quan hệ với Việt Nam. Người phát ngôn Cho June-hyuck cho biết Seoul sẽ tiếp tục nỗ lực. "
            "Dư luận chú ý trước việc ngày 6/6, Tổng thống Hàn Quốc Moon Jae-in đã phát biểu vinh danh những "
            "người tham chiến tại nước ngoài.")
    assert _people(text)[1] == ["Cho June-hyuck"]


def test_a_buoi_lam_viec_is_no_viec_clause():
    text = ("Nhiều cơ sở y tế vẫn muốn được Nhà nước bao cấp\n"
            "Sáng 20/5, Phó Thủ tướng Vương Đình Huệ có buổi làm việc với Bộ Y tế. "
            "Tại buổi làm việc Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cho biết, thời gian qua, ngành Y tế đã cải "
            "cách thủ tục hành chính để giảm phiền hà cho người dân và DN.")
    assert _people(text)[1] == ["Vương Đình Huệ", "Nguyễn Thị Kim Tiến"]


def test_a_word_of_another_time_between_subject_and_verb():
    text = ("Mỹ có thể triển khai chiến hạm tàng hình đối phó Triều Tiên\n"
            "Đô đốc Harry Harris, tư lệnh Bộ Chỉ huy Thái Bình Dương Mỹ, hồi tháng trước đề xuất điều tàu khu trục "
            "tàng hình USS Zumwalt đến hoạt động ở gần đảo Jeju của Hàn Quốc, Yonhap hôm nay đưa tin. "
            "Trong cuộc hội đàm ngày 3/2, Bộ trưởng Quốc phòng Hàn Quốc Han Min-koo và người đồng cấp Mỹ James "
            "Mattis nhất trí tiếp tục thảo luận các biện pháp tăng cường đối phó hành động khiêu khích của Triều Tiên.")
    assert _people(text)[1] == ["Han Min-koo", "James Mattis"]


def test_who_once_said_something_was_not_at_the_press_meeting():
    text = ("Cầu thủ nhập tịch lên tuyển: Tổng cục TDTT bảo tùy, VFF bàn ra\n"
            "Trong cuộc gặp gỡ với báo chí sáng 19/6 tại Hà Nội, Tổng cục trưởng Tổng cục TDTT Vương Bích Thắng "
            "nói ngắn gọn về vấn đề này. Còn nhớ, khi mới lên dẫn dắt ĐTQG, HLV Hữu Thắng từng nhấn mạnh tầm quan "
            "trọng cần nên có cầu thủ nhập tịch.")
    assert _people(text)[1] == ["Vương Bích Thắng"]


def test_who_sent_the_envoy_was_not_at_the_meeting():
    text = ("Mỹ vẫn để ngỏ khả năng đối thoại với Triều Tiên\n"
            "Theo phóng viên TTXVN tại Hàn Quốc, Đặc phái viên Hong Seok-hyun, người được tân Tổng thống Hàn Quốc "
            "Moon Jae-in cử tới Mỹ cho biết trong cuộc gặp với Ngoại trưởng Mỹ Rex Tillerson ngày 18/5, nhà ngoại "
            "giao Mỹ tuyên bố Washington mong muốn Bình Nhưỡng tin tưởng vào cam kết không thù địch của Mỹ.")
    assert _people(text)[1] == ["Rex Tillerson"]  # (the envoy, met right after `Đặc phái viên`, is recall's)


def test_a_person_in_the_matter_talked_about():
    text = ("Vietcombank lên tiếng phản hồi vụ khách hàng mất 30 triệu trong thẻ\n"
            "Sáng 15/5, tại buổi làm việc với khách hàng, Phó Giám đốc Vietcombank chi nhánh TP.HCM Trần Văn "
            "Minh cho biết ngân hàng sẽ giải quyết đúng thời hạn. Liên quan đến trường hợp khiếu nại giao dịch thẻ "
            "của khách hàng Nguyễn Thành Nam, ông Trần Văn Minh cho biết Trung tâm dịch vụ khách hàng đã tiếp nhận "
            "đầy đủ thông tin.")
    assert _people(text)[1] == ["Trần Văn Minh"]


def test_a_former_leader_commenting_is_no_participant():
    text = ("Tổng thống Mỹ tuyên bố sẽ rút khỏi Hiệp định Paris về biến đổi khí hậu\n"
            "Tại cuộc họp báo tuyên bố rút khỏi Thỏa thuận Paris về Biến đổi khí hậu ngày 1/6, Tổng thống Mỹ Donald "
            "Trump cho rằng nước Mỹ cần một thỏa thuận công bằng hơn. Quyết định của Mỹ được cho là sẽ làm suy yếu các "
            "nỗ lực toàn cầu trong cuộc chiến chống biến đổi khí hậu. Cựu tổng thống Barack Obama thì cho rằng, "
            "ông Trump đã chối bỏ tương lai khi quyết định rút Mỹ ra khỏi thỏa thuận này.")
    assert _people(text)[1] == ["Donald Trump"]


def test_a_meeting_of_another_day_is_another_meeting():
    text = ("Có thêm nhà ga ở Tân Sơn Nhất vào năm 2018\n"
            "Chiều 6/2, tại cuộc họp về kế hoạch cải tạo sân bay Tân Sơn Nhất, Bộ trưởng Bộ GTVT Trương Quang "
            "Nghĩa cho biết sẽ tiếp tục đề nghị Bộ Quốc phòng sớm giao đất. Phương án mở rộng sân bay do đơn vị tư "
            "vấn ADCC đưa ra đã được Phó Thủ tướng Trịnh Đình Dũng chấp thuận tại cuộc họp Chính phủ ngày 20-1.")
    assert _people(text)[1] == ["Trương Quang Nghĩa"]


def test_a_spokesperson_briefing_on_the_meeting_was_not_at_it():
    text = ("Bộ trưởng Quốc phòng Mỹ khẳng định cam kết với Thổ Nhĩ Kỳ\n"
            "Bộ trưởng Quốc phòng Mỹ Jim Mattis đã gặp Thủ tướng Thổ Nhĩ Kỳ Binali Yildirim tại thủ đô London (Anh). "
            "Cuộc gặp diễn ra trước thềm một hội nghị quốc tế về Somalia tại London. Trong tuyên bố đưa ra sau cuộc "
            "gặp kéo dài 30 phút, Lầu Năm Góc nêu rõ hai bên đã thảo luận về một loạt vấn đề an ninh song phương. "
            "Người phát ngôn Lầu Năm Góc Dana White cho biết Bộ trưởng Mattis đã tái khẳng định cam kết của Mỹ "
            "với Thổ Nhĩ Kỳ.")
    assert _people(text)[1] == ["Jim Mattis", "Binali Yildirim"]


def test_at_a_press_conference_the_spokesperson_speaks_at_it():
    text = ("Phản ứng của Trung Quốc trước cuộc tập trận Ấn Độ-Singapore\n"
            "Ngày 19/5, tại cuộc họp báo thường kỳ, Trung Quốc bày tỏ phản ứng thận trọng trước cuộc tập trận hải "
            "quân chung do Ấn Độ và Singapore tổ chức. Trung Quốc tuyên bố các hoạt động như vậy không nên làm "
            "phương hại đến lợi ích của nước khác. Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh cho hay "
            "Trung Quốc không phản đối những trao đổi và hợp tác vì hòa bình.")
    assert _people(text)[1] == ["Hoa Xuân Oánh"]
