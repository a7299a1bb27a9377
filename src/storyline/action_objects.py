"""The objects of the actions stage (:mod:`storyline.actions`): which tokens around a trigger may name whom
the act is done to beyond the verb's own objects (:func:`storyline.action_parse.object_tokens`): the targets
only some triggers take (:func:`extra_objects`: an event noun's "before", an offer's, a call's, a payment's or
a demand's "for", the receiver of aid, a post given or announced, what a feeling is about, the one sued for
money sought). Who those tokens name is :func:`storyline.action_targets.target_of`."""

from __future__ import annotations

from typing import Any

from storyline.action_clauses import agents_of, marks_of_clauses, prep_objects, small_clause
from storyline.action_dismissals import let_go
from storyline.action_forms import forms
from storyline.action_giving import arranged_for
from storyline.action_mentions import ACTOR_TYPES
from storyline.action_misparse import (
    post_names,
)
from storyline.action_relations import announced_appointee, served_for
from storyline.action_verbs import CALL, FEELINGS, OFFERS, TO_A_POST


def extra_objects(trigger: Any, verb: Any) -> list[Any]:
    """Targets only some triggers take: an event noun's "before" ("set three ultimatums before Fiat", "put
    the proposal before Congress"), a payment's "for" ("paid $57 million for a stake in Dacia"), an offer's,
    a bid's or a call's "for" ("extended an offer for Teixeira", "bid for Chrysler", "called for Kelly to
    resign") and the indirect object of a light verb parsed as a clause ("made Teixeira an offer")."""
    preps = {"before"} if trigger.i != verb.i or trigger.text.lower() in forms("plead") else set()
    if trigger.text.lower() in forms("pay"):
        preps.add("for")
    recipient = [c for c in trigger.children if c.dep_ == "nsubj"] if small_clause(trigger) else []
    # "called for Commissioner Raymond Kelly and Mayor Bloomberg to ...": whom a call is for, when named
    # ("pressed for Gallois to take the job": whom a demand is for)
    asked_for = trigger.text.lower() in OFFERS | CALL or trigger.text.lower() in forms("press")
    if trigger.text.lower() in CALL:  # "called for Israel to halt": the subject of the clause "for" opens
        recipient += [
            s for m in marks_of_clauses(trigger) for s in m.head.children if s.dep_ == "nsubj" and s.i > m.i
        ]
    # ("made an offer of $44.6 billion for Yahoo": the "for" hung on the light verb)
    offered = [
        g
        for c in (*trigger.children, *(verb.children if verb.i != trigger.i else ()))
        if asked_for and c.dep_ == "prep" and c.text.lower() == "for"
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ in ACTOR_TYPES  # a party, not "a bid for U.S. launch contracts"
    ]
    # "went to work for Sen. James Pope", "worked for Billy Graham's ministry": a person served (working for
    # an employer, "worked for Kraft for 15 years", is a career)
    served = [
        g
        for c in trigger.children
        if trigger.text.lower() in forms("work") and c.dep_ == "prep" and c.text.lower() == "for"
        for g in c.children
        if g.ent_type_ == "PERSON" or any(o.dep_ == "poss" and o.ent_type_ == "PERSON" for o in g.children)
    ]
    # "served as special assistant to John Mitchell", "as an assistant coach under Larry Brown"
    served += served_for(trigger)
    # "named Tony DiLeo coach", "named Vinny Del Negro head coach": the parser made the post the object and
    # the name its compound (the last word of the name before the post's own words)
    posted = [
        names[-1]
        for c in trigger.children
        if trigger.text.lower() in TO_A_POST and c.dep_ in ("dobj", "oprd")
        for names in [post_names(c)]
        if names and all(t.dep_ == "compound" for t in trigger.doc[names[-1].i + 1 : c.i])
    ]
    served += _sued(trigger)
    # "announced that Hugh Jackman will host the Oscars": the one given the post
    appointee = announced_appointee(trigger)
    if appointee is not None:
        posted.append(appointee)
    let_go_of = let_go(trigger) if trigger.text.lower() in forms("let") else None
    arranged = arranged_for(trigger)  # "made the arrangements for Lohan to check into Morningside"
    if arranged is not None:
        served.append(arranged[1])
    # "gave Airbus illegal aid": the receiver the parser hung on the aid given
    receiver = [
        c
        for c in trigger.children
        if verb.i != trigger.i
        and verb.text.lower() in forms("give")
        and c.dep_ in ("nmod", "compound")
        and c.left_edge.i == verb.i + 1
        and c.ent_type_ in ACTOR_TYPES
    ]
    # "was outraged by the administration's attempts": what one feels about, read by the parser as an agent
    if trigger.text.lower() in FEELINGS:
        receiver += agents_of(trigger)
    return (
        recipient
        + receiver
        + offered
        + served
        + posted
        + ([let_go_of] if let_go_of is not None else [])
        + [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.text.lower() in preps and c.i > verb.i
            for g in c.children
            if g.dep_ == "pobj"
        ]
    )


_SUITS = frozenset({"lawsuit", "suit", "lawsuits", "suits", "complaint"})


def _sued(seeking: Any) -> list[Any]:
    """Whom money sought in a suit is sought from: the one sued ("sued Halvorsen Foods, seeking $2.5
    million", "filed a lawsuit against Pixora, seeking damages"), when ``seeking`` is the suit's
    participle."""
    if seeking.dep_ != "advcl" or seeking.text.lower() not in forms("seek"):
        return []
    verb = seeking.head
    if verb.text.lower() in forms("sue"):
        return [c for c in verb.children if c.dep_ == "dobj"]
    suits = [c for c in verb.children if c.dep_ == "dobj" and c.text.lower() in _SUITS]
    if not suits or verb.text.lower() not in forms("file"):
        return []
    return [g for h in (*suits, verb) for g in prep_objects(h, "against")]
