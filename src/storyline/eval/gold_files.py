"""What the offset gold files share: reading them, rebuilding each document's text, checking fields.

``eval/gold/quotes.json``, ``quantities.json`` and ``actions.json`` store character offsets into ECB+ and
MEANTIME documents and a sha256 of each document's text, never the text itself. Their loaders
(:mod:`storyline.eval.quotes_gold`, :mod:`storyline.eval.quantities_gold`, :mod:`storyline.eval.actions_gold`)
read the file with :func:`read_gold`, walk its documents with :func:`gold_entries` (which rebuilds each text
with the corpus loaders and checks it against the checksum) and check their own fields with the validators
here. Every problem raises :class:`DataMissing` with a one-line reason naming the file, or the file and the
document (``quotes.json:ecbplus/1_1ecb``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, cast, get_args

from storyline.eval.corpus import DataMissing
from storyline.eval.ecbplus import load_ecbplus
from storyline.eval.meantime import load_meantime

Corpus = Literal["ecbplus", "meantime"]
Split = Literal["dev", "test"]
CORPUS_FOLDERS: dict[str, str] = {"ecbplus": "ecbplus", "meantime": "meantime-en"}
SPLITS: frozenset[str] = frozenset(get_args(Split))


def shipped_gold(name: str) -> Path:
    """The path of the gold file ``name`` shipped in ``storyline/eval/gold``."""
    return Path(str(resources.files("storyline.eval").joinpath("gold", name)))


def as_int(value: object, where: str, field: str) -> int:
    """``value`` when it is an integer (not a bool); :class:`DataMissing` naming ``field`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise DataMissing(where, f"{field} is not an integer")
    return value


def opt_int(value: object, where: str, field: str) -> int | None:
    """``None`` for ``None``, else :func:`as_int`."""
    return None if value is None else as_int(value, where, field)


def opt_str(value: object, where: str, field: str) -> str | None:
    """``value`` when it is a string or ``None``; :class:`DataMissing` naming ``field`` otherwise."""
    if value is None or isinstance(value, str):
        return value
    raise DataMissing(where, f"{field} is not a string or null")


def check_span(start: int | None, end: int | None, size: int, where: str, field: str) -> None:
    """Both offsets or neither, and a given span non-empty inside a text of ``size`` characters."""
    if (start is None) != (end is None):
        raise DataMissing(where, f"{field} has only one of its two offsets")
    if start is not None and end is not None and not 0 <= start < end <= size:
        raise DataMissing(where, f"{field} [{start}, {end}) is empty or outside the text ({size} characters)")


def split_of(item: Mapping[str, object], where: str) -> Split:
    """The ``split`` of a gold entry: ``"dev"`` when absent, else ``"dev"`` or ``"test"``."""
    split = item.get("split", "dev")
    if not isinstance(split, str) or split not in SPLITS:
        raise DataMissing(where, f"split {split!r} is not one of {sorted(SPLITS)}")
    return cast(Split, split)


def items_of(item: Mapping[str, object], key: str, where: str) -> list[object]:
    """The list under ``key`` of a document entry (``"quotes"``, ``"quantities"``, ``"actions"``)."""
    items = item.get(key)
    if not isinstance(items, list):
        raise DataMissing(where, f"no {key!r} list")
    return cast(list[object], items)


def read_gold(path: Path, what: str) -> dict[str, object]:
    """The JSON object of the gold file at ``path``, which must hold a ``documents`` list.

    ``what`` names the kind of gold in the errors ("quotation", "quantity", "action").
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataMissing(path, f"{what} gold file not found") from exc
    except (OSError, ValueError) as exc:
        raise DataMissing(path, f"unreadable {what} gold ({exc.__class__.__name__})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("documents"), list):
        article = "an" if what[:1] in ("a", "e", "i", "o", "u") else "a"
        raise DataMissing(path, f"not {article} {what} gold file (no 'documents' list)")
    return cast(dict[str, object], raw)


def corpus_texts(data: Path, corpus: str) -> dict[str, str]:
    """Each document's text (by id) of ``corpus`` under ``data``, rebuilt by its corpus loader."""
    folder = data / CORPUS_FOLDERS[corpus]
    documents = load_ecbplus(folder) if corpus == "ecbplus" else load_meantime(folder)
    return {d.doc_id: d.text for d in documents}


@dataclass(frozen=True)
class GoldEntry:
    """One document entry of a gold file, checked: its corpus, id, rebuilt text and raw fields.

    ``where`` names it in errors (``quotes.json:ecbplus/1_1ecb``).
    """

    corpus: Corpus
    doc_id: str
    where: str
    text: str
    fields: dict[str, object]


def gold_entries(data: Path, path: Path, body: Mapping[str, object]) -> Iterator[GoldEntry]:
    """The document entries of a gold file read from ``path``, in file order, each with its rebuilt text.

    Each entry must be an object with a known ``corpus`` and a string ``doc_id``; its document must be in the
    corpus under ``data`` and its text must match the stored ``text_sha256``. Each corpus is loaded once, when
    its first entry comes.
    """
    texts: dict[str, dict[str, str]] = {}
    for entry in cast(list[object], body["documents"]):
        if not isinstance(entry, dict):
            raise DataMissing(path, "a document entry is not a JSON object")
        doc = cast(dict[str, object], entry)
        corpus, doc_id = doc.get("corpus"), doc.get("doc_id")
        if not isinstance(corpus, str) or corpus not in CORPUS_FOLDERS:
            raise DataMissing(path, f"unknown corpus {corpus!r}")
        if not isinstance(doc_id, str):
            raise DataMissing(path, f"{corpus}: doc_id {doc_id!r} is not a string")
        where = f"{path.name}:{corpus}/{doc_id}"
        if corpus not in texts:
            texts[corpus] = corpus_texts(data, corpus)
        text = texts[corpus].get(doc_id)
        if text is None:
            raise DataMissing(where, "document not found in the corpus")
        if doc.get("text_sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
            raise DataMissing(where, "text_sha256 does not match the rebuilt text (loader or data changed)")
        yield GoldEntry(cast(Corpus, corpus), doc_id, where, text, doc)
