/**
 * @module
 * Double clicks and impatient retries: each sheet sent `copies` times at once with the same
 * Idempotency-Key. The first is stored; the others get its 201 replayed, or 409 while it is
 * running, and then, retried, the same 201. run-load.ts checks that each sheet is stored once.
 */
import { pool, type Sheet, sendSheet, sleep } from "./client";

export interface SameKeyResult {
  sheets: number;
  /** Responses to the simultaneous copies, by status. */
  statuses: Record<string, number>;
  /** Sheets whose 201 bodies (first, replays, retried 409s) were not all identical. */
  differingBodies: number;
  /** Sheets never answered 201. */
  unacknowledged: number;
}

const MAX_RETRIES = 30;

/**
 * Sends each sheet `copies` times at once, a few sheets at a time, retrying the busy ones.
 *
 * @example
 * const result = await sameKeyAtOnce(url, sheets, 5);
 */
export async function sameKeyAtOnce(
  url: string,
  sheets: readonly Sheet[],
  copies: number,
  parallelSheets = 4,
): Promise<SameKeyResult> {
  const statuses: Record<string, number> = {};
  let differingBodies = 0;
  let unacknowledged = 0;
  await pool(sheets, parallelSheets, async (sheet) => {
    const outcomes = await Promise.all(Array.from({ length: copies }, () => sendSheet(url, sheet)));
    const bodies = new Set<string>();
    for (let outcome of outcomes) {
      statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
      for (let retry = 0; outcome.status !== 201 && retry < MAX_RETRIES; retry++) {
        await sleep(outcome.status === 409 ? 1000 : 200);
        outcome = await sendSheet(url, sheet);
      }
      if (outcome.status === 201 && outcome.body !== undefined) bodies.add(outcome.body);
    }
    if (bodies.size === 0) unacknowledged++;
    if (bodies.size > 1) differingBodies++;
  });
  return { sheets: sheets.length, statuses, differingBodies, unacknowledged };
}
