"""The organizer of a meeting, read from sentences of baomoi articles (none of them in a gold set)."""

from __future__ import annotations

import pytest

from core.extract.meetings import extract_meeting
from tests.conftest import make_article


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # `do X tổ chức`: `Bà Rịa` is a place written with a capital, not the honorific `bà`
        ("Tại buổi họp mặt doanh nghiệp và nhà đầu tư Xuân Đinh Dậu 2017 do Ủy ban nhân dân tỉnh Bà Rịa - Vũng "
         "Tàu tổ chức ngày 6/2, lãnh đạo UBND tỉnh và Công ty Hyosung (Hàn Quốc) đã cùng ký kết bản ghi nhớ.",
         "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
        # a news outlet written in lower case before its name
        ("Phát biểu tại một hội nghị chuyên đề do tạp chí Wall Street Journal tổ chức tại Tokyo, Thống đốc BoJ "
         "Haruhiko Kuroda cho biết BoJ có đủ các công cụ.", "tạp chí Wall Street Journal"),
        ("Tại cuộc tọa đàm về hạn chế xe cá nhân do báo Giao thông tổ chức sáng 29/7, ông Lê Đỗ Mười giải thích "
         "về con số 90%.", "báo Giao thông"),
        # `với sự tham gia của X`: X takes part; the speaker of `cho biết` holds nothing
        ("Ngày 6/6, Phòng Cảnh sát giao thông Đường bộ - Đường sắt (PC67), Công an TP.HCM cho biết, chiều 6/6 sẽ "
         "có cuộc họp với các bên liên quan. Trả lời VTC News, ông Trần Chí Trung cho biết, 14h hôm nay, đơn vị sẽ "
         "tổ chức cuộc họp với sự tham gia của Phòng Cảnh sát giao thông đường bộ - đường sắt (PC67), Công an "
         "TP.HCM.", None),
        # the first `của` in the name owns the ceremony: here a government, not a body
        ("Theo Tân Hoa xã, phát biểu ngày 1/7 tại lễ kỷ niệm 20 năm Hong Kong trở về Trung Quốc và lễ nhậm chức "
         "của chính quyền thứ 5 của Khu Hành chính đặc biệt Hong Kong, Chủ tịch Trung Quốc Tập Cận Bình tuyên bố.",
         None),
        # a `của` inside the quoted theme owns nothing
        ("Sáng 25-5, tại TP Trịnh Châu, đã khai mạc trọng thể Hội thảo lý luận lần thứ 13 giữa Đảng Cộng sản Việt "
         "Nam và Đảng Cộng sản Trung Quốc với chủ đề “Tăng cường sự lãnh đạo của Đảng đối với công tác báo chí và "
         "truyền thông trong tình hình mới”.", None),
        # the body carried after the session's name ends before its predicate
        ("Tại kỳ họp thứ 11, Quốc hội khóa XIII thông qua ngày 5/4/2016, Luật Trẻ em được thông qua gồm 7 chương.",
         "Quốc hội khóa XIII"),
        # an adverb before the subject of `tổ chức` is not part of it
        ("Hôm qua 9.2, lần đầu tiên ngành giáo dục - đào tạo Thừa Thiên-Huế tổ chức hội thảo để tìm nguyên nhân "
         "và giải pháp.", "ngành giáo dục - đào tạo Thừa Thiên-Huế"),
        # `chính thức tổ chức`; a stock listing is not part of a company's name (baomoi 22646399)
        ("Sáng 30/6/2017, ngân hàng TMCP Sài Gòn Thương Tín ( Sacombank ) chính thức tổ chức đại hội đồng cổ đông "
         "thường niên năm 2017 tại TP.HCM.", "ngân hàng TMCP Sài Gòn Thương Tín ( Sacombank )"),
        ("Sáng 30/6, Công ty cổ phần Nông nghiệp Quốc tế Hoàng Anh Gia Lai - HAGL Agrico (Mã: HNG) đã tổ chức Đại "
         "hội cổ đông thường niên năm 2017, theo tin tức trên báo Zing.vn.",
         "Công ty cổ phần Nông nghiệp Quốc tế Hoàng Anh Gia Lai - HAGL Agrico"),
        # `do X đăng cai tổ chức`
        ("Cuộc họp lần thứ 53 Nhóm công tác về hợp tác sở hữu trí tuệ các nước ASEAN (AWGIPC 53) do Cục Sở hữu trí "
         "tuệ (SHTT) - Bộ Khoa học và Công nghệ (KH&CN) đăng cai tổ chức đã khai mạc ngày 16/7.",
         "Cục Sở hữu trí tuệ (SHTT) - Bộ Khoa học và Công nghệ (KH&CN)"),
        # a photo credit before the subject is not a body of the list
        ("Bí thư Tỉnh ủy Phạm Thị Thanh Trà chúc mừng ông Đỗ Đức Duy - Ảnh: Báo Xây dựng Sáng nay 8-2, Ban Chấp "
         "hành Đảng bộ tỉnh Yên Bái tổ chức Hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ.",
         "Ban Chấp hành Đảng bộ tỉnh Yên Bái"),
        # the holder with its named partners, as written (s17); a clause before the subject names no body of the list
        ("Tối 9-6, tại Quảng trường biển Tam thanh, TP Tam Kỳ, UBND tỉnh Quảng Nam phối hợp với Bộ VH-TT&DL, Bộ "
         "Ngoại giao, Bộ Công thương và Ủy ban Quốc gia UNESCO Việt Nam tổ chức lễ khai mạc Festival Di sản Quảng "
         "Nam lần thứ VI-2017.", "UBND tỉnh Quảng Nam phối hợp với Bộ VH-TT&DL, Bộ Ngoại giao, Bộ Công thương và Ủy ban "
         "Quốc gia UNESCO Việt Nam"),
        ("Chiều muộn ngày 29/5, sau khi Quốc hội kết thúc phiên thảo luận chiều, Ủy ban Kinh tế của Quốc hội đã "
         "họp phiên toàn thể lần thứ 5.", "Ủy ban Kinh tế của Quốc hội"),
        # a visiting body holds the working session; the leader in the `do` clause is no part of its name (baomoi 22684895)
        ("Ngày 5/7, Đoàn kiểm tra của Ban Bí thư Trung ương Đảng do đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, "
         "Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ "
         "Tỉnh ủy Hưng Yên.", "Đoàn kiểm tra của Ban Bí thư Trung ương Đảng"),
        # a dotted abbreviation does not end the body of `do X tổ chức`
        ("Ngày 12/6 tại cuộc họp báo do Viện Huyết học và Truyền máu T.Ư tổ chức, GS.TS Nguyễn Anh Trí, Viện "
         "trưởng cho biết, Việt Nam là quốc gia đăng cai tổ chức sự kiện toàn cầu Ngày Quốc tế Người hiến máu.",
         "Viện Huyết học và Truyền máu T.Ư"),
        # several bodies as written, opened by `T.Ư`
        ("Tại diễn đàn doanh nhân trẻ và thanh niên khởi nghiệp, diễn ra chiều nay 19.5, Phó thủ tướng Vương Đình "
         "Huệ cho rằng: khởi nghiệp sáng tạo cần có sự dũng cảm.\nDiễn đàn do T.Ư Hội LHTN Việt Nam, Hội Doanh nhân trẻ Việt Nam phối hợp tổ chức chiều nay 19.5, trong "
         "khuôn khổ lễ trao giải thưởng Doanh nhân trẻ khởi nghiệp xuất sắc năm 2017.",
         "T.Ư Hội LHTN Việt Nam, Hội Doanh nhân trẻ Việt Nam"),
        # a plenum's number is no body
        ("Phát biểu bế mạc Hội nghị Trung ương 5 khóa XII chiều 10/5, Tổng Bí thư Nguyễn Phú Trọng thay mặt Bộ "
         "Chính trị phát biểu, làm rõ thêm một số vấn đề.", None),
        # a `của` inside the quoted title belongs to the title
        ("Đại diện Phòng Thương mại và Công nghiệp Việt Nam (VCCI) đã nêu ra những khó khăn tại Hội thảo “An toàn "
         "thực phẩm từ quy định đến thực tiễn quản lý: Vấn đề vướng mắc và kỳ vọng sửa đổi tại Nghị định sửa đổi "
         "nghị định 38 của Chính phủ” diễn ra ngày 30/6 vừa qua.", None),
        # a body's name ends before a place after `ở` and before its predicate
        ("Tuyên bố của ông Trump được đưa ra khi ông đọc diễn văn tại lễ tốt nghiệp Học viện Cảnh sát biển Hoa Kỳ "
         "ở thành phố New London, tiểu bang Connecticut.", "Học viện Cảnh sát biển Hoa Kỳ"),
        # baomoi 22639192
        ("Phát biểu tại cuộc họp báo công bố số liệu thống kê kinh tế - xã hội quý II năm 2017 của Tổng cục Thống "
         "kê (Bộ Kế hoạch và Đầu tư) tổ chức sáng 29/6 tại Hà Nội, bà Vũ Thị Thu Thủy cho biết.",
         "Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư)"),
        # `các tổ chức` is part of the name; the holder with its named partner
        ("Ngày 23/5, tại Hà Nội, Liên hiệp Các tổ chức hữu nghị Việt Nam phối hợp Hội Hữu nghị Việt Nam-Cuba tổ "
         "chức lễ công bố tân Chủ tịch Hội Hữu nghị Việt Nam-Cuba khóa 4.",
         "Liên hiệp Các tổ chức hữu nghị Việt Nam phối hợp Hội Hữu nghị Việt Nam-Cuba"),
        # the giver of a decoration is not the holder of the ceremony
        ("Chiều 16-6, tại Hà Nội đã diễn ra Lễ trao Huân chương Hữu nghị của Nhà nước Liên bang Nga và Kỷ niệm "
         "chương của Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga tặng Thượng tướng Trương Quang Khánh.", None),
        # a UN envoy is a person, whatever his name's shape
        ("Đặc phái viên Liên hợp quốc về Syria Staffan de Mistura đã triệu tập hội nghị về hòa bình Syria với sự "
         "tham dự của Chính phủ Syria và phe đối lập ngày 16/5 tại Geneva.", None),
        # a province holds what it `tổ chức` as its government does
        ("Sáng nay 29.5, tỉnh Quảng Trị đã tổ chức lễ tuyên dương, khen thưởng em Phạm Huy, học sinh Trường THPT "
         "thị xã Quảng Trị.", "tỉnh Quảng Trị"),
        # `do X phối hợp với Y tổ chức`, the event named in the sentence before: the holder with its named partner
        ("Chiều 27/6 theo giờ địa phương, Chủ tịch nước Trần Đại Quang và Tổng thống Cộng hòa Belarus Alexander "
         "Lukashenko đã tới dự và phát biểu tại Tọa đàm Kinh tế Việt Nam - Belarus.\nTọa đàm do Phòng Thương mại "
         "và Công nghiệp Việt Nam phối hợp với Phòng Thương mại và Công nghiệp Belarus tổ chức, thu hút gần 500 "
         "doanh nghiệp hai nước.",
         "Phòng Thương mại và Công nghiệp Việt Nam phối hợp với Phòng Thương mại và Công nghiệp Belarus"),
        # the holders before `chủ trì phối hợp với`, several as written; a place before them is not one
        ("Ngày 19/5, nhân dịp kỷ niệm 127 năm ngày sinh Chủ tịch Hồ Chí Minh, Ban Tổ chức Trung ương, báo Nhân "
         "dân, tạp chí Cộng sản, Đài truyền hình Việt Nam và Hội Nhà báo Việt Nam chủ trì phối hợp với Ban Tuyên "
         "giáo Trung ương, Bộ Thông tin và Truyền thông tổ chức Họp báo Giải báo chí toàn quốc về xây dựng Đảng.",
         "Ban Tổ chức Trung ương, báo Nhân dân, tạp chí Cộng sản, Đài truyền hình Việt Nam và Hội Nhà báo Việt Nam phối "
         "hợp với Ban Tuyên giáo Trung ương, Bộ Thông tin và Truyền thông"),
        ("Tối 9.6, tại bãi biển Tam Thanh (TP.Tam Kỳ) UBND tỉnh Quảng Nam phối hợp với Bộ VH-TT-DL, Bộ Ngoại giao, "
         "Bộ Công thương tổ chức khai mạc Festival Di sản Quảng Nam lần 6 - 2017.\nDiễn ra từ ngày 9 - 14.6, festival "
         "còn có nhiều hoạt động hấp dẫn. Phát biểu tại lễ khai mạc, Phó thủ tướng Vũ Đức Đam cho rằng festival là "
         "dịp để mở rộng kết nối.", "UBND tỉnh Quảng Nam phối hợp với Bộ VH-TT-DL, Bộ Ngoại giao, Bộ Công thương"),
        # a body that celebrates its founding holds the ceremony, unless the lead names the holder
        ("Đây là chỉ đạo của Phó Thủ tướng Trịnh Đình Dũng tại lễ kỷ niệm 10 năm thành lập Tổng công ty Thăm dò và "
         "Khai thác Dầu khí (PVEP) tối 26/5 tại Hà Nội.", "Tổng công ty Thăm dò và Khai thác Dầu khí (PVEP)"),
        ("Ngày 6/2, Đại sứ quán Việt Nam tại Malaysia đã tổ chức trọng thể lễ kỷ niệm 87 năm thành lập Đảng Cộng "
         "sản Việt Nam (3/2/1930-3/2/2017).", "Đại sứ quán Việt Nam tại Malaysia"),
        # `đối với` ends the owner; a `về` before a bracketed acronym continues a body's name
        ("Tại phiên chất vấn của Quốc hội đối với Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân "
         "Cường (ngày 13.6), nhiều đại biểu đã nêu vấn đề.", "Quốc hội"),
        ("Đó là nhận định của ông Doãn Mậu Diệp, Thứ trưởng Bộ Lao động Thương binh và Xã hội tại phiên họp toàn "
         "thể của Nhóm công tác về phát triển nguồn nhân lực (HRDWG) ở Hà Nội ngày 14/5.",
         "Nhóm công tác về phát triển nguồn nhân lực (HRDWG)"),
        # a singer named bare, as entertainment news does, is a person, not a body
        ("Chiều 11.5, Bạch Công Khanh đã tổ chức buổi họp báo ra mắt MV Good boy gone bad với sự tham gia của "
         "nhiều đồng nghiệp.", None),
        # `giữa X với Y` right after the event noun: X holds it
        ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã nói như vậy tại hội nghị giao ban giữa UBND TP Hà Nội với "
         "lãnh đạo các sở, ban, ngành vào sáng nay (6-2).", "UBND TP Hà Nội"),
        # the body the meeting's own name carries, with its term (baomoi 22234769)
        ("Sau 6 ngày làm việc khẩn trương, nghiêm túc, Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XII đã "
         "hoàn thành toàn bộ nội dung chương trình đề ra và bế mạc vào chiều 10/5.",
         "Ban Chấp hành Trung ương Đảng khóa XII"),
        # a person working with someone holds no meeting as a body
        ("Ngày 11/5, Thứ trưởng Bộ NN&PTNT Trần Thanh Nam đã làm việc với ông Robert Macke - Giám đốc Văn phòng "
         "phụ trách các Hiệp định, Bộ Nông nghiệp Mỹ (USDA).\nTại buổi làm việc, Thứ trưởng Bộ NN&PTNT Trần Thanh "
         "Nam mong muốn phía Mỹ tạo điều kiện thuận lợi.", None),
        # the committee of a contest is a body; who chairs it in a `do` clause is not part of its name
        ("Tại Lễ trao giải cuộc thi sáng nay 12/5 tại trường THCS Nguyễn Đăng Đạo, Bắc Ninh, Ban Tổ chức cuộc thi "
         "do Bộ TT&TT chủ trì phối hợp với Tổng công ty Bưu điện Việt Nam đã tổ chức Lễ trao giải.",
         "Ban Tổ chức cuộc thi"),
        # a visiting team `tiến hành làm việc với`
        ("Theo đó, vào hồi 8h, ngày 4/7, Đoàn công tác của Bộ Công Thương đã tiến hành làm việc với Công ty nhôm "
         "Đăk Nông – TKV tại Nhà máy Alumin Nhân Cơ.", "Đoàn công tác của Bộ Công Thương"),
        # a name that lists its fields with a comma is one body; the holder with its named partner
        ("Tối 12/6, tại Khu di tích Dinh trấn Thanh Chiêm (thị xã Điện Bàn, tỉnh Quảng Nam), Bộ Văn hóa, Thể thao "
         "và Du lịch phối hợp với UBND tỉnh Quảng Nam tổ chức Lễ kỷ niệm 415 năm Dinh trấn Thanh Chiêm (1602-2017).",
         "Bộ Văn hóa, Thể thao và Du lịch phối hợp với UBND tỉnh Quảng Nam"),
        # a partner clause after a comma
        ("Ngày 9/6, tại Hà Nội, Cục Xúc tiến Thương mại (VIETRADE) - Bộ Công Thương, phối hợp với Tổ chức Xúc tiến "
         "nhập khẩu từ các nước đang phát triển của Hà Lan (CBI) và Dự án Hỗ trợ Chính sách Thương mại và Đầu tư của "
         "châu Âu (EU-MUTRAP) tổ chức Hội thảo “Phương án xây dựng Chiến lược thương hiệu ngành thực phẩm Việt Nam”.",
         "Cục Xúc tiến Thương mại (VIETRADE) - Bộ Công Thương"),
        # the session's body inside another event's name, without its sitting's number
        ("Sáng 4-7, phát biểu tại phiên khai mạc kỳ họp thứ 5 HĐND TP.HCM khóa IX, bà Tô Thị Bích Châu, Chủ tịch "
         "MTTQ Việt Nam TP.HCM, cho rằng những giải pháp về lập lại trật tự vỉa hè có chuyển biến tích cực.",
         "HĐND TP.HCM khóa IX"),
        # a time pointer and a bracketed day are no part of a body's name
        ("So với các kỳ họp trước, kỳ họp Quốc hội lần này có nhiều đổi mới, thậm chí là chưa từng có tiền lệ.",
         "Quốc hội"),
        ("Phát biểu tại phiên họp thường kỳ tháng 5 của Chính phủ (ngày 3.6), Thủ tướng Nguyễn Xuân Phúc đã đặt ra "
         "nhiều câu hỏi về sự cố khiến 7 người chết ở Bệnh viện đa khoa Hòa Bình.", "Chính phủ"),
        # a festival's jury holds its own session; a country's police written in lower case
        ("Ngày 4.6, Ban Giám khảo (BGK) DIFF2017 đã tổ chức buổi họp để chọn ra 3 đội thi có điểm số cao nhất thi "
         "đấu tại đêm chung kết.", "Ban Giám khảo (BGK) DIFF2017"),
        ("Chiều 26/5, cảnh sát Nhật Bản tổ chức họp báo và khẳng định khởi tố nghi phạm Shibuya Yasumasa.",
         "cảnh sát Nhật Bản"),
        # `do` with bodies joined by `và` in the last piece, the event named in the sentence before
        ("Sáng 12/5, tại Nhà khách Điếu Ngư Đài ở thủ đô Bắc Kinh, Chủ tịch nước Trần Đại Quang đã dự và phát biểu "
         "tại Tọa đàm Hợp tác kinh tế, thương mại Việt Nam - Trung Quốc 2017.\nTọa đàm do Bộ Kế hoạch và Đầu tư Việt "
         "Nam, Bộ Thương mại Trung Quốc, Ủy ban Xúc tiến Thương mại quốc tế Trung Quốc (CCPIT) và Tổng Thương hội "
         "Trung Hoa tại Hồng Công phối hợp tổ chức.",
         "Bộ Kế hoạch và Đầu tư Việt Nam, Bộ Thương mại Trung Quốc, Ủy ban Xúc tiến Thương mại quốc tế Trung Quốc "
         "(CCPIT) và Tổng Thương hội Trung Hoa tại Hồng Công"),
        # `triệu tập họp` with no event noun, then `Tại cuộc họp`
        ("Như BizLIVE đã thông tin, chiều qua 19/5 Thành ủy TP.HCM đã có cuộc triệu tập họp bàn về tình hình sốt đất "
         "tại Thành phố thời gian qua. Tại cuộc họp ông Tất Thành Cang, Phó Bí thư Thường trực Thành ủy cho biết, đến "
         "nay chưa có quy hoạch nào về dự án 13.000 ha lấn biển Cần Giờ.", "Thành ủy TP.HCM"),
        # an acronym the article spells out as a body, or an international body news names by its acronym alone
        # (INTERNATIONAL_BODY_ACRONYMS); another acronym it never spells out names none
        ("Hàng ngàn “xác sống” bất ngờ xuất hiện trên đường phố Hamburg, Đức, nơi diễn ra hội nghị thượng đỉnh G20 "
         "vào ngày 7.7.\nTheo Daily Star, hội nghị Thượng đỉnh nhóm 20 nền kinh tế lớn nhất thế giới (G20), kéo dài "
         "trong hai ngày đã bắt đầu khai mạc vào ngày 7.7 ở Hamburg.", "G20"),
        ("Phát biểu tại hội nghị thượng đỉnh G20 ở Hamburg ngày 7/7, Thủ tướng Anh Theresa May cho biết Anh sẽ "
         "tiếp tục hợp tác.", "G20"),
        ("Phát biểu tại hội nghị thượng đỉnh GMS ở Hà Nội ngày 7/7, Thủ tướng Anh Theresa May cho biết Anh sẽ "
         "tiếp tục hợp tác.", None),
        # a forum named with its acronym is a body; a press conference about its meeting is not its
        ("Chiều 19/6, Hội nghị Đối thoại Chính sách cao cấp của Diễn đàn hợp tác kinh tế châu Á – Thái Bình Dương "
         "(APEC) về du lịch bền vững tổ chức tại thành phố Hạ Long, tỉnh Quảng Ninh, đã kết thúc tốt đẹp.",
         "Diễn đàn hợp tác kinh tế châu Á – Thái Bình Dương (APEC)"),
        ("Đây là quan điểm được Đại diện Thương mại Mỹ Robert Lighthizer đưa ra tại cuộc họp báo về kết quả Hội nghị "
         "Bộ trưởng phụ trách thương mại (MRT) của Diễn đàn Hợp tác kinh tế Châu Á – Thái Bình Dương (APEC), diễn ra "
         "trưa 21-5 tại Hà Nội.", None),
        # the name ends on the group spelt out with its acronym; a reception's guest's body holds nothing
        ("Ngày 26/5, Hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển (G7) diễn ra trong 2 ngày đã khai mạc "
         "tại thành phố Taormina trên đảo Sicily ở miền Nam Italy.", "G7"),
        ("Ngày 13-6, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung đã có buổi tiếp ngài Bruno Angelet Đại sứ Liên minh "
         "Châu Âu (EU) tại Việt Nam.", None),
        # `do X vừa tổ chức`; `vừa` of `nhỏ và vừa` is part of a name
        ("Tại cuộc họp về mở rộng sân bay Tân Sơn Nhất (TSN) do Bộ GTVT vừa tổ chức, Công ty TNHH MTV thiết kế và tư "
         "vấn xây dựng công trình hàng không ADCC đã trình bày phương án cải tạo.", "Bộ GTVT"),
        ("Đây là phát biểu của ông Choi Moonsoon, Thống đốc tỉnh Gangwon tại Hội nghị hợp tác kinh tế Gangwon-Thành "
         "phố Hồ Chí Minh do Nghiệp đoàn Doanh nghiệp nhỏ và vừa Hàn Quốc (KBIZ) và Đoàn doanh nghiệp tỉnh Gangwon tổ "
         "chức tại Thành phố Hồ Chí Minh, ngày 9/6.",
         "Nghiệp đoàn Doanh nghiệp nhỏ và vừa Hàn Quốc (KBIZ) và Đoàn doanh nghiệp tỉnh Gangwon"),
        # a caption glued before the dateline: the subject starts after the day
        ("Chủ tịch UBND TP.HCM Nguyễn Thành Phong \"Người dân nhắn tin cho tôi nói đồng tình\" Chiều ngày 14/6 Quận ủy "
         "quận 1 đã tổ chức Hội nghị sơ kết công tác quản lý trật tự đô thị trên địa bàn 5 tháng đầu năm 2017.",
         "Quận ủy quận 1"),
        # a singer's name after `của` is no body
        ("Trong buổi họp báo sản phẩm mới của Quốc Thiên, Đàm Vĩnh Hưng thể hiện sự thoải mái, vui vẻ sau những mệt "
         "mỏi.", None),
        # a body (not a person) that chairs the meeting holds it
        ("Chiều 30.6, Sở NN-PTNT tỉnh Bình Định chủ trì buổi làm việc giữa lãnh đạo Công ty TNHH Đại Nguyên Dương "
         "(Nam Định), Công ty TNHH MTV Nam Triệu (Hải Phòng) và 19 chủ tàu vỏ thép.", "Sở NN-PTNT tỉnh Bình Định"),
        ("Ivanka Trump, con gái của Tổng thống Mỹ Donald Trump, đã thay cha chủ trì một cuộc họp bàn tròn về nạn buôn "
         "bán người với các thành viên Quốc hội Mỹ tại Nhà Trắng.", None),
        # `phòng không` (air defence) and `Không quân` are words of the name, not a negation
        ("Kênh Quốc phòng Việt Nam đưa tin, tại Đà Nẵng, Quân chủng Phòng không – Không quân vừa tổ chức hội nghị "
         "ngành tên lửa toàn quân năm 2017.", "Quân chủng Phòng không – Không quân"),
        # `Cần` of the place `Cần Thơ` is no modal verb
        ("Ngày 19/5, tại Cần Thơ, Phòng Thương mại và Công nghiệp Việt Nam Chi nhánh Cần Thơ (VCCI Cần Thơ) tổ chức "
         "Tọa đàm “Làm thế nào để kinh doanh hiệu quả với thị trường Trung Quốc”.",
         "Phòng Thương mại và Công nghiệp Việt Nam Chi nhánh Cần Thơ (VCCI Cần Thơ)"),
        # leaders' titles before their body and the people they meet: the body holds the meeting
        ("Sáng 6/2, tại cuộc họp giao ban Chủ tịch, Phó Chủ tịch UBND TP với Giám đốc, Thủ trưởng các sở, ban, ngành "
         "tháng 1/2017, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung yêu cầu Giám đốc Sở GD&ĐT Hà Nội báo cáo.", "UBND TP"),
        # a state's committee: its name goes on with its field after `về`
        ("Chiều 11/7, tại Trụ sở Chính phủ, Phó Thủ tướng Vương Đình Huệ chủ trì phiên họp thứ hai của Ủy ban Chỉ đạo "
         "quốc gia về Cơ chế một cửa quốc gia, Cơ chế một cửa ASEAN và tạo thuận lợi thương mại.",
         "Ủy ban Chỉ đạo quốc gia về Cơ chế một cửa quốc gia"),
        ("Sáng nay (8/2), tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun Sisoulith đã đồng chủ trì kỳ "
         "họp lần thứ 39 Ủy ban liên Chính phủ về hợp tác song phương Việt Nam-Lào.",
         "Ủy ban liên Chính phủ về hợp tác song phương Việt Nam-Lào"),
        # `Bà` opening the place `Bà Rịa-Vũng Tàu` (written without spaces) is no honorific
        ("Ngày 6-2, tỉnh Bà Rịa-Vũng Tàu tổ chức buổi họp mặt DN và nhà đầu tư xuân Đinh Dậu 2017.",
         "tỉnh Bà Rịa-Vũng Tàu"),
        ("Ngày 6.2, UBND tỉnh Bà Rịa-Vũng Tàu tổ chức họp mặt doanh nghiệp và nhà đầu tư Xuân Đinh Dậu 2017. Phát biểu "
         "tại buổi họp mặt, ông Nguyễn Hồng Lĩnh, Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu khẳng định.", "UBND tỉnh Bà Rịa-Vũng Tàu"),
        # a place's address or a verb before `tổ chức` is no subject
        ("Địa chỉ tổ chức đại hội tại Nhà máy bia Sài Gòn Nguyễn Chí Thanh – số 187 Nguyễn Chí Thanh, phường 12 – "
         "quận 5, Tp.HCM.", None),
    ],
)
def test_organizer_as_baomoi_writes_it(text: str, organizer: str | None) -> None:
    m = extract_meeting(make_article(text, published="2017-07-07"))
    assert m is not None and m.organizer == organizer


