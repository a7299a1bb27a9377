"""Where a story's facts (:mod:`storyline.facts`) speak of the same thing, and whether their values agree.

:func:`compare` relates two values, :func:`identity` says whether two facts of different articles are one
thing (strongly or weakly), and :func:`align_facts` groups a story's facts into :class:`FactGroup` records
with their status; the rules are in the docstring of :mod:`storyline.facts`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence

from storyline.action_forms import forms
from storyline.fact_words import NOUN_CLASS, STATIVE, VERB_CLASS, name_words, same_name, stem
from storyline.facts import Fact, FactGroup, FactValue, GroupRelation, Relation, Status
from storyline.gazetteer import lookup_place
from storyline.timex import timex_to_interval

__all__ = ["align_facts", "compare", "identity", "predicates_differ"]


# -- comparison ----------------------------------------------------------------------------------------------

_UPPER = frozenset(["up to", "at most", "less than"])
_LOWER = frozenset(["at least", "more than"])


def _interval(f: Fact) -> tuple[float, float]:
    v = f.number if f.number is not None else 0.0
    if f.qualifier == "range" and f.low is not None and f.high is not None:
        return f.low, f.high
    if f.qualifier == "about":
        return v * 0.9, v * 1.1
    if f.qualifier in _LOWER:
        return v, float("inf")
    if f.qualifier in _UPPER:
        return 0.0, v
    return v, v


def _date_relation(a: str, b: str) -> Relation | None:
    if a == b:
        return "agreed"
    if a.startswith(b) or b.startswith(a):
        return "compatible"
    ia, ib = timex_to_interval(a), timex_to_interval(b)
    if ia is None or ib is None:
        return None
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return "compatible"
    gap = abs((ia[0] - ib[0]).days)
    limit = 3 if len(a) >= 10 and len(b) >= 10 else 62 if len(a) >= 7 and len(b) >= 7 else 2 * 366
    return "conflict" if gap <= limit else None  # far apart: two events, not one misreported


def compare(a: Fact, b: Fact) -> Relation | None:
    """How the values of two facts about the same thing compare; ``None`` when they cannot be compared."""
    if a.kind == "date" or b.kind == "date":
        return _date_relation(a.value, b.value) if a.kind == b.kind else None
    if a.unit != b.unit:
        return "compatible" if a.attribute == b.attribute == "amount" else None
    if (a.number, a.low, a.high, a.qualifier) == (b.number, b.low, b.high, b.qualifier):
        return "agreed"
    (lo_a, hi_a), (lo_b, hi_b) = _interval(a), _interval(b)
    if max(lo_a, lo_b) > min(hi_a, hi_b) * (1 + 1e-9):
        return "conflict"
    bounds = {a.qualifier, b.qualifier}
    if (bounds & _UPPER and (bounds & _LOWER or "range" in bounds)) and min(hi_a, hi_b) - max(lo_a, lo_b) <= (
        1e-9 * max(1.0, abs(lo_a))
    ):
        return "tension"
    return "compatible"


# Verbs that only tell that someone spoke (not "announced the recall", an event of its own).
_STATEMENTS = frozenset(stem(f) for b in ("say", "tell", "add", "state") for f in forms(b)) | {"said", "told"}

# Attributes that are a property of a thing (a rate, a price), not of who acts on it.
_PRICED = frozenset({"share", "amount"})


def _same_holder(x: str, y: str) -> bool:
    """Two holders' reduced names of one party: the same name, or a country and its capital ("turkey",
    "ankara")."""
    if same_name(x, y):
        return True
    px, py = lookup_place(x.capitalize()), lookup_place(y.capitalize())
    return (
        px is not None
        and py is not None
        and px.kind in ("country", "capital")
        and py.kind in ("country", "capital")
        and px.country == py.country
    )


def _owners_split(f: Fact) -> tuple[set[str], set[str]]:
    return {o for o in f.owners if not o.startswith("#")}, {o for o in f.owners if o.startswith("#")}


def _sentence_names(f: Fact, texts: Mapping[str, str]) -> frozenset[str]:
    return name_words(texts.get(f.article_id, "")[f.sentence_start : f.sentence_end])


def predicates_differ(a: Fact, b: Fact) -> bool:
    """Whether both facts hang from a verb and the verbs are of different classes ("died" / "sounded")."""
    if a.predicate is None or b.predicate is None:
        return False
    va: object = VERB_CLASS.get(a.predicate, a.predicate)
    vb: object = VERB_CLASS.get(b.predicate, b.predicate)
    return va != vb


def identity(a: Fact, b: Fact, texts: Mapping[str, str]) -> str | None:
    """Whether two facts speak of one thing: "strong", "weak", "unknown" (related heads, no evidence) or
    ``None`` (two things). ``texts`` (article id → text) lets an owner named on one side be found in the
    other side's sentence. The day someone said something is at most weakly one thing, and two days that
    would conflict are two things: a company that "said on Wednesday" in one article and "said on Thursday"
    in another spoke twice."""
    same = _identity(a, b, texts)
    if same is not None and a.kind == "date" and a.head in _STATEMENTS:
        return None if compare(a, b) in ("conflict", "tension") else "weak"
    if (
        same == "strong"
        and a.attribute in _PRICED
        and a.holders
        and b.holders
        and not any(_same_holder(x, y) for x in a.holders for y in b.holders)
    ):
        return (
            "weak"  # China's tariff on US goods and the EU's are never a conflict (Ankara and Turkey agree)
        )
    return same


def _identity(a: Fact, b: Fact, texts: Mapping[str, str]) -> str | None:
    if a.attribute != b.attribute or a.kind != b.kind:
        return None
    if a.attribute != "amount" and a.unit != b.unit:
        return None
    if a.per != b.per:
        return None
    heads_equal = a.head is not None and a.head == b.head
    soft = (
        a.head is not None
        and b.head is not None
        and a.head in NOUN_CLASS
        and NOUN_CLASS[a.head] == NOUN_CLASS.get(b.head, -1)
    )
    verbs_clash = predicates_differ(a, b)
    same_verb = a.predicate is not None and b.predicate is not None and not verbs_clash
    if not (
        heads_equal or soft or ((a.head is None or b.head is None) and same_verb and a.attribute == "count")
    ):
        return None
    (names_a, marks_a), (names_b, marks_b) = _owners_split(a), _owners_split(b)
    if marks_a and marks_b and not marks_a & marks_b:
        return None
    priced = a.attribute in _PRICED
    if priced and names_a and names_b and not any(same_name(x, y) for x in names_a for y in names_b):
        return None  # "a levy on Peruvian cement" / "on Bolivian timber" (other goods: other marks, above)
    # Who acts on a rate or a price is no evidence that two are one ("Qatar Airways signed a $2 billion deal"
    # and "a $3 billion deal"); identity then rests on what they are of.
    every_a = names_a if priced else names_a | set(a.holders)
    every_b = names_b if priced else names_b | set(b.holders)
    shared = any(same_name(x, y) for x in every_a for y in every_b)
    if names_a and names_b and not shared:
        return None  # "UN peacekeepers" / "French troops"
    if shared:
        return "weak" if verbs_clash else "strong"
    acting = same_verb and VERB_CLASS.get(a.predicate or "") != STATIVE and a.attribute == "count"
    if names_a or names_b:
        # one side names an owner: the other sentence must at least mention it
        named, other = (names_a, b) if names_a else (names_b, a)
        if all(any(same_name(n, w) for w in _sentence_names(other, texts)) for n in named):
            return "strong" if heads_equal and not verbs_clash else "weak"
        article = name_words(texts.get(other.article_id, ""))
        if a.kind == "date" and heads_equal and all(any(same_name(n, w) for w in article) for n in named):
            return "strong"  # an event noun ("independence") of an article that names the owner elsewhere
        return "strong" if acting else "unknown" if soft and not heads_equal else "weak"
    if acting:
        return "strong"  # "injuring five people" / "five hurt" / "two villagers injured"
    return "unknown" if soft and not heads_equal else "weak"


# -- alignment -----------------------------------------------------------------------------------------------

_RANK: dict[str, int] = {"single": 0, "agreed": 1, "compatible": 2, "tension": 3, "conflict": 4}


def align_facts(
    facts_by_article: Mapping[str, Sequence[Fact]],
    origin_of: Mapping[str, str],
    published: Mapping[str, str | None],
    texts: Mapping[str, str] | None = None,
) -> list[FactGroup]:
    """Group the facts of one story's articles that speak of the same thing and compare their values.

    ``origin_of`` maps each article id to its origin id (an article missing from it is its own origin);
    ``published`` gives each article's date, used to list values oldest first; ``texts`` (article id →
    text) lets the aligner check that an owner one side names is mentioned in the other side's sentence
    (without it, such pairs are weak). Every fact ends in exactly one group; a fact nothing else matches is a
    ``single`` group. Groups come conflicts first, then by size.
    """
    texts = texts or {}
    facts = [f for fs in facts_by_article.values() for f in fs]
    ok: dict[tuple[int, int], bool] = {}
    links: list[tuple[int, int, int, int]] = []
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        by_key[(f.kind, f.attribute)].append(i)
    for members in by_key.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = facts[i], facts[j]
                if a.article_id == b.article_id:
                    continue
                same = identity(a, b, texts)
                relation = compare(a, b) if same is not None else None
                good = same in ("strong", "weak") and relation is not None
                good = good and not (same == "weak" and relation == "conflict")
                ok[(i, j)] = relation is not None  # could be the same thing (a weak conflict is unknown)
                if good and relation is not None:
                    links.append((same != "strong", _RANK[relation], i, j))
    # Complete linkage: two clusters merge only when no pair of facts across them (of different articles)
    # is clearly two things (other head, other owner, incomparable), so one loose link cannot chain
    # different things together.
    cluster_of = list(range(len(facts)))
    clusters: dict[int, list[int]] = {i: [i] for i in range(len(facts))}
    for _weak, _rank, i, j in sorted(links):
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if all(
            facts[x].article_id == facts[y].article_id or ok.get((min(x, y), max(x, y)), False)
            for x in clusters[ci]
            for y in clusters[cj]
        ):
            for y in clusters[cj]:
                cluster_of[y] = ci
            clusters[ci].extend(clusters.pop(cj))
    groups = [
        _group([facts[i] for i in sorted(members)], origin_of, published) for members in clusters.values()
    ]
    return sorted(groups, key=lambda g: (-_RANK[g.relation], -g.origin_count, -len(g.facts), g.subject))


def _group(
    members: list[Fact], origin_of: Mapping[str, str], published: Mapping[str, str | None]
) -> FactGroup:
    origin = {f.article_id: origin_of.get(f.article_id, f.article_id) for f in members}
    relation: GroupRelation = "single"
    for x, a in enumerate(members):
        for b in members[x + 1 :]:
            if origin[a.article_id] == origin[b.article_id]:
                continue
            r = compare(a, b) or "compatible"
            if _RANK[r] > _RANK[relation]:
                relation = r
    by_value: dict[str, list[Fact]] = defaultdict(list)
    for f in members:
        by_value[f.value].append(f)

    def first_seen(fs: list[Fact]) -> tuple[str, int]:
        return (min(published.get(f.article_id) or "9999" for f in fs), min(f.start for f in fs))

    values = tuple(
        FactValue(
            value=value,
            article_ids=tuple(sorted({f.article_id for f in fs})),
            fact_ids=tuple(f.id for f in fs),
            origin_count=len({origin[f.article_id] for f in fs}),
        )
        for value, fs in sorted(by_value.items(), key=lambda kv: first_seen(kv[1]))
    )
    article_ids = tuple(sorted(origin))
    status: Status = (
        "single" if relation == "single" else "conflict" if relation in ("conflict", "tension") else "agreed"
    )
    lead = max(members, key=lambda f: (len(f.owners) + len(f.holders), len(f.subject)))
    gid = hashlib.sha256("|".join(sorted(f.id for f in members)).encode()).hexdigest()[:16]
    return FactGroup(
        id=gid,
        subject=lead.subject,
        attribute=lead.attribute,
        unit=lead.unit,
        per=lead.per,
        facts=tuple(sorted(members, key=lambda f: (f.article_id, f.start))),
        values=values,
        article_ids=article_ids,
        origin_count=len(set(origin.values())),
        relation=relation,
        status=status,
    )
