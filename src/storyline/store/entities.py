"""Storage of mentions and entities (migration ``0004_entities``).

Mentions are written once per article, when it is parsed, and again when the names stage's version changes;
entities are replaced as a whole by each analysis run, in one transaction, because one new article can show
two names to be one person.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from storyline.errors import NotFound
from storyline.records import Entity, Mention, MergeEvidence
from storyline.store import Database, _now, id_by_prefix, rows_in

__all__ = [
    "article_mentions",
    "entity_of_mentions",
    "get_entity",
    "list_entities",
    "mentions_of",
    "resolve_entity_id",
    "save_entities",
    "save_mentions",
    "stored_mentions",
    "unparsed_article_ids",
]


def unparsed_article_ids(db: Database, stage: str, version: int) -> list[str]:
    """Articles whose names were not read yet, or were read by a ``version`` of the names ``stage`` older
    than this one, in the order they were stored."""
    rows = db.conn.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_nlp) OR id NOT IN "
        "(SELECT article_id FROM article_stages WHERE stage = ? AND version >= ?) ORDER BY seq",
        (stage, version),
    )
    return [str(r[0]) for r in rows]


def save_mentions(db: Database, found: Mapping[str, Sequence[Mention]], stage: str, version: int) -> None:
    """Replace each article's mentions and mark it parsed by ``version`` of the names ``stage``, one
    transaction for the batch."""
    now = _now()
    with db.transaction() as conn:
        for article_id, mentions in found.items():
            conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            conn.executemany(
                "INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                [
                    (
                        m.id,
                        m.article_id,
                        m.start,
                        m.end,
                        m.text,
                        m.type,
                        m.canonical,
                        m.sentence_start,
                        m.sentence_end,
                        m.role,
                        m.expansion,
                        m.ner_label,
                        m.correction,
                    )
                    for m in mentions
                ],
            )
            conn.execute(
                "INSERT OR REPLACE INTO article_nlp VALUES (?, ?, ?)", (article_id, len(mentions), now)
            )
            conn.execute(
                "INSERT OR REPLACE INTO article_stages VALUES (?, ?, ?, ?, ?)",
                (article_id, stage, version, len(mentions), now),
            )


def _mention(r: sqlite3.Row) -> Mention:
    return Mention(
        r["id"],
        r["article_id"],
        int(r["start"]),
        int(r["end"]),
        r["text"],
        r["type"],
        r["canonical"],
        int(r["sentence_start"]),
        int(r["sentence_end"]),
        r["role"],
        r["expansion"],
        r["ner_label"],
        r["correction"],
    )


def stored_mentions(db: Database) -> dict[str, list[Mention]]:
    """Every stored mention, grouped by article (in offset order)."""
    out: dict[str, list[Mention]] = defaultdict(list)
    for r in db.conn.execute("SELECT * FROM mentions ORDER BY article_id, start, end"):
        out[r["article_id"]].append(_mention(r))
    return dict(out)


def article_mentions(db: Database, article_ids: Iterable[str]) -> dict[str, list[Mention]]:
    """The stored mentions of the given articles, by article (in offset order)."""
    out: dict[str, list[Mention]] = defaultdict(list)
    for r in rows_in(
        db.conn, "SELECT * FROM mentions WHERE article_id IN ({marks})", sorted(set(article_ids))
    ):
        out[r["article_id"]].append(_mention(r))
    for found in out.values():
        found.sort(key=lambda m: (m.start, m.end))
    return dict(out)


def entity_of_mentions(db: Database, mention_ids: Iterable[str]) -> dict[str, str]:
    """Mention id → the entity it resolved to, for the given mentions that have one."""
    sql = "SELECT id, entity_id FROM mentions WHERE entity_id IS NOT NULL AND id IN ({marks})"
    return {str(r[0]): str(r[1]) for r in rows_in(db.conn, sql, sorted(set(mention_ids)))}


def entity_names(db: Database, entity_ids: Iterable[str]) -> dict[str, str]:
    """Entity id → its canonical name, for the given ids that exist."""
    sql = "SELECT id, name FROM entities WHERE id IN ({marks})"
    return {str(r[0]): str(r[1]) for r in rows_in(db.conn, sql, sorted(set(entity_ids)))}


def save_entities(db: Database, entities: Iterable[Entity]) -> None:
    """Replace all entities, and point every mention at its entity."""
    with db.transaction() as conn:
        conn.execute("DELETE FROM entities")
        conn.execute("UPDATE mentions SET entity_id = NULL")
        for e in entities:
            lat, lon = e.coordinates if e.coordinates else (None, None)
            conn.execute(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    e.id,
                    e.name,
                    e.type,
                    json.dumps(list(e.aliases), ensure_ascii=False),
                    json.dumps(list(e.roles), ensure_ascii=False),
                    lat,
                    lon,
                    e.place_kind,
                    json.dumps(
                        [[x.left, x.right, x.reason, x.score] for x in e.evidence], ensure_ascii=False
                    ),
                ),
            )
            conn.executemany(
                "UPDATE mentions SET entity_id = ? WHERE id = ?", [(e.id, m) for m in e.mention_ids]
            )


def _entities(db: Database, where: str = "", params: Sequence[str] = ()) -> list[Entity]:
    rows = db.conn.execute(f"SELECT * FROM entities {where}", tuple(params)).fetchall()
    if not rows:
        return []
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    ids = [str(r["id"]) for r in rows]
    sql = (
        "SELECT id, article_id, entity_id FROM mentions WHERE entity_id IN ({marks}) "
        "ORDER BY article_id, start"
    )
    for m in rows_in(db.conn, sql, ids):
        members[m["entity_id"]].append((m["id"], m["article_id"]))
    out = []
    for r in rows:
        held = members[r["id"]]
        coordinates = (float(r["lat"]), float(r["lon"])) if r["lat"] is not None else None
        out.append(
            Entity(
                id=r["id"],
                name=r["name"],
                type=r["type"],
                aliases=tuple(json.loads(r["aliases"])),
                roles=tuple(json.loads(r["roles"])),
                article_ids=tuple(dict.fromkeys(a for _, a in held)),
                mention_ids=tuple(m for m, _ in held),
                coordinates=coordinates,
                place_kind=r["place_kind"],
                evidence=tuple(MergeEvidence(a, b, c, float(d)) for a, b, c, d in json.loads(r["evidence"])),
            )
        )
    return out


def list_entities(
    db: Database, article_ids: Iterable[str] | None = None, kind: str | None = None
) -> list[Entity]:
    """Entities, the most mentioned first; only those in ``article_ids`` (a story) or of type ``kind``."""
    entities = _entities(db, "WHERE type = ?", (kind.upper(),)) if kind else _entities(db)
    if article_ids is not None:
        wanted = set(article_ids)
        entities = [e for e in entities if wanted & set(e.article_ids)]
    return sorted(entities, key=lambda e: (-len(e.article_ids), -len(e.mention_ids), e.name))


def resolve_entity_id(db: Database, entity_id: str) -> str:
    """The id of an entity given by id or unique id prefix; :class:`NotFound` naming it otherwise."""
    return id_by_prefix(db.conn, "entities", "entity", entity_id.strip().lower(), entity_id)


def get_entity(db: Database, entity_id: str) -> Entity:
    """One entity by id or unique id prefix."""
    found = _entities(db, "WHERE id = ?", (resolve_entity_id(db, entity_id),))
    if not found:
        raise NotFound("entity", entity_id)
    return found[0]


def mentions_of(db: Database, entity: Entity) -> list[Mention]:
    """The mentions of one entity, article by article, in offset order."""
    rows = db.conn.execute(
        "SELECT * FROM mentions WHERE entity_id = ? ORDER BY article_id, start", (entity.id,)
    )
    return [_mention(r) for r in rows]
