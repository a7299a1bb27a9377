"""The clause side of the actions stage (:mod:`storyline.actions`): which token triggers which class, and the
objects around it, read from a spaCy dependency parse without tags or lemmas (the subject is
:mod:`storyline.action_subjects`, who a subject or object names :mod:`storyline.action_names`, how the act is
told :mod:`storyline.action_modality`).
Triggers: verbs of :mod:`storyline.action_verbs` in the sense the class means (checked on their objects by
:mod:`storyline.action_senses`: "seized *a tanker*", not "seized *power*"), light verb + event noun
("provided *aid*", "opened *fire*"), "call on". Clauses that only ask, wish or prevent an action ("urged Peru
to sanction ...", "want Bush to help", "insisted that the union agree", "intent on recruiting", "from sealing
the deal") carry no action of their own.
"""

from __future__ import annotations

from typing import Any

from storyline.action_carriers import amount_in, counted_by
from storyline.action_clauses import (
    agent_participle,
    described_noun,
    marks_of_clauses,
    objects_of_to,
    own_argument,
    party_to_terms,
    prep_child,
    prep_objects,
    said_to_be,
    small_clause,
)
from storyline.action_demands import applied_to, demand_missing
from storyline.action_dismissals import borrowed_patient, closes_dealers, dismissal
from storyline.action_forces import (
    air_strike,
    boarded,
    boarding_operation,
    charged_person,
    force_used,
    handed_down,
    into_a_place,
    launched,
    put_away,
    quarrel,
    security_body,
    sent_to_prison,
    thrown_at_someone,
    warning_shot,
    weapon_it,
)
from storyline.action_forms import forms
from storyline.action_frames import CLAUSE_WILL_DO, NEEDS_WORD, OBJECT_NEEDED, TURNED_DOWN
from storyline.action_giving import arranged_for, given_class, pay_asked, stake_taken
from storyline.action_idioms import idiom, out_at, whistle_blown
from storyline.action_labels import named_badly
from storyline.action_mentions import ACTOR_TYPES
from storyline.action_misparse import (
    anger_read_as_passive,
    modified_noun,
    objectless,
    participle_read_as_noun,
    prefixed,
    running_back,
    split_prefix,
    verb_read_as_modifier,
)
from storyline.action_nouns import (
    AUTHORISED_ACTS,
    DEPLOYED,
    FORCE_NOUNS,
    NAVAL_PREFIXES,
    NOT_VICTIMS,
    OUTLETS,
    REFLEXIVES,
    TIES,
    VEHICLES,
    WEAPONS,
)
from storyline.action_relations import (
    advised_party,
    announced_appointee,
    dated_person,
    drafted_player,
    guided_person,
    served_for,
    turned_to,
)
from storyline.action_senses import (
    a_person,
    asked_of_party,
    challenged_over,
    is_infinitive,
    made_by,
    made_to,
    mandative,
    patient_of,
    pulled_trigger,
    right_sense,
    told_to,
)
from storyline.action_verbs import (
    ADJECTIVE_CLASS,
    BLAMED,
    CALL,
    CALL_ON,
    FEELINGS,
    LIGHT_VERBS,
    NEEDS_CLAUSE,
    NEEDS_FORCES,
    NOUN_CLASS,
    ON_NOUNS,
    OPPOSING,
    SELF_MOVING,
    TAKEOVER,
    TELL,
    TRANSITIVE,
    VERB_CLASS,
    carries,
)
from storyline.sentences import BE_FORMS

