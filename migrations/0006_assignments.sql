-- Migration number: 0006 	 Assignments (a quiz handed to a class with a join code), their sheets, public quizzes.

-- One row per quiz handed to a class. Closed when closed_at is set (closed early by the
-- teacher) or once closes_at has passed; reopening clears closed_at.
CREATE TABLE assignments (
  id TEXT PRIMARY KEY,                       -- random, URL-safe
  quiz_id TEXT NOT NULL,
  label TEXT NOT NULL,                       -- the class or session, as the teacher typed it
  join_code TEXT NOT NULL UNIQUE,            -- 6 characters of JOIN_CODE_ALPHABET
  feedback TEXT NOT NULL CHECK (feedback IN ('immediate', 'after-close')),
  closes_at TEXT,                            -- ISO 8601, UTC; NULL: open until closed
  closed_at TEXT,                            -- ISO 8601, UTC; NULL while not closed early
  created_at TEXT NOT NULL                   -- ISO 8601, UTC
);

CREATE INDEX assignments_by_date ON assignments (created_at, id);
CREATE INDEX assignments_by_quiz ON assignments (quiz_id);

-- An assignment's sheets live in submissions, next to the plain quiz sheets (assignment_id
-- NULL), so that a quiz's results, exports and regrades see every sheet of one table.
ALTER TABLE submissions ADD COLUMN assignment_id TEXT;
-- The student's name without case, accents or extra spaces (studentKey in src/core).
ALTER TABLE submissions ADD COLUMN student_key TEXT;

-- One sheet per name per assignment, enforced by the database so that it holds when two
-- sheets under one name arrive at once. NULLs are distinct: plain quiz sheets are untouched.
CREATE UNIQUE INDEX submissions_one_per_student ON submissions (assignment_id, student_key);

-- An assignment's results: the same walks as the quiz's (0003), per assignment.
CREATE INDEX submissions_by_assignment_recent ON submissions (assignment_id, created_at, id);
CREATE INDEX submissions_by_assignment_score ON submissions (assignment_id, score, created_at, id);

-- Created quizzes are listed only when the teacher marks them public (1); the others are
-- reached by their link or an assignment's code.
ALTER TABLE quizzes ADD COLUMN public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1));
