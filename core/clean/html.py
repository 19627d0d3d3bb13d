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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape
from typing import Any

from core.clean.alternation import trie_pattern
from core.clean.html_dates import (
    MONTH_NUMBERS,
    date_in_text,
    dateline_date,
    headline_date,
    in_comment,
    opening_date,
)
from core.clean.html_depth import flatten_deep
from core.clean.meta import HOME_WORDS, parse_byline
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
DATE_META = (  # property, name or itemprop of a <meta>, lower case, in order of trust
    "article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "date",
    "og:published_time", "og:article:published_time", "article:published", "article.published",
    "parsely-pub-date", "sailthru.date", "dcterms.issued", "dcterms.created", "dcterms.date", "dc.date",
    "dc.date.created", "publish-date", "publish_date", "publication_date", "date_published", "datecreated",
    "release_date", "article:published_date", "article:post_date", "article_date_original", "article.created",
    "citation_publication_date", "citation_date", "dc.date.publication", "dc.created", "dc:created", "dc:date",
    "og:pubdate", "og:publish_date", "og:datepublished", "published_time", "published-date", "published_date",
    "publisheddate", "publish_time", "rnews:datepublished", "displaydate", "date_created", "dateposted",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "shareaholic:article_published_time", "rbpubdate",
    "content_create_date", "pdate", "ptime", "vr:published_time", "video:release_date",
)
# A date in the path of the page's own address (`/2019/11/18/slug`, `/2019-11-18/`), the
# last resort of the markup (og:url, <link rel=canonical>).
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2]|[a-z]{3,9})[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)"
    r"|[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)", re.IGNORECASE)  # `/20191118/`
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
    # For each line of `text`, the share of its characters that are link text; empty when
    # no line holds a link.
    links: list[float] = field(default_factory=list)
    # For each line of `text`, whether it stands right under an image (or beside it): a
    # short line there is the picture's caption. Empty when the region holds no image.
    images: list[bool] = field(default_factory=list)
    # Which element the article was read from and how it was chosen (`vnmeet show`, -v).
    container: str = ""


def describe_element(node: Any) -> str:
    """`tag#id.class1.class2`, as a person finds the element in the page's source."""
    attrs = node.attributes or {}
    name = str(node.tag)
    if attrs.get("id"):
        name += f"#{attrs['id']}"
    classes = str(attrs.get("class") or "").split()
    if classes:
        name += "." + ".".join(classes[:3])
    return name


def html_to_text(html: str | bytes) -> Page:
    """`html` is text, or UTF-8 bytes (the parser takes those without a copy)."""
    tree = _parser()(flatten_deep(html))  # a parse is quadratic in depth: none too deep
    body = tree.body
    if body is None:
        return Page("", None, None)
    markup = _markup(tree)
    title, title_node = _title(tree, markup)
    published = _published(markup)
    section = _section(markup, title)
    authors = _authors(markup)
    container, chars = _known_container(markup, title_node)
    how = "a CMS container"
    if container is None:  # no CMS container: paragraph density decides, scripts aside
        tree.strip_tags(_TEXT_HOLDING_REMOVE_TAGS)  # by tag name over the whole page: no selector engine
        densest = _densest(tree)
        if densest is None and markup.ld_body and len(markup.ld_body) >= MIN_CONTAINER_CHARS:
            # No block of paragraphs: a page a script renders in the browser, its article in JSON-LD.
            text = f"{title}\n{markup.ld_body}" if title else markup.ld_body
            return Page(text, title, published, section, authors,
                        container="the JSON-LD articleBody (no block of paragraphs in the markup)")
        container, chars = densest or body, None
        how = "the densest block of paragraphs"
    root = _widen(container, title_node, body, chars)
    if root is not container:
        _drop_after(container, root, title_node)
    if chars is not None and root is container and title_node is not None and not _contains(container, title_node):
        # A CMS container far from the headline may be a teaser wearing a content name
        # (a sidebar's `article-content`): the densest block wins when it holds more text
        # and stands by the headline.
        tree.strip_tags(_TEXT_HOLDING_REMOVE_TAGS)
        dense = _densest(tree)
        dense_chars = len(dense.text(deep=True, strip=True)) if dense is not None else 0
        if (dense is not None and not _contains(container, dense) and dense_chars > TEASER_SHARE * chars
                and _link_density(dense, dense_chars) < MAX_BOX_LINK_DENSITY):
            widened = _widen(dense, title_node, body)
            if _contains(widened, title_node):  # the densest block is the headline's article
                container, chars, root = dense, None, widened
                how = "the densest block of paragraphs (the CMS container away from the headline was a teaser)"
    if published is None:  # the date the page shows by the article, not the site's clock
        published = _shown_date(root, title_node, _month_first(tree, markup.metas))
    elif _is_utc(published):  # the shown date may keep the publisher's day
        published = _publisher_day(published, [_shown_date(root, title_node, _month_first(tree, markup.metas))]) or published
    stripped = _strip_tags(root)
    known = chars if root is container and not stripped else None  # its text is as measured
    _remove_boxes(root, title_node, known)  # only the article's own region is cleaned of boxes
    captions: list[str] = []
    for node in reversed(_unique_nodes(root.css(_CAPTIONS))):
        caption = _clean(node.text(deep=True, separator=" "))
        if caption and len(caption) < 400:
            captions.insert(0, caption)
            node.decompose()
    lines = _block_lines(root)
    text, kinds, links, images = lines.text, lines.kinds, lines.links, lines.images
    if title and root is container and not _contains(container, title_node):
        text, kinds = f"{title}\n{text}", ["", *kinds] if kinds else []
        links = [0.0, *links] if links else []
        images = [False, *images] if images else []
    chosen = f"{describe_element(container)}, {how}"
    if root is not container:
        chosen = f"{describe_element(root)}, widened to the headline from {chosen}"
    return Page(text, title, published, section, authors, captions, kinds, links, images, chosen)


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
    dates: list[str] = field(default_factory=list)  # JSON-LD's and marked `<time>`s first, then the others
    marked: int = 0  # how many of `dates` are JSON-LD's or a `<time>` marked as the publication's
    modified: list[str] = field(default_factory=list)  # the `<time>` stamps of an update
    date_texts: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    crumbs: list[Any] = field(default_factory=list)
    containers: list[Any] = field(default_factory=list)
    ld_body: str | None = None  # the JSON-LD articleBody, if any
    ld_authors: list[str] = field(default_factory=list)
    classed_authors: list[str] = field(default_factory=list)  # short texts of author-classed elements
    categories: list[str] = field(default_factory=list)  # `<a rel="category">` links (WordPress's post category)  # the JSON-LD article's `author` people


