"""The actors of the actions stage (:mod:`storyline.actions`): the named actors a subject stands for, one per
coordinated name, per name of a list in apposition, and per name a "they" stands for (the names themselves
are read by :mod:`storyline.action_names`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.action_clauses import CLAUSE_SUBJECTS, along_with, heads, sentence_before
from storyline.action_forms import forms
from storyline.action_mentions import mention_at
from storyline.action_names import GROUP_PRONOUNS, named
from storyline.action_nouns import GROUP_NOUNS, THINGS
from storyline.action_owners import owned_party
from storyline.action_untagged import Named, left_modifiers, people_of
from storyline.action_verbs import REPORTING
from storyline.nlp import text_of
from storyline.records import Mention


def actors(subject: Any, mentions: Sequence[Mention]) -> list[Named]:
    """The named actors a subject stands for: one per coordinated name ("France and Germany warned"), per
    name of a list in apposition ("the automakers - Ford, Chrysler and GM - pleaded") and per name a "they"
    stands for ("Ford and GM said they would ..."; the span of each is the pronoun)."""
    relatives = _relative_pair(subject, mentions)
    if relatives:
        return relatives
    out: list[Named] = []
    joined = _conjuncts(subject, mentions)
    two = _the_two(subject, mentions) or _both_sides(subject, mentions) or _of_each(subject, mentions)
    if two:
        return two
    for one in (*_comma_pair(subject), subject, *(c for c in joined if c.i > subject.i), *_partners(subject)):
        found = named(one, mentions, allow_pronoun=True) or owned_party(one, mentions, kin=True)
        source, low = one, one.text.lower()
        # the pair the clause around a "they" names comes first: "police who claim he pointed a gun at Mourad
        # and Cordova before they opened fire" (the officers fired, not the police reporting it)
        pair = _pair_before(one) if low == "they" else None
        # "Peru and Chile recalled their envoys. They also urged Bolivia to ...": the pair the sentence
        # before was about
        pair = pair or (_pair_of_sentence_before(one) if low in ("they", "both") else None)
        # "Smith and Jones said they would sue": the reporters, when "they" is their clause's own subject (not
        # "said the soldiers arrested villagers after they attacked", where the soldiers are nearer)
        reported = low == "they" and one.head.dep_ == "ccomp" and one.head.head.text.lower() in REPORTING
        split = _coordinated_modifiers(one, found, mentions) if found is not None else []
        if split:
            out += split  # "U.S. and British forces launched strikes": each nation's forces
            continue
        if found is None and pair is None and not reported:
            # "... are Earl Silbert; Alexander Haig; and Fred Fielding. All have denied it.": each one listed
            out += [
                Named(name.text, one.idx, one.idx + len(one.text), name.mention)
                for name in (_list_of_sentence_before(one, mentions) if low in ("all", "both") else [])
            ]
            continue
        if low in ("they", "both"):
            source = pair or next(
                (
                    c
                    for h in heads(one)
                    if h.text.lower() in REPORTING
                    for c in h.children
                    if c.dep_ in CLAUSE_SUBJECTS
                ),
                one,
            )
        listed = next((c for c in source.children if c.dep_ == "appos" and _conjuncts(c, mentions)), source)
        if listed.i > subject.head.i > subject.i:
            listed = source  # a list in apposition to the subject stands before its verb: a misparse
        names = [named(t, mentions, allow_pronoun=False) for t in (listed, *_conjuncts(listed, mentions))]
        if listed.i != source.i and source.i == one.i and found is not None and found not in names:
            # "The Ornithological Council, Society for Conservation Biology and the Wildlife Society": a
            # name, then a list the parser set in apposition to it, are one list
            names.insert(0, found)
        if (source.i == one.i and listed.i == one.i) or len([n for n in names if n]) < 2:
            if found is not None:
                out.append(found)
            continue
        for name in (n for n in names if n is not None):
            start, end = (one.idx, one.idx + len(one.text)) if source.i != one.i else (name.start, name.end)
            out.append(Named(name.text, start, end, name.mention))
    return out


def _coordinated_modifiers(head: Any, found: Named, mentions: Sequence[Mention]) -> list[Named]:
    """One named group per name coordinated before a group noun ("Egyptian and Qatari mediators" are
    "Egyptian mediators" and "Qatari mediators", each with its own span); empty unless ``found`` (the group
    named as a whole) spans such a coordination."""
    if found.mention is not None:
        return []
    for modifier in left_modifiers(head):
        names = [modifier, *(c for c in modifier.conjuncts if c.i < head.i)]
        if len(names) < 2 or any(mention_at(mentions, t.idx, t.idx + len(t.text)) is None for t in names):
            continue
        last = max(names, key=lambda t: t.i)
        rest = text_of(head.doc)[last.idx + len(last.text) : head.idx + len(head.text)]
        end = head.idx + len(head.text)
        if not found.start <= min(t.idx for t in names) or found.end != end:
            return []
        out = []
        for t in sorted(names, key=lambda t: t.i):
            mention = mention_at(mentions, t.idx, t.idx + len(t.text))
            if mention is not None and mention.type == "ORG" and people_of(head.text.lower()):
                out.append(Named(mention.canonical, t.idx, end, mention))  # "Hamas negotiators" act as Hamas
            else:
                out.append(Named(t.text + rest, t.idx, end, None))
        return out
    return []


def _comma_pair(subject: Any) -> list[Any]:
    """The name a headline joins to its subject with a comma, which the parser hangs on the verb as an
    adverbial noun ("U.S., Britain strike Yemen's Houthis", "Armenia, Azerbaijan agree to ...")."""
    doc, verb = subject.doc, subject.head
    # ("Armenia, Azerbaijan agree to ...", "Apple Inc., Apple Corps resolve ...": the second name set in
    # apposition to the first, just before the verb; a country or a company is no description of another)
    beside = [
        c
        for c in subject.children
        if c.dep_ == "appos"
        and c.left_edge.i == subject.i + 2
        and doc[subject.i + 1].text == ","
        and c.i + 1 == verb.i
    ]
    if beside and subject.ent_type_ in ("GPE", "ORG") and beside[0].ent_type_ == subject.ent_type_:
        return beside
    first = subject.left_edge
    if first.i < 2 or doc[first.i - 1].text != ",":
        return []
    name = doc[first.i - 2]
    while name.head.i != verb.i and name.head.i < first.i and name.dep_ in ("compound", "amod"):
        name = name.head  # (the last word of a name of several)
    if name.head.i != verb.i or name.dep_ not in ("npadvmod", "nsubj", "appos", "dep") or not name.ent_type_:
        return []
    return [name] if name.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") else []


def _the_two(subject: Any, mentions: Sequence[Mention]) -> list[Named]:
    """ "the two", "the pair", "the duo" as a subject: the last two people named before it in its sentence,
    or failing two there, in the sentence before ("Stefanski may reach out to Jordan, as the two worked
    together", "Kemble and Wrobel escaped. The pair overpowered a guard"); one action each, the span the
    words."""
    if subject.lower_ not in ("two", "pair", "duo") or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    ):
        return []
    doc = subject.doc
    sentence = subject.sent
    start = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    for since in (sentence.start_char, start):
        people: list[Mention] = []
        for m in sorted(mentions, key=lambda m: m.start):
            if m.type == "PERSON" and since <= m.start and m.end <= subject.idx:
                people = [p for p in people if p.canonical != m.canonical] + [m]
        if len(people) >= 2:
            # (not past a group of people written as a plural between: "police had arrested two teenagers.
            # The pair had attacked a guard", "praised the two new hires. The duo ...")
            between = doc.char_span(people[-1].end, subject.idx, alignment_mode="expand")
            if between is not None and any(_a_plural_of_people(t) for t in between if t.i < subject.i):
                return []
            span_start = subject.left_edge.idx
            span_end = subject.idx + len(subject.text)
            return [Named(m.canonical, span_start, span_end, m) for m in people[-2:]]
    return []


_PARTY_TYPES = frozenset({"NORP", "ORG", "GPE", "PERSON"})
# Plural nouns for the parties to something, by the kinds of name each may stand for ("both sides" any).
_SIDES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("sides", "parties", "camps", "rivals", "neighbours", "neighbors"), _PARTY_TYPES),
    **dict.fromkeys(("governments", "countries", "nations", "states"), frozenset({"GPE"})),
    **dict.fromkeys(("companies", "firms", "clubs", "teams"), frozenset({"ORG"})),
    **dict.fromkeys(("men", "women", "leaders"), frozenset({"PERSON"})),
}


# What the ones between two sides do, who are not those sides.
_GO_BETWEENS = frozenset(f for b in ("mediate", "broker", "host", "facilitate") for f in forms(b))


def _both_sides(subject: Any, mentions: Sequence[Mention]) -> list[Named]:
    """ "both sides", "both governments", "the two countries" as a subject: the two parties of that kind
    named together just before, in its sentence or the sentence before ("Tzarnia and Qaran held talks, when
    both sides agreed to ...", "Neither Ostelund nor Lusenna recognised it, and both governments refused
    ..."); one action each, the span the words. Empty unless exactly two such names are coordinated there,
    as the parties of a clause (not the mediators of "Mediators from Egypt and Qatar met"), and never the
    ones who report it ("Washington and London said both sides had accepted the ceasefire"); nor when the
    sides are named beside the words ("Both sides, Israel and Hamas, accepted")."""
    kinds = _SIDES.get(subject.lower_)
    if kinds is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if any(c.dep_ == "appos" for c in subject.children):
        return []
    reporters = {c.i for h in heads(subject) if h.lower_ in REPORTING for c in h.subtree if c.i < subject.i}
    both = any(c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both" for c in subject.children)
    the_two = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and any(
        c.dep_ == "nummod" and c.lower_ == "two" for c in subject.children
    )
    if not (both or the_two):
        return []
    doc = subject.doc
    sentence = subject.sent
    earlier = [sentence]
    if sentence.start > 0:
        earlier.append(doc[sentence.start - 1].sent)
    for where in earlier:
        pairs = []
        for first in (t for t in where if t.i < subject.i and t.conjuncts and t.dep_ != "conj"):
            party = first.dep_ in ("nsubj", "nsubjpass", "dobj") or (
                first.dep_ == "pobj" and first.head.lower_ in ("between", "with", "of", "against")
            )
            if not party or first.i in reporters or first.head.lower_ in _GO_BETWEENS:
                continue  # ("Egypt and Qatar mediated the talks. Both sides accepted": not the mediators)
            members = [first, *first.conjuncts]
            names = [n for t in members if (n := named(t, mentions, allow_pronoun=False)) is not None]
            if len(members) == 2 and len({n.text for n in names}) == 2:
                pairs.append(names)
        if pairs:
            pair = pairs[-1]
            if not all(n.mention is None or n.mention.type in kinds for n in pair):
                return []
            start, end = subject.left_edge.idx, subject.idx + len(subject.text)
            return [Named(n.text, start, end, n.mention) for n in pair]
    return []


def _of_each(subject: Any, mentions: Sequence[Mention]) -> list[Named]:
    """ "The governments of Ostelund and Lusenna signed", "the leaders of France and Germany met": a group
    noun of two or more named countries, peoples or organisations acts as each of them, the span the
    phrase."""
    low = subject.lower_
    if low not in GROUP_NOUNS and low.removesuffix("s") not in GROUP_NOUNS:
        return []
    prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if first is None or not first.conjuncts:
        return []
    members = [first, *first.conjuncts]
    found = [mention_at(mentions, t.idx, t.idx + len(t.text)) for t in members]
    names = [m for m in found if m is not None and m.type in ("GPE", "NORP", "ORG")]
    if len(names) != len(members):
        return []
    start, end = subject.left_edge.idx, max(m.end for m in names)
    return [Named(m.canonical, start, end, m) for m in names]


def _a_plural_of_people(token: Any) -> bool:
    """A plural common noun heading a phrase of people or parties ("two teenagers", "the brothers", "the new
    hires"), who may be "the two" as well."""
    low = token.lower_
    plural = (low.endswith("s") and not low.endswith("ss")) or low.endswith(("men", "ren"))
    return (
        plural
        and token.text.islower()
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
        and not token.ent_type_
    )


def _relative_pair(subject: Any, mentions: Sequence[Mention]) -> list[Named]:
    """The names a relative pronoun after a coordination stands for, one each with the pronoun's span
    ("Qatar and Egypt, which brokered the truce"); empty unless it follows two names or more."""
    if subject.text.lower() not in ("who", "which", "that") or subject.head.dep_ != "relcl":
        return []
    noun = subject.head.head
    coordinated = sorted((noun, *noun.conjuncts), key=lambda t: t.i)
    if len(coordinated) < 2 or coordinated[-1].i > subject.i:
        return []
    names = [named(t, mentions, allow_pronoun=False) for t in coordinated]
    if any(n is None for n in names):
        return []  # "the Saints and a rookie who": not each one named
    end = subject.idx + len(subject.text)
    return [Named(n.text, subject.idx, end, n.mention) for n in names if n is not None]


def _conjuncts(token: Any, mentions: Sequence[Mention]) -> tuple[Any, ...]:
    """The words coordinated with ``token``, or with the last word of the name it heads, where the parser
    hangs the rest of a list ("the Center for Biological Diversity, Greenpeace and Defenders of Wildlife":
    Greenpeace joined to "Diversity")."""
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        # "endorsed by the Dockworkers Union and by former mayor Gideon Achterberg": each "by" an agent
        more = tuple(g for by in token.head.conjuncts for g in by.children if g.dep_ == "pobj")
        if more:
            return (*token.conjuncts, *more)
    if token.conjuncts:
        return tuple(token.conjuncts)
    mention = mention_at(mentions, token.idx, token.idx + len(token.text))
    if mention is None or mention.end <= token.idx + len(token.text):
        return ()
    span = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return ()
    inside = span[-1]
    # (only a name hanging inside this one: "Center" → "for" → "Diversity"; after "of" a list is the name's
    # own: "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Ministry of Housing, Communities and ...")
    if not any(h.i == token.i for h in inside.ancestors) or inside.head.text.lower() == "of":
        return ()
    # (and only words after the name as the tagger spans it: a list inside the span is the name's own words)
    return tuple(c for c in inside.conjuncts if c.i > inside.i and c.idx >= mention.end)


# Plurals without an -s ("the gunmen" ends in -men): an unnamed plural is the likelier "they".
_PLURALS = frozenset(
    {"children", "people", "crew", "staff", "police", "militia", "youth", "clergy", "cattle"}
)
# Subordinators of an adverbial clause whose "they" may be a pair named in the clause it modifies.
_ADVERBIAL_MARKS = frozenset({"when", "before", "after", "as", "because", "since", "until", "while", "once"})


def _partners(subject: Any) -> list[Any]:
    """The names set beside a subject by "along with" or "together with" before its verb, who act with it
    ("France, along with Germany, called on Russia", "Hamas, together with Islamic Jihad, fired")."""
    verb = subject.head
    out: list[Any] = []
    for holder in (subject, verb):
        for child in holder.children:
            for link in (child, *(g for g in child.children if g.dep_ == "prep")):
                if along_with(link) and subject.i < link.i < verb.i:
                    for partner in (g for g in link.children if g.dep_ == "pobj"):
                        out += [partner, *partner.conjuncts]
    return out


def _pair_of_sentence_before(token: Any) -> Any | None:
    """The first of two or more names coordinated as the subject of the sentence before, for a "they" or
    "both" that opens the main clause of its own ("Peru and Chile recalled their envoys. They also urged
    Bolivia ..."); else ``None``."""
    previous = _sentence_before(token)
    if previous is None or any(c.dep_ in CLAUSE_SUBJECTS and c.i < token.i for c in token.head.children):
        return None
    subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not subject.conjuncts:
        return None
    # (not when that sentence names others who may be "they": "... criticised the Houthi rebels. They ...")
    others = [t for t in previous if t.dep_ in ("dobj", "pobj", "dative", "attr") and _people_named(t)]
    return None if others else subject


def _list_of_sentence_before(token: Any, mentions: Sequence[Mention]) -> list[Named]:
    """The names of the one list of two or more in the sentence before, for an "all" or "both" that is the
    subject of its sentence's main clause by itself ("... are Earl Silbert, a prosecutor; Alexander Haig; and
    Fred Fielding. All have denied it."); none when that sentence holds no such list or more than one."""
    previous = _sentence_before(token)
    if previous is None or any(c.dep_ in ("prep", "det", "compound", "amod") for c in token.children):
        return []  # (and not "All of the men", "Both teams": not the pronoun)
    lists = []
    # (a list that is the subject or what it is, or the object of someone unnamed, "Prosecutors questioned
    # Silbert, Haig and Fielding"; not the people a named one met, "Smith met with Jones and Brown")
    subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    unnamed = subject is None or named(subject, mentions, allow_pronoun=False) is None
    kinds = ("nsubj", "nsubjpass", "attr", "appos") + (("dobj",) if unnamed else ())
    for first in (t for t in previous if t.conjuncts and t.dep_ in kinds):
        # (the parser may hang the list on an apposition to its first name: "Silbert, ...; Haig; and Gray")
        members = [first.head] if first.dep_ == "appos" else []
        members += [first, *first.conjuncts]
        names = [n for t in members if (n := named(t, mentions, allow_pronoun=False)) is not None]
        if len({n.text for n in names}) >= 2:
            lists.append(names)
    return lists[0] if len(lists) == 1 else []


def _sentence_before(token: Any) -> Any | None:
    """The sentence before the one ``token`` opens as the subject of its main clause (blank lines passed
    over), for a "they", "both" or "all" that stands for names given there; else ``None``."""
    sentence = token.sent
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i != sentence.root.i:
        return None
    return sentence_before(sentence)


def _people_named(noun: Any) -> bool:
    """Whether ``noun`` names several people or parties a later "they" may be: coordinated names, or a plural
    of people or of a named kind ("the Houthi rebels", "Saudi princes", "firefighters"; not "talks",
    "patents")."""
    low = noun.text.lower()
    if noun.ent_type_ in _PARTY_TYPES and not noun.conjuncts:
        return False  # one party, whatever its name ends in ("The New York Times", "the Philippines")
    if noun.conjuncts:
        return any(t.ent_type_ in _PARTY_TYPES for t in (noun, *noun.conjuncts))
    plural = low.endswith("s") and not low.endswith("ss") and low not in THINGS
    # ("condemned the pirates. They seized a tanker": a definite plural is the likelier "they")
    described = any(t.ent_type_ in _PARTY_TYPES or t.text.lower() == "the" for t in noun.lefts)
    return (plural and described) or low.endswith(("ers", "men", "ists", "ians")) or low in _PLURALS


def _pair_before(token: Any) -> Any | None:
    """The first of two or more names coordinated in the clause that the adverbial clause of a subject
    "they" modifies: its subject ("GM and Chrysler got loans after they warned"), else, when that subject is
    one person or thing, its object ("pointed a gun at Mourad and Cordova before they opened fire"). An
    unnamed plural subject is the likelier "they" ("Police shot Ray and Lee after they ...": no one)."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.text.lower() in _ADVERBIAL_MARKS for c in clause.children):
        return None
    main = clause.head
    subject = next((c for c in main.children if c.dep_ in CLAUSE_SUBJECTS), None)
    if subject is not None and subject.conjuncts:
        return subject
    low = subject.text.lower() if subject is not None else ""
    plural = (low.endswith("s") and not low.endswith("ss")) or low.endswith("men") or low in _PLURALS
    if low in GROUP_PRONOUNS or low in GROUP_NOUNS or plural:
        return None
    objects = [c for c in main.children if c.dep_ in ("dobj", "dative")] + [
        g for c in main.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return next((o for o in objects if o.conjuncts and o.i < token.i), None)
