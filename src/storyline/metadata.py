"""Metadata an article states about itself: header lines, date lines, bylines, datelines, credit lines.

Every value is read from something the text or its container states; what nothing states stays ``None``.
The functions here only read; :mod:`storyline.clean` decides which lines leave the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from storyline.gazetteer import lookup_place
from storyline.records import DatePrecision

# Wire agencies, by the names credit lines use for them, mapped to one canonical short name.
AGENCIES: dict[str, str] = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "pti": "PTI",
    "ians": "IANS",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "aap": "AAP",
    "pa": "PA",
    "press association": "PA",
    "canadian press": "CP",
    "the canadian press": "CP",
    "europa press": "Europa Press",
    "sputnik": "Sputnik",
    "apa": "APA",
    "bernama": "Bernama",
    "antara": "Antara",
}

_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
# Days and months written out: words in capitals that name no one ("Sunday columnist", "On Friday, he ...").
CALENDAR_WORDS = frozenset(names[0] for names in _MONTH_NAMES) | frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+)?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*[A-Z]{2,4}|\s*[+-]\d{2}:?\d{2}|Z)?)?"
)
_DATE_PATTERNS = [
    re.compile(
        r"^" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME + r"$",
        re.I,
    ),
    re.compile(
        r"^"
        + _WEEKDAY
        + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH
        + r",?\s+(?P<year>\d{4})"
        + _TIME
        + r"$",
        re.I,
    ),
    re.compile(
        r"^(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
    ),
    re.compile(r"^(?P<year>\d{4})/(?P<mnum>\d{2})/(?P<day>\d{2})$"),
    re.compile(r"^" + _MONTH + r"\s+(?P<year>\d{4})$", re.I),
]
# "17/03/2025 15:30", "3.17.2025": day and month told apart only when one of them is over 12.
_NUMERIC_DATE = re.compile(
    r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2}))?$"
)
_DATE_PREFIX = re.compile(
    r"^(?:published|posted|first published|date|dated|publication date)\s*(?:on|:)?\s*", re.I
)
_UPDATED_PREFIX = re.compile(r"^(?:updated|last updated|modified)\b", re.I)
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<mnum>0[1-9]|1[0-2])[/-](?P<day>0[1-9]|[12]\d|3[01])(?:/|-|$)"
)


@dataclass(frozen=True)
class StatedDate:
    """A publication date as a source states it."""

    value: str
    precision: DatePrecision
    source: str


def _today() -> date:
    return datetime.now(UTC).date()


def parse_date(text: str, source: str, allow_future: bool = False) -> StatedDate | None:
    """Parse ``text`` when the whole of it is a date (optionally prefixed by "Published"); else None.

    Future dates (beyond tomorrow, for time zones) and dates before 1800 are refused: they are never
    publication dates. ``allow_future`` only serves to recognise the shape of a date.
    """
    cleaned = text.strip().strip("*_ ").strip()
    if _UPDATED_PREFIX.match(cleaned):
        return None
    cleaned = _DATE_PREFIX.sub("", cleaned).strip()
    numeric = _NUMERIC_DATE.match(cleaned)
    if numeric:
        a, b = int(numeric["a"]), int(numeric["b"])
        if max(a, b) <= 12:
            return None  # "03/04/2025": 3 April or 4 March, the line does not say
        if numeric["hour"] and (int(numeric["hour"]) > 23 or int(numeric["minute"]) > 59):
            return None
        day_month = (a, b) if a > 12 else (b, a)
        clock = f" {int(numeric['hour']):02d}:{numeric['minute']}" if numeric["hour"] else ""
        iso = f"{numeric['year']}-{day_month[1]:02d}-{day_month[0]:02d}{clock}"
        return parse_date(iso, source, allow_future)
    for pattern in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower().rstrip(".")]
        year = int(parts["year"])
        day = int(parts["day"]) if parts.get("day") else None
        try:
            when = date(year, month, day or 1)
        except ValueError:
            return None
        if (when > _today() + timedelta(days=1) and not allow_future) or year < 1800:
            return None
        if day is None:
            return StatedDate(f"{year:04d}-{month:02d}", "month", source)
        if parts.get("hour") is not None and parts.get("minute") is not None:
            hour = int(parts["hour"]) % 24
            ampm = (parts.get("ampm") or "").lower().replace(".", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            if ampm == "am" and hour == 12:
                hour = 0
            return StatedDate(f"{when.isoformat()}T{hour:02d}:{int(parts['minute']):02d}", "minute", source)
        return StatedDate(when.isoformat(), "day", source)
    return None


def date_from_url(url: str | None) -> StatedDate | None:
    """A date stated in a URL path such as ``/2021/09/14/``, or None."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    return parse_date(f"{match['year']}-{match['mnum']}-{match['day']}", "url")