# One pass over the tree finds the markup's own metadata and the CMS containers. The
# selectors for dates and authors are left out when the <meta> tags already give them
# (selectolax parses every selector of a list, and matches it, on each call).
_DATE_SELECTORS = ("time", "[itemprop=datePublished]")
# JSON-LD: its datePublished, and its articleBody for a page whose markup holds no article
# (rendered by a script in the browser).
_LD_SELECTOR = "script[type='application/ld+json']"
_AUTHOR_SELECTORS = ("[itemprop=author]", "[rel~=author]", "[class*=author i]", "[class*=tacgia i]", "[class*=tac-gia i]")
# An element whose class says it holds an author (`author-name`, `detail-author`,
# `NewsAuthor`, `tacgia`) names people only in a short text of its own: longer, it is a
# box holding the byline among other things (an avatar, the date, share buttons).
MAX_AUTHOR_CLASS_CHARS = 60
_AUTHOR_CLASS_RE = re.compile(r"author|tac-?gia", re.IGNORECASE)


@lru_cache(maxsize=4)
def _markup_selector(dates: bool, authors: bool) -> str:
    return ", ".join(("h1", _LD_SELECTOR, *(_DATE_SELECTORS if dates else ()), *(_AUTHOR_SELECTORS if authors else ()),
                      *BREADCRUMBS, CATEGORY_LINKS, *CONTAINERS))
# The link to the post's category (`rel="category tag"`, WordPress's themes): its section
# when no breadcrumb names one.
CATEGORY_LINKS = "a[rel~=category]"
_BREADCRUMB_CLASS_RE = re.compile(r"breadcrumb", re.IGNORECASE)
# The class of a `<time>` (or of its parent) that says it stamps an update, not the publication.
_MODIFIED_RE = re.compile(r"updat|modif", re.IGNORECASE)
# The class or itemprop of a `<time>` that marks the publication (`entry-date published`,
# `datePublished`), or its `pubdate` attribute: before an unmarked one (a sidebar's list).
_PUBLISHED_RE = re.compile(r"publish|pubdate|entry-date|post-date", re.IGNORECASE)


