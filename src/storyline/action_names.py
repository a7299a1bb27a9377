"""Names for the actions stage (:mod:`storyline.actions`): who an actor or a target is, read from a spaCy
dependency parse and the article's mentions.

A name is a PERSON, ORG, GPE or NORP mention written with a capital or a digit; a named group (a nationality,
place, party or company + a collective noun: "Indian navy", "Romanian government", "Republican Party leaders",
"GM's bondholders"; a collective noun "from", "of" or "in" a named body: "officials from China"); a
capitalised institution or a ship the entity tagger missed ("the Defense Ministry", "the Air Force", "INS
Tabar": :mod:`storyline.action_untagged`); the name in apposition to a common noun ("director Catherine
Hardwicke"), or the name a description is in apposition to ("the Castaways, a Las Vegas casino they bought":
the casino is the Castaways); a named family ("the Grigoropoulos family", "Horton's family", but not "a family
from Ohio"); or a pronoun resolved to one that agrees with it (:mod:`storyline.action_pronouns`). A bare
common noun ("the government", "police") or a capitalised role ("the French Defense Minister") is never a
name. A target is the name an object phrase is or stands for (:func:`storyline.action_targets.target_of`);
the actors a subject stands for, one per coordinated name, are :func:`storyline.action_actors.actors`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.action_mentions import BODIES, capitals, just_before, mention_at, one_national
from storyline.action_nouns import (
    COUNSEL,
    DESCRIBED_HEADS,
    GROUP_NOUNS,
    KNOWN_AS,
    PARTIES_OF,
    PLACE_KINDS,
    POSITIONS,
    RELEASE_NUMBER,
    THINGS,
    TITLES,
    VESSEL_NOUNS,
)
from storyline.action_untagged import (
    Named,
    a_storm,
    body_of_place,
    company,
    institution,
    left_modifiers,
    office_of,
    people_of,
    ship_name,
    vessel_name,
)
from storyline.gazetteer import lookup_place
from storyline.given_names import given_name_gender
from storyline.nlp import text_of
from storyline.records import Mention
from storyline.sentences import BE_FORMS

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"it", "they", "them"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
NOMINATIVE = {"his": "he", "its": "it", "their": "they"}
# Words that name no one by themselves: an actor or target written with one of them is whoever it was
# resolved to (the scorer judges that name, not the word).
REFERRING_WORDS = PRONOUNS | {"i", "me", "we", "us", "who", "whom", "which", "that", "his", "its", "their"}
# Plurals of time, never a group a place names ("filed suit in San Francisco hours after the ruling").
_SPANS_OF_TIME = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})
# Counts the parser may hang a name on: "agreed to lend Greece billions" names Greece, not a group.
_COUNTS = frozenset({"billions", "millions", "thousands", "hundreds", "dozens", "scores", "tens"})
# Group nouns for states, which are no people of a place they are "in".
_NATIONS = frozenset({"countries", "nations", "states", "governments"})


# -- finding names on the parse


def _said_to_be(verb: Any) -> bool:
    """Whether ``verb`` is an affirmed "is" / "was" ("The gunman was Brian Nichols"; not "was not")."""
    return verb.text.lower() in BE_FORMS and not any(c.dep_ == "neg" for c in verb.children)


def _listed(doc: Any, mention: Mention) -> bool:
    """Whether the name ``mention`` heads a list of names ("reporters Bob Woodward and Carl Bernstein")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "conj" for c in span.root.children)


def _right_before(mention: Mention, token: Any) -> bool:
    """Whether ``mention`` ends just before ``token``, with at most punctuation between, and has no given name
    ("Pixar, which", not "Tom Banks, which")."""
    between = text_of(token.doc)[mention.end : token.idx]
    unlike_a_person = given_name_gender(mention.text) is None
    return unlike_a_person and all(not c.isalnum() for c in between) and mention.end <= token.idx


