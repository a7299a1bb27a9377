"""Full names of speakers for the quotes stage (:mod:`storyline.quote_speakers`): the mention that spells a
speaker's name in full, a one-word name's fuller form written elsewhere in the article, and the gender the
text gives each person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from storyline.entity_retyping import SPACED_HYPHEN, TITLES
from storyline.given_names import settled_genders
from storyline.nlp import text_of
from storyline.records import Mention

# Words that open no name, before a capitalised one ("The Smith", "Said Jones").
_NOT_FIRST_NAMES = frozenset(
    {"the", "a", "an", "and", "but", "in", "on", "at", "of", "for", "to", "by", "with", "said", "says", "mr"}
    | {"mrs", "ms", "dr"}
)


def full_name(
    doc_text: str, mentions: Sequence[Mention], mention: Mention, before: int
) -> tuple[str, int, int, str | None]:
    """The mention spelling the full name of ``mention``'s person, nearest to ``before`` (earlier first)."""
    # (as written: "Dominique Strauss - Kahn" in tokenised copy is the full name "Dominique Strauss-Kahn")
    same = [
        m
        for m in mentions
        if m.canonical == mention.canonical and SPACED_HYPHEN.sub("-", m.text) == m.canonical
    ]
    if mention.type == "PERSON" and " " not in mention.canonical.strip():
        # A one-word name the article spells in full elsewhere, where NER did not link the two.
        longer = longer_name(doc_text, mention.canonical, before, first_name=True)
        if longer is not None:
            return longer[0], longer[1], longer[2], mention.id
    if not same:
        return mention.text, mention.start, mention.end, mention.id
    earlier = [m for m in same if m.start <= before]
    best = max(earlier, key=lambda m: m.start) if earlier else min(same, key=lambda m: m.start)
    return best.text, best.start, best.end, best.id


def speaker_genders(
    doc: Any, mentions: Sequence[Mention], quoted: Sequence[tuple[int, int]] = ()
) -> dict[str, str]:
    """The gender the text gives each person ("m" or "f"): by gendered titles ("Mrs", "Mr") before their
    name, else by their given name ("Kenneth Dorsey") and the "he"/"she" that follows a sentence naming only
    them (:func:`storyline.given_names.weighed_gender`), a name inside a quotation (``quoted`` spans) aside:
    the "he said" after it is the speaker's."""
    votes: dict[str, list[int]] = {}
    by_sentence: dict[int, set[str]] = {}
    titled: set[str] = set()
    text = text_of(doc)
    for m in mentions:
        if m.type == "PERSON":
            if not inside(m, quoted):
                by_sentence.setdefault(m.sentence_start, set()).add(m.canonical)
            title = text[max(0, m.start - 5) : m.start].strip().rstrip(".").lower().split()[-1:]
            if title in (["mr"], ["sir"]):
                votes.setdefault(m.canonical, [0, 0])[0] += 2
                titled.add(m.canonical)
            elif title in (["mrs"], ["ms"], ["miss"], ["lady"]):
                votes.setdefault(m.canonical, [0, 0])[1] += 2
                titled.add(m.canonical)
    sentences = list(doc.sents)
    for i, sent in enumerate(sentences):
        names = by_sentence.get(sent.start_char)
        if not names or len(names) != 1:
            continue
        (name,) = names
        following = list(sent) + (list(sentences[i + 1]) if i + 1 < len(sentences) else [])
        for token in following:
            if token.lower_ == "he":
                votes.setdefault(name, [0, 0])[0] += 1
            elif token.lower_ == "she":
                votes.setdefault(name, [0, 0])[1] += 1
    return settled_genders(votes, (m.canonical for m in mentions if m.type == "PERSON"), titled)


def inside(mention: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``mention`` lies wholly inside one of ``spans`` (quotation marks' spans)."""
    return any(start <= mention.start and mention.end <= end for start, end in spans)


def longer_name(text: str, name: str, at: int, first_name: bool = False) -> tuple[str, int, int, None] | None:
    """The fuller form of a one-word name: "Hall" said, after "Dale Hall" was named (and with
    ``first_name``, "Steve" after "Steve Jobs")."""
    if not re.fullmatch(r"[A-Z][\w'’.-]+", name):
        return None
    # Words of a name, or initials ("J."); never a word that ends a sentence ("... on Tuesday. Officials"),
    # nor a first name's ("Apple Computer CEO Steve Jobs" holds no surname "Steve").
    pattern = re.compile(r"\b((?:(?:[A-Z][\w'’-]*|[A-Z]\.) ){1,3})" + re.escape(name) + r"\b(?! [A-Z][a-z])")
    found = [m for m in pattern.finditer(text) if m.group(1).split()[0].lower() not in _NOT_FIRST_NAMES]
    if not found and first_name:
        pattern = re.compile(r"\b" + re.escape(name) + r"((?: [A-Z][\w'’-]*){1,2})\b")
        found = [m for m in pattern.finditer(text) if m.group(1).split()[-1].lower() not in _NOT_FIRST_NAMES]
    if not found:
        return None
    earlier = [m for m in found if m.start() < at]
    best = earlier[-1] if earlier else found[0]
    start = best.start()
    # (a title written before the name is not part of it: "CEO Dale Hall" is Dale Hall)
    for word in re.finditer(r"\S+", best.group(0)[: -len(name)]):
        if word.group().rstrip(".").lower() in TITLES:
            start = best.start() + word.end() + 1
    if start >= best.end() - len(name):
        return None
    return text[start : best.end()], start, best.end(), None
