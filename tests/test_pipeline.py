"""The analysis run over a database: batch then incremental, stable ids, redirects, export and the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO
from storyline.brief import check_brief
from storyline.cluster import story_id_for
from storyline.entities import nlp_model
from storyline.errors import NotFound
from storyline.export import export_data
from storyline.ingest import ingest
from storyline.pipeline import analyse
from storyline.store import Database
from storyline.store.briefs import story_articles, story_brief
from storyline.store.stories import (
    assignments,
    derivations,
    get_story,
    list_stories,
    resolve_story_id,
    story_origins,
)

DEMO = REPO / "demo"
SEEDS = REPO.parent / "shared" / "seeds"
DEMO_INPUTS = [str(DEMO / "articles"), str(DEMO / "feeds"), str(DEMO / "archive")]


def stories_by_article(db: Database) -> dict[str, str]:
    return {s.article_id: s.story_id for s in assignments(db)}


def test_first_run_is_a_batch_and_a_second_has_nothing_to_do(db: Database) -> None:
    ingest(db, DEMO_INPUTS)
    first = analyse(db)
    assert first.mode == "batch" and first.analysed == db.count_articles() > 0
    assert len(list_stories(db)) == 4
    again = analyse(db)
    assert again.mode == "incremental" and again.analysed == 0


def test_incremental_runs_place_new_articles_in_existing_stories(db: Database) -> None:
    ingest(db, [str(DEMO / "articles")])
    analyse(db)
    before = stories_by_article(db)
    ingest(db, [str(DEMO / "feeds"), str(DEMO / "archive")])
    report = analyse(db)
    assert report.mode == "incremental" and report.analysed > 0
    after = stories_by_article(db)
    # Articles already placed keep their story id (or a redirect to it): ids are stable.
    assert all(resolve_story_id(db, before[a]) == after[a] for a in before)
    assert len(list_stories(db)) == 4
    # Derivations found by the incremental run are stored beside the first run's.
    assert len(derivations(db)) > 0


def test_rebuild_keeps_the_ids_of_the_stories_it_continues(db: Database) -> None:
    ingest(db, DEMO_INPUTS)
    analyse(db)
    ids = {s.id for s in list_stories(db)}
    report = analyse(db, rebuild=True)
    assert report.mode == "batch"
    assert {s.id for s in list_stories(db)} == ids


def test_a_merged_story_id_redirects(db: Database) -> None:
    ingest(db, DEMO_INPUTS)
    analyse(db)
    story = next(s for s in list_stories(db) if s.article_count > 2)
    with db.transaction() as conn:
        # Pretend an earlier run had split the story: one article under an id of its own.
        moved = story.article_ids[-1]
        conn.execute("INSERT INTO stories VALUES ('0ld5p1it', 'old', NULL, NULL, 'x')")
        conn.execute("UPDATE story_articles SET story_id = '0ld5p1it' WHERE article_id = ?", (moved,))
    analyse(db, rebuild=True)
    assert resolve_story_id(db, "0ld5p1it") == story.id
    assert get_story(db, "0ld5p1it").id == story.id


def test_unknown_and_ambiguous_story_ids_are_one_line_errors(db: Database) -> None:
    ingest(db, DEMO_INPUTS)
    analyse(db)
    with pytest.raises(NotFound, match="nosuchstory"):
        get_story(db, "nosuchstory")
    with pytest.raises(NotFound):
        get_story(db, "")


def test_export_carries_stories_with_derivations_and_origins(db: Database) -> None:
    ingest(db, DEMO_INPUTS)
    analyse(db)
    data = export_data(db)
    assert len(data["stories"]) == 4
    article_ids = {a["id"] for a in data["articles"]}
    for story in data["stories"]:
        assert set(story) >= {"id", "title", "article_ids", "derivations", "origins", "entities", "quotes"}
        assert set(story["article_ids"]) <= article_ids
        in_origins = [a for o in story["origins"] for a in o["article_ids"]]
        assert sorted(in_origins) == sorted(story["article_ids"])
        assert story["origin_count"] == len(story["origins"]) <= story["article_count"]
        for d in story["derivations"]:
            assert {"from", "to", "kind", "score"} <= set(d)
            assert d["from"] in story["article_ids"] and d["to"] in story["article_ids"]
    trade = next(s for s in data["stories"] if "steel" in s["title"].lower())
    reuters = [o for o in trade["origins"] if o["credited_to"] == "Reuters"]
    assert len(reuters) == 1 and len(reuters[0]["article_ids"]) >= 3


def test_a_cleaned_text_is_analysed_again(db: Database) -> None:
    ingest(db, DEMO_INPUTS)
    analyse(db)
    story = list_stories(db)[0]
    article = db.get_article(story.article_ids[0])
    db.update_clean_text(article.id, article.text + "\n\nA new last line.", article.removed)
    assert article.id not in stories_by_article(db)
    report = analyse(db)
    assert report.analysed == 1 and stories_by_article(db)[article.id] == story.id


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not found")
def test_seeds_are_one_story_of_five_with_shared_quotes_and_several_origins(db: Database) -> None:
    ingest(db, [str(SEEDS)])
    analyse(db)
    (story,) = list_stories(db)
    assert story.article_count == 5
    assert 1 < story.origin_count <= 5
    assert len(story_origins(db, story)) == story.origin_count
    shared = [d for d in derivations(db) if d.kind == "shared-quotes"]
    assert shared and all(p.match == "quote" for d in shared for p in d.evidence)
    texts = {db.get_article(d.to_id).text[p.to_start : p.to_end] for d in shared for p in d.evidence}
    assert any(len(t.split()) >= 6 for t in texts)


def test_cli_stories_story_and_analyse(cli: Callable[..., object], tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    result = cli("ingest", *DEMO_INPUTS, "--db", path, "--no-fetch")
    assert "analysed" in result.output  # type: ignore[attr-defined]
    listed = cli("stories", "--db", path)
    assert "4 stories" in listed.output  # type: ignore[attr-defined]
    records = json.loads(cli("stories", "--db", path, "--json").output)  # type: ignore[attr-defined]
    trade = next(r for r in records if "steel" in r["title"].lower())
    shown = cli("story", trade["id"][:6], "--db", path)
    out = shown.output  # type: ignore[attr-defined]
    assert "origin 1" in out and "credited to Reuters" in out and "rewrite of" in out
    assert "passages carried by independent origins" in out
    again = cli("analyse", "--db", path)
    assert "analysed 0 of" in again.output  # type: ignore[attr-defined]
    missing = cli("story", "zzzz", "--db", path)
    assert missing.exit_code == 1  # type: ignore[attr-defined]
    assert missing.output.strip().count("\n") == 0 and "zzzz" in missing.output  # type: ignore[attr-defined]


def test_story_output_escapes_article_text(
    cli: Callable[..., object], write: Callable[..., Path], tmp_path: Path
) -> None:
    body = (
        "title: [bold red]Harbour[/] strike \x1b[31m spreads\n\n"
        "Dock workers at the Port of Elsmere walked out on Monday over pay, the union said. "
        "The strike at Elsmere halted container traffic, port officials said."
    )
    path = tmp_path / "e.db"
    cli("ingest", write("strike.txt", body), "--db", path, "--no-embeddings")
    records = json.loads(cli("stories", "--db", path, "--json").output)  # type: ignore[attr-defined]
    out = cli("story", records[0]["id"], "--db", path).output  # type: ignore[attr-defined]
    assert "[bold red]Harbour[/]" in out and "\x1b" not in out


# -- entities through the analysis run ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not found")
    database = Database(tmp_path_factory.mktemp("seeds") / "seeds.db")
    ingest(database, [str(SEEDS)])
    analyse(database)
    return database


def test_analysis_parses_new_articles_once_and_resolves_entities(seeds_db: Database) -> None:
    from storyline.extract import NAMES_STAGE, NAMES_VERSION
    from storyline.store.entities import list_entities, unparsed_article_ids

    assert unparsed_article_ids(seeds_db, NAMES_STAGE, NAMES_VERSION) == []
    people = list_entities(seeds_db, kind="PERSON")
    assert people and all(e.article_ids for e in people)
    assert not any(e.name in ("Mali", "France", "Russia", "Bamako") for e in people)
    again = analyse(seeds_db)
    assert again.parsed == 0 and again.entities == len(list_entities(seeds_db))


def test_entities_and_entity_commands_show_variants_and_why(
    seeds_db: Database, cli: Callable[..., object]
) -> None:
    path = seeds_db.path
    (story,) = list_stories(seeds_db)
    records = json.loads(
        cli("entities", "--db", path, "--story", story.id[:6], "--json", "--limit", "500").output
    )  # type: ignore[attr-defined]
    maiga = [r for r in records if "Maiga" in r["name"] or any("Maiga" in a for a in r["aliases"])]
    assert len(maiga) == 1, maiga
    names = {maiga[0]["name"], *maiga[0]["aliases"]}
    assert any("Choguel" in n for n in names) and any("Shogel" in n for n in names)
    assert maiga[0]["merged"] and story.id in maiga[0]["story_ids"]
    shown = cli("entity", maiga[0]["id"][:8], "--db", path).output  # type: ignore[attr-defined]
    assert "why these names are one entity" in shown and "mentions" in shown
    places = json.loads(cli("entities", "--db", path, "--type", "gpe", "--json").output)  # type: ignore[attr-defined]
    assert places and all(r["type"] == "GPE" for r in places)
    assert any(r["coordinates"] for r in places)
    missing = cli("entity", "nope", "--db", path)
    assert missing.exit_code == 1 and "nope" in missing.output  # type: ignore[attr-defined]


def test_export_carries_each_storys_entities(seeds_db: Database) -> None:
    (story,) = export_data(seeds_db)["stories"]
    assert story["entities"]
    for e in story["entities"]:
        assert {"id", "name", "type", "aliases", "article_ids"} <= set(e)
        assert set(e["article_ids"]) & set(story["article_ids"])


def test_incremental_runs_relate_new_articles_to_those_near_in_time() -> None:
    from storyline.pipeline import _near_in_time
    from storyline.records import Article

    def a(name: str, published: str | None) -> Article:
        return Article(id=name, source=name, format="text", title=None, text=name, published=published)

    stored = [a("old", "2020-01-05"), a("near", "2025-02-20"), a("undated", None), a("month", "2025-03")]
    fresh = [a("new", "2025-03-01")]
    assert [x.id for x in _near_in_time(fresh, stored, 60)] == ["near", "undated", "month"]
    assert len(_near_in_time(fresh, stored, None)) == 4
    assert len(_near_in_time([a("new", None)], stored, 60)) == 4


# -- review cases: ids that must not collide, work that must not be lost -------------------------------------


def test_a_founding_article_that_leaves_its_story_founds_one_with_a_new_id(db: Database) -> None:
    ingest(db, DEMO_INPUTS)
    analyse(db, entities=False)
    story = max(list_stories(db), key=lambda s: s.article_count)
    # The article whose id the story carries: rewritten into something else entirely, it must leave the
    # story, and the story it founds must not take the id the old story still holds.
    founder = next(a for a in story.article_ids if story_id_for(a) == story.id)
    text = "Astronomers in Quito catalogued a faint comet, Okumura 7, on a cloudless night. " * 3
    db.update_clean_text(founder, text, db.get_article(founder).removed)
    analyse(db, entities=False)
    after = list_stories(db)
    assert len({s.id for s in after}) == len(after)
    kept = get_story(db, story.id)
    assert founder not in kept.article_ids and kept.article_count == story.article_count - 1
    moved = next(s for s in after if founder in s.article_ids)
    assert moved.id != story.id


def test_stable_ids_never_give_two_stories_one_id() -> None:
    from storyline.stories import stable_ids

    # The old story X continues as Y (most of its articles); the new story that kept the id X (its
    # founding article alone) must not also be called X.
    final, _ = stable_ids({"a": "X", "b": "X", "c": "X"}, {"X": ["a"], "Y": ["b", "c"]})
    assert final["Y"] == "X" and final["X"] != "X"
    assert len(set(final.values())) == 2


def test_mentions_left_unresolved_by_an_interrupted_run_are_resolved_next_time(db: Database) -> None:
    ingest(db, [str(DEMO / "articles" / "trade-quayside.txt")])
    analyse(db)
    with db.transaction() as conn:
        conn.execute("UPDATE mentions SET entity_id = NULL")
        conn.execute("DELETE FROM entities")
    report = analyse(db)
    assert report.analysed == 0 and report.entities > 0
    assert db.conn.execute("SELECT COUNT(*) FROM mentions WHERE entity_id IS NULL").fetchone()[0] == 0


def test_cleaning_the_only_article_of_a_story_removes_the_story_until_it_is_placed_again(
    db: Database,
) -> None:
    ingest(db, [str(DEMO / "articles" / "trade-quayside.txt")])
    analyse(db, entities=False)
    (story,) = list_stories(db)
    article = db.get_article(story.article_ids[0])
    db.update_clean_text(article.id, article.text + "\n\nOne more line.", article.removed)
    assert list_stories(db) == []
    analyse(db, entities=False)
    (again,) = list_stories(db)
    assert again.id == story.id and again.article_ids == story.article_ids


# -- a follower keeps its indexes between runs -------------------------------------------------------------


def test_a_follower_places_each_new_article_without_restoring(db: Database) -> None:
    from storyline.pipeline import Follower

    ingest(db, [str(DEMO / "articles")])
    analyse(db, entities=False)
    follower = Follower(db)
    before = {s.id for s in list_stories(db)}
    assert follower.run().analysed == 0
    ingest(db, [str(DEMO / "feeds")])
    report = follower.run()
    assert report.analysed > 0 and set(stories_by_article(db)) == {a.id for a in db.iter_articles()}
    ingest(db, [str(DEMO / "archive")])
    assert follower.run().analysed > 0
    after = list_stories(db)
    assert len(after) == 4 and {s.id for s in after} <= before | {s.id for s in after}
    # The same database analysed in one go from scratch gives the same stories.
    grouped = {frozenset(s.article_ids) for s in after}
    analyse(db, rebuild=True, entities=False)
    assert {frozenset(s.article_ids) for s in list_stories(db)} == grouped


def test_a_follower_notices_an_article_whose_text_changed(db: Database) -> None:
    from storyline.pipeline import Follower

    ingest(db, DEMO_INPUTS)
    analyse(db, entities=False)
    follower = Follower(db)
    article = db.get_article(list_stories(db)[0].article_ids[0])
    db.update_clean_text(article.id, article.text + "\n\nA late correction.", article.removed)
    assert follower.run().analysed == 1
    assert article.id in stories_by_article(db)


def test_watch_polls_ingests_and_places(cli: Callable[..., object], tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    result = cli(
        "watch",
        DEMO / "articles",
        "--db",
        path,
        "--polls",
        "2",
        "--interval",
        "0",
        "--no-fetch",
        "--no-embeddings",
        "--no-entities",
    )
    out = result.output  # type: ignore[attr-defined]
    assert result.exit_code == 0, out  # type: ignore[attr-defined]
    lines = [ln for ln in out.splitlines() if " ingested " in ln]
    assert len(lines) == 2
    assert "ingested 0," in lines[1] and "placed 0" in lines[1]


@pytest.mark.slow
def test_every_demo_brief_is_sound(db: Database) -> None:
    """Every sentence of every demo story's brief is in each article it cites, where it says (check_brief)."""
    try:
        nlp_model()
    except Exception as exc:  # the model package is missing on this machine
        pytest.skip(str(exc))
    ingest(db, DEMO_INPUTS)
    analyse(db)
    stories = list_stories(db)
    assert len(stories) == 4
    for story in stories:
        brief = story_brief(db, story)
        assert brief.sentences and check_brief(brief, story_articles(db, story)) == [], story.title
