"""The ``timeline`` task: cross-document timelines of target entities on SemEval-2015 Task 4 (TimeLine).

Each corpus (apple trial, airbus, gm, stock; :mod:`storyline.eval.timeline_data`) is run through the
timeline stage as one story: every document is parsed (:func:`storyline.entities.nlp_model`), its time
expressions found against its creation time (``dct``, the anchor of relative dates), its mentions
extracted, and :func:`storyline.timeline.dated_events` gives its dated events. For each gold timeline, the
events *involving the target entity* are kept: a named mention in the event's clause whose name (mention
text or in-article canonical name) is one of the entity's names, or one of those names written in the
clause. The entity's names are its gold name, that name without a leading place name ("US Federal
Reserve" → "Federal Reserve") or trailing lower-case words ("FTSE 100 index" → "FTSE 100"), and the
initials of a name of several capitalised words ("General Motors" → "GM"): general rules, none keyed to
this data. :func:`storyline.timeline.merge_timeline` merges the kept events across documents; every event of
an entry takes the entry's date.

**Events** are compared as the task names them, ``DOCID-SENTENCE-WORD``: our event's predicate token is
mapped to the corpus token that holds it (its sentence number and word), and a gold event to its sentence
and first word ("take_away" → "take"). **Dates** are written as the gold writes them, ``YYYY-MM-DD`` with
``XX`` for what is unknown: a day is itself, a month ``2006-03-XX``, a year ``2006-XX-XX``; a week, a
quarter or a season keep what their first and last days share.

**Measures** (our approximation of the official scorer, which compares temporal graphs):

- pair P/R/F1: set F1 of (event, date) pairs against every gold pair, including the gold events the task
  left undated (``XXXX-XX-XX``: our stage never places an event without a date of its own, so those count
  as misses);
- event P/R/F1: the same on events alone, whatever their date;
- date accuracy: among our events that are gold events, the share with the gold date;
- Kendall tau: tau-b between our order (entry start day) and the gold order of the events matched in both
  and placed by the gold (order > 0), per timeline, averaged over timelines with two matched events or more.

The details list per timeline the pairs found, missed and spurious.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from storyline.entities import extract_mentions, nlp_model
from storyline.eval.corpus import DataMissing, checksum
from storyline.eval.metrics import kendall_tau, set_prf
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.eval.timeline_data import (
    Timeline,
    TimelineCorpus,
    TimelineDocument,
    corpus_files,
    load_timelines,
)
from storyline.gazetteer import fold, lookup_place
from storyline.records import Article
from storyline.timeline import DatedEvent, TimelineEntry, dated_events, merge_timeline
from storyline.timex import find_timexes

CORPUS_NAMES = {"trial": "apple", "corpus_1": "airbus", "corpus_2": "gm", "corpus_3": "stock"}
SPLITS = ("apple", "airbus", "gm", "stock", "all")

EventKey = tuple[str, int, str]  # document, sentence, first word (case folded)
Pair = tuple[EventKey, str]


def gold_date(value: str) -> str:
    """A gold date in the task's full form: "2006-03" → "2006-03-XX", "1989" → "1989-XX-XX"."""
    parts = value.strip().split("-")
    parts += ["XX"] * (3 - len(parts))
    year, month, day = parts[:3]
    return f"{year:X<4}-{month:X<2}-{day:X<2}"


def our_date(start: date, end: date) -> str:
    """The task's form of the days ``start``–``end``: what they share, ``XX`` for the rest."""
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}-XX"
    if start.year == end.year:
        return f"{start.year:04d}-XX-XX"
    return "XXXX-XX-XX"


_PLACE_WORD = re.compile(r"^(\S+)\s+(.+)$")


def entity_names(name: str) -> set[str]:
    """The folded names a target entity goes by (see the module docstring)."""
    names = {fold(name)}
    match = _PLACE_WORD.match(name.strip())
    if match and lookup_place(match[1]) is not None:
        names.add(fold(match[2]))
    words = name.split()
    while len(words) > 1 and words[-1].islower():
        words = words[:-1]
        names.add(fold(" ".join(words)))
    capitals = [w for w in name.split() if w[:1].isupper() and w.isalpha()]
    if len(capitals) >= 2 and len(capitals) == len(name.split()):
        names.add("".join(w[0] for w in capitals).casefold())
    return {n for n in names if n}


