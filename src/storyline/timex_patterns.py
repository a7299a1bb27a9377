"""The regular expressions of :mod:`storyline.timex_rules`, and the trigger words each rule needs.

Building blocks first (months, days, years, numbers in words, units), then one pattern per rule. Named groups
carry what the normalisers read (``mon``, ``day``, ``year``, ``rel``, ``edge``, ``num``, ``unit``...).
"""

from __future__ import annotations

from storyline.timex_calendar import MONTHS

# -- building blocks -----------------------------------------------------------------------------------------

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\s?\.|\b)"
_MONTH = rf"(?P<mon>(?:{_MONTH_FULL})\b|{_MONTH_ABBR})"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:\s?(?:st|nd|rd|th)\b)?(?![\d:])"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?!\s?,?\d|\w)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_LEAD_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s?,?\s+)?"
_EDGE = (
    r"(?:(?P<edge>(?i:early|earlier|late|later|mid|the\s+(?:end|beginning|start|middle|rest|remainder|close"
    r"|turn)\s+of))[\s-]+)?"
)
_WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|single|a\s+dozen|dozens\s+of|a\s+couple\s+of|a\s+few|few|several|many"
    r"|some|hundreds\s+of|a|an)"
)
_NUM = rf"(?P<count>(?P<num>\d+(?:\.\d+)?|{_WORD_NUM}(?:\s+hundred)?)(?:\s+and\s+a\s+half)?)"
_UNIT = (
    r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?"
    r"|fortnights?)"
)
_APPROX = (
    r"(?:(?:nearly|almost|about|around|roughly|approximately|over|more\s+than|less\s+than|at\s+least|up\s+to"
    r"|under|just|some|only)\s+)?"
)
_LATER = r"(?:\s+(?P<after>ago|later|earlier)\b)?"

_YEAR_REL = (
    rf"(?:{_YEAR}|(?:fiscal\s+|financial\s+)?(?P<yrel>this|last|next|the\s+(?:current|previous|same|past))\s+"
    r"(?:fiscal\s+|financial\s+)?year|the\s+year)"
)
_AMPM = r"[ap]\s?\.\s?m\b\s?\.?|[ap]m\b|[AP]\.?M\b\.?"
_ORD_QUARTER = r"first|second|third|fourth|final|last|previous|past|1st|2nd|3rd|4th"
_TZ = r"UTC|GMT|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|ET|PT|local\s+time"

