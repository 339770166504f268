/**
 * @module
 * `GET /api/assignments/:id/live`: the assignment's results as server-sent events, for the
 * teacher's live view. Every second the stream asks D1 one cheap question (how many sheets,
 * the newest one's time, the assignment's state: `assignmentActivity`); only when the answer
 * changed does it compute the results and send them as a `results` event. So an open view costs
 * one indexed read a second, whatever the class does, and a new sheet shows within ~1 s.
 *
 * Why not a Durable Object pushing over a hibernating WebSocket: it would push without polling,
 * but it needs its own binding and migration, and every hand-in would have to notify it; SSE
 * over plain D1 runs as is under `wrangler dev`, in the vitest pool and on any Worker, and the
 * poll is one row. Past a few hundred views open at once on one database, the Durable Object is
 * the better trade (README, "Scale").
 */
import type { Context } from "hono";
import { type SSEStreamingApi, streamSSE } from "hono/streaming";
import { isClosed } from "../core/assignment/assignment";
import type { AssignmentEnv } from "../middleware/with-assignment";
import { assignmentActivity } from "../storage/assignment-store";
import { assignmentResults } from "./assignment-view";
import { PRIVATE } from "./quiz-teacher-tools";

/** How often D1 is asked whether anything changed. */
export const LIVE_POLL_MS = 1000;
/** A comment line this often keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;
/** A stream ends after this; the browser reconnects (`retry`), so no request runs forever. */
export const LIVE_STREAM_MS = 10 * 60_000;
/** How many of the newest sheets each event names. */
export const LIVE_RECENT = 10;

/**
 * The live stream of an assignment's results: a `results` event at once, then one each time a
 * sheet arrives or the assignment closes or reopens; `deleted` when it is deleted.
 *
 * @example
 * assignments.get("/:id/live", teacherAuth, withAssignment, liveResults);
 */
export function liveResults(c: Context<AssignmentEnv>): Response {
  const { assignment, quiz } = c.var;
  for (const [name, value] of Object.entries(PRIVATE)) c.header(name, value);
  return streamSSE(c, async (stream) => {
    const stopAt = Date.now() + LIVE_STREAM_MS;
    let seen = "";
    let lastWrite = Date.now();
    while (!stream.aborted && Date.now() < stopAt) {
      const activity = await assignmentActivity(c.env.DB, assignment.id);
      if (!activity) {
        await stream.writeSSE({ event: "deleted", data: JSON.stringify({ id: assignment.id }) });
        return;
      }
      const state = { ...assignment, ...activity };
      const signature = JSON.stringify([activity, isClosed(state)]);
      if (signature !== seen) {
        seen = signature;
        const results = await assignmentResults(c.env.DB, state, quiz, { limit: LIVE_RECENT });
        await send(stream, results, activity.submissions);
        lastWrite = Date.now();
      } else if (Date.now() - lastWrite >= KEEP_ALIVE_MS) {
        await stream.write(": keep-alive\n\n");
        lastWrite = Date.now();
      }
      await stream.sleep(LIVE_POLL_MS);
    }
  });
}

function send(stream: SSEStreamingApi, results: unknown, submissions: number): Promise<void> {
  return stream.writeSSE({
    event: "results",
    id: String(submissions),
    // Reconnect a second after the stream ends or drops.
    retry: LIVE_POLL_MS,
    data: JSON.stringify(results),
  });
}
