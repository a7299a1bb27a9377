"""Scorers on tiny hand-made cases; every expected value is worked out by hand in the comments."""

from __future__ import annotations

import math

import pytest

from storyline.eval.metrics import (
    PRF,
    _hungarian_max,
    adjusted_rand_index,
    bcubed,
    bcubed_coref,
    ceaf_e,
    clusters_from_labels,
    conll_f1,
    kendall_tau,
    muc,
    offsets_overlap,
    set_prf,
    span_prf,
    timex_value_scores,
)

# Gold: {a, b, c} {d, e}; predicted: {a, b} {c, d, e}.
GOLD = {"a": "G1", "b": "G1", "c": "G1", "d": "G2", "e": "G2"}
PRED = {"a": "P1", "b": "P1", "c": "P2", "d": "P2", "e": "P2"}
KEY = [{"a", "b", "c"}, {"d", "e"}]
RESPONSE = [{"a", "b"}, {"c", "d", "e"}]


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, abs_tol=1e-9)


def test_bcubed_by_hand() -> None:
    # precision per item: a 2/2, b 2/2, c 1/3 (c's cluster {c,d,e} holds one of G1), d 2/3, e 2/3 -> 11/15
    # recall per item:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> 11/15
    score = bcubed(PRED, GOLD)
    assert close(score.precision, 11 / 15)
    assert close(score.recall, 11 / 15)
    assert close(score.f1, 11 / 15)


def test_bcubed_extremes() -> None:
    assert bcubed(GOLD, GOLD) == PRF(1.0, 1.0, 1.0)
    # everything in one cluster: precision per item = |own gold cluster| / 5 -> (3*3/5 + 2*2/5)/5 = 13/25
    one = dict.fromkeys(GOLD, "all")
    score = bcubed(one, GOLD)
    assert close(score.precision, 13 / 25)
    assert close(score.recall, 1.0)


def test_bcubed_needs_same_items() -> None:
    with pytest.raises(ValueError, match="different items"):
        bcubed({"a": 1}, {"a": 1, "b": 2})


def test_adjusted_rand_index_by_hand() -> None:
    # contingency: (P1,G1)=2, (P2,G1)=1, (P2,G2)=2 -> index = C(2,2)+C(1,2)+C(2,2) = 2
    # rows: C(2,2)+C(3,2) = 4; columns: C(3,2)+C(2,2) = 4; expected = 4*4/C(5,2) = 1.6; max = 4
    # ARI = (2 - 1.6) / (4 - 1.6) = 1/6
    assert close(adjusted_rand_index(PRED, GOLD), 1 / 6)
    assert close(adjusted_rand_index(GOLD, GOLD), 1.0)
    # relabelling does not matter
    assert close(adjusted_rand_index({k: v + "x" for k, v in PRED.items()}, GOLD), 1 / 6)


def test_adjusted_rand_index_below_chance_is_negative() -> None:
    # gold {a,b} {c,d}; predicted {a,c} {b,d}: index 0, rows 2, columns 2, expected 2*2/6 = 2/3, max 2
    # ARI = (0 - 2/3) / (2 - 2/3) = -1/2
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    pred = {"a": 1, "c": 1, "b": 2, "d": 2}
    assert close(adjusted_rand_index(pred, gold), -0.5)


def test_clusters_from_labels() -> None:
    assert sorted(map(sorted, clusters_from_labels(GOLD))) == [["a", "b", "c"], ["d", "e"]]


def test_muc_by_hand() -> None:
    # recall: {a,b,c} falls into 2 response parts -> 3-2 = 1; {d,e} into 1 -> 1; over (3-1)+(2-1) = 3 -> 2/3
    # precision: {a,b} into 1 key part -> 1; {c,d,e} into 2 -> 1; over (2-1)+(3-1) = 3 -> 2/3
    score = muc(KEY, RESPONSE)
    assert close(score.precision, 2 / 3)
    assert close(score.recall, 2 / 3)


