"""The event a time expression dates, read off the dependency parse: the helpers of :mod:`storyline.timeline`.

The parse comes from :func:`storyline.entities.nlp_model`, which runs without tagger and lemmatizer: there
are no part-of-speech tags and no lemmas, only dependency labels, named entities and sentences. So a verb is
told from a noun by its dependants and its own label (a token with a subject, an auxiliary or an object is a
verb), and verb forms are folded to a stem by small English rules (:func:`predicate_key`).

**Attachment.** From the expression's root token: "on Monday" (``pobj`` of a preposition) dates the
preposition's head; "last week" (``npadvmod``) or "Monday's" (``poss``) dates its head directly. When that
head is a form of "be" or a verb of occurrence ("happened", "took place") with a subject, the subject is the
event ("the meeting was on Monday" → meeting). An expression that is its sentence's root (a date line) dates
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.sentences import BE_FORMS

__all__ = ["Attachment", "attach", "is_reporting", "predicate_key"]

Token = Any  # a spaCy token; spaCy ships no type stubs worth depending on here

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_VERB_CHILDREN = _SUBJECTS | {
    "aux",
    "auxpass",
    "dobj",
    "ccomp",
    "xcomp",
    "neg",
    "prt",
    "agent",
    "dative",
    "acomp",
}
_NOUN_CHILDREN = frozenset({"det", "amod", "compound", "poss", "nummod", "case"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "pcomp", "acl", "csubj", "parataxis"})
_VERB_GROUP = frozenset({"aux", "auxpass", "neg", "prt"})
_OBJECTS = ("dobj", "attr", "oprd", "acomp", "dative", "agent")
_DIRECT = frozenset(
    {"npadvmod", "tmod", "advmod", "poss", "compound", "nmod", "amod", "appos", "obl", "nummod"}
)
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_BE = BE_FORMS | {"'s", "’s"}
_OCCUR = frozenset({"happen", "occur", "take"})
# Prepositions after which the date is when the event happened; others ("since", "by", "before", "until")
# bound it, and the timeline leaves such events out.
AT_THE_TIME = frozenset({"", "on", "in", "at", "during", "of", "over", "throughout", "within", "as"})

# Verbs of saying: "Lavrov said on Saturday that ..." dates the statement, not what it reports.
_REPORTING = frozenset(
    [
        "say",
        "tell",
        "state",
        "announce",
        "add",
        "report",
        "claim",
        "confirm",
        "deny",
        "insist",
        "explain",
        "warn",
        "note",
        "write",
        "declare",
        "reveal",
        "assert",
        "acknowledge",
        "admit",
        "argue",
        "suggest",
        "comment",
        "describe",
        "stress",
        "emphasise",
        "emphasize",
        "indicate",
        "mention",
        "reiterate",
        "repeat",
        "reply",
        "respond",
        "predict",
        "promise",
        "vow",
        "pledge",
        "urge",
        "call",
    ]
)
_IRREGULAR: dict[str, str] = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "met": "meet",
    "took": "take",
    "taken": "take",
    "made": "make",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "came": "come",
    "began": "begin",
    "begun": "begin",
    "left": "leave",
    "held": "hold",
    "sold": "sell",
    "bought": "buy",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "lost": "lose",
    "won": "win",
    "got": "get",
    "gotten": "get",
    "saw": "see",
    "seen": "see",
    "found": "find",
    "brought": "bring",
    "sent": "send",
    "spent": "spend",
    "built": "build",
    "paid": "pay",
    "kept": "keep",
    "led": "lead",
    "struck": "strike",
    "shot": "shoot",
    "spoke": "speak",
    "spoken": "speak",
    "knew": "know",
    "known": "know",
    "grew": "grow",
    "grown": "grow",
    "drew": "draw",
    "drawn": "draw",
    "chose": "choose",
    "chosen": "choose",
    "broke": "break",
    "broken": "break",
    "flew": "fly",
    "flown": "fly",
    "hit": "hit",
    "cut": "cut",
    "put": "put",
    "set": "set",
    "quit": "quit",
    "shut": "shut",
    "ran": "run",
    "sat": "sit",
    "stood": "stand",
    "thought": "think",
    "sought": "seek",
    "fought": "fight",
    "caught": "catch",
    "taught": "teach",
    "felt": "feel",
    "meant": "mean",
    "heard": "hear",
    "understood": "understand",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "became": "become",
    "overtook": "overtake",
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "being": "be",
    "am": "be",
    "has": "have",
    "had": "have",
    "having": "have",
    "did": "do",
    "does": "do",
    "done": "do",
    "happened": "happen",
    "occurred": "occur",
}
_REPORTING_KEYS = frozenset(w.removesuffix("e") if len(w) > 3 else w for w in _REPORTING)
_DOUBLED = re.compile(r"([bdfgklmnprtvz])\1$")


def predicate_key(word: str) -> str:
    """A crude stem of a verb or noun form, so that "announced", "announces", "announcing" and "announce"
    compare equal (all "announc"; "said" → "say", "stopped" → "stop", "studies" → "study"): irregular forms
    from a table, then "-ing", "-ed", "-s" and a final "e" dropped, a doubled final consonant undoubled."""
    w = word.casefold().strip(".,;:'’\"")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            if _DOUBLED.search(stem) and not stem.endswith(("ll", "ss", "zz")):
                return stem[:-1]
            if stem.endswith("i") and suffix == "ed":
                return stem[:-1] + "y"
            return stem.removesuffix("e")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    return w.removesuffix("e") if len(w) > 3 else w


def is_reporting(word: str) -> bool:
    """Whether a verb form is a verb of saying ("said", "told", "announces", "warning")."""
    return predicate_key(word) in _REPORTING_KEYS


def _is_verb(token: Token) -> bool:
    """A verb by its dependants or label; else a noun when it has a noun's modifiers; else a verb when its
    form says so ("met", "announced") or it is the sentence root."""
    children = [c.dep_ for c in token.children]
    if any(dep in _VERB_CHILDREN for dep in children):
        return True
    if token.dep_ in _CLAUSES or (token.dep_ == "conj" and token.head.i != token.i and _is_verb(token.head)):
        return True
    if any(dep in _NOUN_CHILDREN for dep in children):
        return False
    word = token.text.casefold()
    return token.dep_ == "ROOT" or word.endswith("ed") or (word in _IRREGULAR and _IRREGULAR[word] != "be")


@dataclass(frozen=True)
class Attachment:
    """What one time expression dates: the event's head token and its extractive phrase, as token indices
    and character offsets, with its subject, the preposition before the date and the event's kind."""

    head: int
    start: int
    end: int
    clause_start: int
    clause_end: int
    kind: str  # "event" (a verb), "statement" (a verb of saying) or "nominal" (a noun: "the coup")
    relation: str
    subject: int | None
    has_object: bool


