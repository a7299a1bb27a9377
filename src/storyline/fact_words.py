"""Words for :mod:`storyline.facts` without a lemmatizer: nouns made singular, verb stems, names compared.

The parse of :func:`storyline.entities.nlp_model` has no tagger or lemmatizer, so the aligner normalises
words itself. ``NOUN_CLASSES`` and ``VERB_CLASSES`` are small, general classes of heads and verbs that may
name the same thing ("troops" / "soldiers"; "injuring" / "hurt").
"""

from __future__ import annotations

import re
from functools import lru_cache

_IRREGULAR_NOUNS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "staff": "staff",
    "police": "police", "personnel": "personnel", "series": "series", "news": "news", "aircraft": "aircraft",
}  # fmt: skip
_IRREGULAR_VERBS = {
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "'s": "be", "be": "be",
    "has": "have", "have": "have", "had": "have", "having": "have", "lost": "lose", "dead": "die",
    "died": "die", "dies": "die", "death": "die", "hurt": "hurt", "held": "hold", "left": "leave",
    "seized": "seiz", "put": "put", "set": "set",
}  # fmt: skip
_NOUN_CLASSES = (
    "troop soldier force personnel staff mercenary paramilitary fighter militant peacekeeper contractor "
    "instructor guard trooper serviceman marine",
    "person civilian villager resident inhabitant man woman child victim individual citizen worker employee",
    "ship boat vessel",
    "plane aircraft jet airliner",
    "tariff duty levy",
    "deal agreement pact accord contract",
)
_VERB_CLASSES = (
    "be have home station deploy base keep maintain number total comprise include count",
    "injure wound hurt",
    "kill die lose claim",
    "capture arrest seize detain hold",
    "hire enlist recruit employ engage",
    "end scrap drop remove lift abolish eliminate axe waive",
)
ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "last", "previous", "latest", "new"])
# Demonyms whose country does not start with their stem ("Irish" / "Ireland"); the others reduce by suffix.
_DEMONYM_SPECIAL = {
    "french": "france",
    "british": "britain",
    "dutch": "netherland",
    "english": "england",
    "irish": "ireland",
    "swiss": "switzerland",
    "danish": "denmark",
    "spanish": "spain",
    "welsh": "wales",
    "finnish": "finland",
    "filipino": "philippine",
}
RELATIVE = frozenset(["which", "who", "that", "whom"])
_WORD = re.compile(r"[^\w]+")


def singular(word: str) -> str:
    """A noun made singular without a lemmatizer: "mercenaries" → "mercenary", "people" → "person"."""
    w = word.lower().strip(".,;:'’\"")
    if w in _IRREGULAR_NOUNS:
        return _IRREGULAR_NOUNS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def stem(word: str) -> str:
    """A verb stem without a lemmatizer: "injuring", "injured", "injure" → "injur"; "was" → "be"."""
    w = word.lower().strip(".,;:'’\"")
    if w in _IRREGULAR_VERBS:
        return _IRREGULAR_VERBS[w]
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":  # "planned" → "plann" → "plan"
        w = w[:-1]
    return w


NOUN_CLASS = {w: i for i, line in enumerate(_NOUN_CLASSES) for w in line.split()}
VERB_CLASS = {stem(w): i for i, line in enumerate(_VERB_CLASSES) for w in line.split()}
STATIVE = 0  # "be have home ...": says that a number exists, not what happened to it


def name_key(word: str) -> str:
    """A name or demonym reduced for comparison: "French" → "france", "Malian" → "mal", "UN's" → "un"."""
    w = _WORD.sub("", word.lower().replace("’s", "").replace("'s", ""))
    if w in _DEMONYM_SPECIAL:
        return _DEMONYM_SPECIAL[w]
    for suffix in ("ian", "ese", "ish", "an"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def same_name(a: str, b: str) -> bool:
    """Two reduced names of one thing: equal, or one a prefix of the other ("mal" / "mali")."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


@lru_cache(maxsize=4096)
def name_words(text: str) -> frozenset[str]:
    """Every word of ``text`` reduced by :func:`name_key`."""
    return frozenset(name_key(w) for w in text.split())
