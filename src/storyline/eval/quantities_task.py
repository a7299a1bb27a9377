"""The ``quantities`` task: numbers, their values, qualifiers and counted nouns, against the hand gold set.

The gold set is :mod:`storyline.eval.quantities_gold` (``eval/gold/quantities.json``, 57 ECB+ and MEANTIME
documents). Each document's rebuilt text is parsed once with :func:`storyline.entities.nlp_model` and given to
:func:`storyline.quantities.extract_quantities`.

**Matching.** Predicted and gold quantities of a document are paired one to one: same span first, then the
largest overlap. **Span** P/R/F1: strict (same offsets) and overlap (TempEval-3 relaxed) with
:func:`~storyline.eval.metrics.span_prf`. **Quantity F1**, the issue's aim: a predicted quantity is right
when it is paired with a gold one (overlap) and has its value (and for ranges its low and high, within 0.1%).
On paired quantities: value, qualifier, kind and unit accuracy, and **counted accuracy**: both sides without a
counted noun, or both with one whose head (last word, case folded) is the same; strict counted accuracy asks
for the same counted span.

**Splits.** Every measure is reported for the "dev" documents (the 43 the extractor was built and tuned on),
the held-out "test" documents (annotated before the extractor was run on them; not to be tuned on) and "all".

**Alignments.** :func:`score_alignments` scores predicted pairs of quantities against the gold pairs (same
thing or not; for same-thing pairs agreed / compatible / tension / conflict). :func:`predict_alignments` runs
:func:`storyline.facts.extract_facts` and :func:`storyline.fact_align.align_facts` on the annotated documents
of each gold ECB+ topic half; the rows "alignments dev" (the pairs the aligner was designed against),
"alignments test" (held-out pairs) and "alignments all" give same-thing accuracy and P/R/F1, relation accuracy
and conflict precision/recall.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.eval.corpus import DataMissing
from storyline.eval.metrics import span_prf
from storyline.eval.quantities_gold import (
    GoldAlignment,
    GoldQuantity,
    GoldQuantityDocument,
    QuantityGold,
    gold_file,
    load_quantity_gold,
)
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.records import Article, Quantity

Ref = tuple[str, int, int]  # (doc_id, start, end)
SPLITS = ("dev", "test", "all")


@dataclass(frozen=True)
class PredictedPair:
    """A predicted alignment: two quantities by span, ``relation`` ``None`` for "different things"."""

    a: Ref
    b: Ref
    relation: str | None


def pair(predicted: Sequence[Quantity], gold: Sequence[GoldQuantity]) -> list[tuple[Quantity, GoldQuantity]]:
    """Pair one document's predicted and gold quantities one to one: same span first, then largest overlap."""
    out: list[tuple[Quantity, GoldQuantity]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if j not in used_g and (p.start, p.end) == (g.start, g.end):
                out.append((p, g))
                used_p.add(i)
                used_g.add(j)
                break
    candidates = sorted(
        (-(min(p.end, g.end) - max(p.start, g.start)), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if i not in used_p and j not in used_g and min(p.end, g.end) > max(p.start, g.start)
    )
    for _overlap, i, j in candidates:
        if i not in used_p and j not in used_g:
            out.append((predicted[i], gold[j]))
            used_p.add(i)
            used_g.add(j)
    return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


def same_value(p: Quantity, g: GoldQuantity) -> bool:
    """Same value, and for a range the same low and high (within 0.1%)."""
    return _close(p.value, g.value) and _close(p.low, g.low) and _close(p.high, g.high)


def _head(text: str | None) -> str | None:
    return text.split()[-1].lower().rstrip(".,;") if text and text.split() else None


def counted_right(p: Quantity, g: GoldQuantity, text: str, strict: bool = False) -> bool:
    """Both without a counted noun, or both with one of the same head word (strict: the same span)."""
    if g.counted_start is None or g.counted_end is None:
        return p.counted is None
    if p.counted is None:
        return False
    if strict:
        return (p.counted_start, p.counted_end) == (g.counted_start, g.counted_end)
    return _head(p.counted) == _head(text[g.counted_start : g.counted_end])


def _share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def score(
    documents: Sequence[tuple[str, str, Sequence[Quantity], Sequence[GoldQuantity]]],
    split: str = "all",
) -> tuple[list[Measurement], list[dict[str, object]]]:
    """Measurements over ``(doc_id, text, predicted, gold)`` documents, and one detail record per document.

    Every measurement is labelled ``split`` ("dev", "test" or "all").
    """
    spans_p = [(d, q.start, q.end) for d, _t, ps, _g in documents for q in ps]
    spans_g = [(d, q.start, q.end) for d, _t, _p, gs in documents for q in gs]
    strict, relaxed = span_prf(spans_p, spans_g), span_prf(spans_p, spans_g, relaxed=True)
    matched = value_ok = qual_ok = kind_ok = unit_ok = counted_ok = counted_strict = 0
    details: list[dict[str, object]] = []
    for doc_id, text, predicted, gold in documents:
        pairs = pair(predicted, gold)
        paired_p = {id(p) for p, _g in pairs}
        paired_g = {id(g) for _p, g in pairs}
        wrong: list[str] = []
        for p, g in pairs:
            matched += 1
            ok = same_value(p, g)
            value_ok += ok
            qual_ok += p.qualifier == g.qualifier
            kind_ok += p.kind == g.kind
            unit_ok += p.unit == g.unit
            counted_ok += counted_right(p, g, text)
            counted_strict += counted_right(p, g, text, strict=True)
            if not ok:
                wrong.append(f"{text[g.start : g.end]!r}: {p.value:g} for {g.value:g}")
        missed = [text[g.start : g.end] for g in gold if id(g) not in paired_g]
        spurious = [p.text for p in predicted if id(p) not in paired_p]
        if missed or spurious or wrong:
            details.append(
                {"split": split, "doc": doc_id, "missed": missed, "spurious": spurious, "wrong_value": wrong}
            )
    n_p, n_g = len(spans_p), len(spans_g)
    precision = value_ok / n_p if n_p else 0.0
    recall = value_ok / n_g if n_g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    note = f"{n_p} predicted, {n_g} gold quantities"
    on = f"on {matched} paired quantities"
    return [
        Measurement(split, "quantity F1", f1, f"{note}; paired and same value"),
        Measurement(split, "quantity precision", precision, note),
        Measurement(split, "quantity recall", recall, note),
        Measurement(split, "span strict F1", strict.f1, note),
        Measurement(split, "span strict precision", strict.precision, note),
        Measurement(split, "span strict recall", strict.recall, note),
        Measurement(split, "span overlap F1", relaxed.f1, note),
        Measurement(split, "value accuracy", _share(value_ok, matched), on),
        Measurement(split, "qualifier accuracy", _share(qual_ok, matched), on),
        Measurement(split, "kind accuracy", _share(kind_ok, matched), on),
        Measurement(split, "unit accuracy", _share(unit_ok, matched), on),
        Measurement(split, "counted accuracy", _share(counted_ok, matched), f"{on}; same head word"),
        Measurement(split, "counted strict accuracy", _share(counted_strict, matched), f"{on}; same span"),
    ], details


def _overlaps(ref: Ref, doc_id: str, start: int, end: int) -> bool:
    return ref[0] == doc_id and min(ref[2], end) > max(ref[1], start)


def score_alignments(
    pairs_predicted: Iterable[PredictedPair], gold: Sequence[GoldAlignment]
) -> list[Measurement]:
    """Score predicted quantity pairs against the gold alignment pairs.

    A gold pair is found when a predicted pair overlaps both of its sides (in either order). "same thing
    accuracy": share of gold pairs whose same/different label the prediction gets (a gold pair without a
    predicted pair, or predicted with relation ``None``, reads as "different"). "relation accuracy": on gold
    same-thing pairs predicted as the same thing, the share with the gold relation. "conflict recall" and
    "conflict precision" are measured on the gold pairs alone.
    """
    predicted = list(pairs_predicted)

    def find(g: GoldAlignment) -> PredictedPair | None:
        for p in predicted:
            for x, y in ((p.a, p.b), (p.b, p.a)):
                if _overlaps(x, g.a.doc_id, g.a.start, g.a.end) and _overlaps(
                    y, g.b.doc_id, g.b.start, g.b.end
                ):
                    return p
        return None

    found = [(g, find(g)) for g in gold]
    label_ok = sum((p is not None and p.relation is not None) == g.same for g, p in found)
    same = [(g, p) for g, p in found if g.same and p is not None and p.relation is not None]
    relation_ok = sum(p is not None and p.relation == g.relation for g, p in same)
    said_same = [g for g, p in found if p is not None and p.relation is not None]
    true_same = sum(1 for g in said_same if g.same)
    gold_same = sum(1 for g in gold if g.same)
    same_p, same_r = _share(true_same, len(said_same)), _share(true_same, gold_same)
    same_f1 = 2 * same_p * same_r / (same_p + same_r) if same_p and same_r else (0.0 if gold_same else None)
    conflicts = [g for g in gold if g.relation == "conflict"]
    said = [(g, p) for g, p in found if p is not None and p.relation == "conflict"]
    hit = sum(1 for g, _p in said if g.relation == "conflict")
    note = f"{len(gold)} gold pairs, {len(predicted)} predicted"
    return [
        Measurement("alignments", "same thing accuracy", _share(label_ok, len(gold)), note),
        Measurement("alignments", "same thing F1", same_f1, f"{gold_same} gold same-thing pairs"),
        Measurement("alignments", "same thing precision", same_p, f"{len(said_same)} gold pairs said same"),
        Measurement("alignments", "same thing recall", same_r, f"{gold_same} gold same-thing pairs"),
        Measurement(
            "alignments", "relation accuracy", _share(relation_ok, len(same)), f"on {len(same)} pairs"
        ),
        Measurement(
            "alignments", "conflict recall", _share(hit, len(conflicts)), f"{len(conflicts)} gold conflicts"
        ),
        Measurement("alignments", "conflict precision", _share(hit, len(said)), f"{len(said)} predicted"),
    ]


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Score quantity extraction on ``dataset`` (``gold``: the hand-annotated ECB+ and MEANTIME documents)."""
    if dataset != "gold":
        raise ValueError(f"quantities has no dataset {dataset!r}")
    from storyline.entities import nlp_model
    from storyline.quantities import extract_quantities

    root = context.data
    if not root.is_dir():
        raise DataMissing(root, "labelled corpora folder not found")
    gold = load_quantity_gold(root)
    nlp = nlp_model()
    rows: dict[str, list[tuple[str, str, Sequence[Quantity], Sequence[GoldQuantity]]]] = {
        "dev": [],
        "test": [],
    }
    for d in gold.documents:
        article = Article(
            id=d.doc_id, source=f"{d.corpus}/{d.doc_id}", format="text", title=None, text=d.text
        )
        rows[d.split].append((d.doc_id, d.text, extract_quantities(article, nlp(d.text)), d.quantities))
    measurements: list[Measurement] = []
    details: list[dict[str, object]] = []
    for split in SPLITS:
        chosen = rows["dev"] + rows["test"] if split == "all" else rows[split]
        found, notes = score(chosen, split)
        measurements.extend(found)
        if split != "all":
            details.extend(notes)
    measurements.extend(alignment_measurements(gold, nlp))
    digest = hashlib.sha256(gold_file().read_bytes())
    for d in gold.documents:
        digest.update(d.text.encode("utf-8"))
    return DatasetResult(tuple(measurements), digest.hexdigest(), tuple(details))


def _topic(doc_id: str) -> str:
    """The ECB+ topic half of a document: "20_6ecbplus" → "20ecbplus", "20_3ecb" → "20ecb"."""
    number, _, rest = doc_id.partition("_")
    return number + ("ecbplus" if rest.endswith("ecbplus") else "ecb")


def predict_alignments(gold: QuantityGold, nlp: Any) -> list[PredictedPair]:
    """Run the fact aligner on the annotated documents of each gold topic half; one pair per two facts of
    different documents that it puts in one group, with their relation.

    Each document is its own origin and has no publication date (ECB+ gives none): relative dates stay
    unanchored and only absolute ones make dated facts.
    """
    from storyline.fact_align import align_facts, compare
    from storyline.facts import extract_facts
    from storyline.quantities import extract_quantities
    from storyline.timex import find_timexes

    topics = {a.topic for a in gold.alignments}
    by_topic: dict[str, list[GoldQuantityDocument]] = {}
    for d in gold.documents:
        if d.corpus == "ecbplus" and _topic(d.doc_id) in topics:
            by_topic.setdefault(_topic(d.doc_id), []).append(d)
    pairs: list[PredictedPair] = []
    for documents in by_topic.values():
        facts = {}
        for d in documents:
            article = Article(
                id=d.doc_id, source=f"{d.corpus}/{d.doc_id}", format="text", title=None, text=d.text
            )
            parsed = nlp(d.text)
            quantities = extract_quantities(article, parsed)
            facts[d.doc_id] = extract_facts(article, parsed, quantities, find_timexes(d.text, None, d.doc_id))
        texts = {d.doc_id: d.text for d in documents}
        groups = align_facts(facts, {k: k for k in facts}, dict.fromkeys(facts), texts)
        for group in groups:
            for i, a in enumerate(group.facts):
                for b in group.facts[i + 1 :]:
                    if a.article_id != b.article_id:
                        pairs.append(
                            PredictedPair(
                                (a.article_id, a.start, a.end),
                                (b.article_id, b.start, b.end),
                                compare(a, b) or "compatible",
                            )
                        )
    return pairs


def alignment_measurements(gold: QuantityGold, nlp: Any) -> list[Measurement]:
    """The fact aligner (:func:`storyline.fact_align.align_facts`) scored on the gold alignment pairs, per
    split.

    Measurements are labelled "alignments dev", "alignments test" and "alignments all".
    """
    predicted = predict_alignments(gold, nlp)
    out: list[Measurement] = []
    for split in SPLITS:
        chosen = [a for a in gold.alignments if split == "all" or a.split == split]
        same = sum(1 for a in chosen if a.same)
        label = f"alignments {split}"
        out.append(Measurement(label, "gold pairs", float(len(chosen)), f"{same} same thing"))
        out.extend(Measurement(label, m.metric, m.score, m.note) for m in score_alignments(predicted, chosen))
    return out
