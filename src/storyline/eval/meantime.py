"""NewsReader MEANTIME, English: 120 Wikinews articles in four corpora (airbus, apple, gm, stock).

We read ``intra_cross-doc_annotation/``, where entity and event instance ids are shared across documents. Each
document gives: its text (rebuilt from tokens; sentence 0 is the title, sentence 1 the date line), its
creation time (the ``CREATION_TIME`` TIMEX3), TIMEX3 time expressions with TimeML types and normalised values,
and entity and event mentions linked by ``REFERS_TO`` to their instances.

Two documents of this release lack the ``CREATION_TIME`` timex (78496 and 8951 of the airbus corpus) and
one gives it a malformed value (120578 of gm: ``03-02-2009``); their creation time is read from the date line
under the title ("February 03, 2009"), and ``dct_source`` says so. The timex is kept as the corpus gives it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal

from storyline.eval.corpus import DataMissing, Sentence, Token, natural_sorted, rebuild_text, require_dir

CORPORA = ("airbus", "apple", "gm", "stock")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T[\d:]+)?$")


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 time expression: span, TimeML type (DATE, TIME, DURATION, SET) and normalised value."""

    id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    creation_time: bool


@dataclass(frozen=True)
class EntityMention:
    """An entity mention with its cross-document instance id.

    ``instance`` is the instance id shared across documents, or ``doc_id/m_id`` of the document-level entity
    when that entity has no cross-document id, or ``None`` when the mention refers to no entity.
    ``entity_type`` is the type of the entity referred to (PER, ORG, LOC, PRO, FIN, MIX).
    """

    id: str
    start: int
    end: int
    text: str
    instance: str | None
    entity_type: str | None
    syntactic_type: str


@dataclass(frozen=True)
class EventMention:
    """An event mention with its cross-document instance id (``None`` when it refers to no event)."""

    id: str
    start: int
    end: int
    text: str
    instance: str | None
    pred: str


@dataclass(frozen=True)
class TimeLink:
    """A TLINK between an event mention and a time expression, as ``event`` → ``timex`` (a link written
    the other way round is turned, its relation inverted: a timex that INCLUDES an event is one the event
    IS_INCLUDED in)."""

    event: str
    timex: str
    relation: str


@dataclass(frozen=True)
class MeantimeDocument:
    """One MEANTIME document, every label with character offsets into ``text``."""

    doc_id: str
    corpus: str
    path: str
    url: str | None
    title: str
    text: str
    dct: str | None
    dct_source: Literal["creation-time timex", "date line"] | None
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    timexes: tuple[Timex, ...]
    entity_mentions: tuple[EntityMention, ...]
    event_mentions: tuple[EventMention, ...]
    time_links: tuple[TimeLink, ...] = ()


def corpus_files(root: Path) -> list[Path]:
    """The document files under ``root`` (the ``meantime-en`` folder), corpus by corpus."""
    folder = require_dir(root / "intra_cross-doc_annotation", "MEANTIME intra_cross-doc_annotation")
    return natural_sorted(folder.glob("corpus_*/*.xml"))


