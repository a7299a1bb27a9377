"""The clause side of the actions stage (:mod:`storyline.actions`): which token triggers which class, and the
subject and objects around it, read from a spaCy dependency parse without tags or lemmas (who a subject or
object names is :mod:`storyline.action_names`, how the act is told :mod:`storyline.action_modality`).
Triggers: verbs of :mod:`storyline.action_verbs` in the sense the class means (checked on their objects by
:mod:`storyline.action_senses`: "seized *a tanker*", not "seized *power*"), light verb + event noun
("provided *aid*", "opened *fire*"), "call on". Clauses that only ask, wish or prevent an action ("urged Peru
to sanction ...", "want Bush to help", "insisted that the union agree", "intent on recruiting", "from sealing
the deal") carry no action of their own.
"""

from __future__ import annotations

from typing import Any

from storyline.action_names import ACTOR_TYPES
from storyline.action_nouns import FORCE_NOUNS, NOT_VICTIMS, VEHICLES, VESSEL_NOUNS
from storyline.action_senses import (
    a_person,
    dismissal,
    has_object,
    is_infinitive,
    made_by,
    made_to,
    mandative,
    named_badly,
    objectless,
    patient_of,
    pulled_trigger,
    right_sense,
    told_to,
)
from storyline.action_verbs import (
    ADJECTIVE_CLASS,
    ALLEGED,
    ASKED,
    BLAMED,
    CALL,
    CALL_ON,
    CAUSATIVE,
    CONTROL,
    HOPES,
    JUDGED,
    JUDGING,
    LIGHT_VERBS,
    NEEDS_CLAUSE,
    NEEDS_FORCES,
    NEEDS_WORD,
    NOT_REFUSALS,
    NOUN_CLASS,
    NOUN_LIGHT,
    OBJECT_NEEDED,
    OFFERS,
    ON_NOUNS,
    OPPOSING,
    QUESTIONS,
    SELF_MOVING,
    TAKEOVER,
    TELL,
    TOPIC_VERBS,
    TRANSITIVE,
    VERB_CLASS,
    forms,
)
from storyline.sentences import BE_FORMS

