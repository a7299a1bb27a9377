"""Acts told twice, for the actions stage (:mod:`storyline.actions`): an infinitive of purpose after an event
noun ("hold a meeting to discuss") or naming no one after an act ("teamed up with X to bid"), talks whose
purpose is talks ("met X to resume negotiations") and a participle telling again the act of its clause
("filed a lawsuit, accusing it of ..."): one act each, not two."""

from __future__ import annotations

from typing import Any

from storyline.action_forms import forms
from storyline.action_mentions import ACTOR_TYPES
from storyline.action_parse import class_of
from storyline.action_senses import is_infinitive


def purpose_of_event(token: Any) -> bool:
    """An infinitive of purpose after a light verb's event noun ("hold a meeting *to discuss*", "made an
    offer *to buy*"): the event noun is the action, its purpose is none of its own."""
    if token.dep_ not in ("xcomp", "advcl") or not is_infinitive(token):
        return False
    head = token.head
    return any(
        c.dep_ == "dobj" and (found := class_of(c)) is not None and found[1].i == head.i
        for c in head.children
    )


def unnamed_purpose(token: Any) -> bool:
    """An infinitive of purpose that names no one ("teamed up with Northrop Grumman *to bid for the tanker
    contract*"): inside an act it is none of its own (but "met Abbas *to negotiate with Israel*" is one)."""
    # (working at something is no act of its own: "worked for years to put him behind bars" is the jailing)
    solo = token.head.lower_ in _WORK and not any(
        c.lower_ in ("with", "together", "alongside") for c in token.head.children
    )
    return (
        token.dep_ == "advcl"
        and not solo
        and is_infinitive(token)
        and not any(c.lower_ == "only" for c in token.children)  # "..., only to reject his offer": a result
        and not any(t.ent_type_ in ACTOR_TYPES for t in token.subtree if t.i > token.i)
    )


_WORK = frozenset(forms("work"))


def same_act_purpose(verb: Any, cls: str) -> bool:
    """Talks whose purpose is talks with no one else named ("met X to resume negotiations", "met on Monday to
    discuss the merger") are one act, the meeting (not so for other classes: "was selected to purchase Saturn"
    is a hiring and a purchase)."""
    if cls != "negotiate" or verb.dep_ != "advcl" or not is_infinitive(verb):
        return False
    if any(t.ent_type_ in ACTOR_TYPES for t in verb.subtree):
        return False  # "met Abbas to negotiate with Israel": talks with another party
    head = class_of(verb.head)
    return head is not None and head[0] == cls


_IN_WORDS = frozenset({"accuse or criticise", "deny", "warn or threaten", "appeal or request"})


def restated(token: Any, cls: str) -> bool:
    """A participle telling again the act of the clause it hangs on: "filed a lawsuit against Samsung,
    accusing it of copying the iPhone" is one accusation; acts in words only ("opened fire, killing Banky"
    tells a second act, the killing; "met Abbas, urging restraint" another class)."""
    if cls not in _IN_WORDS or token.dep_ != "advcl" or not token.text.lower().endswith("ing"):
        return False
    if any(c.dep_ in ("nsubj", "mark") for c in token.children):
        return False  # "..., while he was accusing": a clause of its own
    if any(c.dep_ in ("dobj", "dative") and c.ent_type_ in ACTOR_TYPES for c in token.children):
        return False  # "condemned the attack, accusing Russia of war crimes": the party is named only here
    head = token.head
    told = [class_of(t) for t in (head, *(c for c in head.children if c.dep_ == "dobj"))]
    return any(found is not None and found[0] == cls for found in told)
