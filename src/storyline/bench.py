"""``storyline bench``: throughput, latency and memory of ingest on corpora built from real news text.

The corpus of N articles is written to a temporary folder by :mod:`storyline.eval.bench_corpus` from the ECB+
and MEANTIME texts and the demo corpus, with the copies a real feed holds (republications, rewrites, re-dated
updates, mixed stories).

Measured, per stage and end to end:

- ``read/parse``: :func:`storyline.ingest.read_documents` over the folder;
- ``clean+metadata``: :func:`storyline.ingest.build_article` on each document;
- ``store``: each article added to a fresh database (outlet boilerplate counts, duplicate check, FTS);
- ``end to end``: :func:`storyline.ingest.ingest` on the folder into a fresh database, in a child process;
- ``add one article``: the latency of ingesting one new file into the database of N articles (median);
- ``relate+cluster``: dedup (:class:`~storyline.dedup.DerivationIndex`) and story clustering
  (:class:`~storyline.cluster.StoryIndex`) of the articles one at a time, as from a feed, and the median
  cost of relating and placing one article once the indexes hold N;
- ``analyse``: :func:`storyline.pipeline.analyse` on the database of N (a batch), then one new article
  analysed incrementally from a cold process (restoring the indexes from the database);
- ``nlp model alone``: ``en_core_web_md`` over the clean texts of a sample of the articles, in a child
  process, extrapolated to N: the floor no pipeline that parses every article can beat on this machine;
- ``entities stage``: :func:`storyline.bench_stages.bench_entities` on the same sample: words/s of parsing,
  extraction and resolution against the bare model on the same texts;
- the parse-based stages (:mod:`storyline.bench_stages`): quotes, time expressions, quantities, facts and
  dated events per article, quote groups, fact alignment and the timeline per story, on one shared parse.

Peak memory is the peak resident set size: on Linux ``VmHWM`` of ``/proc/self/status``, reset to the current
RSS before each in-process stage (``/proc/self/clear_refs``), so a stage's peak includes what the process
held before it (the corpus in memory); the end-to-end and NLP stages run in a spawned child and report its
own peak. Elsewhere it falls back to ``resource.getrusage(...).ru_maxrss`` (a high-water mark that is never
reset); the report says which. Timings are wall-clock seconds (``time.perf_counter``). Timings never fail
anything: compare runs on the same machine only.
"""

from __future__ import annotations

import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from storyline.bench_stages import stage_rows, stages_child
from storyline.errors import InputError, StorylineError
from storyline.eval.bench_corpus import BaseArticle, load_bases, one_new_article, plan_corpus, write_corpus
from storyline.ingest import build_article, ingest, read_documents, store_article
from storyline.records import Article, RawDocument
from storyline.store import Database

_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


@dataclass(frozen=True)
class StageResult:
    """One row of the bench table."""

    stage: str
    articles: int
    seconds: float | None
    articles_per_s: float | None
    peak_rss_mb: float | None
    note: str = ""


@dataclass(frozen=True)
class BenchRun:
    """Everything measured on one corpus size."""

    size: int
    corpus: dict[str, Any]
    stages: tuple[StageResult, ...]
    database_bytes: int | None
    latency_ms: dict[str, float | int]


