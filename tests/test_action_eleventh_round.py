"""Readings that the eleventh round of work on actions found wrong in the development errors. Each sentence is
the team's own; each case failed before the rule it tests, except the controls, which hold the rules to
their limits."""

from __future__ import annotations

import pytest

from conftest import read_actions as actions
from conftest import read_triples as triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff or a player suspended is a sanction, named or not
        (
            '"We suspended the worker after the argument. We wanted to look into it," Brellin Foods said.',
            ("Brellin Foods", "sanction", None),
        ),
        ("The NHL suspended the defenseman for six games.", ("NHL", "sanction", None)),
        # a count the parser takes for what was fired, with the shot hung on it
        (
            "Dwayne Pruitt fired just one shot from his pistol through the window.",
            ("Dwayne Pruitt", "use force", None),
        ),
        # a verb the parser made an adjective of its object still has that object as its patient
        (
            "Reyes was struck by a stray bullet as Lopez targeted rival gang members.",
            ("Lopez", "use force", None),
        ),
        # being at a meeting with someone is meeting them
        (
            "Harlan Voss was present at a 1998 meeting with Teodor Brandt in Zurich.",
            ("Harlan Voss", "negotiate", "Teodor Brandt"),
        ),
        (
            "Harlan Voss was at a meeting with Teodor Brandt in Zurich.",
            ("Harlan Voss", "negotiate", "Teodor Brandt"),
        ),
        # fighting police or troops is force, whoever leads them
        (
            "Youths in Valparaiso fought running battles with police overnight.",
            ("Youths in Valparaiso", "use force", None),
        ),
        # the one lent to, not the sum it was hung on
        (
            "After weeks of talks, the IMF agreed to lend Portugal billions at low rates.",
            ("International Monetary Fund", "agree or sign", "Portugal"),
        ),
        # a meal or a visit with someone named is a meeting with them
        (
            "Coach Ned Halloran had a long visit with Marcus Bell on Tuesday.",
            ("Ned Halloran", "negotiate", "Marcus Bell"),
        ),
        (
            "Senator Ada Quill had dinner with Teodor Brandt twice a week.",
            ("Ada Quill", "negotiate", "Teodor Brandt"),
        ),
        # a headline's light verb and its event noun; a source's label before a colon is no party
        (
            "Herald: Sox Make Offer To Beltran (6 Years?)\n"
            "The Mets have chased Mark Teixeira all winter, and the Sox have chased Carlos Beltran.",
            ("Sox", "negotiate", "Carlos Beltran"),
        ),
        # a headline in capitals names the parties the text names in lower case
        (
            "RUMOR: METS MAKE HUGE OFFER TO TEIXEIRA\nThe Mets have chased Mark Teixeira all winter.",
            ("Mets", "negotiate", "Mark Teixeira"),
        ),
        # putting someone behind bars is custody; the body described after a spokesperson is the one that acts
        ("The DEA worked for a decade to put Ray Kessler behind bars.", ("DEA", "coerce", "Ray Kessler")),
        (
            "The arrest was confirmed by Dana Pruett, a spokeswoman for the DEA, the agency that arrested "
            "Ray Kessler in 2004.",
            ("DEA", "coerce", "Ray Kessler"),
        ),
        # charges handed down to someone are charges brought against them
        (
            "The Ramsey County attorney's office handed down charges to Ray Kessler on Monday.",
            ("Ramsey County attorney's office", "coerce", "Ray Kessler"),
        ),
        # a boarding carried out as an operation boards the craft
        (
            "The frigate HMS Kent intercepted the skiff and carried out a boarding operation.",
            ("HMS Kent", "coerce", None),
        ),
        # (found on the blind probe sets of crawled-style copy written for this round)
        # an object "him" in a report is the one the report names as an object before, not the reporter
        (
            "The suit's lead lawyer, Dana Pike, told the court Ray Kessler had lured Tom Alvey to a garage "
            "and struck him with a pipe.",
            ("Ray Kessler", "use force", "Tom Alvey"),
        ),
        # a person dismissed by a company is let go, whatever the tagger made of the company's name
        (
            "The gunman, identified as Ray Kessler, had been dismissed by Brellin Foods a week earlier.",
            ("Brellin Foods", "sanction", "Ray Kessler"),
        ),
        # a subject the parser hung on the auxiliary
        (
            "Detectives said Kessler and Alvey had targeted members of the rival Eastside Crew and fired 14 "
            "shots from a car.",
            ("Alvey", "use force", None),
        ),
        # a gerund read as a compound of the person it is done to
        (
            "Ray Kessler is accused of shooting bartender Tom Alvey after being thrown out of the tavern.",
            ("Ray Kessler", "use force", "Tom Alvey"),
        ),
        (
            "The lawsuit accuses Ray Kessler of using excessive force during the arrest.",
            ("Ray Kessler", "use force", None),
        ),
        # officers from a body act as that body
        (
            "Deputies from the Marlow County Sheriff's Office arrested Ray Kessler without incident.",
            ("Marlow County Sheriff's Office", "coerce", "Ray Kessler"),
        ),
        # "she" in her own report: the "he" after it is someone else
        (
            "The bar's owner, Bev Alvey, said she had banned Ray Kessler from the bar after he threatened a "
            "waiter.",
            ("Ray Kessler", "warn or threaten", None),
        ),
        # a sum or a time the parser took for the object is not the one judged
        (
            "The league fined Barrington $50,000 last season for criticizing referees in a televised "
            "interview.",
            ("Barrington", "accuse or criticise", None),
        ),
        # the team before a position is the player's, not the one the headline's verb is done to
        (
            "PHA Suspends Brankston Wolves Winger Kalle Marjanen 12 Games For Hit On Opponent\n"
            "Kalle Marjanen, 24, has played four seasons for the Brankston Wolves of the Premier Hockey "
            "Association (PHA).",
            ("Premier Hockey Association", "sanction", "Kalle Marjanen"),
        ),
        # a lawyer or an agent representing a client works for them (the notes' reading)
        (
            "Defense attorney Rosalind Keane, who represented Ray Kessler, said he would appeal.",
            ("Rosalind Keane", "cooperate", "Ray Kessler"),
        ),
        # what was stormed may be a name with its kind written before it
        (
            "Malaysian navy commandos stormed the hijacked chemical tanker MT Orla Brenning before dawn.",
            ("Malaysian navy commandos", "use force", "MT Orla Brenning"),
        ),
        # a company advised by a bank, written in the passive, is served by it
        (
            "Halvorsen Foods is being advised by Lindqvist Moreau and Baerenfels Bank.",
            ("Baerenfels Bank", "cooperate", "Halvorsen Foods"),
        ),
        # troops ordered into a place are sent there
        ("Putin ordered troops into Ukraine.", ("Putin", "deploy or withdraw forces", "Ukraine")),
        # a capitalised office of a department is a name (the notes: "City Attorney"), called upon like "on"
        (
            "Senator Ada Quill said she would be calling upon the Secretary of the Navy for a full briefing.",
            ("Ada Quill", "appeal or request", "Secretary of the Navy"),
        ),
        # "the two", "the pair": the last two people named before, one action each
        (
            "Darren Kemble and Tomasz Wrobel escaped from Barwon Prison on Tuesday. Investigators believe "
            "the pair overpowered a guard in the kitchen block.",
            ("Tomasz Wrobel", "use force", None),
        ),
        (
            "There is talk that Ed Stefanski may call Eddie Jordan, as the two worked together with the "
            "Boston Celtics in 2004.",
            ("Eddie Jordan", "cooperate", "Boston Celtics"),
        ),
        # lending to a named party helps it (the notes: "lending money to us" = cooperate); agreeing to lend
        # stays one act, the agreement
        (
            "The Inter-American Development Bank said it would lend Peru up to $200 million for "
            "reconstruction.",
            ("Inter-American Development Bank", "cooperate", "Peru"),
        ),
    ],
)
def test_readings_of_the_eleventh_round(nlp, text, expected):
    assert expected in triples(nlp, text, with_quotes=True)


