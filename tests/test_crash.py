"""Crash safety: a kill -9 in the middle of an ingest leaves a consistent database; a re-run completes it."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FILES = 3000
KILL_AFTER = 150  # articles committed before the kill


def _write_corpus(folder: Path) -> None:
    for n in range(FILES):
        sub = folder / f"batch{n // 500}"
        sub.mkdir(parents=True, exist_ok=True)
        # a third of the files come from one outlet with a repeated footer, so outlet statistics run as well
        header = "source: The Velden Courier\n\n" if n % 3 == 0 else ""
        footer = "\n\nThe Velden Courier is published by Harbour Media Ltd." if n % 3 == 0 else ""
        (sub / f"{n:05d}.txt").write_text(
            f"{header}Council note {n}\n\nIn Orrin the council met on day {n} to discuss the budget "
            "for roads, "
            f"and residents asked about reference q{n:05d}z of the plan.\n\nThe mayor said the plan "
            f"would be published after a vote on item {n}.{footer}\n",
            encoding="utf-8",
        )


def _command(folder: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from storyline.cli import main; main()",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "-q",
        # The analysis still runs (its writes are one transaction too); the models would only slow this.
        "--no-embeddings",
        "--no-entities",
    ]


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _check_consistent(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        rows = conn.execute("SELECT seq, id, text FROM articles").fetchall()
        for seq, article_id, text in rows:
            assert text.strip(), article_id
            token = re.search(r"q\d{5}z", text)
            assert token, article_id
            hits = [
                r[0]
                for r in conn.execute(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (token[0],)
                )
            ]
            assert hits == [seq], (article_id, hits)
        orphans = conn.execute(
            "SELECT COUNT(*) FROM articles a "
            "WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)"
        ).fetchone()[0]
        assert orphans == 0
        dangling = conn.execute(
            "SELECT COUNT(*) FROM article_sources s "
            "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)"
        ).fetchone()[0]
        assert dangling == 0
        return len(rows)
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_during_ingest_then_rerun(tmp_path):
    folder = tmp_path / "corpus"
    _write_corpus(folder)
    db = tmp_path / "crash.db"
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.Popen(_command(folder, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    try:
        while _count(db) < KILL_AFTER:
            assert proc.poll() is None, "the ingest finished before it could be killed"
            assert time.monotonic() < deadline, "the ingest stored nothing in two minutes"
            time.sleep(0.01)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    stored = _check_consistent(db)
    assert KILL_AFTER <= stored < FILES

    rerun = subprocess.run(_command(folder, db), capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr
    summary = re.search(r"ingested (\d+), duplicates (\d+), failed (\d+)", rerun.stdout)
    assert summary, rerun.stdout
    ingested, duplicates, failed = map(int, summary.groups())
    assert (ingested, duplicates, failed) == (FILES - stored, stored, 0)
    assert _check_consistent(db) == FILES

    # and the outlet's footer, learnt across the run, is gone from every one of its articles
    with sqlite3.connect(db) as conn:
        left = conn.execute("SELECT COUNT(*) FROM articles WHERE text LIKE '%Harbour Media Ltd%'").fetchone()[
            0
        ]
    assert left == 0
