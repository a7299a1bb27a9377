"""Mentions while the entities stage (:mod:`storyline.entities`) corrects them, and the corrections read
from the words around a name rather than from the tagger: a courtesy title makes a person, "Operation"
makes a military operation, and a people's word used of a noun ("Christian groups") is no one's surname."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.gazetteer import Place, fold
from storyline.given_names import courtesy_gender

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
    building (an organisation may be called so: "Operation Smile" stays one)."""
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


def modifies(doc: Any, start: int) -> bool:
    """Whether the word at ``start`` is used of a noun: "Christian" in "Christian groups", "Welsh side"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].idx == start and span[0].dep_ in ("amod", "compound", "nmod")
