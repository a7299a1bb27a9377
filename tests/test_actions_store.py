"""Actions in the pipeline: stored per article, merged across a story's outlets by entity, the ``actions`` and
``actor`` commands, the export, and the brief drawing on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import article_folder
from storyline.cli import app
from storyline.export import export_data
from storyline.store import Database
from storyline.store.items import story_actions
from storyline.store.stories import list_stories

FIRST = """Title: Norland warns Estavia over border troops
Date: 2024-05-13

Norland warned Estavia on Monday against moving troops to their shared border, as tensions rose over
the disputed Kessel valley.

Estavia denied any plan to deploy soldiers in the valley and accused Norland of spreading rumours.
"""

SECOND = """Title: Estavia rejects Norland claims on Kessel valley
Date: 2024-05-14

Estavia's government dismissed reports of a military build-up in the Kessel valley on Tuesday.

A day earlier Norland had warned Estavia not to send troops to the border, and officials in both
capitals said talks would resume in Geneva next week.
"""


@pytest.fixture
def border(tmp_path: Path) -> Path:
    folder = article_folder(tmp_path, FIRST, SECOND)
    path = tmp_path / "a.db"
    CliRunner().invoke(app, ["ingest", str(folder), "--db", str(path), "--no-embeddings"])
    return path


def test_actions_merge_across_outlets_and_show_in_the_commands_and_export(border: Path) -> None:
    with Database(border) as db:
        (story,) = list_stories(db)
        groups = story_actions(db, story)
        exported = export_data(db)["stories"][0]
        warned = next(g for g in groups if g.action_class == "warn or threaten" and g.actor == "Norland")
        assert warned.target == "Estavia" and len(warned.article_ids) == 2 and warned.origin_count == 2
        assert warned.spans and all(a in story.article_ids for a, _s, _e in warned.spans)
        norland = warned.actor_key
    runner = CliRunner()
    wide = {"COLUMNS": "200"}
    listed = runner.invoke(app, ["actions", "--story", story.id[:6], "--db", str(border)], env=wide).output
    assert "warn or threaten" in listed and "Norland" in listed and "Estavia" in listed
    records = json.loads(
        runner.invoke(app, ["actions", "--story", story.id, "--db", str(border), "--json"]).output
    )
    assert {"actor", "action", "target", "date", "article_ids"} <= set(records[0])
    position = runner.invoke(app, ["actor", norland[:8], "--db", str(border)], env=wide).output
    assert "warn or threaten Estavia" in position
    data = json.loads(runner.invoke(app, ["actor", norland[:8], "--db", str(border), "--json"]).output)
    assert data["entity"]["name"] == "Norland" and data["stories"][0]["actions"]
    assert any(a["action"] == "warn or threaten" for a in exported["actions"])
    missing = runner.invoke(app, ["actor", "nosuchentity", "--db", str(border)])
    assert missing.exit_code == 1 and "nosuchentity" in missing.output


def test_positions_gather_each_party_and_show_in_the_command_and_export(border: Path) -> None:
    runner = CliRunner()
    wide = {"COLUMNS": "200"}
    with Database(border) as db:
        (story,) = list_stories(db)
        exported = export_data(db)["stories"][0]
    shown = runner.invoke(app, ["positions", "--story", story.id[:6], "--db", str(border)], env=wide).output
    # "Estavia's government" acts for Estavia: one party, two names.
    assert "Estavia  2 origins" in shown and "as: Estavia's government" in shown
    assert "Norland: warn or threaten Estavia" in shown
    parties = {p["party"]: p for p in exported["positions"]}
    assert set(parties) == {"Estavia", "Norland"}
    assert parties["Estavia"]["members"] == ["Estavia", "Estavia's government"]
    action_ids = {a["id"] for a in exported["actions"]}
    assert all(set(p["action_ids"]) <= action_ids and p["origin_count"] == 2 for p in parties.values())
    labelled = {s["party"] for s in exported["brief"] if s["role"] == "said"}
    assert labelled and labelled <= {"Estavia", "Norland"}
    records = json.loads(
        runner.invoke(
            app, ["positions", "--story", story.id, "--db", str(border), "--json", "--top", "1"]
        ).output
    )
    assert len(records) == 1 and records[0]["actions"] and "quotes" in records[0]
    missing = runner.invoke(app, ["positions", "--story", "nosuchstory", "--db", str(border)])
    assert missing.exit_code == 1 and "nosuchstory" in missing.output
