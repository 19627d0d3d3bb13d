"""HTML pages → the article's region as lines, plus the page's own metadata.

selectolax's Lexbor engine parses. Metadata come from the markup first (Open Graph and
schema.org tags, `<h1>`, `<time>`, the breadcrumb, `<figcaption>`). Then the page loses
what is never article text: scripts, styles, navigation, forms around nothing, comment
boxes, related-news boxes, share bars, hidden elements. The article's container is found
by the class names Vietnamese CMSs use, else by paragraph density (text, commas and few
links, as readability scores it), and widened to the headline when that stays close.
Its block elements become lines, and those lines go through the same classifier as plain
dumps, so one chrome table serves both.

Every selector list is data, below; the walk over the container is iterative (pages nest
deeply), and every step tolerates malformed markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape
from typing import Any

from core.clean.dates import parse_stamp_line
from core.clean.meta import parse_byline
from core.normalize import single_spaced

# Elements that never hold article text.
REMOVE_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "select", "textarea", "button", "input", "nav", "aside", "head", "link", "meta",
)
# Removed unless they hold the article (ASP.NET pages wrap the whole page in a <form>;
# some themes put everything in one <footer>-less <header>).
REMOVE_IF_SMALL = (
    "form", "footer", "header", "[hidden]", "[aria-hidden=true]", "[style*='display:none']",
    "[style*='display: none']", "[style*='visibility:hidden']", "[role=navigation]", "[role=complementary]",
    "[role=contentinfo]",
    # class and id words of boxes around an article, in Vietnamese and English CMSs (`i`: any case)
    "[class*=comment i]", "[id*=comment i]", "[class*=binh-luan i]", "[class*=binhluan i]", "[id*=binhluan i]",
    "[class*=related i]", "[id*=related i]", "[class*=lien-quan i]", "[class*=lienquan i]",
    "[class*=tin-khac i]", "[class*=tinkhac i]", "[class*=other-news i]", "[class*=xem-them i]",
    "[class*=xemthem i]", "[class*=share i]", "[class*=social i]", "[class*=sidebar i]", "[id*=sidebar i]",
    "[class*=widget i]", "[class*=breadcrumb i]", "[class*=quang-cao i]", "[class*=advert i]", "[class~=ads]",
    "[class~=ad]", "[class*=banner i]", "[id*=banner i]", "[class~=menu]", "[id*=menu i]", "[class*=navbar i]",
    "[class*=toolbar i]", "[class*=newsletter i]", "[class*=subscribe i]", "[class*=most-read i]",
    "[class*=nhieu i]", "[class*=pagination i]", "[class*=tags i]", "[class*=popup i]", "[class*=cookie i]",
)
_REMOVE_TAGS = list(REMOVE_TAGS)
# Before the density count only what holds text a paragraph could count must go: not the
# <head> (outside <body>) nor void elements.
_TEXT_HOLDING_REMOVE_TAGS = [t for t in REMOVE_TAGS if t not in ("head", "link", "meta", "input", "embed")]
# Containers of the article body in the CMSs of Vietnamese portals and news sites, and
# the generic ones (schema.org, WordPress, Liferay journal articles).
CONTAINER_TAGS = frozenset({"article"})
CONTAINER_ITEMPROPS = frozenset({"articleBody"})
CONTAINER_CLASSES = frozenset({
    "fck_detail", "detail-content", "detail__content", "content-detail", "article-content", "article-body",
    "article__body", "entry-content", "post-content", "news-content", "news-detail", "singular-content",
    "the-article-body", "maincontent", "journal-content-article", "chi-tiet", "chitiet", "noidung",
    "noi-dung", "content-news", "detail-news", "ArticleContent", "cms-body",
})
CONTAINER_IDS = frozenset({"content-detail", "abody", "main-detail", "divNewsContent"})
# Substrings that every name above contains one of: the tree is searched for these few
# (a CSS engine's cost grows with the number of selectors), the exact names are then
# checked on the handful of elements found.
CONTAINER_HINTS = ("content", "detail", "body", "tiet", "dung")
CONTAINERS = (
    *sorted(CONTAINER_TAGS), *(f"[itemprop={v}]" for v in sorted(CONTAINER_ITEMPROPS)),
    *(f"[class*={h} i]" for h in CONTAINER_HINTS), *(f"#{v}" for v in sorted(CONTAINER_IDS)),
)
CAPTIONS = ("figcaption", "[class*=caption i]", ".desc_image")
_CAPTIONS = ", ".join(CAPTIONS)
BREADCRUMBS = ("[class*=breadcrumb]", "[id*=breadcrumb]", "[itemtype*=BreadcrumbList]")
DATE_META = (  # property, name or itemprop of a <meta>, lower case
    "article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "date",
    "og:published_time",
)
HOME_WORDS = frozenset({"trang chủ", "home", "trang chu", "trang nhất"})
BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "figure",
    "figcaption", "blockquote", "pre", "address", "br", "hr", "center", "caption", "body",
    "html", "time", "form",
})
MIN_CONTAINER_CHARS = 200  # less than this is a teaser, not an article
_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TITLE_SEP_RE = re.compile(r"\s+[|\-–—:»]\s+[^|\-–—:»]{2,60}$")
_LD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]*)"')


@dataclass(slots=True)
class Page:
    text: str
    title: str | None
    published: str | None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    # For each line of `text`, the element that opened it when its markup says whose it
    # is (LINE_KINDS), else ""; empty when no line has one.
    kinds: list[str] = field(default_factory=list)


def html_to_text(html: str | bytes) -> Page:
    """`html` is text, or UTF-8 bytes (the parser takes those without a copy)."""
    tree = _parser()(html)
    body = tree.body
    if body is None:
        return Page("", None, None)
    markup = _markup(tree)
    title, title_node = _title(tree, markup)
    published = _published(markup)
    section = _section(markup, title)
    authors = _authors(markup)
    container, chars = _known_container(markup)
    if container is None:  # no CMS container: paragraph density decides, scripts aside
        tree.strip_tags(_TEXT_HOLDING_REMOVE_TAGS)  # by tag name over the whole page: no selector engine
        container, chars = _densest(tree) or body, None
    root = _widen(container, title_node, body, chars)
    stripped = _strip_tags(root)
    known = chars if root is container and not stripped else None  # its text is as measured
    _remove_boxes(root, title_node, known)  # only the article's own region is cleaned of boxes
    captions: list[str] = []
    for node in reversed(_unique_nodes(root.css(_CAPTIONS))):
        caption = _clean(node.text(deep=True, separator=" "))
        if caption and len(caption) < 400:
            captions.insert(0, caption)
            node.decompose()
    text, kinds = _block_text(root)
    if title and root is container and not _contains(container, title_node):
        text, kinds = f"{title}\n{text}", ["", *kinds] if kinds else []
    return Page(text, title, published, section, authors, captions, kinds)


_PARSER: Any = None


def _parser() -> Any:
    """selectolax's Lexbor parser, imported on first use: only HTML input pays for it."""
    global _PARSER
    if _PARSER is None:
        from selectolax.lexbor import LexborHTMLParser

        _PARSER = LexborHTMLParser
    return _PARSER


