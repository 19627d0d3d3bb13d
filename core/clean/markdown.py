"""Markdown page dumps (crawlers and readers that write Markdown: trafilatura --markdown,
reader services, crawl4ai) read as plain text with Markdown's marks taken off.

The line cleaner and the extractors read prose: `# ` before a headline keeps it from being
the title, `**Trong năm 2017` glues the marks to the word a date or a frame rule opens on,
and a link's address runs through a sentence. Over the develop half of dev2 written as
Markdown (headline `#`, menus as link lists, captions as images, lead in bold): title 0.0,
detection 0.90, kind 0.89, date 0.86. A dump is read as Markdown only when it writes the
marks that plain text never does (a heading line, a link or an image with its address): no
baomoi article, sample or gold dump does.
"""

from __future__ import annotations

import re

HEADING_RE = re.compile(r"^ {0,3}(#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
# `![Ảnh: X](https://…)`, `[Thời sự](/thoi-su "Thời sự")`, `[text][3]`
IMAGE_RE = re.compile(r"!\[(?P<text>[^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
REFERENCE_LINK_RE = re.compile(r"\[(?P<text>[^\]\n]+)\]\[[^\]\n]*\]")
REFERENCE_DEFINITION_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S+.*$")
# `**x**`, `__x__`, and single `*x*` / `_x_` standing at word edges (not `a_b` or `2*3`)
STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
EMPHASIS_RE = re.compile(r"(?<![\w*])([*_])(?=\S)(?P<text>[^*_\n]+?)(?<=\S)\1(?![\w*])")
BULLET_RE = re.compile(r"^(?P<indent>[ \t]*)[*+][ \t]+")  # `- ` stays: Vietnamese prose opens turns with it
QUOTE_RE = re.compile(r"^ {0,3}>[ \t]?")
RULE_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# What marks a dump as Markdown: a heading line, a link or an image with its address.
SIGNAL_RES = (
    re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE),
    re.compile(r"\]\((?:https?://|/)[^)\s]*\)"),
)
MIN_SIGNALS = 2


def is_markdown(text: str) -> bool:
    """The dump writes Markdown's marks: at least two headings, links or images."""
    found = 0
    for pattern in SIGNAL_RES:
        for _ in pattern.finditer(text):
            found += 1
            if found >= MIN_SIGNALS:
                return True
    return False


def _inline(line: str) -> str:
    line = IMAGE_RE.sub(lambda m: m.group("text"), line)
    line = LINK_RE.sub(lambda m: m.group("text"), line)
    line = REFERENCE_LINK_RE.sub(lambda m: m.group("text"), line)
    line = STRONG_RE.sub(lambda m: m.group("text"), line)
    line = EMPHASIS_RE.sub(lambda m: m.group("text"), line)
    return ESCAPE_RE.sub(r"\1", line)


def strip_markdown(text: str) -> tuple[str, bool]:
    """`text` with Markdown's marks taken off, and whether it was Markdown (False: unchanged)."""
    if not is_markdown(text):
        return text, False
    out: list[str] = []
    for line in text.split("\n"):
        if RULE_RE.match(line) or REFERENCE_DEFINITION_RE.match(line):
            out.append("")
            continue
        if (heading := HEADING_RE.match(line)) is not None:
            line = heading.group("text")
        line = QUOTE_RE.sub("", line)
        line = BULLET_RE.sub(lambda m: m.group("indent"), line)
        out.append(_inline(line))
    return "\n".join(out), True
