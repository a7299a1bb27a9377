"""Shared fixtures: a fresh database per test, a file writer, a network-free fetcher, a CLI runner, and the
spaCy model (tests that need it are skipped where it is missing); and a reader of the actions a text gives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from storyline.actions import extract_actions
from storyline.entities import extract_mentions
from storyline.ingest import ingest
from storyline.ingest.fetch import Fetcher
from storyline.quotes import extract_quotes
from storyline.records import Article, IngestReport
from storyline.store import Database

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent

# An ordinary article body, long enough to be kept whole by every cleaning rule (invented text).
BODY = (
    "The harbour authority of Port Velden said on Tuesday that the northern breakwater would be rebuilt "
    "before the winter storms, after engineers found cracks along two hundred metres of the wall.\n\n"
    "Work will begin next month and cost about 14 million crowns, the authority said in a statement, "
    "adding that ferry services to the outer islands would run as usual during the repairs.\n\n"
    "Fishermen in the town have complained for years that the wall was failing, and a local association "
    "welcomed the decision while asking for a public hearing on how the money will be spent."
)


def parse(nlp: object, text: str, ents: dict[str, str] | None = None) -> object:
    """Parse ``text``; with ``ents`` ({substring: label}) replace NER's output by those spans."""
    doc = nlp(text)  # type: ignore[operator]
    if ents is not None:
        spans = []
        for needle, label in ents.items():
            start = text.index(needle)
            spans.append(doc.char_span(start, start + len(needle), label=label))
        doc.ents = spans
    return doc


def read_actions(nlp: object, text: str, with_quotes: bool = False) -> list[tuple[str, str, str | None, str]]:
    """(actor, class, target, modality) of each action the actions stage finds in ``text`` (given the
    quotes stage's quotations when ``with_quotes``, for the "I" and "we" in them)."""
    article = Article(id="a1", source="t", format="text", title=None, text=text)
    doc = nlp(text)  # type: ignore[operator]
    mentions = extract_mentions(article, doc)
    quotes = extract_quotes(article, doc, mentions) if with_quotes else []
    found = extract_actions(article, doc, mentions, quotes=quotes)
    return [(a.actor, a.action_class, a.target, a.modality) for a in found]


def read_triples(nlp: object, text: str, with_quotes: bool = False) -> set[tuple[str, str, str | None]]:
    """(actor, class, target) of each action found in ``text``."""
    return {(actor, cls, target) for actor, cls, target, _m in read_actions(nlp, text, with_quotes)}


def paragraphs(seed: str, count: int = 3) -> str:
    """Distinct invented paragraphs for an article, so that articles built from different seeds differ."""
    return "\n\n".join(
        f"In {seed}, officials of the district council met on day {i} to discuss the budget for roads, "
        f"schools and the water network, and residents of {seed} asked questions about item {i} of the plan."
        for i in range(1, count + 1)
    )


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database in the test's own folder."""
    database = Database(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a file under ``tmp_path/in`` and return its path; ``data`` may be text or bytes."""

    def _write(name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding=encoding)
        return path

    return _write


Route = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def make_fetcher(routes: dict[str, Route], **kwargs: float | int) -> Fetcher:
    """A fetcher whose transport answers from ``routes`` (URL → response or exception), else 404."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        seen.append(url)
        answer = routes.get(url)
        if answer is None:
            return httpx.Response(404, text="not here")
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return answer

    fetcher = Fetcher(transport=httpx.MockTransport(handler), **kwargs)  # type: ignore[arg-type]
    fetcher.seen = seen  # type: ignore[attr-defined]
    return fetcher


def html_response(html: str, status: int = 200) -> httpx.Response:
    return httpx.Response(
        status, content=html.encode("utf-8"), headers={"content-type": "text/html; charset=utf-8"}
    )


@dataclass
class Ingested:
    report: IngestReport
    articles: list[Article]

    def one(self) -> Article:
        assert len(self.articles) == 1, [a.source for a in self.articles]
        return self.articles[0]

    def by_source(self, fragment: str) -> Article:
        found = [a for a in self.articles if fragment in a.source]
        assert len(found) == 1, (fragment, [a.source for a in self.articles])
        return found[0]

    def reasons(self) -> list[str]:
        return [f"{f.source}: {f.reason}" for f in self.report.failures]


@pytest.fixture
def run_ingest(db: Database) -> Callable[..., Ingested]:
    """Ingest inputs into the test's database; return the report and every stored article."""

    def _run(*inputs: str | Path, fetcher: Fetcher | None = None, **kwargs: int) -> Ingested:
        report = ingest(db, [str(i) for i in inputs], fetcher=fetcher, **kwargs)  # type: ignore[arg-type]
        return Ingested(report, list(db.iter_articles()))

    return _run


@pytest.fixture
def cli() -> Callable[..., object]:
    """Invoke the ``storyline`` CLI in-process; returns click's Result (``output``, ``stderr``...)."""
    from storyline.cli import app

    runner = CliRunner()

    def _cli(*args: str | Path) -> object:
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=True)

    return _cli


def assert_one_line(reason: str, names: str) -> None:
    """A failure reason is one line that names the input."""
    assert "\n" not in reason, reason
    assert names in reason, (names, reason)
    assert "Traceback" not in reason


def model_or_skip() -> Any:
    """The spaCy model (:func:`storyline.entities.nlp_model`); skips the calling test where it is missing."""
    from storyline.entities import nlp_model

    try:
        return nlp_model()
    except Exception as exc:  # the model package is missing on this machine
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def nlp() -> Any:
    """The spaCy model, loaded once per test module; the tests using it are skipped where it is missing."""
    return model_or_skip()


def article_folder(tmp_path: Path, *texts: str) -> Path:
    """``tmp_path/in`` holding ``texts`` as ``a.txt``, ``b.txt``...; skips the test without the model."""
    model_or_skip()
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{chr(ord('a') + i)}.txt").write_text(text)
    return folder
