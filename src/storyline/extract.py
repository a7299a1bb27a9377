"""Per-article extraction: every stage that reads an article's parse runs on one parse of it.

spaCy's parse is by far the dearest step of the analysis, so an article is parsed once and handed to each
stage that still has to run on it: names (:mod:`storyline.entities`) and quotations (:mod:`storyline.quotes`,
which also reads the article's names). Each stage records which articles it has run on and at which version
(``article_nlp`` for names, ``article_stages`` for the others), so a stage added or improved in a later
release runs on the articles stored before it, and an article whose text changed runs through all of them
again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.entities import extract_many, nlp_model
from storyline.quotes import STAGE_VERSION as QUOTES_VERSION
from storyline.quotes import extract_quotes
from storyline.records import Article, Mention, Quote
from storyline.store import Database
from storyline.store.entities import article_mentions, save_mentions, unparsed_article_ids
from storyline.store.quotes import pending_article_ids, save_quotes

QUOTES_STAGE = "quotes"


@dataclass(frozen=True)
class ExtractReport:
    """What one extraction run did: articles parsed, and items each stage found."""

    parsed: int
    mentions: int
    quotes: int


def pending(db: Database) -> tuple[list[str], set[str], set[str]]:
    """Articles some stage has still to run on (in the order stored), and those of each stage."""
    names = unparsed_article_ids(db)
    quotes = pending_article_ids(db, QUOTES_STAGE, QUOTES_VERSION)
    order = list(dict.fromkeys([*names, *quotes]))
    return order, set(names), set(quotes)


def extract_articles(db: Database, batch_size: int = 64) -> ExtractReport:
    """Parse every article a stage has still to run on, once, and store what each stage finds.

    Raises :class:`storyline.nlp.ModelMissing` when the spaCy model is not installed.
    """
    order, need_names, need_quotes = pending(db)
    if not order:
        return ExtractReport(0, 0, 0)
    nlp = nlp_model()
    found_mentions = found_quotes = 0
    for start in range(0, len(order), batch_size):
        batch = [db.get_article(a) for a in order[start : start + batch_size]]
        docs = list(nlp.pipe((a.text for a in batch), batch_size=32))
        mentions = _names(batch, docs, need_names)
        if mentions:
            save_mentions(db, mentions)
            found_mentions += sum(len(m) for m in mentions.values())
        quoted = [(a, d) for a, d in zip(batch, docs, strict=True) if a.id in need_quotes]
        if quoted:
            stored = article_mentions(db, [a.id for a, _d in quoted if a.id not in mentions])
            quotes: dict[str, list[Quote]] = {}
            for article, doc in quoted:
                names = mentions.get(article.id) or stored.get(article.id, [])
                quotes[article.id] = extract_quotes(article, doc, names)
            save_quotes(db, quotes, QUOTES_STAGE, QUOTES_VERSION)
            found_quotes += sum(len(q) for q in quotes.values())
    return ExtractReport(len(order), found_mentions, found_quotes)


def _names(batch: Sequence[Article], docs: Sequence[object], wanted: set[str]) -> dict[str, list[Mention]]:
    chosen = [(a, d) for a, d in zip(batch, docs, strict=True) if a.id in wanted]
    if not chosen:
        return {}
    return extract_many([a for a, _d in chosen], docs=[d for _a, d in chosen])
