"""A story's brief from the store: its articles, origins, quotes, facts, timeline (and actions, once stored)
handed to :func:`storyline.brief.build_brief`. Computed when asked, like the other story views."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.brief import Brief, SpannedGroup, build_brief
from storyline.records import Article, Story
from storyline.store import Database
from storyline.store.items import story_actions, story_fact_groups, story_timeline
from storyline.store.quotes import story_quote_groups
from storyline.store.stories import origin_of

__all__ = ["story_articles", "story_brief"]


def story_articles(db: Database, story: Story) -> dict[str, Article]:
    """The story's articles by id."""
    return {a: db.get_article(a) for a in story.article_ids}


def story_brief(
    db: Database, story: Story, max_sentences: int = 8, actions: Sequence[SpannedGroup] | None = None
) -> Brief:
    """The brief of ``story``: at most ``max_sentences`` sentences, each citing its sources."""
    return build_brief(
        story,
        story_articles(db, story),
        origin_of(db, story.article_ids),
        story_quote_groups(db, story),
        story_fact_groups(db, story),
        story_timeline(db, story)[0],
        story_actions(db, story) if actions is None else actions,
        max_sentences,
    )
