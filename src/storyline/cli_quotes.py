"""The quotation command of ``storyline``: ``quotes``.

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
from storyline.export import quote_record
from storyline.records import QuoteGroup, Story
from storyline.store import DEFAULT_DB, Database
from storyline.store.entities import get_entity
from storyline.store.quotes import story_quote_groups
from storyline.store.stories import get_story, list_stories


def _speaker_matches(database: Database, group: QuoteGroup, wanted: str) -> bool:
    """Whether the quote's speaker is ``wanted``: in its description, or any name of its entity."""
    folded = wanted.casefold()
    if group.speaker and folded in group.speaker.casefold():
        return True
    if group.speaker_entity_id:
        entity = get_entity(database, group.speaker_entity_id)
        return any(folded in name.casefold() for name in (entity.name, *entity.aliases))
    return False


@app.command()
def quotes(
    db: DbOption = Path(DEFAULT_DB),
    story: Annotated[str | None, typer.Option("--story", help="Only the quotes of this story.")] = None,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only quotes by this speaker (any of their names).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """Who said what: each quotation once, with its speaker, the articles and origins that carry it, and
    when it first appeared. Quotes carried by the most independent origins come first."""
    with _guard(), _open(db) as database:
        chosen: list[Story] = [get_story(database, story)] if story else list_stories(database)
        found: list[tuple[Story, QuoteGroup]] = []
        for s in chosen:
            found.extend((s, g) for g in story_quote_groups(database, s))
        if speaker:
            found = [(s, g) for s, g in found if _speaker_matches(database, g, speaker)]
    found.sort(key=lambda sg: (-sg[1].origin_count, sg[1].first_seen or "9999"))
    found = found[:limit]
    if as_json:
        records = [{"story_id": s.id, **quote_record(g)} for s, g in found]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not found:
        console.print("no quotes: ingest articles (or run `storyline analyse`)")
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("speaker", ratio=1, min_width=14)
    table.add_column("said", ratio=4)
    table.add_column("kind", no_wrap=True)
    table.add_column("articles", justify="right")
    table.add_column("origins", justify="right")
    table.add_column("first seen", no_wrap=True)
    if not story:
        table.add_column("story", no_wrap=True)
    for s, g in found:
        text = " ".join(g.text.split())
        row: list[Text | str] = [
            safe(g.speaker or "(unknown)"),
            safe(text if len(text) <= 220 else text[:219] + "…"),
            safe(g.kind),
            str(len(g.article_ids)),
            str(g.origin_count),
            safe((g.first_seen or "")[:10]),
        ]
        if not story:
            row.append(safe(s.id[:8]))
        table.add_row(*row)
    console.print(table)
    console.print(f"{len(found)} quotes")
