"""The analysis run over a database: relate articles, group origins, cluster stories, resolve entities.

Two modes, one result:

- **incremental** (the default once a database has been analysed): the dedup and story indexes are restored
  from what is stored (the texts of the articles published near the new ones for dedup, saved clustering
  profiles for stories), and only the articles not yet analysed are related and placed, one at a time in
  date order, as from a feed; the stories they changed are then refined;
- **batch** (the first run, or ``rebuild=True``): everything is related and clustered afresh
  (:func:`storyline.cluster.cluster_articles`), and the new stories take over the ids of the old stories
  they continue; old ids that no longer name a story redirect to the story holding most of their articles.
"""

from __future__ import annotations

import json
import time
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from storyline.cluster import StoryIndex, cluster_articles
from storyline.cluster_profile import ClusterConfig, Profile, publication_day
from storyline.dedup import DedupConfig, DerivationIndex, SentenceScorer, find_derivations
from storyline.entities import ResolutionContext, resolve_entities
from storyline.extract import extract_articles
from storyline.nlp import ModelMissing
from storyline.origins import build_origins
from storyline.records import Article, Derivation, Story
from storyline.store import Database
from storyline.store.entities import save_entities, stored_mentions
from storyline.store.stories import (
    StoredAssignment,
    assignments,
    derivations,
    redirected_ids,
    save_analysis,
    story_of_articles,
    unplaced_article_ids,
)
from storyline.stories import stable_ids, subevents

__all__ = ["AnalysisReport", "Follower", "analyse", "profile_from_json", "profile_to_json", "update_entities"]


@dataclass(frozen=True)
class AnalysisReport:
    """What one analysis run did."""

    mode: str  # "batch" or "incremental"
    articles: int  # articles in the database
    analysed: int  # articles related and placed by this run
    derivations: int  # derivations found by this run
    stories: int  # stories written by this run
    merged: int  # stories merged into others by this run
    seconds: float
    parsed: int = 0  # articles parsed (names, quotes, facts, actions) by this run
    entities: int = 0  # entities after this run (0 when the entity stage did not run)
    notes: tuple[str, ...] = ()  # what was skipped, and why


def profile_to_json(p: Profile) -> str:
    """A clustering profile as stored with its article."""
    return json.dumps(
        {"c": dict(p.counts), "d": p.day, "t": p.title}, ensure_ascii=False, separators=(",", ":")
    )


def profile_from_json(article_id: str, text: str) -> Profile:
    """A stored clustering profile."""
    data = json.loads(text)
    return Profile(article_id, {str(k): float(v) for k, v in data["c"].items()}, data["d"], str(data["t"]))


def _iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day is not None else None


def _story(
    index: StoryIndex,
    story_id: str,
    final_id: str,
    articles: Mapping[str, Article],
    origin: Mapping[str, str],
) -> Story:
    members = index.stories[story_id].members
    days = [d for d in (index.profiles[m].day for m in members) if d is not None]
    lead = index.central(story_id)
    title = index.profiles[lead].title or articles[lead].text[:90].split("\n", 1)[0]
    ordered = sorted(members, key=lambda m: (articles[m].published or "9999", m))
    return Story(
        id=final_id,
        title=title,
        article_ids=tuple(ordered),
        first_seen=_iso(min(days)) if days else None,
        last_seen=_iso(max(days)) if days else None,
        outlets=tuple(sorted({o for m in members if (o := articles[m].outlet)}, key=str.casefold)),
        origin_count=len({origin[m] for m in members}),
        subevents=subevents(index, story_id),
    )


def _placements(
    index: StoryIndex, stories: Iterable[Story], origin: Mapping[str, str]
) -> dict[str, tuple[str, str | None, str, str]]:
    placed: dict[str, tuple[str, str | None, str, str]] = {}
    for story in stories:
        sub_of = {a: s.id for s in story.subevents for a in s.article_ids}
        for article_id in story.article_ids:
            placed[article_id] = (
                story.id,
                sub_of.get(article_id),
                origin[article_id],
                profile_to_json(index.profiles[article_id]),
            )
    return placed


