"""The task table: every capability ``storyline eval`` measures, in one place.

To add a task, write ``run(context, dataset) -> DatasetResult`` (see :mod:`storyline.eval.registry`) and list
it here; replace its "planned" row when the capability lands. Loaders for the data the planned tasks need, and
their scorers, are ready: :mod:`storyline.eval.ecbplus`, :mod:`storyline.eval.meantime`,
:mod:`storyline.eval.timeline_data` and :mod:`storyline.eval.metrics`.
"""

from __future__ import annotations

from storyline.eval import (
    actions_task,
    brief_task,
    cluster_task,
    entities_task,
    metadata_task,
    positions_task,
    quantities_task,
    quotes_task,
    time_task,
    timeline_task,
)
from storyline.eval.registry import Task

TASKS: tuple[Task, ...] = (
    Task(
        "metadata",
        ("demo", "seeds"),
        "title, date, outlet, byline and wire credits that the text states (accuracy, precision, recall)",
        run=metadata_task.run,
    ),
    Task(
        "clustering",
        ("ecbplus", "demo"),
        "stories: B-cubed P/R/F1 and ARI (ECB+: also within topic, per split), batch and incremental",
        run=cluster_task.run,
    ),
    Task(
        "entities",
        ("meantime",),
        "MEANTIME cross-document entity resolution (CoNLL F1 of MUC, B-cubed, CEAF-e) and NER span F1",
        run=entities_task.run,
    ),
    Task(
        "quotes",
        ("gold",),
        "quotations on the team's gold set (dev and blind test): span P/R/F1 exact, overlap and by "
        "characters, speaker, kind and cue accuracy; textacy's direct_quotations beside it as a baseline",
        run=quotes_task.run,
    ),
    Task(
        "quantities",
        ("gold",),
        "hand gold on 57 ECB+/MEANTIME documents (dev: 43 tuned on; test: 14 held out): quantity F1, span "
        "P/R/F1, value/qualifier/kind/unit/counted accuracy; fact alignment on 94 gold pairs (dev 77, "
        "test 17): same-thing P/R/F1, relation accuracy, conflict P/R",
        run=quantities_task.run,
    ),
    Task(
        "actions",
        ("gold", "meantime"),
        "who did what to whom on hand gold (517 ECB+/MEANTIME documents, 1,456 actions; dev 490 tuned on, "
        "test 27 held out): (actor, class, target) triple P/R/F1, actor+class P/R/F1, class accuracy on "
        "matched triggers, modality accuracy; on MEANTIME, action date precision and recall against its "
        "time links",
        run=actions_task.run,
    ),
    Task(
        "positions",
        ("gold",),
        "whom each actor acts or speaks for, on blind hand gold (46 ECB+/MEANTIME documents, 224 actors; "
        "dev and test): accuracy, stated-allegiance P/R/F1, no-allegiance accuracy; everyone-for-themselves "
        "baseline",
        run=positions_task.run,
    ),
    Task(
        "brief",
        ("ecbplus",),
        "extractive cited brief per ECB+ topic half: faithfulness, citation precision, top-3 event-chain "
        "coverage, non-redundancy, origins per sentence; lead-k and clean lead-k baselines beside it",
        run=brief_task.run,
    ),
    Task(
        "time",
        ("meantime",),
        "MEANTIME TIMEX3 detection (strict and relaxed span F1) and normalised value accuracy",
        run=time_task.run,
    ),
    Task(
        "timeline",
        ("semeval2015",),
        "SemEval-2015 TimeLine: set F1 of (event, date) pairs and Kendall tau (our approximation of the "
        "official scorer)",
        run=timeline_task.run,
    ),
)


def task_names() -> list[str]:
    """Names of all tasks, in table order."""
    return [t.name for t in TASKS]


def get_task(name: str) -> Task | None:
    """The task named ``name``, if any."""
    return next((t for t in TASKS if t.name == name), None)
