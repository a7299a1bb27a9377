"""Idioms for the actions stage (:mod:`storyline.actions`): senses of force and custody verbs that tell no
force ("killed off the detective", "fired off a letter", "shot to fame", "held off Leclerc to win", a boxer
who "fought Frazier twice"), and of other class verbs that tell no act ("settled for a draw", "could not
help but smile"), read from the verb's particles, prepositions and objects.
"""

from __future__ import annotations

from typing import Any

from storyline.action_clauses import prep_child
from storyline.action_forms import forms
from storyline.action_nouns import DOCUMENTS


def figurative(token: Any, low: str) -> bool:
    """A force or custody verb in a sense of its own: "killed off the detective", "killed it", "fired off a
    letter" (but "fired off two shots"), "shot to fame", "shot a 65", "held off Leclerc to win", "beat out
    Ames for the part", "fought Joe Frazier twice" (a bout: people fight *with* someone in a brawl)."""
    particles = {c.text.lower() for c in token.children if c.dep_ == "prt"}
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if "off" in particles and (low in forms("kill") or low in forms("hold")):
        return True
    if "out" in particles and low in forms("beat"):
        return True  # "beat out Jordan Ames for the part": won a contest
    if low in forms("kill") and any(o.text.lower() == "it" for o in objects):
        return True  # "killed it on the final night": did very well
    if "off" in particles and low in forms("fire"):
        return any(o.text.lower() in _WRITINGS for o in objects)  # (not "fired off rockets at Haifa")
    if low in forms("shoot") and not objects and prep_child(token, "to"):
        return True
    if low in forms("shoot") and any(o.text[:1].isdigit() for o in objects):
        return True  # (a score in figures; "shot the other three" are people)
    return low in forms("fight") and any(o.ent_type_ == "PERSON" for o in objects)


def idiom(token: Any, low: str) -> bool:
    """A class verb in a sense that is no act of its class: "settling for a tying field goal" (made do with
    it; not "settled the lawsuit for $5 million"), "could not help but smile"."""
    if low in forms("settle") and prep_child(token, "for"):
        # (but "settled the lawsuit for $5 million" settles something)
        return not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
    if (low in forms("back") or low in forms("pick")) and any(c.dep_ == "prt" for c in token.children):
        return True  # "backed away from the deal", "backed down", "picked off a pass", "picked up a gun"
    return low in forms("help") and any(c.text.lower() == "but" for c in token.children)


# What is fired off in words: "fired off a letter / an angry email / a tweet".
_WRITINGS = DOCUMENTS | {
    "email",
    "emails",
    "tweet",
    "tweets",
    "memo",
    "missive",
    "reply",
    "response",
}
