"""Cross-article entity resolution: one :class:`~storyline.records.Entity` per real-world referent.

Input is what :func:`storyline.entities.extract_mentions` returns for each article: mentions whose
``canonical`` already resolves short forms and acronyms inside the article. Resolution then works on *local
names* (one canonical name and type in one article) in three passes, each merge recorded as
:class:`~storyline.records.MergeEvidence`:

1. **Same key.** Names that fold to the same key are one entity: diacritics and case dropped ("Goïta" =
   "Goita"), possessives and a leading "the" dropped, organisation affixes dropped ("PMC Wagner" = "Wagner
   Group" = "Wagner"), each word reduced to a phonetic skeleton ("Sergey" = "Sergei", "Choguel" = "Shogel"),
   places by gazetteer identity ("U.S." = "United States").
2. **Similar names in a shared context.** People with two or more words merge when both the first and the
   last words are close (Jaro-Winkler on skeletons) — never on a shared surname or first name alone;
   organisations when every word is close ("Air Force" is not "Air France") or one is the other's acronym
   (one name per acronym, the most widely reported; never a legal form such as "SA"). A name that is close
   but not identical must also share context: co-occurring entities, or a story
   (``ResolutionContext.story_of``).
3. **Surname only.** A person named only by a surname in some article joins the one full name with that
   surname; when several full names share it, the one whose context overlaps most, else none.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

from storyline.gazetteer import fold, lookup_place, skeleton, strip_accents
from storyline.records import Entity, Mention, MergeEvidence

# A company's legal form after its name ("BNP Paribas SA", "Siemens AG"): the commonest fold away with the
# affixes below; none abbreviates a name of its own (:func:`_acronym_of`).
_FOLDED_LEGAL_FORMS = frozenset({"co", "inc", "ltd", "llc", "plc", "sa", "ag", "gmbh", "nv", "bv"})
_LEGAL_FORMS = _FOLDED_LEGAL_FORMS | frozenset(
    {"se", "spa", "ab", "asa", "oy", "oyj", "kg", "sas", "sarl", "lp", "llp", "pte", "pty", "bhd", "srl"}
)
ORG_AFFIXES = _FOLDED_LEGAL_FORMS | frozenset(
    {"group", "company", "corp", "corporation", "incorporated", "limited", "pmc", "holding", "holdings",
     "the", "operation", "organisation", "organization"}
)  # fmt: skip


def place_led_short_form(name: str) -> str | None:
    """The words after a place that opens an organisation's name, when they are a plural nickname: a team
    is called by it alone ("the Saints" of the New Orleans Saints, "the 76ers" of the Philadelphia 76ers).
    Singular rests are left alone: "Court" of "Superior Court" or "Entertainment" of "Summit
    Entertainment" (Summit, New Jersey) are no names of their own."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for k in range(len(words) - 1, 0, -1):
        if lookup_place(" ".join(words[:k])) is None:
            continue
        rest = words[k:]
        last = rest[-1].lower()
        plural = last.endswith("s") and not last.endswith(("ss", "'s"))
        shaped = all(w[:1].isupper() or w[:1].isdigit() for w in rest)
        if plural and shaped and not all(fold(w) in ORG_AFFIXES for w in rest):
            return " ".join(rest)
        return None
    return None


_FAMILY = {
    "PERSON": "P",
    "ORG": "O",
    "NORP": "N",
    "EVENT": "E",
    "PRODUCT": "R",
    "FAC": "F",
    "GPE": "L",
    "LOC": "L",
}
_MINOR = frozenset({"of", "the", "and", "for", "on", "in", "to", "&", "de", "du", "des", "la", "et"})


@dataclass(frozen=True)
class ResolutionContext:
    """What resolution may use beyond the names: the story of each article (article id → story id), and the
    thresholds. Names that are close but not identical merge only when their articles share a story or
    co-occurring entities."""

    story_of: Mapping[str, str] = field(default_factory=dict)
    person_similarity: float = 0.88
    org_similarity: float = 0.92
    min_context: float = 0.15


@dataclass
class _Group:
    """Local names merged so far (mutable while resolving; never leaves this module)."""

    family: str
    names: Counter[str]
    mentions: list[Mention]
    articles: set[str]
    context: set[str]
    labels: Counter[str]

    def name(self) -> str:
        # The fullest name wins: most words, then most mentions, then alphabetical for stability.
        return min(self.names, key=lambda n: (-len(n.split()), -self.names[n], n))


def _words(name: str, family: str) -> list[str]:
    words = fold(name).replace("-", " ").split()
    if family in ("O", "E", "F", "R"):
        core = [w for w in words if w not in ORG_AFFIXES]
        words = core or words
    return words


