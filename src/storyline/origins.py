"""Origins: groups of articles that trace back to one source, so that support is counted once per origin.

Five rewrites of one wire dispatch are one origin, not five confirmations. Origins are built from the
derivations of :mod:`storyline.dedup`; exact copies, near-duplicates, rewrites and wire siblings link
articles, shared quotes do not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from storyline.records import Article, Derivation, Origin

__all__ = ["build_origins", "count_origins", "publication_key"]

_DATE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d))?)?)?")


def publication_key(published: str | None) -> tuple[int, ...]:
    """(year[, month[, day[, hour, minute]]]) as far as the date states it; () when unknown.

    Time zones are ignored: two times on the same day a few hours apart may compare the wrong way round.
    """
    match = _DATE.match(published or "")
    return tuple(int(g) for g in match.groups() if g is not None) if match else ()


# -- origins ------------------------------------------------------------------------------------------------

# Derivations that make two articles one origin, strongest first; shared quotes do not (two outlets that
# quote the same official are independent).
_LINKING: dict[str, int] = {"exact": 4, "near-duplicate": 3, "rewrite": 2, "wire-origin": 1}


def build_origins(articles: Sequence[Article], derivations: Iterable[Derivation]) -> list[Origin]:
    """Group ``articles`` into origins: the articles that trace back to one source.

    Each article keeps only its strongest incoming link (exact, then near-duplicate, rewrite, wire-origin;
    then score), so the groups form a forest: an article that mixes two sources (a rewrite of one wire
    dispatch that borrows a number from another) joins one of them and never chains the two together.
    Shared quotes never link. An origin's id is the id of its source (the root of its tree); its
    ``credited_to`` is the wire agency its articles credit when they agree on one. Every article is in
    exactly one origin; origins are sorted by their source's date, then id.
    """
    by_id = {a.id: a for a in articles}
    best: dict[str, Derivation] = {}
    for d in derivations:
        if d.kind not in _LINKING or d.from_id not in by_id or d.to_id not in by_id or d.from_id == d.to_id:
            continue
        current = best.get(d.to_id)
        key = (_LINKING[d.kind], d.score, d.from_id)
        if current is None or key > (_LINKING[current.kind], current.score, current.from_id):
            best[d.to_id] = d
    parent = {article_id: article_id for article_id in by_id}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in best.values():
        parent[root(d.to_id)] = root(d.from_id)
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in by_id:
        groups[root(article_id)].append(article_id)

    def order(article_id: str) -> tuple[tuple[int, ...], str]:
        return publication_key(by_id[article_id].published) or (10_000,), article_id

    origins = []
    for members in groups.values():
        sources = [m for m in members if m not in best] or members
        source = min(sources, key=order)
        credited = {agency for m in members for agency in by_id[m].wire_credits}
        ids = [source, *sorted((m for m in members if m != source), key=order)]
        origins.append(Origin(source, tuple(ids), credited.pop() if len(credited) == 1 else None))
    return sorted(origins, key=lambda o: order(o.id))


def count_origins(article_ids: Iterable[str], origins: Iterable[Origin]) -> int:
    """How many independent origins the given articles represent (an article in no origin counts alone)."""
    origin_of = {article_id: o.id for o in origins for article_id in o.article_ids}
    return len({origin_of.get(article_id, f"article:{article_id}") for article_id in set(article_ids)})