def _markup(tree: Any) -> _Markup:
    found = _Markup()
    head = tree.head
    for meta in (head.css("meta, title, link[rel=canonical]") if head is not None else []):
        if meta.tag == "title":
            if found.page_title is None:
                found.page_title = meta
            continue
        if meta.tag == "link":
            found.metas.setdefault("canonical", (meta.attributes.get("href") or "").strip())
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
            script = node.text() or ""
            date = _LD_DATE_RE.search(script) if need_dates else None
            if date:
                found.dates.insert(found.marked, date.group(1))
                found.marked += 1
            if found.ld_body is None and "articleBody" in script:
                found.ld_body = _ld_article_body(script)
            if need_authors and not found.ld_authors and '"author"' in script:
                found.ld_authors = _ld_authors(script)
        elif attrs.get("itemprop") == "author":
            found.authors.append(attrs.get("content") or _clean(node.text(deep=True, separator=" ")))
        elif tag not in ("time", "script") and (
                "author" in str(attrs.get("rel") or "").split() or _AUTHOR_CLASS_RE.search(str(attrs.get("class") or ""))):
            text = _clean(node.text(deep=True, separator=" "))
            if text and len(text) <= MAX_AUTHOR_CLASS_CHARS and not in_comment(node):
                found.classed_authors.append(text)
        elif (tag == "time" or attrs.get("itemprop") == "datePublished") and not in_comment(node):
            value = attrs.get("datetime") or attrs.get("content")
            # A page's `Updated …` stamp stands first as often as not: it counts when no other does.
            modified = attrs.get("itemprop") == "dateModified" or _MODIFIED_RE.search(
                f"{attrs.get('class') or ''} {_attr(node.parent, 'class') or ''}") is not None
            if value and _ISO_RE.match(value.strip()):
                if modified:
                    found.modified.append(value.strip())
                elif "pubdate" in attrs or _PUBLISHED_RE.search(f"{attrs.get('class') or ''} {attrs.get('itemprop') or ''}"):
                    found.dates.insert(found.marked, value.strip())  # after JSON-LD's and the marked before it
                    found.marked += 1
                else:
                    found.dates.append(value.strip())
            else:
                found.date_texts.append(_clean(node.text()))
        elif _BREADCRUMB_CLASS_RE.search(" ".join(str(v) for v in attrs.values())):
            found.crumbs.append(node)
        elif tag == "a" and "category" in str(attrs.get("rel") or "").split():
            found.categories.append(_clean(node.text(deep=True, separator=" ")))
    return found


_LD_BODY_RE = re.compile(r'"articleBody"\s*:\s*"((?:[^"\\]|\\.)*)"')
_LD_TAG_RE = re.compile(r"<[^>]{0,300}>")


# JSON-LD types of a page's article, whose `author` is the writer (a WebPage's or an
# Organization's `author` is the publisher).
LD_ARTICLE_TYPES = frozenset({"newsarticle", "article", "blogposting", "reportagenewsarticle",
                              "analysisnewsarticle", "opinionnewsarticle", "webpage"})
MAX_LD_AUTHORS = 6  # more `author` entries than this is a list of the site's staff, not a byline


def _ld_authors(script: str) -> list[str]:
    """The names of the people JSON-LD gives as its article's `author` (an object, a list
    of them, or a plain string); an author typed as an Organization is the publisher."""
    import json

    try:
        data = json.loads(script)
    except ValueError:
        return []
    items = data if isinstance(data, list) else [data]
    items = [g for item in items if isinstance(item, dict) for g in (item.get("@graph") or [item])]
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        kinds = {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}
        if not kinds & LD_ARTICLE_TYPES or "author" not in item:
            continue
        author = item["author"]
        entries = author if isinstance(author, list) else [author]
        names: list[str] = []
        for entry in entries[: MAX_LD_AUTHORS + 1]:
            if isinstance(entry, dict):
                if str(entry.get("@type") or "person").lower() != "person":
                    continue
                entry = entry.get("name")
            if isinstance(entry, str) and entry.strip():
                names.append(_clean(entry))
        if len(names) > MAX_LD_AUTHORS:
            return []
        return names
    return []


def _ld_article_body(script: str) -> str | None:
    """The JSON-LD articleBody as lines of text (some give it as HTML), or None."""
    import json

    match = _LD_BODY_RE.search(script)
    if match is None:
        return None
    try:
        value = json.loads(f'"{match.group(1)}"')
    except ValueError:
        return None
    lines = [_clean(line) for line in unescape(_LD_TAG_RE.sub("\n", value)).split("\n")]
    return "\n".join(line for line in lines if line) or None


def _is_container(tag: str, attrs: dict[str, str | None]) -> bool:
    if tag in CONTAINER_TAGS or attrs.get("itemprop") in CONTAINER_ITEMPROPS or attrs.get("id") in CONTAINER_IDS:
        return True
    classes = attrs.get("class")
    return classes is not None and not CONTAINER_CLASSES.isdisjoint(classes.split())


# The elements that may hold the headline when no `<h1>` does (class and id names in any
# case: `newsTitle`, `TieuDe`; Portuguese and Spanish `titulo`, Italian `titolo`).
HEADLINE_SELECTOR = ", ".join((
    "h2", "h3", "[class*=title i]", "[class*=titul i]", "[class*=titol i]", "[class*=tieude i]", "[class*=tieu-de i]",
    "[id*=title i]", "[id*=tieude i]",
))


