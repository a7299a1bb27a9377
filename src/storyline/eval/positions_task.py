"""The ``positions`` task: does each actor join the party the text says it acts or speaks for?

Dataset ``gold``: ``eval/gold/parties.json`` (:mod:`storyline.eval.parties_gold`), actors of ECB+ and MEANTIME
documents annotated blind with the country or organisation the text states they serve (``office``: "Russian
Foreign Minister"; ``group``: "the Indian navy"; ``capital``; ``nationality``), or themselves (``self``: a
country or organisation acting), or nobody (``none``: "Russia specialist", a bare "President Obama"). Each
document is parsed and its names resolved as the pipeline does; :class:`storyline.positions.Parties` then
takes each gold actor (the entity of a name mention on its span, else its words as a named group) to a party.

Per split (``dev``: the rules may be tuned on it; ``test``: held out) and over both:

- **accuracy**: share of actors given the right answer (the right party, or self, or none);
- **allegiance precision / recall / F1**: over stated allegiances (office, group, capital, nationality): a
  predicted party other than the actor itself is right when it is the gold party (the entity of a name
  on the gold party's span, taken to its own party: "Indian" → India; else the same name);
- **no-allegiance accuracy**: share of ``none`` actors left to themselves (a specialist is nobody's minister);
- baseline **everyone for themselves**: the accuracy of giving no actor a party.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.entities import extract_mentions, nlp_model
from storyline.entity_resolution import resolve_entities
from storyline.eval.corpus import DataMissing, checksum
from storyline.eval.parties_gold import GoldDocument, GoldParty, gold_file, load_party_gold
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.fact_words import name_key, same_name
from storyline.gazetteer import fold
from storyline.positions import Parties
from storyline.records import Article, Entity, Mention

STATED = frozenset({"office", "group", "capital", "nationality"})
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _entity_at(
    mentions: Sequence[Mention], by_mention: dict[str, Entity], start: int, end: int
) -> Entity | None:
    """The entity of the name mention overlapping ``start``..``end`` most (actor types only)."""
    best = max(
        (
            m
            for m in mentions
            if m.start < end and start < m.end and m.type in _ACTOR_TYPES and m.id in by_mention
        ),
        key=lambda m: min(end, m.end) - max(start, m.start),
        default=None,
    )
    return by_mention[best.id] if best is not None else None


def _same_party(found: Entity, gold_party: Entity | None, gold_text: str) -> bool:
    if gold_party is not None and gold_party.id == found.id:
        return True
    names = [found.name, *found.aliases]
    text = fold(gold_text)
    if any(fold(n) == text for n in names):
        return True
    words = gold_text.split()
    return len(words) == 1 and any(
        len(n.split()) == 1 and same_name(name_key(n), name_key(words[0])) for n in names
    )


@dataclass(frozen=True)
class _Names:
    """One gold document's names as the pipeline finds them: mentions, their entities, and the parties."""

    mentions: Sequence[Mention]
    by_mention: dict[str, Entity]
    parties: Parties


def names_of(document: GoldDocument, doc: Any) -> _Names:
    """Mentions, entities (resolved within the document) and parties of one parsed gold document."""
    article = Article(id=f"{document.corpus}:{document.doc_id}", source=document.doc_id, format="text",
                      title=None, text=document.text)  # fmt: skip
    mentions = extract_mentions(article, doc)
    entities = resolve_entities({article.id: mentions})
    return _Names(mentions, {m: e for e in entities for m in e.mention_ids}, Parties(entities))


def predict(document: GoldDocument, names: _Names) -> list[tuple[GoldParty, str, Entity | None]]:
    """For each gold actor: what we say ("party", "self" or "none") and the party entity when "party"."""
    mentions, by_mention, parties = names.mentions, names.by_mention, names.parties
    out: list[tuple[GoldParty, str, Entity | None]] = []
    for item in document.items:
        # The name must hold the actor's head word: "Indonesian" is not the actor of "Indonesian airlines".
        head = item.actor_start + item.actor.rstrip().rfind(" ") + 1
        actor = _entity_at(mentions, by_mention, head, item.actor_end)
        # "a France Telecom spokeswoman": a description around a name, ending in an office, speaks for what
        # it names (as a quote's speaker or a named group does in the pipeline).
        office = parties.named_in_office(item.actor, untagged=True)
        if office is not None and (actor is None or fold(actor.name) != fold(item.actor)):
            out.append((item, "party", office))
            continue
        if actor is not None:
            party = parties.party_of_entity(actor)
            if party.id != actor.id:
                out.append((item, "party", party))
            else:
                out.append((item, "none" if actor.type == "PERSON" else "self", None))
            continue
        out.append((item, "none", None))
    return out


def _gold_party(names: _Names, item: GoldParty) -> Entity | None:
    """The party entity of the name on the gold party's span ("Indian" → India), when a mention is there."""
    if item.party_start is None or item.party_end is None:
        return None
    found = _entity_at(names.mentions, names.by_mention, item.party_start, item.party_end)
    return names.parties.party_of_entity(found) if found is not None else None


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Score party assignment on the gold set (dataset ``gold``)."""
    if dataset != "gold":
        raise DataMissing(dataset, "the positions task runs on the team's gold set only ('gold')")
    documents = load_party_gold(context.data)
    nlp = nlp_model()
    counts: dict[str, Counter[str]] = {}
    details: list[dict[str, object]] = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        names = names_of(document, doc)
        for item, said, party in predict(document, names):
            gold_party = _gold_party(names, item)
            if item.how in STATED:
                right = (
                    said == "party" and party is not None and _same_party(party, gold_party, item.party or "")
                )
            else:
                right = said == item.how
            tally = Counter(
                {
                    "items": 1,
                    "right": right,
                    "baseline right": item.how in ("self", "none"),
                    "gold stated": item.how in STATED,
                    "predicted stated": said == "party",
                    "stated right": item.how in STATED and right,
                    "gold none": item.how == "none",
                    "none right": item.how == "none" and right,
                }
            )
            for split in (document.split, "all"):
                counts.setdefault(split, Counter()).update(tally)
            details.append(
                {
                    "doc": f"{document.corpus}/{document.doc_id} ({document.split})",
                    "actor": item.actor,
                    "gold": f"{item.how}: {item.party}",
                    "ours": f"{said}: {party.name if party else ''}",
                    "right": right,
                }
            )
    measurements: list[Measurement] = []
    for split in ("dev", "test", "all"):
        c = counts.get(split)
        if c is None:
            continue
        precision = c["stated right"] / c["predicted stated"] if c["predicted stated"] else None
        recall = c["stated right"] / c["gold stated"] if c["gold stated"] else None
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        measurements += [
            Measurement(split, "accuracy", c["right"] / c["items"]),
            Measurement(split, "allegiance precision", precision),
            Measurement(split, "allegiance recall", recall),
            Measurement(split, "allegiance F1", f1),
            Measurement(
                split, "no-allegiance accuracy", c["none right"] / c["gold none"] if c["gold none"] else None
            ),
            Measurement(
                split, "everyone-for-themselves accuracy", c["baseline right"] / c["items"], "baseline"
            ),
            Measurement(split, "actors", float(c["items"]), "count, not a score"),
        ]
    shipped = gold_file()
    return DatasetResult(tuple(measurements), checksum([shipped], shipped.parent), tuple(details))
