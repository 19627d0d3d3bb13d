"""People in Vietnamese news prose: names with the titles written around them.

Vietnamese officials are written in a few shapes, all handled here:
`Đồng chí Nguyễn Mạnh Hồng- Phó Bí thư Huyện ủy- Chủ tịch UBND huyện` (name, then titles),
`Phó Chủ tịch Thường trực UBND tỉnh Vũ Việt Văn` (titles, then name),
`Phó Giám đốc sở Nội vụ - Trần Hải Tuấn` (title, dash, name), and foreign leaders as
`Thủ tướng Anh Theresa May`. A Vietnamese name starts with a family name from the table
below; a foreign name is what is left of a capitalised run after a title once places and
bodies are taken off. underthesea's POS tag `Np` is not used: it also tags places and
acronyms, and the extractor must run without loading underthesea (`--no-tokenize`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.normalize import is_vietnamese_syllable, normalize_tone
from core.record import Person

# Office titles, military ranks and academic titles that open a title phrase. The phrase
# goes on with the body (`Chủ tịch` + `UBND huyện`). From Vietnamese state, party, army
# and academic usage; foreign offices as Vietnamese news writes them.
TITLE_HEADS = (
    "tổng bí thư", "chủ tịch nước", "phó chủ tịch nước", "chủ tịch quốc hội",
    "phó chủ tịch quốc hội", "thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch",
    "bí thư", "phó bí thư", "ủy viên", "ủy viên dự khuyết", "tỉnh ủy viên", "thành ủy viên",
    "huyện ủy viên", "bộ trưởng", "thứ trưởng", "chủ nhiệm", "phó chủ nhiệm", "giám đốc",
    "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc", "trưởng ban", "phó trưởng ban",
    "trưởng phòng", "phó trưởng phòng", "chánh văn phòng", "phó chánh văn phòng",
    "chánh thanh tra", "phó chánh thanh tra", "chánh án", "phó chánh án", "viện trưởng",
    "phó viện trưởng", "cục trưởng", "phó cục trưởng", "vụ trưởng", "phó vụ trưởng",
    "tổng cục trưởng", "phó tổng cục trưởng", "hiệu trưởng", "phó hiệu trưởng",
    "trưởng khoa", "phó trưởng khoa", "trưởng đoàn", "phó trưởng đoàn", "trưởng công an",
    "phó trưởng công an", "chỉ huy trưởng", "chính ủy", "tư lệnh", "phó tư lệnh",
    "tổng thống", "phó tổng thống", "thị trưởng", "ngoại trưởng", "đại sứ", "tổng lãnh sự",
    "tổng thư ký", "phó tổng thư ký", "thư ký", "người phát ngôn", "phát ngôn viên",
    "đại biểu quốc hội", "trưởng đoàn đại biểu quốc hội", "đại tướng", "thượng tướng",
    "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "giáo sư", "phó giáo sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "bác sĩ", "bác sỹ",
    "nhà báo", "luật sư", "kiến trúc sư", "kỹ sư", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú",
    "chủ tịch hđqt", "chủ tịch hội đồng quản trị", "trưởng thôn", "trưởng ấp",
    "cố vấn", "trợ lý", "nữ hoàng", "quốc vương", "hoàng tử", "công chúa", "giáo hoàng",
    "sáng lập viên", "người sáng lập", "trưởng", "phó",
)
HONORIFICS = ("các đồng chí", "đồng chí", "ông", "bà", "ngài", "anh", "chị", "em")
# Words after which a capitalised run names a person although no honorific stands there:
# the agent of a passive (`được chủ trì bởi Chung Eui-yong`), a counterpart.
NAME_CUES = ("bởi", "người đồng cấp")
# Vietnamese family names (the commonest ~120, including the Central Highlands' Điểu, Ksor, Y).
SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh mai "
    "cao đoàn lâm tô hà lương trương doãn điểu chu tạ thái quách kiều tăng lưu triệu la âu "
    "khúc lại mạc nông vương từ phùng tôn thân kim giang châu đàm đào đồng hứa lục mẫn nghiêm "
    "ninh phí quan tống trình tưởng văn vi viên ông bạch biện cù diệp đậu đoạn hàn khổng "
    "khương kha lã lò lạc mã mông nhâm ôn phó quang tiêu trang ung vĩnh yên ksor rơ y h'"
    " lò hầu ma mua sùng giàng thào vàng".split()
)
# Places and bodies that stand between a title and a foreign name (`Thủ tướng Anh Theresa
# May`) or end a body (`Thành ủy Hà Nội`): countries, capitals, Vietnam's provinces.
PLACES = frozenset(
    p.lower()
    for p in (
        "Mỹ", "Hoa Kỳ", "Anh", "Pháp", "Đức", "CHLB Đức", "Nga", "Trung Quốc", "Nhật Bản", "Nhật",
        "Hàn Quốc", "Triều Tiên", "Ấn Độ", "Úc", "Australia", "Canada", "Campuchia", "Lào",
        "Thái Lan", "Singapore", "Malaysia", "Indonesia", "Philippines", "Myanmar", "Brunei",
        "Ukraine", "Israel", "Iran", "Iraq", "Syria", "Italia", "Ý", "Tây Ban Nha", "Bồ Đào Nha",
        "Hà Lan", "Bỉ", "Thụy Điển", "Thụy Sĩ", "Na Uy", "Phần Lan", "Đan Mạch", "Ba Lan", "Séc",
        "Hungary", "Áo", "Hy Lạp", "Thổ Nhĩ Kỳ", "Ai Cập", "Nam Phi", "Brazil", "Argentina",
        "Mexico", "Cuba", "Venezuela", "Chile", "Peru", "New Zealand", "Mông Cổ", "Đài Loan",
        "Việt Nam", "EU", "Liên hợp quốc", "LHQ", "ASEAN", "NATO", "WTO", "London", "Paris",
        "Tokyo", "Washington", "Moskva", "Bắc Kinh", "Seoul", "Bình Nhưỡng", "Berlin",
        "Kremlin", "Điện Kremlin", "Nhà Trắng", "Hà Nội", "TP Hồ Chí Minh", "Hồ Chí Minh",
        "TP.HCM", "TPHCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu",
        "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
        "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
        "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương",
        "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
        "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
        "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
        "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
        "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
        "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Tây Nguyên", "Đồng Tháp Mười", "Hoàng Mai",
        "Cầu Giấy", "Đống Đa", "Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Thanh Xuân",
        "Hà Đông", "Đức Hòa", "Tuy Hòa", "Bà Rịa", "Vũng Tàu", "Bà Chiểu", "Bà Đen", "Bà Điểm",
    )
)
# Lower-case words that belong to a body's name inside a title (`Chủ tịch UBND huyện`).
BODY_WORDS = frozenset(
    "tỉnh huyện thành phố xã phường quận thị xã trấn tp tx thường trực nhân dân ủy ban "
    "sở ban bộ phòng cục vụ viện trung tâm công ty hội đoàn đảng ủy chính phủ quốc hội nhà "
    "nước trung ương đảng công an thành tỉnh huyện".split()
)
# Words after which a capitalised run is a place's name, not a person's.
ADMIN_WORDS = frozenset(
    "tỉnh huyện xã phường quận thị trấn thành phố tp tx làng thôn ấp bản khu vùng miền".split()
)
# Words that end a title phrase even after a capitalised word (verbs, prepositions).
TITLE_STOP = frozenset(
    "đã sẽ đang vừa dự tham chủ phát cho nói có là của tại với về đến tới trong khi được "
    "thông nhấn yêu đề chỉ kết ghi cùng cũng và hay hoặc nêu trả cho biết lên bày báo đánh "
    "khẳng gửi trao tặng tiếp làm ký đi đón mời người nhận thăm kiểm đọc triệu cảm ra ông bà "
    "đồng anh chị ngài em ngày sáng chiều tối hôm năm tháng lúc tuần".split()
)

# Lower-case words that continue a committee's name after `Ban`.
BAN_NAMES = ("chỉ đạo", "tổ chức", "quản lý", "chấp hành", "thường vụ", "đại diện", "dân vận",
             "tuyên giáo", "kinh tế", "nội chính", "pháp chế", "văn hóa - xã hội")

def _index(phrases: tuple[str, ...] | frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, longest first: a table look-up per token, not a scan."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    for seqs in by_first.values():
        seqs.sort(key=len, reverse=True)
    return by_first


_TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_TITLE_SEQS = _index(TITLE_HEADS)
_CUE_SEQS = _index(NAME_CUES)
_HONORIFIC_SEQS = _index(HONORIFICS)
_BAN_SEQS = _index(BAN_NAMES)
_PLACE_SEQS = _index(PLACES)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    low: str = ""  # lower case, tone placement normalised: what the tables are matched on

    def __post_init__(self) -> None:
        self.low = normalize_tone(self.text.lower())

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(slots=True)
class Mention:
    """A person found in a sentence, with the character span it covers."""

    person: Person
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _match_seq(tokens: list[Token], i: int, seqs: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest sequence in `seqs` that starts at token i (0 if none)."""
    if i >= len(tokens):
        return 0
    for seq in seqs.get(tokens[i].low, ()):
        n = len(seq)
        if i + n <= len(tokens) and all(tokens[i + k].low == seq[k] for k in range(1, n)):
            return n
    return 0


