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


def same_words(a: str, b: str) -> bool:
    """Whether two quotations say the same thing: equal, one trimmed from the other, or reworded a little."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < MIN_WORDS:
        return False
    if _contains(long, short):
        return True
    cs, cl = _content(short), _content(long)
    return len(cs) >= MIN_WORDS and len(cs & cl) >= REWORDED * len(cs)


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
    words = [_words(q.text) for q in quotes]
    # Candidates share a rare-enough word; the full test runs only on them.
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in set(ws) - STOP_WORDS:
            index[w].append(i)
    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, ws in enumerate(words):
        seen: set[int] = set()
        for w in set(ws) - STOP_WORDS:
            for j in index[w]:
                if j <= i or j in seen:
                    continue
                seen.add(j)
                if find(i) == find(j) or not _compatible(keys[i], keys[j]):
                    continue
                if same_words(quotes[i].text, quotes[j].text):
                    parent[find(j)] = find(i)
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
