"""Cleaning: boilerplate goes (and is kept aside with its reason), article sentences that look alike stay."""

from __future__ import annotations

import pytest

from conftest import BODY, paragraphs
from storyline import clean
from storyline.ingest import build_article
from storyline.records import RawDocument

TITLE = "Breakwater to be rebuilt before winter"


def build(*extra_top: str, tail: tuple[str, ...] = (), middle: tuple[str, ...] = ()):
    """An article: a title, ``extra_top`` lines, the body with ``middle`` lines inside, and ``tail``."""
    body = BODY.split("\n\n")
    parts = [TITLE, *extra_top, body[0], *middle, *body[1:], *tail]
    return build_article(RawDocument("t.txt", "text", "\n\n".join(parts)))


def reason_of(article, fragment: str) -> str | None:
    for removed in article.removed:
        if fragment in removed.text:
            return removed.reason
    return None


REMOVED = {
    "share prompt": [
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter WhatsApp Email",
        "Share this story with your friends",
    ],
    "related links": [
        "Related Articles",
        "Related: Orrin council faces a new vote on the bridge",
        "Read more: How the breakwater failed",
        "You may also like",
    ],
    "navigation": ["Show More", "Back to top", "Back to top button", "Load more", "Advertisement"],
    "photo credit": [
        "Rescue teams at the dam. Photo: Ana Ruiz / AFP",
        "Soldiers leave their base **Jane Roe / AP / EPA**",
        "The new bridge in Orrin. (Photo: Ana Ruiz/Reuters)",
        "Protesters in the capital on Monday. REUTERS/Ana Ruiz",
        "Photo: Ana Ruiz",
    ],
    "pitch": [
        "Sign up for our daily newsletter to get the latest news in your inbox.",
        "Download our app for breaking news alerts",
        "Subscribe to our newsletter",
        "Follow us on Twitter",
        "Follow us on Facebook and Instagram for more stories.",
    ],
    "cookie notice": [
        "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can "
        "opt-out if you wish. Accept Read More",
        "We use cookies to give you the best browsing experience. By continuing you agree to our use of "
        "cookies.",
    ],
    "republication notice": [
        "This article was first published by The Velden Courier and is republished under an agreement.",
        "Originally published in Dutch by Orrin Dagblad.",
        "Republished with permission from The Velden Courier.",
    ],
    "contact line": [
        "The Velden Courier is an independent daily. Send tips to desk@velden-courier.example",
        "Have a story? Send us your tips through the form on our website.",
    ],
    "link only": [
        "https://velden-courier.example/news/other-story",
        "[Orrin council faces new vote](https://x.example/a) | [Bridge fund](https://x.example/b)",
        "<https://velden-courier.example/2022/03/08/more>",
    ],
}


REASONS = {
    "share prompt": {"navigation", "share buttons", "share prompt"},
    "related links": {"related links", "navigation"},
    "navigation": {"navigation"},
    "photo credit": {"photo credit"},
    "pitch": {"call to action"},
    "cookie notice": {"cookie notice"},
    "link only": {"link only"},
    "republication notice": {"republication notice"},
    "contact line": {"contact line"},
}


@pytest.mark.parametrize(
    ("family", "line"), [(family, line) for family, lines in REMOVED.items() for line in lines]
)
@pytest.mark.parametrize("where", ["top", "middle", "tail"])
def test_boilerplate_line_is_removed_and_kept_with_its_reason(family, line, where):
    placed = {"top": {"extra_top": (line,)}, "middle": {"middle": (line,)}, "tail": {"tail": (line,)}}[where]
    article = build(
        *placed.get("extra_top", ()), middle=placed.get("middle", ()), tail=placed.get("tail", ())
    )
    plain = clean.strip_markdown(line)
    assert plain not in article.text
    reason = next((r.reason for r in article.removed if r.text == line.strip()), None)
    assert reason is not None, (line, article.removed)
    assert reason in REASONS[family], (line, reason)
    # the body itself is untouched
    for paragraph in BODY.split("\n\n"):
        assert paragraph in article.text


def test_removed_lines_keep_their_position_and_raw_text():
    article = build("Share this article", tail=("Back to top",))
    by_text = {r.text: r for r in article.removed}
    assert by_text["Share this article"].line == 1
    assert by_text["Back to top"].line == 5
    assert by_text[TITLE].reason == "title"


