"""Calendar arithmetic, word tables and the reading context behind :mod:`storyline.timex` (TimeML TIMEX3).

Values follow TimeML: ``2021-09-14`` (day), ``2021-W37`` (ISO week), ``2021-09`` (month), ``2021-Q3``
(quarter), ``2021-H1`` (half), ``2021-SU`` (season), ``2021`` (year), ``202`` (decade), ``20`` (century).
An unanchored value keeps TimeML's ``X`` placeholders at the same granularity (``XXXX-WXX``, ``XXXX-06``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Meteorological seasons (first month of each); winter of year Y runs from December Y to February Y+1.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "couple": 2, "single": 1,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}  # fmt: skip
# Words that make a count vague: the duration keeps TimeML's X ("several years" → PXY).
VAGUE = ("several", "many", "few", "some", "dozens", "hundreds", "numerous")
UNIT_CODES = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "fortnight": "W", "quarter": "Q", "decade": "Y",
    "century": "Y", "hour": "H", "minute": "M", "second": "S", "weekend": "WE",
}  # fmt: skip
UNANCHORED = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
    "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX", "time": "XXXX-XX-XXTXX:XX",
}  # fmt: skip
_WORD_NUMBER = re.compile(r"[a-z]+")


def parse_number(text: str) -> float | None:
    """The number a count spells ("thirty", "twenty-one", "2.5", "two and a half"); ``None`` when vague."""
    words = text.lower().replace(",", "").replace("-", " ").split()
    half = 0.5 if "half" in words else 0.0
    words = [w for w in words if w not in ("and", "a", "half", "of")] or ["a"]
    total = 0.0
    for word in words:
        if word in VAGUE:
            return None
        if word in TENS:
            total += TENS[word]
        elif word in SMALL_NUMBERS:
            total += SMALL_NUMBERS[word]
        elif word == "hundred":
            total = max(total, 1) * 100
        else:
            try:
                total += float(word)
            except ValueError:
                return None
    return total + half


def number_text(n: float) -> str:
    """A duration count as TimeML writes it: ``5``, ``2.5``."""
    return str(int(n)) if n == int(n) else f"{n:g}"


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clamped to the month's last day."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` calendar units (day, week, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}
    return add_months(d, months.get(unit, 12) * n)


def iso_week(d: date) -> str:
    """The ISO week of ``d`` as TimeML writes it (``2021-W37``)."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def season_of(d: date) -> tuple[int, str]:
    """The (year, season code) that ``d`` falls in; January and February belong to the previous winter."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SU", "FA")[(d.month - 3) // 3]


def fmt(d: date, granularity: str) -> str:
    """The TimeML value of the ``granularity`` unit that contains ``d``."""
    if granularity == "day":
        return d.isoformat()
    if granularity == "week":
        return iso_week(d)
    if granularity == "weekend":
        return iso_week(d) + "-WE"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if granularity == "season":
        year, code = season_of(d)
        return f"{year:04d}-{code}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def unit_start(granularity: str, year: int, index: int) -> date:
    """First day of quarter/half/season/month ``index`` of ``year``."""
    if granularity == "quarter":
        return date(year, 3 * index - 2, 1)
    if granularity == "half":
        return date(year, 6 * index - 5, 1)
    if granularity == "season":
        return date(year, index, 1)
    return date(year, index, 1)


# A yearless day this far from the article date is read as the nearest one when that one is this close.
_FAR_DAYS, _NEAR_DAYS = 300, 62


def pick_year(anchor: date, candidate: date, tense: str | None, length_days: int) -> int:
    """The year (anchor's year ± 1) to give a yearless date, month, quarter or season.

    ``candidate`` is the unit's first day in the anchor's year and ``length_days`` its length. Future tense
    takes the first one not yet over; past tense the last one already begun; without a tense cue the one
    nearest the anchor (news speaks mostly of the recent past, so ties go to the past). A day the tense puts
    almost a year away is the nearest one when that is within two months: tense cues mislead more often
    than a report names a day a year off without its year.
    """
    options = []
    for offset in (-1, 0, 1):
        try:
            start = candidate.replace(year=candidate.year + offset)
        except ValueError:  # 29 February
            start = candidate.replace(year=candidate.year + offset, day=28)
        options.append((start, start + timedelta(days=length_days - 1)))

    def distance(option: tuple[date, date]) -> tuple[int, int]:
        s, e = option
        ahead = s > anchor
        return ((s - anchor).days if ahead else (anchor - e).days, int(ahead))

    nearest = min(options, key=distance)
    if tense == "future":
        chosen = next(o for o in options if o[1] >= anchor)
    elif tense == "past":
        chosen = [o for o in options if o[0] <= anchor][-1]
    else:
        chosen = next((o for o in options if o[0] <= anchor <= o[1]), nearest)
    if length_days == 1 and distance(chosen)[0] > _FAR_DAYS and distance(nearest)[0] <= _NEAR_DAYS:
        # A day a year away against one a few weeks off: the tense cue misled ("could be to blame ... a
        # measure on October 18", two days before; "will have been sold by ... June 26", ten days on).
        chosen = nearest
    return chosen[0].year


def century_year(two_digits: int, anchor: date | None) -> int:
    """The full year of a two-digit year ("'82", "7/8/07"): the latest one not over ten years ahead."""
    base = anchor.year if anchor else date.today().year
    year = base // 100 * 100 + two_digits
    return year - 100 if year > base + 10 else year


def interval(value: str) -> tuple[date, date] | None:
    """First and last day a DATE value covers; see :func:`storyline.timex.timex_to_interval`."""
    core = value.split("T", 1)[0]
    if "X" in core or (not core[:1].isdigit() and not core.startswith("FY")):
        return None
    core = core.removeprefix("FY")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", core):
            day = date.fromisoformat(core)
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{2})", core):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE|-\d)?", core):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3] == "-WE":
                return monday + timedelta(days=5), monday + timedelta(days=6)
            if m[3]:
                day = monday + timedelta(days=int(m[3][1:]) - 1)
                return day, day
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(Q|H)([1-4])", core):
            span = 3 if m[2] == "Q" else 6
            first = date(int(m[1]), span * int(m[3]) - span + 1, 1)
            return first, add_months(first, span) - timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", core):
            first = date(int(m[1]), SEASON_START[m[2]], 1)
            return first, add_months(first, 3) - timedelta(days=1)
        if re.fullmatch(r"\d{4}", core):
            return date(int(core), 1, 1), date(int(core), 12, 31)
        if re.fullmatch(r"\d{3}", core):
            return date(int(core) * 10 or 1, 1, 1), date(int(core) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", core):
            return date(int(core) * 100 or 1, 1, 1), date(int(core) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


# Words after which a bare 4-digit number or an "'82" reads as a year.
YEAR_TRIGGERS = frozenset(
    {"in", "since", "from", "until", "till", "by", "of", "to", "and", "between", "during", "before", "after"}
    | {"circa", "around", "early", "late", "mid", "year", "the", "through", "or", "nor", "than"}
)
# Words that make a weekday part of a name ("Black Monday", "Super Tuesday") rather than a date.
NAMED_DAYS = frozenset(
    {"black", "cyber", "super", "ash", "good", "holy", "easter", "palm", "bloody", "maundy"}
)
TRIGGER_WORDS = YEAR_TRIGGERS | {"on", "last", "next", "this", "that", "at", "a"}


@dataclass(frozen=True)
class Hit:
    """A candidate time expression.

    ``relative`` marks a value computed from the article date; ``ref`` = (unit, steps) marks one computed
    from the last date the text mentioned ("thirty years later"), resolved after selection; ``clock`` holds
    a time of day ("T15:00") that still needs its day.
    """

    start: int
    end: int
    type: str
    value: str
    granularity: str
    relative: bool = False
    ref: tuple[str, int] | None = None
    clock: str | None = None
    ref_default_anchor: bool = False


class Context:
    """The text and article date the rules work on, with the tense cues around a span."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor

    def prev_word(self, start: int) -> str:
        """The word just before ``start`` in its sentence (empty at the start of a sentence)."""
        match = _PREV_WORD.search(self.text, max(0, start - 40), start)
        return match.group(1) if match else ""

    def after_name(self, start: int) -> bool:
        """True when a capitalised word that does not open the sentence comes just before ``start``."""
        match = _PREV_WORD.search(self.text, max(0, start - 40), start)
        if not match or not match.group(1)[0].isupper() or match.group(1).lower() in TRIGGER_WORDS:
            return False
        before = self.text[max(0, match.start() - 4) : match.start()].rstrip(" \"'“”‘(")
        return bool(before) and before[-1] not in ".!?:\n"

    def tense(self, start: int, end: int) -> str | None:
        """ "future", "past" or ``None``: the verb cue nearest before the span, else the first after it."""
        left = self.text[max(0, start - 90) : start]
        cut = list(_SENTENCE_END.finditer(left))
        if cut:
            left = left[cut[-1].end() :]
        cues = list(_CUE.finditer(left))
        if not cues:
            right = _SENTENCE_END.split(self.text[end : end + 60], maxsplit=1)[0]
            cues = list(_CUE.finditer(right))[:1]
        if not cues:
            return None
        return "future" if cues[-1].group("f") else "past"

    def relative(self, start: int, end: int, kind: str, granularity: str, compute: Callable[[date], str],
                 unanchored: str | None = None) -> Hit:  # fmt: skip
        """A hit whose value comes from the article date, or an X-value when there is none."""
        if self.anchor is None:
            value = unanchored or UNANCHORED.get(granularity, "XXXX-XX-XX")
            return Hit(start, end, kind, value, granularity, relative=True)
        return Hit(start, end, kind, compute(self.anchor), granularity, relative=True)


_PREV_WORD = re.compile(r"([A-Za-z]+)[^A-Za-z0-9.!?\n]*\Z")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z\"“])|\n")
_IRREGULAR = (
    "said|says|told|fell|rose|made|took|came|went|lost|won|sold|bought|began|held|saw|gave|met|left|paid|"
    "spent|grew|became|got|built|led|found|kept|struck|hit|broke|chose|drove|flew|ran|spoke|stood|wrote|was|"
    "were|had|did|ago"
)
# A modal swallows the verb group after it ("will be finalized", "won't be renewed"), so that the participle
# does not read as a past tense.
_CUE = re.compile(
    r"(?P<f>\b(?i:will|shall|would|may|might|could|should|wo\s?n['’]t)\b(?:\s+(?:not|be|have|been))*(?:\s+\w+)?"
    r"|['’]ll\b|\b(?i:going\s+to|due\s+to|set\s+to|scheduled|slated|to\s+be\s+held|plans?\s+to|planning\s+to"
    r"|expects?|expected\s+to|upcoming|next|coming|later\s+this)\b)"
    rf"|(?P<p>\b(?:{_IRREGULAR}|[a-z]\w{{2,}}ed)\b)"
)
