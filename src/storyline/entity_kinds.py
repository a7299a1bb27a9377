"""Names whose words say what kind of thing they name, for the entities stage (:mod:`storyline.entities`):
a body, whatever type the recogniser gave it, or no name at all (a measure, a time zone).

The recogniser takes "West Midlands Police" for a place and "Wessex Rambler Tours" for a person; the last
word of such a name settles it. Only words that end no place's or person's name are used: "Bank" ends the
West Bank, "Steel" ends Danielle Steel.
"""

from __future__ import annotations

import re

# Last words of a body's name that a place's name never ends with.
_BODIES_NOT_PLACES = frozenset(
    {"police", "council", "ministry", "department", "army", "navy", "party", "commission", "authority"}
    | {"agency", "board", "university", "hospital", "company", "corporation", "committee", "federation"}
    | {"association", "institute"}
)
# Last words of a body's name that a person's name never ends with either (not "Board", "Army", "Navy",
# "Party" or "Hospital", which some families are called).
_BODIES_NOT_PEOPLE = _BODIES_NOT_PLACES - {"board", "army", "navy", "party", "hospital"}
# Last words of a company's name that a person's name never ends with: its legal form, or a plural that says
# what it does (not "Holding", "Co" or "Group", which some people are called).
_COMPANIES_NOT_PEOPLE = frozenset({
    "inc", "incorporated", "ltd", "limited", "llc", "plc", "gmbh", "corp", "corporation",
    "tours", "ferries", "airlines", "airways", "holdings", "systems", "networks", "industries",
    "technologies", "pharmaceuticals", "logistics", "laboratories", "communications", "investments",
    "properties", "chemicals", "terminals", "facilities", "railways", "utilities", "services", "partners",
    "foods", "motors", "records", "pictures", "studios", "productions", "films", "stores", "brands",
})  # fmt: skip


def body_named(name: str, label: str) -> bool:
    """Whether ``name``, of two words or more, tagged ``label`` (a place or a person), is a body's by its last
    word: "West Midlands Police" (not a place), "Wessex Rambler Tours", "Troy Police" (not a person)."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    if label in ("GPE", "LOC"):
        return words[-1] in _BODIES_NOT_PLACES
    if label != "PERSON":
        return False
    # ("Troy Police Chief Gerry Scherlinck": the tagger's person "Troy Police" is the town's force)
    return words[-1] in _BODIES_NOT_PEOPLE | _COMPANIES_NOT_PEOPLE


# A number with its unit ("6GB", "100 km"), which the tagger may take for a place or a person; not an ordinal
# ("7th Avenue") nor a model ("737 Max").
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?\s?(?!(?:st|nd|rd|th)\b)(?:[a-z]{1,3}|[A-Z]{1,3})")
_PLACE_OR_PERSON = frozenset({"GPE", "LOC", "PERSON", "NORP"})
# A clock time just before a time zone: "22. 34 BST", "6: 50pm EDT".
_CLOCK_BEFORE = re.compile(r"(?:\d|(?<![a-z])[ap]\.?\s?m\.?)\s*$", re.IGNORECASE)
# Time zones after a clock time in datelines ("22.34 BST"), which the tagger takes for organisations.
_TIME_ZONES = frozenset({
    "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AEST",
    "AEDT",
})  # fmt: skip


def no_name(text: str, start: int, end: int, label: str) -> bool:
    """Whether the span ``text[start:end]`` the recogniser tagged ``label`` names nothing: a number with its
    unit taken for a place or a person ("6GB"; "3M" is a company's name) or a time zone after a clock time
    ("22.34 BST", taken for an organisation; "UTC agreed to buy Goodrich" names one)."""
    name = text[start:end]
    if label in _PLACE_OR_PERSON and _MEASURE.fullmatch(name):
        return True
    return name in _TIME_ZONES and _CLOCK_BEFORE.search(text[max(0, start - 12) : start]) is not None
