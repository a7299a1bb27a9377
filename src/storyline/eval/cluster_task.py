"""The ``clustering`` task: are articles about the same real-world story put together, and others apart?

Datasets:

- ``ecbplus``: ECB+ topics 1–35. The gold story of a document is its topic and half (each topic holds two
  different events of the same kind, e.g. two earthquakes). ECB+ states no dates, so only text and names
  decide. The documents have no titles.
- ``demo``: the demo corpus, gold story from ``demo/gold.json``; dates, titles and derivations all count.

Scores, per split (ECB+: train, dev, all):

- **B-cubed** P/R/F1 and the **adjusted Rand index** over all documents;
- **within topic** (ECB+ only): the same clustering restricted to each topic's documents (clusters cut at
  topic borders), B-cubed averaged over documents: how well the two events of a topic are kept apart, which
  is the informative score, since topics themselves are far apart.

Three modes are measured on the same data, so that the claim that incremental matches batch is checked,
not assumed: ``batch`` (:func:`storyline.cluster.cluster_articles`), ``incremental`` (one
:meth:`StoryIndex.add` per document, with its derivations, in corpus order: on ECB+ that is topic after
topic, the hardest order, since the word weights are learnt from the stories seen so far) and
``incremental-shuffled`` (the same in a fixed random order, closer to a feed where stories interleave).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Mapping, Sequence
from hashlib import sha256
from pathlib import Path

from storyline.cluster import StoryIndex, cluster_articles
from storyline.dedup import DerivationIndex, find_derivations
from storyline.eval.corpus import DataMissing, checksum
from storyline.eval.ecbplus import load_ecbplus
from storyline.eval.metadata_task import load_gold, predict
from storyline.eval.metrics import adjusted_rand_index, bcubed
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.records import Article

Clusterer = Callable[[Sequence[Article]], Mapping[str, str]]


def _batch(articles: Sequence[Article]) -> dict[str, str]:
    index = cluster_articles(articles, find_derivations(articles))
    return dict(index.story_of)


def _incremental(articles: Sequence[Article]) -> dict[str, str]:
    dedup = DerivationIndex()
    index = StoryIndex()
    for article in articles:
        index.add(article, dedup.add([article]))
    return {a: index.resolve(s) for a, s in index.story_of.items()}


def _shuffled(articles: Sequence[Article]) -> dict[str, str]:
    order = list(articles)
    random.Random(0).shuffle(order)
    return _incremental(order)


MODES: dict[str, Clusterer] = {
    "batch": _batch,
    "incremental": _incremental,
    "incremental-shuffled": _shuffled,
}


def _within(
    predicted: Mapping[str, str], gold: Mapping[str, str], topic_of: Mapping[str, str]
) -> tuple[float, float, float]:
    """B-cubed P/R/F1 with predicted and gold clusters both cut at topic borders."""
    cut = {k: f"{topic_of[k]}|{v}" for k, v in predicted.items()}
    prf = bcubed(cut, gold)
    return prf.precision, prf.recall, prf.f1


def _measure(
    split: str,
    mode: str,
    predicted: Mapping[str, str],
    gold: Mapping[str, str],
    topic_of: Mapping[str, str] | None,
) -> list[Measurement]:
    prf = bcubed(predicted, gold)
    out = [
        Measurement(split, f"{mode} B3 precision", round(prf.precision, 4)),
        Measurement(split, f"{mode} B3 recall", round(prf.recall, 4)),
        Measurement(split, f"{mode} B3 F1", round(prf.f1, 4)),
        Measurement(split, f"{mode} ARI", round(adjusted_rand_index(predicted, gold), 4)),
    ]
    if topic_of is not None:
        p, r, f = _within(predicted, gold, topic_of)
        out += [
            Measurement(split, f"{mode} within-topic B3 precision", round(p, 4)),
            Measurement(split, f"{mode} within-topic B3 recall", round(r, 4)),
            Measurement(split, f"{mode} within-topic B3 F1", round(f, 4)),
        ]
    return out


def _ecb_articles(root: Path) -> tuple[list[Article], dict[str, str], dict[str, str], dict[str, str]]:
    documents = load_ecbplus(root)
    articles: list[Article] = []
    gold: dict[str, str] = {}
    topic_of: dict[str, str] = {}
    split_of: dict[str, str] = {}
    for doc in documents:
        article_id = sha256(doc.doc_id.encode()).hexdigest()
        articles.append(Article(id=article_id, source=doc.path, format="text", title=None, text=doc.text))
        gold[article_id] = doc.gold_story
        topic_of[article_id] = str(doc.topic)
        split_of[article_id] = doc.split
    return articles, gold, topic_of, split_of


def _demo_articles(folder: Path) -> tuple[list[Article], dict[str, str], str]:
    """The demo articles that read cleanly, their gold story (``story`` in ``gold.json``) and a checksum."""
    gold_path = folder / "gold.json"
    records = load_gold(gold_path)
    stories = {r["source"]: r.get("story") for r in json.loads(gold_path.read_text(encoding="utf-8"))}
    predictions = predict(folder, records)
    articles: dict[str, Article] = {}
    gold: dict[str, str] = {}
    for record in records:
        article = predictions[record.source].article
        story = stories.get(record.source)
        if article is None or not isinstance(story, str) or article.id in articles:
            continue
        articles[article.id] = article
        gold[article.id] = story
    files = {folder / r.source.split("#", 1)[0] for r in records} | {gold_path}
    return list(articles.values()), gold, checksum([f for f in files if f.is_file()], folder)


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Cluster ``dataset`` in batch and incrementally and score both against the gold stories."""
    if dataset == "ecbplus":
        root = context.data / "ecbplus"
        articles, gold, topic_of, split_of = _ecb_articles(root)
        digest = checksum(sorted((root / "ECB+").glob("*/*.xml")), root)
        measurements: list[Measurement] = []
        for mode, clusterer in MODES.items():
            predicted = dict(clusterer(articles))
            for split in ("train", "dev", "all"):
                keep = [a for a in predicted if split == "all" or split_of[a] == split]
                measurements += _measure(
                    split,
                    mode,
                    {a: predicted[a] for a in keep},
                    {a: gold[a] for a in keep},
                    {a: topic_of[a] for a in keep},
                )
        return DatasetResult(tuple(measurements), digest)
    if dataset == "demo":
        articles, gold, digest = _demo_articles(context.demo)
        measurements = []
        for mode, clusterer in MODES.items():
            measurements += _measure("all", mode, clusterer(articles), gold, None)
        return DatasetResult(tuple(measurements), digest)
    raise DataMissing(Path(dataset), "the clustering task has no such dataset")
