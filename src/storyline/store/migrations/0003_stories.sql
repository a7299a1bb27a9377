-- Derivations between articles, origins, and stories with their sub-events.
-- Evidence is a JSON list of aligned passages (offsets into both texts). An article's row in
-- story_articles also keeps its clustering profile, so that the next incremental run restores the story
-- index from the database instead of re-reading every article.
CREATE TABLE derivations (
    from_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    to_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    score REAL NOT NULL,
    direction TEXT NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
CREATE INDEX derivations_to ON derivations (to_id);
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE subevents (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX subevents_story ON subevents (story_id);
CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories (id),
    subevent_id TEXT,
    origin_id TEXT NOT NULL,
    profile TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);
CREATE TABLE story_redirects (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
);
