"""The gold set of quantities: numbers, values, qualifiers and counted nouns as offsets into ../shared/data.

``eval/gold/quantities.json`` holds hand annotations on ECB+ and MEANTIME (English) documents, and a second
section, ``alignments``: pairs of quantities in two documents of one ECB+ topic that state the same thing (or
only look alike), labelled agreed / compatible / tension / conflict. Like ``quotes.json`` it stores offsets
and a checksum of each rebuilt text, never the text; the annotation guidelines are in the file's ``notes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

from storyline.eval.corpus import DataMissing
from storyline.eval.gold_files import (
    Corpus,
    Split,
    as_int,
    check_span,
    gold_entries,
    items_of,
    opt_int,
    opt_str,
    read_gold,
    shipped_gold,
    split_of,
)
from storyline.records import QuantityQualifier

Relation = Literal["agreed", "compatible", "tension", "conflict"]
_KINDS = frozenset({"count", "money", "percent", "year", "other"})
_QUALIFIERS = frozenset(get_args(QuantityQualifier))
_RELATIONS = frozenset(get_args(Relation))
GOLD_NAME = "quantities.json"


@dataclass(frozen=True)
class GoldQuantity:
    """One annotated quantity: span, value (``low``/``high`` of a range), qualifier, unit, kind, counted."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: QuantityQualifier
    unit: str | None
    per: str | None
    kind: str
    counted_start: int | None
    counted_end: int | None


@dataclass(frozen=True)
class GoldQuantityDocument:
    """One annotated document: where it comes from, its rebuilt text and its quantities in text order.

    ``split`` is "dev" for the documents the extractor was built and tuned on, "test" for the held-out ones
    annotated afterwards (a document without the field is "dev").
    """

    corpus: Corpus
    doc_id: str
    text: str
    quantities: tuple[GoldQuantity, ...]
    split: Split = "dev"


@dataclass(frozen=True)
class QuantityRef:
    """A quantity in a document, by its span."""

    corpus: Corpus
    doc_id: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldAlignment:
    """Two quantities of one ECB+ topic: the same thing or not, and for the same thing, how they compare.

    ``split`` is "dev" for the pairs the fact aligner was designed against, "test" for held-out pairs.
    """

    topic: str
    a: QuantityRef
    b: QuantityRef
    same: bool
    relation: Relation | None
    split: Split = "dev"


@dataclass(frozen=True)
class QuantityGold:
    """The whole gold file: annotated documents and alignment pairs."""

    documents: tuple[GoldQuantityDocument, ...]
    alignments: tuple[GoldAlignment, ...]


def gold_file() -> Path:
    """The path of the shipped ``quantities.json``."""
    return shipped_gold(GOLD_NAME)