def _title(tree: Any, markup: _Markup) -> tuple[str | None, Any]:
    """The headline: `<h1>` when the page's own title names it, else og:title, else <title>
    without the site name. Returns the node holding it on the page, if any. An `<h1>` the
    titles do not name (a logo's site name, a section's) is the headline only when no
    other element holds the title's words."""
    og = markup.metas.get("og:title")
    page_title = markup.page_title
    named = _clean(page_title.text()) if page_title is not None else ""
    og_key, named_key = _title_key(og or ""), _title_key(_headline_part(named))
    unnamed = None
    for h1 in markup.h1[:3]:
        text = _clean(h1.text(deep=True, separator=" "))
        key = _title_key(text)
        if text and (not (og or named) or (key and (key in og_key or key in named_key))):
            return text, h1
        if unnamed is None and len(text) > 20:
            unnamed = (text, h1)
    candidate = og or (_TITLE_SEP_RE.sub("", named) if named else None)
    if not candidate:
        return unnamed or (None, None)
    once = _TITLE_SEP_RE.sub("", named)  # the site's name off, once: `Headline – more - Site`
    candidate = _TITLE_SEP_RE.sub("", _clean(candidate)) if og is None else _clean(candidate)
    part = _headline_part(named) if og is None else candidate  # `Site | Headline`: the longer part
    for node in tree.css(HEADLINE_SELECTOR):
        text = _clean(node.text(deep=True, separator=" "))
        if text and text in (candidate, part, named, once):  # a headline holding ` – ` itself
            return text, node
    return unnamed or (candidate, None)


_TITLE_PARTS_RE = re.compile(r"\s+[|\-–—:»>›]\s+|\s*::\s*")  # `>`: a portal's `Site > Section > Headline`


def _headline_part(title: str) -> str:
    """The longest of a <title>'s parts (`Site | Section | Headline`): the headline's, not
    the site's name (which a logo's `<h1>` repeats)."""
    return max(_TITLE_PARTS_RE.split(title), key=len) if title else ""


_NON_WORD_RE = re.compile(r"[\W_]+")


def _title_key(text: str) -> str:
    """Words only, lower case: `Só quem se Ama…` and `Só quem se Ama...` are one title."""
    return _NON_WORD_RE.sub(" ", text.lower()).strip()


def _meta_date(metas: dict[str, str]) -> str | None:
    """The first date meta tag's stamp: ISO as most write it, else the date its text
    writes (`Monday, November 18, 2019, 08:19 PM`, `2019/11/18`, `18.11.2019`)."""
    for key in DATE_META:
        value = metas.get(key)
        if not value:
            continue
        if _ISO_RE.match(value):
            if _plausible(value):
                return _stamp_value(value)
            continue
        written = date_in_text(value[:MAX_META_DATE_CHARS]) or _compact_date(value)
        if written and _plausible(written):
            return written[:10]
    return None


_COMPACT_RE = re.compile(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4}(?:\d{2})?)?")


def _compact_date(value: str) -> str | None:
    """`20191118` or `201911181022` (a date meta tag's value in figures alone)."""
    match = _COMPACT_RE.fullmatch(value.strip())
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None


MAX_META_DATE_CHARS = 80  # a date meta's text; longer is a description, not a date


def _local_dates(metas: dict[str, str]) -> list[str]:
    """The days the date meta tags give in the publisher's own time: those that are no
    UTC stamp (`article_date_original: Monday, November 18, 2019, 08:19 PM`)."""
    days = []
    for key in DATE_META:
        value = metas.get(key)
        if value and not _is_utc(value):
            day = value[:10] if _ISO_RE.match(value) else date_in_text(value[:MAX_META_DATE_CHARS])
            if day and _plausible(day):
                days.append(day[:10])
    return days


_UTC_RE = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")


def _is_utc(stamp: str) -> bool:
    return _UTC_RE.search(stamp.strip()) is not None


def _publisher_day(stamp: str, days: Sequence[str | None]) -> str | None:
    """A UTC stamp a day off a date the page gives in its own time (the address's, a
    local meta tag's, the dateline's) is the same moment when a time zone can make it so
    (zones run from 12 hours behind UTC to 14 ahead: the day before needs a stamp before
    noon, the day after one from 10:00): the local date is the publisher's day
    (`2019-11-19T01:19Z` posted `Nov 18, 8:19 PM` in New York)."""
    if not _is_utc(stamp):
        return None
    hour = int(stamp[11:13])
    for day in days:
        if not day or day[:10] == stamp[:10] or _days_apart(day, stamp) != 1:
            continue
        if (day[:10] < stamp[:10] and hour < LATEST_HOUR_FOR_DAY_BEFORE) or (
                day[:10] > stamp[:10] and hour >= EARLIEST_HOUR_FOR_DAY_AFTER):
            return day[:10]
    return None