_OBJ = ("dobj", "obj", "dative", "attr", "oprd")
_TARGET_PREPS = frozenset(
    {"to", "with", "against", "from", "on", "at", "towards", "toward", "in", "into", "of"}
)
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "npadvmod", "oprd"})
_NOUN_DEPS = frozenset({"compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "appos"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# What a retort is fired back at: "fired back at Adidas's claims".
_RETORTED = frozenset(
    {"claims", "claim", "critics", "criticism", "accusations", "allegations", "remarks", "comments"}
)
_REDUCED_MARKS = frozenset({"when", "if", "once", "unless", "until", "while", "though", "although"})
_BE = BE_FORMS | {"remains", "remained"}

# -- the clause around a trigger


def subject_of(verb: Any) -> tuple[Any | None, bool]:
    """The subject token of ``verb`` and whether the verb is passive, inheriting through xcomp/conj/advcl.

    An infinitive or a gerund under a passive verb is done by its passive subject ("X was selected to buy
    Y", "X is accused of shooting Y", "X was arrested and charged with killing Y"), unless it was asked of
    them ("X was urged to leave"). A verbless headline's name carries "in talks" ("Gary Ross in
    negotiations to direct ...").
    """
    if verb.ent_type_ in ACTOR_TYPES:
        return verb, False
    if _parenthetical(verb) or _describes_patient(verb) or _reduced_passive(verb):
        return None, True
    seen = 0
    current = verb
    came_from = None
    complement = False  # climbed out of an infinitive or a gerund after a preposition
    while current is not None and seen < 6:
        seen += 1
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in current.children)
        for child in current.children:
            if child.dep_ == "agent" and child.text.lower() == "by":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, True
        # the nearest when a misparse gives a verb two subjects (a headline run into the first sentence)
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        subject = min(subjects, key=lambda c: abs(c.i - current.i)) if subjects else None
        if subject is None and current.i == verb.i and _finite(current):
            # "Greg Tull, whom Sarah Bloom shot", "Biden Slams Putin", "Turkey imposed sanctions": the parser
            # may take the subject's name for a compound or an adverbial noun of the verb
            subject = next(
                (
                    c
                    for c in current.children
                    if c.dep_ in ("compound", "npadvmod") and c.i < current.i and c.ent_type_ in ACTOR_TYPES
                ),
                None,
            )
        # "want Bush to help", "urged Peru to sanction Bolivia", "insisted that the union agree": asked or
        # wished for, not done
        # ("called for Israel to withdraw", the "for" clause parsed as adverbial)
        for_clause = current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.text.lower() == "for" for c in current.children
        )
        wished = (current.dep_ in ("ccomp", "xcomp") or for_clause) and current.head.text.lower() in CONTROL
        infinitive = is_infinitive(current)
        if subject is not None and wished and (infinitive or mandative(current)):
            return None, False
        if current.dep_ == "ccomp" and current.head.text.lower() in HOPES:
            return None, False  # "hoping that the union will renegotiate": a hope, not an act
        if current.head.text.lower() in QUESTIONS and any(
            c.dep_ == "mark" and c.text.lower() in ("if", "whether") for c in current.children
        ):
            return None, False  # "asked if the US intended to attack": a question
        if subject is not None:
            return _clause_bearing_modifier(subject) or subject, passive and current.i == verb.i
        if current.dep_ in ("xcomp", "ccomp") and infinitive and current.head.text.lower() in CAUSATIVE:
            # "prompting Apple Corps to file suit", "led Fiat to sell": the named object does what follows
            named_object = next(
                (
                    c
                    for c in current.head.children
                    if c.dep_ == "dobj" and (c.ent_type_ in ACTOR_TYPES or c.text.lower() in _OBJECT_PRONOUNS)
                ),
                None,
            )
            if named_object is not None:
                return named_object, False
        patient = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
        if complement and current.text.lower() in ASKED:
            return None, False  # "X was ordered to remain": asked of X, not done
        if complement and patient is not None:
            return patient, False
        # "He was released in 2006 and attacked Mendes": an active conjunct (it has an object of its own)
        # is done by the passive subject of the verb it is coordinated with
        if (
            patient is not None
            and came_from is not None
            and came_from.dep_ == "conj"
            and has_object(came_from)
        ):
            return patient, False
        if passive and came_from is not None and came_from.dep_ == "conj":
            return None, True  # "who has been arrested and charged with the shooting": passive, both
        if wished and any(c.dep_ in ("dobj", "dative") for c in current.head.children):
            return None, False
        if passive and current.i == verb.i:
            return None, True
        if current.dep_ == "relcl":
            return current.head, False
        if current.dep_ == "pcomp" and current.head.text.lower() in ("from", "against", "without"):
            break  # "dissuade the junta from sealing the deal", "warned against attacking": not done
        if (
            current.dep_ == "pcomp"
            and current.head.text.lower() in ("of", "about")
            and current.head.head.text.lower() in TOPIC_VERBS
        ):
            break  # "speaks of signing character players": a topic
        judged = current.head.head.text.lower() in JUDGING
        if current.dep_ == "pcomp" and current.head.text.lower() in ("for", "of", "with") and judged:
            # "thanked Ortiz for sending troops", "mocked Kimani for refusing", "accused Iran of arming
            # Hamas": the named object did it (not "acquitted X of killing", "threatened Iran with bombing";
            # nor a verb coordinated with it: "accused Hamas of breaking the truce and launched airstrikes")
            doer = next(
                (
                    c
                    for c in current.head.head.children
                    if c.dep_ == "dobj" and (c.ent_type_ in ACTOR_TYPES or c.text.lower() in _OBJECT_PRONOUNS)
                ),
                None,
            )
            if doer is not None and not (came_from is not None and came_from.dep_ == "conj"):
                return doer, False
        if _instead(current):
            break  # "Rather than recall the phones or offer a fix", "Instead of attacking Mali": not done
        # "intent on recruiting", "a factor in signing", "the prospect of selling": an intention or a
        # nominal, not an action of the clause's subject ("close to hiring" is the hedge "is close to")
        owner = current.head.head
        # (but "criticism for sinking the trawler", "guilty of murdering": a judgement on what the subject
        # did; "the arrest of the soldiers for shooting" judges what the soldiers did)
        held_by = any(
            c.dep_ == "prep" and c.text.lower() == "of" and c.i != current.head.i for c in owner.children
        )
        judgement = (
            current.head.text.lower() in ("for", "of") and owner.text.lower() in JUDGED and not held_by
        )
        if (
            current.dep_ == "pcomp"
            and owner.dep_ in NOMINAL_DEPS | {"acomp", "amod"}
            and owner.text.lower() != "close"
            and not judgement
        ):
            break
        if current.dep_ == "pcomp" or (current.dep_ in ("xcomp", "advcl") and infinitive):
            complement = True
        # (and from a judgement's "of" on to the passive subject: "was found guilty of wounding X"; not "was
        # deemed ready to strike", no act)
        judged_of = current.dep_ == "oprd" and came_from is not None and came_from.dep_ == "prep"
        if current.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "acomp", "prep") or judged_of:
            came_from, current = current, current.head
            continue
        if current.dep_ == "acl" and complement and current.text.lower() in ALLEGED:
            # "Jermayne Timmons, the teen accused of shooting Kathina Thomas": the noun the participle is of
            noun = current.head
            return (noun.head if noun.dep_ == "appos" else noun), False
        if current.dep_ == "acl" and current.text.endswith("ed"):
            return None, True
        break
    return None, False


