"""Dismissals for the actions stage (:mod:`storyline.actions`): an organisation firing, sacking, dismissing
or laying off someone, or a team releasing, cutting or letting go a player, is a sanction, told apart from
firing at someone, from a game's sacks and from a claim dismissed; and who a passive gerund is done to
("after being sacked by Chelsea, Diaz joined Roma").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.action_clauses import agents_of, described_noun, prep_child, prep_objects
from storyline.action_contests import COUNTED, in_a_game
from storyline.action_forms import forms
from storyline.action_misparse import modified_noun, running_back, verb_read_as_modifier
from storyline.action_nouns import (
    DEALERSHIPS,
    PATIENT_NOUNS,
    PLAYER_POSITIONS,
    ROLE_NOUNS,
    SHOTS,
    STAFF,
    TITLES,
    WEAPONS,
)
from storyline.action_untagged import Named
from storyline.gazetteer import country_of_word, lookup_place

# Words of a football play: "sacked Brady on the final play".
_PLAYS = frozenset(
    {"play", "plays", "quarterback", "yards", "touchdown", "touchdowns", "fumble", "sacks", "quarter"}
)
_AIMED = frozenset({"at", "on", "upon", "towards", "toward"})


def dismissal(token: Any, low: str) -> bool:
    """An organisation dismissing someone: "fired its coach / 300 employees", "laid off 500 workers",
    "dismissed Smith", "sacked manager Ron Hale", "fired its treasurer, Tom Okafor" (not "fired rockets",
    "dismissed the claims", nor a game's "sacked the quarterback four times")."""
    sacked = low in forms("sack")
    if low in forms("release") or low in forms("cut"):
        return released_player(token)
    if low in forms("let"):
        return let_go(token) is not None
    # ("suspended the employee", "suspended two officers": staff sent home, a sanction however unnamed; not
    # "suspended talks", "suspended its dividend")
    suspended = low in forms("suspend")
    if low in forms("remove"):
        return _removed_from_a_post(token)
    if not (low in forms("fire") or low in forms("dismiss") or low in forms("lay") or sacked or suspended):
        return False
    if sacked and (
        in_a_game(token)
        or any(t.text.lower() in COUNTED for c in token.children for t in (c, *c.children))
        or any(t.text.lower() in _PLAYS for t in token.sent)
    ):
        return False  # "sacked Brady four times", "on the final play": a play of the game
    if low in forms("lay") and not any(c.dep_ == "prt" and c.text.lower() == "off" for c in token.children):
        return False
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None) or borrowed_patient(
        token
    )
    if obj is None:
        return False
    if obj.text.lower() in ("who", "whom", "that") and token.dep_ == "relcl":
        obj = token.head  # "Meyer, who was fired by Google", "Tom Fox, whom they fired on Monday"
    words = {obj.text.lower()} | {
        g.text.lower()
        for c in obj.children
        if c.dep_ == "prep" and c.text.lower() == "of"
        for g in c.children
    }
    # (a shot fired is no one dismissed, whoever is named after it: "accused of firing the fatal shot,
    # Jermayne Timmons")
    named = (
        not fired_at(token)
        and obj.text.lower() not in SHOTS | WEAPONS
        and any(t.ent_type_ == "PERSON" for t in obj.children if t.dep_ in ("appos", "compound"))
    )
    # ("dismissed him", "fired his lawyer": a person let go, not a claim dismissed)
    person = obj.text.lower() in ("him", "her") and not low.startswith("lay")
    # ("the gunman had been dismissed by Tremont Packaging": a person an organisation let go)
    agents = agents_of(token)
    # (a name, whatever the tagger made of it: "by Tremont Packaging")
    by_company = any(g.text[:1].isupper() and g.ent_type_ != "PERSON" for g in agents)
    someone = obj.ent_type_ == "PERSON" or obj.lower_ in ROLE_NOUNS | PATIENT_NOUNS
    # (not one dismissed "as" something, nor a pupil sent home: "dismissed by Marlow Police as a prankster",
    # "dismissed by Harwick High School early")
    described = prep_child(token, "as")
    school = any(t.lower_ in _SCHOOLING for g in agents for t in g.subtree) or obj.lower_ in _SCHOOLING
    if by_company and obj.dep_ == "nsubjpass" and someone and not (described or school):
        return True
    # (a player suspended by the league: "suspended the linebacker for four games"; students or members
    # suspended by their university or party)
    staff = TITLES | STAFF | _STAFF_PLURALS | (PLAYER_POSITIONS | _SUSPENDED if suspended else frozenset())
    # ("dismissed opposition representatives as puppets": brushed aside; not "fired him as coach")
    judged = prep_objects(token, "as") + prep_objects(obj, "as")  # (the parser hangs the "as" on either)
    if any(g.lower_ not in staff | ROLE_NOUNS | {"part"} for g in judged):
        return False
    return obj.ent_type_ == "PERSON" or named or person or bool(words & staff)