LATEST_HOUR_FOR_DAY_BEFORE, EARLIEST_HOUR_FOR_DAY_AFTER = 12, 10  # UTC-12 and UTC+14


_ISO_STAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


def _stamp_value(value: str) -> str:
    """An ISO stamp as the markup gives it (at most 25 characters), or its date alone when
    the rest is not ISO (`2019-11-18 20:58:46`, a zone-less local time)."""
    value = value.strip()
    return value[:25] if _ISO_STAMP_RE.match(value) else value[:10]


def _published(markup: _Markup) -> str | None:
    """The markup's own stamp (meta tags, JSON-LD, `<time>`), else the date in the page's
    address. A stamp a day off the address's date is the same moment in UTC: the address
    keeps the publisher's own day."""
    url = _url_date(markup.metas)
    found = _meta_date(markup.metas)
    if found is None:
        stamps = [_stamp_value(d) for d in markup.dates]
        found = next((d for d in stamps if _plausible(d)), None)
    if found is None:
        found = next((d for d in map(date_in_text, markup.date_texts) if d), None)
    if found is None:
        found = next((d for d in map(_stamp_value, markup.modified) if _plausible(d)), None)
    if found is not None and url is not None and found[:10] != url and _days_apart(found, url) <= 1:
        return url
    if found is not None:
        return _publisher_day(found, _local_dates(markup.metas)) or found
    return url


MIN_YEAR = 1990  # CMS placeholders (`0001-01-01T00:00:00Z`) are no publication date


def _plausible(stamp: str) -> bool:
    return stamp[:4].isdigit() and int(stamp[:4]) >= MIN_YEAR


def _days_apart(a: str, b: str) -> int:
    from datetime import date

    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 99


DATELINE_LEVELS = 3  # the headline's enclosing elements searched for its dateline


def _shown_date(root: Any, title_node: Any, month_first: bool = False) -> str | None:
    """A dateline's date inside the article's region, or in the few elements around its
    headline (never the page's header, where the site's clock stands), or the date written
    next to the headline."""
    found = dateline_date(root, month_first)
    node = title_node.parent if title_node is not None else None
    for _ in range(DATELINE_LEVELS):
        if found is not None or node is None or node.tag in ("body", "html") or _contains(node, root):
            break  # around the region, or the region's own (searched): the page's header is next
        found = dateline_date(node, month_first)
        node = node.parent
    if found is None and title_node is not None:
        found = headline_date(title_node, _path_up(root), month_first)
    if found is None and root.tag not in ("body", "html"):  # the page's own first lines hold its clock
        found = opening_date(root, month_first)
    parent = root.parent
    if found is None and parent is not None and parent.tag not in ("body", "html"):
        # The article's own header beside its text, when the enclosing element is the
        # article's (little text besides) and not the page's, where the site's clock stands.
        region = len(root.text(deep=True, strip=True))
        if len(parent.text(deep=True, strip=True)) <= REGION_SHARE * region + REGION_EXTRA_CHARS:
            found = dateline_date(parent, month_first)
    return found


REGION_SHARE, REGION_EXTRA_CHARS = 1.3, 300  # what an article's header adds to its text


def _path_up(node: Any) -> frozenset[int]:
    """The `mem_id` of `node` and of every element enclosing it."""
    ids = []
    while node is not None:
        ids.append(node.mem_id)
        node = node.parent
    return frozenset(ids)


# The page languages that write dates in figures month first (`11/18/2019`).
MONTH_FIRST_LANGS = frozenset({"en-us", "en_us"})


def _month_first(tree: Any, metas: dict[str, str]) -> bool:
    lang = (_attr(tree.root, "lang") if tree.root is not None else None) or metas.get("og:locale")
    return lang is not None and lang.lower() in MONTH_FIRST_LANGS


def _url_date(metas: dict[str, str]) -> str | None:
    for key in ("og:url", "canonical"):
        found = _URL_DATE_RE.search(metas.get(key) or "")
        if found:
            year, month, day = found.groups()[:3] if found.group(1) else found.groups()[3:]
            number = int(month) if month.isdigit() else MONTH_NUMBERS.get(month.lower())  # `/2019/nov/18/`
            if number:
                return f"{year}-{number:02d}-{int(day):02d}"
    return None


