"""Brief: a short extractive summary of a story whose every sentence cites the articles that carry it.

:func:`build_brief` never writes a word of its own. Each :class:`BriefSentence` is a sentence of an article of
the story, taken verbatim (or a clean sub-span that is itself a whole sentence: a dateline such as
"PARIS (AFP) –" is cut off the front). It cites every article that carries the same sentence or a
near-identical one (same content words: Jaccard 0.6 or more, or 85% of the sentence's content words in the
other), and ``sources`` says where, article by article, so a reader can check each claim in context.
``origin_count`` counts the independent origins of the cited articles (rewrites of one dispatch count once).

**Candidates.** Sentences of :func:`storyline.sentences.split_sentences`, kept when they read as a sentence:
6 to 60 words, a verb-like word, closing punctuation (headings, captions, datelines and bylines have none),
balanced quotation marks, and no boilerplate (links, Markdown residue, "Read more", "All rights reserved").

**Score** (for "what happened"): *support*, how many other origins say much the same (each origin counts
the share of the sentence's content words its closest sentence shares, when that is 40% or more: paraphrases
corroborate, though only near-identical sentences are cited); *centrality*, how many other origins use
the sentence's content words (in a one-origin story: the article's other sentences); *position*, early in its
article (news leads); *recency*, from a more recent article. Sentences that open on a pronoun ("He said...")
lose points: out of their article they point at nobody; so, a little, do those that open on a connective
("Earlier, ...", "However, ...").

**Roles**, chosen in this order while room is left (``max_sentences``):

- ``lead``: the best-scored sentence mostly outside quotation marks: what happened;
- ``said``: who said what: a sentence holding a quote and saying who spoke, preferring quotes, and speakers,
  carried by more origins; it also cites every article carrying the quote (each at its own sentence);
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

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from storyline.fact_words import stem as fold
from storyline.facts import FactGroup
from storyline.records import Article, QuoteGroup, Story
from storyline.sentences import STOP_WORDS, content_words, normal_words, quote_spans, split_sentences
from storyline.timeline import TimelineEntry

__all__ = ["Brief", "BriefSentence", "SpannedGroup", "build_brief", "carries", "check_brief"]

Role = Literal["lead", "said", "disputed", "latest"]
Source = tuple[str, int, int]
SECTIONS: dict[Role, str] = {"lead": "What happened", "said": "Who said what"}
SECTIONS |= {"disputed": "Where sources disagree", "latest": "Latest"}


@dataclass(frozen=True)
class BriefSentence:
    """One sentence of a brief, verbatim from an article of the story.

    ``article_ids`` are every article that carries it (the same sentence or a near-identical one; for a
    ``said`` sentence, also the articles carrying the quote) and ``sources`` where: (article id, start, end)
    of each one's own sentence, the first being the one ``text`` is taken from. ``origin_count`` counts the
    independent origins of ``article_ids``. ``role``: ``lead`` (what happened), ``said`` (who said what),
    ``disputed`` (one side of a disagreement between sources) or ``latest`` (the newest development).
    """

    text: str
    article_ids: tuple[str, ...]
    origin_count: int
    role: Role
    sources: tuple[Source, ...]


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


@dataclass(frozen=True)
class _Sentence:
    article_id: str
    start: int
    end: int
    text: str
    words: frozenset[str]  # content words: citations compare these
    terms: frozenset[str]  # content words with verb endings folded ("hiring", "hire" → "hir"): scoring
    marks: frozenset[str]  # numbers and negations
    rank: int  # position among its article's clean sentences; -1 when not clean
    clean: bool


# -- clean sentences

_MIN_WORDS, _MAX_WORDS = 6, 60
_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*,?(?:\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?)?"
    r"\s*(?:\([^()]{1,60}\))?\s*[-–—:]+\s+|[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*,?\s*\([^()]{1,60}\)\s*)"
)
_BOILERPLATE = re.compile(
    r"\*\*|\]\(|\[|https?://|www\.|@\w+\.\w|©|\|"
    r"|\b(?:read more|click here|subscribe|sign up|newsletter|all rights reserved|copyright|cookies"
    r"|related (?:article|stories|coverage)|follow us|advertisement|getty images|photo:|image:)",
    re.I,
)
_BYLINE = re.compile(r"^(?:By|From|Reporting by|Written by|Editing by)\s+[A-Z]", re.I)
_VERB_LIST = """is are was were be been being am has have had do does did will would shall should can could
    may might must said says say told tells tell made make makes took take takes gave give gives went go goes
    came come comes met meet meets sent send held hold holds left leave leaves led lead won lost began begin
    become became saw see knew know found find struck hit hits put set cut run ran got get gets kept keep
    sought seek fled flee fell fall felt brought bring thought think spoke speak wrote write rose rise paid
    pay sold sell shot shoot built build quit bought buy meant mean stood stand"""
_VERBS = frozenset(_VERB_LIST.split())
_PRONOUNS = "he she they it this these those his her their its him them we"
# Openings that lean on a sentence before them.
_CONNECTIVES = "earlier meanwhile however but also instead still later then thus so yet"
_PRONOUN_START, _CONNECTIVE_START = frozenset(_PRONOUNS.split()), frozenset(_CONNECTIVES.split())


def _has_verb(words: Sequence[str]) -> bool:
    return any(w in _VERBS or (len(w) > 4 and w.endswith(("ed", "ing", "es"))) for w in words)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a dateline ("PARIS (AFP) –") off the front of the sentence at ``start``..``end``."""
    match = _DATELINE.match(text, start, end)
    if match and match.end() < end and (text[match.end()].isupper() or text[match.end()] in "\"“‘'"):
        return match.end(), end
    return start, end


