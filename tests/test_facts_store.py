"""The facts-and-time stage in the pipeline: records stored per article and read back typed, a story's
agreement, conflicts and timeline from the store, the ``facts``, ``conflicts`` and ``timeline`` commands, and
the export."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import article_folder, model_or_skip
from storyline.brief import Brief, BriefSentence, check_brief
from storyline.cli import app
from storyline.export import export_data
from storyline.extract import FACTS_STAGE, FACTS_VERSION, anchor_of
from storyline.ingest import ingest
from storyline.pipeline import analyse
from storyline.records import Article, TimeExpression
from storyline.store import Database
from storyline.store.items import article_items, decode, encode, story_fact_groups, story_timeline
from storyline.store.quotes import pending_article_ids
from storyline.store.stories import list_stories
from storyline.timeline import DatedEvent


def test_records_survive_the_round_trip_with_their_types() -> None:
    timex = TimeExpression("a", 3, 9, "Monday", "DATE", "2024-03-04", "day", True, "2024-03-06")
    event = DatedEvent(
        "e1", "a", 0, 20, "the port reopened", 9, 17, "reopen", "event", 0, 30, 0, 30, 21, 27, "Monday",
        "2024-03-04", "day", True, (date(2024, 3, 4), date(2024, 3, 4)), "on", ("Porto Vale",), ("m1",),
    )  # fmt: skip
    assert decode(TimeExpression, encode([timex])) == [timex]
    (back,) = decode(DatedEvent, encode([event]))
    assert back == event and isinstance(back.interval, tuple) and isinstance(back.interval[0], date)
    assert decode(TimeExpression, encode([])) == []


def test_relative_dates_resolve_only_against_a_stated_day() -> None:
    def article(published: str | None, precision: str | None) -> Article:
        return Article(
            "a",
            "a",
            "text",
            None,
            "x",
            published=published,
            published_precision=precision,  # type: ignore[arg-type]
        )

    assert anchor_of(article("2024-03-06T10:00:00", "minute")) == "2024-03-06"
    assert anchor_of(article("2024-03-06", "day")) == "2024-03-06"
    assert anchor_of(article("2024-03", "month")) is None
    assert anchor_of(article(None, None)) is None


FIRST = """Title: Storm floods Porto Vale harbour
Date: 2024-03-06

The storm that hit Porto Vale on Monday flooded the harbour and the old town.

About 1,200 people were evacuated from the harbour district, the mayor's office said.

The harbour will reopen on Friday, port director Karl Brandt said.
"""

SECOND = """Title: Porto Vale counts the cost of the storm
Date: 2024-03-06

Rescue teams in Porto Vale spent the night pumping water out of cellars along the quay, where the sea
wall gave way on Monday under waves of more than six metres.

Local police said 3,500 people had been evacuated from the harbour district and housed in schools.

