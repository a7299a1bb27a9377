"""The gold parties load against the real shared data and are well formed (skipped without the data)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from storyline.eval.corpus import DataMissing, data_path
from storyline.eval.parties_gold import HOWS, GoldDocument, gold_file, load_party_gold

REPO = Path(__file__).resolve().parent.parent
DATA = data_path() if data_path().is_absolute() else (REPO / data_path())

needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"labelled corpora not found at {DATA} (set STORYLINE_DATA to run these tests)"
)


def _raw() -> dict[str, object]:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    assert isinstance(raw, dict)
    return raw


@pytest.fixture(scope="module")
def gold() -> list[GoldDocument]:
    return load_party_gold(DATA)


def test_gold_file_ships_with_guidelines_and_no_texts() -> None:
    raw = _raw()
    assert raw["version"] == 1
    assert isinstance(raw["notes"], list) and len(raw["notes"]) >= 10
    assert all("text" not in doc for doc in raw["documents"])  # type: ignore[attr-defined]


def test_every_how_is_valid_and_party_is_null_iff_none() -> None:
    for doc in _raw()["documents"]:  # type: ignore[attr-defined]
        for item in doc["items"]:
            assert item["how"] in HOWS, (doc["doc_id"], item)
            assert (item["how"] == "none") == (item["party"] is None) == (item["party_text"] is None), (
                doc["doc_id"],
                item,
            )


def test_both_splits_present_and_topics_kept_apart() -> None:
    docs = _raw()["documents"]
    splits = Counter(doc["split"] for doc in docs)  # type: ignore[attr-defined]
    assert set(splits) == {"dev", "test"}
    assert splits["test"] >= 14 and splits["dev"] >= 26

    def topic(doc: dict[str, str]) -> str:
        return doc["doc_id"].split("_")[0] if doc["corpus"] == "ecbplus" else "meantime"

    ecb = {(topic(d), d["split"]) for d in docs if d["corpus"] == "ecbplus"}  # type: ignore[attr-defined]
    assert len({t for t, _ in ecb}) == len(ecb)  # no ECB+ topic in both splits


@needs_data
def test_gold_loads_with_enough_items(gold: list[GoldDocument]) -> None:
    assert len(gold) >= 40
    assert {d.corpus for d in gold} == {"ecbplus", "meantime"}
    assert {d.split for d in gold} == {"dev", "test"}
    assert len({(d.corpus, d.doc_id) for d in gold}) == len(gold)
    assert sum(len(d.items) for d in gold) >= 150
    hows = Counter(p.how for d in gold for p in d.items)
    assert set(hows) == HOWS
    assert hows["none"] >= 30


@needs_data
def test_every_span_slices_its_text(gold: list[GoldDocument]) -> None:
    for doc in gold:
        for p in doc.items:
            assert doc.text[p.actor_start : p.actor_end] == p.actor, (doc.doc_id, p.actor)
            assert p.actor.strip() == p.actor and p.actor
            if p.how == "none":
                assert p.party is None and p.party_start is None and p.party_end is None
            else:
                assert p.party_start is not None and p.party_end is not None
                assert doc.text[p.party_start : p.party_end] == p.party, (doc.doc_id, p.actor)
            if p.how == "self":
                assert (p.party_start, p.party_end) == (p.actor_start, p.actor_end)


def _one_doc(tmp_path: Path, change: object) -> Path:
    raw = _raw()
    doc = raw["documents"][0]  # type: ignore[index]
    raw["documents"] = [doc]
    change(doc)  # type: ignore[operator]
    bad = tmp_path / "parties.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    return bad


@needs_data
def test_a_shifted_span_is_refused(tmp_path: Path) -> None:
    def shift(doc: dict[str, list[dict[str, list[int]]]]) -> None:
        doc["items"][0]["actor"] = [x + 1 for x in doc["items"][0]["actor"]]

    with pytest.raises(DataMissing, match="actor_text"):
        load_party_gold(DATA, _one_doc(tmp_path, shift))


@needs_data
def test_an_unknown_how_is_refused(tmp_path: Path) -> None:
    def bad_how(doc: dict[str, list[dict[str, str]]]) -> None:
        doc["items"][0]["how"] = "ally"

    with pytest.raises(DataMissing, match="how"):
        load_party_gold(DATA, _one_doc(tmp_path, bad_how))


@needs_data
def test_a_party_with_how_none_is_refused(tmp_path: Path) -> None:
    def party_on_none(doc: dict[str, list[dict[str, object]]]) -> None:
        item = next(i for i in doc["items"] if i["how"] != "none")
        item["how"] = "none"

    with pytest.raises(DataMissing, match="null exactly when"):
        load_party_gold(DATA, _one_doc(tmp_path, party_on_none))


@needs_data
def test_a_wrong_checksum_is_refused(tmp_path: Path) -> None:
    def checksum(doc: dict[str, str]) -> None:
        doc["text_sha256"] = "0" * 64

    with pytest.raises(DataMissing, match="text_sha256"):
        load_party_gold(DATA, _one_doc(tmp_path, checksum))
