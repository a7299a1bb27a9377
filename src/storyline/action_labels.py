"""Labels for the actions stage (:mod:`storyline.action_parse`): what calling, describing, labelling or
branding someone or something is: criticism when the label is a judgement ("called Biden a disgrace",
"called it a case of favoritism"), and what a verb names its object "as" (a post, a judgement).
"""

from __future__ import annotations

from typing import Any

from storyline.action_forms import forms
from storyline.action_nouns import JUDGEMENTS, REFLEXIVES

# Nouns whose "of" carries the judgement: "a textbook case of favoritism", "an act of cowardice".
_INSTANCES = frozenset({"case", "example", "act", "instance", "display"})


def named_badly(token: Any) -> bool:
    """Whether calling, describing, labelling or branding is criticism: what someone or something is called
    is a judgement of :data:`storyline.action_nouns.JUDGEMENTS` ("called Biden a disgrace", "described
    conditions in the camp as appalling", "branded the plan draconian", "called it a case of favoritism",
    "cuts the IMF has called draconian")."""
    labels = ("call", "describe", "label", "brand", "dub", "characterize", "characterise")
    if not any(token.text.lower() in forms(b) for b in labels):
        return False
    said = [c for c in token.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # who or what is called so: the object, the subject of a small clause ("branded the law draconian"), or
    # the noun a relative clause is of ("measures even the IMF has called draconian")
    if not objects and token.dep_ != "relcl" and not any(g.dep_ == "nsubj" for c in said for g in c.children):
        return False
    if any(w.lower_ == "own" or w.lower_ in REFLEXIVES for o in objects for w in o.subtree):
        return False  # "described her own campaign as lazy", "called himself a fraud": no one else judged
    said += as_what(token)
    # (the label's words, and what it is a case "of": "a case of favoritism", not "the son of a butcher")
    cases = [s for s in said if s.text.lower() in _INSTANCES]
    of = {g.text.lower() for s in cases for c in s.children if c.text == "of" for g in c.children}
    words = {
        w.text.lower() for s in said for w in (s, *s.children) if w.dep_ in ("amod", "acomp") or w in said
    }
    return bool((words | of) & JUDGEMENTS)


def as_what(token: Any) -> list[Any]:
    """What ``token`` calls or names its object "as" ("described conditions as appalling", "named her as
    chief executive")."""
    return [g for c in token.children if c.dep_ == "prep" and c.text.lower() == "as" for g in c.children]
