"""Readings that the tenth round of work on actions found wrong in the development errors. Each sentence is
the team's own; each case failed before the rule it tests, except the controls, which hold the rules to
their limits."""

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
    ],
)
def test_boarding_that_seizes_nothing(nlp, text):
    assert not [t for t in triples(nlp, text) if t[1] == "coerce"]


def test_an_announcement_of_anything_else_is_speech(nlp):
    found = triples(nlp, "Halvorsen Motors announced that Karl Stein will retire next year.")
    assert not [t for t in found if t[1] == "cooperate"], found
