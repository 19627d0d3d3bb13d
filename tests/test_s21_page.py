"""The page head and cleaning on web pages of new site styles (round s21): the paper's mark opening the lead under the
headline, the lead printed above itself without its stop or cut short by an ellipsis, the first photo's view caption
right above the lead, the posting date in brackets closing the headline, and the share row's and tag box's leftovers
(`TAGS`, `Bình luận 0`, `Click để copy`, `Theo dõi Báo X trên`). Lines written for these tests in the shapes of
Vietnamese news pages."""

from __future__ import annotations

import pytest

from core.clean.chrome import match_chrome
from core.clean.lines import BODY, CAPTION, CHROME, HEADLINE, META, classify_lines

# the same page's lines as the 2 Dec fourth round's tests (a provincial portal's review)
from tests.test_s19_page import BODY_TEXT, LEAD, MORE_TEXT
from tests.test_s19_page import HEADLINE as TITLE


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _label(result, text: str) -> str:
    return next(line.label for line in result.lines if line.text == text)


@pytest.mark.parametrize("mark", ["TPO", "(HNMO)", "VOV.VN", "(Baohatinh.vn)", "(Dân trí)"])
def test_lead_opening_on_the_papers_mark_under_the_headline_is_the_lead(mark):
    lead = (f"{mark} - Hơn 20 dự án nhà ở xã hội trên cả nước sẽ được khởi công trong ngày hôm nay để chào mừng "
            "kỷ niệm Quốc khánh 2-9")
    result = classify_lines(_page(TITLE, lead, LEAD, BODY_TEXT))
    assert result.title == TITLE
    assert _label(result, lead) == BODY and _label(result, TITLE) == HEADLINE


def test_headline_opening_on_a_code_stays_the_headline():
    title = "MU - Mourinho muốn có thêm tiền vệ trước mùa giải mới"
    result = classify_lines(_page(title, LEAD, BODY_TEXT))
    assert result.title == title


def test_lead_printed_above_itself_without_its_stop_is_no_headline():
    lead = "Ngày 30/6 tới đây, Hiệp hội các doanh nghiệp chế biến nông sản của tỉnh sẽ chính thức được thành lập"
    result = classify_lines(_page("17:57 26/06/2008", TITLE, "Minh Anh", lead, lead + ".", BODY_TEXT, MORE_TEXT))
    assert result.title == TITLE
    assert result.authors == ["Minh Anh"]
    assert result.published is not None and result.published.startswith("2008-06-26")
    assert _label(result, lead + ".") == BODY and _label(result, lead) == CHROME


def test_headline_repeated_with_a_stop_as_the_lead_stays_the_headline():
    result = classify_lines(_page(TITLE, TITLE + ".", BODY_TEXT, MORE_TEXT))
    assert result.title == TITLE


def test_lead_cut_short_by_an_ellipsis_above_it_is_no_headline():
    teaser = "Sáng 6/2, UBND huyện Hương ..."
    result = classify_lines(_page(TITLE, teaser, LEAD, BODY_TEXT))
    assert result.title == TITLE
    assert _label(result, teaser) == CHROME and _label(result, LEAD) == BODY


@pytest.mark.parametrize("caption", ["Toàn cảnh Hội nghị", "Quang cảnh buổi làm việc.", "Toàn cảnh hội thảo"])
def test_view_caption_right_above_the_lead_is_no_headline(caption):
    result = classify_lines(_page(TITLE, caption, LEAD, BODY_TEXT))
    assert result.title == TITLE
    assert _label(result, caption) != BODY


def test_headline_that_opens_on_toan_canh_stays_the_headline():
    title = "Toàn cảnh vụ cháy rừng phòng hộ kéo dài ba ngày"
    result = classify_lines(_page("Thời sự - Xã hội", title, LEAD, BODY_TEXT))
    assert result.title == title
    only = classify_lines(_page("Toàn cảnh hội nghị tổng kết công tác phòng chống thiên tai", LEAD, BODY_TEXT))
    assert only.title == "Toàn cảnh hội nghị tổng kết công tác phòng chống thiên tai"


@pytest.mark.parametrize(("stamp", "iso"), [("(05-07-2018)", "2018-07-05"), ("(12/3/2019)", "2019-03-12"),
                                             ("[01.10.2020]", "2020-10-01")])
def test_posting_date_in_brackets_closing_the_headline_comes_off(stamp, iso):
    result = classify_lines(_page(f"{TITLE} {stamp}", LEAD, BODY_TEXT))
    assert result.title == TITLE
    assert result.published is not None and result.published.startswith(iso)
    assert _label(result, stamp) == META


def test_headline_naming_its_day_keeps_it():
    title = "Kết quả xổ số điện toán ngày 6/2/2017"
    result = classify_lines(_page(title, LEAD, BODY_TEXT))
    assert result.title == title and result.published is None


