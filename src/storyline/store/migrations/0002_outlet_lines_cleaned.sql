-- Which of an article's repeated edge lines have been taken out of it: an ingest run then only revisits the
-- articles that still carry a line their outlet has since been found to repeat, not all the outlet's articles.
ALTER TABLE outlet_lines ADD COLUMN cleaned INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outlet_lines_pending ON outlet_lines (outlet, line_hash) WHERE cleaned = 0;
