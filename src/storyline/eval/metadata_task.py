"""The ``metadata`` task: are the title, date, outlet, byline and wire credits the ones the text states?

Datasets: ``demo`` (the demo corpus, gold in ``demo/gold.json``) and ``seeds`` (the five seed articles,
gold in ``storyline/eval/gold/seeds_metadata.json``). Each gold source is read with
:func:`storyline.ingest.read_documents` and cleaned with :func:`storyline.ingest.build_article`; no
database is involved.

Per field: **accuracy** over all documents (a null predicted for a null gold is right), **precision** of the
non-null predictions and **recall** of the non-null gold values. Values are compared after light
normalisation: dates on their first ten characters (``YYYY-MM-DD``); outlets case-folded without a leading
"The" or "www."; bylines as the set of names (split on commas, "and", "&"); wire credits as the exact set of
agencies; titles case-folded with quotes, dashes and spaces unified.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import InputError
from storyline.eval.corpus import DataMissing, checksum
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.ingest import build_article, read_documents
from storyline.records import Article, Failure

FIELDS = ("title", "date", "outlet", "byline", "wire credits")


@dataclass(frozen=True)
class MetadataGold:
    """What one document states: ``source`` is relative to the dataset folder, ``#N`` for the N-th record."""

    source: str
    title: str | None
    published: str | None
    outlet: str | None
    byline: str | None
    wire_credits: tuple[str, ...]


@dataclass(frozen=True)
class Prediction:
    """What Storyline read from one document, or why it could not."""

    article: Article | None
    error: str | None = None


def load_gold(path: Path) -> list[MetadataGold]:
    """Read a metadata gold file: a JSON list of objects with source, title, published, outlet, byline,
    wire_credits (other keys are ignored)."""
    if not path.is_file():
        raise DataMissing(path, "metadata gold file not found")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataMissing(path, f"unreadable gold file ({exc})") from exc
    if not isinstance(records, list):
        raise DataMissing(path, "gold file is not a JSON list")
    out = []
    for n, record in enumerate(records, start=1):
        if not isinstance(record, dict) or not isinstance(record.get("source"), str):
            raise DataMissing(path, f"record {n} has no source")
        out.append(
            MetadataGold(
                source=record["source"],
                title=record.get("title"),
                published=record.get("published"),
                outlet=record.get("outlet"),
                byline=record.get("byline"),
                wire_credits=tuple(record.get("wire_credits") or ()),
            )
        )
    return out


def seeds_gold_path() -> Path:
    """The packaged gold file of the seed articles."""
    return Path(str(resources.files("storyline.eval") / "gold" / "seeds_metadata.json"))


def predict(folder: Path, gold: list[MetadataGold]) -> dict[str, Prediction]:
    """Read and clean every gold source under ``folder``; map each gold source to its prediction."""
    by_file: dict[str, list[str]] = {}
    for record in gold:
        by_file.setdefault(record.source.split("#", 1)[0], []).append(record.source)
    out: dict[str, Prediction] = {}
    for name, sources in by_file.items():
        path = folder / name
        if not path.is_file():
            for source in sources:
                out[source] = Prediction(None, f"{path}: file not found")
            continue
        documents, _skipped = read_documents([str(path)])
        for source in sources:
            number = source.partition("#")[2]
            found = [d for d in documents if d.source.endswith(f"#{number}")] if number else list(documents)
            if not found and len(documents) == 1 and isinstance(documents[0], Failure):
                found = list(documents)  # the whole file failed: its reason is this record's reason
            if len(found) != 1:
                out[source] = Prediction(None, f"{len(found)} documents read for this source")
                continue
            document = found[0]
            if isinstance(document, Failure):
                out[source] = Prediction(None, str(document))
                continue
            try:
                out[source] = Prediction(build_article(document))
            except InputError as exc:
                out[source] = Prediction(None, str(exc))
    return out


# -- normalisation -------------------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.I)


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.translate(_QUOTES).split()).casefold()
    return cleaned or None


def norm_title(value: str | None) -> str | None:
    """Titles compare case-folded, with curly quotes, dashes and runs of spaces unified."""
    return _text(value)


def norm_date(value: str | None) -> str | None:
    """Dates compare on their day: ``2021-09-14T10:00`` → ``2021-09-14``; a month stays ``2021-09``."""
    return value[:10] if value else None


def norm_outlet(value: str | None) -> str | None:
    """Outlets compare case-folded, without a leading "The " or "www."."""
    text = _text(value)
    if text is None:
        return None
    text = re.sub(r"^(?:the\s+|www\.)", "", text)
    return text or None


