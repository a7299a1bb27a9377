"""Typed records passed between pipeline stages.

All records are frozen dataclasses without mutable defaults: a stage returns new records and never edits
old ones.
Character offsets always point into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DatePrecision = Literal["year", "month", "day", "minute"]
InputFormat = Literal["text", "markdown", "html", "json", "warc", "feed", "url"]


@dataclass(frozen=True)
class Hints:
    """Metadata that a container states about a document (feed entry, JSON fields, HTML meta, WARC header).

    A hint is what the container says, not a guess; ``None`` means the container is silent.
    """

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    published_source: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """One document as read from its source, before cleaning.

    ``text`` is plain text with paragraphs separated by blank lines; for HTML it is the extracted main text.
    ``source`` names where it came from: a path, ``path#N`` for the N-th record of a container, or a URL.
    """

    source: str
    format: InputFormat
    text: str
    hints: Hints = field(default_factory=Hints)
    encoding: str = "utf-8"
    source_path: str | None = None
    html: str | None = None


@dataclass(frozen=True)
class RemovedLine:
    """A line or fragment that cleaning took out of the text, with the rule that took it."""

    text: str
    reason: str
    line: int


@dataclass(frozen=True)
class Article:
    """One clean article, identified by the hash of its clean text.

    ``published`` is an ISO 8601 date or datetime; ``published_precision`` says how much of it the source
    states and ``published_source`` where it was read (header, html-meta, feed, json, text-line, url).
    Fields the source does not state are ``None``: nothing is guessed.
    """

    id: str
    source: str
    format: InputFormat
    title: str | None
    text: str
    source_path: str | None = None
    url: str | None = None
    outlet: str | None = None
    outlet_source: str | None = None
    byline: str | None = None
    published: str | None = None
    published_precision: DatePrecision | None = None
    published_source: str | None = None
    wire_credits: tuple[str, ...] = ()
    language: str | None = None
    encoding: str = "utf-8"
    removed: tuple[RemovedLine, ...] = ()
    body_hash: str = ""


@dataclass(frozen=True)
class Failure:
    """An input that could not be ingested, and why (one line naming the input)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class IngestReport:
    """What one ``ingest`` call did."""

    ingested: tuple[str, ...]
    duplicates: tuple[tuple[str, str], ...]
    failures: tuple[Failure, ...]
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failures


DerivationKind = Literal["exact", "near-duplicate", "rewrite", "shared-quotes", "wire-origin"]
DirectionBasis = Literal["earlier", "credits-agency", "names-outlet", "longer", "undetermined"]


@dataclass(frozen=True)
class AlignedPair:
    """Evidence of a derivation: a sentence (or quoted passage) of the source and its match in the copy.

    ``from_start``/``from_end`` are offsets into the source article's text, ``to_start``/``to_end`` into the
    derived article's; ``match`` says how they are alike and ``similarity`` how much (0 to 1).
    """

    from_start: int
    from_end: int
    to_start: int
    to_end: int
    similarity: float
    match: Literal["verbatim", "paraphrase", "quote"]


@dataclass(frozen=True)
class Derivation:
    """Article ``to_id`` derives from article ``from_id`` (or both from one wire dispatch).

    ``score`` is 0 to 1 (1 for exact copies); ``evidence`` the aligned sentences with offsets into both
    texts; ``direction`` the rule that chose the source: published earlier, credits a wire agency the other
    does not, is the outlet the other names ("first published by ..."), longer, or undetermined (ids decide).
    """

    from_id: str
    to_id: str
    kind: DerivationKind
    score: float
    evidence: tuple[AlignedPair, ...] = ()
    direction: DirectionBasis = "undetermined"


@dataclass(frozen=True)
class Origin:
    """Articles that trace back to one source: counted once wherever Storyline counts support.

    ``id`` is the id of the group's source article (its earliest); ``credited_to`` the wire agency its
    articles credit when they agree on one, else ``None``.
    """

    id: str
    article_ids: tuple[str, ...]
    credited_to: str | None = None


