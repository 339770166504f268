-- Migration number: 0003 	 Indexes for a quiz's results (GET /api/quizzes/:id/results).

-- Recent submissions are paged newest first by the keyset (created_at, id): this index walks
-- a quiz's submissions in that order. It starts with the columns of submissions_by_quiz
-- (0001), which it therefore replaces.
DROP INDEX IF EXISTS submissions_by_quiz;
CREATE INDEX submissions_by_quiz_recent ON submissions (quiz_id, created_at, id);

-- Mean, median, distribution and the top and bottom 27% all rank a quiz's submissions by
-- score (ties by created_at, id): covered by this index, without reading the table.
CREATE INDEX submissions_by_quiz_score ON submissions (quiz_id, score, created_at, id);
