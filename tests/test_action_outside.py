"""Readings that the second round of outside probes (targets, spurious actions, missed constructions) found
wrong on fresh sentences: idioms of force verbs, storms, modality of relative and inverted clauses,
dismissals, object pronouns and plural things as targets, giving and sending, and the pairs a "they" or
"both" stands for. Each sentence is the team's own; each case failed before the rule it tests, except the
controls, which hold the rules to their limits."""

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
        (
            "Nadia Rahman and Omar Haddad met in Amman. Both signed the accord with Jordan.",
            {("Nadia Rahman", "agree or sign", "Jordan"), ("Omar Haddad", "agree or sign", "Jordan")},
        ),
        (
            "Peru and Chile recalled their ambassadors. They also urged Bolivia to reopen the border.",
            {("Peru", "appeal or request", "Bolivia"), ("Chile", "appeal or request", "Bolivia")},
        ),
    ],
)
def test_they_or_both_after_a_named_pair_gives_one_action_each(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea striker Leo Marsh shot to fame after his debut.",
        "Golfer Ann Vale shot a 66 to lead at St Andrews.",
        "Photographer Ray Munro shot the cover for Time.",
        "Senator Ruth Hale fired off a letter to the Pentagon.",
        "Author Jane Mills killed off her detective in the final book.",
        "Singer Mia Tran killed it at the Apollo on Friday.",
        "Sony killed its PlayStation Vita console in 2019.",
        "Max Verhoek held off Lando Norris to win in Monaco.",
        "Tyson Fury fought Deontay Wilder three times.",
        "Tropical Storm Ana threatened Mexico on Tuesday.",
    ],
)
def test_idioms_of_force_verbs_and_storms_are_no_actions(nlp, text):
    assert not triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hurricane Energy sued Shell in London.", ("Hurricane Energy", "accuse or criticise", "Shell")),
        ("Police said Tom Hale shot Rita Vance twice.", ("Tom Hale", "use force", "Rita Vance")),
        ("France sent 500 troops to Mali.", ("France", "deploy or withdraw forces", "Mali")),
    ],
)
def test_a_company_named_after_a_storm_and_plain_force_are_kept(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "modality"),
    [
        (
            "Senator Joan Pike, who met Xi Jinping last week, said trade would grow.",
            ("Joan Pike", "negotiate", "Xi Jinping"),
            "asserted",
        ),
        (
            "Should Iran attack Israel, the US would defend its ally.",
            ("Iran", "use force", "Israel"),
            "conditional",
        ),
        (
            "Had Britain sent troops to Kuwait, the war might have ended sooner.",
            ("United Kingdom", "deploy or withdraw forces", "Kuwait"),
            "conditional",
        ),
        ("Iran appeared to reject the offer from Qatar.", ("Iran", "deny", "Qatar"), "hedged"),
        (
            "The court heard that Voss had attacked Lena Marsh with a hammer.",
            ("Voss", "use force", "Lena Marsh"),
            "reported",
        ),
        (
            "Japan's refusal to meet Kim Jong Un surprised analysts.",
            ("Japan", "negotiate", "Kim Jong Un"),
            "negated",
        ),
        ("Felt agreed to help Woodward.", ("Felt", "cooperate", "Woodward"), "future"),
    ],
)
def test_modality_of_relative_inverted_seeming_heard_refused_and_agreed_acts(nlp, text, expected, modality):
    got = [m for a, c, t, m in actions(nlp, text) if (a, c, t) == expected]
    assert got and all(m == modality for m in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia threatened to attack Finland.", {("Russia", "warn or threaten", "Finland")}),
        ("Shell agreed to buy BG Group.", {("Shell", "agree or sign", "BG Group")}),
    ],
)
def test_a_threat_to_attack_and_an_agreement_to_buy_are_one_action(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Goldman Sachs dismissed three traders on Friday.", ("Goldman Sachs", "sanction", None)),
        (
            "Coach Dale Nunn, whom the Jets fired in 2022, joined the Bills.",
            ("Jets", "sanction", "Dale Nunn"),
        ),
        ("After being sacked by Chelsea, Mauro Diaz joined Roma.", ("Chelsea", "sanction", "Mauro Diaz")),
        (
            "President Ann Ross attacked Governor Pat Kline on social media.",
            ("Ann Ross", "accuse or criticise", "Pat Kline"),
        ),
        (
            "Senator Hal Brock lashed out at Google over privacy.",
            ("Hal Brock", "accuse or criticise", "Google"),
        ),
    ],
)
def test_dismissals_and_attacks_in_words(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somali pirates seized the tanker Blue Orchid. The French navy detained them on Wednesday.",
            ("French navy", "coerce", "Somali pirates"),
        ),
        ("Apple accused Epic Games of fraud and sued it.", ("Apple", "accuse or criticise", "Epic Games")),
        ("Beijing rejected Washington's accusations of spying.", ("Beijing", "deny", "Washington")),
        (
            "Turkish jets struck Kurdish militants' positions near Duhok.",
            ("Turkish jets", "use force", "Kurdish militants"),
        ),
        ("Chevron sold its Canadian oil sands assets to Suncor.", ("Chevron", "cooperate", "Suncor")),
        ("Iran denied supplying drones to Russia.", ("Iran", "deny", None)),
    ],
)
def test_pronoun_and_plural_thing_targets(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_an_it_condemned_is_the_event_not_its_victim(nlp):
    assert ("European Union", "accuse or criticise", None) in triples(
        nlp, "Russia invaded Ukraine. The EU condemned it."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy sent Ukraine another batch of air-defence systems.", ("Italy", "cooperate", "Ukraine")),
        ("The IMF lent Egypt $3 billion in March.", ("International Monetary Fund", "cooperate", "Egypt")),
        ("The Knicks gave Joel Grant a new contract.", ("Knicks", "agree or sign", "Joel Grant")),
        ("Nigeria launched air strikes on Boko Haram camps.", ("Nigeria", "use force", "Boko Haram")),
        ("Meta reached a settlement with the state of Texas.", ("Meta", "agree or sign", "Texas")),
        ("Germany became the first country to sanction Iran.", ("Germany", "sanction", "Iran")),
        (
            "Hamas fighters attacked Israeli troops in Gaza.",
            ("Hamas", "use force", "Israeli troops"),
        ),
    ],
)
def test_giving_light_nouns_first_to_act_and_an_organisation_s_fighters(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Workers at Ford went on strike on Monday.",
        "Tom Hale would be the first to agree.",
        "Boeing workers sued the union.",  # a company's workers act for themselves, not as Boeing
    ],
)
def test_a_labour_strike_an_opinion_and_a_company_s_workers_are_no_actions(nlp, text):
    assert not triples(nlp, text)


