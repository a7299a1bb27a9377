"""The date an action carries (storyline.action_dates.date_of) and its MEANTIME measurement
(action_dates_task).

Sentences are the team's own; the article is dated Friday 14 March 2025.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.actions import extract_actions
from storyline.entities import extract_mentions
from storyline.eval.action_dates_task import event_dates, same_date
from storyline.eval.corpus import data_path
from storyline.eval.meantime import load_meantime, parse_document
from storyline.quotes import extract_quotes
from storyline.records import Article
from storyline.timex import find_timexes

REPO = Path(__file__).resolve().parent.parent
DATA = data_path() if data_path().is_absolute() else (REPO / data_path())
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"labelled corpora not found at {DATA}")
FRIDAY = "2025-03-14"


def dated(nlp: object, text: str) -> dict[tuple[str, str], str | None]:
    """(actor, verb) of each action in ``text`` to its date."""
    article = Article(id="d1", source="t", format="text", title=None, text=text, published=FRIDAY)
    doc = nlp(text)  # type: ignore[operator]
    mentions = extract_mentions(article, doc)
    timexes = find_timexes(text, FRIDAY, article.id)
    found = extract_actions(article, doc, mentions, timexes, extract_quotes(article, doc, mentions))
    return {(a.actor, a.verb): a.date for a in found}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor", "verb", "date"),
    [
        # the date of the act itself
        ("Norway and Latvia signed the pact in Riga on Wednesday.", "Norway", "signed", "2025-03-12"),
        ("Interpol arrested Tom Fenwick at 3 p.m. on Thursday.", "Interpol", "arrested", "2025-03-13"),
        ("In 2019 Statoil bought a stake in Halvorsen Motors.", "Statoil", "bought", "2019"),
        # a date of another clause, of the report, or a bound is not the act's
        (
            "Norway signed a trade pact with Latvia, ending a dispute that began in 2019.",
            "Norway",
            "signed",
            None,
        ),
        ("Statoil stated on Thursday that it had signed a contract with Latvia.", "Statoil", "signed", None),
        (
            "Minister Ola Berg asked lawmakers to approve the pact before the summer.",
            "Ola Berg",
            "asked",
            None,
        ),
        ("Norway has deployed troops to Latvia since 2013.", "Norway", "deployed", None),
        # a verb completing or coordinated with a dated one takes its date
        ("Norway tried to seize the tanker on Monday.", "Norway", "seize", "2025-03-10"),
        ("Germany sanctioned Russia around 2019.", "Germany", "sanctioned", "2019"),
        # not the date of the decision to act, nor of a clause with a subject of its own
        ("Norway decided on Monday to seize the tanker.", "Norway", "seize", None),
        ("Russia attacked Kyiv on Monday, and Germany sanctioned Russia.", "Germany", "sanctioned", None),
        ("Norway attacked the pirates on Monday and seized their boat.", "Norway", "seized", "2025-03-10"),
    ],
)
def test_an_action_is_dated_by_the_expression_attached_to_it(
    nlp: object, text: str, actor: str, verb: str, date: str | None
) -> None:
    found = dated(nlp, text)
    assert (actor, verb) in found, found
    assert found[(actor, verb)] == date, found


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Document doc_id="9" url="http://example.org/9">
<token t_id="1" sentence="0">Mill</token><token t_id="2" sentence="0">sold</token>
<token t_id="3" sentence="1">Fenwick</token><token t_id="4" sentence="1">bought</token>
<token t_id="5" sentence="1">it</token><token t_id="6" sentence="1">in</token>
<token t_id="7" sentence="1">June</token><token t_id="8" sentence="1">2009</token>
<token t_id="9" sentence="1">and</token><token t_id="10" sentence="1">left</token>
<token t_id="11" sentence="1">since</token><token t_id="12" sentence="1">2001</token>
<token t_id="13" sentence="2">July</token><token t_id="14" sentence="2">1</token>
<Markables>
<EVENT_MENTION m_id="20" pred="buy"><token_anchor t_id="4"/></EVENT_MENTION>
<EVENT_MENTION m_id="21" pred="leave"><token_anchor t_id="10"/></EVENT_MENTION>
<EVENT_MENTION m_id="22" pred="sell"><token_anchor t_id="2"/></EVENT_MENTION>
<TIMEX3 m_id="30" type="DATE" value="2009-06"><token_anchor t_id="7"/><token_anchor t_id="8"/></TIMEX3>
<TIMEX3 m_id="31" type="DATE" value="2001"><token_anchor t_id="12"/></TIMEX3>
<TIMEX3 m_id="32" type="DATE" value="2009-07-01" functionInDocument="CREATION_TIME">
<token_anchor t_id="13"/><token_anchor t_id="14"/></TIMEX3>
</Markables>
<Relations>
<TLINK r_id="1" reltype="INCLUDES"><source m_id="30"/><target m_id="20"/></TLINK>
<TLINK r_id="2" reltype="BEGUN_BY"><source m_id="21"/><target m_id="31"/></TLINK>
<TLINK r_id="3" reltype="IS_INCLUDED"><source m_id="22"/><target m_id="32"/></TLINK>
<TLINK r_id="4" reltype="BEFORE"><source m_id="20"/><target m_id="21"/></TLINK>
</Relations>
</Document>
"""


def test_time_links_point_from_the_event_and_only_inclusion_dates_it(tmp_path: Path) -> None:
    path = tmp_path / "corpus_demo" / "9_mill.xml"
    path.parent.mkdir()
    path.write_text(_XML, encoding="utf-8")
    document = parse_document(path)
    links = {(link.event, link.timex, link.relation) for link in document.time_links}
    # the timex that INCLUDES the buying is one the buying IS_INCLUDED in; event-to-event links are left out
    assert links == {
        ("9/20", "9/30", "IS_INCLUDED"),
        ("9/21", "9/31", "BEGUN_BY"),
        ("9/22", "9/32", "IS_INCLUDED"),
    }
    dates = event_dates(document)
    assert dates["9/20"] == ({"2009-06"}, True)
    assert "9/21" not in dates  # "since 2001" bounds the leaving, it does not date it
    assert dates["9/22"] == ({"2009-07-01"}, False)  # the creation time only: no date written in the text


def test_same_date_compares_days() -> None:
    assert same_date("2009-06", "2009-06")
    assert same_date("2021-W37", "2021-W37")
    assert not same_date("2009-06", "2009")
    assert not same_date("2009-06-01", "2009-06")


@needs_data
def test_meantime_has_time_links_for_the_dates_eval() -> None:
    documents = load_meantime(DATA / "meantime-en")
    dated_events = [e for d in documents for e, (_, in_text) in event_dates(d).items() if in_text]
    assert len(dated_events) > 150
