"""Readings that the tenth round of work on actions found wrong in the development errors. Each sentence is
the team's own; each case failed before the rule it tests, except the controls, which hold the rules to
their limits."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
from conftest import read_triples as triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a number the parser hangs on "helped" is no one helped: the team the help guided is
            "In 2004, coach Tomas Berg helped guide the Portland Trail Blazers to a record of "
            "51 - 31 (. 622) and a playoff spot.",
            ("Tomas Berg", "cooperate", "Portland Trail Blazers"),
        ),
        # a possessive pronoun's family, players or employer is a named group, as actor or target
        (
            "Deputy Marcus Vail was killed on Friday. His family declined a request for an interview.",
            ("Marcus Vail's family", "deny", None),
        ),
        (
            "Coach Dale Ferris met with his players on Monday.",
            ("Dale Ferris", "negotiate", "Dale Ferris's players"),
        ),
        # armed men boarding a named ship seize it
        (
            "Indian marine commandos boarded the pirate dhow, Al Fahad, at dawn.",
            ("Indian marine commandos", "coerce", "Al Fahad"),
        ),
        # an announcement that someone will host or take a post gives it to them
        (
            "Halvorsen Motors announced on Monday that Karl Stein will become its chairman.",
            ("Halvorsen Motors", "cooperate", "Karl Stein"),
        ),
        (
            "Singer Mara Lind will return to host the Aurora Awards, producers Jon Pike and Ada Moss "
            "announced.",
            ("Ada Moss", "cooperate", "Mara Lind"),
        ),
        # an "its" before someone's people is the company or ship the clause is about
        (
            "Halvorsen Motors also offered a new round of cash buyouts to its hourly workers.",
            ("Halvorsen Motors", "negotiate", "Halvorsen Motors's hourly workers"),
        ),
        (
            "Indian warship INS Tarkash and its marine commandos thwarted a hijack attempt on Sunday.",
            ("INS Tarkash's marine commandos", "use force", None),
        ),
        # a named group's announcement that "it" will act: the group's act
        (
            "Shares rose after the Veloria government's announcement that it would sue Norvale Bank.",
            ("Veloria government", "accuse or criticise", "Norvale Bank"),
        ),
        # an application to a body or for leave is a request
        (
            "Halvorsen Motors first applied to the regulator for approval in 2025.",
            ("Halvorsen Motors", "appeal or request", None),
        ),
        # counsel given as a service, and a player drafted, are cooperation
        ("Goldman Sachs advised Dunmore Foods on the deal.", ("Goldman Sachs", "cooperate", "Dunmore Foods")),
        (
            "Marcus Reed was drafted by the Portland Sentinels in 2019.",
            ("Portland Sentinels", "cooperate", "Marcus Reed"),
        ),
        # troops pulled "out of" a country: the country is where they leave
        (
            "The Pentagon confirmed that the United States would pull about 1,500 troops out of Romania next "
            "spring.",
            ("United States", "deploy or withdraw forces", "Romania"),
        ),
        # massing troops is a deployment, ramming a boat force
        (
            "Guyana on Friday accused Venezuela of massing troops along the border.",
            ("Venezuela", "deploy or withdraw forces", None),
        ),
        (
            "China rammed a Philippine supply boat near the shoal.",
            ("China", "use force", "Philippine supply boat"),
        ),
        # a gerund coordinated with the one a judged party is accused of is theirs too
        (
            "The Philippines accused Chinese coast guard vessels of ramming and firing water cannon at a "
            "supply boat.",
            ("Chinese coast guard vessels", "use force", None),
        ),
        # a named bloc
        (
            "The ECOWAS regional bloc urged Bamako to work with its neighbours.",
            ("ECOWAS regional bloc", "appeal or request", "Bamako"),
        ),
        # force on a "him" who is no one named is still force
        (
            "A man walked into the bar on Friday. Jon Pike struck him in the face.",
            ("Jon Pike", "use force", None),
        ),
        # "his company" is the company the article says he holds an office in
        (
            "Halvorsen Motors chief executive Karl Stein said his company would sue Norvale Bank.",
            ("Halvorsen Motors", "accuse or criticise", "Norvale Bank"),
        ),
        # goods counted are no party to a trade; a maker named inside them is
        ("Emirates bought 60 Boeing jets.", ("Emirates", "cooperate", "Boeing")),
        (
            "DaimlerChrysler has sold 80.1% of its stake in Chrysler.",
            ("DaimlerChrysler", "cooperate", "Chrysler"),
        ),
        # "The City Attorney's Office": a capitalised office whose "the" hangs on its owner
        (
            "The City Attorney's Office filed charges against Jamal Williams.",
            ("City Attorney's Office", "coerce", "Jamal Williams"),
        ),
        # money sought in a suit is sought from the one sued (the guidelines' reading)
        (
            "Kimberly Osei sued Halvorsen Foods on Thursday, seeking $2.5 million in damages.",
            ("Kimberly Osei", "appeal or request", "Halvorsen Foods"),
        ),
        (
            "Pixora filed a lawsuit against Lumencast Technologies, seeking $300 million.",
            ("Pixora", "appeal or request", "Lumencast Technologies"),
        ),
        # one of someone's kin acts as a named party
        (
            "Owen Hale was born in Ohio. His father attacked a neighbour in 1950.",
            ("Owen Hale's father", "use force", None),
        ),
    ],
)
def test_readings_of_the_tenth_round(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_one_of_someones_kin_is_no_target(nlp):
    # "stabbed his wife": an unnamed person, not a named party
    found = triples(nlp, "Police said Owen Hale stabbed his wife at their home in 1998.")
    assert ("Owen Hale", "use force", None) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Nora Quist boarded the ship Aurora in Southampton.",  # a passenger
        "Indian troops boarded the Air India plane to Delhi.",  # no ship
        "Indian commandos boarded the larger pirate boat at dawn.",  # no ship named
        # (found by the round's review: forces boarding their own ship, an inspection, a ceremony)
        "Marines boarded the amphibious assault ship USS Bataan ahead of the deployment.",
        "Greek coast guard officers boarded the cruise ship Celestyal Crystal to inspect safety equipment.",
        "French sailors boarded the cruise ship Queen Mary 2 for a ceremony.",
    ],
)
def test_boarding_that_seizes_nothing(nlp, text):
    assert not [t for t in triples(nlp, text) if t[1] == "coerce"]


def test_an_announcement_of_anything_else_is_speech(nlp):
    found = triples(nlp, "Halvorsen Motors announced that Karl Stein will retire next year.")
    assert not [t for t in found if t[1] == "cooperate"], found


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The update applies to all versions of the browser.", "appeal or request"),
        ("Police advised local residents to shut all doors and windows.", "cooperate"),
        ("Britain drafted the resolution.", "cooperate"),
        # (found by the round's review: advice against something is a request, a post of another company is
        # not the announcer's to give, a guest hosted holds no post, a maker of goods sold is no buyer)
        ("The WHO advised China against reopening the markets.", "cooperate"),
        ("Halvorsen Motors announced that Karl Stein will become chairman of Norvale Bank.", "cooperate"),
        (
            "The White House announced that President Joe Biden will host Chinese President Xi Jinping.",
            "cooperate",
        ),
        ("Walmart sold 3 million Samsung televisions.", "cooperate"),
        ("Israel accused Hamas of breaking the truce and launched airstrikes on Gaza.", None),
    ],
)
def test_what_the_tenth_round_leaves_alone(nlp, text, unwanted):
    found = triples(nlp, text)
    if unwanted is None:  # the airstrikes are Israel's, not the accused's
        assert ("Hamas", "use force", "Gaza") not in found, found
    else:
        assert not [t for t in found if t[1] == unwanted], found


def test_an_act_coordinated_with_an_alleged_one_is_reported(nlp):
    text = (
        "The Philippines accused Chinese coast guard vessels of ramming and firing water cannon at a supply "
        "boat."
    )
    assert ("Chinese coast guard vessels", "use force", None, "reported") in actions(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the tagger ran the verb into one name with the team: the team is the part the story names
            "Ironclads Fire Head Coach Whitley After 3-14 Season\n"
            "The Columbus Ironclads fired head coach Dan Whitley on Monday, a day after a 3-14 season.\n"
            "Whitley went 17-34 in three seasons with the Ironclads.\n",
            ("Ironclads", "sanction", "Dan Whitley"),
        ),
        (
            # a second verb after "and" is the same party's
            "Kenbridge Rovers Sack Manager Gary Hollis and Appoint Former Captain Lee Dean\n"
            "Kenbridge Rovers have sacked manager Gary Hollis after seven defeats.\n",
            ("Kenbridge Rovers", "cooperate", "Lee Dean"),
        ),
    ],
)
def test_title_case_headlines_read_by_their_words(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_goods_counted_are_no_party_to_a_trade(nlp):
    found = triples(nlp, "Jobs said that Apple sold 13.7 million Macs last year.")
    assert not [t for t in found if t[2] == "Macs"], found
