"""Dates of actions for the actions stage (:mod:`storyline.actions`): the time expression the parse attaches
to an act, saying when it happened."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.records import TimeExpression
from storyline.timeline_events import AT_THE_TIME, attach
from storyline.timex import time_day

_DATED_WITH = frozenset({"nsubj", "nsubjpass"})
# What dates the word it hangs on: the timeline's prepositions, and "around 2019", "about 2 p.m.".
_WHEN = AT_THE_TIME | {"around", "about", "circa"}


def date_of(token: Any, verb: Any, timexes: Sequence[TimeExpression]) -> str | None:
    """The date of the act: a time expression the parse attaches to its trigger, verb or subject, saying when
    it happened ("on Monday", "last week"), not one of another clause ("signed a deal, ending a dispute that
    began in 2019", "stated on Thursday that it had signed") nor a bound ("before the summer", "since").
    Failing one, the date of the verb it completes or shares a subject with ("was set to land on Monday",
    "arrived on Monday and met the minister"). A date inside a noun phrase ("during the 2014 crisis") is the
    noun's, not the act's: taking it lowered precision on MEANTIME's time links, which ``storyline eval
    actions`` (dataset ``meantime``) measures beside the nearest date of the sentence as a baseline."""
    doc = token.doc
    attached = [
        (t, found.head)
        for t in timexes
        if (
            (t.type == "DATE" and not t.value.endswith("_REF"))
            or (t.type == "TIME" and time_day(t.value) is not None)
        )
        and (found := attach(doc, t.start, t.end)) is not None
        and found.relation in _WHEN
    ]
    own = {token.i, verb.i} | {c.i for c in verb.children if c.dep_ in _DATED_WITH}
    dated = [t for t, head in attached if head in own]
    head = verb.head
    if not dated and head.i != verb.i:
        if verb.dep_ == "conj" and not any(c.dep_ in _DATED_WITH for c in verb.children):
            # "attacked the pirates on Monday and seized their boat" (not "..., and Germany sanctioned")
            dated = [t for t, h in attached if h == head.i]
        elif verb.dep_ == "xcomp":
            # "was set to land on Monday" (a date after the verb, hung on the one it completes), not
            # "promised on Monday to sanction Russia" (the promise's date)
            dated = [t for t, h in attached if h == head.i and t.start > verb.idx]
    if not dated:
        return None
    # a time of day dates the act by its day ("on Thursday morning": 2025-03-13TMO → 2025-03-13); "now" and
    # "in the past" (PRESENT_REF, PAST_REF) are no dates
    nearest = min(dated, key=lambda t: abs(t.start - token.idx))
    return time_day(nearest.value) if nearest.type == "TIME" else nearest.value
