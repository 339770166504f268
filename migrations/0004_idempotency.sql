-- Migration number: 0004 	 Idempotency keys of submissions (the Idempotency-Key header).

-- One row per key sent with POST /api/quizzes/:id/submissions. The request claims its key
-- (state 'running') before the sheet is marked, then stores the submission, its marks and the
-- key's response (state 'done') in one D1 batch, all or nothing: a retried request gets the
-- first response back and never makes a second submission.
CREATE TABLE idempotency_keys (
  idempotency_key TEXT PRIMARY KEY,          -- as the client sent it: 1 to 255 visible ASCII
  quiz_id TEXT NOT NULL,
  request_hash TEXT NOT NULL,                -- SHA-256 (hex) of the canonical body
  state TEXT NOT NULL CHECK (state IN ('running', 'done')),
  claim TEXT NOT NULL,                       -- random token of the request that holds the key
  claimed_at TEXT NOT NULL,                  -- ISO 8601, UTC; a 'running' claim gone stale is
                                             -- taken over (its request died before its batch)
  submission_id TEXT,                        -- when done
  response TEXT,                             -- when done: the JSON body of the 201
  created_at TEXT NOT NULL                   -- ISO 8601, UTC; keys are kept 24 hours
);

-- Expired keys are deleted oldest first, a few with each new submission.
CREATE INDEX idempotency_keys_by_date ON idempotency_keys (created_at);
