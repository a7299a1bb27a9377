"""Evaluation: score every capability on labelled data no one on the team wrote, and gate CI on floors.

- loaders: :mod:`~storyline.eval.ecbplus`, :mod:`~storyline.eval.meantime`,
  :mod:`~storyline.eval.timeline_data` (typed frozen records, text rebuilt from tokens, gold labels as
  character offsets into it);
- scorers: :mod:`~storyline.eval.metrics`;
- tasks: :mod:`~storyline.eval.tasks` (the one table of tasks), floors: :mod:`~storyline.eval.floors`;
- runner: :func:`run_eval` → :class:`EvalReport` (table or JSON; ``failed`` when a score is below its floor).
"""

from __future__ import annotations

from storyline.eval.corpus import DataMissing, data_path
from storyline.eval.floors import Floors, load_floors, pin, save_floors
from storyline.eval.registry import DatasetResult, EvalContext, Measurement, Task
from storyline.eval.runner import EvalReport, Row, detail_lines, render_table, run_eval, select_tasks
from storyline.eval.tasks import TASKS, task_names

__all__ = [
    "TASKS",
    "DataMissing",
    "DatasetResult",
    "EvalContext",
    "EvalReport",
    "Floors",
    "Measurement",
    "Row",
    "Task",
    "data_path",
    "detail_lines",
    "load_floors",
    "pin",
    "render_table",
    "run_eval",
    "save_floors",
    "select_tasks",
    "task_names",
]
