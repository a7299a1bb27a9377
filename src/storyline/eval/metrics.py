"""Scorers: the standard metric of each field, written here and unit-tested on hand-computed cases.

- clusterings of items (documents into stories): :func:`bcubed` and :func:`adjusted_rand_index`;
- coreference over mentions (key and response may hold different mentions): :func:`muc`,
  :func:`bcubed_coref`, :func:`ceaf_e` and :func:`conll_f1`, following the definitions of the CoNLL-2012
  reference scorer (Pradhan et al., 2014);
- spans: :func:`span_prf` (strict: same offsets; relaxed: any overlap, as in TempEval-3);
- time expressions: :func:`timex_value_scores` (value accuracy on matched expressions, TempEval-3 style);
- sets of pairs: :func:`set_prf` (e.g. (event, date) pairs of a timeline);
- orderings: :func:`kendall_tau` (tau-b, which handles ties);
- per-document counts summed over a corpus before scoring: :class:`Counts`.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Self, TypeVar

T = TypeVar("T", bound=Hashable)
Cluster = frozenset[Hashable]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and their harmonic mean (all 0.0 when undefined)."""

    precision: float
    recall: float
    f1: float

    @staticmethod
    def of(precision: float, recall: float) -> PRF:
        """Build from precision and recall."""
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return PRF(precision, recall, f1)

    @staticmethod
    def counts(correct_p: float, predicted: float, correct_r: float, gold: float) -> PRF:
        """From counts: ``correct_p / predicted`` and ``correct_r / gold`` (0 when a denominator is 0)."""
        return PRF.of(correct_p / predicted if predicted else 0.0, correct_r / gold if gold else 0.0)


# -- clusterings of the same items --------------------------------------------------------------------------


@dataclass
class Counts:
    """Base of a dataclass of counters (all numbers): one document's counts, summed over documents."""

    def add(self, other: Self) -> None:
        """Add each of ``other``'s counters to this one's."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def _check_same_items(predicted: Mapping[T, Hashable], gold: Mapping[T, Hashable]) -> None:
    if set(predicted) != set(gold):
        missing = len(set(gold) - set(predicted))
        extra = len(set(predicted) - set(gold))
        raise ValueError(f"clusterings cover different items ({missing} missing, {extra} extra)")


def bcubed(predicted: Mapping[T, Hashable], gold: Mapping[T, Hashable]) -> PRF:
    """B-cubed (Bagga & Baldwin 1998) of a clustering of items: item → predicted label vs item → gold label.

    For each item, precision is the share of its predicted cluster that shares its gold cluster, recall the
    share of its gold cluster that shares its predicted cluster; both are averaged over items.
    """
    _check_same_items(predicted, gold)
    if not gold:
        return PRF(0.0, 0.0, 0.0)
    both = Counter((predicted[i], gold[i]) for i in gold)
    size_p = Counter(predicted[i] for i in gold)
    size_g = Counter(gold[i] for i in gold)
    precision = sum(n * n / size_p[p] for (p, _g), n in both.items()) / len(gold)
    recall = sum(n * n / size_g[g] for (_p, g), n in both.items()) / len(gold)
    return PRF.of(precision, recall)


def adjusted_rand_index(predicted: Mapping[T, Hashable], gold: Mapping[T, Hashable]) -> float:
    """Adjusted Rand index (Hubert & Arabie 1985): 1 for identical clusterings, about 0 for chance."""
    _check_same_items(predicted, gold)
    n = len(gold)
    if n < 2:
        return 1.0

    def pairs(k: int) -> float:
        return k * (k - 1) / 2

    index = sum(pairs(c) for c in Counter((predicted[i], gold[i]) for i in gold).values())
    sum_p = sum(pairs(c) for c in Counter(predicted[i] for i in gold).values())
    sum_g = sum(pairs(c) for c in Counter(gold[i] for i in gold).values())
    expected = sum_p * sum_g / pairs(n)
    maximum = (sum_p + sum_g) / 2
    if maximum == expected:
        return 1.0 if index == expected else 0.0
    return (index - expected) / (maximum - expected)


def clusters_from_labels(labels: Mapping[T, Hashable]) -> list[frozenset[T]]:
    """Group items by label: ``{a: 1, b: 1, c: 2}`` → ``[{a, b}, {c}]``."""
    groups: dict[Hashable, set[T]] = defaultdict(set)
    for item, label in labels.items():
        groups[label].add(item)
    return [frozenset(g) for g in groups.values()]


# -- coreference over mentions ------------------------------------------------------------------------------


def _clusters(clusters: Iterable[Iterable[T]]) -> list[frozenset[T]]:
    out = [frozenset(c) for c in clusters]
    out = [c for c in out if c]
    seen: set[T] = set()
    for cluster in out:
        if seen & cluster:
            raise ValueError("a mention belongs to two clusters")
        seen |= cluster
    return out


def _muc_recall(key: list[frozenset[T]], response: list[frozenset[T]]) -> tuple[float, float]:
    where = {m: i for i, c in enumerate(response) for m in c}
    numerator = 0.0
    denominator = 0.0
    for cluster in key:
        parts = {where.get(m, ("alone", m)) for m in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator, denominator


def muc(key: Iterable[Iterable[T]], response: Iterable[Iterable[T]]) -> PRF:
    """MUC (Vilain et al. 1995): links kept, counted on key clusters (recall) and on response clusters
    (precision).

    A mention missing from the other side counts as a singleton there.
    """
    k, r = _clusters(key), _clusters(response)
    num_r, den_r = _muc_recall(k, r)
    num_p, den_p = _muc_recall(r, k)
    return PRF.counts(num_p, den_p, num_r, den_r)


def bcubed_coref(key: Iterable[Iterable[T]], response: Iterable[Iterable[T]]) -> PRF:
    """B-cubed over mentions as in the CoNLL scorer.

    Recall averages over key mentions, precision over response mentions; a mention absent from the other side
    contributes 0.
    """
    k, r = _clusters(key), _clusters(response)

    def side(a: list[frozenset[T]], b: list[frozenset[T]]) -> tuple[float, float]:
        where = {m: i for i, c in enumerate(b) for m in c}
        total = 0.0
        for cluster in a:
            shared = Counter(where[m] for m in cluster if m in where)
            total += sum(n * n for n in shared.values()) / len(cluster)
        return total, float(sum(len(c) for c in a))

    num_r, den_r = side(k, r)
    num_p, den_p = side(r, k)
    return PRF.counts(num_p, den_p, num_r, den_r)


def _hungarian_max(weights: Sequence[Sequence[float]]) -> float:
    """Total weight of a maximum-weight assignment of rows to columns (Kuhn–Munkres, O(n³))."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return 0.0
    n = max(rows, cols)
    top = max(max(r) for r in weights)
    cost = [[(top - weights[i][j]) if i < rows and j < cols else top for j in range(n)] for i in range(n)]
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match = [0] * (n + 1)  # match[j] = row (1-based) assigned to column j
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = match[j0]
            delta = math.inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while True:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
            if j0 == 0:
                break
    total = 0.0
    for j in range(1, n + 1):
        i = match[j]
        if i and i <= rows and j <= cols:
            total += weights[i - 1][j - 1]
    return total


