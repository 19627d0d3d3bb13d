"""People and titles the grammar used to lose or cut on baomoi articles (the 2 Dec people21 round): a project's board
in lower case, a trade's `thiết bị`, the new holder's `tân`, a federation named by its members, a sentence glued on by
a capitalised `Ông`, `trẻ em` and `bà mẹ` in a body's name, a university abbreviated after a comma, a brand glued by
`&`, the office a name held before it repeated by the next subject; and, in a meeting, a
plural office that lists more people for one verb and a name written once without a middle syllable.
Sentences of baomoi articles (file id in the comment), none of a gold file; each checks the exact names and titles."""
import pytest

from tests.conftest import meeting_people, named_people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a project's coordinating board, its remit in lower case, then a place and the holder
        ("PGĐ Sở KH&ĐT kiêm Giám đốc Ban điều phối Dự án SRDP – IWMC Hà Tĩnh Phan Thành Biển cam kết trong quá trình "
         "hợp tác, Ban sẽ là đơn vị đầu mối.",  # 21481573
         [("Phan Thành Biển", ["PGĐ Sở KH&ĐT kiêm Giám đốc Ban điều phối Dự án SRDP – IWMC Hà Tĩnh"])]),
        ("Ông Lê Nguyễn Minh Quang, Trưởng Ban Quản lý dự án Đường sắt Đô thị TP cho biết hiện nay dự án tuyến đường "
         "sắt đô thị số 1 đang gặp khó.",  # 22360224
         [("Lê Nguyễn Minh Quang", ["Trưởng Ban Quản lý dự án Đường sắt Đô thị TP"])]),
        # `Thiết bị`, a trade in a company's name: `bị` is no passive there
        ("Theo ông Phạm Quang Huy, Chủ tịch HĐQT Tổng công ty Thiết bị Y tế Việt Nam, thực hiện đầu tư Khu dịch vụ y tế "
         "chất lượng cao tiếp tục là bước đi đột phá.",  # 22315988
         [("Phạm Quang Huy", ["Chủ tịch HĐQT Tổng công ty Thiết bị Y tế Việt Nam"])]),
        # the new holder: `Tân` opening the sentence, `tân` mid-sentence, each kept in the title as written
        ("Tân Tổng thống Hàn Quốc Moon Jae-in đã ngay lập tức triệu tập một cuộc họp khẩn cấp Hội đồng An ninh Quốc "
         "gia.",  # 22265189
         [("Moon Jae-in", ["Tân Tổng thống Hàn Quốc"])]),
        ("Tại buổi lễ tân Đặc khu trưởng Carrie Lam đã phát biểu bằng tiếng Quan thoại.",  # 22656599
         [("Carrie Lam", ["tân Đặc khu trưởng"])]),
        # a federation named by its members after `các`
        ("Đồng quan điểm, Phó Giáo sư, Tiến sỹ Nguyễn Phương Nga, Giám đốc Trung tâm Kiểm định chất lượng giáo dục "
         "thuộc Hiệp hội các trường đại học, cao đẳng Việt Nam cho rằng thay đổi tiêu chuẩn, tiêu chí là cần "
         "thiết.",  # 21509494
         [("Nguyễn Phương Nga", ["Phó Giáo sư", "Tiến sỹ", "Giám đốc Trung tâm Kiểm định chất lượng giáo dục thuộc "
                                 "Hiệp hội các trường đại học"])]),
        # a sentence glued to the one before by a capitalised form of address, its full stop gone
        ("Công ty TNHH MTV Điện lực Đà Nẵng vừa tổ chức Lễ khởi công dự án Trạm biến áp (TBA) 110 kV Ngũ Hành Sơn Ông "
         "Ngô Tấn Cư, Chủ tịch kiêm Giám đốc Công ty TNHH MTV Điện lực Đà Nẵng cho biết, TBA 110 kV Ngũ Hành Sơn có "
         "tổng mức đầu tư 85,6 tỷ đồng.",  # 21473747
         [("Ngô Tấn Cư", ["Chủ tịch kiêm Giám đốc Công ty TNHH MTV Điện lực Đà Nẵng"])]),
        # ... but not a place's own word (`Hai Bà Trưng`), which no full name follows
        ("Cháy nhà trên phố Lò Đúc, quận Hai Bà Trưng khiến nhiều người hoảng sợ.", []),
        # `Trẻ em`, `Bà mẹ` in a department's name
        ("Vụ trưởng Vụ Sức khỏe Bà mẹ - Trẻ em Nguyễn Thành Vinh cho biết, Kế hoạch hành động quốc gia đã kết thúc.",
         [("Nguyễn Thành Vinh", ["Vụ trưởng Vụ Sức khỏe Bà mẹ - Trẻ em"])]),
        # a university by its abbreviation after a comma, the body of the title before it
        ("Ông Nguyễn Phong Điền, Trưởng phòng Đào tạo, ĐH Bách khoa Hà Nội, cho hay việc in sao đề thi đang được hoàn "
         "thành.",  # 22550738
         [("Nguyễn Phong Điền", ["Trưởng phòng Đào tạo", "ĐH Bách khoa Hà Nội"])]),
        # a brand glued by `&` is no one's name; the director's title keeps it
        ("Giám đốc Bệnh viện Thẩm mỹ Kim Cương A&B cho biết bệnh nhân bị xuất huyết dưới da.", []),  # 22359398
        ("Sáng nay 24.5, trao đổi với Thanh Niên, ông Nguyễn Chí Thanh - Giám đốc Bệnh viện Thẩm mỹ Kim Cương A&B cho "
         "biết bệnh viện đang làm việc với các bên liên quan.",  # 22359398
         [("Nguyễn Chí Thanh", ["Giám đốc Bệnh viện Thẩm mỹ Kim Cương A&B"])]),
        # the office the name held before it, again with another body after the comma, is the next subject's
        ("Nhất trí với ý kiến của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội Cuba nhấn mạnh, hai bên cần "
         "tiếp tục phát triển quan hệ song phương.",  # 22512825
         [("Nguyễn Thị Kim Ngân", ["Chủ tịch Quốc hội"])]),
        # ... not another office after it (`Thủ tướng X, Chủ tịch Hội đồng …`)
        ("Phát biểu tại hội nghị, Thủ tướng Nguyễn Xuân Phúc, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương cho "
         "biết.",
         [("Nguyễn Xuân Phúc", ["Thủ tướng", "Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương"])]),
    ],
)
def test_people_and_titles_of_the_round(sentence, expected):
    assert named_people(sentence) == expected


