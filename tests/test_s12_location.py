"""s12 location: `tại` inside a word (`tồn tại`, `hiện tại`) or before a pointing word (`tại chỗ`, `tại đây`) writes no
venue (sentences from baomoi-dev)."""

from __future__ import annotations

import pytest

from core.extract.meetings import _location


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        # baomoi 21487586: `tồn tại` twice, then the meeting
        ("đề nghị rà soát lại để quyết định hệ thống truyền thanh cơ sở này tồn tại hay không tồn tại, trong cuộc họp "
         "giao ban ngày 9/2/2017", None),
        # baomoi 22580578
        ("tiền đạo Fedor Smolov cho rằng Bồ Đào Nha sở hữu những cá nhân chất lượng nhưng vẫn tồn tại điểm yếu", None),
        # baomoi 22531942
        ("Bộ trưởng cho biết là đã thực hiện chế độ cử tuyển để phục vụ tại chỗ, nhưng", None),
        # baomoi 22442289
        ("để tham dự Diễn đàn An ninh khu vực châu Á-Thái Bình Dương (Đối thoại Shangri La-2017), tại đây ông Han đã có "
         "cuộc gặp với người đồng cấp Australia", None),
        # the venue after a word that ends on `tồn tại` is still read where the sentence writes one
        ("Các tồn tại được nêu trong hội nghị diễn ra tại Hà Nội, với sự tham dự của", "Hà Nội"),
    ],
)
def test_tai_inside_a_word_or_pointing_writes_no_venue(sentence: str, location: str | None) -> None:
    assert _location(sentence) == location