def analyse(
    db: Database,
    rebuild: bool = False,
    dedup_config: DedupConfig | None = None,
    cluster_config: ClusterConfig | None = None,
    scorer: SentenceScorer | None = None,
    entities: bool = True,
    relate_days: int | None = 60,
) -> AnalysisReport:
    """Relate, group and cluster the articles of ``db`` that are not analysed yet (all with ``rebuild``),
    then (with ``entities``) parse the new articles for names and resolve every name into entities.

    ``relate_days``: an incremental run relates new articles to the stored ones published within this many
    days of them (and to every undated one; an undated new article to the 2,000 most recently stored);
    ``None`` relates them to all.
    """
    started = time.perf_counter()
    report = _relate_and_cluster(db, rebuild, dedup_config, cluster_config, scorer, relate_days)
    if not entities:
        return report
    try:
        parsed, count, skipped = update_entities(db, force=rebuild or report.analysed > 0)
    except ModelMissing as exc:
        # Stories are saved; entities wait for the model, as sentence embeddings do.
        return replace(report, notes=(*report.notes, f"entities skipped: {exc}"))
    seconds = round(time.perf_counter() - started, 3)
    return replace(report, parsed=parsed, entities=count, seconds=seconds, notes=(*report.notes, *skipped))


def update_entities(
    db: Database, force: bool = False, batch_size: int = 64
) -> tuple[int, int, tuple[str, ...]]:
    """Parse the articles a per-article stage has still to run on (names, quotes: :mod:`storyline.extract`),
    and resolve all mentions into entities with each article's story as context.

    Returns (articles parsed, entities, one line per article too long to parse). Resolution reruns when
    anything was parsed or ``force``: a new article, or a story that grew, can show two names to be one
    person.
    """
    extracted = extract_articles(db, batch_size)
    existing = db.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    # Mentions with no entity: a new article's, or those of a run interrupted before resolution.
    pending = db.conn.execute("SELECT 1 FROM mentions WHERE entity_id IS NULL LIMIT 1").fetchone()
    if not extracted.parsed and not force and pending is None:
        return 0, int(existing), extracted.skipped
    story_of = story_of_articles(db)
    resolved = resolve_entities(stored_mentions(db), ResolutionContext(story_of=story_of))
    save_entities(db, resolved)
    return extracted.parsed, len(resolved), extracted.skipped


def _near_in_time(fresh: Sequence[Article], stored: Sequence[Article], days: int | None) -> list[Article]:
    """The stored articles an incremental run relates the new ones to: all of them, or (with ``days``) those
    published within ``days`` of a new article, those without a date, and, when a new article has no date,
    the most recently stored. Copies and rewrites follow their source within days; comparing a new article
    with a year-old archive only costs time."""
    if days is None:
        return list(stored)
    new_days = sorted(d for d in (publication_day(a.published) for a in fresh) if d is not None)
    # An undated new article is compared with the most recently stored articles (``_RECENT`` of them).
    recent = {a.id for a in stored[-_RECENT:]} if len(new_days) < len(fresh) else set()
    out = []
    for a in stored:
        day = publication_day(a.published)
        if day is None or a.id in recent:
            out.append(a)
            continue
        k = bisect_left(new_days, day - days)
        if k < len(new_days) and new_days[k] <= day + days:
            out.append(a)
    return out


_RECENT = 2000


def _relate_and_cluster(
    db: Database,
    rebuild: bool,
    dedup_config: DedupConfig | None,
    cluster_config: ClusterConfig | None,
    scorer: SentenceScorer | None,
    relate_days: int | None,
) -> AnalysisReport:
    started = time.perf_counter()
    articles = {a.id: a for a in db.iter_articles()}
    stored = {s.article_id: s for s in assignments(db) if s.article_id in articles}
    if rebuild or not stored:
        return _batch(
            db,
            articles,
            {a: s.story_id for a, s in stored.items()},
            dedup_config,
            cluster_config,
            scorer,
            started,
        )
    follower = Follower(
        db, dedup_config, cluster_config, scorer, relate_days, articles=articles, stored=stored
    )
    return follower.run(started)


