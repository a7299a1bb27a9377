"""Readings that two outside probes of the actions stage found wrong on fresh sentences of their own: names
the parser hangs in the wrong place, ships, object pronouns, games, dismissals, votes, words of judgement and
hearsay. Each sentence here is the team's own. Most cases fail on the code before the fixes; the
rest hold the fixes to their limits."""

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
        # the subject's name taken for a compound or an adverbial noun of the verb
        (
            "Mia Ford, whom Sarah Bloom shot, died on Sunday.",
            ("Sarah Bloom", "use force", "Mia Ford"),
        ),
        ("Biden Slams Putin Over Navalny Death", ("Biden", "accuse or criticise", "Putin")),
        ("Turkey imposed sanctions on Syria after the shelling.", ("Turkey", "sanction", "Syria")),
        # a helped person the parser took for a compound of the verb after it
        (
            "Felt helped Woodward link former aide Howard Hunt to the burglary.",
            ("Felt", "cooperate", "Woodward"),
        ),
    ],
)
def test_a_name_the_parser_hung_on_the_verb_is_its_subject_or_the_one_helped(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", ["Weighs Filing Charges Against Smith", "Kraft Shooting: Hiller Charged"])
def test_a_headline_noun_is_no_verb_with_a_subject(nlp, text):
    assert not any(actor in ("Weighs", "Kraft") for actor, _c, _t in triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        (
            'The navy said INS Talwar had sunk the Thai trawler "Sea Lotus 3" after a gunbattle.',
            "Sea Lotus 3",
        ),
        (
            "The navy said INS Talwar had sunk Thai trawler ``Sea Lotus 3'', which pirates had seized.",
            "Sea Lotus 3",
        ),
        ("Ukrainian drones sank the corvette Ivanovets.", "Ivanovets"),
        ("Somali pirates hijacked the Greek freighter Irene off Oman.", "Irene"),
    ],
)
def test_a_ship_named_after_its_kind_is_the_target(nlp, text, ship):
    assert any(target == ship for _a, _c, target in triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union condemned Belarus and urged it to free the jailed journalists.",
            ("European Union", "appeal or request", "Belarus"),
        ),
        (
            "A Dutch court fined Unilever and ordered it to pay compensation.",
            ("Dutch court", "appeal or request", "Unilever"),
        ),
    ],
)
def test_an_object_it_stands_for_the_thing_named_before(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile released a report on the spill. Greenpeace criticised it on Monday.",
            ("Greenpeace", "accuse or criticise", None),
        ),
        (
            "Hamas proposed a truce to Israel, and Benjamin Netanyahu rejected it.",
            ("Benjamin Netanyahu", "deny", None),
        ),
        ("Russia fired a cruise missile at Kyiv, and Ukraine shot it down.", ("Ukraine", "use force", None)),
        (
            "Germany sent tanks to Ukraine last year. Russia condemned it.",
            ("Russia", "accuse or criticise", None),
        ),
    ],
)
def test_an_object_it_for_a_thing_or_an_event_names_no_one(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_an_it_of_a_coordinated_act_is_not_the_target(nlp):
    # "pulled it back": the offer, not a party; the offer is still made to Teixeira
    got = triples(nlp, "Cashman made Teixeira an offer in the autumn, but has since pulled it back.")
    assert ("Cashman", "negotiate", "Teixeira") in got


def test_a_complaint_names_its_own_party_before_the_venue(nlp):
    got = triples(nlp, "Canada filed a complaint against Brazil at the WTO.")
    assert ("Canada", "accuse or criticise", "Brazil") in got


@pytest.mark.parametrize(
    "text",
    [
        "Rafael Nadal beat Roger Federer 6-4 in the final set.",
        "The Knicks held the Bulls to 84 points on Monday.",
        "The Ravens sacked Joe Flacco three times in the second half.",
        "The Chiefs intercepted Joe Burrow twice in the fourth quarter.",
    ],
)
def test_plays_and_results_of_a_game_are_no_force(nlp, text):
    assert not triples(nlp, text)


def test_a_coach_fired_during_a_losing_season_is_still_dismissed(nlp):
    got = triples(nlp, "The Sixers fired coach Maurice Cheeks after a 9-14 start.")
    assert any(cls == "sanction" for _a, cls, _t in got)


def test_a_year_range_or_an_anniversary_is_no_score(nlp):
    got = triples(nlp, "Israel struck Hamas positions in Gaza after the 9-11 anniversary.")
    assert ("Israel", "use force", "Hamas") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Juventus sacked manager Luca Bassi on Sunday.", ("Juventus", "sanction", "Luca Bassi")),
        (
            "Harlow Motors fired chief operating officer Lisa Tran.",
            ("Harlow Motors", "sanction", "Lisa Tran"),
        ),
        ("Dunmore Foods fired its treasurer, Tom Ash.", ("Dunmore Foods", "sanction", "Tom Ash")),
        (
            "Mark Dale, who was fired by Norcom's board in May, returned days later.",
            ("Norcom's board", "sanction", "Mark Dale"),
        ),
        (
            "Westbrook United parted company with Erik Sandvik.",
            ("Westbrook United", "sanction", "Erik Sandvik"),
        ),
        ("Congress passed the Clean Water Act in 1972.", ("Congress", "agree or sign", None)),
        (
            "The Senate confirmed Janet Morrow as Treasury secretary.",
            ("Senate", "agree or sign", "Janet Morrow"),
        ),
    ],
)
def test_dismissals_and_a_legislature_s_votes(nlp, text, expected):
    got = triples(nlp, text)
    assert expected in got or any(
        (a, c) == expected[:2] and (t or "").startswith((expected[2] or "").split()[0]) for a, c, t in got
    )


