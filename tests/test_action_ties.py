"""Readings the dev set's misses showed: boarding a vessel (a seizure), a post held for someone ("served as
special assistant to X"), a ban from doing something, a bribe, a working relationship or a bond (with one
another), a party turned to for help, and a request or calls ignored. Each sentence is the team's own; the
controls hold each rule to its limits."""

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
        # boarding a vessel, named by its kind or by a name the article gave a vessel
        ("Dutch marines boarded the pirate skiff near Eyl.", ("Dutch marines", "coerce", None)),
        (
            "Pirates in a dhow, the Al Fayez, fired on a tanker. Danish commandos boarded the Al Fayez at"
            " dawn.",
            ("Danish commandos", "coerce", None),  # (a name the tagger missed is no target)
        ),
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
    ],
)
def test_tie_readings(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted_class"),
    [
        ("Senator Ann Kerrigan boarded the plane to Washington.", "coerce"),
        ("Gunmen on board the boat fired at the Indian ship INS Kirpan.", "coerce"),
        ("Hal Brandt served four months in federal prison.", "cooperate"),
        ("Rita Owens served as associate dean at the University of Vermont.", "cooperate"),
        ("Rita Owens passed the bar exam in 1990.", "sanction"),
        ("Rita Owens has a good relationship with her father.", "cooperate"),
        ("Rita Owens turned to Christianity in 1957.", "appeal or request"),
        ("The Angels might turn their interest to Manny Ortiz.", "appeal or request"),
        ("Ray Dunn ignored the pain in his knee.", "deny"),
    ],
)
def test_tie_controls(nlp, text, unwanted_class):
    assert unwanted_class not in {cls for _a, cls, _t in triples(nlp, text)}
