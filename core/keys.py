"""Keys: one string for every way the news writes the same body, person or indicator.

`organizer_key` folds what varies between articles that name the same body: the common
abbreviations (`UBND`, `HĐND`, `TP.HCM`, the ministries' short forms), case, tone
placement (`hoà`/`hòa`), spacing and punctuation, the spelling variants of place names
(`Đắk Lắk`/`Đắc Lắc`), the administrative level left out before a province or a
centrally-run city (`UBND Hà Nội` = `UBND TP Hà Nội`), the term (`khóa XIV`), and what is
not the body at all (reporting words `đã`, `vừa`; time words; the partner of
`X phối hợp với Y`, whose holder X is the key). What tells two bodies apart is never
folded: the level (`huyện`/`tỉnh`/`thành phố`) and the place stay in the key, so
`UBND huyện X` and `UBND tỉnh X` differ.

`person_key` is the name folded the same way; `label_key` is an indicator's label without
its frame (`đạt`, `là`, time words, the figure itself) and with `tỉ`/`tỷ` folded.

Keys are lower case, NFC, single-spaced, and a key is its own key (idempotent).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core import regex_cache
from core.normalize import is_vietnamese_syllable, normalize_tone

# -- data -------------------------------------------------------------------------------------

# Short forms of the words that make up body names, as news writes them (counts of baomoi
# files that hold each: UBND 2,999; HĐND 310; MTTQ 124; TAND 582; VKSND 177; GTVT 459 …).
# Matched case-sensitively as whole words. In a short form, `-` stands for any joiner
# news puts between its parts (`GD-ĐT`, `GD&ĐT`, `GD - ĐT`, `GDĐT`, `GD và ĐT`, `GD, ĐT`).
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    # local government and the Front
    "ủy ban nhân dân": ("UBND",),
    "hội đồng nhân dân": ("HĐND",),
    "ủy ban mặt trận tổ quốc": ("UBMTTQ", "UB MTTQ"),
    "mặt trận tổ quốc việt nam": ("MTTQVN",),
    "mặt trận tổ quốc": ("MTTQ",),
    "ủy ban trung ương": ("UBTƯ", "UBTW", "UB TƯ", "UB TW", "UBT.Ư"),
    "ủy ban": ("UB",),
    "ban chỉ đạo": ("BCĐ",),
    "ban chấp hành": ("BCH",),
    "ban thường vụ": ("BTV",),
    "ban quản lý": ("BQL",),
    "ủy ban kiểm tra": ("UBKT",),
    "liên đoàn lao động việt nam": ("LĐLĐVN",),
    "liên đoàn lao động": ("LĐLĐ",),
    "trung ương": ("T.Ư", "TƯ", "TW", "T.W", "T.U"),
    "thanh niên cộng sản": ("TNCS",),
    "đại biểu quốc hội": ("ĐBQH",),
    "quốc hội": ("QH",),
    "ủy ban thường vụ quốc hội": ("UBTVQH",),
    "văn phòng chính phủ": ("VPCP",),
    "liên hiệp phụ nữ": ("LHPN",),
    "cựu chiến binh": ("CCB",),
    "việt nam": ("VN",),
    # justice and police
    "tòa án nhân dân tối cao": ("TANDTC",),
    "viện kiểm sát nhân dân tối cao": ("VKSNDTC",),
    "tòa án nhân dân": ("TAND",),
    "viện kiểm sát nhân dân": ("VKSND",),
    "công an nhân dân": ("CAND",),
    "quân đội nhân dân": ("QĐND",),
    "bộ đội biên phòng": ("BĐBP",),
    "cảnh sát giao thông": ("CSGT",),
    "phòng cháy chữa cháy": ("PCCC",),
    "an toàn giao thông": ("ATGT",),
    "công an thành phố": ("CATP",),
    "bảo hiểm xã hội": ("BHXH",),
    "ngân hàng nhà nước": ("NHNN",),
    # the ministries' and departments' fields (Bộ …, Sở …)
    "giáo dục và đào tạo": ("GD-ĐT", "GD-DT"),
    "thông tin và truyền thông": ("TT-TT",),
    "văn hóa thể thao và du lịch": ("VH-TT-DL", "VHTTDL", "VH-TTDL", "VHTT-DL"),
    "nông nghiệp và phát triển nông thôn": ("NN-PTNT",),
    "tài nguyên và môi trường": ("TN-MT",),
    "giao thông vận tải": ("GTVT", "GT-VT"),
    "khoa học và công nghệ": ("KH-CN",),
    "kế hoạch và đầu tư": ("KH-ĐT",),
    "lao động thương binh và xã hội": ("LĐ-TB-XH", "LĐTB-XH"),
    # institutions and companies
    "đại học": ("ĐH",),
    "khu công nghiệp": ("KCN",),
    "khu kinh tế": ("KKT",),
    "thương mại cổ phần": ("TMCP",),
    "công ty cổ phần": ("CTCP",),
    "trách nhiệm hữu hạn": ("TNHH",),
    "một thành viên": ("MTV",),
    "thông tin điện tử": ("TTĐT",),
    "hội đồng quản trị": ("HĐQT",),
    # places written short (TP.HCM 2,861 files, TP HCM 733, TPHCM 601)
    "thành phố hồ chí minh": ("TPHCM", "TP-HCM", "TP.HCM", "TP. HCM", "Tp.HCM", "Tp HCM", "TP.Hồ Chí Minh"),
    "hồ chí minh": ("HCM",),
    "bà rịa vũng tàu": ("BR-VT",),
}

# Administrative levels written short with a dot (`Q.1`, `H.Bình Chánh`, `TP.Hạ Long`):
# expanded only before a number or a capitalised word, so that initials (`Q.D`, `H.L`,
# `P.V`) stay as they are.
LEVEL_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "thành phố": ("TP", "Tp", "T.P"),
    "thị xã": ("TX",),
    "quận": ("Q",),
    "huyện": ("H",),
    "phường": ("P",),
}

# Short forms that are a body only before a level (`CA tỉnh Nghệ An`, `CA TP`: 91 in the
# baomoi files; `CA` alone is also a byline's or a foreign name's).
BEFORE_LEVEL_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "công an": ("CA",),
}

# The words of a level: a place name after one of these is already qualified.
LEVEL_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
# Names of seas and regions that end on a province's name (`châu Á - Thái Bình Dương`, the Pacific, not the
# province `Bình Dương`): a key that ends on one gets no level word. 3 organizers over 35,440 baomoi articles
# (`Diễn đàn hợp tác kinh tế châu Á – Thái Bình Dương (APEC)`, `Hội đồng hợp tác kinh tế Thái Bình Dương`, `IPU khu
# vực châu Á - Thái Bình Dương`) were keyed `… thái tỉnh bình dương`.
REGIONS_ENDING_ON_A_PLACE = ("thái bình dương",)

# Spelling variants of place names (files: Đắk Lắk 304, Đăk Lăk 35, Đắc Lắc 16, Đắk Lăk 3,
# Đắc Lắk 3; Đắk Nông 131, Đăk Nông 26, Đắc Nông 5; Kontum 4), folded lower case.
PLACE_VARIANTS: dict[str, tuple[str, ...]] = {
    "đắk lắk": ("đắc lắc", "đắk lăk", "đăk lăk", "đắc lắk", "đăk lắk", "đắk lắc", "daklak", "dak lak", "đắklắk"),
    "đắk nông": ("đăk nông", "đắc nông", "daknong", "dak nong"),
    "kon tum": ("kontum",),
    "chư păh": ("chư pah",),
}

# Provinces and centrally-run cities (before the 2025 mergers, as the corpus writes them):
# a body name that ends on one of them without a level word (`UBND Hà Nội`, `Sở Y tế
# Đồng Nai`) means the province or city, and gets the level it leaves out.
CITIES = ("hà nội", "thành phố hồ chí minh", "hải phòng", "đà nẵng", "cần thơ")
PROVINCES = (
    "an giang", "bà rịa vũng tàu", "bắc giang", "bắc kạn", "bạc liêu", "bắc ninh", "bến tre", "bình định",
    "bình dương", "bình phước", "bình thuận", "cà mau", "cao bằng", "đắk lắk", "đắk nông", "điện biên",
    "đồng nai", "đồng tháp", "gia lai", "hà giang", "hà nam", "hà tĩnh", "hải dương", "hậu giang", "hòa bình",
    "hưng yên", "khánh hòa", "kiên giang", "kon tum", "lai châu", "lâm đồng", "lạng sơn", "lào cai", "long an",
    "nam định", "nghệ an", "ninh bình", "ninh thuận", "phú thọ", "phú yên", "quảng bình", "quảng nam",
    "quảng ngãi", "quảng ninh", "quảng trị", "sóc trăng", "sơn la", "tây ninh", "thái bình", "thái nguyên",
    "thanh hóa", "thừa thiên huế", "tiền giang", "trà vinh", "tuyên quang", "vĩnh long", "vĩnh phúc", "yên bái",
)

# Cities under a province (cities by 2017, the corpus' years) whose name is not a province's:
# a body name that ends on one without a level means the city (`Công an Đà Lạt` = `Công an
# TP Đà Lạt`). A city named like its province (`Thanh Hóa`) is the province when unqualified.
PROVINCIAL_CITIES = (
    "hạ long", "móng cái", "uông bí", "cẩm phả", "việt trì", "vĩnh yên", "phúc yên", "phủ lý", "tam điệp", "sầm sơn",
    "vinh", "đồng hới", "đông hà", "hội an", "tam kỳ", "quy nhơn", "tuy hòa", "nha trang", "cam ranh",
    "phan rang tháp chàm", "phan thiết", "buôn ma thuột", "pleiku", "đà lạt", "bảo lộc", "biên hòa", "thủ dầu một",
    "vũng tàu", "bà rịa", "tân an", "mỹ tho", "cao lãnh", "sa đéc", "long xuyên", "châu đốc", "rạch giá", "vị thanh",
    "điện biên phủ", "sông công",
)

# Institutions whose name holds a place as its own word (`Đại học Vinh`, `Đại học Quốc gia Hà
# Nội`, `Báo Hà Nội`): the level is not inserted before it.
PLACE_NAMED_HEADS = ("trường", "đại học", "học viện", "viện", "bệnh viện", "báo", "đài", "nhà hát", "bảo tàng",
                     "câu lạc bộ", "clb", "đoàn nghệ thuật", "nhà xuất bản")

# Names that say the same body with a redundant word: there is one Front, of Việt Nam; a
# party committee's own level (`Thành ủy thành phố Hà Nội` = `Thành ủy Hà Nội`).
PHRASE_VARIANTS: dict[str, str] = {
    "mặt trận tổ quốc việt nam": "mặt trận tổ quốc",
    "thành phố thành phố": "thành phố",
    "thành ủy thành phố": "thành ủy",
    "tỉnh ủy tỉnh": "tỉnh ủy",
    "huyện ủy huyện": "huyện ủy",
    "thị ủy thị xã": "thị ủy",
    "trung ương đoàn thanh niên cộng sản hồ chí minh": "trung ương đoàn",
}

# National bodies that news names with `Việt Nam` beside foreign ones (`Bộ Ngoại giao Việt
# Nam` in 91 baomoi files, `Bộ Công an Việt Nam` 33, `Bộ Quốc phòng Việt Nam` 28): the same
# body as without it.
NATIONAL_HEADS = ("bộ", "chính phủ", "quốc hội", "văn phòng chính phủ", "văn phòng quốc hội", "ủy ban thường vụ quốc hội")

# The fields of ministries and departments (Bộ …, Sở …), whose parts news joins with `và`,
# a hyphen or a comma (`Giáo dục - Đào tạo`, `Văn hóa, Thể thao và Du lịch`): each folded
# to its official name.
FIELD_NAMES = (
    ("giáo dục", "đào tạo"), ("thông tin", "truyền thông"), ("văn hóa", "thể thao", "du lịch"),
    ("nông nghiệp", "phát triển nông thôn"), ("tài nguyên", "môi trường"), ("khoa học", "công nghệ"),
    ("kế hoạch", "đầu tư"), ("lao động", "thương binh", "xã hội"), ("văn hóa", "thông tin"),
)

# What joins a holder to its partners (`X phối hợp với Y`, `X cùng với Y`): the key is X's.
PARTNER_JOINERS = ("phối hợp với", "phối hợp cùng", "phối hợp", "cùng với", "kết hợp với", "liên kết với", "cùng")

# `X và Y` names two bodies when Y opens with one of these heads, written as news capitalises
# them (`Ban Chỉ đạo Tây Nguyên và UBND tỉnh Đắk Lắk`); `và` inside a name (`Bộ Giáo dục và
# Đào tạo`, `Doanh nghiệp nhỏ và vừa`) is not followed by a head.
BODY_HEADS = (
    "UBND", "HĐND", "UBMTTQ", "MTTQ", "UBTƯ", "UBTW", "UB", "BCĐ", "LĐLĐ", "TAND", "VKSND", "CATP",
    "Ủy ban", "Uỷ ban", "Hội đồng", "Bộ", "Sở", "Ban", "Cục", "Tổng cục", "Chính phủ", "Quốc hội", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Công an",
    "Mặt trận", "Viện", "Hiệp hội", "Liên đoàn", "Trường", "Đại học", "Ngân hàng", "Tập đoàn", "Tổng công ty",
    "Công ty", "Văn phòng", "Trung tâm", "Học viện", "Bệnh viện", "Quỹ", "Đài", "Báo", "Tòa án", "Viện kiểm sát",
    "Chương trình", "Tổ chức", "Liên hợp quốc", "Đoàn",
)
# A holder that is only one of these heads takes its place from the partner (`HĐND và
# UBND tỉnh X` is the province's joint session): such a name is not cut at `và`.
BARE_HEADS = frozenset({
    "ubnd", "hđnd", "ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân", "mttq", "ubmttq", "thường trực hđnd",
    "thường trực hội đồng nhân dân", "ban thường vụ", "btv", "ban chấp hành", "bch",
})

# Words of reporting that follow the body in a sentence and are never part of its name
# (before `tổ chức` in the baomoi files: đã 870, sẽ 337, tiếp tục 55, vừa 44, cũng 40,
# long trọng 23, khẩn trương 15, lần đầu tiên 12, trang trọng 4).
# The manner a body holds its event in, between the body and `tổ chức` (also read by core.extract.meetings' ORGANIZE_RE);
# `trang nghiêm`, a rite held solemnly (`Ban Trị sự GHPGVN tỉnh Nghệ An trang nghiêm tổ chức Đại lễ Phật đản`, web61
# w007; 1 baomoi lead, `thành kính, trang nghiêm tổ chức lễ cung nghinh`).
HOLDING_MANNERS = ("long trọng", "trang trọng", "trang nghiêm")
REPORTING_WORDS = ("đã", "vừa", "sẽ", "đang", "mới đây", "vừa qua", "chính thức", "hôm nay", "hôm qua", "cũng",
                   "tiếp tục", *HOLDING_MANNERS, "trọng thể", "khẩn trương", "lần đầu tiên")
# Parts of a day and day words that open a time phrase after the name (`chiều 7-2`,
# `ngày hôm qua`, `chiều nay`).
TIME_OPENERS = ("sáng", "trưa", "chiều", "tối", "ngày", "hôm", "đêm")
TIME_FOLLOWERS = ("nay", "qua", "mai", "hôm", "mùng", "ngày")

# The frame around an indicator's label: verbs and particles that link it to its figure,
# and time phrases (`tỷ lệ hộ nghèo năm 2023 là`, `tăng trưởng 6 tháng đầu năm đạt`).
LABEL_FRAME_WORDS = (
    "đạt", "là", "chiếm", "ở mức", "mức", "lên", "xuống", "còn", "lên đến", "lên tới", "xuống còn", "chỉ còn",
    "đến", "tới", "từ", "khoảng", "vào khoảng", "chỉ", "vẫn", "đã", "sẽ", "đang", "hiện", "hiện nay", "hiện tại",
    "có thể", "được", "này", "trên", "dưới", "gần", "hơn", "ước", "ước đạt", "ước tính", "bình quân", "của",
    "trong", "vào", "tại", "với", "và", "cho", "thì", "cũng", "lại", "luôn", "lần lượt", "liên tục", "có", "chỉ có",
    "phải", "chưa",
)
LABEL_LEAD_WORDS = ("đạt", "là", "với", "có", "và", "các", "những")
# Spelling variants of the words of indicator labels (`tỉ lệ`/`tỷ lệ`, `tỉ trọng`).
LABEL_SPELLINGS: dict[str, str] = {"tỉ": "tỷ"}

# Look-alike letters that some sites and converters put for `Đ`/`đ` (Icelandic eth).
LETTER_VARIANTS = str.maketrans({"Ð": "Đ", "ð": "đ"})

# -- compiled ---------------------------------------------------------------------------------

_JOINER = r"(?:\s*[-–&,]\s*|\s+và\s+|\s*)"
_WORD_START = r"(?<![\w.&])"
_WORD_END = r"(?![\w&])"


def _short_form_pattern(form: str) -> str:
    return _JOINER.join(re.escape(part) for part in form.split("-"))


def _compile_short_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    alternatives: list[tuple[str, str]] = []
    for expansion, forms in SHORT_FORMS.items():
        for form in forms:
            alternatives.append((form, expansion))
    alternatives.sort(key=lambda fe: -len(fe[0]))
    # Forms of four letters or more are no Vietnamese word in any case (`ubnd`, `Gtvt`); the
    # shorter ones are matched as written (`TƯ`, not `tư` of `đầu tư`).
    groups = "|".join(
        f"(?P<s{i}>{'(?i:' if sum(c.isalpha() for c in form) >= 4 else '(?:'}{_short_form_pattern(form)}))"
        for i, (form, _) in enumerate(alternatives))
    return re.compile(f"{_WORD_START}(?:{groups}){_WORD_END}"), {f"s{i}": e for i, (_, e) in enumerate(alternatives)}


_SHORT_RE, _SHORT_EXPANSION = _compile_short_forms()
_LEVEL_RE = re.compile(
    _WORD_START + "(?:" + "|".join(
        f"(?P<l{i}>{'|'.join(re.escape(f) for f in forms)})" for i, forms in enumerate(LEVEL_SHORT_FORMS.values())
    ) + r")(?P<sep>\.\s*(?=\w)|\s+(?=\w)|\.?$)"
)
_BEFORE_LEVEL_RE = re.compile(
    _WORD_START + "(?:" + "|".join(
        f"(?P<b{i}>{'|'.join(re.escape(f) for f in forms)})" for i, forms in enumerate(BEFORE_LEVEL_SHORT_FORMS.values())
    ) + r")(?=\s*(?:TPHCM|TP\b|Tp\b|TX\b|[QHP]\.|(?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\b))")
_BEFORE_LEVEL_EXPANSION = {f"b{i}": e for i, e in enumerate(BEFORE_LEVEL_SHORT_FORMS)}
_LEVEL_EXPANSION = {f"l{i}": e for i, e in enumerate(LEVEL_SHORT_FORMS)}


def _level(m: re.Match[str]) -> str:
    """A level's short form before a number or a place (`Q.1`, `H.Củ Chi`, `Q.GÒ VẤP`,
    `TP Huế`), not an initial (`Q.D`, `P.V`, `H.LD`): a one-letter form before a digit or a
    capitalised word of two letters or more, a longer one (`TP`, `TX`) before any word
    and at the end (`UBND TP`)."""
    name = next(k for k, v in m.groupdict().items() if v and k != "sep")
    rest = m.string[m.end():]
    word = _LEADING_WORD_RE.match(rest)
    text = word.group(0) if word else ""
    place = len(text) > 1 and text[0].isupper() and (
        text[1].islower() or len(text) > 2 or is_vietnamese_syllable(text))  # `Gò`, `GÒ`, `ĐẮK`; not `LD`
    if rest[:1].isdigit() or place or (len(m.group(name)) > 1 and (word is not None or not rest)):
        return f"{_LEVEL_EXPANSION[name]} "
    return m.group(0)


_LEADING_WORD_RE = re.compile(r"[^\W\d_]+")
_PARTNER_RE = re.compile(r"\s+(?:" + "|".join(re.escape(j) for j in PARTNER_JOINERS) + r")\s+(?=\S)", re.IGNORECASE)
# One-word heads only as capitalised (`và Sở …`, not `và sở hữu`); longer ones in any case.
_AND_HEAD_RE = re.compile(r"\s+(?i:và)\s+(?=(?:" + "|".join(
    f"{re.escape(h)}|{re.escape(h.upper())}" if " " not in h else f"(?i:{re.escape(h)})" for h in BODY_HEADS) + r")(?!\w))")
_REPORTING_RE = re.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in REPORTING_WORDS) + r")(?=\s|$)"
    r"|\s+(?:vào\s+)?(?:" + "|".join(TIME_OPENERS) + r")\s+(?:" + "|".join(TIME_FOLLOWERS) + r"|\d)", re.IGNORECASE)
_SMALL_AND_MEDIUM = re.compile(r"nhỏ và vừa", re.IGNORECASE)
_PAREN_RE = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
# The words that open an alias in brackets (`(gọi tắt là VNBA)`, `(sau đây viết tắt là BTC)`).
_ALIAS_OPENER_RE = re.compile(r"^(?:sau đây\s+)?(?:gọi|viết)\s+tắt(?:\s+là)?\s*:?\s*", re.IGNORECASE)
_ALIAS_WORD_RE = re.compile(r"[-–&.,/]+|\w*[A-ZĐ]\w*[A-ZĐ0-9]\w*")  # `NHNN`, `FotC`, `GD – ĐT`
_TERM_RE = re.compile(r"\s+(?:khóa|nhiệm kỳ|lần thứ)\s+(?:[ivxlc]+|\d+)(?:\s+\d+)?$")
_PUNCT_RE = re.compile(r"[^\w\s]|_")
_AMPERSAND_RE = re.compile(r"\s*&\s*")


def _variant_re(table: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, str]]:
    lookup = {variant: canon for canon, variants in table.items() for variant in variants}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in sorted(lookup, key=len, reverse=True))
                      + r")(?!\w)"), lookup


_PLACE_RE, _PLACE_LOOKUP = _variant_re(PLACE_VARIANTS)
_FIELD_RE = re.compile(r"(?<!\w)(?:" + "|".join(
    " (?:và )?".join(map(re.escape, parts)) for parts in sorted(FIELD_NAMES, key=len, reverse=True)) + r")(?!\w)")


def _field(m: re.Match[str]) -> str:
    parts = [p for p in m.group(0).split() if p != "và"]
    text = " ".join(parts)
    for names in FIELD_NAMES:
        if " ".join(names) == text:
            return " ".join(names[:-1]) + " và " + names[-1]
    return m.group(0)


# (`thành ủy thành phố hồ chí minh` keeps its city: `hồ chí minh` alone is also a person)
_PHRASE_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in PHRASE_VARIANTS) + r")(?!\w)(?! hồ chí minh)")
_LEVELLESS_RE = re.compile(
    r"(?<!\w)(?P<before>\w+) (?P<place>" + "|".join(
        re.escape(p) for p in sorted((*CITIES, *PROVINCES, *PROVINCIAL_CITIES), key=len, reverse=True)) + r")$")
_NATIONAL_PREFIXES = tuple(f"{head} " for head in NATIONAL_HEADS)
_LEVEL_LAST_WORDS = frozenset({w.split()[-1] for w in LEVEL_WORDS} | {"ủy", "uỷ"})


def fold(text: str) -> str:
    """NFC, the news' tone placement, lower case, punctuation and spacing folded."""
    text = normalize_tone(unicodedata.normalize("NFC", text.translate(LETTER_VARIANTS))).lower()
    return " ".join(_PUNCT_RE.sub(" ", text).split())


