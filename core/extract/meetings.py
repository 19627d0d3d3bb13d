"""The meeting an article reports: whether there is one, and its date, organizer and people.

Most news reports no meeting. An article reports one when its lead names an event
(`hội nghị`, `cuộc họp`, `họp báo` …) as what happened: organised, held, opened, chaired,
attended (`UBND huyện tổ chức hội nghị`, `tại buổi giao ban`, `chủ trì cuộc họp`). A
mention in a background clause (`khi tham gia hội nghị …`) does not count. The date,
part of day, organizer, location and reviewed/planned years are read around the chosen
mention; chairs and attendees from the sentences that name the event or open the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from core.extract.people import (
    ATTEND_GAP_WORDS,
    FRAME_LEAD_WORDS,
    LISTED_GAP_WORDS,
    MEET_VERBS_NEEDING_A_PERSON,
    SPEAKER_GAP_WORDS,
    Mention,
    RoleCue,
    assigned,
    find_people,
    interview,
    planned,
    role_cues,
)
from core.normalize import normalize_tone
from core.record import Article, Meeting, Person

# Event nouns and the `kind` they give, longest first when matched. `lễ` only with the
# ceremony it names (a bare `lễ hội` is a festival, not a meeting).
EVENT_NOUNS: tuple[tuple[str, str], ...] = (
    ("buổi làm việc", "buổi làm việc"), ("buổi họp báo", "họp báo"),
    ("cuộc họp báo", "họp báo"), ("hội nghị", "hội nghị"), ("cuộc họp", "cuộc họp"),
    ("buổi họp", "cuộc họp"), ("phiên họp", "phiên họp"), ("kỳ họp", "kỳ họp"),
    ("hội thảo", "hội thảo"), ("họp báo", "họp báo"), ("giao ban", "giao ban"),
    ("tọa đàm", "tọa đàm"), ("diễn đàn", "diễn đàn"), ("đại hội", "đại hội"),
    ("hội đàm", "hội đàm"), ("mít tinh", "mít tinh"), ("tiếp xúc cử tri", "tiếp xúc cử tri"),
    ("lễ khai mạc", "lễ"), ("lễ bế mạc", "lễ"), ("lễ kỷ niệm", "lễ"), ("lễ ký kết", "lễ"),
    ("lễ trao", "lễ"), ("lễ công bố", "lễ"), ("lễ ra mắt", "lễ"), ("lễ khánh thành", "lễ"),
    ("lễ khởi công", "lễ"), ("lễ phát động", "lễ"), ("lễ tuyên dương", "lễ"),
    ("lễ đón nhận", "lễ"), ("lễ bàn giao", "lễ"), ("lễ tổng kết", "lễ"), ("lễ mít tinh", "lễ"),
    ("lễ tiếp nhận", "lễ"), ("lễ chào mừng", "lễ"), ("lễ tốt nghiệp", "lễ"),
)
# Names that contain an event noun but are places or things, not events.
NOT_EVENTS = ("trung tâm hội nghị", "hội trường", "nhà văn hóa", "phòng họp", "phòng hội nghị")
# Verbs around a mention, with how strongly they say the article reports that event.
REPORTING_BEFORE: tuple[tuple[str, int], ...] = (
    ("đồng chủ trì", 3), ("chủ trì", 3), ("tổ chức", 3), ("triệu tập", 3), ("khai mạc", 3),
    ("bế mạc", 3), ("diễn ra", 3), ("tiến hành", 3), ("họp", 3),
    ("sau khi kết thúc", 2), ("kết thúc", 2), ("tham dự", 2), ("dự", 2), ("tham gia", 2),
    ("tại", 2), ("phát biểu", 2), ("chỉ đạo", 2), ("trong khuôn khổ", 1),
)
REPORTING_AFTER = ("diễn ra", "đã diễn ra", "khai mạc", "bế mạc", "kết thúc", "đã kết thúc",
                   "bước vào", "được tổ chức", "đã được tổ chức", "đã khai mạc", "đã bế mạc")
# A mention after these is background to the story (`khi tham gia hội nghị`).
BACKGROUND_RE = re.compile(r"(?:^|[^\w])(?<!sau )(?:khi|trong thời gian|trong lúc)\s+(?:\w+\s+){0,2}$")
PARTS_OF_DAY = ("sáng", "trưa", "chiều", "tối")
CHAIR_RE = re.compile(r"\b(?:đồng chủ trì|chủ trì|sự điều hành)\b", re.IGNORECASE)
# Who convened a meeting chaired it, unless the article names someone else chairing.
CONVENE_RE = re.compile(r"\btriệu tập\b", re.IGNORECASE)
ATTEND_RE = re.compile(
    r"\b(?:tham dự|dự(?!\s+(?:kiến|báo|án|thảo|toán|trữ|định|phòng|thi|đoán|tính|luật|khuyết))"
    r"|phát biểu|chỉ đạo|có mặt|tham gia|bên lề)\b",
    re.IGNORECASE,
)
SPEAK_RE = re.compile(r"\b(?:cho biết|cho rằng|thông tin|nhấn mạnh|khẳng định|chia sẻ|báo cáo|đề nghị|kiến nghị)\b",
                      re.IGNORECASE)
# A sentence that opens at the meeting (`Tại hội nghị, …`, `Phát biểu tại buổi làm việc, …`)
# reports what was said there: its speakers were there.
_AT_EVENT_RE = re.compile(r"(?:phát biểu\s+)?(?:tại|trong)\s+(?:(?:buổi|cuộc|phiên)\s+)?")
ORGANIZE_RE = re.compile(r"(?:\s+(?:đã|sẽ|vừa|đang|cũng))?\s+(?:phối hợp\s+)?(?:long trọng\s+)?(?:tổ chức|triệu tập)\s*$",
                         re.IGNORECASE)
_NAME_STOP_RE = re.compile(
    r"[.;:!?]|,(?!\s*(?:triển khai|đồng thời|phương hướng|nhiệm vụ))|\s(?:tại|vào|do|dưới sự|với sự|"
    r"đã|sẽ|để|bước vào|diễn ra|được|ngày\s+\d+|(?:sáng|chiều|tối|trưa)\s+(?:nay|\d+|ngày)|"
    r"có sự|cùng với|theo|trong thời gian|với các|nhằm mục đích|từ ngày)\b",
    re.IGNORECASE,
)
_DATE_RE = re.compile(
    r"(?:(?P<part>sáng|trưa|chiều|tối|đêm)(?:\s+(?:tối|sớm|muộn|nay))?\s+(?:hôm\s+)?(?:nay\s*\(\s*)?)?"
    r"(?:ngày\s+)?(?:(?P<d3>\d{1,2})\s*(?:và|-|–|đến)\s*\d{1,2}\s*/\s*(?P<m3>\d{1,2})(?:\s*/\s*(?P<y3>(?:19|20)\d{2}))?"
    r"|(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>(?:19|20)\d{2}))?"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<y2>(?:19|20)\d{2}))?)"
    r"(?![\d/.,]*\d)",
    re.IGNORECASE,
)
_DATE_CUE_RE = re.compile(r"(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|nay|vào|trong|\()\s*$", re.IGNORECASE)
_STRICT_CUE_RE = re.compile(r"(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)\s*$", re.IGNORECASE)
_PART_NAY_RE = re.compile(r"\b(sáng|trưa|chiều|tối)\s+(?:hôm\s+)?nay\b", re.IGNORECASE)
_REVIEW_RE = re.compile(r"\b(?:tổng kết|sơ kết|đánh giá|nhìn lại|kết quả|kiểm điểm)\b", re.IGNORECASE)
_PLAN_RE = re.compile(r"\b(?:triển khai|nhiệm vụ|kế hoạch|phương hướng|chương trình công tác)\b",
                      re.IGNORECASE)
_YEAR_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_LOCATION_RE = re.compile(r"\btại\s+([^,.;:]+?)(?=\s*(?:[,.;:]|\s(?:với|do|đã|sẽ|vào|diễn ra|để|và các|nhằm|từ|trong|ngày)\b|$))",
                          re.IGNORECASE)
# `cuộc họp ngày 30/6 của Tổ chức Thương mại Thế giới (WTO)`: the body after `của`.
_OF_ORG_RE = re.compile(
    r"^[^,.;]{0,40}?\scủa\s+(\S[^,.;]*?(?:\s*\([^)]*\))?)(?=\s*(?:[,.;]|\s(?:trong|vào|về|tại|đã|sẽ|"
    r"với|nhằm|để|và các|diễn ra|bước vào|được|ngay|sau|là)\b|$))"
)
_LEAD_SENTENCES = 3


@dataclass(slots=True)
class EventMention:
    kind: str
    sentence: int
    start: int
    end: int  # end of the event noun
    score: int


def _event_pattern() -> re.Pattern[str]:
    nouns = sorted((n for n, _ in EVENT_NOUNS), key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in nouns) + r")(?![\w])", re.IGNORECASE)


_EVENT_RE = _event_pattern()
_KINDS = dict(EVENT_NOUNS)


def find_events(sentence: str, index: int) -> list[EventMention]:
    found: list[EventMention] = []
    lowered = normalize_tone(sentence.lower())
    for m in _EVENT_RE.finditer(lowered):
        if any(lowered.rfind(bad, 0, m.end()) >= 0 and lowered.rfind(bad, 0, m.end()) + len(bad) >= m.end()
               for bad in NOT_EVENTS):
            continue
        found.append(EventMention(_KINDS[m.group(1)], index, m.start(), m.end(), _score(lowered, m.start(), m.end())))
    return found


def _score(lowered: str, start: int, end: int) -> int:
    before = lowered[max(0, start - 60) : start]
    if BACKGROUND_RE.search(before):
        return 0
    best = 1
    # The verb governing the mention stands within a few words before it.
    window = " ".join(before.split()[-6:])
    for verb, strength in REPORTING_BEFORE:
        if re.search(rf"(?:^|\s){re.escape(verb)}(?:\s+\S+){{0,3}}\s*$", window + " "):
            best = max(best, strength)
    after = lowered[end : end + 160]
    stop = _NAME_STOP_RE.search(after)
    tail = after[stop.start() if stop else len(after) :]
    if any(tail.lstrip(" ,").startswith(v) for v in REPORTING_AFTER):
        best = max(best, 3)
    if re.match(r"\s*do\s+[^.;]{2,80}?\s(?:tổ chức|chủ trì)", tail):
        best = max(best, 3)
    return best


def extract_meeting(article: Article) -> Meeting | None:
    sentences = article.sentences
    # A meeting report names its event in the lead: the first sentence, with any verb
    # that makes it the news, or the second, where only holding or chairing it counts.
    events = [e for i, s in enumerate(sentences[:2]) for e in find_events(s, i)]
    reported = [e for e in events if e.score >= (2 if e.sentence == 0 else 3)]
    if not reported:
        return None
    # The first sentence that reports an event holds the meeting; within it, the mention
    # the strongest verb governs (`sau khi kết thúc Hội nghị X, … chủ trì buổi làm việc`).
    first = min(e.sentence for e in reported)
    chosen = max((e for e in reported if e.sentence == first), key=lambda e: (e.score, -e.start))
    sentence = sentences[chosen.sentence]
    name = _meeting_name(sentence, chosen)
    review_year, plan_year = _years(sentence[chosen.start :])
    day, part = _date_and_part(sentence, chosen, sentences)
    if chosen.score < 3:
        # The lead tells of someone going to the event (`tới châu Âu dự Hội nghị`): when
        # the article says when the event itself is held, that is the meeting's date.
        day = _held_on(sentences, chosen) or day
    meeting_date = _full_date(day, article.published, review_year, plan_year, sentences[:_LEAD_SENTENCES])
    chairs, attendees = _people(article, chosen)
    return Meeting(
        kind=chosen.kind,
        name=name,
        date=meeting_date,
        part_of_day=part,
        organizer=_organizer(sentence, chosen, name),
        location=_location(sentence),
        review_year=review_year,
        plan_year=plan_year,
        chairs=chairs,
        attendees=attendees,
    )


def _meeting_name(sentence: str, event: EventMention) -> str:
    after = sentence[event.end :]
    stop = _NAME_STOP_RE.search(after)
    tail = after[: stop.start() if stop else len(after)]
    # Keep a closing bracket that the name opened: `(G20)`, `(SOM 2)`.
    if tail.count("(") > tail.count(")"):
        close = after.find(")", len(tail))
        tail = after[: close + 1] if 0 <= close < len(tail) + 40 else tail[: tail.rfind("(")]
    return (sentence[event.start : event.end] + tail).strip(" ,-–")


def _years(text: str) -> tuple[int | None, int | None]:
    review = plan = None
    plan_at = _PLAN_RE.search(text)
    review_at = _REVIEW_RE.search(text)
    if review_at and (plan_at is None or review_at.start() < plan_at.start()):
        limit = plan_at.start() if plan_at else len(text)
        year = _YEAR_RE.search(text, review_at.end(), limit)
        review = int(year.group(1)) if year else None
    if plan_at:
        year = _YEAR_RE.search(text, plan_at.end())
        plan = int(year.group(1)) if year else None
    return review, plan


@dataclass(slots=True)
class _Day:
    day: int
    month: int
    year: int | None


def _dates_in(sentence: str) -> list[tuple[int, _Day, str | None]]:
    """(position, date, part of day) for every calendar date the sentence writes."""
    out = []
    for m in _DATE_RE.finditer(sentence):
        if m["d"]:
            d, mo, y = m["d"], m["m"], m["y"]
        elif m["d2"]:
            d, mo, y = m["d2"], m["m2"], m["y2"]
        else:  # `hai ngày 7 và 8/7`, `từ ngày 9-21/5`
            d, mo, y = m["d3"], m["m3"], m["y3"]  # a span of days opens on its first
        day, month = int(d), int(mo)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        cue = (m["part"] or m["y"] or m["d2"] or m["d3"] or m.group(0).lower().startswith("ngày")
               or _DATE_CUE_RE.search(sentence[: m.start()]))
        if not cue and m.start() > 0:
            continue  # `47/50`: a fraction, not a date
        if m["sep"] == "." and not (m["part"] or m.group(0).lower().startswith("ngày")
                                    or _STRICT_CUE_RE.search(sentence[: m.start()])):
            continue  # `chiều 10.7` is a date; `vào 1.5` is a number
        part = m["part"].lower() if m["part"] else None
        out.append((m.start(), _Day(day, month, int(y) if y else None), part if part in PARTS_OF_DAY else None))
    return out


def _date_and_part(
    sentence: str, event: EventMention, sentences: list[str]
) -> tuple[_Day | None, str | None]:
    dates = _dates_in(sentence)
    day: _Day | None = None
    part: str | None = None
    if dates:
        _, day, part = min(dates, key=lambda t: (t[0] > event.start, abs(t[0] - event.start)))
    else:
        for other in sentences[:_LEAD_SENTENCES]:
            found = _dates_in(other)
            if found:
                _, day, part = found[0]
                break
    if part is None:
        nay = _PART_NAY_RE.search(sentence) or next(
            (m for s in sentences[:_LEAD_SENTENCES] if (m := _PART_NAY_RE.search(s))), None
        )
        if nay is not None:
            part = nay.group(1).lower()
    if part is None and day is not None:
        for word in PARTS_OF_DAY:
            if re.search(rf"\b{word}\s+(?:ngày\s+)?{day.day:d}\s*[/-]", sentence, re.IGNORECASE):
                part = word
    return day, part


_HELD_RE = re.compile(r"\b(?:diễn ra|khai mạc|được tổ chức|bắt đầu họp|họp)\b", re.IGNORECASE)


def _held_on(sentences: list[str], event: EventMention) -> _Day | None:
    for sentence in sentences[event.sentence + 1 :]:
        lowered = normalize_tone(sentence.lower())
        if event.kind not in lowered and "họp" not in lowered:
            continue
        for held in _HELD_RE.finditer(sentence):
            window = sentence[held.end() : held.end() + 60]
            for pos, day, _ in _dates_in(window):
                if len(window[:pos].split()) <= 6:
                    return day
    return None


def _full_date(
    day: _Day | None, published: str | None, review: int | None, plan: int | None, lead: list[str]
) -> str | None:
    if day is None:
        return None
    year = day.year
    if year is None and published:
        year = int(published[:4])
    if year is None:
        # No publication date: a meeting that plans year N, or reviews N-1, is held in N.
        year = plan or (review + 1 if review else None)
    if year is None:
        # `năm 2017` in the lead; a period (`giai đoạn 2012-2015`, `nhiệm kỳ 2015/2019`) is not a year of the meeting.
        years = [int(y) for y in _YEAR_RE.findall(" ".join(lead))]
        year = max(years) if years else None
    if year is None:
        return None
    try:
        return date(year, day.month, day.day).isoformat()
    except ValueError:
        return None


def _organizer(sentence: str, event: EventMention, name: str) -> str | None:
    before = sentence[: event.start]
    m = ORGANIZE_RE.search(before)
    if m is not None:
        clause = re.split(r"[,;:]", before[: m.start()])[-1].strip()
        clause = re.sub(r"^(?:(?:sáng|trưa|chiều|tối|ngày)\b[^A-ZĐ]*|tại\s+\S+(?:\s+\S+)?\s*)", "", clause).strip()
        if clause and clause[0].isupper() and not _names_person(clause) and len(clause.split()) <= 15:
            return clause
    after = sentence[event.start + len(name) :]
    do = re.match(r"\s*,?\s*do\s+(.{2,80}?)\s+(?:tổ chức|chủ trì tổ chức|phối hợp tổ chức)", after)
    if do is None:
        do = re.search(r"\bdo\s+([A-ZĐ][^,.;]{1,80}?)\s+(?:tổ chức|chủ trì tổ chức|phối hợp tổ chức)", sentence[event.start :])
    if do is not None and not _names_person(do.group(1)):
        return do.group(1).strip()
    of = _OF_ORG_RE.match(sentence[event.end :])
    if of is not None:
        org = of.group(1).strip()
        if org[:1].isupper() and not _names_person(org) and org.split()[0].lower() not in ("ông", "bà"):
            return org
    return None


def _names_person(text: str) -> bool:
    return bool(find_people(text))


def _location(sentence: str) -> str | None:
    for m in _LOCATION_RE.finditer(sentence):
        place = m.group(1).strip()
        if _EVENT_RE.match(normalize_tone(place.lower())) or not place:
            continue
        return place
    return None


def _people(article: Article, event: EventMention) -> tuple[list[Person], list[Person]]:
    """Chairs and attendees named in the lead or in sentences that name an event.

    A person is a chair when a chairing verb follows (`X và Y chủ trì`) or a chairing noun
    phrase lists the person (`dưới sự chủ trì của X`); an attendee with an attending verb
    (`X dự`, `Dự hội nghị có X`, `với sự tham dự của X`). In the sentences about the
    meeting, and anywhere in an article that reports one, who speaks (`X cho biết`,
    `X nhấn mạnh`) was there too: a report quotes what was said at the meeting.
    """
    authors = {a.lower() for a in article.authors}
    chairs: dict[str, Person] = {}
    conveners: dict[str, Person] = {}
    attendees: dict[str, Person] = {}
    introduced: dict[str, Person] = {}  # every person the article names with titles, first mention
    for index, sentence in enumerate(article.sentences):
        # Roles are read in the lead and in the sentences that name an event; who speaks in
        # an article that reports a meeting spoke at it, wherever the article quotes it.
        about_meeting = index < _LEAD_SENTENCES or _EVENT_RE.search(normalize_tone(sentence.lower())) is not None
        listed: str | None = None  # the role a list goes on with after `;` (`Dự có A, …; B, …`)
        for _, clause in _clauses(sentence):
            mentions = find_people(clause)
            if not mentions:
                listed = None
                continue
            cues = role_cues(clause, mentions)
            items = listed if not cues and not clause[: mentions[0].start].strip() else None
            listed = _list_role(cues, mentions) if about_meeting else None
            for mention in mentions:
                key = mention.person.name.lower()
                first = next((k for k in introduced if _same(k, key)), key)
                if mention.person.titles and (first not in introduced or _richer(mention.person.titles,
                                                                                  introduced[first].titles)):
                    introduced[first] = mention.person
                if key in authors or not _counts(clause, mention):
                    continue
                role = items or _role(clause, mention, mentions, cues, about_meeting, index < _LEAD_SENTENCES)
                if role == "convene":
                    _keep_richer(conveners, key, mention.person)
                elif role == "chair":
                    earlier = attendees.pop(key, None)
                    if earlier is not None:
                        _keep_richer(chairs, key, earlier)
                    _keep_richer(chairs, key, mention.person)
                elif role == "attend":
                    _keep_richer(chairs if _known(chairs, key) else attendees, key, mention.person)
    if not chairs:
        for key, person in conveners.items():
            attendees.pop(key, None)
            chairs[key] = person
    # A person named with fewer titles where the role is told (`Theo ông X: …`) has the
    # titles the article introduced the person with elsewhere.
    for person in (*chairs.values(), *attendees.values()):
        key = person.name.lower()
        known = next((p for k, p in introduced.items() if _same(k, key)), None)
        if known is not None and _richer(known.titles, person.titles):
            person.titles = list(known.titles)
    return list(chairs.values()), [p for k, p in attendees.items() if k not in conveners or not chairs]


def _richer(titles: list[str], than: list[str]) -> bool:
    """More titles: as many are kept as written where the role is told (`Thứ trưởng`)."""
    return len(titles) > len(than)


def _list_role(cues: list[RoleCue], mentions: list[Mention]) -> str | None:
    """The role of a list the clause opens: a role word before its first person."""
    before = [c for c in cues if c.end <= mentions[0].start and c.role in ("attend", "chair_before", "attend_before")]
    return before[-1].role.removesuffix("_before") if before else None


def _same(a: str, b: str) -> bool:
    """Two keys name the same person: equal, one the other's last words (`merkel`, `angela
    merkel`), or one word that opens the other (`roger`, `roger philip wigglesworth`: a foreign
    name; a Vietnamese one is never a single word)."""
    if a == b or a.endswith(" " + b) or b.endswith(" " + a):
        return True
    return (" " not in a and b.startswith(a + " ")) or (" " not in b and a.startswith(b + " "))


def _known(people: dict[str, Person], key: str) -> bool:
    return any(_same(k, key) for k in people)


def _keep_richer(people: dict[str, Person], key: str, person: Person) -> None:
    """The first mention stays; a later one with more titles lends them. `Merkel` after
    `Angela Merkel` is the same person (see `_same`), and the full name is the one kept."""
    key = next((k for k in people if _same(k, key)), key)
    known = people.get(key)
    if known is None:
        people[key] = Person(person.name, list(person.titles))
        return
    if len(person.titles) > len(known.titles):
        known.titles = list(person.titles)
    if len(person.name) > len(known.name) or (known.name.isupper() and not person.name.isupper()):
        known.name = person.name  # the full name, and as the text writes it outside capitals


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """Clauses on `;` and reported speech (`nói rằng`, `:`): roles do not cross them."""
    out, start = [], 0
    for m in re.finditer(r";|:|\brằng\b", sentence):
        out.append((start, sentence[start : m.end()]))  # `cho rằng` stays with its speaker
        start = m.end()
    out.append((start, sentence[start:]))
    return out


def _counts(clause: str, mention: Mention) -> bool:
    """A person after `của` is someone's, not a participant (`theo lời mời của …`),
    unless a role noun phrase lists the person (`sự chủ trì của`, `sự tham dự của`)."""
    before = normalize_tone(clause[: mention.start].rstrip().lower())
    if before.endswith("của") or before.endswith("bởi"):
        return any(c.end >= len(before) - 1 and c.role.endswith("_before") for c in role_cues(before, []))
    return True


def _role(
    clause: str, mention: Mention, mentions: list[Mention], cues: list[RoleCue], verbs: bool, lead: bool
) -> str | None:
    """What the person did at the meeting, from the role words around the mention; with
    `verbs` false (a sentence not about the meeting) only speaking counts, outside an
    interview (`Trao đổi với báo chí, ông X cho biết`), and meeting someone (`tiếp`,
    `hội đàm với`) only in the lead."""
    speaks = any(_speaks(clause, mention, c, mentions) for c in cues)
    if not verbs:  # a sentence not about the meeting: what is said in an interview was not said there
        return "attend" if speaks and not interview(clause) else None
    # A role noun phrase before a list of people: only people, `,` and `và` stand between.
    before = [c for c in cues if c.end <= mention.start and c.role in ("chair_before", "attend_before")]
    if before and _only_people_between(clause, before[-1].end, mention.start, mentions):
        planned_attendance = before[-1].role == "attend_before" and planned(clause, before[-1])
        return None if planned_attendance else before[-1].role.removesuffix("_before")
    # A verb after the person, with only other people (or their adverbs) before it.
    after = [c for c in cues if c.start >= mention.end and c.role in ("chair", "convene", "attend")]
    if after and after[0].role in ("chair", "convene") and not assigned(clause[mention.end : after[0].start]):
        return after[0].role
    if speaks or any(c.role == "attend" and _attends(clause, mention, c, mentions) and not planned(clause, c)
                     for c in cues):
        return "attend"
    if lead and any(c.role == "meet" and _meets(clause, mention, c, mentions) and not planned(clause, c)
                    for c in cues):
        return "attend"
    return None


def _meets(clause: str, mention: Mention, cue: RoleCue, mentions: list[Mention]) -> bool:
    """The person meets or is met: the verb's subject, or the person right after it."""
    if cue.end <= mention.start:
        return not clause[cue.end : mention.start].strip()
    if normalize_tone(clause[cue.start : cue.end].lower()) in MEET_VERBS_NEEDING_A_PERSON and not any(
        cue.end <= m.start and not clause[cue.end : m.start].strip() for m in mentions
    ):
        return False
    return _is_subject(clause, mention, cue, mentions, ATTEND_GAP_WORDS)


def _speaks(clause: str, mention: Mention, cue: RoleCue, mentions: list[Mention]) -> bool:
    """The person says something: the subject of a speech verb, or right after `Theo`."""
    if cue.role == "speak_before":
        return cue.end <= mention.start and not clause[cue.end : mention.start].strip()
    return cue.role == "speak" and _is_subject(clause, mention, cue, mentions)


# `Dự hội nghị có A, B`, `Tham dự buổi lễ còn có A`: the people listed after `có`/`gồm`.
_LISTED_AFTER_RE = re.compile(r"(?<!\w)(?:có|gồm)(?!\w)")


def _attends(clause: str, mention: Mention, cue: RoleCue, mentions: list[Mention]) -> bool:
    """The attending verb is the person's: the person is its subject (`A, B cùng lãnh đạo
    các sở dự`), is listed after it (`Dự hội nghị có A`), or follows the participial frame
    it opens (`Phát biểu tại hội nghị, ông A …`, `Về dự và phát biểu chỉ đạo hội nghị, A`)."""
    if cue.start >= mention.end:
        return _is_subject(clause, mention, cue, mentions, ATTEND_GAP_WORDS)
    between = clause[cue.end : mention.start]
    for m in mentions:
        if cue.end <= m.start and m.end <= mention.start:
            between = between.replace(clause[m.start : m.end], " ")
    if len(_GAP_WORD_RE.findall(between)) > LISTED_GAP_WORDS or re.search(r"[.;:!?\"“”]", between):
        return False
    if _LISTED_AFTER_RE.search(normalize_tone(between.lower())):
        return True
    opens = len(_GAP_WORD_RE.findall(clause[: cue.start])) <= FRAME_LEAD_WORDS  # `Về dự …,`
    return opens and between.rstrip().endswith(",")


_JOINER_RE = re.compile(r"(?:\s|,|và|cùng|;|-|–)*")
_GAP_WORD_RE = re.compile(r"\w+")


def _only_people_between(clause: str, a: int, b: int, mentions: list[Mention]) -> bool:
    pos = a
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < a or m.start >= b:
            continue
        if not _JOINER_RE.fullmatch(clause[pos : m.start]):
            return False
        pos = m.end
    return _JOINER_RE.fullmatch(clause[pos:b]) is not None


def _is_subject(clause: str, mention: Mention, cue: RoleCue, mentions: list[Mention],
                gap_words: int = SPEAKER_GAP_WORDS) -> bool:
    """The person speaks the verb: it follows within a few words, and anyone else between is
    a coordinated subject (`Bộ trưởng A và Bộ trưởng B lần lượt trình bày`)."""
    if cue.start < mention.end:
        return False
    between = [m for m in mentions if mention.end <= m.start < cue.start]
    if between and not _only_people_between(clause, mention.end, between[-1].end, mentions):
        return False
    gap = clause[(between[-1].end if between else mention.end) : cue.start]
    return not re.search(r"[.;:!?\"“”(]", gap) and len(_GAP_WORD_RE.findall(gap)) <= gap_words
