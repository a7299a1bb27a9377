"""Every supported input format becomes a clean article with the metadata its container states."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import BODY, FIXTURES, html_response, make_fetcher, paragraphs


def test_txt_with_bare_date_header_and_title_on_the_same_line(write, run_ingest):
    path = write("a.txt", "date 2021-09-21 Breakwater to be rebuilt before the storms\n\n" + BODY)
    result = run_ingest(path)
    article = result.one()
    assert result.report.ok
    assert article.published == "2021-09-21"
    assert article.published_precision == "day"
    assert article.published_source == "header"
    assert article.title == "Breakwater to be rebuilt before the storms"
    assert article.format == "text"
    assert article.source_path == str(path)
    assert article.text.startswith("The harbour authority of Port Velden")
    assert "date 2021" not in article.text
    assert any(r.reason == "metadata: header" for r in article.removed)


def test_txt_with_key_value_header_lines(write, run_ingest):
    text = "date: 2020-02-11\ntitle: Council approves the breakwater budget\nauthor: Mira Halloran\n\n" + BODY
    article = run_ingest(write("b.txt", text)).one()
    assert article.published == "2020-02-11"
    assert article.published_source == "header"
    assert article.title == "Council approves the breakwater budget"
    assert article.byline == "Mira Halloran"
    assert article.text.startswith("The harbour authority")
    assert "title:" not in article.text and "date:" not in article.text


def test_txt_first_line_is_the_title(write, run_ingest):
    article = run_ingest(write("c.txt", "Breakwater cracks worry Velden fishermen\n\n" + BODY)).one()
    assert article.title == "Breakwater cracks worry Velden fishermen"
    assert article.published is None
    assert article.outlet is None
    assert article.byline is None
    assert article.wire_credits == ()
    assert article.language == "en"
    assert not article.text.startswith("Breakwater cracks")


def test_markdown_heading_links_and_emphasis_become_plain_text(write, run_ingest):
    text = (
        "# Velden *votes* on the breakwater\n\n"
        "The council voted on **Tuesday** to fund the [northern breakwater](https://example.org/w) repairs, "
        "ending a debate of several months about who should pay for the work on the harbour.\n\n" + BODY
    )
    article = run_ingest(write("d.md", text)).one()
    assert article.format == "markdown"
    assert article.title == "Velden votes on the breakwater"
    first = article.text.split("\n\n")[0]
    assert first.startswith("The council voted on Tuesday to fund the northern breakwater repairs")
    assert "](" not in article.text and "**" not in article.text


def test_html_page_main_text_and_markup_metadata(run_ingest):
    article = run_ingest(FIXTURES / "page.html").one()
    assert article.format == "html"
    assert article.outlet == "The Velden Courier"
    assert article.published is not None and article.published.startswith("2022-03-08")
    assert article.published_source == "html-meta"
    assert article.title == "Velden breakwater to be rebuilt before winter"
    assert article.byline == "Mira Halloran"
    assert "northern breakwater would be rebuilt" in article.text
    assert "we will watch every crown" in article.text
    for boilerplate in (
        "Home",
        "Weather",
        "Contact us",
        "Share this article",
        "All rights reserved",
        "Privacy",
    ):
        assert boilerplate not in article.text, boilerplate


def test_json_object_and_list(write, run_ingest):
    one = {
        "title": "Breakwater vote",
        "text": BODY,
        "url": "https://velden-courier.example/2022/03/08/vote",
        "outlet": "The Velden Courier",
        "published": "2022-03-08T10:00:00Z",
        "author": "Mira Halloran",
    }
    many = [
        {"headline": "Rail line reopens", "body": paragraphs("Orrin"), "link": "https://lantern.example/x"},
        {"title": "School roof repaired", "content": paragraphs("Hale"), "date": "2022-05-03", "lang": "en"},
    ]
    p1 = write("one.json", json.dumps(one))
    p2 = write("many.json", json.dumps(many))
    result = run_ingest(p1, p2)
    assert result.report.ok, result.reasons()
    assert len(result.articles) == 3
    vote = result.by_source("one.json")
    assert vote.format == "json"
    assert vote.title == "Breakwater vote"
    assert vote.outlet == "The Velden Courier" and vote.outlet_source == "container"
    assert vote.published == "2022-03-08T10:00" and vote.published_source == "json"
    assert vote.byline == "Mira Halloran"
    assert vote.url == "https://velden-courier.example/2022/03/08/vote"
    rail = result.by_source("many.json#1")
    assert rail.title == "Rail line reopens"
    assert rail.outlet == "lantern.example" and rail.outlet_source == "url"
    school = result.by_source("many.json#2")
    assert school.published == "2022-05-03" and school.published_precision == "day"


def test_jsonl_one_article_per_line(write, run_ingest):
    lines = [
        json.dumps({"title": f"Story {place}", "text": paragraphs(place)})
        for place in ("Orrin", "Hale", "Tarn")
    ]
    path = write("batch.jsonl", "\n".join(lines) + "\n\n")
    result = run_ingest(path)
    assert result.report.ok
    assert sorted(a.source for a in result.articles) == [f"{path}#{n}" for n in (1, 2, 3)]
    assert {a.title for a in result.articles} == {"Story Orrin", "Story Hale", "Story Tarn"}
    assert all(a.source_path == str(path) for a in result.articles)


def test_json_with_html_field_is_extracted(write, run_ingest):
    html = (FIXTURES / "page.html").read_text(encoding="utf-8")
    article = run_ingest(write("page.jsonl", json.dumps({"html": html, "outlet": "Courier Wire"}))).one()
    assert "northern breakwater would be rebuilt" in article.text
    assert article.outlet == "Courier Wire"


def test_rss_feed_with_content_encoded(run_ingest):
    result = run_ingest(FIXTURES / "feed_rss.xml")
    assert result.report.ok, result.reasons()
    assert len(result.articles) == 2
    rail = result.by_source("#1")
    assert rail.format == "feed"
    assert rail.title == "Valley rail line reopens after landslide"
    assert rail.outlet == "The Lantern Gazette"
    assert rail.byline == "Oskar Lind"
    assert rail.url == "https://lantern-gazette.example/2022/05/02/rail-reopens"
    assert rail.published is not None and rail.published.startswith("2022-05-02")
    assert rail.published_source == "feed"
    assert rail.language == "en"
    # the full content, not the one-line description
    assert "four thousand tonnes of rock" in rail.text
    assert "The valley line is running again." not in rail.text
    assert rail.text.count("\n\n") >= 3


def test_atom_feed(run_ingest):
    article = run_ingest(FIXTURES / "feed_atom.xml").one()
    assert article.title == "Ferry strike ends after pay deal"
    assert article.outlet == "Northwind Bulletin"
    assert article.byline == "Lena Varga"
    assert article.published is not None and article.published.startswith("2022-06-10")
    assert article.url == "https://northwind-bulletin.example/news/ferry-strike-ends"
    assert "six percent this year" in article.text


SUMMARY_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Notes</title><link>https://harbour-notes.example/</link>
<item><title>Velden breakwater to be rebuilt before winter</title>
<link>https://harbour-notes.example/2022/03/08/breakwater</link>
<pubDate>Tue, 08 Mar 2022 09:00:00 GMT</pubDate>
<description>The harbour authority will rebuild the northern wall.</description></item>
</channel></rss>"""


