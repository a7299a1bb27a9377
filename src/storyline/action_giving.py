"""Giving and taking for the actions stage (:mod:`storyline.action_parse`): what giving, sending, lending,
paying or delivering something to a named party is ("sent Ukraine air-defence systems" is help, "gave Joel
Grant a new contract" an agreement, "sent Mali 500 troops" a deployment, told elsewhere, "delivered the final
717 to AirTran" a supply), orders received that are won ("received five orders from Emirates"), and a stake
taken in a named company ("will take a 35 percent stake in Chrysler"), and money asked as pay or of a party
("seeking more than $21MM per year").
"""

from __future__ import annotations

from typing import Any

from storyline.action_forms import forms
from storyline.action_nouns import FORCE_NOUNS
from storyline.action_untagged import Named
from storyline.action_verbs import NOUN_CLASS, TRADE_EVENTS, carries

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
    | {"billions", "millions", "dollars", "rebates", "royalties", "compensation"}
)
_TERMS_GIVEN = frozenset({"contract", "contracts", "extension", "extensions", "deal"})
# Goods a maker delivers to a named buyer ("delivered the final 717 to AirTran", "shipped 40 aircraft to
# Emirates"): a supply to a counterpart (not "delivered a speech / a verdict / a message to Congress").
_GOODS = frozenset(
    {"jet", "plane", "planes", "aircraft", "airliner", "airliners", "helicopter", "helicopters", "tanker"}
    | {"tankers", "vehicles", "cars", "trucks", "buses", "ships", "vessels", "engines", "shipment", "units"}
    | {"payment", "payments", "payoffs", "cash", "goods", "products", "orders"}
)
# A post given to someone is a hire: "gave the job to Seth MacFarlane", "gave him the role".
_POSTS_GIVEN = frozenset({"job", "post", "role", "position", "appointment"})
# Money paid for silence or favours: a payment that is the act even when the payee is unnamed.
_PAYOFFS = frozenset({"payoff", "payoffs", "bribe", "bribes", "kickback", "kickbacks"})
_DELIVERING = frozenset(f for b in ("deliver", "ship") for f in forms(b))
_GIVING = frozenset(
    f
    for b in (
        "give",
        "send",
        "lend",
        "donate",
        "ship",
        "deliver",
        "pay",
        "provide",
        "extend",
        "inject",
        "pump",
    )
    for f in forms(b)
)
# Verbs whose receiver comes after "into": "will inject 37 billion pounds into the Royal Bank of Scotland".
_INJECTING = frozenset(f for b in ("inject", "pump") for f in forms(b))
_INTO = ("to", "into")
# Verbs whose receiver may be the object, what is given coming after "with": "provided Opel with loans".
_PROVIDING = frozenset(f for b in ("provide", "supply") for f in forms(b))
# Information passed to a named party ("began to provide tips to Woodward", "leaked documents to the Post"):
# a source's help to a reporter or an agency.
_INFORMING = frozenset(
    f for b in ("give", "provide", "pass", "leak", "supply", "feed", "send") for f in forms(b)
)
_INFORMATION = frozenset(
    {"information", "tips", "tip", "intelligence", "documents", "secrets", "leads", "evidence"}
)


_ENDORSING = forms("endorse")
# Last words of the names of agreements, plans and programmes, which are endorsed as approved, not supported.
_PROGRAMMES = frozenset(
    {"accord", "accords", "agreement", "plan", "act", "treaty", "deal", "vision", "programme"}
)


def _a_programme(token: Any) -> bool:
    """Whether the name ``token`` heads is an agreement, plan or programme ("the Abraham Accords", "Vision
    2030"), by its words: one of ``_PROGRAMMES`` or a number."""
    words = [t for t in token.subtree if t.ent_type_ == token.ent_type_]
    return any(t.lower_ in _PROGRAMMES or t.like_num for t in words)