def _is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def _name_length(tokens: list[Token], i: int, after_cue: bool) -> int:
    """Length of a name starting at token i: capitalised words, 1–4 of them."""
    n = 0
    while i + n < len(tokens) and n < 4:
        tok = tokens[i + n]
        if not (_is_word(tok) and tok.cap and not tok.acronym) or _match_seq(tokens, i + n, _TITLE_SEQS):
            break
        n += 1
    if n == 0:
        return 0
    if not after_cue and (tokens[i].low not in SURNAMES or n < 2):
        return 0
    if _match_seq(tokens, i, _PLACE_SEQS) >= n:
        return 0  # `Hà Nội`, `Lâm Đồng`: a place, not a person
    return n


def _leading_places(tokens: list[Token], i: int) -> int:
    n = 0
    while i + n < len(tokens) and (step := _match_seq(tokens, i + n, _PLACE_SEQS)):
        n += step
    return n


def _foreign_name_length(tokens: list[Token], i: int) -> int:
    """2–4 capitalised words that are neither a place nor a title: `Chung Eui-yong`."""
    n = _name_length(tokens, i, after_cue=True)
    return n if n >= 2 and not _match_seq(tokens, i, _PLACE_SEQS) else 0


def _name_at_end(tokens: list[Token], first: int, j: int) -> int | None:
    """Where a person's name starts in tokens[first:j] if one ends the span, else None.

    A Vietnamese name starts with a family name (never inside a place's name); a foreign
    name is what is left of the capitalised run once places are taken off, and only right
    after the title's head or after a place: after a body's own words (`Công ty Hợp Lực`,
    `Trung ương Đảng`) the capitalised run is the body's name.
    """
    k = first
    while k < j:
        place = _match_seq(tokens, k, _PLACE_SEQS)
        if place:
            k += place
            continue
        n = _name_length(tokens, k, after_cue=False)
        if n and k + n == j:
            return k
        k += 1
    run_start = j
    while run_start > first and tokens[run_start - 1].cap and not tokens[run_start - 1].acronym:
        run_start -= 1
    k = run_start
    while k < j:
        skip = _match_seq(tokens, k, _PLACE_SEQS)
        if not skip:
            break
        k += skip
    if (
        k < j and 1 <= j - k <= 3 and (k > run_start or run_start == first)
        and not any(tokens[m].low in BODY_WORDS for m in range(k, j))
    ):
        if j - k == 1 and is_vietnamese_syllable(tokens[k].text):
            return None  # `Thủ tướng Theo …`: a capitalised Vietnamese word, not a foreign name
        return k
    return None


