"""Storage of the facts-and-time and actions stages' records (migration ``0006_facts_time``), and the story
views built from them: facts aligned across outlets (agreement and conflict), the merged timeline, and who did
what to whom.

Each article's time expressions, quantities, facts, dated events and actions are kept as one JSON array of
typed records per kind. The records are frozen dataclasses; :func:`encode` and :func:`decode` convert them
with their type hints, so a field added to a record needs no new column.
"""

from __future__ import annotations

import json
import types
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, fields, is_dataclass
from datetime import date
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from storyline.actions import Action, ActionGroup, merge_actions
from storyline.fact_align import align_facts
from storyline.facts import Fact, FactGroup
from storyline.records import Quantity, Story, TimeExpression
from storyline.store import Database, _now, rows_in
from storyline.store.entities import entity_names, entity_of_mentions
from storyline.store.stories import origin_of, published_dates
from storyline.timeline import DatedEvent, TimelineEntry, left_out, merge_timeline

__all__ = [
    "KINDS",
    "article_items",
    "decode",
    "encode",
    "save_items",
    "story_actions",
    "story_fact_groups",
    "story_timeline",
]

T = TypeVar("T")
# The kinds of record stored, and their types.
KINDS: dict[str, type] = {
    "timexes": TimeExpression,
    "quantities": Quantity,
    "facts": Fact,
    "events": DatedEvent,
    "actions": Action,
}
# The stage that writes each kind (see :mod:`storyline.extract`).
STAGE_OF: dict[str, str] = {
    "timexes": "facts",
    "quantities": "facts",
    "facts": "facts",
    "events": "facts",
    "actions": "actions",
}


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def encode(records: Sequence[Any]) -> str:
    """One JSON array of dataclass records (dates as ISO strings)."""
    return json.dumps([_plain(asdict(r)) for r in records], ensure_ascii=False)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value, strict=True))
    if origin is Literal:
        return value
    if hint is date:
        return date.fromisoformat(value)
    if isinstance(hint, type) and is_dataclass(hint):
        return _record(hint, value)
    return value


def _record(cls: type[T], data: Mapping[str, Any]) -> T:
    hints = get_type_hints(cls)
    return cls(**{f.name: _convert(hints[f.name], data[f.name]) for f in fields(cls) if f.name in data})  # type: ignore[arg-type]


def decode(cls: type[T], data: str) -> list[T]:
    """The records of :func:`encode`'s output, rebuilt as ``cls`` with the types their hints give."""
    return [_record(cls, item) for item in json.loads(data)]


def save_items(
    db: Database, found: Mapping[str, Mapping[str, Sequence[Any]]], stage: str, version: int
) -> None:
    """Replace each article's records of each kind (article id → kind → records) and mark ``stage`` done."""
    now = _now()
    with db.transaction() as conn:
        for article_id, by_kind in found.items():
            conn.executemany(
                "DELETE FROM article_items WHERE article_id = ? AND kind = ?",
                [(article_id, k) for k in by_kind],
            )
            conn.executemany(
                "INSERT INTO article_items VALUES (?, ?, ?, ?)",
                [(article_id, kind, len(records), encode(records)) for kind, records in by_kind.items()],
            )
            conn.execute(
                "INSERT OR REPLACE INTO article_stages VALUES (?, ?, ?, ?, ?)",
                (article_id, stage, version, sum(len(r) for r in by_kind.values()), now),
            )


def article_items(db: Database, kind: str, article_ids: Iterable[str]) -> dict[str, list[Any]]:
    """The stored records of ``kind`` ("timexes", "quantities", "facts", "events") of the given articles."""
    cls = KINDS[kind]
    sql = "SELECT article_id, data FROM article_items WHERE kind = ? AND article_id IN ({marks})"
    out: dict[str, list[Any]] = defaultdict(list)
    unreadable = []
    for r in rows_in(db.conn, sql, sorted(set(article_ids)), before=(kind,)):
        try:
            out[str(r["article_id"])] = decode(cls, r["data"])
        except (ValueError, TypeError, KeyError, AttributeError):
            unreadable.append(str(r["article_id"]))
    if unreadable:
        # Derived data only: an unreadable row (damaged, or written by an older record shape) is dropped
        # with its stage mark, so the next `storyline analyse` extracts it again from the article.
        stage = STAGE_OF[kind]
        with db.transaction() as conn:
            for article_id in unreadable:
                conn.execute(
                    "DELETE FROM article_items WHERE article_id = ? AND kind = ?", (article_id, kind)
                )
                conn.execute(
                    "DELETE FROM article_stages WHERE article_id = ? AND stage = ?", (article_id, stage)
                )
    return dict(out)


def story_fact_groups(db: Database, story: Story, texts: Mapping[str, str] | None = None) -> list[FactGroup]:
    """The facts of ``story``'s articles aligned across them: agreed, compatible, in tension or in conflict,
    each value with its articles and origin count (conflicts first). ``texts`` (article id → text) spares
    reading the articles again when the caller holds them."""
    facts = article_items(db, "facts", story.article_ids)
    if texts is None:
        texts = {a: db.get_article(a).text for a in facts}
    return align_facts(facts, origin_of(db, story.article_ids), published_dates(db, story.article_ids), texts)


def story_timeline(db: Database, story: Story) -> tuple[list[TimelineEntry], int]:
    """The timeline of ``story``: its articles' dated events merged and ordered by date, and how many dated
    events were left out (unanchored, or dated only by "since", "by", "until")."""
    events = article_items(db, "events", story.article_ids)
    return merge_timeline(
        events, origin_of(db, story.article_ids), published_dates(db, story.article_ids)
    ), left_out(events)


def story_actions(db: Database, story: Story) -> list[ActionGroup]:
    """Who did what to whom in ``story``: its articles' actions merged by actor and target entity and class,
    each with its articles and origin count (most origins first)."""
    actions = article_items(db, "actions", story.article_ids)
    mention_ids = [
        m for acts in actions.values() for a in acts for m in (a.actor_mention_id, a.target_mention_id) if m
    ]
    entity_of = entity_of_mentions(db, mention_ids)
    return merge_actions(
        actions,
        origin_of(db, story.article_ids),
        published_dates(db, story.article_ids),
        entity_of,
        names=entity_names(db, entity_of.values()),
    )
