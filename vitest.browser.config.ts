/**
 * Browser tests: Chromium driven by playwright-core against `wrangler dev`, in plain Node (not
 * the Workers pool of vitest.config.ts). `npm run test:browser`; `npm test` runs them after the
 * Workers tests when a Chromium is found (test/browser/run-if-chromium.mjs).
 */
import { defineConfig } from "vitest/config";
import { findChromium, missingChromiumMessage } from "./test/browser/find-chromium.mjs";

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(missingChromiumMessage(process.env, "cannot run"));

export default defineConfig({
  test: {
    root: import.meta.dirname,
    environment: "node",
    include: ["test/browser/**/*.browser.ts"],
    globalSetup: ["./test/browser/wrangler-dev.ts"],
    provide: { chromiumPath },
    // A real browser against a real server: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