def _section(markup: _Markup, title: str | None) -> str | None:
    for node in markup.crumbs[:2]:
        items = [_clean(a.text(deep=True, separator=" ")) for a in node.css("a, [itemprop=name], li > span")]
        items = [i for i in dict.fromkeys(items) if i and i.lower() not in HOME_WORDS and i != title]
        if items:
            return items[-1]
    section = markup.metas.get("article:section")
    if section is None and markup.categories and markup.categories[0].lower() not in HOME_WORDS:
        section = markup.categories[0] or None
    return section


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
    people: list[str] = []
    for value in markup.ld_authors:
        people.extend(name for name in _person_names(value) or [] if name.casefold() not in site)
    if not people:  # the elements classed as an author's, in page order, nested ones once
        for value in markup.classed_authors:
            names = [name for name in _person_names(value) or [] if name.casefold() not in site]
            if any(name in person or person in name for name in names for person in people):
                continue
            people.extend(names)
    return list(dict.fromkeys(people))


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


HEADLINE_CONTAINER_SHARE = 0.25  # the headline's container wins over larger ones holding this share


def _known_container(markup: _Markup, title_node: Any = None) -> tuple[Any, int | None]:
    """The CMS container holding the headline, unless it holds much less text than the
    largest (a teaser list, other posts, may wear the same names), else the largest; and
    its text length."""
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
    if title_node is not None and not _contains(node, title_node):
        around_title = _protected(title_node)
        with_title = [pair for pair in found if pair[1].mem_id in around_title]
        if with_title and with_title[0][0] >= HEADLINE_CONTAINER_SHARE * chars:
            return with_title[0][1], with_title[0][0]
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
        if text >= MIN_WEAK_BOX_CHARS and _named_weakly(node) and _link_density(node, text) < MAX_BOX_LINK_DENSITY:
            continue  # a page builder's block of text, not a box beside it
        if text < 0.5 * chars or text < MIN_CONTAINER_CHARS:
            node.decompose()


# Class words that page builders and themes put on every block, the article's own ones
# too (`elementor-widget-text-editor`, `widget_text`): a block named only so is a box
# when it is short or mostly links, never for its name alone.
WEAK_BOX_WORDS = ("widget",)
_WEAK_BOX_RE = re.compile("|".join(WEAK_BOX_WORDS), re.IGNORECASE)
MAX_BOX_LINK_DENSITY = 0.3  # a block with more of its text in links than this is navigation
MIN_WEAK_BOX_CHARS = 80  # a block named only weakly with this much text and few links is the article's


def _named_weakly(node: Any) -> bool:
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return _WEAK_BOX_RE.search(names) is not None and _BOX_NAME_RE.search(names) is None


def _link_density(node: Any, chars: int) -> float:
    return sum(len(a.text(deep=True, strip=True)) for a in node.css("a")) / chars if chars else 1.0


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


# Class and id words of the boxes around an article (`binh-luan` and `binhluan` both).
BOX_NAME_WORDS = (
    "comment", "binh-luan", "related", "lien-quan", "tin-khac", "other", "sidebar", "share", "social", "menu", "footer",
    "banner", "quang-cao", "advert", "popular", "noi-bat", "most", "xem-nhieu", "doc-nhieu", "box-news", "tinnoibat",
    "newsletter", "subscribe",
)
# Searched in every candidate block's names: as a prefix tree (alternation.py), a try a
# character rather than one a word.
_BOX_NAME_RE = re.compile(trie_pattern({spelling for word in BOX_NAME_WORDS if word != "box-news"
                                        for spelling in (word, word.replace("-", ""))} | {"box-news"},
                                       ignore_case=True), re.IGNORECASE)


def _is_box(node: Any) -> bool:
    attrs = node.attributes
    return _BOX_NAME_RE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}") is not None


def _in_box(node: Any) -> bool:
    """Whether `node` or one of its two enclosing elements is named as a box (a comment's
    text in `div.comment > div.comment_content > div.content`)."""
    for _ in range(3):
        if node is None:
            return False
        if _is_box(node):
            return True
        node = node.parent
    return False


# readability's share of a paragraph's score for each ancestor level above it.
ANCESTOR_SHARES = (1.0, 0.5, 1 / 6)
MIN_PARAGRAPH_CHARS = 40
SIBLING_SHARE = 0.2  # a sibling block scoring this share of the best one is the article's too


