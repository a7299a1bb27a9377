"""Run tasks, compare each score with its floor, and report one table (or JSON).

Row statuses: ``ok`` (at or above its floor), ``below floor`` (fails the run), ``no floor`` (measured, nothing
pinned), ``n/a`` (the score is undefined here, e.g. a precision with no prediction), ``unavailable`` (the
data is missing: a row says why), ``not implemented`` (the capability does not exist yet), ``warning`` (the
data differs from the data the floors were measured on, or a pinned score was not measured) and ``error``
(the task crashed: fails the run).
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Literal

from rich.table import Column, Table
from rich.text import Text

from storyline.errors import StorylineError
from storyline.eval.corpus import DataMissing
from storyline.eval.floors import Floors, load_floors, score_key
from storyline.eval.registry import DatasetResult, EvalContext, Task
from storyline.eval.tasks import TASKS

Status = Literal["ok", "below floor", "no floor", "n/a", "unavailable", "not implemented", "warning", "error"]
FAILING: frozenset[str] = frozenset({"below floor", "error"})


@dataclass(frozen=True)
class Row:
    """One line of the eval table."""

    task: str
    dataset: str
    split: str
    metric: str
    score: float | None
    floor: float | None
    seconds: float | None
    status: Status
    note: str = ""


def _note_row(
    task: str,
    dataset: str,
    status: Status,
    note: str,
    *,
    split: str = "-",
    metric: str = "-",
    floor: float | None = None,
    seconds: float | None = None,
) -> Row:
    """A row that carries a status and a note rather than a measured score."""
    return Row(task, dataset, split, metric, None, floor, seconds, status, note)


@dataclass(frozen=True)
class EvalReport:
    """Every row of a run, the checksums of the data measured, and per-item details by ``task/dataset``."""

    rows: tuple[Row, ...]
    checksums: dict[str, str] = field(default_factory=dict)
    details: dict[str, tuple[dict[str, object], ...]] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        """True when a score is below its floor or a task crashed."""
        return any(r.status in FAILING for r in self.rows)

    def scores(self) -> dict[str, float]:
        """Measured scores by floor key."""
        return {
            score_key(r.task, r.dataset, r.split, r.metric): r.score
            for r in self.rows
            if r.score is not None and r.status in ("ok", "below floor", "no floor")
        }

    def to_json(self) -> dict[str, object]:
        """The report as JSON-ready data: the same rows as the table, plus checksums and details."""
        return {
            "failed": self.failed,
            "rows": [asdict(r) for r in self.rows],
            "checksums": self.checksums,
            "details": {k: list(v) for k, v in self.details.items()},
        }


def select_tasks(names: Sequence[str] = (), fast: bool = False, table: Sequence[Task] = TASKS) -> list[Task]:
    """The tasks of ``table`` to run: those named (all when none), only the fast ones with ``fast``."""
    known = [t.name for t in table]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise StorylineError(f"unknown task {unknown[0]!r} (tasks: {', '.join(known)})")
    chosen = [t for t in table if not names or t.name in names]
    return [t for t in chosen if t.fast or not fast]


def _rows_for(task: Task, dataset: str, result: DatasetResult, seconds: float, floors: Floors) -> list[Row]:
    rows: list[Row] = []
    measured: set[str] = set()
    for m in result.measurements:
        key = score_key(task.name, dataset, m.split, m.metric)
        measured.add(key)
        floor = floors.floors.get(key)
        status: Status
        if m.score is None:
            status = "n/a"
        elif floor is None:
            status = "no floor"
        elif m.score + 1e-9 < floor:
            status = "below floor"
        else:
            status = "ok"
        rows.append(Row(task.name, dataset, m.split, m.metric, m.score, floor, seconds, status, m.note))
    prefix = f"{task.name}/{dataset}/"
    for key in sorted(k for k in floors.floors if k.startswith(prefix) and k not in measured):
        split, _, metric = key[len(prefix) :].partition("/")
        rows.append(
            _note_row(
                task.name,
                dataset,
                "warning",
                "a floor is pinned for this score but it was not measured",
                split=split,
                metric=metric,
                floor=floors.floors[key],
            )
        )
    pinned = floors.checksums.get(f"{task.name}/{dataset}")
    if result.checksum and pinned and pinned != result.checksum:
        rows.append(
            _note_row(
                task.name,
                dataset,
                "warning",
                f"data differs from the data the floors were measured on "
                f"(pinned {pinned[:12]}, now {result.checksum[:12]})",
                metric="data checksum",
            )
        )
    return rows


def run_eval(
    context: EvalContext,
    names: Sequence[str] = (),
    *,
    fast: bool = False,
    floors: Floors | None = None,
    table: Sequence[Task] = TASKS,
) -> EvalReport:
    """Run the chosen tasks of ``table`` on every dataset of each.

    Never raises for missing data or a crashing task: each becomes a row. ``floors`` defaults to the
    packaged floors file.
    """
    floors = floors if floors is not None else load_floors()
    rows: list[Row] = []
    checksums: dict[str, str] = {}
    details: dict[str, tuple[dict[str, object], ...]] = {}
    for task in select_tasks(names, fast, table):
        for dataset in task.datasets:
            if task.run is None:
                rows.append(
                    _note_row(task.name, dataset, "not implemented", f"arrives with {task.planned_in}")
                )
                continue
            started = time.perf_counter()
            try:
                result = task.run(context, dataset)
            except DataMissing as exc:
                seconds = time.perf_counter() - started
                rows.append(_note_row(task.name, dataset, "unavailable", str(exc), seconds=seconds))
                continue
            except Exception as exc:  # a crashing task is reported as a failing row, not a traceback
                where = traceback.extract_tb(exc.__traceback__)[-1]
                note = f"{type(exc).__name__}: {exc} ({where.filename}:{where.lineno})"
                seconds = time.perf_counter() - started
                rows.append(_note_row(task.name, dataset, "error", note, seconds=seconds))
                continue
            seconds = time.perf_counter() - started
            rows.extend(_rows_for(task, dataset, result, seconds, floors))
            if result.checksum:
                checksums[f"{task.name}/{dataset}"] = result.checksum
            if result.details:
                details[f"{task.name}/{dataset}"] = result.details
    return EvalReport(tuple(rows), checksums, details)


_STYLE = {
    "ok": "green",
    "below floor": "bold red",
    "error": "bold red",
    "warning": "yellow",
    "unavailable": "yellow",
    "not implemented": "dim",
    "no floor": "cyan",
    "n/a": "dim",
}


def _number(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def render_table(report: EvalReport) -> Table:
    """The report as a rich table: task, dataset, split, metric, score, floor, seconds, status."""
    table = Table(
        Column("task", min_width=8),
        Column("dataset", min_width=7),
        Column("split", min_width=5),
        Column("metric", min_width=12),
        Column("score", justify="right", min_width=5, no_wrap=True),
        Column("floor", justify="right", min_width=5, no_wrap=True),
        Column("seconds", justify="right", min_width=7, no_wrap=True),
        Column("status", min_width=12, ratio=1, overflow="fold"),
        title="storyline eval",
    )
    previous: tuple[str, str] | None = None
    for row in report.rows:
        same = previous == (row.task, row.dataset)
        previous = (row.task, row.dataset)
        status = Text(row.status, style=_STYLE.get(row.status, ""))
        if row.note and row.status not in ("ok", "no floor", "below floor"):
            status.append(f" ({row.note})", style="dim")
        table.add_row(
            "" if same else row.task,
            "" if same else row.dataset,
            row.split,
            row.metric,
            _number(row.score),
            _number(row.floor, 2),
            "" if same or row.seconds is None else f"{row.seconds:.2f}",
            status,
        )
    return table


def detail_lines(report: EvalReport) -> list[str]:
    """One line per wrong item (e.g. a wrong byline), for ``storyline eval --details``."""
    lines: list[str] = []
    for key, records in report.details.items():
        for record in records:
            fields = ", ".join(f"{k}={v!r}" for k, v in record.items())
            lines.append(f"{key}: {fields}")
    return lines