def _key(name: str, family: str) -> tuple[str, ...]:
    if family == "L":
        place = lookup_place(name)
        if place is not None:
            return (
                "place",
                place.kind if place.kind != "capital" else "city",
                place.country or "",
                place.name,
            )
    return (family, *(skeleton(w) for w in _words(name, family)))


def _explain(a: str, b: str, family: str) -> tuple[str, float]:
    """Why two names with the same key are one: the most specific difference between them."""
    if fold(a) == fold(b):
        if strip_accents(a) != a or strip_accents(b) != b:
            return "same name but for diacritics", 1.0
        return "same name but for case, article or possessive", 1.0
    wa, wb = fold(a).replace("-", " ").split(), fold(b).replace("-", " ").split()
    if family == "L":
        return "one place in the gazetteer", 1.0
    if [w for w in wa if w not in ORG_AFFIXES] == [w for w in wb if w not in ORG_AFFIXES]:
        affixes = sorted(set(wa) ^ set(wb))
        return f"same name but for the affix {' '.join(affixes)!r}", 0.95
    pairs = [f"{x}~{y}" for x, y in zip(wa, wb, strict=False) if x != y]
    return f"transliteration variant ({', '.join(pairs)})", 0.9


def _similarity(a: str, b: str) -> float:
    return float(JaroWinkler.normalized_similarity(skeleton(a), skeleton(b)))


def _person_score(a: Sequence[str], b: Sequence[str]) -> float:
    """Name similarity of two multi-word person names; 0 unless first and last words both agree."""
    last = _similarity(a[-1], b[-1])
    first_a, first_b = a[0], b[0]
    if len(first_a) == 1 or len(first_b) == 1:  # an initial agrees with any name starting with it
        first = 1.0 if first_a[0] == first_b[0] else 0.0
    else:
        first = _similarity(first_a, first_b)
    if min(last, first) < 0.8:
        return 0.0
    return (last + first) / 2


def _acronym_of(short: str, long_words: Sequence[str]) -> bool:
    bare = short.replace(".", "")
    if not (bare.isupper() and 2 <= len(bare) <= 8) or len(long_words) < 2 or bare.casefold() in _LEGAL_FORMS:
        return False
    return "".join(w[0] for w in long_words if w not in _MINOR) == bare.casefold()


class _Resolver:
    def __init__(self, groups: list[_Group], context: ResolutionContext) -> None:
        self.groups = groups
        self.context = context
        self.parent = list(range(len(groups)))
        self.evidence: dict[int, list[MergeEvidence]] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def merge(self, i: int, j: int, reason: str, score: float) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        items = self.evidence.pop(rj, []) + self.evidence.pop(ri, [])
        a, b = self.groups[i].name(), self.groups[j].name()
        items.append(MergeEvidence(a, b, reason, round(score, 3)))
        self.parent[rj] = ri
        self.evidence[ri] = items

    def shared_context(self, i: int, j: int) -> float:
        """Overlap of co-occurring entities (0 to 1), or 1 when the two share a story."""
        gi, gj = self.groups[i], self.groups[j]
        stories = self.context.story_of
        if stories and {stories.get(a) for a in gi.articles} & {stories.get(a) for a in gj.articles} - {None}:
            return 1.0
        ci, cj = gi.context - {gi.name()}, gj.context - {gj.name()}
        if not ci or not cj:
            return 0.0
        return len(ci & cj) / min(len(ci), len(cj))


def _local_groups(mentions_by_article: Mapping[str, Sequence[Mention]]) -> list[_Group]:
    groups: list[_Group] = []
    for article_id in sorted(mentions_by_article):
        local: dict[tuple[str, str], list[Mention]] = {}
        for mention in mentions_by_article[article_id]:
            local.setdefault((mention.canonical, mention.type), []).append(mention)
        names = {fold(name) for name, _type in local}
        for (name, kind), mentions in local.items():
            aliases = Counter({name: len(mentions)})
            groups.append(
                _Group(
                    _FAMILY.get(kind, "O"),
                    aliases,
                    list(mentions),
                    {article_id},
                    names - {fold(name)},
                    Counter(m.ner_label or m.type for m in mentions),
                )
            )
    return groups