# The patterns, in the order their rules run (on equal length the earlier rule wins).
P_MONTH_DAY = rf"\b{_LEAD_WEEKDAY}{_MONTH}\s?\.?\s+{_DAY}(?:(?:\s?,)?\s+{_YEAR})?"
P_DAY_MONTH = rf"\b{_LEAD_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:(?:\s?,)?\s+{_YEAR})?"
P_MONTH_YEAR = rf"\b{_EDGE}{_MONTH}(?:\s?,)?\s+(?:of\s+)?(?:{_YEAR}|(?P<yrel>(?i:this|last|next))\s+year\b)"
P_MONTH = rf"\b{_EDGE}(?:(?P<rel>(?i:last|next|this))\s+)?(?P<mon>{_MONTH_FULL})\b"
P_ISO = r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?\b"
P_NUMERIC = r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"
P_YEAR = rf"(?<![\w$€£.,/'’-]){_EDGE}{_YEAR}(?![.,]\d|-\d)"
P_FISCAL = rf"\b(?:fiscal(?:\s+year)?\s+|FY\s?){_YEAR}"
P_DECADE = (
    r"(?<![\w$])(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0|['’‘]?(?P<d2>[1-9])0)"
    r"\s?['’]?s\b"
)
P_SHORT_YEAR = r"(?<![\w'’])['’‘](?P<yy>\d\d)\b(?!\s?s\b)"
P_CENTURY = r"\bthe\s+(?P<ord>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-first)?)[\s-]+century\b"
P_QUARTER = (
    rf"\b(?:the\s+)?(?P<ord>{_ORD_QUARTER})[\s-]+(?:fiscal\s+|financial\s+|calendar\s+)?quarter\b"
    rf"(?:\s+of\s+{_YEAR_REL})?"
)
P_Q = rf"\bQ(?P<q>[1-4])\b(?:\s+{_YEAR})?(?P<ord>)(?P<yrel>)"
P_HALF = rf"\b(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half(?:\s+of\s+{_YEAR_REL}|(?!\s+of\b))"
P_SEASON = (
    r"\b(?:(?P<rel>(?i:this|last|next|early|late|mid|the))[\s-]+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn"
    rf"|[Ff]all|[Ww]inter)\b(?:\s+(?:of\s+)?{_YEAR})?(?P<yrel>)"
)
P_WEEKDAY = (
    rf"\b(?:(?P<rel>(?i:last|next|this|coming|past|previous))\s+)?{_WEEKDAY}(?:\s?['’]s)?"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:\s+(?:of\s+)?(?P<week>(?i:last|next|this))\s+week\b(?!\s?['’]))?\b"
)
P_DEICTIC = (
    r"\b(?:(?:earlier|later|early|late)\s+)?(?P<w>today|tonight|tomorrow|yesterday)"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?\b"
)
P_RELATIVE = (
    rf"\b(?:(?P<inday>(?i:late|early|later|earlier)\s+in)\s+)?{_EDGE}(?P<rel>this|last|next|the\s+(?:current"
    r"|previous|prior|following|coming|next|past|last|same)|the)\s+(?P<unit>(?:fiscal\s+|financial\s+)?year"
    r"|month|week|weekend|quarter|decade|century|day)\b"
)
P_SAME_PERIOD = (
    r"\bthe\s+same\s+(?P<unit>period|month|quarter|week|day|time)\s+(?:of\s+)?(?:a\s+year\s+(?:ago|earlier"
    r"|before)|(?:the\s+)?(?:last|previous|prior)\s+year)\b"
)
P_REFERENCE = (
    r"\b(?:now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|the\s+time\s+being"
    r"|(?:more\s+)?recently|lately|the\s+past\b(?!\s+(?:\d|[a-z]+\s+(?:years?|months?|weeks?|days?|decades?"
    r"|hours?)))|the\s+(?:near\s+|distant\s+)?future|soon|the\s+(?:near|short|medium|long)\s+term"
    r"|(?:near|short|medium|long)-term|the\s+long\s+run|the\s+years\s+ahead|the\s+coming\s+(?:years|months"
    r"|weeks|days)|recent\s+(?:years|months|weeks|days|times))\b"
)
P_DURATION = (
    rf"\b(?:{_APPROX}(?:the\s+(?:past|last|next|coming|previous|following|first|final)\s+)?{_NUM}[\s-]+"
    r"(?:(?:straight|consecutive|trading|business|working|full|more|additional|calendar|successive|long)\s+)?"
    rf"{_UNIT}(?:-long)?){_LATER}"
)
P_VAGUE = (
    r"\b(?:for|in|over|within)\s+(?:just\s+|only\s+|mere\s+)?(?P<span>(?:the\s+)?(?P<unit>years|decades"
    r"|months|weeks|hours|minutes))\b|\b(?P<span2>(?P<unit2>decades|years)-long)\b"
)
P_FREQUENCY = (
    r"\b(?:(?:every|each|per)\s+(?:(?P<num>other|\d+|two|three|four|five|six|ten)\s+)?"
    rf"(?:{_UNIT}|{_WEEKDAY})|(?:once|twice|(?:\w+|\d+)\s+times)\s+(?:a|an|per|each)\s+"
    r"(?P<unit2>year|month|week|day|hour))\b|\b(?P<adv>daily|nightly|weekly|monthly|quarterly"
    r"|yearly|annually|annual|hourly|biannual(?:ly)?|semiannual(?:ly)?|biennial(?:ly)?)\b"
)
P_CLOCK = (
    rf"(?<![\d:.,])(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d)(?:\s*(?P<ap>{_AMPM}))?"
    rf"|(?:\s?\.\s?(?P<mi2>[0-5]\d))?\s*(?P<ap2>{_AMPM}))|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)"
    rf"(?=\s*(?:UTC|GMT|hours|hrs)))(?:\s*(?P<tz>{_TZ})\b)?(?:\s*\(\s*(?:UTC|GMT)\s?[+-]\s?\d+\s*\))?"
    r"(?P<word>)(?![\d:])"
)
P_NOON = (
    r"\b(?P<word>noon|midday|midnight)\b(?P<h>)(?P<hh>)(?P<mi>)(?P<mi2>)(?P<mm>)(?P<ap>)(?P<ap2>)(?P<tz>)"
)
P_PART_OF_DAY = r"\b(?:(?:early|late|earlier|later)\s+)?this\s+(?P<pod>morning|afternoon|evening)\b"
P_HOLIDAY = (
    r"\b(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|Halloween)"
    rf"(?:\s+{_YEAR})?"
)

_MONTH_WORDS = " ".join(MONTHS)
_UNITS = "year years month months week weeks day days hour hours minute minutes second seconds decade decades"
# The words (lower case) or shapes ("#year", "#clock"...: see storyline.timex._SHAPES) without which a rule
# cannot match: a rule runs only near them.
TRIGGERS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "month_day": _MONTH_WORDS,
        "month_year": _MONTH_WORDS,
        "month_alone": _MONTH_WORDS,
        "iso_date": "#year",
        "numeric_date": "#slash",
        "year_alone": "#year",
        "fiscal_year": "fiscal #fy",
        "decade": "#decade",
        "short_year": "#apostrophe",
        "century": "century",
        "quarter": "quarter q1 q2 q3 q4",
        "half": "half",
        "season": "spring summer autumn fall winter",
        "weekday": "monday tuesday wednesday thursday friday saturday sunday",
        "deictic_day": "today tonight tomorrow yesterday",
        "relative_unit": "year month week weekend quarter decade century day",
        "same_period": "same",
        "reference_word": "now currently present presently nowadays days moment being recently lately past "
        "future soon term long run ahead coming recent",
        "duration": _UNITS + " centuries century quarter quarters fortnight fortnights",
        "vague_duration": "years decades months weeks hours minutes",
        "frequency": "every each per once twice times daily nightly weekly monthly quarterly yearly annually "
        "annual hourly biannual biannually semiannual semiannually biennial biennially",
        "clock": "am pm #clock utc gmt noon midday midnight",
        "this_part_of_day": "morning afternoon evening",
        "holiday": "christmas year valentine halloween",
    }.items()
}
