"""Who is the other party, and which wordings count, in wire-style news: a company's or a person's people
named by a possessive ("Chrysler's lenders", "Orozco's attorneys"); a loan or a stake given to or taken in a
company an "it" stands for; the body a complaint is filed with (where, not whom); a bidder before what it
bids for; a contractor chosen for a job; loans and money provided or extended to a company, or a company
provided with them; the receiver of aid the parser hung on the aid ("gave Airbus illegal aid"); a unit sold
rather than its owner; a name rather than the owner inside a description in apposition to it; a formal
protest of a decision; an airline "Air" + a place; the first name of a coordination parsed as one phrase; no
party in whom a measure is for, in a programme, or in a sale criticised; the act a demand asks for, not
done; a feeling the parser read as a passive, about whom it names; business wordings of the classes (an
alliance or a joint venture formed, teaming up, a counterclaim, a purchase completed, control taken, money
injected, approval sought, pressure resisted, pressing for); the purpose of an act, none of its own; and
crime and news wordings (the one arrested by police for a killing did it, a gerund the parser made an
adjective of its victim, a murder ordered, sentences sought, a warship diverted, a warning of a flaw). The
cases come from four reviews of the extractor on invented items and articles (business, crime, sports,
politics); each sentence is the team's own; each case failed before its rule, and the controls hold each
rule to its limits."""

from __future__ import annotations

import pytest

from conftest import read_actions, read_triples
from storyline.entities import nlp_model


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chrysler's lenders rejected the Treasury's offer.", ("Chrysler's lenders", "deny", "Treasury")),
        ("Ford's workers rejected the contract.", ("Ford's workers", "deny", None)),
        (
            "Jose Orozco's attorneys asked the judge to reduce the sentence.",
            ("Jose Orozco's attorneys", "appeal or request", None),
        ),
    ],
)
def test_a_possessive_owner_and_its_people_are_a_named_group(nlp, text, expected):
    assert expected in read_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # controls: people a name only describes, and a person's workers (not counsel), are no named group
        "Boeing workers rejected the contract.",
        "Tom Smith's workers sued Fox News.",
    ],
)
def test_a_company_compound_or_a_persons_workers_are_no_group(nlp, text):
    assert read_actions(nlp, text) == [], read_actions(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "General Motors is running out of cash. The Treasury lent it $5 billion in December.",
            ("Treasury", "cooperate", "General Motors"),
        ),
        (
            "Chrysler is close to a deal with Fiat, which would take a 35 percent stake in it.",
            ("Fiat", "cooperate", "Chrysler"),
        ),
        (
            "Chrysler is in deep trouble this year. Fiat will take a stake in it.",
            ("Fiat", "cooperate", "Chrysler"),
        ),
    ],
)
def test_a_loan_or_a_stake_given_to_what_an_it_stands_for(nlp, text, expected):
    assert expected in read_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # controls: an "it" that stands for no name, or nothing before it, gives no trade at all
        "Chrysler lost money. Fiat took a stake in it.",
        "Fiat took a stake in it.",
    ],
)
def test_a_stake_in_an_it_that_names_no_company_is_no_trade(nlp, text):
    assert not any(c == "cooperate" for _a, c, _t in read_triples(nlp, text))


def test_an_it_after_a_relative_clause_still_reaches_the_noun_described(nlp):
    # control: the phrase holding the pronoun is passed over only up to its own clause
    text = (
        "The owner said the vessel was a Thai trawler that was being seized by pirates when an Indian "
        "warship fired on it."
    )
    assert ("Indian warship", "use force", "Thai trawler") in read_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apple filed a complaint with the International Trade Commission against Nokia.",
            ("Apple", "accuse or criticise", "Nokia"),
        ),
        (
            "Boeing filed a protest with the Government Accountability Office.",
            ("Boeing", "accuse or criticise", None),
        ),
        # control: a deal signed "with" someone is with that party
        ("Apple signed a deal with Nokia.", ("Apple", "agree or sign", "Nokia")),
    ],
)
def test_a_complaint_filed_with_a_body_is_not_against_it(nlp, text, expected):
    assert expected in read_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GM accepted a bid for Opel from Magna.", ("GM", "agree or sign", "Magna")),
        ("GM rejected an offer for Hummer from Tengzhong.", ("GM", "deny", "Tengzhong")),
        # control: with no bidder named, what is bid for is the target
        ("The Red Sox made a bid for Mark Teixeira.", ("Red Sox", "negotiate", "Mark Teixeira")),
    ],
)
def test_the_bidder_comes_before_what_is_bid_for(nlp, text, expected):
    assert expected in read_triples(nlp, text)


