"""Idioms for the actions stage (:mod:`storyline.actions`): senses of force and custody verbs that tell no
force ("killed off the detective", "fired off a letter", "shot to fame", "held off Leclerc to win", a boxer
who "fought Frazier twice"), and of other class verbs that tell no act ("settled for a draw", "could not
help but smile", "helped the indexes gain"), read from the verb's particles, prepositions, complements and
objects; and words aimed at someone ("hit out at", "fired back at the claims").
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


# What is done to an order that is a purchase, not a command.
_ORDERS_PLACED = frozenset(
    f for b in ("sign", "place", "receive", "win", "book", "cancel", "confirm", "finalize") for f in forms(b)
)


def idiom(token: Any, low: str) -> bool:
    """A class word in a sense that is no act of its class: "settling for a tying field goal" (made do with
    it; not "settled the lawsuit for $5 million"), "could not help but smile", "backed down", "backed his
    truck into a cruiser", "traded punches", "chose to sue" and "picked a fight with" (no one chosen), "cast
    doubt", "waived extradition", a help to a market's movement ("helped the indexes gain"), and an order
    that is a purchase ("an order for 20 jets with Airbus"), and "the help" sent home (household staff, not
    help offered)."""
    if low == "help" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return True
    if low in forms("settle") and prep_child(token, "for"):
        # (but "settled the lawsuit for $5 million", "settled for $5 million with Bauer Media" do settle)
        paid = any(g.ent_type_ in ("MONEY", "PERCENT") for c in token.children for g in c.subtree)
        settled = any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) or prep_child(token, "with")
        return not (paid or settled)
    if low in ("order", "orders") and (
        any(c.text.lower() == "purchase" for c in token.children)
        or any(prep_child(token, p) for p in ("for", "with", "to"))
        or (
            token.head.text.lower() in _ORDERS_PLACED
            and not any(c.text.lower() in ("executive", "presidential", "court") for c in token.children)
        )
    ):
        # "signed an order for 20 jets with Airbus", "issued purchase orders to Boeing", "the order was signed
        # at the airshow", "placed / received / cancelled orders" (not "signed an executive order")
        return True
    if low in forms("trade") and any(
        c.dep_ == "dobj" and c.text.lower() in _EXCHANGED for c in token.children
    ):
        return True  # "traded punches with Jones", "traded fire with Hezbollah": no trade
    if low in _CHOOSING and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return True  # "Samsung chose to sue Apple": a decision, no one chosen
    if low in _CHOOSING and (prep_child(token, "with") or prep_child(token, "on")):
        return True  # "picked a fight with Kelly", "picked on Carroll", "tapped Biden on the shoulder"
    if low in forms("cast") and not any(g.dep_ == "pobj" for c in token.children for g in c.children):
        return True  # "cast Obama as weak", "cast doubt": no one cast in a part ("cast her as the lead")
    waived = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if low in forms("waive") and not any(t.ent_type_ == "PERSON" for c in waived for t in c.subtree):
        return True  # "waived extradition", "waived his right": no player released
    if low in _ROSTER_MOVES and not any(
        t.ent_type_ == "PERSON" for c in waived for t in (c, *c.children) if t.i == c.i or t.dep_ == "appos"
    ):
        # "landed a punch", "landed a left to Klitschko's face", "canned tuna": no player signed or let go
        return True
    if low in forms("land") and any(
        t.dep_ == "prep"
        and t.i > token.i
        and t.text.lower() in ("in", "at", "on", "into")
        and not any(g.ent_type_ in ("DATE", "TIME") for g in t.children)
        for t in token.subtree
    ):
        return True  # "landed Jones in hospital", "landed MacArthur in Japan": someone put somewhere
    if low in forms("back") and prep_child(token, "into"):
        return True  # "backed his truck into a police cruiser", "backed Obama into a corner"
    if (low in forms("back") or low in forms("pick")) and any(c.dep_ == "prt" for c in token.children):
        return True  # "backed away from the deal", "backed down", "picked off a pass", "picked up a gun"
    if low in forms("help") and _market_moved(token):
        return True  # "helped the indexes gain", "helping drive the euro below $1.29": no one helped
    return low in forms("help") and any(c.text.lower() == "but" for c in token.children)


# What a market moves: a help to it is an effect on prices, no help given to anyone.
_MARKET_WORDS = frozenset(
    {"index", "indexes", "indices", "share", "shares", "stock", "stocks", "price", "prices", "market"}
    | {"markets", "yields", "bonds", "currency", "dow", "nasdaq", "euro", "dollar", "yen", "pound"}
    | {"sterling", "franc", "krona", "krone", "rupee", "yuan", "renminbi", "ruble", "rouble", "peso", "rand"}
    | {"lira"}
)


def _market_moved(token: Any) -> bool:
    """Whether a help is one to a market's movement: its object, or the subject (else the object) of the
    clause it governs, is a price, an index, shares or a currency ("helped lift shares", "helped the
    indexes gain"; not "helped Ford raise prices", where Ford is helped)."""
    moved = [c for c in token.children if c.dep_ == "dobj"]
    for clause in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
        subjects = [g for g in clause.children if g.dep_ == "nsubj"]
        moved += subjects or [g for g in clause.children if g.dep_ == "dobj"]
    return any(m.text.lower() in _MARKET_WORDS for m in moved)


# Verbs of a team's roster that count only with a player named: signing one, or letting one go.
_ROSTER_MOVES = frozenset(f for b in ("land", "reink") for f in forms(b)) | {"canned"}
# Verbs of choosing someone for a post, which need the one chosen.
_CHOOSING = frozenset(f for b in ("pick", "choose", "tap", "cast") for f in forms(b))
# What two sides exchange that is no trade between them.
_EXCHANGED = frozenset(
    {"punches", "blows", "fire", "shots", "gunfire", "insults", "barbs", "jabs", "accusations", "words"}
    | {"places", "glances", "notes", "pleasantries", "messages", "emails", "letters", "vows"}
)


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


# What one "fires back at" in words: "fired back at Adidas's claims".
_RETORTED = frozenset(
    {"claims", "claim", "critics", "criticism", "accusations", "allegations", "remarks", "comments"}
)


def out_at(token: Any) -> bool:
    """ "hit out at", "fired back at": words against someone; "fired back at the gunmen" is force, so only
    when what is fired back at is a claim; "lashed out at" only at an organisation or a country (at a person
    it is as often blows as words)."""
    particle = {c.text.lower() for c in token.children if c.dep_ in ("prt", "advmod")}
    aimed = [g for c in token.children if c.dep_ == "prep" and c.text.lower() == "at" for g in c.children]
    if not aimed:
        return False
    if token.text.lower() in forms("fire"):
        return "back" in particle and any(g.text.lower() in _RETORTED for g in aimed)
    if token.text.lower() in forms("lash"):
        return "out" in particle and any(g.ent_type_ in ("ORG", "GPE", "NORP") for g in aimed)
    return "out" in particle


def whistle_blown(token: Any) -> bool:
    """ "blew the whistle on the cover-up / on Enron": a wrong exposed, an accusation; not a referee's or a
    coach's whistle ("blew the final whistle", "blew the whistle to end practice"), nor one at a rally."""
    whistles = [c for c in token.children if c.dep_ == "dobj" and c.text.lower() == "whistle"]
    exposed = prep_child(token, "on") or any(prep_child(w, "on") for w in whistles)
    refereed = any(
        c.text.lower() in ("final", "half-time", "halftime") for o in token.children for c in o.children
    )
    return bool(whistles) and exposed and not refereed
