"""Storage of quotations and of the per-article stages that have run (migration ``0005_quotes``).

Quotes are extracted once per article, from the parse the entities stage makes, and kept with their offsets.
Grouping the same quote across a story's articles is cheap and depends on the story's current members, so it
is computed when asked (:func:`story_quote_groups`), never stored stale.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from storyline.quote_groups import group_quotes
from storyline.records import Quote, QuoteGroup, Story
from storyline.store import Database, _now, rows_in
from storyline.store.entities import entity_of_mentions
from storyline.store.stories import origin_of, published_dates

__all__ = [
    "pending_article_ids",
    "quotes_of",
    "save_quotes",
    "speaker_entities",
    "story_quote_groups",
]


def pending_article_ids(db: Database, stage: str, version: int) -> list[str]:
    """Articles the per-article ``stage`` has not run on at ``version`` or later, in the order stored."""
    rows = db.conn.execute(
        "SELECT id FROM articles WHERE id NOT IN "
        "(SELECT article_id FROM article_stages WHERE stage = ? AND version >= ?) ORDER BY seq",
        (stage, version),
    )
    return [str(r[0]) for r in rows]


def save_quotes(db: Database, found: Mapping[str, Sequence[Quote]], stage: str, version: int) -> None:
    """Replace each article's quotes and mark the stage done on it, one transaction for the batch."""
    now = _now()
    with db.transaction() as conn:
        for article_id, quotes in found.items():
            conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
            conn.executemany(
                "INSERT OR REPLACE INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        q.id,
                        q.article_id,
                        q.start,
                        q.end,
                        q.text,
                        q.kind,
                        q.speaker,
                        q.speaker_start,
                        q.speaker_end,
                        q.speaker_mention_id,
                        q.cue,
                        q.cue_start,
                        q.cue_end,
                        q.audience,
                        q.sentence_start,
                        q.sentence_end,
                    )
                    for q in quotes
                ],
            )
            conn.execute(
                "INSERT OR REPLACE INTO article_stages VALUES (?, ?, ?, ?, ?)",
                (article_id, stage, version, len(quotes), now),
            )


def _quote(r: sqlite3.Row) -> Quote:
    return Quote(
        id=r["id"],
        article_id=r["article_id"],
        start=int(r["start"]),
        end=int(r["end"]),
        text=r["text"],
        kind=r["kind"],
        speaker=r["speaker"],
        speaker_start=r["speaker_start"],
        speaker_end=r["speaker_end"],
        speaker_mention_id=r["speaker_mention_id"],
        cue=r["cue"],
        cue_start=r["cue_start"],
        cue_end=r["cue_end"],
        audience=r["audience"],
        sentence_start=int(r["sentence_start"]),
        sentence_end=int(r["sentence_end"]),
    )


def quotes_of(db: Database, article_ids: Iterable[str]) -> dict[str, list[Quote]]:
    """The stored quotes of the given articles, by article, in text order."""
    out: dict[str, list[Quote]] = defaultdict(list)
    sql = "SELECT * FROM quotes WHERE article_id IN ({marks})"
    for r in rows_in(db.conn, sql, sorted(set(article_ids))):
        out[r["article_id"]].append(_quote(r))
    for quotes in out.values():
        quotes.sort(key=lambda q: (q.start, q.end))
    return dict(out)


def speaker_entities(db: Database, quotes: Sequence[Quote]) -> dict[str, str]:
    """Quote id → the entity its speaker's mention resolved to, for quotes whose speaker is a known name."""
    entity_of = entity_of_mentions(db, [q.speaker_mention_id for q in quotes if q.speaker_mention_id])
    return {
        q.id: entity_of[q.speaker_mention_id]
        for q in quotes
        if q.speaker_mention_id and q.speaker_mention_id in entity_of
    }


def story_quote_groups(db: Database, story: Story) -> list[QuoteGroup]:
    """The quotations of ``story``, each grouped across the articles that carry it (most origins first)."""
    by_article = quotes_of(db, story.article_ids)
    quotes = [q for a in story.article_ids for q in by_article.get(a, [])]
    published = published_dates(db, story.article_ids)
    return group_quotes(quotes, speaker_entities(db, quotes), published, origin_of(db, story.article_ids))
