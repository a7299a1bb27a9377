"""Names the entity tagger misses, for the actions stage's names (:mod:`storyline.action_names`): a ship's
name after its prefix or after the article gave it with one ("INS Tabar", later "the Tabar"), a capitalised
institution after "the" ("the Defense Ministry", "the Nationals"), a company by its legal form ("Aurelia Gold
Corp"), and the modifiers before a noun where a
nationality or place that makes a named group is found ("the Somali pirate mother ship").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.action_nouns import INSTITUTIONS, SHIP_PREFIXES, STORMS, TITLES, VESSEL_NOUNS
from storyline.nlp import text_of
from storyline.quote_marks import is_double_quote
from storyline.records import Mention


@dataclass(frozen=True)
class Named:
    """A name found on the parse: its text, its offsets, and the mention it is (``None`` for a group)."""

    text: str
    start: int
    end: int
    mention: Mention | None


def left_modifiers(token: Any) -> list[Any]:
    """Modifiers before a noun, nearest link first, through nested compounds: "Somali" in "the Somali pirate
    mother ship" (Somali → pirate → mother → ship)."""
    out: list[Any] = []
    frontier = [token]
    while frontier:
        head = frontier.pop(0)
        for child in head.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < head.i:
                out.append(child)
                frontier.append(child)
    return out


def ship_name(token: Any) -> Named | None:
    """ "the INS Tabar", "USS Cole": a name after a ship prefix is a ship's name, tagged or not; and so is
    that name alone after the article gave it with its prefix ("The Mysore intercepted the mother vessel")."""
    if not token.text[:1].isupper():
        return None
    prefix = next(
        (
            c
            for c in token.children
            if c.dep_ == "compound" and c.i == token.i - 1 and c.text in SHIP_PREFIXES
        ),
        None,
    )
    end = token.idx + len(token.text)
    if prefix is not None:
        return Named(text_of(token.doc)[prefix.idx : end], prefix.idx, end, None)
    if any(c.dep_ == "compound" for c in token.children) or token.i == 0:
        return None
    doc = token.doc
    named_before = next(
        (t for t in doc[1 : token.i] if t.text == token.text and doc[t.i - 1].text in SHIP_PREFIXES), None
    )
    if named_before is None:
        return None
    return Named(f"{doc[named_before.i - 1].text} {token.text}", token.idx, end, None)


def vessel_name(token: Any) -> Named | None:
    """A ship named after the kind of vessel it is, whatever the tagger made of the name: "the cruiser
    Moskva", "the supply ship Unaizah May" (the name's head), 'the Thai trawler "Ekawat Nava 5"', "the Greek
    freighter Irene" (the kind of vessel, with the name in apposition)."""
    doc = token.doc
    kind = next(
        (
            c
            for c in token.children
            if c.dep_ == "compound" and c.text.lower() in VESSEL_NOUNS and c.text.islower()
        ),
        None,
    )
    if kind is not None and all(t.text[:1].isupper() for t in doc[kind.i + 1 : token.i + 1]):
        start, end = doc[kind.i + 1].idx, token.idx + len(token.text)
        return Named(text_of(doc)[start:end], start, end, None)
    if token.text.lower() not in VESSEL_NOUNS:
        return None
    for child in (c for c in token.children if c.dep_ == "appos" and c.i > token.i):
        # the opening mark (a TeX-style one may be two tokens, "` `") may hang from the name or outside it;
        # the closing one comes a word or two after the name's head ("Ekawat Nava 5''")
        first = child.left_edge.i
        while first < child.i and _mark(doc[first].text):
            first += 1
        if not doc[first].text[:1].isupper():
            continue
        quoted = first > 0 and _mark(doc[first - 1].text)
        if quoted:
            close = next(
                (t.i for t in doc[child.i + 1 : child.i + 4] if not (t.is_alpha or t.is_digit)), None
            )
            if close is None or not _mark(doc[close].text):
                continue
            last = close - 1
        elif first == token.i + 1:  # the name right after the kind, with no comma between
            last = child.i
        else:
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        return Named(text_of(doc)[start:end], start, end, None)
    return None