KEPT = [
    "The town council said it would send a newsletter to every household explaining the new harbour rules.",
    "Dozens of people followed the procession through the old town on Sunday, police said.",
    "“We share the same concerns as the fishermen, and we will not let the wall fail,” the mayor said.",
    "“Share the road,” the minister urged drivers on Monday, as cycling deaths rose for a third year.",
    "The deal was announced on Monday, AFP reported.",
    "Three people were injured when the crane fell, the Associated Press reported.",
    "Photographs of the damage were shared widely on social media, prompting the council to act.",
    "The company said it had more than a million subscribers to its app and newsletter, up from 600,000.",
    "Cookies and cakes were sold at the market to raise money for the flood victims.",
    "Show more restraint, the judge told the lawyers.",
    "Related charges were filed against two other men in March, prosecutors said.",
    "The bank cut his credit: the loan was refused in May, his lawyer said.",
    "The minister, who has 2 million followers on Twitter, said she would follow the advice of the panel.",
    "He urged residents to sign up for the evacuation alerts the council launched last week.",
    "Back to the top of the valley, the road remains closed to lorries, the police said.",
    "Read the full report on the council website, the mayor told residents at a meeting on Friday.",
    "Talks between the EU / AU and Mali were held in Bamako, the foreign ministry said.",
    "Prices rose 3.2% in May, ▲ from 2.9% in April, the statistics office said.",
    "The report, first published by the Orrin Dagblad on Monday, said the wall had been neglected for years.",
    "The council said the findings were originally published in 2019 but had been ignored since.",
]


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("where", ["middle", "tail"])
def test_article_sentences_that_look_like_boilerplate_are_kept(line, where):
    article = build(middle=(line,)) if where == "middle" else build(tail=(line,))
    assert line in article.text, article.removed
    assert reason_of(article, line) is None


def test_ticker_fragment_is_cut_out_of_its_line():
    article = build(
        middle=("BAMAKO, ($1=558.00 XOF)Mali's prime minister said his country felt abandoned by France.",)
    )
    assert "BAMAKO, Mali's prime minister said his country felt abandoned by France." in article.text
    assert "558" not in article.text
    assert ("($1=558.00 XOF)", "ticker fragment") in [(r.text, r.reason) for r in article.removed]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fund is worth 2 billion euros ($2.36 billion), the bank said.",
        "The franc (CFA) traded at 558 to the dollar, traders said.",
        "Turnout was 61% (up from 54%) in the capital, officials said.",
    ],
)
def test_money_in_brackets_is_not_a_ticker_fragment(sentence):
    assert sentence in build(middle=(sentence,)).text


def test_ticker_line_is_removed():
    article = build(tail=("DOW ▲ 1.2% NASDAQ ▼ 0.4% FTSE +0.3%",))
    assert reason_of(article, "NASDAQ") == "ticker"


def test_boilerplate_that_is_not_a_line_of_its_own_stays():
    # A paragraph that merely contains a share prompt in the middle of a news sentence is article text.
    line = "Residents were asked to share this article's warning with neighbours who have no internet access."
    assert line in build(middle=(line,)).text


def test_long_newsletter_paragraph_is_a_pitch():
    pitch = (
        "Follow us everywhere and at any time. Our site has a responsive design and opens on any computer or "
        "phone. For more up-to-date news, follow our Google News, YouTube, Reddit, LinkedIn, Twitter and "
        "Facebook pages. Subscribe to our Newsletter and read our stories in the AppStore or on Google Play."
    )
    assert reason_of(build(tail=(pitch,)), "Follow us everywhere") == "call to action"


def test_an_article_of_nothing_but_boilerplate_is_refused():
    from storyline.errors import EmptyInput

    with pytest.raises(EmptyInput) as caught:
        build_article(RawDocument("menu.txt", "text", "Share this article\n\nShow More\n\nBack to top"))
    assert "menu.txt" in str(caught.value) and "\n" not in str(caught.value)


# -- outlet statistics ---------------------------------------------------------------------------------


FOOTER = "The Velden Courier is published by Harbour Media Ltd."


def _outlet_article(write, place: str, footer: str = FOOTER, outlet: str = "The Velden Courier"):
    return write(
        f"{place}.txt",
        f"source: {outlet}\n\n{place} council meets\n\n{paragraphs(place)}\n\n{footer}",
    )


