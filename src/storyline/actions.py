"""Who did what to whom: actor → action → target, read from the dependency parse, merged across a story.

**Classes.** A small set inspired by the CAMEO top level (:data:`storyline.action_verbs.ACTION_CLASSES`):
appeal or request, warn or threaten, negotiate, agree or sign, deny, accuse or criticise, cooperate, deploy or
withdraw forces, use force, sanction, and coerce (CAMEO 17: arrest, detain, capture, seize, charge, sentence),
added because crime and piracy news is full of it. "make statement" is in the set for the lead's positions
view, which builds statements from quotes; :func:`extract_actions` never emits it, since "say" verbs with a
clause are what the quotes stage already covers. The verbs of each class and the gold's guidelines are in
``eval/gold/actions.json`` ("notes").

**Actors and targets** are named: a PERSON, ORG, GPE or NORP mention, a named group (a nationality or place
plus a collective noun: "Indian navy", "Staunton police", "India's navy", "Somali pirates"), or for actors a
pronoun resolved to one ("he" → the nearest person named before it in the sentence or the one before; "it",
"they" → the subject of the reporting verb the clause hangs from, "The navy said *it* arrested"). A bare
common noun ("the government", "the junta", "police") is never an actor: the stage prefers a missing action to
an invented actor. Trade verbs (buy, sell, invest...) and other vague verbs need a named target, and
force-moving verbs (send, withdraw, deploy) need a forces noun ("troops", "its deployment").

**Modality** (first that applies): negated (not, never, unable to), conditional (inside an if / unless
clause), hedged (may, might, could, would, should, is close to, is expected / likely to), future (will,
plans / intends to, headline "X to buy"), reported (reportedly, allegedly, according to, or the content of a
reporting verb), asserted.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.action_verbs import (
    ACTION_CLASSES,
    FORCE_NOUNS,
    FUTURE,
    HEDGES,
    LIGHT_VERBS,
    NEEDS_FORCES,
    NEEDS_TARGET,
    NOUN_CLASS,
    REPORTING,
    VERB_CLASS,
)
from storyline.gazetteer import fold
from storyline.nlp import text_of
from storyline.records import Article, Mention, TimeExpression

__all__ = [
    "ACTION_CLASSES",
    "Action",
    "ActionGroup",
    "action_key",
    "extract_actions",
    "merge_actions",
    "positions",
]

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_TYPES = frozenset({"GPE", "LOC"})
MODALITIES = ("asserted", "reported", "hedged", "negated", "future", "conditional")
# Collective nouns that a nationality or place name turns into a named group ("Indian navy").
GROUP_NOUNS = frozenset(
    {
        "navy",
        "army",
        "police",
        "forces",
        "force",
        "troops",
        "military",
        "government",
        "junta",
        "ministry",
        "commandos",
        "pirates",
        "airlines",
        "administration",
        "board",
        "team",
        "soldiers",
        "marines",
        "warship",
        "authorities",
        "officials",
        "rebels",
        "militants",
        "socialists",
        "parliament",
        "council",
        "company",
        "coalition",
    }
)
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUNS_GROUP = frozenset({"it", "they", "them"})
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_OBJ = ("dobj", "obj", "dative", "attr", "oprd")
_TARGET_PREPS = frozenset(
    {"to", "with", "against", "from", "on", "at", "towards", "toward", "in", "into", "of"}
)
_NEG = frozenset({"not", "n't", "never", "no"})


@dataclass(frozen=True)
class Action:
    """One action in one article: who (``actor``) did what (``action_class``, the ``verb`` trigger) to whom.

    ``actor`` is the full name the actor mention stands for in the article ("Florence Parly" for "Parly", the
    antecedent's name for a pronoun); ``actor_start``/``actor_end`` locate the words in the text (the pronoun
    itself when it is one) and ``actor_mention_id`` the :class:`Mention` it is or refers to (``None`` for a
    named group without a mention of its own). ``target`` likewise, or ``None`` when the action has no named
    target. ``verb``/``verb_start``/``verb_end`` are the trigger; ``modality`` one of :data:`MODALITIES`;
    ``date`` the TimeML value of a time expression in the same sentence (``None`` when there is none);
    ``place`` a GPE/LOC name in the sentence that is neither actor nor target; ``sentence`` its text.
    """

    id: str
    article_id: str
    actor: str
    actor_start: int
    actor_end: int
    actor_mention_id: str | None
    action_class: str
    verb: str
    verb_start: int
    verb_end: int
    target: str | None
    target_start: int | None
    target_end: int | None
    target_mention_id: str | None
    modality: str
    date: str | None
    place: str | None
    sentence_start: int
    sentence_end: int
    sentence: str


@dataclass(frozen=True)
class ActionGroup:
    """One action across a story's articles: the same actor, class and target, however many outlets tell it.

    ``actor_key``/``target_key`` are what grouped it (an entity id, or a folded name); ``text`` is the
    clearest sentence (asserted over reported over hedged, then the shortest); ``modalities`` every modality
    seen; ``date`` the earliest date the articles state for it (``None`` when none does: a publication date
    is not the date of the action), ``first_reported`` the earliest publication date among them;
    ``origin_count`` distinct origins among ``article_ids``.
    """

    id: str
    actor: str
    actor_key: str
    action_class: str
    target: str | None
    target_key: str | None
    action_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    origin_count: int
    date: str | None
    text: str
    modalities: tuple[str, ...]
    spans: tuple[tuple[str, int, int], ...] = ()  # (article id, start, end) of each action's sentence
    first_reported: str | None = None


@dataclass(frozen=True)
class _Named:
    text: str
    start: int
    end: int
    mention: Mention | None


# -- finding names on the parse


def _mention_at(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if m.start < end and start < m.end and m.type in ACTOR_TYPES), None)


def _named(token: Any, mentions: Sequence[Mention], allow_pronoun: bool) -> _Named | None:
    """The name ``token`` (the head of a subject or object) is or stands for, if it is named."""
    if token.text.lower() in ("who", "which", "that") and token.head.dep_ == "relcl":
        return _named(token.head.head, mentions, allow_pronoun)
    mention = _mention_at(mentions, token.idx, token.idx + len(token.text))
    if mention is not None:
        return _Named(mention.canonical, mention.start, mention.end, mention)
    low = token.text.lower()
    # "Indian navy", "Obama team", "Thai trawler" (targets), "Philadelphia 76ers" (a name NER missed)
    name_shaped = token.text[:1].isupper() or token.text[:1].isdigit()
    if low in GROUP_NOUNS or name_shaped or not allow_pronoun:
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < token.i:
                inner = _mention_at(mentions, child.idx, child.idx + len(child.text))
                if inner is not None and (low in GROUP_NOUNS or name_shaped or inner.type in ("GPE", "NORP")):
                    start = inner.start
                    end = token.idx + len(token.text)
                    return _Named(text_of(token.doc)[start:end], start, end, None)
    if allow_pronoun and (low in _PRONOUNS_PERSON or low in _PRONOUNS_GROUP):
        found = _antecedent(token, mentions)
        if found is not None:
            return _Named(found.text, token.idx, token.idx + len(token.text), found.mention)
    return None


def _antecedent(token: Any, mentions: Sequence[Mention]) -> _Named | None:
    low = token.text.lower()
    # "The Indian navy said it arrested ...", "The officer says he killed ...": the reporting verb's subject.
    for head in _heads(token):
        if head.text.lower() in REPORTING:
            subject = next((c for c in head.children if c.dep_ in _SUBJ), None)
            if subject is not None and subject.text.lower() not in _PRONOUNS_GROUP | _PRONOUNS_PERSON:
                return _named(subject, mentions, allow_pronoun=False)
    if low in _PRONOUNS_GROUP:
        return None
    sent = token.sent
    previous = token.doc[sent.start - 1].sent if sent.start > 0 else sent
    people = [
        m for m in mentions if m.type == "PERSON" and previous.start_char <= m.start and m.end <= token.idx
    ]
    if not people:
        return None
    doc = token.doc
    subjects = [
        m
        for m in people
        if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        and span.root.dep_ in ("nsubj", "nsubjpass")
    ]
    m = (subjects or people)[-1]
    return _Named(m.canonical, m.start, m.end, m)


def _heads(token: Any) -> Iterable[Any]:
    while token.head.i != token.i:
        token = token.head
        yield token


# -- the clause around a trigger


def _subject_of(verb: Any) -> tuple[Any | None, bool]:
    """The subject token of ``verb`` and whether the verb is passive, inheriting through xcomp/conj/advcl."""
    seen = 0
    current = verb
    while current is not None and seen < 6:
        seen += 1
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in current.children)
        for child in current.children:
            if child.dep_ == "agent":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, True
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None:
            return subject, passive and current.i == verb.i
        if passive and current.i == verb.i:
            return None, True
        if current.dep_ == "relcl":
            return current.head, False
        if current.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "acomp", "prep"):
            current = current.head
            continue
        if current.dep_ == "acl" and current.text.endswith("ed"):
            return None, True
        break
    return None, False


def _object_tokens(verb: Any, passive: bool) -> list[Any]:
    out: list[Any] = []
    if passive:
        out.extend(c for c in verb.children if c.dep_ == "nsubjpass")
        if verb.dep_ == "acl":
            out.append(verb.head)
    out.extend(c for c in verb.children if c.dep_ in _OBJ or (c.dep_ == "appos" and verb.dep_ == "dobj"))
    if not out:  # "arrested and charged X": the object of the conjoined verb
        for conj in (c for c in verb.children if c.dep_ == "conj"):
            out.extend(c for c in conj.children if c.dep_ in _OBJ)
    for child in verb.children:
        if child.dep_ == "prep" and child.text.lower() in _TARGET_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        if child.dep_ in ("ccomp", "xcomp"):
            out.extend(g for g in child.children if g.dep_ == "nsubj")
        if child.dep_ == "prt":
            for sub in child.children:
                if sub.dep_ == "pobj":
                    out.append(sub)
    return out


def _target(tokens: Sequence[Any], mentions: Sequence[Mention], actor: _Named) -> _Named | None:
    for token in tokens:
        found = _named(token, mentions, allow_pronoun=False)
        if found is None and token.text.lower() in ("him", "her", "them"):
            found = _named(token, mentions, allow_pronoun=True)
        if found is None:
            # "a score of Airbus A320 jets", "six percent of automaker Chrysler": the name nearest the head
            inside = []
            for sub in token.subtree:
                if any(h.text.lower() == "than" for h in _heads(sub) if h.i > token.i or h.i < sub.i):
                    continue
                if sub.dep_ in ("compound", "pobj", "appos", "poss", "amod", "nmod") and sub.i != token.i:
                    mention = _mention_at(mentions, sub.idx, sub.idx + len(sub.text))
                    if mention is not None and mention.type in ("ORG", "PERSON", "GPE"):
                        inside.append((abs(sub.i - token.i), mention))
            if inside:
                mention = min(inside, key=lambda x: x[0])[1]
                found = _Named(mention.canonical, mention.start, mention.end, mention)
        overlaps = found is not None and found.start < actor.end and actor.start < found.end
        if found is not None and not overlaps and fold(found.text) != fold(actor.text):
            return found
    return None


def _modality(trigger: Any, verb: Any) -> str:
    chain = [verb, *list(_heads(verb))[:3]]
    sentence_words = {t.text.lower() for t in verb.sent}
    local = {
        c.text.lower() for v in chain[:3] for c in v.children if c.dep_ in ("neg", "aux", "advmod", "mark")
    }
    near = {c.text.lower() for c in verb.children} | {t.text.lower() for t in chain}
    if local & _NEG and (chain[0].children and any(c.dep_ == "neg" for v in chain[:2] for c in v.children)):
        return "negated"
    if "unable" in near or "failed" in near:
        return "negated"
    for v in chain:
        if v.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.text.lower() in ("if", "unless") for c in v.children
        ):
            return "conditional"
        if v.dep_ == "advcl" and v.i != verb.i:
            break
    if local & HEDGES or near & {"likely", "expected", "close", "considering"}:
        return "hedged"
    if local & FUTURE or near & FUTURE or _headline_infinitive(verb):
        return "future"
    if sentence_words & {"reportedly", "allegedly"} or "according" in sentence_words:
        return "reported"
    if any(h.text.lower() in REPORTING for h in _heads(verb)) or any(
        c.dep_ in ("parataxis", "ccomp") and c.text.lower() in REPORTING for c in verb.children
    ):
        return "reported"
    return "asserted"


def _headline_infinitive(verb: Any) -> bool:
    """ "DaimlerChrysler to sell Chrysler Group": a verbless headline announcing a future action."""
    if verb.dep_ != "ROOT" and not (verb.dep_ in ("xcomp", "acl", "relcl") and verb.head.dep_ == "ROOT"):
        return False
    has_to = any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
    root = verb.sent.root
    return has_to and (root.i == verb.i or not any(c.dep_ == "nsubj" for c in root.children))


def _class_of(token: Any) -> tuple[str, Any] | None:
    """The class a trigger token stands for, and the verb that carries its clause."""
    low = token.text.lower()
    if low in NOUN_CLASS and token.dep_ in ("dobj", "pobj", "attr", "nsubjpass"):
        head = token.head.head if token.dep_ == "pobj" else token.head
        if head.text.lower() in LIGHT_VERBS or (token.dep_ == "pobj" and token.head.text.lower() == "in"):
            return NOUN_CLASS[low], head
        return None
    if low not in VERB_CLASS or token.dep_ in ("compound", "amod", "nsubj", "dobj", "pobj", "poss"):
        return None
    if token.dep_ in ("attr",):
        return None
    cls = VERB_CLASS[low]
    if low in NEEDS_FORCES:
        objects = {c.text.lower() for o in _object_tokens(token, False) for c in o.subtree}
        if not objects & FORCE_NOUNS:
            return None
    if low.startswith("fir") and any(c.dep_ == "dobj" for c in token.children):
        obj = next(c for c in token.children if c.dep_ == "dobj")
        if obj.ent_type_ == "PERSON" or obj.text.lower() in ("coach", "manager"):
            cls = "sanction"
    if low.startswith("charg") and not any(c.text.lower() == "with" for c in token.children):
        return None
    if low in ("part", "parts", "parted", "parting") and not any(
        c.text.lower() == "ways" for c in token.children
    ):
        return None
    if low.startswith("press") and not any(c.text.lower() == "for" for c in token.children):
        return None
    if low.startswith("ward") and not any(c.text.lower() == "off" for c in token.children):
        return None
    if low.startswith(("swung", "swing")) and not any(c.text.lower() == "into" for c in token.children):
        return None
    return cls, token


# -- the stage


def extract_actions(
    article: Article, doc: Any, mentions: Sequence[Mention], timexes: Sequence[TimeExpression] = ()
) -> list[Action]:
    """The actions of ``article`` (see the module docstring), in text order.

    ``doc`` is the text parsed by :func:`storyline.entities.nlp_model` (dependency labels, entities and
    sentences; no tags or lemmas), ``mentions`` the article's :func:`~storyline.entities.extract_mentions`,
    ``timexes`` its time expressions (for ``date``). An action is kept only with a named actor.
    """
    if not article.text.strip() or doc is None or len(doc) == 0:
        return []
    out: list[Action] = []
    seen: set[tuple[int, int]] = set()
    for token in doc:
        found = _class_of(token)
        if found is None:
            continue
        cls, verb = found
        subject, passive = _subject_of(verb)
        if subject is None:
            continue
        actor = _named(subject, mentions, allow_pronoun=True)
        if actor is None:
            continue
        objects = _object_tokens(verb, passive)
        if token.i != verb.i:
            objects = [o for o in objects + _object_tokens(token, False) if o.i != token.i]
        target = _target(objects, mentions, actor)
        low = token.text.lower()
        if target is None and (low in NEEDS_TARGET or (passive and cls != "coerce")):
            continue
        if (token.i, actor.start) in seen:
            continue
        seen.add((token.i, actor.start))
        sent = token.sent
        out.append(_record(article, token, verb, cls, actor, target, sent, mentions, timexes))
    return out


def _record(
    article: Article,
    token: Any,
    verb: Any,
    cls: str,
    actor: _Named,
    target: _Named | None,
    sent: Any,
    mentions: Sequence[Mention],
    timexes: Sequence[TimeExpression],
) -> Action:
    start, end = token.idx, token.idx + len(token.text)
    dates = [t for t in timexes if sent.start_char <= t.start and t.end <= sent.end_char and t.type == "DATE"]
    date = min(dates, key=lambda t: abs(t.start - start)).value if dates else None
    used = {(actor.start, actor.end)} | ({(target.start, target.end)} if target else set())
    places = [
        m
        for m in mentions
        if m.type in PLACE_TYPES
        and sent.start_char <= m.start < sent.end_char
        and not any(m.start < e and s < m.end for s, e in used)
    ]
    key = f"{article.id}:{start}:{actor.start}"
    return Action(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        article_id=article.id,
        actor=actor.text,
        actor_start=actor.start,
        actor_end=actor.end,
        actor_mention_id=actor.mention.id if actor.mention else None,
        action_class=cls,
        verb=token.text,
        verb_start=start,
        verb_end=end,
        target=target.text if target else None,
        target_start=target.start if target else None,
        target_end=target.end if target else None,
        target_mention_id=target.mention.id if target and target.mention else None,
        modality=_modality(token, verb),
        date=date,
        place=places[0].canonical if places else None,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        sentence=sent.text,
    )


# -- across a story


def action_key(action: Action, entity_of: Mapping[str, str] | None = None) -> tuple[str, str, str | None]:
    """(actor key, class, target key): an entity id where ``entity_of`` (mention id → entity id) knows the
    mention, else the folded name without a leading "the"."""

    def one(name: str | None, mention_id: str | None) -> str | None:
        if name is None:
            return None
        if entity_of and mention_id and mention_id in entity_of:
            return entity_of[mention_id]
        return re.sub(r"^the ", "", fold(name))

    actor = one(action.actor, action.actor_mention_id) or ""
    return actor, action.action_class, one(action.target, action.target_mention_id)


_CLARITY = {"asserted": 0, "reported": 1, "future": 2, "hedged": 3, "conditional": 4, "negated": 5}


def merge_actions(
    actions_by_article: Mapping[str, Sequence[Action]],
    origin_of: Mapping[str, str],
    published: Mapping[str, str | None],
    entity_of: Mapping[str, str] | None = None,
    key: Callable[[Action, Mapping[str, str] | None], tuple[str, str, str | None]] = action_key,
) -> list[ActionGroup]:
    """Group a story's actions by (actor, class, target) across articles; most origins first.

    ``origin_of`` maps an article id to its origin id (an article missing from it is its own origin);
    ``published`` an article id to its ISO publication date (``first_reported``); ``entity_of`` mention id
    → entity id, so that "Parly" and "Florence Parly" in two outlets are one actor.
    """
    groups: dict[tuple[str, str, str | None], list[Action]] = {}
    for article_id in sorted(actions_by_article):
        for action in actions_by_article[article_id]:
            groups.setdefault(key(action, entity_of), []).append(action)
    out = []
    for (actor_key, cls, target_key), actions in groups.items():
        articles = tuple(dict.fromkeys(a.article_id for a in actions))
        origins = {origin_of.get(a, a) for a in articles}
        dates = [a.date for a in actions if a.date and a.date[:1].isdigit()]
        fallback = [d for a in articles if (d := published.get(a))]
        clearest = min(actions, key=lambda a: (_CLARITY.get(a.modality, 9), len(a.sentence), a.article_id))
        gid = hashlib.sha1(f"{actor_key}|{cls}|{target_key}".encode()).hexdigest()[:16]
        out.append(
            ActionGroup(
                id=gid,
                actor=clearest.actor,
                actor_key=actor_key,
                action_class=cls,
                target=clearest.target,
                target_key=target_key,
                action_ids=tuple(a.id for a in actions),
                article_ids=articles,
                origin_count=len(origins),
                date=min(dates) if dates else None,
                first_reported=min(fallback) if fallback else None,
                text=" ".join(clearest.sentence.split()),
                modalities=tuple(m for m in MODALITIES if any(a.modality == m for a in actions)),
                spans=tuple((a.article_id, a.sentence_start, a.sentence_end) for a in actions),
            )
        )
    return sorted(out, key=lambda g: (-g.origin_count, -len(g.article_ids), g.actor, g.action_class))


def positions(groups: Iterable[ActionGroup], top: int | None = None) -> dict[str, list[ActionGroup]]:
    """What each actor did: actor name → its groups (most origins first), actors by total origins.

    ``top`` keeps that many actors (the story's main ones); the lead adds what they said from quotes.
    """
    by_actor: dict[str, list[ActionGroup]] = {}
    names: dict[str, str] = {}
    for group in groups:
        by_actor.setdefault(group.actor_key, []).append(group)
        names.setdefault(group.actor_key, group.actor)
    ranked = sorted(by_actor, key=lambda k: (-sum(g.origin_count for g in by_actor[k]), names[k]))
    if top is not None:
        ranked = ranked[:top]
    return {names[k]: sorted(by_actor[k], key=lambda g: -g.origin_count) for k in ranked}
