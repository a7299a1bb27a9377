"""The parse side of the actions stage (:mod:`storyline.actions`): which token triggers which class, and the
named actor, target and modality around it, read from a spaCy dependency parse without tags or lemmas.

Names: a PERSON, ORG, GPE or NORP mention written with a capital or a digit, a named group (nationality or
place + collective noun, "officials from" a named body), the name in apposition to a common noun
("director Catherine Hardwicke"), or a pronoun resolved to one that agrees with it. Triggers: verbs of
:mod:`storyline.action_verbs` in the sense the class means (checked on their objects: "seized *a tanker*",
not "seized *power*"), light verb + event noun, "call on". Clauses that only ask, wish or prevent an action
("urged Peru to sanction ...", "want Bush to help", "intent on recruiting", "from sealing the deal") carry
no action of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.action_verbs import (
    FILMED,
    FORCE_NOUNS,
    FUTURE,
    HEDGES,
    LIGHT_VERBS,
    NEEDS_FORCES,
    NEEDS_PATIENT,
    NOT_OFFERS,
    NOUN_CLASS,
    OBJECT_NEEDED,
    PATIENT_NOUNS,
    REPORTING,
    SPEECH_COMPLEMENTS,
    TRADE_NOUNS,
    VERB_CLASS,
    forms,
)
from storyline.gazetteer import fold
from storyline.nlp import text_of
from storyline.records import Mention

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Collective nouns that a nationality or place name turns into a named group ("Indian navy").
GROUP_NOUNS = frozenset(
    {
        "navy",
        "army",
        "police",
        "forces",
        "force",
        "troops",
        "military",
        "government",
        "junta",
        "ministry",
        "commandos",
        "pirates",
        "airlines",
        "administration",
        "board",
        "team",
        "soldiers",
        "marines",
        "warship",
        "authorities",
        "officials",
        "rebels",
        "militants",
        "socialists",
        "parliament",
        "council",
        "company",
        "coalition",
    }
)
# Ships a nationality or owner names ("Thai fishing trawler", "Saudi supertanker"): named targets.
VESSEL_NOUNS = frozenset(
    {"ship", "ships", "vessel", "vessels", "trawler", "tanker", "supertanker", "freighter", "boat", "yacht"}
    | {"warship", "warships", "ferry", "tug", "dhow", "carrier", "frigate", "destroyer", "submarine"}
)
# Capitalised roles: "the French Defense Minister" is a role, not a name ("Philadelphia 76ers" is one).
_TITLES = frozenset(
    {"minister", "president", "secretary", "chancellor", "ambassador", "spokesman", "spokeswoman"}
    | {"spokesperson", "chief", "director", "governor", "mayor", "general", "commander", "premier", "king"}
    | {"queen", "prince", "envoy", "official", "leader", "chairman", "ceo", "senator", "judge", "prosecutor"}
)
_STAFF = frozenset({"coach", "manager", "employees", "workers", "staff", "executive", "executives", "ceo"})
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUNS_GROUP = frozenset({"it", "they", "them"})
_PRONOUNS = _PRONOUNS_PERSON | _PRONOUNS_GROUP
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_OBJ = ("dobj", "obj", "dative", "attr", "oprd")
_TARGET_PREPS = frozenset(
    {"to", "with", "against", "from", "on", "at", "towards", "toward", "in", "into", "of"}
)
_NEG = frozenset({"not", "n't", "never", "no"})
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "npadvmod", "oprd"})
# Verbs whose object or infinitive's subject is asked, told or wished to act: "urged Peru to ...".
_CONTROL = (
    frozenset(w for w, c in VERB_CLASS.items() if c == "appeal or request")
    | frozenset(
        f
        for b in (
            "want",
            "wish",
            "tell",
            "force",
            "persuade",
            "allow",
            "permit",
            "encourage",
            "expect",
            "need",
        )
        for f in forms(b)
    )
    | frozenset({"told", "like", "prefer", "require", "compel", "convince", "call", "calls", "called"})
)
_CALL = frozenset({"call", "calls", "called", "calling"})
_CALL_ON = frozenset({"on", "upon", "for"})
_PEOPLE_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Links inside a noun phrase, and links that open a clause of its own (never searched for a target).
_PHRASE_DEPS = frozenset({"compound", "pobj", "appos", "poss", "amod", "nmod"})
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})


@dataclass(frozen=True)
class Named:
    """A name found on the parse: its text, its offsets, and the mention it is (``None`` for a group)."""

    text: str
    start: int
    end: int
    mention: Mention | None


# -- finding names on the parse


def _mention_at(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    # A name is written with a capital or a digit: NER sometimes tags a bare common noun ("the navy").
    return next(
        (
            m
            for m in mentions
            if m.start < end and start < m.end and m.type in ACTOR_TYPES and not m.text.islower()
        ),
        None,
    )


def named(token: Any, mentions: Sequence[Mention], allow_pronoun: bool) -> Named | None:
    """The name ``token`` (the head of a subject or object) is or stands for, if it is named."""
    if token.text.lower() in ("who", "which", "that") and token.head.dep_ == "relcl":
        return named(token.head.head, mentions, allow_pronoun)
    mention = _mention_at(mentions, token.idx, token.idx + len(token.text))
    if mention is not None:
        return Named(mention.canonical, mention.start, mention.end, mention)
    low = token.text.lower()
    # "Indian navy", "Obama team", "Thai trawler" (targets), "Philadelphia 76ers" (a name NER missed)
    name_shaped = (token.text[:1].isupper() or token.text[:1].isdigit()) and low not in _TITLES
    # targets: "Thai fishing trawler", "Somali nationals" (a ship, a plural), not "the Maryland native"
    plural = low.endswith("s") and not low.endswith("ss")
    if low in GROUP_NOUNS or name_shaped or (not allow_pronoun and (low in VESSEL_NOUNS or plural)):
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < token.i:
                inner = _mention_at(mentions, child.idx, child.idx + len(child.text))
                if inner is not None and (low in GROUP_NOUNS or name_shaped or inner.type in ("GPE", "NORP")):
                    start = inner.start
                    end = token.idx + len(token.text)
                    return Named(text_of(token.doc)[start:end], start, end, None)
    for child in token.children:
        # "'Twilight' director Catherine Hardwicke", "the ship, INS Sukanya,": the name in apposition
        inner = (
            _mention_at(mentions, child.idx, child.idx + len(child.text)) if child.dep_ == "appos" else None
        )
        if inner is not None and low not in _PRONOUNS:
            return Named(inner.canonical, inner.start, inner.end, inner)
        # "officials from the People's Republic of China", "leaders of Hamas", "police in Kenya"
        if low in GROUP_NOUNS and child.dep_ == "prep" and child.text.lower() in ("from", "of", "in"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            inner = _mention_at(mentions, pobj.idx, pobj.idx + len(pobj.text)) if pobj is not None else None
            if inner is not None and inner.type != "PERSON":
                start, end = token.idx, inner.end
                return Named(text_of(token.doc)[start:end], start, end, None)
    if allow_pronoun and low in _PRONOUNS:
        found = _antecedent(token, mentions)
        if found is not None:
            return Named(found.text, token.idx, token.idx + len(token.text), found.mention)
    return None


def _antecedent(token: Any, mentions: Sequence[Mention]) -> Named | None:
    low = token.text.lower()
    # "The Indian navy said it arrested ...", "The officer says he killed ...": the reporting verb's subject,
    # when it agrees with the pronoun: "he"/"she" a person, "it"/"they" not one ("..., Smith told RFI").
    for head in _heads(token):
        if head.text.lower() in REPORTING:
            subject = next((c for c in head.children if c.dep_ in _SUBJ), None)
            if subject is not None and subject.text.lower() not in _PRONOUNS_GROUP | _PRONOUNS_PERSON:
                found = named(subject, mentions, allow_pronoun=False)
                is_person = found is not None and found.mention is not None and found.mention.type == "PERSON"
                return found if found is not None and is_person == (low in _PRONOUNS_PERSON) else None
    if low in _PRONOUNS_GROUP:
        return None
    sent = token.sent
    previous = token.doc[sent.start - 1].sent if sent.start > 0 else sent
    people = [
        m for m in mentions if m.type == "PERSON" and previous.start_char <= m.start and m.end <= token.idx
    ]
    if not people:
        return None
    doc = token.doc
    subjects = [
        m
        for m in people
        if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        and span.root.dep_ in ("nsubj", "nsubjpass")
    ]
    m = (subjects or people)[-1]
    return Named(m.canonical, m.start, m.end, m)


def _heads(token: Any) -> Iterable[Any]:
    while token.head.i != token.i:
        token = token.head
        yield token


# -- the clause around a trigger


def subject_of(verb: Any) -> tuple[Any | None, bool]:
    """The subject token of ``verb`` and whether the verb is passive, inheriting through xcomp/conj/advcl."""
    seen = 0
    current = verb
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
        # "want Bush to help", "urged Peru to sanction Bolivia": asked or wished for, not done
        wished = current.dep_ in ("ccomp", "xcomp") and current.head.text.lower() in _CONTROL
        infinitive = any(c.dep_ == "aux" and c.text.lower() == "to" for c in current.children)
        if subject is not None and wished and infinitive:
            return None, False
        if subject is not None:
            return subject, passive and current.i == verb.i
        if wished and any(c.dep_ in ("dobj", "dative") for c in current.head.children):
            return None, False
        if passive and current.i == verb.i:
            return None, True
        if current.dep_ == "relcl":
            return current.head, False
        if current.dep_ == "pcomp" and current.head.text.lower() in ("from", "against", "without"):
            break  # "dissuade the junta from sealing the deal", "warned against attacking": not done
        # "intent on recruiting", "a factor in signing", "the prospect of selling": an intention or a
        # nominal, not an action of the clause's subject ("close to hiring" is the hedge "is close to")
        owner = current.head.head
        if (
            current.dep_ == "pcomp"
            and owner.dep_ in _NOMINAL | {"acomp", "amod"}
            and owner.text.lower() != "close"
        ):
            break
        if current.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "acomp", "prep"):
            current = current.head
            continue
        if current.dep_ == "acl" and current.text.endswith("ed"):
            return None, True
        break
    return None, False


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
    out.extend(c for c in verb.children if c.dep_ in _OBJ or (c.dep_ == "appos" and verb.dep_ == "dobj"))
    if not out:  # "arrested and charged X": the object of the conjoined verb
        for conj in (c for c in verb.children if c.dep_ == "conj"):
            out.extend(c for c in conj.children if c.dep_ in _OBJ)
    if not out:  # "agreed to purchase 60 Boeing aircraft", "threatened to attack Mali"
        for comp in (c for c in verb.children if c.dep_ == "xcomp" and class_of(c) is not None):
            out.extend(object_tokens(comp, False))
    for child in verb.children:
        # a phrase fronted before the verb is a setting ("In the CAR, France denounced ..."), not a target
        relative = any(g.text.lower() in ("which", "whom") for g in child.children)
        if child.dep_ == "prep" and child.text.lower() in _TARGET_PREPS and (child.i > verb.i or relative):
            out.extend(g for g in child.children if g.dep_ == "pobj")
        infinitive = any(g.dep_ == "aux" and g.text.lower() == "to" for g in child.children) or not any(
            g.dep_ in ("aux", "auxpass", "mark") for g in child.children
        )
        if child.dep_ in ("ccomp", "xcomp") and (infinitive or appeal or child.dep_ == "xcomp"):
            out.extend(g for g in child.children if g.dep_ == "nsubj")
        if child.dep_ == "prt":
            for sub in child.children:
                if sub.dep_ == "pobj":
                    out.append(sub)
    return out


def target_of(
    tokens: Sequence[Any], mentions: Sequence[Mention], actor: Named, trade: bool = False, place: bool = False
) -> Named | None:
    """The first of ``tokens`` that is or holds a name other than the actor (``trade``: see _name_inside).

    A place after "in" is where it happened ("suspended production in China", "arrested him in Nairobi"),
    a target only where the verb goes somewhere (``place``: "deployed troops in Mali") or trades.
    """
    for token in tokens:
        where = token.dep_ == "pobj" and token.head.text.lower() == "in" and not (place or trade)
        if where and (m := _mention_at(mentions, token.idx, token.idx + len(token.text))) and m.type == "GPE":
            continue
        found = named(token, mentions, allow_pronoun=False)
        low = token.text.lower()
        if found is None and (
            low in ("him", "her", "them") or (token.dep_ == "nsubjpass" and low in _PRONOUNS)
        ):
            found = named(token, mentions, allow_pronoun=True)  # "... he has been approached by X"
        if found is None:
            found = _name_inside(token, mentions, trade)
        overlaps = found is not None and found.start < actor.end and actor.start < found.end
        if found is not None and not overlaps and fold(found.text) != fold(actor.text):
            return found
    return None


def _name_inside(token: Any, mentions: Sequence[Mention], trade: bool = False) -> Named | None:
    """The name inside the noun phrase headed by ``token`` that it stands for or is about.

    "correspondent Sanjay Gupta", "the Beatles' record company, Apple Corps": the name in apposition (what
    the phrase *is*) first; else the name nearest the head. The search stays inside the phrase: never into
    a clause hanging from it ("a contract to purchase Airbus jets", "the ship that Somali pirates seized")
    nor past "than". A partner is named through "with", "from", "to"... ("signed a contract with X", "won
    an order from X", "denied links to X"); through "of" only for a trade (``trade``), where it names the
    traded company ("a score of Airbus A320 jets", "80% of its stake in Chrysler", "agree the purchase of
    Boeing jets"): elsewhere the name of
    an "of" or "by" phrase is not the target ("met the demands of Ford", "denounced the role of Wagner").
    """
    inside = []
    for sub in token.subtree:
        if sub.i == token.i or sub.dep_ not in _PHRASE_DEPS:
            continue
        path = [sub, *(h for h in _heads(sub) if token.i in {a.i for a in _heads(h)})]
        by_of = [t for t in path if t.dep_ == "pobj" and t.head.text.lower() in ("of", "by")]
        if by_of and not (trade or any(t.head.head.text.lower() in TRADE_NOUNS for t in by_of)):
            continue
        if any(t.dep_ in _CLAUSE_DEPS for t in path) or any(t.text.lower() == "than" for t in [*path, token]):
            continue
        mention = _mention_at(mentions, sub.idx, sub.idx + len(sub.text))
        if (
            mention is not None
            and mention.type == "GPE"
            and sub.dep_ in ("compound", "amod")
            and len(path) == 1
        ):
            continue  # a place describing the head ("the Maryland native") is not what it stands for
        if mention is not None and mention.type in ("ORG", "PERSON", "GPE"):
            appositive = any(t.dep_ == "appos" for t in path)
            inside.append((not appositive, abs(sub.i - token.i), mention))
    if not inside:
        return None
    mention = min(inside, key=lambda x: (x[0], x[1]))[2]
    return Named(mention.canonical, mention.start, mention.end, mention)


def modality_of(trigger: Any, verb: Any) -> str:
    chain = [verb, *list(_heads(verb))[:3]]
    sentence_words = {t.text.lower() for t in verb.sent}
    local = {
        c.text.lower() for v in chain[:3] for c in v.children if c.dep_ in ("neg", "aux", "advmod", "mark")
    }
    near = {c.text.lower() for c in verb.children} | {t.text.lower() for t in chain}
    if local & _NEG and (chain[0].children and any(c.dep_ == "neg" for v in chain[:2] for c in v.children)):
        return "negated"
    if "unable" in near or "failed" in near:
        return "negated"
    for v in chain:
        if v.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.text.lower() in ("if", "unless") for c in v.children
        ):
            return "conditional"
        if v.dep_ == "advcl" and v.i != verb.i:
            break
    if local & HEDGES or near & {"likely", "expected", "close", "considering"}:
        return "hedged"
    if local & FUTURE or near & FUTURE or _headline_infinitive(verb):
        return "future"
    if sentence_words & {"reportedly", "allegedly"} or "according" in sentence_words:
        return "reported"
    if any(h.text.lower() in REPORTING for h in _heads(verb)) or any(
        c.dep_ in ("parataxis", "ccomp") and c.text.lower() in REPORTING for c in verb.children
    ):
        return "reported"
    return "asserted"


def _headline_infinitive(verb: Any) -> bool:
    """ "DaimlerChrysler to sell Chrysler Group": a verbless headline announcing a future action."""
    if verb.dep_ != "ROOT" and not (verb.dep_ in ("xcomp", "acl", "relcl") and verb.head.dep_ == "ROOT"):
        return False
    has_to = any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
    root = verb.sent.root
    return has_to and (root.i == verb.i or not any(c.dep_ == "nsubj" for c in root.children))


def class_of(token: Any) -> tuple[str, Any] | None:
    """The class a trigger token stands for, and the verb that carries its clause."""
    low = token.text.lower()
    if low in NOUN_CLASS and token.dep_ in ("dobj", "pobj", "attr", "nsubjpass"):
        if token.dep_ != "pobj":
            return (NOUN_CLASS[low], token.head) if token.head.text.lower() in LIGHT_VERBS else None
        # "is in talks with", "took him into custody", "put in a bid"; not "bought jets in a deal worth $7 bn"
        state = token.head.text.lower() in ("in", "into") and low in ("talks", "negotiations", "custody")
        if state or (token.head.dep_ == "prt" and token.head.head.text.lower() in LIGHT_VERBS):
            return NOUN_CLASS[low], token.head.head
        return None
    if low in _CALL and any(
        c.dep_ in ("prep", "prt", "mark") and c.text.lower() in _CALL_ON for c in token.children
    ):
        return "appeal or request", token  # "called on Russia to help", "calls for a ceasefire"
    if low not in VERB_CLASS or token.dep_ in ("compound", "amod", "nsubj", "dobj", "pobj", "poss"):
        return None
    if low in LIGHT_VERBS and any(c.dep_ == "dobj" and c.text.lower() in NOUN_CLASS for c in token.children):
        return None  # "held talks", "struck a deal": the event noun is the trigger, not the verb
    if token.dep_ in ("attr",):
        return None
    cls = VERB_CLASS[low]
    if low in NEEDS_FORCES:
        objects = {c.text.lower() for o in object_tokens(token, False) for c in o.subtree}
        if not objects & FORCE_NOUNS:
            return None
    if low.startswith("fir") and any(c.dep_ == "dobj" for c in token.children):
        obj = next(c for c in token.children if c.dep_ == "dobj")
        if obj.ent_type_ == "PERSON" or obj.text.lower() in _TITLES | _STAFF:  # "fired its ambassador"
            cls = "sanction"
    if not _right_sense(token, low, cls):
        return None
    if (
        cls == "use force"
        and low.startswith("attack")
        and any(c.dep_ == "prep" and c.text.lower() in ("over", "for") for c in token.children)
    ):
        cls = "accuse or criticise"  # "attacked McCain over his tax plan": words, not force
    for base, nouns in OBJECT_NEEDED.items():
        if low in forms(base) and not any(o.text.lower() in nouns for o in object_tokens(token, False)):
            return None
    if (
        cls == "deny"
        and low.startswith("refus")
        and any(c.dep_ == "xcomp" and c.text.lower() in SPEECH_COMPLEMENTS for c in token.children)
    ):
        return None  # "refused to comment"
    if low.startswith("charg") and not any(c.text.lower() == "with" for c in token.children):
        return None
    if low in ("part", "parts", "parted", "parting") and not any(
        c.text.lower() == "ways" for c in token.children
    ):
        return None
    if low.startswith("press") and not any(c.text.lower() == "for" for c in token.children):
        return None
    if low.startswith("ward") and not any(c.text.lower() == "off" for c in token.children):
        return None
    if low.startswith(("swung", "swing")) and not any(c.text.lower() == "into" for c in token.children):
        return None
    return cls, token


def _patient(token: Any) -> Any | None:
    """Who or what a verb is done to: its object, its passive subject, or the noun a participle or a
    relative clause describes ("the tanker seized by pirates", "the ship which pirates seized")."""
    found = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if found is None and token.dep_ == "acl":
        found = token.head
    if found is not None and found.text.lower() in ("which", "that", "who", "whom") and token.dep_ == "relcl":
        found = token.head
    return found


def _right_sense(token: Any, low: str, cls: str) -> bool:
    """Whether ``token`` has the sense its class means, judged on its object (see :mod:`action_verbs`)."""
    if low in NEEDS_PATIENT:
        patient = _patient(token)
        if patient is None:
            return False
        held = low.startswith("h") and any(c.dep_ == "oprd" for c in token.children)  # "held him hostage"
        # "a number of vessels", "dozens of fishermen": the noun after "of"
        of = [g for c in patient.children if c.dep_ == "prep" and c.text.lower() == "of" for g in c.children]
        kind = any(
            t.text.lower() in PATIENT_NOUNS | VESSEL_NOUNS
            or t.ent_type_ in _PEOPLE_TYPES
            or t.text[:1].isupper()
            for t in [patient, *of]
        )
        if not (held or kind):
            return False
    objects = {c.text.lower() for c in token.children if c.dep_ in ("dobj", "dative")}
    if low in forms("offer") and objects & NOT_OFFERS:
        return False
    if cls == "use force" and objects & FILMED:
        return False
    # "ordered them to stop", not "ordered 50 Boeing jets" (a purchase)
    return not (low in forms("order") and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children))
