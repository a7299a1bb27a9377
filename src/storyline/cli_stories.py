"""The story commands of ``storyline``: ``analyse``, ``stories`` and ``story``.

Registered on the one :data:`storyline.cli.app`; kept apart so that each command module stays small.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from storyline.cli import _CONTROL, DbOption, _guard, _open, app, console, err_console, safe
from storyline.dedup import SentenceScorer
from storyline.export import entities_by_article, story_record
from storyline.nlp import ModelMissing
from storyline.pipeline import AnalysisReport, analyse
from storyline.records import Article, Derivation, Origin, Story
from storyline.store import DEFAULT_DB
from storyline.store.entities import list_entities
from storyline.store.stories import (
    assignments,
    get_story,
    list_stories,
    story_derivations,
    story_of_articles,
    story_origins,
)

EmbeddingsOption = Annotated[
    bool,
    typer.Option(
        help="Also align sentences by meaning (sentence embeddings) when relating articles: finds spun "
        "rewrites that swap words; loads a model (about 6 s) once per run."
    ),
]


EntitiesOption = Annotated[
    bool,
    typer.Option(
        help="Also parse new articles for names (spaCy) and resolve them into entities (about 13 articles/s)."
    ),
]


def scorer_for(enabled: bool) -> SentenceScorer | None:
    """The sentence-embedding scorer when asked for and installed; otherwise word alignment only."""
    if not enabled:
        return None
    from storyline.embeddings import EmbeddingScorer, embeddings_available

    if not embeddings_available():
        err_console.print(
            "note: sentence embeddings are not installed; relating articles by their words only"
        )
        return None
    return EmbeddingScorer()


def print_analysis(report: AnalysisReport) -> None:
    """One line saying what an analysis run did."""
    console.print(
        f"analysed {report.analysed} of {report.articles} articles ({report.mode}): "
        f"{report.derivations} derivations, {report.stories} stories written, {report.merged} merged "
        f"in {report.seconds:.1f} s"
        + (
            f"; {report.parsed} parsed (names, quotes, facts, actions), {report.entities} entities"
            if report.entities or report.parsed
            else ""
        ),
        soft_wrap=True,
    )
    for note in report.notes:
        err_console.print(safe(f"note: {note}"), soft_wrap=True)


@app.command("analyse")
def analyse_command(
    db: DbOption = Path(DEFAULT_DB),
    rebuild: Annotated[
        bool,
        typer.Option("--rebuild", help="Relate and cluster every article afresh (batch); ids carry over."),
    ] = False,
    embeddings: EmbeddingsOption = True,
    entities: EntitiesOption = True,
) -> None:
    """Relate articles (copies, rewrites, wire siblings, shared quotes), group origins and cluster stories.

    Only articles not analysed yet are placed, one at a time (``storyline ingest`` runs this for you);
    ``--rebuild`` re-clusters everything, and old story ids keep pointing at the stories that continue them.
    """
    with _guard(), _open(db) as database:
        report = analyse(database, rebuild=rebuild, scorer=scorer_for(embeddings), entities=entities)
    print_analysis(report)


def _dates(story: Story) -> str:
    if not story.first_seen:
        return "—"
    return (
        story.first_seen if story.first_seen == story.last_seen else f"{story.first_seen} – {story.last_seen}"
    )


@app.command()
def stories(
    db: DbOption = Path(DEFAULT_DB),
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """List stories, the most recent first: id, dates, articles, independent origins, outlets, title."""
    with _guard(), _open(db) as database:
        found = list_stories(database, limit=limit)
        records = []
        if as_json:
            entities = entities_by_article(list_entities(database))
            story_of = story_of_articles(database)
            records = [story_record(database, s, entities, story_of) for s in found]
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not found:
        console.print("no stories yet: ingest articles (or run `storyline analyse`)")
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("id", no_wrap=True)
    table.add_column("dates", no_wrap=True)
    table.add_column("articles", justify="right")
    table.add_column("origins", justify="right")
    table.add_column("outlets", justify="right")
    table.add_column("title", ratio=1, min_width=30)
    for s in found:
        table.add_row(
            safe(s.id[:8]),
            safe(_dates(s)),
            str(s.article_count),
            str(s.origin_count),
            str(len(s.outlets)),
            safe(s.title),
        )
    console.print(table)
    console.print(
        f"{len(found)} stories, {sum(s.article_count for s in found)} articles, "
        f"{sum(s.origin_count for s in found)} independent origins"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _snippet(text: str, start: int, end: int, width: int = 110) -> str:
    passage = " ".join(text[start:end].split())
    return passage if len(passage) <= width else passage[: width - 1] + "…"


def _evidence_lines(d: Derivation, articles: dict[str, Article], limit: int = 2) -> list[Text]:
    source, copy = articles[d.from_id], articles[d.to_id]
    lines = [
        Text.assemble(
            ("      ", ""),
            (f"{d.kind} of {d.from_id[:8]}", "yellow"),
            (f"  score {d.score:.2f}, source chosen by: {d.direction}, {len(d.evidence)} aligned", "dim"),
        )
    ]
    for pair in d.evidence[:limit]:
        lines.append(
            Text.assemble(
                ("        ", ""),
                (f"{pair.match}: ", "dim"),
                safe(_snippet(copy.text, pair.to_start, pair.to_end)),
            )
        )
        if pair.match != "verbatim":
            lines.append(
                Text.assemble(
                    ("          ≈ ", "dim"), safe(_snippet(source.text, pair.from_start, pair.from_end))
                )
            )
    return lines


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id (a unique prefix, or an old id that redirects).")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
) -> None:
    """Show one story: its developments, and its articles grouped by origin with the evidence of each copy."""
    with _guard(), _open(db) as database:
        found = get_story(database, story_id)
        if as_json:
            typer.echo(json.dumps(story_record(database, found), ensure_ascii=False, indent=2))
            return
        origins = story_origins(database, found)
        links = story_derivations(database, found)
        articles = {a: database.get_article(a) for a in found.article_ids}
    _print_story(found, origins, links, articles)


def _print_story(
    found: Story, origins: list[Origin], links: list[Derivation], articles: dict[str, Article]
) -> None:
    console.print(safe(found.title), style="bold")
    console.print(
        Text.assemble(
            ("id ", "dim"),
            safe(found.id),
            ("  ·  ", "dim"),
            safe(_dates(found)),
            ("  ·  ", "dim"),
            f"{found.article_count} articles, {found.origin_count} independent origins, "
            f"{len(found.outlets)} outlets",
        )
    )
    if found.outlets:
        console.print(Text.assemble(("outlets: ", "dim"), safe(", ".join(found.outlets))))
    if found.subevents:
        console.print()
        console.print("developments:", style="bold")
        for sub in found.subevents:
            console.print(
                Text.assemble(
                    ("  ", ""),
                    (f"{sub.first_seen or '—'}  ", "cyan"),
                    safe(sub.title),
                    (f"  ({_count(len(sub.article_ids), 'article')})", "dim"),
                )
            )
    incoming = {d.to_id: d for d in links if d.kind != "shared-quotes"}
    console.print()
    for n, origin in enumerate(origins, start=1):
        credited = _CONTROL.sub("", f", credited to {origin.credited_to}") if origin.credited_to else ""
        console.print(
            Text.assemble(
                (f"origin {n}", "bold"), (f"  {_count(len(origin.article_ids), 'article')}{credited}", "dim")
            )
        )
        for article_id in origin.article_ids:
            a = articles[article_id]
            console.print(
                Text.assemble(
                    ("  ", ""),
                    (a.id[:8] + "  ", "dim"),
                    safe((a.published or "—")[:10]),
                    ("  ", ""),
                    safe(a.outlet or "—"),
                    ("  ", ""),
                    safe(a.title or "(untitled)"),
                )
            )
            if article_id in incoming:
                for line in _evidence_lines(incoming[article_id], articles):
                    console.print(line)
    passages = shared_passages(links, articles)
    if passages:
        console.print()
        console.print("passages carried by independent origins:", style="bold")
        origin_of = {a: o.id for o in origins for a in o.article_ids}
        for text, carriers in passages:
            outlets = sorted({articles[a].outlet or a[:8] for a in carriers}, key=str.casefold)
            count = len({origin_of.get(a, a) for a in carriers})
            console.print(Text.assemble(("  “", "dim"), safe(_snippet(text, 0, len(text))), ("”", "dim")))
            console.print(
                Text.assemble(("      ", ""), (f"{count} origins: ", "dim"), safe(", ".join(outlets)))
            )


def shared_passages(links: list[Derivation], articles: dict[str, Article]) -> list[tuple[str, set[str]]]:
    """Quoted passages that several articles carry, each with the articles that carry it, longest first.

    A trimmed copy of a passage ("the biggest obstacle ...") counts as the passage it was trimmed from.
    """
    found: list[tuple[str, str]] = []  # (normalised passage, article id)
    for d in links:
        if d.kind != "shared-quotes":
            continue
        for pair in d.evidence:
            found.append((_normal(articles[d.from_id].text[pair.from_start : pair.from_end]), d.from_id))
            found.append((_normal(articles[d.to_id].text[pair.to_start : pair.to_end]), d.to_id))
    groups: list[tuple[str, set[str]]] = []
    for text, article_id in sorted(found, key=lambda t: (-len(t[0]), t[0], t[1])):
        for rep, carriers in groups:
            if text in rep:
                carriers.add(article_id)
                break
        else:
            groups.append((text, {article_id}))
    return [(rep, carriers) for rep, carriers in groups if len(carriers) > 1]


def _normal(text: str) -> str:
    return " ".join(text.strip(" ,.;:'\"“”‘’").split())


@app.command()
def watch(
    inputs: Annotated[list[str], typer.Argument(help="Feeds, folders, files or URLs to poll.")],
    db: DbOption = Path(DEFAULT_DB),
    interval: Annotated[float, typer.Option(help="Seconds between polls.")] = 300.0,
    polls: Annotated[int, typer.Option(help="Stop after this many polls (0: run until interrupted).")] = 0,
    fetch: Annotated[
        bool, typer.Option(help="Fetch URLs and the pages of summary-only feed entries.")
    ] = True,
    embeddings: EmbeddingsOption = True,
    entities: EntitiesOption = True,
) -> None:
    """Follow feeds or folders: every INTERVAL seconds, ingest what is new and place it in stories at once.

    The dedup and story indexes are restored from the database once and kept in memory, so each new
    article costs milliseconds to relate and place, however large the database (a one-off
    `storyline ingest` pays the restoring every time). One line per poll; Ctrl-C stops.
    """
    import time

    from storyline.ingest import ingest as ingest_inputs
    from storyline.ingest.fetch import Fetcher
    from storyline.pipeline import Follower, update_entities

    fetcher = Fetcher() if fetch else None
    try:
        with _guard(), _open(db) as database:
            scorer = scorer_for(embeddings)
            if not assignments(database):
                print_analysis(analyse(database, scorer=scorer, entities=False))
            follower = Follower(database, scorer=scorer)
            done = 0
            while True:
                report = ingest_inputs(database, inputs, fetcher=fetcher)
                result = follower.run()
                line = (
                    f"{time.strftime('%H:%M:%S')} ingested {len(report.ingested)}, duplicates "
                    f"{len(report.duplicates)}, failed {len(report.failures)}; placed {result.analysed} in "
                    f"{result.stories} stories ({result.seconds * 1000:.0f} ms)"
                )
                if entities and result.analysed:
                    try:
                        parsed, count, skipped = update_entities(database)
                        line += f"; {parsed} parsed (names, quotes, facts, actions), {count} entities"
                        line += "".join(f"; {note}" for note in skipped)
                    except ModelMissing as exc:
                        line += f"; entities skipped: {exc}"
                console.print(safe(line), soft_wrap=True)
                for failure in report.failures:
                    err_console.print(safe(f"  failed: {failure}"), soft_wrap=True)
                done += 1
                if polls and done >= polls:
                    break
                time.sleep(max(0.0, interval))
    finally:
        if fetcher is not None:
            fetcher.close()
