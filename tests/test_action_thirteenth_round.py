"""Readings that the thirteenth round of work on actions found wrong in blind probe sets written the way
crawled copy looks. Each sentence is the team's own; each case failed before the rule it tests, except the
controls, which hold the rules to their limits."""

from __future__ import annotations

import pytest

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
    ],
)
def test_readings_of_the_thirteenth_round(nlp, text, expected):
    assert expected in triples(nlp, text, with_quotes=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the one who speaks of "him" in a report is still who "him" is)
        (
            "Pavel Brandt said Marek Lund had accused him of lying.",
            ("Marek Lund", "accuse or criticise", "Pavel Brandt"),
        ),
    ],
)
def test_what_the_thirteenth_round_keeps(nlp, text, expected):
    assert expected in triples(nlp, text, with_quotes=True)
