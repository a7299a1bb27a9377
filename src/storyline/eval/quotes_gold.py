"""The gold set of quotations: who said what, as character offsets into ECB+ and MEANTIME documents.

``eval/gold/quotes.json`` holds hand annotations (span, kind, speaker, cue) on news articles of
``../shared/data``. It stores offsets and a checksum of each document's text, never the text itself: the text
is rebuilt by the corpus loaders (:func:`storyline.eval.ecbplus.load_ecbplus`,
:func:`storyline.eval.meantime.load_meantime`) and checked against the checksum, so that a change in the
loaders' spacing or in the data is caught instead of silently shifting every span. The annotation guidelines
are in the file's ``notes``. Each document belongs to a split: ``dev`` (the documents the quote extractor
was tuned on) or ``test`` (held-out documents annotated blind, for an honest score).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, cast

from storyline.eval.corpus import DataMissing
from storyline.eval.ecbplus import load_ecbplus
from storyline.eval.meantime import load_meantime

QuoteKind = Literal["direct", "indirect", "mixed"]
Corpus = Literal["ecbplus", "meantime"]
Split = Literal["dev", "test"]
_KINDS: frozenset[str] = frozenset({"direct", "indirect", "mixed"})
_CORPORA: dict[str, str] = {"ecbplus": "ecbplus", "meantime": "meantime-en"}
_SPLITS: frozenset[str] = frozenset({"dev", "test"})
GOLD_NAME = "quotes.json"


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quotation: its span, kind, speaker (``None`` when the text does not say) and cue."""

    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None

    def text_in(self, text: str) -> str:
        """The quoted (or reported) words in ``text``, the document this quote belongs to."""
        return text[self.start : self.end]


@dataclass(frozen=True)
class GoldDocument:
    """One annotated document: where it comes from, its rebuilt text, its quotations in text order, its split.

    ``split`` is ``"dev"`` for the documents the quote extractor was tuned on and ``"test"`` for the held-out
    documents annotated blind; an entry without a ``split`` key is ``"dev"``.
    """

    corpus: Corpus
    doc_id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    split: Split = "dev"


def gold_file() -> Path:
    """The path of the shipped ``quotes.json``."""
    return Path(str(resources.files("storyline.eval").joinpath("gold", GOLD_NAME)))


def _fail(where: str, reason: str) -> DataMissing:
    return DataMissing(where, reason)


def _int(value: object, where: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, f"{field} is not an integer")
    return value


def _opt_int(value: object, where: str, field: str) -> int | None:
    return None if value is None else _int(value, where, field)


def _opt_str(value: object, where: str, field: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _fail(where, f"{field} is not a string or null")


def _span(start: int | None, end: int | None, size: int, where: str, field: str) -> None:
    if (start is None) != (end is None):
        raise _fail(where, f"{field} has only one of its two offsets")
    if start is not None and end is not None and not 0 <= start < end <= size:
        raise _fail(where, f"{field} [{start}, {end}) is empty or outside the text ({size} characters)")


def _quote(raw: object, text: str, where: str) -> GoldQuote:
    if not isinstance(raw, dict):
        raise _fail(where, "a quote is not a JSON object")
    item = cast(dict[str, object], raw)
    kind = item.get("kind")
    if not isinstance(kind, str) or kind not in _KINDS:
        raise _fail(where, f"kind {kind!r} is not one of {sorted(_KINDS)}")
    quote = GoldQuote(
        start=_int(item.get("start"), where, "start"),
        end=_int(item.get("end"), where, "end"),
        kind=cast(QuoteKind, kind),
        speaker=_opt_str(item.get("speaker"), where, "speaker"),
        speaker_start=_opt_int(item.get("speaker_start"), where, "speaker_start"),
        speaker_end=_opt_int(item.get("speaker_end"), where, "speaker_end"),
        cue=_opt_str(item.get("cue"), where, "cue"),
        cue_start=_opt_int(item.get("cue_start"), where, "cue_start"),
        cue_end=_opt_int(item.get("cue_end"), where, "cue_end"),
    )
    size = len(text)
    _span(quote.start, quote.end, size, where, "span")
    _span(quote.speaker_start, quote.speaker_end, size, where, "speaker span")
    _span(quote.cue_start, quote.cue_end, size, where, "cue span")
    if quote.speaker is None and quote.speaker_start is not None:
        raise _fail(where, "speaker span given without a speaker")
    if quote.cue is None and quote.cue_start is not None:
        raise _fail(where, "cue span given without a cue")
    return quote


def _texts(data: Path, corpus: str) -> dict[str, str]:
    folder = data / _CORPORA[corpus]
    documents = load_ecbplus(folder) if corpus == "ecbplus" else load_meantime(folder)
    return {d.doc_id: d.text for d in documents}


def load_quote_gold(data: Path, gold: Path | None = None) -> list[GoldDocument]:
    """The gold quotations on the corpora under ``data`` (the ``../shared/data`` folder).

    Each document's text is rebuilt by its corpus loader and must match the stored ``text_sha256``; every span
    must lie inside the text and ``split`` (when present) must be ``"dev"`` or ``"test"``. Any mismatch (or a
    missing corpus) raises :class:`DataMissing` with a one-line reason. ``gold`` overrides the shipped
    ``quotes.json``. Every document is returned, whatever its split; filter on :attr:`GoldDocument.split`.
    """
    path = gold if gold is not None else gold_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _fail(str(path), "quotation gold file not found") from exc
    except (OSError, ValueError) as exc:
        raise _fail(str(path), f"unreadable quotation gold ({exc.__class__.__name__})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("documents"), list):
        raise _fail(str(path), "not a quotation gold file (no 'documents' list)")
    entries = cast(list[object], cast(dict[str, object], raw)["documents"])
    texts: dict[str, dict[str, str]] = {}
    out: list[GoldDocument] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise _fail(str(path), "a document entry is not a JSON object")
        doc = cast(dict[str, object], entry)
        corpus, doc_id = doc.get("corpus"), doc.get("doc_id")
        if not isinstance(corpus, str) or corpus not in _CORPORA:
            raise _fail(str(path), f"unknown corpus {corpus!r}")
        if not isinstance(doc_id, str):
            raise _fail(str(path), f"{corpus}: doc_id {doc_id!r} is not a string")
        where = f"{path.name}:{corpus}/{doc_id}"
        if corpus not in texts:
            texts[corpus] = _texts(data, corpus)
        text = texts[corpus].get(doc_id)
        if text is None:
            raise _fail(where, "document not found in the corpus")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if doc.get("text_sha256") != digest:
            raise _fail(where, "text_sha256 does not match the rebuilt text (loader or data changed)")
        split = doc.get("split", "dev")
        if not isinstance(split, str) or split not in _SPLITS:
            raise _fail(where, f"split {split!r} is not one of {sorted(_SPLITS)}")
        quotes = doc.get("quotes")
        if not isinstance(quotes, list):
            raise _fail(where, "no 'quotes' list")
        parsed = tuple(_quote(q, text, where) for q in cast(list[object], quotes))
        out.append(
            GoldDocument(
                corpus=cast(Corpus, corpus),
                doc_id=doc_id,
                text=text,
                quotes=tuple(sorted(parsed, key=lambda q: (q.start, q.end))),
                split=cast(Split, split),
            )
        )
    return out