def _span(tokens: Iterable[Token]) -> tuple[int, int]:
    items = list(tokens)
    return min(t.i for t in items), max(t.i for t in items)


def _noun_phrase(token: Token, limit: int = 8) -> tuple[int, int]:
    """Token range of a noun phrase: its whole subtree when short, else its left modifiers and itself."""
    left, right = token.left_edge.i, token.right_edge.i
    if right - left < limit:
        return left, right
    lefts = [t for t in token.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod")]
    start = min((t.left_edge.i for t in lefts), default=token.i)
    end = token.i
    for child in token.rights:  # a short "of" phrase keeps "the withdrawal of its troops" whole
        if child.dep_ == "prep" and child.i == end + 1 and child.right_edge.i - start < limit:
            end = child.right_edge.i
            break
    return start, end


def _governor(root: Token) -> tuple[Token | None, str]:
    """The token a time expression's root modifies, and the preposition between them ("" when none)."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i != root.i:
        prep = root.head
        return (prep.head if prep.head.i != prep.i else None), prep.text.casefold()
    if root.dep_ in _DIRECT or root.dep_ in ("dobj", "attr", "conj", "pobj") or root.dep_ in _SUBJECTS:
        return (root.head if root.head.i != root.i else None), ""
    return None, ""


def attach(doc: Any, start: int, end: int, limit: int = 30) -> Attachment | None:
    """The event the time expression at characters ``start``–``end`` of ``doc`` dates, or ``None``.

    ``limit`` caps the phrase in tokens (a longer one falls back to subject, verb and object heads).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head, relation = _governor(span.root)
    # Climb out of the expression's own noun phrase ("the September 13 meeting") and of conjoined dates.
    seen = 0
    while head is not None and span.start <= head.i < span.end and seen < 4:
        head, relation = _governor(head)
        seen += 1
    if head is None or span.start <= head.i < span.end or head.is_punct:
        return None
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS and c.dep_ != "expl"), None)
    key = predicate_key(head.text)
    if subject is not None and (head.text.casefold() in _BE or key in _OCCUR) and not subject.is_stop:
        head, subject = subject, None  # "the meeting was on Monday": the meeting is the event
    verb = _is_verb(head)
    if not verb:
        first, last = _noun_phrase(head, limit=10)
        clause = head
        while clause.dep_ not in ("ROOT",) and not _is_verb(clause) and clause.head.i != clause.i:
            clause = clause.head
        return Attachment(
            head.i, first, last, clause.left_edge.i, clause.right_edge.i, "nominal", relation, None, False
        )
    if subject is None and head.dep_ == "conj":  # "it took power and promised elections": shared subject
        subject = next((c for c in head.head.children if c.dep_ in _SUBJECTS), None)
    parts: list[tuple[int, int]] = [(head.i, head.i)]
    parts.extend((c.i, c.i) for c in head.children if c.dep_ in _VERB_GROUP)
    if subject is not None and subject.i < head.i and subject.head.i == head.i:
        parts.append(_noun_phrase(subject, limit=7))
        if head.dep_ == "relcl" and subject.text.casefold() in _RELATIVE and head.head.i < subject.i:
            parts.append(_noun_phrase(head.head, limit=1))  # "the discussions, which were first reported"
    elif subject is None and head.dep_ == "acl" and head.head.i < head.i:
        # a participle describing a noun is told with it: "a history of cooperation going back to ..."
        parts.append(_noun_phrase(head.head, limit=4))
    reporting = is_reporting(head.text)
    objects = [c for c in head.children if c.dep_ in _OBJECTS and not span.start <= c.i < span.end]
    for obj in objects[:2]:
        parts.append(_noun_phrase(obj))
    if reporting:
        content = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp")), None)
        if content is not None:
            first = content.left_edge.i
            parts.append((first, min(content.right_edge.i, first + 14)))
    elif not objects:  # "met with her counterpart": the first prepositional phrase after the verb
        prep = next(
            (
                c
                for c in head.rights
                if c.dep_ in ("prep", "xcomp") and not c.i <= span.start <= c.right_edge.i
            ),
            None,
        )
        if prep is None:  # "going back to Mali's independence": the phrase an adverb leads
            prep = next(
                (
                    c
                    for c in head.rights
                    if c.dep_ == "advmod"
                    and any(g.dep_ == "prep" for g in c.children)
                    and not c.i <= span.start <= c.right_edge.i
                ),
                None,
            )
        if prep is not None:
            parts.append((prep.i, min(prep.right_edge.i, prep.i + 8)))
    first, last = min(p[0] for p in parts), max(p[1] for p in parts)
    if last - first >= limit:  # too long: heads only
        heads = [head] + ([subject] if subject is not None and subject.head.i == head.i else []) + objects[:1]
        first, last = _span(heads)
    clause_first, clause_last = head.left_edge.i, head.right_edge.i
    if subject is not None:
        clause_first, clause_last = (
            min(clause_first, subject.left_edge.i),
            max(clause_last, subject.right_edge.i),
        )
    return Attachment(
        head.i,
        first,
        last,
        clause_first,
        clause_last,
        "statement" if reporting else "event",
        relation,
        subject.i if subject is not None else None,
        bool(objects),
    )


def trim_range(doc: Any, first: int, last: int) -> tuple[int, int]:
    """Character offsets of tokens ``first``–``last`` without punctuation or a leading "that" at the edges."""
    while first < last and (doc[first].is_punct or doc[first].dep_ in ("mark", "cc")):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].dep_ == "cc"):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def overlapping(mentions: Sequence[Any], start: int, end: int) -> list[Any]:
    """The mentions that lie inside characters ``start``–``end``."""
    return [m for m in mentions if start <= m.start and m.end <= end]