def _finite(verb: Any) -> bool:
    """Whether ``verb`` is written as a finite verb: in lower case, or a headline's capitalised present
    ("Slams", "Sues"; not a noun like "Shooting" nor a shouted "ARRESTED", where the name before is what
    the headline is about)."""
    text = verb.text
    if text.islower():
        return True
    return text[:1].isupper() and text[1:].islower() and text.endswith("s") and not text.endswith("ss")


def _clause_bearing_modifier(subject: Any) -> Any | None:
    """The word before ``subject`` that a clause hangs from, when the parser made it a modifier of a later
    name: in "Gardaí investigating the theft of data from the app Norvale Pay arrested a man" the subject
    is "Gardaí", which the parser hung on "app" → "Pay" as a compound. A modifier carries no clause of its
    own."""
    frontier = [subject]
    while frontier:
        head = frontier.pop(0)
        for child in head.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i:
                if any(g.dep_ in ("acl", "relcl") for g in child.children):
                    return child
                frontier.append(child)
    return None


def _parenthetical(verb: Any) -> bool:
    """A participle between commas right after a name, misparsed as its verb: "O'Brien, fired on June 8, is
    seeking ...", "Dalton, shot in the neck, remained ...": done to the name (the real verb follows, joined
    without "and"), not by it."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 2), None)
    if subject is None or doc[verb.i - 1].text != ",":
        return False
    return not any(c.dep_ == "cc" for c in verb.children) and any(
        c.dep_ == "conj" and c.i > verb.i and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )


def _instead(verb: Any) -> bool:
    """A verb (or the first of coordinated verbs) after "rather than" or "instead of": what was not done."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    doc = first.doc
    if first.dep_ == "pcomp" and first.head.text.lower() == "of":
        return bool(first.head.i > 0 and doc[first.head.i - 1].text.lower() == "instead")
    return any(
        c.dep_ == "mark" and c.text.lower() == "than" and c.i > 0 and doc[c.i - 1].text.lower() == "rather"
        for c in first.children
    )


