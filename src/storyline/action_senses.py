"""Senses for the actions stage (:mod:`storyline.action_parse`): whether a trigger word, read on its
objects and complements, means the act its class names ("seized *a tanker*", not "seized *power*"; "ordered
them *to stop*", not "ordered 50 jets"; "fired *its coach*", a dismissal), who or what an act is done to, and
whether it counts only with a named target (:func:`needs_target`).
"""

from __future__ import annotations

from typing import Any

from storyline.action_carriers import unit_counted
from storyline.action_clauses import described_noun
from storyline.action_contests import in_a_bout, met_in_a_match
from storyline.action_forms import forms
from storyline.action_giving import order_won
from storyline.action_idioms import figurative, idiom
from storyline.action_labels import as_what
from storyline.action_mentions import ACTOR_TYPES
from storyline.action_misparse import post_names, verb_read_as_modifier
from storyline.action_names import PRONOUNS
from storyline.action_nouns import (
    AILMENTS,
    AWARDS,
    CONTESTS,
    DEGREES,
    EVIDENCE,
    FILMED,
    GROUP_NOUNS,
    LIFELESS,
    NOT_ACCEPTED,
    NOT_APPROACHED,
    NOT_OFFERS,
    NOT_SIGNED,
    NOT_TRADED,
    NOT_VICTIMS,
    ON_SALE,
    OPINIONS,
    PATIENT_NOUNS,
    POLICIES,
    REFLEXIVES,
    ROLE_NOUNS,
    STAFF,
    THE_PUBLIC,
    TITLES,
    VEHICLES,
    VESSEL_NOUNS,
    WEAPONS,
)
from storyline.action_verbs import (
    ADVICE,
    ASK,
    CONTROL,
    NEEDS_OBJECT,
    NEEDS_PATIENT,
    NOT_BARE,
    TRADE,
)
from storyline.quote_marks import is_double_quote

# What may follow a quoted question: closing marks (straight, curly, TeX-style), a full stop, a line break.
_CLOSING = " \n\t'\"`\u201d\u2019\u00bb."
_PLEAS = frozenset({"guilty", "innocent", "contest"})
_PERSONAL = frozenset({"he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "you"})
_EMBRACE = frozenset({"arms", "arm", "hands", "embrace", "lap"})
# Posts a body confirms someone in: "confirmed her as ambassador", "as the next FBI director".
_POSTS = (TITLES | STAFF) - {"board"} | {
    "ambassador", "judge", "justice", "attorney", "commissioner", "administrator", "head", "nominee",
    "member", "envoy", "secretary", "general", "governor", "chair", "chairwoman", "president", "successor",
    "replacement", "host", "cohost", "presenter", "anchor", "captain", "coordinator", "spokesman",
    "spokeswoman", "spokesperson",
}  # fmt: skip
# What is ordered of no one named: "ordered an investigation into the fire", "ordered a recount".
_ORDERED = frozenset(
    {"investigation", "inquiry", "probe", "review", "recount", "evacuation", "evacuations", "audit", "halt"}
    | {"ceasefire", "withdrawal", "arrest", "arrests", "release", "raid", "raids", "strike", "strikes"}
    | {
        "murder",
        "murders",
        "killing",
        "killings",
        "assassination",
        "attack",
        "attacks",
        "bombing",
        "execution",
    }
)
# Words of the press, whom talking to is an interview: "talked to Channel 9", "spoke to reporters".
_PRESS = frozenset(
    {"channel", "news", "tv", "television", "radio", "times", "post", "journal", "press", "magazine"}
    | {"reporters", "reporter", "journalists", "media", "newspaper", "network", "cnn", "bbc", "abc", "nbc"}
    | {"cbs", "fox", "msnbc", "reuters", "bloomberg", "afp", "ap", "axios", "politico", "interviewer"}
)
_CHAMBERS = frozenset({"senate", "congress", "parliament", "assembly", "house", "committee", "council"})
# Prepositions that name whom an asking verb asks: "pleaded with Congress", "called on Israel", "appealed to".
_ASKED_VIA = frozenset({"with", "on", "upon", "to"})
# Places one walks up to, no party approached: "as he approached Navarro's car", "approached the door".
_WALKED_UP_TO = frozenset(
    {"door", "doors", "window", "house", "home", "building", "scene", "gate", "checkpoint"}
)
_CLOSE = frozenset({"close", "closer", "tight", "tightly", "closely", "gently", "tenderly", "still"})


def is_infinitive(verb: Any) -> bool:
    """Whether ``verb`` is a to-infinitive ("to sue", "to discuss")."""
    return any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)


def requested(token: Any) -> bool:
    """Whether an asking verb asks someone or for something: an object ("asked the court", "suggested a
    delay"; for "ask", not a person alone), "for" or "against" ("advised against doing business"), an
    infinitive ("asked to leave") or a mandative clause ("suggested that he resign")."""
    for c in token.children:
        if c.dep_ == "prep" and c.text.lower() in ("for", "against"):
            return True
        if c.dep_ in ("xcomp", "ccomp") and (is_infinitive(c) or mandative(c, advised=True)):
            return True
    # 'Lynch asked Coleman, "So which is it?"': asking a person, with nothing asked for, is a question
    asked_whom = token.text.lower() in ASK
    for c in token.children:
        if c.dep_ in ("dobj", "dative", "nsubjpass") and not (asked_whom and a_person(c)):
            return True
    return token.dep_ in ("relcl", "acl")  # "the media, whom the office asked not to ..."


def a_person(token: Any) -> bool:
    """Whether ``token`` is a person: a name the tagger calls one, or a personal pronoun."""
    return token.ent_type_ == "PERSON" or token.text.lower() in _PERSONAL


def told_to(token: Any) -> bool:
    """ "told customers to hold ...": someone (an object) told to do something (an infinitive)."""
    if not has_object(token):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and is_infinitive(c) for c in token.children)


