"""Candidates for tests/data/organizer_variants.tsv: body names that the baomoi corpus writes
in several spellings, by how many articles write each.

It reads every article of a folder (default ../baomoi/data), finds mentions of local
bodies (`UBND`, `HĐND`, `Sở …`, `Công an`, `Tỉnh ủy` …, with or without a level, before a
place), ministries and central bodies in their full and short forms, and groups them by a
signature built here on its own — diacritics, spacing and punctuation stripped, the head
and the level read from small tables — not by core.keys, so that the list can test the
keys. Groups with at least two spellings written in at least `--min-files` articles each
are printed as `group<TAB>files<TAB>string` for a person to check before they go into the
test data; a level-less place counts as the province (the centrally-run city).

    python bench/organizer_variants.py [--data DIR] [--min-files 2] > /tmp/candidates.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# head written → head signature
HEADS = {
    "UBND": "ubnd", "Ủy ban nhân dân": "ubnd", "Uỷ ban nhân dân": "ubnd", "HĐND": "hdnd", "Hội đồng nhân dân": "hdnd",
    "Công an": "ca", "CATP": "ca+tp", "Tỉnh ủy": "tu", "Tỉnh uỷ": "tu", "Thành ủy": "thu", "Thành uỷ": "thu",
    "Ủy ban MTTQ": "mttq", "UBMTTQ": "mttq", "Ủy ban MTTQ Việt Nam": "mttq", "Ủy ban Mặt trận Tổ quốc": "mttq",
    "Ủy ban Mặt trận Tổ quốc Việt Nam": "mttq", "UB MTTQ": "mttq",
}
# field written → field signature (Sở …, Bộ …)
FIELDS = {
    "GD-ĐT": "gd", "GD&ĐT": "gd", "GDĐT": "gd", "GD - ĐT": "gd", "Giáo dục và Đào tạo": "gd", "Giáo dục - Đào tạo": "gd",
    "Y tế": "yt", "Tài chính": "tc", "Xây dựng": "xd", "Công Thương": "ct", "Công thương": "ct", "Nội vụ": "nv",
    "Tư pháp": "tp", "GTVT": "gt", "Giao thông vận tải": "gt", "Giao thông - Vận tải": "gt", "GT-VT": "gt",
    "Giao thông Vận tải": "gt", "TN&MT": "tn", "TN-MT": "tn", "TNMT": "tn", "Tài nguyên và Môi trường": "tn",
    "Tài nguyên - Môi trường": "tn", "NN&PTNT": "nn", "NN-PTNT": "nn", "NNPTNT": "nn",
    "Nông nghiệp và Phát triển nông thôn": "nn", "Nông nghiệp và Phát triển Nông thôn": "nn",
    "Nông nghiệp - Phát triển nông thôn": "nn", "LĐ-TB&XH": "ld", "LĐTB&XH": "ld", "LĐTBXH": "ld",
    "Lao động - Thương binh và Xã hội": "ld", "Lao động, Thương binh và Xã hội": "ld",
    "Lao động-Thương binh và Xã hội": "ld", "KH&ĐT": "kh", "KH-ĐT": "kh", "Kế hoạch và Đầu tư": "kh",
    "Kế hoạch - Đầu tư": "kh", "VH-TT&DL": "vh", "VHTTDL": "vh", "VH,TT&DL": "vh", "Văn hóa, Thể thao và Du lịch": "vh",
    "Văn hóa - Thể thao và Du lịch": "vh", "Văn hoá, Thể thao và Du lịch": "vh", "VH-TT-DL": "vh", "TT&TT": "tt",
    "TT-TT": "tt", "Thông tin và Truyền thông": "tt", "Thông tin - Truyền thông": "tt", "KH&CN": "kc", "KH-CN": "kc",
    "KHCN": "kc", "Khoa học và Công nghệ": "kc", "Khoa học - Công nghệ": "kc", "Ngoại giao": "ng", "Quốc phòng": "qp",
    "Công an": "ca",
}
LEVELS = {"tỉnh": "t", "thành phố": "tp", "Thành phố": "tp", "TP": "tp", "TP.": "tp", "Tp.": "tp", "Tp": "tp",
          "huyện": "h", "Huyện": "h", "H.": "h", "quận": "q", "Quận": "q", "Q.": "q", "thị xã": "tx", "TX.": "tx", "TX": "tx"}
CITIES = {"hanoi", "hcm", "haiphong", "danang", "cantho"}
PLACE_SPELLINGS = {"daclac": "daklak", "daklac": "daklak", "daclak": "daklak", "dacnong": "daknong",
                   "tphcm": "hcm", "hochiminh": "hcm", "kontum": "kontum", "brvt": "bariavungtau"}
SURNAMES = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
            "duong", "ly", "trinh", "dinh", "doan", "luong", "mai", "cao", "ha", "lam", "truong", "ong", "ba"}
CENTRAL = {  # written → signature, for bodies that carry no place
    "Ban Chấp hành Trung ương Đảng": "bchtw", "Ban Chấp hành T.Ư Đảng": "bchtw", "BCH Trung ương Đảng": "bchtw",
    "Ban Chấp hành TƯ Đảng": "bchtw", "BCH TƯ Đảng": "bchtw", "Ban Chấp hành TW Đảng": "bchtw",
    "Ủy ban Trung ương MTTQ Việt Nam": "ubtwmttq", "UBTƯ MTTQ Việt Nam": "ubtwmttq", "UBTW MTTQ Việt Nam": "ubtwmttq",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": "ubtwmttq", "UB Trung ương MTTQ Việt Nam": "ubtwmttq",
    "UBTƯ MTTQ VN": "ubtwmttq", "Ủy ban Trung ương MTTQ VN": "ubtwmttq", "UBTƯ MTTQ": "ubtwmttq",
    "Ủy ban Trung ương MTTQ": "ubtwmttq", "UB TƯ MTTQ Việt Nam": "ubtwmttq", "UBTW MTTQ": "ubtwmttq",
    "Ban Tuyên giáo Trung ương": "btgtw", "Ban Tuyên giáo TƯ": "btgtw", "Ban Tuyên giáo T.Ư": "btgtw",
    "Ban Tuyên giáo TW": "btgtw", "Ban Kinh tế Trung ương": "bkttw", "Ban Kinh tế TƯ": "bkttw",
    "Ban Kinh tế T.Ư": "bkttw", "Ban Kinh tế TW": "bkttw", "Ban Tổ chức Trung ương": "btctw", "Ban Tổ chức TƯ": "btctw",
    "Ban Tổ chức T.Ư": "btctw", "Ban Tổ chức TW": "btctw", "Ban Dân vận Trung ương": "bdvtw", "Ban Dân vận TƯ": "bdvtw",
    "Ban Dân vận T.Ư": "bdvtw", "Ban Nội chính Trung ương": "bnctw", "Ban Nội chính TƯ": "bnctw",
    "Ban Nội chính T.Ư": "bnctw", "Ủy ban Kiểm tra Trung ương": "ubkttw", "UBKT Trung ương": "ubkttw",
    "Ủy ban Kiểm tra TƯ": "ubkttw", "UBKT TƯ": "ubkttw", "Ủy ban Kiểm tra T.Ư": "ubkttw", "UBKTTƯ": "ubkttw",
    "Ban Chỉ đạo Tây Nguyên": "bcdtn", "BCĐ Tây Nguyên": "bcdtn", "Ban chỉ đạo Tây Nguyên": "bcdtn",
    "Ban Chỉ đạo Tây Bắc": "bcdtb", "BCĐ Tây Bắc": "bcdtb", "Ban chỉ đạo Tây Bắc": "bcdtb",
    "Ban Chỉ đạo Tây Nam Bộ": "bcdtnb", "Ban Chỉ đạo Tây Nam bộ": "bcdtnb", "BCĐ Tây Nam Bộ": "bcdtnb",
    "Ban chỉ đạo Tây Nam Bộ": "bcdtnb", "Ban chỉ đạo Tây Nam bộ": "bcdtnb", "BCĐ Tây Nam bộ": "bcdtnb",
    "Quân ủy Trung ương": "qutw", "Quân ủy TƯ": "qutw", "Quân uỷ Trung ương": "qutw", "Quân ủy T.Ư": "qutw",
    "Trung ương Đoàn TNCS Hồ Chí Minh": "twdoan", "T.Ư Đoàn TNCS Hồ Chí Minh": "twdoan", "TƯ Đoàn": "twdoan",
    "Trung ương Đoàn": "twdoan", "T.Ư Đoàn": "twdoan", "TW Đoàn": "twdoan",
    "Hội Liên hiệp Phụ nữ Việt Nam": "hlhpn", "Hội LHPN Việt Nam": "hlhpn", "Hội LHPN VN": "hlhpn",
}


def strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower())


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_UP = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
_WORD = rf"[{_UP}][\w]*"
PLACE = rf"(?:TPHCM|TP\.HCM|TP\. HCM|TP HCM|HCM|BR-VT|{_WORD}(?: {_WORD}){{0,2}}(?:\s?-\s?{_WORD}(?: {_WORD})?)?)"
LOCAL_RE = re.compile(
    rf"(?<![\w.])(?P<head>{_alt(HEADS)}|Sở (?P<field>{_alt(FIELDS)}))"
    rf"(?: (?P<level>{_alt(LEVELS)})\s?)?(?:\s)?(?P<place>{PLACE})(?![\w.-])"
)
MINISTRY_RE = re.compile(rf"(?<![\w.])Bộ (?P<field>{_alt(FIELDS)})(?![\w&-])")
CENTRAL_RE = re.compile(rf"(?<![\w.])(?:{_alt(CENTRAL)})(?![\w.])")


def signature(match: re.Match[str]) -> str | None:
    head = match.group("head")
    field = match.group("field")
    head_sig = f"so-{FIELDS[field]}" if field else HEADS[head]
    place = strip(match.group("place"))
    words = match.group("place").split()
    if not place or place in {"vietnam", "trunguong", "tw", "tu", "tp"} or strip(words[-1]) in SURNAMES:
        return None  # no place, or a person's name run on after it
    place = PLACE_SPELLINGS.get(place, place)
    level = LEVELS.get(match.group("level") or "", "")
    if match.group("place").startswith(("TP", "TPHCM")):
        level, place = "tp", "hcm"
    if head_sig == "ca+tp":
        head_sig, level = "ca", "tp"
    if not level:
        level = "tp" if place in CITIES else "t"
    if head_sig in {"tu", "thu"}:
        level = ""
    return f"{head_sig}|{level}|{place}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "baomoi" / "data"))
    parser.add_argument("--min-files", type=int, default=2)
    args = parser.parse_args()
    files: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(Path(args.data).glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        seen: set[tuple[str, str]] = set()
        for m in LOCAL_RE.finditer(text):
            sig = signature(m)
            if sig:
                seen.add((sig, m.group(0)))
        for m in MINISTRY_RE.finditer(text):
            seen.add((f"bo-{FIELDS[m.group('field')]}", m.group(0)))
        for m in CENTRAL_RE.finditer(text):
            seen.add((CENTRAL[m.group(0)], m.group(0)))
        for sig, written in seen:
            files[sig][written] += 1
    groups = []
    for sig, spellings in files.items():
        kept = {w: n for w, n in spellings.items() if n >= args.min_files}
        if len(kept) >= 2:
            groups.append((sum(kept.values()), sig, kept))
    # Near misses: the same place under another head or level (`UBND tỉnh X`, `UBND TP X`),
    # which a key must keep apart, in their most written spelling.
    places = {sig.split("|")[2] for _, sig, _ in groups if sig.count("|") == 2}
    printed = {sig for _, sig, _ in groups}
    for sig, spellings in files.items():
        if sig not in printed and sig.count("|") == 2 and sig.split("|")[2] in places:
            written, n = spellings.most_common(1)[0]
            if n >= args.min_files:
                groups.append((n, sig, {written: n}))
    for _total, sig, kept in sorted(groups, key=lambda g: (-g[0], g[1])):
        for written, n in sorted(kept.items(), key=lambda kv: -kv[1]):
            sys.stdout.write(f"{sig}\t{n}\t{written}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
