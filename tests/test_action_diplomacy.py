"""Readings of conflict and diplomacy wire copy that a probe of such items found missing: a name NER missed
that its bracketed acronym proves, an organisation's leaders acting as it, coordinated nationalities before
one group noun, a relative pronoun after two names, a deal in sight ("close to an agreement"), strikes that
name their target without "air", a brokered truce, hosted talks, severed ties, frozen assets, a recalled
ambassador, aid counted in money, a coast guard, and a co-mediator "together with" who is no target. Each
sentence is the team's own; the controls hold each rule to its limits."""

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
        # an expansion NER missed, proven by the acronym after it; the organisation's leaders act as it
        (
            "Leaders of the Southern African Development Community (SADC) imposed sanctions on Lesotho on"
            " Friday.",
            ("Southern African Development Community", "sanction", "Lesotho"),
        ),
        # coordinated nationalities before one group noun: one named group each
        (
            "Dutch and Belgian negotiators held talks with Morocco on Tuesday.",
            ("Dutch negotiators", "negotiate", "Morocco"),
        ),
        (
            "Dutch and Belgian negotiators held talks with Morocco on Tuesday.",
            ("Belgian negotiators", "negotiate", "Morocco"),
        ),
        # a relative pronoun after two names stands for each
        (
            "Oman and Kuwait, which brokered the prisoner swap, welcomed the release.",
            ("Kuwait", "negotiate", None),
        ),
        # a deal in sight: each party, hedged
        (
            "Colombia and the ELN rebels are close to an agreement on a nationwide ceasefire.",
            ("Colombia", "agree or sign", None),
        ),
        # strikes on a named party or on military sites, no "air" needed
        (
            "Turkey launched strikes against the PKK in northern Iraq on Sunday.",
            ("Turkey", "use force", "PKK"),
        ),
        ("Pakistan struck targets inside Afghanistan overnight.", ("Pakistan", "use force", None)),
        # a coast guard is a named group; hosted talks; severed ties; frozen assets; a recalled ambassador
        ("Norway hosted the talks in Oslo.", ("Norway", "negotiate", None)),
        ("Djibouti severed diplomatic ties with Eritrea.", ("Djibouti", "sanction", "Eritrea")),
        ("Canada cut diplomatic ties with Iran in 2012.", ("Canada", "sanction", "Iran")),
        ("Britain froze the assets of the Central Bank of Libya.", ("United Kingdom", "sanction", None)),
        ("Chile recalled its ambassador from Venezuela.", ("Chile", "sanction", "Venezuela")),
        # aid counted in money
        ("Norway pledged $200 million in aid to Sudan.", ("Norway", "cooperate", "Sudan")),
        # a group the tagger missed, by its acronym or after a hyphenated participle
        ("The ADF, which has fought the army since 2014, denied the charge.", ("ADF", "deny", None)),
        (
            "The Iran-backed Houthis have fired missiles at Israel since October.",
            ("Houthis", "use force", "Israel"),
        ),
        # a headline's names joined by a comma, each acting
        ("Peru, Chile sign border accord", ("Peru", "agree or sign", None)),
        ("Peru, Chile sign border accord", ("Chile", "agree or sign", None)),
        ("Kenya, Uganda strike Somalia's al-Shabaab", ("Kenya", "use force", "al-Shabaab")),
        # a headline "X to do Y" the parser rooted in the name
        ("Siemens to acquire Varian for $16 billion", ("Siemens", "cooperate", "Varian")),
        # strikes whose "on" the parser hung on the verb
        (
            "French forces launched strikes on a dozen jihadist camps in Burkina Faso, officials said.",
            ("French forces", "use force", None),
        ),
        # every act one is found guilty of is the one found guilty's
        (
            "A jury found Derek Long guilty of murdering Tasha Greene and setting fire to her apartment.",
            ("Derek Long", "use force", None),
        ),
    ],
)
def test_diplomacy_readings(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a co-mediator "together with" is no party to the truce
        (
            "Oman brokered the truce together with Kuwait.",
            ("Oman", "negotiate", "Kuwait"),
        ),
        # a workers' strike against a reform is no attack
        (
            "Italian unions launched strikes against the pension reform.",
            ("Italian unions", "use force", None),
        ),
        # "close" to a place is no deal; a product recall, frozen wages and cut jobs are no sanctions
        ("Honda recalled 400,000 cars in Canada.", ("Honda", "sanction", None)),
        ("Nokia froze wages for its staff in Finland.", ("Nokia", "sanction", None)),
        ("Nokia cut 4,000 jobs in Finland.", ("Nokia", "sanction", None)),
        # a strike "on Monday" names a day, not a target
        (
            "Italian unions launched strikes on Monday against the pension reform.",
            ("Italian unions", "use force", None),
        ),
        # a jury's verdict is no act of the one convicted's deeds
        (
            "A jury found Derek Long guilty of murdering Tasha Greene and setting fire to her apartment.",
            ("jury", "use force", None),
        ),
    ],
)
def test_diplomacy_controls(nlp, text, unwanted):
    assert unwanted not in triples(nlp, text)


def test_coast_guard_is_a_named_group(nlp):
    text = "Japan's coast guard fired at a Chinese trawler near the Senkaku islands."
    assert ("Japan's coast guard", "use force") in {(actor, cls) for actor, cls, _t in triples(nlp, text)}


def test_close_to_a_deal_is_hedged(nlp):
    found = actions(nlp, "Colombia and the ELN rebels are close to an agreement on a ceasefire.")
    assert "Colombia" in {actor for actor, *_ in found}
    assert all(modality == "hedged" for *_, modality in found)


def test_together_with_keeps_the_partner_for_cooperation(nlp):
    assert ("Norway", "cooperate", "Denmark") in triples(nlp, "Norway worked together with Denmark.")


def test_acronym_proves_the_name_and_its_later_uses(nlp):
    text = (
        "Officials of the Economic Community of Central African States (ECCAS) met in Libreville.\n"
        "ECCAS said the talks would resume."
    )
    article = Article(id="a1", source="s", format="text", title=None, text=text)
    found = {(m.text, m.type, m.canonical) for m in extract_mentions(article, nlp(text))}
    full = "Economic Community of Central African States"
    assert (full, "ORG", full) in found
    assert ("ECCAS", "ORG", full) in found


def test_lower_case_expansion_is_no_name(nlp):
    text = "Several non-governmental organisations (NGOs) criticised the plan."
    article = Article(id="a1", source="s", format="text", title=None, text=text)
    assert not any("non-governmental" in m.text for m in extract_mentions(article, nlp(text)))


def test_missed_country_at_the_end_of_the_text(nlp):
    # a place the gazetteer finds as the last word once ran past the end of the parse
    text = "Britain froze the assets of the Central Bank of Libya."
    article = Article(id="a1", source="s", format="text", title=None, text=text)
    found = {(m.text, m.type) for m in extract_mentions(article, nlp(text))}
    assert ("Libya", "GPE") in found
