"""The 6 Dec forty-fifth round: rules found by reading what prec66, stat63, audit109, audit110 and the web pages gathered
this round show, each checked on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by
their id, or written in the shape a portal's page gives."""
from core.extract.meetings import extract_meeting
from tests.conftest import make_article


# A ceremony's act held with no event noun, in a lead sentence that writes its day (baomoi 21510710 `tổ chức công bố`,
# 21511476 `tổ chức đón nhận`, 22750523 `tổ chức biểu dương`): the ceremony, a `lễ`, held by the body before the verb.
def test_a_ceremony_told_by_its_act_is_a_meeting() -> None:
    for lead, organizer in (
        ("Sáng 10-2, tại bệnh viện Nhi đồng Thành phố, Sở Y tế Thành phố đã tổ chức công bố \"Giải thưởng chất lượng "
         "khám chữa bệnh\". Giám đốc Sở Y tế Nguyễn Tấn Bỉnh phát biểu.", "Sở Y tế Thành phố"),
        ("Ngày 1/8, tại UBND xã Quảng Trực, Hội LHPN tỉnh Đắk Nông tổ chức bàn giao nhà tình nghĩa cho 3 hộ nghèo. Đến dự "
         "có đồng chí Hà Thị Hạnh, Trưởng Ban Dân vận tỉnh.", "Hội LHPN tỉnh Đắk Nông"),
    ):
        meeting = extract_meeting(make_article(lead + "\n"))
        assert meeting is not None and meeting.kind == "lễ", lead
        assert meeting.organizer == organizer


# Not a running total (baomoi 21481160 `Tính đến sáng ngày 6/2/2017, Vietlott đã tổ chức trao thưởng cho 11 khách
# hàng`), a sentence past the lead's first two, nor a lead with no day (baomoi 21494858).
def test_a_ceremony_act_without_its_day_or_as_a_total_is_no_meeting() -> None:
    for text in (
        "Tính đến sáng ngày 6/2/2017, Công ty Xổ số điện toán đã tổ chức trao thưởng cho 11 khách hàng may mắn. Còn 3 "
        "khách hàng chưa đến nhận thưởng.",
        "Trong dịp Tết, LĐLĐ tỉnh đã tổ chức bàn giao 4 Mái ấm Công đoàn cho người lao động. Các công đoàn cơ sở cũng "
        "trao quà cho công nhân.",
        "Giá điện tăng từ tháng 7. Người dân lo lắng về hóa đơn. Được biết, sáng 4/5, Thanh tra thành phố đã tổ chức "
        "công bố quyết định thanh tra tại công ty điện lực.",
    ):
        assert extract_meeting(make_article(text + "\n")) is None, text
