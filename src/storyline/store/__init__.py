"""The storage layer: every read and write of the database goes through :class:`Database`.

SQLite is the embedded default: one file, WAL mode, FTS5 over title and text, named migrations applied in
order and recorded in ``schema_migrations``. Each article is written in one transaction together with its
full-text row and statistics, so a crash at any point leaves either the whole article or nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import MigrationError, NotFound, StoreError
from storyline.records import Article, Failure, RemovedLine

DEFAULT_DB = "storyline.db"
_QUERY_NOISE = re.compile(r'["\x00-\x1f\x7f]')


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migration_names() -> list[str]:
    """The named migrations shipped with this version, in the order they apply."""
    folder = resources.files("storyline.store") / "migrations"
    return sorted(p.name.removesuffix(".sql") for p in folder.iterdir() if p.name.endswith(".sql"))


def _migration_sql(name: str) -> str:
    return (resources.files("storyline.store") / "migrations" / f"{name}.sql").read_text(encoding="utf-8")


class Database:
    """A Storyline database file; opening it applies any migration it lacks."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 10000")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database ({exc})") from exc
        self.migrate()

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations ---------------------------------------------------------------------------------------

    def applied_migrations(self) -> list[str]:
        """Names of the migrations this database has, in the order they were applied."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        return [r[0] for r in self.conn.execute("SELECT name FROM schema_migrations ORDER BY rowid")]

    def migrate(self) -> list[str]:
        """Apply the migrations this database lacks, each in its own transaction; return their names."""
        try:
            applied = self.applied_migrations()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a Storyline database ({exc})") from exc
        known = migration_names()
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise MigrationError(
                f"{self.path}: written by a newer Storyline (unknown migration {unknown[0]}); "
                "upgrade Storyline"
            )
        done = []
        for name in known:
            if name in applied:
                continue
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for statement in _split_sql(_migration_sql(name)):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, _now()))
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self.conn.execute("ROLLBACK")
                raise MigrationError(f"{self.path}: migration {name} failed ({exc})") from exc
            done.append(name)
        return done

    # -- articles -----------------------------------------------------------------------------------------

    def find_duplicate(self, article: Article) -> str | None:
        """The id of a stored article with the same clean text or the same substantial paragraphs, if any.

        Anything looser (an update with one new paragraph, a rewrite) is a different article: relating those
        is the job of derivation, which keeps both.
        """
        row = self.conn.execute(
            "SELECT id FROM articles WHERE id = ? OR body_hash = ? LIMIT 1", (article.id, article.body_hash)
        ).fetchone()
        return None if row is None else str(row[0])

    def add_article(
        self,
        article: Article,
        edge_line_hashes: Iterable[str] = (),
        *,
        cleaned_line_hashes: Iterable[str] = (),
    ) -> str | None:
        """Store ``article`` atomically; return the id of the stored twin instead when it is a duplicate.

        ``edge_line_hashes`` are the hashes of the article's short edge lines, counted per outlet to learn
        that outlet's boilerplate (``cleaned_line_hashes`` those of them already taken out of its text).
        """
        cleaned = set(cleaned_line_hashes)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            twin = self.find_duplicate(article)
            if twin is not None:
                self.conn.execute(
                    "INSERT OR IGNORE INTO article_sources VALUES (?, ?, ?)", (twin, article.source, _now())
                )
                self.conn.execute("COMMIT")
                return twin
            self.conn.execute(
                """INSERT INTO articles (id, body_hash, source, format, source_path, url, outlet,
                   outlet_source, title, byline, published, published_precision, published_source,
                   wire_credits, language, encoding, text, removed, ingested_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    article.id,
                    article.body_hash,
                    article.source,
                    article.format,
                    article.source_path,
                    article.url,
                    article.outlet,
                    article.outlet_source,
                    article.title,
                    article.byline,
                    article.published,
                    article.published_precision,
                    article.published_source,
                    json.dumps(list(article.wire_credits)),
                    article.language,
                    article.encoding,
                    article.text,
                    _removed_json(article.removed),
                    _now(),
                ),
            )
            self.conn.execute(
                "INSERT OR IGNORE INTO article_sources VALUES (?, ?, ?)", (article.id, article.source, _now())
            )
            if article.outlet:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO outlet_lines (outlet, line_hash, article_id, cleaned) "
                    "VALUES (?, ?, ?, ?)",
                    [(article.outlet, h, article.id, int(h in cleaned)) for h in set(edge_line_hashes)],
                )
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(
                f"{self.path}: cannot store article {article.id} from {article.source} ({exc})"
            ) from exc
        return None

    def outlet_line_counts(
        self, outlet: str, line_hashes: Iterable[str], cap: int | None = None
    ) -> dict[str, int]:
        """How many stored articles of ``outlet`` carry each of ``line_hashes`` as an edge line.

        With ``cap``, counting stops there: a footer carried by every article of a large outlet is not
        counted to the end for each new article.
        """
        limit = -1 if cap is None else cap
        counts: dict[str, int] = {}
        for line_hash in set(line_hashes):
            row = self.conn.execute(
                "SELECT COUNT(*) FROM "
                "(SELECT 1 FROM outlet_lines WHERE outlet = ? AND line_hash = ? LIMIT ?)",
                (outlet, line_hash, limit),
            ).fetchone()
            if row[0]:
                counts[line_hash] = int(row[0])
        return counts

    def repeated_outlet_lines(self, outlet: str, min_articles: int) -> set[str]:
        """Hashes of edge lines that at least ``min_articles`` stored articles of ``outlet`` carry."""
        rows = self.conn.execute(
            "SELECT line_hash FROM outlet_lines WHERE outlet = ? GROUP BY line_hash HAVING COUNT(*) >= ?",
            (outlet, min_articles),
        )
        return {str(r[0]) for r in rows}

    def articles_of_outlet_with_lines(
        self, outlet: str, line_hashes: set[str], pending_only: bool = True
    ) -> list[Article]:
        """The stored articles of ``outlet`` that carry any of ``line_hashes`` (by default only those from
        which the line has not been taken out yet)."""
        hashes = sorted(line_hashes)
        found: set[str] = set()
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            marks = ",".join("?" * len(chunk))
            pending = "AND cleaned = 0" if pending_only else ""
            found.update(
                str(r[0])
                for r in self.conn.execute(
                    "SELECT DISTINCT article_id FROM outlet_lines "
                    f"WHERE outlet = ? AND line_hash IN ({marks}) {pending}",
                    [outlet, *chunk],
                )
            )
        articles = []
        for article_id in found:
            row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                articles.append((int(row["seq"]), _article_from_row(row)))
        return [a for _, a in sorted(articles, key=lambda pair: pair[0])]

    def update_clean_text(
        self,
        article_id: str,
        text: str,
        removed: tuple[RemovedLine, ...],
        cleaned_lines: tuple[str, Iterable[str]] | None = None,
    ) -> None:
        """Replace an article's clean text and removed lines (its id stays: ids are stable once stored).

        ``cleaned_lines`` (outlet, line hashes) marks those edge lines as taken out of it, in the same
        transaction.
        """
        with self.transaction():
            self.conn.execute(
                "UPDATE articles SET text = ?, removed = ? WHERE id = ?",
                (text, _removed_json(removed), article_id),
            )
            # Offsets into the old text are stale: the next analysis relates and places the article again.
            self.conn.execute(
                "DELETE FROM derivations WHERE from_id = ? OR to_id = ?", (article_id, article_id)
            )
            self.conn.execute("DELETE FROM story_articles WHERE article_id = ?", (article_id,))
            # A story this article alone made is gone until the next analysis places the article again.
            drop_empty_stories(self.conn)
            self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM article_nlp WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM article_stages WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM article_items WHERE article_id = ?", (article_id,))
            if cleaned_lines is not None:
                outlet, hashes = cleaned_lines
                self.conn.executemany(
                    "UPDATE outlet_lines SET cleaned = 1 "
                    "WHERE outlet = ? AND line_hash = ? AND article_id = ?",
                    [(outlet, h, article_id) for h in set(hashes)],
                )

    def mark_lines_cleaned(self, outlet: str, article_id: str, line_hashes: Iterable[str]) -> None:
        """Record that these edge lines of an article need no more cleaning."""
        with self.transaction():
            self.conn.executemany(
                "UPDATE outlet_lines SET cleaned = 1 WHERE outlet = ? AND line_hash = ? AND article_id = ?",
                [(outlet, h, article_id) for h in set(line_hashes)],
            )

    def get_article(self, article_id: str) -> Article:
        """The article with this id, or with an id starting with it when that prefix is unambiguous."""
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 2",
            (article_id, _like_prefix(article_id)),
        ).fetchall()
        exact = [r for r in rows if r["id"] == article_id]
        if exact:
            return _article_from_row(exact[0])
        if len(rows) > 1 and article_id:
            raise NotFound("article", article_id, "ambiguous prefix: give more characters")
        if len(rows) != 1 or not article_id:
            raise NotFound("article", article_id)
        return _article_from_row(rows[0])

    def article_sources(self, article_id: str) -> list[str]:
        """Every place the article was seen, in order."""
        rows = self.conn.execute(
            "SELECT source FROM article_sources WHERE article_id = ? ORDER BY rowid", (article_id,)
        )
        return [str(r[0]) for r in rows]

    def iter_articles(self, limit: int | None = None) -> Iterator[Article]:
        """All articles in the order they were stored."""
        sql = "SELECT * FROM articles ORDER BY seq"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        for row in self.conn.execute(sql, params):
            yield _article_from_row(row)

    def count_articles(self) -> int:
        """How many articles are stored."""
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str]]:
        """Full-text search over title and text; returns (article, snippet) pairs, best first.

        The query is taken as plain words (all must match), never as FTS5 syntax, so any user text is safe.
        """
        # Quotes would end the phrase, and SQLite cuts a string at NUL: neither reaches the MATCH expression.
        words = [w for w in _QUERY_NOISE.sub(" ", query).split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        try:
            rows = self.conn.execute(
                """SELECT a.*, snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snip FROM articles_fts
                   JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank
                   LIMIT ?""",
                (match, limit),
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: search for {query!r} failed ({exc})") from exc
        return [(_article_from_row(r), str(r["snip"])) for r in rows]

    # -- ingest runs --------------------------------------------------------------------------------------

    def start_run(self) -> int:
        """Record the start of an ingest run and return its id."""
        with self.transaction():
            cur = self.conn.execute("INSERT INTO ingest_runs (started_at) VALUES (?)", (_now(),))
        return int(cur.lastrowid or 0)

    def record_failure(self, run_id: int, failure: Failure) -> None:
        """Store why an input of a run failed, so that it can be shown later."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO ingest_failures VALUES (?, ?, ?)", (run_id, failure.source, failure.reason)
            )

    def finish_run(self, run_id: int, ingested: int, duplicates: int, failed: int) -> None:
        """Record the totals of a finished run."""
        with self.transaction():
            self.conn.execute(
                "UPDATE ingest_runs SET finished_at = ?, ingested = ?, duplicates = ?, failed = ? "
                "WHERE id = ?",
                (_now(), ingested, duplicates, failed, run_id),
            )

    def failures(self, run_id: int | None = None) -> list[Failure]:
        """Failures of one run, or of the latest run when ``run_id`` is None."""
        if run_id is None:
            row = self.conn.execute("SELECT MAX(id) FROM ingest_runs").fetchone()
            run_id = row[0]
        rows = self.conn.execute("SELECT source, reason FROM ingest_failures WHERE run_id = ?", (run_id,))
        return [Failure(str(r[0]), str(r[1])) for r in rows]

    def transaction(self) -> _Transaction:
        """A context manager that commits on success and rolls back on error."""
        return _Transaction(self.conn, self.path)


class _Transaction:
    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"{self.path}: {exc}") from exc


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements; triggers hold semicolons, so split on complete statements only."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not current:
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def drop_empty_stories(conn: sqlite3.Connection) -> None:
    """Delete the stories (and their sub-events) that no article is placed in any more."""
    conn.execute("DELETE FROM subevents WHERE story_id NOT IN (SELECT DISTINCT story_id FROM story_articles)")
    conn.execute("DELETE FROM stories WHERE id NOT IN (SELECT DISTINCT story_id FROM story_articles)")


_IN_CHUNK = 400  # ids bound per query: well under SQLite's limit on parameters (999 in older builds)


def rows_in(
    conn: sqlite3.Connection, sql: str, ids: Iterable[str], times: int = 1, before: Sequence[object] = ()
) -> Iterator[sqlite3.Row]:
    """The rows of ``sql`` for ``ids``, queried a chunk at a time: ``sql`` holds ``{marks}`` where a chunk's
    placeholders go, ``times`` times (``... WHERE a IN ({marks}) OR b IN ({marks})``); ``before`` are the
    values of placeholders that come before the first ``{marks}``."""
    values = list(ids)
    for start in range(0, len(values), _IN_CHUNK):
        chunk = values[start : start + _IN_CHUNK]
        yield from conn.execute(
            sql.replace("{marks}", ",".join("?" * len(chunk))), [*before, *(chunk * times)]
        )


def id_by_prefix(conn: sqlite3.Connection, table: str, kind: str, key: str, asked: str) -> str:
    """The one id in ``table`` that starts with ``key``; :class:`NotFound` naming ``asked`` when none does,
    when several do, or when ``key`` is empty."""
    if not key:
        raise NotFound(kind, asked)
    rows = conn.execute(
        f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (_like_prefix(key),)
    ).fetchall()
    if len(rows) == 1:
        return str(rows[0][0])
    if len(rows) > 1:
        raise NotFound(kind, asked, "ambiguous prefix: give more characters")
    raise NotFound(kind, asked)


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _removed_json(removed: tuple[RemovedLine, ...]) -> str:
    return json.dumps(
        [{"text": r.text, "reason": r.reason, "line": r.line} for r in removed], ensure_ascii=False
    )


def _article_from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        source=row["source"],
        format=row["format"],
        title=row["title"],
        text=row["text"],
        source_path=row["source_path"],
        url=row["url"],
        outlet=row["outlet"],
        outlet_source=row["outlet_source"],
        byline=row["byline"],
        published=row["published"],
        published_precision=row["published_precision"],
        published_source=row["published_source"],
        wire_credits=tuple(json.loads(row["wire_credits"])),
        language=row["language"],
        encoding=row["encoding"],
        removed=tuple(
            RemovedLine(r["text"], r["reason"], int(r["line"])) for r in json.loads(row["removed"])
        ),
        body_hash=row["body_hash"],
    )
