"""Readings that the third round of work on actions found wrong, in the development errors and in a third
round of outside probes (business, crime and sports, and international wire copy): participles that are
passive though the parser joined them to an active verb, infinitives asked of a party named after a
preposition, complaints and pleas told with a clause, rumours discounted, labels that condemn, forces and
rockets launched, the gender a family noun in apposition gives a name, a "he" inside a "who" clause about
someone, and the holder of an office written before the name. Each sentence is the team's own; each case
failed before the rule it tests, except the controls, which hold the rules to their limits."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
from conftest import read_triples as triples
from storyline.entities import nlp_model


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # a participle coordinated with one after "was" is passive too: LaSalle was taken, he took no one
        ("There, LaSalle was eventually Tasered and taken into custody.", "LaSalle"),
        # a bare participle after a comma, joined by the parser to a verb of another tense, is a reduced
        # passive about the name before it: the Chargers arrested no one
        (
            "The Chargers are awaiting the outcome of a case involving Vincent Jackson, arrested Jan. 6 in "
            "Clairemont.",
            "Chargers",
        ),
    ],
)
def test_participles_joined_to_another_verb_stay_passive(nlp, text, not_expected):
    assert not [t for t in triples(nlp, text) if t[0] == not_expected]


def test_coordinated_active_verbs_keep_their_subject(nlp):
    found = actions(nlp, "The FBI arrested Smith on Monday, charged him with fraud and jailed him.")
    assert [(a, c, t) for a, c, t, _m in found] == [
        ("Federal Bureau of Investigation", "coerce", "Smith")
    ] * 3


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Ford pleaded with Congress to approve the loans.",
            ("Ford", "appeal or request", "Congress"),
            ("Ford", "agree or sign", None),
        ),
        (
            "Mali appealed to the United Nations to sanction France.",
            ("Mali", "appeal or request", "United Nations"),
            ("Mali", "appeal or request", "France"),
        ),
    ],
)
def test_an_infinitive_asked_of_a_party_after_a_preposition_is_not_done(nlp, text, expected, not_expected):
    found = triples(nlp, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents of Gavarzin complained that relief operations were slow.",
            ("Residents of Gavarzin", "accuse or criticise", None),
        ),
        ("Tom Reyes pleaded in vain to be kept in custody.", ("Tom Reyes", "appeal or request", None)),
        ("LaRue discounted rumors that he was Deep Throat.", ("LaRue", "deny", None)),
        (
            'After the sentencing, Stirling called Orozco a "predator."',
            ("Stirling", "accuse or criticise", "Orozco"),
        ),
        (
            "INS Mysore launched a helicopter with marine commandos to stop the pirates.",
            ("INS Mysore", "deploy or withdraw forces", None),
        ),
        ("Hamas launched rockets at Israel.", ("Hamas", "use force", "Israel")),
    ],
)
def test_complaints_pleas_discounting_labels_and_launches(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rossi complained of chest pains.",  # an ailment, no one's fault
        "Macy's discounted its winter coats.",  # prices
        "Apple launched a new phone.",
        "North Korea launched a missile test on Monday.",
        "Tom Reyes pleaded guilty to fraud.",
    ],
)
def test_ailments_prices_products_tests_and_pleas_in_court_are_no_actions(nlp, text):
    assert triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family noun in apposition gives the name its gender: "he" is not Robyn Mendes
        (
            "Gary Holt lived with Robyn Mendes, his girlfriend. Robyn Mendes was the victim in that case. "
            "In 2005, he grabbed her by the throat.",
            ("Gary Holt", "use force", "Robyn Mendes"),
        ),
        # a "he" inside a "who" clause about O'Brien is O'Brien, not the subject of the main clause
        (
            "Billy King decided to fire Jim O'Brien, who still has two years left on the contract he signed "
            "when he was hired by the Sixers in 2004.",
            ("Sixers", "cooperate", "Jim O'Brien"),
        ),
        # the holder of an office written before the name, through its "of" phrases
        (
            "President Trump fired Director of National Intelligence Dan Coats.",
            ("Trump", "sanction", "Dan Coats"),
        ),
        (
            "Boeing had previously hired Deputy Undersecretary of the Air Force for Acquisition "
            "Darleen Druyun.",
            ("Boeing", "cooperate", "Darleen Druyun"),
        ),
    ],
)
def test_pronouns_by_gender_and_relative_clause_and_office_holders(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_a_who_clause_with_another_person_named_binds_no_one(nlp):
    text = "Smith met Jones, who told reporters that Brown had hired him before he sued the club."
    sued = [a for a, c, _t, _m in actions(nlp, text) if c == "accuse or criticise"]
    assert "Jones" not in sued


# -- the third round of outside probes (business, crime and sports, international wire copy)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON (Reuters) - British Airways has reached a pay deal with the Unite union on Monday.",
            ("British Airways", "agree or sign"),
        ),
        (
            "TOKYO (Reuters) - Sony Group Corp said on Wednesday it had signed a licensing agreement "
            "with Arm Holdings.",
            ("Sony Group Corp", "agree or sign"),
        ),
        ("LONDON, March 3 (Reuters) - HSBC sued Barclays over the patent.", ("HSBC", "accuse or criticise")),
    ],
)
def test_a_dateline_is_never_the_actor(nlp, text, expected):
    found = triples(nlp, text)
    assert {(a, c) for a, c, _t in found} == {expected}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Moscow accused Western governments of arming Ukraine.",
            ("Western governments", "cooperate", "Ukraine"),
            ("Moscow", "cooperate", "Ukraine"),
        ),
        (
            "Polish prosecutors have charged two Ukrainian citizens with setting the fire.",
            ("Polish prosecutors", "coerce", "Ukrainian citizens"),
            ("Polish prosecutors", "use force", None),
        ),
    ],
)
def test_an_act_one_is_accused_of_is_never_the_accuser_s(nlp, text, expected, not_expected):
    found = triples(nlp, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        (
            "Ethiopia and Somalia agreed to work towards resolving a dispute over Addis Ababa's plan.",
            "Addis Ababa",
        ),
        (
            "Japan and the Philippines signed the Reciprocal Access Agreement on Monday.",
            "Reciprocal Access Agreement",
        ),
        ("Sony signed a licensing agreement with U.S. chip designer Arm Holdings.", "United States"),
    ],
)
def test_topics_treaties_and_a_country_describing_a_company_are_no_targets(nlp, text, not_target):
    targets = {t for _a, _c, t in triples(nlp, text)}
    assert targets and not_target not in targets


def test_the_company_a_country_describes_is_the_target(nlp):
    assert ("Sony", "agree or sign", "Arm Holdings") in triples(
        nlp, "Sony signed a licensing agreement with U.S. chip designer Arm Holdings."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State Department said it was concerned and called on Beijing to show restraint.",
            ("State Department", "appeal or request", "Beijing", "asserted"),
        ),
        (
            "Angela Merkel said she was disappointed and urged Russia to withdraw.",
            ("Angela Merkel", "appeal or request", "Russia", "asserted"),
        ),
        (
            "Senegal asked France to close its military bases.",
            ("Senegal", "appeal or request", "France", "asserted"),
        ),
        ("Turkey is close to signing a deal with Russia.", ("Turkey", "agree or sign", "Russia", "hedged")),
    ],
)
def test_a_reporter_s_own_appeal_and_the_verb_close_are_asserted(nlp, text, expected):
    assert expected in actions(nlp, text)


def test_an_act_beside_a_report_about_someone_else_stays_theirs(nlp):
    found = triples(nlp, "Police said he had robbed a bank and threatened a clerk.")
    assert not [t for t in found if t[0] == "Police"]


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # a bare surname is the article's principal, not a relative introduced by kinship
        (
            "Paul Renner owned the bar. His wife, Diane Renner, ran the kitchen. Prosecutors say Renner paid "
            "Lamar Steele to carry out the killing.",
            "Diane Renner",
        ),
        # the one hired or paid to act does the act, not the one paying
        ("Paul Renner paid a hitman to kill his business partner Tom Ruiz.", "Paul Renner"),
        ("Paul Renner hired Lamar Steele to attack the rival.", "Lamar Steele"),
    ],
)
def test_surnames_and_acts_paid_for(nlp, text, not_expected):
    assert not [t for t in triples(nlp, text) if t[0] == not_expected and t[1] == "use force"]


def test_a_payment_to_settle_is_the_payer_s_act(nlp):
    found = triples(nlp, "Paul Renner paid $5,000 to settle the claim with Tom Ruiz.")
    assert ("Paul Renner", "agree or sign", "Tom Ruiz") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft clashed with Google over patents.", ("Microsoft", "accuse or criticise", "Google")),
        (
            "Governor Reese clashed with the Teamsters over pensions.",
            ("Reese", "accuse or criticise", "Teamsters"),
        ),
        (
            "Hamas fighters clashed with Israeli troops in Gaza.",
            ("Hamas", "use force", "Israeli troops"),
        ),
        ("Washington pressed Iran to halt uranium enrichment.", ("Washington", "appeal or request", "Iran")),
        (
            "Israeli troops returned fire at Hezbollah positions.",
            ("Israeli troops", "use force", "Hezbollah"),
        ),
    ],
)
def test_quarrels_pressing_and_returned_fire(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Apple will offer its streaming service in India.",
        "Lumina Finance raised $50 million to fund its expansion.",
        "The Fed pressed ahead with rate rises.",
    ],
)
def test_goods_on_offer_funding_a_plan_and_pressing_ahead_are_no_actions(nlp, text):
    assert triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEATTLE - Amazon.com Inc has hired former Walmart executive Carla Jimenez to run its grocery "
            "business.",
            ("Amazon.com Inc", "cooperate", "Carla Jimenez", "asserted"),
        ),
        (
            "TORONTO - Aurelia Gold Corp on Monday launched a hostile bid for Northstar Minerals.",
            ("Aurelia Gold Corp", "negotiate", "Northstar Minerals", "asserted"),
        ),
        (
            "Paul Renner paid Lamar Steele to kill Tom Ruiz.",
            ("Lamar Steele", "use force", "Tom Ruiz", "future"),
        ),
        # an adverbial clause of a report is told as done, not as what was reported
        (
            "After he met Putin, Obama said the talks were useful.",
            ("Obama", "negotiate", "Putin", "asserted"),
        ),
    ],
)
def test_companies_by_legal_form_acts_paid_for_and_adverbial_clauses_of_reports(nlp, text, expected):
    assert expected in actions(nlp, text)


def test_walking_up_to_a_car_is_no_approach_to_its_owner(nlp):
    assert triples(nlp, "Deputy Isaiah Grant, 31, was shot as he approached Jesse Navarro's car.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel launched a wave of air strikes against Hezbollah.", ("Israel", "use force", "Hezbollah")),
        ("Russia carried out dozens of drone attacks on Kyiv.", ("Russia", "use force", "Kyiv")),
    ],
)
def test_an_event_noun_counted_by_a_noun_before_it_keeps_its_light_verb(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_an_act_someone_is_warned_to_stop_is_no_one_s(nlp):
    found = triples(nlp, "Washington warned the Houthis to stop attacking shipping.")
    assert found == {("Washington", "warn or threaten", "Houthis")}


# -- a review's sentences, which the first versions of these rules misread


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obama met with Georgia Governor Nathan Deal on Monday.", ("Obama", "negotiate")),
        ("Real Madrid paid a record fee to sign Jude Bellingham.", ("Real Madrid", "agree or sign")),
        ("Boeing proposed on Tuesday to buy Spirit AeroSystems.", ("Boeing", "cooperate")),
        ("Hamas clashed with Fatah over the weekend.", ("Hamas", "use force")),
        ("Washington offered Kyiv newer models of the Patriot system.", ("Washington", "negotiate")),
    ],
)
def test_surnames_fees_days_weekends_and_arms_offered_keep_their_readings(nlp, text, expected):
    assert expected in {(a, c) for a, c, _t in triples(nlp, text)}


def test_a_ship_launched_is_no_deployment(nlp):
    assert triples(nlp, "China launched its newest warship in Shanghai.") == set()


def test_an_act_beside_a_report_of_what_the_reporter_had_done_stays_reported(nlp):
    found = actions(nlp, "Iran said it had warned Washington and threatened to retaliate.")
    assert ("Iran", "warn or threaten", None, "reported") in found
    assert not [a for a in found if a[3] == "asserted"]