def involves(
    event: DatedEvent, text: str, names: set[str], mention_names: dict[str, tuple[str, str]]
) -> bool:
    """Whether the target entity (``names``) takes part in ``event``: a mention of it in the clause, or its
    name written there. ``mention_names`` maps mention ids to their folded text and canonical name."""
    for mention_id in event.mention_ids:
        if any(n in names for n in mention_names.get(mention_id, ())):
            return True
    clause = f" {fold(text[event.clause_start : event.clause_end])} "
    return any(f" {n} " in clause for n in names)


@dataclass(frozen=True)
class CorpusRun:
    """Our events for one corpus: by document, with each mention's folded names."""

    corpus: TimelineCorpus
    events: dict[str, list[DatedEvent]]
    mention_names: dict[str, tuple[str, str]]


def run_corpus(corpus: TimelineCorpus, nlp: Any = None) -> CorpusRun:
    """Parse every document of ``corpus`` and find its dated events."""
    model = nlp if nlp is not None else nlp_model()
    docs = list(model.pipe(d.text for d in corpus.documents))
    events: dict[str, list[DatedEvent]] = {}
    names: dict[str, tuple[str, str]] = {}
    for document, doc in zip(corpus.documents, docs, strict=True):
        anchor = document_anchor(document)
        article = Article(
            id=document.doc_id,
            source=document.path,
            format="text",
            title=document.title,
            text=document.text,
            published=anchor,
        )
        mentions = extract_mentions(article, doc)
        names.update({m.id: (fold(m.text), fold(m.canonical)) for m in mentions})
        events[document.doc_id] = dated_events(
            article, doc, find_timexes(document.text, anchor, document.doc_id), mentions
        )
    return CorpusRun(corpus, events, names)


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def document_anchor(document: TimelineDocument) -> str | None:
    """The document's creation time as an ISO day: its ``dct`` when ISO, else the date its date line (the
    sentence under the title) states, else ``None`` (one ``dct`` is written "03-02-2009", which could be
    either day order)."""
    if document.dct and _ISO_DAY.match(document.dct):
        return document.dct
    for sentence in document.sentences[1:2]:
        line = document.text[sentence.start : sentence.end]
        days = [t.value for t in find_timexes(line, None) if _ISO_DAY.fullmatch(t.value)]
        if days:
            return days[0]
    return None


def event_key(document: TimelineDocument, event: DatedEvent) -> EventKey | None:
    """The task's name of our event: the corpus token holding its predicate word."""
    token = next((t for t in document.tokens if t.start <= event.head_start < t.end), None)
    if token is None:
        return None
    return document.doc_id, token.sentence, token.text.casefold()


def gold_pairs(timeline: Timeline) -> list[tuple[Pair, int]]:
    """Each gold (event, date) pair of ``timeline`` with its order (0: not placed in time)."""
    out = []
    for entry in timeline.entries:
        for event in entry.events:
            key = (event.doc_id, event.sentence, event.word.split("_")[0].casefold())
            out.append(((key, gold_date(entry.date)), entry.order))
    return out


def our_timeline(run: CorpusRun, timeline: Timeline) -> list[TimelineEntry]:
    """Our timeline of the target entity of ``timeline`` over the corpus."""
    names = entity_names(timeline.entity)
    texts = {d.doc_id: d.text for d in run.corpus.documents}
    kept = {
        doc_id: [e for e in events if involves(e, texts[doc_id], names, run.mention_names)]
        for doc_id, events in run.events.items()
    }
    published = {d.doc_id: document_anchor(d) for d in run.corpus.documents}
    return merge_timeline(kept, None, published)


def predicted_pairs(run: CorpusRun, entries: Sequence[TimelineEntry]) -> list[tuple[Pair, int]]:
    """Our (event, date) pairs with each entry's rank (the ordinal of its first day)."""
    documents = {d.doc_id: d for d in run.corpus.documents}
    by_id = {e.id: e for events in run.events.values() for e in events}
    out = []
    for entry in entries:
        day = our_date(entry.start, entry.end)
        for event_id in entry.event_ids:
            event = by_id[event_id]
            key = event_key(documents[event.article_id], event)
            if key is not None:
                out.append(((key, day), entry.start.toordinal()))
    return out


