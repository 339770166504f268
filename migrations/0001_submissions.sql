-- Migration number: 0001 	 Submissions and their per-question marks.

-- One row per answer sheet handed in.
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,                       -- crypto.randomUUID()
  quiz_id TEXT NOT NULL,
  student TEXT,                              -- trimmed name; NULL when anonymous
  answers TEXT NOT NULL,                     -- JSON object { questionId: string | boolean }, as sent
  score INTEGER NOT NULL CHECK (score >= 0),
  max_score INTEGER NOT NULL CHECK (max_score >= score),
  created_at TEXT NOT NULL                   -- ISO 8601, UTC
);

CREATE INDEX submissions_by_quiz ON submissions (quiz_id, created_at);

-- One row per question of the quiz, answered or not, in question order (rowid).
CREATE TABLE submission_marks (
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  given TEXT,                                -- JSON string or boolean; NULL when unanswered
  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
  PRIMARY KEY (submission_id, question_id)
);
