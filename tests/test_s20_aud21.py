"""Audit 21 faults read as shapes of the language: sentences of baomoi-dev articles (none of them in a gold set)."""

from __future__ import annotations

from core.extract.meetings import _read_dates, extract_meeting
from tests.conftest import make_article, meeting_people


def _meeting(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    return extract_meeting(make_article(text, published))


RECEPTION = ("Sáng 20/5, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Bộ trưởng Thương mại Trung Quốc Zhong Shan "
             "sang dự Hội nghị Bộ trưởng Thương mại APEC.\n")


# Who is invited or wished welcome to another event is not at the meeting.
def test_wished_welcome_to_another_event_is_no_attendee() -> None:
    _, attendees = meeting_people(RECEPTION + "Chủ tịch nước Trần Đại Quang nhắc lại mong muốn đón tiếp Chủ tịch Trung "
                                  "Quốc Tập Cận Bình tham dự Hội nghị Cấp cao và Hội nghị Thượng đỉnh Doanh nghiệp APEC "
                                  "2017 tại Đà Nẵng.")
    assert "Tập Cận Bình" not in attendees and "Trần Đại Quang" in attendees


def test_invited_to_attend_is_no_attendee() -> None:
    _, attendees = meeting_people(RECEPTION + "Nhân dịp này, Chủ tịch nước Trần Đại Quang đã trân trọng mời Tổng thống "
                                  "V.Pu-tin thăm chính thức Việt Nam và dự Hội nghị cấp cao APEC 2017.")
    assert "V.Pu-tin" not in attendees


# A person inside a monument's name, a place after an office held `trên cương vị`.
def test_person_in_a_monument_name_is_no_attendee() -> None:
    _, attendees = meeting_people(
        "Sáng 7/7, UBND phường Thủy Xuân có buổi làm việc với đại diện Hội đồng trị sự Nguyễn Phước Tộc.\n"
        "Ông Tôn Thất Giáp, đại diện Hội đồng trị sự Nguyễn Phước Tộc cho biết, nếu như có quyết định di dời lăng bà Tài "
        "nhân xuống gần lăng bà Học Phi thì phải có thông báo để Hội đồng trị sự có thông báo cho con cháu trong dòng tộc.")
    assert "Học Phi" not in attendees and "Tôn Thất Giáp" in attendees


def test_place_after_an_office_held_is_no_person() -> None:
    _, attendees = meeting_people(
        "Ngày 15-5, Chủ tịch nước Trần Đại Quang đã có cuộc gặp với Tổng thống Ác-hen-ti-na M.Ma-cri tại Bắc Kinh.\n"
        "Tổng thống M.Ma-cri chia sẻ những ấn tượng tốt đẹp về Việt Nam từ chuyến thăm năm 2008 trên cương vị Thị "
        "trưởng Bu-ê-nốt Ai-rết, đánh giá cao những thành tựu phát triển kinh tế - xã hội của Việt Nam.")
    assert "Bu-ê-nốt Ai-rết" not in attendees and "M.Ma-cri" in attendees


# A later section opening on its own day and its own meeting of another kind.
def test_later_section_of_another_meeting() -> None:
    _, attendees = meeting_people(
        "Ông Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM, đại biểu Quốc hội tỉnh Trà Vinh, cho biết "
        "như trên tại buổi tiếp xúc cử tri tỉnh này ngày 12-5.\n"
        "Trả lời câu hỏi của cử tri, ông Nguyễn Thiện Nhân cho biết các sai phạm đang được xử lý.\n"
        "Ở đây vừa có phương án xử lý hậu quả, vừa xử lý trách nhiệm.\n"
        "Mong bà con tiếp tục tin tưởng về hướng xử lý của Đảng và Nhà nước đối với vấn đề này.\n"
        "Kiểm tra nhiệt điện Duyên Hải Sáng 12-5, ông Nguyễn Thiện Nhân cùng Đoàn đại biểu Quốc hội tỉnh Trà Vinh có buổi "
        "làm việc với Công ty Nhiệt điện Duyên Hải để nghe báo cáo việc khắc phục một số hạn chế về bảo vệ môi trường.\n"
        "Thay mặt chủ đầu tư, ông Nguyễn Tiến Khoa, Phó Tổng Giám đốc Tổng Công ty Phát điện 1, cho biết công tác bảo vệ "
        "môi trường các dự án rất được quan tâm.")
    assert attendees == ["Nguyễn Thiện Nhân"]


# Speakers missed: a deputy's turn as a heading, a dashed apposition running to the verb, a delegation's members,
# a history recounted at a ceremony.
def test_deputy_heading_speaks() -> None:
    _, attendees = meeting_people(
        "Chiều 25/5, tại phiên thảo luận ở tổ về tình hình kinh tế - xã hội, các ý kiến đều cho rằng cần phát huy mọi "
        "nguồn lực.\n"
        "Đại biểu Cao Đình Thường (đoàn Phú Thọ): Cần giải pháp đồng bộ Báo cáo của Chính phủ cho thấy, quý I tốc độ "
        "tăng trưởng thấp.")
    assert "Cao Đình Thường" in attendees


def test_dashed_apposition_runs_to_the_verb() -> None:
    _, attendees = meeting_people(
        "Chiều 10/2, Thành ủy, UBND TP Đà Nẵng tổ chức buổi gặp mặt các doanh nghiệp đầu năm.\n"
        "Ông Nguyễn Tiến Quang- Phó giám đốc Phụ trách VCCI tại Đà Nẵng, đại diện cho cộng đồng doanh nghiệp cho biết, "
        "trong những năm qua, Đà Nẵng luôn dẫn đầu về chỉ số năng lực cạnh tranh.")
    assert "Nguyễn Tiến Quang" in attendees


def test_delegation_members_listed() -> None:
    _, attendees = meeting_people(
        "Ngày 15-5, Hội nghị bàn tròn các nhà lãnh đạo trong khuôn khổ Diễn đàn cấp cao hợp tác quốc tế đã được tổ chức "
        "tại Bắc Kinh.\nĐoàn Việt Nam do Chủ tịch nước Trần Đại Quang dẫn đầu.\n"
        "Tham gia đoàn có Phó Thủ tướng Vương Đình Huệ và lãnh đạo một số bộ, ngành.")
    assert "Vương Đình Huệ" in attendees


def test_history_recounted_at_a_ceremony() -> None:
    _, attendees = meeting_people(
        "Ngày 6/2, Đại sứ quán Việt Nam tại Malaysia tổ chức lễ kỷ niệm 87 năm thành lập Đảng Cộng sản Việt Nam.\n"
        "Cũng tại buổi lễ, thay mặt Đảng bộ Đại sứ quán, Phó Bí thư Đảng ủy Bùi Khánh Long đã ôn lại lịch sử ra đời, "
        "chặng đường 87 năm Đảng Cộng sản Việt Nam lãnh đạo cách mạng.")
    assert "Bùi Khánh Long" in attendees


# An expert with a degree quoted outside the meeting's sentences: a pundit at a press conference, a speaker at a workshop.
PUNDIT = ("Tuy nhiên, theo Tiến sĩ Nguyễn Minh Phong – Chuyên gia nghiên cứu kinh tế nhận định: “Lý giải của đại diện Bộ "
          "Tài chính mới chỉ đứng trên khía cạnh người thu thuế”.")


def test_expert_with_degree_at_a_press_conference_is_a_pundit() -> None:
    _, attendees = meeting_people("Tại buổi họp báo thường kỳ tháng 5, ngày 3/6, Thứ trưởng Bộ Tài chính Trần Xuân Hà cho "
                                  "biết sẽ tăng khung thuế bảo vệ môi trường.\nHiện nay khung từ 1.000 - 4.000 đồng/lít.\n"
                                  "Đây là khoản thu làm tăng thu ngân sách nhà nước.\n" + PUNDIT)
    assert attendees == ["Trần Xuân Hà"]


def test_expert_with_degree_at_a_workshop_speaks() -> None:
    _, attendees = meeting_people("Ngày 3/6, Bộ Tài chính tổ chức hội thảo về thuế bảo vệ môi trường.\n"
                                  "Nhiều ý kiến còn băn khoăn.\nHiện nay khung từ 1.000 - 4.000 đồng/lít.\n" + PUNDIT)
    assert "Nguyễn Minh Phong" in attendees


# A meeting to come, `dự kiến` right after its noun.
def test_expected_meeting_is_a_plan() -> None:
    assert _meeting("Việc kéo dài thời gian cắt giảm sản lượng có thể nhận được sự tán thành của hơn chục nước sản xuất "
                    "dầu mỏ ngoài OPEC tại cuộc họp dự kiến vào chiều 25/5.") is None


# The people who came with a leader are no holder.
def test_participants_bodies_are_no_organizer() -> None:
    meeting = _meeting("Chiều 26/6, Thủ tướng Nguyễn Xuân Phúc và lãnh đạo các bộ, ngành của Chính phủ đã có buổi làm việc "
                       "với Ban Thường vụ Thành ủy Hải Phòng về một số vấn đề phát triển kinh tế-xã hội của thành phố.")
    assert meeting is not None and meeting.organizer is None


# A dotted day and month alone in brackets.
def test_dotted_day_in_brackets() -> None:
    dates = _read_dates("Trong ngày thứ 2 ở Hàn Quốc (22.5), đoàn Nông dân Việt Nam xuất sắc đã có buổi làm việc với lãnh "
                        "đạo Tổ hợp tác nông nghiệp nhân sâm Kang Hwa.")
    assert [(d.day, d.month) for _, d, _ in dates] == [(22, 5)]
    assert _read_dates("Tỷ lệ tăng 22.5 lần so với năm trước.") == []


# The place ends before the subject's next verb; a debate's format is no place.
def test_place_ends_before_the_next_verb() -> None:
    meeting = _meeting("Chiều 6/7, Thủ tướng Nguyễn Xuân Phúc dự Diễn đàn Doanh nghiệp Việt - Đức tại Berlin và chứng kiến "
                       "lễ trao 28 văn bản hợp tác giữa các cơ quan và doanh nghiệp hai nước.")
    assert meeting is not None and meeting.location == "Berlin"


def test_debate_in_groups_is_no_place() -> None:
    meeting = _meeting("Chiều 25/5, tiếp tục Kỳ họp thứ 3, Quốc hội khóa XIV, các đại biểu Quốc hội thảo luận tại tổ về "
                       "tình hình kinh tế - xã hội.")
    assert meeting is not None and meeting.location is None


# A closing quotation mark the name never opened is the quotation's.
def test_name_drops_a_closing_mark_it_never_opened() -> None:
    meeting = _meeting("Ngày 28-5, Bộ Quốc phòng Nga cho biết: “Thủ lĩnh tối cao của IS Abu Bakr al-Baghdadi cũng có mặt "
                       "tại cuộc họp này”.")
    assert meeting is not None and meeting.name == "cuộc họp này"


# A speaker framed at another event of another kind (`Phát biểu chỉ đạo tại buổi Lễ …`) spoke there.
def test_speaker_framed_at_another_kind_of_event() -> None:
    _, attendees = meeting_people(
        "Ngày 9/6, Công ty Cổ phần Thanh toán Quốc gia Việt Nam (NAPAS) tổ chức phiên họp Hội đồng quản trị lần thứ VI.\n"
        "Tại phiên họp, Hội đồng quản trị đã nhất trí bầu bà Nguyễn Tú Anh giữ chức Chủ tịch HĐQT.\n"
        "Bà Nguyễn Tú Anh cảm ơn sự tin tưởng của các thành viên.\n"
        "Phát biểu chỉ đạo tại buổi Lễ trao quyết định người đại diện vốn chủ sở hữu nhà nước tại NAPAS, Phó Thống đốc NHNN "
        "Nguyễn Kim Anh đánh giá cao năng lực chuyên môn của bà Nguyễn Tú Anh.")
    assert "Nguyễn Kim Anh" not in attendees
