"""The ``storyline`` command: a thin layer that parses arguments and calls one library function each."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from storyline import __version__
from storyline.errors import StorylineError
from storyline.export import article_record, iter_export
from storyline.ingest import ingest as ingest_inputs
from storyline.ingest.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Fetcher
from storyline.records import Article
from storyline.store import DEFAULT_DB, Database

if TYPE_CHECKING:
    from storyline.bench import BenchReport

app = typer.Typer(
    help="Storyline turns news coverage from many outlets into sourced stories.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    Path, typer.Option("--db", help="Database file.", envvar="STORYLINE_DB", show_default=True)
]
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def safe(value: object) -> Text:
    """Article-derived text for the terminal: control and bidi characters removed, never read as markup."""
    return Text(_CONTROL.sub("", "" if value is None else str(value)))


def _open(db: Path) -> Database:
    return Database(db)


def _fail(message: str) -> None:
    err_console.print(safe(f"error: {message}"), style="red", soft_wrap=True)
    raise typer.Exit(1)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or http(s) URLs.")],
    db: DbOption = Path(DEFAULT_DB),
    fetch: Annotated[
        bool, typer.Option(help="Fetch URLs, and the pages of feed entries that carry a summary only.")
    ] = True,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = DEFAULT_TIMEOUT,
    max_bytes: Annotated[
        int, typer.Option(help="Size limit of one document or fetched page.")
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    analyse: Annotated[
        bool,
        typer.Option(help="Then relate the new articles and place them in stories (`storyline analyse`)."),
    ] = True,
    embeddings: Annotated[
        bool, typer.Option(help="Let that analysis align sentences by meaning too (see `storyline analyse`).")
    ] = True,
    entities: Annotated[
        bool, typer.Option(help="Let that analysis parse new articles for names (see `storyline analyse`).")
    ] = True,
) -> None:
    """Ingest articles from files, folders, feeds, WARC archives, JSON Lines and URLs.

    Prints how many were ingested, how many were duplicates, and why each failure failed; then places the
    new articles in stories. Exits 1 when any input failed (what was read is kept and analysed).
    """
    fetcher = Fetcher(timeout=timeout, max_bytes=max_bytes) if fetch else None
    try:
        with _open(db) as database:
            show_bar = not quiet and sys.stderr.isatty()
            with Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err_console,
                disable=not show_bar,
                transient=True,
            ) as bar:
                task = bar.add_task("ingesting", total=None)

                def advance(name: str, done: int, total: int) -> None:
                    bar.update(
                        task, completed=done, total=total, description=_CONTROL.sub("", Path(name).name)[:40]
                    )

                report = ingest_inputs(
                    database, inputs, fetcher=fetcher, max_bytes=max_bytes, progress=advance
                )
    except StorylineError as exc:
        _fail(str(exc))
        return
    finally:
        if fetcher is not None:
            fetcher.close()
    console.print(
        f"ingested {len(report.ingested)}, duplicates {len(report.duplicates)}, failed {len(report.failures)}"
    )
    for source, twin in report.duplicates:
        console.print(safe(f"  duplicate: {source} (same as {twin})"), soft_wrap=True)
    for note in report.notes:
        console.print(safe(f"  note: {note}"), soft_wrap=True)
    for failure in report.failures:
        err_console.print(safe(f"  failed: {failure}"), soft_wrap=True)
    if analyse:
        from storyline.cli_stories import print_analysis, scorer_for
        from storyline.pipeline import analyse as analyse_database

        with _guard(), _open(db) as database:
            print_analysis(analyse_database(database, scorer=scorer_for(embeddings), entities=entities))
    if report.failures:
        raise typer.Exit(1)


@app.command()
def articles(
    db: DbOption = Path(DEFAULT_DB),
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """List stored articles: id, date, outlet, title, byline, wire credits."""
    with _guard(), _open(db) as database:
        rows = list(database.iter_articles(limit=limit))
    if as_json:
        typer.echo(json.dumps([_summary(a) for a in rows], ensure_ascii=False, indent=2))
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("outlet", no_wrap=True, max_width=22, overflow="ellipsis")
    table.add_column("title", ratio=1, min_width=30)
    table.add_column("byline", no_wrap=True, max_width=16, overflow="ellipsis")
    table.add_column("wire", no_wrap=True, max_width=10, overflow="ellipsis")
    for a in rows:
        table.add_row(
            safe(a.id[:8]),
            safe((a.published or "—")[:10]),
            safe(a.outlet or "—"),
            safe(a.title or "(untitled)"),
            safe(a.byline or "—"),
            safe(", ".join(a.wire_credits) or "—"),
        )
    console.print(table)
    outlets = {a.outlet for a in rows if a.outlet}
    dates = sorted(a.published[:10] for a in rows if a.published)
    span = f", published {dates[0]} to {dates[-1]}" if dates else ""
    console.print(f"{len(rows)} articles from {len(outlets)} outlets{span}")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (a unique prefix is enough).")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
) -> None:
    """Show one article: metadata, clean text, and the boilerplate that cleaning removed."""
    with _guard(), _open(db) as database:
        article = database.get_article(article_id)
        sources = database.article_sources(article.id)
    if as_json:
        record = article_record(article)
        record["seen_in"] = sources
        record["removed"] = [{"text": r.text, "reason": r.reason, "line": r.line} for r in article.removed]
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    console.print(safe(article.title or "(untitled)"), style="bold")
    for label, value in (
        ("id", article.id),
        ("outlet", f"{article.outlet} (from {article.outlet_source})" if article.outlet else None),
        (
            "published",
            f"{article.published} ({article.published_precision}, from {article.published_source})"
            if article.published
            else None,
        ),
        ("byline", article.byline),
        ("wire credits", ", ".join(article.wire_credits) or None),
        ("language", article.language),
        ("url", article.url),
        ("seen in", "; ".join(sources)),
        ("encoding", article.encoding),
    ):
        console.print(Text.assemble((f"{label:>12}: ", "dim"), safe(value if value is not None else "—")))
    console.print()
    console.print(safe(article.text))
    if article.removed:
        console.print()
        console.print(f"removed by cleaning ({len(article.removed)}):", style="dim")
        for line in article.removed:
            console.print(Text.assemble(("  - ", "dim"), (f"[{line.reason}] ", "yellow"), safe(line.text)))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words that must all occur (title or text).")],
    db: DbOption = Path(DEFAULT_DB),
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """Full-text search over titles and texts, best matches first."""
    with _guard(), _open(db) as database:
        hits = database.search(query, limit=limit)
    if as_json:
        typer.echo(json.dumps([{**_summary(a), "snippet": s} for a, s in hits], ensure_ascii=False, indent=2))
        return
    table = Table("id", "published", "outlet", "title", "snippet")
    for a, snippet in hits:
        table.add_row(
            safe(a.id[:10]),
            safe(a.published or "—"),
            safe(a.outlet or "—"),
            safe(a.title or ""),
            safe(snippet),
        )
    console.print(table)
    console.print(f"{len(hits)} matches")


@app.command()
def export(
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[str, typer.Option("--format", help="json, jsonl or csv.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    text: Annotated[bool, typer.Option("--text", help="Include each article's clean text.")] = False,
) -> None:
    """Export articles and stories following the export contract (see the README)."""
    if fmt not in ("json", "jsonl", "csv"):
        _fail(f"--format {fmt!r}: use json, jsonl or csv")
    with _guard(), _open(db) as database:
        chunks = iter_export(database, fmt, include_text=text)  # type: ignore[arg-type]
        if output is None:
            for chunk in chunks:
                sys.stdout.write(chunk)
        else:
            with output.open("w", encoding="utf-8", newline="") as handle:
                for chunk in chunks:
                    handle.write(chunk)


@app.command()
def version() -> None:
    """Print Storyline's version."""
    typer.echo(__version__)