def _clean(text: str) -> str:
    return single_spaced(text)  # what `re.sub(r"\s+", " ", text).strip()` gives, at a sixth of the cost


def _attr(node: Any, name: str) -> str | None:
    value = node.attributes.get(name) if node is not None else None
    return value.strip() if isinstance(value, str) and value.strip() else None


@dataclass(slots=True)
class _Markup:
    """What the page says of itself, gathered in two passes over the tree."""

    metas: dict[str, str] = field(default_factory=dict)
    page_title: Any = None  # the head's <title>
    meta_authors: list[str] | None = None  # people named by `meta name=author`
    h1: list[Any] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    date_texts: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    crumbs: list[Any] = field(default_factory=list)
    containers: list[Any] = field(default_factory=list)


# One pass over the tree finds the markup's own metadata and the CMS containers. The
# selectors for dates and authors are left out when the <meta> tags already give them
# (selectolax parses every selector of a list, and matches it, on each call).
_DATE_SELECTORS = ("time", "[itemprop=datePublished]", "script[type='application/ld+json']")
_AUTHOR_SELECTORS = ("[itemprop=author]",)


@lru_cache(maxsize=4)
def _markup_selector(dates: bool, authors: bool) -> str:
    return ", ".join(("h1", *(_DATE_SELECTORS if dates else ()), *(_AUTHOR_SELECTORS if authors else ()),
                      *BREADCRUMBS, *CONTAINERS))
