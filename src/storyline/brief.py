"""Brief: a short extractive summary of a story whose every sentence cites the articles that carry it.

:func:`build_brief` never writes a word of its own. Each :class:`BriefSentence` is a sentence of an article of
the story, taken verbatim (or a clean sub-span that is itself a whole sentence: a dateline such as
"PARIS (AFP) –" is cut off the front). It cites every article that carries the same sentence or a
near-identical one (same content words: Jaccard 0.6 or more, or 85% of the sentence's content words in the
other), and ``sources`` says where, article by article, so a reader can check each claim in context.
``origin_count`` counts the independent origins of the cited articles (rewrites of one dispatch count once).

**Candidates** are the clean sentences of :mod:`storyline.brief_sentences` (they read as a sentence: no
heading, caption, byline, boilerplate or fragment).

**Score** (for "what happened"): *support*, how many other origins say much the same (each origin counts
the share of the sentence's content words its closest sentence shares, when that is 40% or more: paraphrases
corroborate, though only near-identical sentences are cited); *centrality*, how many other origins use
the sentence's content words (in a one-origin story: the article's other sentences); *position*, early in its
article (news leads); *recency*, from a more recent article. Sentences that open on a pronoun ("He said...")
or speak of someone as "he", "she" or "they" before naming anyone ("In particular, he stated ...",
"Speaking to the public he said ...") lose points: out of their article they point at nobody; so, a little,
do those that open on a connective ("Earlier, ...", "However, ...").

**Roles**, chosen in this order while room is left (``max_sentences``):

- ``lead``: the best-scored sentence mostly outside quotation marks: what happened;
- ``said``: who said what. Given the story's ``positions`` (:mod:`storyline.positions`), one sentence for
  each of its main parties (at most :data:`MAX_PARTIES`, leaving room for a dispute and the latest): the
  party's best stance, a quote of one of its speakers or a verbal move (warn, accuse, deny, appeal), in a
  sentence that names who spoke or acted and is not mostly someone else's quotation; ``party`` names the
  party. Without positions, the one best quote: a sentence holding a quote and saying who spoke, preferring
  quotes, and speakers, carried by more origins. A quote's sentence also cites every article carrying the
  quote (each at its own sentence);
- ``disputed``: for the conflict fact group with the most origins (disjoint values before mere tension),
  its two best-supported values, each shown by its own sentence with its own citations: the brief shows the
  disagreement, it never states it in words of its own;
- ``latest``: a sentence telling the latest timeline entry no later than the newest article (else one of
  the newest article), when the articles span more than one date;
- then more ``lead`` sentences by MMR gain (score, less closeness to chosen ones and to used origins).

Each choice skips a sentence too close to one already chosen (MMR-style: content-word Jaccard 0.5, or 70% of
the shorter one's words), except the two sides of a dispute. The **headline** is the title of the article
whose title the other origins' words cover best (a story without titles takes its lead sentence).

**Actions hook.** ``actions``: groups with ``origin_count`` and ``spans`` (article id, start, end), such as
the actions stage's; a sentence holding an action carried by several origins scores higher.

**Rendering.** :func:`render_brief` returns plain text (the CLI escapes it for the terminal with rich) or
Markdown. In Markdown, every piece of article-derived text (sentences, titles, outlets) has its whitespace
collapsed to single spaces (no line of it can start a block), control characters dropped, and each Markdown
metacharacter ``\\ ` * _ { } [ ] ( ) < > # + - ! | ~ &`` escaped with a backslash, which CommonMark renders
as the character itself: no emphasis, link, image, raw HTML, entity, heading or table can come from an
article. :func:`check_brief` lists what would make a brief untrustworthy; it is empty for a sound one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from storyline.brief_sentences import (
    CONNECTIVE_START,
    PRONOUN_START,
    Candidate,
    candidates,
    carries,
    carries_candidate,
    jaccard,
    leans_on_someone_before,
    redundant,
)
from storyline.fact_align import compare, identity, predicates_differ
from storyline.fact_words import stem as fold
from storyline.facts import FactGroup
from storyline.positions import STANCES, Position
from storyline.records import Article, QuoteGroup, Story
from storyline.sentences import STOP_WORDS, content_words, normal_words, quote_spans
from storyline.timeline import TimelineEntry

__all__ = ["Brief", "BriefSentence", "SpannedGroup", "build_brief", "carries", "check_brief"]

Role = Literal["lead", "said", "disputed", "latest"]
Source = tuple[str, int, int]
SECTIONS: dict[Role, str] = {"lead": "What happened", "said": "Who said and did what"}
MAX_PARTIES = 5  # "who said and did what" tells the moves of the story's five main parties at most
SECTIONS |= {"disputed": "Where sources disagree", "latest": "Latest"}


@dataclass(frozen=True)
class BriefSentence:
    """One sentence of a brief, verbatim from an article of the story.

    ``article_ids`` are every article that carries it (the same sentence or a near-identical one; for a
    ``said`` sentence, also the articles carrying the quote) and ``sources`` where: (article id, start, end)
    of each one's own sentence, the first being the one ``text`` is taken from. ``origin_count`` counts the
    independent origins of ``article_ids``. ``role``: ``lead`` (what happened), ``said`` (who said what),
    ``disputed`` (one side of a disagreement between sources) or ``latest`` (the newest development).
    ``party``: for a ``said`` sentence chosen for a party of the story, the party's name ("France").
    """

    text: str
    article_ids: tuple[str, ...]
    origin_count: int
    role: Role
    sources: tuple[Source, ...]
    party: str | None = None


@dataclass(frozen=True)
class Brief:
    """A story's brief: a headline (an article's title, or its lead sentence when no article has a title)
    from article ``headline_article_id``, and its sentences in reading order (``lead`` sentences first, then
    ``said``, ``disputed`` and ``latest``). A story with no usable sentence has an empty brief."""

    story_id: str
    headline: str
    headline_article_id: str | None
    sentences: tuple[BriefSentence, ...]


class SpannedGroup(Protocol):
    """What :func:`build_brief` reads of an action group: how many origins carry it, and where."""

    @property
    def origin_count(self) -> int: ...

    @property
    def spans(self) -> tuple[tuple[str, int, int], ...]: ...


# -- the builder


class _Builder:
    # Candidates: the first clean sentences of each article (leads carry the news); quotes, facts and
    # citations still reach every sentence.
    POOL_RANK = 25

    def __init__(self, story: Story, articles: Mapping[str, Article], origin_of: Mapping[str, str],
                 actions: Sequence[SpannedGroup] | None, limit: int) -> None:  # fmt: skip
        self.limit = max(0, limit)
        self.articles = [articles[a] for a in story.article_ids if a in articles]
        self.by_id = {a.id: a for a in self.articles}
        self.origin = {a.id: origin_of.get(a.id, a.id) for a in self.articles}
        self.all = {a.id: candidates(a) for a in self.articles}
        self.pool = [s for a in self.articles for s in self.all[a.id] if s.clean and s.rank < self.POOL_RANK]
        dates = sorted({a.published[:10] for a in self.articles if a.published})
        self.date_rank = {d: i / (len(dates) - 1) for i, d in enumerate(dates)} if len(dates) > 1 else {}
        self.newest = dates[-1] if dates else None
        self.action_bonus = self._actions(actions or ())
        self.actors_at = self._actors(actions or ())
        self.covered: set[str] = set()  # actors the chosen sentences show acting
        self.score = self._scores()
        self.chosen: list[BriefSentence] = []
        self.chosen_words: list[frozenset[str]] = []  # the chosen sentences' terms
        self.shown_sides: list[Source] = []  # sides of the dispute chosen before it, in another role

    @staticmethod
    def _key(s: Candidate) -> Source:
        return (s.article_id, s.start, s.end)

    def _scores(self) -> dict[Source, float]:
        origins = {self.origin[s.article_id] for s in self.pool}
        vocab: dict[str, set[str]] = defaultdict(set)
        for s in self.pool:
            vocab[self.origin[s.article_id]] |= s.terms
        df = Counter(w for ws in vocab.values() for w in ws)
        sentence_df = Counter(w for s in self.pool for w in s.terms)
        index: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.pool):
            for w in s.terms:
                index[w].append(i)
        # A word in most sentences tells nothing of which sentences match: it is left out of the count.
        common = max(50, len(self.pool) // 3)
        out = {}
        for i, s in enumerate(self.pool):
            own, n = self.origin[s.article_id], len(s.terms) or 1
            shared = Counter(j for w in s.terms if len(index[w]) <= common for j in index[w] if j != i)
            best: dict[str, float] = defaultdict(float)
            for j, count in shared.items():
                other = self.origin[self.pool[j].article_id]
                if other != own:
                    best[other] = max(best[other], count / n)
            if len(origins) > 1:
                support = sum(v for v in best.values() if v >= 0.4) / (len(origins) - 1)
                spread = sum((df[w] - 1) / (len(origins) - 1) for w in s.terms) / n
            else:
                support, spread = 0.0, sum(min(1, sentence_df[w] - 1) for w in s.terms) / n
            published = self.by_id[s.article_id].published
            # Undated articles sit in the middle: their date is unknown, not old.
            recency = self.date_rank.get((published or "")[:10], 0.5) if self.date_rank else 0.0
            words = normal_words(s.text)
            out[self._key(s)] = (
                1.2 * support
                + spread * min(1.0, n / 8)
                + 0.5 / (1 + s.rank)
                + 0.15 * recency
                + self.action_bonus.get(self._key(s), 0.0)
                - 0.4 * ((bool(words) and words[0] in PRONOUN_START) or leans_on_someone_before(s.text))
                - 0.2 * (bool(words) and words[0] in CONNECTIVE_START)
                - 0.3 * s.text.rstrip("\"'”’»)]").endswith("?")
            )
        return out

    def _actions(self, actions: Iterable[SpannedGroup]) -> dict[Source, float]:
        bonus: dict[Source, float] = defaultdict(float)
        for group in (g for g in actions if g.origin_count > 1):
            for s in filter(None, (self._at(a, start) for a, start, _ in group.spans)):
                bonus[self._key(s)] = max(bonus[self._key(s)], min(1.0, 0.1 * group.origin_count))
        return bonus

    def _actors(self, actions: Iterable[SpannedGroup]) -> dict[Source, set[str]]:
        """Who acts in each sentence, for groups that name their actor (``actor_key``)."""
        out: dict[Source, set[str]] = defaultdict(set)
        for group in actions:
            actor = getattr(group, "actor_key", None)
            if actor:
                for s in filter(None, (self._at(a, start) for a, start, _ in group.spans)):
                    out[self._key(s)].add(actor)
        return out

    def _at(self, article_id: str, offset: int) -> Candidate | None:
        """The sentence of ``article_id`` that holds ``offset``."""
        return next((s for s in self.all.get(article_id, []) if s.start <= offset < s.end), None)

    def _is_redundant(self, words: frozenset[str]) -> bool:
        return any(redundant(words, c) for c in self.chosen_words)

    def _citations(self, s: Candidate, extra: Iterable[Source] = ()) -> tuple[Source, ...]:
        sources = {s.article_id: self._key(s)}
        for article_id, start, end in extra:
            sources.setdefault(article_id, (article_id, start, end))
        for article in self.articles:
            if article.id in sources:
                continue
            found = [o for o in self.all[article.id] if carries_candidate(o, s)]
            if found:
                sources[article.id] = self._key(max(found, key=lambda o: jaccard(o.words, s.words)))
        return tuple(sources.values())

    def add(
        self,
        s: Candidate,
        role: Role,
        extra: Iterable[Source] = (),
        check: bool = True,
        party: str | None = None,
    ) -> bool:
        taken = any(c.sources[0] == self._key(s) for c in self.chosen)
        if taken or len(self.chosen) >= self.limit or (check and self._is_redundant(s.terms)):
            return False
        sources = self._citations(s, extra)
        ids = tuple(a for a, _, _ in sources)
        origins = len({self.origin[a] for a in ids})
        self.chosen.append(BriefSentence(s.text, ids, origins, role, sources, party))
        self.chosen_words.append(s.terms)
        self.covered |= self.actors_at.get(self._key(s), set())
        return True

    def gain(self, s: Candidate) -> float:
        """MMR: the sentence's score, less its closeness to the chosen ones, less 0.15 for each sentence
        already taken from its origin (a multi-document brief draws on several sources), plus 0.15 when it
        shows an actor acting whom no chosen sentence shows yet (each party's move: France warns, Mali
        accuses, Russia denies)."""
        close = max((jaccard(s.terms, c) for c in self.chosen_words), default=0.0)
        used = sum(self.origin[c.sources[0][0]] == self.origin[s.article_id] for c in self.chosen)
        new_actor = bool(self.actors_at.get(self._key(s), set()) - self.covered)
        return self.score.get(self._key(s), 0.0) - 0.5 * close - 0.15 * used + 0.15 * new_actor

    def said(self, groups: Sequence[QuoteGroup]) -> None:
        """The best "who said what" when the story's parties are not known: quotes carried by more origins,
        of speakers quoted by more origins, in a sentence that says who spoke."""
        speaker_origins: dict[str, set[str]] = defaultdict(set)
        for group in groups:
            key = _speaker_key(group)
            if key:
                speaker_origins[key].update(self.origin.get(a, a) for a in group.article_ids)
        options = []
        for group in groups:
            found = self._quote_option(group)
            if found is not None:
                value, best, extra = found
                heard = len(speaker_origins.get(_speaker_key(group) or "", ()))
                options.append((value + 0.2 * max(0, heard - 1), best, extra))
        for _, best, extra in sorted(options, key=lambda o: -o[0]):
            if self.add(best, "said", extra):
                return

    def _quote_option(self, group: QuoteGroup) -> tuple[float, Candidate, list[Source]] | None:
        """The best sentence telling a quote (one that says who spoke), its value, and where else the quote's
        sentence is carried; ``None`` when no clean, new sentence tells it."""
        sentences = [self._at(a, start) for a, start, _ in group.spans]
        usable = [
            s
            for s in sentences
            if s is not None and s.clean and not self._is_redundant(s.terms)
            if _names_speaker(s.text, group.speaker)
        ]
        if not usable:
            return None
        best = max(usable, key=self.gain)
        # The other appearances are cited only where their sentence carries this one (same numbers, same
        # negation): an outlet may quote the same words in a sentence that says something else.
        extra = [
            self._key(o) for o in sentences if o is not None and (o is best or carries_candidate(o, best))
        ]
        return self.gain(best) + 0.2 * (group.origin_count - 1), best, extra

    def positions(self, parties: Sequence[Position], room: int) -> None:
        """Who said what: for each main party in turn (at most ``room``), its best stance (a quote of one of
        its speakers, or a verbal move: warn, accuse, deny, appeal), carried by more origins first, in a
        sentence that names who spoke or acted ("Lavrov said", "Germany warned"): it stands on its own."""
        for party in parties[:room]:
            options: list[tuple[float, Candidate, list[Source]]] = []
            for quote in party.quotes:
                found = self._quote_option(quote)
                if found is not None and _proper_words(found[1].text) & _proper_words(quote.speaker or ""):
                    options.append(found)
            for group in (g for g in party.actions if g.action_class in STANCES):
                for s in filter(None, (self._at(a, start) for a, start, _ in group.spans)):
                    named = _proper_words(s.text) & _proper_words(group.actor)
                    # An action told inside someone's quotation is their claim, not the party's move.
                    if named and s.clean and _told(s.text) and not self._is_redundant(s.terms):
                        options.append((self.gain(s) + 0.2 * (group.origin_count - 1), s, []))
            for _, best, extra in sorted(options, key=lambda o: -o[0]):
                if self.add(best, "said", extra, party=party.name):
                    break

    def disputed(self, groups: Sequence[FactGroup]) -> None:
        """Where sources disagree: two values of a conflict group, each shown by its own sentence, from two
        facts the aligner holds to be one thing: strongly, or weakly when both hang from verbs of one class or
        neither from a verb (a group may also hold facts only loosely tied: "47 people were killed" and "a
        town of 9,000 people" must not face each other)."""
        texts = {a: article.text for a, article in self.by_id.items()}
        options = []
        for group in groups:
            if group.status != "conflict" or len(group.values) < 2:
                continue
            facts = {f.id: f for f in group.facts}
            value_of = {i: v for v in group.values for i in v.fact_ids}
            # Each fact's sentence, looked up once: the pairs below would otherwise find it again and again.
            at = {f.id: self._at(f.article_id, f.start) for f in group.facts}
            usable = [f for f in group.facts if (s := at[f.id]) is not None and s.clean]
            pairs = []
            for x, a in enumerate(usable):
                for b in usable[x + 1 :]:
                    sa, sb = at[a.id], at[b.id]
                    if (
                        sa is None
                        or sb is None
                        or sa.words == sb.words
                        or value_of.get(a.id) is value_of.get(b.id)
                    ):
                        continue
                    if compare(a, b) not in ("conflict", "tension"):
                        continue
                    same = identity(a, b, texts)
                    alike = (a.predicate is None) == (b.predicate is None) and not predicates_differ(a, b)
                    if same == "strong" or (same == "weak" and alike):
                        support = value_of[a.id].origin_count + value_of[b.id].origin_count
                        score = self.score.get(self._key(sa), 0.0) + self.score.get(self._key(sb), 0.0)
                        pairs.append(((support, score), (a, sa), (b, sb)))
            if not pairs:
                continue
            (support, score), *chosen = max(pairs, key=lambda p: p[0])
            sides = []
            for fact, best in chosen:
                spans = [s for i in value_of[fact.id].fact_ids if i in facts and (s := at[i]) is not None]
                # Cited where the sentence itself is carried; the other articles stating the value are in the
                # story's facts and conflicts, not behind a sentence they do not say.
                sides.append((best, [self._key(s) for s in spans if s is best or carries_candidate(s, best)]))
            options.append(((group.relation == "conflict", support, score), sides))
        if options and self.limit - len(self.chosen) >= 2:
            _, sides = max(options, key=lambda o: o[0])
            # A side already shown is not repeated; the other side still is (see face_disputed). The two
            # sides read alike by nature: a side chosen already is no reason to leave out the other.
            keys = [self._key(best) for best, _ in sides]
            shown = [
                any(
                    redundant(best.terms, words)
                    for c, words in zip(self.chosen, self.chosen_words, strict=True)
                    if c.sources[0] not in keys or c.sources[0] == key
                )
                for (best, _), key in zip(sides, keys, strict=True)
            ]
            for (best, extra), skip in zip(sides, shown, strict=True):
                if not skip:
                    self.add(best, "disputed", extra, check=False)
                else:
                    self.shown_sides.append(self._key(best))

    def face_disputed(self) -> None:
        """Move a side of the dispute chosen word for word as a "what happened" sentence to "Where sources
        disagree", so that the two values face each other, when two other sentences still tell what happened
        (called once the leads are in)."""
        for key in self.shown_sides:
            at = next((i for i, c in enumerate(self.chosen) if c.sources[0] == key), None)
            leads = sum(c.role == "lead" for c in self.chosen)
            if at is not None and self.chosen[at].role == "lead" and leads > 2:
                self.chosen[at] = replace(self.chosen[at], role="disputed")

    def latest(self, timeline: Sequence[TimelineEntry]) -> None:
        """The newest development: a sentence telling the latest timeline entry dated no later than the newest
        article (by :meth:`gain` among those of that date), else one of the newest article; nothing when
        the articles do not span two dates."""
        if self.newest is None or not self.date_rank:
            return
        by_date: dict[str, list[Candidate]] = defaultdict(list)
        for entry in timeline:
            if entry.end.isoformat() > self.newest or entry.granularity in ("year", "decade", "century"):
                continue
            article = self.by_id.get(entry.article_id)
            at = article.text.find(entry.text) if article else -1
            s = self._at(entry.article_id, at) if at >= 0 else None
            if s is not None and s.clean and not self._is_redundant(s.terms):
                by_date[entry.end.isoformat()].append(s)
        newest = [s for s in self.pool if (self.by_id[s.article_id].published or "")[:10] == self.newest]
        for options in [by_date[max(by_date)] if by_date else [], newest]:
            for s in sorted(options, key=lambda s: (self.gain(s), -s.rank), reverse=True):
                if self.add(s, "latest"):
                    return

    def fill(self) -> None:
        """More ``lead`` sentences, by :meth:`gain`, while room is left."""
        left = [s for s in self.pool if not self._is_redundant(s.terms)]
        while left and len(self.chosen) < self.limit:
            best = max(left, key=lambda s: (self.gain(s), -s.rank))
            left.remove(best)
            self.add(best, "lead")
            left = [s for s in left if not self._is_redundant(s.terms)]

    def headline(self) -> tuple[str, str | None]:
        origins = set(self.origin.values())
        titled = [a for a in self.articles if a.title and len(normal_words(a.title)) >= 3]
        if not titled:
            lead = next((c for c in self.chosen if c.role == "lead"), None)
            return (lead.text, lead.sources[0][0]) if lead else ("", None)
        vocab: dict[str, set[str]] = defaultdict(set)
        for s in self.pool:
            vocab[self.origin[s.article_id]] |= s.terms

        def cover(article: Article) -> float:
            words = {fold(w) for w in content_words(article.title or "")}
            others = [vocab[o] for o in origins if o != self.origin[article.id]]
            if not words or not others:
                return 0.0
            return sum(len(words & o) for o in others) / (len(words) * len(others)) * min(1, len(words) / 5)

        best = max(titled, key=lambda a: (cover(a), -self.articles.index(a)))
        return (best.title or "").strip(), best.id


def _speaker_key(group: QuoteGroup) -> str | None:
    """The speaker's entity, else the last capitalised word of the speaker's name ("Lavrov")."""
    if group.speaker_entity_id:
        return group.speaker_entity_id
    names = [w.strip(".,'’") for w in (group.speaker or "").split() if w[:1].isupper()]
    names = [w.lower() for w in names if len(w) > 1 and w.lower() not in STOP_WORDS]
    return names[-1] if names else None


def _told(text: str) -> bool:
    """Whether ``text`` is mostly told, not quoted: under half of it inside quotation marks."""
    return sum(e - b for b, e in quote_spans(text)) < len(text) / 2


def _proper_words(text: str) -> set[str]:
    """The capitalised words of ``text`` past its first, folded ("Le Drian warned France" → drian, france)."""
    words = [w.strip(".,;:!?\"'“”‘’()[]") for w in text.split()[1:]]
    first = text.split()[:1]
    return {fold(w) for w in [*first, *words] if w[:1].isupper() and fold(w) not in STOP_WORDS}


def _names_speaker(text: str, speaker: str | None) -> bool:
    """Whether the sentence says who spoke: a word of the speaker's description, or a reporting verb."""
    named = speaker is not None and bool(set(content_words(speaker)) & set(content_words(text)))
    return named or bool(set(normal_words(text)) & _REPORTING)


_REPORTING = frozenset(["said", "says", "told", "tells", "added", "stated", "warned", "insisted"])


def build_brief(
    story: Story,
    articles: Mapping[str, Article],
    origin_of: Mapping[str, str],
    quote_groups: Sequence[QuoteGroup] = (),
    fact_groups: Sequence[FactGroup] = (),
    timeline: Sequence[TimelineEntry] = (),
    actions: Sequence[SpannedGroup] | None = None,
    max_sentences: int = 10,
    positions: Sequence[Position] = (),
) -> Brief:
    """The brief of ``story``: at most ``max_sentences`` sentences of its articles, each citing its sources.

    ``articles`` maps ids to the story's articles (others are ignored; a story article missing from it is
    left out); ``origin_of`` article id → origin id (a missing article is its own origin). ``quote_groups``
    (:func:`storyline.store.quotes.story_quote_groups`), ``fact_groups``
    (:func:`storyline.store.items.story_fact_groups`), ``timeline``
    (:func:`storyline.store.items.story_timeline`) and ``actions`` (groups with ``origin_count`` and
    ``spans``) are optional: without them the brief is built from the text alone. ``positions``
    (:func:`storyline.positions.story_positions`, main parties first) give "who said and did what" one
    sentence per main party; without them it is the one best quote. See the module docstring.
    """
    builder = _Builder(story, articles, origin_of, actions, max_sentences)
    if builder.pool and builder.limit:
        # What happened is told, not quoted: the lead is a sentence mostly outside quotation marks.
        told = [s for s in builder.pool if _told(s.text)]
        builder.add(
            max(told or builder.pool, key=lambda s: (builder.score[builder._key(s)], -s.rank)), "lead"
        )
        if positions:
            # Room is kept for the two sides of a dispute and the latest development.
            builder.positions(positions, min(MAX_PARTIES, max(1, builder.limit - 4)))
        else:
            builder.said(quote_groups)
        builder.disputed(fact_groups)
        builder.latest(timeline)
        builder.fill()
        builder.face_disputed()
    sentences = sorted(builder.chosen, key=lambda c: list(SECTIONS).index(c.role))
    headline, headline_id = builder.headline()
    return Brief(story.id, headline, headline_id, tuple(sentences))


def check_brief(brief: Brief, articles: Mapping[str, Article]) -> list[str]:
    """What makes ``brief`` untrustworthy against the story's ``articles`` (empty when it is sound): a
    sentence with no citation, not found verbatim in any cited article, or citing an article not in
    ``articles``; a source outside its article's text or not among the citations; a headline that is neither
    the title nor a passage of its article."""
    problems = []
    for n, sentence in enumerate(brief.sentences, 1):
        label = f"sentence {n} ({sentence.text[:40]!r})"
        if not sentence.article_ids:
            problems.append(f"{label} cites no article")
        missing = [a for a in sentence.article_ids if a not in articles]
        problems += [f"{label} cites {a}, which is not an article of the story" for a in missing]
        cited = [articles[a] for a in sentence.article_ids if a in articles]
        if sentence.article_ids and not any(sentence.text in a.text for a in cited):
            problems.append(f"{label} is not found verbatim in any cited article")
        for n_source, (article_id, start, end) in enumerate(sentence.sources):
            if article_id not in sentence.article_ids:
                problems.append(f"{label} has a source in {article_id}, which it does not cite")
            elif article_id in articles and not 0 <= start < end <= len(articles[article_id].text):
                problems.append(f"{label} has a source outside the text of {article_id}")
            elif article_id in articles:
                passage = articles[article_id].text[start:end]
                # The first source is where the sentence was taken from, word for word; every other must
                # carry it (near-identical, same numbers, same negation).
                if (passage != sentence.text) if n_source == 0 else not carries(passage, sentence.text):
                    problems.append(f"{label}: its source in {article_id} does not carry it")
        if set(sentence.article_ids) - {a for a, _, _ in sentence.sources}:
            problems.append(f"{label} cites an article without saying where it carries the sentence")
    if brief.headline:
        article = articles.get(brief.headline_article_id or "")
        if article is None:
            problems.append(f"the headline cites {brief.headline_article_id}, not an article of the story")
        elif brief.headline != (article.title or "").strip() and brief.headline not in article.text:
            problems.append("the headline is neither the title nor a passage of the article it cites")
    return problems