def _summary(a: Article) -> dict[str, object]:
    record = article_record(a)
    record.pop("text")
    return record


class _guard:
    """Turn Storyline errors into one red line and exit code 1, never a traceback."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if isinstance(exc, StorylineError):
            _fail(str(exc))


def main() -> None:
    """Entry point of the ``storyline`` command."""
    try:
        app()
    except StorylineError as exc:
        err_console.print(safe(f"error: {exc}"), style="red", soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted", style="red")
        sys.exit(130)


# -- evaluation and benchmarks ------------------------------------------------------------------------------

DataOption = Annotated[
    Path,
    typer.Option(
        "--data",
        help="Folder of labelled corpora (ECB+, MEANTIME, SemEval-2015 TimeLine).",
        envvar="STORYLINE_DATA",
        show_default=True,
    ),
]
DemoOption = Annotated[
    Path | None,
    typer.Option(
        "--demo", help="Demo corpus folder with its gold.json (default: ./demo).", envvar="STORYLINE_DEMO"
    ),
]


@app.command("eval")
def eval_command(
    tasks: Annotated[
        list[str] | None,
        typer.Argument(
            help="Tasks to run (default: all): metadata, clustering, entities, quotes, quantities, actions, "
            "positions, brief, time, timeline."
        ),
    ] = None,
    data: DataOption = Path("../shared/data"),
    demo: DemoOption = None,
    seeds: Annotated[
        Path | None,
        typer.Option(
            "--seeds", help="Seed articles folder (default: seeds beside --data).", envvar="STORYLINE_SEEDS"
        ),
    ] = None,
    fast: Annotated[
        bool, typer.Option("--fast", help="Only the fast tasks (the CI subset, well under 5 minutes).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
    floors: Annotated[
        Path | None, typer.Option("--floors", help="Floors file (default: storyline/eval/floors.json).")
    ] = None,
    pin_floors: Annotated[
        bool,
        typer.Option(
            "--pin-floors", help="Write the floors file from this run (each floor a little below its score)."
        ),
    ] = False,
    details: Annotated[
        bool, typer.Option("--details", help="Also list every wrong item (e.g. a wrong byline).")
    ] = False,
) -> None:
    """Score each capability on labelled data and compare with the pinned floors.

    Prints one table (task, dataset, split, metric, score, floor, seconds); exits 1 when a score is below its
    floor or a task crashed. Missing data is reported as an "unavailable" row.
    """
    from storyline.eval import (
        EvalContext,
        detail_lines,
        load_floors,
        pin,
        render_table,
        run_eval,
        save_floors,
    )

    with _guard():
        pinned = load_floors(floors)
        report = run_eval(EvalContext.default(data, demo, seeds), tasks or [], fast=fast, floors=pinned)
        if pin_floors:
            new, changes = pin(report.scores(), report.checksums, pinned)
            written = save_floors(new, floors)
            err_console.print(safe(f"pinned {len(new.floors)} floors in {written} ({len(changes)} changed)"))
            for change in changes:
                err_console.print(safe(f"  {change}"))
    if as_json:
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        out = console if console.is_terminal else Console(width=140)  # logs: wide enough for one line a row
        out.print(render_table(report))
        if details:
            for line in detail_lines(report):
                out.print(safe(line))
    if report.failed and not pin_floors:
        raise typer.Exit(1)


@app.command()
def bench(
    size: Annotated[
        list[int] | None,
        typer.Option("--size", help="Articles in the corpus; repeat for several sizes (default: 1000)."),
    ] = None,
    stream: Annotated[
        list[int] | None,
        typer.Option(
            "--stream",
            help="Also (without --size: only) relate and cluster a synthetic stream of this many articles "
            "one at a time, e.g. 100000.",
        ),
    ] = None,
    data: DataOption = Path("../shared/data"),
    demo: DemoOption = None,
    nlp_sample: Annotated[
        int, typer.Option(help="Articles the NLP model parses (the rest is extrapolated); 0 to skip it.")
    ] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the JSON report here.")
    ] = None,
) -> None:
    """Measure ingest throughput per stage and end to end, latency of one article, peak memory, database size,
    and the cost of the NLP model alone, on a corpus built from the shared data and the demo corpus."""
    from storyline.bench import run_bench
    from storyline.eval import EvalContext

    context = EvalContext.default(data, demo)
    with _guard():
        sizes = size if size else ([] if stream else [1000])
        report = run_bench(context.data, context.demo, sizes, nlp_sample=nlp_sample, streams=stream or [])
    payload = json.dumps(report.to_json(), ensure_ascii=False, indent=2)
    if output is not None:
        output.write_text(payload + "\n", encoding="utf-8")
    if as_json:
        typer.echo(payload)
        return
    out = console if console.is_terminal else Console(width=160)
    for table in _bench_tables(report):
        out.print(table)


def _bench_tables(report: BenchReport) -> list[Table]:
    """One rich table per size: stage, articles, seconds, articles/s, peak RSS, note."""
    tables = []
    for run in report.runs:
        kinds = ", ".join(f"{k} {v}" for k, v in run.corpus["kinds"].items())
        if run.database_bytes is None:
            caption = f"corpus: {kinds}, generated in memory; memory: {report.memory_method}"
        else:
            caption = (
                f"corpus: {run.corpus['articles']} articles ({kinds}), {run.corpus['bytes'] / 1e6:.1f} MB; "
                f"database {(run.database_bytes or 0) / 1e6:.1f} MB; add one article: median "
                f"{run.latency_ms['median']:.1f} ms (min {run.latency_ms['min']:.1f}, max "
                f"{run.latency_ms['max']:.1f}); memory: {report.memory_method}"
            )
        table = Table(
            "stage",
            "articles",
            "seconds",
            "articles/s",
            "peak RSS MB",
            "note",
            title=f"storyline bench --{'stream' if run.database_bytes is None else 'size'} {run.size}",
            caption=caption,
        )
        for s in run.stages:
            table.add_row(
                s.stage,
                str(s.articles),
                "—" if s.seconds is None else f"{s.seconds:.2f}",
                "—" if s.articles_per_s is None else f"{s.articles_per_s:.1f}",
                "—" if s.peak_rss_mb is None else f"{s.peak_rss_mb:.0f}",
                s.note,
            )
        tables.append(table)
    return tables


# The story and entity commands live in their own modules and register themselves on ``app`` when imported.
from storyline import cli_actions, cli_brief, cli_entities, cli_facts, cli_quotes, cli_stories  # noqa: E402, F401
