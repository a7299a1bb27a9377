"""The SQLite store: named migrations, atomic articles, full-text search, id prefixes, one-line errors."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from conftest import BODY, paragraphs
from storyline import clean
from storyline.errors import MigrationError, NotFound, StoreError
from storyline.ingest import build_article
from storyline.records import Article, Failure, RawDocument, RemovedLine
from storyline.store import Database, migration_names


def make(title: str, text: str, source: str = "mem.txt") -> Article:
    return build_article(RawDocument(source, "text", f"{title}\n\n{text}"))


def with_id(article: Article, new_id: str) -> Article:
    return replace(article, id=new_id, body_hash=new_id)


# -- migrations --------------------------------------------------------------------------------------------


def test_migrations_are_recorded_by_name(db):
    names = migration_names()
    assert names and names == sorted(names)
    assert db.applied_migrations() == names
    rows = db.conn.execute("SELECT name, applied_at FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == names and all(r[1] for r in rows)


def test_migrations_are_idempotent(tmp_path):
    path = tmp_path / "m.db"
    with Database(path) as first:
        first.add_article(make("Orrin votes", paragraphs("Orrin")))
    with Database(path) as second:
        assert second.migrate() == []
        assert second.applied_migrations() == migration_names()
        assert second.count_articles() == 1


def test_wal_mode_and_fts_table(db):
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "articles_fts", "article_sources", "schema_migrations"} <= tables


def test_a_database_from_a_newer_version_is_refused_in_one_line(tmp_path):
    path = tmp_path / "newer.db"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', '2030-01-01T00:00:00')")
    conn.commit()
    conn.close()
    with pytest.raises(MigrationError) as caught:
        Database(path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message and "9999_from_the_future" in message and "newer" in message


def test_a_file_that_is_not_a_database_is_a_one_line_store_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database, just some notes\n" * 200)
    with pytest.raises(StoreError) as caught:
        Database(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_cli_reports_a_newer_database_without_traceback(tmp_path, cli):
    path = tmp_path / "newer.db"
    Database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', '2030-01-01')")
    result = cli("articles", "--db", path)
    assert result.exit_code == 1
    assert "9999_from_the_future" in result.output
    assert "Traceback" not in result.output


# -- articles ----------------------------------------------------------------------------------------------


def test_add_and_read_back_every_field(db):
    article = replace(
        make("Orrin votes", paragraphs("Orrin")),
        url="https://x.example/a",
        outlet="Valley Wire",
        outlet_source="container",
        byline="Ana Ruiz",
        published="2021-09-14",
        published_precision="day",
        published_source="header",
        wire_credits=("AFP", "AP"),
        language="en",
        encoding="cp1252",
        removed=(RemovedLine("Share this", "navigation", 1),),
    )
    assert db.add_article(article) is None
    assert db.get_article(article.id) == article
    assert db.article_sources(article.id) == ["mem.txt"]


def test_the_same_article_twice_is_stored_once(db):
    article = make("Orrin votes", paragraphs("Orrin"))
    assert db.add_article(article) is None
    again = replace(article, source="other.txt")
    assert db.add_article(again) == article.id
    assert db.count_articles() == 1
    assert db.article_sources(article.id) == ["mem.txt", "other.txt"]


def test_the_same_body_under_other_short_lines_is_a_duplicate(db):
    first = make("Orrin votes", paragraphs("Orrin", 4))
    second = make(
        "Orrin votes", "Updated at noon\n\n" + paragraphs("Orrin", 4) + "\n\nMore soon", source="b.txt"
    )
    assert first.id != second.id
    db.add_article(first)
    assert db.add_article(second) == first.id


def test_a_failed_write_leaves_nothing_behind(db, monkeypatch):
    article = make("Orrin votes", paragraphs("Orrin"))
    db.conn.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON article_sources BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    with pytest.raises(StoreError) as caught:
        db.add_article(article)
    assert "\n" not in str(caught.value) and "mem.txt" in str(caught.value)
    assert db.count_articles() == 0
    assert db.conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == 0
    assert not db.conn.in_transaction


def test_update_clean_text_keeps_the_id_and_reindexes(db):
    article = make("Orrin votes", paragraphs("Orrin") + "\n\nHarbour Media footer line")
    db.add_article(article)
    db.update_clean_text(
        article.id, paragraphs("Orrin"), (RemovedLine("Harbour Media footer line", "repeated", 4),)
    )
    stored = db.get_article(article.id)
    assert stored.text == paragraphs("Orrin")
    assert stored.removed[-1].reason == "repeated"
    assert db.search("Harbour Media") == []
    assert [a.id for a, _ in db.search("Orrin budget")] == [article.id]


# -- id prefixes ---------------------------------------------------------------------------------------------


@pytest.fixture
def twins(db):
    a = with_id(make("Orrin votes", paragraphs("Orrin")), "abc123" + "0" * 14)
    b = with_id(make("Hale votes", paragraphs("Hale")), "abc456" + "0" * 14)
    c = with_id(make("Tarn votes", paragraphs("Tarn")), "d_e%f0" + "0" * 14)
    for article in (a, b, c):
        assert db.add_article(article) is None
    return a, b, c


def test_get_article_by_full_id_and_unique_prefix(db, twins):
    a, b, c = twins
    assert db.get_article(a.id).title == "Orrin votes"
    assert db.get_article("abc1").id == a.id
    assert db.get_article("abc45").id == b.id
    assert db.get_article("d_e%").id == c.id


@pytest.mark.parametrize("prefix", ["abc", "a", "", "zzz", "abc1234", "%", "_", "d%", "a_c"])
def test_ambiguous_or_unknown_prefix_is_not_found(db, twins, prefix):
    with pytest.raises(NotFound) as caught:
        db.get_article(prefix)
    assert "\n" not in str(caught.value)
    assert repr(prefix) in str(caught.value)
    # the id is quoted as asked, the reason after it ("no article with id 'abc' (ambiguous prefix: ...)")
    assert str(caught.value).startswith(f"no article with id {prefix!r}")
    assert ("ambiguous prefix" in str(caught.value)) == (prefix in ("abc", "a"))


# -- search --------------------------------------------------------------------------------------------------


@pytest.fixture
def library(db):
    articles = {
        "wall": make("Breakwater to be rebuilt", BODY),
        "orrin": make("Orrin votes on roads", paragraphs("Orrin")),
        "café": make(
            "Le café de la gare ferme",
            "Le café de la gare a fermé ses portes à Orrin après trente "
            "années, déclare Hélène Müller, qui le tenait depuis 1992 avec son frère.",
        ),
    }
    for article in articles.values():
        db.add_article(article)
    return articles


def ids(hits):
    return [a.id for a, _ in hits]


def test_search_by_title_and_by_text(db, library):
    assert ids(db.search("Breakwater")) == [library["wall"].id]
    assert ids(db.search("ferry services")) == [library["wall"].id]
    assert set(ids(db.search("Orrin"))) == {library["orrin"].id, library["café"].id}
    assert ids(db.search("orrin roads")) == [library["orrin"].id]


def test_search_ignores_case_and_accents(db, library):
    assert ids(db.search("HELENE MULLER")) == [library["café"].id]
    assert ids(db.search("cafe")) == [library["café"].id]


def test_search_snippet_marks_the_match(db, library):
    (hit,) = db.search("fishermen")
    assert "[Fishermen]" in hit[1] or "[fishermen]" in hit[1]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"ferry',
        'ferry"',
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "ferry AND",
        "AND ferry",
        "*",
        "ferry*",
        "(ferry",
        "ferry)",
        "()",
        "title:ferry",
        "ferry -services",
        "^ferry",
        "'; DROP TABLE articles; --",
        "{ferry}",
        "ferry + services",
        "NEAR(ferry services)",
        "\\",
        "%",
        "_",
        "\x00",
        "ferry\nservices",
        "   ",
        "",
    ],
)
def test_search_treats_any_user_text_as_plain_words(db, library, query):
    hits = db.search(query)  # never raises
    assert all(isinstance(a, Article) for a, _ in hits)
    assert db.count_articles() == 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"ferry services"', ["wall"]),
        ("(ferry)", ["wall"]),
        ("ferry*", ["wall"]),
        ("title:breakwater", []),
        ("ferry:services", ["wall"]),
        ("ferry AND services", ["wall"]),
        ("ferry OR nothing", []),
        ("NOT ferry", []),
    ],
)
def test_search_operators_are_words_not_syntax(db, library, query, expected):
    assert ids(db.search(query)) == [library[k].id for k in expected]


def test_search_limit(db):
    for place in ("Orrin", "Hale", "Tarn", "Brae", "Lune"):
        db.add_article(make(f"{place} votes", paragraphs(place)))
    assert len(db.search("council", limit=3)) == 3
    assert len(db.search("council")) == 5


# -- runs ----------------------------------------------------------------------------------------------------


def test_runs_record_their_failures(db):
    run = db.start_run()
    db.record_failure(run, Failure("a.txt", "empty file"))
    db.finish_run(run, 2, 1, 1)
    assert db.failures() == [Failure("a.txt", "empty file")]
    later = db.start_run()
    db.finish_run(later, 0, 0, 0)
    assert db.failures() == []
    assert db.failures(run) == [Failure("a.txt", "empty file")]
    row = db.conn.execute(
        "SELECT ingested, duplicates, failed, finished_at FROM ingest_runs WHERE id = ?", (run,)
    )
    assert tuple(row.fetchone())[:3] == (2, 1, 1)


def test_content_hash_ids_are_stable():
    article = make("Orrin votes", paragraphs("Orrin"))
    assert article.id == clean.content_hash(article.text)
    assert len(article.id) == 20
    assert make("Orrin votes", paragraphs("Orrin")).id == article.id


def test_a_database_in_a_missing_folder_is_a_one_line_store_error(tmp_path, cli):
    path = tmp_path / "no" / "such" / "folder" / "s.db"
    with pytest.raises(StoreError) as caught:
        Database(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    result = cli("articles", "--db", path)
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_an_older_database_gets_the_migrations_it_lacks(tmp_path, monkeypatch):
    import storyline.store as store

    names = migration_names()
    assert len(names) >= 2
    path = tmp_path / "old.db"
    monkeypatch.setattr(store, "migration_names", lambda: names[:1])
    with Database(path) as old:
        assert old.applied_migrations() == names[:1]
        old.add_article(make("Orrin votes", paragraphs("Orrin")))
    monkeypatch.undo()
    with Database(path) as upgraded:
        assert upgraded.applied_migrations() == names
        assert upgraded.count_articles() == 1
        assert upgraded.migrate() == []
