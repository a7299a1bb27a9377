"""Verbs the tokenizer or the parser hid, for the actions stage (:mod:`storyline.action_parse`): a verb split
from its prefix ("re - signed Lowell", "co-directed the film"), a verb the parser hung on its object as a
modifier ("The Yankees fired manager Joe Torre": amod "fired" with the subject still on it), a player's
position the parser read as a verb ("released running back Tiki Barber": xcomp "running", its object the
player), and a name read as the compound of a post ("named Tony DiLeo coach").
"""

from __future__ import annotations

from typing import Any

from storyline.action_clauses import agents_of
from storyline.action_forms import forms
from storyline.action_names import PRONOUNS
from storyline.action_verbs import ALLEGED, FEELINGS, VERB_CLASS

# Work done with others, which "co-" makes cooperation: "co-directed the film with Tim Burton".
_JOINT_WORK = frozenset(
    f for b in ("direct", "write", "produce", "star", "found", "host", "author", "create") for f in forms(b)
) | {"wrote", "written"}


def prefixed(token: Any, low: str) -> tuple[str, Any] | None:
    """A verb the tokenizer split from its prefix: "co-directed" (cooperation) or "re-signed", when the parser
    made "re" the verb and hung the subject on it (the class is the verb's, the clause the prefix's)."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-":
        return None
    prefix = doc[token.i - 2]
    if joint_work(token):
        return "cooperate", token
    if split_prefix(prefix) and low in VERB_CLASS and any(c.dep_ == "nsubj" for c in prefix.children):
        return VERB_CLASS[low], prefix
    return None


def split_prefix(token: Any) -> bool:
    """A "re" the tokenizer split from the verb after it ("re - signed")."""
    doc = token.doc
    return bool(token.text.lower() == "re" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-")


def joint_work(token: Any) -> bool:
    """Work done with others, written with "co-" ("co-directed", "codirected"): whom with is its only
    target, what was made never is."""
    doc = token.doc
    low = token.text.lower()
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].text.lower() == "co":
        return low in _JOINT_WORK
    return low.startswith("co") and low[2:] in _JOINT_WORK


def verb_read_as_modifier(token: Any) -> bool:
    """A verb the parser made a modifier of its object, with its subject still hanging from it ("the Saints
    signed rookie Joique Bell": amod "signed" ← nsubj "Saints"), or a gerund after a charge
    (:func:`gerund_read_as_modifier`)."""
    return (
        token.dep_ == "amod" and any(c.dep_ == "nsubj" for c in token.children)
    ) or gerund_read_as_modifier(token)


def participle_read_as_noun(token: Any) -> bool:
    """A passive participle the parser made a noun, its agent still hanging from it ("an accusation - long
    denied by Mr. Gigante - that he headed the family": "denied" as the object of "to")."""
    return token.dep_ in ("pobj", "dobj", "attr") and bool(agents_of(token))


def anger_read_as_passive(token: Any) -> bool:
    """A feeling of anger the parser read as a passive participle, its feeler the passive subject ("Mark Felt
    was outraged by the administration's attempts"). Disappointment and frustration read so are as often
    regret or a game's ("was disappointed that Kobe Bryant retired", "frustrated by Nadal's defence"): not
    these."""
    low = token.text.lower()
    return low in FEELINGS and low not in _REGRETS and any(c.dep_ == "nsubjpass" for c in token.children)


_REGRETS = frozenset({"disappointed", "frustrated", "annoyed", "irritated", "vexed", "displeased"})


def gerund_read_as_modifier(token: Any) -> bool:
    """A gerund the parser made an adjective of the person after it, in the phrase of a charge or a verdict
    ("is charged with killing shift supervisor Anne Kowalski": amod "killing" → "supervisor" → "Kowalski",
    the object of "with"), which is the gerund's object."""
    # (or a compound: "accused of shooting bartender Luis Ferreira")
    modifier = token.dep_ in ("amod", "compound")
    if not modifier or not token.text.lower().endswith("ing") or token.text.lower() not in VERB_CLASS:
        return False
    noun = modified_noun(token)
    # (after a charge or a verdict: not "negotiated with striking union leader Bob King")
    charge = noun.head.head.text.lower() in ALLEGED | _CHARGED
    return (
        charge
        and noun.ent_type_ == "PERSON"
        and noun.dep_ == "pobj"
        and noun.head.text.lower() in _CHARGE_PREPS
    )


# Words a charge's gerund follows besides the allegations: "arrested for killing", "found guilty of shooting".
_CHARGED = frozenset({"arrested", "jailed", "guilty", "sentenced", "detained", "held", "indicted", "tried"})
_CHARGE_PREPS = frozenset({"with", "of", "for"})


def modified_noun(verb: Any) -> Any:
    """The noun a verb read as a modifier stands on, past the compounds in front of a name ("fired manager
    Joe Torre": "fired" → "manager" → "Torre"), which is the verb's object."""
    return next(h for h in (verb.head, *verb.head.ancestors) if h.dep_ != "compound")


def running_back(verb: Any) -> Any | None:
    """The player a "running back" before his name stands for, when the parser read "running" as a verb
    completing ``verb`` ("released running back Tiki Barber": xcomp "running" → dobj "Barber"); else None."""
    for comp in (c for c in verb.children if c.dep_ == "xcomp" and c.text.lower() == "running"):
        if any(g.text.lower() == "back" for g in comp.children if g.i == comp.i + 1):
            return next((g for g in comp.children if g.dep_ == "dobj" and g.ent_type_ == "PERSON"), None)
    return None


def post_names(post: Any) -> list[Any]:
    """The words of a person's name the parser hung as compounds on the post they were named to ("named Tony
    DiLeo coach": "coach" ← "Tony", "DiLeo"; "named coordinator Ansel Burke interim head coach", where
    "Burke" is a modifier of "coach"), in order."""
    return [g for g in post.lefts if g.dep_ in ("compound", "nmod") and g.ent_type_ == "PERSON"]


def objectless(token: Any) -> bool:
    """A verb that always takes an object, written with a subject and none: a headline passive ("Jackson
    arrested on suspicion of DUI"). Not a relative clause, whose object is the noun it describes."""
    headline = token.text[:1].isupper() and token.i != token.sent.start  # "Chargers' Williams Arrested"
    if token.dep_ in ("relcl", "acl") and not headline:
        return False
    # the verb and the one it is coordinated with share voice and subject; a later conjunct its object only
    # ("shot and killed Ortiz"; not "... shot and killed in a gang shooting was revealed")
    own = [token, token.head] if token.dep_ == "conj" else [token]
    mates = [c for c in token.children if c.dep_ == "conj"]
    voiced = ("dobj", "dative", "ccomp", "xcomp", "agent", "auxpass", "nsubjpass", "oprd")
    # ("Jaguar and Land Rover sold to Tata Motors": a "to" the parser calls a dative is no object; "Barclays
    # fined £290 million": a sum is no one fined; but "fined Corvane Chemicals £1.9 million", the name run
    # into the sum, is)
    if any(
        c.dep_ in voiced and not _to_phrase(c) and (c.ent_type_ != "MONEY" or _name_in_sum(c))
        for m in own
        for c in m.children
    ) or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd") for m in mates for c in m.children):
        return False
    # a headline's subject is a name or a noun: "Two, she shot and killed there" fronts its object
    return any(
        c.dep_ == "nsubj" and c.text.lower() not in PRONOUNS | {"i", "we", "you"}
        for m in own
        for c in m.children
    )


def _name_in_sum(token: Any) -> bool:
    """Whether a sum holds a party's name before it, where the parser ran the name into it."""
    return any(t.ent_type_ in ("ORG", "PERSON", "GPE") for t in token.subtree if t.i < token.i)


def _to_phrase(token: Any) -> bool:
    to = token.dep_ == "dative" and token.text.lower() == "to"
    return to and any(c.dep_ == "pobj" for c in token.children)


def past_verb_under_base_form(verb: Any) -> Any | None:
    """The verb a past-tense verb is really coordinated with when the parser hung it on a verb in its base
    form before it: an infinitive ("urged them to accept the offer and accused the board of entrenchment",
    "called on Florea to resign and demanded an inquiry") or a reported verb after a modal ("said she would
    accept the result and challenged Lindfors to do the same"). A verb coordinated with a base form shares it
    ("to resign and apologise", "would accept and challenge"); one in the past tense, like the verb governing
    the base form, is that verb's partner and is done by its subject. ``None`` when the parse is not of this
    kind."""
    base = verb.head
    if verb.dep_ != "conj" or base.i >= verb.i:
        return None
    marks = {c.lower_ for c in base.children if c.dep_ == "aux"}
    infinitive = base.dep_ in ("xcomp", "advcl") and "to" in marks
    # (a past tense cannot follow "would": "said the commission would oversee the inquiry and urged anyone
    # with footage to come forward" is the reporter's urging, whoever the reported clause is about)
    if not (infinitive or (base.dep_ == "ccomp" and marks & _MODALS)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    governing = base.head
    past = verb.lower_.endswith("ed") and (governing.lower_.endswith("ed") or governing.lower_ in _SAID)
    return governing if past and not base.lower_.endswith("ed") else None


# Reporting verbs in the past tense that do not end in "-ed".
_SAID = frozenset({"said", "told", "wrote", "thought", "felt", "knew"})
# Modals before a verb in its base form: "would accept".
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must"})
