"""Floors: the lowest score each measurement may reach before CI fails, and the checksum of the data measured.

One file in the repository, ``storyline/eval/floors.json``::

    {"pinned": "2025-01-31",
     "checksums": {"metadata/demo": "<sha256>", ...},
     "floors":    {"metadata/demo/all/date accuracy": 0.94, ...},
     "measured":  {"metadata/demo/all/date accuracy": 0.969, ...}}

Keys are ``task/dataset/split/metric``. Raising a floor is part of improving a capability; lowering one needs
a reason in the commit message. ``storyline eval --pin-floors`` rewrites the file from a run (each floor a
little below the measured score) and prints what changed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from storyline.errors import StorylineError

DEFAULT_MARGIN = 0.02


def default_floors_path() -> Path:
    """The floors file shipped in the package."""
    return Path(str(resources.files("storyline.eval") / "floors.json"))


def score_key(task: str, dataset: str, split: str, metric: str) -> str:
    """The key of one measurement in the floors file."""
    return f"{task}/{dataset}/{split}/{metric}"


@dataclass(frozen=True)
class Floors:
    """Pinned floors and data checksums (empty when nothing is pinned yet)."""

    floors: dict[str, float] = field(default_factory=dict)
    checksums: dict[str, str] = field(default_factory=dict)
    measured: dict[str, float] = field(default_factory=dict)
    pinned: str | None = None


def load_floors(path: Path | None = None) -> Floors:
    """Read a floors file; a missing file means no floors. A malformed one is a one-line error."""
    path = path or default_floors_path()
    if not path.is_file():
        return Floors()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        floors = {str(k): float(v) for k, v in raw.get("floors", {}).items()}
        checksums = {str(k): str(v) for k, v in raw.get("checksums", {}).items()}
        measured = {str(k): float(v) for k, v in raw.get("measured", {}).items()}
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise StorylineError(f"{path}: not a valid floors file ({exc})") from exc
    return Floors(floors, checksums, measured, raw.get("pinned"))


def floor_below(score: float, margin: float = DEFAULT_MARGIN) -> float:
    """A floor a little below ``score``: ``margin`` lower, rounded down to two decimals, never below 0."""
    return max(0.0, math.floor((score - margin) * 100 + 1e-9) / 100)


def pin(
    scores: dict[str, float], checksums: dict[str, str], previous: Floors, margin: float = DEFAULT_MARGIN
) -> tuple[Floors, list[str]]:
    """New floors from measured ``scores`` (other keys of ``previous`` kept); return them and what changed."""
    floors = dict(previous.floors)
    measured = dict(previous.measured)
    changes: list[str] = []
    for key, value in sorted(scores.items()):
        new = floor_below(value, margin)
        old = floors.get(key)
        if old is None or abs(old - new) > 1e-9:
            changes.append(f"{key}: {'none' if old is None else f'{old:.2f}'} -> {new:.2f}")
        floors[key] = new
        measured[key] = round(value, 4)
    merged = {**previous.checksums, **checksums}
    return Floors(floors, merged, measured, date.today().isoformat()), changes


def save_floors(floors: Floors, path: Path | None = None) -> Path:
    """Write ``floors`` as JSON (sorted keys, one entry a line)."""
    path = path or default_floors_path()
    payload = {
        "comment": "Pinned by `storyline eval --pin-floors`; lowering a floor needs a reason in the commit.",
        "pinned": floors.pinned,
        "checksums": dict(sorted(floors.checksums.items())),
        "floors": dict(sorted(floors.floors.items())),
        "measured": dict(sorted(floors.measured.items())),
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