def test_a_named_group_s_we_is_the_group(nlp):
    got = triples(nlp, '"We will not negotiate with Hamas," the Israeli army said.', with_quotes=True)
    assert ("Israeli army", "negotiate", "Hamas") in got


# A review of the rules above on sentences of its own found these misfiring; each now reads as it did
# before them, or better.
@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # only the writer of a letter asks what it asks, not its reader, receiver or publisher
        ("The BBC received a letter asking it to drop the show.", ("BBC", "appeal or request", None)),
        ("Bob Hill read a report accusing the CIA of torture.", ("Bob Hill", "accuse or criticise", "CIA")),
        ("Apple rejected a statement condemning Google.", ("Apple", "accuse or criticise", "Google")),
        # a "they" after a sentence that names others it may be
        (
            "Britain and Norway condemned the pirates. They seized a tanker off Somalia.",
            ("Norway", "coerce", None),
        ),
        # an "it" sanctioned is the one who did the deed, not the place
        ("Russia invaded Crimea. Germany sanctioned it.", ("Germany", "sanction", "Crimea")),
    ],
)
def test_what_the_review_found_misfiring(nlp, text, not_expected):
    assert not_expected not in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "modality"),
    [
        # an object "him" in a reported clause is not that clause's subject
        (
            "Tom Ruiz said Erik Lund attacked him in the car park.",
            ("Erik Lund", "use force", "Tom Ruiz"),
            "reported",
        ),
        # appearing in court is no appearance of an act
        (
            "Brown appeared in court and accused Joe Smith of lying.",
            ("Brown", "accuse or criticise", "Joe Smith"),
            "asserted",
        ),
        ("Hezbollah fired off rockets at Haifa.", ("Hezbollah", "use force", "Haifa"), "asserted"),
        (
            "Russia and Ukraine held talks in Istanbul. They agreed to a prisoner swap.",
            ("Ukraine", "agree or sign", None),
            "asserted",
        ),
    ],
)
def test_what_the_review_kept(nlp, text, expected, modality):
    got = [m for a, c, t, m in actions(nlp, text) if (a, c, t) == expected]
    assert got and all(m == modality for m in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine repelled a Russian attack near Bakhmut.", ("Ukraine", "use force", None)),
        ("Investigators say Ann Marsh poisoned Gerald Marsh.", ("Ann Marsh", "use force", "Gerald Marsh")),
        ("The European Commission fined Apple on Tuesday.", ("European Commission", "sanction", "Apple")),
    ],
)
def test_poisoning_repelling_and_fines(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_fine_as_an_adjective_is_no_fine(nlp):
    assert not triples(nlp, "The food was fine, Tom Reed told Ann Marsh.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France, along with Germany, called on Russia to withdraw.",
            {("France", "appeal or request", "Russia"), ("Germany", "appeal or request", "Russia")},
        ),
        (
            "Hamas, together with Islamic Jihad, fired rockets at Israel.",
            {("Hamas", "use force", "Israel"), ("Islamic Jihad", "use force", "Israel")},
        ),
    ],
)
def test_a_name_along_with_the_subject_acts_with_it(nlp, text, expected):
    assert expected <= triples(nlp, text)


def test_a_name_along_with_the_object_is_no_actor(nlp):
    assert triples(nlp, "France met with Germany along with Italy.") == {("France", "negotiate", "Germany")}


def test_an_unnamed_spokesman_speaks_for_the_named_group_in_their_description(nlp):
    quoted = "\u201cWe have not signed anything with Acme Group,\u201d"
    got = actions(nlp, f"{quoted} a spokesman for the Kenyan defence ministry told AFP.", with_quotes=True)
    assert ("Kenyan defence ministry", "agree or sign", "Acme Group", "negated") in got
    assert not any(actor == "Kenyan" for actor, *_rest in got)  # a nationality alone speaks for no one


def test_a_curly_apostrophe_negates(nlp):
    got = actions(nlp, "Kenya hasn\u2019t signed a deal with Acme Group.")
    assert ("Kenya", "agree or sign", "Acme Group", "negated") in got


def test_a_participle_in_a_noun_s_phrase_is_only_a_prospect(nlp):
    assert not triples(nlp, "Paris fumed over the prospect of Russian mercenaries training Malian soldiers.")