def test_a_body_that_holds_a_meeting_named_by_its_verb() -> None:
    m = extract_meeting(make_article(
        "Ngày 20/6, Tỉnh ủy Hà Tĩnh tổ chức gặp mặt các cơ quan báo chí trên địa bàn nhân kỷ niệm 92 năm Ngày Báo "
        "chí cách mạng Việt Nam (21/6/1925-21/6/2017).\nTại buổi gặp mặt, đồng chí Lê Đình Sơn, Bí thư Tỉnh ủy Hà "
        "Tĩnh ghi nhận những đóng góp của đội ngũ những người làm báo.", published="2017-06-20"))
    assert m is not None and (m.kind, m.organizer) == ("cuộc gặp", "Tỉnh ủy Hà Tĩnh")


def test_a_body_that_holds_a_meeting_named_by_a_verb_phrase_before_it() -> None:
    m = extract_meeting(make_article(
        "Ngày 11.7, Cục Nghệ thuật biểu diễn (NTBD) đã tổ chức sơ kết hoạt động 6 tháng đầu năm, triển khai hoạt "
        "động 6 tháng cuối năm 2017. Tại hội nghị, cán bộ của Cục đã chia sẻ tâm tư của mình.",
        published="2017-07-11"))
    assert m is not None and (m.kind, m.organizer) == ("hội nghị", "Cục Nghệ thuật biểu diễn (NTBD)")


