"""The gold quotations load against the real shared data and are well formed (skipped without the data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.eval.corpus import DataMissing, data_path
from storyline.eval.quotes_gold import GoldDocument, gold_file, load_quote_gold

REPO = Path(__file__).resolve().parent.parent
DATA = data_path() if data_path().is_absolute() else (REPO / data_path())

needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"labelled corpora not found at {DATA} (set STORYLINE_DATA to run these tests)"
)

MARKS = ('"', "“", "”", "‘", "’", "``", "''", "'", "`")


@pytest.fixture(scope="module")
def gold() -> list[GoldDocument]:
    return load_quote_gold(DATA)


def test_gold_file_ships_with_guidelines() -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    assert raw["version"] == 1
    assert len(raw["notes"]) > 200
    assert all("text" not in doc for doc in raw["documents"])  # offsets and checksums only, no copies


@needs_data
def test_gold_loads_with_enough_documents(gold: list[GoldDocument]) -> None:
    assert len(gold) >= 40
    assert {d.corpus for d in gold} == {"ecbplus", "meantime"}
    assert len({(d.corpus, d.doc_id) for d in gold}) == len(gold)
    assert sum(len(d.quotes) for d in gold) >= 300
    kinds = {q.kind for d in gold for q in d.quotes}
    assert kinds == {"direct", "indirect", "mixed"}


def test_every_document_names_its_split() -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    splits = [doc.get("split") for doc in raw["documents"]]
    assert set(splits) == {"dev", "test"}
    assert splits.count("test") >= 14  # the held-out documents, annotated blind


@needs_data
def test_test_split_is_a_real_held_out_set(gold: list[GoldDocument]) -> None:
    assert {d.split for d in gold} == {"dev", "test"}
    test = [d for d in gold if d.split == "test"]
    assert len(test) >= 14
    assert {d.corpus for d in test} == {"ecbplus", "meantime"}
    assert sum(len(d.quotes) for d in test) >= 150
    assert {q.kind for d in test for q in d.quotes} == {"direct", "indirect", "mixed"}
    assert not any(d.split == "dev" and d.doc_id in {t.doc_id for t in test} for d in gold)


@needs_data
def test_a_missing_split_means_dev(tmp_path: Path) -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    raw["documents"] = [next(doc for doc in raw["documents"] if doc["split"] == "test")]
    del raw["documents"][0]["split"]
    bad = tmp_path / "quotes.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    (doc,) = load_quote_gold(DATA, bad)
    assert doc.split == "dev"


@needs_data
@pytest.mark.parametrize("split", ["train", "", None, 1])
def test_an_unknown_split_is_refused(tmp_path: Path, split: object) -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    raw["documents"] = raw["documents"][:1]
    raw["documents"][0]["split"] = split
    bad = tmp_path / "quotes.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataMissing, match="split"):
        load_quote_gold(DATA, bad)


@needs_data
def test_spans_are_non_empty_words(gold: list[GoldDocument]) -> None:
    for doc in gold:
        for q in doc.quotes:
            words = q.text_in(doc.text)
            assert words.strip() == words and words, (doc.doc_id, q.start)


@needs_data
def test_direct_quotes_are_bounded_by_quote_marks(gold: list[GoldDocument]) -> None:
    for doc in gold:
        for q in (q for q in doc.quotes if q.kind == "direct"):
            before = doc.text[: q.start].rstrip(" ")
            assert before.endswith(MARKS), (doc.doc_id, q.text_in(doc.text)[:40])
            after = doc.text[q.end :].lstrip(" ")
            # a quote left open in the source (a paragraph that does not close it) ends at its line's end,
            # or at the comma before its attribution when that follows on the same line
            words = q.text_in(doc.text)
            before_cue = q.cue_start is not None and words.endswith(",") and q.cue_start > q.end
            before_cue = before_cue and "\n" not in doc.text[q.end : q.cue_start]
            assert after.startswith(MARKS) or after == "" or after.startswith("\n") or before_cue, (
                doc.doc_id,
                q.text_in(doc.text)[-40:],
            )


@needs_data
def test_speakers_and_cues_lie_in_the_text(gold: list[GoldDocument]) -> None:
    for doc in gold:
        for q in doc.quotes:
            if q.speaker is None:
                assert q.speaker_start is None and q.speaker_end is None
            else:
                assert q.speaker_start is not None and q.speaker_end is not None
                assert doc.text[q.speaker_start : q.speaker_end] == q.speaker, (doc.doc_id, q.speaker)
                assert not (q.start <= q.speaker_start < q.end), (doc.doc_id, q.speaker)
            if q.cue is not None:
                assert q.cue_start is not None and q.cue_end is not None
                assert doc.text[q.cue_start : q.cue_end] == q.cue, (doc.doc_id, q.cue)


@needs_data
def test_a_changed_text_is_refused(tmp_path: Path) -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    raw["documents"] = raw["documents"][:1]
    raw["documents"][0]["text_sha256"] = "0" * 64
    bad = tmp_path / "quotes.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataMissing, match="text_sha256"):
        load_quote_gold(DATA, bad)


@needs_data
def test_an_offset_outside_the_text_is_refused(tmp_path: Path) -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    raw["documents"] = raw["documents"][:1]
    raw["documents"][0]["quotes"][0]["end"] = 10**7
    bad = tmp_path / "quotes.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataMissing, match="outside the text"):
        load_quote_gold(DATA, bad)


def test_missing_data_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DataMissing):
        load_quote_gold(tmp_path / "nowhere")
