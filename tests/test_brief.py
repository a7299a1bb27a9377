"""The brief: extractive, cited, corroboration first, disputes shown side by side, escaped for Markdown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO
from storyline.actions import ActionGroup
from storyline.brief import Brief, BriefSentence, build_brief, carries, check_brief
from storyline.brief_render import escape_markdown, render_brief
from storyline.facts import Fact, FactGroup, FactValue
from storyline.ingest import ingest
from storyline.pipeline import analyse
from storyline.positions import Position
from storyline.records import Article, QuoteGroup, Story
from storyline.store import Database
from storyline.store.briefs import story_brief, story_positions
from storyline.store.stories import list_stories

SEEDS = REPO.parent / "shared" / "seeds"

# Invented coverage of one event: a bridge closure in the town of Orsk Vale.
SHARED = (
    "The Tamsin Bridge in Orsk Vale was closed on Friday after inspectors found deep cracks in its piers."
)
TEXTS = {
    "a1": (
        "Commuters in Orsk Vale queued for hours at the ferry landing as the morning rush began.\n\n"
        "Traffic officials urged drivers to use the northern ring road until further notice.\n\n"
        f"{SHARED}\n\nThe town council will meet on Monday to discuss repair costs with the engineers."
    ),
    "a2": (
        "The Tamsin Bridge in Orsk Vale was closed on Friday after inspectors found deep cracks in its "
        "piers, officials said.\n\nLocal shops near the river reported a sharp fall in customers over the "
        "weekend as the detour lengthened journeys."
    ),
    "a3": (
        f"{SHARED}\n\nThe mayor said the bridge carried about 40,000 vehicles a day before the closure.\n\n"
        "Engineers expect the repairs to take at least six months, according to the council."
    ),
}


def article(article_id: str, text: str, **fields: str) -> Article:
    fields.setdefault("title", None)  # type: ignore[arg-type]
    return Article(id=article_id, source=f"{article_id}.txt", format="text", text=text, **fields)  # type: ignore[misc,arg-type]


def story_of(articles: dict[str, Article]) -> Story:
    return Story("s1", "story", tuple(articles), None, None, (), len(articles))


def bridge() -> dict[str, Article]:
    return {k: article(k, v, title=f"Bridge report {k}") for k, v in TEXTS.items()}


def test_corroborated_sentence_is_preferred_and_cites_every_carrier() -> None:
    articles = bridge()
    brief = build_brief(story_of(articles), articles, {a: a for a in articles}, max_sentences=1)
    (first,) = brief.sentences
    assert "Tamsin Bridge" in first.text and first.role == "lead"
    assert set(first.article_ids) == {"a1", "a2", "a3"} and first.origin_count == 3
    for article_id, start, end in first.sources:
        assert "cracks" in articles[article_id].text[start:end]
    assert check_brief(brief, articles) == []
    # Rewrites of one dispatch count once.
    one = build_brief(story_of(articles), articles, dict.fromkeys(articles, "a1"), max_sentences=1)
    assert one.sentences[0].origin_count == 1


def test_every_sentence_is_verbatim_in_a_cited_article_and_check_catches_forgeries() -> None:
    articles = bridge()
    brief = build_brief(story_of(articles), articles, {a: a for a in articles})
    assert brief.sentences and check_brief(brief, articles) == []
    for s in brief.sentences:
        assert any(s.text in articles[a].text for a in s.article_ids)
    forged = BriefSentence("The bridge collapsed into the river.", ("a1",), 1, "lead", (("a1", 0, 10),))
    foreign = BriefSentence(SHARED, ("zz",), 1, "lead", (("zz", 0, 10),))
    bad = Brief("s1", "Invented headline", "a1", (forged, foreign))
    problems = check_brief(bad, articles)
    assert any("not found verbatim" in p for p in problems)
    assert any("zz" in p and "not an article" in p for p in problems)
    assert any("headline" in p for p in problems)


def test_redundant_sentences_are_not_repeated() -> None:
    articles = bridge()
    brief = build_brief(story_of(articles), articles, {a: a for a in articles}, max_sentences=6)
    bridge_closed = [s for s in brief.sentences if "was closed on Friday" in s.text]
    assert len(bridge_closed) == 1
    assert len({s.text for s in brief.sentences}) == len(brief.sentences)
    assert carries(TEXTS["a2"].split("\n\n")[0], SHARED)
    assert not carries("The Tamsin Bridge in Orsk Vale was not closed on Friday despite deep cracks.", SHARED)
    assert not carries(
        "About 50,000 vehicles a day crossed the bridge, the mayor said.",
        "About 40,000 vehicles a day crossed the bridge, the mayor said.",
    )


def _fact(
    fact_id: str,
    article_id: str,
    text: str,
    value: str,
    number: float,
    verb: str | None = None,
    head: str = "vehicle",
) -> Fact:
    start = text.index(value)
    sentence_start = text.rfind("\n", 0, start) + 1
    sentence_end = text.find("\n", start) if "\n" in text[start:] else len(text)
    return Fact(
        fact_id, article_id, "quantity", f"{head}s", "count", head, verb, (), (), value, number,
        None, None, "exact", None, "day" if head == "vehicle" else None, value, start, start + len(value),
        sentence_start, sentence_end,
    )  # fmt: skip


def test_a_conflict_shows_each_value_with_its_own_citations() -> None:
    texts = dict(TEXTS)
    texts["a2"] += (
        "\n\nThe bridge carried roughly 55,000 vehicles a day before it was shut, traffic data show."
    )
    articles = {k: article(k, v) for k, v in texts.items()}
    low = _fact("f1", "a3", texts["a3"], "40,000", 40000)
    high = _fact("f2", "a2", texts["a2"], "55,000", 55000)
    group = FactGroup(
        "g1", "vehicles a day", "count", None, "day", (low, high),
        (FactValue("about 40,000", ("a3",), ("f1",), 1), FactValue("55,000", ("a2",), ("f2",), 1)),
        ("a2", "a3"), 2, "conflict", "conflict",
    )  # fmt: skip
    brief = build_brief(story_of(articles), articles, {a: a for a in articles}, fact_groups=[group])
    disputed = [s for s in brief.sentences if s.role == "disputed"]
    assert len(disputed) == 2
    by_value = {("40,000" if "40,000" in s.text else "55,000"): s for s in disputed}
    assert by_value["40,000"].article_ids == ("a3",) and by_value["55,000"].article_ids == ("a2",)
    assert check_brief(brief, articles) == []
    rendered = render_brief(brief, articles)
    assert "Where sources disagree:" in rendered and "40,000" in rendered and "55,000" in rendered


def test_facts_only_loosely_tied_are_not_shown_as_a_dispute() -> None:
    texts = {
        "d1": "Flood waters killed 31 people in the valley on Sunday, rescuers said.",
        "d2": "Rescuers said 27 people were killed when the river burst its banks on Sunday.",
        "d3": "The water reached the first floor of houses in Velmora, a town of about 6,000 people.",
    }
    articles = {k: article(k, v) for k, v in texts.items()}
    dead_31 = _fact("f1", "d1", texts["d1"], "31", 31, verb="kill", head="person")
    dead_27 = _fact("f2", "d2", texts["d2"], "27", 27, verb="kill", head="person")
    town = _fact("f3", "d3", texts["d3"], "6,000", 6000, head="person")
    values = (
        FactValue("6,000", ("d3",), ("f3",), 1),
        FactValue("31", ("d1",), ("f1",), 1),
        FactValue("27", ("d2",), ("f2",), 1),
    )
    group = FactGroup("g", "people", "count", None, None, (dead_31, dead_27, town), values,
                      ("d1", "d2", "d3"), 3, "conflict", "conflict")  # fmt: skip
    brief = build_brief(story_of(articles), articles, {a: a for a in articles}, fact_groups=[group])
    disputed = {s.text for s in brief.sentences if s.role == "disputed"}
    shown = {s.text for s in brief.sentences}
    # The dead of the flood and the people of a town are not one number told two ways; a side already
    # shown as the lead is not repeated.
    assert disputed and disputed <= {texts["d1"], texts["d2"]} and {texts["d1"], texts["d2"]} <= shown
    assert check_brief(brief, articles) == []


def test_a_side_chosen_as_what_happened_moves_to_face_the_other_side() -> None:
    texts = {
        "b1": (
            "The Tamsin Bridge was closed on Friday after inspectors found 12 cracks in its piers.\n\n"
            "Commuters queued for hours at the ferry landing as the morning rush began."
        ),
        "b2": (
            "The Tamsin Bridge was closed on Friday after inspectors found 12 cracks in its piers, "
            "officials said.\n\nLocal shops near the river reported a sharp fall in customers."
        ),
        "b3": "Inspectors counted 19 cracks in the piers of the Tamsin Bridge before it was closed.",
    }
    articles = {k: article(k, v) for k, v in texts.items()}
    twelve = _fact("f1", "b1", texts["b1"], "12", 12, head="crack")
    nineteen = _fact("f2", "b3", texts["b3"], "19", 19, head="crack")
    group = FactGroup(
        "g", "cracks", "count", None, None, (twelve, nineteen),
        (FactValue("12", ("b1",), ("f1",), 1), FactValue("19", ("b3",), ("f2",), 1)),
        ("b1", "b3"), 2, "conflict", "conflict",
    )  # fmt: skip
    origins = {a: a for a in articles}
    brief = build_brief(story_of(articles), articles, origins, fact_groups=[group])
    disputed = [s.text for s in brief.sentences if s.role == "disputed"]
    assert len(disputed) == 2 and any("12 cracks" in t for t in disputed) and any("19" in t for t in disputed)
    assert [s for s in brief.sentences if s.role == "lead"]  # what happened still tells something
    assert check_brief(brief, articles) == []
    # With room for little else, the lead stays what happened.
    short = build_brief(story_of(articles), articles, origins, fact_groups=[group], max_sentences=3)
    assert "12 cracks" in next(s.text for s in short.sentences if s.role == "lead")


def test_said_sentence_names_the_speaker_and_cites_the_quote_articles() -> None:
    quote = "We will not reopen the bridge until every pier is safe"
    texts = {
        "q1": "Officials met on Saturday to review the inspection of the Tamsin Bridge.\n\n"
        f"“{quote},” Mayor Ilse Varga told reporters on Saturday.",
        "q2": "Repairs at the Tamsin Bridge could last into the spring, engineers warned.\n\n"
        f"Mayor Ilse Varga said: “{quote}.” She gave no date.",
    }
    articles = {k: article(k, v) for k, v in texts.items()}
    spans = tuple((k, v.index(quote), v.index(quote) + len(quote)) for k, v in texts.items())
    group = QuoteGroup(
        "qg", quote, "direct", "Ilse Varga", None, ("x", "y"), ("q1", "q2"), "q1", None, 2, spans
    )
    brief = build_brief(story_of(articles), articles, {a: a for a in articles}, quote_groups=[group])
    (said,) = [s for s in brief.sentences if s.role == "said"]
    assert quote in said.text and "Varga" in said.text
    assert set(said.article_ids) == {"q1", "q2"} and said.origin_count == 2
    assert check_brief(brief, articles) == []


def test_boilerplate_bylines_headings_and_long_sentences_are_left_out() -> None:
    long = "The council " + " ".join(["debated the plan"] * 25) + " late into the night."
    text = (
        "Bridge Closed In Orsk Vale\n\nBy Jana Holt, Staff Reporter\n\n"
        "ORSK VALE (Valley Courier) – The Tamsin Bridge was closed on Friday after inspectors found cracks "
        "in two piers.\n\nRead more: click here to "
        f"subscribe to our newsletter for updates.\n\n{long}\n\nJuly 3, 2024"
    )
    articles = {"c1": article("c1", text)}
    brief = build_brief(story_of(articles), articles, {"c1": "c1"})
    texts = [s.text for s in brief.sentences]
    assert texts == ["The Tamsin Bridge was closed on Friday after inspectors found cracks in two piers."]
    assert check_brief(brief, articles) == []


def test_markdown_escapes_hostile_article_text() -> None:
    hostile = "*bold* [link](x) <script>alert(1)</script> _under_ `code` # not a heading"
    text = "Protesters chanted *stop* and _now_ <b>outside</b> the town hall of Orsk Vale on Sunday evening."
    articles = {"h1": article("h1", text, title=hostile, outlet="Evil <img src=x> Times")}
    brief = build_brief(story_of(articles), articles, {"h1": "h1"})
    assert brief.sentences and brief.headline == hostile
    md = render_brief(brief, articles, markdown=True)
    # Every metacharacter that came from an article is backslashed: none is left bare.
    assert not re.search(r"(?<!\\)[<>*_`]", md.replace("(`h1`)", "")) and "[link](x)" not in md
    assert "\\[link\\]\\(x\\)" in md and "\\<script\\>" in md
    assert "\\*bold\\*" in md and "\\*stop\\*" in md and "\\_now\\_" in md and "\\`code\\`" in md
    assert all(not line.startswith(("<", "*", "[")) for line in md.splitlines())
    assert escape_markdown("a\n# b\x1b[31m") == "a \\# b\\[31m"
    plain = render_brief(brief, articles)
    assert "*stop*" in plain and "\x1b" not in plain and "[1]" in plain


def test_empty_story_and_story_of_one_article() -> None:
    empty = build_brief(Story("e", "e", (), None, None, (), 0), {}, {})
    assert empty.sentences == () and empty.headline == "" and check_brief(empty, {}) == []
    assert "No brief" in render_brief(empty, {})
    articles = {
        "a3": article(
            "a3", TEXTS["a3"], title="Tamsin Bridge shut", outlet="Vale News", published="2024-07-03"
        )
    }
    one = build_brief(story_of(articles), articles, {"a3": "a3"})
    assert one.sentences and all(s.article_ids == ("a3",) for s in one.sentences)
    assert one.headline == "Tamsin Bridge shut" and one.headline_article_id == "a3"
    assert check_brief(one, articles) == []
    assert "[1] Vale News, 2024-07-03, “Tamsin Bridge shut” (a3)" in render_brief(one, articles)
    assert build_brief(story_of(articles), articles, {}, max_sentences=0).sentences == ()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not found")
def test_seeds_brief_covers_talks_warnings_and_abandonment(tmp_path: Path) -> None:
    db = Database(tmp_path / "seeds.db")
    try:
        ingest(db, [str(SEEDS)])
        analyse(db)
        (story,) = list_stories(db)
        articles = {a: db.get_article(a) for a in story.article_ids}
        brief = story_brief(db, story)  # what `storyline brief` prints: 10 sentences at most
        parties = [p.name for p in story_positions(db, story)]
    finally:
        db.close()
    assert check_brief(brief, articles) == []
    # The five parties acting or speaking in the most origins, ministers counted for their country.
    assert parties[:5] == ["France", "Mali", "European Union", "Germany", "Russia"]
    text = " ".join(s.text for s in brief.sentences).lower()
    said = {s.party: s.text.lower() for s in brief.sentences if s.party}
    assert "talks with" in text and "wagner" in text
    assert any("warn" in s.text and ("France" in s.text) for s in brief.sentences)
    eu = said["European Union"]
    assert "borrell" in eu and any(w in eu for w in ("red line", "advised against", "warn"))
    assert "germany" in said["Germany"] and "warned" in said["Germany"]
    assert "accused france of leaving" in said["Mali"]
    assert "lavrov" in said["Russia"] and "nothing to do" in said["Russia"]
    assert {s.role for s in brief.sentences} >= {"lead", "said", "disputed", "latest"}
    assert any(s.origin_count > 1 for s in brief.sentences)
    assert len(brief.sentences) <= 10


# Invented quarrel over fishing quotas, for the parties' section.
QUOTAS = {
    "q1": (
        "Norway warned Chile on Monday that the fishing deal would collapse if the quotas rose again.\n\n"
        "Chile rejected the claim in a statement released in Santiago on Tuesday evening.\n\n"
        "Officials from both sides met in a hotel near the harbour for four hours to review the figures."
    ),
    "q2": (
        "“Chile has accused Norway of lying about the quotas for years,” Ola Berg said on Monday evening.\n\n"
        "Norway warned Chile that the fishing deal would collapse if the quotas rose again next year."
    ),
}


def spans_of(articles: dict[str, Article], *sentences: str) -> tuple[tuple[str, int, int], ...]:
    out = []
    for sentence in sentences:
        for a in articles.values():
            at = a.text.find(sentence)
            if at >= 0:
                out.append((a.id, at, at + len(sentence)))
    return tuple(out)


def stance(articles: dict[str, Article], actor: str, cls: str, *sentences: str) -> ActionGroup:
    spans = spans_of(articles, *sentences)
    ids = tuple(dict.fromkeys(a for a, _, _ in spans))
    return ActionGroup(
        f"g-{actor}-{cls}", actor, f"e-{actor}", cls, None, None, ("x",), ids, len(ids), None, sentences[0],
        ("asserted",), spans,
    )  # fmt: skip


def test_each_main_party_gets_its_own_sentence_naming_who_acted() -> None:
    articles = {k: article(k, v) for k, v in QUOTAS.items()}
    norway = stance(
        articles, "Norway", "warn or threaten", "Norway warned Chile on Monday", "Norway warned Chile that"
    )
    # Chile's accusation exists only inside Ola Berg's quotation: his claim, not Chile's move.
    claimed = stance(articles, "Chile", "accuse or criticise", "“Chile has accused Norway")
    rejected = stance(articles, "Chile", "deny", "Chile rejected the claim")
    positions = [
        Position("e-Norway", "Norway", ("Norway",), (norway,), (), ("q1", "q2"), 2),
        Position("e-Chile", "Chile", ("Chile",), (claimed, rejected), (), ("q1", "q2"), 2),
    ]
    brief = build_brief(
        story_of(articles), articles, {"q1": "q1", "q2": "q2"}, actions=[norway], positions=positions
    )
    said = {s.party: s for s in brief.sentences if s.role == "said"}
    # Norway's warning is already the lead; its other telling is redundant, so Norway needs no second line.
    assert brief.sentences[0].role == "lead" and brief.sentences[0].text.startswith("Norway warned Chile")
    assert set(said) == {"Chile"} and said["Chile"].text.startswith("Chile rejected the claim")
    assert not any("lying" in s.text for s in brief.sentences if s.role == "said")
    assert check_brief(brief, articles) == []
    assert "- Chile: Chile rejected" in render_brief(brief, articles)
    hostile = Position("e-x", "<b>Chile</b>*", ("Chile",), (rejected,), (), ("q1",), 1)
    marked = build_brief(story_of(articles), articles, {}, positions=[hostile])
    md = render_brief(marked, articles, markdown=True)
    assert "- **\\<b\\>Chile\\</b\\>\\*:** Chile rejected" in md


def test_a_sentence_speaking_of_someone_by_pronoun_before_naming_anyone_is_not_the_lead() -> None:
    from storyline.brief_sentences import leans_on_someone_before

    # the pronoun stands for someone out of the brief's sight, though it is not the first word
    assert leans_on_someone_before("In particular, she said the piers had cracked along their length.")
    assert leans_on_someone_before("Speaking to reporters he said the bridge would stay closed for months.")
    # controls: the person is named before the pronoun; a thing's "it"; a name opening the sentence
    assert not leans_on_someone_before("Mayor Ilse Varga said she would ask the council for funds.")
    assert not leans_on_someone_before("The council said it would meet on Monday.")
    assert not leans_on_someone_before("Varga said her office had warned of the cracks in May.")

    # An article whose opening sentence speaks of someone only as "she": the brief leads with the next one.
    text = (
        "In a statement on Friday, she thanked the volunteers for their patience during the long storm.\n\n"
        "The Tamsin Bridge in Orsk Vale was closed on Friday after inspectors found deep cracks in its piers."
    )
    articles = {"a1": article("a1", text, title="Bridge closed")}
    brief = build_brief(story_of(articles), articles, {"a1": "a1"}, max_sentences=1)
    assert brief.sentences[0].text.startswith("The Tamsin Bridge in Orsk Vale was closed")


def test_a_piece_of_a_typeset_quotation_is_not_the_reporters_words() -> None:
    from storyline.brief_sentences import candidates

    # ``...'' marks as typeset copy writes them: the sentence closing a quotation opened a sentence before
    # would pass for narration
    text = (
        "The mayor said on Friday that the piers were cracked and ``we can not wait.''\n\n"
        "The inspectors said the closure was needed.\n\n"
        "Even if the bridge reopens next year, today is a sad day for Orsk Vale.''\n\n"
        "Engineers from the council will begin repairs on the Tamsin Bridge next month."
    )
    clean = [c.text for c in candidates(article("a1", text)) if c.clean]
    assert "Even if the bridge reopens next year, today is a sad day for Orsk Vale.''" not in clean
    # controls: a balanced typeset quotation and plain narration stay
    assert "The mayor said on Friday that the piers were cracked and ``we can not wait.''" in clean
    assert "Engineers from the council will begin repairs on the Tamsin Bridge next month." in clean
