"""The sentences a brief may quote: which sentences of an article can stand alone (cleaning), and when one
sentence carries another (the test every citation of a brief passes).

**Clean.** Sentences of :func:`storyline.sentences.split_sentences`, kept when they read as a sentence: 6 to
60 words, a verb-like word, closing punctuation (headings, captions, datelines and bylines have none),
balanced quotation marks, and no boilerplate (links, Markdown residue, "Read more", "All rights reserved"). A
dateline ("PARIS (AFP) –") is cut off the front first.

**Carries.** A sentence carries another when it is near-identical (content-word Jaccard 0.6 or more) or holds
85% of its content words (a sentence of eight or more), with the same numbers and negations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.fact_words import stem as fold
from storyline.metadata import CALENDAR_WORDS, dateline_end
from storyline.records import Article
from storyline.sentences import content_words, normal_words, split_sentences

__all__ = [
    "CONNECTIVE_START",
    "PRONOUN_START",
    "Candidate",
    "candidate",
    "candidates",
    "carries",
    "carries_candidate",
    "jaccard",
    "leans_on_someone_before",
    "redundant",
]


@dataclass(frozen=True)
class Candidate:
    article_id: str
    start: int
    end: int
    text: str
    words: frozenset[str]  # content words: citations compare these
    terms: frozenset[str]  # content words with verb endings folded ("hiring", "hire" → "hir"): scoring
    marks: frozenset[str]  # numbers and negations
    rank: int  # position among its article's clean sentences; -1 when not clean
    clean: bool


# -- clean sentences

_MIN_WORDS, _MAX_WORDS = 6, 60
_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_BOILERPLATE = re.compile(
    r"\*\*|\]\(|\[|https?://|www\.|@\w+\.\w|©|\|"
    r"|\b(?:read more|click here|subscribe|sign up|newsletter|all rights reserved|copyright|cookies"
    r"|related (?:article|stories|coverage)|follow us|advertisement|getty images|photo:|image:)",
    re.I,
)
_BYLINE = re.compile(r"^(?:By|From|Reporting by|Written by|Editing by)\s+[A-Z]", re.I)
_VERB_LIST = """is are was were be been being am has have had do does did will would shall should can could
    may might must said says say told tells tell made make makes took take takes gave give gives went go goes
    came come comes met meet meets sent send held hold holds left leave leaves led lead won lost began begin
    become became saw see knew know found find struck hit hits put set cut run ran got get gets kept keep
    sought seek fled flee fell fall felt brought bring thought think spoke speak wrote write rose rise paid
    pay sold sell shot shoot built build quit bought buy meant mean stood stand"""
_VERBS = frozenset(_VERB_LIST.split())
_PRONOUNS = "he she they it this these those his her their its him them we"
# Openings that lean on a sentence before them.
_CONNECTIVES = "earlier meanwhile however but also instead still later then thus so yet"
PRONOUN_START, CONNECTIVE_START = frozenset(_PRONOUNS.split()), frozenset(_CONNECTIVES.split())
# Pronouns that stand for people, and words written in capitals that name no one (a sentence's opening
# words, participles and adverbs, days and months).
# (subject and object pronouns only: a possessive often looks ahead, "In his speech, the Prime Minister ...")
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "him", "them"})
_OPENER_LIST = """the a an in on at for with by from to of as after before during while when if although
    though because since until once particular meanwhile however but also instead still later then thus so
    yet earlier according despite under over among about last this that these those it its there here what
    why how where who some many most several both all each one two three speaking describing asked following
    citing responding addressing writing announcing commenting referring explaining noting adding separately
    additionally finally currently recently previously initially eventually similarly likewise furthermore
    moreover"""
_OPENERS = frozenset(_OPENER_LIST.split()) | CALENDAR_WORDS
_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def leans_on_someone_before(text: str) -> bool:
    """Whether the sentence speaks of a person by pronoun before naming anyone: "In particular, he
    stated ...", "Speaking to the public he said ..." point at someone out of the brief's sight."""
    for word in _WORD_TOKEN.findall(text):
        low = word.lower()
        if low in _PEOPLE_PRONOUNS:
            return True
        if word[:1].isupper() and low not in _OPENERS:
            return False  # someone or something named first: "Obama said he ..."
    return False