def resolve_entities(
    mentions_by_article: Mapping[str, Sequence[Mention]], context: ResolutionContext | None = None
) -> list[Entity]:
    """Resolve the mentions of many articles (article id → its mentions) into entities.

    ``context`` gives each article's story and the thresholds (defaults when ``None``). Returns entities
    sorted by type then name; each merge of two different names keeps its :class:`MergeEvidence`.
    """
    ctx = context or ResolutionContext()
    groups = _local_groups(mentions_by_article)
    resolver = _Resolver(groups, ctx)
    # Pass 1: same key.
    first_of_key: dict[tuple[str, ...], int] = {}
    for i, group in enumerate(groups):
        key = _key(group.name(), group.family)
        if key in first_of_key:
            j = first_of_key[key]
            a, b = groups[j].name(), group.name()
            if a != b:
                reason, score = _explain(a, b, group.family)
                resolver.merge(j, i, reason, score)
            else:
                resolver.merge(j, i, "same name", 1.0)
        else:
            first_of_key[key] = i
    reps = list(first_of_key.values())
    _merge_people_and_groups(resolver, reps)
    _merge_similar(resolver, reps)
    _merge_surnames(resolver, reps)
    return _entities(resolver)


def _merge_people_and_groups(resolver: _Resolver, reps: Sequence[int]) -> None:
    """The same single name typed PERSON in one article and ORG in another is one entity when NER itself
    hesitated (some of its mentions carry the other type): "Wagner" the group."""
    groups = resolver.groups
    by_core: dict[tuple[str, ...], list[int]] = {}
    for i in reps:
        name = groups[i].name()
        if groups[i].family in ("P", "O") or (groups[i].family == "L" and lookup_place(name) is None):
            by_core.setdefault(tuple(skeleton(w) for w in _words(name, "O")), []).append(i)
    for members in by_core.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                gi, gj = groups[i], groups[j]
                if gi.family == gj.family:
                    continue
                types = {"P": "PERSON", "O": "ORG", "L": "LOC"}
                hesitated = gi.labels[types[gj.family]] or gj.labels[types[gi.family]]
                if hesitated or len(gi.name().split()) > 1:
                    resolver.merge(i, j, "one name that NER typed differently in different articles", 0.8)


def _merge_similar(resolver: _Resolver, reps: Sequence[int]) -> None:
    groups, ctx = resolver.groups, resolver.context
    blocks: dict[tuple[str, str], list[int]] = {}
    for i in reps:
        group = groups[i]
        words = _words(group.name(), group.family)
        if group.family == "P":
            if len(words) > 1:
                blocks.setdefault(("P", skeleton(words[-1])[:3]), []).append(i)
        elif group.family in ("O", "E", "R", "F"):
            for w in words:
                blocks.setdefault(("O", skeleton(w)[:3]), []).append(i)
            if len(words) > 1:
                blocks.setdefault(("A", "".join(w[0] for w in words if w not in _MINOR)), []).append(i)
            elif group.name().replace(".", "").isupper():
                blocks.setdefault(("A", group.name().replace(".", "").casefold()), []).append(i)
    seen: set[tuple[int, int]] = set()
    # An acronym joins one long name only, the most widely reported of those it shares context with, and so
    # does every group written with the same letters: "GM" is General Motors, not also the Grand Marquis,
    # which would make the two one entity.
    spelled: list[tuple[str, int, int, float]] = []  # (letters, acronym group, long name's group, shared)
    for (kind, _), members in blocks.items():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in seen or resolver.find(i) == resolver.find(j):
                    continue
                seen.add((i, j))
                a, b = groups[i].name(), groups[j].name()
                wa, wb = _words(a, groups[i].family), _words(b, groups[j].family)
                if kind == "A":
                    short, long = (i, j) if _acronym_of(a, wb) else (j, i) if _acronym_of(b, wa) else (-1, -1)
                    if short >= 0:
                        shared = resolver.shared_context(i, j)
                        if shared >= ctx.min_context:
                            letters = groups[short].name().replace(".", "").casefold()
                            spelled.append((letters, short, long, shared))
                    continue
                if kind == "P":
                    name_score = _person_score(wa, wb)
                    threshold = ctx.person_similarity
                elif len(wa) == len(wb):
                    # every word close, not the mean: "Air Force" and "Air France" share a word, not a name
                    name_score = min(_similarity(x, y) for x, y in zip(wa, wb, strict=True))
                    threshold = ctx.org_similarity
                else:
                    continue
                if name_score < threshold:
                    continue
                shared = resolver.shared_context(i, j)
                if shared >= ctx.min_context:
                    score = 0.7 * name_score + 0.3 * shared
                    resolver.merge(
                        i, j, f"similar spelling ({name_score:.2f}) and shared context ({shared:.2f})", score
                    )
    reported: Counter[int] = Counter()  # articles naming each entity so far, by its root group
    for k, group in enumerate(groups):
        reported[resolver.find(k)] += len(group.articles)
    best: dict[str, int] = {}
    for letters, _, long, _ in spelled:
        if letters not in best or reported[resolver.find(long)] > reported[resolver.find(best[letters])]:
            best[letters] = long
    for letters, short, long, shared in spelled:
        if long == best[letters]:
            resolver.merge(short, long, f"acronym, with shared context {shared:.2f}", 0.7 + 0.3 * shared)


