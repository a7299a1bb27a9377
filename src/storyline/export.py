"""Export the store following the public export contract (see DESIGN.md and the README).

Field names are a public interface: change them only with a version bump documented in the README.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, Literal

from storyline.records import Article
from storyline.store import Database

EXPORT_VERSION = "1"
ExportFormat = Literal["json", "jsonl", "csv"]
ARTICLE_FIELDS = (
    "id",
    "source_path",
    "url",
    "outlet",
    "title",
    "published",
    "published_precision",
    "published_source",
    "byline",
    "wire_credits",
    "language",
)


def article_record(article: Article) -> dict[str, Any]:
    """The exported form of one article: contract fields first, then Storyline's extras."""
    return {
        "id": article.id,
        "source_path": article.source_path,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "published_precision": article.published_precision,
        "published_source": article.published_source,
        "byline": article.byline,
        "wire_credits": list(article.wire_credits),
        "language": article.language,
        "text": article.text,
    }


def export_data(db: Database, include_text: bool = False) -> dict[str, Any]:
    """The whole export as one JSON-ready dict: ``articles`` and ``stories`` (empty until stories exist)."""
    articles = []
    for article in db.iter_articles():
        record = article_record(article)
        if not include_text:
            record.pop("text")
        articles.append(record)
    return {"version": EXPORT_VERSION, "articles": articles, "stories": []}


def iter_export(db: Database, fmt: ExportFormat, include_text: bool = False) -> Iterator[str]:
    """Yield the export in ``fmt``: json (one document), jsonl (one record a line) or csv (articles)."""
    if fmt == "json":
        yield json.dumps(export_data(db, include_text), ensure_ascii=False, indent=2) + "\n"
        return
    if fmt == "jsonl":
        for article in db.iter_articles():
            record = {"type": "article", **article_record(article)}
            if not include_text:
                record.pop("text")
            yield json.dumps(record, ensure_ascii=False) + "\n"
        return
    fields = [*ARTICLE_FIELDS, *(["text"] if include_text else [])]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    yield buffer.getvalue()
    for article in db.iter_articles():
        buffer.seek(0)
        buffer.truncate()
        record = article_record(article)
        record["wire_credits"] = ";".join(record["wire_credits"])
        writer.writerow({k: _csv_safe(v) for k, v in record.items()})
        yield buffer.getvalue()


def _csv_safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas: a cell from an article must never run as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
