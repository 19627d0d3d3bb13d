"""People in Vietnamese news prose: names with the titles written around them.

A small grammar over tagged tokens. The tables below tag each token (a form of address, the
head of a title, a rank or academic title, a body's word, a place, a capitalised word), and
one pattern reads a person as the news introduces one:

    [honorific] [title (, title)*] NAME [(, | - | ( ) title]*

`Đồng chí Nguyễn Mạnh Hồng- Phó Bí thư Huyện ủy- Chủ tịch UBND huyện`,
`Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Quốc Vượng`,
`Thượng tướng Phạm Trường Long, Ủy viên Bộ Chính trị`, `Thủ tướng Anh Theresa May`,
`Trưởng SOM ASEAN của Thái Lan, bà Busaya Mathelin`.

The shape of the name closes a title: a title runs over the body it heads (`Chủ tịch UBND
tỉnh Gia Lai`) until a capitalised run that is a name ends it. A name is a run of capitalised
syllables that starts with a family name (`Võ Ngọc Thành`, `Ksor Phước`, `H'Hen Niê`), or any
capitalised run that stands right after a form of address, a title's head or a place, once
places are taken off (`Đại sứ Sayed Altayed Ahmed`, `Tổng thống Hàn Quốc Moon Jae-in`,
`Chủ tịch Tập Cận Bình`): foreign, transliterated and ethnic-minority names are recognised from
where they stand, not from a list of names. After an administrative word (`phường`, `đường`)
a capitalised run is a place's name even when it is shaped like a person's.
underthesea's POS tag `Np` is not used: it also tags places and acronyms, and the extractor
must run without loading underthesea (`--no-tokenize`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.normalize import is_vietnamese_syllable, normalize_tone
from core.patterns import letter_led, word_alternation
from core.record import Person

# Office titles, military ranks and academic titles that open a title phrase. The phrase
# goes on with the body (`Chủ tịch` + `UBND huyện`). From Vietnamese state, party, army
# and academic usage; foreign offices as Vietnamese news writes them.
TITLE_HEADS = (
    "tổng bí thư", "chủ tịch nước", "phó chủ tịch nước", "chủ tịch quốc hội",
    "phó chủ tịch quốc hội", "thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch",
    # a co-chair (`Ông Donald Campbell, đồng Chủ tịch của Hội đồng PECC`, `Đồng chủ tịch Liên minh Diễn đàn Doanh nghiệp
    # Việt Nam - ông Sagara Hirohide`): `[Đđ]ồng [Cc]hủ tịch` over the 35,440 baomoi articles: 15 hits in 11 articles, 8
    # read, 8 a co-chair's office (the title had been lost or read without its `đồng`)
    "đồng chủ tịch",
    "bí thư", "phó bí thư", "ủy viên", "ủy viên dự khuyết", "tỉnh ủy viên", "thành ủy viên",
    # `ủy viên` as provincial and district portals abbreviate it (`đ/c Lê Thị Nga, UV BTV Huyện ủy`, `Nguyễn Thị Phương -
    # UVBTV, Phó Chủ tịch HĐND huyện`; never in baomoi-dev)
    "uv", "uvbtv",
    # and a member of the standing committee written without its `B` (`Đồng chí Lê Văn Bình, UVTV Tỉnh ủy, Chủ tịch Ủy
    # ban MTTQ Việt Nam tỉnh chủ trì`: a provincial front's portal; never in baomoi-dev)
    "uvtv",
    # and `huyện ủy viên`, `tỉnh ủy viên` (`Đồng chí Nguyễn Thị Bích –HUV, Chủ tịch Hội LHPN huyện chủ trì hội nghị`,
    # `Đồng chí Nguyễn Văn Thi – TUV, Chủ tịch HND tỉnh`: two district and provincial portals; never in baomoi-dev)
    "huv", "tuv",
    # and a member of the Party's Central Committee (`Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy …`: a
    # provincial paper of the stored pages; never in baomoi-dev, whose national press writes it out)
    "uvtư", "uvt.ư", "uvtw", "uvbcht.ư", "uvbchtư", "uvbchtw",
    "huyện ủy viên", "bộ trưởng", "thứ trưởng", "chủ nhiệm", "phó chủ nhiệm", "giám đốc",
    "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc", "giám đốc điều hành", "tổng giám đốc điều hành", "trưởng ban", "phó trưởng ban",
    "trưởng phòng", "phó trưởng phòng", "chánh văn phòng", "phó chánh văn phòng",
    # (and as the press shortens it, `Chánh VP UBND TP.HCM`, `Phó Chánh VP UBND TP Đà Nẵng`: 8 hits over the 35,440 baomoi
    # articles, 8 the office, whose holder had no title read)
    "chánh vp", "phó chánh vp",
    "chánh thanh tra", "phó chánh thanh tra", "tổng thanh tra", "phó tổng thanh tra",
    # (and the Government Inspector General as the press shortens the body, `Tổng TTCP Phan Văn Sáu`, `Phó Tổng TTCP
    # Nguyễn Đức Hạnh cho biết`: 2 hits before a name over the 35,440 baomoi articles, both the office; web59 w011's
    # `Tổng TTCP Đoàn Hồng Phong chủ trì hội nghị` lost its chair)
    "tổng ttcp", "phó tổng ttcp",
    "chánh án", "phó chánh án", "viện trưởng",
    "phó viện trưởng", "cục trưởng", "phó cục trưởng", "vụ trưởng", "phó vụ trưởng",
    "tổng cục trưởng", "phó tổng cục trưởng", "chi cục trưởng", "phó chi cục trưởng",
    "hiệu trưởng", "phó hiệu trưởng",
    "trưởng khoa", "phó trưởng khoa", "trưởng đoàn", "phó trưởng đoàn", "trưởng công an",
    "phó trưởng công an", "chỉ huy trưởng", "chính ủy", "tư lệnh", "phó tư lệnh",
    "tham mưu trưởng", "phó tham mưu trưởng",
    # the chief of the general staff (`Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam`)
    "tổng tham mưu trưởng",
    # a unit's commander, the unit glued before `trưởng` (`Đại úy Đinh Tiến An, Tiểu đoàn trưởng Tiểu đoàn Đặc công 18`,
    # `Trung tá X — Phó trung đoàn trưởng, Tham mưu trưởng Trung đoàn 64`): CS cgrep `(Sư|Trung|Lữ|Tiểu|Quân) đoàn|Đại
    # đội) (trưởng|phó)` over baomoi-dev: 10 hits in 6 articles, 10 read, 10 the commander's office (4 with a name)
    "sư đoàn trưởng", "phó sư đoàn trưởng", "trung đoàn trưởng", "phó trung đoàn trưởng", "lữ đoàn trưởng",
    "phó lữ đoàn trưởng", "tiểu đoàn trưởng", "phó tiểu đoàn trưởng", "quân đoàn trưởng", "phó quân đoàn trưởng",
    "đại đội trưởng", "phó đại đội trưởng",
    # a foreign province's or district's head (`Tỉnh trưởng Phúc Kiến Vu Vỹ Quốc`, `Tỉnh trưởng tỉnh Gangwon Choi
    # Moonsoon`, `Quận trưởng Kim Youngbae`): `(Tỉnh|Huyện|Quận|Xã) trưởng` + a capital over the 35,440 baomoi articles, 54
    # hits in 36 articles, 12 read, 12 such an office (no person was read); not `Xã trưởng`, Xinhua's head (`Xã trưởng
    # Tân Hoa xã X`: the agency's name reads as a person's)
    "tỉnh trưởng", "phó tỉnh trưởng", "huyện trưởng", "phó huyện trưởng", "quận trưởng", "phó quận trưởng",
    # and a special region's, in either order (`Đặc khu trưởng Lâm Trịnh Nguyệt Nga`, `Trưởng Đặc khu hành chính Hong Kong
    # Lương Chấn Anh`): `[Tt]rưởng [Đđ]ặc khu` over the 35,440 baomoi articles, 16 sentences in 8 articles; find_people
    # changes in 9, all read, all the holder now named with the office (7 missed before, 2 titles cut at `Đặc`)
    "trưởng đặc khu", "trưởng đặc khu hành chính",
    "tổng thống", "phó tổng thống", "thị trưởng", "đặc khu trưởng", "ngoại trưởng", "đại sứ", "đại sứ đặc mệnh toàn quyền", "tổng lãnh sự",
    "tổng thư ký", "phó tổng thư ký", "thư ký", "người phát ngôn", "phát ngôn viên",
    # a press secretary, the spokesperson of a leader or a house (`Thư ký báo chí Nhà Trắng Sean Spicer`)
    "thư ký báo chí",
    "đại biểu quốc hội", "trưởng đoàn đại biểu quốc hội",
    "giáo sư", "phó giáo sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "bác sĩ", "bác sỹ",
    "nhà báo", "luật sư", "kiến trúc sư", "kỹ sư", "kĩ sư", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú",
    "chủ tịch hđqt", "chủ tịch hội đồng quản trị", "trưởng thôn", "trưởng ấp",
    # (`kĩ sư`, `trợ lí`: the `i` spellings, 49 hits in 29 of the 35,440 baomoi articles)
    "cố vấn", "trợ lý", "trợ lí", "nữ hoàng", "quốc vương", "hoàng tử", "thái tử", "công chúa", "giáo hoàng",
    "tổng biên tập", "phó tổng biên tập", "biên tập viên", "tham tán", "tham tán thương mại",
    "tham tán công sứ", "công sứ", "lãnh sự", "tùy viên", "tùy viên quân sự", "đại diện thường trực",
    # the United States Trade Representative's office (`Đại diện Thương mại Mỹ Robert Lighthizer`, `Trợ lý Đại diện
    # thương mại Hoa Kỳ phụ trách khu vực châu Á-TBD`): 28 hits of `Đại diện [Tt]hương mại (Mỹ|Hoa Kỳ)` in 14 baomoi
    # articles, 10 read, 10 the office (its holder had been lost, or the office cut at `Đại diện`)
    "đại diện thương mại",
    "sáng lập viên", "người sáng lập",
    # (and the founder as `nhà sáng lập`, `(nhà) đồng sáng lập`: `Ông Brad Sugars, nhà sáng lập kiêm Chủ tịch ActionCOACH
    # toàn cầu`, `nhà sáng lập trang mạng Wikileaks Julian Assange cho biết`: over the 35,440 baomoi articles 221 hits in
    # 134 articles, 12 read, 10 a founder's title, 2 the plural noun `các nhà sáng lập`, which PLURAL_MARKERS keep out)
    "nhà sáng lập", "nhà đồng sáng lập", "đồng sáng lập",
    "anh hùng lao động", "anh hùng lực lượng vũ trang nhân dân",
    "thượng nghị sĩ", "hạ nghị sĩ", "nghị sĩ", "trưởng", "phó", "đại biểu",
    # (and as often spelt with `y`: `nghị sỹ Miguel Pizarro thông báo`, `Hạ nghị sỹ Justin Amash`: `(thượng |hạ )?nghị
    # sỹ` + a capital over the 35,440 baomoi articles, 321 hits in 150 articles, 8 read, 3 before a name, 5 the office as
    # a noun, `các nghị sỹ`, which PLURAL_MARKERS read; `nghị sĩ` is read the same way)
    "thượng nghị sỹ", "hạ nghị sỹ", "nghị sỹ",
    # a delegation's head (`trưởng phái đoàn Nga Alexander Lavrentiev cho biết`): `[Tt]rưởng phái đoàn … Name` 12 hits in
    # 10 articles, 8 read, 4 before the head's name, 4 the office alone
    "trưởng phái đoàn", "phó trưởng phái đoàn",
    "huấn luyện viên", "huấn luyện viên trưởng", "hlv trưởng",
    # the commander of all armed forces; the captain of a team or the head of a squad
    "tổng tư lệnh", "phó tổng tư lệnh", "đội trưởng", "đội phó",
    # the head of a team or a working group (`Ông X, Phó Giám đốc Sở … kiêm Tổ trưởng tổ công tác thẩm định tàu cá`,
    # `Tổ trưởng Tổ Đăng kiểm số 3`, `Tổ trưởng tổ toán Trường THPT …`): `(Phó )?[Tt]ổ (trưởng|phó)` over the 35,440
    # baomoi articles, 206 hits in 157 articles, 12 read, 11 an office (1 `tổ trưởng dân phố` as a noun)
    "tổ trưởng", "phó tổ trưởng", "tổ phó",
    # the head of an agency, mostly the police's investigation agency (`Thượng tá X, Thủ trưởng Cơ quan CSĐT Công an tỉnh
    # Hưng Yên cho biết`, `Phó Thủ trưởng Cơ quan Cảnh sát điều tra`): `(Phó )?[Tt]hủ trưởng (Cơ quan|đơn vị|Bộ|Cục)`
    # over the 35,440 baomoi articles, 87 hits in 74 articles, 10 read, 6 a person's office (the title had been lost),
    # 4 the office as a noun (`thủ trưởng đơn vị`), which names no one
    "thủ trưởng", "phó thủ trưởng",
    # a voter who speaks at a meeting with deputies (`ông X, cử tri phường Y`); a staff member
    # of a body (`cán bộ phòng Quản lý băng đĩa - bà X`); a queen consort
    "cử tri", "cán bộ", "hoàng hậu",
    # a specialist or a civil servant of a body (`bà X - chuyên viên Phòng GD&ĐT huyện Anh Sơn`, `Bùi Thị Hoàng Yến - Công
    # chức Trung tâm Phục vụ hành chính công xã Bình Tuyền`, `bà X - viên chức DS KHHGĐ phường Vinh Tân`): a name, a dash
    # or comma and one of them over the 35,440 baomoi articles, 5 hits, 5 the person's post
    "chuyên viên", "công chức", "viên chức",
    # a lecturer or a researcher of a body, mostly after the name (`TS Nguyễn Xuân Thành, Giảng viên Chương trình
    # Fulbright`, prec54 A11; `ông X, nghiên cứu viên Viện Kinh tế Việt Nam`): see the commit message for the count
    "giảng viên", "nghiên cứu viên",
    # a member of a board or a council (`ông X, thành viên Hội đồng quản trị Siemens`)
    "thành viên",
    # a company's or a club's executive chairman (`Chủ tịch điều hành Tập đoàn Alphabet`, `Phó chủ tịch điều hành Ed
    # Woodward`): cgrep `(Phó )?[Cc]hủ tịch điều hành [A-ZĐ]` over baomoi-dev 12 hits, 10 read, 10 such an office (no
    # `chủ tịch điều hành phiên …` there: a chairing verb follows a name)
    "chủ tịch điều hành", "phó chủ tịch điều hành",
    # a deputy head written after the body's noun (`Chi cục Phó Chi cục Bảo vệ môi trường`)
    "cục phó", "chi cục phó", "vụ phó", "viện phó", "hiệu phó", "phó phòng",
    # a police chief abroad (`cảnh sát trưởng Manila Oscar Albayalde`); a doctor of science, an
    # academician; the state's honorary titles of teachers, doctors and craftsmen
    "cảnh sát trưởng", "tiến sĩ khoa học", "tiến sỹ khoa học", "viện sĩ", "viện sỹ",
    "nhà giáo nhân dân", "nhà giáo ưu tú", "thầy thuốc nhân dân", "thầy thuốc ưu tú",
    "nghệ nhân nhân dân", "nghệ nhân ưu tú",
    # a body's representative, mostly written after the name (`Ông Dương Anh Tuấn, Đại diện Tập đoàn
    # DOJI cho biết`)
    "đại diện", "trưởng đại diện", "phó trưởng đại diện",
    # a central bank's or a foreign province's governor (`Thống đốc bang California Gray Davis`); a
    # special envoy; a UN coordinator (`Điều phối viên Liên hợp quốc tại Việt Nam`)
    "thống đốc", "đặc phái viên", "điều phối viên",
    # a minister of state, as the press renders the office of Britain, France, Spain, Singapore or Cambodia (`Quốc vụ
    # khanh phụ trách công nghệ số Mounir Mahjoubi`, `Quốc vụ khanh Ung Sean đã trao cúp`, prec68): over the 35,440
    # baomoi articles 14 hits, all read, all the office; find_people now gives it to 3 holders, none changed otherwise (a
    # lower-case remit, `phụ trách công nghệ số`, still ends the phrase before the name)
    "quốc vụ khanh",
    # an expert (the field after it: FIELD_HEADS)
    "chuyên gia",
    # an official, the field after it too (`bà Irma Wananka Tasti, quan chức cấp cao của Bộ Thương mại Indonesia, cho
    # biết`, `Fred Burton, quan chức an ninh của tổ chức Stratfor`, `quan chức cảnh sát Pakistan Saqib Ismail cho biết`):
    # a name, a comma and `quan chức` over the 35,440 baomoi articles: 27 hits, 15 read, 14 the named person's office (1 an
    # office explained in brackets after it); plural or unnamed officials (`các quan chức`, `quan chức Nhật Bản nói`)
    # name no one, as before
    "quan chức",
    # the Youth Union's or a communist party's head, and a diplomat's rank (`Bí thư thứ nhất Trung ương Đoàn X`,
    # `Bí thư thứ nhất Đại sứ quán Nhật Bản tại Lào Yoko Putamoto`): 26 in baomoi-dev, 10 of 10 read a title
    "bí thư thứ nhất", "bí thư thứ hai", "bí thư thứ ba",
    # and the first of several deputies (`Phó Thủ tướng thứ nhất, Chủ tịch phân ban Nga … Igor Shuvalov`, `Thứ trưởng thứ
    # nhất Bộ Ngoại giao Nga Vladimir Titov`, `Phó Chủ tịch thứ nhất Ủy ban Đối ngoại Hội đồng Liên bang Nga Vladimir
    # Dzhabarov`): over the 35,440 baomoi articles 18 hits, 18 read, all an office
    "phó thủ tướng thứ nhất", "thứ trưởng thứ nhất", "phó chủ tịch thứ nhất",
    # the chairman of China's NPC Standing Committee (`Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn
    # quốc Trung Quốc Trương Đức Giang`: 8 in baomoi-dev, all this office); a king, Japan's emperor (`Nhà vua Nhật Bản
    # Akihito`, `Nhật hoàng Akihito`)
    "ủy viên trưởng", "nhà vua", "nhật hoàng",
    # director, general director and their deputies abbreviated (`ông Phạm Lâm – TGĐ Công ty BĐS …`)
    "gđ", "tgđ", "pgđ", "ptgđ", "tổng gđ",
    # a company's chief executive as the press writes it in English (`CEO Uber Travis Kalanick`, `CEO Audi Mỹ - ông Scott
    # Keogh`, `CEO VietJet Air Nguyễn Thị Phương Thảo`): `CEO` before a capital over the 35,440 baomoi articles 172 hits in
    # 109 articles; find_people over the 406 sentences with `CEO`: see the commit message
    "ceo",
    # and a vice-chairman, as provincial portals and the press write it (`PCT UBND tỉnh Dương Tất Thắng`, `Ông Nguyễn
    # Xuân Bình, PCT UBND TP Hải Phòng cho rằng`, `Phó CT UBND tỉnh Hà Tĩnh X`): `PCT|Phó CT` + a body over the 35,440
    # baomoi articles, 6 hits in 5 articles, 6 the office (not `CT` alone, an acronym of many things)
    "pct", "phó ct",
    # the clergy's ranks, before a religious name (`Thượng tọa Thích Thanh Quyết (Quảng Ninh) cũng đề
    # nghị`, `Hòa thượng Thích Thiện Nhơn, Chủ tịch Hội đồng trị sự …`, `Linh mục Valentine`): 82 capitalised
    # before a name over baomoi-dev, 10 of 12 read a monk or a priest named (2 a commemorated one)
    "hòa thượng", "thượng tọa", "đại đức", "ni sư", "linh mục", "giám mục", "tổng giám mục", "mục sư", "hồng y",
    # the arts' professions, before a name that is often a stage name with no family name (`ca sĩ Minh Quân tự
    # tin cho biết`, `đạo diễn Jordan Vogt-Roberts`, `nhà thơ Nguyễn Quang Thiều`): 3,719 sentences of baomoi-dev
    # hold one before a capital, 10 of 12 read a person named
    "ca sĩ", "nhạc sĩ", "đạo diễn", "diễn viên", "nhà thơ", "nhà văn", "họa sĩ", "biên kịch", "người mẫu",
    # (and the host of a show, `MC Phan Anh chia sẻ`, `do MC Diễm Quỳnh dẫn dắt`, `người dẫn chương trình Lại Văn Sâm`:
    # `MC` + a capital over the 35,440 baomoi articles, 556 hits, 12 read, 12 before a host's name)
    "mc", "người dẫn chương trình",
    # (and spelt with `y`: `ca sỹ Bảo Thy`, `họa sỹ Lê Thiết Cương`, `nhạc sỹ Doãn Nho nói`: 142 hits before a capital in
    # 75 of the 35,440 baomoi articles, 10 read, 10 before a name)
    "ca sỹ", "nhạc sỹ", "họa sỹ",
    # (and the artist's calling itself, `nghệ sĩ Minh Nhí`, `nghệ sỹ Kim Tử Long`, `Nghệ sĩ Trung Dân sau đó bỏ về`:
    # `[Nn]ghệ s[ĩỹ]` + a capital over the 35,440 baomoi articles, not an honour's title: 1,194 hits in 358 articles, 10
    # read, 7 before a name, 3 before a country, which the place tables read as its place)
    "nghệ sĩ", "nghệ sỹ",
    # the scholars', critics' and activists' callings before a name (`nhà phê bình Phạm Xuân Nguyên dự cuộc họp`, `Nhà
    # phân tích Omar Akhtar của công ty Altimeter Group nhận định`, `nhà nghiên cứu Bạch Định Đỉnh`): one of them, no
    # plural marker before it, and a capitalised run after it over the 35,440 baomoi articles: 322 hits in 261
    # articles, 14 read, 12 a person named (a country's name after the calling is read as its place: `nhà phân tích
    # Israel Ehud Yaari`; not `nhà sản xuất`, a manufacturer as often as a producer: `nhà sản xuất Hàn Quốc chưa …`)
    "nhà phê bình", "nhà nghiên cứu", "nhà sử học", "nhà khoa học", "nhà phân tích", "nhà hoạt động", "nhà thiết kế",
    "nhà ngoại giao", "nhà kinh tế học", "nhà nhiếp ảnh", "nhà soạn nhạc", "nhà văn hóa", "nhà giáo dục",
    "nhà triết học", "nhà vật lý", "nhà toán học",
    # (and the economist, with or without `học`, chief or not: `Nhà kinh tế Carsten Brzeski từ ngân hàng ING Diba, cho
    # rằng`, `nhà kinh tế trưởng Yoshiki Shinke của Viện …`): `[Nn]hà kinh tế (trưởng )?` + a capital, no plural marker,
    # over the 35,440 baomoi articles: 8 hits in 7 articles, all read, 7 a person named (the 8th `nhà kinh tế Trung Đông`,
    # which the place tables read as a place)
    "nhà kinh tế", "nhà kinh tế trưởng",
    # the premier of a federal state or a devolved nation (`Thủ hiến bang Hessen Volker Bouffier`, `Thủ hiến Scotland
    # Nicola Sturgeon`, `Thủ hiến Catalonia Carles Puigdemont`): CS cgrep `[Tt]hủ hiến (bang )?[A-Z]` 41 hits over
    # baomoi-dev (19 articles), 10 read, 10 the office (7 with its holder's name)
    "thủ hiến",
    # the offices of courts, procuracies and investigators (`thẩm phán Ngô Tiến Phong, Tòa Hình sự, TAND TP Hà Nội cho
    # rằng`, `Thẩm phán Nghiêm Thị Lượng, Chánh tòa Hình sự, TAND tỉnh Bắc Ninh`, `nguyên kiểm sát viên VKSND Tối cao`),
    # where no title was read and the person before a name was lost: CS cgrep `([Tt]hẩm phán|[Kk]iểm sát viên|[Đđ]iều
    # tra viên|[Cc]hấp hành viên|[Hh]ội thẩm nhân dân) + a capitalised run` 129 hits over baomoi-dev, 12 read, 10 a
    # person named after the office (2 the office before a court's name, no one named: no person read)
    "thẩm phán", "kiểm sát viên", "điều tra viên", "chấp hành viên", "thẩm tra viên", "hội thẩm nhân dân",
    "chánh tòa", "phó chánh tòa",
    # and a prosecutor abroad (`Công tố viên Colombia Nelson Martinez cho biết`, `công tố viên John Gibbs`, `Phó công tố
    # viên Muhammad Iskandar Ahmad`): `[Cc]ông tố viên` + a capitalised run over the 35,440 baomoi articles: 42 hits in
    # 38 articles, 12 read, 9 a person named after the office (3 `các công tố viên Tây Ban Nha`, prosecutors of a
    # country, where the plural marker names no one)
    "công tố viên", "phó công tố viên", "tổng công tố viên",
    # the Party's standing secretary, whose office names the body it sits on (`Thường trực Ban Bí thư Đinh Thế Huynh gửi
    # lẵng hoa`, `Chủ trì họp báo là Tổng Bí thư A cùng Thường trực Ban Bí thư Trần Cẩm Tú, …`): CS cgrep `Thường trực
    # Ban Bí thư` 10 hits over baomoi-dev, 10 read, 9 the office of a person named before or after it (1 the body's
    # decision, no name)
    "thường trực ban bí thư",
)
# Heads that a field in lower case follows before the name (`chuyên gia kinh tế Cấn Văn Lực`, `Chuyên
# gia tâm lý Suniya Luthar`, `chuyên gia về tên lửa Mỹ David Wright`): at most FIELD_HEAD_WORDS words,
# `về` among them; after the plural markers (`Các chuyên gia Kaspersky Lab`) the head names no one.
FIELD_HEADS = frozenset({"chuyên gia"})
# Heads read the same way whose holders are no commentators (`expert_only`): an official's field (`quan chức an ninh`).
OFFICIAL_FIELD_HEADS = frozenset({"quan chức"})
# Compounds whose second word opens such a head (`cơ quan chức năng`, the authorities).
HEAD_SPLITTING_COMPOUNDS = frozenset({"cơ quan"})
_FIELD_READ_HEADS = FIELD_HEADS | OFFICIAL_FIELD_HEADS
# A director's field in lower case right after the office (`Giám đốc kỹ thuật Công ty FPT`, `Giám đốc sáng tạo của chương
# trình`, `Giám đốc đầu tư, Công ty Chứng khoán MBS`, `Tổng giám đốc điều hành` is an office of its own): the field is the
# title's, the body or the name follows it. CS cgrep `(Phó |Tổng )?[Gg]iám đốc <field>` over the 35,440 baomoi articles:
# 228 hits in 165 articles, 12 read, 12 the director of that field (a run of titles had stopped at `Giám đốc`); not
# `phụ trách` (`Phó Giám đốc phụ trách …`, in charge of, a clause).
DIRECTOR_HEADS = frozenset({"giám đốc", "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc"})
DIRECTOR_FIELDS = ("kinh doanh", "tài chính", "đầu tư", "marketing", "kỹ thuật", "nhân sự", "sản xuất", "truyền thông",
                   "sáng tạo", "âm nhạc", "nghệ thuật", "chiến lược", "vận hành", "công nghệ", "bán hàng", "thương mại",
                   "đối ngoại", "chuyên môn", "tiếp thị", "thiết kế", "pháp lý", "nghiên cứu", "sản phẩm", "pháp chế",
                   # a region's, a country's, a branch's, a programme's, a project's director (`Giám đốc khu vực Đông Nam
                   # Á của CSIS`, `Giám đốc quốc gia của Việt Nam, Lào và Campuchia, Google …`, `Giám đốc chi nhánh Vận
                   # tải đường sắt …`, `giám đốc chương trình An ninh Toàn cầu`, `Giám đốc phát triển Chương trình Kinh tế
                   # Fulbright`): CS cgrep `(Phó |Tổng )?[Gg]iám đốc <one of them> ([A-Z(]|của |tại )` over the 35,440
                   # baomoi articles: 41 hits, 37 read, 35 a director's office (2 plural, no one named)
                   "khu vực", "quốc gia", "chi nhánh", "chương trình", "dự án", "phát triển")
# A deputy in charge of a body (`Phó Giám đốc phụ trách Sở Nông nghiệp …`, `Phó Trưởng ban phụ trách Ban Thực hiện chính
# sách BHYT … Lê Văn Phúc`, `Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị Việt Nam Đôn Tuấn Phong`): the body
# after the words is the office's, as after the head. A title head, `phụ trách` and a capital over the 35,440 baomoi
# articles: 22 hits, all read, all an office in charge of the body; before, the title stopped at the head (9) or the
# person written after it went unread (3).
IN_CHARGE_WORDS = ("phụ", "trách")
# Staff heads that also name a department after its noun (`Vụ Công chức Viên chức`, `Phòng Công chức`): there the
# department's name, not the next title.
STAFF_HEADS = frozenset({"công chức", "viên chức", "chuyên viên"})
# Marks that close such a title set after a name with its field (`TS Lê Đăng Doanh, chuyên gia kinh tế, đánh giá`).
FIELD_CLOSERS = frozenset({",", ")", "-", "–", ";", "."})
FIELD_HEAD_WORDS = 4
# Nouns of a group before the head: its members are unnamed (`đội ngũ chuyên gia tư vấn tâm lý Thành Đạt`, a firm).
GROUP_NOUNS = frozenset({"đội ngũ", "nhóm"})
# After the name, closed by a mark, the field may run longer (`ThS Nguyễn Hữu Thiện, chuyên gia nghiên cứu độc lập về
# biến đổi khí hậu, cần nhìn nhận …`): see the commit message for its corpus count.
FIELD_AFTER_NAME_WORDS = 10
FIELD_DASHES = frozenset({"-", "–"})
# The last syllable of an office named after its body's noun (`Cục trưởng`, `Vụ trưởng`, `Viện trưởng`).
OFFICE_HEAD_SUFFIXES = frozenset({"trưởng"})
# Marks that close a body's last field after `và` (`_body_tail`).
FIELD_END_MARKS = frozenset({",", "(", ";", "."})
# Words that qualify an office right after its head, before its body or its holder's name (`Phó Chủ tịch cao cấp của Hiệp
# hội Thương mại Hoa Kỳ`, `cố vấn cao cấp Ngân hàng Bưu điện Liên Việt`, `Chủ tịch danh dự Viện Phan Châu Trinh`, `cố vấn
# cao cấp Steve Bannon`): the title's. CS cgrep `(Chủ tịch|Giám đốc|[Cc]ố vấn|[Tt]rợ lý|Phó …|[Cc]huyên gia|[Tt]hanh tra
# viên|[Đđ]ại diện|[Tt]hành viên) (cao cấp|danh dự)( của)? [A-ZĐ]` 28 hits over baomoi-dev, 12 of 12 read the office's
# qualifier (`quan chức cao cấp`, a noun for officials, has no head here); the same with `cấp cao` (`Cố vấn cấp cao Nhà Trắng
# Kellyanne Conway`, `Đại diện cấp cao Liên minh châu Âu`): 47 hits, 10 of 10 read the office's qualifier.
TITLE_QUALIFIERS = ("cao cấp", "cấp cao", "danh dự", "đắc cử", "mới đắc cử", "mãn nhiệm", "sắp mãn nhiệm", "vừa mãn nhiệm")
# Degrees and honorary titles: news writes them in lower case, chained by commas before a name
# (`giáo sư, tiến sỹ khoa học Đặng Lương Mô`), where an office in lower case is mostly a noun
# (`tiếp xúc cử tri, Tổng Bí thư …`).
DEGREES = frozenset({
    "giáo sư", "phó giáo sư", "tiến sĩ", "tiến sỹ", "tiến sĩ khoa học", "tiến sỹ khoa học", "thạc sĩ",
    "thạc sỹ", "bác sĩ", "bác sỹ", "viện sĩ", "viện sỹ", "nhà giáo nhân dân", "nhà giáo ưu tú", "thầy thuốc nhân dân",
    "thầy thuốc ưu tú", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú", "nghệ nhân nhân dân", "nghệ nhân ưu tú",
})
# A state's leader as foreign news names one (`lãnh đạo Palestine Mahmoud Abbas`, `nhà lãnh đạo Triều Tiên Kim
# Jong-un`): a title's head only when a place of PLACES follows, elsewhere a verb or a noun (`lãnh đạo các sở`,
# `dưới sự lãnh đạo của Đảng`). 196 such heads over baomoi-dev stand before a country and a capitalised run
# (cgrep over 22 countries); 12 of 12 read name the leader.
COUNTRY_LEADER_HEADS = ("lãnh đạo", "nhà lãnh đạo")
# And a party's leader (`Lãnh đạo đảng Dân chủ Chuck Schumer nói`, `lãnh đạo đảng cực hữu Mặt trận Quốc gia (FN) Marine Le
# Pen`, `Tim Farron, lãnh đạo đảng Tự do Dân chủ, gọi …`): a title's head before the party's noun, whose name closes it
# as a body's does. 9 of 211 corpus sentences change, 8 right (the commit message). A party named in quotes (`đảng đối
# lập "Batkivshina"`, audit77 a008) is not read.
LED_BODY_NOUNS = ("đảng",)
# The syllable that makes an envoy's office the mission's seat, a body (`Bí thư thứ nhất Đại sứ quán Việt Nam tại
# Israel`, `Tổng lãnh sự quán Mỹ`): after it the head is no title.
OFFICE_SEAT_SUFFIXES = frozenset({"quán"})
# Words that make the office after them another title of its own (`Phó Thị trưởng`, `Quyền
# Tổng thống`, `Phó Tổng Thư ký`): a deputy or acting holder of any office in TITLE_HEADS.
HEAD_PREFIXES = ("phó", "quyền", "nguyên", "cựu")
# Of those, the former holder's (`nguyên Bí thư Thành ủy`, `cựu Tổng thống Barack Obama`): news
# writes them in lower case, and the title is the former one, so they stay in it.
FORMER_PREFIXES = frozenset({"nguyên", "cựu"})
# A holder's nationality written between the title and the name (`Nhà khoa học người Pháp Jean-Christophe Boni tuyên bố
# … tại cuộc họp báo`, `HLV người Đức Frank Bernhardt`): `người` and a country of PLACES.
NATIONALITY_NOUN = "người"
# The newly elected or appointed holder's (`Tân Tổng thống Pháp Emmanuel Macron cho biết`, `tân Đặc khu trưởng Carrie
# Lam đã phát biểu`): written capitalised at a sentence's start it was read as a name's first syllable and the title
# after it as inside that name, and the person was lost. The title keeps the word as written, as `nguyên` and `cựu`
# stay in theirs: the annotators write it so (audit51 a015 `tân trưởng Đặc khu hành chính Hong Kong`, audit56 a006
# `Tân Tổng thống Hàn Quốc`; 2 of 2 gold titles after it).
# grep `[Tt]ân` + an office over the 35,440 baomoi articles: 127 hits capitalised at a sentence's start, 474 in lower
# case; 10 read, 10 an office's new holder.
NEW_HOLDER_PREFIXES = frozenset({"tân"})
# Forms of address that, capitalised right after a capitalised word and before a full name of three syllables, open a
# sentence glued to the headline or caption before it (`_glued_address`). CS grep `[a-z]+ [A-Z]\w* (Ông|Bà) <30 family
# names> [A-Z]\w*( [A-Z]\w*)?` over the 35,440 baomoi articles: 71 hits; of 15 read, 15 a glued sentence's subject.
GLUED_ADDRESS_WORDS = frozenset({"ông", "bà"})
# A ministry's minister and deputy minister: the field after the head names the ministry, a body, even
# without its noun (`Bộ trưởng Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường`).
MINISTRY_HEADS = frozenset({"bộ trưởng", "thứ trưởng"})
# A legislature's chamber as the bracketed gloss of a house's own name (`Duma Quốc gia (Hạ viện) Nga`, `Hội đồng Liên bang
# (Thượng viện) Nga`): `(Hạ viện|Thượng viện)` + a capital over the 35,440 baomoi articles, 9 hits after an office, all
# such a gloss; the house whose name no body word opens (`Duma`) had lost the name after it (audit79 a038).
CHAMBER_GLOSSES = ("hạ viện", "thượng viện")
# Heads whose complement is another office (`Trợ lý Bộ trưởng Bộ Ngoại giao`, `Thư ký Tổng
# thống`): the office after them is part of the same title, not the next one of a chain.
OFFICE_COMPLEMENT_HEADS = ("trợ lý", "trợ lí", "thư ký", "cố vấn", "người phát ngôn", "phát ngôn viên", "đặc phái viên",
                           "thư ký báo chí")
# Bodies named after the office they serve (`Văn phòng Chủ tịch nước`, `Văn phòng Thủ tướng Anh`): an
# office right after one is the body's name, not the next title of a chain.
OFFICE_BODIES = ("văn phòng",)
# Steering committees, whose name goes on with their remit after `về` (`Trưởng ban Chỉ đạo Nhà nước về Du lịch`, `Ban Chỉ
# đạo Trung ương về Phòng chống thiên tai`): CS cgrep `(Ban|Ủy ban|Hội đồng) [Cc]hỉ đạo[^,.;()]{0,30} về [A-ZĐ]` 39 hits over
# baomoi-dev, 10 of 10 read the committee's remit. `về` before a place stays the verb of going (`… về Hà Nội`).
REMIT_BODIES = ("ban chỉ đạo", "ủy ban chỉ đạo")
REMIT_JOINER = "về"
# Envoys, whose office goes on with the country they are sent about (`Đặc phái viên Liên hợp quốc về Iraq Jan Kubis`,
# `Đặc phái viên nước này về Triều Tiên Joseph Yun`, `Đặc phái viên LHQ về Libya Martin Kobler`). An envoy's head, up
# to 40 characters, `về`, a capital and a name after it over the 35,440 baomoi articles: 5 hits in 5 articles, 5 read,
# 5 an envoy's remit (the name lost before); `về` + a place ends the office as `tại` + a place does.
ENVOY_HEADS = ("đặc phái viên", "đặc sứ", "phái viên", "điều phối viên", "báo cáo viên")
# National and state bodies named by their remit after `về`, in either case (`Chủ tịch Ủy ban Quốc gia về biến đổi khí
# hậu chủ trì`, `Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài cho biết`, `Trưởng Ban Chỉ đạo Nhà nước về đổi
# mới đơn vị sự nghiệp công lập đã`, `thành viên Hội đồng Quốc gia về Phát triển bền vững …`). A title head, up to 40
# characters, a capitalised `Quốc gia`/`Nhà nước` and `về` over the 35,440 baomoi articles: 21 hits in 16 articles, all
# read: 18 a body's remit (the office cut at `về` before), 1 an acronym's body and `về` the topic of a report (`Chủ tịch
# UBATGT Quốc gia về tình hình …`, an acronym before `Quốc gia` stays out), 2 a remit after `về các` (left out: `các`
# ends it). The remit runs over lower-case words and places up to a stop word, a verb or a mark, at most this many.
# So the Party's central steering committees (`Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng`, `Ban Chỉ đạo
# Trung ương về phòng chống thiên tai`): `(Ban Chỉ đạo|Ủy ban|Hội đồng) Trung ương về` over the 35,440 baomoi articles 59
# hits, all read, the committee's remit (prec52 A09's source cut the titles of 3 co-chairs at `về`).
NATIONAL_OWNERS = ("quốc gia", "nhà nước", "trung ương")
NATIONAL_REMIT_WORDS = 12
# The ministry (department, province office) a unit belongs to, after a comma between the unit's title and the name:
# `Cục trưởng Cục Quản lý giá, Bộ Tài chính Nguyễn Anh Tuấn`, `Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Giáo dục và Đào tạo
# Phạm Chí Cường`. CS cgrep `(…trưởng|Giám đốc|…) (Cục|Vụ|Phòng|…)…, (Bộ|Sở|Tổng cục|…)… SURNAME` 11 hits over
# baomoi-dev, 11 read: 5 this shape (all lost), 6 titles after a name or no name after (not read by this rule).
PARENT_BODIES = ("bộ", "tổng cục", "sở")
# The ministries whose official names join two fields with `và`, matched whatever the case of the second (`Thứ
# trưởng Bộ Thông tin và truyền thông báo cáo`, `Bộ Kế hoạch và đầu tư`, `Bộ Nông nghiệp và phát triển nông thôn`),
# where a lower-case field after `và` reads as another clause. CS cgrep `Bộ (Thông tin|Nông nghiệp|Tài nguyên|Khoa học|
# Giáo dục|Kế hoạch|…) và [a-zđ]` over the 35,440 baomoi articles: 53 hits in 29 articles, 10 read, 9 the ministry's
# name (1 `Bộ Giáo dục và làm trọn …`, a verb, which the whole name below does not match).
OFFICIAL_MINISTRIES = (
    "bộ thông tin và truyền thông", "bộ nông nghiệp và phát triển nông thôn", "bộ nông nghiệp và môi trường",
    "bộ tài nguyên và môi trường", "bộ khoa học và công nghệ", "bộ giáo dục và đào tạo", "bộ kế hoạch và đầu tư",
    "bộ văn hóa , thể thao và du lịch", "bộ lao động - thương binh và xã hội", "bộ lao động – thương binh và xã hội",
    "bộ lao động , thương binh và xã hội", "bộ dân tộc và tôn giáo",
)
# A province's department of the same field bears the ministry's name (`Phó Giám đốc Sở Giáo dục và đào tạo thành phố Hà
# Nội cho biết`, `Giám đốc Sở Kế hoạch và đầu tư tỉnh Yên Bái`): CS cgrep `Sở (Giáo dục|Tài nguyên|Kế hoạch|…) và [a-zđ]`
# over the 35,440 baomoi articles: 19 hits in 18 articles, 14 read, 11 the department's official name (3 `Sở Văn hóa -
# Thể thao và các quận`, `Sở Nông nghiệp và các đơn vị`: a list, which the whole name does not match).
PROVINCIAL_DEPARTMENT = "sở"
# A steering committee's remit, in lower case, closed by the verb of the sentence (`Phó Thủ tướng Vương Đình Huệ, Trưởng
# Ban chỉ đạo điều hành giá đã chủ trì`, `Trưởng ban chỉ đạo thi quốc gia cho hay`). CS cgrep `(Trưởng|Phó Trưởng|Ủy viên…)
# [Bb]an [Cc]hỉ đạo [a-zđ]` over baomoi-dev: 9 hits where the lower-case words end on a stop word or a verb, 8 a remit
# (`điều hành giá`, `việc chuyển đổi mã vùng` ×3, `thi quốc gia`, `giải`, `giải thưởng`), 1 a verb
# (`tiến hành kiểm tra tại`); the title was cut at `Ban chỉ đạo`.
REMIT_TAIL_WORDS = 5
# Bodies named after the office their members hold together, the presidium (`Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ
# Việt Nam`, `Ủy viên Đoàn Chủ tịch, Trưởng ban Nữ công Tổng LĐLĐVN`): the capitalised noun and the office right after it
# are the body's name, not the next title of a chain. CS cgrep `Đoàn Chủ tịch` 76 hits over baomoi-dev, 10 of 10 read the
# presidium of the Fatherland Front or the Labour Confederation.
# So a command, a secretariat, a parliament's chamber and the parliament's paper (`Tư lệnh Bộ Tư lệnh Thái Bình Dương
# Harry Harris`, `Giám đốc điều hành Ban Thư ký APEC Alan Bollard`, `Chủ tịch Viện Đại biểu Quốc hội Belarus`, `Tổng Biên
# tập Báo Đại biểu Nhân dân`): over the 35,440 baomoi articles `Bộ Tư lệnh` 216 hits, `Ban Thư ký` 22, `Viện Đại biểu` 8,
# `Báo Đại biểu` 3; 10 read of each of the first two, all of them, all the body's name (the title was cut at its noun).
OFFICE_NAMED_BODIES = ("đoàn chủ tịch", "bộ tư lệnh", "ban thư ký", "viện đại biểu", "báo đại biểu")
# Bodies named after the profession they gather (`Hội Nhà văn Việt Nam`, `Hội Nhà báo`, `Hội Nhạc sĩ`): a head
# right after one is the body's name, not the next title of a chain. So after `Liên đoàn`, `Hiệp hội` (`Chủ tịch Liên
# đoàn Luật sư Việt Nam`): over the 35,440 baomoi articles `(Liên đoàn|Hiệp hội|Liên hiệp) <a profession>` 18 hits, all
# `Liên đoàn Luật sư`, the bar federation (its title was cut at `Luật sư`, or its holder named `Luật sư Việt Nam`).
# And a group of members of parliament (`Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Cuba`, `Nhóm nữ đại biểu Quốc hội`):
# `Nhóm (Nghị sĩ|nữ đại biểu)` 34 hits in 18 baomoi articles, 6 read, 5 the group's name.
GUILD_BODIES = frozenset({"hội", "liên đoàn", "nhóm"})
# Heads whose complement is a body, never a person, and that are no title without it: a capitalised
# run after one is the body's name (`Đại diện Central Group`, `đại diện Hội đồng trị sự Nguyễn Phước
# Tộc`), and its holder is named after it (`Ông Dương Anh Tuấn, Đại diện Tập đoàn DOJI cho biết`).
BODY_OF_HEADS = frozenset({"đại diện"})
# Military and police ranks: a title of their own, before the office (`Thượng tướng
# Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng`; `Phó Bí thư …, Đại tướng, Bộ trưởng …`).
RANKS = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
    "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy",
    "đô đốc", "phó đô đốc", "chuẩn đô đốc", "chuẩn tướng",
    # a marshal (Cambodia's `Thống tướng Tea Banh`): 3 corpus hits, each before a name
    "thống tướng",
    # and a general whose grade the foreign news leaves unsaid (`tướng Hertzi Halevi, giám đốc cơ quan tình báo quân đội
    # Israel, cho biết`, prec56 A21; `Tướng Joseph Dunford`): see the commit message for the corpus count
    "tướng",
)
# Of those, the one-word rank read in lower case mid-sentence when a name closes it (`…, tướng Hertzi Halevi, …`), as a
# title of two words or more is.
LOWER_SINGLE_RANKS = frozenset({"tướng"})
# The syllables that make a word of `tướng` with it (`Thủ tướng Đức Angela Merkel` after a glued headline's capital; a
# sports veteran, `lão tướng Juan Veron`, `ái tướng`).
RANK_COMPOUND_FIRSTS = frozenset({"thủ", "đại", "thượng", "trung", "thiếu", "chuẩn", "thống", "danh", "tể", "phó", "tướng",
                                  "lão", "kiện", "ái", "dũng", "hổ", "tì"})
# Academic and honorary titles written as abbreviations, alone or chained with dots or
# hyphens (`GS.TS`, `PGS.TS`, `GS-TS`, `NSƯT`): each part of such a token is looked up here.
TITLE_ABBREVIATIONS = frozenset(
    "gs pgs ts tskh ths bs bsck ks kts ls nsnd nsưt ngnd ngưt đb đbqh hlv".split()
    # a specialist doctor's grade, glued to `BS` or after its dot (`BSCKII Phan Văn Đức - Phó Giám đốc Bệnh viện Quận
    # 2`, `BsCKII X`, `Dự và chủ trì Hội nghị có Bs.CKII Lương Viết Thuần - Bí thư Đảng ủy, Giám đốc Sở Y tế`): cgrep
    # `\bBS\.? ?CK ?(I|II|1|2)\b` 18 hits over baomoi-dev, 8 read, 8 a doctor's degree before the name; CS cgrep
    # `(BS|Bs|bs)\.? ?(CK|ck) ?(II|I|1|2)`: 17 hits in 13 articles, 10 read, 9 the degree (1 `Nữ BSCK I` with no name).
    # Not `CKII` alone: after `BS ` it stays the degree's own word (`BS CK2 Nguyễn Văn Đẫu`)
    + "bscki bsckii bsck1 bsck2 bs.cki bs.ckii bs.ck1 bs.ck2".split()
    # a professor's and a doctor's degrees glued with no mark between (`PGSTS Đỗ Ngọc Mỹ, Phó Hiệu trưởng Nhà trường`, a
    # university's page of web83): no hit over the 35,440 baomoi articles, which mark the join; no word is spelled so
    + "pgsts gsts".split()
)
# Degrees written only joined to another one (`GS-VS Đặng Vũ Minh`, `GS.VS X`: an academician; alone `VS` is
# `versus`): `(GS|PGS)[-.] ?VS` + a capitalised word over the 35,440 baomoi articles 4 hits, all a scholar named after it
# (read no one before); web53 w009.
JOINED_ABBREVIATIONS = frozenset({"vs"})
# A rank alone before a name is no office: a bare office after the name's comma is the ranked person's own, the
# first of a chain (`Đại tá Vũ Nhân Khánh, Phó Giám đốc, Thủ trưởng cơ quan Cảnh sát điều tra …`, `Đại tá Phạm Văn
# Sâm, Tỉnh ủy viên, Phó Bí thư thường trực Đảng ủy quân sự …`), when a separator closes it. CS cgrep a rank, a name,
# `, ` + a bare office + `[,;]` over baomoi-dev: 5 hits, 5 read, 5 the ranked person's own office (the office was
# dropped: after titles written before a name, a bare head after a comma is read as the next clause's subject). So after
# a priest's rank (`Linh mục Gioan Baotixita Nguyễn Văn Riễn, Phó Chủ tịch - Tổng Thư ký …`), and after a degree alone
# (`PGS.TS X, Phó Hiệu trưởng, Trường Đại học Giao thông vận tải …`, audit124 a011: 1 corpus meeting, right).
RANKED_OFFICE_CLOSERS = frozenset({",", ";", "-", "–"})
# Of those, the delegate's (`ĐB`, `ĐBQH`): after `đoàn` they name the delegation.
DELEGATE_ABBREVIATIONS = frozenset({"đb", "đbqh"})
# Words before a bare office that make it a noun for its holders, not a title before a name
# (`các đại biểu`, `những Bộ trưởng`); `của` does so before a delegate (`ý kiến của ĐBQH,
# Chủ nhiệm Ủy ban … X`), not before an office (`sự chủ trì của Bộ trưởng, Chủ nhiệm … X`).
PLURAL_MARKERS = frozenset({"các", "những", "nhiều", "mọi"})
# A capitalised pronoun or demonstrative after a title's dash opens what the person said, no body's next word (`Theo
# ông Lê Văn Thành - Bí thư Thành ủy Hải Phòng - Đây là dự án có ý nghĩa …`): the dash closes the title. find_people
# over the 428 corpus sentences with a dash before one of them: 1 changes, that one (`Điều` left out: `Phòng Kế hoạch -
# Điều độ`, a department's name).
DASHED_CLAUSE_OPENERS = frozenset({"đây", "đó", "đấy", "tôi", "chúng", "nhưng", "tuy", "theo"})
# An office over several ministries, departments or boards after a name is the next item of a list, no title of the
# name before it (`Các Phó Thủ tướng A, B, Vương Đình Huệ, Bộ trưởng các Bộ Công thương, Giao thông vận tải, …`, `…, Thứ
# trưởng các Bộ Ngoại giao, Công an, …`). find_people over the 5,641 corpus sentences with a title of `các|những` after
# a comma: 7 change, all read right (four Deputy Prime Ministers, a Deputy PM's and an Inspector General's titles no
# longer take the ministers' office of the list after them). Not other bodies after `các` (`Giáo sư các đại học Princeton và New York`, `Chánh văn
# phòng các KCX-KCN TP`, `Vụ trưởng các vấn đề Bắc Mỹ`: the person's own office).
PLURAL_OFFICE_BODIES = frozenset({"bộ", "sở", "ban", "ngành"})
# Of those, the ones before an office whose holders are then named in a list (`các thứ trưởng Bộ Công Thương Hoàng Quốc
# Vượng, Cao Quốc Hưng, Đỗ Thắng Hải`, `các Phó Thủ tướng Trương Hòa Bình, Vương Đình Huệ, …`): the office is each bare
# name's of the list.
PLURAL_LIST_MARKERS = frozenset({"các", "những"})
# A count and the noun it counts persons by, before an office with no name (`ý kiến của 4 đồng chí Phó Chủ tịch UBND TP,
# Chủ tịch UBND TP X`, `2 đồng chí Bộ trưởng`, `hai vị Bộ trưởng`): the office is a noun for several holders, not the
# first title of the person named after the comma. CS cgrep `(\d|hai|ba|…|mười) (đồng chí|ông|bà|vị) (Phó |Thứ )?(Chủ
# tịch|Bí thư|…)` 11 hits over baomoi-dev, 11 of 11 read holders counted (none a title of the next name).
COUNT_WORDS = frozenset("hai ba bốn năm sáu bảy tám chín mười".split())
COUNTED_PERSON_NOUNS = ("đồng chí", "vị")
# Words before an office that another person stands in for (`Thay mặt Chủ tịch Quốc hội, Phó Chủ tịch X`): the
# office is its holder's, not a title of the person after the comma.
# So one by whose authority the person acts (`Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy X trao tặng …`): cgrep
# `(thừa|được) ủy quyền (của)? TITLE …,` 16 hits over baomoi-dev, 6 read, each another person acting for the office.
ON_BEHALF_OF = frozenset({"thay mặt", "ủy quyền", "uỷ quyền"})
# Forms of address before a name; never part of it. `đ/c` is `đồng chí` as district and provincial portals abbreviate it
# (`Dự chỉ đạo cuộc họp có đồng chí A, …; đ/c Lê Thị Nga, UV BTV Huyện ủy`), written here as the tokens it splits into
# (baomoi-dev, national press: 1 article, never before a name).
HONORIFICS = ("các đồng chí", "đồng chí", "đ / c", "ông", "bà", "ngài", "anh", "chị", "em", "ht.", "tt.", "nt.", "đđ.", "sc.",
              "ns.",
              # a teacher's (and an older woman's) form of address before a full name (`thầy Nguyễn Văn Thiều cho rằng`,
              # `Cô Nguyễn Thùy Dương, tổ trưởng tổ ngoại ngữ, … cho biết`): CS cgrep `[Cc]ô|[Tt]hầy` + one of the 15
              # commonest family names + a capitalised syllable over the 35,440 baomoi articles, 283 hits in 177
              # articles, 15 read, 15 a person named
              "thầy", "cô")
# Foreign honorifics written capitalised before a name, inside its run, not part of it: the Khmer
# `Samdech` and `Samdech Techo` (`Thủ tướng Campuchia Samdech Techo Hun Sen`, `Samdech Heng Samrin`;
# 47 of 47 corpus hits of `Samdech` stand before a name). Longest first.
NAME_HONORIFICS = ("Samdech Techo", "Samdech")
# Words after which a capitalised run names a person although no honorific stands there:
# a counterpart (`người đồng cấp Nga Vladimir Putin`), the agent of a passive chairing verb
# (`được chủ trì bởi Chung Eui-yong`).
NAME_CUES = ("người đồng cấp", "chủ trì bởi", "điều hành bởi")
# Of those, the role phrases (the person's role is read from them).
AGENT_CUES = ("chủ trì bởi", "điều hành bởi")
# Vietnamese family names (the commonest ~120, including the Central Highlands' Điểu, Ksor,
# Rơ, Y and the `H'` that opens Ê Đê women's names). Used to find where a name starts inside a
# capitalised run that also holds a body's or a place's name (`UBND tỉnh Gia Lai Võ Ngọc Thành`);
# a name standing after a title or a form of address needs no family name from here.
SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh mai "
    "cao đoàn lâm tô hà lương trương doãn điểu chu tạ thái quách kiều tăng lưu triệu la âu "
    "khúc lại mạc nông vương từ phùng tôn thân kim giang châu đàm đào đồng hứa lục mẫn nghiêm "
    "ninh phí quan tống trình tưởng văn vi viên ông bạch biện cù diệp đậu đoạn hàn khổng "
    "khương kha lã lò lạc mã mông nhâm ôn phó quang tiêu trang ung vĩnh yên ksor rơ y h'"
    " lò hầu ma mua sùng giàng thào vàng ngụy thạch lữ bế"
    # rarer Kinh, Tày, Thái family names and the Chinese ones Vietnamese news transliterates
    " uông thiệu khuất cấn chử giáp nhữ tiết thiều khưu lỗ lều tòng sầm quàng lường cầm"
    # Mông and Dao family names (`Mùa A Sáu`, `Hờ A Chu`, `Tẩn Thị Su`): CS cgrep NAME + (A|Thị|Văn|Seo|a capital) + a
    # capital, 52 hits over baomoi-dev; of 17 read, 17 a person's name (not `Lầu`: `Lầu Năm Góc`; not `Khang`: `An
    # Khang Thịnh Vượng`)
    " mùa hờ tẩn"
    # and `Quản` (`Luật sư Quản Văn Minh - Chủ tịch Hội đấu giá viên Hà Nội`, `Ông Quản Chí Công, Phó Chủ tịch UBND`): `Quản`
    # + a capitalised syllable over the 35,440 baomoi articles: 29 hits in 25 articles, 6 a person (the others the
    # district `Quản Bạ` and `Ban Quản Lý`, which no name reading changes); after a title the name had been cut at `Văn`
    " quản".split()
)
# Places and bodies that stand between a title and a foreign name (`Thủ tướng Anh Theresa
# May`) or end a body (`Thành ủy Hà Nội`): countries, capitals, Vietnam's provinces.
PLACES = frozenset(
    p.lower()
    for p in (
        "Mỹ", "Hoa Kỳ", "Anh", "Pháp", "Đức", "CHLB Đức", "Nga", "Trung Quốc", "Nhật Bản", "Nhật",
        # `TQ` is how headlines and some bodies shorten China (`Chủ tịch TQ Tập Cận Bình`): over the 35,440 baomoi
        # articles 12 titles stand before `TQ` and a capitalised name, 12 a Chinese leader (the name had been lost)
        "TQ",
        # the nations of the United Kingdom, a premier's (`Thủ hiến Scotland Nicola Sturgeon`)
        "Scotland", "Wales",
        "Hàn Quốc", "Triều Tiên", "Ấn Độ", "Úc", "Australia", "Canada", "Campuchia", "Lào",
        "Thái Lan", "Singapore", "Malaysia", "Indonesia", "Philippines", "Myanmar", "Brunei",
        "Ukraine", "Israel", "Iran", "Iraq", "Syria", "Italia", "Ý", "Tây Ban Nha", "Bồ Đào Nha",
        "Hà Lan", "Bỉ", "Thụy Điển", "Thụy Sĩ", "Na Uy", "Phần Lan", "Đan Mạch", "Ba Lan", "Séc",
        "Hungary", "Áo", "Hy Lạp", "Thổ Nhĩ Kỳ", "Ai Cập", "Nam Phi", "Brazil", "Argentina",
        "Mexico", "Cuba", "Cu Ba", "Venezuela", "Chile", "Peru", "New Zealand", "Mông Cổ", "Đài Loan",
        "Việt Nam", "EU", "Liên hợp quốc", "LHQ", "ASEAN", "NATO", "WTO", "London", "Paris",
        "Tokyo", "Washington", "Moskva", "Bắc Kinh", "Seoul", "Bình Nhưỡng", "Berlin",
        "Kremlin", "Điện Kremlin", "Nhà Trắng", "Lầu Năm Góc", "Nhà Xanh", "Điện Elysee", "Điện Élysée",
        "Hà Nội", "TP Hồ Chí Minh", "Hồ Chí Minh", "Thành phố Hồ Chí Minh",
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
        "Hà Đông", "Hai Bà Trưng", "Đức Hòa", "Tuy Hòa", "Bà Rịa", "Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Chiểu", "Bà Đen", "Bà Điểm",
        "Italy", "Belarus", "Bulgaria", "Romania", "Serbia", "Croatia", "Slovakia", "Slovenia", "Estonia",
        "Latvia", "Litva", "Ireland", "Luxembourg", "Gruzia", "Armenia", "Azerbaijan", "Kazakhstan",
        "Uzbekistan", "Pakistan", "Afghanistan", "Bangladesh", "Sri Lanka", "Nepal", "Qatar",
        "Kuwait", "Bahrain", "Oman", "Yemen", "Ả Rập Xê-út", "Saudi Arabia", "UAE", "Jordan", "Liban", "Palestine", "Libya",
        "Algeria", "Morocco", "Tunisia", "Nigeria", "Kenya", "Ethiopia", "Angola", "Mozambique",
        "Tanzania", "Sudan", "Nam Sudan", "Colombia", "Chile", "Fiji", "Timor-Leste", "Timor Leste", "Đông Timor",
        # more of Africa's and Europe's (`Bộ trưởng An ninh Mali Salif Traore`): see the commit message for the count
        "Mali", "Niger", "Somalia", "Congo", "Eritrea", "Djibouti", "Mauritania", "Gabon", "Guinea", "Liberia",
        "Kosovo", "Chechnya", "Lebanon", "Cyprus", "Monaco",
        "Cam-pu-chia", "Phi-lip-pin", "Xin-ga-po", "In-đô-nê-xi-a", "Ma-lai-xi-a", "Mi-an-ma",
        "Bru-nây", "Ốt-xtrây-li-a", "Liên bang Nga", "Liên Xô",
        # the formal names joint statements and state visits write (`Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump`,
        # `Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình`): a title, the name and a capital over the 35,440
        # baomoi articles, 24 hits in 19 articles, the leader named in all (read before as no one)
        "Hợp chúng quốc Hoa Kỳ", "Cộng hòa Nhân dân Trung Hoa", "CHND Trung Hoa", "Trung Hoa",
        "Cộng hòa Séc", "Hong Kong", "Hồng Kông", "Ma Cao", "Vatican",
        # countries of the Americas, Africa, Europe and Oceania that titles name (`Ngoại trưởng
        # Nicaragua Denis Moncada`, `Tổng thống Moldova Igor Dodon`); none a given name
        "Nicaragua", "Moldova", "Honduras", "Guatemala", "Panama", "Costa Rica", "El Salvador",
        "Ecuador", "Bolivia", "Paraguay", "Uruguay", "Haiti", "Jamaica", "Zimbabwe", "Zambia",
        "Namibia", "Botswana", "Uganda", "Rwanda", "Ghana", "Senegal", "Cameroon", "Madagascar",
        "Mauritius", "Montenegro", "Macedonia", "Bosnia", "Albania", "Lithuania", "Iceland",
        "Malta", "Síp", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Maldives", "Bhutan",
        "Papua New Guinea", "Samoa", "Tonga", "Vanuatu", "Nauru", "Cô-oét", "Ả Rập Saudi",
        # regions and seas, some shaped like a person's name (`Thái Bình Dương`, `Châu Mỹ`)
        "Thái Bình Dương", "Đại Tây Dương", "Ấn Độ Dương", "Bắc Băng Dương", "Châu Á", "Châu Âu",
        "Châu Mỹ", "Châu Phi", "Châu Úc", "Đông Nam Á", "Nam Á", "Trung Đông", "Biển Đông",
        "Hoàng Sa", "Trường Sa", "Tây Bắc", "Đông Bắc", "Nam Bộ", "Tây Nam Bộ", "Bắc Bộ", "Trung Bộ",
        # countries as the state media transliterate them, the syllables of a word joined by hyphens (`Thủ tướng
        # Pa-ki-xtan Na-oa Sa ríp`, `Tổng thống U-dơ-bê-ki-xtan Sa-vkat Mi-ri-di-ô-ép`); the English name of Czechia
        # (`Tổng thống Cộng hòa Czech Milos Zeman`). Before the list a hyphenated run after a head was read as a name
        # with the country in it: cgrep `(Thủ tướng|Tổng thống|Chủ tịch|Bộ trưởng|Ngoại trưởng|Đại sứ|…) X-y… [A-Z]`
        # over baomoi-dev, 90 hits: 39 a country added here, 22 one listed above, 29 a
        # given name (`Vla-đi-mia Pu-tin`)
        "Pa-ki-xtan", "Phi-li-pin", "U-dơ-bê-ki-xtan", "Bê-la-rút", "Cu-ba", "Ca-ta", "U-crai-na", "Tuy-ni-di",
        "I-xra-en", "I-ta-li-a", "Ha-i-ti", "Chi-lê", "Ca-na-đa", "An-giê-ri", "A-rập Xê-út", "Ả-rập Xê-út",
        "Ả-rập Saudi", "Ca-dắc-xtan", "Ác-hen-ti-na", "Bra-xin", "Mê-hi-cô", "Vê-nê-xu-ê-la", "Pê-ru",
        "Ni-ca-ra-goa", "Hung-ga-ri", "Bun-ga-ri", "Ru-ma-ni", "Xéc-bi-a", "Ai-len", "Áp-ga-ni-xtan",
        "Băng-la-đét", "Nê-pan", "Xri Lan-ca", "Mô-dăm-bích", "Ăng-gô-la", "Ma-rốc", "Ni-giê-ri-a",
        "Ô-xtrây-li-a", "Niu Di-lân", "I-ran", "I-rắc", "Xy-ri", "Li-băng", "Pa-le-xtin", "Tan-da-ni-a",
        "Ê-ti-ô-pi-a", "Kê-ni-a", "Tát-gi-ki-xtan", "Cư-rơ-gư-xtan", "Tuốc-mê-ni-xtan", "Ác-mê-ni-a",
        "A-déc-bai-gian", "Gru-di-a", "Lít-va", "Lát-vi-a", "E-xtô-ni-a", "Xlô-va-ki-a", "Xlô-ve-ni-a",
        "Crô-a-ti-a", "Cô-lôm-bi-a", "Ê-cu-a-đo", "Bô-li-vi-a", "Pa-na-ma", "Ti-mo Lét-xtê", "Mô-dăm-bích",
        "Czech", "Cộng hòa Czech", "CH Séc",
        # China's provinces and cities in their Sino-Vietnamese names, every syllable a Vietnamese one, some opening
        # with a family name (`Phó Tỉnh trưởng tỉnh Giang Tô Phương Vĩ`, `Bí thư tỉnh Sơn Đông Quách Thụ Thanh`): before
        # the list the province ran into its holder's name. CS grep `(tỉnh|thành phố) (one of them) [A-ZĐ]…` 18 hits
        # over the 35,440 baomoi articles, 18 read: 9 the place then its holder's name (`tỉnh Phúc Kiến Vu Vĩ Quốc`), 9
        # the place before another capitalised word (`tỉnh Vân Nam Trung Quốc`); none a person's name. Not `An Huy`,
        # `Hải Nam`, `Thanh Hải`: given names (`Nguyễn An Huy` attends a meeting of the corpus).
        "Giang Tô", "Chiết Giang", "Quảng Đông", "Quảng Tây", "Tứ Xuyên", "Sơn Đông", "Thiểm Tây", "Hắc Long Giang",
        "Liêu Ninh", "Thượng Hải", "Quý Châu", "Cam Túc", "Giang Tây", "Hồ Bắc", "Hà Bắc", "Phúc Kiến", "Vân Nam",
        "Hồ Nam", "Thiên Tân", "Trùng Khánh",
    )
)
# Lower-case words and phrases that belong to a body's name inside a title
# (`Chủ tịch UBND huyện`, `Ủy viên Ban thường vụ`, `Bộ trưởng Bộ công an`).
BODY_WORDS = (
    "tỉnh", "huyện", "thành phố", "xã", "phường", "quận", "thị xã", "thị trấn", "tp", "tx",
    "thường trực", "thường trú", "thường vụ", "nhân dân", "ủy ban", "sở", "ban", "bộ", "phòng", "cục", "vụ",
    "viện", "trung tâm", "công ty", "hội", "đoàn", "đảng ủy", "chính phủ", "quốc hội",
    # the national news agency, whose last syllable is also a commune's word (`Nguyễn Đức Lợi, Tổng Giám đốc (TGĐ) Thông
    # Tấn xã Việt Nam; Trần Bình Minh, …`, audit125 a029: `Thông Tấn` had been read as a person, and the whole attendance
    # list lost): capitalised so in 2 of the 35,440 baomoi articles (36 write `Thông tấn xã`, read already); 1 meeting
    # regains its 5 guests
    "thông tấn xã",
    # federations and associations written lower-case (`Chủ tịch liên đoàn LS Việt Nam`, `Chủ tịch hiệp hội du lịch Đà
    # Nẵng`), whose first syllable `liên`, `hiệp` stopped the title: CS cgrep an office + `liên đoàn|hiệp hội|liên hiệp`
    # in lower case over the 35,440 baomoi articles: 8 hits in 8 articles, each the office's body
    "liên đoàn", "hiệp hội", "liên hiệp",
    "nhà nước", "trung ương", "đảng", "công an", "ủy", "nước", "hội đồng", "khóa", "quỹ",
    # party committees of a city, district or town written lower-case (`Bí thư thành ủy TP.HCM`)
    "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
    # a national body (`Chủ tịch Duma Quốc gia Nga`, `Cố vấn An ninh Quốc gia`)
    "quốc gia",
    # a state's long name, whose syllables open verbs (`Chủ tịch nước Cộng hòa dân chủ nhân dân Lào`,
    # `Cộng hòa xã hội chủ nghĩa Việt Nam`)
    "cộng hòa", "xã hội chủ nghĩa", "dân chủ",
    # a police squad or a sports team (`Đội trưởng Đội Điều tra`, `HLV đội tuyển Việt Nam`)
    "đội", "quân đội",
    # a command written in lower case (`Chỉ huy trưởng Bộ chỉ huy Quân sự (CHQS) tỉnh Huaphan`, `Bộ chỉ huy BĐBP tỉnh`,
    # `Bộ chỉ huy Thái Bình Dương`), whose `chỉ` ends a title elsewhere: CS grep `[Bb]ộ chỉ huy [A-ZĐ]` 40 hits over the
    # 35,440 baomoi articles, 10 read, 10 a command's name (BĐBP, Quân sự, Thái Bình Dương, Trung tâm, IS)
    "bộ chỉ huy",
    # fields of departments whose syllables also open verbs (`thông báo`, `truyền đạt`)
    "giao thông", "truyền thông", "viễn thông", "vận tải",
    # `Đài Tiếng nói Việt Nam`: the radio's name holds a verb's syllable
    "tiếng nói",
    # preventive medicine, a field that names a department, an institute and a health centre in every province
    # (`Cục trưởng Cục Y tế dự phòng`, `Giám đốc Trung tâm Y tế dự phòng tỉnh Trà Vinh`), whose `dự` is a verb
    # elsewhere: cgrep `y tế dự phòng` 203 hits over baomoi-dev, 10 of 10 read a body's name
    "y tế dự phòng",
    # an office held full-time, written between the head and its body (`Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc
    # gia`, `Ủy viên chuyên trách của Ủy ban Tư pháp`): cgrep `(chủ tịch|bí thư|ủy viên|phó|thành viên|đại biểu quốc
    # hội) chuyên trách` 14 hits over baomoi-dev, 10 of 10 read the office's modifier
    "chuyên trách",
    # a party's, an army's or a fund's name (`Tổng thư ký Đảng Dân chủ Tự do Nhật Bản`, `Quân đội Syria Tự do`), whose `do`
    # ends a title elsewhere: CS cgrep `[A-Z]\w+ Tự do` 25 hits over baomoi-dev, 10 of 10 read a body's name
    "tự do",
    # the air defence - air force, a service of the army, whose `không` ends a title elsewhere (`Cục phó cục tác chiến
    # Quân chủng Phòng không không quân`, `Báo Phòng không – Không quân`): cgrep `phòng không [-–]? ?không quân` 82 hits
    # over baomoi-dev, 10 of 10 read the service's name (a bare `phòng không` also closes a clause: `Bộ Quốc phòng không
    # chậm`, `Hải Phòng không chỉ`, so only the pair)
    "phòng không không quân", "phòng không - không quân", "phòng không – không quân",
    # a bloc of a party's or a union's bodies, and the party cell of a body's office (`Ủy viên Ban Chấp hành Đoàn khối
    # các cơ quan Trung ương`, `Bí thư Đảng ủy cơ quan Thành đoàn TP.HCM`): cgrep `khối các cơ quan` 30 hits over
    # baomoi-dev, 6 of 6 read a body's name; CS cgrep `(bộ|ủy|đoàn|Đảng) cơ quan [A-ZĐ]` 13 hits, 12 a body's name
    "khối các cơ quan", "cơ quan",
    # a university's faculty or a hospital's department after an office (`Phó Chủ nhiệm Khoa Xây dựng Đảng`, `Phó trưởng
    # Khoa Bệnh nhiệt đới`, `Bác sĩ Khoa Hồi sức tích cực`), no name's first syllable: CS cgrep `(Chủ nhiệm|Trưởng|…)
    # Khoa [A-ZĐ]` 91 hits over baomoi-dev, 12 read, 11 the department's name (1 `Trưởng Khoa` + a name, a head of its own)
    "khoa",
    # a grassroots unit or a campus, after its body (`Chủ tịch Công đoàn cơ sở, Phó Chánh Văn phòng Tỉnh uỷ`, `Phó Bí
    # thư Đoàn cơ sở của Phòng Cảnh sát cơ động`, `Trưởng khoa … Bệnh viện K cơ sở Tân Triều`), whose `sở` is a body's
    # noun elsewhere: CS cgrep a title, up to 30 characters, a capitalised word + `cơ sở`, with `Công đoàn cơ sở`: 7 hits
    # over baomoi-dev, 7 read, 6 the unit's name (1 `Trên cơ sở`, after a colon, which no title reaches)
    "cơ sở",
    # the supreme court and procuracy (`Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình`, `Viện trưởng Viện KSND tối
    # cao`), whose `tối` ends a title elsewhere (an evening), and a procuracy written in lower case (`Viện trưởng Viện
    # kiểm sát nhân dân tỉnh Quảng Trị`), whose `kiểm` opens a verb elsewhere: cgrep `(trưởng|chánh án|thẩm phán|…)
    # [^,.;]{0,40} tối cao` 206 hits over baomoi-dev, 10 read, 10 the supreme body's name
    "tối cao", "kiểm sát",
    # the school a head or a board runs, named by its noun (`ông Phạm Đức Khiêm, Hiệu trưởng nhà trường cho rằng`, `Ban
    # giám hiệu nhà trường`), where the title stopped at the head: cgrep `(hiệu trưởng|hiệu phó|công đoàn|giám hiệu|…)
    # nhà trường` 86 hits over baomoi-dev, 10 read, 10 the school the office is of
    "nhà trường",
    # a project, the remit of a management board written in lower case (`Giám đốc Ban quản lý dự án đường sắt đô thị
    # Hà Nội`, `Phó Giám đốc Ban quản lý dự án Hà Tĩnh Phan Thành Biển`), whose `dự` is the verb of attending
    # elsewhere (a TITLE_STOP): the title stopped at `quản lý` and its holder was lost. grep a title + `Ban quản lý dự
    # án` over the 35,440 baomoi articles: 36 hits; 12 read of titles before the board, 12 the board's name
    "dự án",
    # equipment, the trade a company is named by (`Chủ tịch HĐQT Tổng công ty Thiết bị Y tế Việt Nam`, `Giám đốc Cty CP
    # Sách và Thiết bị trường học Hà Tĩnh`), whose `bị` is the passive elsewhere (a TITLE_STOP): the title was cut
    # at `Thiết`: grep a title + `[Tt]hiết bị` over the 35,440 baomoi articles, 10 hits, 3 a company's trade (the
    # 7 others end at a verb before it)
    "thiết bị",
    # children and mothers, whom departments and funds are named for (`Vụ trưởng Vụ Sức khỏe Bà mẹ - Trẻ em`, `Cục trưởng
    # Cục Trẻ em`, `Quỹ Bảo trợ trẻ em Việt Nam`), whose `bà`, `em` are forms of address elsewhere: the title was cut
    # before them, or lost with its holder's titles
    "trẻ em", "bà mẹ",
    # corruption and the general staff, what steering committees, departments and staffs are named for (`Trưởng Ban Chỉ
    # đạo Trung ương về phòng, chống tham nhũng`, `Cục trưởng Cục chống tham nhũng`, `Bộ Tổng tham mưu`), whose `tham` is
    # the attending verb elsewhere (a TITLE_STOP): the title was cut before them
    "tham nhũng", "tham mưu",
)
# Marks that glue a brand's parts (`Bệnh viện Thẩm mỹ Kim Cương A&B`, `Hà Nội T&T`): a capitalised run glued to one
# is the brand's name, not a person's after the title (`Kim Cương A` was a director). CS grep `<30 family names>( [A-Z]\w*)+
# ?[A-Z]*&[A-Z]` over the 35,440 baomoi articles: 31 hits, all read (two forms: a hospital's, a football club's), 31 a brand.
BRAND_JOINERS = frozenset({"&"})
# Federations named by their members after `các`/`những` (`Chủ tịch Hiệp hội các nhà bán lẻ Việt Nam`, `Giám đốc Trung
# tâm … thuộc Hiệp hội các trường đại học, cao đẳng Việt Nam`, `Liên hiệp các tổ chức hữu nghị`), whose `các` ends a
# title elsewhere (a TITLE_STOP): the title was cut at the federation's noun. grep `(Hiệp hội|Liên hiệp|Liên đoàn|Liên
# minh) (các|những) [a-z]` over the 35,440 baomoi articles: 144 hits, 10 read, 10 a body's name.
FEDERATION_BODIES = ("hiệp hội", "liên hiệp", "liên đoàn", "liên minh")
# Two-syllable words whose second syllable opens a body word (`Ngoại giao` + `thông tin`, read as `giao thông`): the
# body word is not read there (`Vụ trưởng Vụ Chính sách đối ngoại - Bộ Ngoại giao thông tin chuyên đề`). CS cgrep
# `Ngoại giao thông (tin|báo|qua|điệp)`: 4 hits over baomoi-dev, 4 read, 4 the ministry and a verb.
CLOSED_BEFORE_BODY_WORD = frozenset({"ngoại giao"})
# Capitalised nouns that open a body: after a title in the chain that follows a name, a
# piece that starts with one is written as part of the person's titles
# (`…, Giám đốc Ban hợp tác phát triển, Văn phòng hợp tác quốc tế`).
BODY_HEADS = (
    "sở", "bộ", "ban", "cục", "chi cục", "vụ", "viện", "văn phòng", "ủy ban", "ubnd", "hđnd",
    # (and `UB`, how the press shortens `Ủy ban`: `Chủ nhiệm UB Tài chính ngân sách X`, `ủy viên thường trực UB Kinh tế`;
    # `UB` + a capital over the 35,440 baomoi articles: 139 hits in 53 articles, 15 read, 15 a committee)
    "ub",
    "trung tâm", "công ty", "cty", "tổng cty", "tập đoàn", "tổng công ty", "ngân hàng", "hội", "hội đồng",
    "trường", "đại học", "học viện", "bệnh viện", "báo", "đài", "tạp chí", "cơ quan",
    "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "đảng ủy", "mặt trận", "liên đoàn",
    "thành phố", "tỉnh", "huyện", "quận", "phòng", "đoàn", "hiệp hội", "dự án", "ban quản lý", "ban quản lí", "quỹ",
    # (and the units below a district, so that a commune after a title's comma is the title's place: `Phó trưởng thôn
    # Hoành, xã Đồng Tâm`; a title + `, ` + one of them + a capital over the 35,440 baomoi articles: 43 hits, 10 read, 9
    # the person's commune)
    "xã", "phường", "thị xã", "thị trấn",
    # a government's web portal (`Tổng Giám đốc Cổng Thông tin điện tử Chính phủ Nguyễn Hồng Sâm`, where `Cổng Thông` was
    # read as the name): `Cổng (Thông tin|TTĐT)` 113 hits in 86 baomoi articles, none after an office there (the portals'
    # own pages write it)
    "cổng thông tin", "cổng ttđt",
    # a scheme, as a project (`ông X, Chủ nhiệm Đề án quy hoạch du lịch trên bán đảo Sơn Trà`, whose title stopped at
    # `Đề`): a head + `[Đđ]ề án` over the 35,440 baomoi articles, 3 hits, 3 the scheme a person heads
    "đề án",
    # unions, alliances and clubs (`Liên minh Nghị viện thế giới (IPU)`, `Câu lạc bộ truyền thống …`)
    "liên minh", "liên hiệp", "câu lạc bộ",
    # a management board or a zone (`Giám đốc Khu quản lý giao thông đô thị số 1`, `Khu bảo tồn biển`)
    "khu",
    # a diplomatic mission (`Bí thư thứ nhất Đại sứ quán Nhật Bản tại Lào`)
    "đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán",
    # a legislature's chamber, also as the bracketed other name of a house (`Chủ tịch Viện Đại biểu Quốc hội (Hạ viện)
    # Belarus Vladimir Andreichenko`, `Chủ tịch Thượng viện (Hội đồng Liên bang) Nga`)
    "thượng viện", "hạ viện", "nghị viện",
    # the police's departments and squads (`Phòng Cảnh sát giao thông`, `Tổ chức Cảnh sát hình sự quốc tế (Interpol)`,
    # whose title was cut at `Cảnh`): CS cgrep `(Chủ tịch|Giám đốc|Trưởng|…|Phòng|Cục|Đội|Tổ chức) Cảnh sát` 821 hits
    # over baomoi-dev, 10 of 10 read a body's name; the Youth Union (`Bí thư Đoàn Thanh niên Bộ Xây dựng`, where
    # `Đoàn Thanh` was read as a person's name): CS cgrep `Đoàn [Tt]hanh niên` 51 hits, 10 of 10 the union
    "cảnh sát", "đoàn thanh niên",
    # a general department, the parent of a department after a comma (`Vụ trưởng Vụ Quản lý công trình và an toàn
    # đập, Tổng Cục thủy lợi`, `Phó Tổng Cục trưởng, Tổng cục hậu cần Bộ Công an`, where the titles stopped at the
    # comma): CS cgrep `(trưởng|đốc|Vụ|Cục|tịch) …, Tổng [Cc]ục` 45 hits over baomoi-dev, 10 read, 10 the parent body
    # (3 after a person's title, 7 in a list of bodies)
    "tổng cục",
    # a programme (`Giám đốc Chương trình mục tiêu …`, `Giám đốc Đào tạo Chương trình giảng dạy kinh tế Fulbright`, where
    # the title stopped at `Chương`): CS cgrep `(Giám đốc|Trưởng|Chủ nhiệm|…) [Cc]hương trình` 11 hits over baomoi-dev,
    # 8 read, 8 the programme a person heads
    "chương trình",
    # a subcommittee, its name mostly in lower case (`ông Trần Đức Thuận, Trưởng tiểu ban quản lý khu di tích Bát Tràng`,
    # `Trưởng Tiểu ban soạn thảo Cương lĩnh`): CS cgrep `(Trưởng|Phó|Ủy viên|Thành viên) [Tt]iểu [Bb]an` 4 hits over
    # baomoi-dev, 4 of 4 a subcommittee's name after it
    "tiểu ban",
    # a university by its abbreviation, the parent of a unit after a comma (`ông X, Trưởng phòng Đào tạo, ĐH Bách khoa Hà
    # Nội, cho hay`, `Trưởng khoa Kinh tế, ĐH Quốc gia Hà Nội`), where the titles stopped at the comma: CS grep `(trưởng|
    # Giám đốc|…)…, ĐH [A-ZĐ]` over the 35,440 baomoi articles, 20 hits, 10 read, 10 the parent university
    "đh",
    # a team or a working group, whose head is an office (`Tổ trưởng Tổ công tác của Thủ tướng`, `Tổ phó Tổ công tác`,
    # where `Tổ Công` was read as a name)
    "tổ", "tổ công tác",
    # a group, caucus or working group (`Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Cuba, Thượng tướng X`, `đồng Chủ tịch
    # Nhóm ASEAN của Quốc hội Mỹ`, `Trưởng Nhóm Công tác công nghiệp Ô tô - Xe máy`), where the titles stopped and the
    # list with them: an office or `đại diện` before `Nhóm` over the 35,440 baomoi articles, 17 hits, 12 read, 12 a body
    "nhóm",
    # an emulation bloc or cluster, the grouping the civil service runs its emulation campaigns in, which holds its own
    # conferences (`Cụm thi đua số 4 CATP Hà Nội đã tổ chức hội nghị ký giao ước`, `Hội nghị tổng kết công tác thi đua …
    # của Khối thi đua các phòng tham mưu …`): `(Khối|Cụm) thi đua` over the 35,440 baomoi articles 2 hits, 2 the body
    # (provincial portals write it more)
    "khối thi đua", "cụm thi đua",
)
# Event nouns that open with a body's head (`hội`): after a person's titles they open what the person said, never a body
# the person belongs to (`Theo ông X, Chủ tịch Viện Hàn lâm …, Hội thảo là sự kiện khoa học quan trọng …`). Titles so
# read among the meetings' people over the 35,440 baomoi articles: 0.
EVENTS_LIKE_BODIES = frozenset({("hội", "nghị"), ("hội", "thảo"), ("hội", "đàm"), ("hội", "chợ"), ("hội", "diễn"),
                                ("hội", "thi")})
# Body nouns that a name of the body's own follows (`Bệnh viện Bạch Mai`, `Công ty Hợp Lực`):
# a capitalised run right after one names the body, not a person, however it is shaped.
NAMED_BODY_HEADS = ("bệnh viện", "trường", "công ty", "cty", "tổng công ty", "tập đoàn", "ngân hàng", "báo",
                    "đài", "tạp chí", "hội", "hiệp hội", "liên đoàn", "trung tâm", "học viện", "đại học",
                    "viện", "quỹ")
# Of those, the nouns written in lower case right after a title's head, before the body's own name (`Tổng Biên tập
# báo Nhân Dân`, `Hiệu trưởng trường THPT Phan Đình Phùng`, `Giám đốc bệnh viện Bạch Mai`), where the title stopped at
# the noun: CS cgrep `(Giám đốc|Biên tập|Hiệu trưởng|Chủ tịch|…) (bệnh viện|trường|tập đoàn|…) [A-ZĐ0-9]` 242 hits
# over baomoi-dev, 13 of 14 read a body's noun and name (1 a place's name after the noun). Those that are
# BODY_WORDS (`công ty`, `hội`, `viện`) are read as such.
# The body's own name has at least this many syllables (`Bạch Mai`, `Nhân Dân`, `Chu Văn An`): after such a noun a
# person's name starts no sooner.
BODY_OWN_NAME_MIN = 2
# A school's level written as an abbreviation between its noun and its name (`Trường THPT Chu Văn An`, `trường ĐH Y Phạm
# Ngọc Thạch`): the name after it is the school's too. Other acronyms after a body's noun are its name (`Đài TNVN`, `Hội
# NDVN`), a person's name may follow them.
SCHOOL_LEVELS = frozenset({"thpt", "thcs", "đh", "cđ", "ptth", "ptcs", "ptdtnt"})
# The kind of a school, a company or a hospital, written in lower case (or as a company form's acronym) between the
# body's noun and its own name (`Hiệu trưởng trường mầm non Sen Vàng`, `Trường tiểu học Hải An`, `Công ty cổ phần Đại
# Dương`, `công ty TNHH Dương Dũng`, `Bệnh viện đa khoa Đức Giang`): the name after it is the body's, of
# BODY_OWN_NAME_MIN syllables at least, and a person's name may follow it. Lower-case words after `(Trường|Công ty|Cty|
# Bệnh viện|…)` over baomoi-dev: `mầm non` 348, `tiểu học` 157, `đại học` 122, `trung học phổ thông` 24, `mẫu giáo` 16
# after `trường`; `đa khoa` (+ unit) 550 after `bệnh viện`; `cổ phần` 40+, `TNHH` 120 sentences after `công ty`. Of 15
# sentences read where one stands between a title and a capitalised run, 15 a body's kind and name; the title stopped
# at the noun before (`Hiệu trưởng` alone), and a two-syllable name of the body was read as a person (`Giám đốc công ty
# TNHH Dương Dũng`, `Hiệu trưởng Trường mầm non Đồng Thắng`).
BODY_KINDS = ("mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở", "trung học phổ thông", "trung học", "phổ thông",
              "dân tộc nội trú", "phổ thông dân tộc nội trú", "chuyên", "đại học", "cao đẳng", "trung cấp", "tư thục",
              "cổ phần", "trách nhiệm hữu hạn", "một thành viên", "đa khoa", "đa khoa khu vực", "quân y", "tâm thần",
              "ung bướu", "phụ sản", "y học cổ truyền")
BODY_KIND_ACRONYMS = SCHOOL_LEVELS | frozenset({"tnhh", "mtv", "tmcp"})
# The nouns such a kind follows.
KINDED_BODY_HEADS = ("trường", "công ty", "cty", "tổng công ty", "bệnh viện", "ngân hàng")
# A company's form may be followed by its line of business in lower case before its own name (`Giám đốc Công ty cổ phần
# cung ứng dịch vụ Hà Thành`, `Chủ tịch HĐQT Công ty cổ phần nông nghiệp quốc tế Hoàng Anh Gia Lai`, `Giám đốc Công ty
# TNHH xây dựng Vũ Hoàng Dương`), at most this many words: the capitalised run after them is the company's name, not
# the person's. find_people over the 3,119 sentences of the 35,440 baomoi articles with a company's noun and form: see
# the commit message.
COMPANY_HEADS = ("công ty", "cty", "tổng công ty")
COMPANY_FIELD_WORDS = 5
LOWER_NAMED_BODY_HEADS = ("bệnh viện", "trường", "tổng công ty", "tập đoàn", "ngân hàng", "báo", "đài", "tạp chí",
                          "hiệp hội", "liên đoàn", "học viện", "đại học", "cty",
                          # an airport, a hotel (`nguyên giám đốc sân bay Tân Sơn Nhất`, `Giám đốc sân bay Iqaluit`,
                          # `Tổng giám đốc khách sạn Rex`): CS cgrep `(giám đốc|trưởng|chủ tịch|phó …|chỉ huy) (sân
                          # bay|cảng hàng không|cảng|nhà máy|khách sạn|bảo tàng) [A-ZĐ]` 8 hits over baomoi-dev (6
                          # articles), 7 read a body's noun and name (the title after a name was lost)
                          "sân bay", "khách sạn")
# Nouns after which a capitalised run is a place's name, never a person's (`đường Lê Lợi`,
# `cầu Trần Thị Lý`, `trường Nguyễn Du`).
# (`xứ`, a parish or a region: `Chánh xứ giáo xứ Kim Hòa`, `xứ Nghệ`)
# (`đền`, `chùa`, `miếu`: a temple, a pagoda, a shrine, often named after a person or a dynasty: `Trưởng ban tổ chức Lễ
# Khai ấn đền Trần Nam Định`, where `Trần Nam Định` was read as a person; CS cgrep `(đền|chùa) [A-ZĐ]\w* [A-ZĐ]` 750 hits
# over baomoi-dev, 10 of 10 read a temple's or a pagoda's name; not `đình`, which `gia đình` writes)
PLACE_NOUNS = frozenset("đường phố số cầu chợ trường sông núi đảo làng thôn ấp bản khu vùng miền xứ đền chùa miếu".split())
# Words that end in a place noun but name no place (`Bộ Nông nghiệp và Phát triển nông thôn
# Nguyễn Xuân Cường`, `Thứ trưởng Bộ Tài nguyên và Môi trường Nguyễn Linh Ngọc`): a capitalised run after them may be
# a person's name (`môi trường` is the environment, no school: `trường Nguyễn Du` is one).
# Nor `số` of the digital economy's words (`Cục trưởng Cục Chuyển đổi số Nguyễn Thành Phúc`, `Vụ Kinh tế số`): the last
# two words of `chuyển đổi số`, `kinh tế số`, `chính phủ số` (0 hits over the 35,440 baomoi articles of 2017, before the
# words were coined; no place is named after them).
NOT_PLACE_COMPOUNDS = frozenset({"nông thôn", "miền núi", "môi trường", "đổi số", "tế số", "phủ số"})
# A city noun that ends in a place noun (`phố`, a street): after it a place of the table may be
# followed by a name (`Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân`).
CITY_NOUNS = frozenset({"thành phố"})
# The lengths of a name that follows such a noun with no place of the table: cgrep (title) … thành phố (family name)
# + 2–3 capitalised words: 76 sentences of baomoi-dev, all but `Hồ Chí Minh` (in PLACES) a person after the city.
CITY_HOLDER_NAME = frozenset({3, 4})
# Of those, the length read in the titles set after a person's name, where the run closes the titles of the next person
# of a list (`Bí thư Thành ủy Hải phòng Lê Văn Thành, Chủ tịch UBND Thành phố Nguyễn Văn Tùng, …`): the regex of
# CITY_HOLDER_NAME after `, <title>`, 18 hits over baomoi-dev, 18 of 18 a person (3 of 4 syllables; a city of four,
# `Phan Rang Tháp Chàm`, stays the city's).
CITY_HOLDER_NAME_AFTER_NAME = frozenset({3})
# Foreign units written in lower case between a title and the unit's own name, then the holder's name (`Thống đốc
# bang California Jerry Brown`, `Thống đốc tỉnh Aichi Hideaki Omura`, `Thị trưởng thành phố New York Bill de Blasio`,
# `Cảnh sát trưởng hạt Polk Johnny Moats`): the run after the unit is the place (one word, or more while the last
# opens a compound place: `New York`, `New South Wales`, `Saint Petersburg`, `Nam Carolina`), then a foreign name of
# two words at least. CS cgrep (title) (0-3 words) `(bang|thành phố|tỉnh|vùng|hạt)` + 3-6 capitalised words spelled
# without Vietnamese tones: 82 hits over baomoi-dev, 70 a unit and its holder, of which 67 read so (3 a name of three
# words after a place; 2 a run of place only, `Thủ hiến bang New South Wales,`, which stays no one); `bang` after
# `Liên` is `Liên bang`, a federation, whose run the places table reads.
FOREIGN_UNITS = frozenset({"bang", "hạt", "tỉnh", "thành phố"})
FOREIGN_UNIT_WORDS = frozenset({"bang", "hạt"})  # units the body words do not hold
FOREIGN_UNIT_NOT_AFTER = frozenset({"liên"})
PLACE_OPENERS = frozenset("new saint san santa st nam bắc tây đông north south west east los las rio port fort".split())
FOREIGN_HOLDER_MIN = 2
# Administrative units: a capitalised run after one ends a title before a name
# (`Chủ tịch UBND tỉnh Phạm Minh Đức`), but in the titles written after a person's name it
# is the unit's own name, often a person's (`bà X, Bí thư phường Nguyễn Thái Bình`).
ADMIN_UNITS = frozenset("tỉnh huyện xã phường quận thị trấn thành phố tp tx".split())
# The length of a run right after one of those units, inside a title before its holder's name, that is the unit's name
# and no person's, whatever its first syllable (`Chủ tịch UBND xã Yên Thắng cho biết`, `Trưởng Công an xã Đồng Lương`,
# `Phó Chủ tịch UBND phường Thái Học, ông X`, `Giám đốc Trung tâm Y tế huyện Kim Bôi`): a unit's name of two syllables
# opens with a family name as often as not. Over baomoi-dev, runs of a family name and one more capitalised word after
# a unit word that the grammar read as a person: 59, 55 read a unit's name (12 of 12 of those before a comma), 2 a
# person (`Phó Chủ tịch UBND tỉnh Trần Châu`, twice); the person's name after the unit's is read as before. Not after
# a province (PROVINCE_UNITS), whose names are all in PLACES: a run there that is none is a person's.
UNIT_NAME_ONLY_WORDS = 2
# A run this long after a unit's word holds the unit's name before the holder's (no Vietnamese name runs to five
# syllables but the Lao and Khmer ones, which no family name of the table opens after their first two).
UNIT_AND_NAME_WORDS = 5
# A compass word right after a unit opens the unit's name, and is not all of it (`quận Nam Từ Liêm`, `huyện Bắc Trà My`):
# the words after it are no person's name. CS cgrep `(quận|huyện|xã|phường|thị xã|tỉnh|thị trấn) (Nam|Bắc|Tây|Đông)
# [A-ZĐ]\w+ [A-ZĐ]\w+` before a lower-case word or a mark: 297 hits over baomoi-dev, 10 of 10 read a place (`Nam Từ Liêm`
# 116, `Nam Trà My` 83, `Bắc Từ Liêm` 67); `Chủ tịch UBND quận Nam` + `Từ Liêm` was read a person.
COMPASS_WORDS = frozenset({"nam", "bắc", "tây", "đông"})
PROVINCE_UNITS = frozenset({"tỉnh"})
# The units whose Party committee is written as the unit's syllable and `ủy` (`Huyện ủy`, `Quận ủy`, `Thị ủy`, `Thành
# ủy`): the run after the committee is the unit's name as after the unit's own word (`đồng chí X- Tỉnh ủy viên, Bí thư
# Huyện ủy Đak Pơ nhấn mạnh`, web75 w001, had named a person `Đak Pơ`). CS cgrep `(Huyện|Quận|Thị|Thành) ủy` + two
# capitalised words before a lower-case word or a mark over the 35,440 baomoi articles: 336 hits, 14 read, 14 the unit's
# name (`Quận ủy Thanh Khê`, `Thị ủy Buôn Hồ`, `Huyện ủy Sốp Cộp`); of the hits whose run opens on a family name, every
# one read is `Hà Nội`, `Phan Thiết`, `Hội An` or a three-syllable name cut by a typo (`Thành ủy Võ Công trí`).
COMMITTEE_UNITS = frozenset({"huyện", "quận", "thị", "thành"})
COMMITTEE_SUFFIX = "ủy"
# The lengths of a run after `tỉnh` that, when no province in PLACES opens it and a family name does, is the next
# person's name, not the province's (the table holds all 63 provinces; none bears a person's name of three or four
# syllables): `Lê Trí Thanh, Chủ tịch UBND tỉnh; Chủ tịch UBMTTQ Việt Nam tỉnh Võ Xuân Ca`.
PROVINCE_HOLDER_NAME = frozenset({3, 4})
# Of those, the units that cities name after historical persons (`phường Lê Đại Hành`,
# `phường Nguyễn Cư Trinh`): a three-syllable run after one is not a person's name.
STREET_NAMED_UNITS = frozenset({"phường"})
# Of those, the urban units that cities number (`Phó Chủ tịch UBND quận 8`, `Chủ tịch UBND phường 7`): the number ends
# the body's name in a title. `(Chủ tịch|Bí thư|Trưởng|Giám đốc|Phó)… (UBND |HĐND |…)?(quận|phường) <1-2 digits>` 143
# hits over baomoi-dev, 10 read: 9 a numbered district or ward a title names, 1 a district after a verb (`Bí thư Thành
# ủy nhắc nhở quận 2`, where the verb already ends the title).
# And the numbered departments and teams of the police and the ministries (`Đại tá X, Trưởng phòng 3, Cục An ninh …`,
# `Phó trưởng phòng 5, Cục Cảnh sát …`, `Đội trưởng Đội 6, phụ trách quận …`): `(Phó )?(Trưởng|Đội trưởng) (phòng|đội)
# <digits>` over the 35,440 baomoi articles 26 hits, all read, 26 a numbered unit the title names (the number was
# left out, and the titles after it with it).
NUMBERED_UNITS = frozenset({"quận", "phường", "phòng", "đội"})
# A city's or a town's abbreviation closed by its dot before the unit's name (`Chủ tịch UBND TP. Thanh Hóa`, `Giám đốc
# Công an TP. Hà Nội`): the dot is the abbreviation's, the body's name goes on. CS cgrep `(Chủ tịch|Bí thư|Giám
# đốc|Phó \w+|Trưởng|Thành ủy|UBND|HĐND|Công an) (TP|Tp|TX|Q|P)\. [A-ZĐ]` 302 hits over baomoi-dev, 10 of 10 read
# the unit's name after the dot.
DOTTED_UNITS = frozenset({"tp", "tx"})
# A steering committee named by the number of the decision that set it up (`Phó Trưởng Ban thường trực Ban Chỉ đạo 1237
# cùng đại diện chính quyền …`, `Trưởng Ban Chỉ đạo 389 quốc gia`): the number ends its name, up to four digits (not a
# year). CS cgrep `Ban [Cc]hỉ đạo \d{3,4}` over the 35,440 baomoi articles: 41 hits in 17 articles, 10 read, 10 the
# committee's name (389 on smuggling, 896 on population data, 1237 on war dead); a title had kept `Ban Chỉ` or `Ban Chỉ
# đạo` without it (prec30).
COMMITTEE_NUMBER_DIGITS = 4
COMMITTEE_NUMBERED_AFTER = frozenset({"đạo"})
COMMITTEE_SCOPES = ("quốc gia", "tỉnh", "thành phố", "huyện", "cấp tỉnh", "cấp huyện", "trung ương")
# Words that end a title phrase wherever they stand: auxiliaries, prepositions,
# conjunctions, determiners, forms of address, time words.
# (`lại`, on the other hand or again, after an office: `Tổng Giám đốc Công ty Cổ phần Đại Dương lại cho rằng`; find_people
# over the 685 sentences of the 35,440 baomoi articles with an office and `lại` after it: 3 changed, all 3 offices cut
# where they end, one no longer cut inside `Biểu diễn`)
TITLE_STOP = frozenset(
    "đã sẽ đang vừa dự tham cho nói có là của tại với về đến tới trong khi được cùng cũng và "
    "hay hoặc ngày sáng chiều tối hôm năm tháng lúc tuần các "
    "những một này đó còn thì mà nên vì do bị để rằng bên trước sau giữa theo như từ qua trên dưới "
    "kiêm xuống lại".split()
)
# Verbs that end a title phrase when they follow it (`Chủ tịch UBND tỉnh phát biểu`); inside a
# body's name they may be a later syllable (`Ban hợp tác phát triển`).
TITLE_VERBS = frozenset(
    "chủ phát thông nhấn yêu đề chỉ kết ghi nêu trả biết lên bày báo đánh khẳng gửi trao tặng "
    "tiếp làm ký đi đón mời người nhận thăm kiểm đọc triệu cảm ra lưu trình điều chia giải "
    "công cho không "
    # acting for a body (`thầy X – Hiệu trưởng nhà trường thay mặt cho Ban lãnh đạo đã chia sẻ …`, a school's page of the
    # web sets, where the lower-case tail had run on to the capitalised body): CS cgrep a title + up to 60 characters +
    # `thay mặt` over the 35,440 baomoi articles, 30 hits in 28 articles, 10 read, 10 a person acting for a body (none
    # of the titles vnmeet read there runs over it; `thay` opens no word of a body's name in any corpus title)
    "thay "
    # reading a text out (`…, Chánh Văn phòng Ban Trị sự GHPGVN tỉnh tuyên đọc Diễn văn …`, web61 w007): the tail had run
    # on to `tuyên`; see the commit message for the corpus count
    "tuyên".split()
)
# Organizing an event, after a body's name (`…, Chỉ huy trưởng, Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị tổng kết …`):
# the body is the clause's subject and the verb ends it, before a capitalised word (the event's name); not after the
# committee's noun, which it names (`Phó trưởng ban tổ chức Lễ hội chọi trâu`). CS cgrep `[A-ZĐ]\w* [a-zđ]\w* tổ chức
# (Hội|Lễ|Đại hội|Hội nghị|…)`: 71 hits over baomoi-dev, 10 read, 10 the verb; `(ban|Ban|phòng|Phòng) tổ chức (…)`: 39
# hits, 6 read, 6 the organizing committee's name.
ORGANIZING_VERBS = ("tổ chức",)
ORGANIZING_COMMITTEES = frozenset({"ban"})
# At most this many lower-case words continue a body's name inside a title, and only when
# a capitalised word, a separator or the end follows them (`Ban hợp tác phát triển,`,
# `Bộ chính trị,`): a verb phrase after a title is never closed that way.
BODY_TAIL_WORDS = 6
# A body's name in sentence case after its noun (`Ban Công tác đại biểu`, `Trung tâm Phát triển bền vững`): at most
# this many lower-case words after its one capitalised word, closed by an auxiliary (SENTENCE_CASE_CLOSERS), a speech
# verb or `của` and an owner (`_sentence_case_body`). Five since `Viện Nghiên cứu phát triển du lịch khẳng định`: CS
# grep `(Viện|Trung tâm|Ban|Cục|Vụ|Phòng|Hội|Sở|Trường|Khoa|Quỹ) [A-ZĐ]\w+` + 5 lower-case words + an auxiliary or a
# speech verb, 22 hits over the 35,440 baomoi articles: 15 a body's name of five lower-case words (`Cục Quản lý lao
# động ngoài nước đang`, `Trung tâm Khí tượng thủy văn quốc gia cho biết`, `Viện Kỹ thuật cơ giới quân sự`), 15 of 15
# right; 7 a run a stop word or a verb closes sooner (`Tây Ban Nha … và`), which the rule does not reach.
SENTENCE_CASE_TAIL_WORDS = 5
SENTENCE_CASE_CLOSERS = frozenset({"đã", "vừa", "sẽ", "đang", "cũng"})
# A hyphen glued to a word and followed by a space: a compound broken in two (`Paris Ile-de- France`), whose first
# half is no person's name. Grep `[A-ZĐ]\w+-\w+- [A-ZĐ]\w+` over the 35,440 baomoi articles: 12 hits, 12 a broken
# compound (`Ile-de- France` 4, `VH-TT- DL` 3, `GS-TS- NGND`), none a person's name; the tail of five words below
# read `Ile-de` as the holder of `Vụ trưởng Vụ … của CCI Paris` (the rule drops a one-word name so broken only).
BROKEN_HYPHEN = "- "
# Words of those lower-case tails that open on a verb's syllable (TITLE_VERBS) and name a body's field, no predicate
# (`ông X, Viện trưởng Viện Nghiên cứu phát triển du lịch khẳng định`, `Viện Nghiên cứu phát triển thành phố cho
# biết`): CS grep a body's noun + a capitalised word + lower-case words with `phát triển` + a closer, 1 hit over the
# 35,440 baomoi articles, right; the titles before a name already read it so. Not `công nghệ`: its tails end on
# `thông tin`, which the closers read as a speech verb.
# Nouns of a force, not of a body, that such a field follows too (`Cơ quan Cảnh sát điều tra`, `Phòng Cảnh sát điều tra
# tội phạm về ma túy`).
FIELD_BODY_NOUNS = ("cảnh sát",)
SENTENCE_CASE_NOUNS = ("phát triển",
                       # and the fields of centres, departments and police agencies (`Giám đốc Trung tâm phát triển quỹ
                       # đất tỉnh`, `Giám đốc Trung tâm điều hành giao thông`, `Cơ quan Cảnh sát điều tra`), read after
                       # a body's noun (`_body_named_before_tail`)
                       "điều hành", "điều tra", "kiểm định", "giải quyết", "kiểm soát", "tiếp nhận", "lưu trữ",
                       # (`Đội trưởng Đội chỉ huy giao thông`, `Trung tâm điều phối tạng quốc gia`, `Đội kiểm tra hành
                       # chính`, `Trưởng phòng công thương huyện`, `Trưởng khoa điều trị tích cực`)
                       "chỉ huy", "điều phối", "kiểm tra", "công thương", "điều trị")
# Two-syllable words of a body's field whose second syllable is a verb elsewhere (TITLE_VERBS), written with the first
# syllable capitalised right after the body's noun (`Trung tâm Dự báo khí tượng thủy văn trung ương`, `Trung tâm Đăng
# kiểm xe cơ giới`, `Văn phòng Đăng ký đất đai`, `Cục Đăng ký quốc gia giao dịch bảo đảm`, `Tổng cục Tình báo quốc
# phòng`): the verb's syllable ended the title inside the word (`Giám đốc Trung tâm Dự`), and where the holder's name
# followed the field no one was read. CS grep a body's noun + a capitalised syllable + a TITLE_VERBS syllable + a
# lower-case word over the 35,440 baomoi articles: of the pairs that make a word, `Dự báo` 53, `Đăng kiểm` 44, `Đăng
# ký` 28, `Tình báo` 10, `Nhà báo` 8, `Thư ký` 4 (the rest a place's last syllable before a verb, `Tây Ban Nha cho`,
# or a field the body words already hold, `Giao thông`).
CAPITAL_FIELD_WORDS = ("dự báo", "đăng kiểm", "đăng ký", "tình báo", "nhà báo", "thư ký",
                       # (`Mặt trận Đoàn kết phát triển Tổ quốc Campuchia`: 5 corpus hits, the 2 sentences it changes right)
                       "đoàn kết")
# Lower-case words that continue a committee's name after `Ban`.
BAN_NAMES = ("chỉ đạo", "tổ chức", "quản lý", "chấp hành", "thường vụ", "đại diện", "dân vận",
             "tuyên giáo", "kinh tế", "nội chính", "pháp chế", "văn hóa - xã hội",
             # a project's coordinating board (`Giám đốc Ban điều phối Dự án …`)
             "điều phối",
             # the Party's inspection committees (`Chủ nhiệm Ủy ban kiểm tra Trung ương Trần Quốc Vượng`): cgrep
             # (case-sensitive) `[Bb]an kiểm tra`, 59 hits over baomoi-dev, 10 read, 9 the committee's name
             "kiểm tra",
             # a committee's work in lower case (`Trưởng ban công tác đặc biệt tỉnh`, `Phó Ban công tác phụ nữ phía Nam`):
             # CS cgrep `[Bb]an công tác [a-z]`, 11 hits over baomoi-dev, 11 read, 11 a committee's name
             "công tác",
             # the National Assembly's social affairs committee (`Ủy viên Thường trực Ủy ban về các vấn đề xã hội của
             # Quốc hội`): CS cgrep `Ủy ban (về )?các vấn đề xã hội`, 15 hits over baomoi-dev, 10 read, 10 the committee.
             # Its official name capitalises the `Về`, and so do 18 of the 19 hits of `Ủy ban Về [a-z]` over the 35,440
             # baomoi articles (all read, all the committee; the title was cut at `Về`, or lost, before).
             "các vấn đề xã hội", "về các vấn đề xã hội")
# Capitalised words that open a sentence or a caption, never a name's next syllable: they
# end a name run where a full stop went missing (`… Nguyễn Xuân Phúc Ngày 15/3 …`).
NAME_STOPS = frozenset(
    "ngày sáng trưa chiều tối đêm hôm theo tại trong khi sau trước với về để các những đây "
    "đó nhưng và cũng ảnh nguồn clip video dự tham chủ ông bà ngài nhấn "
    "khẳng cho tin bài cùng".split()
)
# Verbs of two syllables that open a sentence (`Trao đổi với PV, ông …`, `Phát biểu tại …`): their first syllable,
# capitalised before the lower-case second, ends a name run where a full stop went missing after a name or a
# photo credit (`… Irma Wananka Tasti Trao đổi …`, `Ảnh: Đào Ngọc Thạch Trao đổi với …`). The first syllables
# alone are given names (`Nguyễn Tấn Phát`, `Nguyễn Xuân Thảo`): only the pair stops. Over baomoi-dev 110
# capitalised words stand before a capitalised pair; 10/10 read end a caption or a name.
OPENING_VERB_PAIRS = frozenset({"trao đổi", "phát biểu", "chia sẻ", "thảo luận", "trả lời"})
# So do a count and the people or sides it counts (`… Chủ tịch Hội đồng Liên bang Nga V.Matvienko Hai bên bày tỏ …`,
# `người mẫu … Quỳnh Thư Hai người đẹp thân thiết …`): the next sentence's subject after a caption that lost its stop.
# A name then `Hai` + one of these, no stop between, over the 35,440 baomoi articles: 22 hits in 20 articles, 10 read,
# 10 a caption or a sentence run into the next one's subject (`Ba` is kept out: `Địch Lệ Nhiệt Ba người gốc Ürümqi`).
OPENING_COUNT_PAIRS = frozenset({"hai bên", "hai nước", "hai nhà", "hai vị", "hai nguyên", "hai người", "hai đoàn"})
# Capitalised words that open a sentence or a clause before a title (`Theo Phó Chủ tịch UBND
# tỉnh X, …`, `Khi Bộ trưởng X …`, `Đón Tổng thống X, …`): a title after one is not a syllable
# inside a capitalised run (`quận Hai Bà Trưng`, `Đoàn Chủ tịch`), so it is read.
# Of those, the verbs: the title after one is their object (`Tiếp Chủ tịch Tập đoàn P&G, Thủ
# tướng X …`), so a comma after it does not chain it to the next person's titles.
# The classifiers that make a meeting noun of such a verb (`cuộc tiếp`, `buổi gặp`): the titles after it are the
# object's too. Over the corpus output 5 hosts lost a visitor's titles (`Tại cuộc tiếp Chủ tịch kiêm Giám đốc điều hành
# Tập đoàn Vamed, Thủ tướng X`, `Tại cuộc gặp Ngoại trưởng Nga, Đặc phái viên Mistura`).
# (in a frame before the clause's subject, `Tại cuộc tiếp …, Thủ tướng X`; not after it, where the titles after the
# comma go on naming the one received: `X đã có buổi tiếp Ủy viên Bộ Chính trị …, Chủ tịch Quốc hội Cuba Y`)
# So after `sau` and `trước` (`Sau cuộc tiếp Thị trưởng Rotterdam, Thủ tướng Chính phủ X …`, `vài ngày sau cuộc gặp Tổng
# thống Putin`): `(Sau|Trước) (cuộc|buổi) (tiếp|gặp|đón) TITLE …,` over the 35,440 baomoi articles: 2 hits, 2 the
# object's title.
EVENT_CLASSIFIERS = frozenset({"cuộc", "buổi"})
FRAME_PREPOSITIONS = frozenset({"tại", "trong", "sau", "trước"})
CONCURRENT_OFFICE_JOINERS = frozenset({"kiêm"})
# A photo's credit glued before the next sentence (`Ảnh Báo Công Thương Thủ tướng Chính phủ Nguyễn Xuân Phúc tham dự`,
# `Ảnh: Hồng Đức Ông Nguyễn Ngọc Vui, người canh giữ …`): the capitalised run after `Ảnh` is the credit, and a title or a
# form of address inside it opens a person, not a syllable of the credit. Over the sentences of the baomoi-dev output,
# `Ảnh:? CAPS{1,4} (title|Ông|Bà …)` stands 528 times, a person opened there at 212 before, 329 now; of 25 changed sentences read
# 25 right (a full name or one met again).
CREDIT_WORDS = frozenset({"ảnh"})
CREDIT_MAX_WORDS = 5
# `Do` (by, because) opening a sentence before an agent (`Do Phó Hiệu trưởng Nguyễn Xuân Long chủ trì, cuộc họp có sự
# tham gia của …`): a word of its own, not a run the title stands inside. CS cgrep a sentence opening on `Do` + a title
# or a body: 2 hits over baomoi-dev (`Do Bộ Giáo dục vừa công bố …`, `Do Viện Nghiên cứu chiến lược (IISS) … khởi
# xướng`), both the conjunction; the web sample's university page writes it before the chair.
AGENT_OPENERS = frozenset({"do"})
VERB_OPENERS = frozenset("đón thưa xin gặp tiếp thay mời nghe chúc cảm tiễn hỏi".split())
# And verbs of two words that open a sentence on the office they address (`Chất vấn Bộ trưởng Kế hoạch và Đầu tư, ĐB Lê
# Công Nhường (Bình Định) dẫn báo cáo …`, `Trả lời Bí thư Thành ủy …, ông X cho biết`): the office is the verb's object,
# not the next person's title. CS cgrep such an opener + an office + `,` + a person over the 35,440 baomoi articles: 5
# hits, all read, each the office addressed. `Đáp lời Thủ tướng, ông X, Chủ tịch Công ty Y cho rằng` (prec54 A09): 1 hit,
# right.
VERB_OPENER_PHRASES = frozenset({"chất vấn", "trả lời", "đáp lời", "cảm ơn", "phỏng vấn"})
# A preposition whose object is an office written before a comma, in a phrase that opens the sentence or the clause
# (`Tiếp tục tranh luận với Bộ trưởng, đại biểu X bày tỏ`, `Tại cuộc gặp với Tổng Giám đốc WHO, Thủ tướng X`, `Báo cáo
# với Bí thư Thành ủy, Phó Giám đốc Sở X cho biết`): the office is the one addressed, not the first title of the person
# after the comma, the clause's subject. Not after a subject and its verb (`Chủ tịch nước X đã hội đàm với Tổng Bí thư,
# Chủ tịch Trung Quốc Y`, `phóng viên đã trao đổi với Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Y`): there the chain
# and the name after it are the object's. PREDICATE_WORDS mark a subject's verb before the preposition.
OBJECT_PREPOSITIONS = frozenset({"với"})
# A sentence opening on taking up what another said (`Đồng ý với những đề xuất của Chủ tịch Thượng viện Haiti, Chủ tịch
# Quốc hội X cho rằng`, `Nhất trí với so sánh của Phó Thủ tướng Hà Lan, Thủ tướng X cho rằng`): the title after `của`
# and before the comma is the other speaker's, not the subject's. Over the corpus sentences that open on one of these,
# then `của`, a title and a comma (67), 4 gave that title to the subject named after the comma, all wrong; the rest
# name the owner (`… của Thủ tướng Nguyễn Xuân Phúc, Thủ tướng Lào X`) or no title.
RESPONSE_OPENERS = ("đồng ý", "đồng tình", "nhất trí", "cảm ơn", "cám ơn", "hoan nghênh", "tiếp thu", "ghi nhận",
                    "trả lời", "đánh giá cao", "chia sẻ", "thống nhất", "tán thành", "phản hồi")
PREDICATE_WORDS = frozenset({"đã", "có", "sẽ", "đang", "vừa"})
# The reporter's contacting (`Liên lạc với Phó ban tổ chức Hoa hậu Việt Nam 2014, bà X chia sẻ`): the office is the
# person's, set before the name the reporter reached.
CONTACT_VERBS = frozenset({"liên lạc", "liên hệ"})
CLAUSE_OPENERS = NAME_STOPS | VERB_OPENERS | frozenset(
    "còn việc khi nếu nhưng hiện là như được cả ngoài có vậy riêng đến cùng sau cuối đầu".split()
) | AGENT_OPENERS
# Prepositions that open a sentence, written with a capital inside a title only where a caption's stop was lost before
# the next sentence (`ĐB X, Chủ tịch liên đoàn luật sư Việt Nam Tại hội nghị, ĐB X cho rằng`): a lower-case word after
# one, the title ends before it. find_people over the 111 sentences of the 35,440 baomoi articles that hold such a shape
# or a lower-case federation (BODY_WORDS), old against new: 7 titles mended (`… Cộng hòa Séc Trong` -> `… Cộng hòa Séc`),
# none worse.
GLUED_SENTENCE_OPENERS = frozenset({"tại", "trong", "theo", "sau", "khi", "trước", "về"})
# Verbs of stating written with a capital inside a title open the next sentence glued to it (`… Chủ nhiệm Ủy ban Bảo vệ
# Chăm sóc trẻ em VN Phát biểu chỉ đạo tại buổi lễ, …`, `… (JBAV) Phát biểu tại VBF …`); not the stating nouns a body's
# name holds (`Ban Chỉ đạo công tác Thông tin - tuyên truyền`). find_people over the 729 corpus sentences with one of
# them capitalised after a lower-case word: 2 titles mended, none worse.
GLUED_STATEMENT_VERBS = ("phát biểu", "cho biết", "nhấn mạnh", "khẳng định", "cho rằng", "nhận định", "tuyên bố", "chia sẻ")
# Titles whose syllables are also common middle and given names: inside a capitalised run,
# written each with a capital, they are the name's (`Ông Nguyễn Tiến Sỹ`), not a title.
NAME_SHAPED_HEADS = frozenset({"tiến sĩ", "tiến sỹ"})
# A name has at most this many syllables (ethnic-minority names run to five:
# `Y Thanh Hà Niê Kđăm`).
NAME_MAX = 5
# Lower-case particles that stand inside Arabic, Dutch, German, Romance and Portuguese names
# (`Mohammed bin Salman`, `Robin van Persie`, `Ursula von der Leyen`, `Lula da Silva`); and, as written in lower case
# only (`Al Green`, `Al Thani` are names), the Arabic article apart (`Bashar al Assad`, `Abdalla al Ashal`) and the
# Filipino `dela` (`Ronald dela Rosa`): CS cgrep a capitalised word, `al`/`dela`, a capital over the 35,440 baomoi
# articles: 38 sentences, find_people changed in 16, all 16 read right (a name cut at the particle or missed, now
# whole). `la` is left out: `De la Cruz` after a country's name reads the capital `De` as the country's.
NAME_PARTICLES = frozenset("bin bint ibn de van von der den da dos del di".split())
LOWER_CASE_PARTICLES = frozenset({"al", "dela"})
# Catholic clergy ranks, before the saint's name a priest is called by and the family name (`linh mục Giuse Nguyễn Văn
# Tịch, Chánh xứ Tây Hải`, `Linh mục Gioan Baotixita Nguyễn Văn Riễn, Phó Chủ tịch …`): the saint's name is part of the
# name (RECORD: the full name), not of the rank. CS cgrep a rank + a saint's name + a capital: 3 hits over baomoi-dev in 2
# articles, 3 read, 3 a priest so named.
CLERGY_RANKS = ("linh mục", "giám mục", "tổng giám mục", "hồng y")
BAPTISMAL_WORDS_MAX = 2
# `do X làm Trưởng đoàn` (who heads the delegation at the event) is the person's part in the event, told by a verb, not
# a title held: RECORD's titles are the offices written with the name. The web14-16 gold files (pages of 7 sites that
# write `do X, TITLE làm Trưởng đoàn`) give X only the titles written with the name (web13 t15 alone adds `Trưởng đoàn`).
# `làm trưởng đoàn` still makes X an attendee (ATTEND_VERBS).
# Separators that chain titles to each other and to a name; `kiêm` (concurrently) joins two
# offices held at once (`Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao`).
TITLE_SEPARATORS = (",", "-", "–", "kiêm", "(")


def _index(phrases: tuple[str, ...] | frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, longest first: a table look-up per token, not a scan."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    for seqs in by_first.values():
        seqs.sort(key=len, reverse=True)
    return by_first


# A word, a dotted abbreviation (`GS.TS`, `TP.HCM`, `Q.1`) or one punctuation mark.
# A Buddhist monastic's rank abbreviated before the Dharma family name every Vietnamese monk and nun takes (`HT. Thích Tâm
# Thủy`, `TT. Thích Phước Nguyên`, `NT. Thích Nữ Hạnh Quang`, `ĐĐ. Thích …`): one token, an honorific (the portals of the
# Buddhist Sangha write it before every name). Only before `Thích`: `TT.` is a town elsewhere (`UBND TT.Hậu Nghĩa`).
# 0 hits over the 35,440 baomoi articles, which write the ranks out (`Hòa thượng Thích …`, a title there).
CLERGY_ABBREVIATIONS = ("HT.", "TT.", "NT.", "ĐĐ.", "SC.", "NS.")
# A name's initial with its dot (`Marc E. Knapper`, `Dwight D. Eisenhower`: the sentence splitter keeps them whole) is one
# token, a syllable of the name.
# (the name after it may open on a Vietnamese letter, as the transliterations do: `Thủ tướng A. Cô-bi-a-cốp`, audit126
# a029; `V. An-đơ-rây-tren-cô` was read already): with core.tokenize's hyphenated word, a capital, a dot and a
# capitalised hyphenated word stand 20 times in 9 baomoi articles, all read: 3 meetings gain 3 persons, all right)
_INITIAL = r"(?<![\w.])[A-Z]\.(?=\s+[A-ZĐ][a-zà-ỹđ])|"
_TOKEN_RE = re.compile(r"(?:" + "|".join(re.escape(a) for a in CLERGY_ABBREVIATIONS) + r")(?=\s*Thích\s)|" + _INITIAL
                       + r"\w+(?:[-'’.]\w+)*|[^\w\s]")
# `_TOKEN_RE` where the text holds no `Thích`, which its first branch needs: the same tokens, without trying the six
# abbreviations at every token (a third of the engine's work a token).
_PLAIN_TOKEN_RE = re.compile(_INITIAL + r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_TITLE_SEQS = _index((*TITLE_HEADS, *RANKS))
_RANK_SEQS = _index(RANKS)
_ORGANIZING_SEQS = _index(ORGANIZING_VERBS)
_CLERGY_SEQS = _index(CLERGY_RANKS)
_RANK_WORDS = frozenset(normalize_tone(r) for r in (*RANKS, *CLERGY_RANKS))
_LEADER_SEQS = _index(COUNTRY_LEADER_HEADS)
_LED_BODY_SEQS = _index(LED_BODY_NOUNS)
_BODY_OF_SEQS = _index(BODY_OF_HEADS)
_CUE_SEQS = _index(NAME_CUES)
_AGENT_SEQS = _index(AGENT_CUES)
_RESPONSE_SEQS = _index(RESPONSE_OPENERS)
_COMPLEMENT_SEQS = _index(OFFICE_COMPLEMENT_HEADS)
_CHAMBER_GLOSS_SEQS = _index(CHAMBER_GLOSSES)
_NAMED_BODY_SEQS = _index(NAMED_BODY_HEADS)
_LOWER_NAMED_BODY_SEQS = _index(LOWER_NAMED_BODY_HEADS)
_BODY_KIND_SEQS = _index(BODY_KINDS)
_KINDED_BODY_SEQS = _index(KINDED_BODY_HEADS)
_COMPANY_SEQS = _index(COMPANY_HEADS)
_OFFICE_BODY_SEQS = _index(OFFICE_BODIES)
_OFFICE_NAMED_SEQS = _index(OFFICE_NAMED_BODIES)
_REMIT_SEQS = _index(REMIT_BODIES)
_NATIONAL_OWNER_PAIRS = frozenset(tuple(owner.split()) for owner in NATIONAL_OWNERS)
_ENVOY_SEQS = _index(ENVOY_HEADS)
_PARENT_BODY_SEQS = _index(PARENT_BODIES)
_MINISTRY_SEQS = _index(tuple(normalize_tone(m) for m in (
    *OFFICIAL_MINISTRIES, *(PROVINCIAL_DEPARTMENT + m[len("bộ"):] for m in OFFICIAL_MINISTRIES))))
_QUALIFIER_SEQS = _index(TITLE_QUALIFIERS)
_COUNTED_NOUN_WORDS = tuple(tuple(noun.split()) for noun in COUNTED_PERSON_NOUNS)
_HONORIFIC_SEQS = _index(HONORIFICS)
# The lower-case words `find_people` stops at when no title is pending: those that open a title, a former office, a
# country's leader, a form of address or a name cue. Every other lower-case word or mark is passed over at once (most
# tokens of a sentence; the search runs over every clause of an article that reports a meeting).
_LOWER_STOPS = frozenset((*_TITLE_SEQS, *FORMER_PREFIXES, *_LEADER_SEQS, *_HONORIFIC_SEQS, *_CUE_SEQS))
_BAN_SEQS = _index(BAN_NAMES)
_PLACE_SEQS = _index(PLACES)
_BODY_HEAD_SEQS = _index(BODY_HEADS)
_COMMITTEE_SCOPE_SEQS = _index(COMMITTEE_SCOPES)
_DIRECTOR_FIELD_SEQS = _index(DIRECTOR_FIELDS)
_BODY_SEQS = _index(BODY_WORDS)
_FEDERATION_SEQS = _index(FEDERATION_BODIES)


# A word's `low`, `cap`, `word` and `acronym` by its text: a corpus repeats its words, and every token needs
# them. Bounded so that memory stays flat; the words seen first are mostly the frequent ones.
_LOWS: dict[str, tuple[str, bool, bool, bool]] = {}
_LOW_CACHE_LIMIT = 1 << 16


@dataclass(slots=True, init=False)
class Token:
    text: str
    start: int
    end: int
    low: str  # lower case, tone placement normalised: what the tables are matched on
    cap: bool  # capitalised; `cap` and `word` are read many times a token, so set once
    word: bool  # a word or a number, not a punctuation mark
    acronym: bool  # two letters or more, all capitals (`UBND`, `TP.HCM`)

    def __init__(self, text: str, start: int, end: int) -> None:
        # (one call a token, not a generated `__init__` and a `__post_init__`: a sentence
        # is tokenised for every person search)
        self.text, self.start, self.end = text, start, end
        forms = _LOWS.get(text)
        if forms is None:
            letters = [c for c in text if c.isalpha()]
            forms = (normalize_tone(text.lower()), text[:1].isupper(), text[:1].isalnum(),
                     len(letters) >= 2 and all(c.isupper() for c in letters))
            if len(_LOWS) < _LOW_CACHE_LIMIT:
                _LOWS[text] = forms
        self.low, self.cap, self.word, self.acronym = forms


@dataclass(slots=True)
class Mention:
    """A person found in a sentence, with the character span it covers (titles included)."""

    person: Person
    start: int
    end: int


# A speech verb glued to the name before it, its space lost in the crawl (`Phó Thủ tướng Phạm Bình Minhcho biết`, `Thư ký
# báo chí … Dmitry Peskovkhẳng định`): a letter then `cho biết|cho rằng|khẳng định|nhấn mạnh` over the 35,440 baomoi
# articles, 13 hits in 13 articles, 10 read, 10 a word and the verb glued. The word is read apart from the verb.
# And `và` glued to the name before it (`cuộc gặp giữa ông Trumpvà Thủ tướng Ấn Độ Narendra Modi`, `Nguyễn Hữu Mạnhvà
# Nguyễn Hữu Dũng`): two letters, `và`, a space and a capital over the 35,440 baomoi articles, 5 hits in 5 articles, 5
# read, all a word and `và` glued (no word ends in `và`).
_GLUED_SPEECH = r"(?:cho\s+(?:biết|rằng)|khẳng\s+định|nhấn\s+mạnh)(?!\w)|và(?=\s+[A-ZĐ])"
_GLUED_SPEECH_RE = re.compile(r"[^\W\d_]" + _GLUED_SPEECH)
_GLUED_TOKEN_RE = re.compile(r"[^\W\d_]{2,}?(?=" + _GLUED_SPEECH + r")|" + _PLAIN_TOKEN_RE.pattern)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pattern = _TOKEN_RE if "Thích" in text else _GLUED_TOKEN_RE if _GLUED_SPEECH_RE.search(text) else _PLAIN_TOKEN_RE
    for m in pattern.finditer(text):
        word = m.group(0)
        if "-" in word:
            tokens.extend(_split_glued_title(word, m.start()))
        elif "." in word and (cut := _glued_degree_cut(word)):
            start = m.start()  # `GS.Yasuhiro`, `TS.BS.Nguyễn`: the degree, its dot, the name's first word
            tokens.extend((Token(word[:cut], start, start + cut), Token(".", start + cut, start + cut + 1),
                           Token(word[cut + 1 :], start + cut + 1, start + len(word))))
        else:  # most words: no hyphen to cut at
            start = m.start()
            tokens.append(Token(word, start, start + len(word)))
    return tokens


def _glued_degree_cut(word: str) -> int:
    """Where a degree's dot glues it to the name after it (`GS.Yasuhiro`, `PGS.Văn`, `TS.BS.Nguyễn`), or 0: the
    parts before the last dot are all TITLE_ABBREVIATIONS and the part after it a capitalised word in lower case.
    CS cgrep `(GS|PGS|TS|ThS|BS|…)` and a dot glued to such a word over the 35,440 baomoi articles: 68 hits in 36 articles, 14
    read, 13 a degree before a person's name (1 `PGS.Việc`, a full stop without its space, whose word names no one)."""
    cut = word.rfind(".")
    name = word[cut + 1 :]
    if cut <= 0 or not name[:1].isupper() or not name[1:2].islower():
        return 0
    return cut if all(normalize_tone(part.lower()) in TITLE_ABBREVIATIONS for part in word[:cut].split(".")) else 0


def _split_glued_title(word: str, start: int) -> list[Token]:
    """A hyphen with no spaces before a capitalised title's first word separates a name from
    its titles (`Nguyễn Hồng Lĩnh-Ủy viên Trung ương Đảng`); elsewhere it joins a word
    (`Moon Jae-in`, `Bà Rịa-Vũng Tàu`, `GS-TS`)."""
    cut = next((k for k in range(1, len(word) - 1)
                if word[k] == "-" and word[k - 1].islower() and word[k + 1].isupper()
                and normalize_tone(word[k + 1 :].split("-")[0].lower()) in _TITLE_SEQS), -1)
    if cut <= 0:
        return [Token(word, start, start + len(word))]
    return [Token(word[:cut], start, start + cut), Token("-", start + cut, start + cut + 1),
            *_split_glued_title(word[cut + 1 :], start + cut + 1)]



def _opens_event(tokens: list[Token], k: int) -> bool:
    """Whether token k opens an event noun that starts like a body's (`Hội thảo`, `Hội nghị`: EVENTS_LIKE_BODIES)."""
    return k + 1 < len(tokens) and (tokens[k].low, tokens[k + 1].low) in EVENTS_LIKE_BODIES


def _match_seq(tokens: list[Token], i: int, seqs: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest sequence in `seqs` that starts at token i (0 if none)."""
    if i >= len(tokens) or (candidates := seqs.get(tokens[i].low)) is None:
        return 0
    for seq in candidates:
        n = len(seq)
        if n == 1:
            return 1  # the longest come first: a one-word entry is the last left
        if i + n <= len(tokens):
            k = 1  # (a loop, not `all` over a generator: this runs at most tokens of every person search)
            while k < n and tokens[i + k].low == seq[k]:
                k += 1
            if k == n:
                return n
    return 0


# --- tags -------------------------------------------------------------------------------

# Heads that are heads only as written (`MC Phan Anh`; `Mc` opens a name: `John Mc Cain`).
CASED_HEADS = {"mc": "MC"}


def _title_head(tokens: list[Token], i: int) -> int:
    """Length of a title's head at token i: an office, a rank or an academic abbreviation."""
    n = _match_seq(tokens, i, _TITLE_SEQS)
    if n == 1 and (cased := CASED_HEADS.get(tokens[i].low)) is not None and tokens[i].text != cased:
        n = 0
    if n and i + n < len(tokens) and tokens[i + n].low in OFFICE_SEAT_SUFFIXES:
        return 0  # `Đại sứ quán`, `Tổng lãnh sự quán`: the mission, a body
    if n and i > 0 and tokens[i].cap and tokens[i - 1].cap and _match_seq(tokens, i - 1, _PLACE_SEQS) > 1:
        return 0  # `Ngoại trưởng Trung Quốc Vương Nghị`: the place's last syllable and a name's first, no `Quốc vương`
    if not n and (leader := _match_seq(tokens, i, _LEADER_SEQS)) and (
            _match_seq(tokens, i + leader, _PLACE_SEQS) or _match_seq(tokens, i + leader, _LED_BODY_SEQS)):
        return leader  # `lãnh đạo Palestine Mahmoud Abbas`, `Lãnh đạo đảng Dân chủ Chuck Schumer`
    if n <= 1 and i < len(tokens) and tokens[i].low in HEAD_PREFIXES and (more := _match_seq(tokens, i + 1, _TITLE_SEQS)):
        return 1 + more  # `Phó Thị trưởng`, `Quyền Tổng thống`
    if n:
        return n
    if _abbreviation(tokens, i):
        # `PGS. TS. Nguyễn Văn Dững`, `TS. BS Phạm X`: abbreviations each closed by its dot
        k = i + 1
        while k + 1 < len(tokens) and tokens[k].text == "." and _abbreviation(tokens, k + 1):
            k += 2
        if k + 1 < len(tokens) and tokens[k].text == "." and tokens[k + 1].cap and tokens[k + 1].word and not (
            _match_seq(tokens, k + 1, _HONORIFIC_SEQS) or tokens[k + 1].low in CLAUSE_OPENERS
        ):
            k += 1  # not a full stop: a name, not a new sentence, follows
        return k - i
    return 0


def bare_office(title: str) -> bool:
    """The title is an office's head and nothing more (`Chủ tịch nước`, `Thứ trưởng`): it holds no body."""
    tokens = [t for t in tokenize(title) if t.word]
    return bool(tokens) and _title_head(tokens, 0) == len(tokens)


# A subheading or a headline glued before the sentence that ends on a place (`Vai trò của Mỹ Thủ tướng Australia Malcolm
# Turnbull đã phát biểu …`, audit103 a012; `… quan chức Nga Tổng thống Mỹ Donald Trump một lần nữa …`): an office of two
# words or more that opens right after the place opens a title; the capitalised run does not go on over it. See the
# commit message for the corpus count.
OFFICE_AFTER_PLACE_MIN = 2


def _office_after_place(tokens: list[Token], i: int) -> bool:
    return tokens[i].cap and _match_seq(tokens, i, _TITLE_SEQS) >= OFFICE_AFTER_PLACE_MIN and any(
        i - k >= 0 and _match_seq(tokens, i - k, _PLACE_SEQS) == k for k in (1, 2, 3))


def _abbreviation(tokens: list[Token], i: int) -> bool:
    # (a word with no dot or hyphen is its one part: the set look-up alone answers for it)
    low = tokens[i].low if i < len(tokens) else ""
    return i < len(tokens) and tokens[i].cap and (low in TITLE_ABBREVIATIONS or (
        ("." in low or "-" in low) and all(p in TITLE_ABBREVIATIONS or p in JOINED_ABBREVIATIONS
                                           for p in _ABBREVIATION_PARTS_RE.split(low))))


_ABBREVIATION_PARTS_RE = re.compile(r"[.\-]")


def _honorific(tokens: list[Token], i: int) -> int:
    """Length of a form of address at token i. A capitalised one after a capitalised word
    is a syllable of a name or a place (`quận Hai Bà Trưng`), not a form of address."""
    n = _match_seq(tokens, i, _HONORIFIC_SEQS)
    if n and tokens[i].cap and i > 0 and tokens[i - 1].word and tokens[i - 1].cap and not (
        tokens[i - 1].acronym and not tokens[i].acronym
    ) and not _after_credit(tokens, i) and not _glued_address(tokens, i, n) and tokens[i].text not in CAPITALISED_HONORIFICS:
        # (after a photo credit in capitals a sentence glued on opens: `Ảnh: CTV Bà Phạm Thị Hằng – …`)
        return 0
    if n and tokens[i].cap and _match_seq(tokens, i, _PLACE_SEQS) > n:
        return 0  # `tỉnh Bà Rịa-Vũng Tàu`, `chợ Bà Chiểu`: a place's name opens with the word
    return n


def _glued_address(tokens: list[Token], i: int, n: int) -> bool:
    """A capitalised `Ông`/`Bà` after a capitalised word, then a full Vietnamese name, opens a sentence glued to a
    headline or a caption whose full stop went missing (`… Trạm biến áp 110 kV Ngũ Hành Sơn Ông Ngô Tấn Cư, Chủ tịch …
    cho biết`, `… tại Yên Bái Ông Phạm Sỹ Quý …`); a place's own word stays one (`quận Hai Bà Trưng`, `cầu Ông Lãnh`:
    no family name and name after it)."""
    if tokens[i].low not in GLUED_ADDRESS_WORDS or n != 1:
        return False
    k = i + 1
    end = k
    while end < len(tokens) and end - k < NAME_MAX and tokens[end].word and tokens[end].cap and not tokens[end].acronym:
        end += 1
    return end - k >= 3 and _vietnamese_name(tokens, k, end) and not _match_seq(tokens, k, _PLACE_SEQS) and (
        end == len(tokens) or not tokens[end].word or not tokens[end].cap)


def _after_credit(tokens: list[Token], i: int) -> bool:
    """Token i stands in the capitalised run of a photo's credit (`Ảnh: Hồng Đức`, `Ảnh Báo Công Thương`), after its
    first word."""
    k = i - 1
    while k >= 0 and i - k <= CREDIT_MAX_WORDS and (tokens[k].cap or tokens[k].text in "/&.-"):
        if tokens[k].low in CREDIT_WORDS and tokens[k].cap:
            return k < i - 1
        k -= 1
    return k >= 0 and tokens[k].text == ":" and k > 0 and tokens[k - 1].low in CREDIT_WORDS and tokens[k - 1].cap and k + 1 < i


def _name_word(tokens: list[Token], i: int, first: bool) -> bool:
    """A token that can be a syllable of a name: a capitalised word, not an acronym, not a
    title's head, not a word that opens a sentence; inside a foreign name, a lower-case
    particle (`Mohammed bin Salman`, `Staffan de Mistura`, `Bashar al-Assad`)."""
    tok = tokens[i]
    if not first and _foreign_particle(tokens, i):
        return True
    if not (tok.word and tok.cap and tok.text[:1].isalpha()):
        return False
    if tok.acronym and not is_vietnamese_syllable(tok.text):
        return False  # `UBND`, `HĐQT`; a name in capitals (`Ông VŨ PHI LONG`) is read
    if "." in tok.text and not _INITIALLED_RE.fullmatch(tok.text):
        return False
    if (head := _title_head(tokens, i)) and not (
        not first and " ".join(t.low for t in tokens[i : i + head]) in NAME_SHAPED_HEADS
        and all(t.cap for t in tokens[i : i + head])
    ):
        return False
    if first:
        # `Phó Bà …`: a form of address; `Thủ tướng Anh Theresa May`: a country; `Luật` opens a law's name or a field
        # (`Theo Bộ trưởng Luật Đầu tư công ra đời …`, a comma lost; `GS Luật Jonathan Turley`), never a person's
        # (a law firm's name goes on in the title: `Chủ tịch Hội đồng thành viên Công ty Luật Basico`)
        return (tok.low not in NOT_NAME_OPENERS or (i > 0 and tokens[i - 1].low in FIRM_NOUN_ENDS)) and (
            not _match_seq(tokens, i, _HONORIFIC_SEQS) or bool(_match_seq(tokens, i, _PLACE_SEQS)))
    if _given_after_middle(tokens, i):
        return True  # `Nguyễn Văn Dự`, `Trần Thị Tin`: a family and a middle name want their given name
    if tok.low in OPENING_VERB_PAIRS or (
            i + 1 < len(tokens) and not tokens[i + 1].cap and (pair := f"{tok.low} {tokens[i + 1].low}") and (
                pair in OPENING_VERB_PAIRS or (pair in OPENING_COUNT_PAIRS and not _family_name(tokens[i - 1])
                                               and tokens[i - 1].low not in UNFINISHED_MIDDLE_NAMES))):
        return False  # (`Nguyễn Văn Hai bên cạnh đó`, `Trần Hai người Hà Nội`: `Hai` is the given name)
    return tok.low not in NAME_STOPS or _time_word_given(tokens, i)


# Middle names that never end a name (`Văn`, `Thị`): the capitalised word after a family name and one of them is the
# given name, though it is spelled as a verb or a word that opens a sentence (`đồng chí Nguyễn Văn Dự - Phó Bí thư …`);
# not a time word, which a missing full stop leaves after a name (`… Nguyễn Văn Ngày 15/3`).
UNFINISHED_MIDDLE_NAMES = frozenset({"văn", "thị"})
# Words that never open a person's name, though capitalised after a title: find_people over the corpus sentences with a
# law's or a document's word after a capital named 4 people so, all wrong (`Luật Đầu`, `Luật Lao`, `Luật Daniel Richman`).
NOT_NAME_OPENERS = frozenset({"luật"})
FIRM_NOUN_ENDS = frozenset({"ty", "hãng", "phòng"})  # (`Công ty`, `hãng`, `Văn phòng` + `Luật …`: a law firm)
NOT_GIVEN_NAMES = frozenset("ngày sáng trưa chiều tối đêm hôm ảnh nguồn clip video".split())
# A part of the day that ends a name is its given name (`thiếu tá Lê Ngọc Sáng – Đội trưởng …`, `ông Vũ Xuân Sáng cho
# biết`, `ông Mai Xuân Sáng cho biết`), not the time of a sentence whose full stop went missing (`… Nguyễn Xuân
# Phúc Sáng 5/7`, `Sáng nay`, `Chiều cùng ngày`): no digit and none of DAY_AFTER_WORDS after it. A family name, up to a
# syllable, then such a word before a mark or a verb over the 35,440 baomoi articles: 49 hits in 36 articles, 16 read,
# 16 a person's given name (the name had lost it: `Vũ Xuân`).
TIME_GIVEN_NAMES = frozenset({"sáng", "chiều", "tối", "trưa", "đêm"})
DAY_AFTER_WORDS = frozenset("nay qua mai cùng hôm ngày thứ mùng mồng sớm muộn đó ấy này".split())


def _given_after_middle(tokens: list[Token], i: int) -> bool:
    return (i >= 2 and tokens[i - 1].low in UNFINISHED_MIDDLE_NAMES and tokens[i - 1].cap and _family_name(tokens[i - 2])
            and tokens[i - 2].cap and (i < 3 or not (tokens[i - 3].cap and tokens[i - 3].word))
            and (tokens[i].low not in NOT_GIVEN_NAMES or _time_word_given(tokens, i))
            and not (i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit()))


def _time_word_given(tokens: list[Token], i: int) -> bool:
    """tokens[i], a part of the day after a family name and at most one more syllable, closes the name (TIME_GIVEN_NAMES)."""
    if tokens[i].low not in TIME_GIVEN_NAMES or not tokens[i].cap or i < 2:
        return False
    family = i - 1 if _family_name(tokens[i - 1]) else i - 2
    if not (family >= 0 and all(t.cap and t.word for t in tokens[family:i]) and _family_name(tokens[family])):
        return False
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    return not nxt.text[:1].isdigit() and (not nxt.word or (not nxt.cap and nxt.low not in DAY_AFTER_WORDS))


def _particle(tok: Token) -> bool:
    """A lower-case particle of a foreign name (NAME_PARTICLES in any case, LOWER_CASE_PARTICLES as written)."""
    return tok.low in NAME_PARTICLES or tok.text in LOWER_CASE_PARTICLES


def _foreign_particle(tokens: list[Token], i: int) -> bool:
    """A lower-case particle inside a foreign name: an Arabic article glued to the next name
    (`al-Assad`, `el-Sisi`), or a particle of NAME_PARTICLES between a foreign-spelled
    capitalised word and a capitalised one (`bin Salman`, `von der Leyen`)."""
    tok = tokens[i]
    if _GLUED_ARTICLE_RE.fullmatch(tok.text):
        return True
    if not _particle(tok) or i == 0:
        return False
    before = i - 1
    while before > 0 and _particle(tokens[before]):
        before -= 1  # `von der`
    after = i + 1
    while after < len(tokens) and _particle(tokens[after]):
        after += 1
    return (tokens[before].cap and tokens[before].word and not is_vietnamese_syllable(tokens[before].text)
            and after < len(tokens) and tokens[after].cap and tokens[after].word
            and not tokens[after].acronym)


_GLUED_ARTICLE_RE = re.compile(r"(?:al|el|ad|as|an|ash|ul)-[A-Z][\w\-]+")


# A foreign name written with its given name's initial (`D.Trump`, `V.Putin`, `V.Xê-ma-scô`).
# (the initial may be a Vietnamese capital: `Ê.Ma-crông`, `Ê.Phi-líp`)
# Or the initial alone, a token of its own before the next name word (`Marc E. Knapper`, `V. Putin`).
_INITIALLED_RE = re.compile(r"[A-ZĐÂĂÊÔƠƯ]\.(?:[A-ZĐ][\w\-]+)?")


def _run_end(tokens: list[Token], i: int, limit: int) -> int:
    """End of the run of name-shaped words that starts at token i (not past `limit`)."""
    j = i
    while j < limit and j - i < NAME_MAX + 3 and _name_word(tokens, j, first=j == i):
        j += 1
    return j


def _family_name(token: Token) -> bool:
    return token.low in SURNAMES or (token.low[:2] in ("h'", "h’") and len(token.low) > 2)


# A woman's middle name: any capitalised syllable right before it, in a name that goes on past it, is a family
# name, rare ones the table lacks too (`Phó Tổng Biên tập Cát Thị Kim Xuân`, `bà Mùa Thị Sinh`, `Lô Thị Lương`):
# ~170 in baomoi-dev outside SURNAMES, most names; not after a unit's or a place's noun (`Phường Thị Nại`,
# `Siêu Thị`) nor in `Thị trấn`, `Thị xã`.
FEMALE_MIDDLE_NAMES = frozenset({"thị"})
NOT_BEFORE_MIDDLE_NAME = PLACE_NOUNS | ADMIN_UNITS | {"siêu", "quan", "cây"}
NOT_AFTER_MIDDLE_NAME = frozenset({"trấn", "xã", "tứ"})


def _family_before_middle(tokens: list[Token], k: int, end: int) -> bool:
    """tokens[k] is a capitalised syllable that a woman's middle name follows inside tokens[k:end]."""
    return (end - k >= 3 and tokens[k + 1].low in FEMALE_MIDDLE_NAMES and tokens[k + 1].cap
            and not tokens[k].acronym and tokens[k].low not in NOT_BEFORE_MIDDLE_NAME
            and tokens[k + 2].low not in NOT_AFTER_MIDDLE_NAME and is_vietnamese_syllable(tokens[k].text))


def _vietnamese_name(tokens: list[Token], k: int, end: int) -> bool:
    """tokens[k:end] is shaped like a Vietnamese name: a family name and 1–4 syllables."""
    n = end - k
    if not (2 <= n <= NAME_MAX and (_family_name(tokens[k]) or _family_before_middle(tokens, k, end))):
        return False
    if any("-" in tokens[m].text for m in range(k, end)):
        return False  # `Châu Á-Thái Bình Dương`: a hyphen joins a place's parts, not a name's
    if len({tokens[m].acronym for m in range(k, end)}) > 1:
        return False  # a name is written all in capitals or not at all
    # `Hà Nội Tinh hoa`, `Hà Tĩnh Nguyễn`: a place of two words or more opens no name
    return _match_seq(tokens, k, _PLACE_SEQS) < min(n, 2)


def _foreign_name(tokens: list[Token], k: int, end: int, single: bool = True, regnal: bool = False) -> bool:
    """tokens[k:end], standing right after a title, a form of address or a place, is a
    person's name: 1–5 capitalised words, none a body's word, a place or a number; one word
    only where `single` allows it (after a form of address or a place: `ông Putin`, `Tổng
    thống Mỹ Trump`, not `Tổng thống Belarus`) and not spelled as a Vietnamese syllable
    (not `Chủ tịch Hội`)."""
    # particles (`bin`, `al-Thani`'s article is in its word) are not counted as syllables
    n = end - k - sum(_particle(tokens[m]) for m in range(k, end))
    if not (1 if single or _INITIALLED_RE.fullmatch(tokens[k].text) else 2) <= n <= NAME_MAX:
        return False
    if regnal and end - k >= 2 and tokens[end - 1].text in REGNAL_NUMERALS:
        end -= 1  # `Nữ hoàng Elizabeth II`: a monarch's ordinal closes the name
    if any(any(c.isdigit() for c in tokens[m].text) or tokens[m].acronym for m in range(k, end)):
        return False  # numbers; capitals (a name in capitals needs a family name)
    if any(_match_seq(tokens, m, _BODY_SEQS) or _match_seq(tokens, m, _PLACE_SEQS) for m in range(k, end)):
        return False
    if _match_seq(tokens, k, _BODY_HEAD_SEQS) and all(is_vietnamese_syllable(tokens[m].text) for m in range(k, end)):
        return False  # `Hiệu trưởng Trường Tiểu học …`: a body's name (not `Ban Ki-moon`)
    return n >= 2 or (len(tokens[k].text) > 2 and not is_vietnamese_syllable(tokens[k].text))


# The nouns of a school that its own name follows, often a person's (`Trường THPT Phan Đình Phùng`, `Trường Tiểu học Lý Tự
# Trọng`, `Trường Đại học Phạm Văn Đồng`, web65 w009; `Đại học Nông Lâm Thành phố Hồ Chí Minh`): a capitalised run right
# after one, no longer than a name, is the school's name and no person's. find_people over the 782 sentences of the
# 35,440 baomoi articles with such a noun and three capitalised words after it: 11 persons read from a school's name, all
# 11 wrong (`Lý Tự Trọng` with the title `Phó Hiệu trưởng Trường Tiểu học`, `Lâm Thành`, …); see the commit message.
SCHOOL_NAME_MAX = 4  # (five words and more: the school's name, then its head's: `… THCS Lê Lợi Nguyễn Văn Hòa`)
SCHOOL_NOUNS = frozenset({"đại học", "tiểu học", "trung học", "mầm non", "cao đẳng", "thpt", "thcs", "ptdtnt", "ptth",
                          "ptdtbt"})


def _school_named(tokens: list[Token], k: int) -> bool:
    """The run at token k follows a school's noun (SCHOOL_NOUNS)."""
    return k >= 1 and (tokens[k - 1].low in SCHOOL_NOUNS or (
        k >= 2 and f"{tokens[k - 2].low} {tokens[k - 1].low}" in SCHOOL_NOUNS))


def _place_named(tokens: list[Token], k: int, after_name: bool) -> bool:
    """The capitalised run at token k is a place's name by the noun before it."""
    if k == 0 or (tokens[k - 1].cap and not tokens[k - 1].acronym):  # `TP` is a unit's word
        return False
    if k >= 2 and f"{tokens[k - 2].low} {tokens[k - 1].low}" in NOT_PLACE_COMPOUNDS:
        return False
    return tokens[k - 1].low in PLACE_NOUNS or (after_name and tokens[k - 1].low in ADMIN_UNITS)


def _committee_before(tokens: list[Token], k: int) -> bool:
    """A unit's Party committee (`Huyện ủy`, `Thành ủy`) ends right before token k."""
    return k >= 2 and tokens[k - 1].low == COMMITTEE_SUFFIX and tokens[k - 2].low in COMMITTEE_UNITS


def _body_named_before(tokens: list[Token], k: int) -> bool:
    """A body's noun that takes a name of its own ends right before token k, or before a field of its in lower case that
    opens on a SENTENCE_CASE_NOUNS word (`Chủ tịch Công ty phát triển Exxon Mobile`: the firm's name, no person's)."""
    if any(k - n >= 0 and tokens[k - n].cap and _match_seq(tokens, k - n, _NAMED_BODY_SEQS) == n
           and not _ends_longer_phrase(tokens, k - n, k) for n in (1, 2, 3)):
        return True
    field = next((f for f in range(k - 1, max(-1, k - 1 - SENTENCE_CASE_TAIL_WORDS), -1)
                  if not (tokens[f].word and not tokens[f].cap)), k)  # (the lower-case words right before token k)
    return any(_match_seq(tokens, f, _SENTENCE_CASE_NOUN_SEQS) and _body_named_before(tokens, f)
               for f in range(field + 1, k))


def _ends_longer_phrase(tokens: list[Token], i: int, k: int) -> bool:
    """tokens[i:k] end a longer body's or title's words that start before them (`Chủ tịch Quốc Hội`, capitalised by a
    careless hand: `Hội` closes `Quốc hội`, it opens no association's name)."""
    return any(i - m >= 0 and max(_match_seq(tokens, i - m, _BODY_SEQS), _match_seq(tokens, i - m, _TITLE_SEQS)) == k - i + m
               for m in (1, 2, 3))


# A continent written with a lower-case noun (`Hội đồng châu Âu Donald Tusk`, `Ngân hàng Trung ương châu Âu Mario
# Draghi`): the capitalised word after it is the place's, not the first of the name (`Âu` is also a family name).
CONTINENT_NOUNS = frozenset({"châu"})


def _leading_places(tokens: list[Token], i: int, end: int) -> int:
    k = i
    if 0 < i < end - 1 and tokens[i - 1].low in CONTINENT_NOUNS and not tokens[i - 1].cap:
        k += 1
    while k < end and (step := _match_seq(tokens, k, _PLACE_SEQS)):
        k += step
    return k


# The Youth Union's central committee (`Bí thư thứ nhất Trung ương Đoàn Lê Quốc Phong`, `Bí thư T.Ư Đoàn Bùi Quang
# Huy`): `Đoàn` after `Trung ương` is the body, not the family name that opens the run (9 in baomoi-dev, 9 of 9).
UNION_BODIES = frozenset({"đoàn"})
CENTRAL_WORDS = frozenset({"trung ương", "t.ư", "tư", "tw"})


# Heads of royals and popes, whom news names by one foreign word (`Nhật hoàng Akihito`, `Hoàng hậu Michiko`,
# `Giáo hoàng Francis`): a single capitalised word right after one is the name.
MONONYM_HEADS = frozenset({"nhật hoàng", "nhà vua", "hoàng hậu", "quốc vương", "nữ hoàng", "giáo hoàng", "hoàng tử",
                           "công chúa", "thái tử"})


# A monarch's or a pope's ordinal after the name (`Nữ hoàng Elizabeth II`, `Nhà vua Tây Ban Nha Felipe VI`, `Vua George
# VI`): over the 35,440 baomoi articles 83 hits of a royal head, a name and a Roman numeral, in 30 articles, all 12 read
# a monarch named so (the whole person had been lost: a name in capitals needs a family name).
REGNAL_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                             "XV", "XVI"})


# Vietnamese names are mostly three syllables: where a run could split at several family
# names after words that are no place of the table (`Tây Giang Trần Đức Quận`), the split
# that leaves a name of this length wins.
_NAME_LENGTH_PREFERENCE = (3, 4, 2, 5)
# After a body's words that end in lower case (`Hạ viện`, `Ngoại giao`), a run of exactly this many capitalised
# words, the first spelled as no Vietnamese syllable, is a foreign given name and surname (`Tatsuo Kawabata`);
# a longer run may open on a foreign place or company the tables do not hold (`Czech Milos Zeman`).
FOREIGN_AFTER_BODY_WORDS = 2
# (and three, a given name, a middle or second surname: `Bộ trưởng Tài chính Maria Luisa Poncela`, `Bộ trưởng Quốc phòng
# Jean-Yves Le Drian`; a country of PLACES before two words is read as the country first, `_country_holder`): see the
# commit message for the count.
FOREIGN_AFTER_BODY_LENGTHS = (FOREIGN_AFTER_BODY_WORDS, FOREIGN_AFTER_BODY_WORDS + 1)
# Words after which such a run is a body's or a unit's own name, not a person's: an owner (`chuyên gia của
# Forest Trends`), an administrative unit (`Công an huyện Krông Búk`); so after a capitalised body noun that
# takes a name of its own (`Tập đoàn Samsung Electronics`) and when the run opens on a body's noun (`Cty Luật`).
FOREIGN_AFTER_BODY_NOT = ADMIN_UNITS | {"của"}
# Firm nouns a foreign brand of one word follows, then its holder's foreign name (`Chủ tịch Tập đoàn Siemens Joe
# Kaeser`, `Chủ tịch Tập đoàn Lotte Shin Dong-bin`, `Chủ tịch Tập đoàn Microsoft Brad Smith`); English words of a
# firm's own name keep the run the firm's (`Công ty California Waste Solutions`), and a holder's name in a run starts
# after the last of them (`_name_in_run`: `Malaysia Airlines Peter Bellew`).
BRAND_FIRM_HEADS = frozenset({"tập đoàn", "công ty", "cty", "hãng", "tổng công ty"})
_BRAND_FIRM_SEQS = _index(BRAND_FIRM_HEADS)
# Heads whose office is a firm's, named by its brand right after them (`CEO Uber Travis Kalanick`, `CEO Apple Tim Cook`,
# `CEO Tesla Elon Musk`): in a run of this many words or more after one, the holder is the last two, the brand before.
BRAND_HOLDER_HEADS = frozenset({"ceo"})
BRAND_HOLDER_RUN = 3
FIRM_NAME_WORDS = frozenset("solutions group holdings holding corporation corp company co inc ltd limited electronics "
                            "motor motors bank capital partners international industries industry technologies "
                            "technology systems energy airlines airways global investment investments securities "
                            "pharma foods food services service resources logistics trading media entertainment "
                            "studios games software networks communications telecom mobile power steel oil gas "
                            "chemical chemicals construction development properties land real estate "
                            # (the legal forms a firm's name ends on, and its trade: `ITM International Trade Marketing
                            # GmbH`)
                            "gmbh ag plc llc trade marketing".split())
# The words of a firm's legal form, which end its name and no person's (`Tổng Giám đốc Phúc Khang Corporation`,
# audit123 a028): a run after a title that ends on one is the firm's, whatever its syllables.
FIRM_FORM_WORDS = frozenset("corporation corp company co inc ltd limited group holdings holding jsc gmbh ag plc llc".split())


def _opens_body(tokens: list[Token], k: int) -> bool:
    """Token k opens a body's noun that goes on past it in lower case (`Liên đoàn`, `Hội đồng`, `Công ty`)."""
    return max(_match_seq(tokens, k, _BODY_HEAD_SEQS), _match_seq(tokens, k, _BODY_SEQS)) > 1


def _foreign_unit_holder(tokens: list[Token], r0: int, r1: int) -> int | None:
    """Where the holder's name starts in the run tokens[r0:r1] after a foreign unit's noun in lower case (see
    FOREIGN_UNITS), or None: the place's words first, then a foreign name of FOREIGN_HOLDER_MIN words or more."""
    unit = next((n for n in (2, 1) if r0 - n >= 1 and " ".join(t.low for t in tokens[r0 - n : r0]) in FOREIGN_UNITS
                 and not tokens[r0 - n].cap), 0)
    if not unit or tokens[r0 - unit - 1].low in FOREIGN_UNIT_NOT_AFTER:
        return None
    if r1 - r0 < 1 + FOREIGN_HOLDER_MIN or all(is_vietnamese_syllable(tokens[m].text) for m in range(r0, r1)):
        return None  # a Vietnamese unit and its holder are read by the family name
    k = r0 + 1
    while k < r1 and tokens[k - 1].low in PLACE_OPENERS:
        k += 1  # `New York`, `New South Wales`
    if r1 - k < FOREIGN_HOLDER_MIN or (is_vietnamese_syllable(tokens[r0].text) and tokens[r0].low not in PLACE_OPENERS):
        return None
    return k if _foreign_name(tokens, k, r1, single=False) and not _particle(tokens[k]) else None


# Lower-case words after a foreign brand that name its regional or global arm (`Giám đốc điều hành Kaspersky Lab châu Á
# Thái Bình Dương, ông X`, `Chủ tịch Heineken châu Á & Thái Bình Dương`, `Tổng giám đốc JMG toàn cầu`): the run before
# them is the body's, not its holder's name. CS cgrep (title) + 1-3 capitalised words + `(châu|khu vực|toàn cầu|quốc
# tế) ` 8 sentences over baomoi-dev, 8 a body's arm (2 read as a person `Kaspersky Lab`). `châu` only before a capital.
BRANCH_REGIONS = ("châu", "toàn cầu", "khu vực")
_BRANCH_REGION_SEQS = _index(BRANCH_REGIONS)


def _branch_region(tokens: list[Token], k: int) -> bool:
    """A region's words that make the run before token k a body's arm (see BRANCH_REGIONS)."""
    if k >= len(tokens) or tokens[k].cap or not (n := _match_seq(tokens, k, _BRANCH_REGION_SEQS)):
        return False
    return tokens[k].low not in CONTINENT_NOUNS or (k + n < len(tokens) and tokens[k + n].cap and tokens[k + n].word)


def _brand_place_holder(tokens: list[Token], r0: int, r1: int) -> int | None:
    """Where a foreign holder's name starts in a run right after a title's head that opens on a foreign brand and a
    country of PLACES (`Samsung Việt Nam Han Myoung-Sup`, `Toyota Nhật Bản Akio Toyoda`): the brand's words spelled as
    no Vietnamese syllable, the place, then a foreign name of FOREIGN_HOLDER_MIN words or more; None otherwise."""
    p = r0 + 1
    while p < r1 and not is_vietnamese_syllable(tokens[p - 1].text) and not _match_seq(tokens, p, _PLACE_SEQS):
        p += 1
    if p >= r1 or is_vietnamese_syllable(tokens[p - 1].text):
        return None
    k = p + _match_seq(tokens, p, _PLACE_SEQS)
    if r1 - k < FOREIGN_HOLDER_MIN or all(is_vietnamese_syllable(tokens[m].text) for m in range(k, r1)):
        return None  # (a Vietnamese name there opens with a family name, read as such)
    return k if _foreign_name(tokens, k, r1, single=False) else None


def _firm_brand_holder(tokens: list[Token], r0: int, r1: int) -> int | None:
    """Where the holder's name starts in a run of a foreign brand's one word and a foreign name of
    FOREIGN_AFTER_BODY_WORDS words right after a capitalised firm noun (BRAND_FIRM_HEADS), none of its words a firm's
    own English word (FIRM_NAME_WORDS) or spelled as a Vietnamese syllable; None otherwise."""
    if r1 - r0 != 1 + FOREIGN_AFTER_BODY_WORDS or not any(
            r0 - n >= 0 and tokens[r0 - n].cap and _match_seq(tokens, r0 - n, _BRAND_FIRM_SEQS) == n for n in (1, 2, 3)):
        return None
    if any(tokens[m].low in FIRM_NAME_WORDS or is_vietnamese_syllable(tokens[m].text) for m in range(r0, r1)):
        return None
    return r0 + 1 if _foreign_name(tokens, r0 + 1, r1, single=False) else None


def _name_in_run(tokens: list[Token], r0: int, r1: int, free: bool, after_name: bool,
                 named_body: bool = False) -> int | None:
    """Where a person's name starts in the capitalised run tokens[r0:r1] that a title
    (or a form of address) is followed by, or None.

    `free`: the run stands right after the title's head or a form of address, so a name
    of any shape may fill it once places are taken off. Otherwise only a family name starts
    a name, and the words before it are the body's or the place's name. `after_name`: the
    title follows a person's name, where an administrative unit's run is the unit's name.
    `named_body`: the run follows a body's noun written in lower case that takes a name of its own (`Giám đốc
    bệnh viện Bạch Mai`), so it opens on the body's name.
    """
    city = r0 >= 2 and f"{tokens[r0 - 2].low} {tokens[r0 - 1].low}" in CITY_NOUNS
    if r0 < r1 < len(tokens) and tokens[r1].text in BRAND_JOINERS and tokens[r1].start == tokens[r1 - 1].end:
        return None  # `Giám đốc Bệnh viện Thẩm mỹ Kim Cương A&B`: a run glued to `&` is a brand's name, no one's
    if (after_name and r0 >= 1 and tokens[r0 - 1].low in PROVINCE_UNITS and not tokens[r0 - 1].cap
            and r1 - r0 in PROVINCE_HOLDER_NAME and not _match_seq(tokens, r0, _PLACE_SEQS) and _vietnamese_name(tokens, r0, r1)):
        return r0  # `ông X, Chủ tịch UBND tỉnh; Chủ tịch UBMTTQ Việt Nam tỉnh Võ Xuân Ca`: the next person's name
    if r1 <= r0 or (_place_named(tokens, r0, after_name=False) and not city):
        return None
    if _school_named(tokens, r0) and r1 - r0 <= SCHOOL_NAME_MAX:
        return None  # `Hiệu trưởng Trường Đại học Phạm Văn Đồng`, `… Trường Tiểu học Lý Tự Trọng`: the school's name
    if (k := _foreign_unit_holder(tokens, r0, r1)) is not None:
        return k  # `Thống đốc bang California Jerry Brown`: the unit's place, then its holder
    k0 = _leading_places(tokens, r0, r1)
    # (a firm's own English word is no one's name's: the holder's name starts after the last, `Malaysia Airlines Peter
    # Bellew`; not in the titles after a name, where the run is the firm's, nor before a place, which ends the firm's
    # name, or a year, which ends a brand's or a contest's: `Miss Global Beauty Queen Vietnam 2017`)
    firm = max((m for m in range(k0, r1) if tokens[m].cap and tokens[m].low in FIRM_NAME_WORDS), default=-1)
    if firm == r1 - 1 > k0 and tokens[firm].low.rstrip(".") in FIRM_FORM_WORDS:
        return None
    if firm >= 0 and r1 - firm - 1 >= FOREIGN_HOLDER_MIN and not after_name and not any(
            _match_seq(tokens, m, _PLACE_SEQS) for m in range(firm + 1, r1)) and not (
            r1 < len(tokens) and tokens[r1].text[:1].isdigit()):
        k0 = firm + 1
    if city and k0 == r0:
        # `thành phố Phan Thiết`: a city the table does not hold is no person; a Vietnamese name of three or four
        # syllables, alone or after the city's, is (`Chủ tịch UBND thành phố Nguyễn Đức Chung`, `… thành phố Huỳnh
        # Đức Thơ`): city names of that shape are in PLACES (`Hồ Chí Minh`)
        # (in the titles after a name the run is the city's: `ông X, Chủ tịch UBND thành phố Phan Rang Tháp Chàm`)
        named = [k for k in range(r0, r1 - 2) if r1 - k in (CITY_HOLDER_NAME_AFTER_NAME if after_name else CITY_HOLDER_NAME)
                 and _vietnamese_name(tokens, k, r1)]
        return named[-1] if named else None
    if not after_name and k0 == r0 and r1 - r0 == UNIT_NAME_ONLY_WORDS and (
            tokens[r0 - 1].low in ADMIN_UNITS and tokens[r0 - 1].low not in PROVINCE_UNITS
            and (not tokens[r0 - 1].cap or tokens[r0 - 1].acronym)):
        return None  # `Chủ tịch UBND xã Yên Thắng`: the unit's name
    if k0 == r0 and r1 - r0 <= UNIT_NAME_ONLY_WORDS and _committee_before(tokens, r0):
        return None  # `Bí thư Huyện ủy Đak Pơ`, before or after the holder's name: the unit's name
    initialled = next((m for m in range(r0, r1) if _INITIALLED_RE.fullmatch(tokens[m].text)), -1)
    if initialled >= 0:
        # `Tổng thống Chi-lê M.Ba-chê-lết`, `Hội đồng châu Âu D.Tusk`: the initial opens the name; a middle one alone
        # follows the given name (`Tổng thống Mỹ Donald J. Trump`)
        if tokens[initialled].text.endswith(".") and initialled - 1 >= k0:
            initialled -= 1
        elif (initialled - 1 >= k0 and tokens[initialled - 1].cap and tokens[initialled - 1].word
              and not tokens[initialled - 1].acronym and not is_vietnamese_syllable(tokens[initialled - 1].text)
              and not _match_seq(tokens, initialled - 1, _PLACE_SEQS)):
            # the given name written out before a middle initial glued to the family name (`Đại sứ … Konstantin
            # V.Vnukov`, `cựu Tổng thống George W.Bush`, `Thượng nghị sĩ Mark R.Warner`): CS cgrep a capitalised word +
            # `[A-Z].[A-Z]\w+` over the 35,440 baomoi articles 134 hits; of 10 read, 4 such a name (`Joseph P.Aucoin`,
            # `John G.Trump`, …: read before from the initial, the given name left in the title), 2 `Nga V.Putin` (a
            # place before it, which stays so), 4 no person (`Toyota V.League`, which no title opens)
            initialled -= 1
        return initialled if _foreign_name(tokens, initialled, r1) else None
    starts = [k for k in range(k0, r1 - 1) if _vietnamese_name(tokens, k, r1)]
    if named_body:
        # `trường THPT Chu Văn An`: the body's own name, of two syllables at least, first
        starts = [k for k in starts if k >= r0 + BODY_OWN_NAME_MIN]
    elif _body_named_before(tokens, r0):
        starts = [k for k in starts if k > r0]  # `Bệnh viện Bạch Mai`: the body's own name first
    elif k0 == r0 and tokens[r0].cap and (noun := _match_seq(tokens, r0, _NAMED_BODY_SEQS)):
        # `Chủ tịch danh dự Viện Phan Châu Trinh`, `Giám đốc Công ty Hoàng Gia Phát`: the run opens on the body's noun,
        # its own name comes next (not a place that opens like one: `nhà lãnh đạo Đài Loan Thái Anh Văn`). CS cgrep `(Chủ tịch|Giám đốc|Viện trưởng|Hiệu trưởng) (Hội|Công ty|Quỹ|Viện|…)
        # (<family name>) [A-ZĐ]\w* [A-ZĐ]\w*` 5 hits over baomoi-dev, 5 of 5 read the body's name, none a person's.
        starts = [k for k in starts if k >= r0 + noun + BODY_OWN_NAME_MIN]
    if _place_named(tokens, r0, after_name):
        starts = [k for k in starts if k > r0]  # the unit's name comes first
    if (r1 - r0 >= UNIT_AND_NAME_WORDS and r0 >= 1 and tokens[r0 - 1].low in ADMIN_UNITS and not tokens[r0 - 1].cap
            and (later := [k for k in starts if k >= r0 + UNIT_NAME_ONLY_WORDS])):
        # `Chủ tịch UBND huyện Thạch Hà Trần Việt Hà`, `Trưởng công an quận Ngô Quyền Đặng Chinh Thưởng`: five syllables
        # after a unit's word are the unit's name and the holder's, whose family name opens the unit's name too
        starts = later
    if tokens[r0].low in COMPASS_WORDS and r0 >= 1 and tokens[r0 - 1].low in ADMIN_UNITS and not tokens[r0 - 1].cap:
        starts = [k for k in starts if k >= r0 + UNIT_NAME_ONLY_WORDS]  # `quận Nam Từ Liêm`: the compass word opens the unit's name
    if tokens[r0].low in UNION_BODIES and any(
            r0 >= n and " ".join(t.low for t in tokens[r0 - n : r0]) in CENTRAL_WORDS for n in (1, 2)):
        starts = [k for k in starts if k > r0]  # `Trung ương Đoàn Lê Quốc Phong`: the Youth Union, then the name
    if starts and starts[0] == k0:
        return k0  # the run, places taken off, is the name (`Việt Nam Nguyễn Vũ Trường Sơn`)
    if (free and k0 == r0 and starts and 2 <= r1 - r0 <= NAME_MAX and _performer_before(tokens, r0)
            and not tokens[r0].acronym and is_vietnamese_syllable(tokens[r0].text)
            and is_vietnamese_syllable(tokens[r0 + 1].text)):
        return r0  # `ca sĩ Hương Giang Idol`: a stage name, whole, after a performer's calling (not `Giang Idol`)
    for length in _NAME_LENGTH_PREFERENCE:
        for k in starts:
            if r1 - k == length:
                return k
    if (free and k0 == r0 and r0 >= 1 and tokens[r0 - 1].low in BRAND_HOLDER_HEADS and r1 - r0 >= BRAND_HOLDER_RUN
            and _foreign_name(tokens, r1 - FOREIGN_HOLDER_MIN, r1)):
        return r1 - FOREIGN_HOLDER_MIN  # `CEO Uber Travis Kalanick`: the firm's brand, then its chief's two-word name
    mononym = any(r0 >= n and " ".join(t.low for t in tokens[r0 - n : r0]) in MONONYM_HEADS for n in (1, 2))
    if (free or k0 > r0) and _foreign_name(tokens, k0, r1, single=k0 > r0 or mononym, regnal=mononym) and not (
            _opens_body(tokens, r1 - 1) and all(is_vietnamese_syllable(tokens[m].text) for m in range(k0, r1))) and not (
            _branch_region(tokens, r1)):
        return k0  # (not `Phó Chủ tịch Tổng Liên đoàn …`: the run's last word opens a body's noun)
    if free and k0 == r0 and (k := _brand_place_holder(tokens, r0, r1)) is not None:
        return k  # `Tổng Giám đốc Samsung Việt Nam Han Myoung-Sup`: a foreign brand and its country, then the holder
    if k0 == r0 and (k := _firm_brand_holder(tokens, r0, r1)) is not None:
        return k  # `Chủ tịch Tập đoàn Siemens Joe Kaeser`: the firm's brand, then its holder
    # (a particle inside the name is no word of the count: `Bộ trưởng Giáo dục Antonio da Conceicao`)
    if (k0 == r0 and sum(1 for m in range(r0, r1) if tokens[m].cap) in FOREIGN_AFTER_BODY_LENGTHS
            and tokens[r0 - 1].low not in FOREIGN_AFTER_BODY_NOT
            and not _body_named_before(tokens, r0) and not _match_seq(tokens, r0, _BODY_HEAD_SEQS)
            and not is_vietnamese_syllable(tokens[r0].text) and "-" not in tokens[r0].text
            and _foreign_name(tokens, r0, r1, single=False) and not _branch_region(tokens, r1)
            and (r1 - r0 <= FOREIGN_AFTER_BODY_WORDS or _three_word_foreign_name(tokens, r0, r1))):
        return r0  # `Phó Chủ tịch Hạ viện Tatsuo Kawabata`, `Bộ trưởng Ngoại giao Sergei Lavrov`: a foreign name
    if k0 == r0 and not after_name and (k := _country_holder(tokens, r0, r1)) is not None:
        return k  # `Bộ trưởng Bộ Công Thương Lào Khemmani Pholsena`: the body's capitalised name, its country, the holder
    return None


def _three_word_foreign_name(tokens: list[Token], r0: int, r1: int) -> bool:
    """A run of three after a body's words is a person's name only when no word of it is a brand's (`SpaceX`, a capital
    inside) and at most one is spelled as a Vietnamese syllable (not `Golf Long Thành`, a firm's name's end)."""
    words = [tokens[m].text for m in range(r0, r1) if tokens[m].cap]
    return (not any(any(c.isupper() for c in w[1:]) for w in words)
            and sum(1 for w in words if is_vietnamese_syllable(w)) <= 1)


# Performers' callings: the capitalised run right after one is the stage name as a whole, whichever of its syllables a
# family name could open (`ca sĩ Hương Giang Idol`, read before as `Giang Idol` with `Hương` in the title).
PERFORMER_HEADS = ("ca sĩ", "nhạc sĩ", "diễn viên", "người mẫu", "nghệ sĩ", "danh ca", "nữ ca sĩ", "nam ca sĩ")


def _performer_before(tokens: list[Token], r0: int) -> bool:
    return any(r0 >= n and " ".join(t.low for t in tokens[r0 - n : r0]) in PERFORMER_HEADS for n in (1, 2, 3))


def _country_holder(tokens: list[Token], r0: int, r1: int) -> int | None:
    """Where a foreign name starts after a country of PLACES inside the capitalised run tokens[r0:r1] (the body's name
    before it written in capitals: `Bộ Công Thương Lào Khemmani Pholsena`, `Quốc Phòng Mỹ James Mattis`): a name of two
    words or more, not all of them Vietnamese syllables (a Vietnamese family name in the run is read first, by `starts`)."""
    for m in range(r0 + 1, r1 - 1):
        place = _match_seq(tokens, m, _PLACE_SEQS)
        k = m + place
        if place and r1 - k >= 2 and _foreign_name(tokens, k, r1, single=False) and not all(
                is_vietnamese_syllable(tokens[q].text) for q in range(k, r1)):
            return k
    return None


# --- title phrases ----------------------------------------------------------------------

@dataclass(slots=True)
class _Title:
    start: int
    end: int  # end of the title (the name's start when a name closes it)
    name_start: int = -1
    name_end: int = -1


# The field of an adviser, an aide or a spokesperson in lower case before the office they serve (`cố vấn kinh tế của
# Tổng thống Donald Trump`, `cố vấn an ninh quốc gia của Tổng thống …`, `cố vấn đặc biệt của …`): at most this many words.
COMPLEMENT_FIELD_WORDS = 4


def _owner_office(tokens: list[Token], j: int) -> _Title | None:
    """After an office complement's head (OFFICE_COMPLEMENT_HEADS) and its lower-case field, `của` and the office served,
    read as a title (with its holder's name when one closes it); None when no office follows `của`."""
    k, n = j, len(tokens)
    while (k < n and k - j < COMPLEMENT_FIELD_WORDS and tokens[k].word and not tokens[k].cap
           and tokens[k].low not in OWNER_WORDS and tokens[k].low not in TITLE_STOP and not _match_seq(tokens, k, _VERB_SEQS)):
        k += 1
    if not (k + 1 < n and tokens[k].low in OWNER_WORDS and tokens[k + 1].cap and _title_head(tokens, k + 1)):
        return None
    return _title(tokens, k + 1)


def _national_remit(tokens: list[Token], i: int, j: int) -> int:
    """Where the remit after `về` at token j ends, when `về` follows a capitalised `Quốc gia`/`Nhà nước` owner of a
    body's name (NATIONAL_OWNERS) in the title phrase from token i; 0 when it does not or the remit has no clean end."""
    if j < i + 3 or j + 1 >= len(tokens) or not tokens[j - 2].cap or (tokens[j - 2].low, tokens[j - 1].low) not in (
            _NATIONAL_OWNER_PAIRS) or tokens[j - 3].acronym:
        return 0
    k, n = j + 1, len(tokens)
    if tokens[k].cap:  # `… về Phát triển bền vững`: a capitalised remit is read as the name goes on
        return 0 if _title_head(tokens, k) or _honorific(tokens, k) or _match_seq(tokens, k, _PLACE_SEQS) else k
    words = 0
    while k < n and words < NATIONAL_REMIT_WORDS and tokens[k].word and tokens[k].low not in TITLE_STOP and not (
            _match_seq(tokens, k, _VERB_SEQS)):
        if tokens[k].cap and not (place := _match_seq(tokens, k, _PLACE_SEQS)):
            return 0  # a capital that is no place: a name may start, the remit's end is unclear
        step = place if tokens[k].cap else 1
        k += step
        words += step
    if k == j + 1 or (k < n and tokens[k].word and not tokens[k].cap and tokens[k].low not in TITLE_STOP
                      and not _match_seq(tokens, k, _VERB_SEQS)):
        return 0  # (the count ran out inside the remit: its end is unclear)
    return k


def _title(tokens: list[Token], i: int, body_only: bool = False, after_name: bool = False) -> _Title | None:
    """A title phrase at token i: its head and the body it heads, closed by a name.

    The phrase goes on over capitalised words, acronyms and places, body words, `của` + a
    body, `&`/`-`/`và` inside a body's name, and up to BODY_TAIL_WORDS lower-case words after
    a capitalised one when a capitalised word or a separator follows them. Each capitalised
    run it crosses may hold a name: the first that does closes the title. `body_only`: the
    phrase is a body without a head (`Văn phòng hợp tác quốc tế`), read the same way.
    `after_name`: the phrase follows the person's name (see `_name_in_run`).
    """
    head = 0 if body_only else _title_head(tokens, i)
    if not head and not body_only:
        return None
    j = i + head
    n = len(tokens)
    if head and " ".join(t.low for t in tokens[i:j]) in _FIELD_READ_HEADS:
        if i > 0 and (tokens[i - 1].low in PLURAL_MARKERS or " ".join(t.low for t in tokens[max(0, i - 2) : i]) in GROUP_NOUNS):
            return None  # `Các chuyên gia Kaspersky Lab`, `đội ngũ chuyên gia tư vấn tâm lý Thành Đạt`: a group, no one
        if i > 0 and tokens[i - 1].low + " " + tokens[i].low in HEAD_SPLITTING_COMPOUNDS:
            return None  # `cơ quan chức năng tỉnh Bắc Chungcheong`: the authorities, no official
        field = j
        while field < n and field - j < (FIELD_AFTER_NAME_WORDS if after_name else FIELD_HEAD_WORDS) and tokens[
                field].word and not tokens[field].cap and (
                tokens[field].low == "về" or tokens[field].low not in TITLE_STOP) and not _match_seq(tokens, field, _VERB_SEQS):
            field += 1
        if j < field < n and field - j <= FIELD_HEAD_WORDS and tokens[field].cap and tokens[field].word:
            j = field  # the field is the title's; the name may stand right after it
        elif j < field and after_name and (field == n or tokens[field].text in FIELD_CLOSERS
                                           or _match_seq(tokens, field, _SPEECH_SEQS)):
            j = field  # `PGS-TS Phạm Tất Thắng, chuyên gia kinh tế, lại cho rằng`: the field ends the title
        elif j < field < n - 1 and tokens[field].text in FIELD_DASHES and tokens[field + 1].cap:
            # `chuyên gia kinh tế - TS Nguyễn Minh Phong khẳng định`: a dash closes the field before the degree and
            # the name it chains to. CS cgrep `[Cc]huyên gia` + lower-case words + a dash or comma + a degree + a
            # capital over the 35,440 baomoi articles: 4 hits, all a dash, 4 an expert named after the degree
            j = field
    if head and j < n and not tokens[j].cap and (field := _match_seq(tokens, j, _DIRECTOR_FIELD_SEQS)) and " ".join(
            t.low for t in tokens[i:j]) in DIRECTOR_HEADS:
        j += field  # `Giám đốc kỹ thuật Công ty FPT`: the director's field
    if head and j + len(IN_CHARGE_WORDS) < n and tuple(t.low for t in tokens[j : j + len(IN_CHARGE_WORDS)]) == IN_CHARGE_WORDS and (
            tokens[j + len(IN_CHARGE_WORDS)].cap):
        j += len(IN_CHARGE_WORDS)  # `Phó Trưởng ban phụ trách Ban Thực hiện chính sách BHYT`: the body the office runs
    if head and (qualifier := _match_seq(tokens, j, _QUALIFIER_SEQS)):
        j += qualifier  # `Phó Chủ tịch cao cấp của Hiệp hội …`, `cố vấn cao cấp Steve Bannon`
    opening = j  # right after the head (and its field, its qualifier)
    # a body's noun stood in the phrase (`Ban`, `Dự án`, the head `Trưởng ban` itself)
    # (or the office the body's noun opens, its head in the last syllable: `Cục trưởng Khảo thí và Kiểm định chất lượng
    # giáo dục`, `Vụ trưởng Pháp chế`)
    office_of_body = head >= 2 and tokens[i + head - 1].low in OFFICE_HEAD_SUFFIXES and (
        _match_seq(tokens, i, _BODY_HEAD_SEQS) == head - 1)
    # (or a head that ends in a department's noun no body's name opens with: `Trưởng khoa tim mạch`, `Trưởng khoa điều trị
    # tích cực Bệnh viện Nội tiết Trung ương`)
    body_named = body_only or (head > 0 and (_match_seq(tokens, i + head - 1, _BODY_HEAD_SEQS) > 0 or office_of_body
                                             or " ".join(t.low for t in tokens[i : i + head]) in DEPARTMENT_HEADS)) or (
        " ".join(t.low for t in tokens[j - 2 : j]) in MINISTRY_HEADS)
    closed = False  # the body's name ended with its abbreviation (`Hội đồng châu Âu (EC)`)
    # a representative's body runs to the name of its own (`Đại diện Hội đồng trị sự Nguyễn Phước Tộc`)
    body_of = head > 0 and " ".join(t.low for t in tokens[i : i + head]) in BODY_OF_HEADS
    named_at = -1  # where the name of a body whose noun is written in lower case starts
    while j < n:
        tok = tokens[j]
        if tok.text in CAPITALISED_HONORIFICS and j > i + head:
            break  # `Chủ tịch Thượng viện Ngài Youri Latortue`: the honorific opens the name
        if tok.cap and j > i and _match_seq(tokens, j, _CHAIRING_SEQS):
            break  # `Phiên họp do ông X, Chủ tịch UBND huyện - Chủ trì`: the verb, capitalised by a careless hand
        if tok.cap and tok.low == REMIT_JOINER and j > i and tokens[j - 1].low == "ban" and (
                m := _match_seq(tokens, j, _BAN_SEQS)):
            j += m  # `Ủy ban Về các vấn đề xã hội của Quốc hội`: the committee's name, its `Về` capitalised (BAN_NAMES)
            continue
        if tok.cap and j > i + head and tok.low in GLUED_SENTENCE_OPENERS and j + 1 < n and tokens[j + 1].word and not (
                tokens[j + 1].cap):
            break  # `…, Chủ tịch Liên đoàn Luật sư Việt Nam Tại hội nghị, …`: a caption's sentence glued to the next
        if tok.cap and j > i + head and _match_seq(tokens, j, _GLUED_STATEMENT_SEQS) and j + 1 < n and not tokens[j + 1].cap:
            break  # `… Chủ nhiệm Ủy ban Bảo vệ Chăm sóc trẻ em VN Phát biểu chỉ đạo tại buổi lễ, …`: the next sentence
        if (tok.text == "," and j > i + 1 and j + 1 < n and (joined := COMMA_JOINED_WORDS.get(tokens[j - 1].low))
                and tuple(t.low for t in tokens[j + 1 : j + 1 + len(joined)]) == joined):
            j += 1 + len(joined)  # `Trưởng Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19`: one remit, its comma inside it
            remit = j  # and what is fought, in lower case (`… phòng, chống tham nhũng tỉnh`), up to a verb
            while (remit < n and remit - j < COMMA_REMIT_WORDS and tokens[remit].word and not tokens[remit].cap
                   and (tokens[remit].low not in TITLE_STOP or _match_seq(tokens, remit, _BODY_SEQS))
                   and not _match_seq(tokens, remit, _VERB_SEQS)):
                remit += 1
            j = remit
            continue
        if tok.word and tok.cap and (ministry := _match_seq(tokens, j, _MINISTRY_SEQS)):
            j += ministry  # `Bộ Thông tin và truyền thông`: an official name whatever its case (OFFICIAL_MINISTRIES)
            body_named = True
            continue
        if (head and j > opening and tok.word and not tok.cap and tokens[j - 1].cap
                and (qualifier := _match_seq(tokens, j, _QUALIFIER_SEQS)) and j + qualifier < n
                and tokens[j + qualifier].word and tokens[j + qualifier].cap):
            j += qualifier  # `Tổng thống Pháp đắc cử Emmanuel Macron`: the qualifier after the office's country or body
            continue
        if tok.word and (tok.cap or (head and j == i + head)) and (kinded := _kinded_body(tokens, j)):
            j += kinded  # `Hiệu trưởng trường mầm non Sen Vàng …`: the body's noun and kind, its name after them
            named_at = j
            body_named = True
            continue
        if head and j == i + head and not tok.cap and (field := _match_seq(tokens, j, _DEPARTMENT_SEQS)) and " ".join(
                t.low for t in tokens[i:j]) in BODY_NOUN_HEADS:
            j += field  # `Trưởng phòng tham mưu Công an tỉnh …`: the department's name
            body_named = True
            continue
        if head and j == i + head and not tok.cap and tok.low in TEAM_NOUNS and " ".join(
                t.low for t in tokens[i:j]) in TEAM_HEADS and (team := _team_name_end(tokens, j + 1)) > j + 1:
            j = team  # `Tổ trưởng tổ công tác thẩm định tàu cá vỏ thép`, `Tổ phó tổ công tác`: the team's name
            body_named = True
            continue
        if head and j == i + head and not tok.cap and (pointer := _match_seq(tokens, j, _COUNTRY_POINTER_SEQS)) and (
                j + pointer < n and tokens[j + pointer].word and tokens[j + pointer].cap):
            j += pointer  # `Thủ tướng nước này Angela Merkel`: the country named before
            closed = True  # the office ends with its country: a name of any shape may follow (`… Moon Jae-in`)
            continue
        if head and j == i + head and tok.low == NATIONALITY_NOUN and j + 1 < n and tokens[j + 1].cap and (
                place := _match_seq(tokens, j + 1, _PLACE_SEQS)) and j + 1 + place < n and tokens[j + 1 + place].word and (
                tokens[j + 1 + place].cap):
            j += 1 + place  # `Nhà khoa học người Pháp Jean-Christophe Boni`: the holder's nationality after the title
            closed = True  # a name of any shape may follow
            continue
        if head and j == i + head and tok.cap and (place := _match_seq(tokens, j, _PLACE_SEQS)) > 3 and not all(
                t.cap for t in tokens[j : j + place]) and j + place < n and tokens[j + place].word and tokens[j + place].cap:
            j += place  # `Tổng thống Hợp chúng quốc Hoa Kỳ Donald Trump`: a country's formal name, lower-case words in it
            closed = True
            continue
        if head and j == i + head and tok.acronym and _match_seq(tokens, j, _PLACE_SEQS) == 1 and (
                j + 1 < n and tokens[j + 1].word and tokens[j + 1].cap and not tokens[j + 1].acronym):
            j += 1  # `Chủ tịch TQ Tập Cận Bình`: a country in capitals right after the office
            closed = True
            continue
        if head and j == i + head and not tok.cap and (noun := _match_seq(tokens, j, _LOWER_NAMED_BODY_SEQS)) and (
                j + noun < n and tokens[j + noun].word and tokens[j + noun].cap
                and not _title_head(tokens, j + noun) and not _honorific(tokens, j + noun)):
            j += noun  # `Tổng Biên tập báo Nhân Dân`, `Hiệu trưởng trường THPT X`: the body's noun, its name after it
            named_at = j
            body_named = True
            continue
        if tok.word and (tok.cap or j == i + head) and _match_seq(tokens, j, _BODY_HEAD_SEQS):
            body_named = True  # `Ban`; in lower case right after the head (`Giám đốc trung tâm chiến lược Nga`)
        if tok.word and not tok.cap and tok.low in FOREIGN_UNIT_WORDS and j + 1 < n and tokens[j + 1].word and (
                tokens[j + 1].cap) and tokens[j - 1].low not in FOREIGN_UNIT_NOT_AFTER:
            j += 1  # `Thống đốc bang California …`: the unit's name follows
            continue
        if tok.word and tok.cap and tokens[j - 1].low == "đoàn" and tok.low in DELEGATE_ABBREVIATIONS:
            j += 1  # `Trưởng đoàn ĐBQH tỉnh`: the delegation's name, not the next title
            continue
        if tok.word and tok.cap and _title_head(tokens, j):
            if j == i + head and _match_seq(tokens, i, _COMPLEMENT_SEQS) == head:
                j += _title_head(tokens, j)  # `Trợ lý Bộ trưởng …`: one title
                continue
            if any(j - n >= i and _match_seq(tokens, j - n, _OFFICE_BODY_SEQS) == n for n in (1, 2)):
                j += _title_head(tokens, j)  # `Phó Chủ nhiệm Văn phòng Chủ tịch nước`: the office's staff
                continue
            if j - 1 > i and tokens[j - 1].cap and (named := _match_seq(tokens, j - 1, _OFFICE_NAMED_SEQS)):
                j += named - 1  # `Ủy viên Đoàn Chủ tịch`: the presidium, a body
                continue
            if j > i and _guild_before(tokens, j):
                j += _title_head(tokens, j)  # `Phó Chủ tịch Hội Nhà văn Việt Nam`: the guild of a profession
                continue
            if j - 1 > i and ((tokens[j - 1].cap and _match_seq(tokens, j - 1, _BODY_HEAD_SEQS) == 1) or (
                    j - 3 > i and tokens[j - 2].cap and " ".join(t.low for t in tokens[j - 2 : j]) in STAFF_HEADS
                    and _match_seq(tokens, j - 3, _BODY_HEAD_SEQS) == 1)) and (
                    " ".join(t.low for t in tokens[j : j + _title_head(tokens, j)]) in STAFF_HEADS):
                j += _title_head(tokens, j)  # `Phó Vụ trưởng Vụ Công chức Viên chức`: the department of the staff
                continue
            break  # the next title of a chain (`Bộ trưởng Quốc phòng Đại tướng …` is rare)
        if tok.word and tok.cap and (body := max(_match_seq(tokens, j, _BODY_HEAD_SEQS),
                                                 _match_seq(tokens, j, _BODY_SEQS))) > 1:
            j += body  # `Trung tâm`, `Văn phòng`, `Trung ương`: a body's words, whatever their case
            continue
        if tok.word and tok.cap and j > i and not (tokens[j - 1].cap and tokens[j - 1].word and not tokens[j - 1].acronym) and (
            h := _match_seq(tokens, j, _HONORIFIC_SEQS)
        ) and not _match_seq(tokens, j, _PLACE_SEQS) and j + h < n and _family_name(tokens[j + h]) and (
            span := _name_after_cue(tokens, j + h, "honorific")
        ) is not None:
            return _Title(i, j, *span)  # `GS.TS Ông Bùi Xuân Cậy`: a form of address between title and name
        if tok.word and (tok.cap or tok.acronym):
            r1 = _run_end(tokens, j, n)
            if r1 > j:
                # a run that opens on a body's noun names the body (`Giám đốc Cty Phát điện 1`)
                free = ((j == opening and not body_only) or closed) and not _match_seq(tokens, j, _BODY_HEAD_SEQS)
                k = None if body_of else _name_in_run(tokens, j, r1, free=free, after_name=after_name,
                                                      named_body=j == named_at)
                if k is not None:
                    return _Title(i, k, k, r1)
                j = r1
                if (body := _match_seq(tokens, r1 - 1, _BODY_SEQS)) > 1:
                    j = r1 - 1 + body  # `Sở Giao thông vận tải`: the run's last word opens a body's words
            else:
                if tok.low in SCHOOL_LEVELS and (named_at == j or (j > i + head and _body_named_before(tokens, j))):
                    named_at = j + 1  # `trường THPT`, `Trường ĐH`: the school's level, then its name
                j += 1  # an acronym or a dotted abbreviation (`UBND`, `TP.HCM`, `Q.1`)
            continue
        if tok.text == "." and j > i + head and tokens[j - 1].low in DOTTED_UNITS and j + 1 < n and tokens[j + 1].word and (
                tokens[j + 1].cap and not (_title_head(tokens, j + 1) or _honorific(tokens, j + 1)
                                           or tokens[j + 1].low in CLAUSE_OPENERS)):
            j += 1  # `Chủ tịch HĐND TP. Hồ Chí Minh`: the abbreviation's dot, the city's name after it
            continue
        if tok.low == "của" and j + 1 < n and tokens[j + 1].cap and tokens[j + 1].word and not (
            _title_head(tokens, j + 1) or _honorific(tokens, j + 1)
        ):
            j += 1  # `Người phát ngôn của Bộ Ngoại giao`: the office's owner goes on
            continue
        if tok.low == REMIT_JOINER and j + 1 < n and tokens[j + 1].word and tokens[j + 1].cap and not (
                _title_head(tokens, j + 1) or _honorific(tokens, j + 1) or _match_seq(tokens, j + 1, _PLACE_SEQS)
        ) and any(_match_seq(tokens, m, _REMIT_SEQS) for m in range(i, j)):
            j += 1  # `Trưởng ban Chỉ đạo Nhà nước về Du lịch`: the committee's remit is its name's
            continue
        if tok.low == REMIT_JOINER and body_named and (remit := _national_remit(tokens, i, j)):
            j = remit  # `Chủ tịch Ủy ban Quốc gia về biến đổi khí hậu`: a national body's remit is its name's
            continue
        if tok.low == REMIT_JOINER and _match_seq(tokens, i, _ENVOY_SEQS) and (
                place := _match_seq(tokens, j + 1, _PLACE_SEQS)):
            j += 1 + place  # `Đặc phái viên Liên hợp quốc về Syria`: the envoy's remit, a country, ends the office
            closed = True
            continue
        if tok.low == "tại" and (place := _match_seq(tokens, j + 1, _PLACE_SEQS)):
            j += 1 + place  # `Đại sứ Sudan tại Việt Nam`
            closed = True  # the office ends with its post: a name of any shape may follow (`… Kunio Umeda`)
            continue
        if tok.text == "(" and j + 2 < n and (
            (place := _match_seq(tokens, j + 1, _PLACE_SEQS)) or (acronyms := _acronyms(tokens, j + 1))
        ) and j + 1 + (place or acronyms) < n and tokens[j + 1 + (place or acronyms)].text == ")":
            closed = not place
            # `thành phố Yokohama (Nhật Bản)`, `Hội đồng châu Âu (EC)`, `Ủy ban Trung ương Mặt trận Tổ quốc (UBTW MTTQ)`
            j += 2 + (place or acronyms)
            continue
        if tok.text == "(" and j > i + head and (close := _locality_bracket_end(tokens, j)) > j:
            j = close  # `Chủ tịch UBND xã Minh Đài (H.Tân Sơn, Phú Thọ)`: where the body is
            continue
        if tok.text == "(" and j > i + head and (close := _branch_paren(tokens, j)):
            j = close  # `Trưởng ban Quản lý Đào tạo ĐH Ngoại Thương (cơ sở 2 TP.HCM)`: the body's branch
            continue
        if tok.text == "(" and not after_name and j > i + head and body_named and _match_seq(
                tokens, j + 1, _BODY_HEAD_SEQS) and (close := _parenthesised_end(tokens, j)) > j:
            # `Cục trưởng Cục Quản lý thị trường (Bộ Công Thương) Trần Hùng`: the body it belongs to, before the name
            # (after a name the bracket closes the titles, `_titles_after`). Over the 35,440 baomoi articles a title,
            # a bracketed body and a name: 13 hits; the people of 7 meetings change, all read right (2 persons gained).
            j = close
            continue
        if tok.text == "(" and j > i + head and (gloss := _match_seq(tokens, j + 1, _CHAMBER_GLOSS_SEQS)) and (
                j + 1 + gloss < n and tokens[j + 1 + gloss].text == ")"):
            # `Chủ tịch Duma Quốc gia (Hạ viện) Nga Vyacheslav Volodin`: a legislature's other name, glossed as its chamber
            j += 2 + gloss
            continue
        if tok.text == "(" and j > i + head and j + 3 < n and tokens[j + 2].text == ")" and _paren_short_name(tokens, j + 1):
            j += 3  # `Cục Dự trữ Liên bang Mỹ (Fed)`, `Tổ chức Cảnh sát hình sự quốc tế (Interpol)`: the body's short name
            closed = True
            continue
        if tok.low == "các" and body_named and j + 1 < n and tokens[j + 1].word and (
            tokens[j + 1].acronym or tokens[j + 1].cap
        ) and not _title_head(tokens, j + 1):
            j += 1  # `Ban Quản lý các KCN Hà Nội`
            continue
        if tok.low in PLURAL_LIST_MARKERS and j > i + head and any(
                j - m > i and _match_seq(tokens, j - m, _FEDERATION_SEQS) == m for m in (1, 2)) and (
                j + 1 < n and tokens[j + 1].word and not _title_head(tokens, j + 1)
                and not _match_seq(tokens, j + 1, _HONORIFIC_SEQS)):
            j += 1  # `Hiệp hội các nhà bán lẻ Việt Nam`: a federation's members, its name (FEDERATION_BODIES)
            continue
        if j > i and tokens[j - 1].low == "ban" and (m := _match_seq(tokens, j, _BAN_SEQS)):
            j += m  # `Ban chỉ đạo`, `Ban chấp hành`: a committee's name goes on in lower case
            if _match_seq(tokens, j - m - 1, _REMIT_SEQS):
                j += _remit_tail(tokens, j)  # `Trưởng Ban chỉ đạo điều hành giá đã chủ trì`: what it steers
            continue
        if tok.word and (body := _match_seq(tokens, j, _BODY_SEQS)) and not (
                j > 0 and f"{tokens[j - 1].low} {tok.low}" in CLOSED_BEFORE_BODY_WORD):
            j += body
            continue
        if _YEAR_RE.fullmatch(tok.text) and j > i + head and tokens[j - 1].word and (tokens[j - 1].cap or (
                body_named and j + 1 < n and tokens[j + 1].word and tokens[j + 1].cap and not tokens[j - 1].text[:1].isdigit())):
            # `Chủ tịch SOM APEC 2017`, `Phó Trưởng Ban chỉ đạo lễ hội Lim 2017`: the event's year is its name's; so after
            # a lower-case word of a body's name, before the holder's (`Phó Trưởng ban Thường trực Ban Tổ chức Hội Báo toàn
            # quốc 2025 Lê Mỹ Ái Linh cho biết`)
            j += 1
            continue
        if tok.text.isdigit() and len(tok.text) <= 2 and j >= i + head and j > i and tokens[j - 1].low in NUMBERED_UNITS:
            j += 1  # `Phó Chủ tịch UBND quận 8`, `Trưởng phòng 3`: the unit's number
            continue
        # (right after a head that ends in a body's noun, its name in lower case, in the titles set after a name:
        # `ông X, Trưởng phòng quản lý đô thị quận Đống Đa cho biết`, `Trưởng khoa hồi sức tích cực ngoại - …`)
        if tok.word and (j > i + head or (after_name and j == i + head and tok.low not in MOTION_VERBS and " ".join(
                t.low for t in tokens[i : i + head]) in BODY_NOUN_HEADS)) and (tail := _body_tail(tokens, j, body_named)):
            j += tail
            continue
        if tok.low == "và" and body_named and j > i + head and (tail := _field_after_and(tokens, j + 1)):
            j += 1 + tail  # `Trưởng ban Dược và vật tư y tế (BHXH Việt Nam)`: the body's last field
            continue
        if tok.text == "," and body_named and j > i + head and _fields_joined(tokens, j + 1):
            j += 1  # `Bộ Lao động, Thương binh và Xã hội`: a body's fields, listed
            continue
        if tok.text == "," and body_named and j > i + head and tokens[j - 1].acronym and (
                listed := _acronym_fields(tokens, j + 1)):
            j += 1 + listed  # `Giám đốc Sở VH,TT&DL`, `Bộ LĐ,TB&XH`: the fields abbreviated
            continue
        if tok.text == "," and body_named and j > i + head and tokens[j - 1].word and not (
                tokens[j - 1].cap or tokens[j - 1].text[:1].isdigit()) and (listed := _lower_fields_end(tokens, j + 1)):
            j = listed  # `Bộ Văn hóa, thể thao và du lịch`, `Tiểu ban cứu hộ, cứu nạn và tuyên truyền`: in lower case
            continue
        if tok.low == "năm" and body_named and j > i + head and _body_year(tokens, j) and any(
                _match_seq(tokens, m, _YEARLY_SEQS) for m in range(i, j)):
            j += 2  # `Trưởng Ban tổ chức lễ hội đền Trần năm 2017`: the committee's year
            continue
        if tok.text == "," and head and body_named and j > i + head and not after_name and (
                parent := _match_seq(tokens, j + 1, _PARENT_BODY_SEQS)) and j + 1 + parent < n and tokens[
                j + 1 + parent].word and tokens[j + 1 + parent].cap and not _title_head(tokens, j + 1) and (
                whole := _title(tokens, j + 1, body_only=True)) is not None and whole.name_start >= 0:
            return _Title(i, whole.end, whole.name_start, whole.name_end)  # `Cục trưởng Cục Quản lý giá, Bộ Tài chính X`
        if tok.text in ("&", "-", "–") or tok.low == "và":
            nxt = tokens[j + 1] if j + 1 < n else None
            # Inside a body's name (`TT & TT`, `Lao động - Thương binh và Xã hội`), not
            # before another title or a person.
            if (
                nxt is not None and nxt.cap and nxt.word and tokens[j - 1].word and j - 1 >= i + head
                and not _title_head(tokens, j + 1) and not _honorific(tokens, j + 1)
                and not _vietnamese_name(tokens, j + 1, _run_end(tokens, j + 1, n))
                and nxt.low not in DASHED_CLAUSE_OPENERS
            ):
                j += 1
                continue
        break
    return _Title(i, j)


# A body's branch or campus in parentheses after its name (`Nguyên Giám đốc Bảo tàng Hồ Chí Minh (chi nhánh TP.HCM)`,
# `Trưởng ban Quản lý Đào tạo ĐH Ngoại Thương (cơ sở 2 TP.HCM) cho hay`): part of the title, where it stopped at the
# bracket. CS cgrep (title) … `(chi nhánh|cơ sở|phân hiệu …)` 2 hits over baomoi-dev, 2 read, 2 a branch of the body.
BRANCH_WORDS = ("chi nhánh", "cơ sở", "phân hiệu")
_BRANCH_SEQS = _index(BRANCH_WORDS)
BRANCH_PAREN_WORDS = 6


def _branch_paren(tokens: list[Token], j: int) -> int:
    """After the `(` at j, a branch word and a few words, no title or address among them, then `)`: the index after
    `)`, or 0."""
    if not _match_seq(tokens, j + 1, _BRANCH_SEQS):
        return 0
    for k in range(j + 2, min(j + 2 + BRANCH_PAREN_WORDS, len(tokens))):
        if tokens[k].text == ")":
            return k + 1
        if not tokens[k].word or _title_head(tokens, k) or _honorific(tokens, k):
            return 0
    return 0


# A body's short name in parentheses after its full name, a word of foreign spelling with a capital (`Cục Dự trữ Liên
# bang Mỹ (Fed) Janet Yellen`, `Tập đoàn công nghệ quốc gia Nga (Rostec) Sergei Chemezov`, `Tổ chức Cảnh sát hình sự
# quốc tế (Interpol) Jurgen Stock`), closes the body like an acronym: a name of any shape may follow. CS cgrep `(Chủ
# tịch|Giám đốc|…|Trưởng|Phó)… \([A-Z][a-z]+\) [A-ZĐ]\w* [A-ZĐ]` 13 hits over baomoi-dev, 8 a body's short name and its
# head's name after it (all lost), 5 a place (read already).
def _paren_short_name(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    return tok.word and tok.cap and not tok.acronym and not is_vietnamese_syllable(tok.text) and not (
        _match_seq(tokens, k, _PLACE_SEQS))


def _kinded_body(tokens: list[Token], j: int) -> int:
    """The length of a body's noun and its kind from token j (`trường mầm non`, `Công ty TNHH MTV`, `bệnh viện đa
    khoa`) when the body's own name, a capitalised word, follows them; 0 otherwise."""
    noun = _match_seq(tokens, j, _KINDED_BODY_SEQS)
    if not noun:
        return 0
    k = j + noun
    lower = False
    while k < len(tokens):
        if not tokens[k].cap and (kind := _match_seq(tokens, k, _BODY_KIND_SEQS)):
            k += kind
            lower = True
        elif tokens[k].acronym and tokens[k].low in BODY_KIND_ACRONYMS:
            k += 1
        else:
            break
    if k > j + noun and k < len(tokens) and tokens[k].word and not tokens[k].cap and _match_seq(tokens, j, _COMPANY_SEQS) == noun:
        field = k  # `Công ty cổ phần nông nghiệp quốc tế Hoàng Anh Gia Lai`: the company's line of business, its name after
        while (field < len(tokens) and field - k < COMPANY_FIELD_WORDS and tokens[field].word and not tokens[field].cap
               and tokens[field].low not in TITLE_STOP and not _match_seq(tokens, field, _VERB_SEQS)):
            field += 1
        if field < len(tokens) and tokens[field].word and tokens[field].cap and not tokens[field].acronym:
            k = field  # (not an acronym: `công ty cổ phần cơ điện lạnh REE Nguyễn Thị Mai Thanh`, a one-word name)
    if k == j + noun or k >= len(tokens) or not (tokens[k].word and tokens[k].cap) or _title_head(tokens, k) or (
            _honorific(tokens, k)):
        return 0
    if not lower and tokens[j].cap and all(tokens[m].low in SCHOOL_LEVELS for m in range(j + noun, k)):
        return 0  # `Trường THPT X`: read as before (the level after the capitalised noun)
    return k - j


# A year written after an event's or a body's capitalised name inside a title (`Chủ tịch SOM APEC 2017 Bùi Thanh Sơn`,
# `Phó ban tổ chức Hoa hậu Việt Nam 2014, bà X`, `Trưởng đoàn Intel ISEF 2017`): the name's, the title goes on. CS cgrep
# `(Chủ tịch|Trưởng|Giám đốc|Phó …|…)( [^ ,.;:]+){0,5} [A-Z][A-Za-z]+ (19|20)\d\d` 32 hits over baomoi-dev, 15 read, 14
# an event's or a company's name with its year or number (1 `Trưởng thành từ cuộc thi Vteen 2007`, no title).
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


# A team's head and the team's noun after it in lower case, its name after that in lower case too (`Tổ trưởng tổ công tác
# thẩm định tàu cá vỏ thép`, `Tổ phó tổ công tác Nguyễn Cao Lục`, `tổ trưởng tổ ngoại ngữ`), where the title had stopped
# at the head (`tổ` also opens `tổ chức`). CS cgrep `[Tt]ổ (trưởng|phó) tổ (?!chức)` over the 35,440 baomoi articles: 88
# hits in 70 articles; of 20 read, 19 a team's name (a residents' group, a school's subject team, a task force, a
# patrol), 1 a joke's `tổ trưởng tổ lau sàn`. The name runs over at most TEAM_NAME_WORDS lower-case words.
TEAM_HEADS = frozenset({"tổ trưởng", "phó tổ trưởng", "tổ phó"})
TEAM_NOUNS = frozenset({"tổ"})
TEAM_NAME_WORDS = 10


def _team_name_end(tokens: list[Token], k: int) -> int:
    """Where the lower-case name of a team that starts at token k ends (k itself when none does)."""
    start, n = k, len(tokens)
    if k < n and tokens[k].low == "chức":
        return k
    while (k < n and k - start < TEAM_NAME_WORDS and tokens[k].word and not tokens[k].cap and not tokens[k].text[:1].isdigit()
           and tokens[k].low not in TITLE_STOP and not _match_seq(tokens, k, _VERB_SEQS)
           and not _match_seq(tokens, k, _MANNER_SEQS)):
        k += 1
    return k


# Heads that end in their body's noun, whose name may follow in lower case (`Trưởng phòng quản lý đô thị quận Đống
# Đa`, `Trưởng khoa hồi sức tích cực`, `Phó trưởng đoàn đại biểu Quốc hội tỉnh Bắc Ninh`): cgrep `(Phó )?[Tt]rưởng
# (phòng|ban|khoa) [a-z]`: 323 sentences of baomoi-dev, 13 of 15 read a body's name (2 the office as a noun).
BODY_NOUN_HEADS = frozenset({"trưởng phòng", "phó trưởng phòng", "trưởng ban", "phó trưởng ban", "trưởng khoa",
                             "phó trưởng khoa", "trưởng đoàn", "phó trưởng đoàn", "trưởng phái đoàn", "phó trưởng phái đoàn",
                             "chánh văn phòng", "phó chánh văn phòng",
                             "tổ trưởng", "phó tổ trưởng", "tổ phó"})
# Of those, the heads of a hospital's or a faculty's department (`khoa`), whose noun opens no body's name of its own
# (`khoa học`): after one, its department's name in lower case is the body's. CS cgrep `(Phó )?[Tt]rưởng khoa [a-z]`
# over the 35,440 baomoi articles: 49 hits in 44 articles, 12 read, 11 a department's name (`Trưởng khoa tim mạch – BV
# Nhi đồng 1`, `Trưởng khoa tai mũi họng (Bệnh viện …)`), which the title had lost, 1 the office as a noun (`xin phép
# trưởng khoa`).
DEPARTMENT_HEADS = frozenset({"trưởng khoa", "phó trưởng khoa"})
# A department's name in lower case after such a head whose first syllable ends a title elsewhere (`tham` of `tham dự`,
# `dự` of `dự hội nghị`): `Trưởng phòng tham mưu Công an tỉnh Gia Lai`, `Trưởng phòng dự án Hybrid`. CS cgrep
# `[Tt]rưởng (phòng|ban|khoa) (tham mưu|dự án)` 11 sentences over baomoi-dev, 11 of 11 the police's staff department,
# whose title was cut to the head or lost.
DEPARTMENT_NAMES = ("tham mưu", "dự án")
_DEPARTMENT_SEQS = _index(DEPARTMENT_NAMES)
# The country the sentence named already, pointed at between a head and the name (`Thủ tướng nước này Angela Merkel`,
# `Tổng thống nước chủ nhà Reuven Rivlin`): a head, one of these and a capitalised word over the 35,440 baomoi
# articles, 55 hits in 46 articles, 12 read, 12 a leader's office and name (the name was lost).
COUNTRY_POINTERS = ("nước này", "nước chủ nhà", "nước đó", "nước sở tại", "nước láng giềng", "quốc gia này",
                    "quốc gia đó", "quốc gia chủ nhà")
_COUNTRY_POINTER_SEQS = _index(COUNTRY_POINTERS)
# Verbs of going that follow such a head as a predicate, not a body's name (`làm Trưởng đoàn sang thăm`).
MOTION_VERBS = frozenset("sang về ra vào lên đi".split())


# At most this many lower-case words of an adverb stand between a two-syllable word that ends a body's name and the
# person's verb (`Tổng cục Năng lượng thẳng thắn chỉ rõ`).
ADVERB_WORDS = 2


# A body's abbreviation in parentheses is at most this many acronyms (`(UBTW MTTQ)`, `(BQL KKT)`).
PAREN_ACRONYMS_MAX = 3


def _acronyms(tokens: list[Token], k: int) -> int:
    """How many tokens from k on are acronyms (up to PAREN_ACRONYMS_MAX), joined by `&` (`TN&MT`)."""
    m, count = k, 0
    while m < len(tokens) and count < PAREN_ACRONYMS_MAX and tokens[m].word and tokens[m].acronym:
        m, count = m + 1, count + 1
        if m + 1 < len(tokens) and tokens[m].text == "&" and tokens[m + 1].acronym:
            m += 1
    return m - k


# A body's name lists at most this many fields after the comma (`Bộ Văn hóa, Thể thao và Du lịch`,
# `Cục Xuất bản, In và Phát hành`); a field is a capitalised word and up to FIELD_WORDS lower-case ones (four: `Trung
# tâm Xúc tiến đầu tư, Hỗ trợ doanh nghiệp và Tư vấn dịch vụ tài chính tỉnh Hưng Yên`, web67 w004, where two stopped the
# field inside `Hỗ trợ doanh nghiệp`; find_people over the 2,691 corpus sentences with a body's name, a comma and a
# capitalised word after it changes none).
BODY_FIELDS_MAX = 3
FIELD_WORDS = 4


def _field_end(tokens: list[Token], k: int) -> int:
    """End of a field of a body's name at token k (`Thương binh`, `In`), or k when none stands there."""
    if k >= len(tokens) or not (tokens[k].word and tokens[k].cap and not tokens[k].acronym) or _title_head(tokens, k) or (
        _honorific(tokens, k) or _vietnamese_name(tokens, k, _run_end(tokens, k, len(tokens)))
        or _match_seq(tokens, k, _PLACE_SEQS)
    ):
        return k
    end = k + 1
    while end < len(tokens) and end - k <= FIELD_WORDS and tokens[end].word and not tokens[end].cap and (
        tokens[end].low not in TITLE_STOP and not _match_seq(tokens, end, _VERB_SEQS)
    ):
        end += 1
    return end


# Staff and crowds joined after a title's body by `và` (`Bí thư Tỉnh ủy Sơn La và đông đảo cán bộ, lãnh đạo ngành y tế`,
# `Phó Vụ trưởng Vụ Phát triển KH&CN địa phương và chuyên viên`, web79 w001, w015): the list's next group, no field of
# the body's name. No baomoi meeting's titles change (its writers put `các` before such a group, which ends a title
# already); 2 of the web pages read this round.
STAFF_AFTER_AND = ("đông đảo", "cán bộ", "chuyên viên", "nhân viên", "công chức", "viên chức", "phóng viên", "đoàn viên",
                   "hội viên", "giáo viên", "học sinh", "sinh viên", "nhân dân", "người dân", "bà con", "lãnh đạo",
                   "đại diện", "thành viên")
_STAFF_AFTER_AND_SEQS = _index(STAFF_AFTER_AND)


def _field_after_and(tokens: list[Token], k: int) -> int:
    """Lower-case words after `và` inside a body's name that close it before a mark: the body's last
    field (`Cục Quản lý nhà và thị trường bất động sản (`), their count; 0 before another body or
    group (`và đoàn công tác,`) and before a verb or a capitalised word."""
    if k >= len(tokens) or _match_seq(tokens, k, _BODY_SEQS) or _match_seq(tokens, k, _BODY_HEAD_SEQS) or _match_seq(
            tokens, k, _STAFF_AFTER_AND_SEQS):
        return 0
    tail = _body_tail(tokens, k, body_named=True)
    end = k + tail
    if tail and (end == len(tokens) or tokens[end].text in (",", "(", ")", ";", ".") or _speech_follows(tokens, end)):
        return tail  # `Bộ Nông nghiệp và Phát triển nông thôn cho biết`: a speech verb closes it too
    # (a field in lower case right up to the speech verb, which `_body_tail` leaves to the predicate: `Giám đốc Trung tâm
    # giám định và thanh toán đa tuyến cho biết`, `Trưởng Ban chỉ đạo đổi mới và phát triển doanh nghiệp đã nhấn mạnh`)
    tail = _remit_tail(tokens, k) if k < len(tokens) and not tokens[k].cap else 0
    return tail if tail and _speech_follows(tokens, k + tail) else 0


def _speech_follows(tokens: list[Token], k: int) -> bool:
    """A verb of saying at token k, or after a tense adverb or two there (TENSE_ADVERBS: `… đã nhấn mạnh`)."""
    while k < len(tokens) and tokens[k].low in TENSE_ADVERBS:
        k += 1
    return bool(_match_seq(tokens, k, _SPEECH_SEQS))


def _remit_tail(tokens: list[Token], k: int) -> int:
    """Lower-case words from token k that a steering committee's name runs over up to the verb after it (`Ban chỉ đạo
    điều hành giá đã chủ trì`, `Ban chỉ đạo thi quốc gia cho hay`): their count, or 0 when no verb or stop word closes
    them within REMIT_TAIL_WORDS or the first of them is a verb (`Ban chỉ đạo nhấn mạnh`)."""
    end = k
    while (end < len(tokens) and end - k < REMIT_TAIL_WORDS and tokens[end].word and not tokens[end].cap
           and not tokens[end].acronym and tokens[end].low not in TITLE_STOP and not _match_seq(tokens, end, _VERB_SEQS)
           and not _match_seq(tokens, end, _MANNER_SEQS)):
        end += 1
    if end == k or end >= len(tokens) or not tokens[end].word or tokens[end].cap or tokens[end].acronym:
        return 0  # a capitalised word, a mark or the end: `_body_tail` reads those
    return end - k if tokens[end].low in TITLE_STOP or _match_seq(tokens, end, _VERB_SEQS) else 0


# What joins a body's last listed field (`Bộ Lao động, Thương binh và Xã hội`, `Sở Văn hóa, Thể thao & Du lịch Lâm
# Đồng`, where the title stopped at the comma): CS cgrep `(Sở|Bộ|…) X, Y & Z` 7 hits over baomoi-dev, 7 read, 7 a body.
LAST_FIELD_JOINERS = frozenset({"và", "&"})


def _fields_joined(tokens: list[Token], k: int) -> bool:
    """From token k, fields of a body's name listed by commas, the last joined by `và` or `&`:
    `Thương binh và Xã hội`, `Công nghệ và Môi trường`, `Thể thao & Du lịch`."""
    for _ in range(BODY_FIELDS_MAX):
        end = _field_end(tokens, k)
        if end == k or end >= len(tokens):
            return False
        if tokens[end].low in LAST_FIELD_JOINERS:
            return _field_end(tokens, end + 1) > end + 1
        if tokens[end].text != ",":
            return False
        k = end + 1
    return False


# And abbreviated (`Giám đốc Sở VH,TT&DL`, `cán bộ Bộ LĐ,TB&XH`, `Sở VH, TT&DL tỉnh Lào Cai`), the last joined by `&`:
# the title stopped at the comma (`Giám đốc Sở VH`). CS cgrep `\b[A-ZĐ]{1,3}, ?[A-ZĐ]{1,3} ?& ?[A-ZĐ]{1,3}\b` over
# baomoi-dev: 27 hits in 16 articles, 10 read, 10 a ministry or a department (web18 h02).
ACRONYM_FIELDS_MAX = 3


def _acronym_fields(tokens: list[Token], k: int) -> int:
    """Tokens from k that go on an abbreviated body's name after its comma: acronyms listed by commas, the last
    joined by `&` (`TT&DL`, `TB&XH`); 0 when they do not end so."""
    m = k
    for _ in range(ACRONYM_FIELDS_MAX):
        if not (m < len(tokens) and tokens[m].word and tokens[m].acronym):
            return 0
        if m + 2 < len(tokens) and tokens[m + 1].text == "&" and tokens[m + 2].word and tokens[m + 2].acronym:
            return m + 3 - k
        if not (m + 1 < len(tokens) and tokens[m + 1].text == ","):
            return 0
        m += 2
    return 0


# A body's fields listed in lower case after its first (`Bộ Văn hóa, thể thao và du lịch`, `Cục Quốc tịch, hộ tịch và
# chứng thực`, `Ủy ban Khoa học, công nghệ và môi trường của Quốc hội`, `Trưởng Tiểu ban cứu hộ, cứu nạn và tuyên truyền`):
# each at most LOWER_FIELD_WORDS lower-case words that open no title, no verb and no stop word, the last joined by `và`,
# and what follows it closes the body's name (a mark, a capitalised word, `của`, the year). CS cgrep (title) + up to 3
# words + `, L (L)? và L (L)? (năm|của|[A-ZĐ])` 10 hits over baomoi-dev, 5 in a title, 5 of 5 one body's listed fields
# (the title was cut at the comma and the name after it lost); the other 5 no title (`Chủ tịch nước đề nghị …`).
LOWER_FIELD_WORDS = 4
LOWER_FIELDS_CLOSE_WORDS = frozenset({"của"})


def _lower_field_end(tokens: list[Token], k: int) -> int:
    """End of a lower-case field of a body's name at token k (`thể thao`, `cứu nạn`), or k when none stands there."""
    end = k
    while (end < len(tokens) and end - k < LOWER_FIELD_WORDS and tokens[end].word and not tokens[end].cap
           and not tokens[end].text[:1].isdigit() and tokens[end].low not in TITLE_STOP
           and not _match_seq(tokens, end, _VERB_SEQS) and not _title_head(tokens, end)
           and not _match_seq(tokens, end, _HONORIFIC_SEQS)):
        end += 1
    return end


def _body_year(tokens: list[Token], k: int) -> bool:
    """`năm 2018` at token k, closed by a mark, a capitalised word, a verb or the end."""
    return (k + 1 < len(tokens) and tokens[k].low == "năm" and _YEAR_RE.fullmatch(tokens[k + 1].text) is not None
            and _fields_close(tokens, k + 2, year=False))


def _fields_close(tokens: list[Token], k: int, year: bool = True) -> bool:
    return (k >= len(tokens) or tokens[k].text in (",", ";", ".", ")", "-", "–", "(") or (tokens[k].word and tokens[k].cap)
            or tokens[k].low in LOWER_FIELDS_CLOSE_WORDS or _match_seq(tokens, k, _VERB_SEQS) > 0
            or (year and _body_year(tokens, k)))


def _lower_fields_end(tokens: list[Token], k: int) -> int:
    """From token k, a body's fields listed in lower case by commas, the last joined by `và`: where the
    last ends, or 0 when none are listed so."""
    for listed in range(BODY_FIELDS_MAX):
        end = _lower_field_end(tokens, k)
        if end == k or end >= len(tokens):
            return 0
        if tokens[end].low in LAST_FIELD_JOINERS:
            last = _lower_field_end(tokens, end + 1)
            return last if last > end + 1 and _fields_close(tokens, last) else 0
        if tokens[end].text != ",":
            # three fields or more may go by commas alone (`Cục Quản lý chất lượng nông, lâm, thủy sản (Bộ …)`)
            return end if listed and tokens[end].text != "-" and _fields_close(tokens, end) else 0
        k = end + 1
    return 0


# The committees and councils set up for a year's event or campaign, whose name ends on that year (`Trưởng Ban tổ chức
# lễ hội đền Trần năm 2017 cho biết`, `Chủ tịch Hội đồng Chung khảo Giải Báo chí quốc gia năm 2016, cho biết`, `Trưởng
# Ban Chỉ đạo Tổng điều tra kinh tế năm 2017 CATP Hà Nội`): CS cgrep `(Trưởng|Chủ tịch|…) (Tiểu ban|Ban|Hội đồng|Ủy
# ban) … năm 20\d\d` before a mark, a name or a speech verb: 4 hits over baomoi-dev, 4 of 4 the body's year.
YEARLY_BODIES = ("ban", "hội đồng")
_YEARLY_SEQS = _index(YEARLY_BODIES)


# A list of names opened by a colon (`Các nghi phạm gồm: Trần Hữu Bình, Trần Thành Trí, …`, `gồm các nhà văn, nhà
# thơ: …, Nguyễn Việt Chiến, Nguyễn Sĩ Đại`): the first family-name-led name is a person when a second one follows
# it, joined by one of LIST_JOINERS and closed by one of LIST_ENDS; the next are read as the list after a person.
LIST_OPENERS = frozenset({":"})
# The most lower-case words of a body's field read before a speech verb (`_body_tail`).
SPOKEN_TAIL_WORDS = 3
# The holder's verbs that may follow such a field (not `chúc mừng`, `cảm ơn`: `Bộ trưởng Bộ Y tế gửi lời cảm ơn`).
SPOKEN_AFTER_VERBS = ("cho biết", "cho rằng", "cho hay", "nhận định", "khẳng định", "nhấn mạnh", "chia sẻ", "phát biểu",
                      "chủ trì", "nói", "trình bày", "báo cáo", "đề nghị", "yêu cầu")
# Verbs and adverbs that are no field of a body (`TS X, Bệnh viện Việt Đức đưa ra nhận định`, `ông X, Phó tổng cục
# trưởng Tổng cục Du lịch làm chủ trì`, `… Bộ Công an từng cho biết`); the aspect and function words of TITLE_STOP end
# the field before them already.
NOT_FIELD_WORDS = frozenset({"làm", "đưa", "ra", "đi", "vẫn", "từng", "đều", "thường", "luôn", "chỉ", "mới", "hiện", "không",
                             "chưa", "cần", "phải", "nhằm"})
# A plural form of address right before a list's colon (`các đồng chí:`, `các ông:`, `các vị:`).
_ADDRESSED_LIST_RE = re.compile(r"(?<!\w)các\s+(?:đồng\s+chí|ông|bà|vị|đ/c)\s*$", re.IGNORECASE)
LIST_JOINERS = frozenset({",", "và"})
LIST_ENDS = frozenset({",", "và", ".", ";", "(", "đã", "cùng"})
# What closes an item of a `;` list of offices, each with its holders (`Phó Chánh án TANDTC A, B; Phó Chánh án …`,
# `nguyên Chủ tịch Quốc hội C, D;`): the bare names before it hold the office written before the first. A titled
# person, `,`, bare family-name-led names and `;` or the sentence's end over the meeting articles of the 35,440 baomoi
# articles: 4 hits in 2 articles (the Assembly's communiqués, a court's conference), 4 of 4 the office shared.
SHARED_OFFICE_ENDS = frozenset({";", "."})


# Lower-case words after a closing comma that go on a list of names or places, not the clause (`Úc, Brunei Canada,
# và …`)
APPOSITION_NOT_VERBS = frozenset({"và", "cùng", "hay", "hoặc", "với"})
# A title after one of these is an owner's (`cố vấn đối ngoại của Tổng thống Putin, Yuri Ushakov,`): the name set off
# after it is the one of the office before, not the owner's.
OWNER_WORDS = frozenset({"của"})


def _closes(tokens: list[Token], k: int) -> bool:
    """A body's name may end before token k: the end, a separator or a capitalised word."""
    return k >= len(tokens) or tokens[k].text in (",", "-", "–", ")", ";", ".") or (tokens[k].word and tokens[k].cap)


def _ends_place(tokens: list[Token], j: int) -> bool:
    """A place's name (PLACES) ends right before token j: a body's name ends there too. Not a one-syllable
    Vietnamese one, which may open a word (`Pháp luật`, `Mỹ thuật`, `Anh ngữ`); `TP.HCM`, `Australia` do not."""
    return any(j - n >= 0 and _match_seq(tokens, j - n, _PLACE_SEQS) == n for n in (2, 3)) or (
        j >= 1 and _match_seq(tokens, j - 1, _PLACE_SEQS) == 1 and not is_vietnamese_syllable(tokens[j - 1].text))


def _field_word_tail(tokens: list[Token], m: int) -> bool:
    """Token m is the second syllable of a field's word whose first syllable is capitalised (CAPITAL_FIELD_WORDS):
    no verb, though it is one elsewhere."""
    return m >= 1 and tokens[m - 1].cap and _match_seq(tokens, m - 1, _CAPITAL_FIELD_SEQS) == 2


def _sentence_case_body(tokens: list[Token], j: int, k: int) -> bool:
    """A body's name written in sentence case right after its noun (`Phó trưởng Ban Công tác đại biểu vừa xác
    nhận`, `Giám đốc Trung tâm Phát triển bền vững của Singapore`): one capitalised word, then lower-case words
    up to SENTENCE_CASE_TAIL_WORDS, closed by an auxiliary, a speech verb or `của` and a capitalised owner. Cut
    after the capitalised word, the title would end inside a word (`Ban Công`, `Trung tâm Phát`)."""
    # (a capitalised body's noun of two words may be the capitalised word: `Trưởng phòng Cảnh sát hình sự đã có mặt`)
    headed = j >= 2 and tokens[j - 2].cap and _match_seq(tokens, j - 2, _BODY_HEAD_SEQS) == 2
    if not (2 <= k - j <= SENTENCE_CASE_TAIL_WORDS and k < len(tokens) and j >= 2 and (tokens[j - 1].cap or headed)
            and tokens[j - 1].word and not tokens[j - 1].acronym) or any(
                tokens[m].low in TITLE_VERBS and not _match_seq(tokens, m, _SENTENCE_CASE_NOUN_SEQS)
                and not _field_word_tail(tokens, m) for m in range(j, k)):
        return False  # (a verb in the run is the predicate: `Bộ Y tế gửi lời cũng`, `Cục Văn hóa cơ sở không`)
    if not headed and not any(j - 1 - n >= 0 and _match_seq(tokens, j - 1 - n, _BODY_HEAD_SEQS) == n for n in (1, 2, 3)):
        return False
    nxt = tokens[k]
    return (nxt.low in SENTENCE_CASE_CLOSERS or _match_seq(tokens, k, _SPEECH_SEQS) > 0
            or (nxt.low == "của" and k + 1 < len(tokens) and tokens[k + 1].word and tokens[k + 1].cap))


def _body_named_before_tail(tokens: list[Token], j: int) -> bool:
    """A body's noun (BODY_HEADS or FIELD_BODY_NOUNS) ends right before token j, the first word of its lower-case field:
    the noun capitalised, or after a lower-case word or the title whose head it ends (`Trưởng phòng`), not a name's last
    syllable (`Bộ Quốc phòng kiểm tra`)."""
    for n in (1, 2, 3):
        m = j - n
        if m < 0 or not (_match_seq(tokens, m, _BODY_HEAD_SEQS) == n or _match_seq(tokens, m, _FIELD_BODY_SEQS) == n):
            continue
        if tokens[m].cap or m == 0 or not tokens[m - 1].cap or any(
                m - q >= 0 and _title_head(tokens, m - q) >= q + n for q in (1, 2)):
            return True
    return False


def _body_tail(tokens: list[Token], j: int, body_named: bool) -> int:
    """Lower-case words that end a body's name after a capitalised word (`Phòng Nghệ thuật`,
    `Bộ chính trị`, `Ban hợp tác phát triển`): their count, or 0.

    More than one only in a phrase that names a body (`body_named`) and when a capitalised word, a
    separator or a joiner follows them; one after a capitalised word (the second syllable of a
    two-syllable word) when no other lower-case word goes on after it. A verb phrase after a
    title is not taken either way (`UBND Q.1 dẫn đầu`).
    """
    if j > 0 and tokens[j - 1].text == ")":
        return 0  # after a body's abbreviation in parentheses the predicate opens (`(Interpol) sang thăm và làm việc`)
    if j >= 1 and (place := _match_seq(tokens, j - 1, _PLACE_SEQS)) > 1 and not any(
            t.cap for t in tokens[j : j - 1 + place]):
        return place - 1  # a place written in lower case after its first word (`Tổng Thư ký Liên hợp quốc X`)
    if _ends_place(tokens, j):
        return 0  # after a place's name (`… Việt Nam trao Quyết định`, `… Việt Nam đưa ra`) the predicate opens
    k = j
    while k < len(tokens) and k - j < BODY_TAIL_WORDS:
        tok = tokens[k]
        if not tok.word or tok.cap or tok.acronym or tok.text[:1].isdigit() or tok.low in TITLE_STOP:
            break
        if _match_seq(tokens, k, _HONORIFIC_SEQS) and _honorific_at(tokens, k) and not _match_seq(tokens, k, _BODY_SEQS):
            break  # (not a form of address's syllable in a body's words: `Vụ sức khỏe bà mẹ - trẻ em`)
        if k == j and tok.low in TITLE_VERBS and not _field_word_tail(tokens, j) and not (tokens[j - 1].cap and _closes(tokens, j + 1)
                                                     and not _title_head(tokens, j + 1)) and not (
                _match_seq(tokens, j, _SENTENCE_CASE_NOUN_SEQS) and _body_named_before_tail(tokens, j)):
            break  # `Truyền thông,` is a word; `Hà Nội cho biết`, `… Việt Nam trao Quyết định` are verbs, so is one
            # before an office (`Thứ trưởng Bộ TT&TT làm Chủ tịch Hội …`: becoming it)
        if (n := _match_seq(tokens, k, _ORGANIZING_SEQS)) and k + n < len(tokens) and tokens[k + n].cap and tokens[
                k + n].word and tokens[k - 1].low not in ORGANIZING_COMMITTEES:
            break  # `Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị`: the body organizes the event
        if _match_seq(tokens, k, _VERB_SEQS) or _match_seq(tokens, k, _MANNER_SEQS):
            break  # `Bộ Y tế nêu rõ`, `Trung ương tin tưởng`: a role or speech verb ends the title; so a word of manner
            # before it (`Bệnh viện Chợ Rẫy vui mừng cho biết`)
        k += 1
    if k + 1 < len(tokens) and tokens[k].low == "số" and tokens[k + 1].text.isdigit():
        k += 2  # `Khu quản lý giao thông đô thị số 1`: the unit's number ends its name
    elif j < k < len(tokens) and tokens[k - 1].low == "số" and tokens[k].text.isdigit():
        k += 1  # `Đội CSGT số 2`
    elif k == j + 1 < len(tokens) and tokens[j - 1].cap and tokens[k].text.isdigit() and len(tokens[k].text) <= 2 and (
            _closes(tokens, k + 1) or (k + 1 < len(tokens) and _match_seq(tokens, k + 1, _VERB_SEQS) > 0)):
        return 2  # `Cty Phát điện 1`: a two-syllable word's second syllable and the unit's number end the name
    elif (k == j + 1 < len(tokens) and tokens[j - 1].cap and tokens[j].low in COMMITTEE_NUMBERED_AFTER
          and tokens[k].text.isdigit() and len(tokens[k].text) <= COMMITTEE_NUMBER_DIGITS
          and not _YEAR_RE.fullmatch(tokens[k].text)):
        end = k + 1 + _match_seq(tokens, k + 1, _COMMITTEE_SCOPE_SEQS)  # `Ban Chỉ đạo 389 quốc gia`
        if _closes(tokens, end) or (end < len(tokens) and (_match_seq(tokens, end, _VERB_SEQS) > 0
                                                           or tokens[end].low in TITLE_STOP)):
            return end - j
    if k == j:
        return 0
    if body_named and (k == len(tokens) or tokens[k].text in (",", "-", "–", "(", ")", ";", ".", "&")
                       or tokens[k].low == "và" or (tokens[k].word and tokens[k].cap and not _title_head(tokens, k))
                       or (_YEAR_RE.fullmatch(tokens[k].text) is not None and k + 1 < len(tokens)  # (`Hội Báo toàn quốc 2025 X`)
                           and tokens[k + 1].word and tokens[k + 1].cap)
                       # (a short field in lower case before the holder's speech verb: `PGS.TS X, Cục trưởng Cục khám chữa
                       # bệnh nhận định …`, audit72 a018)
                       or (k - j <= SPOKEN_TAIL_WORDS and _match_seq(tokens, k, _SPOKEN_AFTER_SEQS) > 0
                           and not any(t.low in NOT_FIELD_WORDS for t in tokens[j:k]))
                       or (j >= 2 and tokens[j - 2].low == "và" and tokens[j - 1].cap and (
                           _match_seq(tokens, k, _VERB_SEQS) or k == len(tokens) or tokens[k].text in FIELD_END_MARKS))
                       or _sentence_case_body(tokens, j, k)):
        # a body's last field after `và` closes before a speech or a role verb too (`Bộ Nông nghiệp và Phát triển
        # nông thôn cho biết`, `Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì`), and before a mark where
        # the office alone names the body (`Cục trưởng Khảo thí và Kiểm định chất lượng giáo dục (Bộ GD&ĐT)`);
        # elsewhere lower-case words before the verb may be an adverb (`Năng lượng thẳng thắn`)
        return k - j
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if tokens[j - 1].cap and tokens[j - 1].word and (
        nxt is None or not nxt.word or nxt.cap or nxt.low in TITLE_STOP or nxt.low in TITLE_VERBS
        or _match_seq(tokens, j + 1, _BODY_SEQS) or _match_seq(tokens, j + 1, _VERB_SEQS)
        # (a form of address, its holder's name after it, when a body's noun opens the word: `Giám đốc Sở Y tế ông
        # Nguyễn Văn An`; elsewhere the word is a verb and the addressed person its object: `Hollande đưa ông Macron`)
        or (_match_seq(tokens, j + 1, _HONORIFIC_SEQS) and not tokens[j - 1].acronym and any(
            j - 1 - m >= 0 and _match_seq(tokens, j - 1 - m, _BODY_HEAD_SEQS) == m for m in (1, 2)))
        # (an adverb of two words between it and the verb: `Tổng cục Năng lượng thẳng thắn chỉ rõ`)
        or any(_match_seq(tokens, m, _VERB_SEQS) for m in range(j + 2, min(j + 2 + ADVERB_WORDS, len(tokens))))
    ):
        return 1
    return 0


# --- persons ----------------------------------------------------------------------------

def _text(sentence: str, tokens: list[Token], a: int, b: int) -> str:
    return sentence[tokens[a].start : tokens[b - 1].end].strip(" -–,(")


def _same_office(tokens: list[Token], at: int, before: tuple[str, ...]) -> bool:
    """The title at token `at` opens on the head of one of the titles written before the name (`before`)."""
    head = _title_head(tokens, at)
    if not head or not before:
        return False
    words = " ".join(t.low for t in tokens[at : at + head])
    return any(normalize_tone(t.lower()).split()[:head] == normalize_tone(words).split() for t in before)


def _addressed_after_comma(tokens: list[Token], k: int) -> bool:
    """A comma at token k, then a form of address and a name (`…, ông Jim Yong Kim`)."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    h = _honorific(tokens, k + 1)
    return bool(h) and _name_after_cue(tokens, k + 1 + h, "honorific") is not None


def _titles_after(
    sentence: str, tokens: list[Token], i: int, had_titles: bool, addressed: bool = False, opens: bool = False,
    degreed: bool = False, ranked: bool = False, before: tuple[str, ...] = (), governed: bool = False,
) -> tuple[list[str], int]:
    """The titles written after a name: `- Phó Bí thư Huyện ủy- Chủ tịch UBND huyện`,
    `, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy …`, `(Chủ tịch UBND tỉnh)`.

    A title that holds a name is the next person's, but after a full name a form of address
    opening a clause introduced alone (`opens`), where the run it holds is its body's name
    (`Ông X, Tổng Giám đốc Vietnam Airlines cho biết`). A name already introduced by its
    titles takes a bare head after a comma as another subject (`Thủ tướng Campuchia Hun Sen,
    Thủ tướng nhấn mạnh`). After a first title, a piece that opens with a body's noun is the
    rest of the title (`…, Giám đốc Ban hợp tác, Văn phòng hợp tác quốc tế, thành phố Yokohama`);
    right after a name a form of address introduced without titles, a capitalised body is the
    person's affiliation (`ông X, Hiệp hội …`); so it is after a degree alone (`Bác sĩ X, Trung tâm Y
    tế Đại học Cincinnati cho biết`: `degreed`).
    """
    titles: list[str] = []
    end = i
    paren = False
    affiliated = False  # the first title is a bracketed body, no office
    if addressed and i < len(tokens) and tokens[i].cap and _title_head(tokens, i) and (
            glued := _title(tokens, i, after_name=True)) is not None and glued.name_start < 0 and glued.end > i:
        # `đ/c Huỳnh Út Mười Bí thư huyện ủy`, `ông Trần Thanh Hải Chủ tịch Hội đồng quản trị NutiFood, cho hay`: the comma
        # after a name introduced by its form of address left out; a form of address, a name of three capitalised
        # words and a capitalised office after it over the 35,440 baomoi articles: 4 hits, 4 the person's office
        titles.append(_text(sentence, tokens, i, glued.end))
        i = end = glued.end
    if (delegation := _delegation_bracket_end(tokens, i)) > i:
        # `ĐB Nguyễn Hoàng Mai (Đoàn ĐB Tiền Giang)`, `luật sư X (Đoàn Luật sư TP.HCM)`: the delegation or the bar the
        # person belongs to, written in brackets, is the person's affiliation
        titles.append(_text(sentence, tokens, i + 1, delegation - 1))
        i = end = delegation
    elif (close := _affiliation_bracket_end(tokens, i)) > i:
        # `PGS. TS Lê Huy Hoàng (Trường ĐH Sư phạm Hà Nội), đại diện Ban soạn thảo …`: the person's body in brackets,
        # then the titles go on after the comma
        titles.append(_text(sentence, tokens, i + 1, close - 1))
        i = end = close
        affiliated = True
    elif (close := _province_bracket_end(tokens, i)) > i:
        i = close  # `Đại biểu Ngô Thị Minh (Quảng Ninh), Phó Chủ nhiệm Ủy ban …`: the titles after the deputy's province
    while (sep := _separator(tokens, i)) and i + sep < len(tokens):
        at = i + sep  # where the next title starts
        paren = paren or tokens[i].text == "("
        if (spouse := _spouse_title_end(tokens, at)) > at:
            titles.append(_text(sentence, tokens, at, spouse))  # `bà X, phu nhân Bộ trưởng Bộ Ngoại giao Y`
            i = end = spouse
            continue
        # (a new holder's word before the office opens the title as written: `ông X, tân Chủ tịch UBND tỉnh`)
        head_at = at + (tokens[at].low in NEW_HOLDER_PREFIXES and at + 1 < len(tokens) and tokens[at + 1].cap
                        and _title_head(tokens, at + 1) > 0)
        title = _title(tokens, head_at, after_name=True)
        if title is not None and (head := _title_head(tokens, head_at)) and _match_seq(tokens, head_at, _COMPLEMENT_SEQS) == head and (
                owner := _owner_office(tokens, head_at + head + _match_seq(tokens, head_at + head, _QUALIFIER_SEQS))):
            title = _Title(title.start, owner.end, owner.name_start, owner.name_end)  # `cố vấn kinh tế của Tổng thống …`
        if title is not None and (head := _title_head(tokens, head_at)) and head_at + head + 1 < len(tokens) and tokens[
                head_at + head].low in PLURAL_MARKERS and tokens[head_at + head + 1].low in PLURAL_OFFICE_BODIES:
            break  # `… Vương Đình Huệ, Bộ trưởng các Bộ Công thương, Giao thông vận tải, …`: the next item, an office of many
        if title is None and _abbreviated_office(tokens, at):
            titles.append(tokens[at].text)  # `đồng chí X, TUC, Bí thư Huyện ủy, …`: an office the portal abbreviates
            i = end = at + 1
            continue
        if title is None and _match_seq(tokens, at, _BODY_HEAD_SEQS) and tokens[i].text == "," and not _opens_event(
                tokens, at) and (titles or (tokens[at].cap and ((addressed and not had_titles) or degreed or ranked))):
            title = _title(tokens, at, body_only=True, after_name=True)
            if title is not None and title.end <= at + _match_seq(tokens, at, _BODY_HEAD_SEQS):
                break  # the body's noun alone is no title
            if title is not None and not titles and not _affiliation_closes(tokens, title.end):
                break  # `Theo ông X, Hiệp hội Y chỉ là …`: the body opens what the person said
            if title is not None and _holds_event(tokens, title.end):
                break  # `dưới sự chủ trì của X, Phó Thủ tướng, Bộ Y tế đã tổ chức hội nghị`: the body holds the event
            if title is not None and titles and governed and _acts_after(tokens, title.end):
                break  # `… của X, nguyên Chủ tịch Hội …, Ban Chấp hành Hội đã cho ý kiến …`: the body is the next subject
        if title is not None and title.name_start >= 0 and addressed and opens and not had_titles and not titles and not (
            title.name_end - title.name_start >= 3 and _vietnamese_name(tokens, title.name_start, title.name_end)
        ):
            # `Ông X, Tổng Giám đốc Vietnam Airlines cho biết`: right after the name a form of address
            # opening a clause introduced alone, the capitalised run a title holds is its body's name,
            # not the next person's. After a verb (`khi gặp ông Putin, Tổng thống Donald Trump …`) the
            # addressed person is an object and the comma ends the clause; a person named again by
            # the surname alone was introduced already (`ông Putin, phát ngôn viên Điện Kremlin Dmitry
            # Peskov nói`); a Vietnamese full name there is a person whatever precedes.
            title = _Title(title.start, title.name_end)
        elif (title is not None and title.name_start >= 0 and (degreed or ranked) and opens and not titles
              and tokens[i].text == "," and (head := _title_head(tokens, head_at)) and title.name_start > head_at + head
              and not (title.name_end - title.name_start >= 3 and _vietnamese_name(tokens, title.name_start, title.name_end))):
            # so after a degree or a rank alone (`TS. X, Giám đốc BV Việt Nam-Thụy Điển Uông Bí - …`, `Bác sĩ X, Phó
            # trưởng Khoa Hồi sức tích cực BV Bạch Mai, cho biết`): the office written with its body is the person's, the
            # run it holds the body's name (`Uông Bí`, `Bạch Mai` had been read as persons); a calling with no body
            # (`NSND A, nhạc sỹ B`), an office whose head runs straight into the run (`Trưởng Công an H.Diên Khánh`) and a
            # Vietnamese full name still name the next person
            title = _Title(title.start, title.name_end)
        if title is not None and title.name_start >= 0 and _match_seq(tokens, head_at, _COMPLEMENT_SEQS) and any(
                t.low in OWNER_WORDS for t in tokens[head_at : title.name_start]):
            # `Theo ông Gary Cohn, cố vấn kinh tế của Tổng thống Donald Trump, thuế …`, `ông Moon Chung-in, cố vấn đặc
            # biệt của Tổng thống Hàn Quốc Moon Jae-in, ngày 16/6 cho biết`: the office served and its holder after
            # `của` are the adviser's title, whatever follows the clause; the holder is named, not met
            title = _Title(title.start, title.name_end)
        if title is not None and title.name_start >= 0 and tokens[at - 1].low in CONCURRENT_OFFICE_JOINERS and not (
            title.name_end - title.name_start >= 3 and _vietnamese_name(tokens, title.name_start, title.name_end)
        ):
            # `Ông X, Tổng Giám đốc, kiêm Chủ tịch Tập đoàn Qatar Petroleum, …`, `Ông Y, Chủ tịch HĐQT kiêm Tổng Giám đốc
            # Tập đoàn T&T Group cho biết`: an office held at once is the same person's, the capitalised run it holds
            # its body's name (`Petroleum`, `T Group` had been read as persons)
            title = _Title(title.start, title.name_end)
        if title is None or title.name_start >= 0 or title.end <= at:
            break
        if _dash_name(tokens, title.end):
            break  # `…, Chủ tịch UBND huyện - Đỗ Thanh Tâm`: the next person's title
        if (rank := _match_seq(tokens, title.end, _RANK_SEQS)) and title.end + rank < len(tokens) and tokens[
                title.end + rank].cap and tokens[title.end + rank].word:
            break  # `…, Tổng tư lệnh Quân đội Hoàng gia Thống tướng Pol Saroeun`: the ranked next person's office
        if tokens[i].text == "," and had_titles and not titles and _addressed_after_comma(tokens, title.end):
            # `Tổng Thư ký Liên hợp quốc A, Chủ tịch Ngân hàng Thế giới (WB), ông Jim Yong Kim`: after a name its titles
            # came before, the title of the person addressed after it (not in a list of appositions: `ông A, Chủ tịch
            # UBND tỉnh, ông B, …`)
            break
        if tokens[i].text == "," and had_titles and not titles and _dashed_titles_named(tokens, title.end):
            break  # `A, Ủy viên Bộ Chính trị - Phó Thủ tướng B`: titles chained by dashes up to B are B's
        if tokens[i].text == "," and not titles and any(not _is_rank(t) and not _is_degree(t) for t in before) and (
                _comma_titles_named(tokens, i)):
            # `Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ A, Ủy viên Bộ Chính trị, Phó Thủ tướng Trung Quốc B`: after
            # a name its offices came before, offices chained by commas up to the next name are that name's (the list
            # writes each person so); not after a rank or a degree alone, whose person's offices follow the name
            # (`Đại tướng A, Ủy viên Bộ Chính trị, …, Bộ trưởng Bộ Quốc phòng và Thượng tướng B`)
            break
        if tokens[i].text == "," and had_titles and not titles and _same_office(tokens, head_at, before) and _verb_follows(
                tokens, title.end):
            # `Nhất trí với ý kiến của Chủ tịch Quốc hội A, Chủ tịch Quốc hội Cuba nhấn mạnh`: the office the name held
            # before it, again with another body, is the next subject's, named by the office alone
            break
        if tokens[i].text == "," and not titles and not opens and _one_word_named(tokens, head_at, title.end) and _verb_follows(
                tokens, title.end):
            # `về chính sách … của Tổng thống Vladimir Putin, Phó Giáo sư Kireeva cho rằng`, `Theo Tổng thống Putin,
            # Ngoại trưởng Lavrov cho biết`: after a name that opens no clause (an owner's, a source's), an office and one
            # name before a verb are the next subject, named by the surname (a clause the name opens keeps its body's
            # one word: `Ông X, Chủ tịch Vingroup cho biết`)
            break
        if tokens[i].text == "," and not titles and not opens and not had_titles and i >= 2 and _match_seq(
                tokens, i - 2, _HONORIFIC_SEQS) == 1 and _one_word_named(tokens, head_at, title.end) and _listed_office_named(
                tokens, title.end):
            # `bao gồm: ông Trump, ông Putin, Ngoại trưởng Lavrov, Ngoại trưởng Tillerson cùng hai phiên dịch viên`: in a
            # list of people named by the surname, an office and one name before the next item are the next person (a
            # full name keeps its office: `ông Luyện Công Minh, Chủ tịch Viglacera và ông Nguyễn Anh Tuấn, …`)
            break
        bare = title.end - head_at <= _title_head(tokens, head_at)
        if tokens[i].text == "," and had_titles and not titles and bare and not (
                title.end < len(tokens) and tokens[title.end].text in LIST_CLOSERS) and not (
                (ranked or degreed) and title.end < len(tokens) and tokens[title.end].text in RANKED_OFFICE_CLOSERS):
            break  # (before a list's `;` a bare office is the person's: `Trung tướng X, Tổng tham mưu trưởng; …`)
        if 0 < _match_seq(tokens, head_at, _BODY_OF_SEQS) == _title_head(tokens, head_at) and (bare or (titles and not affiliated) or (
                had_titles and any(not _is_rank(t) and not _is_degree(t) for t in before))):
            # `A, Thứ trưởng Bộ GD&ĐT, đại diện Văn phòng …`: the representatives are the list's next item; not after a
            # degree alone, whose person's office follows the name (`PGS.TS X, đại diện Ban soạn thảo … cho biết`)
            break
        if (title.end < len(tokens) and tokens[title.end].cap and title.end - head_at == _title_head(tokens, head_at)
                and tokens[head_at].acronym and tokens[head_at].low in GLUED_MEMBERSHIP_HEADS
                and (glued := _title(tokens, title.end, after_name=True)) is not None and glued.name_start < 0
                and glued.end > title.end):
            title = glued  # `đồng chí X, UVBTV Phó chủ tịch HĐND xã, …`: the membership and the office written as one
        titles.append(_text(sentence, tokens, at, title.end))
        i = end = title.end
    if paren and end < len(tokens) and tokens[end].text == ")":
        end += 1
    return titles, end


# An office abbreviated to its initials, set off between the name's separator and the next title (`đồng chí Lê Trí Viễn,
# TUC, Bí thư Huyện ủy, Chủ tịch HĐND huyện`, `Vương Duy Biên - NSND, Thứ trưởng`): the portals' own abbreviations
# (`TUC`, `ĐUV`, `BTV`) are more than any table holds, and a lone acronym that a title's head follows is one of them,
# not a body (a body's acronym opens the body's name: `UBND huyện`). CS cgrep a name + `[,-] [A-ZĐ]{2,6}, ` + a title's
# head: 14 hits over baomoi-dev, 1 this shape (`NSND`), the 13 others a capitalised name, none a body; the provincial
# portals write it.
ABBREVIATED_OFFICE_LETTERS = frozenset({2, 3, 4, 5, 6})
# A portal's abbreviated membership written right before the office with no separator (`đồng chí Lò Văn Hoàng, UVBTV Phó
# chủ tịch HĐND xã, đồng chí Hà Văn Cương, UVBTV Chủ tịch UBMTTQ Việt Nam xã`, web34 w002): one title, as written; read
# apart, the office went to the next person. Never in the 35,440 baomoi articles (the national press writes it out).
GLUED_MEMBERSHIP_HEADS = frozenset({"uv", "uvbtv", "uvtv", "huv", "tuv"})


def _abbreviated_office(tokens: list[Token], k: int) -> bool:
    """An acronym at token k alone between separators, a title's head after it, that names no body or place."""
    tok = tokens[k]
    return (k + 2 < len(tokens) and tok.word and tok.acronym and len(tok.text) in ABBREVIATED_OFFICE_LETTERS
            and tok.text.isalpha() and tokens[k + 1].text in (",", "-", "–") and tokens[k + 2].cap
            and _title_head(tokens, k + 2) > 0 and not _match_seq(tokens, k, _BODY_SEQS)
            and not _match_seq(tokens, k, _BODY_HEAD_SEQS) and not _match_seq(tokens, k, _PLACE_SEQS))


# Words that join a second office held at once (`Chung Eui-yong - cố vấn an ninh hàng đầu của ông Moon đồng thời là
# trưởng văn phòng an ninh quốc gia`, `Csaba Bundik, cố vấn chiến lược của Hatch, đồng thời là Phó chủ tịch Hiệp hội …`),
# like `kiêm`: CS cgrep ` đồng thời (là|cũng là) (<office>)` 27 hits over baomoi-dev, 10 of 12 read a person's second
# office (2 a predicate: `bí thư chi bộ đồng thời là trưởng thôn`, `còn đồng thời là`). Read only before a title's head.
# So `kiêm` after a comma (`Ông Saad Sherida Al Kaabi, Tổng Giám đốc, kiêm Chủ tịch Tập đoàn Qatar Petroleum, bày tỏ …`,
# `Ông Nguyễn Thế Mạnh, Phó Tổng cục trưởng, kiêm Cục trưởng Cục Thuế Hà Nội cho biết`), which joins as `kiêm` alone
# does: the comma had closed the titles, the office after it was lost or read as the title of a name of its own
# (`Petroleum`). CS grep a title + `, kiêm ` + a capitalised office over the 35,440 baomoi articles: 38 hits in 36
# articles, 12 read, 12 a second office of the person named.
CONCURRENT_JOINERS = ("đồng thời là", "đồng thời cũng là", "kiêm")
_CONCURRENT_SEQS = _index(CONCURRENT_JOINERS)


# A deputy's province in brackets right after the name, a comma and a title after it (`Đại biểu Bùi Sỹ Lợi (Thanh Hóa),
# Phó Chủ nhiệm Ủy ban về các vấn đề xã hội nhìn nhận`, `ĐB Nguyễn Chiến (Hà Nội), Phó chủ tịch Liên đoàn luật sư …`):
# the titles go on after the bracket. Over the 35,440 baomoi articles `(đại biểu|ĐB) Name (Place), ` 51 hits, 30 read, 4
# with a title after the comma (all four the deputy's office), the others a clause or the next deputy, which no title
# opens and which stay as they were. The bracket may hold the name in its own script too (`Ông Lu Kang (Lục Khảng),
# người phát ngôn bộ Ngoại giao Trung Quốc, …`, `Bà Ma-lu Đờ-ray-ờ (Malu Drayer), Chủ tịch Hội đồng Liên bang Đức`):
# over the corpus 5 meetings' people change, 5 read, all right (1 person gained, 4 titles completed).
PROVINCE_BRACKET_WORDS = 4
# So the person's body in brackets (`PGS. TS Lê Huy Hoàng (Trường ĐH Sư phạm Hà Nội), đại diện Ban soạn thảo Chương trình
# … cho biết`, `TS. Đặng Hồng Sơn (Khoa Lịch sử, Trường Đại học KHXH&NV)`), a title after its comma: written as a title,
# as the audits' annotators write it (web29). A name, a bracket opening on a body's noun, `), ` and a title's head over
# the 35,440 baomoi articles: 82 hits with a speech verb or a title after, 12 read, 8 a person's affiliation (4 a body's
# parent, after a body: no name before them, not read).
AFFILIATION_BRACKET_WORDS = 14
PROVINCE_BRACKET_OPENERS = frozenset({"đoàn", "tỉnh", "thành", "tp"})  # one token each (`thành phố`, `TP.`)


# A delegation or a bar named in brackets after a name (`Đại biểu Vũ Thị Nguyệt (Đoàn Hưng Yên)`, `ĐBQH X (đoàn Bình
# Dương)`, `luật sư X (Đoàn Luật sư TP Cần Thơ)`): a name + `([Đđ]oàn …)` stands 177 times in 97 of the 35,440 baomoi
# articles, 10 read, 10 the person's delegation or bar; the audits' annotators write it as a title (audit28, audit32),
# a bare province in brackets not (audit28, audit31).
DELEGATION_BRACKET_WORDS = 8
DELEGATION_OPENERS = frozenset({"đoàn"})


def _delegation_bracket_end(tokens: list[Token], i: int) -> int:
    """The end (after its `)`) of a `(Đoàn …)` bracket at i, else i."""
    if i + 2 >= len(tokens) or tokens[i].text != "(" or tokens[i + 1].low not in DELEGATION_OPENERS:
        return i
    close = next((k for k in range(i + 2, min(len(tokens), i + DELEGATION_BRACKET_WORDS + 2)) if tokens[k].text == ")"), -1)
    if close <= i + 2 or not all(t.word or t.text in ".-&" for t in tokens[i + 1 : close]):
        return i
    return close + 1


def _affiliation_bracket_end(tokens: list[Token], i: int) -> int:
    """The comma after `(Body …)` at i when a title follows it, else i: a body's name, capitalised, opening on its noun
    (BODY_HEADS), no title's head in it."""
    if i + 2 >= len(tokens) or tokens[i].text != "(" or not tokens[i + 1].cap or not _match_seq(tokens, i + 1, _BODY_HEAD_SEQS):
        return i
    close = next((k for k in range(i + 2, min(len(tokens), i + AFFILIATION_BRACKET_WORDS + 2)) if tokens[k].text == ")"), -1)
    if close <= i + 2 or close + 2 >= len(tokens):
        return i
    if not all(t.word or t.text in ".-&," for t in tokens[i + 1 : close]) or any(
            _title_head(tokens, k) for k in range(i + 1, close)):
        return i
    if tokens[close + 1].text != ",":
        # (or the person speaks right after it: `Chị X (Cty TOTO Việt Nam) bày tỏ mong muốn …`, audit108 a031; not a
        # place, which the annotators leave out: `Đại biểu X (Thành phố Hồ Chí Minh) phát biểu`, `Cử tri X (Phường 6)`)
        return close + 1 if _match_seq(tokens, close + 1, _SPEECH_SEQS) and tokens[i + 1].low not in ADMIN_UNITS else i
    return close + 1 if _title_head(tokens, close + 2) else i


def _province_bracket_end(tokens: list[Token], i: int) -> int:
    """The comma after `(Place)` at i when a title follows it, else i."""
    if i >= len(tokens) or tokens[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(len(tokens), i + PROVINCE_BRACKET_WORDS + 2)) if tokens[k].text == ")"), -1)
    if close <= i + 1 or close + 2 >= len(tokens) or tokens[close + 1].text != ",":
        return i
    inside = tokens[i + 1 : close]
    if not (inside[0].cap or inside[0].low in PROVINCE_BRACKET_OPENERS) or not all(t.word or t.text in ".-" for t in inside):
        return i
    if _title_head(tokens, i + 1) or not _title_head(tokens, close + 2):
        return i  # a title in the bracket is read as one; no title after it, nothing to go on to
    return close + 1


def _guild_before(tokens: list[Token], j: int) -> bool:
    """The body right before token j gathers a profession (GUILD_BODIES: `Hội`, `Liên đoàn`, not `Trưởng đoàn`)."""
    return (j >= 1 and tokens[j - 1].low in GUILD_BODIES) or (
        j >= 2 and f"{tokens[j - 2].low} {tokens[j - 1].low}" in GUILD_BODIES)


def _separator(tokens: list[Token], i: int) -> int:
    """How many tokens from i on join a title to the one before it (0 when none): a mark, `kiêm`, or `đồng thời là`
    (after a comma or not) before a title's head."""
    if i >= len(tokens):
        return 0
    comma = int(tokens[i].text == ",")
    if (joint := _match_seq(tokens, i + comma, _CONCURRENT_SEQS)) and _title_head(tokens, i + comma + joint):
        return comma + joint
    return 1 if tokens[i].low in TITLE_SEPARATORS else 0


# The mark that closes an item of a list of persons (`Dự hội nghị có Thượng tướng A, Bí thư Trung ương Đảng; Trung tướng
# B, Tổng tham mưu trưởng; …`): a bare office before it is the item's last title, not the subject of the next clause.
LIST_CLOSERS = frozenset({";"})
LISTED_PERSON_JOINERS = frozenset({",", ";", "và", "cùng"})
# A spouse's title after a name, with the spouse's office and name as written (`bà Vũ Thị Bích Ngọc, phu nhân Bộ
# trưởng Bộ Ngoại giao Bùi Thanh Sơn làm Trưởng đoàn`, `bà Ivana Zemanova, Phu nhân Tổng thống;`): the name inside
# is the spouse's, no person of its own. CS cgrep a name + `[,–-] [Pp]hu nhân (của )?` + a title or a name: 5 hits over
# baomoi-dev, 5 read, 5 the wife of the office-holder named.
SPOUSE_TITLES = ("phu nhân",)
_SPOUSE_SEQS = _index(SPOUSE_TITLES)
# Verbs of holding an event: a body after a person's titles that one follows is the clause's subject, not the rest of
# the titles (`Sáng ngày 25/2, dưới sự chủ trì của đồng chí Vũ Đức Đam – Phó Thủ tướng Chính Phủ, Bộ Y tế đã tổ chức
# hội nghị trực tuyến`, `…, Chỉ huy trưởng, Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị tổng kết`). CS cgrep `sự (chủ
# trì|tham dự|chỉ đạo) của` + a person + `, ` + a body + (đã|vừa)? + one of them: 8 hits over baomoi-dev, 8 read, 8 the
# body holding the meeting (`dưới sự chủ trì của Thủ tướng Nguyễn Xuân Phúc, Chính phủ họp phiên thường kỳ`).
HOLDING_VERBS = ("tổ chức", "họp", "tiến hành", "khai mạc")
_HOLDING_SEQS = _index(HOLDING_VERBS)
# How many titles joined by dashes are followed to the name that closes them
# (`Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Trưởng Ban Tuyên giáo Trung ương X`).
DASHED_TITLES_MAX = 4
# Adverbs that may stand between a person's affiliation and the verb the person speaks
# (`ông X, Công ty Y cũng cho rằng`).
AFFILIATION_ADVERBS = frozenset({"cũng", "đã", "vừa", "thì", "lại", "còn"})


def _affiliation_closes(tokens: list[Token], k: int) -> bool:
    """A body written right after a name is the person's affiliation when a separator ends
    it or the person's speech or role verb follows (`ông X, Hiệp hội Y cho rằng`); otherwise
    it is the subject of a clause of its own (`ông X, Ủy ban Thường vụ Quốc hội đã biểu quyết`)."""
    if k >= len(tokens) or tokens[k].text in (",", "-", "–", ")", "(", ";", ".", ":"):
        return True
    while k < len(tokens) and tokens[k].low in AFFILIATION_ADVERBS:
        k += 1
    return k < len(tokens) and _match_seq(tokens, k, _VERB_SEQS) > 0


def _spouse_title_end(tokens: list[Token], k: int) -> int:
    """Where a spouse's title at k ends (SPOUSE_TITLES, `của`, then the spouse's title and name when written), or k."""
    n = _match_seq(tokens, k, _SPOUSE_SEQS)
    if not n:
        return k
    j = k + n + int(k + n < len(tokens) and tokens[k + n].low in OWNER_WORDS)
    spouse = _title(tokens, j, after_name=True) if j < len(tokens) and _title_head(tokens, j) else None
    if spouse is None or spouse.end <= j:
        return k
    return spouse.name_end if spouse.name_start >= 0 else spouse.end


# Aspect words after which a body set off by a comma after a person's titles acts (`…, Ban Chấp hành Hội đã cho ý kiến`,
# `…, UBND tỉnh đã chỉ đạo`): the body is the clause's subject, no title of the person. find_people over the 5,001
# sentences of the 35,440 baomoi articles with a comma, a body and one of them, old against new: 11 titles change, 10
# right, 1 a parent body cut after `của` (`… của bà X, Phó Vụ trưởng Vụ Thanh toán, Ngân hàng Nhà nước sẽ làm rõ`).
SUBJECT_ASPECTS = frozenset({"đã", "vừa", "đang", "sẽ"})
# Read only for a person the sentence does not make its subject: one a source's `Theo` or an owner's `của` governs
# (`Theo ông X, Trưởng phòng kinh tế quận, UBND quận đã bố trí …`, `… của Chủ tịch Quốc hội X, nguyên Chủ tịch Hội …,
# Ban Chấp hành Hội đã cho ý kiến …`); after the person opening the sentence the body is the person's parent (`Ông X,
# Phó Vụ trưởng Vụ Thi đua - Khen thưởng, Ngân hàng Nhà nước đã dẫn chứng …`).
GOVERNING_WORDS = frozenset({"theo", "của"})


def _acts_after(tokens: list[Token], k: int) -> bool:
    """An aspect word and a lower-case word follow at k: a clause's predicate."""
    return (k + 1 < len(tokens) and tokens[k].low in SUBJECT_ASPECTS and tokens[k + 1].word
            and not tokens[k + 1].cap)


def _holds_event(tokens: list[Token], k: int) -> bool:
    """A verb of holding an event follows at k, after adverbs (`Bộ Y tế đã tổ chức`, `Chính phủ họp`)."""
    while k < len(tokens) and tokens[k].low in AFFILIATION_ADVERBS:
        k += 1
    return k < len(tokens) and _match_seq(tokens, k, _HOLDING_SEQS) > 0


def _dashed_titles_named(tokens: list[Token], i: int) -> bool:
    """From a dash at token i, titles joined by dashes, the last closed by a name."""
    for _ in range(DASHED_TITLES_MAX):
        if i + 1 >= len(tokens) or tokens[i].text not in ("-", "–"):
            return False
        title = _title(tokens, i + 1)
        if title is None or title.end <= i + 1:
            return False
        if title.name_start >= 0:
            return True
        i = title.end
    return False


# Capitalised words that end an office after a lower-case word, as many as a name has: the name of its holder that the
# office did not read (a Chinese name after `chính trị`), unless a place's.
NAME_SHAPED_TAIL = 3


def _comma_titles_named(tokens: list[Token], i: int) -> bool:
    """From a comma at token i, offices joined by commas, the last closed by a name; an office, not a rank or a degree
    alone (`…, Trưởng ban Bạn đọc Báo Giáo dục Việt Nam, Trung tướng B`: the rank opens B's own titles, the office
    before it is the person's before the comma)."""
    for _ in range(DASHED_TITLES_MAX):
        if i + 1 >= len(tokens) or tokens[i].text != ",":
            return False
        title = _title(tokens, i + 1)
        if title is None or title.end <= i + 1:
            return False
        if title.name_start >= 0:
            held = " ".join(t.low for t in tokens[i + 1 : title.name_start])
            return not (_is_rank(held) or _is_degree(held))
        run = title.end
        while run > i + 1 and tokens[run - 1].cap and tokens[run - 1].word:
            run -= 1
        if title.end - run >= NAME_SHAPED_TAIL and not tokens[run - 1].cap and not any(
                tokens[k].acronym or _match_seq(tokens, k, _PLACE_SEQS) == title.end - k for k in range(run, title.end)):
            return False  # `Chủ tịch Ủy ban toàn quốc Hội nghị hiệp thương chính trị Du Chính Thanh`: a name it missed
        i = title.end
    return False


def _is_rank(title: str) -> bool:
    """A title that is a military or police rank or a priest's only (`Đại tá`, `Thiếu tướng`, `Linh mục`)."""
    return normalize_tone(title.lower()) in _RANK_WORDS


def _is_degree(title: str) -> bool:
    """A title that is a degree or an honorary title only (`Bác sĩ`, `GS.TS`, `PGS. TS`)."""
    low = normalize_tone(title.lower())
    return low in DEGREES or low in TITLE_ABBREVIATIONS or all(
        p in TITLE_ABBREVIATIONS for p in re.split(r"[.\-\s]+", low) if p)


def _degree(tokens: list[Token], i: int, end: int) -> bool:
    """tokens[i:end] is a degree or an honorary title alone (`giáo sư`, `tiến sỹ khoa học`, `TS`)."""
    return end > i and _is_degree(" ".join(t.low for t in tokens[i:end]))


def _chain_named(tokens: list[Token], i: int) -> bool:
    """From a comma or a dash at token i, degrees chained by commas or dashes, the last closed
    by a name (`…, tiến sỹ, nhà giáo nhân dân Nguyễn Viết Chung`)."""
    for _ in range(DASHED_TITLES_MAX):
        if i + 1 >= len(tokens) or tokens[i].text not in (",", "-", "–") or not _title_head(tokens, i + 1):
            return False
        title = _title(tokens, i + 1)
        if title is None or title.end <= i + 1:
            return False
        if title.name_start >= 0:
            return _degree(tokens, i + 1, title.name_start)
        if not _degree(tokens, i + 1, title.end):
            return False
        i = title.end
    return False


def _dash_name(tokens: list[Token], i: int) -> bool:
    """A dash at token i, then a name with a form of address or a family name."""
    if i + 1 >= len(tokens) or tokens[i].text not in ("-", "–"):
        return False
    h = _honorific(tokens, i + 1)
    span = _name_after_cue(tokens, i + 1 + h, "honorific")
    return span is not None and (h > 0 or _family_name(tokens[i + 1]))


def _mention(sentence: str, tokens: list[Token], start: int, titles: list[str], k: int, end: int,
             listed_addressed: bool = False) -> tuple[Mention, int]:
    if titles and (baptismal := _baptismal_words(tokens, start, k)):
        # `Linh mục Gioan Baotixita Nguyễn Văn Riễn`: the saint's name is the priest's own, before the family name
        held = sentence[tokens[k - baptismal].start : tokens[k - 1].end]
        if titles[-1].endswith(held) and titles[-1][: -len(held)].strip():
            titles = [*titles[:-1], titles[-1][: -len(held)].rstrip()]
            k -= baptismal
    # a form of address after a verb that opens the sentence (`Tiếp ông X, …`) introduces the
    # verb's object: what follows the comma is the subject's, not the object's apposition
    addressed = listed_addressed or (_honorific(tokens, start) > 0 and not (
        start > 0 and tokens[start - 1].low in VERB_OPENERS and tokens[start - 1].cap))
    more, stop = _titles_after(sentence, tokens, end, had_titles=bool(titles), addressed=addressed,
                               opens=(start == 0 or not tokens[start - 1].word) and end - k >= 2,
                               degreed=bool(titles) and all(_is_degree(t) for t in titles),
                               ranked=bool(titles) and all(_is_rank(t) for t in titles), before=tuple(titles),
                               governed=start > 0 and tokens[start - 1].low in GOVERNING_WORDS)
    at = max(stop, end) if more else end
    if more and (rest := _apposition_rest(tokens, at)) > at:
        # `…, Giám đốc Trung tâm giám định BHYT và thanh toán … (BHXH VN), cho biết`: the
        # apposition runs to its comma, and the last title with it.
        more[-1] = more[-1] + sentence[tokens[at - 1].end : tokens[rest - 1].end]
        at = stop = rest
        if rest < len(tokens) and tokens[rest].text == "," and rest + 1 < len(tokens) and _title_head(tokens, rest + 1):
            # `…, Phó Chủ tịch Liên Chi hội Nhà báo ngành Tài chính, Tổng Biên tập …`: the offices go on after it
            further, further_stop = _titles_after(sentence, tokens, rest, had_titles=True, before=tuple(more))
            if further:
                more = [*more, *further]
                at = stop = max(further_stop, rest)
    if more and (close := _parenthesised_end(tokens, at)) > at:
        # `Trưởng ban Dược và vật tư y tế (BHXH Việt Nam)`: the body above the last title's is written with it
        more[-1] = more[-1] + sentence[tokens[at - 1].end : tokens[close - 1].end]
        at = stop = close
    stop = max(stop, _parenthesised_end(tokens, at, parts=True))
    name = _text(sentence, tokens, k, end)
    honorific = next((h for h in NAME_HONORIFICS if name.startswith(h + " ") and len(name.split()) - len(h.split()) >= 2), "")
    person = Person(name[len(honorific):].lstrip(), [*titles, *more])
    last = max(end, stop)
    return Mention(person, tokens[start].start, tokens[last - 1].end), last


def _baptismal_words(tokens: list[Token], start: int, k: int) -> int:
    """How many capitalised words stand between a Catholic clergy rank and the Vietnamese family name at k (the saint's
    name given at baptism: `Linh mục Giuse Nguyễn Văn Tịch`), or 0."""
    if not _family_name(tokens[k]):
        return 0
    for m in range(1, BAPTISMAL_WORDS_MAX + 1):
        j = k - m
        if j <= start or not (tokens[j].word and tokens[j].cap) or _title_head(tokens, j):
            return 0
        if any(j - h >= start and _match_seq(tokens, j - h, _CLERGY_SEQS) == h for h in (1, 2, 3)):
            return m
    return 0


# Words that may go on in the rest of an apposition past where a title's grammar stopped
# (`Trung tâm giám định BHYT và thanh toán đa tuyến`, `Ban Quản lý các dự án của Bộ`).
APPOSITION_JOINERS = frozenset({"và", "của", "các", "tại", "về", "cho", "trong"})
# Words before which a lower-case form of address is a compound's second syllable, inside a body's name (`Tổ chức
# Cứu trợ Trẻ em`, `Ủy ban Bảo vệ Chăm sóc trẻ em`).
HONORIFIC_COMPOUND_FIRSTS = frozenset({"trẻ"})
# Adverbs and the negation that stand between such an apposition and the person's verb (`… không đồng tình`).
VERB_ADVERBS = frozenset({"cũng", "đã", "vừa", "thì", "lại", "còn", "không", "chưa"})
# Of those, the ones of tense and `cũng`, that open a predicate whatever verb follows (`Chủ tịch Liên Chi hội Nhà báo ngành
# Tài chính đã gửi lời`, `Phó trưởng Ban Công tác đại biểu vừa xác nhận`).
TENSE_ADVERBS = frozenset({"đã", "vừa", "sẽ", "đang", "cũng"})
# Words of manner that open the predicate before the verb (`Phó Giám đốc Bệnh viện Chợ Rẫy vui mừng cho biết`): the
# apposition ends before them.
MANNER_WORDS = ("vui mừng", "thẳng thắn", "phấn khởi", "hồ hởi", "tự hào", "lo ngại", "thừa nhận")
_MANNER_SEQS = _index(MANNER_WORDS)


def _apposition_rest(tokens: list[Token], i: int) -> int:
    """Where an apposition that a title began ends, when the title stopped short of its
    comma: words (lower-case ones included), acronyms and short parentheses, then `,` and a
    role or speech verb within SPEAKER_GAP_WORDS words, or a parenthesised body above and the
    verb right after it. i itself when it does not."""
    j, n = i, len(tokens)
    if j >= n or not (tokens[j].word and not tokens[j].cap):
        return i  # only a title cut before a lower-case word is read on
    cut = _cut_in_word(tokens, i)
    while j < n and j - i <= APPOSITION_WORDS:
        tok = tokens[j]
        if tok.text == ",":
            break
        if tok.text == "(" and (close := _parenthesised_end(tokens, j)) > j:
            j = close
            if j < n and _match_seq(tokens, j, _VERB_SEQS):
                return j  # `Giám đốc Trung tâm Đăng kiểm tàu cá (Tổng cục Thủy sản) cho hay`: the body above closes it
            continue
        if j > i and cut and ((tok.low in VERB_ADVERBS and _verb_follows(tokens, j)) or (
                tok.low in TENSE_ADVERBS and j + 1 < n and tokens[j + 1].word and not tokens[j + 1].cap) or (
                (manner := _match_seq(tokens, j, _MANNER_SEQS)) and _verb_follows(tokens, j + manner))):
            return j  # `Cục Văn hóa cơ sở không đồng tình`, `… cũng cho rằng`, `… vui mừng cho biết`
        if (tok.text in ("-", "–") and j > i and cut and j + 1 < n and tokens[j + 1].cap and tokens[j + 1].word
                and not _title_head(tokens, j + 1) and not _honorific_at(tokens, j + 1)
                and not (_family_name(tokens[j + 1]) and _vietnamese_name(tokens, j + 1, _run_end(tokens, j + 1, n)))):
            # `Cục An | ninh kinh tế … - Tổng cục An ninh (Bộ Công an)`: the body above, after a dash; `Hội đồng | tư vấn
            # về Dân chủ - Pháp luật`: a name's two fields joined by one
            j += 1
            continue
        if tok.cap and _title_head(tokens, j) and not _guild_before(tokens, j):
            cut = False  # another office inside (`… giữ chức Cục trưởng Cục …`): only a comma and a verb close it
        if not tok.word or _verb_at(tokens, j) or _honorific_at(tokens, j) or (
            tok.low in TITLE_STOP and tok.low not in APPOSITION_JOINERS
        ) or (tok.cap and _family_name(tok) and _vietnamese_name(tokens, j, _run_end(tokens, j, n))
              and not (cut and _body_named_before(tokens, j))):  # (`Bệnh viện Bạch Mai`: the body's own name)
            return j if j > i and cut and _verb_follows(tokens, j) else i
        j += 1
    if j >= n or tokens[j].text != "," or j == i:
        return i
    if cut and j + 1 < n and tokens[j + 1].cap and _title_head(tokens, j + 1):
        return j  # `Phó Chủ tịch Liên Chi | hội Nhà báo ngành Tài chính, Tổng Biên tập …`: the next office follows
    k = j + 1
    while k < n and k <= j + SPEAKER_GAP_WORDS and not _match_seq(tokens, k, _VERB_SEQS) and tokens[k].word and not tokens[k].cap:
        k += 1  # adverbs (`cũng`, `đã`)
    return j if k < n and _match_seq(tokens, k, _VERB_SEQS) else i


def _verb_at(tokens: list[Token], k: int) -> bool:
    """A role or speech verb opens at token k (not `dự` in a noun: `dự án`, `dự thảo`)."""
    return _match_seq(tokens, k, _VERB_SEQS) > 0 and not (
        tokens[k].low == "dự" and k + 1 < len(tokens) and tokens[k + 1].low in NOT_ATTEND_AFTER_DU)


# The most words of a body's noun (`Ủy ban nhân dân`) that a title may stop right after.
BARE_BODY_WORDS = 3


def _cut_in_word(tokens: list[Token], i: int) -> bool:
    """A title set after a name stopped at token i inside a body's word: a capitalised syllable (no acronym, no
    place's end) before it, a lower-case one that is no stop word or verb at it (`Cục Văn | hóa cơ sở`, `Trung tâm
    Phát | triển bền vững`, `Chủ tịch THT Nông | nghiệp nhân sâm Kang Hwa`)."""
    before, tok = tokens[i - 1], tokens[i]
    # (or after a body's bare noun, `Chủ nhiệm Hội đồng | tư vấn về Dân chủ - Pháp luật (UBTW MTTQ Việt Nam) cho rằng`)
    bare_body = any(_match_seq(tokens, m, _BODY_HEAD_SEQS) == i - m for m in range(max(0, i - BARE_BODY_WORDS), i))
    return (((before.word and before.cap and not before.acronym and not before.text[:1].isdigit()
              and not _ends_place(tokens, i)) or bare_body) and tok.word and not tok.cap and tok.low not in TITLE_STOP
            and tok.low not in TITLE_VERBS and not _verb_at(tokens, i) and not _honorific_at(tokens, i)
            and not _match_seq(tokens, i, _MANNER_SEQS))


def _honorific_at(tokens: list[Token], k: int) -> bool:
    """A form of address at token k, not a compound's lower-case second syllable (`Trẻ em`)."""
    return _match_seq(tokens, k, _HONORIFIC_SEQS) > 0 and not (
        k > 0 and tokens[k - 1].low in HONORIFIC_COMPOUND_FIRSTS and not tokens[k].cap)


def _verb_follows(tokens: list[Token], j: int) -> bool:
    """The person's role or speech verb at token j, after a dash or up to SPEAKER_GAP_WORDS adverbs
    (`… Trẻ em tại Việt Nam - nhấn mạnh`, `… Kang Hwa cho biết`, `… cũng cho rằng`)."""
    k = j + 1 if j < len(tokens) and tokens[j].text in ("-", "–") else j
    start = k
    while k < len(tokens) and k < start + SPEAKER_GAP_WORDS and tokens[k].low in VERB_ADVERBS:
        k += 1
    return k < len(tokens) and not tokens[k].cap and _verb_at(tokens, k)


# At most this many words inside the parentheses after a name or its titles that hold the
# place a delegate stands for or the body above the person's (`đại biểu Trịnh Ngọc Thúy
# (TP.Hồ Chí Minh)`, `ĐB Trần Hồng Hà (Vĩnh Phúc)`, `Phó Cục trưởng Cục Y tế dự phòng (Bộ Y tế)`), a ministry's long
# name with its comma among them (`Cục trưởng Cục Trẻ em (Bộ Lao động, Thương Binh và Xã hội)`, `Phó Chủ nhiệm Khoa Xây
# dựng Đảng (Học viện Chính trị Quốc gia Hồ Chí Minh)`). CS cgrep a title, then `(` + a body's noun + 6 to 8 more words
# + `)`: 42 hits over baomoi-dev, 12 read, 12 the body above the title's (6 words cut them: the title lost the body).
PARENTHESISED_MAX = 9
# Past this many, one of the body's last two words is capitalised (a name: `(Bộ Công an)`, `(Bộ Lao động, Thương binh và
# Xã hội)`); over the corpus output the one long
# aside that closed in lower case was no body (`Công ty Nam Triệu (Công ty TNHH Đại Nguyên Dương vắng mặt)`).
PARENTHESISED_SHORT = 6


# A locality in brackets after an office's body, from the smaller unit out to a province or a country it lies in
# (`Chủ tịch UBND xã Minh Đài (H.Tân Sơn, Phú Thọ)`, `Hiệu trưởng trường mầm non Sen Vàng (Hai Bà Trưng – Hà Nội)`,
# `Trưởng công an xã Phú Cường (Ba Vì – Hà Nội)`): part of the office, as the annotators write it (audit49 a036; the
# one-place bracket, `thành phố Yokohama (Nhật Bản)`, is read so already). At most this many capitalised words before
# the separator, a unit's word before them at most.
LOCALITY_WORDS = 4


def _locality_bracket_end(tokens: list[Token], i: int) -> int:
    """The end (after its `)`) of a `(Place, Province)` bracket at i, else i."""
    n = len(tokens)
    if i + 4 >= n or tokens[i].text != "(":
        return i
    k = i + 1 + (tokens[i + 1].low in ADMIN_UNITS)
    start = k
    while k < n and k - start < LOCALITY_WORDS and tokens[k].word and tokens[k].cap:
        k += 1
    if k == start or k + 1 >= n or tokens[k].text not in (",", "-", "–"):
        return i
    place = _match_seq(tokens, k + 1, _PLACE_SEQS)
    return k + 2 + place if place and k + 1 + place < n and tokens[k + 1 + place].text == ")" else i


def _parenthesised_end(tokens: list[Token], i: int, parts: bool = False) -> int:
    """After a name or its titles, a parenthesised place or body (words only, the first
    capitalised): the mention goes on over it, so that the verb after it is the person's.
    `parts`: also a place written in parts, a unit's number among them (`cử tri Đặng Thanh Bình
    (phường Nguyễn Cư Trinh, Quận 1), Nguyễn Thị Mỹ Hạnh (Phường 8, quận 4) bày tỏ …`), which the
    mention covers but no title takes."""
    if i + 1 >= len(tokens) or tokens[i].text != "(" or not (tokens[i + 1].word and (
            tokens[i + 1].cap or (parts and tokens[i + 1].low in ADMIN_UNITS))):
        return i
    j, words = i + 1, 0
    fields = parts or _match_seq(tokens, i + 1, _BODY_HEAD_SEQS) > 0  # a body's fields listed (`Bộ Lao động, Thương binh …`)
    while j < len(tokens) and words < PARENTHESISED_MAX and (
            (tokens[j].word and (not tokens[j].text[:1].isdigit() or (parts and tokens[j - 1].low in ADMIN_UNITS)))
            or (fields and tokens[j].text in (",", "-", "–", "&") and j + 1 < len(tokens) and tokens[j + 1].word and (
                tokens[j + 1].cap or (parts and tokens[j + 1].low in ADMIN_UNITS)))):
        words += tokens[j].word
        j += 1
    if words > PARENTHESISED_SHORT and not (tokens[j - 1].cap or tokens[j - 2].cap):
        return i  # a long aside that closes in lower case tells something (`(Công ty TNHH X vắng mặt)`)
    return j + 1 if j < len(tokens) and tokens[j].text == ")" else i


def _name_after_cue(tokens: list[Token], i: int, cue: str) -> tuple[int, int] | None:
    """The name a form of address or a cue word introduces at token i: the whole run."""
    if i >= len(tokens):
        return None
    r1 = _run_end(tokens, i, len(tokens))
    if cue == "honorific":
        r1 = min(r1, i + NAME_MAX + sum(_particle(t) for t in tokens[i:r1]))
        if r1 > i and (_vietnamese_name(tokens, i, r1) or _foreign_name(tokens, i, r1) or _rare_family_name(tokens, i, r1)):
            return i, r1
        return None
    k = _leading_places(tokens, i, r1)  # `người đồng cấp Nga Vladimir Putin`
    if 2 <= r1 - k - sum(_particle(t) for t in tokens[k:r1]) <= NAME_MAX and not any(
        _match_seq(tokens, m, _BODY_SEQS) for m in range(k, r1)
    ):
        return k, r1
    return None


# Given names that are also a country's one-syllable name (`Anh`, `Mỹ`, `Việt`): after a form of address, a Vietnamese
# name whose family name the table lacks and that ends on one (`ông Sử Ngọc Anh`, audit124 a037; `ông Yêng Hồng Mỹ`,
# `ông Ngũ Quốc Việt`) had been read as no one, the place refusing the foreign reading. CS cgrep a form of address, a
# capitalised syllable outside SURNAMES, one more and one of these over the 35,440 baomoi articles: 29 hits, 12 names,
# all read: 10 persons and `Bà Mẹ Việt Nam Anh hùng` (a title, refused: its `Việt Nam` is a place of two words); 1 a
# byline after `đàn ông` (`… dành cho đàn ông Theo Minh Nhật/Vnexpress.net`, in no meeting), now read as a name, wrong.
PLACE_GIVEN_NAMES = frozenset({"anh", "mỹ", "việt", "nhật", "đức", "nga", "hoa", "trung", "nam", "thái", "hàn", "pháp", "úc"})
RARE_FAMILY_NAME_WORDS = (3, 4)


def _rare_family_name(tokens: list[Token], i: int, end: int) -> bool:
    """tokens[i:end], after a form of address, is a Vietnamese name of three or four syllables whose family name the
    table lacks, ending on a given name that is also a country's (`Sử Ngọc Anh`): every syllable Vietnamese, none a
    body's word, and no place but its last syllable."""
    return (end - i in RARE_FAMILY_NAME_WORDS and tokens[end - 1].low in PLACE_GIVEN_NAMES
            and all(tokens[m].cap and not tokens[m].acronym and is_vietnamese_syllable(tokens[m].text) for m in range(i, end))
            and not any(_match_seq(tokens, m, _PLACE_SEQS) or _match_seq(tokens, m, _BODY_SEQS) for m in range(i, end - 1)))


def _longest_first(phrase: str) -> tuple[int, str]:
    """A sort key: the longest phrases first, as an alternation needs; phrases of one length in alphabetical order,
    so that a pattern built from a set is the same text in every run (see `_LOCATED_RE`)."""
    return -len(phrase), phrase


# Words that place what follows (`ở Manila`, `tại thủ đô Manila`, `thành phố Manchester`): a
# capitalised word the article writes after one is a place's name.
LOCATIVES = frozenset("ở tại đến tới từ thủ đô thành phố bang vùng".split())
# (longest first; words of one length in their own order, not the set's, which changes from run to run: the
# pattern's text stays the same, and its compiled form is kept between runs, core/regex_cache.py)
_LOCATED_RE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(LOCATIVES, key=_longest_first)) + r")\s+$")


def _place_in_text(word: str, after: str, text: str) -> bool:
    """The article writes `word` after a locative and not before `after` (the name's next word)."""
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?![\w\-'’])", text):
        if text[m.end() : m.end() + 1 + len(after)] == " " + after:
            continue
        if _LOCATED_RE.search(normalize_tone(text[max(0, m.start() - 12) : m.start()].lower())):
            return True
    return False


# A foreign person's given names written before the surname, bare (`Irina Lutsenko`, `Mỹ James Mattis`,
# `Nhà Trắng Kellyanne Conway`): at most this many capitalised words before it are read.
GIVEN_NAMES_MAX = 3
_CAPITALISED_BEFORE_RE = re.compile(r"((?:[^\W\d_][\w'’\-]*\s+){1," + str(GIVEN_NAMES_MAX + 3) + r"})$")


def given_names_before(surname: str, text: str) -> str | None:
    """The one full name the article writes for a foreign person met by the surname (`Erekat` after
    `Saeb Erekat`): the capitalised words right before the surname, places, bodies, titles and forms of
    address taken off their left; None when there is none, or more than one (`Emmanuel`, `Brigitte`)."""
    found: set[str] = set()
    if "." in surname:
        return None  # `V.Pu-tin`: the initial stands for the given name
    for m in re.finditer(r"(?<![\w\-.])" + re.escape(surname) + r"(?![\w\-'’])", text):
        before = _CAPITALISED_BEFORE_RE.search(text[max(0, m.start() - 80) : m.start()])
        if before is None:
            continue
        words = before.group(1).split()
        caps = 0
        while caps < len(words) and words[-1 - caps][:1].isupper():
            caps += 1
        tokens = tokenize(" ".join(words[len(words) - caps :]))
        k = 0
        while k < len(tokens) and (step := max(_match_seq(tokens, k, _PLACE_SEQS), _title_head(tokens, k),
                                              _honorific(tokens, k), _match_seq(tokens, k, _BODY_SEQS),
                                              _match_seq(tokens, k, _BODY_HEAD_SEQS), int(tokens[k].acronym))):
            k += step
        while k < len(tokens) and all(is_vietnamese_syllable(part) for part in tokens[k].text.split("-")):
            k += 1  # `châu Âu`, `Bê-la-rút`: the end of a Vietnamese or transliterated place's name
        given = [t.text for t in tokens[k:]]
        if 1 <= len(given) <= GIVEN_NAMES_MAX and not all(is_vietnamese_syllable(w) for w in given) and all(
                t.word and t.cap for t in tokens[k:]):
            found.add(" ".join([*given, surname]))
    return found.pop() if len(found) == 1 else None


def complete_name(name: str, text: str) -> str:
    """A name that ran on into the next sentence's first word where a full stop went missing
    (`Bộ trưởng Phùng Xuân Nhạ Ngành giáo dục …`, `ông Đinh La Thăng Đề cập …`): when the
    article also writes it without that word as a whole name (before a lower-case word or a
    mark) more often than with it, that is the name (a typo once, `ông Võ Kim cự`, is not
    enough). Only Vietnamese names of three syllables or more are cut."""
    words = name.split()
    if len(words) < 3 or words[0].lower() not in SURNAMES:
        return name
    shorter = " ".join(words[:-1])
    alone = 0
    for end in _whole_ends(shorter, text, "-'’"):  # not `Kim Jong-un`
        rest = text[end : end + 2].lstrip()
        alone += not rest or not rest[0].isalpha() or rest[0].islower()
    return shorter if alone > len(_whole_ends(name, text, "")) else name


def _whole_ends(phrase: str, text: str, joiners: str) -> list[int]:
    """Where each occurrence of `phrase` in `text` ends that no word character or joiner follows, read left to
    right without overlap: `re.finditer(re.escape(phrase) + r"(?![\\w<joiners>])", text)` without compiling a
    pattern for every name (a person search meets hundreds of names)."""
    ends: list[int] = []
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        nxt = text[end : end + 1]
        if nxt and (nxt.isalnum() or nxt == "_" or nxt in joiners):
            at = text.find(phrase, at + 1)
        else:
            ends.append(end)
            at = text.find(phrase, end)
    return ends


def opens_title(text: str) -> bool:
    """The text opens on a title's head or a form of address: another person is its subject
    (`…, Thủ tướng cho biết`)."""
    tokens = tokenize(text)
    return bool(tokens) and tokens[0].cap and bool(_title_head(tokens, 0) or _honorific(tokens, 0))


def complete_person(person: Person, text: str) -> None:
    """The person's name as the article writes it whole (see `complete_name`); and a foreign
    name of three words or more whose first word the article writes elsewhere as a place
    (`tại thủ đô Manila`) loses it to the title before it: `Cảnh sát trưởng Manila Oscar
    Albayalde` is Oscar Albayalde, the police chief of Manila (a city the places table does
    not hold)."""
    words = person.name.split()
    if len(words) >= 3 and not is_vietnamese_syllable(words[0]) and _place_in_text(words[0], words[1], text):
        person.name = " ".join(words[1:])
        for k, title in enumerate(person.titles):
            if f"{title} {person.name}" not in text and f"{title} {words[0]} {person.name}" in text:
                person.titles[k] = f"{title} {words[0]}"
        return
    person.name = complete_name(person.name, text)


def names_a_unit(name: str, titles: set[str]) -> bool:
    """The article writes `name` inside a title right after an administrative unit
    (`bà X, Bí thư phường Nguyễn Thái Bình`): it is the unit's name, so `Bí thư phường Nguyễn
    Thái Bình cho biết` elsewhere names the ward's secretary, not a person called so."""
    for title in titles:
        at = title.find(" " + name)
        while at >= 0:
            before = title[:at].split()
            if before and normalize_tone(before[-1].lower()) in ADMIN_UNITS and (
                at + 1 + len(name) == len(title) or not title[at + 1 + len(name)].isalnum()
            ):
                return True
            at = title.find(" " + name, at + 1)
    return False


# Forms of address before a person met again by one name (`ông Chung`, `bà Kang`): read only where
# the article's full names resolve it (see `find_people`'s `short`).
SHORT_NAME_HONORIFICS = frozenset({"ông", "bà", "ngài", "đồng chí"})
# The honorific a diplomatic report capitalises before a foreign name, inside the run of a title (`Chủ tịch Thượng viện
# Ngài Youri Latortue`, `Đại sứ Nhật Bản Ngài Umeda Kunio`): it ends the title, as the lower-case one does. CS cgrep a
# word + ` Ngài ` + a capital over the 35,440 baomoi articles: 75 hits in 46 articles, 8 read, all the honorific
# before a name (after `tiếp`, `với`, `Thưa` or a title); no name or place opens with `Ngài`.
CAPITALISED_HONORIFICS = frozenset({"Ngài"})


def _one_word_named(tokens: list[Token], at: int, end: int) -> bool:
    """The title from `at` to `end` is its head and one capitalised word of a name's shape (`Phó Giáo sư Kireeva`,
    `Thứ trưởng Bình`): no acronym, title, form of address, place or body."""
    k = at + _title_head(tokens, at)
    tok = tokens[k] if k < len(tokens) else None
    return (tok is not None and end == k + 1 and tok.word and tok.cap and not tok.acronym and tok.text[1:].islower()
            and tok.text.isalpha() and not (_title_head(tokens, k) or _match_seq(tokens, k, _HONORIFIC_SEQS)
                                            or _match_seq(tokens, k, _PLACE_SEQS) or _match_seq(tokens, k, _BODY_SEQS)
                                            or _match_seq(tokens, k, _BODY_HEAD_SEQS)))


def _listed_office_named(tokens: list[Token], k: int) -> bool:
    """At token k a list goes on to a person: a joiner (LISTED_PERSON_JOINERS), then a form of address, or an office
    and one name of a name's shape."""
    if k + 1 >= len(tokens) or tokens[k].low not in LISTED_PERSON_JOINERS:
        return False
    j = k + 1
    if _match_seq(tokens, j, _HONORIFIC_SEQS):
        return True
    head = _title_head(tokens, j)
    return bool(head) and _one_word_named(tokens, j, j + head + 1)


# Words that open a sentence on a clause of time or source (`Sau báo cáo của …,`, `Theo ý kiến của …,`), whose owner's
# office before the comma is no title of the subject after it. See the commit message for the count.
OPENER_CLAUSE_WORDS = frozenset({"sau", "trước", "theo", "nghe"})


def _owner_in_opener(tokens: list[Token], start: int, end: int) -> bool:
    """The office from `start` to `end` follows `của` in the sentence's opening clause (OPENER_CLAUSE_WORDS) and a comma
    closes it."""
    return (start > 1 and tokens[start - 1].low == "của" and end < len(tokens) and tokens[end].text == ","
            and tokens[0].low in OPENER_CLAUSE_WORDS and all(t.text != "," for t in tokens[:start]))


def _short_name(tokens: list[Token], i: int) -> bool:
    """Token i alone is a name spelled as one Vietnamese syllable after a form of address (`ông Chung chủ
    trì`, `bà Kang nói`): a capitalised word, no title, place, body or form of address, and no capitalised
    word after it (a longer run is a whole name, read elsewhere)."""
    tok = tokens[i]
    if not (tok.word and tok.cap and not tok.acronym and tok.text[1:].islower() and is_vietnamese_syllable(tok.text)):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].word and (tokens[i + 1].cap or tokens[i + 1].text[:1].isdigit()):
        return False
    return not (_title_head(tokens, i) or _match_seq(tokens, i, _HONORIFIC_SEQS) or _match_seq(tokens, i, _PLACE_SEQS)
                or _match_seq(tokens, i, _BODY_SEQS) or _match_seq(tokens, i, _BODY_HEAD_SEQS)
                or tok.low in CLAUSE_OPENERS)


# A count written in digits right before an office (CS cgrep ` [0-9]{1,2} (Phó Chủ tịch|Bộ trưởng|Thẩm phán|…) ` not
# after `/`, `.`, `:`, `,`, `-`: 65 hits over baomoi-dev, 12 read, 12 holders counted, no one's title).
COUNT_DIGITS_MAX = 2
NOT_BEFORE_COUNT = frozenset({"/", ".", ":", ",", "-", "–"})


def _list_count(token: Token) -> bool:
    """A count of several before an office whose holders are then listed (`2 HLV A và B`, `hai Phó Thủ tướng A, B`)."""
    return token.low in COUNT_WORDS or (token.text.isdigit() and len(token.text) <= COUNT_DIGITS_MAX
                                        and int(token.text) >= 2)


def _counted_before(tokens: list[Token], i: int) -> bool:
    """A count and a noun for persons stand right before token i (`4 đồng chí`, `hai vị`), or a count alone
    (`bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao, Chủ nhiệm … X cho biết`, `4 Bộ trưởng`): not a date's or a
    list's number (`15/3 Chủ tịch …`)."""
    if i >= 1 and tokens[i - 1].text.isdigit() and len(tokens[i - 1].text) <= COUNT_DIGITS_MAX and (
            i < 2 or tokens[i - 2].text not in NOT_BEFORE_COUNT):
        return True
    for noun in _COUNTED_NOUN_WORDS:
        k = i - len(noun)
        if k >= 1 and tuple(t.low for t in tokens[k:i]) == noun:
            count = tokens[k - 1]
            return count.text.isdigit() or count.low in COUNT_WORDS
    return False


# A former office in lower case that opens a chain of titles before a name (`Tham dự buổi lễ có nguyên Bí thư Trung ương
# Đảng, nguyên Trưởng ban Dân vận Trung ương Hà Thị Khiết`, `gồm …; nguyên Bí thư Trung ương Đảng, nguyên Phó Thủ tướng
# Chính phủ Nguyễn Côn`): the chain's first title, its `nguyên` kept (it was read from the capital after it, without
# it). CS cgrep `(;|:|có|,|và) (nguyên|cựu) Title, (nguyên )?Title <family name> X` 13 hits over baomoi-dev, 4 such a
# chain before a name (9 titles after a name, which that name's chain reads).
def _former_chained(tokens: list[Token], k: int) -> bool:
    """A separator at k, then another title (or a former one) opens the chain's next link."""
    if k + 1 >= len(tokens) or tokens[k].text not in TITLE_SEPARATORS[:3]:
        return False
    nxt = k + 1
    return (tokens[nxt].cap and _title_head(tokens, nxt) > 0) or (
        tokens[nxt].low in FORMER_PREFIXES and _title_head(tokens, nxt) > 1)


def _opens_on_response(tokens: list[Token]) -> bool:
    """The sentence opens on a verb that answers or takes up what another said (RESPONSE_OPENERS)."""
    return bool(tokens) and tokens[0].cap and _match_seq(tokens, 0, _RESPONSE_SEQS) > 0


def _opening_phrase(tokens: list[Token], at: int) -> bool:
    """The words before `tokens[at]`, back to the sentence's start or a clause mark, hold no predicate word, nor are they
    the reporter's contacting (CONTACT_VERBS)."""
    if at >= 2 and f"{tokens[at - 2].low} {tokens[at - 1].low}" in CONTACT_VERBS:
        return False
    for token in reversed(tokens[:at]):
        if token.text in (",", ";", ":"):
            return True
        if token.low in PREDICATE_WORDS:
            return False
    return True


def find_people(sentence: str, short: bool = False) -> list[Mention]:
    """Every person the sentence names, with the titles written next to the name. A bug
    raises (the pipeline counts it as `meeting_error`), it is not hidden as no people.
    `short`: also a person met again by one name after a form of address (`ông Chung`), named by
    that word alone; the caller resolves it to the full name the article writes, or drops it."""
    # Every mention holds a name word after the sentence's first token: a capitalised one (a form of address, a title or
    # a family name comes first), or an acronym, an article glued to a capital (`al-Assad`). A sentence with no upper-case
    # letter past its first character names no one (a fourth of the clauses a meeting article is read in): one test in
    # C, not a token list.
    if sentence[1:].islower():
        return []
    tokens = tokenize(sentence)
    mentions: list[Mention] = []
    pending: list[str] = []  # a chain of titles read before a name
    pending_start = -1
    shared: list[str] = []  # a plural office's titles, given to each bare name listed after its first holder
    i, n = 0, len(tokens)
    new_holder = -1  # the token a new holder's word stands before (NEW_HOLDER_PREFIXES): the title opens on that word
    while i < n:
        tok = tokens[i]
        if (tok.low in NEW_HOLDER_PREFIXES and not pending and i + 1 < n and tokens[i + 1].cap
                and _title_head(tokens, i + 1) > 0 and not (i > 0 and tokens[i - 1].word and tokens[i - 1].cap)):
            i += 1  # `Tân Tổng thống X`: the new holder's office, read from its head (NEW_HOLDER_PREFIXES)
            new_holder = i
            continue
        if not (pending or tok.cap or tok.low in _LOWER_STOPS):
            i += 1  # a lower-case word or a mark that opens nothing: none of the branches below reads it
            continue
        # [titles] NAME: a title phrase, closed by a name or chained to the next title.
        inside_run = (i > 0 and tokens[i - 1].word and tokens[i - 1].cap and not tokens[i - 1].acronym and not pending
                      and tokens[i - 1].low not in CLAUSE_OPENERS and not _after_credit(tokens, i)
                      and not (tokens[i - 1].low in NEW_HOLDER_PREFIXES and _title_head(tokens, i) > 0
                               and not (i > 1 and tokens[i - 2].word and tokens[i - 2].cap))
                      and not _office_after_place(tokens, i))
        title = _title(tokens, i) if (tok.cap and not inside_run) or (pending and tok.word) else None
        if title is None and tok.word and not tok.cap and (
            (tok.low in _TITLE_SEQS and _match_seq(tokens, i, _TITLE_SEQS) > 1)
            or (tok.low in FORMER_PREFIXES and _title_head(tokens, i) > 1)
            or (tok.low in _LEADER_SEQS and _title_head(tokens, i) > 1)
            or (tok.low in LOWER_SINGLE_RANKS and _title_head(tokens, i) == 1
                and not (i > 0 and tokens[i - 1].low in RANK_COMPOUND_FIRSTS))
        ):
            # a title in lower case mid-sentence counts when a name closes it
            # (`người phát ngôn Bộ Ngoại giao Nga Maria Zakharova`)
            lower = _title(tokens, i, after_name=True)  # `chủ tịch UBND TP Hà Nôi` (a typo): a place
            full = _title(tokens, i)
            if full is not None and full.name_start >= 0 and full.name_end - full.name_start >= 3 and (
                tokens[full.name_start - 1].low not in STREET_NAMED_UNITS
            ) and (
                lower is None or not 0 <= lower.name_start <= full.name_start
            ):
                lower = full  # `phó chủ tịch UBND TP Lê Văn Khoa`: three syllables name a person, not a place
            title = lower if lower is not None and lower.name_start >= 0 else None
            if title is None and full is not None and _degree(tokens, i, full.end) and _chain_named(tokens, full.end):
                title = full  # `giáo sư, tiến sỹ khoa học Đặng Lương Mô`: degrees chained to a name
            if title is None and full is not None and full.end < n and tokens[full.end].text in FIELD_DASHES and (
                    _chain_named(tokens, full.end)):
                title = full  # `chuyên gia kinh tế - TS Nguyễn Minh Phong`: a dash chains the title to a degree and a name
            if title is None and full is not None and tok.low in FORMER_PREFIXES and _former_chained(tokens, full.end):
                title = full  # `có nguyên Bí thư Trung ương Đảng, nguyên Trưởng ban Dân vận Trung ương X`: a chain's first
            if title is None and full is not None and full.name_start < 0 and _addressed_after_comma(tokens, full.end) and (
                    i == 0 or tokens[i - 1].text in FRONTED_TITLE_MARKS) and full.end > i + _title_head(tokens, i):
                title = full  # `…, người phát ngôn Văn phòng Tổng thống Myanmar, ông U Zaw Htay, cho biết`: the whole
                # office a clause opens on before the addressed name, not the office its body names (`Tổng thống Myanmar`);
                # not a bare head, a list's noun (`… cán bộ, công chức, viên chức, đồng chí X lưu ý`)
        if title is not None and title.end <= i + _title_head(tokens, i) and title.name_start < 0 and not pending and (
            i > 0 and (tokens[i - 1].low in PLURAL_MARKERS
                       or (tokens[i - 1].low == "của" and (tokens[i].low in DELEGATE_ABBREVIATIONS or tokens[i].low == "đại")))
        ):
            title = None  # `các đại biểu`, `của ĐBQH, …`: the office as a noun, no one's title
        if title is not None and title.name_start < 0 and title.end > i and not pending and _counted_before(tokens, i):
            # `4 đồng chí Phó Chủ tịch UBND TP, …`, `hai vị Bộ trưởng Bộ A và Bộ trưởng Bộ B, …`: holders counted,
            # no one's titles
            i = title.end
            while i + 1 < n and tokens[i].low == "và" and (also := _title(tokens, i + 1)) is not None and (
                    also.name_start < 0 and also.end > i + 1):
                i = also.end
            continue
        if title is not None and title.end <= i + _title_head(tokens, i) and _match_seq(tokens, i, _BODY_OF_SEQS):
            title = None  # `đại diện` alone: no title
        if short and title is not None and title.name_start < 0 and not pending and (
                title.end == i + (head := _title_head(tokens, i)) + 1) and _short_name(tokens, i + head) and (
                title.end == n or not tokens[title.end].word or tokens[title.end].low in TITLE_STOP
                or _match_seq(tokens, title.end, _VERB_SEQS)):
            # a title and one name, then a verb or a mark (`Bộ trưởng Tuấn cho biết`, `Bí thư Thăng đã …`)
            title = _Title(i, i + head, i + head, i + head + 1)
        if title is not None and title.name_start < 0 and (
                title.end + 1 < n and tokens[title.end].text == "," and tokens[title.end + 1].cap) and (
                title.end == i + (head := _title_head(tokens, i)) + 1) and _short_name(tokens, i + head):
            # a title and one name before a comma is a person named by the given name, not the first title of the
            # next one's chain (`Báo cáo với Bí thư Thăng, Chủ tịch UBND quận 2 Nguyễn Phước Hưng cho biết`)
            if short:
                mentions.append(_mention(sentence, tokens, i, [_text(sentence, tokens, i, i + head)], i + head, i + head + 1)[0])
            pending, pending_start = [], -1
            i = title.end
            continue
        if title is not None and title.end > i:
            opens = i - 1 if new_holder == i else i  # `Tân Tổng thống Hàn Quốc`: the word is written with the office
            start = pending_start if pending else opens
            if title.name_start >= 0:
                text = _text(sentence, tokens, opens, title.end)
                mention, i = _mention(sentence, tokens, start, [*pending, text], title.name_start, title.name_end)
                mentions.append(mention)
                # `các phó chủ tịch UBND TPHCM A, B và C`: the plural office is each listed name's
                # and an office whose holders' bare names close the item (`nguyên Tổng Bí thư A, B;`)
                shared = [*pending, text] if ((start > 0 and (
                    tokens[start - 1].low in PLURAL_LIST_MARKERS or _list_count(tokens[start - 1])))
                    or _bare_names_close(tokens, title.name_end)) and (
                    mention.person.titles == [*pending, text]) else []
                pending, pending_start = [], -1
                continue
            pending, pending_start = [*pending, _text(sentence, tokens, opens, title.end)], start
            if len(pending) == 1 and not _is_degree(pending[0]) and not _is_rank(pending[0]) and _owner_in_opener(
                    tokens, opens, title.end):
                # `Sau báo cáo của Giám đốc Sở GD-ĐT, Chủ tịch UBND TP Hà Nội X yêu cầu …` (prec59 A24): the office owns
                # what the opening clause tells, no title of the subject after the comma
                pending, pending_start = [], -1
                i = title.end
                continue
            if (title.end + 1 < n and tokens[title.end].low == "của" and title.end == i + (head := _title_head(tokens, i))
                    and _match_seq(tokens, i, _COMPLEMENT_SEQS) == head and (owner := _title(tokens, title.end + 1))
                    and owner.name_start < 0 and owner.end + 1 < n and tokens[owner.end].text == ","
                    and _honorific(tokens, owner.end + 1)):
                # `Thư ký báo chí của Tổng thống Nga, ông Dmitry Peskov`: the office the person serves is in the
                # title (a name right after the owner's office is the owner's: `Cố vấn của Thủ tướng Thổ Nhĩ Kỳ
                # Binali Yildirim`)
                pending[-1] = _text(sentence, tokens, i, owner.end)
                title = owner
            i = title.end
            owner_at = start - 1 if start >= 1 and tokens[start - 1].low in OWNER_WORDS else start
            if i < n and tokens[i].text == "," and owner_at >= 2 and (
                    f"{tokens[owner_at - 2].low} {tokens[owner_at - 1].low}" in ON_BEHALF_OF):
                pending, pending_start = [], -1  # `Thay mặt Chủ tịch Quốc hội Việt Nam, Phó Chủ tịch … X`: not X's
                continue
            if (i < n and tokens[i].text == "," and start > 0 and tokens[start - 1].low in OBJECT_PREPOSITIONS
                    and not mentions and _opening_phrase(tokens, start - 1)):
                pending, pending_start = [], -1  # `Tiếp tục tranh luận với Bộ trưởng, đại biểu X`: not X's
                continue
            if (i < n and tokens[i].text == "," and start > 1 and tokens[start - 1].low in OWNER_WORDS and not mentions
                    and _opens_on_response(tokens) and _opening_phrase(tokens, start - 1)):
                pending, pending_start = [], -1  # `Đồng ý với những đề xuất của Chủ tịch Thượng viện Haiti, Chủ tịch
                continue  # Quốc hội X cho rằng`: the proposal's owner, not X
            if (start > 0 and tokens[start - 1].low in VERB_OPENERS and (
                    tokens[start - 1].cap or (start > 2 and tokens[start - 2].low in EVENT_CLASSIFIERS
                                              and tokens[start - 3].low in FRAME_PREPOSITIONS))) or (
                    start > 1 and tokens[start - 2].cap and f"{tokens[start - 2].low} {tokens[start - 1].low}"
                    in VERB_OPENER_PHRASES):
                # `Tiếp Chủ tịch Tập đoàn P&G, …`, `Tại cuộc tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed, Thủ
                # tướng X …`: the verb's object, not the titles of the host named after the comma
                pending, pending_start = [], -1
                while i + 1 < n and tokens[i].low in CONCURRENT_OFFICE_JOINERS and (
                        also := _title(tokens, i + 1)) is not None and also.name_start < 0 and also.end > i + 1:
                    i = also.end  # (and the offices it holds with it: `Chủ tịch kiêm Giám đốc điều hành …`)
                continue
            if i + 1 < n and tokens[i].low in TITLE_SEPARATORS[:4]:
                # The chain goes on (`Bộ trưởng, Chủ nhiệm …`), or a name closes it after the
                # separator: `…, bà Busaya Mathelin`, `Phó Giám đốc sở Nội vụ - Trần Hải Tuấn`.
                nxt = i + 1
                if tokens[i].text == "," and nxt + 1 < n and tokens[nxt].low in CONCURRENT_OFFICE_JOINERS and _title_head(
                        tokens, nxt + 1):
                    nxt += 1  # `Chánh văn phòng, kiêm người phát ngôn của Bộ nội vụ X`: an office held at once
                h = _honorific(tokens, nxt)
                span = _name_after_cue(tokens, nxt + h, "honorific")
                # (not an owner's titles before a comma, the named person the subject of the verb right after:
                # `Theo Quyết định của Bộ trưởng Bộ Tài chính, bà X sẽ đảm nhiệm`, `Một tuần trước cuộc gặp của Thủ
                # tướng, ông X nhận được`: the office is another's; but `dưới sự đồng chủ trì của Bí thư thường trực Bộ
                # Ngoại giao, Trưởng SOM ASEAN của Thái Lan, bà X và …`, `là khẳng định của Vụ trưởng …, bà X, đưa ra`)
                owned = tokens[i].text == "," and start > 0 and tokens[start - 1].low in OWNER_WORDS and (
                    span is not None and span[1] < n and tokens[span[1]].word and not tokens[span[1]].cap
                    and tokens[span[1]].low not in APPOSITION_NOT_VERBS)
                if owned and span is not None:
                    pending, pending_start = [], -1
                    i = nxt
                    continue
                if span is not None and (h or _family_name(tokens[nxt]) or (
                        tokens[i].text == "," and _closed_apposition(tokens, *span)
                        and not (start > 0 and tokens[start - 1].low in OWNER_WORDS))) and not _title_head(tokens, nxt):
                    mention, i = _mention(sentence, tokens, start, pending, *span)
                    mentions.append(mention)
                    pending, pending_start = [], -1
                    continue
                i = nxt
                continue
            if i < n and tokens[i].word and (not tokens[i].cap or tokens[i].text in CAPITALISED_HONORIFICS) and tokens[
                    i - 1].low not in CLAUSE_OPENERS and (
                    title.end > title.start + _title_head(tokens, title.start)) and not (
                    start > 0 and tokens[start - 1].low in OWNER_WORDS) and (
                    h := _honorific(tokens, i)) and (span := _name_after_cue(tokens, i + h, "honorific")) is not None:
                # `Phó chủ tịch UBND TP Hải Phòng ông Lê Thanh Sơn cho biết`, `Thứ trưởng Bộ NNPTNT ông Vũ Văn Tám`:
                # the form of address right after the titles, no mark between, introduces their holder (not after a
                # word that opens a sentence whose full stop went missing: `đối thoại với Thủ tướng Theo ông X`; not
                # an owner's titles: `cố vấn của Tổng thống Ukraine ông Yuri Biryukov`; not a bare office, which may be
                # the person's: `Cố vấn ông Trump đề nghị`)
                mention, i = _mention(sentence, tokens, start, pending, *span)
                mentions.append(mention)
                pending, pending_start = [], -1
                continue
            if i < n and tokens[i].word and tokens[i].cap and _title_head(tokens, i) and (
                    title.end == title.start + _title_head(tokens, title.start)
                    or _match_seq(tokens, i, _RANK_SEQS) == _title_head(tokens, i)) and not (
                    start > 0 and tokens[start - 1].low in OWNER_WORDS):
                # (and any office before a rank, its holder's name after the rank: `Bộ trưởng Bộ Công an Thượng tướng
                # Tô Lâm`, `Bộ trưởng Bộ Quốc phòng Thống tướng Tea Banh`)
                # `Bộ trưởng Chủ nhiệm Văn phòng Chính phủ X`, `PGS TS BS X`: a bare office, a rank or a degree chained
                # to the next title without its comma goes on to it. (Not after a body's noun, where the office is the
                # body's name: `Giám đốc điều hành Ban Thư ký APEC`, `Chủ tịch Viện Đại biểu Quốc hội Belarus`.)
                continue
            pending, pending_start = [], -1
            continue
        # honorific [titles] NAME, or a cue word + NAME.
        # (the table look-ups first: most tokens start no form of address and no cue)
        h = _honorific(tokens, i) if tok.low in _HONORIFIC_SEQS else 0
        cue = "honorific" if h else ""
        if not h and tok.low in _CUE_SEQS and (h := _match_seq(tokens, i, _CUE_SEQS)):
            cue = "cue"
        if h and _match_seq(tokens, i, _PLACE_SEQS) >= h + 1:
            i += _match_seq(tokens, i, _PLACE_SEQS)  # `Bà Rịa`: a place that starts like a form of address
            pending, pending_start = [], -1
            continue
        if h:
            at = i + h
            while cue == "honorific" and (again := _match_seq(tokens, at, _HONORIFIC_SEQS)):
                at += again  # forms of address stacked (`Đồng chí Bà …`): none is the name
            inner = _title(tokens, at) if at < n and tokens[at].cap else None
            if inner is not None and inner.name_start >= 0:
                text = _text(sentence, tokens, at, inner.end)  # `ông Bộ trưởng X` is rare but read
                # `các đồng chí Phó Giám đốc Sở A, B`: after a plural form of address the office is each listed name's
                plural = tokens[i].low in PLURAL_LIST_MARKERS or (i > 0 and tokens[i - 1].low in PLURAL_LIST_MARKERS)
                mention, i = _mention(sentence, tokens, i, [*pending, text], inner.name_start, inner.name_end)
                mentions.append(mention)
                shared = [text] if plural and not pending and mention.person.titles == [text] else []
                pending, pending_start = [], -1
                continue
            span = _name_after_cue(tokens, at, cue)
            if span is None and short and cue == "honorific" and at < n and (
                    " ".join(t.low for t in tokens[i:at]) in SHORT_NAME_HONORIFICS) and _short_name(tokens, at):
                span = (at, at + 1)
            if span is not None:
                # A mention starts at its form of address or counterpart cue (`người đồng cấp Nga
                # X` is one phrase), but at the name after a role phrase (`chủ trì bởi X`), which
                # the roles read before it.
                agent = cue == "cue" and _match_seq(tokens, i, _AGENT_SEQS) > 0
                start = pending_start if pending else (span[0] if agent else i)
                mention, i = _mention(sentence, tokens, start, pending, *span)
                mentions.append(mention)
                pending, pending_start = [], -1
                continue
        # A family-name-led name with titles after it (`Nguyễn Văn A, Chủ tịch UBND xã`), or
        # the next of a list after a person (`các đồng chí Nguyễn Văn A, Trần Văn B`).
        # (a woman's name opens on a family name the table lacks when `Thị` follows it: `Khang Thị Mào`)
        if tok.cap and (_family_name(tok) or (i + 1 < n and tokens[i + 1].low in FEMALE_MIDDLE_NAMES)) and not (
                i > 0 and tokens[i - 1].word and tokens[i - 1].cap):
            r1 = min(_run_end(tokens, i, n), i + NAME_MAX)
            if _vietnamese_name(tokens, i, r1) and not _place_named(tokens, i, after_name=True):
                # (a list after a plural form of address and its colon addresses each name: `Cùng dự có các đồng chí:
                # Hoàng Minh Cường Phó Chủ tịch UBND thành phố; …`, the comma before the office left out as after `đồng chí`)
                addressed = i >= 1 and tokens[i - 1].text in LIST_OPENERS and _ADDRESSED_LIST_RE.search(
                    sentence, 0, tokens[i - 1].start) is not None
                more, _ = _titles_after(sentence, tokens, r1, had_titles=False, addressed=addressed)
                listed = mentions and i >= 2 and tokens[i - 1].text in (",", "và") and _ends_at(mentions[-1], tokens[i - 2])
                calling = _calling_before(tokens, i) if r1 - i >= CALLING_NAME_SYLLABLES else 0
                if calling:  # `sinh viên Huỳnh Ngọc Long hồ hởi nói`: the calling is the title
                    mention, i = _mention(sentence, tokens, i - calling, [_text(sentence, tokens, i - calling, i)], i, r1)
                    mentions.append(mention)
                    shared = []
                    continue
                if more or listed or (i > 0 and tokens[i - 1].text in LIST_OPENERS and _next_listed(tokens, r1)) or (
                        r1 - i >= BARE_SPEAKER_SYLLABLES and (i == 0 or tokens[i - 1].text in BARE_SPEAKER_OPENERS)
                        and _match_seq(tokens, r1, _SPEECH_SEQS)
                        and all(is_vietnamese_syllable(tokens[m].text) for m in range(i, r1))):
                    mention, i = _mention(sentence, tokens, i, [], i, r1, listed_addressed=addressed)
                    if listed and shared and not mention.person.titles:
                        mention.person.titles = list(shared)
                    else:
                        shared = []
                    mentions.append(mention)
                    continue
        if tok.word:
            pending, pending_start = [], -1
        i += 1
    mentions.extend(_speakers_after_place(sentence, tokens, mentions))
    if "," in sentence:
        mentions.extend(_appositive_foreign_names(sentence, tokens, mentions))
    if short:
        mentions.extend(_speaking_foreign_names(sentence, tokens, mentions))
    if "kiêm" in sentence:
        for mention in mentions:
            mention.person.titles = _concurrent_offices_joined(mention.person.titles, sentence)
    if any(mark in sentence for mark in DEGREE_CHAIN_MARKS):
        for mention in mentions:
            mention.person.titles = _degree_chain_joined(mention.person.titles, sentence)
    if any(mark in sentence for mark in FRONTED_TITLE_SEPARATORS) and any(not m.person.titles for m in mentions):
        mentions = _fronted_titles(sentence, tokens, mentions)
    # a word broken at its hyphen by a space (`CCI Paris Ile-de- France`) is no name's end: its first half is no one's
    # (a name of one word only: after a name of more words the hyphen is a dash glued to it, `Nguyễn Văn An- Giám đốc`)
    return [m for m in mentions if not (" " not in m.person.name and "-" in m.person.name
                                        and f"{m.person.name}{BROKEN_HYPHEN}" in sentence)]


# An office set before the person and cut from the name by a comma, the name led by a form of address (`Chủ tịch
# Atletico Madrid, ông Enrique Cerezo tỏ ra …`, `Người phát ngôn điện Kremli, ông Dmitry Peskov cho biết`, `Trưởng Ban kỷ
# luật Liên đoàn bóng đá Việt Nam, ông X khẳng định`): where the title's grammar stopped before the comma (a body's
# lower-case words, a name inside the body), the person had no title and the body's name was read as a person. The
# office opens its clause (after a mark; not after `Theo`: `Theo đặc phái viên Hàn Quốc, ông Tillerson cho biết …` cites
# one person on another's words) and runs to the comma with no verb or function word of a clause
# (FRONTED_TITLE_STOPS) and at most FRONTED_TITLE_WORDS tokens. find_people over 6,000 random sentences of the 35,440
# baomoi articles with `, ông|bà NAME`, old against new: 33 titles gained, all right, nothing else changed; over the 554
# sentences where an office's head opens such a stretch: 64 titles gained (a first version read a list's noun, a
# plural office, a demonstrative and a person named inside the stretch as titles: each is refused now), 4 bodies read
# as persons dropped (`Chủ tịch Atletico Madrid`, `Tổng giám đốc Whole Foods`).
FRONTED_TITLE_WORDS = 16
# The mark between the office and the addressed person: a comma, or a dash (`CEO Audi Mỹ - ông Scott Keogh đã cảnh báo`).
FRONTED_TITLE_SEPARATORS = frozenset({",", "-", "–"})
# A demonstrative closing the office points back at another person (`…, chuyên gia này, ông X`): no title of the next.
FRONTED_TITLE_POINTERS = frozenset({"này", "đó", "ấy", "trên", "kia"})
FRONTED_TITLE_STOPS = frozenset("là có đã sẽ đang vừa được bị cho nói khi nếu thì mà rằng cũng đều từng hồi".split())
FRONTED_TITLE_MARKS = frozenset({",", ";", ":", ".", "!", "?", '"', "“", "”"})


def _fronted_titles(sentence: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Give a person named bare after a form of address the office that opens the clause before the comma, and drop
    the mention that office's own head opened (its body's name read as a person)."""
    dropped: set[int] = set()
    starts = {t.start: k for k, t in enumerate(tokens)}
    for mention in mentions:
        if mention.person.titles or mention.start not in starts:
            continue
        k = starts[mention.start]
        if k < 2 or tokens[k - 1].text not in FRONTED_TITLE_SEPARATORS or not _honorific(tokens, k):
            continue
        head = -1
        for j in range(k - 2, max(-1, k - 2 - FRONTED_TITLE_WORDS), -1):
            tok = tokens[j]
            if tok.text in FRONTED_TITLE_MARKS or tok.low in FRONTED_TITLE_STOPS or _match_seq(tokens, j, _VERB_SEQS):
                break
            if _title_head(tokens, j) and (j == 0 or tokens[j - 1].text in FRONTED_TITLE_MARKS):
                head = j
        if head < 0 or k - 1 <= head + _title_head(tokens, head) or tokens[k - 2].low in FRONTED_TITLE_POINTERS or (
                _match_seq(tokens, head, _BODY_OF_SEQS) and tokens[head + _title_head(tokens, head)].low in PLURAL_MARKERS):
            continue  # (a bare head is a list's noun, `… công chức, viên chức, ông X`; so a plural office, `…, đại diện
            # các ngành ở tỉnh và ngư dân, ông Lý muốn …`)
        if any(m is not mention and tokens[head].start < m.end < tokens[k - 2].end for m in mentions):
            continue  # a person named inside the office, the clause going on after (`HLV X tỏ ra bức xúc với …, ông Y`)
        # (a person the office's head opens, with a body written in the office, is named there: `…, cựu Bộ trưởng Giáo
        # dục Pháp Benoît Hamon đại diện phe cánh tả, bà Marine Le Pen …`, a list; a bare head before a name is a body's:
        # `Chủ tịch Atletico Madrid`)
        if any(m is not mention and m.start <= tokens[head].start < m.end and m.person.titles
               and len(m.person.titles[-1].split()) > _title_head(tokens, head) + (m.start < tokens[head].start)
               for m in mentions):
            continue
        mention.person.titles = [_text(sentence, tokens, head, k - 1)]
        dropped.update(id(m) for m in mentions if m is not mention and m.start == tokens[head].start)
    return [m for m in mentions if id(m) not in dropped]


# Degrees chained by a glued comma or a dash (`GS,TS Hoàng Chí Bảo`, `Phó Giáo sư - Tiến sỹ Lương Ngọc Khuê`, `GS -TS`)
# are one title as written, as a dot or a glued dash chains them (`PGS.TS`, `GS-TSKH`): the gold sets write each so
# (audit66, audit69, audit72: 9 of 9 chained degrees one title). A comma and a space list them as titles apart
# (`Phó Giáo sư, Tiến sỹ X`, `Giáo sư, tiến sỹ, nhà giáo nhân dân X`): no gold set writes one so, and the older
# readings stand. CS cgrep two degrees around `,` or `-`/`–` before a name over the 35,440 baomoi articles: 72 hits in
# 40 articles, 10 read, 10 one person's degrees.
DEGREE_CHAIN_MARKS = (",", "-", "–")
_DEGREE_CHAIN_JOINTS = (",", "-", " - ", "–", " – ", " -", "- ")


def _degree_chain_joined(titles: list[str], sentence: str) -> list[str]:
    """Degrees written one after another with a comma or a dash between, joined as written."""
    if len(titles) < 2:
        return titles
    joined: list[str] = []
    for title in titles:
        joint = next((j for j in _DEGREE_CHAIN_JOINTS if joined and _is_degree(joined[-1].split(j)[-1]) and _is_degree(title)
                      and f"{joined[-1]}{j}{title}" in sentence), None)
        if joint is not None:
            joined[-1] = f"{joined[-1]}{joint}{title}"
        else:
            joined.append(title)
    return joined


def _concurrent_offices_joined(titles: list[str], sentence: str) -> list[str]:
    """Offices held at once, `kiêm` between them and no mark, are one title as written (`Chủ tịch kiêm Giám đốc Công ty
    TNHH MTV Điện lực Đà Nẵng`, `Bộ trưởng Bộ Thông tin và Truyền thông kiêm Phó Trưởng ban Tuyên giáo Trung ương`): the
    first office is of the body the second names, and the annotators write them so (6 of 6 persons so written over the
    audits); after a comma (`Tổng Giám đốc, kiêm Chủ tịch Tập đoàn …`) they stay two titles, as the marks set them."""
    joined: list[str] = []
    for title in titles:
        word = next((w for w in CONCURRENT_OFFICE_JOINERS if joined and f"{joined[-1]} {w} {title}" in sentence), None)
        if word is not None:
            joined[-1] = f"{joined[-1]} {word} {title}"
        else:
            joined.append(title)
    return joined


# A speaker's full name right before the speech verb, after a place that ends their titles or after a bracket (`Phó giám
# đốc Ban quản lý dự án đầu tư xây dựng công trình giao thông Hà Nội Nguyễn Chí Cường cho biết`, `Giám đốc điện lực Hai
# Bà Trưng (Hà Nội) Lương Văn Quý cho biết`): where the title's grammar gave up on a long body in lower case, the place
# and the name ran together and no one was read. The name is the run's last SPEAKER_NAME_WORDS syllables, a family
# name first; the titles run back from the place to the nearest title head in the clause. A family-name-led name of
# three syllables before a speech verb, after a capitalised word, over 6,000 baomoi articles: 264, 36 read as no one,
# about a third of them this shape (a place or a bracket before the name), the rest a name of four syllables or a body.
SPEAKER_NAME_WORDS = 3
SPEAKER_TITLE_REACH = 20
# Marks a title may hold on its way back from the place to its head (`Giám đốc điện lực Hai Bà Trưng (Hà Nội)`).
SPEAKER_TITLE_MARKS = frozenset({"(", ")", "-", "–", "&"})


# A foreign name with no title before it, opening its clause, and its titles after a comma (`Lindsay Walters, phát ngôn
# viên Nhà Trắng cho hay`, `Theo Ben Feuer, chủ tịch Nhóm luật Phúc thẩm California …, nếu …`, `Pendaton Guro, đại tá
# nghỉ hưu ở Marawi, nói`): foreign news introduces people so, and no title, form of address or family name marks the
# name. What may stand before it: nothing, `Theo` opening the sentence, or a closing quotation mark. The name is 2-5
# capitalised words, one at least no Vietnamese syllable (a Vietnamese name is read from its family name); the titles
# after it end at a comma, a speech verb or the sentence's end. Over the sentences of the 35,440 baomoi articles: 91
# hits in 87 articles (4 with a meeting), 50 read, 50 a person and their office (a few offices cut short: `chuyên gia`
# of `chuyên gia phân tích …`); 1 `Với Vinatex, Bộ trưởng …` before a clause's first word was kept out.
# The callings news introduces a private person by, right before a Vietnamese full name (`sinh viên Huỳnh Ngọc Long hồ
# hởi nói`, `nghệ nhân Hoàng Gia Bổn`, `của tác giả Lê Thanh Long`, `Hoa hậu Ngô Phương Lan`, `tiền vệ Lương Xuân
# Trường`): the calling is the person's title. Only before a family-name-led name of three syllables or more, nothing
# between: as title heads they would cut the bodies that hold the word (`Cục Bản quyền Tác giả`, `Chương trình Tự hào
# Nông dân Việt Nam`) and read newspapers as people (`phóng viên Lao Động`). Over the 35,440 baomoi articles such a
# calling and name, not read before: 1,112 hits in 666 articles (32 with a meeting), 20 read, 19 a person named (1
# `cầu thủ Hoàng Anh Gia Lai`, a club, which three Vietnamese syllables cannot tell from a name).
CALLINGS = ("sinh viên", "học sinh", "giáo viên", "giảng viên", "tác giả", "cầu thủ", "thủ môn", "tiền đạo", "hậu vệ",
            "tiền vệ", "hoa hậu", "á hậu", "vận động viên", "vđv", "nghệ nhân", "thí sinh", "võ sĩ", "kỳ thủ",
            "doanh nhân", "nông dân",
            # more trades and standings (`ngư dân Trần Văn Mười (quận Sơn Trà)`, `công nhân Bùi Văn Đông`, `cô giáo Lưu
            # Thị Tuyết Minh, tổ trưởng tổ chấm`, `đội viên Triệu Thị Múi ở Vĩnh Quang`, `chủ tàu Trần Khai Nguyên`):
            # over the 35,440 baomoi articles 420 such callings stand before a family-name-led name of three syllables or
            # more, 3 of each read, a person named in all (not `bị cáo`, `đối tượng`, `nạn nhân`, `bệnh nhân`: the people
            # of a trial or a case, whom no meeting holds; audit58 a038 and audit59 a022's annotators title `đội viên`
            # and `Ngư dân`)
            "ngư dân", "đội viên", "đoàn viên", "công nhân", "chiến sĩ", "chủ tàu", "cựu chiến binh", "nữ sinh",
            "nam sinh", "học viên", "tài xế", "thuyền trưởng", "điều dưỡng", "nhà giáo", "cô giáo", "thầy giáo",
            "tay vợt", "trung vệ", "du khách", "thương binh")
CALLING_NAME_SYLLABLES = 3
_CALLING_SEQS = _index(CALLINGS)
# A Vietnamese full name alone as the subject of a speech verb (`Hứa Minh Đạt chia sẻ: …`, `"…", Triệu Lệ Dĩnh khẳng
# định.`, `"…" - Lữ Minh Nghĩa nói.`): at the sentence's start or after a comma, a dash or a quotation mark, three
# syllables at least, all Vietnamese, a family name first. Over the sentences of the 35,440 baomoi articles: 456 hits
# in 337 articles (28 with a meeting), 25 read, 23 the person speaking (2 a website: `Trang Harper's Bazaar nhận xét`,
# which the Vietnamese syllables keep out).
BARE_SPEAKER_SYLLABLES = 3
BARE_SPEAKER_OPENERS = frozenset({",", "-", "–", '"', "”", "“"})
APPOSITIVE_NAME_OPENERS = frozenset({"theo"})
# So a foreign name an attending or meeting word introduces, its titles after a comma (`Hội thảo có sự tham dự của
# Michael Kofman, nhà khoa học chính trị …, Thomas Malmlof, nhà phân tích …, và Olga Oliker, giám đốc chương trình …`,
# `… đã gặp Emmanuel Macron, Tổng thống Pháp`), and the next of such a list after its comma or `và`. find_people over
# the 3,181 corpus sentences with such a word, a comma or `và` before a capitalised two- or three-word name and a comma:
# 2 change, both right (`giữa ông với Rob Goldstone, chuyên gia luật`, `đối với Nick Evans, chuyên gia bắt rắn`); the
# list of the prec48 audit's seminar stays unread (`nhà khoa học chính trị nổi tiếng tại Viện Kennan` is no title the
# grammar closes).
APPOSITIVE_LIST_OPENERS = frozenset({"có", "gặp", "với", "tiếp"})
APPOSITIVE_ATTENDING_OWNERS = ("sự tham dự của", "sự có mặt của", "sự góp mặt của", "sự hiện diện của", "sự tham gia của")
APPOSITIVE_NAME_QUOTES = frozenset({'"', "”", "“", "’"})
# Words of a news outlet's name, which a source's `Theo` opens as it opens a person (`Theo Bloomberg News, …`)
MEDIA_NAME_WORDS = frozenset("news times post journal daily herald press agency television tv radio tribune magazine "
                             "online telegraph guardian today network channel".split())


def _appositive_foreign_names(sentence: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The people `APPOSITIVE_NAME_OPENERS` describes: a foreign name opening its clause, its titles after a comma."""
    found: list[Mention] = []
    n = len(tokens)
    for k in range(n):
        source = k == 1 and tokens[0].low in APPOSITIVE_NAME_OPENERS
        listed = k > 0 and (tokens[k - 1].low in APPOSITIVE_LIST_OPENERS or (
            tokens[k - 1].low == "của" and " ".join(t.low for t in tokens[max(0, k - 4) : k]).endswith(
                APPOSITIVE_ATTENDING_OWNERS)) or (
            tokens[k - 1].low in (",", "và") and found and found[-1].end in (tokens[k - 2].end, tokens[k - 3].end if k > 2
                                                                             else -1)))
        if not ((k == 0 and tokens[0].low not in APPOSITIVE_NAME_OPENERS) or source or listed
                or (k > 0 and tokens[k - 1].text in APPOSITIVE_NAME_QUOTES)):
            continue
        v = k
        while v < n and tokens[v].word and tokens[v].cap and not tokens[v].acronym and v - k <= NAME_MAX:
            v += 1
        if not (k + 2 <= v < n - 1 and tokens[v].text == ",") or all(
                is_vietnamese_syllable(tokens[m].text) for m in range(k, v)):
            continue
        if tokens[k].low in TITLE_STOP or tokens[k].low in CLAUSE_OPENERS:
            continue  # `Với Vinatex, Bộ trưởng …`: a clause's first word, capitalised
        if _title_head(tokens, k) or _honorific(tokens, k) or not _foreign_name(tokens, k, v, single=False) or any(
                tokens[m].low in MEDIA_NAME_WORDS for m in range(k, v)):
            continue
        if any(m.start < tokens[v - 1].end and tokens[k].start < m.end for m in mentions):
            continue
        titles, end = _titles_after(sentence, tokens, v, had_titles=False)
        if not titles or not (end == n or tokens[end].text in (",", ".", ";") or (
                not source and _match_seq(tokens, end, _SPEECH_SEQS))):
            continue  # (after `Theo` the source's apposition is closed by its comma, the clause after it)
        found.append(Mention(Person(_text(sentence, tokens, k, v), titles), tokens[k].start, tokens[end - 1].end))
    return found


# A foreign name that opens its clause with no title, right before a verb of speaking (`Bob Iger đã chia sẻ trong cuộc họp
# với các nhân viên ABC`, `"…", Jack Ma nói.`): who speaks in a sentence about the meeting. Read only there (`short`).
# Over the 35,440 baomoi articles a clause-opening run of 2-3 capitalised words, one not spelled as a Vietnamese syllable,
# before one of these verbs, that no other reading holds: 420 hits; of 40 read, 30 a person, 8 a medium, a firm or a
# state's paper (`Business Insider`, `Kaspersky Lab`, `Rodong Sinmun`, `Tờ Mundo Deportivo`), 2 a name misread; the
# words that open or close a firm's or an outlet's name (FOREIGN_ORG_WORDS) and an outlet's noun before it keep most out.
FOREIGN_SPEECH_VERBS = ("nói", "cho biết", "chia sẻ", "phát biểu", "khẳng định", "nhấn mạnh", "cho rằng", "cho hay",
                        "tiết lộ", "bày tỏ")
FOREIGN_SPEECH_ASPECTS = frozenset({"đã", "cũng", "vừa"})
FOREIGN_ORG_WORDS = frozenset("lab labs group bank inc corp co ltd llc plc united city fc club airlines airways motors "
                              "media sports insider interest institute foundation association council agency capital "
                              "partners securities holdings sinmun".split())
FOREIGN_NAME_CLAUSE_MARKS = frozenset({",", '"', "“", "”", ":", ";", "("})
OUTLET_NOUNS = ("tờ", "trang", "báo", "hãng", "đài", "tạp chí", "kênh")
_FOREIGN_SPEECH_SEQS = _index(FOREIGN_SPEECH_VERBS)
_OUTLET_SEQS = _index(OUTLET_NOUNS)


def _speaking_foreign_names(sentence: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The foreign names with no title that open a clause right before a verb of speaking (FOREIGN_SPEECH_VERBS)."""
    found: list[Mention] = []
    n = len(tokens)
    for k in range(n - 2):
        if not (k == 0 or tokens[k - 1].text in FOREIGN_NAME_CLAUSE_MARKS) or not (tokens[k].cap and tokens[k].word):
            continue
        v = k
        while v < n and tokens[v].word and tokens[v].cap and not tokens[v].acronym and v - k <= 3:
            v += 1
        if not 2 <= v - k <= 3 or v >= n:
            continue
        verb = v + 1 if tokens[v].low in FOREIGN_SPEECH_ASPECTS else v
        if verb >= n or not _match_seq(tokens, verb, _FOREIGN_SPEECH_SEQS):
            continue
        if all(is_vietnamese_syllable(tokens[m].text) for m in range(k, v)) or tokens[k].low in CLAUSE_OPENERS or (
                tokens[k].low in TITLE_STOP or _match_seq(tokens, k, _OUTLET_SEQS) or _title_head(tokens, k) or _honorific(tokens, k)):
            continue
        if any(tokens[m].low in FOREIGN_ORG_WORDS or tokens[m].low in MEDIA_NAME_WORDS for m in range(k, v)) or not (
                _foreign_name(tokens, k, v, single=False)):
            continue
        if any(m.start < tokens[v - 1].end and tokens[k].start < m.end for m in (*mentions, *found)):
            continue
        found.append(Mention(Person(_text(sentence, tokens, k, v), []), tokens[k].start, tokens[v - 1].end))
    return found


def _speakers_after_place(sentence: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The speakers no mention holds whose name stands right after a place or a bracket that ends their titles."""
    found: list[Mention] = []
    n = len(tokens)
    for v in range(SPEAKER_NAME_WORDS + 1, n):
        if tokens[v].low not in _SPEECH_SEQS or not _match_seq(tokens, v, _SPEECH_SEQS):
            continue
        k = v - SPEAKER_NAME_WORDS
        if not (all(tokens[m].word and tokens[m].cap and not tokens[m].acronym for m in range(k, v))
                and _vietnamese_name(tokens, k, v) and not any(_match_seq(tokens, m, _PLACE_SEQS) >= v - m
                                                                for m in range(k + 1, v))):
            continue
        at = tokens[k].start
        if any(m.start <= at < m.end or at <= m.start < tokens[v - 1].end for m in mentions):
            continue
        before = tokens[k - 1]
        if before.text == ")":
            place_start = k - 1
        else:
            place_start = next((m for m in range(max(0, k - 4), k) if _match_seq(tokens, m, _PLACE_SEQS) == k - m
                                and (m == 0 or not (tokens[m - 1].word and tokens[m - 1].cap))), -1)
            if place_start < 0 or place_start == 0:
                continue
        head = -1
        for m in range(place_start - 1, max(-1, place_start - 1 - SPEAKER_TITLE_REACH), -1):
            if not tokens[m].word and tokens[m].text not in SPEAKER_TITLE_MARKS:
                break
            if _title_head(tokens, m) and (m == 0 or tokens[m - 1].low not in PLURAL_MARKERS):
                head = m
        if head < 0:
            continue
        if head > 0 and not tokens[head].cap and tokens[head - 1].word and tokens[head - 1].cap:
            head -= 1  # (an office whose head is its second syllable: `Hội trưởng Hội Hữu nghị …`)
        title = sentence[tokens[head].start : tokens[k - 1].end].strip(" -–,")
        found.append(Mention(Person(_text(sentence, tokens, k, v), [title]), tokens[head].start, tokens[v - 1].end))
    return found


# The words that open the day a statement was made, written after its speaker (`… ngày 10/7 tuyên bố`, `… hôm 24-6 cho
# biết`, `… hôm qua nói`).
STATEMENT_DAY_OPENERS = frozenset({"ngày", "hôm"})
STATEMENT_DAY_WORDS = frozenset({"qua", "nay"})
DAY_NUMBER_MARKS = frozenset({"/", "-", "."})
_JOINED_DAY_RE = re.compile(r"\d{1,2}(?:[-.]\d{1,2}){1,2}")


def _past_statement_day(tokens: list[Token], i: int) -> int:
    """Where the words after a day that opens at token i (`ngày 10/7`, `hôm 24-6`, `hôm qua`) begin; i when no day opens."""
    n = len(tokens)
    if i + 1 >= n or tokens[i].low not in STATEMENT_DAY_OPENERS:
        return i
    if tokens[i + 1].low in STATEMENT_DAY_WORDS:
        return i + 2
    j = i + 1
    if _JOINED_DAY_RE.fullmatch(tokens[j].text):
        return j + 1  # (`24-6`, `10.7`: one token)
    if not tokens[j].text.isdigit():
        return i
    j += 1
    while j + 1 < n and tokens[j].text in DAY_NUMBER_MARKS and tokens[j + 1].text.isdigit():
        j += 2
    return j if j > i + 2 else i


def _closed_apposition(tokens: list[Token], k: int, end: int) -> bool:
    """tokens[k:end], after a title's comma, is a foreign name set off by commas before the clause goes on in lower
    case (`HLV trưởng U23 Malaysia, Frank Bernhardt, cho rằng`, `Chủ tịch Atletico, Enrique Cerezo, chế nhạo`)."""
    # (or closed by the speech verb it is the subject of: `Bộ trưởng An ninh Argentina, Patricia Bullrich nói`; a title,
    # a comma, 2-4 capitalised words and a speech verb over the 35,440 baomoi articles: 42 hits in 42 articles, 14 read,
    # 12 the titled person, 1 a medium after a place's comma, which the place in the name keeps out, 1 a person another
    # title names)
    # (and by a verb of stating or judging, TITLE_ENDING_VERBS: `Giám đốc điều hành CBRE Việt Nam, Marc Townsend nhận
    # định`, `Giám đốc điều hành Facebook, Mark Zuckerberg tuyên bố`; find_people over the 412 sentences of the 35,440
    # baomoi articles where a comma, 2-5 capitalised words and one of them stand: 10 changed, 10 read, 10 the titled
    # person gained, none lost)
    # (also past the day the statement was made, written between: `Người phát ngôn Điện Kremlin, Dmitry Peskov ngày 10/7
    # tuyên bố`, `Công tố viên Paris, Francois Molins ngày 22/6 cho biết`; a title, a comma, 1-3 capitalised words, `ngày`
    # or `hôm` and a day before a statement verb over the 35,440 baomoi articles: 5 hits, all 5 read the titled person,
    # read before as no one)
    told = _past_statement_day(tokens, end)
    if told < len(tokens) and _match_seq(tokens, told, _STATEMENT_SEQS) > 0:
        return _foreign_name(tokens, k, end, single=False)
    return (end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].word and not tokens[end + 1].cap
            and tokens[end + 1].low not in APPOSITION_NOT_VERBS and _foreign_name(tokens, k, end, single=False))


def _next_listed(tokens: list[Token], j: int) -> bool:
    """A second family-name-led Vietnamese name follows the one that ends at token j in a list
    (`gồm 3 đồng chí: Đặng Việt Quảng, Vũ Thái Sơn, …`)."""
    if j + 1 >= len(tokens) or tokens[j].text not in LIST_JOINERS or not (_family_name(tokens[j + 1]) or (
            j + 2 < len(tokens) and tokens[j + 2].low in FEMALE_MIDDLE_NAMES)):
        return False
    r1 = min(_run_end(tokens, j + 1, len(tokens)), j + 1 + NAME_MAX)
    return r1 < len(tokens) and _vietnamese_name(tokens, j + 1, r1) and tokens[r1].text in LIST_ENDS


def _calling_before(tokens: list[Token], i: int) -> int:
    """The length of a calling (CALLINGS) that ends right before token i, or 0."""
    return next((n for n in (3, 2, 1) if i - n >= 0 and _match_seq(tokens, i - n, _CALLING_SEQS) == n
                 and not (i - n > 0 and tokens[i - n - 1].low in PLURAL_MARKERS)), 0)


def _bare_names_close(tokens: list[Token], j: int) -> bool:
    """Family-name-led names with no titles follow the name that ends at token j, joined by `,`/`và`, and the list
    item or the sentence ends after them (SHARED_OFFICE_ENDS): the office written before the first is theirs too."""
    n, count = len(tokens), 0
    while j + 1 < n and tokens[j].text in LIST_JOINERS and (_family_name(tokens[j + 1]) or (
            j + 2 < n and tokens[j + 2].low in FEMALE_MIDDLE_NAMES)):
        r1 = min(_run_end(tokens, j + 1, n), j + 1 + NAME_MAX)
        if not _vietnamese_name(tokens, j + 1, r1):
            return False
        j, count = r1, count + 1
    return count > 0 and (j == n or tokens[j].text in SHARED_OFFICE_ENDS)


def _ends_at(mention: Mention, token: Token) -> bool:
    return mention.end == token.end


# --- what a person does at a meeting (read by core.extract.meetings) ---------------------

# Verbs after a person that make the person a chair: `chủ trì`, `đồng chủ trì`, and
# `điều hành` a session (not `điều hành điểm cầu`, a venue of an online meeting).
CHAIR_VERBS = (
    "đồng chủ trì", "chủ trì", "điều hành phiên họp", "điều hành phiên thảo luận", "điều hành phiên chất vấn",
    "điều hành phiên toàn thể", "điều hành phiên làm việc", "điều hành phiên khai mạc", "điều hành phiên bế mạc",
    "điều hành phiên đối thoại", "điều hành hội nghị", "điều hành cuộc họp", "điều hành buổi", "điều hành kỳ họp",
    # a press conference its spokesmen run (`Thứ trưởng X và Chánh văn phòng, kiêm người phát ngôn của Bộ nội vụ Y điều
    # hành họp báo`; prec30): `điều hành (cuộc )?họp báo` over the 35,440 baomoi articles, 1 hit, read, right
    "điều hành họp báo", "điều hành cuộc họp báo",
    # `điều khiển`, the Assembly's word for chairing a sitting (`Phó Chủ tịch Quốc hội X điều khiển phiên họp`; not a
    # trial's, `điều khiển phiên tòa`): `điều khiển (phiên|buổi|cuộc|hội nghị|kỳ họp|…)` over the 35,440 baomoi
    # articles: 10 hits, 5 `phiên họp`, 5/5 a sitting its chair led; the other 5 a trial's or `cuộc đời`
    "điều khiển phiên họp", "điều khiển kỳ họp", "điều khiển hội nghị", "điều khiển cuộc họp",
    # and the debate it leads (`Phó chủ tịch Quốc hội X điều khiển thảo luận ở hội trường`: 1 hit, right; chaudit28)
    "điều khiển thảo luận", "điều khiển phiên thảo luận", "điều khiển phiên chất vấn",
    # `chủ tọa`, the formal word, with the meeting it chairs (`Chủ tịch Trung Quốc X chủ tọa Hội nghị`; not bare:
    # mostly a judge's, `Chủ tọa phiên tòa X`, `chủ tọa hỏi`). cgrep `sự chủ tọa của|(đồng )?chủ tọa (cuộc |phiên
    # |kỳ )?(hội nghị|họp|phiên họp|kỳ họp|hội thảo|diễn đàn|…)` over baomoi-dev: 11 hits; of the 8 that name a person,
    # 7 the one who chaired a meeting (1 a judge, `dưới sự chủ tọa của thẩm phán`); 3 a noun naming no one
    "chủ tọa hội nghị", "chủ tọa cuộc họp", "chủ tọa phiên họp", "chủ tọa kỳ họp", "chủ tọa hội thảo",
    "chủ tọa diễn đàn", "chủ tọa tọa đàm", "đồng chủ tọa", "làm chủ tọa cuộc họp", "làm chủ tọa hội nghị",
)
# Verbs that hand a task to someone else: a chairing verb after them is the other's
# (`ông X giao Sở Lao động chủ trì nghiên cứu`, `yêu cầu Vụ Kế hoạch chủ trì`).
ASSIGN_VERBS = ("giao cho", "giao nhiệm vụ", "yêu cầu", "đề nghị", "phân công", "đề xuất", "kiến nghị")
# The same role as a noun phrase before the people it names (`dưới sự chủ trì của X và Y`).
CHAIR_BEFORE = ("sự chủ trì của", "sự đồng chủ trì của", "sự điều hành của", "chủ trì bởi", "sự chủ tọa của",
                # the two nouns at once (`dưới sự chủ trì, điều hành của đồng chí X, Bí thư Tỉnh ủy, HĐND tỉnh đã tổ
                # chức Kỳ họp …`): a provincial portal's form; no hit over baomoi-dev, whose national press writes one
                "sự chủ trì, điều hành của", "sự chủ trì và điều hành của")
# Verbs that make who stands before them (or, with `có`, after them) an attendee.
# Texts read out at an event by who presents them there (see ATTEND_VERBS).
READ_OUT_TEXTS = ("tờ trình", "báo cáo", "diễn văn", "quyết định", "nghị quyết", "bài phát biểu", "thông điệp",
                  "tham luận", "lời khai mạc", "lời chào", "chỉ thị")
ATTEND_VERBS = ("tham dự", "dự", "có mặt", "tham gia", "phát biểu", "bên lề", "dự và chỉ đạo",
                # who leads the visiting delegation (`đoàn … do Hội trưởng X làm Trưởng đoàn`)
                "làm trưởng đoàn",
                # who heads a delegation (`Đoàn Việt Nam do Thượng tướng X, Thứ trưởng Bộ Công an dẫn
                # đầu`) or goes with it (`Cùng đi với Thủ tướng có A, B`)
                "dẫn đầu", "dẫn đầu đoàn", "dẫn đầu phái đoàn", "cùng đi",
                # who runs a venue of an online meeting takes part in it (no chair of it)
                "điều hành điểm cầu",
                # the deputies who meet voters (`Chủ tịch Quốc hội X và Đoàn đại biểu Quốc hội TP Cần Thơ đã tiếp
                # xúc cử tri tại xã …`, `Tổng Bí thư X cùng hai ĐBQH A, B đã tiếp xúc cử tri quận Ba Đình`): 61
                # sentences of baomoi-dev name people before it, 10 of 12 read the deputies at that meeting
                "tiếp xúc cử tri", "tiếp xúc với cử tri", "có buổi tiếp xúc cử tri", "có buổi tiếp xúc với cử tri",
                # who witnesses a ceremony is at it (`Chủ tịch nước X và Tổng bí thư, Chủ tịch nước Trung Quốc Y đã chứng
                # kiến lễ ký kết 5 văn kiện`)
                "chứng kiến",
                # who performs the rite is at the ceremony (`Chủ tịch nước X cùng đoàn lãnh đạo TP HCM đã làm lễ dâng
                # hương …`, `X cùng lãnh đạo TP HCM dâng hoa lên Chủ tịch Hồ Chí Minh`)
                "làm lễ", "dâng hương", "dâng hoa")
ATTEND_BEFORE = ("sự tham dự của", "sự có mặt của", "sự tham gia của", "sự chứng kiến của",
                 # a list going on (`Ngoài ra còn có Bộ trưởng … X, …`: see meetings._LIST_OPENING_RE)
                 "ngoài ra còn có", "ngoài ra, còn có",
                 # the hosts who received a delegation, listed (`Tiếp Đoàn công tác có PGS. TS X, Giám đốc Bệnh viện`,
                 # `Tiếp và làm việc với đoàn có đồng chí X`): see meetings._LIST_OPENING_RE; 2 hits over the 35,440
                 # baomoi articles, 2 the hosts at the session
                 *(f"{receive} {delegation} {more}có" for receive in ("tiếp", "đón", "đón tiếp", "tiếp đón",
                                                                        "tiếp và làm việc với")
                   for delegation in ("đoàn", "đoàn công tác", "phái đoàn") for more in ("", "còn ")),
                 # what a person said at the meeting, as a noun (`lắng nghe ý kiến của Thứ trưởng X`,
                 # `Sau phát biểu khai mạc của Chủ tịch Quốc hội X`)
                 "ý kiến của", "phát biểu của", "bài phát biểu của", "lời phát biểu của",
                 "phát biểu khai mạc của", "phát biểu bế mạc của", "phát biểu chỉ đạo của",
                 "phát biểu kết luận của", "tham luận của", "khẳng định của",
                 # a statement as a noun (`Như tuyên bố của Đại sứ Triều Tiên tại Nga X trong cuộc họp báo ở Moskva`,
                 # audit81 a026)
                 "tuyên bố của",
                 # who concluded the meeting (`thông báo kết luận của Thủ tướng X tại cuộc họp về …`)
                 "kết luận của",
                 # attending told with how (`Hội nghị thượng đỉnh G7 với sự tham dự lần đầu tiên của Tổng thống Trump`,
                 # `với sự tham dự và phát biểu của Thủ tướng hai nước`): cgrep over baomoi-dev, 4 sentences, 4 name
                 # people at the event
                 "sự tham dự lần đầu tiên của", "sự tham dự lần đầu của", "sự tham dự và phát biểu của",
                 "sự tham dự và chỉ đạo của", "sự có mặt và phát biểu của",
                 # a guest's presence (`Sự kiện có sự góp mặt của nhiều tên tuổi lớn … như nhạc sĩ A, nhà thơ B`,
                 # `một phiên họp tại G20 có sự góp mặt của Chủ tịch Trung Quốc X và Thủ tướng Đức Y`): cgrep `sự góp mặt
                 # của` + a person or a group, 232 hits over baomoi-dev, mostly teams, countries and casts of shows
                 # (no person: no role); over the corpus output it added 2 people, 2 at the meeting. Not `sự xuất hiện
                 # của` (a board's new member, a ghost's appearance: over the corpus output 1 of 3 added was right)
                 "sự góp mặt của",
                 # a guest's presence, as school and hospital portals write it (`Tham dự buổi lễ có sự hiện diện của TS.
                 # X – Hiệu trưởng Nhà trường`): cgrep `sự hiện diện của` + a title or a form of address, 9 hits over
                 # baomoi-dev, 1 a leader at a ceremony, 8 outside any meeting's sentence (no role is read there)
                 "sự hiện diện của")
# Who asked at a sitting, named as the owner of the question answered (`Trả lời câu hỏi của ĐB Nguyễn Sĩ Cương và một số
# ĐB khác, Bộ trưởng …`, `khi trả lời câu hỏi chất vấn của ĐB Lê Công Nhường (Bình Định)`): the `của` after one of these
# (the cue is `của` alone, so `trả lời câu hỏi`, `trả lời chất vấn` stay the answerer's). CS cgrep `(câu hỏi|chất
# vấn|ý kiến chất vấn) của (ĐB|đại biểu|ĐBQH|cử tri) [A-Z]`, 66 hits over baomoi-dev; of 12 read, the 5 that name a
# person each a deputy asking at the sitting (7 name none).
QUESTION_NOUNS = ("câu hỏi", "chất vấn")
QUESTION_OWNER = "của"
# Noun phrases that name someone's opinion or direction sought or followed, not said at the
# meeting (`xin ý kiến của Thủ tướng`, `theo ý kiến chỉ đạo của Thủ tướng`): no role.
NOT_SAID_THERE = ("xin ý kiến của", "lấy ý kiến của", "hỏi ý kiến của", "ý kiến chỉ đạo của",
                  "theo ý kiến của")
# `dự` followed by these is another word (`dự kiến`, `dự án`, `dự báo` …), not attending.
NOT_ATTEND_AFTER_DU = ("kiến", "báo", "án", "thảo", "toán", "trữ", "định", "phòng", "thi", "đoán",
                       "tính", "luật", "khuyết", "thầu", "bị")
# Sending flowers, a letter or a cable to the meeting (`Các đồng chí A, B gửi lẵng hoa chúc mừng`)
# is what someone who was not there does: its subject gets no role, whatever verb follows.
SEND_VERBS = ("gửi hoa", "gửi lẵng hoa", "gửi lẵng hoa chúc mừng", "gửi hoa chúc mừng", "gửi vòng hoa",
              "gửi thư", "gửi thư chúc mừng", "gửi điện", "gửi điện mừng", "gửi điện chúc mừng",
              "gửi thư chia buồn", "gửi điện chia buồn")
# Who convened a meeting attends it; it chairs only by a chairing word (meetings.py, CONVENER_NOT_CHAIR).
CONVENE_VERBS = ("triệu tập",)
# Verbs of speech: their subject, in a sentence about the meeting, spoke at it.
SPEECH_VERBS = (
    "cho biết", "cho rằng", "cho hay", "thông tin", "nhấn mạnh", "khẳng định", "chia sẻ", "báo cáo",
    "đề nghị", "kiến nghị", "yêu cầu", "nêu rõ", "lưu ý", "đề xuất", "trình bày", "ghi nhận",
    "bày tỏ", "kết luận", "chỉ rõ", "giải thích", "thông báo", "đánh giá", "nói", "quán triệt",
    "biểu dương", "phát biểu", "tin tưởng", "mong muốn", "cảm ơn", "cám ơn", "hoan nghênh", "chúc mừng",
    "đánh giá cao",
    # who reads a text out at the event (`Phó thủ tướng Thường trực X đọc tờ trình của Chính phủ`, `ông X, …, thay mặt
    # Bộ Chính trị đọc tờ trình`, `Phó Chủ tịch UBND TP X đã đọc diễn văn`): CS cgrep NAME + (đã|cũng|thay mặt …)?
    # `đọc` + a text of these or a letter: 24 hits over baomoi-dev, 12 read, 10 a text read out at the event, 2 a
    # letter or a report read alone (`thư` is not here)
    *(f"đọc {text}" for text in READ_OUT_TEXTS),
    # raising, judging and answering in a debate (`Trưởng Ban X nêu thực trạng`, `Thứ trưởng X
    # lại nhận xét`, `Chủ nhiệm X giải trình`)
    "nêu", "nhận xét", "phân tích", "thừa nhận", "đề cập", "giải trình", "phản ánh",
    "tán thành", "đồng tình", "nhất trí", "góp ý", "đặt vấn đề",
    # announcing a decision or a figure (`Phó trưởng ban X đã công bố quyết định của Bộ Chính trị`);
    # not `tuyên bố`, mostly a leader's statement elsewhere in foreign news
    "công bố",
    # the question time of a council or an assembly: who questions, debates or answers the questions
    # (`Đại biểu X (Đà Nẵng) chất vấn Bộ trưởng …`, `đại biểu Y tranh luận`, `Bộ trưởng Z trả lời chất vấn`)
    "chất vấn", "tranh luận", "trả lời chất vấn",
    # and answering the deputies' or the voters' questions (`Bộ trưởng Bộ Nông nghiệp … X trả lời các câu hỏi của đại
    # biểu quốc hội về …`, audit83 a007; `ông Chung dành nhiều thời gian trả lời các câu hỏi của cử tri`): see the
    # commit message for the corpus count (a press conference's `trả lời câu hỏi` stays the answer of PRESS_ANSWER_VERBS)
    *(f"trả lời {these}{what} của {whom}" for these in ("", "các ", "những ") for what in ("câu hỏi", "thắc mắc", "ý kiến")
      for whom in ("đại biểu", "các đại biểu", "cử tri", "các cử tri")),
    # worrying, explaining and arguing (`ĐB Nguyễn Thanh Hồng (Bình Dương) lo ngại, …`, `ông Phùng Xuân Nhạ lý giải`,
    # `ĐB Mão lập luận`): cgrep (title|ông|bà) NAME + one of them or `nhận định`, 409 sentences of baomoi-dev, 12 of 12
    # read the person's own words. Not `nhận định`: news quotes pundits with it (`Học giả X, thành viên nhóm nghiên
    # cứu …, nhận định cuộc gặp thượng đỉnh này …`; of the 9 people it alone added over baomoi-dev, 5 commentators)
    "lo ngại", "lý giải", "lập luận", "phân trần", "băn khoăn", "dẫn chứng",
    # its synonym (`Tuy nhiên, đại biểu Phan Thị Mỹ Dung, đoàn Long An, quan ngại về quyền thu giữ tài sản …`): prec40
    # missed that speaker at a sitting; CS cgrep (a title|ông|bà|ĐB) NAME (+ an apposition) + `quan ngại` over the 35,440
    # baomoi articles: 8 hits, 6 after `bày tỏ` (already a speech verb), 2 bare, both the person's own words
    "quan ngại",
    # giving an example (`ĐBQH Trương Minh Hoàng (đoàn Cà Mau) lấy ví dụ về việc thực thi chế tài`, `bà X đưa ra ví dụ`):
    # the precision audit prec33 missed such a speaker; CS cgrep (title|ông|bà|ĐB) NAME + (cũng|đã|còn)? these over the
    # 35,440 baomoi articles: 10 hits, 9 the speaker's own words (1 `ví dụ như` inside a clause, which bare `ví dụ` is)
    "lấy ví dụ", "đưa ra ví dụ", "dẫn ví dụ",
    # reading an address or a report out at the event (`Trong ảnh, ông Macron đang đọc diễn văn tại buổi lễ`, `Phó
    # Chủ tịch UBND TP Hà Nội Ngô Văn Quý đã đọc diễn văn …`): cgrep (title|ông|bà) NAME + one of them, 8 sentences of
    # baomoi-dev, 8 of 8 a speaker at a ceremony or a meeting
    "đọc diễn văn", "đọc báo cáo", "đọc lời chào", "đọc tham luận",
    # presenting a bill or a report to the assembly in session (`Chủ nhiệm Ủy ban Công tác đại biểu X trình Quốc hội Tờ
    # trình dự án Luật …`, `Thống đốc Ngân hàng Nhà nước X đã trình Quốc hội dự thảo nghị quyết`, `Báo cáo thẩm tra do
    # Chủ nhiệm Ủy ban Tài chính - Ngân sách X trình Quốc hội`): CS cgrep NAME + (đã|sẽ|vừa)? `trình (Quốc hội|HĐND|kỳ
    # họp|Hội nghị|Đại hội …)` 10 hits over baomoi-dev, 2 after a person, 2 of 2 the person presenting at the sitting
    # (the 8 others a body or a board, which no person is)
    "trình quốc hội", "trình hđnd", "trình hội đồng nhân dân", "trình kỳ họp", "trình hội nghị", "trình đại hội",
    # restating (`Tại đoàn Quảng Ngãi, Bộ trưởng Công thương Trần Tuấn Anh cũng nhắc lại câu chuyện …`): CS cgrep
    # (title|ông|bà|ĐB) NAME + (cũng|đã|còn|lại)? `nhắc lại|nhắc nhở`, 13 hits over baomoi-dev, 10 read, 9 the speaker's
    # own words at an event; over the corpus output `nhắc nhở` added one who reminded at another sitting (`mà Phó thủ
    # tướng X đã nhắc nhở tại phiên họp mới đây`), so only `nhắc lại` is kept
    "nhắc lại",
    # judging and pointing out (`Thứ trưởng Nguyễn Nhật nhìn nhận, …`, `ĐB Nguyễn Tuấn Anh (Bình Phước) cũng chỉ ra, …`):
    # CS cgrep (title|ông|bà|ĐB) NAME + (cũng|đã|thẳng thắn|lại)? `nhìn nhận|chỉ ra|bổ sung`, 53 hits over baomoi-dev;
    # of 14 read, 11 the person's own words at a sitting, a conference or a press conference, 1 in an interview (which
    # INTERVIEW_FRAMES sets apart), 2 of another time. Not `bổ sung` (supplementing a law or staff, inside titles too)
    "nhìn nhận", "chỉ ra",
    # putting a question to the floor (`Cử tri Trần Quang Minh (quận Tây Hồ) đặt câu hỏi về …`, `ĐB Trần Văn Tiến đặt câu
    # hỏi`, `Thứ trưởng Trịnh Thị Thủy đặt câu hỏi với BTC lễ hội`): CS cgrep (cử tri|ông|bà|ĐB|đại biểu|a title) NAME
    # + (cũng|đã|…)? `đặt (ra )?câu hỏi`, 50 hits over baomoi-dev; of 14 read, 11 name a person, 8 of them asking at a
    # sitting, a meeting with voters or a conference, 3 on television or in an interview (no meeting, or the frame's)
    "đặt câu hỏi",
    # recounting a history at a ceremony (`Cũng tại buổi lễ, thay mặt Đảng bộ Đại sứ quán, Phó Bí thư Đảng ủy X đã ôn lại
    # lịch sử ra đời …`, `Phát biểu khai mạc buổi lễ, Chủ tịch IVSC X ôn lại những dấu mốc …`): CS cgrep NAME + (đã
    # |cũng )?`ôn lại (lịch sử|truyền thống|chặng đường|những|…)`: 7 hits over baomoi-dev, the 5 after a titled person
    # each a speaker at the event (2 a singer's and alumni's memories)
    "ôn lại",
    # pledging (`Phó Giám đốc Sở KH&ĐT … Phan Thành Biển cam kết trong quá trình hợp tác, …`, `Phó Thủ tướng Vương Đình Huệ
    # cam kết trước Quốc hội …`): (ông|bà|a title) NAME + (cũng|đã|xin|luôn)? `cam kết` in the baomoi-35k articles with a
    # meeting found: 8 sentences, 7 the person's own pledge at the meeting (Abe at a summit, Xi at a forum, a deputy
    # prime minister before the Assembly, Merkel chairing the G20), 1 an unnamed leader
    "cam kết",
    # answering questions put there (`Tại buổi làm việc, Thủ tướng Nguyễn Xuân Phúc đã giải đáp các thắc mắc, kiến nghị
    # của các doanh nghiệp`, `Tại Hội nghị, Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng đã giải đáp, trao đổi …`): CS
    # cgrep three capitalised words + `giải đáp` over the 35,440 baomoi articles, 7 hits in 6 articles, 5 answers given
    # at a meeting (1 a body's, 1 a doctor's column)
    "giải đáp",
)
# Verbs that tell speech only when the words follow them, after a comma, a colon, `rằng` or a quotation mark (`Đồng quan
# điểm trên, ông Lê Đăng Doanh bổ sung, việc đẩy mạnh …`, `ông Nguyễn Sơn - Chủ tịch HĐQT … nhận định có ba nguyên
# nhân:` is not; `Ngư dân X …, chủ tàu cá …, bộc bạch: …`); bare, `bổ sung` adds money, staff or a clause of a law, and
# `nhận định` is a judgement written into a report.
# CS cgrep (ông|bà|a title) NAME + one of them + a comma or a colon: 86 hits over baomoi-dev; over the corpus output they
# and `nhận định` below added 8 people, 8 speakers at the meeting. Not `tâm sự` (a parent confiding to the paper).
SAYING_VERBS_WITH_WORDS = ("bổ sung", "bổ sung thêm", "bộc bạch", "chia sẻ thêm", "nói thêm", "cho biết thêm")
SAID_WORDS_OPENERS = (",", ":", "“", "\"", "rằng")
# `nhận định` only as reported speech, before a comma or `rằng` (`Thứ trưởng Bộ Công Thương X nhận định, đích cuối cùng
# …`): before a colon it opens a pundit's quote (`Ông Tom Miller, tác giả cuốn sách …, nhận định: “…”`, `luật sư X -
# Giám đốc Cty Luật … - nhận định: …`); over the corpus output the comma kept 5 of 5 speakers at the meeting, the colon
# added 2 commentators.
REPORTING_VERBS_WITH_WORDS = ("nhận định",)
REPORTED_WORDS_OPENERS = (",", "rằng")
# Answering the press or questions (`Thứ trưởng Bộ Tài chính X trả lời báo chí về …`, `Phó Chủ tịch UBND tỉnh Y trả
# lời câu hỏi của các phóng viên tại cuộc họp báo`): speaking where the meeting is a press conference, an interview
# elsewhere (`trả lời báo chí bên hành lang Quốc hội`). cgrep (title|ông|bà) NAME + one of them: 22 sentences of
# baomoi-dev, 8 in articles whose meeting is a press conference, each an official answering at it.
PRESS_ANSWER_VERBS = ("trả lời báo chí", "trả lời câu hỏi", "trả lời các câu hỏi", "trả lời phóng viên",
                      "trả lời các phóng viên", "giải đáp")
# At most this many words stand between a speaker (with the titles) and the verb
# (`ông X cũng thẳng thắn cho biết`), between an attendee and the attending verb (`A cùng
# lãnh đạo các sở, ngành về dự`), and between the verb and the list it opens (`Dự hội nghị
# tổng kết công tác năm 2016 có A`).
SPEAKER_GAP_WORDS = 3
ATTEND_GAP_WORDS = 12
# An apposition set off by commas or parentheses between a name and its verb (`Bà X, Phó Giám
# đốc Công ty … và kinh doanh chợ nông sản Thủ Đức, cho rằng`, `Ông X (Phòng Thương mại, Sở
# Công thương) cho rằng`) belongs to the name, whatever the titles read of it: at most this
# many words inside it, and SPEAKER_GAP_WORDS adverbs after it.
APPOSITION_WORDS = 25
LISTED_GAP_WORDS = 20
# A participial frame (`Về dự và phát biểu tại hội nghị, …`) opens its clause: at most this
# many words stand before its verb.
FRAME_LEAD_WORDS = 2
# Verbs of meeting someone, read in the lead only (elsewhere they tell of other meetings):
# who does it and whom (right after the verb) both attend (`Chủ tịch nước A đã tiếp Đại sứ B`,
# `A hội kiến B`, `A có cuộc gặp với B`, `A đã có buổi làm việc với Sở Tài chính`).
MEET_VERBS = ("tiếp", "tiếp thân mật", "tiếp xã giao", "hội kiến", "hội kiến với", "hội đàm với", "điện đàm với",
              "có cuộc gặp", "có cuộc gặp với", "có buổi làm việc với", "có cuộc làm việc với",
              # (`Bí thư Tỉnh ủy Thanh Hóa X có buổi gặp gỡ, đối thoại với hơn 500 cán bộ`, web34 w009; `Y đã có cuộc gặp gỡ
              # với báo chí`): 33 hits of a capitalised word, `(đã) có (buổi|cuộc) gặp (gỡ|mặt)` over the 35,440 baomoi
              # articles, 12 read, 12 the subject meeting the press, fans, customers or a counterpart
              *(f"có {noun} {meet}{to}" for noun in ("buổi", "cuộc") for meet in ("gặp", "gặp gỡ", "gặp mặt")
                for to in ("", " với")),
              # `A và B đã hội đàm`, `A và B đã có cuộc hội đàm`, `A đã gặp B`
              "hội đàm", "có cuộc hội đàm", "có cuộc hội đàm với", "có cuộc hội kiến với",
              "có cuộc điện đàm với", "gặp", "gặp gỡ", "đã gặp",
              # the meeting as a noun and whom it was with (`tại cuộc gặp với Tổng thống Nga X`,
              # `trong cuộc họp báo chung với người đồng cấp Nga X`)
              "cuộc gặp với", "cuộc gặp gỡ với", "cuộc hội đàm với", "cuộc hội kiến với", "cuộc họp báo chung với",
              "buổi gặp với", "buổi gặp mặt với", "buổi làm việc với", "cuộc làm việc với", "cuộc tiếp xúc với",
              "cuộc họp với", "buổi họp với", "cuộc đối thoại với", "buổi đối thoại với",
              # the meeting as a noun and the two sides after `giữa` (`Tại cuộc gặp giữa Thủ tướng X và Thủ tướng
              # Australia Y, hai nhà lãnh đạo …`): cgrep `(cuộc|buổi) (gặp|hội đàm|…) (0-3 words) giữa (ông|bà|[A-Z])`,
              # 148 sentences of baomoi-dev; of 11 read, 7 name two leaders who met, 3 a meeting planned (`sắp tới`,
              # `dự kiến`, `khả năng`: the plain phrases below, read in the lead and with the plan check), 1 a past one
              "cuộc gặp giữa", "cuộc gặp gỡ giữa", "cuộc hội đàm giữa", "cuộc hội kiến giữa", "cuộc điện đàm giữa",
              "buổi gặp giữa", "buổi hội đàm giữa", "cuộc gặp song phương giữa", "cuộc hội đàm song phương giữa",
              # and a meeting, closed, by telephone or online, by its sides (`một cuộc họp qua điện thoại giữa Tổng thống
              # Thổ Nhĩ Kỳ X cùng người đồng cấp Pháp Y và Hoàng thân Qatar Z đã được tổ chức`, audit88 a002; `cuộc họp
              # kín giữa ông Trump, ông Lavrov và ông Kislyak`): see the commit message for the corpus count
              *(f"{noun} họp{how} giữa" for noun in ("cuộc", "buổi")
                for how in ("", " kín", " qua điện thoại", " trực tuyến", " riêng")),
              # welcoming a guest (`Tổng thống Belarus Lukashenko đón Chủ tịch nước Trần Đại Quang tại nơi đỗ xe`,
              # `Tổng thống Mỹ Donald Trump đã tiếp đón người đồng cấp Ukraine Petro Poroshenko tại Nhà Trắng`, `… được
              # Tổng thống Pháp Emmanuel Macron … tiếp đón`): the host and the guest meet. cgrep (title|ông|bà) NAME +
              # `(đã )?(đón tiếp|tiếp đón|đón)`: 43 sentences of baomoi-dev; of 16 read, 14 a host welcoming a leader
              # (1 a photo of 2007, 1 a bus picking up passengers: no person after it)
              "đón tiếp", "tiếp đón", "đón")
# Of those, the ones that are other words unless a person follows (`tiếp tục`, `tiếp nhận`,
# `gặp khó khăn`).
MEET_VERBS_NEEDING_A_PERSON = ("tiếp", "tiếp thân mật", "gặp", "gặp gỡ", "đã gặp", "đón tiếp", "tiếp đón", "đón")
# A delegation received is a person's stand-in after those (`Đại tướng X, Bộ trưởng Bộ Quốc phòng đã tiếp Đoàn Ủy
# ban Quân lực Thượng viện Hoa Kỳ`, `Chủ tịch nước X đã tiếp đoàn đại biểu Hội Hữu nghị …`): the verb is a meeting
# and its subject, the host, attends. cgrep `(title|ông|bà) … (đã )?tiếp (thân mật )?(Đoàn|đoàn|phái đoàn …)`: 41
# sentences of baomoi-dev; 10 of 10 read a host receiving a delegation (one `X đã dành thời gian tiếp đoàn`).
MET_GROUPS = ("đoàn", "phái đoàn", "các đoàn")
# Words that make the verb after them a plan, not what happened (`dự kiến sẽ có cuộc hội đàm
# với X`, `có thể sẽ nhóm họp bên lề`): attending and meeting verbs after them give no role.
PLAN_MARKERS = ("sẽ", "dự kiến", "dự định", "có thể sẽ", "kế hoạch",
                # a meeting wished for or supposed (`sẵn sàng gặp X`, `Nếu gặp chị X`)
                "sẵn sàng", "nếu", "muốn")
# How many words before the verb a plan marker is looked for.
PLAN_WINDOW_WORDS = 4
# Frames that set what is said in an interview, not at the meeting (`Trao đổi với báo chí,
# ông X cho biết`): speech in a clause with one gives no role.
INTERVIEW_FRAMES = ("trao đổi với", "trả lời phỏng vấn", "trả lời báo", "trả lời phóng viên", "phỏng vấn",
                    "nói với phóng viên", "chia sẻ với phóng viên", "nói với báo",
                    # speaking to the press (`Phát biểu với báo giới, ông Abe nhấn mạnh`): cgrep `(phát biểu|nói
                    # chuyện|trả lời) (với|trước) (báo giới|báo chí|…)`, 202 sentences of baomoi-dev, 14 read, each words
                    # told to reporters; one who does so after the meeting its clause names was at it (`Phát biểu với
                    # báo giới sau cuộc hội đàm, Ngoại trưởng X`), which the clause's event keeps
                    "phát biểu với báo giới", "phát biểu trước báo giới", "phát biểu với báo chí",
                    "phát biểu trước báo chí", "phát biểu với giới báo chí", "phát biểu trước giới báo chí",
                    "nói chuyện với báo giới", "nói chuyện với báo chí", "nói trước báo giới",
                    # words given to a paper (`Trả lời trên báo Thanh Niên, luật sư X cũng phân tích`, `Phát biểu trên báo
                    # Izvestia …, Thứ trưởng X nhấn mạnh`): cgrep (trả lời|chia sẻ|phát biểu|nói|trao đổi) trên (báo|báo
                    # chí|…), 35 hits over baomoi-dev, 10 read, 10 words told to a paper
                    "trả lời trên báo", "chia sẻ trên báo", "phát biểu trên báo", "nói trên báo", "trao đổi trên báo")
# Frames that set what is said in a written statement or on social media, not at a meeting
# (`ông Jeremy Corbyn cho biết trong một tuyên bố`, `ông Trump viết trên Twitter`): speech in a
# clause with one gives no role, in any sentence.
STATEMENT_FRAMES = ("trong tuyên bố", "trong một tuyên bố", "trong bản tuyên bố", "qua tuyên bố",
                    "trong thông cáo", "trong một thông cáo", "trong bản thông cáo",
                    "trên twitter", "trên facebook", "trên trang cá nhân", "viết trên",
                    # a letter, a petition, a written account (`Trong bức thư, ông X tiếp tục cáo buộc`, `Theo bản
                    # tường trình họa sĩ X thừa nhận:`): over baomoi-dev 51 sentences name a person after one, the
                    # 12 read all tell what the person wrote; not a bare `thư`/`đơn` (`thư viện`, `đơn vị`)
                    "trong bức thư", "trong lá thư", "trong lá đơn", "theo lá đơn", "trong đơn thư",
                    "theo bản tường trình", "trong bản tường trình",
                    # on the air (`ông X nói trên đài phát thanh Ba Lan`, `Phát biểu trên truyền hình, Ngoại trưởng X
                    # cho biết`): cgrep a speech verb + `trên (đài|sóng|truyền hình|kênh)`, 57 hits over baomoi-dev,
                    # 10 read, 10 said on radio or television, none at a meeting
                    "trên sóng", "trên truyền hình", "trên kênh", "trên đài phát thanh", "trên đài truyền hình")
# Words before a person that report what the person said (`Theo ông X, …`).
SPEECH_BEFORE = ("theo",)
# A clause opening on agreement with what was said (`Đồng tình, ĐB Đào Tú Hoa (Hà Nội) dẫn lại số liệu …`, `Đồng quan
# điểm với ông Thành, ông Trần Thanh Hải, Chủ tịch HĐQT … cho rằng`): the person right after it spoke in the debate,
# whatever the verb. `(Đồng tình|Đồng quan điểm|Cùng quan điểm|Chung quan điểm|Nhất trí)( với …)?, (title|ông|bà)? Name`
# opening a sentence over the 35,440 baomoi articles: 113 hits in 108 articles, 12 read, 11 a person answering another
# speaker in a debate, a hearing or a panel (1 a ministry's written view).
AGREEING_OPENERS = ("đồng tình", "đồng quan điểm", "cùng quan điểm", "chung quan điểm", "nhất trí")


# The role patterns' plain sources, by the source of the pattern compiled (tests/test_s19_speed.py holds them equal).
PLAIN_CUE_SOURCES: dict[str, str] = {}


def _cue_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return _led_cue(sorted({normalize_tone(p) for p in phrases}, key=_longest_first), r"(?!\w)")


def _said_words_pattern(phrases: tuple[str, ...], openers: tuple[str, ...]) -> re.Pattern[str]:
    return _led_cue(sorted({normalize_tone(p) for p in phrases}, key=_longest_first),
                    r"(?=\s*(?:" + "|".join(re.escape(w) for w in openers) + r"))")


def _led_cue(alternatives: list[str], after: str) -> re.Pattern[str]:
    r"""`(?<!\w)(?:ALTERNATIVES)` + `after`, each branch led by its first letter (core.patterns.letter_led): each pattern
    is searched in every clause of a meeting's article, and one that opens on a look-behind (or a look-ahead) is tried
    at every position."""
    led = re.compile(letter_led(alternatives, after))
    PLAIN_CUE_SOURCES[led.pattern] = r"(?<!\w)(?:" + "|".join(re.escape(p) for p in alternatives) + ")" + after
    return led


_AGREEING_RE = _led_cue(sorted({normalize_tone(p) for p in AGREEING_OPENERS}, key=_longest_first),
                        r"(?:\s+với\s+[^,.;:]{1,60}?)?\s*,")
# (the clause opens on it: `Ông A đồng tình, …` is A's own agreement)
_CLAUSE_OPENING_RE = re.compile(r"(?:^|[.,;:!?“”\"(]|\s-)\W*$")


# The meeting as a noun, the place it was held in, then whom it was with (`trong cuộc họp báo chung tại Paris với Chủ tịch
# Ngân hàng Thế giới (WB) Jim Yong Kim`, prec71 m40; `cuộc hội đàm tại Moscow với Tổng thống Nga Vladimir Putin`): the
# person after `với` met there, as after `cuộc gặp với`. CS cgrep `(cuộc|buổi) (gặp|hội đàm|họp báo chung|…) tại` + up to
# four capitalised words + `với` + a person over the 35,440 baomoi articles: 4 hits, all read, 4 the person met.
MET_AT_PLACE_NOUNS = ("cuộc gặp", "cuộc gặp gỡ", "cuộc hội đàm", "cuộc hội kiến", "cuộc họp báo chung", "buổi gặp",
                      "buổi làm việc", "cuộc làm việc")
MET_AT_PLACE_WORDS = 4
_MET_AT_PLACE_RE = _led_cue(sorted({normalize_tone(p) for p in MET_AT_PLACE_NOUNS}, key=_longest_first),
                            r"\s+tại\s+(?:[^\W\d_]+\s+){1," + str(MET_AT_PLACE_WORDS) + r"}?với(?!\w)")
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("not_said", _cue_pattern(NOT_SAID_THERE)),
    ("send", _cue_pattern(SEND_VERBS)),
    ("chair_before", _cue_pattern(CHAIR_BEFORE)),
    ("attend_before", _cue_pattern(ATTEND_BEFORE)),
    ("chair", _cue_pattern(CHAIR_VERBS)),
    ("convene", _cue_pattern(CONVENE_VERBS)),
    ("attend", _cue_pattern(ATTEND_VERBS)),
    ("speak_before", _AGREEING_RE),
    ("speak", _cue_pattern(SPEECH_VERBS)),
    ("speak", _said_words_pattern(SAYING_VERBS_WITH_WORDS, SAID_WORDS_OPENERS)),
    ("speak", _said_words_pattern(REPORTING_VERBS_WITH_WORDS, REPORTED_WORDS_OPENERS)),
    ("attend_before", re.compile("(?:" + "|".join(f"(?<={re.escape(n)} )" for n in QUESTION_NOUNS)
                                 + ")" + re.escape(QUESTION_OWNER) + r"(?!\w)")),
    ("answer", _cue_pattern(PRESS_ANSWER_VERBS)),
    ("speak_before", _cue_pattern(SPEECH_BEFORE)),
    ("meet", _cue_pattern(MEET_VERBS)),
    ("meet", _MET_AT_PLACE_RE),
)
# Role, speech and meeting verbs end a title wherever they stand in it.
# Word pairs written with a comma between them inside one body's name (`Ban Chỉ đạo Trung ương về phòng, chống tham
# nhũng`, `Ban Chỉ đạo phòng, chống tội phạm của Chính phủ`): CS cgrep `(Trưởng|Phó Trưởng|Ủy viên…) Ban Chỉ đạo …
# phòng, chống` over baomoi-dev, 6 read, 6 one committee's name (the title was cut at `phòng`).
# And the National Assembly's finance committee (`Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Đức Hải`, no
# person read): `Tài chính, Ngân sách` 14 hits in 9 baomoi articles, 14 that committee's name.
# And the Ministry of Health's department of care (`Cục trưởng Cục quản lý Khám, chữa bệnh cho biết`): CS cgrep `(cục|vụ|
# phòng|trung tâm|ban) … khám, chữa bệnh` over the 35,440 baomoi articles: 60 hits in 38 articles, 10 read, 6 that
# department's name (its director's title was cut at `Khám`), 4 the services (`dịch vụ khám, chữa bệnh`), no title.
COMMA_JOINED_WORDS: dict[str, tuple[str, ...]] = {"phòng": ("chống",), "chính": ("ngân", "sách"), "khám": ("chữa", "bệnh")}

COMMA_REMIT_WORDS = 4
# The chairing verbs, which no body's name holds (`Chủ trì` capitalised mid-sentence: 0 hits over baomoi-dev; `Chủ tọa`
# is mostly the judge, a noun, so it is not here).
_CHAIRING_SEQS = _index(("chủ trì", "đồng chủ trì"))
# Holding an office, which ends a title before it (`ông X, Trưởng phòng …, Sở Văn hóa và Thể thao giữ chức vụ Phó Giám đốc
# …`): CS cgrep a capitalised and a lower-case word + `giữ (chức|cương vị|vị trí|nhiệm vụ)`: 86 hits over baomoi-dev, 12
# read, 12 the verb. Not `giữ` alone, a body's syllable too (`Cục Gìn giữ hòa bình Liên Hợp Quốc`).
OFFICE_HOLDING_VERBS = ("giữ chức", "giữ chức vụ", "giữ cương vị", "giữ vị trí")
# Verbs of judging, warning, confirming and calling that end a title before them (`Cục trưởng Cục khám chữa bệnh nhận
# định …`, `Chủ tịch UBND xã Quy Hậu xác nhận …`, `nhà lãnh đạo Hàn Quốc kêu gọi …`), though they place no one at a
# meeting (commentators and officials asked by the press use them: not SPEECH_VERBS). find_people over the sentences of
# the 35,440 baomoi articles that hold one: 117 change, 45 read, 42 better (the title had run on into the verb, often
# cut inside it: `… xã Quy Hậu xác`, or stopped at a lower-case word before it), 2 mixed, 1 worse.
TITLE_ENDING_VERBS = ("nhận định", "cảnh báo", "khuyến cáo", "tiết lộ", "dự báo", "trấn an", "kêu gọi", "tuyên bố",
                      "xác nhận", "phủ nhận", "bác bỏ", "cáo buộc", "lên án", "bình luận", "chỉ trích", "ca ngợi",
                      "khen ngợi", "tâm sự", "ra lệnh")
_VERB_SEQS = _index((*CHAIR_VERBS, *ATTEND_VERBS, *SPEECH_VERBS, *MEET_VERBS, *CONVENE_VERBS, *OFFICE_HOLDING_VERBS,
                     *TITLE_ENDING_VERBS))
_SPEECH_SEQS = _index(SPEECH_VERBS)
_SPOKEN_AFTER_SEQS = _index(SPOKEN_AFTER_VERBS)
_STATEMENT_SEQS = _index((*SPEECH_VERBS, *TITLE_ENDING_VERBS))
_GLUED_STATEMENT_SEQS = _index(GLUED_STATEMENT_VERBS)
_SENTENCE_CASE_NOUN_SEQS = _index(SENTENCE_CASE_NOUNS)
_CAPITAL_FIELD_SEQS = _index(CAPITAL_FIELD_WORDS)
_FIELD_BODY_SEQS = _index(FIELD_BODY_NOUNS)
_PLAN_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, PLAN_MARKERS)) + r")(?!\w)")


# Whom `trao đổi với` may talk to at the meeting itself, not the press (`Trao đổi với cử tri, bà X, … cho biết`,
# `Trao đổi với các đại biểu, Phó Thủ tướng X nhắc lại`): no interview frame then. cgrep `trao đổi với` + one of them:
# 12 hits over baomoi-dev; the 4 that open a speaker's clause all tell words said at a meeting with voters or at a
# forum (over all `trao đổi với`, 1861 hits, the object is the press in most).
AUDIENCE_NOT_PRESS = ("cử tri", "các cử tri", "đại biểu", "các đại biểu", "bà con", "người dân", "nhân dân",
                      # and the hosts, a body or its leaders, and the firms met (`Trao đổi với Ủy ban Nhân dân tỉnh Hậu
                      # Giang, ông Min Kim, Tổng Giám đốc … cho hay`, `Trao đổi với lãnh đạo TP.HCM, ông X …`, `Trao đổi
                      # với các doanh nghiệp, Thủ tướng …`): CS cgrep `[Tt]rao đổi với` + one of them in the corpus
                      # meeting articles: 16 hits, 14 read, all an exchange at the meeting, none with the press
                      "lãnh đạo", "ủy ban", "ubnd", "đoàn", "doanh nghiệp", "các doanh nghiệp", "nhà đầu tư",
                      "các nhà đầu tư")
# (also read by the meeting's people pass, which takes each frame's span: one pattern for both)
INTERVIEW_FRAME_PATTERN = letter_led(sorted(set(INTERVIEW_FRAMES), key=_longest_first), r"(?!\w)(?!\s+(?:"
                                     + word_alternation(AUDIENCE_NOT_PRESS) + r")(?!\w))")
_INTERVIEW_RE = re.compile(INTERVIEW_FRAME_PATTERN)


_STATEMENT_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, STATEMENT_FRAMES)) + r")(?!\w)")


def statement(clause: str) -> bool:
    """The clause reports a written statement or a post (`… cho biết trong một tuyên bố`)."""
    return _STATEMENT_RE.search(normalize_tone(clause.lower())) is not None


def _field_title(title: str) -> bool:
    return " ".join(normalize_tone(title.lower()).split()[:2]) in FIELD_HEADS


def expert_only(person: Person, degrees: bool = True) -> bool:
    """Every title of the person is an expert's (`chuyên gia kinh tế`), or a degree beside one (`Tiến sĩ X – Chuyên gia
    nghiên cứu kinh tế`): a pundit, who is quoted in news on a matter more often than at the meeting, unless the
    sentence sets the words there."""
    return any(_field_title(t) for t in person.titles) and all(
        _field_title(t) or (degrees and _is_degree(t)) for t in person.titles)


def interview(clause: str) -> bool:
    """The clause reports an interview (`Trả lời phỏng vấn hãng Kyodo, ông X nói`)."""
    return _INTERVIEW_RE.search(normalize_tone(clause.lower())) is not None


def planned(clause: str, cue: RoleCue) -> bool:
    """The verb at `cue` is planned (`sẽ`, `dự kiến` within a few words before it)."""
    window = " ".join(clause[: cue.start].split()[-PLAN_WINDOW_WORDS:])
    return _PLAN_RE.search(normalize_tone(window.lower())) is not None


def planned_by_subject(clause: str, start: int, cue: RoleCue) -> bool:
    """The predicate that a person at `start` opens is a list of plans that runs to the verb at `cue`:
    `Thủ tướng X sẽ hội đàm với …, gặp …, dự tọa đàm` (the marker governs every verb of the list;
    `X sẽ đến Hamburg để tham dự hội nghị` is the meeting's own attendee, and `planned` reads `sẽ dự`)."""
    if start > cue.start:
        return False
    marker = _PLAN_RE.search(normalize_tone(clause[start : cue.start].lower()))
    return marker is not None and _LIST_JOINER_RE.search(clause, start + marker.end(), cue.start) is not None


# What joins the verbs of a list of plans (`sẽ hội đàm …, gặp …`, `sẽ thăm New York gặp … và dự lễ …`).
_LIST_JOINER_RE = re.compile(r",|(?<!\w)và(?!\w)")


# Pronouns that open a clause of their own after a comma: the verb after one is the pronoun's, not
# the person's named before the comma (`Trong cuộc gặp với Thủ tướng X, ông đã đề xuất …`).
SUBJECT_PRONOUNS = ("ông", "bà", "ngài", "anh", "chị", "cô", "họ", "tôi", "chúng tôi", "chúng ta")
_PRONOUN_SUBJECT_RE = re.compile(r",\s*(?:" + "|".join(SUBJECT_PRONOUNS) + r")\s+(?=\w)")


def pronoun_subject(gap: str) -> bool:
    """The words between a person and a verb hold a comma and a pronoun, a lower-case word after it
    (not a name: `…, ông Xuân Anh nói`): the pronoun is the verb's subject."""
    m = _PRONOUN_SUBJECT_RE.search(normalize_tone(gap.lower()))
    return m is not None and gap[m.end() : m.end() + 1].islower()


_ASSIGN_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ASSIGN_VERBS)) + r")(?!\w)")


# `giao` + a body in capitals (`giao Sở Lao động chủ trì`), not `giao thông`, `giao ban`.
_GIVE_TO_BODY_RE = re.compile(r"(?<!\w)giao\s+[A-ZĐ]")
# `do` before a chairing verb names its agent (`nhắc lại Hội nghị về du lịch do Thủ tướng X chủ trì`, `tại cuộc họp do
# Cố vấn Nhà nước X chủ trì`, `cuộc họp giữa các bên liên quan do Sở chủ trì`): who stands before it did not chair.
# Logged over the 842 meetings of baomoi-dev with a chairing word: 5 people before such a `do`, 4 not the chair (a
# spokesman, a deputy prime minister recalling a past conference, an inspector, a ward chairman), 1 one of the two
# chairs the agent names (`kỳ họp đầu tiên do hai Thủ tướng … đồng chủ trì`). Not `do đó`, `do vậy` (so), `tự do`.
AGENT_MARKERS = ("do",)
_AGENT_RE = re.compile(r"(?<!\w)(?<!tự )(?:" + "|".join(AGENT_MARKERS) + r")\s+(?!đó|vậy)\w")


def assigned(text: str) -> bool:
    """The text between a person and a chairing verb hands the task to someone else, or names its agent."""
    lowered = normalize_tone(text.lower())
    return (_ASSIGN_RE.search(lowered) is not None or _GIVE_TO_BODY_RE.search(text) is not None
            or _AGENT_RE.search(lowered) is not None)


_DU_OTHER_RE = re.compile(r"dự\s+(?:" + "|".join(NOT_ATTEND_AFTER_DU) + r")(?!\w)")


@dataclass(slots=True)
class RoleCue:
    role: str  # send, chair, chair_before, attend, attend_before, convene, speak, speak_before, answer, meet, not_said
    start: int
    end: int


def role_cues(clause: str, mentions: list[Mention]) -> list[RoleCue]:
    """The role words of a clause, in order, outside the people's own titles (`Ban Chỉ đạo`
    is a body, not a verb); a longer phrase wins over the words inside it."""
    lowered = normalize_tone(clause.lower())
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in mentions]
    cues: list[RoleCue] = []
    for role, pattern in _ROLE_PATTERNS:
        pos = 0
        while (m := pattern.search(lowered, pos)) is not None:
            pos = m.end()
            overlap = next(((a, b) for a, b in taken if a < m.end() and m.start() < b), None)
            if overlap is not None:
                if m.start() < overlap[1] < m.end():
                    pos = overlap[1]  # a longer cue that opens inside a name or a title (`Chủ tịch Hội đồng chủ trì`:
                    # not `đồng chủ trì`): the cue after it is read
                continue
            if role == "attend" and m.group(0) == "dự" and _DU_OTHER_RE.match(lowered, m.start()):
                continue
            if pattern is _AGREEING_RE and not _CLAUSE_OPENING_RE.search(lowered, 0, m.start()):
                continue
            cues.append(RoleCue(role, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    cues.sort(key=lambda c: c.start)
    return cues