def test_a_company_chosen_for_a_job_is_hired(nlp):
    assert ("Air Force", "cooperate", "EADS") in read_triples(
        nlp, "The Air Force chose EADS to build the tanker."
    )
    # control: a company chosen for nothing said is no hiring
    assert read_triples(nlp, "The Air Force chose EADS.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Treasury provided loans to General Motors.", ("Treasury", "cooperate", "General Motors")),
        ("Germany provided Opel with loan guarantees.", ("Germany", "cooperate", "Opel")),
        (
            "The Treasury extended $13.4 billion in loans to General Motors.",
            ("Treasury", "cooperate", "General Motors"),
        ),
        ("The European Union gave Airbus illegal aid.", ("European Union", "cooperate", "Airbus")),
    ],
)
def test_loans_and_aid_given_to_a_company(nlp, text, expected):
    assert expected in read_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # controls: what is provided is no help, or what is extended is no loan
        "Boeing provided the Air Force with a new proposal.",
        "Airbus extended its lead over Boeing.",
    ],
)
def test_providing_or_extending_something_else_is_no_help(nlp, text):
    assert read_triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit sold is the target, however the tagger reads its name (it takes "Saturn" for a product)
        (
            "Penske Automotive will buy General Motors' Saturn unit.",
            ("Penske Automotive", "cooperate", "Saturn"),
        ),
        (
            "Penske Automotive agreed to buy General Motors' Saturn unit.",
            ("Penske Automotive", "agree or sign", "Saturn"),
        ),
        ("Magna will acquire a majority stake in GM's Opel unit.", ("Magna", "cooperate", "Opel")),
        # control: a buyer named after "to" is still the counterpart
        ("Ford sold its Volvo brand to Geely.", ("Ford", "cooperate", "Geely")),
    ],
)
def test_a_unit_traded_is_the_target_not_its_owner(nlp, text, expected):
    assert expected in read_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description in apposition names no one: the name it describes is the party
        (
            "Apple settled its trademark dispute with Apple Corps, the Beatles' company.",
            ("Apple", "agree or sign", "Apple Corps"),
        ),
        # control: a name in apposition to a description is still the one meant
        (
            "Apple Computer was sued by the Beatles' record company, Apple Corps.",
            ("Apple Corps", "accuse or criticise", "Apple Computer"),
        ),
    ],
)
def test_a_possessive_inside_a_description_in_apposition_is_no_party(nlp, text, expected):
    assert expected in read_triples(nlp, text)


def test_a_formal_protest_of_a_decision_is_a_criticism(nlp):
    text = "Boeing formally protested the Air Force's decision to award the contract to Northrop Grumman."
    assert ("Boeing", "accuse or criticise", "Air Force") in read_triples(nlp, text)
    # control: protesting in the streets is no formal protest of anyone's decision
    assert read_triples(nlp, "Greek youths have protested daily since the boy's death.") == set()


def test_an_airline_named_air_and_a_place_is_an_organisation(nlp):
    found = read_triples(nlp, "Boeing won an order for 15 jets from Air China.")
    assert ("Boeing", "agree or sign", "Air China") in found, found


def test_a_coordination_run_into_one_phrase_gives_its_first_name(nlp):
    text = (
        "Henry Paulson met with House Speaker Nancy Pelosi and Senate Majority Leader Harry Reid on Thursday."
    )
    assert ("Henry Paulson", "negotiate", "Nancy Pelosi") in read_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # whom a measure is for, a programme approved and a sale criticised name no party
        "The United States Senate failed to pass a $14 billion loan package for General Motors and Chrysler.",
        "The Marshall Plan, which Congress approved in 1948, rebuilt Europe.",
    ],
)
def test_a_beneficiary_or_a_plan_is_no_target(nlp, text):
    found = read_triples(nlp, text)
    assert found and all(t is None for _a, _c, t in found), found