def ceaf_e(key: Iterable[Iterable[T]], response: Iterable[Iterable[T]]) -> PRF:
    """Entity-based CEAF (Luo 2005) with φ4(K, R) = 2|K ∩ R| / (|K| + |R|) and the best one-to-one alignment.

    The alignment is solved per connected component of overlapping clusters, which gives the same optimum.
    """
    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return PRF(0.0, 0.0, 0.0)
    by_mention = {m: j for j, c in enumerate(r) for m in c}
    links: dict[int, set[int]] = defaultdict(set)
    for i, cluster in enumerate(k):
        for m in cluster:
            if m in by_mention:
                links[i].add(by_mention[m])
    # connected components of the key/response overlap graph
    back: dict[int, set[int]] = defaultdict(set)
    for i, js in links.items():
        for j in js:
            back[j].add(i)
    seen_k: set[int] = set()
    similarity = 0.0
    for start in links:
        if start in seen_k:
            continue
        comp_k, comp_r, todo = {start}, set(), [start]
        while todo:
            i = todo.pop()
            for j in links[i]:
                if j not in comp_r:
                    comp_r.add(j)
                    for i2 in back[j]:
                        if i2 not in comp_k:
                            comp_k.add(i2)
                            todo.append(i2)
        seen_k |= comp_k
        ks, rs = sorted(comp_k), sorted(comp_r)
        matrix = [[2 * len(k[i] & r[j]) / (len(k[i]) + len(r[j])) for j in rs] for i in ks]
        similarity += _hungarian_max(matrix)
    return PRF.counts(similarity, len(r), similarity, len(k))


def conll_f1(key: Iterable[Iterable[T]], response: Iterable[Iterable[T]]) -> tuple[float, PRF, PRF, PRF]:
    """CoNLL F1: the mean of the F1 of MUC, B-cubed and CEAF-e; returns it with the three scores."""
    k, r = _clusters(key), _clusters(response)
    scores = (muc(k, r), bcubed_coref(k, r), ceaf_e(k, r))
    return sum(s.f1 for s in scores) / 3, scores[0], scores[1], scores[2]


