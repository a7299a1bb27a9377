"""Readings that the fourth round of work on actions found wrong, in the development errors and in a blind
development batch: the party of what is agreed, teams named by a number, "all" after a list of names, a
prosecutor's "we", topics after "bragged about", a verb repeated for one act, executive orders, genders and
relatives in crime copy, lists the parser hangs inside a name, places run into the next noun, idioms of
"settle" and "help", expertise offered, a weapon pointed as "it", and verbs the parser read as modifiers. Each
sentence is the team's own; each case failed before the rule it tests, except the controls, which hold the
rules to their limits."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
from conftest import read_triples as triples
from storyline.entities import extract_mentions, nlp_model
from storyline.records import Article


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is agreed names the party, whatever its verb
        (
            "The European Union agreed to reimburse Poland for the costs.",
            ("European Union", "agree or sign", "Poland"),
        ),
        (
            "Judge Ellen Park agreed that Mason should stay at the clinic.",
            ("Ellen Park", "agree or sign", "Mason"),
        ),
        # control: a place where costs fall is no party to the agreement
        ("Cerberus agreed to take on pension costs at Chrysler.", ("Cerberus", "agree or sign", None)),
    ],
)
def test_the_party_of_what_is_agreed_is_the_target(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_a_team_named_by_a_number_is_a_name_and_a_decade_is_not(nlp):
    assert ("Mike Brown", "cooperate", "49ers") in triples(
        nlp, "Mike Brown helped guide the 49ers to the title."
    )
    assert ("Bettie Page", "cooperate", None) in triples(nlp, "Bettie Page helped shape the 1990s.")


def test_all_after_a_list_of_names_is_each_of_them(nlp):
    text = (
        "Among those questioned were Anna Berg, a clerk; Tom Reyes, the cashier; and Lena Fox. "
        "All have denied wrongdoing."
    )
    assert triples(nlp, text) == {
        ("Anna Berg", "deny", None),
        ("Tom Reyes", "deny", None),
        ("Lena Fox", "deny", None),
    }
    # control: "all" after unnamed people is no one named
    assert triples(nlp, "Four men were arrested on Friday. All have denied the charges.") == set()


def test_a_prosecutor_s_we_is_the_prosecutor_not_the_county(nlp):
    text = '"We will accept the verdict," said Cook County District Attorney Maria Lopez.'
    assert {a for a, _c, _t in triples(nlp, text, with_quotes=True)} == {"Maria Lopez"}


@pytest.mark.parametrize(
    "text",
    [
        "Lopez had bragged about shooting the guard.",
        "The Jets bugged the Giants about hiring him.",
        "Kansas City settled for a field goal.",
        "Andrew Luck could not help but smile.",
    ],
)
def test_topics_and_idioms_are_no_actions(nlp, text):
    assert triples(nlp, text) == set()


def test_a_settlement_for_a_sum_is_still_one(nlp):
    assert ("Ford", "agree or sign", None) in triples(nlp, "Ford settled the lawsuit for $5 million.")


def test_a_verb_repeated_for_one_act_is_one_action(nlp):
    text = "In 2003, Ray Duarte stabbed his neighbour, pinning him to the wall while he stabbed him."
    assert actions(nlp, text) == [("Ray Duarte", "use force", None, "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, Governor Jane Holt signed an executive order banning the sale.", "Jane Holt"),
        ("General Amir Khan issued orders to evacuate the town.", "Amir Khan"),
    ],
)
def test_an_order_signed_or_issued_is_a_request(nlp, text, expected):
    assert triples(nlp, text) == {(expected, "appeal or request", None)}


def test_a_relative_introduced_by_kinship_is_never_the_bare_surname(nlp):
    # a second full mention of the mother, without the kinship noun, does not make her "Duarte"
    text = (
        "Ray Duarte was arrested on Friday. The body of Duarte's mother, Helen Duarte, was found in her "
        "flat. Helen Duarte lived alone, police said. Duarte had been released from prison in May."
    )
    article = Article(id="a1", source="t", format="text", title=None, text=text)
    mentions = extract_mentions(article, nlp(text))
    last = max((m for m in mentions if m.text == "Duarte"), key=lambda m: m.start)
    assert last.canonical == "Ray Duarte"


def test_a_given_name_and_a_family_noun_after_a_dash_give_a_woman(nlp):
    text = (
        "Tom Hale was charged with murder. The body of Kristin Vega, 41, Hale's ex-girlfriend, was found on "
        "Sunday. In 2009 he grabbed her by the throat, the newspaper reported."
    )
    assert ("Tom Hale", "use force", "Kristin Vega") in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Center for Food Safety, Greenpeace and the Sierra Club filed suit against the agency.",
            {"Center for Food Safety", "Greenpeace", "Sierra Club"},
        ),
        (
            "The Audubon Society, Center for Food Safety and the Sierra Club sent a letter urging "
            "Congress to act.",
            {"Audubon Society", "Center for Food Safety", "Sierra Club"},
        ),
    ],
)
def test_a_list_hung_inside_a_name_gives_each_name(nlp, text, expected):
    assert {a for a, _c, _t in triples(nlp, text)} == expected


def test_a_place_run_into_the_next_noun_is_a_setting(nlp):
    text = "Greenpeace filed suit in San Francisco hours after the rules were announced."
    assert triples(nlp, text) == {("Greenpeace", "accuse or criticise", None)}


def test_expertise_offered_is_help(nlp):
    text = "The Fish and Wildlife Service offered its expertise to the Navy."
    assert triples(nlp, text) == {("Fish and Wildlife Service", "cooperate", "Navy")}


def test_a_weapon_pointed_as_it_is_a_threat(nlp):
    found = triples(nlp, "Kimani Gray produced a revolver and pointed it at the officers.")
    assert found == {("Kimani Gray", "warn or threaten", None)}
    # control: pointing something out is no threat
    assert triples(nlp, "Kimani Gray pointed it out to reporters.") == set()


def test_a_verb_the_parser_read_as_a_modifier_is_still_a_verb(nlp):
    assert triples(nlp, "The Yankees fired manager Joe Torre.") == {("Yankees", "sanction", "Joe Torre")}
    # control: a participle that is a modifier has no subject of its own
    assert triples(nlp, "The signed contract was sent to Fiat on Monday.") == set()


# -- an outside probe of sports and show-business copy


def test_a_title_case_headline_is_read_by_its_words(nlp):
    text = "NFL Suspends Linebacker Tyrell Barnes\nThe league suspended Tyrell Barnes for four games."
    assert ("NFL", "sanction", "Tyrell Barnes") in triples(nlp, text)
    # control: a title-case line with no verb of a class between two names tells no act
    assert triples(nlp, "The Best Movies Of The Year So Far") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last winter the Red Sox re - signed Lowell, the shortstop, to a three - year contract.",
            ("Red Sox", "agree or sign", "Lowell"),
        ),
        ("Weitz, who also codirected American Pie, won.", ("Weitz", "cooperate", None)),
        (
            "The Atlanta Hawks traded guard Marcus Bell to the Portland Trail Blazers.",
            ("Atlanta Hawks", "cooperate", "Portland Trail Blazers"),
        ),
        ("The Angels waived Tom Lee.", ("Angels", "sanction", "Tom Lee")),
        ("The U.S. and Europe are courting India.", ("United States", "appeal or request", "India")),
        (
            "Cowboys owner Jerry Lomax has backed Coach Dan Hargrove publicly.",
            ("Jerry Lomax", "cooperate", "Dan Hargrove"),
        ),
        (
            "Caleb Rowe filed a countersuit against Sony on Monday.",
            ("Caleb Rowe", "accuse or criticise", "Sony"),
        ),
        (
            "Jim Reed is seeking $6 million in a suit against Ohio State.",
            ("Jim Reed", "appeal or request", "Ohio State"),
        ),
        ("Sony cast Emma Stone as the lead.", ("Sony", "cooperate", "Emma Stone")),
        (
            "Brad Eller criticized receiver Tavon Hughes.",
            ("Brad Eller", "accuse or criticise", "Tavon Hughes"),
        ),
        ("Hardwicke clashed with the studio over the budget.", ("Hardwicke", "accuse or criticise", None)),
        ("Lohan denied the allegations in an Instagram post.", ("Lohan", "deny", None)),
    ],
)
def test_personnel_moves_and_their_parties(nlp, text, expected):
    assert triples(nlp, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # a player traded with no counterpart named is no trade with him
        "The Red Sox might have to trade Mike Lowell.",
        "Ford backed away from the deal with Fiat.",
        "Chloe Reyes beat out Jordan Ames for the job.",
    ],
)
def test_trades_without_a_counterpart_backing_away_and_beating_out_are_no_actions(nlp, text):
    assert triples(nlp, text) == set()


# -- an outside probe of politics, technology, disasters, crime and the courts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leo Grant was named manager in May. In June, Grant dismissed him.",
            ("Leo Grant", "sanction", None),
        ),
        ("Lindsay Lohan fired her lawyer on Monday.", ("Lindsay Lohan", "sanction", None)),
        (
            "Police Scotland appealed for witnesses to come forward.",
            ("Police Scotland", "appeal or request", None),
        ),
        ("Obama picked Joe Biden as his running mate.", ("Obama", "cooperate", "Joe Biden")),
        ("Prosecutor Ann Lee will seek the death penalty.", ("Ann Lee", "appeal or request", None)),
    ],
)
def test_dismissals_bodies_named_by_a_place_choices_service_and_sentences_sought(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_working_for_a_person_is_service_and_for_an_employer_a_career(nlp):
    found = triples(nlp, "Mark Felt went to work for Senator James Pope after college.")
    assert ("Mark Felt", "cooperate", "James Pope") in found
    assert triples(nlp, "Yvonne Hiller has worked for Kraft for about 15 years.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Darius Butler picked off a pass from Brady Quinn.",
        "Timmons had picked up the handgun under a trash can.",
    ],
)
def test_picking_something_off_or_up_is_no_choice(nlp, text):
    assert triples(nlp, text) == set()


# -- a review's sentences, which the first versions of these rules misread


@pytest.mark.parametrize(
    "text",
    [
        "Lakers Beat Celtics In Game Seven",
        "Smith met with Jones and Brown on Monday. All agreed the plan was fair.",
        "Qantas signed an order for 20 jets with Airbus.",
        "Smith traded punches with Jones outside the bar.",
        "Roman Polanski waived extradition to the United States.",
        "Smith picked the lock on the Jones house.",
        "Romney cast Obama as weak on China.",
        "Tom Smith backed his truck into a Dallas police cruiser.",
        "Obama tapped Joe Biden on the shoulder during the speech.",
    ],
)
def test_games_opinions_purchases_and_idioms_are_no_new_actions(nlp, text):
    assert not [t for t in triples(nlp, text) if t[1] != "negotiate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO ministers agreed that Russia had violated the treaty.", None),
        ("Tom Cruise settled for $5 million with the publisher Bauer Media.", "Bauer Media"),
    ],
)
def test_an_opinion_agreed_names_no_party_and_a_sum_settled_is_a_settlement(nlp, text, expected):
    assert {t for _a, c, t in triples(nlp, text) if c == "agree or sign"} == {expected}


def test_a_list_inside_a_name_after_of_is_the_name_s_own(nlp):
    text = "The Bureau of Alcohol, Tobacco, Firearms and Explosives arrested Tom Hale."
    assert len(triples(nlp, text)) == 1


def test_choosing_to_sue_keeps_the_suit(nlp):
    assert ("Samsung", "accuse or criticise", "Apple") in triples(
        nlp, "Samsung chose to sue Apple in Germany."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ATLANTA - Dex Malone sued the city of Atlanta on Monday over his arrest.",
            ("Dex Malone", "accuse or criticise", "Atlanta"),
        ),
        (
            "BOSTON - Grayline Software accepted a bid from Oracle on Tuesday.",
            ("Grayline Software", "agree or sign", "Oracle"),
        ),
    ],
)
def test_the_name_after_a_dateline_acts(nlp, text, expected):
    # a sentence opening with a dateline: without the second tagging the actor was no name at all
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "The Jets released quarterback Kellen Clemens on Friday.",
            ("Jets", "sanction", "Kellen Clemens"),
            None,
        ),
        (
            "The Bengals agreed to terms with kicker Matt Dorsey and cut veteran tackle Ray Lamb.",
            ("Bengals", "agree or sign", "Matt Dorsey"),
            ("Bengals", "agree or sign", "Ray Lamb"),
        ),
        (
            "The Bengals agreed to terms with kicker Matt Dorsey and cut veteran tackle Ray Lamb.",
            ("Bengals", "sanction", "Ray Lamb"),
            None,
        ),
        # released from custody, or a budget cut: no player let go
        ("Greek police released Tom Hale without charge.", None, ("Greek police", "sanction", "Tom Hale")),
        ("Chrysler will cut 300 jobs at its Detroit plant.", None, ("Chrysler", "sanction", None)),
        # the conjoined verb's object is shared only when the first verb has none of its own
        (
            "The Taliban attacked on Monday and killed six Afghan soldiers.",
            ("Taliban", "use force", "Afghan soldiers"),
            None,
        ),
    ],
)
def test_players_let_go_and_the_terms_agreed(nlp, text, expected, not_expected):
    found = triples(nlp, text)
    if expected is not None:
        assert expected in found
    if not_expected is not None:
        assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Saints signed running back DeShawn Wynn.", ("Saints", "agree or sign", "DeShawn Wynn")),
        ("The Giants released running back Tiki Barber on Monday.", ("Giants", "sanction", "Tiki Barber")),
    ],
)
def test_running_back_is_a_position_not_a_verb(nlp, text, expected):
    # the parser reads "running" as a verb completing "signed", with the player its object
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops withdrew from Kherson.", ("Russian troops", "deploy or withdraw forces")),
        ("Senator Hal Jones withdrew from the race.", None),
        ("Greek police withdrew from the square after the protest.", None),
    ],
)
def test_forces_withdrawing_themselves(nlp, text, expected):
    # forces that withdraw are moved as surely as forces withdrawn; a candidate or the police are not forces
    found = {(a, c) for a, c, _t in triples(nlp, text)}
    assert found == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser made the post the object and the name its compound
        (
            "Stefanski named Tony DiLeo coach for the rest of the season.",
            ("Stefanski", "cooperate", "Tony DiLeo"),
        ),
        ("The Bulls named Vinny Del Negro head coach.", ("Bulls", "cooperate", "Vinny Del Negro")),
        # an arrest made, like arrests made
        (
            "The Staunton Police Department said it made an arrest in the case.",
            ("Staunton Police Department", "coerce", None),
        ),
    ],
)
def test_a_post_named_and_an_arrest_made(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "After his arrest, Tom Hale called his lawyer.",
        "Tom Hale was charged with resisting arrest.",
        "The Bulls named the street after Michael Jordan.",
    ],
)
def test_no_arrest_made_and_no_post_named(nlp, text):
    assert triples(nlp, text) == set()


# -- the fifth round: personnel moves the dev errors of one topic showed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the off-season, the Hawks landed forward Ray Dunn from Denver.",
            ("Hawks", "agree or sign", "Ray Dunn"),
        ),
        (
            "Over the summer, the Hawks landed guard Ray Dunn and reinked young stars Tim Ocampo and "
            "Lee Hart.",
            ("Hawks", "agree or sign", "Tim Ocampo"),
        ),
        ("The Philly Sixers canned Jim O'Brien on Monday.", ("Philly Sixers", "sanction", "Jim O'Brien")),
        (
            "Philadelphia 76ers Fire Coach Jim O'Brien, Hire Maurice Cheeks\n"
            "The Philadelphia 76ers fired coach Jim O'Brien on Monday.",
            ("Philadelphia 76ers", "cooperate", "Maurice Cheeks"),
        ),
        (
            "Two veterans, Tom Okafor and Lee Hart, signed late in the summer by the Hawks, did not impress.",
            ("Hawks", "agree or sign", "Tom Okafor"),
        ),
    ],
)
def test_players_landed_reinked_canned_and_hired_in_a_headline(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Joe Frazier landed a punch on Muhammad Ali.",
        "Tony Thompson stepped up when landing a left to Wladimir Klitschko's face.",
        "The plane landed in Paris on Monday.",
        "Big Storm Hits Coast\nThe storm hit the coast.",
    ],
)
def test_no_player_landed(nlp, text):
    assert triples(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Cornerback Tim Okafor intercepted Ray Dunn for a 40 yard touchdown.",
        "After holding the Colts to three and out, the Chiefs scored.",
    ],
)
def test_a_football_play_is_no_custody(nlp, text):
    assert triples(nlp, text) == set()


def test_an_interception_at_sea_is_still_custody(nlp):
    found = triples(nlp, "The Indian navy intercepted three pirate boats 200 yards from the ship.")
    assert ("Indian navy", "coerce") in {(a, c) for a, c, _t in found}


# -- the fifth round's outside probe: sports and show-business personnel news written blind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Los Angeles Dodgers traded outfielder Chris Lane to the Seattle Mariners.",
            ("Los Angeles Dodgers", "cooperate", "Seattle Mariners"),
        ),
        (
            "MLB suspended San Diego Padres shortstop Fernando Tatis Jr. for 80 games.",
            ("MLB", "sanction", "Fernando Tatis Jr."),
        ),
        (
            "Jets Release Quarterback Kellen Moore\n"
            "The New York Jets released quarterback Kellen Moore on Monday.",
            ("New York Jets", "sanction", "Kellen Moore"),
        ),
        ("The NFL handed Ray Brooks a two-game suspension.", ("NFL", "sanction", "Ray Brooks")),
        ("The Nets tendered an offer to Cam Thomas.", ("Nets", "negotiate", "Cam Thomas")),
    ],
)
def test_personnel_news_written_blind(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        (
            "The Los Angeles Dodgers traded outfielder Chris Lane to the Seattle Mariners.",
            ("Los Angeles Dodgers", "cooperate", "Chris Lane"),
        ),
        (
            "Dodgers Trade Outfielder Chris Lane To Mariners\nThe Dodgers traded Chris Lane to the Mariners.",
            ("Dodgers", "cooperate", "Chris Lane"),
        ),
        (
            "Hamas Releases Hostage Noa Argamani\nThe militant group Hamas released Noa Argamani on Monday.",
            ("Hamas", "sanction", "Noa Argamani"),
        ),
        (
            "Marvel Studios Hires Destin Kane To Direct Avengers Film\n"
            "Marvel Studios hired Destin Kane on Friday.",
            ("Destin Kane", "appeal or request", "Avengers Film"),
        ),
        ("Ray Brooks is serving a two-game suspension.", ("Ray Brooks", "sanction", None)),
    ],
)
def test_no_player_traded_as_a_target_and_no_hostage_let_go(nlp, text, not_expected):
    assert not_expected not in triples(nlp, text)


def test_declining_to_re_sign_is_negated(nlp):
    found = actions(nlp, "The Los Angeles Clippers, who declined to re-sign him, moved on.")
    assert [m for _a, c, _t, m in found if c == "agree or sign"] == ["negated"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Jets signed Tom Hale on Monday. They also released quarterback Joe Smith.",
            ("Jets", "sanction", "Joe Smith"),
        ),
        (
            "The Philadelphia Eagles let go of defensive coordinator Sean Desai on Monday.",
            ("Philadelphia Eagles", "sanction", "Sean Desai"),
        ),
        ("The Eagles let Sean Desai go on Monday.", ("Eagles", "sanction", "Sean Desai")),
        (
            "The Chicago Bulls fired coach Billy Donovan and named assistant Chris Fleming as his interim "
            "replacement.",
            ("Chicago Bulls", "cooperate", "Chris Fleming"),
        ),
    ],
)
def test_let_go_released_and_named_as_a_replacement(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Greek police let John Smith go.",
        "The Eagles let Sean Desai speak.",
        "The army released the quarterback.",
    ],
)
def test_no_one_let_go(nlp, text):
    assert {c for _a, c, _t in triples(nlp, text)} == set()


# -- the review of the fifth round: near-misses of its rules


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("The FBI released security guard Richard Jewell.", ("FBI", "sanction")),
        ("Russia released veteran Paul Whelan.", ("Russia", "sanction")),
        ("China released human rights defender Xu Zhiyong from prison.", ("China", "sanction")),
        (
            "Hamas Releases BBC Reporter Alan Johnston\nHamas released BBC reporter Alan Johnston.",
            ("Hamas", "sanction"),
        ),
        ("The Army landed General Douglas MacArthur in Japan.", ("Army", "agree or sign")),
        ("Tom Smith landed Joe Jones in hospital with a punch.", ("Tom Smith", "agree or sign")),
        ("Russia seized the tanker after the interception near Crimea.", None),
    ],
)
def test_prisoners_released_and_people_landed_somewhere(nlp, text, not_expected):
    found = {(a, c) for a, c, _t in triples(nlp, text)}
    if not_expected is None:
        assert ("Russia", "coerce") in found
    else:
        assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS - London police arrested John Smith on Monday.", ("London police", "coerce", "John Smith")),
        ("Egypt arrested in a dawn raid and charged Peter Greste.", ("Egypt", "coerce", "Peter Greste")),
        ("The Lakers released point guard Tim Hale.", ("Lakers", "sanction", "Tim Hale")),
        # a team the tagger takes for a place is no state releasing a prisoner
        (
            "The New York Jets released quarterback Kellen Moore on Tuesday, ending his stint with the club.",
            ("New York Jets", "sanction", "Kellen Moore"),
        ),
    ],
)
def test_the_rules_reviewed_still_read(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_no_arrest_made_is_negated(nlp):
    found = actions(nlp, "The FBI has made no arrest in the case.")
    assert [m for _a, c, _t, m in found if c == "coerce"] == ["negated"]


def test_a_headline_verb_after_a_comma_takes_no_name_holding_itself(nlp):
    text = "UN Condemns Israel, Urges Restraint\nThe United Nations condemned Israel on Monday."
    assert all(t != "Urges Restraint" for _a, _c, t in triples(nlp, text))
