/**
 * @module
 * All SQL on idempotency keys (table in migrations/0004_idempotency.sql), and the batch that
 * stores a keyed submission: its row, its marks and the key's response, all or nothing.
 *
 * A fresh key costs one D1 round trip: the claim and the sheet go in one batch
 * ({@link claimAndStore}); D1 runs a batch as one transaction, so the sheet is written only when
 * this request's claim is, and a batch that fails leaves neither behind. Only a key already
 * there (a retry, a double post, a request that died) costs a read more.
 *
 * Every statement here is safe to run twice (a claim is `INSERT … ON CONFLICT DO NOTHING`, the
 * batch writes only while the request still holds its claim), so each is retried once after a
 * transient D1 error: a first try that did commit is then seen, never done twice.
 */
import { insertSubmissions, rethrowDuplicate, type Submission } from "./submission-store";
import { retryOnce } from "./transient-errors";

/** How long a key is remembered: a retry comes within minutes, not days. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Expired keys deleted with each new submission: enough to keep up, cheap in every batch. */
const EXPIRED_KEYS_PER_BATCH = 20;

/** A request's claim on a key. */
export interface KeyClaim {
  key: string;
  quizId: string;
  /** SHA-256 (hex) of the canonical body: the same key must come with the same request. */
  requestHash: string;
  /** Random, this request's own: tells its claim from another request's. */
  token: string;
  /** ISO 8601, UTC. */
  now: string;
  /** A claim still running that was made before this (ISO 8601) is taken over. */
  staleBefore: string;
}

/** What storing a keyed sheet came to. */
export type StoreOutcome =
  /** Stored under this request's claim (now, or by a first try whose answer was lost). */
  | { kind: "stored" }
  /** A request with this key and body was stored: its response, to send again. */
  | { kind: "done"; response: string }
  /** A request with this key is being handled right now. */
  | { kind: "running" }
  /** The key came with another quiz or another body. */
  | { kind: "mismatch" };

interface KeyRow {
  quiz_id: string;
  request_hash: string;
  state: "running" | "done";
  claim: string;
  claimed_at: string;
  response: string | null;
}

/**
 * Claims `claim.key` and stores the submission, its marks and the key's response in one batch,
 * one D1 round trip: the sheet is written only under this request's claim, and the batch is one
 * transaction. When the key was there already, reads it: its stored response (`done`), another
 * request's claim (`running`), another request (`mismatch`), or a claim left `running` since
 * before `staleBefore` by a request that died, which is taken over and the sheet stored under
 * it. An assignment sheet under a name that already handed in throws `DuplicateStudentError`
 * (nothing written, the key left free).
 *
 * @example
 * const outcome = await claimAndStore(env.DB, claim, submission, receipt);
 * if (outcome.kind === "done") return replay(outcome.response);
 */
export async function claimAndStore(
  db: D1Database,
  claim: KeyClaim,
  submission: Submission,
  response: string,
): Promise<StoreOutcome> {
  const statements = [
    insertClaim(db, claim),
    ...completeStatements(db, claim, submission, response),
  ];
  const results = await retryOnce(() => db.batch(statements)).catch(rethrowDuplicate(submission));
  if (results.at(-2)?.meta.changes === 1) return { kind: "stored" };

  const row = await readKey(db, claim.key);
  // Deleted as expired meanwhile: as good as never seen; the client retries.
  if (!row) return { kind: "running" };
  // Our own batch, committed by a first try whose answer was lost (one transaction: claim and
  // sheet together).
  if (row.claim === claim.token)
    return row.state === "done" ? { kind: "stored" } : { kind: "running" };
  if (row.quiz_id !== claim.quizId || row.request_hash !== claim.requestHash) {
    return { kind: "mismatch" };
  }
  if (row.state === "done" && row.response !== null)
    return { kind: "done", response: row.response };
  if (row.claimed_at >= claim.staleBefore) return { kind: "running" };
  if (!(await takeOver(db, claim, row.claim))) return { kind: "running" };

  let stored: boolean;
  try {
    stored = await completeKey(db, claim, submission, response);
  } catch (error) {
    // Nothing of the batch was written: free the key so that the client's retry can proceed.
    await releaseKey(db, claim).catch(() => {});
    throw error;
  }
  if (stored) return { kind: "stored" };
  // Presumed dead and taken over in turn: that request's outcome is the answer.
  const theirs = await storedResponse(db, claim.key);
  return theirs === undefined ? { kind: "running" } : { kind: "done", response: theirs };
}