@pytest.mark.parametrize(
    "line", ["TAGS", "Tags:", "Từ khóa", "Bình luận 0", "Comments 12", "• Click để copy", "Nhấn vào đây để sao chép link",
             "Theo dõi Báo Hànộimới trên", "Theo dõi Baoquocte.vn trên"])
def test_share_and_tag_row_leftovers_are_chrome(line):
    assert match_chrome(line) is not None


@pytest.mark.parametrize(
    "line", ["Theo dõi tình hình mưa lũ trên địa bàn, UBND huyện đã chỉ đạo các xã.", "Bình luận viên thể thao",
             "Chủ đề năm nay"])
def test_sentences_near_those_words_are_no_chrome(line):
    assert match_chrome(line) is None


def test_tag_label_closing_the_page_is_no_author():
    result = classify_lines(_page(TITLE, "L.D |", LEAD, BODY_TEXT, "TAGS"))
    assert "TAGS" not in result.authors and _label(result, "TAGS") == CHROME


def test_short_headline_over_the_writers_name_and_date_under_a_stray_line_is_the_headline():
    title = '"Chung sức xây dựng nông thôn mới, đô thị văn minh..."'
    for row in (["Minh Anh - 14:20 28/09/2023 GMT+7"], ["Minh Anh", "14:20 28/09/2023"]):
        result = classify_lines(_page("Công ty Cổ phần Vật tư Nông nghiệp", title, *row, LEAD, BODY_TEXT))
        assert result.title == title
        assert result.authors == ["Minh Anh"]
        assert result.published is not None and result.published.startswith("2023-09-28")


def test_long_lead_that_trails_off_over_the_byline_stays_the_lead():
    lead = ("Chung sức xây dựng nông thôn mới, đô thị văn minh là nhiệm vụ của cả hệ thống chính trị và của mỗi người "
            "dân trong huyện...")
    result = classify_lines(_page(TITLE, lead, "Minh Anh - 14:20 28/09/2023 GMT+7", LEAD, BODY_TEXT))
    assert result.title == TITLE


def test_short_line_that_trails_off_under_a_headline_over_a_date_alone_stays_the_lead():
    teaser = "Chung sức xây dựng nông thôn mới, đô thị văn minh, nghĩa tình..."
    result = classify_lines(_page(TITLE, teaser, "14:20 28/09/2023", LEAD, BODY_TEXT))
    assert result.title == TITLE
    assert _label(result, teaser) == BODY


SPEECH_ON = "Ông Nguyễn Văn An, Phó Giám đốc Sở Nội vụ phát biểu về công tác cải cách hành chính trên địa bàn tỉnh."


@pytest.mark.parametrize("caption", [SPEECH_ON, SPEECH_ON.removesuffix("."),
                                     "Bà Trần Thị Hoa, Chủ tịch Hội Nông dân huyện phát biểu về phong trào thi đua"])
def test_someone_speaking_on_a_topic_between_paragraphs_is_a_caption(caption):
    result = classify_lines(_page(TITLE, LEAD, caption, BODY_TEXT, MORE_TEXT))
    assert _label(result, caption) == CAPTION


@pytest.mark.parametrize("sentence", [
    "Ông Nguyễn Văn An, Phó Giám đốc Sở Nội vụ đã phát biểu về công tác cải cách hành chính trên địa bàn tỉnh.",
    "Tiếp đó, ông Nguyễn Văn An phát biểu về công tác cải cách hành chính trên địa bàn tỉnh.",
    "Ông Nguyễn Văn An cho biết sẽ phát biểu về công tác cải cách hành chính tại kỳ họp tới.",
])
def test_the_writers_sentence_on_a_speech_stays_body(sentence):
    result = classify_lines(_page(TITLE, LEAD, sentence, BODY_TEXT, MORE_TEXT))
    assert _label(result, sentence) == BODY


def test_headline_under_the_lead_printed_with_each_photo_is_the_headline():
    photos = [line for caption in ("Các đại biểu dự hội nghị.", "Quang cảnh hội nghị.", "Lãnh đạo huyện phát biểu.")
              for line in (TITLE, caption)]
    result = classify_lines(_page("08:59 27/02/2017 GMT+7", LEAD, TITLE, BODY_TEXT, *photos, MORE_TEXT))
    assert result.title == TITLE
    assert result.published is not None and result.published.startswith("2017-02-27")
    assert TITLE not in "\n".join(result.paragraphs)


def test_caption_printed_twice_under_the_lead_is_no_headline():
    caption = "Không gian đô thị trung tâm của tỉnh nhìn từ trên cao"
    result = classify_lines(_page(LEAD, caption, caption, BODY_TEXT, MORE_TEXT))
    assert result.title is None
