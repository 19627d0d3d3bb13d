from hypothesis import given, settings
from hypothesis import strategies as st

from core.clean.chrome import match_chrome
from core.clean.lines import classify_lines
from core.clean.meta import parse_byline

# A lead from baomoi article 22531582 (the corpus, not a gold file).
LEAD = (
    "Chiều 14/6, UBND quận 1, Thành phố Hồ Chí Minh đã tổ chức hội nghị sơ kết 5 tháng công tác "
    "quản lý trật tự đô thị trên địa bàn."
)
PARA = (
    "Theo báo cáo tại cuộc họp, trong năm 2022 huyện đã tiếp nhận trên 32.100 hồ sơ qua hệ "
    "thống một cửa điện tử, tỷ lệ giải quyết đúng hạn đạt trên 97%."
)
PAGE = "\n".join(
    [
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN A",
        "Trang chủ | Tin tức | Liên hệ",
        "Thứ Hai, 18/06/2024 09:01 (GMT+7)",
        "Kinh tế",
        "Huyện triển khai nhiệm vụ cải cách hành chính năm 2023",
        "Ngày đăng: 15/02/2023 08:30",
        LEAD,
        "IMG_2034.JPG",
        "Quang cảnh cuộc họp",
        PARA,
        "Tin, ảnh: Minh Thoan - Lê Văn",
        "Lượt xem: 12",
        "Các tin khác",
        "Huyện A chủ động phòng chống dịch",
        "Bản quyền thuộc UBND huyện A",
    ]
)


def test_classifies_a_portal_page():
    result = classify_lines(PAGE)
    labels = [line.label for line in result.lines]
    assert labels == ["X", "X", "X", "M", "T", "M", "B", "X", "C", "B", "A", "X", "X", "X", "X"]
    assert result.title == "Huyện triển khai nhiệm vụ cải cách hành chính năm 2023"
    assert result.section == "Kinh tế"
    assert result.published == "2023-02-15T08:30:00+07:00"  # not the page clock above the title
    assert result.authors == ["Minh Thoan", "Lê Văn"]
    assert result.captions == ["Quang cảnh cuộc họp"]
    assert result.paragraphs == [LEAD, PARA]


def test_page_without_prose_has_no_body():
    result = classify_lines("Trang chủ\nLượt xem: 5\nĐang online: 3")
    assert result.paragraphs == [] and "no_body" in result.warnings


def test_related_list_ends_only_when_prose_returns():
    page = "\n".join([LEAD, "Tin liên quan", "Một tiêu đề tin khác ngắn gọn", PARA])
    labels = [line.label for line in classify_lines(page).lines]
    assert labels == ["B", "X", "X", "B"]


def test_chrome_table_matches_whole_lines_only():
    assert match_chrome("Lượt xem: 7.770").kind in ("counter", "views")
    assert match_chrome("Gửi bình luận").role == "end"
    assert match_chrome("Các tin khác").role == "related"
    assert match_chrome("ANH-TRIEN-KHAI.JPG").kind == "image"
    assert match_chrome("Nhiệt độ: 26°C").kind == "weather"
    assert match_chrome("Giá vàng đi xuống sau ngày vía thần tài") is None
    assert match_chrome(LEAD) is None


def test_bylines():
    assert parse_byline("Tin và ảnh: Trang Diễm") == (["Trang Diễm"], True)
    assert parse_byline("Vũ Vân- Duy Hanh") == (["Vũ Vân", "Duy Hanh"], False)
    assert parse_byline("Bài, ảnh: Nguyễn An và Lê Bình") == (["Nguyễn An", "Lê Bình"], True)
    assert parse_byline("Quang cảnh hội nghị") is None
    assert parse_byline("Minh") is None  # one bare word is too weak without a credit prefix


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=30))
def test_cleaner_never_raises(lines):
    result = classify_lines("\n".join(lines))
    assert all(line.label in "BTCAMX" for line in result.lines)


def test_fast_segmentation_is_identical_to_word_tokenize():
    from underthesea import sent_tokenize, word_tokenize

    from core.tokenize import Tokenizer
    from tests.conftest import SAMPLES

    tokenizer = Tokenizer()
    for path in sorted(SAMPLES.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").splitlines():
            for sentence in sent_tokenize(paragraph):
                expected = [w.replace(" ", "_") for w in word_tokenize(sentence)]
                assert tokenizer.words(sentence) == expected, sentence


def test_long_paragraphs_are_segmented_sentence_by_sentence():
    from core.tokenize import MAX_PARAGRAPH_CHARS, Tokenizer

    sentence = "Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023."
    paragraph = " ".join([sentence] * (MAX_PARAGRAPH_CHARS // len(sentence) + 2))
    tokenizer = Tokenizer()
    sentences, tokens = tokenizer.segment([paragraph])
    assert len(paragraph) > MAX_PARAGRAPH_CHARS and len(sentences) == len(tokens) > 30
    assert tokens[0] == tokenizer.words(sentences[0])


def test_cjk_prose_counts_two_characters_a_word():
    from core.clean.lines import split_lines

    chinese = "越南政府今天召开会议总结二零二二年的工作并部署二零二三年的任务。"
    line = split_lines(chinese)[0]
    assert line.words == len(chinese) // 2 - 1  # the full stop is no CJK character
    mixed = split_lines(f"Ông nói: 会议 {PARA}")[0]
    assert mixed.words == len(f"Ông nói: 会议 {PARA}".split())


_CJK_OR_NOT = st.text(alphabet=st.sampled_from(list("ab ệ会議ひ.")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_CJK_OR_NOT)
def test_word_count_is_spaces_or_half_the_cjk_characters(text):
    import re

    from core.clean.lines import Line, _features
    from core.normalize import single_spaced

    text = single_spaced(text)
    line = _features(Line(text=text))
    spaces = len(text.split()) if text else 0
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]", text))
    assert line.words == max(spaces, cjk // 2)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab và-–,;/&|()[]\t")), max_size=40))
def test_byline_name_split_equals_its_pattern(text):
    from core.clean.meta import _BYLINE_SPLIT_RE, split_names

    assert split_names(text) == _BYLINE_SPLIT_RE.split(text)