Fishermen expect months of repairs before the fleet can sail again.
"""


@pytest.fixture
def storm(tmp_path: Path) -> Path:
    return article_folder(tmp_path, FIRST, SECOND)


def test_the_stage_stores_its_records_and_the_story_views_read_them(storm: Path, db: Database) -> None:
    ingest(db, [str(storm)])
    analyse(db)
    (story,) = list_stories(db)
    assert pending_article_ids(db, FACTS_STAGE, FACTS_VERSION) == []
    timexes = article_items(db, "timexes", story.article_ids)
    assert any(
        t.value == "2024-03-04" for ts in timexes.values() for t in ts
    )  # "on Monday", read on Wednesday
    groups = story_fact_groups(db, story)
    evacuated = next(g for g in groups if "people" in g.subject)
    assert evacuated.status == "conflict" and {v.value for v in evacuated.values} == {"about 1,200", "3,500"}
    entries, _left = story_timeline(db, story)
    monday = [e for e in entries if e.date == "2024-03-04"]
    # Each article's "on Monday", read on Wednesday 6 March, is 4 March.
    assert {a for e in monday for a in e.article_ids} == set(story.article_ids)
    article = db.get_article(story.article_ids[0])
    db.update_clean_text(article.id, article.text.replace("Monday", "Tuesday"), ())
    assert article_items(db, "timexes", [article.id]) == {}
    analyse(db)
    assert any(t.value == "2024-03-05" for t in article_items(db, "timexes", [article.id])[article.id])


def test_commands_and_export(storm: Path, tmp_path: Path, cli: Callable[..., object]) -> None:
    path = tmp_path / "f.db"
    cli("ingest", storm, "--db", path, "--no-embeddings")
    with Database(path) as db:
        (story,) = list_stories(db)
        exported = export_data(db)["stories"][0]
    runner = CliRunner()
    wide = {"COLUMNS": "200"}
    facts = runner.invoke(app, ["facts", "--story", story.id[:6], "--db", str(path)], env=wide).output
    assert "conflict" in facts and "3,500" in facts and "about 1,200" in facts
    conflicts = runner.invoke(app, ["conflicts", "--db", str(path)], env=wide).output
    assert "1 conflicts" in conflicts
    listed = json.loads(runner.invoke(app, ["conflicts", "--db", str(path), "--json"]).output)
    assert listed[0]["story_id"] == story.id and len(listed[0]["values"]) == 2
    timeline = runner.invoke(app, ["timeline", "--story", story.id[:6], "--db", str(path)], env=wide).output
    assert "2024-03-04" in timeline and "2024-03-08" in timeline  # Monday, and Friday of that week
    assert {"subject", "value", "unit", "article_ids", "status"} <= set(exported["facts"][0])
    assert exported["conflicts"] and {"subject", "values"} <= set(exported["conflicts"][0])
    assert exported["timeline"] and {"date", "text", "article_ids"} <= set(exported["timeline"][0])
    missing = cli("timeline", "--story", "nosuchstory", "--db", path)
    assert missing.exit_code == 1  # type: ignore[attr-defined]
    assert "nosuchstory" in missing.output  # type: ignore[attr-defined]


def test_brief_command_markdown_json_and_export(
    storm: Path, tmp_path: Path, cli: Callable[..., object]
) -> None:
    path = tmp_path / "b.db"
    cli("ingest", storm, "--db", path, "--no-embeddings")
    runner = CliRunner()
    shown = runner.invoke(app, ["brief", "--db", str(path)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "Sources:" in shown.output and "warning" not in shown.output
    markdown = runner.invoke(app, ["brief", "--db", str(path), "--markdown"]).output
    assert markdown.startswith("# ") and "[1]" in markdown.replace("\\", "")
    (record,) = json.loads(runner.invoke(app, ["brief", "--db", str(path), "--json"]).output)
    assert record["problems"] == [] and record["brief"]
    with Database(path) as db:
        exported = export_data(db)["stories"][0]
        texts = {a: db.get_article(a).text for a in exported["article_ids"]}
    assert exported["brief_headline"]["text"]
    for sentence in exported["brief"]:
        assert {"text", "article_ids"} <= set(sentence)
        # Every sentence of the brief is word for word in each article it cites, at the offsets given.
        for source in sentence["sources"]:
            assert source["article_id"] in sentence["article_ids"]
        first = sentence["sources"][0]
        assert texts[first["article_id"]][first["start"] : first["end"]] == sentence["text"]
    missing = cli("brief", "nosuchstory", "--db", path)
    assert missing.exit_code == 1 and "nosuchstory" in missing.output  # type: ignore[attr-defined]


def test_an_article_too_long_to_parse_is_named_and_blocks_nothing(
    tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = article_folder(tmp_path, FIRST, SECOND + "\n" + "The sea wall held for a while. " * 40)
    monkeypatch.setattr(model_or_skip(), "max_length", 1000)
    ingest(db, [str(folder)])
    report = analyse(db)
    assert any("b.txt" in n and "over the parser's limit" in n for n in report.notes)
    assert pending_article_ids(db, FACTS_STAGE, FACTS_VERSION) == []
    (story,) = list_stories(db)
    facts = article_items(db, "facts", story.article_ids)
    assert len(facts) == 2 and sum(len(f) for f in facts.values()) > 0  # the short article was not held up


def test_an_unreadable_stored_row_is_extracted_again(storm: Path, db: Database) -> None:
    ingest(db, [str(storm)])
    analyse(db)
    (story,) = list_stories(db)
    damaged = story.article_ids[0]
    with db.transaction() as conn:
        conn.execute(
            "UPDATE article_items SET data = '[{\"x\": 1' WHERE article_id = ? AND kind = 'facts'", (damaged,)
        )
    assert damaged not in article_items(db, "facts", [damaged])
    assert pending_article_ids(db, FACTS_STAGE, FACTS_VERSION) == [damaged]
    analyse(db)
    assert article_items(db, "facts", [damaged])[damaged]


def test_check_brief_flags_a_source_that_does_not_carry_the_sentence() -> None:
    said = "Officials said 5 people died last week."
    other = "Officials said 7 people died last week."
    articles = {
        "a": Article("a", "a", "text", "T", said),
        "b": Article("b", "b", "text", "T", other),
    }
    sentence = BriefSentence(said, ("a", "b"), 2, "lead", (("a", 0, len(said)), ("b", 0, len(other))))
    problems = check_brief(Brief("s", "T", "a", (sentence,)), articles)
    assert any("its source in b does not carry it" in p for p in problems)
