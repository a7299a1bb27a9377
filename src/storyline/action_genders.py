"""Genders for the actions stage's pronouns (:mod:`storyline.action_names`): which gender the article gives
each person it names, whether a "he" or "she" may stand for them, and what gender tells of a pronoun inside
a report (the reporter's own "she" before a "he"; a "him" the report names before)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from storyline.action_nouns import ROLE_NOUNS
from storyline.action_untagged import Named
from storyline.given_names import courtesy_gender, different_given_names, settled_genders
from storyline.nlp import text_of
from storyline.records import Mention

_MALE = frozenset({"he", "him"})
GENDERED = {
    "m": frozenset({"he", "him", "his", "himself"}),
    "f": frozenset({"she", "her", "hers", "herself"}),
}
# Family and role nouns of one gender, which a name in apposition to them takes.
_ROLES = {
    "m": frozenset(
        {"man", "boy", "father", "husband", "boyfriend", "son", "brother", "grandfather", "widower", "uncle"}
        | {"nephew", "fiance", "stepfather", "grandson", "businessman"}
    ),
    "f": frozenset(
        {"woman", "girl", "mother", "wife", "girlfriend", "daughter", "sister", "grandmother", "widow"}
        | {"aunt", "niece", "fiancee", "stepmother", "granddaughter", "businesswoman", "spokeswoman"}
        | {"actress"}
    ),
}
# Pronouns bound by the subject of their own clause: "Hiller was suspended from her job".
_BOUND = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
_IN_CLAUSE = frozenset({"poss", "pobj", "prep", "dobj", "compound", "amod", "appos", "nmod"})


def gender_of(pronoun: str) -> str:
    """The gender a person pronoun speaks of: "m" for "he" and "him", "f" for "she" and "her"."""
    return "m" if pronoun in _MALE else "f"


def agrees(name: str, pronoun: str, doc: Any, mentions: Sequence[Mention]) -> bool:
    """Whether the person ``name`` may be ``pronoun`` ("he", "she"...): yes unless the article shows the
    other gender."""
    return _genders(doc, mentions).get(name, gender_of(pronoun)) == gender_of(pronoun)


def _genders(doc: Any, mentions: Sequence[Mention]) -> Mapping[str, str]:
    """The gender ("m" or "f") the article gives each person it names, by canonical name: from a courtesy
    title ("Mr. Gomes", "Ms. Mendes"), else from the given name ("Kenneth Dorsey") unless two possessive or
    reflexive pronouns or more say otherwise, else from those pronouns: one in the clause of which that
    person, the only one the sentence names, is the subject ("Hiller was suspended from her job"; but one
    "Dorsey talked with her about her faith" is no evidence against a Kenneth). A person with no evidence, or
    with as much for one as for the other, is absent (and agrees with either pronoun)."""
    cached = doc.user_data.get("storyline.genders")
    if cached is not None and cached[0] is mentions:
        return cached[1]  # type: ignore[no-any-return]
    votes: dict[str, list[int]] = {}
    people = [m for m in mentions if m.type == "PERSON"]
    text = text_of(doc)
    titled: set[str] = set()
    for m in people:
        title = courtesy_gender(text, m.start)
        if title is not None:
            votes.setdefault(m.canonical, [0, 0])[title == "f"] += 2
            titled.add(m.canonical)
    for m in people:
        role = _role_in_apposition(doc, m)
        if role is not None:
            votes.setdefault(m.canonical, [0, 0])[role == "f"] += 2
    for sentence in doc.sents:
        here = [m for m in people if sentence.start_char <= m.start < sentence.end_char]
        if len({m.canonical for m in here}) != 1:
            continue
        verbs = {
            span.root.head.i
            for m in here
            if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
            and span.root.dep_ in ("nsubj", "nsubjpass")
        }
        for token in sentence:
            low = token.text.lower()
            possessive = token.dep_ == "poss" or low.endswith("self")  # not "stabbed her", "met her"
            if low in _BOUND and possessive and _clause_verb(token) in verbs:
                votes.setdefault(here[0].canonical, [0, 0])[_BOUND[low] == "f"] += 1
    genders = settled_genders(votes, (m.canonical for m in people), titled)
    doc.user_data["storyline.genders"] = (mentions, genders)  # held, so an equal id is the same list
    return genders


def _role_in_apposition(doc: Any, mention: Mention) -> str | None:
    """The gender a family or role noun in apposition to a name gives ("Robyn Mendes, 48, Gomes'
    ex-girlfriend", "his widow, Ann Lee"), else ``None``."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    beside = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        beside.append(root.head)
    for noun in beside:
        for gender, roles in _ROLES.items():
            if noun.text.lower() in roles:
                return gender
    return None


def _clause_verb(token: Any) -> int:
    """The index of the word heading the clause ``token`` is in, climbing only links inside a phrase and
    to a verb's objects ("her" → "job" → "from" → "suspended")."""
    while token.dep_ in _IN_CLAUSE and token.head.i != token.i:
        token = token.head
    return int(token.i)


# Role nouns of one gender: a "he" is not "the woman" of the clause above it.
_ROLE_GENDER = {
    "m": frozenset({"man", "boy", "father", "spokesman", "king", "prince", "chairman"}),
    "f": frozenset({"woman", "girl", "mother", "spokeswoman", "queen"}),
}


def one_by_role(subject: Any, low: str) -> bool:
    """Whether ``subject`` is one person named by a role noun that a "he" or "she" (``low``) may stand for:
    not a plural ("officers shot Gray after he ..."), nor a role of the other gender."""
    role = subject.text.lower()
    return (
        role in ROLE_NOUNS
        and not (role.endswith("s") and not role.endswith("ss"))
        and role not in _ROLE_GENDER["f" if gender_of(low) == "m" else "m"]
    )


def ruled_out(name: str, not_them: set[str]) -> bool:
    """Whether ``name`` is one of the people ruled out: the same name, or the same family name unless both
    give other given names ("ADA Fairman" is "Gail Fairman"; "Catherine Gomes" is not "Gary Gomes")."""
    for other in not_them:
        if other == name:
            return True
        if other.split()[-1:] != name.split()[-1:]:
            continue
        if not different_given_names(name, other, listed_only=False):
            return True
    return False


def other_gender_before(
    token: Any, reporting: Any, low: str, reporter: str, mentions: Sequence[Mention]
) -> bool:
    """Whether what ``reporting`` reports has, before ``token`` (a "he" or "she"), a subject pronoun of the
    other gender that the reporter may be (the reporter speaking of themself: "Castellano said she had banned
    him after he threatened", not "Paul Reyes said she had warned him that he would sue")."""
    other = {"he": "she", "she": "he", "him": "she", "her": "he"}.get(low)
    return (
        other is not None
        and agrees(reporter, other, token.doc, mentions)
        and any(
            t.lower_ == other and t.dep_ in ("nsubj", "nsubjpass")
            for t in token.doc[reporting.i + 1 : token.i]
        )
    )


def object_in_report(token: Any, reporting: Any, low: str, mentions: Sequence[Mention]) -> Named | None:
    """The person an object "him" or "her" inside what ``reporting`` reports stands for, when the report
    names one before it as the object of an act, who agrees with it ("told the court Kinsella had lured Mr
    Whitcombe to a shed and struck him": Whitcombe; not a subject, who does the act: "Steinberg told police
    LaCalamita fired at him" is Steinberg); else ``None``."""
    if token.dep_ in ("nsubj", "nsubjpass") or low not in ("him", "her"):
        return None
    doc = token.doc
    # (only a person whose gender the article gives, the object of the pronoun's own verb or of one it is
    # coordinated with: "lured Mr Whitcombe to a shed and struck him"; not across "after", "before", "but")
    verb = token.head.head if token.dep_ == "pobj" else token.head
    chain = {verb.i, *(c.i for c in verb.conjuncts)}
    known = _genders(doc, mentions)
    named_between = [
        m
        for m in mentions
        if m.type == "PERSON"
        and reporting.idx < m.start
        and m.end <= token.idx
        and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        and span.root.dep_ in ("dobj", "dative")
        and span.root.head.i in chain
        and known.get(m.canonical) == gender_of(low)
    ]
    if not named_between:
        return None
    m = named_between[-1]
    return Named(m.canonical, m.start, m.end, m)