@dataclass(frozen=True)
class SubEvent:
    """A second level inside a story: articles about one development (an announcement, a reaction a week
    later). ``title`` is drawn from its articles; dates are ISO strings as precise as the articles state."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True)
class Story:
    """Coverage of one real-world story: its articles, where and when it ran, and how many origins it has.

    ``id`` is stable: it is the id of the story's first article when the story was formed, and survives
    growth; when two stories merge, the survivor keeps its id and the other's id redirects to it.
    ``origin_count`` counts independent origins (rewrites of one dispatch count once), never articles.
    """

    id: str
    title: str
    article_ids: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    outlets: tuple[str, ...]
    origin_count: int
    subevents: tuple[SubEvent, ...] = ()

    @property
    def article_count(self) -> int:
        """How many articles the story holds."""
        return len(self.article_ids)


# -- entities

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT"]


@dataclass(frozen=True)
class Mention:
    """A name in an article: offsets into ``Article.text``, the sentence around it, its type, and the full
    name it stands for in this article (``canonical``: "Parly" → "Florence Parly", "EU" → "European Union").

    ``role`` holds titles and roles attached to the name ("Defence Minister", "Kremlin spokesman"), joined by
    "; " when there are several; ``expansion`` spells out an acronym; ``ner_label`` is the type spaCy gave
    (empty when the gazetteer found a name NER missed) and ``correction`` says why ``type`` differs from it.
    """

    id: str
    article_id: str
    start: int
    end: int
    text: str
    type: str
    canonical: str
    sentence_start: int
    sentence_end: int
    role: str | None = None
    expansion: str | None = None
    ner_label: str = ""
    correction: str | None = None


@dataclass(frozen=True)
class MergeEvidence:
    """Why two names were judged one entity: the two names, a short reason and a score (0 to 1)."""

    left: str
    right: str
    reason: str
    score: float


@dataclass(frozen=True)
class Entity:
    """One real-world person, organisation, place, group or event across articles.

    ``id`` is the hash of the type and canonical ``name``; ``aliases`` the other names it goes by;
    ``mention_ids`` refer to :class:`Mention` ids; ``coordinates`` (lat, lon) are set for places the
    gazetteer knows (a country's are its capital's), ``place_kind`` says which kind of place it is;
    ``evidence`` lists each merge that built the entity.
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    article_ids: tuple[str, ...]
    mention_ids: tuple[str, ...]
    coordinates: tuple[float, float] | None = None
    place_kind: str | None = None
    evidence: tuple[MergeEvidence, ...] = ()


# -- quotes

QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True)
class Quote:
    """Words an article attributes to someone: the quoted or reported span, its kind, and who said it.

    ``start``/``end`` delimit the words said (without the quote marks of a direct quote; for indirect speech,
    the reported clause). ``speaker`` is the most specific description the text gives ("Sergei Lavrov", "a
    diplomat in the Russian embassy"), or ``None`` when the text does not say; ``speaker_start``/``_end``
    locate it, and ``speaker_mention_id`` links it to the name :class:`Mention` it is (or that a pronoun or
    role refers to). ``cue`` is the verb or phrase that reports the speech ("said", "according to");
    ``audience`` whom or where it was said to ("reporters", "AFP", "a press conference in New York").
    """

    id: str
    article_id: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_mention_id: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    audience: str | None
    sentence_start: int
    sentence_end: int


# -- time expressions and quantities

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class TimeExpression:
    """A time expression in an article, normalised to a TimeML (TIMEX3) value.

    ``value`` is the TimeML value ("2021-09-13", "2021-W37", "2021-SU", "P5Y", "PRESENT_REF"), resolved
    against ``anchor`` (the article's publication date, ISO) when the expression is relative. Without an
    anchor a relative expression keeps an unanchored value and ``anchored`` is false: a date is never
    guessed. ``granularity`` names the value's unit ("day", "week", "month", "season", "quarter", "year",
    "decade", "century", "time", "duration", "set", "ref").
    """

    article_id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    granularity: str
    anchored: bool
    anchor: str | None = None


QuantityQualifier = Literal[
    "exact", "about", "at least", "more than", "at most", "less than", "up to", "range"
]


@dataclass(frozen=True)
class Quantity:
    """A number an article states, with what it counts.

    ``value`` is the number ("thousand" → 1000.0, "two-thirds" → 0.667); a range ("1,000 to 1,200") sets
    ``low`` and ``high`` with ``value`` = ``low``. ``qualifier`` keeps "about", "up to", "at least"...
    ``unit`` is a currency code ("EUR"), "%" or ``None`` for a bare count; ``per`` a period ("month") for
    rates. ``counted`` is the noun phrase counted ("UN peacekeepers", "euros per month"), and ``about``
    whom or where the number is about, when the sentence says. ``kind`` is "count", "money", "percent",
    "year" or "other".
    """

    article_id: str
    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: QuantityQualifier
    unit: str | None
    per: str | None
    counted: str | None
    counted_start: int | None
    counted_end: int | None
    about: str | None
    kind: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class QuoteGroup:
    """One quotation across a story's articles: the same words (exact, trimmed or reworded a little) said by
    the same speaker, however many outlets carry them.

    ``text`` is the fullest version; ``quote_ids``/``article_ids`` every appearance, and ``spans`` where each
    appearance is: (article id, start, end) in that article's text; ``first_article_id`` and
    ``first_seen`` the earliest; ``origin_count`` the independent origins carrying it (rewrites of one
    dispatch count once). ``speaker_entity_id`` is set when the speaker is a resolved entity.
    """

    id: str
    text: str
    kind: QuoteKind
    speaker: str | None
    speaker_entity_id: str | None
    quote_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    first_article_id: str
    first_seen: str | None
    origin_count: int
    spans: tuple[tuple[str, int, int], ...] = ()
    audience: str | None = None