_DEPLOYING = frozenset(f for b in ("deploy", "dispatch") for f in forms(b))
_NOUN_DEPS = frozenset({"compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "appos"})
_DEALS = frozenset({"deal", "deals", "agreement", "agreements", "accord", "truce", "ceasefire", "pact"})
_NEAR = frozenset({"close", "closer", "near", "nearer"})
_HAVE_GET = frozenset(f for b in ("have", "get") for f in forms(b))
_BE = BE_FORMS | {"remains", "remained"}

# -- the clause around a trigger


_OBJ = ("dobj", "obj", "dative", "attr", "oprd")
_TARGET_PREPS = frozenset(
    {"to", "with", "against", "from", "on", "upon", "at", "towards", "toward", "in", "into", "of"}
)
# Reports the parser may hang on a request ("did not ask for money, and its chief executive said ..."); not a
# content asked for ("demanded that Russia confirm").
_SAYING = frozenset({"said", "says", "say", "told", "tells", "added", "stated"})
# Refusing to do something to someone is refusing them: "refused to pay Dunmore Aerospace".
_REFUSING = frozenset(forms("refuse"))


def _described(relative: Any) -> Any:
    """The noun a zero relative clause describes: the one just before it, even where the parser hung the
    clause higher ("Teasley, widow of a sheriff's deputy Nichols murdered": the deputy, not Teasley)."""
    head = relative.head
    before = relative.doc[relative.left_edge.i - 1] if relative.left_edge.i > 0 else head
    if (
        head.i < before.i
        and before.dep_ in ("pobj", "dobj", "appos")
        and head.i in {t.i for t in before.ancestors}
    ):
        return before
    return head


def object_tokens(verb: Any, passive: bool, appeal: bool = False) -> list[Any]:
    """Candidate target heads of ``verb``; the subject of a clause it governs only when that clause is
    an infinitive ("urged Peru to reopen", "help Fiji rebuild") or the verb asks for something ("demanded
    that Russia withdraw"), not a content clause ("warned France could end ...", "denied Israel had fired").
    """
    out: list[Any] = []
    # "agreed to lend Greece billions", "agreed that Lohan should remain": the party of what is agreed
    agreeing = verb.text.lower() in forms("agree")
    if passive:
        out.extend(c for c in verb.children if c.dep_ == "nsubjpass")
        if verb.dep_ == "acl":
            out.append(verb.head)
            said_of = said_to_be(verb.head)  # "Thompson was the challenger nominated by the IBF"
            if said_of is not None:
                out.append(said_of)
        if verb.dep_ == "xcomp" and not out:
            # "Orozco is to be sentenced by Judge Hickock": the subject of the verb it completes
            out.extend(c for c in verb.head.children if c.dep_ == "nsubj")
        if not out and any(c.dep_ == "agent" for c in verb.children):
            # "Marshall and Rush, signed later by the Sixers, ...": a participle read as its noun's verb
            out.extend(c for c in verb.children if c.dep_ == "nsubj")
        borrowed = borrowed_patient(verb) if not out else None
        if borrowed is not None:
            out.append(borrowed)  # "After being sacked by Chelsea, Diaz joined Roma"
        if verb.dep_ == "advcl" and not out and verb.i < verb.head.i:
            # "Arrested by the CHP on Monday, he was booked into jail": the subject of the main clause
            out.extend(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    out.extend(c for c in verb.children if c.dep_ in _OBJ or (c.dep_ == "appos" and verb.dep_ == "dobj"))
    # ("offered buyouts to its workers": a "to" the parser labelled as the dative stands for its object)
    out = [g for c in out for g in (objects_of_to(c) if c.dep_ == "dative" else [c])]
    # "The Yankees fired manager Joe Torre": "fired" → "manager" → "Torre"; "re - signed Lowell", with the
    # subject on "re" and "signed" hung on "Lowell"
    modifier = verb.doc[verb.i + 2] if split_prefix(verb) else verb
    if verb_read_as_modifier(verb) or (modifier.i != verb.i and modifier.dep_ == "amod"):
        out.append(modified_noun(modifier))
    player = running_back(modifier)
    if player is not None:
        out.append(player)
    if not out:  # "arrested and charged X": the object of the conjoined verb
        for conj in (c for c in verb.children if c.dep_ == "conj"):
            # (not past a complement of the verb's own: "agreed to terms with X and cut Y")
            if not any(own_argument(c) and verb.i < c.i < conj.i for c in verb.children):
                out.extend(c for c in conj.children if c.dep_ in _OBJ)
    if agreeing:
        out.extend(party_to_terms(verb))  # "agreed to terms with kicker Matt Dorsey"
    if (
        not out
        and verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.text.lower() not in ("who", "that", "which") for c in verb.children)
        and not any(c.text.lower() in ("where", "when", "why") for c in verb.children)  # "Cairo, where ..."
    ):
        out.append(_described(verb))  # "a casino they bought", "a woman he took hostage": the noun described
    if not out and verb.dep_ == "conj":  # "whom LaRue shot and killed": the relative pronoun before both
        out.extend(c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.head.i)
    # "agreed to purchase 60 Boeing aircraft", "threatened to attack Mali", "refused to pay X"; not past the
    # party asked: "appealed to the UN to sanction France" (the UN, after the preposition)
    if not out and not asked_of_party(verb):
        refusal = verb.text.lower() in _REFUSING
        # (not the one a help acts against: "helped repel Russia")
        helping = verb.text.lower() in forms("help")
        for comp in (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and (refusal or agreeing or class_of(c) is not None)
            and not (helping and c.text.lower() in OPPOSING)
        ):
            if agreeing and class_of(comp) is None:
                # (only whom the act is done to: "agreed to take on costs at Chrysler" is no deal with it)
                out.extend(g for g in comp.children if g.dep_ in ("dobj", "dative"))
                continue
            out.extend(object_tokens(comp, False))
    # (a number the parser hung on the verb is no one helped: "helped guide the 76ers to a record of 56-26
    # (.683)")
    if verb.text.lower() in forms("help") and all(o.like_num for o in out):
        # "helped guide the 76ers", "helped to inspire the Colts": whom the act helped with is done to (a
        # complement with no subject, "that" or auxiliary but "to" of its own; not one acting against its
        # object: "helped repel Russia")
        for comp in (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and c.text.lower() not in OPPOSING
        ):
            # ("helped Woodward link Hunt to the break-in": the parser may take the one helped for a
            # compound of the verb after it; that one is helped, not Hunt)
            helped = [g for g in comp.children if g.dep_ == "compound" and g.i < comp.i]
            if helped:
                out.append(helped[-1])
                break
            if not any(
                g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") and g.text.lower() != "to"
                for g in comp.children
            ):
                out.extend(object_tokens(comp, False))
                break
    for child in verb.children:
        # a phrase fronted before the verb is a setting ("In the CAR, France denounced ..."), not a target
        relative = any(g.text.lower() in ("which", "whom") for g in child.children)
        if child.dep_ == "prep" and child.text.lower() in _TARGET_PREPS and (child.i > verb.i or relative):
            out.extend(g for g in child.children if g.dep_ == "pobj")
        infinitive = is_infinitive(child) or not any(
            g.dep_ in ("aux", "auxpass", "mark") for g in child.children
        )
        # (a clause before the verb is no complement of it: "The Nationals offered him ..., the Orioles made")
        # (nor a report the parser hung on it: "did not ask for money, and its chief executive said ...")
        if (
            child.dep_ in ("ccomp", "xcomp")
            and child.i > verb.i
            and child.text.lower() not in _SAYING
            and (infinitive or appeal or child.dep_ == "xcomp" or (agreeing and mandative(child)))
        ):
            out.extend(g for g in child.children if g.dep_ == "nsubj")
        if child.dep_ == "prt":
            for sub in child.children:
                if sub.dep_ == "pobj":
                    out.append(sub)
    return out


def _blamed(verb: Any) -> bool:
    """A "responsible" after the verb or, misparsed, on its object ("held Israel responsible")."""
    words = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "dobj")]
    words += [g for c in words if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod"]
    return any(c.text.lower() in BLAMED for c in words)


def class_of(token: Any) -> tuple[str, Any] | None:
    """The class a trigger token stands for, and the verb that carries its clause."""
    low = token.text.lower()
    split = prefixed(token, low)
    if split is not None:
        return split
    if low in ("aid", "assistance") and any(c.text.lower() in ("first", "medical") for c in token.children):
        return None  # "provided first aid": care for the injured, not aid to a party
    if low == "venture" and not any(c.text.lower() == "joint" for c in token.children):
        return None  # "formed a joint venture with Renault", not "formed a new venture, Neuralink"
    if low in NOUN_CLASS and small_clause(token) and carries(token.head.text.lower(), low):
        return NOUN_CLASS[low], token.head  # "made Teixeira an offer", parsed as a clause "Teixeira an offer"
    if (
        low in ("captive", "hostage")
        and token.dep_ in ("acomp", "oprd", "ccomp", "xcomp")
        and token.head.text.lower() in TAKEOVER
    ):
        return NOUN_CLASS[low], token.head  # "took her captive" ("held him hostage" is the holding)
    counted = counted_by(token) or amount_in(token)
    if counted is not None:
        # "launched a wave of drone attacks on Kyiv", "carried out dozens of air strikes against X"
        if low in NOUN_CLASS and carries(counted.text.lower(), low):
            return NOUN_CLASS[low], counted
        if low in ("strike", "strikes") and air_strike(token, counted):
            return "use force", counted
    carrier = agent_participle(token) if low in NOUN_CLASS else None
    if carrier is not None and carries(carrier.text.lower(), low):
        return NOUN_CLASS[low], carrier  # "expertise offered by FWS": the help is the act, done by its agent
    noun = token.head.text.lower()
    if (
        token.dep_ == "acl"
        and noun in NOUN_CLASS
        and carries(low, noun)
        and agent_participle(token.head) == token
    ):
        return None  # (the noun it carries is the act, read above: "expertise offered by FWS" is no offer)
    if low in NOUN_CLASS and token.dep_ in ("dobj", "pobj", "attr", "nsubjpass"):
        if idiom(token, low):
            return None  # "signed an order for 20 jets with Airbus": a purchase, no request
        had = token.head.text.lower() in _HAVE_GET
        set_phrase = any(c.text.lower() in ("great", "good", "raw") for c in token.children)
        # "has a deal with Tanaka"; not "got a good deal on the car", "a raw deal with the EU"
        if had and low in _DEALS and (set_phrase or not prep_child(token, "with")):
            return None
        if had and prep_child(token, "from"):
            return None  # "has an offer on the table from the Red Sox": the Red Sox's offer, a nominal
        if low == "charges" and handed_down(token) and not charged_person(token):
            return None  # "handed extra charges to Ivo Marchetti for his luggage": fees, no crime
        if token.dep_ != "pobj":
            return (NOUN_CLASS[low], token.head) if carries(token.head.text.lower(), low) else None
        # "is in talks with", "took him into custody", "put in a bid"; not "bought jets in a deal worth $7 bn"
        state = token.head.text.lower() in ("in", "into") and low in ("talks", "negotiations", "negotiation")
        # "took him into custody", not "ordered to remain in custody"
        held = token.head.head.text.lower()
        state = state or (low == "custody" and held in LIGHT_VERBS and held not in _BE)
        # "went on a shooting rampage"
        state = state or (token.head.text.lower() == "on" and low in ON_NOUNS and carries(held, low))
        # "LaRue was (present) at a 1972 meeting with Mitchell": met Mitchell (not "was at the meeting in Key
        # Biscayne": there, whomever he met)
        at_meeting = low in ("meeting", "meetings") and token.head.text.lower() == "at" and held in _BE
        partners = prep_objects(token, "with")
        state = state or (at_meeting and any(g.ent_type_ in ACTOR_TYPES for g in partners))
        near = token.head.head
        if low in _DEALS and token.head.text.lower() == "to" and near.text.lower() in _NEAR:
            # "Israel and Hamas are close to an agreement": a deal in sight, hedged by "close"
            return (NOUN_CLASS[low], near.head) if near.dep_ in ("acomp", "advmod") else None
        if state or (token.head.dep_ == "prt" and carries(token.head.head.text.lower(), low)):
            return NOUN_CLASS[low], token.head.head
        return None
    if low in ADJECTIVE_CLASS and token.dep_ == "acomp" and prep_child(token, "of"):
        return ADJECTIVE_CLASS[low], token  # "was critical of Obama"
    # (or anger the parser read as a passive: "was outraged by the administration's attempts")
    felt = (low in FEELINGS and token.dep_ == "acomp") or anger_read_as_passive(token)
    if felt and _felt_about(token):
        return "accuse or criticise", token  # "we're disappointed", "is angry about the officiating"
    if (
        low in forms("turn")
        and prep_child(token, "down", ("prt",))
        and _object_words(token) & (TURNED_DOWN | {"it", "them"})  # ("mulled the offer ... turned it down")
    ):
        return "deny", token  # "turned down an offer from the Mets"
    if (low in forms("turn") or low in forms("look")) and token.dep_ not in _NOUN_DEPS and turned_to(token):
        return "appeal or request", token  # "turned to the National Health Service Corps", "looked to Cheeks"
    if low in forms("find") and _found_guilty(token):
        return "coerce", token  # "Judge Ross found Vick guilty of fraud": a verdict
    if (
        low in CALL
        and token.dep_ not in _NOUN_DEPS
        and any(
            c.dep_ in ("prep", "prt", "mark") and c.text.lower() in CALL_ON and 0 < c.i - token.i <= 2
            for c in [*token.children, *marks_of_clauses(token)]
        )
    ):
        # "called on Russia to help", "calls for a ceasefire", "called again for"; not "called police to her
        # apartment for the smell" (a "for" further on is not the request)
        return "appeal or request", token
    if token.dep_ not in _NOUN_DEPS and named_badly(token):
        return "accuse or criticise", token  # "called Biden a disgrace", "described conditions as appalling"
    if low in forms("clash") and quarrel(token):
        return "accuse or criticise", token  # "clashed with Joe Biden over health care": a quarrel
    if low in forms("reach") and prep_child(token, "out", ("prt", "advmod")) and prep_child(token, "to"):
        return "appeal or request", token  # "reached out to coach Doug Pederson": approaching him
    if (low in forms("hit") or low in forms("fire") or low in forms("lash")) and out_at(token):
        return "accuse or criticise", token  # "hit out at Western allies", "fired back at Adidas's claims"
    if low in forms("blast") and prep_child(token, "with"):
        return None  # "blasted Gaza with airstrikes": force, not the criticism "blasted" usually is
    arranged = arranged_for(token)
    if arranged is not None:
        return "cooperate", arranged[0]  # "arranged a job for Druyun", "made the arrangements for Lohan to"
    given = given_class(token, low) if token.dep_ not in _NOUN_DEPS else None
    if given is not None:
        return given, token  # "sent Ukraine air-defence systems", "gave Joel Grant a new contract"
    if sent_to_prison(token) or put_away(token):
        return "coerce", token  # "would send him to jail", "put him behind bars", "bring him to justice"
    if token.dep_ not in _NOUN_DEPS and (
        advised_party(token) or drafted_player(token) or dated_person(token)
    ):
        return "cooperate", token  # "advised Dunmore on the deal", "drafted by the Sentinels", "is dating X"
    if low in forms("apply") and token.dep_ not in _NOUN_DEPS and applied_to(token):
        return "appeal or request", token  # "applied to the FBI", "applied to the regulator for approval"
    if low in forms("announce") and token.dep_ not in _NOUN_DEPS and announced_appointee(token) is not None:
        return "cooperate", token  # "announced that Hugh Jackman will host the Oscars": a post given
    if low in forms("serve") and not served_for(token):
        return None  # "served as associate dean at the university", "serves on the board": a post, no one's
    if low in ("strike", "strikes") and token.dep_ in ("dobj", "pobj") and air_strike(token, token.head):
        return "use force", token.head  # "launched air strikes on Boko Haram camps"
    launch = (
        launched(token, _object_words(token))
        if low in forms("launch") and token.dep_ not in _NOUN_DEPS
        else None
    )
    if launch is not None:
        return launch, token  # "launched a helicopter", "launched rockets at Israel"
    if low in forms("use") and token.dep_ not in _NOUN_DEPS and force_used(token):
        return "use force", token  # "accuses Brandvold of using excessive force", "used unreasonable force"
    if low == "boarding" and boarding_operation(token):
        return "coerce", token.head.head  # "carried out boarding-and-search action": ships boarded
    if low in forms("board") and token.dep_ not in _NOUN_DEPS and boarded(token):
        return "coerce", token  # "Marine commandos boarded the pirate dhow": a ship seized
    if low in TELL and token.dep_ not in _NOUN_DEPS and told_to(token):
        return "appeal or request", token  # "Apple told customers to hold the phone": an instruction
    # (a verb the parser hung on its object as a modifier is still a verb: "the Saints signed rookie X")
    noun_like = token.dep_ in ("compound", "amod", "nsubj", "dobj", "pobj", "poss", "attr")
    misparsed = verb_read_as_modifier(token) or participle_read_as_noun(token)
    if low not in VERB_CLASS or (noun_like and not misparsed):
        return None
    if token.ent_type_ and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return None  # a word of a name: "Catching Fire" (a film), not a capture
    if any(
        c.dep_ == "dobj" and c.text.lower() in NOUN_CLASS and carries(low, c.text.lower())
        for c in token.children
    ):
        return None  # "held talks", "struck a deal": the event noun is the trigger, not the verb
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in _NOUN_DEPS and not (verb_read_as_modifier(first) or participle_read_as_noun(first)):
        return None  # "convicted of murder and assault": a noun coordinated with a noun
    cls = VERB_CLASS[low]
    sanctioned = {c.lower_ for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
    if low in forms("sanction") and sanctioned & AUTHORISED_ACTS:
        return "agree or sign", token  # "sanctioning the murders of six mobsters": authorising them
    if low in forms("hold") and _blamed(token):
        return "accuse or criticise", token  # "held Israel responsible for the attack": blame, not custody
    if low in forms("hold") and _object_words(token) & WEAPONS and prep_child(token, "to"):
        return "warn or threaten", token  # "held a knife to her throat", like pointing one
    if (
        low in forms("pull")
        and prep_child(token, "out", ("prt", "prep", "advmod"))
        and _object_words(token) & FORCE_NOUNS
    ):
        return "deploy or withdraw forces", token  # "pulled its troops out of Mali"
    if low in forms("order") and _object_words(token) & FORCE_NOUNS and into_a_place(token):
        return "deploy or withdraw forces", token  # "ordered 4,000 soldiers into the province of Huancarpa"
    if low in NEEDS_FORCES:
        # the forces are what is moved, not where it goes ("flew in the destroyer's helicopter" moves no one)
        moved = [
            o
            for o in object_tokens(token, False)
            if low not in SELF_MOVING or o.dep_ in ("dobj", "nsubjpass")
        ]
        # ("Israeli forces withdrew from Beit Hanoun": forces withdrawing themselves)
        withdrew = low in forms("withdraw") and not any(c.dep_ == "dobj" for c in token.children)
        subject = {c.text.lower() for c in token.children if c.dep_ == "nsubj"}
        # (a warship named by its navy's prefix is forces too: "diverted INS Mysore towards the area"; not a
        # merchant ship, nor a ship sent to: "sent a letter to the crew of the USS Cole")
        warship = any(c.text in NAVAL_PREFIXES for o in moved if o.dep_ == "dobj" for c in o.subtree)
        # (what police, a navy or a country deploys or dispatches may be officers or vessels too: "deployed
        # firearms officers", "patrol vessels", "the Special Operations Group"; not a company's drones)
        deployable = FORCE_NOUNS | DEPLOYED if low in _DEPLOYING and security_body(token) else FORCE_NOUNS
        forces = {c.text.lower() for o in moved for c in o.subtree} & deployable
        if not (forces or warship or (withdrew and subject & FORCE_NOUNS)):
            return None
    if low in forms("threaten") and (
        token.dep_ in ("amod", "acomp", "oprd")
        or any(c.dep_ == "mark" and c.text.lower() == "as" for c in token.children)
    ):
        return None  # "threatened and endangered species", "listed the polar bear as threatened": adjectives
    if dismissal(token, low):
        cls = "sanction"  # "fired its ambassador", "laid off 500 workers", "dismissed the coach"
    elif low in forms("cut") and _object_words(token) & TIES:
        cls = "sanction"  # "Morocco cut diplomatic ties with Iran": reduced relations
    elif any(low in forms(b) for b in ("lay", "sack", "release", "cut", "let", "remove")):
        return None  # "laid the groundwork", "sacked the quarterback four times", "released the hostages"
    if cls == "use force" and low.startswith("attack"):
        patient = patient_of(token)
        in_words = any(
            c.dep_ == "prep" and c.text.lower() in ("on", "in") and g.text.lower() in OUTLETS
            for c in token.children
            for g in c.children
        )
        if (
            in_words
            or any(c.dep_ == "prep" and c.text.lower() in ("over", "for") for c in token.children)
            or (patient is not None and patient.text.lower() in NOT_VICTIMS)
        ):
            # "attacked McCain over his tax plan", "attacked the report", "attacked him on TV": words
            cls = "accuse or criticise"
    if cls == "use force" and (low in forms("fire") or low in forms("shoot")) and warning_shot(token):
        cls = "warn or threaten"  # "fired warning shots", "fired ahead of the ship", "fired into the air"
    if low in forms("pull") and pulled_trigger(token):
        return "use force", token  # "Timmons pulled the trigger": he fired
    if (
        low in forms("pull")
        and any(c.dep_ == "prt" and c.text.lower() == "over" for c in token.children)
        and any(c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and a_person(c)) for c in token.children)
    ):
        # "was pulled over by the Highway Patrol": a traffic stop (not "would not pull over", "pulled his
        # car over": a driver stopping)
        return "coerce", token
    if not right_sense(token, low, cls):
        return None
    # ("threw her to the ground": a person thrown, like a bomb thrown at one; "produced a revolver and
    # pointed it at them": the weapon named before)
    thrown = low in forms("throw") and any(c.dep_ == "dobj" and a_person(c) for c in token.children)
    thrown = thrown or weapon_it(token) or thrown_at_someone(token, low)
    for base, nouns in OBJECT_NEEDED.items():
        if low not in forms(base) or thrown:
            continue
        # ("stormed the hijacked chemical tanker MT Orla Brenning": the kind written before the name)
        kinds = {
            c.lower_
            for o in object_tokens(token, False)
            if o.text[:1].isupper()
            for c in o.children
            if c.dep_ == "compound"
        }
        if not ((_object_words(token) | kinds) & nouns or challenged_over(token, nouns)):
            return None
    if any(low in forms(b) for b in ("close", "shut", "eliminate")) and not closes_dealers(token):
        return None
    if (low in forms("guide") and not guided_person(token)) or (
        low in forms("blow") and not whistle_blown(token)
    ):
        return None
    stake = stake_taken(token)  # "will take a 35 percent stake in Chrysler"
    for base, words in NEEDS_WORD.items():
        clause = CLAUSE_WILL_DO.get(base)
        if (
            not stake
            and low in forms(base)
            and not any(c.text.lower() in words for c in token.children)
            and not any(c.dep_ == clause for c in token.children)
        ):
            return None
    if demand_missing(token, low, cls):
        return None  # "refused to comment", "insisted he was innocent": no demand refused or made
    if low in forms("strike") and any(
        c.dep_ == "conj" and c.text.lower() in forms("kill") for c in token.children
    ):
        return None  # "struck and killed her" (a hit-and-run): the killing is the action
    if low in forms("strike") and any(
        g.dep_ == "pobj" and (g.text.lower() in VEHICLES or made_by(g))
        for c in token.children
        if c.dep_ in ("prep", "agent") and c.text.lower() in ("with", "by")
        for g in c.children
    ):
        return None  # "struck Chohan with his Toyota Camry", "was struck by a car": a road accident
    if low in TAKEOVER and not stake and not any(o.ent_type_ == "ORG" for o in object_tokens(token, False)):
        return None
    # "X shot and killed in a gang shooting": a headline passive, and so is the verb coordinated with it
    coordinated = any(c.dep_ == "conj" and c.text.lower() in TRANSITIVE for c in token.children)
    if (low in TRANSITIVE or coordinated) and objectless(token):
        return None
    if low in NEEDS_CLAUSE and not made_to(token):
        return None
    return cls, token


def _felt_about(feeling: Any) -> bool:
    """Whether a feeling is about someone or something (not oneself): "disappointed with the ruling", "angry
    about the officiating", or said alone ("we're disappointed"); not "upset after the Warriors lost", "angry
    with himself", "disappointed for him" (sympathy)."""
    # "was angry when her cat fell ill", "disappointed after the defeat": about what happened
    if any(c.dep_ == "advcl" for c in (*feeling.children, *feeling.head.children)):
        return False
    alone = ("advmod", "neg", "punct", "cc", "ccomp", "nsubjpass", "auxpass")
    if all(c.dep_ in alone for c in feeling.children):
        return True  # (said alone, or of what happened: "disappointed that the defendant was shown mercy")
    about = [
        g
        for c in feeling.children
        if c.dep_ in ("prep", "agent") and c.text.lower() in ("with", "about", "at", "over", "by", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(g.text.lower() not in REFLEXIVES for g in about)


def _found_guilty(token: Any) -> bool:
    """ "found Vick guilty of fraud": a person found guilty or liable (not "found the gun")."""
    if not any(c.dep_ == "dobj" and a_person(c) for c in token.children):
        return False
    verdicts = [c for c in token.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod")]
    verdicts += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod"]
    return any(c.text.lower() in ("guilty", "liable") for c in verdicts)


def _object_words(token: Any) -> set[str]:
    """The words heading the objects of ``token`` and the nouns after their "of" or "in" ("secured $11bn
    of deals", "sought $5 billion in loans")."""
    out = set()
    described = described_noun(token)
    for obj in object_tokens(token, False):
        out.add(obj.text.lower())
        if pay_asked(token, obj):
            out.add("money")  # "seeking more than $21MM a year": an amount of money, however it is written
        if described is not None and obj.text.lower() in ("that", "which"):
            out.add(described.text.lower())  # "the dealerships that it intends to close"
        if obj.dep_ == "pobj" and obj.head.text.lower() == "on":
            out.discard(obj.text.lower())  # "receive the remaining $4 million on his contract": what it is on
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.text.lower() in ("of", "in")):
            out.update(g.text.lower() for g in prep.children if g.dep_ == "pobj")
    return out
