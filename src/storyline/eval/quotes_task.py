"""The ``quotes`` task: quotations and their speakers on the team's gold set, beside textacy as a baseline.

The gold set (:mod:`storyline.eval.quotes_gold`) marks quotations (direct, indirect, mixed) in ECB+ and
MEANTIME documents, each with its speaker and cue. Scores are reported per split: ``dev`` (89 documents, 853
quotes; the extractor was developed on them) and ``test`` (15 documents, 304 quotes, annotated blind after the
extractor was written and never used to tune it), and over both. Every document is parsed once with the full
``en_core_web_md`` pipeline: our stage reads the parse it needs from it, and textacy's
``direct_quotations`` (which needs tags and lemmas) reads the same parse.

**Matching.** A predicted quote and a gold quote are paired one to one, largest character overlap first.
*Exact* P/R/F1 counts pairs with the same offsets; *overlap* P/R/F1 counts any overlapping pair (TempEval's
relaxed match); *content* P/R/F1 counts characters: the overlap of all pairs over the predicted (P) and the
gold (R) characters, so a quote found with half its words scores half.

**Speakers** are scored on overlap pairs. *Speaker accuracy*: the same speaker as gold, which means both
unknown, or the same name or description once case, spaces and a leading "the" are ignored, or offsets
that overlap the gold speaker's. *Speaker accuracy (lenient)* also accepts a speaker whose last word is the
gold speaker's last word ("Roesler" for "Mark Roesler"). Kind and cue accuracy are on the same pairs.

textacy finds direct quotations only, so it is scored against all gold quotes and, on its own rows, against
the direct ones; our stage is scored on both as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.entities import extract_mentions
from storyline.eval.corpus import DataMissing, checksum
from storyline.eval.metrics import PRF, Counts, offsets_overlap
from storyline.eval.quotes_gold import GoldDocument, GoldQuote, gold_file, load_quote_gold
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.nlp import load_model
from storyline.quotes import extract_quotes
from storyline.records import Article


@dataclass(frozen=True)
class Predicted:
    """One predicted quotation, reduced to what is scored."""

    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None


@dataclass
class _Tally(Counts):
    predicted: int = 0
    gold: int = 0
    exact: int = 0
    overlap: int = 0
    chars_hit: int = 0
    chars_predicted: int = 0
    chars_gold: int = 0
    speaker: int = 0
    speaker_lenient: int = 0
    kind: int = 0
    cue: int = 0


def _norm(name: str | None) -> str:
    if name is None:
        return ""
    folded = " ".join(name.lower().replace("’", "'").split())
    return re.sub(r"^the ", "", folded)


def speaker_matches(predicted: Predicted, gold: GoldQuote, lenient: bool = False) -> bool:
    """Whether a predicted speaker is gold's (see the module docstring)."""
    if gold.speaker is None or predicted.speaker is None:
        return gold.speaker is None and predicted.speaker is None
    if _norm(predicted.speaker) == _norm(gold.speaker):
        return True
    if offsets_overlap(predicted.speaker_start, predicted.speaker_end, gold.speaker_start, gold.speaker_end):
        return True
    if lenient:
        return _norm(predicted.speaker).split()[-1:] == _norm(gold.speaker).split()[-1:]
    return False


def pair_quotes(
    predicted: Sequence[Predicted], gold: Sequence[GoldQuote]
) -> list[tuple[Predicted, GoldQuote, int]]:
    """One-to-one pairs of overlapping predicted and gold quotes, largest overlap first."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = min(p.end, g.end) - max(p.start, g.start)
            if shared > 0:
                candidates.append((shared, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for shared, i, j in sorted(candidates, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((predicted[i], gold[j], shared))
    return pairs


def score_document(predicted: Sequence[Predicted], gold: Sequence[GoldQuote]) -> _Tally:
    """Counts for one document (summed over documents before computing scores)."""
    tally = _Tally(predicted=len(predicted), gold=len(gold))
    tally.chars_predicted = sum(p.end - p.start for p in predicted)
    tally.chars_gold = sum(g.end - g.start for g in gold)
    for p, g, shared in pair_quotes(predicted, gold):
        tally.overlap += 1
        tally.chars_hit += shared
        tally.exact += (p.start, p.end) == (g.start, g.end)
        tally.speaker += speaker_matches(p, g)
        tally.speaker_lenient += speaker_matches(p, g, lenient=True)
        tally.kind += p.kind == g.kind
        tally.cue += _norm(p.cue) == _norm(g.cue)
    return tally


def _ours(document: GoldDocument, doc: Any) -> list[Predicted]:
    article = Article(
        id=f"{document.corpus}:{document.doc_id}",
        source=document.doc_id,
        format="text",
        title=None,
        text=document.text,
    )
    mentions = extract_mentions(article, doc)
    return [
        Predicted(q.start, q.end, q.kind, q.speaker, q.speaker_start, q.speaker_end, q.cue)
        for q in extract_quotes(article, doc, mentions)
    ]


def _textacy(doc: Any) -> tuple[list[Predicted], str | None]:
    """textacy's direct quotations, or none and the error it raised (it raises on unbalanced marks)."""
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        for triple in direct_quotations(doc):
            content = triple.content
            start, end = content.start_char, content.end_char
            speakers = list(triple.speaker)
            cues = list(triple.cue)
            sp_start = min(t.idx for t in speakers) if speakers else None
            sp_end = max(t.idx + len(t.text) for t in speakers) if speakers else None
            speaker = doc.text[sp_start:sp_end] if sp_start is not None else None
            cue = " ".join(t.text for t in cues) if cues else None
            # textacy's content keeps the marks; gold spans are the words between them.
            while start < end and doc.text[start] in "\"'`“”‘’ ":
                start += 1
            while end > start and doc.text[end - 1] in "\"'`“”‘’ ":
                end -= 1
            out.append(Predicted(start, end, "direct", speaker, sp_start, sp_end, cue))
    except Exception as exc:  # a baseline's crash is a measured outcome, not ours to raise
        return out, f"{exc.__class__.__name__}: {str(exc)[:80]}"
    return out, None


