/**
 * @module
 * Slows down guessing of the teacher token. Failed attempts are counted per client IP
 * (`CF-Connecting-IP`) with the Workers rate limiting binding `TEACHER_AUTH_LIMITER`
 * (wrangler.toml: 10 a minute). Past the limit, the client is refused with 429 for a minute,
 * whatever token it sends.
 *
 * Only failures count, so a teacher's own pages never run into the limit. The binding can only
 * count (there is no "is this key over the limit?" without adding to it), so the refusal is
 * remembered in the isolate: without that, a blocked client would still be told when a guess is
 * right (200 rather than 429), and the limit would not slow guessing at all. An isolate that has
 * not seen the refusal yet lets through at most one more guess, which its failure then blocks.
 */
import type { Context } from "hono";
import { problem } from "../problem";

/**
 * The period of every rate limiting binding ([[ratelimits]] in wrangler.toml, where 10 and 60
 * are the only choices), and so how long a refused client waits. test/middleware/teacher-auth-limiter.node.ts
 * holds wrangler.toml to it.
 */
export const LIMIT_PERIOD_SECONDS = 60;

/**
 * Who is trying: the client IP Cloudflare puts in `CF-Connecting-IP` (clients cannot set it in
 * production). Requests without it (local tools) share one count.
 *
 * @example
 * clientAddress(c); // "203.0.113.7"
 */
export function clientAddress(c: Context): string {
  return c.req.header("CF-Connecting-IP")?.trim() || "unknown-client";
}

/**
 * Counts a client's failures with a rate limiting binding and remembers, in the isolate, the
 * clients it refused: the binding can only count (there is no "is this key over the limit?"
 * without adding to it). One per kind of failure, so that a client refused for wrong join codes
 * is not refused the teacher token, and the other way round.
 */
export interface FailureLimit {
  /**
   * Whether this client was refused for too many failures less than a period ago.
   *
   * @example
   * if (teacherFailures.isRefused(clientAddress(c))) return tooManyAttempts(c);
   */
  isRefused(client: string, now?: number): boolean;
  /**
   * Counts a failed attempt; true when the client is now over the limit (and refused for a
   * period). Without the binding (unit tests of other middleware) nothing is counted. Should the
   * binding fail, the attempt is let through uncounted: the check itself still stands, and
   * nobody is locked out by an outage.
   *
   * @example
   * if (await teacherFailures.countFailure(c.env.TEACHER_AUTH_LIMITER, client)) return tooManyAttempts(c);
   */
  countFailure(limiter: RateLimit | undefined, client: string, now?: number): Promise<boolean>;
}

/** Enough for an attack from many addresses; the oldest refusals are forgotten first. */
const MAX_REMEMBERED_REFUSALS = 10_000;

/**
 * A failure count for one binding, whose refusals last its period (`LIMIT_PERIOD_SECONDS`).
 *
 * @example
 * const joinFailures = failureLimit("JOIN_CODE_LIMITER");
 */
export function failureLimit(name: string): FailureLimit {
  /** Clients refused in this isolate, and until when (ms since the epoch). */
  const refusedUntil = new Map<string, number>();
  return {
    isRefused(client, now = Date.now()) {
      const until = refusedUntil.get(client);
      if (until === undefined) return false;
      if (until > now) return true;
      refusedUntil.delete(client);
      return false;
    },
    async countFailure(limiter, client, now = Date.now()) {
      if (!limiter) return false;
      let outcome: RateLimitOutcome;
      try {
        outcome = await limiter.limit({ key: client });
      } catch (error) {
        console.error(`${name} failed; attempt not counted`, error);
        return false;
      }
      if (outcome.success) return false;
      if (refusedUntil.size >= MAX_REMEMBERED_REFUSALS) {
        const oldest = refusedUntil.keys().next().value;
        if (oldest !== undefined) refusedUntil.delete(oldest);
      }
      refusedUntil.set(client, now + LIMIT_PERIOD_SECONDS * 1000);
      return true;
    },
  };
}

/**
 * Wrong teacher tokens, per client.
 *
 * @example
 * if (teacherFailures.isRefused(clientAddress(c))) return tooManyAttempts(c);
 */
export const teacherFailures = failureLimit("TEACHER_AUTH_LIMITER");

/**
 * 429 with `Retry-After`: too many wrong teacher tokens from this client.
 *
 * @example
 * return tooManyAttempts(c);
 */
export function tooManyAttempts(c: Context): Response {
  return problem(
    c,
    {
      type: "/problems/too-many-teacher-attempts",
      title: "Too many wrong teacher tokens",
      status: 429,
      detail: `Too many wrong teacher tokens were sent from this address; wait ${LIMIT_PERIOD_SECONDS} seconds (Retry-After), then send the right token as \`Authorization: Bearer <token>\`.`,
    },
    { "Retry-After": String(LIMIT_PERIOD_SECONDS) },
  );
}