def test_a_sale_agreed_still_names_what_is_bought(nlp):
    # control: "of" after a purchase agreed names the seller whose goods are bought
    assert ("China", "agree or sign", "Boeing") in read_triples(
        nlp, "China agreed the purchase of 60 Boeing jets."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senate Republicans demanded that the United Auto Workers agree to cut wages.",
            {("Republicans", "appeal or request", "United Auto Workers")},
        ),
        ("Obama asked that Congress pass the bill.", {("Obama", "appeal or request", "Congress")}),
        ("Obama insisted that Congress pass the bill.", {("Obama", "appeal or request", "Congress")}),
    ],
)
def test_the_act_a_demand_asks_for_is_not_done(nlp, text, expected):
    assert read_triples(nlp, text) == expected


def test_what_is_said_done_after_said_that_is_still_done(nlp):
    # control: an indicative "that" clause after a verb of saying reports the act
    found = read_actions(nlp, "Obama said that Congress passed the bill.")
    assert ("Congress", "agree or sign", None, "reported") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mark Felt was outraged by the Nixon administration's attempts to block the investigation.",
            ("Mark Felt", "accuse or criticise", "Nixon administration"),
        ),
        (
            "The White House was infuriated by Netanyahu's speech.",
            ("White House", "accuse or criticise", "Netanyahu"),
        ),
    ],
)
def test_a_feeling_read_as_a_passive_is_about_whom_it_names(nlp, text, expected):
    assert expected in read_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # controls: a passive feeling about no one named, or for someone, is a state, no criticism, and a
        # disappointment or a frustration read as a passive is as often regret or a game's (from a review)
        "Boeing was disappointed by the ruling.",
        "The Lakers were disappointed that Kobe Bryant retired.",
        "Federer was frustrated by Nadal's defence.",
        "Drew Brees was frustrated by the loss.",
        "Smith was disappointed for him.",
    ],
)
def test_a_passive_feeling_about_no_one_named_is_no_criticism(nlp, text):
    assert read_triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chrysler should form an alliance with Fiat.", ("Chrysler", "cooperate", "Fiat")),
        ("Nissan formed a joint venture with Renault.", ("Nissan", "cooperate", "Renault")),
        ("Yahoo teamed up with News Corporation.", ("Yahoo", "cooperate", "News Corporation")),
        ("Psystar filed a counterclaim against Apple.", ("Psystar", "accuse or criticise", "Apple")),
        ("Fiat completed the purchase of Chrysler.", ("Fiat", "cooperate", "Chrysler")),
        ("Google completed its acquisition of YouTube.", ("Google", "cooperate", "YouTube")),
        (
            "The British government will inject 37 billion pounds into the Royal Bank of Scotland.",
            ("British government", "cooperate", "Royal Bank of Scotland"),
        ),
        (
            "Tengzhong said it would seek approval from the European Commission.",
            ("Tengzhong", "appeal or request", "European Commission"),
        ),
        ("Henry Paulson had previously resisted calls to use the fund.", ("Henry Paulson", "deny", None)),
        (
            "The French government had pressed for Gallois to take the job.",
            ("French government", "appeal or request", "Gallois"),
        ),
    ],
)
def test_business_wordings_of_the_classes(nlp, text, expected):
    assert expected in read_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # controls: an alliance praised, a sale of nothing named, arrest resisted; and (from a review) a new
        # venture that is no joint one, pressure resisted in a game, a time pressed for, control taken
        "Obama praised the alliance with Fiat.",
        "GM completed the sale of 100 trucks.",
        "Smith resisted arrest.",
        "Elon Musk formed a new venture, Neuralink.",
        "Chelsea resisted late pressure from Arsenal.",
        "Pressed for time, Merkel left the summit.",
        "The Democrats took control of the Senate.",
    ],
)
def test_what_these_wordings_do_not_cover(nlp, text):
    assert read_triples(nlp, text) == set()