function insertClaim(db: D1Database, claim: KeyClaim): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO idempotency_keys
         (idempotency_key, quiz_id, request_hash, state, claim, claimed_at, created_at)
       VALUES (?1, ?2, ?3, 'running', ?4, ?5, ?5)
       ON CONFLICT (idempotency_key) DO NOTHING`,
    )
    .bind(claim.key, claim.quizId, claim.requestHash, claim.token, claim.now);
}

/** Takes over a stale claim (`staleClaim`, still running); whether this request now holds it. */
async function takeOver(db: D1Database, claim: KeyClaim, staleClaim: string): Promise<boolean> {
  const takenOver = await retryOnce(() =>
    db
      .prepare(
        `UPDATE idempotency_keys SET claim = ?1, claimed_at = ?2
         WHERE idempotency_key = ?3 AND state = 'running' AND (claim = ?4 OR claim = ?1)`,
      )
      .bind(claim.token, claim.now, claim.key, staleClaim)
      .run(),
  );
  return takenOver.meta.changes === 1;
}

/**
 * Stores the submission, its marks and the key's response in one batch, only if this request
 * still holds its claim (taken over from a request presumed dead, which must not write now). Returns
 * whether the submission is stored under this claim (now, or by a first try whose answer was
 * lost). An assignment sheet under a name that already handed in throws `DuplicateStudentError`.
 *
 * @example
 * if (await completeKey(env.DB, claim, submission, JSON.stringify(body))) return created(body);
 */
async function completeKey(
  db: D1Database,
  claim: KeyClaim,
  submission: Submission,
  response: string,
): Promise<boolean> {
  const statements = completeStatements(db, claim, submission, response);
  const results = await retryOnce(() => db.batch(statements)).catch(rethrowDuplicate(submission));
  if (results.at(-2)?.meta.changes === 1) return true;
  const row = await readKey(db, claim.key);
  return row?.state === "done" && row.claim === claim.token;
}

/**
 * The submission, its marks, the key's response (the one before last: its `changes` say whether
 * the sheet was stored) and expired keys deleted, written only while `claim` holds the key.
 */
function completeStatements(
  db: D1Database,
  claim: KeyClaim,
  submission: Submission,
  response: string,
): D1PreparedStatement[] {
  return [
    ...insertSubmissions(db, [submission], {
      sql: `EXISTS (SELECT 1 FROM idempotency_keys
                    WHERE idempotency_key = ?2 AND claim = ?3 AND state = 'running')`,
      values: [claim.key, claim.token],
    }),
    db
      .prepare(
        `UPDATE idempotency_keys SET state = 'done', submission_id = ?1, response = ?2
         WHERE idempotency_key = ?3 AND claim = ?4 AND state = 'running'`,
      )
      .bind(submission.id, response, claim.key, claim.token),
    db
      .prepare(
        `DELETE FROM idempotency_keys WHERE rowid IN (
           SELECT rowid FROM idempotency_keys WHERE created_at < ?1 ORDER BY created_at LIMIT ?2)`,
      )
      .bind(
        new Date(Date.parse(claim.now) - KEY_LIFETIME_MS).toISOString(),
        EXPIRED_KEYS_PER_BATCH,
      ),
  ];
}

/**
 * Gives up a claim whose batch failed, so that a retry need not wait for it to go stale.
 *
 * @example
 * await releaseKey(env.DB, claim).catch(() => {});
 */
async function releaseKey(db: D1Database, claim: KeyClaim): Promise<void> {
  await db
    .prepare(
      "DELETE FROM idempotency_keys WHERE idempotency_key = ? AND claim = ? AND state = 'running'",
    )
    .bind(claim.key, claim.token)
    .run();
}

/**
 * The response stored for a key, once its submission is stored; `undefined` before.
 *
 * @example
 * await storedResponse(env.DB, key); // '{"id":"…","quizId":"…","score":7,…}'
 */
async function storedResponse(db: D1Database, key: string): Promise<string | undefined> {
  const row = await readKey(db, key);
  return row?.state === "done" && row.response !== null ? row.response : undefined;
}

function readKey(db: D1Database, key: string): Promise<KeyRow | null> {
  return retryOnce(() =>
    db
      .prepare(
        `SELECT quiz_id, request_hash, state, claim, claimed_at, response
         FROM idempotency_keys WHERE idempotency_key = ?`,
      )
      .bind(key)
      .first<KeyRow>(),
  );
}
