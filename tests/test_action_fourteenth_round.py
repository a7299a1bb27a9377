"""Readings that the fourteenth round of work on actions found wrong in a blind batch of real dev documents
(the twenty-ninth). Each sentence is the team's own; each case failed before the rule it tests, except the
controls, which hold the rules to their limits."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
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
        # a lawyer acts for the one whose lawyer they are, as a father does ("her father abused her")
        (
            "Rosalind Vey entered a clinic on Friday. Her lawyer negotiated with court officials for a week.",
            ("Rosalind Vey's lawyer", "negotiate", None),
        ),
        (
            "Oskar Falk's attorney accused Sheriff Dana Whitcombe of hiding evidence.",
            ("Oskar Falk's attorney", "accuse or criticise", "Dana Whitcombe"),
        ),
        # a place the gazetteer knows by its initials, wherever the tagger misses it
        (
            "The quake was felt across the Gulf.\nUAE authorities are now said to be contacting the US"
            " Geological Survey for details.",
            ("UAE authorities", "negotiate", "US Geological Survey"),
        ),
        # (an arrangement for someone flown home: the for-clause's subject may be passive)
        (
            "The State Department arranged for Tamsin Greer to be flown home from Moscow.",
            ("State Department", "cooperate", "Tamsin Greer"),
        ),
        # a passive participle the parser made a noun, or one sharing the agent of the participle after it
        (
            "The indictment amounted to an accusation - long denied by Dario Venturi - that he ran the crew.",
            ("Dario Venturi", "deny", None),
        ),
        (
            "The allegation was denied and rejected by Dario Venturi.",
            ("Dario Venturi", "deny", None),
        ),
        # characterising something as a judgement is criticism, as describing it so is
        (
            "Marta Venturi characterized the inquiry into her brother as persecution.",
            ("Marta Venturi", "accuse or criticise", None),
        ),
        # sanctioning a killing authorises it
        (
            "Prosecutors say Dario Venturi sanctioned the murders of two rivals in 1988.",
            ("Dario Venturi", "agree or sign", None),
        ),
        # conversations held or had with someone are talks
        (
            "Dario Venturi held whispered conversations with Paolo Ricci in a back room.",
            ("Dario Venturi", "negotiate", "Paolo Ricci"),
        ),
        # a participle describing what its subject is said to be: "the challenger nominated by the IBF"
        (
            "Kofi Mensah was the mandatory challenger nominated by the IBF.",
            ("IBF", "cooperate", "Kofi Mensah"),
        ),
        # a job given to someone is a hire
        (
            "The producers, Hal Brenner and Ada Lusk, drew criticism after giving the job to Seth Rowan.",
            ("Hal Brenner", "cooperate", "Seth Rowan"),
        ),
        # an attempt someone had a role in is theirs: "was the hitman in a botched attempt to assassinate"
        (
            "In 1961, Dario Venturi was the hitman in a botched attempt to assassinate Paolo Ricci.",
            ("Dario Venturi", "use force", "Paolo Ricci"),
        ),
        # a nomination announced is a post given; dating someone is a relationship with them
        (
            "President Amara Osei announced his nomination of Dr. Kwame Boateng as health minister.",
            ("Amara Osei", "cooperate", "Kwame Boateng"),
        ),
        (
            "Rosalind Vey launched a perfume line and is dating French designer Julien Marchetti.",
            ("Rosalind Vey", "cooperate", "Julien Marchetti"),
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
        # (nor a work's maker: "a painting by" someone)
        ("The collector Ilse Brandt was offered a painting by Pablo Picasso for $2 million.", "negotiate"),
        # (an arrangement for no person named, a harm arranged, or a song arranged, is no help)
        ("Gil Harrow made the arrangements for the funeral of his uncle.", "cooperate"),
        ("Investigators say Gil Harrow arranged for Oskar Falk to die in the fire.", "cooperate"),
        ("Gil Harrow arranged a trap for Oskar Falk.", "cooperate"),
        ("The producer Gil Harrow arranged the song for Frank Sinatra.", "cooperate"),
        # (nor a post not announced, refused, or another body's)
        ("Celtic announced that Declan Moody will return to Leeds next week.", "cooperate"),
        ("Celtic announced that Declan Moody will not return as manager.", "cooperate"),
        ("The FA announced that Declan Moody will join Leicester City as manager.", "cooperate"),
        ("Ajax announced that Declan Moody will return as coach of the Netherlands.", "cooperate"),
        # (sanctioning a party still punishes it, even the perpetrators of an attack; a conversation
        # overheard is no one's talks)
        ("FIFA sanctioned Juventus for match fixing.", "agree or sign"),
        ("The European Union sanctioned the perpetrators of the attack.", "agree or sign"),
        # (a participle of another kind coordinated after a passive does not lend it its agent)
        ("Tomas Lindqvist was kidnapped and later rescued by Norwegian commandos.", "coerce"),
        ("Detectives overheard a conversation between Dario Venturi and Paolo Ricci.", "negotiate"),
        # (a nomination won is no post given; a thing dated is no romance)
        ("Amara Osei won the party's nomination in March.", "cooperate"),
        ("Archaeologists from Oxford University dated the skull to 2,000 BC.", "cooperate"),
        # (a thing's role in an effort is no one's act)
        (
            "The bill from Senator Dario Venturi was the centrepiece in an effort to help Ukraine.",
            "cooperate",
        ),
        # (a role given a meaning is no hire)
        ("Seth Rowan gave the role a new meaning.", "cooperate"),
        # (a headline naming a blaze by its place is no one firing: the name must be just before the verb)
        ("Wellington supermarket fire\nA large fire destroyed a supermarket in Somerset.", "use force"),
    ],
)
def test_what_the_fourteenth_round_leaves_alone(nlp, text, unwanted_class):
    assert not any(cls == unwanted_class for _a, cls, _t in triples(nlp, text))


def test_a_name_before_a_headline_verb_still_acts(nlp):
    assert ("Biden", "accuse or criticise", "Putin") in triples(nlp, "Biden Slams Putin")
    # (a blaze is a "fire"; an attack with a weapon compounded in is still the named side's)
    assert ("Russia", "use force", None) in triples(nlp, "Russia missile attack")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause opened by "why" or "how" tells what was done, whatever is said of the telling
        (
            "Harlan Voss never revealed why he helped Denise Marlow.",
            ("Harlan Voss", "cooperate", "Denise Marlow", "asserted"),
        ),
        (
            "Police did not explain how Oskar Falk attacked the guards.",
            ("Oskar Falk", "use force", None, "asserted"),
        ),
        # (a negated act is still negated)
        ("Harlan Voss never helped Denise Marlow.", ("Harlan Voss", "cooperate", "Denise Marlow", "negated")),
        # refusing to do something, or denying having done it, tells it as not done
        (
            "Harlan Voss refused to hold talks with Denise Marlow.",
            ("Harlan Voss", "negotiate", "Denise Marlow", "negated"),
        ),
        (
            "Harlan Voss denied having conversations with Denise Marlow.",
            ("Harlan Voss", "negotiate", "Denise Marlow", "negated"),
        ),
        # a killing sanctioned in the passive is authorised too
        (
            "The murders were sanctioned by Dario Venturi.",
            ("Dario Venturi", "agree or sign", None, "asserted"),
        ),
    ],
)
def test_readings_of_the_fourteenth_round_with_modality(nlp, text, expected):
    assert expected in actions(nlp, text)
