"""Quantities: the extractor on sentences of our own, the gold loader, the eval task on ../shared/data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.eval.corpus import DataMissing, data_path
from storyline.eval.quantities_gold import gold_file, load_quantity_gold
from storyline.eval.quantities_task import PredictedPair, score_alignments
from storyline.nlp import ModelMissing
from storyline.quantities import extract_quantities
from storyline.records import Article, Quantity

REPO = Path(__file__).resolve().parent.parent
DATA = data_path() if data_path().is_absolute() else (REPO / data_path())
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"labelled corpora not found at {DATA}")


@pytest.fixture(autouse=True, scope="module")
def _model() -> None:
    from storyline.entities import nlp_model

    try:
        nlp_model()
    except ModelMissing as exc:
        pytest.skip(str(exc))


def run(text: str) -> list[Quantity]:
    return extract_quantities(Article(id="t", source="test", format="text", title=None, text=text))


def one(text: str) -> Quantity:
    found = run(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_digits_with_separators_and_multipliers() -> None:
    assert one("The rebels held 13,000 hostages in the hills.").value == 13000
    q = one("The plan will cost 1.5 million people their homes.")
    assert (q.value, q.text, q.counted) == (1_500_000, "1.5 million", "people")


def test_money_with_currency_and_period() -> None:
    q = one("The club paid €2bn for the stadium.")
    assert (q.value, q.unit, q.kind) == (2e9, "EUR", "money")
    q = one("Each nurse earns 9,000 euros per month in the capital.")
    assert (q.value, q.unit, q.per, q.text) == (9000, "EUR", "month", "9,000 euros")
    q = one("The deal is worth $10m a year to the town.")
    assert (q.value, q.unit, q.per) == (10e6, "USD", "year")
    assert one("A ticket costs $10 at the door.").value == 10


def test_percentages() -> None:
    assert (
        one("Turnout rose by 30 percent this time.").kind,
        one("Some 30% of voters stayed home.").value,
    ) == ("percent", 30)
    q = one("Some 30% of voters stayed home.")
    assert (q.qualifier, q.counted) == ("about", "voters")


def test_numbers_in_words() -> None:
    assert one("They planted a thousand trees along the river.").value == 1000
    q = one("Dozens of farmers marched on the ministry.")
    assert (q.value, q.qualifier, q.counted) == (24, "at least", "farmers")
    assert one("Hundreds of pupils sang in the square.").value == 200
    assert one("Two-thirds of the members voted against.").value == pytest.approx(0.667, abs=1e-3)


def test_ranges() -> None:
    for text in (
        "Between 1,000 and 1,200 troops crossed the border.",
        "Some 1,000 to 1,200 troops crossed the border.",
        "About 1,000-1,200 troops crossed the border.",
    ):
        q = one(text)
        assert (q.low, q.high, q.value, q.qualifier, q.counted) == (1000, 1200, 1000, "range", "troops"), text


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("About 400 guests came.", "about"),
        ("Around 400 guests came.", "about"),
        ("Nearly 400 guests came.", "about"),
        ("Almost 400 guests came.", "about"),
        ("Roughly 400 guests came.", "about"),
        ("Up to 400 guests came.", "up to"),
        ("At least 400 guests came.", "at least"),
        ("More than 400 guests came.", "more than"),
        ("Over 400 guests came.", "more than"),
        ("Fewer than 400 guests came.", "less than"),
        ("Less than 400 guests came.", "less than"),
        ("As many as 400 guests came.", "up to"),
        ("Exactly 400 guests came.", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    q = one(text)
    assert (q.qualifier, q.value, q.text, q.counted) == (qualifier, 400, "400", "guests")


def test_counted_noun_phrase_and_about() -> None:
    q = one("France keeps 5,100 French troops in the Sahel.")
    assert q.counted == "French troops"
    assert one("The mission lost 30 UN peacekeepers last year.").counted == "UN peacekeepers"
    assert one("Police arrested 23 paramilitaries near the dam.").counted == "paramilitaries"
    # a percentage modifying a noun is that thing's rate; one measuring a word is not a share of it
    assert one("Lima will lift its 18% levy on Chilean copper.").counted == "levy"
    assert one("The index closed 4.2% lower on Monday.").counted is None


def test_years_ages_and_magnitudes() -> None:
    q = one("The colony became independent in 1960.")
    assert (q.kind, q.value, q.counted) == ("year", 1960, None)
    q = one("A 45-year-old man was arrested.")
    assert (q.kind, q.unit, q.value, q.text) == ("other", "years", 45, "45-year-old")
    assert one("A magnitude 6.2 quake shook the coast.").unit == "magnitude"


def test_dates_times_and_other_non_quantities() -> None:
    assert run("The talks resumed on September 14 in Geneva.") == []
    assert run("The talks resumed on 14 September 2021.") == []
    assert run("The vote closes at 3 p.m. and results follow at 10:30.") == []
    assert run("Call 0800 555 111 for help.") == []
    assert run("The hosts won 28-21 on Sunday.") == []
    assert run("The siege lasted 24 hours.") == []
    assert run("He was the second person to speak, one of the few.") == []
    assert run("Shares of Widget Corp rose after the FTSE 100 opened.") == []


def test_empty_and_numberless_text() -> None:
    assert run("") == []
    assert run("   \n ") == []
    assert run("No figures were given by the ministry.") == []


def test_odd_unicode() -> None:
    assert one("The fund holds 13\u00a0000 tonnes of grain.").value == 13000
    assert one("The fund holds 13\u2009000 tonnes of grain.").value == 13000
    q = one("The night fell to −5 degrees in the valley.")
    assert (q.value, q.unit) == (-5, "degrees")


def test_huge_numbers() -> None:
    assert one("The debt reached $3.2 trillion last spring.").value == 3.2e12
    assert one("They counted 123,456,789,012 grains of sand.").value == 123456789012


def test_offsets_and_sentences_are_consistent() -> None:
    text = "Rain fell.\nAt least 12 boats sank near the port.\n"
    q = one(text)
    assert text[q.start : q.end] == q.text == "12"
    assert text[q.sentence_start : q.sentence_end].startswith("At least 12 boats")
    assert q.counted_start is not None and text[q.counted_start : q.counted_end] == "boats"


def test_gold_file_ships_with_guidelines() -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    assert raw["version"] == 1 and len(raw["notes"]) > 500
    assert all("text" not in doc for doc in raw["documents"])


@needs_data
def test_gold_loads() -> None:
    gold = load_quantity_gold(DATA)
    assert len(gold.documents) >= 40
    assert {d.corpus for d in gold.documents} == {"ecbplus", "meantime"}
    assert sum(len(d.quantities) for d in gold.documents) >= 200
    assert len(gold.alignments) >= 60 and len({a.topic for a in gold.alignments}) >= 10
    for d in gold.documents:
        for q in d.quantities:
            assert d.text[q.start : q.end].strip() == d.text[q.start : q.end]


@needs_data
def test_gold_has_a_held_out_split() -> None:
    gold = load_quantity_gold(DATA)
    dev = [d for d in gold.documents if d.split == "dev"]
    test = [d for d in gold.documents if d.split == "test"]
    assert len(dev) == 43 and len(test) >= 12
    assert {d.corpus for d in test} == {"ecbplus", "meantime"}
    assert sum(len(d.quantities) for d in test) >= 100
    assert {a.split for a in gold.alignments} == {"dev", "test"}


@needs_data
def test_a_missing_split_reads_as_dev_and_an_unknown_one_is_refused(tmp_path: Path) -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    del raw["documents"][0]["split"]
    path = tmp_path / "q.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert load_quantity_gold(DATA, path).documents[0].split == "dev"
    raw["documents"][0]["split"] = "train"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataMissing, match="split"):
        load_quantity_gold(DATA, path)


@needs_data
def test_a_changed_text_is_refused(tmp_path: Path) -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    raw["documents"], raw["alignments"] = raw["documents"][:1], []
    raw["documents"][0]["text_sha256"] = "0" * 64
    bad = tmp_path / "q.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataMissing, match="text_sha256"):
        load_quantity_gold(DATA, bad)


@needs_data
def test_an_offset_outside_the_text_is_refused(tmp_path: Path) -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    raw["documents"], raw["alignments"] = raw["documents"][:1], []
    raw["documents"][0]["quantities"][0]["end"] = 10**7
    bad = tmp_path / "q.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataMissing, match="outside the text"):
        load_quantity_gold(DATA, bad)


@needs_data
def test_an_alignment_to_an_unknown_quantity_is_refused(tmp_path: Path) -> None:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    raw["alignments"][0]["a"]["start"] += 1
    bad = tmp_path / "q.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataMissing, match="not an annotated quantity"):
        load_quantity_gold(DATA, bad)


def test_missing_data_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DataMissing):
        load_quantity_gold(tmp_path / "nowhere")


@needs_data
def test_score_alignments_on_gold_pairs() -> None:
    gold = load_quantity_gold(DATA).alignments
    perfect = [
        PredictedPair((g.a.doc_id, g.a.start, g.a.end), (g.b.doc_id, g.b.start, g.b.end), g.relation)
        for g in gold
    ]
    scores = {m.metric: m.score for m in score_alignments(perfect, gold)}
    assert scores["same thing accuracy"] == scores["relation accuracy"] == scores["conflict recall"] == 1.0
    nothing = {m.metric: m.score for m in score_alignments([], gold)}
    assert nothing["same thing accuracy"] == pytest.approx(sum(not g.same for g in gold) / len(gold))


@needs_data
def test_task_on_the_gold_set() -> None:
    from storyline.eval.quantities_task import run as run_task
    from storyline.eval.registry import EvalContext

    result = run_task(EvalContext.default(data=DATA), "gold")
    scores = {(m.split, m.metric): m.score for m in result.measurements}
    for split in ("dev", "test", "all"):
        assert (split, "quantity F1") in scores and (f"alignments {split}", "same thing F1") in scores
    assert (scores["dev", "quantity F1"] or 0) >= 0.95 and (scores["test", "quantity F1"] or 0) >= 0.9
    assert (scores["all", "counted accuracy"] or 0) >= 0.85
    assert (scores["alignments all", "same thing F1"] or 0) >= 0.8
    assert result.checksum