@pytest.mark.parametrize(
    "text",
    [
        "Police confirmed that Smith had been arrested.",
        "The ministry confirmed the deaths of two soldiers.",
        "The Senate passed the milestone of fifty votes.",
    ],
)
def test_confirming_and_passing_are_otherwise_no_acts(nlp, text):
    assert not any(cls == "agree or sign" for _a, cls, _t in triples(nlp, text))


def test_a_storm_is_no_actor(nlp):
    assert not triples(nlp, "Hurricane Helene threatened the coast of Florida.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donald Trump called Joe Biden a disgrace.", ("Donald Trump", "accuse or criticise", "Joe Biden")),
        ("Amnesty described Hungary's new law as draconian.", ("Amnesty", "accuse or criticise", "Hungary")),
        ("Viktor Orban hit out at Brussels on Friday.", ("Viktor Orban", "accuse or criticise", "Brussels")),
        ("Nike fired back at Adidas's claims in a statement.", ("Nike", "accuse or criticise", "Adidas")),
    ],
)
def test_words_of_judgement_are_criticism(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_calling_someone_a_friend_is_no_criticism(nlp):
    assert not triples(nlp, "Donald Trump called Joe Biden a friend.")


@pytest.mark.parametrize(
    "text",
    [
        "Amazon supported the Senate bill on data privacy.",
        "Angela Merkel supported a two-state solution for Israel and the Palestinians.",
        "Netflix accepted the Emmy for best drama series.",
        "Apple offered a $200 discount to Samsung owners.",
        "Ronaldo signed a shirt for a young fan.",
        '"I never hit her," Ortiz insisted.',
    ],
)
def test_views_prizes_giveaways_autographs_and_protests_of_innocence_are_no_actions(nlp, text):
    assert not triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia is reported to have attacked Odesa with drones overnight.", "reported"),
        ("Amazon is said to have hired Goldman Sachs for the deal.", "reported"),
        ("Hamas is believed to have seized the two soldiers.", "reported"),
        ("Donald Trump considered firing FBI director Christopher Wray.", "hedged"),
        ("Germany pledged to support Ukraine.", "future"),
        ("Volvo to buy Saab from General Motors", "future"),
    ],
)
def test_hearsay_thoughts_and_promises_keep_their_modality(nlp, text, modality):
    got = actions(nlp, text)
    assert got and all(m == modality for _a, _c, _t, m in got), got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # counts, ranges, votes and periods of a year are no game
        ("Russia fired 70-80 missiles at Kyiv on Sunday.", ("Russia", "use force", "Kyiv")),
        (
            "After a 6-3 court ruling, Arizona police detained 150 migrants.",
            ("Arizona police", "coerce", None),
        ),
        (
            "Leeds police arrested 30 fans after Millwall's 2-1 win over Leeds.",
            ("Leeds police", "coerce", None),
        ),
        (
            "In the first half of 2024, Israeli forces killed 40 militants in Jenin.",
            ("Israeli forces", "use force", None),
        ),
        (
            "In the first set of strikes, Israel killed 12 Hezbollah commanders.",
            ("Israel", "use force", "Hezbollah"),
        ),
        # a storm in a phrase before the actor, a company named after one
        ("During the storm Russia attacked the port of Odesa.", ("Russia", "use force", None)),
        (
            "Hurricane Energy sued its former chief executive.",
            ("Hurricane Energy", "accuse or criticise", None),
        ),
        # fired upon is force, whatever stands beside the name
        (
            "The journalist Rana Haddad was fired upon by Israeli troops.",
            ("Israeli troops", "use force", "Rana Haddad"),
        ),
    ],
)
def test_what_the_review_of_the_new_rules_kept(nlp, text, kept):
    assert kept in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Steve Kerr was upset after the Warriors lost the final.",
        "Rafael Nadal was angry with himself after the defeat.",
        "China has a great deal in common with Russia.",
        "DJ Khaled turned down the music after neighbours complained.",
        "China, as opposed to Russia, backed the plan.",
        "NASA called the rocket test a failure.",
        "Serena Williams complained about stomach pains before withdrawing.",
        "Apple mocked up a prototype of the car.",
        "J.J. Watt sacked Tom Brady on the final play of the game.",
        "Mayor Ed Stone talked to Reuters about the flooding.",
    ],
)
def test_what_the_review_of_the_new_rules_found_misfiring(nlp, text):
    assert not triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bernie Sanders clashed with Joe Biden over health care.",
            ("Bernie Sanders", "accuse or criticise", "Joe Biden"),
        ),
        ("The EU proposed sanctions on Russia.", ("European Union", "appeal or request", None)),
        ("Netanyahu ordered a strike on Hezbollah in Beirut.", ("Netanyahu", "appeal or request", None)),
        ("Liverpool confirmed Arne Slot as head coach on Monday.", ("Liverpool", "cooperate", "Arne Slot")),
        ("Gupta mulled the offer for a while, but eventually turned it down.", ("Gupta", "deny", None)),
    ],
)
def test_readings_the_review_corrected(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ukrainian forces have learned to shoot down Russian drones.", "asserted"),
        (
            "Mayor Ruth Pell said she was extremely disappointed that the council had ignored the warnings.",
            "reported",
        ),
    ],
)
def test_learning_a_skill_and_a_quoted_disappointment(nlp, text, modality):
    got = actions(nlp, text)
    assert got and all(m == modality for _a, _c, _t, m in got), got
