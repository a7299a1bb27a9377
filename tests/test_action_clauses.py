"""Who does an act told inside another clause or a noun: a pronoun in reported speech, an intention noun
("Germany's decision to sanction Iran"), a participle on the doer ("the Sheriff's Office working with"),
a letter that asks, a compound preposition before a gerund, an unnamed appointee and the "we" of an unnamed
spokesman. Each sentence is the team's own; each case failed before the rules it tests."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
from conftest import read_triples as triples
from storyline.entities import nlp_model


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Prosecutor Ann Ruiz said Victor Hale is charged with murder because he meant to kill the clerk.",
            ("Victor Hale", "use force", None),
            ("Ann Ruiz", "use force", None),
        ),
        (
            "Sheriff Dan Moody said Carl Webb was arrested after he attacked Lena Ortiz.",
            ("Carl Webb", "use force", "Lena Ortiz"),
            ("Dan Moody", "use force", "Lena Ortiz"),
        ),
    ],
)
def test_a_he_in_a_reported_clause_is_whom_that_clause_is_about(nlp, text, expected, not_expected):
    got = triples(nlp, text)
    assert expected in got
    assert not_expected not in got


@pytest.mark.parametrize(
    "text",
    [
        # the one the reported clause is about is a man left unnamed: not the reporter
        "Detective Rob Lane said the 40-year-old man shot two clerks because he was furious over his firing.",
        # two claims of the reporter's own, coordinated: his "he" (kept as it was)
        "Senator Mark Dunn said the governor was wrong and he would oppose Ken Hart.",
    ],
)
def test_a_reported_he_bound_to_an_unnamed_man_is_not_the_reporter(nlp, text):
    got = triples(nlp, text)
    if "furious" in text:
        assert not any(actor == "Rob Lane" for actor, _c, _t in got)
    else:
        assert ("Mark Dunn", "deny", "Ken Hart") in got


@pytest.mark.parametrize(
    ("text", "expected", "modality"),
    [
        (
            "Poland's decision to sue Gazprom was welcomed in Kyiv.",
            ("Poland", "accuse or criticise", "Gazprom"),
            "future",
        ),
        (
            "President Mark Ellis announced his intent to nominate Rosa Vance as ambassador.",
            ("Mark Ellis", "cooperate", "Rosa Vance"),
            "future",
        ),
        (
            "The Kremlin made an attempt to sanction Lithuania last spring.",
            ("Kremlin", "sanction", "Lithuania"),
            "future",
        ),
    ],
)
def test_an_intention_noun_gives_its_holder_the_act_still_to_come(nlp, text, expected, modality):
    got = [(a, c, t, m) for a, c, t, m in actions(nlp, text) if (a, c, t) == expected]
    assert got and all(m == modality for *_x, m in got)


def test_praising_an_intention_is_not_holding_it(nlp):
    got = triples(nlp, "Olaf Brandt praised the decision to sanction Belarus.")
    assert not any(actor == "Olaf Brandt" and cls == "sanction" for actor, cls, _t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sierra Club sent a letter asking Interior Secretary Dana Cole to keep the rule.",
            ("Sierra Club", "appeal or request", "Dana Cole"),
        ),
        (
            "The search involved Interpol working with the FBI.",
            ("Interpol", "cooperate", "Federal Bureau of Investigation"),
        ),
        (
            "The ruling came with Reliance Globalcom directing Tyco Marine to repair the cable.",
            ("Reliance Globalcom", "appeal or request", "Tyco Marine"),
        ),
    ],
)
def test_a_participle_is_done_by_its_noun_or_by_the_sender_of_a_letter(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lopez served five months in return for cooperating with the FBI.",
            ("Lopez", "cooperate", "Federal Bureau of Investigation"),
        ),
        (
            "In addition to suing Samsung, Apple filed a complaint with regulators.",
            ("Apple", "accuse or criticise", "Samsung"),
        ),
    ],
)
def test_a_gerund_after_a_compound_preposition_is_the_subject_s(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_a_gerund_under_a_noun_is_still_no_act_of_the_subject(nlp):
    got = triples(nlp, "Ortega spoke of the prospect of suing Samsung.")
    assert not any(actor == "Ortega" for actor, _c, _t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biden nominates rural Texas doctor as Surgeon General", ("Biden", "cooperate", None)),
        (
            "Governor Jane Hale will appoint three members to the commission.",
            ("Jane Hale", "cooperate", None),
        ),
    ],
)
def test_an_unnamed_person_given_a_post_is_an_appointment_without_a_target(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_promoting_a_thing_is_no_appointment(nlp):
    assert not triples(nlp, "Nike promoted Serena Park's new shoe at the fair.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We suspended Tom Hale after the incident," a spokesman for Kraft Foods said on Friday.',
            ("Kraft Foods", "sanction", "Tom Hale"),
        ),
        (
            '"We are providing consular assistance," a Foreign Office spokeswoman said.',
            ("Foreign Office", "cooperate", None),
        ),
    ],
)
def test_an_unnamed_spokesman_s_we_is_the_organisation_they_speak_for(nlp, text, expected):
    assert expected in triples(nlp, text, with_quotes=True)


def test_a_former_employee_s_we_is_not_the_organisation(nlp):
    got = triples(nlp, '"We will sue Acme Corp," a former Kraft Foods engineer said.', with_quotes=True)
    assert not any(actor == "Kraft Foods" for actor, _c, _t in got)
