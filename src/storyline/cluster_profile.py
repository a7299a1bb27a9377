"""What story clustering (:mod:`storyline.cluster`) knows of one article, and its settings.

Each article becomes a :class:`Profile`: a sparse vector of its content words (stemmed, stop words out,
title words counted twice) and of the proper names it mentions (capitalised word runs, weighted up), with
its publication day. :class:`ClusterConfig` holds the weights and thresholds of the whole clustering.
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from storyline.origins import publication_key
from storyline.records import Article
from storyline.sentences import STOP_WORDS, content_words, split_sentences

__all__ = ["ClusterConfig", "Profile", "dot", "profile", "proper_names", "publication_day"]


@dataclass(frozen=True)
class ClusterConfig:
    """Weights and thresholds of story clustering (similarities are cosines, 0 to 1)."""

    threshold: float = 0.25  # time-weighted similarity for an article to join a story
    story_merge: float = 0.4  # a whole story's fit to another (scored as one article) to merge into it
    title_weight: float = 2.0  # a title word counts this many times
    lead_sentences: int = 10  # sentences of the text profiled
    opening_sentences: int = 3  # of which the first this many ...
    lead_weight: float = 3.0  # ... count this many times
    name_weight: float = 2.0  # a proper name's feature counts this many times a plain word
    background_docs: int = 50  # prior of the word weights: unrelated documents assumed besides those seen
    article_terms: int = 200  # strongest features kept per article
    story_terms: int = 200  # strongest features kept per story centroid
    posted_terms: int = 25  # strongest features of a story posted for candidate search
    query_terms: int = 15  # strongest features of an article used to find candidates
    max_posting: int = 300  # stories searched per term, the most recently posted first
    window_days: float = 7.0  # within this many days of a story's range, time does not count against it
    concurrent_boost: float = (
        1.3  # similarity is multiplied by this when both dates put the article in that range
    )
    decay_days: float = 30.0  # beyond the window, similarity falls by e every this many days
    knn: int = 3  # a story's score blends its centroid with its this-many most similar members
    knn_weight: float = 0.7  # the members' share of that blend
    knn_members: int = 50  # most recent members of a story compared one by one
    max_candidates: int = 30  # stories scored per article, those sharing the most weight first
    knn_candidates: int = 8  # of which the best this many (by centroid) are compared member by member
    quote_bonus: float = 0.15  # added when the article shares a quoted passage with the story
    refine_rounds: int = 2  # batch: rounds of moving articles to their best story
    refine_every: int = 50  # incremental: refine the stories changed once this many have changed
    subevent_gap_days: float = 2.0  # a pause in coverage longer than this starts a new development


_CAPITALISED = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:\s+(?:(?:of|de|da|del|du|la|le|al|bin|van|von)\s+)?[A-ZÀ-ÖØ-Þ][\w'’\-]*)*"
)
_YEAR = re.compile(r"(?<![\d,.])(?:19[5-9]\d|20\d\d)(?![\d,.]\d)")
_NAME_STOP = STOP_WORDS | {"mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday"}


def _fold(text: str) -> str:
    """Lower case without diacritics or apostrophe-s: "Goïta's" → "goita"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode("ascii")
    text = text.lower()
    return text[:-2] if text.endswith("'s") else text


def proper_names(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Proper-name features of ``text``: each capitalised word run ("tara reid") and its last word ("reid").

    Stop words are dropped from runs ("The Kremlin" → "kremlin"); runs of more than four words are
    headlines in title case, not names. A lone capitalised word that opens a sentence is as often an
    ordinary word ("Rescuers") as a name, so it counts only when the text also capitalises it elsewhere
    (or it is in ``known``).
    """
    runs: list[tuple[bool, list[str]]] = []
    for start, end in split_sentences(text):
        for match in _CAPITALISED.finditer(text, start, end):
            words = [_fold(w) for w in match.group().split()]
            words = [w for w in words if w and w not in _NAME_STOP]
            if words and len(words) <= 4:
                opens = not any(c.isalnum() for c in text[start : match.start()])
                runs.append((opens and len(match.group().split()) == 1, words))
    elsewhere = known | {w for opener, words in runs if not opener for w in words}
    out: list[str] = []
    for opener, words in runs:
        if opener and words[0] not in elsewhere:
            continue
        if len(words) > 1:
            out.append(" ".join(words))
        out.append(words[-1])
    return out


@dataclass(frozen=True)
class Profile:
    """What clustering knows of one article: its feature counts (words and ``n:``-prefixed names), its day
    (days since 0001-01-01, ``None`` when the article states no day) and its title."""

    article_id: str
    counts: Mapping[str, float]
    day: int | None
    title: str


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors, iterating over the shorter."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(w * large.get(t, 0.0) for t, w in small.items())


def publication_day(published: str | None) -> int | None:
    """The day an ISO date states, as an ordinal (days since 0001-01-01); ``None`` below day precision."""
    key = publication_key(published)
    if len(key) < 3:
        return None
    try:
        return date(key[0], key[1], key[2]).toordinal()
    except ValueError:
        return None


def profile(article: Article, config: ClusterConfig | None = None) -> Profile:
    """The clustering profile of ``article``: sublinear counts of the content words, proper names and
    years of its title and first sentences, the opening ones weighted up."""
    config = config or ClusterConfig()
    counts: dict[str, float] = {}

    title = article.title or ""
    lead = [article.text[start:end] for start, end in split_sentences(article.text)[: config.lead_sentences]]
    known = frozenset(name for part in (title, *lead) for name in proper_names(part) if " " not in name)

    def count(text: str, weight: float) -> None:
        for word in content_words(text):
            counts[word] = counts.get(word, 0.0) + weight
        for name in proper_names(text, known):
            counts["n:" + name] = counts.get("n:" + name, 0.0) + weight
        for year in _YEAR.findall(text):
            # The year an article mentions tells two similar events apart when no publication date does.
            counts["n:" + year] = counts.get("n:" + year, 0.0) + weight

    # A news report states its event in the title and the opening sentences; later paragraphs add
    # background that reports of a different event of the same kind share (on ECB+ this raised the
    # same-event ranking AUC from 0.90 to 0.92).
    count(title, config.title_weight)
    for k, sentence in enumerate(lead):
        count(sentence, config.lead_weight if k < config.opening_sentences else 1.0)
    # Interned: an index of 100,000 profiles then holds each distinct term once.
    weighted = {
        sys.intern(term): (1 + math.log(n)) * (config.name_weight if term.startswith("n:") else 1.0)
        for term, n in counts.items()
    }
    return Profile(article.id, weighted, publication_day(article.published), title)
