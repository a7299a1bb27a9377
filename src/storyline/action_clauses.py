"""Clauses for the actions stage (:mod:`storyline.action_names`, :mod:`storyline.action_parse`): the heads
above a word, the subjects and objects of a clause, who does the act a pronoun is the object of, whether a
word lies in a clause a reporting verb reports, which of a verb's phrases are its own arguments, and the
clauses the parser made of an event noun ("made Teixeira an offer") or of a "for" ("called for Israel to
halt"). Syntax only: no names are read here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from storyline.action_genders import gender_of, one_by_role
from storyline.action_verbs import REPORTING
from storyline.quote_marks import is_double_quote
from storyline.records import Mention

# The links by which a clause has its subject.
CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def acted_on_by(doc: Any, mention: Mention, doer: Any) -> bool:
    """Whether ``mention`` names someone the act of the subject ``doer`` is done to: the first clause above
    the name that has a subject, reached through coordinated verbs without one, has ``doer`` as subject ("He
    burst in and shot Judge Barnes and Deputy Teasley"; not "police arrested his neighbour Carl Webb")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for head in heads(span.root):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return bool(subject.i == doer.i)
    return False


def subject_pronoun(sentence: Any, low: str, token: Any, end: int, doers: Sequence[Any]) -> Any | None:
    """The last "he" (or "she", as ``low`` is) that is a subject in ``sentence`` before character ``end``,
    other than ``token`` and those doing the act ``token`` is the object of ("He shot him")."""
    word = "he" if gender_of(low) == "m" else "she"
    done = {t.i for t in doers}
    found = [
        t
        for t in sentence.doc[sentence.start : token.i if end == token.idx else sentence.end]
        if t.idx < end
        and t.text.lower() == word
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.i != token.i
        and t.i not in done
    ]
    return found[-1] if found else None


def doers_of(token: Any) -> list[Any]:
    """Who does the act an object pronoun is an object of, whom the pronoun cannot stand for ("herself"
    would): the clause's subject ("LaSalle struck and killed her"); for an infinitive or a participle, that
    of the verb it hangs from ("Felt decided to cooperate with him", "..., beating her", "subdued Bell by
    punching him"), or that verb's object where the object is the one who acts ("enabled Alvarez to meet
    with him", "provoked Cole into attacking him")."""
    # (the model has no tagger: a word heading a clause is told by its link or its subject or auxiliary)
    owner = token.head.head
    on_verb = (
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and (
            owner.dep_ in ("ROOT", "xcomp", "ccomp", "advcl", "relcl", "pcomp")
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in owner.children)
        )
    )
    if token.dep_ not in ("dobj", "dative") and not on_verb:
        return []
    verb = owner if on_verb else token.head
    while verb.dep_ in ("conj", "xcomp", "advcl", "pcomp") and not any(
        c.dep_ in CLAUSE_SUBJECTS for c in verb.children
    ):
        up = verb.head.head if verb.dep_ == "pcomp" else verb.head
        controller = [c for c in up.children if c.dep_ in ("dobj", "dative")]
        # ("provoked Cole into attacking him", "stopped Cole from calling him"; but "subdued Bell by
        # punching him", "stopped Bell before arresting him": the subject does it)
        controlled = verb.dep_ == "xcomp" or (
            verb.dep_ == "pcomp" and verb.head.text.lower() in ("into", "from")
        )
        if controlled and controller:
            return controller
        verb = up
    return [c for c in verb.children if c.dep_ == "nsubj"]


def earlier_same_subject(token: Any, low: str) -> Any | None:
    """The first "he" (or "she") subject of the sentence, when ``token`` is a later one on the same side of
    any quotation marks: a sentence's subject pronouns of one gender are one person (but in '"He attacked
    me," he said' the quoted one is someone else)."""
    if token.dep_ != "nsubj":
        return None
    doc = token.doc
    return next(
        (
            t
            for t in token.sent
            if t.i < token.i
            and t.dep_ == "nsubj"
            and t.text.lower() == low
            and sum(is_double_quote(w.text) for w in doc[t.i : token.i]) % 2 == 0
        ),
        None,
    )


