"""SemEval-2015 Task 4, TimeLine: gold cross-document timelines of target entities over Wikinews articles.

Four corpora of 30 documents: the trial corpus (Apple, split ``"trial"``) and the three evaluation corpora
(airbus, gm, stock: split ``"test"``). A gold timeline file names its entity on the first line; each further
line is ``ORDER <tab> DATE <tab> EVENT [<tab> EVENT ...]``, where the events of one line are mentions of the
same event, ``ORDER`` 0 means "not placed in time" and DATE is ``YYYY-MM-DD`` with ``XX`` for what is unknown.
An event is named ``DOCID-SENTENCE-WORD`` (``3307-3-take_away``); we resolve it to the offsets of its first
word in that sentence, preferring a token the task annotated as an event when the word occurs twice.

A few gold event names point at documents or words that do not exist (typos in the release, e.g.
``629292-7-travelling8``); they are kept, with ``start``/``end`` of ``None``, so that scores match what the
gold files say.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from storyline.eval.corpus import (
    DataMissing,
    Sentence,
    Token,
    TokenText,
    natural_sorted,
    rebuild_text,
    require_dir,
)

_EVENT = re.compile(r"^(?P<doc>\d+)-(?P<sentence>\d+)-(?P<word>.+)$")


@dataclass(frozen=True)
class TimelineEvent:
    """One gold event mention named ``DOCID-SENTENCE-WORD``; offsets are ``None`` when it does not resolve."""

    ref: str
    doc_id: str
    sentence: int
    word: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a gold timeline: its order (0 = not placed), its date, and the mentions of one event."""

    order: int
    date: str
    events: tuple[TimelineEvent, ...]


@dataclass(frozen=True)
class Timeline:
    """The gold timeline of one target entity."""

    entity: str
    path: str
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class TimelineDocument:
    """One document of a TimeLine corpus: rebuilt text, creation time and the events the task annotated."""

    doc_id: str
    path: str
    url: str | None
    title: str
    text: str
    dct: str | None
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    event_spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class TimelineCorpus:
    """A TimeLine corpus: its documents, target entities and gold timelines."""

    name: str
    split: Literal["trial", "test"]
    documents: tuple[TimelineDocument, ...]
    target_entities: tuple[str, ...]
    timelines: tuple[Timeline, ...]

    def document(self, doc_id: str) -> TimelineDocument | None:
        """The document with this id, if the corpus has it."""
        return next((d for d in self.documents if d.doc_id == doc_id), None)


@dataclass(frozen=True)
class _Layout:
    name: str
    split: Literal["trial", "test"]
    docs: str
    events: str
    timelines: str
    entities: str | None


def _layouts(root: Path) -> list[_Layout]:
    layouts = [
        _Layout(
            "trial",
            "trial",
            "Corpus-trial-data_task4",
            "Corpus-trial-data_task4_events_timelines",
            "TimeLines_trial_data_task4_v1.2",
            None,
        )
    ]
    for n in (1, 2, 3):
        base = f"SemEval_Task4_data/corpus_{n}"
        layouts.append(
            _Layout(
                f"corpus_{n}",
                "test",
                f"{base}/corpus_trackA_CAT",
                f"{base}/corpus_trackB_CAT",
                f"{base}/TimeLines_Gold_Standard",
                f"{base}/list_target_entities_corpus_{n}.txt",
            )
        )
    return [layout for layout in layouts if (root / layout.docs).is_dir()]


def corpus_files(root: Path) -> list[Path]:
    """Every file the TimeLine loader reads under ``root`` (the ``semeval2015-timeline`` folder)."""
    files: list[Path] = []
    for layout in _layouts(root):
        for folder in (layout.docs, layout.events, layout.timelines):
            files.extend(p for p in (root / folder).iterdir() if p.is_file())
        if layout.entities and (root / layout.entities).is_file():
            files.append(root / layout.entities)
    return natural_sorted(files)


