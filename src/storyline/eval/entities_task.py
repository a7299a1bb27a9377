"""The ``entities`` task: named-entity spans and cross-document entity resolution on MEANTIME (English).

All 120 documents are read with :func:`storyline.eval.meantime.load_meantime`, turned into
:class:`~storyline.records.Article` records (text as the loader rebuilds it), run through
:func:`storyline.entities.extract_many` in one batch and resolved together with
:func:`storyline.entities.resolve_entities`, each corpus given as the story of its documents (23 gold
instances span two corpora, so corpora are not resolved apart). Scores are reported per corpus (airbus, apple,
gm, stock) and for all documents.

**Gold names.** MEANTIME annotates every entity mention, names, descriptions and pronouns alike. NER finds
names, so the gold side is the *named* mentions: mentions of an entity typed PER, ORG, LOC, FIN or PRO whose
syntactic type is NAM or PRE.NAM, plus — because most mentions after the first sentences carry no syntactic
type — untyped mentions whose text is name-shaped (after an optional leading "the", every word capitalised
but connectors such as "of", "and", "&"). Both sides are compared without a leading "the" ("the Pentagon" =
"Pentagon").

**Types.** MEANTIME PER → PERSON; ORG and FIN (stock indices, exchanges) → ORG; LOC → GPE, LOC or FAC; PRO
(products) → PRODUCT. Our NORP and EVENT mentions have no MEANTIME counterpart (nationalities are not entity
mentions there; events are annotated as events) and are left out of the predicted side.

**Measures.** NER: strict span P/R/F1 (same offsets), relaxed F1 (overlap, TempEval-3) and typed strict F1
(same offsets and mapped type), with :func:`~storyline.eval.metrics.span_prf`. Resolution: MUC, B-cubed,
CEAF-e and their mean, the CoNLL F1 (:func:`~storyline.eval.metrics.conll_f1`), with gold clusters = named
mentions grouped by their cross-document instance id and predicted clusters = our entities. Predicted mentions
are aligned one to one with gold named mentions (same span first, then largest overlap); an unaligned
predicted mention stays its own item (a spurious mention), an unaligned gold mention a missed one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.entities import ResolutionContext, extract_many, resolve_entities
from storyline.eval.corpus import DataMissing, checksum
from storyline.eval.meantime import CORPORA, MeantimeDocument, corpus_files, load_meantime
from storyline.eval.metrics import conll_f1, span_prf
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.records import Article, Entity, Mention

GOLD_TYPES = {"PER": "PER", "ORG": "ORG", "FIN": "ORG", "LOC": "LOC", "PRO": "PRO"}
OUR_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "PRODUCT": "PRO"}
_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "du", "la", "le", "the", "-", "'s", "’s"})
_DETERMINER = re.compile(r"^(?:the|The)\s+")


@dataclass(frozen=True)
class GoldName:
    """A gold named mention: document, span (without a leading "the"), mapped type, instance id."""

    id: str
    doc: str
    corpus: str
    start: int
    end: int
    type: str
    instance: str | None


def _without_the(text: str, start: int, end: int) -> tuple[int, int]:
    match = _DETERMINER.match(text[start:end])
    return (start + match.end(), end) if match and start + match.end() < end else (start, end)


def name_shaped(text: str) -> bool:
    """True when every word of ``text`` (after an optional leading "the") is capitalised or a connector."""
    words = _DETERMINER.sub("", text).split()
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _CONNECTORS for w in words)


def gold_names(document: MeantimeDocument) -> list[GoldName]:
    """The named entity mentions of one document (see the module docstring for which)."""
    out: dict[tuple[int, int], GoldName] = {}
    for m in document.entity_mentions:
        kind = GOLD_TYPES.get(m.entity_type or "")
        if kind is None:
            continue
        named = m.syntactic_type in ("NAM", "PRE.NAM") or (not m.syntactic_type and name_shaped(m.text))
        if not named:
            continue
        start, end = _without_the(document.text, m.start, m.end)
        out.setdefault(
            (start, end), GoldName(m.id, document.doc_id, document.corpus, start, end, kind, m.instance)
        )
    return sorted(out.values(), key=lambda g: (g.start, g.end))


def _article(document: MeantimeDocument) -> Article:
    return Article(
        id=document.doc_id, source=document.path, format="text", title=document.title, text=document.text
    )


def align(predicted: Sequence[Mention], gold: Sequence[GoldName], text: str) -> dict[str, str]:
    """Map predicted mention ids to gold mention ids, one to one: same span first, then largest overlap."""
    spans = {m.id: _without_the(text, m.start, m.end) for m in predicted}
    by_span = {(g.start, g.end): g.id for g in gold}
    out: dict[str, str] = {}
    used: set[str] = set()
    for m in predicted:
        gid = by_span.get(spans[m.id])
        if gid is not None and gid not in used:
            out[m.id] = gid
            used.add(gid)
    candidates = []
    for m in predicted:
        if m.id in out:
            continue
        start, end = spans[m.id]
        for g in gold:
            overlap = min(end, g.end) - max(start, g.start)
            if overlap > 0 and g.id not in used:
                candidates.append((-overlap, m.id, g.id))
    for _overlap, mid, gid in sorted(candidates):
        if mid not in out and gid not in used:
            out[mid] = gid
            used.add(gid)
    return out


TypedSpan = tuple[str, int, int, str]


def _ner_scores(split: str, predicted: Iterable[TypedSpan], gold: Iterable[TypedSpan]) -> list[Measurement]:
    p, g = list(predicted), list(gold)
    strict = span_prf([(x[0], x[1], x[2]) for x in p], [(x[0], x[1], x[2]) for x in g])
    relaxed = span_prf([(x[0], x[1], x[2]) for x in p], [(x[0], x[1], x[2]) for x in g], relaxed=True)
    # The type joins the document id, so that a span of the right extent but the wrong type is a miss.
    typed = span_prf([(f"{x[0]}|{x[3]}", x[1], x[2]) for x in p], [(f"{x[0]}|{x[3]}", x[1], x[2]) for x in g])
    note = f"{len(set(p))} predicted, {len(set(g))} gold names"
    return [
        Measurement(split, "NER strict precision", strict.precision, note),
        Measurement(split, "NER strict recall", strict.recall, note),
        Measurement(split, "NER strict F1", strict.f1, note),
        Measurement(split, "NER relaxed F1", relaxed.f1, note),
        Measurement(split, "NER typed strict F1", typed.f1, note),
    ]


def _coref_scores(
    split: str, key: list[frozenset[str]], response: list[frozenset[str]], suffix: str = ""
) -> list[Measurement]:
    if not key:
        return [Measurement(split, f"CoNLL F1{suffix}", None, "no gold clusters")]
    conll, muc, b3, ceaf = conll_f1(key, response)
    note = f"{len(key)} gold entities, {len(response)} predicted"
    return [
        Measurement(split, f"CoNLL F1{suffix}", conll, note),
        Measurement(split, f"MUC F1{suffix}", muc.f1, note),
        Measurement(split, f"B3 F1{suffix}", b3.f1, note),
        Measurement(split, f"CEAF-e F1{suffix}", ceaf.f1, note),
    ]


def score(
    documents: Sequence[MeantimeDocument], mentions: dict[str, list[Mention]], entities: Sequence[Entity]
) -> tuple[list[Measurement], list[dict[str, object]]]:
    """NER and resolution scores per corpus and for all documents, and one detail record per corpus."""
    corpus_of = {d.doc_id: d.corpus for d in documents}
    kept = {doc: [m for m in ms if m.type in OUR_TYPES] for doc, ms in mentions.items()}
    gold = {d.doc_id: gold_names(d) for d in documents}
    to_gold: dict[str, str] = {}
    for d in documents:
        to_gold.update(align(kept.get(d.doc_id, []), gold[d.doc_id], d.text))
    item_corpus: dict[str, str] = {}
    for doc, ms in kept.items():
        for m in ms:
            item_corpus[to_gold.get(m.id, m.id)] = corpus_of[doc]
    for doc, names in gold.items():
        for g in names:
            item_corpus[g.id] = corpus_of[doc]
    gold_clusters: dict[str, set[str]] = defaultdict(set)
    for names in gold.values():
        for g in names:
            gold_clusters[g.instance or g.id].add(g.id)
    kept_ids = {m.id for ms in kept.values() for m in ms}
    response = [frozenset(to_gold.get(m, m) for m in e.mention_ids if m in kept_ids) for e in entities]
    texts = {d.doc_id: d.text for d in documents}
    gold_ids = {g.id for names in gold.values() for g in names}
    measurements: list[Measurement] = []
    details: list[dict[str, object]] = []
    for split in (*CORPORA, "all"):

        def inside(item: str, split: str = split) -> bool:
            return split == "all" or item_corpus.get(item) == split

        predicted = [
            (doc, *_without_the(texts[doc], m.start, m.end), OUR_TYPES[m.type])
            for doc, ms in kept.items()
            for m in ms
            if split in ("all", corpus_of[doc])
        ]
        golden = [(g.doc, g.start, g.end, g.type) for names in gold.values() for g in names if inside(g.id)]
        measurements.extend(_ner_scores(split, predicted, golden))
        key = [frozenset(i for i in c if inside(i)) for c in gold_clusters.values()]
        resp = [frozenset(i for i in c if inside(i)) for c in response]
        measurements.extend(_coref_scores(split, [c for c in key if c], [c for c in resp if c]))
        # MEANTIME annotates only the entities that take part in its annotated events, so many right names
        # have no gold counterpart; resolution alone is measured on the predicted mentions aligned with gold.
        aligned = [frozenset(i for i in c if i in gold_ids) for c in resp]
        measurements.extend(
            _coref_scores(split, [c for c in key if c], [c for c in aligned if c], " (aligned mentions)")
        )
        details.append({"split": split, "documents": sum(1 for d in documents if split in ("all", d.corpus))})
    return measurements, details


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Score entity extraction and cross-document resolution on ``dataset`` (``meantime``)."""
    if dataset != "meantime":
        raise ValueError(f"entities has no dataset {dataset!r}")
    root = Path(context.data) / "meantime-en"
    if not root.is_dir():
        raise DataMissing(root, "MEANTIME folder not found")
    documents = load_meantime(root)
    articles = [_article(d) for d in documents]
    mentions = extract_many(articles)
    story_of = {d.doc_id: d.corpus for d in documents}
    entities = resolve_entities(mentions, ResolutionContext(story_of=story_of))
    measurements, details = score(documents, mentions, entities)
    return DatasetResult(tuple(measurements), checksum(corpus_files(root), root), tuple(details))
