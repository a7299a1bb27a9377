"""The ``actions`` task: who did what to whom, on the team's gold set (dataset ``gold``).

The gold set (:mod:`storyline.eval.actions_gold`) marks actions in ECB+ and MEANTIME documents; scores are
reported per split: ``dev`` (the extractor was developed on it; it grows by blind batches, each scored once
before any rule is written for it: the gold's notes count them), ``test`` (59 documents: 11 annotated before
the extractor existed, 16 annotated blind by a second annotator, 32 drawn at random and annotated blind by
four more, added to the test whatever they scored; all 59 read again blind by two annotators each, the actions
both saw that the gold lacked added; never used to tune it) and ``all``. Each
document is parsed once with :func:`storyline.entities.nlp_model`; mentions come from
:func:`storyline.entities.extract_mentions`.

**Triples.** A predicted action and a gold action *match* when, in the same document:

- *actor*: their actor names are equal once case, spaces and a leading "the" are ignored, or the last word
  of one name is the last word of the other ("Obama" / "Barack Obama") unless they open with different given
  names ("Hillary Clinton" / "Bill Clinton"; "Fred" / "Frederick" is no difference), or a one-word name is
  the first word of the other ("Kimani" / "Kimani Gray"), a "Jr." or "Sr." that one of them leaves out
  dropped ("Comeaux" / "Arcade Joseph Comeaux, Jr."; "Griffey Jr." and "Griffey Sr." never match); or their
  actor spans overlap and ours is a name, not a pronoun: a "she" resolved to someone other than gold's person
  is a wrong actor, whatever words it covers;
- *class*: the same class;
- *target*: both ``None``, or they match as actors do.

Pairs are made one to one, gold in text order, each taking the first unused matching prediction whose trigger
lies in the same sentence (a line of the rebuilt text), preferring one whose trigger overlaps gold's. Triple
P/R/F1 counts matched pairs over all predictions (P) and all gold actions (R). *Actor+class* P/R/F1 is the
same without the target condition.

**Class accuracy** is measured on triggers: predictions whose trigger overlaps a gold trigger, the share with
gold's class. **Modality accuracy** is on matched triples.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.action_names import REFERRING_WORDS
from storyline.actions import Action, extract_actions
from storyline.entities import extract_mentions, nlp_model
from storyline.eval import action_dates_task
from storyline.eval.actions_gold import GoldAction, GoldDocument, gold_file, load_action_gold
from storyline.eval.corpus import DataMissing, checksum
from storyline.eval.metrics import PRF, Counts, offsets_overlap
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.given_names import different_given_names
from storyline.quotes import extract_quotes
from storyline.records import Article


@dataclass
class _Tally(Counts):
    predicted: int = 0
    gold: int = 0
    triples: int = 0
    actor_class: int = 0
    triggers: int = 0
    class_right: int = 0
    modality_right: int = 0


_GENERATION = re.compile(r",? (jr|sr)\.?$")


def _norm(name: str | None) -> str:
    folded = " ".join((name or "").lower().replace("’", "'").split())
    return re.sub(r"^the ", "", re.sub(r"'s$", "", folded))


def _names_match(a: str | None, b: str | None) -> bool:
    x, y = _norm(a), _norm(b)
    gx, gy = _GENERATION.search(x), _GENERATION.search(y)
    if gx and gy and gx.group(1) != gy.group(1):
        return False  # "Ken Griffey Jr." and "Ken Griffey Sr.": two people
    # a suffix one of them leaves out is the same person written two ways ("Arcade Joseph Comeaux, Jr.")
    x, y = _GENERATION.sub("", x), _GENERATION.sub("", y)
    if not (x and y):
        return False
    if different_given_names(x, y):
        return False  # "Hillary Clinton" and "Bill Clinton", "North Korea" and "South Korea"
    short, long = sorted((x.split(), y.split()), key=len)
    return x == y or short[-1] == long[-1] or (len(short) == 1 and short[0] == long[0])


def _same_one(
    p: Action,
    name: str | None,
    start: int | None,
    end: int | None,
    g_name: str | None,
    g_start: int | None,
    g_end: int | None,
) -> bool:
    """Whether our argument is gold's: the same name, or the same words when ours are a name (a pronoun's
    words are no evidence: what we resolved it to must be gold's name)."""
    if _names_match(name, g_name):
        return True
    if start is None or end is None or not offsets_overlap(start, end, g_start, g_end):
        return False
    words = p.sentence[start - p.sentence_start : end - p.sentence_start] if start >= p.sentence_start else ""
    return words.lower() not in REFERRING_WORDS


def actor_matches(p: Action, g: GoldAction) -> bool:
    """Actor condition (module docstring)."""
    return _same_one(p, p.actor, p.actor_start, p.actor_end, g.actor, g.actor_start, g.actor_end)


def target_matches(p: Action, g: GoldAction) -> bool:
    """Target condition (module docstring)."""
    if p.target is None or g.target is None:
        return p.target is None and g.target is None
    return _same_one(p, p.target, p.target_start, p.target_end, g.target, g.target_start, g.target_end)


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at)


