"""The eval runner, floors and the metadata task: CI fails when a score is forced below its floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.eval import EvalContext, Floors, load_floors, pin, run_eval, save_floors
from storyline.eval.corpus import DataMissing
from storyline.eval.floors import floor_below, score_key
from storyline.eval.metadata_task import (
    MetadataGold,
    Prediction,
    norm_byline,
    norm_credits,
    norm_outlet,
    score,
)
from storyline.eval.registry import DatasetResult, Measurement, Task
from storyline.eval.tasks import TASKS
from storyline.records import Article

REPO = Path(__file__).resolve().parent.parent

BODY = (
    "The harbour authority of Port Velden said on Tuesday that the northern breakwater would be rebuilt "
    "before the winter storms, after engineers found cracks along two hundred metres of the wall.\n\n"
    "Work will begin next month and cost about 14 million crowns, the authority said in a statement, "
    "adding that ferry services to the outer islands would run as usual during the repairs."
)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A two-article demo corpus with its gold file (invented text)."""
    folder = tmp_path / "demo"
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "one.txt").write_text(
        f"title: Breakwater to be rebuilt in Port Velden\ndate: 2024-05-14\noutlet: The Velden Times\n\n"
        f"By Jane Roe\n\n{BODY}\n",
        encoding="utf-8",
    )
    (folder / "articles" / "two.txt").write_text(
        f"Ferries keep running during repairs\n\n{BODY}\n", encoding="utf-8"
    )
    gold = [
        {
            "source": "articles/one.txt",
            "title": "Breakwater to be rebuilt in Port Velden",
            "published": "2024-05-14",
            "outlet": "The Velden Times",
            "byline": "Jane Roe",
            "wire_credits": [],
            "story": "s",
            "duplicate_of": None,
        },
        {
            "source": "articles/two.txt",
            "title": "Ferries keep running during repairs",
            "published": None,
            "outlet": None,
            "byline": None,
            "wire_credits": [],
            "story": "s",
            "duplicate_of": None,
        },
    ]
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def context(demo: Path, tmp_path: Path) -> EvalContext:
    return EvalContext(data=tmp_path / "no-data", demo=demo, seeds=tmp_path / "no-seeds")


def test_metadata_task_scores_the_demo_and_reports_missing_seeds(demo: Path, tmp_path: Path) -> None:
    report = run_eval(context(demo, tmp_path), ["metadata"], floors=Floors())
    demo_rows = [r for r in report.rows if r.dataset == "demo"]
    assert {r.metric for r in demo_rows} >= {
        "date accuracy",
        "outlet precision",
        "byline recall",
        "wire credits accuracy",
    }
    assert all(r.status in ("no floor", "n/a") for r in demo_rows)
    assert all(r.score is None or 0.0 <= r.score <= 1.0 for r in demo_rows)
    seeds = [r for r in report.rows if r.dataset == "seeds"]
    assert len(seeds) == 1 and seeds[0].status == "unavailable" and "no-seeds" in seeds[0].note
    assert "metadata/demo" in report.checksums
    assert not report.failed


def test_missing_demo_gold_is_unavailable_not_a_crash(demo: Path, tmp_path: Path) -> None:
    (demo / "gold.json").unlink()
    report = run_eval(context(demo, tmp_path), ["metadata"], floors=Floors())
    row = next(r for r in report.rows if r.dataset == "demo")
    assert row.status == "unavailable" and "gold.json" in row.note
    assert not report.failed


def test_a_score_forced_below_its_floor_fails_the_run(demo: Path, tmp_path: Path) -> None:
    measured = run_eval(context(demo, tmp_path), ["metadata"], floors=Floors())
    scores = measured.scores()
    assert scores
    passing = Floors({k: max(0.0, v - 0.01) for k, v in scores.items()})
    assert not run_eval(context(demo, tmp_path), ["metadata"], floors=passing).failed
    raised = Floors({k: v + 0.01 for k, v in scores.items()})
    report = run_eval(context(demo, tmp_path), ["metadata"], floors=raised)
    assert report.failed
    assert {r.status for r in report.rows if r.score is not None} == {"below floor"}


