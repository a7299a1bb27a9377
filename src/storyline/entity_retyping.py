"""Mentions while the entities stage (:mod:`storyline.entities`) corrects them, and the corrections read
from the words around a name rather than from the tagger: a courtesy title makes a person, "Operation"
makes a military operation, a people's word used of a noun ("Christian groups") is no one's surname, and the
titles and lower-case words opening a person's span are its role ("Colonel", "godfather")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.entity_acronyms import WORD
from storyline.gazetteer import Place, fold
from storyline.given_names import courtesy_gender

# Words that title a person; when NER includes them in a PERSON span they are moved to the role.
TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "president", "vice", "colonel", "col", "general", "gen",
        "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "senator", "sen", "rep",
        "representative", "governor", "gov", "mayor", "minister", "prime", "premier", "chancellor",
        "secretary", "ambassador", "judge", "justice", "king", "queen", "prince", "princess", "sir",
        "dame", "lord", "lady", "pope", "cardinal", "bishop", "rev", "reverend", "sheikh", "interim",
        "deputy", "chief", "ceo", "chairman", "chairwoman", "spokesman", "spokeswoman",
        # police and military ranks, written out and abbreviated ("Det. Sgt. Ann Lee", "Const. Tim Fanning")
        "detective", "det", "inspector", "insp", "superintendent", "supt", "corporal", "cpl", "pvt", "spc",
        "commander", "cmdr", "constable", "const", "brigadier", "brig", "admiral", "adm", "cpt", "officer",
        "atty", "alderman", "ald",
    }
)  # fmt: skip
# Lower-case words that begin some people's names ("de Gaulle", "van Gogh", "bint Bandar", "ould Ghazouani").
_NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "delle", "degli", "dei", "dal", "der", "den", "van", "von", "zu"}
    | {"ter", "ten", "le", "la", "du", "do", "dos", "das", "al", "el", "bin", "binti", "bint", "ibn", "ben"}
    | {"abu", "ould", "ag", "ul", "mac", "st", "af", "av", "y"}
)
# A hyphen inside a word that tokenised copy spaces out: "Brenn - Aasen", "Strauss - Kahn".
SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
# A company's officers written short, which the tagger may take for a name or run into one ("Qualys CTO").
EXECUTIVES = frozenset({"ceo", "cfo", "cto", "coo", "cio", "cmo", "ciso"})
# "Operation" just before a name: "Operation Barkhan", "Operation Serval".
_OPERATION = re.compile(r"\bOperation\s+$")


@dataclass
class RawMention:
    """A mention while it is being corrected (mutable on purpose: private to one article's extraction)."""

    start: int
    end: int
    label: str
    ner_label: str
    correction: str | None = None
    place: Place | None = None
    role: str | None = None
    locked: bool = False  # a gazetteer place: never a short form of a person or organisation

    def name(self, text: str) -> str:
        return " ".join(text[self.start : self.end].split())


def retype_by_words(text: str, raws: Sequence[RawMention]) -> None:
    """A name a courtesy title stands before somewhere in the article ("Mr. Le Drian") is a person's in each
    of its mentions, whatever the tagger or the batch made of it; and a name after "Operation" is a military
    operation's ("Operation Barkhan", "Operation Santiago"), which the tagger takes for a person, a place or a
    building (an organisation may be called so: "Operation Smile" stays one); and a span ending in a company
    officer's title written short is the company (:func:`_company_before_officer`)."""
    titled = {fold(r.name(text)) for r in raws if courtesy_gender(text, r.start)}
    for raw in raws:
        before = _OPERATION.search(text[max(0, raw.start - 12) : raw.start])
        operation = before or raw.name(text).startswith("Operation ")
        if operation and raw.label in ("PERSON", "GPE", "LOC", "FAC"):
            raw.start -= len(before.group()) if before else 0
            raw.correction = f"a military operation's name, not {raw.label}"
            raw.label, raw.role, raw.place, raw.locked = "EVENT", None, None, False
        elif raw.label != "PERSON" and not raw.locked and fold(raw.name(text)) in titled:
            raw.correction = f"a courtesy title before {raw.name(text)} in this article: a person"
            raw.label = "PERSON"
        else:
            _company_before_officer(text, raw)


def _company_before_officer(text: str, raw: RawMention) -> None:
    """A person's or organisation's span ending in a company officer's title written short, in capitals, is
    the company ("Qualys CTO", "Danske Bank CIO"; not "Lucia Ceo")."""
    words = list(WORD.finditer(text, raw.start, raw.end))
    last = words[-1].group().rstrip(".") if words else ""
    if raw.label in ("PERSON", "ORG") and len(words) > 1 and last.isupper() and last.lower() in EXECUTIVES:
        raw.end = words[-2].end()
        if raw.label == "PERSON":
            raw.correction = "a company's name before its officer's title, not a person"
        raw.label = "ORG"


def modifies(doc: Any, start: int) -> bool:
    """Whether the word at ``start`` is used of a noun: "Christian" in "Christian groups", "Welsh side"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].idx == start and span[0].dep_ in ("amod", "compound", "nmod")


def strip_titles(text: str, raw: RawMention) -> None:
    """Move leading title words of a PERSON span ("Colonel Assimi Goita"), and lower-case words that are no
    particle of a name ("godfather Gigante", not "de Gaulle"), into its role."""
    words = list(WORD.finditer(text, raw.start, raw.end))
    titles = 0
    # (a lower-case word before a name written in capitals is a role, "godfather Vincent Gigante"; not a name
    # written all in lower case, "danah boyd", nor a particle)
    capitalised = [w.group()[:1].isupper() for w in words]
    while titles < len(words) - 1 and (
        words[titles].group().rstrip(".").casefold() in TITLES
        or (
            words[titles].group().islower()
            and words[titles].group().rstrip(".") not in _NAME_PARTICLES
            and all(capitalised[titles + 1 :])
        )
    ):
        titles += 1
    if titles:
        raw.role = text[raw.start : words[titles - 1].end()]
        raw.start = words[titles].start()