def test_a_holder_named_past_the_lead_by_do_x_to_chuc() -> None:
    m = extract_meeting(make_article(
        "Theo đặc phái viên TTXVN, chiều 5/6, tại Tokyo, Nhật Bản, Thủ tướng Nguyễn Xuân Phúc cùng Thủ tướng Nhật Bản "
        "Shinzo Abe đã tham dự Hội nghị Xúc tiến đầu tư Việt Nam, đồng thời chứng kiến lễ trao hàng loạt hợp đồng.\n"
        "Thủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị. Đây là sự kiện đặc biệt có sự tham dự của Thủ tướng hai "
        "nước. Là một trong những sự kiện quan trọng nhất trong khuôn khổ chương trình thăm chính thức Nhật Bản, Hội "
        "nghị Xúc tiến đầu tư Việt Nam đã diễn ra sôi động. Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Shinzo Abe đã phát "
        "biểu, khuyến khích các doanh nghiệp Nhật Bản đẩy mạnh hơn nữa các hoạt động hợp tác. Hội nghị do Tổ chức Xúc "
        "tiến ngoại thương Nhật Bản (JETRO) phối hợp với Bộ Kế hoạch và Đầu tư Việt Nam, Ngân hàng BTMU – Nhật Bản "
        "phối hợp tổ chức.", published="2017-06-05"))
    assert m is not None and m.organizer == "Tổ chức Xúc tiến ngoại thương Nhật Bản (JETRO)"