# -- organizers -------------------------------------------------------------------------------


def holder(organizer: str) -> str:
    """The body that holds the meeting: the part before `phối hợp với`, `cùng`, or a `và`
    that opens another body; reporting and time words after the name dropped."""
    text = " ".join(unicodedata.normalize("NFC", organizer).split())
    cut = _PARTNER_RE.search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    cut = _AND_HEAD_RE.search(text)
    if cut and fold(text[: cut.start()]) not in BARE_HEADS:
        text = text[: cut.start()]
    for found in _REPORTING_RE.finditer(text):
        if found.group(0).strip().lower() == "vừa" and _SMALL_AND_MEDIUM.search(text, max(0, found.start() - 8),
                                                                                  found.end()):
            continue
        text = text[: found.start()]
        break
    return text.strip(" ,;:-–")


def _parenthesis(m: re.Match[str]) -> str:
    """A parenthesised alias (`(VSSA)`, `(NN&PTNT)`, `(FotC)`) is dropped; a place or a parent
    body in parentheses (`(TP.HCM)`, `(Bộ Y tế)`) tells bodies apart and stays."""
    content = _ALIAS_OPENER_RE.sub("", m.group(1).strip())  # `(gọi tắt là VNBA)`: the alias `VNBA`
    place = fold(_expand(content))
    if place in CITIES or place in PROVINCES or place.startswith(LEVEL_WORDS):
        return f" {content}"
    if " " not in content or all(_ALIAS_WORD_RE.fullmatch(w) for w in content.split()):
        return " "
    return f" {content}"