def norm_byline(value: str | None) -> frozenset[str] | None:
    """A byline compares as the set of its names."""
    text = _text(value)
    if text is None:
        return None
    names = frozenset(n.strip() for n in _NAME_SPLIT.split(text) if n.strip())
    return names or None


def norm_credits(values: tuple[str, ...] | list[str]) -> frozenset[str] | None:
    """Wire credits compare as an exact set of agency names; none credited is null."""
    names = frozenset(v.strip().casefold() for v in values if v.strip())
    return names or None


Getter = Callable[[Any], object]

_GOLD: dict[str, Getter] = {
    "title": lambda g: norm_title(g.title),
    "date": lambda g: norm_date(g.published),
    "outlet": lambda g: norm_outlet(g.outlet),
    "byline": lambda g: norm_byline(g.byline),
    "wire credits": lambda g: norm_credits(g.wire_credits),
}
_PREDICTED: dict[str, Getter] = {
    "title": lambda a: norm_title(a.title),
    "date": lambda a: norm_date(a.published),
    "outlet": lambda a: norm_outlet(a.outlet),
    "byline": lambda a: norm_byline(a.byline),
    "wire credits": lambda a: norm_credits(a.wire_credits),
}
_RAW_GOLD: dict[str, Getter] = {
    "title": lambda g: g.title,
    "date": lambda g: g.published,
    "outlet": lambda g: g.outlet,
    "byline": lambda g: g.byline,
    "wire credits": lambda g: list(g.wire_credits),
}
_RAW_PREDICTED: dict[str, Getter] = {
    "title": lambda a: a.title,
    "date": lambda a: a.published,
    "outlet": lambda a: a.outlet,
    "byline": lambda a: a.byline,
    "wire credits": lambda a: list(a.wire_credits),
}


def score(
    gold: list[MetadataGold], predictions: dict[str, Prediction], split: str = "all"
) -> tuple[list[Measurement], list[dict[str, object]]]:
    """Accuracy, precision and recall per field, and one detail record per wrong field."""
    measurements: list[Measurement] = []
    details: list[dict[str, object]] = []
    n = len(gold)
    for name in FIELDS:
        correct = predicted_non_null = gold_non_null = correct_non_null = 0
        for record in gold:
            prediction = predictions.get(record.source, Prediction(None, "not read"))
            expected = _GOLD[name](record)
            got = _PREDICTED[name](prediction.article) if prediction.article is not None else None
            if got == expected:
                correct += 1
                if got is not None:
                    correct_non_null += 1
            else:
                details.append(
                    {
                        "source": record.source,
                        "field": name,
                        "gold": _RAW_GOLD[name](record),
                        "predicted": _RAW_PREDICTED[name](prediction.article) if prediction.article else None,
                        **({"error": prediction.error} if prediction.error else {}),
                    }
                )
            predicted_non_null += got is not None
            gold_non_null += expected is not None
        measurements.append(
            Measurement(split, f"{name} accuracy", correct / n if n else None, f"{correct}/{n} documents")
        )
        measurements.append(
            Measurement(
                split,
                f"{name} precision",
                correct_non_null / predicted_non_null if predicted_non_null else None,
                f"{correct_non_null}/{predicted_non_null} stated values"
                if predicted_non_null
                else "no value predicted",
            )
        )
        measurements.append(
            Measurement(
                split,
                f"{name} recall",
                correct_non_null / gold_non_null if gold_non_null else None,
                f"{correct_non_null}/{gold_non_null} gold values"
                if gold_non_null
                else "no value in the gold",
            )
        )
    return measurements, details


def _data_checksum(folder: Path, gold_path: Path, gold: list[MetadataGold]) -> str:
    files = {folder / g.source.split("#", 1)[0] for g in gold}
    present = [f for f in files if f.is_file()]
    digest = hashlib.sha256(checksum(present, folder).encode("ascii"))
    digest.update(hashlib.sha256(gold_path.read_bytes()).hexdigest().encode("ascii"))
    return digest.hexdigest()


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Score metadata on ``dataset`` (``demo`` or ``seeds``)."""
    if dataset == "demo":
        folder, gold_path = context.demo, context.demo / "gold.json"
    elif dataset == "seeds":
        folder, gold_path = context.seeds, seeds_gold_path()
    else:
        raise ValueError(f"metadata has no dataset {dataset!r}")
    if not folder.is_dir():
        raise DataMissing(folder, f"{dataset} folder not found")
    gold = load_gold(gold_path)
    predictions = predict(folder, gold)
    measurements, details = score(gold, predictions)
    return DatasetResult(tuple(measurements), _data_checksum(folder, gold_path, gold), tuple(details))
