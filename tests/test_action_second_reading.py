"""Readings found wrong when two annotators read the MEANTIME apple articles a second time, blind (their
copies in the SemEval-2015 TimeLine trial corpus): settlements between two named parties, a purpose told
before an agreement, "which" after a name the tagger took for a person, measures, and a game told by a
player's tally. Each sentence is the team's own; each case failed before the rule it tests, except the
controls."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
from conftest import read_triples as triples
from storyline.entities import extract_mentions
from storyline.records import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dispute ended between two named parties, each the other's: one action each, no target
        (
            "Halvard Corp., Brisco Ltd. resolve patent dispute",
            {("Halvard Corp.", "agree or sign", None), ("Brisco Ltd.", "agree or sign", None)},
        ),
        (
            "Halvard and Brisco resolved their long patent dispute on Monday.",
            {("Halvard", "agree or sign", None), ("Brisco", "agree or sign", None)},
        ),
        # "which" after a name the tagger took for a person's is what the name names
        (
            "Steve Jobs founded Pixar, which was acquired by Disney in 2006.",
            {("Disney", "cooperate", "Pixar")},
        ),
    ],
)
def test_readings_of_the_second_reading(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a purpose told before the agreement is none of its own
        (
            "To help promote the new music store, Halvard and Brisco have agreed to a deal on Tuesday.",
            "cooperate",
        ),
        # a device's capacity is no one held
        ("The Nanopod Mini held 6GB for the same price of $249.", "coerce"),
        ("The Nanopod Mini held 6 GB for the same price.", "coerce"),
        # a player's tally in the sentence tells of a game: beating a team there is a result, no force
        ("Lena Ortiz had 12 rebounds as the Bulldogs beat Bradley on Friday.", "use force"),
        (
            "Lena Ortiz had 12 rebounds for Drake, which reached the semifinal by beating Bradley on Friday.",
            "use force",
        ),
    ],
)
def test_what_the_second_reading_leaves_alone(nlp, text, unwanted):
    assert all(cls != unwanted for _a, cls, _t, _m in actions(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: an agreement to help is still help agreed on; a settling with a named other party; a
        # person's "which" ahead of an organisation; a single name before a headline verb; people held
        ("Halvard agreed to help Brisco with parts.", ("Halvard", "cooperate", "Brisco")),
        ("Halvard resolved its dispute with Brisco.", ("Halvard", "agree or sign", "Brisco")),
        (
            "Attorney Kassie Siegel of the Center for Biological Diversity, which is suing the Interior"
            " Department, spoke on Monday.",
            ("Center for Biological Diversity", "accuse or criticise", "Interior Department"),
        ),
        ("Armenia, Azerbaijan agree to talks", ("Armenia", "agree or sign", None)),
        ("Somali pirates held 6 Marines for a week.", ("Somali pirates", "coerce", None)),
        ("Israel made 20 interceptions as Iran attacked Israel on Sunday.", ("Iran", "use force", "Israel")),
    ],
)
def test_what_the_second_reading_keeps(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "measure", "kept"),
    [
        ("The Nanopod Mini, which held 6GB, cost $249 in Denver.", "6GB", "Denver"),
    ],
)
def test_a_measure_names_no_one(nlp, text, measure, kept):
    doc = nlp(text)
    article = Article(id="m1", source="t", format="text", title=None, text=text)
    names = {m.text for m in extract_mentions(article, doc)}
    assert measure not in names and kept in names


def test_an_ordinal_place_is_still_a_name(nlp):
    text = "The shop on 7th Avenue in Manhattan was robbed on Monday."
    article = Article(id="m2", source="t", format="text", title=None, text=text)
    assert any("7th Avenue" in m.text for m in extract_mentions(article, nlp(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review's controls: a tally beside real violence leaves the violence; nothing resolved is no deal
        (
            "Rivera, who had 11 rebounds in Tuesday's game, was arrested after he assaulted Maria Lopez,"
            " police said.",
            ("Rivera", "use force", "Maria Lopez"),
        ),
        (
            "Israel struck Hamas targets in Gaza on Sunday, the night Avdija had 10 rebounds.",
            ("Israel", "use force", "Hamas"),
        ),
        # ... and a tally in a clause joined by "and" or "but" leaves the act of the other clause
        (
            "Smith had 12 rebounds on Friday, and Israel attacked Hamas in Gaza.",
            ("Israel", "use force", "Hamas"),
        ),
        (
            "Jones had 9 assists last season but was arrested after he attacked Maria Lopez.",
            ("Jones", "use force", "Maria Lopez"),
        ),
    ],
)
def test_what_the_second_reading_review_kept(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_resolving_nothing_is_no_settlement(nlp):
    found = actions(nlp, "Google and Oracle resolved nothing at the hearing, the judge said.")
    assert all(cls != "agree or sign" for _a, cls, _t, _m in found)