def given_class(token: Any, low: str) -> str | None:
    """The class of giving, sending or lending something to a named party: help (cooperate) or terms
    (agree or sign); ``None`` for anything else, and for forces sent (a deployment). Endorsing a party is
    support too ("endorsed Tomas Oyelaran", "was endorsed by the union"; CAMEO's "praise or endorse"),
    where a plan or a view endorsed is approved (the verb table's reading)."""
    if low in _ENDORSING:
        # (a person or a body, not a plan or a programme the tagger named: "the Abraham Accords", "Vision
        # 2030", nor the "it" of a plan)
        party = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        named = any(
            (p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not _a_programme(p))
            or p.lower_ in ("him", "her")
            for p in party
        )
        return "cooperate" if named else None
    if low not in _GIVING and low not in _INFORMING:
        return None
    things = [c for c in token.children if c.dep_ == "dobj"]
    supplied = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    receivers_first = things if low in _PROVIDING and supplied else []
    things = supplied if receivers_first else things
    if any(t.text.lower() in NOUN_CLASS and carries(low, t.text.lower()) for t in things):
        return None  # "gave Haiti emergency aid": the aid is the action
    # ("sent weapons to Ukraine", the "to" phrase hung on the object or on the verb)
    receivers = (
        receivers_first
        + [c for c in token.children if c.dep_ == "dative"]
        + built_for(token)
        + [
            g
            for holder in (token, *things)
            for c in holder.children
            if c.dep_ in ("prep", "dative") and c.text.lower() in (_INTO if low in _INJECTING else ("to",))
            for g in c.children
        ]
    )
    if low in _GIVING and _payoffs(token, things):
        return "cooperate"  # "the bagman who delivered payoffs": paid, whether or not the payee is named
    # (a pronoun receiver is named when it stands for a name: "GM was broke; the Treasury lent it $5 billion")
    if not any(r.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or r.lower_ in _RECEIVING for r in receivers):
        return None
    words = {w.text.lower() for t in things for w in t.subtree}
    if words & FORCE_NOUNS:
        return None  # "sent Mali 500 troops": forces deployed
    informed = bool({t.text.lower() for t in things} & _INFORMATION)
    if low not in _GIVING:
        return "cooperate" if informed else None
    if words & _TERMS_GIVEN and low in forms("give"):
        return "agree or sign"
    if things and things[0].lower_ in _POSTS_GIVEN and low in forms("give"):
        return "cooperate"  # "giving the job to Seth MacFarlane": a hire
    if words & _HELP_GIVEN or informed or any(t.ent_type_ == "MONEY" for t in things):
        return "cooperate"
    if low in _DELIVERING and (words & _GOODS or any(t.ent_type_ in ("CARDINAL", "PRODUCT") for t in things)):
        return "cooperate"  # "delivered its final 717 to AirTran"
    return None


def _payoffs(token: Any, things: list[Any]) -> bool:
    """Whether what is given is payoffs, bribes or hush money: the object itself, or the noun after an
    amount's "in" or "of" or the verb's "in" ("delivered $200,000 in payoffs"); not "gave an interview about
    the bribes", "gave details of the kickbacks"."""
    heads = list(things)
    amounts = [t for t in things if t.ent_type_ in ("MONEY", "CARDINAL") or t.like_num]
    for holder in (token, *amounts):
        heads += [g for c in holder.children if c.text.lower() in ("in", "of") for g in c.children]
    hush = any(h.text.lower() == "money" and any(c.text.lower() == "hush" for c in h.children) for h in heads)
    return hush or any(h.text.lower() in _PAYOFFS for h in heads)


def built_for(token: Any) -> list[Any]:
    """The buyer named after a participle of the goods delivered: "delivered the final 717 jet built to
    AirTran Airways" (the parser hangs the "to" on "built")."""
    if token.text.lower() not in _DELIVERING:
        return []
    return [
        g
        for o in token.children
        if o.dep_ == "dobj"
        for a in o.children
        if a.dep_ == "acl"
        for p in a.children
        if p.dep_ == "prep" and p.text.lower() == "to"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def order_won(token: Any) -> bool:
    """Whether the orders or contract received are won ("received five orders from Emirates"), not a
    command ("received orders to withdraw") nor a tally compared ("received far more orders than Airbus")."""
    if any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    ):
        return False  # "received orders from Turkey to stop fighting"
    for received in (o for o in token.children if o.dep_ in ("dobj", "nsubjpass")):
        for c in received.children:
            if c.dep_ == "acl" or c.text.lower() in ("court", "executive"):
                return False  # "an order from the Commission requiring it to ...", "a court order"
            to = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if to and c.dep_ in ("relcl", "xcomp"):  # (any "acl" returned above)
                return False
            if c.lower_ in ("more", "fewer", "less"):
                return False
    return True


