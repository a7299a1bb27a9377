"""Relatives within one article, for the entities stage (:mod:`storyline.entities`): who the text introduces
as someone's relative, so that a bare surname ("Gigante", "Mr. Renner") goes to the person the story is about
and not to the parent, spouse or sibling named once beside them."""

from __future__ import annotations

import re

_KIN = (
    r"(?:wife|husband|mother|father|son|daughter|brother|sister|widow|widower|grandmother|grandfather"
    r"|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|girlfriend|boyfriend|fianc[ée]e?|stepson"
    r"|stepdaughter|stepfather|stepmother)"
)
# A relative introduced as one, just before the name: after a kinship noun and a comma ("his wife, Diane
# Renner", "Gomes' mother, Catherine Gomes"), after a possessive and a kinship noun ("her father Michael
# Lohan", "his late brother Rocco"), or as the one a kinship is "of" ("one of five sons of Salvatore
# Gigante": the parent). In the last two the noun is in lower case: "St. Mary's Father Tom Kelly" and "the
# school's Sister Mary Walsh" are a priest and a nun.
_KIN_BEFORE = re.compile(
    rf"\b(?:{_KIN}\s*,"
    rf"|(?:his|her|their|[\w.]+['’]s?)\s+(?:(?:late|older|younger|elder|eldest|youngest|twin|estranged)\s+)?"
    rf"(?-i:{_KIN})\s*,?"
    rf"|(?-i:{_KIN}s?)\s+of)\s*$",
    re.IGNORECASE,
)


def introduced_as_kin(text: str, start: int) -> bool:
    """Whether the name at ``start`` in ``text`` is introduced as a relative ("his wife, Diane Renner", "her
    father Arthur Whitlock", "one of five sons of Salvatore Gigante")."""
    return _KIN_BEFORE.search(text[max(0, start - 40) : start]) is not None


def kin_apart(short: str, long: str, kin_keys: set[str], first_at: dict[str, int]) -> bool:
    """Whether two full names that could be one person's (a middle name dropped) are a person and a relative:
    the shorter introduced as a relative ("Patricia Ann Reilly ... her sister Ann Reilly"), or the fuller
    introduced as a relative of one named before ("Scott Tran ... Tran's father, Scott Michael Tran"); but
    "his brother, Robert Francis Kinsella ... Robert Kinsella" is the brother named again."""
    if short in kin_keys:
        return long not in kin_keys
    return long in kin_keys and first_at[short] < first_at[long]