def _uncap(text: str) -> str:
    """A name written in capitals (`UBND TỈNH QUẢNG NAM`, a headline's) with its words in
    small letters, its short forms kept (`UBND`, `TP`, `T.Ư`): so that no word is read as a
    short form (`TƯ PHÁP` is `tư pháp`, not `trung ương pháp`)."""
    if any(c.islower() for c in text):
        return text
    words = text.split(" ")
    syllables = [is_vietnamese_syllable(w) and len(w) > 1 for w in words]
    if not any(syllables):
        return text
    for i, w in enumerate(words):  # `TƯ` last or before `ĐẢNG`: `trung ương` (`Quân ủy TƯ`), not in `ĐẦU TƯ`
        if w == "TƯ" and (i == len(words) - 1 or words[i + 1] in {"ĐẢNG", "ĐOÀN", "MTTQ"}) \
                and (i == 0 or words[i - 1] not in {"ĐẦU", "THỨ", "RIÊNG"}):
            syllables[i] = False
    return " ".join(w.lower() if syllable else w for w, syllable in zip(words, syllables, strict=True))


def _expand(text: str) -> str:
    text = _SHORT_RE.sub(lambda m: f" {_SHORT_EXPANSION[m.lastgroup or '']} ", text)
    text = _BEFORE_LEVEL_RE.sub(lambda m: f"{_BEFORE_LEVEL_EXPANSION[m.lastgroup or '']} ", text)
    text = _LEVEL_RE.sub(_level, text)
    return _AMPERSAND_RE.sub(" và ", text)