def stake_taken(token: Any) -> bool:
    """ "will take a 35 percent stake in Chrysler": a "take" that buys into a named company (a trade, like
    "took over Aer Lingus"), or into one an "it" stands for ("Chrysler is broke. Fiat will take a stake in
    it")."""
    # (the "in" phrase hangs on the stake or, as the parser has it at times, on the verb)
    return token.text.lower() in _TAKING and any(
        o.dep_ in ("dobj", "nsubjpass")
        and o.text.lower() in ("stake", "stakes")
        and any(
            g.ent_type_ in ("ORG", "GPE") or (g.dep_ == "pobj" and g.lower_ in ("it", "them"))
            for c in (*o.children, *token.children)
            if c.dep_ == "prep" and c.text.lower() == "in"
            for g in c.subtree
        )
        for o in token.children
    )


_TAKING = frozenset(forms("take"))
_RECEIVING = frozenset({"it", "them", "him", "her"})


def pay_asked(verb: Any, obj: Any) -> bool:
    """An amount of money asked of someone ("seeking $600M from the Mets") or as pay ("seeking more than $21MM
    per year"), however the tagger splits it; not an asking price ("seeking $100,000 for the sketch") nor a
    search ("seeking $250,000 stolen from a truck")."""
    amount = any(t.ent_type_ == "MONEY" for t in obj.subtree)
    paid = any(t.text.lower() in ("per", "annually", "year", "season") for t in obj.subtree)
    return amount and (paid or any(c.dep_ == "prep" and c.text.lower() == "from" for c in verb.children))


def no_company(token: Any, verb: Any, target: Named | None) -> bool:
    """Whether a trade told as an event noun ("completed the acquisition of LinkedIn") names no company as its
    target: "completed the acquisition of a Rembrandt", "the sale of a Warhol to a collector" trade art."""
    noun = token.i != verb.i and token.text.lower() in TRADE_EVENTS
    return noun and (target is None or target.mention is None or target.mention.type != "ORG")


_ARRANGING = frozenset(forms("arrange"))
_ARRANGEMENTS = frozenset({"arrangement", "arrangements"})
# What arranged for someone is help to them ("arranged a job for Druyun"), unlike a song arranged for a
# singer or a trap arranged for a rival.
_ARRANGED_HELP = frozenset(
    {"job", "jobs", "loan", "loans", "bail", "visa", "visas", "flight", "flights", "transport", "passage"}
    | {"treatment", "place", "room", "housing", "accommodation", "funding", "release", "transfer", "escort"}
    | {"lawyer", "interview", "meeting", "meetings", "appointment", "ride", "tickets", "care", "security"}
)
# What a for-clause arranges that harms the one it is for: "arranged for Khashoggi to die".
_HARMED = frozenset(
    f
    for b in ("die", "kill", "murder", "shoot", "attack", "beat", "arrest", "poison", "kidnap")
    for f in forms(b)
) | {"killed", "murdered", "shot", "beaten", "arrested", "poisoned", "kidnapped", "died"}


def arranged_for(token: Any) -> tuple[Any, Any] | None:
    """The verb carrying an arrangement made for a named person, and that person: help given them ("arranged
    a job for Darleen Druyun", "arranged for Lohan to enter rehab", "made the arrangements for Lohan to check
    into Morningside"); ``None`` for one made for no one named ("arranged for the funeral", "arranged a
    meeting"), which is no act on anyone."""
    low = token.text.lower()
    if low in _ARRANGING:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        helps = [c for c in objects if c.text.lower() in _ARRANGED_HELP]
        if objects and not helps:
            return None  # "arranged the song for Frank Sinatra", "arranged a trap for Prigozhin"
        verb, holders = token, [token, *helps]
    elif low in _ARRANGEMENTS and token.head.text.lower() in forms("make"):
        verb, holders = token.head, [token, token.head]  # "made arrangements for Lohan"
    elif low in _ARRANGEMENTS and token.dep_ == "nsubj" and token.head.head.text.lower() in forms("make"):
        verb, holders = token.head.head, [token, token.head.head]  # parsed as a clause "arrangements ... to"
    else:
        return None
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.text.lower() == "for":
                roles: tuple[str, ...] = ("pobj",)  # "a job for Druyun"
            elif (
                child.dep_ in ("advcl", "ccomp", "xcomp")
                and child.text.lower() not in _HARMED
                and any(m.dep_ == "mark" and m.text.lower() == "for" for m in child.children)
            ):
                roles = ("nsubj", "nsubjpass")  # "for Lohan to enter rehab", "for Griner to be flown home"
            else:
                continue
            person = next((g for g in child.children if g.dep_ in roles and g.ent_type_ == "PERSON"), None)
            if person is not None:
                return verb, person
    return None
