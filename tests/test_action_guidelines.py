"""Decisions of the action gold's guidelines that an audit (one sentence of its own per decision) found the
extractor missing: groups in -men, offices, deals had, weapons held to someone, troops pulled out, refusals,
opposition, verdicts, complaints, feuds, mockery, feelings, talks to a named party, calls, posts, orders and
proposals, and the modality of plans, refusals and purposes. Each sentence is the team's own."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
from conftest import read_triples as triples
from storyline.entities import nlp_model


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yemeni gunmen abducted Lars Eklund near the port.", ("Yemeni gunmen", "coerce", "Lars Eklund")),
        (
            "Senator Ruth Alvarez's office criticised Kestrel Air.",
            ("Ruth Alvarez's office", "accuse or criticise", "Kestrel Air"),
        ),
        (
            "Halvorsen Group has a deal with Tanaka Steel.",
            ("Halvorsen Group", "agree or sign", "Tanaka Steel"),
        ),
        ("Ivo Maric held a knife to Nadia Pesic's throat.", ("Ivo Maric", "warn or threaten", "Nadia Pesic")),
        # (where the troops leave is the target, "out of" as "from": the guidelines name "from", and a blind
        # annotator of the tenth round read "pull troops out of Romania" so)
        ("Norway pulled its troops out of Mali.", ("Norway", "deploy or withdraw forces", "Mali")),
        ("Kestrel Air refused to pay Dunmore Aerospace.", ("Kestrel Air", "deny", "Dunmore Aerospace")),
        (
            "Kestrel Air complained about delays at the Dunmore plant.",
            ("Kestrel Air", "accuse or criticise", None),
        ),
        (
            "Senator Ruth Alvarez talked to Governor Ray Hill on Monday.",
            ("Ruth Alvarez", "negotiate", "Ray Hill"),
        ),
        (
            "President Hugo Vasquez phoned Chancellor Olaf Brandt on Sunday.",
            ("Hugo Vasquez", "negotiate", "Olaf Brandt"),
        ),
        ("Nestle named Pierre Duval as its chief executive.", ("Nestle", "cooperate", "Pierre Duval")),
        (
            "Peruvian soldiers clashed with Bolivian smugglers.",
            ("Peruvian soldiers", "use force", "Bolivian smugglers"),
        ),
    ],
)
def test_decisions_of_the_guidelines(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_a_man_thrown_to_the_ground_after_he_was_grabbed(nlp):
    got = triples(nlp, "Ivo Maric grabbed Nadia Pesic and threw her to the ground.")
    assert ("Ivo Maric", "use force", "Nadia Pesic") in got
    assert len(got) == 1 or all(target == "Nadia Pesic" for _a, _c, target in got)


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers in Leeds got a good deal on the cars.",  # no party to a deal
        "Teixeira still has an offer on the table from the Red Sox.",  # the Red Sox's offer, a nominal
        "Maria Lund grabbed a .38 revolver from the drawer.",  # a thing grabbed
        "Senator Ruth Alvarez talked to reporters after the vote.",  # an interview
        "A man named John Pike was arrested on Friday.",  # a name, no post
        "Dana Ilic complained of chest pains.",  # no complaint against anyone
    ],
)
def test_what_the_decisions_leave_out(nlp, text):
    assert not triples(nlp, text)


def test_a_place_with_an_office_is_no_named_group(nlp):
    got = triples(nlp, "Eric Dunn opened fire at a Vancouver office on Friday.")
    assert ("Eric Dunn", "use force", None) in got


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Brightwell Bank is set to hire Gareth Okafor.", "future"),
        ("Brightwell Bank admitted it had fired Julia Hartmann.", "reported"),
        ("Orion Motors has all but agreed to a merger with Dunmore Industries.", "hedged"),
        ("CBS decided to fire anchor Dale Rook.", "future"),
        ("The Chicago Cubs declined to make an offer to Eli Navarro.", "negated"),
        ("Anjali Rao flew to Nairobi to meet with Samir Haddad.", "future"),
        ("Nurse Ali Haddad is credited with helping Sergeant Mia Cole.", "reported"),
    ],
)
def test_modality_of_plans_admissions_refusals_and_purposes(nlp, text, modality):
    got = actions(nlp, text)
    assert got and all(m == modality for _a, _c, _t, m in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Winger Tom Raid turned down an offer from the Rangers.", ("Tom Raid", "deny", "Rangers")),
        ("The Farm Bureau opposed the new water rule.", ("Farm Bureau", "deny", None)),
        ("Striker Ivo Lenz spurned Celtic.", ("Ivo Lenz", "deny", "Celtic")),
        ("A Tulsa jury convicted Dale Pruitt of arson.", ("Tulsa jury", "coerce", "Dale Pruitt")),
        ("Deputy Ana Ruiz restrained Carl Moss.", ("Ana Ruiz", "coerce", "Carl Moss")),
        (
            "Singer Lia Vance has been feuding with producer Omar Ditch.",
            ("Lia Vance", "accuse or criticise", "Omar Ditch"),
        ),
        ("Host Jon Reiter mocked Senator Ada Quill.", ("Jon Reiter", "accuse or criticise", "Ada Quill")),
        ("Coach Pat Lowe was furious about the officiating.", ("Pat Lowe", "accuse or criticise", None)),
        ("Governor Ruth Pell ordered an inquiry into the blaze.", ("Ruth Pell", "appeal or request", None)),
        ("Qatar proposed new talks on Monday.", ("Qatar", "appeal or request", None)),
    ],
)
def test_refusals_verdicts_quarrels_feelings_orders_and_proposals(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"I am disappointed for him," coach Pat Lowe said of Ray Kent.',  # sympathy
        "Qantas ordered 20 Airbus jets.",  # a purchase
        "Tom Reed proposed to Ana Lutz in Paris.",  # marriage
        "Police found Terrence Vick in a motel.",  # no verdict
        "Mayor Ed Stone talked to Channel 4 about the flooding.",  # an interview
    ],
)
def test_sympathy_purchases_proposals_of_marriage_finds_and_interviews_are_no_actions(nlp, text):
    assert not triples(nlp, text)
