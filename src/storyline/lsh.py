"""A compact locality-sensitive hashing index over MinHash signatures, for millions of entries.

datasketch's ``MinHashLSH`` keeps a Python set per bucket and a tuple per key: about 250 bytes per band
entry, which for the sentence index of dedup (21 bands × ~15 sentences an article) came to 84 KB an
article, 8 GB at 100,000 articles. Here a band is one 64-bit hash of its rows, and entries live in sorted
numpy runs (16 bytes each: the band hash and the value) merged like a log-structured tree, with the
newest entries in a dict until there are enough to sort; memory grows by ~5 KB an article and a query is a
binary search per run.

Values are small non-negative ints chosen by the caller (an article number, or an article and sentence
number packed together). Nothing is ever removed.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

__all__ = ["BandIndex", "band_params"]

_U64 = npt.NDArray[np.uint64]
_I64 = npt.NDArray[np.int64]


def band_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) whose S-curve crosses ``threshold`` best: the same choice as datasketch's, without the
    false-positive/negative weighting (equal weights)."""
    best, best_cost = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        rows = num_perm // bands
        if rows < 1:
            break
        # Probability that a pair of Jaccard j collides in at least one band.
        grid = np.linspace(0.0, 1.0, 201)
        collide = 1.0 - (1.0 - grid**rows) ** bands
        false_positive = np.trapezoid(np.where(grid < threshold, collide, 0.0), grid)
        false_negative = np.trapezoid(np.where(grid >= threshold, 1.0 - collide, 0.0), grid)
        cost = float(false_positive + false_negative)
        if cost < best_cost:
            best, best_cost = (bands, rows), cost
    return best


class BandIndex:
    """Band hashes → values, for signatures of ``num_perm`` hash values split in ``bands`` of ``rows``."""

    def __init__(self, bands: int, rows: int, merge_at: int = 65536) -> None:
        self.bands, self.rows = bands, rows
        rng = np.random.default_rng(20261201)
        # Odd 64-bit multipliers mix the rows of a band into one hash; a salt per band keeps bands apart.
        self._mix = rng.integers(1, 2**63, size=(rows,), dtype=np.uint64) | np.uint64(1)
        self._salt = rng.integers(1, 2**63, size=(bands,), dtype=np.uint64)
        self._runs: list[tuple[_U64, _I64]] = []
        self._pending: dict[int, list[int]] = {}
        self._pending_count = 0
        self._merge_at = merge_at

    def keys(self, hashvalues: npt.NDArray[np.uint64]) -> _U64:
        """The band hashes of one signature (its first ``bands * rows`` hash values)."""
        rows = hashvalues[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        with np.errstate(over="ignore"):
            mixed: _U64 = (rows * self._mix).sum(axis=1, dtype=np.uint64) ^ self._salt
        return mixed

    def insert(self, hashvalues: npt.NDArray[np.uint64], value: int) -> None:
        """Add one signature under ``value``."""
        for key in self.keys(hashvalues).tolist():
            self._pending.setdefault(key, []).append(value)
        self._pending_count += self.bands
        if self._pending_count >= self._merge_at:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        pairs = [(key, value) for key, values in self._pending.items() for value in values]
        self._pending, self._pending_count = {}, 0
        keys = np.fromiter((k for k, _ in pairs), dtype=np.uint64, count=len(pairs))
        values = np.fromiter((v for _, v in pairs), dtype=np.int64, count=len(pairs))
        run = (keys, values)
        # Merge runs of similar size so there are O(log n) of them, each sorted by key.
        while self._runs and len(self._runs[-1][0]) <= 2 * len(run[0]):
            last = self._runs.pop()
            run = (np.concatenate([last[0], run[0]]), np.concatenate([last[1], run[1]]))
        order = np.argsort(run[0], kind="stable")
        self._runs.append((run[0][order], run[1][order]))

    def query(self, hashvalues: npt.NDArray[np.uint64]) -> set[int]:
        """Values whose signature shares at least one band with ``hashvalues``."""
        keys = self.keys(hashvalues)
        found: set[int] = set()
        for run_keys, run_values in self._runs:
            left = np.searchsorted(run_keys, keys, side="left")
            right = np.searchsorted(run_keys, keys, side="right")
            for lo, hi in zip(left.tolist(), right.tolist(), strict=True):
                if hi > lo:
                    found.update(run_values[lo:hi].tolist())
        for key in keys.tolist():
            found.update(self._pending.get(key, ()))
        return found

    def insert_many(self, items: Iterable[tuple[npt.NDArray[np.uint64], int]]) -> None:
        """:meth:`insert` each (signature, value)."""
        for hashvalues, value in items:
            self.insert(hashvalues, value)

    def __len__(self) -> int:
        return sum(len(k) for k, _ in self._runs) + self._pending_count
