"""Time expressions: find them in an article and normalise them to TimeML (TIMEX3) values.

``find_timexes(text, anchor)`` returns :class:`~storyline.records.TimeExpression` records. The detection is
pure text rules (regular expressions and small word tables in :mod:`storyline.timex_rules`, calendar
arithmetic in :mod:`storyline.timex_calendar`): no parser, so the stage runs at thousands of articles a
second.

**Values.** TimeML TIMEX3: ``2021-09-14`` (DATE, day), ``2021-W37`` (week), ``2021-09`` (month), ``2021-Q3``,
``2021-H1``, ``2021-SU`` (season, meteorological: spring March–May, summer June–August, autumn
September–November, winter December–February), ``2021``, ``202`` (the 2020s), ``20`` (the 21st century),
``FY2021`` (fiscal year), ``2021-09-14T15:00`` and ``2021-09-14TMO`` (TIME), ``P5Y``/``PT3H``/``PXY``
(DURATION; decades and centuries counted in years, as MEANTIME does), ``P1W`` (SET, "every week"),
``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` ("now", "recently", "in the future", "in the medium term").
Modifiers that TimeML keeps in a ``mod`` attribute ("early 2022", "the end of the year") leave the value at
the unit they modify (``2022``), as MEANTIME annotates them.

**Relative expressions** ("on Monday", "last June", "this summer", "two years ago") are resolved against
``anchor``, the article's publication date. A bare weekday is the nearest one on or before the article date
— the article's own weekday is that very day, never a week back — unless the sentence speaks of the future
("will", "is due to", "is set to", "next"), when it is the nearest one after. Yearless months, days,
quarters and seasons take the year that the tense points to, or the nearest one.

**Without an anchor** a relative expression is never guessed: it keeps TimeML's unanchored form at its own
granularity (``XXXX-WXX-1`` for "Monday", ``XXXX-06`` for "June", ``XXXX-WXX`` for "last week",
``XXXX-XX-XX`` for "yesterday") and ``anchored`` is false.

**Narrative offsets** ("thirty years later", "two days earlier", "the same day", "the previous year") are
counted from the last date the text mentioned before them (a time of day by its day; the article date for
"the same day" when none is); their ``anchor`` is that date's value. When that date's year is unknown
("September 14" in an article with no date), "the same day" is that day, still unanchored
(``XXXX-09-14``), and a count from it is unknown: never one counted from an older date. With no date before
them, "thirty years later" stays unanchored (``XXXX``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from storyline.records import TimeExpression, TimexType
from storyline.timex_calendar import Context, Hit, fmt, interval, shift
from storyline.timex_patterns import TRIGGERS
from storyline.timex_rules import RULES

Rule = Callable[[re.Match[str], Context], Hit | None]

__all__ = ["find_timexes", "timex_to_interval"]

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_JOIN_GAP = re.compile(r"[ \t]*\Z")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|\n")
_WORD = re.compile(r"[a-z]+\d*")
# Trigger shapes that are not words: a 4-digit number, a time of day, a decade, a fiscal year, "7/8", "'82".
_SHAPES = {
    "#year": re.compile(r"\d\d\d\d"),
    "#clock": re.compile(r"\d:\d\d|\d\s?[ap]\s?\.?\s?m\b"),
    "#decade": re.compile(r"\d0\s?['’]?s\b"),
    "#fy": re.compile(r"fy\s?\d"),
    "#slash": re.compile(r"\d/\d"),
    "#apostrophe": re.compile(r"['’‘]\d\d"),
}
_TRIGGER_WORDS = frozenset(w for words in TRIGGERS.values() for w in words if not w.startswith("#"))
_WORD_PATTERNS = {w: re.compile(re.escape(w)) for w in _TRIGGER_WORDS}
# How far before and after its trigger word an expression may reach ("the very beginning of the financial
# year", "September 14, 2021").
_BEFORE, _AFTER = 50, 30
_COARSENESS = ("time", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century")


def find_timexes(
    text: str, anchor: date | datetime | str | None, article_id: str = ""
) -> list[TimeExpression]:
    """Every time expression in ``text``, normalised to TimeML, relative ones resolved against ``anchor``.

    ``anchor`` is the article's publication date (a date, a datetime or an ISO 8601 string); ``None`` leaves
    relative expressions unanchored (see the module docstring). Expressions do not overlap and come in text
    order. Raises :class:`ValueError` when ``anchor`` is a string that is not an ISO date.
    """
    if not text or not text.strip():
        return []
    day = _anchor_date(anchor)
    context = Context(text, day)
    hits: list[Hit] = []
    for pattern, rule, windows in _windows(text):
        for start, end in windows:
            hits.extend(hit for m in pattern.finditer(text, start, end) if (hit := rule(m, context)))
    chosen = _attach_clocks(_select(hits), context)
    return _resolve(chosen, context, article_id)


def timex_to_interval(value: str) -> tuple[date, date] | None:
    """The first and last day a TimeML DATE value covers, or ``None`` when it names no calendar span.

    "2021-09-14" → that day; "2021-09" → 1–30 September; "2021-W37" → Monday to Sunday of that ISO week
    ("2021-W37-WE": its Saturday and Sunday); "2021-Q3", "2021-H1"; seasons are meteorological ("2021-SU" →
    1 June to 31 August; "2021-WI" → 1 December 2021 to 28 February 2022); "2021" → the year; "202" → the
    2020s; "20" → 2000–2099 (TimeML's century); "FY2021" → calendar 2021 (fiscal years differ by company).
    A time of day ("2021-09-14T15:00", "2021-09-14TMO") gives its day. Durations, sets, ``*_REF`` values and
    unanchored values ("XXXX-06") give ``None``.
    """
    return interval(value.strip())


def _windows(text: str) -> list[tuple[re.Pattern[str], Rule, list[tuple[int, int]]]]:
    """Each rule with the stretches of text where it can match: around its trigger words, merged.

    Running a rule only there, instead of over the whole text, is what makes the stage fast: most of an
    article has no time word at all.
    """
    low = text.lower()
    present = set(_WORD.findall(low)) & _TRIGGER_WORDS
    where: dict[str, list[int]] = {}
    for key in present:  # every occurrence, also inside longer words: a spare window costs little
        where[key] = [m.start() for m in _WORD_PATTERNS[key].finditer(low)]
    for key, pattern in _SHAPES.items():
        where[key] = [m.start() for m in pattern.finditer(low)]
    out = []
    size = len(text)
    for pattern, rule in RULES:
        positions = sorted(p for key in TRIGGERS[rule.__name__] for p in where.get(key, ()))
        if not positions:
            continue
        windows: list[tuple[int, int]] = []
        for p in positions:
            start, end = max(0, p - _BEFORE), min(size, p + _AFTER)
            while end < size and text[end].isalnum():
                end += 1  # never cut a word: "\b" would match at the cut
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        out.append((pattern, rule, windows))
    return out


def _anchor_date(anchor: date | datetime | str | None) -> date | None:
    if anchor is None:
        return None
    if isinstance(anchor, datetime):
        return anchor.date()
    if isinstance(anchor, date):
        return anchor
    if not anchor.strip():
        return None
    try:
        return date.fromisoformat(anchor.strip()[:10])
    except ValueError:
        raise ValueError(f"article date {anchor!r} is not an ISO 8601 date (YYYY-MM-DD)") from None


def _select(hits: list[Hit]) -> list[Hit]:
    """The longest candidates that do not overlap; on equal length the earlier rule wins."""
    order = sorted(range(len(hits)), key=lambda i: (hits[i].start - hits[i].end, i))
    taken: list[Hit] = []
    for i in order:
        hit = hits[i]
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


def _same_sentence(text: str, a: int, b: int) -> bool:
    return not _SENTENCE_BREAK.search(text, min(a, b), max(a, b))


def _attach_clocks(hits: list[Hit], context: Context) -> list[Hit]:
    """Give each time of day its day: an adjacent day ("12:00 UTC Monday" becomes one expression), else the
    nearest day named in the same sentence, else the article date."""
    text = context.text
    out: list[Hit] = []
    merged: set[int] = set()
    for i, hit in enumerate(hits):
        if i in merged:
            continue
        if hit.clock is None:
            out.append(hit)
            continue
        days = [
            (j, h)
            for j, h in enumerate(hits)
            if h.clock is None and _DAY_VALUE.match(h.value) and _same_sentence(text, h.start, hit.start)
        ]
        neighbour = next(
            (
                (j, h)
                for j, h in days
                if (h.end <= hit.start and _JOIN_GAP.match(text, h.end, hit.start))
                or (h.start >= hit.end and _JOIN_GAP.match(text, hit.end, h.start))
            ),
            None,
        )
        if neighbour is not None:
            j, day = neighbour
            merged.add(j)
            out = [h for h in out if h is not day]
            start, end = min(hit.start, day.start), max(hit.end, day.end)
            out.append(replace(hit, start=start, end=end, value=day.value + hit.clock, relative=day.relative))
        elif days:
            _j, day = min(days, key=lambda jh: abs(jh[1].start - hit.start))
            out.append(replace(hit, value=day.value + hit.clock, relative=day.relative))
        elif context.anchor is not None:
            out.append(replace(hit, value=context.anchor.isoformat() + hit.clock, relative=True))
        else:
            out.append(replace(hit, relative=True))
    return sorted(out, key=lambda h: h.start)


def _granularity(value: str) -> str:
    core = value.removeprefix("FY")
    if "T" in core:
        return "time"
    if _DAY_VALUE.match(core):
        return "day"
    if "-W" in core:
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", core):
        return "month"
    if "-Q" in core:
        return "quarter"
    if "-H" in core:
        return "half"
    if re.fullmatch(r"\d{4}-[A-Z]{2}", core):
        return "season"
    return {4: "year", 3: "decade", 2: "century"}.get(len(core), "year")


def time_day(value: str) -> str | None:
    """The day a TIME value falls on ("2025-03-13TMO" → "2025-03-13"), or ``None`` when it names no calendar
    day ("XXXX-XX-XXTNI", "PRESENT_REF")."""
    day, sep, _clock = value.partition("T")
    return day if sep and _DAY_VALUE.match(day) else None


def _told_granularity(value: str) -> str | None:
    """The granularity of a date value whose year may be unknown ("XXXX-09-14": a day); ``None`` for a
    reference such as ``PAST_REF``."""
    known = value.removeprefix("FY").replace("X", "0")
    if not known[:1].isdigit() or known.endswith("_REF"):
        return None
    return "day" if re.fullmatch(r"\d{4}-W\d{2}-\d", known) else _granularity(known)


def _resolve(hits: list[Hit], context: Context, article_id: str) -> list[TimeExpression]:
    """Resolve narrative offsets against the last date mentioned, and build the records."""
    out: list[TimeExpression] = []
    told: list[str] = []  # the dates mentioned so far, their year known or not ("XXXX-09-14")
    anchor_iso = context.anchor.isoformat() if context.anchor else None
    for hit in hits:
        value, granularity, anchored = hit.value, hit.granularity, True
        used: str | None = anchor_iso if hit.relative else None
        if hit.relative and context.anchor is None:
            anchored = False
        if hit.ref is not None:
            unit, steps = hit.ref
            unit, _sep, keep = unit.partition(">")
            base = told[-1] if told else (anchor_iso if hit.ref_default_anchor else None)
            span = interval(base) if base else None
            if base is None or span is None:
                # no date before, or one of unknown year ("On September 14 ... The same day" in an undated
                # article): "the same day" is that day, still unknown in year; a count from it is unknown
                anchored, used = False, None
                if base is not None and steps == 0 and not _sep and _told_granularity(base) == unit:
                    value, used = base, base
            else:
                if _sep:  # "the same month a year ago": the unit kept, or the one last told of
                    granularity = keep or _granularity(base)
                else:
                    granularity = max(unit, _granularity(base), key=_COARSENESS.index)
                granularity = granularity if granularity != "time" else "day"
                value, used = fmt(shift(span[0], unit, steps), granularity), base
        if hit.type == "DATE" and _told_granularity(value) is not None:
            told.append(value)
        elif hit.type == "TIME" and (day := time_day(value)) is not None:
            told.append(day)  # "on Thursday morning ... The same day": that day
        kind: TimexType = hit.type  # type: ignore[assignment]
        out.append(
            TimeExpression(
                article_id=article_id,
                start=hit.start,
                end=hit.end,
                text=context.text[hit.start : hit.end],
                type=kind,
                value=value,
                granularity=granularity,
                anchored=anchored,
                anchor=used,
            )
        )
    return out