def _mark(text: str) -> bool:
    return is_double_quote(text) or text in ("`", "'")


def institution(token: Any) -> Named | None:
    """ "the Defense Ministry", "the Air Force", "the City Attorney's Office", "the Nationals": "the" +
    capitalised words ending in an institution noun or a plural (a team, a party), not at the start of a
    sentence (where any word is capitalised)."""
    low = token.text.lower()
    plural = low.endswith("s") and not low.endswith("ss") and not token.text.isupper()
    # (a team named by a number, "the 76ers", "the 49ers"; not a decade, "the 1990s")
    numbered = re.fullmatch(r"\d+[a-z]{2,}s", low) is not None
    # (a group by its acronym: "the RSF", "the PKK")
    acronym = token.text.isupper() and token.text.isalpha() and 2 < len(token.text) < 7
    named_like = low in INSTITUTIONS or plural or acronym
    if not named_like or low in TITLES or not (token.text[:1].isupper() or numbered):
        return None
    if token.i == token.sent.start:
        return None
    # (the "the" of a capitalised owner: "The City Attorney's Office", where it hangs on "Attorney")
    owners = [c for c in token.children if c.dep_ == "poss" and c.text[:1].isupper()]
    the = next(
        (c for h in (token, *owners) for c in h.children if c.dep_ == "det" and c.text.lower() == "the"), None
    )
    if the is None:
        return None
    start = token
    while start.i > the.i + 1:
        before = token.doc[start.i - 1]
        if before.dep_ == "case" and before.head.head.i == token.i:
            start = before  # "the City Attorney's Office": the 's of a capitalised owner
            continue
        if not before.text[:1].isupper() or not (
            before.head.i in (token.i, start.i) or before.dep_ == "compound"
        ):
            break
        start = before
    if start.i != the.i + 1 and not _backed(token.doc[the.i + 1 : start.i]):
        return None  # "the new Defense Ministry": not a name as written
    end = token.idx + len(token.text)
    return Named(text_of(token.doc)[start.idx : end], start.idx, end, None)


# Departments a government's offices are named by: "the Secretary of Defense", "the Minister of Finance".
DEPARTMENTS = frozenset(
    {"defense", "defence", "state", "treasury", "navy", "army", "interior", "commerce", "energy", "justice"}
    | {"labor", "labour", "agriculture", "education", "health", "transportation", "finance", "trade"}
    | {"war", "homeland", "housing", "veterans", "industry", "economy", "culture", "foreign", "home"}
)


def office_of(token: Any) -> Named | None:
    """ "the Secretary of Defense", "the Minister of Finance": "the", a capitalised title, "of" and a
    government department or a place, an office the notes read as a name (a capitalised office title is one;
    "the president" alone is not)."""
    if token.lower_ not in TITLES or not token.text[:1].isupper() or token.i == token.sent.start:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    of = next((c for c in token.children if c.lower_ == "of" and c.i == token.i + 1), None)
    department = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    # (right after the "of", or after its "the": "the Secretary of the Navy")
    gap = department.i - token.i if department is not None else 0
    article = gap == 3 and token.doc[token.i + 2].lower_ == "the"
    if department is None or not department.text[:1].isupper() or not (gap == 2 or article):
        return None
    # (a government's department or a place: not "the Chairman of Dellmont", "the Director of Operations")
    if department.lower_ not in DEPARTMENTS and department.ent_type_ not in ("GPE", "NORP"):
        return None
    end = department.idx + len(department.text)
    return Named(text_of(token.doc)[token.idx : end], token.idx, end, None)


def _backed(words: Any) -> bool:
    """Whether ``words`` (between "the" and a name) are one hyphenated modifier ending in a participle: "the
    Iran-backed Houthis", "the Saudi-led coalition" (not "the new Defense Ministry")."""
    texts = [w.text for w in words]
    return len(texts) == 3 and texts[1] == "-" and texts[2].islower() and texts[2].endswith("ed")


