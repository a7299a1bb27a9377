"""Typed records passed between pipeline stages.

All records are frozen dataclasses without mutable defaults: a stage returns new records and never edits
old ones.
Character offsets always point into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DatePrecision = Literal["year", "month", "day", "minute"]
InputFormat = Literal["text", "markdown", "html", "json", "warc", "feed", "url"]


@dataclass(frozen=True)
class Hints:
    """Metadata that a container states about a document (feed entry, JSON fields, HTML meta, WARC header).

    A hint is what the container says, not a guess; ``None`` means the container is silent.
    """

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    published_source: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """One document as read from its source, before cleaning.

    ``text`` is plain text with paragraphs separated by blank lines; for HTML it is the extracted main text.
    ``source`` names where it came from: a path, ``path#N`` for the N-th record of a container, or a URL.
    """

    source: str
    format: InputFormat
    text: str
    hints: Hints = field(default_factory=Hints)
    encoding: str = "utf-8"
    source_path: str | None = None
    html: str | None = None


@dataclass(frozen=True)
class RemovedLine:
    """A line or fragment that cleaning took out of the text, with the rule that took it."""

    text: str
    reason: str
    line: int


@dataclass(frozen=True)
class Article:
    """One clean article, identified by the hash of its clean text.

    ``published`` is an ISO 8601 date or datetime; ``published_precision`` says how much of it the source
    states and ``published_source`` where it was read (header, html-meta, feed, json, text-line, url).
    Fields the source does not state are ``None``: nothing is guessed.
    """

    id: str
    source: str
    format: InputFormat
    title: str | None
    text: str
    source_path: str | None = None
    url: str | None = None
    outlet: str | None = None
    outlet_source: str | None = None
    byline: str | None = None
    published: str | None = None
    published_precision: DatePrecision | None = None
    published_source: str | None = None
    wire_credits: tuple[str, ...] = ()
    language: str | None = None
    encoding: str = "utf-8"
    removed: tuple[RemovedLine, ...] = ()
    body_hash: str = ""


@dataclass(frozen=True)
class Failure:
    """An input that could not be ingested, and why (one line naming the input)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class IngestReport:
    """What one ``ingest`` call did."""

    ingested: tuple[str, ...]
    duplicates: tuple[tuple[str, str], ...]
    failures: tuple[Failure, ...]
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failures
