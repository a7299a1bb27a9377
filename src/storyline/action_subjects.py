"""The subject side of the actions stage (:mod:`storyline.actions`): who does the act a verb tells, read
from the dependency parse, inheriting through complements, conjuncts and adverbial clauses ("X was selected
to buy Y", "X is accused of shooting Y") and through the nouns that tell an act ("Germany's decision to
sanction Iran", "sent a letter asking"), and the clauses that only ask or wish an act of someone ("urged
Peru to sanction ...", "want Bush to help"), which have none. The objects are :mod:`storyline.action_parse`.
"""

from __future__ import annotations

from typing import Any

from storyline.action_clauses import agents_of, prep_objects, said_to_be
from storyline.action_forms import forms, past_form
from storyline.action_mentions import ACTOR_TYPES
from storyline.action_misparse import (
    anger_read_as_passive,
    gerund_read_as_modifier,
    modified_noun,
    past_verb_under_base_form,
)
from storyline.action_nouns import DOCUMENTS, INTENTS, ROLE_NOUNS
from storyline.action_senses import (
    asked_of_party,
    has_object,
    is_infinitive,
    mandative,
)
from storyline.action_verbs import (
    ALLEGED,
    ASKED,
    CAUSATIVE,
    CONTROL,
    ENGAGING,
    HOPES,
    JUDGED,
    JUDGING,
    QUESTIONS,
    TOPIC_VERBS,
    VERB_CLASS,
)
from storyline.sentences import BE_FORMS

NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "npadvmod", "oprd"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# Verbs whose object is an intention their subject holds: "made an attempt to", "launched a bid to" (not
# "praised the decision to", "rejected a plan to").
_INTENT_LIGHT = frozenset(
    f
    for b in ("make", "launch", "mount", "lead", "begin", "start", "renew", "step", "pursue", "announce")
    for f in forms(b)
)
# Verbs whose subject writes what a document after them asks or says: "sent a letter asking", "issued a
# statement condemning" (not "received / read / published / rejected a letter urging").
_AUTHORING = frozenset(
    f
    for b in ("send", "write", "deliver", "submit", "issue", "release", "file", "pen", "draft")
    for f in forms(b)
)
# Compound prepositions after which a gerund is done by the clause's subject, not framed by a noun: "in
# return for cooperating with prosecutors", "in addition to asking the judge".
_ALONGSIDE = frozenset({("return", "for"), ("exchange", "for"), ("addition", "to")})
# ("are successful in landing Teixeira", "succeeded in persuading": the act itself, done or not)
_ALONGSIDE |= {("successful", "in"), ("unsuccessful", "in"), ("instrumental", "in"), ("busy", "with")}
# People engaged for a deed, unnamed: "paid a hitman to kill his partner".
_HIRED_HANDS = frozenset(
    {"hitman", "hitmen", "gunman", "gunmen", "killer", "killers", "assassin", "assassins", "thug", "thugs"}
    | {"mercenary", "mercenaries", "accomplice", "accomplices", "hacker", "hackers", "contractor"}
)
_REDUCED_MARKS = frozenset({"when", "if", "once", "unless", "until", "while", "though", "although"})


# Pronouns for a party that may be the passive subject who does what a complement says.
_PASSIVE_PEOPLE = frozenset({"he", "she", "they", "who", "i", "we"})


# What an object is not when it is a sum or a time: "fined Barrington $50,000 last season".
_AMOUNTS = frozenset({"MONEY", "DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY"})
# Auxiliaries that a misparse may give the subject of their verb to.
_AUXILIARIES = frozenset(
    {"had", "has", "have", "will", "would", "was", "were", "is", "are", "can", "could", "should", "must"}
)