def named(
    token: Any, mentions: Sequence[Mention], allow_pronoun: bool, not_them: frozenset[str] = frozenset()
) -> Named | None:
    """The name ``token`` (the head of a subject or object) is or stands for, if it is named; a pronoun
    (with ``allow_pronoun``) never for one of the names ``not_them``."""
    if token.text.lower() in ("who", "whom", "which", "that") and token.head.dep_ == "relcl":
        noun = token.head.head
        if noun.dep_ == "attr":  # "Lopez is the gunman who sprayed gunfire": the subject the noun describes
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            # (but not the empty "it" of "It was Russia that attacked Ukraine")
            noun = subject if subject is not None and subject.text.lower() != "it" else noun
        elif noun.dep_ == "appos" and noun.lower_ in BODIES:
            # "Christine Monaco, a spokeswoman for the FBI, the organization that worked to ...": the body
            # named just before the noun, which the parser hung on the person
            return just_before(noun.left_edge, mentions) or named(noun.head, mentions, allow_pronoun)
        elif noun.dep_ == "appos":  # "Jason Varitek, the Red Sox captain who declined an offer"
            noun = noun.head
        elif (
            noun.dep_ == "pobj" and noun.head.text.lower() == "as" and noun.head.head.text.lower() in KNOWN_AS
        ):
            # "LaRue was known as the bagman who delivered payoffs": the one known as that
            subject = next((c for c in noun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            noun = subject if subject is not None else noun
        found = named(noun, mentions, allow_pronoun)
        if token.text.lower() == "which" and found is not None and found.mention is not None:
            # "attorney Kassie Siegel of the Center for Biological Diversity, which is suing": "which" is
            # never a person; the name just before it, when there is one (but a name the clause follows
            # at once is the tagger's mistake: "Pixar, which was acquired by Disney" is a company)
            if found.mention.type != "PERSON" or _right_before(found.mention, token):
                return found
            return just_before(token, mentions)
        return found
    own = mention_at(mentions, token.idx, token.idx + len(token.text))
    if own is None or own.type == "NORP":
        for child in (c for c in token.children if c.dep_ == "appos"):
            # "a Greek tanker, the Delta Poseidon", "two Americans, Luke Denman and Ray Berry": the name in
            # apposition, not what the description would name
            inner = mention_at(mentions, child.idx, child.idx + len(child.text))
            shipped = vessel_name(child) or ship_name(child)
            if shipped is not None:
                return shipped
            if inner is not None and RELEASE_NUMBER.search(inner.text):
                return None  # "The software update, iPod Software 1.1.1, works with ...": a program
            if inner is not None and inner.type in ("PERSON", "ORG", "GPE"):
                return Named(inner.canonical, inner.start, inner.end, inner)
        set_off = _person_set_off_after(token, mentions) if own is None else None
        if set_off is not None:
            return set_off
    vessel = vessel_name(token)
    if vessel is not None:
        return vessel  # "the cruiser Moskva" (the tagger may call it a nationality), "the freighter Irene"
    mention = mention_at(mentions, token.idx, token.idx + len(token.text))
    if mention is not None and one_national(token, mention):
        return None  # "the American was offering no reply": one unnamed person of that nation
    if mention is None and token.text.isupper() and token.is_alpha and len(token.text) > 1:
        in_capitals = capitals(token, mentions)  # "RED SOX MAKE HUGE OFFER": a headline in capitals
        if in_capitals is not None:
            return in_capitals
    if mention is None and token.dep_ == "appos" and token.text.lower() not in PRONOUNS:
        # "the Castaways, a Las Vegas casino they bought": the name the description is in apposition to
        mention = mention_at(mentions, token.head.idx, token.head.idx + len(token.head.text))
    if RELEASE_NUMBER.fullmatch(token.text) or (mention is not None and RELEASE_NUMBER.search(mention.text)):
        return None  # "iPod Software 1.1.1 works with the iPod Nano": a program, no one who acts
    if mention is not None and a_storm(token.doc, mention):
        return None  # "Hurricane Helene threatened the coast": a storm's name, no actor
    body = body_of_place(token, mention, mentions) if mention is not None else None
    if body is not None:
        return body
    if mention is not None:
        return Named(mention.canonical, mention.start, mention.end, mention)
    low = token.text.lower()
    # "Indian navy", "Obama team", "Thai trawler" (targets), "Philadelphia 76ers" (a name NER missed)
    name_shaped = (token.text[:1].isupper() or token.text[:1].isdigit()) and low not in TITLES
    # targets: "Thai fishing trawler", "Somali nationals" (a ship, a plural), not "the Maryland native"
    # ("Eritrean gunmen", "Somali militiamen": a plural in -men)
    plural = (low.endswith("s") and not low.endswith("ss")) or (low.endswith("men") and len(low) > 5)
    plural = plural and low not in _SPANS_OF_TIME  # "in San Francisco hours after": no group of people
    ship = ship_name(token)
    if ship is not None:
        return ship
    # a nationality + a plural or a ship is a named group as actor too ("Greek rioters have attacked", "an
    # Indian navy ship sent commandos")
    if low in THINGS:
        plural = name_shaped = False  # "Washington's accusations": the name inside is the party
    if low in DESCRIBED_HEADS and any(c.dep_ == "det" and c.text.lower() == "the" for c in token.children):
        return None  # "accusing the South Korean company of copying": a company named before, described
    if low in _COUNTS or token.ent_type_ == "MONEY":
        # "agreed to lend Greece billions", "fined Corvane Chemicals £1.9 million": the parser hung the one
        # lent to or fined on the sum
        spans = [(c.idx, c.idx + len(c.text)) for c in left_modifiers(token)]
        inner = next((m for s, e in spans if (m := mention_at(mentions, s, e)) is not None), None)
        return Named(inner.canonical, inner.start, inner.end, inner) if inner is not None else None
    # ("Lohan's lawyer": one person's counsel, singular)
    if low in GROUP_NOUNS or name_shaped or plural or low in VESSEL_NOUNS or low in COUNSEL:
        for child in left_modifiers(token):
            inner = mention_at(mentions, child.idx, child.idx + len(child.text))
            if low == "office" and child.head.dep_ != "poss" and child.dep_ != "poss":
                continue  # "Senator Marchand's office" acts; "a Vancouver office" is a place
            if inner is not None and inner.type == "ORG" and people_of(low):
                # "Hamas fighters", "Boeing workers": an organisation's people, who act as it (the text is
                # the organisation's, the span the whole phrase)
                return Named(inner.canonical, inner.start, token.idx + len(token.text), inner)
            owned = (
                inner is not None
                and child.dep_ == "poss"
                and low in PARTIES_OF
                and (inner.type == "ORG" or (inner.type == "PERSON" and low in COUNSEL))
            )
            # (a party is a political one, of a body or a people: not "a Vancouver office Christmas party"; a
            # club a team's, not "a Berlin club" that refused entry)
            if low in ("party", "club") and (inner is None or inner.type not in ("ORG", "NORP")):
                continue
            if inner is not None and (
                low in GROUP_NOUNS or name_shaped or inner.type in ("GPE", "NORP") or owned
            ):
                start = inner.start
                end = token.idx + len(token.text)
                return Named(text_of(token.doc)[start:end], start, end, None)
    found_institution = institution(token) or company(token) or office_of(token)
    if found_institution is not None:
        return found_institution
    if low in PLACE_KINDS:  # "the city of Palmer" is Palmer
        for child in (c for c in token.children if c.dep_ == "prep" and c.text.lower() == "of"):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                inner = mention_at(mentions, pobj.idx, pobj.idx + len(pobj.text))
                if inner is not None and inner.type in ("GPE", "ORG"):  # the tagger takes some towns for ORGs
                    return Named(inner.canonical, inner.start, inner.end, inner)
    for child in token.children:
        # "The suspect, identified as Anthony LaCalamita,", "a man named John Smith"
        if child.dep_ == "acl" and child.text.lower() in ("identified", "named"):
            for sub in child.subtree:
                inner = mention_at(mentions, sub.idx, sub.idx + len(sub.text))
                if inner is not None and inner.type == "PERSON":
                    return Named(inner.canonical, inner.start, inner.end, inner)
    if token.dep_ == "nsubj" and not plural and _said_to_be(token.head):
        # "The man accused of shooting them is Anthony LaCalamita III": the person a common noun (a name has
        # returned above) is said to be (not "was not Darren Wilson")
        for attr in (c for c in token.head.children if c.dep_ == "attr"):
            inner = mention_at(mentions, attr.idx, attr.idx + len(attr.text))
            if inner is not None and inner.type == "PERSON":
                return Named(inner.canonical, inner.start, inner.end, inner)
    after = token.idx + len(token.text) + len(token.whitespace_)
    role = low in POSITIONS or (plural and low[:-1] in POSITIONS)
    written = mention_at(mentions, after, after + 1) if role else None
    if written is not None and plural and not _listed(token.doc, written):
        written = None  # "warned senators Putin could not be trusted": a clause's subject, not the senators
    if written is not None and written.type == "PERSON" and written.start == after:
        # "criticized receiver Tavon Hughes": a role the parser cut from the name written after it ("helped
        # Post reporters Bob Woodward and Carl Bernstein": the first of the people named)
        return Named(written.canonical, written.start, written.end, written)
    for child in token.children:
        # "'Twilight' director Catherine Hardwicke", "the ship, INS Sukanya,": the name in apposition
        inner = (
            mention_at(mentions, child.idx, child.idx + len(child.text)) if child.dep_ == "appos" else None
        )
        if inner is not None and low not in PRONOUNS:
            return Named(inner.canonical, inner.start, inner.end, inner)
        # "negotiators for the Philippine government": its people act as the body they are there for
        if child.dep_ == "prep" and child.lower_ == "for" and people_of(low):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            body = named(pobj, mentions, allow_pronoun=False) if pobj is not None else None
            # (a body, not an event: "officials for the Tokyo Olympics")
            if body is not None and (body.mention is None or body.mention.type in ("ORG", "GPE", "NORP")):
                return Named(body.text, token.idx, body.end, body.mention)
        # "officials from the People's Republic of China", "leaders of Hamas", "police in Kenya"
        if (
            low in GROUP_NOUNS - {"family", "office"}
            and child.dep_ == "prep"
            and child.text.lower() in ("from", "of", "in", "with")
        ):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            inner = mention_at(mentions, pobj.idx, pobj.idx + len(pobj.text)) if pobj is not None else None
            if inner is not None and inner.type == "ORG" and people_of(low):
                # "leaders of Hamas" act as Hamas, like "Hamas fighters" (the span the whole phrase)
                return Named(inner.canonical, token.idx, inner.end, inner)
            body = institution(pobj) if pobj is not None and inner is None and people_of(low) else None
            if body is not None:
                # "deputies from the Calder County Sheriff's Office", "agents with the U.S. Marshals Service"
                return Named(body.text, token.idx, body.end, None)
            if child.text.lower() == "with":
                continue  # ("residents with children": no group of a place)
            if child.text.lower() == "in" and low in _NATIONS and inner is not None and _a_city(inner):
                continue  # "donor countries in Geneva": where they meet ("countries in the EU": its members)
            if inner is not None and inner.type != "PERSON":
                start, end = token.idx, inner.end
                return Named(text_of(token.doc)[start:end], start, end, None)
    # ("his intent to nominate Benjamin": the possessive holder of an intention stands for "he")
    if allow_pronoun and (low in PRONOUNS or (token.dep_ == "poss" and low in NOMINATIVE)):
        # (pronoun resolution reads names with this function in turn: imported here, not at the top)
        from storyline.action_pronouns import antecedent

        found = antecedent(token, mentions, not_them)
        if found is not None:
            return Named(found.text, token.idx, token.idx + len(token.text), found.mention)
    return None


def _person_set_off_after(token: Any, mentions: Sequence[Mention]) -> Named | None:
    """The person named between commas just after a described person ("spoke with the facility's warden,
    Dennis Okafor, twice"), which the parser hung elsewhere: in apposition to the description all the same.
    Not after a plural, nor a name that goes on to do something ("the warden, Dennis Okafor said", "accepted
    the invitation, Ibrahim Kalin, his spokesman, said")."""
    doc = token.doc
    described = any(c.dep_ in ("det", "poss") for c in token.children)
    if not described or not token.text.islower() or token.text.endswith("s") or token.i + 2 >= len(doc):
        return None
    if doc[token.i + 1].text != "," or any(c.dep_ == "appos" for c in token.children):
        return None
    first = doc[token.i + 2]
    mention = mention_at(mentions, first.idx, first.idx + len(first.text))
    if mention is None or mention.type != "PERSON" or mention.start != first.idx:
        return None
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ in ("nsubj", "nsubjpass"):
        return None  # "Erdogan accepted the invitation, Ibrahim Kalin, his spokesman, said": who says so
    after = doc[span.end].text if span.end < len(doc) else "."
    return Named(mention.canonical, mention.start, mention.end, mention) if after in (",", ".", ";") else None


def _a_city(mention: Mention) -> bool:
    """Whether the gazetteer knows the place ``mention`` names as a city or a capital."""
    place = lookup_place(mention.canonical)
    return place is not None and place.kind in ("city", "capital")
