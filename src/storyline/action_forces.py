"""Force words in another class for the actions stage (:mod:`storyline.action_parse`): a ship boarded to seize
it ("commandos boarded the pirate dhow", "carried out a boarding operation"); a clash that is a quarrel
("clashed with the club's board over transfer spending"), a launch that sends forces out ("launched a
helicopter with marine commandos") or fires at someone ("launched rockets at Israel"), a shot that warns
("fired warning shots", "fired ahead of the vessel"), a sending that jails ("would send him to jail", "put
him behind bars", charges handed down to someone), force used on someone ("using excessive force"), troops
ordered into a named place, and strikes that are attacks ("launched air strikes", "carried out strikes
against the Houthis"), not a workers'.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any

from storyline.action_clauses import prep_child, prep_objects
from storyline.action_forms import forms
from storyline.action_nouns import (
    FORCE_NOUNS,
    MILITARY_SITES,
    PLACE_KINDS,
    ROLE_NOUNS,
    STREET_FOES,
    VESSEL_NOUNS,
    WEAPONS,
)
from storyline.action_senses import a_person
from storyline.action_untagged import ship_name, vessel_name
from storyline.action_verbs import carries

# Bodies one clashes with in words: "clashed with the club's board over transfer spending".
_BODIES = frozenset(
    {"board", "owner", "owners", "management", "union", "unions", "league", "ministry", "council"}
    | {"regulators", "studio", "studios", "network", "label", "publisher", "producers"}
)
# What is launched at someone: "launched rockets at Israel" (not "launched a missile test").
_PROJECTILES = frozenset(
    {"rocket", "rockets", "missile", "missiles", "drone", "drones", "shells", "mortars", "grenades", "bombs"}
    | {"torpedo", "torpedoes", "projectiles", "salvo", "barrage"}
)
# Forces a ship or a base launches, sent out ("launched a helicopter with marine commandos"); not a campaign
# ("launched a mission") nor a ship ("China launched its newest warship": built and floated).
_LAUNCHED = frozenset(
    {"troops", "soldiers", "forces", "commandos", "marines", "paratroopers", "units", "personnel", "fighters"}
    | {"reinforcements", "peacekeepers", "mercenaries", "battalion", "battalions", "brigade", "brigades"}
    | {"contingent", "helicopter", "helicopters"}
)


def quarrel(token: Any) -> bool:
    """Whether a clash is a quarrel: with a person or a governing body ("clashed with Joe Biden", "with the
    club's board"), or over a matter with anyone but forces and crowds in the street ("Microsoft clashed
    with Google over patents"; not "protesters clashed with police over the reform"), or of one person with
    anyone but them ("Hardwicke clashed with Summit Entertainment")."""
    partners = [g for c in token.children if c.text.lower() == "with" for g in c.children if g.dep_ == "pobj"]
    if any(a_person(g) or g.text.lower() in _BODIES for g in partners):
        return True
    street = any(g.text.lower() in STREET_FOES for g in partners) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.text.lower() in STREET_FOES for c in token.children
    )
    # (a matter, not a time: "Hamas clashed with Fatah over the weekend" is fighting)
    # (on the clash, or on the one clashed with, where the parser may hang it: "clashing with Brightwater
    # Pictures over the budget")
    matter = any(not g.ent_type_ for t in (token, *partners) for g in prep_objects(t, "over"))
    # (one person clashing with an organisation quarrels with it: "Hardwicke clashed with Summit")
    person = any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in token.children)
    return (matter or person) and bool(partners) and not street


def launched(token: Any, objects: Set[str]) -> str | None:
    """The class of a launch whose objects are the words ``objects``: forces sent out ("launched a
    helicopter", "launched marine commandos"), or projectiles fired at someone ("launched rockets at
    Israel"); else ``None`` ("launched a new phone", "launched a missile test", "launched an airstrike",
    whose noun is the action)."""
    if objects & _LAUNCHED:
        return "deploy or withdraw forces"
    if objects & _PROJECTILES and any(prep_child(token, p) for p in ("at", "on", "into", "against")):
        return "use force"
    return None


def warning_shot(token: Any) -> bool:
    """Whether a firing is a warning: "fired warning shots", "fired ahead of the vessel" (of a craft, not
    "ahead of the talks"), "across its bow", "into the air" (not "fired at the vessel")."""
    if any(c.dep_ == "prep" and c.text.lower() in ("at", "on") for c in token.children):
        return False  # "fired on Ukrainian positions ahead of the talks": at someone
    for child in token.children:
        low = child.text.lower()
        if low == "warning" or (
            child.dep_ == "dobj" and any(c.text.lower() == "warning" for c in child.children)
        ):
            return True  # (the parser makes "fired warning shots at" a clause "warning shots at" at times)
        crafts = [g for p in child.children if p.text.lower() == "of" for g in p.children if g.dep_ == "pobj"]
        if low == "ahead" and any(g.text.lower() in VESSEL_NOUNS | {"it", "them"} for g in crafts):
            return True
        if (
            child.dep_ == "prep"
            and low in ("across", "into", "in", "over")
            and any(g.text.lower() in ("bow", "air", "heads") for g in child.children)
        ):
            return True
    return False


def weapon_it(token: Any) -> bool:
    """Whether ``token`` (pointed, pulled, brandished) has an "it" for its object after a weapon named
    earlier in its sentence ("Gray produced a revolver and pointed it at the officers")."""
    if not any(c.dep_ == "dobj" and c.text.lower() == "it" for c in token.children):
        return False
    return any(t.text.lower() in WEAPONS for t in token.sent if t.i < token.i)


def sent_to_prison(token: Any) -> bool:
    """ "would send him to jail", "sent Coyle to prison": a person sent into custody (coerce), not forces."""
    if token.text.lower() not in _SENDING or not any(c.dep_ in ("nsubj", "agent") for c in token.children):
        return False  # (a sender of its own: not one the parser lent it through "and")
    sent = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    places = {
        g.text.lower()
        for c in token.children
        if c.dep_ in ("prep", "dative") and c.text.lower() in ("to", "into", "back")
        for g in c.subtree
        if g.dep_ == "pobj"
    }
    return bool(places & _PRISONS) and any(a_person(o) or o.text.lower() in ROLE_NOUNS for o in sent)


def put_away(token: Any) -> bool:
    """ "worked to put him behind bars", "vowed to bring the killer to justice": a person jailed or brought to
    trial (coerce), however the one who does it is named."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(a_person(o) or o.lower_ in ROLE_NOUNS | {"him", "her", "them"} for o in objects):
        return False
    where = {
        (c.lower_, g.lower_)
        for c in token.children
        if c.dep_ in ("prep", "dative")
        for g in c.children
        if g.dep_ == "pobj"
    }
    low = token.lower_
    return (low in forms("put") and ("behind", "bars") in where) or (
        low in forms("bring") and ("to", "justice") in where
    )


_SENDING = frozenset(forms("send"))
_PRISONS = frozenset({"jail", "prison", "gaol", "custody", "detention"})


def air_strike(token: Any, carrier: Any) -> bool:
    """ "air strikes", "drone strikes" carried by a light verb ``carrier`` ("launched", "carried out"), not a
    workers' strike."""
    from_air = any(c.dep_ in ("compound", "amod") and c.text.lower() in _AERIAL for c in token.children)
    return (from_air or struck_at(token, carrier)) and carries(carrier.text.lower(), "airstrikes")


def struck_at(strikes: Any, carrier: Any) -> bool:
    """Strikes on a named party or on military sites ("launched strikes against the Houthis", "carried out
    strikes on Houthi targets", the "on" hung on the verb at times), not a workers' strike against a
    reform."""
    preps = [*strikes.children, *(carrier.children if strikes.dep_ == "dobj" else ())]
    for prep in (c for c in preps if c.dep_ == "prep" and c.text.lower() in ("on", "against")):
        for aim in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")):
            # (a capitalised word the tagger left untyped is a name too: "against the Houthis")
            named_aim = aim.text[:1].isupper() or any(
                t.ent_type_ in ("ORG", "GPE", "NORP") for t in aim.lefts
            )
            if (named_aim and aim.text.lower() not in _REFORMS) or aim.text.lower() in MILITARY_SITES:
                return True
    return False


# What a strike against a government may be about: a workers' strike ("strikes against Macron's pension
# reform"), not an attack.
_REFORMS = frozenset(
    {"reform", "reforms", "plan", "plans", "policy", "policies", "law", "laws", "bill", "cuts"}
)


_AERIAL = frozenset({"air", "drone", "missile", "rocket", "aerial", "artillery"})


# Men who board a ship to seize it: pirates and hijackers ("Somali pirates boarded the tanker"); forces or
# sailors only board a pirate craft so ("commandos boarded the pirate dhow"), for they also board their own
# ship, a cruise ship for a ceremony or a freighter to inspect it.
_SEIZERS = frozenset({"pirates", "hijackers", "gunmen", "militants", "raiders"})
_BOARDERS = FORCE_NOUNS | _SEIZERS | frozenset({"sailors", "guard", "guards", "police", "officers"})
_BOARDED = VESSEL_NOUNS - {"ferry", "carrier"}
_PIRATE_WORDS = frozenset({"pirate", "pirates", "hijacked", "smuggling", "smugglers"})


def boarded(token: Any) -> bool:
    """Whether ``token`` ("boarded") is a ship seized by boarding (coerce): pirates boarding a ship, or
    forces or sailors boarding a pirate craft (of its own verb's subject, or of the verb it is coordinated
    with: "flew in the helicopter, boarded the pirate dhow and caught 12 Somalis")."""
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or subject.text.lower() not in _BOARDERS:
        return False
    words = {obj.text.lower(), *(c.text.lower() for c in obj.children if c.dep_ in ("compound", "amod"))}
    if subject.text.lower() not in _SEIZERS and not words & _PIRATE_WORDS:
        return False  # "Marines boarded the USS Bataan", "officers boarded the ship to inspect it"
    named = ship_name(obj) is not None or vessel_name(obj) is not None
    return bool(words & _BOARDED) or named


# Operations a boarding names, and the verbs that carry them out.
_OPERATIONS = frozenset({"action", "operation", "operations", "raid"})
_PASSENGERS = frozenset({"passengers", "passenger", "gate", "flight", "flights", "travellers", "travelers"})
_CARRIED_OUT = frozenset(
    f for b in ("carry", "conduct", "perform", "launch", "mount", "stage") for f in forms(b)
)


def boarding_operation(token: Any) -> bool:
    """ "carried out boarding-and-search action", "conducted a boarding operation on the dhow": a boarding
    the subject carries out, though the parser may hang the operation on a participle describing it
    ("carried out well practiced and professionally executed boarding action"); not "suspended boarding
    operations" at an airport, nor a boarding told only as how something else was done ("in a professionally
    executed boarding action, nabbed 26 pirates")."""
    operation = token.head
    if token.dep_ not in ("nmod", "compound", "amod") or operation.lower_ not in _OPERATIONS:
        return False
    # (not of passengers: "Ryanair carried out boarding operations at gate 12")
    if {t.lower_ for t in token.sent} & _PASSENGERS:
        return False
    if operation.dep_ != "dobj":
        return False
    verb = operation.head
    for _ in range(3):
        if verb.lower_ in _CARRIED_OUT:
            return True
        if verb.dep_ not in ("conj", "advcl"):
            return False
        verb = verb.head
    return False


# How force used on people is told: "excessive force", "deadly force" ("brute force to open the safe" is not).
_FORCE_KINDS = frozenset(
    {"excessive", "deadly", "lethal", "unreasonable", "unnecessary", "disproportionate", "military"}
    | {"physical"}
)


def force_used(token: Any) -> bool:
    """ "using excessive force", "used force against Ukraine": force on someone; not a sales force, "the full
    force of its brand", "the force of law", "brute force to open the safe"."""
    force = next((c for c in token.children if c.dep_ == "dobj" and c.text == "force"), None)
    if force is None or any(c.dep_ in ("compound", "poss", "prep", "det") for c in force.children):
        return False
    kind = any(c.dep_ == "amod" and c.lower_ in _FORCE_KINDS for c in force.children)
    return kind or prep_child(token, "against") or prep_child(token, "on")


def into_a_place(token: Any) -> bool:
    """Whether ``token`` sends something "into" or "to" a named place or a frontier ("into Somalia", "into
    the province of Huancarpa", "two brigades to the frontier"; not "into their barracks", "into a zone
    defense")."""
    return any(
        t.ent_type_ in ("GPE", "LOC") or t.lower_ in PLACE_KINDS or t.lower_ in _FRONTIERS
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("into", "to")
        for t in c.subtree
    )


# Where forces are sent to face another country: "ordered two brigades to the frontier".
_FRONTIERS = frozenset({"border", "borders", "frontier", "frontiers", "frontline", "borderlands"})


_HANDED = frozenset(forms("hand"))


def handed_down(charges: Any) -> bool:
    """Whether charges are "handed" (down) by the verb they hang on."""
    return bool(charges.head.lower_ in _HANDED)


def charged_person(charges: Any) -> bool:
    """Whether charges "handed down" go to a person named ("handed down charges to Anthony Lasalle"), as a
    prosecutor's do; a company's charges to customers are fees."""
    verb = charges.head
    down = any(c.lower_ == "down" for c in verb.children)
    to = [g for t in (verb, charges) for c in t.children if c.lower_ == "to" for g in c.children]
    return down and any(g.ent_type_ == "PERSON" or g.text[:1].isupper() for g in to)


_THROWING = frozenset(f for b in ("throw", "hurl") for f in forms(b))


def thrown_at_someone(token: Any, low: str) -> bool:
    """Whether something is thrown or hurled "at" a person named ("threw a drumstick at Callum Breck"): force,
    whatever was thrown (not "threw a party at the Ritz")."""
    return low in _THROWING and any(g.ent_type_ == "PERSON" for g in prep_objects(token, "at"))


# Words that make a subject police, armed forces or a government: "Victoria Police", "Ghana's navy".
_SECURITY = frozenset(
    {"police", "navy", "army", "military", "guard", "coastguard", "forces", "force", "troops", "marines"}
    | {"ministry", "government", "department", "sheriff", "patrol", "gendarmerie", "authorities"}
)


def security_body(verb: Any) -> bool:
    """Whether the subject of ``verb`` is police, armed forces, a government or a country ("Victoria Police
    deployed ...", "Ghana's navy has deployed ..."; not "Amazon deployed drones")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        s.ent_type_ in ("GPE", "NORP") or any(w.lower_ in _SECURITY for w in (s, *s.lefts)) for s in subjects
    )