def _title_span(tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    """A title phrase at token i: (end of title, start of a name inside it, end of that name).

    The name inside is the tail of the capitalised run after the head, when the run
    holds a family name (`Thủ tướng Chính phủ Nguyễn Xuân Phúc`) or, after places and
    bodies, a foreign name (`Thủ tướng Anh Theresa May`); (−1, −1) when there is none.
    """
    head = _match_seq(tokens, i, _TITLE_SEQS)
    if not head:
        return None
    j = i + head
    prev_cap = tokens[j - 1].cap
    while j < len(tokens):
        tok = tokens[j]
        if _match_seq(tokens, j, _TITLE_SEQS) and tok.cap:
            break
        if _is_word(tok) and (tok.cap or tok.acronym):
            prev_cap = True
            j += 1
            continue
        if tok.low == "của" and j + 1 < len(tokens) and tokens[j + 1].cap and _is_word(tokens[j + 1]) and not (
            _match_seq(tokens, j + 1, _TITLE_SEQS) or _match_seq(tokens, j + 1, _HONORIFIC_SEQS)
            or _name_length(tokens, j + 1, after_cue=False)
        ):
            prev_cap = False  # `Người phát ngôn của Chính phủ`: the office's owner goes on
            j += 1
            continue
        if tokens[j - 1].low == "ban" and (n := _match_seq(tokens, j, _BAN_SEQS)):
            j += n  # `Ban chỉ đạo`, `Ban chấp hành`: a committee's name goes on in lower case
            continue
        if _is_word(tok) and (tok.low in BODY_WORDS or (prev_cap and tok.low not in TITLE_STOP)):
            if prev_cap and _name_at_end(tokens, i + head, j) is not None:
                break  # `Tổng thống Donald Trump ngày 6/7`: the name ends the title
            prev_cap = tok.cap
            j += 1
            continue
        if tok.text in ("&", "-", "–") or tok.low == "và":
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            # Inside a body's name (`TT & TT`, `Lao động - Thương binh và Xã hội`), not
            # before another title or a person.
            if (
                nxt is not None and nxt.cap and not _match_seq(tokens, j + 1, _TITLE_SEQS)
                and not _name_length(tokens, j + 1, after_cue=False)
                and _is_word(tokens[j - 1]) and j - 1 >= i + head
            ):
                j += 1
                continue
        break
    k = _name_at_end(tokens, i + head, j)
    if k is not None:
        return k, k, j
    return j, -1, -1


def _text(sentence: str, tokens: list[Token], a: int, b: int) -> str:
    return sentence[tokens[a].start : tokens[b - 1].end].strip(" -–,")


def find_people(sentence: str) -> list[Mention]:
    """Every person the sentence names, with the titles written next to the name."""
    tokens = tokenize(sentence)
    mentions: list[Mention] = []
    pending: list[str] = []  # titles read before a name (`Bộ trưởng, Chủ nhiệm … Mai Tiến Dũng`)
    pending_start = -1
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        span = _title_span(tokens, i) if tok.cap or tok.low in ("phó", "trưởng") else None
        if span is not None and (tok.cap or pending):
            title_end, name_start, name_end = span
            title = _text(sentence, tokens, i, title_end)
            if name_start >= 0:
                titles = [*pending, title] if title else list(pending)
                titles += _titles_after(sentence, tokens, name_end, after_comma=False)[0]
                start = tokens[pending_start if pending else i].start
                mentions.append(Mention(Person(_text(sentence, tokens, name_start, name_end), titles),
                                        start, tokens[name_end - 1].end))
                pending, pending_start = [], -1
                i = name_end
                continue
            if not pending:
                pending_start = i
            pending.append(title)
            i = title_end
            # A dash before a name closes the title: `Phó Giám đốc sở Nội vụ - Trần Hải Tuấn`.
            if i < len(tokens) and tokens[i].text in ("-", "–"):
                n = _name_length(tokens, i + 1, after_cue=False) or _foreign_name_length(tokens, i + 1)
                if n:
                    name = _text(sentence, tokens, i + 1, i + 1 + n)
                    mentions.append(Mention(Person(name, list(pending)), tokens[pending_start].start,
                                            tokens[i + n].end))
                    pending, pending_start = [], -1
                    i = i + 1 + n
                    continue
            if i < len(tokens) and tokens[i].text == ",":
                i += 1  # a title chain goes on after a comma
                continue
            pending, pending_start = ([], -1) if i < len(tokens) and not _is_word(tokens[i]) else (pending, pending_start)
            continue
        honorific = _match_seq(tokens, i, _HONORIFIC_SEQS) or _match_seq(tokens, i, _CUE_SEQS)
        if honorific and (place := _match_seq(tokens, i, _PLACE_SEQS)):
            i += place  # `Bà Rịa`, `Bà Chiểu`: a place that starts like an honorific
            pending, pending_start = [], -1
            continue
        cue = honorific > 0
        at = i + honorific
        if cue and tok.low not in HONORIFICS:
            at += _leading_places(tokens, at)  # `người đồng cấp Nga Vladimir Putin`
        n = _name_length(tokens, at, after_cue=cue) if at < len(tokens) else 0
        if n and cue and tok.low not in HONORIFICS and (n < 2 or tokens[at].low in BODY_WORDS):
            n = 0  # after `bởi`, one word or a body (`bởi Bộ Công an`) is not a person
        if n and (cue or tok.cap):
            name = _text(sentence, tokens, at, at + n)
            titles, end = _titles_after(sentence, tokens, at + n, after_comma=not pending)
            if not (cue or pending or titles):
                # A family name alone is too weak (`Thái Bình Dương`, `Buôn Ma Thuột`):
                # a person is introduced by an honorific or a title.
                i += 1
                continue
            # A mention starts at its honorific (`của ông X` is someone's), but after a cue
            # such as `bởi` at the name, so that `chủ trì bởi` stays visible before it.
            start = tok.start if tok.low in HONORIFICS or not cue else tokens[at].start
            mentions.append(Mention(Person(name, [*pending, *titles]), start, tokens[end - 1].end))
            pending, pending_start = [], -1
            i = end
            continue
        if _is_word(tok):
            pending, pending_start = [], -1
        i += 1
    return mentions


def _titles_after(
    sentence: str, tokens: list[Token], i: int, after_comma: bool = True
) -> tuple[list[str], int]:
    """Titles after a name: `- Phó Bí thư Huyện ủy- Chủ tịch UBND huyện`, `, Ủy viên …`.

    A name already preceded by its title takes more only after a dash: in
    `Thủ tướng Campuchia Hun Sen, Thủ tướng nhấn mạnh` the second is another subject.
    """
    titles: list[str] = []
    end = i
    while i + 1 < len(tokens) and tokens[i].text in ("-", "–", ",", "("):
        span = _title_span(tokens, i + 1)
        if span is None or span[1] >= 0:
            break
        bare = span[0] - (i + 1) <= _match_seq(tokens, i + 1, _TITLE_SEQS)
        if tokens[i].text == "," and not after_comma and not titles and bare:
            break
        titles.append(_text(sentence, tokens, i + 1, span[0]))
        i = end = span[0]
    return titles, max(end, i if not titles else end)
