"""Keys for bodies, people and indicators (core/keys.py): the merge floors on the organizer
variants built from the baomoi corpus and the gold sets, examples as the corpus writes
them, and properties (idempotent; case, spacing and tone placement never matter; levels
never merged)."""

from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.keys import PROVINCES, label_key, organizer_key, person_key

VARIANTS = Path(__file__).parent / "data" / "organizer_variants.tsv"


def _variants() -> list[tuple[str, str, str]]:
    rows = []
    for line in VARIANTS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            group, source, _files, organizer = line.split("\t")
            rows.append((group, source, organizer))
    return rows


def merge_scores(rows: list[tuple[str, str, str]]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of `organizer_key` against the hand-made groups:
    a pair is predicted merged when both strings get one key."""
    strings = sorted({(group, organizer) for group, _, organizer in rows})
    true_pos = predicted = actual = 0
    for (g1, s1), (g2, s2) in combinations(strings, 2):
        same_key = organizer_key(s1) == organizer_key(s2)
        same_body = g1 == g2
        predicted += same_key
        actual += same_body
        true_pos += same_key and same_body
    return true_pos / predicted, true_pos / actual, predicted, actual


def test_variant_list_is_large_enough():
    rows = _variants()
    corpus = {organizer for _, source, organizer in rows if source == "corpus"}
    assert len(corpus) >= 200
    assert {source for _, source, _ in rows} == {"corpus", "meeting", "gold"}


def test_merge_precision_and_recall_floors():
    rows = _variants()
    precision, recall, predicted, actual = merge_scores(rows)
    print(f"organizer keys: precision {precision:.4f} recall {recall:.4f} ({predicted} merged pairs, {actual} true)")
    assert precision >= 0.98 and recall >= 0.90
    gold = [row for row in rows if row[1] == "gold"]
    assert merge_scores(gold)[0] == 1.0  # no two gold bodies merged


@pytest.mark.parametrize(
    ("variants", "key"),
    [
        (("UBND TP.HCM", "UBND TPHCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP HCM", "UBND Tp. Hồ Chí Minh"),
         "ủy ban nhân dân thành phố hồ chí minh"),
        (("Ban chỉ đạo Tây Nguyên phối hợp với UBND tỉnh Đắk Lắk", "Ban Chỉ đạo Tây Nguyên và UBND tỉnh Đắk Lắk",
          "Ban chỉ đạo Tây Nguyên đã phối hợp với UBND tỉnh Đắk Lắk", "BCĐ Tây Nguyên"), "ban chỉ đạo tây nguyên"),
        (("UBND tỉnh Đắc Lắc", "UBND Đắk Lăk", "Ủy ban nhân dân tỉnh Đăk Lăk"), "ủy ban nhân dân tỉnh đắk lắk"),
        (("Bộ GD-ĐT", "Bộ GD&ĐT", "Bộ GDĐT", "Bộ Giáo dục - Đào tạo", "Bộ giáo dục và đào tạo"), "bộ giáo dục và đào tạo"),
        (("Bộ VH-TT&DL", "Bộ VHTTDL", "Bộ Văn hoá, Thể thao và Du lịch", "Bộ VH,TT&DL"), "bộ văn hóa thể thao và du lịch"),
        (("Bộ LĐ-TB&XH", "Bộ LĐTBXH", "Bộ Lao động - Thương binh và Xã hội"), "bộ lao động thương binh và xã hội"),
        (("Ban Chấp hành T.Ư Đảng", "BCH Trung ương Đảng", "Ban Chấp hành Trung ương Đảng khóa XII"),
         "ban chấp hành trung ương đảng"),
        (("UBTƯ MTTQ Việt Nam", "Ủy ban Trung ương MTTQ", "UB Trung ương MTTQ Việt Nam"), "ủy ban trung ương mặt trận tổ quốc"),
        (("UBND Hà Nội", "UBND TP.Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"), "ủy ban nhân dân thành phố hà nội"),
        (("Công an Hà Nội", "CATP Hà Nội", "Công an TP. Hà Nội"), "công an thành phố hà nội"),
        (("UBND Q.Sơn Trà", "UBND quận Sơn Trà"), "ủy ban nhân dân quận sơn trà"),
        (("Sở GTVT TP.HCM", "Sở Giao thông - Vận tải TPHCM", "Sở Giao thông vận tải Thành phố Hồ Chí Minh"),
         "sở giao thông vận tải thành phố hồ chí minh"),
        (("UBND tỉnh Thừa Thiên - Huế", "UBND tỉnh Thừa Thiên-Huế", "UBND Thừa Thiên Huế"), "ủy ban nhân dân tỉnh thừa thiên huế"),
        (("Thành ủy Hà Nội", "Thành ủy thành phố Hà Nội"), "thành ủy hà nội"),
        (("Ủy ban Thường vụ Quốc hội khóa XIV", "Ủy ban Thường vụ Quốc hội"), "ủy ban thường vụ quốc hội"),
        (("Sở NN&PTNT tỉnh Tiền Giang ngày hôm qua 12-5", "Sở Nông nghiệp và Phát triển nông thôn Tiền Giang"),
         "sở nông nghiệp và phát triển nông thôn tỉnh tiền giang"),
        (("Bộ GTVT vừa", "Bộ Giao thông Vận tải"), "bộ giao thông vận tải"),
        (("Hiệp hội Mía đường Việt Nam (VSSA)", "Hiệp hội Mía đường Việt Nam"), "hiệp hội mía đường việt nam"),
        (("Bảo hiểm xã hội (BHXH) Việt Nam", "BHXH VN", "Bảo hiểm Xã hội Việt Nam"), "bảo hiểm xã hội việt nam"),
        (("Ủy ban Trung ương MTTQ VN", "UBTƯ MTTQVN"), "ủy ban trung ương mặt trận tổ quốc"),
        (("Phòng CSGT Công an TP Hà Nội", "Phòng Cảnh sát giao thông Công an thành phố Hà Nội"),
         "phòng cảnh sát giao thông công an thành phố hà nội"),
        (("VPCP", "Văn phòng Chính phủ"), "văn phòng chính phủ"),
        (("Bộ Ngoại giao Việt Nam", "Bộ Ngoại giao"), "bộ ngoại giao"),
        (("Ủy ban Thường vụ QH", "UBTVQH", "UB Thường vụ Quốc hội"), "ủy ban thường vụ quốc hội"),
        (("Công an Đà Lạt", "Công an TP Đà Lạt", "Công an thành phố Đà Lạt"), "công an thành phố đà lạt"),
        (("Trường Đại học Vinh", "Trường ĐH Vinh"), "trường đại học vinh"),
    ],
)
def test_spellings_of_one_body_share_a_key(variants, key):
    assert {organizer_key(v) for v in variants} == {key}


@pytest.mark.parametrize(
    "bodies",
    [
        ("UBND tỉnh Quảng Ngãi", "UBND TP Quảng Ngãi", "UBND huyện Quảng Ngãi"),
        ("Công an tỉnh Yên Bái", "Công an TP Yên Bái", "Công an huyện Yên Bái"),
        ("Sở Y tế Hà Nội", "Sở Y tế TP.HCM", "Sở Y tế Đà Nẵng", "Sở Y tế tỉnh Kon Tum"),
        ("Sở Y tế (Hà Nội)", "Sở Y tế (TP.HCM)", "Phòng Giáo dục (huyện Củ Chi)", "Phòng Giáo dục (huyện Nhà Bè)"),
        ("UBND quận 1", "UBND quận 10", "UBND huyện 1"),
        ("HĐND tỉnh Gia Lai", "UBND tỉnh Gia Lai", "Tỉnh ủy Gia Lai"),
        ("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "Hiệp hội Doanh nghiệp Việt Nam"),
        ("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Thành ủy Hà Nội"),
        ("Bộ Ngoại giao Việt Nam", "Bộ Ngoại giao Nhật Bản", "Hội Nhà báo Việt Nam", "Hội Nhà báo"),
        ("Đoàn TNCS Hồ Chí Minh", "UBND TP Hồ Chí Minh"),
    ],
)
def test_different_bodies_never_share_a_key(bodies):
    keys = [organizer_key(b) for b in bodies]
    assert len(set(keys)) == len(bodies), keys


def test_what_is_not_the_body_is_dropped():
    assert organizer_key("Sở TN&MT chiều 7-2") == "sở tài nguyên và môi trường"
    assert organizer_key("LĐLĐ Thành phố đã ban hành kế hoạch") == "liên đoàn lao động thành phố"
    assert organizer_key("Quỹ Tim mạch Việt Nam phối hợp với Viện Tim mạch Việt Nam chiều nay") == "quỹ tim mạch việt nam"
    assert organizer_key("UBND tỉnh Nghệ An long trọng") == "ủy ban nhân dân tỉnh nghệ an"
    assert organizer_key("Sở Y tế vào sáng 12/5") == "sở y tế"
    # `và` inside a name, or before a place that is not a body, is kept
    assert organizer_key("UBND huyện Gia Lâm và xã Bát Tràng") == "ủy ban nhân dân huyện gia lâm và xã bát tràng"
    assert organizer_key("HĐND và UBND tỉnh Quảng Nam") == "hội đồng nhân dân và ủy ban nhân dân tỉnh quảng nam"
    # a level written short before a reporting word, a police force written short before its level
    assert organizer_key("UBND TP đã") == organizer_key("UBND thành phố") == "ủy ban nhân dân thành phố"
    assert organizer_key("CA TP.Hà Nội và UBND quận Bắc Từ Liêm đã") == "công an thành phố hà nội"
    # in capitals, a word is not read as a short form (`TƯ PHÁP`), a short form still is
    assert organizer_key("BỘ TƯ PHÁP") == "bộ tư pháp" and organizer_key("QUÂN ỦY TƯ") == "quân ủy trung ương"
    assert organizer_key("UBND Q.GÒ VẤP") == organizer_key("UBND quận Gò Vấp") == "ủy ban nhân dân quận gò vấp"
    assert organizer_key("HÐND tỉnh Gia Lai") == "hội đồng nhân dân tỉnh gia lai"  # Ð (eth) for Đ
    # initials and brand names are not levels or bodies
    assert organizer_key("TPBank") == "tpbank"
    assert organizer_key("Q.D") == "q d" and organizer_key("CA Theo") == "ca theo"
    assert organizer_key("") is None and organizer_key(None) is None
    # the Pacific is no province: a name that ends on it gets no level word; the province still does
    assert organizer_key("Diễn đàn hợp tác kinh tế châu Á – Thái Bình Dương (APEC)") == (
        "diễn đàn hợp tác kinh tế châu á thái bình dương")
    assert organizer_key("UBND Bình Dương") == "ủy ban nhân dân tỉnh bình dương"


def test_person_and_label_keys():
    assert person_key("Nguyễn  Thị Hoà") == person_key("nguyễn thị hòa") == "nguyễn thị hòa"
    assert person_key("Lê Ngọc Quý") == "lê ngọc quý"  # `qu` + `ý`: the mark stays
    cases = {
        "tỉ lệ": "tỷ lệ",
        "Tỷ lệ giao bóng 1": "tỷ lệ giao bóng 1",
        "tỷ lệ thương tật từ 11% đến": "tỷ lệ thương tật",
        "tăng trưởng tín dụng cả năm 2017": "tăng trưởng tín dụng",
        "chỉ số giá tháng 6/2017 lại": "chỉ số giá",
        "tăng trưởng 6 tháng đầu năm đạt": "tăng trưởng",
        "tỷ lệ tốt nghiệp THPT năm học 2016-2017 đạt": "tỷ lệ tốt nghiệp thpt",
        "Tỉ lệ thất nghiệp hiện chỉ": "tỷ lệ thất nghiệp",
        "điểm tập trung từ 7 đến": "điểm tập trung",
        "điểm chuẩn từ 20,5 –": "điểm chuẩn",
        "chỉ số S&P 500": "chỉ số s&p 500",
        "Chỉ số giá tiêu dùng tháng Một đã": "chỉ số giá tiêu dùng",
        "tỉ lệ ủng hộ ông Trump chỉ có": "tỷ lệ ủng hộ ông trump",
        "tỷ lệ giải quyết hồ sơ trả trước hạn và đúng hạn": "tỷ lệ giải quyết hồ sơ trả trước hạn và đúng hạn",
    }
    assert {label: label_key(label) for label in cases} == cases
    assert label_key(None) is None and label_key("năm 2023") is None


# -- properties -------------------------------------------------------------------------------

NAMES = st.sampled_from([organizer for _, _, organizer in _variants()])


def _respace(text: str, data: st.DataObject) -> str:
    words = text.split(" ")
    gaps = data.draw(st.lists(st.sampled_from([" ", "  ", " \u00a0"]), min_size=len(words), max_size=len(words)))
    return (data.draw(st.sampled_from(["", " "])) + "".join(w + g for w, g in zip(words, gaps, strict=True))).rstrip()


def _old_tone(text: str) -> str:
    """The other tone placement (`hòa` → `hoà`, `ủy` → `uỷ`), as older sites write it."""
    for new, old in (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("ủy", "uỷ"), ("úy", "uý"),
                     ("Ủy", "Uỷ"), ("ùy", "uỳ"), ("ụy", "uỵ"), ("óe", "oé"), ("òe", "oè")):
        text = text.replace(new, old)
    return text


@settings(max_examples=300, deadline=None)
@given(NAMES)
def test_a_key_is_its_own_key(name):
    key = organizer_key(name)
    assert key is None or organizer_key(key) == key
    assert person_key(person_key(name)) == person_key(name)
    label = label_key(name)
    assert label is None or label_key(label) == label


def _recase(text: str, data: st.DataObject) -> str:
    """Each word that is not a short form (`UBND`, `Q.1`) capitalised or not at random."""
    words = []
    for word in text.split(" "):
        short = sum(c.isupper() for c in word) > 1 or "." in word or word in {"Tp", "TP"}
        if short or not word:
            words.append(word)
        else:
            words.append(data.draw(st.sampled_from([word.lower(), word[:1].upper() + word[1:].lower()])))
    return " ".join(words)


@settings(max_examples=300, deadline=None)
@given(NAMES, st.data())
def test_case_spacing_and_tone_placement_do_not_matter(name, data):
    key = organizer_key(name)
    assert organizer_key(_respace(name, data)) == key
    assert organizer_key(_old_tone(name)) == key
    assert organizer_key(_recase(name, data)) == key
    assert organizer_key(name.upper()) == key  # a headline's capitals
    assert person_key(_old_tone(name).upper()) == person_key(name)


HEADS = st.sampled_from(["UBND", "Ủy ban nhân dân", "HĐND", "Công an", "Sở Y tế", "Sở GD&ĐT", "Ủy ban MTTQ"])
LEVELS = st.sampled_from([("tỉnh",), ("thành phố", "TP", "TP."), ("huyện", "H."), ("quận", "Q."), ("thị xã", "TX."),
                          ("xã",), ("phường", "P.")])


@settings(max_examples=300, deadline=None)
@given(HEADS, LEVELS, LEVELS, st.sampled_from(PROVINCES), st.data())
def test_administrative_levels_are_never_merged(head, level_a, level_b, place, data):
    written = " ".join(w.capitalize() for w in place.split())
    a = f"{head} {data.draw(st.sampled_from(level_a))} {written}".replace(". ", ".")
    b = f"{head} {data.draw(st.sampled_from(level_b))} {written}".replace(". ", ".")
    same = level_a == level_b
    assert (organizer_key(a) == organizer_key(b)) == same, (a, b, organizer_key(a), organizer_key(b))
    other = data.draw(st.sampled_from([p for p in PROVINCES if p != place]))
    c = f"{head} {level_a[0]} {' '.join(w.capitalize() for w in other.split())}"
    assert organizer_key(a) != organizer_key(c)


def test_keys_by_group_are_reported():
    """The groups' keys, for reading when a floor fails (not an assertion of its own)."""
    keys: dict[str, set[str | None]] = defaultdict(set)
    for group, _, organizer in _variants():
        keys[group].add(organizer_key(organizer))
    split = {g: k for g, k in keys.items() if len(k) > 1}
    assert len(split) <= 3, split