def pair_actions(
    predicted: Sequence[Action],
    gold: Sequence[GoldAction],
    text: str,
    condition: Callable[[Action, GoldAction], bool],
) -> list[tuple[Action, GoldAction]]:
    """One-to-one pairs meeting ``condition`` with triggers in the same sentence (module docstring)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        line = _line(text, g.start)
        candidates = [
            (not offsets_overlap(p.verb_start, p.verb_end, g.start, g.end), i)
            for i, p in enumerate(predicted)
            if i not in used and _line(text, p.verb_start) == line and condition(p, g)
        ]
        if candidates:
            _, i = min(candidates)
            used.add(i)
            pairs.append((predicted[i], g))
    return pairs


def _triple(p: Action, g: GoldAction) -> bool:
    return actor_matches(p, g) and p.action_class == g.action_class and target_matches(p, g)


def _actor_class(p: Action, g: GoldAction) -> bool:
    return actor_matches(p, g) and p.action_class == g.action_class


def score_document(predicted: Sequence[Action], gold: Sequence[GoldAction], text: str) -> _Tally:
    """Counts for one document, summed over documents before computing scores."""
    tally = _Tally(predicted=len(predicted), gold=len(gold))
    triples = pair_actions(predicted, gold, text, _triple)
    tally.triples = len(triples)
    tally.modality_right = sum(p.modality == g.modality for p, g in triples)
    tally.actor_class = len(pair_actions(predicted, gold, text, _actor_class))
    for p in predicted:
        hit = next((g for g in gold if offsets_overlap(p.verb_start, p.verb_end, g.start, g.end)), None)
        if hit is not None:
            tally.triggers += 1
            tally.class_right += p.action_class == hit.action_class
    return tally


def predict(document: GoldDocument, doc: Any) -> list[Action]:
    """Our actions on one gold document, from its parse."""
    article = Article(
        id=f"{document.corpus}:{document.doc_id}",
        source=document.doc_id,
        format="text",
        title=None,
        text=document.text,
    )
    mentions = extract_mentions(article, doc)
    return extract_actions(article, doc, mentions, quotes=extract_quotes(article, doc, mentions))


def _rows(split: str, t: _Tally) -> list[Measurement]:
    triple = PRF.counts(t.triples, t.predicted, t.triples, t.gold)
    loose = PRF.counts(t.actor_class, t.predicted, t.actor_class, t.gold)
    rows = []
    for label, prf in (("triple", triple), ("actor+class", loose)):
        rows += [
            Measurement(split, f"{label} precision", prf.precision),
            Measurement(split, f"{label} recall", prf.recall),
            Measurement(split, f"{label} F1", prf.f1),
        ]
    rows.append(
        Measurement(
            split,
            "class accuracy (matched triggers)",
            t.class_right / t.triggers if t.triggers else None,
            "" if t.triggers else "no matched triggers",
        )
    )
    rows.append(
        Measurement(
            split,
            "modality accuracy (matched triples)",
            t.modality_right / t.triples if t.triples else None,
            "" if t.triples else "no matched triples",
        )
    )
    rows.append(Measurement(split, "gold actions", float(t.gold), "count, not a score"))
    return rows


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Score our actions on the gold set (dataset ``gold``), or their dates on MEANTIME (``meantime``:
    :mod:`storyline.eval.action_dates_task`)."""
    if dataset == "meantime":
        return action_dates_task.run(context)
    if dataset != "gold":
        raise DataMissing(dataset, "the actions task runs on the team's gold set ('gold') or 'meantime'")
    documents = load_action_gold(context.data)
    nlp = nlp_model()
    tallies: dict[str, _Tally] = {}
    details: list[dict[str, object]] = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        ours = predict(document, doc)
        tally = score_document(ours, document.actions, document.text)
        for split in (document.split, "all"):
            tallies.setdefault(split, _Tally()).add(tally)
        details.append(_detail(document, ours))
    measurements: list[Measurement] = []
    for split in ("dev", "test", "all"):
        if split in tallies:
            measurements.extend(_rows(split, tallies[split]))
    # Speed is measured by `storyline bench` (bench_stages), never in the eval: timings must not gate CI.
    shipped = gold_file()
    return DatasetResult(tuple(measurements), checksum([shipped], shipped.parent), tuple(details))


def _detail(document: GoldDocument, ours: Sequence[Action]) -> dict[str, object]:
    text = document.text
    pairs = pair_actions(ours, document.actions, text, _triple)
    hit_p = {id(p) for p, _ in pairs}
    hit_g = {id(g) for _, g in pairs}
    return {
        "doc": f"{document.corpus}/{document.doc_id} ({document.split})",
        "missed": [
            f"{g.actor} [{g.action_class}] {text[g.start : g.end]} -> {g.target} ({g.modality})"
            for g in document.actions
            if id(g) not in hit_g
        ],
        "spurious": [
            f"{p.actor} [{p.action_class}] {p.verb} -> {p.target} ({p.modality})"
            for p in ours
            if id(p) not in hit_p
        ],
    }
