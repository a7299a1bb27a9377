"""The same quotation across outlets: one quote with all its articles, its first appearance and its origins.

Outlets carry a quote verbatim, trimmed ("Mali intends to diversify its relationships" in one, the whole
sentence in another) or worded a little differently (two translations of one French sentence). Two quotes are
one when their speakers are compatible (the same entity, the same name, or one of them unknown) and their
words are: the shorter's words appear in order inside the longer, or most of the shorter's content words are
the longer's. Support is counted by origin, so five rewrites of one wire dispatch count once.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.records import Quote, QuoteGroup, QuoteKind
from storyline.sentences import STOP_WORDS, stem

# A quote shorter than this (in words) only joins another with exactly the same words: "no comment".
MIN_WORDS = 4
# Share of the shorter quote's content words the longer must hold to be a rewording of it.
REWORDED = 0.75
_WORD = re.compile(r"\w+(?:['’]\w+)?")


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _content(words: Sequence[str]) -> set[str]:
    return {stem(w) for w in words if w not in STOP_WORDS}


def _contains(long: Sequence[str], short: Sequence[str]) -> bool:
    n = len(short)
    if n == 0 or n > len(long):
        return False
    first = short[0]
    return any(long[i] == first and list(long[i : i + n]) == list(short) for i in range(len(long) - n + 1))


_NEGATIONS = frozenset({"not", "no", "never", "n't", "nothing", "none", "neither", "nor", "cannot"})


def _marks(words: Sequence[str]) -> tuple[frozenset[str], bool]:
    """The numbers a quotation states, and whether it is negated: two quotes that differ in either say
    different things, however many words they share."""
    numbers = frozenset(w for w in words if any(c.isdigit() for c in w))
    negated = any(w in _NEGATIONS or w.endswith("n't") for w in words)
    return numbers, negated


@dataclass(frozen=True)
class _Said:
    """What the comparison of two quotations reads, computed once per quotation."""

    words: tuple[str, ...]
    content: frozenset[str]
    numbers: frozenset[str]
    negated: bool


def _said(text: str) -> _Said:
    words = tuple(_words(text))
    numbers, negated = _marks(words)
    return _Said(words, frozenset(_content(words)), numbers, negated)


def _same(a: _Said, b: _Said) -> bool:
    if not a.words or not b.words:
        return False
    if a.words == b.words:
        return True
    if a.negated != b.negated or (
        a.numbers != b.numbers and not (a.numbers <= b.numbers or b.numbers <= a.numbers)
    ):
        return False
    short, long = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.words) < MIN_WORDS:
        return False
    if _contains(long.words, short.words):
        return True
    return len(short.content) >= MIN_WORDS and len(short.content & long.content) >= REWORDED * len(
        short.content
    )


def same_words(a: str, b: str) -> bool:
    """Whether two quotations say the same thing: equal, one trimmed from the other, or reworded a little;
    never when one states a number the other does not or denies what the other asserts."""
    return _same(_said(a), _said(b))


def _compatible(a: str | None, b: str | None) -> bool:
    """Two speakers' entities: only two different known people or bodies keep the same words apart; a
    description ("the ministry spokesman") may be anyone, and outlets describe one source differently."""
    return a is None or b is None or a == b


def group_quotes(
    quotes: Sequence[Quote],
    speaker_entity: Mapping[str, str],
    published: Mapping[str, str | None],
    origin_of: Mapping[str, str],
) -> list[QuoteGroup]:
    """Group a story's quotes across its articles.

    ``speaker_entity`` maps quote ids to the entity of their speaker; ``published`` article ids to ISO dates;
    ``origin_of`` article ids to origin ids (an article missing from it is its own origin). Groups come most
    origins first, then earliest first.
    """
    keys = [speaker_entity.get(q.id) for q in quotes]
    said = [_said(q.text) for q in quotes]
    parent = list(range(len(quotes)))
    # The known speaker of each group: a quote of unknown speaker must not bridge two different people.
    speaker_of: list[str | None] = list(keys)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj and _compatible(speaker_of[ri], speaker_of[rj]) and _same(said[i], said[j]):
            parent[rj] = ri
            speaker_of[ri] = speaker_of[ri] or speaker_of[rj]

    # The same words, however short ("No comment."), first; then candidates sharing two rare-enough words
    # (a word in a tenth of the story's quotes tells nothing): a large story is not compared pair by pair.
    first_with: dict[tuple[str, ...], int] = {}
    for i, s in enumerate(said):
        join(first_with.setdefault(s.words, i), i)
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(said):
        for w in s.content:
            index[w].append(i)
    common = max(50, len(quotes) // 10)
    for i, s in enumerate(said):
        shared = Counter(j for w in s.content if len(index[w]) <= common for j in index[w] if j > i)
        for j, count in shared.items():
            if count >= 2:
                join(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        members[find(i)].append(i)
    groups = [
        _group([quotes[i] for i in idx], speaker_entity, published, origin_of) for idx in members.values()
    ]
    groups.sort(key=lambda g: (-g.origin_count, g.first_seen or "9999", g.id))
    return groups


def _group(
    members: Sequence[Quote],
    speaker_entity: Mapping[str, str],
    published: Mapping[str, str | None],
    origin_of: Mapping[str, str],
) -> QuoteGroup:
    def when(q: Quote) -> str:
        return published.get(q.article_id) or "9999"

    ordered = sorted(members, key=lambda q: (when(q), q.article_id, q.start))
    first = ordered[0]
    fullest = max(members, key=lambda q: (q.kind == "direct", len(q.text), -ordered.index(q)))
    named = [q for q in ordered if q.id in speaker_entity]
    described = [q for q in ordered if q.speaker]
    speaker_quote = (
        named[0] if named else (max(described, key=lambda q: len(q.speaker or "")) if described else None)
    )
    kinds = Counter(q.kind for q in members)
    kind: QuoteKind = "direct" if kinds["direct"] else kinds.most_common(1)[0][0]
    article_ids = tuple(dict.fromkeys(q.article_id for q in ordered))
    audience = next((q.audience for q in ordered if q.audience), None)
    return QuoteGroup(
        id=hashlib.sha1(first.id.encode("utf-8")).hexdigest()[:16],
        text=fullest.text,
        kind=kind,
        speaker=speaker_quote.speaker if speaker_quote else None,
        speaker_entity_id=speaker_entity.get(speaker_quote.id) if speaker_quote else None,
        quote_ids=tuple(q.id for q in ordered),
        article_ids=article_ids,
        first_article_id=first.article_id,
        first_seen=published.get(first.article_id),
        origin_count=len({origin_of.get(a, a) for a in article_ids}),
        spans=tuple((q.article_id, q.start, q.end) for q in ordered),
        audience=audience,
    )
