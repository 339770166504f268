/**
 * @module
 * The committed ratios the smoke benchmark (smoke.node.ts) compares against: each hot path's
 * ratio to bare Hono in the workerd harness, as the last full `npm run bench` measured them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR } from "./paths";

export const SMOKE_BASELINE_FILE = join(BENCH_DIR, "smoke-baseline.json");

/** A smoke run fails when a ratio falls below the baseline's divided by this. */
export const SMOKE_REGRESSION_FACTOR = 2;

export interface SmokeBaseline {
  /** When the full run measured them (ISO 8601). */
  measuredAt: string;
  /** Which code they are for. */
  code: string;
  /** Hot path id → ratio to bare Hono. */
  ratios: Record<string, number>;
}

/** The committed baseline, or `undefined` before the first full run wrote one. */
export function readSmokeBaseline(): SmokeBaseline | undefined {
  return existsSync(SMOKE_BASELINE_FILE)
    ? (JSON.parse(readFileSync(SMOKE_BASELINE_FILE, "utf8")) as SmokeBaseline)
    : undefined;
}