def test_muc_vilain_example() -> None:
    # key {A,B,C,D}, response {A,B} {C,D}: recall (4-2)/3 = 2/3, precision (1+1)/(1+1) = 1
    score = muc([{"A", "B", "C", "D"}], [{"A", "B"}, {"C", "D"}])
    assert close(score.recall, 2 / 3)
    assert close(score.precision, 1.0)
    assert close(score.f1, 0.8)


def test_muc_mention_missing_from_response_is_a_singleton() -> None:
    # key {a,b,c}, response {a,b}: c alone -> 2 parts -> recall (3-2)/2 = 1/2; precision (2-1)/1 = 1
    score = muc([{"a", "b", "c"}], [{"a", "b"}])
    assert close(score.recall, 0.5)
    assert close(score.precision, 1.0)


def test_bcubed_coref_with_twinless_mentions() -> None:
    # key {a,b,c}, response {a,b,x}: recall: a,b each 2/3, c 0 -> (4/3)/3 = 4/9
    # precision: a,b each 2/3, x 0 -> (4/3)/3 = 4/9
    score = bcubed_coref([{"a", "b", "c"}], [{"a", "b", "x"}])
    assert close(score.recall, 4 / 9)
    assert close(score.precision, 4 / 9)


def test_bcubed_coref_equals_bcubed_on_the_same_mentions() -> None:
    assert close(bcubed_coref(KEY, RESPONSE).f1, bcubed(PRED, GOLD).f1)


def test_ceaf_e_by_hand() -> None:
    # phi4: K1-R1 = 2*2/(3+2) = 0.8, K1-R2 = 2*1/(3+3) = 1/3, K2-R2 = 2*2/(2+3) = 0.8, K2-R1 = 0
    # best alignment K1-R1, K2-R2 = 1.6; precision 1.6/2, recall 1.6/2
    score = ceaf_e(KEY, RESPONSE)
    assert close(score.precision, 0.8)
    assert close(score.recall, 0.8)


def test_ceaf_e_split_cluster() -> None:
    # key {a,b,c}; response {a} {b} {c}: one key cluster aligns with one response: phi4 = 2*1/(3+1) = 0.5
    # recall 0.5/1, precision 0.5/3, F1 = 2 * 0.5 * 1/6 / (0.5 + 1/6) = 0.25
    score = ceaf_e([{"a", "b", "c"}], [{"a"}, {"b"}, {"c"}])
    assert close(score.recall, 0.5)
    assert close(score.precision, 1 / 6)
    assert close(score.f1, 0.25)


def test_hungarian_beats_greedy() -> None:
    # greedy takes 0.9 then 0.1 = 1.0; the best assignment is 0.8 + 0.85 = 1.65
    assert close(_hungarian_max([[0.9, 0.8], [0.85, 0.1]]), 1.65)
    # rectangular: three rows, two columns -> best is 0.7 (row 3, col 1) + 0.6 (row 1, col 2) = 1.3
    assert close(_hungarian_max([[0.5, 0.6], [0.2, 0.1], [0.7, 0.3]]), 1.3)


def test_conll_f1_is_the_mean_of_three() -> None:
    # MUC F1 2/3, B-cubed F1 11/15, CEAF-e F1 4/5 -> (10 + 11 + 12) / 15 / 3 = 11/15
    mean, m, b, c = conll_f1(KEY, RESPONSE)
    assert close(m.f1, 2 / 3) and close(b.f1, 11 / 15) and close(c.f1, 0.8)
    assert close(mean, 11 / 15)
    perfect, *_ = conll_f1(KEY, KEY)
    assert close(perfect, 1.0)


def test_coref_rejects_a_mention_in_two_clusters() -> None:
    with pytest.raises(ValueError, match="two clusters"):
        muc([{"a", "b"}, {"b", "c"}], [{"a"}])


SPANS_GOLD = [("d", 0, 5), ("d", 10, 20), ("d", 30, 35)]
SPANS_PRED = [("d", 0, 5), ("d", 12, 18), ("d", 40, 45), ("e", 0, 5)]


