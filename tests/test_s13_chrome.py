"""Chrome of site styles the cleaner was not built on (red-team set /tmp/chrome/gen.py):
the chrome lines go, the prose and headlines that look like them stay."""

import pytest

from core.clean.chrome import match_chrome
from core.clean.lines import classify_lines

# baomoi-dev 22446428
TITLE = "Khắc phục những yếu kém trong công tác quản lý cán bộ"
LEAD = (
    "Ngày 3/6, Ban Tổ chức Trung ương, Bộ Nội vụ phối hợp tổ chức Hội nghị trực tuyến tập huấn "
    "về công tác tổ chức, cán bộ và quản lý công chức, viên chức."
)
PARA = (
    "Tham dự Hội nghị gồm 500 đại biểu ở Hội trường tại Hà Nội và trên 1.000 đại biểu đại diện "
    "thường trực tỉnh ủy, thành ủy; đại diện lãnh đạo UBND tỉnh, thành phố, lãnh đạo và chuyên viên "
    "Ban Tổ chức tỉnh ủy, Sở Nội vụ tại 72 điểm cầu trong cả nước."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Xem thêm: Khai mạc Hội chợ thương mại quốc tế năm 2018", "teaser"),
        (">> Đọc thêm: Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay", "teaser"),
        ("Tin nóng: Cháy lớn tại xưởng gỗ, thiệt hại hàng tỷ đồng", "teaser"),
        ("Xem video:", "related"),
        ("Bạn đang đọc bài viết tại chuyên mục Thời sự của Báo X. Mọi thông tin góp ý xin gửi về email.", "notice"),
        ("Mời quý độc giả xem video đang được quan tâm:", "notice"),
        ("Mọi thông tin phản ánh xin gửi về hộp thư điện tử toasoan@baox.vn hoặc gọi đường dây nóng.", "notice"),
        ("* Bài viết thể hiện quan điểm riêng của tác giả", "notice"),
        ("Bạn đang nghe bài viết", "notice"),
        ("Nhấn để nghe", "player"),
        ("Đăng bởi: Quản trị viên", "poster"),
        ("Người đăng: admin", "poster"),
        ("Đăng ngày bởi admin", "poster"),
        ("#hộinghị #tổngkết", "hashtags"),
        ("12 bình luận", "comment"),
        ("Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.", "comment"),
        ("Đã xem: 269", "counter"),
        ("Gõ nội dung cần tìm", "nav"),
        ("← Bài trước", "nav"),
        ("Bài sau →", "nav"),
        ("Điều hướng bài viết", "nav"),
        ("Cách đây 2 giờ", "relative_time"),
        ("Chia sẻ 12", "share"),
        ("Tweet 0", "share"),
        ("f t in ✉", "share"),
    ],
)
def test_new_chrome_is_matched(line: str, kind: str) -> None:
    found = match_chrome(line)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("role", ["end"])
@pytest.mark.parametrize("line", ["Để lại bình luận", "Để lại một bình luận Hủy", "Đăng nhập để bình luận"])
def test_comment_prompts_end_the_article(line: str, role: str) -> None:
    found = match_chrome(line)
    assert found is not None and found.role == role