def test_a_plural_office_lists_more_people_for_the_same_verb():
    text = ("Sáng nay (8/2), Sở Giao thông vận tải TPHCM đã tổ chức lễ khởi công xây dựng hai công trình cầu vượt tại "
            "giao lộ Trường Sơn, trước cửa ngõ sân bay Tân Sơn Nhất. Bí thư Thành ủy Đinh La Thăng và các phó chủ tịch "
            "UBND TPHCM Lê Văn Khoa, Nguyễn Thị Thu đã đến dự.")  # 21491799
    assert meeting_people(text) == ([], ["Đinh La Thăng", "Lê Văn Khoa", "Nguyễn Thị Thu"])


def test_a_name_written_once_without_a_middle_syllable_is_one_person():
    text = ("Lễ Phát động tháng hành động vì trẻ em năm 2017 do Bộ LĐ-TB&XH phối hợp với UBND TP Hà Nội tổ chức đã diễn "
            "ra sáng nay (27/5) tại quận Long Biên. Dự lễ Phát động, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh cho rằng, "
            "Tháng hành động vì trẻ em năm nay có thêm món quà đặc biệt. Nhận định tại lễ phát động, Phó Chủ tịch nước "
            "Đặng Ngọc Thịnh cho biết, Việt Nam được cộng đồng quốc tế đánh giá cao.")  # 22388278
    assert meeting_people(text) == ([], ["Đặng Thị Ngọc Thịnh"])


def test_a_titled_turn_set_out_as_a_heading_is_said_at_the_meeting():
    text = ("Sáng 7/2, Ban điều phối Dự án SRDP – IWMC Hà Tĩnh (Sở KH&ĐT) có buổi làm việc với đoàn công tác Công ty CP "
            "Kỹ thuật Yooshin (Hàn Quốc) về việc xây dựng thiết kế dự án quy hoạch thoát nước.\n"
            "Thảo luận tại buổi làm việc, nhiều đại biểu cho rằng đơn vị tài trợ nên xem xét lại tên dự án. PGĐ Sở Xây "
            "dựng Nguyễn Việt Hùng: Cần xem xét thảo luận lại tên dự án cho đúng mục đích, ý nghĩa.")  # 21481573
    assert meeting_people(text) == ([], ["Nguyễn Việt Hùng"])


def test_a_caption_credit_after_a_titled_name_is_no_turn():
    text = ("Chiều 2/6, Tổng thống Nga Vladimir Putin đã có cuộc đối thoại trực tuyến thường niên với người dân.\n"
            "Thứ trưởng Nguyễn Văn An: Ảnh: EPA/TTXVN Theo kế hoạch, cuộc đối thoại bắt đầu vào 12h.")
    assert "Nguyễn Văn An" not in meeting_people(text)[1]
