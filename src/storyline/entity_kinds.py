"""Names whose last word says what kind of thing they name, for the entities stage
(:mod:`storyline.entities`): a body, whatever type the recogniser gave it.

The recogniser takes "West Midlands Police" for a place and "Wessex Rambler Tours" for a person; the last
word of such a name settles it. Only words that end no place's or person's name are used: "Bank" ends the
West Bank, "Steel" ends Danielle Steel.
"""

from __future__ import annotations

# Last words of a body's name that a place's name never ends with.
_BODIES_NOT_PLACES = frozenset(
    {"police", "council", "ministry", "department", "army", "navy", "party", "commission", "authority"}
    | {"agency", "board", "university", "hospital", "company", "corporation", "committee", "federation"}
    | {"association", "institute"}
)
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
    word: "West Midlands Police" (not a place), "Wessex Rambler Tours" (not a person)."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    if label in ("GPE", "LOC"):
        return words[-1] in _BODIES_NOT_PLACES
    return label == "PERSON" and words[-1] in _COMPANIES_NOT_PEOPLE