# Legal forms that end a company's name: "Amazon.com Inc", "Aurelia Gold Corp", "Barclays plc".
_LEGAL_FORMS = frozenset(
    {"inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "co", "ag", "sa", "nv", "gmbh", "holdings"}
)


def company(token: Any) -> Named | None:
    """A company's name the tagger missed, told by its legal form: capitalised words ending in one
    ("Amazon.com Inc has hired", "Aurelia Gold Corp on Monday launched"; the tagger misses many at the start
    of a sentence)."""
    if token.text.rstrip(".").lower() not in _LEGAL_FORMS or not token.text[:1].isupper():
        return None
    doc = token.doc
    start = token.i
    while (
        start > token.sent.start and doc[start - 1].text[:1].isupper() and doc[start - 1].dep_ == "compound"
    ):
        start -= 1
    if start == token.i:
        return None
    first, end = doc[start].idx, token.idx + len(token.text)
    return Named(text_of(doc)[first:end], first, end, None)


# Words of a company's name, which a storm's never has ("Hurricane Energy", "Typhoon Holdings").
_COMPANY_WORDS = frozenset(
    {"energy", "group", "holdings", "capital", "inc", "ltd", "plc", "corp", "corporation", "company"}
    | {"fund", "partners", "resources", "oil", "gas", "mining", "media", "records", "games", "software"}
)


def a_storm(doc: Any, mention: Mention) -> bool:
    """Whether ``mention`` names a storm: a name whose first word, or the capitalised word just before it,
    is one for a storm ("Hurricane Helene", "Tropical Storm Ana", "Storm Babet"); of a name the tagger calls
    anything but a person, only when the name is the storm word and one or two more words, none a company's
    ("Hurricane Ian"; not "during the storm Russia attacked", nor the company Hurricane Energy)."""
    words = mention.text.split()
    low = [w.lower() for w in words]
    lead = bool(low) and (low[0] in STORMS or low[:2] == ["tropical", "storm"])
    if mention.type != "PERSON":
        return lead and 1 < len(words) <= 3 and not set(low) & _COMPANY_WORDS
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    before = doc[span.start - 1].text if span is not None and span.start > 0 else ""
    return lead or (before[:1].isupper() and before.lower() in STORMS)


def people_of(plural: str) -> bool:
    """Whether ``plural`` names the people an organisation acts through: "fighters", "militants",
    "commanders", "lawmakers" (not its "workers" or "customers", who act for themselves)."""
    return plural in _PEOPLE


_PEOPLE = frozenset(
    {"fighters", "militants", "gunmen", "commanders", "leaders", "members", "officials", "troops", "forces"}
    | {"rebels", "guards", "commandos", "lawmakers", "delegates", "negotiators", "operatives", "loyalists"}
    | {"soldiers", "agents", "insurgents", "spokesmen", "envoys", "diplomats", "ministers", "militiamen"}
    | {"officers", "deputies", "detectives", "investigators", "marshals", "prosecutors", "personnel"}
)


# Words before a place's name that are part of the place: "Greater Manchester", "Downtown Chicago".
_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater"}
    | {"upper", "lower", "downtown", "inner", "outer", "metro", "new", "old", "rural", "urban"}
)


def body_of_place(token: Any, mention: Mention, mentions: Sequence[Mention]) -> Named | None:
    """A body named by a capitalised word before a place's name, which the tagger took for the place alone
    ("Police Scotland appealed", "Mountaineering Scotland warned"); else ``None``."""
    if mention.type != "GPE" or mention.start != token.idx or token.i == 0:
        return None
    word = token.doc[token.i - 1]
    named_word = any(m.start <= word.idx < m.end for m in mentions)
    if word.dep_ != "compound" or not word.text[:1].isupper() or not word.is_alpha or named_word:
        return None
    if word.text.lower() in _PLACE_WORDS | TITLES:
        return None
    start, end = word.idx, mention.end
    return Named(text_of(token.doc)[start:end], start, end, None)
