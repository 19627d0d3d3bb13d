"""Round s20, the faults web18 showed: an anniversary held with no event noun, `Ngày hội`/`Ngày thành lập` in a
sentence's middle, abbreviated ministries in titles, captions placed at the bare event, sourced or opened on `Trong
ảnh:`. Sentences from baomoi-dev articles (none from the gold files)."""

from __future__ import annotations

from core.extract.people import find_people


def _people(sentence: str) -> list[tuple[str, list[str]]]:
    return [(m.person.name, m.person.titles) for m in find_people(sentence)]


def test_abbreviated_ministry_stays_in_the_title() -> None:
    # 22331971, 21478871, 21480220: `Bộ VH,TT&DL`, `Bộ LĐ,TB&XH`, `Sở VH, TT&DL`
    assert _people("Sự việc chỉ chính thức khép lại khi ông Lê Khánh Hải - Thứ trưởng Bộ VH,TT&DL lên tiếng.") == [
        ("Lê Khánh Hải", ["Thứ trưởng Bộ VH,TT&DL"])]
    assert _people("Ông Đỗ Văn Vịnh (cán bộ Bộ LĐ,TB&XH về hưu) cho biết.") == [("Đỗ Văn Vịnh", ["cán bộ Bộ LĐ,TB&XH"])]
    assert _people("Dự có ông Trần Hữu Sơn, nguyên Giám đốc Sở VH, TT&DL tỉnh Lào Cai.") == [
        ("Trần Hữu Sơn", ["nguyên Giám đốc Sở VH, TT&DL tỉnh Lào Cai"])]
    # a list of acronyms not closed by `&` is no body's fields
    assert _people("Dự có ông Nguyễn Văn An, Giám đốc Sở GTVT, UBND tỉnh và các sở, ngành.")[0][1][0] == "Giám đốc Sở GTVT"
