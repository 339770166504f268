/**
 * @module
 * Where the browser tests find Chromium, and what to say when there is none. Plain JavaScript:
 * both `npm test` (through run-if-chromium.mjs, under Node) and vitest.browser.config.ts use it.
 */
import { existsSync } from "node:fs";

/** Where Debian's `apt-get install chromium` puts it. */
export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * The Chromium to drive: `CHROMIUM_PATH` if set, else /usr/bin/chromium; `undefined` when that
 * file does not exist.
 *
 * @example
 * findChromium(); // "/usr/bin/chromium"
 * findChromium({ CHROMIUM_PATH: "/nope" }); // undefined
 */
export function findChromium(env = process.env) {
  const path = chromiumPath(env);
  return existsSync(path) ? path : undefined;
}

/**
 * The path that is looked at.
 *
 * @example
 * chromiumPath({}); // "/usr/bin/chromium"
 */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/**
 * The one line printed when there is no browser to test with.
 *
 * @example
 * missingChromiumMessage({});
 * // "Browser tests skipped: no Chromium at /usr/bin/chromium (set CHROMIUM_PATH or apt-get install chromium)"
 */
export function missingChromiumMessage(env = process.env, verb = "skipped") {
  return `Browser tests ${verb}: no Chromium at ${chromiumPath(env)} (set CHROMIUM_PATH or apt-get install chromium)`;
}

/**
 * Whether this runs in CI, where a missing browser is a failure, not a skip.
 *
 * @example
 * isCI({ CI: "true" }); // true
 * isCI({ CI: "false" }); // false
 */
export function isCI(env = process.env) {
  const value = (env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "false" && value !== "0";
}
