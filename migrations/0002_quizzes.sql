-- Migration number: 0002 	 Quizzes created by teachers from their own articles.

-- The quiz is generated once, when it is created, and stored whole: students always get the
-- same questions, and no request pays for generation again.
CREATE TABLE quizzes (
  id TEXT PRIMARY KEY,                       -- random, URL-safe, not guessable
  title TEXT NOT NULL,
  language TEXT NOT NULL,
  question_count INTEGER NOT NULL,
  quiz TEXT NOT NULL,                        -- JSON of the Quiz, answer key included
  created_at TEXT NOT NULL                   -- ISO 8601, UTC
);

CREATE INDEX quizzes_by_date ON quizzes (created_at);