_BREADCRUMB_CLASS_RE = re.compile(r"breadcrumb", re.IGNORECASE)


def _markup(tree: Any) -> _Markup:
    found = _Markup()
    head = tree.head
    for meta in (head.css("meta, title") if head is not None else []):
        if meta.tag == "title":
            if found.page_title is None:
                found.page_title = meta
            continue
        attrs = meta.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content and content.strip():
            found.metas.setdefault(key.strip().lower(), content.strip())
    need_dates = _meta_date(found.metas) is None
    found.meta_authors = _person_names(found.metas.get("author"))
    need_authors = found.meta_authors is None
    # The engine returns an element once for every selector of the list it matches.
    for node in _unique_nodes(tree.css(_markup_selector(need_dates, need_authors))):
        tag = node.tag
        attrs = node.attributes
        if _is_container(tag, attrs):
            found.containers.append(node)
        if tag == "h1":
            found.h1.append(node)
        elif tag == "script":
            date = _LD_DATE_RE.search(node.text() or "")
            if date:
                found.dates.append(date.group(1))
        elif attrs.get("itemprop") == "author":
            found.authors.append(attrs.get("content") or _clean(node.text(deep=True, separator=" ")))
        elif tag == "time" or attrs.get("itemprop") == "datePublished":
            value = attrs.get("datetime") or attrs.get("content")
            if value and _ISO_RE.match(value.strip()):
                found.dates.append(value.strip())
            elif tag == "time":
                found.date_texts.append(_clean(node.text()))
        elif _BREADCRUMB_CLASS_RE.search(" ".join(str(v) for v in attrs.values())):
            found.crumbs.append(node)
    return found


def _is_container(tag: str, attrs: dict[str, str | None]) -> bool:
    if tag in CONTAINER_TAGS or attrs.get("itemprop") in CONTAINER_ITEMPROPS or attrs.get("id") in CONTAINER_IDS:
        return True
    classes = attrs.get("class")
    return classes is not None and not CONTAINER_CLASSES.isdisjoint(classes.split())


def _title(tree: Any, markup: _Markup) -> tuple[str | None, Any]:
    """The headline: `<h1>` when the page's own title names it, else og:title, else <title>
    without the site name. Returns the node holding it on the page, if any."""
    og = markup.metas.get("og:title")
    page_title = markup.page_title
    named = _clean(page_title.text()) if page_title is not None else ""
    for h1 in markup.h1[:3]:
        text = _clean(h1.text(deep=True, separator=" "))
        if text and (not (og or named) or text in (og or "") or text in named or len(text) > 20):
            return text, h1
    candidate = og or (_TITLE_SEP_RE.sub("", named) if named else None)
    if not candidate:
        return None, None
    candidate = _TITLE_SEP_RE.sub("", _clean(candidate)) if og is None else _clean(candidate)
    for node in tree.css("h2, h3, [class*=title], [class*=tieude], [class*=tieu-de], [id*=Title], [id*=TieuDe]"):
        if _clean(node.text(deep=True, separator=" ")) == candidate:
            return candidate, node
    return candidate, None


def _meta_date(metas: dict[str, str]) -> str | None:
    for key in DATE_META:
        value = metas.get(key)
        if value and _ISO_RE.match(value):
            return value[:25]
    return None


def _published(markup: _Markup) -> str | None:
    found = _meta_date(markup.metas)
    if found is not None:
        return found
    if markup.dates:
        return markup.dates[0][:25]
    for text in markup.date_texts:
        stamp = parse_stamp_line(text)
        if stamp:
            return stamp.iso
    return None


