"""What every corpus loader shares: the data path, text rebuilt from tokens, and data checksums.

The labelled corpora ship tokens, not text. :func:`rebuild_text` joins them back into readable text (one
sentence a line, no space before closing punctuation) and keeps each token's character offsets, so that every
gold label can be given as offsets into the text that Storyline will read.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import StorylineError

DATA_ENV = "STORYLINE_DATA"
DEFAULT_DATA = Path("..") / "shared" / "data"


class DataMissing(StorylineError):
    """A corpus (or a file inside it) that a task needs is not where it should be."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def data_path(explicit: str | Path | None = None) -> Path:
    """The folder of labelled corpora: ``explicit``, else ``$STORYLINE_DATA``, else ``../shared/data``."""
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else DEFAULT_DATA


def require_dir(path: Path, what: str) -> Path:
    """``path`` when it is a folder; :class:`DataMissing` naming it otherwise."""
    if not path.is_dir():
        raise DataMissing(path, f"{what} not found (set --data or ${DATA_ENV})")
    return path


@dataclass(frozen=True)
class Token:
    """One corpus token: its id in the corpus file, its sentence, its text and its offsets in the text."""

    id: str
    sentence: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of the rebuilt text: its corpus number and its character span."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class TokenText:
    """Text rebuilt from tokens, with every token's and sentence's offsets."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]

    def token_index(self) -> dict[str, Token]:
        """Tokens by corpus id."""
        return {t.id: t for t in self.tokens}

    def span(self, token_ids: Iterable[str], index: dict[str, Token] | None = None) -> tuple[int, int] | None:
        """Character span from the first to the last of ``token_ids``; ``None`` when none is known."""
        index = index if index is not None else self.token_index()
        found = [index[t] for t in token_ids if t in index]
        if not found:
            return None
        return min(t.start for t in found), max(t.end for t in found)

    def sentence_text(self, number: int) -> str:
        """The text of the sentence numbered ``number`` in the corpus ('' when absent)."""
        for sentence in self.sentences:
            if sentence.number == number:
                return self.text[sentence.start : sentence.end]
        return ""


_NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "''",
    "...",
    "n't",
    "'s",
    "'S",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "’s",
}
_NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "#"}


def rebuild_text(tokens: Sequence[tuple[str, int, str]]) -> TokenText:
    """Join ``(token id, sentence number, text)`` tuples, in document order, into one sentence a line.

    Spacing follows English print conventions (``"Boeing 's 747 ."`` becomes ``"Boeing's 747."``); the token
    strings themselves are kept exactly, so every token's offsets point at its own text.
    """
    parts: list[str] = []
    out: list[Token] = []
    sentences: list[Sentence] = []
    pos = 0
    current: int | None = None
    sentence_start = 0
    previous = ""
    open_quote = False
    for tid, number, raw in tokens:
        text = raw if raw else "_"
        if current is None or number != current:
            if current is not None:
                sentences.append(Sentence(current, sentence_start, pos))
                parts.append("\n")
                pos += 1
            current = number
            sentence_start = pos
            open_quote = False
        else:
            glue = text in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER
            if text == '"':
                glue = open_quote  # a closing quote sticks to what it closes
            elif previous == '"' and open_quote:
                glue = True  # nothing between an opening quote and its first word
            if not glue:
                parts.append(" ")
                pos += 1
        if text == '"':
            open_quote = not open_quote
        parts.append(text)
        out.append(Token(tid, number, text, pos, pos + len(text)))
        pos += len(text)
        previous = text
    if current is not None:
        sentences.append(Sentence(current, sentence_start, pos))
    return TokenText("".join(parts), tuple(out), tuple(sentences))


def _sort_key(path: Path) -> tuple[object, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path.as_posix()))


def natural_sorted(paths: Iterable[Path]) -> list[Path]:
    """Paths in natural order (``2_10`` after ``2_9``)."""
    return sorted(paths, key=_sort_key)


def checksum(files: Iterable[Path], root: Path) -> str:
    """sha256 over the sorted relative names and the bytes of ``files``: the identity of the data measured."""
    digest = hashlib.sha256()
    for path in sorted({Path(f) for f in files}, key=lambda p: p.relative_to(root).as_posix()):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def checksum_dir(root: Path, pattern: str = "**/*") -> str:
    """:func:`checksum` over every file under ``root`` that matches ``pattern``."""
    return checksum((p for p in root.glob(pattern) if p.is_file()), root)
