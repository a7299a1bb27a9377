"""The shared seed articles: what each text states about itself is read, and nothing it does not state.

The seeds live outside the repository (``../shared/seeds``); these tests are skipped when it is absent.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from storyline.ingest import ingest
from storyline.records import Article
from storyline.store import Database

SEEDS = REPO.parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"seed folder {SEEDS} not found (it lives beside the repo)"
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, dict[str, Article], object]:
    db = Database(tmp_path_factory.mktemp("seeds") / "seeds.db")
    report = ingest(db, [str(SEEDS)])
    by_number = {}
    for article in db.iter_articles():
        number = (article.source_path or "").rsplit("/", 1)[-1][:3]
        by_number[number] = article
    yield db, by_number, report
    db.close()


def test_the_seed_folder_stores_five_articles(seeded):
    _, articles, report = seeded
    assert report.ok, report.failures
    assert len(report.ingested) == 5
    assert sorted(articles) == ["000", "001", "002", "003", "004"]
    assert all(a.text.strip() and a.title for a in articles.values())


def test_a_second_ingest_stores_none_and_reports_five_duplicates(seeded):
    db, _, _ = seeded
    again = ingest(db, [str(SEEDS)])
    assert again.ingested == ()
    assert len(again.duplicates) == 5
    assert again.ok
    assert db.count_articles() == 5


def test_000_date_from_its_header(seeded):
    a = seeded[1]["000"]
    assert (a.published, a.published_precision, a.published_source) == ("2021-09-21", "day", "header")
    assert a.title is not None and a.title.startswith("Mali is being warned")
    assert not a.text.lstrip().lower().startswith("date")


def test_002_states_date_byline_credit_outlet_and_url(seeded):
    a = seeded[1]["002"]
    assert a.published == "2021-09-14"
    assert a.published_precision == "day"
    assert a.byline == "Daphné Benoit"
    assert a.wire_credits == ("AFP",)
    assert a.outlet == "themoscowtimes.com"
    assert a.url is not None and a.url.startswith("https://www.themoscowtimes.com/2021/09/14/")
    assert a.title == "Mali Junta in Talks for Russian Mercenaries – French Sources"


def test_004_outlet_from_its_dateline(seeded):
    a = seeded[1]["004"]
    assert a.outlet == "The Southern African Times"
    assert a.outlet_source == "dateline"
    assert a.title is not None and a.title.startswith("France up in arms")


@pytest.mark.parametrize("number", ["001", "003", "004"])
def test_no_date_where_the_text_states_none(seeded, number):
    a = seeded[1][number]
    assert a.published is None and a.published_precision is None and a.published_source is None


@pytest.mark.parametrize("number", ["000", "001", "003", "004"])
def test_no_wire_credit_from_a_mere_mention(seeded, number):
    # 002 and 004 mention "told Reuters", 003 "an AFP source": mentions, not credits.
    a = seeded[1][number]
    assert a.wire_credits == ()


@pytest.mark.parametrize("number", ["000", "001", "003", "004"])
def test_nothing_unstated_is_filled_in(seeded, number):
    a = seeded[1][number]
    assert a.byline is None
    assert a.url is None
    if number != "004":
        assert a.outlet is None


def test_every_seed_is_english(seeded):
    assert {a.language for a in seeded[1].values()} == {"en"}


def test_boilerplate_in_the_seeds_is_removed_with_reasons(seeded):
    articles = seeded[1]
    reasons = {r.reason for a in articles.values() for r in a.removed}
    assert {"cookie notice", "photo credit", "ticker fragment", "call to action"} <= reasons
    assert reasons & {"navigation", "related links"}
    texts = "\n".join(a.text for a in articles.values())
    for fragment in (
        "Show More",
        "Related Articles",
        "Back to top",
        "uses cookies",
        "Newsletter",
        "($1=",
        "Related article:",
        "Original url",
    ):
        assert fragment not in texts, fragment


def test_where_each_kind_of_boilerplate_was(seeded):
    articles = seeded[1]

    def reasons(number: str) -> set[str]:
        return {r.reason for r in articles[number].removed}

    assert "cookie notice" in reasons("001")
    assert {"ticker fragment", "call to action"} <= reasons("003")
    assert {"photo credit", "related links", "metadata: byline", "metadata: date line"} <= reasons("002")
    assert "navigation" in reasons("004")
    # the photo credit's agencies (AP, TASS) are not credited with the text
    credit = next(r for r in articles["002"].removed if r.reason == "photo credit")
    assert "AP" in credit.text and "AP" not in articles["002"].wire_credits


def test_article_text_keeps_its_news_sentences(seeded):
    articles = seeded[1]
    assert "told AFP" in articles["002"].text
    assert "according to an AFP source" in articles["003"].text
    assert "told Reuters" in articles["004"].text
    assert articles["003"].text.startswith("BAMAKO, Mali Prime Minister")
    assert articles["004"].text.startswith("PARIS (The Southern African Times) –")
    for a in articles.values():
        assert len(a.text.split()) > 300
