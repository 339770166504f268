-- Benchmark only: what bare-hono-d1.ts writes.
CREATE TABLE sheets (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE marks (sheet_id TEXT NOT NULL REFERENCES sheets (id), mark INTEGER NOT NULL);
INSERT INTO sheets (id, body) VALUES ('seed', '{}');
