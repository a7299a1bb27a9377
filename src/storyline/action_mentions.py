"""Tagged names for the actions stage (:mod:`storyline.action_names`): the entity mention a span of the parse
is, when it can act (a person, an organisation, a place, a nationality, written as a name), a nationality
noun that is one unnamed person of that nation, the body named just before a word, and a name in a headline's
capitals that the text writes in lower case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.action_untagged import Named
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


# Nouns that describe an organisation, never a person: "the FBI, the organization that ...".
BODIES = frozenset({"organization", "organisation", "agency", "company", "firm", "group", "bureau", "body"})


def just_before(token: Any, mentions: Sequence[Mention]) -> Named | None:
    """The name of a company, country or group ending right before ``token`` (a comma between), if any."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    before = token.doc[i]
    mention = mention_at(mentions, before.idx, before.idx + len(before.text))
    if mention is None or mention.type == "PERSON":
        return None
    return Named(mention.canonical, mention.start, mention.end, mention)


def capitals(token: Any, mentions: Sequence[Mention]) -> Named | None:
    """An untagged name in capitals that the article names elsewhere by the same words ("RED SOX" in a
    headline, "Red Sox" in the text): the token and the compounds before it, as that mention."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    written = " ".join(t.text for t in words).casefold()
    found = next(
        (m for m in mentions if m.canonical.casefold() == written or m.text.casefold() == written), None
    )
    # (a person by the surname: "TO SABATHIA", where the text names CC Sabathia)
    found = found or next(
        (m for m in mentions if m.type == "PERSON" and m.canonical.casefold().endswith(" " + written)), None
    )
    if found is None:
        return None
    return Named(found.canonical, words[0].idx, token.idx + len(token.text), found)