def _merge_surnames(resolver: _Resolver, reps: Sequence[int]) -> None:
    groups = resolver.groups
    full_by_surname: dict[str, set[int]] = {}
    # People, and names that NER typed a person at least once (it hesitates on unfamiliar surnames).
    skeletons = {
        i: [skeleton(w) for w in _words(groups[i].name(), "P")]
        for i in reps
        if groups[i].family == "P" or (groups[i].labels["PERSON"] and lookup_place(groups[i].name()) is None)
    }
    for i, words in skeletons.items():
        if len(words) > 1 and groups[i].family == "P":
            full_by_surname.setdefault(words[-1], set()).add(i)
    # A partial name is a proper suffix of a fuller name: "Lavrov", "Le Drian" (of "Yves Le Drian").
    for i, words in skeletons.items():
        roots: dict[int, int] = {}
        for j in full_by_surname.get(words[-1], ()):
            if len(skeletons[j]) > len(words) and skeletons[j][-len(words) :] == words:
                roots.setdefault(resolver.find(j), j)
        roots = {r: j for r, j in roots.items() if r != resolver.find(i)}
        if not roots:
            continue
        if len(roots) == 1:
            j = next(iter(roots.values()))
            resolver.merge(j, i, "surname only; the one full name with this surname", 0.8)
            continue
        scored = sorted(((resolver.shared_context(i, j), j) for j in roots.values()), reverse=True)
        if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
            resolver.merge(
                scored[0][1],
                i,
                f"surname only; full name with the most shared context ({scored[0][0]:.2f})",
                0.6,
            )


def _entities(resolver: _Resolver) -> list[Entity]:
    members: dict[int, list[int]] = {}
    for i in range(len(resolver.groups)):
        members.setdefault(resolver.find(i), []).append(i)
    out: list[Entity] = []
    for root, idx in members.items():
        names: Counter[str] = Counter()
        mentions: list[Mention] = []
        for i in idx:
            names.update(resolver.groups[i].names)
            mentions.extend(resolver.groups[i].mentions)
        name = min(names, key=lambda n: (-len(n.split()), -names[n], n))
        types: dict[str, float] = {}
        for m in mentions:
            # the full name's type breaks ties; a title or description with a person's name ("Governor
            # Helena Figueira") is better evidence of a person than the tagger's other guesses elsewhere
            weight = (1.5 if m.canonical == name else 1.0) + (1.0 if m.type == "PERSON" and m.role else 0.0)
            types[m.type] = types.get(m.type, 0.0) + weight
        kind = min(types, key=lambda t: (-types[t], t))
        surface = {" ".join(m.text.split()).strip(" ,.;:") for m in mentions}
        # A dateline's capitals ("BAMAKO") are the name, not another name for it.
        aliases = sorted(
            {a for a in set(names) | surface if a and a.casefold() != name.casefold()}, key=str.casefold
        )
        roles = Counter(r for m in mentions if m.role for r in m.role.split("; "))
        place = lookup_place(name) if kind in ("GPE", "LOC", "FAC") else None
        mentions.sort(key=lambda m: (m.article_id, m.start))
        out.append(
            Entity(
                id=entity_id(name, kind),
                name=name,
                type=kind,
                aliases=tuple(aliases),
                roles=tuple(sorted(roles, key=lambda r: (-roles[r], r))),
                article_ids=tuple(sorted({m.article_id for m in mentions})),
                mention_ids=tuple(m.id for m in mentions),
                coordinates=place.coordinates if place else None,
                place_kind=place.kind if place else None,
                evidence=tuple(
                    dict.fromkeys(
                        e
                        for e in resolver.evidence.get(root, [])
                        if e.reason != "same name" and e.left != e.right
                    )
                ),
            )
        )
    out.sort(key=lambda e: (e.type, e.name.casefold(), e.id))
    return out


def entity_id(name: str, kind: str) -> str:
    """The stable id of an entity: a hash of its type and canonical name."""
    return hashlib.sha1(f"{kind}\0{name}".encode()).hexdigest()[:16]


def entity_of_mentions(entities: Iterable[Entity]) -> dict[str, str]:
    """Map each mention id to the id of its entity."""
    return {m: e.id for e in entities for m in e.mention_ids}
