/**
 * @module
 * Miniflare's rate limiters count in windows aligned to the wall clock (`epoch =
 * floor(now / period)`): a test that makes N requests and expects the next one refused must make
 * them all in one window, or the count starts again halfway (a flaky 404 instead of 429).
 */

/**
 * Waits, when the current window has less than `needSeconds` left, until the next one opens.
 *
 * @example
 * await inOneWindow(LIMIT_PERIOD_SECONDS); // then the 31 requests
 */
export async function inOneWindow(periodSeconds: number, needSeconds = 15): Promise<void> {
  const left = periodSeconds - ((Date.now() / 1000) % periodSeconds);
  if (left < needSeconds) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 100));
}

/** A test that may wait for the next window needs this long (its requests included). */
export const WINDOW_TIMEOUT_MS = 30_000;
