"""Hard-wrapped page dumps (text browsers, mail archives, `fold`) back to one paragraph a line.

The line cleaner reads a dump line by line: a menu item, a counter or a headline is a short
line, a paragraph of prose a long one. A dump written by a text browser (`lynx -dump`,
`w3m -dump`) or folded at a fixed width breaks every paragraph into lines of 70 to 80
characters, so each piece of prose looks like chrome and the body is lost (over the
develop half of dev2 folded at 76 columns: body recall 0.002, meeting detection 0.35).

A folded text shows itself by the shape of its line lengths: a sharp edge at the width,
many lines just under it and almost none over it, where a dump with a paragraph a line has
lengths spread from a few characters to thousands. A line is joined to the next when the
next line's first word would have fitted on it: the writer broke it for the width, not
for the sense. A short line (a heading, a menu item, a paragraph's last line) keeps its
break, since the next word would have fitted.
"""

from __future__ import annotations

# Widths a folding tool writes (72 and 80 in mail and `fold`, 76 to 79 in text browsers,
# up to 132 in wide terminals): longer "widths" are paragraphs that happen to be short.
MAX_WRAP_WIDTH = 140
MIN_WRAP_WIDTH = 40
# How far under the width a folded line may end: the longest word that did not fit, plus
# the spaces around it. Vietnamese syllables are short (2 to 7 letters).
NEAR_EDGE = 16
# A folded dump: at least this many lines end near the edge, and they are at least this
# share of the lines long enough to have been folded.
MIN_NEAR_LINES = 5
MIN_NEAR_SHARE = 0.35
# Lines over the width allowed (an unbreakable address or a long token the folder let run).
MAX_OVER_SHARE = 0.03
# With more lines over the width (a short page, its headline longer than the fold): a sharper edge. Over the 35,440
# baomoi articles, the seeds', dev's and dev2's raw files and every audit and web set (36,827 files) it finds one page
# folded that the shares above did not (web40 w028 and its pool copy), and no other.
MAX_OVER_SHARE_SHORT = 0.25
MIN_NEAR_SHARE_SHORT = 0.6
# A line of prose long enough to have been folded (shorter lines are chrome or headings).
FOLDABLE = 25
# A page folded in its HTML source (a word processor's export wraps the source at about 80 characters, markup
# included, so the visible lines end anywhere short of the width, and a paragraph's first word may stand alone: `Chiều`
# then `ngày 14/9/2021, ông … đại biểu Hội đồng` then `nhân dân (HĐND) huyện …`): in a folded text a line that opens
# on a lower-case word after a line no stop ends goes on that line's sentence, wherever the width fell; so does any line
# after a line near the edge that no stop ends (`… tiếp xúc cử tri xã Trà` then `Tân, thông báo …`).
SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", "\"", "”")
# Words no sentence or heading ends on, a classifier, a preposition or a conjunction: a folded line that ends on one goes
# on, whatever the next line opens with (`… tại Hội trường UBND xã tổ chức buổi` then `Hội nghị Đại biểu HĐND tỉnh tiếp
# xúc cử tri …`, web40 w009).
DANGLING_WORDS = frozenset({"buổi", "cuộc", "các", "những", "của", "và", "với", "tại", "trong", "cho", "để", "là", "về",
                            "từ", "theo", "ở", "do", "bởi", "được", "đã", "sẽ", "đang", "có"})


def wrap_width(text: str) -> int | None:
    """The width `text` is folded at, or None when its lines are not folded."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    foldable = [n for n in lengths if n >= FOLDABLE]
    if len(foldable) < MIN_NEAR_LINES:
        return None
    # the width is the longest length once a few over-long lines are set aside
    allowed_over = int(len(foldable) * MAX_OVER_SHARE)
    width = foldable[len(foldable) - 1 - allowed_over]
    near = sum(1 for n in foldable if width - NEAR_EDGE <= n <= width)
    if MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH and near >= MIN_NEAR_LINES and near >= MIN_NEAR_SHARE * len(foldable):
        return width
    # A short page folded in its source has few lines, and its headline and a line or two of markup-free text run past
    # the width (web40 w028: 17 lines, 4 over 80 characters): more lines over the width are allowed when the edge under
    # it is sharp, most of the lines ending there.
    # (of the widths that qualify, the one most lines end under)
    best: tuple[int, int] | None = None
    for over in range(allowed_over + 1, int(len(foldable) * MAX_OVER_SHARE_SHORT) + 1):
        width = foldable[len(foldable) - 1 - over]
        near = sum(1 for n in foldable if width - NEAR_EDGE <= n <= width)
        if (MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH and near >= MIN_NEAR_LINES
                and near >= MIN_NEAR_SHARE_SHORT * len(foldable) and (best is None or near > best[0])):
            best = (near, width)
    return best[1] if best is not None else None


def _last_word(line: str) -> str:
    words = line.rsplit(None, 1)
    return words[-1] if words else ""


def _first_word(line: str) -> str:
    words = line.split(None, 1)
    return words[0] if words else ""


def unwrap_lines(text: str) -> tuple[str, int | None]:
    """`text` with folded paragraphs joined, and the width it was folded at (None: unchanged)."""
    width = wrap_width(text)
    if width is None:
        return text, None
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for index, line in enumerate(lines):
        joined = (
            index > 0 and out and out[-1].strip() and line.strip()
            # the previous line was broken by the folder: this line's first word would not fit on it
            and (len(lines[index - 1]) + 1 + len(_first_word(line)) > width
                 # or the sentence plainly goes on: no stop ends the line before, a lower-case word opens this one
                 or (not out[-1].rstrip().endswith(SENTENCE_ENDS)
                     and (_first_word(line)[:1].islower() or len(lines[index - 1]) >= width - NEAR_EDGE
                          or _last_word(lines[index - 1]).lower() in DANGLING_WORDS)))
        )
        if joined:
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out), width
