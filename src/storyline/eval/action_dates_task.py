"""The ``actions`` task on ``meantime``: the date an action carries, against MEANTIME's time links.

MEANTIME links event mentions to time expressions (TLINKs, :class:`~storyline.eval.meantime.TimeLink`). An
event is *dated* by a time expression it IS_INCLUDED in or is SIMULTANEOUS with: "bought a stake *in
2009*". Its links are not exhaustive, so only events with such a link are scored; one dated by the document's
creation time alone has no date written in the text, and a date we give it is right only when it names the
same day. Bounds (BEGUN_BY "since", ENDED_BY "until", BEFORE, AFTER) date nothing.

Each document is parsed, its time expressions found against its creation time, and for every dated gold
event the actions stage's choice of date (:func:`storyline.action_dates.date_of`) is made on the event's word
(a noun's verb is the one it is the subject or object of: "posted a *profit* in the third quarter"):

- *date precision*: of the events given a date, the share whose date names the days of one of the event's
  dating time expressions ("2009-06" and "2009-06" alike);
- *date recall*: of the events dated by a time expression written in the text, the share given a right
  date.

A date is a value, so a wrong normalisation of the right expression counts as wrong: what a reader sees.
The baseline rows give each event the nearest date of its sentence, the stage's rule before attachment.
*Actions on dated events* counts our extracted actions whose trigger is such an event, and *their date
precision* scores the dates those carry (a small sample: the actions stage keeps named actors only).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.action_dates import date_of
from storyline.actions import extract_actions
from storyline.entities import extract_mentions, nlp_model
from storyline.eval.corpus import checksum
from storyline.eval.meantime import MeantimeDocument, corpus_files, load_meantime
from storyline.eval.metrics import offsets_overlap
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.quotes import extract_quotes
from storyline.records import Article, TimeExpression
from storyline.timex import find_timexes, timex_to_interval

DATING = frozenset({"IS_INCLUDED", "SIMULTANEOUS"})
_NOMINAL = frozenset({"dobj", "pobj", "attr", "nsubj", "nsubjpass"})


@dataclass
class DateTally:
    """Counts over documents: events scored, those dated in the text, those given a date, those right, and
    those right among the events dated in the text (recall's numerator)."""

    events: int = 0
    in_text: int = 0
    dated: int = 0
    right: int = 0
    right_in_text: int = 0

    def count(self, given: str | None, gold: set[str], in_text: bool) -> None:
        """Count one event: the date ``given`` to it against its ``gold`` dates."""
        self.events += 1
        self.in_text += in_text
        if given:
            self.dated += 1
            right = any(same_date(given, g) for g in gold)
            self.right += right
            self.right_in_text += right and in_text


@dataclass
class _Run:
    ours: DateTally = field(default_factory=DateTally)
    baseline: DateTally = field(default_factory=DateTally)
    actions: DateTally = field(default_factory=DateTally)


def event_dates(document: MeantimeDocument) -> dict[str, tuple[set[str], bool]]:
    """Each event mention id the gold dates to the values of its dating time expressions, and whether one
    of them is written in the text (not only the creation time)."""
    timexes = {t.id: t for t in document.timexes}
    out: dict[str, tuple[set[str], bool]] = {}
    for link in document.time_links:
        timex = timexes.get(link.timex)
        if timex is None or link.relation not in DATING or timex.type not in ("DATE", "TIME"):
            continue
        values, in_text = out.get(link.event, (set(), False))
        # a time of day dates the event by its day, as the actions stage dates it
        day = timex.value.partition("T")[0] if timex.type == "TIME" else timex.value
        out[link.event] = values | {day}, in_text or not timex.creation_time
    return out


def same_date(ours: str, gold: str) -> bool:
    """Whether two TimeML values name the same days (or are written alike)."""
    if ours == gold:
        return True
    a, b = timex_to_interval(ours), timex_to_interval(gold)
    return a is not None and a == b


def attached_date(token: Any, timexes: Sequence[TimeExpression]) -> str | None:
    """The actions stage's date for an event word (a noun's verb the one it is the subject or object of,
    through its preposition: "*filed* a *lawsuit*", "*took part* in *talks*")."""
    verb = token
    if token.dep_ in _NOMINAL and token.head.i != token.i:
        verb = token.head
        if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head
    return date_of(token, verb, timexes)


def nearest_date(token: Any, timexes: Sequence[TimeExpression]) -> str | None:
    """Baseline: the date in the sentence nearest the word."""
    dates = [t for t in timexes if t.type == "DATE"]
    return min(dates, key=lambda t: abs(t.start - token.idx)).value if dates else None


def _score_document(document: MeantimeDocument, doc: Any, run: _Run) -> None:
    dates = event_dates(document)
    timexes = find_timexes(document.text, document.dct, f"meantime:{document.doc_id}")
    for event in document.event_mentions:
        if event.id not in dates:
            continue  # no dating link: the links are not exhaustive
        tokens = [t for t in doc if t.idx < event.end and event.start < t.idx + len(t)]
        if not tokens:
            continue
        token = tokens[-1]
        sentence = token.sent
        here = [t for t in timexes if sentence.start_char <= t.start and t.end <= sentence.end_char]
        gold, in_text = dates[event.id]
        for chooser, tally in ((attached_date, run.ours), (nearest_date, run.baseline)):
            tally.count(chooser(token, here), gold, in_text)
    article = Article(
        id=f"meantime:{document.doc_id}",
        source=document.path,
        format="text",
        title=document.title,
        text=document.text,
        published=document.dct,
    )
    mentions = extract_mentions(article, doc)
    quotes = extract_quotes(article, doc, mentions)
    for action in extract_actions(article, doc, mentions, timexes, quotes):
        trigger = next(
            (
                e
                for e in document.event_mentions
                if offsets_overlap(action.verb_start, action.verb_end, e.start, e.end)
            ),
            None,
        )
        if trigger is not None and trigger.id in dates:
            run.actions.count(action.date, *dates[trigger.id])


def _rows(prefix: str, tally: DateTally) -> list[Measurement]:
    return [
        Measurement(
            "all",
            f"{prefix}date precision",
            tally.right / tally.dated if tally.dated else None,
            "" if tally.dated else "no event given a date",
        ),
        Measurement(
            "all",
            f"{prefix}date recall",
            tally.right_in_text / tally.in_text if tally.in_text else None,
            "" if tally.in_text else "no event dated in the text",
        ),
    ]


def run(context: EvalContext) -> DatasetResult:
    """Score the dates of events and of our actions on every MEANTIME document."""
    root = Path(context.data) / "meantime-en"
    documents = load_meantime(root)
    nlp = nlp_model()
    result = _Run()
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        _score_document(document, doc, result)
    rows = _rows("", result.ours) + _rows("baseline (nearest in sentence): ", result.baseline)
    rows += [
        Measurement("all", "dated gold events", float(result.ours.events), "count, not a score"),
        Measurement("all", "actions on dated events", float(result.actions.events), "count, not a score"),
        Measurement(
            "all",
            "their date precision",
            result.actions.right / result.actions.dated if result.actions.dated else None,
            f"{result.actions.right} of {result.actions.dated} dated actions right",
        ),
    ]
    return DatasetResult(tuple(rows), checksum(corpus_files(root), root), ())
