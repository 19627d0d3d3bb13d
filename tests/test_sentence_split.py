"""Where the `--no-tokenize` rule splitter cuts after an abbreviation's dot, on baomoi sentences
(baomoi-dev articles outside the gold and audited sets; file ids in the comments)."""

from hypothesis import given
from hypothesis import strategies as st

from core.tokenize import split_sentences


def test_a_city_abbreviation_before_its_name_ends_no_sentence() -> None:
    # 22377946, 22488412, 22685138, 22263641
    for text in ("Ngày 25/5, TAND TP. Đà Nẵng mở phiên tòa sơ thẩm hình sự, tuyên phạt Nguyễn Hồng Viên "
                 "(SN 2000) 4 năm tù giam.",
                 "Chiều 8/6, Phó giám đốc Sở Du lịch TP. HCM Lã Quốc Khánh cho biết sẽ phối hợp với quận 1 khai "
                 "trương phố đi bộ Bùi Viện vào ngày 15/7.",
                 "Ngoài bị xử phạt bằng tiền, phía UBND TP. Vinh đã yêu cầu Công ty CP Tập đoàn T&T làm thủ tục.",
                 "Trao đổi với phóng viên, một nhà thầu xây dựng lớn tại Tp. Hồ Chí Minh cho biết, giá cát tăng."):
        assert split_sentences([text]) == [text]
    assert split_sentences(["Vụ việc xảy ra tại quận Cầu Giấy, TP. Hà Nội. Theo người dân gần khu vực, ô tô lưu "
                            "thông."]) == ["Vụ việc xảy ra tại quận Cầu Giấy, TP. Hà Nội.",
                                           "Theo người dân gần khu vực, ô tô lưu thông."]


def test_a_sentence_that_ends_on_the_city_still_ends() -> None:
    # 22438547, 22237477, 22695889: `TP.` is `thành phố` and an ordinary word opens the next sentence
    assert split_sentences(["Kiểm tra người điều khiển phương tiện trên địa bàn TP. Trường hợp người được kiểm "
                            "tra không vi phạm lỗi nào thì sẽ được đi tiếp."]) == [
        "Kiểm tra người điều khiển phương tiện trên địa bàn TP.",
        "Trường hợp người được kiểm tra không vi phạm lỗi nào thì sẽ được đi tiếp."]
    assert split_sentences(["Tiếp tục cùng mọi người làm việc xây dựng TP. Tôi nghĩ cán bộ phải luôn nghe dân."]) == [
        "Tiếp tục cùng mọi người làm việc xây dựng TP.", "Tôi nghĩ cán bộ phải luôn nghe dân."]
    # an opening word that stands before a capital: `Theo Sở …`
    assert split_sentences(["Chỉ số côn trùng tăng tại nhiều điểm trong TP. Theo Sở Y tế, dịch sẽ tăng."]) == [
        "Chỉ số côn trùng tăng tại nhiều điểm trong TP.", "Theo Sở Y tế, dịch sẽ tăng."]


def test_a_western_title_heads_its_name() -> None:
    # 22542863, 22717119
    for text in ("Riêng với những bình luận tiêu cực, Mr. Đàm cho biết, anh có nghe dư luận ồn ào.",
                 "Các di sản gồm tường cổ của thị trấn Zadar, Pháo đài St. Nicolas ở thị trấn Sibenik."):
        assert split_sentences([text]) == [text]


_PIECES = st.sampled_from(["TP.", "Q.", "H.", "UBND", "Tp.", "TX.", "Mr.", "TS.", "Hà", "Nội", "Vinh", "HCM", "Theo", "thành",
                           "phố", "(", ")", ".", "!", "?", "…", "\"", "[", "7", "Đà"])


@given(st.lists(st.tuples(_PIECES, st.sampled_from([" ", "", "  ", "\t"])), max_size=40))
def test_splitting_keeps_every_character_in_order(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    sentences = split_sentences([text])
    assert "".join("".join(sentences).split()) == "".join(text.split())
    assert all(s == s.strip() and s for s in sentences)


def test_a_district_or_ward_abbreviation_heads_its_name_but_an_initial_may_end() -> None:
    # 22603076, 22463521, 22407033: an address, a body, a Western middle initial
    for text in ("Tăng Thị Ngọc Nữ (1972, trú P. Hòa Minh, Q. Liên Chiểu, Đà Nẵng) phải bán nhà trả nợ.",
                 "Ngay sau khi tiếp nhận tin báo, công an Q. Bình Tân nhanh chóng vào cuộc điều tra phá án.",
                 "Thủ tướng Nguyễn Xuân Phúc đã tiếp ông Robert H. McCooey Jr, Phó chủ tịch Sàn chứng khoán NASDAQ."):
        assert split_sentences([text]) == [text]
    # 22453394: the same letters as a person's initial end the sentence before an ordinary word
    assert split_sentences(["Chung đã thừa nhận hành vi hiếp dâm chị Ch. Sau khi lập hồ sơ, công an chuyển vụ việc."]) == [
        "Chung đã thừa nhận hành vi hiếp dâm chị Ch.", "Sau khi lập hồ sơ, công an chuyển vụ việc."]
    assert split_sentences(["Thi thể em H. Sau đó được bàn giao."]) == ["Thi thể em H.", "Sau đó được bàn giao."]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    # 22451895, 22236362
    assert split_sentences(["Anh nói: “Vậy là họ im bặt.” Long Nhật kể, không phải vài năm trở lại đây."]) == [
        "Anh nói: “Vậy là họ im bặt.”", "Long Nhật kể, không phải vài năm trở lại đây."]
    assert split_sentences(["Ông hỏi: “Đánh nhau có cần tư thế không?” “Đánh nhau trong đấm bốc thì khác.”"]) == [
        "Ông hỏi: “Đánh nhau có cần tư thế không?”", "“Đánh nhau trong đấm bốc thì khác.”"]
