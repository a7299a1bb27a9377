"""Facts: what a story's articles state (numbers and dated events), and where the sources agree or conflict.

:func:`extract_facts` turns one article's quantities (:mod:`storyline.quantities`) and time expressions
(:mod:`storyline.timex`) into :class:`Fact` records, reading the spaCy parse of
:func:`storyline.entities.nlp_model` (dependency parse, NER and sentences; no tagger, no lemmatizer, so nouns
are made singular and verbs stemmed here). :func:`storyline.fact_align.align_facts` groups the facts of a
story's articles that speak of the same thing and compares their values, by the rules below.

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from storyline.fact_words import (
    ORDINALS,
    RELATIVE,
    name_key,
    singular,
    stem,
)
from storyline.nlp import tokens_in
from storyline.records import Article, Quantity, QuantityQualifier, TimeExpression
from storyline.timex import timex_to_interval

__all__ = ["Fact", "FactGroup", "FactValue", "extract_facts", "singular", "stem"]

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
    singular, "peacekeeper"; for a date the event noun or verb stem; ``None`` for an elliptic count, "five
    hurt"), ``predicate`` the stem of the verb that governs it ("injur", "hir"), ``owners`` whom the number is
    about, normalised: proper modifiers, possessor, apposition ("un", "wagner"; ordinals such as "#second"
    mark "the second coup", and so does the thing a rate is on, "#steel"); ``holders`` the names in the
    subject of its clause ("The UN, which has some 15,000 peacekeepers" → "un"), weaker evidence than
    ``owners``.
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
_OWNING_PREPOSITIONS = frozenset(["on", "in", "of", "with", "from", "against", "for"])
_MODIFIES = frozenset(["nummod", "compound", "amod", "nmod", "quantmod"])


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


def _names_on(noun: Any, ents: Mapping[int, str]) -> list[str]:
    """``noun`` and its proper modifiers and possessor, reduced, when they are names."""
    return [
        name_key(t.text)
        for t in [noun, *noun.children]
        if (t.i == noun.i or t.dep_ in ("compound", "amod", "nmod", "poss"))
        and ents.get(t.i) not in _NOT_OWNERS
        and (_proper(t) or t.i in ents)
    ]


def _owners(noun: Any, ents: Mapping[int, str], phrases: bool = False) -> tuple[str, ...]:
    """Proper modifiers and possessor of ``noun`` ("UN peacekeepers", "Mali's independence"), ordinals;
    with ``phrases``, also what its prepositional phrase names ("a 25% tariff on Kazakh steel": kazakh; "a 5%
    stake in Chrysler": chrysler; "a 10% tariff on aluminum": aluminum): what a rate or a price is of."""
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
        elif phrases and child.dep_ == "prep" and child.text.lower() in _OWNING_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    names.extend(_names_on(obj, ents))
                    if not (_proper(obj) or obj.i in ents):
                        # the thing itself marks it apart (a tariff "on steel" is not one "on aluminum"),
                        # but like an ordinal is no evidence that two are one ("on Chinese / Japanese steel")
                        names.append("#" + singular(obj.text))
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


def _told_by(verb: Any) -> str:
    """A sum or a share with no noun, named by its clause: "group demanded" (€5 million), "shares fell"."""
    subject = _subject_of(verb)
    words = [] if subject is None or subject.text.lower() in RELATIVE else [subject.text]
    return " ".join([*words, verb.text])


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
    if x == int(x):
        return f"{x:,.0f}"
    # ("11,350.5", not "1.135e+04": four significant digits print a large figure in exponent form)
    return f"{x:,.2f}".rstrip("0").rstrip(".") if abs(x) >= 1000 else f"{x:,.4g}"


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
    # A rate or a price modifying its noun ("its 25% tariff", "a $1.2 billion deal") is of what that noun's
    # phrase names ("on Kazakh steel", "in Chrysler") as much as of whom.
    number_root = _root(number)
    inherent = (
        attribute in ("share", "amount")
        and noun is not None
        and number_root.head.i == noun.i
        and number_root.dep_ in _MODIFIES
    )
    holders: tuple[str, ...] = ()
    owners: tuple[str, ...]
    if attribute == "age":
        head = "age"
        person = anchor.head if anchor.dep_ in ("appos", "npadvmod", "amod") else anchor
        owners = (name_key(person.text),) if person.i in ents and ents[person.i] == "PERSON" else ()
    else:
        owners = _owners(anchor, ents, phrases=inherent)
        holders = _holders(anchor, verb, ents)
        if attribute == "measure" and head is None:
            head = q.unit
    subject = q.counted or head or (_told_by(verb) if verb is not None else None) or attribute
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
