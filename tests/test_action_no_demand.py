"""Readings from the twenty-fourth and twenty-fifth dev batches and the dev set's misses and false
readings: a refusal that refuses no one's demand ("refused to be photographed"), a help that only moved a
market ("helped the indexes gain"), help offered by a named agency, written as a participle after the help
("expertise offered by the agency"), an offer made better ("sweetened their offer"), a judgement said of a
thing ("called it a case of favoritism"), a demand insisted upon by a participle's agent, a gift to a
candidate's campaign, the one a subject is said to be, payoffs delivered and meetings arranged. Each
sentence is the team's own; the controls hold each rule to its limits."""

from __future__ import annotations

import pytest

from conftest import read_triples as triples
from storyline.entities import nlp_model


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


def _classes(nlp, text: str) -> set[str]:
    return {cls for _a, cls, _t in triples(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # a refusal of something done to oneself, with no party named: no demand is refused
        "In her later years, Greta Lindqvist refused to be photographed by anyone.",
        "Greta Lindqvist refused to have her portrait painted after 1990.",
        "Although Greta Lindqvist refused to have her picture taken for twenty years, she kept writing.",
        "Greta Lindqvist refused to allow her letters to be published.",
        "The Rovers refused to let their season be decided by the weather.",
        # a help to a market's movement: no one is helped
        "Shares of Halvorsen Motors rose, and so did Brightwater Energy, which helped the indexes gain.",
        "Premier Ossian Dahl deepened doubts about the budget, helping drive the krona below ten.",
        "Brightwater Energy helped lift shares of its suppliers on Tuesday.",
    ],
)
def test_no_act_is_read(nlp, text):
    assert not ({"deny", "cooperate"} & _classes(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: a named party is refused, or helped
        (
            "Premier Ossian Dahl refused to let Halvorsen Motors and Brightwater Energy go bankrupt.",
            ("Ossian Dahl", "deny", "Halvorsen Motors"),
        ),
        (
            "Estonia refused to allow Gazprom inspectors into the plant.",
            ("Estonia", "deny", "Gazprom inspectors"),
        ),
        # (letting a thing happen, or someone act, is refused as a demand even with no one named)
        ("The Nordic Council refused to allow the merger.", ("Nordic Council", "deny", None)),
        ("The Rovers refused to let the striker leave.", ("Rovers", "deny", None)),
        (
            "Brightwater Energy helped Halvorsen Motors raise prices.",
            ("Brightwater Energy", "cooperate", "Halvorsen Motors"),
        ),
        # help written as the noun a participle with "by" follows: the help is the act, one per agency
        (
            "Any city may draw on expertise offered by the Geological Survey and the Weather Service.",
            ("Geological Survey", "cooperate", None),
        ),
        (
            "Any city may draw on expertise offered by the Geological Survey and the Weather Service.",
            ("Weather Service", "cooperate", None),
        ),
    ],
)
def test_readings(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_help_offered_by_an_agency_is_no_offer(nlp):
    # (the participle carries the help; it is no move in a negotiation)
    text = "Any city may draw on expertise offered by the Geological Survey."
    assert "negotiate" not in _classes(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer made better is a new move in the negotiation
        (
            "The Hartford Whalers have sweetened their offer to Nils Arnesen.",
            ("Hartford Whalers", "negotiate", "Nils Arnesen"),
        ),
        (
            "Veltrix upgraded its initial bid for Norcom Systems on Friday.",
            ("Veltrix", "negotiate", "Norcom Systems"),
        ),
        # a judgement said of something: what the label is a case "of", a relative clause's noun
        (
            "The Civic Audit Trust has called the contract a clear case of favoritism.",
            ("Civic Audit Trust", "accuse or criticise", None),
        ),
        (
            "Premier Ossian Dahl defended cuts that even the World Bank has called draconian.",
            ("World Bank", "accuse or criticise", None),
        ),
    ],
)
def test_offers_and_judgements(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted_class"),
    [
        # a label that is no judgement, a judgement's word after an "of" that is no case of it, a ruling
        ("The Civic Audit Trust has called the contract a case of bad timing.", "accuse or criticise"),
        ("The Courier described Ossian Dahl as the son of a butcher.", "accuse or criticise"),
        ("The Tacoma Police Department described the death as a murder.", "accuse or criticise"),
        # a sporting bid is no offer; talks "held up" by a party are not its talks
        ("Hartford renewed their bid for the league title with a win over Boston.", "negotiate"),
        ("The peace talks held up by Veltrix resumed in May.", "negotiate"),
    ],
)
def test_no_offer_nor_judgement(nlp, text, unwanted_class):
    assert unwanted_class not in _classes(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand insisted upon, by the agent of a participle
        (
            "Many fear the cuts insisted upon by the World Bank and the Nordic Council will slow growth.",
            ("World Bank", "appeal or request", None),
        ),
        (
            "Many fear the cuts insisted upon by the World Bank and the Nordic Council will slow growth.",
            ("Nordic Council", "appeal or request", None),
        ),
        # a gift to a named party or to a named candidate's campaign
        (
            "The Halvorsen Foundation donated $5 million to UNICEF.",
            ("Halvorsen Foundation", "cooperate", "UNICEF"),
        ),
        (
            "Bo Lindqvist donated to Greta Aalto's 2010 mayoral campaign.",
            ("Bo Lindqvist", "cooperate", "Greta Aalto"),
        ),
    ],
)
def test_demands_and_gifts(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Carl Brandt gave an interview about the bribes.",
        "Prosecutor Dana Ruiz gave details of the kickbacks to the jury.",
    ],
)
def test_words_about_payoffs_are_no_payment(nlp, text):
    assert "cooperate" not in _classes(nlp, text)


def test_a_gift_to_no_named_party_is_no_act(nlp):
    assert "cooperate" not in _classes(nlp, "Bo Lindqvist donated a kidney to his brother last spring.")


def test_the_one_a_subject_is_said_to_be_acts(nlp):
    # "The man accused of X is Y": the accused is the person named after "is"
    text = "The man accused of shooting two guards is Dale Vorhees, a 41-year-old Tacoma resident."
    assert ("Dale Vorhees", "use force", None) in triples(nlp, text)


def test_the_one_a_subject_is_said_not_to_be_does_not_act(nlp):
    text = "The officer who shot the two guards was not Dale Vorhees."
    assert "Dale Vorhees" not in {actor for actor, _c, _t in triples(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # payoffs delivered: a payment that is the act even when the payee is unnamed
        (
            "Carl Brandt, the aide who delivered $200,000 in payoffs to the burglars, died on Monday.",
            ("Carl Brandt", "cooperate", None),
        ),
        # meetings arranged: a party to them
        (
            "Worried about wiretaps, Carl Brandt arranged secret meetings with Dana Ruiz in a garage.",
            ("Carl Brandt", "negotiate", "Dana Ruiz"),
        ),
    ],
)
def test_payoffs_and_meetings(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_goods_delivered_to_no_named_party_are_no_act(nlp):
    assert "cooperate" not in _classes(nlp, "Carl Brandt delivered the morning papers to the neighbours.")
