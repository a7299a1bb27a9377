"""Ties between parties that a verb's phrases tell, for the actions stage (:mod:`storyline.action_parse`): a
post given to someone ("appointed L. Patrick Gray", "chose EADS to build the tanker"), a post held for someone
("served as special assistant to John Mitchell"), a post announced ("the Academy announced that Hugh Jackman
will host the Oscars"), a party turned to for help ("Woodward turned to Felt", "King looked to Cheeks to take
over"), a party advised ("Goldman Sachs advised Dunmore on the deal"), a player drafted ("was drafted by the
Sentinels") and a person guided ("secretly guided reporter Bob Woodward")."""

from __future__ import annotations

from typing import Any

from storyline.action_forms import forms
from storyline.action_nouns import ROLE_NOUNS
from storyline.action_senses import a_person, is_infinitive
from storyline.action_untagged import Named


def turned_to(token: Any) -> bool:
    """ "Woodward turned to Felt", "King looked to Cheeks to take over": a named party turned to for help (not
    "turned to politics" or "to Christianity", "turned their interest to Ramirez", "looking to Hansbrough"
    as he spoke: a look needs what it is for)."""
    if any(c.dep_ == "dobj" for c in token.children):
        return False
    looked = token.text.lower() in forms("look")
    if looked and not any(c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in token.children):
        return False
    return any(
        g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG", "GPE")
        for c in token.children
        if c.dep_ in ("prep", "prt", "dative") and c.text.lower() == "to"
        for g in c.children
    )


def served_for(token: Any) -> list[Any]:
    """Whom a post is held for, after "to" or "under", on the post or on the verb ("served as chief of staff
    to Governor Ann Kerrigan"), when the verb has its "as"."""
    posts = [c for c in token.children if c.dep_ == "prep" and c.text.lower() == "as"]
    if not posts or token.text.lower() not in forms("serve"):
        return []
    holders = [token, *(r for p in posts for r in p.children if r.dep_ == "pobj")]
    return [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.text.lower() in ("to", "under")
        for g in p.children
        if g.dep_ == "pobj"
    ]


# Where a person is led to: an escort or custody ("guided Madoff into the courthouse"), or a coach's player
# led to titles, not the guidance of a source.
_LED_TO = frozenset(
    {"into", "onto", "off", "out", "through", "to", "toward", "towards", "from", "across", "past"}
)