class Follower:
    """Incremental analysis that keeps its indexes between runs, as a long-running feed follower does.

    Built once from the database (the cost of restoring: every stored article is prepared for dedup,
    every stored profile placed in its story), then each :meth:`run` relates and places only the
    articles stored since, and writes the stories they changed. ``relate_days`` limits what dedup restores
    to the articles near in time to those waiting (see :func:`_near_in_time`); ``None`` restores all, as a
    follower must, since it cannot know the dates of articles still to come.
    """

    def __init__(
        self,
        db: Database,
        dedup_config: DedupConfig | None = None,
        cluster_config: ClusterConfig | None = None,
        scorer: SentenceScorer | None = None,
        relate_days: int | None = None,
        articles: Mapping[str, Article] | None = None,
        stored: Mapping[str, StoredAssignment] | None = None,
    ) -> None:
        self.db = db
        self._settings = (dedup_config, cluster_config, scorer, relate_days)
        self.articles = dict(articles) if articles is not None else {a.id: a for a in db.iter_articles()}
        if stored is None:
            stored = {s.article_id: s for s in assignments(db) if s.article_id in self.articles}
        self.origin = {a: s.origin_id for a, s in stored.items()}
        self.saved_ids = {s.story_id for s in stored.values()}
        waiting = [a for i, a in self.articles.items() if i not in stored]
        self.dedup = DerivationIndex(dedup_config, scorer)
        self.dedup.remember(_near_in_time(waiting, [self.articles[a] for a in stored], relate_days))
        self.index = StoryIndex(cluster_config)
        self.index.restore((profile_from_json(a, s.profile), s.story_id) for a, s in stored.items())
        self.index.reserved = set(redirected_ids(db))
        self.index.changed.clear()
        self.links: dict[str, list[Derivation]] = defaultdict(list)
        for d in derivations(db):
            self.links[d.from_id].append(d)
            self.links[d.to_id].append(d)

    def run(self, started: float | None = None) -> AnalysisReport:
        """Relate and place the articles stored since the last run; save what changed."""
        started = time.perf_counter() if started is None else started
        unplaced = unplaced_article_ids(self.db)
        if any(a in self.index.story_of for a in unplaced):
            # An article this follower placed lost its story row: its text changed (outlet boilerplate
            # found later), so what the indexes hold of it is stale. Rare: restore from the database.
            self.__init__(self.db, *self._settings)  # type: ignore[misc]
        for article_id in unplaced:
            if article_id not in self.articles:
                self.articles[article_id] = self.db.get_article(article_id)
        fresh = sorted(
            (a for i, a in self.articles.items() if i not in self.index.story_of),
            key=lambda a: (a.published or "9999", a.id),
        )
        if not fresh:
            return AnalysisReport(
                "incremental", len(self.articles), 0, 0, 0, 0, round(time.perf_counter() - started, 3)
            )
        index = self.index
        found: list[Derivation] = []
        placed_in: set[str] = set()
        for article in fresh:
            related = self.dedup.add([article])
            found += related
            for d in related:
                self.links[d.from_id].append(d)
                self.links[d.to_id].append(d)
            placed_in.add(index.add(article, related))
        # What a feed follower does between polls: refine the stories this run changed, not the whole index.
        index.refine(only=placed_in)
        # Every story whose articles changed (new ones, moves and merges by the refinement); stories left
        # empty are deleted when saved. Origins are rebuilt within those stories only.
        touched = sorted({index.resolve(sid) for sid in index.changed} & set(index.stories))
        for story_id in touched:
            members = index.stories[story_id].members
            inside = set(members)
            links = {
                (d.from_id, d.to_id): d
                for m in members
                for d in self.links[m]
                if d.to_id in inside and d.from_id in inside
            }
            for o in build_origins([self.articles[m] for m in members], links.values()):
                self.origin.update((a, o.id) for a in o.article_ids)
        stories = [_story(index, sid, sid, self.articles, self.origin) for sid in touched]
        placed = _placements(index, stories, self.origin)
        # Redirects only for ids that were saved: a story founded and merged within this run never was.
        redirects = {old: index.resolve(old) for old in index.redirects if old in self.saved_ids}
        save_analysis(self.db, found, stories, placed, redirects)
        self.saved_ids |= {s.id for s in stories}
        self.saved_ids -= set(redirects)
        index.changed.clear()
        index.redirects = {old: new for old, new in index.redirects.items() if old not in redirects}
        return AnalysisReport(
            "incremental",
            len(self.articles),
            len(fresh),
            len(found),
            len(stories),
            len(redirects),
            round(time.perf_counter() - started, 3),
        )


def _batch(
    db: Database,
    articles: Mapping[str, Article],
    old: Mapping[str, str],
    dedup_config: DedupConfig | None,
    cluster_config: ClusterConfig | None,
    scorer: SentenceScorer | None,
    started: float,
) -> AnalysisReport:
    items: Sequence[Article] = list(articles.values())
    found = find_derivations(items, dedup_config, scorer)
    origins = build_origins(items, found)
    origin = {a: o.id for o in origins for a in o.article_ids}
    index = cluster_articles(items, found, cluster_config)
    final, redirects = stable_ids(old, index.groups())
    stories = [_story(index, sid, final[sid], articles, origin) for sid in sorted(index.groups())]
    placed = _placements(index, stories, origin)
    save_analysis(db, found, stories, placed, redirects, replace=True)
    return AnalysisReport(
        "batch",
        len(articles),
        len(articles),
        len(found),
        len(stories),
        len(redirects),
        round(time.perf_counter() - started, 3),
    )