def subject_of(verb: Any) -> tuple[Any | None, bool]:
    """The subject token of ``verb`` and whether the verb is passive, inheriting through xcomp/conj/advcl.

    An infinitive or a gerund under a passive verb is done by its passive subject ("X was selected to buy
    Y", "X is accused of shooting Y", "X was arrested and charged with killing Y"), unless it was asked of
    them ("X was urged to leave"). A verbless headline's name carries "in talks" ("Gary Ross in
    negotiations to direct ...").

    An act told through a noun is done by the one the noun belongs to: an intention's holder ("Germany's
    decision to sanction Iran", "made an attempt to", "in a bid to"), the noun a participle is of ("Interpol
    working with the FBI"; not in a noun's phrase, "the prospect of mercenaries training"), a letter's
    writer ("sent a letter asking"), the subject a role describes ("became the first country to sanction").
    """
    if verb.ent_type_ in ACTOR_TYPES:
        return verb, False
    if anger_read_as_passive(verb):
        # "Mark Felt was outraged by the attempts": the one who feels it
        return next(c for c in verb.children if c.dep_ == "nsubjpass"), False
    if _parenthetical(verb) or _describes_patient(verb) or _reduced_passive(verb):
        return None, True
    seen = 0
    current = verb
    came_from = None
    complement = False  # climbed out of an infinitive or a gerund after a preposition
    partner = past_verb_under_base_form(verb)
    if partner is not None:
        # "urged them to accept the offer and accused the board": done by the subject of "urged"
        came_from, current = verb, partner
    if gerund_read_as_modifier(verb):
        # "is charged with killing supervisor Anne Kowalski": from the verb of the charge, as a gerund would
        came_from = modified_noun(verb).head
        current, complement = came_from.head, True
    while current is not None and seen < 6:
        seen += 1
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in current.children)
        # ("was arrested by police for killing X", "was selected by GM to buy Saturn": the passive subject
        # does what the complement says, not the agent; see below)
        # (a thing sent or paid is no doer: "a letter was sent by Obama to urge Congress")
        done_by_patient = complement and any(
            c.dep_ == "nsubjpass" and (c.ent_type_ in ACTOR_TYPES or c.lower_ in _PASSIVE_PEOPLE)
            for c in current.children
        )
        for child in current.children:
            if child.dep_ == "agent" and child.text.lower() == "by" and not done_by_patient:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, True
        retained_agent = _agent_of_retained_object(current) if passive and not done_by_patient else None
        if retained_agent is not None:
            return retained_agent, True
        shared_agent = _agent_of_conjunct(current) if not done_by_patient else None
        if shared_agent is not None:
            return shared_agent, True
        # the nearest when a misparse gives a verb two subjects (a headline run into the first sentence)
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        # ("said Tolliver and Pryor had targeted ...": the parser may hang the subject on the auxiliary)
        subjects = subjects or [
            g
            for c in current.children
            if c.dep_ == "aux" and c.lower_ in _AUXILIARIES
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        subject = min(subjects, key=lambda c: abs(c.i - current.i)) if subjects else None
        if subject is None and current.i == verb.i and _finite(current):
            # "Greg Tull, whom Sarah Bloom shot", "Biden Slams Putin", "Turkey imposed sanctions": the parser
            # may take the subject's name for a compound or an adverbial noun of the verb
            # (a "fire" with a common noun compounded between is a blaze: "Wellington supermarket fire", not
            # "Russia missile attack")
            subject = next(
                (
                    c
                    for c in current.children
                    if c.dep_ in ("compound", "npadvmod")
                    and c.i < current.i
                    and c.ent_type_ in ACTOR_TYPES
                    and not (
                        current.lower_ in ("fire", "fires")
                        and any(
                            t.dep_ == "compound" and t.head.i == current.i and not t.ent_type_
                            for t in c.doc[c.i + 1 : current.i]
                        )
                    )
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
        if (
            current.dep_ in ("xcomp", "ccomp", "advcl")
            and infinitive
            and current.head.text.lower() in ENGAGING
        ):
            engaged = next((c for c in current.head.children if c.dep_ in ("dobj", "dative")), None)
            # (someone engaged, named or not: "a hitman"; not "paid a record fee to sign Bellingham")
            if engaged is not None and (
                engaged.ent_type_ in ACTOR_TYPES
                or engaged.text.lower() in _OBJECT_PRONOUNS | ROLE_NOUNS | _HIRED_HANDS
            ):
                return engaged, False  # "paid Lamar Steele to carry out the killing": Steele, if anyone
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
        if current.dep_ in ("xcomp", "advcl") and infinitive and asked_of_party(current.head):
            return None, False  # "pleaded with Congress to approve the loans", "called on Israel to withdraw"
        if passive and current.i == verb.i:
            return None, True
        attributed = current.dep_ in ("acl", "relcl") and current.head.dep_ in ("attr", "oprd")
        # (with an object of its own: "would be the first to agree" is an opinion)
        if attributed and infinitive and has_object(current):
            came_from, current = current, current.head.head  # "Germany became the first country to sanction"
            continue
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
            # (whoever the object is, named or not: "accused China's coast guard of firing", "charged two
            # Ukrainian citizens with setting the fire" are not the accuser's acts)
            # ("accused China of ramming and firing on the boat": a gerund coordinated with it is theirs too)
            # (not a sum or a time the parser took for the object: "fined Barrington $50,000 last season for
            # criticizing referees")
            doer = next(
                (
                    c
                    for c in current.head.head.children
                    if c.dep_ in ("dobj", "dative") and c.ent_type_ not in _AMOUNTS
                ),
                None,
            )
            finite = came_from is not None and came_from.dep_ == "conj" and not came_from.text.endswith("ing")
            if doer is not None and not finite:
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
        judgement = judgement or (current.head.text.lower() == "of" and _verdict_date(owner))
        alongside = (owner.text.lower(), current.head.text.lower()) in _ALONGSIDE
        if (
            current.dep_ == "pcomp"
            and owner.dep_ in NOMINAL_DEPS | {"acomp", "amod"}
            and owner.text.lower() != "close"
            and not judgement
            and not alongside
        ):
            break
        if current.dep_ == "pcomp" or (current.dep_ in ("xcomp", "advcl") and infinitive):
            complement = True
        head = current.head
        if (
            current.dep_ in ("xcomp", "acl", "advcl")
            and infinitive
            and head.dep_ == "ROOT"
            and head.i < current.i
            # (a name the tagger missed here but the article names: "Corvalis to buy ... Pellucid")
            and (head.ent_type_ in ACTOR_TYPES or head.text[:1].isupper())
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
        ):
            return head, False  # a headline "Cisco to acquire Veltrix" the parser rooted in the name
        if current.text.lower() == "guilty" and came_from is not None and came_from.text.lower() == "of":
            # "found Derek Long guilty of murdering X and setting fire to ...": the one found guilty (whom
            # the parser may hang on "guilty" or on "found")
            found = [c for c in current.children if c.dep_ in ("nsubj", "npadvmod") and c.i < current.i]
            found = found or [c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i]
            if found and current.dep_ in ("ccomp", "oprd", "xcomp"):
                return found[0], False
        # (and from a judgement's "of" on to the passive subject: "was found guilty of wounding X"; not "was
        # deemed ready to strike", no act)
        judged_of = current.dep_ == "oprd" and came_from is not None and came_from.dep_ == "prep"
        judged_of = judged_of or (
            came_from is not None and came_from.dep_ == "prep" and _verdict_date(current)
        )
        if current.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "acomp", "prep") or judged_of:
            came_from, current = current, current.head
            continue
        if current.dep_ == "acl" and infinitive and current.head.text.lower() in INTENTS:
            holder = _intent_holder(current.head)
            if holder is not None:
                return holder, False
            noun = current.head
            if noun.dep_ == "dobj" and noun.head.text.lower() in _INTENT_LIGHT:
                came_from, current = current, noun.head  # "The Kremlin made an attempt to contact X"
                continue
            if noun.dep_ == "pobj" and noun.head.text.lower() == "in":
                # "was the hitman in a botched attempt to assassinate Costello": the one the role is said of
                role_of = said_to_be(noun.head.head)
                if role_of is not None:
                    return role_of, False
                came_from, current = current, noun.head.head  # "killed him in a bid to silence the press"
                continue
            break
        if current.dep_ == "acl" and current.text.lower().endswith("ing") and current.i > current.head.i:
            noun = current.head
            if (
                noun.text.lower() in DOCUMENTS
                and noun.dep_ == "dobj"
                and noun.head.text.lower() in _AUTHORING
            ):
                came_from, current = current, noun.head  # "sent a letter asking X to": the sender asks
                continue
            # "the Sheriff's Office working with investigators", "Merkel, fighting accusations": the noun
            # the participle is of does it (not in a noun's phrase: "the prospect of Russian mercenaries
            # training soldiers", a prospect)
            if noun.dep_ == "pobj" and noun.head.head.dep_ in NOMINAL_DEPS:
                break
            return noun, False
        if current.dep_ == "acl" and complement and current.text.lower() in ALLEGED:
            # "Jermayne Timmons, the teen accused of shooting Kathina Thomas": the noun the participle is of
            noun = current.head
            return (noun.head if noun.dep_ == "appos" else noun), False
        if current.dep_ == "acl" and current.text.endswith("ed") and _verb_read_as_modifier_of_root(current):
            return current.head, False  # "NBC named comedian Barnaby Fitch as host": NBC names
        if current.dep_ == "acl" and current.text.endswith("ed"):
            return None, True
        break
    return None, False


def _verb_read_as_modifier_of_root(verb: Any) -> bool:
    """Whether a past verb the parser read as a participle after a name is the sentence's verb: the name is
    the root, no verb is, and the participle follows it at once with an object of its own ("NBC named
    comedian Barnaby Fitch as host", not "a man named Fitch" nor "Apple, sued by Samsung in May")."""
    name = verb.head
    return (
        name.dep_ == "ROOT"
        and name.ent_type_ in ACTOR_TYPES
        and verb.i == name.i + 1
        and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


# Works whose "by" names their maker, not an agent: "a painting by Picasso", "a novel by Stephen King".
_WORKS = frozenset(
    {"painting", "paintings", "piece", "pieces", "song", "songs", "book", "books", "novel", "novels", "poem"}
    | {"poems", "portrait", "sculpture", "film", "films", "sketch", "drawing", "album", "photograph", "photo"}
    | {"composition", "symphony", "play", "work", "works", "print", "prints", "script"}
)


def _agent_of_retained_object(verb: Any) -> Any | None:
    """The named agent of a passive that keeps an object, where the parser hung the "by" on that object
    ("was offered a contract by the Angels", "has been offered the post of Surgeon General by Barack Obama");
    not a place "by" it ("was given a house by the sea": no one named who acts), nor a work's maker ("was
    offered a painting by Pablo Picasso")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in _WORKS]
    return next((g for o in objects for g in prep_objects(o, "by") if g.ent_type_ in ACTOR_TYPES), None)


def _agent_of_conjunct(verb: Any) -> Any | None:
    """The agent of a participle coordinated after ``verb`` with no subject of its own, shared by both
    when both are acts of one kind ("was denied and rejected by Vincent Gigante", "was arrested and charged
    by the FBI"), and ``verb`` has no subject either; not acts of two kinds, where the second often undoes
    or answers the first ("was kidnapped and later rescued by commandos", "was fired and replaced by")."""
    if any(c.dep_ in ("nsubj", "csubj", "agent") for c in verb.children):
        return None
    kind = VERB_CLASS.get(verb.lower_)
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        if kind is None or VERB_CLASS.get(conj.lower_) != kind:
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in conj.children):
            continue
        found = agents_of(conj)
        if found:
            return found[0]
    return None


def _verdict_date(noun: Any) -> bool:
    """ "was found guilty last month of murdering X": a date the parser hung a verdict's "of" on."""
    return (
        noun.dep_ == "npadvmod"
        and noun.ent_type_ in ("DATE", "TIME")
        and any(c.dep_ == "oprd" and c.text.lower() in JUDGED for c in noun.head.children)
    )


def _intent_holder(noun: Any) -> Any | None:
    """Who holds the intention ``noun``: its possessor ("Germany's decision", "his intent") or the agent
    after "by" ("the decision by Germany to ..."); else ``None``."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.text.lower() == "by" and child.i < noun.i + 3:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


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
    can do the job", "once arrested"): passive, done to the main subject (a gerund there is active). So is a
    bare participle after a comma that the parser joined to a verb of another tense ("a case involving
    Vincent Jackson, arrested Jan. 6 in Clairemont"), or one coordinated with a participle after "was"
    ("was Tasered and taken into custody")."""
    if (
        verb.dep_ == "conj"
        and past_form(verb.text)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "cc", "conj") for c in verb.children
        )
    ):
        head = verb.head
        after_comma = verb.doc[verb.i - 1].text == "," and not past_form(head.text)
        # (not one aimed at someone: "The gunman was armed and fired on police")
        aimed = any(
            c.dep_ == "prep" and c.text.lower() in ("at", "on", "upon", "against") for c in verb.children
        )
        after_be = (
            head.dep_ == "acomp" and past_form(head.text) and head.head.text.lower() in BE_FORMS and not aimed
        )
        if after_comma or after_be:
            return True
    return (
        verb.dep_ == "advcl"
        and not verb.text.lower().endswith("ing")
        and any(c.dep_ in ("mark", "advmod") and c.text.lower() in _REDUCED_MARKS for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children)
    )
