"""Plain-text dumps in the styles crawlers write besides a paragraph a line: folded
(hard-wrapped) dumps, joined back by the shape of their line lengths (core/clean/unwrap.py),
and Markdown dumps, whose marks are taken off (core/clean/markdown.py)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli.main import app
from core.clean.entities import decode_references
from core.clean.markdown import is_markdown, strip_markdown
from core.clean.unwrap import unwrap_lines, wrap_width
from core.config import RunConfig
from core.pipeline import process_document
from core.record import Article, Document
from tests.conftest import SAMPLES

runner = CliRunner()

# baomoi 22334357 (a meeting called the same day), with a site's chrome around it
HEADLINE = "Tổng thống Hàn Quốc ra lệnh đối phó mạnh với tên lửa Triều Tiên"
PARAGRAPHS = [
    "Tổng thống Hàn Quốc ngày 21/5 ra lệnh phải đối phó mạnh với vụ phóng tên lửa trước đó của Bình Nhưỡng; yêu "
    "cầu chính phủ nước này kiểm tra xem liệu Triều Tiên có động thái gì bất thường.",
    "Theo hãng thông tấn Yonhap, Tổng thống Hàn Quốc Moon Jae-in ngày 21/5 đã ra lệnh phải đối phó mạnh mẽ với vụ "
    "phóng tên lửa trước đó của Bình Nhưỡng và yêu cầu chính phủ nước này kiểm tra xem liệu Triều Tiên có động thái "
    "gì bất thường hay không.",
    "Ngay sau khi Triều Tiên phóng vật thể nghi là tên lửa đạn đạo vào chiều cùng ngày, Tổng thống Hàn Quốc Moon "
    "Jae-in đã quyết định triệu tập cuộc họp khẩn của Hội đồng An ninh Quốc gia để thảo luận về tình hình.",
    "Trong khi đó, Bộ Chỉ huy Thái Bình Dương của quân đội Mỹ xác định, tên lửa mà Triều Tiên vừa phóng thuộc loại "
    "đạn đạo tầm trung.",
    "Đây là vụ phóng tên lửa lần thứ tám của Triều Tiên trong năm nay và diễn ra chỉ vài giờ sau khi ông Moon công "
    "bố bổ nhiệm một loạt quan chức nắm giữ nhiều vị trí quan trọng trong nội các Hàn Quốc.",
]
CHROME_HEAD = ["Trang chủ | Thời sự | Thế giới | Kinh tế | Liên hệ", "Thế giới", HEADLINE, "22/05/2017 08:15"]
CHROME_TAIL = ["Bình luận (0)", "Tin liên quan", "Nhiệt độ: 34°C Độ ẩm: 60%"]


def page(width: int | None, blank_lines: bool = True) -> str:
    """The page as a text browser dumps it: every line folded at `width` (None: not folded)."""
    lines = [*CHROME_HEAD, *PARAGRAPHS, *CHROME_TAIL]
    folded = [("\n".join(textwrap.wrap(line, width)) if width else line) for line in lines]
    return ("\n\n" if blank_lines else "\n").join(folded) + "\n"


def test_a_folded_dump_is_read_back_to_its_paragraphs() -> None:
    for width in (60, 72, 76, 80, 100):
        text, found = unwrap_lines(page(width))
        assert found is not None and width - 16 <= found <= width
        assert text.rstrip("\n") == page(None).rstrip("\n")


def test_a_dump_with_a_paragraph_a_line_is_left_as_it_is() -> None:
    assert unwrap_lines(page(None)) == (page(None), None)
    assert unwrap_lines(page(None, blank_lines=False)) == (page(None, blank_lines=False), None)


def article(text: str) -> Article:
    doc = Document(path="folded.txt", data=text.encode(), payload=text.encode())
    result = process_document(doc, RunConfig(inputs=("x",), output="y", tokenize=False), None)
    assert isinstance(result, Article), result
    return result


def test_a_folded_dump_reads_as_the_unfolded_one() -> None:
    plain, folded = article(page(None)), article(page(76))
    assert "hard_wrapped" in folded.quality.warnings and "hard_wrapped" not in plain.quality.warnings
    assert folded.title == plain.title == HEADLINE
    assert folded.text == plain.text and PARAGRAPHS[2] in folded.text
    assert folded.meeting is not None and plain.meeting is not None
    assert folded.meeting.kind == "cuộc họp"
    # (who convenes the meeting attends it: meetings.py, CONVENER_NOT_CHAIR)
    assert [p.name for p in folded.meeting.chairs] == []
    assert [p.name for p in folded.meeting.attendees] == ["Moon Jae-in"]
    assert folded.meeting == plain.meeting


# syllables of Vietnamese and foreign words, and the marks prose carries
WORD = st.sampled_from([
    "hội", "nghị", "Thủ", "tướng", "chủ", "trì", "ngày", "21/5", "99,47%", "17.500", "văn", "bản", "Jae-in",
    "nghiêng", "(TTXVN)", "“đột", "phá”", "UBND", "tỉnh", "và", "các", "của", "đã", "được", "https://baomoi.com/a",
])
PARAGRAPH = st.lists(WORD, min_size=12, max_size=80).map(" ".join)


@given(st.lists(PARAGRAPH, min_size=6, max_size=14), st.integers(min_value=56, max_value=132))
def test_folding_then_unwrapping_gives_back_the_paragraphs(paragraphs: list[str], width: int) -> None:
    folded = "\n\n".join("\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False))
                         for p in paragraphs)
    text, found = unwrap_lines(folded)
    if found is not None:
        assert text == "\n\n".join(paragraphs)


@given(st.text(alphabet=st.sampled_from("ab đ ơ\n\n .,"), max_size=600))
def test_unwrapping_only_moves_line_breaks(text: str) -> None:
    unwrapped, _ = unwrap_lines(text)
    assert unwrapped.split() == text.split()


def test_no_sample_or_gold_dump_reads_as_folded(shared: Path) -> None:
    # The dumps vnmeet was built on write a paragraph a line: none may be joined.
    raws = [*SAMPLES.glob("*.txt"), *(shared / "corpus").glob("*/raw/*.txt")]
    assert len(raws) >= 116  # samples, seeds, dev, dev2
    assert [p.name for p in raws if wrap_width(p.read_text(encoding="utf-8", errors="replace"))] == []


def fold(text: str) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, 76)) if len(line) > 76 else line for line in text.split("\n"))


def as_markdown(text: str) -> str:
    """A dump as a Markdown writer gives it: the headline a heading, a menu (`A | B | C`) a
    list of links, a caption an image, the first long paragraph in bold."""
    lines, out, bold = text.split("\n"), [], False
    for index, line in enumerate(lines):
        if " | " in line and not any(ch.isdigit() for ch in line):
            out += [f"* [{item.strip()}](https://example.vn/{n})" for n, item in enumerate(line.split("|"))]
        elif line.startswith("Ảnh:"):
            out.append(f"![{line}](https://example.vn/anh.jpg)")
        elif len(line) > 150 and not bold:
            out.append(f"**{line}**")
            bold = True
        elif 30 < len(line) < 150 and not bold and index + 1 < len(lines) and not lines[index + 1].strip():
            out.append(f"# {line}")  # a headline stands alone between blank lines
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("restyle", [fold, as_markdown])
def test_the_dev_set_in_another_dump_style_scores_as_the_plain(tmp_path: Path, shared: Path, restyle) -> None:
    dev = shared / "corpus/dev"
    folded = tmp_path / "restyled"
    (folded / "raw").mkdir(parents=True)
    os.symlink(dev / "gold", folded / "gold")
    for raw in (dev / "raw").glob("*.txt"):
        (folded / "raw" / raw.name).write_text(restyle(raw.read_text(encoding="utf-8")), encoding="utf-8")
    scores = {}
    for name, root in (("plain", dev), ("restyled", folded)):
        out = tmp_path / f"{name}.jsonl"
        assert runner.invoke(app, ["process", str(root / "raw"), "-o", str(out), "--no-tokenize", "-q"]).exit_code == 0
        result = runner.invoke(app, ["evaluate", str(root), str(out), "--json"])
        scores[name] = orjson.loads(result.stdout)["metrics"]
    assert scores["restyled"]["cleaning_f1"] >= 0.95
    for metric in ("title_acc", "published_acc", "meeting_detect_acc", "meeting_date_acc", "organizer_f1",
                   "chairs_f1", "persons_f1", "stats_f1"):
        assert scores["restyled"][metric] >= scores["plain"][metric] - 0.02, metric


def test_markdown_marks_come_off() -> None:
    text = "\n".join([
        "* [Trang chủ](https://example.vn/) + [Thời sự](/thoi-su \"Thời sự\")",
        "# Thủ tướng chủ trì hội nghị trực tuyến #",
        "![Ảnh: Quang cảnh hội nghị](https://example.vn/a_b.jpg)",
        "**Sáng 10/7**, tại Hà Nội, Thủ tướng *chủ trì* hội nghị; xem [tại đây][1].",
        "> Tỷ lệ đạt 99,47%, tăng 2\\*3 lần so với snake_case_name và __năm 2016__.",
        "---",
        "[1]: https://example.vn/bai-viet",
    ])
    assert is_markdown(text)
    plain, found = strip_markdown(text)
    assert found
    assert plain.split("\n") == [
        "Trang chủ + Thời sự",
        "Thủ tướng chủ trì hội nghị trực tuyến",
        "Ảnh: Quang cảnh hội nghị",
        "Sáng 10/7, tại Hà Nội, Thủ tướng chủ trì hội nghị; xem tại đây.",
        "Tỷ lệ đạt 99,47%, tăng 2*3 lần so với snake_case_name và năm 2016.",
        "",
        "",
    ]


def test_plain_text_with_stars_and_underscores_is_no_markdown() -> None:
    # baomoi writes `*** ***` separators, `* ` notes, `______` rules and `> Xem …` links as text
    text = "*** ***\n* Lưu ý: Bài viết tiết lộ nội dung phim.\n______\n> Xem các đề thi tham khảo tại đây ."
    assert strip_markdown(text) == (text, False)


def test_a_markdown_dump_reads_as_the_plain_one() -> None:
    plain = article(page(None))
    marked = article(as_markdown(page(None)))
    assert "markdown" in marked.quality.warnings and "markdown" not in plain.quality.warnings
    assert (marked.title, marked.text, marked.meeting) == (plain.title, plain.text, plain.meeting)


@given(st.text(alphabet=st.sampled_from("ab đ*_#>![]()\n .,"), max_size=400))
def test_text_without_addresses_or_headings_is_left_alone(text: str) -> None:
    if not is_markdown(text):
        assert strip_markdown(text) == (text, False)


def test_html_character_references_are_decoded() -> None:
    text = "Hoắc Kiến Hoa&nbsp;bảnh bao, Ford Photo Tour &quot;chiêm ngưỡng&quot; &#272;&#x1EA1;i ng&agrave;n"
    assert decode_references(text) == ("Hoắc Kiến Hoa\u00a0bảnh bao, Ford Photo Tour \"chiêm ngưỡng\" Đại ngàn", 6)


def test_ampersands_that_are_no_references_stay() -> None:
    # baomoi writes `Sở TN&MT;` and `R&D`; `&not` without `;` is no reference here
    for text in ("Giám đốc Sở TN&MT; Phó Giám đốc Sở NN&PTNT;", "R&D, AT&T, Q&A", "A&nothing"):
        assert decode_references(text) == (text, 0)


def test_a_dump_with_every_letter_a_reference_reads_as_the_plain_one() -> None:
    plain = article(page(None))
    coded = "".join(ch if ch.isascii() else f"&#{ord(ch)};" for ch in page(None))
    referenced = article(coded)
    assert "html_entities" in referenced.quality.warnings
    assert (referenced.title, referenced.text, referenced.meeting) == (plain.title, plain.text, plain.meeting)


@given(st.text(alphabet=st.sampled_from("ab đ;#x1&\n .,"), max_size=300))
def test_decoding_only_shortens_and_counts_what_it_changed(text: str) -> None:
    decoded, count = decode_references(text)
    if count == 0:
        assert decoded == text
    else:
        assert len(decoded) < len(text)