def test_a_sentence_pointing_back_at_the_event_names_its_holder() -> None:
    m = extract_meeting(make_article(
        "Trong khuôn khổ chuyến thăm Vương quốc Hà Lan, chiều 10/7 tại La Haye, Thủ tướng Nguyễn Xuân Phúc và Phó Thủ "
        "tướng Hà Lan Lodewijck Asscher dự Diễn đàn doanh nghiệp Việt Nam - Hà Lan, với sự tham dự của khoảng 300 doanh "
        "nghiệp Hà Lan. Đây là sự kiện do Phòng Thương mại và Công nghiệp Việt Nam phối hợp với Liên đoàn công nghiệp và "
        "giới chủ Hà Lan tổ chức.", published="2017-07-10"))
    assert m is not None and m.organizer == ("Phòng Thương mại và Công nghiệp Việt Nam phối hợp với Liên đoàn công "
                                             "nghiệp và giới chủ Hà Lan")


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Chương trình do Sở Du lịch thành phố Đà Nẵng tổ chức nhằm quảng bá du lịch.", "Sở Du lịch thành phố Đà Nẵng"),
        # a person holds no meeting as a body
        ("Sự kiện lần này do siêu mẫu Hà Anh tổ chức.", None),
        ("Đây là sự kiện gây quỹ hàng năm do bà Joni Ernst đứng ra tổ chức.", None),
    ],
)
def test_held_by_anaphor(sentence: str, holder: str | None) -> None:
    from core.extract.meetings import _held_by_anaphor
    assert _held_by_anaphor([sentence]) == holder


