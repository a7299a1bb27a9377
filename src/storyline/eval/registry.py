"""The types a task works with: where the data is, what one task measures on one dataset, and the task itself.

A task is a function ``run(context, dataset) -> DatasetResult`` listed once in
:data:`storyline.eval.tasks.TASKS`. It raises :class:`~storyline.eval.corpus.DataMissing` when its data is not
there; the runner turns that into an "unavailable" row.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from storyline.eval.corpus import data_path

DEMO_ENV = "STORYLINE_DEMO"
SEEDS_ENV = "STORYLINE_SEEDS"


@dataclass(frozen=True)
class EvalContext:
    """Where the evaluation data lives: the labelled corpora, the demo corpus and the seed articles."""

    data: Path
    demo: Path
    seeds: Path

    @staticmethod
    def default(
        data: str | Path | None = None, demo: str | Path | None = None, seeds: str | Path | None = None
    ) -> EvalContext:
        """Paths from the arguments, else the environment, else the defaults.

        data: ``$STORYLINE_DATA`` or ``../shared/data``; demo: ``$STORYLINE_DEMO`` or ``./demo`` (falling back
        to the ``demo`` folder of the source checkout); seeds: ``$STORYLINE_SEEDS`` or ``seeds`` beside the
        data folder (``../shared/seeds``).
        """
        data_dir = data_path(data)
        if demo is not None:
            demo_dir = Path(demo)
        elif os.environ.get(DEMO_ENV):
            demo_dir = Path(os.environ[DEMO_ENV])
        else:
            demo_dir = Path("demo")
            checkout = Path(__file__).resolve().parents[3] / "demo"
            if not demo_dir.is_dir() and checkout.is_dir():
                demo_dir = checkout
        if seeds is not None:
            seeds_dir = Path(seeds)
        elif os.environ.get(SEEDS_ENV):
            seeds_dir = Path(os.environ[SEEDS_ENV])
        else:
            seeds_dir = data_dir.parent / "seeds"
        return EvalContext(data_dir, demo_dir, seeds_dir)


@dataclass(frozen=True)
class Measurement:
    """One score of a task on one dataset split; ``score`` is ``None`` when undefined (the note says why)."""

    split: str
    metric: str
    score: float | None
    note: str = ""


@dataclass(frozen=True)
class DatasetResult:
    """What a task measured on one dataset, the checksum of the data it read, and per-item details."""

    measurements: tuple[Measurement, ...]
    checksum: str | None = None
    details: tuple[dict[str, object], ...] = field(default_factory=tuple)


TaskRun = Callable[[EvalContext, str], DatasetResult]


@dataclass(frozen=True)
class Task:
    """A capability measured on datasets; ``run`` is ``None`` while the capability does not exist yet."""

    name: str
    datasets: tuple[str, ...]
    description: str
    run: TaskRun | None = None
    fast: bool = True
    planned_in: str = ""