def test_feed_entry_with_only_a_summary_has_its_page_fetched(write, run_ingest):
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    link = "https://harbour-notes.example/2022/03/08/breakwater"
    fetcher = make_fetcher({link: html_response(page)})
    result = run_ingest(write("notes.rss", SUMMARY_FEED), fetcher=fetcher)
    assert result.report.ok, result.reasons()
    article = result.one()
    assert fetcher.seen == [link]
    assert "we will watch every crown" in article.text
    assert article.url == link
    # the feed's statements win over the page's
    assert article.outlet == "Harbour Notes"
    assert article.published is not None and article.published.startswith("2022-03-08")
    assert article.published_source == "feed"


def test_feed_summary_without_fetching_is_a_one_line_failure(write, run_ingest):
    result = run_ingest(write("notes.rss", SUMMARY_FEED))
    assert result.articles == []
    (failure,) = result.report.failures
    assert failure.source.endswith("notes.rss#1")
    assert "summary" in failure.reason


def test_url_ingest_of_an_html_page(run_ingest):
    url = "https://velden-courier.example/news/breakwater-rebuilt"
    fetcher = make_fetcher({url: html_response((FIXTURES / "page.html").read_text(encoding="utf-8"))})
    result = run_ingest(url, fetcher=fetcher)
    assert result.report.ok, result.reasons()
    article = result.one()
    assert article.format == "url"
    assert article.source == url and article.url == url
    assert article.source_path is None
    assert article.outlet == "The Velden Courier"
    assert "northern breakwater" in article.text


