"""Story clustering: which articles cover the same real-world story, one article at a time or in a batch.

Each article becomes a :class:`~storyline.cluster_profile.Profile` (:mod:`storyline.cluster_profile`): a
sparse vector of its content words and proper names, with its publication day. Words and names are weighted
by inverse document frequency over the articles seen so far, so a name that every article mentions
("Reuters", "Monday") weighs little and a rare one ("Ribeirinha") decides.

:class:`StoryIndex` keeps one centroid per story (the sum of its articles' vectors, cut to its strongest
terms) and a posting list from each story's strongest terms to the story. Adding an article:

1. **Candidates**: the stories posted under the article's strongest terms.
2. **Score**: cosine between the article and each candidate's centroid, times a **time factor**: 1 while
   the article falls within ``window_days`` of the story's first-to-last range, then decaying with
   ``decay_days`` (a story can run for weeks; two earthquakes a year apart cannot be one story). Articles
   linked by a derivation (a copy, rewrite or wire sibling) always join their source's story; a shared
   quote adds ``quote_bonus``.
3. **Join or found**: the best story at or above ``threshold`` takes the article; otherwise it founds one.
4. **Merge**: when the article also scores above ``threshold`` with another story, and the smaller of the
   two, scored as one article (its centroid), fits the larger at ``story_merge``, the two merge; the
   smaller one's id then redirects to the survivor.

The batch (:func:`cluster_articles`) runs the same index over the articles in date order, then moves each
article to the story that fits it best given the final centroids (a few rounds), so that early articles,
placed when little was known, are placed again with everything known. A rebuild can split a story this
way; :func:`storyline.stories.stable_ids` maps the rebuilt stories onto the old ids so they survive and
redirect.

Within a story, :func:`storyline.stories.subevents` splits its coverage into developments (an
announcement, a reaction a week later) where coverage pauses.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import blake2b
from itertools import islice

from storyline.cluster_profile import ClusterConfig, Profile, dot, profile
from storyline.records import Article, Derivation

__all__ = ["StoryIndex", "cluster_articles", "story_id_for"]


def story_id_for(article_id: str, taken: Container[str] = ()) -> str:
    """The id of a story founded by ``article_id``: stable, distinct from any article id, and not one of
    ``taken`` (an article that founded a story, left it and founds another gets a new id)."""
    n = 0
    while True:
        seed = f"story:{article_id}" if n == 0 else f"story:{article_id}:{n}"
        story_id = blake2b(seed.encode(), digest_size=8).hexdigest()
        if story_id not in taken:
            return story_id
        n += 1


@lru_cache(maxsize=65536)
def _log1(n: int) -> float:
    return math.log(n + 1)


class _Taken:
    """The story ids an index may not give a new story: its stories' and those that redirect."""

    def __init__(self, index: StoryIndex) -> None:
        self.index = index

    def __contains__(self, story_id: object) -> bool:
        return (
            story_id in self.index.stories
            or story_id in self.index.redirects
            or story_id in self.index.reserved
        )


# -- the index ----------------------------------------------------------------------------------------------


@dataclass
class _Story:
    id: str
    members: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    first: int | None = None
    last: int | None = None
    norm: float = 0.0