@pytest.mark.parametrize(
    "line",
    [
        # baomoi headlines: a `Nóng:` / `Tin HOT sáng …:` label is part of the headline
        "Nóng: Nổ súng tại Quốc hội Iran",
        "NÓNG: Xuất hiện video thực tế iPhone 8",
        "Tiêu điểm: Man United có tiến bộ dưới quyền Mourinho?",
        "Tin HOT sáng 8/2: Sao U23 Việt Nam lập kỷ lục sau trận gặp Malaysia",
        # baomoi prose that holds the words of the new rules
        "Đông đảo dân mạng đổ vào Facebook cá nhân của Bùi Huyền Trang và để lại bình luận dưới ảnh mới nhất.",
        "Có hơn 600 bình luận đã lên tiếng phê bình bộ váy táo bạo của Jullien trên Twitter.",
        "Chẳng hạn bạn đang nghe nhạc trên máy Mac và chuyển sang dùng iPhone thì chương trình sẽ tự động tiếp tục.",
        "Người đăng: Nguyễn Văn An",
        "Pin 4.000 mAh",
        TITLE,
        LEAD,
    ],
)
def test_lookalike_lines_are_kept(line: str) -> None:
    assert match_chrome(line) is None


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_teaser_prompt_is_not_the_headline() -> None:
    page = _page(
        "Trang chủ", "Tin tức - Sự kiện", TITLE, "In bài viết", "(08:19:00 03/06/2017)",
        LEAD, "Xem thêm: Khai mạc Hội chợ thương mại quốc tế năm 2018", "IMG_5001.JPG", PARA,
        "Minh Anh", "Bản in", "Các tin khác",
    )
    result = classify_lines(page)
    assert result.title == TITLE
    assert result.published is not None and result.published.startswith("2017-06-03")
    assert result.paragraphs == [LEAD, PARA]
    assert result.authors == ["Minh Anh"]


def test_poster_and_section_label_under_the_headline() -> None:
    page = _page(
        "Skip to content", "UBND XÃ HÒA PHÚ", TITLE, "12 bình luận", "Đăng bởi: Quản trị viên",
        "Danh mục: Tin tức", "#hộinghị #tổngkết", "Cách đây 2 giờ", "Ngày 03/06/2017", LEAD, PARA,
        "Minh Anh", "Điều hướng bài viết", "← Bài trước", "Để lại một bình luận Hủy",
        "Email của bạn sẽ không được hiển thị công khai.", "Trang web",
    )
    result = classify_lines(page)
    assert result.title == TITLE
    assert result.paragraphs == [LEAD, PARA]
    assert result.authors == ["Minh Anh"]


def test_reader_notices_after_the_byline() -> None:
    page = _page(
        TITLE, "03/06/2017 | 06:14:24", LEAD, PARA, "Minh Anh",
        "Mọi thông tin phản ánh xin gửi về hộp thư điện tử toasoan@baox.vn hoặc gọi đường dây nóng 0915 123 456.",
        "Bài viết thể hiện quan điểm riêng của tác giả.",
        "Tin bài cùng chủ đề", "Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay",
    )
    result = classify_lines(page)
    assert result.paragraphs == [LEAD, PARA]
    assert result.authors == ["Minh Anh"]


def test_long_paragraph_after_an_inline_related_box_is_body() -> None:
    question = (
        "Chỉ nửa năm sau, Hiếu được cha ruột của mình ký quyết định bổ nhiệm giữ chức phó trưởng khoa, "
        "trong khi hồ sơ tuyển dụng vẫn chưa được tìm thấy, đoàn kiểm tra đặt câu hỏi: mới vài năm mà đã "
        "mất hồ sơ, nếu thời gian lâu hơn thì sẽ ra sao?!"
    )
    page = _page(
        TITLE, "03/06/2017", LEAD, "Tin liên quan", "- Người Việt đã thích dùng thuốc Việt (12/03)",
        question, PARA,
    )
    result = classify_lines(page)
    assert question in result.paragraphs
    assert "- Người Việt đã thích dùng thuốc Việt (12/03)" not in result.paragraphs


def test_clock_line_under_the_headline_is_not_the_headline() -> None:
    page = _page(
        "Chính trị - Xã hội", TITLE, "Tóm tắt", "Lưu lại xem sau", "Phát hành lúc 16:40",
        "03/06/2017", LEAD, PARA,
    )
    result = classify_lines(page)
    assert result.title == TITLE
    assert result.paragraphs == [LEAD, PARA]


def test_headline_with_a_clock_time_stays_a_headline() -> None:
    title = "Bộ Giáo dục công bố điểm thi THPT quốc gia lúc 0:00 ngày 5/7"
    result = classify_lines(_page(title, "03/06/2017", LEAD, PARA))
    assert result.title == title
