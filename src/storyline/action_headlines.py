"""Headlines for the actions stage (:mod:`storyline.actions`): a headline written in title case, which the
parser reads as one long name ("NFL Suspends Linebacker Tyrell Barnes", "Obama To Nominate Regina Benjamin",
"Yankees Fire Torre"), is read by its words: a capitalised present verb of a class between a tagged name just
before it and a name after it. A name that runs past the verb ("Lakers Beat Celtics" tagged as one) tells
nothing, and a game's "Beat" is no force.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.action_dismissals import roster_cue
from storyline.action_forms import forms
from storyline.action_mentions import ACTOR_TYPES, mention_at
from storyline.action_nouns import POSITIONS
from storyline.action_untagged import Named
from storyline.action_verbs import LIGHT_VERBS, NOUN_CLASS, VERB_CLASS, carries
from storyline.nlp import text_of
from storyline.records import Mention

# Small words a title-case headline leaves in lower case.
_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "as", "and", "or", "with", "by"}
) | {
    "amid",
    "after",
    "before",
    "over",
    "into",
    "from",
    "against",
    "about",
    "vs",
}
# What a director directs: "To Direct Avengers Film" is no directive.
_PRODUCTIONS = frozenset({"film", "movie", "sequel", "series", "show", "pilot", "remake", "episode", "play"})
# Verbs that, done to a person by an organisation, dismiss them.
_DISMISSING = frozenset(f for b in ("fire", "dismiss", "sack", "axe", "ax") for f in forms(b))


def is_title_case(sentence: Any) -> bool:
    """Whether ``sentence`` is a headline in title case: three to sixteen words, every one capitalised but
    the small ones ("of", "in", "to", "against" ...)."""
    words = [t for t in sentence if t.is_alpha]
    if not 2 < len(words) <= 16:
        return False
    long_words = [t for t in words if t.text.lower() not in _SMALL]
    return all(t.text[:1].isupper() for t in long_words)


def headline_acts(sentence: Any, mentions: Sequence[Mention]) -> list[tuple[Any, str, Named, Named, bool]]:
    """The acts a title-case headline tells by its words: (verb token, class, actor, target, whether it is
    to come) for each capitalised present verb of a class with a party's name just before it (or before a
    "To": "Obama To Nominate Regina Benjamin") and a name after it."""
    if not is_title_case(sentence):
        return []
    out: list[tuple[Any, str, Named, Named, bool]] = []
    for token in sentence:
        low = token.text.lower()
        event = _event_carried(token)
        if event is not None and token.text[:1].isupper():
            # "Sox Make Offer To Teixeira": a light verb and its event noun, the party after the noun's "To"
            actor = _name_before(token, mentions)
            after = token.doc[event.i + 1] if event.i + 1 < sentence.end else None
            linked = after is not None and after.text.lower() in ("to", "for", "with", "against")
            target = _name_after(after, mentions) if linked and actor is not None else None
            if actor is not None and target is not None:
                out.append((event, NOUN_CLASS[event.text.lower()], actor, target, False))
            continue
        if low not in VERB_CLASS or low.endswith(("ed", "ing")) or not token.text[:1].isupper():
            continue
        if low in forms("beat"):
            continue  # "Lakers Beat Celtics": a game won
        doc = token.doc
        future = token.i > sentence.start and doc[token.i - 1].text.lower() == "to"
        actor = _name_before(doc[token.i - 1] if future else token, mentions)
        if actor is None and out and doc[token.i - 1].text.lower() in (",", "and"):
            # "76ers Fire Coach Jim O'Brien, Hire Maurice Cheeks", "Rovers Sack Hollis and Appoint Dean": the
            # same party
            actor = out[-1][2]
        target = _name_after(token, mentions) if actor is not None else None
        if actor is None or target is None:
            continue
        if low in forms("trade"):
            # "Dodgers Trade Outfielder Chris Lane To Mariners": the team after "To", not the player traded
            to = next((t for t in doc[token.i + 1 : sentence.end] if t.text.lower() == "to"), None)
            target = _name_after(to, mentions) if to is not None else None
            if target is None:
                continue
        if low in forms("direct") and target.text.split()[-1].lower() in _PRODUCTIONS:
            continue  # "Hires Destin Kane To Direct Avengers Film": a film directed, no order
        between = [t.text for t in doc[token.i + 1 :] if t.idx < target.start]
        if (low in forms("release") or low in forms("cut")) and not roster_cue(between):
            continue  # "Hamas Releases Hostage Noa Argamani": only a player with his position is let go
        person = target.mention is not None and target.mention.type == "PERSON"
        cls = "sanction" if low in _DISMISSING and person else VERB_CLASS[low]
        out.append((token, cls, actor, target, future))
    return out


def _event_carried(verb: Any) -> Any | None:
    """The event noun a headline's light verb carries, past the adjectives before it ("Make Huge Offer",
    "Reach Deal"); else ``None``."""
    doc = verb.doc
    low = verb.text.lower()
    if low not in LIGHT_VERBS or low in VERB_CLASS or low.endswith(("ed", "ing")):
        return None  # (a headline's verb is in the present: "Weighs Filing DUI Charges" files nothing yet)
    for t in doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]:
        word = t.text.lower()
        if word in NOUN_CLASS and carries(low, word):
            return t
        if not t.is_alpha or word in _SMALL:
            return None
    return None


def _name_before(verb: Any, mentions: Sequence[Mention]) -> Named | None:
    """The party named just before ``verb``: a tagged name ending there, or the part before the verb of a
    name the tagger ran into it ("Yankees Fire"), when the article names that part by itself too."""
    doc = verb.doc
    if verb.i == verb.sent.start:
        return None
    before = doc[verb.i - 1]
    named = mention_at(mentions, before.idx, before.idx + len(before.text))
    if named is None:
        return _body_named_in_text(verb, mentions)
    if named.type not in ACTOR_TYPES or named.start < verb.sent.start_char:
        return None
    if named.end <= verb.idx:
        return Named(named.canonical, named.start, named.end, named)
    part = text_of(doc)[named.start : verb.idx].strip()
    # ("Herald: Sox Make Offer" as one name: the source's label before the colon is no part of the party)
    label, colon, rest = part.rpartition(": ")
    if colon and rest:
        named_start = named.start + len(label) + len(colon)
        part = rest
    else:
        named_start = named.start
    if named.end > verb.idx + len(verb.text):
        # a name running past the verb ("Ironclads Fire Head Coach Whitley" as one): the part before it, when
        # the story names a body by it ("The Columbus Ironclads fired ..."); else no telling ("Lakers Beat
        # Celtics")
        known = next(
            (m for m in mentions if m is not named and m.type != "PERSON" and _ends_with(m.canonical, part)),
            None,
        )
        return Named(known.canonical, named_start, named_start + len(part), None) if known else None
    if not any(m.canonical == part for m in mentions):
        return None  # "the Air Force": a name that ends with a verb's word
    return Named(part, named_start, named_start + len(part), None)


def _ends_with(name: str, part: str) -> bool:
    """Whether ``name`` is ``part`` or ends with it as whole words ("Columbus Ironclads", "Ironclads")."""
    return name == part or name.endswith(" " + part)


def _body_named_in_text(verb: Any, mentions: Sequence[Mention]) -> Named | None:
    """The untagged words that open a headline before its verb, when the article names a body by them: a
    name of the story ending with them ("Jets Release Quarterback Kellen Moore", where the story names the
    New York Jets), or the words after "the" ("Philadelphia 76ers Fire Coach Jim O'Brien", where the story
    says "the Philadelphia 76ers"); else None."""
    sent = verb.sent
    words = list(sent.doc[sent.start : verb.i])
    if not 0 < len(words) <= 4 or not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in words):
        return None
    text = text_of(verb.doc)
    part = text[sent.start_char : verb.idx].strip()
    end = sent.start_char + len(part)
    known = next(
        (
            m
            for m in mentions
            if m.type in ACTOR_TYPES
            and m.type != "PERSON"
            and (m.canonical == part or m.canonical.endswith(" " + part))
        ),
        None,
    )
    if known is not None:
        return Named(known.canonical, sent.start_char, end, None)
    if f"the {part}" not in text and f"The {part}" not in text:
        return None
    return Named(part, sent.start_char, end, None)


def _name_after(verb: Any, mentions: Sequence[Mention]) -> Named | None:
    """The party named after ``verb``, past the roles written before it ("Suspends Linebacker Tyrell
    Barnes"): a tagged name, or capitalised words the article names someone by ("Fire Torre", where the
    story names Joe Torre), up to the first small word."""
    doc = verb.doc
    end = verb.i + 1
    while (
        end < verb.sent.end
        and doc[end].text[:1].isupper()
        and doc[end].is_alpha
        and doc[end].text.lower() not in _SMALL
    ):
        end += 1
    run = list(doc[verb.i + 1 : end])
    # ("Suspends Brankston Wolves Winger Kalle Marjanen": the team before a position is the player's)
    roles = [t.i for t in run if t.text.lower() in POSITIONS]
    words = [t for t in run if t.text.lower() not in POSITIONS and (not roles or t.i > roles[-1])]
    if not words:  # ("Senate Blasts Pentagon Chief Over Budget": no one named after the role)
        words = [t for t in run if t.text.lower() not in POSITIONS]
    for t in words:
        m = mention_at(mentions, t.idx, t.idx + len(t.text))
        if m is not None and m.type in ACTOR_TYPES and m.start > verb.idx:
            return Named(m.canonical, m.start, m.end, m)
    if not words or any(t.i != words[0].i + k for k, t in enumerate(words)):
        return None  # no words left, or a role between names
    start, stop = words[0].idx, words[-1].idx + len(words[-1].text)
    written = text_of(doc)[start:stop]
    # (never a name that holds the verb itself: "UN Condemns Israel, Urges Restraint" tagged as one)
    known = next(
        (
            m
            for m in mentions
            if m.type in ACTOR_TYPES and m.canonical.endswith(" " + written) and not _holds(m, verb)
        ),
        None,
    )
    return Named(known.canonical, start, stop, None) if known is not None else None


def _holds(mention: Mention, token: Any) -> bool:
    """Whether ``mention`` spans ``token``."""
    return bool(mention.start <= token.idx < mention.end)


def runs_over_a_verb(name: str, sentence: Any) -> bool:
    """Whether ``name``, in a title-case headline, holds a present verb of a class: the tagger ran the
    headline's words into one name ("Deputy Shoots Man Who Attacked ...", "Ford Sells Volvo"), no party."""
    if not is_title_case(sentence):
        return False
    return any(
        w[:1].isupper()
        and w.lower() in VERB_CLASS
        and w.lower().endswith("s")
        and w.lower() not in _NAME_NOUNS
        for w in name.split()
    )


# Plural nouns of names that are also verbs of a class: "Israeli Forces", "Public Works", "Royal Arms".
_NAME_NOUNS = frozenset({"forces", "works", "arms", "lands", "trades", "funds", "supplies", "backs"})