def test_an_exhortation_to_hold_a_congress_names_no_holder():
    # An exhortation opening the sentence: detection reads it as a plan (no meeting), and were it
    # read as a meeting, `Tập trung` would still be no body.
    m = extract_meeting(make_article("Tập trung tổ chức Đại hội Công đoàn các cấp; đẩy mạnh thực hiện Nghị quyết 20 về "
                                     "xây dựng giai cấp công nhân.", published="2017-07-07"))
    assert m is None or m.organizer is None


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a `của` after a place phrase is the place's
        ("Ngày 12/7, phát biểu tại Hội nghị Dầu khí Thế giới ở thành phố Istanbul của Thổ Nhĩ Kỳ, ông Barkindo cho "
         "biết nhiều người kỳ vọng các thị trường sẽ phản ứng tích cực.", None),
        # a `của` after the topic is the topic's: a person holds nothing
        ("Ngay sau khi được Triều Tiên thả tự do, hôm 15/6, các bác sĩ tại Trung tâm Y tế Đại học Cincinnati Mỹ đã "
         "tổ chức một cuộc họp báo công bố chính thức về tình trạng của Otto Warmbier.", None),
        ("Thông báo ngày 6/2 của IMF cho biết tại cuộc họp bàn về tình hình kinh tế và nợ công của Hy Lạp, hầu hết "
         "các thành viên ban lãnh đạo IMF cho rằng các khoản hỗ trợ tài chính có thể vẫn cần được bổ sung.", None),
        # across a topic, a name opened by a body word still holds its press conference
        ("Ngày 5-6, tại cuộc họp báo về kết quả điều hành chính sách tiền tệ của Ngân hàng Nhà nước Việt Nam (NHNN), "
         "Phó Thống đốc Nguyễn Thị Hồng khẳng định tăng trưởng tín dụng đạt 7,5%.",
         "Ngân hàng Nhà nước Việt Nam (NHNN)"),
        # right after the event noun and its qualifiers, any name holds it
        ("Tại cuộc họp kín của HĐBA chiều 17/5, các thành viên đã thảo luận về vụ phóng tên lửa mới của Triều Tiên.",
         "HĐBA"),
        # `tồn tại` is a word, not the preposition `tại`; a speaker after the body is not part of it
        ("Ngày 6/2, Bộ Công Thương cho biết, Thứ trưởng Hoàng Quốc Vượng đã chủ trì cuộc họp của Ban chỉ đạo Bộ Công "
         "Thương xử lý các vấn đề tồn tại ở các dự án lớn chậm tiến độ, kém hiệu quả.",
         "Ban chỉ đạo Bộ Công Thương xử lý các vấn đề tồn tại"),
        ("Hôm nay, tại cuộc họp báo tháng 5 của UBND TP.HCM đại diện Sở GTVT TP.HCM đã trả lời câu hỏi của phóng "
         "viên về chất lượng ống gang.", "UBND TP.HCM"),
        # a singer's name holds no meeting as a body
        ("Tối 17/5, Hương Giang đã tổ chức buổi gặp gỡ báo chí và nhanh chóng gửi lời xin lỗi tới nghệ sĩ Trung Dân.",
         None),
        # the body a `gặp mặt` names is its guest
        ("Chiều 23/6, phát biểu tại buổi gặp mặt Đoàn đại biểu người có công với cách mạng Quận 3, Thành phố Hồ Chí "
         "Minh, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình khẳng định Đảng, Nhà nước luôn quan tâm.", None),
    ],
)
def test_owner_after_cua_and_body_ends(text: str, organizer: str | None) -> None:
    m = extract_meeting(make_article(text, published="2017-06-20"))
    assert m is not None
    assert m.organizer == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # `trang trọng tổ chức`, `đồng tổ chức`; `cùng với` names partners as `phối hợp với` does: as written, the key
        # the holder's
        ("Chiều 20/6, Đảng ủy Văn phòng Chính phủ đã trang trọng tổ chức Lễ trao tặng Huy hiệu Đảng cho các Đảng viên "
         "của Đảng bộ.", "Đảng ủy Văn phòng Chính phủ"),
        ("Sáng 26/5, tại Đà Nẵng, Đại học Đông Á (Đà Nẵng) cùng với Đại học Nagasaki (Nhật Bản), Đại học Dong-A (Hàn "
         "Quốc) và Đại học Huaqiao (Trung Quốc) đồng tổ chức Hội thảo quốc tế “Đầu tư trực tiếp nước ngoài tại Châu "
         "Á”.", "Đại học Đông Á (Đà Nẵng) cùng với Đại học Nagasaki (Nhật Bản), Đại học Dong-A (Hàn Quốc) và Đại học "
         "Huaqiao (Trung Quốc)"),
        # two bodies joined by `và`; a plural subject written as such
        ("Ngày 10/5, tại Hà Nội, Nhóm công tác về phát triển nguồn nhân lực (HRDWG) và Nhóm Bạn về người khuyết tật "
         "(GOFD) đã tổ chức Hội thảo chuyên đề về thúc đẩy việc làm của người khuyết tật.",
         "Nhóm công tác về phát triển nguồn nhân lực (HRDWG) và Nhóm Bạn về người khuyết tật (GOFD)"),
        ("Ngày 9/5, tại nhiều địa phương trong cả nước, các Đoàn Đại biểu Quốc hội đã tổ chức Hội nghị tiếp xúc cử "
         "tri để thông báo nội dung, chương trình kỳ họp thứ 3 Quốc hội khóa XIV.", "các Đoàn Đại biểu Quốc hội"),
        # a committee carries its event's whole name
        ("Sáng ngày 6/7, Ban tổ chức giải “Xe đạp nữ toàn quốc mở rộng (quốc tế) tranh cúp truyền hình An Giang lần "
         "thứ 18” năm 2017 đã tổ chức họp báo tại TP.HCM.",
         "Ban tổ chức giải “Xe đạp nữ toàn quốc mở rộng (quốc tế) tranh cúp truyền hình An Giang lần thứ 18” năm 2017"),
        # the agent of a passive, with its named partners
        ("Đây là thông tin chia sẻ tại lễ mít tinh Hưởng ứng ngày Thế giới phòng, chống tăng huyết áp (17/5) được Bộ "
         "Y tế phối hợp với UBND TP Hà Nội và Tổ chức Y tế Thế giới (WHO) tổ chức sáng ngày 13/5 tại xã Phù Linh.",
         "Bộ Y tế phối hợp với UBND TP Hà Nội và Tổ chức Y tế Thế giới (WHO)"),
        # a plural of no body is no holder
        ("Tết Nguyên đán vừa qua cũng là thời điểm các địa bàn dân cư Thủ đô tổ chức hội nghị đại biểu nhân dân ở nơi "
         "sinh sống.", None),
    ],
)
def test_holding_verbs_partners_and_plural_subjects(text: str, organizer: str | None) -> None:
    m = extract_meeting(make_article(text, published="2017-06-20"))
    assert m is not None
    assert m.organizer == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a bracket closing a phrase with no comma after it: the subject starts after it
        ("Tối qua (21/6), nhân kỷ niệm 92 năm Ngày báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2017) Hội Nhà báo Việt "
         "Nam đã tổ chức lễ trao Giải báo chí quốc gia lần thứ XI năm 2016 tại Hà Nội.", "Hội Nhà báo Việt Nam"),
        # the `của` of an issued conclusion is its issuer's
        ("Chiều ngày 5-7, Phó Thủ tướng Vương Đình Huệ đã chủ trì phiên họp triển khai Kết luận của Bộ Chính trị mới "
         "đây về các dự án thua lỗ thuộc ngành Công Thương.", None),
    ],
)
def test_subject_after_bracket_and_issued_documents(text: str, organizer: str | None) -> None:
    m = extract_meeting(make_article(text, published="2017-06-22"))
    assert m is not None
    assert m.organizer == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a body that opens its own session (baomoi 22725300); a person who opens one holds nothing as a body
        ("Sáng 11/7, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội khóa XIV đã khai mạc Phiên họp thứ 12.",
         "Ủy ban Thường vụ Quốc hội khóa XIV"),
        ("Đồng chí Đinh Viết Hồng, Phó Chủ tịch UBND tỉnh Nghệ An phát biểu khai mạc Hội nghị tổng kết năm 2016.",
         None),
        # `họp trực tuyến` before the event noun (baomoi 22678155)
        ("Ngày 3/7, dưới sự chủ trì của Thủ tướng Nguyễn Xuân Phúc, Chính phủ đã họp trực tuyến phiên họp thường kỳ "
         "tháng 6/2017 với lãnh đạo các địa phương trên cả nước.", "Chính phủ"),
        # a government's working team visits as a delegation does; its leader after `do` is dropped (baomoi 22566610)
        ("Ngày 19-6, Tổ công tác của Thủ tướng Chính phủ do Bộ trưởng Mai Tiến Dũng dẫn đầu đã làm việc với Tập đoàn "
         "Than - Khoáng sản Việt Nam (TKV).", "Tổ công tác của Thủ tướng Chính phủ"),
    ],
)
def test_opening_online_and_working_team_holders(text: str, organizer: str | None) -> None:
    m = extract_meeting(make_article(text, "2017-07-11"))
    assert m is not None
    assert m.organizer == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a sitting of a session is held by the body the session's name carries (baomoi 22692238, 22538551)
        ("Đó là khẳng định của ông Lê Thanh Liêm, Phó Chủ tịch UBND TP Hồ Chí Minh tại phiên chất vấn và trả lời chất "
         "vấn tại kỳ họp thứ 5 khóa IX HĐND TP Hồ Chí Minh (nhiệm kỳ 2016-2021) diễn ra vào sáng 6/7.",
         "HĐND TP Hồ Chí Minh"),
        ("Theo dõi phiên chất vấn và trả lời chất vấn của Phó Thủ tướng Chính phủ Trương Hòa Bình tại kỳ họp thứ 3, "
         "Quốc hội khóa XIV vào chiều 15/6, cử tri tỉnh Lâm Đồng đánh giá cao kết quả của buổi làm việc.",
         "Quốc hội khóa XIV"),
        # the parliament after the session's comma opens the next clause: its name ends before the predicate (22363725)
        ("Tại phiên họp sáng 24/5 của Kỳ họp thứ 3, Quốc hội nghe trình bày Báo cáo giải trình, tiếp thu, chỉnh lý dự án "
         "Luật sửa đổi, bổ sung một số điều của Bộ luật hình sự.", "Quốc hội"),
    ],
)
def test_a_sitting_is_held_by_its_sessions_body(text: str, organizer: str | None) -> None:
    m = extract_meeting(make_article(text, "2017-07-06"))
    assert m is not None
    assert m.organizer == organizer


