"""Readings that the twelfth round of work on actions found wrong in blind probe sets written the way crawled
copy looks. Each sentence is the team's own; each case failed before the rule it tests, except the controls,
which hold the rules to their limits."""

from __future__ import annotations

import pytest

from conftest import parse
from conftest import read_actions as actions
from conftest import read_triples as triples
from storyline.actions import extract_actions
from storyline.entities import extract_mentions
from storyline.records import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past-tense verb the parser hung on the infinitive before it is the governing verb's partner
        (
            "Mayor Ada Quill urged residents to stay indoors and accused the Harlan Water Company"
            " of negligence.",
            ("Ada Quill", "accuse or criticise", "Harlan Water Company"),
        ),
        (
            "Senator Teodor Brandt called on Ilse Marten to step aside and demanded an inquiry"
            " into the contracts.",
            ("Teodor Brandt", "appeal or request", None),
        ),
        # forces ordered to a frontier are deployed there
        (
            "President Ilse Varga ordered three brigades to the frontier on Sunday.",
            ("Ilse Varga", "deploy or withdraw forces", None),
        ),
        # a portfolio before a minister's title is no organisation he speaks for
        (
            '"We have detained the men who burned the cars," Interior Minister Tomas Reyl told reporters.',
            ("Tomas Reyl", "coerce", None),
        ),
        # a label that judges is criticism
        (
            "Orrin Telecom rejected the proposal in March, calling it opportunistic.",
            ("Orrin Telecom", "accuse or criticise", None),
        ),
        (
            'Foreign Minister Ada Quill called the tariff "an act of economic aggression" on Monday.',
            ("Ada Quill", "accuse or criticise", None),
        ),
        # assurances or an apology sought from someone are asked of them
        (
            "The Transport Workers Union will seek assurances from Orrin Telecom on jobs.",
            ("Transport Workers Union", "appeal or request", "Orrin Telecom"),
        ),
        (
            "Singer Ilse Marten is seeking an apology from the Daily Courier.",
            ("Ilse Marten", "appeal or request", "Daily Courier"),
        ),
        # forces moved are deployed, wherever to
        (
            "Serbia moved two artillery units to within ten kilometres of the dam.",
            ("Serbia", "deploy or withdraw forces", None),
        ),
        # a body's fighters, soldiers or forces are a named group
        (
            "The Free Highlands Army said its fighters had captured nine soldiers.",
            ("Free Highlands Army's fighters", "coerce", None),
        ),
        ("Israel said its forces had returned fire.", ("Israel's forces", "use force", None)),
        # naming someone host is hiring them, also where the parser read the verb as the name's participle
        ("NBC named comedian Barnaby Fitch as host of the awards.", ("NBC", "cooperate", "Barnaby Fitch")),
        # a clash over a matter with the one clashed with is a quarrel, wherever the "over" hangs
        (
            "The director, Rob Castellane, quit in October after clashing with Brightwater Pictures over the"
            " budget.",
            ("Rob Castellane", "accuse or criticise", "Brightwater Pictures"),
        ),
        # anything thrown at a person named is force
        (
            "The show ended after Teddy Okonjo threw a drumstick at Callum Breck.",
            ("Teddy Okonjo", "use force", "Callum Breck"),
        ),
        # pressing someone to act, begging them
        (
            "Rafferty Kwan had repeatedly pressured Marisol Okafor to return to touring.",
            ("Rafferty Kwan", "appeal or request", "Marisol Okafor"),
        ),
        ("Barnaby Fitch begged Ilse Marten to stay.", ("Barnaby Fitch", "appeal or request", "Ilse Marten")),
        # a body named by its kind after its name is a named group
        ("The Wagner group attacked the town.", ("Wagner group", "use force", None)),
        (
            "The opposition Narodna Volya party accused the government of lying.",
            ("Narodna Volya party", "accuse or criticise", None),
        ),
        # a name hung on the post it was named to as a modifier
        (
            "The Mariners named defensive coordinator Ansel Burke interim head coach.",
            ("Mariners", "cooperate", "Ansel Burke"),
        ),
        # negotiators for a body act as it
        (
            "Negotiators for the Philippine government agreed on Friday to a ceasefire.",
            ("Philippine government", "agree or sign", None),
        ),
        # blasting a decision or a response is criticism, whoever made it
        (
            "Coach Henrik Saltvedt blasted the decision after practice.",
            ("Henrik Saltvedt", "accuse or criticise", None),
        ),
        # police deploy officers and units; the units deployed are no target
        (
            "South Calder Police deployed firearms officers to the scene.",
            ("South Calder Police", "deploy or withdraw forces", None),
        ),
        (
            "Victoria Police deployed the Special Operations Group to the search on Thursday.",
            ("Victoria Police", "deploy or withdraw forces", None),
        ),
        # a tariff or a ban imposed or slapped on someone is a sanction
        ("Peru imposed a 35 percent tariff on Chilean wine.", ("Peru", "sanction", None)),
        (
            "Australia imposed travel bans on Tongan officials.",
            ("Australia", "sanction", "Tongan officials"),
        ),
        ("China slapped tariffs on Australian wine.", ("China", "sanction", None)),
        # granting someone's request is agreeing to it
        (
            "Judge Harriet Moore granted the FTC's request for a preliminary injunction.",
            ("Harriet Moore", "agree or sign", "FTC"),
        ),
        # a body's shareholders, seafarers or member states, asked by it, are a named group
        (
            "Orchard Lane Inc. urged its shareholders to take no action.",
            ("Orchard Lane Inc.", "appeal or request", "Orchard Lane Inc.'s shareholders"),
        ),
        (
            "The Ardent Union will ask its member states to contribute troops.",
            ("Ardent Union", "appeal or request", "Ardent Union's member states"),
        ),
    ],
)
def test_readings_of_the_twelfth_round(nlp, text, expected):
    assert expected in triples(nlp, text, with_quotes=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Ada Quill urged residents to stay indoors and accused the Harlan Water Company"
            " of negligence.",
            ("Ada Quill", "accuse or criticise", "Harlan Water Company", "asserted"),
        ),
        # a past-tense verb hung on a reported verb after a modal: the reporting verb's partner, as told
        (
            "Senator Ada Quill said she would accept the result and accused Teodor Brandt of fraud.",
            ("Ada Quill", "accuse or criticise", "Teodor Brandt", "asserted"),
        ),
        # (whoever the reported clause is about: a past tense cannot follow "would")
        (
            "Premier Neil Castellanos said the commission would oversee the inquiry and urged anyone with"
            " footage to come forward.",
            ("Neil Castellanos", "appeal or request", None, "asserted"),
        ),
        # (a verb in the base form after the modal shares it)
        (
            "Putin said Russia would withdraw its troops and sign the accord.",
            ("Russia", "agree or sign", None, "hedged"),
        ),
    ],
)
def test_the_partner_of_the_governing_verb_is_told_as_it_is(nlp, text, expected):
    assert expected in actions(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a verb coordinated with the infinitive in its own base form is asked of the object, not done
        ("Mayor Ada Quill urged Harlan Water Company to apologise and pay the families.", "cooperate"),
        # troops ordered back to barracks or to dinner are not deployed
        ("General Ilse Varga ordered the troops to their barracks.", "deploy or withdraw forces"),
        ("General Ilse Varga ordered the soldiers to the mess hall for dinner.", "deploy or withdraw forces"),
        # a party thrown at a hotel, a man named in passing, a player feeling pressured
        ("Orrin Telecom threw a party at the Ritz for Callum Breck.", "use force"),
        ("A man named Callum Breck was arrested in Leeds.", "cooperate"),
        ("Callum Breck felt pressured by the schedule.", "appeal or request"),
        # (found by the round's review, each narrowed:) the front of a convoy is no frontier; a company's
        # drones are no forces; a sports record is no decision; a city's nightclub is no named group; one's
        # own campaign judged is no criticism of another
        ("General Mark Milley ordered the Marines to the front of the convoy.", "deploy or withdraw forces"),
        ("Amazon deployed drones for deliveries in Texas.", "deploy or withdraw forces"),
        ("FedEx dispatched vessels and aircraft to carry vaccines.", "deploy or withdraw forces"),
        ("Ida Halvorsen blasted the record for the 400 metres.", "accuse or criticise"),
        ("A Berlin club refused entry to Israeli tourists.", "deny"),
        ("Senator Ada Quill described her own campaign as lazy at times.", "accuse or criticise"),
        # a ban lifted is no sanction; tariffs slapped are no blow
        ("The court lifted the ban on the Daily Courier.", "sanction"),
        ("China slapped tariffs on Australian wine.", "use force"),
        # bail or immunity granted is no request agreed to
        ("The judge granted Tom Reyes bail.", "agree or sign"),
        ("The court granted immunity to Tom Reyes.", "agree or sign"),
        # engineers deployed, rock blasted
        ("Microsoft deployed a team of engineers to fix the outage.", "deploy or withdraw forces"),
        ("The crew blasted the rock with dynamite.", "accuse or criticise"),
        # a company moving its offices moves no forces
        ("Orrin Telecom moved its headquarters to Dallas in May.", "deploy or withdraw forces"),
        # a description that judges nothing; seeking an office is no request
        ("Orrin Telecom called the bid hostile in its filing.", "accuse or criticise"),
        ("Senator Ada Quill is seeking re-election in November.", "appeal or request"),
    ],
)
def test_what_the_twelfth_round_leaves_alone(nlp, text, unwanted):
    assert unwanted not in {cls for _actor, cls, _target in triples(nlp, text, with_quotes=True)}


