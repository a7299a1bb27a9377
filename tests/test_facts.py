"""Facts: extraction from quantities and dated statements, alignment across articles, and the seed story.

The seed test reads ../shared/seeds (five real articles about Mali and Wagner, September 2021) through ingest
into a fresh database, and is skipped when the folder is absent.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from conftest import REPO
from storyline.fact_align import align_facts, compare
from storyline.fact_words import name_key
from storyline.facts import Fact, FactGroup, extract_facts, singular, stem
from storyline.quantities import extract_quantities
from storyline.records import Article
from storyline.timex import find_timexes

SEEDS = REPO.parent / "shared" / "seeds"


def facts_of(nlp: object, article: Article) -> list[Fact]:
    doc = nlp(article.text)  # type: ignore[operator]
    quantities = extract_quantities(article, doc)
    return extract_facts(article, doc, quantities, find_timexes(article.text, article.published, article.id))


def art(article_id: str, text: str, published: str | None = None) -> Article:
    return Article(
        id=article_id, source=article_id, format="text", title=None, text=text, published=published
    )


def align(nlp: object, articles: Sequence[Article], origins: dict[str, str] | None = None) -> list[FactGroup]:
    facts = {a.id: facts_of(nlp, a) for a in articles}
    return align_facts(
        facts,
        origins or {a.id: a.id for a in articles},
        {a.id: a.published for a in articles},
        {a.id: a.text for a in articles},
    )


def shared(groups: Sequence[FactGroup]) -> list[FactGroup]:
    return [g for g in groups if g.status != "single"]


# -- words and values ----------------------------------------------------------------------------------------


def test_plurals_and_verb_stems_without_a_lemmatizer() -> None:
    assert [singular(w) for w in ("mercenaries", "people", "troops", "boxes", "staff", "bus")] == [
        "mercenary",
        "person",
        "troop",
        "box",
        "staff",
        "bus",
    ]
    assert stem("injuring") == stem("injured") == stem("injure")
    assert stem("hiring") == stem("hired") == stem("hire")
    assert stem("was") == "be" and stem("lost") == "lose"


def fact(value: float, qualifier: str = "exact", low: float | None = None, high: float | None = None) -> Fact:
    return Fact(
        id=f"{qualifier}{value}",
        article_id="a",
        kind="quantity",
        subject="troops",
        attribute="count",
        head="troop",
        predicate=None,
        owners=(),
        holders=(),
        value=str(value),
        number=value,
        low=low,
        high=high,
        qualifier=qualifier,  # type: ignore[arg-type]
        unit=None,
        per=None,
        text=str(value),
        start=0,
        end=1,
        sentence_start=0,
        sentence_end=1,
    )


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (fact(1000), fact(1000), "agreed"),
        (fact(1000), fact(1000, "range", 1000, 1200), "compatible"),
        (fact(1000, "about"), fact(1000), "compatible"),
        (fact(1000, "at least"), fact(1200), "compatible"),
        (fact(6, "at least"), fact(7, "at least"), "compatible"),
        (fact(1000, "up to"), fact(1000, "at least"), "tension"),
        (fact(13000), fact(15000), "conflict"),
        (fact(13000), fact(15000, "about"), "conflict"),
        (fact(50, "about"), fact(40), "conflict"),
        (fact(3), fact(10, "at least"), "conflict"),
    ],
)
def test_values_compare_with_their_qualifiers(a: Fact, b: Fact, relation: str) -> None:
    assert compare(a, b) == relation
    assert compare(b, a) == relation


# -- extraction ----------------------------------------------------------------------------------------------


def test_a_quantity_fact_knows_what_and_whom_it_counts(nlp: object) -> None:
    text = "The UN, which has some 15,000 peacekeepers in Mali, raised concerns on Tuesday."
    [f] = [f for f in facts_of(nlp, art("a", text, "2021-09-14")) if f.kind == "quantity"]
    assert (f.attribute, f.head, f.number, f.qualifier) == ("count", "peacekeeper", 15000.0, "about")
    assert "un" in f.holders
    assert text[f.start : f.end] == "15,000"
    assert text[f.sentence_start : f.sentence_end] == text


def test_dated_statements_name_their_event(nlp: object) -> None:
    text = (
        "Bamako built ties with Moscow after Mali's independence in 1960.\n\nMali became independent in 1960."
    )
    dates = [f for f in facts_of(nlp, art("a", text)) if f.kind == "date"]
    assert [(f.head, f.value) for f in dates] == [("independence", "1960"), (stem("became"), "1960")]
    assert "mali" in dates[0].owners and dates[1].subject.startswith("Mali")


def test_unanchored_relative_dates_make_no_fact(nlp: object) -> None:
    facts = facts_of(nlp, art("a", "The minister arrived in Bamako on Monday."))
    assert [f for f in facts if f.kind == "date"] == []


# -- alignment -----------------------------------------------------------------------------------------------


def test_a_conflict_lists_every_value_with_its_articles_and_origins(nlp: object) -> None:
    articles = [
        art("a", "Mali is home to 13,000 UN peacekeepers, the mission said."),
        art("b", "The UN, which has some 15,000 peacekeepers in Mali, raised concerns."),
        art("c", "The UN, which has some 15,000 peacekeepers in Mali, has raised concerns."),
    ]
    groups = shared(align(nlp, articles, {"a": "a", "b": "b", "c": "b"}))
    assert len(groups) == 1
    g = groups[0]
    assert (g.status, g.relation, g.origin_count) == ("conflict", "conflict", 2)
    assert {(v.value, v.article_ids, v.origin_count) for v in g.values} == {
        ("13,000", ("a",), 1),
        ("about 15,000", ("b", "c"), 1),
    }


def test_rewrites_of_one_origin_are_single_not_agreed(nlp: object) -> None:
    articles = [art("a", "The navy captured 23 pirates."), art("b", "The navy captured 23 pirates.")]
    [g] = [g for g in align(nlp, articles, {"a": "o", "b": "o"}) if g.attribute == "count"]
    assert (g.status, g.origin_count, g.article_ids) == ("single", 1, ("a", "b"))


def test_bounds_that_pull_apart_are_in_tension(nlp: object) -> None:
    articles = [
        art("a", "The junta is in talks with Wagner to hire up to a thousand mercenaries."),
        art("b", "Wagner would send at least a thousand mercenaries to the country."),
    ]
    [g] = shared(align(nlp, articles))
    assert (g.relation, g.status) == ("tension", "conflict")


def test_different_things_that_share_a_number_or_a_noun_are_not_a_conflict(nlp: object) -> None:
    articles = [
        art("a", "France has lost 52 soldiers in the Sahel. The EU mission is made up of 700 soldiers."),
        art("b", "France has deployed 5,000 soldiers to the Sahel. Two villagers were injured."),
        art("c", "Two villages were damaged, and 5,000 tents were sent."),
    ]
    assert [g for g in align(nlp, articles) if g.status == "conflict"] == []


def test_an_injury_count_conflicts_even_when_one_side_is_elliptic(nlp: object) -> None:
    articles = [
        art("a", "The quake injured two people in Dargahan, the governor said."),
        art("b", "The quake struck on Sunday, injuring five people and damaging buildings."),
    ]
    [g] = shared(align(nlp, articles))
    assert g.relation == "conflict"
    assert sorted(v.value for v in g.values) == ["2", "5"]


def test_a_rate_belongs_to_its_noun_and_to_what_it_is_on(nlp: object) -> None:
    articles = [
        art("a", "Chile said it would end its 12% levy on Peruvian cement under the accord."),
        art("b", "Santiago will scrap a 15% levy on cement imported from Peru, officials said."),
    ]
    [g] = shared(align(nlp, articles))
    assert (g.attribute, g.relation) == ("share", "conflict")
    assert sorted(v.value for v in g.values) == ["12 %", "15 %"]
    rate = next(f for f in g.facts if f.value == "12 %")
    assert (rate.head, rate.predicate) == ("levy", stem("end"))  # "end" and "scrap": one class of verbs
    assert set(rate.owners) == {name_key("Peruvian"), "#cement"}


@pytest.mark.parametrize(
    "texts",
    [
        ("Chile will end its 12% levy on Peruvian cement.", "Chile will cut its 4% levy on Bolivian timber."),
        ("Lima imposed a 25% tariff on copper.", "Lima imposed a 10% tariff on zinc."),
        ("Brazil slapped a 30% tariff on Chilean wine.", "Argentina announced a 15% tariff on Chilean wine."),
        ("Volvo owns a 12% stake in Northvolt.", "Scania owns a 16% stake in Northvolt."),
        ("The union demanded a 15% pay rise from Airtrans.", "Airtrans offered a 5% pay rise to the union."),
        ("Peru pledged $10 million to the relief fund.", "Chile pledged $25 million to the relief fund."),
        ("The insurer paid $2 million for a warehouse.", "The insurer paid $5 million for an office tower."),
        ("Peru set a 25% tariff on Chilean wine.", "Peru set a 20% tariff on Argentine wine."),
        ("Avianca signed a $2 billion deal with Embraer.", "Avianca signed a $3 billion deal with Airbus."),
    ],
)
def test_rates_and_sums_of_other_goods_holders_or_moves_are_two_things(
    nlp: object, texts: tuple[str, str]
) -> None:
    articles = [art("a", texts[0]), art("b", texts[1])]
    assert [g for g in align(nlp, articles) if g.status == "conflict"] == []


def test_two_days_someone_spoke_are_two_statements_not_a_conflict(nlp: object) -> None:
    articles = [
        art("a", "Norlis Power said on Wednesday that the wall had passed its inspection.", "2025-03-06"),
        art("b", "Norlis Power said on Thursday that repairs would take a year.", "2025-03-07"),
    ]
    said = [f for a in articles for f in facts_of(nlp, a) if f.kind == "date"]
    assert sorted(f.value for f in said) == ["2025-03-05", "2025-03-06"]
    assert [g for g in align(nlp, articles) if g.status == "conflict"] == []


# -- the seed story ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_groups(
    nlp: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[list[FactGroup], dict[str, str]]]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed folder {SEEDS} not found (it lives beside the repo)")
    from storyline.dedup import find_derivations
    from storyline.ingest import ingest
    from storyline.origins import build_origins
    from storyline.store import Database

    db = Database(Path(tmp_path_factory.mktemp("facts")) / "seeds.db")
    ingest(db, [str(SEEDS)])
    articles = list(db.iter_articles())
    origins = {a: o.id for o in build_origins(articles, find_derivations(articles)) for a in o.article_ids}
    number = {a.id: (a.source_path or "").rsplit("/", 1)[-1][:3] for a in articles}
    yield align(nlp, articles, origins), number
    db.close()


def _values(group: FactGroup, number: dict[str, str]) -> dict[str, set[str]]:
    return {v.value: {number[a] for a in v.article_ids} for v in group.values}


def _find(groups: Sequence[FactGroup], values: set[str]) -> FactGroup:
    found = [g for g in groups if values <= {v.value for v in g.values}]
    assert len(found) == 1, [(g.subject, [v.value for v in g.values]) for g in groups if g.status != "single"]
    return found[0]


def test_seeds_report_the_peacekeeper_count_conflict(
    seed_groups: tuple[list[FactGroup], dict[str, str]],
) -> None:
    groups, number = seed_groups
    g = _find(groups, {"13,000", "about 15,000"})
    assert (g.status, g.relation, g.attribute) == ("conflict", "conflict", "count")
    assert _values(g, number) == {"13,000": {"000"}, "about 15,000": {"001"}}
    assert all(v.origin_count == 1 for v in g.values)


def test_seeds_report_the_independence_date_conflict(
    seed_groups: tuple[list[FactGroup], dict[str, str]],
) -> None:
    groups, number = seed_groups
    g = _find(groups, {"1960", "1961"})
    assert (g.status, g.relation, g.attribute) == ("conflict", "conflict", "date")
    assert _values(g, number) == {"1961": {"003"}, "1960": {"004"}}


def test_seeds_put_the_wagner_numbers_in_one_group_in_tension(
    seed_groups: tuple[list[FactGroup], dict[str, str]],
) -> None:
    groups, number = seed_groups
    g = _find(groups, {"1,000", "up to 1,000", "at least 1,000", "1,000 to 1,200"})
    assert (g.status, g.relation) == ("conflict", "tension")
    values = _values(g, number)
    assert values["up to 1,000"] == {"002"} and values["at least 1,000"] == {"003"}
    assert values["1,000"] == {"000", "001"} and values["1,000 to 1,200"] == {"004"}
    assert set(values) == {"1,000", "up to 1,000", "at least 1,000", "1,000 to 1,200"}


def test_seeds_do_not_call_different_things_a_conflict(
    seed_groups: tuple[list[FactGroup], dict[str, str]],
) -> None:
    groups, _number = seed_groups
    conflicts = [g for g in groups if g.status == "conflict"]
    # French troops, EU soldiers, soldiers lost, mining sites and coups are other things than the three above
    assert len(conflicts) == 3, [(g.subject, [v.value for v in g.values]) for g in conflicts]
    for g in conflicts:
        assert not {"700", "52", "at least 2,000", "3", "2"} & {v.value for v in g.values}
    coup = _find(groups, {"2020-08"})
    assert coup.status == "agreed" and coup.origin_count >= 2


def test_a_large_figure_with_a_fraction_is_written_out_not_in_exponent_form() -> None:
    from storyline.facts import _fmt

    assert _fmt(11350.5) == "11,350.5"
    assert _fmt(1234.567) == "1,234.57"
    # controls: whole numbers and small fractions as before
    assert _fmt(10769.0) == "10,769"
    assert _fmt(392.5) == "392.5"
    assert _fmt(0.00012) == "0.00012"
