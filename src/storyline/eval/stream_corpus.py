"""A large synthetic news stream for the relate-and-cluster benchmark (``storyline bench --stream N``).

The file corpus of :mod:`storyline.eval.bench_corpus` reuses about a thousand real texts, so at 10,000
articles every text has ten variants and at 100,000 a hundred: a derivation graph far denser than any feed,
which measures the worst case of dedup, not a stream. This stream is what a feed of 100,000 articles looks
like to dedup and clustering:

- **stories** of 1 to 40 articles (most small, a few large), each with its own invented names (people,
  places, organisations) and key words, running over a few days to a few weeks, spread over three years;
- **articles** whose sentences come from a word-bigram model of real news text (ECB+, MEANTIME and the demo
  corpus), with the story's names and key words woven in, so vocabulary, sentence lengths and word
  frequencies are those of news while no two independent articles share their wording;
- **copies**: about 8% republications (the same text under another outlet's line) and 10% rewrites
  (sentences dropped and reordered) of an earlier article of the same story, about the share of wire copy
  in the demo and seed corpora.

It is generated in memory, deterministically for a size and seed, in publication order.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from storyline.eval.bench_corpus import BaseArticle
from storyline.records import Article

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\d,.]*|[.,;:]")
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ten",
    "sol",
    "var",
    "dun",
    "mer",
    "is",
    "ot",
    "ba",
    "ne",
    "li",
    "gor",
    "hal",
    "ve",
    "ru",
    "san",
    "tor",
    "el",
    "pa",
    "quin",
    "dre",
    "mo",
    "zu",
]


class BigramModel:
    """Next-word choices observed in real text; generates sentences of news-like words."""

    def __init__(self, texts: Sequence[str], seed: int = 0) -> None:
        self.next: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        for text in texts:
            words = [w.lower() for w in _TOKEN.findall(text)]
            previous = "."
            for word in words:
                if previous == ".":
                    if word.isalpha():
                        self.starts.append(word)
                else:
                    self.next[previous].append(word)
                previous = word
        if not self.starts:
            raise ValueError("no text to learn from")

    def sentence(self, rng: random.Random, length: int) -> list[str]:
        """A sentence of about ``length`` words (without its full stop)."""
        word = rng.choice(self.starts)
        out = [word]
        while len(out) < length:
            choices = self.next.get(word)
            word = rng.choice(choices) if choices else rng.choice(self.starts)
            if word == ".":
                word = rng.choice(self.starts)
            out.append(word)
        return [w for w in out if w not in ".;:"]


def _name(rng: random.Random, parts: int = 2) -> str:
    return " ".join(
        "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts)
    )


def _story_size(rng: random.Random) -> int:
    # Most stories are told once or twice; a few run to dozens of articles.
    return min(40, max(1, int(rng.paretovariate(1.3))))


def stream(bases: Sequence[BaseArticle], size: int, seed: int = 0) -> Iterator[Article]:
    """``size`` synthetic articles in publication order (see the module docstring)."""
    rng = random.Random(seed)
    model = BigramModel([" ".join(b.paragraphs) for b in bases], seed)
    start = date(2023, 1, 1)
    planned: list[tuple[date, int, int]] = []  # (day, story, position in story)
    story = 0
    while len(planned) < size:
        count = _story_size(rng)
        first = start + timedelta(days=rng.randrange(3 * 365))
        span = rng.choice((2, 5, 10, 21))
        for k in range(count):
            planned.append((first + timedelta(days=rng.randint(0, span) if k else 0), story, k))
        story += 1
    planned = sorted(planned[:size])
    stories: dict[int, tuple[list[str], list[str]]] = {}
    written: dict[int, list[list[str]]] = defaultdict(list)
    for n, (day, story_id, _) in enumerate(planned):
        if story_id not in stories:
            srng = random.Random(f"{seed}:{story_id}")
            names = [
                _name(srng, 2),
                _name(srng, 2),
                _name(srng, 1),
                _name(srng, 1) + " " + srng.choice(("Group", "Council", "Bank")),
            ]
            words = srng.sample(model.starts, 6)
            stories[story_id] = (names, words)
        names, words = stories[story_id]
        earlier = written[story_id]
        roll = rng.random()
        if earlier and roll < 0.08:
            # A republication: the same text under another outlet's opening line.
            sentences = [
                f"This article was first published by Outlet {rng.randrange(60)}.",
                *rng.choice(earlier),
            ]
        elif earlier and roll < 0.18:
            sentences = [s for s in rng.choice(earlier) if rng.random() > 0.25] or list(earlier[0])
            rng.shuffle(sentences)
        else:
            sentences = []
            for _ in range(rng.randint(8, 18)):
                tokens = model.sentence(rng, rng.randint(12, 28))
                if rng.random() < 0.6:
                    tokens.insert(rng.randrange(len(tokens)), rng.choice(names))
                for k in range(len(tokens)):
                    if rng.random() < 0.08:
                        tokens[k] = rng.choice(words)
                sentence = " ".join(tokens)
                sentences.append(sentence[0].upper() + sentence[1:] + ".")
        written[story_id].append(sentences)
        text = "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
        digest = hashlib.sha256(f"{seed}:{n}:{text}".encode()).hexdigest()[:20]
        yield Article(
            id=digest,
            source=f"stream#{n}",
            format="text",
            title=" ".join(sentences[0].split()[:9]),
            text=text,
            outlet=f"Outlet {rng.randrange(60)}",
            published=day.isoformat(),
            published_precision="day",
            body_hash=digest,
        )
