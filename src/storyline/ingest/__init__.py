"""Ingest: read files, folders, feeds, WARC archives and URLs into clean articles in the store.

Each article is cleaned, described and stored in its own transaction; an input that cannot be read becomes
a :class:`~storyline.records.Failure` naming it, stored with the run, and the rest of the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from storyline import clean
from storyline.errors import InputError
from storyline.ingest.build import build_article
from storyline.ingest.fetch import DEFAULT_MAX_BYTES, Fetcher
from storyline.ingest.sources import plan_inputs, read_item
from storyline.records import Article, Failure, IngestReport, RawDocument
from storyline.store import Database

__all__ = ["build_article", "ingest", "read_documents", "store_article"]

Progress = Callable[[str, int, int], None]


def read_documents(
    inputs: Sequence[str], fetcher: Fetcher | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[RawDocument | Failure], int]:
    """Read every input into raw documents (no store involved); return them and the count of skipped files."""
    items, failures, skipped = plan_inputs(inputs)
    out: list[RawDocument | Failure] = list(failures)
    for item in items:
        out.extend(read_item(item, fetcher, max_bytes))
    return out, skipped


def ingest(
    db: Database,
    inputs: Sequence[str],
    *,
    fetcher: Fetcher | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files, folders and URLs into ``db``; idempotent: an article stored before is a duplicate.

    ``progress(name, done, total)`` is called after each input file or URL.
    """
    items, failures, skipped = plan_inputs(inputs)
    run = db.start_run()
    ingested: list[str] = []
    duplicates: list[tuple[str, str]] = []
    all_failures: list[Failure] = []
    # edge lines seen per outlet in this run (duplicates included, so a re-run after a crash finishes the job)
    outlet_edges: dict[str, set[str]] = {}

    def fail(failure: Failure) -> None:
        all_failures.append(failure)
        db.record_failure(run, failure)

    for failure in failures:
        fail(failure)
    for done, item in enumerate(items, start=1):
        for doc in read_item(item, fetcher, max_bytes):
            if isinstance(doc, Failure):
                fail(doc)
                continue
            try:
                article = build_article(doc)
            except InputError as exc:
                fail(Failure(exc.source, exc.reason))
                continue
            stored, twin, edges = _store_with_edges(db, article)
            if stored.outlet:
                outlet_edges.setdefault(stored.outlet, set()).update(edges)
            if twin is not None:
                duplicates.append((article.source, twin))
            else:
                ingested.append(stored.id)
        if progress is not None:
            progress(item.name, done, len(items))
    for outlet in sorted(outlet_edges):
        refresh_outlet_boilerplate(db, outlet, outlet_edges[outlet])
    db.finish_run(run, len(ingested), len(duplicates), len(all_failures))
    notes = (f"skipped {skipped} files with unsupported extensions",) if skipped else ()
    return IngestReport(tuple(ingested), tuple(duplicates), tuple(all_failures), notes)


def store_article(db: Database, article: Article) -> tuple[Article, str | None]:
    """Store one article as ``ingest`` does; return it as stored, and the id of its twin if a duplicate."""
    stored, twin, _edges = _store_with_edges(db, article)
    return stored, twin


def _store_with_edges(db: Database, article: Article) -> tuple[Article, str | None, set[str]]:
    """Store one article, first taking out the edge lines its outlet is known to repeat.

    Returns the article as stored, the id of its stored twin when it is a duplicate, and its edge lines.
    """
    edges = clean.edge_units(article.text.split("\n\n"))
    taken_out: set[str] = set()
    if article.outlet and edges:
        counts = db.outlet_line_counts(article.outlet, edges.values(), cap=clean.REPEATED_MIN_OTHERS)
        repeated = {h for h, n in counts.items() if n >= clean.REPEATED_MIN_OTHERS}
        cleaned = clean.remove_repeated_lines(article, repeated, article.outlet)
        if cleaned.text != article.text:
            taken_out = repeated & set(edges.values())
        article = cleaned
    twin = db.add_article(article, edges.values(), cleaned_line_hashes=taken_out)
    return article, twin, set(edges.values())


def refresh_outlet_boilerplate(db: Database, outlet: str, line_hashes: Iterable[str] | None = None) -> int:
    """Take an outlet's newly learnt boilerplate out of its articles stored earlier; return how many changed.

    ``line_hashes`` limits the work to those edge lines (the ones an ingest run has just seen); by default
    every line the outlet repeats is checked. Only articles that still carry a line are revisited.
    """
    threshold = clean.REPEATED_MIN_OTHERS + 1
    if line_hashes is None:
        repeated = db.repeated_outlet_lines(outlet, threshold)
    else:
        counts = db.outlet_line_counts(outlet, line_hashes, cap=threshold)
        repeated = {h for h, n in counts.items() if n >= threshold}
    changed = 0
    for article in db.articles_of_outlet_with_lines(outlet, repeated):
        updated = clean.remove_repeated_lines(article, repeated, outlet)
        if updated.text != article.text:
            db.update_clean_text(article.id, updated.text, updated.removed, cleaned_lines=(outlet, repeated))
            changed += 1
        else:
            db.mark_lines_cleaned(outlet, article.id, repeated)
    return changed
