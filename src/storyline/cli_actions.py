"""The action commands of ``storyline``: ``actions``, ``positions`` and ``actor``.

Registered on the one :data:`storyline.cli.app`; kept apart so that each command module stays small.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from storyline.actions import ActionGroup
from storyline.cli import DbOption, _guard, _open, app, console, safe
from storyline.export import action_record, position_record, quote_record
from storyline.records import QuoteGroup, Story
from storyline.store import DEFAULT_DB
from storyline.store.briefs import story_positions
from storyline.store.entities import get_entity
from storyline.store.items import story_actions
from storyline.store.quotes import story_quote_groups
from storyline.store.stories import get_story, list_stories, story_of_articles


def _action_table(groups: list[ActionGroup]) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("actor", ratio=1, min_width=12)
    table.add_column("did", no_wrap=True)
    table.add_column("to", ratio=1)
    table.add_column("how told", ratio=1)
    table.add_column("date", no_wrap=True)
    table.add_column("articles", justify="right")
    table.add_column("origins", justify="right")
    for g in groups:
        table.add_row(
            safe(g.actor),
            Text(g.action_class, style="bold"),
            safe(g.target or "—"),
            safe(", ".join(g.modalities)),
            safe(g.date or ""),
            str(len(g.article_ids)),
            str(g.origin_count),
        )
    return table


@app.command()
def actions(
    story: Annotated[str, typer.Option("--story", help="The story (a unique id prefix is enough).")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """Who did what to whom in a story: actor, class of action (warn, negotiate, deny, deploy forces, ...),
    target, how it is told (asserted, reported, hedged, negated, future, conditional), date and sources."""
    with _guard(), _open(db) as database:
        groups = story_actions(database, get_story(database, story))
    if as_json:
        typer.echo(json.dumps([action_record(g) for g in groups], ensure_ascii=False, indent=2))
        return
    if not groups:
        console.print("no actions found between named actors")
        return
    console.print(_action_table(groups))
    console.print(f"{len(groups)} actions")


@app.command()
def positions(
    story: Annotated[str, typer.Option("--story", help="The story (a unique id prefix is enough).")],
    db: DbOption = Path(DEFAULT_DB),
    top: Annotated[int | None, typer.Option(help="Only the main parties, this many.", min=1)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
) -> None:
    """What each party of a story said and did, main parties first: a country or organisation with the people
    and groups acting or speaking for it (a minister through their role, a capital for its country)."""
    with _guard(), _open(db) as database:
        found = get_story(database, story)
        acted = story_actions(database, found)
        quoted = story_quote_groups(database, found)
        parties = story_positions(database, found, acted, quoted)[:top]
    if as_json:
        records = [
            {
                **position_record(p),
                "actions": [action_record(g) for g in p.actions],
                "quotes": [quote_record(g) for g in p.quotes],
            }
            for p in parties
        ]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not parties:
        console.print("no party of this story is seen acting or speaking")
        return
    for p in parties:
        console.print()
        heading = Text.assemble(
            safe(p.name), (f"  {p.origin_count} origins, {len(p.article_ids)} articles", "dim")
        )
        console.print(heading, style="bold")
        others = [m for m in p.members if m != p.name]
        if others:
            console.print(Text.assemble(("  as: ", "dim"), safe(", ".join(others))))
        for g in p.actions:
            target = f" {g.target}" if g.target else ""
            how = f"{', '.join(g.modalities)}; {g.origin_count} origins"
            line = f"  did:  {g.actor}: {g.action_class}{target} ({how})"
            console.print(safe(line))
        for q in p.quotes:
            text = " ".join(q.text.split())
            console.print(safe(f"  said: {q.speaker}: “{text[:200]}” ({q.origin_count} origins)"))


@app.command()
def actor(
    entity_id: Annotated[str, typer.Argument(help="Entity id (a unique prefix is enough): see `entities`.")],
    db: DbOption = Path(DEFAULT_DB),
    story: Annotated[str | None, typer.Option("--story", help="Only this story.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
) -> None:
    """One actor's position: what they did (actions) and what they said (quotes), story by story."""
    with _guard(), _open(db) as database:
        found = get_entity(database, entity_id)
        story_of = story_of_articles(database)
        if story:
            stories = [get_story(database, story)]
        else:
            ids = {story_of[a] for a in found.article_ids if a in story_of}
            stories = [s for s in list_stories(database) if s.id in ids]
        per_story: list[tuple[Story, list[ActionGroup], list[QuoteGroup]]] = []
        for s in stories:
            did = [g for g in story_actions(database, s) if g.actor_key == found.id]
            said = [g for g in story_quote_groups(database, s) if g.speaker_entity_id == found.id]
            if did or said:
                per_story.append((s, did, said))
    if as_json:
        records = {
            "entity": {"id": found.id, "name": found.name, "type": found.type},
            "stories": [
                {
                    "story_id": s.id,
                    "title": s.title,
                    "actions": [action_record(g) for g in did],
                    "quotes": [quote_record(g) for g in said],
                }
                for s, did, said in per_story
            ],
        }
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    console.print(Text.assemble(safe(found.name), (f"  {found.type}", "cyan")), style="bold")
    if not per_story:
        console.print("no actions or quotes of this actor")
        return
    for s, did, said in per_story:
        console.print()
        console.print(Text.assemble(("story ", "dim"), safe(f"{s.id[:8]}  {s.title}")), style="bold")
        for g in did:
            target = f" {g.target}" if g.target else ""
            line = f"  did:  {g.action_class}{target} ({', '.join(g.modalities)}; {g.origin_count} origins)"
            console.print(safe(line))
        for q in said:
            text = " ".join(q.text.split())
            console.print(safe(f"  said: “{text[:200]}” ({q.origin_count} origins)"))