@dataclass
class _Tally:
    predicted: set[tuple[str, Pair]]
    gold: set[tuple[str, Pair]]
    matched: int = 0
    dated_right: int = 0
    taus: list[float] | None = None


def _score_timeline(
    name: str, predicted: list[tuple[Pair, int]], gold: list[tuple[Pair, int]], tally: _Tally
) -> dict[str, object]:
    tally.predicted.update((name, p) for p, _ in predicted)
    tally.gold.update((name, g) for g, _ in gold)
    gold_date_of = {g[0]: g[1] for g, _ in gold}
    gold_order = {g[0]: order for g, order in gold}
    ours = {p[0]: (p[1], rank) for p, rank in predicted}
    matched = [k for k in ours if k in gold_date_of]
    tally.matched += len(matched)
    tally.dated_right += sum(1 for k in matched if ours[k][0] == gold_date_of[k])
    placed = [k for k in matched if gold_order[k] > 0]
    if len(placed) >= 2 and tally.taus is not None:
        tally.taus.append(kendall_tau([ours[k][1] for k in placed], [gold_order[k] for k in placed]))
    found = {p for p, _ in predicted} & {g for g, _ in gold}

    def show(pair: Pair) -> str:
        (doc, sentence, word), day = pair
        return f"{doc}-{sentence}-{word} {day}"

    return {
        "timeline": name,
        "found": sorted(show(p) for p in found),
        "missed": sorted(show(g) for g, _ in gold if g not in found),
        "spurious": sorted(show(p) for p, _ in predicted if p not in found),
    }


def _measurements(split: str, tally: _Tally) -> list[Measurement]:
    pairs = set_prf(tally.predicted, tally.gold)
    events = set_prf({(n, p[0]) for n, p in tally.predicted}, {(n, g[0]) for n, g in tally.gold})
    note = f"{len(tally.predicted)} predicted, {len(tally.gold)} gold pairs"
    taus = tally.taus or []
    rows = [
        Measurement(split, "pair precision", pairs.precision, note),
        Measurement(split, "pair recall", pairs.recall, note),
        Measurement(split, "pair F1", pairs.f1, note),
        Measurement(split, "event precision", events.precision, note),
        Measurement(split, "event recall", events.recall, note),
        Measurement(split, "event F1", events.f1, note),
        Measurement(
            split,
            "date accuracy",
            tally.dated_right / tally.matched if tally.matched else None,
            f"{tally.matched} events matched",
        ),
        Measurement(
            split,
            "Kendall tau",
            sum(taus) / len(taus) if taus else None,
            f"mean over {len(taus)} timelines with 2+ matched placed events",
        ),
    ]
    return rows


def score(runs: Iterable[CorpusRun]) -> tuple[list[Measurement], list[dict[str, object]]]:
    """Scores per corpus and for all, and the details of each timeline."""
    tallies = {split: _Tally(set(), set(), taus=[]) for split in SPLITS}
    details = []
    for run in runs:
        split = CORPUS_NAMES.get(run.corpus.name, run.corpus.name)
        tallies.setdefault(split, _Tally(set(), set(), taus=[]))
        for number, timeline in enumerate(run.corpus.timelines):
            name = f"{split}/{number}/{timeline.entity}"
            predicted = predicted_pairs(run, our_timeline(run, timeline))
            gold = gold_pairs(timeline)
            for target in (split, "all"):
                detail = _score_timeline(name, predicted, gold, tallies[target])
            details.append({"corpus": split, **detail})
    measurements = [m for split, tally in tallies.items() for m in _measurements(split, tally)]
    return measurements, details


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Score timelines on ``dataset`` (``semeval2015``)."""
    if dataset != "semeval2015":
        raise ValueError(f"timeline has no dataset {dataset!r}")
    root = Path(context.data) / "semeval2015-timeline"
    if not root.is_dir():
        raise DataMissing(root, "SemEval-2015 TimeLine folder not found")
    corpora = load_timelines(root)
    nlp = nlp_model()
    measurements, details = score(run_corpus(c, nlp) for c in corpora)
    return DatasetResult(tuple(measurements), checksum(corpus_files(root), root), tuple(details))


__all__ = ["entity_names", "gold_date", "our_date", "run", "score"]