def test_a_footer_repeated_across_an_outlet_is_removed_from_all_its_articles(write, run_ingest, db):
    paths = [_outlet_article(write, p) for p in ("Orrin", "Hale")]
    first = run_ingest(*paths)
    assert all(FOOTER in a.text for a in first.articles), "two articles are not yet a pattern"
    third = run_ingest(_outlet_article(write, "Tarn"))
    assert len(third.articles) == 3
    for article in third.articles:
        assert FOOTER not in article.text, article.source
        reason = reason_of(article, FOOTER)
        assert reason is not None and reason.startswith("repeated across") and "The Velden Courier" in reason
        assert article.text.startswith(f"In {article.title.split()[0]}, officials")
    # articles stored later lose it on the way in
    fourth = run_ingest(_outlet_article(write, "Brae"))
    brae = fourth.by_source("Brae")
    assert FOOTER not in brae.text
    assert reason_of(brae, FOOTER).startswith("repeated across")
    # and the full-text index follows the clean text
    assert db.search("Harbour Media") == []


def test_a_footer_shared_by_other_outlets_is_not_counted(write, run_ingest):
    paths = [
        _outlet_article(write, "Orrin", outlet="The Velden Courier"),
        _outlet_article(write, "Hale", outlet="Lantern Gazette"),
        _outlet_article(write, "Tarn", outlet="Northwind Bulletin"),
    ]
    result = run_ingest(*paths)
    assert all(FOOTER in a.text for a in result.articles)


def test_a_long_shared_paragraph_is_not_outlet_boilerplate(write, run_ingest):
    quote = (
        "“We will rebuild the wall before the winter storms, whatever it costs, because the town cannot live "
        "without its harbour and the families who depend on it,” the mayor said in a statement to the press "
        "on Tuesday, repeating a promise she first made when the cracks were found."
    )
    paths = [_outlet_article(write, p, footer=quote) for p in ("Orrin", "Hale", "Tarn")]
    result = run_ingest(*paths)
    assert all(quote in a.text for a in result.articles)


def test_content_hash_ignores_case_whitespace_and_quote_style():
    assert clean.content_hash("The mayor said: “no.”") == clean.content_hash('the   MAYOR said:\n"no."')
    assert clean.content_hash("The mayor said no.") != clean.content_hash("The mayor said yes.")


def test_a_later_run_revisits_only_articles_that_still_carry_the_line(write, run_ingest, db, monkeypatch):
    run_ingest(*[_outlet_article(write, p) for p in ("Orrin", "Hale", "Tarn")])
    footer = clean.line_hash(FOOTER)
    assert db.articles_of_outlet_with_lines("The Velden Courier", {footer}) == []
    revisited: list[str] = []
    original = type(db).articles_of_outlet_with_lines

    def spy(self, outlet, hashes, pending_only=True):
        found = original(self, outlet, hashes, pending_only)
        revisited.extend(a.id for a in found)
        return found

    monkeypatch.setattr(type(db), "articles_of_outlet_with_lines", spy)
    later = run_ingest(_outlet_article(write, "Brae"))
    assert revisited == []
    assert all(FOOTER not in a.text for a in later.articles)


def test_a_run_killed_before_its_outlet_refresh_is_completed_by_the_next(write, run_ingest, db):
    from storyline.ingest import store_article as _store

    paths = [_outlet_article(write, p) for p in ("Orrin", "Hale", "Tarn")]
    for path in paths:  # what a run killed just before its end left behind
        _store(db, build_article(RawDocument(str(path), "text", path.read_text(encoding="utf-8"))))
    assert sum(FOOTER in a.text for a in db.iter_articles()) == 2
    again = run_ingest(*paths)
    assert len(again.report.duplicates) == 3
    assert all(FOOTER not in a.text for a in again.articles)


def test_an_update_with_a_new_paragraph_is_a_new_article_not_a_duplicate(write, run_ingest, db):
    """Only the same text (or the same substantial paragraphs) is a duplicate: an update keeps its news."""
    first = write("first.txt", f"{TITLE}\n\n{BODY}\n")
    update = write(
        "update.txt",
        f"{TITLE}\n\n{BODY}\n\nUpdated on Friday: two more workers were taken to hospital, the port said.\n",
    )
    result = run_ingest(first, update)
    assert len(result.report.ingested) == 2
    assert not result.report.duplicates