def _densest(tree: Any) -> Any:
    """readability's paragraph scoring: each paragraph gives its parent 1 + commas + one per
    100 characters (at most 3), its grandparent half, the next a sixth; link-heavy
    candidates lose. Paragraphs are `<p>`-like elements, and also the text a `<div>` or
    `<span>` holds itself (`<br>`-separated lines, text in nested blocks without `<p>`).
    When a sibling of the winner holds paragraphs too (an article spread over several
    blocks), their parent is the article."""
    scores: dict[int, tuple[float, Any]] = {}
    mass: dict[int, float] = {}  # the paragraph scores inside each element, up to MASS_LEVELS up
    for p in tree.css("p, pre, td, blockquote, div, span"):
        own = p.tag in ("div", "span")
        text = p.text(deep=not own, strip=True)
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        score = 1 + text.count(",") + min(len(text) / 100, 3)
        node = p
        if own and not _in_box(p):
            # Text a block holds itself is a paragraph inside it (readability wraps it in a
            # `<p>`): the block is a candidate too, beside its parent, which may hold a
            # sidebar's links (`<div class="col-9">text<br>text</div>` beside the menu).
            old = scores.get(p.mem_id, (0.0, p))[0]
            scores[p.mem_id] = (old + score * ANCESTOR_SHARES[0], p)
        for level in range(MASS_LEVELS):
            if node is None:
                break
            mass[node.mem_id] = mass.get(node.mem_id, 0.0) + score
            if 1 <= level <= len(ANCESTOR_SHARES):
                old = scores.get(node.mem_id, (0.0, node))[0]
                scores[node.mem_id] = (old + score * ANCESTOR_SHARES[level - 1], node)
            node = node.parent
    best: tuple[float, Any] | None = None
    for score, node in sorted(scores.values(), key=lambda pair: -pair[0]):
        if best is not None and score <= best[0]:
            break  # link density only lowers a score: no later candidate can win
        if _is_box(node):
            continue  # a box of other news or comments, however dense, is not the article
        score *= 1 - min(_link_density(node, len(node.text(deep=True, strip=True))), 1)
        if best is None or score > best[0]:
            best = (score, node)
    if best is None or best[0] < 5:
        return None
    return _with_siblings(best[1], mass)


MASS_LEVELS = 8


def _with_siblings(node: Any, mass: dict[int, float]) -> Any:
    """`node`, or the element around it when it is its parent's only element child, or
    their parent when a sibling element, no box, holds SIBLING_SHARE of its paragraphs'
    score (the article's text in several blocks)."""
    while node.parent is not None and node.parent.tag not in ("body", "html") and _only_child(node):
        node = node.parent
    parent = node.parent
    if parent is None or parent.tag in ("body", "html"):
        return node
    own = mass.get(node.mem_id, 0.0)
    sibling = parent.child
    while sibling is not None:
        held = mass.get(sibling.mem_id, 0.0) if sibling.mem_id != node.mem_id else 0.0
        if held and held >= SIBLING_SHARE * own and not _is_box(sibling):
            return parent
        sibling = sibling.next
    return node


def _only_child(node: Any) -> bool:
    sibling = node.parent.child
    while sibling is not None:
        if sibling.mem_id != node.mem_id and sibling.tag not in ("-text", "-comment"):
            return False
        sibling = sibling.next
    return True


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
    return node if len(node.text(deep=True, strip=True)) <= WIDEN_SHARE * inner + WIDEN_CHARS else container


def _drop_after(container: Any, root: Any, title_node: Any) -> None:
    """Removes what follows the container inside the element it was widened to: widening
    brings in the headline, dateline, byline and lead above the article; what comes after
    it there is the page's (share bars, tags, related stories, most-read lists, comments:
    every one of the 60 such blocks on the 52 widened pages of the peer suite)."""
    node = container
    while node is not None and node.mem_id != root.mem_id:
        sibling = node.next
        while sibling is not None:
            following = sibling.next
            if not _contains(sibling, title_node):
                sibling.decompose()
            sibling = following
        node = node.parent


# How much more text than the container the element around it and the headline may hold
# (a date, a byline, a lead, share buttons), and no more: a related-news list beside a short
# article must stay out.
WIDEN_SHARE, WIDEN_CHARS = 1.2, 500
TEASER_SHARE = 2  # a block by the headline with this many times a far container's text is the article


_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)


_BLOCK_TAG_RE = re.compile(rf"</?{trie_pattern(BLOCKS)}\b[^>]*>")  # serialised tags are lower case
# Two links or `<time>`s set side by side with no space between are two things a style
# sheet spaces apart (a byline's names), not one word: `</a><a` reads `A B`, never `AB`.
# Spans stay joined: a word split by its styling (`Arte<span>mis</span>`) is common.
_ADJACENT_ITEMS_RE = re.compile(r"(</a>|</time>)(?=<(?:a|time)\b)")
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
    lines = _block_lines(root)
    return lines.text, lines.kinds


_LINK_OPEN, _LINK_CLOSE = "\x01", "\x02"  # where link text starts and ends, in the lines
_LINK_OPEN_RE = re.compile(r"<a\b[^>]*>")


_IMAGE = "\x03"  # where an image stood, in the lines
_IMAGE_RE = re.compile(r"<(?:img|picture|video)\b[^>]*>")


