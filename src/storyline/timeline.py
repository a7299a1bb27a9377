"""Timeline: a story's dated events (what happened, when, who), merged across articles, each with its sources.

Two pure stages:

- :func:`dated_events` (one article): for each DATE or TIME expression (:func:`storyline.timex.find_timexes`,
  relative ones already resolved against the article's own date), the event it dates, read off the dependency
  parse (:mod:`storyline.timeline_events`): the predicate it attaches to with its subject and object
  ("France announced the withdrawal of its troops"), or a noun ("the coup in August 2020"). Each
  :class:`DatedEvent` keeps a short extractive phrase (offsets into the article), its sentence, the TimeML
  value and the interval it covers, and the participants: the named mentions of its clause.
- :func:`merge_timeline` (a story): events of all its articles grouped by date and sameness into
  :class:`TimelineEntry` records, ordered by date, each with its articles and its count of independent
  origins.

**Statements.** When the date attaches to a verb of saying ("Lavrov said on Saturday that Mali had asked
for help"), the dated event is the statement: Saturday is when he spoke, not when Mali asked. The event is
kept, of kind ``"statement"``, and its phrase carries the beginning of what was said, so the timeline reads
"Lavrov said on Saturday that Mali had asked Russia for help" under Saturday. The reported content is never
given the statement's date. Events are never dated by the article's own publication date alone: an event
without a time expression of its own is not on the timeline.

**Left out.** Events whose date is unanchored ("on Monday" in an article without a date), names no calendar
span, or only bounds the event ("since 2013", "by the end of the year", "before the elections") stay in
:func:`dated_events`' output, with ``interval`` ``None`` or a bounding ``relation``, and
:func:`merge_timeline` leaves them out; :func:`left_out` counts them.

**Sameness.** Two events are one entry when they cover the same interval at the same granularity (a day
event never merges into a year or a week; a time of day counts as its day), and either their predicates
share a stem ("announced", "announces"), or one is a noun that the other's phrase names under the same
date ("the coup in August 2020" and "culminating in a military coup", both August 2020), or they share a
participant and half of their content words. Embeddings were not used: no labelled set measures merging
yet.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from storyline.records import Article, Mention, TimeExpression
from storyline.timeline_events import AT_THE_TIME, attach, overlapping, predicate_key, trim_range
from storyline.timex import timex_to_interval

Day = date  # the type, under a name that the ``date`` field of TimelineEntry does not shadow

__all__ = ["DatedEvent", "TimelineEntry", "dated_events", "iso_date", "left_out", "merge_timeline"]


@dataclass(frozen=True)
class DatedEvent:
    """An event one article dates with a time expression.

    ``start``/``end`` delimit a short extractive phrase ("France announced the withdrawal of its troops");
    ``head_start``/``head_end`` its predicate word and ``predicate`` that word's stem ("announce");
    ``kind`` is ``"event"`` (a verb), ``"statement"`` (a verb of saying: the date is when it was said) or
    ``"nominal"`` (a noun: "the coup in August 2020"). ``value`` is the time expression's TimeML value,
    ``interval`` the first and last day it covers (``None`` when unanchored or not a calendar span),
    ``relation`` the preposition before it ("on", "since"; "" when none). ``participants`` are the canonical
    names of the named mentions in the event's clause (``clause_start``–``clause_end``: the predicate's
    subtree with its subject), ``mention_ids`` those mentions.
    """

    id: str
    article_id: str
    start: int
    end: int
    text: str
    head_start: int
    head_end: int
    predicate: str
    kind: str
    sentence_start: int
    sentence_end: int
    clause_start: int
    clause_end: int
    timex_start: int
    timex_end: int
    timex_text: str
    value: str
    granularity: str
    anchored: bool
    interval: tuple[date, date] | None
    relation: str = ""
    participants: tuple[str, ...] = ()
    mention_ids: tuple[str, ...] = ()

    @property
    def placed(self) -> bool:
        """Whether the event can go on a timeline: a calendar interval the event happened in."""
        return self.interval is not None and self.relation in AT_THE_TIME


@dataclass(frozen=True)
class TimelineEntry:
    """One event of a story's timeline, told by one or more articles.

    ``date`` is ISO 8601 as precise as the articles know it ("2021-09-13", "2021-09", "2021-W37", "2021",
    or an interval "2021-06-01/2021-08-31" for a season); ``start``/``end`` the days it covers. ``text`` is
    the clearest phrase (the most complete, then the earliest article's), from article ``article_id``;
    ``article_ids`` are every article that tells it, ``origin_count`` how many independent origins they
    come from; ``event_ids`` the :class:`DatedEvent` records merged.
    """

    id: str
    date: str
    start: Day
    end: Day
    granularity: str
    text: str
    article_id: str
    article_ids: tuple[str, ...]
    origin_count: int
    event_ids: tuple[str, ...]
    participants: tuple[str, ...] = ()
    predicate: str = ""


def _id(*parts: object) -> str:
    return hashlib.sha1(":".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def dated_events(
    article: Article, doc: Any, timexes: Sequence[TimeExpression], mentions: Sequence[Mention] = ()
) -> list[DatedEvent]:
    """The events ``article`` dates, one per DATE/TIME expression that attaches to an event in the parse.

    ``doc`` is the article text parsed by :func:`storyline.entities.nlp_model`; ``timexes`` its time
    expressions (:func:`storyline.timex.find_timexes` against the article's date); ``mentions`` its named
    mentions (:func:`storyline.entities.extract_mentions`), which give each event its participants.
    Unanchored and bounding dates are kept (see the module docstring); expressions that date nothing (a
    date line, a date standing alone) give no event.
    """
    text = article.text
    out: list[DatedEvent] = []
    seen: set[tuple[int, int]] = set()
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or _date_line(text, timex):
            continue
        found = attach(doc, timex.start, timex.end)
        if found is None or (found.head, timex.start) in seen:
            continue
        seen.add((found.head, timex.start))
        start, end = trim_range(doc, found.start, found.end)
        head = doc[found.head]
        sentence = head.sent
        clause_start = doc[found.clause_start].idx
        clause_end = doc[found.clause_end].idx + len(doc[found.clause_end].text)
        inside = overlapping(mentions, clause_start, clause_end)
        names = tuple(dict.fromkeys(m.canonical for m in inside))
        out.append(
            DatedEvent(
                id=_id(article.id, head.idx, timex.start),
                article_id=article.id,
                start=start,
                end=end,
                text=" ".join(text[start:end].split()),
                head_start=head.idx,
                head_end=head.idx + len(head.text),
                predicate=predicate_key(head.text),
                kind=found.kind,
                sentence_start=sentence.start_char,
                sentence_end=sentence.end_char,
                clause_start=clause_start,
                clause_end=clause_end,
                timex_start=timex.start,
                timex_end=timex.end,
                timex_text=timex.text,
                value=timex.value,
                granularity=timex.granularity,
                anchored=timex.anchored,
                interval=timex_to_interval(timex.value),
                relation=found.relation,
                participants=names,
                mention_ids=tuple(m.id for m in inside),
            )
        )
    return out


def _date_line(text: str, timex: TimeExpression) -> bool:
    """Whether the expression is a line of its own (a date line under a title): publication framing that
    dates no event, even when the parser joins it to the title's sentence."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.strip(" \t.,;:-–—|()[]")) <= len(timex.text) + 4


_ISO = re.compile(r"\d{4}(-\d\d(-\d\d)?)?\Z|\d{4}-W\d\d\Z")


def iso_date(value: str, interval: tuple[date, date]) -> str:
    """ISO 8601 for a TimeML value: itself when ISO already ("2021-09-13", "2021-W37", "2021"), the day of
    a time ("2021-09-13T15:00" → "2021-09-13"), else the interval ("2021-06-01/2021-08-31")."""
    day = value.split("T", 1)[0]
    if _ISO.match(day):
        return day
    first, last = interval
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def left_out(events_by_article: Mapping[str, Sequence[DatedEvent]]) -> int:
    """How many events :func:`merge_timeline` leaves out: unanchored, not a calendar span, or bounded only."""
    return sum(1 for events in events_by_article.values() for e in events if not e.placed)


_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "that",
        "this",
        "its",
        "their",
        "his",
        "her",
        "it",
        "they",
        "he",
        "she",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "said",
        "says",
        "than",
        "as",
    ]
)


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in _STOP and len(w) > 2)


