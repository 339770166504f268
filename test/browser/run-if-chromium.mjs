/**
 * @module
 * The browser step of `npm test`: runs the browser tests (vitest.browser.config.ts) when there
 * is a Chromium; otherwise prints one line and succeeds, except in CI (CI=true), where a
 * missing browser fails the build.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium, isCI, missingChromiumMessage } from "./find-chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

if (!findChromium()) {
  if (isCI()) {
    console.error(missingChromiumMessage(process.env, "failed"));
    process.exit(1);
  }
  console.log(missingChromiumMessage());
  process.exit(0);
}

const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
const child = spawn(process.execPath, [vitest, "run", "--config", "vitest.browser.config.ts"], {
  cwd: root,
  stdio: "inherit",
});
const forward = (signal) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