def _removed_from_a_post(token: Any) -> bool:
    """ "removed Father Eoin Brannigan as parish priest", "removed Tomas Oyelaran from the ballot": a named
    person taken out of a post or a list ("as" or "from" something); not "removed the debris from the
    road"."""
    person = any(
        c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her"))
        for c in token.children
    )
    # (only a post or a list of candidates: not a player taken off, a suspect cleared, a woman pulled from
    # the rubble or a protester carried off)
    as_post = any(g.lower_ in TITLES | STAFF | _CLERGY for g in prep_objects(token, "as"))
    from_post = any(g.lower_ in _OFFICES_HELD for g in prep_objects(token, "from"))
    return person and (as_post or from_post)


# What a person is removed from when dismissed: an office, a post, a ballot.
_OFFICES_HELD = frozenset(
    {"office", "post", "ballot", "board", "party", "position", "role", "job", "command", "presidency"}
    | {"chairmanship", "cabinet", "government", "leadership", "parish", "pulpit", "seat", "committee"}
)
_CLERGY = frozenset({"priest", "pastor", "vicar", "bishop", "rector", "abbot", "imam", "rabbi", "captain"})
# Those an institution suspends as a sanction besides its staff: "suspended 14 students", "two members".
_SUSPENDED = frozenset({"students", "pupils", "members", "councillors", "lawmakers", "deputies"})
# Words of a school, whose pupils are dismissed at the end of the day, not let go.
_SCHOOLING = frozenset(
    {"school", "academy", "college", "students", "pupils", "teenager", "class", "classes", "student"}
)
# Staff in numbers that an organisation dismisses: "dismissed three traders", "fired two assistant coaches".
_STAFF_PLURALS = frozenset(
    {"coaches", "assistants", "traders", "bankers", "engineers", "journalists", "reporters", "teachers"}
    | {"nurses", "doctors", "pilots", "guards", "agents", "analysts", "directors", "editors", "scouts"}
    | {"representatives", "organisers", "organizers", "drivers", "midwives", "cleaners", "porters"}
    | {"stewards"}
    # and those who work for one person: "fired his lawyer", "dismissed her publicist"
    | {"lawyer", "attorney", "publicist", "aide", "adviser", "advisor", "assistant", "agent", "trainer"}
    | {"accountant", "bodyguard", "nanny", "driver", "lawyers", "attorneys", "aides", "advisers"}
)


# Positions on a team's roster, written before a player's name in a transaction ("cut veteran tackle Ray
# Lamb"): what tells a player let go from a man released from custody or a budget cut. Words that also
# describe prisoners and their guards ("security guard", "Army veteran", "rights defender") count only
# beside a position ("veteran tackle").
ROSTER = PLAYER_POSITIONS | {"safety", "centre", "back", "end", "starter", "closer"}
_ROSTER_TOO = frozenset({"guard", "defender", "rookie", "veteran"})


def roster_cue(words: Sequence[str]) -> bool:
    """Whether the words written before a name tell a player's position: "quarterback", "veteran tackle",
    "point guard" (not "security guard", "Army veteran", "rights defender" alone)."""
    low = {w.lower() for w in words}
    if low & ROSTER:
        return True
    return bool(low & _ROSTER_TOO and low & {"point", "shooting"}) and not low & _NOT_ROSTER


# What a guard is when not a player's position.
_NOT_ROSTER = frozenset({"security", "prison", "border", "coast", "national", "home"})


def _a_state(token: Any) -> bool:
    """Whether ``token`` names a state or its people ("Russia", "Iranian"), which release prisoners; a team
    the tagger took for a place or a people ("the New York Jets" as GPE, "the Cowboys" as NORP) is none."""
    if token.ent_type_ == "NORP":
        return country_of_word(token.text) is not None
    name = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    return token.ent_type_ == "GPE" and name is not None and lookup_place(name.text) is not None


