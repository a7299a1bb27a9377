"""HTML pages to main text and the metadata their markup states (trafilatura, htmldate)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement

from storyline.errors import EmptyInput, MalformedInput
from storyline.records import Hints, InputFormat, RawDocument

# Only markup is trusted for dates (meta tags, JSON-LD, <time>): a date in a sentence is not a publication
# date. htmldate (inside trafilatura) also takes dates from the URL and from ISO dates in the page text, so
# Storyline reads the markup itself (:func:`markup_date_of`) and leaves trafilatura's date aside.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": None}
_DATE_META = {
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "publish_date",
    "publish-date",
    "publishdate",
    "published-date",
    "publication_date",
    "publication-date",
    "datepublished",
    "date_published",
    "pubdate",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "originalpublicationdate",
    "article.published",
    "article_date_original",
    "date",
    "og:pubdate",
    "release_date",
}
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"\\]{4,40})"')
_DATE_AREA = re.compile(
    r"publish|posted|dateline|byline|timestamp|\bdate\b|[-_]date\b|\bdate[-_]|article-meta"
)
_UPDATED = re.compile(r"updat|modif|revis", re.I)
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|first published)\s*:?\s*(?:on\s*)?$", re.I)
_TIME_XPATH = (
    '//time[@datetime][@pubdate or @itemprop="datePublished" or contains(@class, "publish")]'
    '|//*[@itemprop="datePublished"][@content or @datetime]'
)
_TAG = re.compile(r"<\s*(html|body|p|div|article|head|title)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment rather than plain text."""
    return bool(_TAG.search(text[:5000]))


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without a leading ``www.``, or None."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def html_document(
    html: str,
    source: str,
    *,
    url: str | None = None,
    hints: Hints | None = None,
    source_path: str | None = None,
    fmt: InputFormat = "html",
    encoding: str = "utf-8",
) -> RawDocument:
    """Extract the main text of an HTML page; metadata from ``hints`` wins over what the markup says."""
    if not html.strip():
        raise EmptyInput(source, "empty HTML page")
    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            raise MalformedInput(source, "cannot parse HTML")
        markup_date = markup_date_of(tree)
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError) as exc:
        raise MalformedInput(source, f"cannot parse HTML ({exc})") from None
    if doc is None:
        raise EmptyInput(source, "no article text found in the HTML page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = str(meta.get("text") or "")
    if not text.strip():
        raise EmptyInput(source, "no article text found in the HTML page")
    # trafilatura separates paragraphs with one newline; Storyline uses blank lines between paragraphs.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    page_url = url or meta.get("url")
    given = hints or Hints()
    # The byline element often credits an agency ("By X for AFP") that trafilatura's author field drops.
    markup_byline = markup_byline_text(html)
    sitename = meta.get("sitename")
    if sitename and sitename.lower().removeprefix("www.") == domain_of(page_url):
        sitename = None  # trafilatura's fallback to the URL's host: the URL states it, not the markup
    merged = Hints(
        title=given.title or meta.get("title"),
        url=given.url or page_url,
        outlet=given.outlet or sitename,
        byline=given.byline or markup_byline or meta.get("author"),
        published=given.published or markup_date,
        published_source=given.published_source or ("html-meta" if markup_date else None),
        language=given.language or meta.get("language"),
    )
    return RawDocument(
        source=source,
        format=fmt,
        text=text,
        hints=merged,
        source_path=source_path,
        html=None,
        encoding=encoding,
    )


def markup_date_of(tree: HtmlElement) -> str | None:
    """The publication date the page's markup states (meta tags, JSON-LD ``datePublished``, a ``<time>``
    marked as the publication time), or None. Dates in the text or in the URL are not markup."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key in _DATE_META and value:
            return value
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        match = _JSONLD_DATE.search(script.text or "")
        if match:
            return match[1].strip()
    for element in tree.xpath(_TIME_XPATH):
        value = (element.get("datetime") or element.get("content") or "").strip()
        if value:
            return value
    # <span class="date">Published <time datetime="2025-03-13">: a <time> in the page's date or byline area
    for element in tree.xpath("//time[@datetime]"):
        around = [element, *list(element.iterancestors())[:3]]
        context = " ".join(f"{a.get('class') or ''} {a.get('id') or ''}" for a in around).lower()
        parent = element.getparent()
        before = (parent.text or "") if parent is not None else ""
        if _UPDATED.search(context) or _UPDATED.search(before):
            continue
        if _DATE_AREA.search(context) or _PUBLISHED_WORD.search(before):
            value = (element.get("datetime") or "").strip()
            if value:
                return value
    return None


_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td"}


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    from lxml import etree
    from lxml import html as lxml_html

    if not looks_like_html(fragment) and "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    blocks = [el for el in root.iter() if isinstance(el.tag, str) and el.tag in _BLOCKS]
    blocks = [
        el for el in blocks if not any(a.tag in _BLOCKS for a in el.iterancestors() if isinstance(a.tag, str))
    ]
    if not blocks:
        return " ".join(root.text_content().split())
    paragraphs = [" ".join(el.text_content().split()) for el in blocks]
    return "\n\n".join(p for p in paragraphs if p)


_BYLINE_XPATH = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ') or contains(@class, 'byline')"
    " or @itemprop='author' or contains(@class, 'author-name') or contains(@class, 'article-author')]"
)


def markup_byline_text(html: str) -> str | None:
    """The text of the page's byline element (``class="byline"``, ``itemprop="author"``), or None."""
    from lxml import etree
    from lxml import html as lxml_html

    if "byline" not in html and "author" not in html:
        return None
    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for element in root.xpath(_BYLINE_XPATH):
        text = " ".join(element.text_content().split())
        if text and len(text.split()) <= 15:
            return text
    return None
