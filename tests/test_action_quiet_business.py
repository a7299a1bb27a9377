"""Readings from the twenty-sixth dev batch (short business stories): a carmaker closing, shutting down or
eliminating its dealerships parts ways with its dealers (sanction), also when the dealerships are the noun a
relative clause describes ("dealerships that it was closing"), and what it "wants to" do is still to come;
filing for bankruptcy protection asks no one; a program named with its release number acts on nothing; a
promotion offered to a product's users is no move in a negotiation; (twenty-seventh batch) the one known as
the doer of a relative clause ("was known as the bagman who delivered") is its actor, frustration expressed is
criticism, and a team beaten is a game; (twenty-eighth batch) blowing the whistle on someone accuses them,
guiding a person (not a team) is cooperation, insisting on doing something is a demand, money sought is sought
however it is written, and "having her back on ABC" backs no one. Each sentence is the team's own; the
controls hold each rule to its limits."""

from __future__ import annotations

import pytest

from conftest import read_actions
from storyline.entities import nlp_model


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toyota plans to close 300 dealerships across Japan.",
            ("Toyota", "sanction", None, "future"),
        ),
        (
            "Nissan wants to eliminate 120 of its 900 dealers by June.",
            ("Nissan", "sanction", None, "future"),
        ),
        (
            "Renault published a list of 85 dealerships that it was closing.",
            ("Renault", "sanction", None, "asserted"),
        ),
        (
            "Renault will not name the dealerships that it intends to shut down.",
            ("Renault", "sanction", None, "future"),
        ),
        # (from the review) "wants to know why Russia invaded": the invasion is told, not wanted
        (
            "Obama said he wants to know why Russia invaded Ukraine.",
            ("Russia", "use force", "Ukraine", "reported"),
        ),
        (
            "Lehman Brothers sought a bankruptcy loan from Barclays.",
            ("Lehman Brothers", "appeal or request", "Barclays", "asserted"),
        ),
        # a person beaten is still beaten (a team beaten is a game)
        ("Gary Gomes beat Mendes in 2005.", ("Gary Gomes", "use force", "Mendes", "asserted")),
    ],
)
def test_acts_read_with_their_modality(nlp, text, expected):
    found = read_actions(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # controls: closing a plant, being close to a dealership, eliminating jobs
        "Toyota will close two plants in Ohio next year.",
        "The Toyota showroom is close to the dealership on Main Street.",
        "Nissan wants to eliminate 2,000 jobs by June.",
        # a court filing, a program's compatibility, a promotion to a product's users
        "Halvorsen Motors seeks bankruptcy protection",
        "Halvorsen Motors sought Chapter 11 protection on Monday.",
        "The software update, iPod Software 1.1.1, works with the iPod Nano.",
        "It was also announced that Starbucks would offer free wi-fi access to all users of the iPod touch.",
        # (twenty-seventh batch) a team beaten in a game, whatever the tagger makes of the score; one known
        # only by a description; frustration that is no one's
        "Colts beat Chiefs 20 - 13 to clinch playoff berth",
        "Felt gave the tapes to a man known as the courier who met Woodward.",
        "The frustration of the fans grew.",
        # controls: a referee's whistle, a bridge blown up, a team guided, a host back on a channel
        "The referee blew the whistle.",
        "Rebels blew up the bridge.",
        "Peyton Manning guided the Colts back to the playoffs.",
        # (from the review) a final or a practice whistle, a person led somewhere, a claim insisted on, an
        # asking price or a search, a bankruptcy filing however written
        "Referee Howard Webb blew the final whistle as Manchester United beat Chelsea 2-1.",
        "Coach Nick Saban blew the whistle to end practice on Tuesday.",
        "U.S. Marshals guided Bernie Madoff into the Manhattan courthouse in handcuffs.",
        "Bill Belichick guided Tom Brady to six Super Bowl titles.",
        "George Santos insisted on having done nothing wrong.",
        "Sotheby's is seeking $100,000 for the Picasso sketch.",
        "The FBI is seeking $250,000 stolen from a Brinks armored truck.",
        "General Motors sought protection from its creditors under Chapter 11.",
        "Lehman Brothers sought court protection from its creditors.",
        'Ellen DeGeneres hosted the Oscars in 2007.\n"We very much look forward to having her back on ABC."',
    ],
)
def test_no_act_is_read(nlp, text):
    assert read_actions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: money sought from a party, a company named beside its model, access offered to a party
        (
            "Halvorsen Motors sought $5 billion in loans from Congress.",
            ("Halvorsen Motors", "appeal or request", "Congress"),
        ),
        (
            "Boeing 787 deliveries were delayed, and Boeing sold 20 aircraft to Emirates.",
            ("Boeing", "cooperate", "Emirates"),
        ),
        ("Boeing offered access to its factories to Airbus.", ("Boeing", "negotiate", "Airbus")),
        # (twenty-seventh batch) the one known as the doer, and displeasure expressed
        (
            'Mr. Halvorsen was known as the "bagman" who delivered payoffs to keep the jurors quiet.',
            ("Halvorsen", "cooperate", None),
        ),
        ("Felt was described as the man who helped Woodward.", ("Felt", "cooperate", "Woodward")),
        ("Bush expressed unhappiness about being benched.", ("Bush", "accuse or criticise", None)),
        ("Merkel voiced frustration at Russia.", ("Merkel", "accuse or criticise", "Russia")),
        # (twenty-eighth batch)
        (
            "Mark Felt blew the whistle on the Nixon White House.",
            ("Mark Felt", "accuse or criticise", "White House"),
        ),
        (
            "Mark Felt secretly guided Washington Post reporter Bob Woodward.",
            ("Mark Felt", "cooperate", "Bob Woodward"),
        ),
        (
            "Mark Felt insisted on remaining completely anonymous until 2005.",
            ("Mark Felt", "appeal or request", None),
        ),
        # (the notes: "insisted on using covert rules" = appeal or request, no target)
        ("Paul Grant insisted on using the old rules.", ("Paul Grant", "appeal or request", None)),
        (
            "Halvorsen Motors is seeking more than $21MM a year from Congress.",
            ("Halvorsen Motors", "appeal or request", "Congress"),
        ),
        ("Biden was backed by Senator Pike.", ("Pike", "cooperate", "Biden")),
        # (from the review) backing as a participle, coordinated or with a parsed predicate; pay asked of a
        # party; a young player guided
        ("Kamala Harris, backed by the AFL-CIO, won the primary.", ("AFL-CIO", "cooperate", "Kamala Harris")),
        ("Barack Obama backed and praised Joe Biden.", ("Barack Obama", "cooperate", "Joe Biden")),
        ("McConnell said Republicans would back Ukraine.", ("Republicans", "cooperate", "Ukraine")),
        (
            "Juan Soto is seeking $600M from the New York Mets.",
            ("Juan Soto", "appeal or request", "New York Mets"),
        ),
        ("Tex Winter guided the young Kobe Bryant.", ("Tex Winter", "cooperate", "Kobe Bryant")),
    ],
)
def test_acts_read(nlp, text, expected):
    assert expected in {(a, c, t) for a, c, t, _m in read_actions(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # (from the review) drug dealers shut down, eliminated or closed in on are no dealerships
        "The FBI shut down three drug dealers.",
        "Los Zetas eliminated three rival dealers.",
        "Mexican police closed in on the dealers.",
    ],
)
def test_dealers_who_sell_for_no_carmaker(nlp, text):
    assert not any(c == "sanction" for _a, c, _t, _m in read_actions(nlp, text))
