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

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from storyline.eval.corpus import DataMissing
from storyline.eval.gold_files import (
    Corpus,
    Split,
    as_int,
    check_span,
    gold_entries,
    items_of,
    opt_int,
    opt_str,
    read_gold,
    shipped_gold,
    split_of,
)

QuoteKind = Literal["direct", "indirect", "mixed"]
_KINDS: frozenset[str] = frozenset({"direct", "indirect", "mixed"})
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
    return shipped_gold(GOLD_NAME)


def _quote(raw: object, text: str, where: str) -> GoldQuote:
    if not isinstance(raw, dict):
        raise DataMissing(where, "a quote is not a JSON object")
    item = cast(dict[str, object], raw)
    kind = item.get("kind")
    if not isinstance(kind, str) or kind not in _KINDS:
        raise DataMissing(where, f"kind {kind!r} is not one of {sorted(_KINDS)}")
    quote = GoldQuote(
        start=as_int(item.get("start"), where, "start"),
        end=as_int(item.get("end"), where, "end"),
        kind=cast(QuoteKind, kind),
        speaker=opt_str(item.get("speaker"), where, "speaker"),
        speaker_start=opt_int(item.get("speaker_start"), where, "speaker_start"),
        speaker_end=opt_int(item.get("speaker_end"), where, "speaker_end"),
        cue=opt_str(item.get("cue"), where, "cue"),
        cue_start=opt_int(item.get("cue_start"), where, "cue_start"),
        cue_end=opt_int(item.get("cue_end"), where, "cue_end"),
    )
    size = len(text)
    check_span(quote.start, quote.end, size, where, "span")
    check_span(quote.speaker_start, quote.speaker_end, size, where, "speaker span")
    check_span(quote.cue_start, quote.cue_end, size, where, "cue span")
    if quote.speaker is None and quote.speaker_start is not None:
        raise DataMissing(where, "speaker span given without a speaker")
    if quote.cue is None and quote.cue_start is not None:
        raise DataMissing(where, "cue span given without a cue")
    return quote


def load_quote_gold(data: Path, gold: Path | None = None) -> list[GoldDocument]:
    """The gold quotations on the corpora under ``data`` (the ``../shared/data`` folder).

    Each document's text is rebuilt by its corpus loader and must match the stored ``text_sha256``; every span
    must lie inside the text and ``split`` (when present) must be ``"dev"`` or ``"test"``. Any mismatch (or a
    missing corpus) raises :class:`DataMissing` with a one-line reason. ``gold`` overrides the shipped
    ``quotes.json``. Every document is returned, whatever its split; filter on :attr:`GoldDocument.split`.
    """
    path = gold if gold is not None else gold_file()
    out: list[GoldDocument] = []
    for entry in gold_entries(data, path, read_gold(path, "quotation")):
        split = split_of(entry.fields, entry.where)
        quotes = items_of(entry.fields, "quotes", entry.where)
        parsed = tuple(_quote(q, entry.text, entry.where) for q in quotes)
        out.append(
            GoldDocument(
                corpus=entry.corpus,
                doc_id=entry.doc_id,
                text=entry.text,
                quotes=tuple(sorted(parsed, key=lambda q: (q.start, q.end))),
                split=split,
            )
        )
    return out