def test_an_army_spokesman_still_speaks_for_the_army(nlp):
    text = '"We will not negotiate with the kidnappers," Army spokesman Colonel John Amos said.'
    assert ("Army", "negotiate", None) in triples(nlp, text, with_quotes=True)


def test_a_party_that_is_an_event_is_no_target(nlp):
    text = "The gunman Tom Reyes opened fire at a Vancouver office Christmas party."
    assert ("Tom Reyes", "use force", None) in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "him" may be the doer's owner ...
        (
            "Vincent Gigante was charged in 1990. Gigante's immediate family supported him at every hearing.",
            ("Gigante's immediate family", "cooperate", "Vincent Gigante"),
        ),
    ],
)
def test_an_object_pronoun_may_be_the_doers_owner(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_an_object_pronoun_is_no_one_named_in_the_doers_name(nlp):
    # ... but not a word of the doer's own name the tagger took for a person
    text = (
        "Harold Pennock wrote 300 letters to the actress. In one letter, he warned that he would act. "
        "Thornleigh police arrested him in March."
    )
    doc = parse(nlp, text, {"Harold Pennock": "PERSON", "Thornleigh": "PERSON"})
    article = Article(id="a1", source="t", format="text", title=None, text=text)
    found = extract_actions(article, doc, extract_mentions(article, doc))
    arrests = [(a.actor, a.target) for a in found if a.action_class == "coerce"]
    assert arrests == [("Thornleigh police", "Harold Pennock")]


def test_a_headline_rooted_in_a_name_the_article_gives_in_full_is_that_names_act(nlp):
    # the tagger misses "Corvalis" in the headline; the article names it in full as "Corvalis Inc"
    text = (
        "Corvalis to buy security firm Pellucid for $1.9 billion\n"
        "Corvalis Inc said on Tuesday it had agreed to acquire Pellucid Networks for $1.9 billion in cash."
    )
    assert ("Corvalis Inc", "cooperate", "Pellucid Networks", "future") in actions(nlp, text)