def _event_token_ids(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    root = ET.parse(path).getroot()
    return {a.get("t_id", "") for e in root.iter("EVENT_MENTION") for a in e.findall("token_anchor")}


def _parse_document(path: Path, events_path: Path) -> tuple[TimelineDocument, TokenText, set[str]]:
    try:
        root = ET.parse(path).getroot()
        event_ids = _event_token_ids(events_path)
    except ET.ParseError as exc:
        raise DataMissing(path, f"malformed XML ({exc})") from exc
    rebuilt = rebuild_text(
        [(t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    )
    dct = next(
        (t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None
    )
    spans = tuple(sorted((t.start, t.end) for t in rebuilt.tokens if t.id in event_ids))
    document = TimelineDocument(
        doc_id=root.get("doc_id") or path.name.split("_", 1)[0].split("-", 1)[0],
        path=str(path),
        url=root.get("src_url"),
        title=rebuilt.sentence_text(0),
        text=rebuilt.text,
        dct=dct or None,
        tokens=rebuilt.tokens,
        sentences=rebuilt.sentences,
        event_spans=spans,
    )
    return document, rebuilt, event_ids


def _resolve(ref: str, texts: dict[str, tuple[TokenText, set[str]]]) -> TimelineEvent:
    match = _EVENT.match(ref)
    if match is None:
        return TimelineEvent(ref, "", -1, ref, None, None)
    doc_id, sentence, word = match["doc"], int(match["sentence"]), match["word"]
    found = texts.get(doc_id)
    start: int | None = None
    end: int | None = None
    if found is not None:
        rebuilt, event_ids = found
        first = word.split("_")[0].casefold()
        candidates = [t for t in rebuilt.tokens if t.sentence == sentence and t.text.casefold() == first]
        preferred = [t for t in candidates if t.id in event_ids] or candidates
        if preferred:
            start, end = preferred[0].start, preferred[0].end
    return TimelineEvent(ref, doc_id, sentence, word, start, end)


def parse_timeline(path: Path, texts: dict[str, tuple[TokenText, set[str]]]) -> Timeline:
    """Read one gold timeline file, resolving its events against the corpus texts."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise DataMissing(path, "empty timeline file")
    entries: list[TimelineEntry] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0].strip().isdigit():
            raise DataMissing(path, f"line {number}: expected ORDER, DATE and events separated by tabs")
        events = tuple(_resolve(ref.strip(), texts) for ref in fields[2:] if ref.strip())
        entries.append(TimelineEntry(int(fields[0]), fields[1].strip(), events))
    return Timeline(lines[0].strip(), str(path), tuple(entries))


def _load_corpus(root: Path, layout: _Layout) -> TimelineCorpus:
    documents: list[TimelineDocument] = []
    texts: dict[str, tuple[TokenText, set[str]]] = {}
    for path in natural_sorted((root / layout.docs).glob("*.xml")):
        document, rebuilt, event_ids = _parse_document(path, root / layout.events / path.name)
        documents.append(document)
        texts[document.doc_id] = (rebuilt, event_ids)
    timelines = tuple(
        parse_timeline(p, texts) for p in natural_sorted((root / layout.timelines).glob("*.txt"))
    )
    if layout.entities and (root / layout.entities).is_file():
        lines = (root / layout.entities).read_text(encoding="utf-8").splitlines()
        targets = tuple(line.strip() for line in lines if line.strip())
    else:
        targets = tuple(t.entity for t in timelines)
    return TimelineCorpus(layout.name, layout.split, tuple(documents), targets, timelines)


@lru_cache(maxsize=4)
def _load(root: Path) -> tuple[TimelineCorpus, ...]:
    require_dir(root, "SemEval-2015 TimeLine data")
    corpora = tuple(_load_corpus(root, layout) for layout in _layouts(root))
    if not corpora:
        raise DataMissing(root, "no TimeLine corpus found")
    return corpora


def load_timelines(root: Path, split: Literal["trial", "test"] | None = None) -> tuple[TimelineCorpus, ...]:
    """The TimeLine corpora under ``root`` (the ``semeval2015-timeline`` folder), or those of one split."""
    corpora = _load(Path(root).resolve())
    return corpora if split is None else tuple(c for c in corpora if c.split == split)


def clear_cache() -> None:
    """Forget the corpora parsed so far (each folder is parsed once per process and kept)."""
    _load.cache_clear()