def test_the_purpose_of_an_act_is_none_of_its_own(nlp):
    text = "EADS teamed up with Northrop Grumman to bid for the tanker contract."
    assert read_triples(nlp, text) == {("EADS", "cooperate", "Northrop Grumman")}
    # control: the purpose of a move outside the classes is still to come
    found = read_actions(nlp, "Obama flew to Texas to meet with Rick Perry.")
    assert ("Obama", "negotiate", "Rick Perry", "future") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one arrested or selected does what the complement says, not the agent
        (
            "Raju Yadav had been arrested by the Sultanganj police in 2011 for killing a contractor.",
            ("Raju Yadav", "use force", None),
        ),
        ("Penske was selected by GM to buy Saturn.", ("Penske", "cooperate", "Saturn")),
        # a gerund the parser made an adjective of the person after it
        (
            "Tom Hostetler is charged with killing shift supervisor Anne Marie Kowalski.",
            ("Tom Hostetler", "use force", "Anne Marie Kowalski"),
        ),
        ("Carmine Vitale ordered the murder of Sal Greco.", ("Carmine Vitale", "appeal or request", None)),
        ("Prosecutor Elena Marquez will seek life sentences.", ("Elena Marquez", "appeal or request", None)),
        # a warship moved is forces deployed, and no target; what a warning is of names no one warned
        (
            "The Indian Navy diverted INS Mysore to the area.",
            ("Indian Navy", "deploy or withdraw forces", None),
        ),
        ("Corvex warns of critical flaw in PDF software", ("Corvex", "warn or threaten", None)),
    ],
)
def test_crime_and_news_wordings(nlp, text, expected):
    assert expected in read_triples(nlp, text)


def test_a_charge_is_an_allegation_however_its_gerund_is_parsed(nlp):
    found = read_actions(nlp, "Tom Hostetler is charged with killing shift supervisor Anne Marie Kowalski.")
    assert ("Tom Hostetler", "use force", "Anne Marie Kowalski", "reported") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # controls: money received on a contract, a flight diverted, jets ordered, arrest resisted
        "Tom Calloway is expected to receive the remaining $4 million on his contract.",
        "The airline diverted the flight to Denver.",
        "Qantas ordered 20 jets.",
        # (from a review) a merchant ship diverted, a ship written to, a gerund of no charge
        "Carnival diverted the MS Zaandam to Fort Lauderdale.",
        "Obama sent a letter to the crew of the USS Cole.",
    ],
)
def test_what_the_crime_and_news_wordings_do_not_cover(nlp, text):
    assert read_triples(nlp, text) == set()


def test_a_weapon_is_still_no_target(nlp):
    # control: "with" on the act's own verb is what it was done with
    assert ("Nichols", "use force", "Barnes") in read_triples(nlp, "Nichols shot Judge Barnes with a pistol.")
    assert ("Hiller", "use force", None) in read_triples(nlp, "Hiller gunned them down with a .357 Magnum.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (from a review of this round's rules) each rule held to its limits
        (
            "Japan lodged a protest with China over the disputed islands.",
            ("Japan", "accuse or criticise", "China"),
        ),
        ("Saudi Arabia formed an alliance against Iran.", ("Saudi Arabia", "cooperate", None)),
        (
            "The United States gave $50 million to the World Food Programme.",
            ("United States", "cooperate", "World Food Programme"),
        ),
        ("The United States banned the sale of Huawei phones.", ("United States", "sanction", "Huawei")),
        ("A letter was sent by Obama to urge Congress to act.", ("Obama", "appeal or request", "Congress")),
        (
            "Kiev insists that Russian forces attack civilians every day.",
            ("Russian forces", "use force", None),
        ),
        (
            "The Yankees negotiated with Robinson Cano for weeks, only to reject his final offer.",
            ("Yankees", "deny", None),
        ),
    ],
)
def test_what_the_review_of_the_round_keeps(nlp, text, expected):
    assert expected in read_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "Ford designed a new hybrid engine, and Toyota took a stake in it.",
            ("Toyota", "cooperate", "Ford"),
        ),
        (
            "Chelsea agreed to sell tickets for the match against Arsenal.",
            ("Chelsea", "agree or sign", "Arsenal"),
        ),
        ("Ford negotiated with striking union leader Bob King.", ("Ford", "use force", "Bob King")),
    ],
)
def test_what_the_review_of_the_round_rules_out(nlp, text, unwanted):
    assert unwanted not in read_triples(nlp, text)