def test_a_quoted_name_after_the_verb_and_a_holder_with_its_place_before_partners() -> None:
    # baomoi 21493729: the name opens with a quote after `tổ chức`; the holder is written with its place, then partners
    text = ("Ngày 7/2/2017, Tổng Lãnh sự quán Việt Nam tại Osaka, Nhật Bản đã phối hợp với Chính quyền Thành phố Sakai, "
            "Tỉnh Osaka và Ngân hàng Ikeda Senshu tổ chức “Hội thảo giới thiệu môi trường đầu tư Việt Nam” cho các "
            "doanh nghiệp Nhật Bản.")
    m = extract_meeting(make_article(text, "2017-02-08"))
    assert m is not None
    assert m.organizer == ("Tổng Lãnh sự quán Việt Nam tại Osaka, Nhật Bản phối hợp với Chính quyền Thành phố Sakai, "
                           "Tỉnh Osaka và Ngân hàng Ikeda Senshu")


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # the body the name carries ends before the predicate it runs on into (baomoi 22537490), not at a later `của`
        ("Chiều 5/7, tại cuộc họp UBND TP Đà Nẵng chuẩn bị các nội dung trình kỳ họp thứ 4 của HĐND TP, Chủ tịch UBND "
         "TP Huỳnh Đức Thơ cho biết thành phố sẽ xử lý.", "UBND TP Đà Nẵng"),
    ],
)
def test_the_carried_body_ends_before_its_predicate(text: str, organizer: str | None) -> None:
    m = extract_meeting(make_article(text, "2017-07-06"))
    assert m is not None
    assert m.organizer == organizer



def test_mothers_in_a_body_name_are_no_honorific() -> None:
    # baomoi 22300568: `bà mẹ` (mothers) in a health department's name is no `bà` before a woman's name
    text = ("Ngày 17/5 tại TP.HCM, Vụ Sức khỏe bà mẹ - trẻ em (Bộ Y tế) tổ chức Hội thảo phổ biến kế hoạch hành động "
            "quốc gia về chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ em với sự tham dự của cán bộ sở y tế 24 tỉnh thành "
            "Nam trung bộ và Nam bộ.")
    m = extract_meeting(make_article(text, "2017-05-18"))
    assert m is not None
    assert m.organizer == "Vụ Sức khỏe bà mẹ - trẻ em (Bộ Y tế)"


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a leader heads a delegation on a visit: the delegation holds the working session (baomoi 22280869, 21481139)
        ("Chiều 15/5, tại An Giang, Phó Thủ tướng Trịnh Đình Dũng dẫn đầu Đoàn công tác của Chính phủ có buổi làm việc "
         "với lãnh đạo các tỉnh ĐBSCL về công tác phòng chống sạt lở.", "Đoàn công tác của Chính phủ"),
        ("Tiếp tục chuyến công tác tại các tỉnh, thành khu vực ĐBSCL, sáng 7-2, Trung tướng Nguyễn Văn Sơn, Thứ trưởng Bộ "
         "Công an, dẫn đầu đoàn công tác của Bộ Công an đến thăm và làm việc với Công an tỉnh Sóc Trăng.",
         "đoàn công tác của Bộ Công an"),
        # a bare delegation names no body (baomoi 21484783)
        ("Chiều nay (7/2), Bí thư Thành ủy Thành phố Hồ Chí Minh - ông Đinh La Thăng dẫn đầu đoàn công tác làm việc với "
         "Quận 9.", None),
    ],
)
def test_a_delegation_a_leader_heads_holds_the_visit(text: str, organizer: str | None) -> None:
    m = extract_meeting(make_article(text, "2017-05-16"))
    assert m is not None
    assert m.organizer == organizer


