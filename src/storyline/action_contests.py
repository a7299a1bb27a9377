"""Contests for the actions stage (:mod:`storyline.actions`): sport told in the words of force. A boxing
match's blows ("blasted a sluggish Rahman (45-7-2, 36 KOs)") and a game's plays and results ("beat Arsenal
3-1", "held the Celtics to 89 points") are no force, custody or criticism between parties, and two sides
meeting in a bout or a match hold no talks.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from storyline.action_nouns import (
    CONTESTS,
    GAME_PERIODS,
    GAME_TALLIES,
    RING_BLOWS,
    RING_RECORD,
    TITLE_WORDS,
    WEIGHT_CLASSES,
)

_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
    | {"eleventh", "twelfth"}
)
_NTH = re.compile(r"\d+(?:st|nd|rd|th)")
# A score written as one token; a year range ("2008-09") too, so only numbers up to three digits.
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")
# A player's tallies (not "interceptions", which missiles have too).
_PLAYER_TALLIES = GAME_TALLIES - {"interceptions"}
# Plays of American football that tell a game by themselves: a force or custody verb's clause that tells of
# one is a play. A touchdown or an interception needs another sign (see in_a_game).
_TELLING_PLAYS = frozenset({"fumble", "punt"})
_SCORING_PLAYS = frozenset({"touchdown", "touchdowns", "interception", "interceptions"})
# How often a play was made: "sacked Burrow four times", "intercepted him twice".
COUNTED = frozenset({"times", "twice", "thrice"})


def in_a_bout(sentence: Any) -> bool:
    """Whether ``sentence`` tells of a boxing match (see :data:`storyline.action_nouns.RING_RECORD`)."""
    words = [t.text.lower() for t in sentence] + [""]
    titled = any(w in WEIGHT_CLASSES and words[i + 1] in TITLE_WORDS for i, w in enumerate(words))
    numbered_round = any(
        w in ("round", "rounds") and i > 0 and (words[i - 1] in _ORDINALS or _NTH.fullmatch(words[i - 1]))
        for i, w in enumerate(words)
    )
    return bool(set(words) & RING_RECORD) or titled or (numbered_round and bool(set(words) & RING_BLOWS))


def in_a_game(verb: Any) -> bool:
    """Whether the clause of ``verb`` (its subtree) tells of a game by its numbers (see
    :data:`storyline.action_nouns.GAME_PERIODS`): a score standing on its own ("beat Arsenal 3-1", not "fired
    120-150 missiles" nor "after a 2-1 win"), "straight sets", a player's tally ("held the Celtics to 89
    points", or told first in a clause the act hangs on), or a numbered period of play told with another
    sign of a game ("in the fourth quarter" of a game, not of 2023)."""
    tokens = list(verb.subtree)
    words = [t.text.lower() for t in tokens] + ["", "", ""]
    # (a numbered period needs another sign: a contest, or a play counted: "twice in the fourth quarter")
    contest = any(w in CONTESTS or w in COUNTED for w in words)
    periods = 0
    for i, w in enumerate(words[:-3]):
        nxt = words[i + 1]
        split = w.isdigit() and nxt in ("-", "–") and words[i + 2].isdigit()
        numbers = (tokens[i], tokens[i + 2]) if split else (tokens[i],)
        if (_SCORE.fullmatch(w) or split) and all(_a_score(n) for n in numbers):
            return True  # "3-1", "91 - 73" (as some corpora split it); not "the 9-11 attacks"
        if w == "straight" and nxt == "sets":
            return True
        if w in _TELLING_PLAYS or (w == "three" and nxt == "and" and words[i + 2] == "out"):
            return True  # "fumbled on a punt return", "holding the Colts to three and out"
        if w.isdigit() and (nxt in GAME_TALLIES or (nxt == "points" and words[i - 1 : i] == ["to"])):
            return True  # "had 12 rebounds", "held the Celtics to 89 points"
        if (w in _ORDINALS or _NTH.fullmatch(w) or w in ("extra", "final")) and nxt in GAME_PERIODS:
            periods += words[i + 2] != "of"  # "the first half of 2024" is a time
    if any(number.like_num and _tally_over(tally, verb) for number, tally in pairwise(verb.sent)):
        return True
    # a touchdown or an interception is also a plane's or a missile's: a game's only with another sign
    # ("intercepted Quinn for a 32 yard touchdown", not "seized the tanker after the interception")
    yards = any(w in ("yard", "yards") and i > 0 and words[i - 1].isdigit() for i, w in enumerate(words))
    person = any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)
    if set(words) & _SCORING_PLAYS and (contest or yards or person):
        return True
    return periods > 0 and contest


def _tally_over(tally: Any, verb: Any) -> bool:
    """Whether ``tally`` is a player's tally told before ``verb`` in a clause ``verb`` hangs on, not one
    joined to it by "and" or "but" ("Clarke had 10 rebounds for Drake, which reached the quarterfinal by
    beating Bradley"; not "Rivera, who had 11 rebounds, was arrested after he assaulted", nor "Smith had 12
    rebounds, and Israel attacked Hamas"; interceptions are also missiles')."""
    if tally.lower_ not in _PLAYER_TALLIES or tally.i > verb.i or not tally.head.is_ancestor(verb):
        return False
    node = verb
    while node.i != tally.head.i:
        if node.dep_ == "conj":
            return False
        node = node.head
    return True


def _a_score(token: Any) -> bool:
    """A number standing as a score, not counting or describing something ("120-150 missiles", "a 5-4
    ruling", "after the 2-1 win") nor a date or an amount."""
    return token.dep_ not in ("nummod", "quantmod", "compound", "amod", "nmod") and token.ent_type_ not in (
        "DATE",
        "TIME",
        "EVENT",
        "MONEY",
        "PERCENT",
        "QUANTITY",
    )


# Contests two sides meet in (the notes: meeting a team in a match is no action).
_MATCHES = frozenset(
    {"bout", "bouts", "rematch", "match", "matches", "fight", "final", "semifinal", "playoff"}
)


def met_in_a_match(token: Any) -> bool:
    """Two sides meeting in a contest ("the last time the pair met, the bout went 11 rounds"): a "met" with no
    one met and no purpose told, in a sentence of a bout or a match (not "met Marchetti before the match to
    discuss a contract")."""
    if any(c.dep_ in ("dobj", "xcomp", "advcl") or c.lower_ == "with" for c in token.children):
        return False
    return in_a_bout(token.sent) or bool({t.lower_ for t in token.sent} & _MATCHES)
