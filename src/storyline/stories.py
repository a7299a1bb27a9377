"""Stories over a clustered index: their developments (sub-events) and ids that survive a rebuild.

:func:`subevents` splits a story's coverage into developments (an announcement, a reaction a week later)
where coverage pauses; :func:`stable_ids` gives the stories of a rebuild the ids of the stories they continue,
so that ids stay stable and old ones redirect.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from hashlib import blake2b

from storyline.cluster import StoryIndex
from storyline.cluster_profile import dot
from storyline.records import SubEvent

__all__ = ["stable_ids", "subevents"]


def stable_ids(
    old: Mapping[str, str], new: Mapping[str, Sequence[str]]
) -> tuple[dict[str, str], dict[str, str]]:
    """Give rebuilt stories the ids of the old stories they continue.

    ``old``: article id → old story id; ``new``: new story id → article ids. Each new story takes the old id
    holding most of its articles (largest overlap first, each old id used once); the rest keep their new
    id. Returns (new id → final id, redirects: every old id no longer in use → the final id of the story
    that now holds most of its articles).
    """
    overlap: Counter[tuple[str, str]] = Counter()
    for new_id, members in new.items():
        for article_id in members:
            if article_id in old:
                overlap[(new_id, old[article_id])] += 1
    renamed: dict[str, str] = {}
    used: set[str] = set()
    for (new_id, old_id), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if new_id not in renamed and old_id not in used:
            renamed[new_id] = old_id
            used.add(old_id)
    final: dict[str, str] = {}
    taken = set(renamed.values())
    for new_id in new:
        if new_id in renamed:
            final[new_id] = renamed[new_id]
            continue
        # A new story keeps its own id unless an old story continued under it (its founding article left
        # it); then it gets a fresh one, so that no two stories share an id.
        candidate, n = new_id, 0
        while candidate in taken or candidate in old.values():
            n += 1
            candidate = blake2b(f"{new_id}:{n}".encode(), digest_size=8).hexdigest()
        final[new_id] = candidate
        taken.add(candidate)
    redirects: dict[str, str] = {}
    best: dict[str, tuple[int, str]] = {}
    for (new_id, old_id), count in overlap.items():
        if old_id not in used and (old_id not in best or count > best[old_id][0]):
            best[old_id] = (count, final[new_id])
    for old_id, (_, target) in best.items():
        redirects[old_id] = target
    return final, redirects


def subevents(index: StoryIndex, story_id: str) -> tuple[SubEvent, ...]:
    """The developments of one story, when its coverage has two or more; otherwise ``()``.

    Coverage comes in bursts: the dated articles, in date order, start a new development wherever
    coverage pauses for more than :attr:`ClusterConfig.subevent_gap_days` (an inquiry a week after a
    disaster, an arrest days after a breach). An undated article joins the development whose articles it
    is most like. Each development is titled by its most typical article.
    """
    gap = index.config.subevent_gap_days
    members = index.stories[story_id].members
    dated = sorted(
        (m for m in members if index.profiles[m].day is not None), key=lambda m: (index.profiles[m].day, m)
    )
    groups: list[list[str]] = []
    previous: int | None = None
    for member in dated:
        day = index.profiles[member].day
        assert day is not None
        if previous is None or day - previous > gap:
            groups.append([])
        groups[-1].append(member)
        previous = day
    if len(groups) < 2:
        return ()
    # Similarities against each group's summed unit vectors: linear in the story's size, not quadratic.
    sums = [_sum_units(index, g) for g in groups]
    for member in sorted(m for m in members if index.profiles[m].day is None):
        unit = index.unit_vector(member)
        k = max(range(len(groups)), key=lambda i: (dot(unit, sums[i]) / len(groups[i]), -i))
        groups[k].append(member)
        for term, weight in unit.items():
            sums[k][term] = sums[k].get(term, 0.0) + weight
    out = []
    for group, total in zip(groups, sums, strict=True):
        days = [d for d in (index.profiles[m].day for m in group) if d is not None]
        # The most typical article: the one most like the others (its similarity to their sum).
        lead = max(
            group,
            key=lambda m: (
                bool(index.profiles[m].title),
                round(dot(index.unit_vector(m), total), 6),
                -(index.profiles[m].day or 0),
                m,
            ),
        )
        out.append(
            SubEvent(
                id=blake2b(f"{story_id}:{group[0]}".encode(), digest_size=8).hexdigest(),
                title=index.profiles[lead].title,
                article_ids=tuple(group),
                first_seen=date.fromordinal(min(days)).isoformat(),
                last_seen=date.fromordinal(max(days)).isoformat(),
            )
        )
    return tuple(out)


def _sum_units(index: StoryIndex, members: Sequence[str]) -> dict[str, float]:
    total: dict[str, float] = {}
    for member in members:
        for term, weight in index.unit_vector(member).items():
            total[term] = total.get(term, 0.0) + weight
    return total
