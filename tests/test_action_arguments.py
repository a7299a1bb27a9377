"""Actors and targets read through phrases the parser gets wrong or that frame the act, and the scorer's name
match. Each sentence is the team's own."""

from __future__ import annotations

import pytest

from storyline.actions import extract_actions, merge_actions
from storyline.entities import extract_mentions, nlp_model
from storyline.eval.actions_gold import GoldAction
from storyline.eval.actions_task import actor_matches
from storyline.records import Article


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


def found(nlp, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="g1", source="t", format="text", title=None, text=text)
    doc = nlp(text)
    return {
        (a.actor, a.action_class, a.target)
        for a in extract_actions(article, doc, extract_mentions(article, doc))
    }


@pytest.mark.parametrize(
    "text",
    [
        "The FBI arrested a 40-year-old man in connection with the Brightwater Capital fraud on Tuesday.",
        "The FBI arrested a 40-year-old man in relation to the Brightwater Capital fraud on Tuesday.",
    ],
)
def test_a_phrase_that_frames_the_act_names_no_target(nlp, text):
    got = found(nlp, text)
    assert ("Federal Bureau of Investigation", "coerce", None) in got
    assert not any(target == "Brightwater Capital" for _a, _c, target in got)


def test_a_subject_the_parser_hung_as_a_modifier_of_a_later_name_is_still_the_subject(nlp):
    # the parser makes "Pay" a subject too, or "Gardaí investigating ..." a compound of "app" → "Pay"
    for app in ("Tallow Pay", "Harbor Pay"):
        text = (
            f"Gardaí investigating the theft of customer data from the payments app {app} arrested a "
            "24-year-old man in Cork on Thursday, days after the Dublin company disclosed the breach.\n"
        )
        got = found(nlp, text)
        assert not any(actor.endswith(app) for actor, _c, _t in got)
        assert ("Gardaí", "coerce", None) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "him" after a preposition is not the subject of the infinitive it follows ("decided to cooperate")
        (
            "One night in June, Peter Hargreaves knocked on Martin Delmont's door.\n"
            "Delmont decided to cooperate with him and set up a system of coded messages.\n",
            ("Martin Delmont", "cooperate", "Peter Hargreaves"),
        ),
        # nor of a participle that the main clause's subject does ("..., beating her")
        (
            "Victor Sandoval escaped by overpowering a guard, Deputy Karen Ruiz, beating her badly.\n",
            ("Victor Sandoval", "use force", "Karen Ruiz"),
        ),
    ],
)
def test_an_object_pronoun_is_not_the_subject_of_the_clause_it_is_in(nlp, text, expected):
    assert expected in found(nlp, text)


def test_an_abbreviation_held_is_no_one_detained(nlp):
    assert found(nlp, "Dr. Okafor holds a BS in Biology from Tulane University.") == set()
    assert ("Somali pirates", "coerce", "MV Faina") in found(
        nlp, "Somali pirates held the MV Faina for months."
    )


@pytest.mark.parametrize(
    ("gold_name", "ours", "same"),
    [
        ("Arcade Joseph Comeaux, Jr.", "Arcade Joseph Comeaux", True),
        ("Martin Luther King Jr.", "King", True),
        ("Pope John Paul II", "John Paul", True),
        ("Henry Ford II", "Henry Ford", True),
        ("Rosa Jr", "Jr", False),
    ],
)
def test_the_scorer_drops_a_generational_suffix_when_it_matches_names(gold_name, ours, same):
    gold = GoldAction(0, 1, "use force", "asserted", gold_name, 100, 110, None, None, None)

    class Ours:
        actor = ours
        actor_start = 0
        actor_end = 5

    assert actor_matches(Ours(), gold) is same  # type: ignore[arg-type]


def test_a_group_told_by_its_country_or_its_people_is_one_actor_across_articles(nlp):
    texts = {
        "k1": "Kazakhstan's parliament approved the agreement with Turkey on Monday.",
        "k2": "The Kazakh parliament approved the agreement with Turkey on Monday.",
        "m1": "Malian authorities signed a deal with Wagner.",
        "m2": "Malaysian authorities signed a deal with Wagner.",
        # names too short to compare by their start: each its own
        "u1": "US forces struck Houthi positions in Yemen.",
        "u2": "UK forces struck Houthi positions in Yemen.",
    }
    by_article = {}
    for article_id, text in texts.items():
        article = Article(id=article_id, source="t", format="text", title=None, text=text)
        doc = nlp(text)
        by_article[article_id] = extract_actions(article, doc, extract_mentions(article, doc))
    groups = {g.actor: g for g in merge_actions(by_article, {}, {})}
    parliament = [g for name, g in groups.items() if name.endswith("parliament")]
    assert len(parliament) == 1 and parliament[0].article_ids == ("k1", "k2")
    assert parliament[0].origin_count == 2
    # "mal" + "aysian" is no country ending: two peoples, two actors
    assert {"Malian authorities", "Malaysian authorities"} <= set(groups)
    assert {"US forces", "UK forces"} <= set(groups)