def _unclean(text: str) -> str | None:
    """Why ``text`` cannot stand in a brief, or ``None`` when it can."""
    words = normal_words(text)
    first = text.lstrip("\"“‘'([")[:1]
    checks = [
        (len(words) < _MIN_WORDS, "too short"),
        (len(words) > _MAX_WORDS, "too long"),
        (not _END.search(text), "no closing punctuation (heading, caption, dateline or byline)"),
        (bool(_BOILERPLATE.search(text)) or text.lstrip().startswith("#"), "boilerplate"),
        (bool(_BYLINE.match(text)), "byline"),
        (text.count("“") != text.count("”") or text.count('"') % 2 == 1, "unbalanced quotation marks"),
        (not (first.isupper() or first.isdigit()), "fragment (starts in lower case)"),
        (not _has_verb(words), "no verb-like word"),
    ]
    return next((reason for failed, reason in checks if failed), None)


def _sentence(article_id: str, start: int, text: str, rank: int = -1, clean: bool = False) -> _Sentence:
    words = frozenset(content_words(text))
    terms = frozenset(fold(w) for w in words)
    return _Sentence(article_id, start, start + len(text), text, words, terms, _marks(text), rank, clean)


def _sentences(article: Article) -> list[_Sentence]:
    out = []
    rank = 0
    for start, end in split_sentences(article.text):
        start, end = _trim(article.text, start, end)
        text = article.text[start:end]
        clean = _unclean(text) is None
        out.append(_sentence(article.id, start, text, rank if clean else -1, clean))
        rank += clean
    return out


# -- similarity