def _qualify_place(key: str) -> str:
    """`… hà nội` → `… thành phố hà nội`, `… kon tum` → `… tỉnh kon tum`, when the name ends on
    a province or city without its level."""
    found = _LEVELLESS_RE.search(key)
    if (found is None or found.group("before") in _LEVEL_LAST_WORDS or key.startswith(PLACE_NAMED_HEADS)
            or key.endswith(REGIONS_ENDING_ON_A_PLACE)):
        return key
    place = found.group("place")
    if place == "thành phố hồ chí minh":
        return key
    level = "tỉnh" if place in PROVINCES else "thành phố"
    return f"{key[: found.start('place')]}{level} {place}"


@lru_cache(maxsize=1 << 14)
def organizer_key(organizer: str | None) -> str | None:
    """The organizer as a key (see the module's doc); None for an empty name."""
    if not organizer:
        return None
    text = _expand(_uncap(holder(_PAREN_RE.sub(_parenthesis, organizer.translate(LETTER_VARIANTS)))))
    key = fold(text)
    key = _PLACE_RE.sub(lambda m: _PLACE_LOOKUP[m.group(0)], key)
    key = _FIELD_RE.sub(_field, key)
    key = _PHRASE_RE.sub(lambda m: PHRASE_VARIANTS[m.group(0)], key)
    key = _TERM_RE.sub("", key)
    if key.endswith(" việt nam") and key.startswith(_NATIONAL_PREFIXES):
        key = key[: -len(" việt nam")]
    key = _qualify_place(key)
    return key or None