class StoryIndex:
    """Stories of the articles seen so far; :meth:`add` places one article without re-clustering the rest.

    ``redirects`` maps the id of every story merged away to the story that absorbed it.
    """

    def __init__(self, config: ClusterConfig | None = None) -> None:
        self.config = config or ClusterConfig()
        self.profiles: dict[str, Profile] = {}
        self.story_of: dict[str, str] = {}
        self.stories: dict[str, _Story] = {}
        self.redirects: dict[str, str] = {}
        self._df: Counter[str] = Counter()
        # term → stories posted under it, oldest first (a dict keeps insertion order and dedups).
        self._postings: dict[str, dict[str, None]] = defaultdict(dict)
        self._unit: dict[str, dict[str, float]] = {}
        self._touched: set[str] = set()
        # Ids of the stories whose articles changed since the caller last cleared it: what to save.
        self.changed: set[str] = set()
        # Ids used outside the index (stored redirects) that a new story must not take.
        self.reserved: set[str] = set()
        self._idf_total, self._log_total = 0, 0.0

    def __len__(self) -> int:
        return len(self.profiles)

    # weights --------------------------------------------------------------------------------------------

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency of ``term`` over the articles indexed so far."""
        # ``background_docs`` pseudo-documents that contain no term: while the index holds a few stories,
        # a name all of them share (every early article is about one flood) still weighs as a rare name.
        total = len(self.profiles) + self.config.background_docs
        if total != self._idf_total:
            self._idf_total, self._log_total = total, math.log(total)
        return self._log_total - _log1(self._df.get(term, 0)) + 1.0

    def _vector(self, counts: Mapping[str, float], keep: int) -> dict[str, float]:
        weighted = {t: w * self.idf(t) for t, w in counts.items()}
        if len(weighted) > keep:
            weighted = dict(sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
        return weighted

    @staticmethod
    def _norm(vector: Mapping[str, float]) -> float:
        return math.sqrt(sum(w * w for w in vector.values()))

    def _cosine(self, vector: Mapping[str, float], norm: float, story: _Story) -> float:
        if not norm or not story.norm:
            return 0.0
        dot = 0.0
        for term, weight in vector.items():
            count = story.centroid.get(term)
            if count:
                dot += weight * count * self.idf(term)
        return dot / (norm * story.norm)

    def unit_vector(self, article_id: str) -> dict[str, float]:
        """The article's weighted vector scaled to length 1, cached when first needed."""
        unit = self._unit.get(article_id)
        if unit is None:
            vector = self._vector(self.profiles[article_id].counts, self.config.article_terms)
            norm = self._norm(vector) or 1.0
            unit = self._unit[article_id] = {t: w / norm for t, w in vector.items()}
        return unit

    def _members_score(self, unit: Mapping[str, float], story: _Story) -> float:
        """Mean cosine of ``unit`` with the story's ``knn`` most similar recent members."""
        sims = []
        for member in story.members[-self.config.knn_members :]:
            sims.append(dot(unit, self.unit_vector(member)))
        sims.sort(reverse=True)
        top = sims[: self.config.knn]
        return sum(top) / len(top) if top else 0.0

    def _blend(self, centroid: float, unit: Mapping[str, float], story: _Story) -> float:
        """A story's score before time: its centroid cosine blended with the article's (``unit``, length 1)
        nearest-member cosine."""
        share = self.config.knn_weight
        if not share or not unit:
            return centroid
        return (1 - share) * centroid + share * self._members_score(unit, story)

    def _time_factor(self, day: int | None, story: _Story) -> float:
        if day is None or story.first is None or story.last is None:
            return 1.0
        gap = max(0, story.first - day, day - story.last) - self.config.window_days
        # Coverage that runs at the same time as a story and reads alike is more likely that story than
        # the same likeness between undated texts; far apart in time, it is less and less likely.
        return self.config.concurrent_boost if gap <= 0 else math.exp(-gap / self.config.decay_days)

    def _refresh(self, story: _Story) -> None:
        """Cut the centroid to its strongest terms, recompute its norm and post its top terms."""
        config = self.config
        weighted = {t: c * self.idf(t) for t, c in story.centroid.items()}
        if len(weighted) > config.story_terms:
            kept = sorted(weighted, key=lambda t: (-weighted[t], t))[: config.story_terms]
            story.centroid = {t: story.centroid[t] for t in kept}
            weighted = {t: weighted[t] for t in kept}
        story.norm = self._norm(weighted)
        for term in sorted(weighted, key=lambda t: (-weighted[t], t))[: config.posted_terms]:
            posted = self._postings[term]
            posted.pop(story.id, None)  # re-posted: now among the most recent
            posted[story.id] = None

    # placing --------------------------------------------------------------------------------------------

    def _attach(self, p: Profile, story: _Story, refresh: bool = True) -> None:
        story.members.append(p.article_id)
        self.changed.add(story.id)
        for term, weight in self._vector(p.counts, self.config.article_terms).items():
            story.centroid[term] = story.centroid.get(term, 0.0) + weight / self.idf(term)
        if p.day is not None:
            story.first = p.day if story.first is None else min(story.first, p.day)
            story.last = p.day if story.last is None else max(story.last, p.day)
        self.story_of[p.article_id] = story.id
        if refresh:
            self._refresh(story)

    def _detach(self, p: Profile, story: _Story) -> None:
        story.members.remove(p.article_id)
        self.changed.add(story.id)
        for term, weight in self._vector(p.counts, self.config.article_terms).items():
            if term in story.centroid:
                left = story.centroid[term] - weight / self.idf(term)
                if left > 1e-9:
                    story.centroid[term] = left
                else:
                    del story.centroid[term]
        days = [self.profiles[m].day for m in story.members]
        known = [d for d in days if d is not None]
        story.first, story.last = (min(known), max(known)) if known else (None, None)
        self._refresh(story)

    def _candidates(self, vector: Mapping[str, float]) -> list[str]:
        """Stories posted under the article's strongest terms, the most promising first (by the weight of
        the terms they share with it), at most :attr:`ClusterConfig.max_candidates`."""
        config = self.config
        shared: dict[str, float] = defaultdict(float)
        for term in sorted(vector, key=lambda t: (-vector[t], t))[: config.query_terms]:
            posted = self._postings.get(term)
            if posted:
                # Only the stories most recently posted under a term: a term that a thousand stories share
                # is weak evidence, and the old ones among them are far in time anyway.
                weight = vector[term]
                for story_id in islice(reversed(posted), config.max_posting):
                    shared[story_id] += weight
        ranked = sorted((s for s in shared if s in self.stories), key=lambda s: (-shared[s], s))
        return ranked[: config.max_candidates]

    def scores(
        self, p: Profile, quoted: Iterable[str] = (), exclude: str | None = None
    ) -> list[tuple[float, str]]:
        """Time-weighted similarity of profile ``p`` to each candidate story, best first.

        Candidates are scored on their centroid first; only the :attr:`ClusterConfig.knn_candidates` best
        are compared with their articles one by one (the blend), which is where the time goes.
        ``quoted``: ids of indexed articles that share a quoted passage with ``p`` (their stories get
        :attr:`ClusterConfig.quote_bonus`); ``exclude``: a story to leave out.
        """
        config = self.config
        vector = self._vector(p.counts, config.article_terms)
        norm = self._norm(vector)
        bonus = {self.story_of[a] for a in quoted if a in self.story_of}
        rough = []
        for story_id in set(self._candidates(vector)) | bonus:
            if story_id == exclude:
                continue
            story = self.stories[story_id]
            factor = self._time_factor(p.day, story)
            cosine = self._cosine(vector, norm, story)
            rough.append((cosine * factor, cosine, factor, story_id))
        rough.sort(key=lambda t: (-t[0], t[3]))
        unit = {t: w / norm for t, w in vector.items()} if norm else {}
        out = []
        for rank, (timed, cosine, factor, story_id) in enumerate(rough):
            if rank < config.knn_candidates:
                score = self._blend(cosine, unit, self.stories[story_id]) * factor
            else:
                score = (1 - config.knn_weight) * timed
            if story_id in bonus:
                score += config.quote_bonus
            out.append((score, story_id))
        return sorted(out, key=lambda t: (-t[0], t[1]))

    def add(self, article: Article, derivations: Iterable[Derivation] = ()) -> str:
        """Place ``article`` in a story and return the story's id (indexing it first if new).

        ``derivations``: how the article relates to articles already indexed (from
        :class:`storyline.dedup.DerivationIndex`): a copy, rewrite or wire sibling joins its source's
        story; a shared quote counts towards the quoting article's story.
        """
        if article.id in self.story_of:
            return self.resolve(self.story_of[article.id])
        return self.add_profile(profile(article, self.config), derivations)

    def add_profile(self, p: Profile, derivations: Iterable[Derivation] = ()) -> str:
        """:meth:`add` for an article already profiled."""
        self.profiles[p.article_id] = p
        self._df.update(p.counts.keys())
        linked: list[str] = []
        quoted: list[str] = []
        for d in derivations:
            other = d.from_id if d.to_id == p.article_id else d.to_id
            if other in self.story_of:
                (quoted if d.kind == "shared-quotes" else linked).append(other)
        if linked:
            story = self.stories[self.story_of[linked[0]]]
            self._attach(p, story)
            return story.id
        ranked = self.scores(p, quoted)
        if ranked and ranked[0][0] >= self.config.threshold:
            story = self.stories[ranked[0][1]]
            self._attach(p, story)
        else:
            story = _Story(story_id_for(p.article_id, _Taken(self)))
            self.stories[story.id] = story
            self._attach(p, story)
        story = self._settle(story)
        self._touched.add(story.id)
        if len(self._touched) >= self.config.refine_every:
            # Amortised local refinement: the stories changed since the last one, not the whole index.
            self.refine(only=self._touched)
            self._touched = set()
        return self.resolve(story.id)

    def _settle(self, story: _Story) -> _Story:
        """After ``story`` changed: merge it with the story it now fits as a whole, if any.

        What a batch's refinement does for every story, done for the one story an article changed, so
        that stories founded early, apart, join once the article that bridges them arrives.
        """
        pseudo = Profile(story.id, dict(story.centroid), story.first, "")
        for _, other in self.scores(pseudo, exclude=story.id)[:3]:
            if other in self.stories and story.id in self.stories:
                story = self._maybe_merge(story, self.stories[other])
        return story

    def restore(self, assigned: Iterable[tuple[Profile, str]]) -> None:
        """Load a saved state: each profile as a member of its stored story, without scoring it.

        All profiles are counted first, so every article is weighted with the same word weights, and each
        story's centroid is cut and posted once at the end.
        """
        pairs = list(assigned)
        for p, _ in pairs:
            self.profiles[p.article_id] = p
            self._df.update(p.counts.keys())
        touched: set[str] = set()
        for p, story_id in pairs:
            story = self.stories.get(story_id)
            if story is None:
                story = self.stories[story_id] = _Story(story_id)
            self._attach(p, story, refresh=False)
            touched.add(story_id)
        for story_id in touched:
            self._refresh(self.stories[story_id])

    def _story_fit(self, small: _Story, large: _Story) -> float:
        """How well the whole of ``small`` fits ``large``: its centroid scored as if it were one article."""
        return self.scores_one(Profile(small.id, dict(small.centroid), small.first, ""), large)

    def _maybe_merge(self, a: _Story, b: _Story) -> _Story:
        keep, gone = (a, b) if len(a.members) >= len(b.members) else (b, a)
        if self._story_fit(gone, keep) < self.config.story_merge:
            return a
        self._absorb(keep, gone)
        return keep

    def _absorb(self, keep: _Story, gone: _Story) -> None:
        """Move every article of ``gone`` into ``keep``; ``gone``'s id then redirects to ``keep``."""
        self.changed.update((keep.id, gone.id))
        for member in list(gone.members):
            keep.members.append(member)
            self.story_of[member] = keep.id
        for term, count in gone.centroid.items():
            keep.centroid[term] = keep.centroid.get(term, 0.0) + count
        known = [d for d in (keep.first, keep.last, gone.first, gone.last) if d is not None]
        keep.first, keep.last = (min(known), max(known)) if known else (None, None)
        del self.stories[gone.id]
        self.redirects[gone.id] = keep.id
        self._refresh(keep)

    def resolve(self, story_id: str) -> str:
        """The current id of ``story_id``, following redirects left by merges."""
        seen = set()
        while story_id in self.redirects and story_id not in seen:
            seen.add(story_id)
            story_id = self.redirects[story_id]
        return story_id

    def refine(self, rounds: int | None = None, only: Iterable[str] | None = None) -> int:
        """Move each article to the story that fits it best given all centroids; return how many moved.

        An article moves when another story beats its own (scored without it) by a clear margin; then
        small stories fold into the story they fit as a whole. ``only``: refine the articles of these
        stories, not all.
        """
        moved_total = 0
        for _ in range(self.config.refine_rounds if rounds is None else rounds):
            moved = 0
            if only is None:
                articles = list(self.profiles)
            else:
                kept = {self.resolve(s) for s in only}
                articles = [a for s in kept if s in self.stories for a in self.stories[s].members]
            for article_id in sorted(articles, key=lambda a: (self.profiles[a].day or 0, a)):
                p = self.profiles[article_id]
                current = self.stories[self.story_of[article_id]]
                if len(current.members) == 1:
                    ranked = self.scores(p, exclude=current.id)
                    if ranked and ranked[0][0] >= self.config.threshold:
                        self._move(p, current, self.stories[ranked[0][1]])
                        moved += 1
                    continue
                self._detach(p, current)
                own = self.scores_one(p, current)
                ranked = self.scores(p, exclude=current.id)
                if ranked and ranked[0][0] >= max(self.config.threshold, own) + 0.05:
                    self._attach(p, self.stories[ranked[0][1]])
                    moved += 1
                else:
                    self._attach(p, current)
            moved += self._merge_small(None if only is None else {self.story_of[a] for a in articles})
            moved_total += moved
            if not moved:
                break
        return moved_total

    def _merge_small(self, only: set[str] | None = None) -> int:
        """Fold each story, smallest first, into the story its whole coverage fits at the join threshold.

        Moving single articles cannot join two groups that each hold together (a follow-up a week later
        and its rewrites); scoring a story's centroid as if it were one article can.
        """
        merged = 0
        chosen = self.stories if only is None else {self.resolve(s) for s in only}
        for story_id in sorted(
            chosen, key=lambda s: (len(self.stories[s].members) if s in self.stories else 0, s)
        ):
            story = self.stories.get(story_id)
            if story is None or not story.members:
                continue
            pseudo = Profile(story.id, dict(story.centroid), story.first, "")
            ranked = self.scores(pseudo, exclude=story.id)
            if ranked and ranked[0][0] >= self.config.story_merge:
                target = self.stories[ranked[0][1]]
                if len(target.members) >= len(story.members):
                    self._absorb(target, story)
                    merged += 1
        return merged

    def scores_one(self, p: Profile, story: _Story) -> float:
        """Time-weighted similarity of ``p`` to one story."""
        vector = self._vector(p.counts, self.config.article_terms)
        norm = self._norm(vector)
        unit = {t: w / norm for t, w in vector.items()} if norm else {}
        return self._blend(self._cosine(vector, norm, story), unit, story) * self._time_factor(p.day, story)

    def _move(self, p: Profile, source: _Story, target: _Story) -> None:
        self._detach(p, source)
        if not source.members:
            del self.stories[source.id]
            self.redirects[source.id] = target.id
        self._attach(p, target)

    def groups(self) -> dict[str, list[str]]:
        """Story id → article ids, for every story with articles."""
        return {sid: list(s.members) for sid, s in self.stories.items() if s.members}

    def central(self, story_id: str) -> str:
        """The member of ``story_id`` closest to its centroid (ties: earliest, then id): its title."""
        story = self.stories[story_id]
        # The centroid alone (not the blend with members): one dot product per member, however big.
        return max(
            story.members,
            key=lambda m: (
                bool(self.profiles[m].title),
                round(self._cosine(self.unit_vector(m), 1.0, story), 6),
                -(self.profiles[m].day or 0),
                m,
            ),
        )


def cluster_articles(
    articles: Sequence[Article],
    derivations: Iterable[Derivation] = (),
    config: ClusterConfig | None = None,
) -> StoryIndex:
    """Batch clustering: index ``articles`` in date order (longest first within a day), then refine; return
    the index.

    Articles without a day go last, longest first. ``derivations`` among the articles link copies to their
    sources (see :meth:`StoryIndex.add`).
    """
    index = StoryIndex(config)
    by_article: dict[str, list[Derivation]] = defaultdict(list)
    for d in derivations:
        by_article[d.from_id].append(d)
        by_article[d.to_id].append(d)
    length = {a.id: len(a.text) for a in articles}
    profiles = [profile(a, index.config) for a in articles]
    # Day by day, longer articles first: they carry more of their story and seed it better. Without this
    # the order within a day would be that of the ids (hashes), and on ECB+, where no article has a day,
    # six random orders scored from 0.884 to 0.902 within-topic B-cubed F1; longest first scores 0.903.
    profiles.sort(key=lambda p: (p.day is None, p.day or 0, -length[p.article_id], p.article_id))
    for p in profiles:
        if p.article_id not in index.profiles:
            index.add_profile(p, by_article.get(p.article_id, ()))
    index.refine()
    return index