def _has_verb(words: Sequence[str]) -> bool:
    return any(w in _VERBS or (len(w) > 4 and w.endswith(("ed", "ing", "es"))) for w in words)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a dateline ("PARIS (AFP) –") off the front of the sentence at ``start``..``end``."""
    cut = dateline_end(text, start, end)
    return (cut, end) if cut is not None else (start, end)


def _unbalanced(text: str) -> bool:
    """Whether a quotation opens or closes in the sentence without its other end: a piece of a quote, read
    out of it, would pass for the reporter's words (curly, straight and typeset ``...'' marks)."""
    return (
        text.count("“") != text.count("”") or text.count('"') % 2 == 1 or text.count("``") != text.count("''")
    )


def _unclean(text: str) -> str | None:
    """Why ``text`` cannot stand in a brief, or ``None`` when it can."""
    words = normal_words(text)
    first = text.lstrip("\"“‘'([")[:1]
    checks = [
        (len(words) < _MIN_WORDS, "too short"),
        (len(words) > _MAX_WORDS, "too long"),
        (not _END.search(text), "no closing punctuation (heading, caption, dateline or byline)"),
        (bool(_BOILERPLATE.search(text)) or text.lstrip().startswith("#"), "boilerplate"),
        (bool(_BYLINE.match(text)), "byline"),
        (_unbalanced(text), "unbalanced quotation marks"),
        (not (first.isupper() or first.isdigit()), "fragment (starts in lower case)"),
        (not _has_verb(words), "no verb-like word"),
    ]
    return next((reason for failed, reason in checks if failed), None)


def candidate(article_id: str, start: int, text: str, rank: int = -1, clean: bool = False) -> Candidate:
    words = frozenset(content_words(text))
    terms = frozenset(fold(w) for w in words)
    return Candidate(article_id, start, start + len(text), text, words, terms, _marks(text), rank, clean)


def candidates(article: Article) -> list[Candidate]:
    out = []
    rank = 0
    for start, end in split_sentences(article.text):
        start, end = _trim(article.text, start, end)
        text = article.text[start:end]
        clean = _unclean(text) is None
        out.append(candidate(article.id, start, text, rank if clean else -1, clean))
        rank += clean
    return out


# -- similarity

_NUMBER_WORDS = """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred thousand million billion dozen dozens half first second third"""
_NEGATION = frozenset(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without"])
_MARKS = frozenset(_NUMBER_WORDS.split()) | _NEGATION


def _marks(text: str) -> frozenset[str]:
    """The numbers and negations of ``text``: two sentences that differ in them do not say the same."""
    words = normal_words(text)
    return frozenset(
        "not" if w.endswith("n't") or w in _NEGATION else w
        for w in words
        if w in _MARKS or w[:1].isdigit() or w.endswith("n't")
    )


def carries_candidate(other: Candidate, sentence: Candidate) -> bool:
    o, s = other.words, sentence.words
    negated = ("not" in other.marks) != ("not" in sentence.marks)
    if not o or not s or negated or not sentence.marks <= other.marks:
        return False
    shared = len(o & s)
    return shared >= 0.6 * len(o | s) or (len(s) >= 8 and shared >= 0.85 * len(s))


def carries(other: str, sentence: str) -> bool:
    """Whether the sentence ``other`` carries ``sentence``: near-identical (content-word Jaccard 0.6 or more)
    or holding 85% of its content words (a sentence of eight or more), with the same numbers and negations
    (both negated or neither; ``other`` may state more numbers, never fewer)."""
    return carries_candidate(candidate("", 0, other), candidate("", 0, sentence))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def redundant(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and (jaccard(a, b) >= 0.5 or len(a & b) >= 0.7 * min(len(a), len(b)))