def test_a_delegation_carries_its_bodys_whole_name() -> None:
    # baomoi 22432493: a delegation of a body with a long name, its leader after `do` dropped
    text = ("Ngày 1.6, đoàn công tác của Ban chỉ đạo Nhà nước về đổi mới cơ chế hoạt động đơn vị sự nghiệp công lập "
            "(ĐVSNCL) do Phó Thủ tướng Vương Đình Huệ làm Trưởng đoàn đã có buổi làm việc với Bộ KHCN về cơ chế quản lý, "
            "cơ chế tài chính, hệ thống tổ chức khoa học và công nghệ.")
    m = extract_meeting(make_article(text, "2017-06-02"))
    assert m is not None
    # (the bracketed `ĐVSNCL` abbreviates the common noun `đơn vị sự nghiệp công lập`, no name of the body: dropped)
    assert m.organizer == "đoàn công tác của Ban chỉ đạo Nhà nước về đổi mới cơ chế hoạt động đơn vị sự nghiệp công lập"


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a deliberative body at its business right after the sitting's frame holds the sitting (baomoi 22677595,
        # 22511401, 22674229)
        ("Cũng tại phiên họp, Chính phủ đã nghe, thảo luận về dự thảo Luật Bí mật Nhà nước; dự thảo Luật Quốc phòng "
         "sửa đổi.", "Chính phủ"),
        ("Trong phiên họp sáng 12-6, Quốc hội đã chính thức thông qua dự thảo Luật hỗ trợ doanh nghiệp nhỏ và vừa "
         "(DNNVV) với 410/442 đại biểu tham gia biểu quyết tán thành.", "Quốc hội"),
        ("Tại phiên họp sáng 4/7, kỳ họp thứ 4, HĐND TP Hà Nội khóa XV đã thông qua Nghị quyết về Đề án “Tăng cường "
         "quản lý phương tiện giao thông đường bộ nhằm giảm ùn tắc giao thông”.", "HĐND TP Hà Nội khóa XV"),
        # deputies are no body; a clause of someone's saying after the frame holds nothing (baomoi 22361079)
        ("Tại phiên họp sáng 24.5 thảo luận về dự án luật sửa đổi, bổ sung một số điều của bộ luật Hình sự số "
         "100/2015/QH13, các ĐBQH đã tranh luận.", None),
        ("Chiều 26/5, tại phiên họp, ông Nguyễn Văn Bình cho biết Chính phủ đã quyết định tăng lương.", None),
    ],
)
def test_a_deliberative_body_at_its_business_holds_the_sitting(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "phiên họp"
    assert meeting.organizer == organizer


def test_the_session_the_headline_names_holds_its_sitting() -> None:
    """baomoi 22522544: the lead names the sitting only; the headline names the session with its body."""
    lead = ("Tiếp tục phiên chất vấn và trả lời chất vấn, chiều 13/6, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn "
            "Nguyễn Xuân Cường đã trả lời các câu hỏi được đại biểu Quốc hội nêu vào cuối phiên làm việc buổi sáng.")
    article = make_article(lead)
    bare = extract_meeting(article)
    assert bare is not None and bare.kind == "phiên họp" and bare.organizer is None
    article.title = "Kỳ họp thứ 3, Quốc hội khóa XIV: Tích tụ ruộng đất để thúc đẩy sản xuất"
    headed = extract_meeting(article)
    assert headed is not None and headed.organizer == "Quốc hội khóa XIV"
    article.title = "Kỳ họp thứ 4 HĐND TP Hà Nội khóa XV: thông qua 20 nghị quyết"
    other = extract_meeting(article)
    assert other is not None and other.organizer == "HĐND TP Hà Nội khóa XV"


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a body's leaders or envoys have the working session: the body holds it (baomoi 22245769, 22237863)
        ("Chiều 11.5, lãnh đạo Tổng cục Du lịch đã có buổi làm việc căng thẳng với lãnh đạo ngành du lịch Đà Nẵng "
         "liên quan bán đảo Sơn Trà.", "Tổng cục Du lịch"),
        ("Ngày 8-5, lãnh đạo Sở Y tế đã có buổi làm việc với đại diện Công ty Novartis Pharma Services AG trao đổi về "
         "tình hình tiếp nhận và sử dụng lô thuốc viện trợ Tasigna.", "Sở Y tế"),
        # a labour federation written short (baomoi 22343544)
        ("Chiều 22.5, LĐLĐ TP.Hải Phòng đã có buổi làm việc với CĐ Khu Kinh tế (KKT) Hải Phòng về những hoạt động "
         "trong Tháng Công nhân 2017.", "LĐLĐ TP.Hải Phòng"),
        # a leader by title holds nothing as a body
        ("Sáng 7-2, Bí thư Thành ủy TP.HCM Đinh La Thăng đã có buổi làm việc với Quận ủy quận 2 về nhiệm vụ năm "
         "2017.", None),
    ],
)
def test_leaders_of_a_body_have_the_body_hold(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "buổi làm việc"
    assert meeting.organizer == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # the body that opens or breaks ground holds the ceremony named for the act (baomoi 22519908, 22263173)
        ("Với mong muốn trở thành cầu nối giữa nhà cung cấp các đặc sản vùng miền đến người tiêu dùng trên cả nước, ngày "
         "13/6/2017, Tổng công ty Bưu điện Việt Nam (BĐVN) đã chính thức khai trương Sàn giao dịch TMĐT BADASA chuyên về "
         "các sản phẩm, hàng hóa đặc sản của Việt Nam. Tại buổi Lễ khai trương, Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng "
         "đánh giá cao sáng kiến này.", "Tổng công ty Bưu điện Việt Nam (BĐVN)"),
        ("Chiều nay, ngày 13/5, TP Hải Phòng đã khởi công dự án đầu tư xây dựng tuyến đường bộ ven biển đoạn kết nối với "
         "tỉnh Thái Bình. Phát biểu tại lễ khởi công, Thủ tướng Nguyễn Xuân Phúc nhấn mạnh ý nghĩa của dự án.",
         "TP Hải Phòng"),
        # a passive names no doer
        ("Chiều nay, ngày 13/5, tuyến đường bộ ven biển đoạn kết nối với tỉnh Thái Bình đã được khởi công. Phát biểu tại "
         "lễ khởi công, Thủ tướng Nguyễn Xuân Phúc nhấn mạnh ý nghĩa của dự án.", None),
    ],
)
def test_the_body_doing_the_act_holds_the_ceremony(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "lễ"
    assert meeting.organizer == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a body that chairs after `do` holds the meeting (baomoi 22247396, 22247034)
        ("Cuộc họp do Tổng cục Du lịch chủ trì chiều 11/5 nhằm giải quyết các kiến nghị của Hiệp hội Du lịch Đà Nẵng đã "
         "kết thúc mà không ký được biên bản.", "Tổng cục Du lịch"),
        ("Hội nghị mạng lưới các trung tâm nghiên cứu APEC (ASCC) do Bộ Ngoại giao chủ trì đã bắt đầu ngày làm việc đầu "
         "tiên sáng 18/5.", "Bộ Ngoại giao"),
        # a person who chairs is no body (baomoi 22488644)
        ("Chiều 8/6, cuộc họp về việc triển khai Đề án phố đi bộ Bùi Viện do Phó chủ tịch UBND TPHCM Trần Vĩnh Tuyến chủ "
         "trì đã thống nhất nhiều nội dung.", None),
    ],
)
def test_a_body_chairing_after_do_holds_the_meeting(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # the Assembly's deputies question or debate at its sitting (baomoi 22515087, 22414293)
        ("Tại phiên thảo luận chiều nay về dự thảo Nghị quyết xử lý nợ xấu của các tổ chức tín dụng, các ĐBQH bày tỏ "
         "nhiều băn khoăn về căn cứ pháp lý khi xử lý nợ xấu.", "Quốc hội"),
        ("Chiều 30/5, trong phiên thảo luận tại tổ về dự thảo Luật tố cáo (sửa đổi), đại biểu Quốc hội Nguyễn Nhân Chiến "
         "- Bí thư Tỉnh ủy Bắc Ninh đề nghị các cơ quan chức năng cân nhắc.", "Quốc hội"),
        # a council's deputies question at the council's sitting: no Assembly (baomoi 22685130)
        ("Tại phiên chất vấn ngày 5/7, một trong những vấn đề đáng chú ý được các đại biểu HĐND TP đưa ra là tình trạng "
         "thiếu trường học, trong khi đại biểu Quốc hội cũng từng nêu.", None),
        # a debate of another meeting (baomoi 22256411)
        ("Ngày 12/5, các đại biểu Việt Nam, trong đó có một đại biểu Quốc hội, đã tham dự và phát biểu tại các phiên thảo "
         "luận của hội nghị phụ nữ thượng đỉnh toàn cầu.", None),
    ],
)
def test_the_assemblys_deputies_at_a_sitting_make_it_the_assemblys(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "phiên họp"
    assert meeting.organizer == organizer


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a session named bare by its number, its lead naming the Assembly's deputies and no council (baomoi 22484945)
        ("Tiếp tục chương trình Kỳ họp thứ 3, sáng 8/6, các đại biểu Quốc hội làm việc tại Hội trường, thảo luận, cho ý "
         "kiến về một số nội dung còn ý kiến khác nhau của dự án Luật Thủy lợi.", "Quốc hội"),
        # … or pointed at bare (baomoi 22378324)
        ("Bên lề kỳ họp sáng 26/5, ĐBQH Nguyễn Thị Thủy (Bắc Kạn) trao đổi với phóng viên trước phản ứng của giới luật "
         "sư và dư luận mấy ngày qua.", "Quốc hội"),
        # a council's session: never the Assembly's (baomoi 22666319)
        ("Tại kỳ họp này, các đại biểu HĐND thành phố Hà Nội xem xét, thảo luận và thông qua 12 báo cáo và 1 nghị quyết "
         "thường kỳ, 3 báo cáo và 12 nghị quyết chuyên đề, công tác nhân sự thuộc thẩm quyền của HĐND thành phố.", None),
    ],
)
def test_a_bare_session_of_the_assemblys_deputies_is_the_assemblys(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "kỳ họp"
    assert meeting.organizer == organizer


def test_a_sitting_of_a_session_written_with_its_owner_is_the_owners() -> None:
    # baomoi 22539505, the session written with `của` as 22445923 writes it (`Kỳ họp thứ 3 của Quốc hội Khóa XIV`)
    meeting = extract_meeting(make_article(
        "Chiều 9/6, Quốc hội đã hoàn thành các nội dung phiên họp chất vấn và trả lời chất vấn tại Kỳ họp thứ 3 của "
        "Quốc hội khóa XIV."))
    assert meeting is not None and meeting.kind == "phiên họp"
    assert meeting.organizer == "Quốc hội khóa XIV"


def test_a_restated_meeting_takes_the_holder_named_before_it() -> None:
    # baomoi 22322354 (fifth audit): questions push the report out of the lead; the body restates the seminar bare
    meeting = extract_meeting(make_article(
        "Theo các chuyên gia, những người đứng sau cơn sốt đất chính là đội ngũ cò đất và giới đầu nậu.\n"
        "Ai đang đứng sau thổi giá đất cao ngất ngưởng? Ai đang tiếp tay cho việc thổi giá? Ai phải chịu tổn thất "
        "nhiều nhất? Liệu thị trường bất động sản (BĐS) có tiếp tục xảy ra bong bóng như 10 năm về trước và giải pháp "
        "nào để kìm hãm? Những vấn đề này đã được các chuyên gia BĐS, doanh nghiệp và Sở Xây dựng TP nêu ra tại buổi "
        "tọa đàm “Giải mã cơn sốt đất tại TP.HCM” do báo Pháp Luật TP.HCM tổ chức ngày 19-5.\n"
        "Thổi giá làm méo mó thị trường Tại buổi tọa đàm, các đại biểu đều khẳng định là đang có hiện tượng sốt đất "
        "tại TP.HCM trong thời gian qua. “Vạch mặt” kẻ làm nhiễu loạn thị trường Tại buổi tọa đàm, sau khi phân tích "
        "và nhận định, các chuyên gia đều đưa ra kết luận những người đứng sau cơn sốt đất, làm lũng đoạn thị trường "
        "BĐS chính là đội ngũ cò đất và giới đầu nậu."))
    assert meeting is not None and meeting.kind == "tọa đàm"
    assert meeting.organizer == "báo Pháp Luật TP.HCM"


def test_the_leads_pointer_before_the_meeting_names_its_holder() -> None:
    # baomoi 22263802 (fifth audit): `Đây là hoạt động do X tổ chức` points at what the lead reports
    meeting = extract_meeting(make_article(
        "Tối 13/5, chương trình biểu diễn Nghệ thuật đường phố chính thức khai mạc tại phố đi bộ Nguyễn Huệ, thành phố "
        "Hồ Chí Minh.\nĐây là hoạt động do Sở Du lịch thành phố Hồ Chí Minh tổ chức vào thứ Bảy và chủ nhật hàng tuần. "
        "Điểm mới của chương trình nghệ thuật đường phố là cùng một lúc 6 cụm sân khấu đồng loạt trình diễn. Một tiết "
        "mục tại lễ khai mạc."))
    assert meeting is not None and meeting.name == "lễ khai mạc"
    assert meeting.organizer == "Sở Du lịch thành phố Hồ Chí Minh"


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # the Assembly named as the forum of a debating sitting (baomoi 22496091)
        ("Việc Công ty cổ phần đầu tư kim khí Hải Phòng kêu cứu từ năm 2015 vì vụ việc điều chuyển bến xe Tam Bạc tiếp "
         "tục lại xuất hiện trên diễn đàn Quốc hội. Tại phiên thảo luận tại hội trường về tình hình kinh tế - xã hội "
         "chiều 9/6, Tổng Thanh tra Phan Văn Sáu đã giải trình một số vấn đề liên quan đến công tác tiếp dân, giải quyết "
         "khiếu nại, tố cáo, thanh tra.", "Quốc hội"),
        # a sitting whose session follows its own words with no preposition: the council that session carries
        # (baomoi 22677084, 22692163)
        ("Đại biểu Trần Thị Thanh Vân, Phó Bí thư quận ủy Gò Vấp trong phiên thảo luận tổ kỳ họp HĐND TP.HCM chiều nay "
         "lên tiếng về thực trạng quản lý vỉa hè.", "HĐND TP.HCM"),
        ("Chiều 6.7, phiên chất vấn và trả lời chất vấn kỳ họp thứ 4 HĐND TP.Đà Nẵng khóa IX nhiệm kỳ 2016-2021 bắt đầu "
         "diễn ra.", "HĐND TP.Đà Nẵng khóa IX"),
    ],
)
def test_a_sitting_is_the_assemblys_or_its_sessions_holders(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None and meeting.kind == "phiên họp"
    assert meeting.organizer == organizer


def test_a_numbered_session_is_not_the_assemblys_on_the_assembly_named_alone() -> None:
    # baomoi 22703164: the Central Inspection Committee's session; the Assembly is only a commentator's body
    meeting = extract_meeting(make_article(
        "“Trong việc kê khai tài sản, không có lỗ hổng nào cả. Chỉ có “lỗ hổng” trong việc rèn luyện phẩm chất, tư "
        "cách đạo đức và lối sống của một đảng viên”.\nKết luận của Ủy ban Kiểm tra Trung ương tại kỳ họp thứ 15 đã "
        "nêu rõ những vi phạm, khuyết điểm đối với bà Hồ Thị Kim Thoa - Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Công "
        "thương.\nÔng Nguyễn Viết Chức, nguyên Phó Chủ nhiệm Ủy ban Văn hóa Giáo dục, Thanh Thiếu niên đồng của Quốc "
        "hội cho rằng, kết luận của Ủy ban Trung ương rất đúng đắn."))
    assert meeting is not None and meeting.name == "kỳ họp thứ 15"
    assert meeting.organizer is None


def test_a_bracketed_alias_opened_by_goi_tat_la_is_part_of_the_holders_name() -> None:
    # baomoi 22753391: `gọi tắt là` opens an alias, not a clause; the key drops the alias as it drops `(VNBA)`
    from core.keys import organizer_key

    meeting = extract_meeting(make_article(
        "Hôm nay, Hiệp hội ngân hàng Việt Nam (gọi tắt là VNBA) đã tổ chức buổi lễ kết nạp 3 hội viên mới, trong đó có "
        "Công ty TNHH ZION (ZION) – Công ty thành viên của Công ty Cổ phần VNG."))
    assert meeting is not None and meeting.kind == "lễ"
    assert meeting.organizer == "Hiệp hội ngân hàng Việt Nam (gọi tắt là VNBA)"
    assert organizer_key(meeting.organizer) == organizer_key("Hiệp hội Ngân hàng Việt Nam (VNBA)") \
        == "hiệp hội ngân hàng việt nam"


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        # a comma may close the subject before `tổ chức` (baomoi 22648454)
        ("Ngày 30-6, Công ty cổ phần nông nghiệp quốc tế Hoàng Anh Gia Lai (HAGL), tổ chức đại hội cổ đông thường niên "
         "2017.", "Công ty cổ phần nông nghiệp quốc tế Hoàng Anh Gia Lai (HAGL)"),
        # of `X và các đối tác`, the holder X (baomoi 22596624)
        ("Trung tâm Nghiên cứu Bảo tồn Sinh vật biển và Phát triển Cộng đồng (MCD) và các đối tác đã tổ chức lễ khởi "
         "động dự án “Con thuyền mơ ước” với mục tiêu hỗ trợ các thanh thiếu niên khó khăn vùng ven biển tiếp cận CNTT.",
         "Trung tâm Nghiên cứu Bảo tồn Sinh vật biển và Phát triển Cộng đồng (MCD)"),
        # of `do X cùng Y phối hợp tổ chức`, the holder X, as of `cùng với` (baomoi 22721264)
        ("Online - Tiếp tục chuyến thăm chính thức làm việc tại Hà Lan, chiều 10-7 (giờ địa phương), Thủ tướng Nguyễn "
         "Xuân Phúc đã tham dự Diễn đàn doanh nghiệp Việt Nam-Hà Lan do Phòng Thương mại và Công nghiệp Việt Nam cùng "
         "Liên đoàn công nghiệp và giới chủ Hà Lan phối hợp tổ chức.", "Phòng Thương mại và Công nghiệp Việt Nam"),
    ],
)
def test_the_holder_of_partners_or_before_a_comma(text: str, organizer: str | None) -> None:
    meeting = extract_meeting(make_article(text))
    assert meeting is not None
    assert meeting.organizer == organizer