def test_a_verb_coordinated_by_a_misparse_lends_no_modality(nlp):
    # "intended" belongs to the relative clause; the parser coordinated it with "wounded"
    text = (
        "Two women were wounded by Dwayne Pruitt, who told police his dozen rounds were intended for members "
        "of a rival gang."
    )
    assert ("Dwayne Pruitt", "use force", None, "asserted") in actions(nlp, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a halt to talks or payments is no sanction; "at the meeting" alone names no one met
        ("The league suspended talks with the players' union.", "sanction"),
        ("Brellin Foods suspended its dividend.", "sanction"),
        ("Harlan Voss was at the meeting in Zurich.", "negotiate"),
        # fighting a plan is no force
        ("The union fought the plan to close the plant.", "use force"),
        # a meal or a visit with no one named; a headline's verb in the past or a gerund carries no event
        ("Ned Halloran had dinner at a diner near the stadium.", "negotiate"),
        # boarding at an airport, and a defeat put behind someone, hold no one
        ("Qantas suspended boarding operations at Sydney airport.", "coerce"),
        ("The report lent credence to the claims of Dellmont Bank.", "cooperate"),
        # (found by the round's review, each narrowed:)
        # a fight over a matter or for a purpose, or with fans, is a dispute
        ("The Harwick Tigers fought with fans over ticket prices all summer.", "use force"),
        ("The Harwick Tigers fought with police to keep the parade route open.", "use force"),
        # a meeting with no one named; a meal with one's kin; a museum visited
        ("Ivo Marchetti was at a meeting with colleagues in Geneva.", "negotiate"),
        ("Ilse Varga had dinner with her family on Sunday.", "negotiate"),
        ("Ilse Varga paid a visit to the Louvre in Paris.", "negotiate"),
        # fees charged; passengers boarding; force of a brand or of law
        ("Kestrel Airlines handed extra charges to Ivo Marchetti for his luggage.", "coerce"),
        ("Ryanair carried out boarding operations at gate 12 without delay.", "coerce"),
        ("Harwick Foods used its sales force to push the new product.", "use force"),
        ("Dellmont Bank used the full force of its brand to win clients.", "use force"),
        # pupils sent home; a man played in a film; the chairman of a company is no office of state
        ("The students were dismissed by Harwick High School early because of snow.", "sanction"),
        ("Actor Paul Reyes represented Ivo Marchetti in the biopic.", "cooperate"),
        ("The Director of Operations fired Paul Reyes.", "sanction"),
        # troops sent into their barracks go nowhere named
        ("Ana Ruiz ordered the troops into their barracks.", "deploy or withdraw forces"),
        # two boxers meeting in a bout hold no talks
        (
            "Vitali Klitschko beat Tony Thompson again. In 2008, the last time the pair met, the bout went "
            "11 rounds.",
            "negotiate",
        ),
        # an office in lower case names no one
        ("The secretary of the club warned the players.", "warn or threaten"),
        # advice to act is a request, in the passive too; a record stormed is no force
        ("Residents were advised by Halvorsen Foods to boil their water.", "cooperate"),
        ("The Beatles stormed the charts in 1964.", "use force"),
        # a district or a shift represented is no client
        ("Senator Ada Quill represents the district of Marlow.", "cooperate"),
        ("The deal represents a shift for Boeing.", "cooperate"),
        ("Coach Ned Halloran put the defeat behind him.", "coerce"),
        ("City Attorney Weighs Filing DUI Charges Against Chargers' Jamal Williams", "coerce"),
        # a shot fired, with the shooter named after it, is no dismissal
        ("The court heard who fired the fatal shot, Dwayne Pruitt, on the night of the attack.", "sanction"),
    ],
)
def test_what_the_eleventh_round_leaves_alone(nlp, text, unwanted):
    found = triples(nlp, text)
    assert not [t for t in found if t[1] == unwanted], found


