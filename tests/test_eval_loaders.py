"""Corpus loaders on the real shared data (skipped, saying why, when ../shared/data is not there)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from storyline.eval.corpus import DataMissing, checksum, data_path, rebuild_text
from storyline.eval.ecbplus import DEV_TOPICS, load_ecbplus, parse_document
from storyline.eval.meantime import load_meantime
from storyline.eval.timeline_data import load_timelines

REPO = Path(__file__).resolve().parent.parent
DATA = data_path() if data_path().is_absolute() else (REPO / data_path())

needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"labelled corpora not found at {DATA} (set STORYLINE_DATA to run these tests)"
)


# -- text from tokens (no data needed) -----------------------------------------------------------------------


def test_rebuild_text_spacing_and_offsets() -> None:
    tokens = [
        ("1", 0, "Boeing"),
        ("2", 0, "'s"),
        ("3", 0, "jet"),
        ("4", 0, "("),
        ("5", 0, "747"),
        ("6", 0, ")"),
        ("7", 0, "flew"),
        ("8", 0, "."),
        ("9", 1, "He"),
        ("10", 1, "said"),
        ("11", 1, '"'),
        ("12", 1, "yes"),
        ("13", 1, '"'),
        ("14", 1, ","),
        ("15", 1, "$"),
        ("16", 1, "5"),
        ("17", 1, "."),
    ]
    rebuilt = rebuild_text(tokens)
    assert rebuilt.text == 'Boeing\'s jet (747) flew.\nHe said "yes", $5.'
    for token in rebuilt.tokens:
        assert rebuilt.text[token.start : token.end] == token.text
    assert [rebuilt.text[s.start : s.end] for s in rebuilt.sentences] == [
        "Boeing's jet (747) flew.",
        'He said "yes", $5.',
    ]
    assert rebuilt.span(["3", "5"]) == (rebuilt.text.index("jet"), rebuilt.text.index("747") + 3)
    assert rebuilt.span(["nope"]) is None


def test_checksum_depends_on_names_and_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.txt").write_text("two")
    first = checksum([tmp_path / "b.txt", tmp_path / "a.txt"], tmp_path)
    assert first == checksum([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path)
    (tmp_path / "b.txt").write_text("two!")
    assert checksum([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path) != first


def test_missing_corpus_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(DataMissing) as caught:
        load_ecbplus(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(caught.value)
    assert "\n" not in str(caught.value)


def test_malformed_ecbplus_file(tmp_path: Path) -> None:
    bad = tmp_path / "1_1ecb.xml"
    bad.write_text("<Document><token")
    with pytest.raises(DataMissing, match="malformed XML"):
        parse_document(bad)


# -- ECB+ ----------------------------------------------------------------------------------------------------


@needs_data
def test_ecbplus_documents_splits_and_gold_stories() -> None:
    documents = load_ecbplus(DATA / "ecbplus")
    assert len(documents) == 772
    topics = {d.topic for d in documents}
    assert topics <= set(range(1, 36))
    assert {d.topic for d in documents if d.split == "dev"} == DEV_TOPICS
    assert Counter(d.split for d in documents) == {"train": 575, "dev": 197}
    assert len(load_ecbplus(DATA / "ecbplus", "dev")) == 197
    # two gold stories per topic: the ecb half and the ecbplus half
    stories = Counter(d.gold_story for d in documents)
    assert len(stories) == 2 * len(topics)
    assert all(d.dct is None for d in documents)


@needs_data
def test_ecbplus_text_and_mentions() -> None:
    documents = {d.doc_id: d for d in load_ecbplus(DATA / "ecbplus")}
    doc = documents["1_1ecb"]
    assert doc.gold_story == "1/ecb" and doc.split == "train"
    assert doc.text.startswith("Another day in Hollywood; another star in rehab.\n")
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text
    by_id = {m.id: m for m in doc.mentions}
    # m_id 39 is linked by CROSS_DOC_COREF to instance HUM16236184328979740 (Tara Reid)
    tara = by_id["1_1ecb/39"]
    assert tara.instance == "HUM16236184328979740" and tara.chain == tara.instance
    assert tara.kind == "entity" and tara.tag == "HUMAN_PART_PER"
    assert doc.text[tara.start : tara.end] == tara.text
    assert tara.text == "who"  # "Tara Reid, 33, who starred in ..."
    assert any("Reid" in m.text for m in doc.mentions if m.instance == tara.instance)
    assert any(m.kind == "event" for m in doc.mentions)
    # the same instance appears in other documents of the topic
    same = [m for d in documents.values() if d.topic == 1 for m in d.mentions if m.instance == tara.instance]
    assert len({m.doc_id for m in same}) > 1
    # the coreference sentence list marks mentions
    assert any(m.in_coref_sentences for m in doc.mentions)
    assert any(not m.in_coref_sentences for d in documents.values() for m in d.mentions)


# -- MEANTIME ------------------------------------------------------------------------------------------------


@needs_data
def test_meantime_documents_and_creation_times() -> None:
    documents = load_meantime(DATA / "meantime-en")
    assert len(documents) == 120
    assert Counter(d.corpus for d in documents) == {"airbus": 30, "apple": 30, "gm": 30, "stock": 30}
    assert all(d.dct for d in documents)
    by_id = {d.doc_id: d for d in documents}
    doc = by_id["100911"]
    assert doc.dct == "2008-03-01" and doc.dct_source == "creation-time timex"
    assert doc.title.startswith("Northrop Grumman and Airbus parent EADS defeat Boeing")
    # the release lacks a CREATION_TIME timex here: read from the date line under the title
    assert by_id["78496"].dct == "2007-09-01" and by_id["78496"].dct_source == "date line"
    # here the timex value is malformed ("03-02-2009"): the date line "February 03, 2009" is used
    assert by_id["120578"].dct == "2009-02-03" and by_id["120578"].dct_source == "date line"
    assert all(re.match(r"^\d{4}-\d{2}-\d{2}$", d.dct or "") for d in documents)


@needs_data
def test_meantime_timexes_and_entities_have_offsets() -> None:
    documents = load_meantime(DATA / "meantime-en")
    doc = next(d for d in documents if d.doc_id == "100911")
    creation = [t for t in doc.timexes if t.creation_time]
    assert len(creation) == 1
    assert (
        creation[0].text == "March 01, 2008"
        and creation[0].value == "2008-03-01"
        and creation[0].type == "DATE"
    )
    for d in documents:
        for t in d.timexes:
            assert d.text[t.start : t.end] == t.text and t.type in {"DATE", "TIME", "DURATION", "SET"}
        for m in d.entity_mentions:
            assert d.text[m.start : m.end] == m.text
    types = Counter(t.type for d in documents for t in d.timexes)
    assert types["DATE"] > 300
    values = {t.value for d in documents for t in d.timexes}
    assert {"PRESENT_REF", "PAST_REF"} <= values
    # entity instances are shared across documents
    docs_per_instance = Counter()
    for d in documents:
        for instance in {m.instance for m in d.entity_mentions if m.instance}:
            docs_per_instance[instance] += 1
    assert max(docs_per_instance.values()) > 5
    northrop = [m for m in doc.entity_mentions if m.text == "Northrop Grumman"]
    assert northrop and northrop[0].entity_type == "ORG"


# -- SemEval-2015 TimeLine -----------------------------------------------------------------------------------


@needs_data
def test_timeline_corpora_and_gold() -> None:
    corpora = {c.name: c for c in load_timelines(DATA / "semeval2015-timeline")}
    assert set(corpora) == {"trial", "corpus_1", "corpus_2", "corpus_3"}
    assert corpora["trial"].split == "trial" and corpora["corpus_1"].split == "test"
    assert all(len(c.documents) == 30 for c in corpora.values())
    airbus = corpora["corpus_1"]
    assert len(airbus.target_entities) == 13 and "Airbus A380" in airbus.target_entities
    assert all(d.dct for d in airbus.documents)
    a380 = next(t for t in airbus.timelines if t.entity == "Airbus A380")
    first = a380.entries[0]
    assert (first.order, first.date) == (0, "XXXX-XX-XX")
    take = first.events[0]
    assert (take.ref, take.doc_id, take.sentence, take.word) == ("3307-3-take_away", "3307", 3, "take_away")
    doc = airbus.document("3307")
    assert doc is not None and doc.dct == "2005-01-18"
    assert take.start is not None and take.end is not None
    assert doc.text[take.start : take.end] == "take"
    launch = next(e for entry in a380.entries if entry.date == "2005-01-18" for e in entry.events)
    assert launch.start is not None and launch.end is not None
    assert doc.text[launch.start : launch.end] == "launches"
    # ordered entries come in order; same-line events are mentions of one event
    orders = [entry.order for entry in a380.entries if entry.order]
    assert orders == sorted(orders)


@needs_data
def test_timeline_unresolved_gold_events_are_kept() -> None:
    corpora = load_timelines(DATA / "semeval2015-timeline")
    events = [e for c in corpora for t in c.timelines for entry in t.entries for e in entry.events]
    unresolved = [e.ref for e in events if e.start is None]
    assert "629292-7-travelling8" in unresolved  # a typo in the release: no document 629292
    assert len(unresolved) < 0.01 * len(events)