def _float(value: object, where: str, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DataMissing(where, f"{field} is not a number")
    return float(value)


def _opt_float(value: object, where: str, field: str) -> float | None:
    return None if value is None else _float(value, where, field)


def _quantity(raw: object, text: str, where: str) -> GoldQuantity:
    if not isinstance(raw, dict):
        raise DataMissing(where, "a quantity is not a JSON object")
    item = cast(dict[str, object], raw)
    qualifier, kind = item.get("qualifier"), item.get("kind")
    if not isinstance(qualifier, str) or qualifier not in _QUALIFIERS:
        raise DataMissing(where, f"qualifier {qualifier!r} is not one of {sorted(_QUALIFIERS)}")
    if not isinstance(kind, str) or kind not in _KINDS:
        raise DataMissing(where, f"kind {kind!r} is not one of {sorted(_KINDS)}")
    quantity = GoldQuantity(
        start=as_int(item.get("start"), where, "start"),
        end=as_int(item.get("end"), where, "end"),
        value=_float(item.get("value"), where, "value"),
        low=_opt_float(item.get("low"), where, "low"),
        high=_opt_float(item.get("high"), where, "high"),
        qualifier=cast(QuantityQualifier, qualifier),
        unit=opt_str(item.get("unit"), where, "unit"),
        per=opt_str(item.get("per"), where, "per"),
        kind=kind,
        counted_start=opt_int(item.get("counted_start"), where, "counted_start"),
        counted_end=opt_int(item.get("counted_end"), where, "counted_end"),
    )
    check_span(quantity.start, quantity.end, len(text), where, "span")
    check_span(quantity.counted_start, quantity.counted_end, len(text), where, "counted span")
    if (quantity.qualifier == "range") != (quantity.low is not None and quantity.high is not None):
        raise DataMissing(where, "a range needs low and high, and only a range has them")
    return quantity


def _ref(raw: object, spans: dict[tuple[str, str], set[tuple[int, int]]], where: str) -> QuantityRef:
    if not isinstance(raw, dict):
        raise DataMissing(where, "an alignment side is not a JSON object")
    item = cast(dict[str, object], raw)
    corpus, doc_id = item.get("corpus"), item.get("doc_id")
    start, end = as_int(item.get("start"), where, "start"), as_int(item.get("end"), where, "end")
    if (
        not isinstance(corpus, str)
        or not isinstance(doc_id, str)
        or (start, end) not in spans.get((corpus, doc_id), ())
    ):
        raise DataMissing(
            where, f"alignment side {corpus}/{doc_id} [{start}, {end}) is not an annotated quantity"
        )
    return QuantityRef(cast(Corpus, corpus), doc_id, start, end)


def _alignment(raw: object, spans: dict[tuple[str, str], set[tuple[int, int]]], where: str) -> GoldAlignment:
    if not isinstance(raw, dict):
        raise DataMissing(where, "an alignment is not a JSON object")
    item = cast(dict[str, object], raw)
    label, relation, topic = item.get("label"), item.get("relation"), item.get("topic")
    if label not in ("same", "different"):
        raise DataMissing(where, f"alignment label {label!r} is not 'same' or 'different'")
    if label == "same" and relation not in _RELATIONS:
        raise DataMissing(where, f"relation {relation!r} is not one of {sorted(_RELATIONS)}")
    if label == "different" and relation is not None:
        raise DataMissing(where, "a 'different' pair has no relation")
    a, b = _ref(item.get("a"), spans, where), _ref(item.get("b"), spans, where)
    if a.doc_id == b.doc_id:
        raise DataMissing(where, "an alignment pairs two documents, not one with itself")
    split = split_of(item, where)
    return GoldAlignment(str(topic), a, b, label == "same", cast("Relation | None", relation), split)


def load_quantity_gold(data: Path, gold: Path | None = None) -> QuantityGold:
    """The gold quantities and alignments on the corpora under ``data`` (the ``../shared/data`` folder).

    Each document's text is rebuilt by its corpus loader and must match the stored ``text_sha256``; every span
    must lie inside the text and every alignment side must be an annotated quantity. Any mismatch (or a
    missing corpus) raises :class:`DataMissing` with a one-line reason. ``gold`` overrides the shipped file.
    """
    path = gold if gold is not None else gold_file()
    body = read_gold(path, "quantity")
    documents: list[GoldQuantityDocument] = []
    for entry in gold_entries(data, path, body):
        items = items_of(entry.fields, "quantities", entry.where)
        parsed = sorted(
            (_quantity(q, entry.text, entry.where) for q in items), key=lambda q: (q.start, q.end)
        )
        split = split_of(entry.fields, entry.where)
        documents.append(GoldQuantityDocument(entry.corpus, entry.doc_id, entry.text, tuple(parsed), split))
    spans: dict[tuple[str, str], set[tuple[int, int]]] = {
        (d.corpus, d.doc_id): {(q.start, q.end) for q in d.quantities} for d in documents
    }
    pairs = body.get("alignments", [])
    if not isinstance(pairs, list):
        raise DataMissing(path, "'alignments' is not a list")
    alignments = tuple(
        _alignment(p, spans, f"{path.name}:alignments[{i}]") for i, p in enumerate(cast(list[object], pairs))
    )
    return QuantityGold(tuple(documents), alignments)
