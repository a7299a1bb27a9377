"""The ``brief`` task: are a story's briefs faithful to their sources, well cited, on topic, not repetitive?

Dataset ``ecbplus``: each ECB+ topic half (the documents reporting one real-world event) is one story, each
document its own origin (ECB+ has no dates, titles or outlets; no quotes, facts or timeline are given: the
brief is built from the text alone). Per split (train, dev, all), averaged over stories:

- **faithfulness**: share of brief sentences found verbatim in a document they cite (must be 1.0);
- **citation precision**: share of citations whose document contains the sentence verbatim, or a gold ECB+
  sentence near-identical to it (word-sequence similarity 0.8 or more by :class:`difflib.SequenceMatcher`,
  a measure independent of the content-word test the brief cites by);
- **event coverage**: share of the story's top-3 cross-document event chains (``ACTION_*`` mentions sharing
  a cross-document instance, ranked by the number of documents that mention them) with a mention inside a
  sentence of the brief (at the sentence's own place in any cited document);
- **redundancy**: mean over brief sentences of the highest content-word Jaccard with another brief sentence
  (0 for a one-sentence brief), reported as **non-redundancy** = 1 − redundancy so that higher is better;
- **origins per sentence**: mean number of independent origins cited per sentence;
- **sentences**: mean brief length.

Two baselines are scored on the same stories and measures, each as long as the story's brief and cited the
same way (every document with a near-identical sentence): ``lead`` takes the first sentence of each of the
first documents (in corpus order); ``lead-clean`` the first sentence of each that passes the brief's own
cleaning rules, to separate the effect of cleaning from that of selection.

``full brief`` is the brief ``storyline brief`` prints (10 sentences at most): every document is parsed, its
names resolved across the story, its quotes grouped and its actions merged, and the story's parties
(:func:`storyline.positions.story_positions`) give "who said and did what". ``full lead-clean`` is the clean
lead baseline at its length.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from hashlib import sha256
from pathlib import Path

from storyline.actions import ActionGroup, merge_actions
from storyline.brief import BriefSentence, build_brief
from storyline.brief_sentences import candidate, candidates, carries_candidate
from storyline.entities import extract_many, nlp_model
from storyline.entity_resolution import entity_of_mentions, resolve_entities
from storyline.eval.corpus import checksum
from storyline.eval.ecbplus import EcbDocument, load_ecbplus
from storyline.eval.registry import DatasetResult, EvalContext, Measurement
from storyline.extract import actions_of
from storyline.positions import Position, story_positions
from storyline.quote_groups import group_quotes
from storyline.quotes import extract_quotes
from storyline.records import Article, QuoteGroup, Story
from storyline.sentences import content_words, normal_words, split_sentences

TOP_CHAINS = 3
NEAR = 0.8
FULL_SENTENCES = 10  # what `storyline brief` prints by default
SYSTEMS = ("brief", "lead", "lead-clean", "full brief", "full lead-clean")


@dataclass(frozen=True)
class _Topic:
    story: Story
    articles: dict[str, Article]
    documents: dict[str, EcbDocument]  # article id → document
    split: str


def _topics(documents: Sequence[EcbDocument]) -> list[_Topic]:
    grouped: dict[str, list[EcbDocument]] = defaultdict(list)
    for doc in documents:
        grouped[doc.gold_story].append(doc)
    out = []
    for gold, docs in grouped.items():
        articles = {}
        by_article = {}
        for doc in docs:
            article_id = sha256(doc.doc_id.encode()).hexdigest()[:20]
            articles[article_id] = Article(
                id=article_id, source=doc.path, format="text", title=None, text=doc.text
            )
            by_article[article_id] = doc
        story = Story(gold, gold, tuple(articles), None, None, (), len(articles))
        out.append(_Topic(story, articles, by_article, docs[0].split))
    return out


def _cite(topic: _Topic, article_id: str, start: int, end: int) -> BriefSentence:
    """A baseline sentence cited as the brief cites: every document with a near-identical sentence."""
    sentence = candidate(article_id, start, topic.articles[article_id].text[start:end])
    sources = [(article_id, start, end)]
    for other, article in topic.articles.items():
        if other == article_id:
            continue
        for s in candidates(article):
            if carries_candidate(s, sentence):
                sources.append((other, s.start, s.end))
                break
    ids = tuple(a for a, _, _ in sources)
    return BriefSentence(topic.articles[article_id].text[start:end], ids, len(ids), "lead", tuple(sources))


def _lead(topic: _Topic, k: int, clean: bool) -> list[BriefSentence]:
    out: list[BriefSentence] = []
    for article_id, article in topic.articles.items():
        if len(out) >= k:
            break
        if clean:
            first = next(((s.start, s.end) for s in candidates(article) if s.clean), None)
        else:
            first = next(iter(split_sentences(article.text)), None)
        if first is not None:
            out.append(_cite(topic, article_id, *first))
    return out


def _near(sentence: str, document: EcbDocument) -> bool:
    if sentence in document.text:
        return True
    words = normal_words(sentence)
    for s in document.sentences:
        other = normal_words(document.text[s.start : s.end])
        if SequenceMatcher(None, words, other, autojunk=False).ratio() >= NEAR:
            return True
    return False


def _top_chains(topic: _Topic) -> list[str]:
    docs: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, int] = defaultdict(int)
    for doc in topic.documents.values():
        for m in doc.mentions:
            if m.kind == "event" and m.instance:
                docs[m.instance].add(doc.doc_id)
                mentions[m.instance] += 1
    return sorted(docs, key=lambda c: (-len(docs[c]), -mentions[c], c))[:TOP_CHAINS]


def scorecandidates(topic: _Topic, sentences: Sequence[BriefSentence]) -> dict[str, float]:
    """The measures of one brief (or baseline) of one story."""
    n = len(sentences)
    faithful = sum(any(s.text in topic.articles[a].text for a in s.article_ids) for s in sentences)
    citations = [(s, a) for s in sentences for a in s.article_ids]
    precise = sum(_near(s.text, topic.documents[a]) for s, a in citations)
    chains = _top_chains(topic)
    covered = set()
    for s in sentences:
        for article_id, start, end in s.sources:
            doc = topic.documents[article_id]
            covered |= {m.instance for m in doc.mentions if m.instance and start <= m.start and m.end <= end}
    words = [frozenset(content_words(s.text)) for s in sentences]
    redundancy = [
        max((len(w & o) / len(w | o) if w | o else 0.0) for j, o in enumerate(words) if j != i)
        for i, w in enumerate(words)
        if n > 1
    ]
    return {
        "faithfulness": faithful / n if n else 1.0,
        "citation precision": precise / len(citations) if citations else 1.0,
        "event coverage": len(covered & set(chains)) / len(chains) if chains else 0.0,
        "redundancy": sum(redundancy) / len(redundancy) if redundancy else 0.0,
        "origins per sentence": sum(s.origin_count for s in sentences) / n if n else 0.0,
        "sentences": float(n),
    }


Systems = Mapping[str, Callable[[_Topic], Sequence[BriefSentence]]]


@dataclass(frozen=True)
class _Views:
    quotes: list[QuoteGroup]
    actions: list[ActionGroup]
    positions: list[Position]


def story_views(topic: _Topic, nlp: object) -> _Views:
    """The story's quote groups, merged actions and positions, as the pipeline finds them (each document its
    own origin)."""
    articles = list(topic.articles.values())
    docs = list(nlp.pipe(a.text for a in articles))  # type: ignore[attr-defined]
    mentions = extract_many(articles, docs=docs)
    entities = resolve_entities(mentions)
    entity_of = entity_of_mentions(entities)
    origin = {a.id: a.id for a in articles}
    said = {a.id: extract_quotes(a, d, mentions[a.id]) for a, d in zip(articles, docs, strict=True)}
    quotes = [q for a in articles for q in said[a.id]]
    speakers = {q.id: entity_of[q.speaker_mention_id] for q in quotes if q.speaker_mention_id in entity_of}
    quote_groups = group_quotes(quotes, speakers, {}, origin)
    acts = {
        a.id: actions_of(a, d, mentions[a.id], None, said[a.id]) for a, d in zip(articles, docs, strict=True)
    }
    actions = merge_actions(acts, origin, {}, entity_of)
    return _Views(quote_groups, actions, story_positions(actions, quote_groups, entities, origin))


def evaluate(
    topics: Sequence[_Topic], max_sentences: int = 6, views: Mapping[str, _Views] | None = None
) -> tuple[list[Measurement], list[dict[str, object]]]:
    """Score the brief and both baselines on every story, and the full brief when ``views`` (story id → its
    quote groups, actions and positions) are given; measurements per split, details per story."""
    per: dict[tuple[str, str], list[dict[str, float]]] = defaultdict(list)
    details: list[dict[str, object]] = []
    for topic in topics:
        origins = {a: a for a in topic.articles}
        brief = build_brief(topic.story, topic.articles, origins, max_sentences=max_sentences)
        k = len(brief.sentences)
        systems: dict[str, Sequence[BriefSentence]] = {
            "brief": brief.sentences,
            "lead": _lead(topic, k, clean=False),
            "lead-clean": _lead(topic, k, clean=True),
        }
        seen = (views or {}).get(topic.story.id)
        if seen is not None:
            full = build_brief(
                topic.story,
                topic.articles,
                origins,
                quote_groups=seen.quotes,
                actions=seen.actions,
                max_sentences=FULL_SENTENCES,
                positions=seen.positions,
            )
            systems["full brief"] = full.sentences
            systems["full lead-clean"] = _lead(topic, len(full.sentences), clean=True)
        for name, sentences in systems.items():
            scores = scorecandidates(topic, sentences)
            for split in (topic.split, "all"):
                per[(split, name)].append(scores)
            details.append({"story": topic.story.id, "system": name, **scores})
    measurements = []
    for split in ("train", "dev", "all"):
        for name in SYSTEMS:
            rows = per.get((split, name), [])
            if not rows:
                continue
            for metric in (
                "faithfulness",
                "citation precision",
                "event coverage",
                "redundancy",
                "origins per sentence",
                "sentences",
            ):
                value = round(sum(r[metric] for r in rows) / len(rows), 4)
                label = metric
                if metric == "redundancy":
                    # Reported higher-is-better, as every pinned floor is a lower bound.
                    label, value = "non-redundancy (1 - redundancy)", round(1 - value, 4)
                measurements.append(Measurement(split, f"{name} {label}", value, f"{len(rows)} stories"))
    return measurements, details


def run(context: EvalContext, dataset: str) -> DatasetResult:
    """Build a brief per ECB+ topic half and score it beside the lead baselines."""
    if dataset != "ecbplus":
        from storyline.eval.corpus import DataMissing

        raise DataMissing(Path(dataset), "the brief task has no such dataset")
    root = context.data / "ecbplus"
    topics = _topics(load_ecbplus(root))
    nlp = nlp_model()
    measurements, details = evaluate(topics, views={t.story.id: story_views(t, nlp) for t in topics})
    digest = checksum(sorted((root / "ECB+").glob("*/*.xml")), root)
    return DatasetResult(tuple(measurements), digest, tuple(details))
