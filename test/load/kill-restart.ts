/**
 * @module
 * Fault: the server dies mid-run. Sheets are sent `concurrency` at a time; once `killAfter` of
 * them are acknowledged, wrangler and workerd are killed (SIGKILL to the process group) with
 * requests in flight. The server is started again on the same state, and every sheet not
 * acknowledged is sent again with its key, as a browser retries, until it is; some acknowledged
 * sheets are sent again too, to check that their first answer comes back. run-load.ts then
 * checks in D1 that every sheet is stored exactly once.
 */

import type { DevServer } from "../dev-server";
import { pool, type Sheet, sendSheet, sleep } from "./client";

export interface KillRestartResult {
  sheets: number;
  /** Acknowledged (201) before the kill. */
  acknowledgedBeforeKill: number;
  /** Sent but not answered when the server died. */
  lostInFlight: number;
  /** Never sent before the kill. */
  notSent: number;
  /** Milliseconds from the kill to the restarted server answering. */
  restartMs: number;
  /** Acknowledged after the restart, by retry. */
  acknowledgedAfterRestart: number;
  /** Answers to the retries by status: 201 first-time or replayed, 409 for claims gone stale. */
  retryStatuses: Record<string, number>;
  /** Acknowledged sheets resent after the restart whose answer differed from the first. */
  changedReplays: number;
  /** Sheets still not acknowledged at the end (should be 0). */
  unacknowledged: number;
  /** The server now running, for the caller to stop. */
  server: DevServer;
}

const MAX_RETRIES = 40;
const REPLAY_SAMPLE = 25;

/**
 * Runs the fault scenario against `server`, restarting it with `restart`.
 *
 * @example
 * const result = await killAndRestart(server, () => startDevServer(…), sheets, 20, 200);
 */
export async function killAndRestart(
  server: DevServer,
  restart: () => Promise<DevServer>,
  sheets: readonly Sheet[],
  concurrency: number,
  killAfter: number,
): Promise<KillRestartResult> {
  const firstAnswer = new Map<string, string>();
  const sent = new Set<string>();
  let killing: Promise<void> | undefined;
  let killedAt = 0;

  await pool(
    sheets,
    concurrency,
    async (sheet) => {
      sent.add(sheet.key);
      const outcome = await sendSheet(server.url, sheet);
      if (outcome.status === 201 && outcome.body !== undefined) {
        firstAnswer.set(sheet.key, outcome.body);
        if (firstAnswer.size === killAfter && !killing) {
          killedAt = performance.now();
          killing = server.kill();
        }
      }
    },
    () => killing !== undefined,
  );
  await killing;
  const acknowledgedBeforeKill = firstAnswer.size;
  const lostInFlight = [...sent].filter((key) => !firstAnswer.has(key)).length;
  const notSent = sheets.length - sent.size;

  const restarted = await restart();
  const restartMs = performance.now() - killedAt;

  const retryStatuses: Record<string, number> = {};
  let acknowledgedAfterRestart = 0;
  const pending = sheets.filter((sheet) => !firstAnswer.has(sheet.key));
  await pool(pending, concurrency, async (sheet) => {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const outcome = await sendSheet(restarted.url, sheet);
      retryStatuses[outcome.status] = (retryStatuses[outcome.status] ?? 0) + 1;
      if (outcome.status === 201 && outcome.body !== undefined) {
        firstAnswer.set(sheet.key, outcome.body);
        acknowledgedAfterRestart++;
        return;
      }
      // 409: a claim left by a request that died, free once stale (10 s); else the network.
      await sleep(outcome.status === 409 ? 1000 : 250);
    }
  });

  let changedReplays = 0;
  const acknowledgedFirst = sheets.filter((sheet) => firstAnswer.has(sheet.key));
  for (const sheet of acknowledgedFirst.slice(0, REPLAY_SAMPLE)) {
    const outcome = await sendSheet(restarted.url, sheet);
    if (outcome.status !== 201 || outcome.body !== firstAnswer.get(sheet.key)) changedReplays++;
  }

  return {
    sheets: sheets.length,
    acknowledgedBeforeKill,
    lostInFlight,
    notSent,
    restartMs: Math.round(restartMs),
    acknowledgedAfterRestart,
    retryStatuses,
    changedReplays,
    unacknowledged: sheets.length - firstAnswer.size,
    server: restarted,
  };
}