@dataclass(slots=True)
class _Lines:
    text: str
    kinds: list[str]
    links: list[float]  # each line's share of link text; empty when no line holds a link
    images: list[bool]  # each line's standing right under an image (or beside it); empty: none


def _block_lines(root: Any) -> _Lines:
    """`_block_text`'s lines and kinds, with what the markup says of each line besides."""
    source = root.html or ""
    if "<!--" in source:
        source = _COMMENT_RE.sub(" ", source)
    if "<pre" in source:  # preformatted text (code, verse) keeps its lines
        source = _PRE_RE.sub(_pre_lines, source)
    source = source.replace("\n", " ").replace("\r", " ")
    if "</" in source:
        source = _ADJACENT_ITEMS_RE.sub(r"\1 ", source)
    marked, marks = _KIND_TAG_RE.subn(_KIND_MARK_REPL, source)
    if marks:
        source = marked
    # The serialiser writes no control characters below \t (the parser drops or replaces
    # them), so they serve as marks, unless a page brought its own: then it is read without.
    own_marks = any(m in source for m in (_LINK_OPEN, _LINK_CLOSE, _IMAGE)) or (
        marks and source.count(_KIND_MARK) != 2 * marks)
    if own_marks:
        source = _COMMENT_RE.sub(" ", root.html or "").replace("\n", " ").replace("\r", " ")
        marks = 0
    else:
        source = _LINK_OPEN_RE.sub(_LINK_OPEN, source).replace("</a>", _LINK_CLOSE)
        source = _IMAGE_RE.sub(_IMAGE, source)
    text = _plain_text(source)
    linked = not own_marks and _LINK_OPEN in text
    pictured = not own_marks and _IMAGE in text
    lines: list[str] = []
    kinds: list[str] = []
    links: list[float] = []
    images: list[bool] = []
    in_link = False  # a link around blocks (a teaser card) holds whole lines without a mark
    under_image = False
    for raw in text.split("\n"):
        kind = ""
        if marks and raw.startswith(_KIND_MARK):
            end = raw.index(_KIND_MARK, 1)
            kind, raw = raw[1:end], raw[end + 1 :]
        share = 1.0 if in_link else 0.0
        if linked and (_LINK_OPEN in raw or _LINK_CLOSE in raw):
            raw, share, in_link = _link_share(raw, in_link)
        if pictured and _IMAGE in raw:
            raw = raw.replace(_IMAGE, "")
            under_image = True
        if raw and not raw.isspace():
            lines.append(single_spaced(raw))
            kinds.append(kind)
            links.append(share)
            images.append(under_image)
            under_image = False
    return _Lines("\n".join(lines), kinds if marks else [], links if linked else [], images if pictured else [])


_PRE_RE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.DOTALL)


def _pre_lines(block: re.Match[str]) -> str:
    return block.group(0).replace("\r\n", "\n").replace("\n", "<br>")


def _link_share(raw: str, inside: bool) -> tuple[str, float, bool]:
    """The line without its link marks, the share of its visible characters inside a link
    (`inside`: the line starts inside one), and whether it ends inside one."""
    pieces = _LINK_MARK_RE.split(raw)  # text, mark, text, mark, ..., text
    total = linked = 0
    for k, piece in enumerate(pieces):
        if k % 2:
            inside = piece == _LINK_OPEN
            continue
        chars = len(piece) - piece.count(" ")
        total += chars
        linked += chars if inside else 0
    return "".join(pieces[0::2]), (linked / total if total else 0.0), inside


_LINK_MARK_RE = re.compile(f"([{_LINK_OPEN}{_LINK_CLOSE}])")


def _plain_text(source: str) -> str:
    if "<tr" in source:
        source = _ROW_RE.sub(_join_row, source)
    return unescape(_TAG_RE.sub("", _BLOCK_TAG_RE.sub("\n", source)))


# A table row whose cells hold only inline content is one line of data (`1 Kyle Busch
# 5040`, `Giá: 120.000 đồng`), as a reader reads it; a row of a layout table, whose cells
# hold paragraphs and boxes, keeps a line per block. Rows are matched innermost first.
_ROW_RE = re.compile(r"<tr\b[^>]*>((?:(?!</?tr\b).)*)</tr>", re.DOTALL)
_CELL_TAG_RE = re.compile(r"</?t[dh]\b[^>]*>")
_ROW_BLOCK_RE = re.compile(rf"</?{trie_pattern(BLOCKS - {'td', 'th'})}\b[^>]*>")


def _join_row(row: re.Match[str]) -> str:
    cells = row.group(1)
    if _ROW_BLOCK_RE.search(cells):
        return row.group(0)
    return f"<tr>{_CELL_TAG_RE.sub(' ', cells)}</tr>"
