"""Readings that the thirteenth round of work on actions found wrong in blind probe sets written the way
crawled copy looks. Each sentence is the team's own; each case failed before the rule it tests, except the
controls, which hold the rules to their limits."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
from conftest import read_triples as triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object "him" or "her" is never its own doer: in a quotation whose "I" is the speaker, the one the
        # quotations before spoke of
        (
            '"Tobias has been loyal to this club," Rasmussen said.\n'
            '"I asked him to stay for one more season."',
            ("Rasmussen", "appeal or request", "Tobias"),
        ),
        (
            '"Anton Vasquez never paid the band what he owed," Okafor told reporters.\n'
            '"I will sue him if I have to."',
            ("Okafor", "accuse or criticise", "Anton Vasquez"),
        ),
        # (the one who speaks of "him" in a report is still who "him" is)
        (
            "Pavel Brandt said Marek Lund had accused him of lying.",
            ("Marek Lund", "accuse or criticise", "Pavel Brandt"),
        ),
    ],
)
def test_readings_of_the_thirteenth_round(nlp, text, expected):
    assert expected in triples(nlp, text, with_quotes=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "both sides", "both governments", "the two countries", "both men": the two parties of that kind
        # named together just before, each
        (
            "Peru and Chile held talks in November, when both sides agreed to set up a hotline.",
            {("Peru", "agree or sign", None), ("Chile", "agree or sign", None)},
        ),
        (
            "Peru and Chile quarrelled over fishing rights for a year. The two countries signed a treaty"
            " on Monday.",
            {("Peru", "agree or sign", None), ("Chile", "agree or sign", None)},
        ),
        (
            "Police arrested Tom Reyes and Carl Webb in May. Both men admitted helping Dara Quist escape.",
            {("Tom Reyes", "cooperate", "Dara Quist"), ("Carl Webb", "cooperate", "Dara Quist")},
        ),
        # a group noun of several named countries acts as each
        (
            "The governments of Peru and Chile signed a ceasefire agreement on Wednesday.",
            {("Peru", "agree or sign", None), ("Chile", "agree or sign", None)},
        ),
    ],
)
def test_both_sides_are_the_pair_named_before(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # (not a pair of another kind, nor with no pair named just before)
        "Peru and Chile quarrelled over fishing rights for a year. Both teams signed a treaty on Monday.",
        "Tom Reyes and Carl Webb met in May. Both governments signed the treaty on Monday.",
        "Peru quarrelled with its neighbours for a year. Both sides signed a treaty on Monday.",
    ],
)
def test_both_sides_need_a_pair_of_their_kind(nlp, text):
    assert not {actor for actor, cls, _target in triples(nlp, text) if cls == "agree or sign"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "we" is the organisation that a phrase in apposition to its speaker says they hold an office in
        (
            "Corlan Chemicals was fined on Monday.\n"
            'Corlan Chemicals’ managing director, Tom Reyes, said: "We accept the ruling in full."',
            ("Corlan Chemicals", "agree or sign", None),
        ),
        (
            "Corlan Chemicals was fined on Monday.\n"
            'Tom Reyes, the managing director of Corlan Chemicals, said: "We accept the ruling in full."',
            ("Corlan Chemicals", "agree or sign", None),
        ),
        # (not one they held once)
        (
            "Corlan Chemicals was fined on Monday.\n"
            'Tom Reyes, a former director of Corlan Chemicals, said: "We accept the ruling in full."',
            ("Tom Reyes", "agree or sign", None),
        ),
    ],
)
def test_a_we_speaks_for_the_office_described_beside_the_speaker(nlp, text, expected):
    assert expected in triples(nlp, text, with_quotes=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks held over a stretch of time are talks held
        (
            "Ford and Renault held two days of talks in Oslo this week.",
            ("Ford", "negotiate", None, "asserted"),
        ),
        # union representatives, organisers or drivers dismissed or suspended are staff let go
        (
            "Porters will vote after Acme Corp dismissed two union representatives in January.",
            ("Acme Corp", "sanction", None, "asserted"),
        ),
        (
            "The Caddenham Bus Company said it had suspended two drivers who refused to cross a picket line.",
            ("Caddenham Bus Company", "sanction", None, "reported"),
        ),
        # an adverbial clause told in the past is done, whatever its main clause says of what is to come
        (
            "Putin will visit Paris after Macron signed the treaty.",
            ("Macron", "agree or sign", None, "asserted"),
        ),
        # (a clause still to come keeps the future: "when the union signs", "until Ford negotiates")
        ("Ford will cut jobs when the UAW signs the deal.", ("UAW", "agree or sign", None, "future")),
        ("Unite will strike until Ford negotiates with it.", ("Ford", "negotiate", "Unite", "future")),
        # (the sides named beside the words are the sides)
        (
            "Egypt and Qatar mediated the talks. Both sides, Israel and Hamas, accepted the truce on Friday.",
            ("Israel", "agree or sign", None, "asserted"),
        ),
        # (after a "would", a past tense is the present shifted back: still to come)
        (
            "Hamas said it would release the hostages only after Israel withdrew its troops.",
            ("Israel", "deploy or withdraw forces", None, "hedged"),
        ),
        # (fired "as" a coach is let go from that post)
        ("Acme Corp fired Tom Reyes as coach on Monday.", ("Acme Corp", "sanction", "Tom Reyes", "asserted")),
    ],
)
def test_readings_of_the_thirteenth_round_with_modality(nlp, text, expected):
    assert expected in actions(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named between commas after a description, wherever the parser hung the name
        (
            "Governor Alicia Whitcombe said she had spoken with the facility's warden, Dennis Okafor, twice"
            " during the afternoon.",
            ("Alicia Whitcombe", "negotiate", "Dennis Okafor"),
        ),
        # speaking to a person named in apposition is talks with them
        (
            "Business Secretary Helen Marsh said she had spoken to Renault's chief executive,"
            " Olivier Dussaud, on Thursday morning.",
            ("Helen Marsh", "negotiate", "Olivier Dussaud"),
        ),
        # contacting a named party is talks with them, as phoning is
        ("Lanz did not reply and instead contacted Europol.", ("Lanz", "negotiate", "Europol")),
        # an organisation's personnel act as it
        (
            "Arrieta was arrested by Irish Navy personnel in September 2023.",
            ("Irish Navy", "coerce", "Arrieta"),
        ),
        # an "its" that opens its sentence's subject: the one company the sentence before names
        (
            "Police raided the offices of Tessaro Logistics on Tuesday.\n"
            "Its board dismissed Marco Venturi on Tuesday evening.",
            ("Tessaro Logistics's board", "sanction", "Marco Venturi"),
        ),
        # a party the parser ran into the sum it was fined is the one fined
        (
            "Judge Harriet Mbeki-Lowe fined Corvane Chemicals £1.9 million on Monday.",
            ("Harriet Mbeki-Lowe", "sanction", "Corvane Chemicals"),
        ),
        # penalising a party is a sanction
        ("UEFA penalized Juventus for breaking spending rules.", ("UEFA", "sanction", "Juventus")),
        # help offered or sent is aid given, like aid or assistance (the notes' "offering medical care")
        ("Norway also offered help, which Sweden welcomed.", ("Norway", "cooperate", None)),
        # an object "him" in a report is not its reporter when the reporter is the one who acts on him
        (
            "Premier Neil Varga said he had spoken with Orrin Telecom's chief executive, Tomas Reyl, and"
            " urged him to keep customers informed.",
            ("Neil Varga", "appeal or request", "Tomas Reyl"),
        ),
        # a reporting verb the parser hung on the clause denied is the denier's partner
        (
            "Halden Ferries denied that the vessel had been overloaded and said it was cooperating with"
            " investigators.",
            ("Halden Ferries", "cooperate", None),
        ),
        # a demand, offer or appeal "by" someone names who asked, whom it is refused
        ("Germany rejected a demand by France for a ban.", ("Germany", "deny", "France")),
        # students or members an institution suspends are sanctioned
        (
            "Halden University has suspended 14 students who took part in an occupation of the library.",
            ("Halden University", "sanction", None),
        ),
        # a person removed from a post or a list is dismissed
        (
            "The Federal Election Commission removed Tom Reyes from the ballot on Monday.",
            ("Federal Election Commission", "sanction", "Tom Reyes"),
        ),
    ],
)
def test_more_readings_of_the_thirteenth_round(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # (not a name that goes on to do something, nor a reporter spoken to)
        (
            "Alicia Whitcombe met the warden, Dennis Okafor said.",
            ("Alicia Whitcombe", "negotiate", "Dennis Okafor"),
        ),
        ("Smith phoned police and contacted them again on Monday.", ("Smith", "negotiate", None)),
        # (nor an "its" after a sentence naming two companies)
        (
            "Police raided the offices of Tessaro Logistics and Acme Corp on Tuesday.\n"
            "Its board dismissed Marco Venturi on Tuesday evening.",
            ("Tessaro Logistics's board", "sanction", "Marco Venturi"),
        ),
        # (the round's second review, 329 sentences of a helper's own, 102 readings changed: 70 right, 25
        # wrong, 7 borderline; each wrong one narrowed, its case a control here)
        # a player taken off, a suspect cleared, someone pulled from the rubble: no one dismissed
        (
            "Manchester City manager Pep Guardiola removed Kevin De Bruyne from the game in the 60th minute.",
            ("Pep Guardiola", "sanction", "Kevin De Bruyne"),
        ),
        (
            "The FBI removed Tom Reyes as a suspect.",
            ("Federal Bureau of Investigation", "sanction", "Tom Reyes"),
        ),
        # the "him" of a report is no one named before it when the report names no one
        (
            "Arsenal sacked Mikel Arteta on Monday. Stan Kroenke said he had spoken with the new coach and"
            " urged him to rebuild the squad.",
            ("Stan Kroenke", "appeal or request", "Mikel Arteta"),
        ),
        # a clause reported with its own named subject keeps it
        (
            "Reuters reported that Boeing had rejected the claims and said it would appeal.",
            ("Reuters", "appeal or request", None),
        ),
        # a name inside the asker is not the asker
        (
            "Ford rejected a demand by workers at General Motors for equal pay.",
            ("Ford", "deny", "General Motors"),
        ),
        # household staff sent home are no help given; one company's executive is no body
        ("Melania Trump sent the help home early.", ("Melania Trump", "cooperate", None)),
        (
            "Boeing's executive in China criticised the tariffs.",
            ("Boeing's executive", "accuse or criticise", None),
        ),
        # a dateline opening a line, its comma spaced as tokenised copy spaces it, is no actor
        (
            "SAN JOSE , Calif. - Corvex Inc. , the maker of medical scanners , has sued its former partner"
            " Halden Systems .",
            ("San José", "accuse or criticise", "Halden Systems"),
        ),
        # the court a suit or a challenge is brought in is no party to it
        (
            "Corvex said it would sue the regulator in the High Court.",
            ("Corvex", "accuse or criticise", "High Court"),
        ),
        (
            "Orrin Telecom said it will challenge the ruling in the Constitutional Court in Vienna.",
            ("Orrin Telecom", "accuse or criticise", "Constitutional Court"),
        ),
    ],
)
def test_what_the_thirteenth_round_leaves_alone(nlp, text, unwanted):
    assert unwanted not in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # endorsing a party is support (CAMEO's "praise or endorse"); each "by" of a passive is an agent
        (
            "Oyelaran had been endorsed by the Dockworkers Union and by former mayor Gideon Achterberg.",
            {("Dockworkers Union", "cooperate", "Oyelaran"), ("Gideon Achterberg", "cooperate", "Oyelaran")},
        ),
        # (a plan endorsed is approved)
        ("Google endorsed the plan on Monday.", {("Google", "agree or sign", None)}),
        # one's commanders or generals are one's own
        (
            "Ilse Marchetti has ordered her commanders to respect the ceasefire.",
            {("Ilse Marchetti", "appeal or request", "Ilse Marchetti's commanders")},
        ),
    ],
)
def test_support_and_agents_of_the_thirteenth_round(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "unwanted"),
    [
        # a named building or place after "at" is where something happens, no party to it
        (
            "Anders Lykke met organisers at the gate and agreed to attend a public meeting at Darrowfield"
            " Miners' Hall on Tuesday.",
            ("Anders Lykke", "agree or sign", None),
            ("Anders Lykke", "agree or sign", "Darrowfield Miners' Hall"),
        ),
        # (but what is fired at is aimed at)
        (
            "Hamas fired rockets at Israel on Monday.",
            ("Hamas", "use force", "Israel"),
            ("Hamas", "use force", None),
        ),
    ],
)
def test_a_place_after_at_is_where_it_happens(nlp, text, expected, unwanted):
    found = triples(nlp, text)
    assert expected in found and unwanted not in found


# The round's review: readings the new rules first gave wrongly to sentences of the reviewer's own, each a
# control of the rule it narrowed.
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # "both sides" is neither the pair who report it, nor mediators, nor a pair beside named sides
        (
            "Washington and London said both sides had accepted the ceasefire.",
            ("Washington", "agree or sign", None),
        ),
        (
            "Mediators from Egypt and Qatar said both sides had accepted the truce.",
            ("Egypt", "agree or sign", None),
        ),
        (
            "Egypt and Qatar mediated the talks. Both sides accepted the truce on Friday.",
            ("Egypt", "agree or sign", None),
        ),
        # a "we" speaks for no office held by someone else described beside the speaker
        (
            'The wife of Northgate Bank\'s chief executive, Ana Ruiz, said: "We will sue the newspaper."',
            ("Northgate Bank", "accuse or criticise", None),
        ),
        # someone dismissed "as" something is brushed aside, not let go
        (
            "President Ruto dismissed opposition representatives as puppets of foreign interests.",
            ("Ruto", "sanction", None),
        ),
        # a name that says what was reported is its reporter, not a party
        (
            "Erdogan accepted the invitation, Ibrahim Kalin, his spokesman, said.",
            ("Erdogan", "agree or sign", "Ibrahim Kalin"),
        ),
        # an "its" after a sentence naming two bodies may be either's
        (
            "The SEC fined Orbis Bank on Tuesday. Its board then dismissed the chief executive.",
            ("SEC's board", "sanction", None),
        ),
        # a plan endorsed, or the "it" of one, is approved, not supported
        ("The EU drafted a peace plan, and Ukraine endorsed it.", ("Ukraine", "cooperate", None)),
        # the White House is who governs, not only where
        (
            "Netanyahu held talks with officials at the White House on Monday.",
            ("Netanyahu", "negotiate", None),
        ),
    ],
)
def test_what_the_thirteenth_rounds_review_narrowed(nlp, text, unwanted):
    assert unwanted not in triples(nlp, text, with_quotes=True)


def test_a_sum_fined_with_no_name_is_still_a_headline_passive(nlp):
    assert not triples(nlp, "Barclays fined £290 million")


def test_countries_in_a_city_are_no_group_of_it(nlp):
    text = (
        "Interior Minister Tomas Reyl said he would meet with donor countries in Brussels next week to"
        " discuss a rebuilding plan."
    )
    assert ("Tomas Reyl", "negotiate", "countries in Brussels") not in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # (a building beside the ones fired at is where they stood; debris or envoys removed are no dismissal;
        # a "Ford executive" is one unnamed person)
        "Tarsova police fired tear gas at protesters outside the Interior Ministry on Saturday.",
        "Workers removed the debris from the road.",
        "France removed its ambassador from Mali.",
        "A Ford executive criticised the plan.",
    ],
)
def test_what_the_thirteenth_rounds_last_readings_leave_alone(nlp, text):
    found = triples(nlp, text)
    assert not {
        t for t in found if t[2] == "Interior Ministry" or t[1] == "sanction" or t[0] == "Ford executive"
    }


def test_the_him_of_a_report_may_be_named_earlier_in_its_sentence(nlp):
    # (the narrowing above keeps to the report's own sentence)
    text = "Tom Reyes's former union, the Transport Workers Guild, said it had represented him at a hearing."
    assert ("Transport Workers Guild", "cooperate", "Tom Reyes") in triples(nlp, text)


def test_countries_in_a_body_are_its_members(nlp):
    # (a city after "in" is where countries meet; a union of countries is what they belong to)
    text = "Countries in the European Union condemned the coup."
    assert ("Countries in the European Union", "accuse or criticise", None) in triples(nlp, text)


def test_the_one_named_after_a_spaced_dateline_acts(nlp):
    text = (
        "SAN JOSE , Calif. - Corvex Inc. , the maker of medical scanners , has sued its former partner"
        " Halden Systems ."
    )
    assert ("Corvex Inc.", "accuse or criticise", "Halden Systems") in triples(nlp, text)


def test_an_organisation_in_capitals_before_a_dash_still_acts(nlp):
    # (no dateline: "NATO - the alliance - warned Russia" is NATO's warning)
    found = triples(nlp, "NATO - the alliance - warned Russia on Monday.")
    assert ("North Atlantic Treaty Organization", "warn or threaten", "Russia") in found
