"""A story's brief from the store: its articles, origins, quotes, facts, timeline and actions handed to
:func:`storyline.brief.build_brief`. Computed when asked, like the other story views."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.brief import Brief, SpannedGroup, build_brief
from storyline.facts import FactGroup
from storyline.records import Article, QuoteGroup, Story
from storyline.store import Database
from storyline.store.items import story_actions, story_fact_groups, story_timeline
from storyline.store.quotes import story_quote_groups
from storyline.store.stories import origin_of
from storyline.timeline import TimelineEntry

__all__ = ["story_articles", "story_brief"]


def story_articles(db: Database, story: Story) -> dict[str, Article]:
    """The story's articles by id."""
    return {a: db.get_article(a) for a in story.article_ids}


def story_brief(
    db: Database,
    story: Story,
    max_sentences: int = 8,
    actions: Sequence[SpannedGroup] | None = None,
    quote_groups: Sequence[QuoteGroup] | None = None,
    fact_groups: Sequence[FactGroup] | None = None,
    timeline: Sequence[TimelineEntry] | None = None,
    articles: Mapping[str, Article] | None = None,
) -> Brief:
    """The brief of ``story``: at most ``max_sentences`` sentences, each citing its sources.

    The story's views (actions, quote groups, fact groups, timeline, articles) are read from ``db`` unless
    the caller already has them (an export builds each once per story).
    """
    if articles is None:
        articles = story_articles(db, story)
    texts = {a: article.text for a, article in articles.items()}
    return build_brief(
        story,
        articles,
        origin_of(db, story.article_ids),
        story_quote_groups(db, story) if quote_groups is None else quote_groups,
        story_fact_groups(db, story, texts) if fact_groups is None else fact_groups,
        story_timeline(db, story)[0] if timeline is None else timeline,
        story_actions(db, story) if actions is None else actions,
        max_sentences,
    )
