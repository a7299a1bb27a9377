"""ECB+ (Cybulska & Vossen, LREC 2014): news documents in topics, with event and entity coreference.

Each topic holds two real-world events of the same kind: ``N_Mecb.xml`` documents report one,
``N_Mecbplus.xml`` documents the other. The gold story of a document is therefore its topic plus its half
(``"1/ecb"``, ``"1/ecbplus"``). Only topics 1–35 are in ``../shared/data``; the standard split puts topics 2,
5, 12, 18, 21, 23, 34 and 35 in dev and the rest in train.

Mentions (``ACTION_*``, ``NEG_ACTION_*``, ``HUMAN_PART_*``, ``NON_HUMAN_PART*``, ``LOC_*``, ``TIME_*``)
point at tokens; ``CROSS_DOC_COREF`` relations give each mention its cross-document instance id (the
``note`` attribute), ``INTRA_DOC_COREF`` relations chain mentions inside one document. The literature scores
coreference only on the sentences of ``ECBplus_coreference_sentences.csv``: each mention says whether it
lies in one.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from storyline.eval.corpus import DataMissing, Sentence, Token, natural_sorted, rebuild_text, require_dir

DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
Split = Literal["train", "dev"]
_FILE = re.compile(r"^(?P<topic>\d+)_(?P<number>\d+)(?P<half>ecbplus|ecb)\.xml$")


@dataclass(frozen=True)
class EcbMention:
    """One annotated mention, with offsets into its document's rebuilt text.

    ``instance`` is the cross-document instance id (``None`` when the mention takes part in no cross-document
    relation); ``chain`` always names a cluster: the instance, else an intra-document chain, else the mention
    alone.
    """

    id: str
    doc_id: str
    tag: str
    kind: Literal["event", "entity"]
    start: int
    end: int
    text: str
    sentence: int
    token_ids: tuple[str, ...]
    instance: str | None
    chain: str
    in_coref_sentences: bool


@dataclass(frozen=True)
class EcbDocument:
    """One ECB+ document: rebuilt text, gold story, mentions. ECB+ states no document date (``dct`` None)."""

    doc_id: str
    topic: int
    half: Literal["ecb", "ecbplus"]
    split: Split
    path: str
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[EcbMention, ...]
    dct: str | None = None

    @property
    def gold_story(self) -> str:
        """The gold cluster: topic and half, e.g. ``"1/ecbplus"``."""
        return f"{self.topic}/{self.half}"


def split_of(topic: int) -> Split:
    """``"dev"`` for the standard dev topics, ``"train"`` for the others."""
    return "dev" if topic in DEV_TOPICS else "train"


def corpus_files(root: Path) -> list[Path]:
    """Every document file of ECB+ under ``root`` (the ``ecbplus`` folder), in natural order."""
    folder = require_dir(root / "ECB+", "ECB+ documents")
    return natural_sorted(p for p in folder.glob("*/*.xml") if _FILE.match(p.name))


def coref_sentences(root: Path) -> frozenset[tuple[str, int]]:
    """``(doc_id, sentence)`` pairs listed in ``ECBplus_coreference_sentences.csv``."""
    path = root / "ECBplus_coreference_sentences.csv"
    if not path.is_file():
        raise DataMissing(path, "ECB+ coreference sentence list not found")
    pairs: set[tuple[str, int]] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            pairs.add((f"{row['Topic'].strip()}_{row['File'].strip()}", int(row["Sentence Number"])))
    return frozenset(pairs)


def _kind(tag: str) -> Literal["event", "entity"]:
    return "event" if tag.startswith(("ACTION_", "NEG_ACTION_")) else "entity"


def parse_document(path: Path, selected: frozenset[tuple[str, int]] = frozenset()) -> EcbDocument:
    """Read one ECB+ XML file; raise :class:`DataMissing` when it cannot be parsed."""
    match = _FILE.match(path.name)
    if match is None:
        raise DataMissing(path, "not an ECB+ document name (expected N_Mecb.xml or N_Mecbplus.xml)")
    doc_id = path.name.removesuffix(".xml")
    topic = int(match["topic"])
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DataMissing(path, f"malformed XML ({exc})") from exc
    rebuilt = rebuild_text(
        [(t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    )
    index = rebuilt.token_index()

    markables = root.find("Markables")
    anchored: dict[str, tuple[str, tuple[str, ...]]] = {}
    for element in markables if markables is not None else []:
        anchors = tuple(a.get("t_id", "") for a in element.findall("token_anchor"))
        if anchors:
            anchored[element.get("m_id", "")] = (element.tag, anchors)

    instance_of: dict[str, str] = {}
    chain_of: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        members = [s.get("m_id", "") for s in relation.findall("source")]
        if relation.tag == "CROSS_DOC_COREF" and relation.get("note"):
            for m_id in members:
                instance_of.setdefault(m_id, relation.get("note", ""))
        elif relation.tag == "INTRA_DOC_COREF":
            for m_id in members:
                chain_of.setdefault(m_id, f"{doc_id}/intra/{relation.get('r_id', '')}")

    mentions: list[EcbMention] = []
    for m_id, (tag, anchors) in anchored.items():
        span = rebuilt.span(anchors, index)
        if span is None:
            continue
        sentence = index[next(a for a in anchors if a in index)].sentence
        instance = instance_of.get(m_id)
        mentions.append(
            EcbMention(
                id=f"{doc_id}/{m_id}",
                doc_id=doc_id,
                tag=tag,
                kind=_kind(tag),
                start=span[0],
                end=span[1],
                text=rebuilt.text[span[0] : span[1]],
                sentence=sentence,
                token_ids=anchors,
                instance=instance,
                chain=instance or chain_of.get(m_id) or f"{doc_id}/{m_id}",
                in_coref_sentences=(doc_id, sentence) in selected,
            )
        )
    mentions.sort(key=lambda m: (m.start, m.end, m.id))
    return EcbDocument(
        doc_id=doc_id,
        topic=topic,
        half="ecbplus" if match["half"] == "ecbplus" else "ecb",
        split=split_of(topic),
        path=str(path),
        text=rebuilt.text,
        tokens=rebuilt.tokens,
        sentences=rebuilt.sentences,
        mentions=tuple(mentions),
    )


@lru_cache(maxsize=4)
def _load(root: Path) -> tuple[EcbDocument, ...]:
    selected = coref_sentences(root)
    return tuple(parse_document(path, selected) for path in corpus_files(root))


def load_ecbplus(root: Path, split: Split | None = None) -> tuple[EcbDocument, ...]:
    """Every ECB+ document under ``root`` (the ``ecbplus`` data folder), or those of one split."""
    documents = _load(Path(root).resolve())
    return documents if split is None else tuple(d for d in documents if d.split == split)


def clear_cache() -> None:
    """Forget the corpora parsed so far (each folder is parsed once per process and kept)."""
    _load.cache_clear()
