/**
 * @module
 * Which D1 errors are passing (the database restarted, the network blinked, it is overloaded)
 * and worth another try, as opposed to a bug (bad SQL, a broken constraint) that would fail the
 * same way again. D1 itself already retries read-only queries up to twice.
 */

/** Messages of the D1 errors Cloudflare lists as retryable (developers.cloudflare.com/d1). */
const TRANSIENT_MESSAGES = [
  "Network connection lost",
  "storage caused object to be reset",
  "reset because its code was updated",
  "transient issue on remote node",
  "D1 DB is overloaded",
  "Too many requests queued",
  "exceeded timeout",
  "D1_ERROR: internal error",
];

/**
 * Whether `error` is a D1 failure that may well not happen on a second try.
 *
 * @example
 * isTransientD1Error(new Error("D1_ERROR: Network connection lost.")); // true
 * isTransientD1Error(new Error("D1_ERROR: no such table: nope")); // false
 */
export function isTransientD1Error(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return TRANSIENT_MESSAGES.some((fragment) => message.includes(fragment));
}

/**
 * Runs `operation`, and once more if it fails with a transient D1 error. Only for operations
 * that are safe to repeat: reads, and writes written so that a second run changes nothing.
 *
 * @example
 * const row = await retryOnce(() => db.prepare("SELECT …").bind(id).first());
 */
export async function retryOnce<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isTransientD1Error(error)) throw error;
    return operation();
  }
}