def guided_person(token: Any) -> bool:
    """ "secretly guided Washington Post reporter Bob Woodward": a person guided, as a source guides a
    reporter; not a team ("guided the Colts back to the playoffs") nor someone led somewhere ("guided Madoff
    into the courthouse", "guided Trump off the stage", "guided Brady to six titles")."""
    people = [c for c in token.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    team = any(p.text.endswith("s") and any(c.text.lower() == "the" for c in p.children) for p in people)
    led = any(c.dep_ in ("prep", "prt", "advmod") and c.text.lower() in _LED_TO for c in token.children)
    return bool(people) and not team and not led


# Words for someone given a post whom the text does not name: "nominates a rural doctor as Surgeon General".
_APPOINTEES = ROLE_NOUNS | {"doctor", "physician", "individual", "person", "successor", "replacement"}


def given_a_post(token: Any, target: Named | None) -> bool:
    """Whether ``target`` is a person appointed, promoted or nominated, not the body of the post nor the
    owner of a thing promoted ("promoted LeBron James's new shoe"); with no target, whether the one given
    the post is a person left unnamed ("nominates a rural Catholic doctor", "will appoint three members")."""
    if target is None:
        return any(
            c.dep_ in ("dobj", "nsubjpass") and c.text.lower().removesuffix("s") in _APPOINTEES
            for c in token.children
        )
    target_type = target.mention.type if target.mention is not None else None
    if target_type == "ORG" and token.text.lower() in _CHOOSING:
        # "chose EADS to build the tanker": a contractor chosen for a job (as "selected", a hiring)
        return any(c.dep_ == "xcomp" for c in token.children)
    if target_type != "PERSON":
        return False
    owners = [t for t in token.doc if target.start <= t.idx < target.end and t.dep_ == "poss"]
    return not owners


_CHOOSING = frozenset(f for b in ("choose", "pick") for f in forms(b))


# Posts an announcement may give a person: "announced that Hugh Jackman will be the host", "... that Smith
# will become the new coach".
_POSTS_ANNOUNCED = frozenset(
    {"host", "coach", "manager", "director", "chairman", "chairwoman", "captain", "nominee", "successor"}
    | {"emcee"}
)
# ("announced that Ellen DeGeneres would return as emcee", "will join the club as manager": back in a post)
_TAKING_POSTS = frozenset(
    {"be", "is", "was", "become", "becomes", "became", "serve", "serves", "served"}
    | set(forms("return"))
    | set(forms("join"))
)
_HOSTING = frozenset(forms("host"))


def announced_appointee(token: Any) -> Any | None:
    """The person ``token`` ("announced") gives a post, as the subject of the clause it announces: "the
    Academy announced that Hugh Jackman will host the Oscars", "DeGeneres will return to host the Oscars,
    producers announced", "announced that Smith will be the new coach"; else ``None`` (an announcement of
    anything else is speech, which the quotes stage covers)."""
    if token.text.lower() not in forms("announce"):
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.ent_type_ != "PERSON":
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "announced that Tucker Carlson will not return as host": no post given
        hosting = [clause] if clause.text.lower() in _HOSTING else []
        hosting += [c for c in clause.children if c.dep_ in ("xcomp", "advcl") and c.text.lower() in _HOSTING]
        # (a show hosted, not a guest: "Biden will host Xi Jinping")
        hosts = any(
            not any(o.dep_ == "dobj" and o.ent_type_ == "PERSON" for o in h.children) for h in hosting
        )
        posts = [
            c for c in clause.children if c.dep_ in ("attr", "prep") and _post_word(c) in _POSTS_ANNOUNCED
        ]
        # (a body joined that is not the announcer: "the FA announced that Southgate will join Leicester
        # City as manager" gives Leicester's post, not the FA's; a show returned to is none, "the Oscars")
        elsewhere = any(_of_another(o, token, direct=True) for o in clause.children if o.dep_ == "dobj")
        post = (
            clause.text.lower() in _TAKING_POSTS
            and not elsewhere
            and any(not _of_another(p, token) for p in posts)
        )
        if hosts or post:
            return subject
    return None


def _of_another(post: Any, announced: Any, direct: bool = False) -> bool:
    """Whether a post is named as another body's than the announcer's ("Halvorsen Motors announced that Karl
    Stein will become chairman *of Norvale Bank*", "coach *of the Netherlands*"); with ``direct``, whether
    ``post`` is itself such a body ("will join *Leicester City*")."""
    announcer = {t.text for c in announced.children if c.dep_ == "nsubj" for t in c.subtree}
    if direct:
        bodies = [post]
    else:
        bodies = [
            g
            for c in post.subtree
            if c.dep_ == "prep" and c.text.lower() == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return any(g.ent_type_ in ("ORG", "GPE") and g.text not in announcer for g in bodies)


def _post_word(token: Any) -> str:
    """The post a clause's "the new coach" or "as host" names."""
    if token.dep_ == "prep":
        token = next((c for c in token.children if c.dep_ == "pobj"), token)
    return str(token.text.lower())


def advised_party(token: Any) -> bool:
    """Whether ``token`` ("advised") is counsel given to a party as a service, cooperation ("Goldman Sachs
    advised Dunmore on the deal", "advised Hollywood for its series"); not advice that someone act ("advised
    residents to shut their windows", "advised users that ..."), a request."""
    if token.text.lower() not in forms("advise"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") or c.text.lower() == "against" for c in token.children):
        return False  # ("advised China against reopening the markets": a request)
    if any(
        t.lower_ == "of" and any(g.dep_ == "pobj" and g.text.islower() for g in t.children)
        for t in token.subtree
    ):
        return False  # "was advised by Judge Ruiz of his rights": told, no service
    # (or the party advised as the subject of a passive: "Halvorsen is being advised by Lindqvist Moreau")
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ in ("ORG", "GPE", "PERSON") for c in token.children
    )


def drafted_player(token: Any) -> bool:
    """Whether ``token`` ("drafted") is a team drafting a person ("we drafted him", "was drafted by the
    Sentinels"), a hiring; not a text drafted ("drafted a resolution")."""
    if token.text.lower() not in forms("draft"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and a_person(c) for c in token.children)


def dated_person(token: Any) -> bool:
    """Whether ``token`` ("dating") is a romance with a named person, a relationship like the notes' "a
    relationship with someone": "is dating designer Julien Jarmoune", "dates her business partner, Julien
    Jarmoune" (not "the vase dates from 1850", nor carbon dating)."""
    if token.text.lower() not in forms("date"):
        return False
    return any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON" or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
        )
        for c in token.children
    )
