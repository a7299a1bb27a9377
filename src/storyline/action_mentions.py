"""Tagged names for the actions stage (:mod:`storyline.action_names`): the entity mention a span of the parse
is, when it can act (a person, an organisation, a place, a nationality, written as a name), and a nationality
noun that is one unnamed person of that nation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.records import Mention

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# The last word of a law or treaty the tagger may call an organisation ("the Clean Air Act"): it does nothing.
_DOCUMENTS = frozenset({"act", "acts", "treaty", "accord", "accords", "protocol", "amendment", "directive"})


def mention_at(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The mention that can act overlapping the characters ``start``..``end``, if any."""
    # A name is written with a capital or a digit: NER sometimes tags a bare common noun ("the navy").
    return next(
        (
            m
            for m in mentions
            if m.start < end
            and start < m.end
            and m.type in ACTOR_TYPES
            and not m.text.islower()
            and not (m.type == "ORG" and m.text.split()[-1].lower() in _DOCUMENTS)
        ),
        None,
    )


# Nationality words that name a whole people even in the singular ("the French", "the Chinese", "the Swiss").
_COLLECTIVE_ENDINGS = ("ese", "sh", "ch", "ss")


def one_national(token: Any, mention: Mention) -> bool:
    """Whether ``token`` is a singular nationality noun heading its own phrase with an article ("the
    American", "a Briton", "the 28-year-old Russian"): one person, unnamed, not the nation."""
    low = token.text.lower()
    return (
        mention.type == "NORP"
        and token.dep_ not in ("compound", "amod")
        and not low.endswith("s")
        and not low.endswith(_COLLECTIVE_ENDINGS)
        and any(c.dep_ == "det" and c.text.lower() in ("a", "an", "the") for c in token.children)
    )
