"""WARC archives: the HTML responses they hold, one document each.

A truncated archive (a crawl cut short, a partial download) keeps the records before the cut: they are read,
and the cut becomes one failure naming the file. A gzip-compressed archive is decompressed with Python's
``gzip`` (which notices a missing end of stream) rather than by warcio (which quietly stops there).
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from storyline.errors import InputError
from storyline.ingest.decode import decode
from storyline.ingest.html import html_document
from storyline.records import Failure, RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DRAIN = 1 << 16


class _CutShort(Exception):
    """The archive ends in the middle of a record or of a gzip stream."""


class _Reader:
    """The archive's (decompressed) bytes, counted; a gzip stream that ends before its end-of-stream marker
    reads as a plain end of file, and the reader remembers why (``truncated``)."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as probe:
            self.compressed = probe.read(2) == b"\x1f\x8b"
        self.inner: gzip.GzipFile | io.BufferedReader = (
            gzip.GzipFile(path, "rb") if self.compressed else open(path, "rb")  # noqa: SIM115 - closed by close()
        )
        self.truncated: str | None = None
        self.pos = 0

    def read(self, size: int = -1) -> bytes:
        chunks: list[bytes] = []
        wanted = size if size is not None and size >= 0 else 1 << 62
        while wanted > 0 and self.truncated is None:
            try:
                # read1: a missing end of stream must not lose the bytes decompressed before it
                chunk = self.inner.read1(min(wanted, _DRAIN)) if self.compressed else self.inner.read(wanted)
            except (EOFError, zlib.error, OSError) as exc:
                self.truncated = _detail(exc)
                break
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
            if not self.compressed:
                break
        data = b"".join(chunks)
        self.pos += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        if self.truncated is not None:
            return b""
        try:
            line = self.inner.readline(size)
        except (EOFError, zlib.error, OSError) as exc:
            self.truncated = _detail(exc)
            return b""
        self.pos += len(line)
        return line

    def tell(self) -> int:
        return self.pos

    def close(self) -> None:
        self.inner.close()


def _detail(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _html_body(record: Any, max_bytes: int) -> tuple[str | None, bytes | None]:
    """Read one record to its end; return the URL and body of an HTML response (None otherwise).

    Raises :class:`_CutShort` when the record holds fewer bytes than its header announces.
    """
    body: bytes | None = None
    url: str | None = None
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
        status = str(record.http_headers.get_statuscode())
        if content_type in _HTML_TYPES and status.startswith("2"):
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read(max_bytes + 1)
    raw = record.raw_stream
    while raw.read(_DRAIN):
        pass
    if getattr(raw, "limit", 0) > 0:
        target = record.rec_headers.get_header("WARC-Target-URI") or ""
        raise _CutShort(f"record {target} is cut short".replace("  ", " "))
    return url, body


def read_warc(path: Path, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Yield the HTML response records of a WARC file; a truncated or broken archive ends with a failure.

    The WARC date is when the page was crawled, not when it was published, so it is not used as a date.
    """
    name = str(path)
    html_seen = 0
    records_read = 0
    handle = _Reader(path)
    try:
        archive = ArchiveIterator(handle)
        records = iter(archive)
        while True:
            try:
                record = next(records)
                url, body = _html_body(record, max_bytes)
            except StopIteration:
                break
            except _CutShort as exc:
                yield Failure(name, f"truncated WARC: {exc} after {records_read} complete records")
                return
            except Exception as exc:  # warcio raises many kinds of errors on broken archives
                # warcio's AttributeError/TypeError on a header cut in half says nothing to a user
                broken_header = isinstance(exc, AttributeError | TypeError)
                detail = "unreadable record header" if broken_header else _detail(exc)
                yield Failure(name, f"truncated or malformed WARC after {records_read} records ({detail})")
                return
            records_read += 1
            if body is None:
                continue
            html_seen += 1
            source = f"{name}#{html_seen}"
            if len(body) > max_bytes:
                yield Failure(source, f"{url}: page over the {max_bytes}-byte limit")
                continue
            try:
                text, encoding = decode(body, source)
                yield html_document(text, source, url=url, source_path=name, fmt="warc", encoding=encoding)
            except InputError as exc:
                yield Failure(source, f"{url}: {exc.reason}")
    finally:
        handle.close()
    if handle.truncated is not None:
        yield Failure(name, f"truncated gzip after {records_read} complete records ({handle.truncated})")
        return
    if handle.pos > archive.offset:
        # warcio stops quietly when the file ends inside a record's headers
        yield Failure(name, f"truncated WARC: it ends inside a record after {records_read} complete records")
        return
    if records_read == 0:
        yield Failure(name, "no WARC records found")
    elif html_seen == 0:
        yield Failure(name, f"no HTML response among its {records_read} WARC records")