def _rows(split: str, tally: _Tally, prefix: str = "") -> list[Measurement]:
    exact = PRF.counts(tally.exact, tally.predicted, tally.exact, tally.gold)
    overlap = PRF.counts(tally.overlap, tally.predicted, tally.overlap, tally.gold)
    content = PRF.counts(tally.chars_hit, tally.chars_predicted, tally.chars_hit, tally.chars_gold)
    pairs = tally.overlap
    rows = []
    for label, prf in (("exact", exact), ("overlap", overlap), ("content", content)):
        rows.append(Measurement(split, f"{prefix}{label} precision", prf.precision))
        rows.append(Measurement(split, f"{prefix}{label} recall", prf.recall))
        rows.append(Measurement(split, f"{prefix}{label} F1", prf.f1))
    note = "" if pairs else "no overlapping pairs"
    for label, hits in (
        ("speaker accuracy", tally.speaker),
        ("speaker accuracy (lenient)", tally.speaker_lenient),
        ("kind accuracy", tally.kind),
        ("cue accuracy", tally.cue),
    ):
        if prefix and label == "kind accuracy":
            continue
        rows.append(Measurement(split, f"{prefix}{label}", hits / pairs if pairs else None, note))
    return rows


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Score our quotations, and textacy's, on the gold set (dataset ``gold``)."""
    if dataset != "gold":
        raise DataMissing(dataset, "the quotes task runs on the team's gold set only ('gold')")
    documents = load_quote_gold(context.data)
    try:
        import textacy  # noqa: F401
    except ImportError:
        has_textacy = False
    else:
        has_textacy = True
    nlp = load_model(())
    tallies: dict[str, dict[str, _Tally]] = {}
    details: list[dict[str, object]] = []
    textacy_errors = 0
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        gold = list(document.quotes)
        ours = _ours(document, doc)
        direct = [g for g in gold if g.kind == "direct"]
        runs = {
            "": score_document(ours, gold),
            "direct: ": score_document(_only_direct(ours, direct), direct),
        }
        base_error = None
        if has_textacy:
            theirs, base_error = _textacy(doc)
            textacy_errors += base_error is not None
            runs["textacy: "] = score_document(theirs, gold)
            runs["textacy direct: "] = score_document(theirs, direct)
        for split in (document.split, "all"):
            for prefix, tally in runs.items():
                tallies.setdefault(split, {}).setdefault(prefix, _Tally()).add(tally)
        details.append(_detail(document, ours, base_error))
    measurements: list[Measurement] = []
    for split in ("dev", "test", "all"):
        for prefix, tally in tallies.get(split, {}).items():
            measurements.extend(_rows(split, tally, prefix))
    if has_textacy:
        measurements.append(
            Measurement("all", "textacy: documents it raised on", float(textacy_errors), "count, not a score")
        )
    else:
        measurements.append(Measurement("all", "textacy: baseline", None, "textacy is not installed"))
    # The gold file holds the sha256 of every document's text, so its checksum identifies the data measured.
    shipped = gold_file()
    return DatasetResult(tuple(measurements), checksum([shipped], shipped.parent), tuple(details))


def _only_direct(ours: Sequence[Predicted], direct: Sequence[GoldQuote]) -> list[Predicted]:
    """Our direct quotes, for the direct-only comparison with textacy."""
    return [p for p in ours if p.kind == "direct"]


def _detail(document: GoldDocument, ours: Sequence[Predicted], base_error: str | None) -> dict[str, object]:
    gold = list(document.quotes)
    paired = pair_quotes(ours, gold)
    hit_p = {id(p) for p, _g, _s in paired}
    hit_g = {id(g) for _p, g, _s in paired}
    text = document.text
    return {
        "doc": f"{document.corpus}/{document.doc_id} ({document.split})",
        "missed": [text[g.start : g.end][:100] for g in gold if id(g) not in hit_g],
        "spurious": [text[p.start : p.end][:100] for p in ours if id(p) not in hit_p],
        "wrong speaker": [
            f"{text[g.start : g.end][:50]!r}: {p.speaker!r} (gold {g.speaker!r})"
            for p, g, _s in paired
            if not speaker_matches(p, g)
        ],
        "textacy error": base_error,
    }
