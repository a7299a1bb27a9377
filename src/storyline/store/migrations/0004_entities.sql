-- Entities: each article's name mentions (written once, when the article is parsed) and the entities they
-- resolve to (rewritten by each analysis run, since a new article can merge two names). article_nlp marks the
-- articles already parsed, including those in which no name was found.
CREATE TABLE article_nlp (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,
    parsed_at TEXT NOT NULL
);
CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    canonical TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    role TEXT,
    expansion TEXT,
    ner_label TEXT NOT NULL,
    correction TEXT,
    entity_id TEXT
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    lat REAL,
    lon REAL,
    place_kind TEXT,
    evidence TEXT NOT NULL
);
CREATE INDEX entities_type ON entities (type);
