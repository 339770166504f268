-- Migration number: 0005 	 Teachers review, fix and regrade created quizzes.

-- A created quiz keeps the generator's other candidates (the teacher's swap choices), whether
-- students can see it, its revision number (bumped by every change, so that two edits at once
-- cannot overwrite each other) and the next question number (ids are never reused). Quizzes
-- created before this migration are published, as they were, with no alternatives.
ALTER TABLE quizzes ADD COLUMN alternatives TEXT NOT NULL DEFAULT '[]';   -- JSON of Question[]
ALTER TABLE quizzes ADD COLUMN published INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1));
ALTER TABLE quizzes ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quizzes ADD COLUMN next_question_number INTEGER NOT NULL DEFAULT 0;   -- 0: unknown

-- The list students see skips drafts; newest first as before.
CREATE INDEX quizzes_published_by_date ON quizzes (published, created_at);

-- Every change to a quiz, as the teacher can read it back: when, what, before and after.
-- (quiz_id, revision) is the key: of two edits of the same revision, the second fails and is
-- retried on the first one's result. Deleted with the quiz.
CREATE TABLE quiz_revisions (
  quiz_id TEXT NOT NULL,
  revision INTEGER NOT NULL,                 -- 1 for the creation, then +1 per change
  created_at TEXT NOT NULL,                  -- ISO 8601, UTC
  action TEXT NOT NULL,                      -- create, copy, edit, delete, add, move, swap,
                                             -- accept, publish
  question_id TEXT,                          -- the question changed, when one is
  before TEXT,                               -- JSON
  after TEXT,                                -- JSON
  regrade TEXT,                              -- JSON { regraded, changedSheets, changedMarks }
  PRIMARY KEY (quiz_id, revision)
);
