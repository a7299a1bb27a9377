"""RSS and Atom feeds: one document per entry; an entry that carries only a summary has its page fetched."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from storyline.errors import InputError
from storyline.ingest.decode import decode
from storyline.ingest.fetch import Fetcher
from storyline.ingest.html import domain_of, fragment_text, html_document
from storyline.records import Failure, Hints, RawDocument

# An entry shorter than this, with a link, is a teaser: the article is on the linked page.
_MIN_FULL_WORDS = 80


def is_feed(data: bytes) -> bool:
    """True when ``data`` starts like an RSS, RDF or Atom document."""
    head = data[:2000].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head) and b"<html" not in head


def read_feed(
    data: bytes, source: str, fetcher: Fetcher | None, source_path: str | None = None
) -> Iterator[RawDocument | Failure]:
    """Yield one document (or failure) per feed entry."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = "not an RSS/Atom feed"
        if parsed.bozo:
            reason += f" ({str(parsed.get('bozo_exception', '')).strip() or 'not XML'})"
        else:
            reason = "feed has no entries"
        yield Failure(source, reason)
        return
    channel = parsed.feed
    outlet = channel.get("title") or domain_of(channel.get("link"))
    for number, entry in enumerate(parsed.entries, start=1):
        entry_source = f"{source}#{number}"
        link = entry.get("link")
        published, precision_source = _entry_date(entry)
        hints = Hints(
            title=entry.get("title"),
            url=link,
            outlet=outlet,
            byline=entry.get("author"),
            published=published,
            published_source=precision_source,
            language=channel.get("language"),
        )
        content = ""
        if entry.get("content"):
            content = fragment_text(entry["content"][0].get("value", ""))
        summary = fragment_text(entry.get("summary", "") or "")
        text = content if len(content.split()) >= len(summary.split()) else summary
        if len(text.split()) >= _MIN_FULL_WORDS or not link:
            if not text.strip():
                yield Failure(entry_source, "feed entry has no text and no link")
                continue
            yield RawDocument(entry_source, "feed", text, hints=hints, source_path=source_path)
            continue
        if fetcher is None:
            yield Failure(entry_source, f"entry carries only a summary and fetching is off ({link})")
            continue
        try:
            page = fetcher.get(link)
            html, encoding = decode(page.content, link)
            yield html_document(
                html,
                entry_source,
                url=page.url,
                hints=hints,
                source_path=source_path,
                fmt="feed",
                encoding=encoding,
            )
        except InputError as exc:
            yield Failure(entry_source, f"summary only, and the linked page failed: {exc}")


def _entry_date(entry: feedparser.FeedParserDict) -> tuple[str | None, str | None]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", value), "feed"
    return None, None
