"""Metadata: what the text or its container states is read, with where it came from; nothing is guessed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from conftest import BODY, FIXTURES, html_response, make_fetcher
from storyline import metadata
from storyline.ingest import build_article
from storyline.records import Hints, RawDocument

TITLE = "Breakwater to be rebuilt before winter"
NEXT_YEAR = datetime.now(UTC).year + 1


def article(text: str, fmt: str = "text", **hints: str):
    return build_article(RawDocument("t.txt", fmt, text, hints=Hints(**hints)))  # type: ignore[arg-type]


def top(*lines: str, tail: tuple[str, ...] = ()):
    return article("\n\n".join([TITLE, *lines, BODY, *tail]))


# -- dates -----------------------------------------------------------------------------------------


def test_date_from_a_bare_header():
    a = article(f"date 2021-09-21 {TITLE}\n\n{BODY}")
    assert (a.published, a.published_precision, a.published_source) == ("2021-09-21", "day", "header")
    assert a.title == TITLE


def test_date_from_a_key_value_header():
    a = article(f"Published: 2021-09-21 14:05\n\n{TITLE}\n\n{BODY}")
    assert (a.published, a.published_precision, a.published_source) == (
        "2021-09-21T14:05",
        "minute",
        "header",
    )


def test_date_from_html_meta(write, run_ingest):
    a = run_ingest(FIXTURES / "page.html").one()
    assert a.published is not None and a.published.startswith("2022-03-08")
    assert a.published_source == "html-meta"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<meta property="article:published_time" content="2020-05-06T07:08:00Z">', "2020-05-06T07:08"),
        ('<meta name="date" content="2020-05-06">', "2020-05-06"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-05-06"}'
            "</script>",
            "2020-05-06",
        ),
        ('<meta itemprop="datePublished" content="2020-05-06">', "2020-05-06"),
    ],
)
def test_date_from_each_kind_of_markup(markup, expected, write, run_ingest):
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    page = page.replace(
        '<meta property="article:published_time" content="2022-03-08T09:30:00+00:00">', markup
    )
    a = run_ingest(write("p.html", page)).one()
    assert a.published == expected
    assert a.published_source == "html-meta"


def _page_without_meta_date(body_markup: str) -> str:
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    page = page.replace('<meta property="article:published_time" content="2022-03-08T09:30:00+00:00">', "")
    return page.replace(
        '<p class="byline">By Mira Halloran</p>', f'<p class="byline">By Mira Halloran</p>{body_markup}'
    )


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<span class="date">Published <time datetime="2020-05-06">6 May 2020</time></span>', "2020-05-06"),
        (
            '<div class="article-meta"><time datetime="2020-05-06T10:00">6 May</time></div>',
            "2020-05-06T10:00",
        ),
        ('<p>Posted <time datetime="2020-05-06">6 May 2020</time></p>', "2020-05-06"),
        ('<time pubdate datetime="2020-05-06">6 May 2020</time>', "2020-05-06"),
        ('<span class="updated">Updated <time datetime="2020-05-09">9 May</time></span>', None),
        ("<p>The hearing is set for <time datetime='2020-06-01'>June 1</time>, the court said.</p>", None),
    ],
)
def test_date_from_a_time_element_in_the_date_area(markup, expected, write, run_ingest):
    a = run_ingest(write("p.html", _page_without_meta_date(markup))).one()
    assert a.published == expected
    assert a.published_source == ("html-meta" if expected else None)


def test_html_without_a_date_in_its_markup_has_none(write, run_ingest):
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    page = page.replace('<meta property="article:published_time" content="2022-03-08T09:30:00+00:00">', "")
    page = page.replace(
        "<p>Work will begin",
        "<p>The previous repair, finished on 2019-04-05 at 10:00, failed. Work will begin",
    )
    a = run_ingest(write("p.html", page)).one()
    assert "2019-04-05" in a.text
    assert a.published is None and a.published_source is None


def test_html_date_in_the_future_is_refused(write, run_ingest):
    page = (FIXTURES / "page.html").read_text(encoding="utf-8").replace("2022-03-08", f"{NEXT_YEAR}-03-08")
    assert run_ingest(write("p.html", page)).one().published is None


def test_date_from_a_feed(run_ingest):
    a = run_ingest(FIXTURES / "feed_atom.xml").one()
    assert a.published == "2022-06-10T18:45" and a.published_source == "feed"


def test_date_from_json(write, run_ingest):
    path = write(
        "a.jsonl", json.dumps({"title": TITLE, "text": BODY, "date": "Tue, 08 Mar 2022 09:00:00 GMT"})
    )
    a = run_ingest(path).one()
    assert (a.published, a.published_source) == ("2022-03-08T09:00", "json")


def test_date_from_an_in_text_date_line():
    a = top("September 14, 2021")
    assert (a.published, a.published_precision, a.published_source) == ("2021-09-14", "day", "text-line")
    assert "September 14" not in a.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14 September 2021", "2021-09-14"),
        ("Published on Tuesday, September 14, 2021", "2021-09-14"),
        ("Sept. 14, 2021 at 10:30 a.m.", "2021-09-14T10:30"),
        ("2021-09-14", "2021-09-14"),
        ("**September 14, 2021**", "2021-09-14"),
        ("September 2021", "2021-09"),
        ("Published 14/09/2021 15:30", "2021-09-14T15:30"),
        ("09/14/2021", "2021-09-14"),
    ],
)
def test_date_line_forms(line, expected):
    assert top(line).published == expected


def test_a_numeric_date_line_that_could_be_two_days_is_no_date():
    a = top("Published 04/09/2021")  # 4 September or 9 April
    assert a.published is None and "04/09/2021" in a.text
    assert "14/09/2021" not in top("Published 14/09/2021").text


def test_date_from_the_url_path():
    a = article(f"{TITLE}\n\n{BODY}", url="https://harbour-ledger.example/2021/09/14/breakwater")
    assert (a.published, a.published_source) == ("2021-09-14", "url")


def test_a_stated_date_wins_over_the_url():
    a = article(f"{TITLE}\n\nSeptember 15, 2021\n\n{BODY}", url="https://x.example/2021/09/14/breakwater")
    assert (a.published, a.published_source) == ("2021-09-15", "text-line")


@pytest.mark.parametrize(
    "text",
    [
        f"date: {NEXT_YEAR}-01-05\n\n{TITLE}\n\n{BODY}",
        f"date {NEXT_YEAR}-01-05 {TITLE}\n\n{BODY}",
        f"{TITLE}\n\nSeptember 14, {NEXT_YEAR}\n\n{BODY}",
        f"{TITLE}\n\nSeptember 14, 2999\n\n{BODY}",
    ],
)
def test_never_a_future_date(text):
    a = article(text)
    assert a.published is None and a.published_source is None
    assert a.title == TITLE


def test_never_a_future_date_from_the_url():
    assert article(f"{TITLE}\n\n{BODY}", url=f"https://x.example/{NEXT_YEAR}/01/05/a").published is None


def test_tomorrow_is_tolerated_for_time_zones():
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    assert metadata.parse_date(tomorrow, "header") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was signed on March 3, 2020, officials said.",
        "On September 14, 2021, the council voted to rebuild the wall.",
        "The previous repair was finished on 2019-04-05, the authority said.",
    ],
)
@pytest.mark.parametrize("where", ["first", "second", "last"])
def test_never_a_date_from_an_ordinary_sentence(sentence, where):
    parts = {"first": [sentence, BODY], "second": [TITLE, sentence, BODY], "last": [TITLE, BODY, sentence]}[
        where
    ]
    a = article("\n\n".join(parts))
    assert a.published is None
    assert sentence in a.text or a.title == sentence


def test_a_date_word_inside_a_title_is_not_a_date():
    a = article(f"March 3, 2020: the day the wall cracked\n\n{BODY}")
    assert a.published is None


# -- outlet ----------------------------------------------------------------------------------------


def test_outlet_from_the_url_domain(write, run_ingest):
    path = write("a.json", json.dumps({"text": BODY, "url": "https://www.harbour-ledger.example/news/wall"}))
    a = run_ingest(path).one()
    assert (a.outlet, a.outlet_source) == ("harbour-ledger.example", "url")


@pytest.mark.parametrize(
    "tail",
    [
        ("Original url:", "<https://www.harbour-ledger.example/2021/09/14/wall>"),
        ("Original url: https://www.harbour-ledger.example/2021/09/14/wall",),
    ],
)
def test_outlet_and_url_from_an_original_url_line(tail):
    a = top(tail=tail)
    assert a.outlet == "harbour-ledger.example" and a.outlet_source == "original url"
    assert a.url == "https://www.harbour-ledger.example/2021/09/14/wall"
    assert a.published == "2021-09-14" and a.published_source == "url"
    assert "Original url" not in a.text and "harbour-ledger" not in a.text
    assert {r.reason for r in a.removed} >= {"metadata: original url"}


def test_outlet_from_a_dateline():
    a = article(f"{TITLE}\n\nPARIS (The Harbour Ledger) – {BODY}")
    assert (a.outlet, a.outlet_source) == ("The Harbour Ledger", "dateline")
    assert a.wire_credits == ()
    assert a.text.startswith("PARIS (The Harbour Ledger) –")


def test_outlet_from_a_header_line():
    a = article(f"source: The Harbour Ledger\n\n{TITLE}\n\n{BODY}")
    assert (a.outlet, a.outlet_source) == ("The Harbour Ledger", "header")


def test_no_outlet_when_nothing_states_one():
    a = top()
    assert a.outlet is None and a.outlet_source is None and a.url is None


def test_a_parenthesis_in_the_lead_is_not_an_outlet():
    a = article(
        f"{TITLE}\n\nThe European Union (EU) – and its partners – said on Monday that the wall must be "
        f"rebuilt.\n\n{BODY}"
    )
    assert a.outlet is None


# -- byline and wire credits -----------------------------------------------------------------------


def test_byline_for_an_agency():
    a = top("By Daphné Benoit for AFP")
    assert a.byline == "Daphné Benoit"
    assert a.wire_credits == ("AFP",)
    assert "Daphné" not in a.text


@pytest.mark.parametrize(
    ("line", "byline", "credits"),
    [
        ("By Mira Halloran", "Mira Halloran", ()),
        ("By Mira Halloran and Tomas Brenn", "Mira Halloran and Tomas Brenn", ()),
        ("By Mira Halloran, Agence France-Presse", "Mira Halloran", ("AFP",)),
        ("By Mira Halloran for The Harbour Ledger", "Mira Halloran", ()),
        ("By Mira Halloran, Staff Writer", "Mira Halloran", ()),
        ("By The Associated Press", None, ("AP",)),
        ("[By Daphné Benoit for AFP](#)", "Daphné Benoit", ("AFP",)),
    ],
)
def test_byline_forms(line, byline, credits):
    a = top(line)
    assert a.byline == byline
    assert a.wire_credits == credits


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master told AFP that the work was long overdue.",
        "According to an AFP source, the cost of the work will rise.",
        "A spokesman told Reuters the wall would hold for now.",
        "Sources who spoke to Reuters said the contract was worth 9 million crowns.",
        "The talks were first reported by Reuters on Monday.",
        "The Associated Press was the first to report the collapse.",
        "“We will not comment,” the company told AP.",
    ],
)
def test_a_mere_mention_of_an_agency_is_no_credit(sentence):
    for a in (top(tail=(sentence,)), article(f"{TITLE}\n\n{sentence}\n\n{BODY}")):
        assert a.wire_credits == ()
        assert sentence in a.text


@pytest.mark.parametrize(
    ("lead", "agency"),
    [("VELDEN, Norland (Reuters) - ", "Reuters"), ("VELDEN (AFP) – ", "AFP"), ("OSLO (AP) — ", "AP")],
)
def test_wire_credit_from_a_dateline(lead, agency):
    a = article(f"{TITLE}\n\n{lead}{BODY}")
    assert a.wire_credits == (agency,)
    assert a.outlet is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Reporting by Ana Ruiz; Editing by Tom Hale", "Reuters"),
        (
            "(Reporting by Ana Ruiz in Velden; additional reporting by Jo Lund; editing by Tom Hale)",
            "Reuters",
        ),
        ("— AFP", "AFP"),
        ("The Associated Press contributed to this report.", "AP"),
        ("Source: Reuters", "Reuters"),
    ],
)
def test_wire_credit_from_a_credit_line(line, agency):
    a = top(tail=(line,))
    assert a.wire_credits == (agency,)
    assert line not in a.text
    assert any(r.reason == "metadata: credit line" for r in a.removed)


def test_photo_agencies_are_not_wire_credits():
    a = top("French soldiers leaving their base in Gao **Jerome Delay / AP / TASS**")
    assert a.wire_credits == ()


def test_byline_and_credit_from_a_json_author_field(write, run_ingest):
    path = write("a.jsonl", json.dumps({"title": TITLE, "text": BODY, "author": "Daphné Benoit, AFP"}))
    a = run_ingest(path).one()
    assert a.byline == "Daphné Benoit"
    assert a.wire_credits == ("AFP",)


def test_no_byline_and_no_credit_when_nothing_states_them():
    a = top()
    assert a.byline is None and a.wire_credits == ()


# -- language --------------------------------------------------------------------------------------

FRENCH = (
    "Le conseil municipal de Velden a décidé mardi de reconstruire la digue nord avant les tempêtes d'hiver, "
    "après que des ingénieurs ont découvert des fissures sur deux cents mètres.\n\n"
    "Les travaux commenceront le mois prochain et coûteront environ quatorze millions de couronnes."
)


def test_language_detected():
    assert top().language == "en"
    assert article(f"La digue sera reconstruite\n\n{FRENCH}").language == "fr"


def test_stated_language_wins():
    assert article(f"{TITLE}\n\n{BODY}", language="en-GB").language == "en"


def test_no_language_for_too_little_text():
    assert article("Velden\n\nWall cracks.").language is None


def test_url_fetch_metadata(run_ingest):
    url = "https://velden-courier.example/2022/03/08/breakwater"
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    a = run_ingest(url, fetcher=make_fetcher({url: html_response(page)})).one()
    assert a.outlet == "The Velden Courier" and a.outlet_source == "container"
    assert (
        a.published is not None and a.published.startswith("2022-03-08") and a.published_source == "html-meta"
    )
    assert a.byline == "Mira Halloran"
    assert a.language == "en"


# -- unit level ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed on March 3, 2020.",
        "March 3",
        "2020",
        "13/13/2020",
        "2021-02-30",
        "Updated September 14, 2021",
    ],
)
def test_parse_date_refuses_what_is_not_a_whole_date(text):
    assert metadata.parse_date(text, "text-line") is None


def test_agency_names():
    assert metadata.agency_name("Agence France-Presse") == "AFP"
    assert metadata.agency_name("the Associated Press") == "AP"
    assert metadata.agency_name("The Harbour Ledger") is None


@pytest.mark.parametrize(
    ("sentence", "strict", "rest"),
    [
        (
            "LONDON (Reuters) - British Airways has reached a deal.",
            True,
            "British Airways has reached a deal.",
        ),
        ("LONDON, March 3 (Reuters) - HSBC sued Barclays.", True, "HSBC sued Barclays."),
        (
            "SEATTLE - Amazon.com Inc said on Monday it would cut jobs.",
            True,
            "Amazon.com Inc said on Monday it would cut jobs.",
        ),
        ("BAMAKO (AFP) Mali's junta denied the report.", True, "Mali's junta denied the report."),
        # tokenised copy spaces the comma before the region
        ("SAN JOSE , Calif. - Corvex Inc. sued Halden.", True, "Corvex Inc. sued Halden."),
        # a headline's label or a word in capitals is no dateline for the parse (the brief still cuts a
        # colon's label, which is no sentence of an article either)
        ("REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA", True, None),
        ("SKY - TV reports that the employees died.", True, None),
        ("NCAA: Improper gifts given to athletes.", True, None),
        ("NEW DELHI: India warned Pakistan on Friday.", False, "India warned Pakistan on Friday."),
        ("Police said the man was arrested.", False, None),
        # after a city a country may open the sentence; after a country, or in capitals, it is a pair
        ("KATHMANDU - Nepal's army killed six rebels.", True, "Nepal's army killed six rebels."),
        ("U.S. - China trade talks resume", True, None),
        ("PARIS - LONDON TRAIN HALTED", True, None),
    ],
)
def test_dateline_end(sentence, strict, rest):
    cut = metadata.dateline_end(sentence, 0, len(sentence), strict=strict)
    assert (sentence[cut:] if cut is not None else None) == rest
