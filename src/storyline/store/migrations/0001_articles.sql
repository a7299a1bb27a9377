-- Articles, where each was seen, cleaning statistics per outlet, and the log of ingest runs.
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    source_path TEXT,
    url TEXT,
    outlet TEXT,
    outlet_source TEXT,
    title TEXT,
    byline TEXT,
    published TEXT,
    published_precision TEXT,
    published_source TEXT,
    wire_credits TEXT NOT NULL DEFAULT '[]',
    language TEXT,
    encoding TEXT NOT NULL DEFAULT 'utf-8',
    text TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_body_hash ON articles (body_hash);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

-- Every place an article was seen, the first one included; duplicates add rows here, not articles.
CREATE TABLE article_sources (
    article_id TEXT NOT NULL REFERENCES articles (id),
    source TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (article_id, source)
);

-- Hashes of the short edge lines of each outlet's articles: a line repeated across an outlet's
-- articles is that outlet's boilerplate.
CREATE TABLE outlet_lines (
    outlet TEXT NOT NULL,
    line_hash TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (outlet, line_hash, article_id)
) WITHOUT ROWID;

CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    ingested INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ingest_failures (
    run_id INTEGER NOT NULL REFERENCES ingest_runs (id),
    source TEXT NOT NULL,
    reason TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