def normalise_container_date(value: str | None, source: str) -> StatedDate | None:
    """Read a date that a container (JSON field, feed, HTML meta, header line) states, in common formats."""
    if not value:
        return None
    value = value.strip()
    parsed = parse_date(value, source)
    if parsed is not None:
        return parsed
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)  # RFC 2822, as feeds and some meta tags write dates
        except (TypeError, ValueError, IndexError):
            return None
    if moment.date() > _today() + timedelta(days=1) or moment.year < 1800:
        return None
    if ":" not in value:  # "20220308": a day, not midnight
        return StatedDate(moment.date().isoformat(), "day", source)
    return StatedDate(moment.strftime("%Y-%m-%dT%H:%M"), "minute", source)


# -- header lines -------------------------------------------------------------------------------------------

_HEADER = re.compile(
    r"^(?P<key>date|published|pubdate|title|headline|url|link|source|outlet|publication|byline|author|language|lang)"
    r"\s*[:=]\s*(?P<value>.+)$",
    re.I,
)
_BARE_DATE_HEADER = re.compile(r"^(?:date|published)\s+(?P<rest>.+)$", re.I)
_HEADER_KEYS = {
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "source": "outlet",
    "outlet": "outlet",
    "publication": "outlet",
    "byline": "byline",
    "author": "byline",
    "language": "language",
    "lang": "language",
}


def read_header_line(line: str) -> dict[str, str] | None:
    """Parse a header line (``date: 2021-09-21``, ``title: ...``, ``date 2021-09-21 Title``) into fields.

    A ``date`` line without a colon may carry the title after the date on the same line, as crawlers write.
    """
    match = _HEADER.match(line.strip())
    if match:
        key = _HEADER_KEYS[match["key"].lower()]
        value = match["value"].strip()
        if key == "published":
            # "date: 2999-01-01" is still a header line; the date itself is refused later (future, unreadable)
            return _split_date_and_rest(value) or {"published": value}
        return {key: value}
    bare = _BARE_DATE_HEADER.match(line.strip())
    if bare:
        return _split_date_and_rest(bare["rest"].strip())
    return None


def _split_date_and_rest(value: str) -> dict[str, str] | None:
    words = value.split()
    # The longest leading run of words that parses as a date; the rest, if any, is the title.
    for cut in range(min(len(words), 7), 0, -1):
        head = " ".join(words[:cut])
        if parse_date(head, "header", allow_future=True) is not None:
            fields = {"published": head}
            rest = " ".join(words[cut:]).strip()
            if rest:
                fields["title"] = rest
            return fields
    return None


# -- bylines and credits ------------------------------------------------------------------------------------