def test_span_prf_strict() -> None:
    # only (d,0,5) is exact: precision 1/4, recall 1/3
    score = span_prf(SPANS_PRED, SPANS_GOLD)
    assert close(score.precision, 1 / 4)
    assert close(score.recall, 1 / 3)


def test_span_prf_relaxed() -> None:
    # predicted overlapping gold: (d,0,5), (d,12,18) -> 2/4; gold found: (d,0,5), (d,10,20) -> 2/3
    # (e,0,5) is in another document and overlaps nothing
    score = span_prf(SPANS_PRED, SPANS_GOLD, relaxed=True)
    assert close(score.precision, 2 / 4)
    assert close(score.recall, 2 / 3)


def test_touching_spans_do_not_overlap() -> None:
    assert span_prf([("d", 5, 10)], [("d", 0, 5)], relaxed=True) == PRF(0.0, 0.0, 0.0)
    assert not offsets_overlap(5, 10, 0, 5) and offsets_overlap(4, 10, 0, 5)
    assert not offsets_overlap(None, 10, 0, 5) and not offsets_overlap(0, 5, 0, None)


def test_timex_value_scores() -> None:
    gold = [("d", 0, 10, "2008-03-01"), ("d", 20, 25, "P2Y"), ("d", 40, 45, "PRESENT_REF")]
    pred = [("d", 0, 10, "2008-03-01"), ("d", 21, 25, "P3Y"), ("d", 50, 55, "2008")]
    # matched: the exact one and the overlapping one -> 2; equal values: 1 -> accuracy 1/2
    # value precision 1/3 (of predicted), recall 1/3 (of gold)
    result = timex_value_scores(pred, gold)
    assert result.matched == 2
    assert result.correct == 1
    assert close(result.accuracy, 0.5)
    assert close(result.value.precision, 1 / 3)
    assert close(result.value.recall, 1 / 3)


def test_timex_matching_is_one_to_one_and_prefers_exact() -> None:
    # two predictions over one gold span: the exact one is matched, the other is not
    gold = [("d", 0, 10, "2008")]
    pred = [("d", 0, 4, "1999"), ("d", 0, 10, "2008")]
    result = timex_value_scores(pred, gold)
    assert result.matched == 1
    assert close(result.accuracy, 1.0)
    assert close(result.value.precision, 0.5)


def test_set_prf_of_event_date_pairs() -> None:
    # one of three predicted pairs is gold: P 1/3, R 1/2, F1 = 2*(1/3)(1/2)/(5/6) = 0.4
    score = set_prf({("e1", "2008"), ("e2", "2009"), ("e3", "2010")}, {("e1", "2008"), ("e2", "2010")})
    assert close(score.precision, 1 / 3)
    assert close(score.recall, 0.5)
    assert close(score.f1, 0.4)
    assert set_prf([], []) == PRF(0.0, 0.0, 0.0)


def test_kendall_tau() -> None:
    # (1,2,3) vs (1,3,2): pairs (1,2) and (1,3) concordant, (2,3) discordant -> (2-1)/3
    assert close(kendall_tau([1, 2, 3], [1, 3, 2]), 1 / 3)
    assert close(kendall_tau([1, 2, 3, 4], [4, 3, 2, 1]), -1.0)
    assert close(kendall_tau([1, 2, 3], [10, 20, 30]), 1.0)


def test_kendall_tau_b_with_ties() -> None:
    # x = (1,1,2), y = (1,2,3): pair (1,2) tied in x; (1,3), (2,3) concordant; n0 = 3, ties in x 1, in y 0
    # tau-b = 2 / sqrt((3-1) * (3-0)) = 2 / sqrt(6)
    assert close(kendall_tau([1, 1, 2], [1, 2, 3]), 2 / math.sqrt(6))
    assert kendall_tau([1, 1], [1, 2]) == 0.0
    with pytest.raises(ValueError):
        kendall_tau([1], [1, 2])
