-- Quotations, and a record of which per-article extraction stages have run on which article.
-- article_stages lets a stage added in a later release run on the articles stored before it, and a stage
-- whose extractor changed (a new version) run again; quotes are written once per article and stage run.
CREATE TABLE article_stages (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    version INTEGER NOT NULL,
    items INTEGER NOT NULL,
    done_at TEXT NOT NULL,
    PRIMARY KEY (article_id, stage)
);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_mention_id TEXT,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    audience TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker_mention ON quotes (speaker_mention_id);
