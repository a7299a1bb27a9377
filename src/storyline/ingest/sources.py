"""Find the inputs behind the paths and URLs a user gives, and read each with the reader for its format."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest.decode import decode, sniff_binary
from storyline.ingest.feed import is_feed, read_feed
from storyline.ingest.fetch import Fetcher
from storyline.ingest.html import domain_of, html_document, looks_like_html
from storyline.ingest.jsonl import read_json_file
from storyline.ingest.warc import read_warc
from storyline.records import Failure, Hints, InputFormat, RawDocument

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
SUPPORTED = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES


@dataclass(frozen=True)
class InputItem:
    """One file or URL to read; ``explicit`` when the user named it rather than a folder holding it."""

    name: str
    is_url: bool
    explicit: bool


def is_url(text: str) -> bool:
    """True for an http(s) URL."""
    return text.startswith(("http://", "https://"))


def _supported(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED)


def plan_inputs(inputs: Sequence[str]) -> tuple[list[InputItem], list[Failure], int]:
    """Expand folders (recursively, hidden entries skipped, in sorted order) into the items to read.

    Returns the items, failures for paths that do not exist, and how many files in folders were skipped
    because their extension is not supported. An input given twice is read twice, so that the second time is
    reported as a duplicate rather than dropped in silence.
    """
    items: list[InputItem] = []
    failures: list[Failure] = []
    skipped = 0
    for given in inputs:
        if is_url(given):
            items.append(InputItem(given, True, True))
            continue
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(files):
                    if file.startswith("."):
                        continue
                    child = Path(root) / file
                    if not _supported(child):
                        skipped += 1
                        continue
                    items.append(InputItem(str(child), False, False))
        elif path.is_file():
            items.append(InputItem(given, False, True))
        else:
            failures.append(Failure(given, "no such file or folder"))
    return items, failures, skipped


def read_item(item: InputItem, fetcher: Fetcher | None, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Read one file or URL into documents; every problem becomes a :class:`Failure` naming the input."""
    try:
        if item.is_url:
            yield from _read_url(item.name, fetcher)
        else:
            yield from _read_file(Path(item.name), fetcher, max_bytes)
    except InputError as exc:
        yield Failure(exc.source, exc.reason)
    except OSError as exc:
        yield Failure(item.name, f"cannot read ({exc.strerror or exc})")


def _read_file(path: Path, fetcher: Fetcher | None, max_bytes: int) -> Iterator[RawDocument | Failure]:
    name = str(path)
    lower = path.name.lower()
    if lower.endswith(WARC_SUFFIXES):
        yield from read_warc(path, max_bytes)
        return
    if lower.endswith(JSON_SUFFIXES):
        yield from read_json_file(path, max_bytes)
        return
    size = path.stat().st_size
    if size == 0:
        yield Failure(name, "empty file")
        return
    if size > max_bytes:
        yield Failure(
            name, f"file of {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one document"
        )
        return
    data = path.read_bytes()
    if lower.endswith(FEED_SUFFIXES) or (not lower.endswith(SUPPORTED) and is_feed(data)):
        kind = sniff_binary(data)
        if kind is not None:
            yield Failure(name, f"binary file ({kind}), not a feed")
            return
        yield from read_feed(data, name, fetcher, source_path=name)
        return
    text, encoding = decode(data, name)
    if lower.endswith(HTML_SUFFIXES) or (not lower.endswith(SUPPORTED) and looks_like_html(text)):
        yield html_document(text, name, source_path=name, encoding=encoding)
        return
    fmt: InputFormat = "markdown" if lower.endswith(MARKDOWN_SUFFIXES) else "text"
    yield RawDocument(name, fmt, text, source_path=name, encoding=encoding)


def _read_url(url: str, fetcher: Fetcher | None) -> Iterator[RawDocument | Failure]:
    if fetcher is None:
        yield Failure(url, "fetching URLs is off")
        return
    page = fetcher.get(url)
    if is_feed(page.content) or page.content_type in ("application/rss+xml", "application/atom+xml"):
        yield from read_feed(page.content, url, fetcher)
        return
    text, encoding = decode(page.content, url)
    if page.content_type in ("text/html", "application/xhtml+xml") or looks_like_html(text):
        yield html_document(text, url, url=page.url, fmt="url", encoding=encoding)
        return
    if page.content_type.startswith("text/") or not page.content_type:
        yield RawDocument(
            url, "url", text, hints=Hints(url=page.url, outlet=domain_of(page.url)), encoding=encoding
        )
        return
    yield Failure(url, f"unsupported content type {page.content_type}")