def test_url_ingest_sends_a_clear_user_agent(run_ingest):
    agents: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        return html_response((FIXTURES / "page.html").read_text(encoding="utf-8"))

    url = "https://velden-courier.example/a"
    run_ingest(url, fetcher=make_fetcher({url: answer}))
    assert agents and agents[0].startswith("Storyline/")


def _page(title: str, place: str) -> bytes:
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Valley Wire'></head>"
        f"<body><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs(place, 4).split("\n\n"))
        + "</article></body></html>"
    ).encode()


def write_warc(path: Path, gzip: bool, pages: list[tuple[str, bytes]]) -> None:
    """A WARC with a request record, an image response and a 404 around each HTML response."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, body in pages:
            request = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", "valley.example")], is_http_request=True
                ),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            png = b"\x89PNG\r\n\x1a\n" + bytes(200)
            writer.write_record(
                writer.create_warc_record(
                    url + ".png", "response", payload=io.BytesIO(png), http_headers=image
                )
            )
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://valley.example/gone",
                "response",
                payload=io.BytesIO(_page("Gone", "Nowhere")),
                http_headers=missing,
            )
        )


def test_warc_html_responses_are_ingested_and_other_records_skipped(tmp_path, run_ingest):
    pages = [
        ("https://valley.example/2022/04/01/orrin", _page("Orrin votes", "Orrin")),
        ("https://valley.example/hale", _page("Hale votes", "Hale")),
    ]
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, True, pages)
    result = run_ingest(path)
    assert result.report.ok, result.reasons()
    assert len(result.articles) == 2
    assert {a.url for a in result.articles} == {u for u, _ in pages}
    orrin = result.by_source("#1")
    assert orrin.format == "warc"
    assert orrin.title == "Orrin votes"
    assert orrin.outlet == "Valley Wire"
    assert orrin.published == "2022-04-01" and orrin.published_source == "url"
    # the crawl date is not a publication date
    assert result.by_source("#2").published is None
    assert all("Nowhere" not in a.text for a in result.articles)


def test_uncompressed_warc(tmp_path, run_ingest):
    path = tmp_path / "crawl.warc"
    write_warc(path, False, [("https://valley.example/tarn", _page("Tarn votes", "Tarn"))])
    article = run_ingest(path).one()
    assert "residents of Tarn" in article.text


def test_txt_a_short_headline_before_the_first_sentence_is_the_title(write, run_ingest):
    # three words, then a date line (metadata) and a first sentence short enough to pass for a headline: the
    # three words are the headline, not a section label, and the sentence stays the body's
    first = "Engineers found new cracks along the northern breakwater of Port Velden on Monday."
    text = "Breakwater cracks widen\nMarch 3, 2011\n" + first + "\n\n" + BODY
    article = run_ingest(write("e.txt", text)).one()
    assert article.title == "Breakwater cracks widen"
    assert article.text.startswith(first)


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Harbour news", "Breakwater cracks worry Velden fishermen"),  # a headline with no full stop
        ("Velden Coast", "Breakwater cracks worry Velden fishermen."),  # a label in title case
    ],
)
def test_txt_a_section_label_before_the_headline_is_navigation(write, run_ingest, label, headline):
    article = run_ingest(write("f.txt", f"{label}\n{headline}\n\n" + BODY)).one()
    assert article.title == headline
    assert any(r.reason == "navigation: section label" and r.text == label for r in article.removed)
