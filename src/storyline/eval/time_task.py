"""The ``time`` task: TIMEX3 detection and normalisation on MEANTIME (English), TempEval-3 style.

All 120 documents are read with :func:`storyline.eval.meantime.load_meantime`; each text (rebuilt from the
corpus tokens) goes through :func:`storyline.timex.find_timexes` with the document's creation time
(``dct``) as the article date. Scores are reported per corpus (airbus, apple, gm, stock) and for all.

**Gold.** Every TIMEX3 of the document except its creation time: the ``CREATION_TIME`` timex, the date line
under the title, which is metadata, not text to normalise (the two documents without a ``CREATION_TIME``
annotate their date line as an ordinary timex; it is left out too). MEANTIME annotates time expressions
only in the title and the first sentences of each article: sentences 0 to 5 of the rebuilt text (0 the
title, 1 the date line, 2–5 the first four sentences of the body; no gold timex lies further). Predictions
are therefore scored in sentences 0 and 2–5 only; the rest of the text has no time annotation to score
against.

**Measures.** Strict span P/R/F1 (same offsets) and relaxed P/R/F1 (overlap), with
:func:`~storyline.eval.metrics.span_prf`. On the pairs matched one to one by overlap
(:func:`~storyline.eval.metrics.timex_value_scores`: exact spans first, then largest overlap): type
accuracy and value accuracy (the TempEval-3 "value accuracy"; HeidelTime scores about 0.78 on TempEval-3),
and value F1 (a prediction counts when it matches a gold expression and has its value). The details list
every miss, per document: gold expressions not found, predictions with no gold, and wrong values or types.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from storyline.eval.corpus import DataMissing, checksum
from storyline.eval.meantime import CORPORA, MeantimeDocument, corpus_files, load_meantime
from storyline.eval.metrics import span_prf, timex_value_scores
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.records import TimeExpression
from storyline.timex import find_timexes

Item = tuple[str, int, int, str, str]  # document, start, end, type, value


def gold_timexes(document: MeantimeDocument) -> list[Item]:
    """The gold time expressions of one document, without its creation time (the date line)."""
    line = document.sentences[1] if len(document.sentences) > 1 else None
    return [
        (document.doc_id, t.start, t.end, t.type, t.value)
        for t in document.timexes
        if not t.creation_time and not (line and line.start <= t.start < line.end)
    ]


ANNOTATED_SENTENCES = frozenset({0, 2, 3, 4, 5})


def predicted_timexes(document: MeantimeDocument, found: Sequence[TimeExpression]) -> list[Item]:
    """Our expressions for one document that start in the annotated sentences (title, first four)."""
    spans = [(s.start, s.end) for s in document.sentences if s.number in ANNOTATED_SENTENCES]
    return [
        (document.doc_id, t.start, t.end, t.type, t.value)
        for t in found
        if any(start <= t.start < end for start, end in spans)
    ]


def _pairs(predicted: Sequence[Item], gold: Sequence[Item]) -> list[tuple[Item, Item]]:
    """One-to-one overlap matching, as :func:`timex_value_scores` does: exact spans first, then overlap."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = min(p[2], g[2]) - max(p[1], g[1])
            if p[0] == g[0] and overlap > 0:
                candidates.append(((p[1], p[2]) != (g[1], g[2]), -overlap, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _inexact, _overlap, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def _scores(split: str, predicted: Sequence[Item], gold: Sequence[Item]) -> list[Measurement]:
    spans_p = [(p[0], p[1], p[2]) for p in predicted]
    spans_g = [(g[0], g[1], g[2]) for g in gold]
    strict = span_prf(spans_p, spans_g)
    relaxed = span_prf(spans_p, spans_g, relaxed=True)
    values = timex_value_scores([(*p[:3], p[4]) for p in predicted], [(*g[:3], g[4]) for g in gold])
    pairs = _pairs(predicted, gold)
    typed = sum(1 for p, g in pairs if p[3] == g[3])
    note = f"{len(predicted)} predicted, {len(gold)} gold expressions"
    matched = f"{len(pairs)} matched pairs"
    return [
        Measurement(split, "strict precision", strict.precision, note),
        Measurement(split, "strict recall", strict.recall, note),
        Measurement(split, "strict F1", strict.f1, note),
        Measurement(split, "relaxed precision", relaxed.precision, note),
        Measurement(split, "relaxed recall", relaxed.recall, note),
        Measurement(split, "relaxed F1", relaxed.f1, note),
        Measurement(split, "type accuracy", typed / len(pairs) if pairs else None, matched),
        Measurement(split, "value accuracy", values.accuracy if values.matched else None, matched),
        Measurement(split, "value precision", values.value.precision, note),
        Measurement(split, "value recall", values.value.recall, note),
        Measurement(split, "value F1", values.value.f1, note),
    ]


def _misses(document: MeantimeDocument, predicted: Sequence[Item], gold: Sequence[Item]) -> dict[str, object]:
    """What went wrong in one document, as text: missed gold, spurious predictions, wrong values and types."""
    pairs = _pairs(predicted, gold)
    seen_p = {p for p, _g in pairs}
    seen_g = {g for _p, g in pairs}
    text = document.text

    def show(item: Item) -> str:
        return f"{text[item[1] : item[2]]!r} {item[3]} {item[4]}"

    return {
        "document": document.doc_id,
        "corpus": document.corpus,
        "dct": document.dct,
        "missed": [show(g) for g in gold if g not in seen_g],
        "spurious": [show(p) for p in predicted if p not in seen_p],
        "wrong value": [f"{show(p)} ≠ gold {show(g)}" for p, g in pairs if p[4] != g[4]],
        "wrong type": [f"{show(p)} ≠ gold {show(g)}" for p, g in pairs if p[3] != g[3]],
    }


def score(
    documents: Sequence[MeantimeDocument], found: dict[str, list[TimeExpression]]
) -> tuple[list[Measurement], list[dict[str, object]]]:
    """Scores per corpus and for all documents, and one detail record per document that has a miss."""
    predicted = {d.doc_id: predicted_timexes(d, found.get(d.doc_id, [])) for d in documents}
    gold = {d.doc_id: gold_timexes(d) for d in documents}
    measurements: list[Measurement] = []
    for split in (*CORPORA, "all"):
        docs = [d.doc_id for d in documents if split in ("all", d.corpus)]
        measurements.extend(
            _scores(split, [p for d in docs for p in predicted[d]], [g for d in docs for g in gold[d]])
        )
    details = []
    for d in documents:
        miss = _misses(d, predicted[d.doc_id], gold[d.doc_id])
        if any(miss[k] for k in ("missed", "spurious", "wrong value", "wrong type")):
            details.append(miss)
    return measurements, details


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Score time expression detection and normalisation on ``dataset`` (``meantime``)."""
    if dataset != "meantime":
        raise ValueError(f"time has no dataset {dataset!r}")
    root = Path(context.data) / "meantime-en"
    if not root.is_dir():
        raise DataMissing(root, "MEANTIME folder not found")
    documents = load_meantime(root)
    found = {d.doc_id: find_timexes(d.text, d.dct, d.doc_id) for d in documents}
    measurements, details = score(documents, found)
    return DatasetResult(tuple(measurements), checksum(corpus_files(root), root), tuple(details))