def _section(markup: _Markup, title: str | None) -> str | None:
    for node in markup.crumbs[:2]:
        items = [_clean(a.text(deep=True, separator=" ")) for a in node.css("a, [itemprop=name], li > span")]
        items = [i for i in dict.fromkeys(items) if i and i.lower() not in HOME_WORDS and i != title]
        if items:
            return items[-1]
    return markup.metas.get("article:section")


def _authors(markup: _Markup) -> list[str]:
    """Names from `meta name=author` or `itemprop=author`, when they read as people's
    names (CMSs often put the site's name there)."""
    site = _site_names(markup)
    if markup.meta_authors is not None:
        return [name for name in markup.meta_authors if name.casefold() not in site]
    for value in markup.authors:
        names = _person_names(value)
        if names is not None:
            return [name for name in names if name.casefold() not in site]
    return []


# --- the site's own name: a publisher, never an author (issue 14) ---
_SITE_NAME_METAS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site", "publisher")
_TITLE_SUFFIX_RE = re.compile(r"\s+[-|–—:]\s+([^-|–—:]{2,60})$")


def _site_names(markup: _Markup) -> set[str]:
    """The site's names, folded: its meta tags, and the tail of its <title> (`… - Tuổi Trẻ Online`)."""
    names = {markup.metas[key].casefold().lstrip("@") for key in _SITE_NAME_METAS if key in markup.metas}
    if markup.page_title is not None:
        tail = _TITLE_SUFFIX_RE.search(_clean(markup.page_title.text()))
        if tail:
            names.add(tail.group(1).strip().casefold())
    return names


def _person_names(value: str | None) -> list[str] | None:
    if not value:
        return None
    parsed = parse_byline(value)
    if parsed is None or any(w in value.lower() for w in ("báo", "cổng", "www", ".vn")):
        return None
    return parsed[0]


def _protected(node: Any) -> set[int]:
    """The headline and every element around it: a removal rule never takes them."""
    kept: set[int] = set()
    while node is not None:
        kept.add(node.mem_id)
        node = node.parent
    return kept


def _unique_nodes(nodes: list[Any]) -> list[Any]:
    """A node matched by two selectors of a list comes back twice: once is enough (and a
    node must never be decomposed twice)."""
    seen: set[int] = set()
    out = []
    for node in nodes:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            out.append(node)
    return out


def _known_container(markup: _Markup) -> tuple[Any, int | None]:
    """The largest CMS container holding an article's worth of text, and its text length."""
    found: list[tuple[int, Any]] = []
    measured: set[int] = set()
    for node in markup.containers:  # in document order: an element before its descendants
        if _is_box(node):  # `<article class="comment">`
            continue
        if measured and _inside(node, measured):
            continue  # it holds no more text than the container around it, which comes first
        measured.add(node.mem_id)
        chars = len(node.text(deep=True, strip=True))
        if chars >= MIN_CONTAINER_CHARS:
            found.append((chars, node))
    if not found:
        return None, None
    chars, node = max(found, key=lambda pair: pair[0])
    return node, chars


def _strip_tags(root: Any) -> bool:
    """REMOVE_TAGS out of the element `root`, asking the selector engine only for the tags
    present (an element's `strip_tags` makes one selector call per tag: a walk over the
    region's tags is much cheaper than eighteen calls). True when any was there."""
    present = {node.tag for node in root.traverse()}
    wanted = [tag for tag in _REMOVE_TAGS if tag in present]
    if wanted:
        root.strip_tags(wanted)
    return bool(wanted)


def _remove_boxes(root: Any, title_node: Any, chars: int | None = None) -> None:
    """Comment, related-news, share, menu and other boxes inside `root`, unless one holds
    most of the text (a whole page inside an ASP.NET <form>, a `comment-open` <body>), or
    the headline. `chars`: the length of root's text, when known already."""
    selector = _BOX_GATE.selector_for(root)
    if not selector:
        return
    protected = _protected(title_node)
    if chars is None:
        chars = len(root.text(deep=True, strip=True))
    # Innermost first: a removed element's descendants are never touched again.
    for node in reversed(_unique_nodes(root.css(selector))):
        if node.mem_id in protected or node.mem_id == root.mem_id:
            continue
        text = len(node.text(deep=True, strip=True))
        if text < 0.5 * chars or text < MIN_CONTAINER_CHARS:
            node.decompose()