# -- people -----------------------------------------------------------------------------------


def person_key(name: str) -> str:
    """The name with case, spacing, punctuation and tone placement folded."""
    return fold(name) or " ".join(name.lower().split()) or name


# -- indicators -------------------------------------------------------------------------------

_TIME_RE = re.compile(
    r"(?<!\w)(?:(?:cả|trong|của|vào|từ đầu|đến hết|đến|tính đến|sau)\s+)?"
    r"(?:(?:\d+\s+)?tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:nay|\d{4}))?"
    r"|tháng\s+(?:một|hai|ba|tư|sáu|bảy|tám|chín|mười một|mười hai|mười|giêng|chạp)"
    r"|(?:năm học|năm|quý|tháng|học kỳ|giai đoạn|niên khóa|niên độ|mùa giải)\s+"
    r"(?:\d{1,4}(?:\s*[-–/]\s*\d{1,4})*|[ivx]+(?:\s*[-/]\s*\d{4})?|nay|qua|trước|ngoái|tới|này|sau|đầu|cuối)"
    r"|hiện nay|hiện tại|đến nay|hằng năm|hàng năm|mỗi năm)(?!\w)")
_FIGURE_RE = re.compile(r"(?<!\w)\d+(?:[.,]\d+)?\s*%.*$")  # a percentage and all after it
# a figure at the end after a word that leads to it (`điểm chuẩn từ 20`), not one that names
# the indicator (`giao bóng 1`, `S&P 500`)
_TAIL_FIGURE_RE = re.compile(r"(?:^|\s)(?:từ|khoảng|đến|tới|lên|xuống|còn|mức|đạt|là)\s+\d+(?:\s\d+)?$")
_LABEL_TAIL_RE = re.compile(r"(?:\s+|^)(?:" + "|".join(
    re.escape(w) for w in sorted(LABEL_FRAME_WORDS, key=len, reverse=True)) + r")$")
