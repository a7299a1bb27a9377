"""The entity commands of ``storyline``: ``entities`` and ``entity``.

Registered on the one :data:`storyline.cli.app`; kept apart so that each command module stays small.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from storyline.cli import DbOption, _guard, _open, app, console, safe
from storyline.export import entity_record
from storyline.store import DEFAULT_DB
from storyline.store.entities import get_entity, list_entities, mentions_of
from storyline.store.stories import get_story, story_of_articles


@app.command()
def entities(
    db: DbOption = Path(DEFAULT_DB),
    story: Annotated[str | None, typer.Option("--story", help="Only the entities of this story.")] = None,
    kind: Annotated[
        str | None, typer.Option("--type", help="Only this type: PERSON, ORG, GPE, LOC, NORP, EVENT, ...")
    ] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """List entities, the most widely reported first: name, type, other names, roles, articles, stories."""
    with _guard(), _open(db) as database:
        members = get_story(database, story).article_ids if story else None
        found = list_entities(database, members, kind)[:limit]
        story_of = story_of_articles(database)
    records = [entity_record(e, story_of) for e in found]
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not found:
        console.print("no entities: ingest articles (or run `storyline analyse`)")
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("id", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("name", ratio=2, min_width=16)
    table.add_column("also", ratio=2)
    table.add_column("roles", ratio=2)
    table.add_column("articles", justify="right")
    table.add_column("stories", justify="right")
    for e, r in zip(found, records, strict=True):
        table.add_row(
            safe(e.id[:8]),
            safe(e.type),
            safe(e.name),
            safe(", ".join(e.aliases[:4]) + (" …" if len(e.aliases) > 4 else "")),
            safe(", ".join(e.roles[:3]) + (" …" if len(e.roles) > 3 else "")),
            str(len(e.article_ids)),
            str(len(r["story_ids"])),
        )
    console.print(table)
    console.print(f"{len(found)} entities")


@app.command()
def entity(
    entity_id: Annotated[str, typer.Argument(help="Entity id (a unique prefix is enough).")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
    contexts: Annotated[int, typer.Option(help="Mentions shown in their sentence.")] = 8,
) -> None:
    """Show one entity: its names and roles, why names were merged, and its mentions in context."""
    with _guard(), _open(db) as database:
        found = get_entity(database, entity_id)
        record = entity_record(found, story_of_articles(database))
        mentions = mentions_of(database, found)
        texts = {a: database.get_article(a) for a in found.article_ids}
    if as_json:
        record["mention_list"] = [
            {"article_id": m.article_id, "start": m.start, "end": m.end, "text": m.text, "role": m.role}
            for m in mentions
        ]
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    console.print(Text.assemble(safe(found.name), (f"  {found.type}", "cyan")), style="bold")
    for label, value in (
        ("id", found.id),
        ("also named", ", ".join(found.aliases) or None),
        ("roles", "; ".join(found.roles) or None),
        (
            "where",
            f"{found.coordinates[0]:.3f}, {found.coordinates[1]:.3f} ({found.place_kind})"
            if found.coordinates
            else None,
        ),
        ("articles", str(len(found.article_ids))),
        ("stories", str(len(record["story_ids"]))),
    ):
        if value is not None:
            console.print(Text.assemble((f"{label:>11}: ", "dim"), safe(value)))
    if found.evidence:
        console.print()
        console.print("why these names are one entity:", style="bold")
        for ev in found.evidence:
            console.print(
                Text.assemble(
                    ("  ", ""), safe(f"{ev.left} = {ev.right}"), (f"  {ev.reason} ({ev.score:.2f})", "dim")
                )
            )
    console.print()
    console.print(f"mentions ({len(mentions)}):", style="bold")
    for m in mentions[:contexts]:
        text = texts[m.article_id].text
        before = " ".join(text[m.sentence_start : m.start].split())
        after = " ".join(text[m.end : m.sentence_end].split())
        console.print(
            Text.assemble(
                (f"  {m.article_id[:8]}  ", "dim"),
                safe(before[-60:] + " "),
                (safe(text[m.start : m.end]).plain, "bold yellow"),
                safe(" " + after[:60]),
            )
        )
