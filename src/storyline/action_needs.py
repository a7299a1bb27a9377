"""Triggers that count only with a named target, for the actions stage (:mod:`storyline.actions`): a trade, a
vague verb ("met", "supported", "fired") or a meal or visit, without the party named, tells no act between
parties; force told by its shots or foes (firing at someone, fighting police), forces moved and an
organisation working with the authorities need none.
"""

from __future__ import annotations

from typing import Any

from storyline.action_clauses import prep_objects
from storyline.action_dismissals import dismissal
from storyline.action_forms import forms
from storyline.action_giving import stake_taken
from storyline.action_misparse import anger_read_as_passive
from storyline.action_nouns import (
    FORCE_NOUNS,
    MILITARY_SITES,
    OWNED_KIN,
    PARTNERS,
    POLICIES,
    SHOTS,
    STREET_FOES,
    WEAPONS,
)
from storyline.action_senses import has_object
from storyline.action_verbs import NEEDS_TARGET, TRADE_EVENTS, VISITS

# What a body did that a critic blasts: "blasted the federal government's response".
_HANDLED = frozenset({"response", "handling", "ruling", "verdict", "rulings", "actions", "conduct"})


def _dated(prep: Any) -> bool:
    """A preposition whose object is a date or time ("fired on Monday"), not someone fired on."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def needs_target(trigger: Any, verb: Any) -> bool:
    """Whether the trigger counts only with a named target (:data:`NEEDS_TARGET`): a trade, a vague verb;
    not an organisation dismissing its staff ("fired 300 employees"), nor an event noun ("opened fire"), nor
    firing at someone or firing a shot, whoever is hit."""
    low = trigger.text.lower()
    if low in TRADE_EVENTS or low in VISITS:
        # "completed the sale of Saab to Spyker": with the company or the buyer named; "had dinner with the
        # Mitchells": with the ones met named
        return True
    if anger_read_as_passive(trigger):
        return True  # "was outraged by the administration's attempts": at someone named
    if low in ("relationship", "bond") or stake_taken(trigger):
        # "a working relationship with Cheeks": with someone named, or with no one to tell; a stake "in it"
        # is in a company only when the "it" stands for one
        return True
    if low in forms("work"):  # "worked with Magruder"; "working together" names no one else
        return not any(c.text.lower() == "together" for c in trigger.children)
    if low in forms("fire") and any(
        (c.dep_ == "prep" and c.text.lower() in ("at", "on", "upon") and not _dated(c))
        or (c.dep_ == "dobj" and c.text.lower() in SHOTS | WEAPONS | {"it"})
        # (a count the parser takes for the object, its shot hung on it: "fired just one shot")
        or (c.dep_ == "dobj" and c.like_num and any(g.text.lower() in SHOTS for g in c.children))
        for c in trigger.children
    ):
        return False  # "firing at rival gang members", "firing the fatal shot", "fired it": shooting
    if low in forms("fight") and _street_foes(trigger):
        return False  # "fought running battles with police", "fought Israeli troops": force, named or not
    if low in forms("move") and any(
        c.dep_ == "dobj" and {g.text.lower() for g in c.subtree} & FORCE_NOUNS for c in trigger.children
    ):
        return False  # "moved its Marine Commandos on a helicopter", "moving artillery units": forces
    if (low in forms("blast") or low in forms("skewer")) and any(
        c.dep_ == "dobj" and c.lower_ in POLICIES | _HANDLED for c in trigger.children
    ):
        return False  # "blasted the decision", "blasted the government's response": criticism, of anyone
    sites = any(c.dep_ == "dobj" and c.text.lower() in MILITARY_SITES for c in trigger.children)
    if low in forms("strike") and sites:
        return False  # "Israel struck targets in southern Lebanon": an attack, whoever held them
    # "was hired in 2005 and fired in 2008": the second verb is passive through the first
    voiced = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for v in voiced for c in v.children)
    if low in forms("fire") and trigger.i == verb.i and not passive and not has_object(trigger):
        return False  # "said it had fired in self-defence": shooting (firing someone takes an object)
    return trigger.i == verb.i and low in NEEDS_TARGET and not dismissal(trigger, low)


def _street_foes(trigger: Any) -> bool:
    """Whether a fight is with forces or a crowd: its object, or whom it (or its battles) is "with" or
    "against"."""
    foes = [c for c in trigger.children if c.dep_ == "dobj"]
    foes += [g for t in (trigger, *foes) for word in ("with", "against") for g in prep_objects(t, word)]
    # (a fight over a matter or for a purpose is a dispute: "fought with police to keep the route open",
    # "fought with fans over ticket prices"; and fans are fought in words)
    matter = any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in trigger.children)
    purpose = any(
        c.dep_ in ("xcomp", "advcl") and c.i > trigger.i and any(g.lower_ == "to" for g in c.children)
        for c in trigger.children
    )
    disputed = matter or purpose
    return not disputed and any(f.lower_ in STREET_FOES - {"fans"} for f in foes)


def works_with(trigger: Any) -> bool:
    """ "is working closely with the authorities": cooperation with a party, named or not (an institution or
    a group: not "with its dealers")."""
    return trigger.text.lower() in forms("work") and any(
        c.dep_ == "prep"
        and c.text.lower() in ("with", "alongside")
        and any(g.dep_ == "pobj" and g.text.lower() in PARTNERS for g in c.children)
        for c in trigger.children
    )


# Parties one has a meal with.
_MET = ("PERSON", "GPE", "NORP", "ORG")


def visit_partners(trigger: Any, objects: list[Any]) -> list[Any]:
    """Whom a meal or a visit is with: a person, a country or a body after "with", "to" or "for" ("had dinner
    with the Mitchells", "paid a visit to France"), not a place it is held at ("a dinner ... at the Ritz"), a
    building or museum visited ("paid a visit to the Louvre") nor one's own kin ("had dinner with her
    family", "breakfast with Tiffany Lang, her daughter")."""
    kept = []
    for o in objects:
        if o.dep_ != "pobj" or o.head.lower_ not in ("with", "to", "for"):
            continue
        words = {t.lower_ for t in o.subtree}
        if words & (OWNED_KIN | {"family", "families", "parents", "children"}):
            continue
        # (the one met named by the object itself, not by a place inside it: "300 guests at the Ritz"; a
        # visit only to a person or a country, not to a museum or a company's building)
        kinds = ("PERSON", "GPE", "NORP") if trigger.lower_ in ("visit", "visits") else _MET
        if o.ent_type_ in kinds or o.lower_ in ("him", "her", "them"):
            kept.append(o)
    return kept