@dataclass(frozen=True)
class BenchReport:
    """A bench run over one or more sizes, with the machine it ran on."""

    runs: tuple[BenchRun, ...]
    machine: dict[str, Any] = field(default_factory=dict)
    memory_method: str = ""

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data with the same figures as the table."""
        return {
            "machine": self.machine,
            "memory_method": self.memory_method,
            "runs": [asdict(r) for r in self.runs],
        }


# -- measurements --------------------------------------------------------------------------------------------


def reset_peak_rss() -> bool:
    """Reset this process's peak RSS to its current RSS (Linux ``/proc/self/clear_refs``); False if not."""
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB: ``VmHWM`` on Linux, else ``ru_maxrss``.

    ``VmHWM`` belongs to the address space, so a spawned child starts afresh; ``ru_maxrss`` survives ``exec``
    and would include the parent's memory at fork.
    """
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def memory_method() -> str:
    """How peak memory is measured on this machine (printed with the results)."""
    if _STATUS.is_file() and reset_peak_rss():
        return (
            "peak RSS = VmHWM of /proc/self/status; in-process stages reset it before each stage "
            "(/proc/self/clear_refs), child-process stages report the child's own peak"
        )
    return (
        "peak RSS = resource.getrusage ru_maxrss: the process high-water mark so far (never reset; "
        "child processes may include the parent's memory at fork)"
    )


def _rate(count: int, seconds: float) -> float | None:
    return count / seconds if seconds > 0 else None


def _ingest_child(folder: str, db_path: str) -> dict[str, Any]:
    """End to end in a fresh process: ``ingest`` the folder into a fresh database."""
    started = time.perf_counter()
    with Database(db_path) as database:
        report = ingest(database, [folder])
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "ingested": len(report.ingested),
        "duplicates": len(report.duplicates),
        "failed": len(report.failures),
        "peak_rss_mb": peak_rss_mb(),
    }


def _nlp_child(texts: list[str]) -> dict[str, Any]:
    """The spaCy model alone in a fresh process: load time, then parse time over ``texts``."""
    from storyline.nlp import load_model

    started = time.perf_counter()
    try:
        nlp = load_model()
    except StorylineError as exc:
        return {"error": str(exc)}
    loaded = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=16):
        tokens += len(doc)
    return {
        "load_seconds": loaded - started,
        "seconds": time.perf_counter() - loaded,
        "tokens": tokens,
        "peak_rss_mb": peak_rss_mb(),
    }


def _entities_child(articles: list[Article]) -> dict[str, Any]:
    """The entity stage against the bare spaCy model on the same texts, in a fresh process."""
    from storyline.bench_stages import bench_entities

    try:
        result = dict(bench_entities(articles))
    except StorylineError as exc:
        return {"error": str(exc)}
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def _in_child(function: Any, *args: Any) -> dict[str, Any]:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        result: dict[str, Any] = pool.submit(function, *args).result()
        return result


def _store_one(database: Database, article: Article) -> bool:
    """Store exactly as ``ingest`` does (its own per-article step); True when the article was new."""
    _stored, twin = store_article(database, article)
    return twin is None


def _db_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def bench_size(
    bases: Sequence[BaseArticle],
    size: int,
    workdir: Path,
    nlp_sample: int = 200,
    latency_samples: int = 5,
    seed: int = 0,
) -> BenchRun:
    """Build a corpus of ``size`` articles under ``workdir`` and measure every stage on it."""
    corpus_dir = workdir / f"corpus-{size}"
    items = plan_corpus(bases, size, seed)
    corpus = write_corpus(items, corpus_dir, seed)
    stages: list[StageResult] = []

    reset_peak_rss()
    started = time.perf_counter()
    documents, _skipped = read_documents([str(corpus_dir)])
    seconds = time.perf_counter() - started
    raws = [d for d in documents if isinstance(d, RawDocument)]
    stages.append(
        StageResult(
            "read/parse",
            len(raws),
            seconds,
            _rate(len(raws), seconds),
            peak_rss_mb(),
            f"{len(documents) - len(raws)} failed",
        )
    )

    articles: list[Article] = []
    reset_peak_rss()
    started = time.perf_counter()
    for raw in raws:
        try:
            articles.append(build_article(raw))
        except InputError:
            continue
    seconds = time.perf_counter() - started
    stages.append(
        StageResult(
            "clean+metadata",
            len(raws),
            seconds,
            _rate(len(raws), seconds),
            peak_rss_mb(),
            f"{len(raws) - len(articles)} dropped as empty",
        )
    )

    stage_db = workdir / f"stage-{size}.db"
    reset_peak_rss()
    started = time.perf_counter()
    with Database(stage_db) as database:
        new = sum(_store_one(database, a) for a in articles)
    seconds = time.perf_counter() - started
    stages.append(
        StageResult(
            "store",
            len(articles),
            seconds,
            _rate(len(articles), seconds),
            peak_rss_mb(),
            f"{new} stored, {len(articles) - new} duplicates",
        )
    )

    e2e_db = workdir / f"e2e-{size}.db"
    child = _in_child(_ingest_child, str(corpus_dir), str(e2e_db))
    total = child["ingested"] + child["duplicates"] + child["failed"]
    stages.append(
        StageResult(
            "end to end (ingest)",
            total,
            child["seconds"],
            _rate(total, child["seconds"]),
            child["peak_rss_mb"],
            f"{child['ingested']} stored, {child['duplicates']} duplicates, "
            f"{child['failed']} failed; child process",
        )
    )
    database_bytes = _db_bytes(e2e_db)

    latencies: list[float] = []
    rng = random.Random(seed + size)
    with Database(e2e_db) as database:
        stored = database.count_articles()
        for k in range(max(1, latency_samples)):
            marker = f"Reporters confirmed detail number {k} of {rng.randrange(10**9)} late on Friday."
            path = workdir / f"one-{size}-{k}.txt"
            path.write_text(one_new_article(bases, rng, marker), encoding="utf-8")
            started = time.perf_counter()
            ingest(database, [str(path)])
            latencies.append((time.perf_counter() - started) * 1000)
    latency = {
        "median": statistics.median(latencies),
        "min": min(latencies),
        "max": max(latencies),
        "samples": len(latencies),
        "database_articles": stored,
    }
    stages.append(
        StageResult(
            f"add one article (db of {stored})",
            1,
            latency["median"] / 1000,
            1000 / latency["median"],
            None,
            f"median of {len(latencies)} ingests of one new file",
        )
    )

    stages += _relate_stages(articles, e2e_db, workdir, bases, rng, size)

    sample = [a.text for a in articles[:nlp_sample]]
    if not sample:
        stages.append(StageResult("nlp model alone", 0, None, None, None, "skipped (--nlp-sample 0)"))
    else:
        nlp = _in_child(_nlp_child, sample)
        if "error" in nlp:
            stages.append(StageResult("nlp model alone", 0, None, None, None, f"unavailable: {nlp['error']}"))
        else:
            rate = len(sample) / nlp["seconds"] if nlp["seconds"] > 0 else None
            extrapolated = len(articles) / rate if rate else None
            how = (
                "measured on all"
                if len(sample) == len(articles)
                else f"measured on {len(sample)} of {len(articles)} articles, extrapolated"
            )
            stages.append(
                StageResult(
                    "nlp model alone (en_core_web_md)",
                    len(articles),
                    extrapolated,
                    rate,
                    nlp["peak_rss_mb"],
                    f"{how}; model load {nlp['load_seconds']:.1f} s not "
                    f"included; {nlp['tokens'] / nlp['seconds']:.0f} tokens/s; child process",
                )
            )
        entity = _in_child(_entities_child, articles[:nlp_sample])
        if "error" in entity:
            stages.append(
                StageResult("entities stage", 0, None, None, None, f"unavailable: {entity['error']}")
            )
        else:
            seconds = entity["words"] / entity["stage_wps"]
            stages.append(
                StageResult(
                    "entities stage (parse + extract + resolve)",
                    len(sample),
                    seconds,
                    len(sample) / seconds,
                    entity["peak_rss_mb"],
                    f"{entity['stage_wps']:.0f} words/s vs {entity['spacy_full_wps']:.0f} for the bare model "
                    f"on the same text: {entity['ratio']:.2f}× its time; child process",
                )
            )
        # Each stage that reads the parse, and each per-story step, on one shared parse.
        stages.extend(StageResult(*row) for row in stage_rows(_in_child(stages_child, articles[:nlp_sample])))
    return BenchRun(size, corpus, tuple(stages), database_bytes, latency)


def _relate_stages(
    articles: Sequence[Article],
    db_path: Path,
    workdir: Path,
    bases: Sequence[BaseArticle],
    rng: random.Random,
    size: int,
) -> list[StageResult]:
    """Dedup and story clustering: a stream through the in-memory indexes (what a feed follower keeps),
    then the analysis run over the database (what ``storyline analyse`` does), batch and incremental."""
    from storyline.cluster import StoryIndex
    from storyline.dedup import DerivationIndex
    from storyline.pipeline import Follower, analyse

    unique = list({a.id: a for a in articles}.values())
    stages = []
    reset_peak_rss()
    related, index = DerivationIndex(), StoryIndex()
    latencies: list[float] = []
    found = 0
    started = time.perf_counter()
    for article in unique:
        began = time.perf_counter()
        derivations = related.add([article])
        index.add(article, derivations)
        latencies.append(time.perf_counter() - began)
        found += len(derivations)
    seconds = time.perf_counter() - started
    stages.append(
        StageResult(
            "relate+cluster, one at a time",
            len(unique),
            seconds,
            _rate(len(unique), seconds),
            peak_rss_mb(),
            f"{found} derivations from {related.candidate_pairs} candidate pairs, {len(index.stories)} "
            "stories; in-memory indexes, no embeddings",
        )
    )
    tail = sorted(latencies[-100:])
    median = tail[len(tail) // 2] if tail else 0.0
    stages.append(
        StageResult(
            f"relate+place one article (index of {len(unique)})",
            1,
            median,
            1 / median if median else None,
            None,
            f"median of the last {len(tail)} adds; max {1000 * max(tail, default=0):.1f} ms",
        )
    )
    with Database(db_path) as database:
        reset_peak_rss()
        started = time.perf_counter()
        batch = analyse(database, entities=False)
        seconds = time.perf_counter() - started
        stages.append(
            StageResult(
                "analyse (batch, database; no entities)",
                batch.articles,
                seconds,
                _rate(batch.articles, seconds),
                peak_rss_mb(),
                f"{batch.derivations} derivations, {batch.stories} stories stored",
            )
        )
        path = workdir / f"analyse-one-{size}.txt"
        marker = f"Officials gave a further update number {rng.randrange(10**9)} on Saturday."
        path.write_text(one_new_article(bases, rng, marker), encoding="utf-8")
        ingest(database, [str(path)])
        started = time.perf_counter()
        one = analyse(database, entities=False)
        seconds = time.perf_counter() - started
        stages.append(
            StageResult(
                f"analyse one new article (db of {one.articles})",
                one.analysed,
                seconds,
                _rate(max(one.analysed, 1), seconds),
                None,
                "incremental run from a cold process: most of it restores the indexes from the database",
            )
        )
        started = time.perf_counter()
        follower = Follower(database)
        restore = time.perf_counter() - started
        timings = []
        for k in range(3):
            path = workdir / f"follow-one-{size}-{k}.txt"
            marker = f"Officials gave a follow-up number {rng.randrange(10**9)} on Sunday."
            path.write_text(one_new_article(bases, rng, marker), encoding="utf-8")
            ingest(database, [str(path)])
            began = time.perf_counter()
            follower.run()
            timings.append(time.perf_counter() - began)
        median = statistics.median(timings)
        stages.append(
            StageResult(
                f"analyse one new article (warm follower, db of {len(follower.articles)})",
                1,
                median,
                1 / median if median else None,
                None,
                f"median of {len(timings)} (`storyline watch`); restoring it took {restore:.1f} s, once",
            )
        )
    return stages


def bench_stream(data: Path, demo: Path | None, size: int, seed: int = 0, checkpoints: int = 5) -> BenchRun:
    """Relate and cluster a synthetic stream of ``size`` articles one at a time (see
    :mod:`storyline.eval.stream_corpus`), as a feed follower does with its in-memory indexes.

    A row per checkpoint (every ``size / checkpoints`` articles): the rate so far, the peak memory, and the
    median cost of relating and placing one article over the last 200 added, i.e. the cost of adding one
    article to an index of that size.
    """
    from storyline.cluster import StoryIndex
    from storyline.dedup import DerivationIndex
    from storyline.eval.stream_corpus import stream

    bases = load_bases(data, demo)
    related, index = DerivationIndex(), StoryIndex()
    reset_peak_rss()
    stages: list[StageResult] = []
    latencies: list[float] = []
    found = 0
    every = max(1, size // max(1, checkpoints))
    started = time.perf_counter()
    for n, article in enumerate(stream(bases, size, seed), start=1):
        began = time.perf_counter()
        derivations = related.add([article])
        index.add(article, derivations)
        latencies.append(time.perf_counter() - began)
        found += len(derivations)
        if n % every == 0 or n == size:
            seconds = time.perf_counter() - started
            tail = sorted(latencies[-200:])
            median = tail[len(tail) // 2]
            stages.append(
                StageResult(
                    f"stream: {n} related and clustered",
                    n,
                    seconds,
                    _rate(n, seconds),
                    peak_rss_mb(),
                    f"add one to an index of {n}: median {1000 * median:.1f} ms, p95 "
                    f"{1000 * tail[int(0.95 * (len(tail) - 1))]:.1f} ms; {found} derivations, "
                    f"{len(index.stories)} stories",
                )
            )
    corpus = {"articles": size, "bytes": 0, "kinds": {"synthetic stream": size}, "sources": ["stream"]}
    median = statistics.median(latencies[-200:]) * 1000 if latencies else 0.0
    latency = {"median": median, "min": min(latencies[-200:]) * 1000, "max": max(latencies[-200:]) * 1000}
    return BenchRun(size, corpus, tuple(stages), None, latency)


def machine() -> dict[str, Any]:
    """Where a bench ran: platform, Python, CPUs, date."""
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "date": date.today().isoformat(),
    }


def run_bench(
    data: Path,
    demo: Path | None,
    sizes: Sequence[int],
    nlp_sample: int = 200,
    latency_samples: int = 5,
    seed: int = 0,
    workdir: Path | None = None,
    streams: Sequence[int] = (),
) -> BenchReport:
    """Bench every size in ``sizes`` (corpora and databases in a temporary folder unless ``workdir``), then
    every synthetic stream size in ``streams`` (:func:`bench_stream`)."""
    if any(s < 1 for s in [*sizes, *streams]):
        raise StorylineError(f"--size {min([*sizes, *streams])}: a corpus needs at least one article")
    bases = load_bases(data, demo) if sizes else []
    runs = [bench_stream(data, demo, n, seed) for n in streams]
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
        root = workdir or Path(tmp)
        for size in sizes:
            runs.append(bench_size(bases, size, root, nlp_sample, latency_samples, seed))
    return BenchReport(tuple(runs), machine(), memory_method())
