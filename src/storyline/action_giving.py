"""Giving for the actions stage (:mod:`storyline.action_parse`): what giving, sending or lending something to
a named party is ("sent Ukraine air-defence systems" is help, "gave Joel Grant a new contract" an agreement,
"sent Mali 500 troops" a deployment, told elsewhere).
"""

from __future__ import annotations

from typing import Any

from storyline.action_forms import forms
from storyline.action_nouns import FORCE_NOUNS
from storyline.action_verbs import NOUN_CLASS, carries

# What is given, sent or lent to a named party as help: "sent Ukraine air-defence systems", "lent Egypt $3
# billion", "gave Haiti emergency food"; and what is given as an agreement: "gave Grant a new contract".
_HELP_GIVEN = frozenset(
    {
        "aid",
        "assistance",
        "weapons",
        "arms",
        "ammunition",
        "missiles",
        "tanks",
        "jets",
        "systems",
        "batteries",
    }
    | {"drones", "money", "loan", "loans", "funds", "funding", "grant", "grants", "supplies", "food"}
    | {"vaccines", "equipment", "shells", "rockets", "howitzers", "billion", "million", "support"}
)
_TERMS_GIVEN = frozenset({"contract", "contracts", "extension", "extensions", "deal"})
_GIVING = frozenset(f for b in ("give", "send", "lend", "donate", "ship", "deliver") for f in forms(b))


def given_class(token: Any, low: str) -> str | None:
    """The class of giving, sending or lending something to a named party: help (cooperate) or terms
    (agree or sign); ``None`` for anything else, and for forces sent (a deployment)."""
    if low not in _GIVING:
        return None
    things = [c for c in token.children if c.dep_ == "dobj"]
    if any(t.text.lower() in NOUN_CLASS and carries(low, t.text.lower()) for t in things):
        return None  # "gave Haiti emergency aid": the aid is the action
    # ("sent weapons to Ukraine", the "to" phrase hung on the object or on the verb)
    receivers = [c for c in token.children if c.dep_ == "dative"] + [
        g
        for holder in (token, *things)
        for c in holder.children
        if c.dep_ in ("prep", "dative") and c.text.lower() == "to"
        for g in c.children
    ]
    if not any(r.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") for r in receivers):
        return None
    words = {w.text.lower() for t in things for w in t.subtree}
    if words & FORCE_NOUNS:
        return None  # "sent Mali 500 troops": forces deployed
    if words & _TERMS_GIVEN and low in forms("give"):
        return "agree or sign"
    if words & _HELP_GIVEN or any(t.ent_type_ == "MONEY" for t in things):
        return "cooperate"
    return None
