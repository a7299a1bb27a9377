"""A story's positions and brief from the store: its articles, origins, entities, quotes, facts, timeline and
actions handed to :func:`storyline.positions.story_positions` and :func:`storyline.brief.build_brief`.
Computed when asked, like the other story views."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.actions import ActionGroup
from storyline.brief import Brief, build_brief
from storyline.facts import FactGroup
from storyline.positions import Position
from storyline.positions import story_positions as positions_of
from storyline.records import Article, QuoteGroup, Story
from storyline.store import Database
from storyline.store.entities import list_entities
from storyline.store.items import story_actions, story_fact_groups, story_timeline
from storyline.store.quotes import story_quote_groups
from storyline.store.stories import origin_of
from storyline.timeline import TimelineEntry

__all__ = ["story_articles", "story_brief", "story_positions"]


def story_articles(db: Database, story: Story) -> dict[str, Article]:
    """The story's articles by id."""
    return {a: db.get_article(a) for a in story.article_ids}


def story_positions(
    db: Database,
    story: Story,
    actions: Sequence[ActionGroup] | None = None,
    quote_groups: Sequence[QuoteGroup] | None = None,
) -> list[Position]:
    """What each party of ``story`` said and did, main parties first (the story's actions and quote groups
    are read from ``db`` unless the caller has them)."""
    return positions_of(
        story_actions(db, story) if actions is None else actions,
        story_quote_groups(db, story) if quote_groups is None else quote_groups,
        list_entities(db, story.article_ids),
        origin_of(db, story.article_ids),
    )


def story_brief(
    db: Database,
    story: Story,
    max_sentences: int = 10,
    actions: Sequence[ActionGroup] | None = None,
    quote_groups: Sequence[QuoteGroup] | None = None,
    fact_groups: Sequence[FactGroup] | None = None,
    timeline: Sequence[TimelineEntry] | None = None,
    articles: Mapping[str, Article] | None = None,
    positions: Sequence[Position] | None = None,
) -> Brief:
    """The brief of ``story``: at most ``max_sentences`` sentences, each citing its sources.

    The story's views (actions, quote groups, fact groups, timeline, articles, positions) are read from
    ``db`` unless the caller already has them (an export builds each once per story).
    """
    if articles is None:
        articles = story_articles(db, story)
    texts = {a: article.text for a, article in articles.items()}
    actions = story_actions(db, story) if actions is None else actions
    quote_groups = story_quote_groups(db, story) if quote_groups is None else quote_groups
    return build_brief(
        story,
        articles,
        origin_of(db, story.article_ids),
        quote_groups,
        story_fact_groups(db, story, texts) if fact_groups is None else fact_groups,
        story_timeline(db, story)[0] if timeline is None else timeline,
        actions,
        max_sentences,
        story_positions(db, story, actions, quote_groups) if positions is None else positions,
    )