def made_to(token: Any) -> bool:
    """ "forced Ford to pay", "required GM to cut": someone made to do something (an infinitive); not
    "forced her way through the crowd to speak"."""
    if any(c.dep_ == "dobj" and c.text.lower() == "way" for c in token.children):
        return False
    for comp in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
        if not is_infinitive(comp):
            continue
        if any(c.dep_ == "dobj" for c in token.children) or any(g.dep_ == "nsubj" for g in comp.children):
            return True
    return False


def mandative(comp: Any, advised: bool = False) -> bool:
    """A "that" clause asking for an act: "that the union agree", "that Ford should pay" (the subjunctive:
    a bare verb after a singular subject), not "that the union agreed" or "that he was right". After a verb
    of advice (``advised``) a plural subject's bare verb asks too: "recommends that users apply the patch"."""
    if comp.dep_ != "ccomp" or comp.i < comp.head.i:
        return False  # ('"I never hit him," Johnson insisted': a quotation before the verb, no demand)
    aux = {c.text.lower() for c in comp.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"should", "must"} or aux == {"be"}:
        return True  # "that Ford should pay", "insisted his alter ego be kept secret" (a bare "be")
    subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    said = subject.text.lower() if subject is not None else ""
    plural = said.endswith("s") and not said.endswith("ss") and not advised  # ("Congress" is one body)
    first_person = subject is not None and subject.text.lower() in ("i", "we", "you")
    if aux or subject is None or subject.text.lower() in PRONOUNS or plural or first_person:
        return False
    verb = comp.text.lower()
    inflected = verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))  # ("pass" is bare)
    return comp.text.isalpha() and not inflected and verb not in NOT_BARE


# People an agent, a lawyer or a union represents, written by what they are: "represents the show's writers".
_CLIENTS = frozenset(
    {"writers", "players", "families", "family", "clients", "client", "workers", "members", "victims"}
    | {"actors", "employees", "nurses", "teachers", "pilots", "drivers", "officers", "athletes"}
)


def _client(patient: Any | None) -> bool:
    """Whether what is represented is someone served: a person ("represented Tolliver", "is represented by
    Hollis & Trent"), or people by what they are ("represents the show's 14 writers")."""
    if patient is None:
        return False
    return a_person(patient) or patient.lower_ in _CLIENTS | {"who", "whom"}