def released_player(verb: Any) -> bool:
    """A team letting a player go: "released quarterback Kellen Clemens", "cut veteran tackle Ray Lamb"
    (a named player written with his position; not "released the man without charge", "released the
    hostages", "cut 300 jobs", nor a state releasing a prisoner: "Russia released veteran Paul Whelan")."""
    releaser = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        iter(agents_of(verb)), None
    )
    if releaser is not None and _a_state(releaser):
        return False
    if any(c.dep_ == "prep" and c.text.lower() == "from" for c in verb.children):
        return False  # "released Xu Zhiyong from prison", "cut from the squad" told otherwise
    if running_back(verb) is not None:
        return True  # "released running back Tiki Barber"
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.text.lower() in ROSTER:
        # "released quarterback Joe Smith" parsed with the position as the object, the name in apposition
        return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
    if obj is None or obj.ent_type_ != "PERSON":
        return False
    return roster_cue([t.text for t in obj.subtree if t.i < obj.i])


# Who lets a suspect go: a release from custody, no dismissal.
_CUSTODIANS = frozenset({"police", "officers", "authorities", "prosecutors", "agents"})


def let_go(verb: Any) -> Any | None:
    """The person a team or an employer lets go: "let go of defensive coordinator Sean Desai", "let Chris Ford
    go"; else None (not "let him leave", nor police letting a suspect go: a release from custody)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.ent_type_ == "NORP" or subject.text.lower() in _CUSTODIANS):
        return None
    for go in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.text.lower() == "go"):
        held = [g for c in go.children if c.dep_ == "prep" and c.text.lower() == "of" for g in c.children]
        held += [c for c in go.children if c.dep_ == "nsubj"]
        person = next((g for g in held if g.ent_type_ == "PERSON"), None)
        if person is not None:
            return person
    return None


def borrowed_patient(verb: Any) -> Any | None:
    """The one a passive gerund after a preposition is done to, the subject of the clause it hangs from
    ("After being sacked by Chelsea, Diaz joined Roma", "was hired by Deloitte after being sacked by
    KPMG"); else ``None``."""
    if verb.dep_ != "pcomp" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    clause = verb.head.head
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def fired_at(token: Any) -> bool:
    """Whether firing is aimed at someone ("fired on him", "was fired upon": a preposition or, misparsed, a
    particle), so no dismissal."""
    return any(c.text.lower() in _AIMED for c in token.children)


def fires_person(token: Any, target: Named | None) -> bool:
    """Whether ``token`` fires the person ``target`` as its direct object ("fired Cheeks", "fired chief
    operating officer Lisa Tran") or its passive subject ("Altman, who was fired by OpenAI's board"), not
    at them ("was fired upon", "fired on him")."""
    if (
        token.text.lower() not in forms("fire")
        or target is None
        or target.mention is None
        or target.mention.type != "PERSON"
    ):
        return False
    # (or the name the parser hung it on: "The Yankees fired manager Joe Torre", "fired" → "manager")
    named_in = [c for c in token.children if c.dep_ == "dobj"]
    named_in += [modified_noun(token)] if verb_read_as_modifier(token) else []
    if any(target.start <= t.idx < target.end for c in named_in for t in c.subtree):
        return True
    return not fired_at(token) and any(c.dep_ == "nsubjpass" for c in token.children)


def closes_dealers(token: Any) -> bool:
    """A carmaker closing, shutting down or eliminating its dealerships parts ways with those who sell for it
    ("plans to close 1,100 dealerships", "eliminate 789 of its 3,200 dealers", "the dealerships that it was
    closing"); not closing a plant, "shut down three drug dealers" nor "closed in on the dealers"."""
    if any(c.dep_ == "prt" and c.text.lower() != "down" for c in token.children):
        return False
    nouns = [c for c in token.children if c.dep_ == "dobj"]
    # ("789 of its dealers", with the "of" on the number or, by the parser, on the verb)
    nouns += [g for n in (*nouns, token) for p in n.children if p.text.lower() == "of" for g in p.children]
    described = described_noun(token)  # "the dealerships that it intends to shut down"
    nouns += [described] if described is not None else []
    return any(
        n.text.lower() in DEALERSHIPS
        or (n.text.lower() in ("dealer", "dealers") and any(c.dep_ == "poss" for c in n.children))
        for n in nouns
    )
