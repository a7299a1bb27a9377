"""The gold set of parties: whom each actor acts or speaks for, as character offsets into ECB+ and MEANTIME.

``eval/gold/parties.json`` holds hand annotations on news articles of ``../shared/data``; its ``notes``
are the annotation guidelines. For each actor (a named person, organisation, country, city or named group
that does or says something in the text) it gives the country or organisation the text states it acts or
speaks for, the span naming that party, and how the text states it (``office``, ``group``, ``capital``,
``nationality``, ``self``), or ``none`` when the text states no party. Like the other offset gold
(:mod:`storyline.eval.actions_gold`) it stores offsets and a sha256 of each document's text, never the text:
the text is rebuilt by the corpus loaders and checked against the checksum. Each document belongs to a split,
``dev`` or ``test``, drawn by event topic so that no topic is in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

from storyline.eval.corpus import DataMissing
from storyline.eval.gold_files import (
    Corpus,
    Split,
    check_span,
    gold_entries,
    items_of,
    read_gold,
    shipped_gold,
    split_of,
)

How = Literal["office", "group", "capital", "nationality", "self", "none"]
HOWS: frozenset[str] = frozenset(get_args(How))
GOLD_NAME = "parties.json"


@dataclass(frozen=True)
class GoldParty:
    """One annotated actor: its span and text, and the party's (``None`` exactly when ``how`` is ``none``)."""

    actor: str
    actor_start: int
    actor_end: int
    how: How
    party: str | None
    party_start: int | None
    party_end: int | None


@dataclass(frozen=True)
class GoldDocument:
    """One annotated document: corpus, id, rebuilt text, its actors in text order, and its split."""

    corpus: Corpus
    doc_id: str
    text: str
    items: tuple[GoldParty, ...]
    split: Split = "dev"


def gold_file() -> Path:
    """The path of the shipped ``parties.json``."""
    return shipped_gold(GOLD_NAME)


def _span(raw: object, where: str, field: str) -> tuple[int, int] | None:
    """A ``[start, end]`` pair of integers, or ``None`` for ``null``."""
    if raw is None:
        return None
    if (
        not isinstance(raw, list)
        or len(raw) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in raw)
    ):
        raise DataMissing(where, f"{field} is not a [start, end] pair of integers")
    pair = cast(list[int], raw)
    return pair[0], pair[1]


def _item(raw: object, text: str, where: str) -> GoldParty:
    if not isinstance(raw, dict):
        raise DataMissing(where, "an item is not a JSON object")
    item = cast(dict[str, object], raw)
    how = item.get("how")
    if not isinstance(how, str) or how not in HOWS:
        raise DataMissing(where, f"how {how!r} is not one of {sorted(HOWS)}")
    actor_span = _span(item.get("actor"), where, "actor")
    if actor_span is None:
        raise DataMissing(where, "an item has no actor span")
    party_span = _span(item.get("party"), where, "party")
    actor, party = item.get("actor_text"), item.get("party_text")
    if not isinstance(actor, str):
        raise DataMissing(where, "actor_text is not a string")
    if party is not None and not isinstance(party, str):
        raise DataMissing(where, "party_text is not a string or null")
    size = len(text)
    check_span(actor_span[0], actor_span[1], size, where, "actor span")
    if text[actor_span[0] : actor_span[1]] != actor:
        raise DataMissing(where, f"actor_text {actor!r} does not match the text at its offsets")
    if (how == "none") != (party_span is None) or (party_span is None) != (party is None):
        raise DataMissing(where, f"party of {actor!r} must be null exactly when how is 'none'")
    if party_span is not None:
        check_span(party_span[0], party_span[1], size, where, "party span")
        if text[party_span[0] : party_span[1]] != party:
            raise DataMissing(where, f"party_text {party!r} does not match the text at its offsets")
        if how == "self" and party_span != actor_span:
            raise DataMissing(where, f"a 'self' party must be the actor's own span ({actor!r})")
    return GoldParty(
        actor=actor,
        actor_start=actor_span[0],
        actor_end=actor_span[1],
        how=cast(How, how),
        party=party,
        party_start=None if party_span is None else party_span[0],
        party_end=None if party_span is None else party_span[1],
    )


def load_party_gold(data: Path, gold: Path | None = None) -> list[GoldDocument]:
    """The gold parties on the corpora under ``data`` (the ``../shared/data`` folder).

    Each document's text is rebuilt and must match its ``text_sha256``; every span must lie inside the
    text and slice exactly its ``actor_text`` / ``party_text``; ``how`` must be known, the party must be
    null exactly when ``how`` is ``none``, and a ``self`` party must be the actor's own span. Any mismatch
    (or a missing corpus) raises :class:`DataMissing` with a one-line reason. ``gold`` overrides the
    shipped file. Every document is returned whatever its split.
    """
    path = gold if gold is not None else gold_file()
    out: list[GoldDocument] = []
    for entry in gold_entries(data, path, read_gold(path, "party")):
        split = split_of(entry.fields, entry.where)
        raw = items_of(entry.fields, "items", entry.where)
        parsed = tuple(_item(i, entry.text, entry.where) for i in raw)
        starts = [p.actor_start for p in parsed]
        if len(set(zip(starts, (p.actor_end for p in parsed), strict=True))) != len(parsed):
            raise DataMissing(entry.where, "an actor span is annotated twice")
        out.append(
            GoldDocument(
                corpus=entry.corpus,
                doc_id=entry.doc_id,
                text=entry.text,
                items=tuple(sorted(parsed, key=lambda p: (p.actor_start, p.actor_end))),
                split=split,
            )
        )
    return out