_BYLINE = re.compile(r"^(?:by|written by|words by|story by|reporting by)[:\s]+(?P<names>.+)$", re.I)
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.\-]*$|^(?:de|da|van|von|der|del|la|le|bin|al|el|ibn|du|dos)$")
_ROLE_WORDS = {
    "staff",
    "writer",
    "writers",
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "editor",
    "editors",
    "contributor",
    "contributors",
    "desk",
    "team",
    "news",
    "bureau",
    "our",
    "special",
    "senior",
    "chief",
    "political",
    "foreign",
    "online",
    "digital",
    "agency",
    "agencies",
    "wire",
    "wires",
    "services",
    "staffers",
}
_FOR_AGENCY = re.compile(r"\s+(?:for|with|of|from|\|)\s+(?P<agency>[A-Za-z][\w .\-]+)$", re.I)


def agency_name(text: str) -> str | None:
    """The canonical name of a wire agency when ``text`` is exactly one (``"Agence France-Presse"`` → AFP)."""
    key = re.sub(r"\s+", " ", text.strip().strip(".,;:()[]*_ ").lower())
    return AGENCIES.get(key)


@dataclass(frozen=True)
class Byline:
    """People credited with writing an article, and agencies the byline credits."""

    names: tuple[str, ...]
    agencies: tuple[str, ...]


def parse_byline(text: str, require_by: bool = True) -> Byline | None:
    """Parse "By Daphné Benoit for AFP", "By A and B", or (with ``require_by=False``) a bare author field."""
    line = text.strip().strip("*_ ")
    if _REUTERS_STYLE.match(line):
        return None  # "Reporting by X; Editing by Y" is Reuters' credit line (see credit_line_agency)
    match = _BYLINE.match(line)
    if match:
        body = match["names"]
    elif require_by:
        return None
    else:
        body = line
    if len(body.split()) > 14:
        return None
    agencies: list[str] = []
    suffix = _FOR_AGENCY.search(body)
    if suffix:
        agency = agency_name(suffix["agency"])
        if agency is not None:
            agencies.append(agency)
            body = body[: suffix.start()]
        elif require_by:
            # "By Jane Doe for The Harbour Ledger": the outlet is not a wire agency; keep the person only.
            body = body[: suffix.start()]
    names = []
    for part in re.split(r",\s*|\s+and\s+|\s*&\s*|\s*\|\s*|;\s*", body):
        part = part.strip(" .")
        if not part:
            continue
        agency = agency_name(part)
        if agency is not None:
            agencies.append(agency)
            continue
        words = part.split()
        if (
            1 <= len(words) <= 5
            and all(_NAME_WORD.match(w) for w in words)
            and not any(w.lower().strip(".") in _ROLE_WORDS for w in words)
        ):
            names.append(part)
        else:
            break  # a role or description ("Staff Writer", "Our correspondent") ends the list of names
    if not names and not agencies:
        return None
    return Byline(tuple(names), tuple(dict.fromkeys(agencies)))


# Credit lines that name the agency a dispatch comes from; mentions such as "told AFP" are not credits.
_CREDIT_LINES = [
    re.compile(r"^[-–—]+\s*(?P<agency>[A-Za-z][\w .\-]{1,40}?)\s*\.?$"),
    re.compile(
        r"^\(?(?P<agency>[A-Za-z][\w .\-]{1,40}?)\s+contributed(?: to)?(?: this)?(?: report(?:ing)?)?\.?\)?$",
        re.I,
    ),
    re.compile(
        r"^\(?(?:source|sources|credit|with|via|copyright|©)\s*:?\s*(?:\d{4}\s+)?"
        r"(?P<agency>[A-Za-z][\w .\-]{1,40}?)\.?\)?$",
        re.I,
    ),
    re.compile(r"^©\s*(?:\d{4}\s+)?(?P<agency>[A-Za-z][\w .\-]{1,40}?)\.?$"),
]
_REUTERS_STYLE = re.compile(r"^\(?(?:additional )?reporting by .+editing by .+\)?$", re.I)


def credit_line_agency(line: str) -> str | None:
    """The agency a credit line credits ("— AFP", "Reuters contributed to this report"), or None."""
    text = line.strip().strip("*_ ")
    if len(text.split()) > 25:
        return None
    if _REUTERS_STYLE.match(text):
        return "Reuters"
    for pattern in _CREDIT_LINES:
        match = pattern.match(text)
        if match:
            agency = agency_name(match["agency"])
            if agency is not None:
                return agency
    return None