def test_a_province_with_its_alias_holds_the_meeting_its_leaders_hold() -> None:
    # baomoi 21480586: `lãnh đạo tỉnh X (BR-VT)`: the bracketed alias adds no word to the place's name
    meeting = extract_meeting(make_article(
        "Sáng 6-2, tại TP. Vũng Tàu, lãnh đạo tỉnh Bà Rịa - Vũng Tàu (BR-VT) đã tổ chức họp mặt DN và Nhà đầu tư Xuân "
        "Đinh Dậu 2017 và trao giấy chứng nhận đầu tư cho 8 dự án đầu tư trong nước và nước ngoài."))
    assert meeting is not None and meeting.kind == "cuộc họp"
    assert meeting.organizer == "tỉnh Bà Rịa - Vũng Tàu (BR-VT)"


def test_a_council_in_a_deputys_title_does_not_make_the_sitting_the_councils() -> None:
    # baomoi 22489927: an Assembly deputy who chairs a city council speaks at the Assembly's debate (`nghị trường`)
    from dataclasses import replace

    article = replace(make_article(
        "Tại buổi thảo luận về việc tách nội dung bồi thường, hỗ trợ tái định cư dự án cảng hàng không quốc tế Long "
        "Thành ngày 8/6, vấn đề quá tải tại sân bay Tân Sơn Nhất cũng được nhiều đại biểu quan tâm.\nPhát biểu tại phiên "
        "thảo luận, đại biểu Nguyễn Thị Quyết Tâm, Chủ tịch HĐND TP. Hồ Chí Minh cho rằng việc tách nội dung bồi thường, "
        "hỗ trợ tái định cư thành dự án thành phần để triển khai dự án sân bay Long Thành là rất cần thiết."),
        title="'Sân golf thông thoáng bên cạnh sân bay quá tải' làm nóng nghị trường")
    meeting = extract_meeting(article)
    # (the lead's `buổi thảo luận` names the sitting since it is a sitting's noun too)
    assert meeting is not None and meeting.name == "buổi thảo luận về việc tách nội dung bồi thường"
    assert meeting.organizer == "Quốc hội"
