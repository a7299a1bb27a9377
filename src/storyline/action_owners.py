"""Named groups a possessive pronoun makes, for the actions stage (:mod:`storyline.action_actors`,
:mod:`storyline.action_targets`): "his family" is Jerry Ortiz's family, "its hourly workers" GM's, "her
father" Bettie Page's, whoever the pronoun stands for (:func:`storyline.action_names.antecedent`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.action_clauses import CLAUSE_SUBJECTS, sentence_before
from storyline.action_names import named
from storyline.action_nouns import OWNED_KIN, OWNED_PARTIES
from storyline.action_pronouns import antecedent
from storyline.action_speakers import employer_of
from storyline.action_untagged import Named
from storyline.nlp import text_of
from storyline.records import Mention

_OWNERS = frozenset({"his", "her", "its", "their"})
# One's employer, which the article may name: "his company", "her club".
_EMPLOYERS = frozenset({"company", "firm", "club", "team", "organization", "organisation", "employer"})


def owned_party(token: Any, mentions: Sequence[Mention], kin: bool = False) -> Named | None:
    """The named group a possessive pronoun makes of a side noun ("his family declined" is Jerry Ortiz's
    family, "urged his co-workers"; see ``OWNED_PARTIES``), or with ``kin`` of one of someone's kin ("her
    father abused her"): the person the pronoun stands for, then the words after it; ``None`` when no one is
    named for it."""
    if token.text.lower() not in OWNED_PARTIES | (OWNED_KIN if kin else frozenset()):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.text.lower() in _OWNERS), None)
    if owner is None:
        return None
    if owner.text.lower() in ("his", "her"):
        found = antecedent(owner, mentions)
        if found is not None and found.mention is not None and found.mention.type != "PERSON":
            return None
    else:
        found = _thing_owning(token, mentions)
    if found is None:
        return None
    start, end = owner.idx, token.idx + len(token.text)
    if token.text.lower() in _EMPLOYERS and found.mention is not None and found.mention.type == "PERSON":
        # "Pixora chief executive Daniel Okafor said his company had offered ...": the organisation the
        # article says the person holds an office in, when it says so
        employer = employer_of(found.mention, mentions)
        if employer is not None:
            return Named(employer.canonical, start, end, employer)
    words = text_of(token.doc)[owner.idx + len(owner.text) : end].strip()
    return Named(f"{found.text}'s {words}", start, end, None)


def _thing_owning(token: Any, mentions: Sequence[Mention]) -> Named | None:
    """Whom an "its" or "their" before ``token`` stands for: the named company, country or group the clause
    is about ("GM offered buyouts to its hourly workers"), or the name ``token`` is coordinated with ("INS
    Mysore and its marine commandos"); not a person."""
    subject = token.head if token.dep_ == "conj" else None
    for head in token.ancestors if subject is None else ():
        subject = next((c for c in head.children if c.dep_ in CLAUSE_SUBJECTS and c.i < token.i), None)
        if subject is not None:
            break
    found = named(subject, mentions, allow_pronoun=False) if subject is not None else None
    if found is None and token.dep_ in ("nsubj", "nsubjpass") and token.head.i == token.sent.root.i:
        found = _named_in_sentence_before(token, mentions)
    if found is None or (found.mention is not None and found.mention.type == "PERSON"):
        return None
    return found


def _named_in_sentence_before(token: Any, mentions: Sequence[Mention]) -> Named | None:
    """The one company or group the sentence before names, for an "its" that opens its own sentence's
    subject ("Police raided the offices of Tessaro Logistics. Its board dismissed Venturi"); ``None`` if it
    names none or several ("The SEC fined Orbis Bank. Its board ...": either may own the board)."""
    previous = sentence_before(token.sent)
    if previous is None:
        return None
    subject = next((c for c in previous.root.children if c.dep_ in CLAUSE_SUBJECTS), None)
    found = named(subject, mentions, allow_pronoun=False) if subject is not None else None
    bodies = {
        m.canonical: Named(m.canonical, m.start, m.end, m)
        for m in mentions
        if m.type == "ORG" and previous.start_char <= m.start and m.end <= previous.end_char
    }
    if found is not None and (found.mention is None or found.mention.type != "PERSON"):
        bodies.setdefault(found.text, found)
    return next(iter(bodies.values())) if len(bodies) == 1 else None