_NUMBER_WORDS = """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred thousand million billion dozen dozens half first second third"""
_NEGATION = frozenset(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without"])
_MARKS = frozenset(_NUMBER_WORDS.split()) | _NEGATION


def _marks(text: str) -> frozenset[str]:
    """The numbers and negations of ``text``: two sentences that differ in them do not say the same."""
    words = normal_words(text)
    return frozenset(
        "not" if w.endswith("n't") or w in _NEGATION else w
        for w in words
        if w in _MARKS or w[:1].isdigit() or w.endswith("n't")
    )


def _carries(other: _Sentence, sentence: _Sentence) -> bool:
    o, s = other.words, sentence.words
    negated = ("not" in other.marks) != ("not" in sentence.marks)
    if not o or not s or negated or not sentence.marks <= other.marks:
        return False
    shared = len(o & s)
    return shared >= 0.6 * len(o | s) or (len(s) >= 8 and shared >= 0.85 * len(s))


def carries(other: str, sentence: str) -> bool:
    """Whether the sentence ``other`` carries ``sentence``: near-identical (content-word Jaccard 0.6 or more)
    or holding 85% of its content words (a sentence of eight or more), with the same numbers and negations
    (both negated or neither; ``other`` may state more numbers, never fewer)."""
    return _carries(_sentence("", 0, other), _sentence("", 0, sentence))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _redundant(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and (_jaccard(a, b) >= 0.5 or len(a & b) >= 0.7 * min(len(a), len(b)))


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
        self.all = {a.id: _sentences(a) for a in self.articles}
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

    @staticmethod
    def _key(s: _Sentence) -> Source:
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
                - 0.4 * (bool(words) and words[0] in _PRONOUN_START)
                - 0.2 * (bool(words) and words[0] in _CONNECTIVE_START)
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

    def _at(self, article_id: str, offset: int) -> _Sentence | None:
        """The sentence of ``article_id`` that holds ``offset``."""
        return next((s for s in self.all.get(article_id, []) if s.start <= offset < s.end), None)

    def _is_redundant(self, words: frozenset[str]) -> bool:
        return any(_redundant(words, c) for c in self.chosen_words)

    def _citations(self, s: _Sentence, extra: Iterable[Source] = ()) -> tuple[Source, ...]:
        sources = {s.article_id: self._key(s)}
        for article_id, start, end in extra:
            sources.setdefault(article_id, (article_id, start, end))
        for article in self.articles:
            if article.id in sources:
                continue
            found = [o for o in self.all[article.id] if _carries(o, s)]
            if found:
                sources[article.id] = self._key(max(found, key=lambda o: _jaccard(o.words, s.words)))
        return tuple(sources.values())

    def add(self, s: _Sentence, role: Role, extra: Iterable[Source] = (), check: bool = True) -> bool:
        taken = any(c.sources[0] == self._key(s) for c in self.chosen)
        if taken or len(self.chosen) >= self.limit or (check and self._is_redundant(s.terms)):
            return False
        sources = self._citations(s, extra)
        ids = tuple(a for a, _, _ in sources)
        self.chosen.append(BriefSentence(s.text, ids, len({self.origin[a] for a in ids}), role, sources))
        self.chosen_words.append(s.terms)
        self.covered |= self.actors_at.get(self._key(s), set())
        return True

    def gain(self, s: _Sentence) -> float:
        """MMR: the sentence's score, less its closeness to the chosen ones, less 0.15 for each sentence
        already taken from its origin (a multi-document brief draws on several sources), plus 0.15 when it
        shows an actor acting whom no chosen sentence shows yet (each party's move: France warns, Mali
        accuses, Russia denies)."""
        close = max((_jaccard(s.terms, c) for c in self.chosen_words), default=0.0)
        used = sum(self.origin[c.sources[0][0]] == self.origin[s.article_id] for c in self.chosen)
        new_actor = bool(self.actors_at.get(self._key(s), set()) - self.covered)
        return self.score.get(self._key(s), 0.0) - 0.5 * close - 0.15 * used + 0.15 * new_actor

    def said(self, groups: Sequence[QuoteGroup]) -> None:
        """The best "who said what": quotes carried by more origins, of speakers quoted by more origins, in
        a sentence that says who spoke; it cites every article carrying the quote."""
        speaker_origins: dict[str, set[str]] = defaultdict(set)
        for group in groups:
            key = _speaker_key(group)
            if key:
                speaker_origins[key].update(self.origin.get(a, a) for a in group.article_ids)
        options = []
        for group in groups:
            sentences = [self._at(a, start) for a, start, _ in group.spans]
            usable = [
                s
                for s in sentences
                if s is not None and s.clean and not self._is_redundant(s.terms)
                if _names_speaker(s.text, group.speaker)
            ]
            if not usable:
                continue
            best = max(usable, key=self.gain)
            # The other appearances are cited only where their sentence carries this one (same numbers,
            # same negation): an outlet may quote the same words in a sentence that says something else.
            extra = [self._key(o) for o in sentences if o is not None and (o is best or _carries(o, best))]
            heard = len(speaker_origins.get(_speaker_key(group) or "", ()))
            value = self.gain(best) + 0.2 * (group.origin_count - 1) + 0.2 * max(0, heard - 1)
            options.append((value, best, extra))
        for _, best, extra in sorted(options, key=lambda o: -o[0]):
            if self.add(best, "said", extra):
                return

    def disputed(self, groups: Sequence[FactGroup]) -> None:
        options = []
        for group in groups:
            if group.status != "conflict" or len(group.values) < 2:
                continue
            facts = {f.id: f for f in group.facts}
            sides = []
            for value in sorted(group.values, key=lambda v: -v.origin_count)[:2]:
                found = [facts[i] for i in value.fact_ids if i in facts]
                spans = [s for s in (self._at(f.article_id, f.start) for f in found) if s is not None]
                clean = [s for s in spans if s.clean]
                if not clean:
                    break
                best = max(clean, key=lambda s: self.score.get(self._key(s), 0.0))
                # Cited where the sentence itself is carried; the other articles stating the value are in the
                # story's facts and conflicts, not behind a sentence they do not say.
                sides.append((best, [self._key(s) for s in spans if s is best or _carries(s, best)]))
            if len(sides) == 2 and sides[0][0].words != sides[1][0].words:
                rank = (
                    group.relation == "conflict",
                    group.origin_count,
                    sum(self.score.get(self._key(s), 0.0) for s, _ in sides),
                )
                options.append((rank, sides))
        if options and self.limit - len(self.chosen) >= 2:
            _, sides = max(options, key=lambda o: o[0])
            # A side already shown (as the lead, say) is not repeated; the other side still is.
            shown = [self._is_redundant(best.terms) for best, _ in sides]
            for (best, extra), skip in zip(sides, shown, strict=True):
                if not skip:
                    self.add(best, "disputed", extra, check=False)

    def latest(self, timeline: Sequence[TimelineEntry]) -> None:
        """The newest development: a sentence telling the latest timeline entry dated no later than the newest
        article (by :meth:`gain` among those of that date), else one of the newest article; nothing when
        the articles do not span two dates."""
        if self.newest is None or not self.date_rank:
            return
        by_date: dict[str, list[_Sentence]] = defaultdict(list)
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
    max_sentences: int = 6,
) -> Brief:
    """The brief of ``story``: at most ``max_sentences`` sentences of its articles, each citing its sources.

    ``articles`` maps ids to the story's articles (others are ignored; a story article missing from it is
    left out); ``origin_of`` article id → origin id (a missing article is its own origin). ``quote_groups``
    (:func:`storyline.store.quotes.story_quote_groups`), ``fact_groups``
    (:func:`storyline.store.items.story_fact_groups`), ``timeline``
    (:func:`storyline.store.items.story_timeline`) and ``actions`` (groups with ``origin_count`` and
    ``spans``) are optional: without them the brief is built from the text alone. See the module docstring.
    """
    builder = _Builder(story, articles, origin_of, actions, max_sentences)
    if builder.pool and builder.limit:
        # What happened is told, not quoted: the lead is a sentence mostly outside quotation marks.
        told = [s for s in builder.pool if sum(e - b for b, e in quote_spans(s.text)) < len(s.text) / 2]
        builder.add(
            max(told or builder.pool, key=lambda s: (builder.score[builder._key(s)], -s.rank)), "lead"
        )
        builder.said(quote_groups)
        builder.disputed(fact_groups)
        builder.latest(timeline)
        builder.fill()
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