@pytest.mark.parametrize(
    ("text", "expected", "unwanted"),
    [
        # a "him" past an "after" clause is the reporter; a male reporter is no "she" in his own report
        (
            "Ivo Marchetti told police that after he fired Paul Reyes, Dorn Keller threatened him.",
            ("Dorn Keller", "warn or threaten", "Ivo Marchetti"),
            ("Dorn Keller", "warn or threaten", "Paul Reyes"),
        ),
        (
            "Paul Reyes said she had warned him that he would sue Dellmont Bank.",
            ("Paul Reyes", "accuse or criticise", "Dellmont Bank"),
            None,
        ),
        # "the pair" past a plural group of people is no one named
        (
            "Ana Ruiz and Tom Berg said police had arrested two teenagers. The pair had attacked a guard.",
            None,
            ("Ana Ruiz", "use force", None),
        ),
        # a meeting with someone before a match, to discuss a contract, is talks
        (
            "Ana Ruiz met Ivo Marchetti before the Tigers' match to discuss a contract.",
            ("Ana Ruiz", "negotiate", "Ivo Marchetti"),
            None,
        ),
        # a headline's role with no one after it keeps the body before it as the target
        (
            "Senate Blasts Pentagon Chief Over Budget\nThe hearing lasted four hours.",
            ("Senate", "accuse or criticise", "Pentagon"),
            None,
        ),
    ],
)
def test_the_review_narrowings_keep_the_old_readings(nlp, text, expected, unwanted):
    found = triples(nlp, text, with_quotes=True)
    if expected is not None:
        assert expected in found, found
    if unwanted is not None:
        assert unwanted not in found, found
