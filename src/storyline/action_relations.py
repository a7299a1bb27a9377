"""Ties between parties that a verb's phrases tell, for the actions stage (:mod:`storyline.action_parse`): a
post held for someone ("served as special assistant to John Mitchell") and a party turned to for help
("Woodward turned to Felt", "King looked to Cheeks to take over")."""

from __future__ import annotations

from typing import Any

from storyline.action_forms import forms
from storyline.action_senses import is_infinitive


def turned_to(token: Any) -> bool:
    """ "Woodward turned to Felt", "King looked to Cheeks to take over": a named party turned to for help (not
    "turned to politics" or "to Christianity", "turned their interest to Ramirez", "looking to Hansbrough"
    as he spoke: a look needs what it is for)."""
    if any(c.dep_ == "dobj" for c in token.children):
        return False
    looked = token.text.lower() in forms("look")
    if looked and not any(c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in token.children):
        return False
    return any(
        g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG", "GPE")
        for c in token.children
        if c.dep_ in ("prep", "prt", "dative") and c.text.lower() == "to"
        for g in c.children
    )


def served_for(token: Any) -> list[Any]:
    """Whom a post is held for, after "to" or "under", on the post or on the verb ("served as chief of staff
    to Governor Ann Kerrigan"), when the verb has its "as"."""
    posts = [c for c in token.children if c.dep_ == "prep" and c.text.lower() == "as"]
    if not posts or token.text.lower() not in forms("serve"):
        return []
    holders = [token, *(r for p in posts for r in p.children if r.dep_ == "pobj")]
    return [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.text.lower() in ("to", "under")
        for g in p.children
        if g.dep_ == "pobj"
    ]
