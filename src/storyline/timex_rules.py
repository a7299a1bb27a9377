"""The text rules of :mod:`storyline.timex`: one regular expression and one normaliser per kind of expression.

Every rule proposes candidates (:class:`Hit`) near its trigger words; :mod:`storyline.timex` keeps the
longest ones that do not overlap. Spans follow TimeML: a leading preposition ("on", "in", "since", "by")
stays out, modifiers that change the value ("last", "next", "early", "the end of") and approximators of
durations ("nearly five months") stay in. Patterns allow the spaces that tokenised corpora put before
punctuation ("Sept . 14 , 2021") as well as ordinary text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from storyline.timex_calendar import (
    MONTHS,
    NAMED_DAYS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASON_START,
    SEASONS,
    TRIGGER_WORDS,
    UNANCHORED,
    UNIT_CODES,
    WEEKDAYS,
    YEAR_TRIGGERS,
    Context,
    Hit,
    century_year,
    fmt,
    number_text,
    parse_number,
    pick_year,
    shift,
)
from storyline.timex_patterns import (
    P_CENTURY,
    P_CLOCK,
    P_DAY_MONTH,
    P_DECADE,
    P_DEICTIC,
    P_DURATION,
    P_FISCAL,
    P_FREQUENCY,
    P_HALF,
    P_HOLIDAY,
    P_ISO,
    P_MONTH,
    P_MONTH_DAY,
    P_MONTH_YEAR,
    P_NOON,
    P_NUMERIC,
    P_PART_OF_DAY,
    P_Q,
    P_QUARTER,
    P_REFERENCE,
    P_RELATIVE,
    P_SAME_PERIOD,
    P_SEASON,
    P_SHORT_YEAR,
    P_VAGUE,
    P_WEEKDAY,
    P_YEAR,
)


def _unit_name(text: str) -> str:
    word = text.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(". ").strip()]


def _day_value(ctx: Context, m: re.Match[str], month: int, day: int) -> Hit | None:
    """A day of a month: with its year when given, else the year the tense points to."""
    start, end = m.span()
    if m.group("year"):
        try:
            return Hit(start, end, "DATE", date(int(m.group("year")), month, day).isoformat(), "day")
        except ValueError:
            return None
    try:
        date(2000, month, day)  # a leap year accepts every real day
    except ValueError:
        return None
    unanchored = f"XXXX-{month:02d}-{day:02d}"

    def compute(anchor: date) -> str:
        year = pick_year(anchor, date(anchor.year, month, min(day, 28)), ctx.tense(start, end), 1)
        return date(year, month, day).isoformat() if day <= 28 else f"{year:04d}-{month:02d}-{day:02d}"

    return ctx.relative(start, end, "DATE", "day", compute, unanchored)


def month_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "September 14, 2021", "Sept . 14", "Tuesday, June 1st"."""
    return _day_value(ctx, m, _month_number(m.group("mon")), int(m.group("day")))


