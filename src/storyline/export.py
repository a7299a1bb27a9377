"""Export the store following the public export contract (see DESIGN.md and the README).

Field names are a public interface: change them only with a version bump documented in the README.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

from storyline.actions import ActionGroup
from storyline.brief import Brief
from storyline.facts import FactGroup
from storyline.positions import Position
from storyline.records import Article, Derivation, Entity, Origin, QuoteGroup, Story
from storyline.store import Database
from storyline.store.briefs import story_articles, story_brief, story_positions
from storyline.store.entities import list_entities
from storyline.store.items import story_actions, story_fact_groups, story_timeline
from storyline.store.quotes import story_quote_groups
from storyline.store.stories import list_stories, story_derivations, story_of_articles, story_origins
from storyline.timeline import TimelineEntry

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


def derivation_record(d: Derivation) -> dict[str, Any]:
    """The exported form of one derivation: contract fields (from, to, kind, score), then the rule that
    chose the direction and the aligned passages (offsets into the ``from`` and ``to`` texts)."""
    return {
        "from": d.from_id,
        "to": d.to_id,
        "kind": d.kind,
        "score": d.score,
        "direction": d.direction,
        "evidence": [
            {
                "from_start": p.from_start,
                "from_end": p.from_end,
                "to_start": p.to_start,
                "to_end": p.to_end,
                "similarity": p.similarity,
                "match": p.match,
            }
            for p in d.evidence
        ],
    }


def origin_record(o: Origin) -> dict[str, Any]:
    """The exported form of one origin."""
    return {"id": o.id, "article_ids": list(o.article_ids), "credited_to": o.credited_to}


def entity_record(entity: Entity, story_of: Mapping[str, str]) -> dict[str, Any]:
    """The exported form of one entity: contract fields (id, name, type, aliases, article_ids), then roles,
    stories, coordinates and the evidence of each merge."""
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "article_ids": list(entity.article_ids),
        "roles": list(entity.roles),
        "story_ids": sorted({story_of[a] for a in entity.article_ids if a in story_of}),
        "mentions": len(entity.mention_ids),
        "coordinates": list(entity.coordinates) if entity.coordinates else None,
        "place_kind": entity.place_kind,
        "merged": [
            {"names": [e.left, e.right], "reason": e.reason, "score": e.score} for e in entity.evidence
        ],
    }


def quote_record(group: QuoteGroup) -> dict[str, Any]:
    """The exported form of a quotation grouped across a story's articles (contract fields first)."""
    return {
        "text": group.text,
        "speaker": group.speaker,
        "speaker_entity_id": group.speaker_entity_id,
        "kind": group.kind,
        "article_ids": list(group.article_ids),
        "id": group.id,
        "audience": group.audience,
        "first_article_id": group.first_article_id,
        "first_seen": group.first_seen,
        "origin_count": group.origin_count,
        "spans": [{"article_id": a, "start": start, "end": end} for a, start, end in group.spans],
    }


def _best_value(group: FactGroup) -> str:
    """The value most origins state (the first listed on a tie)."""
    return max(group.values, key=lambda v: v.origin_count).value


def fact_record(group: FactGroup) -> dict[str, Any]:
    """The exported form of a fact aligned across a story's articles (contract fields first): ``value`` is
    the value most origins state, ``values`` every value with its articles and origins."""
    return {
        "subject": group.subject,
        "value": _best_value(group),
        "unit": group.unit,
        "article_ids": list(group.article_ids),
        "status": group.status,
        "id": group.id,
        "attribute": group.attribute,
        "per": group.per,
        "relation": group.relation,
        "origin_count": group.origin_count,
        "values": [
            {"value": v.value, "article_ids": list(v.article_ids), "origin_count": v.origin_count}
            for v in group.values
        ],
        "statements": [
            {"article_id": f.article_id, "start": f.start, "end": f.end, "text": f.text} for f in group.facts
        ],
    }


def conflict_record(group: FactGroup) -> dict[str, Any]:
    """The exported form of a conflict: what it is about and every value with its articles and origins."""
    return {
        "subject": group.subject,
        "values": [
            {"value": v.value, "article_ids": list(v.article_ids), "origin_count": v.origin_count}
            for v in group.values
        ],
        "id": group.id,
        "relation": group.relation,
        "attribute": group.attribute,
    }


def timeline_record(entry: TimelineEntry) -> dict[str, Any]:
    """The exported form of one timeline entry (contract fields first)."""
    return {
        "date": entry.date,
        "text": entry.text,
        "article_ids": list(entry.article_ids),
        "id": entry.id,
        "granularity": entry.granularity,
        "origin_count": entry.origin_count,
        "article_id": entry.article_id,
        "participants": list(entry.participants),
    }


def action_record(group: ActionGroup) -> dict[str, Any]:
    """The exported form of an action merged across a story's articles (contract fields first)."""
    return {
        "actor": group.actor,
        "action": group.action_class,
        "target": group.target,
        "date": group.date,
        "article_ids": list(group.article_ids),
        "id": group.id,
        "first_reported": group.first_reported,
        "actor_key": group.actor_key,
        "target_key": group.target_key,
        "modalities": list(group.modalities),
        "origin_count": group.origin_count,
        "text": group.text,
        "spans": [{"article_id": a, "start": start, "end": end} for a, start, end in group.spans],
    }