def _head_word(event: DatedEvent) -> str:
    return event.text[event.head_start - event.start : event.head_end - event.start].casefold()


def _span_key(event: DatedEvent) -> tuple[str, tuple[date, date] | None]:
    """Granularity (a time of day counts as its day) and interval: events that may be one entry."""
    return ("day" if event.granularity == "time" else event.granularity), event.interval


def _same(a: DatedEvent, b: DatedEvent) -> bool:
    """Whether two events of one granularity and interval are one event (see the module docstring)."""
    if a.predicate == b.predicate:
        return True
    wa, wb = _content(a.text), _content(b.text)
    if a.value == b.value and (
        (a.kind == "nominal" and _head_word(a) in wb) or (b.kind == "nominal" and _head_word(b) in wa)
    ):
        return True  # "the coup in August 2020" and "culminating in a military coup" (August 2020)
    if not set(a.participants) & set(b.participants):
        return False
    return bool(wa and wb) and len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def _completeness(event: DatedEvent) -> int:
    """How complete a phrase is: who takes part, and a verb with its subject or a noun with its date."""
    with_subject = event.kind != "nominal" and event.head_start > event.start
    with_date = event.kind == "nominal" and event.start <= event.timex_start < event.end
    return len(event.participants) + 2 * with_subject + with_date


