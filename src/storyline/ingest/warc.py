"""WARC archives: the HTML responses they hold, one document each."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.errors import InputError
from storyline.ingest.decode import decode
from storyline.ingest.html import html_document
from storyline.records import Failure, RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Yield the HTML response records of a WARC file; a truncated or broken archive ends with a failure.

    The WARC date is when the page was crawled, not when it was published, so it is not used as a date.
    """
    name = str(path)
    html_seen = 0
    records_read = 0
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                records_read += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                status = record.http_headers.get_statuscode()
                if content_type not in _HTML_TYPES or not str(status).startswith("2"):
                    continue
                html_seen += 1
                source = f"{name}#{html_seen}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield Failure(source, f"{url}: page over the {max_bytes}-byte limit")
                    continue
                try:
                    text, encoding = decode(body, source)
                    yield html_document(text, source, url=url, source_path=name, fmt="warc", encoding=encoding)
                except InputError as exc:
                    yield Failure(source, f"{url}: {exc.reason}")
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield Failure(name, f"truncated or malformed WARC after {records_read} records ({detail})")
        return
    if records_read == 0:
        yield Failure(name, "no WARC records found")