_SIMPLE_SELECTOR_RE = re.compile(
    r"""\[([\w-]+)(?:[*~]?=(?:'([^']*)'|"([^"]*)"|([^'"\]\s]+))(?: i)?)?\]|([a-z][a-z0-9]*)""")


class SelectorGate:
    """Parsing a selector list costs the selector engine more than matching it against an
    article's few dozen elements, and selectolax parses it on every call. The gate looks
    once at the tags and the attribute values present under an element (one cheap probe)
    and keeps only the selectors that could match there: a tag present, an attribute
    present whose values, lower-cased, contain the selector's value. Keeping a selector
    that then matches nothing is harmless, so the gate only ever drops selectors that
    cannot match, and the engine still decides."""

    def __init__(self, selectors: tuple[str, ...]) -> None:
        self.rules: list[tuple[str, str | None, str | None, str | None]] = []  # selector, tag, attr, value
        tags: set[str] = set()
        attrs: set[str] = set()
        for selector in selectors:
            m = _SIMPLE_SELECTOR_RE.fullmatch(selector)
            if m is None:
                raise ValueError(f"not a simple selector: {selector}")
            attr, tag = m.group(1), m.group(5)
            value = m.group(2) or m.group(3) or m.group(4)
            self.rules.append((selector, tag, attr, value.lower() if value else None))
            if tag:
                tags.add(tag)
            else:
                attrs.add(attr)
        self.attrs = sorted(attrs)
        self.probe = ", ".join([*sorted(tags), *(f"[{a}]" for a in self.attrs)])

    def selector_for(self, root: Any) -> str:
        tags: set[str] = set()
        values: dict[str, list[str]] = {a: [] for a in self.attrs}
        for node in root.css(self.probe):
            tags.add(node.tag)
            for attr, value in node.attributes.items():
                if attr in values:
                    values[attr].append((value or "").lower())
        joined = {a: "\n".join(v) for a, v in values.items() if v}
        kept = []
        for selector, tag, attr, value in self.rules:
            if tag is not None:
                if tag in tags:
                    kept.append(selector)
            elif attr in joined and (value is None or value in joined[attr]):
                kept.append(selector)
        return ", ".join(kept)


_BOX_GATE = SelectorGate(REMOVE_IF_SMALL)


_BOX_NAME_RE = re.compile(
    r"comment|binh-?luan|related|lien-?quan|tin-?khac|other|sidebar|share|social|menu|footer|"
    r"banner|quang-?cao|advert|popular|noi-?bat|most|xem-?nhieu|doc-?nhieu|box-news|tinnoibat", re.IGNORECASE)


def _is_box(node: Any) -> bool:
    attrs = node.attributes
    return _BOX_NAME_RE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}") is not None


def _densest(tree: Any) -> Any:
    """readability's paragraph scoring: each paragraph gives its parent 1 + commas + one per
    100 characters (at most 3), its grandparent half; link-heavy candidates lose."""
    scores: dict[int, tuple[float, Any]] = {}
    for p in tree.css("p, pre, td, blockquote"):
        text = p.text(deep=True, strip=True)
        if len(text) < 40:
            continue
        score = 1 + text.count(",") + min(len(text) / 100, 3)
        parent = p.parent
        for share in (1.0, 0.5):
            if parent is None:
                break
            old = scores.get(parent.mem_id, (0.0, parent))[0]
            scores[parent.mem_id] = (old + score * share, parent)
            parent = parent.parent
    best: tuple[float, Any] | None = None
    for score, node in sorted(scores.values(), key=lambda pair: -pair[0]):
        if best is not None and score <= best[0]:
            break  # link density only lowers a score: no later candidate can win
        if _is_box(node):
            continue  # a box of other news or comments, however dense, is not the article
        text = len(node.text(deep=True, strip=True)) or 1
        links = sum(len(a.text(deep=True, strip=True)) for a in node.css("a"))
        score *= 1 - min(links / text, 1)
        if best is None or score > best[0]:
            best = (score, node)
    return best[1] if best is not None and best[0] >= 5 else None


