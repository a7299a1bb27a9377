"""The timeline stage: events dated by time expressions, per article, and merged across a story's articles.

Texts are invented for these tests. Tests that run the NLP model are marked slow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import pytest

from conftest import REPO
from storyline.entities import extract_mentions
from storyline.eval.timeline_task import entity_names, gold_date, our_date
from storyline.records import Article
from storyline.timeline import DatedEvent, dated_events, iso_date, left_out, merge_timeline
from storyline.timeline_events import is_reporting, predicate_key
from storyline.timex import find_timexes

SEEDS = REPO.parent / "shared" / "seeds"


def article(ident: str, text: str, published: str | None) -> Article:
    return Article(id=ident, source=f"{ident}.txt", format="text", title=None, text=text, published=published)


# -- no model ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("forms", "key"),
    [
        (("announced", "announces", "announcing", "announce"), "announc"),
        (("signed", "signs", "signing", "sign"), "sign"),
        (("stopped", "stops", "stop"), "stop"),
        (("said", "says", "say"), "say"),
        (("studied", "studies"), "study"),
    ],
)
def test_verb_forms_share_one_key(forms: Sequence[str], key: str) -> None:
    assert {predicate_key(f) for f in forms} == {key}


def test_reporting_verbs_in_any_form() -> None:
    assert all(is_reporting(w) for w in ("said", "told", "announces", "warning", "stated"))
    assert not any(is_reporting(w) for w in ("signed", "attacked", "met"))


def test_iso_dates_keep_iso_values_and_spell_out_the_others() -> None:
    assert iso_date("2021-09-13", (date(2021, 9, 13), date(2021, 9, 13))) == "2021-09-13"
    assert iso_date("2021-W37", (date(2021, 9, 13), date(2021, 9, 19))) == "2021-W37"
    assert iso_date("2021-09-13T15:00", (date(2021, 9, 13), date(2021, 9, 13))) == "2021-09-13"
    assert iso_date("2021-SU", (date(2021, 6, 1), date(2021, 8, 31))) == "2021-06-01/2021-08-31"


def test_task_date_forms() -> None:
    assert gold_date("2006-03") == "2006-03-XX" and gold_date("1989") == "1989-XX-XX"
    assert gold_date("XXXX-XX-XX") == "XXXX-XX-XX"
    assert our_date(date(2021, 9, 1), date(2021, 9, 30)) == "2021-09-XX"
    assert our_date(date(2021, 6, 1), date(2021, 8, 31)) == "2021-XX-XX"
    assert our_date(date(2021, 12, 1), date(2022, 2, 28)) == "XXXX-XX-XX"


def test_entity_names_by_general_rules() -> None:
    assert entity_names("General Motors") == {"general motors", "gm"}
    assert "federal reserve" in entity_names("US Federal Reserve")
    assert "ftse 100" in entity_names("FTSE 100 index")


def test_empty_input() -> None:
    assert merge_timeline({}) == []
    assert merge_timeline({"a": []}, {}, {}) == []
    assert left_out({}) == 0


# -- with the model ------------------------------------------------------------------------------------------


def events_of(nlp: object, item: Article) -> list[DatedEvent]:
    doc = nlp(item.text)  # type: ignore[operator]
    return dated_events(
        item, doc, find_timexes(item.text, item.published, item.id), extract_mentions(item, doc)
    )


@pytest.mark.slow
def test_a_relative_day_dates_its_verb_with_subject_and_object(nlp: object) -> None:
    text = "The harbour board of Norway closed the northern ferry terminal on Monday after a storm."
    (event,) = events_of(nlp, article("a", text, "2021-09-15"))  # a Wednesday
    assert event.value == "2021-09-13" and event.interval == (date(2021, 9, 13), date(2021, 9, 13))
    assert event.placed and event.anchored and event.kind == "event" and event.relation == "on"
    assert event.text == text[event.start : event.end]
    assert event.text.startswith("The harbour board of Norway closed the northern ferry terminal")
    assert text[event.head_start : event.head_end] == "closed" and event.predicate == "clos"
    assert "Norway" in event.participants and event.mention_ids
    assert (event.sentence_start, event.sentence_end) == (0, len(text))


@pytest.mark.slow
def test_without_an_article_date_a_relative_day_is_left_out(nlp: object) -> None:
    text = "The harbour board closed the northern ferry terminal on Monday after a storm."
    events = events_of(nlp, article("a", text, None))
    assert [(e.value, e.interval, e.anchored, e.placed) for e in events] == [
        ("XXXX-WXX-1", None, False, False)
    ]
    assert merge_timeline({"a": events}) == []
    assert left_out({"a": events}) == 1


@pytest.mark.slow
def test_an_absolute_date_needs_no_article_date(nlp: object) -> None:
    text = "The old lighthouse was rebuilt in March 1998 by the county."
    (event,) = events_of(nlp, article("a", text, None))
    assert event.value == "1998-03" and event.placed
    (entry,) = merge_timeline({"a": [event]})
    assert (entry.date, entry.start, entry.end) == ("1998-03", date(1998, 3, 1), date(1998, 3, 31))


@pytest.mark.slow
def test_a_date_on_a_verb_of_saying_dates_the_statement(nlp: object) -> None:
    text = "Minister Karin Dahl said on Saturday that the port had lost two ships."
    (event,) = events_of(nlp, article("a", text, "2021-09-15"))
    assert event.kind == "statement" and event.value == "2021-09-11"
    assert event.text.startswith("Minister Karin Dahl said on Saturday that the port had lost")


@pytest.mark.slow
def test_a_date_on_a_noun_dates_the_noun(nlp: object) -> None:
    text = "The council took control after the flood in August 2019."
    (event,) = events_of(nlp, article("a", text, None))
    assert event.kind == "nominal" and event.text == "the flood in August 2019" and event.value == "2019-08"


@pytest.mark.slow
def test_a_participle_describing_a_noun_is_told_with_the_noun_and_its_phrase(nlp: object) -> None:
    text = "The two ports built on a tradition of trade going back to Norway's independence in 1905."
    (event,) = events_of(nlp, article("a", text, None))
    assert event.value == "1905" and event.text == "a tradition of trade going back to Norway's independence"
    text = "Engineers returning from Oslo in 2019 said little."
    (event,) = events_of(nlp, article("a", text, None))
    assert event.value == "2019" and event.text == "Engineers returning from Oslo"


@pytest.mark.slow
def test_bounding_dates_and_date_lines_are_not_events_on_the_timeline(nlp: object) -> None:
    text = "Harbour talks stall\nSeptember 15, 2021\nThe two towns have argued about the harbour since 2013."
    events = events_of(nlp, article("a", text, "2021-09-15"))
    assert [(e.value, e.relation, e.placed) for e in events] == [("2013", "since", False)]
    assert merge_timeline({"a": events}) == [] and left_out({"a": events}) == 1


@pytest.mark.slow
def test_one_event_told_by_two_articles_with_different_dates_is_one_entry(nlp: object) -> None:
    wednesday = article(
        "wed",
        "Norway signed the fishing treaty with Iceland on Monday, officials in Oslo said.",
        "2021-09-15",
    )
    friday = article(
        "fri",
        "The fishing treaty was signed in Reykjavik on September 13 by ministers of Norway and Iceland. "
        "On Thursday, Iceland opened two new fishing zones.",
        "2021-09-17",
    )
    copy = article(
        "copy", "Norway signed the fishing treaty with Iceland on Monday, officials said.", "2021-09-16"
    )
    events = {a.id: events_of(nlp, a) for a in (wednesday, friday, copy)}
    origins = {"wed": "wed", "copy": "wed", "fri": "fri"}
    published = {a.id: a.published for a in (wednesday, friday, copy)}
    timeline = merge_timeline(events, origins, published)
    assert [(e.date, sorted(e.article_ids), e.origin_count) for e in timeline] == [
        ("2021-09-13", ["copy", "fri", "wed"], 2),
        ("2021-09-16", ["fri"], 1),
    ]
    first = timeline[0]
    # The most complete phrase: the one that names the most participants (Reykjavik, Norway, Iceland).
    assert first.article_id == "fri" and first.text.startswith("The fishing treaty was signed in Reykjavik")
    assert {"Norway", "Iceland"} <= set(first.participants)
    assert len(first.event_ids) == 3
    # Without origins each article counts once.
    assert merge_timeline(events, None, published)[0].origin_count == 3


@pytest.mark.slow
def test_different_events_on_one_day_stay_apart(nlp: object) -> None:
    text = (
        "Norway signed the fishing treaty on Monday. "
        "Separately, a fire destroyed a warehouse in Bergen on Monday."
    )
    events = {"a": events_of(nlp, article("a", text, "2021-09-15"))}
    timeline = merge_timeline(events)
    assert [e.date for e in timeline] == ["2021-09-13", "2021-09-13"]
    assert len({e.predicate for e in timeline}) == 2


# -- the seeds -----------------------------------------------------------------------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed folder {SEEDS} not found (it lives beside the repo)")
def test_the_seed_timeline_has_the_right_days(nlp: object, tmp_path: object) -> None:
    from storyline.dedup import find_derivations
    from storyline.ingest import ingest
    from storyline.origins import build_origins
    from storyline.store import Database

    db = Database(tmp_path / "seeds.db")  # type: ignore[operator]
    ingest(db, [str(SEEDS)])
    articles = list(db.iter_articles())
    db.close()
    events = {a.id: events_of(nlp, a) for a in articles}
    origins = {a: o.id for o in build_origins(articles, find_derivations(articles)) for a in o.article_ids}
    published = {a.id: a.published for a in articles}
    timeline = merge_timeline(events, origins, published)
    assert timeline == sorted(timeline, key=lambda e: (e.start, e.end))
    latest = max(date.fromisoformat(p) for p in published.values() if p)
    by_id = {e.id: e for found in events.values() for e in found}
    days = [e for e in timeline if e.granularity == "day" and e.start.year == latest.year]
    assert len({e.start for e in days}) >= 2
    for entry in days:
        # Days of the story lie in the two weeks before its latest article.
        assert 0 <= (latest - entry.start).days <= 14, entry
        for event_id in entry.event_ids:
            event = by_id[event_id]
            said = event.timex_text.casefold()
            named = [i for i, day in enumerate(_WEEKDAYS) if re.search(rf"\b{day}\b", said)]
            if named:  # "on Monday" resolves to a Monday
                assert entry.start.weekday() == named[0], (event.timex_text, entry.date)
            if (
                event.anchored and published[event.article_id]
            ):  # a past day named by an article: on or before it
                assert entry.start <= date.fromisoformat(str(published[event.article_id])[:10])
    assert all(e.origin_count <= len(e.article_ids) for e in timeline)
    assert left_out(events) > 0  # the seeds without a date keep their relative days out