def _portrayed(token: Any) -> bool:
    """A person played or depicted, not served: "represented Marchetti in the biopic"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in _WORKS for g in c.subtree)
        for c in token.children
    )


_WORKS = frozenset(
    {"film", "films", "biopic", "movie", "play", "series", "show", "painting", "novel", "drama"}
)


def patient_of(token: Any) -> Any | None:
    """Who or what a verb is done to: its object, its passive subject, or the noun a participle or a
    relative clause describes ("the tanker seized by pirates", "the ship which pirates seized")."""
    # an object before the verb is a relative pronoun or a misparsed "that" ("said that X were targeting")
    found = next(
        (
            c
            for c in token.children
            if c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and (c.i > token.i or token.dep_ == "relcl"))
        ),
        None,
    )
    if found is None:  # "beat and stabbed his wife": the object of the verb coordinated with it
        found = next(
            (
                g
                for c in token.children
                if c.dep_ == "conj"
                for g in c.children
                if g.dep_ == "dobj" and g.i > c.i
            ),
            None,
        )
    if found is None and token.dep_ == "acl":
        found = token.head
    if found is None and verb_read_as_modifier(token):
        found = token.head  # "as Lopez targeted rival gang members", the verb read as the members' adjective
    if found is not None and found.text.lower() in ("which", "that", "who", "whom") and token.dep_ == "relcl":
        found = token.head
    return found


# Force done only to a person: not "grabbed a gun", "snatched the ball", "hurt sales".
_BODILY = frozenset(f for b in ("grab", "snatch", "hurt", "harm") for f in forms(b))


# Verbs under which "back" is where someone returns: "having her back", "wants him back", "welcomed them".
_HAVING_BACK = frozenset(f for b in ("have", "get", "want", "welcome", "bring") for f in forms(b))


def right_sense(token: Any, low: str, cls: str) -> bool:
    """Whether ``token`` has the sense its class means, judged on its object (the verbs are in
    :mod:`storyline.action_verbs`, the nouns in :mod:`storyline.action_nouns`)."""
    if cls in ("use force", "accuse or criticise") and in_a_bout(token.sent):
        return False  # "blasted a sluggish Rahman (45-7-2, 36 KOs)": a blow in a boxing match
    if low in forms("meet") and met_in_a_match(token):
        return False  # "last time the pair met, the bout went 11 rounds": a fight, no talks
    if low in NEEDS_PATIENT:
        patient = patient_of(token)
        if patient is None:
            return False
        if low in _BODILY and not (a_person(patient) or patient.text.lower() in ROLE_NOUNS):
            return False  # "grabbed her by the throat", not "grabbed a .357 Magnum"
        # "held him hostage", "held Tom Banks captive"
        held = low.startswith("h") and any(
            c.dep_ == "oprd" or c.text.lower() in ("captive", "hostage", "hostages") for c in token.children
        )
        # "a number of vessels", "dozens of fishermen": the noun after "of" (not "the gun of a deputy")
        of = [
            g
            for c in patient.children
            if c.dep_ == "prep" and c.text.lower() == "of" and patient.text.lower() not in WEAPONS
            for g in c.children
        ]
        # a bare number told of before stands for people or craft ("intercepted the remaining three", "seized
        # four more"; not "6 of his 11 rebounds", "captured 166", nor a game's or a vote's count: "beat the
        # other three", "held 52", "caught eight for 120 yards")
        anaphoric = any(
            c.text.lower() in ("remaining", "more", "rest", "other", "another", "a") for c in patient.children
        )  # ("wounding a third", "seized another two")
        scored = low in forms("beat") or low in forms("hold") or low in forms("catch")
        kind = any(
            t.text.lower() in PATIENT_NOUNS | VESSEL_NOUNS
            or ((t.ent_type_ in ACTOR_TYPES or t.text[:1].isupper()) and not unit_counted(t))
            or (t.like_num and t.i == patient.i and not of and anaphoric and not scored)
            for t in [patient, *of, *patient.conjuncts]
        )
        # a degree is capitalised, but no one held ("holds a PhD from Stanford", "his M.D."; not "nabbed Ma")
        degree = patient.text.lower().replace(".", "").replace("’", "'").removesuffix("'s")
        determined = any(c.dep_ in ("det", "poss") for c in patient.children) or patient.text.islower()
        if not (held or kind) or (degree in DEGREES and determined):
            return False
    if low in forms("represent") and (not _client(patient_of(token)) or _portrayed(token)):
        return False  # "represents the district", "represented a shift", "represented him in the biopic"
    objects = {c.text.lower() for c in token.children if c.dep_ in ("dobj", "dative")}
    if low in NEEDS_OBJECT and not any(
        c.dep_ == "dobj" and not any(g.dep_ == "mark" for g in c.children) for c in token.children
    ):
        return False  # no object, or a clause misparsed as one ("lamented that a vigil devolved")
    if low in TRADE and objects & NOT_TRADED:
        return False  # "acquired the nickname Bubba": no seller
    if low in forms("obtain") and objects & EVIDENCE:
        return False  # "the FBI obtained tapes of Gigante": evidence gathered, not bought from him
    if low in forms("approach") and objects & (NOT_APPROACHED | VEHICLES | _WALKED_UP_TO):
        return False  # "approached Orozco's case from an unorthodox position": no party approached
    if low in forms("nominate") and any(
        c.dep_ == "prep" and c.text.lower() == "for" and any(g.text.lower() in AWARDS for g in c.subtree)
        for c in token.children
    ):
        return False  # "nominated Meryl Streep for best actress": an award, not a post
    if low in forms("back") and token.head.text.lower() in _HAVING_BACK:
        return False  # "look forward to having her back on ABC": back again, no one backed
    if (low in forms("support") or low in forms("back")) and objects & POLICIES:
        return False  # "supported the Senate bill", "backs a two-state solution": a view of a policy
    if low in forms("accept") and objects & (NOT_ACCEPTED | AWARDS):
        return False  # "accepting money from a booster": a payment received, not an agreement
    if low in forms("receive") and not order_won(token):
        return False  # "received orders to withdraw", "received far more orders than Airbus"
    if low in forms("sign") and objects & NOT_SIGNED:
        return False  # "signing memorabilia": autographs, not an agreement
    offered = objects | {c.text.lower() for c in token.children if c.dep_ == "nsubjpass"}
    if low in forms("offer") and offered & NOT_OFFERS:
        return False  # "offered no reply to the blows", "a contrary view is offered by O'Reilly"
    described = described_noun(token)  # "a score she had to settle"
    settled = objects | ({described.text.lower()} if described is not None else set())
    if low in forms("oppose") and (
        token.dep_ in ("prep", "amod", "acomp", "advcl")
        or any(c.text.lower() == "as" for c in token.children)
        or any(g.text.lower() in CONTESTS for c in token.children if c.dep_ == "prep" for g in c.children)
    ):
        return False  # "China, as opposed to Russia, ...", "will be opposed by Federer in the final"
    if low in forms("mock") and any(c.dep_ == "prt" and c.text.lower() == "up" for c in token.children):
        return False  # "mocked up a prototype"
    if low in forms("complain") and _about(token) & AILMENTS:
        return False  # "complained about stomach pains"
    if (low in forms("speak") or low in forms("talk")) and not _talked_with(token):
        return False  # "spoke to reporters", "talked to the crowd": no party to talks
    if (
        (low in forms("phone") or low in forms("contact"))
        and not any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ in ACTOR_TYPES for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    ):
        # "phoned Chancellor Brandt", "contacted Europol", "jurors contacted by the Journal-Constitution"; not
        # "phoned police", "phoned home", "contact them on 0845 ..."
        return False
    if low in forms("name") and not _to_a_post(token):
        return False  # "named Rick Dawson head coach", not "a man named John Smith"
    if low in forms("confirm") and not _confirmed_to_a_post(token):
        return False  # "confirmed that ...", "confirmed the deaths": a statement, not a vote on a nominee
    if low in forms("settle") and settled & {"score", "scores"}:
        return False  # "a score she had to settle": revenge, not an agreement
    receivers = {
        g.text.lower()
        for c in token.children
        if c.dep_ in ("dative", "prep") and c.text.lower() == "to"
        for g in c.children
        if g.dep_ == "pobj"
    } | {c.text.lower() for c in token.children if c.dep_ == "dative"}
    if low in forms("offer") and objects & ON_SALE and not receivers and not _party_in_object(token):
        return False  # "will offer its streaming service in India": on sale, no one to negotiate with
    # ("would offer free access to all users of the iPod": the "to" the parser hangs on what is offered)
    given_to = {
        g.text.lower()
        for c in token.children
        if c.dep_ == "dobj"
        for p in c.children
        if p.dep_ == "prep" and p.text.lower() == "to"
        for g in p.children
        if g.dep_ == "pobj"
    }
    if low in forms("offer") and (receivers | given_to) & THE_PUBLIC:
        return False  # "will offer a free case to anyone who bought one": a promotion, not a negotiation
    if cls == "use force" and objects & FILMED:
        return False
    # (a shooter's percentage wherever the tokenizer puts "percent": "shooting 38. 5 percent from deep"; but
    # "fired 30 percent more rockets" is force)
    shooting = low in forms("shoot") and not any(c.dep_ == "dobj" and c.is_alpha for c in token.children)
    following = {t.text.lower() for t in token.doc[token.i + 1 : token.i + 5]} if shooting else set()
    if cls == "use force" and (objects | following) & {"percent", "percentage", "%"}:
        return False  # "The Jays shot 46. 8 percent for the game": a score, however the number is split
    patient = patient_of(token)
    if (
        cls in ("use force", "coerce")
        and patient is not None
        and patient.text.lower() in NOT_VICTIMS | REFLEXIVES | LIFELESS
    ):
        return False  # "the deal had been killed by the Pentagon", "spent two weeks torturing himself"
    # (a capitalised name no tagger calls a person is a team too: "Colts beat Chiefs 20 - 13")
    team = patient is not None and patient.text[:1].isupper() and patient.ent_type_ not in ("PERSON", "NORP")
    if low in forms("beat") and patient is not None and (patient.ent_type_ in ("ORG", "GPE") or team):
        return False  # "helped North Carolina beat Evansville 91-73": a game won (people are beaten)
    if low in forms("meet") and any(
        c.dep_ == "prep" and c.text.lower() in ("in", "at") and g.text.lower() in CONTESTS
        for c in token.children
        for g in c.children
    ):
        return False  # "are due to meet the Steelers in a playoff match": a game, not talks
    if low in forms("settle") and any(
        c.dep_ == "prt" and c.text.lower() in ("down", "in") for c in token.children
    ):
        return False  # "the Tar Heels settled down"
    if idiom(token, low):
        return False
    if (low in forms("strike") or low in forms("fire") or low in forms("shoot")) and any(
        c.dep_ == "prt" and c.text.lower() == "up" for c in token.children
    ):
        return False  # "struck up a conversation with Felt", "seemed fired up", "shot up the charts"
    if cls in ("use force", "coerce") and figurative(token, low):
        return False
    if low in forms("agree") and any(
        c.dep_ == "prep" and c.text.lower() == "with" and g.dep_ == "pobj" and g.text.lower() in OPINIONS
        for c in token.children
        for g in c.children
    ):
        return False  # "agreed with Salazar's decision": sharing an opinion, not an agreement with anyone
    if low in forms("agree") and _shares_a_view(token):
        return False  # "I agree with the strikes", "agreed with Craig that Ellen is the ideal host": a view
    if low in forms("hold") and _embraced(token):
        return False  # "I held him": an embrace, not custody ("held him for questioning" is)
    if low in forms("plead") and any(c.text.lower() in _PLEAS for c in token.children):
        return False  # "pleaded guilty to obstruction ... for his deception": a plea in court, not an appeal
    if low in ASK and _direct_question(token):
        return False  # 'Nixon asks: "Somebody in the FBI?"'
    question = any(
        g.dep_ == "mark" and g.text.lower() in ("whether", "if") for c in token.children for g in c.children
    )
    if low in forms("ask") and question and not any(is_infinitive(c) for c in token.children):
        return (
            False  # "asked whether he had noticed": a question ("asked Iran to halt it, if only ..." is not)
        )
    if low in ADVICE and not requested(token):
        return False  # "remembered asking, 'It's the best-selling car'", "suggests that Microsoft is ..."
    if low in forms("propose") and not any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return False  # "proposed a ceasefire", "proposed that talks resume"; not "proposed to her"
    # "ordered them to stop", "directed the agencies to review it", "ordered an investigation"; not "ordered
    # 50 Boeing jets" (a purchase)
    asked_for = bool(objects & _ORDERED)
    return not (
        (low in forms("order") or low in forms("direct"))
        and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
        and not asked_for
    )


def _party_in_object(token: Any) -> bool:
    """Whether a party is named before the head of the object the parser made ("offered Kyiv newer models
    of the Patriot system": Kyiv, read as a modifier of "models")."""
    return any(
        t.ent_type_ in ACTOR_TYPES for c in token.children if c.dep_ == "dobj" for t in c.subtree if t.i < c.i
    )


def asked_of_party(verb: Any) -> bool:
    """Whether an asking verb names whom it asks after a preposition: "pleaded with Congress", "called on
    Israel", "appealed to the court" (the infinitive after it is asked of them, not done)."""
    return verb.text.lower() in CONTROL and any(
        c.dep_ == "prep"
        and c.text.lower() in _ASKED_VIA
        # (a party, not a day: "proposed on Tuesday to buy Spirit AeroSystems")
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in verb.children
    )


def _about(token: Any) -> set[str]:
    return {
        g.text.lower()
        for c in token.children
        if c.dep_ == "prep" and c.text.lower() in ("about", "of")
        for g in c.children
        if g.dep_ == "pobj"
    }


def _talked_with(token: Any) -> bool:
    """Whether talking or speaking is with a party: "with" anyone, "about" a matter, or "to" a named one; not
    to the press ("talked to Channel 9 about the merger": an interview)."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    heard = [g for c in preps if c.text.lower() == "to" for g in c.children if g.dep_ == "pobj"]
    if any(t.text.lower() in _PRESS for g in heard for t in g.subtree):
        return False
    if any(c.text.lower() in ("with", "about") for c in preps):
        return True
    # (a named one in apposition too: "had spoken to Ferrand's chief executive, Olivier Dussaud")
    return any(
        c.text.lower() == "to"
        and g.dep_ == "pobj"
        and any(t.ent_type_ in ACTOR_TYPES for t in (g, *(a for a in g.children if a.dep_ == "appos")))
        for c in preps
        for g in c.children
    )


def _to_a_post(token: Any) -> bool:
    """Whether naming someone is to a post: "named Rick Dawson head coach", "named her as chief executive"."""
    if any(c.dep_ in ("dobj", "oprd") and c.text.lower() in _POSTS and post_names(c) for c in token.children):
        return True  # "named Tony DiLeo coach": the parser made the post the object, the name its compound
    # ("named assistant Chris Fleming as his replacement": the one named may be parsed as a predicate)
    if not any(c.dep_ in ("dobj", "oprd") and a_person(c) for c in token.children):
        return False
    posts = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp")] + as_what(token)
    return any(p.text.lower() in _POSTS for p in posts)


def _confirmed_to_a_post(token: Any) -> bool:
    """Whether confirming is a body's vote on a nominee: a person confirmed "as" a post ("confirmed Janet
    Yellen as Treasury secretary") or by a named body ("was confirmed by the Senate"); no clause confirmed."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False
    patient = patient_of(token)
    if patient is None or not (a_person(patient) or patient.text.lower() == "who"):
        return False
    return any(p.text.lower() in _POSTS for p in as_what(token)) or voted_on(token)


def voted_on(token: Any) -> bool:
    """Whether confirming is a vote: by a named body ("was confirmed by the Senate") or a chamber ("the
    Senate confirmed her"), not a club or a company announcing whom it has chosen."""
    voted = any(
        c.dep_ == "agent" and any(g.ent_type_ in ("ORG", "NORP") for g in c.subtree) for c in token.children
    )
    return voted or any(c.dep_ == "nsubj" and c.text.lower() in _CHAMBERS for c in token.children)


def _shares_a_view(token: Any) -> bool:
    """Whether agreeing "with" someone or something is sharing a view: "with" no party that could sign
    anything (a thing, "the strikes", "Verisign's assessment", or a person, "agreed with Craig that Ellen is
    the ideal host"), and no act agreed to ("agreed with Kenya to reopen"), nothing agreed ("agreed a deal
    with"), nothing agreed on ("agreed with the union on pay"). A person agreeing with nothing at all
    ("Williams agreed.") shares the view just told; a party agrees to what was proposed ("Washington proposed
    a ceasefire, and Kyiv agreed"), and so do several among themselves ("Ford and the UAW agreed")."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    alone = len(subjects) == 1 and not subjects[0].conjuncts and subjects[0].ent_type_ == "PERSON"
    if alone and all(c.dep_ in ("nsubj", "aux", "punct", "advmod", "cc", "neg") for c in token.children):
        return True
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "advcl" and is_infinitive(c)) for c in token.children):
        return False
    preps = [c for c in token.children if c.dep_ == "prep"]
    if any(c.text.lower() in ("on", "to", "over", "upon") for c in preps):
        return False
    partners = [g for c in preps if c.text.lower() == "with" for g in c.children if g.dep_ == "pobj"]
    return bool(partners) and not any(
        g.ent_type_ in ("ORG", "GPE", "NORP") or g.text.lower() in GROUP_NOUNS for g in partners
    )


def _embraced(token: Any) -> bool:
    """Whether holding is holding a person in one's arms: "in his arms", or a person (not a group or a
    country) holding a personal pronoun, with nothing of custody ("hostage", "in jail", "for questioning",
    "overnight", "since 2012", "at gunpoint")."""
    if any(
        c.dep_ == "prep" and c.text.lower() == "in" and any(g.text.lower() in _EMBRACE for g in c.children)
        for c in token.children
    ):
        return True  # "held his son in his arms"
    holders = [c for c in token.children if c.dep_ == "nsubj"]
    if any(h.ent_type_ in ("ORG", "GPE", "NORP") or h.text.lower() in GROUP_NOUNS for h in holders):
        return False  # "Hamas is holding him"
    if not any(c.dep_ == "dobj" and c.text.lower() in _PERSONAL for c in token.children):
        return False
    return not any(
        c.dep_ in ("oprd", "prep", "xcomp", "acomp", "advcl", "npadvmod", "agent")
        or (c.dep_ == "advmod" and c.text.lower() not in _CLOSE)
        for c in token.children
    )


def _direct_question(token: Any) -> bool:
    """Whether an asking verb's content is a quoted question ('asks: "Somebody in the FBI?"'): nothing
    asked for (no infinitive, no "for"), no named party asked, and its sentence, after the verb, a quotation
    ending in "?"."""
    if any(is_infinitive(c) or (c.dep_ == "prep" and c.text.lower() == "for") for c in token.children):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.ent_type_ in ACTOR_TYPES for c in token.children):
        return False  # 'Obama asked Congress, "Will you fund the troops?"': a request to a named party
    after = token.doc.text[token.idx + len(token.text) : token.sent.end_char]
    # (the tokenizer splits a TeX-style opening mark "``" into two "`")
    quoted = any(is_double_quote(t.text) or t.text == "`" for t in token.sent if t.i > token.i)
    return quoted and after.rstrip(_CLOSING).endswith("?")


def has_object(verb: Any) -> bool:
    return any(c.dep_ in ("dobj", "dative") for c in verb.children)


def pulled_trigger(token: Any) -> bool:
    """ "pulled the trigger" (on someone): fired; not "pulled the trigger on the acquisition"."""
    if not any(c.dep_ == "dobj" and c.text.lower() == "trigger" for c in token.children):
        return False
    targets = [g for c in token.children if c.text.lower() == "on" for g in c.children if g.dep_ == "pobj"]
    trigger = next(c for c in token.children if c.text.lower() == "trigger")
    targets += [g for c in trigger.children if c.text.lower() == "on" for g in c.children if g.dep_ == "pobj"]
    return all(a_person(t) for t in targets)


def made_by(vehicle: Any) -> bool:
    """A product named with its maker ("his 2013 Toyota Camry"): a car, by how news names one (a gun is
    named by its model alone: "an AK-47")."""
    return vehicle.ent_type_ == "PRODUCT" and any(
        c.dep_ == "compound" and c.ent_type_ == "ORG" for c in vehicle.children
    )


def challenged_over(token: Any, nouns: frozenset[str]) -> bool:
    """Whether a challenge names what it is over: "were challenged by Lockheed over a $10 billion contract",
    "challenged Airbus over the award" (the party challenged is the object, the matter after "over")."""
    return token.text.lower() in forms("challenge") and any(
        g.dep_ == "pobj" and g.text.lower() in nouns
        for c in token.children
        if c.dep_ == "prep" and c.text.lower() == "over"
        for g in c.children
    )
