"""Readings the dev set's misses showed: a post held for someone ("served as special assistant to X"), a
ban from doing something, a bribe, a working relationship or a bond (with one another), a party turned to
for help, a request or calls ignored, information passed to a named party, a verdict's "of" hung on a date,
and an act one was "instrumental in". Each sentence is the team's own; the controls hold each rule to its
limits."""

from __future__ import annotations

import pytest

from conftest import read_triples as triples
from storyline.entities import nlp_model


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post held for someone
        (
            "Hal Brandt served as chief of staff to Governor Ann Kerrigan for six years.",
            ("Hal Brandt", "cooperate", "Ann Kerrigan"),
        ),
        (
            "Dino Ricci has served as an assistant coach under Gregg Popovich.",
            ("Dino Ricci", "cooperate", "Gregg Popovich"),
        ),
        # a ban from doing something, and a bribe
        (
            "Coach Tom Ralston is barred by the NCAA from recruiting for two years.",
            ("NCAA", "sanction", "Tom Ralston"),
        ),
        ("Prosecutors said Lou Varga bribed Mayor Dale Finch.", ("Lou Varga", "cooperate", "Dale Finch")),
        # a working relationship: with someone named, or with one another
        (
            "Ed Stanton had quickly established a working relationship with Mo Carver.",
            ("Ed Stanton", "cooperate", "Mo Carver"),
        ),
        (
            "Ed Stanton and Mo Carver established a working relationship with one another.",
            ("Mo Carver", "cooperate", "Ed Stanton"),
        ),
        # a party turned to for help; a request or calls ignored
        (
            "To pay for medical school, Rita Owens turned to the National Health Service Corps.",
            ("Rita Owens", "appeal or request", "National Health Service Corps"),
        ),
        (
            "Two years ago, Tom Keane looked to Ray Dunn to take over as head coach.",
            ("Tom Keane", "appeal or request", "Ray Dunn"),
        ),
        (
            "Prime Minister Costas Vlahos has ignored mounting calls for his resignation.",
            ("Costas Vlahos", "deny", None),
        ),
        # information passed to a named party: a source's help
        (
            "Gil Moran began to provide tips to Ruth Kessler in 1971.",
            ("Gil Moran", "cooperate", "Ruth Kessler"),
        ),
        ("Gil Moran leaked secret documents to Ruth Kessler.", ("Gil Moran", "cooperate", "Ruth Kessler")),
        # a verdict's "of" the parser hung on the date; an act one is "instrumental in"
        (
            "Dwayne Pike, 41, was found guilty last month of murdering a clerk in Macon.",
            ("Dwayne Pike", "use force", None),
        ),
        ("Owner Ted Marsh was instrumental in hiring Rick Boyd.", ("Ted Marsh", "cooperate", "Rick Boyd")),
    ],
)
def test_tie_readings(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted_class"),
    [
        ("Hal Brandt served four months in federal prison.", "cooperate"),
        ("Rita Owens served as associate dean at the University of Vermont.", "cooperate"),
        ("Rita Owens passed the bar exam in 1990.", "sanction"),
        ("Rita Owens has a good relationship with her father.", "cooperate"),
        ("Rita Owens turned to Christianity in 1957.", "appeal or request"),
        ("The Angels might turn their interest to Manny Ortiz.", "appeal or request"),
        ("Ray Dunn ignored the pain in his knee.", "deny"),
        # details given to a news agency are a statement, not a source's help
        ("Volvo provided details of the deal to Reuters.", "cooperate"),
    ],
)
def test_tie_controls(nlp, text, unwanted_class):
    assert unwanted_class not in {cls for _a, cls, _t in triples(nlp, text)}