def merge_timeline(
    events_by_article: Mapping[str, Sequence[DatedEvent]],
    origin_of: Mapping[str, str] | None = None,
    published: Mapping[str, str | None] | None = None,
) -> list[TimelineEntry]:
    """The story's timeline: its articles' placed events grouped into entries, ordered by date.

    ``events_by_article`` maps article ids to :func:`dated_events` output; ``origin_of`` maps an article id
    to its origin's id (:func:`storyline.origins.build_origins`; an article absent from it is its own
    origin); ``published`` maps article ids to their publication dates, used to prefer the earliest
    article's phrase among equally complete ones. Events that are not placed are left out
    (:func:`left_out` counts them). Entries on the same date keep the order of their first mention.
    """
    origins = origin_of or {}
    dates = published or {}
    placed = [e for events in events_by_article.values() for e in events if e.placed]
    placed.sort(key=lambda e: (dates.get(e.article_id) or "9999", e.article_id, e.start))
    groups: list[list[DatedEvent]] = []
    by_span: dict[tuple[str, tuple[date, date] | None], list[list[DatedEvent]]] = {}
    for event in placed:  # only events of one granularity and one interval can be one entry
        bucket = by_span.setdefault(_span_key(event), [])
        group = next((g for g in bucket if any(_same(event, other) for other in g)), None)
        if group is None:
            group = []
            bucket.append(group)
            groups.append(group)
        group.append(event)
    entries = [_entry(group, origins, dates) for group in groups]
    entries.sort(key=lambda e: (e.start, e.end))
    return entries


def _entry(
    group: list[DatedEvent], origins: Mapping[str, str], dates: Mapping[str, str | None]
) -> TimelineEntry:
    best = max(group, key=lambda e: (_completeness(e), -group.index(e)))
    precise = min(group, key=lambda e: (e.interval[1] - e.interval[0]) if e.interval else 0)
    assert precise.interval is not None
    article_ids = tuple(dict.fromkeys(e.article_id for e in group))
    return TimelineEntry(
        id=_id(*sorted(e.id for e in group)),
        date=iso_date(precise.value, precise.interval),
        start=precise.interval[0],
        end=precise.interval[1],
        granularity=precise.granularity,
        text=best.text,
        article_id=best.article_id,
        article_ids=article_ids,
        origin_count=len({origins.get(a, a) for a in article_ids}),
        event_ids=tuple(e.id for e in group),
        participants=tuple(dict.fromkeys(p for e in group for p in e.participants)),
        predicate=best.predicate,
    )
