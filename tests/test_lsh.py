"""The compact LSH index: what collides, across its sorted runs and its newest entries."""

from __future__ import annotations

from datasketch import MinHash

from storyline.lsh import BandIndex, band_params


def signature(words: set[str], num_perm: int = 64) -> MinHash:
    m = MinHash(num_perm=num_perm)
    for w in sorted(words):
        m.update(w.encode())
    return m


def test_band_params_trade_false_positives_and_negatives_like_datasketch() -> None:
    assert band_params(0.3, 64) == (21, 3)
    assert band_params(0.5, 128) == (25, 5)


def test_similar_sets_collide_and_different_ones_do_not() -> None:
    index = BandIndex(*band_params(0.3, 64), merge_at=40)
    base = {f"w{i}" for i in range(20)}
    index.insert(signature(base).hashvalues, 1)
    for n in range(2, 30):  # enough entries to flush several sorted runs
        index.insert(signature({f"other{n}-{i}" for i in range(20)}).hashvalues, n)
    near = set(list(sorted(base))[:16]) | {"x1", "x2", "x3", "x4"}
    assert 1 in index.query(signature(near).hashvalues)
    far = {f"far{i}" for i in range(20)}
    assert 1 not in index.query(signature(far).hashvalues)
    assert index.query(signature({"other7-" + str(i) for i in range(20)}).hashvalues) >= {7}
    assert len(index) == 29 * index.bands


def test_entries_are_found_before_and_after_they_are_sorted_into_runs() -> None:
    index = BandIndex(4, 2, merge_at=10**9)
    words = {"alpha", "beta", "gamma", "delta"}
    index.insert(signature(words, 8).hashvalues, 5)
    assert index.query(signature(words, 8).hashvalues) == {5}
    index._flush()
    assert index.query(signature(words, 8).hashvalues) == {5}
    index.insert(signature(words, 8).hashvalues, 6)
    assert index.query(signature(words, 8).hashvalues) == {5, 6}
