"""``storyline bench``: the cost of each stage that reads an article's parse, and of each per-story step.

An article is parsed once (spaCy, the dearest step); every later stage reads that parse. On a sample of the
bench corpus this measures, in a fresh process: the parse itself, then per article the names, quotations,
time expressions, quantities, facts, dated events and actions, and per story the grouping of quotes across
outlets, the alignment of facts (agreement and conflict), the merged timeline and actions, the parties'
positions, and the brief.

Stories here are slices of the sample of :data:`STORY_SIZE` articles in corpus order (articles of one ECB+
topic or MEANTIME corpus sit together).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from storyline.records import Article, Story

STORY_SIZE = 10


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    result = fn()
    return time.perf_counter() - began, result


def measure_stages(articles: Sequence[Article]) -> dict[str, Any]:
    """Seconds spent by each stage on ``articles`` (one parse shared by all), and the counts they found.

    Returns ``{"articles": n, "stories": k, "stages": {name: {"seconds", "items", "per"}}}`` where ``per`` is
    "article" or "story". Raises :class:`storyline.nlp.ModelMissing` without the spaCy model.
    """
    from storyline.actions import extract_actions, merge_actions
    from storyline.brief import build_brief
    from storyline.entities import extract_many, nlp_model
    from storyline.entity_resolution import resolve_entities
    from storyline.fact_align import align_facts
    from storyline.facts import extract_facts
    from storyline.positions import story_positions
    from storyline.quantities import extract_quantities
    from storyline.quote_groups import group_quotes
    from storyline.quotes import extract_quotes
    from storyline.timeline import dated_events, merge_timeline
    from storyline.timex import find_timexes

    nlp = nlp_model()
    nlp("warm up")
    stages: dict[str, dict[str, Any]] = {}

    def record(name: str, seconds: float, items: int, per: str = "article") -> None:
        stages[name] = {"seconds": seconds, "items": items, "per": per}

    seconds, docs = _timed(lambda: list(nlp.pipe((a.text for a in articles), batch_size=32)))
    record("parse (en_core_web_md, the pipes the stages use)", seconds, len(docs))
    seconds, mentions = _timed(lambda: extract_many(articles, docs=docs))
    record("names", seconds, sum(len(m) for m in mentions.values()))
    seconds, quotes = _timed(
        lambda: {a.id: extract_quotes(a, d, mentions[a.id]) for a, d in zip(articles, docs, strict=True)}
    )
    record("quotes", seconds, sum(len(q) for q in quotes.values()))
    seconds, timexes = _timed(lambda: {a.id: find_timexes(a.text, a.published, a.id) for a in articles})
    record("time expressions", seconds, sum(len(t) for t in timexes.values()))
    seconds, quantities = _timed(
        lambda: {a.id: extract_quantities(a, d) for a, d in zip(articles, docs, strict=True)}
    )
    record("quantities", seconds, sum(len(q) for q in quantities.values()))
    seconds, facts = _timed(
        lambda: {
            a.id: extract_facts(a, d, quantities[a.id], timexes[a.id])
            for a, d in zip(articles, docs, strict=True)
        }
    )
    record("facts", seconds, sum(len(f) for f in facts.values()))
    seconds, events = _timed(
        lambda: {
            a.id: dated_events(a, d, timexes[a.id], mentions[a.id])
            for a, d in zip(articles, docs, strict=True)
        }
    )
    record("dated events", seconds, sum(len(e) for e in events.values()))
    seconds, actions = _timed(
        lambda: {
            a.id: extract_actions(a, d, mentions[a.id], timexes[a.id], quotes[a.id])
            for a, d in zip(articles, docs, strict=True)
        }
    )
    record("actions", seconds, sum(len(x) for x in actions.values()))

    stories = [articles[i : i + STORY_SIZE] for i in range(0, len(articles), STORY_SIZE)]
    published = {a.id: a.published for a in articles}
    origin = {a.id: a.id for a in articles}
    seconds, groups = _timed(
        lambda: [group_quotes([q for a in s for q in quotes[a.id]], {}, published, origin) for s in stories]
    )
    record("quote groups across a story", seconds, sum(len(g) for g in groups), "story")
    seconds, aligned = _timed(
        lambda: [align_facts({a.id: facts[a.id] for a in s}, origin, published) for s in stories]
    )
    record("fact alignment across a story", seconds, sum(len(g) for g in aligned), "story")
    seconds, merged = _timed(
        lambda: [merge_timeline({a.id: events[a.id] for a in s}, origin, published) for s in stories]
    )
    record("timeline across a story", seconds, sum(len(m) for m in merged), "story")
    seconds, acted = _timed(
        lambda: [merge_actions({a.id: actions[a.id] for a in s}, origin, published) for s in stories]
    )
    record("actions across a story", seconds, sum(len(g) for g in acted), "story")
    # Entity resolution runs over the whole index, not per story: it is timed with the names, not here.
    named = [resolve_entities({a.id: mentions[a.id] for a in s}) for s in stories]
    seconds, parties = _timed(
        lambda: [
            story_positions(acts, quoted, entities, origin)
            for acts, quoted, entities in zip(acted, groups, named, strict=True)
        ]
    )
    record("positions of a story's parties", seconds, sum(len(p) for p in parties), "story")
    by_id = {a.id: a for a in articles}
    seconds, briefs = _timed(
        lambda: [
            build_brief(_story(s), by_id, origin, said, stated, dated, acts, positions=positions)
            for s, said, stated, dated, acts, positions in zip(
                stories, groups, aligned, merged, acted, parties, strict=True
            )
        ]
    )
    record("brief of a story", seconds, sum(len(b.sentences) for b in briefs), "story")
    return {"articles": len(articles), "stories": len(stories), "stages": stages}


def _story(articles: Sequence[Article]) -> Story:
    """A bench story made of a slice of the sample."""
    return Story(
        articles[0].id, articles[0].title or "", tuple(a.id for a in articles), None, None, (), len(articles)
    )


def stages_child(articles: Sequence[Article]) -> dict[str, Any]:
    """:func:`measure_stages` in a fresh process (run by ``storyline bench``), with its peak memory."""
    from storyline.bench import peak_rss_mb
    from storyline.errors import StorylineError

    try:
        result = measure_stages(articles)
    except StorylineError as exc:
        return {"error": str(exc)}
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def stage_rows(
    result: dict[str, Any],
) -> list[tuple[str, int, float | None, float | None, float | None, str]]:
    """Bench table rows (stage, count, seconds, per second, peak RSS, note) from :func:`stages_child`."""
    if "error" in result:
        return [("parse-based stages", 0, None, None, None, f"unavailable: {result['error']}")]
    rows = []
    peak = result["peak_rss_mb"]
    for name, stage in result["stages"].items():
        count = result["articles"] if stage["per"] == "article" else result["stories"]
        seconds = stage["seconds"]
        each = 1000 * seconds / count if count else 0.0
        note = f"{each:.1f} ms per {stage['per']}; {stage['items']} found; one parse shared; child process"
        rows.append((f"{name}", count, seconds, count / seconds if seconds > 0 else None, peak, note))
    return rows


def bench_entities(articles: Sequence[Article], batch_size: int = 32) -> dict[str, float]:
    """Throughput of the entity stage against spaCy alone on the same texts (words per second).

    ``spacy_full_wps``: the full ``en_core_web_md`` pipeline; ``spacy_stage_pipes_wps``: the pipes this
    stage keeps; ``extract_wps``: parsing plus extraction; ``stage_wps``: extraction plus cross-article
    resolution; ``ratio``: spaCy full time over stage time inverted (stage seconds / spaCy full seconds).
    """
    from storyline.entities import extract_many, nlp_model
    from storyline.entity_resolution import resolve_entities
    from storyline.gazetteer import lookup_place
    from storyline.nlp import load_model

    texts = [a.text for a in articles]
    words = float(sum(len(t.split()) for t in texts)) or 1.0
    full, ours = load_model(), nlp_model()
    lookup_place("Paris")  # build the gazetteer outside the timings

    def timed(fn: Any) -> float:
        began = time.perf_counter()
        fn()
        return time.perf_counter() - began

    t_full = timed(lambda: list(full.pipe(texts, batch_size=batch_size)))
    t_pipes = timed(lambda: list(ours.pipe(texts, batch_size=batch_size)))
    found: dict[str, list[Any]] = {}
    t_extract = timed(lambda: found.update(extract_many(articles, ours, batch_size)))
    t_resolve = timed(lambda: resolve_entities(found))
    return {
        "words": words,
        "spacy_full_wps": words / t_full,
        "spacy_stage_pipes_wps": words / t_pipes,
        "extract_wps": words / t_extract,
        "stage_wps": words / (t_extract + t_resolve),
        "resolve_seconds": t_resolve,
        "ratio": (t_extract + t_resolve) / t_full,
    }