def position_record(position: Position) -> dict[str, Any]:
    """The exported form of one party's position in a story: who, under which names, and the ids of its action
    groups and quote groups (exported in full beside it)."""
    return {
        "party": position.name,
        "key": position.key,
        "members": list(position.members),
        "action_ids": [g.id for g in position.actions],
        "quote_ids": [g.id for g in position.quotes],
        "article_ids": list(position.article_ids),
        "origin_count": position.origin_count,
    }


def brief_record(brief: Brief) -> dict[str, Any]:
    """The exported form of a story's brief: its headline and its sentences (contract fields first)."""
    return {
        "headline": {"text": brief.headline, "article_id": brief.headline_article_id},
        "brief": [
            {
                "text": s.text,
                "article_ids": list(s.article_ids),
                "role": s.role,
                "party": s.party,
                "origin_count": s.origin_count,
                "sources": [{"article_id": a, "start": start, "end": end} for a, start, end in s.sources],
            }
            for s in brief.sentences
        ],
    }


def entities_by_article(entities: Iterable[Entity]) -> dict[str, list[Entity]]:
    """Article id → the entities it names, in the order given (built once for a whole export)."""
    out: dict[str, list[Entity]] = {}
    for e in entities:
        for article_id in e.article_ids:
            out.setdefault(article_id, []).append(e)
    return out


def story_record(
    db: Database,
    story: Story,
    entities: Mapping[str, Sequence[Entity]] | None = None,
    story_of: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The exported form of one story. Stages not yet built export empty lists, so the shape is stable.

    ``entities``: article id → the entities it names (:func:`entities_by_article`; read from ``db`` when not
    given); those named in the story's articles are
    exported with it. ``story_of``: article id → story id, for each entity's ``story_ids``.
    """
    members = set(story.article_ids)
    if entities is None:
        entities = entities_by_article(list_entities(db, members))
    if story_of is None:
        story_of = story_of_articles(db)
    named = list({e.id: e for a in story.article_ids for e in entities.get(a, ())}.values())
    # Each view once per story: the brief reads the same ones.
    articles = story_articles(db, story)
    groups = story_fact_groups(db, story, {a: article.text for a, article in articles.items()})
    acted = story_actions(db, story)
    quoted = story_quote_groups(db, story)
    timeline = story_timeline(db, story)[0]
    parties = story_positions(db, story, acted, quoted)
    briefed = brief_record(
        story_brief(
            db,
            story,
            actions=acted,
            quote_groups=quoted,
            fact_groups=groups,
            timeline=timeline,
            articles=articles,
            positions=parties,
        )
    )
    return {
        "id": story.id,
        "title": story.title,
        "article_ids": list(story.article_ids),
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "outlets": list(story.outlets),
        "article_count": story.article_count,
        "origin_count": story.origin_count,
        "subevents": [
            {
                "id": s.id,
                "title": s.title,
                "article_ids": list(s.article_ids),
                "first_seen": s.first_seen,
                "last_seen": s.last_seen,
            }
            for s in story.subevents
        ],
        "entities": [entity_record(e, story_of) for e in named],
        "quotes": [quote_record(g) for g in quoted],
        "facts": [fact_record(g) for g in groups],
        "conflicts": [conflict_record(g) for g in groups if g.status == "conflict"],
        "timeline": [timeline_record(e) for e in timeline],
        "actions": [action_record(g) for g in acted],
        "positions": [position_record(p) for p in parties],
        "brief": briefed["brief"],
        "brief_headline": briefed["headline"],
        "derivations": [derivation_record(d) for d in story_derivations(db, story)],
        "origins": [origin_record(o) for o in story_origins(db, story)],
    }


def export_data(db: Database, include_text: bool = False) -> dict[str, Any]:
    """The whole export as one JSON-ready dict: ``articles`` and ``stories`` (after an analysis run)."""
    articles = []
    for article in db.iter_articles():
        record = article_record(article)
        if not include_text:
            record.pop("text")
        articles.append(record)
    entities = entities_by_article(list_entities(db))
    story_of = story_of_articles(db)
    stories = [story_record(db, s, entities, story_of) for s in list_stories(db)]
    return {"version": EXPORT_VERSION, "articles": articles, "stories": stories}


def iter_export(db: Database, fmt: ExportFormat, include_text: bool = False) -> Iterator[str]:
    """Yield the export in ``fmt``: json (one document), jsonl (one record a line: articles, then stories)
    or csv (articles only: stories nest lists that a flat table cannot hold)."""
    if fmt == "json":
        yield json.dumps(export_data(db, include_text), ensure_ascii=False, indent=2) + "\n"
        return
    if fmt == "jsonl":
        for article in db.iter_articles():
            record = {"type": "article", **article_record(article)}
            if not include_text:
                record.pop("text")
            yield json.dumps(record, ensure_ascii=False) + "\n"
        entities = entities_by_article(list_entities(db))
        story_of = story_of_articles(db)
        for story in list_stories(db):
            record = {"type": "story", **story_record(db, story, entities, story_of)}
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
