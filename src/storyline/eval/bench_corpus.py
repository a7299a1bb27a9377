"""The bench corpus: N news articles built from real texts, with the copies a real feed holds.

Real texts come from ECB+ and MEANTIME (text rebuilt from their tokens) and from the demo corpus. The corpus
is written as .txt, .html and .jsonl files from a dozen invented outlets, with exact republications,
rewrites (sentences dropped, paragraphs reordered, a new title), re-dated updates and stories mixed from two
articles, so that cleaning, metadata and dedup see a realistic load. It is deterministic for a size and seed.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

from storyline.errors import InputError
from storyline.eval import ecbplus, meantime
from storyline.eval.corpus import DataMissing
from storyline.ingest import build_article, read_documents
from storyline.records import RawDocument


@dataclass(frozen=True)
class BaseArticle:
    """A real news text to build copies from: where it came from, its story, title, paragraphs and date."""

    origin: str
    story: str
    title: str
    paragraphs: tuple[str, ...]
    published: str | None


# -- base texts ----------------------------------------------------------------------------------------------


def _paragraphs(sentences: Sequence[str], per: int = 3) -> tuple[str, ...]:
    clean_sentences = [s.strip() for s in sentences if s.strip()]
    return tuple(" ".join(clean_sentences[i : i + per]) for i in range(0, len(clean_sentences), per))


def load_bases(data: Path, demo: Path | None) -> list[BaseArticle]:
    """Real texts from ECB+ and MEANTIME under ``data`` and the demo corpus; :class:`DataMissing` if none."""
    bases: list[BaseArticle] = []
    for loader in ("ecbplus", "meantime"):
        try:
            if loader == "ecbplus":
                for d in ecbplus.load_ecbplus(data / "ecbplus"):
                    lines = [ln for ln in d.text.split("\n") if ln.strip() and not ln.startswith("http")]
                    if len(lines) >= 4:
                        bases.append(
                            BaseArticle(
                                f"ecbplus:{d.doc_id}", d.gold_story, lines[0], _paragraphs(lines[1:]), None
                            )
                        )
            else:
                for m in meantime.load_meantime(data / "meantime-en"):
                    lines = m.text.split("\n")
                    bases.append(
                        BaseArticle(
                            f"meantime:{m.doc_id}",
                            f"meantime/{m.corpus}",
                            m.title,
                            _paragraphs(lines[2:]),
                            m.dct[:10] if m.dct else None,
                        )
                    )
        except DataMissing:
            continue
    ecbplus.clear_cache()
    meantime.clear_cache()  # the parsed corpora (tokens, mentions) are not needed any more
    if demo is not None and demo.is_dir():
        inputs = [str(demo / name) for name in ("articles", "feeds", "archive") if (demo / name).is_dir()]
        documents, _skipped = read_documents(inputs) if inputs else ([], 0)
        for doc in documents:
            if isinstance(doc, RawDocument):
                try:
                    article = build_article(doc)
                except InputError:
                    continue
                bases.append(
                    BaseArticle(
                        f"demo:{doc.source}",
                        "demo",
                        article.title or "Untitled",
                        tuple(article.text.split("\n\n")),
                        article.published[:10] if article.published else None,
                    )
                )
    if not bases:
        raise DataMissing(data, "no ECB+, MEANTIME or demo text found to build a bench corpus from")
    return bases


# -- corpus --------------------------------------------------------------------------------------------------

_OUTLETS = [
    ("The Harbour Ledger", "harbourledger.example"),
    ("Meridian Post", "meridianpost.example"),
    ("The Northgate Courier", "northgatecourier.example"),
    ("Quayside Observer", "quaysideobserver.example"),
    ("Lantern News", "lanternnews.example"),
    ("Continental Herald", "continentalherald.example"),
    ("Eastern Chronicle", "easternchronicle.example"),
    ("Bayline Tech", "baylinetech.example"),
    ("Ridgeway Gazette", "ridgewaygazette.example"),
    ("The Valley Standard", "valleystandard.example"),
    ("Kestrel News", "kestrelnews.example"),
    ("Delta Morning Star", "deltamorningstar.example"),
]
_REPORTERS = [
    "Marta Sousa",
    "Owen Maddox",
    "Lucy Harrington",
    "Tomás Leal",
    "Priya Raman",
    "Nadia Vasquez",
    "Felix Adeyemi",
    "Camila Rojas",
    "Daniel Pryce",
    "Hannah Okafor",
    "Pieter de Wit",
    "Grace Whitfield",
]
_AGENCIES = ["AFP", "Reuters", "AP"]
_BOILERPLATE = [
    "Share this article",
    "Sign up for our newsletter to get the latest news every morning.",
    "Related articles",
    "Back to top",
    "Follow us on Twitter and Facebook",
]
_KINDS = {"original": 0.40, "copy": 0.10, "rewrite": 0.20, "redated": 0.15, "mixed": 0.15}


@dataclass(frozen=True)
class Item:
    kind: str
    base: BaseArticle
    title: str
    paragraphs: tuple[str, ...]
    published: str
    outlet: int
    byline: str | None
    agency: str | None


def _date(rng: random.Random, base: BaseArticle) -> str:
    if base.published and re.match(r"^\d{4}-\d{2}-\d{2}$", base.published):
        return base.published
    return (date(2008, 1, 1) + timedelta(days=rng.randrange(0, 5000))).isoformat()


def _rewrite(rng: random.Random, paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for paragraph in paragraphs:
        sentences = [s for s in paragraph.split(". ") if s]
        kept = [s for s in sentences if rng.random() > 0.2] or sentences[:1]
        out.append(". ".join(kept))
    if len(out) > 3:
        i = rng.randrange(1, len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return tuple(out)


def plan_corpus(bases: Sequence[BaseArticle], size: int, seed: int = 0) -> list[Item]:
    """Choose ``size`` articles: originals of shuffled real texts and varied copies of earlier ones."""
    rng = random.Random(seed * 1_000_003 + size)
    pool = list(bases)
    rng.shuffle(pool)
    by_story: dict[str, list[BaseArticle]] = {}
    for candidate in pool:
        by_story.setdefault(candidate.story, []).append(candidate)
    items: list[Item] = []
    unused = iter(pool)
    kinds, weights = list(_KINDS), list(_KINDS.values())
    for _ in range(size):
        kind = rng.choices(kinds, weights)[0] if items else "original"
        base = next(unused, None) if kind == "original" else None
        if base is None:  # a copy, or every real text is already used once: vary an earlier article
            kind = "rewrite" if kind == "original" else kind
            base = rng.choice(items).base
        outlet = rng.randrange(len(_OUTLETS))
        byline = rng.choice(_REPORTERS) if rng.random() < 0.7 else None
        agency = rng.choice(_AGENCIES) if rng.random() < 0.2 else None
        title, paragraphs, published = base.title, base.paragraphs, _date(rng, base)
        if kind == "copy":
            previous = next(i for i in reversed(items) if i.base is base)
            title, paragraphs, published = previous.title, previous.paragraphs, previous.published
        elif kind == "rewrite":
            paragraphs = _rewrite(rng, paragraphs)
            title = f"{title.rstrip('.')}: what we know"
        elif kind == "redated":
            shifted = date.fromisoformat(published) + timedelta(days=rng.randrange(1, 4))
            published = shifted.isoformat()
            paragraphs = (*paragraphs, f"This article was updated on {shifted.strftime('%B %d, %Y')}.")
        elif kind == "mixed":
            other = rng.choice(by_story.get(base.story, pool))
            merged = [p for pair in zip(base.paragraphs, other.paragraphs, strict=False) for p in pair]
            paragraphs = tuple(merged) or base.paragraphs
            title = f"{base.title.rstrip('.')} and more"
        items.append(Item(kind, base, title, paragraphs, published, outlet, byline, agency))
    return items


def text_file(rng: random.Random, item: Item) -> str:
    name, domain = _OUTLETS[item.outlet]
    lines: list[str] = []
    if rng.random() < 0.5:
        lines += [f"title: {item.title}", f"date: {item.published}", f"outlet: {name}", ""]
    else:
        day = date.fromisoformat(item.published)
        lines += [item.title, "", day.strftime("%B %d, %Y"), ""]
    if item.byline:
        lines += [f"By {item.byline}" + (f" for {item.agency}" if item.agency else ""), ""]
    for paragraph in item.paragraphs:
        lines += [paragraph, ""]
    if rng.random() < 0.4:
        lines += [rng.choice(_BOILERPLATE), ""]
    if rng.random() < 0.3:
        lines += ["Original url:", f"https://www.{domain}/news/{zlib.crc32(item.title.encode()):08x}", ""]
    return "\n".join(lines)


def _html_file(item: Item) -> str:
    name, domain = _OUTLETS[item.outlet]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in item.paragraphs)
    author = f'<meta name="author" content="{escape(item.byline)}">' if item.byline else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(item.title)} | {escape(name)}"
        f'</title><meta property="og:site_name" content="{escape(name)}">'
        f'<meta property="article:published_time" content="{item.published}">{author}</head><body>'
        f'<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>'
        f"<article><h1>{escape(item.title)}</h1>{body}</article>"
        f'<footer><p>Share this article</p><p>© {escape(name)} — <a href="https://www.{domain}/">{domain}</a>'
        f"</p></footer></body></html>"
    )


def write_corpus(items: Sequence[Item], folder: Path, seed: int = 0) -> dict[str, Any]:
    """Write the planned articles as .txt, .html and .jsonl files under ``folder``; return what it wrote."""
    rng = random.Random(seed + 7)
    folder.mkdir(parents=True, exist_ok=True)
    formats: Counter[str] = Counter()
    jsonl: list[str] = []
    for n, item in enumerate(items):
        roll = rng.random()
        if roll < 0.15:
            (folder / f"{n:06d}.html").write_text(_html_file(item), encoding="utf-8")
            formats["html"] += 1
        elif roll < 0.25:
            name, _domain = _OUTLETS[item.outlet]
            record = {
                "title": item.title,
                "text": "\n\n".join(item.paragraphs),
                "outlet": name,
                "published": item.published,
                "byline": item.byline,
            }
            jsonl.append(json.dumps(record, ensure_ascii=False))
            formats["jsonl"] += 1
        else:
            (folder / f"{n:06d}.txt").write_text(text_file(rng, item), encoding="utf-8")
            formats["txt"] += 1
    for chunk in range(0, len(jsonl), 50):
        (folder / f"wire-{chunk // 50:04d}.jsonl").write_text(
            "\n".join(jsonl[chunk : chunk + 50]) + "\n", encoding="utf-8"
        )
    size = sum(p.stat().st_size for p in folder.iterdir())
    return {
        "articles": len(items),
        "kinds": dict(Counter(i.kind for i in items)),
        "formats": dict(formats),
        "files": sum(1 for _ in folder.iterdir()),
        "bytes": size,
        "sources": dict(Counter(i.base.origin.split(":", 1)[0] for i in items)),
    }


def one_new_article(bases: Sequence[BaseArticle], rng: random.Random, marker: str) -> str:
    """The text of one new article (not in any corpus): a real text with ``marker`` as its first paragraph."""
    base = rng.choice(bases)
    item = Item(
        "original",
        base,
        f"{base.title} ({marker[:20]})",
        (marker, *base.paragraphs),
        _date(rng, base),
        rng.randrange(len(_OUTLETS)),
        rng.choice(_REPORTERS),
        None,
    )
    return text_file(rng, item)
