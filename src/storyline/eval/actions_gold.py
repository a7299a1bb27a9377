"""The gold set of actions: who did what to whom, as character offsets into ECB+ and MEANTIME documents.

``eval/gold/actions.json`` holds hand annotations (trigger, actor, class, target, modality) on news articles
of ``../shared/data``; its ``notes`` are the annotation guidelines. Like the quotation gold
(:mod:`storyline.eval.quotes_gold`) it stores offsets and a sha256 of each document's text, never the text:
the text is rebuilt by the corpus loaders and checked against the checksum. Each document belongs to a split:
``dev`` (the extractor was developed on them) or ``test`` (annotated with the rest before the extractor was
written, never used to tune it).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, cast

from storyline.action_verbs import ACTION_CLASSES
from storyline.eval.corpus import DataMissing
from storyline.eval.ecbplus import load_ecbplus
from storyline.eval.meantime import load_meantime

Corpus = Literal["ecbplus", "meantime"]
Split = Literal["dev", "test"]
MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "hedged", "negated", "future", "conditional"})
_CORPORA: dict[str, str] = {"ecbplus": "ecbplus", "meantime": "meantime-en"}
_SPLITS: frozenset[str] = frozenset({"dev", "test"})
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
    return Path(str(resources.files("storyline.eval").joinpath("gold", GOLD_NAME)))


def _int(value: object, where: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DataMissing(where, f"{field} is not an integer")
    return value


def _opt_int(value: object, where: str, field: str) -> int | None:
    return None if value is None else _int(value, where, field)


def _span(start: int | None, end: int | None, size: int, where: str, field: str) -> None:
    if (start is None) != (end is None):
        raise DataMissing(where, f"{field} has only one of its two offsets")
    if start is not None and end is not None and not 0 <= start < end <= size:
        raise DataMissing(where, f"{field} [{start}, {end}) is empty or outside the text ({size} characters)")


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
        start=_int(item.get("start"), where, "start"),
        end=_int(item.get("end"), where, "end"),
        action_class=cls,
        modality=modality,
        actor=actor,
        actor_start=_int(item.get("actor_start"), where, "actor_start"),
        actor_end=_int(item.get("actor_end"), where, "actor_end"),
        target=target,
        target_start=_opt_int(item.get("target_start"), where, "target_start"),
        target_end=_opt_int(item.get("target_end"), where, "target_end"),
    )
    size = len(text)
    _span(action.start, action.end, size, where, "trigger span")
    _span(action.actor_start, action.actor_end, size, where, "actor span")
    _span(action.target_start, action.target_end, size, where, "target span")
    if (target is None) != (action.target_start is None):
        raise DataMissing(where, "target and its span must both be given or both be null")
    trigger = item.get("trigger")
    if trigger is not None and trigger != text[action.start : action.end]:
        raise DataMissing(where, f"trigger {trigger!r} does not match the text at its offsets")
    return action


def _texts(data: Path, corpus: str) -> dict[str, str]:
    folder = data / _CORPORA[corpus]
    documents = load_ecbplus(folder) if corpus == "ecbplus" else load_meantime(folder)
    return {d.doc_id: d.text for d in documents}


def load_action_gold(data: Path, gold: Path | None = None) -> list[GoldDocument]:
    """The gold actions on the corpora under ``data`` (the ``../shared/data`` folder).

    Each document's text is rebuilt and must match its ``text_sha256``; spans must lie inside the text,
    classes and modalities must be known and each ``trigger`` must be the text at its offsets. Any mismatch
    (or a missing corpus) raises :class:`DataMissing` with a one-line reason. ``gold`` overrides the shipped
    file. Every document is returned whatever its split.
    """
    path = gold if gold is not None else gold_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataMissing(str(path), "action gold file not found") from exc
    except (OSError, ValueError) as exc:
        raise DataMissing(str(path), f"unreadable action gold ({exc.__class__.__name__})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("documents"), list):
        raise DataMissing(str(path), "not an action gold file (no 'documents' list)")
    texts: dict[str, dict[str, str]] = {}
    out: list[GoldDocument] = []
    for entry in cast(list[object], cast(dict[str, object], raw)["documents"]):
        if not isinstance(entry, dict):
            raise DataMissing(str(path), "a document entry is not a JSON object")
        doc = cast(dict[str, object], entry)
        corpus, doc_id = doc.get("corpus"), doc.get("doc_id")
        if not isinstance(corpus, str) or corpus not in _CORPORA:
            raise DataMissing(str(path), f"unknown corpus {corpus!r}")
        if not isinstance(doc_id, str):
            raise DataMissing(str(path), f"{corpus}: doc_id {doc_id!r} is not a string")
        where = f"{path.name}:{corpus}/{doc_id}"
        if corpus not in texts:
            texts[corpus] = _texts(data, corpus)
        text = texts[corpus].get(doc_id)
        if text is None:
            raise DataMissing(where, "document not found in the corpus")
        if doc.get("text_sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
            raise DataMissing(where, "text_sha256 does not match the rebuilt text (loader or data changed)")
        split = doc.get("split", "dev")
        if not isinstance(split, str) or split not in _SPLITS:
            raise DataMissing(where, f"split {split!r} is not one of {sorted(_SPLITS)}")
        actions = doc.get("actions")
        if not isinstance(actions, list):
            raise DataMissing(where, "no 'actions' list")
        parsed = tuple(_action(a, text, where) for a in cast(list[object], actions))
        out.append(
            GoldDocument(
                corpus=cast(Corpus, corpus),
                doc_id=doc_id,
                text=text,
                actions=tuple(sorted(parsed, key=lambda a: (a.start, a.actor_start))),
                split=cast(Split, split),
            )
        )
    return out