def test_cli_exit_code_follows_the_floors(demo: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    base = [
        "eval",
        "metadata",
        "--demo",
        str(demo),
        "--seeds",
        str(tmp_path / "no-seeds"),
        "--data",
        str(tmp_path),
    ]
    measured = runner.invoke(app, [*base, "--json", "--floors", str(tmp_path / "none.json")])
    assert measured.exit_code == 0, measured.output
    payload = json.loads(measured.output)
    assert payload["failed"] is False
    row = payload["rows"][0]
    assert set(row) == {"task", "dataset", "split", "metric", "score", "floor", "seconds", "status", "note"}
    scores = {
        score_key(r["task"], r["dataset"], r["split"], r["metric"]): r["score"]
        for r in payload["rows"]
        if r["score"] is not None
    }

    raised = tmp_path / "raised.json"
    save_floors(Floors({k: v + 0.01 for k, v in scores.items()}), raised)
    failed = runner.invoke(app, [*base, "--floors", str(raised)])
    assert failed.exit_code == 1
    assert "below floor" in failed.output

    lowered = tmp_path / "lowered.json"
    save_floors(Floors({k: v - 0.01 for k, v in scores.items()}), lowered)
    passed = runner.invoke(app, [*base, "--floors", str(lowered)])
    assert passed.exit_code == 0, passed.output
    assert "ok" in passed.output


def test_checksum_mismatch_is_a_warning_not_a_failure(demo: Path, tmp_path: Path) -> None:
    report = run_eval(
        context(demo, tmp_path), ["metadata"], floors=Floors(checksums={"metadata/demo": "0" * 64})
    )
    warning = [r for r in report.rows if r.metric == "data checksum"]
    assert len(warning) == 1 and warning[0].status == "warning" and "differs" in warning[0].note
    assert not report.failed


def test_pin_floors_sits_a_little_below_the_scores(demo: Path, tmp_path: Path) -> None:
    report = run_eval(context(demo, tmp_path), ["metadata"], floors=Floors())
    path = tmp_path / "floors.json"
    pinned, changes = pin(report.scores(), report.checksums, Floors())
    save_floors(pinned, path)
    loaded = load_floors(path)
    assert loaded.floors == pinned.floors and loaded.checksums == report.checksums and changes
    for key, value in report.scores().items():
        assert value - 0.03 <= loaded.floors[key] <= value
    assert not run_eval(context(demo, tmp_path), ["metadata"], floors=loaded).failed
    assert floor_below(1.0) == 0.98 and floor_below(0.5) == 0.48 and floor_below(0.01) == 0.0


def test_crashing_task_fails_and_planned_task_does_not(tmp_path: Path) -> None:
    def crash(context: EvalContext, dataset: str) -> DatasetResult:
        raise RuntimeError("boom")

    def fine(context: EvalContext, dataset: str) -> DatasetResult:
        return DatasetResult((Measurement("all", "f1", 0.5),))

    table = (
        Task("crash", ("d",), "crashes", run=crash),
        Task("fine", ("d",), "works", run=fine),
        Task("later", ("d",), "not yet", planned_in="a later issue"),
    )
    ctx = EvalContext(tmp_path, tmp_path, tmp_path)
    report = run_eval(ctx, floors=Floors(), table=table)
    statuses = {r.task: r.status for r in report.rows}
    assert statuses == {"crash": "error", "fine": "no floor", "later": "not implemented"}
    assert "boom" in next(r.note for r in report.rows if r.task == "crash")
    assert report.failed
    assert not run_eval(ctx, ["fine", "later"], floors=Floors(), table=table).failed
    # a pinned score that is no longer measured is a warning
    stale = Floors({"fine/d/all/f1": 0.4, "fine/d/all/gone": 0.3})
    rows = run_eval(ctx, ["fine"], floors=stale, table=table).rows
    assert [r.status for r in rows] == ["ok", "warning"]


def test_unavailable_data_does_not_fail(tmp_path: Path) -> None:
    def missing(context: EvalContext, dataset: str) -> DatasetResult:
        raise DataMissing(context.data / "corpus", "not found")

    report = run_eval(
        EvalContext(tmp_path, tmp_path, tmp_path),
        floors=Floors(),
        table=(Task("t", ("d",), "x", run=missing),),
    )
    assert [r.status for r in report.rows] == ["unavailable"]
    assert not report.failed


def test_unknown_task_is_a_one_line_error() -> None:
    result = CliRunner().invoke(app, ["eval", "nonsense"])
    assert result.exit_code == 1
    assert "unknown task 'nonsense'" in result.output
    assert "Traceback" not in result.output


def test_every_planned_capability_has_a_row() -> None:
    names = [t.name for t in TASKS]
    assert names[:1] == ["metadata"]
    assert {"clustering", "entities", "time", "timeline"} <= set(names)
    assert all(t.fast for t in TASKS)
    shown = " ".join(CliRunner().invoke(app, ["eval", "--help"], env={"COLUMNS": "300"}).output.split())
    assert all(t.name in shown for t in TASKS), shown


# -- metadata scoring by hand --------------------------------------------------------------------------------


def article(source: str, **fields: object) -> Article:
    return Article(
        id=source, source=source, format="text", title=fields.pop("title", None), text="x", **fields
    )  # type: ignore[arg-type]


def test_metadata_score_by_hand() -> None:
    gold = [
        MetadataGold("a", "A", "2024-01-02", "The Times", "Ann Lee and Bo Chen", ("AFP",)),
        MetadataGold("b", "B", None, None, None, ()),
        MetadataGold("c", "C", "2024-03-04", None, None, ()),
        MetadataGold("d", "D", None, "Post", None, ()),
    ]
    predictions = {
        # date right (a datetime compares on its day), outlet right without "The", byline as a set
        "a": Prediction(
            article(
                "a",
                title="A",
                published="2024-01-02T10:00",
                outlet="times",
                byline="Bo Chen, Ann Lee",
                wire_credits=("AFP",),
            )
        ),
        # a date where none is stated: wrong, and a non-null prediction that is wrong
        "b": Prediction(article("b", title="B", published="2024-02-02")),
        # the date is missed: wrong, a gold value not found
        "c": Prediction(article("c", title="C")),
        # unreadable: every non-null gold value is missed, nulls are right
        "d": Prediction(None, "d: broken"),
    }
    measurements, details = score(gold, predictions)
    got = {m.metric: m.score for m in measurements}
    # date: right on a, wrong on b and c, right on d (null == null) -> accuracy 2/4
    # non-null predictions: a (right), b (wrong) -> precision 1/2; gold non-null: a, c -> recall 1/2
    assert got["date accuracy"] == 0.5 and got["date precision"] == 0.5 and got["date recall"] == 0.5
    # outlet: a right, b null==null, c null==null, d missed -> 3/4; precision 1/1; recall 1/2
    assert got["outlet accuracy"] == 0.75 and got["outlet precision"] == 1.0 and got["outlet recall"] == 0.5
    # byline: only a states one and it is found -> 4/4, 1/1, 1/1
    assert got["byline accuracy"] == 1.0 and got["byline recall"] == 1.0
    # wire credits: only a -> all right
    assert got["wire credits accuracy"] == 1.0
    # title: d unreadable -> 3/4; precision 3/3; recall 3/4
    assert got["title accuracy"] == 0.75 and got["title precision"] == 1.0 and got["title recall"] == 0.75
    wrong = {(d["source"], d["field"]) for d in details}
    assert wrong == {("b", "date"), ("c", "date"), ("d", "outlet"), ("d", "title")}
    assert next(d for d in details if d["source"] == "d")["error"] == "d: broken"


def test_undefined_precision_is_none() -> None:
    gold = [MetadataGold("a", None, None, None, None, ())]
    measurements, _ = score(gold, {"a": Prediction(article("a"))})
    got = {m.metric: m for m in measurements}
    assert got["byline precision"].score is None and "no value predicted" in got["byline precision"].note
    assert got["byline recall"].score is None and got["byline accuracy"].score == 1.0


def test_normalisation() -> None:
    assert norm_outlet("The Harbour  Ledger") == norm_outlet("harbour ledger")
    assert norm_outlet("www.themoscowtimes.com") == "themoscowtimes.com"
    assert norm_byline("Marta Sousa and João Pereira") == norm_byline("João Pereira, Marta Sousa")
    assert norm_byline("Marta Sousa") != norm_byline("Marta Sousa and João Pereira")
    assert norm_credits(["AFP", "Reuters"]) == norm_credits(["reuters", "afp"])
    assert norm_credits([]) is None


# -- the gate: the repository's floors on the real data ------------------------------------------------------


def test_fast_eval_meets_the_pinned_floors() -> None:
    report = run_eval(EvalContext.default(REPO.parent / "shared" / "data", REPO / "demo"), fast=True)
    failing = [r for r in report.rows if r.status in ("below floor", "error")]
    assert not failing, "\n".join(
        f"{r.task}/{r.dataset}/{r.metric}: {r.score} < {r.floor} {r.note}" for r in failing
    )
    assert load_floors().floors, "no floors pinned in storyline/eval/floors.json"
