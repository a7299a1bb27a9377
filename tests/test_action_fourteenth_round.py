"""Readings that the fourteenth round of work on actions found wrong in a blind batch of real dev documents
(the twenty-ninth). Each sentence is the team's own; each case failed before the rule it tests, except the
controls, which hold the rules to their limits."""

from __future__ import annotations

import pytest

from conftest import read_triples as triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive that keeps its object: the parser hangs the agent's "by" on that object
        (
            "Tomas Lindqvist was offered a three-year contract by Halvorsen Motors.",
            ("Halvorsen Motors", "negotiate", "Tomas Lindqvist"),
        ),
        (
            "Dr. Amara Osei has been offered the post of health minister by President Kwame Boateng.",
            ("Kwame Boateng", "negotiate", "Amara Osei"),
        ),
        # leaking to a named party is help given to it (the notes' "leaking information to a named party")
        (
            "Investigators believe Harlan Voss leaked the audit to Denise Marlow of the Chronicle.",
            ("Harlan Voss", "cooperate", "Denise Marlow"),
        ),
        # an arrangement made for a named person is help given them, however the parser hangs the "for"
        (
            "Her agent, Carla Minetti, made the arrangements for Rosalind Vey to enter a clinic in Utah.",
            ("Carla Minetti", "cooperate", "Rosalind Vey"),
        ),
        (
            "Brennan arranged for Oskar Falk to leave the country on a false passport.",
            ("Brennan", "cooperate", "Oskar Falk"),
        ),
        (
            "The contractor's lobbyist, Gil Harrow, arranged a job for state auditor Petra Lindgren.",
            ("Gil Harrow", "cooperate", "Petra Lindgren"),
        ),
        # a post announced: someone returning or joining "as" it
        (
            "The Royal Television Society announced on Friday that Nadia Ferreira would return as emcee.",
            ("Royal Television Society", "cooperate", "Nadia Ferreira"),
        ),
        (
            "Celtic announced that Declan Moody will join the club as manager next month.",
            ("Celtic", "cooperate", "Declan Moody"),
        ),
    ],
)
def test_readings_of_the_fourteenth_round(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted_class"),
    [
        # (a "by" that is a place names no agent, and a thing that leaks is no one's act)
        ("Ilse Brandt was given a cottage by the Danube.", "negotiate"),
        ("The memo leaked to the Chronicle on Monday.", "cooperate"),
        # (an arrangement for no person named, or a post not announced, is no act on anyone)
        ("Gil Harrow made the arrangements for the funeral of his uncle.", "cooperate"),
        ("Celtic announced that Declan Moody will return to Leeds next week.", "cooperate"),
    ],
)
def test_what_the_fourteenth_round_leaves_alone(nlp, text, unwanted_class):
    assert not any(cls == unwanted_class for _a, cls, _t in triples(nlp, text))