def _date_line(text: str) -> str | None:
    cleaned = " ".join(text.replace(" ,", ",").split())
    for fmt in ("%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


_INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEFORE": "AFTER", "AFTER": "BEFORE"}
_INVERSE |= {"BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS"}
_INVERSE |= {"IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "DURING": "DURING_INV", "DURING_INV": "DURING"}


def _time_link(relation: ET.Element, by_id: dict[str, ET.Element], doc_id: str) -> TimeLink | None:
    """An event-to-timex TLINK, turned to point from the event; ``None`` for other TLINKs."""
    source, target = relation.find("source"), relation.find("target")
    if source is None or target is None:
        return None
    a, b = source.get("m_id", ""), target.get("m_id", "")
    kinds = (getattr(by_id.get(a), "tag", None), getattr(by_id.get(b), "tag", None))
    reltype = relation.get("reltype", "")
    if kinds == ("EVENT_MENTION", "TIMEX3"):
        return TimeLink(f"{doc_id}/{a}", f"{doc_id}/{b}", reltype)
    if kinds == ("TIMEX3", "EVENT_MENTION"):
        return TimeLink(f"{doc_id}/{b}", f"{doc_id}/{a}", _INVERSE.get(reltype, reltype))
    return None


def parse_document(path: Path) -> MeantimeDocument:
    """Read one MEANTIME XML file; raise :class:`DataMissing` when it cannot be parsed."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DataMissing(path, f"malformed XML ({exc})") from exc
    doc_id = root.get("doc_id") or path.stem.split("_", 1)[0]
    corpus = path.parent.name.removeprefix("corpus_")
    rebuilt = rebuild_text(
        [(t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    )
    index = rebuilt.token_index()
    markables = root.find("Markables")
    elements = list(markables) if markables is not None else []
    by_id = {e.get("m_id", ""): e for e in elements}

    refers: dict[str, str] = {}
    links: list[TimeLink] = []
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        if relation.tag == "TLINK":
            link = _time_link(relation, by_id, doc_id)
            if link is not None:
                links.append(link)
            continue
        if relation.tag != "REFERS_TO":
            continue
        target = relation.find("target")
        if target is None:
            continue
        for source in relation.findall("source"):
            refers.setdefault(source.get("m_id", ""), target.get("m_id", ""))

    def instance_of(m_id: str) -> tuple[str | None, ET.Element | None]:
        target_id = refers.get(m_id)
        target = by_id.get(target_id or "")
        if target is None:
            return None, None
        return target.get("instance_id") or f"{doc_id}/{target_id}", target

    timexes: list[Timex] = []
    entities: list[EntityMention] = []
    events: list[EventMention] = []
    dct: str | None = None
    dct_source: Literal["creation-time timex", "date line"] | None = None
    for element in elements:
        m_id = element.get("m_id", "")
        span = rebuilt.span((a.get("t_id", "") for a in element.findall("token_anchor")), index)
        if element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            value = element.get("value") or ""
            if _ISO_DATE.match(value):
                dct, dct_source = value, "creation-time timex"
        if span is None:
            continue
        start, end = span
        text = rebuilt.text[start:end]
        ident = f"{doc_id}/{m_id}"
        if element.tag == "TIMEX3":
            timexes.append(
                Timex(
                    ident,
                    start,
                    end,
                    text,
                    element.get("type", ""),
                    element.get("value", ""),
                    element.get("functionInDocument") == "CREATION_TIME",
                )
            )
        elif element.tag == "ENTITY_MENTION":
            instance, target = instance_of(m_id)
            entities.append(
                EntityMention(
                    ident,
                    start,
                    end,
                    text,
                    instance,
                    target.get("ent_type") if target is not None else None,
                    element.get("syntactic_type", ""),
                )
            )
        elif element.tag == "EVENT_MENTION":
            instance, _target = instance_of(m_id)
            events.append(EventMention(ident, start, end, text, instance, element.get("pred", "")))
    if dct is None:
        dct = _date_line(rebuilt.sentence_text(1))
        dct_source = "date line" if dct else None
    return MeantimeDocument(
        doc_id=doc_id,
        corpus=corpus,
        path=str(path),
        url=root.get("url"),
        title=rebuilt.sentence_text(0),
        text=rebuilt.text,
        dct=dct,
        dct_source=dct_source,
        tokens=rebuilt.tokens,
        sentences=rebuilt.sentences,
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        entity_mentions=tuple(sorted(entities, key=lambda m: (m.start, m.end, m.id))),
        event_mentions=tuple(sorted(events, key=lambda m: (m.start, m.end, m.id))),
        time_links=tuple(links),
    )


@lru_cache(maxsize=4)
def _load(root: Path) -> tuple[MeantimeDocument, ...]:
    documents = tuple(parse_document(path) for path in corpus_files(root))
    if not documents:
        raise DataMissing(root, "no MEANTIME documents found")
    return documents


def load_meantime(root: Path, corpus: str | None = None) -> tuple[MeantimeDocument, ...]:
    """Every MEANTIME document under ``root`` (the ``meantime-en`` folder), or those of one corpus."""
    documents = _load(Path(root).resolve())
    return documents if corpus is None else tuple(d for d in documents if d.corpus == corpus)


def clear_cache() -> None:
    """Forget the corpora parsed so far (each folder is parsed once per process and kept)."""
    _load.cache_clear()
