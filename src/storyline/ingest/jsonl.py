"""JSON and JSON Lines: one article per object.

Fields read (all but the text optional): ``text`` (or ``body``, ``content``) or ``html`` (a page to extract
from), ``title`` (or ``headline``), ``url`` (or ``link``), ``outlet`` (or ``source``, ``site``),
``published`` (or ``date``, ``published_at``), ``byline`` (or ``author``, ``authors``), ``language`` (or
``lang``). A ``.json`` file holds one object or a list of objects; a ``.jsonl`` file one object a line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.errors import EmptyInput, InputError, InputTooLarge, MalformedInput
from storyline.ingest.decode import repair_mojibake
from storyline.ingest.html import html_document
from storyline.records import Failure, Hints, RawDocument

_TEXT_KEYS = ("text", "body", "content", "article", "maintext")
_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "outlet": ("outlet", "source", "site", "publisher", "source_domain"),
    "published": ("published", "date", "published_at", "date_publish", "pubdate"),
    "byline": ("byline", "author", "authors"),
    "language": ("language", "lang"),
}


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if isinstance(value, dict):
            value = value.get("name")
        if value not in (None, ""):
            return str(value).strip()
    return None


def document_from_object(obj: Any, source: str, source_path: str) -> RawDocument:
    """Turn one decoded JSON object into a document, or raise an :class:`InputError` naming ``source``."""
    if not isinstance(obj, dict):
        raise MalformedInput(source, f"expected a JSON object, got {type(obj).__name__}")
    fields = {name: _first(obj, keys) for name, keys in _FIELDS.items()}
    hints = Hints(
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
        byline=fields["byline"],
        published=fields["published"],
        published_source="json" if fields["published"] else None,
        language=fields["language"],
    )
    text = _first(obj, _TEXT_KEYS)
    if text:
        return RawDocument(source, "json", repair_mojibake(text), hints=hints, source_path=source_path)
    html = obj.get("html")
    if isinstance(html, str) and html.strip():
        return html_document(html, source, url=hints.url, hints=hints, source_path=source_path, fmt="json")
    raise EmptyInput(source, "no text: the object has none of the fields " + ", ".join((*_TEXT_KEYS, "html")))


def read_json_file(path: Path, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Read a ``.jsonl`` or ``.json`` file; a broken line is one failure, the other lines still count."""
    name = str(path)
    if path.suffix.lower() == ".json":
        if path.stat().st_size > max_bytes:
            yield Failure(
                name, f"JSON file over the {max_bytes}-byte limit (use JSON Lines for large batches)"
            )
            return
        try:
            data = json.loads(path.read_bytes())
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield Failure(name, f"invalid JSON ({exc})")
            return
        items = data if isinstance(data, list) else [data]
        for number, obj in enumerate(items, start=1):
            yield _safe(obj, f"{name}#{number}", name)
        return
    with path.open("rb") as handle:
        number = 0
        while raw := handle.readline(max_bytes + 1):
            number += 1
            source = f"{name}#{number}"
            if len(raw) > max_bytes:
                # never hold more than the limit in memory: skip the rest of the line in chunks
                while raw and not raw.endswith(b"\n"):
                    raw = handle.readline(1 << 20)
                yield Failure(source, InputTooLarge(source, f"line over the {max_bytes}-byte limit").reason)
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Failure(source, f"invalid JSON ({exc})")
                continue
            yield _safe(obj, source, name)


def _safe(obj: Any, source: str, path: str) -> RawDocument | Failure:
    try:
        return document_from_object(obj, source, path)
    except InputError as exc:
        return Failure(exc.source, exc.reason)
