"""Verb forms for the actions stage: a verb's inflections by the regular English rules
(:func:`storyline.sentences.verb_forms`), with the irregular ones and the doubled consonants the verb
tables of :mod:`storyline.action_verbs` need.
"""

from __future__ import annotations

from functools import lru_cache

from storyline.sentences import verb_forms

# Verbs whose last consonant doubles before -ed and -ing ("banned", "expelled", "committed").
_DOUBLED = frozenset(
    {"ban", "plan", "stop", "ship", "nab", "stab", "gun", "slam", "slap", "beg", "commit", "compel", "expel"}
    | {"permit", "submit", "spur", "admit", "grab", "repel", "tap", "bar", "ram"}
)
# Inflections the rules do not give, and verbs with two spellings ("kidnapped", "kidnaped").
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("meets", "met", "meeting"),
    "cast": ("casts", "casting"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "sell": ("sells", "sold", "selling"),
    "buy": ("buys", "bought", "buying"),
    "send": ("sends", "sent", "sending"),
    "shoot": ("shoots", "shot", "shooting"),
    "hold": ("holds", "held", "holding"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "sink": ("sinks", "sank", "sunk", "sinking"),
    "strike": ("strikes", "struck", "striking"),
    "win": ("wins", "won", "winning"),
    "seek": ("seeks", "sought", "seeking"),
    "fight": ("fights", "fought", "fighting"),
    "swing": ("swings", "swung", "swinging"),
    "bid": ("bids", "bidding"),
    "hit": ("hits", "hitting"),
    "put": ("puts", "putting"),
    "cut": ("cuts", "cutting"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "let": ("lets", "letting"),
    "lay": ("lays", "laid", "laying"),
    "pay": ("pays", "paid", "paying"),
    "uphold": ("upholds", "upheld", "upholding"),
    "set": ("sets", "setting"),
    "lend": ("lends", "lent", "lending"),
    "take": ("takes", "took", "taken", "taking"),
    "fly": ("flies", "flew", "flown", "flying"),
    "beat": ("beats", "beaten", "beating"),
    "veto": ("vetoes", "vetoed", "vetoing"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "blow": ("blows", "blew", "blown", "blowing"),
    "go": ("goes", "went", "gone", "going"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "kidnap": ("kidnaps", "kidnapped", "kidnaped", "kidnapping", "kidnaping"),
    "level": ("levels", "leveled", "levelled", "leveling", "levelling"),
    "lead": ("leads", "led", "leading"),
    "drive": ("drives", "drove", "driven", "driving"),
    "tell": ("tells", "told", "telling"),
    "get": ("gets", "got", "gotten", "getting"),
    "have": ("has", "had", "having"),
    # (not "slain": the parser reads "was slain" as an adjective after "be", making the victim its subject)
    "slay": ("slays", "slew", "slaying"),  # (nor "slayed", mostly slang for doing well)
    "make": ("makes", "made", "making"),
    "give": ("gives", "gave", "given", "giving"),
    "begin": ("begins", "began", "begun", "beginning"),
    "bring": ("brings", "brought", "bringing"),
    "find": ("finds", "found", "finding"),
    "catch": ("catches", "caught", "catching"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "think": ("thinks", "thought", "thinking"),
    "write": ("writes", "wrote", "written", "writing"),
    "leave": ("leaves", "left", "leaving"),
    "overrun": ("overruns", "overran", "overrunning"),
}


@lru_cache(maxsize=1024)  # the parse checks call it for every token of every article
def forms(base: str) -> tuple[str, ...]:
    """``base`` and its inflections (third person, past, participle, gerund)."""
    return verb_forms(base, _IRREGULAR, _DOUBLED)


# Past forms the irregular verbs share between tense and participle ("held", "taken", "shot", "struck").
_IRREGULAR_PAST = frozenset(
    f for base, fs in _IRREGULAR.items() for f in fs if f != base and not f.endswith(("s", "ing"))
)


def past_form(word: str) -> bool:
    """Whether a word (of a verb) is a past tense or a past participle: "arrested", "taken", "held"; the
    pipeline runs no tagger, so the two cannot be told apart by the form."""
    low = word.lower()
    return low.endswith("ed") or low in _IRREGULAR_PAST