def iso_date(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "2021-09-14" and "2021-09-14T10:30"."""
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if m.group("h"):
        return Hit(*m.span(), "TIME", f"{day.isoformat()}T{m.group('h')}:{m.group('mi')}", "time")
    return Hit(*m.span(), "DATE", day.isoformat(), "day")


def numeric_date(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "7/8/07", "14/09/2021": month first (American usage) unless the first number cannot be a month."""
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    month, day = (a, b) if a <= 12 else (b, a)
    year = int(y) if len(y) == 4 else century_year(int(y), ctx.anchor)
    try:
        return Hit(*m.span(), "DATE", date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def month_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "August 2020", "early June 2009", "October of next year"."""
    month = _month_number(m.group("mon"))
    if m.group("year"):
        return Hit(*m.span(), "DATE", f"{int(m.group('year')):04d}-{month:02d}", "month")
    step = {"last": -1, "next": 1}.get(m.group("yrel").lower(), 0)
    return ctx.relative(
        *m.span(), "DATE", "month", lambda a: f"{a.year + step:04d}-{month:02d}", f"XXXX-{month:02d}"
    )


def month_alone(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "June", "last June", "early June": the year comes from the article date and the tense."""
    name, rel = m.group("mon"), (m.group("rel") or "").lower()
    before = ctx.prev_word(m.start()).lower()
    if name == "May" and not rel and not m.group("edge") and before not in YEAR_TRIGGERS:
        return None  # the modal verb
    month = MONTHS[name.lower()]

    def compute(anchor: date) -> str:
        if rel == "last":
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel == "next":
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif rel == "this":
            year = anchor.year
        else:
            year = pick_year(anchor, date(anchor.year, month, 1), ctx.tense(*m.span()), 30)
        return f"{year:04d}-{month:02d}"

    return ctx.relative(*m.span(), "DATE", "month", compute, f"XXXX-{month:02d}")


def year_alone(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "2013", "early 2022", "the end of 2009"; a 4-digit number after a name ("Boeing 2707") is no year."""
    year = int(m.group("year"))
    if year < 1900 and ctx.prev_word(m.start()).lower() not in YEAR_TRIGGERS and not m.group("edge"):
        return None
    after = ctx.text[m.end() : m.end() + 12].lstrip()
    if re.match(r"(?:%|per\s?cent|percent|million|billion)", after):
        return None
    return Hit(*m.span(), "DATE", f"{year:04d}", "year")


def fiscal_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "fiscal 2009", "FY2009", "fiscal year 2009"."""
    return Hit(*m.span(), "DATE", f"FY{m.group('year')}", "year")


_DECADE_BEFORE = frozenset({"the", "and", "or", "to", "through", "until", "early", "late"})


def decade(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the 1990s", "the '80s", "80s"."""
    listed = re.match(r"the\s|['’‘]", m.group(0)) or ctx.prev_word(m.start()).lower() in _DECADE_BEFORE
    if not m.group("c") and not listed:
        return None  # "in their 50s" is an age
    if m.group("c"):
        return Hit(*m.span(), "DATE", f"{m.group('c')}{m.group('d')}", "decade")
    year = century_year(int(m.group("d2")) * 10, ctx.anchor)
    return Hit(*m.span(), "DATE", f"{year // 10:03d}", "decade")


def short_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "'82": the century nearest the article date; after a name it is a version ("iLife '11")."""
    before = ctx.prev_word(m.start())
    if before and before.lower() not in TRIGGER_WORDS:
        return None
    return Hit(*m.span(), "DATE", f"{century_year(int(m.group('yy')), ctx.anchor):04d}", "year")


def century(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the 20th century", "the nineteenth century"."""
    word = m.group("ord").lower()
    n = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    return Hit(*m.span(), "DATE", f"{n - 1:02d}", "century") if n else None


def _part_of_year(ctx: Context, m: re.Match[str], granularity: str, index: int, code: str) -> Hit:
    """A quarter, half or season, of the year the expression names or the one the article date implies."""
    start, end = m.span()
    yrel = (m.group("yrel") or "").lower()
    if m.group("year"):
        return Hit(start, end, "DATE", f"{m.group('year')}-{code}", granularity)
    length = {"quarter": 91, "half": 182, "season": 91}[granularity]

    def compute(anchor: date) -> str:
        if yrel:
            year = anchor.year + {"last": -1, "previous": -1, "past": -1, "next": 1}.get(yrel.split()[-1], 0)
        else:
            year = pick_year(
                anchor, _start_of(granularity, anchor.year, index), ctx.tense(start, end), length
            )
        return f"{year:04d}-{code}"

    return ctx.relative(start, end, "DATE", granularity, compute, f"XXXX-{code}")


def _start_of(granularity: str, year: int, index: int) -> date:
    months = {"quarter": 3 * index - 2, "half": 6 * index - 5}.get(granularity, index)
    return date(year, months, 1)


def quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the third quarter", "the fourth quarter of 2005", "third-quarter", "Q3 2021", "the last quarter"."""
    word = (m.group("ord") or "").lower()
    if m.groupdict().get("q"):
        index = int(m.group("q"))
    elif word in ("last", "previous", "past") and not m.group("year") and not m.group("yrel"):
        return ctx.relative(*m.span(), "DATE", "quarter", lambda a: fmt(shift(a, "quarter", -1), "quarter"))
    else:
        index = 4 if word in ("final", "last") else ORDINALS.get(word, 0)
        if not index:
            return None
    return _part_of_year(ctx, m, "quarter", index, f"Q{index}")


def half(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the first half of 2021", "the second half of the year"."""
    index = 1 if m.group("ord").lower() in ("first", "1st") else 2
    return _part_of_year(ctx, m, "half", index, f"H{index}")


def season(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "this summer", "last winter", "spring 2020", "in autumn"."""
    word, rel = m.group("season").lower(), (m.group("rel") or "").lower()
    before = ctx.prev_word(m.start()).lower()
    if (
        not rel
        and not m.group("year")
        and before not in ("in", "during", "by", "until", "since", "over", "this")
    ):
        return None
    if word == "fall" and rel in ("", "the") and not m.group("year"):
        return None  # "the fall of the regime"
    code = SEASONS[word]
    if m.group("year"):
        return Hit(*m.span(), "DATE", f"{m.group('year')}-{code}", "season")
    if rel in ("last", "next", "this"):

        def compute(anchor: date) -> str:
            start = date(anchor.year, SEASON_START[code], 1)
            if start > anchor and code == "WI":
                start = start.replace(year=anchor.year - 1)  # this winter, said in January
            step = {"last": -1, "next": 1, "this": 0}[rel]
            year = start.year + step
            if rel == "last" and start > anchor:
                year -= 1
            if rel == "next" and start + timedelta(days=90) < anchor:
                year += 1
            return f"{year:04d}-{code}"

        return ctx.relative(*m.span(), "DATE", "season", compute, f"XXXX-{code}")
    return _part_of_year(ctx, m, "season", SEASON_START[code], code)


def weekday(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "Monday", "on Monday", "last Monday", "next Friday", "Tuesday morning", "Monday of last week".

    A bare weekday is the nearest one before the article date (the same day when it is the article's own
    weekday), or the nearest one after it when the sentence speaks of the future. With its week ("Monday of
    last week", "Friday next week") it is that day of the week before or after the article's ("this week"
    changes nothing); "last week's floods" keeps its week for itself.
    """
    start, end = m.span()
    if ctx.prev_word(start).lower() in NAMED_DAYS:
        return None  # a name, not a date: "Black Monday", "Super Tuesday"
    rel = (m.group("rel") or "").lower()
    target = WEEKDAYS[m.group("wd").lower()]
    pod = PARTS_OF_DAY.get((m.group("pod") or "").lower())

    # "Thursday this week" is read like "Thursday", by the sentence's tense (on a Sunday, the coming one)
    week = {"last": -7, "next": 7}.get((m.group("week") or "").lower())
    if m.group("week") and ctx.prev_word(start).lower() in ("every", "each"):
        return None  # "every Friday last week": a repeated day, for the frequency rule

    def compute(anchor: date) -> str:
        delta = target - anchor.weekday()
        if week is not None:
            delta += week
        elif rel in ("last", "past", "previous"):
            delta = delta - 7 if delta >= 0 else delta
        elif rel in ("next", "coming"):
            delta = delta + 7 if delta <= 0 else delta
        elif delta != 0:
            future = rel != "this" and ctx.tense(start, end) == "future"
            if rel == "this":
                future = delta > 0 and ctx.tense(start, end) != "past"
            delta = (delta % 7) if future else (delta % 7) - 7
        day = (anchor + timedelta(days=delta)).isoformat()
        return f"{day}T{pod}" if pod else day

    kind, granularity = ("TIME", "time") if pod else ("DATE", "day")
    unanchored = f"XXXX-WXX-{target + 1}" + (f"T{pod}" if pod else "")
    return ctx.relative(start, end, kind, granularity, compute, unanchored)


def deictic_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "today", "yesterday", "tomorrow", "tonight", "earlier today", "yesterday morning", "this morning"."""
    word = m.group("w").lower()
    pod = PARTS_OF_DAY.get((m.group("pod") or "").lower()) or ("NI" if word == "tonight" else None)
    step = {"yesterday": -1, "tomorrow": 1}.get(word, 0)

    def compute(anchor: date) -> str:
        day = (anchor + timedelta(days=step)).isoformat()
        return f"{day}T{pod}" if pod else day

    kind, granularity = ("TIME", "time") if pod else ("DATE", "day")
    return ctx.relative(*m.span(), kind, granularity, compute, "XXXX-XX-XX" + (f"T{pod}" if pod else ""))


_DAY_VERBS = frozenset(
    {"for", "during", "ended", "ending", "closed", "closing", "finished", "over", "throughout"}
)
_REL_STEP = {"this": 0, "current": 0, "same": 0, "last": -1, "previous": -1, "prior": -1, "past": -1}
_REL_STEP |= {"next": 1, "coming": 1, "following": 1}


def relative_unit(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "last week", "this year", "next month", "the end of the year", "earlier this month", "the weekend"."""
    rel = (m.group("rel") or "").lower().split()[-1]
    unit = _unit_name(m.group("unit").split()[-1])
    edge = m.group("edge")
    if rel == "the" and not edge and unit != "weekend":
        return None  # "the year", "the week": too vague on their own
    if rel == "past" and not edge:
        return Hit(*m.span(), "DURATION", f"P1{UNIT_CODES[unit]}" if unit != "decade" else "P10Y", "duration")
    if unit == "day":
        before = ctx.prev_word(m.start()).lower()
        if rel == "the" and (m.group("inday") or edge or before in _DAY_VERBS):
            rel = "same"  # "ended the day", "for the day", "late in the day": the day being told of
        if rel not in ("same", "previous", "following", "next", "prior"):
            return None
        return Hit(
            *m.span(), "DATE", "XXXX-XX-XX", "day", ref=("day", _REL_STEP[rel]), ref_default_anchor=True
        )
    if rel in ("same", "previous", "prior", "following") and unit in ("year", "month", "week"):
        step = _REL_STEP[rel]
        return Hit(*m.span(), "DATE", UNANCHORED[unit], unit, ref=(unit, step), ref_default_anchor=True)
    step = _REL_STEP.get(rel, 0)
    granularity = unit
    if unit == "weekend":

        def compute(anchor: date) -> str:
            weekend_step = step
            if rel == "the":
                weekend_step = -1 if anchor.weekday() < 5 and ctx.tense(*m.span()) != "future" else 0
            return fmt(shift(anchor, "week", weekend_step), "weekend")

        return ctx.relative(*m.span(), "DATE", "week", compute, "XXXX-WXX-WE")
    return ctx.relative(*m.span(), "DATE", granularity, lambda a: fmt(shift(a, unit, step), unit))


def same_period(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the same month a year ago", "the same period last year": the period last told of, a year back."""
    unit = _unit_name(m.group("unit"))
    keep = unit if unit in ("month", "quarter", "week", "day") else ""
    return Hit(
        *m.span(), "DATE", UNANCHORED.get(keep or "year", "XXXX"), keep or "year", ref=(f"year>{keep}", -1)
    )


def reference_word(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "now", "currently" (PRESENT_REF), "recently" (PAST_REF), "the future", "the medium term"."""
    word = m.group(0).lower()
    if "recent" in word or "past" in word or "lately" in word:
        value = "PAST_REF"
    elif any(w in word for w in ("future", "term", "soon", "run", "ahead", "coming")):
        value = "FUTURE_REF"
    else:
        value = "PRESENT_REF"
    return Hit(*m.span(), "DATE", value, "ref")


def duration(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "five years", "30 days", "two and a half years", "a 20-year", "the past five trading days".

    Followed by "ago" it is a date before the article date; by "later" or "earlier", a date counted from the
    last date the text mentioned ("in 1960 ... thirty years later").
    """
    unit = _unit_name(m.group("unit"))
    numtext = m.group("num").lower()
    n = parse_number(m.group("count"))
    if numtext in ("a", "an", "one") and unit in ("quarter", "second"):
        return None  # "a quarter of the staff", "a second plant"
    if m.group("unit").lower().endswith("s") and n == 1 and numtext in ("a", "an"):
        return None
    after = (m.group("after") or "").lower()
    start, end = m.span()
    if after in ("later", "earlier") and re.match(r"\s+than\b", ctx.text[end : end + 6]):
        after = "than"  # a comparison ("three days later than planned"), not a date
    if after not in ("ago", "later", "earlier"):
        end = m.end("unit") if after else end
        if numtext in ("a", "an") and _RATE_BEFORE.search(ctx.text, max(0, start - 20), start):
            return Hit(start, end, "SET", f"P1{UNIT_CODES[unit]}", "set")
        if re.match(r"[\s-]+old\b", ctx.text[end : end + 6]):
            end = ctx.text.index("old", end) + 3  # an age: "56 years old"
        return Hit(start, end, "DURATION", duration_value(n, unit), "duration")
    steps = -(int(n) if n is not None else 0) if after in ("ago", "earlier") else int(n or 0)
    if unit == "decade":
        unit, steps = "year", steps * 10
    if unit in ("hour", "minute", "second", "fortnight", "century") or n is None or n != int(n):
        return Hit(start, end, "DURATION", duration_value(n, unit), "duration")
    granularity = unit if unit != "quarter" else "quarter"
    if after == "ago":
        return ctx.relative(
            start, end, "DATE", granularity, lambda a: fmt(shift(a, unit, steps), granularity)
        )
    return Hit(start, end, "DATE", UNANCHORED.get(granularity, "XXXX"), granularity, ref=(unit, steps))


_RATE_BEFORE = re.compile(
    r"(?:\d|%|illion|\bbn|\btimes|\bonce|\btwice|\bcents?|\bdollars|\beuros)\s*\Z", re.I
)


def duration_value(n: float | None, unit: str) -> str:
    """TimeML duration: P5Y, P2W, PT3H, PXY (vague count); decades and centuries in years (P10Y)."""
    count = "X" if n is None else number_text(n * {"decade": 10, "century": 100, "fortnight": 2}.get(unit, 1))
    code = UNIT_CODES.get(unit, "Y")
    return f"PT{count}{code}" if unit in ("hour", "minute", "second") else f"P{count}{code}"


def vague_duration(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "for years", "over the years", "decades-long", "in minutes": a duration of unknown length."""
    name = "span" if m.group("span") else "span2"
    unit = _unit_name(m.group("unit") or m.group("unit2"))
    return Hit(*m.span(name), "DURATION", duration_value(None, unit), "duration")


_FREQUENCY_STEMS = {"semiannual": "Y", "biannual": "Y", "biennial": "Y", "quarter": "Q", "annual": "Y",
                    "month": "M", "week": "W", "year": "Y", "hour": "H", "nigh": "D", "dai": "D"}  # fmt: skip


def frequency(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "every week", "each year", "twice a month", "annually", "weekly"."""
    word = (m.group("adv") or "").lower()
    if word:
        stem = next(k for k in _FREQUENCY_STEMS if word.startswith(k))
        base = _FREQUENCY_STEMS
        count = {"biennial": "2", "biannual": "0.5", "semiannual": "0.5"}.get(stem, "1")
        value = f"PT{count}H" if stem == "hour" else f"P{count}{base[stem]}"
        if word == "annual":  # an annual figure covers a year: MEANTIME types it as a duration
            return Hit(*m.span(), "DURATION", value, "duration")
        return Hit(*m.span(), "SET", value, "set")
    if m.group("wd"):
        return Hit(*m.span(), "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}", "set")
    unit = _unit_name(m.group("unit") or m.group("unit2"))
    num = (m.group("num") or "").lower()
    n = 2.0 if num == "other" else parse_number(num) if num else 1.0
    return Hit(*m.span(), "SET", duration_value(n, unit), "set")


def clock(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "3 p.m.", "15:30", "16:08 UTC", "0800 GMT", "noon": a time of day, dated later from its sentence."""
    if m.group("word"):
        hour, minute = (24 if m.group("word").lower() == "midnight" else 12), 0
    else:
        hour = int(m.group("h") or m.group("hh"))
        minute = int(m.group("mi") or m.group("mi2") or m.group("mm") or 0)
        ampm = (m.group("ap") or m.group("ap2") or "").lower().replace(".", "").replace(" ", "")
        if ampm and not 1 <= hour <= 12:
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    zone = "Z" if (m.group("tz") or "").upper() in ("UTC", "GMT", "Z") else ""
    text = f"T{hour:02d}:{minute:02d}{zone}"
    return Hit(*m.span(), "TIME", "XXXX-XX-XX" + text, "time", clock=text)


def this_part_of_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "this morning", "this evening", "in the afternoon"."""
    pod = PARTS_OF_DAY[m.group("pod").lower()]
    return ctx.relative(*m.span(), "TIME", "time", lambda a: f"{a.isoformat()}T{pod}", f"XXXX-XX-XXT{pod}")


def holiday(m: re.Match[str], ctx: Context) -> Hit | None:
    """Fixed-date holidays: Christmas (Day, Eve), New Year's Day and Eve, Valentine's Day, Halloween."""
    name = m.group("hol").lower()
    month, day = next(v for k, v in _HOLIDAYS.items() if name.startswith(k))
    if "eve" in name and "new" not in name:
        day -= 1
    if m.group("year"):
        return Hit(*m.span(), "DATE", f"{m.group('year')}-{month:02d}-{day:02d}", "day")
    return _day_value(ctx, m, month, day)


_HOLIDAYS = {"christmas": (12, 25), "new year's eve": (12, 31), "new year's day": (1, 1)}
_HOLIDAYS |= {"valentine": (2, 14), "halloween": (10, 31)}

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Context], Hit | None]]
I = re.IGNORECASE  # noqa: E741 - a short flag name keeps the table readable


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a rule so that its spaces never cross a line break (a title, a date line, a paragraph)."""
    return re.compile(pattern.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]"), flags)


RULES: tuple[Rule, ...] = (
    (_compile(P_MONTH_DAY), month_day),
    (_compile(P_DAY_MONTH), month_day),
    (_compile(P_MONTH_YEAR), month_year),
    (_compile(P_MONTH), month_alone),
    (_compile(P_ISO), iso_date),
    (_compile(P_NUMERIC), numeric_date),
    (_compile(P_YEAR), year_alone),
    (_compile(P_FISCAL, I), fiscal_year),
    (_compile(P_DECADE), decade),
    (_compile(P_SHORT_YEAR), short_year),
    (_compile(P_CENTURY, I), century),
    (_compile(P_QUARTER, I), quarter),
    (_compile(P_Q), quarter),
    (_compile(P_HALF, I), half),
    (_compile(P_SEASON), season),
    (_compile(P_WEEKDAY), weekday),
    (_compile(P_DEICTIC, I), deictic_day),
    (_compile(P_RELATIVE, I), relative_unit),
    (_compile(P_SAME_PERIOD, I), same_period),
    (_compile(P_REFERENCE, I), reference_word),
    (_compile(P_DURATION, I), duration),
    (_compile(P_VAGUE, I), vague_duration),
    (_compile(P_FREQUENCY, I), frequency),
    (_compile(P_CLOCK), clock),
    (_compile(P_NOON, I), clock),
    (_compile(P_PART_OF_DAY, I), this_part_of_day),
    (_compile(P_HOLIDAY), holiday),
)
