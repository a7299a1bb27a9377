"""Demands for the actions stage (:mod:`storyline.action_parse`): a refusal counts only as the rejection of
someone's demand ("refused to comply", "refused the test", "refused to let GM fail"), not of a comment
("refused to comment") nor of something done to oneself ("refused to be photographed"); an insistence only
on something or that someone act ("insisted on concessions", "measures insisted upon by the EU", "insisted
that the union agree"), not on a fact ("insisted he was innocent"); and a search for help from someone, not
for a court's protection in a bankruptcy ("seeks bankruptcy protection"); an application to someone or for
leave ("applied to the FBI", "applied to the regulator for approval"), not a patch applied.
"""

from __future__ import annotations

from typing import Any

from storyline.action_clauses import prep_child
from storyline.action_forms import forms
from storyline.action_senses import has_object, mandative
from storyline.action_verbs import NOT_REFUSALS

# Verbs by which one lets a thing be done: "refused to allow / let / have her picture (be) taken".
_LETTING = frozenset(f for b in ("allow", "let", "have", "permit") for f in forms(b))
_PARTICIPLE_ENDINGS = ("ed", "en", "wn")


_WHEN = frozenset({"DATE", "TIME"})


def demand_missing(token: Any, low: str, cls: str) -> bool:
    """Whether a refusal or an insistence ``token`` (its text ``low``, read as class ``cls``) answers or
    makes no demand, and so is no action."""
    if cls == "deny" and low.startswith("refus"):
        if _own_image_refused(token):
            return True  # "refused to be photographed", "refused to have her picture taken"
        refused = [c for c in token.children if c.dep_ == "xcomp" and c.text.lower() not in NOT_REFUSALS]
        return not has_object(token) and not refused  # (not "refused to comment")
    if low in forms("insist"):
        # ("measures insisted upon by the EU": what is insisted on is the noun the participle is of)
        agent = prep_child(token, "by", ("agent",))
        # (not a date: "insisted on Tuesday that Russia had not interfered")
        insist_on = any(
            c.text.lower() in ("on", "upon")
            # ("insisted on remaining anonymous": a gerund too, but not a claim: "insisted on never having met
            # her", "insisted on leaving court that he was innocent")
            and (
                agent
                or any(g.dep_ == "pobj" and g.ent_type_ not in _WHEN for g in c.children)
                or any(g.dep_ == "pcomp" and not _claimed(g) for g in c.children)
            )
            for c in token.children
        )
        return not (insist_on or any(mandative(c) for c in token.children))
    if low in forms("seek"):
        # "seeks bankruptcy protection", "sought protection from its creditors under Chapter 11": a filing in
        # court (not "sought a bankruptcy loan from Barclays")
        protection = any(o.dep_ == "dobj" and o.text.lower() == "protection" for o in token.children)
        return protection and any(
            t.text.lower() in ("bankruptcy", "chapter", "creditors") for t in token.subtree
        )
    return False


def _own_image_refused(token: Any) -> bool:
    """Whether a refusal is of something done to oneself with no party named: a passive ("refused to be
    photographed") or letting a thing be done ("refused to have her picture taken", "refused to let their
    fate be decided"); not letting someone act or something happen ("refused to let General Motors and
    Chrysler become wards of the state", "refused to allow the aid trucks in", "refused to allow the
    merger")."""
    for clause in (c for c in token.children if c.dep_ == "xcomp"):
        if any(g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for g in clause.subtree):
            continue
        if any(g.dep_ == "auxpass" for g in clause.children):
            return True
        if clause.text.lower() in _LETTING and _done_to_a_thing(clause):
            return True
    return False


def _done_to_a_thing(letting: Any) -> bool:
    """Whether a letting verb lets a thing be done: a passive clause ("let their fate be decided", "allow
    her picture to be taken") or a participle after its object ("have her picture taken", "have her portrait
    painted"; not "let the striker leave")."""
    done = [c for c in letting.children if c.dep_ in ("ccomp", "xcomp")]
    if any(g.dep_ == "auxpass" for c in done for g in c.children):
        return True
    # (the parse has no tags: a participle is told by its ending)
    done += [g for c in letting.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"]
    return any(c.text.lower().endswith(_PARTICIPLE_ENDINGS) for c in done)


# What one claims to have done or known, not what one demands: "insisted on having done nothing wrong".
_CLAIMED = frozenset({"having", "knowing", "being"})


def _claimed(gerund: Any) -> bool:
    """Whether a gerund insisted on is a claim ("on never having met her", "on knowing nothing", "on leaving
    the courthouse that he was innocent"), not something demanded ("on remaining anonymous")."""
    return (
        gerund.text.lower() in _CLAIMED
        or any(c.dep_ in ("aux", "neg") or c.text.lower() in _CLAIMED for c in gerund.children)
        or any(c.dep_ == "ccomp" for c in (gerund, *gerund.head.head.children))
    )


# Verbs whose "that" clause asks for an act: "demanded that the union agree", "asked that Congress pass it".
_DEMANDING = frozenset(
    f
    for b in ("demand", "ask", "insist", "urge", "require", "request", "recommend", "suggest", "propose")
    for f in forms(b)
)


def asked_for(token: Any) -> bool:
    """Whether ``token`` is the act a demand asks for ("demanded that the union agree to cut wages"): the
    demand is the action, the act asked for is not done (as in "urged Congress to pass the bill"). After a
    verb that only asks, a plural subject's bare verb asks too ("demanded that the Democrats agree"); after
    "insist" or "suggest", which also report facts, it tells one ("insists that Russian forces attack
    civilians")."""
    head = token.head.text.lower()
    reports = head in forms("insist") or head in forms("suggest")
    return head in _DEMANDING and mandative(token, advised=not reports)


# What one applies for by asking someone who may grant it: "applied for approval", "applied for asylum".
_GRANTED = frozenset(
    {"approval", "permission", "asylum", "licence", "license", "membership", "loan", "loans", "aid", "grant"}
    | {"funding", "funds", "visa", "citizenship", "job", "position", "post", "clearance", "exemption"}
)


_APPLICANTS = frozenset({"he", "she", "it", "they", "we", "i", "who"})


def applied_to(token: Any) -> bool:
    """Whether ``token`` ("applied") is an application, a request (appeal or request): to a named body
    ("applied to the FBI", "applied to Yale") or for something granted ("applied to the regulator for
    approval"); not a patch or a rule applied ("the update was applied", "this applies to IE 11")."""
    if token.text.lower() not in forms("apply"):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return False  # "Microsoft applied the fix", "the update was applied"
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.text[:1].isupper() or subject.text.lower() in _APPLICANTS):
        return False  # ("users who applied the patch", "the rule applies to")
    to = [g for c in token.children if c.dep_ == "prep" and c.text.lower() == "to" for g in c.children]
    for_ = [g for c in token.children if c.dep_ == "prep" and c.text.lower() == "for" for g in c.children]
    return any(g.text.lower() in _GRANTED for g in for_) or any(g.ent_type_ == "ORG" for g in to)
