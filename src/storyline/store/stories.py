"""Storage of derivations, origins and stories (migration ``0003_stories``).

Functions over a :class:`~storyline.store.Database`, so that every read and write still goes through the
one storage layer. :func:`save_analysis` writes what one analysis run changed in a single transaction: a
crash leaves the previous analysis whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from storyline.errors import NotFound
from storyline.records import AlignedPair, Derivation, Origin, Story, SubEvent
from storyline.store import Database, _now, drop_empty_stories, id_by_prefix, rows_in

__all__ = [
    "StoredAssignment",
    "assignments",
    "derivations",
    "get_story",
    "list_stories",
    "origin_of",
    "published_dates",
    "redirected_ids",
    "resolve_story_id",
    "save_analysis",
    "story_derivations",
    "story_of_articles",
    "story_origins",
    "unplaced_article_ids",
]


@dataclass(frozen=True)
class StoredAssignment:
    """Where one analysed article sits: its story, sub-event, origin and clustering profile (JSON)."""

    article_id: str
    story_id: str
    subevent_id: str | None
    origin_id: str
    profile: str


def _evidence_json(evidence: Iterable[AlignedPair]) -> str:
    return json.dumps(
        [[p.from_start, p.from_end, p.to_start, p.to_end, p.similarity, p.match] for p in evidence]
    )


def _derivation_from_row(row: sqlite3.Row) -> Derivation:
    evidence = tuple(
        AlignedPair(int(a), int(b), int(c), int(d), float(s), m)
        for a, b, c, d, s, m in json.loads(row["evidence"])
    )
    return Derivation(
        row["from_id"], row["to_id"], row["kind"], float(row["score"]), evidence, row["direction"]
    )


def derivations(db: Database, article_ids: Iterable[str] | None = None) -> list[Derivation]:
    """Stored derivations: all of them, or those touching any of ``article_ids``."""
    if article_ids is None:
        rows = db.conn.execute("SELECT * FROM derivations ORDER BY from_id, to_id").fetchall()
    else:
        sql = "SELECT * FROM derivations WHERE from_id IN ({marks}) OR to_id IN ({marks})"
        rows = list(rows_in(db.conn, sql, sorted(set(article_ids)), times=2))
    unique = {(r["from_id"], r["to_id"]): r for r in rows}
    return [_derivation_from_row(unique[k]) for k in sorted(unique)]


def assignments(db: Database) -> list[StoredAssignment]:
    """Every analysed article's story, sub-event, origin and profile, in the order they were stored."""
    rows = db.conn.execute(
        "SELECT sa.* FROM story_articles sa JOIN articles a ON a.id = sa.article_id ORDER BY a.seq"
    )
    return [
        StoredAssignment(r["article_id"], r["story_id"], r["subevent_id"], r["origin_id"], r["profile"])
        for r in rows
    ]


def story_of_articles(db: Database) -> dict[str, str]:
    """Article id → the id of the story that holds it, for every analysed article."""
    return {str(r[0]): str(r[1]) for r in db.conn.execute("SELECT article_id, story_id FROM story_articles")}


def save_analysis(
    db: Database,
    new_derivations: Iterable[Derivation],
    stories: Iterable[Story],
    placed: Mapping[str, tuple[str, str | None, str, str]],
    redirects: Mapping[str, str],
    replace: bool = False,
) -> None:
    """Write one analysis run in one transaction.

    ``stories`` are the stories whose rows changed; ``placed`` maps article id → (story id, sub-event id,
    origin id, profile JSON) for every article whose row changed; ``redirects`` old story id → new id.
    Stories left with no article are deleted. ``replace`` clears all derivations and stories first (a
    rebuild), keeping and extending the redirects so that old ids still resolve.
    """
    with db.transaction() as conn:
        if replace:
            conn.execute("DELETE FROM derivations")
            conn.execute("DELETE FROM story_articles")
            conn.execute("DELETE FROM subevents")
            conn.execute("DELETE FROM stories")
        conn.executemany(
            "INSERT OR REPLACE INTO derivations VALUES (?, ?, ?, ?, ?, ?)",
            [
                (d.from_id, d.to_id, d.kind, d.score, d.direction, _evidence_json(d.evidence))
                for d in new_derivations
            ],
        )
        now = _now()
        for story in stories:
            conn.execute(
                "INSERT INTO stories VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "title = excluded.title, first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
                "updated_at = excluded.updated_at",
                (story.id, story.title, story.first_seen, story.last_seen, now),
            )
            conn.execute("DELETE FROM subevents WHERE story_id = ?", (story.id,))
            conn.executemany(
                "INSERT OR REPLACE INTO subevents VALUES (?, ?, ?, ?, ?)",
                [(s.id, story.id, s.title, s.first_seen, s.last_seen) for s in story.subevents],
            )
        conn.executemany(
            "INSERT OR REPLACE INTO story_articles VALUES (?, ?, ?, ?, ?)",
            [(article_id, *row) for article_id, row in placed.items()],
        )
        for old, new in redirects.items():
            if old != new:
                conn.execute("INSERT OR REPLACE INTO story_redirects VALUES (?, ?)", (old, new))
                # Earlier redirects to ``old`` now lead to ``new`` directly.
                conn.execute("UPDATE story_redirects SET new_id = ? WHERE new_id = ?", (new, old))
        drop_empty_stories(conn)
        # A story id back in use no longer redirects (after the empty stories are gone, not before).
        conn.execute("DELETE FROM story_redirects WHERE old_id IN (SELECT id FROM stories)")