# -- datelines ----------------------------------------------------------------------------------------------

_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'\-]{1,40}?)(?:,\s*(?P<region>[A-Z][\w .]{1,30}?))?\s*"
    r"\((?P<paren>[^)]{2,60})\)\s*[-–—:]+\s*"
)


# A dateline opening a sentence, as a sentence may carry it: "PARIS (AFP) –", "LONDON, March 3 (Reuters) -",
# "SEATTLE -", "BAMAKO (AFP)", "QUINTA DO VAU, Portugal –", "SAN JOSE , Calif. -" (tokenised copy spaces
# the comma). (Unlike ``_DATELINE`` above, which reads a lead
# paragraph's credit, the credit is optional. Words are joined by spaces only, a hyphen being a letter of the
# word: a hyphen that could be either makes a failing match try every split. A slash joins the cities of a
# shared dateline: "WASHINGTON/SANAA (Reuters) -".)
_DATELINE_LEAD = re.compile(
    r"(?:(?P<place>[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+)*)\s?,?"
    r"(?:\s+(?P<region>[A-Z][a-z]+)\.?(?:\s+\d{1,2})?,?)?"
    r"\s*(?P<credit>\([^()]{1,60}\))?\s*(?P<dash>[-–—:]+)\s+|[A-Z][A-Z'’.-]+(?:(?:\s+|/)[A-Z][A-Z'’.-]+)*,?\s*"
    r"(?P<agency>\([^()]{1,60}\))\s*)"
)


def dateline_end(text: str, start: int, end: int, strict: bool = False) -> int | None:
    """Where a dateline opening the sentence ``text[start:end]`` ends (the offset of the first word after
    it), or ``None``. ``strict`` asks for one that cannot be a headline's label or a pair of names: it
    credits an agency ("LONDON (Reuters) - HSBC"), or is a place the gazetteer knows (or in a region it
    knows) before a dash and a word that is no place ("SEATTLE - Amazon", "QUINTA DO VAU, Portugal – For";
    not "REPORT: RED SOX", "SKY - TV reports", "NFL - Patriots" nor "U.S. - China trade talks"); after a
    city the word may be a place written as a name ("KATHMANDU - Nepal's army", not "PARIS - LONDON")."""
    match = _DATELINE_LEAD.match(text, start, end)
    if not match or match.end() >= end:
        return None
    after = text[match.end()]
    if not (after.isupper() or after in "\"“‘'"):
        return None
    if strict and not (match["credit"] or match["agency"]):
        word = text[match.end() : end].split(maxsplit=1)[0].strip("\"“‘',.")
        places = [lookup_place(name.title()) for name in (match["place"], match["region"]) if name]
        dashed = match["dash"] is not None and ":" not in match["dash"]
        if not (dashed and any(places)):
            return None
        city = places[0] is not None and places[0].kind in ("city", "capital")
        if lookup_place(word) is not None and not (city and not word.isupper()):
            return None
    return match.end()


@dataclass(frozen=True)
class Dateline:
    """A dateline such as ``PARIS (The Southern African Times) –``: the place, and who it credits."""

    place: str
    outlet: str | None
    agency: str | None


def parse_dateline(paragraph: str) -> Dateline | None:
    """Read the dateline at the start of a lead paragraph, or None."""
    match = _DATELINE.match(paragraph.strip())
    if not match:
        return None
    paren = match["paren"].strip()
    agency = agency_name(paren)
    outlet = None
    if agency is None:
        # "(The Southern African Times)" names the outlet; "(AFP)" the agency; anything else is left alone.
        words = paren.split()
        if 1 <= len(words) <= 8 and sum(w[0].isupper() for w in words) >= max(1, len(words) - 2):
            outlet = paren
    return Dateline(match["place"].strip().title(), outlet, agency)
