"""Who an "it" and an "it" subject stand for, and what a report written as a noun reports: an object "it"
stands for the noun a clause describes, not for that clause's own object ("a trawler carrying a load of
rifles ... fired at it"), and a predicate noun may be what it stands for; the subject "it" of a statement's
"that" clause is whose statement it is ("Russia's statement that it would withdraw"), and what such a
clause says is reported; a quoted "we" is the organisation its speaker speaks for, when any mention of them
says so ("Police spokesman Tim Fanning", then "Const. Fanning said") or they are given by it ("Kraft Foods'
Susan Davison"). Each sentence is the team's own; the controls hold each rule to its limits."""

from __future__ import annotations

import pytest

from conftest import read_actions
from storyline.entities import nlp_model


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


def test_an_it_stands_for_the_noun_described_not_the_describing_clauses_object(nlp):
    text = (
        "The boat turned out to be a Thai fishing trawler carrying a load of rifles, and it sank after "
        "INS Kaveri fired at it."
    )
    found = {(a, c, t) for a, c, t, _m in read_actions(nlp, text)}
    assert any(c == "use force" and t == "Thai fishing trawler" for _a, c, t in found), found


def test_a_them_does_not_reach_past_the_sentence_before_for_a_name(nlp):
    # control: "them" is the two guards (unnamed), not the Rangers named a sentence before, whose own
    # sentence ends on a clause describing a man
    text = (
        "The Rangers have added to their list of fugitives a man serving three life sentences who escaped "
        "custody.\nDuring the escape, Carl Moen fired upon two guards, took them hostage and forced them "
        "to drive to Dallas."
    )
    found = read_actions(nlp, text)
    assert {t for _a, c, t, _m in found if c == "coerce"} == {None}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Markets rose after Russia's statement that it would withdraw its troops from Ukraine.",
            ("Russia", "deploy or withdraw forces", "Ukraine", "hedged"),
        ),
        (
            "The deal follows Boeing's announcement that it had signed an agreement with Ryanair.",
            ("Boeing", "agree or sign", "Ryanair", "reported"),
        ),
        (
            "Analysts cited Norway's announcement that it had sanctioned Gazprom.",
            ("Norway", "sanction", "Gazprom", "reported"),
        ),
    ],
)
def test_a_statements_it_is_whose_statement_it_is_and_what_it_says_is_reported(nlp, text, expected):
    assert expected in read_actions(nlp, text)


def test_a_relative_clause_of_a_report_is_no_content_of_it(nlp):
    # control: "the report that Airbus had criticised" is a report Airbus criticised, as done
    found = read_actions(nlp, "Boeing filed the report that Airbus had criticised.")
    assert ("Airbus", "accuse or criticise", None, "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vancouver Police spokesman Constable Tim Fanning said the man fled.\n"
            '"We are going to do all we can to help these families," Const. Fanning said.',
            ("Vancouver Police", "cooperate", None),
        ),
        (
            "Kraft Foods' Susan Davison said the plant was closed.\n"
            '"We have asked Philadelphia police to guard the gates," Davison added.',
            ("Kraft Foods", "appeal or request", "Philadelphia police"),
        ),
        # controls: a former office, and a person's adviser, speak for no organisation
        (
            "Former Kraft Foods spokeswoman Susan Davison said the plant was closed.\n"
            '"We have asked Philadelphia police to guard the gates," Davison added.',
            ("Susan Davison", "appeal or request", "Philadelphia police"),
        ),
        (
            "Senator Obama's adviser Susan Rice spoke on Monday.\n"
            '"We have asked Philadelphia police to guard the gates," Rice added.',
            ("Susan Rice", "appeal or request", "Philadelphia police"),
        ),
    ],
)
def test_a_quoted_we_is_the_organisation_any_mention_of_the_speaker_says_they_speak_for(nlp, text, expected):
    assert expected in {(a, c, t) for a, c, t, _m in read_actions(nlp, text, with_quotes=True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (from the review) a predicate noun that names no one is passed over, and a relative clause's
        # object may be what "it" stands for
        ("Exxon is the world's biggest oil company, and Greenpeace has sued it.", "Exxon"),
        ("Exxon, which bought Mobil in 1999, later sued it over pension debts.", "Mobil"),
        ("The winning bidder was Boeing, and the Pentagon sued it.", "Boeing"),
    ],
)
def test_an_it_after_a_predicate_noun_or_a_relative_clause(nlp, text, expected):
    assert expected in {t for _a, c, t, _m in read_actions(nlp, text) if c == "accuse or criticise"}


@pytest.mark.parametrize(
    "text",
    [
        # (from the review) a claim, an accusation or a demand is as often about another: no owner's "it"
        "Ukraine denied Russia's claim that it had shelled the nuclear plant.",
        "Israel rejected Hamas's accusation that it had bombed the hospital.",
        "Serbia rejected NATO's demand that it withdraw its troops from Kosovo.",
    ],
)
def test_the_owner_of_a_claim_is_not_its_it(nlp, text):
    found = read_actions(nlp, text)
    assert all(c == "deny" for _a, c, _t, _m in found), found


def test_a_countrys_athlete_speaks_for_no_country(nlp):
    text = 'Serbia\'s Novak Djokovic was deported on Sunday.\n"We will sue Tennis Australia," Djokovic said.'
    actors = {a for a, _c, _t, _m in read_actions(nlp, text, with_quotes=True)}
    assert "Serbia" not in actors, actors
