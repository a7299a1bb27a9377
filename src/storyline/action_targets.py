"""Targets for the actions stage (:mod:`storyline.actions`): the name an object phrase is or stands for.

The names themselves are read by :mod:`storyline.action_names`; this module chooses which of a verb's object
phrases names the target, and which name inside a phrase it is ("correspondent Sanjay Gupta", "a stake in
Chrysler"), keeping settings ("in Nairobi") and venues ("on iTunes") apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.action_clauses import along_with, heads, prep_objects
from storyline.action_forms import forms
from storyline.action_mentions import ACTOR_TYPES, mention_at
from storyline.action_misparse import modified_noun, verb_read_as_modifier
from storyline.action_names import PRONOUNS, named
from storyline.action_nouns import (
    BODY_PARTS,
    DEPLOYED,
    FORCE_NOUNS,
    FRAMES,
    OUTLETS,
    PLACE_KINDS,
    POSITIONS,
    ROLE_NOUNS,
    SHIP_PREFIXES,
    SITES,
    TITLES,
    TRADE_NOUNS,
)
from storyline.action_owners import owned_party
from storyline.action_untagged import Named
from storyline.action_verbs import OFFERS
from storyline.gazetteer import fold
from storyline.records import Mention

# Links inside a noun phrase, and links that open a clause of its own (never searched for a target).
_PHRASE_DEPS = frozenset({"compound", "pobj", "appos", "poss", "amod", "nmod"})
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
_VENUES = frozenset({"on", "at", "via", "through"})
_LOCATIVE = frozenset({"at", "in", "inside", "outside", "near"})
# Courts, where a suit or a challenge is brought, not whom it is against.
_COURTS = frozenset({"court", "courts", "tribunal"})
# Prepositions that place something beside a building or a body, never make it the party.
_BESIDE = frozenset({"outside", "near", "opposite", "behind", "around"})
# What someone asks for or puts forward, whose "by" names the one who asked.
_ASKED = frozenset(
    {"demand", "demands", "request", "requests", "offer", "offers", "proposal", "proposals", "bid", "bids"}
    | {"call", "calls", "plea", "pleas", "appeal", "appeals", "ultimatum", "motion"}
)
_PLACES = frozenset({"LOC", "GPE", "FAC"})


def target_of(
    tokens: Sequence[Any],
    mentions: Sequence[Mention],
    actor: Named,
    trade: bool = False,
    place: bool = False,
    acts: frozenset[int] = frozenset(),
    event_it: bool = False,
    unit: bool = False,
) -> Named | None:
    """The first of ``tokens`` that is or holds a name other than the actor (``trade``: see name_inside; a
    unit sold, with ``unit``: "agreed to buy General Motors' Saturn unit" is Saturn).

    An "it" or "them" that is the object of one of the tokens ``acts`` (the trigger and its verb) stands for
    the nearest thing before it that it can ("condemned Myanmar and urged it"); not one that an act
    coordinated with it is done to ("made Teixeira an offer but has since pulled it back"); nor, with
    ``event_it``, an "it" that a denial, a criticism or a sanction is mostly of: the event told before.

    A name after "in" is where it happened ("suspended production in China", "arrested him in Nairobi",
    "filed a lawsuit in U.S. District Court"), a target only where the verb goes somewhere (``place``:
    "deployed troops in Mali") or trades ("invested in Chrysler"). A phrase that frames the act ("in
    connection with the Norvale Pay breach", "in the wake of the attack") names no target.
    """
    for token in tokens:
        if trade and token.dep_ == "pobj" and token.head.text.lower() in _VENUES:
            continue  # "sell movies on iTunes": where it is sold, not to whom
        where = token.dep_ == "pobj" and token.head.text.lower() == "in" and not (place or trade)
        m = mention_at(mentions, token.idx, token.idx + len(token.text)) if where else None
        if m is not None or (where and token.text.lower() in PLACE_KINDS | _COURTS):
            # "in Nairobi", "in the Exarchia district of Athens", "filed a lawsuit in U.S. District Court",
            # "would sue the agency in the High Court" (a court the tagger missed): a setting
            continue
        if token.dep_ == "pobj" and token.head.text.lower() == "in" and token.text.lower() in FRAMES:
            continue  # "arrested a man in connection with the Norvale Pay breach": what the act is about
        if trade and token.dep_ == "dobj" and any(c.dep_ == "nummod" for c in token.children):
            # "sold 13.7 million Macs": goods counted, no party; a name inside them is ("sold 80.1% of its
            # stake in Chrysler"), and a maker written before them sells them to a buyer ("bought 60 Boeing
            # jets"), not to a seller ("sold 3 million Samsung televisions")
            found = name_inside(token, mentions, trade)
            maker = found is not None and any(
                c.dep_ in ("compound", "amod") and found.start <= c.idx < found.end for c in token.children
            )
            inside = found is not None and not (found.start <= token.idx < found.end)
            if inside and (not maker or token.head.text.lower() in _BUYING):
                return found
            continue
        found = _unit_traded(token, mentions) if unit else None
        found = found or named(token, mentions, allow_pronoun=False) or owned_party(token, mentions)
        if found is not None and found.mention is None and token.text.lower() in _OFFICES:
            # "hired Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun": an
            # office read as a name of its own is its holder, when the phrase ends with one
            holder = name_inside(token, mentions, trade)
            if holder is not None and holder.mention is not None and holder.mention.type == "PERSON":
                found = holder
        low = token.text.lower()
        if found is None and (
            low in ("him", "her", "them") or (token.dep_ == "nsubjpass" and low in PRONOUNS)
        ):
            # "... he has been approached by X"; (an object "him" or "her" is never its own doer: '"I asked
            # him to find me a club," Vasconcelos said' is not Vasconcelos)
            found = named(token, mentions, allow_pronoun=True, not_them=frozenset({actor.text}))
        governor = token.head.head if token.dep_ == "pobj" else token.head
        standing = low == "them" or (low == "it" and not event_it)
        if found is None and standing and token.dep_ in _OBJECTS and governor.i in acts:
            found = _thing_before(token, mentions, actor)
        if found is None and low in ("stake", "stakes") and token.dep_ == "dobj" and token.head.i in acts:
            # "Chrysler is broke; Fiat will take a stake in it": the company a stake's "it" stands for
            preps = (*token.children, *token.head.children)  # (on the stake, or on the verb)
            inner = [g for c in preps if c.lower_ == "in" for g in c.children if g.lower_ == "it"]
            found = _thing_before(inner[0], mentions, actor) if inner else None
        if found is None and low in BODY_PARTS:
            # "held a knife to her throat": the one whose throat it is
            owner = next((c for c in token.children if c.dep_ == "poss" and c.text.lower() == "her"), None)
            found = named(owner, mentions, allow_pronoun=True) if owner is not None else None
        if found is None:
            found = name_inside(token, mentions, trade)
        if found is not None:
            found = _first_of_run_on(token, found, mentions)
        if found is not None and _a_pact(found):
            continue  # "signed the Reciprocal Access Agreement": what was signed, not with whom
        if found is not None:
            found = _player_of(token, found, mentions)
        overlaps = found is not None and found.start < actor.end and actor.start < found.end
        if found is not None and not overlaps and fold(found.text) != fold(actor.text):
            return found
    return None


def _first_of_run_on(token: Any, found: Named, mentions: Sequence[Mention]) -> Named:
    """The first name of a coordination the parser ran into one phrase ("met with House Speaker Nancy Pelosi
    and Senate Majority Leader Harry Reid", all compounds of "Reid"): a coordinated object's target is its
    first name."""
    joined = [t for t in token.subtree if t.dep_ == "cc" and t.lower_ == "and" and t.idx < found.start]
    if not joined or found.mention is None:
        return found
    kind, cut = found.mention.type, joined[0].idx
    before = [
        m
        for t in token.subtree
        if t.idx < cut and (m := mention_at(mentions, t.idx, t.idx + len(t.text))) is not None
        if m.type == kind and m.end <= cut
    ]
    return Named(before[0].canonical, before[0].start, before[0].end, before[0]) if before else found


def _player_of(token: Any, team: Named, mentions: Sequence[Mention]) -> Named:
    """The person a team's name only describes, written after it with a role ("suspended San Diego Padres
    shortstop Fernando Tatis Jr.", "fined Chelsea manager Enzo Maresca"); else the team itself."""
    if team.mention is not None and team.mention.type == "PERSON":
        return team
    doc = token.doc
    after = doc.char_span(team.end, team.end + 1, alignment_mode="expand")
    i = after.start if after is not None else len(doc)
    roles = 0
    while i < len(doc) and doc[i].text.lower() in POSITIONS and roles < 3:
        i, roles = i + 1, roles + 1
    if not roles or i >= len(doc):
        return team
    person = mention_at(mentions, doc[i].idx, doc[i].idx + len(doc[i].text))
    if person is None or person.type != "PERSON":
        return team
    return Named(person.canonical, person.start, person.end, person)


_OBJECTS = frozenset({"dobj", "pobj", "dative"})
# Last words of the names of treaties and laws, which are things agreed, never parties.
_PACTS = frozenset(
    {"agreement", "agreements", "accord", "accords", "treaty", "pact", "statute", "convention", "protocol"}
    | {"charter", "act", "declaration", "memorandum", "plan"}
)
# Heads of noun phrases a later "it" or "them" may stand for: subjects and direct objects.
_NOUN_HEADS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr"})
_RELATIVES = frozenset({"who", "whom", "which", "that", "what", "this", "these", "those"})
# Words that are never what such a pronoun stands for: numbers, dates, amounts.
_NOT_ANTECEDENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


def _thing_before(pronoun: Any, mentions: Sequence[Mention], actor: Named) -> Named | None:
    """What an object "it" or "them" stands for: the nearest subject or direct object before it, in its
    sentence or the one before, other than the actor ("condemned Myanmar and urged it to free"), when it
    agrees with the pronoun ("it" one thing that is no person, "them" several: a "them" passes over what is
    one, "Kurdish fighters took the town. Turkish troops attacked them"; a name in -s may be either). A
    phrase after a preposition is passed over ("proposed a truce to Israel, and Netanyahu rejected it": the
    truce); an unnamed or disagreeing noun names no one ("the Senate passed the bill and Obama signed it",
    "sent tanks to Ukraine; Russia condemned it": the sending)."""
    doc = pronoun.doc
    sent = pronoun.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    plural_wanted = pronoun.text.lower() == "them"
    # "a stake in it": the phrase holding the pronoun, up to its verb, is not what "it" is
    holders: set[int] = set()
    for a in pronoun.ancestors:
        holders.add(a.i)
        if a.dep_ in _CLAUSE_DEPS | {"ROOT", "conj"}:
            break
    for t in reversed(doc[first : pronoun.i]):
        if t.dep_ not in _NOUN_HEADS or t.text.lower() in PRONOUNS | _RELATIVES or t.is_punct:
            continue
        if t.i in holders or (t.dep_ == "dobj" and t.head.i in holders and pronoun.head.lower_ == "in"):
            continue  # (nor the verb's object, when the parser hangs the "in it" on the verb)
        if actor.start <= t.idx < actor.end:
            continue  # the doer itself ("itself" would be written)
        if t.i >= sent.start and _inside_modifier(t):
            continue  # (in its own sentence; one before may end on what it stands for: "a man serving life")
        if t.ent_type_ in _NOT_ANTECEDENTS or not t.is_alpha:
            return None  # "built a new 787 ..., and Emirates bought it": a thing with a number, no one
        found = named(t, mentions, allow_pronoun=False)
        if t.dep_ == "attr" and found is None:
            continue  # "Exxon is the biggest oil company, and Greenpeace sued it": what Exxon is said to be
        if found is not None and fold(found.text) == fold(actor.text):
            continue
        low = t.text.lower()
        in_s = (low.endswith("s") and not low.endswith("ss")) or low.endswith("men")
        # a name in -s may be one thing or several ("Belarus", "the Netherlands", "General Motors"; "the
        # Raiders"); a group the text names by a plural is several ("Somali pirates ... detained them")
        mention = found.mention if found is not None else None
        tagged = mention is not None
        plural = bool(t.conjuncts) or (in_s and not tagged)
        person = mention is not None and mention.type == "PERSON"
        if person and not plural_wanted:
            continue  # a person is never an "it"
        either = tagged and in_s and not t.conjuncts and not person
        if plural == plural_wanted or either:
            return found
        if plural_wanted:
            continue  # "them" is never one thing: "Kurdish fighters took control of the town. ... them"
        return None
    return None


def _inside_modifier(t: Any) -> bool:
    """Whether ``t`` is an argument of a participle that only describes a noun ("a trawler carrying a lot of
    ammunition"): what a later "it" stands for is the noun described, never such an argument (but a relative
    clause's may be: "Exxon, which bought Mobil, later sued it")."""
    head = t.head
    while head.dep_ not in _CLAUSE_DEPS | {"ROOT"}:
        head = head.head
    return bool(head.dep_ == "acl" and head.head.i != t.i)


def _placed(noun: Any) -> bool:
    """Whether ``noun`` is a place or is placed by a phrase of its own ("in the Gulf of Aden")."""
    return noun.ent_type_ in _PLACES or any(
        c.dep_ == "prep" and c.text.lower() in _LOCATIVE | {"off"} and g.ent_type_ in _PLACES
        for c in noun.children
        for g in c.children
    )


# Pacts named with "of" ("a memorandum of understanding with Rolls-Royce", "a letter of intent with Airbus"):
# the party after the "of" phrase is the pact's.
_PACT_NAMES = frozenset({"memorandum", "memorandums", "memoranda", "letter", "letters", "declaration"})


def name_inside(token: Any, mentions: Sequence[Mention], trade: bool = False) -> Named | None:
    """The name inside the noun phrase headed by ``token`` that it stands for or is about.

    "correspondent Sanjay Gupta", "the Beatles' record company, Apple Corps": the name in apposition (what
    the phrase *is*) first; else the name nearest the head. The search stays inside the phrase: never into
    a clause hanging from it ("a contract to purchase Airbus jets", "the ship that Somali pirates seized")
    nor past "than" or "as" ("the same deal as the Angels"). A partner is named through "with", "from",
    "to"... ("signed a contract with X", "won an order from X", "denied links to X"); through "of" only for
    a trade (``trade``), where it names the traded company ("a score of Airbus A320 jets", "80% of its stake
    in Chrysler", "agree the purchase of Boeing jets"): elsewhere the name of an "of" or "by" phrase is not
    the target ("met the demands of Ford", "denounced the role of Wagner"). A place describing the head is
    not what it names ("the Maryland native", "a Las Vegas casino").
    """
    for child in token.children:
        # "Kurdish militants' positions": a named group owning the thing (a name the tagger marks is found
        # below)
        group = named(child, mentions, allow_pronoun=False) if child.dep_ == "poss" else None
        if group is not None and group.mention is None:
            return group
    inside = []
    # a person described by a name ("a U.S. Customs agent") is not that name; a thing may be ("a Hamas
    # training camp", "a Qatar Airways order")
    described = token.text.lower() in ROLE_NOUNS
    # "shot two co-workers at a Kraft plant": where, when the verb has its own object (but "fired at a Hamas
    # office" is aimed at Hamas, and "invested in a Chrysler plant" is a trade with Chrysler)
    at_venue = (
        not trade
        and token.dep_ == "pobj"
        and token.head.text.lower() in _LOCATIVE
        and token.text.lower() in SITES
        and any(c.dep_ == "dobj" for c in token.head.head.children)
    )
    for sub in token.subtree:
        if sub.i == token.i or sub.dep_ not in _PHRASE_DEPS:
            continue
        path = [sub, *(h for h in heads(sub) if token.i in {a.i for a in heads(h)})]
        # ("the city of Coronado" is Coronado: an "of" after a kind of place names the place itself)
        by_of = [
            t
            for t in path
            if t.dep_ == "pobj"
            and t.head.text.lower() in ("of", "by")
            and not (t.head.text.lower() == "of" and t.head.head.text.lower() in PLACE_KINDS | _PACT_NAMES)
        ]
        # "agree the purchase of Boeing jets", but not "on the orders of his brother" (who gave them)
        bought = any(
            t.head.head.text.lower() in TRADE_NOUNS
            and t.head.head.head.text.lower() not in ("on", "under", "at")
            for t in by_of
        )
        holder = _title_holder(token, sub, by_of, mentions)
        # ("rejected a demand by the Christian Democrats": who asked is whom it is refused, as with "from")
        # (the name itself after "by", not one inside it: "a demand by workers at General Motors")
        asker = (
            token.lower_ in _ASKED
            and len(by_of) == 1
            and by_of[0].head.lower_ == "by"
            and by_of[0].head.head.i == token.i
            and [t for t in path if t.dep_ == "pobj"] == by_of
        )
        if by_of and not (trade or bought or holder or asker):
            continue
        if any(t.dep_ == "pobj" and t.head.lower_ in _BESIDE for t in path):
            continue  # "fired tear gas at protesters outside the Interior Ministry": where they stood
        if trade and any(t.dep_ == "pobj" and t.head.text.lower() in _VENUES for t in path):
            continue  # "sell movies on iTunes": where it is sold, not to whom
        compared = any(  # "the same deal as the Angels", not "targets such as Hamas camps"
            t.text.lower() == "than"
            or (t.text.lower() == "as" and t.i > 0 and t.doc[t.i - 1].text.lower() != "such")
            for t in [*path, token]
        )
        # "a man in relation to the Brightwater Capital fraud": what the act is about, not to whom
        # (nor the court it is brought in: "sue the agency in the High Court")
        framed = any(
            t.dep_ == "pobj" and t.head.text.lower() == "in" and t.text.lower() in FRAMES | _COURTS
            for t in path
        )
        # "resolving a dispute over Addis Ababa's plan", "talks about Kashmir": what it is about, not a party
        topic = not trade and any(t.dep_ == "pobj" and t.head.text.lower() in ("over", "about") for t in path)
        # "denied the allegations in an Instagram post": where it was said
        said_in = any(t.dep_ == "pobj" and t.text.lower() in OUTLETS for t in path)
        if any(t.dep_ in _CLAUSE_DEPS for t in path) or compared or framed or topic or said_in:
            continue
        mention = mention_at(mentions, sub.idx, sub.idx + len(sub.text))
        if (
            mention is not None
            and mention.type == "GPE"
            and all(t.dep_ in ("compound", "amod") and mention.start <= t.idx < mention.end for t in path)
        ):
            # a place describing the head ("the Maryland native", "a Las Vegas casino") is not what it names
            continue
        if not trade and described and all(t.dep_ == "compound" for t in path):
            continue  # a name describing a person ("a U.S. Customs agent", "an NYPD officer")
        if mention is not None and mention.type == "GPE" and _describes_name(sub, mentions):
            continue  # "with U.S. chip designer Arm Holdings": the country describes the company named
        if at_venue and all(t.dep_ in ("compound", "amod") for t in path):
            continue
        after_for = [t for t in path if t.dep_ == "pobj" and t.head.text.lower() == "for"]
        # ("failed to pass a loan package for GM": whom a measure is for is no party to its passing)
        measure_for = bool(after_for) and token.text.lower() in _MEASURES
        reason = any(not t.ent_type_ for t in after_for) or measure_for
        if reason and not (trade or token.text.lower() in OFFERS | TRADE_NOUNS):
            # "criticized the administration for the Interior Department decision": the name only describes
            # the reason (but "a spokesman for Hamas", "a lawyer for Tom Banks" name whom they act for)
            continue
        located = any(
            t.dep_ == "pobj"
            and t.head.text.lower() in ("in", "at", "near", "off", "outside", "between")
            and t.head.head.text.lower() not in TRADE_NOUNS
            # "between" places only what is placed too ("an attempt in the Gulf of Aden between Somalia and
            # Yemen"); "clashes between Armenia and Azerbaijan" name the parties
            and (t.head.text.lower() != "between" or _placed(t.head.head))
            for t in path
        )
        at_site = any(
            t.dep_ == "pobj" and t.head.text.lower() in _LOCATIVE and t.head.head.text.lower() in SITES
            for t in path
        )
        if mention is not None and ((mention.type == "GPE" and located) or at_site):
            # "shops and banks in Athens", "a house in Ballincollig, Co Cork" (whatever the tagger calls the
            # place), "an attempt in the Gulf of Aden between Somalia and Yemen": where they are, not who was
            # attacked (but "a commander in Hezbollah" is of Hezbollah)
            continue
        if mention is not None and mention.type in ("ORG", "PERSON", "GPE"):
            # (the name in apposition, not one owning a description in apposition: "Apple Corps, the
            # Beatles' company" is Apple Corps)
            appositive = holder or (
                any(t.dep_ == "appos" for t in path) and not any(t.dep_ == "poss" for t in path)
            )
            # "accepted a bid for Opel from Magna": the bidder before what is bid for
            bid_for = token.text.lower() in OFFERS and bool(after_for)
            inside.append((not appositive, bid_for, abs(sub.i - token.i), mention))
    if not inside:
        return None
    mention = min(inside, key=lambda x: (x[0], x[1], x[2]))[3]
    return Named(mention.canonical, mention.start, mention.end, mention)


# Parts of a company that are sold as companies: "General Motors' Saturn unit", "Ford's Volvo brand".
_UNITS = frozenset({"unit", "units", "brand", "brands", "division", "subsidiary", "arm", "business"})


def _unit_traded(token: Any, mentions: Sequence[Mention]) -> Named | None:
    """The unit a trade is of, named before the word "unit" or "brand", whatever the tagger made of the name
    (it takes "Saturn" for a product): the unit is what changes hands, not its owner."""
    # (the unit is the object, or what a stake is in: "a majority stake in GM's Opel unit")
    held = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    for unit in (token, *held):
        if unit.text.lower() not in _UNITS:
            continue
        for child in unit.children:
            if child.dep_ == "compound" and child.text[:1].isupper():
                start, end = child.idx, child.idx + len(child.text)
                found = next((m for m in mentions if m.start < end and start < m.end), None)
                if found is not None:
                    return Named(found.canonical, found.start, found.end, found)
    return None


# Measures a legislature passes or rejects; a name after "for" is whom they are for.
_MEASURES = frozenset({"bill", "bills", "package", "packages", "legislation", "measure", "measures", "law"})

# Offices written before their holder's name with an "of": "Secretary of Defense Robert Gates".
_OFFICES = TITLES | ROLE_NOUNS | {"undersecretary", "commissioner", "administrator", "attorney"}


def _title_holder(head: Any, sub: Any, by_of: Sequence[Any], mentions: Sequence[Mention]) -> bool:
    """Whether ``sub`` ends a person's name that closes a capitalised office phrase headed by ``head``
    whose every "of" follows an office ("Director of National Intelligence Dan Coats", "Deputy
    Undersecretary of the Air Force for Acquisition Darleen Druyun"): the person holding the office."""
    if not by_of or not head.text[:1].isupper() or head.text.lower() not in _OFFICES:
        return False
    mention = mention_at(mentions, sub.idx, sub.idx + len(sub.text))
    if mention is None or mention.type != "PERSON":
        return False
    last = max(t.i for t in head.subtree)
    closes = sub.i == last or (sub.i + 1 == last and sub.doc[last].is_punct)
    return closes and all(t.head.head.text[:1].isupper() for t in by_of)


def _describes_name(word: Any, mentions: Sequence[Mention]) -> bool:
    """Whether ``word`` modifies, through the words of one noun phrase, a company's or a person's name
    ("U.S. chip designer Arm Holdings", "Chinese carmaker BYD")."""
    head = word
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
        found = mention_at(mentions, head.idx, head.idx + len(head.text))
        if found is not None and found.type in ("ORG", "PERSON"):
            return True
    return False


def _a_pact(found: Named) -> bool:
    """Whether a name is a treaty's or a law's: two words or more ending in one of theirs ("the Reciprocal
    Access Agreement", "the Rome Statute"; not the company Charter, nor a person)."""
    words = found.text.split()
    person = found.mention is not None and found.mention.type == "PERSON"
    return len(words) > 1 and words[-1].lower() in _PACTS and not person


def trade_counterparts(verb: Any, objects: list[Any]) -> list[Any]:
    """Whom a trade is made with: the counterpart, never the player traded ("traded guard Marcus Bell to the
    Trail Blazers"), also where the parser read "traded" as a modifier of the player and hung "to the
    Mariners" on him ("The Dodgers traded outfielder Chris Lane to the Mariners")."""
    out = [o for o in objects if o.dep_ != "dobj"]
    if not verb_read_as_modifier(verb):
        return out
    goods = modified_noun(verb)
    to = [c for c in goods.children if c.dep_ == "prep" and c.text.lower() == "to"]
    return [o for o in out if o.i != goods.i] + [g for c in to for g in c.children]


def counterpart_first(objects: list[Any]) -> list[Any]:
    """Whom a trade or licence is with, named after "to" or "from" on the verb or on what changes hands,
    before what changes hands: "ActiveSync, which Apple has licensed from rival Microsoft" (a product licensed
    is no party, though the tagger may name it), "sold its Jaguar and Land Rover brands to Tata Motors",
    "sell a stake in its Chrysler Group to Cerberus" (the buyer, not the unit sold)."""
    after = [o for o in objects if o.dep_ == "pobj" and o.head.text.lower() in _COUNTERPART_PREPS] + [
        g
        for o in objects
        # (the preposition itself, read as a dative: "sell its brands to Tata Motors")
        for c in (o, *(c for c in o.children if o.dep_ in ("dobj", "nsubjpass")))
        if c.dep_ in ("prep", "dative") and c.text.lower() in _COUNTERPART_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    parties = [o for o in after if o.ent_type_ in ACTOR_TYPES]
    return parties + [o for o in objects if o not in parties] if parties else objects


_COUNTERPART_PREPS = frozenset({"to", "from"})
_BUYING = frozenset(f for b in ("buy", "purchase", "order", "acquire") for f in forms(b))


def alongside(objects: list[Any]) -> list[Any]:
    """``objects`` without a partner named by "together with" or "along with" ("brokered the truce together
    with the United States": a co-mediator, not a party to the truce)."""
    return [o for o in objects if not (o.dep_ == "pobj" and along_with(o.head))]


# Complaints and charges filed "with" a body: where they are filed ("filed a protest with the Government
# Accountability Office", "a complaint with the ITC against Nokia"), not whom they are against, as a lawsuit
# filed in a court names no target.
_FILINGS = frozenset(
    {"complaint", "complaints", "protest", "protests", "lawsuit", "lawsuits", "suit", "suits", "charges"}
    | {"grievance", "grievances", "petition", "claim", "claims"}
)


def not_a_party(token: Any, cls: str, objects: list[Any]) -> list[Any]:
    """``objects`` without the body a complaint, protest or suit (``token``) is filed "with" (but with the
    party an "against" after the body names, where the parser hangs it on the body), without what a warning
    (class ``cls``) is "of" or "about" ("warns of a flaw in PDF software") and without whom a cooperation is
    "against"."""
    if cls == "warn or threaten":
        objects = [o for o in objects if not (o.dep_ == "pobj" and o.head.lower_ in ("of", "about"))]
    if cls == "cooperate":  # "formed an alliance against Iran": whom the partners oppose is no partner
        objects = [o for o in objects if not (o.dep_ == "pobj" and o.head.lower_ == "against")]
    if token.text.lower() not in _FILINGS:
        return objects
    out = []
    for o in objects:
        # (a country a protest is lodged with is whom it is against: "lodged a protest with China")
        if not (o.dep_ == "pobj" and o.head.text.lower() == "with") or o.ent_type_ in ("GPE", "NORP"):
            out.append(o)
            continue
        out += [g for c in o.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children]
    return out


def not_the_weapon(token: Any, verb: Any, objects: list[Any]) -> list[Any]:
    """``objects`` of a use of force (``token``, told by ``verb``) without what it was done "with" ("gunned
    them down with a .357 Magnum"), where the "with" is the act's own (not a charge's: "charged with killing
    supervisor Anne Kowalski", whose name the parser hung on the "with")."""
    own = {token.i, verb.i, token.head.i}
    return [o for o in objects if not (o.dep_ == "pobj" and o.head.lower_ == "with" and o.head.head.i in own)]


def not_the_forces(objects: list[Any]) -> list[Any]:
    """``objects`` of a deployment without the forces moved, which are no target (where they go is): "flew its
    Marine Commandos to the scene", "diverted INS Mysore towards the area", "deployed the Special Operations
    Group"."""
    return [
        o
        for o in objects
        if not any(w.text.lower() in FORCE_NOUNS | DEPLOYED or w.text in SHIP_PREFIXES for w in (o, *o.lefts))
    ]


def places_left(verb: Any) -> list[Any]:
    """Where forces are pulled "out of", a deployment's target as "from" is ("would pull 1,500 troops out of
    Romania"), and where they are sent "into" ("ordered 4,000 soldiers into Huancarpa")."""
    outs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"]
    out_of = [g for c in outs for g in prep_objects(c, "of")]
    return out_of + prep_objects(verb, "into")


# Last words of a named building or ground, where something happens ("Darrowfield Miners' Hall"; not a
# house or a palace, which may be who governs: "talks with officials at the White House").
_VENUE_WORDS = frozenset(
    {"hall", "centre", "center", "stadium", "arena", "hotel", "park", "airport", "square"}
)


def set_at(found: Named, doc: Any) -> bool:
    """Whether the name ``found`` is where something happens, after "at": a place or a named building ("a
    public meeting at Darrowfield Miners' Hall", "met organisers at Heathrow Airport"), no party to it."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "at":
        return False
    kind = found.mention.type if found.mention is not None else span.root.ent_type_
    return kind in _PLACES or found.text.split()[-1].lower() in _VENUE_WORDS