def described_noun(verb: Any) -> Any | None:
    """The noun a relative clause ``verb`` describes, through the infinitives under it ("the dealerships that
    it intends to close", "a score she had to settle"), or ``None`` when ``verb`` is in no relative clause."""
    clause = verb
    while clause.dep_ == "xcomp":
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def objects_of(verb: Any) -> list[Any]:
    """The object heads of ``verb`` and of the verbs coordinated with it ("shot Ortiz and fled")."""
    verbs = [
        verb,
        *(
            c
            for c in verb.children
            if c.dep_ == "conj" and not any(g.dep_ in CLAUSE_SUBJECTS for g in c.children)
        ),
    ]
    found = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
    return found + [
        g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]


def reported_clause(token: Any, verb: Any) -> bool:
    """Whether ``token`` is in a clause that ``verb`` reports (a complement or a parenthetical, or a verb the
    parser coordinated with it that has a subject of its own), not in one of its adverbial clauses ("After he
    met Putin, Obama said ...") nor a second act of the reporter ("said ..., but denied ...")."""
    for link in (token, *heads(token)):
        if link.head.i == verb.i and link.i != verb.i:
            if link.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in link.children):
                return False  # "Toyota said it had agreed ..., but denied that ...": the reporter's own act
            return link.dep_ in ("ccomp", "parataxis", "conj")
    return False


def along_with(prep: Any) -> bool:
    """Whether ``prep`` is the "with" of "along with" or "together with": a partner, not a party."""
    doc = prep.doc
    return (
        prep.text.lower() == "with" and prep.i > 0 and doc[prep.i - 1].text.lower() in ("along", "together")
    )


def prep_child(token: Any, word: str, deps: tuple[str, ...] = ("prep",)) -> bool:
    """Whether ``token`` has a child ``word`` with one of the links ``deps`` ("shot *to* fame", "pulled its
    troops *out*")."""
    return any(c.dep_ in deps and c.text.lower() == word for c in token.children)


def prep_objects(token: Any, word: str) -> list[Any]:
    """The objects of ``token``'s preposition ``word`` ("sued Ford, seeking damages *from* the county" →
    "county"; "pulled its troops out *of* Mali", with ``token`` the "out")."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == word
        for g in c.children
        if g.dep_ == "pobj"
    ]


def agents_of(verb: Any) -> list[Any]:
    """The doers a passive names after its "by": the objects of ``verb``'s agent links ("was dismissed by
    Tremont Packaging" → "Packaging")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def sentence_before(sentence: Any) -> Any | None:
    """The sentence before ``sentence``, blank lines passed over (a paragraph break is a sentence of its own
    in the parse); ``None`` for the first."""
    if sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    while not previous.text.strip() and previous.start > 0:
        previous = sentence.doc[previous.start - 1].sent
    return previous


def heads(token: Any) -> Iterable[Any]:
    """The heads above ``token``, nearest first, up to the root of its sentence."""
    while token.head.i != token.i:
        token = token.head
        yield token


# Pronouns a reporter uses of itself, by the kind of reporter: an organisation or country, or a person.
_SELF = {
    "ORG": ("it", "we", "they"),
    "GPE": ("it", "we", "they"),
    "NORP": ("we", "they"),
    "PERSON": ("he", "she"),
}
# Auxiliaries of a state the reporter is in ("it was concerned"); another ("it had warned") the verb after it
# may share.
_STATE_BE = frozenset({"is", "are", "am", "was", "were", "'s", "’s", "'re", "’re"})


