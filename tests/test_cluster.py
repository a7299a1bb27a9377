"""Story clustering: same story together, different stories apart, in a stream and in a batch.

The short articles are invented for these tests; the demo corpus and ``../shared/seeds`` check the same on
longer text, and ECB+ measures it (``storyline eval clustering``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from storyline.cluster import StoryIndex, cluster_articles, story_id_for
from storyline.cluster_profile import ClusterConfig, profile, proper_names
from storyline.dedup import DerivationIndex, find_derivations
from storyline.records import Article, Derivation
from storyline.stories import stable_ids, subevents

REPO = Path(__file__).resolve().parent.parent


def art(
    text: str, published: str | None = None, title: str | None = None, outlet: str | None = None
) -> Article:
    digest = hashlib.sha256(f"{title}\n{text}\n{published}".encode()).hexdigest()[:20]
    return Article(
        id=digest,
        source=f"{digest}.txt",
        format="text",
        title=title,
        text=text,
        published=published,
        published_precision="day" if published else None,
        outlet=outlet,
    )


# Two earthquakes a year apart in the same region, and two arrests in the same city in the same week.
QUAKE_2024 = [
    art(
        "A magnitude 6.4 earthquake struck the hill town of Vellmar in the Drava province on Sunday, "
        "killing at least 12 people. Rescuers searched collapsed houses in Vellmar through the night. "
        "Governor Irena Kostal said the army would send tents.",
        "2024-05-12",
        "Earthquake kills 12 in Vellmar",
    ),
    art(
        "The death toll from Sunday's earthquake in Vellmar rose to 19, Governor Irena Kostal said, as "
        "aftershocks shook the Drava province. Tents were set up in Vellmar's football stadium.",
        "2024-05-13",
        "Vellmar quake toll rises to 19",
    ),
    art(
        "Survivors of the Vellmar earthquake queued for water on Tuesday. Governor Irena Kostal promised "
        "to rebuild the town's school, which collapsed in Sunday's quake in the Drava province.",
        "2024-05-14",
        "Vellmar survivors queue for water",
    ),
]
QUAKE_2025 = [
    art(
        "A magnitude 5.9 earthquake hit the river port of Oskel in the Drava province early on Friday, "
        "injuring 40 people. Mayor Tomas Brenner said the old bridge at Oskel was closed.",
        "2025-06-20",
        "Earthquake injures 40 in Oskel",
    ),
    art(
        "Engineers inspected the Oskel bridge after Friday's earthquake in the Drava province. Mayor Tomas "
        "Brenner said 40 people had been treated for injuries and the port of Oskel would reopen.",
        "2025-06-21",
        "Oskel bridge inspected after quake",
    ),
]
ARREST_A = [
    art(
        "Police in Marenport arrested Daniel Fosk, 41, on Monday over the theft of paintings from the "
        "Halvard Gallery. Fosk was held at the central station, police said.",
        "2025-02-03",
        "Man arrested over Halvard Gallery theft",
    ),
    art(
        "Daniel Fosk appeared in court in Marenport on Tuesday charged with stealing six paintings from the "
        "Halvard Gallery. Fosk denied the charge.",
        "2025-02-04",
        "Fosk charged over gallery paintings",
    ),
]
ARREST_B = [
    art(
        "Marenport police arrested two teenagers, Lina Orsk and Pavel Dunne, on Wednesday after a bus depot "
        "fire in the harbour district. Orsk and Dunne were questioned about the blaze at the depot.",
        "2025-02-05",
        "Two teenagers arrested over depot fire",
    ),
    art(
        "The two teenagers held over the harbour bus depot fire in Marenport, Lina Orsk and Pavel Dunne, "
        "were released on bail on Thursday. Firefighters said the depot blaze destroyed 14 buses.",
        "2025-02-06",
        "Depot fire suspects bailed",
    ),
]


def groups_of(index: StoryIndex) -> list[frozenset[str]]:
    return [frozenset(m) for m in index.groups().values()]


def expected(*stories: list[Article]) -> list[frozenset[str]]:
    return [frozenset(a.id for a in s) for s in stories]


ALL = QUAKE_2024 + QUAKE_2025 + ARREST_A + ARREST_B
GOLD = expected(QUAKE_2024, QUAKE_2025, ARREST_A, ARREST_B)


def test_batch_separates_events_of_one_kind_and_keeps_each_together() -> None:
    index = cluster_articles(ALL)
    assert sorted(groups_of(index), key=sorted) == sorted(GOLD, key=sorted)


@pytest.mark.parametrize("order", ["as given", "reversed", "interleaved"])
def test_incremental_gives_the_same_stories_in_any_arrival_order(order: str) -> None:
    articles = {"as given": ALL, "reversed": ALL[::-1], "interleaved": ALL[::2] + ALL[1::2]}[order]
    index = StoryIndex()
    for a in articles:
        index.add(a)
    assert sorted(groups_of(index), key=sorted) == sorted(GOLD, key=sorted)


def test_two_similar_earthquakes_a_year_apart_are_two_stories_even_with_the_same_words() -> None:
    # Same text, a year apart: time alone keeps them apart.
    first = art(QUAKE_2024[0].text, "2024-05-12", "Earthquake kills 12 in Vellmar")
    later = art(QUAKE_2024[1].text, "2025-05-13", "Vellmar quake toll rises to 19")
    index = StoryIndex()
    assert index.add(first) != index.add(later)
    close = art(QUAKE_2024[1].text, "2024-05-13", "Vellmar quake toll rises to 19")
    assert index.add(close) == index.story_of[first.id]


def test_a_derivation_puts_a_copy_in_its_sources_story() -> None:
    index = StoryIndex()
    source = QUAKE_2024[0]
    unrelated = art("Short note about something else entirely, with no shared words.", "2024-05-12")
    story = index.add(source)
    link = Derivation(source.id, unrelated.id, "rewrite", 0.6)
    assert index.add(unrelated, [link]) == story


def test_story_ids_are_stable_and_merges_redirect() -> None:
    index = StoryIndex(ClusterConfig(refine_every=10**6))
    a, b, c = QUAKE_2024
    first = index.add(a)
    assert first == story_id_for(a.id) and first not in {x.id for x in ALL}
    assert index.add(b) == first
    assert index.add(c) == first
    # Two stories that a later article shows to be one: the smaller's id redirects to the survivor.
    index = StoryIndex(ClusterConfig(threshold=0.99, story_merge=9.0, refine_every=10**6))
    ids = [index.add(x) for x in QUAKE_2024]
    assert len(set(ids)) == 3
    index.config = ClusterConfig(refine_every=10**6)
    extra = art(QUAKE_2024[0].text + " " + QUAKE_2024[1].text, "2024-05-13", "Vellmar roundup")
    survivor = index.add(extra)
    assert index.redirects, "a merge leaves a redirect"
    assert all(index.resolve(old) == survivor for old in index.redirects)


def test_stable_ids_keep_old_ids_and_redirect_split_stories() -> None:
    old = {"a1": "S", "a2": "S", "a3": "S", "b1": "T"}
    new = {"n1": ["a1", "a2"], "n2": ["a3", "c1"], "n3": ["b1"]}
    final, redirects = stable_ids(old, new)
    assert final == {"n1": "S", "n2": "n2", "n3": "T"}
    assert redirects == {}
    merged = {"m": ["a1", "a2", "a3", "b1"]}
    final, redirects = stable_ids(old, merged)
    assert final == {"m": "S"} and redirects == {"T": "S"}


def test_proper_names_skip_sentence_openers_and_headlines() -> None:
    names = proper_names(
        "Rescuers reached Vellmar on Sunday. Governor Irena Kostal spoke. "
        '"Nobody slept," she said.\nEarthquake Relief Effort Gains Pace In The Hills Today'
    )
    assert "rescuers" not in names and "nobody" not in names
    assert "governor irena kostal" in names and "kostal" in names and "vellmar" in names
    assert not any("relief effort gains" in n for n in names)


def test_profile_reads_the_title_and_the_opening_not_the_background() -> None:
    text = "Vellmar was hit. Help reached Vellmar. " + "Crews worked late. " * 10 + "Oskel was calm. " * 5
    counts = profile(art(text, "2024-05-12", "Vellmar quake")).counts
    assert counts["n:vellmar"] > counts["crew"] > 0
    assert "n:oskel" not in counts and "calm" not in counts
    assert profile(art(text, "2024-05-12")).day is not None and profile(art(text)).day is None


def test_subevents_split_coverage_where_it_pauses() -> None:
    quake = [
        *QUAKE_2024,
        art(
            "Prosecutors in the Drava province opened an inquiry on Tuesday into the collapse of the Vellmar "
            "school in the May earthquake, Governor Irena Kostal said.",
            "2024-05-21",
            "Inquiry opened into Vellmar school collapse",
        ),
    ]
    index = cluster_articles(quake)
    (story_id,) = index.groups()
    developments = subevents(index, story_id)
    assert [len(d.article_ids) for d in developments] == [3, 1]
    assert developments[1].first_seen == "2024-05-21"
    assert developments[1].title == "Inquiry opened into Vellmar school collapse"
    one_burst = cluster_articles(QUAKE_2024)
    assert subevents(one_burst, next(iter(one_burst.groups()))) == ()


def test_demo_stories_batch_and_incremental_match_the_gold(demo_articles: list[tuple[Article, str]]) -> None:
    articles = [a for a, _ in demo_articles]
    gold = {}
    for a, story in demo_articles:
        gold.setdefault(story, set()).add(a.id)
    want = sorted((frozenset(g) for g in gold.values()), key=sorted)
    batch = cluster_articles(articles, find_derivations(articles))
    assert sorted(groups_of(batch), key=sorted) == want
    index, related = StoryIndex(), DerivationIndex()
    for a in sorted(articles, key=lambda x: (x.published or "9999", x.id)):
        index.add(a, related.add([a]))
    assert sorted(groups_of(index), key=sorted) == want


@pytest.fixture(scope="module")
def demo_articles() -> list[tuple[Article, str]]:
    from storyline.eval.cluster_task import _demo_articles

    articles, gold, _ = _demo_articles(REPO / "demo")
    return [(a, gold[a.id]) for a in articles]
