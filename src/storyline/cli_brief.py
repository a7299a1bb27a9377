"""The brief command of ``storyline``: ``brief``.

Registered on the one :data:`storyline.cli.app`; kept apart so that each command module stays small.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from storyline.brief import check_brief
from storyline.brief_render import render_brief
from storyline.cli import DbOption, _guard, _open, app, console, safe
from storyline.export import brief_record
from storyline.store import DEFAULT_DB
from storyline.store.briefs import story_articles, story_brief
from storyline.store.stories import get_story, list_stories


@app.command()
def brief(
    story_id: Annotated[
        str | None, typer.Argument(help="Story id (a unique prefix is enough); every story when omitted.")
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    markdown: Annotated[bool, typer.Option("--markdown", help="Markdown instead of terminal text.")] = False,
    sentences: Annotated[int, typer.Option(help="At most this many sentences.", min=1)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
) -> None:
    """A short brief of a story: what happened, what its main parties said and did, what sources dispute and
    the latest, every
    sentence taken word for word from the story's articles and citing each article that carries it."""
    with _guard(), _open(db) as database:
        stories = [get_story(database, story_id)] if story_id else list_stories(database)
        made = []
        for story in stories:
            articles = story_articles(database, story)
            found = story_brief(database, story, sentences, articles=articles)
            # The brief never states anything its cited articles do not: checked on every run.
            problems = check_brief(found, articles)
            made.append((story, found, articles, problems))
    if as_json:
        records = [{"story_id": s.id, **brief_record(b), "problems": p} for s, b, _a, p in made]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not made:
        console.print("no stories: ingest articles (or run `storyline analyse`)")
        return
    for story, found, articles, problems in made:
        text = render_brief(found, articles, markdown=markdown)
        if markdown:
            typer.echo(text)
        else:
            console.print(safe(f"story {story.id[:8]}"), style="bold dim")
            console.print(safe(text))
        for problem in problems:
            # On stderr, so that `--markdown > brief.md` holds the brief alone.
            typer.echo(f"warning: {' '.join(safe(problem).plain.split())}", err=True)
        if len(made) > 1:
            typer.echo("")