def unplaced_article_ids(db: Database) -> list[str]:
    """Stored articles that no story holds yet (new, or whose text changed), in the order they were stored."""
    rows = db.conn.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) ORDER BY seq"
    )
    return [str(r[0]) for r in rows]


def redirected_ids(db: Database) -> list[str]:
    """Story ids that now redirect to another story (a new story must not take one)."""
    return [str(r[0]) for r in db.conn.execute("SELECT old_id FROM story_redirects")]


def resolve_story_id(db: Database, story_id: str) -> str:
    """The current id of a story given by id, unique id prefix, or an old id that now redirects.

    Raises :class:`NotFound` naming the id when no story matches, or when a prefix is ambiguous.
    """
    key = story_id.strip().lower()
    row = db.conn.execute("SELECT new_id FROM story_redirects WHERE old_id = ?", (key,)).fetchone()
    if row is not None:
        key = str(row[0])
    if db.conn.execute("SELECT 1 FROM stories WHERE id = ?", (key,)).fetchone():
        return key
    return id_by_prefix(db.conn, "stories", "story", key, story_id)


def _stories(db: Database, where: str = "", params: tuple[str, ...] = ()) -> list[Story]:
    rows = db.conn.execute(f"SELECT * FROM stories {where}", params).fetchall()
    if not rows:
        return []
    ids = [str(r["id"]) for r in rows]
    members: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
    subevent_members: dict[str, list[str]] = defaultdict(list)
    # A story's rows all come in one chunk (chunks are of story ids), so each keeps its order.
    for r in rows_in(
        db.conn,
        "SELECT sa.story_id, sa.article_id, sa.origin_id, sa.subevent_id, a.outlet, a.published "
        "FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN ({marks}) "
        "ORDER BY COALESCE(a.published, '9999'), a.seq",
        ids,
    ):
        members[r["story_id"]].append((r["article_id"], r["origin_id"], r["outlet"], r["published"]))
        if r["subevent_id"]:
            subevent_members[r["subevent_id"]].append(r["article_id"])
    subs: dict[str, list[SubEvent]] = defaultdict(list)
    for r in rows_in(
        db.conn,
        "SELECT * FROM subevents WHERE story_id IN ({marks}) ORDER BY COALESCE(first_seen, '9999'), id",
        ids,
    ):
        subs[r["story_id"]].append(
            SubEvent(r["id"], r["title"], tuple(subevent_members[r["id"]]), r["first_seen"], r["last_seen"])
        )
    out = []
    for r in rows:
        held = members[r["id"]]
        outlets = sorted({o for _, _, o, _ in held if o}, key=str.casefold)
        out.append(
            Story(
                id=r["id"],
                title=r["title"],
                article_ids=tuple(a for a, _, _, _ in held),
                first_seen=r["first_seen"],
                last_seen=r["last_seen"],
                outlets=tuple(outlets),
                origin_count=len({origin for _, origin, _, _ in held}),
                subevents=tuple(subs[r["id"]]),
            )
        )
    return out


def list_stories(db: Database, limit: int | None = None) -> list[Story]:
    """Stories, the most recently active first (last seen, then size)."""
    stories = _stories(db)
    stories.sort(key=lambda s: (s.last_seen or "", s.article_count, s.id), reverse=True)
    return stories[:limit] if limit is not None else stories


def get_story(db: Database, story_id: str) -> Story:
    """One story by id, id prefix or redirected old id; :class:`NotFound` when there is none."""
    found = _stories(db, "WHERE id = ?", (resolve_story_id(db, story_id),))
    if not found:
        raise NotFound("story", story_id)
    return found[0]


def published_dates(db: Database, article_ids: Iterable[str]) -> dict[str, str | None]:
    """Article id → its ISO publication date (``None`` when the article states none)."""
    sql = "SELECT id, published FROM articles WHERE id IN ({marks})"
    return {str(r["id"]): r["published"] for r in rows_in(db.conn, sql, sorted(set(article_ids)))}


def origin_of(db: Database, article_ids: Iterable[str]) -> dict[str, str]:
    """Article id → origin id for the given analysed articles."""
    sql = "SELECT article_id, origin_id FROM story_articles WHERE article_id IN ({marks})"
    return {str(r[0]): str(r[1]) for r in rows_in(db.conn, sql, sorted(set(article_ids)))}


def story_derivations(db: Database, story: Story) -> list[Derivation]:
    """Derivations between two articles of ``story``."""
    members = set(story.article_ids)
    return [d for d in derivations(db, members) if d.from_id in members and d.to_id in members]


def story_origins(db: Database, story: Story) -> list[Origin]:
    """The origins of ``story``: its articles grouped by the source they trace back to, earliest first.

    ``credited_to`` is the wire agency the origin's articles credit when they agree on one.
    """
    origin = origin_of(db, story.article_ids)
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in story.article_ids:  # already in publication order
        groups[origin.get(article_id, article_id)].append(article_id)
    credits: dict[str, set[str]] = defaultdict(set)
    for r in rows_in(
        db.conn, "SELECT id, wire_credits FROM articles WHERE id IN ({marks})", story.article_ids
    ):
        credits[origin.get(r["id"], r["id"])].update(json.loads(r["wire_credits"]))
    out = []
    for origin_id, members in groups.items():
        ordered = [origin_id, *(m for m in members if m != origin_id)] if origin_id in members else members
        agencies = credits[origin_id]
        out.append(Origin(origin_id, tuple(ordered), next(iter(agencies)) if len(agencies) == 1 else None))
    return out
