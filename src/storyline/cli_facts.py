"""The facts-and-time commands of ``storyline``: ``facts``, ``conflicts`` and ``timeline``.

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
from storyline.export import conflict_record, fact_record, timeline_record
from storyline.facts import FactGroup
from storyline.records import Story
from storyline.store import DEFAULT_DB
from storyline.store.items import story_fact_groups, story_timeline
from storyline.store.stories import get_story, list_stories

StoryArgument = Annotated[str, typer.Option("--story", help="The story (a unique id prefix is enough).")]


def _values(group: FactGroup) -> Text:
    parts = [f"{v.value} ({v.origin_count} origin{'s' if v.origin_count != 1 else ''})" for v in group.values]
    return safe("; ".join(parts))


def _facts_table(found: list[tuple[Story, FactGroup]], with_story: bool) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("status", no_wrap=True)
    table.add_column("what", ratio=2, min_width=14)
    table.add_column("values (independent origins)", ratio=3)
    table.add_column("articles", justify="right")
    if with_story:
        table.add_column("story", no_wrap=True)
    styles = {
        "conflict": "red",
        "tension": "yellow",
        "compatible": "cyan",
        "agreed": "green",
        "single": "dim",
    }
    for story, g in found:
        row: list[Text | str] = [
            Text(g.relation, style=styles.get(g.relation, "")),
            safe(f"{g.subject} ({g.attribute})"),
            _values(g),
            str(len(g.article_ids)),
        ]
        if with_story:
            row.append(safe(story.id[:8]))
        table.add_row(*row)
    return table


@app.command()
def facts(
    story: StoryArgument,
    db: DbOption = Path(DEFAULT_DB),
    every: Annotated[bool, typer.Option("--all", help="Also the facts only one origin states.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """The numbers and dates a story's sources state, aligned across outlets: what they agree on, what is
    compatible ("1,000" and "1,000 to 1,200"), in tension and in conflict, each value with its origins."""
    with _guard(), _open(db) as database:
        chosen = get_story(database, story)
        groups = story_fact_groups(database, chosen)
    shown = groups if every else [g for g in groups if g.relation != "single"]
    if as_json:
        typer.echo(json.dumps([fact_record(g) for g in shown], ensure_ascii=False, indent=2))
        return
    if not shown:
        hint = "" if every else " stated by more than one origin (--all shows every fact)"
        console.print(f"no facts{hint}")
        return
    console.print(_facts_table([(chosen, g) for g in shown], with_story=False))
    console.print(f"{len(shown)} facts ({sum(g.status == 'conflict' for g in shown)} in conflict or tension)")


@app.command()
def conflicts(
    story: Annotated[
        str | None, typer.Option("--story", help="Only this story (default: every story).")
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """Where sources disagree: facts of one story whose values conflict or are in tension, each value with
    the articles that state it and how many independent origins they are."""
    with _guard(), _open(db) as database:
        chosen = [get_story(database, story)] if story else list_stories(database)
        found = [(s, g) for s in chosen for g in story_fact_groups(database, s) if g.status == "conflict"]
    if as_json:
        records = [{"story_id": s.id, **conflict_record(g)} for s, g in found]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not found:
        console.print("no conflicts between sources")
        return
    console.print(_facts_table(found, with_story=not story))
    console.print(f"{len(found)} conflicts")


@app.command()
def timeline(
    story: StoryArgument,
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """What happened when in a story: its dated events merged across articles, relative dates ("on Monday",
    "last week") resolved against each article's own date, each event with its articles and origins."""
    with _guard(), _open(db) as database:
        chosen = get_story(database, story)
        entries, left = story_timeline(database, chosen)
    if as_json:
        typer.echo(json.dumps([timeline_record(e) for e in entries], ensure_ascii=False, indent=2))
        return
    if not entries:
        console.print("no dated events")
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("date", no_wrap=True)
    table.add_column("what happened", ratio=4)
    table.add_column("articles", justify="right")
    table.add_column("origins", justify="right")
    for e in entries:
        table.add_row(
            safe(e.date), safe(" ".join(e.text.split())), str(len(e.article_ids)), str(e.origin_count)
        )
    console.print(table)
    note = (
        f"; {left} dated events left out (no date of their own, or only a bound such as 'since')"
        if left
        else ""
    )
    console.print(f"{len(entries)} events{note}")
