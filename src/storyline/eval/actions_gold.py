"""The gold set of actions: who did what to whom, as character offsets into ECB+ and MEANTIME documents.

``eval/gold/actions.json`` holds hand annotations (trigger, actor, class, target, modality) on news articles
of ``../shared/data``; its ``notes`` are the annotation guidelines. Like the quotation gold
(:mod:`storyline.eval.quotes_gold`) it stores offsets and a sha256 of each document's text, never the text:
the text is rebuilt by the corpus loaders and checked against the checksum. Each document belongs to a split:
``dev`` (the extractor was developed on them) or ``test`` (annotated with the rest before the extractor was
written, never used to tune it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from storyline.action_verbs import ACTION_CLASSES
from storyline.eval.corpus import DataMissing
from storyline.eval.gold_files import (
    Corpus,
    Split,
    as_int,
    check_span,
    gold_entries,
    items_of,
    opt_int,
    read_gold,
    shipped_gold,
    split_of,
)

MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "hedged", "negated", "future", "conditional"})
GOLD_NAME = "actions.json"


@dataclass(frozen=True)
class GoldAction:
    """One annotated action: trigger span, class, modality, actor (span and full name), target or ``None``."""

    start: int
    end: int
    action_class: str
    modality: str
    actor: str
    actor_start: int
    actor_end: int
    target: str | None
    target_start: int | None
    target_end: int | None


@dataclass(frozen=True)
class GoldDocument:
    """One annotated document: corpus, id, rebuilt text, its actions in text order, and its split."""

    corpus: Corpus
    doc_id: str
    text: str
    actions: tuple[GoldAction, ...]
    split: Split = "dev"


def gold_file() -> Path:
    """The path of the shipped ``actions.json``."""
    return shipped_gold(GOLD_NAME)


def _action(raw: object, text: str, where: str) -> GoldAction:
    if not isinstance(raw, dict):
        raise DataMissing(where, "an action is not a JSON object")
    item = cast(dict[str, object], raw)
    cls, modality, actor, target = (
        item.get("class"),
        item.get("modality"),
        item.get("actor"),
        item.get("target"),
    )
    if not isinstance(cls, str) or cls not in ACTION_CLASSES:
        raise DataMissing(where, f"class {cls!r} is not one of the action classes")
    if not isinstance(modality, str) or modality not in MODALITIES:
        raise DataMissing(where, f"modality {modality!r} is not one of {sorted(MODALITIES)}")
    if not isinstance(actor, str) or not actor.strip():
        raise DataMissing(where, "an action has no actor name")
    if target is not None and not isinstance(target, str):
        raise DataMissing(where, "target is not a string or null")
    action = GoldAction(
        start=as_int(item.get("start"), where, "start"),
        end=as_int(item.get("end"), where, "end"),
        action_class=cls,
        modality=modality,
        actor=actor,
        actor_start=as_int(item.get("actor_start"), where, "actor_start"),
        actor_end=as_int(item.get("actor_end"), where, "actor_end"),
        target=target,
        target_start=opt_int(item.get("target_start"), where, "target_start"),
        target_end=opt_int(item.get("target_end"), where, "target_end"),
    )
    size = len(text)
    check_span(action.start, action.end, size, where, "trigger span")
    check_span(action.actor_start, action.actor_end, size, where, "actor span")
    check_span(action.target_start, action.target_end, size, where, "target span")
    if (target is None) != (action.target_start is None):
        raise DataMissing(where, "target and its span must both be given or both be null")
    trigger = item.get("trigger")
    if trigger is not None and trigger != text[action.start : action.end]:
        raise DataMissing(where, f"trigger {trigger!r} does not match the text at its offsets")
    return action


def load_action_gold(data: Path, gold: Path | None = None) -> list[GoldDocument]:
    """The gold actions on the corpora under ``data`` (the ``../shared/data`` folder).

    Each document's text is rebuilt and must match its ``text_sha256``; spans must lie inside the text,
    classes and modalities must be known and each ``trigger`` must be the text at its offsets. Any mismatch
    (or a missing corpus) raises :class:`DataMissing` with a one-line reason. ``gold`` overrides the shipped
    file. Every document is returned whatever its split.
    """
    path = gold if gold is not None else gold_file()
    out: list[GoldDocument] = []
    for entry in gold_entries(data, path, read_gold(path, "action")):
        split = split_of(entry.fields, entry.where)
        actions = items_of(entry.fields, "actions", entry.where)
        parsed = tuple(_action(a, entry.text, entry.where) for a in actions)
        out.append(
            GoldDocument(
                corpus=entry.corpus,
                doc_id=entry.doc_id,
                text=entry.text,
                actions=tuple(sorted(parsed, key=lambda a: (a.start, a.actor_start))),
                split=split,
            )
        )
    return out
