"""Short forms of names inside one article, for the entities stage (:mod:`storyline.entities`): a person's
surname, an organisation's name without its affixes, and an organisation named again by the first word of
its name.

News names a company in full once and by its first word after that: "Blackridge Protection Services" then
"Blackridge denied the allegation", "Halvorsen Telecom" then "Halvorsen will pay". The recogniser often
misses the short form, or tags it as a person, and what it misses no later stage can name. A first word is
taken for such a short form only where the article gives no other reading of it: never written in lower
case (not "Bank of America" → "bank"), not a place ("Manchester United"), not part of a person's name, and
the first word of one organisation only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from storyline.entity_resolution import ORG_AFFIXES
from storyline.gazetteer import country_of_word, lookup_place
from storyline.given_names import given_name_gender

# The correction recorded on a mention found this way (read again when short forms are resolved).
LEAD_WORD = "first word of an organisation this article names"
# A word that may stand for a whole name: capitalised, letters only, long enough not to be an initial.
_LEAD_WORD = re.compile(r"[A-Z][a-z]{3,}")
# The last words of a name that say what kind of body it is, after the word that names it: the first word of
# "Blackridge Protection Services", "Holloway Records", "the Commerce Department" stands for it (not that of
# "Windows Update", "Hunger Games Sequel" or "Surgeon General", whose first words are words of their own).
_KINDS = ORG_AFFIXES | {
    "foods", "software", "telecom", "records", "games", "services", "markets", "capital", "holdings",
    "systems", "networks", "network", "pictures", "studios", "entertainment", "airlines", "airways",
    "motors", "bank", "resources", "energy", "partners", "media", "industries", "technologies",
    "pharmaceuticals", "security", "logistics", "freight", "department", "ministry", "center", "centre",
    "union", "council", "commission", "agency", "association", "foundation", "institute", "labs",
    "laboratories", "electronics", "communications", "insurance", "financial", "investments", "properties",
    "mining", "steel", "petroleum", "automotive", "retail", "stores", "brands", "beverages", "brewing",
    "publishing", "productions", "films", "music", "university", "college", "fc", "club", "hospital",
    "chemicals", "shipping", "construction", "engineering", "terminals", "facilities", "railways", "trains",
    "utilities", "gas", "oil",
}  # fmt: skip
# Last words of places and institutions that a given name may open ("Florence Nightingale Hospital").
_INSTITUTIONS = frozenset({
    "school", "academy", "church", "chapel", "cathedral", "speedway", "stadium", "arena", "hall", "hospital",
    "clinic", "library", "museum", "theatre", "theater", "materials", "bridge", "street", "avenue", "county",
    "elementary", "high", "prize", "award", "awards", "trophy", "cup",
})  # fmt: skip
# Right after an occurrence: another capitalised word makes it part of a longer name ("Halvorsen Foods").
_MORE_NAME = re.compile(r"\s+[A-Z]")


def lead_words(
    organisations: Iterable[str], people: Iterable[str], places: Iterable[str], lower: Counter[str]
) -> set[str]:
    """The first words of the organisations' names (of two words or more, the last saying what kind of body
    it is) that stand for them alone: not written in lower case in the article (``lower`` counts its
    lower-case words), not a place or a people, not a word of a person's name, and the first word of one
    organisation only."""
    firsts: dict[str, set[str]] = {}
    for name in organisations:
        words = name.split()
        if len(words) > 1 and _LEAD_WORD.fullmatch(words[0]) and words[-1].lower() in _KINDS:
            firsts.setdefault(words[0], set()).add(name)
    taken = {w for name in people for w in name.split()} | set(places)
    return {
        word
        for word, names in firsts.items()
        if len(names) == 1
        and not lower[word.lower()]
        and word not in taken
        and lookup_place(word) is None
        and country_of_word(word) is None  # (a people's name: "Turkmen")
    }


def mistyped_words(tagged: Iterable[tuple[str, str]]) -> set[str]:
    """The one-word names among ``tagged`` (name, label) that the tagger may have mistaken for a person,
    which :func:`lead_words` may take for an organisation's first word: a one-word person (given without a
    title by the caller: "Senator Crane" is a person) that is no people the gazetteer knows. (A one-word
    people stays one: "Inuit leaders" beside "Inuit Services", "Hindu nationalists" beside "the Hindu
    Council".)"""
    return {
        name
        for name, label in tagged
        if label == "PERSON" and " " not in name and country_of_word(name) is None
    }


def part_of_longer_name(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` runs on into another capitalised word."""
    return _MORE_NAME.match(text, end) is not None


def lead_word_of(short: str, long: str) -> bool:
    """Whether ``short`` (folded, one word) is the first word of the organisation ``long`` (folded)."""
    words = long.split()
    return len(words) > 1 and " " not in short and words[0] == short


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def short_form_of(short: str, long: str, short_type: str, long_type: str) -> bool:
    """Is ``short`` (folded) a short form of ``long`` (folded) in one article?

    People: the surname(s) ("parly" of "florence parly", "le drian" of "yves le drian"), the name without a
    middle name ("bettie page" of "bettie mae page"), the given name as an initial ("w mark felt" of
    "william mark felt"). Organisations: the name without its affixes ("wagner" of "wagner group" and of
    "pmc wagner").
    """
    s, words = short.split(), long.split()
    # (a person's name NER may tag as an organisation, "Bettie Mae Page", when a given name opens it and no
    # word of a body's closes it: not "Warren County High School", "Grace Community Church")
    person = "PERSON" in (short_type, long_type) or (
        given_name_gender(long) is not None and words[-1] not in _KINDS | _INSTITUTIONS
    )
    if person and len(s) == len(words) > 1 and s[1:] == words[1:] and len(s[0]) == 1 < len(words[0]):
        return words[0].startswith(s[0])
    if len(s) >= len(words):
        return False
    if person and len(s) > 1 and s[0] == words[0] and s[-1] == words[-1] and _within(s[1:-1], words[1:-1]):
        return True
    if "PERSON" in (short_type, long_type) and words[-len(s) :] == s:
        return True
    # "comeaux" of "arcade joseph comeaux jr": a person's surname before a generational suffix (but "Ford"
    # the company is no short form of William Clay Ford Jr.)
    people = short_type == long_type == "PERSON"
    if people and words[-1] in _NAME_SUFFIXES and len(s) < len(words) - 1 and words[-1 - len(s) : -1] == s:
        return True
    # "new century" of "new century financial corporation", where NER took the short form for an event or a
    # product: an organisation's first words, the name ending in a legal affix (an organisation's own short
    # form keeps to the affixes alone: "general motors" is not "general motors acceptance corporation")
    mistyped = short_type not in ("ORG", "PERSON", "NORP") and long_type == "ORG"
    if mistyped and words[: len(s)] == s and words[-1] in ORG_AFFIXES:
        return True
    for i in range(len(words) - len(s) + 1):
        if words[i : i + len(s)] == s:
            rest = words[:i] + words[i + len(s) :]
            return all(w in ORG_AFFIXES for w in rest)
    return False


def _within(part: list[str], whole: list[str]) -> bool:
    """Whether the words of ``part`` occur in ``whole`` in order, the others being words too (not the
    hyphen of a web address's "gary - ross")."""
    rest = iter(whole)
    return all(word.isalpha() for word in whole) and all(word in rest for word in part)
