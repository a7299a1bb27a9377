-- What the facts-and-time stage finds in each article (time expressions, quantities, facts, dated events),
-- one JSON array of records per article and kind, offsets included. A story's agreement and conflict and its
-- timeline are computed from them for the story's current articles, so they are never stored stale.
CREATE TABLE article_items (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    items INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, kind)
);