def own_report(verb: Any) -> Any | None:
    """The reporting verb a verb is coordinated with, misparsed as part of what it reports, when what it
    reports is about the reporter itself: "The State Department said it was concerned and called on Beijing
    to ..." (the department called on Beijing, as much as it said; not "Police said he had robbed a bank and
    threatened a clerk"); else ``None``."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.text.lower() not in REPORTING:
        return None
    if any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return None
    # a state the reporter is in ("it was concerned", "she is disappointed"), not an act it had done, which
    # the verb after it may share ("said it had warned Washington and threatened to retaliate": reported;
    # "said he had been beaten and threatened by guards")
    if any(
        c.dep_ == "agent" or (c.dep_ in ("aux", "auxpass") and c.text.lower() not in _STATE_BE)
        for c in clause.children
    ):
        return None  # (nor one done to it: "said he was beaten by guards and threatened Smith")
    reporting = clause.head
    reporter = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
    pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if reporter is None or pronoun is None:
        return None
    return reporting if pronoun.text.lower() in _SELF.get(reporter.ent_type_, ()) else None


def own_argument(child: Any) -> bool:
    """Whether a verb's child is an argument of its own ("agreed to terms with X", "spoke with Merkel",
    "urged them to act"), not an adjunct ("attacked on Monday", "arrested in a dawn raid")."""
    if child.dep_ in ("xcomp", "ccomp", "dative"):
        return True
    return (
        child.dep_ == "prep"
        and child.text.lower() in ("with", "to")
        and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")
            for g in child.children
        )
    )


def party_to_terms(verb: Any) -> list[Any]:
    """Whom terms were agreed with: "agreed to terms with kicker Matt Dorsey" → "Dorsey"."""
    return [
        g
        for terms in prep_objects(verb, "to")
        if terms.lower_ == "terms"
        for g in prep_objects(terms, "with")
    ]


def marks_of_clauses(verb: Any) -> list[Any]:
    """The "for" opening a clause under ``verb`` ("called for Israel to halt", parsed as a clause)."""
    return [
        m
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        for m in c.children
        if m.dep_ == "mark" and m.text.lower() == "for"
    ]


def small_clause(noun: Any) -> bool:
    """An event noun with an article that the parser made a clause of its own, its "subject" being the light
    verb's indirect object ("made Teixeira an offer": ccomp "offer" ← nsubj "Teixeira")."""
    return bool(
        noun.dep_ in ("ccomp", "xcomp")
        and any(c.dep_ == "det" for c in noun.children)
        and any(c.dep_ == "nsubj" for c in noun.children)
    )


def agent_participle(noun: Any) -> Any | None:
    """The passive participle after ``noun`` that names its doer with "by" ("expertise offered by FWS and
    NMFS", "aid provided by the EU"), if any; not one whose particle changes its sense ("the talks held up by
    Russia", "the offer put on hold by Spirit")."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and prep_child(c, "by", ("agent",))
            and not any(g.dep_ == "prt" for g in c.children)
        ),
        None,
    )


def bound_by_role(token: Any, low: str) -> Any | None:
    """The subject a "he" or "she" subject of a clause hanging from a verb (through adverbial, coordinated
    or prepositional clauses) stands for, when that subject is one person named only by a role noun before
    it and the verb names no person as its object ("The prosecutor gambled on getting a death sentence when he
    denied a Nichols offer"; not "An officer shot Gray because he pointed a gun"); else ``None``."""
    if token.dep_ != "nsubj":
        return None
    clause = token.head
    # up through the clauses and phrases it hangs from ("gambled on getting a decision when he denied ...")
    while clause.dep_ in ("advcl", "conj", "pcomp", "pobj", "prep", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        # "An officer shot Kimani Gray because he pointed a gun": with a person named as the object, "he"
        # may be either; only a clause with no one else named binds it
        named_object = any(
            o.ent_type_ == "PERSON" or any(g.ent_type_ == "PERSON" for g in o.subtree)
            for o in objects_of(clause)
        )
        bound = (
            not named_object
            and subject.i < token.i
            and one_by_role(subject, low)
            and not subject.ent_type_
            and not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in subject.children)
        )
        return subject if bound else None
    return None


def said_to_be(noun: Any) -> Any | None:
    """The one a predicate noun is said of: the subject of its copula ("Thompson was the challenger"), or what
    a relative "who" stands for ("Thompson, who was the challenger nominated by the IBF"); else ``None``."""
    if noun.dep_ != "attr":
        return None
    copula = noun.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and copula.dep_ == "relcl":
        return copula.head
    return subject


def objects_of_to(dative: Any) -> list[Any]:
    """The object of a preposition the parser labelled as a dative ("offered buyouts *to* its workers"), or
    the dative itself when it is a noun ("offered *Teixeira* a contract")."""
    if dative.text.lower() not in ("to", "for"):
        return [dative]
    return [g for g in dative.children if g.dep_ == "pobj"]