_LABEL_HEAD_RE = re.compile(r"^(?:" + "|".join(re.escape(w) for w in LABEL_LEAD_WORDS) + r")\s+")
_LABEL_SPELLING_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, LABEL_SPELLINGS)) + r")(?!\w)")


@lru_cache(maxsize=1 << 14)
def label_key(label: str | None) -> str | None:
    """The indicator a label names, without its frame (see the module's doc)."""
    if not label:
        return None
    text = normalize_tone(unicodedata.normalize("NFC", label)).lower()
    text = _FIGURE_RE.sub("", text)  # a figure and all after it (`từ 11% đến`)
    text = _TIME_RE.sub(" ", text)
    text = _PUNCT_RE.sub(lambda m: m.group(0) if m.group(0) in "%&" else " ", text)
    text = _LABEL_SPELLING_RE.sub(lambda m: LABEL_SPELLINGS[m.group(0)], " ".join(text.split()))
    previous = None
    while text != previous:
        previous = text
        text = _LABEL_TAIL_RE.sub("", text).strip()
        text = _TAIL_FIGURE_RE.sub("", text).strip()
        text = _LABEL_HEAD_RE.sub("", text).strip()
    return text or None


regex_cache.save()  # the patterns above, kept for the next run (core/regex_cache.py)