def _inside(node: Any, ancestors: set[int]) -> bool:
    """Is `node` below one of the elements whose `mem_id`s are `ancestors`?"""
    parent = node.parent
    while parent is not None:
        if parent.mem_id in ancestors:
            return True
        parent = parent.parent
    return False


def _contains(outer: Any, inner: Any) -> bool:
    node = inner
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def _widen(container: Any, title_node: Any, body: Any, chars: int | None = None) -> Any:
    """The nearest element holding both the headline and the container, when it does not
    bring in much else (then the classifier sees headline, date and byline in place).
    `chars`: the container's text length, when known already."""
    if title_node is None:
        return container
    around_title = _protected(title_node)  # the headline and every element around it
    if container.mem_id in around_title:
        return container
    node = container.parent
    while node is not None and node.mem_id != body.mem_id:
        if node.mem_id in around_title:
            break
        node = node.parent
    else:
        return container
    # Text only grows on the way up: the common element is measured, not each one below it.
    inner = len(container.text(deep=True, strip=True)) if chars is None else chars
    return node if len(node.text(deep=True, strip=True)) <= 2 * inner + 2000 else container


_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)


def _trie_pattern(words: frozenset[str]) -> str:
    """An alternation of `words` as a prefix tree (`t(?:able|body|d|h(?:ead)?|ime|r)`): the
    regex engine then tries one branch a character instead of every word at every `<`."""
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(head) + _trie_pattern(frozenset(tails)) for head, tails in sorted(heads.items())]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 and "" not in words else f"(?:{'|'.join(branches)})"
    return group + ("?" if "" in words else "")


_BLOCK_TAG_RE = re.compile(rf"</?{_trie_pattern(BLOCKS)}\b[^>]*>")  # serialised tags are lower case
_TAG_RE = re.compile(r"<[^>]*>")  # the serialiser escapes < and > in text, so tags end at the first >
# Lines whose markup says they are the writer's even when short: list items and
# subheadings holding no link (the items of a related-news list are links). A caption
# has markup of its own, taken out before.
LINE_KINDS = ("li", "h2", "h3", "h4", "h5", "h6")
_KINDS = "|".join(LINE_KINDS)
_KIND_TAG_RE = re.compile(rf"<({_KINDS})\b[^>]*>(?=(?:(?!</(?:{_KINDS})>|<a\b).)*</(?:{_KINDS})>)")
_KIND_MARK = "\x00"
_KIND_MARK_REPL = f"\n{_KIND_MARK}\\1{_KIND_MARK}"


def _block_text(root: Any) -> tuple[str, list[str]]:
    """Block elements break lines, inline ones join: done on the serialised element with
    regular expressions, an order of magnitude faster than walking its nodes. Returns the
    lines and, for each, the LINE_KINDS element that opened it, or "" (no list at all when
    none has one)."""
    source = root.html or ""
    if "<!--" in source:
        source = _COMMENT_RE.sub(" ", source)
    source = source.replace("\n", " ").replace("\r", " ")
    marked, marks = _KIND_TAG_RE.subn(_KIND_MARK_REPL, source)
    text = _plain_text(marked if marks else source)
    # The serialiser writes no NUL (the parser drops or replaces it), so NULs are the marks,
    # unless a page brought its own: then it is read without them.
    if marks and text.count(_KIND_MARK) != 2 * marks:
        text, marks = _plain_text(source), 0
    if not marks:
        return "\n".join([single_spaced(raw) for raw in text.split("\n") if raw and not raw.isspace()]), []
    lines, kinds = [], []
    for raw in text.split("\n"):
        kind = ""
        if raw.startswith(_KIND_MARK):
            end = raw.index(_KIND_MARK, 1)
            kind, raw = raw[1:end], raw[end + 1 :]
        if raw and not raw.isspace():
            lines.append(single_spaced(raw))
            kinds.append(kind)
    return "\n".join(lines), kinds


def _plain_text(source: str) -> str:
    return unescape(_TAG_RE.sub("", _BLOCK_TAG_RE.sub("\n", source)))