def _describes_patient(verb: Any) -> bool:
    """A participle completing a passive verb, with no "by" of its own, says what state its patient was in
    ("the dog was found beaten", "was left wounded"): no act of anyone named. A gerund there is an act ("was
    seen hitting"), and so is a participle with its agent ("was reported hijacked by Somali pirates")."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "oprd")
        and head.i != verb.i
        and not any(c.dep_ == "agent" for c in verb.children)  # "was reported hijacked by Somali pirates"
        and not verb.text.lower().endswith("ing")
        and not is_infinitive(verb)
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _reduced_passive(verb: Any) -> bool:
    """A participle clause after "when", "if", "once" ... with no subject of its own ("Wynn, when called upon,
    can do the job", "once arrested"): passive, done to the main subject (a gerund there is active)."""
    return (
        verb.dep_ == "advcl"
        and not verb.text.lower().endswith("ing")
        and any(c.dep_ in ("mark", "advmod") and c.text.lower() in _REDUCED_MARKS for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children)
    )


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
    if passive:
        out.extend(c for c in verb.children if c.dep_ == "nsubjpass")
        if verb.dep_ == "acl":
            out.append(verb.head)
        if verb.dep_ == "xcomp" and not out:
            # "Orozco is to be sentenced by Judge Hickock": the subject of the verb it completes
            out.extend(c for c in verb.head.children if c.dep_ == "nsubj")
        if verb.dep_ == "advcl" and not out and verb.i < verb.head.i:
            # "Arrested by the CHP on Monday, he was booked into jail": the subject of the main clause
            out.extend(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    out.extend(c for c in verb.children if c.dep_ in _OBJ or (c.dep_ == "appos" and verb.dep_ == "dobj"))
    if not out:  # "arrested and charged X": the object of the conjoined verb
        for conj in (c for c in verb.children if c.dep_ == "conj"):
            out.extend(c for c in conj.children if c.dep_ in _OBJ)
    if (
        not out
        and verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.text.lower() not in ("who", "that", "which") for c in verb.children)
        and not any(c.text.lower() in ("where", "when", "why") for c in verb.children)  # "Cairo, where ..."
    ):
        out.append(_described(verb))  # "a casino they bought", "a woman he took hostage": the noun described
    if not out and verb.dep_ == "conj":  # "whom LaRue shot and killed": the relative pronoun before both
        out.extend(c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.head.i)
    if not out:  # "agreed to purchase 60 Boeing aircraft", "threatened to attack Mali"
        for comp in (c for c in verb.children if c.dep_ == "xcomp" and class_of(c) is not None):
            out.extend(object_tokens(comp, False))
    if not out and verb.text.lower() in forms("help"):
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
        if (
            child.dep_ in ("ccomp", "xcomp")
            and child.i > verb.i
            and (infinitive or appeal or child.dep_ == "xcomp")
        ):
            out.extend(g for g in child.children if g.dep_ == "nsubj")
        if child.dep_ == "prt":
            for sub in child.children:
                if sub.dep_ == "pobj":
                    out.append(sub)
    return out


def extra_objects(trigger: Any, verb: Any) -> list[Any]:
    """Targets only some triggers take: an event noun's "before" ("set three ultimatums before Fiat", "put
    the proposal before Congress"), a payment's "for" ("paid $57 million for a stake in Dacia"), an offer's,
    a bid's or a call's "for" ("extended an offer for Teixeira", "bid for Chrysler", "called for Kelly to
    resign") and the indirect object of a light verb parsed as a clause ("made Teixeira an offer")."""
    preps = {"before"} if trigger.i != verb.i or trigger.text.lower() in forms("plead") else set()
    if trigger.text.lower() in forms("pay"):
        preps.add("for")
    recipient = [c for c in trigger.children if c.dep_ == "nsubj"] if _small_clause(trigger) else []
    # "called for Commissioner Raymond Kelly and Mayor Bloomberg to ...": whom a call is for, when named
    asked_for = trigger.text.lower() in OFFERS or trigger.text.lower() in CALL
    if trigger.text.lower() in CALL:  # "called for Israel to halt": the subject of the clause "for" opens
        recipient += [
            s for m in _marks_of_clauses(trigger) for s in m.head.children if s.dep_ == "nsubj" and s.i > m.i
        ]
    offered = [
        g
        for c in trigger.children
        if asked_for and c.dep_ == "prep" and c.text.lower() == "for"
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ in ACTOR_TYPES  # a party, not "a bid for U.S. launch contracts"
    ]
    return (
        recipient
        + offered
        + [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.text.lower() in preps and c.i > verb.i
            for g in c.children
            if g.dep_ == "pobj"
        ]
    )


def _marks_of_clauses(verb: Any) -> list[Any]:
    """The "for" opening a clause under ``verb`` ("called for Israel to halt", parsed as a clause)."""
    return [
        m
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        for m in c.children
        if m.dep_ == "mark" and m.text.lower() == "for"
    ]


def _small_clause(noun: Any) -> bool:
    """An event noun with an article that the parser made a clause of its own, its "subject" being the light
    verb's indirect object ("made Teixeira an offer": ccomp "offer" ← nsubj "Teixeira")."""
    return bool(
        noun.dep_ in ("ccomp", "xcomp")
        and any(c.dep_ == "det" for c in noun.children)
        and any(c.dep_ == "nsubj" for c in noun.children)
    )


def _blamed(verb: Any) -> bool:
    """A "responsible" after the verb or, misparsed, on its object ("held Israel responsible")."""
    words = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "dobj")]
    words += [g for c in words if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod"]
    return any(c.text.lower() in BLAMED for c in words)


def _carries(light: str, noun: str) -> bool:
    """Whether the light verb ``light`` carries the event noun ``noun`` ("made an offer", "provided aid")."""
    return light in NOUN_LIGHT.get(noun, LIGHT_VERBS)


def class_of(token: Any) -> tuple[str, Any] | None:
    """The class a trigger token stands for, and the verb that carries its clause."""
    low = token.text.lower()
    if low in ("aid", "assistance") and any(c.text.lower() in ("first", "medical") for c in token.children):
        return None  # "provided first aid": care for the injured, not aid to a party
    if low in NOUN_CLASS and _small_clause(token) and _carries(token.head.text.lower(), low):
        return NOUN_CLASS[low], token.head  # "made Teixeira an offer", parsed as a clause "Teixeira an offer"
    if (
        low in ("captive", "hostage")
        and token.dep_ in ("acomp", "oprd", "ccomp", "xcomp")
        and token.head.text.lower() in TAKEOVER
    ):
        return NOUN_CLASS[low], token.head  # "took her captive" ("held him hostage" is the holding)
    if low in NOUN_CLASS and token.dep_ in ("dobj", "pobj", "attr", "nsubjpass"):
        if token.dep_ != "pobj":
            return (NOUN_CLASS[low], token.head) if _carries(token.head.text.lower(), low) else None
        # "is in talks with", "took him into custody", "put in a bid"; not "bought jets in a deal worth $7 bn"
        state = token.head.text.lower() in ("in", "into") and low in ("talks", "negotiations", "negotiation")
        # "took him into custody", not "ordered to remain in custody"
        held = token.head.head.text.lower()
        state = state or (low == "custody" and held in LIGHT_VERBS and held not in _BE)
        # "went on a shooting rampage"
        state = state or (token.head.text.lower() == "on" and low in ON_NOUNS and _carries(held, low))
        if state or (token.head.dep_ == "prt" and _carries(token.head.head.text.lower(), low)):
            return NOUN_CLASS[low], token.head.head
        return None
    if (
        low in ADJECTIVE_CLASS
        and token.dep_ == "acomp"
        and any(c.dep_ == "prep" and c.text.lower() == "of" for c in token.children)
    ):
        return ADJECTIVE_CLASS[low], token  # "was critical of Obama"
    if (
        low in CALL
        and token.dep_ not in _NOUN_DEPS
        and any(
            c.dep_ in ("prep", "prt", "mark") and c.text.lower() in CALL_ON and 0 < c.i - token.i <= 2
            for c in [*token.children, *_marks_of_clauses(token)]
        )
    ):
        # "called on Russia to help", "calls for a ceasefire", "called again for"; not "called police to her
        # apartment for the smell" (a "for" further on is not the request)
        return "appeal or request", token
    if token.dep_ not in _NOUN_DEPS and named_badly(token):
        return "accuse or criticise", token  # "called Biden a disgrace", "described conditions as appalling"
    if (low in forms("hit") or low in forms("lash") or low in forms("fire")) and _out_at(token):
        return "accuse or criticise", token  # "hit out at Western allies", "fired back at Adidas's claims"
    if low in forms("blast") and any(c.dep_ == "prep" and c.text.lower() == "with" for c in token.children):
        return None  # "blasted Gaza with airstrikes": force, not the criticism "blasted" usually is
    if low in TELL and token.dep_ not in _NOUN_DEPS and told_to(token):
        return "appeal or request", token  # "Apple told customers to hold the phone": an instruction
    if low not in VERB_CLASS or token.dep_ in ("compound", "amod", "nsubj", "dobj", "pobj", "poss", "attr"):
        return None
    if token.ent_type_ and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return None  # a word of a name: "Catching Fire" (a film), not a capture
    if any(
        c.dep_ == "dobj" and c.text.lower() in NOUN_CLASS and _carries(low, c.text.lower())
        for c in token.children
    ):
        return None  # "held talks", "struck a deal": the event noun is the trigger, not the verb
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in _NOUN_DEPS:
        return None  # "convicted of murder and assault": a noun coordinated with a noun
    cls = VERB_CLASS[low]
    if low in forms("hold") and _blamed(token):
        return "accuse or criticise", token  # "held Israel responsible for the attack": blame, not custody
    if low in NEEDS_FORCES:
        # the forces are what is moved, not where it goes ("flew in the destroyer's helicopter" moves no one)
        moved = [
            o
            for o in object_tokens(token, False)
            if low not in SELF_MOVING or o.dep_ in ("dobj", "nsubjpass")
        ]
        if not {c.text.lower() for o in moved for c in o.subtree} & FORCE_NOUNS:
            return None
    if low in forms("threaten") and (
        token.dep_ in ("amod", "acomp", "oprd")
        or any(c.dep_ == "mark" and c.text.lower() == "as" for c in token.children)
    ):
        return None  # "threatened and endangered species", "listed the polar bear as threatened": adjectives
    if dismissal(token, low):
        cls = "sanction"  # "fired its ambassador", "laid off 500 workers", "dismissed the coach"
    elif low in forms("lay") or low in forms("sack"):
        return None  # "laid the groundwork", "sacked the quarterback four times"
    if cls == "use force" and low.startswith("attack"):
        patient = patient_of(token)
        if any(c.dep_ == "prep" and c.text.lower() in ("over", "for") for c in token.children) or (
            patient is not None and patient.text.lower() in NOT_VICTIMS
        ):
            cls = "accuse or criticise"  # "attacked McCain over his tax plan", "attacked the report": words
    if cls == "use force" and (low in forms("fire") or low in forms("shoot")) and _warning_shot(token):
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
    for base, nouns in OBJECT_NEEDED.items():
        if low in forms(base) and not _object_words(token) & nouns:
            return None
    for base, words in NEEDS_WORD.items():
        if low in forms(base) and not any(c.text.lower() in words for c in token.children):
            return None
    if (
        cls == "deny"
        and low.startswith("refus")
        and not has_object(token)
        and not any(c.dep_ == "xcomp" and c.text.lower() not in NOT_REFUSALS for c in token.children)
    ):
        return None  # a demand refused ("refused to comply", "refused the test"), not "refused to comment"
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
    if low in TAKEOVER and not any(o.ent_type_ == "ORG" for o in object_tokens(token, False)):
        return None
    # "X shot and killed in a gang shooting": a headline passive, and so is the verb coordinated with it
    coordinated = any(c.dep_ == "conj" and c.text.lower() in TRANSITIVE for c in token.children)
    if (low in TRANSITIVE or coordinated) and objectless(token):
        return None
    if low in NEEDS_CLAUSE and not made_to(token):
        return None
    insist_on = any(
        c.text.lower() == "on" and any(g.dep_ == "pobj" for g in c.children) for c in token.children
    )
    if low in forms("insist") and not (insist_on or any(mandative(c) for c in token.children)):
        return None  # "insisted on concessions", "insisted that the union agree", not "insisted he was"
    return cls, token


def _out_at(token: Any) -> bool:
    """ "hit out at", "lashed out at", "fired back at": words against someone ("fired back at the gunmen" is
    force: only when what is fired back at is a name or a claim, not people to shoot)."""
    particle = {c.text.lower() for c in token.children if c.dep_ in ("prt", "advmod")}
    aimed = [g for c in token.children if c.dep_ == "prep" and c.text.lower() == "at" for g in c.children]
    if not aimed:
        return False
    if token.text.lower() in forms("fire"):
        return "back" in particle and any(g.text.lower() in _RETORTED for g in aimed)
    return "out" in particle


def _warning_shot(token: Any) -> bool:
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


def _object_words(token: Any) -> set[str]:
    """The words heading the objects of ``token`` and the nouns after their "of" or "in" ("secured $11bn
    of deals", "sought $5 billion in loans")."""
    out = set()
    for obj in object_tokens(token, False):
        out.add(obj.text.lower())
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.text.lower() in ("of", "in")):
            out.update(g.text.lower() for g in prep.children if g.dep_ == "pobj")
    return out
