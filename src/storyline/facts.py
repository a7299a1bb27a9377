"""Facts: what a story's articles state (numbers and dated events), and where the sources agree or conflict.

:func:`extract_facts` turns one article's quantities (:mod:`storyline.quantities`) and time expressions
(:mod:`storyline.timex`) into :class:`Fact` records, reading the spaCy parse of
:func:`storyline.entities.nlp_model` (dependency parse, NER and sentences; no tagger, no lemmatizer, so nouns
are made singular and verbs stemmed here). :func:`align_facts` groups the facts of a story's articles that
speak of the same thing and compares their values.

**Same thing.** Two facts of different articles are compared when they have the same attribute and unit,
the same head (the counted noun made singular; for dates the event noun or verb) or two heads of one small
general class (troops, soldiers, mercenaries...), and their owners (whom the number is about) do not exclude
each other. Identity is *strong* when the owners share a name, or when the head and the governing verb
agree ("injuring five people" / "five hurt"); else *weak*, and a weak pair is linked only when both values
can be true: things that merely share a head are never a conflict. Two dates of one event head far apart
(over two years, two months or three days at their granularity) are two events (two coups), not a conflict.

**Values.** Each value is an interval of what it allows: exact (the number), "about" (±10%), "at least" /
"more than" (up to infinity), "up to" / "at most" / "less than" (down to 0), a range (low to high).
``agreed``: same value and qualifier; ``compatible``: the intervals overlap ("1,000" / "1,000 to 1,200");
``tension``: an upper bound and a lower bound that only meet ("up to a thousand" / "at least a thousand");
``conflict``: the intervals are disjoint ("13,000" / "some 15,000" peacekeepers). Amounts in different
currencies are never compared (no exchange rates): ``compatible``.

**Status** (the export contract's ``agreed|conflict|single``): ``single`` when all of a group's articles
come from one origin (rewrites of one wire dispatch count once); ``conflict`` when some pair of origins is in
conflict or in tension (a fact-checker must see both); else ``agreed``. The fine-grained ``relation`` stays
in :attr:`FactGroup.relation`.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from storyline.fact_words import (
    NOUN_CLASS,
    ORDINALS,
    RELATIVE,
    STATIVE,
    VERB_CLASS,
    name_key,
    name_words,
    same_name,
    singular,
    stem,
)
from storyline.nlp import tokens_in
from storyline.records import Article, Quantity, QuantityQualifier, TimeExpression
from storyline.timex import timex_to_interval

__all__ = [
    "Fact",
    "FactGroup",
    "FactValue",
    "align_facts",
    "compare",
    "extract_facts",
    "identity",
    "predicates_differ",
    "singular",
    "stem",
]

FactKind = Literal["quantity", "date"]
Relation = Literal["agreed", "compatible", "tension", "conflict"]
GroupRelation = Literal["agreed", "compatible", "tension", "conflict", "single"]
Status = Literal["agreed", "conflict", "single"]


@dataclass(frozen=True)
class Fact:
    """One statement of an article: a number about something, or the date of an event.

    ``subject`` is what the fact is about, readable ("UN peacekeepers", "Mali's independence", "Parly met");
    ``attribute`` is what is stated of it: "count", "amount" (money), "share" (percent), "age", "measure"
    (other quantities) or "date". ``head`` is the normalised head the aligner compares (the counted noun made
    singular, "peacekeeper"; for a date the event noun or verb stem; ``None`` for an elliptic count,
    "five hurt"), ``predicate`` the stem of the verb that governs it ("injur", "hir"), ``owners`` whom the
    number is about, normalised: proper modifiers, possessor, apposition ("un", "wagner"; ordinals such as
    "#second" mark "the second coup"); ``holders`` the names in the subject of its clause ("The UN, which
    has some 15,000 peacekeepers" → "un"), weaker evidence than ``owners``.
    ``value`` is the value as shown ("about 15,000", "1,000 to 1,200", "9,000,000 EUR per month"; a TimeML
    date "1960" for dates); ``number``, ``low``, ``high``, ``qualifier``, ``unit`` and ``per`` come from the
    quantity (``None`` for dates). ``start``/``end`` are the number's (or the time expression's) offsets in
    the article text, ``sentence_start``/``sentence_end`` its sentence's.
    """

    id: str
    article_id: str
    kind: FactKind
    subject: str
    attribute: str
    head: str | None
    predicate: str | None
    owners: tuple[str, ...]
    holders: tuple[str, ...]
    value: str
    number: float | None
    low: float | None
    high: float | None
    qualifier: QuantityQualifier | None
    unit: str | None
    per: str | None
    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class FactValue:
    """One distinct value of a group, the articles that state it and how many independent origins they are."""

    value: str
    article_ids: tuple[str, ...]
    fact_ids: tuple[str, ...]
    origin_count: int


@dataclass(frozen=True)
class FactGroup:
    """Facts of a story's articles about the same thing, their distinct values and how those compare.

    ``relation``: the worst relation between facts of two origins (``single``: one origin); ``status``: the
    export contract's ``agreed|conflict|single`` (tension counts as conflict); ``origin_count``: the
    distinct origins of ``article_ids``.
    """

    id: str
    subject: str
    attribute: str
    unit: str | None
    per: str | None
    facts: tuple[Fact, ...]
    values: tuple[FactValue, ...]
    article_ids: tuple[str, ...]
    origin_count: int
    relation: GroupRelation
    status: Status


_NOUNISH = frozenset(["pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos"])
_NOT_OWNERS = frozenset(["CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"])
_VERBAL = frozenset(
    ["ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis", "conj"]
)
_CLAUSE_CHILD = frozenset(["nsubj", "nsubjpass", "aux", "auxpass", "dobj"])


def _proper(token: Any) -> bool:
    text = str(token.text)
    return bool(text[:1].isupper()) and text.lower() not in RELATIVE and token.i != token.sent.start


# -- extraction ----------------------------------------------------------------------------------------------


def _root(tokens: Sequence[Any]) -> Any:
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


def _is_verb(token: Any) -> bool:
    return token.dep_ in _VERBAL or any(c.dep_ in _CLAUSE_CHILD for c in token.children)


def _governor(token: Any) -> Any | None:
    """The nearest verb-like ancestor of ``token`` (within six steps), or ``None``."""
    t = token
    if t.head.i == t.i:  # a headline "Five Wounded by Quake": the number is the root, the verb its clause
        return next((c for c in t.children if c.dep_ in ("acl", "relcl", "amod")), None)
    for _ in range(6):
        if t.head.i == t.i:
            return t if _is_verb(t) else None
        t = t.head
        if _is_verb(t):
            return t
    return None


def _subject_of(verb: Any) -> Any | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.text.lower() in RELATIVE and verb.dep_ == "relcl":
        return verb.head
    return subject


def _owners(noun: Any, ents: Mapping[int, str]) -> tuple[str, ...]:
    """Proper modifiers and possessor of ``noun`` ("UN peacekeepers", "Mali's independence"), ordinals."""
    names: list[str] = []
    for child in noun.children:
        if (
            child.dep_ in ("compound", "amod", "nmod", "poss")
            and ents.get(child.i) not in _NOT_OWNERS
            and (_proper(child) or child.i in ents)
        ):
            names.append(name_key(child.text))
        elif child.dep_ == "amod" and child.text.lower() in ORDINALS:
            names.append("#" + child.text.lower())
    if noun.dep_ == "appos" and _proper(noun.head):
        names.append(name_key(noun.head.text))
    return tuple(sorted(set(names)))


def _holders(noun: Any, verb: Any | None, ents: Mapping[int, str]) -> tuple[str, ...]:
    """The names in the subject of the clause whose object ``noun`` is ("France has lost 52 soldiers")."""
    if verb is None or noun.dep_ not in ("dobj", "attr", "pobj", "nummod"):
        return ()
    holder = _subject_of(verb)
    if holder is None:
        return ()
    near = [holder, *(c for c in holder.children if c.dep_ in ("compound", "amod", "poss"))]
    names = {
        name_key(t.text)
        for t in near
        if ents.get(t.i) not in _NOT_OWNERS and (_proper(t) or t.i in ents) and t.text.lower() not in RELATIVE
    }
    return tuple(sorted(names))


def _phrase(noun: Any) -> str:
    parts = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < noun.i]
    start = min([noun.i] + [min(t.i for t in c.subtree) for c in parts])
    # Keep the text's own spacing ("Mali’s independence", not "Mali ’s independence").
    words = [t for t in noun.doc[start : noun.i + 1] if t.dep_ != "det"]
    return "".join(t.text + t.whitespace_ for t in words[:-1]) + words[-1].text if words else ""


def _attribute(q: Quantity) -> str:
    if q.kind == "count":
        return "count"
    if q.kind == "money":
        return "amount"
    if q.kind == "percent":
        return "share"
    return "age" if q.unit == "years" else "measure"


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,.4g}"


def _shown(q: Quantity) -> str:
    if q.qualifier == "range" and q.low is not None and q.high is not None:
        core = f"{_fmt(q.low)} to {_fmt(q.high)}"
    else:
        core = _fmt(q.value) if q.qualifier == "exact" else f"{q.qualifier} {_fmt(q.value)}"
    unit = f" {q.unit}" if q.unit else ""
    per = f" per {q.per}" if q.per else ""
    return core + unit + per


def _fact_id(article_id: str, kind: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{article_id}:{kind}:{start}:{end}".encode()).hexdigest()[:16]


def _quantity_fact(q: Quantity, doc: Any, ents: Mapping[int, str]) -> Fact | None:
    if q.kind == "year":
        return None  # a year alone is a date: the dated statements carry it
    number = tokens_in(doc, q.start, q.end)
    if not number:
        return None
    counted = (
        tokens_in(doc, q.counted_start, q.counted_end)
        if q.counted_start is not None and q.counted_end is not None
        else []
    )
    attribute = _attribute(q)
    noun = _root(counted) if counted else None
    anchor = noun if noun is not None else _root(number)
    verb = _governor(anchor)
    if noun is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
        verb, noun, anchor = noun, None, _root(number)  # "five hurt": the counted word is the verb
    head: str | None = singular(noun.text) if noun is not None else None
    holders: tuple[str, ...] = ()
    owners: tuple[str, ...]
    if attribute == "age":
        head = "age"
        person = anchor.head if anchor.dep_ in ("appos", "npadvmod", "amod") else anchor
        owners = (name_key(person.text),) if person.i in ents and ents[person.i] == "PERSON" else ()
    else:
        owners = _owners(anchor, ents)
        holders = _holders(anchor, verb, ents)
        if attribute == "measure" and head is None:
            head = q.unit
    subject = q.counted or (head or attribute)
    if q.about:
        subject = f"{subject} ({q.about})"
        owners = tuple(sorted({*owners, name_key(q.about.split()[-1])}))
    return Fact(
        id=_fact_id(q.article_id, "quantity", q.start, q.end),
        article_id=q.article_id,
        kind="quantity",
        subject=subject,
        attribute=attribute,
        head=head,
        predicate=stem(verb.text) if verb is not None else None,
        owners=owners,
        holders=holders,
        value=_shown(q),
        number=q.value,
        low=q.low,
        high=q.high,
        qualifier=q.qualifier,
        unit=q.unit,
        per=q.per,
        text=q.text,
        start=q.start,
        end=q.end,
        sentence_start=q.sentence_start,
        sentence_end=q.sentence_end,
    )


def _date_fact(t: TimeExpression, doc: Any, ents: Mapping[int, str]) -> Fact | None:
    if t.type != "DATE" or not re.match(r"\d{4}", t.value) or timex_to_interval(t.value) is None:
        return None
    tokens = tokens_in(doc, t.start, t.end)
    if not tokens:
        return None
    top = _root(tokens)
    attach = top.head
    if top.dep_ == "pobj" and attach.dep_ == "prep":
        attach = attach.head
    if attach.i == top.i or attach.i in {x.i for x in tokens}:
        return None
    subject_token = _subject_of(attach) if _is_verb(attach) else None
    before = doc[top.head.i - 1] if top.dep_ == "pobj" and top.head.i > 0 else None
    if _is_verb(attach) and subject_token is None and before is not None and before.dep_ in _NOUNISH:
        attach = before  # "going back to Mali's independence in 1960": the noun before the date
    if _is_verb(attach):
        if subject_token is None or subject_token.text.lower() in RELATIVE:
            return None
        words = [w.text for w in subject_token.subtree][-4:]
        subject = " ".join([*words, attach.text])
        head = stem(attach.text)
        owners: tuple[str, ...] = (
            (name_key(subject_token.text),) if _proper(subject_token) or subject_token.i in ents else ()
        )
    else:
        subject = _phrase(attach)
        head = singular(attach.text)
        owners = _owners(attach, ents)
    sentence = top.sent
    return Fact(
        id=_fact_id(t.article_id, "date", t.start, t.end),
        article_id=t.article_id,
        kind="date",
        subject=subject,
        attribute="date",
        head=head,
        predicate=None,
        owners=owners,
        holders=(),
        value=t.value,
        number=None,
        low=None,
        high=None,
        qualifier=None,
        unit=None,
        per=None,
        text=t.text,
        start=t.start,
        end=t.end,
        sentence_start=sentence.start_char,
        sentence_end=sentence.end_char,
    )


def extract_facts(
    article: Article, doc: Any, quantities: Iterable[Quantity], timexes: Iterable[TimeExpression]
) -> list[Fact]:
    """The facts ``article`` states: one per quantity (years alone excepted) and one per dated statement.

    ``doc`` is the spaCy parse of ``article.text`` (:func:`storyline.entities.nlp_model`); ``quantities``
    and ``timexes`` are its :func:`~storyline.quantities.extract_quantities` and
    :func:`~storyline.timex.find_timexes`. A dated statement is a calendar date (TimeML "1960",
    "2020-08", "2021-09-13") attached to an event noun ("independence in 1960") or to a verb with its
    subject ("Parly met ... on Monday"); relative dates that stay unanchored are skipped. Facts come in text
    order.
    """
    ents = {t.i: str(e.label_) for e in doc.ents for t in e}
    facts = [f for q in quantities if q.article_id == article.id and (f := _quantity_fact(q, doc, ents))]
    facts.extend(f for t in timexes if (f := _date_fact(t, doc, ents)) is not None)
    return sorted(facts, key=lambda f: (f.start, f.end))


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
    other side's sentence."""
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
    every_a, every_b = names_a | set(a.holders), names_b | set(b.holders)
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