# -- spans ---------------------------------------------------------------------------------------------------

Span = tuple[Hashable, int, int]  # (document id, start, end), optionally extended by callers with a label


def offsets_overlap(a0: int | None, a1: int | None, b0: int | None, b1: int | None) -> bool:
    """Whether ``[a0, a1)`` and ``[b0, b1)`` share a character; ``False`` when any offset is unknown."""
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return False
    return a0 < b1 and b0 < a1


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def span_prf(predicted: Iterable[Span], gold: Iterable[Span], relaxed: bool = False) -> PRF:
    """Span detection scores over ``(doc, start, end)`` spans.

    Strict: a span is right when the other side has exactly the same offsets. Relaxed (TempEval-3): a
    predicted span is right when it overlaps some gold span, and a gold span is found when some predicted
    span overlaps it.
    """
    p, g = set(predicted), set(gold)
    if not relaxed:
        hit = len(p & g)
        return PRF.counts(hit, len(p), hit, len(g))
    g_by_doc: dict[Hashable, list[Span]] = defaultdict(list)
    p_by_doc: dict[Hashable, list[Span]] = defaultdict(list)
    for s in g:
        g_by_doc[s[0]].append(s)
    for s in p:
        p_by_doc[s[0]].append(s)
    hit_p = sum(1 for s in p if any(_overlaps(s, o) for o in g_by_doc[s[0]]))
    hit_g = sum(1 for s in g if any(_overlaps(s, o) for o in p_by_doc[s[0]]))
    return PRF.counts(hit_p, len(p), hit_g, len(g))


@dataclass(frozen=True)
class TimexValueScores:
    """TempEval-3 style value scores: accuracy on matched expressions, and value P/R/F1 over all of them."""

    matched: int
    correct: int
    accuracy: float
    value: PRF


def timex_value_scores(
    predicted: Iterable[tuple[Hashable, int, int, str]], gold: Iterable[tuple[Hashable, int, int, str]]
) -> TimexValueScores:
    """Score normalised values of ``(doc, start, end, value)`` time expressions.

    Predicted and gold expressions are matched one to one by overlap: exact spans first, then the pairs with
    the largest overlap, greedily. ``accuracy`` is the share of matched pairs whose values are equal;
    ``value`` counts a predicted expression right when it matches a gold one with the same value (TempEval-3
    "value F1").
    """
    p, g = sorted(set(predicted), key=repr), sorted(set(gold), key=repr)
    by_doc: dict[Hashable, list[int]] = defaultdict(list)
    for j, item in enumerate(g):
        by_doc[item[0]].append(j)
    candidates: list[tuple[bool, int, int, int]] = []
    for i, item in enumerate(p):
        for j in by_doc[item[0]]:
            other = g[j]
            overlap = min(item[2], other[2]) - max(item[1], other[1])
            if overlap > 0:
                candidates.append(((item[1], item[2]) == (other[1], other[2]), overlap, i, j))
    candidates.sort(key=lambda c: (not c[0], -c[1], c[2], c[3]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _exact, _overlap, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    correct = sum(1 for i, j in pairs if p[i][3] == g[j][3])
    accuracy = correct / len(pairs) if pairs else 0.0
    return TimexValueScores(len(pairs), correct, accuracy, PRF.counts(correct, len(p), correct, len(g)))


# -- sets and orders -----------------------------------------------------------------------------------------


def set_prf(predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> PRF:
    """Precision, recall and F1 of a predicted set against a gold set (e.g. of (event, date) pairs)."""
    p, g = set(predicted), set(gold)
    hit = len(p & g)
    return PRF.counts(hit, len(p), hit, len(g))


def kendall_tau(x: Sequence[float], y: Sequence[float]) -> float:
    """Kendall's tau-b between two rankings of the same items (``x[i]`` and ``y[i]`` rank item i).

    tau-b = (concordant − discordant) / sqrt((n0 − ties in x) · (n0 − ties in y)), n0 = n(n−1)/2; pairs tied
    in both count in both tie terms. Returns 0.0 when either ranking is all ties or fewer than 2 items.
    """
    if len(x) != len(y):
        raise ValueError("rankings of different lengths")
    concordant = discordant = ties_x = ties_y = 0
    n = len(x)
    for i in range(n):
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            if dx == 0:
                ties_x += 1
            if dy == 0:
                ties_y += 1
            if dx and dy:
                if (dx > 0) == (dy > 0):
                    concordant += 1
                else:
                    discordant += 1
    n0 = n * (n - 1) // 2
    denominator = math.sqrt((n0 - ties_x) * (n0 - ties_y))
    return (concordant - discordant) / denominator if denominator else 0.0
