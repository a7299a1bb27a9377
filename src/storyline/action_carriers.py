"""Verbs that carry an event noun through another noun, for the actions stage (:mod:`storyline.action_parse`):
a counting noun ("launched *a wave of* air strikes") or a sum ("pledged *$5 billion in* aid to Ukraine"); and
units a number counts, which no one is ("held 6 GB")."""

from __future__ import annotations

from typing import Any

# Nouns that count events: "a wave of air strikes", "a package of sanctions", "dozens of attacks".
_COUNTING = frozenset(
    {"wave", "waves", "series", "round", "rounds", "package", "packages", "dozens", "hundreds", "scores"}
    | {"string", "spate", "barrage", "flurry", "raft", "salvo", "volley", "number", "batch", "slew"}
    # and a stretch of time they fill: "held two days of talks", "began a week of strikes"
    | {"hours", "days", "week", "weeks", "months", "years"}
)


def counted_by(token: Any) -> Any | None:
    """The verb that carries an event noun counted by a noun before it ("launched *a wave of* air strikes",
    "adopted *a package of* sanctions"): the counting noun's verb, when the noun is its object; else
    ``None``."""
    if token.dep_ != "pobj" or token.head.text.lower() != "of":
        return None
    counting = token.head.head
    if counting.text.lower() not in _COUNTING or counting.dep_ not in ("dobj", "nsubjpass"):
        return None
    return counting.head


def amount_in(token: Any) -> Any | None:
    """The verb that carries an event noun after a sum ("pledged $5 billion *in* aid to Ukraine"): the sum's
    verb, when the sum is its object; else ``None``."""
    if token.dep_ != "pobj" or token.head.text.lower() != "in":
        return None
    amount = token.head.head
    money = amount.ent_type_ == "MONEY" or amount.like_num or amount.text.lower() in ("millions", "billions")
    return amount.head if money and amount.dep_ == "dobj" else None


def unit_counted(token: Any) -> bool:
    """A unit of measure after its number ("held 6 GB", "10 KM"): capitals, but no one held."""
    counted = any(c.dep_ == "nummod" for c in token.children)
    return counted and token.text.isupper() and len(token.text) <= 3
